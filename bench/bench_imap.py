"""IMAP ingest against a real Dovecot, measured against a plain imap-tools fetch in the same run.

    .venv/bin/python bench/bench_imap.py            # full run (~12 min on 2 cores)
    .venv/bin/python bench/bench_imap.py --quick    # smaller counts, for a smoke test

What it reports (issue 3, item 5):
  1. 2,000 text complaint e-mails: ingest (fetch, archive, parse, extract, commit the
     complaint, ledger, event and outbox rows, move to the processed folder; sending
     excluded) vs a plain imap-tools `fetch(bulk=500, mark_seen=False)` of the same
     mailbox: msg/s both, and the ratio (target >= 0.25).
  2. The same with a fifth of the mails carrying a ~100 KB PDF: ratio, where the time
     goes by stage, and the top cProfile entries of a profiled run. And the text mails
     as delivered, with the ~3.5 KB of trace, SPF, DKIM and ARC headers they gather on
     the way (FACTS.md's baseline is of ~4 KB mails).
  2b. The ceiling that reading sets: the CPU time of parse + extract alone per mail,
     and what ingest would reach if every core read and nothing else cost anything.
  3. A poll with nothing new on a 10,000-message folder vs a 100-message one (target
     within 1.5x), on an open connection, next to a raw `UID SEARCH UID n:*`.
  4. Peak memory of `pengaduan run --once` on 10,000 waiting mails (target < 150 MB): the
     worker and every process under it (the reading child): each one's VmHWM, and the
     peak of their summed RSS and PSS (shared pages counted once).

Each is measured as a site runs by default (a backlog read in a child process beside
filing) and with `[worker] read_in_child = false` (everything in the worker).

Mail is put into the Maildir directly (what Dovecot's LDA does), which is faster
than APPEND for 10,000 messages and gives Dovecot the same bytes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import os
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from servers import PASSWORD, Dovecot, complaint_mail, dovecot_root, tiny_pdf  # noqa: E402
from siteconfig import imap_settings, write_config  # noqa: E402


# ------------------------------------------------------------------ mailboxes
def _signature(rnd: random.Random, chars: int) -> str:
    """A folded base64 blob, as DKIM and ARC signatures are written."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    blob = "".join(rnd.choice(alphabet) for _ in range(chars))
    return "\n\t ".join(blob[i:i + 72] for i in range(0, len(blob), 72))


def transport_headers(n: int, sender: str) -> bytes:
    """What the sender's provider and the agency's mail server add above a mail on its way
    to the mailbox (~3.5 KB): trace, SPF, DKIM and ARC headers. FACTS.md's baseline was
    measured on ~4 KB mails; the test mails alone are ~1 KB."""
    rnd = random.Random(n)
    domain = sender.rsplit("@", 1)[1]
    stamp = 1_793_000_000 + n * 37
    when = time.strftime("%a, %d %b %Y %H:%M:%S +0700", time.gmtime(stamp + 7 * 3600))
    ip = f"209.85.{rnd.randrange(128, 256)}.{rnd.randrange(1, 255)}"
    return (f"""Return-Path: <{sender}>
Delivered-To: pengaduan@example.go.id
Received: from mx.example.go.id ([203.0.113.10])
	by imap.example.go.id with LMTP id {_signature(rnd, 22)}
	for <pengaduan@example.go.id>; {when}
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [{ip}])
	by mx.example.go.id (Postfix) with ESMTPS id 4X{_signature(rnd, 12)}
	for <pengaduan@example.go.id>; {when} (WIB)
Received-SPF: pass (mx.example.go.id: domain of {sender} designates {ip} as permitted sender)
Authentication-Results: mx.example.go.id; dkim=pass (2048-bit key) header.d={domain}
	header.i=@{domain} header.b={_signature(rnd, 8)}; spf=pass smtp.mailfrom={sender}; dmarc=pass
ARC-Seal: i=1; a=rsa-sha256; t={stamp}; cv=none; d=google.com; s=arc-20240605;
	b={_signature(rnd, 344)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;
	h=to:subject:message-id:date:from:mime-version:dkim-signature;
	bh={_signature(rnd, 44)};
	b={_signature(rnd, 344)}
ARC-Authentication-Results: i=1; mx.google.com; dkim=pass header.i=@{domain} header.s=20230601;
	spf=pass (google.com: domain of {sender} designates {ip} as permitted sender) smtp.mailfrom={sender};
	dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from={domain}
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=20230601; t={stamp}; x={stamp + 604800};
	h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
	bh={_signature(rnd, 44)};
	b={_signature(rnd, 344)}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t={stamp};
	h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date;
	bh={_signature(rnd, 44)};
	b={_signature(rnd, 344)}
X-Gm-Message-State: AOJu0Y{_signature(rnd, 60)}
X-Google-Smtp-Source: AGHT+I{_signature(rnd, 60)}
X-Received: by 2002:a05:6402:2351:b0:5c8:8d2f:1a3b with SMTP id r17mr{rnd.randrange(10**6, 10**7)}edw.12.{stamp}000;
	{when}
X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID,FREEMAIL_FROM,SPF_PASS autolearn=ham
""").encode()


def bench_mail(n: int, *, tag: str, pdf: bytes | None = None, delivered: bool = False) -> bytes:
    """A complaint mail; `delivered`: with the headers it gathers on its way (see above)."""
    data = complaint_mail(n, tag=tag, pdf=pdf)
    if not delivered:
        return data
    sender = re.search(rb"^From: .*<([^>]+)>", data, re.M).group(1).decode()
    return transport_headers(n, sender) + data


def fill_maildir(server: Dovecot, user: str, count: int, *, pdf_every: int = 0, tag: str = "b",
                 delivered: bool = False) -> None:
    """Deliver `count` complaint mails into the user's INBOX the way an LDA does."""
    new = server.root / "mail" / user / "new"
    for sub in ("new", "cur", "tmp"):
        (new.parent / sub).mkdir(parents=True, exist_ok=True)
    pdf = tiny_pdf(100) if pdf_every else None
    now = int(time.time())
    for n in range(count):
        data = bench_mail(n, tag=tag, pdf=pdf if pdf_every and n % pdf_every == 0 else None, delivered=delivered)
        data = data.replace(b"\r\n", b"\n")   # Maildir files use LF; Dovecot serves CRLF
        (new / f"{now}.M{n}P{os.getpid()}.bench").write_bytes(data)
    if server.as_dovecot:
        for path in [new.parent.parent, new.parent, *new.parent.rglob("*")]:
            os.chown(path, server.uid, server.gid)


def connect(server: Dovecot, user: str):
    from imap_tools import MailBoxUnencrypted

    box = MailBoxUnencrypted("127.0.0.1", server.port, timeout=30)
    box.login(user, PASSWORD, initial_folder=None)
    return box


def warm(server: Dovecot, user: str) -> int:
    """First SELECT makes Dovecot index the Maildir; not part of any figure."""
    box = connect(server, user)
    box.folder.set("INBOX")
    n = int(box.client.untagged_responses.get("EXISTS", [b"0"])[-1])
    box.logout()
    return n


def plain_fetch(server: Dovecot, user: str) -> tuple[int, float]:
    box = connect(server, user)
    box.folder.set("INBOX")
    start = time.perf_counter()
    n = 0
    for _msg in box.fetch(mark_seen=False, bulk=500):
        n += 1
    elapsed = time.perf_counter() - start
    box.logout()
    return n, elapsed


# ------------------------------------------------------------------ the pipeline
def site_config(root: Path, server: Dovecot, user: str, *, read_in_child: bool = True) -> Path:
    return write_config(root, maildir="", worker={"read_in_child": read_in_child}, imap=[imap_settings(
        server.port, user, name="bench", password_env="BENCH_IMAP_PASSWORD", processed_folder="Processed",
        failed_folder="Failed", timeout_seconds=30, fetch_batch=500)])


class StageTimer:
    """Wall time per stage, by wrapping the functions each stage calls."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self._undo = []

    def wrap(self, owner, attr: str, stage: str) -> None:
        original = getattr(owner, attr)

        def timed(*args, **kw):
            start = time.perf_counter()
            try:
                return original(*args, **kw)
            finally:
                self.seconds[stage] += time.perf_counter() - start
        setattr(owner, attr, timed)
        self._undo.append((owner, attr, original))

    def undo(self) -> None:
        for owner, attr, original in reversed(self._undo):
            setattr(owner, attr, original)


def ingest(config: Path, *, stages: bool = False, profile: bool = False) -> dict:
    """One worker cycle without sending or deadline checks. Returns counts and timings."""
    os.environ["BENCH_IMAP_PASSWORD"] = PASSWORD
    from pipeline import reading as reading_mod
    from pipeline import run as run_mod
    from pipeline.config import load_settings
    from pipeline.sources import archive as archive_mod
    from pipeline.sources import imap as imap_mod
    from pipeline.store.db import Database

    settings = load_settings(config)
    db = Database(settings.database_url)
    db.ensure_schema()
    pipeline = run_mod.Pipeline(settings, db)
    pipeline.send = lambda report: None            # sending is not part of ingest
    pipeline.check_deadlines = lambda: None
    timer = StageTimer()
    if stages:
        timer.wrap(imap_mod.ImapSource, "_fetch", "imap fetch")
        timer.wrap(imap_mod.ImapSource, "_move", "imap move")
        timer.wrap(archive_mod.Archive, "store", "archive")
        # Reading (parse + extract) of a backlog runs in a child process beside
        # filing: what shows here is the time the worker waited for it.
        timer.wrap(reading_mod.InProcessReader, "results", "read (parse + extract)")
        timer.wrap(reading_mod.ChildReader, "results", "read (waiting for the child)")
        timer.wrap(run_mod.filing, "file_item", "file (rows)")
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    report = pipeline.run_cycle()
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    timer.undo()
    for source in pipeline.sources():
        getattr(source, "close", lambda: None)()
    db.dispose()
    out = {"seen": report.seen, "filed": len(report.filed), "failed": len(report.failed),
           "source_errors": report.source_errors, "seconds": elapsed, "stages": dict(timer.seconds)}
    if profiler:
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats("tottime").print_stats(14)
        out["profile"] = buf.getvalue()
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(40)
        out["profile_cumulative"] = buf.getvalue()
    return out


def compare(server: Dovecot, users: Iterator[str], count: int, pdf_every: int, work: Path, label: str,
            read_in_child: bool = True, rounds: int = 3, delivered: bool = False) -> dict:
    """`rounds` ingests of `count` fresh mails, each right after a plain fetch of the
    same kind of mailbox: the ratio of each pair, and their median. A single pair
    moves 20-30 % here from run to run (the raw fetch alone from 800 to 1,050 msg/s)."""
    tag = "".join(c if c.isalnum() else "-" for c in label)
    user_plain = next(users)
    fill_maildir(server, user_plain, count, pdf_every=pdf_every, tag=tag, delivered=delivered)
    warm(server, user_plain)
    pairs = []
    for n in range(rounds):
        user = next(users)
        fill_maildir(server, user, count, pdf_every=pdf_every, tag=f"{tag}-{n}", delivered=delivered)
        warm(server, user)
        n_plain, t_plain = plain_fetch(server, user_plain)
        result = ingest(site_config(work / f"{tag}-{n}", server, user, read_in_child=read_in_child), stages=True)
        assert result["filed"] == count and not result["source_errors"], result
        assert server.count(user, "Processed") == count
        plain_rate, ingest_rate = n_plain / t_plain, result["filed"] / result["seconds"]
        pairs.append({"plain_msg_s": plain_rate, "ingest_msg_s": ingest_rate, "ratio": ingest_rate / plain_rate,
                      "ingest_seconds": result["seconds"], "stages": result["stages"]})
    median = sorted(pairs, key=lambda pair: pair["ratio"])[len(pairs) // 2]
    return {"label": label, "count": count, "pdf_every": pdf_every, "delivered": delivered, **median,
            "ratios": [pair["ratio"] for pair in pairs]}


# ------------------------------------------------------------------ the ceiling that reading sets
def reading_cpu_ms(count: int, pdf_every: int, work: Path, delivered: bool = False) -> float:
    """CPU ms a mail of reading alone (parse + extract: what the reading child does), in process.

    However cheap fetching, archiving, the rows and the acknowledgement became, ingest
    could not run faster than the machine's cores can read: cores / this."""
    from pipeline.reading import ReadJob, ReadSettings, read_stored
    from pipeline.sources.archive import Archive

    root = work / f"reading-{pdf_every}-{delivered}"
    archive = Archive(root)
    pdf = tiny_pdf(100) if pdf_every else None
    jobs = [ReadJob(n, archive.store(bench_mail(n, tag="cpu", delivered=delivered,
                                                pdf=pdf if pdf_every and n % pdf_every == 0 else None))[0],
                    "mail.eml") for n in range(count)]
    settings = ReadSettings(root, 25 * 2**20)
    for job in jobs[:10]:   # imports and first-use caches are not a mail's cost
        read_stored(settings, job)
    start = time.process_time()
    for job in jobs:
        result = read_stored(settings, job)
        assert result.error is None, result.error
    return (time.process_time() - start) * 1000 / count


# ------------------------------------------------------------------ idle polls
def idle_poll_ms(server: Dovecot, user: str, work: Path, polls: int = 300) -> tuple[float, float]:
    """Median ms of an ImapSource poll with nothing new, and of a raw UID SEARCH, on an open connection."""
    from pipeline.config import load_settings
    from pipeline.sources.imap import ImapSource
    from pipeline.store.db import Database
    from pipeline.store.tables import SourceState

    os.environ["BENCH_IMAP_PASSWORD"] = PASSWORD
    settings = load_settings(site_config(work / f"poll-{user}", server, user))
    db = Database(settings.database_url)
    box = connect(server, user)
    box.folder.set("INBOX")
    uidvalidity = int(box.client.untagged_responses["UIDVALIDITY"][-1])
    uidnext = int(box.client.untagged_responses["UIDNEXT"][-1])
    with db.atomic() as session:   # as after a cycle that has seen everything
        session.merge(SourceState(name="imap:bench:INBOX", uidvalidity=uidvalidity, last_uid=uidnext - 1))
    source = ImapSource(settings.imap[0], db=db)
    assert list(source.poll()) == []          # connect, log in, first SELECT
    ours, raw = [], []
    for _ in range(polls):
        start = time.perf_counter()
        assert list(source.poll()) == []
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        box.client.uid("SEARCH", f"UID {uidnext}:*")
        raw.append(time.perf_counter() - start)
    source.close()
    box.logout()
    db.dispose()
    return statistics.median(ours) * 1000, statistics.median(raw) * 1000


# ------------------------------------------------------------------ memory (the real worker)
def _status_kb(pid: int, *keys: str) -> dict[str, int]:
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in keys:
            found[key] = int(line.split()[1])
    return found


def _pss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def _process_tree(pid: int) -> list[int]:
    """`pid` and every process under it."""
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        for task in Path(f"/proc/{current}/task").iterdir():
            todo.extend(int(child) for child in (task / "children").read_text().split())
    return tree


def _role(pid: int, worker: int) -> str:
    if pid == worker:
        return "worker"
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    if b"pipeline.reading_child" in cmdline:
        return "reading child"
    return cmdline.split(b"\0")[0].decode(errors="replace")


def create_database(config: Path) -> None:
    """Create the site's database before the measured worker starts: on a site the
    worker starts on an existing database, and only creating a new one loads
    Alembic (~11 MB)."""
    from pipeline.config import load_settings
    from pipeline.store.db import Database

    db = Database(load_settings(config).database_url)
    db.ensure_schema()
    db.dispose()


def peak_memory(server: Dovecot, user: str, count: int, work: Path, read_in_child: bool = True) -> dict:
    """`pengaduan run --once`, exactly as a site runs it, on `count` waiting mails.

    Every 20 ms the bench reads the worker and every process under it (the
    reading child, when there is one): each one's peak RSS (VmHWM), whose sum is an upper bound (it adds
    peaks that need not coincide, and counts shared pages in each process);
    the peak of their summed RSS; and the peak of their summed PSS, in which a
    page the processes share (the Python runtime, libc) counts once.
    The worker starts on an existing database, as it does on a site after its
    first run.
    """
    fill_maildir(server, user, count, pdf_every=5, tag="mem")
    warm(server, user)
    config = site_config(work / f"memory-{user}", server, user, read_in_child=read_in_child)
    create_database(config)
    log_path = work / f"memory-{user}.log"
    env = {**os.environ, "BENCH_IMAP_PASSWORD": PASSWORD}
    env.pop("PENGADUAN_CONFIG", None)
    cli = Path(sys.executable).parent / "pengaduan"
    started = time.perf_counter()
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen([str(cli), "--config", str(config), "run", "--once"], stdin=subprocess.DEVNULL,
                                stdout=log_file, stderr=log_file, env=env)
        hwm_kb: dict[int, int] = {}
        roles: dict[int, str] = {}
        peak_pss_kb = peak_rss_kb = 0
        while proc.poll() is None:
            total = total_rss = 0
            try:
                pids = _process_tree(proc.pid)
            except OSError:
                continue   # the worker is exiting
            for pid in pids:
                try:
                    status = _status_kb(pid, "VmHWM", "VmRSS")
                    hwm_kb[pid] = status["VmHWM"]
                    roles.setdefault(pid, _role(pid, proc.pid))
                    total += _pss_kb(pid)
                    total_rss += status["VmRSS"]
                except (OSError, KeyError):
                    continue   # gone meanwhile
            peak_pss_kb = max(peak_pss_kb, total)
            peak_rss_kb = max(peak_rss_kb, total_rss)
            time.sleep(0.02)
    seconds = time.perf_counter() - started
    output = log_path.read_text(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"the worker failed ({proc.returncode}): {output[-2000:]}")
    seen_filed = re.search(r"(\d+) seen, (\d+) filed", output)
    by_role: dict[str, float] = defaultdict(float)
    for pid, kb in hwm_kb.items():
        by_role[roles[pid]] = max(by_role[roles[pid]], kb / 1024)
    return {"filed": int(seen_filed.group(2)) if seen_filed else 0, "seconds": seconds,
            "hwm_mb": dict(by_role), "peak_pss_mb": peak_pss_kb / 1024, "peak_rss_mb": peak_rss_kb / 1024}


# ------------------------------------------------------------------ profile only
def profile_only(count: int) -> None:
    """`--profile N`: where the time of one ingest goes, without the other measurements."""
    import logging
    logging.basicConfig(level=logging.WARNING)
    root = dovecot_root()
    work = Path(tempfile.mkdtemp(prefix="pengaduan-bench-"))
    server = Dovecot(root, users=2)
    server.start()
    try:
        for user, profile in (("user1", False), ("user2", True)):
            fill_maildir(server, user, count, pdf_every=5, tag="prof")
            warm(server, user)
            result = ingest(site_config(work / user, server, user), stages=not profile, profile=profile)
            assert result["filed"] == count, result
            if not profile:
                total = result["seconds"]
                print(f"{count} mails (a fifth with a PDF): {count / total:.0f} msg/s; " + ", ".join(
                    f"{name} {secs / total:.0%}" for name, secs in sorted(result["stages"].items(),
                                                                          key=lambda kv: -kv[1])))
            else:
                print(f"profiled: {result['seconds']:.2f} s")
                print(result["profile_cumulative"])
                print(result["profile"])
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------ main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small counts (smoke test)")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--memory-count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3, help="ingests per row (the median is reported)")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="only profile an ingest of N mails (a fifth with a PDF): stages and cProfile")
    args = parser.parse_args()
    if args.profile:
        profile_only(args.profile)
        return
    count, memory_count, big = (200, 1000, 2000) if args.quick else (args.count, args.memory_count, 10_000)
    rounds = 1 if args.quick else args.rounds

    import logging
    logging.basicConfig(level=logging.WARNING)
    root = dovecot_root()
    work = Path(tempfile.mkdtemp(prefix="pengaduan-bench-"))
    server = Dovecot(root, users=5 * (rounds + 1) + 5)
    server.start()
    users = (f"user{n}" for n in itertools.count(1))
    try:
        print(f"Dovecot on 127.0.0.1:{server.port}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}\n")
        rows = [compare(server, users, count, 0, work, "text", rounds=rounds),
                compare(server, users, count, 5, work, "pdf", rounds=rounds),
                # the same text mails with what they gather on the way (~4.5 KB, as in FACTS.md)
                compare(server, users, count, 0, work, "text, as delivered", rounds=rounds, delivered=True),
                # [worker] read_in_child = false: parse + extract in the worker itself
                compare(server, users, count, 0, work, "text, in the worker", read_in_child=False, rounds=rounds),
                compare(server, users, count, 5, work, "pdf, in the worker", read_in_child=False, rounds=rounds)]
        print(f"each row: {rounds} ingests of {count} mails, each right after a plain fetch; the median pair "
              "and every pair's ratio")
        for r in rows:
            print(f"{r['label']:21} plain imap-tools fetch {r['plain_msg_s']:7.0f} msg/s | "
                  f"ingest {r['ingest_msg_s']:6.0f} msg/s | ratio {r['ratio']:.3f} "
                  f"(all: {', '.join(f'{x:.3f}' for x in r['ratios'])})")
            total = r["ingest_seconds"]
            parts = sorted(r["stages"].items(), key=lambda kv: -kv[1])
            other = total - sum(r["stages"].values())
            print("      where the time goes: " + ", ".join(
                f"{name} {secs / total:.0%}" for name, secs in parts) + f", rest (ledger, queue, ORM) {other / total:.0%}")

        # What reading alone allows: every core reading, everything else free.
        cores = os.cpu_count() or 1
        print(f"\nreading alone (parse + extract, what the child does), CPU per mail, {cores} cores reading:")
        for r in rows[:3]:
            cpu_ms = reading_cpu_ms(min(count, 500), r["pdf_every"], work, delivered=r["delivered"])
            ceiling = cores * 1000 / cpu_ms
            print(f"{r['label']:21} {cpu_ms:.2f} ms a mail: at most {ceiling:5.0f} msg/s even if fetch, archive, "
                  f"rows and acknowledgement cost nothing = ratio {ceiling / r['plain_msg_s']:.3f} "
                  f"to this run's raw fetch")

        user_small, user_large = next(users), next(users)
        fill_maildir(server, user_small, 100, tag="p100")
        fill_maildir(server, user_large, big, tag="p10k")
        warm(server, user_small)
        warm(server, user_large)
        small = idle_poll_ms(server, user_small, work)
        large = idle_poll_ms(server, user_large, work)
        print(f"\nidle poll (nothing new), open connection, median of 300: 100 msgs {small[0]:.3f} ms, "
              f"{big} msgs {large[0]:.3f} ms, ratio {large[0] / small[0]:.2f} "
              f"(raw UID SEARCH: {small[1]:.3f} / {large[1]:.3f} ms)")

        pr_user, pr_count = next(users), max(count // 4, 100)
        fill_maildir(server, pr_user, pr_count, pdf_every=5, tag="prof")
        warm(server, pr_user)
        prof = ingest(site_config(work / "profile", server, pr_user), profile=True)
        print(f"\ncProfile of ingesting {pr_count} mails (a fifth with a PDF), top entries by own time:")
        print("\n".join(prof["profile"].strip().splitlines()[-20:]))

        for in_child in (True, False):
            mem = peak_memory(server, next(users), memory_count, work, read_in_child=in_child)
            parts = " + ".join(f"{role} {mb:.0f}" for role, mb in mem["hwm_mb"].items())
            print(f"\npeak memory of `pengaduan run --once` filing {mem['filed']} mails (a fifth with a PDF)"
                  f"{', read in the worker (read_in_child = false)' * (not in_child)}: VmHWM {parts} = {sum(mem['hwm_mb'].values()):.0f} MB; "
                  f"peak of the summed RSS {mem['peak_rss_mb']:.0f} MB, of the summed PSS {mem['peak_pss_mb']:.0f} MB "
                  f"({mem['seconds']:.0f} s with sending)")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
