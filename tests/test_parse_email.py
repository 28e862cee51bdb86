"""Parsing e-mail: charsets, HTML, hostile headers and attachments, auto-reply headers."""

from __future__ import annotations

from pipeline.parse import parse_bytes
from pipeline.parse.email import parse_email


def _mail(headers: str, body: str = "Halo", ctype: str = "text/plain; charset=utf-8") -> bytes:
    return (f"{headers}\nContent-Type: {ctype}\n\n{body}\n").replace("\n", "\r\n").encode("latin-1", "replace")


def test_crlf_in_encoded_display_name_does_not_reach_headers():
    """GIVEN a From whose RFC 2047 name hides CR/LF and a Bcc WHEN parsed THEN no header value has a line break."""
    raw = _mail("From: =?utf-8?Q?Budi=0D=0ABcc:_victim@example.com?= <budi@example.com>\n"
                "Subject: =?utf-8?Q?tes=0D=0AX-Evil:_1?=\nDate: Tue, 03 Nov 2026 08:54:13 +0700")
    h = parse_email(raw).headers
    for value in (h.from_name, h.subject, h.from_address):
        assert "\r" not in (value or "") and "\n" not in (value or "")
    assert h.from_address == "budi@example.com"


def test_date_local_is_the_senders_date_not_utc():
    h = parse_email(_mail("From: a@example.com\nDate: Tue, 03 Nov 2026 00:30:00 +0700")).headers
    assert h.date_local == "2026-11-03"  # 2026-11-02 in UTC


def test_bad_declared_charset_and_windows_1252():
    body = "Saya \u201ckecewa\u201d sekali".encode("cp1252")
    raw = b"From: a@example.com\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n" + body
    assert "kecewa" in parse_email(raw).text


def test_html_only_mail_becomes_text_lines():
    raw = _mail("From: a@example.com", "<div>Nama&nbsp;: Budi<br>Alamat : Jl. X</div><p>Paragraf</p>",
                "text/html; charset=utf-8")
    text = parse_email(raw).text
    assert "Nama : Budi\nAlamat : Jl. X" in text and "Paragraf" in text


def test_attachment_name_is_sanitised():
    raw = (b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
           b"Content-Type: text/plain\r\n\r\nhalo\r\n--XX\r\nContent-Type: application/octet-stream\r\n"
           b"Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n\r\nroot\r\n--XX--\r\n")
    doc = parse_email(raw)
    assert [a.filename for a in doc.attachments] == ["passwd"]


def test_boundary_that_never_occurs_reads_the_body():
    raw = (b"From: a@example.com\r\nContent-Type: multipart/alternative; boundary=nope\r\n\r\n"
           b"--other\r\nContent-Type: text/plain\r\n\r\nNama : Budi\r\n--other--\r\n")
    assert "Nama : Budi" in parse_bytes(raw, "x.eml").text


def test_auto_reply_headers_and_bounced_ids():
    h = parse_email(_mail("From: MAILER-DAEMON@example.org\nAuto-Submitted: auto-replied\nPrecedence: bulk\n"
                          "Subject: Undeliverable: x")).headers
    reasons = " ".join(h.auto_reply_reasons)
    assert "Auto-Submitted" in reasons and "Precedence" in reasons and "machine sender" in reasons
    assert not parse_email(_mail("From: a@example.com\nAuto-Submitted: no\nSubject: Pengaduan")).headers.auto_reply_reasons


def test_a_letter_nested_three_hundred_multiparts_deep_is_read_and_decoded():
    """GIVEN a quoted-printable letter inside 300 nested multipart/mixed parts
    WHEN parsed THEN its text is found and its transfer encoding undone."""
    depth = 300
    head = "From: a@example.com\nMIME-Version: 1.0\n"
    parts = []
    for n in range(depth):
        parts.append(f"Content-Type: multipart/mixed; boundary=\"b{n}\"\n\n--b{n}\n")
    leaf = ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            "Alamat : Dusun Krajan, Kecamatan Bangil=\n, Kabupaten Pasuruan\n")
    tail = "".join(f"\n--b{n}--\n" for n in reversed(range(depth)))
    raw = (head + "".join(parts) + leaf + tail).replace("\n", "\r\n").encode()
    text = parse_email(raw).text
    assert "Kecamatan Bangil, Kabupaten Pasuruan" in text
    assert "Content-Type" not in text


def test_doctype_and_comments_are_not_text():
    from pipeline.parse._text import html_to_text

    html = ("<!DOCTYPE html><html><head><title>Surat</title></head><body><!--[if mso]>x<![endif]-->"
            "<div>Nama : Budi</div><p>Isi pengaduan</p></body></html>")
    assert html_to_text(html) == "Nama : Budi\n\nIsi pengaduan"


def _alternative(plain: str, html: str) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "warga@example.com"
    msg["Subject"] = "Pengaduan"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


LETTER_HTML = ("<p>Dengan hormat,</p><p>Saya Rudi Hartono, pensiunan guru di Kecamatan Rembang. "
               "Berkas usul pensiun saya sudah lengkap sejak Agustus tetapi SK belum terbit, sehingga "
               "saya belum menerima uang pensiun tiga bulan. Mohon SK pensiun saya segera diterbitkan.</p>"
               "<p>Hormat saya,<br>Rudi Hartono</p>")


def test_a_plain_part_that_only_points_at_the_html_gives_way_to_it():
    raw = _alternative("Email ini berformat HTML. Buka dengan aplikasi yang mendukung HTML.", LETTER_HTML)
    text = parse_email(raw).text
    assert "SK belum terbit" in text and "berformat HTML" not in text


def test_a_full_plain_part_is_kept_when_the_html_only_adds_a_little():
    plain = ("Dengan hormat,\n\nSaya Rudi Hartono, pensiunan guru di Kecamatan Rembang. Berkas usul pensiun "
             "saya sudah lengkap sejak Agustus tetapi SK belum terbit.\n\nHormat saya,\nRudi Hartono\n")
    raw = _alternative(plain, LETTER_HTML + "<p>Lihat di peramban | Dikirim dari aplikasi Surel</p>")
    text = parse_email(raw).text
    assert "SK belum terbit" in text and "Lihat di peramban" not in text


def test_a_letter_attached_as_a_web_page_is_read_as_a_letter():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "warga@example.com"
    msg["Subject"] = "Pengaduan"
    msg.set_content("Surat pengaduan saya terlampir.")
    msg.add_attachment(("<html><body><p>Dengan hormat,</p><p>SK pensiun janda saya belum terbit sejak Mei.</p>"
                        "<p>Hormat saya,<br>Kasiati</p></body></html>").encode("utf-8"),
                       maintype="text", subtype="html", filename="surat-pengaduan.html")
    doc = parse_email(bytes(msg))
    assert [a.filename for a in doc.attachments] == ["surat-pengaduan.html"]
    assert len(doc.letters) == 1 and "SK pensiun janda saya belum terbit" in doc.letters[0].text
    assert "<p>" not in doc.letters[0].text


def _with_attachment(data: bytes, *, maintype: str, subtype: str, filename: str, body: str | None = None) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "warga@example.com"
    msg["Subject"] = "Pengaduan"
    if body is not None:
        msg.set_content(body)
    else:
        msg.make_mixed()
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


def test_a_letter_sent_only_as_an_octet_stream_text_file_is_read_decoded():
    """GIVEN a mail whose only part is the letter as application/octet-stream named .txt, base64
    WHEN parsed THEN the letter's decoded text is read, and the base64 is nowhere in the text."""
    letter = "Dengan hormat,\r\nSK pengangkatan PPPK saya belum terbit sejak Maret.\r\nHormat saya,\r\nLutfiana\r\n"
    doc = parse_email(_with_attachment(letter.encode("utf-8"), maintype="application", subtype="octet-stream",
                                       filename="surat_pengaduan.txt"))
    assert len(doc.letters) == 1 and "SK pengangkatan PPPK saya belum terbit" in doc.letters[0].text
    assert "RGVuZ2Fu" not in doc.text   # "Dengan" in base64: the raw body was not read as the letter


def test_a_pdf_sent_as_octet_stream_without_an_extension_is_read_by_its_content():
    from servers import tiny_pdf

    doc = parse_email(_with_attachment(tiny_pdf(2), maintype="application", subtype="octet-stream",
                                       filename="surat", body="Surat saya terlampir."))
    assert len(doc.letters) == 1 and doc.letters[0].source == "pdf"
    assert "Fotokopi SK kenaikan pangkat" in doc.letters[0].text


def test_an_attachment_that_is_no_letter_is_not_read():
    """An octet-stream file of unknown content gives no letter (and is still kept as an attachment)."""
    doc = parse_email(_with_attachment(b"\x00\x01binary data", maintype="application", subtype="octet-stream",
                                       filename="data.bin", body="Halo"))
    assert doc.letters == [] and [a.filename for a in doc.attachments] == ["data.bin"]


def test_an_attachment_of_another_type_is_kept_and_not_read():
    """GIVEN an S/MIME signature part (application/pkcs7-signature, smime.p7s) beside the letter
    WHEN parsed THEN the body is read, the part kept as an attachment, and no letter made of it."""
    doc = parse_email(_with_attachment(b"0\x82\x05\x00garbage", maintype="application", subtype="pkcs7-signature",
                                       filename="smime.p7s", body="Surat pengaduan saya di badan e-mail ini."))
    assert "Surat pengaduan saya" in doc.text and doc.letters == []
    assert [a.filename for a in doc.attachments] == ["smime.p7s"]


def test_format_flowed_soft_breaks_are_joined():
    """GIVEN a format=flowed; delsp=yes body WHEN parsed THEN soft-broken lines are one line again,
    a URL broken mid-token is whole, and hard breaks stay."""
    body = ("Saya Hendro Gunawan, S.IP., Kasi Pemerintahan,  \r\nalamat rumah Desa Pecalukan.\r\n\r\n"
            "Bukti: https://drive.example.com/file/d/abc-Hen \r\ndro/view\r\n-- \r\nHendro\r\n")
    raw = ("From: h@example.com\r\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n\r\n"
           + body).encode()
    text = parse_email(raw).text
    assert "Kasi Pemerintahan, alamat rumah Desa Pecalukan." in text
    assert "https://drive.example.com/file/d/abc-Hendro/view" in text
    assert "\n-- \nHendro" in text


def test_plain_text_mislabelled_as_base64_is_read_as_it_is():
    body = ("Dengan hormat,\r\nSaya dr. Arif, dokter umum, menyampaikan pengaduan: SK mutasi saya belum terbit.\r\n"
            "Hormat saya,\r\nArif\r\n")
    raw = ("From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" + body).encode()
    assert "SK mutasi saya belum terbit" in parse_email(raw).text


def test_the_text_part_after_hundreds_of_inline_images_is_read():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "warga@example.com"
    msg.make_mixed()
    for n in range(300):
        part = EmailMessage()
        part.set_content(b"\x89PNG tiny", maintype="image", subtype="png", disposition="inline",
                         filename=f"emoji{n}.png")
        part["Content-ID"] = f"<e{n}@example.com>"
        msg.attach(part)
    text = EmailMessage()
    text.set_content("Parkir liar di halaman kantor BKPSDM sudah empat kali saya bayar.")
    msg.attach(text)
    doc = parse_email(bytes(msg))
    assert doc.text.strip() == "Parkir liar di halaman kantor BKPSDM sudah empat kali saya bayar."
    assert doc.letters == [] and len(doc.attachments) == 300


def test_an_eml_of_binary_bytes_without_headers_is_unreadable_and_a_headerless_text_is_read():
    import random

    import pytest

    from pipeline.errors import UnreadableInput
    noise = random.Random(3).randbytes(6000)
    with pytest.raises(UnreadableInput, match="binary"):
        parse_bytes(noise, "surat.eml")
    # a letter saved as .eml without its headers is still a letter, whatever its 8-bit charset
    text = "Dengan hormat,\nSaya mengadukan pelayanan loket yang tutup. Terima kasih, Ibu Ani Dwi Jayanti\n"
    assert "loket yang tutup" in parse_bytes(text.encode("latin-1"), "surat.eml").text


def test_a_reply_with_the_whole_letter_above_our_automatic_acknowledgement_is_no_auto_reply():
    from pipeline.extract.autoreply import auto_reply_reasons
    letter = ("Menindaklanjuti balasan otomatis di bawah ini, berikut pengaduan saya.\n\n"
              + "Usul kenaikan pangkat saya belum diproses sejak April, padahal berkas sudah lengkap. " * 12
              + "\n\nHormat saya,\nBudi\n\nPada 1 Des 2026, Pengaduan BKPSDM menulis:\n"
              "> [Balasan Otomatis] Pesan ini dikirim secara otomatis.\n")
    ooo = ("Saya sedang di luar kantor sampai 7 Desember dan akan kembali pada tanggal 8.\n\n"
           "Pada 1 Des 2026, Pengaduan BKPSDM menulis:\n> Pengaduan Anda telah kami terima.\n")
    for body, automatic in ((letter, False), (ooo, True)):
        doc = parse_email(_mail("From: budi@example.com\nSubject: Re: Pengaduan Anda telah kami terima", body))
        assert bool(auto_reply_reasons(doc)) is automatic
