#!/usr/bin/env python3
"""Generate the blind held-out set `heldout21` for `pengaduan extract`.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and score.py), without looking at the
extractor or at other test sets' letters.  The rendering machinery (PDF
writer, signature scribble, scan renderer, MIME helpers, DOCX re-zipper) is
copied from heldout20's generator; every letter here is new.

This set is about INCOMPLETE letters and not inventing what is not there:
letters with no loss (some full of emotional words about the office), no
requested resolution (politeness closings only), a workplace or the
agency's own address instead of the complainant's address, a village name
only in the place/date line, date without place, place without date,
closings without a name, a name without a closing, anonymous reports and
initials-only reports, plus a few complete letters in an unusual order.

Run from the repository root:
    .venv/bin/python tests/extract/heldout21/make_heldout21.py

Everything is deterministic (fixed seeds, fixed Message-IDs, boundaries,
zip timestamps and DOCX core properties).  Standard library + Pillow +
numpy + python-docx only.  All people, addresses, NIKs, phone numbers and
e-mail addresses are invented; mail addresses use example.* domains.
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import io
import json
import math
import quopri
import random
import re
import shutil
import textwrap
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
AGENCY_ADDR = "pengaduan.bkpsdm@pasuruankab.go.id"
AGENCY_POST = "Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153"

FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"]


def font_path(name):
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    raise SystemExit(f"font {name} not found")


SANS = font_path("LiberationSans-Regular.ttf")
SANS_B = font_path("LiberationSans-Bold.ttf")
SERIF = font_path("LiberationSerif-Regular.ttf")
SERIF_B = font_path("LiberationSerif-Bold.ttf")

REQUIRED = ["name", "address", "service_description", "loss",
            "requested_resolution", "place", "date", "signed"]
FIELD_KEYS = REQUIRED + ["email", "phone", "nik"]

TRUTH: list[dict] = []
FILES: dict[str, bytes] = {}


SOURCES: dict[str, str] = {}   # rel -> the letter text as written (for self-checks)


# ----------------------------------------------------------------- helpers
def put(rel: str, data: bytes):
    assert rel not in FILES, rel
    FILES[rel] = data


def complaint(rel, category, f, division, note, ocr=False):
    fields = {k: f.get(k) for k in FIELD_KEYS}
    fields["signed"] = bool(f.get("signed"))
    for k, v in fields.items():
        assert v != "", (rel, k)
        if isinstance(v, str):
            assert v == " ".join(v.split()), (rel, k, v)
    missing = [k for k in REQUIRED
               if (fields[k] is False if k == "signed" else fields[k] is None)]
    TRUTH.append({"file": rel, "category": category, "expect_exit": 0,
                  "fields": fields, "missing": missing,
                  "complete": not missing, "auto_reply": False,
                  "division": division, "ocr": ocr, "note": note})


def unscored(rel, category, note, expect_exit=0, auto_reply=False):
    TRUTH.append({"file": rel, "category": category, "expect_exit": expect_exit,
                  "fields": None, "missing": None, "complete": None,
                  "auto_reply": auto_reply, "division": None, "ocr": False,
                  "note": note})


def hdate(y, mo, d, h, mi, s=0, tz=7 * 60):
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=tz)))
    return email.utils.format_datetime(t)


def msgid(tag, domain):
    h = hashlib.sha1(("heldout21-" + tag).encode()).hexdigest()[:20]
    return f"<{h}@{domain}>"


def boundary(tag, n=0):
    return "0000000000" + hashlib.sha1(f"heldout21-b-{tag}-{n}".encode()).hexdigest()[:18]


def wrap(text, width=72):
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


def wrap_all(body, width=72):
    """Wrap every line of a multi-line body that is longer than width."""
    out = []
    for ln in body.split("\n"):
        out.append(wrap(ln, width) if len(ln) > width else ln)
    return "\n".join(out)


def rfc2047(s, charset="utf-8", enc="B"):
    raw = s.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "-.,!:/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return f"=?{charset}?Q?{''.join(out)}?="


def qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def received(domain, ip, date, tag):
    qid = hashlib.sha1(("h21" + tag).encode()).hexdigest()[:10].upper()
    return (f"Received: from {domain} ({domain} [{ip}])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{AGENCY_ADDR}>; {date}\n")


def headers(tag, date, frm, subject, domain, ip="192.0.2.10", to=AGENCY,
            extra="", recv=True):
    h = ""
    if recv:
        h += received("mail." + domain, ip, date, tag)
    h += (f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subject}\n"
          f"Message-ID: {msgid(tag, domain)}\n")
    h += extra
    h += "MIME-Version: 1.0\n"
    return h


def plain_mail(tag, date, frm, subject, domain, body, charset="utf-8",
               cte="8bit", extra="", ip="192.0.2.10", crlf=False, ctype_extra=""):
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = qp(raw)
    elif cte == "base64":
        payload = b64(raw)
    else:
        payload = None
    h = headers(tag, date, frm, subject, domain, ip=ip, extra=extra)
    h += f'Content-Type: text/plain; charset="{charset}"{ctype_extra}\nContent-Transfer-Encoding: {cte}\n\n'
    data = h.encode("ascii") + (payload.encode("ascii") if payload is not None else raw)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def part(ctype, charset, cte, body: bytes | str, disp=None, extra=""):
    if isinstance(body, str):
        body = body.encode(charset or "ascii")
    if cte == "quoted-printable":
        payload = qp(body)
    elif cte == "base64":
        payload = b64(body)
    else:
        payload = body.decode(charset or "ascii")
    h = f"Content-Type: {ctype}" + (f'; charset="{charset}"' if charset else "") + "\n"
    if disp:
        h += disp + "\n"
    h += extra
    h += f"Content-Transfer-Encoding: {cte}\n\n"
    return h + payload


def multipart(subtype, bnd, parts, preamble="", params=""):
    s = f'Content-Type: multipart/{subtype};{params}\n\tboundary="{bnd}"\n\n'
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += f"--{bnd}\n{p}\n"
    s += f"--{bnd}--\n"
    return s


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def attach(ctype, fname, data, inline_cid=None):
    if inline_cid:
        disp = f'Content-Disposition: inline;\n\tfilename="{fname}"\nContent-ID: <{inline_cid}>'
    else:
        disp = f'Content-Disposition: attachment;\n\tfilename="{fname}"'
    return (f'Content-Type: {ctype};\n\tname="{fname}"\n{disp}\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}")


# ------------------------------------------------------ letter layout model
# blocks: ("p", text) paragraph | ("right", text) | ("center", text, bold)
#         ("gap", n) | ("kv", label, value) | ("sig", signed[, "over"])
#         ("b", text) bold line | ("rightcol", text) | ("hr", thickness)
#         ("bigc", text) large bold centred | ("c", text) small centred
#         ("cols", left, right, left_bold, scale) two-column line
#         ("ind", text) indented paragraph | ("page", header) new page
class Measure:
    def __init__(self, path, size):
        self.f = ImageFont.truetype(path, 1000)
        self.size = size

    def w(self, s):
        return self.f.getlength(s) * self.size / 1000.0


def wrap_px(text, width, measure):
    words = text.split(" ")
    lines, cur = [], ""
    for w_ in words:
        t = (cur + " " + w_) if cur else w_
        if measure(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w_
    if cur:
        lines.append(cur)
    return lines


def layout(blocks, page_w, margin, size, measure, measure_b, label_w):
    """Drawing ops in a top-left coordinate system (units of the caller):
    ("t", x, y, text, bold, scale), ("sig", x, y, mode), ("hr", y, thick),
    ("page",).  y is the baseline."""
    lead = size * 1.38
    ops = []
    y = margin + size
    text_w = page_w - 2 * margin
    for b in blocks:
        kind = b[0]
        if kind == "gap":
            y += lead * b[1]
        elif kind == "page":
            ops.append(("page",))
            y = margin * 0.8 + size
            if len(b) > 1 and b[1]:
                x = (page_w - measure(b[1])) / 2
                ops.append(("t", x, y, b[1], False, 1.0))
                y += lead * 2
        elif kind in ("p", "ind"):
            ind = size * 2.2 if kind == "ind" else 0
            for ln in wrap_px(b[1], text_w - ind, measure):
                ops.append(("t", margin + ind, y, ln, False, 1.0))
                y += lead
        elif kind == "b":
            ops.append(("t", margin, y, b[1], True, 1.0))
            y += lead
        elif kind == "right":
            x = page_w - margin - measure(b[1])
            ops.append(("t", x, y, b[1], False, 1.0))
            y += lead
        elif kind == "rightcol":  # block starting at 58% of the width
            ops.append(("t", margin + text_w * 0.58, y, b[1], False, 1.0))
            y += lead
        elif kind == "center":
            m = measure_b if b[2] else measure
            x = (page_w - m(b[1])) / 2
            ops.append(("t", x, y, b[1], b[2], 1.0))
            y += lead
        elif kind == "bigc":
            sc = 1.45
            y += lead * 0.3
            x = (page_w - measure_b(b[1]) * sc) / 2
            ops.append(("t", x, y, b[1], True, sc))
            y += lead * 1.25
        elif kind == "c":
            sc = 0.88
            x = (page_w - measure(b[1]) * sc) / 2
            ops.append(("t", x, y, b[1], False, sc))
            y += lead * 0.92
        elif kind == "cols":
            _, left, right, lbold, sc = b
            ops.append(("t", margin, y, left, lbold, sc))
            if right:
                ops.append(("t", page_w - margin - measure(right) * 0.9, y, right, False, 0.9))
            y += lead * max(sc, 1.0)
        elif kind == "hr":
            y += lead * 0.1
            ops.append(("hr", y, b[1]))
            y += lead * 1.0
        elif kind == "kv":
            ops.append(("t", margin, y, b[1], False, 1.0))
            ops.append(("t", margin + label_w, y, ":", False, 1.0))
            vx = margin + label_w + measure(": ")
            for ln in wrap_px(b[2], page_w - margin - vx, measure):
                ops.append(("t", vx, y, ln, False, 1.0))
                y += lead
        elif kind == "tbl":  # ("tbl", rows, label_frac): a ruled two-column table
            rows, frac = b[1], b[2]
            x0, x2 = margin, page_w - margin
            x1 = margin + text_w * frac
            pad = size * 0.45
            top = y - size - pad * 0.6
            ops.append(("ln", x0, top, x2, top, 0.7))
            for lab, val in rows:
                ry = y
                ops.append(("t", x0 + pad, ry, lab, False, 1.0))
                vl = wrap_px(val, x2 - x1 - 2 * pad, measure)
                for ln in vl:
                    ops.append(("t", x1 + pad, ry, ln, False, 1.0))
                    ry += lead
                bot = ry - size - pad * 0.6 + pad * 1.2
                ops.append(("ln", x0, bot, x2, bot, 0.7))
                ops.append(("ln", x0, top, x0, bot, 0.7))
                ops.append(("ln", x1, top, x1, bot, 0.7))
                ops.append(("ln", x2, top, x2, bot, 0.7))
                top = bot
                y = ry + pad * 1.2
            y += lead * 0.3
        elif kind == "sig":
            mode = b[2] if len(b) > 2 else "above"
            x = margin if mode == "left" else margin + text_w * 0.58
            if b[1]:
                ops.append(("sig", x, y, mode))  # y = baseline the next line would have
            y += lead * (2.0 if mode == "over" else 3.2)
        else:
            raise ValueError(kind)
    return ops


def split_pages(ops):
    pages = [[]]
    for op in ops:
        if op[0] == "page":
            pages.append([])
        else:
            pages[-1].append(op)
    return pages


# ------------------------------------------------------- minimal PDF writer
def pdf_str(s):
    raw = s.encode("cp1252")
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


def sig_curve(rng, w, h, n=7):
    """A handwritten-looking scribble: list of cubic Bezier segments inside
    a w x h box (origin bottom-left)."""
    pts = []
    x = 0.05 * w
    y = 0.5 * h
    pts.append((x, y))
    segs = []
    for i in range(n):
        nx = x + w * rng.uniform(0.08, 0.16)
        ny = h * rng.uniform(0.15, 0.9)
        c1 = (x + rng.uniform(-0.05, 0.1) * w, y + rng.uniform(0.2, 0.6) * h * (1 if i % 2 else -1))
        c2 = (nx - rng.uniform(0.0, 0.1) * w, ny + rng.uniform(0.2, 0.6) * h * (-1 if i % 2 else 1))
        segs.append((c1, c2, (nx, ny)))
        x, y = nx, ny
    # final flourish back under the name
    segs.append(((x + 0.05 * w, y - 0.4 * h), (0.4 * w, 0.0), (0.1 * w, 0.15 * h)))
    return pts[0], segs


def bezier_points(start, segs, steps=24):
    out = [start]
    p0 = start
    for c1, c2, p3 in segs:
        for i in range(1, steps + 1):
            t = i / steps
            a = (1 - t) ** 3
            b_ = 3 * (1 - t) ** 2 * t
            c = 3 * (1 - t) * t ** 2
            d = t ** 3
            out.append((a * p0[0] + b_ * c1[0] + c * c2[0] + d * p3[0],
                        a * p0[1] + b_ * c1[1] + c * c2[1] + d * p3[1]))
        p0 = p3
    return out


def make_pdf(blocks, seed, sig_kind="vector", size=11.0, font="sans",
             producer=b"Microsoft Word for Microsoft 365", creator=b"Microsoft Word"):
    """A text PDF (Helvetica or Times, WinAnsi), one or more pages.
    sig_kind: vector | image."""
    W, H, M = 595.28, 841.89, 64.0
    if font == "serif":
        ms, mb = Measure(SERIF, size), Measure(SERIF_B, size)
        base, bold = b"/Times-Roman", b"/Times-Bold"
    else:
        ms, mb = Measure(SANS, size), Measure(SANS_B, size)
        base, bold = b"/Helvetica", b"/Helvetica-Bold"
    ops = layout(blocks, W, M, size, ms.w, mb.w, label_w=ms.w("Nomor Telepon/HP  "))
    pages = split_pages(ops)
    assert all(op[2] < H - 40 for pg in pages for op in pg if op[0] == "t"), "page overflow"
    rng = random.Random(seed)
    page_streams = []
    images = []  # (name, w, h, data) ; page index
    page_images = []
    for pops in pages:
        content = []
        pim = []
        for op in pops:
            if op[0] == "t":
                _, x, y, text, isb, sc = op
                fnt = b"/F2" if isb else b"/F1"
                content.append(b"BT %s %.1f Tf %.2f %.2f Td " % (fnt, size * sc, x, H - y)
                               + pdf_str(text) + b" Tj ET")
            elif op[0] == "hr":
                _, y, th = op
                content.append(b"q 0 0 0 RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (
                    th, M, H - y, W - M, H - y))
            elif op[0] == "ln":
                _, x1, y1, x2, y2, th = op
                content.append(b"q 0 0 0 RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (
                    th, x1, H - y1, x2, H - y2))
            else:
                _, x, y, _mode = op
                y += size * 1.38 * 0.6
                if sig_kind == "vector":
                    start, segs = sig_curve(rng, 120, 36)
                    ox, oy = x + 4, H - y - 22
                    cmd = [b"q 0.08 0.12 0.45 RG 1.3 w 1 J 1 j"]
                    cmd.append(b"%.2f %.2f m" % (ox + start[0], oy + start[1]))
                    for c1, c2, p3 in segs:
                        cmd.append(b"%.2f %.2f %.2f %.2f %.2f %.2f c" % (
                            ox + c1[0], oy + c1[1], ox + c2[0], oy + c2[1], ox + p3[0], oy + p3[1]))
                    cmd.append(b"S Q")
                    content.append(b" ".join(cmd))
                else:
                    iw, ih = 360, 130
                    im = Image.new("L", (iw, ih), 255)
                    dr = ImageDraw.Draw(im)
                    start, segs = sig_curve(rng, iw, ih * 0.9)
                    pts = [(px, ih - py - 5) for px, py in bezier_points(start, segs)]
                    dr.line(pts, fill=25, width=4, joint="curve")
                    name = b"/Im%d" % (len(images) + 1)
                    images.append((name, iw, ih, zlib.compress(im.tobytes(), 9)))
                    pim.append(len(images) - 1)
                    content.append(b"q %.2f 0 0 %.2f %.2f %.2f cm %s Do Q" % (
                        110, 38, x + 4, H - y - 22, name))
        page_streams.append(zlib.compress(b"\n".join(content), 9))
        page_images.append(pim)
    n = len(pages)
    # object numbering: 1 catalog, 2 pages, 3 F1, 4 F2, then per page (page, content),
    # then images, then info
    first_page = 5
    img_first = first_page + 2 * n
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(n))
    objs.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n)
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont " + base + b" /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont " + bold + b" /Encoding /WinAnsiEncoding >>")
    for i in range(n):
        xo = b""
        if page_images[i]:
            xo = b" /XObject << " + b" ".join(
                images[k][0] + b" %d 0 R" % (img_first + k) for k in page_images[i]) + b" >>"
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >>" + xo + b" >> /Contents %d 0 R >>"
                    % (first_page + 2 * i + 1))
        st = page_streams[i]
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(st) + st + b"\nendstream")
    for name, iw, ih, data in images:
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (iw, ih, len(data))
                    + data + b"\nendstream")
    objs.append(b"<< /Producer (" + producer + b") /Creator (" + creator + b") >>")
    info_no = len(objs)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, info_no, xref)
    return bytes(out)


# ------------------------------------------------------------ scan renderer
def draw_stamp(im, cx, cy, r, ring_text, mid_text, colour, seed):
    """A rubber-stamp-like coloured circle with text round the rim."""
    W, H = im.size
    mask = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(mask)
    lw = max(3, int(r * 0.05))
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=lw)
    ri = r * 0.66
    dr.ellipse((cx - ri, cy - ri, cx + ri, cy + ri), outline=255, width=max(2, lw // 2))
    fsz = int(r * 0.17)
    f = ImageFont.truetype(SANS_B, fsz)
    R = (r + ri) / 2
    n = len(ring_text)
    step = 2 * math.pi / n
    for i, ch in enumerate(ring_text):
        th = i * step
        if ch == " ":
            continue
        g = Image.new("L", (fsz * 2, fsz * 2), 0)
        ImageDraw.Draw(g).text((fsz, fsz), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(th), resample=Image.BICUBIC)
        px = cx + R * math.sin(th)
        py = cy - R * math.cos(th)
        mask.paste(255, (int(px - fsz), int(py - fsz)), g)
    fm = ImageFont.truetype(SANS_B, int(r * 0.2))
    dr.text((cx, cy), mid_text, font=fm, fill=255, anchor="mm")
    # uneven ink
    nrng = np.random.default_rng(seed)
    field = nrng.uniform(0.35, 1.0, (H // 16 + 1, W // 16 + 1)).astype(np.float32)
    field_im = Image.fromarray((field * 255).astype(np.uint8)).resize((W, H), Image.BILINEAR)
    m = np.asarray(mask).astype(np.float32) / 255.0 * np.asarray(field_im).astype(np.float32) / 255.0 * 0.85
    a = np.asarray(im).astype(np.float32)
    col = np.array(colour, dtype=np.float32)
    a = a * (1 - m[..., None]) + col[None, None, :] * m[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def render_scan(blocks, seed, dpi=200, angle=0.6, paper=250, noise=7.0,
                blur=0.5, colour=False, pen=(20, 40, 120), quant=1, stamp=None,
                specks=True, decorate=None):
    """Render the letter as scanned page images (a list, one per page).
    paper: grey level, or an (r, g, b) tuple for colour scans.
    stamp: dict(ring=..., mid=..., colour=(r, g, b)) drawn beside the signature."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    size = 11.5 * dpi / 72.0
    M = 0.9 * dpi
    f = ImageFont.truetype(SERIF, int(round(size)))
    fb = ImageFont.truetype(SERIF_B, int(round(size)))
    fonts = {}

    def font_for(bold, sc):
        key = (bold, sc)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(SERIF_B if bold else SERIF, int(round(size * sc)))
        return fonts[key]

    ops = layout(blocks, W, M, size, f.getlength, fb.getlength,
                 label_w=f.getlength("Nomor Telepon/HP  "))
    mode = "RGB" if colour else "L"
    if colour:
        bg = paper if isinstance(paper, tuple) else (paper, paper - 3, paper - 12)
        ink = (28, 28, 30)
    else:
        bg = paper
        ink = 25
    out = []
    for pi, pops in enumerate(split_pages(ops)):
        assert all(op[2] < H - 0.55 * dpi for op in pops if op[0] == "t"), "page overflow"
        im = Image.new(mode, (W, H), bg)
        dr = ImageDraw.Draw(im)
        sig_at = None
        for op in pops:
            if op[0] == "t":
                _, x, y, text, bold, sc = op
                dr.text((x, y), text, font=font_for(bold, sc), fill=ink, anchor="ls")
            elif op[0] == "ln":
                _, x1, y1, x2, y2, th = op
                dr.line([(x1, y1), (x2, y2)], fill=ink, width=max(1, int(th * dpi / 72)))
            elif op[0] == "hr":
                _, y, th = op
                lw = max(2, int(th * dpi / 72))
                dr.line([(M, y), (W - M, y)], fill=ink, width=lw)
                if th >= 2:
                    dr.line([(M, y + lw + 4), (W - M, y + lw + 4)], fill=ink, width=max(1, lw // 3))
            else:
                _, x, y, smode = op
                lead = size * 1.38
                bw, bh = 1.7 * dpi, 0.5 * dpi
                bottom = y + lead * (2.6 if smode == "over" else 2.2)
                start, segs = sig_curve(rng, bw, bh)
                pts = [(x + px, bottom - py) for px, py in bezier_points(start, segs)]
                col = pen if colour else 45
                dr.line(pts, fill=col, width=max(2, int(dpi / 75)), joint="curve")
                sig_at = (x, y + lead * 1.2)
        if decorate and pi == 0:
            im = decorate(im, dpi, W, H, M)
        if stamp and sig_at and colour:
            x, y = sig_at
            dx, dy = stamp.get("offset", (-0.42, 0.0))
            im = draw_stamp(im, int(x + dx * dpi), int(y + dy * dpi), int(0.55 * dpi),
                            stamp["ring"], stamp["mid"], stamp["colour"], seed + 7)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        a = np.asarray(im).astype(np.float32)
        a += nrng.normal(0.0, noise, a.shape).astype(np.float32)
        if specks:
            sp = nrng.integers(0, [H, W], size=(int(W * H / 9000), 2))
            for (yy, xx) in sp:
                a[yy:yy + 2, xx:xx + 2] = 70
        if quant > 1:
            a = np.round(a / quant) * quant
        a = np.clip(a, 0, 255).astype(np.uint8)
        out.append(Image.fromarray(a, mode))
    return out


def img_bytes(im, fmt, dpi, more=None, **kw):
    buf = io.BytesIO()
    if fmt == "PDF":
        fixed = dt.datetime(2027, 1, 4, 9, 12, 0).timetuple()
        extra = {}
        if more:
            extra = {"save_all": True, "append_images": more}
        im.save(buf, "PDF", resolution=float(dpi), creationDate=fixed, modDate=fixed,
                producer=kw.pop("producer", "Canon iR-ADV C3525"),
                creator=kw.pop("creator", "Canon iR-ADV C3525"), **extra, **kw)
    else:
        im.save(buf, fmt, dpi=(dpi, dpi), **kw)
    return buf.getvalue()


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points
    dst[i] to input points src[i]."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.extend([u, v])
    sol = np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64))
    return tuple(float(c) for c in sol)


def phone_photo(page, seed, size=(1536, 2048), quad=None):
    """A phone photo of a page lying on a table: perspective, uneven light,
    a soft shadow, slight blur and sensor noise."""
    rng = np.random.default_rng(seed)
    W, H = size
    pw, ph = page.size
    quad = quad or [(170, 150), (1385, 190), (1470, 1955), (95, 1905)]
    coeffs = perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.convert("RGB").transform(size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(size, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    # a brownish table top with grain
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = (np.sin(xx / 9.0 + np.sin(yy / 57.0) * 3.0) * 9.0)[..., None]
    table = np.array([112, 82, 58], dtype=np.float32)[None, None, :] + grain
    table += rng.normal(0, 5, (H, W, 1)).astype(np.float32)
    bg = Image.fromarray(np.clip(table, 0, 255).astype(np.uint8), "RGB")
    img = Image.composite(warped, bg, mask)
    a = np.asarray(img).astype(np.float32)
    # light falls from the top right; the phone's shadow on the lower left
    light = 0.78 + 0.24 * (xx / W) * 0.5 + 0.24 * (1 - yy / H) * 0.5
    shadow = np.exp(-(((xx - 0.18 * W) / (0.32 * W)) ** 2 + ((yy - 0.86 * H) / (0.22 * H)) ** 2))
    light = light * (1 - 0.38 * shadow)
    a = a * light[..., None]
    a[..., 2] *= 0.94  # warm indoor light
    a += rng.normal(0, 4.0, a.shape).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return img.filter(ImageFilter.GaussianBlur(0.7))


def text_scan_blocks_check(blocks):
    for b in blocks:
        if b[0] in ("p", "ind", "kv"):
            txt = b[-1]
            assert txt == " ".join(txt.split()), txt


# =================================================================== items


# ------------------------------------------------------------ extra helpers
def norm(s):
    """Whitespace-collapse a passage as it is written wrapped in a letter."""
    return " ".join(s.split())


def quote(body, width=72):
    """A mail client's '> ' quoting of an earlier message (wrapped first)."""
    out = []
    for ln in wrap_all(body, width).split("\n"):
        out.append("> " + ln if ln else ">")
    return "\n".join(out)


def flowed(body, width=76):
    """RFC 3676 format=flowed; DelSp=yes: every soft break ends with an
    extra space that the reader deletes, so a line may also be broken inside
    a long token.  Returns the encoded text (LF line ends)."""
    out = []
    for para in body.split("\n"):
        if len(para) <= width:
            out.append(para.rstrip(" "))
            continue
        words = para.split(" ")
        cur = ""
        for w_ in words:
            while len(w_) > width:  # a very long token (a URL): break inside it
                if cur:
                    out.append(cur + " " + " ")
                    cur = ""
                out.append(w_[:width - 6] + " ")
                w_ = w_[width - 6:]
            t = (cur + " " + w_) if cur else w_
            if len(t) <= width:
                cur = t
            else:
                out.append(cur + " " + " ")   # the word space, then the DelSp marker
                cur = w_
        out.append(cur)
    return "\n".join(out)


def mail_bytes(h, body):
    return (h + body).encode("utf-8")


def pdf_mail(tag, date, frm, subject, domain, cover, data, fname, ip="192.0.2.10",
             ctype="application/pdf", extra=""):
    h = headers(tag, date, frm, subject, domain, ip=ip, extra=extra)
    body = multipart("mixed", boundary(tag), [
        part("text/plain", "utf-8", "8bit", cover),
        attach(ctype, fname, data)])
    return (h + body).encode("utf-8")



def docx_bytes(build, stamp=dt.datetime(2026, 12, 9, 8, 0, 0)):
    """Build a DOCX with python-docx and re-zip it with fixed timestamps."""
    import docx  # python-docx, only needed for this item
    import zipfile
    doc = docx.Document()
    build(doc)
    cp = doc.core_properties
    cp.author = "User"
    cp.last_modified_by = "User"
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 9, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()



# ------------------------------------------------------------ own helpers
def D(s: str) -> str:
    """Dedent a triple-quoted letter and end it with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def src(rel, text):
    SOURCES[rel] = text


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "ind", "b", "right", "rightcol", "c", "bigc"):
            out.append(b[1])
        elif b[0] == "center":
            out.append(b[1])
        elif b[0] == "kv":
            out.append(f"{b[1]} : {b[2]}")
        elif b[0] == "page" and len(b) > 1 and b[1]:
            out.append(b[1])
    return "\n".join(out)


def html_of(text):
    """A Gmail-like HTML rendering of a plain letter: one <div> per line,
    an empty line as <div><br></div>."""
    rows = []
    for ln in text.rstrip("\n").split("\n"):
        rows.append("<div>" + (html_escape(ln) if ln.strip() else "<br>") + "</div>")
    return '<div dir="ltr">\n' + "\n".join(rows) + "\n</div>\n"


def sig_png(seed, w=400, h=130):
    im = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(im)
    start, segs = sig_curve(random.Random(seed), w, h * 0.9)
    pts = [(px, h - py - 5) for px, py in bezier_points(start, segs)]
    dr.line(pts, fill=30, width=4, joint="curve")
    return img_bytes(im, "PNG", 150, optimize=True)


# ================================================================ email_plain
def p01():
    rel = "email_plain/p01.eml"
    addr = "Jl. Sultan Agung Gg. III No. 14 RT 02 RW 05, Kel. Pogar, Kec. Bangil"
    svc = ("Hari Kamis tanggal 26 November 2026 sekitar jam 10 pagi saya datang ke loket informasi "
           "untuk menanyakan status usulan Karis istri saya. Di loket ada dua petugas, tapi keduanya "
           "asyik main HP dan ngobrol sendiri. Saya sudah permisi dua kali tapi tidak digubris, baru "
           "dilayani setelah ada pegawai lain yang menegur. Waktu dilayani pun petugasnya menjawab "
           "sambil lalu tanpa melihat berkas saya. Terus terang pelayanan seperti ini sangat tidak "
           "profesional dan memalukan untuk sebuah kantor pemerintah, apalagi di dinding loket "
           "jelas2 tertulis \"Melayani dengan Senyum\".")
    req = ("Saya mohon petugas loket tersebut ditegur dan dibina, dan ke depan loket informasi selalu "
           "dijaga petugas yang benar-benar siap melayani selama jam kerja.")
    body = D(f"""
        Kepada Yth.
        Kepala BKPSDM Kabupaten Pasuruan
        di tempat

        Assalamualaikum wr. wb.

        Saya yang bertanda tangan dibawah ini:
        Nama    : Heru Santoso
        Alamat  : {addr}
        No. HP  : 0813-3021-7745

        ingin menyampaikan keluhan atas pelayanan di loket informasi BKPSDM.

        {svc}

        {req}

        Bangil, 30 November 2026

        Hormat saya,

        Heru Santoso
        """)
    body = wrap_all(body, 72)
    d = hdate(2026, 11, 30, 9, 12, 40)
    put(rel, plain_mail("p01", d, "Heru Santoso <heru.santoso71@example.com>",
                        "Keluhan petugas loket informasi", "example.com", body, ip="192.0.2.31"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Heru Santoso", address=addr, service_description=svc, loss=None,
        requested_resolution=req, place="Bangil", date="2026-11-30", signed=True,
        email="heru.santoso71@example.com", phone="081330217745"), "sekretariat",
        "NO LOSS: staff ignoring a visitor at the counter, described in emotional words about the "
        "office ('sangat tidak profesional dan memalukan') but no personal cost; names Karis "
        "(pengadaan) yet staff conduct -> sekretariat; wrapped at 72")


def p02():
    rel = "email_plain/p02.eml"
    addr = "Perum Pesona Candi Blok F-7, Ds. Kalirejo, Kec. Bangil"
    svc = ("Di aplikasi e-Kinerja nilai SKP tahun 2025 saya masih berstatus \"belum dinilai\", padahal "
           "atasan saya (kepala sekolah) sudah melakukan penilaian sejak bulan Januari dan bukti "
           "screenshotnya sudah saya tunjukkan ke admin BKPSDM. Sudah 3 kali saya tanyakan lewat telpon "
           "maupun datang langsung, jawabannya selalu \"nanti diproses\".")
    loss = ("Akibatnya TPP saya bulan Oktober dan November 2026 tidak cair sama sekali, kurang lebih "
            "Rp 1.800.000 per bulan, padahal teman2 satu sekolah sudah menerima semua.")
    body = D(f"""
        Yth. Tim Pengaduan BKPSDM Kab. Pasuruan

        Dengan hormat,
        Perkenalkan saya:
        Nama       : Nurul Hidayah, S.Pd.
        NIP        : 19860412 201001 2 021
        Unit kerja : SDN Kalirejo 1 Kec. Bangil
        Alamat     : {addr}
        No. WA     : 0857-4412-9083

        Saya mau menyampaikan pengaduan soal nilai SKP tahun 2025.

        {svc}

        {loss}

        Demikian, mohon perhatiannya.

        Bangil, 2 Desember 2026
        Hormat saya,
        Nurul Hidayah, S.Pd.
        """)
    d = hdate(2026, 12, 2, 20, 31, 5)
    put(rel, plain_mail("p02", d, "Nurul Hidayah <nurulhidayah.spd@example.net>",
                        "Pengaduan nilai SKP 2025 belum dinilai", "example.net", body, ip="198.51.100.14"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Nurul Hidayah, S.Pd.", address=addr, service_description=svc, loss=loss,
        requested_resolution=None, place="Bangil", date="2026-12-02", signed=True,
        email="nurulhidayah.spd@example.net", phone="085744129083"), "kinerja",
        "NO REQUEST: ends 'Demikian, mohon perhatiannya.' (politeness, not a request); SKP/TPP -> "
        "kinerja; an 18-digit NIP with spaces is not a NIK; long unwrapped lines")


def p03():
    rel = "email_plain/p03.eml"
    addr = "Dusun Krajan RT 001 RW 004, Desa Wonorejo, Kecamatan Wonorejo, Kabupaten Pasuruan"
    svc = ("Berkas usul pensiun janda sudah kami serahkan lengkap ke BKPSDM pada awal September 2026, "
           "termasuk akta kematian dan surat keterangan ahli waris dari desa. Waktu itu petugas bilang "
           "paling lama satu bulan SK pensiun janda sudah jadi. Tetapi sampai hari ini, sudah hampir "
           "tiga bulan, SK belum juga terbit dan setiap kali anak saya menanyakan lewat telepon "
           "jawabannya masih diproses.")
    loss = ("Sejak bapak meninggal saya tidak punya penghasilan lagi. Pensiun bapak sudah dihentikan "
            "oleh Taspen, sedangkan pensiun janda belum bisa dibayarkan karena SK-nya belum ada, "
            "sehingga untuk kebutuhan sehari-hari saya bergantung pada anak-anak.")
    req = ("Kami berharap BKPSDM dapat segera menerbitkan SK pensiun janda atas nama saya, supaya saya "
           "bisa mengurus pembayarannya ke Taspen sebelum akhir tahun ini.")
    body = D(f"""
        Kepada
        Yth. Bapak/Ibu Kepala BKPSDM Kabupaten Pasuruan
        di Bangil

        Dengan hormat,

        Saya Sumiati, janda dari almarhum Bapak Karyadi, pensiunan guru SDN Wonorejo 1 yang meninggal dunia pada tanggal 14 Agustus 2026. Saya bertempat tinggal di {addr}. Surat ini saya kirim lewat email anak saya, Andik, karena saya sendiri tidak bisa memakai email. Nomor HP anak saya yang bisa dihubungi 0822-3190-5561.

        {svc}

        {loss}

        {req}

        Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Wonorejo, 1 Desember 2026

        Hormat saya,

        Sumiati
        """)
    body = wrap_all(body, 72)
    d = hdate(2026, 12, 2, 7, 5, 12)
    put(rel, plain_mail("p03", d, "Andik Setiawan <andik.setiawan@example.org>",
                        "Surat pengaduan SK pensiun janda ibu Sumiati", "example.org", body,
                        ip="192.0.2.77", extra="User-Agent: Mozilla Thunderbird\n"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Sumiati", address=addr, service_description=svc, loss=loss,
        requested_resolution=req, place="Wonorejo", date="2026-12-01", signed=True,
        email="andik.setiawan@example.org", phone="082231905561"), "pengadaan",
        "COMPLETE with a soft request ('Kami berharap BKPSDM dapat ...'); widow writes from her son's "
        "mailbox: name is the letter's writer (Sumiati), not the From display name nor the late husband; "
        "address inline in a sentence; widow's pension -> pengadaan")


def p04():
    rel = "email_plain/p04.eml"
    svc = ("Saya mengajukan permohonan izin belajar S2 Pendidikan IPA lewat aplikasi sejak tgl 3 Agustus "
           "2026, berkas sudah diverifikasi lengkap sama operator sekolah dan Dinas Pendidikan. Tapi "
           "sampai skrg statusnya masih \"menunggu verifikasi BKPSDM\", sudah hampir 4 bulan. Waktu sy "
           "tanya ke bidang kompetensi katanya kuota verifikasi bulan ini sudah habis, disuruh nunggu "
           "bulan depan, begitu terus tiap bulan.")
    loss = ("Karena izin belajar blm keluar, saya terpaksa mengajukan cuti kuliah semester ini dan uang "
            "kuliah semester 1 sebesar Rp 7.500.000 yang sudah saya bayar tidak bisa kembali.")
    req = ("Mohon izin belajar saya segera diverifikasi dan diterbitkan, atau kalau memang ada kekurangan "
           "berkas tolong dikabari dengan jelas apa kekurangannya.")
    body = D(f"""
        Selamat siang bapak/ibu admin pengaduan BKPSDM,

        Saya Rizky Amalia, S.Pd, guru IPA di SMP Negeri 2 Gempol (NIP 199203152019032011), mau menyampaikan pengaduan ttg izin belajar.

        {svc}

        {loss}

        {req}

        Terima kasih atas bantuannya \U0001F64F

        Gempol, 27/11/2026

        Salam hormat,
        Rizky Amalia, S.Pd
        HP/WA: 0878 5520 1946
        """)
    d = hdate(2026, 11, 27, 13, 44, 2)
    put(rel, plain_mail("p04", d, "Rizky Amalia <rizky.amalia92@example.com>",
                        "Pengaduan izin belajar blm terbit", "example.com", body, ip="203.0.113.45"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Rizky Amalia, S.Pd", address=None, service_description=svc, loss=loss,
        requested_resolution=req, place="Gempol", date="2026-11-27", signed=True,
        email="rizky.amalia92@example.com", phone="087855201946"), "kompetensi",
        "NO ADDRESS: only the workplace (SMP Negeri 2 Gempol) is given, which is not the complainant's "
        "address; chatty abbreviations; date written 27/11/2026; izin belajar -> kompetensi")


def p05():
    rel = "email_plain/p05.eml"
    svc = ("Pada bulan Maret 2026 saya mengajukan permohonan pindah tugas (mutasi) ke Dinas Komunikasi dan "
           "Informatika sesuai latar belakang pendidikan saya, lengkap dengan surat persetujuan melepas dari "
           "Kepala Dinas Perhubungan dan surat persetujuan menerima dari Kepala Diskominfo. Berkas diterima "
           "petugas dengan tanda terima tanggal 16 Maret 2026. Namun sampai sekarang, hampir sembilan bulan, "
           "tidak ada keputusan apa pun, sementara dua rekan yang mengajukan sesudah saya sudah menerima SK "
           "mutasi pada bulan September.")
    loss = ("Surat persetujuan menerima dari Diskominfo hanya berlaku enam bulan dan sekarang sudah "
            "kedaluwarsa, sehingga saya harus mengurus ulang dari awal, sedangkan formasi yang dulu tersedia "
            "sudah diisi orang lain.")
    req = ("Saya mohon diberi penjelasan tertulis mengapa permohonan saya tidak diproses, dan mohon "
           "permohonan mutasi saya diproses kembali tanpa harus mengulang semua persyaratan dari awal.")
    body = D(f"""
        Kepada Yth.
        Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
        Kabupaten Pasuruan
        {AGENCY_POST}

        Perihal : Pengaduan permohonan mutasi yang tidak ditanggapi

        Dengan hormat,
        Saya yang bertanda tangan di bawah ini:
        Nama        : Eko Budi Prasetyo
        NIP         : 198807232015031002
        Jabatan     : Pengadministrasi Umum
        Unit kerja  : Dinas Perhubungan Kabupaten Pasuruan
        No. HP      : 0853-3147-0962

        menyampaikan pengaduan sebagai berikut.

        {svc}

        {loss}

        {req}

        Demikian pengaduan ini saya sampaikan, atas perhatian Bapak saya ucapkan terima kasih.

        7 Desember 2026

        Hormat saya,



        Dikirim dari Yahoo Mail di Android
        """)
    body = wrap_all(body, 72)
    d = hdate(2026, 12, 8, 6, 58, 30)
    put(rel, plain_mail("p05", d, "Eko Budi Prasetyo <ekobudi.p@example.net>",
                        "Pengaduan permohonan mutasi", "example.net", body, ip="198.51.100.83"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Eko Budi Prasetyo", address=None, service_description=svc, loss=loss,
        requested_resolution=req, place=None, date="2026-12-07", signed=False,
        email="ekobudi.p@example.net", phone="085331470962"), "mutasi",
        "NO ADDRESS (the only street address is the agency's own, in the heading; a workplace is given); "
        "date line without place ('7 Desember 2026'); 'Hormat saya,' followed by a mail-app tagline, no "
        "name -> not signed; mutasi")


def p06():
    rel = "email_plain/p06.eml"
    svc = ("Bulan Oktober kemarin saya mengurus usul kenaikan pangkat dari III/c ke III/d. Waktu menyerahkan "
           "berkas fisik di kantor BKPSDM, ada oknum petugas yang bilang berkas saya bisa \"dibantu "
           "dipercepat\" asal ada uang pelicin Rp 1.500.000, katanya kalau tidak berkas bisa nyangkut sampai "
           "periode berikutnya. Karena takut, uang itu saya serahkan di parkiran kantor tanpa kuitansi.")
    loss = ("Uang Rp 1.500.000 itu saya pinjam dari koperasi sekolah dan sampai sekarang masih saya cicil, "
            "padahal SK kenaikan pangkat saya ternyata juga belum keluar.")
    req = ("Saya minta uang saya dikembalikan dan oknum tersebut ditindak tegas, supaya tidak ada lagi "
           "guru-guru lain yang jadi korban.")
    body = D(f"""
        Kepada Yth. Bapak Kepala BKPSDM Kab. Pasuruan

        Assalamualaikum wr. wb.

        Mohon maaf sebelumnya, saya Samsul Arifin, guru SD di wilayah Kecamatan Grati, NIK 3514091705830004, HP 085233418802. Saya mau melaporkan kejadian yang saya alami waktu mengurus kenaikan pangkat.

        {svc}

        {loss}

        {req}

        Wassalamualaikum wr. wb.

        Kedungrejo, 4 Desember 2026
        Hormat saya,
        Samsul Arifin
        """)
    body = wrap_all(body, 72)
    d = hdate(2026, 12, 4, 19, 20, 47)
    put(rel, plain_mail("p06", d, "Samsul Arifin <samsul.arifin.grati@example.com>",
                        "Laporan pungli kenaikan pangkat", "example.com", body, ip="203.0.113.9"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Samsul Arifin", address=None, service_description=svc, loss=loss,
        requested_resolution=req, place="Kedungrejo", date="2026-12-04", signed=True,
        email="samsul.arifin.grati@example.com", phone="085233418802", nik="3514091705830004"),
        "sekretariat",
        "NO ADDRESS: the only locality is the village in the place/date line ('Kedungrejo, 4 Desember "
        "2026') = place, not address; illegal fee while filing kenaikan pangkat -> sekretariat")


def p07():
    rel = "email_plain/p07.eml"
    addr = "Dsn. Krajan RT 02 RW 01 Desa Sumberrejo Kec. Pandaan"
    svc = ("Saya sudah mengabdi lebih dari 20 tahun dan tahun ini mestinya dapat Satyalancana Karya Satya XX "
           "Tahun. Nama saya sudah diusulkan sekolah lewat korwil sejak Februari 2026, tapi waktu penyerahan "
           "tanda kehormatan tgl 17 Agustus nama saya tidak ada di daftar penerima. Pas saya tanyakan ke "
           "BKPSDM, petugas bilang usulan saya tidak sampai ke pusat karena ada berkas yang \"tercecer\".")
    loss = ("Saya malu sekali dengan rekan-rekan karena nama saya sudah diumumkan di rapat dinas sebagai "
            "penerima, dan saya juga gagal ikut seleksi guru berprestasi tingkat kabupaten yang salah satu "
            "syaratnya punya Satyalancana.")
    req = ("Mohon usulan Satyalancana saya diajukan ulang pada periode terdekat dan saya diberi penjelasan "
           "berkas apa yang tercecer supaya bisa saya lengkapi.")
    body = D(f"""
        Kpd Yth. BKPSDM Kab Pasuruan bagian pengaduan

        Saya Riyanto, PNS guru SDN Sukorejo 3, tinggal di {addr}. No hp 081 336 724 519.

        {svc}

        {loss}

        {req}

        Pandaan, 3 Des 2026

        Riyanto
        """)
    d = hdate(2026, 12, 3, 16, 2, 19)
    put(rel, plain_mail("p07", d, "Riyanto <riyanto.sukorejo@example.org>",
                        "aduan satyalancana", "example.org", body, ip="192.0.2.140"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Riyanto", address=addr, service_description=svc, loss=loss,
        requested_resolution=req, place="Pandaan", date="2026-12-03", signed=False,
        email="riyanto.sukorejo@example.org", phone="081336724519"), "kinerja",
        "NOT SIGNED: a name with no closing (date line, then the bare name; no 'Hormat saya'/'Salam'/"
        "'Terima kasih'); address inline after 'tinggal di'; 'Des' abbreviation; Satyalancana -> kinerja")


def p08():
    rel = "email_plain/p08.eml"
    svc = ("Saya mau melaporkan salah satu guru PNS di SDN Jatirejo 2 Kec. Lekok, inisialnya Bu W., yang sejak "
           "awal tahun ajaran baru jarang sekali masuk. Dalam seminggu paling masuk 1-2 hari, itupun cuma "
           "sampai jam 9. Kelas 4 yang diajar sering dibiarkan kosong atau dititipkan ke penjaga sekolah. "
           "Sudah pernah dilaporkan ke kepala sekolah dan korwil tapi tidak ada perubahan, katanya itu urusan "
           "BKPSDM.")
    loss = ("Akibatnya anak saya dan teman2nya ketinggalan pelajaran, nilai ulangan tengah semester anak saya "
            "turun jauh dan sekarang harus ikut les tambahan yang biayanya Rp 300.000 sebulan.")
    req = ("Mohon BKPSDM memeriksa guru tersebut dan memberikan sanksi disiplin sesuai aturan, supaya anak-anak "
           "bisa belajar normal lagi.")
    body = D(f"""
        Assalamualaikum,

        mohon maaf saya tidak bisa menyebutkan nama karena takut anak saya nanti dipersulit di sekolah.

        {svc}

        {loss}

        {req}

        Terima kasih.
        """)
    d = hdate(2026, 12, 1, 21, 47, 10)
    put(rel, plain_mail("p08", d, "peduli.pendidikan.lekok@example.com",
                        "laporan guru jarang masuk sekolah", "example.com", body, ip="203.0.113.66"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=None, address=None, service_description=svc, loss=loss,
        requested_resolution=req, place=None, date="2026-12-01", signed=False,
        email="peduli.pendidikan.lekok@example.com", phone=None), "kinerja",
        "ANONYMOUS parent: no name (the initial 'Bu W.' is the reported teacher), no address, no "
        "place/date line (date from the Date header), 'Terima kasih.' without a name; an ASN's "
        "absenteeism is a discipline matter -> kinerja (not conduct of the agency's own staff)")


def p09():
    rel = "email_plain/p09.eml"
    svc = ("Saya salah satu peserta seleksi PPPK Tahap II formasi tenaga teknis Kabupaten Pasuruan yang "
           "dinyatakan lulus dan sudah mendapat Nomor Induk PPPK sejak Juli 2026. Sesuai jadwal, SK "
           "pengangkatan mestinya diserahkan pada bulan Oktober, tetapi sampai sekarang SK saya dan sekitar "
           "40 teman lain di formasi teknis belum diserahkan, sementara peserta dari formasi guru dan tenaga "
           "kesehatan sudah menerima SK dan sudah mulai bekerja.")
    loss = ("Karena belum ada SK, saya belum menerima gaji sama sekali, padahal saya sudah keluar dari "
            "pekerjaan lama sebagai tenaga kontrak di perusahaan swasta sejak September karena mengira akan "
            "segera mulai bertugas.")
    req = ("Saya minta BKPSDM mengumumkan secara resmi kapan SK PPPK formasi teknis akan diserahkan dan apa "
           "penyebab keterlambatannya.")
    body = D(f"""
        Yth. Admin Pengaduan BKPSDM Kabupaten Pasuruan

        Dengan hormat,

        Mohon maaf nama saya tulis inisial saja, karena saya masih menunggu SK dan khawatir nanti malah dipersulit.

        {svc}

        {loss}

        {req}

        Demikian, terima kasih.

        Pasrepan, 5 Desember 2026

        Hormat saya,
        S.W.
        """)
    body = wrap_all(body, 72)
    d = hdate(2026, 12, 6, 5, 40, 33)
    put(rel, plain_mail("p09", d, "s.w.pasrepan@example.net",
                        "Pengaduan SK PPPK formasi teknis", "example.net", body, ip="198.51.100.201"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=None, address=None, service_description=svc, loss=loss,
        requested_resolution=req, place="Pasrepan", date="2026-12-05", signed=False,
        email="s.w.pasrepan@example.net", phone=None), "pengadaan",
        "INITIALS ONLY: the writer says the name is deliberately given as initials ('S.W.') -> name null, "
        "and a closing followed by initials is not a closing with the sender's name -> not signed; no "
        "address; PPPK -> pengadaan; letter dated the day before the Date header")


def p10():
    rel = "email_plain/p10.eml"
    addr = "Jl. Hasanuddin No. 41, Kel. Kebonagung, Kec. Purworejo, Kota Pasuruan"
    req = ("Melalui surat ini saya memohon agar SK kenaikan pangkat saya dari Pembina (IV/a) ke Pembina Tingkat I "
           "(IV/b) periode Oktober 2026 segera diterbitkan, dan agar kekurangan gaji sejak TMT 1 Oktober 2026 "
           "dibayarkan secara rapel pada gaji bulan Januari 2027.")
    loss = ("Permohonan itu saya sampaikan karena sejak bulan Oktober saya tidak menerima kenaikan gaji yang "
            "seharusnya, selisihnya kurang lebih Rp 410.000 setiap bulan, dan usulan saya untuk jabatan "
            "pengawas sekolah juga tertunda karena syarat pangkat IV/b belum terpenuhi.")
    svc = ("usul kenaikan pangkat saya sudah berstatus \"BTS\" (berkas telah sesuai) di SIASN sejak 12 Juni 2026 "
           "dan sudah mendapat pertimbangan teknis dari BKN. Rekan-rekan satu sekolah yang diusulkan bersamaan "
           "sudah menerima petikan SK pada akhir Oktober, sedangkan SK saya, menurut petugas di loket, \"masih "
           "menunggu tanda tangan\" tanpa kejelasan sampai kapan.")
    body = D(f"""
        Yth. Kepala BKPSDM Kabupaten Pasuruan,

        {req}

        {loss}

        Adapun duduk perkaranya: {svc}

        Terima kasih atas perhatian Bapak/Ibu.

        Pasuruan, 8 Desember 2026
        Hormat saya,

        Dra. Endah Kusumawati
        NIP 19680919 199303 2 006
        Alamat: {addr}
        HP: 0812 3370 6628
        """)
    body = wrap_all(body, 72)
    d = hdate(2026, 12, 8, 10, 3, 55)
    put(rel, plain_mail("p10", d, "Endah Kusumawati <endah.kusumawati@example.com>",
                        "Permohonan penerbitan SK kenaikan pangkat IV/b", "example.com", body,
                        ip="192.0.2.58"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Dra. Endah Kusumawati", address=addr, service_description=svc, loss=loss,
        requested_resolution=req, place="Pasuruan", date="2026-12-08", signed=True,
        email="endah.kusumawati@example.com", phone="081233706628"), "mutasi",
        "COMPLETE, UNUSUAL ORDER: request first, then the loss, the story last ('Adapun duduk "
        "perkaranya: ...'); identity (NIP, address, phone) at the bottom under the name; kenaikan pangkat "
        "-> mutasi")


def p11():
    rel = "email_plain/p11.eml"
    addr = "Perum Bumi Mulyo Asri Blok B2 No. 9, Ds. Pandean, Kec. Rembang, Kab. Pasuruan"
    svc = ("sy CPNS formasi 2024, udah ikut Latsar angkatan XII bulan Juni-Juli kemarin dan dinyatakan lulus. "
           "Tapi sampai skrg sertifikat/STTPL Latsar sy blm keluar, padahal temen2 angkatan XI sama XIII udah "
           "pada dapet semua. Sy udah tanya ke bidang PKom 2x, katanya masih nunggu tanda tangan dari BPSDM "
           "Provinsi, tapi pas sy cek ke BPSDM Prov katanya udah dikirim ke kabupaten dari bulan September.")
    req = ("Tolong dicek ya min sertifikat sy nyangkut dimana, dan kalau bisa dikirim aja softcopynya lewat "
           "email ini.")
    body = D(f"""
        Malam min, izin menyampaikan aduan ya \U0001F64F

        Nama: Dimas Aditya Pratama
        Alamat: {addr}
        WA: 0896 7712 3054

        Jadi gini min, {svc}

        {req}

        Trims,
        Dimas
        """)
    d = hdate(2026, 12, 6, 23, 52, 8)
    put(rel, plain_mail("p11", d, "Dimas Aditya Pratama <dimas.aditya.p@example.net>",
                        "sertifikat latsar blm keluar", "example.net", body, ip="198.51.100.9"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Dimas Aditya Pratama", address=addr, service_description=svc, loss=None,
        requested_resolution=req, place=None, date="2026-12-06", signed=True,
        email="dimas.aditya.p@example.net", phone="089677123054"), "kompetensi",
        "chatty WhatsApp style; NO LOSS, NO place/date line (date = Date header, 23:52 local); 'Trims,' + "
        "first name counts as signed, name from the identity block; Latsar certificate -> kompetensi")


def p12():
    rel = "email_plain/p12.eml"
    svc = ("Hari Senin, 23 November 2026 saya mengantar bapak saya yang sudah berusia 71 tahun untuk legalisir "
           "SK pensiun di kantor BKPSDM. Ruang tunggu pelayanan penuh, kursinya hanya sedikit sehingga banyak "
           "orang tua yang terpaksa berdiri, kipas angin mati semua, dan toilet pengunjung dikunci dengan "
           "alasan rusak. Tidak ada loket atau antrean khusus untuk lansia maupun penyandang disabilitas, "
           "padahal tangga di depan pintu masuk cukup tinggi dan tidak ada pegangannya.")
    loss = ("Bapak saya sampai pusing dan hampir pingsan setelah menunggu kurang lebih dua jam, sehingga kami "
            "terpaksa pulang sebelum dilayani dan besoknya harus datang lagi, saya sendiri harus izin tidak "
            "masuk kerja dua hari.")
    body = D(f"""
        Yth. Bapak/Ibu Pimpinan BKPSDM Kabupaten Pasuruan

        Dengan hormat,

        Saya Yudi Hermawan (HP 0819-3366-4120), anak dari Bapak Slamet, pensiunan PNS Dinas Pertanian, ingin menyampaikan keluhan tentang kondisi ruang pelayanan BKPSDM.

        {svc}

        {loss}

        Demikian yang bisa saya sampaikan, atas perhatiannya terima kasih.

        Bangil, 25 Nopember 2026

        Hormat saya,
        Yudi Hermawan
        """)
    body = wrap_all(body, 72)
    d = hdate(2026, 11, 25, 15, 7, 41)
    put(rel, plain_mail("p12", d, "Yudi Hermawan <yudi.hermawan@example.org>",
                        "Keluhan ruang tunggu pelayanan", "example.org", body, ip="192.0.2.203",
                        crlf=True))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name="Yudi Hermawan", address=None, service_description=svc, loss=loss,
        requested_resolution=None, place="Bangil", date="2026-11-25", signed=True,
        email="yudi.hermawan@example.org", phone="081933664120"), "sekretariat",
        "NO ADDRESS, NO REQUEST: ends 'atas perhatiannya terima kasih' (politeness only); facilities "
        "(waiting room, toilets, access) while naming a pension legalisation -> sekretariat; old spelling "
        "'Nopember'; CRLF line ends")


# ================================================================= email_mime
def m01():
    """HTML only, base64 utf-8, RFC 2047 subject and sender name; soft request."""
    rel = "email_mime/m01.eml"
    addr = "Dusun Tegalsari RT 04 RW 02, Desa Karangsono, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Pada bulan Juli 2026 saya mengajukan permohonan pencantuman gelar Magister Manajemen (M.M.) yang "
           "saya peroleh dari salah satu universitas swasta di Malang dengan izin belajar yang sah. Permohonan "
           "tersebut ditolak dengan alasan program studi tidak linier dengan jabatan, padahal jabatan saya "
           "adalah Analis Keuangan dan di dalam surat izin belajar yang diterbitkan BKPSDM sendiri pada tahun "
           "2023 disebutkan bahwa program studi tersebut sesuai dengan kebutuhan organisasi.")
    loss = ("Akibat penolakan ini gelar saya tidak dapat dicantumkan dalam data kepegawaian, sehingga saya tidak "
            "bisa mendaftar seleksi jabatan administrator yang mensyaratkan pendidikan S2, dan biaya kuliah "
            "sekitar Rp 40 juta yang saya tanggung sendiri terasa sia-sia.")
    req = ("Alangkah baiknya jika BKPSDM meninjau kembali keputusan penolakan tersebut dengan berpedoman pada "
           "izin belajar yang sudah diterbitkan, sehingga gelar saya dapat segera dicantumkan.")
    name = "Ahmad Fauzi Ridwan, S.E."
    text = D(f"""
        Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

        Dengan hormat, saya yang bertanda tangan di bawah ini:
        Nama: {name}
        NIK: 3514112306900002
        Alamat: {addr}
        Telepon: 0858-1530-2217
        menyampaikan pengaduan mengenai penolakan permohonan pencantuman gelar akademik saya.

        {svc}

        {loss}

        {req}

        Demikian pengaduan ini saya sampaikan. Terima kasih atas perhatian Bapak/Ibu.

        Bangil, 9 Desember 2026
        Hormat saya,
        {name}
        """)
    html = "<html><head><meta charset=\"utf-8\"></head><body>\n" + html_of(text) + "</body></html>\n"
    d = hdate(2026, 12, 9, 14, 26, 3)
    frm = rfc2047("Ahmad Fauzi Ridwan", "utf-8", "B") + " <a.fauzi.ridwan@example.com>"
    subj = rfc2047("Pengaduan penolakan pencantuman gelar – M.M.", "utf-8", "Q")
    h = headers("m01", d, frm, subj, "example.com", ip="203.0.113.150")
    h += 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
    put(rel, (h + b64(html.encode("utf-8"))).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-12-09", signed=True, email="a.fauzi.ridwan@example.com",
        phone="085815302217", nik="3514112306900002"), "kompetensi",
        "COMPLETE with a soft request ('Alangkah baiknya jika ...'); HTML-only base64, RFC 2047 B name "
        "and Q subject; degree recognition (pencantuman gelar) -> kompetensi despite 'seleksi jabatan'")


def m02():
    """multipart/alternative, iso-8859-1 quoted-printable; no loss, emotional words."""
    rel = "email_mime/m02.eml"
    addr = "Jl. Raya Sukorejo No. 118, Desa Glagahsari, Kecamatan Sukorejo, Kabupaten Pasuruan"
    svc = ("Saya sudah lulus uji kompetensi kenaikan jenjang jabatan fungsional Perawat dari Ahli Pertama ke Ahli "
           "Muda pada bulan Mei 2026 dan SK pengangkatan dalam jabatan sudah ditandatangani bulan Agustus, jadi "
           "sudah ± 4 bulan SK itu ada. Tetapi pelantikan dan pengambilan sumpah jabatan sudah tiga kali "
           "dijadwalkan lalu dibatalkan mendadak lewat pesan WhatsApp sehari sebelumnya, terakhir tanggal 26 "
           "November kemarin, tanpa alasan yang jelas. Cara kerja seperti ini sungguh keterlaluan, tidak "
           "profesional, dan mencoreng nama baik BKPSDM sendiri.")
    req = ("Saya mohon BKPSDM menetapkan jadwal pelantikan yang pasti bagi kami dan memberitahukannya secara "
           "resmi paling lambat satu minggu sebelumnya.")
    text = D(f"""
        Assalamualaikum wr. wb.

        Yth. Bapak/Ibu Tim Pengaduan BKPSDM Kabupaten Pasuruan

        Saya:
        Nama      : Hj. Lilis Suryani
        Alamat    : {addr}
        HP        : 0852 3108 4476
        Pekerjaan : Perawat di UPT Puskesmas Sukorejo

        ingin menyampaikan pengaduan terkait pelantikan jabatan fungsional.

        {svc}

        {req}

        Wassalamualaikum wr. wb.

        Sukorejo, 30-11-2026

        Hormat saya,
        Hj. Lilis Suryani
        """)
    d = hdate(2026, 11, 30, 11, 18, 26)
    frm = '"Hj. Lilis Suryani" <lilis.suryani@example.net>'
    h = headers("m02", d, frm, "Pelantikan jabatan fungsional dibatalkan 3x", "example.net", ip="198.51.100.60",
                extra="X-Mailer: Microsoft Outlook 16.0\n")
    html = "<html><body>\n" + html_of(text) + "</body></html>\n"
    body = multipart("alternative", boundary("m02"), [
        part("text/plain", "iso-8859-1", "quoted-printable", text.encode("iso-8859-1")),
        part("text/html", "iso-8859-1", "quoted-printable", html.encode("iso-8859-1"))])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name="Hj. Lilis Suryani", address=addr, service_description=svc, loss=None,
        requested_resolution=req, place="Sukorejo", date="2026-11-30", signed=True,
        email="lilis.suryani@example.net", phone="085231084476"), "mutasi",
        "NO LOSS: repeated cancellations described with emotional words about the office "
        "('keterlaluan, tidak profesional, mencoreng nama baik BKPSDM'), no personal cost; functional "
        "position inauguration -> mutasi although 'uji kompetensi' is named; iso-8859-1 QP with '±'; "
        "date 30-11-2026")


def m03():
    """multipart/alternative windows-1252 base64 (Outlook); no place/date line, Date header in +0800;
    signed with a nickname only."""
    rel = "email_mime/m03.eml"
    addr = "Perum Kraton Indah Blok J No. 3, Desa Asemkandang, Kec. Kraton"
    svc = ("Berkas permohonan Karsu saya serahkan lewat operator kecamatan bulan Oktober 2025 – lengkap dengan "
           "buku nikah yang sudah dilegalisir KUA. Setiap ditanya, operator bilang berkas sudah dikirim ke "
           "BKPSDM, sedangkan petugas BKPSDM bilang berkasnya “tidak ada di daftar”. Jadi bola dilempar ke "
           "sana kemari dan tidak ada yang mau bertanggung jawab.")
    loss = ("Karena Karsu belum ada, waktu suami saya dirawat inap bulan lalu klaim asuransinya sempat dipersulit "
            "dan kami harus membayar dulu Rp 3,2 juta dari tabungan.")
    req = ("Tolong berkas saya dilacak, kalau memang hilang saya siap mengirim ulang, tapi mohon ada tanda terima "
           "resmi supaya tidak terulang lagi.")
    text = D(f"""
        Dear Tim Pengaduan BKPSDM,

        Mohon maaf mengganggu malam-malam. Saya PNS guru di SDN Kebotohan, Kec. Kraton, mau mengadukan soal Karsu (kartu suami) yang sudah lebih dari 1 tahun tidak jadi-jadi. Rumah saya di {addr}.

        {svc}

        {loss}

        {req}

        Salam,
        Yuyun

        HP 0813 5877 2190
        """)
    d = hdate(2026, 12, 7, 0, 34, 52, tz=8 * 60)
    frm = "Wahyuni Setyaningsih <yuyun.setya@example.org>"
    h = headers("m03", d, frm, "Karsu tidak jadi-jadi", "example.org", ip="192.0.2.171",
                extra="X-Mailer: Microsoft Outlook 16.0\nThread-Topic: Karsu tidak jadi-jadi\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body lang=\"EN-US\">\n" + "".join(
                f"<p class=\"MsoNormal\">{html_escape(ln) if ln.strip() else '&nbsp;'}</p>\n"
                for ln in text.rstrip('\n').split("\n")) + "</body></html>\n")
    body = multipart("alternative", boundary("m03"), [
        part("text/plain", "windows-1252", "base64", text.encode("cp1252")),
        part("text/html", "windows-1252", "base64", html.encode("cp1252"))])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name="Yuyun", address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date="2026-12-07", signed=True, email="yuyun.setya@example.org", phone="081358772190"),
        "pengadaan",
        "NICKNAME: the only name in the letter is 'Yuyun' after 'Salam,' -> name 'Yuyun' (as written, not "
        "the From display name), signed; NO place/date line: date = Date header's local date (00:34 +0800, "
        "the previous day in UTC); Karsu -> pengadaan; windows-1252 base64 with en dash and curly quotes")


def m04():
    """multipart/alternative; identity table at the bottom; no requested resolution."""
    rel = "email_mime/m04.eml"
    addr = "Jl. Anggrek No. 7 RT 03 RW 01, Kel. Gempeng, Kec. Bangil"
    svc = ("Saya adalah PNS pada Dinas Pekerjaan Umum dan Penataan Ruang yang pada tanggal 2 November 2026 "
           "menerima SK hukuman disiplin berupa penundaan kenaikan gaji berkala selama satu tahun. Hukuman "
           "tersebut dijatuhkan karena saya dianggap tidak masuk kerja 12 hari tanpa keterangan pada bulan Juli, "
           "padahal pada hari-hari tersebut saya menjalankan surat tugas pengawasan proyek di lapangan yang "
           "ditandatangani kepala bidang. Saya tidak pernah dipanggil untuk pemeriksaan dan tidak diberi "
           "kesempatan menunjukkan surat tugas tersebut sebelum hukuman dijatuhkan.")
    loss = ("Akibat hukuman ini kenaikan gaji berkala saya yang seharusnya berlaku Januari 2027 tertunda satu "
            "tahun, dan selama masa hukuman saya tidak bisa diusulkan kenaikan pangkat maupun mengikuti seleksi "
            "jabatan.")
    name = "Bambang Irawan, S.T."
    ident = [("Nama", name), ("NIP", "198503142010011009"), ("Alamat", addr), ("No. HP", "0815 5590 3127")]
    text = D(f"""
        Kepada Yth.
        Kepala BKPSDM Kabupaten Pasuruan

        Dengan hormat,

        {svc}

        {loss}

        Demikian pengaduan ini saya sampaikan, atas perhatiannya kami ucapkan terima kasih.

        Pasuruan, 10 Desember 2026
        Hormat saya,
        {name}

        Data pelapor:
        """) + "".join(f"{k:<8}: {v}\n" for k, v in ident)
    top = text.split("Data pelapor:")[0]
    html = ("<html><body><div style=\"font-family:Arial\">\n" + html_of(top) +
            "<div><b>Data pelapor:</b></div>\n<table border=\"1\" cellpadding=\"4\" "
            "style=\"border-collapse:collapse\">\n" +
            "".join(f"<tr><td>{html_escape(k)}</td><td>{html_escape(v)}</td></tr>\n" for k, v in ident) +
            "</table>\n</div></body></html>\n")
    d = hdate(2026, 12, 10, 8, 47, 15)
    h = headers("m04", d, "Bambang Irawan <bambang.irawan.st@example.com>",
                "Keberatan atas hukuman disiplin", "example.com", ip="203.0.113.84")
    body = multipart("alternative", boundary("m04"), [
        part("text/plain", "utf-8", "quoted-printable", text),
        part("text/html", "utf-8", "base64", html)])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=None,
        place="Pasuruan", date="2026-12-10", signed=True, email="bambang.irawan.st@example.com",
        phone="081555903127"), "kinerja",
        "NO REQUEST: ends 'atas perhatiannya kami ucapkan terima kasih'; identity as an HTML table at the "
        "bottom, after the signature; disciplinary sanction -> kinerja although the loss names kenaikan "
        "pangkat and jabatan")


def m05():
    """multipart/alternative, Q-encoded sender, plain QP + HTML base64; soft request; complete."""
    rel = "email_mime/m05.eml"
    addr = "Dusun Sumberwaru RT 02 RW 06, Desa Sumbersuko, Kecamatan Purwosari, Kabupaten Pasuruan"
    svc = ("Saya mengajukan permohonan berhenti atas permintaan sendiri sebagai PNS sejak bulan Mei 2026 karena "
           "mengikuti suami yang pindah tugas ke Kalimantan Timur. Semua persyaratan sudah saya penuhi, termasuk "
           "surat pernyataan tidak mempunyai tanggungan pada instansi dan surat persetujuan kepala dinas. Namun "
           "sudah tujuh bulan SK pemberhentian belum juga terbit dan saya tidak mendapat kabar apa pun tentang "
           "prosesnya.")
    loss = ("Selama SK belum terbit status saya masih tercatat sebagai PNS aktif, sehingga saya tidak bisa menerima "
            "tawaran kerja di Samarinda yang mensyaratkan surat pemberhentian, dan setiap bulan saya dicatat "
            "mangkir oleh kantor lama.")
    req = ("Kami berharap BKPSDM dapat memproses SK pemberhentian saya sebelum akhir Desember 2026 dan "
           "mengirimkan salinannya ke alamat email ini.")
    text = D(f"""
        Kepada Yth.
        Kepala BKPSDM Kabupaten Pasuruan
        di Bangil

        Dengan hormat,

        Saya yang bertanda tangan di bawah ini:
        Nama              : Siti Nur Khasanah
        NIP               : 199001262014022003
        Alamat sesuai KTP : {addr}
        Nomor HP          : +62 811-5420-9934

        {svc}

        {loss}

        {req}

        Atas perhatian dan bantuannya saya ucapkan terima kasih.

        Samarinda, 11 Desember 2026

        Hormat saya,
        Siti Nur Khasanah
        """)
    html = "<html><body>\n" + html_of(text) + "</body></html>\n"
    d = hdate(2026, 12, 11, 19, 22, 9, tz=8 * 60)
    frm = rfc2047("Siti Nur Khasanah", "utf-8", "Q") + " <siti.nurkhasanah@example.net>"
    subj = rfc2047("Pengaduan SK pemberhentian atas permintaan sendiri", "utf-8", "B")
    h = headers("m05", d, frm, subj, "example.net", ip="198.51.100.152")
    body = multipart("alternative", boundary("m05"), [
        part("text/plain", "utf-8", "quoted-printable", text),
        part("text/html", "utf-8", "base64", html)])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name="Siti Nur Khasanah", address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Samarinda", date="2026-12-11", signed=True, email="siti.nurkhasanah@example.net",
        phone="081154209934"), "pengadaan",
        "COMPLETE with a soft request ('Kami berharap ...'); label 'Alamat sesuai KTP'; place outside the "
        "regency (Samarinda); +62 phone; resignation (pemberhentian APS) -> pengadaan")


# ================================================================== email_pdf
def d01():
    """PDF letter with a typed name and no signature; the cover note is signed."""
    rel = "email_pdf/d01.eml"
    addr = "Jl. Raya Gununggangsir No. 55, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan"
    svc = ("Pada tanggal 14 September 2026 saya mengajukan permohonan cuti besar selama tiga bulan untuk "
           "menunaikan ibadah haji, dengan jadwal keberangkatan kloter pada bulan April 2027. Permohonan sudah "
           "ditandatangani atasan langsung dan diserahkan ke BKPSDM sesuai prosedur. Sampai hari ini belum ada "
           "keputusan, dan ketika saya menanyakan ke loket, petugas menyampaikan bahwa berkas saya tidak "
           "ditemukan di sistem.")
    loss = ("Penyelenggara perjalanan haji meminta surat izin cuti paling lambat akhir Desember 2026 untuk "
            "pengurusan dokumen, sehingga keberangkatan saya dan istri terancam batal, padahal biaya pelunasan "
            "sebesar Rp 32.000.000 sudah kami bayarkan.")
    req = ("Saya mohon permohonan cuti besar saya segera diproses dan surat izin cuti diterbitkan sebelum "
           "tanggal 20 Desember 2026.")
    blocks = [
        ("right", "Beji, 1 Desember 2026"), ("gap", 1),
        ("p", "Hal : Pengaduan permohonan cuti besar"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"), ("gap", 0.5),
        ("kv", "Nama", "Agung Wicaksono"), ("kv", "NIK", "3514052808790003"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0838 5501 2290"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut."), ("gap", 0.5),
        ("p", svc), ("gap", 0.5), ("p", loss), ("gap", 0.5), ("p", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", False), ("rightcol", "Agung Wicaksono"),
    ]
    pdf = make_pdf(blocks, 2101, sig_kind="vector", size=11.0)
    cover = ("Assalamualaikum,\n\nBersama ini saya lampirkan surat pengaduan terkait permohonan cuti besar saya. "
             "Mohon maaf suratnya belum sempat saya tanda tangani karena saya sedang di luar kota, aslinya "
             "menyusul.\n\nHormat saya,\nAgung Wicaksono\n")
    d = hdate(2026, 12, 2, 9, 30, 11)
    put(rel, pdf_mail("d01", d, "Agung Wicaksono <agung.wicaksono@example.com>", "Pengaduan cuti besar",
                      "example.com", cover, pdf, "Pengaduan cuti besar.pdf", ip="203.0.113.17"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name="Agung Wicaksono", address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Beji", date="2026-12-01", signed=False, email="agung.wicaksono@example.com",
        phone="083855012290", nik="3514052808790003"), "kinerja",
        "NOT SIGNED: the PDF letter has 'Hormat saya,' and a typed name with an empty space, no signature "
        "mark (the cover note even says so); the signed cover note does not count; cuti besar -> kinerja")


def d02():
    """PDF letter without any place/date line: date from the Date header, place null."""
    rel = "email_pdf/d02.eml"
    addr = "Jl. Dr. Soetomo No. 23, Desa Pecalukan, Kecamatan Prigen"
    name = "Ratna Dewi Anggraini, S.Sos"
    svc = ("Saya telah ditetapkan sebagai calon peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III Tahun "
           "2026 berdasarkan surat panggilan BKPSDM tertanggal 2 Oktober 2026, dan sudah mengikuti tes awal serta "
           "mengumpulkan seluruh berkas. Namun pada hari pembukaan tanggal 16 November 2026 nama saya tidak "
           "tercantum dalam daftar peserta, dan saya baru diberi tahu secara lisan bahwa kuota saya dialihkan "
           "kepada pegawai dari perangkat daerah lain. Tidak ada surat pemberitahuan maupun penjelasan resmi "
           "mengenai pengalihan tersebut.")
    req = ("Saya mohon penjelasan tertulis mengenai dasar pengalihan kuota tersebut, dan saya diikutsertakan pada "
           "angkatan pelatihan berikutnya tanpa harus mengulang seleksi.")
    blocks = [
        ("center", "SURAT PENGADUAN", True), ("gap", 1.5),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.5),
        ("kv", "Nama", name), ("kv", "Jabatan", "Kepala Subbagian Umum dan Kepegawaian Kecamatan Prigen"),
        ("kv", "Alamat", addr), ("kv", "No. HP", "0877 0133 5689"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut:"), ("gap", 0.5),
        ("p", svc), ("gap", 0.5), ("p", req), ("gap", 0.5),
        ("p", "Atas perhatian Bapak/Ibu saya sampaikan terima kasih."), ("gap", 1.5),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    pdf = make_pdf(blocks, 2202, sig_kind="vector", size=11.5, font="serif",
                   producer=b"LibreOffice 7.6", creator=b"Writer")
    cover = "Selamat siang,\n\nTerlampir surat pengaduan saya dalam bentuk PDF.\n\nTerima kasih,\nRatna\n"
    d = hdate(2026, 12, 2, 13, 5, 22)
    put(rel, pdf_mail("d02", d, "Ratna Dewi Anggraini <ratna.anggraini@example.org>",
                      "Pengaduan peserta PKP dicoret", "example.org", cover, pdf, "surat_pengaduan_PKP.pdf",
                      ip="192.0.2.94"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
        place=None, date="2026-12-02", signed=True, email="ratna.anggraini@example.org",
        phone="087701335689"), "kompetensi",
        "NO LOSS, NO PLACE: the attached letter has no place/date line at all, so date = the mail's Date "
        "header (rule: date never missing for e-mail) and place null; vector signature; leadership "
        "training (PKP) -> kompetensi")


def d03():
    """DOCX letter: request first, story last, identity table under the signature picture."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    rel = "email_pdf/d03.eml"
    name = "Moh. Taufiqurrahman"
    addr = "Dusun Krajan II RT 05 RW 02, Desa Sidogiri, Kecamatan Kraton, Kabupaten Pasuruan"
    req = ("Dengan surat ini saya memohon agar data TMT CPNS saya di SIASN diperbaiki dari 1 Januari 2010 menjadi "
           "1 Desember 2005 sesuai SK pengangkatan CPNS saya, dan agar kekurangan gaji akibat kesalahan data "
           "tersebut dibayarkan.")
    svc = ("Sejak migrasi data ke SIASN pada tahun 2024, TMT CPNS saya tercatat 1 Januari 2010, padahal dalam SK "
           "pengangkatan CPNS tertulis 1 Desember 2005. Saya sudah dua kali mengajukan perbaikan melalui admin "
           "kepegawaian kecamatan disertai salinan SK yang dilegalisir, namun setiap kali usulan perbaikan "
           "dikembalikan tanpa keterangan yang jelas.")
    loss = ("Karena masa kerja saya terhitung hampir lima tahun lebih pendek, gaji pokok saya sejak Januari 2025 "
            "dibayar lebih rendah sekitar Rp 285.000 per bulan dan jadwal kenaikan gaji berkala saya ikut "
            "bergeser.")
    ident = [("Nama", name), ("NIK", "3514101103780007"), ("Alamat", addr), ("No. HP", "0856 4620 1175")]
    lines = ["Perihal : Permohonan perbaikan data TMT CPNS di SIASN", "Kepada Yth.",
             "Kepala BKPSDM Kabupaten Pasuruan", "di Bangil", "Dengan hormat,", req,
             "Permohonan ini saya sampaikan karena hal-hal sebagai berikut.", svc, loss,
             "Demikian permohonan dan pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan "
             "terima kasih.", "Kraton, 4 Desember 2026", "Hormat saya,", name, "Identitas pelapor:"]
    png = sig_png(3303)

    def build(doc):
        st = doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(12)
        for sec in doc.sections:
            sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
            sec.left_margin = sec.right_margin = Cm(2.5)
            sec.top_margin = sec.bottom_margin = Cm(2.0)

        def para(t, align=None, after=6, indent=None):
            p = doc.add_paragraph(t)
            if align is not None:
                p.alignment = align
            if indent is not None:
                p.paragraph_format.left_indent = indent
            p.paragraph_format.space_after = Pt(after)
            return p
        para(lines[0], after=12)
        para(lines[1], after=0)
        para(lines[2], after=0)
        para(lines[3], after=12)
        para(lines[4])
        para(req, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        para(lines[6])
        para(svc, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        para(loss, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        para(lines[9], align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=12)
        para(lines[10], align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
        para(lines[11], indent=Cm(10.0), after=0)
        pic = doc.add_paragraph()
        pic.paragraph_format.left_indent = Cm(10.0)
        pic.add_run().add_picture(io.BytesIO(png), width=Cm(4.0))
        para(name, indent=Cm(10.0), after=18)
        para(lines[13], after=4)
        tb = doc.add_table(rows=len(ident), cols=2)
        tb.style = "Table Grid"
        for i, (k, v) in enumerate(ident):
            tb.cell(i, 0).text = k
            tb.cell(i, 1).text = v
            tb.cell(i, 0).width = Cm(3.0)
            tb.cell(i, 1).width = Cm(13.0)

    data = docx_bytes(build)
    cover = ("Selamat pagi Bapak/Ibu,\n\nBersama ini saya kirimkan surat permohonan dan pengaduan saya. Mohon maaf "
             "lampirannya dalam bentuk Word.\n\nSalam,\nTaufiq\n")
    d = hdate(2026, 12, 4, 7, 48, 0)
    put(rel, pdf_mail("d03", d, '"Moh. Taufiqurrahman" <taufiq.rahman80@example.com>',
                      "Permohonan perbaikan data SIASN", "example.com", cover, data,
                      "Surat Permohonan Perbaikan TMT.docx", ip="203.0.113.230",
                      ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    src(rel, "\n".join(lines + [f"{k} : {v}" for k, v in ident]))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Kraton", date="2026-12-04", signed=True, email="taufiq.rahman80@example.com",
        phone="085646201175", nik="3514101103780007"), "pengadaan",
        "COMPLETE, UNUSUAL ORDER: DOCX letter (python-docx) with the request first, story and loss after it, "
        "a signature picture above the typed name, the identity table at the very bottom; SIASN data -> "
        "pengadaan")


def d04():
    """PDF letter with an embedded PNG signature; numbered sections; complete."""
    rel = "email_pdf/d04.eml"
    name = "Drs. Hariyono, M.Pd."
    addr = "Dusun Ampelsari RT 01 RW 03, Desa Pohgajih, Kecamatan Pasrepan, Kabupaten Pasuruan"
    svc = ("Saya adalah guru penggerak yang telah dinyatakan lulus seleksi bakal calon kepala sekolah Kabupaten "
           "Pasuruan tahun 2026 dan masuk dalam daftar tunggu pengangkatan pada peringkat ke-3. Pada pelantikan "
           "kepala sekolah tanggal 18 November 2026, jabatan Kepala SDN Pasrepan 1 yang kosong justru diisi oleh "
           "guru yang tidak tercantum dalam daftar tunggu tersebut, sedangkan saya dan calon lain yang berada di "
           "peringkat atas belum diangkat.")
    loss = ("Saya kehilangan kesempatan diangkat menjadi kepala sekolah tahun ini, padahal sertifikat calon kepala "
            "sekolah saya hanya berlaku sampai tahun 2027 dan usia saya sudah 54 tahun, sehingga kesempatan saya "
            "semakin sempit.")
    req = ("Saya mohon BKPSDM menjelaskan dasar pengangkatan tersebut dan mengangkat calon kepala sekolah sesuai "
           "urutan daftar tunggu pada kesempatan pertama.")
    blocks = [
        ("right", "Pasrepan, 3 Desember 2026"), ("gap", 0.5),
        ("p", "Nomor : -"), ("p", "Lampiran : 2 (dua) lembar"),
        ("p", "Perihal : Pengaduan pengangkatan kepala sekolah"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"), ("gap", 0.4),
        ("kv", "Nama", name), ("kv", "NIP", "19720605 199802 1 004"), ("kv", "Unit Kerja", "SDN Pasrepan 2"),
        ("kv", "Alamat", addr), ("kv", "Nomor Telepon/HP", "0812 4900 3318"), ("gap", 0.4),
        ("p", "menyampaikan pengaduan mengenai pengangkatan kepala sekolah, dengan uraian sebagai berikut."),
        ("gap", 0.5),
        ("b", "1. Uraian kejadian"), ("p", svc), ("gap", 0.4),
        ("b", "2. Kerugian"), ("p", loss), ("gap", 0.4),
        ("b", "3. Permohonan"), ("p", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan dengan sebenarnya untuk dapat ditindaklanjuti."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    pdf = make_pdf(blocks, 2404, sig_kind="image", size=10.5)
    cover = ("Yth. Admin Pengaduan,\n\nBersama ini saya lampirkan surat pengaduan saya mengenai pengangkatan "
             "kepala sekolah.\n\nHormat saya,\nHariyono\n")
    d = hdate(2026, 12, 3, 19, 11, 37)
    put(rel, pdf_mail("d04", d, "Hariyono <hariyono.mpd@example.net>", "Pengaduan pengangkatan kepala sekolah",
                      "example.net", cover, pdf, "Pengaduan_Hariyono.pdf", ip="198.51.100.99"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pasrepan", date="2026-12-03", signed=True, email="hariyono.mpd@example.net",
        phone="081249003318"), "mutasi",
        "COMPLETE: numbered sections, signature as an embedded PNG image; appointment to a position "
        "(kepala sekolah) -> mutasi")


def d05():
    """PDF, vector signature; illegal fee at the card counter; no requested resolution."""
    rel = "email_pdf/d05.eml"
    addr = "Jl. Kartini Gg. Mawar No. 6 RT 03 RW 07, Kelurahan Purutrejo, Kecamatan Purworejo, Kota Pasuruan"
    svc = ("Pada tanggal 19 November 2026 saya mengambil Kartu Pegawai elektronik (KPE) di loket layanan kartu "
           "BKPSDM. Petugas yang melayani mengatakan bahwa pengambilan kartu dikenakan \"biaya cetak\" Rp 100.000, "
           "dan kartu baru diberikan setelah saya membayar. Saya tidak diberi kuitansi, padahal di papan "
           "informasi layanan tertulis bahwa pelayanan kartu pegawai tidak dipungut biaya.")
    loss = "Saya terlanjur membayar Rp 100.000 tanpa tanda terima apa pun."
    blocks = [
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di tempat"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini,"), ("gap", 0.4),
        ("kv", "Nama", "Wiwik Sulistyowati"), ("kv", "Pekerjaan", "Guru SD Negeri Purutrejo"),
        ("kv", "Alamat", addr), ("kv", "Telp", "0822 4456 0713"), ("gap", 0.4),
        ("p", "ingin melaporkan kejadian yang saya alami di loket layanan kartu BKPSDM."), ("gap", 0.5),
        ("p", svc), ("gap", 0.5), ("p", loss), ("gap", 0.5),
        ("p", "Demikian surat ini saya sampaikan sebagai bahan informasi. Mohon perhatian Bapak/Ibu."),
        ("gap", 1.5),
        ("rightcol", "Pasuruan, 20 November 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", "Wiwik Sulistyowati"),
    ]
    pdf = make_pdf(blocks, 2505, sig_kind="vector", size=11.0)
    cover = "Selamat pagi,\n\nTerlampir surat saya. Mohon ditindaklanjuti.\n\nTerima kasih.\nWiwik S.\n"
    d = hdate(2026, 11, 20, 10, 12, 4)
    put(rel, pdf_mail("d05", d, "Wiwik Sulistyowati <wiwik.sulis@example.com>", "Laporan biaya cetak KPE",
                      "example.com", cover, pdf, "laporan wiwik.pdf", ip="192.0.2.118"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name="Wiwik Sulistyowati", address=addr, service_description=svc, loss=loss,
        requested_resolution=None, place="Pasuruan", date="2026-11-20", signed=True,
        email="wiwik.sulis@example.com", phone="082244560713"), "sekretariat",
        "NO REQUEST: the letter reports 'sebagai bahan informasi. Mohon perhatian Bapak/Ibu.' and the cover "
        "note only says 'Mohon ditindaklanjuti.' (a generic follow-up, as in the samples); illegal fee at "
        "the Karpeg/KPE counter -> sekretariat")


# ======================================================================= scan
def s01():
    """PNG, 200 dpi grey; signed; place given but the day of the date left blank."""
    rel = "scan/s01.png"
    addr = "Dusun Genengan RT 03 RW 02, Desa Kemiri, Kecamatan Pandaan"
    svc = ("Saya pensiun per 1 Oktober 2026 sebagai staf Kantor Kecamatan Pandaan. Berkas usul pensiun sudah saya "
           "serahkan sejak April 2026, tetapi tiga kali dikembalikan dengan alasan yang berbeda-beda: pertama "
           "karena pas foto, kedua karena daftar susunan keluarga, ketiga karena surat keterangan bebas hutang, "
           "padahal semua kekurangan itu bisa disampaikan sekaligus sejak awal.")
    loss = ("Akibat bolak-balik tersebut SK pensiun saya baru terbit tanggal 24 November 2026, sehingga uang "
            "pensiun bulan Oktober dan November belum saya terima dan saya harus berutang kepada tetangga untuk "
            "biaya berobat istri.")
    req = ("Mohon BKPSDM membantu agar pembayaran pensiun saya bulan Oktober dan November dapat dirapel "
           "secepatnya, dan ke depan kekurangan berkas disampaikan sekaligus dalam satu kali pemeriksaan.")
    blocks = [
        ("p", "Perihal : Pengaduan berkas pensiun dikembalikan berulang kali"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Bapak Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", "Sugiono"), ("kv", "Alamat", addr), ("kv", "No. HP", "0821 4033 8817"), ("gap", 0.5),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Pandaan, ........ Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", "Sugiono"),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 4101, dpi=200, angle=0.45, paper=246, noise=6.0, blur=0.5)
    page = pages[0].point(lambda v: 246 if v > 226 else v)  # the scanner's background suppression
    put(rel, img_bytes(page, "PNG", 200, optimize=True))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name="Sugiono", address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pandaan", date=None, signed=True, email=None, phone="082140338817"), "pengadaan",
        "NO DATE: the place/date line reads 'Pandaan, ........ Desember 2026' (day never filled in) -> "
        "place Pandaan, date null; PNG scan, signed; pension -> pengadaan", ocr=True)


def s02():
    """Colour JPG; typed name without signature; no place/date line."""
    rel = "scan/s02.jpg"
    addr = "Jl. Panglima Sudirman No. 80, Kelurahan Kauman, Kecamatan Bangil"
    svc = ("Saya didaftarkan oleh BKPSDM sebagai peserta pelatihan dan sertifikasi Pengadaan Barang/Jasa Tingkat "
           "Dasar yang dijadwalkan tanggal 9 sampai 12 November 2026 di Surabaya. Satu hari sebelum pelatihan "
           "dimulai, saya diberi tahu melalui grup WhatsApp bahwa nama saya dicoret karena kuota peserta "
           "dikurangi, tanpa surat pemberitahuan resmi.")
    loss = ("Uang muka penginapan sebesar Rp 650.000 yang sudah saya bayar tidak bisa dikembalikan, dan saya gagal "
            "memperoleh sertifikat PBJ yang disyaratkan untuk jabatan saya mulai Januari 2027.")
    req = ("Saya mohon diikutsertakan pada pelatihan angkatan berikutnya dan ada aturan yang jelas tentang "
           "pembatalan peserta, paling tidak satu minggu sebelumnya.")
    blocks = [
        ("center", "SURAT PENGADUAN", True), ("gap", 1),
        ("p", "Kepada"), ("p", "Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        ("p", "Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", "Achmad Nurhadi"), ("kv", "NIP", "19830214 200901 1 012"),
        ("kv", "Jabatan", "Pengelola Pengadaan Barang/Jasa, Dinas Pendidikan"),
        ("kv", "Alamat", addr), ("kv", "No. HP", "0813 3558 0247"), ("gap", 0.5),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Atas perhatian Bapak/Ibu kami ucapkan terima kasih."), ("gap", 1.2),
        ("rightcol", "Hormat saya,"), ("sig", False), ("rightcol", "Achmad Nurhadi"),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 4202, dpi=250, angle=-0.8, paper=(244, 240, 228), noise=5.0, blur=0.6,
                        colour=True)
    put(rel, img_bytes(pages[0], "JPEG", 250, quality=70, optimize=True))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name="Achmad Nurhadi", address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date=None, signed=False, email=None, phone="081335580247"), "kompetensi",
        "NO PLACE, NO DATE, NOT SIGNED: no place/date line anywhere (a file has no Date header to fall back "
        "on) and a printed name under 'Hormat saya,' with no signature; colour JPG; training -> kompetensi",
        ocr=True)


def s03():
    """Image-only PDF (Pillow, JPEG inside); complete; identity under the signature."""
    rel = "scan/s03.pdf"
    addr = "Perum Sukorejo Permai Blok C No. 14, Desa Sukorejo, Kecamatan Sukorejo"
    svc = ("Saya bidan pelaksana di UPT Puskesmas Sukorejo. Pada tanggal 5 Oktober 2026 saya menjalani operasi "
           "usus buntu di RSUD Bangil dan mengajukan cuti sakit selama 30 hari, lengkap dengan surat keterangan "
           "dokter dan surat rawat inap. Permohonan sudah saya serahkan ke bagian kepegawaian Dinas Kesehatan "
           "pada tanggal 7 Oktober dan diteruskan ke BKPSDM, tetapi surat izin cuti tidak pernah terbit dan di "
           "aplikasi presensi saya justru tercatat tanpa keterangan selama 18 hari kerja.")
    loss = ("Karena tercatat tanpa keterangan, TPP saya bulan Oktober dipotong hampir seluruhnya, sekitar "
            "Rp 2.100.000, dan saya mendapat teguran tertulis dari atasan.")
    req = ("Saya mohon surat izin cuti sakit saya diterbitkan sesuai tanggal pengajuan, data presensi saya "
           "dikoreksi, dan potongan TPP bulan Oktober dikembalikan.")
    blocks = [
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Perihal : Cuti sakit yang tidak diterbitkan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("gap", 0.3),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian surat pengaduan ini saya buat dengan sebenarnya. Atas perhatian dan bantuan Bapak/Ibu, "
              "saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Sukorejo, 2 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", "Sri Wahyuningsih"), ("gap", 1),
        ("p", "Identitas pelapor:"),
        ("kv", "NIK", "3514186207840001"), ("kv", "Alamat", addr), ("kv", "No. HP", "0857 3099 6652"),
        ("kv", "Email", "sriwahyu84@example.com"),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 4303, dpi=200, angle=0.3, paper=238, noise=5.0, blur=0.5)
    put(rel, img_bytes(pages[0], "PDF", 200, quality=75))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name="Sri Wahyuningsih", address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Sukorejo", date="2026-12-02", signed=True, email="sriwahyu84@example.com", phone="085730996652",
        nik="3514186207840001"), "kinerja",
        "COMPLETE, UNUSUAL ORDER: no identity block at the top; NIK/address/phone/e-mail listed under the "
        "signed name; image-only PDF; sick leave -> kinerja; e-mail address written in the letter", ocr=True)


def s04():
    """Bilevel TIFF (CCITT G4, 300 dpi), like an office scanner; date without place; no loss."""
    rel = "scan/s04.tif"
    addr = "Jl. Untung Suropati No. 12 RT 01 RW 03, Kelurahan Kersikan, Kecamatan Bangil"
    svc = ("Pada hari Rabu, 25 November 2026 saya datang ke ruang layanan cuti BKPSDM untuk menanyakan "
           "permohonan cuti alasan penting yang saya ajukan. Petugas perempuan yang berjaga menjawab dengan "
           "ketus, melempar map berkas saya ke meja, dan mengatakan \"kalau tidak sabar ya urus sendiri ke BKN "
           "sana\". Sikap seperti itu sama sekali tidak pantas ditunjukkan oleh seorang pelayan publik dan "
           "mencoreng citra BKPSDM.")
    req = ("Saya minta petugas tersebut diberi teguran dan pembinaan, serta dipasang papan nama petugas di setiap "
           "meja layanan supaya masyarakat tahu siapa yang melayani.")
    blocks = [
        ("p", "Hal : Keluhan sikap petugas layanan cuti"), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", "Imron Rosyadi"), ("kv", "Alamat", addr), ("kv", "HP", "0831 2267 5540"), ("gap", 0.4),
        ("p", "menyampaikan keluhan sebagai berikut."), ("gap", 0.4),
        ("p", svc), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian, terima kasih."), ("gap", 1),
        ("rightcol", "27 November 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", "Imron Rosyadi"),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 4404, dpi=300, angle=-0.35, paper=250, noise=3.0, blur=0.7, specks=False)
    bw = pages[0].point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.Dither.NONE)
    put(rel, img_bytes(bw, "TIFF", 300, compression="group4"))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name="Imron Rosyadi", address=addr, service_description=svc, loss=None, requested_resolution=req,
        place=None, date="2026-11-27", signed=True, email=None, phone="083122675540"), "sekretariat",
        "NO LOSS, NO PLACE: rude officer at the leave (cuti) desk described in emotional words, no personal "
        "cost; date line without a place; staff conduct -> sekretariat although cuti is named; bilevel G4 "
        "TIFF at 300 dpi", ocr=True)


def s05():
    """Two-page image PDF; workplace only; politeness closing; signature on page 2."""
    rel = "scan/s05.pdf"
    name = "Ns. Dewi Maharani"
    svc = ("Saya bertugas sebagai perawat di UPT Puskesmas Tutur sejak tahun 2014. Pada bulan Januari 2026 saya "
           "mengajukan permohonan mutasi ke UPT Puskesmas Gempol karena suami saya dipindahtugaskan ke wilayah "
           "Gempol dan anak-anak kami bersekolah di sana. Persetujuan dari Dinas Kesehatan sudah terbit pada "
           "bulan Maret 2026 dan berkas lengkap sudah saya serahkan ke Bidang Mutasi BKPSDM. Sejak itu berkas saya "
           "tidak ada kabarnya, dan pada bulan Oktober saya mendengar bahwa formasi perawat di Puskesmas Gempol "
           "sudah diisi pegawai lain yang mengajukan lebih belakangan.")
    loss = ("Setiap hari saya menempuh perjalanan sekitar 50 km pulang pergi ke Puskesmas Tutur melewati jalan "
            "pegunungan, dengan biaya bensin dan penitipan anak sekitar Rp 1.200.000 per bulan, dan pada bulan "
            "Agustus saya sempat jatuh dari motor di tanjakan menuju tempat kerja.")
    blocks = [
        ("p", "Perihal : Permohonan mutasi yang tidak kunjung diproses"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIP", "19890511 201402 2 004"), ("kv", "Jabatan", "Perawat Ahli Pertama"),
        ("kv", "Unit Kerja", "UPT Puskesmas Tutur, Dinas Kesehatan Kabupaten Pasuruan"),
        ("kv", "No. HP", "0852 5871 3306"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut."), ("gap", 0.4),
        ("p", svc), ("gap", 0.4), ("p", loss),
        ("page", "- 2 -"),
        ("p", "Demikian surat ini kami buat dengan sebenar-benarnya. Mohon perhatiannya. Terima kasih."),
        ("gap", 1),
        ("rightcol", "Tutur, 30 November 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 4505, dpi=200, angle=0.7, paper=242, noise=5.5, blur=0.55)
    put(rel, img_bytes(pages[0], "PDF", 200, more=pages[1:], quality=72))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=None, service_description=svc, loss=loss, requested_resolution=None,
        place="Tutur", date="2026-11-30", signed=True, email=None, phone="085258713306"), "mutasi",
        "NO ADDRESS (only the puskesmas as workplace), NO REQUEST ('Mohon perhatiannya. Terima kasih.'); "
        "two-page image PDF, the closing, place/date and signature on page 2; transfer -> mutasi", ocr=True)


# ================================================================= auto_reply
def a01():
    """A ticket-system acknowledgement from another agency that quotes a whole complaint."""
    rel = "auto_reply/a01.eml"
    quoted = D("""
        Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

        Dengan hormat,
        Saya yang bertanda tangan di bawah ini:
        Nama   : Mukhlis Hidayat
        Alamat : Dusun Sumberejo RT 04 RW 01, Desa Bayeman, Kecamatan Gondangwetan
        HP     : 0856 0482 7713

        Saya guru SD yang mengajukan mutasi ke sekolah dekat rumah. Oleh seseorang yang mengaku staf BKPSDM saya diminta menyetor Rp 5.000.000 supaya SK mutasi bisa keluar, dan uang itu sudah saya transfer pada tanggal 2 November 2026, tetapi SK tidak pernah keluar dan orang tersebut tidak bisa dihubungi lagi.

        Saya kehilangan uang Rp 5.000.000 yang saya pinjam dari bank.

        Saya mohon kasus ini diusut, uang saya dikembalikan dan pelakunya diberi sanksi.

        Gondangwetan, 7 Desember 2026
        Hormat saya,
        Mukhlis Hidayat
        """)
    our_id = msgid("a01-fw", "pasuruankab.go.id")
    body = D("""
        Yth. Pelapor,

        Terima kasih. Laporan Anda telah tercatat pada Sistem Layanan Pengaduan Inspektorat Daerah dengan nomor tiket #INSP-2026-004187 dan akan diverifikasi paling lambat 5 (lima) hari kerja. Status laporan dapat dipantau melalui https://pengaduan.inspektorat.example.org/tiket/INSP-2026-004187.

        Email ini dikirim otomatis oleh sistem. Mohon tidak membalas email ini.

        ---------- Isi laporan yang kami terima ----------
        Dari: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
        Tanggal: 9 Desember 2026 10.14
        Subjek: FW: Pungutan biaya mutasi guru

        """) + "\n" + quote(quoted, 76) + "\n\n--\nLayanan Pengaduan Inspektorat Daerah (sistem tiket otomatis)\n"
    d = hdate(2026, 12, 9, 10, 14, 52)
    extra = (f"In-Reply-To: {our_id}\nReferences: {our_id}\nAuto-Submitted: auto-replied\n"
             "X-Loop: no-reply@inspektorat.example.org\nPrecedence: bulk\n"
             "X-Mailer: Helpdesk Ticket System\n")
    put(rel, plain_mail("a01", d, "Layanan Pengaduan Inspektorat <no-reply@inspektorat.example.org>",
                        "[Tiket #INSP-2026-004187] Laporan diterima: FW: Pungutan biaya mutasi guru",
                        "inspektorat.example.org", body, extra=extra, ip="198.51.100.240"))
    unscored(rel, "auto_reply",
             "ticket-system acknowledgement from another agency (Auto-Submitted, X-Loop, Precedence: bulk) "
             "that quotes a complete complaint letter in full; must be auto_reply", auto_reply=True)


def a02():
    """An English out-of-office from Outlook, without Auto-Submitted (client rule)."""
    rel = "auto_reply/a02.eml"
    our_id = msgid("a02-resp", "pasuruankab.go.id")
    text = D("""
        Thank you for your email.

        I am out of the office on official travel from 7 to 11 December 2026 with limited access to email, and will reply as soon as possible after my return on Monday, 14 December 2026.

        For urgent matters regarding complaints, please contact Ms. Ratih Puspita at ratih.puspita@pemda.example.com.

        Best regards,
        Danang Kurniawan
        """)
    html = "<html><body>\n" + "".join(
        f"<p>{html_escape(ln) if ln.strip() else '&nbsp;'}</p>\n" for ln in text.rstrip().split("\n")) + \
        "</body></html>\n"
    d = hdate(2026, 12, 8, 8, 1, 44)
    extra = (f"In-Reply-To: {our_id}\nReferences: {our_id}\n"
             "Thread-Topic: Tanggapan atas Pengaduan PGD-2026-0587\n"
             "Thread-Index: AQHbSm8xYzZ0d2VsZGVyMjEtYTAy\n"
             "X-Auto-Response-Suppress: All\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n"
             "Content-Language: en-US\n")
    h = headers("a02", d, "Danang Kurniawan <danang.kurniawan@pemda.example.com>",
                "Automatic reply: Tanggapan atas Pengaduan PGD-2026-0587", "pemda.example.com",
                ip="203.0.113.71", extra=extra)
    body = multipart("alternative", boundary("a02"), [
        part("text/plain", "us-ascii", "7bit", text), part("text/html", "us-ascii", "7bit", html)])
    put(rel, (h + body).encode("ascii"))
    unscored(rel, "auto_reply",
             "English out-of-office ('Automatic reply:' subject, X-Auto-Response-Suppress) with no "
             "Auto-Submitted header; must be auto_reply", auto_reply=True)


def a03():
    """A Postfix delay DSN (multipart/report, message/delivery-status, text/rfc822-headers)."""
    rel = "auto_reply/a03.eml"
    d = hdate(2026, 12, 10, 14, 31, 7)
    orig_d = hdate(2026, 12, 10, 10, 29, 55)
    notice = D("""
        This is the mail system at host mx1.pasuruankab.go.id.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <slamet.widodo@example.net>: connect to mail.example.net[198.51.100.40]:25:
            Connection timed out
        """)
    status = D(f"""
        Reporting-MTA: dns; mx1.pasuruankab.go.id
        X-Postfix-Queue-ID: 4F2C81A0B3
        X-Postfix-Sender: rfc822; pengaduan.bkpsdm@pasuruankab.go.id
        Arrival-Date: {orig_d}

        Final-Recipient: rfc822; slamet.widodo@example.net
        Original-Recipient: rfc822;slamet.widodo@example.net
        Action: delayed
        Status: 4.4.1
        Diagnostic-Code: X-Postfix; connect to mail.example.net[198.51.100.40]:25:
            Connection timed out
        Will-Retry-Until: {hdate(2026, 12, 15, 10, 29, 55)}
        """)
    orig = D(f"""
        Received: by mx1.pasuruankab.go.id (Postfix, from userid 1001)
        \tid 4F2C81A0B3; {orig_d}
        Date: {orig_d}
        From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
        To: slamet.widodo@example.net
        Subject: Permintaan kelengkapan pengaduan PGD-2026-0611
        Message-ID: {msgid("a03-orig", "pasuruankab.go.id")}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 8bit
        """)
    h = (f"Date: {d}\nFrom: MAILER-DAEMON@mx1.pasuruankab.go.id (Mail Delivery System)\n"
         f"To: {AGENCY_ADDR}\nSubject: Delayed Mail (still being retried)\n"
         f"Message-ID: {msgid('a03', 'mx1.pasuruankab.go.id')}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n")
    body = multipart("report", boundary("a03"), [
        part("text/plain", "us-ascii", "7bit", notice, disp="Content-Description: Notification"),
        part("message/delivery-status", None, "7bit", status, disp="Content-Description: Delivery report"),
        part("text/rfc822-headers", None, "7bit", orig, disp="Content-Description: Undelivered Message Headers")],
        params=" report-type=delivery-status;")
    put(rel, (h + body).encode("ascii"))
    unscored(rel, "auto_reply",
             "delay warning DSN (multipart/report; delivery-status with Action: delayed; the original's "
             "headers only as text/rfc822-headers); must be auto_reply", auto_reply=True)


def a04():
    """A read receipt (MDN, multipart/report; report-type=disposition-notification) from a citizen."""
    rel = "auto_reply/a04.eml"
    d = hdate(2026, 12, 9, 19, 3, 26)
    orig_id = msgid("a04-orig", "pasuruankab.go.id")
    orig_d = hdate(2026, 12, 9, 13, 40, 2)
    human = D("""
        This is a Return Receipt for the mail that you sent to sri.hartatik@example.com.

        Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
        """)
    mdn = D(f"""
        Reporting-UA: mail.example.com; Mozilla Thunderbird
        Final-Recipient: rfc822;sri.hartatik@example.com
        Original-Message-ID: {orig_id}
        Disposition: manual-action/MDN-sent-manually; displayed
        """)
    orig = D(f"""
        Date: {orig_d}
        From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
        To: Sri Hartatik <sri.hartatik@example.com>
        Subject: Permintaan kelengkapan pengaduan PGD-2026-0602
        Message-ID: {orig_id}
        Disposition-Notification-To: pengaduan.bkpsdm@pasuruankab.go.id
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """)
    extra = f"In-Reply-To: {orig_id}\nReferences: {orig_id}\nUser-Agent: Mozilla Thunderbird\n"
    h = headers("a04", d, "Sri Hartatik <sri.hartatik@example.com>",
                "Return Receipt (displayed) - Permintaan kelengkapan pengaduan PGD-2026-0602", "example.com",
                ip="192.0.2.36", extra=extra)
    body = multipart("report", boundary("a04"), [
        part("text/plain", "utf-8", "7bit", human),
        part("message/disposition-notification", None, "7bit", mdn, disp='Content-Disposition: inline'),
        part("text/rfc822-headers", None, "7bit", orig, disp='Content-Disposition: inline')],
        params=" report-type=disposition-notification;")
    put(rel, (h + body).encode("ascii"))
    unscored(rel, "auto_reply",
             "read receipt (MDN: multipart/report; report-type=disposition-notification) sent by a "
             "citizen's Thunderbird, no Auto-Submitted header; must be auto_reply", auto_reply=True)


# ==================================================================== hostile
def h01():
    """A JPEG that is only its first header bytes (SOI, APP0/JFIF, the start of a DQT)."""
    rel = "hostile/h01.jpg"
    data = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\xc8\x00\xc8\x00\x00"
            b"\xff\xdb\x00\x43\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\x09\x09")
    put(rel, data)
    unscored(rel, "hostile_error", "truncated JPEG (37 bytes): SOI + APP0 JFIF header + the first bytes of a "
             "DQT segment, nothing else (no frame, no scan, no EOI); must exit 3", expect_exit=3)


def h02():
    """200 KB of one repeated line, then a short real letter (scored)."""
    rel = "hostile/h02.eml"
    addr = "Dusun Kalisat RT 02 RW 01, Desa Kalisat, Kecamatan Rembang, Kabupaten Pasuruan"
    svc = ("Kontrak kerja PPPK saya berakhir 31 Oktober 2026 dan sudah dievaluasi dengan hasil baik oleh atasan, "
           "tapi sampai sekarang perjanjian kerja perpanjangan belum juga ditandatangani BKPSDM.")
    loss = "Gaji saya bulan November tidak dibayarkan karena saya dianggap tidak punya kontrak aktif."
    req = "Mohon perjanjian kerja perpanjangan saya segera diproses dan gaji bulan November dibayarkan."
    letter = D(f"""
        Yth. BKPSDM Kab. Pasuruan

        Maaf baris di atas kepencet berkali-kali dari HP.

        Nama: Fajar Nugroho
        Alamat: {addr}
        HP: 0895 3321 7740

        {svc}

        {loss}

        {req}

        Rembang, 2 Desember 2026
        Hormat saya,
        Fajar Nugroho
        """)
    junk = ("tolong dibantu " * 13600).rstrip()
    body = junk + "\n\n" + letter
    d = hdate(2026, 12, 2, 17, 55, 30)
    put(rel, plain_mail("h02", d, "Fajar Nugroho <fajar.nugroho@example.net>", "perpanjangan kontrak pppk",
                        "example.net", body, ip="198.51.100.177"))
    src(rel, letter)
    complaint(rel, "hostile_ok", dict(
        name="Fajar Nugroho", address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Rembang", date="2026-12-02", signed=True, email="fajar.nugroho@example.net",
        phone="089533217740"), "pengadaan",
        "a ~200 KB single line ('tolong dibantu ' repeated) before a short complete letter; the letter is "
        "scored; PPPK contract -> pengadaan")


def h03():
    """Declared charset utf-16 but the bytes are utf-8 (8bit); unscored, must not crash."""
    rel = "hostile/h03.eml"
    body = D("""
        Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

        Nama   : Nanik Rahayu
        Alamat : Jl. Mawar No. 3, Desa Pleret, Kecamatan Pohjentrek

        Surat keterangan pensiun ibu saya sudah dua bulan belum bisa diambil, setiap datang disuruh kembali minggu depan. Kami jadi bolak-balik dan ongkosnya lumayan. Mohon suratnya segera diselesaikan ya.

        Pohjentrek, 8 Desember 2026
        Hormat saya,
        Nanik Rahayu — terima kasih 🙏
        """)
    d = hdate(2026, 12, 8, 12, 0, 18)
    h = headers("h03", d, "Nanik Rahayu <nanik.rahayu@example.com>", "surat keterangan pensiun",
                "example.com", ip="203.0.113.120")
    h += 'Content-Type: text/plain; charset="utf-16"\nContent-Transfer-Encoding: 8bit\n\n'
    put(rel, h.encode("ascii") + body.encode("utf-8"))
    unscored(rel, "hostile_ok", "declared charset utf-16 but the 8bit body is utf-8 (odd byte count, "
             "non-ASCII dash and emoji): must exit 0 with JSON and no traceback; fields not scored")


# ===================================================================== checks
HEADER_DATE = {"email_plain/p08.eml", "email_plain/p11.eml", "email_mime/m03.eml", "email_pdf/d02.eml"}


def self_check():
    """Every truth passage is in the letter as written; e-mail truth agrees with the headers."""
    for t in TRUTH:
        f = t["fields"]
        rel = t["file"]
        if not f:
            continue
        text = norm(SOURCES[rel])
        for k in ("name", "address", "service_description", "loss", "requested_resolution", "place", "nik"):
            if f[k] is not None:
                assert norm(f[k]) in text, (rel, k, f[k])
        if f["phone"]:
            digits = re.sub(r"\D", "", SOURCES[rel])
            assert f["phone"] in digits or ("62" + f["phone"][1:]) in digits, (rel, "phone")
        if f["email"] and rel.startswith("scan/"):
            assert f["email"] in SOURCES[rel], (rel, "email")
        assert t["complete"] is (not t["missing"]), rel
        assert t["missing"] == [k for k in REQUIRED if (f[k] is False if k == "signed" else f[k] is None)], rel
        if rel.endswith(".eml"):
            msg = email.message_from_bytes(FILES[rel], policy=email.policy.default)
            frm = email.utils.parseaddr(str(msg["From"]))[1]
            assert frm.lower() == f["email"], (rel, frm)
            assert f["date"] is not None, rel
            if rel in HEADER_DATE:
                hd = email.utils.parsedate_to_datetime(msg["Date"]).date().isoformat()
                assert hd == f["date"], (rel, hd, f["date"])
    ids = [re.search(rb"^Message-ID: (.*)$", v, re.M).group(1) for k, v in FILES.items() if k.endswith(".eml")]
    assert len(ids) == len(set(ids)), "duplicate Message-ID"
    h03 = FILES["hostile/h03.eml"]
    assert len(h03.split(b"\n\n", 1)[1]) % 2 == 1, "h03 body should have an odd byte count"


# ===================================================================== README
CATS = [("email_plain/", "email_plain", "plain-text letters in the body: no loss (emotional words about the "
         "office), no request (politeness closings), workplace or the agency's address instead of an address, "
         "a village only in the place/date line, date without place, no place/date line, closing without a "
         "name, name without a closing, anonymous, initials only, a request-first complete letter"),
        ("email_mime/", "email_mime", "HTML-only and multipart/alternative; base64 and quoted-printable; utf-8, "
         "iso-8859-1, windows-1252; RFC 2047 names and subjects; a nickname signature; an identity table "
         "after the signature; a Date header in +0800"),
        ("email_pdf/", "email_pdf", "cover note + letter attached as a text PDF (vector or PNG signature, or a "
         "typed name only) or as a DOCX with a signature picture; a PDF letter without any place/date line"),
        ("scan/", "scan", "PNG (200 dpi grey), colour JPG (250 dpi), image-only PDF (1 and 2 pages), bilevel "
         "CCITT G4 TIFF (300 dpi); signed and unsigned; a blank day in the date line; no place/date line"),
        ("auto_reply/", "auto_reply", "ticket-system acknowledgement quoting a complaint, English "
         "out-of-office without Auto-Submitted, delay DSN with text/rfc822-headers, read receipt (MDN)"),
        ("hostile/", "hostile_error", "a JPEG that is only its header bytes (must exit 3)"),
        ("hostile/", "hostile_ok", "a 200 KB single line before a short letter (scored); a utf-16 charset "
         "label on utf-8 bytes (unscored, must not crash)")]


def readme():
    n = {}
    for t in TRUTH:
        n[t["category"]] = n.get(t["category"], 0) + 1
    comp = [t for t in TRUTH if t["fields"]]
    inc = [t for t in comp if not t["complete"]]
    divs = {}
    for t in comp:
        divs[t["division"]] = divs.get(t["division"], 0) + 1
    out = [f"""# heldout21 — blind held-out set for `pengaduan extract`: incomplete letters

{len(TRUTH)} items, {len(comp)} of them scored complaints ({len(inc)} incomplete, {len(comp) - len(inc)}
complete), in the format of `/work/shared/samples/` (contract: `/work/shared/DESIGN.md`,
procedure: `/work/shared/procedure-id.md`, scorer: `/work/shared/tools/score.py`).

The theme is **incomplete letters and not inventing what is not there**: the completeness
verdict and the exact `missing` list. Each incomplete letter is incomplete the way a real
citizen writes it — a story and a request but no word about what it cost; a loss but only
"Demikian, mohon perhatiannya"; a school or puskesmas instead of a home address; the agency's
own address in the heading; a village name only in the place/date line; a date with no place,
a place with no day; a closing with no name; a name with no closing; an anonymous report; a
report signed with initials. A few complete letters are written in an unusual order (request
first, story last; identity under the signature) or with a soft request ("Kami berharap ...",
"Alangkah baiknya jika ...").

Regenerate from the repository root (deterministic; two runs give byte-identical files):

    .venv/bin/python tests/extract/heldout21/make_heldout21.py

Score (the lead engineer runs this, not the author of the set):

    python3 /work/shared/tools/score.py --set tests/extract/heldout21 --cmd ".venv/bin/pengaduan extract" -v

## Written blind

This set was written from the specification only: `procedure-id.md`, `DESIGN.md`, the samples'
`README.md` and `truth.jsonl` (plus a look at a few sample files for their format) and
`score.py`. Neither the extractor (`pipeline/`) nor any other test set's letters were read, and
the extractor was never run on these items. Only the rendering machinery (PDF writer, signature
scribble, scan renderer, MIME helpers, DOCX re-zipper) was copied from heldout20's generator;
every letter, person and address here is new and invented. All mail addresses use `example.*`
domains; NIKs, phone numbers and NIPs are invented.

## Categories

| folder | category | n | what |
|---|---|---|---|
"""]
    for folder, cat, what in CATS:
        out.append(f"| `{folder}` | `{cat}` | {n.get(cat, 0)} | {what} |\n")
    out.append("\nDivisions of the scored complaints: " +
               ", ".join(f"`{k}` {v}" for k, v in sorted(divs.items())) + ".\n")
    out.append("""
## Truth conventions

As in the samples' README, exactly:

- `fields`: absent → `null`. `address`, `service_description`, `loss`, `requested_resolution`
  are the exact passage of the letter without its label, wrapped lines joined with one space.
  `name` as written in the letter, titles included. `place` is the place of the place/date
  line. `phone` digits with a leading 0 (a +62 number mapped to 0). `nik` only for a 16-digit
  NIK — an 18-digit NIP is not a NIK.
- `date`: `YYYY-MM-DD` of the letter; for an e-mail whose letter (body or attachment) carries no
  date, the local date of the `Date:` header as the sender wrote it (never converted to UTC), so
  `date` is never missing for e-mail. For a scan/file with no date it is `null`.
- `signed`: scans/PDFs/DOCX — a handwritten signature (scribble, vector strokes, embedded image)
  above the printed name; a printed name alone is not signed. E-mail body letters — a closing
  followed by the sender's name, formal or not. E-mail with an attached letter — the attached
  letter's signature; the cover note's signature does not count.
- `email`: for e-mail items the `From:` address (even when the letter was written by someone
  else); for files an address written in the letter.
- `missing`: the absent required keys in the order name, address, service_description, loss,
  requested_resolution, place, date, signed; `complete` is true exactly when `missing` is empty
  (the generator asserts this for every line).
- `auto_reply`, `hostile_error` and unscored `hostile_ok` items have `fields`, `missing`,
  `complete` and `division` null.

## Decisions on the ambiguous cases

1. **Workplace is not an address.** A school, puskesmas, office or "unit kerja" says where the
   complainant works, not where they live (`p04`, `p05`, `s05`): `address` null. The agency's own
   address in the heading is never the complainant's (`p05`).
2. **A village in the place/date line is the place, not the address** (`p06`: "Kedungrejo, 4
   Desember 2026" → place `Kedungrejo`, address null).
3. **Emotional words about the office are not a loss.** "sangat tidak profesional dan
   memalukan", "keterlaluan ... mencoreng nama baik BKPSDM", "tidak pantas ... mencoreng citra"
   judge the service; they say nothing about what it cost the writer (`p01`, `m02`, `s04`):
   `loss` null. A feeling the writer suffered ("Saya malu sekali dengan rekan-rekan", `p07`) is an
   immaterial loss, as in the samples.
4. **Politeness is not a request.** "Demikian, mohon perhatiannya", "atas perhatiannya (kami
   ucapkan) terima kasih", "Mohon perhatian Bapak/Ibu", "sebagai bahan informasi", and a cover
   note's bare "Mohon ditindaklanjuti" (the samples' `s12` precedent) are not a requested
   resolution (`p02`, `p12`, `m04`, `d05`, `s05`). A soft wish that names a concrete action ("Kami
   berharap BKPSDM dapat segera menerbitkan ...", "Alangkah baiknya jika BKPSDM meninjau kembali
   ...") is one (`p03`, `m01`, `m05`).
5. **A name with no closing is not signed (e-mail).** The samples' README defines an e-mail
   signature as "a closing with the sender's name (`Hormat saya,\\nNama`)"; `p07` ends with the
   date line and then the bare name, with no closing word at all → `signed` false, `name` still
   "Riyanto". Likewise a closing followed by nothing or by a mail-app tagline ("Dikirim dari Yahoo
   Mail di Android", `p05`) is not signed, and "Terima kasih." alone in an anonymous mail (`p08`).
6. **Initials only → no name, not signed.** `p09`'s writer states that the name is deliberately
   given as initials ("Mohon maaf nama saya tulis inisial saja") and closes "Hormat saya,\\nS.W.".
   Initials do not identify a complainant (the procedure asks for "nama"), so `name` null, and a
   closing followed by initials is not a closing with the sender's name → `signed` false.
7. **A nickname is the name as written.** `m03`'s only name in the letter is "Yuyun" after
   "Salam,"; the `From:` display name (Wahyuni Setyaningsih) is header metadata and is not used
   for `name` (README: "the name as written in the letter"): `name` "Yuyun", `signed` true. When the
   identity block has the full name and the closing a short form (`p11`: "Trims,\\nDimas"), `name`
   is the identity block's full name and the letter is signed.
8. **The writer, not the sender.** `p03` is written by a widow and sent from her son's mailbox:
   `name` is the writer (Sumiati); `email` is still the `From:` address (the son's).
9. **Blank day in the date line** (`s01`: "Pandaan, ........ Desember 2026"): no full date is
   given → `date` null, `place` "Pandaan". A scan has no header date to fall back on.
10. **Attached letter without a date line** (`d02`): the rule "for an e-mail whose letter carries
    no date, the date of the Date header" applies to the attached letter too → `date` from the
    header, `place` null.
11. **Routing.** Staff conduct, illegal fees, counter and facilities go to `sekretariat` even when
    the letter names another division's service (`p01` Karis, `p06` kenaikan pangkat, `p12` SK
    pensiun legalisation, `s04` cuti, `d05` Karpeg/KPE). "Staff conduct" means the agency's own
    service staff: a report that a teacher elsewhere skips school (`p08`) is an ASN discipline
    matter → `kinerja`, as is a disputed disciplinary sanction (`m04`). The inauguration into a
    functional position (`m02`) and a headmaster appointment (`d04`) are positions → `mutasi`
    although "uji kompetensi"/"seleksi" are named; degree recognition (`m01`) and training
    (`p11`, `d02`, `s02`) → `kompetensi`; resignation (`m05`), PPPK (`p09`, `h02`), pension (`p03`,
    `s01`), Karsu (`m03`) and SIASN data (`d03`) → `pengadaan`. No item has a `null` division.
12. **Lead-ins are labels.** Where a passage follows a lead-in in the same paragraph ("Adapun
    duduk perkaranya:", "Jadi gini min,"), the lead-in is left out of the truth passage; an
    introductory sentence that belongs to the story ("Saya bidan pelaksana di ...") is kept.
    Token-F1 scoring makes either reading pass.
13. **`h03` (utf-16 label on utf-8 bytes)** is unscored like the samples' unreadable-boundary
    mail: the declared charset makes the text undefined; only "exit 0, JSON, no traceback" counts.
14. **A DOCX signature picture** above the typed name counts as a handwritten signature (`d03`).

## Items

| file | category | division | missing | what is special |
|---|---|---|---|---|
""")
    for t in TRUTH:
        miss = "—" if t["missing"] is None else ("[]" if not t["missing"] else ", ".join(t["missing"]))
        div = t["division"] or "—"
        out.append(f"| `{t['file']}` | {t['category']} | {div} | {miss} | {t['note']} |\n")
    return "".join(out)


ITEMS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12,
         m01, m02, m03, m04, m05,
         d01, d02, d03, d04, d05,
         s01, s02, s03, s04, s05,
         a01, a02, a03, a04,
         h01, h02, h03]


def main():
    for fn in ITEMS:
        fn()
    assert len({t["file"] for t in TRUTH}) == len(TRUTH) == len(FILES)
    self_check()
    for sub in ["email_plain", "email_mime", "email_pdf", "scan", "auto_reply", "hostile"]:
        d = HERE / sub
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for rel, data in FILES.items():
        (HERE / rel).write_bytes(data)
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(FILES)} files and {len(TRUTH)} truth lines to {HERE}")


if __name__ == "__main__":
    main()
