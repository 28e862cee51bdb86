"""Throughput of 1, 2 and 4 workers on one PostgreSQL, beside a pure CPU control.

    .venv/bin/python bench/bench_workers.py [--mails 300] [--scans 20]

Each run gets a fresh database and a fresh site holding the same work: e-mails
in a shared Maildir and text-layer PDF scans in the drop folder. N `pengaduan
run` processes start together; throughput is the items filed per second
between the first and the last filing (process start-up, the same for every N
and paid once in production, is left out). The control is N processes
spinning a fixed loop, measured in the same run just before each worker run,
because what two shared cores give varies from minute to minute (FACTS.md).
Target (issue 7): the workers' ratio at 2 is at least 0.9 of the control's.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from letters import complete_email  # noqa: E402
from pg import PgCluster  # noqa: E402
from test_workers import FINAL, drop_scans, ledger_counts, start_worker, stop_workers  # noqa: E402
from siteconfig import write_config  # noqa: E402

SPIN = 4_000_000


def spin(_: int) -> None:
    x = 0
    for i in range(SPIN):
        x += i * i % 7


def control(n: int, rounds: int = 2) -> float:
    """Loops per second of n processes spinning `rounds` loops each."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(n) as pool:
        pool.map(spin, range(n))            # start-up out of the measurement
        start = time.perf_counter()
        pool.map(spin, range(n * rounds))
        return n * rounds / (time.perf_counter() - start)


def workers(pg: PgCluster, n: int, mails: int, scans: int) -> float:
    """Items filed per second by n workers."""
    root = Path(tempfile.mkdtemp(prefix=f"bench-workers-{n}-"))
    try:
        url = pg.create_database("bench")
        config = write_config(root, database_url=url)
        for sub in ("new", "cur", "tmp"):
            (root / "var/mail" / sub).mkdir(parents=True, exist_ok=True)
        for i in range(mails):
            (root / "var/mail/new" / f"m{i:05d}").write_bytes(complete_email(i))
        drop_scans(root, range(1000, 1000 + scans))
        total = mails + scans
        engine = sa.create_engine(url, pool_pre_ping=True)
        procs = [start_worker(config, root / f"worker{i}.log") for i in range(n)]
        try:
            first = None
            while True:
                done = sum(ledger_counts(engine)[s] for s in FINAL)
                now = time.perf_counter()
                if done and first is None:
                    first, first_done = now, done
                if done >= total:
                    break
                if any(p.poll() is not None for p in procs):
                    raise RuntimeError(f"a worker exited: see {root}")
                time.sleep(0.2)
        finally:
            stop_workers(procs)
            engine.dispose()
        return (total - first_done) / (now - first)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=300)
    parser.add_argument("--scans", type=int, default=20)
    args = parser.parse_args()
    rows = []
    with PgCluster() as pg:
        for n in (1, 2, 4):
            c = control(n)
            w = workers(pg, n, args.mails, args.scans)
            rows.append((n, w, c))
            print(f"  measured N={n}: workers {w:.1f} items/s, control {c:.2f} loops/s", file=sys.stderr)
    w1, c1 = rows[0][1], rows[0][2]
    print(f"work: {args.mails} e-mails + {args.scans} PDF scans per run, 2 shared cores")
    print(f"{'N':>2}  {'items/s':>8}  {'workers':>8}  {'control':>8}  {'workers/control':>15}")
    for n, w, c in rows:
        print(f"{n:>2}  {w:>8.1f}  {w / w1:>8.2f}  {c / c1:>8.2f}  {(w / w1) / (c / c1):>15.2f}")
    at2 = (rows[1][1] / w1) / (rows[1][2] / c1)
    print(f"target: workers' scaling at 2 >= 0.9 of the control's: {'met' if at2 >= 0.9 else 'NOT met'} ({at2:.2f})")


if __name__ == "__main__":
    main()
