"""OCR of scanned letters: real tesseract on a few small generated pages.

The fixtures in tests/fixtures/scans/ come from make_scans.py there. Only five
pages are OCR'd in the whole file (about 15 s on two cores); everything else
(limits, bad files, text layout) runs without reading a page.
tesseract with its Indonesian data must be installed: these tests fail, not
skip, without it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zlib
import struct
from pathlib import Path

import pytest
import numpy as np
from PIL import Image, ImageDraw

from pipeline.errors import UnreadableInput
from pipeline.parse.image import otsu_threshold, skew_angle
from pipeline.parse.ocr import OcrLimits, layout_text, parse_tsv, read_image, read_scanned_pdf
from pipeline.parse.scan_signature import Word

FIXTURES = Path(__file__).parent / "fixtures" / "scans"


def test_tesseract_with_indonesian_is_installed():
    """GIVEN this machine WHEN the OCR stage is used THEN tesseract and its ind data exist."""
    assert shutil.which("tesseract"), "install tesseract-ocr (see README)"
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    assert "ind" in langs.split() and "eng" in langs.split(), "install tesseract-ocr-ind"


@pytest.mark.slow
def test_signed_skewed_png_keeps_the_letter_layout():
    """GIVEN a 200 dpi grey, specked scan skewed by 1.5 degrees, signed
    WHEN it is OCR'd
    THEN the identity block, the place-and-date line and the closing come out
    one per line, and the scribble counts as a signature (not as text)."""
    doc = read_image((FIXTURES / "signed_skewed.png").read_bytes(), "signed_skewed.png")

    assert (doc.source, doc.ocr, doc.pages) == ("image", True, 1)
    lines = [ln.strip() for ln in doc.text.splitlines()]
    assert "Nama : Sri Handayani" in lines
    assert any(ln.startswith("Alamat : Jl. Melati No. 7, Desa Kejapanan") for ln in lines)
    assert any(ln.startswith("Gempol, 3 Maret") for ln in lines)
    closing = lines.index("Hormat saya,")
    after = [ln for ln in lines[closing + 1:] if ln]
    assert after[0] == "Sri Handayani", "nothing read from the signature may precede the name"
    assert doc.signature_mark is True
    assert any("skew" in note for note in doc.notes)


@pytest.mark.slow
def test_multipage_tiff_unsigned_closing_on_page_two():
    """GIVEN a two-page TIFF whose closing block (no signature) is on page 2
    WHEN it is OCR'd
    THEN both pages are read in order and the empty space means not signed."""
    doc = read_image((FIXTURES / "unsigned_two_pages.tif").read_bytes(), "letter.tif")

    assert doc.pages == 2
    assert doc.text.index("Nama") < doc.text.index("Hormat saya")
    assert doc.signature_mark is False


@pytest.mark.slow
def test_image_pdf_upside_down_and_sideways_pages_are_turned():
    """GIVEN an image-only PDF: page 1 upside down, page 2 lying sideways
    WHEN it is OCR'd
    THEN both pages are read upright and the signature is seen."""
    doc = read_scanned_pdf((FIXTURES / "turned.pdf").read_bytes())

    assert (doc.source, doc.ocr, doc.pages) == ("pdf", True, 2)
    assert doc.text.count("Hormat saya,") == 2
    assert doc.text.count("Yth. Kepala BKPSDM Kabupaten Pasuruan") == 2
    assert doc.signature_mark is True
    assert any("180" in note for note in doc.notes)


@pytest.mark.slow
def test_grey_sheet_askew_on_a_white_scanner_bed_is_read():
    """GIVEN the grey specked scan turned a further 3.5 degrees on a white bed
    (white wedges in the corners, brighter than the sheet)
    WHEN it is OCR'd
    THEN the skew is found (not the wedges' edges) and the letter is read."""
    page = Image.open(FIXTURES / "signed_skewed.png").convert("L")
    askew = page.rotate(3.5, expand=True, fillcolor=255)
    buf = io.BytesIO()
    askew.save(buf, format="PNG", dpi=(200, 200))

    doc = read_image(buf.getvalue(), "askew.png")

    lines = [ln.strip() for ln in doc.text.splitlines()]
    assert "Nama : Sri Handayani" in lines
    assert any(ln.startswith("Gempol, 3 Maret") for ln in lines)


@pytest.mark.slow
def test_photo_with_a_shadow_on_a_dark_table_is_read():
    """GIVEN the signed scan photographed on a dark table, askew, with a shadow
    over its lower half (where the closing and signature are)
    WHEN it is OCR'd
    THEN the lighting is evened out, the letter is read and the signature seen."""
    page = np.asarray(Image.open(FIXTURES / "signed_skewed.png").convert("L"), dtype=np.float32)
    shade = np.ones_like(page)
    shade[page.shape[0] // 2:, :] = 0.55
    sheet = Image.fromarray((page * shade).astype(np.uint8), "L").rotate(2, expand=True, fillcolor=45)
    table = Image.new("L", (sheet.width + 240, sheet.height + 240), 45)
    table.paste(sheet, (120, 120))
    buf = io.BytesIO()
    table.save(buf, format="JPEG", quality=80, dpi=(200, 200))

    doc = read_image(buf.getvalue(), "photo.jpg")

    lines = [ln.strip() for ln in doc.text.splitlines()]
    assert "Nama : Sri Handayani" in lines
    assert "Hormat saya," in lines
    assert doc.signature_mark is True
    assert any("lighting" in note for note in doc.notes)


@pytest.mark.slow
def test_heavily_speckled_copy_is_despeckled_and_read():
    """GIVEN the scan with 1 % of its pixels turned into black and white specks
    (a photocopy of a photocopy, dirty glass)
    WHEN it is OCR'd
    THEN the specks are removed first and the letter is read."""
    page = np.asarray(Image.open(FIXTURES / "signed_skewed.png").convert("L")).copy()
    dice = np.random.default_rng(7).random(page.shape)
    page[dice < 0.01] = 0
    page[dice > 0.99] = 255
    buf = io.BytesIO()
    Image.fromarray(page, "L").save(buf, format="PNG", dpi=(200, 200))

    doc = read_image(buf.getvalue(), "specked.png")

    lines = [ln.strip() for ln in doc.text.splitlines()]
    assert "Nama : Sri Handayani" in lines
    assert any(ln.startswith("Gempol, 3 Maret") for ln in lines)
    assert any("specks" in note for note in doc.notes)


def test_skew_and_ink_threshold_ignore_a_bed_brighter_than_the_sheet():
    """GIVEN a grey sheet (level 200) with dark text-like lines, turned 4 degrees on a white bed
    WHEN its skew and ink threshold are measured (no OCR)
    THEN the threshold splits the lines from the sheet, not the sheet from the bed,
    and the angle that levels the lines is found."""
    sheet = Image.new("L", (800, 1000), 200)
    draw = ImageDraw.Draw(sheet)
    for top in range(100, 900, 40):
        draw.rectangle((80, top, 720, top + 12), fill=40)
    askew = sheet.rotate(4, expand=True, fillcolor=255)

    threshold = otsu_threshold(np.asarray(askew))

    assert 40 < threshold < 200
    assert skew_angle(askew) == pytest.approx(-4, abs=0.3)


# --- limits and bad files: UnreadableInput with one line, nothing else ------------

def _png(width: int, height: int) -> bytes:
    """A valid PNG header claiming width x height (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 10)) \
        + chunk(b"IEND", b"")


def _tiff(pages: int, size=(100, 100)) -> bytes:
    buf = io.BytesIO()
    frames = [Image.new("L", size, 255) for _ in range(pages)]
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


@pytest.mark.parametrize("data, name, why", [
    (b"", "empty.png", "empty"),
    (b"this is not an image at all", "x.jpg", "not a readable image"),
    (_png(40_000, 40_000), "bomb.png", "too large"),
    (_png(9_000, 9_000), "big.png", "limit is"),
    (_tiff(3), "three.tif", "3 pages; the limit is 2"),
    ((FIXTURES / "signed_skewed.png").read_bytes()[:5000], "cut.png", "cannot be decoded"),
])
def test_bad_images_are_unreadable_with_a_reason(data, name, why):
    """GIVEN an empty, foreign, bomb, oversized, too-long or truncated image
    WHEN it is read THEN UnreadableInput says why in one line."""
    limits = OcrLimits(max_pages=2, max_pixels=50_000_000)
    with pytest.raises(UnreadableInput) as err:
        read_image(data, name, limits)
    assert why in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("data, why", [
    (b"", "empty"),
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "not a readable PDF"),
    (b"GIF89a not a pdf", "not a readable PDF"),
])
def test_bad_pdfs_are_unreadable(data, why):
    """GIVEN a corrupt or foreign '.pdf' WHEN it is read THEN UnreadableInput."""
    with pytest.raises(UnreadableInput) as err:
        read_scanned_pdf(data)
    assert why in str(err.value)


def test_pdf_over_the_page_limit_is_refused_before_any_ocr():
    buf = io.BytesIO()
    pages = [Image.new("L", (200, 280), 255) for _ in range(4)]
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:])
    with pytest.raises(UnreadableInput, match="4 pages; the limit is 3"):
        read_scanned_pdf(buf.getvalue(), OcrLimits(max_pages=3))


def test_encrypted_pdf_is_unreadable(tmp_path):
    """GIVEN a password-protected PDF WHEN it is read THEN UnreadableInput says so."""
    qpdf = shutil.which("qpdf")
    plain = tmp_path / "plain.pdf"
    Image.new("L", (200, 280), 255).save(plain)
    if qpdf:
        locked = tmp_path / "locked.pdf"
        subprocess.run([qpdf, "--encrypt", "u", "o", "256", "--", str(plain), str(locked)],
                       check=True)
        data = locked.read_bytes()
    else:
        # pdfium reports any /Encrypt dictionary it cannot open as a password error.
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(plain))
        out = io.BytesIO()
        pdf.save(out)
        data = out.getvalue().replace(b"trailer\n<<", b"trailer\n<< /Encrypt 1 0 R", 1)
        if data == out.getvalue():
            data = out.getvalue().replace(b"trailer\r\n<<", b"trailer\r\n<< /Encrypt 1 0 R", 1)
    with pytest.raises(UnreadableInput):
        read_scanned_pdf(data)


def test_ocr_timeout_and_memory_bound_give_unreadable(tmp_path):
    """GIVEN limits too tight for tesseract WHEN a page is OCR'd
    THEN the run is cut off and reported as unreadable, not as a crash."""
    data = (FIXTURES / "signed_skewed.png").read_bytes()
    with pytest.raises(UnreadableInput, match="longer than"):
        read_image(data, "slow.png", OcrLimits(timeout_seconds=0.05))
    with pytest.raises(UnreadableInput, match="OCR"):
        read_image(data, "fat.png", OcrLimits(memory_mb=30))


def test_missing_tesseract_is_unreadable(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(UnreadableInput, match="tesseract is not installed"):
        read_image((FIXTURES / "signed_skewed.png").read_bytes(), "a.png")


_HEAP_AFTER_A_SCAN = """
import sys
from pipeline.parse.ocr import give_freed_memory_back

def rss_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024

# 150 MB in 64 KB blocks (under glibc's mmap threshold, so on the heap, as a page
# image's many smaller buffers are), then one block after them that stays.
blocks = [bytes(64 * 1024) for _ in range(2400)]
pin = bytes(64 * 1024)
held = rss_mb()
del blocks
freed = rss_mb()
give_freed_memory_back()
print(held, freed, rss_mb())
"""


def test_memory_freed_after_a_scan_goes_back_to_the_system():
    """GIVEN a process that freed 150 MB of heap (as after reading a large scan)
    WHEN OCR hands its freed memory back THEN the process no longer holds it:
    the reading child lives on beside a worker with a memory bound."""
    out = subprocess.run([sys.executable, "-c", _HEAP_AFTER_A_SCAN], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[1]).stdout
    held, freed, after = map(float, out.split())
    assert held - after > 100, (held, freed, after)
    assert freed - after > 100, f"glibc kept the freed heap until asked: {held, freed, after}"


# --- text layout from the word table (no OCR) ---------------------------------------

def _w(text, left, top, conf=95.0, line=1, width=None, height=30):
    return Word(text, left, top, width or 18 * len(text), height, conf, (1, 1, line))


def test_layout_restores_label_colons_and_drops_specks():
    """GIVEN words of 'Alamat      - Jl. Mawar 3' where the colon was read as '-',
    and a stray '|' after a wide gap WHEN laid out THEN 'Alamat : Jl. Mawar 3'."""
    words = [
        _w("Alamat", 100, 100), _w("-", 400, 100, conf=60), _w("Jl.", 440, 100),
        _w("Mawar", 500, 100), _w("3", 610, 100), _w("|", 1500, 100, conf=40),
        _w("Nama", 100, 150, line=2), _w(":", 400, 150, line=2), _w("Budi", 440, 150, line=2),
    ]
    assert layout_text(words) == "Alamat : Jl. Mawar 3\nNama : Budi\n"


def test_layout_puts_a_blank_line_between_paragraphs_only():
    rows = [100, 150, 200, 290, 340, 430]  # pitch 50, paragraph gaps of 90
    words = [_w(f"baris{i}", 100, top, line=i) for i, top in enumerate(rows)]
    assert layout_text(words) == "baris0\nbaris1\nbaris2\n\nbaris3\nbaris4\n\nbaris5\n"


def test_layout_drops_lines_read_from_a_scribble():
    words = [_w("Hormat", 100, 100), _w("saya,", 230, 100),
             _w("Oku", 120, 160, conf=41, line=2, height=90),
             _w("Budi", 100, 300, line=3), _w("Santoso", 190, 300, line=3)]
    assert layout_text(words) == "Hormat saya,\n\nBudi Santoso\n"


def test_parse_tsv_reads_word_rows_only():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "4\t1\t1\t1\t1\t0\t10\t10\t100\t20\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t96.5\tNama\n"
           "5\t1\t1\t1\t1\t2\t60\t10\t5\t20\t90\t \n")
    assert parse_tsv(tsv) == [Word("Nama", 10, 10, 40, 20, 96.5, (1, 1, 1))]


def test_layout_keeps_an_uncoloned_table_column_apart_and_drops_a_margin_hole():
    """GIVEN an identity table typed without colons, and a punched hole read as '_' far left
    of an address continuation WHEN laid out THEN the table's gap stays wide enough to part label
    from value, and the hole is gone."""
    words = [
        _w("Nama", 300, 100), _w("Lengkap", 390, 100), _w("dr.", 900, 100), _w("Fajar", 960, 100),
        _w("_", 60, 150, conf=70, line=2), _w("Kabupaten", 300, 150, line=2), _w("Pasuruan", 480, 150, line=2),
    ]
    assert layout_text(words) == "Nama Lengkap   dr. Fajar\nKabupaten Pasuruan\n"


def test_pdf_whose_scanned_image_cannot_be_decoded_is_unreadable():
    """GIVEN a well-formed PDF whose only page image is a broken JPEG stream (it renders as blank paper)
    WHEN it is read THEN unreadable, with a reason, before any OCR."""
    junk = bytes(range(256)) * 40
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Type /XObject /Subtype /Image /Width 1654 /Height 2339 /ColorSpace /DeviceGray "
               b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(junk) + junk + b"\nendstream",
               b"<< /Length 33 >>\nstream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream"]
    pdf, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with pytest.raises(UnreadableInput, match="cannot be decoded"):
        read_scanned_pdf(pdf)


def test_layout_drops_a_full_stop_speck_before_a_lower_case_word():
    """GIVEN 'Saya mohon penolakan. izin belajar' (a speck read as a full stop mid-sentence) and
    'Kec. bangil' WHEN laid out THEN the whole word loses its stop, the abbreviation keeps it."""
    words = [_w("Saya", 100, 100), _w("mohon", 200, 100), _w("penolakan.", 320, 100), _w("izin", 520, 100),
             _w("Kec.", 100, 150, line=2), _w("bangil", 190, 150, line=2)]
    assert layout_text(words) == "Saya mohon penolakan izin\nKec. bangil\n"


def test_a_phone_number_read_with_low_confidence_is_kept_and_a_scribble_is_not():
    """GIVEN a 'No. Telp : 0838-5122-9047' line that tesseract read at confidence 26 and 0, and a
    scribble read as low-confidence letters WHEN laid out THEN the number's line stays, the scribble goes."""
    words = [_w("Nama", 100, 100, line=1), _w(":", 400, 100, line=1), _w("Budi", 430, 100, line=1),
             _w("No.Telp", 100, 140, conf=26.0, line=2), _w(":0838-5122-9047", 400, 140, conf=0.0, line=2),
             _w("Ohm", 600, 300, conf=20.0, line=3), _w("4", 700, 300, conf=30.0, line=3)]
    assert layout_text(words) == "Nama : Budi\nNo.Telp :0838-5122-9047\n"


def test_a_speck_read_onto_a_line_s_first_word_is_dropped():
    words = [_w(".No.", 100, 100), _w("HP", 190, 100), _w(":", 400, 100), _w("0821", 430, 100)]
    assert layout_text(words) == "No. HP : 0821\n"


def test_a_label_s_colon_read_as_a_mark_and_a_one_stuck_to_the_number_is_restored():
    """GIVEN 'Telp      '10877-2210-4455' (the colon after a wide gap read as a quote and a '1')
    WHEN laid out THEN 'Telp : 0877-2210-4455'; a number after its colon keeps its digits."""
    words = [_w("Telp", 100, 100), _w("'10877-2210-4455", 400, 100),
             _w("NIP", 100, 150, line=2), _w(":", 400, 150, line=2), _w("198001012005011001", 430, 150, line=2)]
    assert layout_text(words) == "Telp : 0877-2210-4455\nNIP : 198001012005011001\n"


def test_specks_before_a_heading_and_after_its_colon_are_dropped():
    """GIVEN ': Harapan:' and 'Dampak: |' (specks read at the ends of two headings) WHEN laid out
    THEN the headings alone, so they are read as headings."""
    words = [_w("Dampak:", 100, 100), _w("|", 260, 100, conf=70),
             _w(":", 90, 150, conf=70, line=2), _w("Harapan:", 110, 150, line=2)]
    assert layout_text(words) == "Dampak:\nHarapan:\n"


def test_a_nik_whose_colon_was_read_as_a_one_between_specks_is_restored():
    """GIVEN 'NIK  _ © 13514 1302 0790 0005' (specks and a '1' where the colon was) WHEN laid out
    THEN 'NIK : 3514 1302 0790 0005'."""
    words = [_w("NIK", 100, 100), _w("_", 330, 100, conf=40), _w("©", 370, 100, conf=40),
             _w("13514", 392, 100), _w("1302", 500, 100), _w("0790", 590, 100), _w("0005", 680, 100)]
    assert layout_text(words) == "NIK : 3514 1302 0790 0005\n"


def test_a_blank_form_field_read_as_guessed_letters_leaves_the_label_alone():
    """GIVEN 'Kerugian : ..........' read by tesseract as words it gives under 35, and a speck 'oe'
    beside a colon WHEN laid out THEN the label alone, and the value without the speck."""
    words = [_w("Kerugian", 100, 100), _w("yang", 270, 100), _w("diderita", 360, 100), _w(":", 530, 100, conf=60),
             _w("sistitactns", 560, 100, conf=0), _w("Seno", 790, 100, conf=5), _w("ra", 890, 100, conf=16),
             _w("Alamat", 100, 150, line=2), _w("oe", 300, 150, conf=29, line=2), _w(":", 360, 150, line=2),
             _w("Dusun", 390, 150, line=2), _w("Krajan", 500, 150, line=2)]
    assert layout_text(words) == "Kerugian yang diderita :\nAlamat : Dusun Krajan\n"


def test_a_stop_at_a_line_s_end_before_a_lower_case_line_is_a_speck():
    words = [_w("Gaji", 100, 100), _w("saya", 190, 100), _w("berkurang.", 290, 100),
             _w("sekitar", 100, 150, line=2), _w("Rp", 240, 150, line=2), _w("90.000.", 300, 150, line=2),
             _w("Kec.", 100, 200, line=3), _w("bangil", 190, 200, line=3)]
    assert layout_text(words) == "Gaji saya berkurang\nsekitar Rp 90.000.\nKec. bangil\n"


def test_a_speck_before_a_form_s_long_label_is_dropped():
    words = [_w(":", 80, 100, conf=70), _w("Layanan", 100, 100), _w("yang", 250, 100), _w("diadukan", 340, 100),
             _w("(beri", 500, 100), _w("tanda", 600, 100), _w("X):", 700, 100)]
    assert layout_text(words) == "Layanan yang diadukan (beri tanda X):\n"
