"""The database: engine, schema check, and one transaction per unit of work.

The schema is owned by Alembic (pipeline/migrations). A new, empty database is
created at the newest schema on first use; one that is behind is refused with
SchemaBehind, naming the command that upgrades it.

Alembic is imported only to create or upgrade a schema: with Mako, Pygments
and every dialect's DDL it is ~11 MB of a worker's ~100. Checking that a
database is at SCHEMA_HEAD is one SELECT; a test keeps SCHEMA_HEAD equal to
the migrations' head.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Session

from pipeline import PACKAGE_DIR
from pipeline.errors import ConfigError, SchemaBehind

log = logging.getLogger(__name__)
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
# The newest migration's revision (tests/test_migrations.py checks it against Alembic's).
SCHEMA_HEAD = "0003"


def make_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # WAL lets `list` read while the worker writes; NORMAL is durable
            # across process crashes (only an OS crash can lose the last commit).
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    try:
        return sa.create_engine(url, pool_pre_ping=True)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise ConfigError(f"database.url: {exc}") from None


def alembic_config(url: str):
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The migrations' head, as Alembic reads it from pipeline/migrations."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return _revision_of(conn)


def _revision_of(conn) -> str | None:
    """The revision in Alembic's version table, or None for a database without one."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    versions = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:
        raise SchemaBehind(f"database schema has several heads ({', '.join(versions)}): "
                           "run `pengaduan db upgrade`")
    return versions[0] if versions else None


# Any constant: the advisory lock that serialises schema changes on PostgreSQL.
SCHEMA_LOCK = 0x50454E47


def upgrade(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        _lock_schema(conn)
        _upgrade(conn, engine)


def create_if_empty(engine: sa.Engine) -> str | None:
    """Create the schema at head when the database is empty; return the revision now there.

    The check and the creation happen under the schema lock, so workers
    started together on a new PostgreSQL database see either nothing (and one
    creates it) or the finished schema, never the half-way state.
    """
    with engine.begin() as conn:
        _lock_schema(conn)
        current = _revision_of(conn)
        if current is None and not sa.inspect(conn).get_table_names():
            log.info("creating a new database at schema %s", SCHEMA_HEAD)
            _upgrade(conn, engine)
            return _revision_of(conn)
        return current


def _lock_schema(conn) -> None:
    if conn.dialect.name == "postgresql":
        # Several workers started on a new, empty database would each
        # create the schema; one does, the others then find it at head.
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})


def _upgrade(conn, engine: sa.Engine) -> None:
    from alembic import command

    cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


class Database:
    """The engine plus the schema policy. `atomic()` is one transaction."""

    def __init__(self, url: str, *, auto_create: bool = True):
        self.url = url
        self.engine = make_engine(url)
        self._checked = False
        self.auto_create = auto_create

    def ensure_schema(self) -> None:
        if self._checked:
            return
        try:
            current = current_revision(self.engine)
        except sa.exc.OperationalError as exc:
            raise ConfigError(f"database.url: cannot connect: {_first_line(exc)}") from None
        if current is None and self.auto_create:
            current = create_if_empty(self.engine)
        if current != SCHEMA_HEAD:
            raise SchemaBehind(
                f"database schema is at {current or 'nothing'}, this program needs {SCHEMA_HEAD}: "
                f"run `pengaduan db upgrade`")
        self._checked = True

    @contextmanager
    def atomic(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        self.ensure_schema()
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def session(self) -> Session:
        self.ensure_schema()
        return Session(self.engine, expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def dispose(self) -> None:
        self.engine.dispose()


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
