#!/usr/bin/env python3
"""Generate held-out set 15 (written blind): scanned and photographed complaint
letters as a regency complaints desk receives them -- phone photos (perspective,
finger, phone shadow, warm light, barrel blur, moire, upside down, sideways),
photocopies of photocopies, a fax, 150 dpi bilevel and 400 dpi greyscale scans,
typed-in complaint forms, two-page letters, stamps over signatures, blue
ballpoint and pencil signatures -- plus two hostile files, and truth.jsonl.
Deterministic (fixed seeds, fixed PDF dates).
Run: /work/main/.venv/bin/python make_heldout15.py   (needs pillow, numpy)."""
import base64, datetime, io, json, math, os, random, zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
REQ = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
TRUTH = []
FIXED = datetime.datetime(2026, 11, 16, 8, 30, 0)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "lserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf", "liberation/LiberationSerif-Italic.ttf"),
    "lsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf", "liberation/LiberationSans-Italic.ttf"),
    "lnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf", "liberation/LiberationSansNarrow-Italic.ttf"),
    "lmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf", "liberation/LiberationMono-Italic.ttf"),
    "dserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "dserifc": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf", "dejavu/DejaVuSerifCondensed-Italic.ttf"),
    "dsans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "dsansc": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf", "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "dmono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"),
}
_fc = {}


def font(fam, style, px):
    i = {"": 0, "b": 1, "i": 2, "bu": 1, "u": 0}[style]
    k = (fam, i, int(px))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FD + FONTS[fam][i], max(6, int(px)))
    return _fc[k]


def digits(s):
    return "".join(c for c in s if c.isdigit()) if s else None


# =========================================================================== page layout


class Page:
    """An A4 (or other) page at `dpi` with a typing cursor; sizes in mm."""

    def __init__(self, dpi, fam, pt, margins=(25, 20, 20, 20), lh=1.3, size=(210, 297), ink=(20, 20, 24)):
        self.dpi, self.fam, self.pt, self.ink, self.lhf = dpi, fam, pt, ink, lh
        self.W, self.H = round(size[0] / 25.4 * dpi), round(size[1] / 25.4 * dpi)
        self.img = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.ml, self.mt, self.mr, self.mb = margins
        self.y = self.px(self.mt)
        self.marks = {}

    def px(self, mm):
        return int(round(mm * self.dpi / 25.4))

    def f(self, style="", pt=None, fam=None):
        return font(fam or self.fam, style, (pt or self.pt) * self.dpi / 72)

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
            raise RuntimeError("page overflow at y=%d of %d" % (self.y, self.H))

    def text(self, x, y, s, style="", pt=None, fill=None, fam=None):
        f = self.f(style, pt, fam)
        self.d.text((x, y), s, font=f, fill=fill or self.ink)
        if "u" in style:
            w = f.getlength(s)
            uy = y + int(f.size * 1.1)
            self.d.line([(x, uy), (x + w, uy)], fill=fill or self.ink, width=max(1, self.dpi // 140))

    def wrap(self, s, maxw, style="", pt=None, first_shift=0, fam=None):
        f = self.f(style, pt, fam)
        lines, cur, limit = [], [], maxw - first_shift
        for w in s.split():
            t = " ".join(cur + [w])
            if cur and f.getlength(t) > limit:
                lines.append(cur)
                cur, limit = [w], maxw
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, x=None, x_end=None, first=0, justify=True, style="", pt=None, after=1.5, fam=None):
        x = self.x0 if x is None else x
        x_end = self.x1 if x_end is None else x_end
        f = self.f(style, pt, fam)
        fi = self.px(first)
        lines = self.wrap(s, x_end - x, style, pt, fi, fam)
        for i, words in enumerate(lines):
            lx = x + (fi if i == 0 else 0)
            if justify and i < len(lines) - 1 and len(words) > 1:
                ws = [f.getlength(w) for w in words]
                gap = (x_end - lx - sum(ws)) / (len(words) - 1)
                cx = lx
                for w, wl in zip(words, ws):
                    self.text(int(cx), self.y, w, style, pt, fam=fam)
                    cx += wl + gap
            else:
                self.text(lx, self.y, " ".join(words), style, pt, fam=fam)
            self.y += self.lh(pt)
            self.check()
        self.y += self.px(after)


def dotted(pg, x0, x1, y, step_mm=1.2, r=None):
    st = max(2, pg.px(step_mm))
    r = r or max(1, pg.dpi // 180)
    for x in range(int(x0), int(x1), st):
        pg.d.ellipse([x - r, y - r, x + r, y + r], fill=pg.ink)


def run(pg, els):
    for e in els:
        k = e[0]
        o = e[-1] if isinstance(e[-1], dict) else {}
        if k == "KOP":  # centred letterhead lines + rule(s)
            for i, s in enumerate(e[1]):
                st, pt = ("b", pg.pt + o.get("big", 3)) if i in o.get("bold", (0,)) else ("", pg.pt - 1)
                f = pg.f(st, pt)
                pg.text(int((pg.x0 + pg.x1 - f.getlength(s)) / 2) + pg.px(o.get("shift", 0)), pg.y, s, st, pt)
                pg.y += pg.lh(pt)
            pg.y += pg.px(1.2)
            pg.d.line([(pg.x0, pg.y), (pg.x1, pg.y)], fill=pg.ink, width=max(2, pg.dpi // 55))
            if o.get("double", True):
                pg.d.line([(pg.x0, pg.y + pg.px(0.9)), (pg.x1, pg.y + pg.px(0.9))], fill=pg.ink, width=max(1, pg.dpi // 220))
            pg.y += pg.px(5)
        elif k == "R":
            st = o.get("style", "")
            pg.text(int(pg.x1 - pg.f(st).getlength(e[1])), pg.y, e[1], st)
            pg.y += pg.lh()
        elif k == "C":
            st, pt = o.get("style", ""), o.get("pt")
            pg.text(int((pg.x0 + pg.x1 - pg.f(st, pt).getlength(e[1])) / 2), pg.y, e[1], st, pt)
            pg.y += pg.lh(pt)
        elif k == "AT":
            pg.text(pg.px(e[1]), pg.y, e[2], o.get("style", ""))
            pg.y += pg.lh()
        elif k == "L":
            pg.para(e[1], x=pg.x0 + pg.px(o.get("ind", 0)), justify=False, style=o.get("style", ""), after=o.get("after", 0))
        elif k == "P":
            pg.para(e[1], x=pg.x0 + pg.px(o.get("ind", 0)), first=o.get("first", 0), justify=o.get("justify", True),
                    style=o.get("style", ""), after=o.get("after", 1.5))
        elif k == "LAB":  # label : value list; xs = label, colon, value (mm from margin)
            xs = o.get("xs", (5, 38, 41))
            for lab, val in e[1]:
                y0 = pg.y
                pg.text(pg.x0 + pg.px(xs[0]), y0, lab)
                pg.text(pg.x0 + pg.px(xs[1]), y0, ":")
                pg.para(val, x=pg.x0 + pg.px(xs[2]), justify=False, after=o.get("row_after", 0.3))
            pg.y += pg.px(o.get("after", 1.5))
        elif k == "TAB":  # ruled table
            rows, widths = e[1], e[2]
            pt = o.get("pt", pg.pt - 0.5)
            pad = pg.px(1.3)
            lw = max(1, pg.dpi // 120)
            colx = [pg.x0 + pg.px(o.get("ind", 0))]
            for w in widths:
                colx.append(colx[-1] + pg.px(w))
            pg.d.line([(colx[0], pg.y), (colx[-1], pg.y)], fill=pg.ink, width=lw)
            for ri, row in enumerate(rows):
                st = "b" if (ri == 0 and o.get("head")) else ""
                wr = [pg.wrap(c, colx[i + 1] - colx[i] - 2 * pad, st, pt) for i, c in enumerate(row)]
                n = max(1, max(len(w) for w in wr))
                y0 = pg.y
                for i, wl in enumerate(wr):
                    for j, words in enumerate(wl):
                        pg.text(colx[i] + pad, y0 + pad + j * pg.lh(pt), " ".join(words), st, pt)
                pg.y = y0 + 2 * pad + n * pg.lh(pt)
                pg.d.line([(colx[0], pg.y), (colx[-1], pg.y)], fill=pg.ink, width=lw)
                for cx in colx:
                    pg.d.line([(cx, y0), (cx, pg.y)], fill=pg.ink, width=lw)
                pg.check()
            pg.y += pg.px(o.get("after", 3))
        elif k == "FIELD":  # form field: label, colon, typed value on dotted lines (None = left blank)
            lab, val, nlines = e[1], e[2], e[3]
            xs = o.get("xs", (0, 45, 48))
            fam = o.get("fam")
            y0 = pg.y
            pg.para(lab, x=pg.x0 + pg.px(xs[0]), x_end=pg.x0 + pg.px(xs[1] - 1.5), justify=False, after=0,
                    style=o.get("lstyle", ""))
            lab_end = pg.y
            pg.y = y0
            pg.text(pg.x0 + pg.px(xs[1]), y0, ":")
            vx = pg.x0 + pg.px(xs[2])
            wr = pg.wrap(val, pg.x1 - vx, "", None, 0, fam) if val else []
            dy = pg.px(o.get("dy", 0))
            for i in range(max(nlines, len(wr))):
                base = pg.y + int(pg.lh() * 0.86)
                if i < len(wr):
                    pg.text(vx + pg.px(o.get("dx", 0)), pg.y + dy, " ".join(wr[i]), fam=fam, fill=o.get("vink"))
                dotted(pg, vx, pg.x1, base)
                pg.y += int(pg.lh() * o.get("row", 1.18))
            pg.y = max(pg.y, lab_end) + pg.px(o.get("after", 1.2))
            pg.check()
        elif k == "BOXFORM":  # boxed form: rows of (label, value or None, min lines)
            rows = e[1]
            lw = max(1, pg.dpi // 110)
            xl, xm, xr = pg.x0, pg.x0 + pg.px(o.get("lw", 38)), pg.x1
            pad = pg.px(1.6)
            fam = o.get("fam")
            pg.d.line([(xl, pg.y), (xr, pg.y)], fill=pg.ink, width=lw)
            for lab, val, mn in rows:
                y0 = pg.y
                lw_lines = pg.wrap(lab, xm - xl - 2 * pad, "b")
                vw = pg.wrap(val, xr - xm - 2 * pad, "", None, 0, fam) if val else []
                n = max(mn, len(vw), len(lw_lines))
                for j, words in enumerate(lw_lines):
                    pg.text(xl + pad, y0 + pad + j * pg.lh(), " ".join(words), "b")
                for j in range(n):
                    yy = y0 + pad + j * pg.lh()
                    if j < len(vw):
                        pg.text(xm + pad + pg.px(o.get("dx", 0)), yy + pg.px(o.get("dy", 0)), " ".join(vw[j]), fam=fam,
                                fill=o.get("vink"))
                    elif not val:
                        dotted(pg, xm + pad, xr - pad, yy + int(pg.lh() * 0.8))
                pg.y = y0 + 2 * pad + n * pg.lh()
                pg.d.line([(xl, pg.y), (xr, pg.y)], fill=pg.ink, width=lw)
                for cx in (xl, xm, xr):
                    pg.d.line([(cx, y0), (cx, pg.y)], fill=pg.ink, width=lw)
                pg.check()
            pg.y += pg.px(o.get("after", 3))
        elif k == "GAP":
            pg.y += pg.px(e[1])
        elif k == "HR":
            pg.d.line([(pg.x0, pg.y), (pg.x1, pg.y)], fill=pg.ink, width=max(1, pg.dpi // 150))
            pg.y += pg.px(2.5)
        elif k == "SIG":  # closing block at x mm; o: pre, post, name, name_style, space, ink/pencil, seed, stamp
            x = pg.px(e[1])
            for s in o.get("pre", []):
                pg.text(x, pg.y, s)
                pg.y += pg.lh()
            top = pg.y
            sp = o.get("space", 22)
            pg.marks["sig_top"] = top
            pg.marks["sig_x"] = x
            sig = o.get("sign")
            if sig:
                sign(pg.img, pg.dpi, x + pg.px(o.get("sig_dx", 2)), top - pg.px(1), pg.px(o.get("sig_w", 46)),
                     pg.px(sp + 1), o.get("seed", 1), sig)
            pg.y = top + pg.px(sp)
            nm, st = o["name"], o.get("name_style", "bu")
            nf, nink = o.get("name_fam"), o.get("name_ink")
            if st == "paren":
                pg.text(x - pg.px(2), pg.y, "( " + nm + " )", fam=nf, fill=nink)
            else:
                pg.text(x, pg.y, nm, st, fam=nf, fill=nink)
            pg.marks["name_y"] = pg.y
            pg.y += pg.lh()
            for s in o.get("post", []):
                pg.text(x, pg.y, s)
                pg.y += pg.lh()
            if o.get("stamp"):
                st_ = o["stamp"]
                round_stamp(pg.img, pg.dpi, x + pg.px(st_.get("dx", -14)), top + pg.px(st_.get("dy", -4)), st_)
        elif k == "FOOT":
            pt = pg.pt - 2
            w = pg.f("", pt).getlength(e[1])
            pg.text(int((pg.x0 + pg.x1 - w) / 2), pg.H - pg.px(o.get("from_bottom", 12)), e[1], "", pt)
        elif k == "MARK":
            pg.marks[e[1]] = pg.y
        else:
            raise ValueError(k)
        pg.check()
    return pg


def render(dpi, fam, pt, pages, margins=(25, 20, 20, 20), lh=1.3, size=(210, 297), ink=(20, 20, 24)):
    out = []
    for els in pages:
        pg = Page(dpi, fam, pt, margins, lh, size, ink)
        run(pg, els)
        out.append(pg)
    return out


# =========================================================================== ink: signatures, stamps


def catmull(pts, n=10):
    out = []
    P = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for j in range(n):
            t = j / n
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in (0, 1)))
    out.append(pts[-1])
    return out


GLYPHS = {  # cursive letter skeletons: (x, y) in x-height units, y up, baseline 0
    "e": [(0, 0.1), (0.55, 0.45), (0.35, 0.9), (0.05, 0.55), (0.25, 0.02), (0.75, 0.12)],
    "l": [(0, 0.1), (0.45, 1.5), (0.35, 2.0), (0.1, 1.6), (0.25, 0.02), (0.7, 0.15)],
    "n": [(0, 0.05), (0.12, 0.85), (0.28, 0.9), (0.33, 0.02), (0.45, 0.8), (0.7, 0.85), (0.78, 0.02), (0.95, 0.15)],
    "u": [(0, 0.85), (0.08, 0.08), (0.35, 0.05), (0.5, 0.85), (0.52, 0.08), (0.75, 0.1)],
    "o": [(0.55, 0.85), (0.15, 0.75), (0.1, 0.1), (0.5, 0.1), (0.6, 0.8), (0.4, 0.9), (0.85, 0.75)],
    "g": [(0.6, 0.85), (0.2, 0.75), (0.2, 0.25), (0.6, 0.35), (0.62, 0.85), (0.55, -0.75), (0.2, -0.95), (0.1, -0.55), (0.8, 0.1)],
    "a": [(0.6, 0.8), (0.2, 0.8), (0.05, 0.2), (0.45, 0.1), (0.62, 0.85), (0.6, 0.1), (0.85, 0.12)],
    "i": [(0, 0.05), (0.18, 0.85), (0.22, 0.05), (0.45, 0.12)],
}
CAPS = [  # capital-letter skeletons (taller loops)
    [(0.3, 0.0), (0.35, 2.3), (0.1, 2.0), (0.9, 2.4), (1.1, 1.7), (0.35, 1.2), (1.2, 0.8), (1.0, 0.1), (0.2, 0.15), (1.3, 0.3)],
    [(0.0, 0.2), (0.4, 2.3), (0.55, 0.1), (0.85, 2.2), (1.0, 0.05), (1.25, 0.3)],
    [(1.2, 2.0), (0.7, 2.4), (0.15, 1.6), (0.2, 0.3), (0.8, 0.05), (1.3, 0.5)],
    [(0.2, 2.2), (0.25, 0.0), (0.05, 0.3), (0.6, 1.4), (1.1, 2.3), (0.5, 1.2), (1.2, 0.05), (1.4, 0.2)],
]


def sign(img, dpi, x, y, w, h, seed, kind):
    """Handwritten signature: a cursive capital and a run of joined letter
    skeletons (random choice, slant, jitter) through a Catmull-Rom spline, a pen
    lift and second name part, a closing swash; ink, ballpoint skips or pencil grain.
    kind: dict(ink=(r,g,b), pencil=bool, weight=float, strength=float)."""
    r = random.Random(seed)
    ink = kind.get("ink", (25, 30, 70))
    pencil = kind.get("pencil", False)
    layer = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(layer)
    lw = max(2, int(dpi / r.uniform(62, 80) * kind.get("weight", 1.0)))
    xh = h * r.uniform(0.2, 0.26)          # x-height in px
    base = y + h * r.uniform(0.62, 0.7)
    slant = r.uniform(0.15, 0.45)
    rise = r.uniform(-0.12, 0.02)           # baseline drifts up to the right
    strokes = []
    cx = x + w * 0.02
    for part in range(r.choice((1, 2, 2))):
        pts = []
        cap = r.choice(CAPS)
        cw = xh * r.uniform(0.9, 1.2)
        for gx, gy in cap:
            pts.append((cx + gx * cw, gy))
        cx += 1.25 * cw
        for _ in range(r.randint(3, 6) if part == 0 else r.randint(2, 5)):
            g = GLYPHS[r.choice("eelnnuoaig")]
            gw = xh * r.uniform(0.75, 1.1)
            for gx, gy in g[1:]:
                pts.append((cx + gx * gw + r.uniform(-0.06, 0.06) * xh, gy * r.uniform(0.85, 1.15)))
            cx += g[-1][0] * gw + xh * 0.08
        strokes.append(pts)
        cx += xh * r.uniform(0.5, 0.9)
        if cx > x + w * 0.95:
            break
    scale = min(1.0, (w * 0.98) / max(1.0, cx - x))
    out = []
    for pts in strokes:
        q = []
        for px_, gy in pts:
            px_ = x + (px_ - x) * scale
            yy = base - gy * xh + rise * (px_ - x)
            q.append((px_ + slant * gy * xh, yy))
        out.append(q)
    end = out[-1][-1]
    kindsw = r.randint(0, 2)
    if kindsw == 0:  # underline swash back to the left
        out.append([end, (end[0] + xh * 0.5, base + xh * 0.6), (x + w * 0.45, base + xh * 0.9), (x - xh * 0.2, base + xh * 0.55)])
    elif kindsw == 1:  # rising tail
        out.append([end, (end[0] + xh * 0.7, end[1] - xh * 0.3), (end[0] + xh * 1.4, end[1] - xh * 1.4)])
    else:  # two quick strokes through the signature
        out.append([(x + w * 0.1, base + xh * 0.2), (x + w * 0.5, base - xh * 0.1), (x + w * 0.85, base - xh * 0.35)])
    if r.random() < 0.5:
        dx = x + w * r.uniform(0.3, 0.6)
        d.ellipse([dx - lw, base - 1.4 * xh - lw, dx + lw, base - 1.4 * xh + lw], fill=255)
    for st in out:
        d.line(catmull(st, 10), fill=255, width=lw, joint="curve")
    a = np.asarray(layer).astype(np.float32) / 255
    a = np.asarray(Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5 * dpi / 200))).astype(np.float32) / 255
    rng = np.random.default_rng(seed)
    if pencil:
        grain = rng.random(a.shape).astype(np.float32)
        a = a * np.clip(0.25 + 0.75 * grain, 0, 1) * kind.get("strength", 0.55)
    else:
        # ballpoint: slight skips where pressure drops
        lo = rng.random((a.shape[0] // 24 + 2, a.shape[1] // 24 + 2)).astype(np.float32)
        lo = np.asarray(Image.fromarray((lo * 255).astype(np.uint8)).resize((a.shape[1], a.shape[0]), Image.BILINEAR)).astype(np.float32) / 255
        a = a * np.clip(0.55 + lo * 0.7, 0, 1) * kind.get("strength", 0.95)
    base_arr = np.asarray(img).astype(np.float32)
    col = np.array(ink, np.float32)
    out = base_arr * (1 - a[..., None]) + col * a[..., None]
    img.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)))


def round_stamp(img, dpi, x, y, o):
    """A round rubber stamp (cap) with text along the rim, multiplied onto the page."""
    s = dpi / 300
    D = int(o.get("d_mm", 38) * dpi / 25.4)
    layer = Image.new("L", (D + 8, D + 8), 0)
    d = ImageDraw.Draw(layer)
    c = (D + 8) / 2
    R = D / 2
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=max(2, int(7 * s)))
    d.ellipse([c - R * 0.70, c - R * 0.70, c + R * 0.70, c + R * 0.70], outline=255, width=max(1, int(3 * s)))
    f = font("dsansc", "b", 27 * s * o.get("fs", 1.0))

    def arc(text, top=True):
        n = len(text)
        span = o.get("span", 250) if top else o.get("span2", 120)
        rad = R * 0.84
        for i, ch in enumerate(text):
            if top:
                ang = -90 - span / 2 + span * (i + 0.5) / n
            else:
                ang = 90 + span / 2 - span * (i + 0.5) / n
            a = math.radians(ang)
            gx, gy = c + rad * math.cos(a), c + rad * math.sin(a)
            g = Image.new("L", (int(f.size * 1.6), int(f.size * 1.6)), 0)
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
            rot = -(ang + 90) if top else -(ang - 90)
            g = g.rotate(rot, resample=Image.BICUBIC)
            layer.paste(255, (int(gx - g.width / 2), int(gy - g.height / 2)), g)

    arc(o["top"], True)
    if o.get("bottom"):
        arc(o["bottom"], False)
    fc = font("dsansc", "b", 24 * s)
    lines = o.get("centre", [])
    for i, ln in enumerate(lines):
        yy = c + (i - (len(lines) - 1) / 2) * fc.size * 1.25
        d.text((c, yy), ln, font=fc, fill=255, anchor="mm")
    d.regular_polygon((c, c - R * 0.5, R * 0.07), 5, fill=255) if o.get("star") else None
    rng = np.random.default_rng(o.get("seed", 5))
    a = np.asarray(layer).astype(np.float32) / 255
    h, w = a.shape
    patch = rng.random((h // 10 + 2, w // 10 + 2)).astype(np.float32)
    patch = np.asarray(Image.fromarray((patch * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)).astype(np.float32) / 255
    fine = rng.random((h, w)).astype(np.float32)
    a = a * np.clip(0.3 + patch * 0.9, 0, 1) * np.clip(0.55 + fine * 0.6, 0, 1)
    lay = Image.fromarray((a * 255).astype(np.uint8)).rotate(o.get("angle", 12), resample=Image.BICUBIC, expand=True)
    lay = lay.filter(ImageFilter.GaussianBlur(0.6 * s))
    reg = img.crop((x, y, x + lay.width, y + lay.height))
    b = np.asarray(reg).astype(np.float32)
    al = np.asarray(lay).astype(np.float32)[..., None] / 255 * o.get("strength", 0.85)
    col = np.array(o.get("ink", (88, 62, 165)), np.float32)
    out = b * (1 - al) + (b * col / 255) * al
    img.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x, y))


# =========================================================================== degradations


def paper(img, seed, tone=(244, 242, 237), light=0.05, light_dir=0.3, fibre=0.018):
    """Paper tone, fibre texture and uneven light, multiplied under the ink (no geometry)."""
    rng = np.random.default_rng(seed)
    a = np.asarray(img).astype(np.float32) / 255
    H, W = a.shape[:2]
    lo = rng.normal(0, 1, (H // 14 + 2, W // 14 + 2)).astype(np.float32)
    lo = np.asarray(Image.fromarray((lo * 30 + 128).clip(0, 255).astype(np.uint8)).resize((W, H), Image.BICUBIC)).astype(np.float32)
    tex = 1 + (lo - 128) / 128 * fibre
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    g = 1 - light * ((xx / W) * math.cos(light_dir) + (yy / H) * math.sin(light_dir))
    base = np.array(tone, np.float32)[None, None, :] * (tex * g)[..., None]
    return Image.fromarray((a * base).clip(0, 255).astype(np.uint8))


def scanner(img, seed, angle=0.0, blur=0.6, noise=2.5, specks=40, mode="L", fill=None, shift=(0, 0)):
    """Flatbed scan: rotation (the page lies skewed on the glass), optics blur, sensor noise, dust."""
    rng = np.random.default_rng(seed)
    im = img
    if angle or shift != (0, 0):
        fc = fill or tuple(int(v) for v in np.asarray(img)[5, 5][:3])
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fc, translate=shift)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im).astype(np.float32)
    H, W = arr.shape[:2]
    if noise:
        nz = rng.normal(0, noise, (H, W))
        arr = arr + (nz[..., None] if arr.ndim == 3 else nz)
    for _ in range(specks):
        sx, sy = int(rng.integers(0, W)), int(rng.integers(0, H))
        rr = int(rng.integers(1, 2 + W // 1400))
        arr[max(0, sy - rr):sy + rr, max(0, sx - rr):sx + rr] = float(rng.uniform(50, 140))
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return im.convert("L") if mode == "L" else im


def photocopy(img, seed, gens=2, fade=0.0, streaks=(), band=(), speckle=0.012, tone_curve=(70, 205), angle=(0.5, -0.4)):
    """Photocopy of a photocopy (greyscale out). Each generation: contrast curve
    (copier boosts darks, drops light greys), slight skew + shift, grey toner
    speckle, a dark band where the copier lid did not cover the platen edge.
    Then drum streaks (thin vertical lines) and faded toner."""
    rng = np.random.default_rng(seed)
    im = img.convert("L")
    H, W = im.size[1], im.size[0]
    lo, hi = tone_curve
    for gidx in range(gens):
        a = np.asarray(im).astype(np.float32)
        a = np.clip((a - lo) / (hi - lo), 0, 1) * 255
        im = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        ang = angle[gidx % len(angle)]
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255, translate=(int(rng.integers(-12, 12)), int(rng.integers(-10, 10))))
        a = np.asarray(im).astype(np.float32)
        # grey speckle (toner dust) in the background
        sp = rng.random((H, W)) < speckle
        a[sp] = np.minimum(a[sp], rng.uniform(90, 190, int(sp.sum())))
        # clusters of speckle
        for _ in range(int(220 * speckle / 0.01)):
            cx, cy = int(rng.integers(0, W)), int(rng.integers(0, H))
            rr = int(rng.integers(1, 3))
            a[max(0, cy - rr):cy + rr, max(0, cx - rr):cx + rr] *= rng.uniform(0.35, 0.75)
        im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    a = np.asarray(im).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    for side, width, dark in band:  # copier-lid bands: (side, px, darkness)
        if side == "left":
            dist = xx
        elif side == "right":
            dist = W - 1 - xx
        elif side == "top":
            dist = yy
        else:
            dist = H - 1 - yy
        m = dist < width + rng.normal(0, 2.5, (H, W))
        edge = np.clip((width - dist) / 12.0, 0, 1)
        tone = dark + rng.normal(0, 9, (H, W))
        a = np.where(m, np.minimum(a, tone + (1 - edge) * 60), a)
    for x, wpx, val in streaks:  # vertical toner streaks / drum scratches
        wob = (np.sin(yy[:, 0] / 180.0) * 1.5).astype(int)
        for yi in range(H):
            x0 = x + wob[yi]
            a[yi, max(0, x0):x0 + wpx] = np.minimum(a[yi, max(0, x0):x0 + wpx], val + rng.normal(0, 10))
    if fade:  # faded toner: dark strokes lightened and broken, more on one side
        side = np.clip(xx / W, 0, 1) * 0.6 + 0.4
        ink = a < 160
        lift = fade * side * (0.6 + 0.8 * rng.random((H, W)))
        a = np.where(ink, a + (235 - a) * np.clip(lift, 0, 0.92), a)
    a = a + rng.normal(0, 3.0, (H, W))
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def homography(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float))


def bilinear(src, u, v):
    H, W = src.shape[:2]
    u = np.clip(u, 0, W - 1.001)
    v = np.clip(v, 0, H - 1.001)
    x0 = u.astype(np.int32)
    y0 = v.astype(np.int32)
    fx = (u - x0)[..., None]
    fy = (v - y0)[..., None]
    a = src[y0, x0]
    b = src[y0, x0 + 1]
    c = src[y0 + 1, x0]
    d = src[y0 + 1, x0 + 1]
    return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy


def wood(W, H, rng, col=(128, 88, 56)):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    g = np.sin(yy / 19.0 + 2.5 * np.sin(xx / 230.0) + 0.8 * np.sin(yy / 300.0)) * 0.5 + np.sin(yy / 5.7 + xx / 900.0) * 0.22
    g += rng.normal(0, 0.12, (H, W))
    return np.stack([col[0] + 16 * g, col[1] + 11 * g, col[2] + 8 * g], -1)


def bedsheet(W, H, rng, base=(196, 205, 226), flower=(214, 120, 140), leaf=(120, 160, 118)):
    """Printed cotton bed sheet: a flower print on a pastel ground, with soft wrinkles."""
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    out = np.ones((H, W, 3), np.float32) * np.array(base, np.float32)
    P = 210.0
    for ox, oy in ((0, 0), (P / 2, P / 2)):
        gx = ((xx + ox) % P) - P / 2
        gy = ((yy + oy) % P) - P / 2
        rr = np.sqrt(gx ** 2 + gy ** 2)
        th = np.arctan2(gy, gx)
        petal = rr < (34 + 16 * np.cos(5 * th))
        out[petal] = np.array(flower, np.float32)
        out[rr < 9] = np.array((236, 214, 120), np.float32)
        lx, ly = gx - 46, gy + 30
        leafm = (lx / 26) ** 2 + (ly / 10) ** 2 < 1
        out[leafm] = np.array(leaf, np.float32)
    lo = rng.normal(0, 1, (H // 90 + 3, W // 90 + 3)).astype(np.float32)
    lo = np.asarray(Image.fromarray(((lo * 40) + 128).clip(0, 255).astype(np.uint8)).resize((W, H), Image.BICUBIC)).astype(np.float32)
    wr = 1 + (lo - 128) / 128 * 0.12
    for k in range(5):  # fold creases
        a = rng.uniform(0, math.pi)
        c = rng.uniform(0, W)
        dist = (xx - c) * math.cos(a) + (yy - rng.uniform(0, H)) * math.sin(a)
        wr = wr * (1 - 0.16 * np.exp(-(dist / rng.uniform(12, 30)) ** 2) + 0.08 * np.exp(-((dist - 40) / 30) ** 2))
    weave = 1 + 0.03 * np.sin(xx * 1.9) * np.sin(yy * 1.7)
    return out * (wr * weave)[..., None]


def phone_photo(page_img, seed, frame=(2000, 2670), quad=None, bg="wood", warm=(1.06, 0.95, 0.74), light=(0.25, 0.2),
                barrel=0.035, edge_blur=2.2, wave=0.0, finger=None, phone_shadow=None, moire=0.0, noise=3.0, rot=0):
    """A phone photograph of a page: the page (any size) is mapped into `quad` of the
    frame (strong perspective if the quad is a trapezoid), optional waviness (paper on
    a soft bed), barrel distortion, lens blur growing towards the edges, warm
    tungsten light with a hot spot, cast shadows (phone, finger), moire, sensor noise
    plus the phone's smoothing.  rot = 0/90/180/270 turns the stored image."""
    rng = np.random.default_rng(seed)
    W, H = frame
    src = np.asarray(page_img.convert("RGB")).astype(np.float32)
    ph, pw = src.shape[:2]
    if bg == "wood":
        back = wood(W, H, rng)
    else:
        back = bedsheet(W, H, rng)
    hc = homography(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # barrel: output pixel sees the ideal image at a radius scaled by (1 + k r^2)
    nx, ny = (xx - W / 2) / (W / 2), (yy - H / 2) / (W / 2)
    r2 = nx * nx + ny * ny
    sc = 1 + barrel * r2
    ix, iy = W / 2 + nx * sc * (W / 2), H / 2 + ny * sc * (W / 2)
    den = hc[6] * ix + hc[7] * iy + 1
    u = (hc[0] * ix + hc[1] * iy + hc[2]) / den
    v = (hc[3] * ix + hc[4] * iy + hc[5]) / den
    if wave:
        u = u + wave * pw * 0.004 * np.sin(v / ph * 2 * math.pi * 1.3 + 0.7)
        v = v + wave * ph * 0.003 * np.sin(u / pw * 2 * math.pi * 0.9 + 1.9)
    inside = (u >= 0) & (u <= pw - 1) & (v >= 0) & (v <= ph - 1)
    samp = bilinear(src, u, v)
    m = inside.astype(np.float32)
    m = np.asarray(Image.fromarray((m * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))).astype(np.float32)[..., None] / 255
    # the page's own soft shadow on the background
    sh = np.asarray(Image.fromarray((inside * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(28))).astype(np.float32) / 255
    sh = np.roll(np.roll(sh, 24, 0), 18, 1)
    back = back * (1 - 0.5 * sh[..., None])
    out = back * (1 - m) + samp * m
    # indoor light: hot spot + falloff, warm white balance
    lx, ly = light
    lum = 0.74 + 0.34 * np.exp(-(((xx / W - lx) ** 2) + ((yy / H - ly) ** 2)) / 0.28)
    out = out * lum[..., None] * np.array(warm, np.float32)[None, None, :]
    if phone_shadow:  # polygon in frame coords, soft
        lay = Image.new("L", (W, H), 0)
        ImageDraw.Draw(lay).polygon(phone_shadow["poly"], fill=255)
        lay = lay.filter(ImageFilter.GaussianBlur(phone_shadow.get("soft", 40)))
        s = np.asarray(lay).astype(np.float32)[..., None] / 255
        out = out * (1 - phone_shadow.get("depth", 0.45) * s)
    if moire:
        t = 2 * math.pi * (xx * 0.0117 + yy * 0.0043 + (xx * yy) * 2.1e-6)
        t2 = 2 * math.pi * (xx * 0.0061 - yy * 0.0094)
        mo = np.sin(t) * 0.6 + np.sin(t2) * 0.4
        out = out + moire * np.stack([mo, -0.4 * mo, -mo], -1)
    if finger:  # an out-of-focus fingertip entering the frame over a page corner
        fx, fy, fw, fh, fang = finger
        lay = Image.new("L", (W, H), 0)
        fl = Image.new("L", (int(fw * 2.2), int(fh * 2.2)), 0)
        ImageDraw.Draw(fl).ellipse([fw * 0.6, fh * 0.6, fw * 1.6, fh * 1.6 + fh * 2], fill=255)
        fl = fl.rotate(fang, resample=Image.BICUBIC, expand=True)
        lay.paste(fl, (int(fx - fl.width / 2), int(fy - fl.height / 2)))
        lay = lay.filter(ImageFilter.GaussianBlur(fw * 0.12))
        fm = np.asarray(lay).astype(np.float32)[..., None] / 255
        # skin with a shading gradient across the finger
        shade = 0.75 + 0.35 * np.clip(1 - np.sqrt(((xx - fx) / (fw * 1.1)) ** 2 + ((yy - fy) / (fh * 1.4)) ** 2), 0, 1)
        skin = np.array((214, 158, 128), np.float32)[None, None, :] * shade[..., None]
        out = out * (1 - fm) + skin * fm
        # its shadow beside it
        sh2 = np.roll(np.roll(np.asarray(lay.filter(ImageFilter.GaussianBlur(fw * 0.3))).astype(np.float32) / 255, -int(fw * 0.25), 1), -int(fh * 0.1), 0)
        out = out * (1 - 0.35 * sh2[..., None] * (1 - fm))
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    if edge_blur:
        bl = np.asarray(im.filter(ImageFilter.GaussianBlur(edge_blur))).astype(np.float32)
        sh_ = np.asarray(im.filter(ImageFilter.GaussianBlur(0.6))).astype(np.float32)
        wgt = np.clip((np.sqrt(r2) - 0.5) / 0.6, 0, 1)[..., None] ** 1.4
        arr = sh_ * (1 - wgt) + bl * wgt
    else:
        arr = np.asarray(im.filter(ImageFilter.GaussianBlur(0.6))).astype(np.float32)
    lumn = arr.mean(axis=2, keepdims=True)
    arr = arr + rng.normal(0, noise, arr.shape[:2])[..., None] * (1.6 - lumn / 255)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.SMOOTH)
    if rot:
        im = im.transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rot])
    return im


def fax(img, seed, header, dpi):
    """Fax output: bilevel, a transmit header line across the top, dropped and
    smeared scan lines, jagged edges."""
    rng = np.random.default_rng(seed)
    im = img.convert("L").filter(ImageFilter.GaussianBlur(0.8))
    d = ImageDraw.Draw(im)
    f = font("dmono", "", 8.5 * dpi / 72)
    d.text((int(6 * dpi / 25.4), int(3.5 * dpi / 25.4)), header, font=f, fill=0)
    a = np.asarray(im).astype(np.float32)
    H, W = a.shape
    a = a + rng.normal(0, 18, (H, W))
    thr = 150 + 25 * np.sin(np.arange(W)[None, :] / 310.0)
    b = (a > thr).astype(np.uint8) * 255
    for _ in range(9):  # line dropouts: a run of rows repeats the row above
        y0 = int(rng.integers(int(0.1 * H), H - 10))
        n = int(rng.integers(1, 4))
        b[y0:y0 + n] = b[y0 - 1]
    for _ in range(3):  # thin black streak where the sensor glitched
        y0 = int(rng.integers(int(0.2 * H), H - 10))
        x0 = int(rng.integers(0, W // 2))
        b[y0, x0:x0 + int(rng.integers(W // 6, W // 2))] = 0
    sp = rng.random((H, W)) < 0.0009
    b[sp] = 0
    return Image.fromarray(b).convert("1")


# =========================================================================== output helpers


def write(rel, data):
    p = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data)


def jpeg(im, q, dpi=None, subsampling=None):
    b = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    if subsampling is not None:
        kw["subsampling"] = subsampling
    im.save(b, "JPEG", quality=q, optimize=True, **kw)
    return b.getvalue()


def pdf(pages, dpi, q, producer, creator=None):
    b = io.BytesIO()
    kw = {} if pages[0].mode == "1" else {"quality": q}
    pages[0].save(b, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], producer=producer, **kw,
                  creator=creator or producer, title="", author="",
                  creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())
    return b.getvalue()


def Lt(**k):
    k.setdefault("signed", True)
    for x in ("email", "nik", "phone", "loss", "requested_resolution", "address", "place", "date", "name",
              "service_description"):
        k.setdefault(x, None)
    return k


def record(rel, L, note, division, email=None, cat="scan", ocr=True):
    f = {k: L.get(k) for k in ["name", "address", "service_description", "loss", "requested_resolution", "place", "date"]}
    f["signed"] = bool(L.get("signed"))
    f["email"] = email if email is not None else L.get("email")
    f["phone"] = digits(L.get("phone"))
    f["nik"] = L.get("nik")
    missing = [k for k in REQ if (f[k] is None if k != "signed" else not f[k])]
    TRUTH.append({"file": rel, "category": cat, "expect_exit": 0, "fields": f, "missing": missing,
                  "complete": not missing, "auto_reply": False, "division": division, "ocr": ocr, "note": note})


KEPADA = [("L", "Kepada"), ("L", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("L", "di -"), ("L", "Bangil", {"ind": 9})]


# =========================================================================== the letters


def p01():
    """Retiree; phone photo on a wooden table, strong perspective from the left,
    a fingertip over the bottom-left corner, warm indoor light."""
    L = Lt(name="Drs. Kasiman Hadi Susilo",
           address="Jl. Mawar Nomor 7, RT 003 RW 001, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Saya pensiun sebagai guru pada SMPN 2 Bangil terhitung mulai 1 Agustus 2026. Dalam SK pensiun yang diterbitkan BKPSDM, pangkat terakhir saya tertulis Penata Tingkat I golongan III/d, padahal sejak 1 April 2024 saya sudah berpangkat Pembina golongan IV/a berdasarkan SK kenaikan pangkat yang salinannya saya lampirkan. Kesalahan ini sudah saya sampaikan secara tertulis ke BKPSDM pada 15 September 2026, tetapi sampai sekarang belum ada perbaikan.",
           loss="Pensiun pokok yang dibayarkan PT Taspen kepada saya dihitung dari golongan III/d, sehingga setiap bulan saya menerima sekitar Rp 412.000 lebih kecil dari yang seharusnya, dan tabungan hari tua saya juga dihitung lebih rendah.",
           requested_resolution="Saya mohon BKPSDM segera menerbitkan ralat SK pensiun dengan pangkat Pembina golongan IV/a dan mengirimkan ralat tersebut ke PT Taspen agar kekurangan pembayaran pensiun saya dapat dibayarkan.",
           place="Bangil", date="2026-11-02", phone="0812-3344-7015", nik="3514090712600004")
    els = [("R", "Bangil, 2 Nopember 2026"), ("GAP", 5),
           ("LAB", [("Hal", "Pengaduan kesalahan pangkat dalam SK pensiun"), ("Lamp.", "2 (dua) lembar")], {"xs": (0, 16, 19)}),
           ("GAP", 3)] + KEPADA + [("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1), ("L", "Saya yang bertanda tangan di bawah ini:"), ("GAP", 1),
           ("LAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("Pekerjaan", "Pensiunan PNS (guru SMPN 2 Bangil)"),
                    ("Alamat", L["address"]), ("No. Telp.", L["phone"])], {"xs": (6, 32, 35)}),
           ("P", "dengan ini mengajukan pengaduan atas layanan penerbitan SK pensiun sebagai berikut."),
           ("L", "A. Uraian Pengaduan", {"style": "b"}), ("P", L["service_description"], {"ind": 5}),
           ("L", "B. Kerugian", {"style": "b"}), ("P", L["loss"], {"ind": 5}),
           ("L", "C. Permohonan", {"style": "b"}), ("P", L["requested_resolution"], {"ind": 5}),
           ("P", "Demikian surat pengaduan ini saya sampaikan, atas perhatian Bapak saya ucapkan terima kasih.", {"after": 4}),
           ("SIG", 125, {"pre": ["Hormat saya,"], "sign": {"ink": (30, 34, 60)}, "name": L["name"], "seed": 1101, "space": 21})]
    pg = render(200, "lserif", 11.5, [els], margins=(24, 18, 20, 16), lh=1.24)[0]
    page = paper(pg.img, 11, tone=(246, 244, 238), light=0.03)
    im = phone_photo(page, 1101, frame=(2000, 2670), quad=[(150, 170), (1800, 440), (1835, 2265), (95, 2555)],
                     bg="wood", warm=(1.07, 0.94, 0.72), light=(0.3, 0.25), barrel=0.03, edge_blur=2.0,
                     finger=(235, 2575, 300, 420, -24), noise=3.2)
    write("scan/p01.jpg", jpeg(im, 78))
    record("scan/p01.jpg", L, "phone photo (JPG 2000x2670) of the letter on a wooden table, taken from the left side: strong perspective (far edge ~75 % of the near edge), a fingertip over the bottom-left corner, warm tungsten light; retiree, wrong rank in the pension decree; label list with NIK; 'Nopember'", "pengadaan")


def p02():
    """Teacher; phone photo of the letter lying on a flowered bed sheet, warm lamp
    light, paper slightly wavy; taken from the other side of the bed: upside down."""
    L = Lt(name="Siti Maimunah, S.Pd.",
           address="Dusun Sumbersari RT 002 RW 004, Desa Winong, Kecamatan Gempol, Kabupaten Pasuruan",
           service_description="Usulan kenaikan pangkat saya dari Penata golongan III/c ke Penata Tingkat I golongan III/d periode Oktober 2026 dikembalikan oleh BKPSDM dengan catatan PAK belum diunggah, padahal Penetapan Angka Kredit saya sudah diunggah operator dinas pada tanggal 14 Juli 2026 dan tampil di riwayat SIASN. Ketika saya tanyakan melalui WhatsApp layanan, saya hanya dijawab agar mengajukan ulang pada periode berikutnya.",
           requested_resolution="Mohon usulan kenaikan pangkat saya diverifikasi ulang berdasarkan PAK yang sudah terunggah dan tetap diproses pada periode Oktober 2026.",
           place="Gempol", date="2026-10-26", phone="0857 3120 6648")
    els = [("R", "Gempol, 26 Oktober 2026"), ("GAP", 6),
           ("L", "Kepada Yth."), ("L", "Kepala Badan Kepegawaian dan Pengembangan SDM"), ("L", "Kabupaten Pasuruan"), ("L", "di Bangil"),
           ("GAP", 6), ("L", "Perihal : Pengaduan usulan kenaikan pangkat", {"style": "b"}), ("GAP", 4),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIP", "19840506 200904 2 007"), ("Unit Kerja", "SDN Kejapanan 3, Kecamatan Gempol"),
                    ("Alamat", L["address"]), ("HP", L["phone"])], {"xs": (8, 34, 37)}),
           ("P", "menyampaikan pengaduan mengenai layanan kenaikan pangkat sebagai berikut.", {"after": 3}),
           ("P", L["service_description"], {"first": 10, "after": 3}),
           ("P", L["requested_resolution"], {"first": 10, "after": 3}),
           ("P", "Bersama ini saya lampirkan tangkapan layar riwayat PAK di SIASN. Atas perhatian Bapak/Ibu saya sampaikan terima kasih.", {"first": 10, "after": 5}),
           ("SIG", 120, {"pre": ["Hormat saya,"], "sign": {"ink": (26, 32, 80)}, "name": L["name"], "seed": 1202, "space": 22,
                         "post": ["NIP. 19840506 200904 2 007"]})]
    pg = render(200, "dsans", 10.5, [els], margins=(26, 22, 22, 18), lh=1.4)[0]
    page = paper(pg.img, 12, tone=(247, 246, 242), light=0.04)
    im = phone_photo(page, 1202, frame=(2000, 2670), quad=[(230, 210), (1830, 150), (1900, 2420), (170, 2520)],
                     bg="sheet", warm=(1.08, 0.93, 0.70), light=(0.7, 0.75), barrel=0.04, edge_blur=2.6, wave=1.0,
                     noise=3.6, rot=180)
    write("scan/p02.jpg", jpeg(im, 76))
    record("scan/p02.jpg", L, "phone photo on a flowered bed sheet, lamp light, wavy paper, barrel blur; stored upside down (rotated 180 deg); teacher, promotion file returned for a PAK that was uploaded; no loss stated", "mutasi")


def p03():
    """Village secretary (PNS); phone photo on a table, stored sideways (90 deg),
    the phone's shadow across the upper part; letter has no place/date line."""
    L = Lt(name="Mochammad Arifin, S.Sos.",
           address="Dusun Krajan RT 001 RW 003, Desa Tunggulwulung, Kecamatan Pandaan, Kabupaten Pasuruan",
           service_description="Saya telah bekerja sebagai PNS selama 20 tahun tanpa pernah dijatuhi hukuman disiplin dan sudah diusulkan oleh Camat Pandaan untuk menerima Satyalancana Karya Satya XX Tahun pada bulan Februari 2026. Namun nama saya tidak tercantum dalam daftar penerima yang diumumkan BKPSDM pada bulan Agustus 2026, sementara dua rekan dengan masa kerja yang sama dari kecamatan yang sama tercantum. Saat saya menanyakan ke bidang terkait, petugas menyatakan usulan saya tidak ditemukan.",
           loss="Saya kehilangan penghargaan yang menjadi hak saya pada tahun ini dan merasa tidak dihargai atas pengabdian saya selama dua puluh tahun, apalagi piagam tersebut saya perlukan sebagai pendukung usulan jabatan.",
           requested_resolution="Saya mohon BKPSDM menelusuri usulan Satyalancana atas nama saya dan mengikutsertakan saya pada usulan susulan tahun 2026.",
           phone="0813 5870 2291")
    els = [("L", "Kepada"), ("L", "Yth. Bapak Kepala BKPSDM"), ("L", "Kabupaten Pasuruan"), ("L", "di Tempat"), ("GAP", 7),
           ("C", "SURAT PENGADUAN", {"style": "bu", "pt": 13}), ("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIP", "19780923 200604 1 012"), ("Jabatan", "Sekretaris Desa Tunggulwulung"),
                    ("Alamat", L["address"]), ("No. HP", L["phone"])], {"xs": (5, 30, 33)}),
           ("P", "menyampaikan pengaduan tentang usulan tanda kehormatan Satyalancana Karya Satya.", {"after": 3}),
           ("L", "Permasalahan:", {"style": "u"}), ("P", L["service_description"], {"after": 3}),
           ("L", "Kerugian:", {"style": "u"}), ("P", L["loss"], {"after": 3}),
           ("L", "Permohonan:", {"style": "u"}), ("P", L["requested_resolution"], {"after": 3}),
           ("P", "Demikian pengaduan ini saya sampaikan dengan sebenarnya. Terima kasih.", {"after": 5}),
           ("SIG", 118, {"pre": ["Hormat saya,"], "sign": {"ink": (20, 24, 40)}, "name": L["name"], "seed": 1303, "space": 22})]
    pg = render(200, "lsans", 10.5, [els], margins=(25, 24, 20, 18), lh=1.38)[0]
    page = paper(pg.img, 13, tone=(244, 244, 240), light=0.05)
    im = phone_photo(page, 1303, frame=(2000, 2670), quad=[(200, 250), (1790, 300), (1850, 2470), (150, 2430)],
                     bg="wood", warm=(1.04, 0.97, 0.82), light=(0.2, 0.8), barrel=0.03, edge_blur=2.0,
                     phone_shadow={"poly": [(600, 0), (1500, 0), (1420, 820), (560, 760)], "soft": 55, "depth": 0.5},
                     noise=3.0, rot=90)
    write("scan/p03.jpg", jpeg(im, 78))
    record("scan/p03.jpg", L, "phone photo stored sideways (rotated 90 deg, landscape file), soft shadow of the phone over the upper third; village secretary (PNS), Satyalancana Karya Satya not awarded; no place/date line anywhere", "kinerja")


def p04():
    """PPPK midwife; photocopy of a photocopy (grey speckle, dark lid bands on the
    left and bottom edges, a drum streak), image-only PDF, 200 dpi greyscale."""
    L = Lt(name="Nurul Hidayati, A.Md.Keb.",
           address="Perumahan Kraton Asri Blok B-14, Desa Kalirejo, Kecamatan Kraton, Kabupaten Pasuruan",
           service_description="Saya mengajukan cuti melahirkan selama tiga bulan mulai 1 September 2026 melalui kepala puskesmas pada tanggal 4 Agustus 2026, lengkap dengan surat keterangan dokter. Permohonan tersebut baru dijawab BKPSDM pada bulan Oktober dengan keterangan bahwa PPPK hanya berhak atas cuti melahirkan satu bulan, padahal menurut peraturan yang berlaku PPPK berhak atas cuti melahirkan yang sama dengan PNS.",
           loss="Karena cuti saya dianggap hanya satu bulan, saya tercatat tidak masuk kerja tanpa keterangan selama dua bulan, tambahan penghasilan saya bulan Oktober dan November dipotong penuh, dan saya mendapat teguran tertulis dari kepala puskesmas.",
           requested_resolution="Saya mohon BKPSDM menerbitkan ralat surat izin cuti melahirkan menjadi tiga bulan, menghapus catatan tidak masuk kerja tanpa keterangan, dan memulihkan tambahan penghasilan saya yang telah dipotong.",
           place="Kraton", date="2026-11-09", phone="0822 4471 0935", nik="3514154408930002")
    els = [("R", "Kraton, 9 November 2026"), ("GAP", 4),
           ("LAB", [("Nomor", "-"), ("Sifat", "Biasa"), ("Lampiran", "3 (tiga) lembar"), ("Hal", "Pengaduan izin cuti melahirkan PPPK")],
            {"xs": (0, 20, 23), "row_after": 0}),
           ("GAP", 3)] + KEPADA + [("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1), ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("NI PPPK", "19930804 202421 2 011"),
                    ("Jabatan", "Bidan Terampil, UPT Puskesmas Kraton"), ("Alamat", L["address"]), ("No. HP/WA", L["phone"])],
            {"xs": (5, 32, 35)}),
           ("P", "dengan ini menyampaikan pengaduan atas layanan izin cuti dengan uraian sebagai berikut:"),
           ("L", "1.  Uraian pelayanan yang tidak sesuai", {"style": "b"}), ("P", L["service_description"], {"ind": 6}),
           ("L", "2.  Kerugian yang saya alami", {"style": "b"}), ("P", L["loss"], {"ind": 6}),
           ("L", "3.  Penyelesaian yang saya minta", {"style": "b"}), ("P", L["requested_resolution"], {"ind": 6}),
           ("P", "Demikian pengaduan ini saya buat dengan sebenar-benarnya untuk dapat ditindaklanjuti.", {"after": 4}),
           ("SIG", 122, {"pre": ["Hormat saya,"], "sign": {"ink": (15, 15, 20)}, "name": L["name"], "seed": 1404, "space": 20})]
    pg = render(200, "lserif", 11, [els], margins=(27, 17, 20, 14), lh=1.22)[0]
    im = photocopy(pg.img, 1404, gens=2, band=(("left", 42, 40), ("bottom", 30, 55)), streaks=((1180, 3, 95), (430, 2, 150)),
                   speckle=0.010, angle=(0.6, -0.9))
    write("scan/p04.pdf", pdf([im], 200, 72, "KONICA MINOLTA bizhub 367", "bizhub 367 Scan"))
    record("scan/p04.pdf", L, "image-only PDF, 200 dpi greyscale photocopy of a photocopy: grey toner speckle, dark copier-lid bands on the left and bottom, two vertical drum streaks, boosted contrast; PPPK midwife, maternity leave cut to one month; NIK and NI PPPK", "kinerja")


def p05():
    """CPNS applicant; letter faxed from the village office (bilevel, fax header
    of the day after the letter), image-only PDF; date '3 Nop 2026'."""
    L = Lt(name="Rizky Aditya Pratama, S.T.",
           address="Dusun Randupitu RT 004 RW 002, Desa Randupitu, Kecamatan Gempol, Kabupaten Pasuruan",
           service_description="Saya adalah pelamar seleksi CPNS Pemerintah Kabupaten Pasuruan tahun 2026 untuk formasi Teknik Pengairan Ahli Pertama. Pada pengumuman hasil seleksi administrasi tanggal 20 Oktober 2026 saya dinyatakan Tidak Memenuhi Syarat dengan alasan IPK di bawah 3,00, padahal transkrip nilai yang saya unggah mencantumkan IPK 3,21. Sanggahan sudah saya ajukan melalui SSCASN pada 22 Oktober 2026, tetapi sampai masa sanggah berakhir tidak ada jawaban.",
           loss="Saya terancam tidak dapat mengikuti Seleksi Kompetensi Dasar, padahal saya sudah mengeluarkan biaya legalisir ijazah, transkrip, dan surat keterangan sehat sekitar Rp 600.000 dan telah berhenti dari pekerjaan kontrak saya untuk mempersiapkan seleksi.",
           requested_resolution="Saya mohon panitia seleksi instansi memeriksa kembali transkrip nilai yang saya unggah, memperbaiki status hasil seleksi administrasi saya, dan memberikan jawaban tertulis atas sanggahan saya sebelum jadwal Seleksi Kompetensi Dasar.",
           place="Gempol", date="2026-11-03", phone="0896 7730 1582", email="rizky.aditya.p@example.com")
    els = [("GAP", 4), ("R", "Gempol, 3 Nop 2026"), ("GAP", 5),
           ("L", "Kepada"), ("L", "Yth. Panitia Seleksi CPNS Kabupaten Pasuruan"), ("L", "c.q. Kepala BKPSDM Kabupaten Pasuruan"),
           ("L", "di Bangil"), ("GAP", 5),
           ("L", "Hal : Pengaduan hasil seleksi administrasi CPNS 2026", {"style": "b"}), ("GAP", 3),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("LAB", [("Nama", L["name"]), ("No. Peserta", "26351400210047"), ("Alamat", L["address"]),
                    ("HP", L["phone"]), ("E-mail", L["email"])], {"xs": (4, 30, 33)}),
           ("L", "Uraian pengaduan:", {"style": "b"}), ("P", L["service_description"]),
           ("L", "Kerugian:", {"style": "b"}), ("P", L["loss"]),
           ("L", "Permintaan penyelesaian:", {"style": "b"}), ("P", L["requested_resolution"], {"after": 3}),
           ("P", "Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.", {"after": 4}),
           ("SIG", 122, {"pre": ["Pelamar,"], "sign": {"ink": (0, 0, 0), "weight": 1.3}, "name": L["name"], "seed": 1505, "space": 20})]
    pg = render(200, "lsans", 10.5, [els], margins=(24, 16, 20, 12), lh=1.3)[0]
    im = pg.img.rotate(-0.6, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    im = fax(im, 1505, "04/11/2026 08:17    KANTOR DESA RANDUPITU    0343 631208                     P.001/001", 200)
    write("scan/p05.pdf", pdf([im], 200, 75, "Brother MFC-L2700D Fax2PDF"))
    record("scan/p05.pdf", L, "fax received as a bilevel image-only PDF (200 dpi): fax header '04/11/2026 08:17 KANTOR DESA RANDUPITU' a day after the letter, dropped and smeared scan lines, jagged text; CPNS applicant declared TMS on a wrong GPA; letter date '3 Nop 2026'; e-mail written in the letter", "pengadaan")


def p06():
    """Teacher; 150 dpi black-and-white scan from the office copier (G4 TIFF);
    gives her school but no home address."""
    L = Lt(name="Agustina Wulandari, S.Pd.",
           service_description="Pada tanggal 11 Agustus 2026 saya mengajukan permohonan izin belajar program Magister Pendidikan Bahasa Inggris di Universitas Negeri Malang melalui aplikasi layanan kepegawaian. Permohonan saya ditolak dengan alasan jadwal kuliah mengganggu jam mengajar, padahal perkuliahan dilaksanakan setiap hari Sabtu dan Minggu dan kepala sekolah telah memberikan surat pernyataan tidak keberatan.",
           loss="Saya sudah membayar uang kuliah semester pertama sebesar Rp 7.500.000, dan tanpa izin belajar ijazah saya nantinya tidak dapat dipakai untuk kenaikan pangkat maupun pencantuman gelar.",
           requested_resolution="Saya mohon penolakan izin belajar saya ditinjau ulang dengan memperhatikan jadwal kuliah akhir pekan dan surat pernyataan kepala sekolah, dan izin belajar saya diterbitkan sebelum semester kedua dimulai.",
           place="Purwodadi", date="2026-10-14", phone="0852 3364 9107")
    els = [("R", "Purwodadi, 14 Oktober 2026"), ("GAP", 6)] + KEPADA + [("GAP", 6),
           ("L", "Perihal : Pengaduan penolakan izin belajar"), ("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1.5),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIP", "19880217 201101 2 009"), ("Jabatan", "Guru Ahli Muda"),
                    ("Unit Kerja", "SMP Negeri 1 Purwodadi, Kabupaten Pasuruan"), ("No. HP", L["phone"])], {"xs": (6, 34, 37)}),
           ("P", "dengan hormat menyampaikan pengaduan sebagai berikut:", {"after": 2.5}),
           ("P", L["service_description"], {"first": 12, "after": 2.5}),
           ("P", L["loss"], {"first": 12, "after": 2.5}),
           ("P", L["requested_resolution"], {"first": 12, "after": 2.5}),
           ("P", "Demikian surat ini saya sampaikan. Atas perhatian dan kebijaksanaan Bapak, saya ucapkan terima kasih.", {"first": 12, "after": 5}),
           ("SIG", 118, {"pre": ["Hormat saya,"], "sign": {"ink": (10, 10, 10), "weight": 1.2}, "name": L["name"], "seed": 1606,
                         "space": 21, "post": ["NIP. 19880217 201101 2 009"]})]
    pg = render(300, "dserif", 11, [els], margins=(27, 22, 22, 18), lh=1.38)[0]
    im = pg.img.convert("L").rotate(0.9, resample=Image.BICUBIC, fillcolor=255).resize((1240, 1754), Image.LANCZOS)
    im = scanner(im, 1606, blur=0.3, noise=6, specks=25)
    bw = im.point(lambda p: 255 if p > 158 else 0).convert("1")
    b = io.BytesIO()
    bw.save(b, "TIFF", compression="group4", dpi=(150, 150))
    write("scan/p06.tif", b.getvalue())
    record("scan/p06.tif", L, "150 dpi black-and-white G4 TIFF from the office copier (thresholded, jagged serif text); teacher, study permit refused over weekend lectures; gives her school (Unit Kerja) but no home address; prose paragraphs without headings", "kompetensi")


def p07():
    """Widow at the counter; 400 dpi greyscale scan (JPG), identity in a sentence."""
    L = Lt(name="Sumarni",
           address="Dusun Ngembal RT 002 RW 005, Desa Ngembal, Kecamatan Tutur, Kabupaten Pasuruan",
           service_description="Pada hari Kamis, 22 Oktober 2026, saya datang ke loket pelayanan BKPSDM untuk menanyakan berkas pensiun janda almarhum suami saya. Saya menunggu hampir dua jam sementara dua petugas loket asyik bermain telepon genggam, dan ketika akhirnya dilayani, petugas berbicara dengan nada ketus, melempar map saya ke meja, dan menyuruh saya pulang tanpa menjelaskan kekurangan berkas.",
           loss="Saya yang sudah berusia 64 tahun harus menempuh perjalanan dua jam dari Tutur dengan menyewa ojek seharga Rp 150.000 pulang-pergi, dan saya merasa direndahkan di depan banyak orang.",
           requested_resolution="Saya mohon Kepala BKPSDM menegur petugas loket tersebut, memberikan penjelasan tertulis mengenai kekurangan berkas pensiun janda saya, dan memastikan pengunjung lanjut usia dilayani dengan sopan dan didahulukan.",
           place="Tutur", date="2026-10-27", phone="0858 5402 1176")
    els = [("R", "Tutur, 27 Oktober 2026"), ("GAP", 8),
           ("L", "Kepada Yth."), ("L", "Bapak Kepala BKPSDM Kabupaten Pasuruan"), ("L", "Komplek Perkantoran Jl. Raya Raci KM. 9"),
           ("L", "Bangil - Pasuruan 67153"), ("GAP", 8),
           ("L", "Dengan hormat,"), ("GAP", 2),
           ("P", "Yang bertanda tangan di bawah ini, Sumarni, janda dari almarhum Bapak Karyadi (pensiunan PNS Dinas Pertanian), beralamat di "
                 + L["address"] + ", nomor HP " + L["phone"] + ", dengan ini menyampaikan pengaduan tentang pelayanan di loket BKPSDM.",
            {"first": 12, "after": 3}),
           ("L", "Kejadian yang saya alami:", {"style": "i"}), ("P", L["service_description"], {"first": 12, "after": 3}),
           ("L", "Kerugian yang saya tanggung:", {"style": "i"}), ("P", L["loss"], {"first": 12, "after": 3}),
           ("L", "Harapan saya:", {"style": "i"}), ("P", L["requested_resolution"], {"first": 12, "after": 3}),
           ("P", "Demikian surat ini saya buat. Atas perhatian Bapak saya ucapkan terima kasih.", {"first": 12, "after": 6}),
           ("SIG", 125, {"pre": ["Hormat saya,"], "sign": {"ink": (20, 26, 90), "weight": 1.1}, "name": L["name"], "name_style": "b",
                         "seed": 1707, "space": 22})]
    pg = render(400, "lserif", 12, [els], margins=(28, 20, 24, 18), lh=1.32)[0]
    page = paper(pg.img, 17, tone=(240, 238, 232), light=0.04, light_dir=2.2, fibre=0.012)
    im = scanner(page, 1707, angle=-0.7, blur=0.9, noise=1.4, specks=30, mode="L")
    write("scan/p07.jpg", jpeg(im, 70, 400))
    record("scan/p07.jpg", L, "400 dpi greyscale JPG (3307 x 4677 px); identity in a running sentence (name, late husband, address, phone); italic sub-headings; the agency's own address in the 'Kepada' block; widow treated rudely at the counter while asking about a widow's pension -> sekretariat", "sekretariat")


AGENCY_KOP = ["PEMERINTAH KABUPATEN PASURUAN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
              "Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153  Telp. (0343) 429010",
              "Laman: bkpsdm.pasuruankab.go.id"]


def p08():
    """Health worker; the agency's printed FORMULIR PENGADUAN filled in on a
    computer and re-fed through the printer (values slightly off the dotted lines);
    the loss and e-mail fields left blank (dots); 'Dibuat di / Tanggal' lines."""
    L = Lt(name="Ns. Dewi Kurniasari, S.Kep.",
           address="Jl. Anggrek No. 21, RT 002 RW 004, Desa Legok, Kecamatan Gempol, Kabupaten Pasuruan",
           service_description="Nama saya di SIASN tertulis \"Dewi Kurniasih\" dan tanggal lahir tertulis 13 Maret 1989, padahal di akta kelahiran, ijazah, dan SK CPNS saya tertulis Dewi Kurniasari dengan tanggal lahir 31 Maret 1989. Permohonan perbaikan data sudah saya ajukan melalui admin kepegawaian RSUD Bangil sejak Juni 2026 dengan melampirkan akta kelahiran dan ijazah, tetapi sampai sekarang data belum berubah.",
           requested_resolution="Mohon data nama dan tanggal lahir saya di SIASN diperbaiki sesuai akta kelahiran dan saya diberi tahu setelah perbaikan selesai.",
           place="Bangil", date="2026-11-12", phone="0857 0613 4429", nik="3514067103890006")
    vo = {"fam": "lserif", "dy": -1.1, "dx": 1.5, "xs": (0, 52, 55)}
    els = [("KOP", AGENCY_KOP, {"bold": (0, 1), "big": 1}), ("GAP", 1),
           ("C", "FORMULIR PENGADUAN", {"style": "bu", "pt": 13}),
           ("C", "Nomor Register : ..................................... (diisi petugas)", {"pt": 8.5}), ("GAP", 4),
           ("L", "A.  IDENTITAS PENGADU", {"style": "b"}), ("GAP", 1.5),
           ("FIELD", "Nama Lengkap", L["name"], 1, vo),
           ("FIELD", "NIK", L["nik"], 1, vo),
           ("FIELD", "NIP (bagi ASN)", "19890331 201503 2 004", 1, vo),
           ("FIELD", "Alamat Lengkap", L["address"], 2, vo),
           ("FIELD", "No. Telepon / HP", L["phone"], 1, vo),
           ("FIELD", "Alamat E-mail", None, 1, vo),
           ("GAP", 2), ("L", "B.  ISI PENGADUAN", {"style": "b"}), ("GAP", 1.5),
           ("FIELD", "Uraian pelayanan yang tidak sesuai dengan standar pelayanan", L["service_description"], 5, vo),
           ("FIELD", "Uraian kerugian materiel / immateriel yang diderita", None, 3, vo),
           ("FIELD", "Permintaan penyelesaian yang diajukan", L["requested_resolution"], 3, vo),
           ("FIELD", "Lampiran", "Fotokopi akta kelahiran dan ijazah", 1, vo),
           ("GAP", 3), ("MARK", "bottom")]
    pg = render(200, "dsans", 10.5, [els], margins=(22, 12, 18, 12), lh=1.32)[0]
    y = pg.y
    # place/date block (left) and signature block (right)
    vf = "lserif"
    pg.text(pg.x0, y, "Dibuat di")
    pg.text(pg.x0 + pg.px(22), y, ":")
    pg.text(pg.x0 + pg.px(25), y - pg.px(0.7), "Bangil", fam=vf)
    dotted(pg, pg.x0 + pg.px(25), pg.x0 + pg.px(70), y + int(pg.lh() * 0.86))
    y2 = y + int(pg.lh() * 1.3)
    pg.text(pg.x0, y2, "Tanggal")
    pg.text(pg.x0 + pg.px(22), y2, ":")
    pg.text(pg.x0 + pg.px(25), y2 - pg.px(0.7), "12 November 2026", fam=vf)
    dotted(pg, pg.x0 + pg.px(25), pg.x0 + pg.px(70), y2 + int(pg.lh() * 0.86))
    pg.y = y
    run(pg, [("SIG", 128, {"pre": ["Pengadu,"], "sign": {"ink": (18, 22, 60)}, "name": L["name"], "name_style": "paren",
                           "seed": 1808, "space": 19})])
    pg.y += pg.px(4)
    bx0, by0, bx1 = pg.x0, pg.y, pg.x1
    pg.y += pg.px(1.5)
    pg.text(bx0 + pg.px(2), pg.y, "DIISI OLEH PETUGAS", "b", pg.pt - 1)
    pg.y += pg.lh()
    for lab in ("Diterima tanggal", "Nama petugas / paraf", "Diteruskan ke bidang"):
        pg.text(bx0 + pg.px(2), pg.y, lab, "", pg.pt - 1)
        pg.text(bx0 + pg.px(42), pg.y, ":", "", pg.pt - 1)
        dotted(pg, bx0 + pg.px(45), bx1 - pg.px(4), pg.y + int(pg.lh() * 0.8))
        pg.y += int(pg.lh() * 1.1)
    pg.d.rectangle([bx0, by0, bx1, pg.y + pg.px(1)], outline=pg.ink, width=2)
    pg.check()
    page = paper(pg.img, 18, tone=(246, 246, 244), light=0.03)
    im = scanner(page, 1808, angle=0.45, blur=0.6, noise=2.0, specks=30, mode="L")
    write("scan/p08.pdf", pdf([im], 200, 74, "HP LaserJet MFP M428fdw", "HP Scan"))
    record("scan/p08.pdf", L, "the agency's printed FORMULIR PENGADUAN (agency kop with the agency's address) filled in by computer and re-fed through the printer: typed values sit a little above the dotted lines; the loss and e-mail fields left as dots; place and date as 'Dibuat di : Bangil / Tanggal : 12 November 2026'; name in brackets under the signature; nurse, SIASN name and birth date wrong", "pengadaan")


def p09():
    """PPPK applicant; a photocopied boxed complaint form typed in on a typewriter,
    the address box left blank; photocopy of a photocopy (JPG); 'Pasuruan, 3-11-2026'."""
    L = Lt(name="Andi Firmansyah",
           service_description="Pada tanggal 27 Oktober 2026 seorang laki-laki yang mengaku staf BKPSDM menemui saya di area parkir kantor BKPSDM dan menawarkan bantuan agar saya lolos seleksi PPPK tahap II dengan imbalan Rp 15.000.000. Ia menunjukkan kartu identitas pegawai dan mengatakan bahwa pelamar yang tidak membayar akan digugurkan pada verifikasi berkas.",
           loss="Saya merasa tertekan dan takut gagal karena tidak mampu membayar, dan saya khawatir seleksi PPPK tidak berjalan jujur.",
           requested_resolution="Saya minta BKPSDM menyelidiki orang tersebut, menindak tegas apabila benar pegawai BKPSDM, dan mengumumkan kepada pelamar bahwa seleksi PPPK tidak dipungut biaya.",
           place="Pasuruan", date="2026-11-03", phone="0878 5511 2063")
    tw = (52, 52, 60)
    bo = {"fam": "lmono", "lw": 40, "dy": 0.5, "dx": 0.8, "vink": tw}
    els = [("C", "FORMULIR PENGADUAN MASYARAKAT", {"style": "b", "pt": 14}),
           ("C", "Layanan Pengaduan BKPSDM Kabupaten Pasuruan", {"pt": 10}),
           ("C", "(isilah dengan lengkap dan jelas; pengaduan tidak dipungut biaya)", {"pt": 8.5}), ("GAP", 5),
           ("BOXFORM", [("Nama Pengadu", L["name"], 1), ("Alamat", None, 2), ("No. HP / WA", L["phone"], 1),
                        ("Pekerjaan", "Tenaga honorer Kantor Kecamatan Rembang", 1),
                        ("Isi Pengaduan", L["service_description"], 6),
                        ("Kerugian yang Dialami", L["loss"], 3),
                        ("Permintaan / Harapan", L["requested_resolution"], 3)], bo),
           ("GAP", 4)]
    pg = render(200, "lsans", 10, [els], margins=(20, 16, 18, 14), lh=1.42)[0]
    x = pg.px(120)
    pg.text(x, pg.y, "......................., ..........................")
    pg.text(x + pg.px(2), pg.y - pg.px(0.8), "Pasuruan, 3-11-2026", fam="lmono", fill=tw)
    pg.y += pg.lh()
    run(pg, [("SIG", 120, {"pre": ["Tanda tangan pengadu,"], "sign": {"ink": (20, 20, 30)}, "name": L["name"], "name_style": "",
                           "name_fam": "lmono", "name_ink": tw, "seed": 1909, "space": 22})])
    pg.check()
    im = photocopy(pg.img, 1909, gens=2, band=(("right", 36, 35), ("top", 26, 60)), streaks=((260, 2, 120),), speckle=0.008,
                   angle=(-0.7, 0.5), tone_curve=(60, 215))
    write("scan/p09.jpg", jpeg(im, 74, 200))
    record("scan/p09.jpg", L, "photocopied boxed complaint form filled in on a typewriter (mono type slightly off the boxes), then copied again: speckle, lid bands top and right, a streak; the 'Alamat' box left as dotted lines; a man claiming to be BKPSDM staff asks Rp 15 juta to pass PPPK selection (illegal fee naming recruitment) -> sekretariat; date '3-11-2026'", "sekretariat")


def p10():
    """Nurse; two-page letter scanned through the document feeder into one
    image-only PDF (200 dpi greyscale); identity in a ruled table."""
    L = Lt(name="Eko Budi Santoso, S.Kep., Ns.",
           address="Perum Pandaan Asri Blok F-9, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan",
           service_description="Saya mengajukan permohonan pindah tugas dari Puskesmas Tosari ke Puskesmas Pandaan atau Puskesmas Prigen pada bulan Januari 2026 karena istri saya menderita sakit ginjal dan harus menjalani cuci darah dua kali seminggu di Pandaan. Berkas permohonan sudah dilengkapi surat persetujuan kepala dinas kesehatan, surat keterangan dokter, dan analisis kebutuhan formasi dari kedua puskesmas tujuan. Pada bulan Agustus 2026 terbit keputusan mutasi tenaga kesehatan, tetapi nama saya tidak tercantum, sedangkan perawat lain yang mengajukan permohonan sesudah saya justru dipindahkan ke Puskesmas Pandaan. Hingga surat ini saya buat, tidak ada penjelasan tertulis mengenai alasan permohonan saya tidak diproses.",
           loss="Setiap minggu saya harus pulang-pergi Tosari - Pandaan sejauh 70 km untuk mendampingi istri, menghabiskan biaya transportasi sekitar Rp 800.000 per bulan, dan beberapa kali terpaksa bertukar jadwal jaga sehingga saya mendapat teguran dari atasan.",
           requested_resolution="Saya mohon BKPSDM menjelaskan secara tertulis alasan permohonan pindah tugas saya tidak diproses dan mempertimbangkan kembali permohonan tersebut pada penetapan mutasi berikutnya.",
           place="Tosari", date="2026-10-19", phone="0812 4960 3318", nik="3514102509870003")
    p1 = [("R", "Tosari, 19 Oktober 2026"), ("GAP", 5),
          ("LAB", [("Nomor", "-"), ("Lampiran", "1 (satu) bendel"), ("Perihal", "Pengaduan permohonan pindah tugas")], {"xs": (0, 22, 25), "row_after": 0}),
          ("GAP", 4), ("L", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("L", "di -"), ("L", "Bangil", {"ind": 9}), ("GAP", 6),
          ("L", "Dengan hormat,"), ("GAP", 1),
          ("P", "Bersama surat ini saya sampaikan pengaduan atas layanan mutasi pegawai. Adapun data diri saya sebagai berikut:"),
          ("TAB", [("Nama", L["name"]), ("NIP", "19870925 201001 1 006"), ("NIK", L["nik"]),
                   ("Jabatan / Unit Kerja", "Perawat Ahli Pertama, UPT Puskesmas Tosari"),
                   ("Alamat Rumah", L["address"]), ("No. HP", L["phone"])], (42, 118), {"pt": 10.5}),
          ("L", "I.   URAIAN PENGADUAN", {"style": "b"}), ("GAP", 1), ("P", L["service_description"], {"ind": 7}),
          ("FOOT", "Halaman 1 dari 2")]
    p2 = [("GAP", 2), ("L", "II.  KERUGIAN", {"style": "b"}), ("GAP", 1), ("P", L["loss"], {"ind": 7, "after": 3}),
          ("L", "III. PERMOHONAN PENYELESAIAN", {"style": "b"}), ("GAP", 1), ("P", L["requested_resolution"], {"ind": 7, "after": 3}),
          ("P", "Sebagai bahan pertimbangan saya lampirkan fotokopi berkas permohonan pindah tugas beserta surat keterangan dokter. Demikian pengaduan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima kasih.", {"after": 6}),
          ("SIG", 118, {"pre": ["Hormat saya,"], "sign": {"ink": (22, 26, 70)}, "name": L["name"], "seed": 2010, "space": 22,
                        "post": ["NIP. 19870925 201001 1 006"]}),
          ("GAP", 10), ("L", "Tembusan:"), ("L", "1. Kepala Dinas Kesehatan Kabupaten Pasuruan"), ("L", "2. Kepala UPT Puskesmas Tosari"),
          ("FOOT", "Halaman 2 dari 2")]
    pages = render(200, "lserif", 12.5, [p1, p2], margins=(25, 20, 20, 16), lh=1.4)
    ims = []
    for i, (pg, ang) in enumerate(zip(pages, (-0.5, 0.8))):
        page = paper(pg.img, 20 + i, tone=(242, 242, 239), light=0.04)
        im = scanner(page, 2010 + i, angle=ang, blur=0.7, noise=2.5, specks=35, mode="L")
        a = np.asarray(im).astype(np.float32)
        a[:, 1402:1404] *= 0.72  # feeder glass dirt: a faint vertical line on both pages
        ims.append(Image.fromarray(a.clip(0, 255).astype(np.uint8)))
    write("scan/p10.pdf", pdf(ims, 200, 70, "Canon iR-ADV C3525 PDF", "Canon iR-ADV C3525"))
    record("scan/p10.pdf", L, "two-page image-only PDF from the document feeder (200 dpi greyscale, faint feeder line): page 1 identity table + description, page 2 loss, request, signature, cc list; nurse's transfer request skipped", "mutasi")


def p11():
    """Teacher; e-mail with two phone photos of a two-page letter as JPG
    attachments (camera names, in page order), one with moire."""
    L = Lt(name="Rina Marlina, S.Pd., M.Pd.",
           address="Dusun Krajan RT 003 RW 001, Desa Sumberdawesari, Kecamatan Grati, Kabupaten Pasuruan",
           service_description="Saya menyelesaikan pendidikan Magister Pendidikan Matematika di Universitas Negeri Surabaya pada bulan Februari 2026 dengan izin belajar dari Bupati Pasuruan. Permohonan pencantuman gelar akademik yang saya ajukan pada bulan Maret 2026 ditolak dengan alasan izin belajar saya tidak ditemukan dalam arsip, padahal salinan surat izin belajar tersebut saya lampirkan dalam berkas permohonan.",
           loss="Gelar magister saya belum dapat dicantumkan dalam data kepegawaian sehingga saya tidak dapat mengajukan penyesuaian ijazah untuk kenaikan pangkat dan tidak dapat mendaftar seleksi calon kepala sekolah yang dibuka pada bulan Oktober 2026.",
           requested_resolution="Saya mohon BKPSDM mencocokkan kembali arsip izin belajar atas nama saya dengan salinan yang saya lampirkan dan menerbitkan surat keterangan pencantuman gelar paling lambat akhir November 2026.",
           place="Grati", date="2026-11-09", phone="0813 3629 0774")
    p1 = [("R", "Grati, 9 November 2026"), ("GAP", 5)] + KEPADA + [("GAP", 6),
          ("L", "Hal: Pengaduan penolakan pencantuman gelar", {"style": "b"}), ("GAP", 5),
          ("L", "Dengan hormat,"), ("GAP", 1),
          ("P", "Yang bertanda tangan di bawah ini:"),
          ("LAB", [("Nama", L["name"]), ("NIP", "19850711 200902 2 003"), ("Jabatan", "Guru Ahli Muda, SMP Negeri 2 Grati"),
                   ("Alamat", L["address"]), ("No. HP", L["phone"])], {"xs": (6, 30, 33)}),
          ("P", "mengajukan pengaduan mengenai layanan pencantuman gelar dengan uraian sebagai berikut:", {"after": 3}),
          ("L", "a. Uraian pengaduan", {"style": "b"}), ("P", L["service_description"], {"ind": 5, "after": 3}),
          ("FOOT", "1")]
    p2 = [("GAP", 3), ("L", "b. Kerugian", {"style": "b"}), ("P", L["loss"], {"ind": 5, "after": 3}),
          ("L", "c. Permintaan penyelesaian", {"style": "b"}), ("P", L["requested_resolution"], {"ind": 5, "after": 3}),
          ("P", "Demikian pengaduan ini saya sampaikan. Atas perhatian dan tindak lanjutnya saya ucapkan terima kasih.", {"after": 6}),
          ("SIG", 118, {"pre": ["Hormat saya,"], "sign": {"ink": (24, 36, 120)}, "name": L["name"], "seed": 2111, "space": 22}),
          ("FOOT", "2")]
    pages = render(200, "dserifc", 11.5, [p1, p2], margins=(25, 20, 20, 16), lh=1.36)
    atts = []
    specs = [dict(quad=[(170, 260), (1830, 200), (1880, 2470), (130, 2520)], bg="wood", warm=(1.03, 0.98, 0.86), light=(0.55, 0.3),
                  moire=13.0, barrel=0.04, edge_blur=2.4),
             dict(quad=[(230, 180), (1800, 250), (1830, 2430), (200, 2500)], bg="wood", warm=(1.05, 0.96, 0.80), light=(0.4, 0.6),
                  barrel=0.04, edge_blur=2.4,
                  phone_shadow={"poly": [(1100, 2670), (2000, 2670), (2000, 1700), (1500, 1850)], "soft": 60, "depth": 0.35})]
    for i, (pg, sp) in enumerate(zip(pages, specs)):
        page = paper(pg.img, 30 + i, tone=(248, 247, 243), light=0.03)
        im = phone_photo(page, 2111 + i, frame=(1800, 2400), noise=3.0,
                         **{k: ([(x * 0.9, y * 0.9) for x, y in v] if k == "quad" else
                                ({**v, "poly": [(x * 0.9, y * 0.9) for x, y in v["poly"]]} if k == "phone_shadow" else v))
                            for k, v in sp.items()})
        atts.append(("IMG_20261110_0715%02d.jpg" % (2 + 17 * i), "image/jpeg", jpeg(im, 74)))
    cover = ("Assalamu'alaikum wr. wb.\n\nYth. Admin Pengaduan BKPSDM,\n\nBersama e-mail ini saya kirimkan foto surat pengaduan "
             "saya tentang pencantuman gelar (2 halaman, foto terlampir). Mohon maaf fotonya kurang rapi karena saya tidak punya "
             "scanner.\n\nWassalamu'alaikum,\nRina Marlina\n\n-- \nDikirim dari ponsel saya\n")
    msg = eml("Rina Marlina", "rina.marlina85@example.org", "Pengaduan pencantuman gelar (foto surat)",
              "Tue, 10 Nov 2026 07:24:10 +0700", cover, atts, "000000000000a1c4f7e205f3b2d91c", "CAJx8r2Qw+u9PZ1tK4mVq0sY7bN@mail.example.org")
    write("scan/p11.eml", msg)
    record("scan/p11.eml", L, "e-mail (cover note only) with two phone photos attached, one per page, camera file names in page order; page 1 with moire bands, page 2 with the phone's shadow in a corner; barrel blur; letter dated 9 Nov, mail sent 10 Nov; teacher, master's degree recognition refused (study permit 'not in the archive')", "kompetensi",
           email="rina.marlina85@example.org")


def b64lines(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def eml(sender_name, sender, subject, date_hdr, cover, attachments, bnd, msgid):
    dom = sender.split("@")[1]
    head = (f"Return-Path: <{sender}>\n"
            f"Received: from mail-sor-f41.{dom} (mail-sor-f41.{dom} [198.51.100.{zlib.crc32(sender.encode()) % 200 + 20}])\n"
            f"\tby mx.pasuruankab.go.id (Postfix) with ESMTPS id 4Xk9Tq0b2Lz1Rw\n"
            f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {date_hdr}\n"
            f"MIME-Version: 1.0\nDate: {date_hdr}\nMessage-ID: <{msgid}>\n"
            f"Subject: {subject}\nFrom: {sender_name} <{sender}>\n"
            f"To: pengaduan.bkpsdm@pasuruankab.go.id\n"
            f"Content-Type: multipart/mixed; boundary=\"{bnd}\"\n\n")
    parts = [head, f"--{bnd}\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{cover}\n"]
    for fname, ctype, data in attachments:
        parts.append(f"--{bnd}\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\n"
                     f"Content-Transfer-Encoding: base64\nX-Attachment-Id: f_{zlib.crc32(data) % 10**8:08d}\n\n{b64lines(data)}\n")
    parts.append(f"--{bnd}--\n")
    return "".join(parts).encode("utf-8")


def p12():
    """Teachers' association chair; PGRI letterhead; round purple stamp over the
    signature; illegal 'acceleration fee' for promotions -> sekretariat. Colour JPG."""
    L = Lt(name="Drs. Abdul Wahid",
           address="Dusun Krajan RT 002 RW 001, Desa Jatirejo, Kecamatan Lekok, Kabupaten Pasuruan",
           service_description="Sejumlah anggota kami, guru sekolah dasar di Kecamatan Lekok, melaporkan bahwa pada bulan September dan Oktober 2026 petugas di loket BKPSDM meminta uang Rp 250.000 per orang sebagai \"biaya percepatan\" agar berkas usulan kenaikan pangkat periode Oktober 2026 segera diverifikasi. Guru yang menolak membayar diberi tahu bahwa berkasnya akan diproses pada periode berikutnya. Uang tersebut diserahkan tanpa kuitansi.",
           loss="Sedikitnya sebelas guru telah membayar dengan jumlah keseluruhan Rp 2.750.000, sedangkan empat guru yang tidak membayar sampai sekarang belum menerima kepastian kenaikan pangkatnya.",
           requested_resolution="Kami mohon Kepala BKPSDM memeriksa petugas loket yang bersangkutan, mengembalikan uang yang telah dipungut kepada para guru, dan memastikan usulan kenaikan pangkat keempat guru tersebut diproses pada periode Oktober 2026.",
           place="Lekok", date="2026-11-05", phone="0821 3047 5596")
    els = [("KOP", ["PERSATUAN GURU REPUBLIK INDONESIA", "PENGURUS RANTING KECAMATAN LEKOK", "KABUPATEN PASURUAN",
                    "Sekretariat: SDN Tambaklekok 1, Jl. Raya Lekok Km. 3, Kabupaten Pasuruan"], {"bold": (0, 1), "big": 2}),
           ("LAB", [("Nomor", "017/PGRI-LKK/XI/2026"), ("Lampiran", "1 (satu) berkas"), ("Perihal", "Pengaduan pungutan dalam layanan kenaikan pangkat")],
            {"xs": (0, 22, 25), "row_after": 0}),
           ("GAP", 2), ("R", "Lekok, 5 November 2026"), ("GAP", 3)] + KEPADA + [("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("Jabatan", "Ketua PGRI Ranting Kecamatan Lekok"), ("Alamat", L["address"]),
                    ("No. HP", L["phone"])], {"xs": (6, 30, 33)}),
           ("P", "atas nama pengurus dan anggota menyampaikan pengaduan sebagai berikut."),
           ("L", "1. Pokok pengaduan", {"style": "b"}), ("P", L["service_description"], {"ind": 5}),
           ("L", "2. Kerugian", {"style": "b"}), ("P", L["loss"], {"ind": 5}),
           ("L", "3. Permohonan", {"style": "b"}), ("P", L["requested_resolution"], {"ind": 5}),
           ("P", "Daftar nama guru dan rincian pembayaran kami lampirkan. Atas perhatian Bapak, kami sampaikan terima kasih.", {"after": 4}),
           ("SIG", 120, {"pre": ["Ketua,"], "sign": {"ink": (20, 22, 40)}, "name": L["name"], "seed": 2212, "space": 22,
                         "post": ["NIP. 19670314 199003 1 009"],
                         "stamp": {"top": "PERSATUAN GURU REPUBLIK INDONESIA", "bottom": "KAB. PASURUAN", "centre": ["PENGURUS", "RANTING", "LEKOK"],
                                   "d_mm": 36, "dx": -22, "dy": -5, "angle": 14, "seed": 2212, "fs": 0.92, "span": 235, "span2": 95,
                                   "ink": (92, 58, 170), "strength": 0.9}})]
    pg = render(200, "lsans", 10.5, [els], margins=(24, 14, 20, 12), lh=1.3)[0]
    page = paper(pg.img, 22, tone=(247, 245, 238), light=0.04)
    im = scanner(page, 2212, angle=0.9, blur=0.65, noise=2.5, specks=30, mode="RGB")
    write("scan/p12.jpg", jpeg(im, 76, 200))
    record("scan/p12.jpg", L, "colour JPG 200 dpi; teachers' association letterhead (PGRI Ranting Lekok) with its secretariat address, the chair's home address in the label list; round purple stamp over the left half of the signature; counter staff asking an 'acceleration fee' for promotion files -> sekretariat (illegal fee, although promotion is named)", "sekretariat")


def p13():
    """Kelurahan secretary moved out of his post; signed with a blue ballpoint;
    colour JPG scan; no loss stated."""
    L = Lt(name="Sugeng Prayitno, S.H.",
           address="Jl. Kartini Gg. III No. 8, RT 004 RW 002, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Dalam keputusan mutasi jabatan yang diumumkan pada 1 Oktober 2026, saya dipindahkan dari jabatan Sekretaris Kelurahan Kersikan menjadi pelaksana di Kantor Kecamatan Beji. Pemindahan ini dilakukan tanpa pemberitahuan sebelumnya, tanpa hasil penilaian kinerja yang buruk, dan tanpa alasan tertulis, padahal menurut ketentuan pemberhentian dari jabatan administrasi harus didasarkan pada alasan yang jelas.",
           requested_resolution="Saya mohon BKPSDM memberikan penjelasan tertulis mengenai dasar pemindahan saya dan meninjau kembali keputusan tersebut melalui mekanisme yang berlaku.",
           place="Bangil", date="2026-10-16", phone="0856 4517 2280")
    els = [("R", "Bangil, 16 Oktober 2026"), ("GAP", 6),
           ("L", "Kepada"), ("L", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("L", "di Bangil"), ("GAP", 6),
           ("LAB", [("Perihal", "Keberatan dan pengaduan atas pemindahan jabatan")], {"xs": (0, 17, 20)}), ("GAP", 3),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIP", "19760830 200312 1 005"), ("Pangkat/Gol.", "Penata Tk. I, III/d"),
                    ("Alamat", L["address"]), ("HP", L["phone"])], {"xs": (6, 34, 37)}),
           ("P", "dengan ini menyampaikan pengaduan sebagai berikut:", {"after": 3}),
           ("P", L["service_description"], {"first": 10, "after": 3}),
           ("P", L["requested_resolution"], {"first": 10, "after": 3}),
           ("P", "Demikian surat ini saya sampaikan untuk dapat ditindaklanjuti. Terima kasih.", {"first": 10, "after": 6}),
           ("SIG", 122, {"pre": ["Hormat saya,"], "sign": {"ink": (28, 52, 175), "weight": 0.9}, "name": L["name"], "seed": 2313,
                         "space": 22, "post": ["NIP. 19760830 200312 1 005"]})]
    pg = render(200, "dserif", 11, [els], margins=(27, 22, 22, 18), lh=1.38)[0]
    page = paper(pg.img, 23, tone=(250, 248, 240), light=0.05, light_dir=1.2)
    im = scanner(page, 2313, angle=-1.1, blur=0.6, noise=2.2, specks=25, mode="RGB")
    write("scan/p13.jpg", jpeg(im, 75, 200))
    record("scan/p13.jpg", L, "colour JPG 200 dpi, signed with a blue ballpoint (the only colour on the page); kelurahan secretary moved to a staff post without reasons (position) -> mutasi although 'penilaian kinerja' is mentioned; no loss stated", "mutasi")


def p14():
    """Finance clerk; signed in light pencil; greyscale PNG with the scanner's
    background removal; date line without a place."""
    L = Lt(name="Yuliati, S.E.",
           address="Perum Griya Sentosa Blok D-3, Desa Sidowayah, Kecamatan Beji, Kabupaten Pasuruan",
           service_description="Hasil evaluasi kinerja tahunan saya untuk tahun 2025 di aplikasi e-Kinerja tercatat \"Sesuai Ekspektasi\" oleh atasan langsung, tetapi dalam rekapitulasi yang ditetapkan BKPSDM predikat saya berubah menjadi \"Di Bawah Ekspektasi\" tanpa pemberitahuan. Saya sudah dua kali menanyakan hal ini kepada admin e-Kinerja BKPSDM melalui surat dinas, tetapi tidak pernah mendapat jawaban.",
           loss="Akibat predikat tersebut tambahan penghasilan pegawai saya dipotong 25 persen sejak Juli 2026, sekitar Rp 540.000 setiap bulan, dan nama saya dicoret dari usulan kenaikan pangkat periode Oktober 2026.",
           requested_resolution="Saya mohon BKPSDM mengembalikan predikat kinerja tahun 2025 saya sesuai penilaian atasan langsung dan menyampaikan koreksi tersebut ke bagian keuangan agar potongan tambahan penghasilan dapat dikembalikan.",
           date="2026-11-12", phone="0838 5520 9176")
    els = [("R", "12 November 2026"), ("GAP", 6),
           ("L", "Kepada Yth."), ("L", "Kepala BKPSDM Kabupaten Pasuruan"), ("L", "u.p. Bidang Penilaian Kinerja dan Penghargaan"),
           ("L", "di Bangil"), ("GAP", 6),
           ("L", "Hal: Pengaduan predikat kinerja tahun 2025", {"style": "b"}), ("GAP", 4),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("LAB", [("Nama", L["name"]), ("NIP", "19820119 201001 2 014"), ("Jabatan", "Pengelola Keuangan, Dinas Koperasi dan Usaha Mikro"),
                    ("Alamat", L["address"]), ("Telepon", L["phone"])], {"xs": (4, 28, 31)}),
           ("L", "Pengaduan", {"style": "bu"}), ("GAP", 1), ("P", L["service_description"], {"after": 3}),
           ("L", "Kerugian", {"style": "bu"}), ("GAP", 1), ("P", L["loss"], {"after": 3}),
           ("L", "Permintaan", {"style": "bu"}), ("GAP", 1), ("P", L["requested_resolution"], {"after": 3}),
           ("P", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.", {"after": 5}),
           ("SIG", 122, {"pre": ["Hormat saya,"], "sign": {"ink": (85, 85, 90), "pencil": True, "strength": 0.7, "weight": 0.9},
                         "name": L["name"], "name_style": "", "seed": 2414, "space": 22})]
    pg = render(200, "lnarrow", 12, [els], margins=(26, 20, 22, 18), lh=1.3)[0]
    page = paper(pg.img, 24, tone=(245, 245, 243), light=0.03)
    im = scanner(page, 2414, angle=0.5, blur=0.5, noise=1.8, specks=20, mode="L")
    a = np.asarray(im).astype(np.int16)
    a[a > 222] = 250  # scanner 'background removal' flattens the paper tone
    im = Image.fromarray(a.astype(np.uint8))
    b = io.BytesIO()
    im.save(b, "PNG", dpi=(200, 200), optimize=True)
    write("scan/p14.png", b.getvalue())
    record("scan/p14.png", L, "greyscale PNG 200 dpi with background removal; signature in light pencil (faint, grainy grey) above the plain typed name; date line '12 November 2026' without a place; Arial-Narrow-like font; annual performance rating changed -> kinerja", "kinerja")


def p15():
    """Staff member asking for early retirement; unsigned: a long empty space
    between the closing and the typed name. Image-only PDF, 250 dpi greyscale."""
    L = Lt(name="Hari Susanto",
           address="Dusun Ledug RT 003 RW 006, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan",
           service_description="Saya mengajukan permohonan pensiun atas permintaan sendiri pada tanggal 6 April 2026 karena kondisi kesehatan saya menurun setelah operasi jantung, dengan melampirkan surat keterangan tim penguji kesehatan dan persetujuan kepala dinas. Sampai bulan Oktober 2026 permohonan tersebut belum diproses, dan ketika saya menanyakannya, petugas mengatakan berkas saya tidak tercatat dalam daftar usulan.",
           loss="Saya tetap diwajibkan masuk kerja dalam kondisi sakit dan sudah dua kali dirawat di rumah sakit karena kelelahan, sementara biaya pengobatan yang tidak ditanggung BPJS mencapai sekitar Rp 4.000.000.",
           requested_resolution="Saya mohon BKPSDM menelusuri berkas permohonan saya dan memproses pensiun atas permintaan sendiri terhitung mulai 1 Januari 2027.",
           place="Prigen", date="2026-10-30", phone="0853 3018 6620", signed=False)
    els = [("R", "Prigen, 30 Oktober 2026"), ("GAP", 6)] + KEPADA + [("GAP", 6),
           ("L", "Perihal : Pengaduan permohonan pensiun atas permintaan sendiri"), ("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIP", "19700512 199203 1 004"), ("Jabatan", "Pengadministrasi Umum, Dinas Pekerjaan Umum dan Penataan Ruang"),
                    ("Alamat", L["address"]), ("No. HP", L["phone"])], {"xs": (6, 30, 33)}),
           ("P", "dengan ini menyampaikan pengaduan sebagai berikut:", {"after": 2}),
           ("L", "1.  Uraian pengaduan:", {"ind": 0}), ("P", L["service_description"], {"ind": 6}),
           ("L", "2.  Kerugian:"), ("P", L["loss"], {"ind": 6}),
           ("L", "3.  Permintaan:"), ("P", L["requested_resolution"], {"ind": 6, "after": 3}),
           ("P", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.", {"after": 5}),
           ("SIG", 122, {"pre": ["Hormat saya,"], "name": L["name"], "name_style": "bu", "space": 34,
                         "post": ["NIP. 19700512 199203 1 004"]})]
    pg = render(250, "dserif", 10.5, [els], margins=(26, 20, 22, 16), lh=1.36)[0]
    page = paper(pg.img, 25, tone=(243, 243, 241), light=0.05, light_dir=3.5)
    im = scanner(page, 2515, angle=1.2, blur=0.8, noise=2.4, specks=40, mode="L")
    write("scan/p15.pdf", pdf([im], 250, 68, "EPSON Scan 2", "EPSON L3250"))
    record("scan/p15.pdf", L, "image-only PDF 250 dpi greyscale; NOT signed: 'Hormat saya,' then about 34 mm of empty space, then the typed underlined name and NIP; early retirement request lost -> pengadaan", "pengadaan")


def p16():
    """CPNS nurse; Latsar certificate not issued; signature above a name typed in
    brackets '( Nama )'. Greyscale JPG 250 dpi."""
    L = Lt(name="Lilis Setyowati, S.Kep.",
           address="Dusun Glagahsari RT 002 RW 001, Desa Glagahsari, Kecamatan Sukorejo, Kabupaten Pasuruan",
           service_description="Saya telah mengikuti Pelatihan Dasar CPNS Golongan III Angkatan XII yang diselenggarakan BKPSDM pada bulan Juni sampai Juli 2026 dan dinyatakan lulus pada seminar aktualisasi. Namun sampai sekarang sertifikat (STTPL) saya belum diterbitkan, sedangkan seluruh peserta lain dalam angkatan yang sama sudah menerimanya sejak bulan September 2026. Petugas hanya mengatakan bahwa nama saya tidak ada dalam daftar cetak.",
           loss="Tanpa STTPL, usulan pengangkatan saya dari CPNS menjadi PNS tidak dapat diajukan, sehingga saya masih menerima gaji 80 persen dan belum dapat mendaftar uji kompetensi perawat.",
           requested_resolution="Saya mohon BKPSDM segera menerbitkan STTPL Pelatihan Dasar CPNS atas nama saya dan memperbaiki daftar peserta lulus Angkatan XII.",
           place="Sukorejo", date="2026-11-04", phone="0857 4913 2085", nik="3514185206980001")
    els = [("AT", 120, "Sukorejo, 4 November 2026"), ("GAP", 6),
           ("LAB", [("Hal", "Pengaduan STTPL Latsar belum terbit"), ("Lamp.", "-")], {"xs": (0, 14, 17), "row_after": 0}),
           ("GAP", 5), ("L", "Kepada Yth."), ("L", "Kepala BKPSDM Kabupaten Pasuruan"), ("L", "di -"), ("L", "Bangil", {"ind": 9}),
           ("GAP", 6), ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("NIP", "19980612 202506 2 002"), ("Unit Kerja", "UPT Puskesmas Sukorejo"),
                    ("Alamat", L["address"]), ("No. HP", L["phone"])], {"xs": (6, 30, 33)}),
           ("P", "mengajukan pengaduan sebagai berikut.", {"after": 2.5}),
           ("L", "Uraian:", {"style": "b"}), ("P", L["service_description"], {"after": 2.5}),
           ("L", "Kerugian:", {"style": "b"}), ("P", L["loss"], {"after": 2.5}),
           ("L", "Penyelesaian yang diharapkan:", {"style": "b"}), ("P", L["requested_resolution"], {"after": 3}),
           ("P", "Demikian pengaduan ini saya buat dengan sebenarnya. Terima kasih.", {"after": 5}),
           ("SIG", 124, {"pre": ["Pengadu,"], "sign": {"ink": (20, 20, 35)}, "name": L["name"], "name_style": "paren",
                         "seed": 2616, "space": 22})]
    pg = render(250, "lnarrow", 12, [els], margins=(25, 20, 22, 16), lh=1.32)[0]
    page = paper(pg.img, 26, tone=(241, 240, 236), light=0.06, light_dir=0.9)
    im = scanner(page, 2616, angle=-1.6, blur=0.7, noise=2.6, specks=45, mode="L")
    write("scan/p16.jpg", jpeg(im, 72, 250))
    record("scan/p16.jpg", L, "greyscale JPG 250 dpi, rotated -1.6 deg; signature above a name typed in brackets '( Lilis Setyowati, S.Kep. )' under 'Pengadu,'; CPNS nurse, basic-training certificate (STTPL) not issued -> kompetensi", "kompetensi")


def p17():
    """Anonymous staff report of fees asked for leave permits; photocopy of a
    photocopy with faded toner; greyscale JPG."""
    L = Lt(service_description="Kami mendapat informasi dan mengalami sendiri bahwa untuk pengurusan cuti besar dan cuti di luar tanggungan negara, ada oknum petugas BKPSDM yang meminta \"uang administrasi\" antara Rp 300.000 sampai Rp 500.000 agar surat izin cuti terbit tepat waktu. Permintaan itu disampaikan melalui pesan WhatsApp pribadi, bukan melalui loket resmi, dan pegawai yang tidak memberi uang mengalami keterlambatan surat izin lebih dari dua bulan.",
           loss="Beberapa rekan kami terpaksa membayar agar cuti tidak terlambat, sedangkan yang tidak membayar harus menunda rencana ibadah haji dan pengobatan keluarga.",
           requested_resolution="Kami mohon BKPSDM mengusut oknum tersebut, memberikan sanksi sesuai aturan, dan menjamin bahwa pengurusan cuti tidak dipungut biaya apa pun.",
           place="Pasuruan", date="2026-11-05", signed=False)
    els = [("R", "Pasuruan, 5 November 2026"), ("GAP", 8),
           ("L", "Kepada Yth."), ("L", "Bapak Kepala BKPSDM Kabupaten Pasuruan"), ("L", "di Tempat"), ("GAP", 8),
           ("L", "Perihal : Laporan pungutan dalam pengurusan cuti", {"style": "b"}), ("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 2),
           ("P", "Melalui surat ini kami, sejumlah pegawai di lingkungan puskesmas dan sekolah di Kabupaten Pasuruan, menyampaikan laporan. Nama kami sengaja tidak kami cantumkan karena khawatir akan mendapat perlakuan yang tidak baik.", {"first": 10, "after": 3}),
           ("P", L["service_description"], {"first": 10, "after": 3}),
           ("P", L["loss"], {"first": 10, "after": 3}),
           ("P", L["requested_resolution"], {"first": 10, "after": 3}),
           ("P", "Demikian laporan ini kami sampaikan. Terima kasih.", {"first": 10, "after": 8}),
           ("AT", 118, "Hormat kami,"), ("GAP", 4), ("AT", 118, "Pegawai yang peduli")]
    pg = render(200, "lserif", 12, [els], margins=(28, 24, 24, 20), lh=1.4)[0]
    im = photocopy(pg.img, 2717, gens=2, band=(("top", 34, 45), ("right", 28, 50)), streaks=((870, 3, 110),), speckle=0.011,
                   fade=0.85, angle=(1.1, -0.5), tone_curve=(55, 200))
    write("scan/p17.jpg", jpeg(im, 72, 200))
    record("scan/p17.jpg", L, "anonymous report (no name, no address, closing 'Hormat kami, / Pegawai yang peduli', nothing signed); photocopy of a photocopy with faded toner (lighter and broken strokes towards the right), speckle, lid bands top and right, a streak; fees asked over WhatsApp for leave permits -> sekretariat (illegal fee, although leave is named)", "sekretariat")


def coffee_ring(img, dpi, cx_mm, cy_mm, r_mm, seed, col=(150, 110, 70)):
    rng = np.random.default_rng(seed)
    W, H = img.size
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy, r = cx_mm * dpi / 25.4, cy_mm * dpi / 25.4, r_mm * dpi / 25.4
    th = np.arctan2(yy - cy, xx - cx)
    rr = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / (r * (1 + 0.012 * np.sin(2 * th + 1.0) + 0.006 * np.sin(5 * th)))
    wid = 0.011 + 0.008 * (0.5 + 0.5 * np.sin(th + 2.0))
    ring = np.exp(-((rr - 1) / wid) ** 2) * 0.5 + 0.05 / (1 + np.exp(np.clip((rr - 0.995) / 0.004, -60, 60)))
    ring = ring * (0.55 + 0.45 * (0.5 + 0.5 * np.sin(th * 1.0 + 0.5)))
    a = np.asarray(img).astype(np.float32)
    tint = np.array(col, np.float32) / 255
    out = a * (1 - ring[..., None] * (1 - tint))
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def p18():
    """Staff member; discipline sanction without a hearing; identity in one
    sentence; coffee-cup ring and a fold; no request. Greyscale PNG."""
    L = Lt(name="Bambang Hermanto",
           address="Dusun Kalisari RT 001 RW 004, Desa Pejangkungan, Kecamatan Rembang, Kabupaten Pasuruan",
           service_description="Pada tanggal 14 September 2026 saya menerima keputusan hukuman disiplin berupa penurunan jabatan setingkat lebih rendah selama 12 bulan dengan alasan tidak masuk kerja selama 15 hari. Ketidakhadiran tersebut terjadi karena saya dirawat di rumah sakit, dan surat keterangan rawat inap sudah saya serahkan kepada atasan. Saya tidak pernah dipanggil untuk diperiksa dan tidak pernah diberi kesempatan memberikan keterangan sebelum hukuman dijatuhkan.",
           loss="Penghasilan saya berkurang sekitar Rp 900.000 per bulan selama hukuman berlaku, dan catatan hukuman disiplin ini menghalangi saya mengikuti seleksi jabatan tahun depan.",
           place="Rembang", date="2026-09-28", phone="0819 3824 6611", nik="3514111003800007")
    els = [("R", "Rembang, 28 September 2026"), ("GAP", 7),
           ("L", "Kepada"), ("L", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("L", "di Bangil"), ("GAP", 7),
           ("L", "Perihal : Pengaduan keputusan hukuman disiplin"), ("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 2),
           ("P", "Saya, Bambang Hermanto, NIK " + L["nik"] + ", pegawai pada Dinas Lingkungan Hidup Kabupaten Pasuruan, beralamat di "
                 + L["address"] + ", nomor telepon " + L["phone"] + ", dengan ini menyampaikan pengaduan sebagai berikut.",
            {"first": 12, "after": 3}),
           ("P", L["service_description"], {"first": 12, "after": 3}),
           ("P", L["loss"], {"first": 12, "after": 3}),
           ("P", "Demikian surat ini saya sampaikan untuk menjadi perhatian.", {"first": 12, "after": 7}),
           ("SIG", 120, {"pre": ["Hormat saya,"], "sign": {"ink": (30, 30, 45)}, "name": L["name"], "name_style": "b",
                         "seed": 2818, "space": 22})]
    pg = render(200, "lsans", 11, [els], margins=(27, 24, 24, 20), lh=1.45)[0]
    page = paper(pg.img, 28, tone=(244, 239, 226), light=0.06, light_dir=0.4)
    page = coffee_ring(page, 200, 150, 62, 38, 2818)
    a = np.asarray(page).astype(np.float32)
    H = a.shape[0]
    fy = int(H * 0.34)
    yy = np.arange(H, dtype=np.float32)[:, None, None]
    a = a * (1 - 0.09 * np.exp(-((yy - fy) / 5.0) ** 2)) * (1 + 0.03 * np.exp(-((yy - fy - 14) / 10.0) ** 2))
    page = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    im = scanner(page, 2818, angle=0.7, blur=0.6, noise=1.2, specks=25, mode="L")
    a = np.asarray(im).astype(np.int16)
    a[a > 226] = 232  # the scanner driver's background clean-up flattens the paper
    im = Image.fromarray(a.astype(np.uint8))
    b = io.BytesIO()
    im.save(b, "PNG", dpi=(200, 200), optimize=True)
    write("scan/p18.png", b.getvalue())
    record("scan/p18.png", L, "greyscale PNG 200 dpi on yellowed paper with a coffee-cup ring near the date and a fold line; identity in one sentence (name, NIK, office, address, phone); no headings; closes without any request; discipline sanction imposed without a hearing -> kinerja", "kinerja")


def p19():
    """PPPK applicant on the crowded verification day (facilities); identity in a
    table including place and date of birth; image-only PDF 240 dpi."""
    L = Lt(name="Fitria Ningsih, S.E.",
           address="Dusun Gununggangsir RT 003 RW 002, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan",
           service_description="Pada tanggal 29 Oktober 2026 saya mengikuti verifikasi berkas fisik pelamar PPPK di aula BKPSDM. Ratusan pelamar dipanggil pada jam yang sama, mesin nomor antrean tidak berfungsi, dan ruang tunggu hanya menyediakan sekitar tiga puluh kursi sehingga sebagian besar pelamar, termasuk ibu hamil dan lansia, menunggu berdiri di halaman tanpa peneduh hingga sore hari. Toilet di lantai bawah juga terkunci sepanjang hari.",
           loss="Saya menunggu berdiri selama hampir tujuh jam dalam keadaan hamil enam bulan sehingga saya jatuh pingsan dan harus membayar pemeriksaan di klinik sebesar Rp 275.000.",
           requested_resolution="Saya mohon BKPSDM menjadwalkan verifikasi berkas per kelompok jam, menyediakan ruang tunggu dan kursi yang cukup, serta membuka toilet untuk pengunjung setiap hari layanan.",
           place="Beji", date="2026-10-30", phone="0882 1577 3940", nik="3514095705940003", email="fitria.ningsih94@example.net")
    els = [("R", "Beji, 30 Oktober 2026"), ("GAP", 5)] + KEPADA + [("GAP", 5),
           ("L", "Perihal : Pengaduan sarana layanan verifikasi berkas PPPK", {"style": "b"}), ("GAP", 4),
           ("L", "Dengan hormat,"), ("GAP", 1), ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("TAB", [("Nama", L["name"]), ("NIK", L["nik"]), ("Tempat / Tgl. Lahir", "Pasuruan, 17-05-1994"),
                    ("Alamat", L["address"]), ("No. HP", L["phone"]), ("E-mail", L["email"]),
                    ("Keterangan", "Pelamar PPPK 2026, No. Peserta 26351420110318")], (45, 115), {"pt": 10}),
           ("P", "menyampaikan pengaduan sebagai berikut:"),
           ("TAB", [("Uraian pengaduan", L["service_description"]), ("Kerugian", L["loss"]),
                    ("Permintaan penyelesaian", L["requested_resolution"])], (45, 115), {"pt": 10}),
           ("P", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu, terima kasih.", {"after": 4}),
           ("SIG", 122, {"pre": ["Hormat saya,"], "sign": {"ink": (28, 30, 60)}, "name": L["name"], "seed": 2919, "space": 21})]
    pg = render(240, "dsansc", 10.5, [els], margins=(25, 18, 20, 14), lh=1.32)[0]
    page = paper(pg.img, 29, tone=(245, 244, 240), light=0.04)
    im = scanner(page, 2919, angle=-0.4, blur=0.7, noise=2.0, specks=30, mode="L")
    write("scan/p19.pdf", pdf([im], 240, 70, "Microsoft: Print To PDF", "Windows Fax and Scan"))
    record("scan/p19.pdf", L, "image-only PDF 240 dpi greyscale; identity in a ruled table with place and date of birth ('Pasuruan, 17-05-1994') and e-mail; description, loss and request in a second two-column table; PPPK applicant, crowded verification day, no chairs, broken queue machine, locked toilets (facilities) -> sekretariat", "sekretariat")


def p20():
    """PPPK part-time teacher; date written in words; workplace only, no loss;
    single photocopy with faded toner; image-only PDF 200 dpi."""
    L = Lt(name="Siti Khoiriyah, S.Pd.I.",
           service_description="Saya dinyatakan lulus seleksi PPPK paruh waktu formasi guru tahun 2025 dan telah menerima pengumuman Nomor Induk PPPK pada bulan Maret 2026. Namun sampai sekarang surat keputusan pengangkatan dan perjanjian kerja saya belum diterbitkan, padahal rekan-rekan yang lulus bersamaan di kecamatan lain sudah menandatangani perjanjian kerja pada bulan Juli 2026.",
           requested_resolution="Saya mohon BKPSDM segera menerbitkan SK pengangkatan dan perjanjian kerja PPPK paruh waktu atas nama saya, atau memberi tahu secara tertulis apa yang masih kurang dari berkas saya.",
           place="Purwosari", date="2026-10-20", phone="0815 1046 3378")
    els = [("R", "Purwosari, dua puluh Oktober 2026"), ("GAP", 7)] + KEPADA + [("GAP", 7),
           ("L", "Perihal : Pengaduan SK PPPK paruh waktu"), ("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1.5),
           ("P", "Saya yang bertanda tangan di bawah ini:"),
           ("LAB", [("Nama", L["name"]), ("Tempat tugas", "SDN Sumbersuko 1, Kecamatan Purwosari"),
                    ("Status", "PPPK paruh waktu (guru kelas)"), ("No. HP", L["phone"])], {"xs": (6, 34, 37)}),
           ("P", "dengan ini menyampaikan pengaduan sebagai berikut:", {"after": 3}),
           ("P", L["service_description"], {"first": 10, "after": 3}),
           ("P", L["requested_resolution"], {"first": 10, "after": 3}),
           ("P", "Demikian surat ini saya sampaikan. Atas perhatian dan bantuan Bapak/Ibu saya ucapkan terima kasih.", {"first": 10, "after": 6}),
           ("SIG", 120, {"pre": ["Hormat saya,"], "sign": {"ink": (20, 24, 60)}, "name": L["name"], "seed": 3020, "space": 22})]
    pg = render(200, "dserif", 11.5, [els], margins=(27, 22, 22, 18), lh=1.4)[0]
    im = photocopy(pg.img, 3020, gens=1, band=(("left", 22, 70),), streaks=(), speckle=0.006, fade=0.75, angle=(-0.8,),
                   tone_curve=(40, 225))
    write("scan/p20.pdf", pdf([im], 200, 72, "SHARP MX-M3070", "Sharp Scan"))
    record("scan/p20.pdf", L, "image-only PDF 200 dpi greyscale, a photocopy with faded toner (grey, broken strokes) and a lid band on the left; place/date line 'Purwosari, dua puluh Oktober 2026' (day in words); gives her school, no home address; no loss; PPPK part-time appointment decree not issued -> pengadaan", "pengadaan")


# =========================================================================== hostile


def x01():
    """A well-formed PDF whose only page is an image whose JPEG data is not JPEG
    (the scanner's upload was corrupted): nothing on the page can be decoded."""
    rng = np.random.default_rng(3101)
    junk = bytes(rng.integers(0, 256, 48000, dtype=np.uint8))
    junk = b"\x00\x00\x00\x00" + junk  # no SOI marker: no decoder gets a single pixel
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.276 841.89] /Resources << /XObject << /Im0 4 0 R >> /ProcSet [/PDF /ImageC] >> /Contents 5 0 R >>")
    objs.append(b"<< /Type /XObject /Subtype /Image /Width 1654 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length "
                + str(len(junk)).encode() + b" >>\nstream\n" + junk + b"\nendstream")
    content = b"q 595.276 0 0 841.89 0 0 cm /Im0 Do Q"
    objs.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
    objs.append(b"<< /Producer (KONICA MINOLTA bizhub 367) /CreationDate (D:20261112081502+07'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n")
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R /Info 6 0 R >>\nstartxref\n"
              + str(xref).encode() + b"\n%%EOF\n")
    write("hostile/x01.pdf", out.getvalue())
    TRUTH.append({"file": "hostile/x01.pdf", "category": "hostile_error", "expect_exit": 3, "fields": None, "missing": None,
                  "complete": None, "auto_reply": False, "division": None, "ocr": False,
                  "note": "structurally valid one-page PDF (correct xref) whose only content is a DCTDecode image whose stream is random bytes without a JPEG SOI marker: no text layer and no decodable image, the letter cannot be read -> exit 3"})


def x02():
    """A readable but odd file: a colour scan saved as a CMYK JPEG (Adobe APP14,
    as some scanner drivers and Photoshop 'save for print' do)."""
    L = Lt(name="Teguh Santoso, S.Kom.",
           address="Perum Candi Asri Blok H-2, Desa Sumbergedang, Kecamatan Pandaan, Kabupaten Pasuruan",
           service_description="Saya mengikuti uji kompetensi penyesuaian jabatan fungsional Pranata Komputer pada bulan Mei 2026 dan dinyatakan lulus. Rekomendasi pengangkatan dari instansi pembina sudah terbit pada bulan Juli 2026, tetapi sampai sekarang saya belum dilantik dan SK pengangkatan dalam jabatan fungsional belum diterbitkan BKPSDM, sedangkan tiga peserta lain dari perangkat daerah yang sama sudah dilantik pada 1 Oktober 2026.",
           loss="Saya tidak dapat menerima tunjangan jabatan fungsional sekitar Rp 540.000 per bulan dan angka kredit saya belum dapat mulai dihitung, sehingga kenaikan jenjang jabatan saya ikut tertunda.",
           requested_resolution="Saya mohon BKPSDM segera menerbitkan SK pengangkatan saya dalam jabatan fungsional Pranata Komputer Ahli Pertama dan menjadwalkan pelantikan saya paling lambat bulan Desember 2026.",
           place="Pandaan", date="2026-11-11", phone="0812 5236 9014", email="teguh.santoso.pk@example.com")
    els = [("KOP", ["TEGUH SANTOSO, S.Kom.", L["address"], "HP " + L["phone"] + "  -  " + L["email"]], {"bold": (0,), "big": 2}),
           ("R", "Pandaan, 11 November 2026"), ("GAP", 4),
           ("LAB", [("Perihal", "Pengaduan pengangkatan jabatan fungsional")], {"xs": (0, 17, 20)}), ("GAP", 3)] + KEPADA + [("GAP", 5),
           ("L", "Dengan hormat,"), ("GAP", 1),
           ("P", "Saya yang bertanda tangan di bawah ini, Teguh Santoso, S.Kom., NIP 19910204 201503 1 002, pelaksana pada Dinas Komunikasi dan Informatika Kabupaten Pasuruan, menyampaikan pengaduan sebagai berikut."),
           ("L", "1. Uraian", {"style": "b"}), ("P", L["service_description"], {"ind": 5}),
           ("L", "2. Kerugian", {"style": "b"}), ("P", L["loss"], {"ind": 5}),
           ("L", "3. Penyelesaian yang diminta", {"style": "b"}), ("P", L["requested_resolution"], {"ind": 5}),
           ("P", "Demikian pengaduan ini saya sampaikan. Terima kasih.", {"after": 4}),
           ("SIG", 122, {"pre": ["Hormat saya,"], "sign": {"ink": (25, 40, 130)}, "name": L["name"], "seed": 3202, "space": 21,
                         "post": ["NIP. 19910204 201503 1 002"]})]
    pg = render(200, "lsans", 10.5, [els], margins=(24, 16, 20, 14), lh=1.3)[0]
    page = paper(pg.img, 32, tone=(246, 244, 236), light=0.04)
    im = scanner(page, 3202, angle=0.6, blur=0.6, noise=2.0, specks=25, mode="RGB")
    rgb = np.asarray(im).astype(np.float32) / 255
    k = 1 - rgb.max(axis=2)
    kk = k * 0.85  # grey-component replacement
    den = np.maximum(1 - kk, 1e-3)[..., None]
    cmy = np.clip((1 - rgb - kk[..., None]) / den, 0, 1)
    cmyk = np.concatenate([cmy, kk[..., None]], axis=2)
    cm = Image.fromarray((cmyk * 255).round().astype(np.uint8), "CMYK")
    write("hostile/x02.jpg", jpeg(cm, 80, 200))
    record("hostile/x02.jpg", L, "odd but readable: a colour scan saved as a 4-channel CMYK JPEG (Adobe APP14 marker, grey-component replacement) at 200 dpi; personal kop with address, phone and e-mail; identity in a sentence; functional-position appointment after a passed competency test not issued -> mutasi; scored like any scan", "mutasi", cat="hostile_ok")


if __name__ == "__main__":
    import sys
    names = sys.argv[1:]
    ALL = [v for k, v in sorted(globals().items()) if k[:1] in "px" and k[1:].isdigit() and callable(v)]
    for fn in ALL:
        if names and fn.__name__ not in names:
            continue
        fn()
        print("done", fn.__name__, flush=True)
    if not names:
        with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for t in TRUTH:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
        print(len(TRUTH), "items")
