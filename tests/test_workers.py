"""Four workers on one PostgreSQL, any of them free to die (issue 7).

Four `pengaduan run` processes share one Dovecot mailbox of 500 complaints
and a drop folder of 40 scanned letters (text-layer PDFs: OCR would only make
the test slow, and the scan path is the same). One worker is SIGKILLed
midway: preferably the one polling the mailbox, so its lease must be taken
over. Every complaint must be filed once, and the SMTP server must see each
complaint acknowledged under one Message-ID.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from email import message_from_bytes, policy
from pathlib import Path

import sqlalchemy as sa

import siteconfig
from conftest import PENGADUAN
from pg import pg_cluster, pg_url  # noqa: F401  (fixtures)
from servers import PASSWORD, complaint_mail, complaint_text, dovecot, imap_user, smtp_server, smtp_session_server  # noqa: F401

N_MAILS = int(os.environ.get("PENGADUAN_TEST_WORKER_MAILS", "500"))
N_SCANS = 40
N_WORKERS = 4
FINAL = ("done", "rejected", "duplicate", "failed")


# ------------------------------------------------------------------ a site of several workers
def scan_pdf(n: int) -> bytes:
    """A typed letter as a text-layer PDF, as an officer's scanner with OCR would save it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    name = f"Warga Pemindai {n}"
    for line in complaint_text(n, name).splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def drop_scans(root: Path, numbers) -> None:
    folder = root / "var/scans"
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        target = folder / f"surat-{n:04d}.pdf"
        target.write_bytes(scan_pdf(n))
        past = time.time() - 60
        os.utime(target, (past, past))


def start_worker(config: Path, log: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PENGADUAN_IMAP_PASSWORD": PASSWORD}
    env.pop("PENGADUAN_CONFIG", None)
    with open(log, "ab") as out:
        return subprocess.Popen([PENGADUAN, "--config", str(config), "run", *args], stdin=subprocess.DEVNULL,
                                stdout=out, stderr=subprocess.STDOUT, env=env, cwd=config.parent)


def stop_workers(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(5)


def ledger_counts(engine: sa.Engine) -> Counter:
    try:
        with engine.connect() as conn:
            return Counter(dict(conn.execute(sa.text("SELECT status, count(*) FROM inbound_item "
                                                     "GROUP BY status")).all()))
    except sa.exc.ProgrammingError:
        return Counter()   # the first worker has not created the schema yet


def wait_for(condition, timeout: float, what: str, procs=(), logs=()) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    tails = "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-1500:]}" for log in logs)
    raise AssertionError(f"timed out waiting for {what}\n{tails}")


# ------------------------------------------------------------------ the test
def test_four_workers_file_every_complaint_once_with_one_killed(tmp_path, pg_url, dovecot, imap_user, smtp_server):
    """GIVEN one Dovecot mailbox with 500 complaints, a drop folder with 40 scans, and four workers on one PostgreSQL
    WHEN one worker (the mailbox's poller if we can tell) is SIGKILLed once a fifth of the work is filed
    THEN every complaint is filed once, every e-mail complaint is acknowledged under exactly one Message-ID at
    the SMTP server, the mailbox and the drop folder are emptied, and the work was spread over the workers."""
    root = tmp_path / "site"
    config = siteconfig.write_config(
        root, database_url=pg_url, maildir="",
        imap=[siteconfig.imap_settings(dovecot.port, imap_user, timeout_seconds=10, fetch_batch=100)],
        smtp=siteconfig.smtp_settings(smtp_server.port, timeout_seconds=10))
    mails = [complaint_mail(n) for n in range(N_MAILS)]
    dovecot.append(imap_user, mails)
    drop_scans(root, range(1000, 1000 + N_SCANS))
    total = N_MAILS + N_SCANS
    engine = sa.create_engine(pg_url)

    logs = [root / f"worker{i}.log" for i in range(N_WORKERS)]
    procs = [start_worker(config, log) for log in logs]
    try:
        wait_for(lambda: sum(ledger_counts(engine)[s] for s in FINAL) >= total // 5, 150, "a fifth filed",
                 logs=logs)
        with engine.connect() as conn:
            poller = conn.execute(sa.text("SELECT holder FROM lease WHERE name = 'source:imap:kantor'")).scalar()
        pids = {p.pid: p for p in procs}
        victim = pids.get(int(poller.rsplit(":", 1)[1]), procs[0]) if poller else procs[0]
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        killed_at = sum(ledger_counts(engine)[s] for s in FINAL)

        def finished() -> bool:
            counts = ledger_counts(engine)
            with engine.connect() as conn:
                unsent = conn.execute(sa.text("SELECT count(*) FROM outbox WHERE status = 'queued'")).scalar()
            scans_left = list((root / "var/scans").glob("*.pdf"))
            return sum(counts[s] for s in FINAL) == total and not unsent and not scans_left \
                and dovecot.count(imap_user, "INBOX") == 0
        wait_for(finished, 170, "all work done", logs=logs)
    finally:
        stop_workers(procs)

    assert 0 < killed_at < total, "the kill must come midway"
    survivors = [p for p in procs if p is not victim]
    assert all(p.returncode == 0 for p in survivors), [p.returncode for p in survivors]

    with engine.connect() as conn:
        ledger = conn.execute(sa.text("SELECT source, status, complaint_id, message_id, claimed_by "
                                      "FROM inbound_item")).all()
        complaints = conn.execute(sa.text("SELECT id, ticket, channel, email FROM complaint")).all()
        outbox = conn.execute(sa.text("SELECT complaint_id, message_id, kind, status FROM outbox")).all()

    # Every item seen once, filed once.
    assert len(ledger) == total
    assert Counter(r.status for r in ledger) == Counter({"done": total}), Counter(r.status for r in ledger)
    assert len(complaints) == total
    assert len({r.complaint_id for r in ledger}) == total
    assert Counter(c.channel for c in complaints) == Counter({"email": N_MAILS, "scan": N_SCANS})
    assert len({c.ticket for c in complaints}) == total
    message_ids = [r.message_id for r in ledger if r.source.startswith("imap")]
    assert len(set(message_ids)) == N_MAILS
    # The work was spread: several workers processed items.
    by_worker = Counter(r.claimed_by for r in ledger)
    assert len(by_worker) >= 2, by_worker

    # At the SMTP server: each e-mail complaint acknowledged, under one Message-ID.
    tickets = {c.ticket: c for c in complaints}
    ids_per_ticket: dict[str, set[str]] = defaultdict(set)
    for captured in smtp_server.capture.messages:
        msg = message_from_bytes(captured.data, policy=policy.default)
        ticket = str(msg["Subject"]).split("]", 1)[0].lstrip("[")
        assert ticket in tickets, msg["Subject"]
        ids_per_ticket[ticket].add(msg["Message-ID"])
    emailed = {c.ticket for c in complaints if c.channel == "email"}
    assert set(ids_per_ticket) == emailed
    assert all(len(ids) == 1 for ids in ids_per_ticket.values()), \
        {t: ids for t, ids in ids_per_ticket.items() if len(ids) > 1}
    assert all(o.status == "sent" for o in outbox)
    assert len({o.message_id for o in outbox}) == len(outbox) == N_MAILS

    # The sources are emptied: IMAP moved everything to Diproses, scans moved out.
    assert dovecot.count(imap_user, "INBOX") == 0
    assert dovecot.count(imap_user, "Diproses") == N_MAILS
    assert len(list((root / "var/scans-done").glob("*.pdf"))) == N_SCANS
    report = {"killed_after": killed_at, "by_worker": dict(by_worker),
              "smtp_deliveries": len(smtp_server.capture.messages)}
    print(json.dumps(report))
    engine.dispose()
