"""The embedded sender: each message becomes one .eml file in a pickup folder.

Used while no SMTP host is configured. The file name comes from the
Message-ID, and the file appears by an atomic rename, so sending the same row
twice leaves one file, never a torn one.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from pipeline.errors import SendError


class PickupDirSender:
    def __init__(self, pickup_dir: Path):
        self.pickup_dir = Path(pickup_dir)
        self.description = f"pickup folder {self.pickup_dir}"

    def send(self, raw: bytes, *, from_address: str, to_address: str, message_id: str) -> None:
        name = re.sub(r"[^A-Za-z0-9._-]+", "_", message_id.strip("<>")) + ".eml"
        try:
            self.pickup_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.pickup_dir, prefix=".tmp-", suffix=".eml")
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.pickup_dir / name)
        except OSError as exc:
            raise SendError(f"cannot write to {self.pickup_dir}: {exc.strerror}") from exc

    def close(self) -> None:
        pass
