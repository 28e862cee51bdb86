"""The agency mailbox over IMAP (imap-tools): yield new messages, move them out once filed.

One `ImapSource` per `[[imap]]` account. A poll, for each folder to read:

    SELECT folder               -> UIDVALIDITY, UIDNEXT (nothing new: stop here)
                                   (still selected on the kept connection: NOOP instead)
    UID SEARCH UID last+1:*     -> UIDs above the cursor (RFC 3501 may add the highest: dropped)
    UID FETCH uids (RFC822.SIZE), then UID FETCH batch (BODY.PEEK[])   never marks mail read
    yield RawItem ...           -> the cycle stores, files and commits, then calls finish()
    UID MOVE uids Processed|Failed   after each batch, for the items finish() was told about

The parts, each in its own module:

    imap_cursor.py      the folder cursors: passed only over UIDs moved out, so a
                        crash re-yields (the ledger makes that harmless), never loses;
                        a new UIDVALIDITY reads the folder again
    imap_connection.py  TLS, login, capabilities, the selected folder; a fault
                        becomes SourceError naming the step, and starts the backoff
    imap_backoff.py     the per-account exponential backoff: polls return nothing
                        until `retry_at`
    imap_wire.py        the IMAP commands and the reading of their answers

Crash points for the SIGKILL tests (pipeline/crashpoints.py, PENGADUAN_CRASH_AT):
`imap.fetched` (a batch is in memory, nothing of it stored) and `imap.moving`
(committed, the MOVE not yet sent).
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import Callable, Iterator

from pipeline.config import ImapAccount
from pipeline.crashpoints import crash_point
from pipeline.errors import SourceError
from pipeline.sources import imap_wire as wire
from pipeline.sources.base import RawItem
from pipeline.sources.imap_backoff import BACKOFF_BASE_SECONDS, BACKOFF_MAX_SECONDS, AccountBackoff
from pipeline.sources.imap_connection import ImapConnection, connect_mailbox
from pipeline.sources.imap_cursor import FolderCursors
from pipeline.store.tables import utcnow

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 2**20
# Bounds memory when a batch is full of large attachments: imaplib holds a
# batch's literals while the answer is read, and we hold them again. Peak of
# `pengaduan run` over 2,000 mails (a fifth with a 100 KB PDF): 102 MB at 8 MB,
# 91 MB at 2 MB, as fast within the noise (183-190 vs 178-183 msg/s).
DEFAULT_BATCH_BYTES = 2 * 2**20
MOVE_BATCH = 200                       # finished messages moved with one UID MOVE


class ImapSource:
    """One IMAP account. `connect(account)` returns an imap-tools box (injectable for tests)."""

    def __init__(self, account: ImapAccount, *, db, connect: Callable = connect_mailbox,
                 max_bytes: int = DEFAULT_MAX_BYTES, batch_bytes: int = DEFAULT_BATCH_BYTES,
                 backoff_base: float = BACKOFF_BASE_SECONDS, backoff_max: float = BACKOFF_MAX_SECONDS,
                 clock: Callable[[], datetime] = utcnow):
        self.account = account
        self.name = f"imap:{account.name}"
        self.db = db
        self.max_bytes = max_bytes
        self.batch_bytes = batch_bytes
        self.backoff = AccountBackoff(db, self.name, clock=clock, base=backoff_base, maximum=backoff_max)
        self.connection = ImapConnection(account, name=self.name, connect=connect, backoff=self.backoff)
        self.cursors = FolderCursors(db, self.name)
        # Finished messages waiting for their MOVE: (folder, uidvalidity, destination) -> UIDs
        self._pending: dict[tuple[str, int, str], list[int]] = {}
        self._in_poll = False

    # The tests break the kept connection through these, and check what the server offered.
    @property
    def _box(self):
        return self.connection.box

    @property
    def _can_move(self) -> bool:
        return self.connection.can_move

    # ------------------------------------------------------------------ poll
    def poll(self) -> Iterator[RawItem]:
        if self.backoff.backing_off():
            return
        self._in_poll = True
        try:
            for folder in self.account.folders:
                yield from self._poll_folder(folder)
        finally:
            self._in_poll = False
        self.backoff.succeeded()

    def _poll_folder(self, folder: str) -> Iterator[RawItem]:
        self._flush_moves(raising=False)   # moves left from the last cycle
        # On a kept connection with this folder still selected, a poll is NOOP +
        # UID SEARCH: SELECT makes Dovecot reopen the whole Maildir index (~6 ms
        # at 10,000 messages against 0.7 ms at 100). A fresh SELECT every
        # RESELECT_SECONDS re-reads UIDVALIDITY, and so does any trouble NOOP reports.
        uids = self._search_selected(folder)
        if uids is not None:
            uidvalidity, uidnext = self.connection.selected_validity, None
            last = self.cursors.saved(folder)[1]
        else:
            uidvalidity, uidnext = self.connection.select(folder)
            last = self.cursors.start(folder, uidvalidity)
            if uidnext is not None and uidnext <= last + 1:
                return  # nothing new: one SELECT is the whole poll
            uids = self._search_above(folder, last)
        for chunk in _chunks(uids, self.account.fetch_batch):
            for batch in self._size_batches(folder, uidvalidity, chunk):
                items = self._fetch(folder, uidvalidity, batch)
                # Counted as outstanding before the first is yielded, so the
                # cursor can never pass one the cycle did not take.
                self.cursors.yielding(folder, (item.handle[1] for item in items), scanned_to=max(batch))
                try:
                    yield from items
                finally:
                    # Also on GeneratorExit (the cycle was asked to stop): what was
                    # committed is moved now, not left for the next poll.
                    self._flush_moves(raising=_generator_running())
                    self.cursors.save_progress(folder)
        if uidnext is not None:
            self.cursors.scanned_below(folder, uidnext)
            self.cursors.save_progress(folder)

    def _search_selected(self, folder: str) -> list[int] | None:
        """UIDs above the cursor without a SELECT, or None when a SELECT is due."""
        connection = self.connection
        if not connection.still_selected(folder, self.cursors.polled_validity(folder)):
            return None
        last = self.cursors.start(folder, connection.selected_validity)
        return connection.search_selected(last)

    # ------------------------------------------------------------------ finish
    def finish(self, item: RawItem, outcome: str, reason: str | None = None) -> None:
        """Move the message out of the read folder, in batches: one MOVE per batch, not per
        message (Dovecot syncs the Maildir on each, ~5-15 ms here).

        During a poll the batch goes after the items yielded from it. After a poll (the
        cycle processes items later) it goes once every message that poll yielded is
        finished, or when MOVE_BATCH are waiting; anything left (an item the cycle never
        finished) goes at the next poll or `close()`. Until moved, a committed message is
        harmless: the next poll yields it again and the ledger sends it straight back here.
        """
        folder, uid = item.handle
        uidvalidity = int(item.source_key.rsplit(":", 2)[1])
        destination = self.account.failed_folder if outcome == "failed" else self.account.processed_folder
        if not self._in_poll and self.backoff.backing_off(quiet=True):
            # The server failed a moment ago: no new attempt per item. The next
            # poll yields the message again and the ledger sends it here.
            log.debug("%s: %s UID %s stays until the server is back", self.name, folder, uid)
            return
        self._pending.setdefault((folder, uidvalidity, destination), []).append(uid)
        if self._in_poll:
            return
        waiting = {u for (f, _v, _d), uids in self._pending.items() if f == folder for u in uids}
        if len(waiting) >= MOVE_BATCH or self.cursors.outstanding(folder) <= waiting:
            self._flush_moves(raising=True)

    def close(self) -> None:
        """Make the waiting moves, write the cursor and log out (the worker's shutdown)."""
        if self._pending and self.connection.box is not None:
            self._flush_moves(raising=False)
        for folder in self.cursors.polled_folders():
            try:
                self.cursors.save_progress(folder)
            except Exception as exc:  # closing must not fail the caller's shutdown
                log.debug("%s: cursor of %s not saved: %s", self.name, folder, exc)
        self.connection.logout()

    # ------------------------------------------------------------------ IMAP steps
    def _search_above(self, folder: str, last: int) -> list[int]:
        return self.connection.call(f"searching {folder} above UID {last}",
                                    lambda client: wire.search_above(client, last))

    def _reselect(self, folder: str, uidvalidity: int) -> None:
        """Between two fetches of a poll, the moves of another folder's mail (filed
        meanwhile) may have selected that folder, or the connection was lost."""
        if self.connection.selected != folder:
            self.connection.select(folder)
        if self.connection.selected_validity != uidvalidity:
            raise SourceError(f"{self.connection.label()}: {folder} was recreated while it was read "
                              "(UIDVALIDITY changed); it is read again at the next poll")

    def _size_batches(self, folder: str, uidvalidity: int, uids: list[int]) -> Iterator[list[int]]:
        """Split a chunk so that one batch holds at most `batch_bytes` (a lone large message aside)."""
        self._reselect(folder, uidvalidity)
        known = self.connection.call(f"reading sizes of UIDs {wire.uid_set(uids)} in {folder}",
                                     lambda client: wire.fetch_sizes(client, uids))
        batch: list[int] = []
        total = 0
        for uid in uids:
            if uid not in known:
                continue   # expunged by someone else meanwhile
            size = known[uid]
            if batch and total + size > self.batch_bytes:
                yield batch
                batch, total = [], 0
            batch.append(uid)
            total += size
        if batch:
            yield batch

    def _fetch(self, folder: str, uidvalidity: int, uids: list[int]) -> list[RawItem]:
        self._reselect(folder, uidvalidity)
        fetched = self.connection.call(f"fetching UIDs {wire.uid_set(uids)} from {folder}",
                                       lambda client: wire.fetch_bodies(client, uids, self.max_bytes))
        crash_point("imap.fetched")
        source = self.name
        wanted = set(uids)
        return [RawItem(source=source, source_key=f"{folder}:{uidvalidity}:{uid}", data=data,
                        filename=f"{uid}.eml", handle=(folder, uid))
                for uid, data in sorted(fetched.items()) if uid in wanted]

    def _flush_moves(self, *, raising: bool) -> None:
        """Move every finished message out of its folder."""
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        try:
            for (folder, uidvalidity, destination), uids in sorted(pending.items()):
                if self.connection.selected != folder:
                    self.connection.select(folder)
                if self.connection.selected_validity != uidvalidity:
                    # The folder was recreated since: these UIDs now name other
                    # messages. The new ones are yielded (and deduplicated) anew.
                    log.info("%s: %d move(s) in %s dropped: UIDVALIDITY changed", self.name, len(uids), folder)
                    continue
                self.connection.ensure_folder(destination)
                crash_point("imap.moving")
                self._move(folder, destination, sorted(set(uids)))
                self.cursors.moved(folder, uids)
        except SourceError as exc:
            # Committed but still in the folder: the next poll yields them
            # again and the ledger sends them straight to finish().
            if raising:
                raise
            log.warning("%s: %s", self.name, exc)

    def _move(self, folder: str, destination: str, uids: list[int]) -> None:
        uid_set = wire.uid_set(uids)
        # The capabilities are read when the command runs: call() may have reconnected.
        self.connection.call(f"moving UIDs {uid_set} from {folder} to {destination}",
                             lambda client: wire.move_uids(client, uid_set, destination,
                                                           can_move=self.connection.can_move,
                                                           uidplus=self.connection.uidplus))
        log.debug("%s: moved %s from %s to %s", self.name, uid_set, folder, destination)


# ------------------------------------------------------------------ helpers
def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), max(size, 1)):
        yield items[i:i + size]


def _generator_running() -> bool:
    """True unless we are unwinding a GeneratorExit (then errors are logged, not raised)."""
    exc = sys.exc_info()[1]
    return not isinstance(exc, GeneratorExit)
