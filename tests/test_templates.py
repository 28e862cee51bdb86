"""The citizen's mails, rendered from templates/: Indonesian first, English second."""

from datetime import date
from types import SimpleNamespace

import pytest

from pipeline.notify.render import render, tanggal


def _complaint(**kw):
    base = dict(ticket="ADU-2026-000042", due=date(2026, 3, 27), fields={}, missing=[])
    base.update(kw)
    return SimpleNamespace(**base)


def _ctx(complaint):
    return dict(complaint=complaint, fields=complaint.fields, missing=complaint.missing,
                agency="BKPSDM Kabupaten Pasuruan", reply_address="pengaduan@example.go.id", working_days=3)


def test_acknowledgement_of_a_complete_complaint_gives_ticket_and_due_date_in_both_languages():
    c = _complaint(fields={"service_description": "x", "loss": "y", "requested_resolution": "z"})
    text, html = render("ack", **_ctx(c))
    assert text.index("telah kami terima") < text.index("has been received")
    assert "ADU-2026-000042" in text and "Jumat, 27 Maret 2026" in text and "2026-03-27" in text
    assert "[ADU-2026-000042]" in text  # how to follow the complaint: keep the ticket in the subject
    assert "<b>ADU-2026-000042</b>" in html and 'lang="en"' in html


def test_request_for_missing_items_lists_exactly_what_is_missing_in_plain_words():
    c = _complaint(due=None, missing=["address", "loss", "signed"])
    text, html = render("missing", **_ctx(c))
    indonesian, english = text.split("-- English --")
    assert "alamat lengkap Anda" in indonesian
    assert "kerugian materiel atau immateriel" in indonesian
    assert "tanda tangan" in indonesian
    assert "permintaan penyelesaian" not in indonesian  # not asked for what was given
    assert "your full address" in english and "signature" in english
    assert text.count("\n- ") == 6
    assert html.count("<li>") == 6


def test_html_escapes_what_came_from_a_citizen():
    c = _complaint(ticket="ADU-2026-000001<script>")
    _, html = render("ack", **_ctx(c))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_indonesian_dates():
    assert tanggal(date(2026, 12, 30)) == "Rabu, 30 Desember 2026"
    assert tanggal(None) == "-"


def test_a_long_subject_is_not_folded_away_from_its_header():
    from datetime import datetime, timezone

    from pipeline.notify.compose import build_message

    subject = "[ADU-2026-000002] Pengaduan Anda belum lengkap / Your complaint is incomplete"
    msg = build_message(from_address="pengaduan@example.go.id", from_name="Pengaduan", to_address="b@example.com",
                        subject=subject, text="isi", html=None, message_id="<m@example.go.id>",
                        date=datetime(2026, 11, 30, tzinfo=timezone.utc))
    assert f"Subject: {subject}\r\n".encode() in msg


def test_header_values_are_encoded_and_cannot_break_lines():
    from datetime import datetime, timezone
    from email import message_from_bytes, policy

    from pipeline.notify.compose import build_message

    common = dict(from_address="pengaduan@example.go.id", to_address="b@example.com", text="isi Rp 1.500",
                  html="<p>isi</p>", message_id="<m@example.go.id>", date=datetime(2026, 11, 30, tzinfo=timezone.utc))
    raw = build_message(from_name="Pengaduan BKPSDM Kabupatén", subject="Tanggapan — pengaduan", **common)
    assert raw.isascii() and b"\r\n\r\n" in raw
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == "Tanggapan — pengaduan"
    assert msg["From"].addresses[0].display_name == "Pengaduan BKPSDM Kabupatén"
    assert msg.get_body(("plain",)).get_content() == "isi Rp 1.500"
    assert msg.get_body(("html",)).get_content() == "<p>isi</p>"
    with pytest.raises(ValueError):
        build_message(from_name="Pengaduan", subject="x\r\nBcc: victim@example.com", **common)


def test_a_header_past_the_line_limit_is_still_folded():
    """Short ASCII headers skip compat32's folding; a value past 998 characters must not."""
    from datetime import datetime, timezone
    from email import message_from_bytes, policy

    from pipeline.notify.compose import build_message

    subject = " ".join(["pengaduan"] * 150)          # ~1,500 characters
    raw = build_message(from_address="pengaduan@example.go.id", from_name="Pengaduan", to_address="b@example.com",
                        subject=subject, text="isi", html="<p>isi</p>", message_id="<m@example.go.id>",
                        date=datetime(2026, 11, 30, tzinfo=timezone.utc))
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert message_from_bytes(raw, policy=policy.default)["Subject"] == subject
