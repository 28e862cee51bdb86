"""The embedded mail source: a local Maildir, read with the standard `mailbox` module.

Both new/ and cur/ are read; the ledger, not the folder, decides what is new,
so a message someone already opened in a mail client is still taken. Messages
are left where they are (a local mail server owns the Maildir).
"""

from __future__ import annotations

import logging
import mailbox
from pathlib import Path
from typing import Iterator

from pipeline.errors import SourceError
from pipeline.sources.base import RawItem

log = logging.getLogger(__name__)


class MaildirSource:
    name = "maildir"

    def __init__(self, path: Path, *, known_keys=lambda: set(), max_bytes: int = 50 * 2**20):
        self.path = Path(path)
        self.known_keys = known_keys   # () -> keys the ledger has finished, asked once per poll
        self.max_bytes = max_bytes

    def poll(self) -> Iterator[RawItem]:
        for sub in ("new", "cur", "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        try:
            box = mailbox.Maildir(self.path, factory=None, create=False)
            keys = sorted(box.keys())
        except OSError as exc:
            raise SourceError(f"maildir {self.path}: {exc}") from exc
        known = self.known_keys()
        for key in keys:
            if key in known:
                continue
            try:
                with box.get_file(key) as fh:
                    data = fh.read(self.max_bytes + 1)
            except (KeyError, FileNotFoundError):
                continue  # moved or deleted by the mail server meanwhile
            except OSError as exc:
                log.warning("maildir %s: cannot read message %s: %s", self.path, key, exc)
                continue
            yield RawItem(source=self.name, source_key=key, data=data, filename=f"{key}.eml", handle=key)

    def finish(self, item: RawItem, outcome: str, reason: str | None = None) -> None:
        """Nothing moves: the ledger remembers the outcome."""
