"""Filing one parsed item inside the caller's transaction: a new complaint, a
reply joining one, a rejection (auto-reply, bounce, list mail) or a duplicate.

This is the store stage's business logic. It writes rows and queues mail in
the session it is given and commits nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from pipeline.config import Settings
from pipeline.notify.outbox import mark_bounced, queue_message
from pipeline.notify.render import render
from pipeline.parse.document import Document
from pipeline.sources.archive import Archive
from pipeline.store import append_only, repo
from pipeline.store.tables import Attachment, Complaint, InboundItem, MailMessage
from pipeline.validate import merge_fields, missing_fields
from pipeline.workflow import due_date

SYSTEM = "system"
SUBJECTS = {
    "ack": "Pengaduan Anda telah kami terima / Your complaint has been received",
    "missing": "Pengaduan Anda belum lengkap / Your complaint is incomplete",
    "completed": "Pengaduan Anda sudah lengkap / Your complaint is now complete",
}


@dataclass
class Outcome:
    kind: str                 # filed | reply | rejected | duplicate
    ticket: str | None = None
    state: str | None = None
    note: str | None = None
    receipt_needed: bool = False


def file_item(session: Session, settings: Settings, archive: Archive, row: InboundItem, document: Document,
              extraction, *, channel: str, now: datetime, twins: "repo.FinishedTwins | None" = None) -> Outcome:
    """File one item. `twins` answers the duplicate check for a batch filed in one
    transaction (one query for the batch instead of one per item)."""
    headers = document.headers
    row.message_id = headers.message_id if headers else None
    if twins is not None:
        twin = twins.find(row.sha256, row.message_id, row.id)
    else:
        twin = repo.finished_twin(session, row.sha256, row.message_id, row.id)
    if twin is not None:
        # A twin filed earlier in this batch is not flushed yet: link its complaint object.
        return _finish(session, row, "duplicate", getattr(twin, "complaint", None) or twin.complaint_id, now,
                       Outcome("duplicate", note=f"same content or Message-ID as item {twin.id}"))

    if headers and headers.bounced_message_ids:
        bounced = mark_bounced(session, headers.bounced_message_ids)
        if bounced:
            complaint = session.get(Complaint, bounced[0].complaint_id) if bounced[0].complaint_id else None
            if complaint is not None:
                repo.add_event(session, complaint, actor=SYSTEM, action="bounce", from_state=complaint.state,
                               to_state=complaint.state, note="citizen unreachable by e-mail: our message bounced",
                               at=now)
                _record_inbound(session, complaint, row, document, now)
            return _finish(session, row, "rejected", complaint, now,
                           Outcome("rejected", complaint.ticket if complaint else None, note="bounce of our message"))

    if extraction.auto_reply:
        reasons = "; ".join(extraction.auto_reply_reasons) or "automatic message"
        complaint = _new_complaint(session, settings, extraction, document, channel=channel, now=now,
                                   state="rejected")
        complaint.auto_reply_reason = reasons
        repo.add_event(session, complaint, actor=SYSTEM, action="file", from_state=None, to_state="rejected",
                       note=f"not a complaint: {reasons}", at=now)
        _record_inbound(session, complaint, row, document, now)
        return _finish(session, row, "rejected", complaint, now,
                       Outcome("rejected", complaint.ticket, "rejected", note=reasons))

    existing = _thread_match(session, document)
    if existing is not None:
        return _finish(session, row, "done", existing, now,
                       _apply_reply(session, settings, archive, existing, row, document, extraction, now))

    missing = list(extraction.missing)
    state = "incomplete" if missing else "received"
    # Set before the INSERT, not after it (which costs an UPDATE).
    complete = {} if missing else {"completed_at": now, "due": due_date(now, settings.deadline)}
    complaint = _new_complaint(session, settings, extraction, document, channel=channel, now=now, state=state,
                               **complete)
    repo.add_event(session, complaint, actor=SYSTEM, action="file", from_state=None, to_state=state,
                   note=f"filed from {row.source}" + (f"; missing: {', '.join(missing)}" if missing else ""), at=now)
    _record_inbound(session, complaint, row, document, now)
    _store_attachments(session, archive, complaint, row, document)
    # A new complaint's thread is just this message: no need to query it back.
    own_id = headers.message_id if headers else None
    queued = _acknowledge(session, settings, complaint, "missing" if missing else "ack", now,
                          thread=(own_id, [own_id] if own_id else []))
    return _finish(session, row, "done", complaint, now,
                   Outcome("filed", complaint.ticket, state, receipt_needed=not queued and channel == "scan"))


# ------------------------------------------------------------------ helpers
def _new_complaint(session: Session, settings: Settings, extraction, document: Document, *, channel: str,
                   now: datetime, state: str, **extra) -> Complaint:
    fields = dict(extraction.fields)
    year = now.astimezone(settings.deadline.tz).year
    # The counter reads nothing pending in the session: no autoflush, so the
    # batch's rows still go in one flush at commit (each flush costs ~1 ms of ORM).
    with session.no_autoflush:
        ticket = repo.next_ticket(session, year)
    # Not flushed: its rows point at it by relationship and the batch goes in one flush.
    complaint = Complaint(
        ticket=ticket, state=state, channel=channel,
        name=fields.get("name"), email=reply_address(extraction, document), phone=fields.get("phone"),
        nik=fields.get("nik"), fields=fields, evidence=_evidence_json(extraction),
        missing=list(extraction.missing), complete=not extraction.missing,
        division=extraction.division, division_reason=_reason(extraction),
        ocr=bool(extraction.ocr), received_at=now, updated_at=now, **extra)
    session.add(complaint)
    return complaint


def _reason(extraction) -> str | None:
    reason = getattr(extraction, "division_reason", None)
    if isinstance(reason, (list, tuple)):
        reason = ", ".join(map(str, reason))
    return reason or None


def reply_address(extraction, document: Document) -> str | None:
    """Where the citizen's acknowledgement goes: the Reply-To of the mail, else the address in the letter."""
    if document.headers and document.headers.reply_to:
        return document.headers.reply_to.lower()
    value = extraction.fields.get("email")
    return value.lower() if value else None


def _evidence_json(extraction) -> dict:
    evidence = getattr(extraction, "evidence", None) or {}
    out = {}
    for key, ev in evidence.items():
        if ev is None:
            continue
        if isinstance(ev, dict):
            out[key] = ev
        else:
            out[key] = {k: v for k, v in vars(ev).items() if isinstance(v, (str, int, float, bool, type(None)))}
    return out


def _thread_match(session: Session, document: Document) -> Complaint | None:
    """DESIGN.md's rule: our Message-ID in In-Reply-To/References, or the ticket
    token in the subject *and* the complaint's own address as sender."""
    h = document.headers
    if h is None:
        return None
    ids = [h.in_reply_to, *h.references] if h.in_reply_to else list(h.references)
    complaint = repo.complaint_for_our_message_ids(session, [i for i in ids if i])
    if complaint is None:
        complaint = repo.complaint_for_ticket_from(session, h.subject, h.from_address)
    if complaint is not None and complaint.state in ("rejected", "duplicate") and complaint.merged_into:
        complaint = session.get(Complaint, complaint.merged_into) or complaint
    return complaint


def _apply_reply(session: Session, settings: Settings, archive: Archive, complaint: Complaint, row: InboundItem,
                 document: Document, extraction, now: datetime) -> Outcome:
    _record_inbound(session, complaint, row, document, now)
    _store_attachments(session, archive, complaint, row, document)
    before = list(complaint.missing or [])
    merged = merge_fields(dict(complaint.fields or {}), dict(extraction.fields))
    missing = missing_fields(merged)
    complaint.fields = merged
    complaint.missing = missing
    complaint.complete = not missing
    complaint.name = merged.get("name")
    complaint.phone = merged.get("phone")
    complaint.nik = merged.get("nik")
    if complaint.division is None and extraction.division:
        complaint.division = extraction.division
        complaint.division_reason = _reason(extraction)
    filled = [k for k in before if k not in missing]
    note = "reply attached" + (f"; now given: {', '.join(filled)}" if filled else "") + \
        (f"; still missing: {', '.join(missing)}" if missing else "")
    if complaint.state == "incomplete" and not missing:
        complaint.completed_at = now
        complaint.due = due_date(now, settings.deadline)
        repo.set_state(session, complaint, "received", actor=SYSTEM, action="complete", note=note, at=now)
        _acknowledge(session, settings, complaint, "completed", now)
    else:
        repo.add_event(session, complaint, actor="citizen", action="reply", from_state=complaint.state,
                       to_state=complaint.state, note=note, at=now)
        if complaint.state == "incomplete" and filled:
            _acknowledge(session, settings, complaint, "missing", now)
    session.add(complaint)
    return Outcome("reply", complaint.ticket, complaint.state)


def _acknowledge(session: Session, settings: Settings, complaint: Complaint, kind: str, now: datetime, *,
                 thread: tuple[str | None, list[str]] | None = None) -> bool:
    """Queue the templated mail to the citizen. False when there is no address to write to.

    `thread` (the last inbound Message-ID, all the thread's Message-IDs) when the
    caller knows them; else they are read from the complaint's messages.
    """
    if not complaint.email:
        return False
    if thread is not None:
        in_reply_to, references = thread
    else:
        last_in = repo.last_inbound_message(session, complaint.id)
        in_reply_to = last_in.message_id if last_in else None
        references = repo.thread_message_ids(session, complaint.id)
    text, html = render(kind, complaint=complaint, fields=complaint.fields or {}, missing=complaint.missing or [],
                        agency=settings.agency_name, reply_address=settings.smtp.from_address,
                        working_days=settings.deadline.working_days)
    queue_message(session, settings, complaint=complaint, kind=kind, to_address=complaint.email,
                  subject=f"[{complaint.ticket}] {SUBJECTS[kind]}", text=text, html=html,
                  in_reply_to=in_reply_to, references=references, now=now)
    return True


def _record_inbound(session: Session, complaint: Complaint, row: InboundItem, document: Document,
                    now: datetime) -> None:
    h = document.headers
    subject = (h.subject if h else (row.filename or ""))[:500]
    append_only.add_row(session, MailMessage.__table__, dict(
        direction="in", message_id=h.message_id if h else None, subject=subject,
        address=h.from_address if h else None, at=now, inbound_id=row.id, outbox_id=None), complaint_id=complaint)


def _store_attachments(session: Session, archive: Archive, complaint: Complaint, row: InboundItem,
                       document: Document) -> None:
    for att in document.attachments:
        digest, path = archive.store(att.data)
        session.add(Attachment(complaint=complaint, inbound_id=row.id, filename=att.filename,
                               content_type=att.content_type, size=len(att.data), sha256=digest,
                               archive_path=str(path)))


def _finish(session: Session, row: InboundItem, status: str, complaint: "Complaint | int | None", now: datetime,
            outcome: Outcome) -> Outcome:
    row.status = status
    if isinstance(complaint, Complaint):
        row.complaint = complaint
    else:
        row.complaint_id = complaint
    row.done_at = now
    row.error = None
    session.add(row)
    return outcome
