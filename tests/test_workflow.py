"""The state machine of DESIGN.md: which changes an officer may make, and the refusals."""

import pytest

from pipeline.errors import IllegalTransition
from pipeline.workflow import CLOSED_STATES, OPEN_STATES, TRANSITIONS, State, initial_state, transition


def test_the_procedure_path_for_a_level_2_complaint():
    """GIVEN a received complaint WHEN it goes through the six steps THEN each state follows."""
    s = transition("received", "verify", level=2)
    assert s == State.VERIFIED
    s = transition(s, "assign")
    assert s == "distributed"
    s = transition(s, "respond", level=2)
    assert s == "responded"
    assert transition(s, "archive") == "archived"


def test_level_1_may_respond_straight_after_verification():
    assert transition("verified", "respond", level=1) == State.RESPONDED


@pytest.mark.parametrize("level", [2, 3])
def test_levels_2_and_3_must_pass_through_a_division(level):
    with pytest.raises(IllegalTransition, match=rf"level {level}.*assign it first"):
        transition("verified", "respond", level=level, ticket="ADU-2026-000007")
    assert transition("distributed", "respond", level=level) == State.RESPONDED


def test_respond_before_verify_is_refused_with_one_clear_line():
    with pytest.raises(IllegalTransition) as err:
        transition("received", "respond", level=None, ticket="ADU-2026-000001")
    msg = str(err.value)
    assert msg == "ADU-2026-000001 cannot be responded to: it is received; verify it first"
    assert "\n" not in msg


def test_archive_before_respond_is_refused():
    for state in ("received", "verified", "distributed"):
        with pytest.raises(IllegalTransition, match="respond to it first"):
            transition(state, "archive")


@pytest.mark.parametrize("level", [0, 4, None])
def test_verify_needs_a_level_from_1_to_3(level):
    with pytest.raises(IllegalTransition, match="level must be 1, 2 or 3"):
        transition("received", "verify", level=level)


def test_an_incomplete_complaint_cannot_be_verified_but_can_be_completed_or_rejected():
    with pytest.raises(IllegalTransition, match="misses required items"):
        transition("incomplete", "verify", level=1)
    assert transition("incomplete", "complete") == State.RECEIVED
    assert transition("incomplete", "reject") == State.REJECTED


def test_reopen_returns_to_received_or_incomplete():
    for closed in ("archived", "rejected", "responded", "duplicate"):
        assert transition(closed, "reopen", complete=True) == State.RECEIVED
        assert transition(closed, "reopen", complete=False) == State.INCOMPLETE
    with pytest.raises(IllegalTransition, match="it is still open"):
        transition("verified", "reopen")


def test_closed_complaints_refuse_work_until_reopened():
    for closed in CLOSED_STATES:
        for action in ("verify", "assign", "merge"):
            with pytest.raises(IllegalTransition, match="reopen it first"):
                transition(closed, action, level=1)


def test_merge_from_any_open_state_only():
    for s in OPEN_STATES:
        assert transition(s, "merge") == State.DUPLICATE
    with pytest.raises(IllegalTransition):
        transition("responded", "merge")


def test_reject_is_not_for_a_complaint_already_with_a_division():
    with pytest.raises(IllegalTransition, match="respond to it instead"):
        transition("distributed", "reject")


def test_unknown_action_or_state_is_refused_not_crashed():
    with pytest.raises(IllegalTransition, match="unknown action"):
        transition("received", "approve")
    with pytest.raises(IllegalTransition, match="unknown state"):
        transition("limbo", "verify", level=1)


def test_every_refusal_is_one_line():
    """Every (state, action) pair not in the table is refused with a one-line message."""
    for action, table in TRANSITIONS.items():
        for state in State:
            if state in table:
                continue
            with pytest.raises(IllegalTransition) as err:
                transition(state, action, level=2, ticket="ADU-2026-000009")
            assert str(err.value).startswith("ADU-2026-000009 cannot be ")
            assert "\n" not in str(err.value)


def test_table_and_state_sets_cover_every_state():
    assert OPEN_STATES | CLOSED_STATES == set(State)
    assert not OPEN_STATES & CLOSED_STATES
    assert initial_state(True) == "received" and initial_state(False) == "incomplete"
