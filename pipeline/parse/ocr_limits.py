"""The limits of OCR, apart from the OCR code itself.

The worker sets them from `[scans]` at start, before any scan is read; kept
here so that doing so does not load Pillow and numpy (~20 MB) into a worker
whose mail may never carry a scan.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OcrLimits:
    max_pages: int = 30
    max_pixels: int = 60_000_000
    timeout_seconds: float = 60.0       # per page, per tesseract run
    memory_mb: int = 1024               # address-space limit of each tesseract process
    workers: int = 0                    # pages in parallel; 0 = one per core
    languages: str = "ind+eng"


# The limits used when a caller passes none: the parse stage reads files for
# `extract` (no config) and for the worker (config), and does not carry the
# settings through; the worker sets these from [scans] once at start.
_current = OcrLimits()


def set_default_limits(limits: OcrLimits) -> None:
    global _current
    _current = limits


def current() -> OcrLimits:
    return _current
