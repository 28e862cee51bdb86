"""Ticket numbers under concurrency: several processes filing at once on one
PostgreSQL never share a number, and a rolled-back filing breaks nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter

from pg import pg_cluster, pg_url  # noqa: F401  (fixtures)

PROCESSES = 4
PER_PROCESS = 60

# Each process takes tickets in its own transactions, like concurrent
# filings; every fifth transaction fails after taking its numbers and is
# rolled back. With a block size (argv[2] > 0) each transaction first reserves
# that many numbers, as a filing batch does, uses none to three of them and
# gives the rest back. It prints the numbers it committed.
CHILD = textwrap.dedent("""
    import json, sys
    from pipeline.store.db import Database
    from pipeline.store import repo

    db = Database(sys.argv[1])
    block = int(sys.argv[2])
    committed = []
    for n in range({per}):
        try:
            with db.atomic() as session:
                if block:
                    repo.reserve_tickets(session, 2026, block)
                taken = [repo.next_ticket(session, 2026) for _ in range(n % 4 if block else 1)]
                if n % 5 == 4:
                    raise RuntimeError("filing failed after the numbers were taken")
                if block:
                    repo.return_unused_tickets(session)
            committed.extend(taken)
        except RuntimeError:
            pass
    print(json.dumps(committed))
""").format(per=PER_PROCESS)


def run_at_once(url: str, *, block: int = 0) -> list[list[str]]:
    """PROCESSES copies of CHILD started together; the tickets each committed."""
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, url, str(block)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True) for _ in range(PROCESSES)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    return results


def test_concurrent_filers_never_share_a_ticket(pg_url):
    """GIVEN a fresh database at head
    WHEN four processes take tickets at once, some transactions rolled back
    THEN every committed ticket is unique, each process's are increasing, and the counter
    never fell behind the numbers handed out."""
    from pipeline.store.db import Database
    from pipeline.store.tables import TicketCounter

    db = Database(pg_url)
    db.ensure_schema()
    results = run_at_once(pg_url)

    tickets = [t for r in results for t in r]
    assert len(tickets) == PROCESSES * PER_PROCESS * 4 // 5
    duplicates = [t for t, k in Counter(tickets).items() if k > 1]
    assert not duplicates
    for r in results:
        assert r == sorted(r)
    numbers = sorted(int(t.rsplit("-", 1)[1]) for t in tickets)
    with db.atomic() as s:
        assert s.get(TicketCounter, 2026).last >= numbers[-1]
    db.dispose()


def test_blocks_of_tickets_reserved_at_once_leave_no_gaps(pg_url):
    """GIVEN a fresh database at head
    WHEN four processes each reserve blocks of three tickets per transaction, use
    fewer, and roll some transactions back
    THEN the committed tickets are unique and run 1..N without a gap, and the
    counter stands at N."""
    from pipeline.store.db import Database
    from pipeline.store.tables import TicketCounter

    db = Database(pg_url)
    db.ensure_schema()
    results = run_at_once(pg_url, block=3)

    numbers = sorted(int(t.rsplit("-", 1)[1]) for r in results for t in r)
    assert len(numbers) == PROCESSES * sum(n % 4 for n in range(PER_PROCESS) if n % 5 != 4)
    assert numbers == list(range(1, len(numbers) + 1))
    for r in results:
        assert r == sorted(r)
    with db.atomic() as s:
        assert s.get(TicketCounter, 2026).last == numbers[-1]
    db.dispose()
