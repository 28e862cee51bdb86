#!/usr/bin/env python3
"""Generate the blind held-out set `heldout22` for `pengaduan extract`.

Theme: the inbox after the agency published its complaint e-mail address on
social media.  Forwarded mails (a village head, a school principal, a
kecamatan officer, a dinas staff member forwarding a citizen's complaint in
Gmail, Outlook, Apple Mail and forward-as-attachment styles), replies that
quote an earlier mail and complete or repeat the complaint, a child or a
spouse writing for a retired or deceased civil servant, letters attached as
PDF or DOCX with a short covering mail (some with a KTP photo and a
supporting document), long mobile signatures, legal disclaimers and
"Sent from my iPhone" footers, mixed Indonesian-English letters, a complaint
meant for another agency, scans (typed and handwritten-looking), two
auto-replies that are not obvious and two hostile items.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and score.py), without looking at the
extractor or at other test sets' letters.  The rendering machinery (PDF
writer, signature scribble, scan renderer, phone-photo warp, MIME helpers,
DOCX re-zipper) is copied from heldout21's generator; every letter, person
and address here is new.

Run from the repository root:
    .venv/bin/python tests/extract/heldout22/make_heldout22.py

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
    h = hashlib.sha1(("heldout22-" + tag).encode()).hexdigest()[:20]
    return f"<{h}@{domain}>"


def boundary(tag, n=0):
    return "0000000000" + hashlib.sha1(f"heldout22-b-{tag}-{n}".encode()).hexdigest()[:18]


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
    qid = hashlib.sha1(("h22" + tag).encode()).hexdigest()[:10].upper()
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




# ================================================================ heldout22
HAND = font_path("LiberationSans-Italic.ttf")
HAND_B = font_path("LiberationSans-BoldItalic.ttf")


def qline(s):
    """Quote an already-wrapped multi-line text with '> ' (mail-client style)."""
    return "\n".join(("> " + ln) if ln else ">" for ln in s.rstrip("\n").split("\n"))


def mixed(tag, date, frm, subject, domain, parts, ip="192.0.2.10", extra=""):
    """A multipart/mixed mail: parts are already-rendered MIME parts."""
    h = headers(tag, date, frm, subject, domain, ip=ip, extra=extra)
    return (h + multipart("mixed", boundary(tag), parts)).encode("utf-8")


def ktp_jpeg(seed, nik, name, ttl, alamat, rtrw, desa, kec, sex, job="PEGAWAI NEGERI SIPIL"):
    """A small phone photo of an (invented) KTP card, as a JPEG."""
    rng = random.Random(seed)
    W, H = 640, 404
    card = Image.new("RGB", (W, H), (196, 222, 236))
    a = np.asarray(card).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a[..., 0] += 18 * np.sin(xx / 37.0) * np.cos(yy / 23.0)
    a[..., 1] += 10 * np.sin((xx + yy) / 29.0)
    card = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    dr = ImageDraw.Draw(card)
    fb = ImageFont.truetype(SANS_B, 19)
    fn = ImageFont.truetype(SANS_B, 22)
    f = ImageFont.truetype(SANS, 14)
    dr.text((W / 2, 22), "PROVINSI JAWA TIMUR", font=fb, fill=(10, 10, 10), anchor="mm")
    dr.text((W / 2, 45), "KABUPATEN PASURUAN", font=fb, fill=(10, 10, 10), anchor="mm")
    dr.text((24, 82), "NIK", font=fn, fill=(10, 10, 10), anchor="ls")
    dr.text((118, 82), ": " + nik, font=fn, fill=(10, 10, 10), anchor="ls")
    rows = [("Nama", name), ("Tempat/Tgl Lahir", ttl), ("Jenis Kelamin", sex), ("Alamat", alamat),
            ("   RT/RW", rtrw), ("   Kel/Desa", desa), ("   Kecamatan", kec), ("Agama", "ISLAM"),
            ("Status Perkawinan", "KAWIN"), ("Pekerjaan", job), ("Kewarganegaraan", "WNI"),
            ("Berlaku Hingga", "SEUMUR HIDUP")]
    y = 110
    for k, v in rows:
        dr.text((24, y), k, font=f, fill=(15, 15, 15), anchor="ls")
        dr.text((150, y), ": " + v, font=f, fill=(15, 15, 15), anchor="ls")
        y += 21
    dr.rectangle((478, 70, 610, 240), fill=(200, 40, 40))
    dr.ellipse((512, 92, 576, 160), fill=(225, 190, 160))
    dr.rectangle((500, 165, 590, 240), fill=(40, 40, 70))
    dr.text((544, 262), "PASURUAN", font=f, fill=(15, 15, 15), anchor="mm")
    dr.text((544, 280), "12-05-2018", font=f, fill=(15, 15, 15), anchor="mm")
    start, segs = sig_curve(rng, 110, 40)
    pts = [(492 + px, 335 - py) for px, py in bezier_points(start, segs)]
    dr.line(pts, fill=(20, 20, 60), width=2)
    # the photo: card on a table, slightly rotated, soft focus
    bg = Image.new("RGB", (760, 520), (92, 74, 60))
    rot = card.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 60))
    bg.paste(rot, ((760 - rot.width) // 2, (520 - rot.height) // 2))
    b = np.asarray(bg).astype(np.float32)
    b += np.random.default_rng(seed).normal(0, 4.0, b.shape).astype(np.float32)
    bg = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
    return img_bytes(bg, "JPEG", 96, quality=72)


def render_hand(blocks, seed, dpi=200, angle=0.0, noise=5.0, blur=0.6, size_pt=13.0,
                ink=(25, 40, 125), paper=(249, 248, 240), rule=(172, 200, 226), grey=True):
    """A handwritten-looking letter on ruled paper: an italic face drawn word by
    word with a small tilt and baseline wobble, a scribbled signature."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    size = size_pt * dpi / 72.0
    M = 0.95 * dpi
    f = ImageFont.truetype(HAND, int(round(size)))

    def meas(s):
        return f.getlength(s) * 1.06

    ops = layout(blocks, W, M, size, meas, meas, label_w=meas("No. HP    "))
    lead = size * 1.38
    y0 = M + size
    im = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(im)
    y = y0 + 0.22 * size
    while y < H - 0.45 * dpi:
        dr.line([(0.3 * dpi, y), (W - 0.3 * dpi, y)], fill=rule, width=max(1, dpi // 110))
        y += lead
    dr.line([(0.78 * dpi, 0), (0.78 * dpi, H)], fill=(226, 160, 160), width=max(1, dpi // 90))
    for op in ops:
        if op[0] == "t":
            _, x, yb, text, _bold, _sc = op
            yb = y0 + round((yb - y0) / lead) * lead
            assert yb < H - 0.6 * dpi, "page overflow"
            cx = x
            for word in text.split(" "):
                if not word:
                    cx += meas(" ")
                    continue
                gw, gh = int(f.getlength(word) + size), int(size * 2.0)
                g = Image.new("L", (gw, gh), 0)
                ImageDraw.Draw(g).text((size * 0.4, size * 1.4), word, font=f, fill=255, anchor="ls")
                g = g.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC)
                dy = rng.uniform(-0.05, 0.05) * size
                im.paste(ink, (int(cx - size * 0.4), int(yb - size * 1.4 + dy)), g)
                cx += meas(word + " ") * rng.uniform(0.99, 1.05)
        elif op[0] == "sig":
            _, x, yb, smode = op
            bw, bh = 1.6 * dpi, 0.5 * dpi
            bottom = yb + lead * 2.2
            start, segs = sig_curve(rng, bw, bh)
            pts = [(x + px, bottom - py) for px, py in bezier_points(start, segs)]
            dr.line(pts, fill=ink, width=max(2, int(dpi / 70)), joint="curve")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    if grey:
        im = im.convert("L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a += nrng.normal(0.0, noise, a.shape).astype(np.float32)
    sp = nrng.integers(0, [H, W], size=(int(W * H / 12000), 2))
    for (yy, xx) in sp:
        a[yy:yy + 2, xx:xx + 2] = 80
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L" if grey else "RGB")


def docx_letter(items, png=None, stamp=dt.datetime(2026, 12, 10, 7, 30, 0)):
    """A DOCX letter.  items: ("p", text[, align[, indent_cm[, after]]]) | ("sig",) | ("tbl", rows)."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    AL = {"l": None, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "r": WD_ALIGN_PARAGRAPH.RIGHT,
          "c": WD_ALIGN_PARAGRAPH.CENTER}

    def build(doc):
        st = doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(11)
        for sec in doc.sections:
            sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
            sec.left_margin = sec.right_margin = Cm(2.5)
            sec.top_margin = sec.bottom_margin = Cm(2.0)
        for it in items:
            if it[0] == "p":
                text = it[1]
                al = it[2] if len(it) > 2 else "l"
                ind = it[3] if len(it) > 3 else None
                after = it[4] if len(it) > 4 else 6
                p = doc.add_paragraph(text)
                if AL[al] is not None:
                    p.alignment = AL[al]
                if ind:
                    p.paragraph_format.left_indent = Cm(ind)
                p.paragraph_format.space_after = Pt(after)
            elif it[0] == "sig":
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(10.0)
                p.paragraph_format.space_after = Pt(0)
                if png is not None:
                    p.add_run().add_picture(io.BytesIO(png), width=Cm(3.8))
                else:
                    p.add_run("")
                    for _ in range(3):
                        doc.add_paragraph().paragraph_format.left_indent = Cm(10.0)
            elif it[0] == "tbl":
                rows = it[1]
                tb = doc.add_table(rows=len(rows), cols=2)
                for i, (k, v) in enumerate(rows):
                    tb.cell(i, 0).text = k
                    tb.cell(i, 1).text = ": " + v
                    tb.cell(i, 0).width = Cm(3.2)
                    tb.cell(i, 1).width = Cm(12.8)
                doc.add_paragraph().paragraph_format.space_after = Pt(0)
            else:
                raise ValueError(it[0])

    return docx_bytes(build, stamp)


def docx_text(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append(it[1])
        elif it[0] == "tbl":
            out += [f"{k} : {v}" for k, v in it[1]]
    return "\n".join(out)


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ================================================================ email_plain
def p01():
    """Gmail forward by a village head; the complainant is the original writer."""
    rel = "email_plain/p01.eml"
    name = "Sutrisno"
    addr = "Dusun Krajan RT 02 RW 01, Desa Wonosari, Kecamatan Gondangwetan, Kabupaten Pasuruan"
    svc = ("Saya pensiun terhitung mulai 1 Desember 2026 sebagai guru SDN Wonosari 2. Pangkat terakhir saya "
           "Pembina golongan IV/a sejak 1 April 2022, tetapi dalam SK pensiun yang saya terima tanggal 27 November "
           "2026 tertulis golongan III/d, sehingga dasar perhitungan pensiun saya ikut salah.")
    loss = ("Dengan golongan III/d pensiun pokok saya dihitung lebih rendah sekitar Rp 312.000 per bulan "
            "dibandingkan seharusnya, dan PT Taspen belum mau memproses pembayaran sebelum ada ralat SK.")
    req = ("Saya mohon BKPSDM segera menerbitkan ralat SK pensiun dengan golongan IV/a dan mengirimkan salinannya "
           "ke PT Taspen agar pensiun saya dibayar sesuai hak saya.")
    original = D(f"""
        Kepada Yth.
        Kepala BKPSDM Kabupaten Pasuruan
        di Bangil

        Dengan hormat,
        Saya yang bertanda tangan di bawah ini:

        Nama    : {name}
        NIP     : 19621104 198503 1 009
        Alamat  : {addr}
        No. HP  : 0813-3455-0921

        menyampaikan pengaduan sebagai berikut.

        {svc}

        {loss}

        {req}

        Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih.

        Wonosari, 7 Desember 2026
        Hormat saya,
        {name}
        """)
    note = D("""
        Yth. Admin Pengaduan BKPSDM Kabupaten Pasuruan,

        Menindaklanjuti unggahan BKPSDM di Instagram dan Facebook tentang alamat email pengaduan, bersama ini kami teruskan pengaduan salah satu warga kami, Bapak Sutrisno, pensiunan guru SD. Beliau belum terbiasa menggunakan email sehingga meminta bantuan perangkat desa untuk meneruskannya.

        Atas perhatian dan kerja samanya kami sampaikan terima kasih.

        Hormat kami,
        H. Abdul Rochim
        Kepala Desa Wonosari
        Kecamatan Gondangwetan, Kabupaten Pasuruan
        Telp. (0343) 5614 207
        """)
    fwd = D("""
        ---------- Forwarded message ---------
        Dari: Sutrisno <sutrisno.pensiunan@example.com>
        Date: Sen, 7 Des 2026 pukul 19.42
        Subject: Pengaduan SK Pensiun salah golongan
        To: <pemdes.wonosari@example.org>
        """)
    body = note + "\n" + fwd + "\n\n" + original
    d = hdate(2026, 12, 8, 9, 14, 5)
    put(rel, plain_mail("p01", d, "Pemerintah Desa Wonosari <pemdes.wonosari@example.org>",
                        "Fwd: Pengaduan SK Pensiun salah golongan", "example.org", body, ip="192.0.2.41"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Wonosari", date="2026-12-07", signed=True, email="pemdes.wonosari@example.org",
        phone="081334550921", nik=None), "pengadaan",
        "FORWARD (Gmail, Indonesian 'Dari:'): a village head forwards a retired teacher's complete letter; "
        "complainant = the original writer (Sutrisno), not the village head who signs the note; phone from the "
        "letter, not the village office; email = From: (the village); 18-digit NIP is not a NIK; pension SK -> "
        "pengadaan")


def p02():
    """Outlook plain-text forward by a school principal; no home address."""
    rel = "email_plain/p02.eml"
    name = "Ani Susanti, S.Pd."
    svc = ("Saya diangkat sebagai CPNS formasi tahun 2024 dengan TMT 1 Maret 2025. Sesuai ketentuan, Pelatihan "
           "Dasar (Latsar) CPNS wajib diikuti dalam masa percobaan, tetapi sampai hari ini nama saya belum pernah "
           "dimasukkan dalam jadwal angkatan Latsar mana pun, sedangkan rekan-rekan CPNS yang diangkat bersama "
           "saya sudah mengikuti Latsar angkatan IV dan V pada tahun 2025.")
    loss = ("Karena belum mengikuti Latsar, saya tidak dapat diangkat menjadi PNS dan masih menerima gaji 80% "
            "sebagai CPNS, padahal masa percobaan saya seharusnya berakhir pada 1 Maret 2026.")
    req = ("Saya mohon BKPSDM memasukkan saya ke angkatan Latsar terdekat dan memberikan surat keterangan tertulis "
           "bahwa keterlambatan Latsar ini bukan karena kesalahan saya.")
    original = D(f"""
        Yth. Bapak Kepala Sekolah,
        mohon bantuan Bapak untuk meneruskan pengaduan saya ke BKPSDM, karena email saya ke alamat yang diumumkan di Instagram selalu kembali.

        Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

        Dengan hormat,
        Nama    : {name}
        NIP     : 19950612 202503 2 004
        Jabatan : Guru Kelas Ahli Pertama, SDN Kedungringin 2
        No. HP  : 0896-7012-4458

        Uraian pengaduan:
        {svc}

        Kerugian:
        {loss}

        Permintaan penyelesaian:
        {req}

        Beji, 8 Desember 2026

        Hormat saya,
        {name}
        """)
    note = D("""
        Dengan hormat,

        Mohon izin meneruskan email dari guru kami, Ibu Ani Susanti, terkait jadwal Latsar CPNS. Pihak sekolah sudah dua kali menanyakan melalui operator kepegawaian Korwil, namun belum ada kejelasan. Mohon arahan dari BKPSDM.

        Terima kasih.

        Drs. Hadi Purnomo, M.Pd.
        Kepala SDN Kedungringin 2
        Jl. Raya Kedungringin No. 14, Kecamatan Beji, Kabupaten Pasuruan
        Telp. 0343-656123

        ________________________________
        From: Ani Susanti <ani.susanti88@example.net>
        Sent: Wednesday, December 9, 2026 6:48 AM
        To: Kepala SDN Kedungringin 2 <kepsek.sdnkedungringin2@example.org>
        Subject: Pengaduan belum dijadwalkan Latsar CPNS
        """)
    body = note + "\n" + original
    d = hdate(2026, 12, 9, 10, 21, 36)
    put(rel, plain_mail("p02", d, '"Drs. Hadi Purnomo, M.Pd." <kepsek.sdnkedungringin2@example.org>',
                        "FW: Pengaduan belum dijadwalkan Latsar CPNS", "example.org", body, ip="192.0.2.87",
                        extra="Thread-Topic: Pengaduan belum dijadwalkan Latsar CPNS\nX-MS-Has-Attach: \n",
                        crlf=True))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
        place="Beji", date="2026-12-08", signed=True, email="kepsek.sdnkedungringin2@example.org",
        phone="089670124458", nik=None), "kompetensi",
        "FORWARD (Outlook 'From:/Sent:' block, CRLF): a principal forwards a CPNS teacher's letter; NO ADDRESS: "
        "the teacher gives only her school (workplace) and the only street address is the school's in the "
        "principal's signature; letter dated the day before the Sent line; Latsar -> kompetensi")


def p03():
    """iPhone forward ('Begin forwarded message:', '> ' quoted) by a kecamatan officer; no place."""
    rel = "email_plain/p03.eml"
    name = "Yusuf Effendi"
    addr = "Dusun Sumbersari RT 04 RW 02, Desa Martopuro, Kecamatan Purwosari, Kabupaten Pasuruan"
    svc = ("Saya mau melaporkan kejadian waktu saya mengurus Kartu Istri (Karis) di kantor BKPSDM hari Senin, "
           "30 November 2026. Petugas di meja penerimaan berkas bilang prosesnya bisa tiga bulan, tapi kalau mau "
           "selesai seminggu saya diminta \"uang lelah\" Rp 300.000 dan uang itu diterima tanpa kuitansi. Setelah "
           "saya cek di papan informasi dan di Instagram BKPSDM, ternyata pengurusan Karis tidak dipungut biaya "
           "sama sekali.")
    loss = "Uang Rp 300.000 itu sudah saya serahkan, dan sampai hari ini Karis saya juga belum jadi."
    req = ("Saya minta uang tersebut dikembalikan, petugas itu diperiksa dan diberi sanksi, dan Karis saya "
           "diproses sesuai prosedur yang gratis.")
    original = D(f"""
        Assalamualaikum wr. wb.

        Saya {name}, PNS di Puskesmas Purwosari, tinggal di {addr}, No. HP 0857-3390-1164.

        {svc}

        {loss}

        {req}

        Wassalamualaikum wr. wb.
        {name}
        """)
    hdrs = D("""
        From: Yusuf Effendi <yusuf.effendi77@example.com>
        Date: 10 December 2026 at 08.15.22 GMT+7
        To: Rizky Amalia <rizky.amalia@example.net>
        Subject: Pengaduan pungutan pengurusan Karis
        """)
    note = D("""
        Yth. Tim Pengaduan BKPSDM,

        Kami teruskan pengaduan warga yang kemarin datang ke kantor kecamatan dan kami bantu tuliskan lewat email. Mohon ditindaklanjuti sesuai ketentuan.

        Rizky Amalia
        Kasubag Umum dan Kepegawaian
        Kecamatan Purwosari

        Sent from my iPhone

        Begin forwarded message:
        """)
    body = wrap_all(note, 76) + "\n" + qline(hdrs) + "\n>\n" + quote(original, 72) + "\n"
    d = hdate(2026, 12, 10, 10, 2, 47)
    put(rel, plain_mail("p03", d, "Rizky Amalia <rizky.amalia@example.net>",
                        "Fwd: Pengaduan pungutan pengurusan Karis", "example.net", body, ip="198.51.100.23",
                        cte="quoted-printable"))
    src(rel, note + hdrs + original)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date="2026-12-10", signed=True, email="rizky.amalia@example.net",
        phone="085733901164", nik=None), "sekretariat",
        "FORWARD (iPhone 'Begin forwarded message:', whole original '> '-quoted, QP): a kecamatan officer "
        "forwards a citizen's chatty letter; NO PLACE (no place/date line; date = forwarded and outer date, "
        "same day); 'Wassalamualaikum wr. wb.' + name = signed; illegal fee while filing Karis -> sekretariat")


def p04():
    """Reply to one's own earlier mail that completes the complaint (address and loss added)."""
    rel = "email_plain/p04.eml"
    name = "Dewi Anggraini, S.E."
    addr = "Perum Bangil Permai Blok H-7, Desa Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Pada tanggal 5 Oktober 2026 saya mengajukan permohonan cuti besar selama tiga bulan (April s.d. Juni "
           "2027) untuk menunaikan ibadah haji, lengkap dengan surat rekomendasi kepala dinas dan bukti nomor porsi "
           "keberangkatan tahun 2027. Sudah lebih dari dua bulan permohonan itu belum diproses; setiap kali saya "
           "tanyakan ke loket, jawabannya masih menunggu paraf pejabat.")
    loss = ("Kantor Kementerian Agama meminta surat izin cuti besar paling lambat 31 Desember 2026 sebagai syarat "
            "pelunasan dan pembuatan paspor haji. Jika surat itu belum ada, saya terancam batal berangkat tahun "
            "2027 padahal sudah menunggu antrean sejak 2012.")
    req = "Saya mohon surat izin cuti besar saya segera diterbitkan sebelum akhir Desember 2026."
    original = D(f"""
        Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

        Saya {name}, staf Dinas Perindustrian dan Perdagangan Kabupaten Pasuruan, NIP 198107232006042011, No. HP 0812-3077-5410, ingin menyampaikan pengaduan.

        {svc}

        {req}

        Bangil, 11 Desember 2026
        Hormat saya,
        {name}
        """)
    new = D(f"""
        Mohon maaf Bapak/Ibu, email saya sebelumnya ternyata belum lengkap. Berikut saya tambahkan:

        Alamat: {addr}

        Kerugian: {loss}

        Terima kasih.
        {name}
        """)
    body = wrap_all(new, 72) + "\nPada Jum, 11 Des 2026 pukul 20.03 Dewi Anggraini <dewi.anggraini81@example.com> " \
        "menulis:\n" + quote(original, 72) + "\n"
    d = hdate(2026, 12, 11, 21, 37, 10)
    extra = (f"In-Reply-To: {msgid('p04-orig', 'example.com')}\n"
             f"References: {msgid('p04-orig', 'example.com')}\n")
    put(rel, plain_mail("p04", d, "Dewi Anggraini <dewi.anggraini81@example.com>",
                        "Re: Pengaduan permohonan cuti besar belum diproses", "example.com", body,
                        ip="203.0.113.61", extra=extra))
    src(rel, new + original)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-12-11", signed=True, email="dewi.anggraini81@example.com",
        phone="081230775410", nik=None), "kinerja",
        "REPLY THAT COMPLETES: the new text adds only the address and the loss; name, story, request, "
        "place/date line are in her own earlier mail quoted below ('Pada ... menulis:', '> '); both parts "
        "written the same evening; complete only when read together; cuti besar (haji) -> kinerja")


def p05():
    """Reply ('On ... wrote:') to the agency's request for missing items that repeats the whole complaint."""
    rel = "email_plain/p05.eml"
    name = "Kevin Pratama, S.Kom."
    addr = "Jl. Anggrek No. 21 RT 03 RW 05, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan"
    svc = ("Saya lulus seleksi PPPK tenaga teknis tahun 2025 (formasi Pranata Komputer, Dinas Kominfo) dan sudah "
           "mengisi DRH di SSCASN sejak Mei 2026. Tapi sampai sekarang NI PPPK saya belum terbit dan status saya di "
           "SIASN masih \"usul ditolak - perbaiki dokumen\" tanpa catatan dokumen mana yang harus diperbaiki, "
           "padahal teman-teman satu formasi sudah menerima SK dan kontrak per 1 Oktober 2026.")
    loss = ("Saya sudah resign dari pekerjaan lama karena diminta siap bertugas per Oktober, jadi sejak itu saya "
            "tidak punya penghasilan sama sekali (sekitar Rp 4.500.000 per bulan).")
    req = ("Mohon BKPSDM cek status usulan NI PPPK saya ke BKN, kasih tahu secara tertulis dokumen apa yang "
           "kurang, dan proses SK saya paling lambat Januari 2027.")
    new = D(f"""
        Dear Tim Pengaduan BKPSDM,

        Sorry for the incomplete info sebelumnya. Berikut saya kirim ulang pengaduan saya secara lengkap.

        Nama: {name}
        Alamat: {addr}
        HP/WA: +62 821-4455-7802

        Uraian: {svc}

        Kerugian: {loss}

        Request: {req}

        Pandaan, 14 Desember 2026

        Best regards,
        {name}

        Sent from my iPhone
        """)
    agency = D("""
        Yth. Bapak Kevin Pratama,

        Terima kasih atas pengaduan Anda yang kami terima melalui email pada 12 Desember 2026 dengan nomor tiket PGD-2026-0611.

        Sesuai standar pelayanan pengaduan, pengaduan Anda belum dapat kami proses karena belum memuat:
        - alamat lengkap;
        - permintaan penyelesaian yang diajukan.

        Mohon melengkapi kekurangan tersebut dengan membalas email ini paling lambat 14 (empat belas) hari sejak email ini dikirim.

        Hormat kami,
        Tim Pengaduan BKPSDM Kabupaten Pasuruan
        Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153
        """)
    body = (new + "\nOn Mon, Dec 14, 2026 at 9:05 AM Pengaduan BKPSDM Kabupaten Pasuruan "
            "<pengaduan.bkpsdm@pasuruankab.go.id> wrote:\n\n" + quote(agency, 72) + "\n")
    d = hdate(2026, 12, 14, 13, 26, 41)
    extra = (f"In-Reply-To: {msgid('p05-agency', 'pasuruankab.go.id')}\n"
             f"References: {msgid('p05-first', 'example.net')} {msgid('p05-agency', 'pasuruankab.go.id')}\n")
    put(rel, plain_mail("p05", d, "Kevin Pratama <kevin.pratama@example.net>",
                        "Re: [PGD-2026-0611] Kelengkapan pengaduan", "example.net", body, ip="198.51.100.140",
                        extra=extra))
    src(rel, new + agency)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pandaan", date="2026-12-14", signed=True, email="kevin.pratama@example.net",
        phone="082144557802", nik=None), "pengadaan",
        "REPLY THAT REPEATS, mixed Indonesian-English: the new text is the whole complaint ('Request:', 'Best "
        "regards,'); the quoted agency request for missing items ('On ... wrote:') carries the agency's "
        "address, 'Bangil' and another date; +62 phone; 'Sent from my iPhone'; NI PPPK -> pengadaan")


def p06():
    """A daughter writes on behalf of her bedridden retired mother; Yahoo footer."""
    rel = "email_plain/p06.eml"
    name = "Rina Kusumawati"
    addr = "Jl. Cempaka No. 8 RT 01 RW 04, Kelurahan Gratitunon, Kecamatan Grati, Kabupaten Pasuruan"
    svc = ("Pada hari Kamis, 3 Desember 2026 saya datang ke loket BKPSDM untuk melegalisir SK pensiun ibu saya "
           "yang diperlukan bank. Saya membawa surat kuasa bermeterai, fotokopi KTP ibu saya, dan surat keterangan "
           "sakit dari dokter, tetapi petugas loket menolak melayani dan meminta ibu saya datang sendiri. Ketika "
           "saya jelaskan kondisi ibu saya, petugas tersebut malah berkata \"aturannya begitu, kalau tidak bisa ya "
           "tidak usah\".")
    loss = ("Akhirnya pada hari Senin, 7 Desember 2026 saya terpaksa menyewa mobil dan membawa ibu saya dengan "
            "kursi roda ke kantor BKPSDM. Biaya sewa mobil Rp 450.000, dan kondisi ibu saya menurun setelah "
            "perjalanan itu.")
    req = ("Saya mohon BKPSDM menegur petugas tersebut dan menetapkan agar legalisir untuk pensiunan yang sakit "
           "dapat dilayani melalui surat kuasa keluarga.")
    body = D(f"""
        Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

        Assalamualaikum. Saya mendapat alamat email ini dari postingan Facebook BKPSDM.

        Saya yang menulis email ini:
        Nama   : {name}
        NIK    : 3514115607840003
        Alamat : {addr}
        HP     : 0838-5120-6671

        Saya menulis atas nama ibu saya, Ibu Siti Munawaroh, pensiunan guru SMP yang sejak Agustus 2026 terbaring sakit karena stroke dan tinggal bersama saya.

        {svc}

        {loss}

        {req}

        Grati, 12 Desember 2026

        Hormat saya,
        {name}

        Dikirim dari Yahoo Mail di Android
        """)
    d = hdate(2026, 12, 12, 16, 8, 52)
    put(rel, plain_mail("p06", d, "Rina Kusumawati <rina_kusuma@example.com>",
                        "Keluhan pelayanan legalisir untuk ibu saya (pensiunan)", "example.com", body,
                        ip="203.0.113.18", cte="quoted-printable"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Grati", date="2026-12-12", signed=True, email="rina_kusuma@example.com",
        phone="083851206671", nik="3514115607840003"), "sekretariat",
        "ON BEHALF: a daughter writes for her bedridden retired mother; complainant = the writer (not the "
        "mother named in the letter); counter staff refusing a proxy and speaking rudely -> sekretariat though "
        "a pension SK is named; 'Dikirim dari Yahoo Mail di Android' footer; complete")


def p07():
    """A wife writes for her retired husband; no place/date line; no name after the closing."""
    rel = "email_plain/p07.eml"
    name = "Sulastri"
    addr = "Perum Pesona Candi Blok C-14, Desa Candiwates, Kecamatan Prigen, Kabupaten Pasuruan"
    svc = ("Sebelum pensiun, suami saya sudah mengajukan kenaikan pangkat pengabdian dari golongan III/c ke III/d "
           "lewat kantornya pada bulan Juni 2026, dan menurut kepegawaian dinas berkasnya sudah dikirim ke BKPSDM "
           "bulan Juli. Tetapi SK pensiun yang keluar tetap golongan III/c dan kenaikan pangkat pengabdiannya "
           "tidak pernah diproses, tanpa ada pemberitahuan apa pun kepada kami.")
    loss = ("Akibatnya pensiun suami saya dihitung dari golongan III/c, kurang lebih Rp 165.000 per bulan lebih "
            "kecil dari yang seharusnya, padahal biaya berobat suami saya setiap bulan cukup besar.")
    req = ("Kami mohon kenaikan pangkat pengabdian suami saya diproses dan SK pensiunnya diperbaiki sesuai "
           "golongan III/d.")
    body = D(f"""
        Selamat malam Bapak/Ibu petugas BKPSDM.

        Saya {name}, istri dari Bapak Mulyono, pensiunan PNS Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Pasuruan (pensiun per 1 November 2026). Suami saya sedang sakit stroke dan tidak bisa mengetik, jadi saya yang menulis email ini. Kami tinggal di {addr}. No HP saya 0852-3366-0187.

        {svc}

        {loss}

        {req}

        Demikian, terima kasih atas perhatiannya.

        Dikirim dari Samsung Galaxy saya
        """)
    d = hdate(2026, 12, 13, 20, 55, 12)
    put(rel, plain_mail("p07", d, "sulastri.mulyono@example.org",
                        "pengaduan kenaikan pangkat pengabdian suami saya", "example.org", body, ip="192.0.2.150"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date="2026-12-13", signed=False, email="sulastri.mulyono@example.org",
        phone="085233660187", nik=None), "mutasi",
        "ON BEHALF: a wife writes for her retired, stroke-stricken husband; name = the writer (Sulastri), not "
        "the husband; NO PLACE (no place/date line; date = Date header); NOT SIGNED ('Demikian, terima kasih "
        "atas perhatiannya.' then a phone footer, no name); kenaikan pangkat pengabdian -> mutasi although "
        "'pensiun' is named more often")


def p08():
    """Mixed Indonesian-English e-Kinerja complaint; long signature with the phone; disclaimer."""
    rel = "email_plain/p08.eml"
    name = "Nadia Putri Maharani, S.Kom."
    addr = "Perum Gempol Asri Blok F-12, Desa Kejapanan, Kecamatan Gempol, Kabupaten Pasuruan"
    svc = ("Evaluasi kinerja triwulan III (Juli-September 2026) saya di aplikasi e-Kinerja statusnya masih "
           "\"belum dinilai\", padahal atasan saya sudah approve tanggal 2 Oktober dan ada screenshot-nya. Saya "
           "sudah lapor ke helpdesk e-Kinerja BKPSDM via WA tiga kali sejak Oktober, jawabannya cuma \"sedang "
           "dicek\" dan sampai sekarang nggak ada update.")
    loss = ("Impact-nya, TPP saya bulan November dipotong 25% (kurang lebih Rp 850.000) karena dianggap tidak "
            "mengisi evaluasi kinerja.")
    req = ("Tolong datanya di-fix supaya evaluasi triwulan III saya tercatat sudah dinilai, dan potongan TPP "
           "bulan November dibayarkan kembali di bulan berikutnya.")
    body = D(f"""
        Hi Tim Pengaduan BKPSDM,

        Saya lihat di IG kalau sekarang bisa complain lewat email, so here it goes.

        Nama: {name}
        Alamat: {addr}

        Masalahnya: {svc}

        {loss}

        {req}

        Gempol, 15/12/2026

        Thanks,
        Nadia

        --
        {name}
        Pranata Komputer Ahli Pertama
        Bidang Aplikasi Informatika | Dinas Komunikasi dan Informatika Kabupaten Pasuruan
        Jl. Hayam Wuruk No. 14, Pasuruan
        M: +62 857-3311-2049 | WA only
        IG/Twitter: @nadiapm

        ---
        DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender immediately and delete it. Any views or opinions presented are solely those of the author.
        """)
    d = hdate(2026, 12, 15, 11, 47, 30)
    put(rel, plain_mail("p08", d, "Nadia Putri Maharani <nadia.pm@example.com>",
                        "Complaint e-Kinerja: SKP triwulan III tidak ter-record, TPP kepotong", "example.com", body,
                        ip="203.0.113.77"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Gempol", date="2026-12-15", signed=True, email="nadia.pm@example.com",
        phone="085733112049", nik=None), "kinerja",
        "MIXED Indonesian-English chat style; the phone only in the long signature (+62); the signature's "
        "office address is not the home address; an English legal disclaimer ('please notify the sender ... "
        "delete it') is not a request; 'Thanks,' + first name = signed, name from the identity line; date "
        "15/12/2026; e-Kinerja/TPP -> kinerja; complete")


def p09():
    """Counter closed before the published hours; WhatsApp hotline silent; no address."""
    rel = "email_plain/p09.eml"
    name = "Bayu Firmansyah"
    svc = ("Di papan pengumuman dan di unggahan Instagram BKPSDM tertulis jam layanan loket Senin sampai Kamis "
           "pukul 08.00-15.00. Pada hari Selasa, 15 Desember 2026 saya sampai di kantor BKPSDM pukul 13.40 untuk "
           "menyerahkan berkas perbaikan data, tetapi loket sudah tutup dan satpam mengatakan petugas \"sudah "
           "pulang karena ada acara\". Nomor WhatsApp layanan yang tercantum di Instagram juga tidak membalas "
           "pesan saya sejak pagi.")
    loss = ("Perjalanan dari rumah saya di daerah Tutur ke Bangil sekitar satu setengah jam, dan untuk hari itu "
            "saya sudah minta izin tidak mengajar. Saya harus kembali lagi keesokan harinya dan kembali "
            "meninggalkan kelas.")
    req = ("Saya minta jam layanan loket dipatuhi sesuai yang diumumkan, dan jika loket terpaksa tutup lebih awal, "
           "pengumumannya disampaikan lebih dulu melalui Instagram dan WhatsApp layanan.")
    text = D(f"""
        Yth. Kepala BKPSDM Kabupaten Pasuruan,

        Perkenalkan, saya {name}, guru PPPK di SMPN 2 Tutur. HP saya 0831-3350-7719.

        {svc}

        {loss}

        {req}

        Tutur, 16 Desember 2026

        Salam,
        {name}
        """)
    body = wrap_all(text, 72)
    d = hdate(2026, 12, 16, 14, 12, 9)
    put(rel, plain_mail("p09", d, "Bayu Firmansyah <bayu.firmansyah93@example.org>",
                        "Loket tutup sebelum jam layanan", "example.org", body, ip="192.0.2.99"))
    src(rel, text)
    complaint(rel, "email_plain", dict(
        name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
        place="Tutur", date="2026-12-16", signed=True, email="bayu.firmansyah93@example.org",
        phone="083133507719", nik=None), "sekretariat",
        "NO ADDRESS: only a workplace (SMPN 2 Tutur) and 'rumah saya di daerah Tutur' inside the story; "
        "Tutur is the place of the place/date line; counter hours and the WhatsApp hotline -> sekretariat; "
        "'Salam,' + name; wrapped at 72")


def p10():
    """Doctor's complaint about a late study-assignment recommendation; no request; disclaimer."""
    rel = "email_plain/p10.eml"
    name = "dr. Fadli Rahman"
    addr = "Jl. Sakura No. 5 RT 02 RW 07, Kelurahan Kersikan, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Saya dokter umum di RSUD Bangil dan telah lulus seleksi program pendidikan dokter spesialis (PPDS) "
           "Ilmu Penyakit Dalam dengan beasiswa Kementerian Kesehatan. Salah satu syarat pendaftaran ulang beasiswa "
           "adalah surat rekomendasi tugas belajar dari BKPSDM yang harus diunggah paling lambat 30 November 2026. "
           "Berkas permohonan rekomendasi sudah saya serahkan lengkap pada 2 November 2026 melalui bagian "
           "kepegawaian RSUD, tetapi surat rekomendasi baru ditandatangani tanggal 4 Desember 2026, setelah batas "
           "waktu lewat.")
    loss = ("Akibatnya beasiswa saya dinyatakan gugur untuk angkatan Januari 2027 dan saya harus mengikuti seleksi "
            "ulang tahun depan, padahal saya sudah membayar biaya pendaftaran dan tes sebesar Rp 3.750.000.")
    body = D(f"""
        Kepada Yth.
        Kepala BKPSDM Kabupaten Pasuruan
        di Bangil

        Dengan hormat,
        Saya yang bertanda tangan di bawah ini:
        Nama     : {name}
        NIK      : 3514092703900002
        Alamat   : {addr}
        Telepon  : 0822-3419-8860

        menyampaikan pengaduan sebagai berikut.

        {svc}

        {loss}

        Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

        Bangil, 17 Desember 2026
        Hormat saya,
        {name}

        --
        {name}
        Dokter Ahli Pertama
        RSUD Bangil, Jl. Raya Raci, Bangil, Pasuruan
        Ext. 2104

        PERHATIAN: Surel ini beserta lampirannya ditujukan hanya untuk penerima yang dituju dan dapat berisi informasi yang bersifat rahasia. Jika Anda bukan penerima yang dituju, mohon segera memberitahu pengirim dan menghapus surel ini. Segala bentuk penggunaan, penyebaran, atau penggandaan tanpa izin dilarang.
        """)
    d = hdate(2026, 12, 17, 8, 31, 44)
    put(rel, plain_mail("p10", d, '"dr. Fadli Rahman" <fadli.rahman@example.net>',
                        "Pengaduan surat rekomendasi tugas belajar PPDS", "example.net", body, ip="198.51.100.52"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=None,
        place="Bangil", date="2026-12-17", signed=True, email="fadli.rahman@example.net",
        phone="082234198860", nik="3514092703900002"), "kompetensi",
        "NO REQUEST: the letter only closes 'Demikian ... terima kasih'; the Indonesian legal disclaimer's "
        "'mohon segera memberitahu pengirim dan menghapus surel ini' is not a requested resolution; workplace "
        "(RSUD) address in the signature vs home address in the identity block; tugas belajar -> kompetensi")


def p11():
    """Gmail forward by a dinas officer; the citizen's letter has no closing or name at the end."""
    rel = "email_plain/p11.eml"
    name = "Lutfiah Hanum, S.Pd."
    addr = "Dusun Dayurejo RT 01 RW 03, Desa Dayurejo, Kecamatan Prigen, Kabupaten Pasuruan"
    svc = ("Suami saya anggota TNI yang dipindahtugaskan ke Kota Malang sejak Juli 2026. Saya mengajukan "
           "permohonan pindah tugas (mutasi antardaerah) ke Pemerintah Kota Malang, dan Pemkot Malang sudah "
           "menerbitkan surat persetujuan menerima pada 9 September 2026. Permohonan surat persetujuan melepas "
           "(lolos butuh) ke BKPSDM Kabupaten Pasuruan saya ajukan pada 14 September 2026, tetapi sampai sekarang "
           "belum ada keputusan, bahkan petugas mengatakan berkas saya \"belum masuk antrean\".")
    loss = ("Saya harus menyewa kamar kos di Prigen dan pulang pergi ke Malang setiap akhir pekan, dengan biaya "
            "kurang lebih Rp 1.800.000 per bulan, dan anak kami yang masih balita terpaksa dititipkan kepada "
            "neneknya.")
    req = ("Mohon surat persetujuan melepas saya segera diterbitkan, atau jika ditolak, alasannya disampaikan "
           "secara tertulis.")
    original = D(f"""
        Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

        Identitas pelapor
        Nama   : {name}
        Alamat : {addr}
        HP     : 0878-5501-3326

        Uraian pengaduan
        {svc}

        Kerugian
        {loss}

        Permintaan
        {req}

        Prigen, 17 Desember 2026
        """)
    note = D("""
        Selamat pagi,

        Diteruskan dari guru SMPN 1 Prigen yang mengirim ke email dinas. Karena menyangkut kewenangan BKPSDM, mohon dapat ditindaklanjuti.

        Salam,
        Wahyu Setiawan
        Operator Kepegawaian
        Dinas Pendidikan Kabupaten Pasuruan

        ---------- Forwarded message ---------
        From: Lutfiah Hanum <lutfiah.hanum@example.com>
        Date: Thu, Dec 17, 2026 at 7:58 PM
        Subject: Surat lolos butuh mutasi belum diproses
        To: <kepegawaian.disdik@example.org>
        """)
    body = note + "\n\n" + original
    d = hdate(2026, 12, 18, 9, 5, 31)
    put(rel, plain_mail("p11", d, '"Operator Kepegawaian Disdik" <kepegawaian.disdik@example.org>',
                        "Fwd: Surat lolos butuh mutasi belum diproses", "example.org", body, ip="192.0.2.120"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Prigen", date="2026-12-17", signed=False, email="kepegawaian.disdik@example.org",
        phone="087855013326", nik=None), "mutasi",
        "FORWARD (Gmail, English UI) by a dinas officer; NOT SIGNED: the citizen's letter ends with its "
        "place/date line, no closing and no name; the forwarder's own 'Salam, Wahyu Setiawan' does not sign "
        "the complainant's letter; mutasi antardaerah (lolos butuh) -> mutasi")


def p12():
    """A complaint meant for another agency (e-KTP at Dukcapil): no division."""
    rel = "email_plain/p12.eml"
    name = "Ahmad Muzaki"
    addr = "Dusun Kebonsari RT 05 RW 01, Desa Karangrejo, Kecamatan Purwodadi, Kabupaten Pasuruan"
    svc = ("Saya merekam e-KTP di kantor kecamatan Purwodadi pada bulan Agustus 2026 karena KTP lama saya hilang. "
           "Sampai sekarang e-KTP saya belum dicetak, setiap kali saya tanya ke kecamatan jawabannya blanko sedang "
           "kosong dan disuruh menunggu, padahal tetangga yang merekam sesudah saya sudah jadi.")
    loss = ("Karena tidak punya KTP, lamaran kerja saya di sebuah pabrik di Pandaan tidak bisa diproses dan "
            "pencairan bantuan untuk ibu saya tertunda.")
    req = ("Mohon dibantu agar e-KTP saya bisa segera dicetak, atau saya diberi surat keterangan pengganti yang "
           "berlaku.")
    body = D(f"""
        Assalamualaikum admin,

        Saya lihat di Instagram ada email pengaduan pelayanan publik Kabupaten Pasuruan, jadi saya mau mengadu soal e-KTP.

        Nama: {name}
        Alamat: {addr}
        No HP: 0819-3402-5573

        {svc}

        {loss}

        {req}

        Purwodadi, 19 Desember 2026

        Terima kasih,
        {name}

        --
        Sent from my Xiaomi
        """)
    d = hdate(2026, 12, 19, 7, 22, 18)
    put(rel, plain_mail("p12", d, "Ahmad Muzaki <ahmad.muzaki@example.net>", "e-KTP belum jadi 4 bulan",
                        "example.net", body, ip="198.51.100.201"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Purwodadi", date="2026-12-19", signed=True, email="ahmad.muzaki@example.net",
        phone="081934025573", nik=None), None,
        "WRONG AGENCY: a complete complaint about an e-KTP at the kecamatan/Dukcapil, sent after seeing the "
        "address on Instagram; no topic of any BKPSDM division (and not this agency's staff) -> division null")


# ================================================================= email_mime
def outlook_html(note_lines, hdr, orig_lines):
    def ps(lines):
        out = []
        for ln in lines:
            out.append('<p class="MsoNormal">' + (html_escape(ln) if ln.strip() else "&nbsp;") + "</p>")
        return "\n".join(out)
    hb = "<br>\n".join(f"<b>{k}:</b> {html_escape(v)}" for k, v in hdr)
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n"
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>\n"
            "</head>\n<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
            + ps(note_lines) + "\n"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
            "<p class=\"MsoNormal\">" + hb + "</p>\n</div>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
            + ps(orig_lines) + "\n</div>\n</body>\n</html>\n")


def m01():
    """Outlook HTML forward (multipart/alternative, windows-1252 QP) by a principal; Satyalancana."""
    rel = "email_mime/m01.eml"
    name = "Suwarni, S.Pd.SD"
    addr = "Dusun Kalipang RT 03 RW 02, Desa Kalipang, Kecamatan Grati, Kabupaten Pasuruan"
    svc = ("Saya diusulkan menerima Satyalancana Karya Satya XX Tahun pada periode usulan tahun 2025 melalui "
           "sekolah, dan berkas usulan sudah diterima oleh BKPSDM dengan tanda terima tertanggal 11 Maret 2025. "
           "Namun nama saya tidak tercantum dalam Keputusan Presiden penganugerahan tahun 2026, sementara dua rekan "
           "yang diusulkan bersamaan tercantum. Ketika saya tanyakan, petugas menyatakan berkas saya \u201ctidak "
           "ditemukan\u201d dan tidak dapat menjelaskan mengapa berkas itu tidak diteruskan.")
    loss = ("Saya merasa pengabdian saya selama 20 tahun tidak dihargai dan saya malu ketika hanya saya yang tidak "
            "dipanggil pada upacara penyematan tanggal 17 Agustus 2026 di kecamatan.")
    req = ("Saya mohon berkas usulan saya ditelusuri dan saya diusulkan kembali pada periode usulan tahun 2027 "
           "tanpa harus mengulang dari awal, serta diberi penjelasan tertulis tentang hilangnya berkas tersebut.")
    orig = [
        "Yth. Kepala BKPSDM Kabupaten Pasuruan,", "",
        "Dengan hormat, saya:",
        f"Nama : {name}", f"Alamat : {addr}", "No. HP : 0856-4902-3318", "",
        "menyampaikan pengaduan berikut.", "", svc, "", loss, "", req, "",
        "Grati, 13 Desember 2026", "Hormat saya,", name]
    note = ["Yth. Tim Pengaduan BKPSDM,", "",
            "Bersama ini kami teruskan pengaduan guru kami, Ibu Suwarni, yang dikirim ke email sekolah. "
            "Mohon dapat ditindaklanjuti.", "", "Terima kasih.", "",
            "Sugeng Riyadi, S.Pd., M.M.", "Kepala SDN Rebalas 1", "Kecamatan Grati, Kabupaten Pasuruan", ""]
    hdr = [("From", "Suwarni <suwarni.guru@example.com>"), ("Sent", "Monday, December 14, 2026 6:12 AM"),
           ("To", "kepsek.sdnrebalas1@example.org"),
           ("Subject", "Usulan Satyalancana Karya Satya 20 Tahun tidak masuk Keppres")]
    text = ("\n".join(note) + "\n" + "_" * 32 + "\n" + "\n".join(f"{k}: {v}" for k, v in hdr) + "\n\n"
            + "\n".join(orig) + "\n")
    html = outlook_html(note, hdr, orig)
    d = hdate(2026, 12, 14, 9, 40, 3)
    h = headers("m01", d, '"Sugeng Riyadi, S.Pd., M.M." <kepsek.sdnrebalas1@example.org>',
                "FW: Usulan Satyalancana Karya Satya 20 Tahun tidak masuk Keppres", "example.org",
                ip="192.0.2.177", extra="Thread-Topic: Usulan Satyalancana Karya Satya 20 Tahun tidak masuk "
                "Keppres\nX-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n")
    body = multipart("alternative", boundary("m01"), [
        part("text/plain", "windows-1252", "quoted-printable", text.encode("cp1252")),
        part("text/html", "windows-1252", "quoted-printable", html.encode("cp1252"))])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Grati", date="2026-12-13", signed=True, email="kepsek.sdnrebalas1@example.org",
        phone="085649023318", nik=None), "kinerja",
        "FORWARD (Outlook HTML, 'From:/Sent:' block in bold, windows-1252 QP, curly quotes): a principal "
        "forwards a teacher's complete letter; complainant = the teacher; a suffered feeling ('saya malu') is "
        "an immaterial loss; berkas lost by staff is still the Satyalancana service -> kinerja")


def m02():
    """Gmail HTML-only reply that re-sends the complaint; the quoted older version has another date."""
    rel = "email_mime/m02.eml"
    name = "Ahmad Fauzi, A.Md.Kes."
    addr = "Jl. Kartini Gg. 3 No. 11 RT 02 RW 01, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Berdasarkan SK mutasi tanggal 2 November 2026 saya dipindahkan dari Puskesmas Bangil ke Kantor "
           "Kecamatan Kraton sebagai pelaksana umum, padahal jabatan saya adalah Pranata Laboratorium Kesehatan "
           "Terampil dan di kantor kecamatan tidak ada laboratorium. Permohonan peninjauan yang saya ajukan pada "
           "10 November 2026 belum dijawab.")
    loss = ("Sejak pindah saya tidak dapat mengumpulkan angka kredit, tunjangan jabatan fungsional saya "
            "dihentikan mulai Desember 2026, dan saya terancam diberhentikan dari jabatan fungsional.")
    req = ("Saya mohon SK mutasi tersebut ditinjau kembali dan saya ditempatkan di unit kerja yang memiliki "
           "laboratorium kesehatan, paling lambat Januari 2027.")
    new = [
        "Yth. Tim Pengaduan BKPSDM,", "",
        "Pengaduan saya tanggal 8 Desember 2026 (di bawah) sampai sekarang belum mendapat tanggapan, padahal di "
        "Instagram disebutkan pengaduan ditanggapi paling lambat 3 hari kerja. Berikut saya kirim ulang dengan "
        "tambahan keterangan.", "",
        f"Nama : {name}", f"Alamat : {addr}", "No. HP : 0881-0266-4137", "",
        "Uraian pengaduan:", svc, "", "Kerugian:", loss, "", "Permintaan:", req, "",
        "Bangil, 18 Desember 2026", "Hormat saya,", name]
    old = [
        "Yth. Admin Pengaduan BKPSDM,", "",
        f"Nama : {name}", f"Alamat : {addr}", "",
        "Saya dipindahkan ke Kantor Kecamatan Kraton sebagai pelaksana umum padahal jabatan saya Pranata "
        "Laboratorium Kesehatan. Mohon ditinjau ulang.", "",
        "Bangil, 8 Desember 2026", "Ahmad Fauzi"]

    def divs(lines):
        return "\n".join("<div>" + (html_escape(x) if x.strip() else "<br>") + "</div>" for x in lines)
    html = ('<div dir="ltr">\n' + divs(new) + '\n</div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">Pada tanggal Sel, 8 Des 2026 pukul 15.02 Ahmad Fauzi &lt;'
            'ahmadfauzi.amdkes@example.com&gt; menulis:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '<div dir="ltr">\n' + divs(old) + "\n</div>\n</blockquote></div>\n")
    d = hdate(2026, 12, 18, 10, 14, 55)
    extra = (f"In-Reply-To: {msgid('m02-old', 'example.com')}\nReferences: {msgid('m02-old', 'example.com')}\n")
    h = headers("m02", d, "Ahmad Fauzi <ahmadfauzi.amdkes@example.com>",
                "Re: Pengaduan penempatan tidak sesuai jabatan fungsional (kirim ulang)", "example.com",
                ip="203.0.113.112", extra=extra)
    h += 'Content-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: base64\n\n'
    put(rel, (h + b64(html.encode("utf-8"))).encode("ascii"))
    src(rel, "\n".join(new + old))
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-12-18", signed=True, email="ahmadfauzi.amdkes@example.com",
        phone="088102664137", nik=None), "mutasi",
        "RESEND as a Gmail HTML-only reply (base64): the new text is the full letter dated 18 Dec; the quoted "
        "older short version (gmail_quote blockquote) is dated 8 Dec and has no loss; date = the new letter's; "
        "placement that does not fit a functional position (SK mutasi) -> mutasi")


def m03():
    """A widow about the dismissal SK of her deceased husband; iso-8859-1 QP alternative."""
    rel = "email_mime/m03.eml"
    name = "Hartini"
    addr = "Dusun Ngembal RT 02 RW 04, Desa Ngembal, Kecamatan Tutur, Kabupaten Pasuruan"
    svc = ("Suami saya meninggal dunia pada tanggal 21 Agustus 2026 ketika masih aktif bekerja. Berkas usul "
           "pemberhentian karena meninggal dunia beserta usul pensiun janda sudah diserahkan oleh Dinas Pertanian "
           "ke BKPSDM pada 9 September 2026, tetapi sudah \u00b1 3 bulan SK pemberhentian belum juga terbit. Setiap "
           "kali saya menanyakan melalui telepon, saya hanya dijawab bahwa berkas masih diverifikasi.")
    loss = ("Tanpa SK tersebut PT Taspen belum dapat membayarkan Jaminan Kematian dan pensiun janda, sehingga "
            "sejak September 2026 saya dan dua anak kami yang masih sekolah tidak mempunyai penghasilan tetap dan "
            "saya harus berutang untuk membayar uang sekolah.")
    req = ("Saya mohon SK pemberhentian almarhum suami saya dan SK pensiun janda segera diterbitkan dan dikirimkan "
           "ke PT Taspen Cabang Malang paling lambat akhir Desember 2026.")
    text = D(f"""
        Kepada Yth.
        Bapak/Ibu Kepala BKPSDM Kabupaten Pasuruan
        di tempat

        Dengan hormat,
        Yang bertanda tangan di bawah ini:
        Nama        : {name}
        Alamat      : {addr}
        No. Telepon : 0813-5820-4496
        Hubungan    : Istri (janda) almarhum Sudarsono, S.E., NIP 196805141994031006, staf Dinas Pertanian

        dengan ini menyampaikan pengaduan sebagai berikut:

        {svc}

        {loss}

        {req}

        Tutur, 15 Desember 2026
        Hormat saya,
        {name}
        """)
    html = ("<html><body style=\"font-family:Tahoma;font-size:10pt\">\n"
            + "".join(f"<p>{html_escape(par).replace(chr(10), '<br>')}</p>\n" for par in text.strip().split("\n\n"))
            + "</body></html>\n")
    d = hdate(2026, 12, 15, 19, 30, 27)
    subj = rfc2047("Pengaduan SK pemberhentian almarhum suami sudah \u00b1 3 bulan", "iso-8859-1", "Q")
    frm = rfc2047("Hartini (janda alm. Sudarsono)", "iso-8859-1", "Q") + " <hartini.sdr@example.net>"
    h = headers("m03", d, frm, subj, "example.net", ip="198.51.100.88", extra="X-Mailer: Zimbra 9.0.0_GA\n")
    body = multipart("alternative", boundary("m03"), [
        part("text/plain", "iso-8859-1", "quoted-printable", text.encode("iso-8859-1")),
        part("text/html", "iso-8859-1", "quoted-printable", html.encode("iso-8859-1"))])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Tutur", date="2026-12-15", signed=True, email="hartini.sdr@example.net",
        phone="081358204496", nik=None), "pengadaan",
        "ON BEHALF OF A DECEASED CIVIL SERVANT: his widow writes; name = the writer as in the letter "
        "('Hartini', not the RFC 2047 display name nor the husband); the husband's NIP is not a NIK; "
        "iso-8859-1 QP with '\u00b1'; dismissal on death and widow's pension -> pengadaan; complete")


def m04():
    """Forward-as-attachment (message/rfc822) from the Bupati's complaint channel; no loss."""
    rel = "email_mime/m04.eml"
    name = "Reza Maulana"
    addr = "Jl. Mawar No. 3 RT 04 RW 02, Desa Sukorejo, Kecamatan Sukorejo, Kabupaten Pasuruan"
    svc = ("Pada pengumuman hasil seleksi tanggal 1 Desember 2026 status saya tercantum \"P/L\" (lulus). Namun pada "
           "pengumuman ralat tanggal 8 Desember 2026 status saya berubah menjadi \"TL\" tanpa penjelasan apa pun, "
           "dan nama saya diganti oleh peserta lain dengan nilai yang lebih rendah. Sanggahan yang saya kirim "
           "melalui SSCASN pada 9 Desember 2026 belum dijawab.")
    req = ("Saya meminta BKPSDM menjelaskan secara tertulis dasar perubahan status saya dan mengembalikan status "
           "kelulusan saya apabila perubahan itu terbukti keliru.")
    orig_text = D(f"""
        Kepada Yth. Bapak Bupati Pasuruan
        c.q. Kepala BKPSDM Kabupaten Pasuruan

        Dengan hormat,
        Saya {name}, peserta seleksi PPPK Tahap II tahun 2026 formasi Penata Layanan Operasional.
        Alamat: {addr}
        HP: 0896-5512-0840

        {svc}

        {req}

        Sukorejo, 16 Desember 2026
        Hormat saya,
        {name}
        """)
    inner_d = hdate(2026, 12, 16, 21, 10, 4)
    inner = (f"Date: {inner_d}\nFrom: Reza Maulana <reza.maulana96@example.com>\n"
             f"To: Kanal Pengaduan Bupati <kanal.pengaduan@example.org>\n"
             f"Subject: Sanggahan hasil seleksi PPPK 2026\nMessage-ID: {msgid('m04-inner', 'example.com')}\n"
             "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
             + orig_text)
    note = D("""
        Yth. BKPSDM Kabupaten Pasuruan,

        Terlampir email masyarakat yang masuk ke kanal pengaduan Bupati. Kami teruskan untuk ditindaklanjuti sesuai kewenangan, mohon tembusan jawabannya disampaikan kepada kami.

        Salam,
        Admin Kanal Pengaduan Bupati Pasuruan
        Bagian Organisasi Sekretariat Daerah
        """)
    rfc_part = ('Content-Type: message/rfc822\nContent-Disposition: attachment;\n'
                '\tfilename="Sanggahan hasil seleksi PPPK 2026.eml"\n\n' + inner)
    d = hdate(2026, 12, 17, 13, 2, 40)
    put(rel, mixed("m04", d, "Kanal Pengaduan Bupati <kanal.pengaduan@example.org>",
                   "Fw: Sanggahan hasil seleksi PPPK 2026", "example.org",
                   [part("text/plain", "utf-8", "8bit", note), rfc_part], ip="192.0.2.205"))
    src(rel, note + orig_text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
        place="Sukorejo", date="2026-12-16", signed=True, email="kanal.pengaduan@example.org",
        phone="089655120840", nik=None), "pengadaan",
        "FORWARD AS ATTACHMENT: the citizen's mail is a message/rfc822 part under a short note from the "
        "Bupati's complaint channel; complainant = the inner writer; NO LOSS stated; email = outer From:; "
        "PPPK selection result -> pengadaan")


def m05():
    """HTML-only QP, mixed English, 'Kind regards,', a long bilingual disclaimer; PKA training."""
    rel = "email_mime/m05.eml"
    name = "Hendro Wibisono, S.T., M.T."
    addr = "Perum Graha Pandaan Asri Blok B-3, Desa Sumbergedang, Kecamatan Pandaan, Kabupaten Pasuruan"
    svc = ("Saya dilantik sebagai Kepala Bidang Tata Ruang (jabatan administrator) pada 3 Februari 2026. Sesuai "
           "ketentuan, pejabat administrator wajib mengikuti Pelatihan Kepemimpinan Administrator (PKA) paling "
           "lambat satu tahun setelah dilantik. Saya sudah mengajukan permohonan pengiriman peserta PKA angkatan "
           "2026 sejak Maret 2026, tetapi nama saya tidak pernah didaftarkan ke lembaga penyelenggara, sementara "
           "kuota Kabupaten Pasuruan pada angkatan II dan III diisi oleh pejabat yang dilantik sesudah saya.")
    loss = ("Jika sampai 3 Februari 2027 saya belum mengikuti PKA, jabatan saya dapat dievaluasi; selain itu "
            "biaya kontribusi Rp 28.500.000 yang sudah disiapkan dalam DPA dinas tahun 2026 akan hangus karena "
            "tidak terserap tahun ini.")
    req = ("Mohon BKPSDM mendaftarkan saya pada angkatan PKA pertama tahun 2027 dan memberi penjelasan tertulis "
           "mengapa nama saya tidak diusulkan pada tahun 2026.")
    lines = [
        "Dear Bapak/Ibu Tim Pengaduan,", "",
        "Izinkan saya escalate masalah ini ke email, karena sudah tiga kali bertanya via DM Instagram tapi hanya "
        "dijawab \"silakan email\".", "",
        "Identitas:", f"Nama: {name}", f"Alamat rumah: {addr}", "HP: 0815-5301-9924", "",
        f"Issue: {svc}", "", f"Impact: {loss}", "", f"Request: {req}", "",
        "Pandaan, 19 Desember 2026", "", "Kind regards,", name,
        "Kepala Bidang Tata Ruang", "Dinas PUPR Kabupaten Pasuruan", ""]
    disc = ("DISCLAIMER / PERNYATAAN: Email ini dan seluruh lampirannya hanya ditujukan kepada penerima yang "
            "dimaksud dan dapat memuat informasi rahasia. Apabila Anda bukan penerima yang dimaksud, Anda dilarang "
            "menyebarkan atau menggandakan email ini; mohon beritahukan pengirim dan hapus email ini dari sistem "
            "Anda. This message may contain confidential information. If you are not the intended recipient, "
            "please delete it and notify the sender. Pemerintah Kabupaten Pasuruan tidak bertanggung jawab atas "
            "kerugian yang timbul akibat virus yang mungkin terbawa dalam email ini.")
    html = ("<html><head><meta charset=\"utf-8\"></head><body>\n<div style=\"font-family:Arial\">\n"
            + "\n".join("<div>" + (html_escape(x) if x.strip() else "<br>") + "</div>" for x in lines)
            + "\n<hr>\n<p style=\"font-size:8pt;color:#888888\">" + html_escape(disc) + "</p>\n</div>\n"
            "</body></html>\n")
    d = hdate(2026, 12, 19, 10, 48, 21)
    frm = rfc2047("Hendro Wibisono", "utf-8", "B") + " <hendro.wibisono@example.org>"
    h = headers("m05", d, frm, "Escalation: belum didaftarkan Pelatihan Kepemimpinan Administrator (PKA)",
                "example.org", ip="192.0.2.66")
    h += 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    put(rel, (h + qp(html.encode("utf-8"))).encode("ascii"))
    src(rel, "\n".join(lines) + "\n" + disc)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pandaan", date="2026-12-19", signed=True, email="hendro.wibisono@example.org",
        phone="081553019924", nik=None), "kompetensi",
        "MIXED Indonesian-English labels ('Issue:', 'Impact:', 'Request:', 'Kind regards,'); HTML-only QP; a "
        "bilingual disclaimer after the signature ('mohon beritahukan pengirim dan hapus') is not the request; "
        "'Alamat rumah:' label; leadership training (PKA) -> kompetensi; complete")


def m06():
    """iPhone format=flowed base64: the Instagram admin exposed the writer's data (staff conduct)."""
    rel = "email_mime/m06.eml"
    name = "Fitriani Lestari"
    addr = "Dusun Tegalsari RT 02 RW 06, Desa Wonorejo, Kecamatan Wonorejo, Kabupaten Pasuruan"
    svc = ("Pada 16 Desember 2026 saya bertanya di kolom komentar unggahan Instagram BKPSDM tentang berkas PPPK "
           "saya. Admin akun tersebut membalas secara terbuka dengan menuliskan nama lengkap, NIK, dan nomor HP "
           "saya, serta menyebut bahwa berkas saya \u201cditolak karena ijazah palsu\u201d, padahal berkas saya "
           "ditolak karena salah unggah dokumen. Komentar itu baru dihapus dua hari kemudian setelah dilihat "
           "ratusan orang.")
    loss = ("Sejak itu saya menerima banyak telepon dan pesan dari nomor tidak dikenal, termasuk tawaran "
            "\u201cbantuan kelulusan\u201d berbayar, dan saya sangat malu karena rekan kerja dan tetangga membaca "
            "tuduhan ijazah palsu tersebut.")
    req = ("Saya meminta BKPSDM menyampaikan klarifikasi terbuka di Instagram bahwa tuduhan itu tidak benar, "
           "memberi sanksi kepada admin yang bersangkutan, dan menjamin data pribadi pelapor tidak lagi diumumkan "
           "di media sosial.")
    text = D(f"""
        Yth. Kepala BKPSDM Kabupaten Pasuruan,

        Saya {name}, NIK 3514066402920005, tinggal di {addr}. No HP 0857-0431-2298.

        {svc}

        {loss}

        {req}

        Wonorejo, 20 Desember 2026

        Hormat saya,
        {name}

        Sent from my iPhone
        """)
    d = hdate(2026, 12, 20, 20, 17, 2)
    h = headers("m06", d, "Fitriani Lestari <fitri.lestari@example.com>",
                "Admin IG BKPSDM membuka data pribadi saya di kolom komentar", "example.com", ip="203.0.113.201",
                extra="X-Mailer: iPhone Mail (22C152)\n")
    h += ('Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n'
          'Content-Transfer-Encoding: base64\n\n')
    put(rel, (h + b64(flowed(text).encode("utf-8"))).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Wonorejo", date="2026-12-20", signed=True, email="fitri.lestari@example.com",
        phone="085704312298", nik="3514066402920005"), "sekretariat",
        "SOCIAL MEDIA: the agency's Instagram admin exposed the writer's data and accused her publicly; staff "
        "conduct -> sekretariat although a PPPK file is named; iPhone format=flowed delsp=yes in base64; "
        "identity inline in one sentence; complete")


# ================================================================== email_pdf
def d01():
    """PDF letter (vector signature) + KTP photo; complete; kenaikan pangkat BTS."""
    rel = "email_pdf/d01.eml"
    name = "Agung Prasetya, S.Sos."
    addr = "Jl. Diponegoro Gg. Melati No. 7, Kelurahan Kidul Dalem, Kecamatan Bangil, Kabupaten Pasuruan"
    nik = "3514012508850004"
    svc = ("Usul kenaikan pangkat reguler saya periode Oktober 2026 dari Penata golongan III/c ke Penata Tingkat I "
           "golongan III/d berstatus BTS (berkas tidak sesuai) di SIASN dengan catatan \"SKP dua tahun terakhir "
           "tidak dilampirkan\". Padahal SKP tahun 2024 dan 2025 sudah saya unggah dan terlihat di riwayat dokumen. "
           "Perbaikan yang saya ajukan pada 16 Oktober 2026 tidak pernah diverifikasi ulang sampai periode usul "
           "ditutup.")
    loss = ("Kenaikan pangkat saya mundur ke periode April 2027, sehingga saya kehilangan kenaikan gaji pokok "
            "sekitar Rp 230.000 per bulan selama enam bulan dan belum memenuhi syarat pangkat untuk mengikuti "
            "seleksi jabatan Ahli Madya.")
    req = ("Saya mohon BKPSDM memverifikasi ulang berkas saya dan mengusulkan kenaikan pangkat saya dengan TMT "
           "1 Oktober 2026 melalui mekanisme perbaikan usul, atau memberikan penjelasan tertulis jika hal itu tidak "
           "dimungkinkan.")
    blocks = [
        ("right", "Bangil, 5 Desember 2026"), ("gap", 1),
        ("p", "Perihal : Pengaduan usul kenaikan pangkat berstatus BTS"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "NIP", "19850825 201001 1 012"),
        ("kv", "Jabatan", "Analis Kebijakan Ahli Muda, Bappeda Kabupaten Pasuruan"),
        ("kv", "Alamat", addr), ("kv", "Nomor Telepon/HP", "0811-3622-5197"), ("gap", 0.4),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.5),
        ("b", "A. Uraian pengaduan"), ("ind", svc), ("gap", 0.4),
        ("b", "B. Kerugian"), ("ind", loss), ("gap", 0.4),
        ("b", "C. Permintaan penyelesaian"), ("ind", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan dengan sebenarnya. Atas perhatian Bapak/Ibu saya ucapkan "
              "terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 5101, sig_kind="vector", size=11.0, font="serif")
    ktp = ktp_jpeg(5102, nik, "AGUNG PRASETYA", "PASURUAN, 25-08-1985", "JL DIPONEGORO GG MELATI NO 7", "000/000",
                   "KIDUL DALEM", "BANGIL", "LAKI-LAKI")
    cover = D("""
        Selamat pagi,

        Menindaklanjuti info di Instagram BKPSDM, berikut saya lampirkan surat pengaduan saya beserta foto KTP.

        Terima kasih.
        Agung

        Dikirim dari Yahoo Mail di Android
        """)
    d = hdate(2026, 12, 7, 10, 2, 33)
    put(rel, mixed("d01", d, "Agung Prasetya <agung.prasetya85@example.net>",
                   "Pengaduan usul kenaikan pangkat BTS", "example.net",
                   [part("text/plain", "utf-8", "8bit", cover),
                    attach("application/pdf", "Surat Pengaduan KP - Agung Prasetya.pdf", pdf),
                    attach("image/jpeg", "KTP_Agung.jpg", ktp)], ip="198.51.100.9"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-12-05", signed=True, email="agung.prasetya85@example.net",
        phone="081136225197", nik=nik), "mutasi",
        "PDF letter (Times, vector signature) + a KTP photo (JPEG) with the same NIK; lettered sections A/B/C; "
        "18-digit NIP beside the NIK; kenaikan pangkat although SKP and SIASN are named -> mutasi; complete")


def d02():
    """DOCX letter with a typed name only (cover says so); facilities for a wheelchair user."""
    rel = "email_pdf/d02.eml"
    name = "Hendrik Saputra, S.H."
    addr = "Perum Bumi Mapan Blok D-22, Desa Gunung Gangsir, Kecamatan Beji, Kabupaten Pasuruan"
    svc = ("Sejak loket layanan kepegawaian dipindahkan ke lantai dua gedung BKPSDM pada bulan Oktober 2026, tidak "
           "tersedia bidang miring (ramp) maupun lift, dan tidak ada petugas yang ditugaskan melayani di lantai "
           "satu. Pada 1 Desember 2026 saya harus menunggu di halaman parkir selama hampir dua jam sampai seorang "
           "petugas bersedia turun menerima berkas saya.")
    loss = ("Saya kehilangan setengah hari kerja, kehujanan di halaman parkir, dan merasa direndahkan karena "
            "diperlakukan seolah-olah kebutuhan saya merepotkan.")
    req = ("Saya mohon BKPSDM menyediakan loket layanan di lantai satu atau ramp/lift yang memadai, serta "
           "menetapkan petugas yang siap melayani pengunjung penyandang disabilitas.")
    intro = (f"Saya, {name}, penyandang disabilitas daksa pengguna kursi roda dan ASN di Bagian Hukum Setda "
             f"Kabupaten Pasuruan, beralamat di {addr} (HP 0813-3012-8876), menyampaikan pengaduan sebagai "
             "berikut.")
    items = [
        ("p", "Perihal: Pengaduan aksesibilitas ruang pelayanan BKPSDM", "l", None, 12),
        ("p", "Kepada Yth.", "l", None, 0), ("p", "Kepala BKPSDM Kabupaten Pasuruan", "l", None, 12),
        ("p", "Dengan hormat,"), ("p", intro, "j"),
        ("p", svc, "j"), ("p", loss, "j"), ("p", req, "j"),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.", "j",
         None, 12),
        ("p", "Beji, 8 Desember 2026", "l", 10.0, 0), ("p", "Hormat saya,", "l", 10.0, 0), ("sig",),
        ("p", name, "l", 10.0, 0),
    ]
    data = docx_letter(items, png=None, stamp=dt.datetime(2026, 12, 8, 14, 55, 0))
    cover = D("""
        Yth. Admin Pengaduan,

        Terlampir surat pengaduan saya dalam format Word. Mohon maaf belum sempat saya cetak dan tanda tangani karena printer di rumah rusak.

        Salam,
        Hendrik Saputra
        """)
    d = hdate(2026, 12, 8, 15, 20, 40)
    put(rel, mixed("d02", d, "Hendrik Saputra <hendrik.saputra@example.com>",
                   "Pengaduan aksesibilitas loket BKPSDM", "example.com",
                   [part("text/plain", "utf-8", "8bit", cover),
                    attach(DOCX_CT, "Pengaduan aksesibilitas.docx", data)], ip="203.0.113.40"))
    src(rel, docx_text(items))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Beji", date="2026-12-08", signed=False, email="hendrik.saputra@example.com",
        phone="081330128876", nik=None), "sekretariat",
        "NOT SIGNED: DOCX letter with 'Hormat saya,', empty lines and a typed name, no signature picture; the "
        "cover note says it is unsigned and its own 'Salam, Hendrik Saputra' does not sign the attached letter; "
        "identity and address inline in one sentence; facilities (no ramp/lift) -> sekretariat")


def d03():
    """PDF letter with an embedded PNG signature + KTP; a training place given away; complete."""
    rel = "email_pdf/d03.eml"
    name = "Wulan Sari, S.E."
    addr = "Dusun Pandean RT 01 RW 01, Desa Pandean, Kecamatan Rembang, Kabupaten Pasuruan"
    nik = "3514165510900001"
    svc = ("Saya ditetapkan sebagai peserta Pelatihan dan Sertifikasi Pengadaan Barang/Jasa Tingkat Dasar angkatan "
           "III tahun 2026 berdasarkan surat panggilan BKPSDM tanggal 2 November 2026. Namun ketika saya hadir pada "
           "hari pertama pelatihan, 23 November 2026, panitia menyatakan nama saya sudah diganti oleh peserta lain "
           "tanpa pemberitahuan kepada saya maupun kepada kepala dinas saya.")
    loss = ("Saya sudah mengeluarkan biaya penginapan dan transportasi ke lokasi pelatihan di Surabaya sebesar "
            "Rp 1.150.000 yang tidak dapat diganti, dan saya tidak dapat ditunjuk sebagai pejabat pengadaan pada "
            "tahun anggaran 2027 karena belum bersertifikat.")
    req = ("Saya meminta penjelasan tertulis mengenai penggantian tersebut, penggantian biaya yang sudah saya "
           "keluarkan, dan kepastian saya diikutsertakan pada angkatan pertama tahun 2027.")
    blocks = [
        ("p", "Hal : Pengaduan penggantian peserta pelatihan tanpa pemberitahuan"), ("gap", 1),
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "Alamat", addr), ("kv", "No. HP", "0852-5781-0093"),
        ("gap", 0.5),
        ("b", "Pokok pengaduan:"), ("p", svc), ("gap", 0.4),
        ("b", "Kerugian:"), ("p", loss), ("gap", 0.4),
        ("b", "Harapan/permintaan:"), ("p", req), ("gap", 0.5),
        ("p", "Atas perhatian Bapak/Ibu saya sampaikan terima kasih."), ("gap", 1),
        ("rightcol", "Rembang, 9 Desember 2026"), ("rightcol", "Pelapor,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 5301, sig_kind="image", size=10.5, font="sans",
                   producer=b"LibreOffice 7.6", creator=b"Writer")
    ktp = ktp_jpeg(5302, nik, "WULAN SARI", "PASURUAN, 15-10-1990", "DSN PANDEAN", "001/001", "PANDEAN",
                   "REMBANG", "PEREMPUAN")
    cover = D("""
        Assalamualaikum,

        Berikut kami kirimkan surat pengaduan dan KTP pelapor.

        Wassalam
        Wulan

        Sent from my iPhone
        """)
    d = hdate(2026, 12, 9, 12, 44, 8)
    put(rel, mixed("d03", d, "Wulan Sari <wulan.sari90@example.org>", "Surat pengaduan pelatihan PBJ",
                   "example.org",
                   [part("text/plain", "utf-8", "8bit", cover), attach("image/jpeg", "IMG_2291.JPG", ktp),
                    attach("application/pdf", "pengaduan_wulan.pdf", pdf)], ip="192.0.2.34"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Rembang", date="2026-12-09", signed=True, email="wulan.sari90@example.org",
        phone="085257810093", nik=nik), "kompetensi",
        "PDF letter (Helvetica, signature as an embedded image) AFTER a KTP photo named IMG_2291.JPG; labels "
        "'Pokok pengaduan', 'Harapan/permintaan', closing 'Pelapor,'; procurement training -> kompetensi; complete")


def d04():
    """Mixed English-Indonesian PDF letter; unpaid leave (CLTN); complete."""
    rel = "email_pdf/d04.eml"
    name = "Maya Indrawati, S.Si."
    addr = "Dusun Klakah RT 03 RW 01, Desa Pasrepan, Kecamatan Pasrepan, Kabupaten Pasuruan"
    svc = ("Saya mengajukan permohonan Cuti di Luar Tanggungan Negara (CLTN) selama dua tahun mulai 1 Januari 2027 "
           "untuk mendampingi suami yang menempuh studi doktoral di Melbourne, Australia. The application was "
           "submitted complete on 1 September 2026, including the recommendation of the head of Dinas Kesehatan, "
           "but until today there is no decision from BKPSDM, and the officer only said the file is \"masih di "
           "meja pimpinan\".")
    loss = ("Our departure is scheduled for 5 January 2027 and the dependant visa requires proof of leave from my "
            "employer. Without it I had to postpone the visa application and pay a rescheduling fee of AUD 195 "
            "(around Rp 2.000.000), and our children's school enrolment in Melbourne is also at risk.")
    req = ("Please issue the decision on my CLTN application before 28 December 2026, or inform me in writing if "
           "the application cannot be approved.")
    blocks = [
        ("right", "Pasrepan, 10 Desember 2026"), ("gap", 1),
        ("p", "Subject : Complaint \u2013 permohonan CLTN belum diputuskan"),
        ("p", "To : Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dear Sir/Madam,"), ("p", "I, the undersigned:"), ("gap", 0.3),
        ("kv", "Name", name), ("kv", "Address", addr), ("kv", "Mobile", "0877-0312-6654"),
        ("kv", "Position", "Pengawas Farmasi dan Makanan Ahli Pertama, Dinas Kesehatan"), ("gap", 0.4),
        ("p", "would like to submit a complaint as follows."), ("gap", 0.5),
        ("b", "Description of the problem"), ("p", svc), ("gap", 0.4),
        ("b", "Loss suffered"), ("p", loss), ("gap", 0.4),
        ("b", "Requested resolution"), ("p", req), ("gap", 0.5),
        ("p", "Thank you for your attention. Terima kasih atas perhatian Bapak/Ibu."), ("gap", 1),
        ("rightcol", "Yours faithfully,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 5401, sig_kind="vector", size=11.0, font="sans")
    cover = D("""
        Dear Sir/Madam,

        Please find attached my complaint letter (PDF). Mohon maaf suratnya campur bahasa Inggris, saya sudah terbiasa menulis untuk urusan kampus suami.

        Regards,
        Maya
        """)
    d = hdate(2026, 12, 10, 19, 5, 12)
    put(rel, mixed("d04", d, "Maya Indrawati <maya.indrawati@example.net>",
                   "Complaint: CLTN application not yet decided", "example.net",
                   [part("text/plain", "utf-8", "8bit", cover),
                    attach("application/pdf", "Complaint_CLTN_Maya.pdf", pdf)], ip="198.51.100.66"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pasrepan", date="2026-12-10", signed=True, email="maya.indrawati@example.net",
        phone="087703126654", nik=None), "kinerja",
        "MIXED English-Indonesian PDF letter: English labels (Name/Address/Mobile, 'Description of the "
        "problem', 'Loss suffered', 'Requested resolution', 'Yours faithfully,'); Indonesian place/date line; "
        "vector signature; unpaid leave (CLTN) -> kinerja; complete")


def d05():
    """A dinas officer forwards (Gmail) a PPPK employee's mail together with its PDF letter."""
    rel = "email_pdf/d05.eml"
    name = "Imron Rosyadi, S.Sos."
    addr = "Dusun Sekarputih RT 02 RW 03, Desa Tanggulangin, Kecamatan Kejayan, Kabupaten Pasuruan"
    nik = "3514200411910006"
    svc = ("Perjanjian kerja PPPK saya sebagai Penata Layanan Operasional di Dinas Sosial berakhir pada 30 November "
           "2026. Evaluasi kinerja saya selama masa kontrak bernilai \"baik\" dan usul perpanjangan sudah dikirim "
           "dinas pada 2 Oktober 2026, tetapi sampai sekarang SK perpanjangan perjanjian kerja belum diterbitkan "
           "oleh BKPSDM.")
    loss = ("Gaji bulan Desember 2026 saya tidak dapat dibayarkan karena tidak ada dasar perjanjian kerja, dan saya "
            "khawatir masa kerja saya terputus.")
    req = ("Saya mohon SK perpanjangan perjanjian kerja saya segera diterbitkan dengan TMT 1 Desember 2026 agar "
           "gaji saya dapat dibayarkan.")
    blocks = [
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Perihal : Pengaduan SK perpanjangan perjanjian kerja PPPK"), ("gap", 1),
        ("p", "Dengan hormat,"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "Alamat", addr), ("kv", "HP", "0812-5236-0418"),
        ("gap", 0.5),
        ("p", "Uraian:"), ("p", svc), ("gap", 0.4), ("p", "Kerugian:"), ("p", loss), ("gap", 0.4),
        ("p", "Permintaan:"), ("p", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya buat dengan sebenar-benarnya."), ("gap", 1),
        ("rightcol", "Kejayan, 10 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 5501, sig_kind="image", size=11.0, font="serif")
    cover = D("""
        Yth. Tim Pengaduan BKPSDM,

        Kami teruskan email pegawai PPPK kami beserta suratnya (terlampir). Mohon arahan.

        Salam,
        Nur Hidayah
        Kasubag Umum dan Kepegawaian
        Dinas Sosial Kabupaten Pasuruan

        ---------- Forwarded message ---------
        From: Imron Rosyadi <imron.rosyadi@example.com>
        Date: Thu, Dec 10, 2026 at 9:12 PM
        Subject: Pengaduan perpanjangan kontrak PPPK
        To: <umpeg.dinsos@example.org>


        Selamat malam Bu, mohon dibantu meneruskan surat pengaduan saya ke BKPSDM. Suratnya terlampir.

        Terima kasih,
        Imron
        """)
    d = hdate(2026, 12, 11, 8, 50, 19)
    put(rel, mixed("d05", d, '"Umpeg Dinas Sosial" <umpeg.dinsos@example.org>',
                   "Fwd: Pengaduan perpanjangan kontrak PPPK", "example.org",
                   [part("text/plain", "utf-8", "8bit", cover),
                    attach("application/pdf", "Surat Pengaduan Imron Rosyadi.pdf", pdf)], ip="192.0.2.140"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Kejayan", date="2026-12-10", signed=True, email="umpeg.dinsos@example.org",
        phone="081252360418", nik=nik), "pengadaan",
        "FORWARD WITH ATTACHMENT: a dinas officer's Gmail forward of an employee's cover note, the PDF letter "
        "(embedded-image signature) attached; complainant = the letter's writer; email = From: (the dinas); "
        "PPPK contract extension -> pengadaan although 'evaluasi kinerja' is named; complete")


def d06():
    """DOCX with a signature picture; long mobile signature and disclaimer in the cover; penyetaraan jabatan."""
    rel = "email_pdf/d06.eml"
    name = "Bambang Triyono, S.E."
    addr = "Dusun Krajan RT 05 RW 02, Desa Warungdowo, Kecamatan Pohjentrek, Kabupaten Pasuruan"
    svc = ("Dalam penyetaraan jabatan administrasi ke jabatan fungsional tahun 2026, saya yang sebelumnya menjabat "
           "Kepala Subbagian Keuangan (eselon IV/a) disetarakan menjadi Analis Keuangan Ahli Pertama, padahal "
           "pejabat pengawas lain dengan pangkat dan masa jabatan yang sama disetarakan menjadi Ahli Muda. "
           "Keberatan yang saya sampaikan pada 28 Oktober 2026 tidak pernah dijawab.")
    loss = ("Tunjangan jabatan saya turun sekitar Rp 190.000 per bulan, dan untuk naik ke jenjang Ahli Muda saya "
            "harus mengumpulkan angka kredit dari awal.")
    req = ("Saya mohon hasil penyetaraan jabatan saya ditinjau kembali dan saya ditetapkan dalam jenjang Ahli Muda "
           "sesuai ketentuan penyetaraan.")
    ident = [("Nama", name), ("NIP", "19790312 200501 1 007"), ("Alamat", addr), ("No. HP", "0813-5744-0261")]
    items = [
        ("p", "Perihal: Pengaduan hasil penyetaraan jabatan", "l", None, 12),
        ("p", "Kepada Yth.", "l", None, 0), ("p", "Kepala BKPSDM Kabupaten Pasuruan", "l", None, 0),
        ("p", "di Bangil", "l", None, 12),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"), ("tbl", ident),
        ("p", "Uraian pengaduan:", "l", None, 0), ("p", svc, "j"),
        ("p", "Kerugian yang saya alami:", "l", None, 0), ("p", loss, "j"),
        ("p", "Permintaan penyelesaian:", "l", None, 0), ("p", req, "j"),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.", "j", None, 12),
        ("p", "Pohjentrek, 11 Desember 2026", "l", 10.0, 0), ("p", "Hormat saya,", "l", 10.0, 0), ("sig",),
        ("p", name, "l", 10.0, 0),
    ]
    data = docx_letter(items, png=sig_png(5601), stamp=dt.datetime(2026, 12, 11, 20, 10, 0))
    cover = D("""
        Dengan hormat,

        Terlampir surat pengaduan saya mengenai hasil penyetaraan jabatan. Terima kasih.

        Bambang Triyono
        --
        Bambang Triyono, S.E.
        Analis Keuangan Ahli Pertama
        Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Pasuruan
        Komplek Perkantoran Raci, Bangil
        HP/WA: 0813-5744-0261
        "Melayani dengan integritas"

        Email ini bersifat rahasia dan hanya untuk penerima yang dituju. Jika Anda menerima email ini karena kekeliruan, mohon segera hapus dan beritahukan kepada pengirim.
        """)
    d = hdate(2026, 12, 12, 9, 33, 57)
    put(rel, mixed("d06", d, "Bambang Triyono <bambang.triyono@example.org>",
                   "Pengaduan penyetaraan jabatan", "example.org",
                   [part("text/plain", "utf-8", "8bit", cover),
                    attach(DOCX_CT, "Pengaduan Penyetaraan Jabatan.docx", data)], ip="192.0.2.58"))
    src(rel, docx_text(items))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pohjentrek", date="2026-12-11", signed=True, email="bambang.triyono@example.org",
        phone="081357440261", nik=None), "mutasi",
        "DOCX letter with an identity table and a signature picture above the typed name; the cover note has a "
        "long mobile signature with an office address and a disclaimer ('mohon segera hapus'); penyetaraan "
        "jabatan -> mutasi; complete")


def d07():
    """Letter PDF + a supporting SK PDF (with its own 'Ditetapkan di ... pada tanggal') + KTP; pencantuman gelar."""
    rel = "email_pdf/d07.eml"
    name = "Siti Nurjanah, S.Pd."
    addr = "Jl. Sultan Agung No. 17 RT 01 RW 03, Desa Kebotohan, Kecamatan Kraton, Kabupaten Pasuruan"
    nik = "3514074709880002"
    svc = ("Saya lulus Magister Pendidikan dari Universitas Negeri Malang pada Agustus 2025 dengan izin belajar dari "
           "BKPSDM nomor 800/1123/424.201/2023. Permohonan pencantuman gelar M.Pd. saya ajukan melalui SIASN pada "
           "6 Mei 2026 dengan berkas lengkap, tetapi sudah lebih dari tujuh bulan statusnya tetap \"verifikasi\" "
           "tanpa catatan perbaikan.")
    loss = ("Gelar M.Pd. saya belum dapat dicantumkan dalam data kepegawaian, sehingga saya tidak dapat mendaftar "
            "seleksi calon pengawas sekolah yang ditutup 30 November 2026 karena mensyaratkan kualifikasi S2 yang "
            "sudah diakui.")
    req = ("Saya mohon BKPSDM segera menyelesaikan verifikasi dan menerbitkan surat keterangan pencantuman gelar "
           "saya, atau memberitahukan kekurangan berkas secara tertulis.")
    blocks = [
        ("p", "Perihal : Pengaduan permohonan pencantuman gelar belum diselesaikan"), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "Alamat", addr), ("kv", "No. HP", "0857-3006-1842"),
        ("gap", 0.5),
        ("p", "1. Uraian pengaduan"), ("ind", svc), ("gap", 0.3),
        ("p", "2. Kerugian"), ("ind", loss), ("gap", 0.3),
        ("p", "3. Permintaan penyelesaian"), ("ind", req), ("gap", 0.5),
        ("p", "Sebagai bahan pertimbangan, bersama ini saya lampirkan petikan SK kenaikan pangkat terakhir dan "
              "fotokopi KTP."), ("gap", 1),
        ("rightcol", "Kraton, 14 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 5701, sig_kind="vector", size=11.0, font="serif")
    sk = [
        ("center", "PETIKAN", True), ("center", "KEPUTUSAN BUPATI PASURUAN", True),
        ("center", "NOMOR 823.3/0456/424.201/2023", False), ("gap", 0.5),
        ("center", "TENTANG", False), ("center", "KENAIKAN PANGKAT PEGAWAI NEGERI SIPIL", True), ("gap", 1),
        ("p", "BUPATI PASURUAN,"), ("gap", 0.5),
        ("p", "Menimbang : bahwa Pegawai Negeri Sipil yang namanya tersebut dalam keputusan ini telah memenuhi "
              "syarat untuk dinaikkan pangkatnya setingkat lebih tinggi."), ("gap", 0.5),
        ("center", "MEMUTUSKAN:", True), ("gap", 0.3),
        ("p", "Menetapkan : Terhitung mulai tanggal 1 April 2023 menaikkan pangkat Pegawai Negeri Sipil:"),
        ("kv", "Nama", "SITI NURJANAH, S.Pd."), ("kv", "NIP", "19880907 201101 2 003"),
        ("kv", "Pangkat lama", "Penata Muda, III/a"), ("kv", "Pangkat baru", "Penata Muda Tingkat I, III/b"),
        ("kv", "Unit kerja", "SDN Kebotohan 1, Kecamatan Kraton"), ("gap", 1),
        ("rightcol", "Ditetapkan di Pasuruan"), ("rightcol", "pada tanggal 20 Maret 2023"), ("gap", 0.5),
        ("rightcol", "BUPATI PASURUAN,"), ("rightcol", "ttd."), ("gap", 1),
        ("p", "Untuk petikan yang sah, Kepala BKPSDM Kabupaten Pasuruan."),
    ]
    skpdf = make_pdf(sk, 5703, size=10.5, font="serif", producer=b"Canon iR-ADV C3525", creator=b"Scan to PDF")
    ktp = ktp_jpeg(5702, nik, "SITI NURJANAH", "PASURUAN, 07-09-1988", "JL SULTAN AGUNG NO 17", "001/003",
                   "KEBOTOHAN", "KRATON", "PEREMPUAN")
    cover = D("""
        Yth. BKPSDM Kabupaten Pasuruan,

        Berikut saya lampirkan:
        1) surat pengaduan,
        2) petikan SK kenaikan pangkat terakhir,
        3) KTP.

        Hormat saya,
        Siti Nurjanah

        Get Outlook for Android
        """)
    d = hdate(2026, 12, 14, 13, 15, 2)
    put(rel, mixed("d07", d, "Siti Nurjanah <siti.nurjanah@example.com>",
                   "Pengaduan pencantuman gelar M.Pd.", "example.com",
                   [part("text/plain", "utf-8", "8bit", cover),
                    attach("application/pdf", "1. Surat Pengaduan.pdf", pdf),
                    attach("application/pdf", "2. Petikan SK KP 2023.pdf", skpdf),
                    attach("image/jpeg", "3. KTP.jpg", ktp)], ip="203.0.113.92"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Kraton", date="2026-12-14", signed=True, email="siti.nurjanah@example.com",
        phone="085730061842", nik=nik), "kompetensi",
        "THREE ATTACHMENTS: the letter PDF, a supporting SK PDF with its own 'Ditetapkan di Pasuruan pada "
        "tanggal 20 Maret 2023' and the name in capitals, and a KTP photo; fields from the letter only; "
        "degree recognition (pencantuman gelar) -> kompetensi although 'seleksi calon pengawas' is named")


# ======================================================================= scan
def s01():
    """Image-only PDF, 200 dpi grey, typed and signed; SIASN family data; complete."""
    rel = "scan/s01.pdf"
    name = "Achmad Syarifuddin"
    addr = "Dusun Krajan RT 03 RW 02, Desa Winongan Kidul, Kecamatan Winongan, Kabupaten Pasuruan"
    nik = "3514130207870008"
    svc = ("Anak kedua saya lahir pada 14 Mei 2026. Pada bulan Juni 2026 saya sudah mengajukan pemutakhiran data "
           "keluarga melalui SIASN dengan melampirkan akta kelahiran dan kartu keluarga terbaru, tetapi sampai saat "
           "ini data anak kedua saya belum tercatat dan usulan saya tidak pernah diverifikasi.")
    loss = ("Karena data tersebut belum tercatat, tunjangan anak untuk anak kedua saya belum dibayarkan sejak Juni "
            "2026, kurang lebih Rp 70.000 per bulan, dan anak saya belum dapat didaftarkan sebagai tanggungan BPJS "
            "Kesehatan melalui instansi.")
    req = ("Saya mohon data anak kedua saya di SIASN segera diverifikasi dan tunjangan anak yang belum dibayar "
           "dirapel sejak Juni 2026.")
    blocks = [
        ("p", "Perihal : Pengaduan data keluarga di SIASN tidak diperbarui"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "Alamat", addr), ("kv", "No. HP", "0815-1577-3206"),
        ("gap", 0.5),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Winongan, 7 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 6101, dpi=200, angle=0.5, paper=242, noise=7.0, blur=0.55)
    page = pages[0].point(lambda v: 242 if v > 222 else v)
    put(rel, img_bytes(page, "PDF", 200, quality=72))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Winongan", date="2026-12-07", signed=True, email=None, phone="081515773206", nik=nik),
        "pengadaan", "image-only PDF (200 dpi, grey, JPEG inside), typed, signed scribble; SIASN family data -> "
        "pengadaan; complete", ocr=True)


def s02():
    """Handwritten-looking letter on ruled paper (PNG, grey); an elderly retiree; mobile service no-show."""
    rel = "scan/s02.png"
    name = "Soemarno"
    addr = "Dusun Wonokitri RT 01 RW 01, Desa Wonokitri, Kecamatan Tosari"
    svc = ("Di Facebook BKPSDM diumumkan ada layanan keliling untuk pensiunan di Kantor Kecamatan Tosari pada hari "
           "Rabu, 9 Desember 2026 mulai jam 08.00. Saya dan kurang lebih 30 pensiunan lain datang dan menunggu "
           "sampai jam 14.00, tetapi petugas tidak datang dan tidak ada pemberitahuan pembatalan.")
    loss = ("Kami rugi ongkos ojek pulang pergi Rp 60.000 per orang dan satu hari menunggu, padahal banyak dari kami "
            "sudah sepuh dan sakit-sakitan.")
    req = "Saya mohon jadwal layanan keliling dipastikan, dan jika batal supaya diumumkan sehari sebelumnya."
    blocks = [
        ("p", "Kepada Yth."), ("p", "Bapak Kepala BKPSDM"), ("p", "Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", f"Saya {name}, pensiunan guru SD, alamat {addr}, No. HP 0812 4970 3351."), ("gap", 1),
        ("p", svc), ("gap", 1), ("p", loss), ("gap", 1), ("p", req), ("gap", 1),
        ("rightcol", "Tosari, 10 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    page = render_hand(blocks, 6201, dpi=200, angle=-0.6, noise=5.0, blur=0.5, size_pt=12.5)
    page = page.point(lambda v: 247 if v > 230 else v)
    put(rel, img_bytes(page, "PNG", 200, optimize=True))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Tosari", date="2026-12-10", signed=True, email=None, phone="081249703351", nik=None),
        "sekretariat", "HANDWRITTEN-looking letter on ruled paper (italic, word-by-word tilt), PNG grey 200 dpi; "
        "identity inline; a retiree on a mobile-service no-show announced on Facebook (general service) -> "
        "sekretariat; signed; complete", ocr=True)


def s03():
    """Colour JPG photo-scan, typed, printed name only (unsigned); SKP calibration."""
    rel = "scan/s03.jpg"
    name = "Eka Rahmawati, S.Kep., Ners"
    addr = "Dusun Krajan RT 04 RW 01, Desa Jatirejo, Kecamatan Lekok, Kabupaten Pasuruan"
    nik = "3514205801890007"
    svc = ("Predikat kinerja tahunan 2025 saya di aplikasi e-Kinerja berubah dari \"Baik\" menjadi \"Butuh "
           "Perbaikan\" setelah proses kalibrasi oleh tim penilai kinerja, tanpa pemberitahuan dan tanpa kesempatan "
           "klarifikasi. Keberatan yang saya ajukan melalui BKPSDM pada 20 Oktober 2026 belum dijawab.")
    loss = ("Predikat tersebut membuat saya tidak memenuhi syarat usul kenaikan pangkat periode April 2027 dan TPP "
            "saya dipotong 10% sejak Oktober 2026.")
    req = ("Saya mohon keberatan saya diperiksa, predikat kinerja tahunan 2025 saya dikembalikan menjadi \"Baik\" "
           "sesuai penilaian atasan langsung, dan potongan TPP dikembalikan.")
    blocks = [
        ("right", "Lekok, 8 Desember 2026"), ("gap", 1),
        ("p", "Hal : Pengaduan predikat kinerja tahunan 2025"), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "Alamat", addr), ("kv", "No. HP", "0838-3145-2270"),
        ("gap", 0.5),
        ("p", "Uraian:"), ("p", svc), ("gap", 0.4), ("p", "Kerugian:"), ("p", loss), ("gap", 0.4),
        ("p", "Permintaan:"), ("p", req), ("gap", 0.5),
        ("p", "Demikian, atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", False), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 6301, dpi=220, angle=-0.7, paper=(243, 238, 226), noise=6.0, blur=0.6,
                        colour=True)
    put(rel, img_bytes(pages[0], "JPEG", 220, quality=78))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Lekok", date="2026-12-08", signed=False, email=None, phone="083831452270", nik=nik),
        "kinerja", "NOT SIGNED: colour JPG photo-scan (220 dpi) with 'Hormat saya,' and the printed name only, "
        "no handwriting above it; SKP predicate after calibration -> kinerja", ocr=True)


def s04():
    """Image-only PDF rotated 1.8 degrees, signed, no place/date line at all; mutasi SK."""
    rel = "scan/s04.pdf"
    name = "Mochamad Ridwan, S.Pd."
    addr = "Dusun Sumberejo RT 02 RW 04, Desa Lumbangrejo, Kecamatan Prigen, Kabupaten Pasuruan"
    svc = ("Permohonan mutasi saya dari SMPN 3 Lumbang ke SMPN 1 Prigen telah disetujui oleh Dinas Pendidikan dan "
           "kedua kepala sekolah sejak Juli 2026, dan berkasnya sudah diterima BKPSDM pada 4 Agustus 2026. Sampai "
           "sekarang SK mutasi belum terbit, sedangkan guru lain yang mengajukan pada bulan September sudah "
           "menerima SK.")
    loss = ("Setiap hari saya menempuh perjalanan sekitar 70 km pulang pergi ke Lumbang melalui jalan pegunungan, "
            "dengan biaya bensin sekitar Rp 600.000 per bulan, dan saya sudah dua kali jatuh dari sepeda motor saat "
            "hujan.")
    req = ("Saya mohon SK mutasi saya segera diterbitkan, atau saya diberi penjelasan tertulis mengenai kendala "
           "penerbitannya.")
    blocks = [
        ("p", "Perihal : Pengaduan SK mutasi antarsekolah belum terbit"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0821-3977-0512"), ("gap", 0.5),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 6401, dpi=200, angle=1.8, paper=236, noise=8.0, blur=0.6)
    page = pages[0].point(lambda v: 236 if v > 218 else v)
    put(rel, img_bytes(page, "PDF", 200, quality=70, producer="HP Scan", creator="HP Smart"))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date=None, signed=True, email=None, phone="082139770512", nik=None),
        "mutasi", "NO PLACE, NO DATE: no place/date line anywhere (a file has no Date header to fall back on); "
        "image-only PDF rotated 1.8 degrees, heavier noise; signed; mutasi antarsekolah -> mutasi", ocr=True)


def s05():
    """PNG 300 dpi, ruled identity table, signed, no loss; izin belajar refused."""
    rel = "scan/s05.png"
    name = "Novita Sari Dewi, S.Pd."
    addr = "Perum Bangil Residence Blok A-9, Desa Masangan, Kecamatan Bangil, Kabupaten Pasuruan"
    nik = "3514095311930004"
    svc = ("Saya mengajukan permohonan izin belajar program S2 Pendidikan Dasar pada 12 Agustus 2026 melalui "
           "aplikasi layanan kepegawaian. Permohonan tersebut ditolak pada 30 Oktober 2026 dengan alasan \"program "
           "studi tidak terakreditasi\", padahal program studi tersebut terakreditasi Baik Sekali sejak 2024 dan "
           "sertifikat akreditasinya sudah saya lampirkan.")
    req = ("Saya mohon penolakan izin belajar saya ditinjau kembali berdasarkan sertifikat akreditasi yang sah, dan "
           "izin belajar saya diterbitkan sebelum semester genap dimulai pada Februari 2027.")
    blocks = [
        ("bigc", "SURAT PENGADUAN"), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Yang bertanda tangan di bawah ini:"), ("gap", 0.5),
        ("tbl", [("Nama", name), ("NIK", nik), ("Alamat", addr), ("Telepon", "0896-3021-7745"),
                 ("Unit kerja", "SDN Masangan 1")], 0.26), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("p", svc), ("gap", 0.4), ("p", req), ("gap", 0.4),
        ("p", "Demikian surat pengaduan ini saya buat. Atas perhatiannya saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Bangil, 11 Desember 2026"), ("rightcol", "Pelapor,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 6501, dpi=300, angle=0.35, paper=245, noise=5.0, blur=0.7)
    page = pages[0].point(lambda v: 245 if v > 228 else v)
    put(rel, img_bytes(page, "PNG", 300, optimize=True))
    src(rel, "\n".join([blocks_text(blocks), f"Nama {name}", f"NIK {nik}", f"Alamat {addr}",
                        "Telepon 0896-3021-7745"]))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
        place="Bangil", date="2026-12-11", signed=True, email=None, phone="089630217745", nik=nik),
        "kompetensi", "NO LOSS: PNG at 300 dpi with a ruled identity table (incl. a workplace row); the story and "
        "the request but no word of what it cost; closing 'Pelapor,' + signature; izin belajar -> kompetensi",
        ocr=True)


def s06():
    """An e-mail with a phone photo (JPG) of a handwritten letter; cuti alasan penting; complete."""
    rel = "scan/s06.eml"
    name = "Ratna Wulandari, S.Pd."
    addr = "Dusun Krajan RT 03 RW 05, Desa Pucangsari, Kecamatan Purwosari"
    svc = ("Ayah saya meninggal dunia pada 2 November 2026. Saya mengajukan cuti karena alasan penting selama 5 hari "
           "kerja melalui kepala sekolah dan surat permohonan sudah diterima staf BKPSDM pada 3 November 2026, "
           "tetapi di aplikasi presensi saya tetap tercatat tanpa keterangan selama lima hari tersebut.")
    loss = ("Akibatnya TPP saya bulan November dipotong Rp 615.000 dan saya mendapat teguran tertulis dari kepala "
            "sekolah karena dianggap mangkir.")
    req = ("Saya mohon surat izin cuti alasan penting saya diterbitkan, catatan presensi saya diperbaiki, dan "
           "potongan TPP dikembalikan.")
    blocks = [
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0856 0712 9934"), ("gap", 1),
        ("p", svc), ("gap", 1), ("p", loss), ("gap", 1), ("p", req), ("gap", 1),
        ("rightcol", "Purwosari, 14 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    page = render_hand(blocks, 6601, dpi=170, angle=0.0, noise=3.0, blur=0.3, size_pt=12.5, grey=False)
    photo = phone_photo(page, 6602, size=(1536, 2048),
                        quad=[(120, 95), (1430, 120), (1475, 1975), (80, 1950)])
    jpg = img_bytes(photo, "JPEG", 72, quality=82)
    cover = D("""
        Selamat pagi, mohon maaf surat pengaduan saya kirim dalam bentuk foto karena scanner di sekolah rusak.

        Ratna

        Sent from my Galaxy
        """)
    d = hdate(2026, 12, 15, 6, 41, 27)
    put(rel, mixed("s06", d, "Ratna Wulandari <ratna.wulandari87@example.com>", "Pengaduan (foto surat)",
                   "example.com", [part("text/plain", "utf-8", "8bit", cover),
                                   attach("image/jpeg", "20261215_063902.jpg", jpg)], ip="203.0.113.55"))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Purwosari", date="2026-12-14", signed=True, email="ratna.wulandari87@example.com",
        phone="085607129934", nik=None), "kinerja",
        "E-MAIL WITH A PHONE PHOTO of a handwritten-looking letter (perspective, shadow, colour JPG); the cover "
        "note signs only 'Ratna'; letter dated the day before the mail; cuti alasan penting / presensi -> "
        "kinerja; complete", ocr=True)


# ================================================================= auto_reply
def a01():
    """Mailbox-full delay notice in Indonesian: plain text, null Return-Path, no Auto-Submitted."""
    rel = "auto_reply/a01.eml"
    d = hdate(2026, 12, 16, 8, 3, 11)
    orig_d = hdate(2026, 12, 16, 7, 58, 40)
    body = D(f"""
        Pesan ini dibuat secara otomatis oleh sistem surel. Mohon tidak membalas pesan ini.

        Pesan Anda kepada:

            tu.sman1wonorejo@example.org

        belum dapat dikirim karena kotak surat penerima sudah penuh (kuota 2 GB terlampaui). Sistem akan mencoba mengirim ulang secara berkala selama 3 hari. Jika kotak surat penerima tetap penuh, pesan akan dikembalikan kepada Anda.

        Rincian teknis:
        Status: 4.2.2 (kotak surat penuh)
        Server: mx.sman1wonorejo.example.org
        Percobaan pertama: {orig_d}

        ------ Salinan pesan asli ------
        Date: {orig_d}
        From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
        To: tu.sman1wonorejo@example.org
        Subject: Permintaan klarifikasi pengaduan PGD-2026-0642

        Yth. Kepala Tata Usaha SMAN 1 Wonorejo,

        Bersama ini kami sampaikan pengaduan Sdr. Fitriani Lestari mengenai berkas PPPK yang bersangkutan. Mohon klarifikasi tertulis paling lambat 3 (tiga) hari kerja.

        Hormat kami,
        Tim Pengaduan BKPSDM Kabupaten Pasuruan
        Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153
        """)
    h = "Return-Path: <>\n" + headers(
        "a01", d, "Sistem Surel SMAN 1 Wonorejo <postmaster@sman1wonorejo.example.org>",
        "Pesan belum terkirim: kotak surat penerima penuh", "sman1wonorejo.example.org", ip="192.0.2.230")
    h += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
    put(rel, (h + body).encode("utf-8"))
    unscored(rel, "auto_reply",
             "mailbox-full delay notice in Indonesian from a school's postmaster: plain text (not multipart/report), "
             "null Return-Path, no Auto-Submitted, quotes the agency's own mail with the agency address and a "
             "complainant's name; must be auto_reply", auto_reply=True)


def a02():
    """Vacation reply in Indonesian as 'Re:', with X-Autoreply but no Auto-Submitted header."""
    rel = "auto_reply/a02.eml"
    d = hdate(2026, 12, 17, 10, 12, 5)
    body = D("""
        Assalamualaikum wr. wb.

        Terima kasih atas email Bapak/Ibu. Ini adalah balasan otomatis.

        Mulai 14 Desember 2026 sampai 8 Januari 2027 saya sedang cuti melahirkan sehingga email tidak dapat saya balas. Untuk urusan kepegawaian sekolah silakan menghubungi Ibu Sri Utami di nomor 0812-3345-9910. Kekurangan berkas pengaduan saya akan saya kirim setelah saya kembali bertugas.

        Wassalamualaikum wr. wb.
        Anisa Rahmadani, S.Pd.
        Guru SDN Sukorejo 3
        """)
    extra = (f"In-Reply-To: {msgid('a02-agency', 'pasuruankab.go.id')}\n"
             f"References: {msgid('a02-agency', 'pasuruankab.go.id')}\nX-Autoreply: yes\n")
    put(rel, plain_mail("a02", d, "Anisa Rahmadani <anisa.rahmadani@example.com>",
                        "Re: Permintaan kelengkapan pengaduan PGD-2026-0655", "example.com", body,
                        ip="203.0.113.144", extra=extra))
    unscored(rel, "auto_reply",
             "vacation reply (maternity leave) in Indonesian with a plain 'Re:' subject, In-Reply-To our mail and "
             "X-Autoreply: yes but no Auto-Submitted and no 'Out of Office' words; mentions cuti, a name, a phone "
             "and her pending complaint; must be auto_reply", auto_reply=True)


# ==================================================================== hostile
def h01():
    """A 'PDF' that is only a header followed by random bytes: unreadable, exit 3."""
    rel = "hostile/h01.pdf"
    rng = random.Random(7101)
    junk = bytes(rng.getrandbits(8) for _ in range(6144))
    put(rel, b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + junk)
    unscored(rel, "hostile_error", "corrupt PDF: a valid '%PDF-1.6' header followed by 6 KB of random bytes (no "
             "objects, no xref, no trailer, no %%EOF); must exit 3 with one stderr line", expect_exit=3)


def zip_bomb_docx(size_mb=300):
    """A DOCX-shaped zip whose word/document.xml inflates to size_mb MiB (one run of spaces)."""
    import zipfile
    ct = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.'
          b'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
          b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          b'document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            b'</Relationships>')
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
            b'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">')
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    doc = head + b" " * (size_mb * 1024 * 1024) + tail
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for nm, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(nm, date_time=(2026, 12, 21, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data, compresslevel=9)
    return out.getvalue()


def h02():
    """A complete letter in the body; the attached 'copy' DOCX is a decompression bomb."""
    rel = "hostile/h02.eml"
    name = "Yoga Pratama, S.IP."
    addr = "Jl. Slamet Riyadi No. 12 RT 01 RW 02, Kelurahan Pandaan, Kecamatan Pandaan, Kabupaten Pasuruan"
    svc = ("Sejak 1 Juli 2026 saya ditunjuk secara lisan oleh camat untuk melaksanakan tugas Kepala Seksi "
           "Pemerintahan Kecamatan Pandaan yang kosong, tetapi surat perintah pelaksana tugas (Plt) tidak pernah "
           "diterbitkan walaupun usulannya sudah dikirim ke BKPSDM pada 8 Juli 2026.")
    loss = ("Tanpa surat perintah Plt, tanda tangan saya pada dokumen kependudukan dan keuangan dipersoalkan "
            "auditor, dan saya tidak menerima tambahan TPP sebagai Plt selama enam bulan.")
    req = ("Mohon surat perintah Plt saya diterbitkan berlaku sejak 1 Juli 2026, atau jabatan tersebut segera diisi "
           "secara definitif.")
    text = D(f"""
        Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

        Nama   : {name}
        Alamat : {addr}
        No. HP : 0823-3088-4105

        Uraian: {svc}

        Kerugian: {loss}

        Permintaan: {req}

        Pandaan, 21 Desember 2026
        Hormat saya,
        {name}

        (Salinan surat dalam format Word terlampir.)
        """)
    bomb = zip_bomb_docx(300)
    d = hdate(2026, 12, 21, 10, 10, 45)
    put(rel, mixed("h02", d, "Yoga Pratama <yoga.pratama@example.net>", "Pengaduan surat perintah Plt",
                   "example.net", [part("text/plain", "utf-8", "8bit", text),
                                   attach(DOCX_CT, "Surat_Pengaduan_Plt.docx", bomb)], ip="198.51.100.174"))
    src(rel, text)
    complaint(rel, "hostile_ok", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pandaan", date="2026-12-21", signed=True, email="yoga.pratama@example.net",
        phone="082330884105", nik=None), "mutasi",
        f"DECOMPRESSION BOMB: the attached 'copy' DOCX ({len(bomb) // 1024} KB) inflates to 300 MiB of spaces in "
        "word/document.xml; must exit 0 within the time limit without a crash; the complete body letter is "
        "scored; Plt appointment (jabatan) -> mutasi")


# ===================================================================== checks
HEADER_DATE = {"email_plain/p03.eml", "email_plain/p07.eml"}


def self_check():
    """Every truth passage is in the letter as written; e-mail truth agrees with the headers."""
    for t in TRUTH:
        f = t["fields"]
        rel = t["file"]
        assert t["category"] in ("email_plain", "email_mime", "email_pdf", "scan", "auto_reply",
                                 "hostile_error", "hostile_ok"), rel
        assert rel.split("/")[0] == {"hostile_error": "hostile", "hostile_ok": "hostile"}.get(
            t["category"], t["category"]), rel
        if not f:
            continue
        text = norm(SOURCES[rel])
        for k in ("name", "address", "service_description", "loss", "requested_resolution", "place", "nik"):
            if f[k] is not None:
                assert norm(f[k]) in text, (rel, k, f[k])
        if f["nik"]:
            assert re.fullmatch(r"35\d{14}", f["nik"]), (rel, f["nik"])
        if f["phone"]:
            assert re.fullmatch(r"08\d{8,11}", f["phone"]), (rel, f["phone"])
            digits = re.sub(r"\D", "", SOURCES[rel])
            assert f["phone"] in digits or ("62" + f["phone"][1:]) in digits, (rel, "phone")
        if f["date"]:
            dt.date.fromisoformat(f["date"])
        assert t["complete"] is (not t["missing"]), rel
        assert t["missing"] == [k for k in REQUIRED if (f[k] is False if k == "signed" else f[k] is None)], rel
        assert t["division"] in (None, "sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja"), rel
        if rel.endswith(".eml"):
            msg = email.message_from_bytes(FILES[rel], policy=email.policy.default)
            frm = email.utils.parseaddr(str(msg["From"]))[1]
            assert frm.lower() == f["email"], (rel, frm)
            assert f["date"] is not None, rel
            if rel in HEADER_DATE:
                hd = email.utils.parsedate_to_datetime(msg["Date"]).date().isoformat()
                assert hd == f["date"], (rel, hd, f["date"])
        else:
            assert t["ocr"], rel
    ids = [re.search(rb"^Message-ID: (.*)$", v, re.M).group(1) for k, v in FILES.items() if k.endswith(".eml")]
    assert len(ids) == len(set(ids)), "duplicate Message-ID"
    for rel, data in FILES.items():
        if rel.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            for addr in re.findall(r"[\w.+-]+@[\w.-]+", data.decode("utf-8", "replace")):
                dom = addr.split("@")[1].lower().rstrip(".")
                assert ".example." in "." + dom + "." or dom.endswith("pasuruankab.go.id"), (rel, addr)
            assert msg["Date"] is not None, rel
    assert FILES["hostile/h01.pdf"].startswith(b"%PDF-") and b"%%EOF" not in FILES["hostile/h01.pdf"]


# ===================================================================== README
CATS = [("email_plain/", "email_plain", "plain-text mails: forwards (Gmail Indonesian and English UI, "
         "Outlook 'From:/Sent:', iPhone 'Begin forwarded message:' with '> ' quoting), a reply that completes "
         "an earlier mail, a reply that repeats the complaint above the agency's quoted request, a daughter and a "
         "wife writing for retired parents/husbands, mixed Indonesian-English, long signatures and disclaimers, "
         "a complaint meant for another agency"),
        ("email_mime/", "email_mime", "Outlook HTML forward (windows-1252 QP), Gmail HTML-only reply re-sending "
         "a complaint over a quoted older version, a widow's letter in iso-8859-1 QP with RFC 2047 headers, "
         "forward-as-attachment (message/rfc822), HTML-only QP with a bilingual disclaimer, iPhone "
         "format=flowed base64"),
        ("email_pdf/", "email_pdf", "short cover mail + the letter as a text PDF (vector or image signature) or "
         "DOCX (signature picture or typed name only); KTP photos (JPEG) attached to three of them; a supporting "
         "SK PDF beside the letter; a dinas officer's forward carrying the citizen's PDF; an English-Indonesian "
         "letter"),
        ("scan/", "scan", "image-only PDF (200 dpi, one rotated 1.8 degrees), PNG (200 dpi handwritten-looking on "
         "ruled paper; 300 dpi typed with a ruled table), colour JPG photo-scan, and an e-mail with a phone "
         "photo of a handwritten-looking letter; signed and unsigned; one page each"),
        ("auto_reply/", "auto_reply", "an Indonesian mailbox-full delay notice (plain text, null Return-Path, no "
         "Auto-Submitted) and an Indonesian vacation reply with a plain 'Re:' subject and X-Autoreply only"),
        ("hostile/", "hostile_error", "a PDF header followed by random bytes (must exit 3)"),
        ("hostile/", "hostile_ok", "a complete body letter with a DOCX 'copy' attached that inflates to 300 MiB "
         "(the body letter is scored)")]

DECISIONS = """\
1. **Forwarded mail: the complainant is the original writer.** The procedure asks for the name,
   address and signature of the *pengguna layanan* who complains; a village head, principal,
   kecamatan or dinas officer who forwards the letter is a messenger. So `name`, `address`,
   `phone`, `nik`, `place`, `date` and `signed` come from the forwarded letter, never from the
   forwarder's note or signature (`p01`, `p02`, `p03`, `p11`, `m01`, `m04`, `d05`). The
   forwarder's office telephone or school address is not the complainant's.
2. **`email` is still the `From:` address** of the file, as DESIGN.md defines it ("for e-mail,
   the sender's address from `From:`"), also for forwards, where the original writer's
   address only appears in the forwarded header block or the attached message/rfc822 part.
   This is the one field where the forwarder, not the complainant, is recorded; it is applied
   the same way in every forwarded item.
3. **Signature of a forwarded letter.** `signed` is the complainant's closing with their name.
   `p11`'s citizen letter ends with its place/date line and no closing: not signed, although the
   forwarder's note closes "Salam, Wahyu Setiawan".
4. **Dates of forwarded letters.** A forwarded letter with a place/date line gives the date
   (`p01`: letter 7 Dec, forward 8 Dec -> 7 Dec). The one forwarded letter without a
   place/date line (`p03`) was written and forwarded on the same local day, so the forwarded
   block's date and the outer `Date:` header agree; no item depends on choosing between them.
5. **Replies are read whole.** A careful officer reads the new text and the quoted mail
   together. `p04`: the new text gives only the address and the loss, the quoted earlier mail
   (same writer, same evening) has the name, story, request, place/date line and closing ->
   complete, fields from both parts. When the new text repeats the whole complaint (`p05`,
   `m02`), its own fields are used; the quoted part (the agency's request for missing items with
   the agency's address and another date in `p05`; the writer's older, shorter version dated 8
   Dec in `m02`) gives nothing that the new text overrides.
6. **Writing on behalf of someone else: the writer is the complainant.** A daughter for her
   bedridden retired mother (`p06`), a wife for her stroke-stricken retired husband (`p07`), a
   widow for her deceased husband (`m03`): `name` is the writer as written, not the civil
   servant named in the letter; an 18-digit NIP of the retired or deceased servant is not a NIK.
7. **Names.** Where the identity block and the closing differ only because the closing is a
   first name (`p08`: "Thanks,\\nNadia"), `name` is the identity block's full name and the letter
   is signed. Elsewhere the identity block and the closing carry the same string.
8. **Disclaimers and footers are not letter text.** "mohon segera memberitahu pengirim dan
   menghapus surel ini" (`p10`), "mohon beritahukan pengirim dan hapus email ini" (`m05`), "mohon
   segera hapus" (`d06`) and "please notify the sender" (`p08`) are not requested resolutions;
   "Sent from my iPhone", "Dikirim dari Yahoo Mail di Android", "Get Outlook for Android" are not
   names. `p10` has no request at all (it closes with "Demikian ... terima kasih").
9. **Workplace is not an address** (`p02`: only her school; `p09`: a school and "rumah saya di
   daerah Tutur" inside the story): `address` null. A workplace in a signature (`p08`, `p10`)
   does not replace the home address of the identity block.
10. **Attachments.** For a mail with a letter attached, fields come from the letter; a KTP photo
    (`d01`, `d03`, `d07`) carries the same NIK as the letter, and a supporting SK (`d07`, with its
    own "Ditetapkan di Pasuruan pada tanggal 20 Maret 2023") is not the letter. The cover
    note's closing does not sign the attached letter (`d02`). `ocr` stays false for these items:
    the letter's text is in the PDF/DOCX.
11. **Scans without a date.** `s04` has no place/date line at all: `place` and `date` null (a
    file has no `Date:` header to fall back on).
12. **Routing.** Staff conduct, illegal fees, counter hours, facilities and the agency's own
    social-media admin go to `sekretariat` although a service is named (`p03` Karis, `p06`
    pension SK legalisation, `m06` PPPK, `d02`, `p09`, `s02`). Otherwise the topic decides:
    kenaikan pangkat pengabdian of a retiree -> `mutasi` even though "pensiun" occurs more often
    (`p07`); a PPPK contract -> `pengadaan` though "evaluasi kinerja" is named (`d05`); degree
    recognition -> `kompetensi` though "seleksi calon pengawas" is named (`d07`); penyetaraan
    jabatan and a Plt appointment -> `mutasi` (`d06`, `h02`); SKP/TPP, leave and Satyalancana ->
    `kinerja`. `p12` is about an e-KTP at the kecamatan (Dukcapil), which is no topic of any
    BKPSDM division and not this agency's staff -> `null`.
13. **`h02`** is scored on its body letter: the file is readable and the body holds a complete
    letter; the attached DOCX is a decompression bomb (a few hundred KB inflating to 300 MiB) that
    an extractor must skip or cap rather than inflate.
"""


def readme():
    n = {}
    for t in TRUTH:
        n[t["category"]] = n.get(t["category"], 0) + 1
    comp = [t for t in TRUTH if t["fields"]]
    inc = [t for t in comp if not t["complete"]]
    divs = {}
    for t in comp:
        divs[t["division"] or "null"] = divs.get(t["division"] or "null", 0) + 1
    out = [f"""# heldout22 — blind held-out set for `pengaduan extract`: the inbox after going public

{len(TRUTH)} items, {len(comp)} of them scored complaints ({len(inc)} incomplete, {len(comp) - len(inc)}
complete), in the format of `/work/shared/samples/` (contract: `/work/shared/DESIGN.md`,
procedure: `/work/shared/procedure-id.md`, scorer: `/work/shared/tools/score.py`).

The theme is **the inbox after the agency published its e-mail address on social media**:
complaints that arrive second-hand (forwarded by a village head, a school principal, a
kecamatan or dinas officer, the Bupati's complaint channel), replies that quote earlier mail
and complete or repeat the complaint, relatives writing for retired or deceased civil
servants, letters attached as PDF or DOCX with a one-line cover note (some with a KTP photo or
a supporting SK), long phone signatures, legal disclaimers and "Sent from my iPhone" footers,
mixed Indonesian-English writing, a complaint meant for another agency, scans, two
auto-replies that are easy to mistake for people, and two hostile files.

Regenerate from the repository root (deterministic; two runs give byte-identical files):

    .venv/bin/python tests/extract/heldout22/make_heldout22.py

Score:

    python3 /work/shared/tools/score.py --set tests/extract/heldout22 --cmd ".venv/bin/pengaduan extract" --cwd /tmp -v

## Written blind

This set was written from the specification only: `procedure-id.md`, `DESIGN.md`, the samples'
`README.md` and `truth.jsonl` (plus a look at a few sample files for their format) and
`score.py`. Neither the extractor (`pipeline/`) nor any other test set's letters were used; only
the rendering machinery (PDF writer, signature scribble, scan renderer, phone-photo warp, MIME
helpers, DOCX re-zipper) was copied from heldout21's generator. Every letter, person and
address is new and invented; mail addresses use `example.*` domains (the agency keeps
`pasuruankab.go.id` as in the samples); NIKs, NIPs and phone numbers are invented. The set was
frozen before it was scored once.

## Categories

| folder | category | n | what |
|---|---|---|---|
"""]
    for folder, cat, what in CATS:
        out.append(f"| `{folder}` | `{cat}` | {n.get(cat, 0)} | {what} |\n")
    out.append("\nDivisions of the scored complaints: " + ", ".join(
        f"`{k}` {v}" for k, v in sorted(divs.items())) + ".\n")
    out.append("""
## Truth conventions

As in the samples' README, exactly:

- `fields`: absent -> `null`. `address`, `service_description`, `loss`, `requested_resolution`
  are the exact passage of the letter without its label (quote markers and wrapping removed).
  `name` as written in the letter, titles included. `place` is the place of the place/date
  line. `phone` digits with a leading 0 (a +62 number mapped to 0). `nik` only for a 16-digit
  NIK.
- `date`: `YYYY-MM-DD` of the letter; for an e-mail whose letter carries no date, the local date
  of the `Date:` header; for a scan with no date, `null`.
- `signed`: scans/PDFs/DOCX: a handwritten signature (scribble, vector strokes, embedded
  image) above the printed name. E-mail body letters: a closing followed by the writer's name.
  E-mail with an attached letter: the attached letter's signature only.
- `email`: for e-mail items the `From:` address; for files an address written in the letter.
- `missing`: absent required keys in the order name, address, service_description, loss,
  requested_resolution, place, date, signed; `complete` is true exactly when `missing` is empty
  (the generator asserts this and that every passage occurs in the letter).
- `auto_reply` and `hostile_error` items have `fields`, `missing`, `complete`, `division` null.

## Decisions on the ambiguous cases

""")
    out.append(DECISIONS)
    out.append("\n## Items\n\n| file | category | division | missing | what it tests |\n|---|---|---|---|---|\n")
    for t in TRUTH:
        miss = "—" if t["missing"] is None else (", ".join(t["missing"]) or "[]")
        div = "—" if t["fields"] is None else (t["division"] or "null")
        out.append(f"| `{t['file']}` | {t['category']} | {div} | {miss} | {t['note']} |\n")
    return "".join(out)


ITEMS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12,
         m01, m02, m03, m04, m05, m06,
         d01, d02, d03, d04, d05, d06, d07,
         s01, s02, s03, s04, s05, s06,
         a01, a02,
         h01, h02]


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
