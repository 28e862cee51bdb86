"""The complaint's states, the changes an officer may make, and due dates.

Pure: no database, no network. The transition table below is the whole rule
book of DESIGN.md's states; `transition()` reads it and explains a refusal in
one line. The calendar counts working days the Indonesian way: Saturdays,
Sundays, public holidays and collective leave (cuti bersama) are off, plus the
agency's own `extra_holidays`, minus its `extra_workdays`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays

from pipeline.config import Deadline
from pipeline.errors import IllegalTransition


class State(StrEnum):
    RECEIVED = "received"        # filed, complete
    INCOMPLETE = "incomplete"    # filed, fields missing
    VERIFIED = "verified"        # an officer confirmed it and set its level
    DISTRIBUTED = "distributed"  # disposition sent to a division
    RESPONDED = "responded"      # the response is queued to the citizen
    ARCHIVED = "archived"        # with a follow-up plan
    REJECTED = "rejected"        # not a complaint, or an officer's decision
    DUPLICATE = "duplicate"      # merged into another


LEVELS = (1, 2, 3)
# Level 1: the desk resolves it and may respond at once; 2: a division must;
# 3: the head of the agency must decide (procedure step 3).
LEVEL_MEANING = {
    1: "the desk resolves it",
    2: "a division must resolve it",
    3: "the head of the agency must decide",
}

OPEN_STATES = frozenset({State.RECEIVED, State.INCOMPLETE, State.VERIFIED, State.DISTRIBUTED})
# No deadline runs for these: the citizen has an answer, or there is nothing to answer.
CLOSED_STATES = frozenset({State.RESPONDED, State.ARCHIVED, State.REJECTED, State.DUPLICATE})

S = State
# action -> {from state: to state}. `reopen` goes to received or incomplete,
# decided by whether the complaint is complete (see transition()).
TRANSITIONS: dict[str, dict[State, State]] = {
    "complete": {S.INCOMPLETE: S.RECEIVED},
    # verified -> verified lets an officer correct the level before anything left.
    "verify": {S.RECEIVED: S.VERIFIED, S.VERIFIED: S.VERIFIED},
    # distributed -> distributed is a new disposition to another division.
    "assign": {S.VERIFIED: S.DISTRIBUTED, S.DISTRIBUTED: S.DISTRIBUTED},
    "respond": {S.VERIFIED: S.RESPONDED, S.DISTRIBUTED: S.RESPONDED},  # verified: level 1 only
    "archive": {S.RESPONDED: S.ARCHIVED},
    "reject": {S.RECEIVED: S.REJECTED, S.INCOMPLETE: S.REJECTED, S.VERIFIED: S.REJECTED},
    "reopen": {s: S.RECEIVED for s in (S.ARCHIVED, S.REJECTED, S.RESPONDED, S.DUPLICATE)},
    "merge": {s: S.DUPLICATE for s in OPEN_STATES},
}
ACTIONS = tuple(TRANSITIONS)

# How each action reads in a refusal: "ADU-2026-000001 cannot be <verb>: ..."
_VERB = {
    "complete": "completed",
    "verify": "verified",
    "assign": "assigned",
    "respond": "responded to",
    "archive": "archived",
    "reject": "rejected",
    "reopen": "reopened",
    "merge": "merged",
}

# What to do instead, by (action, current state); the first match wins.
_HINTS: list[tuple[set[str], set[State], str]] = [
    ({"verify", "assign", "respond", "archive"}, {S.INCOMPLETE}, "it still misses required items; wait for the citizen's reply"),
    ({"assign", "respond"}, {S.RECEIVED}, "verify it first"),
    ({"archive"}, {S.RECEIVED, S.VERIFIED, S.DISTRIBUTED}, "respond to it first"),
    ({"verify", "assign", "respond", "reject", "merge", "complete", "archive"},
     set(CLOSED_STATES), "reopen it first"),
    ({"reopen"}, set(OPEN_STATES), "it is still open"),
    ({"verify"}, {S.DISTRIBUTED}, "it has already gone to a division"),
    ({"reject"}, {S.DISTRIBUTED}, "it is with a division; respond to it instead"),
    ({"complete"}, {S.RECEIVED, S.VERIFIED, S.DISTRIBUTED}, "it is already complete"),
]


def transition(current: str, action: str, *, level: int | None = None,
               complete: bool = True, ticket: str | None = None) -> State:
    """The state after `action`, or IllegalTransition saying why not.

    `level` is the level being set (verify) or the complaint's level (respond);
    `complete` says where a reopened complaint goes.
    """
    who = ticket or "the complaint"
    if action not in TRANSITIONS:
        raise IllegalTransition(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    try:
        state = State(current)
    except ValueError:
        raise IllegalTransition(f"{who} is in an unknown state {current!r}") from None

    target = TRANSITIONS[action].get(state)
    if target is None:
        hint = next((h for acts, states, h in _HINTS if action in acts and state in states), None)
        reason = f"it is {state}" + (f"; {hint}" if hint else "")
        raise IllegalTransition(f"{who} cannot be {_VERB[action]}: {reason}")

    if action == "verify" and level not in LEVELS:
        raise IllegalTransition(f"{who} cannot be verified: level must be 1, 2 or 3, not {level!r}")
    if action == "respond" and state is S.VERIFIED and level != 1:
        raise IllegalTransition(
            f"{who} cannot be responded to: it is level {level}, which a division must handle; "
            f"assign it first")
    if action == "reopen" and not complete:
        return S.INCOMPLETE
    return target


def initial_state(complete: bool) -> State:
    """The state of a newly filed complaint."""
    return S.RECEIVED if complete else S.INCOMPLETE


# ------------------------------------------------------------------ calendar
class WorkingCalendar:
    """Working days of the agency.

    The `holidays` package's "government" category for Indonesia carries the
    cuti bersama days set each year by joint ministerial decree; "public" alone
    misses them (in 2026: 18, 20, 23, 24 March around Nyepi and Idul Fitri;
    24 December before Christmas).
    """

    def __init__(self, deadline: Deadline):
        self.extra_holidays = frozenset(date.fromisoformat(d) for d in deadline.extra_holidays)
        self.extra_workdays = frozenset(date.fromisoformat(d) for d in deadline.extra_workdays)
        # expand=True (the default) fills in further years on first lookup.
        self._holidays = holidays.country_holidays("ID", categories=("public", "government"))

    def holiday_name(self, d: date) -> str | None:
        """Why `d` is off, or None when it is a working day."""
        if d in self.extra_workdays:
            return None
        if d in self.extra_holidays:
            return "extra holiday"
        name = self._holidays.get(d)
        if name:
            return name
        return "weekend" if d.weekday() >= 5 else None

    def is_working_day(self, d: date) -> bool:
        return self.holiday_name(d) is None

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (before it when n < 0); start itself never counts."""
        step = 1 if n >= 0 else -1
        d, left = start, abs(n)
        while left:
            d += timedelta(days=step)
            if self.is_working_day(d):
                left -= 1
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]: 0 on the same day; negative when b is before a."""
        if b < a:
            return -self.working_days_between(b, a)
        return sum(1 for i in range(1, (b - a).days + 1) if self.is_working_day(a + timedelta(days=i)))


@lru_cache(maxsize=8)
def calendar_for(deadline: Deadline) -> WorkingCalendar:
    """One calendar per configuration, since building the holiday table is not free."""
    return WorkingCalendar(deadline)


def local_date(at: datetime, deadline: Deadline) -> date:
    """The agency's calendar date of an aware moment."""
    if at.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    return at.astimezone(deadline.tz).date()


def due_date(completed_at: datetime, deadline: Deadline) -> date:
    """`deadline.working_days` working days after the local day the complaint became complete."""
    return calendar_for(deadline).add_working_days(local_date(completed_at, deadline), deadline.working_days)


def reminder_date(due: date, deadline: Deadline) -> date:
    """The working day before the due date: when the division and the desk are reminded."""
    return calendar_for(deadline).add_working_days(due, -1)


def deadline_action(due: date | None, today: date, deadline: Deadline, *,
                    reminded: bool, escalated: bool) -> str | None:
    """What the deadline job owes an open complaint on the agency's day `today`:
    "remind", "escalate" or None.

    Nothing on a day the agency does not work (weekend, holiday, cuti bersama,
    `extra_holidays`): officers and the head do not read mail then, and the job
    runs whenever the worker does, so after an outage it would otherwise catch
    up on a Saturday. Whatever is owed waits for the next working day, when
    this is asked again. The escalation waits too: it goes on the first working
    day after the due date, never on the weekend after a Friday due date. A
    reminder still owed once the due date has passed is dropped for the
    escalation; one owed on the due day itself still goes.
    """
    if due is None or escalated or not calendar_for(deadline).is_working_day(today):
        return None
    if today > due:
        return "escalate"
    if not reminded and today >= reminder_date(due, deadline):
        return "remind"
    return None


def is_overdue(due: date | None, now: datetime, deadline: Deadline) -> bool:
    return due is not None and local_date(now, deadline) > due
