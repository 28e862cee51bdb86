"""Parsing files: dispatch, PDFs (text, signature, hostile), DOCX, limits."""

from __future__ import annotations

import pytest

from pipeline.errors import UnreadableInput
from pipeline.parse import parse_bytes, read_path
from tests.extract.builders import letter_docx, text_pdf

LETTER = ["Bangil, 1 November 2026", "", "Nama : Budi", "Isi pengaduan.", "", "Hormat saya,", "Budi Santoso"]


@pytest.mark.parametrize("sig,want", [("strokes", True), ("image", True), (None, False)])
def test_pdf_signature_is_ink_above_the_printed_name(sig, want):
    doc = parse_bytes(text_pdf(LETTER, signature=sig), "a.pdf")
    assert doc.source == "pdf" and "Nama : Budi" in doc.text
    assert doc.signature_mark is want


@pytest.mark.parametrize("signed", [True, False])
def test_docx_text_and_signature_picture(signed):
    doc = parse_bytes(letter_docx(LETTER, signed=signed), "a.docx")
    assert doc.source == "docx" and "Nama : Budi" in doc.text
    assert doc.signature_mark is signed


@pytest.mark.parametrize("data,name,reason", [
    (b"", "a.pdf", "empty"),
    (b"%PDF-1.4\n1 0 obj << >> endobj\n", "a.pdf", "truncated"),
    (b"PK\x03\x04garbage", "a.docx", "corrupt"),
    (b"\x00\x01\x02", "a.xyz", "unsupported"),
    (b"x" * 100, "a.txt", "too large"),
])
def test_unreadable_inputs_say_why_in_one_line(data, name, reason):
    with pytest.raises(UnreadableInput) as exc:
        parse_bytes(data, name, max_bytes=50)  if reason == "too large" else parse_bytes(data, name)
    assert reason in str(exc.value) and "\n" not in str(exc.value)


def test_truncated_pdf_is_unreadable():
    data = text_pdf(LETTER, signature="strokes")
    with pytest.raises(UnreadableInput):
        parse_bytes(data[: len(data) // 3], "cut.pdf")


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableInput):
        read_path(tmp_path / "nope.eml")


def test_text_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Nama : Budi\nÄ".encode("cp1252"))
    assert read_path(p).source == "text"


@pytest.mark.parametrize("closing", ["Yang mengadu,", "Yang melaporkan,"])
def test_pdf_signature_under_a_role_closing(closing):
    """'Yang mengadu,' closes a formal complaint as 'Hormat saya,' does: the ink under it is the signature."""
    lines = LETTER[:-2] + [closing, "Budi Santoso"]
    assert parse_bytes(text_pdf(lines, signature="strokes"), "a.pdf").signature_mark is True
    assert parse_bytes(text_pdf(lines, signature=None), "a.pdf").signature_mark is False


def test_extract_on_a_damaged_tiff_prints_one_line_not_the_library_s_warnings(tmp_path):
    """GIVEN a TIFF whose first directory claims 65,520 entries (Pillow warns "Corrupt EXIF data" as it
    gives up) WHEN `pengaduan extract` reads it THEN exit 3, nothing on stdout, one line on stderr."""
    import random
    import struct
    import subprocess

    from conftest import PENGADUAN
    path = tmp_path / "scan.tif"
    path.write_bytes(b"II*\x00" + struct.pack("<IH", 8, 0xFFF0) + random.Random(7).randbytes(3000))
    proc = subprocess.run([PENGADUAN, "extract", str(path), "--json"], capture_output=True, text=True,
                          cwd=tmp_path)
    assert proc.returncode == 3 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "not a readable image" in proc.stderr
