"""The daily deadline job on a clock the test controls: a reminder one working day
before the due date, an escalation once overdue, each once, even after a restart."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from pipeline.config import parse_settings
from pipeline.deadlines import check_deadlines
from pipeline.store.db import Database
from pipeline.store.tables import Complaint, Event, Outbox
from pipeline.workflow import due_date

JKT = ZoneInfo("Asia/Jakarta")


def make_settings(tmp_path, **agency):
    raw = {
        "database": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"},
        "smtp": {"pickup_dir": "outbox"},
        "agency": {"desk_email": "desk@example.go.id", "head_email": "kepala@example.go.id", **agency},
        "division": [{"code": "mutasi", "name": "Bidang Mutasi dan Promosi", "email": "mutasi@example.go.id",
                      "keywords": ["mutasi"]}],
    }
    return parse_settings(raw, tmp_path / "config.toml")


@pytest.fixture
def env(tmp_path):
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    yield settings, db
    db.dispose()


def add_complaint(db, settings, ticket, completed_at, *, state="distributed", division="mutasi"):
    with db.atomic() as s:
        c = Complaint(ticket=ticket, state=state, channel="email", name="Budi Santoso", email="budi@example.com",
                      fields={"service_description": "SK kenaikan pangkat belum terbit"}, complete=True,
                      division=division, level=2, received_at=completed_at, completed_at=completed_at,
                      due=due_date(completed_at, settings.deadline))
        s.add(c)
    return c


def mails(db):
    with db.atomic() as s:
        return [(o.kind, o.to_address) for o in s.exec(select(Outbox).order_by(Outbox.id)).all()]


def at(y, m, d, hh=8):
    return datetime(y, m, d, hh, 0, tzinfo=JKT)


def test_reminder_then_escalation_across_a_holiday_weekend_once_each(env, tmp_path):
    """GIVEN a complaint complete on Wed 13 May 2026, before Ascension Day (Thu 14),
    its joint holiday (Fri 15) and a weekend, so due Wed 20 May
    WHEN the job runs every few hours from 13 to 22 May, and again after a restart
    THEN the division and the desk get one reminder on Tue 19 May, the head one
    escalation on Thu 21 May, and nothing else."""
    settings, db = env
    c = add_complaint(db, settings, "ADU-2026-000001", at(2026, 5, 13, 10))
    assert c.due == date(2026, 5, 20)

    fired = {}
    clock = at(2026, 5, 13, 0)
    while clock < at(2026, 5, 22, 23):
        lines = check_deadlines(db, settings, clock)
        if lines:
            fired[clock] = lines
        clock += timedelta(hours=4)

    assert [(t.date(), line.split(",")[0]) for t, lines in fired.items() for line in lines] == [
        (date(2026, 5, 19), "ADU-2026-000001: reminder"),
        (date(2026, 5, 21), "ADU-2026-000001: escalation"),
    ]
    assert mails(db) == [("reminder", "mutasi@example.go.id"), ("reminder", "desk@example.go.id"),
                         ("escalation", "kepala@example.go.id")]

    # A restart: a new process, a new Database on the same file, the clock later still.
    db.dispose()
    db2 = Database(settings.database_url)
    for day in range(22, 30):
        assert check_deadlines(db2, settings, at(2026, 5, day, 9)) == []
    assert len(mails(db2)) == 3
    with db2.atomic() as s:
        events = [(e.action, e.actor) for e in s.exec(select(Event).order_by(Event.id)).all()]
    assert events == [("remind", "system"), ("escalate", "system")]
    db2.dispose()


def test_the_reminder_comes_on_the_working_day_before_not_a_calendar_day(env):
    """Complete Wed 4 Nov 2026, due Mon 9 Nov: the reminder goes on Friday 6th,
    not on Sunday 8th; overdue from Tuesday 10th."""
    settings, db = env
    add_complaint(db, settings, "ADU-2026-000002", at(2026, 11, 4, 9))
    with db.atomic() as s:
        assert s.exec(select(Complaint.due)).one() == date(2026, 11, 9)
    assert check_deadlines(db, settings, at(2026, 11, 5, 23)) == []      # Thu
    assert "reminder" in check_deadlines(db, settings, at(2026, 11, 6, 7))[0]   # Fri
    for day in (7, 8, 9):                                                # Sat, Sun, the due day
        assert check_deadlines(db, settings, at(2026, 11, day, 23)) == []
    assert "escalation" in check_deadlines(db, settings, at(2026, 11, 10, 0))[0]


def test_the_jakarta_date_decides_when_it_is_overdue(env):
    settings, db = env
    add_complaint(db, settings, "ADU-2026-000003", at(2026, 11, 2, 9))   # due Thu 5 Nov
    check_deadlines(db, settings, at(2026, 11, 4, 9))                    # reminder
    # 16:59 UTC on the 5th is 23:59 in Jakarta: still on time.
    assert check_deadlines(db, settings, datetime(2026, 11, 5, 16, 59, tzinfo=timezone.utc)) == []
    assert "escalation" in check_deadlines(db, settings, datetime(2026, 11, 5, 17, 0, tzinfo=timezone.utc))[0]


def test_closed_and_incomplete_complaints_are_left_alone(env):
    settings, db = env
    for n, state in enumerate(("responded", "archived", "rejected", "duplicate"), start=10):
        add_complaint(db, settings, f"ADU-2026-0000{n}", at(2026, 11, 2), state=state)
    with db.atomic() as s:
        s.add(Complaint(ticket="ADU-2026-000020", state="incomplete", channel="email", received_at=at(2026, 11, 2)))
    assert check_deadlines(db, settings, at(2026, 11, 20)) == []
    assert mails(db) == []


def test_late_worker_escalates_without_a_stale_reminder(env):
    """A worker that was down through the reminder day only escalates."""
    settings, db = env
    add_complaint(db, settings, "ADU-2026-000004", at(2026, 11, 2))      # due Thu 5 Nov
    lines = check_deadlines(db, settings, at(2026, 11, 9))
    assert len(lines) == 1 and "escalation" in lines[0]
    assert mails(db) == [("escalation", "kepala@example.go.id")]


def test_an_unassigned_complaint_reminds_the_desk_and_escalation_falls_back_to_it(tmp_path):
    settings = make_settings(tmp_path, head_email="")
    db = Database(settings.database_url)
    add_complaint(db, settings, "ADU-2026-000005", at(2026, 11, 2), state="received", division=None)
    check_deadlines(db, settings, at(2026, 11, 4))
    check_deadlines(db, settings, at(2026, 11, 6))
    assert mails(db) == [("reminder", "desk@example.go.id"), ("escalation", "desk@example.go.id")]
    db.dispose()


def test_the_reminder_names_the_ticket_and_due_date_in_indonesian_first(env):
    settings, db = env
    add_complaint(db, settings, "ADU-2026-000006", at(2026, 3, 17, 10))  # due Fri 27 Mar 2026
    check_deadlines(db, settings, at(2026, 3, 26))
    with db.atomic() as s:
        raw = s.exec(select(Outbox.raw)).first().decode()
    assert "ADU-2026-000006" in raw
    import email
    from email import policy
    msg = email.message_from_string(raw, policy=policy.default)
    assert msg["Subject"] == "[ADU-2026-000006] Pengingat: jatuh tempo 2026-03-27 / Reminder"
    body = msg.get_body(("plain",)).get_content()
    assert "Jumat, 27 Maret 2026" in body
    assert body.index("PENGINGAT") < body.index("REMINDER")


def test_nothing_is_queued_on_a_weekend_escalation_waits_for_monday(env):
    """GIVEN a complaint due Fri 6 Nov 2026 WHEN the job runs through the weekend
    THEN the head is not mailed on Saturday (nobody reads it) but on Monday 9th,
    the first working day after the due date."""
    settings, db = env
    add_complaint(db, settings, "ADU-2026-000007", at(2026, 11, 3, 9))   # due Fri 6 Nov
    assert "reminder" in check_deadlines(db, settings, at(2026, 11, 5, 9))[0]
    for day in (7, 8):                                                   # Sat, Sun
        for hh in (0, 9, 23):
            assert check_deadlines(db, settings, at(2026, 11, day, hh)) == []
    lines = check_deadlines(db, settings, at(2026, 11, 9, 0))
    assert len(lines) == 1 and "escalation" in lines[0]
    with db.atomic() as s:
        assert s.exec(select(Complaint.escalated_at)).one().astimezone(JKT).date() == date(2026, 11, 9)
        assert [o.created_at.astimezone(JKT).date() for o in s.exec(select(Outbox).order_by(Outbox.id)).all()] \
            == [date(2026, 11, 5), date(2026, 11, 5), date(2026, 11, 9)]


def test_after_an_outage_the_reminder_catches_up_on_the_next_working_day(env):
    """GIVEN a complaint due Mon 9 Nov 2026 (reminder day Fri 6) and a worker that was
    down on Friday WHEN it comes back on Saturday THEN it queues nothing until
    Monday, when the reminder goes (the due day); Tuesday it escalates."""
    settings, db = env
    add_complaint(db, settings, "ADU-2026-000008", at(2026, 11, 4, 9))   # due Mon 9 Nov
    assert check_deadlines(db, settings, at(2026, 11, 7, 10)) == []      # Sat
    assert check_deadlines(db, settings, at(2026, 11, 8, 10)) == []      # Sun
    assert mails(db) == []
    assert "reminder" in check_deadlines(db, settings, at(2026, 11, 9, 7))[0]
    assert "escalation" in check_deadlines(db, settings, at(2026, 11, 10, 7))[0]


def test_no_escalation_on_cuti_bersama_or_christmas(env):
    """GIVEN a complaint due Wed 23 Dec 2026 WHEN the job runs daily THEN nothing goes
    on Thu 24 (cuti bersama), Fri 25 (Christmas) or the weekend; the escalation
    waits for Monday 28 December."""
    settings, db = env
    add_complaint(db, settings, "ADU-2026-000009", at(2026, 12, 18, 9))  # due Wed 23 Dec
    fired = {}
    for day in range(22, 30):
        lines = check_deadlines(db, settings, at(2026, 12, day, 8))
        if lines:
            fired[day] = [line.split(",")[0] for line in lines]
    assert fired == {22: ["ADU-2026-000009: reminder"], 28: ["ADU-2026-000009: escalation"]}


def test_the_agencys_extra_workday_is_a_day_the_job_mails(tmp_path):
    """A Saturday the agency declares a working day (extra_workdays) is one: the
    escalation of a complaint due Thu 5 Nov 2026 that waited out Friday's outage
    goes on that Saturday, not on Monday."""
    settings = make_settings(tmp_path)
    settings = replace(settings, deadline=replace(settings.deadline, extra_workdays=("2026-11-07",)))
    db = Database(settings.database_url)
    add_complaint(db, settings, "ADU-2026-000010", at(2026, 11, 2, 9))   # due Thu 5 Nov
    check_deadlines(db, settings, at(2026, 11, 4, 9))                    # reminder
    lines = check_deadlines(db, settings, at(2026, 11, 7, 9))            # the working Saturday
    assert len(lines) == 1 and "escalation" in lines[0]
    db.dispose()
