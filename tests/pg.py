"""A throwaway PostgreSQL cluster for tests and benchmarks.

`initdb` into a temporary folder, `pg_ctl start` on a free loopback high port
with the unix socket inside that folder, stopped and deleted at teardown. It
never looks at a server that happens to run on the machine (nor port 5432).
As root, initdb refuses to run, so the cluster belongs to the `postgres` user.

Missing binaries are an error, not a skip: the README's test command installs
Debian's `postgresql`, so their absence means the setup is broken.

    with PgCluster() as pg:
        url = pg.create_database("work")   # postgresql+psycopg://postgres@127.0.0.1:PORT/work
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from itertools import count
from pathlib import Path

import pytest

SEARCH = ["/usr/lib/postgresql/*/bin", "/usr/local/bin", "/usr/bin"]


def find_binaries() -> Path:
    """The folder holding initdb and pg_ctl (the newest Debian version first)."""
    candidates = sorted(glob.glob(SEARCH[0]), reverse=True) + SEARCH[1:]
    for folder in candidates:
        if os.access(Path(folder, "initdb"), os.X_OK) and os.access(Path(folder, "pg_ctl"), os.X_OK):
            return Path(folder)
    raise RuntimeError("PostgreSQL binaries (initdb, pg_ctl) not found: run scripts/test, which installs "
                       "Debian's postgresql package")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    """One postgres server in a temp folder; `create_database` hands out fresh databases."""

    def __init__(self, *, bin_dir: Path | None = None, settings: dict[str, str] | None = None):
        self.bin_dir = bin_dir or find_binaries()
        # A throwaway cluster: durability buys nothing here and costs the
        # shared disk a lot, so commits do not wait for fsync.
        self.settings = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
                         "max_connections": "100", **(settings or {})}
        self.port = 0
        self.root: Path | None = None
        self._names = count(1)

    # ------------------------------------------------------------ lifecycle
    def start(self) -> "PgCluster":
        self.root = Path(tempfile.mkdtemp(prefix="pengaduan-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self._as_owner([str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                        "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
        for attempt in range(3):
            self.port = free_port()
            options = [f"-c port={self.port}", "-c listen_addresses=127.0.0.1",
                       f"-c unix_socket_directories={self.root}"]
            options += [f"-c {k}={v}" for k, v in self.settings.items()]
            try:
                self._as_owner([str(self.bin_dir / "pg_ctl"), "start", "-D", str(self.data), "-w", "-t", "60",
                                "-l", str(self.log), "-o", " ".join(options)])
                return self
            except RuntimeError:
                if attempt == 2:
                    raise
                time.sleep(0.5)  # the port was taken between choosing and binding it
        return self

    def stop(self) -> None:
        if self.root is None:
            return
        try:
            self._as_owner([str(self.bin_dir / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate",
                            "-w", "-t", "30"])
        except RuntimeError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self) -> "PgCluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _as_owner(self, argv: list[str]) -> None:
        tool = Path(argv[0]).name
        if os.geteuid() == 0:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        # The server is a daemon: its output goes to a file and its stdin is
        # /dev/null, else it keeps the caller's pipes open (FACTS.md).
        with open(self.root / "ctl.log", "ab") as out:
            proc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                  cwd=self.root, timeout=120)
        if proc.returncode != 0:
            tail = (self.root / "ctl.log").read_text(errors="replace")[-2000:]
            if self.log.exists():
                tail += "\n--- server.log ---\n" + self.log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{tool} failed ({proc.returncode}):\n{tail}")

    # ------------------------------------------------------------ databases
    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres"):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database,
                               autocommit=True)

    def create_database(self, prefix: str = "t") -> str:
        name = f"{prefix}_{next(self._names)}_{os.getpid()}"
        with self.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def terminate_backends(self, database: str) -> int:
        """pg_terminate_backend on every connection to `database` but our own. Returns how many."""
        with self.connect() as conn:
            rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = %s AND pid <> pg_backend_pid()", (database,)).fetchall()
        return sum(1 for (ok,) in rows if ok)


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="session")
def pg_cluster():
    """One server for the whole session; each test takes its own database."""
    cluster = PgCluster()
    try:
        cluster.start()
    except RuntimeError as exc:
        pytest.fail(f"cannot start a throwaway PostgreSQL: {exc}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    return pg_cluster.create_database()
