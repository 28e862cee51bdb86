"""The outbox: queue a message inside the caller's transaction; send queued rows later.

Queueing renders the whole message once and stores its bytes, with a
Message-ID derived from the row. Sending hands those bytes to a sender and
marks the row sent in a second transaction: a crash between the two sends the
same bytes again, which the receiver recognises by the Message-ID.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Protocol, Sequence

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.config import Settings
from pipeline.crashpoints import crash_point
from pipeline.errors import PermanentSendError, SendError
from pipeline.notify.compose import (AUTO_GENERATED_HEADERS, AUTO_REPLY_HEADERS, build_message,
                                     clean_address, message_id_for)
from pipeline.store import append_only
from pipeline.store.tables import Complaint, MailMessage, Outbox, utcnow

log = logging.getLogger(__name__)

CITIZEN_AUTOMATIC_KINDS = frozenset({"ack", "missing", "completed"})
INTERNAL_KINDS = frozenset({"disposition", "reminder", "escalation"})


class Sender(Protocol):
    """Hands one message to the mail system. Raises SendError / PermanentSendError."""

    description: str

    def send(self, raw: bytes, *, from_address: str, to_address: str, message_id: str) -> None: ...

    def close(self) -> None: ...


def queue_message(session: Session, settings: Settings, *, complaint: Complaint | None, kind: str,
                  to_address: str, subject: str, text: str, html: str | None = None,
                  in_reply_to: str | None = None, references: Sequence[str] = (),
                  automatic: bool | None = None, now: datetime | None = None) -> Outbox:
    """Queue one message. Loop safety decides here whether it may ever leave.

    `automatic` (default: the kind is an automatic reply to a citizen) applies
    the rules other ticket systems use: never to our own addresses, and at most
    `smtp.auto_reply_limit` automatic replies to one address per window.
    """
    now = now or utcnow()
    automatic = (kind in CITIZEN_AUTOMATIC_KINDS) if automatic is None else automatic
    address = clean_address(to_address)
    # Stored lower-cased (the domain is case-insensitive, and mailbox names are
    # in practice), so the rate-limit count is an index lookup (migration 0003).
    address = address.lower() if address else None
    # Before the row exists, so the count needs no "but this one".
    reason = _suppression_reason(session, settings, address, automatic, now)
    message_id = message_id_for(kind, complaint.ticket if complaint else None, settings.smtp.from_address)
    if automatic:
        headers = dict(AUTO_REPLY_HEADERS)
    elif kind in INTERNAL_KINDS:
        headers = dict(AUTO_GENERATED_HEADERS)
    else:
        headers = {}
    if complaint is not None:
        headers["X-Pengaduan-Ticket"] = complaint.ticket
    raw = build_message(from_address=settings.smtp.from_address, from_name=f"Pengaduan {settings.agency_name}",
                        to_address=address or "undisclosed-recipients:;", subject=subject, text=text, html=html,
                        message_id=message_id, date=now, in_reply_to=in_reply_to, references=references,
                        extra_headers=headers)
    # Not flushed here: the row and its thread entry go in the caller's next
    # flush (one batched INSERT for a batch of mails); flush to read `row.id`.
    row = Outbox(complaint=complaint, kind=kind, to_address=address or "",
                 subject=subject, message_id=message_id, raw=raw, automatic=automatic, created_at=now,
                 next_attempt_at=now)
    if reason:
        row.status = "suppressed"
        row.last_error = reason
        log.info("outbox message (%s) suppressed: %s", kind, reason)
    elif automatic:
        _count_queued(session, address, now - timedelta(hours=settings.smtp.auto_reply_window_hours))
    session.add(row)
    if complaint is not None and kind not in INTERNAL_KINDS:
        append_only.add_row(session, MailMessage.__table__, dict(
            direction="out", message_id=message_id, subject=subject, address=address, at=now, inbound_id=None),
            complaint_id=complaint, outbox_id=row)
    return row


_t = Outbox.__table__
# Built once: building and hashing the statement on every call cost ~0.7 ms,
# against ~0.1 ms to run it. Addresses are stored lower-cased and indexed.
_RECENT_AUTOMATIC = (
    sa.select(sa.func.count()).select_from(_t)
    .where(_t.c.to_address == sa.bindparam("address"))
    .where(_t.c.automatic.is_(True)).where(_t.c.status != "suppressed")
    .where(_t.c.created_at >= sa.bindparam("since", type_=_t.c.created_at.type)))


_RECENT_AUTOMATIC_BY_ADDRESS = (
    sa.select(_t.c.to_address, sa.func.count()).select_from(_t)
    .where(_t.c.to_address.in_(sa.bindparam("addresses", expanding=True)))
    .where(_t.c.automatic.is_(True)).where(_t.c.status != "suppressed")
    .where(_t.c.created_at >= sa.bindparam("since", type_=_t.c.created_at.type))
    .group_by(_t.c.to_address))
_RECENT_KEY = "pengaduan.recent_automatic"


def count_recent_automatic(session: Session, settings: Settings, addresses: Sequence[str | None],
                           now: datetime) -> None:
    """Read the rate-limit counts of a batch's addresses with one query, for this transaction.

    Call it before anything is queued in the transaction; `forget_recent_automatic`
    at its end. Messages queued meanwhile are added to the counts as they are queued.
    """
    since = now - timedelta(hours=settings.smtp.auto_reply_window_hours)
    wanted = sorted({clean.lower() for clean in map(clean_address, addresses) if clean})
    counts = dict.fromkeys(wanted, 0)
    if wanted:
        counts.update(session.execute(_RECENT_AUTOMATIC_BY_ADDRESS, {"addresses": wanted, "since": since}).all())
    session.info[_RECENT_KEY] = (since, counts)


def forget_recent_automatic(session: Session) -> None:
    session.info.pop(_RECENT_KEY, None)


def _cached_count(session: Session, address: str, since: datetime) -> int | None:
    cached = session.info.get(_RECENT_KEY)
    if cached is None or cached[0] != since:
        return None
    return cached[1].get(address)


def _count_queued(session: Session, address: str | None, since: datetime) -> None:
    if address is not None and _cached_count(session, address, since) is not None:
        session.info[_RECENT_KEY][1][address] += 1


def _suppression_reason(session: Session, settings: Settings, address: str | None, automatic: bool,
                        now: datetime) -> str | None:
    if address is None:
        return "no valid recipient address"
    if address.lower() in settings.own_addresses and automatic:
        return "recipient is one of our own addresses"
    if not automatic:
        return None
    since = now - timedelta(hours=settings.smtp.auto_reply_window_hours)
    recent = _cached_count(session, address, since)
    if recent is None:
        recent = _count_now(session, address, since)
    if recent >= settings.smtp.auto_reply_limit:
        return (f"rate limit: {recent} automatic replies to this address in the last "
                f"{settings.smtp.auto_reply_window_hours:g} hours")
    return None


def _count_now(session: Session, address: str, since: datetime) -> int:
    # Rows queued by this transaction and not flushed yet (a batch of mails
    # from one address is filed in one transaction) count too; they are counted
    # in the session rather than flushed, as a flush per mail costs ~1 ms of ORM.
    with session.no_autoflush:
        recent = session.execute(_RECENT_AUTOMATIC, {"address": address, "since": since}).scalar_one()
    return recent + sum(1 for obj in session.new if isinstance(obj, Outbox) and obj.to_address == address
                        and obj.automatic and obj.status != "suppressed")


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes, capped at 6 hours."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def send_queued(db, settings: Settings, sender: Sender, *, now: datetime | None = None,
                limit: int | None = None, stop=lambda: False) -> dict[str, int]:
    """Send the rows that are due, one row at a time. Returns counts by outcome.

    Call it only while holding the `outbox` lease (run.py does), so one
    worker sends at a time. A row is claimed (status `sending`) and committed
    before the message is handed over; a row found `sending` when the lease
    holder starts was left by a sender that died mid-send, and is sent again,
    byte for byte, under the same Message-ID.
    """
    import time

    counts = {"sent": 0, "retry": 0, "failed": 0}
    now = now or utcnow()
    interval = 60.0 / max(settings.smtp.max_per_minute, 1)
    with db.atomic() as session:
        _release_stale_claims(session, now)
        ids = list(session.exec(select(Outbox.id).where(Outbox.status == "queued")
                                .where(Outbox.next_attempt_at <= now).order_by(Outbox.id)).all())
    if limit:
        ids = ids[:limit]
    try:
        for n, row_id in enumerate(ids):
            if stop():
                break
            with db.atomic() as session:
                row = _claim(session, row_id, now)
                if row is None:
                    continue
                raw, to, mid = row.raw, row.to_address, row.message_id
            crash_point("sending")
            try:
                sender.send(raw, from_address=settings.smtp.from_address, to_address=to, message_id=mid)
            except PermanentSendError as exc:
                _finish(db, row_id, status="failed", error=str(exc))
                log.warning("outbox %s refused for good: %s", row_id, exc)
                counts["failed"] += 1
                continue
            except SendError as exc:
                _retry(db, settings, row_id, str(exc))
                log.warning("outbox %s not sent, will retry: %s", row_id, exc)
                counts["retry"] += 1
                continue
            crash_point("sent")
            _finish(db, row_id, status="sent", error=None)
            counts["sent"] += 1
            if n + 1 < len(ids) and interval > 0 and sender.description.startswith("smtp"):
                time.sleep(interval)
    finally:
        sender.close()
    return counts


def _release_stale_claims(session: Session, now: datetime) -> None:
    """Rows a dead sender claimed: queue them again (same bytes, same Message-ID)."""
    stale = session.exec(select(Outbox).where(Outbox.status == "sending")).all()
    for row in stale:
        row.status = "queued"
        row.next_attempt_at = now
        session.add(row)


def _claim(session: Session, row_id: int, now: datetime) -> Outbox | None:
    stmt = select(Outbox).where(Outbox.id == row_id).where(Outbox.status == "queued")
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    row = session.exec(stmt).first()
    if row is None:
        return None
    row.status = "sending"
    session.add(row)
    return row


def _finish(db, row_id: int, *, status: str, error: str | None) -> None:
    with db.atomic() as session:
        row = session.get(Outbox, row_id)
        row.status = status
        row.attempts += 1
        row.last_error = error
        if status == "sent":
            row.sent_at = utcnow()
        session.add(row)


def _retry(db, settings: Settings, row_id: int, error: str) -> None:
    with db.atomic() as session:
        row = session.get(Outbox, row_id)
        row.attempts += 1
        row.last_error = error
        if row.attempts >= settings.smtp.max_attempts:
            row.status = "failed"
        else:
            row.status = "queued"
            row.next_attempt_at = utcnow() + backoff(row.attempts)
        session.add(row)


def mark_bounced(session: Session, message_ids: Sequence[str]) -> list[Outbox]:
    """A DSN named these Message-IDs: mark our rows bounced, flag their complaints."""
    rows = list(session.exec(select(Outbox).where(Outbox.message_id.in_(list(message_ids)))).all())
    for row in rows:
        row.status = "bounced"
        session.add(row)
        if row.complaint_id:
            complaint = session.get(Complaint, row.complaint_id)
            complaint.unreachable = True
            session.add(complaint)
    return rows
