"""Printed receipt (tanda terima) and response letter for letters without e-mail.

The receipt is printed to PDF with headless chromium, as an officer would print
it, the PDF rendered to PNG with pdftoppm, and the PNG is read back with tesseract: the text must be on the
page, not only in the HTML source. chromium, poppler-utils and tesseract are required
(installed by the README's commands); these tests fail without them.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PIL import Image

from pipeline.notify.receipt import write_receipt, write_response_letter

RECEIVED = datetime(2026, 11, 12, 2, 30, tzinfo=timezone.utc)  # 09.30 WIB


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("chromium is needed to render the receipt (apt-get install chromium)")


def print_to_png(html: Path, tmp: Path) -> tuple[str, Path]:
    """Print an HTML file as chromium would to a printer (PDF), then to PNG.

    Returns pdfinfo's report and the PNG of page 1 at 150 dpi."""
    pdf = tmp / "printed.pdf"
    subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp / 'profile'}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", html.as_uri()],
        check=True, capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp / "page")],
                   check=True, timeout=60)
    return info, tmp / "page.png"


def ocr_text(png: Path) -> str:
    out = subprocess.run(["tesseract", str(png), "-", "-l", "ind+eng", "--psm", "4"],
                         capture_output=True, text=True, check=True, timeout=120,
                         env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
    return " ".join(out.stdout.split())


def test_receipt_for_an_incomplete_scanned_letter_prints_what_is_missing(tmp_path):
    """GIVEN a scanned letter filed without address and signature, no e-mail
    WHEN its receipt is written and rendered as a page
    THEN the page shows the ticket, the date received, items received and
    missing, in Indonesian and then English."""
    path = write_receipt(tmp_path / "receipts", ticket="PGD-2026-000042", received_at=RECEIVED,
                         channel="scan", items_received=["name", "service_description", "loss",
                                                         "requested_resolution", "place", "date"],
                         missing=["address", "signed"], due=None,
                         agency_name="BKPSDM Kabupaten Pasuruan")

    assert path == tmp_path / "receipts" / "PGD-2026-000042-tanda-terima.html"
    info, png = print_to_png(path, tmp_path)
    assert "Pages:           1" in info and "(A4)" in info, info  # one A4 sheet
    assert Image.open(png).size == (1240, 1754)
    text = ocr_text(png)
    for expected in ["TANDA TERIMA PENGADUAN", "PGD-2026-000042", "Kamis, 12 November 2026",
                     "09.30 WIB", "Yang masih kurang", "Alamat lengkap", "Tanda tangan",
                     "Permintaan penyelesaian", "dihitung setelah pengaduan lengkap",
                     "COMPLAINT RECEIPT", "Missing: Full address; Signature"]:
        assert expected in text, f"{expected!r} not on the rendered page"
    assert text.index("TANDA TERIMA") < text.index("COMPLAINT RECEIPT")  # Indonesian first


def test_receipt_of_a_complete_letter_gives_the_due_date(tmp_path):
    path = write_receipt(tmp_path, ticket="PGD-2026-000043", received_at=RECEIVED, channel="scan",
                         items_received=["name", "address"], missing=[], due=date(2026, 11, 17),
                         agency_name="BKPSDM")
    html = path.read_text("utf-8")
    assert "Selasa, 17 November 2026" in html
    assert "Tuesday, 17 November 2026" in html
    assert "Pengaduan Anda lengkap" in html


def test_receipt_escapes_text_and_keeps_the_file_inside_the_folder(tmp_path):
    """GIVEN a ticket with path characters and an item name with markup
    THEN the file stays in receipts_dir and the markup is shown, not run."""
    path = write_receipt(tmp_path, ticket="../../etc/x", received_at=RECEIVED, channel="scan",
                         items_received=["<script>alert(1)</script>"], missing=[], due=None,
                         agency_name="A & B")
    assert path.parent == tmp_path
    html = path.read_text("utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "A &amp; B" in html
    assert not list(tmp_path.glob(".*.part"))


def test_response_letter_for_a_complainant_without_email(tmp_path):
    path = write_response_letter(tmp_path, ticket="PGD-2026-000042", name="Imam Mashudi",
                                 address="Jl. Mawar 3\nSukorejo", agency_name="BKPSDM Kabupaten Pasuruan",
                                 response_text="Petugas loket telah ditegur.\n\nKami mohon maaf.",
                                 date=date(2026, 11, 20), place="Bangil")
    html = path.read_text("utf-8")
    assert path.name == "PGD-2026-000042-surat-tanggapan.html"
    assert "Bangil, 20 November 2026" in html
    assert "Imam Mashudi<br>Jl. Mawar 3<br>Sukorejo" in html
    assert html.index("Petugas loket telah ditegur.") < html.index("Kami mohon maaf.")
