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
import multiprocessing
import os
import signal
import threading
import time
import traceback
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from pipeline.crashpoints import crash_point
from pipeline.errors import PipelineError, UnreadableInput
from pipeline.parse.document import Document
from pipeline.parse.ocr_limits import OcrLimits, set_default_limits

log = logging.getLogger(__name__)
WATCH_SECONDS = 0.5   # how soon a child notices that its worker is gone


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

    def __init__(self, jobs: Sequence[ReadJob], budget_seconds: float, future: Future | None = None):
        self.jobs = list(jobs)
        self.budget_seconds = budget_seconds
        self.future = future

    def done(self) -> bool:
        """Whether `results` would return without reading or waiting (a child's read has ended)."""
        return self.future is not None and self.future.done()

    def cancel(self) -> None:
        if self.future is not None:
            self.future.cancel()


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


def _child_start(settings: ReadSettings, worker_pid: int) -> None:
    # A stop is the worker's to handle: it finishes the batch in hand and shuts
    # the child down. Signals sent to the whole process group must not kill the
    # child under it first.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_worker, args=(worker_pid,), daemon=True, name="worker-watch").start()
    if settings.ocr_limits is not None:
        set_default_limits(settings.ocr_limits)


def _import_readers() -> None:
    import pipeline.extract  # noqa: F401
    import pipeline.parse.email  # noqa: F401


def _exit_with_worker(worker_pid: int) -> None:
    """End the child when the worker is gone (SIGKILL, a crash): the pool's queue
    never reports it, since the child holds both ends of its own pipe."""
    while os.getppid() == worker_pid:
        time.sleep(WATCH_SECONDS)
    os._exit(0)


class ChildReader:
    """Reads in one child process; `submit` returns at once, so the worker files meanwhile.

    The child is started with `spawn` (a fresh interpreter holding none of the
    worker's connections or sockets) when first needed, and kept until `close`.
    """

    def __init__(self, settings: ReadSettings, read: ReadFunction = read_stored):
        self.settings = settings
        self.read = read
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the child and its imports now, so that it is ready when the first batch comes."""
        try:
            self._executor().submit(_import_readers)
        except BrokenProcessPool:
            self._restart()

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_child_start, initargs=(self.settings, os.getpid()))
        return self._pool

    def submit(self, jobs: Sequence[ReadJob], budget_seconds: float) -> Pending:
        """Hand the whole batch over in one message: a message per item cost the worker
        more (pickling, and the pool's threads taking turns with it for the GIL)
        than reading the item did."""
        try:
            future = self._executor().submit(read_batch, self.settings, jobs, budget_seconds, read=self.read)
        except BrokenProcessPool:
            self._restart()
            future = None   # `results` reads them one at a time
        return Pending(jobs, budget_seconds, future)

    def results(self, pending: Pending, stop: Callable[[], bool]) -> tuple[list[ReadResult], list[ReadJob]]:
        """As `InProcessReader.results`; the child keeps to the budget (from when it starts the batch)."""
        if pending.future is not None:
            try:
                return pending.future.result()
            except BrokenProcessPool:
                # The child died (it was killed, or an item crashed it): read
                # the batch one item at a time, to find the one that does it.
                log.warning("the reading process died; reading items %s-%s again one at a time",
                            pending.jobs[0].row_id, pending.jobs[-1].row_id)
                self._restart()
        return read_batch(self.settings, pending.jobs, pending.budget_seconds, stop, self._read_alone)

    def _read_alone(self, settings: ReadSettings, job: ReadJob) -> ReadResult:
        """One item in the child; an item that kills it is given up on, and the next gets a fresh child."""
        try:
            return self._executor().submit(self.read, settings, job).result()
        except BrokenProcessPool:
            self._restart()
            return ReadResult(job.row_id, error="the reading process died on this item (a crash or the memory limit)")

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
