#!/usr/bin/env python3
"""Generate held-out set 13 (written blind): scanned complaint letters
(image-only PDFs, PNG, JPG, bilevel and multi-page TIFF, a phone photo and
scanned pages attached to e-mails) plus a few hostile image files, and
truth.jsonl.  Deterministic (fixed seeds).
Run: /work/main/.venv/bin/python make_heldout13.py   (needs pillow, numpy)."""
import base64, datetime, io, json, math, os, random, zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
REQ = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
TRUTH = []
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
FIXED_TIME = datetime.datetime(2026, 11, 20, 9, 0, 0)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "lserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf", "liberation/LiberationSerif-Italic.ttf"),
    "lsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf", "liberation/LiberationSans-Italic.ttf"),
    "lnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf", "liberation/LiberationSansNarrow-Italic.ttf"),
    "lmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf", "liberation/LiberationMono-Italic.ttf"),
    "dserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "dserifc": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf", "dejavu/DejaVuSerifCondensed-Italic.ttf"),
    "dsans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "dmono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"),
    "dsansc": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf", "dejavu/DejaVuSansCondensed-Oblique.ttf"),
}
_fcache = {}


def font(fam, style, px):
    i = {"": 0, "b": 1, "i": 2, "bu": 1, "u": 0}[style]
    key = (fam, i, int(px))
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(FD + FONTS[fam][i], int(px))
    return _fcache[key]


def indo(d):
    y, m, dd = map(int, d.split("-"))
    return f"{dd} {BULAN[m-1]} {y}"


def hdr_date(d, hh="09:12:40", tz="+0700"):
    y, m, dd = map(int, d.split("-"))
    wd = datetime.date(y, m, dd).weekday()
    return f"{DAYS[wd]}, {dd:02d} {MON[m-1]} {y} {hh} {tz}"


def digits(s):
    return "".join(c for c in s if c.isdigit()) if s else None


# ====================================================================== layout


class Page:
    """One A4 page drawn at `dpi`, with a text cursor in millimetres."""

    def __init__(self, dpi, fam, pt, margins=(25, 20, 20, 20), ink=(22, 22, 26), lh=1.28, size=(210, 297)):
        self.dpi, self.fam, self.pt, self.ink = dpi, fam, pt, ink
        self.W, self.H = round(size[0] / 25.4 * dpi), round(size[1] / 25.4 * dpi)
        self.img = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.ml, self.mt, self.mr, self.mb = margins
        self.y = self.px(self.mt)
        self.lhf = lh

    def px(self, mm):
        return int(round(mm * self.dpi / 25.4))

    def f(self, style="", pt=None):
        return font(self.fam, style, (pt or self.pt) * self.dpi / 72)

    def lh(self, pt=None):
        return int((pt or self.pt) * self.dpi / 72 * self.lhf)

    @property
    def x0(self):
        return self.px(self.ml)

    @property
    def x1(self):
        return self.W - self.px(self.mr)

    def check(self):
        if self.y > self.H - self.px(self.mb) + 2:
            raise RuntimeError("page overflow")

    def text(self, x, y, s, style="", pt=None, fill=None):
        f = self.f(style, pt)
        self.d.text((x, y), s, font=f, fill=fill or self.ink)
        if "u" in style:
            w = f.getlength(s)
            uy = y + int(f.size * 1.08)
            self.d.line([(x, uy), (x + w, uy)], fill=fill or self.ink, width=max(1, self.dpi // 130))

    def wrap(self, s, maxw, style="", pt=None, first_shift=0):
        f = self.f(style, pt)
        words, lines, cur = s.split(), [], []
        limit = maxw - first_shift
        for w in words:
            t = " ".join(cur + [w])
            if cur and f.getlength(t) > limit:
                lines.append(cur)
                cur = [w]
                limit = maxw
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, x=None, x_end=None, first=0, justify=True, style="", pt=None, after=1.6):
        x = self.x0 if x is None else x
        x_end = self.x1 if x_end is None else x_end
        f = self.f(style, pt)
        fi = self.px(first)
        lines = self.wrap(s, x_end - x, style, pt, first_shift=fi)
        for i, words in enumerate(lines):
            lx = x + (fi if i == 0 else 0)
            avail = x_end - lx
            if justify and i < len(lines) - 1 and len(words) > 1:
                ws = [f.getlength(w) for w in words]
                gap = (avail - sum(ws)) / (len(words) - 1)
                cx = lx
                for w, wl in zip(words, ws):
                    self.text(int(cx), self.y, w, style, pt)
                    cx += wl + gap
            else:
                self.text(lx, self.y, " ".join(words), style, pt)
            self.y += self.lh(pt)
            self.check()
        self.y += self.px(after)

    def gap(self, mm):
        self.y += self.px(mm)


def el_run(pg, els):
    """Run layout elements on a page; returns a dict of anchor positions (px)."""
    anchors = {}
    for e in els:
        k = e[0]
        if k == "kop":
            lines = e[1]
            for i, s in enumerate(lines):
                st, pt = ("b", pg.pt + 3.5) if i == 0 else ("", pg.pt - 1.5)
                f = pg.f(st, pt)
                w = f.getlength(s)
                pg.text(int((pg.x0 + pg.x1 - w) / 2), pg.y, s, st, pt)
                pg.y += pg.lh(pt)
            pg.y += pg.px(1.5)
            pg.d.line([(pg.x0, pg.y), (pg.x1, pg.y)], fill=pg.ink, width=max(2, pg.dpi // 60))
            pg.d.line([(pg.x0, pg.y + pg.px(1.0)), (pg.x1, pg.y + pg.px(1.0))], fill=pg.ink, width=max(1, pg.dpi // 200))
            pg.y += pg.px(6)
        elif k == "R":  # right aligned line
            st = e[2] if len(e) > 2 else ""
            w = pg.f(st).getlength(e[1])
            pg.text(int(pg.x1 - w), pg.y, e[1], st)
            pg.y += pg.lh()
        elif k == "C":  # centred line
            st = e[2] if len(e) > 2 else ""
            pt = e[3] if len(e) > 3 else None
            w = pg.f(st, pt).getlength(e[1])
            pg.text(int((pg.x0 + pg.x1 - w) / 2), pg.y, e[1], st, pt)
            pg.y += pg.lh(pt)
        elif k == "AT":  # text at x (mm from left page edge)
            st = e[3] if len(e) > 3 else ""
            pg.text(pg.px(e[1]), pg.y, e[2], st)
            pg.y += pg.lh()
        elif k == "L":  # left line(s) with indent in mm, wrapped
            st = e[2] if len(e) > 2 else ""
            ind = e[3] if len(e) > 3 else 0
            pg.para(e[1], x=pg.x0 + pg.px(ind), justify=False, style=st, after=0)
        elif k == "P":  # paragraph: text, indent mm, first-line indent mm, justify
            o = e[2] if len(e) > 2 else {}
            pg.para(e[1], x=pg.x0 + pg.px(o.get("ind", 0)), first=o.get("first", 0), justify=o.get("justify", True),
                    style=o.get("style", ""), after=o.get("after", 1.6))
        elif k == "LAB":  # label list: rows, (label x, colon x, value x) in mm from margin
            xs = e[2] if len(e) > 2 else (6, 40, 43)
            for lab, val in e[1]:
                y0 = pg.y
                pg.text(pg.x0 + pg.px(xs[0]), y0, lab)
                pg.text(pg.x0 + pg.px(xs[1]), y0, ":")
                pg.para(val, x=pg.x0 + pg.px(xs[2]), justify=False, after=0.4)
            pg.y += pg.px(1.5)
        elif k == "TAB":  # bordered table: rows, widths mm, opts
            rows, widths = e[1], e[2]
            o = e[3] if len(e) > 3 else {}
            pt = o.get("pt", pg.pt - 0.5)
            pad = pg.px(1.4)
            lw = max(1, pg.dpi // 110)
            x = pg.x0 + pg.px(o.get("ind", 0))
            colx = [x]
            for w in widths:
                colx.append(colx[-1] + pg.px(w))
            pg.d.line([(colx[0], pg.y), (colx[-1], pg.y)], fill=pg.ink, width=lw)
            for ri, row in enumerate(rows):
                st = "b" if (ri == 0 and o.get("head")) else ""
                wrapped = [pg.wrap(c, colx[i + 1] - colx[i] - 2 * pad, st, pt) for i, c in enumerate(row)]
                n = max(len(w) for w in wrapped)
                y0 = pg.y
                for i, wl in enumerate(wrapped):
                    for j, words in enumerate(wl):
                        pg.text(colx[i] + pad, y0 + pad + j * pg.lh(pt), " ".join(words), st, pt)
                pg.y = y0 + 2 * pad + n * pg.lh(pt)
                pg.d.line([(colx[0], pg.y), (colx[-1], pg.y)], fill=pg.ink, width=lw)
                for cx in colx:
                    pg.d.line([(cx, y0), (cx, pg.y)], fill=pg.ink, width=lw)
                pg.check()
            pg.y += pg.px(3)
        elif k == "GAP":
            pg.gap(e[1])
        elif k == "HR":
            pg.d.line([(pg.x0, pg.y), (pg.x1, pg.y)], fill=pg.ink, width=max(1, pg.dpi // 150))
            pg.y += pg.px(3)
        elif k == "SIG":
            x = pg.px(e[1])
            o = e[2]
            for s in o.get("pre", []):
                pg.text(x, pg.y, s)
                pg.y += pg.lh()
            top = pg.y
            sh = o.get("sig_h", 22)
            if o.get("materai"):
                materai(pg, x - pg.px(9), top + pg.px(2), o.get("seed", 1))
            if o.get("signed"):
                scribble(pg, x + pg.px(o.get("sig_dx", 3)), top - pg.px(2), pg.px(44), pg.px(sh + 2), o.get("seed", 1),
                         o.get("sig_ink", (28, 38, 118)))
            pg.y = top + pg.px(sh)
            name = o["name"]
            st = o.get("name_style", "bu")
            if st == "paren":
                pg.text(x - pg.px(2), pg.y, "( " + name + " )")
            else:
                pg.text(x, pg.y, name, st)
            pg.y += pg.lh()
            for s in o.get("post", []):
                pg.text(x, pg.y, s)
                pg.y += pg.lh()
            anchors["sig_top"] = top
        elif k == "DATEFILL":  # typed template with a hand-filled blank
            x = pg.px(e[1])
            before, blank, after, fill = e[2], e[3], e[4], e[5]
            f = pg.f()
            pg.text(x, pg.y, before + blank + after)
            bx = x + f.getlength(before)
            bw = f.getlength(blank)
            handwriting(pg, int(bx + bw * 0.12), pg.y - pg.px(2.2), fill, pg.pt * 1.45, e[6] if len(e) > 6 else 5)
            pg.y += pg.lh()
        elif k == "FOOT":
            pt = pg.pt - 2
            w = pg.f("", pt).getlength(e[1])
            pg.text(int((pg.x0 + pg.x1 - w) / 2), pg.H - pg.px(12), e[1], "", pt)
        elif k == "MARK":
            anchors[e[1]] = pg.y
        else:
            raise ValueError(k)
        pg.check()
    return anchors


# ====================================================================== ink overlays


def bez(p0, p1, p2, p3, n=40):
    pts = []
    for i in range(n + 1):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        c = 3 * (1 - t) * t * t
        d = t ** 3
        pts.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return pts


def scribble(pg, x, y, w, h, seed, ink):
    """A handwritten-looking signature: a cursive trajectory (oscillations that
    loop when the sideways swing beats the forward speed), pen lifts, a flourish."""
    r = random.Random(seed)
    d = pg.d
    lw = max(2, int(pg.dpi / r.uniform(85, 120)))
    L = r.uniform(0.65, 0.95) * w
    f = r.uniform(4.5, 8.5)
    ax = w * r.uniform(0.028, 0.045)
    ay = h * r.uniform(0.22, 0.32)
    ph, ph2, g = r.uniform(0, 6.3), r.uniform(0, 6.3), r.uniform(1.0, 2.5)
    slope = r.uniform(-0.25, 0.05)
    ymid = y + h * 0.55
    cuts = sorted(r.sample(range(60, 340), r.randint(0, 2)))
    bounds = [0] + cuts + [400]
    last = None
    for s0, s1 in zip(bounds, bounds[1:]):
        pts = []
        for i in range(s0 + (4 if s0 else 0), s1 + 1):
            t = i / 400
            big = 1.9 if t < 0.14 else 1.0
            xx = x + t * L + ax * big * math.sin(2 * math.pi * f * t + ph)
            amp = ay * big * (0.75 + 0.35 * math.sin(2 * math.pi * g * t + ph2))
            yy = ymid + amp * math.cos(2 * math.pi * f * t + ph + 0.6) + slope * h * t * 2
            pts.append((xx, yy))
        if len(pts) > 1:
            d.line(pts, fill=ink, width=lw, joint="curve")
            last = pts[-1]
    # a dot or a short cross-stroke
    if r.random() < 0.5:
        cx, cy = x + L * r.uniform(0.3, 0.7), ymid - ay * 1.6
        d.ellipse([cx - lw, cy - lw, cx + lw, cy + lw], fill=ink)
    else:
        cx = x + L * r.uniform(0.1, 0.3)
        d.line([(cx - w * 0.06, ymid - ay * 0.2), (cx + w * 0.12, ymid - ay * 0.45)], fill=ink, width=lw)
    # final flourish
    ex, ey = last
    kind = r.randint(0, 2)
    if kind == 0:
        d.line(bez((ex, ey), (ex + w * 0.12, y + h * 1.05), (x - w * 0.05, y + h * 1.1), (x + w * 0.05, y + h * 0.85)),
               fill=ink, width=lw, joint="curve")
    elif kind == 1:
        d.line(bez((x - w * 0.04, y + h * 0.95), (x + w * 0.3, y + h * 0.8), (x + w * 0.7, y + h * 1.0), (ex + w * 0.1, y + h * 0.78)),
               fill=ink, width=lw, joint="curve")
    else:
        d.line(bez((ex, ey), (ex + w * 0.08, ey - h * 0.5), (ex + w * 0.16, ey + h * 0.3), (ex + w * 0.22, ey - h * 0.1)),
               fill=ink, width=lw, joint="curve")


def handwriting(pg, x, y, text, pt, seed, ink=(30, 42, 130)):
    """Hand-ish writing: italic glyphs with jittered baseline and angle."""
    r = random.Random(seed)
    f = font("dsans", "i", pt * pg.dpi / 72)
    cx = x
    for ch in text:
        if ch == " ":
            cx += f.getlength(" ") * 1.1
            continue
        w = int(f.getlength(ch)) + 8
        hgt = int(f.size * 1.5)
        layer = Image.new("L", (w + 16, hgt + 16), 0)
        ImageDraw.Draw(layer).text((8, 8), ch, font=f, fill=255)
        layer = layer.rotate(r.uniform(-7, 7), resample=Image.BICUBIC, expand=False)
        layer = layer.filter(ImageFilter.GaussianBlur(0.4))
        yy = y + int(r.uniform(-0.06, 0.06) * f.size)
        pg.img.paste(Image.new("RGB", layer.size, ink), (int(cx) - 8, yy - 8), layer)
        cx += f.getlength(ch) * r.uniform(0.95, 1.12)
    return cx


def note(img, dpi, x_mm, y_mm, text, angle, seed, ink=(95, 95, 100), pt=13):
    """A margin note (pencil or pen), rotated."""
    r = random.Random(seed)
    f = font("dsans", "i", pt * dpi / 72)
    lines = text.split("\n")
    w = int(max(f.getlength(s) for s in lines) * 1.15) + 20
    h = int(len(lines) * f.size * 1.35) + 20
    layer = Image.new("L", (w, h), 0)
    dd = ImageDraw.Draw(layer)
    for i, s in enumerate(lines):
        cx = 10
        for ch in s:
            dd.text((cx, 10 + i * f.size * 1.35 + r.uniform(-2, 2) * dpi / 300), ch, font=f, fill=int(r.uniform(190, 255)))
            cx += f.getlength(ch) * r.uniform(0.98, 1.12)
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True).filter(ImageFilter.GaussianBlur(0.5))
    x, y = int(x_mm * dpi / 25.4), int(y_mm * dpi / 25.4)
    img.paste(Image.new("RGB", layer.size, ink), (x, y), layer)


def stamp(img, dpi, x_mm, y_mm, lines, angle, seed, ink=(110, 45, 130)):
    """Rectangular rubber stamp with patchy ink, multiplied onto the page."""
    r = np.random.default_rng(seed)
    s = dpi / 300
    f1 = font("dsansc", "b", 30 * s)
    f2 = font("dsansc", "", 26 * s)
    w, h = int(520 * s), int((60 + 46 * len(lines)) * s)
    layer = Image.new("L", (w, h), 0)
    dd = ImageDraw.Draw(layer)
    dd.rectangle([4, 4, w - 5, h - 5], outline=255, width=int(6 * s))
    dd.rectangle([16 * s, 16 * s, w - 17 * s, h - 17 * s], outline=255, width=int(2 * s))
    for i, ln in enumerate(lines):
        ff = f1 if i in (0, 1) else f2
        tw = ff.getlength(ln)
        dd.text(((w - tw) / 2, (28 + 46 * i) * s), ln, font=ff, fill=255)
    a = np.asarray(layer).astype(np.float32) / 255
    patch = r.random((h // 8 + 1, w // 8 + 1))
    patch = np.asarray(Image.fromarray((patch * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)).astype(np.float32) / 255
    a = a * np.clip(0.35 + patch * 0.9, 0, 1)
    layer = Image.fromarray((a * 235).astype(np.uint8)).rotate(angle, resample=Image.BICUBIC, expand=True)
    x, y = int(x_mm * dpi / 25.4), int(y_mm * dpi / 25.4)
    region = img.crop((x, y, x + layer.width, y + layer.height))
    base = np.asarray(region).astype(np.float32)
    al = np.asarray(layer).astype(np.float32)[..., None] / 255
    col = np.array(ink, np.float32)
    out = base * (1 - al) + (base * col / 255) * al
    img.paste(Image.fromarray(out.astype(np.uint8)), (x, y))


def materai(pg, x, y, seed):
    """A revenue stamp (meterai tempel) sticker: pattern, text and a serial."""
    r = np.random.default_rng(seed + 7)
    s = pg.dpi / 300
    w, h = int(200 * s), int(236 * s)
    yy, xx = np.mgrid[0:h, 0:w]
    pat = 0.5 + 0.25 * np.sin(xx / (7 * s)) * np.cos(yy / (9 * s)) + 0.1 * r.random((h, w))
    rgb = np.stack([235 - 40 * pat, 205 - 60 * pat, 215 - 30 * pat], -1)
    im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    dd = ImageDraw.Draw(im)
    dd.rectangle([0, 0, w - 1, h - 1], outline=(150, 90, 120), width=int(3 * s))
    fb = font("dsansc", "b", 24 * s)
    fs = font("dsansc", "", 14 * s)
    for txt, ff, ty in (("METERAI", fb, 14), ("TEMPEL", fb, 44), ("10000", font("dsansc", "b", 36 * s), 96), ("SEPULUH RIBU RUPIAH", fs, 160),
                        ("E" + "".join(str(int(v)) for v in r.integers(0, 9, 10)) + "AKX", fs, 200)):
        tw = ff.getlength(txt)
        dd.text(((w - tw) / 2, ty * s), txt, font=ff, fill=(120, 40, 80))
    pg.img.paste(im, (x, y))


# ====================================================================== scan effects


def paper_effects(img, seed, angle=0.0, paper=(243, 241, 236), light=0.06, light_dir=0.0, noise=4.0, blur=0.7,
                  specks=120, edge=(90, 90, 92), edge_px=0, mode="L", fold=False, bg_clean=None):
    rng = np.random.default_rng(seed)
    a = np.asarray(img).astype(np.float32) / 255.0
    H, W = a.shape[:2]
    # paper texture: low-frequency fibre noise
    lo = rng.normal(0, 1, (H // 16 + 2, W // 16 + 2)).astype(np.float32)
    lo = np.asarray(Image.fromarray(((lo * 30) + 128).clip(0, 255).astype(np.uint8)).resize((W, H), Image.BICUBIC)).astype(np.float32)
    tex = 1 + (lo - 128) / 128 * 0.018
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    g = 1 - light * ((xx / W) * math.cos(light_dir) + (yy / H) * math.sin(light_dir))
    vig = 1 - 0.035 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 4)
    base = np.array(paper, np.float32)[None, None, :] * (tex * g * vig)[..., None]
    if fold:
        fy = int(H * 0.36)
        band = np.exp(-((yy - fy) / (H * 0.004)) ** 2) * 0.07
        base = base * (1 - band)[..., None]
    out = a * base
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(c * 0.93) for c in paper))
    if edge_px:
        dd = ImageDraw.Draw(im)
        dd.rectangle([0, 0, W, edge_px], fill=edge)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im).astype(np.float32)
    if noise:
        arr = arr + rng.normal(0, noise, arr.shape[:2])[..., None]
    for _ in range(specks):
        sx, sy = int(rng.integers(0, W)), int(rng.integers(0, H))
        rr = int(rng.integers(1, 3 + W // 1200))
        v = float(rng.uniform(40, 150))
        ry = max(1, int(rr * rng.uniform(0.5, 1.2)))
        arr[max(0, sy - ry):sy + ry, max(0, sx - rr):sx + rr] = v
    if bg_clean:  # scanner software "background removal": flatten paper-coloured pixels
        m = arr.mean(axis=2) > bg_clean
        arr[m] = np.array(paper, np.float32) * 0.97
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return im.convert("L") if mode == "L" else im


def binarize(im, thr=150):
    return im.convert("L").point(lambda p: 255 if p > thr else 0).convert("1")


def jpeg_bytes(im, q, dpi, twice=None):
    if twice:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=twice)
        im = Image.open(io.BytesIO(b.getvalue()))
        im.load()
    b = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    im.save(b, "JPEG", quality=q, optimize=True, **kw)
    return b.getvalue()


def pdf_bytes(pages, dpi, q, producer, creator=None):
    b = io.BytesIO()
    pages[0].save(b, "PDF", resolution=dpi, quality=q, save_all=True, append_images=pages[1:], producer=producer,
                  creator=creator or producer, creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple())
    return b.getvalue()


def perspective_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE mapping output points dst -> input points src."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photograph(page, seed, size=(2250, 3000), quad=None, table=(122, 86, 58)):
    """A phone photo of a paper page lying on a wooden desk."""
    rng = np.random.default_rng(seed)
    W, H = size
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = np.sin(xx / 23.0 + 3 * np.sin(yy / 190.0)) * 0.5 + np.sin(xx / 7.3 + yy / 400.0) * 0.2
    grain += rng.normal(0, 0.15, (H, W))
    bg = np.stack([table[0] + 14 * grain, table[1] + 10 * grain, table[2] + 7 * grain], -1)
    pw, ph = page.size
    quad = quad or [(250, 230), (2010, 330), (2080, 2860), (170, 2770)]
    coeffs = perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    shadow = np.asarray(mask.filter(ImageFilter.GaussianBlur(35))).astype(np.float32) / 255
    shadow = np.roll(np.roll(shadow, 28, 0), 22, 1)
    bg = bg * (1 - 0.55 * shadow[..., None])
    m = np.asarray(mask).astype(np.float32)[..., None] / 255
    out = bg * (1 - m) + np.asarray(warped).astype(np.float32) * m
    light = 0.80 + 0.30 * (1 - ((xx / W - 0.25) ** 2 + (yy / H - 0.2) ** 2))
    out = out * light[..., None] * np.array([1.02, 1.0, 0.93])[None, None, :]
    out = out + rng.normal(0, 3.5, out.shape)
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    return im


# ====================================================================== writing + truth


def write(rel, data):
    p = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data)


def record(rel, L, note_, division, email=None, cat="scan"):
    f = {k: L.get(k) for k in ["name", "address", "service_description", "loss", "requested_resolution", "place", "date"]}
    f["signed"] = bool(L.get("signed"))
    f["email"] = email if email is not None else L.get("email")
    f["phone"] = digits(L.get("phone"))
    f["nik"] = L.get("nik")
    missing = [k for k in REQ if (f[k] is None if k != "signed" else not f[k])]
    TRUTH.append({"file": rel, "category": cat, "expect_exit": 0, "fields": f, "missing": missing,
                  "complete": not missing, "auto_reply": False, "division": division, "ocr": True, "note": note_})


def b64lines(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def eml(sender_name, sender, subject, date_hdr, cover, attachments, bnd, msgid):
    dom = sender.split("@")[1]
    parts = [f"Received: from mail.{dom} (mail.{dom} [203.0.113.{sum(map(ord, sender)) % 240 + 5}])\n"
             f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {zlib.crc32(msgid.encode()):010d}\n"
             f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {date_hdr}\n"
             f"Date: {date_hdr}\nFrom: {sender_name} <{sender}>\nTo: {AGENCY}\nSubject: {subject}\n"
             f"Message-ID: <{msgid}@{dom}>\nMIME-Version: 1.0\n"
             f"Content-Type: multipart/mixed;\n\tboundary=\"{bnd}\"\n\n"
             f"--{bnd}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{cover}\n"]
    for fname, ctype, data in attachments:
        parts.append(f"\n--{bnd}\nContent-Type: {ctype};\n\tname=\"{fname}\"\nContent-Disposition: attachment;\n\tfilename=\"{fname}\"\n"
                     f"Content-Transfer-Encoding: base64\n\n{b64lines(data)}\n")
    parts.append(f"--{bnd}--\n")
    return "".join(parts).encode("utf-8")


KEPADA = ["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di -", "        Bangil"]


def Lt(**k):
    k.setdefault("signed", True)
    for x in ("email", "nik", "phone", "loss", "requested_resolution", "address", "place", "date", "name"):
        k.setdefault(x, None)
    return k


def render(dpi, fam, pt, pages, margins=(25, 20, 20, 20), lh=1.28, overlays=None, size=(210, 297)):
    imgs = []
    for i, els in enumerate(pages):
        pg = Page(dpi, fam, pt, margins, lh=lh, size=size)
        el_run(pg, els)
        for ov in (overlays or {}).get(i, []):
            ov(pg.img, dpi)
        imgs.append(pg.img)
    return imgs


def kepada(lines=None):
    return [("L", s) for s in (lines or KEPADA)]


def holes(img, dpi):
    d = ImageDraw.Draw(img)
    r = int(3 * dpi / 25.4)
    for ymm in (119, 199):
        x, y = int(9 * dpi / 25.4), int(ymm * dpi / 25.4)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(70, 70, 72))


# ====================================================================== the letters


def c01():
    L = Lt(name="Drs. H. Abdul Rochim, M.Pd.",
           address="Dusun Krajan RT 002 RW 001, Desa Kalisat, Kecamatan Rembang, Kabupaten Pasuruan",
           service_description="Usulan kenaikan pangkat saya dari Pembina golongan IV/a ke Pembina Tingkat I golongan IV/b periode Oktober 2026 sudah saya unggah lengkap di SIASN pada tanggal 3 Juli 2026, termasuk PAK integrasi dan SKP dua tahun terakhir. Pada akhir September status usulan saya berubah menjadi \"Berkas Tidak Lengkap\" tanpa keterangan dokumen apa yang kurang, dan tidak ada petugas yang menghubungi saya untuk perbaikan sebelum batas waktu verifikasi ditutup.",
           loss="Kenaikan pangkat saya tertunda sedikitnya enam bulan sampai periode April 2027, sehingga saya kehilangan selisih gaji pokok dan tunjangan profesi sekitar Rp 320.000 setiap bulan. Selain itu sisa masa kerja saya menjelang pensiun tidak lagi cukup untuk mencapai golongan IV/c.",
           requested_resolution="Saya memohon BKPSDM memeriksa kembali usulan saya, menyebutkan secara tertulis dokumen yang dianggap kurang, dan memproses kenaikan pangkat saya pada periode Oktober 2026 apabila ternyata kekeliruan terjadi pada tahap verifikasi.",
           place="Rembang", date="2026-11-09", phone="0813 3092 4471")
    els = [("kop", ["DRS. H. ABDUL ROCHIM, M.Pd.", "Dusun Krajan RT 002 RW 001, Desa Kalisat, Kecamatan Rembang, Kabupaten Pasuruan", "HP/WA 0813 3092 4471"]),
           ("R", "Rembang, 9 November 2026"), ("GAP", 2),
           ("LAB", [("Nomor", "-"), ("Lampiran", "3 (tiga) lembar"), ("Perihal", "Pengaduan usulan kenaikan pangkat ke golongan IV/b")], (0, 22, 25)),
           ("GAP", 1)] + kepada() + [("GAP", 3),
           ("L", "Dengan hormat,"), ("L", "Saya yang bertanda tangan di bawah ini:"), ("GAP", 1),
           ("LAB", [("Nama", L["name"]), ("NIP", "19680412 199303 1 008"), ("Pangkat/Gol.", "Pembina, IV/a"),
                    ("Jabatan", "Guru Ahli Madya pada SMPN 1 Rembang"), ("Alamat", L["address"]), ("No. HP", "0813 3092 4471")]),
           ("P", "menyampaikan pengaduan atas layanan kenaikan pangkat dengan uraian sebagai berikut."),
           ("L", "1. Layanan yang tidak sesuai standar", "b"), ("P", L["service_description"], {"ind": 5}),
           ("L", "2. Kerugian yang saya derita", "b"), ("P", L["loss"], {"ind": 5}),
           ("L", "3. Penyelesaian yang saya minta", "b"), ("P", L["requested_resolution"], {"ind": 5}),
           ("P", "Demikian pengaduan ini saya buat dengan sebenarnya. Atas perhatian Bapak/Ibu saya sampaikan terima kasih."),
           ("SIG", 122, dict(pre=["Hormat saya,"], signed=True, name=L["name"], post=["NIP. 19680412 199303 1 008"], materai=True, seed=101, sig_h=24))]
    pages = render(300, "lserif", 11, [els], margins=(25, 16, 20, 14), lh=1.22)
    pages = [paper_effects(p, 1001, angle=0.8, paper=(238, 237, 233), noise=3.5, blur=0.6, light=0.05) for p in pages]
    write("scan/c01.pdf", pdf_bytes(pages, 300, 65, "RICOH MP 2014AD"))
    record("scan/c01.pdf", L, "image-only PDF 300 dpi; personal kop with double rule; label list with NIP; numbered bold sections; signature over a meterai sticker; teacher, promotion", "mutasi")


def c02():
    L = Lt(name="Hadi Purnomo, B.A.",
           address="Jalan Kenari Nomor 14, RT 004 RW 002, Kelurahan Jogosari, Kecamatan Pandaan, Kabupaten Pasuruan",
           service_description="Saya pensiun terhitung mulai 1 Juni 2026. Dalam SK pensiun yang saya terima pada bulan Agustus, masa kerja golongan saya ditulis 28 tahun 4 bulan, padahal menurut SK kenaikan pangkat terakhir dan daftar riwayat pekerjaan masa kerja saya 32 tahun 4 bulan. Kekeliruan itu sudah saya laporkan ke loket BKPSDM pada 2 September 2026 dan saya diminta menunggu, tetapi sampai hari ini belum ada ralat SK.",
           requested_resolution="Oleh karena itu saya mohon dengan hormat agar SK pensiun saya diralat sesuai masa kerja yang benar dan salinan ralatnya diteruskan ke PT Taspen Cabang Malang.",
           place="Pandaan", date="2026-10-21", phone="0856 4901 2273")
    els = [("R", "Pandaan, 21 Oktober 2026"), ("GAP", 6),
           ("L", "Kepada Yth."), ("L", "Bapak Kepala BKPSDM Kabupaten Pasuruan"), ("L", "Komplek Perkantoran Jl. Raya Raci KM. 9"), ("L", "Bangil"),
           ("GAP", 6), ("L", "Dengan hormat,"), ("GAP", 1.5),
           ("P", "Saya Hadi Purnomo, B.A., pensiunan Pengawas Sekolah pada Dinas Pendidikan Kabupaten Pasuruan, bertempat tinggal di "
                 + L["address"] + ", dengan surat ini hendak menyampaikan keluhan mengenai surat keputusan pensiun saya.", {"first": 10, "after": 3}),
           ("P", L["service_description"], {"first": 10, "after": 3}),
           ("P", L["requested_resolution"], {"first": 10, "after": 3}),
           ("P", "Sebagai bahan pertimbangan, saya lampirkan fotokopi SK pensiun dan SK kenaikan pangkat terakhir. Saya dapat dihubungi di nomor 0856 4901 2273. Atas perhatian dan bantuan Bapak, saya ucapkan terima kasih.", {"first": 10, "after": 6}),
           ("SIG", 120, dict(pre=["Hormat saya,"], signed=True, name=L["name"], name_style="b", seed=202))]
    pages = render(200, "dserif", 11.5, [els], margins=(28, 25, 22, 20), lh=1.45)
    im = paper_effects(pages[0], 1002, angle=-1.3, paper=(246, 240, 222), noise=2.0, blur=0.5, light=0.09, light_dir=0.6, specks=60, bg_clean=200)
    b = io.BytesIO(); im.save(b, "PNG", dpi=(200, 200), optimize=True)
    write("scan/c02.png", b.getvalue())
    record("scan/c02.png", L, "greyscale PNG 200 dpi (yellowed paper, background flattened by the scanner); running prose without labels (name and address inside the first sentence, phone in the closing paragraph); retiree; no loss stated", "pengadaan")


def c03():
    L = Lt(name="Lestari Wahyuningtyas, S.Pd.",
           address="Dusun Sumberejo RT 003 RW 005, Desa Ambal-Ambil, Kecamatan Kejayan, Kabupaten Pasuruan",
           service_description="Pada tanggal 14 Oktober 2026 saya menerima keputusan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama sembilan bulan karena dianggap tidak masuk kerja tanpa keterangan selama 11 hari pada bulan Juli 2026. Padahal pada hari-hari tersebut saya sedang menjalani rawat inap dan surat keterangan dokter sudah saya serahkan kepada kepala sekolah. Saya tidak pernah dipanggil untuk diperiksa dan tidak pernah menandatangani berita acara pemeriksaan sebelum keputusan itu dijatuhkan.",
           loss="Penghasilan saya berkurang sekitar Rp 450.000 setiap bulan selama sembilan bulan, dan catatan hukuman disiplin ini menghalangi saya diusulkan mengikuti seleksi calon kepala sekolah tahun 2027.",
           requested_resolution="Saya mohon BKPSDM meninjau kembali keputusan tersebut, melakukan pemeriksaan ulang dengan memanggil saya dan kepala sekolah, serta membatalkan hukuman apabila surat keterangan rawat inap saya terbukti sah.",
           place="Kejayan", date="2026-11-04", phone="0822-3419-5508", nik="3514125507850003", email="lestari.wahyu85@example.com")
    els = [("LAB", [("Perihal", "Keberatan atas penjatuhan hukuman disiplin"), ("Lampiran", "Fotokopi surat keterangan rawat inap")], (0, 20, 23)),
           ("GAP", 3)] + kepada(["Yth. Kepala Badan Kepegawaian dan Pengembangan", "Sumber Daya Manusia Kabupaten Pasuruan", "di Bangil"]) + [
           ("GAP", 5), ("L", "Dengan hormat,"), ("L", "Bersama surat ini, saya:"), ("GAP", 1),
           ("TAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("NIP", "19850715 200902 2 006"), ("Unit kerja", "SDN Ambal-Ambil 2, Kecamatan Kejayan"),
                    ("Alamat", L["address"]), ("Telepon / WA", "0822-3419-5508"), ("Email", L["email"])], (42, 118)),
           ("P", "mengajukan keberatan dan pengaduan sebagai berikut."),
           ("L", "Uraian kejadian", "b"), ("P", L["service_description"]),
           ("L", "Kerugian", "b"), ("P", L["loss"]),
           ("L", "Permohonan", "b"), ("P", L["requested_resolution"]),
           ("P", "Demikian surat ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima kasih.", {"after": 4}),
           ("SIG", 122, dict(pre=["Kejayan, 4 November 2026", "Yang mengadukan,"], signed=True, name=L["name"], seed=303, sig_h=20))]
    pages = render(250, "lsans", 10.5, [els], margins=(25, 18, 20, 12), lh=1.25)
    im = paper_effects(pages[0], 1003, angle=1.6, paper=(247, 239, 214), noise=3.0, blur=0.7, light=0.16, light_dir=2.4, mode="RGB", specks=80)
    write("scan/c03.jpg", jpeg_bytes(im, 72, 250, twice=85))
    record("scan/c03.jpg", L, "colour JPG 250 dpi, yellowish paper, strong uneven lighting, double JPEG compression; identity as a ruled table with NIK, NIP, phone and e-mail; place/date line above the signature; discipline sanction", "kinerja")


def c04():
    L = Lt(name="Mochammad Ilham Baihaqi, S.Pd.",
           service_description="Saya menyelesaikan pendidikan Magister Pendidikan Bahasa Inggris di Universitas Negeri Malang pada bulan Agustus 2025 dengan izin belajar yang diterbitkan BKPSDM pada tahun 2023. Permohonan pencantuman gelar M.Pd. beserta ijazah dan transkrip yang telah dilegalisir sudah saya ajukan melalui operator kepegawaian Dinas Pendidikan pada bulan Januari 2026. Sampai akhir Oktober 2026 permohonan tersebut belum diproses, dan setiap kali saya menanyakan ke BKPSDM jawabannya selalu bahwa berkas masih antre verifikasi.",
           loss="Gelar magister saya belum tercantum dalam data kepegawaian sehingga saya tidak dapat mengajukan kenaikan pangkat pilihan dan dinyatakan tidak memenuhi syarat ketika mendaftar sebagai calon pengawas sekolah pada bulan September 2026.",
           requested_resolution="Saya mohon BKPSDM segera menerbitkan surat keputusan pencantuman gelar M.Pd. atas nama saya, atau memberi tahu saya secara tertulis apabila masih ada persyaratan yang harus saya lengkapi.",
           place="Purwosari", date="2026-10-28", phone="0838 5017 2264")
    p1 = [("R", "Purwosari, 28 Oktober 2026"), ("GAP", 4),
          ("LAB", [("Hal", "Permohonan pencantuman gelar yang belum diproses"), ("Lamp.", "1 (satu) bendel")], (0, 16, 19)),
          ("GAP", 4)] + kepada(["Yth.", "Kepala BKPSDM Kabupaten Pasuruan", "c.q. Bidang Pengembangan Kompetensi", "di tempat"]) + [
          ("GAP", 6), ("L", "Dengan hormat,"), ("GAP", 1),
          ("P", "Yang bertanda tangan di bawah ini:"),
          ("LAB", [("Nama", L["name"]), ("NIP", "19910223 201902 1 004"), ("Pangkat/Golongan", "Penata Muda Tk. I, III/b"),
                   ("Unit Kerja", "SMPN 2 Purwosari"), ("No. Telepon", "0838 5017 2264")], (6, 44, 47)),
          ("P", "dengan ini menyampaikan pengaduan mengenai layanan pencantuman gelar akademik, dengan rincian sebagai berikut:", {"after": 3}),
          ("L", "1.  Pelayanan yang tidak sesuai standar pelayanan", "b"), ("GAP", 1), ("P", L["service_description"], {"ind": 6, "after": 3}),
          ("P", "Dokumen yang telah saya serahkan antara lain fotokopi ijazah dan transkrip nilai yang dilegalisir, surat izin belajar, SK kenaikan pangkat terakhir, serta surat pengantar dari kepala sekolah.", {"ind": 6}),
          ("FOOT", "- 1 -")]
    p2 = [("GAP", 4),
          ("L", "2.  Kerugian yang saya alami", "b"), ("GAP", 1), ("P", L["loss"], {"ind": 6, "after": 3}),
          ("L", "3.  Permintaan penyelesaian", "b"), ("GAP", 1), ("P", L["requested_resolution"], {"ind": 6, "after": 3}),
          ("P", "Demikian surat pengaduan ini saya sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, saya ucapkan terima kasih.", {"after": 8}),
          ("SIG", 118, dict(pre=["Hormat saya,"], signed=True, name=L["name"], post=["NIP. 19910223 201902 1 004"], seed=404)),
          ("GAP", 10), ("L", "Tembusan:"), ("L", "1. Kepala Dinas Pendidikan Kabupaten Pasuruan"), ("L", "2. Kepala SMPN 2 Purwosari"),
          ("FOOT", "- 2 -")]
    pages = render(250, "dsans", 10.5, [p1, p2], margins=(27, 22, 22, 20), lh=1.4)
    pages = [paper_effects(p, 1004 + i, angle=a, paper=(240, 240, 240), noise=3.0, blur=0.7, light=0.05, specks=70)
             for i, (p, a) in enumerate(zip(pages, (-0.6, 1.1)))]
    write("scan/c04.pdf", pdf_bytes(pages, 250, 68, "EPSON Scan", "EPSON DS-530"))
    record("scan/c04.pdf", L, "two-page image-only PDF 250 dpi, page numbers; identity list has NIP, unit kerja (a school) and phone but no home address; numbered sections split over the pages; tembusan", "kompetensi")


def c05_letter():
    L = Lt(name="Rizky Amalia Putri, A.Md.Keb.",
           address="Perumahan Bumi Mendalan Asri Blok B-7, Desa Mendalan, Kecamatan Winongan, Kabupaten Pasuruan",
           service_description="Saya adalah peserta seleksi PPPK Tenaga Kesehatan Kabupaten Pasuruan tahun 2026 untuk formasi Bidan Terampil. Saya dinyatakan memenuhi syarat pada seleksi administrasi, tetapi nama saya tidak tercantum dalam daftar peserta dan jadwal ujian kompetensi yang diumumkan BKPSDM pada tanggal 5 Oktober 2026, sehingga saya tidak dapat mencetak kartu ujian. Saya sudah dua kali datang ke BKPSDM dan menghubungi helpdesk, namun hanya diminta menunggu pembaruan data dari panitia pusat.",
           loss="Saya sudah mengeluarkan biaya legalisir berkas dan perjalanan ke Bangil sekitar Rp 400.000, dan yang lebih berat, saya terancam gugur dari seleksi yang hanya dibuka sekali dalam beberapa tahun.",
           requested_resolution="Saya mohon panitia seleksi daerah memastikan nama saya masuk ke daftar peserta ujian kompetensi dan memberikan jawaban tertulis sebelum jadwal ujian dimulai.",
           place="Winongan", date="2026-10-16", phone="0857 3360 1928")
    els = [("R", "Winongan, 16 Oktober 2026"), ("GAP", 3),
           ("L", "Perihal : Pengaduan daftar peserta ujian PPPK"), ("GAP", 3)] + kepada() + [("GAP", 4),
           ("L", "Dengan hormat,"), ("L", "Saya yang bertanda tangan di bawah ini,"),
           ("LAB", [("Nama Lengkap", L["name"]), ("No. Peserta", "26350120440718"), ("Alamat", L["address"]), ("Nomor HP", "0857 3360 1928")], (4, 36, 39)),
           ("L", "Hal yang saya adukan:", "b"), ("P", L["service_description"]),
           ("L", "Kerugian yang saya alami:", "b"), ("P", L["loss"]),
           ("L", "Penyelesaian yang saya harapkan:", "b"), ("P", L["requested_resolution"]),
           ("P", "Demikian pengaduan ini saya sampaikan. Terima kasih atas perhatian Bapak/Ibu.", {"after": 4}),
           ("SIG", 125, dict(pre=["Hormat saya,"], signed=True, name=L["name"], seed=505, sig_h=20))]
    return L, render(200, "lserif", 11.5, [els], margins=(22, 16, 18, 12), lh=1.22)[0]


def c05():
    L, page = c05_letter()
    page = paper_effects(page, 1005, angle=0, paper=(250, 250, 248), noise=0, blur=0.4, light=0.0, mode="RGB", specks=10)
    photo = photograph(page, 2005, quad=[(265, 240), (2000, 345), (2075, 2850), (165, 2755)])
    jpg = jpeg_bytes(photo, 80, None)
    cover = "Selamat malam,\n\nBerikut foto surat pengaduan saya tentang seleksi PPPK. Mohon maaf fotonya agak miring.\n\nTerima kasih\nRizky"
    write("scan/c05.eml", eml("Rizky Amalia", "rizky.amalia.putri@example.net", "Pengaduan seleksi PPPK (foto surat)",
                              hdr_date("2026-10-16", "21:07:33"), cover, [("IMG20261016210412.jpg", "image/jpeg", jpg)],
                              "000000000000a41f5b0641d2e8c3", "CAJx7r9Qm2pB5vLq0Zt8wK3nXy"))
    record("scan/c05.eml", L, "e-mail, short cover; letter photographed with a phone at an angle on a wooden desk (perspective, shadow, uneven light, colour JPG); applicant PPPK missing from exam list", "pengadaan",
           email="rizky.amalia.putri@example.net")


def c06():
    L = Lt(name="Sugeng Hariyanto",
           address="Jl. Raya Kejapanan No. 33 RT 01 RW 03, Desa Kejapanan, Kecamatan Gempol, Kabupaten Pasuruan",
           service_description="Pada tanggal 8 Oktober 2026 saya datang ke kantor BKPSDM untuk mengurus legalisir SK pensiun. Loket pelayanan berada di lantai dua dan tidak tersedia lift, jalur landai, maupun kursi roda, sedangkan petugas menolak turun untuk melayani saya di lantai bawah dengan alasan aplikasi hanya bisa dibuka di komputer loket.",
           loss="Saya harus menunggu hampir tiga jam di halaman parkir tanpa tempat duduk yang layak sampai anak saya selesai mengurus berkas, dan saya merasa diperlakukan tidak manusiawi sebagai penyandang disabilitas.",
           requested_resolution="Saya meminta BKPSDM menyediakan loket atau meja layanan di lantai dasar bagi lansia dan penyandang disabilitas, serta menyediakan kursi roda di ruang tunggu.",
           place=None, date="2026-10-12", phone="0896 7731 0452")
    els = [("R", "12 Oktober 2026"), ("GAP", 5)] + kepada(["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "Jl. Raya Raci KM. 9 Bangil"]) + [
           ("GAP", 5), ("C", "SURAT PENGADUAN", "bu", 12.5), ("GAP", 4),
           ("L", "Dengan hormat,"), ("L", "Saya yang bertanda tangan di bawah ini:"), ("GAP", 1),
           ("LAB", [("Nama", L["name"]), ("Alamat", L["address"]), ("Telp", "0896 7731 0452"), ("Status", "Pensiunan PNS, pengguna kursi roda")], (8, 30, 33)),
           ("P", "menyampaikan pengaduan atas pelayanan di kantor BKPSDM Kabupaten Pasuruan."),
           ("L", "Kejadian", "b"), ("P", L["service_description"]),
           ("L", "Kerugian", "b"), ("P", L["loss"]),
           ("L", "Permintaan", "b"), ("P", L["requested_resolution"]),
           ("P", "Atas perhatian Bapak saya mengucapkan terima kasih.", {"after": 5}),
           ("SIG", 125, dict(pre=["Hormat saya,"], signed=True, name=L["name"], seed=606, sig_ink=(20, 20, 20)))]
    page = render(200, "lsans", 10.5, [els], margins=(25, 20, 20, 15), lh=1.3)[0]
    im = paper_effects(page, 1006, angle=-0.7, paper=(236, 236, 236), noise=2.0, blur=0.6, light=0.07, light_dir=3.9, specks=40, bg_clean=205)
    b = io.BytesIO(); im.save(b, "PNG", dpi=(200, 200), optimize=True)
    cover = "Selamat pagi,\n\nMohon izin, saya kirimkan surat pengaduan dari bapak saya (file gambar terlampir).\n\nSalam,\nAndik"
    write("scan/c06.eml", eml("Andik Hariyanto", "andik.hariyanto@example.org", "Surat pengaduan fasilitas loket",
                              hdr_date("2026-10-13", "07:45:10"), cover, [("surat_pengaduan_bapak.png", "image/png", b.getvalue())],
                              "----=_NextPart_001_7C3A_01DB3E5F", "20261013074510.GA8812"))
    record("scan/c06.eml", L, "e-mail from the son with a greyscale PNG scan attached; date line without place (12 Oktober 2026, mail sent 13 Oct); facilities/accessibility complaint", "sekretariat",
           email="andik.hariyanto@example.org")


def c07():
    L = Lt(name="Suyitno",
           address="Dusun Tambakan RT 006 RW 002, Desa Tambaklekok, Kecamatan Lekok, Kabupaten Pasuruan",
           service_description="Saya telah dinyatakan lulus uji kompetensi jabatan fungsional Arsiparis Terampil pada bulan Maret 2026 dan seluruh berkas usulan pengangkatan sudah dikirim oleh Kantor Kecamatan Lekok ke BKPSDM pada bulan April 2026. Rekan-rekan yang lulus bersama saya dari kecamatan lain sudah dilantik pada bulan Juli 2026, sedangkan usulan saya sampai sekarang tidak diketahui keberadaannya.",
           loss="Saya belum dapat menerima tunjangan jabatan fungsional dan angka kredit saya sejak April 2026 tidak dapat dihitung, sehingga kenaikan jenjang jabatan saya ikut mundur.",
           requested_resolution="Saya mohon agar berkas usulan saya dicari dan saya diikutkan pada pelantikan jabatan fungsional berikutnya, atau diberi tahu apa yang harus saya lengkapi.",
           place="Lekok", date="2026-09-02", phone="0813-5772-0916", signed=False)
    els = [("AT", 118, "Lekok, 2 September 2026"), ("GAP", 5),
           ("L", "Perihal : Usulan pengangkatan jabatan"), ("L", "          fungsional yang belum diproses"), ("GAP", 5),
           ("L", "Kepada"), ("L", "Yth. Bapak/Ibu Kepala BKPSDM"), ("L", "     Kabupaten Pasuruan"), ("L", "di -"), ("L", "     BANGIL"), ("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 2),
           ("LAB", [("Nama", L["name"]), ("Alamat", L["address"]), ("Telepon", "0813-5772-0916")], (10, 34, 38)),
           ("GAP", 1),
           ("P", "Dengan ini saya mengadukan hal sebagai berikut.", {"justify": False}),
           ("P", L["service_description"], {"first": 10, "justify": False, "after": 3}),
           ("P", L["loss"], {"first": 10, "justify": False, "after": 3}),
           ("P", L["requested_resolution"], {"first": 10, "justify": False, "after": 3}),
           ("P", "Demikian, atas perhatiannya saya ucapkan terima kasih.", {"first": 10, "justify": False, "after": 4}),
           ("SIG", 118, dict(pre=["Hormat saya,"], signed=False, name=L["name"], name_style="paren", sig_h=20))]
    page = render(300, "lmono", 10.5, [els], margins=(22, 22, 18, 15), lh=1.35)[0]
    im = paper_effects(page, 1007, angle=-2.1, paper=(245, 245, 245), noise=9, blur=0.9, light=0.04, specks=150)
    bw = binarize(im, 158)
    b = io.BytesIO(); bw.save(b, "TIFF", compression="group4", dpi=(300, 300))
    write("scan/c07.tif", b.getvalue())
    record("scan/c07.tif", L, "bilevel CCITT G4 TIFF 300 dpi (scanner text mode), typewriter monospace, rotated -2.1 deg; unlabelled body paragraphs; printed name in parentheses, no signature", "mutasi")


def c08():
    L = Lt(name=None, address=None,
           service_description="Beberapa pegawai di lingkungan Kecamatan Grati yang mengajukan pindah tugas antarperangkat daerah diminta menyerahkan uang antara Rp 3.000.000 sampai Rp 5.000.000 oleh seseorang yang mengaku sebagai staf BKPSDM, dengan janji SK mutasi akan keluar dalam satu bulan. Uang diserahkan tunai di sebuah warung dekat kantor dan tidak ada tanda terima.",
           loss="Setidaknya empat orang sudah menyerahkan uang dengan jumlah keseluruhan sekitar Rp 16.000.000, tetapi SK mutasi tidak pernah terbit dan orang tersebut kini sulit dihubungi.",
           requested_resolution="Kami meminta BKPSDM menelusuri oknum tersebut, mengumumkan secara terbuka bahwa layanan mutasi tidak dipungut biaya, dan melaporkan kejadian ini kepada aparat penegak hukum bila terbukti.",
           place="Pasuruan", date="2026-11-03", signed=False)
    els = [("R", "Pasuruan, 3 November 2026"), ("GAP", 4),
           ("LAB", [("Perihal", "Laporan permintaan imbalan dalam pengurusan mutasi"), ("Sifat", "Rahasia")], (0, 18, 21)), ("GAP", 3)] + kepada() + [
           ("GAP", 5), ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Kami sebagai pegawai di lingkungan Pemerintah Kabupaten Pasuruan sengaja tidak mencantumkan nama karena khawatir akan adanya tekanan. Melalui surat ini kami melaporkan hal-hal berikut."),
           ("L", "A. Kejadian", "b"), ("P", L["service_description"], {"ind": 6}),
           ("L", "B. Kerugian", "b"), ("P", L["loss"], {"ind": 6}),
           ("L", "C. Harapan kami", "b"), ("P", L["requested_resolution"], {"ind": 6}),
           ("P", "Demikian laporan ini kami sampaikan untuk dapat ditindaklanjuti sebagaimana mestinya.", {"after": 5}),
           ("SIG", 120, dict(pre=["Hormat kami,"], signed=False, name="Pegawai yang dirugikan", name_style="", sig_h=6))]
    page = render(200, "dsansc", 10.5, [els], margins=(25, 20, 20, 15), lh=1.35)[0]
    im = paper_effects(page, 1008, angle=0.5, paper=(232, 232, 230), noise=3.0, blur=0.8, light=0.06, specks=90, fold=True)
    write("scan/c08.pdf", pdf_bytes([im], 200, 65, "HP Digital Sending Device"))
    record("scan/c08.pdf", L, "anonymous report (no name, no address, closing 'Hormat kami, Pegawai yang dirugikan' without signature); illegal fee for transfers -> sekretariat; 200 dpi PDF with a fold line", "sekretariat")


def c09():
    L = Lt(name="Ns. Nurul Hidayah, S.Kep.",
           address="Perum Pesona Candi Blok H-15, Desa Pejangkungan, Kecamatan Rembang, Kabupaten Pasuruan",
           service_description="Saya mengajukan cuti sakit selama 30 hari karena menjalani operasi dan pemulihan pada bulan Juni 2026, lengkap dengan surat keterangan dokter dari RSUD Bangil. Permohonan tersebut sudah disetujui kepala puskesmas dan diteruskan ke BKPSDM pada tanggal 2 Juni 2026, tetapi keputusan cuti sakit tidak diterbitkan, sehingga selama masa pemulihan saya tercatat alpa di aplikasi presensi.",
           loss="Tambahan penghasilan pegawai saya untuk bulan Juni dan Juli 2026 dipotong hampir seluruhnya, kurang lebih Rp 2.100.000, dan saya mendapat teguran tertulis dari atasan karena dianggap tidak masuk kerja.",
           place="Rembang", date="2026-08-19", phone="0852 5824 3317")
    els = [("AT", 125, "Rembang, 19 Agustus 2026"), ("GAP", 6)] + kepada(["Kepada Yth.", "Kepala BKPSDM Kabupaten Pasuruan", "di", "        Bangil"]) + [
           ("GAP", 8), ("L", "Dengan hormat,"),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("Jabatan", "Perawat Ahli Pertama, Puskesmas Rembang"), ("Alamat", L["address"]), ("HP", "0852 5824 3317")], (8, 32, 35)),
           ("P", "Melalui surat ini saya ingin mengadukan layanan cuti di BKPSDM Kabupaten Pasuruan."),
           ("L", "Permasalahan:", "b"), ("P", L["service_description"]),
           ("L", "Akibatnya:", "b"), ("P", L["loss"], {"after": 3}),
           ("P", "Demikian surat pengaduan ini saya sampaikan, terima kasih atas perhatian Bapak/Ibu.", {"after": 6}),
           ("SIG", 125, dict(pre=["Hormat saya,"], signed=True, name=L["name"], seed=909))]
    page = render(300, "lserif", 12, [els], margins=(25, 22, 20, 18), lh=1.3)[0]
    im = paper_effects(page, 1009, angle=2.3, paper=(228, 228, 226), noise=4.0, blur=0.9, light=0.1, light_dir=1.2, specks=120)
    write("scan/c09.jpg", jpeg_bytes(im, 62, 300))
    record("scan/c09.jpg", L, "greyscale JPG 300 dpi, rotated 2.3 deg, heavier JPEG artefacts; sick leave decision not issued; no requested resolution (closing only thanks)", "kinerja")


def c10():
    L = Lt(name="Agung Prasetyo Wibowo, S.T.",
           address="Jl. Semeru Gang III No. 8, RT 02 RW 07, Kelurahan Pecalukan, Kecamatan Prigen, Kabupaten Pasuruan",
           service_description="Sejak bulan Agustus 2026 status kepegawaian saya di SIASN dan MyASN tercatat \"Pemberhentian - Pensiun\", padahal saya masih aktif bekerja di Dinas Komunikasi dan Informatika dan baru berusia 47 tahun. Kesalahan ini sudah saya laporkan langsung ke loket BKPSDM sebanyak tiga kali, tetapi hingga surat ini dibuat status tersebut belum dikoreksi dan saya tidak mendapat penjelasan penyebabnya.",
           loss="Karena status tersebut, gaji saya bulan Oktober dan November 2026 tertahan di BPKAD, kepesertaan BPJS Kesehatan keluarga saya dinonaktifkan, dan saya harus meminjam uang kepada kerabat untuk kebutuhan rumah tangga.",
           requested_resolution="Saya memohon BKPSDM segera mengoreksi status kepegawaian saya di SIASN menjadi aktif, berkoordinasi dengan BKN dan BPKAD agar gaji saya yang tertahan dibayarkan, serta memberikan penjelasan tertulis mengenai penyebab kesalahan ini.",
           place="Prigen", date="2026-11-10", phone="0811 3370 4159", nik="3514061903790002", email="agung.prasetyo.w@example.com")
    chron = [("Tanggal", "Kejadian"),
             ("18 Agustus 2026", "Status di MyASN berubah menjadi pensiun"),
             ("25 Agustus 2026", "Laporan pertama ke loket BKPSDM, diberi tanda terima"),
             ("22 September 2026", "Laporan kedua, dijawab masih dikoordinasikan dengan BKN"),
             ("27 Oktober 2026", "Laporan ketiga, berkas laporan dinyatakan tidak ditemukan")]
    p1 = [("R", "Prigen, 10 November 2026"), ("GAP", 3),
          ("LAB", [("Nomor", "-"), ("Lampiran", "4 (empat) lembar"), ("Perihal", "Pengaduan kesalahan status kepegawaian di SIASN")], (0, 22, 25)),
          ("GAP", 3)] + kepada() + [("GAP", 5),
          ("L", "Dengan hormat,"), ("L", "Yang bertanda tangan di bawah ini:"), ("GAP", 1),
          ("LAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("NIP", "19790319 200501 1 009"),
                   ("Jabatan", "Pranata Komputer Ahli Muda, Dinas Komunikasi dan Informatika"),
                   ("Alamat", L["address"]), ("Telepon", "0811 3370 4159"), ("Surel", L["email"])]),
          ("P", "dengan ini mengajukan pengaduan atas pelayanan BKPSDM Kabupaten Pasuruan sebagai berikut."),
          ("L", "A. Pelayanan yang tidak sesuai standar", "b"), ("P", L["service_description"], {"ind": 6}),
          ("P", "Kronologi penanganan laporan saya:", {"ind": 6}),
          ("TAB", chron, (42, 117), {"ind": 6, "head": True}),
          ("FOOT", "Halaman 1 dari 2")]
    p2 = [("GAP", 2),
          ("L", "B. Kerugian yang saya alami", "b"), ("P", L["loss"], {"ind": 6}),
          ("L", "C. Permintaan penyelesaian", "b"), ("P", L["requested_resolution"], {"ind": 6, "after": 3}),
          ("P", "Demikian pengaduan ini saya sampaikan dengan sebenarnya. Atas perhatian dan penyelesaiannya saya ucapkan terima kasih.", {"after": 6}),
          ("SIG", 120, dict(pre=["Hormat saya,"], signed=True, name=L["name"], post=["NIP. 19790319 200501 1 009"], seed=1010)),
          ("GAP", 12), ("L", "Tembusan:"), ("L", "1. Kepala Dinas Komunikasi dan Informatika Kabupaten Pasuruan"), ("L", "2. Arsip"),
          ("FOOT", "Halaman 2 dari 2")]
    ov = {0: [lambda img, dpi: stamp(img, dpi, 118, 36, ["BKPSDM KAB. PASURUAN", "DITERIMA", "Tgl. 16-11-2026", "No. Agenda: 1187"], 7, 77)]}
    pages = render(300, "lserif", 11, [p1, p2], margins=(25, 18, 20, 18), lh=1.25, overlays=ov)
    pages = [paper_effects(p, 1010 + i, angle=a, paper=(241, 241, 239), noise=3.0, blur=0.6, light=0.05, specks=60)
             for i, (p, a) in enumerate(zip(pages, (0.6, -0.9)))]
    write("scan/c10.pdf", pdf_bytes(pages, 300, 62, "Canon iR-ADV C5535"))
    record("scan/c10.pdf", L, "two-page image-only PDF 300 dpi; agency receipt stamp (DITERIMA 16-11-2026) over page 1 is not the letter date; NIK, NIP, phone and e-mail in the identity list; chronology table; SIASN status wrongly set to pension", "pengadaan")


def c11():
    L = Lt(name="Dra. Endah Sulistyowati, M.Si.",
           address="Perumahan Graha Prigen Indah Blok A-3, Desa Jatiarjo, Kecamatan Prigen, Kabupaten Pasuruan",
           service_description="Saya telah ditetapkan sebagai peserta Pelatihan Kepemimpinan Administrator angkatan II tahun 2026 berdasarkan surat panggilan BKPSDM tanggal 14 Juli 2026 dan sudah menyelesaikan tugas pra-pelatihan. Satu minggu sebelum pelatihan dimulai, nama saya diganti dengan pegawai lain tanpa pemberitahuan resmi, dan ketika saya menanyakan alasannya, petugas hanya mengatakan bahwa kuota sudah penuh.",
           requested_resolution="Saya mohon penjelasan tertulis mengenai alasan penggantian tersebut dan kepastian bahwa saya diikutsertakan pada angkatan pertama tahun 2027.",
           place="Prigen", date="2026-09-23", phone="0812 1746 6390", signed=False)
    els = [("AT", 120, "Prigen, 23 September 2026"), ("GAP", 6)] + kepada(["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di Bangil"]) + [
           ("GAP", 6), ("L", "Hal: Pengaduan penggantian peserta Pelatihan Kepemimpinan Administrator", "b"), ("GAP", 4),
           ("L", "Dengan hormat,"), ("GAP", 2),
           ("L", "IDENTITAS PELAPOR", "b"),
           ("LAB", [("Nama", L["name"]), ("Jabatan", "Kepala Seksi Pemerintahan, Kecamatan Prigen"), ("Alamat", L["address"]),
                    ("Nomor HP", "0812 1746 6390")], (6, 32, 35)),
           ("L", "POKOK PENGADUAN", "b"), ("P", L["service_description"], {"ind": 6, "after": 3}),
           ("L", "HARAPAN", "b"), ("P", L["requested_resolution"], {"ind": 6, "after": 3}),
           ("P", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.", {"after": 5}),
           ("SIG", 120, dict(pre=["Hormat saya,"], signed=False, name=L["name"], sig_h=18))]
    ov = {0: [lambda img, dpi: note(img, dpi, 4, 150, "cek daftar PKA II\n(angk. 2026)", 88, 111, ink=(120, 120, 124), pt=12)]}
    page = render(250, "dsans", 10.5, [els], margins=(27, 22, 20, 18), lh=1.4, overlays=ov)[0]
    im = paper_effects(page, 1011, angle=-1.0, paper=(244, 244, 242), noise=2.0, blur=0.6, light=0.05, specks=40, bg_clean=212)
    b = io.BytesIO(); im.save(b, "PNG", dpi=(250, 250), optimize=True)
    write("scan/c11.png", b.getvalue())
    record("scan/c11.png", L, "greyscale PNG 250 dpi; capitalised section heads (IDENTITAS PELAPOR / POKOK PENGADUAN / HARAPAN); pencil margin note written sideways by an officer; no loss; unsigned", "kompetensi")


def c12():
    L = Lt(name="Yuni Kartikasari, S.Pd.SD.",
           address="Dusun Sruwi Lor RT 001 RW 004, Desa Sruwi, Kecamatan Winongan, Kabupaten Pasuruan",
           service_description="Saya guru kelas di SDN Sruwi 1 yang mengikuti suami pindah tugas ke Kota Malang. Surat persetujuan penerimaan dari Pemerintah Kota Malang sudah saya peroleh sejak Mei 2026, dan permohonan surat persetujuan pindah dari Bupati Pasuruan sudah saya serahkan ke BKPSDM pada 11 Juni 2026. Hingga kini surat tersebut belum terbit, sementara persetujuan dari Kota Malang hanya berlaku enam bulan.",
           loss="Saya harus tinggal terpisah dari suami dan anak-anak dan pulang-pergi Winongan-Malang setiap akhir pekan dengan biaya sekitar Rp 600.000 per bulan, dan bila persetujuan Kota Malang kedaluwarsa saya harus mengulang seluruh proses dari awal.",
           requested_resolution="Saya mohon surat persetujuan pindah saya segera diproses sebelum akhir November 2026, atau saya diberi tahu secara tertulis alasan penundaannya.",
           phone="0878 5512 0643")
    els = [("GAP", 4)] + kepada(["Yth. Kepala BKPSDM Kabupaten Pasuruan", "Bidang Mutasi dan Promosi", "di Bangil"]) + [("GAP", 8),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Perkenankan saya, " + L["name"] + ", NIP 19880506 201101 2 011, beralamat di " + L["address"]
                 + ", nomor telepon 0878 5512 0643, menyampaikan pengaduan berikut ini.", {"after": 3}),
           ("L", "Permasalahan", "bu"), ("GAP", 1), ("P", L["service_description"], {"after": 3}),
           ("L", "Dampak bagi saya", "bu"), ("GAP", 1), ("P", L["loss"], {"after": 3}),
           ("L", "Permohonan", "bu"), ("GAP", 1), ("P", L["requested_resolution"], {"after": 3}),
           ("P", "Atas perhatian dan bantuan Bapak/Ibu, saya sampaikan terima kasih.", {"after": 6}),
           ("SIG", 120, dict(pre=["Hormat saya,"], signed=True, name=L["name"], seed=1212))]
    page = render(200, "lsans", 11, [els], margins=(25, 25, 20, 18), lh=1.35)[0]
    im = paper_effects(page, 1012, angle=1.1, paper=(250, 247, 238), noise=3.0, blur=0.8, light=0.12, light_dir=0.3, mode="RGB", specks=50)
    write("scan/c12.jpg", jpeg_bytes(im, 75, 200))
    record("scan/c12.jpg", L, "colour JPG 200 dpi; identity in a running sentence (name, NIP, address, phone); underlined heads; no place/date line anywhere (scan: date is missing too)", "mutasi")


def c13():
    L = Lt(name="Siti Aminatus Zahro, S.E.",
           address="Jl. KH. Ahmad Dahlan No. 21, RT 03 RW 01, Desa Gayam, Kecamatan Gondangwetan, Kabupaten Pasuruan",
           service_description="Saya mengajukan cuti di luar tanggungan negara selama dua tahun untuk mendampingi suami yang bertugas di luar negeri. Permohonan beserta persetujuan kepala perangkat daerah sudah saya serahkan pada 15 Juni 2026, tetapi BKPSDM belum menerbitkan keputusan dan belum mengusulkan pertimbangan teknis ke BKN, sementara jadwal keberangkatan saya sudah ditetapkan pada Januari 2027.",
           loss="Tiket dan visa keluarga yang sudah dibayar sekitar Rp 18.500.000 terancam hangus apabila keberangkatan harus ditunda, dan saya merasa cemas karena tidak ada kepastian status kepegawaian saya selama di luar negeri.",
           requested_resolution="Saya mohon BKPSDM segera memproses permohonan cuti di luar tanggungan negara saya dan memberi tahu perkiraan waktu terbitnya keputusan paling lambat akhir Oktober 2026.",
           place="Gondangwetan", date="2026-10-05", phone="0813 3108 7725", nik="3514194902900001")
    els = [("R", "Gondangwetan, 5 Oktober 2026"), ("GAP", 4),
           ("LAB", [("Lampiran", "2 (dua) berkas"), ("Perihal", "Permohonan CLTN yang belum diproses")], (0, 20, 23)), ("GAP", 3)] + kepada() + [
           ("GAP", 5), ("L", "Dengan hormat,"),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("Unit Kerja", "Badan Pendapatan Daerah"), ("Alamat", L["address"]), ("Telepon", "0813 3108 7725")], (6, 34, 37)),
           ("P", "mengajukan pengaduan dengan uraian sebagai berikut:"),
           ("L", "I.   Pelayanan yang saya terima", "b"), ("P", L["service_description"], {"ind": 8}),
           ("L", "II.  Kerugian", "b"), ("P", L["loss"], {"ind": 8}),
           ("L", "III. Penyelesaian yang diminta", "b"), ("P", L["requested_resolution"], {"ind": 8}),
           ("P", "Demikian surat ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.", {"after": 4}),
           ("SIG", 122, dict(pre=["Hormat saya,"], signed=True, name=L["name"], seed=1313))]
    ov = {0: [lambda img, dpi: note(img, dpi, 150, 6, "Disp. Bid. PKP\n7/10/26  ttd", -6, 131, ink=(40, 70, 40), pt=12)]}
    page = render(250, "dserif", 10, [els], margins=(25, 22, 20, 16), lh=1.32, overlays=ov)[0]
    im = paper_effects(page, 1013, angle=-1.8, paper=(239, 239, 237), noise=3.0, blur=0.7, light=0.06, specks=60)
    write("scan/c13.pdf", pdf_bytes([im], 250, 68, "KONICA MINOLTA bizhub C258"))
    record("scan/c13.pdf", L, "image-only PDF 250 dpi, DejaVu Serif; handwritten disposition note in the top margin (Disp. Bid. PKP 7/10/26) is not the letter date; roman sections; NIK; leave outside state liability (CLTN)", "kinerja")


def c14():
    L = Lt(name="Ahmad Faisol",
           service_description="Saya bekerja sebagai tenaga honorer operator sekolah di SDN Karangasem 1 sejak tahun 2016 dan selalu mengikuti pendataan tenaga non-ASN. Namun pada pengumuman bulan Juli 2026 nama saya tidak tercantum dalam daftar tenaga non-ASN yang dapat mendaftar seleksi PPPK, padahal rekan satu sekolah yang mulai bekerja lebih akhir justru tercantum. Saat saya menanyakan ke BKPSDM, saya hanya diarahkan untuk mengecek sendiri di laman BKN.",
           loss="Saya kehilangan kesempatan mendaftar seleksi PPPK tahap kedua tahun 2026, padahal pengabdian saya sudah sepuluh tahun dengan honor Rp 750.000 per bulan.",
           place="Lumbang", date="2026-07-30", phone="0857 0663 2841", nik="3514110807940004")
    els = [("C", "SURAT PENGADUAN", "b", 13), ("C", "Pendataan Tenaga Non-ASN", "", 11), ("GAP", 8)] + kepada(["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di tempat"]) + [
           ("GAP", 6), ("L", "Assalamu'alaikum Wr. Wb."), ("GAP", 1), ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("Tempat tugas", "SDN Karangasem 1"), ("No. HP", "0857 0663 2841")], (8, 36, 39)),
           ("P", "dengan ini menyampaikan pengaduan sebagai berikut:"),
           ("L", "1. Uraian masalah", "b"), ("P", L["service_description"], {"ind": 5}),
           ("L", "2. Kerugian", "b"), ("P", L["loss"], {"ind": 5, "after": 3}),
           ("P", "Demikian surat ini saya buat dengan sebenar-benarnya."), ("L", "Wassalamu'alaikum Wr. Wb."), ("GAP", 5),
           ("SIG", 122, dict(pre=["Lumbang, 30 Juli 2026", "Pelapor,"], signed=True, name=L["name"], seed=1414))]
    page = render(300, "lnarrow", 12, [els], margins=(25, 20, 20, 18), lh=1.3)[0]
    im = paper_effects(page, 1014, angle=0.9, paper=(240, 240, 240), noise=1.5, blur=0.6, light=0.04, specks=30, bg_clean=212)
    b = io.BytesIO(); im.save(b, "PNG", dpi=(300, 300), optimize=True)
    write("scan/c14.png", b.getvalue())
    record("scan/c14.png", L, "greyscale PNG 300 dpi, Liberation Sans Narrow; honorary worker (applicant) left out of the non-ASN list; workplace given but no home address; no requested resolution; place/date above 'Pelapor,'", "pengadaan")


def c15():
    L = Lt(name="H. Soekarmin",
           address="Dusun Pesanggrahan RT 002 RW 003, Desa Capang, Kecamatan Purwodadi, Kabupaten Pasuruan",
           service_description="Pada hari Kamis, 22 Oktober 2026 sekitar pukul 09.30 saya datang ke ruang pelayanan BKPSDM untuk menyerahkan berkas perbaikan data pensiun. Dua petugas di meja layanan terus bermain ponsel dan mengobrol, saya dibiarkan berdiri kurang lebih empat puluh menit tanpa nomor antrean, dan ketika saya bertanya, salah satu petugas menyuruh saya kembali minggu depan tanpa memeriksa berkas saya.",
           loss="Saya yang sudah berusia 68 tahun harus menempuh perjalanan dua jam dari Purwodadi dengan ongkos ojek dan angkutan sekitar Rp 120.000 pulang-pergi, namun pulang tanpa hasil.",
           requested_resolution="Saya meminta pimpinan BKPSDM menegur petugas tersebut, menerapkan sistem antrean yang jelas, dan menerima berkas saya tanpa harus datang kembali.",
           place="Purwodadi", date="2026-10-27", phone="0821 4380 9917")
    els = [("DATEFILL", 112, "Purwodadi, ", ".........", " Oktober 2026", "27", 15), ("GAP", 6)] + kepada(["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di -", "    Bangil"]) + [
           ("GAP", 6), ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("Pekerjaan", "Pensiunan PNS"), ("Alamat", L["address"]), ("Nomor telepon", "0821 4380 9917")], (6, 38, 41)),
           ("P", "menyampaikan pengaduan tentang pelayanan petugas di kantor BKPSDM, yaitu:"),
           ("P", "a.  Pelayanan yang tidak sesuai standar:", {"style": "b", "after": 0.5}), ("P", L["service_description"], {"ind": 7}),
           ("P", "b.  Kerugian yang saya alami:", {"style": "b", "after": 0.5}), ("P", L["loss"], {"ind": 7}),
           ("P", "c.  Penyelesaian yang saya minta:", {"style": "b", "after": 0.5}), ("P", L["requested_resolution"], {"ind": 7}),
           ("P", "Demikian pengaduan saya, terima kasih.", {"after": 5}),
           ("SIG", 122, dict(pre=["Hormat saya,"], signed=True, name=L["name"], seed=1515, sig_ink=(25, 25, 60)))]
    page = render(250, "dserifc", 10.5, [els], margins=(24, 20, 20, 16), lh=1.3)[0]
    im = paper_effects(page, 1015, angle=1.9, paper=(236, 235, 230), noise=3.5, blur=0.8, light=0.08, light_dir=5.0, specks=100)
    write("scan/c15.jpg", jpeg_bytes(im, 70, 250))
    record("scan/c15.jpg", L, "greyscale JPG 250 dpi; date line is a typed template with the day written in by hand ('Purwodadi, 27 Oktober 2026'); lettered sections; retiree; rude/idle counter staff", "sekretariat")


def c16():
    L = Lt(name="Bayu Aji Kurniawan, S.H., M.H.",
           address="Jl. Pattimura No. 45, RT 05 RW 02, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Saya mengikuti seleksi pengisian jabatan pengawas di lingkungan Sekretariat Daerah yang diselenggarakan BKPSDM pada bulan Juni 2026, termasuk tes tertulis dan wawancara. Hasil seleksi tidak pernah diumumkan kepada peserta, tetapi pada pelantikan tanggal 1 Oktober 2026 jabatan tersebut diisi oleh peserta lain, dan permintaan saya untuk melihat nilai seleksi saya ditolak dengan alasan bersifat rahasia.",
           requested_resolution="Saya mohon BKPSDM mengumumkan hasil seleksi jabatan pengawas tersebut secara terbuka, memberikan salinan nilai saya, dan menjelaskan dasar penetapan pejabat yang dilantik.",
           place="Bangil", date="2026-10-14", phone="0812 3025 7741")
    p1 = [("R", "Bangil, 14 Oktober 2026"), ("GAP", 4),
          ("LAB", [("Nomor", "01/BAK/X/2026"), ("Sifat", "Penting"), ("Hal", "Pengaduan hasil seleksi jabatan pengawas")], (0, 18, 21)),
          ("GAP", 4)] + kepada() + [("GAP", 6),
          ("L", "Dengan hormat,"), ("GAP", 1),
          ("P", "Saya yang bertanda tangan di bawah ini:"),
          ("LAB", [("Nama", L["name"]), ("NIP", "19900611 201503 1 002"), ("Alamat", L["address"]), ("Telepon", "0812 3025 7741")], (6, 30, 33)),
          ("P", "Saya adalah Analis Hukum Ahli Pertama pada Bagian Hukum Sekretariat Daerah Kabupaten Pasuruan dengan pangkat Penata Muda Tingkat I, golongan III/b. Dengan ini saya menyampaikan pengaduan sebagai berikut.", {"after": 3}),
          ("L", "I. Duduk perkara", "b"), ("GAP", 1), ("P", L["service_description"], {"ind": 6}),
          ("FOOT", "1")]
    p2 = [("GAP", 6),
          ("L", "II. Permohonan", "b"), ("GAP", 1), ("P", L["requested_resolution"], {"ind": 6, "after": 3}),
          ("P", "Saya bersedia dipanggil untuk memberikan keterangan tambahan apabila diperlukan. Demikian pengaduan ini saya sampaikan, atas perhatian Bapak saya ucapkan terima kasih.", {"after": 8}),
          ("SIG", 118, dict(pre=["Hormat saya,"], signed=True, name=L["name"], post=["NIP. 19900611 201503 1 002"], seed=1616)),
          ("FOOT", "2")]
    pages = render(300, "lserif", 12, [p1, p2], margins=(28, 22, 22, 20), lh=1.3)
    out = []
    for i, (p, a) in enumerate(zip(pages, (-1.4, 0.7))):
        im = paper_effects(p, 1016 + i, angle=a, paper=(246, 246, 246), noise=7, blur=0.8, light=0.04, specks=90)
        out.append(binarize(im, 150))
    b = io.BytesIO()
    out[0].save(b, "TIFF", compression="group4", dpi=(300, 300), save_all=True, append_images=out[1:])
    write("scan/c16.tif", b.getvalue())
    record("scan/c16.tif", L, "two-page bilevel G4 TIFF (multi-page scan) 300 dpi; promotion selection results withheld; no loss section; NIP under the signature", "mutasi")


def c17():
    L = Lt(name="Moh. Syaiful Anam, S.Pd.I.",
           address="Dusun Wonokitri RT 001 RW 001, Desa Wonokitri, Kecamatan Tosari, Kabupaten Pasuruan",
           service_description="Permohonan izin belajar saya untuk program Magister Pendidikan Agama Islam di Institut Agama Islam Nusantara Bangil ditolak BKPSDM pada 20 Oktober 2026 dengan alasan program studi belum terakreditasi. Padahal program studi tersebut telah terakreditasi \"Baik Sekali\" sejak tahun 2024, dan salinan sertifikat akreditasinya sudah saya lampirkan dalam berkas permohonan.",
           loss="Saya sudah membayar biaya pendaftaran dan uang kuliah semester pertama sebesar Rp 7.250.000 dan perkuliahan sudah berjalan, sehingga tanpa izin belajar ijazah saya kelak tidak dapat digunakan untuk kenaikan pangkat maupun pencantuman gelar.",
           requested_resolution="Saya mohon penolakan tersebut ditinjau kembali berdasarkan sertifikat akreditasi yang sah dan surat izin belajar saya diterbitkan paling lambat bulan Desember 2026.",
           place="Tosari", date="2026-11-06", phone="0823 3155 0719")
    p1 = [("kop", ["MOH. SYAIFUL ANAM, S.Pd.I.", "Guru PAI SDN Wonokitri 1  |  " + L["address"], "Telp. 0823 3155 0719"]),
          ("R", "Tosari, 6 November 2026"), ("GAP", 3),
          ("LAB", [("Perihal", "Pengaduan penolakan izin belajar"), ("Lampiran", "1 (satu) berkas")], (0, 20, 23)),
          ("GAP", 3)] + kepada() + [("GAP", 5),
          ("L", "Dengan hormat,"), ("GAP", 1),
          ("P", "Bersama surat ini saya, " + L["name"] + ", NIP 19860917 201001 1 015, guru Pendidikan Agama Islam di SDN Wonokitri 1, menyampaikan pengaduan terkait layanan izin belajar."),
          ("L", "1. Uraian pengaduan", "b"), ("P", L["service_description"], {"ind": 5}),
          ("P", "Sebelum mengajukan permohonan, saya telah berkonsultasi dengan petugas bidang terkait dan dinyatakan bahwa program studi yang terakreditasi dapat diberikan izin belajar.", {"ind": 5}),
          ("FOOT", "Hal. 1/2")]
    p2 = [("GAP", 4),
          ("L", "2. Kerugian", "b"), ("P", L["loss"], {"ind": 5}),
          ("L", "3. Permohonan penyelesaian", "b"), ("P", L["requested_resolution"], {"ind": 5, "after": 3}),
          ("P", "Demikian pengaduan ini saya sampaikan. Atas perhatian dan kebijaksanaan Bapak/Ibu, saya ucapkan terima kasih.", {"after": 6}),
          ("SIG", 120, dict(pre=["Hormat saya,"], signed=True, name=L["name"], post=["NIP. 19860917 201001 1 015"], seed=1717)),
          ("FOOT", "Hal. 2/2")]
    pages = render(200, "dsans", 10.5, [p1, p2], margins=(25, 18, 20, 18), lh=1.38)
    atts = []
    for i, (p, a) in enumerate(zip(pages, (0.9, -0.5))):
        im = paper_effects(p, 1017 + i, angle=a, paper=(243, 242, 238), noise=3.0, blur=0.6, light=0.07, mode="RGB", specks=50)
        atts.append((f"scan_hal{i+1}.jpg", "image/jpeg", jpeg_bytes(im, 74, 200)))
    cover = "Assalamualaikum.\n\nDengan hormat, saya kirimkan surat pengaduan saya (2 halaman, hasil scan).\n\nWassalam,\nSyaiful"
    write("scan/c17.eml", eml("Moh. Syaiful Anam", "syaiful.anam.tosari@example.com", "Pengaduan izin belajar - 2 lampiran",
                              hdr_date("2026-11-07", "10:21:09"), cover, atts, "=_b7f3c2a9e1d04f6aa3b8", "20261107102109.52d1c"))
    record("scan/c17.eml", L, "e-mail with two JPG attachments, one per scanned page (page 1 has identity/description, page 2 loss/request/signature); personal kop; name in a running sentence; letter dated a day before the mail", "kompetensi",
           email="syaiful.anam.tosari@example.com")


def c18():
    L = Lt(name="Hj. Musyarofah",
           address="Dusun Kedungrejo RT 004 RW 001, Desa Sudimulyo, Kecamatan Nguling, Kabupaten Pasuruan",
           service_description="Suami saya, almarhum Abdul Karim, guru SDN Sudimulyo 2, meninggal dunia pada tanggal 3 Maret 2026 saat masih aktif bekerja. Berkas usulan pensiun janda sudah saya serahkan ke BKPSDM melalui sekolah pada bulan April 2026, tetapi hingga akhir Agustus SK pensiun janda belum terbit dan petugas mengatakan berkas harus diulang karena formulirnya berubah.",
           loss="Sejak suami saya meninggal, saya tidak menerima penghasilan apa pun, sementara saya masih menanggung dua anak yang bersekolah, sehingga saya terpaksa menjual perhiasan untuk biaya hidup.",
           place="Nguling", date="2026-08-24", phone="0856 4623 7781", signed=False)
    els = [("R", "Nguling, 24 Agustus 2026"), ("GAP", 6)] + kepada(["Kepada", "Yth. Bapak Kepala BKPSDM", "Kabupaten Pasuruan", "di -", "       Bangil"]) + [
           ("GAP", 6), ("L", "Perihal: Pengaduan SK pensiun janda", "b"), ("GAP", 4),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("Alamat", L["address"]), ("No. HP", "0856 4623 7781")], (6, 28, 31)),
           ("P", "dengan ini menyampaikan pengaduan sebagai berikut:", {"after": 2.5}),
           ("P", L["service_description"], {"first": 10, "after": 2.5}),
           ("P", L["loss"], {"first": 10, "after": 2.5}),
           ("P", "Demikian surat ini saya sampaikan. Terima kasih.", {"first": 10, "after": 6}),
           ("SIG", 122, dict(pre=["Yang mengadukan,"], signed=False, name=L["name"], sig_h=22))]
    page = render(300, "lserif", 12, [els], margins=(26, 22, 22, 18), lh=1.35, overlays={0: [holes]})[0]
    im = paper_effects(page, 1018, angle=-0.5, paper=(246, 239, 220), noise=3.0, blur=0.7, light=0.07, light_dir=4.0, specks=60)
    write("scan/c18.pdf", pdf_bytes([im], 300, 70, "Xerox WorkCentre 5855"))
    record("scan/c18.pdf", L, "image-only PDF 300 dpi, yellowed paper with punched holes; widow's pension; the late husband's name appears in the description; no request; printed name only (unsigned)", "pengadaan")


def c19():
    L = Lt(name="dr. Fajar Ramadhan",
           address="Perum Permata Bangil Blok C-12, Kelurahan Kalianyar, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Saya diangkat sebagai CPNS dokter ahli pertama di RSUD Bangil dengan TMT 1 Juli 2025. Menurut ketentuan, Pelatihan Dasar CPNS wajib diikuti dalam masa percobaan, tetapi sampai November 2026 saya belum juga dijadwalkan, sedangkan CPNS tenaga kesehatan lain yang diangkat bersamaan sudah mengikuti pelatihan pada bulan Mei dan Agustus 2026.",
           loss="Tanpa sertifikat Pelatihan Dasar saya tidak dapat diangkat menjadi PNS tepat waktu, sehingga gaji saya masih 80 persen dan saya belum dapat mendaftar program pendidikan dokter spesialis yang mensyaratkan status PNS.",
           requested_resolution="Saya mohon BKPSDM segera memasukkan saya ke angkatan Pelatihan Dasar berikutnya dan memberikan jadwal tertulis pelaksanaannya.",
           place="Bangil", date="2026-11-12", phone="0813 9067 2254")
    els = [("R", "Bangil, 12 November 2026"), ("GAP", 4),
           ("LAB", [("Hal", "Pengaduan jadwal Pelatihan Dasar CPNS")], (0, 12, 15)), ("GAP", 3)] + kepada() + [
           ("GAP", 5), ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Yang bertanda tangan di bawah ini:"),
           ("TAB", [("Nama Lengkap", L["name"]), ("NIP", "19950204 202507 1 003"), ("Unit Kerja", "RSUD Bangil"),
                    ("Alamat Rumah", L["address"]), ("Telepon", "0813 9067 2254")], (40, 120)),
           ("P", "dengan hormat menyampaikan pengaduan sebagai berikut."),
           ("L", "1. Pelayanan yang tidak sesuai standar", "b"), ("P", L["service_description"], {"ind": 5}),
           ("L", "2. Kerugian", "b"), ("P", L["loss"], {"ind": 5}),
           ("L", "3. Permintaan penyelesaian", "b"), ("P", L["requested_resolution"], {"ind": 5}),
           ("P", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.", {"after": 5}),
           ("SIG", 125, dict(pre=["Hormat saya,"], signed=True, name=L["name"], post=["NIP. 19950204 202507 1 003"], seed=1919))]
    page = render(300, "lsans", 10.5, [els], margins=(25, 20, 20, 16), lh=1.3)[0]
    im = paper_effects(page, 1019, angle=-2.4, paper=(249, 242, 220), noise=3.5, blur=0.8, light=0.1, light_dir=0.8, mode="RGB", specks=70)
    write("scan/c19.jpg", jpeg_bytes(im, 70, 300))
    record("scan/c19.jpg", L, "colour JPG 300 dpi, yellowish paper, rotated -2.4 deg; identity table; name with lower-case 'dr.' title; CPNS basic training not scheduled", "kompetensi")


def c20():
    L = Lt(name="SUPRAPTO",
           address="DUSUN KRAJAN RT 005 RW 002, DESA KARANGREJO, KECAMATAN PURWOSARI, KABUPATEN PASURUAN",
           service_description="PADA TANGGAL 26 OKTOBER 2026 SAYA DATANG KE LOKET BKPSDM UNTUK MENGAJUKAN LEGALISIR SK PENSIUN DENGAN MEMBAWA PERSYARATAN SESUAI YANG TERCANTUM DI LAMAN RESMI BKPSDM. PETUGAS LOKET MENOLAK BERKAS SAYA KARENA HARUS DILAMPIRI SURAT KETERANGAN DARI TASPEN, PADAHAL PERSYARATAN ITU TIDAK DIUMUMKAN DI LAMAN MAUPUN DI PAPAN INFORMASI LOKET.",
           loss="SAYA HARUS DATANG DUA KALI DARI PURWOSARI, MENGELUARKAN BIAYA TRANSPORTASI, DAN MENUTUP WARUNG SAYA SELAMA DUA HARI.",
           requested_resolution="SAYA MOHON BKPSDM MENYERAGAMKAN INFORMASI PERSYARATAN LAYANAN DI LAMAN, PAPAN INFORMASI, DAN LOKET, SERTA MENERIMA BERKAS SAYA TANPA SURAT KETERANGAN TASPEN APABILA MEMANG TIDAK DIWAJIBKAN.",
           place="PURWOSARI", date="2026-11-02", phone="0815 5903 2217")
    els = [("AT", 118, "PURWOSARI, 2 NOVEMBER 2026"), ("GAP", 8),
           ("L", "KEPADA YTH."), ("L", "KEPALA BKPSDM KABUPATEN PASURUAN"), ("L", "DI BANGIL"), ("GAP", 8),
           ("L", "PERIHAL : PENGADUAN PERSYARATAN LEGALISIR"), ("GAP", 6),
           ("L", "DENGAN HORMAT,"), ("GAP", 2),
           ("LAB", [("NAMA", L["name"]), ("ALAMAT", L["address"]), ("NO. HP", "0815 5903 2217")], (8, 30, 34)),
           ("GAP", 2),
           ("L", "1. PENGADUAN"), ("P", L["service_description"], {"ind": 5, "justify": False, "after": 3}),
           ("L", "2. KERUGIAN"), ("P", L["loss"], {"ind": 5, "justify": False, "after": 3}),
           ("L", "3. PERMINTAAN"), ("P", L["requested_resolution"], {"ind": 5, "justify": False, "after": 3}),
           ("P", "DEMIKIAN SURAT INI SAYA BUAT, ATAS PERHATIANNYA SAYA UCAPKAN TERIMA KASIH.", {"justify": False, "after": 8}),
           ("SIG", 118, dict(pre=["HORMAT SAYA,"], signed=True, name=L["name"], name_style="", seed=2020, sig_h=24))]
    page = render(200, "dmono", 10.5, [els], margins=(25, 25, 20, 25), lh=1.45, size=(215, 330))[0]
    im = paper_effects(page, 1020, angle=-1.7, paper=(235, 235, 233), noise=4.0, blur=0.9, light=0.07, light_dir=2.0, specks=90)
    write("scan/c20.jpg", jpeg_bytes(im, 68, 200))
    record("scan/c20.jpg", L, "F4/folio-size page (215 x 330 mm) at 200 dpi, ALL-CAPS monospace typing; counter gave requirements that differ from the published ones (pension legalisation named) -> sekretariat", "sekretariat")


# ====================================================================== hostile


def hostile():
    # h01: truncated JPEG (a real letter scan, cut after 35% of its bytes)
    L, page = c05_letter()
    im = paper_effects(page, 3001, angle=0.7, paper=(240, 240, 240), noise=3, blur=0.6, specks=30)
    data = jpeg_bytes(im, 75, 200)
    write("hostile/h01.jpg", data[: int(len(data) * 0.35)])
    TRUTH.append({"file": "hostile/h01.jpg", "category": "hostile_error", "expect_exit": 3, "fields": None, "missing": None,
                  "complete": None, "auto_reply": False, "division": None, "ocr": False,
                  "note": "JPEG scan truncated to 35% of its bytes (no EOI marker): unreadable, exit 3"})
    # h02: a blank sheet scanned (paper tone, dust, a fold line), readable but no letter
    blank = Image.new("RGB", (round(210 / 25.4 * 150), round(297 / 25.4 * 150)), (255, 255, 255))
    im = paper_effects(blank, 3002, angle=0.4, paper=(238, 238, 236), noise=0.8, blur=0.6, light=0.08, specks=60, fold=True)
    b = io.BytesIO(); im.save(b, "PNG", dpi=(150, 150), optimize=True)
    write("hostile/h02.png", b.getvalue())
    TRUTH.append({"file": "hostile/h02.png", "category": "hostile_ok", "expect_exit": 0, "fields": None, "missing": None,
                  "complete": None, "auto_reply": False, "division": None, "ocr": False,
                  "note": "scan of a blank sheet at 150 dpi (paper tone, dust, fold): readable image without text, must exit 0 with JSON, no crash"})
    # h03: pure noise image
    rng = np.random.default_rng(3003)
    noise_im = Image.fromarray(rng.integers(0, 256, (990, 700), dtype=np.uint8), "L")
    write("hostile/h03.jpg", jpeg_bytes(noise_im, 60, 85))
    TRUTH.append({"file": "hostile/h03.jpg", "category": "hostile_ok", "expect_exit": 0, "fields": None, "missing": None,
                  "complete": None, "auto_reply": False, "division": None, "ocr": False,
                  "note": "pure random noise image (700 x 990 px, 85 dpi): readable, must exit 0 with JSON, no crash"})
    # h04: a real letter scanned at 600 dpi (4961 x 7016 px, ~35 Mpx)
    L = Lt(name="Wiwik Handayani",
           address="Jl. Raya Grati No. 120, RT 01 RW 06, Desa Ranuklindungan, Kecamatan Grati, Kabupaten Pasuruan",
           service_description="Penilaian SKP tahun 2025 saya di aplikasi e-Kinerja tidak dapat diselesaikan karena pejabat penilai saya pensiun pada bulan Desember 2025 dan akunnya dinonaktifkan sebelum sempat memberikan penilaian. Permintaan saya agar pejabat penilai dialihkan kepada pelaksana tugas sudah saya sampaikan ke admin BKPSDM sejak Februari 2026, tetapi sampai sekarang status SKP saya masih \"belum dinilai\".",
           loss="Karena SKP tahun 2025 kosong, usulan kenaikan gaji berkala saya ditolak dan tambahan penghasilan saya dipotong 10 persen sejak Maret 2026.",
           requested_resolution="Saya mohon admin e-Kinerja BKPSDM segera mengalihkan pejabat penilai SKP tahun 2025 saya kepada pelaksana tugas kepala bidang agar penilaian dapat diselesaikan.",
           place="Grati", date="2026-09-03", phone="0857 4592 8830")
    els = [("R", "Grati, 3 September 2026"), ("GAP", 5)] + kepada() + [("GAP", 6),
           ("L", "Perihal: Pengaduan penilaian SKP tahun 2025", "b"), ("GAP", 4),
           ("L", "Dengan hormat,"), ("GAP", 1), ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("Jabatan", "Pengelola Keuangan, Kecamatan Grati"), ("Alamat", L["address"]), ("No. HP", "0857 4592 8830")], (6, 30, 33)),
           ("P", "menyampaikan pengaduan sebagai berikut:"),
           ("L", "1. Uraian pengaduan", "b"), ("P", L["service_description"], {"ind": 5}),
           ("L", "2. Kerugian", "b"), ("P", L["loss"], {"ind": 5}),
           ("L", "3. Penyelesaian yang diminta", "b"), ("P", L["requested_resolution"], {"ind": 5}),
           ("P", "Demikian pengaduan saya. Atas perhatian Bapak/Ibu, terima kasih.", {"after": 5}),
           ("SIG", 122, dict(pre=["Hormat saya,"], signed=True, name=L["name"], seed=4004))]
    page = render(600, "dserif", 11, [els], margins=(25, 22, 20, 18), lh=1.35)[0]
    im = paper_effects(page, 3004, angle=0.6, paper=(244, 244, 243), noise=1.2, blur=1.0, light=0.04, specks=40)
    write("hostile/h04.jpg", jpeg_bytes(im, 70, 600))
    record("hostile/h04.jpg", L, "large but legitimate scan: 600 dpi greyscale JPG (4961 x 7016 px, ~35 Mpx); letter scored like any scan", "kinerja", cat="hostile_ok")


if __name__ == "__main__":
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, hostile):
        fn()
        print("done", fn.__name__, flush=True)
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(TRUTH), "items")
