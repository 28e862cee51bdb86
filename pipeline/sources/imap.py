"""The agency mailbox over IMAP (imap-tools): yield new messages, move them out once filed.

One `ImapSource` per `[[imap]]` account. A poll, for each folder to read:

    SELECT folder               -> UIDVALIDITY, UIDNEXT (nothing new: stop here)
                                   (still selected on the kept connection: NOOP instead)
    UID SEARCH UID last+1:*     -> UIDs above the cursor (RFC 3501 may add the highest: dropped)
    UID FETCH uids (RFC822.SIZE), then UID FETCH batch (BODY.PEEK[])   never marks mail read
    yield RawItem ...           -> the cycle stores, files and commits, then calls finish()
    UID MOVE uids Processed|Failed   after each batch, for the items finish() was told about

The cursor (`SourceState` row `imap:<account>:<folder>`) advances only over
UIDs that have been moved out (or vanished), never over a message merely
fetched: a crash anywhere before the move leaves the message above the
cursor, so it is yielded again and the ledger makes that harmless (the cycle
sees it done and only calls finish). A stale cursor is never wrong, only a
little slower, so it is written once per batch, not once per message.

A new UIDVALIDITY resets the cursor to 0 and the folder is read again; the
ledger's content-hash / Message-ID twin check keeps anything from being filed
twice.

Faults (server down, login refused, connection dropped, timeout) raise
SourceError naming the step, drop the connection, and set an exponential
backoff for this account alone (`SourceState` row `imap:<account>`): polls
return nothing until `retry_at`. The connection is kept open between polls
(a fresh one costs ~17 ms) and rebuilt after any failure.

Crash points for the SIGKILL tests (pipeline/crashpoints.py, PENGADUAN_CRASH_AT):
`imap.fetched` (a batch is in memory, nothing of it stored) and `imap.moving`
(committed, the MOVE not yet sent).
"""

from __future__ import annotations

import imaplib
import logging
import ssl
import time
from datetime import datetime
from typing import Callable, Iterator

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import ImapToolsError

from pipeline.config import ImapAccount
from pipeline.crashpoints import crash_point
from pipeline.errors import SourceError
from pipeline.sources import imap_wire as wire
from pipeline.sources.base import RawItem
from pipeline.sources.imap_backoff import BACKOFF_BASE_SECONDS, BACKOFF_MAX_SECONDS, AccountBackoff
from pipeline.sources.imap_cursor import FolderCursors
from pipeline.store.tables import utcnow

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 2**20
DEFAULT_BATCH_BYTES = 16 * 2**20       # bounds memory when a batch is full of large attachments
MOVE_BATCH = 200                       # finished messages moved with one UID MOVE
RESELECT_SECONDS = 300.0               # polls in between are a bare UID SEARCH on the selected folder

# What a dropped connection, a timeout, a refused login or an unexpected
# answer raise underneath imap-tools.
_IMAP_ERRORS = (imaplib.IMAP4.error, ImapToolsError, OSError, EOFError, ValueError)


def connect_mailbox(account: ImapAccount):
    """Open and (when a user is set) log in; the imap-tools box, ready for SELECT."""
    timeout = account.timeout_seconds
    if account.security == "none":
        box = MailBoxUnencrypted(account.host, account.port, timeout=timeout)
    else:
        # Verified against the system store, or the agency's own CA when given.
        context = ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
        if account.security == "ssl":
            box = MailBox(account.host, account.port, timeout=timeout, ssl_context=context)
        else:
            box = MailBoxStartTls(account.host, account.port, timeout=timeout, ssl_context=context)
    return box


class ImapSource:
    """One IMAP account. `connect(account)` returns an imap-tools box (injectable for tests)."""

    def __init__(self, account: ImapAccount, *, db, connect: Callable = connect_mailbox,
                 max_bytes: int = DEFAULT_MAX_BYTES, batch_bytes: int = DEFAULT_BATCH_BYTES,
                 backoff_base: float = BACKOFF_BASE_SECONDS, backoff_max: float = BACKOFF_MAX_SECONDS,
                 clock: Callable[[], datetime] = utcnow):
        self.account = account
        self.name = f"imap:{account.name}"
        self.db = db
        self._connect = connect
        self.max_bytes = max_bytes
        self.batch_bytes = batch_bytes
        self.backoff = AccountBackoff(db, self.name, clock=clock, base=backoff_base, maximum=backoff_max)
        self._box = None
        self._can_move = False
        self._uidplus = False
        self._selected: str | None = None
        self._ready_folders: set[str] = set()
        self._pending: dict[tuple[str, int, str], list[int]] = {}   # (folder, uidvalidity, destination) -> UIDs
        self._selected_validity: int | None = None
        self._selected_at = 0.0
        self._in_poll = False
        self.cursors = FolderCursors(db, self.name)

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
            uidvalidity, uidnext = self._selected_validity, None
            last = self.cursors.saved(folder)[1]
        else:
            uidvalidity, uidnext = self._select(folder)
            last = self.cursors.start(folder, uidvalidity)
            if uidnext is not None and uidnext <= last + 1:
                return  # nothing new: one SELECT is the whole poll
            uids = self._search_above(folder, last)
        for chunk in _chunks(uids, self.account.fetch_batch):
            for batch in self._size_batches(folder, chunk):
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
        box = self._box
        if (box is None or self._selected != folder
                or self._selected_validity != self.cursors.polled_validity(folder)
                or time.monotonic() - self._selected_at > RESELECT_SECONDS):
            return None
        last = self.cursors.start(folder, self._selected_validity)
        untagged = box.client.untagged_responses
        for name in ("NO", "BAD", "BYE"):
            untagged.pop(name, None)
        try:
            # NOOP lets Dovecot sync the selected mailbox (a bare SEARCH does not see new mail).
            box.client.noop()
            if untagged.get("NO") or untagged.get("BYE") or len(untagged.get("UIDVALIDITY", [])) > 1:
                # Dovecot answers NOOP on a folder deleted (and maybe recreated) under us
                # with an untagged NO and keeps the stale view: SELECT again.
                return None
            typ, data = box.client.uid("SEARCH", f"UID {last + 1}:*")
        except _IMAP_ERRORS as exc:
            log.info("%s: the kept connection failed (%s); reconnecting", self.name, exc)
            self._drop()
            return None
        if typ != "OK":
            return None
        return wire.parse_search(data, last)

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
        if self._pending and self._box is not None:
            self._flush_moves(raising=False)
        for folder in self.cursors.polled_folders():
            try:
                self.cursors.save_progress(folder)
            except Exception as exc:  # closing must not fail the caller's shutdown
                log.debug("%s: cursor of %s not saved: %s", self.name, folder, exc)
        box, self._box = self._box, None
        self._selected = None
        if box is not None:
            try:
                box.logout()
            except _IMAP_ERRORS:
                pass

    # ------------------------------------------------------------------ IMAP steps
    def _mailbox(self):
        if self._box is not None:
            return self._box
        account = self.account
        step = f"connecting to {account.host}:{account.port} ({account.security})"
        try:
            box = self._connect(account)
            if account.user:
                step = f"logging in as {account.user}"
                box.login(account.user, account.password(), initial_folder=None)
            # imaplib keeps the capabilities it saw before login; servers
            # announce MOVE and UIDPLUS only after it.
            step = "asking for capabilities"
            typ, data = box.client.capability()
            caps = set(data[0].decode().upper().split()) if typ == "OK" and data and data[0] else set()
        except _IMAP_ERRORS as exc:
            raise self._failure(step, exc) from exc
        self._can_move = "MOVE" in caps
        self._uidplus = "UIDPLUS" in caps
        self._box = box
        self._ready_folders = set()
        self._selected = None
        return box

    def _call(self, step: str, command: Callable, *, reconnect: bool = False):
        """Run one IMAP step; a failure becomes SourceError naming it."""
        kept = self._box is not None
        box = self._mailbox()
        try:
            return command(box.client)
        except _IMAP_ERRORS as exc:
            if not (reconnect and kept):
                raise self._failure(step, exc) from exc
            log.info("%s: the kept connection failed while %s (%s); reconnecting", self.name, step, exc)
            self._drop()
        box = self._mailbox()
        try:
            return command(box.client)
        except _IMAP_ERRORS as exc:
            raise self._failure(step, exc) from exc

    def _select(self, folder: str) -> tuple[int, int | None]:
        # A connection kept from the previous poll may have been closed by the
        # server meanwhile: SELECT is where that shows, so it may reconnect once.
        uidvalidity, uidnext = self._call(f"selecting {folder}",
                                          lambda client: wire.select_folder(client, folder), reconnect=True)
        if uidvalidity is None:
            raise self._failure(f"selecting {folder}", ValueError("server sent no UIDVALIDITY"))
        self._selected, self._selected_validity = folder, uidvalidity
        self._selected_at = time.monotonic()
        return uidvalidity, uidnext

    def _search_above(self, folder: str, last: int) -> list[int]:
        return self._call(f"searching {folder} above UID {last}",
                          lambda client: wire.search_above(client, last))

    def _size_batches(self, folder: str, uids: list[int]) -> Iterator[list[int]]:
        """Split a chunk so that one batch holds at most `batch_bytes` (a lone large message aside)."""
        known = self._call(f"reading sizes of UIDs {wire.uid_set(uids)} in {folder}",
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
        fetched = self._call(f"fetching UIDs {wire.uid_set(uids)} from {folder}",
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
                if self._selected != folder:
                    self._select(folder)
                if self._selected_validity != uidvalidity:
                    # The folder was recreated since: these UIDs now name other
                    # messages. The new ones are yielded (and deduplicated) anew.
                    log.info("%s: %d move(s) in %s dropped: UIDVALIDITY changed", self.name, len(uids), folder)
                    continue
                self._ensure_folder(destination)
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
        # The capabilities are read when the command runs: _call may have reconnected.
        self._call(f"moving UIDs {uid_set} from {folder} to {destination}",
                   lambda client: wire.move_uids(client, uid_set, destination,
                                                 can_move=self._can_move, uidplus=self._uidplus))
        log.debug("%s: moved %s from %s to %s", self.name, uid_set, folder, destination)

    def _ensure_folder(self, name: str) -> None:
        if name in self._ready_folders:
            return

        if self._call(f"creating folder {name}", lambda client: wire.create_folder(client, name)):
            log.info("%s: created folder %s", self._label(), name)
        self._ready_folders.add(name)

    # ------------------------------------------------------------------ connection
    def _failure(self, step: str, exc: BaseException) -> SourceError:
        """Drop the connection, set the backoff, and return the error to raise."""
        self._drop()
        detail = " ".join((str(exc) or type(exc).__name__).split())[:300]
        if isinstance(exc, TimeoutError) or "timed out" in detail:
            detail = f"timed out after {self.account.timeout_seconds:g} s"
        failures, delay = self.backoff.failed(f"{step}: {detail}")
        return SourceError(f"{self._label()}: {step}: {detail} (failure {failures}, "
                           f"next attempt in {delay:g} s)")

    def _drop(self) -> None:
        box, self._box = self._box, None
        self._selected = None
        if box is not None:
            try:
                box.client.shutdown()
            except Exception:  # the socket may already be gone; nothing to save
                pass

    def _label(self) -> str:
        a = self.account
        return f"imap {a.name} ({a.user + '@' if a.user else ''}{a.host}:{a.port})"


# ------------------------------------------------------------------ helpers
def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), max(size, 1)):
        yield items[i:i + size]


def _generator_running() -> bool:
    """True unless we are unwinding a GeneratorExit (then errors are logged, not raised)."""
    import sys

    exc = sys.exc_info()[1]
    return not isinstance(exc, GeneratorExit)
