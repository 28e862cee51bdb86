"""The 3-working-day due date on real 2026 dates (issue 2) and the agency's own calendar."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from pipeline.config import Deadline
from pipeline.workflow import WorkingCalendar, deadline_action, due_date, is_overdue, reminder_date

JKT = ZoneInfo("Asia/Jakarta")
D = Deadline()


def test_before_nyepi_and_idul_fitri_the_collective_leave_does_not_count():
    """GIVEN a complaint complete on Tue 17 March 2026 (Nyepi 19th, Idul Fitri 21-22nd,
    cuti bersama 18, 20, 23, 24 March) THEN it is due on Friday 27 March 2026."""
    assert due_date(datetime(2026, 3, 17, 10, 0, tzinfo=JKT), D) == date(2026, 3, 27)


def test_before_christmas_the_collective_leave_does_not_count():
    """Wed 23 Dec 2026: 24th cuti bersama, 25th Christmas, weekend -> Wed 30 Dec."""
    assert due_date(datetime(2026, 12, 23, 9, 0, tzinfo=JKT), D) == date(2026, 12, 30)


def test_the_government_category_carries_cuti_bersama():
    cal = WorkingCalendar(D)
    for d in (date(2026, 3, 18), date(2026, 3, 20), date(2026, 3, 23), date(2026, 3, 24), date(2026, 12, 24)):
        assert not cal.is_working_day(d), d
    assert cal.is_working_day(date(2026, 3, 25))


def test_an_ordinary_week_and_a_weekend():
    # Mon 2 Nov 2026 -> Thu 5 Nov; Thu 5 Nov -> Tue 10 Nov (Sat/Sun skipped)
    assert due_date(datetime(2026, 11, 2, 8, tzinfo=JKT), D) == date(2026, 11, 5)
    assert due_date(datetime(2026, 11, 5, 8, tzinfo=JKT), D) == date(2026, 11, 10)


def test_counting_starts_the_day_after_even_on_a_holiday():
    """Complete on a Saturday: Monday is the first working day."""
    assert due_date(datetime(2026, 11, 7, 12, tzinfo=JKT), D) == date(2026, 11, 11)


def test_the_local_date_in_jakarta_decides_not_utc():
    """23:30 UTC on Monday 2 Nov is 06:30 Tuesday 3 Nov in Jakarta: due Friday 6 Nov, not Thursday."""
    assert due_date(datetime(2026, 11, 2, 23, 30, tzinfo=timezone.utc), D) == date(2026, 11, 6)
    assert due_date(datetime(2026, 11, 2, 16, 59, tzinfo=timezone.utc), D) == date(2026, 11, 5)


def test_extra_holidays_push_the_due_date():
    d = Deadline(extra_holidays=("2026-11-04",))
    assert due_date(datetime(2026, 11, 2, 8, tzinfo=JKT), d) == date(2026, 11, 6)


def test_extra_workdays_count_although_a_holiday_list_says_otherwise():
    """The agency works on cuti bersama 18 March 2026 and on Saturday 21 March."""
    d = Deadline(extra_workdays=("2026-03-18", "2026-03-21"))
    # working days after Tue 17: 18 (extra), 21 (extra Sat, though Idul Fitri), 25
    assert due_date(datetime(2026, 3, 17, 10, tzinfo=JKT), d) == date(2026, 3, 25)


def test_working_days_setting_is_honoured():
    assert due_date(datetime(2026, 11, 2, 8, tzinfo=JKT), Deadline(working_days=1)) == date(2026, 11, 3)


def test_working_days_between_and_add_are_inverse():
    cal = WorkingCalendar(D)
    start = date(2026, 3, 17)
    for n in range(0, 12):
        end = cal.add_working_days(start, n)
        assert cal.working_days_between(start, end) == n
    assert cal.working_days_between(date(2026, 3, 27), date(2026, 3, 17)) == -3
    assert cal.working_days_between(date(2026, 11, 6), date(2026, 11, 8)) == 0  # a weekend adds none


def test_reminder_is_the_working_day_before_the_due_date():
    assert reminder_date(date(2026, 3, 27), D) == date(2026, 3, 26)
    assert reminder_date(date(2026, 3, 25), D) == date(2026, 3, 17)  # across Nyepi and Lebaran
    assert reminder_date(date(2026, 11, 9), D) == date(2026, 11, 6)  # Monday -> Friday


def test_overdue_from_the_day_after_the_due_date_in_jakarta():
    due = date(2026, 11, 5)
    assert not is_overdue(due, datetime(2026, 11, 5, 16, 59, tzinfo=timezone.utc), D)  # 23:59 WIB
    assert is_overdue(due, datetime(2026, 11, 5, 17, 0, tzinfo=timezone.utc), D)       # 00:00 WIB
    assert not is_overdue(None, datetime(2030, 1, 1, tzinfo=timezone.utc), D)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        due_date(datetime(2026, 11, 2, 8), D)


def test_deadline_action_waits_for_a_working_day():
    """Due Fri 6 Nov 2026 (reminder Thu 5): nothing on Sat 7 / Sun 8, though the
    reminder and the escalation are both owed by then; Monday 9th escalates."""
    def act(day, reminded=False, escalated=False, deadline=D):
        return deadline_action(date(2026, 11, 6), day, deadline, reminded=reminded, escalated=escalated)

    assert act(date(2026, 11, 4)) is None
    assert act(date(2026, 11, 5)) == "remind"
    assert act(date(2026, 11, 6)) == "remind"                  # caught up on the due day itself
    assert act(date(2026, 11, 6), reminded=True) is None
    for weekend in (date(2026, 11, 7), date(2026, 11, 8)):
        assert act(weekend) is None and act(weekend, reminded=True) is None
    assert act(date(2026, 11, 9)) == "escalate"                # no stale reminder first
    assert act(date(2026, 11, 9), reminded=True, escalated=True) is None
    # A holiday is a day off too (Christmas, Fri 25 Dec 2026), and an extra workday is not.
    assert act(date(2026, 12, 25), reminded=True) is None
    assert act(date(2026, 11, 7), deadline=Deadline(extra_workdays=("2026-11-07",))) == "escalate"
    assert act(date(2026, 11, 9), deadline=Deadline(extra_holidays=("2026-11-09",))) is None
    assert deadline_action(None, date(2026, 11, 9), D, reminded=False, escalated=False) is None
