"""Letters written for the tests: e-mails built with the standard library."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7))

COMPLETE_BODY = """Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama   : {name}
Alamat : Jl. Kenanga No. {n}, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan
No. HP : 0812-3456-{n:04d}

Uraian pelayanan:
Pengajuan kenaikan pangkat saya periode April 2026 sudah lengkap di SIASN sejak Januari 2026 tetapi SK belum terbit sampai sekarang.

Kerugian:
Saya kehilangan selisih gaji sekitar Rp 200.000 per bulan sejak April 2026.

Permintaan penyelesaian:
Mohon SK kenaikan pangkat saya segera diterbitkan.

Bangil, 16 November 2026

Hormat saya,
{name}
"""

INCOMPLETE_BODY = """Selamat siang,

Saya {name}. Pengajuan kenaikan pangkat saya periode April 2026 sudah lengkap di SIASN sejak Januari 2026 tetapi SK belum terbit sampai sekarang.

Mohon SK kenaikan pangkat saya segera diterbitkan.

Terima kasih,
{name}
"""

COMPLETION_REPLY = """Berikut kelengkapan yang diminta.

Alamat : Jl. Kenanga No. 9, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan

Kerugian:
Saya kehilangan selisih gaji sekitar Rp 200.000 per bulan sejak April 2026.

Bangil, 20 November 2026

Hormat saya,
{name}
"""


def email(*, body: str, sender: str, name: str = "Warga Uji", subject: str = "Pengaduan",
          message_id: str, date: datetime | None = None, headers: dict | None = None,
          in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = "pengaduan@example.go.id"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2026, 11, 16, 9, 0, tzinfo=WIB))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return bytes(msg)


def complete_email(n: int, *, name: str | None = None, sender: str | None = None) -> bytes:
    name = name or f"Budi Santoso {chr(65 + n % 26)}"
    return email(body=COMPLETE_BODY.format(name=name, n=n), name=name,
                 sender=sender or f"warga{n}@example.com", message_id=f"<complete-{n}@example.com>",
                 subject=f"Pengaduan SK kenaikan pangkat {n}")


def incomplete_email(n: int, *, name: str = "Rahmat Hidayat", sender: str | None = None) -> bytes:
    return email(body=INCOMPLETE_BODY.format(name=name), name=name, sender=sender or f"rahmat{n}@example.com",
                 message_id=f"<incomplete-{n}@example.com>", subject="SK belum terbit")
