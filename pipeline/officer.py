"""The officers' commands as a service: one transaction each, one event each.

Every function loads the complaint, asks `workflow.transition` whether the
change is allowed (which raises IllegalTransition with the reason), makes the
change, writes the event (who, from, to, note) and queues any mail in the same
transaction, so a refused or failed command leaves nothing behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from pipeline.config import Division, Settings
from pipeline.errors import Refused
from pipeline.notify.outbox import queue_message
from pipeline.notify.render import render, tanggal
from pipeline.store import repo
from pipeline.store.tables import Complaint, utcnow
from pipeline.workflow import LEVEL_MEANING, State, due_date, local_date, transition


LEVEL_MEANING_ID = {
    1: "diselesaikan oleh petugas pengaduan",
    2: "diselesaikan oleh bidang terkait",
    3: "memerlukan keputusan pimpinan",
}
WITHHELD = "[dirahasiakan]"


@dataclass(frozen=True)
class Done:
    """What a command did, for the CLI to print (or dump as JSON)."""

    ticket: str
    action: str
    from_state: str
    to_state: str
    note: str | None = None
    outbox_id: int | None = None
    to_address: str | None = None
    letter: Path | None = None

    def as_json(self) -> dict:
        return {"ticket": self.ticket, "action": self.action, "from_state": self.from_state,
                "to_state": self.to_state, "note": self.note, "outbox_id": self.outbox_id,
                "to_address": self.to_address, "letter": str(self.letter) if self.letter else None}


def _change(session: Session, complaint: Complaint, action: str, officer: str, now: datetime, *,
            note: str | None = None, **kw) -> Done:
    old = complaint.state
    new = transition(old, action, ticket=complaint.ticket, **kw)
    repo.set_state(session, complaint, str(new), actor=officer, action=action, note=note, at=now)
    return Done(complaint.ticket, action, old, str(new), note)


def _officer(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise Refused("the officer's name is required (--officer or PENGADUAN_OFFICER)")
    return name


# ------------------------------------------------------------------ commands
def verify(db, settings: Settings, ticket: str, level: int, officer: str, *, now: datetime | None = None) -> Done:
    """Confirm the complaint and set its level (procedure step 3)."""
    officer, now = _officer(officer), now or utcnow()
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket, for_update=True)
        done = _change(session, c, "verify", officer, now, level=level,
                       note=f"level {level}: {LEVEL_MEANING.get(level, '?')}")
        c.level = level
        session.add(c)
    return done


def assign(db, settings: Settings, ticket: str, division_code: str, officer: str, *,
           now: datetime | None = None) -> Done:
    """Send the disposition to a division (procedure step 4)."""
    officer, now = _officer(officer), now or utcnow()
    division = settings.division(division_code)
    if division is None:
        codes = ", ".join(d.code for d in settings.divisions) or "none configured"
        raise Refused(f"unknown division {division_code!r}; one of: {codes}")
    if not division.email:
        raise Refused(f"division {division.code!r} has no e-mail address in the configuration (division.email)")
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket, for_update=True)
        old = c.state
        transition(old, "assign", ticket=c.ticket)  # refuse before rendering anything
        c.division = division.code
        text, html = render("disposition", **disposition_context(c, division, settings, officer))
        row = queue_message(session, settings, complaint=c, kind="disposition", to_address=division.email,
                            subject=f"[{c.ticket}] Disposisi pengaduan / Complaint disposition",
                            text=text, html=html, automatic=False, now=now)
        note = f"disposition to {division.code} <{division.email}>" + (
            "" if division.disclose_identity else "; identity withheld")
        done = _change(session, c, "assign", officer, now, note=note)
    return replace(done, outbox_id=row.id, to_address=division.email)


def respond(db, settings: Settings, ticket: str, text: str, officer: str, *, now: datetime | None = None) -> Done:
    """Deliver the agency's response to the citizen (procedure step 5).

    By e-mail, threaded to the citizen's last message, when we have an address
    that has not bounced; otherwise a printable letter in `scans.receipts_dir`.
    """
    officer, now = _officer(officer), now or utcnow()
    text = (text or "").strip()
    if not text:
        raise Refused("the response text is empty")
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket, for_update=True)
        transition(c.state, "respond", level=c.level, ticket=c.ticket)
        context = dict(ticket=c.ticket, name=c.name, response_text=text, officer=officer,
                       agency_name=settings.agency_name, date_id=tanggal(local_date(now, settings.deadline)))
        row = letter = None
        if c.email and not c.unreachable:
            body, html = render("response", **context)
            last = repo.last_inbound_message(session, c.id)
            row = queue_message(session, settings, complaint=c, kind="response", to_address=c.email,
                                subject=f"[{c.ticket}] Tanggapan pengaduan / Response to your complaint",
                                text=body, html=html, in_reply_to=last.message_id if last else None,
                                references=repo.thread_message_ids(session, c.id), automatic=False, now=now)
            session.flush()   # the row's id goes in the note
            note = f"response queued to {c.email} (outbox {row.id})"
        else:
            letter = write_letter(settings, c, text, officer, now)
            note = f"printable response letter: {letter}"
        c.responded_at = now
        done = _change(session, c, "respond", officer, now, level=c.level, note=note)
    return replace(done, outbox_id=row.id if row else None, to_address=c.email if row else None, letter=letter)


def archive(db, settings: Settings, ticket: str, follow_up: str, officer: str, *,
            now: datetime | None = None) -> Done:
    """File the answered complaint with its follow-up plan (procedure step 6)."""
    officer, now = _officer(officer), now or utcnow()
    follow_up = (follow_up or "").strip()
    if not follow_up:
        raise Refused("a follow-up plan is required to archive a complaint")
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket, for_update=True)
        return _change(session, c, "archive", officer, now, note=f"follow-up: {follow_up}")


def reject(db, settings: Settings, ticket: str, reason: str, officer: str, *, now: datetime | None = None) -> Done:
    officer, now = _officer(officer), now or utcnow()
    reason = (reason or "").strip()
    if not reason:
        raise Refused("a reason is required to reject a complaint")
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket, for_update=True)
        return _change(session, c, "reject", officer, now, note=reason)


def reopen(db, settings: Settings, ticket: str, officer: str, *, note: str | None = None,
           now: datetime | None = None) -> Done:
    """Open a closed complaint again. Its events stay; the deadline starts again."""
    officer, now = _officer(officer), now or utcnow()
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket, for_update=True)
        parts = [note.strip()] if note and note.strip() else []
        if c.merged_into:
            parts.append("no longer a duplicate")
            c.merged_into = None
        if c.complete:
            # A fresh 3 working days, and fresh reminders, from the reopening.
            c.due = due_date(now, settings.deadline)
            c.reminder_sent_at = c.escalated_at = None
            parts.append(f"due {c.due.isoformat()}")
        done = _change(session, c, "reopen", officer, now, complete=c.complete, note="; ".join(parts) or None)
        if done.to_state == State.RECEIVED:
            c.level = None  # it must be verified again
        session.add(c)
        return done


def merge(db, settings: Settings, ticket: str, into_ticket: str, officer: str, *,
          now: datetime | None = None) -> Done:
    """Mark a complaint a duplicate of another; both keep a note of it."""
    officer, now = _officer(officer), now or utcnow()
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket, for_update=True)
        target = repo.get_by_ticket(session, into_ticket)
        if target.id == c.id:
            raise Refused(f"{c.ticket} cannot be merged into itself")
        if target.state in (State.DUPLICATE, State.REJECTED):
            hint = ""
            if target.merged_into:
                root = session.get(Complaint, target.merged_into)
                hint = f"; merge into {root.ticket}" if root else ""
            raise Refused(f"{c.ticket} cannot be merged into {target.ticket}: it is {target.state}{hint}")
        done = _change(session, c, "merge", officer, now, note=f"duplicate of {target.ticket}")
        c.merged_into = target.id
        session.add(c)
        repo.add_event(session, target, actor=officer, action="merge", from_state=target.state,
                       to_state=target.state, note=f"{c.ticket} merged into this complaint", at=now)
        return done


# ------------------------------------------------------------------ disposition
def identity_of(c: Complaint) -> dict[str, str | None]:
    fields = c.fields or {}
    return {"name": c.name or fields.get("name"), "address": fields.get("address"),
            "nik": c.nik or fields.get("nik"), "phone": c.phone or fields.get("phone"),
            "email": c.email or fields.get("email")}


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NIK_RE = re.compile(r"(?<!\d)\d{16}(?!\d)")
_PHONE_RE = re.compile(r"(?<![\w+])(?:\+62[\s-]?|62|0)8[\d\s.-]{6,16}\d(?!\d)")


def redact(text: str | None, identity: dict[str, str | None]) -> str | None:
    """The complainant's own words with their identity taken out.

    Letters often repeat the name, a phone number or NIK inside the
    complaint's substance ("Saya, Budi Santoso, NIK ..."); a disposition that
    withholds the identity must not leak it through the quoted text.
    """
    if not text:
        return text
    out = text
    for value in sorted((v for v in identity.values() if v and len(v.strip()) >= 3), key=len, reverse=True):
        out = re.sub(re.escape(value.strip()), WITHHELD, out, flags=re.IGNORECASE)
    for pattern in (_EMAIL_RE, _NIK_RE):
        out = pattern.sub(WITHHELD, out)
    # Indonesian mobile numbers have 10-13 digits; fewer is a time or an amount ("08.00-12.00").
    return _PHONE_RE.sub(lambda m: WITHHELD if 10 <= sum(ch.isdigit() for ch in m.group()) <= 14 else m.group(), out)


def disposition_context(c: Complaint, division: Division, settings: Settings, officer: str) -> dict:
    fields = c.fields or {}
    identity = identity_of(c)
    if division.disclose_identity:
        substance = {k: fields.get(k) for k in ("service_description", "loss", "requested_resolution")}
    else:
        substance = {k: redact(fields.get(k), identity) for k in ("service_description", "loss", "requested_resolution")}
    received = local_date(c.received_at, settings.deadline)
    return dict(
        ticket=c.ticket, division=division, level=c.level or "-",
        level_id=LEVEL_MEANING_ID.get(c.level, "-"), level_en=LEVEL_MEANING.get(c.level, "-"),
        received_id=tanggal(received), received_en=received.isoformat(),
        due_id=tanggal(c.due), due_en=c.due.isoformat() if c.due else "-",
        identity=identity if division.disclose_identity else None,
        officer=officer, agency_name=settings.agency_name, **substance)


# ------------------------------------------------------------------ letters
def write_letter(settings: Settings, c: Complaint, text: str, officer: str, now: datetime) -> Path:
    """A printable response letter for a citizen we cannot e-mail (posted or handed over)."""
    from pipeline.notify.receipt import write_response_letter

    return write_response_letter(settings.scans.receipts_dir, ticket=c.ticket, name=c.name,
                                 address=(c.fields or {}).get("address"), response_text=text,
                                 agency_name=settings.agency_name, date=local_date(now, settings.deadline))
