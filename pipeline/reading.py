"""Reading stored items (parse + extract), in the worker or in a child process beside it.

Per mail, the worker's time splits into reading (MIME, PDF text, OCR,
extraction: pure CPU) and filing (SQL rows, the acknowledgement). With a
backlog, `ChildReader` reads the next batch in a child process while the
worker files the current one, so a second core works too.

The child also fences the worker off from input that kills an interpreter (a
native library crashing on a hostile PDF, the kernel's OOM killer): the batch
in hand is read again one item at a time in a fresh child, and an item that
kills that one too is quarantined instead of taking the worker down with it.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections import deque
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Sequence

from pipeline.crashpoints import crash_point
from pipeline.errors import PipelineError, UnreadableInput
from pipeline.parse.document import Document
from pipeline.parse.ocr_limits import OcrLimits, set_default_limits
from pipeline.reading_child import ChildGone, ChildProcess

log = logging.getLogger(__name__)
START_SECONDS = 120.0   # for a child to start and import what reading needs, however loaded the machine


@dataclass(frozen=True)
class ReadJob:
    row_id: int
    digest: str
    filename: str


@dataclass
class ReadResult:
    """A read item: its document and extraction, or why it cannot be filed."""
    row_id: int
    document: Document | None = None
    extraction: object = None
    error: str | None = None
    unexpected: str | None = None     # a traceback: a parser bug rather than bad input


@dataclass(frozen=True)
class ReadSettings:
    """What reading needs of the settings, small enough to hand to a child process."""
    archive_dir: Path
    max_bytes: int
    divisions: tuple = ()
    ocr_limits: OcrLimits | None = None
    # The longest one item may keep a reading child busy: then the child is
    # stopped and the item quarantined (a parser caught in a loop by hostile
    # input must not hold up the mail behind it). Only a child can be stopped.
    item_seconds: float = 3600.0


def read_stored(settings: ReadSettings, job: ReadJob) -> ReadResult:
    """Read one archived item. Errors come back as values: a bad item never stops the batch."""
    from pipeline.extract import extract
    from pipeline.parse import parse_bytes
    from pipeline.sources.archive import Archive

    crash_point(f"reading {job.filename}")
    try:
        data = Archive(settings.archive_dir).read(job.digest)
        document = parse_bytes(data, job.filename, max_bytes=settings.max_bytes)
        extraction = extract(document, settings.divisions or None)
    except (UnreadableInput, PipelineError, OSError) as exc:
        return ReadResult(job.row_id, error=one_line(exc))
    except Exception as exc:
        return ReadResult(job.row_id, error=f"unexpected {type(exc).__name__}: {one_line(exc)}",
                          unexpected=traceback.format_exc())
    return ReadResult(job.row_id, document, extraction)


def one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:500]


ReadFunction = Callable[[ReadSettings, ReadJob], ReadResult]


def read_batch(settings: ReadSettings, jobs: Sequence[ReadJob], budget_seconds: float,
               stop: Callable[[], bool] = lambda: False, read: "ReadFunction" = read_stored) \
        -> tuple[list[ReadResult], list[ReadJob]]:
    """The items read, in order, and those left unread because the budget ran out or a stop came
    (a batch of scans takes seconds an item; what is left goes back to the work queue)."""
    started = time.monotonic()
    done: list[ReadResult] = []
    for n, job in enumerate(jobs):
        if stop() or time.monotonic() - started > budget_seconds:
            return done, list(jobs[n:])
        done.append(read(settings, job))
    return done, []


class Pending:
    """A batch handed to a reader; `results` collects it."""

    def __init__(self, jobs: Sequence[ReadJob], budget_seconds: float, child: "ChildProcess | None" = None,
                 take_answers: Callable[[], None] = lambda: None):
        self.jobs = list(jobs)
        self.budget_seconds = budget_seconds
        self.child = child            # the child reading it, if any
        self.answer: tuple[list[ReadResult], list[ReadJob]] | None = None
        self._take_answers = take_answers
        self.started_at = time.monotonic()   # when the child turned to it (as far as the worker knows)

    def done(self) -> bool:
        """Whether `results` would return without reading or waiting (a child's read has ended)."""
        self._take_answers()
        return self.answer is not None or (self.child is not None and self.child.gone)


class InProcessReader:
    """Reads in the worker's own process, one item after the other."""

    def __init__(self, settings: ReadSettings, read: ReadFunction = read_stored):
        self.settings = settings
        self.read = read

    def submit(self, jobs: Sequence[ReadJob], budget_seconds: float) -> Pending:
        return Pending(jobs, budget_seconds)

    def results(self, pending: Pending, stop: Callable[[], bool]) -> tuple[list[ReadResult], list[ReadJob]]:
        """The items read, in order, and those left unread (see `read_batch`)."""
        return read_batch(self.settings, pending.jobs, pending.budget_seconds, stop, self.read)


def _child_start(settings: ReadSettings) -> None:
    if settings.ocr_limits is not None:
        set_default_limits(settings.ocr_limits)
    import pipeline.extract  # noqa: F401  (ready before the first batch comes)
    import pipeline.parse.email  # noqa: F401


def _child_reads(settings: ReadSettings, read: ReadFunction, request: tuple) -> tuple:
    jobs, budget_seconds = request
    return read_batch(settings, jobs, budget_seconds, read=read)


class ChildReader:
    """Reads in one child process; `submit` returns at once, so the worker files meanwhile.

    The child (see `reading_child`) is started when first needed and kept until
    `close`. It reads the batches handed to it one after the other and answers
    in that order, so a worker may hand it the next batches before it collects
    the first.
    """

    def __init__(self, settings: ReadSettings, read: ReadFunction = read_stored):
        self.settings = settings
        self.read = read
        self._child: ChildProcess | None = None
        self._waiting: deque[Pending] = deque()   # handed to the child, answer not yet received
        self._cannot_start = False   # a child died before it was ready: read in this process

    def start(self) -> None:
        """Start the child and its imports now, so that it is ready when the first batch comes."""
        self._process()

    def _process(self) -> ChildProcess | None:
        """The child, started if need be; None when none can be (reading then happens here)."""
        if not self._cannot_start and (self._child is None or self._child.gone):
            self.close(wait_seconds=0.5)
            try:
                self._child = ChildProcess((partial(_child_reads, self.settings, self.read),
                                            partial(_child_start, self.settings)))
            except ChildGone as exc:
                self._give_up_on_children(str(exc))
        return self._child

    def _give_up_on_children(self, why: str) -> None:
        self.close(wait_seconds=0.5)
        self._cannot_start = True
        log.error("%s; reading in the worker this cycle", why)

    def submit(self, jobs: Sequence[ReadJob], budget_seconds: float) -> Pending:
        """Hand the whole batch over in one message: a message per item cost the worker
        more (pickling) than reading the item did."""
        child = self._process()
        if child is None:
            return Pending(jobs, budget_seconds)
        pending = Pending(jobs, budget_seconds, child, self.take_answers)
        try:
            child.send((pending.jobs, budget_seconds))
        except ChildGone:
            return pending   # `results` reads them one at a time
        self._waiting.append(pending)
        return pending

    def take_answers(self) -> None:
        """Take in the answers the child has sent so far, without waiting for more."""
        while self._waiting and not self._waiting[0].child.gone and self._waiting[0].child.answer_ready():
            self._receive_one()

    def _receive_one(self) -> None:
        pending = self._waiting[0]
        child = pending.child
        if not child.ready_within(START_SECONDS):
            log.error("the reading process did not start within %g s; stopping it", START_SECONDS)
            child.stop_hung()   # seen as a child that died while starting
        # The child reads no new item once the batch's budget is spent; the
        # one in hand may take up to item_seconds. Its start-up does not count.
        budget = pending.budget_seconds if pending.budget_seconds != float("inf") else 0.0
        started = max(pending.started_at, child.ready_at)
        if not child.answer_within(started + budget + self.settings.item_seconds - time.monotonic()):
            log.error("the reading process took more than %g s over one item of %s-%s; stopping it",
                      self.settings.item_seconds, pending.jobs[0].row_id, pending.jobs[-1].row_id)
            child.stop_hung()
        try:
            pending.answer = child.receive()
        except ChildGone:
            self._waiting.clear()   # each of them sees its child gone
            return
        self._waiting.popleft()
        if self._waiting:
            self._waiting[0].started_at = time.monotonic()

    def _wait_for(self, pending: Pending) -> None:
        while pending.answer is None and pending in self._waiting:
            self._receive_one()

    def results(self, pending: Pending, stop: Callable[[], bool]) -> tuple[list[ReadResult], list[ReadJob]]:
        """As `InProcessReader.results`; the child keeps to the budget (from when it starts the batch)."""
        self._wait_for(pending)
        if pending.answer is not None:
            return pending.answer
        if self._cannot_start:
            return read_batch(self.settings, pending.jobs, pending.budget_seconds, stop, self.read)
        # The child died (it was killed, or an item crashed it): read the batch
        # one item at a time, to find the one that does it.
        log.warning("the reading process died; reading items %s-%s again one at a time",
                    pending.jobs[0].row_id, pending.jobs[-1].row_id)
        return read_batch(self.settings, pending.jobs, pending.budget_seconds, stop, self._read_alone)

    def _read_alone(self, settings: ReadSettings, job: ReadJob) -> ReadResult:
        """One item in the child; an item that kills it is given up on, and the next gets a fresh child."""
        while not self._cannot_start:
            # A batch handed over earlier is read first; if the child dies on
            # that one, this item gets another try, at the head of the queue.
            behind_another = bool(self._waiting)
            pending = self.submit([job], float("inf"))
            self._wait_for(pending)
            if pending.answer is not None:
                return pending.answer[0][0]
            if pending.child is None:
                continue   # no child could be started: this item is read here
            if not pending.child.ready:
                # Not this item's doing: the child died while starting (a broken
                # install, the memory limit). Nothing is quarantined for that;
                # reading goes on here for the rest of the cycle.
                self._give_up_on_children("the reading process died while starting")
            elif pending.child.hung and not behind_another:
                return ReadResult(job.row_id, error=f"reading took longer than {self.settings.item_seconds:g} s "
                                                    "(the reading process was stopped)")
            elif not behind_another:
                return ReadResult(job.row_id, error="the reading process died on this item (a crash or the memory limit)")
        return self.read(settings, job)

    def close(self, wait_seconds: float = 5) -> None:
        if self._child is not None:
            self._child.close(wait_seconds)
            self._child = None
        self._waiting.clear()
