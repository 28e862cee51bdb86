"""What every source yields, and what the cycle tells it back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol


@dataclass
class RawItem:
    """One message or file as it came, before anything was parsed.

    `handle` is the source's own reference, for `finish` (a path, a UID).
    """

    source: str            # ledger name of the source: "maildir", "scans", "imap:<account>", "ingest"
    source_key: str        # unique within the source
    data: bytes = field(repr=False)
    filename: str          # the name the parser dispatches on (.eml, .pdf, .png ...)
    handle: object = None


class Source(Protocol):
    name: str

    def poll(self) -> Iterator[RawItem]:
        """Yield the items that are ready now. The ledger decides which are new."""

    def finish(self, item: RawItem, outcome: str, reason: str | None = None) -> None:
        """Called after the outcome is committed: 'done' or 'failed'. Must be idempotent."""
