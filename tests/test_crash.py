"""Nothing lost, nothing twice: the worker SIGKILLed at every point of a cycle.

A real `pengaduan run --once` subprocess is killed (SIGKILL, via the
PENGADUAN_CRASH_AT hook) at a named point; then the worker is run again until
a cycle completes. Every letter must be filed exactly once, every
acknowledgement must exist exactly once, and the archive must hold every item.
"""

from __future__ import annotations

import email
import hashlib
import signal
from collections import Counter
from email import policy
from pathlib import Path

import pytest
from sqlmodel import select

from pipeline.store.tables import Complaint, InboundItem, Outbox

from conftest import make_project
from letters import complete_email, incomplete_email

N_MAILS = 6


@pytest.mark.parametrize("point", ["archived:3", "stored:3", "filed:3", "finished:3", "sending:2", "sent:2",
                                   "archived:1,filed:4,sent:3"])
def test_sigkill_anywhere_loses_nothing_and_sends_nothing_twice(tmp_path, point):
    project = make_project(tmp_path / "site")
    mails = {f"m{i}": (complete_email(i) if i % 2 else incomplete_email(i)) for i in range(N_MAILS)}
    for name, data in mails.items():
        project.drop_mail(name, data)

    crashed = 0
    for spec in point.split(","):
        proc = project.cli("run", "--once", env={"PENGADUAN_CRASH_AT": spec})
        assert proc.returncode == -signal.SIGKILL, (spec, proc.returncode, proc.stderr[-500:])
        crashed += 1
    assert crashed
    final = project.cli("run", "--once", check=True)
    assert final.returncode == 0

    db = project.db()
    with db.atomic() as s:
        complaints = s.exec(select(Complaint)).all()
        items = s.exec(select(InboundItem)).all()
        outbox = s.exec(select(Outbox)).all()
        assert len(complaints) == N_MAILS
        assert all(i.status == "done" for i in items)
        assert sorted(i.source_key for i in items) == sorted(mails)
        per_complaint = Counter(o.complaint_id for o in outbox)
        assert set(per_complaint.values()) == {1}, per_complaint
        assert all(o.status == "sent" for o in outbox)
        for item in items:
            assert hashlib.sha256(Path(item.archive_path).read_bytes()).hexdigest() == item.sha256

    # At the SMTP side (the pickup folder) each acknowledgement exists once,
    # under the Message-ID of its outbox row.
    files = project.outbox_files()
    ids = [email.message_from_bytes(f.read_bytes(), policy=policy.default)["Message-ID"] for f in files]
    assert len(ids) == N_MAILS == len(set(ids))
    assert sorted(ids) == sorted(o.message_id for o in outbox)
    assert not list((project.root / "var/outbox").glob(".tmp-*"))


@pytest.mark.parametrize("read_in_child", [False, True])
def test_a_letter_that_kills_its_reader_is_quarantined_and_the_rest_filed(tmp_path, read_in_child):
    """GIVEN 60 letters, one of which kills the process that reads it (as a native
    parser crashing on a hostile PDF would), reading in the worker or in a child
    WHEN the worker is run again after each death (as its supervisor would)
    THEN it dies at most twice, then quarantines that letter unread and files the
    other 59, each once; it never crash-loops on the letter."""
    project = make_project(tmp_path / "site", worker={"read_in_child": read_in_child})
    count = 60   # more than a batch, so a reading child starts
    for i in range(count):
        project.drop_mail(f"m{i:03d}", complete_email(i))
    poison = {"PENGADUAN_CRASH_AT": "reading m007.eml"}

    runs = []
    for _ in range(4):
        runs.append(project.cli("run", "--once", env=poison))
        if runs[-1].returncode == 0:
            break
    assert runs[-1].returncode == 0, [r.returncode for r in runs]
    assert sum(r.returncode == -signal.SIGKILL for r in runs) <= 2

    with project.db().atomic() as s:
        items = {i.source_key: i for i in s.exec(select(InboundItem)).all()}
        assert items["m007"].status == "failed"
        assert ("worker stopped" in items["m007"].error) or ("reading process died" in items["m007"].error)
        assert all(i.status == "done" for key, i in items.items() if key != "m007")
        complaints = s.exec(select(Complaint)).all()
        assert len(complaints) == count - 1
        assert set(Counter(o.complaint_id for o in s.exec(select(Outbox)).all()).values()) == {1}
    quarantine = project.cli("list", "--quarantine", check=True)
    assert "m007" in quarantine.stdout
