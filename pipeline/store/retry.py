"""Reconnect with backoff when the database connection is lost mid-cycle.

Every unit the cycle retries (polling one source, processing one item,
sending the outbox) is idempotent by design: the ledger, the row lock of the
filing transaction and the outbox status decide what is already done. So
after a lost connection the unit is simply run again on a fresh connection;
SQLAlchemy's pool throws the dead connection away and `pool_pre_ping`
replaces any other dead ones at checkout.
"""

from __future__ import annotations

import logging
from typing import Callable, TypeVar

import sqlalchemy as sa
from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_exponential_jitter

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_GIVE_UP_SECONDS = 300.0


def is_connection_loss(exc: BaseException) -> bool:
    """A lost or refused PostgreSQL connection (or a transaction the server aborted).

    SQLite errors are not retried: "database is locked" after its 30 s busy
    timeout means a stuck writer, not a blip, and is better reported.
    """
    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return True
    if not isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return False
    try:
        import psycopg
    except ImportError:
        return False
    # psycopg's OperationalError covers refused and dropped connections,
    # admin shutdown (pg_terminate_backend), deadlocks and serialization
    # failures: all worth one more try of an idempotent unit.
    return isinstance(exc.orig, (psycopg.OperationalError, psycopg.InterfaceError))


def reconnecting(what: str, fn: Callable[..., T], *args, give_up_after: float = DEFAULT_GIVE_UP_SECONDS,
                 wait_max: float = 30.0, **kwargs) -> T:
    """Run `fn(*args, **kwargs)`; on connection loss, log, back off and run it again.

    The wait starts at 0.5 s and doubles up to `wait_max`, with jitter so that
    workers cut off together do not all come back in the same instant.
    """

    def before_sleep(state) -> None:
        exc = state.outcome.exception()
        detail = " ".join(str(getattr(exc, "orig", exc)).split())[:200]
        log.warning("database connection lost while %s (%s); reconnecting in %.1f s (attempt %d)",
                    what, detail, state.next_action.sleep, state.attempt_number)

    retrying = Retrying(retry=retry_if_exception(is_connection_loss), reraise=True,
                        wait=wait_exponential_jitter(multiplier=0.5, max=wait_max, jitter=0.5), stop=stop_after_delay(give_up_after),
                        before_sleep=before_sleep)
    return retrying(fn, *args, **kwargs)
