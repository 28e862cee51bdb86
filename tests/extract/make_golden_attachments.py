"""Regenerate the golden e-mails whose letter is an attached PDF or DOCX.

    .venv/bin/python -m tests.extract.make_golden_attachments
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.builders import letter_docx, mail_with_attachment, text_pdf

GOLDEN = Path(__file__).with_name("golden")

PDF_LETTER = """Bangil, 9 November 2026

Perihal : Pengaduan ujian dinas

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama : Arif Setiawan
Alamat : Jl. Gajah Mada No. 30 RT 04 RW 02, Kelurahan Kalirejo,
Kecamatan Bangil
No. HP : 0813-5566-7788

Uraian pengaduan:
Saya sudah lulus ujian dinas pada bulan Juli 2026, tetapi sertifikat kelulusan belum
diberikan sampai sekarang meskipun sudah tiga kali saya tanyakan.

Kerugian:
Tanpa sertifikat itu saya tidak dapat mengusulkan penyesuaian ijazah pada periode ini.

Permintaan penyelesaian:
Mohon sertifikat kelulusan ujian dinas saya segera diterbitkan.

Hormat saya,
Arif Setiawan"""

DOCX_LETTER = """Sidoarjo, 12 November 2026

Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Nama : Maria Ulfa
Alamat : Perum Griya Permata Blok J-7, Desa Wonokoyo, Kecamatan Beji
NIK : 3514095506900002

Kronologi:
Usul kenaikan pangkat pilihan saya periode Oktober 2026 dikembalikan tanpa alasan tertulis, padahal semua syarat sudah dinyatakan lengkap oleh verifikator.

Dampak:
Saya kehilangan kesempatan naik pangkat tahun ini dan tunjangan saya tidak naik.

Harapan:
Berkas saya diperiksa ulang dan saya diberi penjelasan tertulis.

Hormat saya,
Maria Ulfa"""


def main() -> None:
    cases = {
        "30_pdf_strokes.eml": ("Arif Setiawan <arif.s@example.com>", "strokes", PDF_LETTER, "Surat terlampir."),
        "31_pdf_image.eml": ("Arif Setiawan <arif.s@example.com>", "image", PDF_LETTER,
                             "Dengan hormat, bersama ini saya lampirkan surat pengaduan saya.\n\nSalam,\nArif"),
        "32_pdf_unsigned.eml": ("Arif Setiawan <arif.s@example.com>", None, PDF_LETTER,
                                "Terlampir pengaduan saya.\n\nHormat saya,\nArif Setiawan"),
    }
    for name, (sender, sig, letter, cover) in cases.items():
        pdf = text_pdf(letter.split("\n"), signature=sig)
        (GOLDEN / name).write_bytes(mail_with_attachment(
            sender=sender, subject="Pengaduan ujian dinas", date="Tue, 10 Nov 2026 07:30:00 +0700",
            cover=cover, filename="surat_pengaduan.pdf", data=pdf, maintype="application", subtype="pdf"))
    for name, signed in (("33_docx_signed.eml", True), ("34_docx_unsigned.eml", False)):
        data = letter_docx(DOCX_LETTER.split("\n"), signed=signed)
        (GOLDEN / name).write_bytes(mail_with_attachment(
            sender="Maria Ulfa <maria.ulfa@example.org>", subject="Pengaduan kenaikan pangkat",
            date="Thu, 12 Nov 2026 21:00:00 +0700", cover="Pak, surat pengaduan saya di lampiran ya.",
            filename="Pengaduan Maria.docx", data=data, maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document"))


if __name__ == "__main__":
    main()
