"""What the officers' reading commands print: complaints as JSON-ready dicts and tables."""

from __future__ import annotations

from datetime import date, datetime
from typing import Sequence

from sqlmodel import select

from pipeline.config import Settings
from pipeline.store import repo
from pipeline.store.tables import Attachment, Complaint, Event, InboundItem, MailMessage, Outbox


def _iso(value: datetime | date | None, settings: Settings) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(settings.deadline.tz).isoformat(timespec="seconds")
    return value.isoformat()


def summary(c: Complaint, settings: Settings) -> dict:
    return {
        "ticket": c.ticket, "state": c.state, "channel": c.channel, "name": c.name, "email": c.email,
        "missing": list(c.missing or []), "complete": bool(c.complete), "division": c.division,
        "level": c.level, "received_at": _iso(c.received_at, settings), "due": _iso(c.due, settings),
        "unreachable": bool(c.unreachable),
    }


def complaint_rows(db, settings: Settings, *, states: Sequence[str] = (), include_rejected: bool = False,
                   division: str | None = None, level: int | None = None, overdue: bool = False,
                   due_within: int | None = None, search: str | None = None, today: date | None = None) -> list[dict]:
    due_before = None
    today = today or datetime.now(settings.deadline.tz).date()
    if overdue or due_within is not None:
        from datetime import timedelta

        from pipeline.workflow import WorkingCalendar

        if overdue:
            due_before = today - timedelta(days=1)
        else:
            due_before = WorkingCalendar(settings.deadline).add_working_days(today, due_within)
    with db.atomic() as session:
        rows = repo.list_complaints(session, states=states or None, include_rejected=include_rejected,
                                    division=division, level=level, text=search, due_before=due_before)
        return [summary(c, settings) for c in rows]


def complaint_detail(db, settings: Settings, ticket: str) -> dict:
    with db.atomic() as session:
        c = repo.get_by_ticket(session, ticket)
        data = summary(c, settings)
        data.update(
            fields=dict(c.fields or {}), evidence=dict(c.evidence or {}), division_reason=c.division_reason,
            completed_at=_iso(c.completed_at, settings), responded_at=_iso(c.responded_at, settings),
            ocr=bool(c.ocr), auto_reply_reason=c.auto_reply_reason,
            merged_into=(session.get(Complaint, c.merged_into).ticket if c.merged_into else None),
        )
        messages = session.exec(select(MailMessage).where(MailMessage.complaint_id == c.id)
                                .order_by(MailMessage.at, MailMessage.id)).all()
        outbox_status = {o.id: o.status for o in session.exec(select(Outbox).where(Outbox.complaint_id == c.id)).all()}
        data["messages"] = [{"direction": m.direction, "message_id": m.message_id, "subject": m.subject,
                             "at": _iso(m.at, settings),
                             **({"status": outbox_status.get(m.outbox_id)} if m.outbox_id else {})}
                            for m in messages]
        data["attachments"] = [{"filename": a.filename, "content_type": a.content_type, "size": a.size,
                                "sha256": a.sha256}
                               for a in session.exec(select(Attachment).where(Attachment.complaint_id == c.id)).all()]
        data["events"] = [{"at": _iso(e.at, settings), "actor": e.actor, "action": e.action,
                           "from_state": e.from_state, "to_state": e.to_state, "note": e.note}
                          for e in session.exec(select(Event).where(Event.complaint_id == c.id)
                                                .order_by(Event.at, Event.id)).all()]
        return data


def quarantine_rows(db) -> list[dict]:
    with db.atomic() as session:
        rows = session.exec(select(InboundItem).where(InboundItem.status == "failed").order_by(InboundItem.id)).all()
        return [{"id": r.id, "source": r.source, "source_key": r.source_key, "filename": r.filename,
                 "error": r.error, "stored_at": r.stored_at.isoformat(timespec="seconds"), "sha256": r.sha256}
                for r in rows]


def outbox_rows(db, settings: Settings) -> list[dict]:
    with db.atomic() as session:
        tickets = {c.id: c.ticket for c in session.exec(select(Complaint)).all()}
        rows = session.exec(select(Outbox).order_by(Outbox.id)).all()
        return [{"id": r.id, "ticket": tickets.get(r.complaint_id), "kind": r.kind, "status": r.status,
                 "attempts": r.attempts, "to": r.to_address, "message_id": r.message_id,
                 "last_error": r.last_error, "created_at": _iso(r.created_at, settings),
                 "sent_at": _iso(r.sent_at, settings)} for r in rows]


def reprocess(db, settings: Settings, item_id: int) -> str:
    """Put a quarantined item back to `stored` and process it from the archive."""
    from pipeline.errors import Refused
    from pipeline.run import CycleReport, Pipeline

    with db.atomic() as session:
        row = session.get(InboundItem, item_id)
        if row is None or row.status != "failed":
            raise Refused(f"item {item_id} is not in the quarantine")
        row.status = "stored"
        row.attempts = 0   # an officer's try: the worker's count of stops starts again
        session.add(row)
    report = CycleReport()
    outcome, reason = Pipeline(settings, db).process(item_id, report)
    if outcome == "failed":
        raise Refused(f"item {item_id} failed again: {reason}")
    tickets = report.filed + report.replies
    return f"item {item_id} processed" + (f": {tickets[0]}" if tickets else "")


def format_table(rows: list[dict]) -> str:
    if not rows:
        return "(no complaints)"
    header = ("TICKET", "STATE", "CHANNEL", "NAME", "COMPLETE / MISSING", "DIVISION", "DUE")
    lines = [header]
    for r in rows:
        status = "complete" if r["complete"] else "missing: " + ", ".join(r["missing"])
        name = (r["name"] or "-")
        lines.append((r["ticket"], r["state"], r["channel"], name[:28], status[:60], r["division"] or "-",
                      r["due"] or "-"))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(str(v).ljust(w) for v, w in zip(line, widths)).rstrip() for line in lines)


def format_detail(d: dict) -> str:
    out = [f"{d['ticket']}  {d['state']}  ({d['channel']})",
           f"  received {d['received_at']}   due {d['due'] or '-'}   division {d['division'] or '-'}"
           f"   level {d['level'] or '-'}"]
    if d.get("unreachable"):
        out.append("  ! citizen unreachable by e-mail (our message bounced)")
    out.append("  fields:")
    for k, v in d["fields"].items():
        out.append(f"    {k:22} {v if v is not None else '-'}")
    out.append(f"  missing: {', '.join(d['missing']) or '-'}")
    out.append("  messages:")
    for m in d["messages"]:
        out.append(f"    {m['at']}  {m['direction']:3}  {m['subject']}")
    out.append("  events:")
    for e in d["events"]:
        out.append(f"    {e['at']}  {e['actor']:12} {e['action']:10} {e['from_state'] or '-'} -> "
                   f"{e['to_state'] or '-'}  {e['note'] or ''}")
    return "\n".join(out)
