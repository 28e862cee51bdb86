"""How far the IMAP source has read each folder: the cursor, and what UIDVALIDITY it holds for.

The cursor (`SourceState` row `imap:<account>:<folder>`) advances only over
UIDs that have been moved out (or vanished), never over a message merely
fetched: a crash anywhere before the move leaves the message above the
cursor, so it is yielded again and the ledger makes that harmless (the cycle
sees it done and only calls finish). A stale cursor is never wrong, only a
little slower, so it is written once per batch, not once per message.

A new UIDVALIDITY resets the cursor to 0 and the folder is read again; the
ledger's content-hash / Message-ID twin check keeps anything from being filed
twice.
"""

from __future__ import annotations

import logging
from typing import Iterable

from pipeline.store.tables import SourceState

# The IMAP source logs under one name, whichever of its modules speaks.
log = logging.getLogger("pipeline.sources.imap")


class FolderCursors:
    """The folders of one account: each one's saved cursor, and the progress of its last poll."""

    def __init__(self, db, source_name: str):
        self.db = db
        self.source_name = source_name     # "imap:<account>"
        # The database holds the truth; this process keeps a copy so that a poll
        # with nothing new costs no transaction.
        self._saved: dict[str, tuple[int | None, int]] = {}   # folder -> (uidvalidity, last UID) as saved
        # Of the last poll of each folder: UIDs yielded and not yet moved out, and
        # the highest UID up to which every message was yielded or is gone.
        self._outstanding: dict[str, set[int]] = {}
        self._scanned: dict[str, int] = {}
        self._validity: dict[str, int] = {}

    def saved(self, folder: str) -> tuple[int | None, int]:
        """(UIDVALIDITY, last UID) as saved; (None, 0) for a folder never read."""
        if folder not in self._saved:
            with self.db.atomic() as session:
                row = session.get(SourceState, self._row_name(folder))
                self._saved[folder] = (row.uidvalidity, row.last_uid) if row else (None, 0)
        return self._saved[folder]

    def start(self, folder: str, uidvalidity: int) -> int:
        """A poll of the folder begins: check UIDVALIDITY, write pending progress, return the cursor."""
        known_validity, last = self.saved(folder)
        if known_validity != uidvalidity:
            if known_validity is not None:
                log.warning("%s %s: UIDVALIDITY changed from %s to %s; reading the folder again "
                            "(the ledger skips what was already filed)", self.source_name, folder,
                            known_validity, uidvalidity)
            last = 0
            self._save(folder, uidvalidity, 0)
        else:
            last = self.save_progress(folder)   # moves made after the last poll
        self._validity[folder] = uidvalidity
        self._outstanding[folder] = set()
        self._scanned[folder] = last
        return last

    def polled_validity(self, folder: str) -> int | None:
        """The UIDVALIDITY the last poll of the folder read it under."""
        return self._validity.get(folder)

    def yielding(self, folder: str, uids: Iterable[int], scanned_to: int) -> None:
        """These UIDs are about to be yielded; every UID up to `scanned_to` was seen."""
        self._outstanding[folder].update(uids)
        self._scanned[folder] = scanned_to

    def scanned_below(self, folder: str, uidnext: int) -> None:
        """Every UID below UIDNEXT (as of the SELECT) was yielded or is gone."""
        self._scanned[folder] = max(self._scanned[folder], uidnext - 1)

    def moved(self, folder: str, uids: Iterable[int]) -> None:
        self._outstanding.get(folder, set()).difference_update(uids)

    def outstanding(self, folder: str) -> set[int]:
        """UIDs the last poll of the folder yielded that are not moved out yet."""
        return self._outstanding.get(folder, set())

    def polled_folders(self) -> list[str]:
        return list(self._scanned)

    def save_progress(self, folder: str) -> int:
        """Write the cursor up to the first UID still in the folder; returns it."""
        uidvalidity, saved = self.saved(folder)
        if folder not in self._scanned or self._validity.get(folder) != uidvalidity:
            return saved
        outstanding = self._outstanding.get(folder)
        target = min(outstanding) - 1 if outstanding else self._scanned[folder]
        if target > saved:
            self._save(folder, uidvalidity, target)
            return target
        return saved

    def _save(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        name = self._row_name(folder)
        with self.db.atomic() as session:
            row = session.get(SourceState, name) or SourceState(name=name)
            row.uidvalidity, row.last_uid = uidvalidity, last_uid
            session.add(row)
        self._saved[folder] = (uidvalidity, last_uid)

    def _row_name(self, folder: str) -> str:
        return f"{self.source_name}:{folder}"
