"""Source leases: at most one worker polls a given source at a time.

A lease is a row of `lease` (name, holder, expires_at). A worker takes it when
it is free or expired, keeps it by renewing it well before it expires, and
loses it by not renewing: a worker that died, hung or lost its database is
replaced by another after at most `seconds`. A worker that does not get a
lease skips that source quietly.

Taking and renewing are each one conditional statement, atomic on SQLite and
PostgreSQL alike. On PostgreSQL the database's clock decides expiry, so
workers on several machines need not agree on the time; SQLite is one
machine, whose clock is used.

We chose rows over PostgreSQL advisory locks: a lease then survives a dropped
connection (our reconnect loop would otherwise lose it on every blip), works
on SQLite too, and `lease` shows who polls what.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from datetime import timedelta

import sqlalchemy as sa

from pipeline.store.tables import Lease, utcnow

log = logging.getLogger(__name__)

DEFAULT_LEASE_SECONDS = 30.0


def worker_id() -> str:
    """A name for this process that is unique across machines: host:pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


def db_now(dialect: str, offset_seconds: float = 0.0):
    """`now + offset` as an SQL expression: the server's clock on PostgreSQL, ours on SQLite."""
    if dialect == "postgresql":
        return sa.func.now() + sa.literal(timedelta(seconds=offset_seconds), sa.Interval)
    return sa.literal(utcnow() + timedelta(seconds=offset_seconds), Lease.__table__.c.expires_at.type)


class Leases:
    """The leases one worker holds. `keep(name)` takes or renews; cheap when recently renewed."""

    def __init__(self, db, holder: str | None = None, *, seconds: float = DEFAULT_LEASE_SECONDS,
                 monotonic=time.monotonic):
        self.db = db
        self.holder = holder or worker_id()
        self.seconds = seconds
        self._monotonic = monotonic
        self._renewed: dict[str, float] = {}     # name -> our monotonic time of the last take/renew

    def keep(self, name: str) -> bool:
        """True when we hold `name` now (taken or renewed if needed), False when another worker does."""
        last = self._renewed.get(name)
        # Nobody can take a lease before it expires, so within the first third
        # of its life there is no need to ask the database.
        if last is not None and self._monotonic() - last < self.seconds / 3:
            return True
        held = self._take(name)
        if held:
            self._renewed[name] = self._monotonic()
            if last is None:
                log.debug("lease %s taken by %s", name, self.holder)
        else:
            if last is not None:
                log.warning("lease %s lost: another worker took it over", name)
            self._renewed.pop(name, None)
        return held

    def holds(self, name: str) -> bool:
        """Whether we held `name` at the last keep(), without asking the database."""
        last = self._renewed.get(name)
        return last is not None and self._monotonic() - last < self.seconds

    def renew_held(self) -> None:
        """Keep every lease we hold (call between long units of work)."""
        for name in list(self._renewed):
            self.keep(name)

    def release_all(self) -> None:
        """Give our leases back, so another worker need not wait for them to expire."""
        names, self._renewed = list(self._renewed), {}
        if not names:
            return
        table = Lease.__table__
        with self.db.atomic() as session:
            session.execute(sa.delete(table).where(table.c.name.in_(names)).where(table.c.holder == self.holder))

    def _take(self, name: str) -> bool:
        table = Lease.__table__
        with self.db.atomic() as session:
            dialect = session.get_bind().dialect.name
            if dialect == "postgresql":
                from sqlalchemy.dialects.postgresql import insert
            else:
                from sqlalchemy.dialects.sqlite import insert
            until = db_now(dialect, self.seconds)
            stmt = insert(table).values(name=name, holder=self.holder, expires_at=until)
            stmt = stmt.on_conflict_do_update(
                index_elements=[table.c.name], set_={"holder": self.holder, "expires_at": until},
                where=sa.or_(table.c.holder == self.holder, table.c.expires_at < db_now(dialect)),
            ).returning(table.c.holder)
            if session.execute(stmt).scalar_one_or_none() == self.holder:
                return True
            # No row back: the lease is someone else's and has not expired.
            # Take it anyway if that someone is a dead process on this machine;
            # the WHERE on the old holder makes two such takers race safely.
            other = session.execute(sa.select(table.c.holder).where(table.c.name == name)).scalar_one_or_none()
            if not is_dead_local(other):
                return False
            log.info("lease %s: holder %s is dead; taking over", name, other)
            taken = session.execute(sa.update(table).where(table.c.name == name).where(table.c.holder == other)
                                    .values(holder=self.holder, expires_at=until))
            return taken.rowcount == 1


def is_dead_local(holder: str | None) -> bool:
    """True when `holder` names a process on this machine that no longer exists.

    Lets a worker restarted after a crash (the usual case on SQLite) take over
    at once instead of waiting for the dead one's leases and claims to expire.
    Other machines' holders are never judged: only expiry frees theirs.
    """
    host, _, pid = (holder or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
