"""One cycle, top to bottom: source -> parse -> extract -> validate -> store -> notify.

Every item is stored whole in the archive and recorded in the ledger before it
is parsed; its complaint (or rejection), events, outbox rows and ledger status
commit in one transaction; only then does the source move it out. A crash at
any point leaves the item either unseen, stored (processed again next cycle)
or done (only the move is repeated), and never queues a second
acknowledgement, since that is queued in the same transaction as the filing.

Several workers may run at once (PostgreSQL). A worker polls a source only
while it holds the source's lease, and polling only stores; every worker then
takes stored items from the work queue, so parsing and OCR spread over the
workers. A lost database connection reruns the unit in hand (one source's
poll, one batch of items, the outbox) after a backoff; each unit is idempotent.

For speed, polled items are stored in batches (one archive sync, one ledger
commit) and claimed items are filed in batches: one transaction holds the
filing of up to FILE_BATCH items, each with all its rows, so each item is
still all-or-nothing. A batch that fails to file is rolled back and its
items are filed one per transaction. With a backlog and `read_in_child`, a
child process reads (parses and extracts) stored batches while the worker
goes on polling, storing and filing what the child has read.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Callable, Iterable

import sqlalchemy as sa
from sqlmodel import select

from pipeline.config import Settings
from pipeline.errors import SourceError
from pipeline.notify.outbox import count_recent_automatic, forget_recent_automatic
from pipeline.parse import ocr_limits
from pipeline.parse.document import Document
from pipeline.reading import (ChildReader, InProcessReader, Pending, ReadJob, ReadResult, ReadSettings, one_line,
                              read_stored)
from pipeline.sources.archive import Archive
from pipeline.sources.base import RawItem, Source
from pipeline.store import repo, workqueue
from pipeline.store.db import Database
from pipeline.store.leases import Leases, worker_id
from pipeline.store.retry import is_connection_loss, reconnecting
from pipeline.store.tables import InboundItem, utcnow
from pipeline import filing
from pipeline.crashpoints import crash_point

log = logging.getLogger(__name__)
FINAL_STATUSES = ("done", "rejected", "duplicate")
# Items stored with one ledger commit (and one archive sync), and items filed
# in one transaction. A commit costs more than filing a typical e-mail, so
# batching is most of ingest speed; 50 keeps a batch's memory and a rolled-back
# batch's rework small.
INTAKE_BATCH = 50
FILE_BATCH = 50
# Parsing a claimed batch stops after this long and gives the rest back, so a
# batch of scans (seconds of OCR each) is shared with the other workers instead
# of being held by one, and its claims never come near expiring.
PARSE_BUDGET_SECONDS = 2.0
# Reads of an item whose worker stopped while it was in hand, before it is
# quarantined unread: a letter that crashes a parser (a native library on a
# hostile PDF) must not crash-loop the worker and hold up the mail behind it.
READ_ATTEMPTS = 2
# Batches handed to the reading child ahead of the one being filed. Their reads
# wait in the worker's memory, so few; two keep the child busy while the
# worker alternates between storing polled mail and filing.
AHEAD_BATCHES = 2


# In the order of the parameters, so ids match the items (insertmanyvalues).
_INSERT_LEDGER_ROWS = sa.insert(InboundItem.__table__).returning(
    InboundItem.__table__.c.id, sort_by_parameter_order=True)


@dataclass
class _Parsed:
    """A claimed item parsed and extracted, waiting for its filing transaction."""
    row_id: int
    document: Document
    extraction: object
    channel: str

    @classmethod
    def of(cls, result: ReadResult, source: str) -> "_Parsed":
        document = result.document
        channel = "scan" if source == "scans" or (source == "ingest" and document.source != "email") else "email"
        return cls(result.row_id, document, result.extraction, channel)


@dataclass
class _Batch:
    """Claimed ledger rows (id, status, sha256, filename, source, attempts) and their reads in progress."""
    rows: list
    reader: "InProcessReader | ChildReader | None" = None
    pending: Pending | None = None

    def given_up(self) -> list:
        """Rows claimed more than READ_ATTEMPTS times after their worker stopped: quarantined unread."""
        return [row for row in self.rows if row.status == "stored" and row.attempts > READ_ATTEMPTS]


@dataclass
class CycleReport:
    seen: int = 0
    filed: list[str] = field(default_factory=list)       # tickets of new complaints
    replies: list[str] = field(default_factory=list)     # tickets that got a reply
    rejected: int = 0
    duplicates: int = 0
    failed: list[str] = field(default_factory=list)      # one line each
    sent: int = 0
    source_errors: list[str] = field(default_factory=list)
    receipts: list[str] = field(default_factory=list)


class Pipeline:
    def __init__(self, settings: Settings, db: Database, *, sender=None, clock: Callable[[], datetime] = utcnow,
                 stop: Callable[[], bool] = lambda: False, worker: str | None = None,
                 lease_seconds: float | None = None, claim_seconds: float | None = None):
        self.settings = settings
        self.db = db
        self.archive = Archive(settings.archive_dir)
        self.clock = clock
        self.stop = stop
        self._sender = sender
        self._sources: list[Source] | None = None
        self.worker = worker or worker_id()
        self.leases = Leases(db, self.worker, seconds=lease_seconds or settings.lease_seconds)
        self.claim_seconds = claim_seconds or settings.claim_seconds
        # Items this worker polled and stored, by ledger id: whoever processes
        # them here lets their source move them out at once.
        self._polled: dict[int, tuple[Source, RawItem]] = {}
        limits = ocr_limits.OcrLimits(max_pages=settings.scans.max_pages, max_pixels=settings.scans.max_pixels,
                                      timeout_seconds=settings.scans.ocr_timeout_seconds)
        ocr_limits.set_default_limits(limits)
        # An item's longest honest read: OCR of every page up to its timeout, and
        # as long again for rendering the pages. Past that, a reading child is
        # stopped and the item quarantined.
        item_seconds = 2 * limits.max_pages * limits.timeout_seconds + 60
        self._read_settings = ReadSettings(settings.archive_dir, settings.max_input_bytes,
                                           settings.divisions or (), limits, item_seconds)
        self._in_process = InProcessReader(self._read_settings)
        self._child: ChildReader | None = None   # started for a backlog, for one cycle
        self._ahead: deque[_Batch] = deque()     # claimed batches the child is reading, oldest first

    # ---------------------------------------------------------------- sources
    def sources(self) -> list[Source]:
        if self._sources is None:
            from pipeline.sources.maildir import MaildirSource
            from pipeline.sources.scans import ScanFolderSource

            s = self.settings
            sources: list[Source] = []
            if s.maildir_path is not None:
                sources.append(MaildirSource(s.maildir_path, known_keys=self._known_keys("maildir"),
                                             max_bytes=s.max_input_bytes))
            sources.append(ScanFolderSource(s.scans.path, stable_seconds=s.scans.stable_seconds,
                                            processed_dir=s.scans.processed_dir, failed_dir=s.scans.failed_dir,
                                            max_bytes=s.max_input_bytes))
            sources.extend(self._imap_sources())
            self._sources = sources
        return self._sources

    def _imap_sources(self) -> list[Source]:
        if not self.settings.imap:
            return []
        from pipeline.sources.imap import ImapSource

        return [ImapSource(account, db=self.db, max_bytes=self.settings.max_input_bytes)
                for account in self.settings.imap]

    def _known_keys(self, source: str) -> Callable[[], set[str]]:
        def known() -> set[str]:
            with self.db.atomic() as session:
                return set(session.exec(select(InboundItem.source_key).where(InboundItem.source == source)
                                        .where(InboundItem.status.in_(FINAL_STATUSES + ("failed",)))).all())
        return known

    @property
    def sender(self):
        if self._sender is None:
            from pipeline.notify.senders import make_sender

            self._sender = make_sender(self.settings)
        return self._sender

    # ---------------------------------------------------------------- a cycle
    def run_cycle(self) -> CycleReport:
        report = CycleReport()
        try:
            for source in self.sources():
                if self.stop():
                    break
                if not reconnecting("taking a lease", self.leases.keep, _lease_name(source)):
                    log.debug("source %s: another worker polls it", source.name)
                    continue
                reconnecting(f"polling {source.name}", self.poll_source, source, report)
            if not self.stop():
                self.process_leftovers(report)
            # Deadlines before sending, so a reminder queued now leaves in this cycle.
            if not self.stop():
                reconnecting("checking deadlines", self.check_deadlines)
            if not self.stop() and reconnecting("taking a lease", self.leases.keep, "outbox"):
                reconnecting("sending the outbox", self.send, report)
        finally:
            self._give_back_ahead()
            self._stop_child()
            self._polled.clear()
            # Leases last one cycle: a worker started next (`run --once`) or a
            # faster one polls next time. A killed worker's leases expire.
            self._release_leases()
        return report

    def _release_leases(self) -> None:
        try:
            reconnecting("releasing leases", self.leases.release_all, give_up_after=10)
        except sa.exc.SQLAlchemyError as exc:   # they expire anyway; do not hide the error in hand
            log.warning("could not release leases (they expire): %s", one_line(exc))

    def poll_source(self, source: Source, report: CycleReport) -> None:
        """Store what the source has; the work queue processes it (here or in another worker).

        Items are stored INTAKE_BATCH at a time (`intake_batch`)."""
        batch: list[RawItem] = []
        try:
            for item in source.poll():
                if self.stop():
                    break
                batch.append(item)
                if len(batch) >= INTAKE_BATCH:
                    self.intake_batch(source, batch, report)
                    batch = []
                    self._file_while_polling(report)
        except SourceError as exc:
            report.source_errors.append(str(exc))
            log.warning("source %s: %s", source.name, exc)
        if batch:   # what was fetched before a stop or a source error is stored all the same
            self.intake_batch(source, batch, report)

    def send(self, report: CycleReport) -> None:
        from pipeline.notify.outbox import send_queued

        # Only the holder of the outbox lease sends, and it stops when it loses
        # the lease: outbox.py's claim is released before the message goes
        # out, so two senders could otherwise both send one row.
        def stop() -> bool:
            return self.stop() or not self.leases.keep("outbox")

        counts = send_queued(self.db, self.settings, self.sender, now=self.clock(), stop=stop)
        report.sent += counts["sent"]
        if counts["sent"]:
            log.info("sent %d message(s) via %s", counts["sent"], self.sender.description)

    def check_deadlines(self) -> None:
        try:
            from pipeline.deadlines import check_deadlines
        except ImportError:
            return
        check_deadlines(self.db, self.settings, self.clock())

    # ---------------------------------------------------------------- one item
    def intake_batch(self, source: Source, items: list[RawItem], report: CycleReport) -> None:
        """Store polled items for the work queue, or finish those whose outcome is committed.

        One ledger query, one archive sync and one ledger commit for the batch;
        every new item's bytes are durable in the archive before the commit that
        records it as `stored`.
        """
        report.seen += len(items)
        with self.db.atomic() as session:
            known = repo.ledger_statuses(session, items[0].source, [item.source_key for item in items])
        new: list[RawItem] = []
        for item in items:
            status, row_id, error = known.get(item.source_key, (None, None, None))
            if status in FINAL_STATUSES:
                source.finish(item, "done")   # processed by another worker, or a crash came before the move
            elif status == "failed":
                source.finish(item, "failed", error)
            elif row_id is not None:
                self._polled[row_id] = (source, replace(item, data=b""))
            else:
                new.append(item)
        if not new:
            return
        if len(new) >= INTAKE_BATCH:
            self._start_child()   # a backlog: the child starts while the rest is polled
        for item, row_id in zip(new, self.store_many(new)):
            if row_id is None:
                continue
            crash_point("stored")
            # Keep only what `finish` needs: the bytes are in the archive now.
            self._polled[row_id] = (source, replace(item, data=b""))

    def store_many(self, items: list[RawItem]) -> list[int | None]:
        """`store` for a batch: the ledger ids in order (None where another worker recorded it first)."""
        stored = self.archive.store_many([item.data for item in items])
        for _ in items:
            crash_point("archived")
        now = self.clock()
        rows = [dict(source=item.source, source_key=item.source_key, sha256=digest, size=len(item.data),
                     filename=item.filename, message_id=None, archive_path=str(path), status="stored",
                     error=None, attempts=0, stored_at=now)
                for item, (digest, path) in zip(items, stored)]
        try:
            with self.db.atomic() as session:
                # One Core INSERT ... RETURNING for the batch: building an ORM
                # object per ledger row cost more than the insert itself.
                ids = session.execute(_INSERT_LEDGER_ROWS, rows).scalars().all()
                return list(ids)
        except sa.exc.IntegrityError:
            # Another worker recorded one of them first: one at a time, as `store` does.
            return [self.store(item) for item in items]

    def handle(self, source: Source, item: RawItem, report: CycleReport) -> None:
        """Store, then process, then let the source move the item out (`ingest`: all in this process)."""
        report.seen += 1
        with self.db.atomic() as session:
            row = repo.ledger_row(session, item.source, item.source_key)
            status = row.status if row else None
            row_id = row.id if row else None
        if status in FINAL_STATUSES:
            source.finish(item, "done")   # a crash came between commit and move last time
            return
        if status == "failed":
            source.finish(item, "failed", row.error)
            return
        if row_id is None:
            row_id = self.store(item, claim=True)
            if row_id is None:
                return
            crash_point("stored")
        outcome, reason = self.process(row_id, report)
        if outcome in ("done", "failed"):
            crash_point("filed")
            source.finish(item, outcome, reason)
            crash_point("finished")

    def store(self, item: RawItem, *, claim: bool = False) -> int | None:
        """Archive the bytes durably, then record them in the ledger as `stored`.

        `claim` keeps the item for this worker, out of the others' work queue.
        """
        digest, path = self.archive.store(item.data)
        crash_point("archived")
        with self.db.atomic() as session:
            row = InboundItem(source=item.source, source_key=item.source_key, sha256=digest,
                              size=len(item.data), filename=item.filename, archive_path=str(path),
                              status="stored", stored_at=self.clock())
            session.add(row)
            try:
                session.flush()
            except sa.exc.IntegrityError:
                # Another worker recorded it first; it processes it.
                session.rollback()
                return None
            if claim:
                workqueue.claim(session, row.id, self.worker, seconds=self.claim_seconds)
            return row.id

    def process_leftovers(self, report: CycleReport) -> None:
        """The work queue: claim stored items, FILE_BATCH at a time (this cycle's, an interrupted
        cycle's, another worker's) and process them, until none is left unclaimed.

        With a backlog (a full batch), items are read in a child process and the
        next batches are claimed and handed to it before the current one is filed.
        """
        reconnecting("freeing dead workers' claims", self._release_dead_claims)
        try:
            while not self.stop():
                batch = self._ahead.popleft() if self._ahead else reconnecting("claiming work", self._claim_batch)
                if batch is None:
                    return
                if self._child is None and len(batch.rows) >= FILE_BATCH and self._start_child():
                    batch = self._read_in(batch, self._child)
                if self._child is not None:   # read the next batches while this one is filed
                    self._claim_ahead()
                self._process(batch, report)
        finally:
            self._give_back_ahead()

    def _file_while_polling(self, report: CycleReport) -> None:
        """With a reading child, file the batches it has read and hand it the ones just
        stored, between two intake batches: the child reads a backlog while it is
        polled instead of after, and the worker waits for it less."""
        if self._child is None:
            return
        while self._ahead and self._ahead[0].pending.done() and not self.stop():
            self._process(self._ahead.popleft(), report)
        self._claim_ahead()

    def _process(self, batch: "_Batch", report: CycleReport) -> None:
        reconnecting(f"processing items {batch.rows[0].id}-{batch.rows[-1].id}", self._process_batch,
                     batch, report)
        reconnecting("renewing leases", self.leases.renew_held)

    def _claim_ahead(self) -> None:
        while len(self._ahead) < AHEAD_BATCHES:
            batch = reconnecting("claiming work", self._claim_batch)
            if batch is None:
                return
            self._ahead.append(batch)

    def _give_back_ahead(self) -> None:
        """A stop or an error came before their turn: the batches go back to the work queue."""
        while self._ahead:
            batch = self._ahead.popleft()   # the child's answer, if one comes, is dropped
            try:
                self._give_back([row.id for row in batch.rows])
            except sa.exc.SQLAlchemyError as exc:   # the claims expire anyway
                log.warning("could not give back items %s-%s (their claims expire): %s",
                            batch.rows[0].id, batch.rows[-1].id, one_line(exc))

    def _start_child(self) -> bool:
        """Start the reading child for a backlog (the worker's config may keep reading in-process)."""
        if self._child is None and self.settings.read_in_child:
            self._child = ChildReader(self._read_settings)
            self._child.start()
            log.info("a backlog: reading it in a child process beside filing")
        return self._child is not None

    def _stop_child(self) -> None:
        if self._child is not None:
            self._child.close()
            self._child = None

    def _release_dead_claims(self) -> None:
        with self.db.atomic() as session:
            workqueue.release_dead_claims(session)

    def _claim_batch(self) -> "_Batch | None":
        """Claim up to FILE_BATCH stored items and hand them to a reader (the child, if there is one)."""
        with self.db.atomic() as session:
            row_ids = workqueue.claim_batch(session, self.worker, FILE_BATCH, seconds=self.claim_seconds)
            if not row_ids:
                return None
            t = InboundItem.__table__
            rows = session.execute(sa.select(t.c.id, t.c.status, t.c.sha256, t.c.filename, t.c.source, t.c.attempts)
                                   .where(t.c.id.in_(row_ids)).order_by(t.c.id)).all()
            # An item claimed before without an outcome was in hand when its worker
            # stopped (killed, out of memory, or crashed by the item itself): it is
            # read alone, so that an item that kills its reader takes no batch down
            # with it, and is quarantined unread after READ_ATTEMPTS.
            suspects = [row for row in rows if row.attempts > 1]
            if suspects:
                rows = suspects[:1]
                workqueue.release(session, [i for i in row_ids if i != rows[0].id], self.worker)
        return self._read_in(_Batch(rows), self._child or self._in_process)

    @staticmethod
    def _read_in(batch: "_Batch", reader: "InProcessReader | ChildReader") -> "_Batch":
        given_up = batch.given_up()
        jobs = [ReadJob(row.id, row.sha256, row.filename or "item") for row in batch.rows
                if row.status == "stored" and row not in given_up]
        batch.reader, batch.pending = reader, reader.submit(jobs, PARSE_BUDGET_SECONDS)
        return batch

    def _process_batch(self, batch: "_Batch", report: CycleReport) -> None:
        """Collect the batch's reads, file them all in one transaction, then move them out.

        An error while filing the batch rolls it back and files its items one per
        transaction (`process`), so one bad item never holds back the others.
        """
        finished: list[tuple[int, str, str | None]] = [   # (row id, outcome, reason) to move out
            (row.id, "done", None) for row in batch.rows if row.status in FINAL_STATUSES]
        for row in batch.given_up():
            finished.append((row.id, *self._fail(
                row.id, f"the worker stopped {row.attempts - 1} times while this item was in hand "
                        "(a crash in a parser, or the memory limit)", report)))
        results, unread = batch.reader.results(batch.pending, self.stop)
        if unread:
            self._give_back([job.row_id for job in unread])
        sources = {row.id: row.source for row in batch.rows}
        parsed: list[_Parsed] = []
        for result in results:
            if result.error is not None:
                if result.unexpected:   # a parser bug must not stop the items behind this one
                    log.error("item %s: unexpected error while parsing\n%s", result.row_id, result.unexpected)
                finished.append((result.row_id, *self._fail(result.row_id, result.error, report)))
            else:
                parsed.append(_Parsed.of(result, sources[result.row_id]))
        if parsed:
            # The batch's attachments made durable with one sync (~4 ms each,
            # so not one per item), so that filing, which stores them again
            # inside its transaction, finds them there and need not fsync.
            blobs = [att.data for p in parsed for att in p.document.attachments]
            if blobs:
                self.archive.store_many(blobs)
            try:
                outcomes = self._file_batch(parsed)
            except Exception as exc:
                if is_connection_loss(exc):
                    raise   # `reconnecting` runs the batch again
                log.warning("filing items %s-%s together failed (%s); filing them one by one",
                            parsed[0].row_id, parsed[-1].row_id, one_line(exc))
                outcomes = {p.row_id: self._file_alone(p, report) for p in parsed}
            for p in parsed:
                outcome = outcomes.get(p.row_id)
                if isinstance(outcome, filing.Outcome):
                    self._filed(outcome, report)
                    finished.append((p.row_id, "done", None))
                elif outcome is not None:
                    finished.append((p.row_id, *outcome))
        for row_id, outcome, reason in finished:
            self._finish_polled(row_id, outcome, reason)

    def _give_back(self, row_ids: list[int]) -> None:
        with self.db.atomic() as session:
            workqueue.release(session, row_ids, self.worker)

    def _parse(self, row_id: int, digest: str, filename: str, source: str) -> "_Parsed | str":
        """Read, parse and extract one stored item: what filing needs, or why it cannot be filed."""
        result = read_stored(self._read_settings, ReadJob(row_id, digest, filename))
        if result.unexpected:
            log.error("item %s: unexpected error while parsing\n%s", row_id, result.unexpected)
        return result.error if result.error is not None else _Parsed.of(result, source)

    def _file_batch(self, parsed: list["_Parsed"]) -> dict[int, "filing.Outcome | None"]:
        """One transaction filing every parsed item still `stored`; their outcomes by row id."""
        outcomes: dict[int, filing.Outcome | None] = {}
        with self.db.atomic() as session:
            # The row locks make filing exactly-once across workers: a second
            # worker that parsed the same items waits here, then sees them done.
            # Taken in id order, so two workers' batches cannot deadlock.
            rows = {row.id: row for row in session.exec(
                select(InboundItem).where(InboundItem.id.in_([p.row_id for p in parsed]))
                .order_by(InboundItem.id).with_for_update())}
            now = self.clock()
            twins = repo.FinishedTwins(session, [row.sha256 for row in rows.values()],
                                       [p.document.headers.message_id for p in parsed if p.document.headers])
            # The loop-safety counts of every address the batch may answer, in one query.
            count_recent_automatic(session, self.settings, [filing.reply_address(p.extraction, p.document)
                                                            for p in parsed], now)
            repo.reserve_tickets(session, now.astimezone(self.settings.deadline.tz).year, len(parsed))
            try:
                for p in parsed:
                    row = rows.get(p.row_id)
                    if row is None or row.status != "stored":
                        outcomes[p.row_id] = ("done", None) if row is not None and row.status in FINAL_STATUSES \
                            else None
                        continue
                    outcomes[p.row_id] = filing.file_item(session, self.settings, self.archive, row, p.document,
                                                          p.extraction, channel=p.channel, now=now, twins=twins)
                    if row.status in ("done", "rejected"):
                        twins.add(row)   # a later item of this batch may be its twin
                repo.return_unused_tickets(session)
            finally:
                forget_recent_automatic(session)
                repo.forget_ticket_block(session)
        return outcomes

    def _file_alone(self, p: "_Parsed", report: CycleReport) -> "filing.Outcome | tuple[str, str | None] | None":
        """One item in its own transaction, after its batch failed. An error here quarantines only it."""
        try:
            return self._file_batch([p])[p.row_id]
        except Exception as exc:
            if is_connection_loss(exc):
                raise
            log.exception("item %s: unexpected error while filing", p.row_id)
            return self._fail(p.row_id, f"unexpected {type(exc).__name__} while filing: {one_line(exc)}", report)

    def _filed(self, outcome: "filing.Outcome", report: CycleReport) -> None:
        self._record(outcome, report)
        if outcome.receipt_needed:
            self._write_receipt(outcome.ticket)
            report.receipts.append(outcome.ticket)

    def _finish_polled(self, row_id: int, outcome: str, reason: str | None) -> None:
        """Let the source move out an item this worker polled, now that its outcome is committed."""
        polled = self._polled.get(row_id)
        if polled is None or outcome not in ("done", "failed"):
            return
        source, item = polled
        if not self.leases.holds(_lease_name(source)):
            return   # another worker polls it now and moves it out
        crash_point("filed")
        try:
            source.finish(item, outcome, reason)
        except SourceError as exc:
            log.warning("source %s: %s (moved out at its next poll)", source.name, exc)
        del self._polled[row_id]
        crash_point("finished")

    def process(self, row_id: int, report: CycleReport) -> tuple[str, str | None]:
        """Parse and file one item in its own transaction (`ingest`, `reprocess`)."""
        with self.db.atomic() as session:
            row = session.get(InboundItem, row_id)
            if row is None or row.status != "stored":
                return ("done", None) if row is not None and row.status in FINAL_STATUSES else ("skip", None)
            digest, filename, source = row.sha256, row.filename or "item", row.source
        parsed = self._parse(row_id, digest, filename, source)
        if isinstance(parsed, str):
            return self._fail(row_id, parsed, report)
        outcome = self._file_batch([parsed])[row_id]
        if isinstance(outcome, filing.Outcome):
            self._filed(outcome, report)
        return "done", None

    def _fail(self, row_id: int, reason: str, report: CycleReport) -> tuple[str, str]:
        with self.db.atomic() as session:
            row = session.get(InboundItem, row_id, with_for_update=True)
            if row.status != "stored":
                return "done", None   # another worker finished it meanwhile
            row.status = "failed"
            row.error = reason
            row.attempts += 1
            row.done_at = self.clock()
            session.add(row)
        report.failed.append(f"item {row_id}: {reason}")
        log.warning("item %s quarantined: %s", row_id, reason)
        return "failed", reason

    def _record(self, outcome: "filing.Outcome", report: CycleReport) -> None:
        if outcome.kind == "filed":
            report.filed.append(outcome.ticket)
            log.info("filed %s (%s)", outcome.ticket, outcome.state)
        elif outcome.kind == "reply":
            report.replies.append(outcome.ticket)
            log.info("reply joined %s (%s)", outcome.ticket, outcome.state)
        elif outcome.kind == "rejected":
            report.rejected += 1
            # the reasons may quote a subject line, which can carry a name: DEBUG only
            log.info("rejected %s: not a complaint", outcome.ticket or "item")
            log.debug("rejected %s: %s", outcome.ticket or "item", outcome.note)
        elif outcome.kind == "duplicate":
            report.duplicates += 1

    def _write_receipt(self, ticket: str) -> None:
        """A printable receipt for a letter whose writer gave no e-mail address."""
        try:
            from pipeline.notify.receipt import write_receipt
        except ImportError:
            return
        with self.db.atomic() as session:
            c = repo.get_by_ticket(session, ticket)
            received = [k for k, v in (c.fields or {}).items() if v not in (None, False, "")]
            args = dict(ticket=c.ticket, received_at=c.received_at, channel=c.channel,
                        items_received=received, missing=list(c.missing or []), due=c.due,
                        agency_name=self.settings.agency_name, timezone=self.settings.deadline.timezone)
        path = write_receipt(self.settings.scans.receipts_dir, **args)
        log.info("receipt for %s awaits printing: %s", ticket, path)

    # ---------------------------------------------------------------- ingest
    def ingest_paths(self, paths: Iterable[str]) -> CycleReport:
        from pipeline.sources.ingest import IngestSource

        report = CycleReport()
        source = IngestSource([p for p in paths], max_bytes=self.settings.max_input_bytes)
        for item in source.poll():
            self.handle(source, item, report)
        report.failed.extend(source.errors)
        try:
            if self.leases.keep("outbox"):   # else the worker that holds it sends
                self.send(report)
        finally:
            self._release_leases()
        return report


def _lease_name(source: Source) -> str:
    return f"source:{source.name}"

