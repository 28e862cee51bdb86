"""`pengaduan ingest PATH...`: files named on the command line, through the same path as the worker."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator

from pipeline.sources.base import RawItem


class IngestSource:
    name = "ingest"

    def __init__(self, paths: list[str], *, max_bytes: int):
        self.paths = [Path(p) for p in paths]
        self.max_bytes = max_bytes
        self.errors: list[str] = []

    def poll(self) -> Iterator[RawItem]:
        for path in self.paths:
            try:
                with open(path, "rb") as fh:
                    data = fh.read(self.max_bytes + 1)
            except OSError as exc:
                self.errors.append(f"{path}: {exc.strerror or exc}")
                continue
            digest = hashlib.sha256(data).hexdigest()
            yield RawItem(source=self.name, source_key=f"sha256:{digest}", data=data, filename=path.name,
                          handle=path)

    def finish(self, item: RawItem, outcome: str, reason: str | None = None) -> None:
        if outcome == "failed":
            self.errors.append(f"{item.handle}: {reason}")
