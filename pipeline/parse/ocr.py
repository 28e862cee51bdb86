"""OCR of scanned letters with tesseract (ind+eng). Interface stub; see issue 5."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.errors import UnreadableInput
from pipeline.parse.document import Document


@dataclass(frozen=True)
class OcrLimits:
    max_pages: int = 30
    max_pixels: int = 60_000_000
    timeout_seconds: float = 60.0


def read_image(data: bytes, filename: str, limits: OcrLimits = OcrLimits()) -> Document:
    """An image file (PNG, JPEG, TIFF, multi-page TIFF) -> Document(source="image", ocr=True)."""
    raise UnreadableInput(f"{filename}: OCR is not available yet")


def read_scanned_pdf(data: bytes, limits: OcrLimits = OcrLimits()) -> Document:
    """An image-only PDF -> Document(source="pdf", ocr=True)."""
    raise UnreadableInput("scanned PDF: OCR is not available yet")
