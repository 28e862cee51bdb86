"""Regenerate the example PDF letters (text layer + a drawn signature) and the
e-mail that carries one of them as an attachment.

    .venv/bin/python examples/make_examples.py

fpdf2 is a test dependency; the generated files are committed so the demo
needs nothing extra.
"""

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent

LETTER_A = """Bangil, 18 November 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Perihal: Pengaduan izin belajar

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama : Siti Nurhaliza, S.Pd.
Alamat : Dusun Krajan RT 01 RW 03, Desa Sidowayah, Kecamatan Beji, Kabupaten Pasuruan
Telepon : 0857-1234-9876

Uraian pelayanan yang tidak sesuai standar:
Permohonan izin belajar program magister yang saya ajukan pada Agustus 2026 belum diproses, padahal berkas sudah lengkap dan perkuliahan dimulai bulan September.

Kerugian yang saya alami:
Saya terancam tidak dapat mengikuti perkuliahan semester ini dan biaya pendaftaran Rp 2.500.000 yang sudah saya bayar akan hangus.

Permintaan penyelesaian:
Mohon izin belajar saya segera diterbitkan paling lambat akhir November 2026.

Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih.

Hormat saya,



Siti Nurhaliza, S.Pd.
"""

LETTER_B = """Pandaan, 19 November 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : Bambang Sutrisno
Alamat : Jl. Raya Pandaan No. 45, Kelurahan Petungasri, Kecamatan Pandaan
No. HP : 0812-7788-5566

Saya pensiunan guru sejak 1 Juli 2026. Sampai hari ini SK pensiun saya belum saya terima sehingga saya belum dapat mengurus hak pensiun di PT Taspen.

Akibatnya saya tidak menerima penghasilan sejak Juli 2026 dan harus meminjam uang untuk kebutuhan sehari-hari.

Saya mohon agar SK pensiun saya segera diterbitkan dan diserahkan kepada saya.

Hormat saya,



Bambang Sutrisno
"""


def letter_pdf(text: str, path: Path, *, signed: bool) -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_creator("Pengaduan examples")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 11, 18))
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if signed:
        # a scribble in the blank lines between the closing and the printed name
        y = pdf.get_y() - 14
        pdf.set_line_width(0.6)
        pdf.bezier([(14, y), (24, y - 8), (30, y + 6), (40, y - 4)])
        pdf.bezier([(40, y - 4), (48, y - 10), (52, y + 4), (62, y - 2)])
    pdf.output(str(path))


def mail_with_letter(pdf: bytes, path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Date"] = "Wed, 18 Nov 2026 10:20:00 +0700"
    msg["From"] = "Siti Nurhaliza <siti.nurhaliza@example.com>"
    msg["To"] = "pengaduan@example.go.id"
    msg["Subject"] = "Surat pengaduan izin belajar"
    msg["Message-ID"] = "<ex04.siti@example.com>"
    msg.set_content("Selamat pagi,\n\nBersama ini saya lampirkan surat pengaduan saya mengenai izin belajar.\n\nSiti\n")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="surat-pengaduan.pdf")
    path.write_bytes(bytes(msg))


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        letter_pdf(LETTER_A, Path(tmp) / "a.pdf", signed=True)
        mail_with_letter((Path(tmp) / "a.pdf").read_bytes(), HERE / "mail" / "04-letter-pdf-attachment.eml")
    letter_pdf(LETTER_B, HERE / "scans" / "surat-pensiun.pdf", signed=True)
