"""Extract: Document -> complaint fields (pure: no database, no network).

    extract(doc, divisions=None) -> Extraction

The letter is read by `letter.read_letter` (labels, structure, then cue
phrases; vocabulary in labels.toml). For an e-mail the letter is the body,
or the attached PDF/DOCX/scan when that is where the letter is; `email`
comes from From:, and the Date: header (the sender's own calendar date) is
the date when the letter carries none.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Sequence

from pipeline.config import Division
from pipeline.extract.autoreply import auto_reply_reasons
from pipeline.extract.letter import Found, LetterReading, read_letter
from pipeline.extract.lines import looks_like_name
from pipeline.extract.model import Extraction
from pipeline.extract.normalize import Parts, clean, split_mail
from pipeline.extract.routing import DEFAULT_DIVISIONS, route
from pipeline.parse.document import Document
from pipeline.validate import ALL_FIELDS, REQUIRED_FIELDS, is_complete, missing_fields

__all__ = ["extract", "Extraction", "DEFAULT_DIVISIONS"]

log = logging.getLogger(__name__)


# a forward's subject ("Fwd:", "FW:", "Fw: Re:"; "TR:" and "WG:" from French and German clients)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|balas)\s*:\s*)*(?:fwd?|tr|wg|terusan)\s*:", re.IGNORECASE)


def _score(r: LetterReading) -> int:
    return sum(1 for k in REQUIRED_FIELDS if k in r.found and (k != "signed" or r.found[k].value))


def _with_additions(earlier: LetterReading, reply: LetterReading) -> LetterReading:
    """The fuller of the two letters, and what the other gives that it lacks: a request the earlier letter
    forgot, or the letter in full now with a short earlier "any news?" quoted below it."""
    base, other = (earlier, reply) if _score(earlier) > _score(reply) else (reply, earlier)
    merged = LetterReading(found=dict(base.found), closing=base.closing or other.closing,
                           closing_name=base.closing_name or other.closing_name, notes=base.notes + other.notes)
    for key, found in other.found.items():
        had = merged.found.get(key)
        if had is None or key == "signed" and found.value and not had.value:
            merged.found[key] = found
    return merged


def _own_quoted_letter(parts: Parts, own: str, levels: int = 3) -> str | None:
    """The writer's own earlier mail among the quotes: right below the reply, or inside the mail it answers
    (our "please complete your complaint", which quotes their letter in turn)."""
    for _ in range(levels):
        if not parts.quoted:
            return None
        if own in parts.quote_head.lower():
            return parts.quoted
        parts = split_mail(parts.quoted)
    return None


def _sent_date(doc: Document) -> date | None:
    """The sender's calendar date of an e-mail (the year of a date line that leaves it out)."""
    local = doc.headers.date_local if doc.headers else None
    try:
        return date.fromisoformat(local) if local else None
    except ValueError:
        return None


def _signature_block_name(signature: str) -> str | None:
    """The first line of an e-mail signature block, when it is a name ("Yuni Kartika Sari, S.E.")."""
    first = next((ln.strip() for ln in signature.splitlines() if ln.strip()), "")
    return first if first and looks_like_name(first) else None


def extract(doc: Document, divisions: Sequence[Division] | None = None) -> Extraction:
    divisions = tuple(divisions) if divisions else DEFAULT_DIVISIONS
    notes: list[str] = []
    body_reading: LetterReading | None = None
    parts = None
    sent = _sent_date(doc)
    if doc.source == "email":
        parts = split_mail(doc.text, forward=bool(doc.headers and _FORWARD_SUBJECT.match(doc.headers.subject or "")))
        body_reading = read_letter(parts.main, extra_contacts=parts.signature, sent=sent)
        signer = _signature_block_name(parts.signature)
        if body_reading.closing and not body_reading.closing_name and signer:
            # "Hormat saya," then the mail client's "-- " block that opens with the writer's name: the letter is
            # signed with that name
            body_reading = read_letter(f"{parts.main}\n{signer}", extra_contacts=parts.signature, sent=sent)
        own = doc.headers.from_address if doc.headers else None
        earlier = _own_quoted_letter(parts, own.lower()) if own else None
        if earlier:
            # The writer answers their own earlier mail ("pada email saya sebelumnya ada yang terlewat",
            # "bagaimana tindak lanjutnya?"), or our request for what it lacked, below which it is quoted:
            # the quoted letter is theirs, and the new text adds to it.
            notes.append("the writer's own earlier letter read from the quote, with what the reply adds")
            body_reading = _with_additions(read_letter(earlier, sent=sent), body_reading)
        elif parts.quoted and _score(body_reading) <= 2 and len(parts.quoted) > 2 * len(parts.main):
            # A reply whose new text is a line or two, above the letter it quotes.
            quoted_reading = read_letter(parts.quoted, sent=sent)
            if _score(quoted_reading) > _score(body_reading) + 2:
                notes.append("letter read from the quoted part of a reply")
                body_reading = quoted_reading
        if parts.forwarded and parts.note and _score(body_reading) <= 2:
            # the writer's own letter above a forwarded thread whose mails say next to nothing ("lihat di bawah"):
            # the letter above is the complaint (a forwarded letter, however short the note, still is)
            above = split_mail(parts.note)
            above_reading = read_letter(above.main, extra_contacts=above.signature, sent=sent)
            if _score(above_reading) > _score(body_reading):
                notes.append("the letter above the forwarded mail read, not the forwarded one")
                body_reading = above_reading
    else:
        body_reading = read_letter(clean(doc.text), formal_signature=doc.signature_mark,
                                   line_sentences=doc.source in ("text", "docx"))

    # An e-mail whose letter is attached: read the attachment, keep the better letter.
    reading, letter_doc = body_reading, doc
    for letter in doc.letters:
        lr = read_letter(clean(letter.text), formal_signature=letter.signature_mark,
                         line_sentences=letter.source in ("text", "docx"), sent=sent)
        # Against the cover note, a long attachment that reads as a letter wins; between attachments
        # (the letter, an SK, a KTP photo) only the fuller reading does.
        longer = letter_doc is doc and _score(lr) >= 3 and len(letter.text) > 2 * len(doc.text)
        if _score(lr) >= _score(reading) or longer:
            reading, letter_doc = lr, letter
    if letter_doc is not doc:
        notes.append(f"letter read from the attached {letter_doc.source}")

    found: dict[str, Found] = dict(reading.found)
    h = doc.headers
    if h is not None:
        if h.from_address:
            found["email"] = Found(h.from_address, f"From: {h.from_address}", "sender's address (From:)", 1.0)
        if "date" not in found and h.date_local:
            found["date"] = Found(h.date_local, f"Date: {h.date_local}", "no date in the letter: Date header", 0.9)
        if letter_doc is not doc and body_reading is not None:
            for k in ("phone", "nik"):  # optional contacts may sit in the cover note
                if k not in found and k in body_reading.found:
                    found[k] = body_reading.found[k]

    fields = {k: (found[k].value if k in found else None) for k in ALL_FIELDS}
    if isinstance(fields["name"], str) and "'" in fields["name"]:
        # clean() folds curly apostrophes for matching; the name is given as the letter writes it ("Ma’arif")
        raw = letter_doc.text if letter_doc is not doc else doc.text
        rx = re.escape(fields["name"]).replace("'", "['\u2019\u2018]")
        m = re.search(rx, raw or "")
        if m:
            fields["name"] = m.group(0)
    fields["signed"] = bool(fields["signed"])
    missing = missing_fields(fields)

    subject = h.subject if h else ""
    # The topic is in what went wrong and what is asked, not in the identity block ("NIP", "Jabatan: Guru"):
    # route on the subject and those fields, and on the whole letter only when they name no topic.
    topic = "\n".join(str(fields[k]) for k in ("service_description", "loss", "requested_resolution") if fields[k])
    r = route(subject + "\n" + topic, divisions)
    if r.code is None:
        route_text = subject + "\n" + (letter_doc.text if letter_doc is not doc else (parts.main if parts else doc.text))
        r = route(route_text, divisions)
    reasons = auto_reply_reasons(doc, parts.main if parts else None)
    log.debug("extracted %s: %d required fields present", doc.source, len(REQUIRED_FIELDS) - len(missing))
    return Extraction(
        source=doc.source,
        fields=fields,
        missing=missing,
        complete=is_complete(fields),
        auto_reply=bool(reasons),
        auto_reply_reasons=reasons,
        division=r.code,
        division_reason=list(r.reason),
        division_scores=r.scores,
        ocr=bool(doc.ocr or any(x.ocr for x in doc.letters)),
        evidence=found,
        notes=notes + list(doc.notes) + reading.notes,
    )
