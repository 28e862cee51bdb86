"""What the parse stage hands to the extract stage: plain values, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class MailHeaders:
    """The headers of an inbound e-mail that later stages need, already decoded.

    Values are sanitised: no CR/LF survives in any of them, so none can be
    copied into an outgoing header (header injection).
    """

    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str = ""
    from_name: str | None = None
    from_address: str | None = None
    reply_to: str | None = None
    to_addresses: tuple[str, ...] = ()
    date: datetime | None = None          # aware, in the sender's own offset
    date_local: str | None = None         # YYYY-MM-DD as the sender wrote it
    auto_reply_reasons: tuple[str, ...] = ()  # why this is an auto-reply/bounce/list mail
    bounced_message_ids: tuple[str, ...] = ()  # Message-IDs named by a DSN


@dataclass(frozen=True)
class Attachment:
    filename: str            # sanitised base name, never a path
    content_type: str
    data: bytes = field(repr=False)


@dataclass
class Document:
    """One readable input: its text and what was seen while reading it.

    source: "email" | "pdf" | "docx" | "image" | "text"
    text: the main text (for an e-mail, the body; quoted replies kept, the
          extractor sets them apart)
    letters: documents read from attachments (a PDF, DOCX or scanned letter)
    signature_mark: for PDFs and scans, whether ink or a drawing sits above the
          printed name in the closing block; None when not applicable/unknown
    ocr: True when any text came from OCR
    """

    source: str
    text: str
    headers: MailHeaders | None = None
    letters: list[Document] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    signature_mark: bool | None = None
    ocr: bool = False
    pages: int = 0
    notes: list[str] = field(default_factory=list)
