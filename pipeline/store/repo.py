"""Queries and small writes shared by the worker and the officers' commands."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Sequence

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.errors import UnknownTicket
from pipeline.store import append_only
from pipeline.store.tables import Complaint, Event, InboundItem, MailMessage, Outbox, TicketCounter, utcnow

TICKET_RE = re.compile(r"\bADU-(\d{4})-(\d{6})\b", re.IGNORECASE)
CLOSED_STATES = frozenset({"responded", "archived", "rejected", "duplicate"})


def next_ticket(session: Session, year: int) -> str:
    """The next ticket of the year: ADU-YYYY-NNNNNN, sequential per year.

    The counter row is updated inside the caller's transaction, so two
    writers serialise on it (SQLite's write lock, PostgreSQL's row lock); a
    rolled-back transaction gives its number back, and a number is never
    handed out twice. Inside `reserve_tickets` the numbers come from the block.
    """
    block = session.info.get(_TICKET_BLOCK_KEY)
    if block is not None and block.year == year and block.next <= block.last:
        number, block.next = block.next, block.next + 1
    else:
        number = session.execute(_take_tickets_statement(session.get_bind().dialect.name),
                                 {"year": year, "count": 1}).scalar_one()
    return f"ADU-{year}-{number:06d}"


@dataclass
class _TicketBlock:
    year: int
    next: int
    last: int


_TICKET_BLOCK_KEY = "pengaduan.ticket_block"


def reserve_tickets(session: Session, year: int, count: int) -> None:
    """Take `count` numbers of the year with one statement, for `next_ticket` to hand
    out in this transaction (one statement per ticket cost ~0.3 ms a filed mail).

    End with `return_unused_tickets` before the commit: the counter stays locked
    by this transaction until then, so the numbers not used go back and the
    sequence has no gaps.
    """
    if count <= 0:
        return
    last = session.execute(_take_tickets_statement(session.get_bind().dialect.name),
                           {"year": year, "count": count}).scalar_one()
    session.info[_TICKET_BLOCK_KEY] = _TicketBlock(year, last - count + 1, last)


def return_unused_tickets(session: Session) -> None:
    block = session.info.pop(_TICKET_BLOCK_KEY, None)
    if block is not None and block.next <= block.last:
        table = TicketCounter.__table__
        session.execute(sa.update(table).where(table.c.year == block.year).values(last=block.next - 1))


def forget_ticket_block(session: Session) -> None:
    """After a rollback: the block went back with it."""
    session.info.pop(_TICKET_BLOCK_KEY, None)


@functools.lru_cache(maxsize=None)
def _take_tickets_statement(dialect: str):
    """Built once per dialect: building and hashing it per ticket cost more than running it."""
    table = TicketCounter.__table__
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    count = sa.bindparam("count", type_=sa.Integer)
    return insert(table).values(year=sa.bindparam("year"), last=count).on_conflict_do_update(
        index_elements=[table.c.year], set_={"last": table.c.last + count}).returning(table.c.last)


def get_by_ticket(session: Session, ticket: str, *, for_update: bool = False) -> Complaint:
    stmt = select(Complaint).where(Complaint.ticket == ticket.strip().upper())
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    complaint = session.exec(stmt).first()
    if complaint is None:
        raise UnknownTicket(f"no complaint has ticket {ticket!r}")
    return complaint


def add_event(session: Session, complaint: Complaint, *, actor: str, action: str,
              from_state: str | None, to_state: str | None, note: str | None = None,
              at: datetime | None = None) -> None:
    append_only.add_row(session, Event.__table__, dict(actor=actor, action=action, from_state=from_state,
                                                       to_state=to_state, note=note, at=at or utcnow()),
                        complaint_id=complaint)


def set_state(session: Session, complaint: Complaint, new_state: str, *, actor: str, action: str,
              note: str | None = None, at: datetime | None = None) -> None:
    old = complaint.state
    complaint.state = new_state
    complaint.updated_at = at or utcnow()
    session.add(complaint)
    return add_event(session, complaint, actor=actor, action=action, from_state=old, to_state=new_state,
                     note=note, at=at)


def complaint_for_our_message_ids(session: Session, message_ids: Iterable[str]) -> Complaint | None:
    """The complaint one of our outgoing messages belongs to, by Message-ID."""
    ids = [m for m in message_ids if m]
    if not ids:
        return None
    row = session.exec(select(Outbox).where(Outbox.message_id.in_(ids))
                       .where(Outbox.complaint_id.is_not(None)).order_by(Outbox.id.desc())).first()
    return session.get(Complaint, row.complaint_id) if row else None


def complaint_for_ticket_from(session: Session, subject: str, sender: str | None) -> Complaint | None:
    """A ticket token in the subject joins only when the sender is the complaint's address."""
    if not sender:
        return None
    for match in TICKET_RE.finditer(subject or ""):
        ticket = f"ADU-{match.group(1)}-{match.group(2)}"
        complaint = session.exec(select(Complaint).where(Complaint.ticket == ticket)).first()
        if complaint and complaint.email and complaint.email.lower() == sender.lower():
            return complaint
    return None


def ledger_row(session: Session, source: str, source_key: str) -> InboundItem | None:
    return session.exec(select(InboundItem).where(InboundItem.source == source)
                        .where(InboundItem.source_key == source_key)).first()


def ledger_statuses(session: Session, source: str, source_keys: Sequence[str]) -> dict[str, tuple]:
    """(status, id, error) of the ledger rows of these keys of one source, by key: one query for a batch."""
    t = InboundItem.__table__
    rows = session.execute(sa.select(t.c.source_key, t.c.status, t.c.id, t.c.error)
                           .where(t.c.source == source).where(t.c.source_key.in_(list(source_keys)))).all()
    return {r.source_key: (r.status, r.id, r.error) for r in rows}


def finished_twin(session: Session, sha256: str, message_id: str | None, exclude_id: int | None) -> InboundItem | None:
    """An already finished item with the same content or the same Message-ID."""
    cond = InboundItem.sha256 == sha256
    if message_id:
        cond = sa.or_(cond, InboundItem.message_id == message_id)
    stmt = (select(InboundItem).where(cond).where(InboundItem.status.in_(("done", "rejected")))
            .order_by(InboundItem.id))
    if exclude_id is not None:
        stmt = stmt.where(InboundItem.id != exclude_id)
    return session.exec(stmt).first()


class FinishedTwins:
    """`finished_twin` for a batch filed in one transaction: one query for the whole
    batch, then kept up to date by `add` as the batch's own items finish."""

    def __init__(self, session: Session, sha256s: Iterable[str], message_ids: Iterable[str | None]):
        t = InboundItem.__table__
        shas, mids = set(sha256s), {m for m in message_ids if m}
        cond = t.c.sha256.in_(shas)
        if mids:
            cond = sa.or_(cond, t.c.message_id.in_(mids))
        rows = session.execute(sa.select(t.c.id, t.c.sha256, t.c.message_id, t.c.complaint_id).where(cond)
                               .where(t.c.status.in_(("done", "rejected"))).order_by(t.c.id)).all()
        self._by_sha: dict[str, object] = {}
        self._by_mid: dict[str, object] = {}
        for row in rows:
            self.add(row)

    def add(self, row) -> None:
        """A row now finished (done or rejected); the first one seen per key is kept, as the query's order."""
        self._by_sha.setdefault(row.sha256, row)
        if row.message_id:
            self._by_mid.setdefault(row.message_id, row)

    def find(self, sha256: str, message_id: str | None, exclude_id: int | None):
        found = [r for r in (self._by_sha.get(sha256), self._by_mid.get(message_id) if message_id else None)
                 if r is not None and r.id != exclude_id]
        return min(found, key=lambda r: r.id) if found else None


def last_inbound_message(session: Session, complaint_id: int) -> MailMessage | None:
    return session.exec(select(MailMessage).where(MailMessage.complaint_id == complaint_id)
                        .where(MailMessage.direction == "in").where(MailMessage.message_id.is_not(None))
                        .order_by(MailMessage.at.desc(), MailMessage.id.desc())).first()


def thread_message_ids(session: Session, complaint_id: int) -> list[str]:
    rows = session.exec(select(MailMessage.message_id).where(MailMessage.complaint_id == complaint_id)
                        .where(MailMessage.message_id.is_not(None)).order_by(MailMessage.at, MailMessage.id)).all()
    return [r for r in rows if r]


def list_complaints(session: Session, *, states: Sequence[str] | None = None, include_rejected: bool = False,
                    division: str | None = None, level: int | None = None, text: str | None = None,
                    due_before: object = None, limit: int | None = None) -> list[Complaint]:
    stmt = select(Complaint)
    if states:
        stmt = stmt.where(Complaint.state.in_(list(states)))
    elif not include_rejected:
        stmt = stmt.where(Complaint.state != "rejected")
    if division:
        stmt = stmt.where(Complaint.division == division)
    if level is not None:
        stmt = stmt.where(Complaint.level == level)
    if due_before is not None:
        stmt = stmt.where(Complaint.due.is_not(None)).where(Complaint.due <= due_before) \
            .where(Complaint.state.not_in(list(CLOSED_STATES)))
    if text:
        like = f"%{text.lower()}%"
        stmt = stmt.where(sa.or_(sa.func.lower(Complaint.ticket).like(like),
                                 sa.func.lower(sa.cast(Complaint.fields, sa.String)).like(like)))
    stmt = stmt.order_by(Complaint.id)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.exec(stmt).all())
