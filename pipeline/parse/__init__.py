"""Parse: raw bytes -> Document, dispatching on content and file name.

    parse_bytes(data, filename)   .eml .pdf .docx .png/.jpg/.jpeg/.tif/.tiff .txt
    read_path(path)               the same for a file on disk

Every failure to read is UnreadableInput with a one-line reason; no other
exception type leaves this package (library errors are mapped here, once).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from pipeline.errors import UnreadableInput
from pipeline.parse.document import Attachment, Document, MailHeaders

__all__ = ["parse_bytes", "read_path", "Document", "MailHeaders", "Attachment", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50 * 2**20
_IMAGE_EXT = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
_MAIL_HEADER = re.compile(rb"^(?:[\x21-\x39\x3b-\x7e]{1,76}:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}",)


def sniff(data: bytes, filename: str) -> str:
    """The kind of input: email | pdf | docx | image | text (content first, then extension)."""
    head = data[:16]
    ext = os.path.splitext(filename.lower())[1]
    if data.lstrip()[:5].startswith(b"%PDF-") or (ext == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if ext == ".pdf":
        return "pdf"
    if ext == ".docx":
        return "docx"
    if ext in _IMAGE_EXT:
        return "image"
    if ext in (".eml", ".msg", "") and _MAIL_HEADER.match(data[:8192]):
        return "email"
    if ext == ".eml":
        return "email"
    if ext == ".txt":
        return "text"
    raise UnreadableInput(f"unsupported file type {ext or '(no extension)'}")


def parse_bytes(data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Bytes of one input -> Document, or UnreadableInput("<one line reason>")."""
    name = os.path.basename(filename or "") or "input"
    if data is None or len(data) == 0:
        raise UnreadableInput(f"{name}: empty file")
    if len(data) > max_bytes:
        raise UnreadableInput(f"{name}: too large ({len(data)} bytes, limit {max_bytes})")
    try:
        kind = sniff(data, name)
        if kind == "email":
            from pipeline.parse.email import parse_email
            return parse_email(data)
        if kind == "pdf":
            from pipeline.parse.pdf import read_pdf
            return read_pdf(data)
        if kind == "docx":
            from pipeline.parse.docx import read_docx
            return read_docx(data)
        if kind == "image":
            from pipeline.parse import ocr
            return ocr.read_image(data, name)
        from pipeline.parse.text import read_text
        return read_text(data)
    except UnreadableInput as exc:
        msg = " ".join(str(exc).split()) or "cannot be read"
        raise UnreadableInput(msg if msg.startswith(name) else f"{name}: {msg}") from None
    except RecursionError:
        raise UnreadableInput(f"{name}: nested too deeply") from None
    except MemoryError:
        raise UnreadableInput(f"{name}: too large to read") from None
    except Exception as exc:  # the boundary: no library error escapes
        raise UnreadableInput(f"{name}: cannot be read ({type(exc).__name__})") from None


def read_path(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file from disk and parse it."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise UnreadableInput(f"{p.name}: too large ({size} bytes, limit {max_bytes})")
        data = p.read_bytes()
    except UnreadableInput:
        raise
    except IsADirectoryError:
        raise UnreadableInput(f"{p.name}: is a directory") from None
    except OSError as exc:
        raise UnreadableInput(f"{p.name}: cannot open: {exc.strerror or exc}") from None
    return parse_bytes(data, p.name, max_bytes=max_bytes)
