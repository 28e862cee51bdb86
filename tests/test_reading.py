"""Reading (parse + extract) in a child process beside filing.

Real child processes (`python -m pipeline.reading_child`) and real parsing
throughout. The child dying, whether killed from outside or crashed by one
item, loses nothing and never takes the worker down; the worker dying never
leaves the child behind.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sqlmodel import select

from pipeline.reading import ChildReader, InProcessReader, ReadJob, ReadSettings, read_batch, read_stored
from pipeline.sources.archive import Archive
from pipeline.store.tables import Complaint, InboundItem, Outbox

from conftest import make_project
from letters import complete_email, incomplete_email


def _stored(tmp_path: Path, blobs: dict[str, bytes]) -> tuple[ReadSettings, list[ReadJob]]:
    archive = Archive(tmp_path / "archive")
    jobs = [ReadJob(n, archive.store(data)[0], name) for n, (name, data) in enumerate(blobs.items(), 1)]
    return ReadSettings(tmp_path / "archive", 10 * 2**20), jobs


def kill_on_poison(settings: ReadSettings, job: ReadJob):
    """A reader that crashes its process on one item, as a native library might on a hostile PDF."""
    if job.filename == "poison.eml":
        os.kill(os.getpid(), signal.SIGKILL)
    return read_stored(settings, job)


def killed_once(settings: ReadSettings, job: ReadJob):
    """A reader whose first process is killed (the OOM killer, an operator) at its second item."""
    marker = Path(settings.archive_dir) / "killed-once"
    if job.row_id == 2 and not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return read_stored(settings, job)


def hang_on_loop(settings: ReadSettings, job: ReadJob):
    """A reader caught in a loop by one item, as a parser might be by hostile input."""
    if job.filename == "loop.eml":
        time.sleep(60)   # the test fails on its 30 s check rather than hang, should the stop be lost
    return read_stored(settings, job)


def _mails(n: int) -> dict[str, bytes]:
    return {f"m{i}.eml": complete_email(i) if i % 2 else incomplete_email(i) for i in range(n)}


def test_the_child_reads_a_batch_as_the_worker_itself_would(tmp_path):
    blobs = {**_mails(4), "broken.pdf": b"%PDF-1.4 not really"}
    settings, jobs = _stored(tmp_path, blobs)
    here, unread_here = InProcessReader(settings).results(InProcessReader(settings).submit(jobs, 60), lambda: False)
    child = ChildReader(settings)
    try:
        there, unread_there = child.results(child.submit(jobs, 60), lambda: False)
    finally:
        child.close()
    assert unread_here == unread_there == []
    assert [r.row_id for r in there] == [j.row_id for j in jobs]
    assert [r.extraction.to_json() for r in there[:4]] == [r.extraction.to_json() for r in here[:4]]
    assert there[4].error and there[4].error == here[4].error and there[4].document is None


def test_an_item_that_kills_the_child_is_quarantined_and_the_others_are_read(tmp_path):
    blobs = _mails(5)
    blobs = {**dict(list(blobs.items())[:2]), "poison.eml": complete_email(99), **dict(list(blobs.items())[2:])}
    settings, jobs = _stored(tmp_path, blobs)
    child = ChildReader(settings, read=kill_on_poison)
    try:
        results, unread = child.results(child.submit(jobs, 60), lambda: False)
        # and the reader is usable afterwards, in a fresh child
        again, _ = child.results(child.submit(jobs[:1], 60), lambda: False)
    finally:
        child.close()
    assert unread == []
    by_id = {r.row_id: r for r in results}
    assert sorted(by_id) == [j.row_id for j in jobs]
    assert "reading process died" in by_id[3].error
    assert all(r.error is None and r.extraction is not None for i, r in by_id.items() if i != 3)
    assert again[0].error is None


def test_a_child_killed_in_the_middle_of_a_batch_loses_nothing(tmp_path):
    settings, jobs = _stored(tmp_path, _mails(4))
    child = ChildReader(settings, read=killed_once)
    try:
        results, unread = child.results(child.submit(jobs, 60), lambda: False)
    finally:
        child.close()
    assert (tmp_path / "archive" / "killed-once").exists()
    assert unread == [] and [r.row_id for r in results] == [1, 2, 3, 4]
    assert all(r.error is None for r in results)


def _processes(read: str, matches) -> list[tuple[int, bytes]]:
    """(pid, /proc/PID/<read>) of every process whose <read> file `matches`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            content = (entry / read).read_bytes()
            if matches(content):
                found.append((int(entry.name), (entry / "cmdline").read_bytes()))
        except (OSError, ValueError, IndexError):
            continue
    return found


def _children_of_this_process() -> list[bytes]:
    """The command lines of this process's children."""
    # The parent pid is the field after the command name, which may hold spaces.
    return [cmdline for _pid, cmdline in _processes(
        "stat", lambda stat: int(stat.rpartition(b")")[2].split()[1]) == os.getpid())]


def test_answers_come_back_to_their_batches_whichever_is_collected_first(tmp_path):
    """Two batches handed over before either is collected (the worker reads ahead): each
    gets its own answer, and the child is the only process started for it (no
    multiprocessing resource tracker beside it)."""
    settings, jobs = _stored(tmp_path, _mails(6))
    child = ChildReader(settings)
    try:
        first, second = child.submit(jobs[:3], 60), child.submit(jobs[3:], 60)
        started = [c for c in _children_of_this_process() if b"pipeline.reading_child" in c]
        trackers = [c for c in _children_of_this_process() if b"resource_tracker" in c]
        later, _ = child.results(second, lambda: False)
        assert first.done()   # its answer came in while waiting for the second's
        earlier, _ = child.results(first, lambda: False)
    finally:
        child.close()
    assert [r.row_id for r in earlier] == [1, 2, 3] and [r.row_id for r in later] == [4, 5, 6]
    assert all(r.error is None for r in earlier + later)
    assert len(started) == 1 and trackers == []


def test_a_death_blamed_only_on_the_item_that_causes_it_with_batches_queued(tmp_path):
    """GIVEN a child reading batch A (with a poison letter) while B waits behind it
    WHEN the poison kills it, and C (with another poison) is handed to the fresh child
    before B is collected
    THEN A and C each lose only their poison letter, and B, read again one item at a
    time behind C, loses nothing although the child dies once more while B waits."""
    blobs = {"poison.eml": complete_email(90), **_mails(6)}
    settings, jobs = _stored(tmp_path, blobs)
    archive = Archive(tmp_path / "archive")
    jobs.append(ReadJob(len(jobs) + 1, archive.store(complete_email(91))[0], "poison.eml"))
    a, b, c = jobs[0:3], jobs[3:6], jobs[6:]
    child = ChildReader(settings, read=kill_on_poison)
    try:
        pending_a, pending_b = child.submit(a, 60), child.submit(b, 60)
        read_a, _ = child.results(pending_a, lambda: False)
        pending_c = child.submit(c, 60)
        read_b, _ = child.results(pending_b, lambda: False)
        read_c, _ = child.results(pending_c, lambda: False)
    finally:
        child.close()
    assert [r.row_id for r in read_a + read_b + read_c] == [j.row_id for j in jobs]
    died = [r.row_id for r in read_a + read_b + read_c if r.error]
    assert died == [a[0].row_id, c[-1].row_id]
    assert all("reading process died" in r.error for r in read_a + read_c if r.error)


def test_the_budget_and_a_stop_leave_the_rest_for_later(tmp_path):
    settings, jobs = _stored(tmp_path, _mails(3))
    done, unread = read_batch(settings, jobs, budget_seconds=-1)
    assert done == [] and unread == jobs
    calls = iter([False, True, True])
    done, unread = read_batch(settings, jobs, budget_seconds=60, stop=lambda: next(calls))
    assert [r.row_id for r in done] == [1] and unread == jobs[1:]


def _processes_tagged(tag: str) -> list[int]:
    marker = f"PENGADUAN_TEST_TAG={tag}".encode()
    return [pid for pid, _cmdline in _processes("environ", lambda env: marker in env.split(b"\0"))]


def test_a_killed_worker_leaves_no_reader_behind_and_a_rerun_files_each_letter_once(tmp_path):
    project = make_project(tmp_path / "site", worker={"read_in_child": True})
    count = 120   # more than two filing batches: the child reads the third while the second is filed
    for i in range(count):
        project.drop_mail(f"m{i:03d}", complete_email(i) if i % 3 else incomplete_email(i))
    tag = uuid.uuid4().hex
    proc = project.cli("run", "--once", env={"PENGADUAN_CRASH_AT": "filed:60", "PENGADUAN_TEST_TAG": tag})
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-800:]
    assert "reading it in a child process" in proc.stderr
    deadline = time.monotonic() + 5
    while _processes_tagged(tag) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_tagged(tag) == []

    project.cli("run", "--once", check=True)
    with project.db().atomic() as s:
        assert len(s.exec(select(Complaint)).all()) == count
        assert {i.status for i in s.exec(select(InboundItem)).all()} == {"done"}
        assert set(Counter(o.complaint_id for o in s.exec(select(Outbox)).all()).values()) == {1}


def test_a_backlog_is_filed_while_it_is_still_being_polled(tmp_path):
    """GIVEN 150 letters in the mail folder, a worker reading in a child, and a source
    that yields slowly after the first intake batch (a big mailbox being fetched)
    WHEN one cycle runs
    THEN complaints are already committed before the poll ends (the child reads the
    batches as they are stored, and the worker files them between intake batches),
    and at the end each letter is filed and acknowledged once."""
    project = make_project(tmp_path / "site", worker={"read_in_child": True})
    count = 150
    for i in range(count):
        project.drop_mail(f"m{i:03d}", complete_email(i))
    pipeline = project.pipeline()
    (source,) = [s for s in pipeline.sources() if s.name == "maildir"]
    poll = source.poll
    filed_before_the_poll_ended = []

    def slow_poll():
        for n, item in enumerate(poll()):
            if n >= 50:
                time.sleep(0.02)   # ~2 s for the rest: a started child reads a batch in far less
            yield item
        with project.db().atomic() as s:
            filed_before_the_poll_ended.append(len(s.exec(select(Complaint)).all()))

    source.poll = slow_poll
    report = pipeline.run_cycle()

    assert filed_before_the_poll_ended and filed_before_the_poll_ended[0] >= 50
    assert len(report.filed) == count
    with project.db().atomic() as s:
        assert len(s.exec(select(Complaint)).all()) == count
        assert {i.status for i in s.exec(select(InboundItem)).all()} == {"done"}
        assert set(Counter(o.complaint_id for o in s.exec(select(Outbox)).all()).values()) == {1}


def test_a_child_that_cannot_start_costs_no_letter(tmp_path, monkeypatch):
    """GIVEN a reading child that dies every time while starting (a broken install,
    the memory limit) WHEN a batch is handed to it THEN every letter is read all the
    same, in the worker, and none is blamed for the child's death."""
    monkeypatch.setenv("PENGADUAN_CRASH_AT", "reading child start")
    settings, jobs = _stored(tmp_path, _mails(4))
    child = ChildReader(settings)
    try:
        first, _ = child.results(child.submit(jobs[:2], 60), lambda: False)
        second, _ = child.results(child.submit(jobs[2:], 60), lambda: False)
    finally:
        child.close()
    assert [r.row_id for r in first + second] == [1, 2, 3, 4]
    assert all(r.error is None and r.extraction is not None for r in first + second)


def test_an_item_that_keeps_the_child_busy_too_long_is_quarantined_and_the_others_are_read(tmp_path):
    """GIVEN a batch with a letter its parser never finishes WHEN the child has spent
    longer than item_seconds on it THEN the child is stopped, that letter alone gets
    an error, and the others are read."""
    blobs = _mails(4)
    blobs = {**dict(list(blobs.items())[:2]), "loop.eml": complete_email(98), **dict(list(blobs.items())[2:])}
    settings, jobs = _stored(tmp_path, blobs)
    settings = replace(settings, item_seconds=1.5)
    child = ChildReader(settings, read=hang_on_loop)
    started = time.monotonic()
    try:
        results, unread = child.results(child.submit(jobs, 3), lambda: False)
    finally:
        child.close()
    assert time.monotonic() - started < 30
    # What the batch's budget left unread goes back to the work queue for later.
    assert [r.row_id for r in results] + [j.row_id for j in unread] == [j.row_id for j in jobs]
    by_id = {r.row_id: r for r in results}
    assert "took longer than 1.5 s" in by_id[3].error
    assert all(r.error is None and r.extraction is not None for i, r in by_id.items() if i != 3)


def test_no_child_process_to_be_had_costs_no_letter(tmp_path, monkeypatch):
    """GIVEN a machine that cannot make a process (fork fails: memory, process limit)
    WHEN the worker hands a batch to the reader THEN it is read in the worker."""
    import pipeline.reading_child

    def no_fork(*args, **kwargs):
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(pipeline.reading_child.subprocess, "Popen", no_fork)
    settings, jobs = _stored(tmp_path, _mails(3))
    child = ChildReader(settings)
    try:
        child.start()
        results, unread = child.results(child.submit(jobs, 60), lambda: False)
    finally:
        child.close()
    assert unread == [] and [r.row_id for r in results] == [1, 2, 3]
    assert all(r.error is None and r.extraction is not None for r in results)
