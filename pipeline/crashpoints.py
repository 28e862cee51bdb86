"""Named points where a test may have the worker killed (SIGKILL), to prove that
a crash anywhere loses nothing and sends nothing twice.

Inert unless PENGADUAN_CRASH_AT is set, e.g. "filed:2" kills the process the
second time it reaches the point "filed". Points: archived, stored, filed,
finished, sending, sent, "reading FILENAME" (before an item is parsed, in
whichever process reads it: "reading 3.eml" is a letter that crashes its
reader), "reading child start" (a reading child that dies while starting),
and in the IMAP source imap.fetched, imap.moving.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

ENV = "PENGADUAN_CRASH_AT"
_reached: Counter[str] = Counter()


def crash_point(name: str) -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    for part in spec.split(","):
        point, _, nth = part.strip().partition(":")
        if point != name:
            continue
        _reached[name] += 1
        if _reached[name] == int(nth or 1):
            os.kill(os.getpid(), signal.SIGKILL)
