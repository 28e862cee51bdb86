"""Shared fixtures: a project set up in a temporary folder on embedded defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from siteconfig import write_config

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PENGADUAN = str(Path(sys.executable).parent / "pengaduan")

@dataclass
class Project:
    root: Path
    config: Path

    def settings(self):
        from pipeline.config import load_settings

        return load_settings(self.config)

    def db(self):
        from pipeline.store.db import Database

        return Database(self.settings().database_url)

    def pipeline(self, **kw):
        from pipeline.run import Pipeline

        settings = self.settings()
        return Pipeline(settings, self.db(), **kw)

    def drop_mail(self, name: str, data: bytes | str) -> Path:
        target = self.root / "var/mail/new" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        (self.root / "var/mail/cur").mkdir(exist_ok=True)
        (self.root / "var/mail/tmp").mkdir(exist_ok=True)
        target.write_bytes(data.encode() if isinstance(data, str) else data)
        return target

    def drop_scan(self, name: str, data: bytes) -> Path:
        target = self.root / "var/scans" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        past = target.stat().st_mtime - 60
        os.utime(target, (past, past))
        return target

    def outbox_files(self) -> list[Path]:
        box = self.root / "var/outbox"
        return sorted(p for p in box.glob("*.eml")) if box.exists() else []

    def cli(self, *args: str, env: dict | None = None, check: bool = False, timeout: float = 120):
        full_env = {**os.environ, "PENGADUAN_OFFICER": "petugas-uji", **(env or {})}
        full_env.pop("PENGADUAN_CONFIG", None)
        proc = subprocess.run([PENGADUAN, "--config", str(self.config), *args], capture_output=True, text=True,
                              env=full_env, timeout=timeout, stdin=subprocess.DEVNULL, cwd=self.root)
        if check and proc.returncode != 0:
            raise AssertionError(f"pengaduan {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
        return proc


def make_project(root: Path, extra: str = "", worker: dict | None = None) -> Project:
    return Project(root, write_config(root, extra=extra, worker=worker))


@pytest.fixture
def project(tmp_path) -> Project:
    return make_project(tmp_path / "site")


@pytest.fixture
def example_mail() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((EXAMPLES / "mail").glob("*.eml"))}
