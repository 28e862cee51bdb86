"""The signature check on scans, on drawn pages and hand-made word boxes (no OCR)."""

from __future__ import annotations

import random

import pytest

from PIL import Image, ImageDraw

from pipeline.parse.scan_signature import Word, check_signature

DPI = 200
W, H = 1654, 2339


def _word(text, left, top, line, conf=95.0, height=34):
    return Word(text, left, top, 20 * len(text), height, conf, (1, 1, line))


def _page(*, signed: bool, specks: int = 0, name_top: int = 1500, stamp: bool = False,
          sign_here: str = "", pen: int = 30, fringe: bool = False, print_ink: int = 10):
    """A page with 'Hormat saya,' at y=1300 and the printed name at name_top."""
    img = Image.new("L", (W, H), 235)
    draw = ImageDraw.Draw(img)
    words = [_word("Demikian", 200, 1200, 1), _word("pengaduan", 400, 1200, 1),
             _word("Hormat", 1000, 1300, 2), _word("saya,", 1140, 1300, 2),
             _word("Budi", 1000, name_top, 3), _word("Santoso", 1100, name_top, 3)]
    for w in words:  # print: a solid bar where each word is
        draw.rectangle((w.left, w.top + 5, w.right, w.bottom - 5), fill=print_ink)
    draw.line((1000, name_top + 40, 1250, name_top + 40), fill=print_ink, width=3)  # underline
    if signed:
        pts = [(1020 + i * 4, 1420 + int(30 * ((i % 20) - 10) / 10)) for i in range(60)]
        draw.line(pts, fill=pen, width=3)
    if fringe:  # the edge of an evened-out shadow: a thin, slightly slanted line down the page
        draw.line((700, 900, 712, 2000), fill=150, width=6)
    if stamp:
        draw.ellipse((950, 1360, 1150, 1480), outline=60, width=4)
    if sign_here == "ruled":  # a printed line to sign on, and brackets around it
        draw.line((1000, 1450, 1300, 1450), fill=10, width=3)
    if sign_here == "dotted":
        for x in range(990, 1300, 9):
            draw.rectangle((x, 1450, x + 3, 1453), fill=10)
    rng = random.Random(3)
    for _ in range(specks):
        x, y = rng.randrange(W), rng.randrange(H)
        draw.point((x, y), fill=rng.randrange(0, 100))
    return img, words


def test_scribble_between_closing_and_name_is_a_signature():
    img, words = _page(signed=True)
    result = check_signature(img, words, dpi=DPI)
    assert result.signed is True
    # The space between closing and name, where OCR text is the signature's.
    assert result.band is not None and 1334 <= result.band[0] < result.band[1] <= 1500


def test_empty_space_above_the_printed_name_is_not_a_signature():
    """GIVEN a closing and a printed, underlined name with nothing between
    THEN not signed (a printed name alone is not a signature)."""
    img, words = _page(signed=False)
    result = check_signature(img, words, dpi=DPI)
    assert result.signed is False and result.ink_cells == 0


def test_scanner_specks_are_not_a_signature():
    img, words = _page(signed=False, specks=40_000)
    assert check_signature(img, words, dpi=DPI).signed is False


@pytest.mark.parametrize("line", ["ruled", "dotted"])
def test_a_printed_line_to_sign_on_is_not_a_signature(line):
    """GIVEN an unsigned form with a ruled or dotted line above the name THEN not signed."""
    img, words = _page(signed=False, sign_here=line)
    assert check_signature(img, words, dpi=DPI).signed is False


def test_signature_over_a_printed_line_is_a_signature():
    img, words = _page(signed=True, sign_here="ruled")
    assert check_signature(img, words, dpi=DPI).signed is True


def test_a_stamp_counts_as_ink():
    img, words = _page(signed=False, stamp=True)
    assert check_signature(img, words, dpi=DPI).signed is True


def test_name_right_under_the_closing_without_ink_is_unsigned():
    img, words = _page(signed=False, name_top=1345)
    assert check_signature(img, words, dpi=DPI).signed is False


def _without_closing(words):
    """What OCR reads of a page whose signature is drawn across the closing: no closing line."""
    return [w for w in words if w.line_key != (1, 1, 2)]


def test_closing_not_read_the_gap_above_the_name_is_where_the_signature_is():
    """GIVEN a signature drawn across the closing, so that OCR reads no closing line, and no
    place-and-date line above it WHEN checked THEN the gap between the last printed line and
    the printed name is looked at: ink there is a signature, an empty gap is none."""
    img, words = _page(signed=True)
    assert check_signature(img, _without_closing(words), dpi=DPI).signed is True
    img, words = _page(signed=False)
    ImageDraw.Draw(img).rectangle((990, 1295, 1300, 1340), fill=235)   # no closing printed either
    assert check_signature(img, _without_closing(words), dpi=DPI).signed is False


def test_closing_not_read_and_the_name_far_below_means_cannot_tell():
    """A gap of a page's height above a short line is the foot of a page, not a signature's space."""
    img, words = _page(signed=True, name_top=2250)
    assert check_signature(img, _without_closing(words), dpi=DPI).signed is None


def test_no_closing_and_no_name_means_cannot_tell():
    img, words = _page(signed=True)
    words = [w for w in _without_closing(words) if w.line_key != (1, 1, 3)]
    assert check_signature(img, words, dpi=DPI).signed is None


def test_a_signature_glued_to_the_closing_line_by_ocr_is_still_found():
    """GIVEN OCR that joins the top of the signature to the closing line as a guessed word
    ("Hormat saya, | 8"), so the line's box reaches down over the signature
    WHEN checked THEN the signature is still found between the closing's printed words and the name."""
    img, words = _page(signed=True)
    glued = Word("8", 1100, 1330, 60, 110, 5.0, (1, 1, 2))   # from the closing line down over the scribble
    assert check_signature(img, [*words, glued], dpi=DPI).signed is True


def test_closing_hidden_by_the_signature_falls_back_to_the_place_and_date_line():
    """GIVEN a signature drawn over 'Hormat saya,' so OCR read nothing there,
    and 'Bangil, 3 Maret 2026' above it THEN the band below the date is checked."""
    img, words = _page(signed=True)
    words = [w for w in words if w.text not in ("Hormat", "saya,")]
    words += [_word("Bangil,", 1000, 1300, 4), _word("3", 1160, 1300, 4),
              _word("Maret", 1200, 1300, 4), _word("2026", 1320, 1300, 4)]
    assert check_signature(img, words, dpi=DPI).signed is True


def test_scribble_read_as_low_confidence_text_is_not_taken_for_the_name():
    img, words = _page(signed=True)
    words.append(_word("Oku", 1030, 1400, 9, conf=40, height=80))
    assert check_signature(img, words, dpi=DPI).signed is True


def test_a_faded_copy_keeps_its_signature():
    """GIVEN a toner-starved copy: print at level 150, the signature at 175, paper at 235
    THEN signed: ink is what is clearly darker than the paper, not only what is below a fixed grey."""
    img, words = _page(signed=True, pen=175, print_ink=150)
    assert check_signature(img, words, dpi=DPI).signed is True


def test_a_thin_line_down_the_closing_block_is_not_a_signature():
    """GIVEN no signature, but a thin slanted line running down through the closing block
    (the fringe a shadow's edge leaves after the lighting is evened out)
    THEN not signed: it fills many rows but only one or two columns."""
    img, words = _page(signed=False, fringe=True)
    result = check_signature(img, words, dpi=DPI)
    assert result.signed is False
    assert "columns" in result.reason


def test_a_signature_across_a_revenue_stamp_is_seen_past_the_stamp_s_print():
    """GIVEN a meterai (a grey box printed 'METERAI' / 'TEMPEL' / '10000') between the closing and
    the name, a signature written across it THEN the name is the line below the stamp, and signed."""
    img, words = _page(signed=True, name_top=1560)
    draw = ImageDraw.Draw(img)
    draw.rectangle((960, 1350, 1080, 1500), fill=170)
    words += [_word("METERAI", 970, 1360, 4), _word("TEMPEL", 975, 1400, 5), _word("10000", 980, 1440, 6)]
    result = check_signature(img, words, dpi=DPI)
    assert result.signed is True
    assert result.band is not None and result.band[1] > 1500


@pytest.mark.parametrize("closing", ["Yang mengadukan,", "Yang melaporkan,", "Pemohon,", "Yang menyampaikan,"])
def test_role_closings_are_closings(closing):
    from pipeline.parse.scan_signature import Line, is_closing
    line = Line(tuple(_word(w, 1000 + 150 * i, 1300, 2) for i, w in enumerate(closing.split())))
    assert is_closing(line)


def _without_name(words):
    """What OCR reads of a page whose printed name it could not read: nothing below the closing."""
    return [w for w in words if w.line_key != (1, 1, 3)]


def test_a_signature_drawn_across_the_printed_name_is_a_signature():
    """GIVEN a signature drawn over the printed name, so that OCR reads no line below the closing
    WHEN checked THEN the mark under the closing, taller than a line of print, is the signature."""
    img, words = _page(signed=False, name_top=1460)
    pts = [(990 + i * 5, 1475 + int(45 * ((i % 16) - 8) / 8)) for i in range(60)]   # ~90 px: 2.6 lines of print
    ImageDraw.Draw(img).line(pts, fill=30, width=3)
    assert check_signature(img, _without_name(words), dpi=DPI).signed is True


def test_a_printed_name_that_ocr_could_not_read_is_not_a_signature():
    """GIVEN an unsigned page whose printed name OCR did not read (glyphs one line tall below the
    closing), with scanner specks around THEN not signed; nor is a closing with nothing under it."""
    from PIL import ImageFont

    img, words = _page(signed=False, specks=4_000)
    draw = ImageDraw.Draw(img)
    draw.rectangle((990, 1490, 1300, 1560), fill=235)   # the stand-in bars of the name: real glyphs instead
    draw.text((1000, 1500), "Budi Santoso, S.Pd.", font=ImageFont.load_default(size=34), fill=10)
    result = check_signature(img, _without_name(words), dpi=DPI)
    assert result.signed is False and result.ink_cells > 0   # the name's ink was seen, and is no signature
    img, words = _page(signed=False)
    ImageDraw.Draw(img).rectangle((990, 1490, 1300, 1560), fill=235)   # no name printed
    assert check_signature(img, _without_name(words), dpi=DPI).signed is False


def test_the_post_under_the_date_is_the_closing_of_a_letter_from_an_office():
    """GIVEN a letter closed by the signing post ("Kepala Sekolah,") under the place and date,
    with no closing word WHEN checked THEN the space below the post is where the signature is."""
    for signed in (True, False):
        img, words = _page(signed=signed)
        words = [w for w in words if w.text not in ("Hormat", "saya,")]
        words += [_word("Bangil,", 1000, 1255, 4), _word("3", 1160, 1255, 4), _word("Maret", 1200, 1255, 4),
                  _word("2026", 1320, 1255, 4), _word("Kepala", 1000, 1300, 5), _word("Sekolah,", 1140, 1300, 5)]
        result = check_signature(img, words, dpi=DPI)
        assert result.signed is signed and result.band is not None and result.band[0] >= 1334
