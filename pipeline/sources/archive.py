"""The archive: every inbound item stored whole, content-addressed by sha256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class Archive:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    def store(self, data: bytes) -> tuple[str, Path]:
        """Write the bytes durably (fsync, atomic rename); the same bytes are stored once."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_for(digest)
        if path.exists() and path.stat().st_size == len(data):
            return digest, path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(path.parent)
        return digest, path

    def read(self, digest: str) -> bytes:
        return self.path_for(digest).read_bytes()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
