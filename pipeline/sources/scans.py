"""The drop folder for scanned letters, polled (inotify is silent on SMB/NFS shares).

A file is taken only once its size and mtime have been still for
`stable_seconds`; a subfolder of page images is one letter, pages in name
order, taken once the whole subfolder is still. Items are keyed on their
content hash, so the same letter dropped twice is one complaint. Originals are
moved out (to processed_dir or failed_dir) only after the outcome is
committed, so a crash leaves them in the folder or already in the archive.
"""

from __future__ import annotations

import hashlib
import io
import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pipeline.sources.base import RawItem

log = logging.getLogger(__name__)

JUNK_NAMES = frozenset({"thumbs.db", ".ds_store", "desktop.ini", "@eadir", "#recycle", "$recycle.bin"})
PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp", ".temp", ".filepart", "~")
PAGE_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def is_junk(name: str) -> bool:
    lower = name.lower()
    return (lower in JUNK_NAMES or lower.startswith(".") or lower.startswith("~$")
            or lower.endswith(PARTIAL_SUFFIXES) or lower.endswith(".error.txt"))


@dataclass(frozen=True)
class _Entry:
    path: Path            # a file, or a subfolder holding the pages of one letter
    files: tuple[Path, ...]


class ScanFolderSource:
    name = "scans"

    def __init__(self, path: Path, *, stable_seconds: float, processed_dir: Path, failed_dir: Path,
                 max_bytes: int = 50 * 2**20, clock=time.time):
        self.path = Path(path)
        self.stable_seconds = stable_seconds
        self.processed_dir = Path(processed_dir)
        self.failed_dir = Path(failed_dir)
        self.max_bytes = max_bytes
        self.clock = clock
        self._last_seen: dict[Path, tuple[int, float]] = {}

    # ------------------------------------------------------------ polling
    def poll(self) -> Iterator[RawItem]:
        self.path.mkdir(parents=True, exist_ok=True)
        for entry in self._entries():
            if not self._is_stable(entry):
                continue
            item = self._read(entry)
            if item is not None:
                yield item

    def _entries(self) -> list[_Entry]:
        entries = []
        for child in sorted(self.path.iterdir()):
            if is_junk(child.name) or child.is_symlink():
                continue
            if child.is_file():
                entries.append(_Entry(child, (child,)))
            elif child.is_dir():
                files = tuple(sorted((p for p in child.rglob("*") if p.is_file() and not p.is_symlink()
                                      and not any(is_junk(part) for part in p.relative_to(child).parts)),
                                     key=lambda p: str(p.relative_to(child)).lower()))
                if files:
                    entries.append(_Entry(child, files))
        return entries

    def _is_stable(self, entry: _Entry) -> bool:
        try:
            stats = [f.stat() for f in entry.files]
        except FileNotFoundError:
            return False
        size = sum(s.st_size for s in stats)
        newest = max(s.st_mtime for s in stats)
        if entry.path.is_dir():
            newest = max(newest, entry.path.stat().st_mtime)
        previous = self._last_seen.get(entry.path)
        self._last_seen[entry.path] = (size, newest)
        if self.clock() - newest < self.stable_seconds:
            return False
        # Seen before with another size: still being written (a copier that
        # sets mtime oddly, or a share with a coarse clock).
        return previous is None or previous == (size, newest)

    def _read(self, entry: _Entry) -> RawItem | None:
        rel = str(entry.path.relative_to(self.path))
        try:
            if len(entry.files) == 1 and entry.path.is_file():
                data = entry.files[0].read_bytes()
                filename = entry.files[0].name
            else:
                data, filename = self._combine_pages(entry)
        except OSError as exc:
            log.warning("scans: cannot read %s: %s", rel, exc.strerror)
            return None
        digest = hashlib.sha256(data).hexdigest()
        return RawItem(source=self.name, source_key=f"sha256:{digest}", data=data, filename=filename,
                       handle=entry.path)

    def _combine_pages(self, entry: _Entry) -> tuple[bytes, str]:
        """Several page images in one subfolder become one multi-page TIFF, pages in name order."""
        pages = [f for f in entry.files if f.suffix.lower() in PAGE_IMAGE_SUFFIXES]
        if len(pages) != len(entry.files) or not pages:
            # Not a folder of page images: take the first readable file only if it is alone.
            others = [f.name for f in entry.files]
            raise OSError(0, f"a subfolder must hold only page images, found {', '.join(others[:5])}")
        from PIL import Image

        images = []
        try:
            for page in pages:
                with Image.open(page) as img:
                    img.load()
                    images.append(img.convert("L") if img.mode not in ("1", "L", "RGB") else img.copy())
            buf = io.BytesIO()
            images[0].save(buf, format="TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate")
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise OSError(0, f"page images of {entry.path.name}: {exc}") from exc
        return buf.getvalue(), f"{entry.path.name}.tiff"

    # ------------------------------------------------------------ finishing
    def finish(self, item: RawItem, outcome: str, reason: str | None = None) -> None:
        path = Path(item.handle)
        if not path.exists():
            return  # already moved (a crash after the move, before the next poll)
        target_root = self.processed_dir if outcome == "done" else self.failed_dir
        target = _free_name(target_root / path.relative_to(self.path))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), str(target))
        self._last_seen.pop(path, None)
        if outcome != "done":
            note = target.with_name(target.name + ".error.txt")
            note.write_text((reason or "could not be processed") + "\n", encoding="utf-8")
        log.info("scans: a letter moved to %s", target_root)
        log.debug("scans: %s moved to %s", path.name, target_root)


def _free_name(target: Path) -> Path:
    if not target.exists():
        return target
    stem, suffix = target.stem, target.suffix
    n = 1
    while True:
        candidate = target.with_name(f"{stem}.{n}{suffix}")
        if not candidate.exists():
            return candidate
        n += 1
