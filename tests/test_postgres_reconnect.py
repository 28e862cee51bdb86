"""Connection loss mid-run: the workers' PostgreSQL connections are killed
(`pg_terminate_backend`) again and again while they file; they log, reconnect
with backoff, and in the end nothing is lost and nothing is done twice.
"""

from __future__ import annotations

import email
import time
from collections import Counter
from email import policy

import sqlalchemy as sa

from letters import complete_email
from pg import pg_cluster, pg_url  # noqa: F401  (fixtures)
from siteconfig import write_config
from test_workers import FINAL, ledger_counts, start_worker, stop_workers, wait_for

# Enough work that most kills land while it remains, on a fast machine too
# (at 300 mails and 0.75 s apart, the last kills came after all was filed).
N_MAILS = 600
N_WORKERS = 2
KILLS = 8


def test_workers_survive_repeated_connection_kills(tmp_path, pg_cluster, pg_url):
    """GIVEN two workers filing 600 e-mails from a shared Maildir into one PostgreSQL
    WHEN every worker connection is terminated eight times, 0.4 s apart, while they work
    THEN both workers keep running, log the loss and reconnect, and every e-mail is filed
    once and acknowledged once (one .eml per complaint in the pickup folder)."""
    root = tmp_path / "site"
    config = write_config(root, database_url=pg_url)
    for sub in ("new", "cur", "tmp"):
        (root / "var/mail" / sub).mkdir(parents=True, exist_ok=True)
    for n in range(N_MAILS):
        (root / "var/mail/new" / f"m{n:04d}").write_bytes(complete_email(n))
    database = pg_url.rsplit("/", 1)[1]
    engine = sa.create_engine(pg_url, pool_pre_ping=True)

    logs = [root / f"worker{i}.log" for i in range(N_WORKERS)]
    procs = [start_worker(config, log) for log in logs]
    try:
        wait_for(lambda: sum(ledger_counts(engine)[s] for s in FINAL) >= 5, 120, "the first filings", logs=logs)
        killed = 0
        progress = []
        for _ in range(KILLS):
            killed += pg_cluster.terminate_backends(database)
            progress.append(sum(ledger_counts(engine)[s] for s in FINAL))
            time.sleep(0.4)
        assert all(p.poll() is None for p in procs), "a worker died of a lost connection"

        def finished() -> bool:
            with engine.connect() as conn:
                unsent = conn.execute(sa.text("SELECT count(*) FROM outbox WHERE status = 'queued'")).scalar()
            return sum(ledger_counts(engine)[s] for s in FINAL) == N_MAILS and unsent == 0
        wait_for(finished, 150, "all work done", logs=logs)
    finally:
        stop_workers(procs)

    assert killed >= KILLS, killed                      # connections were there to kill, each time
    # and most kills came while work remained (batched filing is quick: how
    # many fall before the end depends on the machine, not on correctness)
    assert sum(p < N_MAILS for p in progress) >= KILLS // 2, progress
    assert all(p.returncode == 0 for p in procs), [p.returncode for p in procs]
    text = "".join(log.read_text(errors="replace") for log in logs)
    assert "database connection lost" in text and "reconnecting in" in text

    with engine.connect() as conn:
        statuses = Counter(conn.execute(sa.text("SELECT status FROM inbound_item")).scalars())
        complaints = conn.execute(sa.text("SELECT id FROM complaint")).scalars().all()
        outbox = conn.execute(sa.text("SELECT complaint_id, message_id, status FROM outbox")).all()
    assert statuses == Counter({"done": N_MAILS})
    assert len(complaints) == N_MAILS
    assert Counter(o.complaint_id for o in outbox) == Counter({c: 1 for c in complaints})
    assert all(o.status == "sent" for o in outbox)
    files = sorted((root / "var/outbox").glob("*.eml"))
    ids = [email.message_from_bytes(f.read_bytes(), policy=policy.default)["Message-ID"] for f in files]
    assert sorted(ids) == sorted(o.message_id for o in outbox)
    engine.dispose()
