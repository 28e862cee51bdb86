"""Rows that are written once and never changed (events, thread messages), inserted with Core.

Filing a batch of 50 mails writes ~150 of these rows. As SQLModel objects each
cost ~0.2 ms to build and as much again to flush through the unit of work; as
plain values in one executemany per table they cost a few microseconds. Nothing
tracks them afterwards, and nothing needs to: they are never updated.

A row may point at a complaint or outbox row that is itself still pending in
the session (a new complaint is not inserted until the batch's flush). Such a
row waits in the session and is inserted right after the flush that gives its
targets their ids, in the same transaction. A session holding a pending object
is never "clean", so that flush always comes: before any autoflushing query
(which therefore sees the row) and at the latest at commit.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

_PENDING = "pengaduan.append_only"


def add_row(session: Session, table: sa.Table, values: dict[str, Any], **targets: Any) -> None:
    """Insert `values` into `table`; `targets` maps a foreign-key column (e.g.
    `complaint_id`) to the ORM object whose id it takes (or None)."""
    if all(obj is None or obj.id is not None for obj in targets.values()):
        session.execute(sa.insert(table), [_resolved(values, targets)])
    else:
        session.info.setdefault(_PENDING, []).append((table, values, targets))


def _resolved(values: dict[str, Any], targets: dict[str, Any]) -> dict[str, Any]:
    return {**values, **{column: obj.id if obj is not None else None for column, obj in targets.items()}}


@sa.event.listens_for(Session, "after_flush")
def _insert_waiting_rows(session: Session, _flush_context) -> None:
    waiting = session.info.pop(_PENDING, None)
    if not waiting:
        return
    # One executemany per table and set of columns, in the order they were added.
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for table, values, targets in waiting:
        row = _resolved(values, targets)
        groups[(table, tuple(row))].append(row)
    connection = session.connection()
    for (table, _columns), rows in groups.items():
        connection.execute(sa.insert(table), rows)


@sa.event.listens_for(Session, "after_soft_rollback")
def _forget_waiting_rows(session: Session, _previous_transaction) -> None:
    session.info.pop(_PENDING, None)
