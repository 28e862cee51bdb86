"""One IMAP account's connection: TLS, login, capabilities, the selected folder, and faults.

The connection is kept open between polls (a fresh one costs ~17 ms) and
rebuilt after any failure. Faults (server down, login refused, connection
dropped, timeout) raise SourceError naming the step, drop the connection,
and set the account's backoff (imap_backoff.py).
"""

from __future__ import annotations

import imaplib
import logging
import ssl
import time
from typing import Callable

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import ImapToolsError

from pipeline.config import ImapAccount
from pipeline.errors import SourceError
from pipeline.sources import imap_wire as wire
from pipeline.sources.imap_backoff import AccountBackoff

# The IMAP source logs under one name, whichever of its modules speaks.
log = logging.getLogger("pipeline.sources.imap")

RESELECT_SECONDS = 300.0               # polls in between are a bare UID SEARCH on the selected folder

# What a dropped connection, a timeout, a refused login or an unexpected
# answer raise underneath imap-tools.
IMAP_ERRORS = (imaplib.IMAP4.error, ImapToolsError, OSError, EOFError, ValueError)


def connect_mailbox(account: ImapAccount):
    """Open the connection (not yet logged in); the imap-tools box."""
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


class ImapConnection:
    """`connect(account)` returns an imap-tools box (injectable for tests)."""

    def __init__(self, account: ImapAccount, *, name: str, connect: Callable, backoff: AccountBackoff):
        self.account = account
        self.name = name                    # "imap:<account>", for log lines
        self._connect = connect
        self.backoff = backoff
        self.box = None                     # the imap-tools box while connected
        self.can_move = False               # the server's capabilities, read after login
        self.uidplus = False
        self.selected: str | None = None    # the folder selected on this connection
        self.selected_validity: int | None = None
        self.selected_at = 0.0              # time.monotonic() of that SELECT
        self._ready_folders: set[str] = set()

    def open(self):
        """The box: the kept one, or a new one connected, logged in and asked for capabilities."""
        if self.box is not None:
            return self.box
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
        except IMAP_ERRORS as exc:
            raise self.failure(step, exc) from exc
        self.can_move = "MOVE" in caps
        self.uidplus = "UIDPLUS" in caps
        self.box = box
        self._ready_folders = set()
        self.selected = None
        return box

    def call(self, step: str, command: Callable, *, reconnect: bool = False):
        """Run one IMAP step, `command(client)`; a failure becomes SourceError naming it."""
        kept = self.box is not None
        box = self.open()
        try:
            return command(box.client)
        except IMAP_ERRORS as exc:
            if not (reconnect and kept):
                raise self.failure(step, exc) from exc
            log.info("%s: the kept connection failed while %s (%s); reconnecting", self.name, step, exc)
            self.drop()
        box = self.open()
        try:
            return command(box.client)
        except IMAP_ERRORS as exc:
            raise self.failure(step, exc) from exc

    def select(self, folder: str) -> tuple[int, int | None]:
        """SELECT the folder; its (UIDVALIDITY, UIDNEXT)."""
        # A connection kept from the previous poll may have been closed by the
        # server meanwhile: SELECT is where that shows, so it may reconnect once.
        uidvalidity, uidnext = self.call(f"selecting {folder}",
                                         lambda client: wire.select_folder(client, folder), reconnect=True)
        if uidvalidity is None:
            raise self.failure(f"selecting {folder}", ValueError("server sent no UIDVALIDITY"))
        self.selected, self.selected_validity = folder, uidvalidity
        self.selected_at = time.monotonic()
        return uidvalidity, uidnext

    def still_selected(self, folder: str, uidvalidity: int | None) -> bool:
        """Whether the kept connection has the folder selected, under that UIDVALIDITY, and not long ago.

        A fresh SELECT every RESELECT_SECONDS re-reads UIDVALIDITY.
        """
        return (self.box is not None and self.selected == folder and self.selected_validity == uidvalidity
                and time.monotonic() - self.selected_at <= RESELECT_SECONDS)

    def search_selected(self, last: int) -> list[int] | None:
        """UIDs above `last` in the selected folder, or None when a SELECT is due."""
        box = self.box
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
        except IMAP_ERRORS as exc:
            log.info("%s: the kept connection failed (%s); reconnecting", self.name, exc)
            self.drop()
            return None
        if typ != "OK":
            return None
        return wire.parse_search(data, last)

    def ensure_folder(self, name: str) -> None:
        """Create the folder unless this connection has already made sure it is there."""
        if name in self._ready_folders:
            return
        if self.call(f"creating folder {name}", lambda client: wire.create_folder(client, name)):
            log.info("%s: created folder %s", self.label(), name)
        self._ready_folders.add(name)

    def failure(self, step: str, exc: BaseException) -> SourceError:
        """Drop the connection, set the backoff, and return the error to raise."""
        self.drop()
        detail = " ".join((str(exc) or type(exc).__name__).split())[:300]
        if isinstance(exc, TimeoutError) or "timed out" in detail:
            detail = f"timed out after {self.account.timeout_seconds:g} s"
        failures, delay = self.backoff.failed(f"{step}: {detail}")
        return SourceError(f"{self.label()}: {step}: {detail} (failure {failures}, "
                           f"next attempt in {delay:g} s)")

    def drop(self) -> None:
        """Forget the connection without a word to the server (it may be gone)."""
        box, self.box = self.box, None
        self.selected = None
        if box is not None:
            try:
                box.client.shutdown()
            except Exception:  # the socket may already be gone; nothing to save
                pass

    def logout(self) -> None:
        box, self.box = self.box, None
        self.selected = None
        if box is not None:
            try:
                box.logout()
            except IMAP_ERRORS:
                pass

    def label(self) -> str:
        a = self.account
        return f"imap {a.name} ({a.user + '@' if a.user else ''}{a.host}:{a.port})"
