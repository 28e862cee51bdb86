"""The polling loop (`schedule`) around one cycle of run.py.

Ctrl-C or SIGTERM sets a flag; the cycle checks it between items, so the
worker stops cleanly after the item in hand is committed.
"""

from __future__ import annotations

import logging
import signal
import time

import schedule

from pipeline.run import CycleReport, Pipeline

log = logging.getLogger(__name__)


class StopFlag:
    def __init__(self):
        self.stopped = False

    def __call__(self) -> bool:
        return self.stopped

    def set(self, *_args) -> None:
        if not self.stopped:
            log.info("stopping after the item in hand")
        self.stopped = True


def run_once(pipeline: Pipeline) -> CycleReport:
    report = pipeline.run_cycle()
    log.info("cycle: %d seen, %d filed, %d replies, %d rejected, %d duplicates, %d failed, %d sent",
             report.seen, len(report.filed), len(report.replies), report.rejected, report.duplicates,
             len(report.failed), report.sent)
    return report


def run_forever(pipeline: Pipeline, poll_seconds: float, stop: StopFlag) -> None:
    signal.signal(signal.SIGINT, stop.set)
    signal.signal(signal.SIGTERM, stop.set)
    scheduler = schedule.Scheduler()
    scheduler.every(poll_seconds).seconds.do(run_once, pipeline)
    run_once(pipeline)
    while not stop():
        scheduler.run_pending()
        time.sleep(min(1.0, poll_seconds))
    log.info("worker stopped")
