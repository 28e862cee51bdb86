"""The reading child process: both ends of the pipe between it and the worker.

The child is a fresh interpreter (`python -m pipeline.reading_child`) that
holds none of the worker's connections or sockets. It reads requests (a batch
of jobs) from one pipe and answers each, in order, on another, with the
length-prefixed pickles of `multiprocessing.connection.Connection`.

A plain subprocess rather than `multiprocessing`'s `spawn`: spawning also
starts a resource tracker (a third interpreter, 13 MB, for semaphores and
shared memory this child never makes), re-imports the worker's main module
in the child, and `ProcessPoolExecutor` adds two threads to the worker that
take turns with it for the GIL.
"""

from __future__ import annotations

import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection

from pipeline.crashpoints import crash_point

ANSWER_OK, ANSWER_FAILED, READY = "ok", "failed", "ready"


class ChildGone(Exception):
    """The child died (killed, out of memory, or crashed by an item) or was closed."""


class ChildProcess:
    """One reading child. Answers come back in the order the requests went out."""

    def __init__(self, setup: tuple) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        try:
            self.process = subprocess.Popen(
                # -P: not the working directory first on sys.path, where another
                # "pipeline" could shadow ours.
                [sys.executable, "-P", "-m", "pipeline.reading_child", str(to_child_r), str(from_child_w)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL)
        except OSError as exc:   # no process could be made (out of memory, process limit)
            os.close(to_child_w)
            os.close(from_child_r)
            raise ChildGone(f"could not start the reading process: {exc}") from exc
        finally:
            # The child's ends live only in the child: when it dies, our reads
            # see end of file; when we die, its reads do.
            os.close(to_child_r)
            os.close(from_child_w)
        self._requests = Connection(to_child_w, readable=False)
        self._answers = Connection(from_child_r, writable=False)
        self.gone = False
        self.ready = False   # it has started and imported what reading needs
        self.ready_at = 0.0
        self.hung = False    # stopped for taking too long over an item
        self._early: tuple | None = None   # an answer taken off the pipe by `answer_ready`
        # sys.path goes first and on its own, so that the child can import what
        # the rest names (a read function from a test module, say).
        self.send((list(sys.path), pickle.dumps(setup)))

    def send(self, request: object) -> None:
        try:
            self._requests.send(request)
        except OSError as exc:
            self.gone = True
            raise ChildGone(str(exc)) from exc

    def answer_ready(self) -> bool:
        """Whether an answer (or the child's end) can be received without waiting for the child."""
        return self.answer_within(0)

    def answer_within(self, seconds: float) -> bool:
        """Whether an answer (or the child's end) comes within `seconds`."""
        return self._wait(seconds, lambda: self._early is not None)

    def ready_within(self, seconds: float) -> bool:
        """Whether the child is ready (or has answered, or ended) within `seconds`."""
        return self._wait(seconds, lambda: self.ready or self._early is not None)

    def _wait(self, seconds: float, done) -> bool:
        deadline = time.monotonic() + max(seconds, 0)
        try:
            while not done():
                if not self._answers.poll(max(deadline - time.monotonic(), 0)):
                    return False
                self._early = self._next()   # None when it was the word that the child is ready
            return True
        except (ChildGone, OSError):
            return True

    def stop_hung(self) -> None:
        """Kill it: it took too long. Its end is seen by the next `receive`."""
        self.hung = self.gone = True
        self.process.kill()

    def receive(self) -> object:
        """The next answer; `ChildGone` if the child died before sending it."""
        answer, self._early = self._early, None
        while answer is None:
            answer = self._next()
        status, value = answer
        if status == ANSWER_FAILED:   # an error around the read itself, not in an item
            raise RuntimeError(f"the reading process failed:\n{value}")
        return value

    def _next(self) -> tuple | None:
        """The next answer, or None for the child's word that it is ready."""
        try:
            status, value = self._answers.recv()
        except (EOFError, OSError) as exc:
            self.gone = True
            raise ChildGone("the reading process ended") from exc
        if status == READY:
            self.ready, self.ready_at = True, time.monotonic()
            return None
        return status, value

    def close(self, wait_seconds: float = 5) -> None:
        """Close its pipe (the child ends when it sees that) and reap it."""
        self.gone = True
        for connection in (self._requests, self._answers):
            connection.close()
        try:
            self.process.wait(wait_seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def main(requests_fd: int, answers_fd: int) -> None:
    # A stop is the worker's to handle: it finishes the batch in hand and closes
    # the child. Signals sent to the whole process group must not kill the
    # child under it first.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    requests = Connection(requests_fd, writable=False)
    answers = Connection(answers_fd, readable=False)
    sys_path, setup = requests.recv()
    sys.path[:] = sys_path
    handle, start = pickle.loads(setup)
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    # Requests are taken off the pipe as they come, so the worker never blocks
    # sending one while this child is blocked sending it a large answer.
    threading.Thread(target=_take_requests, args=(requests, inbox), daemon=True, name="requests").start()
    start()
    crash_point("reading child start")
    _send(answers, (READY, None))
    while True:
        request = inbox.get()
        try:
            answer = (ANSWER_OK, handle(request))
        except Exception:
            import traceback
            answer = (ANSWER_FAILED, traceback.format_exc())
        _send(answers, answer)


def _send(answers: Connection, answer: tuple) -> None:
    try:
        answers.send(answer)
    except OSError:   # the worker closed its end: it wants no more answers
        os._exit(0)


def _take_requests(requests: Connection, inbox: queue.SimpleQueue) -> None:
    while True:
        try:
            inbox.put(requests.recv())
        except (EOFError, OSError):
            # The worker closed the pipe or is gone (SIGKILL, a crash): so is the child.
            os._exit(0)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
