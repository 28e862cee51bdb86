"""Alembic owns the schema on SQLite and PostgreSQL: a new database is created
at head, an old one is upgraded by `pengaduan db upgrade` without losing a row,
and a worker refuses to run on a schema that is behind (exit 4).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timezone

import pytest
import sqlalchemy as sa
from alembic import command
from sqlmodel import Session

from pipeline.errors import SchemaBehind
from pipeline.store.db import SCHEMA_HEAD, Database, alembic_config, current_revision, head_revision
from pipeline.store.tables import Complaint, Event, InboundItem, MailMessage, Outbox, TicketCounter

from conftest import make_project
from pg import pg_cluster, pg_url  # noqa: F401  (fixtures)

T0 = datetime(2026, 11, 16, 2, 0, tzinfo=timezone.utc)
TABLES = ["ticket_counter", "complaint", "inbound_item", "mail_message", "outbox", "event", "lease",
          "source_state", "attachment"]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'site' / 'var' / 'pengaduan.db'}"
    return request.getfixturevalue("pg_url")


def create_at_first_revision(url: str) -> sa.Engine:
    engine = sa.create_engine(url)
    if url.startswith("sqlite"):
        from pathlib import Path

        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    return engine


def fill(engine: sa.Engine) -> None:
    """A little of everything a running desk has: complaints, ledger, mail, outbox, events."""
    with Session(engine) as s:
        s.add(TicketCounter(year=2026, last=3))
        for n in range(1, 4):
            c = Complaint(ticket=f"ADU-2026-{n:06d}", state="received" if n != 2 else "incomplete", channel="email",
                          name=f"Budi Santoso {n}", email=f"warga{n}@example.com", fields={"name": f"Budi {n}"},
                          missing=[] if n != 2 else ["loss"], complete=n != 2, received_at=T0, updated_at=T0,
                          due=date(2026, 11, 19) if n != 2 else None)
            s.add(c)
            s.flush()
            item = InboundItem(source="maildir", source_key=f"key-{n}", sha256=f"{n:064d}", archive_path=f"/a/{n}",
                               status="done", complaint_id=c.id, stored_at=T0, message_id=f"<m{n}@example.com>")
            s.add(item)
            s.flush()
            s.add(MailMessage(complaint_id=c.id, direction="in", message_id=f"<m{n}@example.com>", subject="Pengaduan",
                              at=T0, inbound_id=item.id))
            s.add(Outbox(complaint_id=c.id, kind="ack", to_address=c.email, subject="ack",
                         message_id=f"<ack-{n}@example.go.id>", raw=b"raw bytes \x00\xff",
                         status="queued" if n == 3 else "sent", created_at=T0, next_attempt_at=T0))
            s.add(Event(complaint_id=c.id, at=T0, actor="system", action="file", to_state=c.state))
        s.add(InboundItem(source="scans", source_key="sha256:x", sha256="f" * 64, archive_path="/a/x",
                          status="stored", stored_at=T0))
        s.commit()


def snapshot(engine: sa.Engine) -> dict[str, list[tuple]]:
    meta = sa.MetaData()
    meta.reflect(engine, only=TABLES)
    with engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(sa.select(meta.tables[name]).order_by(
                *meta.tables[name].primary_key.columns))] for name in TABLES}


def project_on(tmp_path, url: str):
    """The test project of conftest, with `database.url` pointing at `url`."""
    project = make_project(tmp_path / "site")
    text = project.config.read_text(encoding="utf-8")
    project.config.write_text(text.replace('url = "sqlite:///var/pengaduan.db"', f'url = "{url}"'), encoding="utf-8")
    return project


def test_upgrade_from_the_first_revision_keeps_every_row(tmp_path, database_url):
    """GIVEN a database created by migration 0001 and holding complaints, ledger rows and outbox rows
    WHEN `pengaduan db upgrade` runs
    THEN it is at head, every row is unchanged, and the work-queue indexes exist."""
    engine = create_at_first_revision(database_url)
    fill(engine)
    before = snapshot(engine)
    assert sum(len(rows) for rows in before.values()) == 1 + 3 * 5 + 1
    project = project_on(tmp_path, database_url)

    proc = project.cli("db", "upgrade", check=True)

    assert "0001 -> 0003" in proc.stdout
    assert current_revision(engine) == head_revision() == "0003"
    assert snapshot(engine) == before
    indexes = {i["name"] for i in sa.inspect(engine).get_indexes("inbound_item")}
    assert "ix_inbound_item_queue" in indexes
    engine.dispose()


def test_worker_refuses_a_schema_that_is_behind(tmp_path, database_url):
    """GIVEN a database at 0001 WHEN `pengaduan run --once` starts
    THEN it exits 4 naming `pengaduan db upgrade`, and touches nothing."""
    engine = create_at_first_revision(database_url)
    fill(engine)
    before = snapshot(engine)
    project = project_on(tmp_path, database_url)

    proc = project.cli("run", "--once")

    assert proc.returncode == 4, proc.stderr
    assert "pengaduan db upgrade" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert current_revision(engine) == "0001"
    assert snapshot(engine) == before
    engine.dispose()


def test_a_new_empty_database_is_created_at_head_on_first_use(tmp_path, database_url):
    """GIVEN an empty database WHEN the worker runs once THEN the schema is at head."""
    project = project_on(tmp_path, database_url)

    proc = project.cli("run", "--once")

    assert proc.returncode == 0, proc.stderr
    engine = sa.create_engine(database_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_the_schema_head_the_worker_checks_is_the_migrations_head():
    """The worker compares a database against SCHEMA_HEAD without loading Alembic:
    a new migration must move it too."""
    assert SCHEMA_HEAD == head_revision()


def test_checking_a_database_at_head_does_not_load_alembic(tmp_path):
    """GIVEN a database created at head WHEN a fresh process checks its schema
    THEN Alembic (~11 MB of the worker's memory) is never imported."""
    url = f"sqlite:///{tmp_path / 'site.db'}"
    Database(url).ensure_schema()
    probe = ("import sys; from pipeline.store.db import Database; db = Database(sys.argv[1]); "
             "db.ensure_schema(); print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))")
    proc = subprocess.run([sys.executable, "-c", probe, url], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_a_database_with_two_heads_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'site.db'}"
    Database(url).ensure_schema()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO alembic_version (version_num) VALUES ('0002')"))
    with pytest.raises(SchemaBehind, match="several heads"):
        Database(url).ensure_schema()
    engine.dispose()
