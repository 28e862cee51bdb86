"""The worker on embedded defaults: Maildir and drop folder in, SQLite, .eml files out."""

from __future__ import annotations

import email
import json
from email import policy

from sqlmodel import select

from pipeline.store.tables import Complaint, InboundItem, Outbox

from conftest import EXAMPLES
from letters import COMPLETE_BODY, COMPLETION_REPLY, complete_email, email as make_email, incomplete_email


def _complaints(project, **kw):
    proc = project.cli("list", "--json", *(["--all"] if kw.get("all") else []), check=True)
    return json.loads(proc.stdout)


def _outbox(project):
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in project.outbox_files()]


def test_examples_are_filed_once_and_answered_once(project, example_mail):
    """GIVEN the shipped examples in the Maildir and the drop folder
    WHEN the worker runs one cycle, and then another
    THEN each letter is filed once, the auto-reply is rejected and unanswered,
    and the second cycle files and sends nothing new."""
    for name, data in example_mail.items():
        project.drop_mail(name, data)
    for scan in (EXAMPLES / "scans").iterdir():
        project.drop_scan(scan.name, scan.read_bytes())

    first = project.cli("run", "--once", check=True)
    rows = _complaints(project)
    assert len(rows) == 4, first.stderr
    by_channel = sorted(r["channel"] for r in rows)
    assert by_channel == ["email", "email", "email", "scan"]
    rejected = [r for r in _complaints(project, all=True) if r["state"] == "rejected"]
    assert len(rejected) == 1
    incomplete = [r for r in rows if r["state"] == "incomplete"]
    assert len(incomplete) == 1 and incomplete[0]["due"] is None and incomplete[0]["missing"]
    for r in rows:
        if r["complete"]:
            assert r["state"] == "received" and r["due"]
    mails = _outbox(project)
    assert len(mails) == 3  # two acknowledgements and one request for the missing items
    assert all(m["Auto-Submitted"] == "auto-replied" for m in mails)
    assert not any("rina.agustina" in m["To"] for m in mails)  # the out-of-office got no answer
    assert (project.root / "var/scans-done/surat-pensiun.pdf").exists()
    assert "no SMTP host configured" in first.stderr

    project.drop_scan("surat-pensiun.pdf", (EXAMPLES / "scans/surat-pensiun.pdf").read_bytes())
    second = project.cli("run", "--once", check=True)
    assert len(_complaints(project)) == 4, second.stderr
    assert len(_outbox(project)) == 3


def test_acknowledgement_threads_to_the_citizen_and_names_the_ticket(project):
    project.drop_mail("m1", complete_email(1))
    project.pipeline().run_cycle()
    [mail] = _outbox(project)
    [row] = _complaints(project)
    assert row["ticket"] in mail["Subject"] and f"[{row['ticket']}]" in mail["Subject"]
    assert mail["In-Reply-To"] == "<complete-1@example.com>"
    assert mail["To"] == "warga1@example.com"
    assert mail["Message-ID"].startswith("<pengaduan.")
    body = mail.get_body(("plain",)).get_content()
    assert "telah kami terima" in body and row["ticket"] in body
    assert "-- English --" in body


def test_a_reply_that_completes_a_complaint_starts_the_deadline(project):
    """GIVEN an incomplete complaint and our request for the missing items
    WHEN the citizen replies to that request with them
    THEN the reply joins the complaint, which becomes received with a due date,
    and a new acknowledgement says so."""
    project.drop_mail("m1", incomplete_email(1, sender="rahmat@example.com"))
    project.pipeline().run_cycle()
    [row] = _complaints(project)
    assert row["state"] == "incomplete"
    [request] = _outbox(project)
    assert "belum lengkap" in request["Subject"]
    body = request.get_body(("plain",)).get_content()
    assert "alamat lengkap" in body  # the missing items, in words a citizen understands

    reply = make_email(body=COMPLETION_REPLY.format(name="Rahmat Hidayat"), name="Rahmat Hidayat",
                       sender="rahmat@example.com", subject=f"Re: {request['Subject']}",
                       message_id="<reply-1@example.com>", in_reply_to=request["Message-ID"])
    project.drop_mail("m2", reply)
    project.pipeline().run_cycle()
    [row] = _complaints(project)
    assert row["state"] == "received", row
    assert row["due"] is not None and row["missing"] == []
    mails = _outbox(project)
    assert len(mails) == 2
    assert "sudah lengkap" in mails[-1]["Subject"]
    detail = json.loads(project.cli("show", row["ticket"], "--json", check=True).stdout)
    assert [m["direction"] for m in detail["messages"]] == ["in", "out", "in", "out"]
    assert [e["action"] for e in detail["events"]][:2] == ["file", "complete"]


def test_a_ticket_token_joins_only_from_the_same_sender(project):
    project.drop_mail("m1", incomplete_email(1, sender="rahmat@example.com"))
    project.pipeline().run_cycle()
    [row] = _complaints(project)
    ticket = row["ticket"]
    stranger = make_email(body="Saya ingin menambahkan keterangan.\n\nSalam,\nOrang Lain", name="Orang Lain",
                          sender="other@example.com", subject=f"[{ticket}] tambahan",
                          message_id="<stranger@example.com>")
    project.drop_mail("m2", stranger)
    same = make_email(body=COMPLETION_REPLY.format(name="Rahmat Hidayat"), name="Rahmat Hidayat",
                      sender="rahmat@example.com", subject=f"Kelengkapan {ticket}", message_id="<same@example.com>")
    project.drop_mail("m3", same)
    unknown = make_email(body="Balasan.\n\nSalam,\nRahmat", sender="rahmat@example.com",
                         subject="Re: something", message_id="<unknown@example.com>",
                         in_reply_to="<pengaduan.999.adu-2026-000999@example.go.id>")
    project.drop_mail("m4", unknown)
    project.pipeline().run_cycle()
    rows = _complaints(project)
    assert len(rows) == 3  # the stranger's mail and the reply to an unknown message are new complaints
    joined = [r for r in rows if r["ticket"] == ticket][0]
    assert joined["state"] == "received"


def test_auto_replies_bounces_and_list_mail_get_no_answer(project):
    ooo = make_email(body="Saya sedang cuti.", sender="ooo@example.com", subject="Out of Office",
                     message_id="<ooo@example.com>", headers={"Auto-Submitted": "auto-replied"})
    bulk = make_email(body="Buletin bulanan.", sender="news@example.com", subject="Buletin",
                      message_id="<news@example.com>", headers={"List-Id": "<buletin.example.com>",
                                                              "Precedence": "bulk"})
    daemon = make_email(body="Delivery failed.", sender="MAILER-DAEMON@example.com", subject="Undelivered Mail",
                        message_id="<bounce@example.com>")
    for i, m in enumerate((ooo, bulk, daemon)):
        project.drop_mail(f"a{i}", m)
    project.pipeline().run_cycle()
    assert _complaints(project) == []
    assert len([r for r in _complaints(project, all=True) if r["state"] == "rejected"]) == 3
    assert _outbox(project) == []


def test_a_header_injection_in_the_sender_name_reaches_no_outgoing_header(project):
    """GIVEN a sender name whose RFC 2047 word hides CR/LF and a Bcc header
    WHEN the complaint is acknowledged
    THEN the acknowledgement has no Bcc and names nobody but the sender's address."""
    body = COMPLETE_BODY.format(name="Budi Santoso", n=3)
    raw = ("From: =?utf-8?q?Budi=0D=0ABcc:_victim@evil.example?= <budi3@example.com>\r\n"
           "To: pengaduan@example.go.id\r\nSubject: =?utf-8?q?Aduan=0D=0ABcc:_victim2@evil.example?=\r\n"
           "Date: Mon, 16 Nov 2026 09:00:00 +0700\r\nMessage-ID: <inject@example.com>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n"))
    project.drop_mail("inj", raw.encode())
    project.pipeline().run_cycle()
    [mail] = project.outbox_files()
    raw_out = mail.read_bytes()
    headers = raw_out.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    assert b"evil.example" not in headers
    assert b"\nBcc" not in headers and b"\nbcc" not in headers.lower()
    parsed = email.message_from_bytes(raw_out, policy=policy.default)
    assert parsed["To"] == "budi3@example.com"


def test_the_same_letter_twice_is_one_complaint(project):
    data = complete_email(5)
    project.drop_mail("copy-a", data)
    project.drop_mail("copy-b", data)
    project.pipeline().run_cycle()
    assert len(_complaints(project)) == 1
    assert len(_outbox(project)) == 1


def test_a_half_written_scan_is_not_taken_until_it_is_still(project, tmp_path):
    from pipeline.sources.scans import ScanFolderSource

    folder = tmp_path / "drop"
    folder.mkdir()
    now = [1000.0]
    source = ScanFolderSource(folder, stable_seconds=5, processed_dir=tmp_path / "done",
                              failed_dir=tmp_path / "failed", clock=lambda: now[0])
    f = folder / "surat.pdf"
    f.write_bytes(b"%PDF-1.4 partial")
    import os

    os.utime(f, (998.0, 998.0))
    assert list(source.poll()) == []          # written 2 s ago
    now[0] = 1010.0
    with open(f, "ab") as fh:
        fh.write(b" more")
    os.utime(f, (1009.0, 1009.0))
    assert list(source.poll()) == []          # grew since the last look
    now[0] = 1020.0
    [item] = list(source.poll())              # still for 11 s, same size as before
    assert item.data.endswith(b"more")
    for junk in ("Thumbs.db", ".DS_Store", "~$surat.docx", "scan.pdf.part", ".hidden.pdf"):
        (folder / junk).write_bytes(b"x")
        os.utime(folder / junk, (900.0, 900.0))
    assert [i.filename for i in source.poll()] == ["surat.pdf"]


def test_an_unreadable_scan_is_quarantined_with_a_reason_and_the_worker_goes_on(project):
    project.drop_scan("rusak.pdf", b"%PDF-1.7\n1 0 obj <<>> trunc")
    project.drop_mail("m1", complete_email(7))
    report = project.pipeline().run_cycle()
    assert len(report.filed) == 1 and len(report.failed) == 1
    failed = project.root / "var/scans-failed/rusak.pdf"
    assert failed.exists()
    reason = (project.root / "var/scans-failed/rusak.pdf.error.txt").read_text()
    assert reason.strip() and "\n" not in reason.strip()
    q = json.loads(project.cli("list", "--quarantine", "--json", check=True).stdout)
    assert len(q) == 1 and q[0]["filename"] == "rusak.pdf"


def test_every_inbound_item_is_archived_whole(project):
    data = complete_email(8)
    project.drop_mail("m1", data)
    project.pipeline().run_cycle()
    db = project.db()
    with db.atomic() as s:
        [item] = s.exec(select(InboundItem)).all()
        from pathlib import Path

        assert Path(item.archive_path).read_bytes() == data
        assert item.status == "done"
        c = s.get(Complaint, item.complaint_id)
        import re

        assert re.fullmatch(r"ADU-\d{4}-\d{6}", c.ticket)
        assert s.exec(select(Outbox)).one().status == "sent"


def test_the_reply_limit_holds_across_filing_batches_and_cycles(project):
    """One address writing 70 letters (two filing batches of 50, the counts read once per batch) and
    then 5 more in a later cycle gets 10 automatic replies in all; the rest are kept, suppressed."""
    for i in range(70):
        project.drop_mail(f"s{i:02d}", complete_email(i, sender="Rajin.Sekali@Example.org"))
    project.pipeline().run_cycle()
    for i in range(70, 75):
        project.drop_mail(f"s{i:02d}", complete_email(i, sender="rajin.sekali@example.org"))
    project.pipeline().run_cycle()
    with project.db().atomic() as s:
        rows = s.exec(select(Outbox)).all()
    assert len(rows) == 75 and {r.to_address for r in rows} == {"rajin.sekali@example.org"}
    assert sum(r.status != "suppressed" for r in rows) == 10
    assert all("rate limit" in r.last_error for r in rows if r.status == "suppressed")
