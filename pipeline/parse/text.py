"""Plain-text files -> Document."""

from __future__ import annotations

from pipeline.errors import UnreadableInput
from pipeline.parse._text import decode_bytes
from pipeline.parse.document import Document


def read_text(data: bytes) -> Document:
    if b"\x00" in data[:4096]:
        raise UnreadableInput("binary data, not a text file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = decode_bytes(data)
    if not text.strip():
        raise UnreadableInput("empty text file")
    return Document(source="text", text=text)
