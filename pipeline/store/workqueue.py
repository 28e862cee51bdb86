"""The work queue: stored inbound items, claimed a batch at a time by any worker.

The worker that polls a source only stores what it finds (archive + ledger
row `stored`); every worker then claims stored items here and parses,
extracts (OCR included) and files them, so scans are processed in parallel.

A claim is `claimed_by` / `claimed_until` on the ledger row, committed at
once. It expires, so an item held by a worker that died is taken again after
`seconds`. On PostgreSQL the pick uses `FOR UPDATE SKIP LOCKED`, so workers
claiming at the same moment take different rows instead of queueing on one.

A claim only spreads the work; it does not make filing exactly-once. That
is the filing transaction's job: it locks the ledger row and files only if
the row is still `stored` (see `Pipeline.process`), so a claim that expired
under a slow worker costs duplicate parsing, never a duplicate complaint.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from pipeline.store.leases import db_now, is_dead_local
from pipeline.store.tables import InboundItem

DEFAULT_CLAIM_SECONDS = 120.0


def claim_next(session: Session, worker: str, *, seconds: float = DEFAULT_CLAIM_SECONDS) -> int | None:
    """Claim the oldest stored item nobody holds; its id, or None when there is none."""
    dialect = session.get_bind().dialect.name
    t = InboundItem.__table__
    pick = (sa.select(t.c.id).where(t.c.status == "stored")
            .where(sa.or_(t.c.claimed_until.is_(None), t.c.claimed_until < db_now(dialect)))
            .order_by(t.c.id).limit(1))
    if dialect == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    # On SQLite the UPDATE takes the write lock before it reads, which makes
    # pick-and-claim atomic there as well.
    stmt = (sa.update(t).where(t.c.id == pick.scalar_subquery())
            .values(claimed_by=worker, claimed_until=db_now(dialect, seconds)).returning(t.c.id))
    return session.execute(stmt).scalar_one_or_none()


def claim_batch(session: Session, worker: str, limit: int, *,
                seconds: float = DEFAULT_CLAIM_SECONDS) -> list[int]:
    """Claim up to `limit` of the oldest stored items nobody holds, in one statement; their ids, oldest first."""
    dialect = session.get_bind().dialect.name
    t = InboundItem.__table__
    pick = (sa.select(t.c.id).where(t.c.status == "stored")
            .where(sa.or_(t.c.claimed_until.is_(None), t.c.claimed_until < db_now(dialect)))
            .order_by(t.c.id).limit(limit))
    if dialect == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    # As in claim_next: atomic on SQLite because the UPDATE holds the write lock.
    # `attempts` counts claims without an outcome (`release` takes one back): an
    # item claimed again while above 1 was in hand when a worker stopped.
    stmt = (sa.update(t).where(t.c.id.in_(pick.scalar_subquery()))
            .values(claimed_by=worker, claimed_until=db_now(dialect, seconds), attempts=t.c.attempts + 1)
            .returning(t.c.id))
    return sorted(session.execute(stmt).scalars().all())


def release(session: Session, row_ids: list[int], worker: str) -> None:
    """Give back claimed items this worker will not process now (the others may take them at once)."""
    t = InboundItem.__table__
    session.execute(sa.update(t).where(t.c.id.in_(row_ids)).where(t.c.claimed_by == worker)
                    .where(t.c.status == "stored").values(claimed_until=None, attempts=t.c.attempts - 1))


def claim(session: Session, row_id: int, worker: str, *, seconds: float = DEFAULT_CLAIM_SECONDS) -> None:
    """Claim one known item (one this worker just stored and will process itself)."""
    dialect = session.get_bind().dialect.name
    t = InboundItem.__table__
    session.execute(sa.update(t).where(t.c.id == row_id)
                    .values(claimed_by=worker, claimed_until=db_now(dialect, seconds)))


def pending(session: Session) -> int:
    """How many items wait in the queue (stored, claimed or not)."""
    t = InboundItem.__table__
    return session.execute(sa.select(sa.func.count()).where(t.c.status == "stored")).scalar_one()


def release_dead_claims(session: Session) -> int:
    """Free the claims of dead processes on this machine, so their items are taken at once."""
    t = InboundItem.__table__
    dialect = session.get_bind().dialect.name
    holders = session.execute(sa.select(t.c.claimed_by).distinct().where(t.c.status == "stored")
                              .where(t.c.claimed_until >= db_now(dialect))).scalars().all()
    dead = [h for h in holders if is_dead_local(h)]
    if not dead:
        return 0
    return session.execute(sa.update(t).where(t.c.status == "stored").where(t.c.claimed_by.in_(dead))
                           .values(claimed_until=None)).rowcount
