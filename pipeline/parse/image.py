"""Page images for OCR: opened safely, bounded, and straightened.

Everything here works on Pillow images in mode "L" (8-bit grey). Opening
checks the limits before any pixel is decoded; Pillow's decompression-bomb
guard stays on and its warning is treated as an error. Straightening is cheap
on purpose (a projection profile on a small copy), because it runs on every
page and must cost far less than tesseract itself.
"""

from __future__ import annotations

import io
import threading
import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from pipeline.errors import UnreadableInput

RENDER_DPI = 300
# Straightening works on a copy about this wide: enough for the line structure
# of a page, small enough that trying thirty angles costs a few milliseconds.
_PROFILE_WIDTH = 800


@dataclass
class PageSource:
    """A bounded set of pages; `load(i)` decodes page i on demand.

    Pages are decoded one at a time so that a 30-page scan never holds 30
    page bitmaps in memory. `load` is safe to call from several threads.
    """

    count: int
    load: Callable[[int], Image.Image]
    dpi: float
    close: Callable[[], None] = lambda: None


def _check_pixels(width: int, height: int, max_pixels: int, what: str) -> None:
    if width <= 0 or height <= 0:
        raise UnreadableInput(f"{what} has no pixels")
    if width * height > max_pixels:
        raise UnreadableInput(
            f"{what} is {width}x{height} pixels; the limit is {max_pixels:,} per page"
        )


def image_pages(data: bytes, filename: str, max_pages: int, max_pixels: int) -> PageSource:
    """PNG, JPEG, TIFF (also multi-page) -> pages, checked against the limits."""
    if not data:
        raise UnreadableInput(f"{filename}: empty file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            count = getattr(img, "n_frames", 1)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableInput(f"{filename}: image too large ({exc})") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise UnreadableInput(f"{filename}: not a readable image") from exc
    if count > max_pages:
        raise UnreadableInput(f"{filename}: {count} pages; the limit is {max_pages}")
    dpi = _image_dpi(img)
    # Tesseract reads best at 200-300 dpi: a 12-megapixel phone photo is slow to
    # read at full size, a 100 dpi fax loses letters. Scale towards that range.
    scale = 1.0
    if dpi > 350:
        scale = 300 / dpi
    elif dpi < 150:
        scale = min(2.0, 200 / dpi)
    lock = threading.Lock()

    def load(index: int) -> Image.Image:
        with lock:  # one decoder, one frame pointer: decode frames one at a time
            try:
                img.seek(index)
                _check_pixels(img.width, img.height, max_pixels, f"{filename} page {index + 1}")
                if img.width * img.height > (Image.MAX_IMAGE_PIXELS or max_pixels):
                    raise UnreadableInput(f"{filename}: page {index + 1} is too large")
                frame = ImageOps.exif_transpose(img) if index == 0 else img.copy()
                grey = to_grey(frame)
                if scale != 1.0:
                    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
                    grey = grey.resize(size, Image.Resampling.LANCZOS if scale < 1
                                       else Image.Resampling.BICUBIC)
                return grey
            except UnreadableInput:
                raise
            except (OSError, ValueError, SyntaxError, EOFError) as exc:
                raise UnreadableInput(f"{filename}: page {index + 1} cannot be decoded") from exc

    return PageSource(count=count, load=load, dpi=dpi * scale, close=img.close)


def _image_dpi(img: Image.Image) -> float:
    dpi = img.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    # Phones and some copiers write 72 dpi (or nothing) whatever they scanned:
    # guess from the pixel width of an A4/Letter page instead.
    if value < 100 or value > 1200:
        value = max(100.0, min(600.0, img.width / 8.27))
    return value


def _check_images_decode(page, index: int) -> None:
    """A scanned page whose every image is undecodable (a broken JPEG stream) renders as blank paper:
    that is an unreadable file, not a letter with nothing in it."""
    import pypdfium2.raw as pdfium_raw

    images = list(page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    if images and all(obj.get_metadata().bits_per_pixel == 0 for obj in images):
        raise UnreadableInput(f"PDF page {index + 1}: its scanned image cannot be decoded")


def pdf_pages(data: bytes, max_pages: int, max_pixels: int, dpi: int = RENDER_DPI) -> PageSource:
    """An image-only PDF -> pages rendered at `dpi` (lower for huge pages)."""
    import pypdfium2 as pdfium

    if not data:
        raise UnreadableInput("empty file")
    try:
        pdf = pdfium.PdfDocument(data)
        count = len(pdf)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise UnreadableInput("PDF is encrypted (password protected)") from exc
        raise UnreadableInput(f"not a readable PDF ({exc})") from exc
    if count == 0:
        raise UnreadableInput("PDF has no pages")
    if count > max_pages:
        pdf.close()
        raise UnreadableInput(f"PDF has {count} pages; the limit is {max_pages}")
    lock = threading.Lock()

    def load(index: int) -> Image.Image:
        with lock:  # pdfium is not thread-safe
            try:
                page = pdf[index]
                width_pt, height_pt = page.get_size()
                scale = dpi / 72
                # A poster-sized page is rendered smaller rather than refused.
                if width_pt * height_pt * scale * scale > max_pixels:
                    scale = (max_pixels / (width_pt * height_pt)) ** 0.5 * 0.999
                _check_pixels(int(width_pt * scale), int(height_pt * scale), max_pixels,
                              f"PDF page {index + 1}")
                _check_images_decode(page, index)
                bitmap = page.render(scale=scale, grayscale=True)
                img = bitmap.to_pil()
                img = img.copy()  # detach from pdfium's buffer before it is freed
                bitmap.close()
                page.close()
            except pdfium.PdfiumError as exc:
                raise UnreadableInput(f"PDF page {index + 1} cannot be rendered ({exc})") from exc
        return to_grey(img)

    return PageSource(count=count, load=load, dpi=float(dpi), close=pdf.close)


def to_grey(img: Image.Image) -> Image.Image:
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        # Transparent areas are paper, not ink.
        rgba = img.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(canvas, rgba)
    if img.mode == "1":
        return img.convert("L")
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img, dtype=np.float64)
        top = arr.max() or 1.0
        return Image.fromarray((arr * 255.0 / top).astype(np.uint8), "L")
    return img.convert("L") if img.mode != "L" else img


def _median_level(hist: np.ndarray) -> int:
    """The grey level of the median pixel: the paper's, on a page that is mostly paper."""
    return int(np.searchsorted(np.cumsum(hist), hist.sum() / 2))


def otsu_threshold(grey: np.ndarray) -> int:
    """The grey level that best splits ink from paper (Otsu's method).

    Anything brighter than the page's median level counts as paper: on a grey
    sheet scanned askew, the white scanner bed in the corners is brighter
    still, and plain Otsu then splits bed from sheet, calling the sheet ink.
    """
    hist = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    paper = _median_level(hist)
    hist[paper] += hist[paper + 1:].sum()
    hist[paper + 1:] = 0
    levels = np.arange(256, dtype=np.float64)
    weight_bg = np.cumsum(hist)
    weight_fg = total - weight_bg
    cum_mean = np.cumsum(hist * levels)
    mean_all = cum_mean[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_all * weight_bg - total * cum_mean) ** 2 / (weight_bg * weight_fg)
    between = np.nan_to_num(between)
    # Level t splits "<= t" from "> t"; callers take ink as "< threshold", so
    # return t + 1. On a clean two-tone page every t between the tones scores
    # the same: take the middle, not the ink level itself (which found no ink).
    best = np.flatnonzero(between >= between.max() * (1 - 1e-9))
    return int((best[0] + best[-1]) // 2) + 1


def _profile_score(ys: np.ndarray, bins: int) -> float:
    hist = np.bincount(np.clip(ys, 0, bins - 1), minlength=bins).astype(np.float64)
    return float(np.sum(np.diff(hist) ** 2))


def _ink_coords(img: Image.Image) -> tuple[np.ndarray, np.ndarray, int, int]:
    scale = _PROFILE_WIDTH / max(img.width, 1)
    small = img.resize((_PROFILE_WIDTH, max(1, int(img.height * scale))), Image.Resampling.BILINEAR) \
        if scale < 1 else img
    # Specks would otherwise outvote the text on a page with few lines.
    arr = np.asarray(small.filter(ImageFilter.MedianFilter(3)))
    ink = arr < otsu_threshold(arr)
    # Dark borders of a scanner lid are not text: ignore a 3% margin.
    h, w = ink.shape
    my, mx = int(h * 0.03), int(w * 0.03)
    ink[:my, :] = False
    ink[h - my:, :] = False
    ink[:, :mx] = False
    ink[:, w - mx:] = False
    ys, xs = np.nonzero(ink)
    if ys.size > 200_000:
        pick = np.random.default_rng(0).choice(ys.size, 200_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    return ys.astype(np.float64), xs.astype(np.float64), h, w


def skew_angle(img: Image.Image, max_degrees: float = 10.0, coords=None) -> float:
    """The small rotation (degrees, counter-clockwise) that levels the text lines.
    `coords`: the page's `_ink_coords`, when the caller has them already."""
    ys, xs, h, w = coords or _ink_coords(img)
    if ys.size < 500:
        return 0.0
    # Room for every projected point: points clipped into the last bin piled
    # up there and made the steepest angle tried look like the best.
    bins = int(h + 2 * w) + 2

    def score(deg: float) -> float:
        rad = np.deg2rad(deg)
        proj = (ys * np.cos(rad) - xs * np.sin(rad) + w).astype(np.int64)
        return _profile_score(proj, bins)

    coarse = np.arange(-max_degrees, max_degrees + 1e-9, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(max(-max_degrees, best - 0.5), min(max_degrees, best + 0.5) + 1e-9, 0.1)
    best = max(fine, key=score)
    # Without a clear winner (a nearly empty page) leave the page alone.
    if score(best) < score(0.0) * 1.05:
        return 0.0
    return float(round(best, 2))


def looks_sideways(img: Image.Image, coords=None) -> bool:
    """True when the text lines run vertically (a page scanned at 90 or 270 degrees)."""
    ys, xs, h, w = coords or _ink_coords(img)
    if ys.size < 500:
        return False
    rows = _profile_score(ys.astype(np.int64), h)
    cols = _profile_score(xs.astype(np.int64), w)
    return cols > 2.0 * rows


# Lighting is evened out only when the page's background varies by more than
# this many grey levels (5th to 95th percentile): flat scans go to tesseract as
# they are, photos with a shadow or light fall-off, or a sheet on a dark table,
# get their background divided out.
_UNEVEN_BACKGROUND = 40
_BACKGROUND_WIDTH = 240


def background(img: Image.Image) -> Image.Image:
    """The paper without its writing, at a fraction of the page's size.

    A closing (max, then min filter) on a small copy: text strokes are far
    thinner than the filter and vanish, while large areas (a shadow, the table
    around a photographed sheet) keep their own level and outline.
    """
    scale = _BACKGROUND_WIDTH / max(img.width, 1)
    small = img.resize((_BACKGROUND_WIDTH, max(1, int(img.height * scale))), Image.Resampling.BOX) \
        if scale < 1 else img
    return small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.MinFilter(5)).filter(
        ImageFilter.GaussianBlur(1))


def even_out_lighting(img: Image.Image) -> tuple[Image.Image, bool]:
    """Divide out an uneven background; True when the page was changed.

    Division keeps the ratio of ink to the paper around it, so a faint mark
    stays faint (unlike a contrast stretch, see `straighten`), and writing in
    a shadow gets the same contrast as writing in the light.
    """
    bg = background(img)
    levels = np.asarray(bg)
    low, high = np.percentile(levels, (5, 95))
    if high - low < _UNEVEN_BACKGROUND:
        return img, False
    back = np.asarray(bg.resize(img.size, Image.Resampling.BILINEAR))
    page = np.asarray(img)
    flat = np.empty_like(page)
    # In bands of rows: a 60-megapixel page in float32 at once would cost three quarters of a gigabyte.
    for top in range(0, page.shape[0], 256):
        rows = slice(top, top + 256)
        flat[rows] = np.minimum(page[rows].astype(np.float32) * 255.0
                                / np.maximum(back[rows].astype(np.float32), 1.0), 255.0)
    return Image.fromarray(flat, "L"), True


# Share of the page's pixels that are lone dark specks (at most one dark
# neighbour) above which the page is despeckled. Clean scans measure ~0.01 %,
# a speckled photocopy or dirty scanner glass 0.3 % and more; tesseract reads
# a page with 1 % of specks as noise.
_SPECKLED = 0.002


def speck_share(img: Image.Image) -> float:
    """The share of pixels that are isolated dark specks, measured on the middle of the page (specks
    from glass or a copier spread over the whole sheet; a quarter of the pixels costs a quarter)."""
    h, w = img.height, img.width
    page = np.asarray(img.crop((w // 4, h // 4, w - w // 4, h - h // 4)) if min(h, w) >= 400 else img)
    ink = page < otsu_threshold(page)
    padded = np.pad(ink, 1).astype(np.uint8)
    h, w = ink.shape
    neighbours = sum(padded[1 + dy:1 + dy + h, 1 + dx:1 + dx + w]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    return float((ink & (neighbours <= 1)).sum()) / max(ink.size, 1)


def remove_specks(img: Image.Image) -> tuple[Image.Image, bool]:
    """A 3x3 median filter for a speckled page; True when applied.

    Only when needed: a median also rounds thin strokes, which costs letters
    on a clean low-resolution scan.
    """
    if speck_share(img) < _SPECKLED:
        return img, False
    return img.filter(ImageFilter.MedianFilter(3)), True


def _flatten_bright(img: Image.Image) -> tuple[Image.Image, int]:
    """Anything brighter than the paper becomes paper; returns the page and the paper's grey level.

    A grey sheet scanned askew on a white bed has white wedges in its corners;
    tesseract's global threshold then splits wedge from sheet and reads the
    whole sheet as ink (no text at all). Only the bright side is touched, so
    faint marks are not darkened (see `straighten`).
    """
    paper = _median_level(np.asarray(img.histogram()[:256], dtype=np.float64))
    if paper >= 250:
        return img, 255
    return img.point([min(v, paper) for v in range(256)]), paper


def straighten(img: Image.Image) -> tuple[Image.Image, list[str]]:
    """Turn a sideways page upright-ish and remove small skew.

    No contrast stretching: tesseract binarises each page itself (Otsu), and a
    stretch with clipping turned faint specks on a near-empty page into black
    dots that hid its two lines of text from tesseract's layout analysis.
    """
    notes: list[str] = []
    img, evened = even_out_lighting(img)
    if evened:
        notes.append("uneven lighting evened out")
    img, paper = _flatten_bright(img)
    img, despeckled = remove_specks(img)
    if despeckled:
        notes.append("specks removed")
    coords = _ink_coords(img)   # once for both checks: it is most of their cost
    if looks_sideways(img, coords):
        img = img.transpose(Image.Transpose.ROTATE_90)
        notes.append("page turned 90 degrees")
        coords = _ink_coords(img)
    angle = skew_angle(img, coords=coords)
    if abs(angle) >= 0.2:
        # bicubic: bilinear saves 0.15 s a page but blurs a 100-200 dpi page enough to lose a name line
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=paper)
        notes.append(f"skew of {angle:.1f} degrees corrected")
    return img, notes
