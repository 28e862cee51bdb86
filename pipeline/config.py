"""config.toml -> frozen typed settings. The only reader of config and environment.

Every key of DESIGN.md is here with its meaning; keys this project added are
optional with defaults. A bad value raises ConfigError naming the key.
Relative paths resolve against the config file's own folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.errors import ConfigError

CONFIG_ENV = "PENGADUAN_CONFIG"
SECURITY_MODES = ("ssl", "starttls", "none")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    email: str
    keywords: tuple[str, ...]
    priority: int = 0
    disclose_identity: bool = False  # Perpres 76/2013: hide the complainant unless set


@dataclass(frozen=True)
class ImapAccount:
    name: str
    host: str
    port: int = 993
    security: str = "ssl"
    user: str = ""
    password_env: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"
    timeout_seconds: float = 30.0
    ca_file: Path | None = None
    fetch_batch: int = 500

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


@dataclass(frozen=True)
class Smtp:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password_env: str = "PENGADUAN_SMTP_PASSWORD"
    from_address: str = "pengaduan@example.go.id"
    pickup_dir: Path = Path("var/outbox")
    timeout_seconds: float = 30.0
    ca_file: Path | None = None
    max_per_minute: int = 60
    max_attempts: int = 8
    # loop safety: at most this many automatic replies to one address per window
    auto_reply_limit: int = 10
    auto_reply_window_hours: float = 3.0

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


@dataclass(frozen=True)
class Scans:
    path: Path
    stable_seconds: float = 5.0
    processed_dir: Path = Path("var/scans-done")
    failed_dir: Path = Path("var/scans-failed")
    receipts_dir: Path = Path("var/receipts")
    max_pages: int = 30
    max_pixels: int = 60_000_000
    ocr_timeout_seconds: float = 60.0


@dataclass(frozen=True)
class Deadline:
    working_days: int = 3
    timezone: str = "Asia/Jakarta"
    extra_holidays: tuple[str, ...] = ()
    extra_workdays: tuple[str, ...] = ()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Settings:
    config_path: Path
    database_url: str
    archive_dir: Path
    maildir_path: Path | None
    imap: tuple[ImapAccount, ...]
    scans: Scans
    smtp: Smtp
    poll_seconds: float
    deadline: Deadline
    divisions: tuple[Division, ...]
    desk_email: str = ""
    head_email: str = ""
    agency_name: str = "BKPSDM Kabupaten Pasuruan"
    max_input_bytes: int = 50 * 1024 * 1024
    lease_seconds: float = 30.0      # how long a worker's hold on a source lasts without renewal
    claim_seconds: float = 120.0     # how long a claimed item is a worker's before others may take it
    read_in_child: bool = True       # a backlog is parsed and extracted in a child process, beside filing
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def division(self, code: str) -> Division | None:
        return next((d for d in self.divisions if d.code == code), None)

    @property
    def own_addresses(self) -> frozenset[str]:
        addrs = {self.smtp.from_address, self.desk_email, self.head_email}
        addrs |= {d.email for d in self.divisions}
        return frozenset(a.lower() for a in addrs if a)


# ------------------------------------------------------------------ reading
class _Table:
    """Typed access to one TOML table, naming the full key in every error."""

    def __init__(self, data: dict, prefix: str):
        if not isinstance(data, dict):
            raise ConfigError(f"{prefix}: must be a table")
        self.data, self.prefix = data, prefix

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def get(self, name: str, kind: type | tuple, default: Any = ..., *, required: bool = False) -> Any:
        if name not in self.data:
            if required or default is ...:
                raise ConfigError(f"{self.key(name)}: required key is missing")
            return default
        value = self.data[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if float in kinds and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(k.__name__ for k in kinds)
            raise ConfigError(f"{self.key(name)}: expected {names}, got {value!r}")
        return value

    def str_list(self, name: str, default: tuple = ()) -> tuple[str, ...]:
        value = self.get(name, list, list(default))
        if not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{self.key(name)}: expected a list of strings")
        return tuple(value)

    def positive(self, name: str, kind: type, default: Any) -> Any:
        value = self.get(name, kind, default)
        if value <= 0:
            raise ConfigError(f"{self.key(name)}: must be greater than 0, got {value!r}")
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value = self.get(name, str, default)
        if value not in choices:
            raise ConfigError(f"{self.key(name)}: must be one of {', '.join(choices)}, got {value!r}")
        return value

    def table(self, name: str) -> _Table:
        return _Table(self.data.get(name, {}), self.key(name))


def resolve_config_path(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    return Path("config.toml")


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    config_path = resolve_config_path(path).expanduser().absolute()
    try:
        with open(config_path, "rb") as fh:
            raw = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{config_path}: configuration file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{config_path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{config_path}: cannot read: {exc.strerror}") from None
    return parse_settings(raw, config_path)


def parse_settings(raw: dict, config_path: Path) -> Settings:
    base = config_path.parent
    root = _Table(raw, "")

    def path_of(table: _Table, name: str, default: str) -> Path:
        value = table.get(name, str, default)
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p

    db = root.table("database")
    url = db.get("url", str, "sqlite:///var/pengaduan.db")
    url = _resolve_sqlite_url(url, base)
    if not (url.startswith("sqlite") or url.startswith("postgresql")):
        raise ConfigError(f"database.url: only sqlite:/// and postgresql+psycopg:// are supported, got {url!r}")

    storage = root.table("storage")
    maildir = root.table("maildir")
    maildir_value = maildir.get("path", str, "var/mail")

    scans_t = root.table("scans")
    scans = Scans(
        path=path_of(scans_t, "path", "var/scans"),
        stable_seconds=float(scans_t.get("stable_seconds", (int, float), 5.0)),
        processed_dir=path_of(scans_t, "processed_dir", "var/scans-done"),
        failed_dir=path_of(scans_t, "failed_dir", "var/scans-failed"),
        receipts_dir=path_of(scans_t, "receipts_dir", "var/receipts"),
        max_pages=scans_t.positive("max_pages", int, 30),
        max_pixels=scans_t.positive("max_pixels", int, 60_000_000),
        ocr_timeout_seconds=scans_t.positive("ocr_timeout_seconds", float, 60.0),
    )
    if scans.stable_seconds < 0:
        raise ConfigError("scans.stable_seconds: must not be negative")

    smtp_t = root.table("smtp")
    smtp = Smtp(
        host=smtp_t.get("host", str, ""),
        port=smtp_t.positive("port", int, 587),
        security=smtp_t.choice("security", SECURITY_MODES, "starttls"),
        user=smtp_t.get("user", str, ""),
        password_env=smtp_t.get("password_env", str, "PENGADUAN_SMTP_PASSWORD"),
        from_address=smtp_t.get("from_address", str, "pengaduan@example.go.id"),
        pickup_dir=path_of(smtp_t, "pickup_dir", "var/outbox"),
        timeout_seconds=smtp_t.positive("timeout_seconds", float, 30.0),
        ca_file=path_of(smtp_t, "ca_file", "") if smtp_t.get("ca_file", str, "") else None,
        max_per_minute=smtp_t.positive("max_per_minute", int, 60),
        max_attempts=smtp_t.positive("max_attempts", int, 8),
        auto_reply_limit=smtp_t.positive("auto_reply_limit", int, 10),
        auto_reply_window_hours=smtp_t.positive("auto_reply_window_hours", float, 3.0),
    )
    if "@" not in smtp.from_address:
        raise ConfigError(f"smtp.from_address: not an e-mail address: {smtp.from_address!r}")

    imap_list = raw.get("imap", [])
    if not isinstance(imap_list, list):
        raise ConfigError("imap: must be an array of tables ([[imap]])")
    accounts = []
    for i, item in enumerate(imap_list):
        t = _Table(item, f"imap[{i}]")
        accounts.append(ImapAccount(
            name=t.get("name", str, required=True),
            host=t.get("host", str, required=True),
            port=t.positive("port", int, 993),
            security=t.choice("security", SECURITY_MODES, "ssl"),
            user=t.get("user", str, ""),
            password_env=t.get("password_env", str, ""),
            folders=t.str_list("folders", ("INBOX",)),
            processed_folder=t.get("processed_folder", str, "Processed"),
            failed_folder=t.get("failed_folder", str, "Failed"),
            timeout_seconds=t.positive("timeout_seconds", float, 30.0),
            ca_file=path_of(t, "ca_file", "") if t.get("ca_file", str, "") else None,
            fetch_batch=t.positive("fetch_batch", int, 500),
        ))
    if len({a.name for a in accounts}) != len(accounts):
        raise ConfigError("imap.name: account names must be unique")

    worker = root.table("worker")
    deadline_t = root.table("deadline")
    deadline = Deadline(
        working_days=deadline_t.positive("working_days", int, 3),
        timezone=deadline_t.get("timezone", str, "Asia/Jakarta"),
        extra_holidays=_iso_dates(deadline_t, "extra_holidays"),
        extra_workdays=_iso_dates(deadline_t, "extra_workdays"),
    )
    try:
        ZoneInfo(deadline.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"deadline.timezone: unknown time zone {deadline.timezone!r}") from None

    divisions_raw = raw.get("division", [])
    if not isinstance(divisions_raw, list):
        raise ConfigError("division: must be an array of tables ([[division]])")
    divisions = []
    for i, item in enumerate(divisions_raw):
        t = _Table(item, f"division[{i}]")
        divisions.append(Division(
            code=t.get("code", str, required=True),
            name=t.get("name", str, required=True),
            email=t.get("email", str, ""),
            keywords=tuple(k.lower() for k in t.str_list("keywords")),
            priority=t.get("priority", int, 0),
            disclose_identity=t.get("disclose_identity", bool, False),
        ))
    if len({d.code for d in divisions}) != len(divisions):
        raise ConfigError("division.code: division codes must be unique")

    agency = root.table("agency")
    return Settings(
        config_path=config_path,
        database_url=url,
        archive_dir=path_of(storage, "archive_dir", "var/archive"),
        maildir_path=(path_of(maildir, "path", maildir_value) if maildir_value else None),
        imap=tuple(accounts),
        scans=scans,
        smtp=smtp,
        poll_seconds=worker.positive("poll_seconds", float, 60.0),
        deadline=deadline,
        divisions=tuple(divisions),
        desk_email=agency.get("desk_email", str, ""),
        head_email=agency.get("head_email", str, ""),
        agency_name=agency.get("name", str, "BKPSDM Kabupaten Pasuruan"),
        max_input_bytes=storage.positive("max_input_bytes", int, 50 * 1024 * 1024),
        lease_seconds=worker.positive("lease_seconds", float, 30.0),
        claim_seconds=worker.positive("claim_seconds", float, 120.0),
        read_in_child=worker.get("read_in_child", bool, True),
        extra={k: v for k, v in raw.items() if k not in _KNOWN_TABLES},
    )


_KNOWN_TABLES = {"database", "storage", "maildir", "imap", "scans", "smtp", "worker", "deadline", "division", "agency"}


def _iso_dates(table: _Table, name: str) -> tuple[str, ...]:
    from datetime import date

    values = table.str_list(name)
    for v in values:
        try:
            date.fromisoformat(v)
        except ValueError:
            raise ConfigError(f"{table.key(name)}: {v!r} is not an ISO date (YYYY-MM-DD)") from None
    return values


def _resolve_sqlite_url(url: str, base: Path) -> str:
    """sqlite:///relative/path.db is taken relative to the config file's folder."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
        rel = url[len(prefix):]
        return prefix + str((base / rel).absolute())
    return url
