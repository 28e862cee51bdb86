#!/usr/bin/env python3
"""Generate the blind held-out set `heldout19` for `pengaduan extract`.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and score.py), without looking at the
extractor or at other test sets' letters.  The rendering machinery (PDF
writer, signature scribble, scan renderer, MIME helpers) is copied from
heldout18's generator and extended (multi-page, letterheads, rules, stamps,
phone photos, TIFF).

Run from the repository root:
    .venv/bin/python tests/extract/heldout19/make_heldout19.py

Everything is deterministic (fixed seeds, fixed Message-IDs and boundaries).
Standard library + Pillow + numpy only.  All people, addresses, NIKs, phone
numbers and e-mail addresses are invented; mail addresses use example.*
domains.
"""
from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
import io
import json
import math
import quopri
import random
import shutil
import struct
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
    h = hashlib.sha1(("heldout19-" + tag).encode()).hexdigest()[:20]
    return f"<{h}@{domain}>"


def boundary(tag, n=0):
    return "0000000000" + hashlib.sha1(f"heldout19-b-{tag}-{n}".encode()).hexdigest()[:18]


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
    qid = hashlib.sha1(("h19" + tag).encode()).hexdigest()[:10].upper()
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
        elif kind == "sig":
            x = margin + text_w * 0.58
            mode = b[2] if len(b) > 2 else "above"
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
                specks=True):
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
        if stamp and sig_at and colour:
            x, y = sig_at
            im = draw_stamp(im, int(x - 0.42 * dpi), int(y), int(0.55 * dpi),
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
# ---------------------------------------------------------------- email_plain
def k01():
    """A daughter writes for her retired father; the complainant is the father."""
    sd = ("Bapak saya pensiun sebagai guru SD per 1 September 2026 karena sudah batas usia pensiun. "
          "Berkas usul pensiun sudah diserahkan lewat korwil pendidikan sejak bulan Mei 2026, tapi sampai "
          "hari ini SK pensiun belum juga terbit. Waktu kami tanyakan ke loket, katanya data bapak di SIASN "
          "masih \"belum verifikasi\" dan kami disuruh menunggu saja.")
    loss = ("Akibatnya sejak September bapak tidak menerima gaji maupun uang pensiun dari Taspen, padahal "
            "beliau harus kontrol rutin ke dokter dan beli obat tiap bulan. Kami anak-anaknya terpaksa "
            "patungan untuk menutup kebutuhan beliau.")
    res = ("Kami mohon SK pensiun bapak saya segera diterbitkan dan data SIASN-nya diverifikasi, supaya "
           "beliau bisa segera mengurus pembayaran pensiun ke Taspen.")
    addr = "Dsn. Krajan RT 02 RW 01 Desa Sukodermo Kec. Purwosari Kab. Pasuruan"
    body = f"""Assalamualaikum wr. wb.

Yth. Bapak/Ibu Petugas Pengaduan
BKPSDM Kabupaten Pasuruan

Mohon maaf sebelumnya, saya Rina, anak dari Bapak Soedarsono. Email ini saya tulis mewakili bapak saya karena beliau sudah sepuh dan tidak bisa pakai email. Yang mengadu adalah bapak saya sendiri, datanya sebagai berikut:

Nama    : Soedarsono
NIP     : 196608121989031007
Alamat  : {addr}
No. HP  : 0857-3312-0946 (nomor saya, Rina)

{sd}

{loss}

{res}

Purwosari, 12 Oktober 2026

Hormat kami,
Rina Kartikasari
(putri Bapak Soedarsono)
"""
    put("email_plain/k01.eml", plain_mail(
        "k01", hdate(2026, 10, 12, 20, 14, 37), "Rina Kartikasari <rina.kartika@example.com>",
        "Pengaduan untuk bapak saya (pensiunan) - SK pensiun belum terbit", "example.com",
        wrap_all(body), ip="198.51.100.23"))
    complaint("email_plain/k01.eml", "email_plain", {
        "name": "Soedarsono", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Purwosari", "date": "2026-10-12", "signed": True,
        "email": "rina.kartika@example.com", "phone": "085733120946", "nik": None},
        "pengadaan", "daughter writes for her retired father: name = the father (the complainant, "
        "from the Nama line); signed = closing + the writer's (daughter's) name; email = From:; "
        "18-digit NIP is not a NIK; wrapped at 72")


def k02():
    """Guru PPPK about TPP held back because monthly SKP is not validated."""
    sd = ("Sejak bulan Juli 2026 TPP saya tidak cair sama sekali, padahal teman-teman PPPK lain di sekolah "
          "sudah cair semua. Setelah saya cek di aplikasi e-Kinerja, SKP bulanan saya untuk Juli, Agustus "
          "dan September masih berstatus \"menunggu validasi\" dari admin BKPSDM, padahal kepala sekolah "
          "selaku atasan langsung sudah menilai tepat waktu. Sudah saya laporkan lewat grup WA admin "
          "kinerja dua kali tapi belum ada respon.")
    loss = ("Kerugiannya TPP saya 3 bulan belum terbayar, kurang lebih Rp 2.700.000, itu lumayan sekali buat "
            "guru PPPK yang gajinya pas-pasan, apalagi saya masih nyicil motor buat berangkat ngajar.")
    res = ("Saya minta tolong SKP bulanan saya segera divalidasi di e-Kinerja dan TPP yang tertunda bisa "
           "dibayarkan di pencairan bulan depan.")
    body = f"""Yth. Admin Pengaduan BKPSDM Kab. Pasuruan

Selamat malam Bapak/Ibu. Perkenalkan saya Dimas Arya Pratama, S.Pd., guru PPPK formasi 2024 di SMPN 2 Gempol. NIK 3514062709950003, no WA 0813-3045-7781.

Mohon ijin menyampaikan keluhan soal TPP.

{sd}

{loss}

{res}

Gempol, 5 November 2026

Salam hormat,
Dimas Arya Pratama, S.Pd.
"""
    put("email_plain/k02.eml", plain_mail(
        "k02", hdate(2026, 11, 5, 21, 37, 10), "Dimas Arya Pratama <dimas.pratama.pppk@example.net>",
        "Keluhan TPP guru PPPK tidak cair", "example.net", body, ip="203.0.113.45"))
    complaint("email_plain/k02.eml", "email_plain", {
        "name": "Dimas Arya Pratama, S.Pd.", "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Gempol", "date": "2026-11-05", "signed": True,
        "email": "dimas.pratama.pppk@example.net", "phone": "081330457781", "nik": "3514062709950003"},
        "kinerja", "guru PPPK, TPP held back because monthly SKP not validated in e-Kinerja (kinerja); "
        "no home address (the school is the workplace); long unwrapped lines, no labels")


def k03():
    """Civil servant at a kelurahan office asks about his transfer (mutasi)."""
    addr = "Dusun Tegalsari RT 04 RW 02 Desa Sumberglagah Kecamatan Rembang, Kabupaten Pasuruan"
    sd = ("Bulan Maret 2026 saya mengajukan pindah tugas ke Kantor Kecamatan Rembang yang dekat rumah, sudah "
          "ada surat persetujuan dari Camat Rembang dan dari Pak Lurah. Berkas saya antar sendiri ke BKPSDM. "
          "Tapi sudah enam bulan tidak ada kabar, setiap saya tanya lewat telepon jawabannya selalu "
          "\"masih di meja pimpinan\". Malah saya dengar ada pegawai lain yang mengajukan belakangan sudah "
          "keluar SK mutasinya.")
    res = ("Mohon dengan hormat agar permohonan mutasi saya diproses, atau kalau memang ditolak saya diberi "
           "jawaban tertulis beserta alasannya, supaya saya tidak digantung terus.")
    body = f"""Kepada Yth.
Bapak Kepala BKPSDM Kabupaten Pasuruan
{AGENCY_POST}

Assalamu'alaikum Wr. Wb.

Nyuwun sewu sebelumnya, saya Moh. Sholehuddin, PNS golongan II/c, staf pelaksana di Kantor Kelurahan Kalirejo Kecamatan Bangil. Saya tinggal di {addr}. HP 0852-3190-4418.

Saya menyampaikan pengaduan terkait permohonan mutasi saya.

{sd}

{res}

Matur nuwun atas perhatiannya.

Bangil, 23 September 2026
Hormat saya,

Moh. Sholehuddin
NIP 197803142006041012
"""
    put("email_plain/k03.eml", plain_mail(
        "k03", hdate(2026, 9, 23, 10, 2, 51), "Moh. Sholehuddin <sholehuddin.kalirejo@example.org>",
        "Pengaduan permohonan mutasi tidak ada kabar", "example.org", wrap_all(body, 76),
        ip="192.0.2.88"))
    complaint("email_plain/k03.eml", "email_plain", {
        "name": "Moh. Sholehuddin", "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Bangil", "date": "2026-09-23", "signed": True,
        "email": "sholehuddin.kalirejo@example.org", "phone": "085231904418", "nik": None},
        "mutasi", "village/kelurahan-level PNS asks for his transfer; address in running text; "
        "place (Bangil, workplace) differs from the address (Rembang); agency address in the "
        "header; Javanese touches; no loss")


def k04():
    """Numbered points instead of labels."""
    addr = "Perum Kraton Asri Blok F-12 RT 05 RW 07 Desa Gerongan Kecamatan Kraton"
    sd = ("Pada bulan Februari 2026 saya mengajukan permohonan pencantuman gelar Ners dan S.Kep. hasil "
          "kuliah saya. Semua syarat (ijazah, transkrip yang dilegalisir, surat izin belajar, akreditasi "
          "prodi) sudah saya unggah dan berkas fisiknya saya serahkan ke loket. Sampai sekarang, sudah "
          "8 bulan, usulan saya masih berstatus \"BTS\" (berkas tidak sesuai) tanpa keterangan apa yang kurang.")
    loss = ("Karena gelar belum dicantumkan, saya tidak bisa mengusulkan kenaikan pangkat penyesuaian ijazah "
            "dan tidak bisa mendaftar seleksi jabatan fungsional perawat ahli pertama yang dibuka tahun ini.")
    res = ("Saya mohon BKPSDM menjelaskan secara tertulis berkas mana yang tidak sesuai, atau segera "
           "memproses pencantuman gelar saya.")
    body = f"""Kepada Yth. Kepala BKPSDM Kab. Pasuruan
di tempat

Dengan hormat, bersama ini saya sampaikan pengaduan sebagai berikut:

1. Saya Ns. Lailatul Fitriyah, S.Kep., perawat PNS di Puskesmas Kraton, alamat rumah {addr}, HP 0878-5521-3096.
2. {sd}
3. {loss}
4. {res}

Demikian, atas perhatiannya saya ucapkan terima kasih.

Kraton, 19 Oktober 2026
Hormat saya,
Ns. Lailatul Fitriyah, S.Kep.
"""
    put("email_plain/k04.eml", plain_mail(
        "k04", hdate(2026, 10, 19, 9, 41, 3), "Lailatul Fitriyah <lailatul.fitriyah@example.com>",
        "Pengaduan pencantuman gelar", "example.com", body, ip="198.51.100.77", crlf=True))
    complaint("email_plain/k04.eml", "email_plain", {
        "name": "Ns. Lailatul Fitriyah, S.Kep.", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Kraton", "date": "2026-10-19", "signed": True,
        "email": "lailatul.fitriyah@example.com", "phone": "087855213096", "nik": None},
        "kompetensi", "numbered points 1.-4. instead of labels; degree recognition (kompetensi) "
        "although 'kenaikan pangkat' and 'jabatan' appear in the loss; CRLF; complete")


def k05():
    """A long rambling mail; the loss and the request are buried mid-paragraph."""
    sd = ("tahun lalu sekolah kami mengusulkan saya dan dua teman untuk dapat Satyalancana Karya Satya "
          "30 tahun, berkasnya sudah dikumpulkan ke korwil, fotokopi SK CPNS, SK terakhir, surat keterangan "
          "tidak pernah dihukum disiplin, semua lengkap dan dilegalisir. Waktu pengumuman bulan Agustus "
          "kemarin kok nama kedua teman saya ada di daftar penerima tapi nama saya tidak ada, padahal masa "
          "kerja saya malah paling lama.")
    loss = ("Terus terang saya malu sekali waktu upacara 17 Agustus teman-teman maju menerima penghargaan "
            "sedangkan saya cuma menonton dari barisan, murid-murid dan wali murid sampai tanya kenapa Pak "
            "Harno tidak dapat, rasanya pengabdian 30 tahun tidak dihargai.")
    res = ("Saya hanya mohon supaya berkas usulan Satyalancana saya dicek kembali dan kalau memang memenuhi "
           "syarat saya diusulkan lagi pada periode berikutnya, serta diberi penjelasan kenapa nama saya "
           "tidak masuk.")
    para = (f"Saya Suharno, guru SD sejak tahun 1996, sekarang di SDN Lecari 1 Kecamatan Sukorejo, sebentar "
            f"lagi pensiun insyaallah tahun 2028. Jadi ceritanya begini, {sd} Saya tanya ke korwil katanya "
            f"dari BKPSDM datanya sudah dikirim semua, terus saya datang sendiri ke kantor BKPSDM di Raci, "
            f"kata petugasnya akan dicek dulu dan saya disuruh menunggu kabar, tapi sampai sekarang belum ada "
            f"kabar. {loss} Istri saya bilang sudah diikhlaskan saja, tapi menurut saya ini soal hak. {res} "
            f"Kalau ada syarat yang kurang saya siap melengkapi, yang penting jelas. Cucu saya juga bilang "
            f"sekarang bisa lapor lewat aplikasi LAPOR tapi saya lebih percaya langsung ke BKPSDM saja.")
    body = f"""Selamat pagi Bapak Ibu di BKPSDM, maaf kalau tulisan saya panjang dan agak muter-muter, maklum sudah tua dan jarang nulis email, ini juga dibantu cucu pasang aplikasinya.

{para}

Sekian dulu, mohon maaf kalau ada salah kata.

Wassalamualaikum,
Suharno
"""
    put("email_plain/k05.eml", plain_mail(
        "k05", hdate(2026, 11, 29, 5, 48, 21), "Suharno <suharno.guru1968@example.com>",
        "mohon bantuan satyalancana", "example.com", body, ip="203.0.113.19"))
    complaint("email_plain/k05.eml", "email_plain", {
        "name": "Suharno", "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2026-11-29", "signed": True,
        "email": "suharno.guru1968@example.com", "phone": None, "nik": None},
        "kinerja", "one long rambling paragraph; description, loss and request are sentences "
        "buried in it (truth = those sentences); no address, no place/date line (date from "
        "Date: 05:48 +0700); Satyalancana (kinerja)")


def k06():
    """A very short mail that misses almost everything."""
    sd = "berkas saya di bkpsdm sudah 2 bulan lebih gak ada kabar sama sekali. ini gimana ya kerjanya"
    body = f"""pak {sd}

Dikirim dari Yahoo Mail di Android
"""
    put("email_plain/k06.eml", plain_mail(
        "k06", hdate(2026, 12, 1, 6, 10, 44), "andik.saputra88@example.com",
        "tolong", "example.com", body, ip="198.51.100.140"))
    complaint("email_plain/k06.eml", "email_plain", {
        "name": None, "address": None, "service_description": sd, "loss": None,
        "requested_resolution": None, "place": None, "date": "2026-12-01", "signed": False,
        "email": "andik.saputra88@example.com", "phone": None, "nik": None},
        None, "two-line mail from a phone, no display name in From:, no topic (division null); "
        "only a description; date = Date: header 06:10 +0700 (30 Nov in UTC)")


def k07():
    """Labels in English; English-mixed writing; 'Regards,' without a name."""
    addr = "Jl. Raya Prigen No. 41, RT 01 RW 05, Kelurahan Pecalukan, Kecamatan Prigen, Kabupaten Pasuruan"
    sd = ("My wife Maria Goretti Wulandari is a PNS (nurse) at RSUD Bangil. In SIASN her marital data still "
          "shows \"belum kawin\" although we married in 2019 and she already submitted the update with akta "
          "nikah in April 2026. Because of this, her Kartu Suami (Karsu) application for me was rejected "
          "twice by the system.")
    loss = ("Saya tidak tercatat sebagai tanggungan, so the tunjangan suami/istri in her salary is not paid "
            "since April, around Rp 250.000 per month, and I cannot use her BPJS family coverage.")
    res = ("Please update her marital status in SIASN and process the Karsu, and inform us by email when "
           "it is done.")
    body = f"""Dear BKPSDM Kabupaten Pasuruan complaint team,

Sorry I write with mixed English, sudah kebiasaan dari kerja di kapal dulu. Here is my complaint:

Name: Yohanes Bayu Kristanto
Address: {addr}
Phone: +62 812-3870-1154
NIK: 3514110503870002

Complaint:
{sd}

Loss:
{loss}

Request:
{res}

Prigen, November 9th 2026

Regards,

"""
    put("email_plain/k07.eml", plain_mail(
        "k07", hdate(2026, 11, 9, 16, 3, 12), "Yohanes Bayu <yohanes.bayu.k@example.com>",
        "Complaint - SIASN marital data & Karsu", "example.com", body, ip="192.0.2.131"))
    complaint("email_plain/k07.eml", "email_plain", {
        "name": "Yohanes Bayu Kristanto", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Prigen", "date": "2026-11-09", "signed": False,
        "email": "yohanes.bayu.k@example.com", "phone": "081238701154", "nik": "3514110503870002"},
        "pengadaan", "English labels (Name/Address/Complaint/Loss/Request), English-mixed text, "
        "+62 phone, English date 'November 9th 2026'; 'Regards,' with no name after it = unsigned")


def k08():
    """Date written 'tgl 3-12-2026'; facilities -> sekretariat."""
    addr = "Jl. Untung Suropati Gg. III No. 7, Kelurahan Kersikan, Kecamatan Bangil"
    sd = ("Pada hari Selasa tanggal 1 Desember 2026 saya (pensiunan guru, usia 64 tahun) datang ke kantor "
          "BKPSDM untuk legalisir SK pensiun. Ternyata loket legalisir dipindah ke lantai 2 dan tidak ada "
          "lift maupun jalur landai, pegangan tangga di sisi kiri juga patah. Ruang tunggu di bawah tidak ada "
          "kursi yang cukup, banyak pensiunan sepuh yang terpaksa berdiri, dan toilet dikunci dengan alasan "
          "sedang rusak.")
    loss = ("Saya sampai harus dipapah orang lain naik tangga dan lutut saya bengkak dua hari sesudahnya "
            "sehingga harus berobat ke dokter.")
    res = ("Mohon loket untuk pensiunan dan lansia dikembalikan ke lantai 1 atau disediakan petugas yang "
           "turun menemui lansia, serta kursi ruang tunggu dan toilet diperbaiki.")
    body = f"""Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Yang bertanda tangan di bawah ini :
Nama      : Hj. Siti Maimunah
Alamat    : {addr}
Telp/HP   : 0812-4977-3150

{sd}

{loss}

{res}

Demikian pengaduan saya, terima kasih.

Bangil, tgl 3-12-2026

Hormat saya,
Hj. Siti Maimunah
"""
    put("email_plain/k08.eml", plain_mail(
        "k08", hdate(2026, 12, 3, 14, 22, 5), "Hj. Siti Maimunah <sitimaimunah.bangil@example.net>",
        "Pengaduan fasilitas kantor BKPSDM (lansia)", "example.net", wrap_all(body), ip="203.0.113.200"))
    complaint("email_plain/k08.eml", "email_plain", {
        "name": "Hj. Siti Maimunah", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Bangil", "date": "2026-12-03", "signed": True,
        "email": "sitimaimunah.bangil@example.net", "phone": "081249773150", "nik": None},
        "sekretariat", "date written 'tgl 3-12-2026' (D-M-Y); facilities complaint while naming a "
        "pension service -> sekretariat; wrapped at 72; complete")


def k09():
    """Place/date line at the top, under the sender block; illegal fee -> sekretariat."""
    addr = "Perum Bumi Mangli Permai Blok B2 No. 15 Desa Mangli, Kecamatan Gondangwetan Kabupaten Pasuruan"
    sd = ("Saya PNS di Dinas Pertanian, golongan III/c. Waktu mengurus usulan kenaikan pangkat periode "
          "Oktober 2026, seorang oknum yang mengaku dari BKPSDM menelepon dan meminta \"uang koordinasi\" "
          "sebesar Rp 1.500.000 supaya usulan saya \"diprioritaskan\". Saya menolak, dan sejak itu usulan "
          "saya di SIASN dikembalikan dua kali dengan alasan berkas kurang, padahal berkas saya sama persis "
          "dengan teman yang SK-nya sudah terbit.")
    loss = ("SK kenaikan pangkat saya tertunda sehingga saya kehilangan kenaikan gaji sekitar Rp 180.000 per "
            "bulan, dan saya merasa diintimidasi.")
    res = ("Saya mohon Bapak Kepala menindak tegas oknum tersebut, menjamin usulan saya diproses sesuai "
           "aturan tanpa pungutan apa pun, dan memberi tahu saya hasil pemeriksaannya.")
    body = f"""Agustinus Heri Setiawan
Perum Bumi Mangli Permai Blok B2 No. 15
Desa Mangli, Kecamatan Gondangwetan
Kabupaten Pasuruan
HP. 0896-7730-2184

Gondangwetan, 17 November 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
Komplek Perkantoran Jl. Raya Raci KM. 9
Bangil - Pasuruan 67153

Perihal: Pengaduan permintaan uang pelicin kenaikan pangkat

Dengan hormat,

{sd}

{loss}

{res}

Atas perhatian Bapak, saya sampaikan terima kasih.

Hormat saya,

Agustinus Heri Setiawan
"""
    put("email_plain/k09.eml", plain_mail(
        "k09", hdate(2026, 11, 17, 19, 55, 40), "Agustinus Heri Setiawan <agus.heri.s@example.org>",
        "Pengaduan permintaan uang pelicin kenaikan pangkat", "example.org", wrap_all(body),
        ip="192.0.2.61"))
    complaint("email_plain/k09.eml", "email_plain", {
        "name": "Agustinus Heri Setiawan", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Gondangwetan", "date": "2026-11-17", "signed": True,
        "email": "agus.heri.s@example.org", "phone": "089677302184", "nik": None},
        "sekretariat", "sender block (name, 3-line address, phone) without labels at the top, "
        "place/date line right under it, then the agency's address block; illegal fee in a "
        "promotion file -> sekretariat; complete")


# ---------------------------------------------------------------- email_mime
def k10():
    """Webmail HTML soup: nested divs, spans that split sentences, &nbsp;."""
    addr = "Jl. Dr. Wahidin Sudirohusodo No. 88, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    sd1 = ("sesuai aturan, CPNS wajib mengikuti Pelatihan Dasar (Latsar) paling lambat satu tahun sejak TMT "
           "CPNS. TMT saya 1 Maret 2025, tetapi sampai November 2026 saya belum juga dijadwalkan ikut Latsar, ")
    sd2 = ("sementara teman satu angkatan dari OPD lain sudah selesai. Ketika saya tanyakan ke bidang "
           "pengembangan kompetensi, jawabannya kuota habis tanpa kepastian jadwal.")
    sd = (sd1 + sd2)
    loss = ("Akibatnya saya belum bisa diangkat menjadi PNS karena sertifikat Latsar adalah syarat, sehingga "
            "saya masih menerima gaji 80% dan tidak bisa mengajukan kredit rumah.")
    S = 'dir="ltr" data-setdir="false"'
    html = f"""<html><head></head><body><div class="ydp5c1e7a2byahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div {S}>Yth. Bapak/Ibu BKPSDM Kab. Pasuruan,</div><div {S}><br></div><div {S}><span>Saya Fajar Nur Rohman, S.Kom., CPNS formasi 2025 di Dinas Komunikasi dan Informatika, alamat </span><span style="color: rgb(0, 0, 0); font-family: Helvetica Neue, Helvetica, Arial, sans-serif;">{addr}</span><span>. HP:&nbsp;0821-4470-9935.</span></div><div {S}><br></div><div {S}><p style="margin:0px;"><b>Pengaduan saya</b>: <span>{sd1}</span><span style="font-size:13px;">{sd2}</span></p></div><div {S}><br></div><div {S}><div><div>{loss.replace("80%", "80&#37;")}</div></div></div><div {S}><br></div><div {S}><div style="text-align:left;">Bangil, 16&nbsp;November&nbsp;2026</div><div><br></div><div>Hormat saya,</div><div>Fajar Nur Rohman, S.Kom.</div></div><div {S}><br></div><div class="ydp5c1e7a2bsignature"><div style="font-size:11px;color:#888;">Sent from Yahoo Mail for iPhone</div></div></div></body></html>
"""
    h = headers("k10", hdate(2026, 11, 16, 13, 5, 18), "Fajar Nur Rohman <fajarnr.kominfo@example.com>",
                "Latsar CPNS belum dijadwalkan", "example.com", ip="198.51.100.150")
    h += 'Content-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    put("email_mime/k10.eml", (h + qp(html.encode("utf-8"))).encode("ascii"))
    complaint("email_mime/k10.eml", "email_mime", {
        "name": "Fajar Nur Rohman, S.Kom.", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": None, "place": "Bangil", "date": "2026-11-16", "signed": True,
        "email": "fajarnr.kominfo@example.com", "phone": "082144709935", "nik": None},
        "kompetensi", "HTML only (Yahoo-style div/span soup, &nbsp;, a sentence split over spans, "
        "&#37;), QP; Latsar = training (kompetensi) although 'CPNS' appears; no requested resolution")


def k11():
    """The whole letter laid out in an HTML table (windows-1252, 8bit)."""
    addr = "Dusun Kebonsari RT 01 RW 03, Desa Gunting, Kecamatan Sukorejo, Kabupaten Pasuruan"
    sd = ("Angka kredit saya untuk kenaikan jenjang jabatan fungsional dari Guru Ahli Pertama ke Guru Ahli "
          "Muda sudah ditetapkan (PAK integrasi terbit Maret 2026) dan usulan kenaikan jenjang jabatan sudah "
          "dikirim sekolah ke BKPSDM pada April 2026. Sampai sekarang SK kenaikan jenjang jabatan belum "
          "terbit dan status usulan di SIASN tidak berubah.")
    loss = ("Tunjangan jabatan fungsional saya masih dihitung di jenjang lama, selisihnya kurang lebih "
            "Rp 300.000 per bulan sejak Mei 2026 – dan angka kredit saya menganggur tanpa bisa dipakai.")
    res = ("Mohon SK kenaikan jenjang jabatan saya segera diterbitkan dengan TMT sesuai PAK, dan selisih "
           "tunjangan dibayarkan secara rapel.")
    td = 'style="padding:3px 6px;vertical-align:top;font-family:Calibri,sans-serif;font-size:11pt"'

    def row(label, value):
        return (f"<tr><td {td} width=\"130\">{label}</td><td {td} width=\"10\">:</td>"
                f"<td {td}>{html_escape(value)}</td></tr>\n")
    html = f"""<html><body>
<table border="0" cellspacing="0" cellpadding="0" width="640" style="border-collapse:collapse">
<tr><td colspan="3" {td}>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<br>di Bangil</td></tr>
<tr><td colspan="3" {td}>&nbsp;</td></tr>
<tr><td colspan="3" {td}>Dengan hormat,<br>Saya yang bertanda tangan di bawah ini:</td></tr>
{row("Nama", "Endah Sri Wahyuni, S.Pd.")}{row("NIP", "198204152008012019")}{row("Alamat", addr)}{row("HP", "0856-4611-0273")}<tr><td colspan="3" {td}>&nbsp;</td></tr>
{row("Uraian", sd)}{row("Kerugian", loss)}{row("Permohonan", res)}<tr><td colspan="3" {td}>&nbsp;</td></tr>
<tr><td colspan="3" {td}>Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.</td></tr>
<tr><td colspan="2" {td}></td><td {td} align="right">16 Oktober 2026<br>Hormat saya,<br><br>Endah Sri Wahyuni, S.Pd.</td></tr>
</table>
</body></html>
"""
    h = headers("k11", hdate(2026, 10, 16, 10, 27, 2), "Endah S. Wahyuni <endah.wahyuni82@example.org>",
                "Pengaduan SK kenaikan jenjang jabatan fungsional guru", "example.org", ip="192.0.2.207")
    h += 'Content-Type: text/html; charset="windows-1252"\nContent-Transfer-Encoding: 8bit\n\n'
    put("email_mime/k11.eml", h.encode("ascii") + html.encode("cp1252"))
    complaint("email_mime/k11.eml", "email_mime", {
        "name": "Endah Sri Wahyuni, S.Pd.", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2026-10-16", "signed": True,
        "email": "endah.wahyuni82@example.org", "phone": "085646110273", "nik": None},
        "mutasi", "HTML only, whole letter in a table (label | : | value cells, closing in a right "
        "cell), windows-1252 8bit with an en dash; date without place; jabatan (mutasi)")


def k12():
    """multipart/alternative whose text/plain part is an empty stub."""
    sd = ("Di pengumuman hasil akhir tanggal 28 Oktober 2026, saya dinyatakan \"tidak lulus\" dengan "
          "keterangan tidak ada formasi, padahal di pengumuman formasi sebelumnya untuk SDN Pajaran 2 "
          "tercantum 1 formasi guru PAI dan saya satu-satunya pelamar. Waktu saya tanyakan ke helpdesk, "
          "jawabannya formasi tersebut \"dialihkan\" tanpa penjelasan tertulis.")
    loss = ("Saya sudah 9 tahun menjadi guru honorer dengan honor Rp 400.000 per bulan, dan dengan "
            "dibatalkannya formasi itu saya kehilangan kesempatan diangkat menjadi PPPK tahun ini.")
    res = ("Saya mohon penjelasan resmi mengapa formasi tersebut dialihkan, dan meminta agar saya diusulkan "
           "pada formasi yang masih tersedia atau pada optimalisasi formasi berikutnya.")
    html = f"""<div dir="ltr"><p>Kepada Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan</p>
<p>Dengan hormat,<br>Saya Nurul Hidayah, S.Pd.I, peserta seleksi PPPK Guru tahun 2026, NIK 3514196407910001, HP 0838-3012-6647, ingin mengadukan hasil seleksi PPPK.</p>
<p>{html_escape(sd)}</p>
<p>{html_escape(loss)}</p>
<p>{html_escape(res)}</p>
<p>Rembang, 2 November 2026</p>
<p>Salam hormat,<br>Nurul Hidayah, S.Pd.I</p>
</div>
"""
    bnd = boundary("k12")
    h = headers("k12", hdate(2026, 11, 3, 7, 40, 29), "Nurul Hidayah <nurul.hidayah.pai@example.net>",
                "Pengaduan hasil seleksi PPPK guru PAI", "example.net", ip="203.0.113.90")
    body = multipart("alternative", bnd, [
        part("text/plain", "UTF-8", "7bit", "\n"),
        part("text/html", "UTF-8", "base64", html)])
    put("email_mime/k12.eml", (h + body).encode("ascii"))
    complaint("email_mime/k12.eml", "email_mime", {
        "name": "Nurul Hidayah, S.Pd.I", "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Rembang", "date": "2026-11-02", "signed": True,
        "email": "nurul.hidayah.pai@example.net", "phone": "083830126647", "nik": "3514196407910001"},
        "pengadaan", "multipart/alternative whose text/plain part is an empty stub; the letter is only "
        "in the base64 HTML part; PPPK recruitment; no address")


def k13():
    """utf-8 quoted-printable, long lines, soft breaks inside words."""
    addr = "Jl. Kartini No. 23 RT 03 RW 01, Kelurahan Purutrejo, Kecamatan Purworejo, Kota Pasuruan"
    sd = ("Pada tanggal 9 Oktober 2026 saya menerima SK hukuman disiplin “teguran tertulis” dengan alasan "
          "tidak masuk kerja 5 hari tanpa keterangan pada bulan Agustus. Padahal pada tanggal tersebut saya "
          "menjalani cuti sakit dengan surat keterangan dokter yang sudah saya serahkan ke atasan — bukti "
          "tanda terimanya ada. Saya juga tidak pernah dipanggil untuk pemeriksaan sebagaimana diatur dalam "
          "PP 94 Tahun 2021 sebelum SK itu dijatuhkan.")
    res = ("Saya memohon agar SK hukuman disiplin tersebut ditinjau kembali dan dibatalkan, serta data "
           "kehadiran saya bulan Agustus di e-Kinerja diperbaiki sesuai surat keterangan dokter.")
    body = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya yang bertanda tangan di bawah ini:
Nama   : Rr. Ayu Setyaningrum, S.E.
Alamat : {addr}
No. HP : 0812-3358-9040

menyampaikan pengaduan sebagai berikut.

{sd}

{res}

Demikian, terima kasih atas perhatiannya.

Pasuruan, 14 Oktober 2026

Hormat saya,

Rr. Ayu Setyaningrum, S.E.
"""
    put("email_mime/k13.eml", plain_mail(
        "k13", hdate(2026, 10, 14, 15, 12, 9), "Ayu Setyaningrum <ayu.setya@example.com>",
        rfc2047("Keberatan atas SK hukuman disiplin – mohon ditinjau", "utf-8", "Q"), "example.com",
        body, cte="quoted-printable", ip="198.51.100.12"))
    complaint("email_mime/k13.eml", "email_mime", {
        "name": "Rr. Ayu Setyaningrum, S.E.", "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Pasuruan", "date": "2026-10-14", "signed": True,
        "email": "ayu.setya@example.com", "phone": "081233589040", "nik": None},
        "kinerja", "text/plain utf-8 quoted-printable with long lines: soft line breaks inside words, "
        "curly quotes and em dash; Q-encoded subject; discipline (kinerja); no loss")


def k14():
    """RFC 2047 encoded display name; the letter gives another e-mail address."""
    addr = "Dusun Ngembal RT 06 RW 02, Desa Podokoyo, Kecamatan Tosari, Kabupaten Pasuruan"
    sd = ("Pada hari Kamis, 22 Oktober 2026 saya berangkat dari Tosari sejak jam 6 pagi untuk menyerahkan "
          "berkas permohonan izin belajar. Sampai di kantor BKPSDM jam 10.40, loket sudah ditutup dengan "
          "tulisan “loket tutup, petugas rapat”, padahal jadwal pelayanan yang terpasang adalah pukul "
          "08.00–15.00. Tidak ada petugas pengganti dan satpam hanya menyarankan datang lagi besok.")
    loss = ("Saya kehilangan satu hari kerja (izin dari sekolah) dan biaya perjalanan pulang-pergi "
            "Tosari–Bangil sekitar Rp 150.000, sedangkan batas pengumpulan berkas izin belajar tinggal dua hari.")
    res = ("Saya mohon agar jadwal layanan loket ditaati, bila ada rapat disediakan petugas pengganti, dan "
           "berkas saya tetap dapat diterima meskipun melewati batas karena kesalahan bukan dari pihak saya.")
    text = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama    : Ahmad Ma'ruf Hidayatullah
Alamat  : {addr}
Telepon : 0853-3627-4501
E-mail  : maruf.hidayat@example.org

menyampaikan pengaduan atas layanan loket BKPSDM:

{sd}

{loss}

{res}

Tosari, 23 Oktober 2026

Hormat saya,
Ahmad Ma'ruf Hidayatullah
"""
    paras = text.strip("\n").split("\n\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "</head><body lang=\"IN\"><div class=\"WordSection1\">\n" +
            "\n".join("<p class=\"MsoNormal\">" + html_escape(p).replace("\n", "<br>\n") + "</p>"
                      for p in paras) + "\n</div></body></html>\n")
    bnd = boundary("k14")
    frm = rfc2047("Ahmad Ma’ruf H.", "utf-8", "B") + " <a.m.hidayatullah@example.net>"
    h = headers("k14", hdate(2026, 10, 23, 8, 15, 33), frm,
                "Pengaduan loket tutup saat jam layanan", "example.net", ip="192.0.2.177",
                extra="X-Mailer: Microsoft Outlook 16.0\n")
    body = multipart("alternative", bnd, [
        part("text/plain", "windows-1252", "quoted-printable", wrap_all(text, 76).encode("cp1252")),
        part("text/html", "windows-1252", "quoted-printable", html.encode("cp1252"))])
    put("email_mime/k14.eml", (h + body).encode("ascii"))
    complaint("email_mime/k14.eml", "email_mime", {
        "name": "Ahmad Ma'ruf Hidayatullah", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Tosari", "date": "2026-10-23", "signed": True,
        "email": "a.m.hidayatullah@example.net", "phone": "085336274501", "nik": None},
        "sekretariat", "From: display name RFC 2047 B-encoded (curly apostrophe, shortened); the letter "
        "names another e-mail address (truth = From: address); name = as written in the letter; "
        "counter closed during hours while filing izin belajar -> sekretariat; windows-1252 QP "
        "alternative")


def k15():
    """multipart/related: inline image signature between closing and name."""
    addr = "Perum Taman Pandaan Indah Blok G-3, Desa Sumbergedang, Kecamatan Pandaan"
    sd = ("Permohonan izin belajar saya untuk kuliah S1 Teknik Sipil kelas karyawan ditolak oleh BKPSDM pada "
          "tanggal 7 September 2026 dengan alasan program studi belum terakreditasi. Padahal program studi "
          "tersebut terakreditasi \"Baik Sekali\" oleh LAM Teknik sejak Januari 2026 dan sertifikatnya sudah "
          "saya lampirkan di berkas permohonan.")
    loss = ("Kuliah semester ganjil sudah berjalan dan saya sudah membayar biaya semester Rp 4.750.000, "
            "tetapi tanpa izin belajar ijazah saya nanti tidak bisa dipakai untuk penyesuaian pangkat.")
    res = ("Mohon penolakan tersebut ditinjau ulang berdasarkan sertifikat akreditasi terbaru dan surat izin "
           "belajar saya diterbitkan.")
    name = "Bagus Wicaksono"
    text = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama   : {name}
Alamat : {addr}
HP     : 0813-3190-2265

{sd}

{loss}

{res}

Pandaan, 30 September 2026

Hormat saya,
[cid:ttd_bagus.png]
{name}
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div>Yth. Kepala BKPSDM Kabupaten Pasuruan</div><div><br></div>
<div>Dengan hormat,</div><div><br></div>
<div>Nama&nbsp;&nbsp;&nbsp;: {name}<br>Alamat&nbsp;: {html_escape(addr)}<br>HP&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: 0813-3190-2265</div><div><br></div>
<div>{html_escape(sd)}</div><div><br></div>
<div>{html_escape(loss)}</div><div><br></div>
<div>{html_escape(res)}</div><div><br></div>
<div>Pandaan, 30 September 2026</div><div><br></div>
<div>Hormat saya,</div>
<div><img src="cid:ttd_bagus.png@heldout19" alt="ttd" width="180" height="65"></div>
<div>{name}</div>
</body></html>
"""
    # the signature image
    rng = random.Random(1915)
    iw, ih = 360, 130
    im = Image.new("L", (iw, ih), 255)
    dr = ImageDraw.Draw(im)
    start, segs = sig_curve(rng, iw, ih * 0.9)
    dr.line([(px, ih - py - 5) for px, py in bezier_points(start, segs)], fill=30, width=4, joint="curve")
    png = img_bytes(im, "PNG", 96, optimize=True)
    b1, b2 = boundary("k15", 1), boundary("k15", 2)
    related = multipart("related", b2, [
        part("text/html", "UTF-8", "quoted-printable", html),
        attach("image/png", "ttd_bagus.png", png, inline_cid="ttd_bagus.png@heldout19")],
        params=' type="text/html";')
    h = headers("k15", hdate(2026, 9, 30, 11, 48, 0), "Bagus Wicaksono <bagus.wicaksono.st@example.com>",
                "Keberatan penolakan izin belajar", "example.com", ip="198.51.100.201",
                extra="X-Mailer: Apple Mail (2.3774.600.62)\n")
    body = multipart("alternative", b1, [
        part("text/plain", "UTF-8", "quoted-printable", text),
        related])
    put("email_mime/k15.eml", (h + body).encode("ascii"))
    complaint("email_mime/k15.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Pandaan", "date": "2026-09-30", "signed": True,
        "email": "bagus.wicaksono.st@example.com", "phone": "081331902265", "nik": None},
        "kompetensi", "alternative(text/plain with [cid:] placeholder, related(html, inline PNG "
        "signature)); closing, signature image, typed name; izin belajar (kompetensi); complete")


# ----------------------------------------------------------------- email_pdf
def pdf_mail(tag, date, frm, subject, domain, cover, pdf, fname, ip="192.0.2.10"):
    h = headers(tag, date, frm, subject, domain, ip=ip)
    body = multipart("mixed", boundary(tag), [
        part("text/plain", "utf-8", "8bit", cover),
        attach("application/pdf", fname, pdf)])
    return (h + body).encode("utf-8")


def k16():
    """Personal two-column letterhead; the address is only in the letterhead."""
    addr = "Perum Pesona Prigen Blok C-7, Desa Ledug, Kec. Prigen, Kab. Pasuruan"
    name = "Ir. Wahyu Tri Hartanto, M.T."
    sd = ("Usulan kenaikan pangkat pilihan saya dari Penata Tingkat I (III/d) ke Pembina (IV/a) periode "
          "Oktober 2026 dikembalikan oleh BKPSDM dengan alasan masa jabatan belum 1 tahun. Padahal saya "
          "dilantik sebagai Kepala Bidang Bina Marga pada Dinas PUPR tanggal 4 Januari 2025, sehingga per "
          "Oktober 2026 masa jabatan saya sudah 1 tahun 9 bulan. Tampaknya yang dipakai petugas adalah "
          "tanggal SK pelantikan ulang hasil penyetaraan jabatan.")
    loss = ("Kenaikan pangkat saya mundur sedikitnya enam bulan ke periode April 2027, dengan kehilangan "
            "selisih gaji pokok dan tunjangan kurang lebih Rp 350.000 per bulan.")
    res = ("Saya mohon usulan kenaikan pangkat pilihan saya diperiksa ulang dengan memakai tanggal "
           "pelantikan yang benar dan tetap diproses pada periode Oktober 2026.")
    blocks = [
        ("cols", name, "Telp. 0811-3409-5522", True, 1.35),
        ("cols", "Perum Pesona Prigen Blok C-7, Desa Ledug,", "wahyu.trihartanto@example.com", False, 1.0),
        ("cols", "Kec. Prigen, Kab. Pasuruan", "", False, 1.0),
        ("hr", 1.5),
        ("right", "Prigen, 2 November 2026"), ("gap", 1),
        ("p", "Perihal : Pengaduan pengembalian usulan kenaikan pangkat pilihan"), ("gap", 1),
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", AGENCY_POST), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", "Saya yang namanya tersebut pada kop surat ini, PNS pada Dinas Pekerjaan Umum dan Penataan Ruang "
              "Kabupaten Pasuruan, dengan ini menyampaikan pengaduan sebagai berikut."), ("gap", 0.5),
        ("b", "Permasalahan"), ("p", sd), ("gap", 0.5),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.5),
        ("b", "Permohonan"), ("p", res), ("gap", 1),
        ("p", "Bersama ini saya lampirkan salinan SK pelantikan dan berita acara pelantikan. Atas perhatian "
              "Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    pdf = make_pdf(blocks, 1601, "vector", size=10.5)
    cover = """Selamat siang,

Terlampir surat pengaduan saya terkait pengembalian usulan kenaikan pangkat pilihan. Mohon dapat ditindaklanjuti.

Terima kasih,
Wahyu T. Hartanto
"""
    put("email_pdf/k16.eml", pdf_mail(
        "k16", hdate(2026, 11, 2, 12, 31, 40), "Wahyu Tri Hartanto <wahyu.trihartanto@example.com>",
        "Pengaduan usulan kenaikan pangkat pilihan", "example.com", cover, pdf,
        "Pengaduan_KP_Pilihan_Wahyu.pdf", ip="203.0.113.66"))
    complaint("email_pdf/k16.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Prigen", "date": "2026-11-02", "signed": True,
        "email": "wahyu.trihartanto@example.com", "phone": "081134095522", "nik": None},
        "mutasi", "two-column personal letterhead (name + address left, phone + e-mail right, then a "
        "rule); name/address only in the letterhead (address = the two left-column lines joined); "
        "agency address in the body; vector signature; complete")


def k17():
    """Widow's pension; the signature is an embedded image; no loss."""
    addr = "Dusun Karanganyar RT 03 RW 04 Desa Jatirejo Kecamatan Lekok Kabupaten Pasuruan"
    sd = ("Suami saya, almarhum Bapak Slamet Riyadi, PNS pada Dinas Perhubungan, meninggal dunia pada "
          "tanggal 5 Juni 2026. Berkas usul pensiun janda sudah saya serahkan ke BKPSDM pada bulan Juli 2026, "
          "tetapi sudah tiga kali saya diminta melengkapi dokumen yang sama (akta kematian dan surat "
          "keterangan janda) dan sampai sekarang SK pensiun janda belum juga terbit.")
    res = ("Mohon SK pensiun janda saya segera diterbitkan, dan bila masih ada kekurangan berkas agar "
           "disampaikan sekaligus secara tertulis.")
    blocks = [
        ("center", "SURAT PENGADUAN", True), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", "Sumiati"), ("kv", "Alamat", addr), ("kv", "Nomor Telepon/HP", "0852-5907-3318"),
        ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan mengenai pengurusan pensiun janda, yaitu:"), ("gap", 0.3),
        ("p", sd), ("gap", 0.5),
        ("p", "Untuk itu saya memohon:"), ("p", res), ("gap", 0.5),
        ("p", "Demikian surat pengaduan ini saya buat, atas perhatian Bapak/Ibu saya sampaikan terima kasih."),
        ("gap", 1),
        ("rightcol", "Lekok, 20 Oktober 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", "Sumiati"),
    ]
    pdf = make_pdf(blocks, 1702, "image", size=11.5, font="serif",
                   producer=b"LibreOffice 7.6", creator=b"Writer")
    cover = """Assalamualaikum,

Bersama ini saya kirim surat pengaduan ibu saya Sumiati soal pensiun janda, surat aslinya sudah ditandatangani ibu dan saya scan tanda tangannya. Mohon dibantu.

Wassalam,
Dwi (anak Ibu Sumiati)
"""
    put("email_pdf/k17.eml", pdf_mail(
        "k17", hdate(2026, 10, 21, 9, 2, 14), "Dwi Prasetya <dwi.prasetya.lekok@example.net>",
        "Surat pengaduan pensiun janda a.n. Sumiati", "example.net", cover, pdf,
        "surat pengaduan pensiun janda.pdf", ip="192.0.2.93"))
    complaint("email_pdf/k17.eml", "email_pdf", {
        "name": "Sumiati", "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Lekok", "date": "2026-10-20", "signed": True,
        "email": "dwi.prasetya.lekok@example.net", "phone": "085259073318", "nik": None},
        "pengadaan", "text PDF (Times), signature as an embedded image; sent by the complainant's son "
        "(email = From:, name = the letter's signer); widow's pension (pengadaan); place/date above "
        "the closing in the right column; no loss")


def k18():
    """An unsigned letter (printed name only); date without place."""
    addr = "Jl. KH. Hasyim Asy'ari No. 5 RT 02 RW 06, Kelurahan Pandaan, Kecamatan Pandaan"
    name = "Drs. Komarudin"
    sd = ("Saya mengajukan permohonan cuti besar untuk menunaikan ibadah haji tahun 2027 melalui atasan "
          "langsung pada tanggal 1 September 2026. Sampai saat ini surat izin cuti besar belum diterbitkan, "
          "dan ketika saya tanyakan, petugas menyampaikan bahwa usulan saya tidak ditemukan di sistem "
          "sehingga saya diminta mengajukan ulang dari awal.")
    loss = ("Saya tidak dapat melengkapi berkas pelunasan dan jadwal manasik yang mensyaratkan surat izin cuti "
            "dari instansi, sehingga keberangkatan saya terancam tertunda satu tahun.")
    res = ("Saya mohon surat izin cuti besar saya segera diterbitkan sebelum batas pelunasan tanggal "
           "15 Desember 2026.")
    blocks = [
        ("right", "10 Oktober 2026"), ("gap", 1),
        ("p", "Hal : Pengaduan permohonan cuti besar"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di -"), ("p", "Bangil"),
        ("gap", 1), ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Jabatan", "Guru Madya, SMAN 1 Pandaan"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0812-3009-4471"), ("gap", 0.5),
        ("b", "A. Uraian pengaduan"), ("p", sd), ("gap", 0.4),
        ("b", "B. Kerugian"), ("p", loss), ("gap", 0.4),
        ("b", "C. Permintaan penyelesaian"), ("p", res), ("gap", 0.8),
        ("p", "Demikian pengaduan ini saya sampaikan untuk dapat ditindaklanjuti."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", False), ("rightcol", name),
    ]
    pdf = make_pdf(blocks, 1803, "vector", size=11.0)
    cover = """Yth. Petugas Pengaduan BKPSDM,

Dengan hormat, terlampir surat pengaduan saya mengenai permohonan cuti besar untuk ibadah haji.

Hormat saya,
Drs. Komarudin
"""
    put("email_pdf/k18.eml", pdf_mail(
        "k18", hdate(2026, 10, 12, 7, 55, 31), "Komarudin <komarudin.sman1@example.org>",
        "Pengaduan cuti besar (haji)", "example.org", cover, pdf, "Pengaduan_Cuti_Besar.pdf",
        ip="198.51.100.58"))
    complaint("email_pdf/k18.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2026-10-10", "signed": False,
        "email": "komarudin.sman1@example.org", "phone": "081230094471", "nik": None},
        "kinerja", "PDF letter not signed (printed name only) although the cover note has a "
        "closing + name (signed follows the attached letter); date line without place; cuti besar "
        "(kinerja); A./B./C. section labels")


def k19():
    """A two-page letter; the closing and signature are on page 2."""
    addr = "Dusun Sumberejo RT 05 RW 01 Desa Ngadimulyo Kecamatan Sukorejo Kabupaten Pasuruan"
    name = "Siti Nur Azizah, A.Md.Keb."
    sd = ("Saya bekerja sebagai bidan honorer di Puskesmas Sukorejo sejak 1 Februari 2014 secara terus-"
          "menerus dan dibayar dari BLUD puskesmas. Pada pendataan tenaga non-ASN tahun 2022 nama saya "
          "tercantum dalam daftar yang diumumkan BKPSDM. Namun ketika pendaftaran seleksi PPPK tahun 2026 "
          "dibuka, NIK saya di SSCASN dinyatakan \"tidak terdaftar dalam database non-ASN BKN\", sehingga "
          "saya tidak bisa mendaftar pada formasi khusus tenaga non-ASN. Saya sudah dua kali datang ke "
          "BKPSDM dan menyerahkan fotokopi bukti pendataan, SK penugasan dari kepala puskesmas, serta daftar "
          "gaji, tetapi jawaban yang saya terima hanya \"akan diteruskan ke BKN\" tanpa tanda terima dan tanpa "
          "kabar lanjutan.")
    loss = ("Saya kehilangan kesempatan mengikuti seleksi PPPK tahun ini, padahal usia saya sudah 38 tahun "
            "dan penghasilan saya sebagai honorer hanya Rp 1.250.000 per bulan. Rekan-rekan seangkatan yang "
            "datanya tercatat sudah dinyatakan lulus dan akan diangkat tahun depan.")
    res = ("Saya mohon BKPSDM menelusuri mengapa data saya tidak masuk database non-ASN BKN, mengusulkan "
           "perbaikan data saya ke BKN secara resmi, dan memberikan tanda terima serta jawaban tertulis "
           "atas pengaduan ini.")
    blocks = [
        ("right", "Sukorejo, 27 November 2026"), ("gap", 1),
        ("kv", "Nomor", "-"), ("kv", "Lampiran", "4 (empat) lembar"),
        ("kv", "Perihal", "Pengaduan data non-ASN tidak terdaftar"), ("gap", 1),
        ("p", "Kepada"), ("p", "Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        ("p", "Kabupaten Pasuruan"), ("p", "di -"), ("p", "Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", "3514205809880002"), ("kv", "Alamat", addr),
        ("kv", "Nomor Telepon/HP", "0822-3166-0518"), ("gap", 0.5),
        ("p", "dengan ini mengajukan pengaduan atas pelayanan pendataan tenaga non-ASN dengan uraian sebagai "
              "berikut."), ("gap", 0.5),
        ("b", "I. Uraian pelayanan yang tidak sesuai"), ("p", sd), ("gap", 0.5),
        ("b", "II. Kerugian yang saya alami"), ("p", loss), ("gap", 0.5),
        ("p", "Sebagai bahan pertimbangan, bersama ini saya lampirkan:"),
        ("ind", "1. Fotokopi pengumuman hasil pendataan non-ASN tahun 2022 yang memuat nama saya;"),
        ("ind", "2. Fotokopi SK penugasan dari Kepala Puskesmas Sukorejo sejak tahun 2014;"),
        ("ind", "3. Fotokopi daftar penerimaan honor bulan Januari 2022 sampai Desember 2022;"),
        ("ind", "4. Tangkapan layar SSCASN yang menyatakan NIK saya tidak terdaftar."),
        ("page", "- 2 -"),
        ("b", "III. Permintaan penyelesaian"), ("p", res), ("gap", 0.8),
        ("p", "Demikian surat pengaduan ini saya sampaikan dengan sebenar-benarnya. Atas perhatian dan "
              "bantuan Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name), ("gap", 2),
        ("p", "Tembusan:"), ("ind", "1. Kepala Dinas Kesehatan Kabupaten Pasuruan;"),
        ("ind", "2. Kepala Puskesmas Sukorejo."),
    ]
    pdf = make_pdf(blocks, 1904, "vector", size=11.0, font="serif")
    cover = """Kepada Yth. Tim Pengaduan BKPSDM Kab. Pasuruan

Mohon ijin mengirimkan surat pengaduan (2 halaman, terlampir PDF). Lampiran fotokopinya akan saya antar langsung ke kantor.

Terima kasih
Siti Nur Azizah
"""
    put("email_pdf/k19.eml", pdf_mail(
        "k19", hdate(2026, 11, 27, 20, 18, 2), "Siti Nur Azizah <azizah.bidan@example.com>",
        "Pengaduan data non-ASN (surat terlampir)", "example.com", cover, pdf,
        "Surat Pengaduan Non ASN - Siti Nur Azizah.pdf", ip="203.0.113.102"))
    complaint("email_pdf/k19.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Sukorejo", "date": "2026-11-27", "signed": True,
        "email": "azizah.bidan@example.com", "phone": "082231660518", "nik": "3514205809880002"},
        "pengadaan", "two-page text PDF: requested resolution, closing and vector signature on "
        "page 2 (after a '- 2 -' header); numbered attachment list and 'Tembusan'; non-ASN "
        "personnel data (pengadaan)")


# ---------------------------------------------------------------------- scan
def head_blocks(date_line=None, perihal=None):
    b = []
    if date_line:
        b += [("right", date_line), ("gap", 1)]
    if perihal:
        b += [("kv", "Perihal", perihal), ("gap", 1)]
    b += [("p", "Kepada"), ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di -"),
          ("ind", "Bangil"), ("gap", 1)]
    return b


def k20():
    """Image-only PDF, colour scan; a purple stamp beside the signature."""
    name = "Drs. H. Abdul Mukti"
    addr = "Dusun Krajan RT 01 RW 03 Desa Minggir Kecamatan Winongan Kabupaten Pasuruan"
    sd = ("SK pensiun saya yang terbit bulan Agustus 2026 mencantumkan masa kerja golongan 28 tahun 2 bulan, "
          "padahal menurut SK CPNS (TMT 1 Maret 1990) dan SK peninjauan masa kerja, masa kerja saya "
          "seharusnya 34 tahun 5 bulan. Kesalahan ini sudah saya laporkan ke loket pada tanggal 2 September "
          "2026, namun hanya dicatat tanpa ada tindak lanjut.")
    loss = ("Karena masa kerja yang salah, pensiun pokok saya di Taspen dihitung lebih rendah sekitar "
            "Rp 410.000 per bulan dibanding yang seharusnya saya terima.")
    res = ("Saya mohon SK pensiun saya diralat sesuai masa kerja yang benar dan ralatnya diteruskan ke Taspen "
           "agar selisih pensiun dapat dibayarkan.")
    blocks = head_blocks("Winongan, 21 Oktober 2026", "Pengaduan kesalahan masa kerja dalam SK pensiun") + [
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", "3514150907640001"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0813-5766-2190"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("b", "Uraian masalah:"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian:"), ("p", loss), ("gap", 0.3),
        ("b", "Permintaan:"), ("p", res), ("gap", 0.6),
        ("p", "Demikian pengaduan ini saya buat dengan sebenarnya."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    pages = render_scan(blocks, 2001, dpi=200, angle=0.7, paper=(236, 234, 226), noise=5.0, blur=0.6,
                        colour=True, pen=(25, 35, 110),
                        stamp={"ring": "PAGUYUBAN PENSIUNAN * WINONGAN * ",
                               "mid": "KETUA", "colour": (120, 60, 170)})
    put("scan/k20.pdf", img_bytes(pages[0], "PDF", 200, quality=55))
    complaint("scan/k20.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Winongan", "date": "2026-10-21", "signed": True,
        "email": None, "phone": "081357662190", "nik": "3514150907640001"},
        "pengadaan", "image-only PDF (colour, 200 dpi, 0.7 deg, greyish paper); purple round stamp "
        "overlapping the signature; pension (pengadaan); complete", ocr=True)


def k21():
    """Two-page image-only PDF; closing and signature on page 2; no loss."""
    name = "Anita Kusumaningtyas, S.Pd., Gr."
    addr = "Jl. Raya Tidu No. 14 RT 02 RW 04, Desa Tidu, Kecamatan Pohjentrek, Kabupaten Pasuruan"
    sd = ("Saya guru PNS di SDN Tidu 1, sedangkan suami saya anggota Polri yang sejak Januari 2026 "
          "dipindahtugaskan ke Polresta Sidoarjo. Pada tanggal 12 Januari 2026 saya mengajukan permohonan "
          "pindah tugas antarkabupaten ke Kabupaten Sidoarjo dengan alasan mengikuti suami, lengkap dengan "
          "surat lolos butuh dari Dinas Pendidikan, surat persetujuan penerimaan dari Pemerintah Kabupaten "
          "Sidoarjo, dan surat keterangan dinas suami. Pada bulan Maret petugas menyampaikan bahwa berkas "
          "sedang diverifikasi, pada bulan Mei saya diminta menunggu disposisi pimpinan, dan pada bulan Juli "
          "saya diberi tahu secara lisan bahwa mutasi keluar daerah sedang \"ditahan\" tanpa ada surat atau "
          "pengumuman resmi. Sementara itu, dua rekan guru dari kecamatan lain yang mengajukan permohonan "
          "serupa setelah saya sudah menerima rekomendasi pindah pada bulan Agustus.")
    res = ("Oleh karena itu saya mohon Bapak Kepala BKPSDM berkenan memproses permohonan pindah tugas saya "
           "dan menerbitkan rekomendasi mutasi ke Kabupaten Sidoarjo, atau apabila tidak dapat dikabulkan, "
           "memberikan jawaban tertulis beserta dasar aturannya.")
    blocks = [
        ("kv", "Hal", "Pengaduan permohonan pindah tugas antarkabupaten"),
        ("kv", "Lampiran", "1 (satu) bendel"), ("gap", 1),
        ("p", "Kepada"), ("p", "Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        ("p", "Kabupaten Pasuruan"), ("p", AGENCY_POST), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIP", "198907222014032005"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0813-5200-7816"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan mengenai permohonan pindah tugas saya yang sampai saat ini "
              "belum mendapat kepastian, dengan uraian sebagai berikut."), ("gap", 0.4),
        ("p", sd), ("gap", 0.4),
        ("p", "Sepengetahuan saya, ketentuan kepegawaian memberi kesempatan bagi PNS untuk pindah "
              "antarkabupaten dengan alasan mengikuti suami atau istri, sepanjang ada persetujuan dari "
              "instansi asal dan instansi penerima. Kedua persetujuan tersebut sudah saya penuhi sejak awal."),
        ("gap", 0.4),
        ("p", "Sebagai bahan pertimbangan, bersama surat ini saya lampirkan fotokopi:"),
        ("ind", "1. Surat permohonan pindah tugas tanggal 12 Januari 2026 beserta tanda terima loket;"),
        ("ind", "2. Surat lolos butuh dari Kepala Dinas Pendidikan Kabupaten Pasuruan;"),
        ("ind", "3. Surat persetujuan penerimaan dari Pemerintah Kabupaten Sidoarjo;"),
        ("ind", "4. Surat keterangan dinas suami dari Polresta Sidoarjo;"),
        ("ind", "5. Fotokopi akta nikah dan kartu keluarga."),
        ("page", "- 2 -"),
        ("p", res), ("gap", 0.6),
        ("p", "Demikian surat ini saya sampaikan. Atas perhatian dan kebijaksanaan Bapak saya ucapkan terima "
              "kasih."), ("gap", 1),
        ("rightcol", "Pohjentrek, 26 Oktober 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", name),
    ]
    pages = render_scan(blocks, 2102, dpi=250, angle=-0.45, paper=246, noise=4.0, blur=0.5)
    put("scan/k21.pdf", img_bytes(pages[0], "PDF", 250, more=pages[1:], quality=50))
    complaint("scan/k21.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Pohjentrek", "date": "2026-10-26", "signed": True,
        "email": None, "phone": "081352007816", "nik": None},
        "mutasi", "two-page image-only PDF (250 dpi); request, place/date, closing and signature on "
        "page 2; inter-regency transfer (mutasi); unlabelled narrative; no loss", ocr=True)


def k22():
    """PNG scan; printed name only, no scribble (unsigned)."""
    name = "Mochammad Ilham Akbar, S.E."
    addr = "Jl. Sultan Agung Gg. Melati No. 12 RT 01 RW 02, Desa Kenep, Kecamatan Beji"
    sd = ("Saya telah mengikuti Pelatihan Pengadaan Barang/Jasa Tingkat Dasar yang diselenggarakan BKPSDM "
          "pada tanggal 3 sampai 7 Agustus 2026 dan dinyatakan lulus ujian sertifikasi. Namun sertifikat "
          "dan STTPP saya belum juga diterbitkan, sedangkan peserta lain dari angkatan yang sama sudah "
          "menerimanya sejak bulan September.")
    loss = ("Tanpa sertifikat tersebut saya tidak dapat ditunjuk sebagai pejabat pengadaan di kantor, dan "
            "40 JP pengembangan kompetensi saya tidak tercatat untuk tahun 2026.")
    res = ("Saya mohon sertifikat dan STTPP saya segera diterbitkan atau saya diberi penjelasan tertulis "
           "mengenai penyebab keterlambatannya.")
    blocks = head_blocks(None, None) + [
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0857-0412-3398"), ("gap", 0.5),
        ("p", "mengajukan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("b", "1. Uraian pengaduan"), ("ind", sd), ("gap", 0.3),
        ("b", "2. Kerugian yang dialami"), ("ind", loss), ("gap", 0.3),
        ("b", "3. Permintaan penyelesaian"), ("ind", res), ("gap", 0.6),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Beji, 8 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", False),
        ("rightcol", name),
    ]
    pages = render_scan(blocks, 2203, dpi=200, angle=0.35, paper=240, noise=4.0, blur=0.45, quant=16)
    put("scan/k22.png", img_bytes(pages[0], "PNG", 200, optimize=True))
    complaint("scan/k22.png", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Beji", "date": "2026-12-08", "signed": False,
        "email": None, "phone": "085704123398", "nik": None},
        "kompetensi", "PNG 200 dpi; gap above the printed name but no scribble (unsigned); training "
        "certificate (kompetensi); numbered section headings, indented text", ocr=True)


def k23():
    """Yellowish colour JPG with heavy JPEG artefacts; place/date top right;
    illegal fee for a Karis -> sekretariat."""
    name = "Slamet Widodo"
    addr = "Dusun Glagahsari RT 07 RW 03, Desa Glagahsari, Kecamatan Sukorejo, Kabupaten Pasuruan"
    sd = ("Pada tanggal 2 November 2026 saya datang ke loket BKPSDM untuk mengurus Kartu Istri (Karis) karena "
          "saya baru menikah bulan Juni 2026. Petugas yang menerima berkas mengatakan Karis baru jadi tiga "
          "bulan lagi, kecuali saya membayar Rp 100.000 \"biar cepat\". Uang itu saya berikan tanpa kuitansi, "
          "tetapi sampai hari ini Karis istri saya belum juga jadi.")
    loss = ("Saya kehilangan uang Rp 100.000 dan dua kali izin tidak masuk kerja untuk bolak-balik ke Bangil.")
    res = ("Saya mohon petugas tersebut ditindak, uang saya dikembalikan, dan Karis istri saya diproses "
           "sesuai prosedur tanpa biaya.")
    blocks = [("right", "Sukorejo, 19 November 2026"), ("gap", 1.5),
              ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di tempat"), ("gap", 1),
              ("p", "Dengan hormat,"),
              ("p", "Saya yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "HP", "0815-5540-8822"), ("gap", 0.5),
              ("p", "dengan ini melaporkan kejadian di loket BKPSDM sebagai berikut."), ("gap", 0.3),
              ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.3), ("p", res), ("gap", 0.6),
              ("p", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
              ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name)]
    pages = render_scan(blocks, 2304, dpi=200, angle=-1.5, paper=(248, 238, 200), noise=6.0, blur=0.7,
                        colour=True, pen=(30, 30, 140))
    put("scan/k23.jpg", img_bytes(pages[0], "JPEG", 200, quality=30))
    complaint("scan/k23.jpg", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Sukorejo", "date": "2026-11-19", "signed": True,
        "email": None, "phone": "081555408822", "nik": None},
        "sekretariat", "colour JPG on yellowish paper, -1.5 deg, quality 30 (heavy artefacts); place/date "
        "top right; illegal fee while filing a Karis -> sekretariat; complete", ocr=True)


def k24():
    """1-bit TIFF (G4, 300 dpi) with a personal letterhead and a double rule."""
    name = "Kusnadi, S.H."
    addr = "Jl. Raya Kejayan No. 77, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan"
    sd = ("Pada tanggal 14 sampai 16 Oktober 2026 saya mengambil cuti karena alasan penting, yaitu ibu "
          "kandung saya meninggal dunia. Permohonan cuti sudah saya ajukan dan disetujui oleh Camat selaku "
          "atasan langsung, namun di rekap kehadiran e-Kinerja bulan Oktober ketiga hari tersebut tercatat "
          "sebagai \"tanpa keterangan\". Saat saya konfirmasi ke admin kinerja BKPSDM, saya hanya disarankan "
          "mengajukan keberatan tahun depan.")
    loss = ("Akibat pencatatan tersebut tunjangan kinerja saya bulan November dipotong sebesar Rp 486.000 dan "
            "nilai perilaku kerja saya di SKP ikut turun.")
    blocks = [("bigc", "KUSNADI, S.H."), ("c", addr),
              ("c", "HP 0819-3412-0057 - E-mail: kusnadi.sh@example.net"), ("hr", 2.2),
              ("right", "Kejayan, 30 November 2026"), ("gap", 0.5),
              ("kv", "Hal", "Pengaduan pencatatan cuti alasan penting"), ("gap", 1),
              ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
              ("p", "Dengan hormat,"),
              ("p", "Saya, Kusnadi, S.H., PNS pada Kantor Kecamatan Kejayan, menyampaikan pengaduan sebagai "
                    "berikut."), ("gap", 0.4),
              ("p", sd), ("gap", 0.4), ("p", loss), ("gap", 0.6),
              ("p", "Demikian pengaduan ini saya sampaikan untuk menjadi perhatian."), ("gap", 1),
              ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name)]
    pages = render_scan(blocks, 2405, dpi=300, angle=0.45, paper=250, noise=6.0, blur=0.6, specks=True)
    bw = pages[0].point(lambda v: 255 if v > 145 else 0).convert("1", dither=Image.Dither.NONE)
    put("scan/k24.tif", img_bytes(bw, "TIFF", 300, compression="group4"))
    complaint("scan/k24.tif", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": None, "place": "Kejayan", "date": "2026-11-30", "signed": True,
        "email": "kusnadi.sh@example.net", "phone": "081934120057", "nik": None},
        "kinerja", "bi-level TIFF, CCITT G4, 300 dpi; personal letterhead (name, address, phone, "
        "e-mail) and a double horizontal rule; address only in the letterhead; leave recorded as "
        "absence (kinerja); no requested resolution", ocr=True)


def k25():
    """Grey JPG; the scribble runs across the printed name."""
    name = "Eko Budi Santoso, S.Kom."
    addr = "Griya Permata Gempol Blok H-21 RT 09 RW 04, Desa Wonosari, Kecamatan Gempol, Kabupaten Pasuruan"
    sd = ("Saya telah mengikuti uji kompetensi perpindahan dari jabatan pelaksana ke jabatan fungsional "
          "Pranata Komputer Ahli Pertama pada bulan Mei 2026 dan dinyatakan lulus berdasarkan pengumuman "
          "BKPSDM tanggal 10 Juni 2026. Namun sampai sekarang SK pengangkatan dalam jabatan fungsional belum "
          "diterbitkan dan saya belum dilantik, sedangkan peserta lain yang lulus bersamaan sudah dilantik "
          "pada bulan Agustus.")
    loss = ("Saya masih menerima tunjangan jabatan pelaksana yang lebih rendah, dan angka kredit saya belum "
            "bisa mulai dihitung sehingga kenaikan pangkat saya ikut tertunda.")
    res = ("Saya mohon SK pengangkatan saya dalam jabatan fungsional Pranata Komputer segera diterbitkan dan "
           "saya dijadwalkan pada pelantikan berikutnya.")
    blocks = head_blocks(None, "Pengaduan SK pengangkatan jabatan fungsional") + [
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", "3514051211900004"), ("kv", "Alamat", addr),
        ("kv", "No. Telp", "0838-5122-9047"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("b", "Uraian pengaduan"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.3),
        ("b", "Permintaan penyelesaian"), ("p", res), ("gap", 0.6),
        ("p", "Demikian, atas perhatiannya saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Gempol, 4 Desember 2026"), ("rightcol", "Hormat saya,"), ("gap", 1.2),
        ("sig", True, "over"), ("rightcol", name),
    ]
    pages = render_scan(blocks, 2506, dpi=250, angle=1.1, paper=243, noise=5.0, blur=0.55)
    put("scan/k25.jpg", img_bytes(pages[0], "JPEG", 250, quality=68))
    complaint("scan/k25.jpg", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Gempol", "date": "2026-12-04", "signed": True,
        "email": None, "phone": "083851229047", "nik": "3514051211900004"},
        "mutasi", "grey JPG 250 dpi, 1.1 deg; the signature scribble runs across the printed name; "
        "appointment to a functional position (mutasi) although 'uji kompetensi' appears; complete",
        ocr=True)


def k26():
    """Blurry, rotated PNG; staff conduct -> sekretariat; date line with a weekday, no place."""
    name = "Heru Susanto"
    sd = ("Pada hari Kamis, 3 Desember 2026 sekitar pukul 13.00 saya menanyakan berkas mutasi saya di ruang "
          "layanan Bidang Mutasi. Petugas laki-laki yang melayani sambil merokok di dalam ruangan dan bermain "
          "HP, lalu melempar map berkas saya ke meja sambil berkata \"guru kok nggak bisa baca pengumuman\" "
          "dengan suara keras di depan tamu lain.")
    res = ("Mohon petugas tersebut dibina dan diberi teguran, serta ruang layanan ditertibkan dari asap rokok.")
    blocks = [("right", "Senin, 7 Desember 2026"), ("gap", 1),
              ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
              ("p", "Dengan hormat,"),
              ("p", "Saya Heru Susanto, guru SDN Kalirejo 2, HP 0896-1127-3350, ingin melaporkan perilaku "
                    "petugas BKPSDM."), ("gap", 0.4),
              ("p", sd), ("gap", 0.4), ("p", res), ("gap", 0.6),
              ("p", "Terima kasih."), ("gap", 1),
              ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name)]
    pages = render_scan(blocks, 2607, dpi=200, angle=1.9, paper=240, noise=3.5, blur=1.1, quant=16)
    put("scan/k26.png", img_bytes(pages[0], "PNG", 200, optimize=True))
    complaint("scan/k26.png", "scan", {
        "name": name, "address": None, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": None, "date": "2026-12-07", "signed": True,
        "email": None, "phone": "089611273350", "nik": None},
        "sekretariat", "PNG 200 dpi, 1.9 deg rotation, strong blur; staff conduct at the mutasi desk -> "
        "sekretariat; date line 'Senin, 7 Desember 2026' (weekday, no place); no address, no loss",
        ocr=True)


def k27():
    """E-mail with a phone photo of the letter (perspective, shadow)."""
    name = "Rahmawati Dwi Lestari, S.Sos."
    addr = "Dusun Krajan RT 01 RW 01 Desa Lumbang Kecamatan Lumbang Kabupaten Pasuruan"
    sd = ("Saya dilantik sebagai Kepala Subbagian Umum dan Kepegawaian pada Kecamatan Lumbang tanggal "
          "2 Januari 2025. Sesuai ketentuan, pejabat pengawas wajib mengikuti Pelatihan Kepemimpinan Pengawas "
          "(PKP) paling lambat dua tahun sejak dilantik. Saya sudah tiga kali mengirim surat usulan "
          "keikutsertaan PKP melalui kecamatan, tetapi nama saya tidak pernah dimasukkan dalam daftar peserta "
          "angkatan 2025 maupun 2026, tanpa ada penjelasan.")
    loss = ("Jika sampai Januari 2027 saya belum mengikuti PKP, saya terancam diberhentikan dari jabatan, dan "
            "saya juga tidak dapat mengikuti seleksi jabatan administrator.")
    res = ("Saya mohon nama saya diikutkan pada PKP angkatan pertama tahun 2027 dan saya diberi penjelasan "
           "mengapa usulan sebelumnya tidak diproses.")
    blocks = head_blocks(None, "Pengaduan keikutsertaan Pelatihan Kepemimpinan Pengawas") + [
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0852-3344-1769"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("b", "Uraian:"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian:"), ("p", loss), ("gap", 0.3),
        ("b", "Permohonan:"), ("p", res), ("gap", 0.6),
        ("p", "Demikian pengaduan ini saya sampaikan, terima kasih."), ("gap", 1),
        ("rightcol", "Lumbang, 3 November 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", name),
    ]
    page = render_scan(blocks, 2708, dpi=170, angle=0.0, paper=(250, 249, 244), noise=2.0, blur=0.3,
                       colour=True, pen=(20, 30, 120), specks=False)[0]
    photo = phone_photo(page, 2709)
    jpg = img_bytes(photo, "JPEG", 72, quality=80)
    cover = """Assalamualaikum,

Mohon maaf, printer di rumah sedang rusak jadi surat pengaduan saya foto pakai HP. Surat aslinya menyusul saya antar ke kantor.

Terima kasih,
Rahmawati
"""
    tag = "k27"
    h = headers(tag, hdate(2026, 11, 4, 6, 52, 30), "Rahmawati D. Lestari <rahmawati.lumbang@example.org>",
                "Pengaduan PKP (foto surat)", "example.org", ip="192.0.2.148")
    body = multipart("mixed", boundary(tag), [
        part("text/plain", "utf-8", "8bit", cover),
        attach("image/jpeg", "IMG-20261104-WA0007.jpg", jpg)])
    put("scan/k27.eml", (h + body).encode("utf-8"))
    complaint("scan/k27.eml", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Lumbang", "date": "2026-11-03", "signed": True,
        "email": "rahmawati.lumbang@example.org", "phone": "085233441769", "nik": None},
        "kompetensi", "e-mail with a phone photo (JPG) of the letter: perspective, table background, "
        "uneven light and a shadow; leadership training PKP (kompetensi); date = the letter's date, "
        "not the Date: header; complete", ocr=True)


def k28():
    """300 dpi image PDF, strong JPEG compression; no place/date line at all."""
    name = "Agung Prasetyo Nugroho"
    addr = "Jl. Pattimura No. 31 RT 04 RW 02, Kelurahan Kidul Dalem, Kecamatan Bangil"
    sd = ("SK mutasi saya dari Dinas Lingkungan Hidup ke Badan Pendapatan Daerah yang diserahkan pada tanggal "
          "2 November 2026 memuat nama dan NIP yang salah, yaitu tertulis \"Agung Prasetya Nugraha\" dengan NIP "
          "milik pegawai lain. Kesalahan itu sudah saya laporkan ke petugas Bidang Mutasi pada hari yang sama, "
          "tetapi sampai sekarang ralat SK belum diterbitkan.")
    loss = ("Karena SK belum benar, bendahara di kantor baru belum bisa memasukkan saya ke daftar gaji sehingga "
            "gaji saya bulan Desember ditahan.")
    res = "Mohon ralat SK mutasi saya segera diterbitkan sesuai nama dan NIP yang benar."
    blocks = head_blocks(None, "Pengaduan kesalahan SK mutasi") + [
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "Telepon", "0821-3986-4410"), ("gap", 0.5),
        ("p", "mengadukan hal sebagai berikut:"), ("gap", 0.3),
        ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.3), ("p", res), ("gap", 0.6),
        ("p", "Demikian pengaduan saya, atas bantuannya saya ucapkan terima kasih."), ("gap", 1.5),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    pages = render_scan(blocks, 2809, dpi=300, angle=-0.3, paper=244, noise=4.0, blur=0.6)
    put("scan/k28.pdf", img_bytes(pages[0], "PDF", 300, quality=35))
    complaint("scan/k28.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": None, "signed": True,
        "email": None, "phone": "082139864410", "nik": None},
        "mutasi", "image-only PDF at 300 dpi, JPEG quality 35; no place/date line anywhere (date "
        "missing: a scan has no Date: header; dates inside the text are not the letter's date); "
        "wrong data in a transfer decree (mutasi)", ocr=True)


def k29():
    """Greyscale TIFF (deflate); no address, no requested resolution."""
    name = "Wiwik Sulistyowati"
    sd = ("Mesin presensi sidik jari di Kantor Kecamatan Nguling rusak sejak 5 Oktober 2026 dan sudah "
          "dilaporkan oleh kantor ke BKPSDM pada tanggal 6 Oktober 2026. Selama mesin rusak kami diminta "
          "mengisi daftar hadir manual, namun di aplikasi e-Kinerja kehadiran saya selama bulan Oktober tetap "
          "tercatat \"tidak presensi\".")
    loss = ("Tunjangan kinerja saya bulan November dipotong sekitar Rp 612.000, padahal saya masuk kerja "
            "setiap hari sesuai daftar hadir manual yang ditandatangani camat.")
    blocks = [("right", "Nguling, 23 November 2026"), ("gap", 1),
              ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
              ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", name), ("kv", "NIP", "198512052010012011"),
              ("kv", "Unit kerja", "Kantor Kecamatan Nguling"), ("kv", "No. HP", "0858-1520-3364"),
              ("gap", 0.5), ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
              ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.6),
              ("p", "Demikian pengaduan ini saya sampaikan. Terima kasih."), ("gap", 1),
              ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name)]
    pages = render_scan(blocks, 2910, dpi=200, angle=-0.8, paper=235, noise=3.0, blur=0.6, quant=16)
    put("scan/k29.tiff", img_bytes(pages[0], "TIFF", 200, compression="tiff_adobe_deflate"))
    complaint("scan/k29.tiff", "scan", {
        "name": name, "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": None, "place": "Nguling", "date": "2026-11-23", "signed": True,
        "email": None, "phone": "085815203364", "nik": None},
        "kinerja", "greyscale TIFF (deflate), 200 dpi, -0.8 deg, grey paper; unit kerja but no home "
        "address; attendance recording -> tunjangan kinerja (kinerja); no requested resolution",
        ocr=True)


# ---------------------------------------------------------------- auto_reply
def k30():
    """Indonesian out-of-office with Auto-Submitted: auto-replied."""
    body = """Terima kasih atas email Bapak/Ibu.

Mulai tanggal 30 November s.d. 11 Desember 2026 saya sedang mengikuti Pelatihan Kepemimpinan Administrator di Surabaya sehingga akses email terbatas. Untuk urusan kepegawaian Dinas Kesehatan yang mendesak silakan menghubungi Sdri. Yuni Astutik (0343-000-000 ext. 12).

Email Bapak/Ibu akan saya balas setelah saya kembali bertugas.

Salam,
Bambang Hermanto
Kasubbag Umum dan Kepegawaian
Dinas Kesehatan Kab. Pasuruan
"""
    extra = (f"In-Reply-To: {msgid('ack-0587', 'pasuruankab.go.id')}\n"
             "Auto-Submitted: auto-replied\n")
    put("auto_reply/k30.eml", plain_mail(
        "k30", hdate(2026, 12, 2, 10, 4, 55), "Bambang Hermanto <bambang.hermanto@dinkes.example.org>",
        "Balasan otomatis: Tanda Terima Pengaduan PGD-2026-0587", "dinkes.example.org", body,
        extra=extra, ip="192.0.2.241"))
    unscored("auto_reply/k30.eml", "auto_reply",
             "Indonesian out-of-office (Auto-Submitted: auto-replied, 'Balasan otomatis:' subject)",
             auto_reply=True)


def k31():
    """Exchange 'Automatic reply:' with X-Auto-Response-Suppress only."""
    text = """Terima kasih atas email Anda. Saya sedang tidak berada di kantor sampai dengan Jumat, 4 Desember 2026 dan akan membalas email Anda sesegera mungkin setelah kembali.

Thank you for your message. I am out of the office until Friday, 4 December 2026 and will reply as soon as possible when I return.

Ratna Dewi Anggraeni
Subbag Kepegawaian RSUD Bangil
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" +
            "".join("<p>" + html_escape(p).replace("\n", "<br>") + "</p>" for p in text.strip().split("\n\n")) +
            "</div></body></html>\n")
    tag = "k31"
    extra = ("Thread-Topic: Permintaan kelengkapan pengaduan PGD-2026-0601\n"
             "Thread-Index: AQHbX2Rz4h1yQk0xT0a8pX3b2nC1vQ==\n"
             f"In-Reply-To: {msgid('req-0601', 'pasuruankab.go.id')}\n"
             "X-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n"
             "X-Auto-Response-Suppress: All\n"
             "Content-Language: id-ID\n")
    h = headers(tag, hdate(2026, 11, 30, 8, 1, 7), "Ratna Dewi Anggraeni <ratna.anggraeni@rsud.example.org>",
                "Automatic reply: Permintaan kelengkapan pengaduan PGD-2026-0601", "rsud.example.org",
                ip="198.51.100.99", extra=extra)
    body = multipart("alternative", boundary(tag), [
        part("text/plain", "utf-8", "quoted-printable", text),
        part("text/html", "utf-8", "quoted-printable", html)])
    put("auto_reply/k31.eml", (h + body).encode("ascii"))
    unscored("auto_reply/k31.eml", "auto_reply",
             "Microsoft-style 'Automatic reply:' whose only header marker is X-Auto-Response-Suppress: All "
             "(no Auto-Submitted, no X-Autoreply, no Precedence)", auto_reply=True)


def k32():
    """DSN (multipart/report) bouncing our acknowledgement, which quotes a complaint."""
    tag = "k32"
    ack = f"""Date: Tue, 08 Dec 2026 09:14:02 +0700
From: {AGENCY}
To: Wahyudi Nugroho <wahyudi.nugroho77@example.com>
Subject: Tanda Terima Pengaduan PGD-2026-0644
Message-ID: {msgid('ack-0644', 'pasuruankab.go.id')}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Yth. Bapak/Ibu Wahyudi Nugroho,

Pengaduan Anda telah kami terima dengan nomor tiket PGD-2026-0644 dan akan ditindaklanjuti paling lambat 3 (tiga) hari kerja. Ringkasan pengaduan:

Nama    : Wahyudi Nugroho
Alamat  : Jl. Raya Grati No. 9, Desa Kedawungwetan, Kecamatan Grati
Uraian  : Usulan kenaikan pangkat periode Oktober 2026 belum diproses.
Kerugian: Selisih gaji sejak Oktober 2026.
Permintaan: SK kenaikan pangkat segera diterbitkan.

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
{AGENCY_POST}
"""
    notice = """Delivery has failed to these recipients or groups:

wahyudi.nugroho77@example.com
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: mx.example.com

wahyudi.nugroho77@example.com
Remote server returned '552 5.2.2 mailbox full; quota exceeded'
"""
    status = f"""Reporting-MTA: dns; mx.example.com
Arrival-Date: Tue, 08 Dec 2026 09:14:05 +0700

Final-Recipient: rfc822; wahyudi.nugroho77@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full; quota exceeded
"""
    h = headers(tag, hdate(2026, 12, 8, 9, 14, 9), "Mail Delivery System <postmaster@example.com>",
                "Undeliverable: Tanda Terima Pengaduan PGD-2026-0644", "example.com", ip="198.51.100.5",
                to=AGENCY_ADDR)
    bnd = boundary(tag)
    body = multipart("report", bnd, [
        part("text/plain", "us-ascii", "7bit", notice),
        "Content-Type: message/delivery-status\n\n" + status,
        "Content-Type: message/rfc822\n\n" + ack], params=" report-type=delivery-status;")
    put("auto_reply/k32.eml", (h + body).encode("utf-8"))
    unscored("auto_reply/k32.eml", "auto_reply",
             "DSN bounce (multipart/report, from postmaster, no Auto-Submitted) of our acknowledgement, "
             "which quotes a complaint with Nama/Alamat/Uraian labels", auto_reply=True)


def k33():
    """Newsletter from a government portal (List-Id, List-Unsubscribe, Precedence: bulk)."""
    tag = "k33"
    text = """PORTAL INFORMASI ASN - Edisi Desember 2026

Yth. Pengelola Kepegawaian,

1. Pengaduan layanan kepegawaian kini dapat disampaikan melalui SP4N-LAPOR! dan akan diteruskan ke instansi terkait dalam 3 hari kerja.
2. Usul kenaikan pangkat periode April 2027 dibuka mulai 1 Desember 2026 sampai 31 Januari 2027.
3. Pemutakhiran data mandiri (PDM) di MyASN wajib diselesaikan sebelum 31 Desember 2026.
4. Jadwal Pelatihan Dasar CPNS angkatan I tahun 2027 diumumkan pada pertengahan Januari.

Anda menerima email ini karena alamat Anda terdaftar pada milis Portal Informasi ASN.
Berhenti berlangganan: https://portal-asn.example.org/milis/berhenti
"""
    html = ("<html><body><h2>PORTAL INFORMASI ASN &ndash; Edisi Desember 2026</h2><p>Yth. Pengelola "
            "Kepegawaian,</p><ol>" +
            "".join("<li>" + html_escape(ln[3:]) + "</li>" for ln in text.splitlines() if ln[:2] in ("1.", "2.", "3.", "4.")) +
            "</ol><p style=\"font-size:11px;color:#777\">Anda menerima email ini karena alamat Anda terdaftar "
            "pada milis Portal Informasi ASN. <a href=\"https://portal-asn.example.org/milis/berhenti\">"
            "Berhenti berlangganan</a></p></body></html>\n")
    extra = ("List-Id: Portal Informasi ASN <info-asn.portal-asn.example.org>\n"
             "List-Unsubscribe: <https://portal-asn.example.org/milis/berhenti>, "
             "<mailto:berhenti@portal-asn.example.org>\n"
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
             "Precedence: bulk\n")
    h = headers(tag, hdate(2026, 12, 1, 8, 0, 0), "Portal Informasi ASN <noreply@portal-asn.example.org>",
                "Portal Informasi ASN - Edisi Desember 2026", "portal-asn.example.org", ip="203.0.113.250",
                extra=extra)
    body = multipart("alternative", boundary(tag), [
        part("text/plain", "utf-8", "quoted-printable", text),
        part("text/html", "utf-8", "quoted-printable", html)])
    put("auto_reply/k33.eml", (h + body).encode("ascii"))
    unscored("auto_reply/k33.eml", "auto_reply",
             "government-portal newsletter (List-Id, List-Unsubscribe, Precedence: bulk) that talks about "
             "complaints, promotion and training", auto_reply=True)


# ------------------------------------------------------------------- hostile
def k34():
    """PNG signature and a valid IHDR chunk, then garbage."""
    rng = random.Random(3434)
    ihdr = struct.pack(">IIBBBBB", 1654, 2339, 8, 0, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    garbage = bytes(rng.getrandbits(8) for _ in range(6000))
    put("hostile/k34.png", b"\x89PNG\r\n\x1a\n" + chunk + garbage)
    unscored("hostile/k34.png", "hostile_error",
             "PNG signature + valid IHDR (1654x2339) followed by random bytes: exit 3", expect_exit=3)


def k35():
    """The only text part is declared application/octet-stream with a .txt name."""
    addr = "Jl. Mawar No. 6 RT 03 RW 02, Desa Pakukerto, Kecamatan Sukorejo, Kabupaten Pasuruan"
    name = "Lutfiana Rahmasari, S.Pd."
    sd = ("Saya dinyatakan lulus seleksi PPPK guru tahun 2025 dan sudah mengikuti penandatanganan perjanjian "
          "kerja pada bulan Maret 2026. Namun sampai sekarang Nomor Induk PPPK saya belum terbit dan SK "
          "pengangkatan PPPK belum saya terima, sedangkan rekan satu formasi di sekolah lain sudah menerima SK "
          "sejak bulan Mei 2026.")
    loss = ("Karena belum ada SK, saya belum menerima gaji PPPK sejak Maret 2026 dan sekolah masih membayar "
            "saya sebagai honorer sebesar Rp 500.000 per bulan.")
    res = ("Saya mohon BKPSDM menelusuri usulan Nomor Induk PPPK saya ke BKN dan segera menyerahkan SK "
           "pengangkatan saya.")
    letter = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama   : {name}
NIK    : 3514186102930001
Alamat : {addr}
HP     : 0877-5021-8863

Uraian pengaduan:
{sd}

Kerugian:
{loss}

Permintaan penyelesaian:
{res}

Sukorejo, 11 November 2026

Hormat saya,
{name}
"""
    tag = "k35"
    h = headers(tag, hdate(2026, 11, 11, 19, 26, 45), "Lutfiana Rahmasari <lutfiana.rahma@example.net>",
                "Surat pengaduan SK PPPK", "example.net", ip="192.0.2.19")
    p = ('Content-Type: application/octet-stream;\n\tname="surat_pengaduan.txt"\n'
         'Content-Disposition: attachment;\n\tfilename="surat_pengaduan.txt"\n'
         "Content-Transfer-Encoding: base64\n\n" + b64(letter.replace("\n", "\r\n").encode("utf-8")))
    body = multipart("mixed", boundary(tag), [p])
    put("hostile/k35.eml", (h + body).encode("ascii"))
    complaint("hostile/k35.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Sukorejo", "date": "2026-11-11", "signed": True,
        "email": "lutfiana.rahma@example.net", "phone": "087750218863", "nik": "3514186102930001"},
        "pengadaan", "multipart/mixed with one part only: the letter as application/octet-stream, "
        "filename surat_pengaduan.txt, base64, CRLF; no body text; scored (the letter is the "
        "attachment); PPPK appointment (pengadaan)")


def k36():
    """A ~50 KB single header line before an ordinary letter; parking fee -> sekretariat."""
    addr = "Jl. Raya Beji No. 102 RT 01 RW 03, Desa Gununggangsir, Kecamatan Beji"
    name = "Ferdian Maulana"
    sd = ("Setiap kali datang ke kantor BKPSDM untuk mengurus berkas, saya dan pengunjung lain dipungut uang "
          "parkir Rp 5.000 untuk sepeda motor oleh orang yang berjaga di halaman kantor, tanpa karcis. Padahal "
          "di pintu masuk terpasang tulisan \"parkir gratis\". Ketika saya tanyakan, penjaga itu mengaku "
          "disuruh oleh salah satu pegawai.")
    res = ("Saya mohon pungutan parkir tersebut dihentikan dan pegawai yang menyuruh ditindak sesuai aturan.")
    body = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan,

Dengan hormat, saya yang bertanda tangan di bawah ini:

Nama   : {name}
Alamat : {addr}
HP     : 0812-9930-4415

Uraian:
{sd}

Permintaan:
{res}

Beji, 24 November 2026

Terima kasih,
{name}
"""
    rng = random.Random(3636)
    ids = []
    total = 0
    while total < 50_000:
        mid = "<" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)) + \
              f"@mail{rng.randint(1, 9)}.example.com>"
        ids.append(mid)
        total += len(mid) + 1
    extra = "References: " + " ".join(ids) + "\n"
    put("hostile/k36.eml", plain_mail(
        "k36", hdate(2026, 11, 24, 16, 40, 12), "Ferdian Maulana <ferdian.maulana@example.com>",
        "Pungutan parkir di kantor BKPSDM", "example.com", body, extra=extra, ip="203.0.113.7"))
    complaint("hostile/k36.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Beji", "date": "2026-11-24", "signed": True,
        "email": "ferdian.maulana@example.com", "phone": "081299304415", "nik": None},
        "sekretariat", "a single unfolded References: header line of ~50 KB before an ordinary "
        "plain-text letter (scored normally); parking fee (pungli/facilities) -> sekretariat; no loss")


ITEMS = [k01, k02, k03, k04, k05, k06, k07, k08, k09,
         k10, k11, k12, k13, k14, k15,
         k16, k17, k18, k19,
         k20, k21, k22, k23, k24, k25, k26, k27, k28, k29,
         k30, k31, k32, k33,
         k34, k35, k36]


def main():
    for fn in ITEMS:
        fn()
    assert len({t["file"] for t in TRUTH}) == len(TRUTH) == len(FILES)
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
    print(f"wrote {len(FILES)} files and {len(TRUTH)} truth lines to {HERE}")


if __name__ == "__main__":
    main()
