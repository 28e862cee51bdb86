#!/usr/bin/env python3
"""Generate the blind held-out set `heldout20` for `pengaduan extract`.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and score.py), without looking at the
extractor or at other test sets' letters.  The rendering machinery (PDF
writer, signature scribble, scan renderer, stamps, phone photo, MIME
helpers) is copied from heldout19's generator and extended (ruled tables,
a letterhead logo hook, stamp placement, format=flowed, DOCX output).

This set leans on messy e-mail writing: WhatsApp-style abbreviations,
ALL CAPS, top-posted replies, forwards, Madurese-flavoured Indonesian,
English, dotted-leader identity tables, mail-client signature blocks.

Run from the repository root:
    .venv/bin/python tests/extract/heldout20/make_heldout20.py

Everything is deterministic (fixed seeds, fixed Message-IDs, boundaries,
zip timestamps and DOCX core properties).  Standard library + Pillow +
numpy + python-docx only.  All people, addresses, NIKs, phone numbers and
e-mail addresses are invented; mail addresses use example.* domains.
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
    h = hashlib.sha1(("heldout20-" + tag).encode()).hexdigest()[:20]
    return f"<{h}@{domain}>"


def boundary(tag, n=0):
    return "0000000000" + hashlib.sha1(f"heldout20-b-{tag}-{n}".encode()).hexdigest()[:18]


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
    qid = hashlib.sha1(("h20" + tag).encode()).hexdigest()[:10].upper()
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


# ================================================================ email_plain
def p01():
    """WhatsApp-style: no punctuation, abbreviations, all lower case."""
    f = dict(
        name="andik setiawan",
        address="dsn krajan rt 02 rw 01 ds kalirejo kec bangil kab pasuruan",
        service_description=("sy usul kenaikan pangkat periode april 2026 dr III/a ke III/b tgl 12 januari "
                             "berkas sdh lengkap sdh di acc operator sekolah tp sampai skrg sk nya blm "
                             "keluar temen2 yg usul bareng sy sdh pd terima sk nya smua wkt sy tanya ke "
                             "loket tdk ada yg bisa jawab"),
        loss=("krn sk blm keluar gaji sy blm naik sdh 7 bln rugi kira2 1 jt lebih trs tunjangan "
              "jg ikut blm naik"),
        requested_resolution="mohon dicek pak berkas sy nyangkut dmn dan sk nya tlg segera diterbitkan",
        place=None, date="2026-11-09", signed=True,
        email="andiksetia88@example.com", phone="081330124477", nik=None)
    body = (
        "assalamualaikum pak bu admin bkpsdm\n\n"
        "sy andik setiawan guru pns di sdn kalirejo 2 kec bangil alamat sy " + f["address"]
        + " no wa 0813 3012 4477\n\n"
        "mau tanya sekaligus ngadu pak\n"
        + f["service_description"] + "\n\n"
        + f["loss"] + "\n\n"
        + f["requested_resolution"] + "\n\n"
        "trims\n"
        "andik setiawan\n")
    # sent just after dawn: in UTC it is still the previous day
    d = hdate(2026, 11, 9, 5, 12, 44)
    put("email_plain/p01.eml", plain_mail("p01", d, "andik setiawan <andiksetia88@example.com>",
                                          "sk kp blm keluar", "example.com", body, ip="198.51.100.14",
                                          extra="X-Mailer: Android\n"))
    complaint("email_plain/p01.eml", "email_plain", f, "mutasi",
              "WhatsApp-style: no punctuation, sy/blm/sdh/tgl/yg abbreviations, lower case; no place "
              "line; Date 05:12 +0700 (UTC is the previous day), date = sender's local date")


def p02():
    """ALL CAPS with typos; Satyalancana (mentions kenaikan pangkat only as a consequence)."""
    f = dict(
        name="SUPRIYADI, S.PD",
        address="DUSUN KARANGANYAR RT 04 RW 02 DESA KAMBINGANREJO KEC. GRATI KAB. PASURUAN",
        service_description=(
            "SAYA SUDAH MENGABDI SBG PNS GURU SELAMA 20 TAHUN LEBIH DAN SUDAH DI USULKAN UNTUK "
            "MENDAPAT SATYALANCANA KARYA SATYA XX TAHUN OLEH SEKOLAH PADA BULAN FEBUARI 2026. TETAPI "
            "PADA SAAT PENYERAHAN TANGGAL 17 AGUSTUS 2026 KEMARIN NAMA SAYA TIDAK ADA DI DAFTAR "
            "PENERIMA, SEDANGKAN TEMAN SAYA YANG MASA KERJA NYA SAMA SUDAH MENERIMA. WAKTU SAYA "
            "TANYAKAN KE BKPSDM DI JAWAB BERKAS NYA TIDAK DI TEMUKAN."),
        loss=("AKIBAT NYA SAYA MERASA TIDAK DI HARGAI ATAS PENGABDIAN SAYA DAN MALU KEPADA REKAN2 "
              "GURU DI SEKOLAH, SELAIN ITU SATYALANCANA INI DI BUTUHKAN UNTUK PERSYARATAN USUL "
              "KENAIKAN PANGKAT SAYA."),
        requested_resolution=(
            "MOHON BERKAS USULAN SAYA DI TELUSURI DAN NAMA SAYA DI MASUKKAN DALAM USULAN "
            "SATYALANCANA PERIODE BERIKUT NYA, SERTA SAYA DI BERI PENJELASAN TERTULIS KENAPA NAMA "
            "SAYA TIDAK ADA."),
        place="GRATI", date="2026-11-12", signed=True,
        email="supriyadi.grati@example.net", phone="085736190842", nik="3514092207730004")
    body = (
        "KEPADA YTH\nKEPALA BKPSDM KAB PASURUAN\n\n"
        "DENGAN HORMAT,\nSAYA YANG BERTANDA TANGAN DIBAWAH INI\n"
        "NAMA : SUPRIYADI, S.PD\n"
        "NIK : 3514092207730004\n"
        "ALAMAT : " + f["address"] + "\n"
        "NO HP : 085736190842\n\n"
        "MENYAMPAIKAN PENGADUAN SBB:\n"
        + f["service_description"] + "\n\n"
        + f["loss"] + "\n\n"
        + f["requested_resolution"] + "\n\n"
        "DEMIKIAN PENGADUAN SAYA, ATAS PERHATIAN NYA DI UCAPKAN TERIMA KASIH.\n\n"
        "GRATI, 12 NOPEMBER 2026\n"
        "HORMAT SAYA\n\n\n"
        "SUPRIYADI, S.PD\n")
    d = hdate(2026, 11, 12, 10, 31, 7)
    frm = "SUPRIYADI <supriyadi.grati@example.net>"
    subj = "PENGADUAN SATYALANCANA KARYA SATYA TIDAK DI BERIKAN"
    put("email_plain/p02.eml", plain_mail("p02", d, frm, subj, "example.net", wrap_all(body, 76),
                                          ip="203.0.113.41"))
    complaint("email_plain/p02.eml", "email_plain", f, "kinerja",
              "ALL CAPS with typos (FEBUARI, DI BERIKAN, NOPEMBER), wrapped at 76; Satyalancana award -> "
              "kinerja although 'KENAIKAN PANGKAT' appears in the loss; complete")


def p03():
    """Top-posted reply adding the address above the citizen's own quoted complaint."""
    svc = ("Saya mengajukan permohonan Kartu Istri (Karis) untuk istri saya sejak bulan Mei 2026 "
           "melalui bagian kepegawaian Puskesmas Purwosari, lengkap dengan akta nikah, pas foto dan "
           "daftar keluarga. Sudah enam bulan Karis belum juga jadi, dan setiap saya tanya ke loket "
           "jawabannya selalu \"blangkonya habis\" atau \"masih antre cetak\".")
    loss = ("Karena Karis belum ada, istri saya belum bisa didaftarkan sebagai tanggungan pada "
            "asuransi kesehatan kantor, dan saya sudah tiga kali bolak-balik ke Raci dengan izin "
            "kerja dan ongkos sendiri.")
    req = ("Mohon Karis istri saya segera diterbitkan, atau kalau memang ada berkas yang kurang "
           "saya diberi tahu secara jelas apa yang harus dilengkapi.")
    addr = "Jl. Raya Purwosari No. 214 RT 03 RW 05, Kel. Purwosari, Kec. Purwosari, Kab. Pasuruan"
    original = (
        "Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan\n\n"
        "Dengan hormat,\n"
        "Saya Rahmat Hidayatullah, perawat PNS di Puskesmas Purwosari, HP 0878-5531-2096, ingin "
        "menyampaikan pengaduan soal Kartu Istri.\n\n"
        + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Purwosari, 17 November 2026\n\n"
        "Hormat saya,\n"
        "Rahmat Hidayatullah\n")
    body = (
        "Ini data yang kurang pak, sesuai yang diminta petugas lewat telepon tadi: alamat saya "
        + addr + ". Mohon maaf kemarin lupa saya tulis.\n\n"
        "Rahmat\n\n"
        "Pada tanggal Sel, 17 Nov 2026 pukul 08.41 Rahmat Hidayatullah "
        "<rahmat.hidayat.pwr@example.org> menulis:\n\n"
        + quote(original) + "\n")
    f = dict(name="Rahmat Hidayatullah", address=addr, service_description=svc, loss=loss,
             requested_resolution=req, place="Purwosari", date="2026-11-17", signed=True,
             email="rahmat.hidayat.pwr@example.org", phone="087855312096", nik=None)
    d = hdate(2026, 11, 19, 13, 5, 22)
    frm = "Rahmat Hidayatullah <rahmat.hidayat.pwr@example.org>"
    extra = (f"In-Reply-To: {msgid('p03-orig', 'example.org')}\n"
             f"References: {msgid('p03-orig', 'example.org')}\n")
    put("email_plain/p03.eml", plain_mail("p03", d, frm, "Re: Pengaduan Karis belum jadi", "example.org",
                                          body, ip="192.0.2.77", extra=extra))
    complaint("email_plain/p03.eml", "email_plain", f, "pengadaan",
              "top-posted reply: the address is in the new text above the citizen's own quoted "
              "earlier complaint ('> '); truth = the whole file (new text + quoted letter); date = "
              "the quoted letter's place/date line, not the Date header (19 Nov); Karis -> pengadaan")


def p04():
    """Forwarded by the complainant's husband with his own note on top."""
    svc = ("Permohonan cuti melahirkan sudah saya ajukan lengkap dengan surat keterangan dokter "
           "kandungan sejak tanggal 2 Oktober 2026 untuk perkiraan persalinan akhir Oktober, tetapi "
           "berkas dikembalikan oleh BKPSDM dengan alasan format surat tidak sesuai, padahal format "
           "yang saya pakai diunduh dari website BKPSDM sendiri. Setelah saya perbaiki dan ajukan "
           "ulang tanggal 12 Oktober, sampai hari ini belum ada keputusan cuti.")
    req = ("Saya mohon surat izin cuti melahirkan saya segera diterbitkan dengan tanggal berlaku "
           "mulai 26 Oktober 2026, dan ketidakhadiran saya sejak tanggal tersebut tidak dicatat "
           "sebagai mangkir.")
    addr = "Perum Gempol Asri Blok F-11 RT 05 RW 08, Desa Kepulungan, Kecamatan Gempol"
    letter = (
        "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan\n\n"
        "Dengan hormat,\n"
        "Saya yang bertanda tangan di bawah ini:\n"
        "Nama    : Lailatul Fitriyah, A.Md.Keb.\n"
        "Jabatan : Bidan Terampil, Puskesmas Gempol\n"
        "Alamat  : " + addr + "\n"
        "No. HP  : 0857-3390-6615\n\n"
        "Dengan ini menyampaikan pengaduan terkait permohonan cuti melahirkan saya. " + svc + "\n\n"
        + req + "\n\n"
        "Gempol, 23 November 2026\n\n"
        "Hormat saya,\n"
        "Lailatul Fitriyah, A.Md.Keb.\n")
    body = (
        "Assalamualaikum, mohon maaf Bapak/Ibu, saya suami dari Ibu Lailatul Fitriyah. Surat di "
        "bawah ini sebenarnya mau dikirim istri saya sendiri tapi dari emailnya selalu gagal "
        "terkirim ke alamat pemerintah, jadi saya teruskan dari email saya. Kalau ada yang perlu "
        "dikonfirmasi mohon langsung hubungi istri saya di nomor yang ada di surat.\n\n"
        "Terima kasih\n"
        "Hariyanto\n\n"
        "---------- Forwarded message ---------\n"
        "From: Lailatul Fitriyah <lailatul.fitriyah@example.com>\n"
        "Date: Sen, 23 Nov 2026 pukul 15.02\n"
        "Subject: Pengaduan cuti melahirkan belum terbit\n"
        "To: <hariyanto.bgl@example.com>\n\n\n"
        + letter)
    f = dict(name="Lailatul Fitriyah, A.Md.Keb.", address=addr, service_description=svc, loss=None,
             requested_resolution=req, place="Gempol", date="2026-11-23", signed=True,
             email="hariyanto.bgl@example.com", phone="085733906615", nik=None)
    d = hdate(2026, 11, 23, 19, 20, 11)
    frm = "Hariyanto <hariyanto.bgl@example.com>"
    put("email_plain/p04.eml", plain_mail("p04", d, frm, "Fwd: Pengaduan cuti melahirkan belum terbit",
                                          "example.com", wrap_all(body, 76), ip="198.51.100.203"))
    complaint("email_plain/p04.eml", "email_plain", f, "kinerja",
              "forwarded by the husband with his own note above (his name, no phone); complainant = "
              "the wife in the forwarded letter; email = From: (the husband's); cuti -> kinerja; no loss")


def p05():
    """Madurese-flavoured Indonesian; numeric date."""
    addr = "Dusun Tengah RT 01 RW 03 Desa Sumberanyar Kec. Nguling Kab. Pasuruan"
    svc = ("Kaule sudah ngajukan permohonan pindah tugas ke SD yang dekat rumah sejak bulan Januari "
           "2026, berkas lengkap, rekomendasi korwil sama kepala sekolah juga sudah ada. Tapi sampe "
           "sekarang ta' ada kabar, kaule tanya ke BKPSDM cuma disuruh nunggu terus, ta' dijelaskan "
           "alasannya apa.")
    loss = ("Kaule tiap are harus nempuh 38 km PP, ongkos bensin tambah bannyak sekitar 600 ribu "
            "sebulan, anak kaule yang masih kene' juga ta' ada yang jaga.")
    req = ("Kaule nyo'on permohonan mutasi kaule diproses, atau mon memang ta' bisa dikabulkan kaule "
           "dikasih jawaban tertulis alasannya.")
    body = (
        "Assalamualaikum Bapak/Ibu BKPSDM\n\n"
        "Sapora ganggu. Kaule Moh. Holilurrahman, guru PNS di SDN Sumberanyar 1 Kec. Nguling. "
        "Alamat kaule " + addr + ", HP 0823 3415 7780.\n\n"
        "Kaule mau ngadu soal mutasi. " + svc + "\n\n"
        + loss + "\n\n"
        + req + "\n\n"
        "Nguling, 24-11-2026\n\n"
        "Sakalangkong\n"
        "Moh. Holilurrahman\n")
    f = dict(name="Moh. Holilurrahman", address=addr, service_description=svc, loss=loss,
             requested_resolution=req, place="Nguling", date="2026-11-24", signed=True,
             email="holil.rahman@example.net", phone="082334157780", nik=None)
    d = hdate(2026, 11, 24, 9, 47, 30)
    frm = "Moh. Holilurrahman <holil.rahman@example.net>"
    put("email_plain/p05.eml", plain_mail("p05", d, frm, "ngadu masalah mutasi", "example.net", body,
                                          ip="192.0.2.150"))
    complaint("email_plain/p05.eml", "email_plain", f, "mutasi",
              "Madurese-flavoured Indonesian (kaule, ta', are, nyo'on, Sakalangkong as closing), "
              "unwrapped long lines; date as 24-11-2026; complete")


def p06():
    """A member of the public (not a civil servant) about a CPNS announcement."""
    addr = "Jl. Mawar No. 7 RT 02 RW 04 Desa Pukul, Kecamatan Kraton, Kabupaten Pasuruan"
    svc = ("Saya mau menyampaikan keberatan soal pengumuman jadwal SKB. Jadwal dan lokasi SKB untuk "
           "formasi saya baru diumumkan di website BKPSDM hari Minggu 15 November 2026 jam 21.00 "
           "untuk ujian hari Senin 16 November jam 07.30, dan tidak ada pemberitahuan sama sekali di "
           "akun SSCASN saya. Saya baru tahu Senin siang dari grup WA, waktu ujian sudah selesai, dan "
           "status saya langsung \"tidak hadir / gugur\".")
    loss = ("Padahal saya sudah lolos SKD dengan peringkat 2 dari 3 formasi, sudah resign dari "
            "pekerjaan kontrak di Surabaya supaya bisa fokus, dan sekarang peluang itu hilang begitu "
            "saja.")
    req = ("panitia memberi kesempatan SKB susulan untuk peserta yang terlambat mendapat informasi, "
           "dan ke depan pengumuman jadwal disampaikan paling lambat beberapa hari sebelumnya melalui "
           "SSCASN.")
    body = (
        "Kepada Yth\nBapak/Ibu Panitia Seleksi CPNS Kab. Pasuruan\ncq. BKPSDM Kabupaten Pasuruan\n\n"
        "Dengan hormat,\n\n"
        "Perkenalkan saya Nadia Putri Rahmadani, NIK 3514135508990003, pelamar CPNS 2026 formasi "
        "Pranata Komputer Ahli Pertama (bukan ASN). Alamat rumah " + addr + ". HP/WA 0896-5521-7304.\n\n"
        + svc + "\n\n" + loss + "\n\n"
        "Yang saya minta: " + req + "\n\n"
        "Kraton, 25 November 2026\n"
        "Hormat saya,\n\n"
        "Nadia Putri Rahmadani\n")
    f = dict(name="Nadia Putri Rahmadani", address=addr, service_description=svc, loss=loss,
             requested_resolution=req, place="Kraton", date="2026-11-25", signed=True,
             email="nadia.rahmadani@example.com", phone="089655217304", nik="3514135508990003")
    d = hdate(2026, 11, 25, 22, 3, 55)
    frm = "Nadia Putri R <nadia.rahmadani@example.com>"
    put("email_plain/p06.eml", plain_mail("p06", d, frm, "Keberatan pengumuman jadwal SKB CPNS 2026",
                                          "example.com", wrap_all(body, 78), ip="198.51.100.9"))
    complaint("email_plain/p06.eml", "email_plain", f, "pengadaan",
              "a member of the public (CPNS applicant, not ASN) about a selection announcement; no "
              "labels; request after 'Yang saya minta:'; display name abbreviated in From:")


def p07():
    """Anonymous report of a fee at the counter (Karpeg reprint)."""
    svc = ("Tanggal 20 November 2026 saya ke loket BKPSDM di Raci untuk mengurus cetak ulang Kartu "
           "Pegawai yang rusak kena banjir. Petugas laki-laki di loket nomor 2 bilang kalau mau cepat "
           "jadi harus bayar Rp 150.000, kalau tidak bayar ya antri bisa 3 bulan. Tidak ada kuitansi "
           "dan tidak ada tarif resmi yang ditunjukkan, padahal di banner depan kantor tertulis semua "
           "layanan GRATIS.")
    loss = ("Saya akhirnya bayar Rp 150.000 karena Karpeg itu saya butuhkan untuk pengajuan kredit, "
            "rekan saya satu kantor juga katanya dimintai hal yang sama.")
    req = ("Tolong praktik seperti ini dihentikan, petugasnya diperiksa, dan uang yang sudah "
           "dibayarkan dikembalikan.")
    body = (
        "Yth. Tim Pengaduan BKPSDM\n\n"
        "Mohon maaf saya tidak mencantumkan nama dan alamat, saya takut nanti urusan saya "
        "dipersulit.\n\n"
        + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Bangil, 25 November 2026\n")
    f = dict(name=None, address=None, service_description=svc, loss=loss, requested_resolution=req,
             place="Bangil", date="2026-11-25", signed=False,
             email="suara.asn.pasuruan@example.net", phone=None, nik=None)
    d = hdate(2026, 11, 25, 20, 14, 51)
    put("email_plain/p07.eml", plain_mail("p07", d, "suara.asn.pasuruan@example.net",
                                          "pungutan cetak ulang karpeg di loket", "example.net",
                                          wrap_all(body, 72), ip="203.0.113.88"))
    complaint("email_plain/p07.eml", "email_plain", f, "sekretariat",
              "anonymous: no name, no address, no closing (unsigned) but a place/date line; illegal fee "
              "at the counter for a Karpeg reprint -> sekretariat, not pengadaan")


def p08():
    """Identity as a plain-text table with dotted leaders; no request."""
    addr = "Perum Kahuripan Nirwana Blok J-15 RT 08 RW 11, Kel. Jogosari, Kec. Pandaan"
    svc = ("Saya telah menyelesaikan studi S2 Pendidikan Matematika dengan izin belajar dari BKPSDM "
           "dan mengajukan permohonan pencantuman gelar M.Pd. pada bulan Juni 2026 dengan berkas "
           "lengkap. Sampai sekarang sudah lima bulan belum ada surat keputusan pencantuman gelar, "
           "sementara status permohonan di aplikasi hanya tertulis \"verifikasi\".")
    loss = ("Akibatnya gelar saya belum bisa tercantum di SIASN dan saya tidak bisa mengusulkan "
            "kenaikan pangkat melalui penyesuaian ijazah pada periode Desember 2026.")
    body = (
        "Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\ndi Tempat\n\n"
        "Dengan hormat,\nYang bertanda tangan di bawah ini :\n\n"
        "Nama ..................... : Evi Kurniasari, S.Pd.\n"
        "NIP ...................... : 19860314 201001 2 017\n"
        "Pangkat/Gol .............. : Penata / III c\n"
        "Unit Kerja ............... : SMPN 2 Pandaan\n"
        "Alamat Rumah ............. : " + addr + "\n"
        "No. HP/WA ................ : 0856 4678 2251\n\n"
        "Dengan ini mengajukan pengaduan atas layanan pencantuman gelar akademik. " + svc + "\n\n"
        + loss + "\n\n"
        "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.\n\n"
        "Pandaan, 26 November 2026\n"
        "Hormat saya,\n\n\n"
        "Evi Kurniasari, S.Pd.\n")
    f = dict(name="Evi Kurniasari, S.Pd.", address=addr, service_description=svc, loss=loss,
             requested_resolution=None, place="Pandaan", date="2026-11-26", signed=True,
             email="evi.kurniasari@example.org", phone="085646782251", nik=None)
    d = hdate(2026, 11, 26, 12, 40, 2)
    frm = "Evi Kurniasari <evi.kurniasari@example.org>"
    put("email_plain/p08.eml", plain_mail("p08", d, frm, "Pengaduan pencantuman gelar", "example.org",
                                          body, ip="192.0.2.31", crlf=True))
    complaint("email_plain/p08.eml", "email_plain", f, "kompetensi",
              "identity as a dotted-leader text table ('Nama ....... : X'); NIP (18 digits), no NIK; "
              "degree recognition -> kompetensi although kenaikan pangkat is named; no request; CRLF")


def p09():
    """In English, by a former civil servant who moved abroad."""
    addr = "Hauptstrasse 41, 2nd floor, 69117 Heidelberg, Germany"
    svc = ("I submitted my request for honourable discharge at my own request (pemberhentian atas "
           "permintaan sendiri) through my office in February 2026, with all the required documents. "
           "Nine months later the decree (SK pemberhentian) has still not been issued, and my status "
           "in SIASN still shows me as an active employee. Emails to the personnel section were "
           "never answered.")
    loss = ("Because of this I cannot claim my Taspen old-age savings, my name keeps appearing on the "
            "attendance list as absent without leave, and I am worried this will be recorded as a "
            "disciplinary violation.")
    req = ("I kindly ask BKPSDM to issue my SK pemberhentian as soon as possible, update my status in "
           "SIASN, and send me a scanned copy of the decree by email.")
    body = (
        "Dear Sir/Madam,\n\n"
        "My name is Dian Anggraeni, NIK 3514016204870002. I used to work as a civil servant (PNS) "
        "at the Dinas Kesehatan Kabupaten Pasuruan until early 2026. Since April 2026 I live abroad "
        "with my husband; my current address is " + addr + ". I can be reached by WhatsApp at "
        "+62 812 3344 0917.\n\n"
        "I am writing to complain about my resignation request. " + svc + "\n\n"
        + loss + "\n\n" + req + "\n\n"
        "Heidelberg, 27 November 2026\n\n"
        "Kind regards,\n"
        "Dian Anggraeni\n")
    f = dict(name="Dian Anggraeni", address=addr, service_description=svc, loss=loss,
             requested_resolution=req, place="Heidelberg", date="2026-11-27", signed=True,
             email="dian.anggraeni@example.org", phone="081233440917", nik="3514016204870002")
    # sent late in the evening in Central Europe: in Jakarta it is already the 28th
    d = hdate(2026, 11, 27, 22, 40, 5, tz=60)
    frm = "Dian Anggraeni <dian.anggraeni@example.org>"
    put("email_plain/p09.eml", plain_mail("p09", d, frm, "Complaint: my discharge decree (SK pemberhentian)",
                                          "example.org", wrap_all(body, 72), ip="192.0.2.201",
                                          extra="User-Agent: Mozilla Thunderbird\nContent-Language: en-GB\n"))
    complaint("email_plain/p09.eml", "email_plain", f, "pengadaan",
              "English letter from abroad (address in Germany, +62 phone); discharge (pemberhentian) -> "
              "pengadaan although 'disciplinary' appears; Date +0100")


def p10():
    """Assalamu'alaikum Wr. Wb. / Wassalamu'alaikum Wr. Wb. then the name; no address."""
    svc = ("Saya bersama 36 CPNS lain angkatan XII telah menyelesaikan Pelatihan Dasar (Latsar) CPNS "
           "yang diselenggarakan BKPSDM pada 6 Juli sampai 14 Agustus 2026 dan dinyatakan lulus. "
           "Namun sampai sekarang STTPL (sertifikat) Latsar belum juga dibagikan, dan setiap kali "
           "ditanyakan jawabannya masih menunggu tanda tangan.")
    loss = ("Tanpa STTPL tersebut berkas usul pengangkatan kami menjadi PNS tidak bisa diproses, "
            "sehingga kami masih menerima gaji 80% dan belum bisa mengikuti pelatihan lanjutan.")
    req = ("Mohon kiranya BKPSDM segera menerbitkan dan membagikan STTPL Latsar angkatan XII, atau "
           "setidaknya memberikan surat keterangan lulus sementara yang bisa dipakai untuk usul "
           "pengangkatan.")
    body = (
        "Assalamu'alaikum Wr. Wb.\n\n"
        "Yth. Bapak/Ibu Kepala BKPSDM Kabupaten Pasuruan,\n\n"
        "Saya Muhammad Fauzan Azhari, S.Kom., CPNS formasi 2025 yang bertugas di Kantor Kecamatan "
        "Lekok, no HP 0852 3107 8846.\n\n"
        + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Demikian, atas perhatian Bapak/Ibu kami sampaikan terima kasih.\n\n"
        "Pasuruan, 30 November 2026\n\n"
        "Wassalamu'alaikum Wr. Wb.\n\n"
        "Muhammad Fauzan Azhari, S.Kom.\n")
    f = dict(name="Muhammad Fauzan Azhari, S.Kom.", address=None, service_description=svc, loss=loss,
             requested_resolution=req, place="Pasuruan", date="2026-11-30", signed=True,
             email="fauzan.azhari@example.com", phone="085231078846", nik=None)
    d = hdate(2026, 11, 30, 10, 12, 48)
    frm = "Muhammad Fauzan Azhari <fauzan.azhari@example.com>"
    put("email_plain/p10.eml", plain_mail("p10", d, frm, "STTPL Latsar CPNS angkatan XII belum dibagikan",
                                          "example.com", wrap_all(body, 72), ip="198.51.100.60"))
    complaint("email_plain/p10.eml", "email_plain", f, "kompetensi",
              "Assalamu'alaikum Wr. Wb. ... Wassalamu'alaikum Wr. Wb. then the name (signed); no home "
              "address (only the workplace); Latsar training certificate -> kompetensi although CPNS "
              "is named")


def p11():
    """The date is only in the Date: header; the letter says 'hari ini'."""
    addr = "Dusun Gendro RT 02 RW 06, Desa Ngadirejo, Kecamatan Tutur, Kabupaten Pasuruan"
    svc = ("Hari ini saya datang ke kantor BKPSDM di Raci jam 13.10 untuk menyerahkan berkas perbaikan "
           "data, tetapi loket pelayanan sudah tutup dan tidak ada petugas satu pun, padahal di papan "
           "jadwal tertulis layanan loket hari Jumat sampai jam 14.30. Satpam hanya bilang petugasnya "
           "sudah pulang. Ruang tunggu juga terkunci sehingga beberapa orang tua yang datang dari jauh "
           "harus menunggu di parkiran yang panas.")
    loss = ("Saya sudah izin setengah hari dari sekolah dan menempuh perjalanan sekitar 2 jam naik "
            "motor, jadi satu hari kerja saya hilang dan berkas harus saya bawa lagi minggu depan.")
    req = ("Saya mohon jam layanan loket ditepati sesuai yang tertulis, dan kalau memang loket tutup "
           "lebih awal ada pengumuman sebelumnya di media sosial BKPSDM.")
    body = (
        "Selamat sore,\n\n"
        "Saya Bagus Wicaksono, PPPK guru di SDN Ngadirejo 1 Tutur. Alamat: " + addr
        + ". HP 0822 4490 1536.\n\n"
        + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Terima kasih,\n"
        "Bagus Wicaksono\n")
    f = dict(name="Bagus Wicaksono", address=addr, service_description=svc, loss=loss,
             requested_resolution=req, place=None, date="2026-11-27", signed=True,
             email="bagus.wicaksono@example.net", phone="082244901536", nik=None)
    d = "27 Nov 2026 16:52:03 +0700"
    frm = "\"Bagus Wicaksono\" <bagus.wicaksono@example.net>"
    put("email_plain/p11.eml", plain_mail("p11", d, frm, "Loket tutup sebelum jam layanan", "example.net",
                                          wrap_all(body, 72), ip="203.0.113.12"))
    complaint("email_plain/p11.eml", "email_plain", f, "sekretariat",
              "no date in the letter ('Hari ini'), Date: header without weekday -> 2026-11-27; no place; "
              "counter closed early and waiting room locked -> sekretariat although 'perbaikan data' "
              "is named")


def p12():
    """The request is a question; no address, no loss, no place line."""
    svc = ("Saya sudah dinyatakan lulus uji kompetensi untuk pengangkatan dalam jabatan fungsional "
           "Analis Keuangan Pusat dan Daerah sejak bulan Juni 2026 dan berkas usulan pengangkatan "
           "sudah dikirim oleh kantor kecamatan ke BKPSDM pada bulan Juli. Tapi sampai akhir November "
           "ini SK pengangkatan jabatan fungsional saya belum juga terbit, teman dari OPD lain yang "
           "lulus bersamaan sudah dilantik bulan lalu.")
    req = ("Apakah bisa SK saya segera diterbitkan? Kalau masih ada berkas yang kurang, mohon saya "
           "diberi tahu apa saja supaya bisa segera saya lengkapi.")
    body = (
        "Selamat pagi Bapak/Ibu,\n\n"
        "Mohon maaf mengganggu waktunya. Saya Wulan Sari Dewi, S.E., staf di Kantor Kecamatan "
        "Pohjentrek.\n\n"
        + svc + "\n\n" + req + "\n\n"
        "Hormat saya,\n"
        "Wulan Sari Dewi, S.E.\n"
        "NIP 19900512 201503 2 004\n"
        "HP 0813 5877 2140\n")
    f = dict(name="Wulan Sari Dewi, S.E.", address=None, service_description=svc, loss=None,
             requested_resolution=req, place=None, date="2026-11-30", signed=True,
             email="wulansari.dewi@example.org", phone="081358772140", nik=None)
    d = hdate(2026, 11, 30, 8, 3, 19)
    frm = "Wulan Sari Dewi <wulansari.dewi@example.org>"
    put("email_plain/p12.eml", plain_mail("p12", d, frm, "SK jabatan fungsional belum terbit",
                                          "example.org", body, ip="192.0.2.54"))
    complaint("email_plain/p12.eml", "email_plain", f, "mutasi",
              "request phrased as a question ('Apakah bisa SK saya segera diterbitkan?'); appointment to "
              "a functional position -> mutasi ('uji kompetensi' is not the topic); no address, loss, "
              "place; date from Date: header")


def p13():
    """A mail-client signature block under '-- ' with a confidentiality disclaimer."""
    addr = "Jl. Anggrek No. 23 RT 01 RW 02, Kelurahan Bendomungal, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Saya mengajukan cuti besar selama 3 bulan untuk menunaikan ibadah haji, berkas sudah "
           "diajukan lewat aplikasi e-Cuti pada 14 September 2026 dan sudah disetujui atasan langsung. "
           "Namun sampai sekarang status di aplikasi masih \"menunggu verifikasi BKPSDM\", padahal "
           "jadwal keberangkatan kloter saya tanggal 28 April 2027 dan surat izin cuti diperlukan "
           "untuk pengurusan keberangkatan.")
    loss = ("Jika surat izin cuti tidak terbit tepat waktu, saya berisiko batal berangkat dan "
            "kehilangan antrean haji yang sudah saya tunggu 12 tahun.")
    req = ("Saya mohon permohonan cuti besar saya segera diverifikasi dan surat izin cutinya "
           "diterbitkan sebelum 15 Januari 2027.")
    body = (
        "Yth. Petugas Pengaduan BKPSDM Kabupaten Pasuruan,\n\n"
        "Dengan hormat,\n\n"
        "Melalui email ini saya menyampaikan pengaduan mengenai permohonan cuti besar saya. "
        + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Alamat rumah saya: " + addr + ".\n\n"
        "Bangil, 1 Desember 2026\n\n"
        "Hormat saya,\n\n"
        "-- \n"
        "Yuni Kartika Sari, S.E.\n"
        "Pengelola Keuangan | Dinas Pendidikan Kabupaten Pasuruan\n"
        "HP/WA: 0812-3009-4418\n"
        "Email: yuni.kartika@example.com\n\n"
        "DISCLAIMER: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk "
        "penerima yang dituju. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu "
        "pengirim dan menghapus email ini. Dilarang menyalin, menyebarkan, atau menggunakan isi "
        "email ini tanpa izin.\n")
    f = dict(name="Yuni Kartika Sari, S.E.", address=addr, service_description=svc, loss=loss,
             requested_resolution=req, place="Bangil", date="2026-12-01", signed=True,
             email="yuni.kartika@example.com", phone="081230094418", nik=None)
    d = hdate(2026, 12, 1, 11, 26, 40)
    frm = "Yuni Kartika Sari <yuni.kartika@example.com>"
    put("email_plain/p13.eml", plain_mail("p13", d, frm, "Pengaduan: permohonan cuti besar tidak diproses",
                                          "example.com", wrap_all(body, 72), ip="198.51.100.33"))
    complaint("email_plain/p13.eml", "email_plain", f, "kinerja",
              "'Hormat saya,' then a '-- ' signature block (name with title, job, phone, e-mail, "
              "DISCLAIMER); the name is only in the block; address near the end; cuti besar -> kinerja")


# ================================================================= email_mime
def m01():
    """HTML only from a phone mail app: <div dir="auto"> lines, QP utf-8."""
    addr = "Jl. Kartini Gg. 3 No. 9 RT 04 RW 01 Kel. Petungasri Kec. Pandaan"
    svc = ("Hari Senin tgl 30 November kemarin saya ke loket BKPSDM mau tanya berkas pensiun janda "
           "saya. Petugas perempuan yang jaga loket dari awal main hp terus, waktu saya tanya malah "
           "dijawab ketus \"ibu baca sendiri itu di papan, saya bukan pembantu ibu\". Saya sudah tua, "
           "mata saya kurang jelas, dan di depan orang banyak saya dibentak begitu.")
    loss = ("Saya sangat malu dan sakit hati, sampai rumah saya tidak bisa tidur. Berkas saya juga jadi "
            "belum jelas nasibnya.")
    req = ("Saya minta petugas itu ditegur dan minta maaf, dan tolong orang tua seperti saya dilayani "
           "dengan sabar.")
    lines = [
        "Assalamualaikum, selamat pagi", "",
        "Saya Sulastri, janda dari almarhum Bapak Suwarno (pensiunan guru SDN Sebani). Alamat saya "
        + addr + ". No hp 0838 5120 7763", "",
        svc, "", loss, "", req, "",
        "Pandaan, 1 Desember 2026", "",
        "Hormat saya", "Sulastri", "", "",
        "Dikirim dari ponsel cerdas Samsung Galaxy saya.",
    ]
    html = "".join(
        '<div dir="auto">' + (html_escape(l).replace('"', "&quot;") if l else "<br>") + "</div>"
        for l in lines)
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' \
        + html + "</body></html>\n"
    f = dict(name="Sulastri", address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Pandaan", date="2026-12-01", signed=True, email="sulastri.pandaan@example.com",
             phone="083851207763", nik=None)
    d = hdate(2026, 12, 2, 7, 58, 12)
    h = headers("m01", d, "Sulastri <sulastri.pandaan@example.com>", "Petugas tidak sopan",
                "example.com", ip="198.51.100.77")
    h += 'Content-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    put("email_mime/m01.eml", (h + qp(html.encode("utf-8"))).encode("ascii"))
    complaint("email_mime/m01.eml", "email_mime", f, "sekretariat",
              "HTML only, <div dir=auto> per line, QP utf-8, &quot; entities, phone-app footer; rude "
              "counter officer about a widow's pension -> sekretariat (staff conduct)")


def m02():
    """Outlook/Word HTML: MsoNormal paragraphs, <style>, conditional comments, a signature table
    with a logo (multipart/related, no text/plain part)."""
    addr = "Perum Bangil Permai Blok G-3 No. 12, Kelurahan Kalirejo, Kecamatan Bangil"
    svc = ("Saya mengikuti seleksi terbuka pengisian jabatan administrator Kepala Bidang Bina Marga "
           "pada Dinas Pekerjaan Umum dan Penataan Ruang tahun 2026 dan diumumkan sebagai peringkat "
           "pertama dari tiga nama yang diusulkan kepada Pejabat Pembina Kepegawaian. Namun pada "
           "pelantikan tanggal 20 November 2026 yang dilantik justru pejabat yang tidak mengikuti "
           "seleksi tersebut, tanpa pengumuman pembatalan hasil seleksi ataupun penjelasan apa pun "
           "kepada peserta.")
    loss = ("Saya kehilangan kesempatan promosi yang sudah saya persiapkan selama setahun, termasuk "
            "biaya asesmen kompetensi dan penyusunan makalah yang saya tanggung sendiri, serta nama "
            "baik saya dipertanyakan rekan kerja.")
    req = ("Saya mohon BKPSDM memberikan penjelasan tertulis mengenai dasar pengangkatan tersebut dan "
           "meninjau kembali pengisian jabatan Kepala Bidang Bina Marga sesuai hasil seleksi terbuka.")
    name = "Ir. Dodik Prasetyo, M.T."

    def p(txt, bold=False):
        t = html_escape(txt) if txt else "<o:p>&nbsp;</o:p>"
        if bold and txt:
            t = "<b>" + t + "</b>"
        return f'<p class=MsoNormal><span lang=IN style=\'font-size:11.0pt;font-family:"Calibri",sans-serif\'>{t}<o:p></o:p></span></p>\n'

    body_ps = [
        "Yth. Kepala BKPSDM Kabupaten Pasuruan", "",
        "Dengan hormat,", "",
        "Bersama ini saya menyampaikan pengaduan terkait pengisian jabatan hasil seleksi terbuka, "
        "dengan identitas sebagai berikut:", "",
        "Nama&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; : " + name,
        "Jabatan&nbsp;&nbsp;&nbsp;&nbsp; : Kepala Seksi Jalan dan Jembatan, DPUPR Kab. Pasuruan",
        "Alamat&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; : " + addr,
        "No. HP&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; : 0811-3370-5529", "",
        "Uraian pengaduan:", svc, "",
        "Kerugian:", loss, "",
        "Permintaan penyelesaian:", req, "",
        "Bangil, 2 Desember 2026", "",
        "Hormat saya,", "",
    ]
    ps = ""
    for t in body_ps:
        if "&nbsp;" in t:  # label padded with &nbsp; as Word does; the value needs no escaping
            ps += ("<p class=MsoNormal><span lang=IN style='font-size:11.0pt'>" + t
                   + "<o:p></o:p></span></p>\n")
        else:
            ps += p(t)
    sig = (
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
        "<tr><td width=72 valign=top style='width:54.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
        "<p class=MsoNormal><img width=60 height=60 src=\"cid:image001.png@01DB44A1.5F2C3E90\" "
        "alt=\"logo\"></p></td>\n"
        "<td valign=top style='border:none;border-left:solid #1F4E79 1.5pt;padding:0cm 5.4pt 0cm 8.0pt'>"
        "<p class=MsoNormal><b><span style='font-size:10.0pt;color:#1F4E79'>" + html_escape(name)
        + "<o:p></o:p></span></b></p>\n"
        "<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Kepala Seksi Jalan dan Jembatan"
        "<o:p></o:p></span></p>\n"
        "<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Dinas Pekerjaan Umum dan Penataan "
        "Ruang Kabupaten Pasuruan<o:p></o:p></span></p>\n"
        "<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>T. (0343) 741 226 | M. 0811-3370-5529"
        "<o:p></o:p></span></p></td></tr>\n</table>\n")
    html = (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\"><head>"
        "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
        "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n"
        "w\\:* {behavior:url(#default#VML);}\n.shape {behavior:url(#default#VML);}\n</style><![endif]-->"
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
        "\tfont-family:\"Calibri\",sans-serif;\n\tmso-fareast-language:EN-US;}\n"
        "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Calibri\",sans-serif;\n\tcolor:windowtext;}\n"
        ".MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]-->"
        "<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext=\"edit\">\n<o:idmap v:ext=\"edit\" data=\"1\" />\n"
        "</o:shapelayout></xml><![endif]--></head>"
        "<body lang=EN-ID link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
        "<div class=WordSection1>\n" + ps + sig + p("") + "</div></body></html>\n")
    logo = Image.new("RGB", (60, 60), (255, 255, 255))
    dr = ImageDraw.Draw(logo)
    dr.ellipse((3, 3, 57, 57), fill=(31, 78, 121))
    dr.polygon([(30, 10), (48, 44), (12, 44)], fill=(242, 196, 0))
    png = img_bytes(logo, "PNG", 96, optimize=True)
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Bangil", date="2026-12-02", signed=True, email="dodik.prasetyo@example.net",
             phone="081133705529", nik=None)
    d = hdate(2026, 12, 2, 14, 22, 9)
    frm = "Dodik Prasetyo <dodik.prasetyo@example.net>"
    h = headers("m02", d, frm, "Pengaduan pengisian jabatan hasil seleksi terbuka", "example.net",
                ip="203.0.113.140",
                extra="X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdtEoV8sPpN3c1kWQe6mYb0Rl4tZxA==\n"
                      "Content-Language: id\n")
    bnd = boundary("m02")
    body = multipart("related", bnd, [
        part("text/html", "windows-1252", "quoted-printable", html.encode("cp1252")),
        ('Content-Type: image/png;\n\tname="image001.png"\nContent-Description: image001.png\n'
         'Content-Disposition: inline;\n\tfilename="image001.png"\n'
         'Content-ID: <image001.png@01DB44A1.5F2C3E90>\nContent-Transfer-Encoding: base64\n\n' + b64(png)),
    ], params=' type="text/html";')
    put("email_mime/m02.eml", mail_bytes(h, body))
    complaint("email_mime/m02.eml", "email_mime", f, "mutasi",
              "Outlook/Word HTML (MsoNormal, <style> CSS, [if gte mso] comments, &nbsp; label padding), "
              "multipart/related with a cid logo, no text/plain part; signature table with name, job, "
              "office landline and mobile; open selection for a position -> mutasi")


def m03():
    """multipart/alternative; text/plain quoted-printable iso-8859-1 with =E9/=C9; no loss."""
    addr = "Jl. Gajah Mada No. 40 RT 02 RW 03, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan"
    svc = ("Saya lulus program Master en Économie de l'Environnement dari Université de Montpellier, "
           "Prancis, dengan beasiswa LPDP atas izin belajar dari BKPSDM. Ijazah sudah disetarakan oleh "
           "Kemendikbudristek (surat penyetaraan terlampir), dan permohonan pencantuman gelar saya "
           "ajukan pada Mei 2026. Petugas menolak memproses dengan alasan \"ijazah luar negeri tidak ada "
           "di daftar\", padahal aturan pencantuman gelar luar negeri cukup dengan surat penyetaraan.")
    req = ("Saya mohon permohonan pencantuman gelar saya diproses sesuai ketentuan penyetaraan ijazah "
           "luar negeri, atau saya diberi penolakan tertulis beserta dasar aturannya.")
    name = "José Rizal Pratama, S.T."
    plain = (
        "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan\n\n"
        "Dengan hormat,\n\n"
        "Nama    : " + name + "\n"
        "Alamat  : " + addr + "\n"
        "Telepon : 0858 1204 6637\n\n"
        "Pengaduan:\n" + svc + "\n\n"
        "Permohonan:\n" + req + "\n\n"
        "Beji, 3 Desember 2026\n\n"
        "Hormat saya,\n" + name + "\n")
    hp = ["Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "", "Dengan hormat,", "",
          "Nama&nbsp;&nbsp;&nbsp; : " + html_escape(name).replace("é", "&eacute;"),
          "Alamat&nbsp;&nbsp; : " + html_escape(addr), "Telepon : 0858 1204 6637", "",
          "<b>Pengaduan:</b>", html_escape(svc).replace("É", "&Eacute;").replace("é", "&eacute;")
          .replace('"', "&quot;"), "",
          "<b>Permohonan:</b>", html_escape(req), "",
          "Beji, 3 Desember 2026", "", "Hormat saya,",
          html_escape(name).replace("é", "&eacute;")]
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in hp) + "</div>\n"
    f = dict(name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
             place="Beji", date="2026-12-03", signed=True, email="jose.pratama@example.net",
             phone="085812046637", nik=None)
    d = hdate(2026, 12, 3, 9, 14, 37)
    frm = rfc2047("José Rizal Pratama", "iso-8859-1", "Q") + " <jose.pratama@example.net>"
    h = headers("m03", d, frm, rfc2047("Pencantuman gelar ijazah luar negeri (Université de Montpellier)",
                                       "iso-8859-1", "Q"), "example.net", ip="192.0.2.118")
    body = multipart("alternative", boundary("m03"), [
        part("text/plain", "iso-8859-1", "quoted-printable", plain.encode("iso-8859-1")),
        part("text/html", "iso-8859-1", "quoted-printable", html.encode("iso-8859-1")),
    ])
    put("email_mime/m03.eml", mail_bytes(h, body))
    complaint("email_mime/m03.eml", "email_mime", f, "kompetensi",
              "multipart/alternative, text/plain QP iso-8859-1 (=E9, =C9), HTML with &eacute;; RFC 2047 "
              "Q From and Subject; foreign degree recognition -> kompetensi; no loss")


def m04():
    """HTML only, windows-1252, base64; curly quotes, en dash, ellipsis; no address, no place."""
    svc = ("Pada bulan Oktober 2026 saya dijatuhi hukuman disiplin ringan berupa teguran tertulis dengan "
           "alasan “tidak masuk kerja tanpa keterangan” selama 5 hari. Padahal pada hari-hari tersebut "
           "saya masuk kerja seperti biasa – yang terjadi adalah aplikasi e-Presensi error sehingga "
           "absen saya tidak tercatat, dan hal ini sudah dibenarkan oleh Camat melalui surat "
           "keterangan. Keberatan yang saya ajukan pada 19 Oktober 2026 sampai sekarang tidak dijawab…")
    loss = ("Akibat hukuman tersebut TPP saya bulan November dipotong 25% dan nama saya tercatat dalam "
            "daftar pegawai yang dijatuhi hukuman disiplin.")
    req = ("Saya memohon agar keberatan saya diperiksa, hukuman disiplin tersebut ditinjau ulang dan "
           "dicabut, serta potongan TPP saya dikembalikan.")
    name = "Agustina Wulandari, S.Sos."
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        "</head><body style=\"font-family:Arial;font-size:10pt\">\n"
        "<p>Kepada Yth.<br>Tim Pengaduan BKPSDM Kab. Pasuruan</p>\n"
        "<p>Dengan hormat,</p>\n"
        "<p>Saya " + name + ", pelaksana pada Kantor Kecamatan Rembang, HP 0857 0633 1920, "
        "menyampaikan pengaduan sebagai berikut.</p>\n"
        "<p>" + svc + "</p>\n<p>" + loss + "</p>\n<p>" + req + "</p>\n"
        "<p>Senin, 7 Desember 2026</p>\n"
        "<p>Hormat saya,<br>" + name + "</p>\n</body></html>\n")
    f = dict(name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
             place=None, date="2026-12-07", signed=True, email="agustina.w@example.org",
             phone="085706331920", nik=None)
    d = hdate(2026, 12, 7, 13, 49, 26)
    h = headers("m04", d, "Agustina Wulandari <agustina.w@example.org>",
                rfc2047("Keberatan hukuman disiplin – e-Presensi error", "windows-1252", "B"),
                "example.org", ip="203.0.113.19", extra="X-Mailer: Microsoft Windows Live Mail 16.4.3528.331\n")
    h += 'Content-Type: text/html;\n\tcharset="windows-1252"\nContent-Transfer-Encoding: base64\n\n'
    put("email_mime/m04.eml", (h + b64(html.encode("cp1252"))).encode("ascii"))
    complaint("email_mime/m04.eml", "email_mime", f, "kinerja",
              "HTML only, base64 windows-1252 (curly quotes 0x93/0x94, en dash 0x96, ellipsis 0x85); "
              "disciplinary sanction -> kinerja; no address; 'Senin, 7 Desember 2026' without a place")


def m05():
    """RFC 2047 Q subject split over two encoded words; text/plain QP utf-8."""
    addr = ("Jl. Untung Suropati Gg. Melati No. 5 RT 01 RW 07, Kelurahan Kebonagung, Kecamatan Purworejo, "
            "Kota Pasuruan")
    svc = ("Sejak Maret 2026 saya sudah tiga kali melakukan pemutakhiran data mandiri (PDM) di MyASN "
           "untuk menambahkan data suami dan anak saya, lengkap dengan buku nikah dan akta kelahiran. "
           "Setiap kali diajukan, usulan saya berstatus \"ditolak BKD\" tanpa keterangan alasan, dan "
           "ketika saya datang ke BKPSDM saya diminta mengajukan ulang dari awal.")
    loss = ("Karena data keluarga tidak tercatat di SIASN, tunjangan keluarga (suami dan anak) tidak "
            "dibayarkan sejak saya menikah, kurang lebih Rp 2.700.000 sampai bulan ini, dan anak saya "
            "belum bisa didaftarkan sebagai tanggungan BPJS Kesehatan.")
    req = ("Saya mohon usulan PDM data keluarga saya diverifikasi dan disetujui, dan bila masih ada "
           "kekurangan, alasan penolakannya dituliskan dengan jelas.")
    name = "Ni Luh Putu Ayu Ariani, S.Farm."
    body = (
        "Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan\n\n"
        "Dengan hormat,\nSaya yang bertanda tangan di bawah ini,\n"
        "Nama          : " + name + "\n"
        "NIK           : 3514104611920001\n"
        "Tempat tugas  : Puskesmas Kraton\n"
        "Alamat        : " + addr + "\n"
        "Telp/WA       : +62 857-4501-2288\n\n"
        "menyampaikan pengaduan sebagai berikut.\n\n"
        + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Kraton, 4 Desember 2026\n\n"
        "Hormat saya,\n" + name + "\n")
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Kraton", date="2026-12-04", signed=True, email="ayu.ariani@example.com",
             phone="085745012288", nik="3514104611920001")
    d = hdate(2026, 12, 4, 15, 7, 0)
    subj = ("=?UTF-8?Q?Pengaduan_data_SIASN_=E2=80=93_data_keluarga_ditolak_tanpa_?=\n"
            " =?UTF-8?Q?alasan_=28PDM_MyASN=29?=")
    frm = "=?UTF-8?Q?Ni_Luh_Putu_Ayu_Ariani?= <ayu.ariani@example.com>"
    h = headers("m05", d, frm, subj, "example.com", ip="198.51.100.180")
    h += 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    put("email_mime/m05.eml", (h + qp(body.encode("utf-8"))).encode("ascii"))
    complaint("email_mime/m05.eml", "email_mime", f, "pengadaan",
              "Subject is two RFC 2047 Q encoded words folded over two lines (the space before the "
              "break is inside the first word as '_'); body QP utf-8; +62 phone; SIASN family data -> "
              "pengadaan; complete")


def m06():
    """iPhone-style text/plain; format=flowed; delsp=yes; closing without a name."""
    addr = "Perumahan Prigen Indah Blok C No. 8, Desa Pecalukan, Kecamatan Prigen, Kab. Pasuruan"
    svc = ("Bulan Agustus lalu saya sudah ditetapkan sebagai peserta Pelatihan Kepemimpinan Pengawas "
           "(PKP) angkatan II tahun 2026 berdasarkan surat panggilan dari BKPSDM. Seminggu sebelum "
           "pelatihan dimulai, nama saya dihapus dari daftar peserta dan diganti orang lain tanpa "
           "pemberitahuan apa pun, saya baru tahu dari grup WA peserta.")
    loss = ("Saya sudah mengosongkan jadwal, membatalkan cuti keluarga dan mengurus surat tugas, dan "
            "sekarang sesuai aturan jabatan saya wajib mengikuti PKP paling lambat 3 tahun sejak "
            "dilantik, batasnya Maret 2027.")
    req = ("Mohon penjelasan kenapa nama saya dihapus, dan saya diikutkan pada angkatan berikutnya "
           "sebelum Maret 2027.")
    text = (
        "Yth. Bapak/Ibu di BKPSDM,\n\n"
        "Saya Hendro Gunawan, S.IP., Kasi Pemerintahan di Kantor Kecamatan Prigen, alamat rumah "
        + addr + ", HP 0812 1648 3390.\n\n"
        + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Bukti surat panggilan bisa dilihat di "
        "https://drive.example.com/file/d/1pKP2026AngkatanII-SuratPanggilan-HendroGunawan-Prigen/view?usp=sharing\n\n"
        "Prigen, 5 Desember 2026\n\n"
        "Terima kasih.\n\n"
        "Dikirim dari iPhone saya\n")
    f = dict(name="Hendro Gunawan, S.IP.", address=addr, service_description=svc, loss=loss,
             requested_resolution=req, place="Prigen", date="2026-12-05", signed=False,
             email="hendro.gunawan@example.com", phone="081216483390", nik=None)
    d = hdate(2026, 12, 5, 6, 31, 50)
    frm = "Hendro Gunawan <hendro.gunawan@example.com>"
    h = headers("m06", d, frm, "Nama saya dihapus dari peserta PKP angkatan II", "example.com",
                ip="192.0.2.99", extra="X-Mailer: iPhone Mail (22B91)\n")
    h += ('Content-Type: text/plain;\n\tcharset=utf-8;\n\tformat=flowed;\n\tdelsp=yes\n'
          'Content-Transfer-Encoding: 8bit\n\n')
    put("email_mime/m06.eml", mail_bytes(h, flowed(text)))
    complaint("email_mime/m06.eml", "email_mime", f, "kompetensi",
              "text/plain format=flowed; delsp=yes (soft breaks end with two spaces; a long URL broken "
              "inside the token); 'Terima kasih.' then 'Dikirim dari iPhone saya' = no name, unsigned; "
              "leadership training (PKP) -> kompetensi although 'jabatan' appears")


# ================================================================== email_pdf
def pdf_mail(tag, date, frm, subject, domain, cover, data, fname, ip="192.0.2.10",
             ctype="application/pdf", extra=""):
    h = headers(tag, date, frm, subject, domain, ip=ip, extra=extra)
    body = multipart("mixed", boundary(tag), [
        part("text/plain", "utf-8", "8bit", cover),
        attach(ctype, fname, data)])
    return (h + body).encode("utf-8")


def d01():
    """Cover note + PDF letter; identity block as a ruled two-column table."""
    addr = "Dusun Jogo RT 02 RW 03, Desa Jarangan, Kecamatan Rejoso, Kabupaten Pasuruan"
    svc = ("SK pensiun saya yang terbit pada bulan Oktober 2026 mencantumkan masa kerja golongan 29 tahun "
           "2 bulan, padahal sesuai SK CPNS tanggal 1 Maret 1990 dan riwayat yang tercatat, masa kerja "
           "saya adalah 36 tahun 8 bulan. Masa kerja sebagai guru bantu selama 7 tahun tidak dihitung "
           "meskipun sudah diakui dalam SK peninjauan masa kerja tahun 2004.")
    loss = ("Karena kesalahan tersebut, besaran pensiun pokok saya lebih rendah sekitar Rp 412.000 "
            "setiap bulan dibandingkan yang seharusnya.")
    req = ("Saya mohon SK pensiun saya direvisi dengan memperhitungkan masa kerja yang benar, dan "
           "kekurangan pembayaran pensiun sejak bulan pertama dibayarkan.")
    name = "Drs. Sugeng Riyanto"
    blocks = [
        ("right", "Rejoso, 7 Desember 2026"), ("gap", 1),
        ("p", "Perihal : Pengaduan kesalahan masa kerja dalam SK Pensiun"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.6),
        ("tbl", [("Nama", name), ("NIK", "3514170509660001"), ("Alamat", addr),
                 ("Pekerjaan", "Pensiunan PNS (Guru SMPN 1 Rejoso)"), ("Nomor HP", "0813 3378 0465")], 0.27),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.5),
        ("b", "A. Pelayanan yang tidak sesuai"), ("p", svc), ("gap", 0.5),
        ("b", "B. Kerugian"), ("p", loss), ("gap", 0.5),
        ("b", "C. Permintaan penyelesaian"), ("p", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya buat dengan sebenarnya. Atas perhatian Bapak/Ibu saya "
              "ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    pdf = make_pdf(blocks, 3101, sig_kind="vector", size=10.5)
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Rejoso", date="2026-12-07", signed=True, email="sugeng.riyanto60@example.net",
             phone="081333780465", nik="3514170509660001")
    cover = ("Selamat siang,\n\nTerlampir surat pengaduan saya terkait SK pensiun (masa kerja salah "
             "hitung). Mohon ditindaklanjuti.\n\nSalam,\nSugeng\n")
    d = hdate(2026, 12, 8, 12, 5, 41)
    put("email_pdf/d01.eml", pdf_mail("d01", d, "Sugeng Riyanto <sugeng.riyanto60@example.net>",
                                      "Pengaduan SK pensiun", "example.net", cover, pdf,
                                      "Pengaduan SK Pensiun - Sugeng Riyanto.pdf", ip="203.0.113.201"))
    complaint("email_pdf/d01.eml", "email_pdf", f, "pengadaan",
              "short cover note ('Salam, Sugeng'); PDF letter with the identity as a ruled two-column "
              "table; lettered sections; vector signature; pension -> pengadaan; cover mail sent the next day")


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


def d02():
    """A DOCX letter: paragraphs, an identity table, the signature as an inline picture."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    addr = "Perum Pesona Gempol Blok B-7 RT 04 RW 09, Desa Wonosari, Kecamatan Gempol, Kabupaten Pasuruan"
    svc = ("Saya mengajukan permohonan pindah antardaerah (mutasi keluar) ke Pemerintah Kabupaten Sidoarjo "
           "karena mengikuti suami yang bertugas di sana. Surat persetujuan menerima dari Pemkab Sidoarjo "
           "sudah terbit sejak 3 April 2026 dan berkas saya sudah lengkap, tetapi surat persetujuan "
           "melepas dari Kabupaten Pasuruan belum juga diterbitkan. Setiap saya tanyakan, jawabannya "
           "\"masih menunggu tanda tangan pimpinan\", sudah lebih dari delapan bulan.")
    loss = ("Saya harus menempuh perjalanan Sidoarjo-Gempol setiap hari dan meninggalkan anak saya yang "
            "berusia dua tahun sejak pagi sampai sore, serta persetujuan menerima dari Sidoarjo akan "
            "kedaluwarsa pada akhir Desember 2026.")
    req = ("Saya mohon surat persetujuan melepas saya segera diterbitkan sebelum persetujuan menerima dari "
           "Pemkab Sidoarjo kedaluwarsa, atau saya diberi penjelasan tertulis apabila ada kendala.")
    name = "Rina Oktaviani, S.Pd."
    # the signature picture
    sim = Image.new("L", (420, 150), 255)
    sdr = ImageDraw.Draw(sim)
    start, segs = sig_curve(random.Random(3207), 400, 130)
    sdr.line([(x + 8, 145 - y) for x, y in bezier_points(start, segs)], fill=30, width=5, joint="curve")
    sig_png = img_bytes(sim, "PNG", 150, optimize=True)

    def build(doc):
        st = doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(12)
        t = doc.add_paragraph()
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = t.add_run("SURAT PENGADUAN")
        r.bold = True
        r.underline = True
        doc.add_paragraph("Kepada Yth.\nKepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia\n"
                          "Kabupaten Pasuruan\ndi Bangil")
        doc.add_paragraph("Dengan hormat,")
        doc.add_paragraph("Saya yang bertanda tangan di bawah ini:")
        rows = [("Nama", name), ("NIK", "3514035203900006"), ("Jabatan", "Guru Ahli Pertama, SDN Wonosari 2"),
                ("Alamat", addr), ("No. HP/WA", "0877 0152 3368")]
        tb = doc.add_table(rows=len(rows), cols=3)
        for i, (a, b) in enumerate(rows):
            tb.cell(i, 0).text = a
            tb.cell(i, 1).text = ":"
            tb.cell(i, 2).text = b
            tb.cell(i, 0).width = Cm(3.2)
            tb.cell(i, 1).width = Cm(0.5)
            tb.cell(i, 2).width = Cm(12.0)
        doc.add_paragraph("")
        doc.add_paragraph("dengan ini menyampaikan pengaduan atas permohonan mutasi keluar saya.")
        doc.add_paragraph(svc)
        doc.add_paragraph(loss)
        doc.add_paragraph(req)
        doc.add_paragraph("Demikian surat pengaduan ini saya buat. Atas perhatian dan bantuan Bapak/Ibu "
                          "saya ucapkan terima kasih.")
        for txt in ("Gempol, 9 Desember 2026", "Hormat saya,"):
            q = doc.add_paragraph(txt)
            q.paragraph_format.left_indent = Cm(9.5)
            q.paragraph_format.space_after = Pt(0)
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(9.5)
        q.add_run().add_picture(io.BytesIO(sig_png), width=Cm(4.2))
        q = doc.add_paragraph(name)
        q.paragraph_format.left_indent = Cm(9.5)

    data = docx_bytes(build)
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Gempol", date="2026-12-09", signed=True, email="rina.oktaviani@example.com",
             phone="087701523368", nik="3514035203900006")
    cover = ("Dengan hormat,\n\nBersama email ini saya lampirkan surat pengaduan saya mengenai mutasi "
             "keluar (file Word). Terima kasih.\n\nRina\n")
    d = hdate(2026, 12, 9, 10, 44, 18)
    put("email_pdf/d02.eml", pdf_mail(
        "d02", d, "Rina Oktaviani <rina.oktaviani@example.com>", "Surat pengaduan mutasi keluar",
        "example.com", cover, data, "Surat Pengaduan Rina Oktaviani.docx", ip="198.51.100.122",
        ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    complaint("email_pdf/d02.eml", "email_pdf", f, "mutasi",
              "letter attached as DOCX (python-docx): paragraphs, a 3-column identity table, the signature "
              "as an inline picture between 'Hormat saya,' and the name; transfer out -> mutasi; complete")


def d03():
    """Text PDF (serif) whose signature is a small embedded image; no loss."""
    addr = "Dusun Kebonsari RT 06 RW 02, Desa Tambakrejo, Kecamatan Kraton, Kabupaten Pasuruan"
    svc = ("Pada tanggal 2 September 2026 saya mengajukan permohonan izin belajar untuk melanjutkan "
           "pendidikan S1 Pendidikan Guru Sekolah Dasar di Universitas Terbuka dengan berkas lengkap. "
           "Permohonan saya dikembalikan oleh petugas dengan alasan \"kuota izin belajar tahun ini sudah "
           "penuh\", padahal dalam persyaratan layanan izin belajar tidak ada ketentuan kuota, dan alasan "
           "tersebut tidak diberikan secara tertulis.")
    req = ("saya mohon permohonan izin belajar saya diproses sesuai persyaratan yang berlaku, atau jika "
           "memang ditolak, penolakan disampaikan secara tertulis beserta dasar aturannya.")
    name = "Imron Rosyadi"
    blocks = [
        ("p", "Hal : Pengaduan layanan izin belajar"), ("gap", 1),
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di -"), ("p", "Bangil"), ("gap", 1),
        ("p", "Assalamu'alaikum Wr. Wb."), ("gap", 0.5),
        ("p", "Yang bertanda tangan di bawah ini,"),
        ("kv", "Nama", name), ("kv", "Jabatan", "Guru Kelas (PPPK), SDN Tambakrejo 1"),
        ("kv", "Alamat", addr), ("kv", "Nomor Telepon/HP", "0895 3361 0248"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("p", svc), ("gap", 0.5),
        ("p", "Atas hal tersebut, " + req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
        ("p", "Wassalamu'alaikum Wr. Wb."), ("gap", 1),
        ("rightcol", "Kraton, 10 Desember 2026"), ("rightcol", "Pengadu,"), ("sig", True),
        ("rightcol", name),
    ]
    pdf = make_pdf(blocks, 3302, sig_kind="image", size=11.5, font="serif",
                   producer=b"LibreOffice 7.6", creator=b"Writer")
    f = dict(name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
             place="Kraton", date="2026-12-10", signed=True, email="imron.rosyadi@example.org",
             phone="089533610248", nik=None)
    cover = "Assalamualaikum,\nberikut surat pengaduan saya pak/bu, terima kasih\n"
    d = hdate(2026, 12, 10, 19, 2, 33)
    put("email_pdf/d03.eml", pdf_mail("d03", d, "imron rosyadi <imron.rosyadi@example.org>",
                                      "pengaduan izin belajar", "example.org", cover, pdf,
                                      "pengaduan_izin_belajar.pdf", ip="192.0.2.164"))
    complaint("email_pdf/d03.eml", "email_pdf", f, "kompetensi",
              "text PDF (Times), signature as a small embedded raster image; request introduced by "
              "'Atas hal tersebut,'; 'Pengadu,' as the closing; izin belajar -> kompetensi; no loss")


def d04():
    """Unsigned PDF: the name is printed, no signature."""
    addr = "Jl. Raya Wonorejo No. 88 RT 01 RW 01, Desa Wonorejo, Kecamatan Wonorejo, Kabupaten Pasuruan"
    svc = ("Penilaian SKP tahun 2025 saya di aplikasi e-Kinerja tidak bisa difinalisasi karena pejabat "
           "penilai saya pensiun pada bulan Desember 2025 dan akun penilai tidak dialihkan kepada "
           "pejabat pengganti. Sudah empat kali saya melapor ke admin e-Kinerja BKPSDM sejak Februari "
           "2026, tetapi status SKP saya masih \"belum dinilai\".")
    loss = ("Karena SKP tahun 2025 belum ada predikat, TPP saya sejak Maret 2026 dibayarkan hanya 60% "
            "dan saya tidak dapat mengikuti seleksi calon kepala sekolah tahun ini.")
    req = ("Saya mohon akun pejabat penilai SKP saya dialihkan kepada kepala sekolah yang sekarang agar "
           "SKP tahun 2025 dapat dinilai, dan kekurangan TPP dibayarkan setelah predikat keluar.")
    name = "Siti Maemunah, S.Pd.I."
    blocks = [
        ("center", "SURAT PENGADUAN", True), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Jabatan", "Guru PAI, SDN Wonorejo 3"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0852 5780 1163"), ("gap", 0.5),
        ("b", "Uraian pengaduan"), ("p", svc), ("gap", 0.4),
        ("b", "Kerugian yang dialami"), ("p", loss), ("gap", 0.4),
        ("b", "Permintaan penyelesaian"), ("p", req), ("gap", 0.6),
        ("p", "Demikian pengaduan ini saya sampaikan. Terima kasih."), ("gap", 1),
        ("rightcol", "Wonorejo, 11 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", False),
        ("rightcol", name),
    ]
    pdf = make_pdf(blocks, 3403, size=11.0)
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Wonorejo", date="2026-12-11", signed=False, email="siti.maemunah@example.net",
             phone="085257801163", nik=None)
    cover = ("Yth. Tim Pengaduan,\n\nSaya lampirkan surat pengaduan terkait SKP 2025 yang belum bisa dinilai.\n\n"
             "Hormat saya,\nSiti Maemunah\n")
    d = hdate(2026, 12, 11, 8, 30, 0)
    put("email_pdf/d04.eml", pdf_mail("d04", d, "Siti Maemunah <siti.maemunah@example.net>",
                                      "Pengaduan SKP 2025 belum dinilai", "example.net", cover, pdf,
                                      "SKP_SitiMaemunah.pdf", ip="203.0.113.56"))
    complaint("email_pdf/d04.eml", "email_pdf", f, "kinerja",
              "PDF letter not signed (name printed under 'Hormat saya,', no signature) although the "
              "cover note has a closing with a name; SKP -> kinerja although 'kepala sekolah' selection "
              "is mentioned")


def d05():
    """Place and date come after the name at the bottom; no address."""
    svc = ("Saya adalah pengguna kursi roda. Pada tanggal 3 Desember 2026 saya datang ke kantor BKPSDM "
           "untuk legalisir SK, tetapi ruang pelayanan ada di lantai dua dan tidak ada jalur landai "
           "maupun lift yang berfungsi. Petugas menyarankan saya menunggu di parkiran sementara berkas "
           "dibawa naik, dan saya menunggu hampir dua jam di bawah terik matahari tanpa tempat duduk.")
    loss = ("Saya kelelahan dan kepanasan, dan sebagai penyandang disabilitas saya merasa tidak "
            "dianggap sebagai pengguna layanan yang setara.")
    req = ("Saya mohon BKPSDM menyediakan loket layanan di lantai dasar dan jalur landai untuk kursi "
           "roda, serta tempat tunggu yang layak bagi pengunjung penyandang disabilitas.")
    name = "Yohanes Dwi Kristanto"
    blocks = [
        ("p", "Kepada"), ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "Komplek Perkantoran Raci, Bangil"),
        ("gap", 1),
        ("p", "Perihal: Aksesibilitas ruang pelayanan bagi penyandang disabilitas"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", "Saya, " + name + ", Penata Laksana Barang pada Dinas Sosial Kabupaten Pasuruan, nomor HP "
              "0818 0532 7741, dengan ini menyampaikan pengaduan sebagai berikut."), ("gap", 0.5),
        ("p", svc), ("gap", 0.5), ("p", loss), ("gap", 0.5), ("p", req), ("gap", 0.5),
        ("p", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
        ("p", "Hormat saya,"), ("sig", True, "left"), ("p", name), ("gap", 0.6),
        ("p", "Sukorejo, 14 Desember 2026"),
    ]
    pdf = make_pdf(blocks, 3504, size=11.0)
    f = dict(name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
             place="Sukorejo", date="2026-12-14", signed=True, email="yohanes.kristanto@example.com",
             phone="081805327741", nik=None)
    cover = "Selamat pagi, mohon diterima surat pengaduan saya (terlampir). Terima kasih.\n"
    d = hdate(2026, 12, 14, 9, 11, 26)
    put("email_pdf/d05.eml", pdf_mail("d05", d, "Yohanes D. Kristanto <yohanes.kristanto@example.com>",
                                      "Pengaduan aksesibilitas ruang pelayanan", "example.com", cover, pdf,
                                      "surat_pengaduan.pdf", ip="198.51.100.240"))
    complaint("email_pdf/d05.eml", "email_pdf", f, "sekretariat",
              "PDF: 'Hormat saya', signature, name, and only then 'Sukorejo, 14 Desember 2026' at the "
              "bottom; facilities (no ramp, no lift) -> sekretariat; no address (only the agency's "
              "address in the heading)")


# ======================================================================= scan
def kv_identity(rows):
    return [("kv", a, b) for a, b in rows]


def s01():
    """Clean 300 dpi PNG (grey, almost no noise); PPPK decree with a misspelt name."""
    name = "Muhammad Ridwan Hakim"
    addr = "Jl. Sultan Agung No. 61 RT 02 RW 03, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Pada SK pengangkatan PPPK yang saya terima tanggal 2 Oktober 2026, nama saya tertulis "
           "\"Muhamad Ridwan Hakim\" (dengan satu huruf m), sedangkan di KTP, ijazah dan data SSCASN "
           "tertulis \"Muhammad Ridwan Hakim\". Permohonan perbaikan sudah saya serahkan ke loket BKPSDM "
           "pada 12 Oktober 2026 dengan melampirkan fotokopi KTP dan ijazah, namun sampai sekarang belum "
           "ada SK perbaikan.")
    loss = ("Karena perbedaan nama tersebut, bank menolak pembukaan rekening gaji saya dan gaji pertama "
            "saya tertahan selama dua bulan.")
    req = ("Saya mohon BKPSDM segera menerbitkan ralat SK pengangkatan PPPK dengan penulisan nama yang "
           "benar sesuai KTP dan memperbaiki data saya di SIASN.")
    blocks = [
        ("right", "Bangil, 14 Desember 2026"), ("gap", 1),
        ("p", "Kepada"), ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Perihal : Pengaduan kesalahan penulisan nama pada SK PPPK"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        *kv_identity([("Nama", name), ("NIK", "3514011807950003"), ("Alamat", addr),
                      ("Nomor Telepon/HP", "0812 4973 0586")]),
        ("gap", 0.5),
        ("p", "menyampaikan pengaduan atas layanan BKPSDM sebagai berikut."), ("gap", 0.4),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
        ("gap", 1), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    page = render_scan(blocks, 4101, dpi=300, angle=0.12, paper=253, noise=0.0, blur=0.35,
                       specks=False)[0]
    put("scan/s01.png", img_bytes(page, "PNG", 300, optimize=True))
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Bangil", date="2026-12-14", signed=True, email=None, phone="081249730586",
             nik="3514011807950003")
    complaint("scan/s01.png", "scan", f, "pengadaan",
              "clean 300 dpi grey PNG, signed, complete; the letter quotes a misspelt form of the name "
              "('Muhamad'); PPPK decree / SIASN data -> pengadaan", ocr=True)


def s02():
    """200 dpi JPG phone photo with a slight perspective; no request."""
    name = "Sukardi"
    addr = "Dusun Sumbersari RT 05 RW 02, Desa Sumberejo, Kecamatan Pandaan, Kabupaten Pasuruan"
    svc = ("Usulan kenaikan pangkat reguler saya periode Oktober 2026 dari Pengatur Tingkat I (II/d) ke "
           "Penata Muda (III/a) dikembalikan di SIASN dengan status \"BTS\" tanpa catatan apa pun. Ketika "
           "saya konfirmasi ke BKPSDM, petugas hanya menjawab berkas harus diunggah ulang, padahal semua "
           "dokumen yang diminta sudah diunggah dan sudah diverifikasi oleh pengelola kepegawaian di "
           "kantor saya.")
    loss = ("Akibatnya kenaikan pangkat saya mundur sedikitnya enam bulan ke periode April 2027 dan saya "
            "kehilangan kenaikan gaji selama masa itu.")
    blocks = [
        ("p", "Kepada Yth."), ("p", "Bapak Kepala BKPSDM Kab. Pasuruan"), ("p", "di tempat"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini,"),
        *kv_identity([("Nama", name), ("Jabatan", "Pengadministrasi Umum, Kantor Kecamatan Pandaan"),
                      ("Alamat", addr), ("No. HP", "0856 0412 3379")]),
        ("gap", 0.5),
        ("p", "ingin menyampaikan keluhan mengenai usulan kenaikan pangkat saya."), ("gap", 0.4),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4),
        ("p", "Demikian pengaduan ini saya sampaikan untuk menjadi perhatian."), ("gap", 1),
        ("rightcol", "Pandaan, 15 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", name),
    ]
    page = render_scan(blocks, 4202, dpi=200, angle=0.0, paper=(244, 241, 232), noise=3.0, blur=0.4,
                       colour=True, specks=False)[0]
    W, H = page.size
    quad = [(88, 70), (1585, 118), (1612, 2268), (52, 2300)]
    photo = phone_photo(page, 4203, size=(W, H + 40), quad=quad)
    put("scan/s02.jpg", img_bytes(photo, "JPEG", 200, quality=80))
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=None,
             place="Pandaan", date="2026-12-15", signed=True, email=None, phone="085604123379", nik=None)
    complaint("scan/s02.jpg", "scan", f, "mutasi",
              "200 dpi JPG phone photo of the page on a table, slight perspective, uneven light; kenaikan "
              "pangkat -> mutasi; no request; one-word name", ocr=True)


def logo_letterhead(im, dpi, W, H, M):
    """A coloured round emblem at the left of the letterhead."""
    r = int(0.42 * dpi)
    cx, cy = int(M * 0.55 + r), int(M + 0.28 * dpi)
    dr = ImageDraw.Draw(im)
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(18, 92, 160))
    r2 = int(r * 0.78)
    dr.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), fill=(250, 206, 40))
    # an open book and a flame
    bw = int(r * 0.9)
    dr.polygon([(cx - bw, cy + r * 0.1), (cx, cy + r * 0.3), (cx, cy + r * 0.62), (cx - bw, cy + r * 0.42)],
               fill=(255, 255, 255), outline=(18, 92, 160))
    dr.polygon([(cx + bw, cy + r * 0.1), (cx, cy + r * 0.3), (cx, cy + r * 0.62), (cx + bw, cy + r * 0.42)],
               fill=(255, 255, 255), outline=(18, 92, 160))
    dr.polygon([(cx, cy - r * 0.62), (cx + r * 0.22, cy - r * 0.1), (cx, cy + r * 0.15),
                (cx - r * 0.22, cy - r * 0.1)], fill=(214, 40, 40))
    return im


def s03():
    """Image-only PDF, colour, letterhead with a coloured logo; complete."""
    name = "Drs. H. Sutrisno, M.Pd."
    addr = "Dusun Krajan RT 01 RW 04, Desa Sengonagung, Kecamatan Purwosari, Kabupaten Pasuruan"
    svc = ("Sebanyak 42 guru anggota KKG Gugus II telah mengikuti Pelatihan Penguatan Kompetensi Guru Kelas "
           "yang diselenggarakan BKPSDM pada 13 sampai 17 Juli 2026 dengan pola 40 jam pelajaran. Sampai "
           "saat ini sertifikat pelatihan belum diterbitkan, dan ketika kami tanyakan ke BKPSDM dijawab "
           "bahwa daftar hadir peserta dari gugus kami hilang.")
    loss = ("Tanpa sertifikat tersebut para guru tidak dapat mengklaim angka kredit pengembangan diri untuk "
            "usul kenaikan jenjang jabatan, dan beberapa guru terancam terlambat naik pangkat pada periode "
            "April 2027.")
    req = ("Kami mohon BKPSDM menerbitkan sertifikat pelatihan bagi 42 guru tersebut berdasarkan salinan "
           "daftar hadir yang kami lampirkan.")
    blocks = [
        ("bigc", "KELOMPOK KERJA GURU GUGUS II"),
        ("center", "KECAMATAN PURWOSARI KABUPATEN PASURUAN", True),
        ("c", "Sekretariat: SDN Purwosari 3, Jl. Raya Purwosari No. 77, Purwosari, Pasuruan"),
        ("hr", 2.2), ("gap", 0.3),
        ("cols", "Nomor     : 017/KKG-II/XII/2026", "Purwosari, 10 Desember 2026", False, 1.0),
        ("p", "Lampiran : 1 (satu) berkas"),
        ("p", "Perihal    : Pengaduan sertifikat pelatihan belum diterbitkan"), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        *kv_identity([("Nama", name), ("Jabatan", "Ketua KKG Gugus II Kecamatan Purwosari"),
                      ("Alamat", addr), ("No. HP", "0813 3106 5527")]),
        ("gap", 0.4),
        ("p", "atas nama anggota KKG Gugus II menyampaikan pengaduan sebagai berikut."), ("gap", 0.4),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian pengaduan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan "
              "terima kasih."), ("gap", 0.8),
        ("rightcol", "Ketua KKG Gugus II,"), ("sig", True), ("rightcol", name),
    ]
    page = render_scan(blocks, 4303, dpi=250, angle=-0.35, paper=(247, 245, 238), noise=2.5, blur=0.45,
                       colour=True, decorate=logo_letterhead, specks=False)[0]
    put("scan/s03.pdf", img_bytes(page, "PDF", 250, quality=72, producer="EPSON Scan", creator="EPSON Scan"))
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Purwosari", date="2026-12-10", signed=True, email=None, phone="081331065527", nik=None)
    complaint("scan/s03.pdf", "scan", f, "kompetensi",
              "image-only colour PDF; letterhead with a coloured round logo and the group's secretariat "
              "address (not the complainant's); date at the top right beside 'Nomor'; training "
              "certificates -> kompetensi although kenaikan pangkat/jabatan are named", ocr=True)


def s04():
    """Bilevel G4 TIFF, the page scanned sideways (rotated 90 degrees); unsigned, no address."""
    name = "Endah Purwaningsih"
    svc = ("Setelah menjalani operasi tulang belakang pada 5 Oktober 2026, saya mengajukan cuti sakit "
           "selama dua bulan dengan surat keterangan dokter dari rumah sakit swasta di Malang. Permohonan "
           "saya ditolak BKPSDM dengan alasan surat keterangan harus dari dokter pemerintah, padahal "
           "peraturan cuti tidak membatasi pada rumah sakit pemerintah saja, dan penolakan itu baru "
           "disampaikan setelah tiga minggu.")
    loss = ("Selama menunggu, saya tercatat tidak masuk tanpa keterangan sehingga TPP bulan Oktober dan "
            "November dipotong, dan saya harus kembali ke rumah sakit untuk meminta surat baru dengan "
            "biaya sendiri.")
    req = ("Saya mohon permohonan cuti sakit saya diproses dengan surat keterangan dokter yang sudah saya "
           "lampirkan dan potongan TPP saya dikembalikan.")
    blocks = [
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", "Saya, " + name + ", perawat pada UPT Puskesmas Purwodadi, nomor HP 0831 2957 4406, "
              "menyampaikan pengaduan mengenai permohonan cuti sakit saya."), ("gap", 0.4),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Atas perhatian Bapak/Ibu, saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Purwodadi, 16 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", False),
        ("rightcol", name),
    ]
    page = render_scan(blocks, 4404, dpi=200, angle=0.4, paper=246, noise=5.0, blur=0.5, specks=True)[0]
    side = page.transpose(Image.Transpose.ROTATE_90)
    bw = side.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
    buf = io.BytesIO()
    bw.save(buf, "TIFF", compression="group4", dpi=(200, 200))
    put("scan/s04.tif", buf.getvalue())
    f = dict(name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
             place="Purwodadi", date="2026-12-16", signed=False, email=None, phone="083129574406", nik=None)
    complaint("scan/s04.tif", "scan", f, "kinerja",
              "bilevel CCITT G4 TIFF, page rotated 90 degrees (fed sideways); printed name, no signature; "
              "no address; sick leave (cuti sakit) -> kinerja", ocr=True)


def s05():
    """Colour JPG scan: scribble signature and a round school stamp partly over the name."""
    name = "Abdul Mukti, S.Pd."
    addr = "Jl. Diponegoro Gg. II No. 14 RT 03 RW 01, Desa Sumbersuko, Kecamatan Purwosari"
    svc = ("Pada tanggal 8 Desember 2026 saya menyerahkan berkas usul kenaikan pangkat empat orang guru di "
           "sekolah kami ke BKPSDM. Seorang petugas yang mengaku dari bidang mutasi meminta \"uang "
           "koordinasi\" Rp 300.000 per berkas agar usulan diproses periode April 2027, dan menyatakan "
           "berkas tanpa uang koordinasi akan \"diantre belakang\".")
    loss = ("Para guru merasa tertekan dan dua di antaranya sudah terpaksa menitipkan uang sebesar "
            "Rp 600.000 melalui saya, yang kemudian saya serahkan kepada petugas tersebut tanpa tanda "
            "terima.")
    req = ("Kami mohon pimpinan BKPSDM menindak tegas petugas tersebut, mengembalikan uang yang sudah "
           "diserahkan, dan memastikan usulan kenaikan pangkat keempat guru tetap diproses tanpa pungutan.")
    blocks = [
        ("p", "Kepada"), ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Perihal : Laporan permintaan uang oleh oknum petugas"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        *kv_identity([("Nama", name), ("Jabatan", "Kepala SDN Sumbersuko 1 Kec. Purwosari"),
                      ("Alamat", addr), ("No. HP", "0852 3390 1174")]),
        ("gap", 0.4),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.4),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian laporan ini kami sampaikan dengan sebenarnya."), ("gap", 1),
        ("rightcol", "Purwosari, 16 Desember 2026"), ("rightcol", "Kepala Sekolah,"), ("sig", True),
        ("rightcol", name), ("rightcol", "NIP. 19720815 199803 1 007"),
    ]
    stamp = dict(ring="SD NEGERI SUMBERSUKO 1 * KEC. PURWOSARI * ", mid="PASURUAN",
                 colour=(92, 58, 168), offset=(-0.18, 0.26))
    page = render_scan(blocks, 4505, dpi=200, angle=-0.5, paper=(246, 244, 236), noise=3.0, blur=0.45,
                       colour=True, stamp=stamp, specks=False)[0]
    put("scan/s05.jpg", img_bytes(page, "JPEG", 200, quality=78))
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Purwosari", date="2026-12-16", signed=True, email=None, phone="085233901174", nik=None)
    complaint("scan/s05.jpg", "scan", f, "sekretariat",
              "colour JPG scan, scribble signature and a purple round school stamp partly over the printed "
              "name; NIP under the name; money demanded by an officer for kenaikan pangkat files -> "
              "sekretariat (illegal fee), not mutasi", ocr=True)


# ================================================================= auto_reply
def a01():
    """Gmail vacation responder: Auto-Submitted: auto-replied, the original's subject."""
    d = hdate(2026, 12, 8, 14, 2, 11)
    extra = ("Auto-Submitted: auto-replied\n"
             f"In-Reply-To: {msgid('a01-ack', 'pasuruankab.go.id')}\n"
             f"References: {msgid('a01-ack', 'pasuruankab.go.id')}\n")
    body = (
        "Assalamualaikum Wr. Wb.\n\n"
        "Terima kasih atas email Bapak/Ibu. Saya sedang menunaikan ibadah umrah sampai dengan tanggal "
        "20 Desember 2026 dan akses email saya terbatas. Pengaduan saya mengenai SK kenaikan pangkat "
        "mohon tetap diproses; bila ada kekurangan berkas, silakan hubungi adik saya di nomor "
        "0812 7731 0459.\n\n"
        "Wassalamu'alaikum Wr. Wb.\n\n"
        "Hormat saya,\n"
        "Teguh Santoso\n")
    put("auto_reply/a01.eml", plain_mail("a01", d, "Teguh Santoso <teguh.santoso@example.com>",
                                         "Tanda Terima Pengaduan PGD-2026-0588", "example.com",
                                         wrap_all(body, 72), extra=extra, ip="198.51.100.25"))
    unscored("auto_reply/a01.eml", "auto_reply",
             "Gmail vacation responder: Auto-Submitted: auto-replied, the subject is the original's "
             "(no 'Re:'/'Out of office'), body looks like a signed letter", auto_reply=True)


def a02():
    """Indonesian 'Balasan otomatis:' with X-Autoreply: yes, no Auto-Submitted."""
    d = hdate(2026, 12, 9, 9, 15, 40)
    extra = ("X-Autoreply: yes\n"
             f"In-Reply-To: {msgid('a02-req', 'pasuruankab.go.id')}\n")
    body = (
        "Yth. Bapak/Ibu,\n\n"
        "Ini adalah balasan otomatis. Saya sedang menjalani cuti melahirkan sampai dengan 31 Januari "
        "2027. Email Anda akan saya baca setelah saya kembali bertugas. Untuk urusan kepegawaian "
        "sekolah selama saya cuti silakan menghubungi Bapak Kepala Sekolah.\n\n"
        "Salam,\n"
        "Novi Andriani\n"
        "Operator Sekolah SDN Kejapanan 1\n")
    put("auto_reply/a02.eml", plain_mail("a02", d, "Novi Andriani <novi.andriani@sekolah.example.org>",
                                         "Balasan otomatis: Permintaan kelengkapan berkas pengaduan PGD-2026-0590",
                                         "sekolah.example.org", body, extra=extra, ip="192.0.2.48"))
    unscored("auto_reply/a02.eml", "auto_reply",
             "Indonesian 'Balasan otomatis:' subject with X-Autoreply: yes, no Auto-Submitted header",
             auto_reply=True)


def a03():
    """Postfix DSN (multipart/report) for the agency's request-for-missing-items mail,
    which quotes the citizen's full complaint."""
    d = hdate(2026, 12, 10, 11, 48, 3)
    orig_d = hdate(2026, 12, 10, 11, 47, 58)
    complaint_text = (
        "> Dengan hormat,\n"
        "> Saya Wahyu Nugroho, guru SMPN 1 Gondangwetan, alamat Dusun Krajan RT 01 RW 02\n"
        "> Desa Gondangwetan, HP 0857 4410 2293. Usulan kenaikan pangkat saya periode\n"
        "> Oktober 2026 belum diproses padahal berkas sudah lengkap sejak Juli. Akibatnya\n"
        "> gaji saya belum naik. Mohon usulan saya segera diproses.\n"
        ">\n"
        "> Hormat saya,\n"
        "> Wahyu Nugroho\n")
    inner = (
        f"Date: {orig_d}\n"
        "From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>\n"
        "To: Wahyu Nugroho <wahyu.nugroho@example.net>\n"
        "Subject: Permintaan kelengkapan pengaduan PGD-2026-0602\n"
        f"Message-ID: {msgid('a03-req', 'pasuruankab.go.id')}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n\n"
        "Yth. Bapak Wahyu Nugroho,\n\n"
        "Pengaduan Bapak telah kami terima dengan nomor PGD-2026-0602. Agar dapat kami proses,\n"
        "mohon dilengkapi: tempat dan tanggal surat.\n\n"
        "Isi pengaduan yang kami terima:\n\n" + complaint_text + "\n"
        "Hormat kami,\n"
        "Tim Pengaduan BKPSDM Kabupaten Pasuruan\n")
    bnd = "5D7A1C2E40.1781066883/mx1.pasuruankab.go.id"
    qid = "5D7A1C2E40"
    h = (f"Date: {d}\n"
         "From: MAILER-DAEMON@mx1.pasuruankab.go.id (Mail Delivery System)\n"
         "To: pengaduan.bkpsdm@pasuruankab.go.id\n"
         "Subject: Undelivered Mail Returned to Sender\n"
         f"Message-Id: <20261210044803.{qid}@mx1.pasuruankab.go.id>\n"
         "Auto-Submitted: auto-replied\n"
         "MIME-Version: 1.0\n"
         "Content-Type: multipart/report; report-type=delivery-status;\n"
         f'\tboundary="{bnd}"\n'
         "Content-Transfer-Encoding: 8bit\n\n"
         "This is a MIME-encapsulated message.\n\n")
    notice = (
        "Content-Description: Notification\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "This is the mail system at host mx1.pasuruankab.go.id.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<wahyu.nugroho@example.net>: host mx.example.net[198.51.100.7] said: 552 5.2.2\n"
        "    Mailbox full: quota exceeded (in reply to RCPT TO command)\n")
    status = (
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.pasuruankab.go.id\n"
        f"X-Postfix-Queue-ID: {qid}\n"
        "X-Postfix-Sender: rfc822; pengaduan.bkpsdm@pasuruankab.go.id\n"
        f"Arrival-Date: {orig_d}\n\n"
        "Final-Recipient: rfc822; wahyu.nugroho@example.net\n"
        "Original-Recipient: rfc822;wahyu.nugroho@example.net\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Remote-MTA: dns; mx.example.net\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded\n")
    returned = (
        "Content-Description: Undelivered Message\n"
        "Content-Type: message/rfc822\n"
        "Content-Transfer-Encoding: 8bit\n\n" + inner)
    body = f"--{bnd}\n{notice}\n--{bnd}\n{status}\n--{bnd}\n{returned}\n--{bnd}--\n"
    put("auto_reply/a03.eml", (h + body).encode("utf-8"))
    unscored("auto_reply/a03.eml", "auto_reply",
             "Postfix DSN (multipart/report; report-type=delivery-status, 552 mailbox full) returning the "
             "agency's own request-for-missing-items mail, which quotes a whole complaint with a name, "
             "address, phone and closing", auto_reply=True)


def a04():
    """A noreply notification from an e-government app: Precedence: bulk, no List-Id."""
    d = hdate(2026, 12, 11, 7, 0, 4)
    extra = "Precedence: bulk\nX-Mailer: SP4N-LAPOR Notifier 3.2\n"
    text = (
        "Yth. Admin Instansi BKPSDM Kabupaten Pasuruan,\n\n"
        "Laporan berikut telah diberi penilaian oleh pelapor:\n\n"
        "Nomor tracking : 6120457\n"
        "Judul          : SK kenaikan pangkat belum terbit\n"
        "Isi laporan    : Saya sudah mengusulkan kenaikan pangkat sejak April 2026 namun SK belum\n"
        "                 terbit. Mohon segera diproses.\n"
        "Status         : Selesai\n"
        "Penilaian      : 4 dari 5\n\n"
        "Silakan masuk ke dasbor instansi untuk melihat rincian.\n\n"
        "Email ini dikirim otomatis oleh sistem, mohon tidak membalas email ini.\n\n"
        "Salam,\nTim SP4N-LAPOR!\n")
    html = ("<html><body><p>Yth. Admin Instansi BKPSDM Kabupaten Pasuruan,</p>"
            "<p>Laporan berikut telah diberi penilaian oleh pelapor:</p><table>"
            "<tr><td>Nomor tracking</td><td>6120457</td></tr>"
            "<tr><td>Judul</td><td>SK kenaikan pangkat belum terbit</td></tr>"
            "<tr><td>Isi laporan</td><td>Saya sudah mengusulkan kenaikan pangkat sejak April 2026 namun SK "
            "belum terbit. Mohon segera diproses.</td></tr>"
            "<tr><td>Status</td><td>Selesai</td></tr><tr><td>Penilaian</td><td>4 dari 5</td></tr></table>"
            "<p>Silakan masuk ke <a href=\"https://lapor.example.org/instansi\">dasbor instansi</a> untuk "
            "melihat rincian.</p><p><small>Email ini dikirim otomatis oleh sistem, mohon tidak membalas "
            "email ini.</small></p><p>Salam,<br>Tim SP4N-LAPOR!</p></body></html>\n")
    h = headers("a04", d, "SP4N-LAPOR! <noreply@lapor.example.org>",
                "[SP4N-LAPOR!] Laporan #6120457 telah dinilai pelapor", "lapor.example.org",
                ip="203.0.113.250", extra=extra)
    body = multipart("alternative", boundary("a04"), [
        part("text/plain", "utf-8", "quoted-printable", text),
        part("text/html", "utf-8", "quoted-printable", html)])
    put("auto_reply/a04.eml", mail_bytes(h, body))
    unscored("auto_reply/a04.eml", "auto_reply",
             "noreply notification from an e-government app (Precedence: bulk, no List-Id, no "
             "Auto-Submitted), quoting a citizen's report", auto_reply=True)


# ==================================================================== hostile
def h01():
    """A .pdf that is really an HTML error page."""
    html = (
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>Sesi Berakhir - Portal Layanan</title>\n"
        "<style>body{font-family:sans-serif;background:#f4f4f4}.box{margin:80px auto;width:480px;"
        "background:#fff;padding:24px;border-radius:6px}</style>\n</head>\n<body>\n<div class=\"box\">\n"
        "<h1>403 Forbidden</h1>\n<p>Sesi Anda telah berakhir atau tautan unduhan tidak valid. Silakan masuk "
        "kembali untuk mengunduh dokumen <b>Surat_Pengaduan.pdf</b>.</p>\n"
        "<p><a href=\"https://portal.example.org/login\">Masuk kembali</a></p>\n"
        "</div>\n</body>\n</html>\n")
    put("hostile/h01.pdf", html.encode("utf-8"))
    unscored("hostile/h01.pdf", "hostile_error",
             "a .pdf that is really an HTML error page ('<!DOCTYPE html>...403 Forbidden'): must exit 3",
             expect_exit=3)


def h02():
    """300 small inline image parts before the real text part (scored)."""
    addr = "Jl. Pattimura No. 5 RT 02 RW 01, Kelurahan Gentong, Kecamatan Gadingrejo, Kota Pasuruan"
    svc = ("Setiap kali saya datang ke kantor BKPSDM, ada juru parkir tanpa seragam dan tanpa karcis yang "
           "memungut Rp 5.000 untuk sepeda motor di halaman kantor, padahal halaman itu milik pemerintah "
           "dan ada tulisan \"parkir gratis\". Toilet tamu di ruang tunggu juga selalu terkunci sehingga "
           "pengunjung harus menumpang ke masjid di seberang jalan.")
    loss = ("Saya sudah empat kali membayar parkir liar tersebut, dan ibu saya yang sudah lanjut usia "
            "kesulitan karena tidak ada toilet yang bisa dipakai.")
    req = ("Mohon parkir liar di halaman kantor ditertibkan dan toilet tamu dibuka selama jam layanan.")
    name = "Fransiska Meilani"
    text = (
        "Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,\n\n"
        "Saya " + name + ", tinggal di " + addr + ", HP 0821 3980 6652, ingin menyampaikan keluhan "
        "tentang fasilitas kantor.\n\n" + svc + "\n\n" + loss + "\n\n" + req + "\n\n"
        "Pasuruan, 11 Desember 2026\n\n"
        "Salam,\n" + name + "\n")
    parts = []
    for i in range(300):
        im = Image.new("RGB", (8, 8), ((i * 37) % 256, (i * 91) % 256, (i * 53) % 256))
        png = img_bytes(im, "PNG", 72)
        parts.append(f'Content-Type: image/png;\n\tname="emoji_{i:03d}.png"\n'
                     f'Content-Disposition: inline;\n\tfilename="emoji_{i:03d}.png"\n'
                     f"Content-ID: <emoji{i:03d}@mail.example.com>\n"
                     f"Content-Transfer-Encoding: base64\n\n{b64(png)}")
    parts.append(part("text/plain", "utf-8", "8bit", wrap_all(text, 72)))
    f = dict(name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
             place="Pasuruan", date="2026-12-11", signed=True, email="fransiska.meilani@example.com",
             phone="082139806652", nik=None)
    d = hdate(2026, 12, 11, 17, 33, 8)
    h = headers("h02", d, "Fransiska Meilani <fransiska.meilani@example.com>",
                "Parkir liar dan toilet tamu terkunci", "example.com", ip="198.51.100.141")
    put("hostile/h02.eml", mail_bytes(h, multipart("mixed", boundary("h02"), parts)))
    complaint("hostile/h02.eml", "hostile_ok", f, "sekretariat",
              "300 tiny inline PNG parts (8x8) before the real text/plain part: must finish in time "
              "(no OCR of 300 images) and read the letter; unofficial parking fee + locked toilet -> "
              "sekretariat; complete")


def h03():
    """Content-Transfer-Encoding declared base64 but the body is plain text (scored)."""
    addr = "Dusun Ngemplak RT 03 RW 01, Desa Kedawung Wetan, Kecamatan Grati, Kabupaten Pasuruan"
    svc = ("Permohonan mutasi antar-OPD saya dari Dinas Kesehatan ke RSUD Grati sudah disetujui oleh kedua "
           "kepala OPD sejak bulan Juni 2026 dan berkasnya sudah diterima BKPSDM, tetapi sampai sekarang "
           "SK mutasi belum terbit dan tidak ada penjelasan kapan akan diterbitkan.")
    req = ("Saya mohon SK mutasi saya segera diterbitkan atau saya diberi tahu secara tertulis apa yang "
           "masih kurang.")
    name = "dr. Arif Setyo Nugroho"
    text = (
        "Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan,\n\n"
        "Saya " + name + ", dokter umum pada Dinas Kesehatan Kabupaten Pasuruan,\n"
        "alamat " + addr + ",\n"
        "HP 0811 3522 8107, menyampaikan pengaduan sebagai berikut.\n\n"
        + wrap(svc, 72) + "\n\n" + wrap(req, 72) + "\n\n"
        "Grati, 12 Desember 2026\n\n"
        "Hormat saya,\n" + name + "\n")
    f = dict(name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
             place="Grati", date="2026-12-12", signed=True, email="arif.setyonugroho@example.net",
             phone="081135228107", nik=None)
    d = hdate(2026, 12, 12, 20, 5, 44)
    h = headers("h03", d, "dr. Arif Setyo Nugroho <arif.setyonugroho@example.net>", "Pengaduan SK mutasi antar OPD",
                "example.net", ip="203.0.113.177")
    h += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
    put("hostile/h03.eml", (h + text).encode("utf-8"))
    complaint("hostile/h03.eml", "hostile_ok", f, "mutasi",
              "Content-Transfer-Encoding: base64 declared but the body is plain text (spaces, commas, "
              "periods: not valid base64). Expected: exit 0 and the letter read as the plain text it is "
              "(a lenient base64 decode yields binary garbage); transfer (mutasi) -> mutasi; no loss")


# ==================================================================== README
README = """# Held-out set `heldout20` for `pengaduan extract`

{n} items with ground truth in `truth.jsonl`, written **blind**: from the
specification only (`/work/shared/procedure-id.md`, `/work/shared/DESIGN.md`,
the samples' README and truth format, and `/work/shared/tools/score.py`),
without reading the extractor (`pipeline/`) or any other test set's letters.
Only the rendering machinery (PDF writer, signature scribble, scan renderer,
stamp, phone photo, MIME helpers) was copied from `heldout19`'s generator.

The set leans on **messy e-mail writing**: WhatsApp-style abbreviations with
no punctuation, ALL CAPS with typos, a top-posted reply over the citizen's own
quoted complaint, a forward by the complainant's husband, Madurese-flavoured
Indonesian, English from abroad, a dotted-leader identity table, Islamic
greetings as the closing, a question as the request, a `-- ` signature block
with a disclaimer, and more MIME, attachment and scan variants.

All people, addresses, NIKs, phone numbers and e-mail addresses are invented;
mail addresses use `example.*` domains; the agency is
`pengaduan.bkpsdm@pasuruankab.go.id`.

Regenerate (deterministic, byte-identical on every run):

    .venv/bin/python tests/extract/heldout20/make_heldout20.py

Score:

    python3 /work/shared/tools/score.py --set tests/extract/heldout20 --cmd ".venv/bin/pengaduan extract" -v

## Categories

| folder | category | n | what |
|---|---|---|---|
{cat_rows}

Divisions of the {nc} scored complaints: {div_counts}.
Complete letters: {n_complete}; incomplete: {n_incomplete} (missing 1, 2 or several fields).

## Truth conventions

As in `/work/shared/samples/README.md`:

- Free-text fields (`address`, `service_description`, `loss`,
  `requested_resolution`) are the exact passage from the letter without its
  label; lines wrapped by the mail client (or by `> ` quoting, or by
  format=flowed) are joined with one space. ALL CAPS and lower-case letters
  keep their case (the scorer compares case-folded tokens).
- `name` is the name as written in the letter, titles included
  (`SUPRIYADI, S.PD`, `andik setiawan`, `Drs. H. Sutrisno, M.Pd.`).
- `place` is the place of the place/date line, not an address and not the
  place of a letterhead.
- `date` is the letter's date (`12 NOPEMBER 2026`, `24-11-2026`,
  `Senin, 7 Desember 2026`); for an e-mail whose letter has no date, the
  date of the `Date:` header in the sender's own offset (p01 is sent at
  05:12 +0700, which is the previous day in UTC; truth is the local date).
- `signed`: for an e-mail letter, a closing followed by the sender's name
  (`trims` / `Sakalangkong` / `Wassalamu'alaikum Wr. Wb.` / `Kind regards,`
  then the name all count; `Hormat saya,` followed by a `-- ` signature
  block whose first line is the name counts too). `Terima kasih.` followed
  only by "Dikirim dari iPhone saya" is not signed. For PDFs, DOCX and
  scans: a handwritten-looking signature (vector, raster or picture) above
  the printed name; a printed name alone is not signed. For an e-mail with an
  attached letter, the attached letter decides.
- `email`: for e-mail items, the `From:` address (in p04, the husband's
  address, because he sent the mail); for files, an address written in the
  letter (none here).
- `phone`: digits with a leading 0 (`+62 812 ...` -> `0812...`); the
  complainant's mobile, not an office landline in a signature.
- `nik`: only a 16-digit NIK; an 18-digit NIP is not a NIK.
- `missing` lists the absent required keys in the order name, address,
  service_description, loss, requested_resolution, place, date, signed;
  `complete` is true exactly when it is empty.
- `division`: routing per `procedure-id.md`. Staff conduct, illegal fees
  (including an unofficial parking fee) and the counter or facilities go to
  `sekretariat` even when a service of another division is named (p07, p11,
  m01, d05, s05, h02). Otherwise the topic decides, not a keyword that
  appears in passing (p02 Satyalancana -> kinerja although "kenaikan
  pangkat" appears; p08/m03 degree recognition -> kompetensi; p10 Latsar
  certificate -> kompetensi although CPNS appears; p12 functional position
  -> mutasi although "uji kompetensi" appears; m06 leadership training ->
  kompetensi although "jabatan" appears).
- `ocr` is true for the scans only.
- Auto-replies and the unreadable file have `fields`, `missing`, `complete`
  and `division` null; only `expect_exit` and `auto_reply` count.

### Decisions on the special items

- **p03, top-posted reply.** The file holds a new note ("Ini data yang
  kurang pak: alamat saya ...") above the citizen's *own* earlier complaint,
  quoted with `> `. The scorer scores one file, and the whole file is the
  complainant's own words, so truth is the union: the address from the new
  note, everything else from the quoted letter. `date` is the quoted
  letter's place/date line (17 November), not the reply's `Date:` header
  (19 November), because the letter has a date. The quoted attribution line
  ("Pada tanggal Sel, 17 Nov 2026 ... menulis:") is not a place/date line.
- **p04, forwarded by the husband.** The complainant is the wife whose letter
  is forwarded; `name`, `address`, `phone` are hers; `email` is the `From:`
  address (the husband's), per the rule for e-mail items. His note ends with
  "Terima kasih / Hariyanto"; her letter is signed in any case.
- **p13, signature block.** The name appears only in the `-- ` block under
  "Hormat saya,"; that is the name and the letter is signed. The job title,
  the e-mail line and the DISCLAIMER are not part of any field.
- **h02, 300 inline parts.** 300 tiny (8x8) inline PNG parts come before the
  real text/plain part. Expected: exit 0 within the time limit, the letter
  read from the text part; OCR-ing the images is neither needed nor harmful
  for the fields, but must not blow the 60 s limit.
- **h03, false base64.** The part declares `Content-Transfer-Encoding:
  base64` but the body is ordinary text (with spaces, commas and periods,
  so it is not valid base64). Expected: exit 0, and an extractor that notices
  the body is not base64 reads it as the plain text it is; truth is that
  letter (a lenient base64 decode yields binary garbage and loses the fields
  except those from the headers).
- **a03, bounce.** The returned message is the agency's own request for
  missing items, which quotes a full complaint with a name, address, phone
  and closing. It is still an auto-reply.
- **a04, e-government notification.** `Precedence: bulk` with no `List-Id`
  and no `Auto-Submitted`, from a `noreply@` address, quoting a citizen's
  report: bulk mail, so `auto_reply: true`.

## Items

| file | category | division | missing | what is special |
|---|---|---|---|---|
{item_rows}

## Written blind

This set was written from the specification alone. Its author did not read
the extractor's code under `pipeline/`, did not run `pengaduan extract` or the
scorer on these items, and did not read the letters of any other test set.
The truth was fixed before any run.
"""

CATS = [
    ("email_plain/", "email_plain", "plain-text e-mails with the letter in the body: WhatsApp-style, ALL CAPS, "
     "top-posted reply, forward, Madurese-flavoured, public applicant, anonymous, dotted leaders, English, "
     "Islamic greetings, date only in the header, question as the request, `-- ` signature block"),
    ("email_mime/", "email_mime", "mobile HTML with `<div dir=auto>`; Outlook/Word HTML with MsoNormal and a "
     "signature table (multipart/related); multipart/alternative with QP iso-8859-1; base64 windows-1252 "
     "HTML; RFC 2047 Q subject split over two encoded words; format=flowed delsp=yes"),
    ("email_pdf/", "email_pdf", "cover note + attached letter: PDF with a ruled identity table, DOCX with a "
     "table and an inline signature picture, PDF with a raster signature, unsigned PDF, PDF with place and "
     "date after the name"),
    ("scan/", "scan", "clean 300 dpi PNG, 200 dpi JPG phone photo with perspective, colour image-only PDF "
     "with a letterhead logo, bilevel G4 TIFF rotated 90 degrees, colour JPG with a stamp over the name "
     "(`ocr: true`)"),
    ("auto_reply/", "auto_reply", "Gmail vacation reply, 'Balasan otomatis' with X-Autoreply, Postfix DSN "
     "returning a mail that quotes a complaint, noreply e-government notification with Precedence: bulk"),
    ("hostile/", "hostile_error", "a `.pdf` that is an HTML error page: exit 3"),
    ("hostile/", "hostile_ok", "300 inline image parts before the text part; base64 declared on a plain-text "
     "body (both scored as complaints)"),
]

ITEMS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13,
         m01, m02, m03, m04, m05, m06,
         d01, d02, d03, d04, d05,
         s01, s02, s03, s04, s05,
         a01, a02, a03, a04,
         h01, h02, h03]


def readme():
    from collections import Counter
    cat_rows = []
    for folder, cat, what in CATS:
        n = sum(1 for t in TRUTH if t["category"] == cat)
        cat_rows.append(f"| `{folder}` | `{cat}` | {n} | {what} |")
    comp = [t for t in TRUTH if t["fields"]]
    dc = Counter(t["division"] for t in comp)
    div_counts = ", ".join(f"`{k}` {dc[k]}" for k in ["sekretariat", "pengadaan", "mutasi", "kompetensi",
                                                       "kinerja"])
    item_rows = []
    for t in TRUTH:
        miss = "n/a" if t["missing"] is None else (", ".join(t["missing"]) or "none")
        div = t["division"] or "-"
        note = t["note"].replace("|", "/")
        item_rows.append(f"| `{t['file']}` | {t['category']} | {div} | {miss} | {note} |")
    return README.format(n=len(TRUTH), cat_rows="\n".join(cat_rows), nc=len(comp), div_counts=div_counts,
                         n_complete=sum(1 for t in comp if t["complete"]),
                         n_incomplete=sum(1 for t in comp if not t["complete"]),
                         item_rows="\n".join(item_rows))


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
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(FILES)} files and {len(TRUTH)} truth lines to {HERE}")


if __name__ == "__main__":
    main()
