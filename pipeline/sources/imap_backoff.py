"""Exponential backoff for one IMAP account, so that a server that is down is not asked every poll.

Kept in the account's `SourceState` row (`imap:<account>`), so that it holds
across worker restarts: polls return nothing until `retry_at`, and each
failure in a row doubles the wait, up to a maximum.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Callable

from pipeline.store.tables import SourceState

# The IMAP source logs under one name, whichever of its modules speaks.
log = logging.getLogger("pipeline.sources.imap")

BACKOFF_BASE_SECONDS = 30.0
BACKOFF_MAX_SECONDS = 3600.0


class AccountBackoff:
    def __init__(self, db, name: str, *, clock: Callable[[], datetime], base: float, maximum: float):
        self.db = db
        self.name = name            # the SourceState row, and the name in log lines
        self.clock = clock
        self.base = base
        self.maximum = maximum
        # (failures, retry_at, last error) as last read or written; the database
        # holds the truth, this copy spares a transaction per poll.
        self._state: tuple[int, datetime | None, str | None] | None = None

    def backing_off(self, *, quiet: bool = False) -> bool:
        """True while the last failure's wait runs (logged unless quiet)."""
        if self._state is None:
            with self.db.atomic() as session:
                row = session.get(SourceState, self.name)
                self._state = (row.failures, row.retry_at, row.last_error) if row else (0, None, None)
        failures, retry_at, last_error = self._state
        if retry_at is not None and retry_at > self.clock():
            if not quiet:
                log.info("%s: backing off after %d failure(s) until %s (last: %s)", self.name, failures,
                         retry_at.isoformat(timespec="seconds"), last_error)
            return True
        return False

    def failed(self, error: str) -> tuple[int, float]:
        """Count one more failure; returns the failures in a row and the seconds until the next attempt."""
        now = self.clock()
        with self.db.atomic() as session:
            row = session.get(SourceState, self.name) or SourceState(name=self.name)
            row.failures += 1
            delay = min(self.base * 2 ** (row.failures - 1), self.maximum)
            row.retry_at = now + timedelta(seconds=delay)
            row.last_error = error
            session.add(row)
            self._state = (row.failures, row.retry_at, row.last_error)
        return self._state[0], delay

    def succeeded(self) -> None:
        """The server answered a whole poll: clear the failures."""
        failures = self._state[0] if self._state else 0
        if failures:
            with self.db.atomic() as session:
                row = session.get(SourceState, self.name)
                if row is not None:
                    row.failures, row.retry_at, row.last_error = 0, None, None
                    session.add(row)
            log.info("%s: reachable again after %d failure(s)", self.name, failures)
        self._state = (0, None, None)
