"""OCR of scanned letters with tesseract (ind+eng).

One tesseract process per page, as many at a time as there are cores, each
with OMP_THREAD_LIMIT=1 (tesseract's own threading is several times slower on
small machines), a wall-clock timeout and an address-space limit. Tesseract
runs once per page and writes only its word table (TSV); the text is laid out
from that table here, so the same pass also gives the word boxes that the
signature check needs.

Before OCR each page is turned upright and de-skewed (cheap projection
profiles, see image.py). Tesseract's orientation detection (`--psm 0`) costs
about as much as the OCR itself, so it runs only for a page whose first read
is poor (an upside-down page reads as low-confidence noise).
"""

from __future__ import annotations

import ctypes
import functools
import logging
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from PIL import Image

from pipeline.errors import UnreadableInput
from pipeline.parse import ocr_limits
from pipeline.parse.document import Document
from pipeline.parse.ocr_limits import OcrLimits
from pipeline.parse.image import PageSource, image_pages, pdf_pages, straighten
from pipeline.parse.scan_signature import Word, check_signature

log = logging.getLogger(__name__)



# Page segmentation mode 4 ("a single column of text of variable sizes") keeps
# "Nama : Budi" on one line; mode 3 may split the labels and the values into
# two columns read one after the other.
_PSM = "4"
# A page whose words average below this confidence is probably upside down.
_POOR_CONFIDENCE = 70.0
# Orientation confidence from `--psm 0` above which we trust its rotation.
_OSD_MIN_CONFIDENCE = 1.5


@dataclass
class PageResult:
    text: str
    signed: bool | None
    confidence: float
    notes: list[str] = field(default_factory=list)


def read_image(data: bytes, filename: str, limits: OcrLimits | None = None) -> Document:
    """An image file (PNG, JPEG, TIFF, multi-page TIFF) -> Document(source="image", ocr=True)."""
    limits = limits or ocr_limits.current()
    pages = image_pages(data, filename, limits.max_pages, limits.max_pixels)
    return _read(pages, "image", limits, filename)


def read_scanned_pdf(data: bytes, limits: OcrLimits | None = None) -> Document:
    """An image-only PDF -> Document(source="pdf", ocr=True)."""
    limits = limits or ocr_limits.current()
    pages = pdf_pages(data, limits.max_pages, limits.max_pixels)
    return _read(pages, "pdf", limits, "PDF")


def _read(pages: PageSource, source: str, limits: OcrLimits, what: str) -> Document:
    _tesseract_binary()
    workers = limits.workers or os.cpu_count() or 1
    workers = max(1, min(workers, pages.count))
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="pengaduan-ocr-") as tmp:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                futures = [pool.submit(_read_page, pages, i, pages.dpi, limits, Path(tmp))
                           for i in range(pages.count)]
                try:
                    results = [f.result() for f in futures]
                except BaseException:
                    for f in futures:
                        f.cancel()
                    raise
    except UnreadableInput:
        raise
    except MemoryError as exc:
        raise UnreadableInput(f"{what}: out of memory during OCR") from exc
    except Exception as exc:  # the contract: any failure is an unreadable input
        # The stack goes to DEBUG only: `extract` promises one line on stderr.
        log.debug("OCR failed (%s)", type(exc).__name__, exc_info=True)  # no file name: it may carry a citizen's name
        raise UnreadableInput(f"{what}: OCR failed ({type(exc).__name__}: {exc})") from exc
    finally:
        pages.close()
        give_freed_memory_back()
    log.info("OCR of %d page(s) took %.1f s", pages.count, time.monotonic() - started)

    notes = [f"page {i + 1}: {n}" for i, r in enumerate(results) for n in r.notes]
    verdicts = [r.signed for r in results if r.signed is not None]
    text = "\n\n".join(r.text for r in results if r.text)
    if not text.strip():
        notes.append("OCR found no text")
    return Document(
        source=source,
        text=text,
        ocr=True,
        pages=pages.count,
        # The signature sits in the closing block, which is on the last page
        # that has one.
        signature_mark=verdicts[-1] if verdicts else None,
        notes=notes,
    )


@functools.cache
def _malloc_trim():
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return lambda pad: 0   # not glibc: nothing to do
    trim.argtypes = [ctypes.c_size_t]
    return trim


def give_freed_memory_back() -> None:
    """Hand the heap freed by a scan's page images (~9 MB each at 300 dpi) back to the system.

    glibc keeps freed heap memory for reuse, so a process that has read a scan
    would otherwise hold its peak for good: measured after a 20-page scan read
    two pages at a time, 49 instead of 122 MB (the reading child lives on after
    a scan, beside a worker with a memory bound). A fixed, low mmap threshold
    would also lower the peak (174 to ~130 MB), but it cost ~8 % more time a
    page in page faults, so it is not used.
    """
    _malloc_trim()(0)


def _read_page(pages: PageSource, index: int, dpi: float, limits: OcrLimits,
               tmp: Path) -> PageResult:
    # Straightened straight from loading: no name here keeps the unstraightened
    # page alive while its straightened copies are made.
    img, notes = straighten(pages.load(index))
    words = run_tesseract(img, dpi, limits, tmp / f"p{index}", f"page {index + 1}")
    confidence = mean_confidence(words)
    if confidence < _POOR_CONFIDENCE:
        turn = detect_rotation(img, dpi, limits, tmp / f"p{index}-osd", f"page {index + 1}")
        if turn:
            turned = img.rotate(-turn, expand=True, fillcolor=255)
            again = run_tesseract(turned, dpi, limits, tmp / f"p{index}-r", f"page {index + 1}")
            if mean_confidence(again) > confidence:
                img, words, confidence = turned, again, mean_confidence(again)
                notes.append(f"page turned {turn} degrees")
    signature = check_signature(img, words, dpi=dpi)
    log.debug("page %d: confidence %.0f, signature %s (%s)", index + 1, confidence,
              signature.signed, signature.reason)
    if signature.band:
        top, bottom = signature.band
        words = [w for w in words if not top <= (w.top + w.bottom) / 2 <= bottom]
    return PageResult(text=layout_text(words), signed=signature.signed,
                      confidence=confidence, notes=notes)


def _tesseract_binary() -> str:
    path = shutil.which("tesseract")
    if not path:
        raise UnreadableInput("OCR is not available: tesseract is not installed")
    return path


def _run(args: list[str], limits: OcrLimits, what: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    # `ulimit -v` in a shell that then execs tesseract: a memory bound for the
    # child alone, without a preexec_fn (unsafe in a threaded parent).
    cmd = ["sh", "-c", 'ulimit -v "$0" && exec "$@"', str(limits.memory_mb * 1024),
           _tesseract_binary(), *args]
    try:
        proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=limits.timeout_seconds)
    except subprocess.TimeoutExpired as exc:
        raise UnreadableInput(f"{what}: OCR took longer than {limits.timeout_seconds:g} s") from exc
    except OSError as exc:
        raise UnreadableInput(f"{what}: OCR could not start ({exc})") from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        last = err[-1] if err else f"exit status {proc.returncode}"
        if "alloc" in last.lower() or proc.returncode in (-6, 134, -9, 137):
            raise UnreadableInput(f"{what}: OCR ran out of memory ({limits.memory_mb} MB)")
        raise UnreadableInput(f"{what}: OCR failed ({last})")
    return proc


def run_tesseract(img: Image.Image, dpi: float, limits: OcrLimits, base: Path,
                  what: str = "page") -> list[Word]:
    """One tesseract pass over a page -> its words with their boxes."""
    image_path = base.with_suffix(".pgm")
    img.save(image_path, format="PPM")  # uncompressed: nothing to encode or decode
    try:
        _run([str(image_path), str(base), "-l", limits.languages, "--psm", _PSM,
              "--dpi", str(int(round(dpi))), "-c", "preserve_interword_spaces=1", "tsv"],
             limits, what)
        tsv = base.with_suffix(".tsv").read_text("utf-8", "replace")
    finally:
        image_path.unlink(missing_ok=True)
        base.with_suffix(".tsv").unlink(missing_ok=True)
    return parse_tsv(tsv)


def parse_tsv(tsv: str) -> list[Word]:
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
            key = (int(cols[2]), int(cols[3]), int(cols[4]))
        except ValueError:
            continue
        words.append(Word(text, left, top, width, height, conf, key))
    return words


def detect_rotation(img: Image.Image, dpi: float, limits: OcrLimits, base: Path,
                    what: str = "page") -> int:
    """Tesseract's orientation detection: degrees to turn clockwise, or 0."""
    image_path = base.with_suffix(".pgm")
    img.save(image_path, format="PPM")
    try:
        proc = _run([str(image_path), "-", "--psm", "0", "--dpi", str(int(round(dpi)))],
                    limits, what)
    except UnreadableInput:
        return 0  # e.g. too few characters to decide; keep the page as it is
    finally:
        image_path.unlink(missing_ok=True)
    out = proc.stdout.decode("utf-8", "replace")
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rotate or not conf or float(conf.group(1)) < _OSD_MIN_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360


def mean_confidence(words: list[Word]) -> float:
    confs = [w.conf for w in words if w.conf >= 0 and any(ch.isalnum() for ch in w.text)]
    return statistics.fmean(confs) if confs else 0.0


# --- laying out text from the word table --------------------------------------

# Lone marks that tesseract reads from specks, rules and scanner edges.
_NOISE = re.compile(r"^[\W_]{1,2}$")
# What a colon after a wide gap ("Alamat      : Jl. ...") is often misread as.
_COLON_LOOKALIKES = {":", ";", "-", ".", ",", "|", "!", "i", "=", "—", "–", "'", "‘", "’", "¦"}


def _clean_line(words: list[Word], line_h: float) -> list[Word]:
    """Drop specks read as punctuation; restore the colon of "Label : value"."""
    out: list[Word] = []
    for i, w in enumerate(words):
        wide_before = i > 0 and w.left - words[i - 1].right > line_h * 1.2
        nxt = words[i + 1] if i + 1 < len(words) else None
        word_follows = nxt is not None and any(ch.isalnum() for ch in nxt.text)
        if i == 0 and _NOISE.match(w.text) and nxt is not None and nxt.left - w.right > line_h * 1.2:
            continue  # a punched hole or a speck in the margin, far left of the line's first word
        if _NOISE.match(w.text) and (
                i == 0 and nxt is not None and nxt.text.endswith(":") and nxt.text[:1].isupper()
                or nxt is None and w.text != ":" and out and out[-1].text.endswith(":")):
            continue  # ": Permintaan:", "Kerugian: |": a speck before a label or after its colon
        if i == 0 and _NOISE.match(w.text) and nxt is not None and nxt.text[:1].isupper() \
                and any(x.text.endswith(":") for x in words[i + 2:i + 8]):
            continue  # ": Layanan yang diadukan (beri tanda X):": the same before a longer label
        if i == 0 and _GLUED_SPECK.match(w.text):
            w = replace(w, text=w.text[1:])   # ".No. HP": a speck read onto the line's first word
        # (the gap from the last word kept: specks read in it are gone already)
        glued = _colon_read_as_one(words, i) if out and w.left - out[-1].right > line_h * 1.2 else 0
        if glued:
            out += [replace(w, text=":"), replace(w, text=w.text[glued:])]
            continue
        if w.text in _COLON_LOOKALIKES and wide_before and word_follows and out:
            out.append(replace(w, text=":"))  # a label's colon in the identity block
        elif w.text == ":" and wide_before and out and w.conf >= 50:
            out.append(w)  # "Alamat :" with its value on the next line
        elif _NOISE.match(w.text) and (w.conf < 50 or wide_before or (nxt and not word_follows)):
            continue
        elif _SPECK_STOP.match(w.text) and nxt is not None and nxt.text[:1].islower():
            # "Saya mohon penolakan. izin belajar saya ...": a typed letter starts its sentences with a
            # capital, so a full stop before a lower-case word on the same line is a speck
            out.append(replace(w, text=w.text[:-1]))
        else:
            out.append(w)
    return _blank_after_label(out)


# a word tesseract all but guessed: the dots of a form's blank field, a speck read as "oe"
_GUESSED = 35


def _speck_word(w: Word) -> bool:
    core = w.text.strip("-.,;:")
    return w.conf < _GUESSED and len(core) <= 2 and core.isalpha()


def _blank_after_label(words: list[Word]) -> list[Word]:
    """A form field left blank ("Kerugian yang diderita : ..........") is read as letters tesseract barely
    believes ("sistitactnsvecents Seno ra AR", all under 35): keep the label alone. Specks of one or two
    letters beside the colon ("Alamat lengkap oe : Dusun ...", "Kerugian : ee -Saya ...") go too."""
    colon = next((k for k, w in enumerate(words) if w.text.endswith(":")), None)
    if not colon:
        return words
    label, value = words[:colon], words[colon + 1:]
    if value and all(w.conf < _GUESSED for w in value) \
            and not any("@" in w.text or _LONG_NUMBER.search(w.text) for w in value):
        return words[:colon + 1]   # (a number or an address read at low confidence is still one: kept)
    if len(label) > 1 and _speck_word(label[-1]):
        label = label[:-1]
    while len(value) > 1 and _speck_word(value[0]):
        value = value[1:]
    return label + [words[colon]] + value


def _colon_read_as_one(words: list[Word], i: int) -> int:
    """Where the number starts in words[i], when the label's colon before it was read as marks and a "1":
    "No. HP   '10857-4602-1193", "NIK   13514 1302 0790 0005" (a NIK's sixteen digits and one more). Else 0."""
    text = words[i].text
    m = _COLON_GLUED_TO_NUMBER.match(text)
    if m:
        return m.end()
    m = _ONE_BEFORE_DIGITS.match(text)
    group = words[i:i + 4]
    if m and all(x.text.isdigit() for x in group[1:]) and sum(len(x.text) for x in group) - m.end() == 16:
        return m.end()
    return 0


_GLUED_SPECK = re.compile(r"^[.,'`‘’](?=[A-Z][a-z])")
# specks and a "1" (or "l", "|") where the colon was, then a number that opens as Indonesian ones do ("08...")
_ONE_BEFORE_DIGITS = re.compile(r"^[\W_]*[1lI|](?=\d+$)")
_COLON_GLUED_TO_NUMBER = re.compile(r"^[\W_]*[1lI|](?=0\d(?:[.-]?\d){7,})")
_LONG_NUMBER = re.compile(r"\d(?:[\d.-]?\d){7,}")   # eight digits or more, grouped by dots or dashes
_SPECK_STOP = re.compile(r"^[^\W\d_]{5,}[.!]$")   # a whole word (not "Kec." or "S.Pd.") and the mark


_DESCENDERS = re.compile(r"[gjpqy,;()\[\]{}]")


def _baseline(words: list[Word], word_h: float) -> float:
    """Where the line's letters sit: steadier than its top, which moves with
    capitals and x-height-only words, or its box, which moves with descenders."""
    flat = [w.bottom for w in words if not _DESCENDERS.search(w.text)]
    if flat:
        return statistics.median(flat)
    return statistics.median(w.bottom for w in words) - word_h * 0.2


def _join_words(words: list[Word], word_h: float) -> str:
    """The line's words, with a wide gap kept as three spaces: the columns of an identity table typed
    without colons ("Nama Lengkap      dr. Fajar") stay apart, as a text PDF's do."""
    out = words[0].text
    for prev, w in zip(words, words[1:]):
        wide = w.left - prev.right > word_h * 2 and not (w.text.startswith(":") or prev.text.endswith(":"))
        out += ("   " if wide else " ") + w.text   # "Nama      : Budi" has its colon: one space
    return out


def layout_text(words: list[Word]) -> str:
    """Words -> lines in reading order, a blank line between paragraphs.

    Line breaks stay as on the page (like a text PDF); the vertical gap between
    lines decides where paragraphs end, because tesseract's own block and
    paragraph numbers split and join paragraphs too eagerly to be relied on.
    """
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line_key, []).append(w)
    boxes = []
    heights = [w.height for w in words if w.conf >= 60 and any(c.isalpha() for c in w.text)]
    word_h = statistics.median(heights) if heights else 30.0
    for ws in lines.values():
        ws.sort(key=lambda w: w.left)
        if (max(w.conf for w in ws) < 60 or statistics.fmean(w.conf for w in ws) < 45) and not any(
                _LONG_NUMBER.search(w.text) for w in ws):
            # a signature, stamp or specks that tesseract tried to read; but a phone number or NIK read
            # with low confidence ("No.Telp :0838-5122-9047" at 26 and 0) is no scribble
            continue
        kept = _clean_line(ws, word_h)
        if not kept:
            continue
        boxes.append((_baseline(kept, word_h), _join_words(kept, word_h)))
    if not boxes:
        return ""
    pitches = [b[0] - a[0] for a, b in zip(boxes, boxes[1:]) if 0 < b[0] - a[0] < word_h * 3]
    pitch = statistics.median(pitches) if pitches else word_h * 1.5
    out = [boxes[0][1]]
    for prev, cur in zip(boxes, boxes[1:]):
        step = cur[0] - prev[0]
        if step > pitch * 1.25 or step < 0:
            out.append("")
        elif _LINE_END_SPECK.search(out[-1]) and cur[1][:1].islower() and not _LETTER_ITEM.match(cur[1]):
            # "... menjadi lebih kecil.\nkurang lebih Rp 210.000 ...": a typed sentence goes on in lower case
            # on the next line of its paragraph, so the stop at the line's end is a speck
            out[-1] = out[-1][:-1]
        out.append(cur[1])
    return "\n".join(out).strip() + "\n"


_LETTER_ITEM = re.compile(r"^[a-z][.)]\s")   # "c. Penyelesaian yang saya minta:" opens a point of its own
_LINE_END_SPECK = re.compile(r"(?<![A-Z])[^\W\d_]{4,}\.$")
