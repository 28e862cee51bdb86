"""The officers' commands as an officer runs them: the procedure's steps end to end,
the refusals, and the confidentiality of the disposition (Perpres 76/2013)."""

from __future__ import annotations

import dataclasses
import email
import json
from datetime import datetime, timezone
from email import policy
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from pipeline import officer as svc
from pipeline.cli import app
from pipeline.store.tables import Complaint, Event, MailMessage, Outbox
from pipeline.workflow import due_date

OFFICER = "Andi Petugas"
CITIZEN = "dewi.kartika@example.com"
NIK = "3514014506880002"
IDENTITY = ["Dewi Kartika Sari", "Dewi", "Jl. Melati", "Kalirejo", NIK, "0813-3456-7788", "081334567788", CITIZEN]

COMPLAINT_EML = f"""\
Date: Mon, 16 Nov 2026 09:12:40 +0700
From: Dewi Kartika Sari <{CITIZEN}>
To: Pengaduan BKPSDM <pengaduan@example.go.id>
Subject: Pengaduan SK kenaikan pangkat belum terbit
Message-ID: <walk-1@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:

Nama    : Dewi Kartika Sari
NIK     : {NIK}
Alamat  : Jl. Melati No. 7 RT 02 RW 04, Desa Kalirejo, Kecamatan Bangil
No. HP  : 0813-3456-7788

menyampaikan pengaduan sebagai berikut.

Uraian pelayanan:
Usulan kenaikan pangkat saya periode April 2026 sudah dinyatakan lengkap di SIASN sejak Februari 2026, tetapi sampai sekarang SK kenaikan pangkat belum terbit. Saya, Dewi Kartika Sari, sudah dua kali menanyakan lewat 0813-3456-7788 tanpa jawaban.

Kerugian:
Saya kehilangan selisih gaji sejak April 2026.

Permintaan penyelesaian:
Mohon SK kenaikan pangkat saya segera diterbitkan dengan TMT 1 April 2026.

Bangil, 16 November 2026

Hormat saya,
Dewi Kartika Sari
"""

RESPONSE = "SK kenaikan pangkat Ibu telah terbit pada 18 November 2026 dan dapat diunduh di SIASN."


def officer_cli(project, *args: str, officer: str | None = OFFICER):
    """One officer's command, in process (the CLI's own code path, minus process start-up)."""
    env = {"PENGADUAN_OFFICER": officer, "PENGADUAN_CONFIG": None}
    return CliRunner().invoke(app, ["--config", str(project.config), *args], env=env)


def outgoing(project) -> dict[str, list[email.message.EmailMessage]]:
    by_to: dict[str, list] = {}
    for path in project.outbox_files():
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        by_to.setdefault(str(msg["To"]), []).append(msg)
    return by_to


def text_of(msg) -> str:
    return "\n".join(part.get_content() for part in msg.walk() if part.get_content_maintype() == "text")


def seed(project, ticket="ADU-2026-000001", *, state="received", email_addr=CITIZEN, channel="email",
         division=None, level=None, complete=True) -> str:
    """A filed complaint, written straight into the tables (for the refusal tests)."""
    db = project.db()
    now = datetime(2026, 11, 16, 2, tzinfo=timezone.utc)
    with db.atomic() as s:
        c = Complaint(ticket=ticket, state=state, channel=channel, name="Dewi Kartika Sari", email=email_addr,
                      phone="081334567788", nik=NIK, complete=complete, division=division, level=level,
                      fields={"name": "Dewi Kartika Sari", "address": "Jl. Melati No. 7, Desa Kalirejo",
                              "service_description": "SK kenaikan pangkat belum terbit", "loss": "selisih gaji",
                              "requested_resolution": "terbitkan SK", "nik": NIK, "phone": "081334567788"},
                      received_at=now, completed_at=now if complete else None,
                      due=due_date(now, project.settings().deadline) if complete else None)
        s.add(c)
        s.flush()
        s.add(Event(complaint_id=c.id, actor="system", action="file", from_state=None, to_state=state, at=now))
        if email_addr:
            s.add(MailMessage(complaint_id=c.id, direction="in", message_id=f"<{ticket}@example.com>",
                              subject="Pengaduan", address=email_addr, at=now))
    db.dispose()
    return ticket


def events(project, ticket):
    result = officer_cli(project, "show", ticket, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["events"]


# ------------------------------------------------------------------ the walk
def test_one_complaint_through_every_step_as_an_officer_would(project, tmp_path):
    """GIVEN a citizen's complete e-mail WHEN it is ingested, verified (level 2),
    assigned to mutasi, answered and archived with the CLI, and the worker sends
    THEN the division's disposition carries the substance but no identity, the
    citizen's response carries the ticket and threads to her mail, and every
    step is an event by the officer."""
    letter = tmp_path / "pengaduan.eml"
    letter.write_text(COMPLAINT_EML, encoding="utf-8")
    ingested = project.cli("ingest", str(letter), check=True)
    ticket = ingested.stdout.split("filed ", 1)[1].split()[0]
    assert ticket.startswith("ADU-2026-")
    project.cli("run", "--once", check=True)                       # the acknowledgement leaves
    acks = outgoing(project)[CITIZEN]
    assert len(acks) == 1

    assert officer_cli(project, "verify", ticket, "--level", "2").exit_code == 0
    assigned = officer_cli(project, "assign", ticket, "--division", "mutasi")
    assert assigned.exit_code == 0, assigned.output
    assert "identity withheld" in assigned.stdout
    answer = tmp_path / "tanggapan.txt"
    answer.write_text(RESPONSE + "\n", encoding="utf-8")
    responded = officer_cli(project, "respond", ticket, "--file", str(answer), "--json")
    assert responded.exit_code == 0, responded.output
    assert json.loads(responded.stdout)["to_state"] == "responded"
    archived = officer_cli(project, "archive", ticket, "--follow-up", "Pantau unggahan SK di SIASN")
    assert archived.exit_code == 0, archived.output
    project.cli("run", "--once", check=True)                       # disposition and response leave

    mail = outgoing(project)
    assert sorted(mail) == sorted([CITIZEN, "mutasi@example.go.id"])

    [disposition] = mail["mutasi@example.go.id"]
    body = text_of(disposition)
    assert disposition["Subject"].startswith(f"[{ticket}]") and ticket in body
    assert "SK kenaikan pangkat belum terbit" in body and "selisih gaji" in body
    assert "dirahasiakan" in body
    whole = disposition.as_string()
    for secret in IDENTITY:
        assert secret not in whole, f"the disposition leaks {secret!r}"

    response = next(m for m in mail[CITIZEN] if "Tanggapan" in m["Subject"])
    assert response["Subject"].startswith(f"[{ticket}]")            # unfolded, token first
    assert response["In-Reply-To"] == "<walk-1@example.com>"
    assert "<walk-1@example.com>" in response["References"]
    assert response["Auto-Submitted"] is None                       # a person answered, not a robot
    body = text_of(response)
    assert RESPONSE in body and ticket in body and OFFICER in body
    assert body.index("Terima kasih") < body.index("Thank you")      # Indonesian first

    trail = [(e["action"], e["actor"], e["from_state"], e["to_state"]) for e in events(project, ticket)]
    assert trail == [
        ("file", "system", None, "received"),
        ("verify", OFFICER, "received", "verified"),
        ("assign", OFFICER, "verified", "distributed"),
        ("respond", OFFICER, "distributed", "responded"),
        ("archive", OFFICER, "responded", "archived"),
    ]
    assert "Pantau unggahan SK" in events(project, ticket)[-1]["note"]


# ------------------------------------------------------------------ refusals
def test_respond_before_verify_is_refused_by_the_real_command_with_one_line(project, tmp_path):
    ticket = seed(project)
    answer = tmp_path / "a.txt"
    answer.write_text("jawaban", encoding="utf-8")
    proc = project.cli("respond", ticket, "--file", str(answer))
    assert proc.returncode == 1
    assert proc.stderr == f"{ticket} cannot be responded to: it is received; verify it first\n"
    assert proc.stdout == ""


def test_archive_before_respond_and_other_refusals_exit_1_with_one_line(project):
    ticket = seed(project, state="distributed", division="mutasi", level=2)
    for args, reason in [
        (("archive", ticket, "--follow-up", "x"), "cannot be archived: it is distributed; respond to it first"),
        (("verify", "ADU-2026-999999", "--level", "1"), "no complaint has ticket"),
        (("assign", ticket, "--division", "keuangan"), "unknown division 'keuangan'"),
        (("merge", ticket, "--into", ticket), "cannot be merged into itself"),
    ]:
        result = officer_cli(project, *args)
        assert result.exit_code == 1, (args, result.output)
        assert reason in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert [e["action"] for e in events(project, ticket)] == ["file"]   # nothing was written


def test_level_2_cannot_skip_the_division(project, tmp_path):
    ticket = seed(project, state="verified", level=2)
    answer = tmp_path / "a.txt"
    answer.write_text("jawaban", encoding="utf-8")
    result = officer_cli(project, "respond", ticket, "--file", str(answer))
    assert result.exit_code == 1
    assert "level 2" in result.stderr and "assign it first" in result.stderr


def test_the_officer_must_be_named(project):
    ticket = seed(project)
    result = officer_cli(project, "verify", ticket, "--level", "1", officer=None)
    assert result.exit_code == 2
    assert "PENGADUAN_OFFICER" in result.stderr and result.stderr.count("\n") == 1
    result = officer_cli(project, "verify", ticket, "--level", "1", "--officer", "Sari")
    assert result.exit_code == 0
    assert events(project, ticket)[-1]["actor"] == "Sari"


def test_a_reopened_complaint_keeps_its_history_and_starts_a_new_deadline(project, tmp_path):
    ticket = seed(project)
    answer = tmp_path / "a.txt"
    answer.write_text("Sudah kami selesaikan di loket.", encoding="utf-8")
    for args in (("verify", ticket, "--level", "1"), ("respond", ticket, "--file", str(answer)),
                 ("archive", ticket, "--follow-up", "tidak ada")):
        assert officer_cli(project, *args).exit_code == 0
    reopened = officer_cli(project, "reopen", ticket, "--note", "warga belum puas")
    assert reopened.exit_code == 0, reopened.output
    assert "archived -> received" in reopened.stdout

    trail = events(project, ticket)
    assert [e["action"] for e in trail] == ["file", "verify", "respond", "archive", "reopen"]
    assert trail[-1]["from_state"] == "archived" and "warga belum puas" in trail[-1]["note"]
    detail = json.loads(officer_cli(project, "show", ticket, "--json").stdout)
    assert detail["state"] == "received" and detail["level"] is None
    assert detail["due"] > "2026-11-19"                             # counted from the reopening
    assert officer_cli(project, "verify", ticket, "--level", "2").exit_code == 0


def test_a_scanned_letter_without_email_gets_a_printable_response(project, tmp_path):
    ticket = seed(project, channel="scan", email_addr=None, state="verified", level=1)
    answer = tmp_path / "a.txt"
    answer.write_text("Permohonan Bapak telah kami proses.", encoding="utf-8")
    result = officer_cli(project, "respond", ticket, "--file", str(answer), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["to_state"] == "responded" and out["outbox_id"] is None
    letter = Path(out["letter"])
    assert letter.is_file() and letter.parent == project.settings().scans.receipts_dir
    content = letter.read_text(encoding="utf-8")
    assert ticket in content and "Permohonan Bapak telah kami proses." in content
    db = project.db()
    with db.atomic() as s:
        assert s.exec(select(Outbox)).all() == []


def test_merge_marks_a_duplicate_and_refuses_a_chain(project):
    a, b, c = (seed(project, f"ADU-2026-00000{i}") for i in (1, 2, 3))
    result = officer_cli(project, "merge", b, "--into", a)
    assert result.exit_code == 0 and "duplicate of ADU-2026-000001" in result.stdout
    detail = json.loads(officer_cli(project, "show", b, "--json").stdout)
    assert detail["state"] == "duplicate" and detail["merged_into"] == a
    assert events(project, a)[-1]["note"] == f"{b} merged into this complaint"
    result = officer_cli(project, "merge", c, "--into", b)
    assert result.exit_code == 1 and f"merge into {a}" in result.stderr
    assert officer_cli(project, "reopen", b).exit_code == 0
    assert json.loads(officer_cli(project, "show", b, "--json").stdout)["merged_into"] is None


def test_reject_needs_a_reason_and_records_it(project):
    ticket = seed(project, state="incomplete", complete=False)
    result = officer_cli(project, "reject", ticket, "--reason", "  ")
    assert result.exit_code == 1 and "reason is required" in result.stderr
    assert officer_cli(project, "reject", ticket, "--reason", "surat iklan, bukan pengaduan").exit_code == 0
    assert events(project, ticket)[-1]["note"] == "surat iklan, bukan pengaduan"


# ------------------------------------------------------------------ confidentiality
def test_a_division_configured_to_see_the_identity_gets_it(project):
    ticket = seed(project, state="verified", level=2)
    settings = project.settings()
    settings = dataclasses.replace(settings, divisions=tuple(
        dataclasses.replace(d, disclose_identity=(d.code == "kinerja")) for d in settings.divisions))
    db = project.db()
    svc.assign(db, settings, ticket, "kinerja", OFFICER)
    svc.assign(db, settings, ticket, "mutasi", OFFICER)        # a second disposition, to a discreet division
    with db.atomic() as s:
        rows = {o.to_address: o.raw.decode() for o in s.exec(select(Outbox)).all()}
    kinerja = text_of(email.message_from_string(rows["kinerja@example.go.id"], policy=policy.default))
    assert "Dewi Kartika Sari" in kinerja and NIK in kinerja and "Jl. Melati" in kinerja
    mutasi = email.message_from_string(rows["mutasi@example.go.id"], policy=policy.default).as_string()
    assert not any(secret in mutasi for secret in IDENTITY)


def test_identity_repeated_inside_the_substance_is_redacted():
    identity = {"name": "Budi Santoso", "address": None, "nik": "3514010101900001", "phone": "081234567890",
                "email": "budi@example.com"}
    text = ("Saya Budi Santoso (NIK 3514010101900001, HP 0812-3456-7890, budi@example.com; "
            "istri +62 813 9876 5432) ditolak di loket pukul 08.00-12.00 dan diminta Rp 150.000.")
    out = svc.redact(text, identity)
    assert out == ("Saya [dirahasiakan] (NIK [dirahasiakan], HP [dirahasiakan], [dirahasiakan]; "
                   "istri [dirahasiakan]) ditolak di loket pukul 08.00-12.00 dan diminta Rp 150.000.")


# ------------------------------------------------------------------ help
@pytest.mark.parametrize("command", ["verify", "assign", "respond", "archive", "reject", "reopen", "merge", "report"])
def test_every_officer_command_has_help(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "PENGADUAN_OFFICER" in result.stdout
    assert len(result.stdout.split("Usage:", 1)[1].strip().splitlines()) > 3


def test_report_command_writes_both_files(project, tmp_path):
    seed(project)
    result = officer_cli(project, "report", "--month", "2026-11", "--out", str(tmp_path / "r"))
    assert result.exit_code == 0, result.output
    html, csv_path = (Path(line) for line in result.stdout.splitlines())
    assert html.suffix == ".html" and html.is_file() and csv_path.suffix == ".csv" and csv_path.is_file()
    assert officer_cli(project, "report", "--month", "November").exit_code == 2
