"""Events and thread messages are inserted with Core; they must still land exactly once,
point at the right complaint, be visible to queries in the same transaction, and go
with a rollback."""

from datetime import datetime, timezone

import pytest
from sqlmodel import select

from pipeline.store import repo
from pipeline.store.db import Database
from pipeline.store.tables import Complaint, Event

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc)


@pytest.fixture
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path}/t.db")
    database.ensure_schema()
    yield database
    database.dispose()


def _complaint(ticket: str) -> Complaint:
    return Complaint(ticket=ticket, state="received", channel="email", received_at=NOW, updated_at=NOW)


def test_events_of_complaints_not_yet_inserted_point_at_them_after_the_flush(db):
    with db.atomic() as session:
        first, second = _complaint("ADU-2026-000001"), _complaint("ADU-2026-000002")
        session.add_all([first, second])
        repo.add_event(session, first, actor="system", action="file", from_state=None, to_state="received", at=NOW)
        repo.add_event(session, second, actor="system", action="file", from_state=None, to_state="received", at=NOW)
        repo.add_event(session, first, actor="system", action="note", from_state="received", to_state="received",
                       note="second event of the first", at=NOW)
        assert first.id is None            # nothing flushed yet: the rows wait
    with db.atomic() as session:
        events = session.exec(select(Event).order_by(Event.id)).all()
        by_ticket = {c.id: c.ticket for c in session.exec(select(Complaint)).all()}
    assert [(by_ticket[e.complaint_id], e.action) for e in events] == [
        ("ADU-2026-000001", "file"), ("ADU-2026-000002", "file"), ("ADU-2026-000001", "note")]


def test_a_query_in_the_same_transaction_sees_a_waiting_row(db):
    with db.atomic() as session:
        complaint = _complaint("ADU-2026-000003")
        session.add(complaint)
        repo.add_event(session, complaint, actor="system", action="file", from_state=None, to_state="received",
                       at=NOW)
        assert [e.action for e in repo_events(session)] == ["file"]     # the query's autoflush inserted it
    with db.atomic() as session:
        assert len(repo_events(session)) == 1                          # and only once


def test_an_event_of_a_stored_complaint_is_inserted_at_once(db):
    with db.atomic() as session:
        complaint = _complaint("ADU-2026-000004")
        session.add(complaint)
    with db.atomic() as session:
        complaint = session.get(Complaint, complaint.id)
        repo.add_event(session, complaint, actor="officer", action="note", from_state="received",
                       to_state="received", at=NOW)
    with db.atomic() as session:
        assert [(e.complaint_id, e.actor) for e in repo_events(session)] == [(complaint.id, "officer")]


def test_a_rollback_takes_waiting_rows_with_it(db):
    with pytest.raises(RuntimeError):
        with db.atomic() as session:
            complaint = _complaint("ADU-2026-000005")
            session.add(complaint)
            repo.add_event(session, complaint, actor="system", action="file", from_state=None,
                           to_state="received", at=NOW)
            session.flush()
            raise RuntimeError("filing failed")
    with db.atomic() as session:
        complaint = _complaint("ADU-2026-000006")
        session.add(complaint)
    with db.atomic() as session:
        assert repo_events(session) == []
        assert [c.ticket for c in session.exec(select(Complaint)).all()] == ["ADU-2026-000006"]


def repo_events(session):
    return session.exec(select(Event).order_by(Event.id)).all()
