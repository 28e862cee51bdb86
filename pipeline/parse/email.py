"""RFC 5322 / MIME bytes -> Document.

Parsed with the standard `email` package under the compat32 policy, which
never raises on malformed input (a boundary that never occurs, a CR/LF
smuggled into an RFC 2047 display name); every header is then decoded here,
defensively, and reduced to one line so nothing read from a message can be
copied into an outgoing header.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from pipeline.errors import UnreadableInput
from pipeline.parse._text import decode_bytes, html_to_text, one_line, safe_filename
from pipeline.parse.document import Attachment, Document, MailHeaders

log = logging.getLogger(__name__)

# The parser has built every part already (the message's size bounds them), so
# walking them is cheap: a client that puts a few hundred emoji images before
# the text part is still read. What costs is reading attachments as letters
# (OCR of a scan: seconds each), so that is bounded on its own.
MAX_PARTS = 5000
MAX_LETTERS = 20
# Real mail nests three or four levels deep. The walk is iterative and bounded
# by MAX_PARTS alone, so deep hostile nesting costs nothing more; a letter buried
# at depth 300 (a broken forwarder, a hostile sender) is still read, and decoded
# as its part says. The parser built those levels already (nesting it cannot
# build is unreadable input): the walk only visits them.
_MSGID = re.compile(r"<[^<>\s]{1,300}>")

# Subject cues of machine-written mail (out-of-office, bounces), in the
# languages this mailbox receives. Matched at the start of the subject.
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:\[?auto(?:matic)?[ -]?repl(?:y|ied)\]?|auto:|autoreply|out of (?:the )?office|"
    r"ooo\b|abwesenheit|balasan otomatis|pesan otomatis|jawaban otomatis|sedang di ?luar kantor|"
    r"di ?luar kantor|undeliverable|undelivered mail|delivery status notification|"
    r"delivery (?:has )?failed|mail delivery (?:failed|failure|system)|returned mail|"
    r"failure notice|non-?delivery|message not delivered|gagal terkirim|"
    r"vacation|on leave|away from (?:the )?office)",
    re.IGNORECASE,
)
_NULL_SENDERS = ("mailer-daemon", "postmaster", "no-reply", "noreply", "do-not-reply", "donotreply")


def parse_email(data: bytes) -> Document:
    """An e-mail message -> Document(source="email"), attachments read into letters."""
    if not data or not data.strip():
        raise UnreadableInput("empty message")
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # compat32 should not raise; never let a library error escape
        raise UnreadableInput(f"not a readable e-mail message: {type(exc).__name__}") from exc
    if not msg.keys() and _binary(data[:4096]):
        # no header line, and bytes no text is made of: a corrupt file, not a mail with a strange body
        raise UnreadableInput("not an e-mail message: no headers, binary data")
    doc = _message_document(msg, depth=0)
    if not doc.text.strip() and msg.get_content_maintype() == "multipart" and not msg.is_multipart():
        # The declared boundary never occurs: what a mail client would show is the raw body.
        doc.text = _raw_body_text(data)
        doc.notes.append("multipart boundary never occurs; body read as plain text")
    return doc


def _binary(head: bytes) -> bool:
    """More than a tenth of the bytes are controls or invalid UTF-8 (a text in any 8-bit charset has a few)."""
    text = head.decode("utf-8", errors="replace")
    odd = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    return odd > len(text) / 10


# ------------------------------------------------------------------ headers
def header_text(msg: Message, name: str) -> str:
    """A decoded, single-line header value ("" when absent or undecodable)."""
    raw = msg.get(name)
    if raw is None:
        return ""
    raw = str(raw)
    try:
        value = str(make_header(decode_header(raw)))
    except Exception:  # unknown charset, broken encoded-word: decode what we can
        parts = []
        try:
            for chunk, cs in decode_header(raw):
                parts.append(decode_bytes(chunk, cs) if isinstance(chunk, bytes) else chunk)
            value = "".join(parts)
        except Exception:
            value = raw
    return one_line(value)


def _decode(raw: str) -> str:
    try:
        return str(make_header(decode_header(raw)))
    except Exception:
        return raw


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """(display name, address) pairs. Split before decoding: an encoded display name may
    hide a comma, a CR/LF or a second address that must stay inside the name."""
    raw = msg.get(name)
    if raw is None:
        return []
    raw = one_line(str(raw), 2000)
    single = re.fullmatch(r'\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*', raw)
    if single and "," not in single.group(1).replace('"', "").strip() or single and name == "From":
        # "Name <addr>": the address is what is inside the brackets, whatever the name holds
        pairs = [(single.group(1).strip().strip('"'), single.group(2))]
    else:
        try:
            pairs = getaddresses([raw])
        except Exception:
            return []
    out = []
    for n, a in pairs:
        a = one_line(a, 320).lower()
        if a and "@" in a and not re.search(r"[\s<>]", a):
            out.append((one_line(_decode(n), 200), a))
    return out


def _msgids(value: str) -> tuple[str, ...]:
    return tuple(_MSGID.findall(value or ""))[:50]


def _date(msg: Message) -> tuple[datetime | None, str | None]:
    raw = header_text(msg, "Date")
    if not raw:
        return None, None
    try:
        dt = parsedate_to_datetime(raw)
    except Exception:
        return None, None
    if dt is None:
        return None, None
    # The sender's own calendar date: the offset they wrote, not UTC (DESIGN.md).
    return (dt if dt.tzinfo else None), dt.date().isoformat()


def read_headers(msg: Message) -> MailHeaders:
    frm = _addresses(msg, "From")
    from_name, from_addr = frm[0] if frm else (None, None)
    if not from_addr:
        raw_from = header_text(msg, "From")
        m = re.search(r"[\w.+-]+@[\w.-]+", raw_from)
        from_addr = m.group(0).lower() if m else None
    reply = _addresses(msg, "Reply-To")
    subject = header_text(msg, "Subject")
    date, date_local = _date(msg)
    return MailHeaders(
        message_id=(_msgids(header_text(msg, "Message-ID")) or (None,))[0],
        in_reply_to=(_msgids(header_text(msg, "In-Reply-To")) or (None,))[0],
        references=_msgids(header_text(msg, "References")),
        subject=subject,
        from_name=from_name or None,
        from_address=from_addr,
        reply_to=reply[0][1] if reply else None,
        to_addresses=tuple(a for _, a in _addresses(msg, "To") + _addresses(msg, "Cc"))[:50],
        date=date,
        date_local=date_local,
        auto_reply_reasons=tuple(_auto_reply_reasons(msg, subject, from_addr)),
        bounced_message_ids=tuple(_bounced_ids(msg)),
    )


def _auto_reply_reasons(msg: Message, subject: str, from_addr: str | None) -> list[str]:
    reasons = []
    auto = header_text(msg, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        reasons.append(f"Auto-Submitted: {auto}")
    prec = header_text(msg, "Precedence").lower()
    if prec in ("bulk", "junk", "list", "auto_reply"):
        reasons.append(f"Precedence: {prec}")
    for name in ("List-Id", "List-Unsubscribe", "List-Post", "X-Autoreply", "X-Autorespond",
                 "X-Auto-Response-Suppress", "X-Autogenerated", "X-Campaign", "X-Mailgun-Tag"):
        value = header_text(msg, name)
        if value and not (name == "X-Auto-Response-Suppress" and value.lower() == "none"):
            reasons.append(f"{name} header")
    raw_from = header_text(msg, "From")
    return_path = header_text(msg, "Return-Path")
    if not raw_from or return_path.strip() == "<>":
        reasons.append("null sender")
    local = (from_addr or "").split("@")[0].lower()
    if local in _NULL_SENDERS or local.startswith(("mailer-daemon", "postmaster")):
        reasons.append(f"machine sender {from_addr}")
    if msg.get_content_type() == "multipart/report":
        reasons.append("multipart/report (delivery or read report)")
    if _AUTO_SUBJECT.search(subject):
        reasons.append(f"subject looks automatic: {subject[:80]}")
    return reasons


def _bounced_ids(msg: Message) -> list[str]:
    if msg.get_content_type() != "multipart/report":
        return []
    ids: list[str] = []
    for part in _walk(msg):
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                ids += _msgids(header_text(inner, "Message-ID"))
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            raw = part.get_payload(decode=True) or b""
            inner = email.message_from_bytes(raw, policy=email.policy.compat32)
            ids += _msgids(header_text(inner, "Message-ID"))
    return list(dict.fromkeys(ids))


# ------------------------------------------------------------------ bodies
def _walk(msg: Message):
    """msg.walk() in the same order, iterative and bounded by the number of parts (hostile nesting)."""
    stack = [msg]
    for _ in range(MAX_PARTS):
        if not stack:
            return
        part = stack.pop()
        yield part
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(reversed([p for p in payload if isinstance(p, Message)]))


def _leaf_parts(msg: Message) -> list[Message]:
    return [p for p in _walk(msg) if not p.is_multipart()]


def _is_attachment(part: Message) -> bool:
    disp = (part.get("Content-Disposition") or "").lower()
    return "attachment" in disp or bool(part.get_filename()) and not part.get_content_type().startswith("text/")


# base64 is these characters and line breaks; a body with anything else is text that a
# broken mailer labelled base64 (decoding it anyway turns a letter into noise)
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=\s]|[A-Za-z0-9+/=] +[A-Za-z0-9+/=]")


def _part_text(part: Message) -> str:
    raw = part.get_payload()
    mislabelled = (isinstance(raw, str) and (part.get("Content-Transfer-Encoding") or "").strip().lower() == "base64"
                   and len(_NOT_BASE64.findall(raw[:4000])) > 8)
    payload = None
    if not mislabelled:
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
    if payload is None and isinstance(raw, str):
        try:
            payload = raw.encode("ascii", "surrogateescape")   # the bytes as they came (compat32 keeps them so)
        except UnicodeEncodeError:
            payload = raw.encode("utf-8", "replace")
    return _as_text(part, payload or b"", html=part.get_content_type() == "text/html")


def _as_text(part: Message, payload: bytes, *, html: bool) -> str:
    """A text part's or text attachment's bytes as the reader sees them: decoded, HTML laid out, flowed lines joined."""
    text = decode_bytes(payload, part.get_content_charset())
    if html:
        return html_to_text(text)
    if (part.get_param("format") or "").lower() == "flowed":
        return unflow(text, delete_space=(part.get_param("delsp") or "").lower() == "yes")
    return text


def unflow(text: str, *, delete_space: bool = False) -> str:
    """A format=flowed body (RFC 3676) with its soft line breaks joined, as a mail client shows it.

    A line that ends in a space goes on in the next one; with DelSp=yes that
    space was added by the sender and goes too. The signature separator "-- "
    is not flowed; quote marks are left as they are.
    """
    out: list[str] = []
    carry = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):
            line = line[1:]   # space-stuffing
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delete_space else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def _message_document(msg: Message, depth: int) -> Document:
    headers = read_headers(msg)
    bodies: list[str] = []
    alt_seen: set[int] = set()
    doc = Document(source="email", text="", headers=headers)
    for part in _walk(msg):
        if part.is_multipart():
            if part.get_content_type() == "multipart/alternative":
                # One rendering of each alternative: plain text when it has content, else HTML.
                leaves = [p for p in part.get_payload() if isinstance(p, Message)]
                chosen = _choose_alternative(leaves)
                for p in leaves:
                    alt_seen.add(id(p))
                    for sub in _walk(p):
                        alt_seen.add(id(sub))
                if chosen is not None:
                    bodies.append(chosen)
            continue
        if id(part) in alt_seen:
            continue
        if part.get_content_maintype() == "multipart":
            continue  # a multipart whose boundary never occurs: read raw by parse_email
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            continue  # handled as its payload's parts below
        if ctype in ("text/plain", "text/html") and not _is_attachment(part):
            bodies.append(_part_text(part))
            continue
        if ctype in ("message/delivery-status", "text/rfc822-headers", "message/rfc822-headers"):
            continue
        _read_attachment(part, doc)
    if msg.get_content_type() != "multipart/report":
        for part in _walk(msg):
            if part is not msg and part.get_content_type() == "message/rfc822" and depth < 2:
                payload = part.get_payload()
                inner = payload[0] if isinstance(payload, list) and payload else None
                if isinstance(inner, Message):
                    sub = _message_document(inner, depth + 1)
                    h = sub.headers
                    bodies.append("---------- Forwarded message ----------\n"
                                  f"From: {h.from_name or ''} <{h.from_address or ''}>\n"
                                  f"Subject: {h.subject}\n\n{sub.text}")
                    doc.letters += sub.letters
                    doc.attachments += sub.attachments
                    doc.ocr = doc.ocr or sub.ocr
    doc.text = "\n\n".join(b.strip("\n") for b in bodies if b.strip())
    doc.letters = _pages_joined(doc.letters)
    doc.ocr = doc.ocr or any(letter.ocr for letter in doc.letters)
    return doc


def _pages_joined(letters: list[Document]) -> list[Document]:
    """Scanned pages attached one image each (halaman1.jpg, halaman2.jpg) are one letter, in the order
    attached: its identity on the first page, its closing and signature on the last."""
    out: list[Document] = []
    for letter in letters:
        prev = out[-1] if out else None
        if prev is not None and prev.source == "image" and letter.source == "image" and letter.text.strip():
            out[-1] = Document(source="image", text=f"{prev.text.rstrip()}\n\n{letter.text}", ocr=True,
                               pages=prev.pages + letter.pages, notes=prev.notes + letter.notes,
                               signature_mark=letter.signature_mark if letter.signature_mark is not None
                               else prev.signature_mark)
        else:
            out.append(letter)
    return out


def _choose_alternative(leaves: list[Message]) -> str | None:
    texts = {}
    for p in leaves:
        if p.is_multipart():  # multipart/related inside alternative: take its HTML/plain leaf
            for sub in _walk(p):
                if sub.get_content_type() in ("text/plain", "text/html") and sub.get_content_type() not in texts:
                    texts[sub.get_content_type()] = _part_text(sub)
        elif p.get_content_type() in ("text/plain", "text/html") and p.get_content_type() not in texts:
            texts[p.get_content_type()] = _part_text(p)
    plain, html = texts.get("text/plain", ""), texts.get("text/html", "")
    # Some mailers put only "this message is in HTML, use an HTML reader" in
    # the plain part: a plain rendering with a fraction of the HTML's words is
    # a stub, not the letter.
    plain_words, html_words = len(plain.split()), len(html.split())
    stub = html_words >= 3 * plain_words and html_words - plain_words >= 30
    if len(plain.strip()) >= 20 and not stub:
        return plain
    return html or plain or None


_LETTER_TYPES = frozenset({
    "application/pdf", "application/x-pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "image/png", "image/jpeg", "image/tiff",
})
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
# What a sender's mail client may call a letter it does not recognise.
_GENERIC_TYPES = ("application/octet-stream", "application/binary", "application/unknown")


def _attachment_kind(data: bytes, filename: str, ctype: str) -> str | None:
    """pdf | docx | image | html | text, or None for anything that is not a letter.

    The content decides before the label: clients send a PDF or a scan as
    application/octet-stream, or under a name without an extension.
    """
    from pipeline.parse import sniff

    lower = filename.lower()
    if ctype == "text/html" or lower.endswith((".html", ".htm")):
        return "html"
    if ctype == "text/plain" or lower.endswith(".txt"):
        return "text"
    if ctype not in _LETTER_TYPES and ctype not in _GENERIC_TYPES and not lower.endswith(
            (".pdf", ".docx", *_IMAGE_EXT)):
        return None
    try:
        kind = sniff(data, filename)
    except UnreadableInput:
        return None
    # An attached message is message/rfc822, read as such; mail-like bytes here are not a letter.
    return kind if kind in ("pdf", "docx", "image") else None


def _read_attachment(part: Message, doc: Document) -> None:
    filename = safe_filename(part.get_filename() or part.get_param("name") or "")
    ctype = part.get_content_type()
    try:
        data = part.get_payload(decode=True) or b""
    except Exception:
        data = b""
    doc.attachments.append(Attachment(filename=filename, content_type=ctype, data=data))
    kind = _attachment_kind(data, filename, ctype) if data else None
    if kind in ("html", "text"):
        # A letter saved as a web page or a text file and attached: read as a body is.
        text = _as_text(part, data, html=kind == "html")
        if text.strip():
            doc.letters.append(Document(source="text", text=text))
        return
    if kind is None:
        return
    # Inline images of an HTML mail (logos, signature pictures) are not letters.
    if kind == "image" and "attachment" not in (part.get("Content-Disposition") or "").lower() \
            and part.get("Content-ID") and len(data) < 100_000:
        return
    if len(doc.letters) >= MAX_LETTERS:
        doc.notes.append(f"attachment {filename}: not read (more than {MAX_LETTERS} letters attached)")
        return
    from pipeline.parse import parse_bytes

    try:
        letter = parse_bytes(data, filename if "." in filename else f"{filename}.{kind}")
    except UnreadableInput as exc:
        doc.notes.append(f"attachment {filename}: {exc}")
        log.info("attachment %s unreadable: %s", filename, exc)
        return
    doc.letters.append(letter)


def _raw_body_text(data: bytes) -> str:
    """The body after the header block, MIME part headers dropped, decoded leniently."""
    sep = re.search(rb"\r?\n\r?\n", data)
    body = data[sep.end():] if sep else data
    text = decode_bytes(body[:2_000_000])
    lines = []
    in_part_headers = False
    for ln in text.splitlines():
        if ln.startswith("--") and len(ln.strip()) > 10 and " " not in ln.strip():
            in_part_headers = True
            continue
        if in_part_headers:
            if not ln.strip():
                in_part_headers = False
            continue
        lines.append(ln)
    text = "\n".join(lines)
    if re.search(r"<(?:div|p|br|html|body)\b", text, re.IGNORECASE):
        # A plain and an HTML rendering of the same letter: keep the first only.
        cut = re.search(r"<(?:div|p|html|body)\b", text, re.IGNORECASE)
        head = text[:cut.start()].strip()
        text = head if len(head) > 40 else html_to_text(text)
    return text
