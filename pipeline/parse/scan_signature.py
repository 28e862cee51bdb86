"""Is there a handwritten mark above the printed name of a scanned letter?

The closing block of an Indonesian letter is a closing phrase ("Hormat saya,"),
a space for the signature, and the printed name. We find the closing line and
the first confident text line below it in the same column, and look at the
band between them: ink there that tesseract did not read as words is a
signature (or a stamp with one). An empty band is no signature, and a printed
name alone is not one either.

Ink is counted in small cells rather than pixels so that scanner specks and
JPEG noise (a few isolated dots) do not add up to a signature, while a pen
stroke crosses many cells.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from pipeline.parse.image import otsu_threshold


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line_key: tuple[int, int, int]  # (block, paragraph, line) in tesseract's order

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def real(self) -> bool:
        """A word tesseract is sure of, as opposed to a guess at a scribble."""
        letters = sum(ch.isalnum() for ch in self.text)
        return self.conf >= 60 and letters >= 2 and letters >= len(self.text) / 2


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> int:
        return self.bottom - self.top


def group_lines(words: list[Word]) -> list[Line]:
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line_key, []).append(word)
    return [Line(tuple(ws)) for ws in lines.values()]


# Closing phrases of letters in Indonesian, Javanese-flavoured and English use.
# Matched against a whole short line, so "saya ucapkan terima kasih" in the body
# does not count, but a line that is only "Terima kasih," does.
_CLOSING = re.compile(
    r"^(hormat\s*(saya|kami|kula)|horm\w*( \w{1,5})?$|salam(\s*hormat|\s*saya)?|wassalam\w*|"
    r"tertanda|ttd|tanda\s+tangan(\s+\w+)?|pelapor|pengadu|pemohon|yang\s+(mengadu|melapor|menyampaikan|mengajukan|memohon)\w*|"
    r"yang\s+membuat\s+(pengaduan|laporan|pernyataan)|terima\s*kasih|matur\s+(sembah\s+)?nuwun|(mator\s+|matur\s+)?sak[ae]langkong|"
    r"regards|best\s+regards|kind\s+regards|sincerely|yours\s+(sincerely|faithfully|truly)|"
    r"respectfully)\b"
)


# Words printed on a revenue stamp (meterai tempel / elektronik), the signature written across it.
_STAMP_WORD = re.compile(r"m[ae]terai|tempel|elektronik|sepuluh|enam|ribu|rupiah|ri|\d*")

_PLACE_DATE = re.compile(r"^[A-Za-z .'-]{3,40},\s*\d{1,2}\s+[A-Za-z]{3,12}\.?\s+\d{4}\b")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z ]+", " ", text.lower()).strip()


# A closing, a signature and the space around them take a few lines; a wider
# gap is the blank foot of a page above its footer ("Halaman 2 dari 2").
_MAX_SIGNATURE_LINES = 15


def _printed(line: Line) -> Line | None:
    """The line's words that tesseract is sure of (print, not a guess at a scribble); None if none."""
    words = tuple(w for w in line.words if w.real)
    return Line(words) if words else None


# an academic degree after a name ("S.H.", "S.Pd.", "M.T."): print, though short; a scribble is not read as one
_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,3}\.){2,3},?")


def _printed_name_below(closing: Line, lines: list[Line], line_h: float, page_w: int) -> Line | None:
    """The first confident line below the closing in its column, skipping scribbles and stamp print."""
    for ln in lines:
        if ln.top <= closing.bottom - line_h * 0.3:
            continue
        real = [w for w in ln.words if w.real and w.height <= line_h * 1.6]
        if not real or len(real) * 2 < len(ln.words) or not any(
                w.conf >= 75 and (sum(ch.isalpha() for ch in w.text) >= 3 or _DEGREE.fullmatch(w.text))
                for w in real):
            continue  # a scribble that tesseract tried to read
        # Same column as the closing: overlapping, or starting near it.
        if ln.right < closing.left - page_w * 0.15 or ln.left > closing.right + page_w * 0.15:
            continue
        if all(_STAMP_WORD.fullmatch(_norm(w.text) or "0") for w in real):
            continue  # the print of a revenue stamp (meterai), which the signature crosses
        return Line(tuple(real))
    return None


def _gap_above_the_name(lines: list[Line], page_h: int) -> tuple[Line, Line] | None:
    """(the printed line above, the printed name below) the widest gap of 2 to 15 lines below
    the page's first quarter that has a short printed line under it: a signature drawn across the
    closing leaves only this gap, with unread ink in it. None when there is no such gap."""
    printed = [p for p in map(_printed, lines) if p is not None]
    if len(printed) < 2:
        return None
    line_h = statistics.median(ln.height for ln in printed)
    gaps = [(below.top - above.bottom, above, below) for above, below in zip(printed, printed[1:])
            if below.top > page_h * 0.25 and len(below.words) <= 6
            and line_h * 2 <= below.top - above.bottom <= line_h * _MAX_SIGNATURE_LINES]
    if not gaps:
        return None
    _, above, below = max(gaps, key=lambda gap: gap[0])
    return above, below


def _post_below(date_line: Line, lines: list[Line]) -> Line | None:
    """The post that signs, right under the place and date ("Kepala Sekolah,", "Ketua KKG Gugus II,"):
    a short line ending in a comma is the closing of a letter written in an office's name."""
    below = next((ln for ln in lines if ln.top > date_line.top), None)   # lines are sorted by their top
    if below is None or below.top - date_line.bottom > date_line.height * 1.5:
        return None
    printed = _printed(below)
    return printed if printed and len(printed.words) <= 5 and printed.text.rstrip().endswith(",") else None


def is_closing(line: Line) -> bool:
    norm = re.sub(r"\s+", " ", _norm(line.text))
    return len(line.words) <= 6 and bool(_CLOSING.match(norm))


@dataclass(frozen=True)
class SignatureCheck:
    signed: bool | None
    ink_cells: int = 0
    reason: str = ""
    # The empty space between the closing and the printed name (top, bottom),
    # when there is one: text read there is the signature, not the letter.
    band: tuple[int, int] | None = None


def check_signature(img: Image.Image, words: list[Word], *, dpi: float = 300.0,
                    min_cells: int | None = None) -> SignatureCheck:
    """Look for a handwritten mark between the closing line and the printed name."""
    lines = sorted(group_lines(words), key=lambda ln: ln.top)
    closings = [ln for ln in lines if is_closing(ln)]
    if not closings:
        # A signature drawn over the closing can hide it from OCR entirely;
        # the place-and-date line usually sits just above it.
        closings = [_post_below(ln, lines) or ln for ln in lines if _PLACE_DATE.search(ln.text)
                    and ln.top > img.height * 0.4 and len(ln.words) <= 6]
    name = None   # found with the closing when the gap above it stands in for one
    if closings:
        closing = closings[-1]
    else:
        # ... and when the place and date head the letter instead, the space
        # for the signature is the gap above the printed name.
        gap = _gap_above_the_name(lines, img.height)
        if gap is None:
            return SignatureCheck(None, reason="no closing line found")
        closing, name = gap
    # Its printed words only: tesseract may glue the top of a signature onto the
    # closing line ("Hormat saya, | 8"), and the line's box then reaches down
    # over the signature, leaving only the space below it to look at.
    closing = _printed(closing) or closing
    heights = [ln.height for ln in lines if ln.words and any(w.real for w in ln.words)]
    line_h = statistics.median(heights) if heights else dpi / 6
    page_w = img.width
    need = min_cells if min_cells is not None else _MIN_CELLS
    name = name or _printed_name_below(closing, lines, line_h, page_w)
    if name is None:
        return _signed_over_the_name(img, words, closing, line_h, dpi, need)

    top = closing.bottom + int(line_h * 0.15)
    bottom = name.top - int(line_h * 0.15)
    space = (top, bottom)
    if bottom - top < line_h * 0.5:
        space = None
        # Name right under the closing: no room for a signature there, but a
        # signature may still be written across the lines; look at the lines
        # themselves with their words masked out.
        top, bottom = closing.top, name.bottom
    margin = int(page_w * 0.12)
    left = max(0, min(closing.left, name.left) - margin)
    right = min(page_w, max(closing.right, name.right) + margin)
    if right - left < 10 or bottom - top < 5:
        return SignatureCheck(None, reason="closing block too small")

    inked_cells = _inked_cells(img, words, (left, top, right, bottom), dpi)
    if inked_cells is None:
        return SignatureCheck(None, reason="closing block too small")
    inked = int(np.count_nonzero(inked_cells))
    # Handwriting has height: a dotted or dashed line to sign on fills one or
    # two rows of cells, a signature or a stamp several.
    rows = int(np.count_nonzero(inked_cells.any(axis=1)))
    # ... and width: a thin line down the band (the fringe of an evened-out
    # shadow's edge, a fold) fills many rows of one or two columns.
    cols = int(np.count_nonzero(inked_cells.any(axis=0)))
    signed = inked >= need and rows >= 3 and cols >= 5
    return SignatureCheck(signed, ink_cells=inked, band=space,
                          reason=f"{inked} inked cells in {rows} rows and {cols} columns between closing and "
                                 f"name (need {need} in 3 rows and 5 columns)")


# How far below the closing a signature drawn over the printed name reaches: the
# space left to sign in (three or four lines), then the name.
_SIGNING_SPACE_LINES = 6
# A printed line is one line tall; a signature two or more.
_SIGNATURE_HEIGHT_LINES = 1.8


def _signed_over_the_name(img: Image.Image, words: list[Word], closing: Line, line_h: float, dpi: float,
                          need: int) -> SignatureCheck:
    """A closing with no printed name read below it: signed when a mark at least two lines tall sits under it.

    A signature drawn across the printed name hides the name from OCR. A name
    that OCR could not read is ink one line tall, which is not taken for one; a
    closing with nothing under it is no signature either.
    """
    top = closing.bottom + int(line_h * 0.15)
    bottom = min(img.height, closing.bottom + int(line_h * _SIGNING_SPACE_LINES))
    margin = int(img.width * 0.12)
    box = (max(0, closing.left - margin), top, min(img.width, closing.right + 2 * margin), bottom)
    inked_cells = _inked_cells(img, words, box, dpi) if bottom - top >= line_h else None
    if inked_cells is None or not inked_cells.any():
        return SignatureCheck(False, reason="no printed name below the closing, and no mark")
    # The tallest run of inked rows (a row's gap allowed): specks of a noisy scan are rows on their own.
    start, end = _tallest_run(np.flatnonzero(inked_cells.any(axis=1)))
    mark = inked_cells[start:end]
    height = (end - start) * _cell(dpi)
    inked = int(np.count_nonzero(mark))
    cols = int(np.count_nonzero(mark.any(axis=0)))
    signed = inked >= need and cols >= 5 and height >= line_h * _SIGNATURE_HEIGHT_LINES
    return SignatureCheck(signed, ink_cells=inked, reason=f"no printed name read below the closing; a mark of "
                          f"{inked} cells, {height / line_h:.1f} lines tall (a signature over the name: "
                          f"{need} cells, {_SIGNATURE_HEIGHT_LINES} lines)")


def _tallest_run(rows: np.ndarray) -> tuple[int, int]:
    """(first, last + 1) of the longest run of row numbers that skips at most one row at a time."""
    breaks = np.flatnonzero(np.diff(rows) > 2)
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [rows.size - 1]))
    k = int(np.argmax(rows[ends] - rows[starts]))
    return int(rows[starts[k]]), int(rows[ends[k]]) + 1


def _inked_cells(img: Image.Image, words: list[Word], box: tuple[int, int, int, int], dpi: float) -> np.ndarray | None:
    """Which ~1 mm cells of the box a pen stroke crosses, print that tesseract read and ruled lines left out."""
    left, top, right, bottom = box
    small = np.asarray(img.reduce(4))
    threshold = otsu_threshold(small)
    # A 3x3 median wipes out single-pixel noise but keeps pen strokes, which
    # are at least two pixels wide at scanning resolutions.
    crop = img.crop((left, top, right, bottom)).filter(ImageFilter.MedianFilter(3))
    # Ink is darker than the page's threshold and clearly darker than the paper
    # (a fifth): the cap keeps paper texture and JPEG shading out, and still
    # takes a faded pen or a toner-starved copy (ink 170 on paper 230).
    paper = float(np.median(small))
    band = np.asarray(crop) < min(threshold, max(160.0, paper * 0.8))
    # Words tesseract is sure of are print, not handwriting.
    # Boxes are tight; anti-aliased glyph edges spill a pixel or two past them.
    pad = max(2, int(dpi / 75))
    for w in words:
        if w.real and w.conf >= 80 and w.bottom > top and w.top < bottom:
            band[max(0, w.top - top - pad):max(0, w.bottom - top + pad),
                 max(0, w.left - left - pad):max(0, w.right - left + pad)] = False

    _erase_ruled_lines(band, min_run=int(dpi / 3))
    # The same for vertical lines: a table's rule, the page's edge, or the edge
    # of a shadow that was evened out (a thin fringe the height of the band).
    _erase_ruled_lines(band.T, min_run=int(dpi / 3))

    cell = _cell(dpi)
    h, w = band.shape
    hc, wc = h // cell, w // cell
    if hc == 0 or wc == 0:
        return None
    cells = band[: hc * cell, : wc * cell].reshape(hc, cell, wc, cell).sum(axis=(1, 3))
    # A cell is inked when a stroke crosses it, not when a speck sits in it.
    return cells >= max(2, cell // 3)


def _cell(dpi: float) -> int:
    return max(4, int(round(dpi / 25)))  # about 1 mm


# About 20 mm² of pen stroke (cells are ~1 mm): far below any signature seen
# (150-250 cells), far above what specks or a stray comma make.
_MIN_CELLS = 20


def _erase_ruled_lines(ink: np.ndarray, min_run: int) -> None:
    """Clear straight horizontal runs longer than min_run (a printed line to
    sign on, an underline), in place. Pen strokes are never that straight."""
    if ink.shape[1] < min_run or min_run < 2:
        return
    h, w = ink.shape
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    edges = np.diff(padded, axis=1)
    # Row-major order: in every row, starts and ends alternate, so they pair up.
    starts, ends = np.argwhere(edges == 1), np.argwhere(edges == -1)
    for (row, begin), end in zip(starts, ends[:, 1]):
        if end - begin >= min_run:
            ink[max(0, row - 1):row + 2, begin:end] = False
