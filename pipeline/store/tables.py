"""The SQL tables (SQLModel). Timestamps are aware UTC; dates are plain dates.

A complaint is one row of `complaint`; everything that happened to it is a
row elsewhere pointing at it: the inbound items it came from (the ledger),
their attachments, the messages in and out, the outbox, and the events.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, Relationship, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class AwareDateTime(sa.types.TypeDecorator):
    """Stores aware datetimes as UTC and gives them back aware.

    SQLite keeps no offset, so without this a value read back would be naive
    and compare wrongly with `utcnow()`.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


def _ts(**kw: Any) -> Any:
    return Field(sa_type=AwareDateTime, **kw)


def _json(**kw: Any) -> Any:
    return Field(sa_type=sa.JSON, **kw)


class TicketCounter(SQLModel, table=True):
    __tablename__ = "ticket_counter"
    year: int = Field(primary_key=True)
    last: int = 0


class Complaint(SQLModel, table=True):
    __tablename__ = "complaint"
    id: int | None = Field(default=None, primary_key=True)
    ticket: str = Field(index=True, unique=True, max_length=32)
    state: str = Field(index=True, max_length=16)
    channel: str = Field(max_length=8)                    # email | scan
    name: str | None = None
    email: str | None = Field(default=None, index=True)
    phone: str | None = None
    nik: str | None = None
    fields: dict = _json(default_factory=dict)            # as in `extract`
    evidence: dict = _json(default_factory=dict)
    missing: list = _json(default_factory=list)
    complete: bool = False
    division: str | None = Field(default=None, index=True)
    division_reason: str | None = None
    level: int | None = None
    ocr: bool = False
    auto_reply_reason: str | None = None
    unreachable: bool = False                             # our mail to the citizen bounced
    merged_into: int | None = Field(default=None, foreign_key="complaint.id")
    received_at: datetime = _ts(default_factory=utcnow)
    completed_at: datetime | None = _ts(default=None)
    due: date | None = Field(default=None, index=True)
    responded_at: datetime | None = _ts(default=None)
    reminder_sent_at: datetime | None = _ts(default=None)
    escalated_at: datetime | None = _ts(default=None)
    updated_at: datetime = _ts(default_factory=utcnow)


class InboundItem(SQLModel, table=True):
    """The ledger: one row per message or file seen at a source."""

    __tablename__ = "inbound_item"
    __table_args__ = (
        sa.UniqueConstraint("source", "source_key"),
        # the work queue: only rows waiting to be processed (migration 0002)
        sa.Index("ix_inbound_item_queue", "id", postgresql_where=sa.text("status = 'stored'"),
                 sqlite_where=sa.text("status = 'stored'")),
    )
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=64)        # maildir | imap:<account> | scans | ingest
    source_key: str = Field(max_length=512)   # e.g. folder:uidvalidity:uid, relative path
    sha256: str = Field(index=True, max_length=64)
    size: int = 0
    filename: str | None = None
    message_id: str | None = Field(default=None, index=True)
    archive_path: str
    status: str = Field(default="stored", index=True, max_length=16)  # stored|done|rejected|duplicate|failed
    error: str | None = None
    attempts: int = 0
    complaint_id: int | None = Field(default=None, foreign_key="complaint.id", index=True)
    # This relationship and the ones like it below let a row point at a
    # complaint not inserted yet, so a batch of new complaints and all their
    # rows go in one flush (one batched INSERT per table), not one per complaint.
    # Events and thread messages are never ORM objects: store/append_only.py.
    complaint: Any = Relationship(sa_relationship=sa.orm.relationship("Complaint"))
    stored_at: datetime = _ts(default_factory=utcnow)
    done_at: datetime | None = _ts(default=None)
    claimed_by: str | None = None
    claimed_until: datetime | None = _ts(default=None)


class Attachment(SQLModel, table=True):
    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", index=True)
    complaint: Any = Relationship(sa_relationship=sa.orm.relationship("Complaint"))
    inbound_id: int = Field(foreign_key="inbound_item.id")
    filename: str
    content_type: str
    size: int
    sha256: str = Field(max_length=64)
    archive_path: str


class MailMessage(SQLModel, table=True):
    """Every message in or out of a complaint's thread, for threading and `show`."""

    __tablename__ = "mail_message"
    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", index=True)
    direction: str = Field(max_length=3)      # in | out
    message_id: str | None = Field(default=None, index=True)
    subject: str = ""
    address: str | None = None                # the citizen's side of the exchange
    at: datetime = _ts(default_factory=utcnow)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_item.id")
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")


class Outbox(SQLModel, table=True):
    """A message to send. `raw` is fixed when queued, so a resend is byte-identical."""

    __tablename__ = "outbox"
    __table_args__ = (
        sa.Index("ix_outbox_queue", "next_attempt_at", "id", postgresql_where=sa.text("status = 'queued'"),
                 sqlite_where=sa.text("status = 'queued'")),
    )
    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int | None = Field(default=None, foreign_key="complaint.id", index=True)
    complaint: Any = Relationship(sa_relationship=sa.orm.relationship("Complaint"))
    kind: str = Field(max_length=32)          # ack | missing | completed | disposition | reminder | escalation | response
    to_address: str = Field(index=True)       # lower-cased; indexed for the rate limit (migration 0003)
    subject: str
    message_id: str = Field(index=True, unique=True)
    raw: bytes = Field(sa_type=sa.LargeBinary)
    automatic: bool = True                    # subject to the loop-safety rules
    # queued | sending (claimed until next_attempt_at) | sent | failed | bounced | suppressed
    status: str = Field(default="queued", index=True, max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = _ts(default_factory=utcnow)
    last_error: str | None = None
    created_at: datetime = _ts(default_factory=utcnow)
    sent_at: datetime | None = _ts(default=None)


class Event(SQLModel, table=True):
    __tablename__ = "event"
    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", index=True)
    at: datetime = _ts(default_factory=utcnow)
    actor: str
    action: str = Field(max_length=32)
    from_state: str | None = None
    to_state: str | None = None
    note: str | None = None


class Lease(SQLModel, table=True):
    """Who polls a source now; taken over when it expires (several workers)."""

    __tablename__ = "lease"
    name: str = Field(primary_key=True, max_length=256)
    holder: str
    expires_at: datetime = _ts()


class SourceState(SQLModel, table=True):
    """Per-source cursor, e.g. an IMAP folder's UIDVALIDITY and last UID seen."""

    __tablename__ = "source_state"
    name: str = Field(primary_key=True, max_length=256)
    uidvalidity: int | None = None
    last_uid: int = 0
    failures: int = 0
    retry_at: datetime | None = _ts(default=None)
    last_error: str | None = None
