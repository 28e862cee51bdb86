"""The worker against a real Dovecot and a real SMTP server (issue 3, "What it must show").

Mail goes in with IMAP APPEND; `pengaduan run --once` runs as a real
subprocess; results are read from the database (`pengaduan list --json`), the
SMTP server's capture and the IMAP folders.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

import siteconfig
from servers import (PASSWORD, SmtpServer, auto_replies, complaint_mail, dovecot, dsn, imap_user,  # noqa: F401
                     own_dovecot, smtp_server, smtp_session_server)

ROOT = Path(__file__).resolve().parent.parent
PENGADUAN = str(Path(sys.executable).parent / "pengaduan")


@dataclass
class Site:
    root: Path
    config: Path
    user: str
    dovecot: object
    smtp: SmtpServer

    def run(self, *args: str, crash_at: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        env = {**os.environ, "PENGADUAN_IMAP_PASSWORD": PASSWORD, "PENGADUAN_OFFICER": "petugas-uji"}
        env.pop("PENGADUAN_CONFIG", None)
        env.pop("PENGADUAN_CRASH_AT", None)
        if crash_at:
            env["PENGADUAN_CRASH_AT"] = crash_at
        return subprocess.run([PENGADUAN, "--config", str(self.config), *args], capture_output=True, text=True,
                              env=env, timeout=timeout, stdin=subprocess.DEVNULL, cwd=self.root)

    def run_once(self, **kw) -> subprocess.CompletedProcess:
        proc = self.run("run", "--once", **kw)
        if not kw.get("crash_at"):
            assert proc.returncode == 0, proc.stderr
        return proc

    def complaints(self, *, states=(), cli: bool = False) -> list[dict]:
        """As `pengaduan list --json` prints them (in-process unless `cli`: a CLI start costs ~1.5 s here)."""
        if cli:
            proc = self.run("list", "--json", *[a for s in states for a in ("--state", s)])
            assert proc.returncode == 0, proc.stderr
            return json.loads(proc.stdout)
        from pipeline import views
        from pipeline.config import load_settings
        from pipeline.store.db import Database

        settings = load_settings(self.config)
        db = Database(settings.database_url)
        try:
            return views.complaint_rows(db, settings, states=states)
        finally:
            db.dispose()

    def count(self, folder: str) -> int:
        return self.dovecot.count(self.user, folder)

    def acks_by_recipient(self) -> dict[str, set[str]]:
        by: dict[str, set[str]] = defaultdict(set)
        for m in self.smtp.capture.messages:
            for rcpt in m.rcpt_tos:
                by[rcpt.lower()].add(m.message_id)
        return by

    def duplicate_deliveries(self) -> int:
        """Copies delivered more than once under the same Message-ID (allowed after a kill mid-send)."""
        return sum(n - 1 for n in Counter(self.smtp.capture.message_ids()).values() if n > 1)


def make_site(root: Path, dovecot, user: str, smtp: SmtpServer, *, folders=("INBOX",), fetch_batch: int = 500) -> Site:
    config = siteconfig.write_config(root, maildir="", smtp=siteconfig.smtp_settings(smtp.port),
                          imap=[siteconfig.imap_settings(dovecot.port, user, folders=list(folders), fetch_batch=fetch_batch)])
    return Site(root, config, user, dovecot, smtp)


@pytest.fixture
def site(tmp_path, dovecot, imap_user, smtp_server) -> Site:
    return make_site(tmp_path / "site", dovecot, imap_user, smtp_server)


def assert_each_complaint_once(site: Site, expected: int) -> list[dict]:
    complaints = site.complaints()
    assert len(complaints) == expected
    assert len({c["email"] for c in complaints}) == expected       # one sender each: none filed twice
    acks = site.acks_by_recipient()
    assert set(acks) == {c["email"] for c in complaints}
    assert all(len(ids) == 1 for ids in acks.values()), {k: v for k, v in acks.items() if len(v) > 1}
    return complaints


# ------------------------------------------------------------------ 1. the happy path
def test_fifty_complaints_filed_acknowledged_and_moved(site):
    """GIVEN 50 varied complaint e-mails appended to INBOX (some already read in a mail client)
    WHEN `pengaduan run --once` runs
    THEN 50 complaints are filed, the SMTP server gets one acknowledgement each, all 50 are in
    the processed folder; a second run fetches nothing and sends nothing."""
    mails = [complaint_mail(n) for n in range(50)]
    site.dovecot.append(site.user, mails[:40])
    site.dovecot.append(site.user, mails[40:], seen=True)

    first = site.run_once()

    complaints = assert_each_complaint_once(site, 50)
    assert len(site.complaints(cli=True)) == 50
    assert sum(c["complete"] for c in complaints) == 50, [c for c in complaints if not c["complete"]][:2]
    assert len(site.smtp.capture.messages) == 50
    assert all(m.headers["Auto-Submitted"] == "auto-replied" for m in site.smtp.capture.messages)
    assert (site.count("INBOX"), site.count("Diproses"), site.count("Gagal")) == (0, 50, 0)
    assert "50 seen, 50 filed" in first.stderr and "sent 50 message(s) via smtp" in first.stderr

    second = site.run_once()
    assert "cycle: 0 seen, 0 filed" in second.stderr
    assert len(site.smtp.capture.messages) == 50


def test_unreadable_mail_goes_to_failed_folder_and_quarantine(site):
    """GIVEN a message too large to read between two complaints
    WHEN the worker runs THEN the complaints are filed, the broken one lands in the failed
    folder and in `list --quarantine`, and it did not block the one behind it."""
    site.config.write_text(site.config.read_text().replace("[storage]\n", "[storage]\nmax_input_bytes = 30000\n"))
    site.dovecot.append(site.user, [complaint_mail(1), complaint_mail(2, body="x" * 40_000), complaint_mail(3)])

    site.run_once()

    assert len(site.complaints()) == 2
    assert (site.count("Diproses"), site.count("Gagal")) == (2, 1)
    quarantine = site.run("list", "--quarantine")
    assert quarantine.returncode == 0 and "too large" in quarantine.stdout and "imap:kantor" in quarantine.stdout


# ------------------------------------------------------------------ 2. SIGKILL at the bad moments
@pytest.mark.parametrize("crash_at", ["imap.fetched:2", "filed:15", "imap.moving:1", "sending:7", "sent:7"])
def test_sigkill_then_rerun_files_and_acknowledges_each_complaint_once(tmp_path, dovecot, imap_user, smtp_server,
                                                                       crash_at, record_property):
    """GIVEN 30 complaints fetched 10 at a time
    WHEN the worker is SIGKILLed during a fetch, after a batch is committed but before it is
    moved (run.py's `filed`, this module's `imap.moving`), or in the middle of sending, and
    then runs again
    THEN each complaint is filed once, every message left INBOX, and no complaint was
    acknowledged under two Message-IDs. A kill after the server took a message and before the
    outbox row was marked sent may deliver that one message twice with the same Message-ID."""
    site = make_site(tmp_path / "site", dovecot, imap_user, smtp_server, fetch_batch=10)
    site.dovecot.append(site.user, [complaint_mail(n, tag=f"k{n}") for n in range(30)])

    killed = site.run_once(crash_at=crash_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    site.run_once()

    assert_each_complaint_once(site, 30)
    assert (site.count("INBOX"), site.count("Diproses")) == (0, 30)
    duplicates = site.duplicate_deliveries()
    record_property("duplicate_deliveries", duplicates)
    print(f"{crash_at}: {duplicates} duplicate delivery(ies) with the same Message-ID")
    assert duplicates == (1 if crash_at.startswith("sent:") else 0)


# ------------------------------------------------------------------ 3. server down, UIDVALIDITY
def test_dovecot_stopped_mid_run_backs_off_and_loses_nothing(tmp_path, own_dovecot, smtp_server, caplog,
                                                             monkeypatch):
    """GIVEN 30 complaints fetched 10 at a time and a Dovecot that stops during the second fetch
    WHEN the worker's cycles go on THEN it logs the failure naming the step, backs off (the next
    cycle does not even connect), and once Dovecot is back and the backoff is over it files the
    rest: 30 complaints, 30 acknowledgements, nothing lost, nothing twice.
    (In-process, so the backoff clock can be moved instead of waiting 30 s.)"""
    from pipeline.config import load_settings
    from pipeline.run import Pipeline
    from pipeline.sources.imap import ImapSource, connect_mailbox
    from pipeline.store.db import Database
    from pipeline.store.tables import utcnow

    server = own_dovecot
    user = server.add_user("user1")
    server.start()
    site = make_site(tmp_path / "site", server, user, smtp_server, fetch_batch=10)
    server.append(user, [complaint_mail(n, tag="down") for n in range(30)])
    monkeypatch.setenv("PENGADUAN_IMAP_PASSWORD", PASSWORD)

    fetches = [0]

    def stop_during_second_fetch(account):
        box = connect_mailbox(account)
        real = box.client.uid

        def uid(command, *args):
            if command.upper() == "FETCH" and "BODY.PEEK" in args[-1]:
                fetches[0] += 1
                if fetches[0] == 2:
                    server.stop()
            return real(command, *args)
        box.client.uid = uid
        return box

    offset = [timedelta(0)]
    settings = load_settings(site.config)
    db = Database(settings.database_url)
    pipeline = Pipeline(settings, db)
    source = ImapSource(settings.imap[0], db=db, connect=stop_during_second_fetch,
                        clock=lambda: utcnow() + offset[0])
    pipeline._sources = [source]

    caplog.set_level(logging.INFO)
    first = pipeline.run_cycle()
    assert len(first.filed) == 10
    assert first.source_errors and "fetching UIDs 11:20 from INBOX" in first.source_errors[0]
    assert "next attempt in 30 s" in first.source_errors[0]
    assert any("source imap:kantor" in r.message and r.levelno == logging.WARNING for r in caplog.records)

    second = pipeline.run_cycle()                     # still within the backoff
    assert second.seen == 0 and not second.source_errors
    assert any("backing off" in r.message for r in caplog.records)

    server.start()
    offset[0] = timedelta(minutes=5)
    third = pipeline.run_cycle()
    assert len(third.filed) == 20 and not third.source_errors
    pipeline.sender.close()

    assert_each_complaint_once(site, 30)
    assert (server.count(user, "INBOX"), server.count(user, "Diproses")) == (0, 30)


def test_uidvalidity_change_files_nothing_twice(tmp_path, dovecot, imap_user, smtp_server):
    """GIVEN 10 complaints filed but not yet moved (the worker was killed before the batch's move)
    WHEN the read folder is deleted and recreated with the same 10 mails plus 2 new ones
    (a new UIDVALIDITY) and the worker runs again
    THEN it reads the folder again and files only the 2 new ones; all 12 leave the folder."""
    site = make_site(tmp_path / "site", dovecot, imap_user, smtp_server, folders=("Masuk",))
    mails = [complaint_mail(n, tag="uv") for n in range(12)]
    dovecot.append(imap_user, mails[:10], folder="Masuk")
    before = dovecot.uidvalidity(imap_user, "Masuk")
    assert site.run_once(crash_at="filed:10").returncode == -signal.SIGKILL
    assert len(site.complaints()) == 10

    with dovecot.mailbox(imap_user) as box:
        box.folder.delete("Masuk")
        box.folder.create("Masuk")
    dovecot.append(imap_user, mails, folder="Masuk")
    assert dovecot.uidvalidity(imap_user, "Masuk") != before

    proc = site.run_once()

    assert "UIDVALIDITY changed" in proc.stderr
    assert_each_complaint_once(site, 12)
    assert (site.count("Masuk"), site.count("Diproses")) == (0, 12)


# ------------------------------------------------------------------ 4. loop safety
def test_automatic_mail_gets_no_answer_and_replies_are_rate_limited(site):
    """GIVEN an out-of-office reply, a list mail, and 20 complaints from one address within an hour
    WHEN the worker runs THEN the two automatic mails are rejected and unanswered, and the one
    address gets at most 10 automatic replies.
    THEN a bounce (DSN) of one of our acknowledgements gets no answer either, marks that outbox
    row bounced and flags the complaint unreachable."""
    auto = auto_replies()
    storm = [complaint_mail(n, sender="rajin@example.org", tag="storm") for n in range(20)]
    site.dovecot.append(site.user, [auto["ooo"], auto["list"], *storm])

    site.run_once()

    to = Counter(r for m in site.smtp.capture.messages for r in m.rcpt_tos)
    assert to["rajin@example.org"] == 10
    assert set(to) == {"rajin@example.org"}
    rejected = site.complaints(states=["rejected"])
    assert len(rejected) == 2
    assert len(site.complaints()) == 20

    acked = site.smtp.capture.messages[0].message_id
    site.dovecot.append(site.user, [dsn(acked, "rajin@example.org")])
    site.run_once()

    assert len(site.smtp.capture.messages) == 10           # no answer to the bounce
    outbox = site.run("list", "--outbox")
    assert outbox.returncode == 0 and "bounced" in outbox.stdout
    assert site.count("INBOX") == 0 and site.count("Diproses") == 23
