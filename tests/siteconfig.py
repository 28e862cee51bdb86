"""The one writer of config.toml for tests and benchmarks.

Every site starts from the embedded defaults (SQLite, local folders, the
pickup folder for mail, the shipped divisions) and replaces whole sections:
an IMAP account, a real SMTP server, a PostgreSQL database.
"""

from __future__ import annotations

import copy
from pathlib import Path

import tomli_w

ROOT = Path(__file__).resolve().parent.parent
IMAP_PASSWORD_ENV = "PENGADUAN_IMAP_PASSWORD"

EMBEDDED = {
    "database": {"url": "sqlite:///var/pengaduan.db"},
    "storage": {"archive_dir": "var/archive"},
    "maildir": {"path": "var/mail"},
    "scans": {"path": "var/scans", "stable_seconds": 0, "processed_dir": "var/scans-done",
              "failed_dir": "var/scans-failed", "receipts_dir": "var/receipts"},
    "smtp": {"host": "", "from_address": "pengaduan@example.go.id", "pickup_dir": "var/outbox"},
    "worker": {"poll_seconds": 1},
    "deadline": {"working_days": 3, "timezone": "Asia/Jakarta"},
    "agency": {"desk_email": "desk@example.go.id", "head_email": "kepala@example.go.id"},
}


def divisions_toml() -> str:
    """The shipped divisions, so tests route as the product does."""
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    return text[text.index("[[division]]"):]


def imap_settings(port: int, user: str, **overrides) -> dict:
    """A plain-text loopback account on a test Dovecot (password in IMAP_PASSWORD_ENV)."""
    return {"name": "kantor", "host": "127.0.0.1", "port": port, "security": "none", "user": user,
            "password_env": IMAP_PASSWORD_ENV, "folders": ["INBOX"], "processed_folder": "Diproses",
            "failed_folder": "Gagal", "timeout_seconds": 5, "fetch_batch": 500, **overrides}


def smtp_settings(port: int, **overrides) -> dict:
    """A loopback SMTP server without TLS or authentication, and no rate limit to wait on."""
    return {"host": "127.0.0.1", "port": port, "security": "none", "from_address": "pengaduan@example.go.id",
            "timeout_seconds": 5, "max_per_minute": 600000, **overrides}


def write_config(root: Path, *, database_url: str | None = None, maildir: str | None = None,
                 smtp: dict | None = None, imap: list[dict] = (), worker: dict | None = None,
                 extra: str = "") -> Path:
    """`root`/config.toml: the embedded defaults with these sections replaced. `extra` is
    TOML text appended as is (for tests of the config reader itself)."""
    root.mkdir(parents=True, exist_ok=True)
    config = copy.deepcopy(EMBEDDED)
    if database_url is not None:
        config["database"]["url"] = database_url
    if maildir is not None:
        config["maildir"]["path"] = maildir
    if smtp is not None:
        config["smtp"] = smtp
    if imap:
        config["imap"] = list(imap)
    if worker:
        config["worker"].update(worker)
    path = root / "config.toml"
    path.write_text(tomli_w.dumps(config) + "\n" + extra + "\n" + divisions_toml(), encoding="utf-8")
    return path
