"""The daily deadline job: remind one working day before the due date, escalate once overdue.

Only on the agency's working days (its time zone's date): on a weekend or
holiday it queues nothing, and what is owed goes on the next working day.

Run by the worker every cycle; it is cheap and idempotent. Each reminder and
escalation is queued in the same transaction that stamps
`Complaint.reminder_sent_at` / `escalated_at`, so it happens once per
complaint even across restarts or with several workers (the row is locked and
the stamp re-checked before queueing).
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlmodel import select

from pipeline.config import Settings
from pipeline.notify.outbox import queue_message
from pipeline.notify.render import render, tanggal
from pipeline.store import repo
from pipeline.store.tables import Complaint
from pipeline.workflow import CLOSED_STATES, calendar_for, deadline_action, local_date

log = logging.getLogger(__name__)
ACTOR = "system"

STATE_ID = {
    "received": "diterima, belum diverifikasi",
    "incomplete": "belum lengkap",
    "verified": "terverifikasi",
    "distributed": "didisposisikan ke bidang",
    "responded": "sudah ditanggapi",
    "archived": "diarsipkan",
    "rejected": "ditolak",
    "duplicate": "duplikat",
}


def check_deadlines(db, settings: Settings, now: datetime) -> list[str]:
    """Queue the reminders and escalations due at `now`; one line per thing done."""
    today = local_date(now, settings.deadline)
    calendar = calendar_for(settings.deadline)
    if not calendar.is_working_day(today):
        # Nobody reads a reminder or an escalation on a day off; what is owed is
        # queued on the next working day (see workflow.deadline_action).
        return []
    first_reminder_due = calendar.add_working_days(today, 1)
    with db.atomic() as session:
        # Open, due at most one working day from today, not yet escalated (after
        # which there is nothing left to send).
        ids = list(session.exec(
            select(Complaint.id).where(Complaint.due.is_not(None)).where(Complaint.due <= first_reminder_due)
            .where(Complaint.state.not_in([str(s) for s in CLOSED_STATES]))
            .where(Complaint.escalated_at.is_(None))
            .order_by(Complaint.id)).all())
    done: list[str] = []
    for complaint_id in ids:
        done.extend(_check_one(db, settings, complaint_id, today, now))
    for line in done:
        log.info("%s", line)
    return done


def _check_one(db, settings: Settings, complaint_id: int, today: date, now: datetime) -> list[str]:
    with db.atomic() as session:
        c = session.get(Complaint, complaint_id, with_for_update=_lock(session))
        if c is None or c.state in CLOSED_STATES:
            return []
        action = deadline_action(c.due, today, settings.deadline,
                                 reminded=c.reminder_sent_at is not None, escalated=c.escalated_at is not None)
        if action == "escalate":
            return _escalate(session, settings, c, today, now)
        if action == "remind":
            return _remind(session, settings, c, now)
        return []


def _lock(session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _remind(session, settings: Settings, c: Complaint, now: datetime) -> list[str]:
    division = settings.division(c.division) if c.division else None
    recipients = [a for a in (division.email if division else "", settings.desk_email) if a]
    context = dict(ticket=c.ticket, division_name=division.name if division else "Petugas Pengaduan",
                   level=c.level, due_id=tanggal(c.due), due_en=c.due.isoformat(), state=c.state,
                   state_id=STATE_ID.get(c.state, c.state), agency_name=settings.agency_name)
    text, html = render("reminder", **context)
    # Short enough not to be folded: a folded Subject reads back with a leading space.
    subject = f"[{c.ticket}] Pengingat: jatuh tempo {c.due.isoformat()} / Reminder"
    rows = [queue_message(session, settings, complaint=c, kind="reminder", to_address=to, subject=subject,
                          text=text, html=html, automatic=False, now=now) for to in dict.fromkeys(recipients)]
    c.reminder_sent_at = now
    session.add(c)
    note = f"due {c.due.isoformat()}; to " + (", ".join(r.to_address for r in rows) or
                                              "nobody: no division or desk address configured")
    repo.add_event(session, c, actor=ACTOR, action="remind", from_state=c.state, to_state=c.state, note=note, at=now)
    return [f"{c.ticket}: reminder, {note}"]


def _escalate(session, settings: Settings, c: Complaint, today: date, now: datetime) -> list[str]:
    division = settings.division(c.division) if c.division else None
    # Without a head address the desk still hears of it rather than nobody.
    to = settings.head_email or settings.desk_email
    late = calendar_for(settings.deadline).working_days_between(c.due, today)
    context = dict(ticket=c.ticket, state=c.state, state_id=STATE_ID.get(c.state, c.state), level=c.level,
                   division_name=division.name if division else None,
                   received_id=tanggal(local_date(c.received_at, settings.deadline)),
                   due_id=tanggal(c.due), due_en=c.due.isoformat(), days_overdue=max(late, 1),
                   agency_name=settings.agency_name)
    rows = []
    if to:
        text, html = render("escalation", **context)
        subject = f"[{c.ticket}] Eskalasi: lewat batas waktu {c.due.isoformat()} / Overdue"
        rows.append(queue_message(session, settings, complaint=c, kind="escalation", to_address=to,
                                  subject=subject, text=text, html=html, automatic=False, now=now))
    c.escalated_at = now
    session.add(c)
    note = f"overdue since {c.due.isoformat()}; to " + (to or "nobody: agency.head_email and agency.desk_email unset")
    repo.add_event(session, c, actor=ACTOR, action="escalate", from_state=c.state, to_state=c.state, note=note, at=now)
    return [f"{c.ticket}: escalation, {note}"]
