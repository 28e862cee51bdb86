#!/usr/bin/env python3
"""Generate the blind held-out set `heldout24` for `pengaduan extract`.

Theme: exactly the hidden set's description in the samples' README --
"other letter layouts, label words, wording, people, places and topics, and
messier writing (typos, ALL CAPS, no labels, chatty WhatsApp-style mails,
Javanese-flavoured and English-mixed letters, quoted reply chains, more MIME
and scan variants)" -- with new choices: label words the samples never use
("Identitas Pelapor", "Domisili", "Kontak", "Kronologis", "Dampak yang
dialami", "Tuntutan", "Solusi yang diharapkan", "Panyuwunan", "Harapan
Pelapor"), a letter in one long unlabelled paragraph, letters whose parts come
in an unusual order (the request first, the identity at the end), typos in
labels and month names ("Novmber", "Desmber"), dates written "01/12/2026",
"1-12-26", "Selasa Pon 17 November 2026", Hijri beside Gregorian, place/date
lines at the top right and at the bottom, names with titles and degrees,
NIKs written with spaces, "+62 8xx-..." and "08xx xxxx xxxx (WA)" phones, an
office line beside a mobile number, and topics the samples do not have
(pensiun janda, Karsu, tugas belajar, PAK jabatan fungsional, pencantuman
gelar, hukuman disiplin appeal, e-Kinerja login, TPP cut, CLTN, cuti besar,
PKP certificate, Latsar, pelantikan, disability access, parking fees).

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and a few sample files, score.py), without
looking at the extractor or at other test sets' letters.  The rendering
machinery (PDF writer, signature scribble, scan renderer, phone-photo warp,
MIME helpers, DOCX re-zipper) is copied from heldout22's generator; every
letter, person and address here is new.

Run from the repository root:
    .venv/bin/python tests/extract/heldout24/make_heldout24.py

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
    h = hashlib.sha1(("heldout24-" + tag).encode()).hexdigest()[:20]
    return f"<{h}@{domain}>"


def boundary(tag, n=0):
    return "0000000000" + hashlib.sha1(f"heldout24-b-{tag}-{n}".encode()).hexdigest()[:18]


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
    qid = hashlib.sha1(("h24" + tag).encode()).hexdigest()[:10].upper()
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
                vl = wrap_px(val, x2 - x1 - 2 * pad, measure) if val else [""]
                for ln in vl:
                    if ln:
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




# ================================================================ heldout24
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



# ------------------------------------------------------------ heldout24 helpers
HIJRI_MONTHS = ["Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir",
                "Rajab", "Sya'ban", "Ramadhan", "Syawal", "Dzulqa'dah", "Dzulhijjah"]
PASARAN = ["Legi", "Pahing", "Pon", "Wage", "Kliwon"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def hijri(d: dt.date):
    """Tabular (arithmetical) Islamic calendar: (day, month name, year)."""
    jd = d.toordinal() + 1721425
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    y = 30 * n + j - 30
    return day, HIJRI_MONTHS[m - 1], y


def javanese_day(d: dt.date):
    """'Selasa Pon' etc. (17 August 1945 was Jumat Legi)."""
    return f"{HARI[d.weekday()]} {PASARAN[(d - dt.date(1945, 8, 17)).days % 5]}"


def R(s, col=46):
    """A line pushed to the right with spaces, as people do in plain-text mail."""
    return " " * col + s


def unquote(text):
    """Strip '> ' / '>> ' quote markers (for the self-check's source text)."""
    out = []
    for ln in text.split("\n"):
        out.append(re.sub(r"^(?:> ?)+", "", ln))
    return "\n".join(out)


# ================================================================ email_plain
def p01():
    """Widow's pension; 'Identitas Pelapor / Domisili / Kontak / Kronologis / Dampak / Tuntutan'."""
    rel = "email_plain/p01.eml"
    name = "Hj. Siti Aminah"
    addr = "Jl. Gajah Mada Gg. Mawar No. 4 RT 02 RW 05, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan"
    nik = "3514016708580003"
    svc = ("Suami saya meninggal dunia pada tanggal 9 Agustus 2026. Berkas usul pensiun janda (akta kematian, kartu "
           "keluarga, surat nikah, SK pensiun almarhum) sudah saya serahkan ke loket BKPSDM pada tanggal 24 Agustus "
           "2026 dan diterima petugas dengan tanda terima. Sampai hari ini, lebih dari tiga bulan kemudian, SK "
           "pensiun janda belum terbit dan setiap kali saya tanyakan jawabannya selalu \"masih proses\".")
    loss = ("Sejak September 2026 pembayaran pensiun almarhum suami saya dihentikan oleh PT Taspen, sehingga sudah "
            "tiga bulan saya tidak menerima penghasilan apa pun dan harus berutang kepada saudara untuk biaya hidup "
            "dan obat darah tinggi saya.")
    req = ("Saya menuntut agar BKPSDM segera menyelesaikan usul pensiun janda saya dan mengirimkan SK-nya ke PT "
           "Taspen paling lambat pertengahan Desember 2026, supaya pensiun janda saya dibayarkan beserta rapelan "
           "sejak September 2026.")
    body = "\n".join([
        R("Bangil, 01/12/2026"), "",
        "Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di Tempat", "",
        "Hal : Pengaduan pensiun janda belum dibayarkan", "",
        "Dengan hormat,", "",
        "IDENTITAS PELAPOR",
        f"Nama lengkap : {name}",
        "NIK          : 3514 0167 0858 0003",
        f"Domisili     : {addr}",
        "Kontak       : +62 813-3171-4420",
        "Status       : janda dari Alm. H. Mas'ud Effendi, pensiunan PNS Dinas PU (NIP 19550312 197803 1 004)",
        "",
        "KRONOLOGIS", svc, "",
        "DAMPAK YANG DIALAMI", loss, "",
        "TUNTUTAN", req, "",
        "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya haturkan terima kasih.", "",
        R("Hormat saya,"), "", R(name), ""])
    d = hdate(2026, 12, 1, 19, 22, 40)
    put(rel, plain_mail("p01", d, "Siti Aminah <siti.aminah.kalirejo@example.com>",
                        "Pengaduan pensiun janda belum dibayarkan", "example.com", body, ip="203.0.113.37"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-12-01", signed=True, email="siti.aminah.kalirejo@example.com",
        phone="081331714420", nik=nik), "pengadaan",
        "new label words in capitals (IDENTITAS PELAPOR, Domisili, Kontak, KRONOLOGIS, DAMPAK YANG DIALAMI, "
        "TUNTUTAN); place/date at the top right as '01/12/2026'; 'Hj.' title; NIK written '3514 0167 0858 0003'; "
        "'+62 813-...' phone; the late husband's 18-digit NIP is not a NIK; pensiun janda -> pengadaan; complete")


def p02():
    """ALL CAPS letter; Karsu; date '1-12-26'; no loss."""
    rel = "email_plain/p02.eml"
    name = "ENDANG TRI WAHYUNI, S.PD"
    addr = "DSN. KRAJAN RT 01 RW 03 DS. KEPULUNGAN KEC. GEMPOL KAB. PASURUAN"
    svc = ("PERMOHONAN KARTU SUAMI (KARSU) YANG SAYA AJUKAN PADA BULAN MEI 2026 SAMPAI SEKARANG BELUM JADI. SUDAH "
           "DUA KALI SAYA TANYAKAN KE LOKET BKPSDM DAN DIJAWAB BERKAS SUDAH DIKIRIM KE BKN, TETAPI KETIKA SAYA "
           "TANYAKAN KE KANTOR REGIONAL II BKN SURABAYA USULAN KARSU ATAS NAMA SAYA TIDAK ADA.")
    req = ("MOHON BKPSDM MENGECEK KEMBALI BERKAS KARSU SAYA, MENGIRIM ULANG KE BKN BILA MEMANG BELUM TERKIRIM, DAN "
           "MEMBERI KEPASTIAN KAPAN KARSU SAYA BISA DIAMBIL.")
    body = D(f"""
        KEPADA YTH. KEPALA BKPSDM KAB. PASURUAN
        DI BANGIL

        DENGAN HORMAT,
        SAYA YANG BERTANDA TANGAN DIBAWAH INI :
        NAMA    : {name}
        NIP     : 19800417 200604 2 011
        ALAMAT  : {addr}
        NO HP   : 0857 3390 1268

        DENGAN INI MENGADUKAN BAHWA {svc}

        {req}

        ATAS PERHATIANNYA SAYA UCAPKAN TERIMA KASIH.

        GEMPOL, 1-12-26
        HORMAT SAYA

        {name}
        """)
    d = hdate(2026, 12, 2, 6, 10, 5)
    put(rel, plain_mail("p02", d, "ENDANG TRI W <endangtriw80@example.net>", "PENGADUAN KARSU BELUM JADI",
                        "example.net", body, ip="198.51.100.23"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
        place="GEMPOL", date="2026-12-01", signed=True, email="endangtriw80@example.net",
        phone="085733901268", nik=None), "pengadaan",
        "ALL CAPS letter; date written '1-12-26' (mail sent the next morning); the story runs on from 'DENGAN INI "
        "MENGADUKAN BAHWA'; 18-digit NIP only; Karsu -> pengadaan; NO LOSS stated")


def p03():
    """WhatsApp-style chat mail: e-Kinerja login; school only, no home address; no place/date."""
    rel = "email_plain/p03.eml"
    name = "Novi Ambarwati"
    svc = ("dr tgl 16 nov sy gk bisa login e-kinerja sm sekali, tiap login muncul \"NIP tidak terdaftar\" pdhl bln "
           "kmrn msh bisa. udh lapor ke operator sekolah & ke admin bkpsdm lwt WA tp cm di-read doang gk dibales")
    loss = ("akibatnya sy gk bs isi laporan kinerja harian november, kata bendahara TPP sy bln ini bakal dipotong "
            "krn laporannya kosong.")
    req = ("tlg dong akun e-kinerja sy dibenerin sblm tgl 5 desember biar laporan nov msh bisa diinput, trs "
           "potongan TPP nya jgn diberlakukan ya")
    body = D(f"""
        assalamualaikum min \U0001F64F

        mau komplen nih, sy {name} guru kelas di SDN Ngempit 2 kec. Kraton.
        {svc} \U0001F62D\U0001F62D

        {loss} padahal sy tiap hari masuk lho

        {req}

        no sy 0812 4471 0936 (WA) kl perlu konfirmasi

        makasih min
        Novi
        """)
    d = "Sun, 29 Nov 2026 00:14:09 +0700"
    put(rel, plain_mail("p03", d, "Novi Ambarwati <noviambar.sdn@example.com>", "komplen e-kinerja gk bisa login",
                        "example.com", body, ip="203.0.113.201"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date="2026-11-29", signed=True, email="noviambar.sdn@example.com",
        phone="081244710936", nik=None), "kinerja",
        "CHATTY WhatsApp-style mail: lower case, abbreviations (sy, gk, tlg, pdhl), emoji, no labels, phone "
        "'0812 4471 0936 (WA)'; closing 'makasih min / Novi' signs it (name from the text); only the school, no "
        "home address; no place/date line -> date from the Date: header sent at 00:14 +0700 (UTC would give the "
        "28th); e-Kinerja login / TPP -> kinerja")


def p04():
    """Javanese-flavoured appeal against a disciplinary penalty; 'Selasa Pon 17 November 2026'."""
    rel = "email_plain/p04.eml"
    name = "Drs. H. Mochamad Ilyas"
    addr = "Dusun Tegal RT 04 RW 02, Desa Karangsono, Kecamatan Sukorejo, Kabupaten Pasuruan"
    day = javanese_day(dt.date(2026, 11, 17))
    assert day == "Selasa Pon", day
    svc = ("Tanggal 2 Oktober 2026 kula nampi SK hukuman disiplin sedang berupa pemotongan tunjangan kinerja 25% "
           "selama 9 bulan, amargi dianggap tidak masuk kerja 12 hari tanpa keterangan. Padahal pada waktu itu kula "
           "saweg opname di RSUD Bangil dan surat keterangan rawat inap sampun kula serahkan ke bagian kepegawaian. "
           "Keberatan yang kula ajukan tanggal 9 Oktober 2026 dereng wonten tanggapan dumugi sakmenika, lan kula "
           "dereng nate dipanggil untuk klarifikasi.")
    loss = ("Tunjangan kula dipotong kurang langkung Rp 1.100.000 saben wulan wiwit November 2026, lan nama kula "
            "dados awon di kantor amargi dianggap pegawai mbolos.")
    req = ("Kula nyuwun keberatan kula diperiksa ulang dengan mempertimbangkan surat keterangan rawat inap dari "
           "RSUD Bangil, hukuman disiplin kula dibatalkan, dan potongan tunjangan kula dikembalikan.")
    body = D(f"""
        Kepada Yth.
        Bapak/Ibu Kepala BKPSDM Kabupaten Pasuruan
        ing Bangil

        Assalamu'alaikum wr. wb.

        Kulo nuwun. Nyuwun sewu sakderengipun, kula ingkang tapak asma ing ngandhap menika:

        Nama    : {name}
        NIP     : 19680805 199403 1 007
        Alamat  : {addr}
        Telp/HP : 0856 4512 0873

        badhe matur keberatan atas hukuman disiplin yang dijatuhkan kepada kula.

        Pokok aduan:
        {svc}

        Kerugian:
        {loss}

        Panyuwunan:
        {req}

        Mekaten atur kula. Matur nuwun sanget atas perhatian Bapak/Ibu.
        Wassalamu'alaikum wr. wb.

        Sukorejo, {day} 17 November 2026
        Ingkang matur,

        {name}
        """)
    d = hdate(2026, 11, 18, 8, 47, 12)
    put(rel, plain_mail("p04", d, "Mochamad Ilyas <m.ilyas.skj@example.org>",
                        "Keberatan atas hukuman disiplin (nyuwun dipun periksa malih)", "example.org", body,
                        ip="192.0.2.88", cte="quoted-printable"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Sukorejo", date="2026-11-17", signed=True, email="m.ilyas.skj@example.org",
        phone="085645120873", nik=None), "kinerja",
        "JAVANESE-flavoured (krama openings, 'Pokok aduan / Kerugian / Panyuwunan' labels, Javanese words in the "
        "story), date line 'Sukorejo, Selasa Pon 17 November 2026', closing 'Ingkang matur,'; 'Drs. H.' titles; "
        "appeal against a disciplinary penalty -> kinerja; quoted-printable; complete")


def p05():
    """English-mixed; the request comes first, identity and place/date at the very end; tugas belajar."""
    rel = "email_plain/p05.eml"
    name = "Dimas Arya Wicaksana, S.Kom."
    addr = "Perum Pandaan Asri Blok F-12, Desa Tunggulwulung, Kecamatan Pandaan, Kabupaten Pasuruan"
    req = ("saya request agar SK tugas belajar saya segera diterbitkan sebelum 15 Desember 2026, atau kalau memang "
           "tidak bisa, please berikan penjelasan tertulis apa saja kekurangannya.")
    svc = ("Saya lolos seleksi beasiswa LPDP untuk S2 Data Science di Universitas Brawijaya. Per 14 Oktober 2026 "
           "semua dokumen usulan tugas belajar (LoA, rekomendasi kepala dinas, surat pernyataan) sudah saya submit "
           "ke BKPSDM lewat aplikasi layanan. Status di aplikasi sudah \"verified\" sejak awal November, tapi until "
           "now SK tugas belajar belum keluar dan admin hanya bilang \"masih antre tanda tangan\".")
    loss = ("LPDP mensyaratkan SK tugas belajar paling lambat 15 Desember 2026 untuk pencairan dana, jadi kalau "
            "lewat, beasiswa saya bisa dibatalkan. Saya juga sudah bayar DP kos di Malang Rp 4.500.000 yang tidak "
            "bisa di-refund.")
    body = D(f"""
        Dear Tim Pengaduan BKPSDM,

        Langsung to the point saja: {req}

        Background-nya begini. {svc}

        Impact-nya cukup serius. {loss}

        For your reference, data saya:
        Name    : {name}
        Jabatan : Pranata Komputer Ahli Pertama, Diskominfo Kabupaten Pasuruan
        Address : {addr}
        Mobile  : 0877-5402-8813

        Thanks a lot, ditunggu kabar baiknya.

        Regards,
        {name}
        Pandaan, 2 Desember 2026
        """)
    d = hdate(2026, 12, 2, 21, 3, 55)
    put(rel, plain_mail("p05", d, "Dimas Arya Wicaksana <dimas.arya.w@example.net>",
                        "Complaint: SK tugas belajar belum terbit (urgent, deadline LPDP)", "example.net", body,
                        ip="198.51.100.61"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pandaan", date="2026-12-02", signed=True, email="dimas.arya.w@example.net",
        phone="087754028813", nik=None), "kompetensi",
        "ENGLISH-MIXED and UNUSUAL ORDER: the request first ('Langsung to the point saja: ...'), then the story "
        "and the loss, the identity ('Name / Address / Mobile') near the end, the place/date line after the "
        "signature name; tugas belajar -> kompetensi; complete")


def p06():
    """Quoted reply chain: the new text gives the request and place/date; the first mail is quoted twice."""
    rel = "email_plain/p06.eml"
    name = "Wulan Septiani, A.Md.Kep."
    addr = "Dusun Sumbersuko RT 03 RW 01, Desa Wonosunyo, Kecamatan Gempol, Kabupaten Pasuruan"
    svc = ("Saya PPPK perawat di Puskesmas Gempol dengan perjanjian kerja yang berakhir 31 Oktober 2026. Evaluasi "
           "kinerja dan usul perpanjangan dari Dinas Kesehatan sudah dikirim ke BKPSDM sejak 15 September 2026, "
           "tetapi sampai akhir November perjanjian kerja perpanjangan saya belum ditandatangani dan nama saya "
           "hilang dari daftar gaji bulan November.")
    loss = ("Gaji saya bulan November tidak dibayar, sekitar Rp 3.400.000, padahal saya tetap masuk dinas setiap "
            "hari termasuk jaga malam.")
    req = ("Saya mohon perjanjian kerja perpanjangan saya segera ditandatangani dengan masa berlaku sejak 1 November "
           "2026, dan gaji bulan November dibayarkan penuh.")
    first = D(f"""
        Yth. Admin Pengaduan BKPSDM,

        Saya mau menyampaikan pengaduan.

        Nama   : {name}
        Alamat : {addr}
        HP     : 0838 5521 6604

        {svc}

        {loss}
        """)
    agency = D("""
        Yth. Sdri. Wulan Septiani,

        Pengaduan Anda telah kami terima dengan nomor PGD-2026-0711. Sesuai standar pelayanan, pengaduan belum dapat kami proses karena belum memuat:
        1. permintaan penyelesaian yang diajukan;
        2. tempat dan tanggal penyampaian serta nama/tanda tangan pengadu.

        Mohon dilengkapi dengan membalas email ini.

        Hormat kami,
        Tim Pengaduan BKPSDM Kabupaten Pasuruan
        Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153
        """)
    new = D(f"""
        Selamat sore,

        Terima kasih atas balasannya. Berikut kekurangan pengaduan saya.

        Permintaan penyelesaian:
        {req}

        Gempol, 3 Desember 2026
        Hormat saya,
        {name}
        """)
    inner = ("Pada Sen, 30 Nov 2026 pukul 20.41, Wulan Septiani <wulan.septiani@example.org> menulis:\n"
             + qline(wrap_all(first, 72)))
    quoted = qline(wrap_all(agency, 72) + "\n" + inner)
    body = (new + "\nPada Rab, 2 Des 2026 pukul 10.15, Pengaduan BKPSDM Kabupaten Pasuruan "
            "<pengaduan.bkpsdm@pasuruankab.go.id> menulis:\n" + quoted + "\n")
    d = hdate(2026, 12, 3, 16, 5, 31)
    extra = (f"In-Reply-To: {msgid('p06-agency', 'pasuruankab.go.id')}\n"
             f"References: {msgid('p06-first', 'example.org')} {msgid('p06-agency', 'pasuruankab.go.id')}\n")
    put(rel, plain_mail("p06", d, "Wulan Septiani <wulan.septiani@example.org>",
                        "Re: [PGD-2026-0711] Kelengkapan pengaduan", "example.org", body, ip="192.0.2.140",
                        extra=extra))
    src(rel, unquote(body))
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Gempol", date="2026-12-03", signed=True, email="wulan.septiani@example.org",
        phone="083855216604", nik=None), "pengadaan",
        "QUOTED REPLY CHAIN read whole: the new text adds only the request, place/date and closing; name, "
        "address, phone, story and loss are in her first mail quoted two levels deep ('> >') under the agency's "
        "quoted request for missing items (which carries the agency's address); 'A.Md.Kep.'; PPPK contract "
        "renewal -> pengadaan; complete")


def p07():
    """No labels at all: the whole letter is one long paragraph; pungli around a mutasi SK."""
    rel = "email_plain/p07.eml"
    name = "Agus Salim Hidayatullah"
    addr = "Jl. Bader No. 27 RT 03 RW 06, Kelurahan Kalianyar, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("pada tanggal 19 November 2026 ketika saya menanyakan SK mutasi saya ke SMPN 2 Bangil di ruang pelayanan "
           "BKPSDM, seorang pegawai yang mengaku dari bidang mutasi mengatakan SK saya bisa \"dipercepat\" asal saya "
           "menyerahkan uang Rp 3.000.000, dan ketika saya menolak ia mengatakan berkas saya akan \"antre paling "
           "belakang\".")
    loss = ("Karena saya tidak mau membayar, sampai sekarang SK mutasi saya tidak jelas kabarnya, saya masih harus "
            "menempuh 25 km setiap hari ke Rembang, dan saya merasa diperas serta tidak aman mengurus berkas di "
            "kantor tersebut.")
    req = ("Saya meminta agar pegawai tersebut diperiksa dan diberi sanksi, permintaan uang seperti ini dihentikan, "
           "dan SK mutasi saya diproses menurut antrean yang wajar tanpa pungutan apa pun.")
    para = (f"Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan, dengan hormat, saya {name}, guru SMPN 1 Rembang, "
            f"beralamat di {addr}, nomor HP 0822 3107 5589, ingin melaporkan bahwa {svc} {loss} {req} Demikian "
            "laporan ini saya buat dengan sebenarnya, atas perhatiannya saya ucapkan terima kasih.")
    body = wrap(para, 76) + "\n\nBangil, 3 Desember 2026\nHormat saya,\n" + name + "\n"
    d = hdate(2026, 12, 3, 20, 31, 2)
    put(rel, plain_mail("p07", d, "Agus Salim H <agussalim.hid@example.com>", "laporan",
                        "example.com", body, ip="203.0.113.99"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-12-03", signed=True, email="agussalim.hid@example.com",
        phone="082231075589", nik=None), "sekretariat",
        "NO LABELS, ONE LONG PARAGRAPH (wrapped at 76) holding greeting, name, address, phone, story, loss and "
        "request; subject just 'laporan'; a demand for money to speed up a mutasi SK (pungli) -> sekretariat "
        "although mutasi is named; complete")


def p08():
    """Typos in every label and in the month ('Novmber'); PAK jabatan fungsional; no name after the closing."""
    rel = "email_plain/p08.eml"
    name = "Yuni Kartikasari, S.Si."
    addr = "Jl. Raya Pasrepan No. 88 RT 01 RW 01, Desa Pasrepan, Kecamatan Pasrepan, Kabupaten Pasuruan"
    svc = ("Saya sudah mengusulkan kenaikan jenjang jabatan fungsional dari Ahli Pertama ke Ahli Muda sejak Juli 2026 "
           "dan angka kredit saya sudah mencukupi. Namun Penetapan Angka Kredit (PAK) saya tidak kunjung "
           "diterbitkan sehingga usul kenaikan jenjang jabatan saya tertahan. Setiap saya tanyakan, jawabannya PAK "
           "masih menunggu tim penilai yang belum dibentuk.")
    loss = ("Karena PAK belum terbit saya gagal diusulkan naik jenjang pada periode ini dan kehilangan tunjangan "
            "jabatan fungsional Ahli Muda yang selisihnya sekitar Rp 400.000 per bulan.")
    req = ("Mohon PAK saya segera ditetapkan dan usul kenaikan jenjang jabatan fungsional saya diproses pada "
           "periode terdekat.")
    body = D(f"""
        Kepda Yth. Kepala BKPSDM Kab. Pasuruan

        Dengan hormat,

        Nmaa     : {name}
        Alamt    : {addr}
        No. Hp   : 0813 5872 4490
        Jabtan   : Pranata Laboratorium Kesehatan Ahli Pertama, Puskesmas Pasrepan

        Uraian Pengdauan :
        {svc}

        Kerugain yang dialamai :
        {loss}

        Permohnan penyelesain :
        {req}

        Pasrepan, 26 Novmber 2026

        Terima kasih.
        """)
    d = hdate(2026, 11, 27, 7, 12, 48)
    put(rel, plain_mail("p08", d, "Yuni Kartikasari <yuni.kartika.lab@example.org>", "Pengaduan PAK blm terbit",
                        "example.org", body, ip="192.0.2.17"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pasrepan", date="2026-11-26", signed=False, email="yuni.kartika.lab@example.org",
        phone="081358724490", nik=None), "mutasi",
        "TYPOS in every label ('Nmaa', 'Alamt', 'Uraian Pengdauan', 'Kerugain yang dialamai', 'Permohnan "
        "penyelesain') and in the month ('26 Novmber 2026'); ends 'Terima kasih.' with NO NAME -> not signed; "
        "PAK for a jabatan fungsional promotion -> mutasi")


def p09():
    """Hijri beside Gregorian at the top right; office line before the mobile; 'Ns. ... S.Kep.'."""
    rel = "email_plain/p09.eml"
    name = "Ns. Dewi Anggraeni, S.Kep."
    addr = "Dusun Dayurejo RT 02 RW 03, Desa Dayurejo, Kecamatan Prigen, Kabupaten Pasuruan"
    gd = dt.date(2026, 11, 13)
    hd, hm, hy = hijri(gd)
    svc = ("Usul kenaikan pangkat saya periode Oktober 2026 dari Penata Muda Tingkat I (III/b) ke Penata (III/c) "
           "dikembalikan dengan status \"TMS\" karena STR saya dianggap sudah kedaluwarsa. Padahal sejak berlakunya "
           "Undang-Undang Kesehatan tahun 2023 STR tenaga kesehatan berlaku seumur hidup, dan STR saya yang baru "
           "sudah saya unggah sebelum batas waktu usul.")
    loss = ("Kenaikan pangkat saya tertunda paling cepat ke periode April 2027 sehingga saya kehilangan kenaikan gaji "
            "pokok sekitar Rp 185.000 per bulan, dan saya malu karena dianggap lalai mengurus berkas.")
    req = ("Saya mohon status TMS usul kenaikan pangkat saya ditinjau ulang dan usul saya diproses susulan dengan "
           "TMT 1 Oktober 2026.")
    body = "\n".join([
        R(f"Prigen, {hd} {hm} {hy} H / {gd.day} November 2026 M", 24), "",
        "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "di Bangil", "",
        "Perihal: Pengaduan usul kenaikan pangkat dinyatakan TMS", "",
        "Assalamu'alaikum wr. wb.", "",
        "Saya yang bertanda tangan di bawah ini,", "",
        f"Nama     : {name}",
        "Jabatan  : Perawat Ahli Pertama, UPT Puskesmas Prigen",
        f"Alamat   : {addr}",
        "Kontak   : (0343) 634 120 (Puskesmas, jam kerja) / 0813-3030-5121 (HP pribadi)", "",
        "menyampaikan pengaduan sebagai berikut.", "",
        "Masalah:", svc, "",
        "Kerugian:", loss, "",
        "Harapan:", req, "",
        "Wassalamu'alaikum wr. wb.", "",
        "Hormat saya,", name, ""])
    body = wrap_all(body, 78)
    d = hdate(2026, 11, 13, 13, 40, 22)
    put(rel, plain_mail("p09", d, "Dewi Anggraeni <dewi.anggraeni.ns@example.com>",
                        "Pengaduan usul KP dinyatakan TMS", "example.com", body, ip="203.0.113.150"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Prigen", date="2026-11-13", signed=True, email="dewi.anggraeni.ns@example.com",
        phone="081330305121", nik=None), "mutasi",
        f"HIJRI BESIDE GREGORIAN at the top right ('Prigen, {hd} {hm} {hy} H / 13 November 2026 M'); TWO PHONES "
        "on one 'Kontak' line, the Puskesmas office line first, the personal mobile second (phone = the "
        "mobile); 'Ns. ... S.Kep.'; labels 'Masalah / Kerugian / Harapan'; kenaikan pangkat TMS -> mutasi; "
        "complete")


def p10():
    """Latsar not scheduled; 'Desmber' typo; identity given after the signature; no request."""
    rel = "email_plain/p10.eml"
    name = "Muhammad Fikri Haikal, S.H."
    addr = "Perumahan Kraton Indah Blok B-15, Desa Pukul, Kecamatan Kraton, Kabupaten Pasuruan"
    svc = ("Saya CPNS formasi tahun 2025 yang diangkat dengan TMT 1 April 2026 dan bertugas di Kantor Kecamatan "
           "Kraton. Sesuai ketentuan, CPNS wajib mengikuti Pelatihan Dasar (Latsar) paling lama satu tahun sejak "
           "pengangkatan. Sampai sekarang saya dan 37 CPNS lain di kabupaten ini belum juga dijadwalkan Latsar, "
           "padahal CPNS angkatan yang sama di kabupaten tetangga sudah selesai. Pertanyaan kami di grup WhatsApp "
           "resmi CPNS tidak pernah dijawab oleh admin.")
    loss = ("Kami khawatir tidak bisa diangkat menjadi PNS tepat waktu, dan selama belum diangkat kami hanya "
            "menerima 80% gaji pokok, sementara kesempatan mengikuti seleksi jabatan juga tertutup.")
    body = D(f"""
        Yth. Bapak/Ibu Tim Pengaduan BKPSDM Kabupaten Pasuruan,

        {svc}

        {loss}

        Kraton, 7 Desmber 2026
        Salam hormat,
        {name}

        ---
        Identitas pengirim:
        Alamat rumah : {addr}
        WA           : 0895 3361 0472
        """)
    d = hdate(2026, 12, 7, 12, 55, 9)
    put(rel, plain_mail("p10", d, "Fikri Haikal <fikri.haikal.sh@example.net>",
                        "Latsar CPNS 2025 belum dijadwalkan", "example.net", wrap_all(body, 76),
                        ip="198.51.100.201"))
    src(rel, body)
    complaint(rel, "email_plain", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=None,
        place="Kraton", date="2026-12-07", signed=True, email="fikri.haikal.sh@example.net",
        phone="089533610472", nik=None), "kompetensi",
        "IDENTITY AFTER THE SIGNATURE ('Identitas pengirim:' below a '---' line); month typo '7 Desmber 2026'; "
        "no labels in the body; NO REQUESTED RESOLUTION (a worry, not a request); Latsar CPNS -> kompetensi")


# ================================================================= email_mime
def m01():
    """HTML-only windows-1252 QP; identity in a table under 'Identitas Pelapor'; Satyalancana class wrong."""
    rel = "email_mime/m01.eml"
    name = "H. Slamet Riyanto, S.Pd., M.M."
    addr = "Dusun Krajan RT 01 RW 04, Desa Parerejo, Kecamatan Purwodadi, Kabupaten Pasuruan"
    svc = ("Saya diusulkan menerima Satyalancana Karya Satya XXX Tahun pada periode usulan 2026 dan nama saya "
           "tercantum dalam daftar usulan BKPSDM. Namun dalam Keputusan Presiden yang terbit Agustus 2026 saya "
           "tercatat sebagai penerima Satyalancana Karya Satya XX Tahun, padahal masa kerja saya sudah 31 tahun dan "
           "tanda kehormatan XX Tahun sudah saya terima pada tahun 2016. Petugas hanya menjawab "
           "\u201csilakan menunggu tahun depan\u201d.")
    loss = ("Saya pensiun pada bulan Maret 2027 sehingga tidak ada lagi kesempatan diusulkan, dan saya sangat kecewa "
            "ketika piagam yang salah itu dibacakan di depan rekan-rekan guru pada upacara Hari Guru.")
    req = ("Mohon BKPSDM mengajukan ralat ke Sekretariat Militer Presiden agar tanda kehormatan saya sesuai dengan "
           "masa kerja 30 tahun, sebelum saya memasuki masa pensiun.")
    rows = [("Nama", name), ("NIP", "19670212 199103 1 005"), ("Tempat tinggal", addr),
            ("Nomor WA", "0852-3118-4076")]

    def esc(s):
        return html_escape(s)
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>',
            '<body style="font-family:Calibri,sans-serif;font-size:11pt">',
            '<p style="text-align:right">Purwodadi, 30 November 2026</p>',
            "<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<br>di Bangil</p>",
            "<p>Dengan hormat,</p>",
            "<p><b>IDENTITAS PELAPOR</b></p>",
            '<table border="0" cellpadding="2" cellspacing="0">']
    for k, v in rows:
        html.append(f'<tr><td style="width:130px">{esc(k)}</td><td>:</td><td>{esc(v)}</td></tr>')
    html += ["</table>",
             "<p><b>Pokok Permasalahan</b><br>" + esc(svc) + "</p>",
             "<p><b>Kerugian Materiil/Immateriil</b><br>" + esc(loss) + "</p>",
             "<p><b>Harapan Pelapor</b><br>" + esc(req) + "</p>",
             "<p>Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.</p>",
             "<p>Hormat saya,<br><br>" + esc(name) + "</p>",
             '<p style="color:#808080;font-size:9pt">--<br>Kepala SMPN 1 Purwodadi<br>'
             "Jl. Raya Purwodadi Km. 2, Purwodadi &#8211; Pasuruan<br>Telp. (0343) 481 207</p>",
             "</body></html>"]
    html = "\n".join(html) + "\n"
    text = "\n".join(["Purwodadi, 30 November 2026", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "IDENTITAS PELAPOR"]
                     + [f"{k} : {v}" for k, v in rows]
                     + ["Pokok Permasalahan", svc, "Kerugian Materiil/Immateriil", loss, "Harapan Pelapor", req,
                        "Hormat saya,", name])
    d = hdate(2026, 11, 30, 9, 18, 44)
    h = headers("m01", d, f'"{name}" <slamet.riyanto67@example.org>',
                rfc2047("Pengaduan \u2013 Satyalancana Karya Satya salah kelas", "windows-1252", "Q"),
                "example.org", ip="192.0.2.63", extra="X-Mailer: Microsoft Outlook 16.0\nThread-Index: "
                "AdtJ8k2xQ3b9\n")
    h += ('Content-Type: text/html; charset="windows-1252"\nContent-Transfer-Encoding: quoted-printable\n\n')
    put(rel, (h + qp(html.encode("cp1252"))).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Purwodadi", date="2026-11-30", signed=True, email="slamet.riyanto67@example.org",
        phone="085231184076", nik=None), "kinerja",
        "HTML ONLY, windows-1252 quoted-printable, curly quotes, RFC 2047 Q subject with an en dash and a quoted "
        "display name with degrees; identity in an HTML table under 'IDENTITAS PELAPOR' ('Tempat tinggal', "
        "'Nomor WA'); headings 'Pokok Permasalahan / Kerugian Materiil/Immateriil / Harapan Pelapor'; place/date "
        "right-aligned at the top; the school address in the mail signature is not his address; Satyalancana "
        "-> kinerja; complete")


def m02():
    """multipart/alternative: format=flowed QP text + base64 HTML; NIK '351412 030989 0002'; pencantuman gelar."""
    rel = "email_mime/m02.eml"
    name = "Lukman Hakim, S.E., M.Ak."
    addr = "Jl. Sumbersari No. 31 RT 02 RW 01, Desa Sidowayah, Kecamatan Beji, Kabupaten Pasuruan"
    nik = "3514120309890002"
    svc = ("Saya menyelesaikan pendidikan S2 Magister Akuntansi di Universitas Airlangga (lulus Juni 2026, "
           "akreditasi Unggul) dengan izin belajar dari BKPSDM tahun 2024. Permohonan pengakuan ijazah dan "
           "pencantuman gelar M.Ak. saya ajukan pada 3 Agustus 2026, tetapi pada 28 Oktober 2026 permohonan itu "
           "dikembalikan dengan alasan izin belajar saya \"tidak ditemukan di arsip\", padahal salinan izin belajar "
           "yang ditandatangani Kepala BKPSDM sudah saya lampirkan.")
    loss = ("Gelar saya belum dapat dicantumkan dalam data kepegawaian, sehingga saya tidak dapat mendaftar seleksi "
            "jabatan fungsional Auditor Ahli Muda yang ditutup 15 Desember 2026 dan mensyaratkan ijazah S2 yang "
            "sudah diakui.")
    req = ("Saya mohon permohonan pengakuan ijazah dan pencantuman gelar saya diproses berdasarkan salinan izin "
           "belajar yang sah tersebut, dan surat keterangan pencantuman gelar diterbitkan sebelum 15 Desember 2026.")
    text = D(f"""
        Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

        Dengan hormat, saya yang bertanda tangan di bawah ini:
        Nama   : {name}
        NIK    : 351412 030989 0002
        Alamat : {addr}
        HP     : 0813 3602 7751

        mengadukan permohonan pengakuan ijazah/pencantuman gelar saya yang dikembalikan.

        Uraian singkat:
        {svc}

        Kerugian:
        {loss}

        Yang saya mohonkan:
        {req}

        Beji, 25 November 2026
        Hormat saya,
        {name}
        """)
    html = html_of(text)
    d = hdate(2026, 11, 25, 15, 2, 37)
    h = headers("m02", d, "Lukman Hakim <lukman.hakim.mak@example.net>",
                "Pengaduan: pengakuan ijazah S2 dan pencantuman gelar dikembalikan", "example.net",
                ip="198.51.100.118", extra="User-Agent: Mozilla/5.0 Thunderbird/128.4.0\n")
    flo = flowed(text)
    body = multipart("alternative", boundary("m02"), [
        part("text/plain; format=flowed; delsp=yes", "utf-8", "quoted-printable", flo.encode("utf-8")),
        part("text/html", "utf-8", "base64", html.encode("utf-8"))])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Beji", date="2026-11-25", signed=True, email="lukman.hakim.mak@example.net",
        phone="081336027751", nik=nik), "kompetensi",
        "multipart/alternative: text/plain format=flowed delsp=yes in quoted-printable (soft breaks with "
        "trailing spaces) + base64 HTML; NIK grouped '351412 030989 0002'; labels 'Uraian singkat / Kerugian / "
        "Yang saya mohonkan'; degree recognition (pencantuman gelar) -> kompetensi although data kepegawaian is "
        "named; complete")


def m03():
    """alternative > (plain, related > (html, inline logo)); iso-8859-1 base64; moving out of the regency."""
    rel = "email_mime/m03.eml"
    name = "Fransiska Dwi Lestari, S.Pd."
    addr = "Jl. Anggrek No. 5 RT 04 RW 02, Desa Martopuro, Kecamatan Purwosari, Kabupaten Pasuruan"
    svc = ("Saya guru SDN Martopuro 3 dan mengajukan pindah tugas ke Pemerintah Kota Malang untuk mengikuti suami. "
           "Surat persetujuan menerima dari Pemerintah Kota Malang terbit 10 Juli 2026 dan berkas permohonan "
           "persetujuan melepas sudah saya serahkan ke BKPSDM pada 17 Juli 2026. Sudah \u00b1 4 bulan surat "
           "persetujuan melepas dari Bupati belum diterbitkan, padahal persetujuan menerima dari Kota Malang hanya "
           "berlaku enam bulan.")
    loss = ("Setiap hari saya pulang-pergi Malang - Purwosari \u00b1 90 km dengan biaya bensin dan tol \u00b1 Rp "
            "1.200.000 per bulan, dan anak saya yang masih balita terpaksa dititipkan kepada tetangga.")
    req = ("Saya mohon surat persetujuan melepas segera diterbitkan sebelum persetujuan menerima dari Pemerintah "
           "Kota Malang kedaluwarsa pada 10 Januari 2027.")
    text = D(f"""
        Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

        Dengan hormat,

        Data Diri
        Nama      : {name}
        NIK       : 3514085204880001
        Alamat    : {addr}
        Telepon   : 0857-4620-1193

        Permasalahan
        {svc}

        Kerugian yang saya alami
        {loss}

        Penyelesaian yang diharapkan
        {req}

        Purwosari, 24 November 2026
        Hormat saya,
        {name}
        """)
    logo = Image.new("RGB", (180, 48), (255, 255, 255))
    dr = ImageDraw.Draw(logo)
    dr.rectangle((2, 2, 44, 44), fill=(30, 90, 160))
    dr.text((52, 14), "SDN Martopuro 3", font=ImageFont.truetype(SANS_B, 14), fill=(30, 90, 160))
    logo_png = img_bytes(logo, "PNG", 72, optimize=True)
    html = ('<html><body><div style="font-family:Arial">'
            + html_of(text) + '<div><img src="cid:logo-sdn@martopuro" alt="SDN Martopuro 3" width="180" '
            'height="48"></div></div></body></html>\n')
    d = hdate(2026, 11, 24, 11, 47, 20)
    h = headers("m03", d, rfc2047("Fransiska Dwi Lestari", "iso-8859-1", "Q") + " <fransiska.dl@example.com>",
                rfc2047("Persetujuan melepas pindah ke Kota Malang belum terbit \u00b1 4 bulan", "iso-8859-1", "B"),
                "example.com", ip="203.0.113.72")
    related = multipart("related", boundary("m03", 2), [
        part("text/html", "iso-8859-1", "base64", html.encode("latin-1")),
        f'Content-Type: image/png;\n\tname="logo.png"\nContent-Disposition: inline;\n\tfilename="logo.png"\n'
        f"Content-ID: <logo-sdn@martopuro>\nContent-Transfer-Encoding: base64\n\n{b64(logo_png)}"],
        params=' type="text/html";')
    body = multipart("alternative", boundary("m03", 1), [
        part("text/plain", "iso-8859-1", "base64", text.encode("latin-1")),
        related.rstrip("\n")])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Purwosari", date="2026-11-24", signed=True, email="fransiska.dl@example.com",
        phone="085746201193", nik="3514085204880001"), "mutasi",
        "NESTED MIME: multipart/alternative holding text/plain and a multipart/related (HTML + inline PNG logo "
        "by Content-ID), all iso-8859-1 base64 with '\u00b1'; RFC 2047 Q name, B subject; labels 'Data Diri / "
        "Permasalahan / Kerugian yang saya alami / Penyelesaian yang diharapkan'; moving to another "
        "government (persetujuan melepas) -> mutasi; complete")


def m04():
    """HTML-only base64: an anonymous wheelchair user; no lift or ramp; no name, no address, unsigned."""
    rel = "email_mime/m04.eml"
    svc = ("Saya pengguna kursi roda. Pada hari Senin, 30 November 2026 saya datang ke kantor BKPSDM untuk "
           "melegalisir SK pensiun almarhum ayah saya. Ruang pelayanan berada di lantai 2 dan tidak ada lift "
           "maupun jalur landai. Petugas menolak turun ke lantai 1 dan meminta saya \"menunggu sampai ada yang "
           "bisa menggendong\".")
    loss = ("Saya menunggu hampir dua jam di halaman parkir tanpa tempat berteduh dan akhirnya pulang tanpa "
            "dilayani, padahal saya sudah menyewa mobil Rp 350.000 untuk datang dari Tosari.")
    req = ("Saya meminta BKPSDM menyediakan loket di lantai 1 atau petugas yang siap melayani pengunjung difabel di "
           "lantai bawah, serta membangun jalur landai sesuai standar pelayanan publik.")
    paras = ["Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan",
             "Dengan hormat, melalui email ini saya ingin menyampaikan keluhan tentang fasilitas pelayanan.",
             svc, loss, req,
             "Mohon maaf nama saya tidak saya cantumkan.",
             "Tosari, 3 Desember 2026"]
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join(f"<p>{html_escape(p)}</p>" for p in paras)
            + "\n<p>Hormat saya,<br>Pengunjung difabel</p>\n</body></html>\n")
    text = "\n".join(paras + ["Hormat saya,", "Pengunjung difabel"])
    d = hdate(2026, 12, 3, 10, 26, 8)
    h = headers("m04", d, "Akses Difabel <aksesdifabel.tosari@example.net>",
                "Keluhan: tidak ada akses kursi roda di kantor BKPSDM", "example.net", ip="198.51.100.77")
    h += 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
    put(rel, (h + b64(html.encode("utf-8"))).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=None, address=None, service_description=svc, loss=loss, requested_resolution=req,
        place="Tosari", date="2026-12-03", signed=False, email="aksesdifabel.tosari@example.net",
        phone=None, nik=None), "sekretariat",
        "ANONYMOUS: HTML only, base64, <p> paragraphs; 'Mohon maaf nama saya tidak saya cantumkan', closing "
        "'Hormat saya, / Pengunjung difabel' (a description, not a name -> unsigned); a place/date line but no "
        "name, address or phone; no lift or ramp for a wheelchair user (facilities) -> sekretariat although a "
        "pension SK is named")


def m05():
    """iso-8859-15 QP with CRLF; RFC 2047 words folded over two lines; pension TMT wrong; 'Tempat tinggal'."""
    rel = "email_mime/m05.eml"
    name = "Nur Aisyah Hidayati"
    addr = "Dusun Sumberanyar RT 05 RW 02, Desa Nguling, Kecamatan Nguling, Kabupaten Pasuruan"
    nik = "3514235010680002"
    svc = ("Saya staf administrasi di Kantor Kecamatan Nguling, lahir 10 Oktober 1968 sesuai akta kelahiran dan SK "
           "CPNS, sehingga batas usia pensiun 58 tahun jatuh pada 10 Oktober 2026 dan TMT pensiun saya seharusnya "
           "1 November 2026. Namun SK pensiun yang saya terima tanggal 6 November 2026 menetapkan TMT pensiun 1 "
           "Agustus 2026, karena di SIASN tanggal lahir saya tertulis 10 Juli 1968.")
    loss = ("Bendahara gaji meminta saya mengembalikan gaji Agustus sampai Oktober 2026 sebesar \u00b1 Rp "
            "13.800.000 yang dianggap lebih bayar, padahal selama tiga bulan itu saya masih bekerja penuh.")
    req = ("Saya mohon SK pensiun saya diralat dengan TMT 1 November 2026 sesuai tanggal lahir yang benar, dan "
           "BKPSDM memberikan surat keterangan kepada bendahara agar tagihan pengembalian gaji dibatalkan.")
    text = D(f"""
        Yth. Bapak/Ibu Petugas Pengaduan
        BKPSDM Kabupaten Pasuruan

        Dengan hormat,

        Nama Lengkap   : {name}
        NIK            : {nik}
        Tempat tinggal : {addr}
        HP             : 0821 4309 6612

        Pokok pengaduan:
        {svc}

        Kerugian:
        {loss}

        Permohonan:
        {req}

        Nguling, 23 November 2026

        Hormat saya,
        {name}
        """)
    html = html_of(text)
    d = hdate(2026, 11, 23, 14, 9, 51)
    subj = ("=?iso-8859-15?Q?SK_pensiun_saya_salah_TMT_=28lebih_awal_=B1_3_bulan=29?=\n"
            " =?iso-8859-15?Q?_mohon_diralat?=")
    h = headers("m05", d, rfc2047(name, "iso-8859-15", "Q") + " <nuraisyah.h@example.org>", subj,
                "example.org", ip="192.0.2.219")
    body = multipart("alternative", boundary("m05"), [
        part("text/plain", "iso-8859-15", "quoted-printable", text.encode("iso-8859-15")),
        part("text/html", "iso-8859-15", "quoted-printable", html.encode("iso-8859-15"))])
    data = (h + body).encode("ascii").replace(b"\n", b"\r\n")
    put(rel, data)
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Nguling", date="2026-11-23", signed=True, email="nuraisyah.h@example.org",
        phone="082143096612", nik=nik), "pengadaan",
        "iso-8859-15 quoted-printable text+HTML with CRLF line ends; subject as two RFC 2047 encoded-words "
        "folded over two lines; address label 'Tempat tinggal' (not the place of the letter); pension SK with "
        "the wrong TMT because of a SIASN birth date -> pengadaan; complete")


def m06():
    """Outlook HTML reply: a new complete letter above the agency's quoted earlier answer (with its own date)."""
    rel = "email_mime/m06.eml"
    name = "Bagus Wicaksono, S.T., M.T."
    addr = "Perum Beji Permai Blok C-3, Desa Gajahbendo, Kecamatan Beji, Kabupaten Pasuruan"
    svc = ("Saya dinyatakan sebagai peserta terbaik seleksi terbuka jabatan administrator Kepala Bidang Sumber Daya "
           "Air pada Dinas PUPR melalui pengumuman tanggal 5 Agustus 2026. Dalam jawaban Tim Pengaduan tanggal 12 "
           "Oktober 2026 disebutkan pelantikan akan dilaksanakan paling lambat November 2026, tetapi sampai hari "
           "ini pelantikan belum dilaksanakan dan tidak ada pemberitahuan apa pun, sementara jabatan tersebut tetap "
           "diisi pelaksana tugas.")
    loss = ("Saya kehilangan tunjangan jabatan administrator sejak September 2026, dan karena nama saya sudah dua kali "
            "diumumkan di rapat dinas sebagai calon pejabat, posisi saya di kantor menjadi serba canggung.")
    req = ("Saya mohon BKPSDM memberikan kepastian tertulis mengenai jadwal pelantikan saya, atau alasan resmi "
           "apabila pelantikan tersebut dibatalkan.")
    new = ["Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,", "",
           "Menindaklanjuti jawaban di bawah, saya sampaikan pengaduan lanjutan.", "",
           f"Nama : {name}", f"Alamat : {addr}", "HP : 0811-3344-9087", "",
           "Uraian:", svc, "", "Kerugian:", loss, "", "Permintaan:", req, "",
           "Beji, 04/12/2026", "", "Salam hormat,", name,
           "Staf Teknis Dinas PUPR Kabupaten Pasuruan"]
    agency = ["Yth. Bapak Bagus Wicaksono,", "",
              "Menanggapi pengaduan Bapak tanggal 2 Oktober 2026 (PGD-2026-0598), dengan hormat kami sampaikan "
              "bahwa pelantikan hasil seleksi terbuka jabatan administrator direncanakan paling lambat bulan "
              "November 2026 setelah seluruh persyaratan administrasi terpenuhi.", "",
              "Demikian tanggapan kami.", "", "Bangil, 12 Oktober 2026", "Hormat kami,",
              "Tim Pengaduan BKPSDM Kabupaten Pasuruan",
              "Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153"]
    hdr = [("From", "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"),
           ("Sent", "Monday, October 12, 2026 10:02 AM"), ("To", "Bagus Wicaksono <bagus.wicaksono@example.com>"),
           ("Subject", "Tanggapan pengaduan PGD-2026-0598")]
    text = ("\n".join(new) + "\n\n" + "_" * 32 + "\n" + "\n".join(f"{k}: {v}" for k, v in hdr) + "\n\n"
            + "\n".join(agency) + "\n")
    html = outlook_html(new, hdr, agency)
    d = hdate(2026, 12, 4, 8, 15, 30)
    h = headers("m06", d, "Bagus Wicaksono <bagus.wicaksono@example.com>",
                "RE: Tanggapan pengaduan PGD-2026-0598", "example.com", ip="203.0.113.8",
                extra=(f"In-Reply-To: {msgid('m06-agency', 'pasuruankab.go.id')}\n"
                       "Thread-Topic: Tanggapan pengaduan PGD-2026-0598\nX-MS-Has-Attach: \n"))
    body = multipart("alternative", boundary("m06"), [
        part("text/plain", "utf-8", "quoted-printable", text.encode("utf-8")),
        part("text/html", "utf-8", "base64", html.encode("utf-8"))])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Beji", date="2026-12-04", signed=True, email="bagus.wicaksono@example.com",
        phone="081133449087", nik=None), "mutasi",
        "OUTLOOK REPLY (QP text + base64 HTML): a new complete letter dated 'Beji, 04/12/2026' above the "
        "agency's quoted earlier answer, which has its own 'Bangil, 12 Oktober 2026' line and the agency's "
        "address; delayed inauguration into a position (pelantikan) -> mutasi; complete")


def outlook_html(top_lines, hdr, orig_lines):
    """Outlook-style HTML: the new text, a rule, a bold From/Sent/To/Subject block, the quoted message."""
    def divs(lines):
        return "\n".join("<div>" + (html_escape(x) if x.strip() else "<br>") + "</div>" for x in lines)
    hblock = "<br>\n".join(f"<b>{k}:</b> {html_escape(v)}" for k, v in hdr)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div class=\"WordSection1\">\n" + divs(top_lines)
            + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            + '<p class="MsoNormal"><span style="font-family:Calibri">' + hblock + "</span></p></div>\n"
            + divs(orig_lines) + "\n</div></body></html>\n")


# ================================================================== email_pdf
def d01():
    """Text PDF (Times), place/date top right, 'Kronologis / Dampak / Solusi yang diharapkan'; SIASN status."""
    rel = "email_pdf/d01.eml"
    name = "R. Ahmad Fauzan Hidayat, S.IP."
    addr = "Dusun Kebonsari RT 02 RW 03, Desa Pleret, Kecamatan Pohjentrek, Kabupaten Pasuruan"
    nik = "3514071105870003"
    svc = ("Sejak pemutakhiran data bulan Agustus 2026, status kepegawaian saya di SIASN dan aplikasi MyASN "
           "tercatat \"Diberhentikan - Meninggal Dunia\" terhitung 1 September 2026, padahal saya masih aktif "
           "bekerja sebagai Analis Kebijakan di Bagian Organisasi Sekretariat Daerah. Kemungkinan data saya "
           "tertukar dengan pegawai lain yang bernama sama. Laporan saya ke loket BKPSDM tanggal 2 Oktober 2026 "
           "hanya dicatat dan sampai sekarang status tersebut belum diperbaiki.")
    loss = ("Gaji saya bulan Oktober dan November 2026 ditahan oleh BPKAD karena sistem menganggap saya sudah "
            "meninggal, dan kepesertaan BPJS Kesehatan keluarga saya dinonaktifkan sehingga anak saya harus "
            "berobat sebagai pasien umum.")
    req = ("Saya mohon status kepegawaian saya di SIASN segera dipulihkan menjadi aktif, dan BKPSDM menerbitkan "
           "surat keterangan kepada BPKAD dan BPJS Kesehatan agar gaji dan kepesertaan saya dipulihkan.")
    blocks = [
        ("right", "Pohjentrek, 30 November 2026"), ("gap", 1),
        ("p", "Nomor : -"), ("p", "Hal : Pengaduan status kepegawaian di SIASN"), ("gap", 1),
        ("p", "Kepada"), ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di -"), ("ind", "Bangil"),
        ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", "3514 0711 0587 0003"), ("kv", "NIP", "19870511 201101 1 006"),
        ("kv", "Alamat", addr), ("kv", "Nomor Telepon/HP", "0819 3827 4410"), ("gap", 0.4),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut."), ("gap", 0.5),
        ("b", "Kronologis"), ("p", svc), ("gap", 0.4),
        ("b", "Dampak"), ("p", loss), ("gap", 0.4),
        ("b", "Solusi yang diharapkan"), ("p", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian dan tindak lanjutnya saya ucapkan terima "
              "kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 24101, sig_kind="vector", size=11.0, font="serif")
    cover = D("""
        Selamat siang,

        Bersama ini saya kirimkan surat pengaduan saya (PDF terlampir). Mohon ditindaklanjuti.

        Terima kasih.
        Fauzan
        """)
    d = hdate(2026, 11, 30, 13, 5, 19)
    put(rel, pdf_mail("d01", d, "Ahmad Fauzan Hidayat <a.fauzan.hidayat@example.net>",
                      "Pengaduan status SIASN tercatat meninggal dunia", "example.net", cover, pdf,
                      "Pengaduan_Status_SIASN.pdf", ip="198.51.100.35"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Pohjentrek", date="2026-11-30", signed=True, email="a.fauzan.hidayat@example.net",
        phone="081938274410", nik=nik), "pengadaan",
        "text PDF (Times, vector signature), place/date at the top right, bold headings 'Kronologis / Dampak / "
        "Solusi yang diharapkan'; 'R.' (Raden) title; NIK written '3514 0711 0587 0003' beside an 18-digit NIP; "
        "SIASN status wrongly 'meninggal dunia' (personnel data, dismissal) -> pengadaan; complete")


def d02():
    """Text PDF with an embedded-image signature; roman-numbered sections; PKP certificate; no loss."""
    rel = "email_pdf/d02.eml"
    name = "Sri Mulyani Puspitasari, S.Sos., M.AP."
    addr = "Jl. Raya Lekok No. 14 RT 01 RW 02, Desa Jatirejo, Kecamatan Lekok, Kabupaten Pasuruan"
    svc = ("Saya peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III Tahun 2026 yang diselenggarakan BKPSDM "
           "bekerja sama dengan BPSDM Provinsi Jawa Timur pada bulan Juli sampai Oktober 2026, dan saya dinyatakan "
           "lulus dengan predikat \"sangat memuaskan\" pada 23 Oktober 2026. Sampai sekarang sertifikat PKP saya "
           "belum diterbitkan, sementara 28 peserta lain dari angkatan yang sama sudah menerimanya pada 13 November "
           "2026. Petugas hanya mengatakan bahwa sertifikat saya \"terselip\".")
    req = ("Saya mohon sertifikat PKP saya segera diterbitkan atau, selama menunggu, saya diberi surat keterangan "
           "lulus yang ditandatangani pejabat yang berwenang.")
    blocks = [
        ("center", "SURAT PENGADUAN", True), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("b", "I. IDENTITAS"),
        ("kv", "Nama", name), ("kv", "Jabatan", "Kepala Seksi Pemerintahan, Kecamatan Lekok"),
        ("kv", "Alamat", addr), ("kv", "Telepon", "0822-3490-1157"), ("gap", 0.5),
        ("b", "II. PERMASALAHAN"), ("p", svc), ("gap", 0.5),
        ("b", "III. PERMOHONAN"), ("p", req), ("gap", 0.5),
        ("p", "Demikian surat ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Lekok, 27 November 2026"), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 24201, sig_kind="image", size=11.0, font="sans",
                   producer=b"LibreOffice 7.6", creator=b"Writer")
    cover = "Yth. Admin Pengaduan,\n\nSurat pengaduan terlampir.\n\nSalam,\nSri Mulyani P.\n"
    d = hdate(2026, 11, 27, 15, 44, 2)
    put(rel, pdf_mail("d02", d, "Sri Mulyani Puspitasari <srimulyani.p@example.org>",
                      "Sertifikat PKP belum terbit", "example.org", cover, pdf, "pengaduan sertifikat PKP.pdf",
                      ip="192.0.2.101"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
        place="Lekok", date="2026-11-27", signed=True, email="srimulyani.p@example.org",
        phone="082234901157", nik=None), "kompetensi",
        "text PDF (Helvetica) with the signature as an embedded image; roman-numbered sections 'I. IDENTITAS / "
        "II. PERMASALAHAN / III. PERMOHONAN'; three degrees in the name; the cover note signs 'Sri Mulyani P.'; "
        "PKP training certificate -> kompetensi; NO LOSS stated")


def d03():
    """DOCX with a signature picture; identity table; 'KRONOLOGI / KERUGIAN / TUNTUTAN'; kenaikan pangkat."""
    rel = "email_pdf/d03.eml"
    name = "Heru Cahyono, A.Md."
    addr = "Dusun Sumberdawesari RT 03 RW 01, Desa Sumberdawesari, Kecamatan Grati, Kabupaten Pasuruan"
    svc = ("Saya Pengatur golongan II/c sejak 1 Oktober 2022 dan sudah memenuhi syarat kenaikan pangkat reguler "
           "periode Oktober 2026. Berkas usul sudah saya serahkan lengkap melalui pengelola kepegawaian Dinas "
           "Perhubungan pada Juni 2026. Namun nama saya tidak ada dalam daftar usul yang dikirim BKPSDM ke BKN, dan "
           "tidak ada pemberitahuan apa pun kepada saya.")
    loss = ("Kenaikan pangkat saya mundur paling cepat ke April 2027, sehingga saya kehilangan kenaikan gaji pokok "
            "sekitar Rp 120.000 per bulan selama setidaknya enam bulan.")
    req = ("Saya menuntut agar usul kenaikan pangkat saya dikirim susulan ke BKN dengan TMT 1 Oktober 2026, dan "
           "BKPSDM menjelaskan secara tertulis mengapa nama saya tidak diusulkan.")
    items = [
        ("p", "Grati, 28 November 2026", "r"),
        ("p", "Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil"),
        ("p", "Perihal: Pengaduan usul kenaikan pangkat tidak dikirim"),
        ("p", "IDENTITAS PELAPOR"),
        ("tbl", [("Nama", name), ("NIP", "19900614 201402 1 003"), ("Alamat", addr),
                 ("No. HP", "0838 6671 2045 (WA)")]),
        ("p", "KRONOLOGI"), ("p", svc, "j"),
        ("p", "KERUGIAN"), ("p", loss, "j"),
        ("p", "TUNTUTAN"), ("p", req, "j"),
        ("p", "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya."),
        ("p", "Hormat saya,", "l", 10.0, 0),
        ("sig",),
        ("p", name, "l", 10.0),
    ]
    png = sig_png(24301)
    docx = docx_letter(items, png=png, stamp=dt.datetime(2026, 11, 28, 19, 30, 0))
    cover = D("""
        Dengan hormat,

        Terlampir surat pengaduan saya dalam format Word (sudah saya tanda tangani).

        Hormat saya,
        Heru
        """)
    d = hdate(2026, 11, 28, 19, 52, 14)
    put(rel, pdf_mail("d03", d, "Heru Cahyono <herucahyono.dishub@example.com>",
                      "Pengaduan usul KP tidak dikirim ke BKN", "example.com", cover, docx,
                      "Surat Pengaduan Heru Cahyono.docx", ip="203.0.113.124", ctype=DOCX_CT))
    src(rel, docx_text(items).replace("\n", " \n"))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Grati", date="2026-11-28", signed=True, email="herucahyono.dishub@example.com",
        phone="083866712045", nik=None), "mutasi",
        "DOCX letter (python-docx, fixed zip stamps) with the signature as a picture above the name; identity "
        "in a Word table; headings 'IDENTITAS PELAPOR / KRONOLOGI / KERUGIAN / TUNTUTAN'; place/date "
        "right-aligned at the top; 'A.Md.'; phone '(WA)'; kenaikan pangkat not forwarded to BKN -> mutasi; "
        "complete")


def d04():
    """Two-page PDF; English cover note; Gregorian + Hijri date at the end; CLTN."""
    rel = "email_pdf/d04.eml"
    name = "apt. Anisa Fitriyah, S.Farm."
    addr = "Jl. Dr. Wahidin No. 20 RT 02 RW 07, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    gd = dt.date(2026, 11, 25)
    hd, hm, hy = hijri(gd)
    svc = ("Saya apoteker di RSUD Bangil. Suami saya mendapat beasiswa S3 di Belanda mulai Februari 2027, sehingga "
           "pada 8 Juni 2026 saya mengajukan cuti di luar tanggungan negara (CLTN) selama dua tahun untuk "
           "mendampingi beliau, lengkap dengan persetujuan direktur RSUD dan surat keterangan beasiswa suami. "
           "Hampir enam bulan kemudian keputusan CLTN belum juga diterbitkan, dan ketika saya tanyakan pada 16 "
           "November 2026 saya hanya diminta menunggu tanpa kepastian.")
    loss = ("Saya belum dapat mengurus visa keluarga yang mensyaratkan keputusan CLTN, dan tiket pesawat yang sudah "
            "saya beli seharga Rp 8.700.000 terancam hangus.")
    req = ("Saya mohon keputusan CLTN saya diterbitkan paling lambat 31 Desember 2026, atau apabila permohonan "
           "saya ditolak, penolakan tersebut disampaikan secara tertulis dengan alasan yang jelas.")
    intro = ("Dengan ini saya menyampaikan pengaduan mengenai permohonan cuti di luar tanggungan negara (CLTN) yang "
             "belum mendapat keputusan, dengan uraian sebagai berikut.")
    blocks = [
        ("p", "Hal : Pengaduan keputusan CLTN belum terbit"), ("p", "Lampiran : 3 berkas"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        ("p", "Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIP", "19880302 201503 2 004"),
        ("kv", "Unit kerja", "Instalasi Farmasi RSUD Bangil"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "+62 856-3310-9822"), ("gap", 0.5),
        ("p", intro), ("gap", 0.5),
        ("b", "1. Uraian pengaduan"), ("ind", svc), ("gap", 0.5),
        ("b", "2. Kerugian yang saya alami"), ("ind", loss), ("gap", 0.5),
        ("c", "Halaman 1 dari 2"),
        ("page", "- 2 -"),
        ("b", "3. Permintaan penyelesaian"), ("ind", req), ("gap", 0.5),
        ("p", "Sebagai bahan pertimbangan, bersama ini saya lampirkan salinan surat permohonan CLTN, persetujuan "
              "direktur RSUD Bangil, dan surat keterangan beasiswa suami saya."), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Bangil, 25 November 2026 M"), ("rightcol", f"{hd} {hm} {hy} H"), ("rightcol", "Hormat saya,"),
        ("sig", True), ("rightcol", name), ("gap", 6), ("c", "Halaman 2 dari 2"),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 24401, sig_kind="vector", size=11.0, font="sans")
    cover = D("""
        Dear Sir/Madam,

        Please find attached my complaint letter regarding my CLTN (unpaid leave) application, 2 pages in PDF.

        Kind regards,
        Anisa Fitriyah
        """)
    d = hdate(2026, 11, 26, 7, 20, 48)
    put(rel, pdf_mail("d04", d, "Anisa Fitriyah <anisa.fitriyah.apt@example.com>",
                      "Complaint letter - CLTN application", "example.com", cover, pdf, "Complaint_CLTN.pdf",
                      ip="203.0.113.46"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-11-25", signed=True, email="anisa.fitriyah.apt@example.com",
        phone="085633109822", nik=None), "kinerja",
        f"TWO-PAGE text PDF (request, place/date and signature on page 2, 'Halaman 1 dari 2' footers); the "
        f"cover note is in English; date written 'Bangil, 25 November 2026 M' over '{hd} {hm} {hy} H'; "
        "'apt.' prefix title; '+62 856-...' phone; unit kerja is not the address; CLTN (leave) -> kinerja; "
        "complete")


def d05():
    """Text PDF, CAPS headings, no place/date line anywhere; the counter closes early."""
    rel = "email_pdf/d05.eml"
    name = "Moh. Syaiful Anam"
    addr = "Dusun Glagah RT 03 RW 01, Desa Mojoparon, Kecamatan Rembang, Kabupaten Pasuruan"
    svc = ("Menurut papan pengumuman di kantor BKPSDM, loket pelayanan buka Senin sampai Kamis pukul 08.00-15.30. "
           "Namun pada tanggal 16, 19 dan 24 November 2026 saya datang pukul 13.30 untuk menyerahkan berkas usul "
           "kenaikan pangkat istri saya, dan loket sudah tutup tanpa pemberitahuan. Satpam hanya mengatakan "
           "\"petugasnya sudah pulang\".")
    loss = ("Saya tiga kali izin setengah hari dari tempat kerja dengan potongan upah harian Rp 75.000 setiap kali, "
            "dan berkas istri saya hampir melewati batas waktu usul.")
    req = ("Saya meminta loket pelayanan dibuka sesuai jam yang diumumkan, dan bila ada perubahan jam layanan, "
           "perubahan itu diumumkan di papan pengumuman dan media sosial BKPSDM.")
    blocks = [
        ("center", "SURAT KELUHAN PELAYANAN", True), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0896 7718 2203"), ("gap", 0.5),
        ("b", "URAIAN KEJADIAN"), ("p", svc), ("gap", 0.5),
        ("b", "KERUGIAN"), ("p", loss), ("gap", 0.5),
        ("b", "PERMINTAAN"), ("p", req), ("gap", 0.5),
        ("p", "Atas perhatiannya saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, 24501, sig_kind="vector", size=11.5, font="sans")
    cover = "Assalamualaikum.\n\nTerlampir surat keluhan saya.\n\nWassalam,\nSyaiful\n"
    d = "Thu, 03 Dec 2026 23:40:06 +0700"
    put(rel, pdf_mail("d05", d, "Syaiful Anam <syaiful.anam.rbg@example.org>", "keluhan loket tutup lebih awal",
                      "example.org", cover, pdf, "keluhan.pdf", ip="192.0.2.155"))
    src(rel, blocks_text(blocks))
    complaint(rel, "email_pdf", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date="2026-12-03", signed=True, email="syaiful.anam.rbg@example.org",
        phone="089677182203", nik=None), "sekretariat",
        "attached PDF letter with NO PLACE/DATE LINE anywhere -> place null, date from the Date: header (23:40 "
        "+0700); CAPS headings 'URAIAN KEJADIAN / KERUGIAN / PERMINTAAN'; the counter closing early (counter) "
        "-> sekretariat although a kenaikan pangkat file is named; signed (vector)")


# ======================================================================= scan
def s01():
    """Image-only PDF 200 dpi; place/date top right '07/12/2026'; TPP cut after a broken attendance machine."""
    rel = "scan/s01.pdf"
    name = "Teguh Santoso, S.E."
    addr = "Perum Bendomungal Indah Blok D-21, Desa Bendomungal, Kecamatan Bangil, Kabupaten Pasuruan"
    nik = "3514091608840002"
    svc = ("Mesin presensi sidik jari di Kantor Kecamatan Bangil rusak sejak 5 Oktober 2026 dan baru diganti pada "
           "20 November 2026. Camat sudah membuat berita acara kerusakan dan kami semua mengisi presensi manual "
           "yang ditandatangani atasan, tetapi koreksi presensi yang dikirim ke BKPSDM tidak diproses, sehingga di "
           "aplikasi saya tercatat tidak masuk selama 31 hari kerja.")
    loss = "TPP saya bulan Oktober dan November 2026 dipotong 40%, seluruhnya kurang lebih Rp 1.640.000."
    req = ("Saya mohon koreksi presensi berdasarkan berita acara kerusakan mesin dan presensi manual tersebut "
           "diproses, serta potongan TPP bulan Oktober dan November 2026 dikembalikan.")
    blocks = [
        ("right", "Bangil, 07/12/2026"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("gap", 0.3),
        ("b", "IDENTITAS PELAPOR"),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "Alamat", addr), ("kv", "HP", "0813 3190 2277"),
        ("gap", 0.5),
        ("b", "Duduk perkara"), ("p", svc), ("gap", 0.4),
        ("b", "Akibat yang saya alami"), ("p", loss), ("gap", 0.4),
        ("b", "Penyelesaian yang saya minta"), ("p", req), ("gap", 0.5),
        ("p", "Demikian, atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 24601, dpi=200, angle=0.45, paper=244, noise=6.5, blur=0.5)
    page = pages[0].point(lambda v: 244 if v > 224 else v)
    put(rel, img_bytes(page, "PDF", 200, quality=75))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-12-07", signed=True, email=None, phone="081331902277", nik=nik),
        "kinerja", "image-only PDF (200 dpi grey, JPEG inside); place/date at the top right as 'Bangil, "
        "07/12/2026'; headings 'Duduk perkara / Akibat yang saya alami / Penyelesaian yang saya minta'; TPP cut "
        "after an attendance correction was ignored -> kinerja; signed; complete", ocr=True)


def s02():
    """Handwritten-looking PNG, Javanese-flavoured, elderly pensioner treated rudely; 'Nopember'."""
    rel = "scan/s02.png"
    name = "Sumarsih"
    addr = "Dusun Keduwung RT 02 RW 01, Desa Puspo, Kecamatan Puspo"
    svc = ("Tanggal 24 Nopember 2026 saya datang ke loket BKPSDM mau minta legalisir SK pensiun untuk pinjaman bank. "
           "Petugas laki-laki yang berkacamata terus main HP, lalu bilang \"Mbah, iki dudu urusan kene, ojo "
           "ngerepoti\" dan menyuruh saya pulang tanpa dijelaskan harus ke mana.")
    loss = ("Saya sudah tua, jauh-jauh dari Puspo naik ojek Rp 80.000 pulang pergi, pulang tanpa hasil dan sakit "
            "hati.")
    req = "Mohon petugas itu ditegur, dan orang tua seperti saya dilayani dengan sabar."
    blocks = [
        ("p", "Kepada Yth."), ("p", "Bapak Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Kulo nuwun, Bapak."), ("gap", 1),
        ("p", f"Saya {name}, pensiunan guru SD, alamat {addr}, No. HP 0852 3047 1186."), ("gap", 1),
        ("p", svc), ("gap", 1), ("p", loss), ("gap", 1), ("p", req), ("gap", 1),
        ("p", "Matur nuwun."), ("gap", 1),
        ("rightcol", "Puspo, 26 Nopember 2026"), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    page = render_hand(blocks, 24701, dpi=200, angle=0.4, noise=4.5, blur=0.45, size_pt=12.5)
    page = page.point(lambda v: 248 if v > 232 else v)
    put(rel, img_bytes(page, "PNG", 200, optimize=True))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Puspo", date="2026-11-26", signed=True, email=None, phone="085230471186", nik=None),
        "sekretariat", "HANDWRITTEN-looking letter on ruled paper (PNG, 200 dpi grey); Javanese-flavoured "
        "('Kulo nuwun', a quoted Javanese remark, 'Matur nuwun'); identity inline; old spelling '26 Nopember "
        "2026'; a pensioner treated rudely at the counter (staff conduct) -> sekretariat; signed; complete",
        ocr=True)


def s03():
    """Colour JPG photo-scan, printed name only (unsigned); izin belajar refused; NIK with spaces."""
    rel = "scan/s03.jpg"
    name = "Rahmat Hidayat, S.Pd.I."
    addr = "Dusun Krajan RT 01 RW 01, Desa Winongan Lor, Kecamatan Winongan, Kabupaten Pasuruan"
    nik = "3514130207900005"
    svc = ("Saya guru PAI di SDN Winongan Lor 1 dan mengajukan izin belajar S2 Pendidikan Agama Islam di UIN Malang "
           "pada 4 Agustus 2026. Permohonan saya ditolak pada 2 November 2026 dengan alasan \"jarak kampus lebih "
           "dari 60 km dari tempat tugas\", padahal perkuliahan kelas akhir pekan tersebut tidak mengganggu jam "
           "mengajar dan aturan jarak itu tidak tercantum dalam persyaratan izin belajar yang diumumkan.")
    loss = ("Saya sudah membayar uang pendaftaran dan SPP semester pertama Rp 7.250.000 yang tidak dapat ditarik "
            "kembali, dan tanpa izin belajar ijazah S2 saya nanti tidak dapat diakui.")
    req = ("Saya mohon penolakan izin belajar saya ditinjau ulang berdasarkan persyaratan yang diumumkan, dan izin "
           "belajar saya diterbitkan.")
    blocks = [
        ("right", "Winongan, 30/11/2026"), ("gap", 1),
        ("p", "Hal : Pengaduan penolakan izin belajar"), ("gap", 1),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "NIK", "3514 1302 0790 0005"), ("kv", "Alamat", addr),
        ("kv", "HP", "0895 8021 4436"), ("gap", 0.5),
        ("p", "Uraian:"), ("p", svc), ("gap", 0.4), ("p", "Kerugian:"), ("p", loss), ("gap", 0.4),
        ("p", "Harapan:"), ("p", req), ("gap", 0.5),
        ("p", "Demikian, terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", False), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 24801, dpi=220, angle=-0.55, paper=(242, 236, 222), noise=6.0, blur=0.55,
                        colour=True)
    put(rel, img_bytes(pages[0], "JPEG", 220, quality=80))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Winongan", date="2026-11-30", signed=False, email=None, phone="089580214436", nik=nik),
        "kompetensi", "NOT SIGNED: colour JPG photo-scan (220 dpi, cream paper) with 'Hormat saya,' and the "
        "printed name only; place/date top right as '30/11/2026'; NIK written '3514 1302 0790 0005'; "
        "'S.Pd.I.'; izin belajar refused -> kompetensi", ocr=True)


def s04():
    """Bilevel CCITT G4 TIFF at 300 dpi; SK mutasi names the wrong school; e-mail address in the letter."""
    rel = "scan/s04.tif"
    name = "Dra. Hj. Umi Kulsum, M.Pd."
    addr = "Jl. Pahlawan Gg. II No. 9 RT 03 RW 02, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan"
    svc = ("Permohonan mutasi saya dari SMPN 1 Kejayan ke SMPN 1 Pohjentrek telah disetujui, tetapi SK mutasi yang "
           "saya terima pada 18 November 2026 menyebut sekolah tujuan SMPN 2 Lumbang. Dalam surat persetujuan Dinas "
           "Pendidikan dan daftar lampiran SK, nama saya tercatat untuk SMPN 1 Pohjentrek, sehingga kesalahan ini "
           "jelas kesalahan pengetikan.")
    loss = ("Kepala SMPN 2 Lumbang meminta saya segera melapor, padahal sekolah itu berjarak sekitar 40 km di daerah "
            "pegunungan, sementara SMPN 1 Pohjentrek menolak menerima saya sebelum SK diralat; sudah dua minggu saya "
            "tidak dapat mengajar di mana pun.")
    req = ("Saya mohon SK mutasi saya segera diralat dengan sekolah tujuan SMPN 1 Pohjentrek sesuai persetujuan "
           "yang ada.")
    blocks = [
        ("p", "Perihal : Permohonan ralat SK mutasi (pengaduan)"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0812-5290-3314"),
        ("kv", "Surel", "umi.kulsum68@example.com"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Kejayan, 2 Desember 2026"), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 24901, dpi=300, angle=0.3, paper=250, noise=5.0, blur=0.6, specks=False)
    bw = pages[0].point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
    put(rel, img_bytes(bw, "TIFF", 300, compression="group4"))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Kejayan", date="2026-12-02", signed=True, email="umi.kulsum68@example.com",
        phone="081252903314", nik=None), "mutasi",
        "TIFF scan: bilevel CCITT Group 4 at 300 dpi (office scanner default); 'Dra. Hj. ... M.Pd.'; an e-mail "
        "address written in the letter ('Surel'); no section labels; SK mutasi naming the wrong school -> "
        "mutasi; signed; complete", ocr=True)


def s05():
    """Filled-in complaint form (image-only PDF) with the 'Alamat' row left blank; PPPK score."""
    rel = "scan/s05.pdf"
    name = "Lilis Suryani"
    nik = "3514224507910001"
    mail = "lilis.suryani91@example.com"
    svc = ("Pada seleksi PPPK tahap II tahun 2026 formasi tenaga teknis, nilai seleksi kompetensi saya yang tampil "
           "di layar CAT setelah ujian adalah 412, tetapi dalam pengumuman hasil akhir tanggal 20 November 2026 "
           "tercantum 312 sehingga saya dinyatakan tidak lulus.")
    loss = ("Saya kehilangan kesempatan diangkat sebagai PPPK, padahal dengan nilai 412 saya berada di peringkat "
            "pertama formasi tersebut.")
    req = ("Saya mohon nilai saya dicocokkan dengan data resmi hasil CAT dari BKN dan pengumuman diralat bila "
           "terbukti salah input.")
    rows = [("Nama Pelapor", name), ("NIK", nik), ("Alamat", ""), ("No. Telp/HP", "0857 0412 6398"),
            ("Email", mail), ("Uraian Pengaduan", svc), ("Kerugian yang Dialami", loss),
            ("Harapan / Tuntutan", req)]
    blocks = [
        ("bigc", "FORMULIR PENGADUAN"),
        ("c", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Pasuruan"),
        ("hr", 1.5), ("gap", 0.5),
        ("tbl", rows, 0.33), ("gap", 1),
        ("rightcol", "Pandaan, 3 Desember 2026"), ("rightcol", "Pelapor,"), ("sig", True), ("rightcol", name),
    ]
    pages = render_scan(blocks, 25001, dpi=200, angle=-0.35, paper=240, noise=6.0, blur=0.5)
    page = pages[0].point(lambda v: 240 if v > 220 else v)
    put(rel, img_bytes(page, "PDF", 200, quality=78, producer="EPSON Scan", creator="EPSON Scan"))
    src(rel, blocks_text(blocks) + "\n" + "\n".join(f"{k} {v}" for k, v in rows))
    complaint(rel, "scan", dict(
        name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
        place="Pandaan", date="2026-12-03", signed=True, email=mail, phone="085704126398", nik=nik),
        "pengadaan", "FILLED-IN FORM (ruled table 'FORMULIR PENGADUAN', image-only PDF 200 dpi) whose "
        "'Alamat' row is LEFT BLANK -> address null; e-mail written on the form; 'Harapan / Tuntutan' row; "
        "PPPK selection score -> pengadaan; signed 'Pelapor,'", ocr=True)


def s06():
    """E-mail with a phone photo of a typed letter without place/date; cuti besar for the hajj; +0800 header."""
    rel = "scan/s06.eml"
    name = "Bambang Irawan, S.Sos."
    addr = "Dusun Jetis RT 04 RW 03, Desa Legok, Kecamatan Gempol, Kabupaten Pasuruan"
    svc = ("Saya mendapat panggilan berangkat haji tahun 1448 H / 2027 M dan pada 9 Oktober 2026 mengajukan cuti "
           "besar selama 50 hari melalui aplikasi e-Cuti. Permohonan saya ditolak otomatis dengan keterangan "
           "\"masa kerja kurang dari 5 tahun\", padahal saya PNS sejak 2009 dan masa kerja saya sudah 17 tahun. "
           "Laporan saya ke admin e-Cuti pada 2 November 2026 belum ditanggapi.")
    loss = ("Kementerian Agama meminta surat izin cuti dari instansi paling lambat 31 Desember 2026 untuk pelunasan, "
            "sehingga keberangkatan haji yang sudah saya tunggu selama 12 tahun terancam tertunda.")
    req = ("Saya mohon data masa kerja saya di e-Cuti diperbaiki dan izin cuti besar saya diterbitkan sebelum 31 "
           "Desember 2026.")
    blocks = [
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Assalamu'alaikum wr. wb."), ("gap", 0.5),
        ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0856 4088 1275"), ("gap", 0.5),
        ("p", "mengadukan hal sebagai berikut."), ("gap", 0.3),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.5),
        ("p", "Wassalamu'alaikum wr. wb."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 25101, dpi=170, angle=0.0, paper=(246, 244, 238), noise=3.0, blur=0.3,
                        colour=True, specks=False)
    photo = phone_photo(pages[0], 25102, size=(1536, 2048),
                        quad=[(140, 110), (1410, 150), (1460, 1960), (100, 1925)])
    jpg = img_bytes(photo, "JPEG", 72, quality=84)
    cover = D("""
        Assalamualaikum,

        Terlampir foto surat pengaduan saya soal cuti besar. Mohon maaf kalau kurang jelas.

        Bambang
        """)
    d = "Sat, 05 Dec 2026 06:30:12 +0800"
    put(rel, mixed("s06", d, "Bambang Irawan <bambang.irawan09@example.net>", "Surat pengaduan cuti besar (foto)",
                   "example.net", [part("text/plain", "utf-8", "8bit", cover),
                                   attach("image/jpeg", "IMG-20261205-WA0003.jpg", jpg)], ip="198.51.100.90"))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date="2026-12-05", signed=True, email="bambang.irawan09@example.net",
        phone="085640881275", nik=None), "kinerja",
        "E-MAIL WITH A PHONE PHOTO (perspective, shadow, colour JPG named like a WhatsApp image) of a typed, "
        "signed letter that has NO PLACE/DATE LINE -> place null, date from the Date: header written at 06:30 "
        "+0800 (UTC would be the 4th); cuti besar for the hajj -> kinerja", ocr=True)


def s07():
    """PNG 250 dpi, signed, no place and no date anywhere; parking money and a locked toilet."""
    rel = "scan/s07.png"
    name = "Ahmad Zainuri"
    addr = "Dusun Pandean RT 01 RW 02, Desa Cendono, Kecamatan Purwosari, Kabupaten Pasuruan"
    svc = ("Setiap kali saya datang ke kantor BKPSDM, juru parkir di halaman kantor menarik Rp 5.000 untuk sepeda "
           "motor tanpa memberikan karcis, padahal halaman itu adalah parkir kantor pemerintah. Selain itu toilet "
           "untuk pengunjung selalu dikunci dan petugas keamanan menyuruh pengunjung menumpang ke masjid di "
           "seberang jalan.")
    loss = ("Dalam sebulan terakhir saya sudah empat kali datang mengurus berkas dan membayar parkir Rp 20.000 tanpa "
            "bukti, dan ibu saya yang ikut mengantar terpaksa menahan buang air karena tidak ada toilet yang bisa "
            "dipakai.")
    req = ("Saya meminta penarikan uang parkir di halaman BKPSDM dihentikan atau diberi karcis resmi, dan toilet "
           "pengunjung dibuka selama jam pelayanan.")
    blocks = [
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", f"Saya {name}, alamat {addr}, HP 0823 3155 7042, menyampaikan keluhan sebagai berikut."),
        ("gap", 0.5),
        ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", req), ("gap", 0.5),
        ("p", "Terima kasih atas perhatiannya."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    text_scan_blocks_check(blocks)
    pages = render_scan(blocks, 25201, dpi=250, angle=-0.8, paper=238, noise=7.0, blur=0.55)
    page = pages[0].point(lambda v: 238 if v > 218 else v)
    put(rel, img_bytes(page, "PNG", 250, optimize=True))
    src(rel, blocks_text(blocks))
    complaint(rel, "scan", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date=None, signed=True, email=None, phone="082331557042", nik=None), "sekretariat",
        "NO PLACE, NO DATE anywhere on a scanned file (no Date: header to fall back on) -> both null; PNG 250 "
        "dpi rotated -0.8 degrees; identity inline; parking money without a ticket and a locked visitors' "
        "toilet (facilities) -> sekretariat; signed", ocr=True)


# ================================================================= auto_reply
def a01():
    """Outlook out-of-office in Indonesian ('Balasan Otomatis:'), multipart/alternative QP."""
    rel = "auto_reply/a01.eml"
    d = hdate(2026, 12, 2, 10, 16, 3)
    text = D("""
        Terima kasih atas email Bapak/Ibu.

        Saya sedang melaksanakan perjalanan dinas ke Jakarta pada tanggal 30 November s.d. 11 Desember 2026 dengan akses email yang terbatas. Email Bapak/Ibu akan saya baca setelah saya kembali ke kantor.

        Untuk keperluan mendesak terkait kepegawaian Dinas Kesehatan, silakan menghubungi Sdri. Maya Puspita di nomor (0343) 741 556.

        Salam,
        Rudy Hermawan
        Kasubbag Umum dan Kepegawaian
        Dinas Kesehatan Kabupaten Pasuruan
        """)
    html = html_of(text)
    extra = ("Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nContent-Language: id-ID\n"
             f"In-Reply-To: {msgid('a01-agency', 'pasuruankab.go.id')}\n"
             "Thread-Topic: Klarifikasi pengaduan PGD-2026-0702\n")
    h = headers("a01", d, "Rudy Hermawan <rudy.hermawan@dinkes.example.org>",
                "Balasan Otomatis: Klarifikasi pengaduan PGD-2026-0702", "dinkes.example.org", ip="192.0.2.199",
                extra=extra)
    body = multipart("alternative", boundary("a01"), [
        part("text/plain", "utf-8", "quoted-printable", text.encode("utf-8")),
        part("text/html", "utf-8", "quoted-printable", html.encode("utf-8"))])
    put(rel, (h + body).encode("ascii"))
    unscored(rel, "auto_reply",
             "Outlook/Exchange out-of-office in Indonesian: subject 'Balasan Otomatis: ...', Auto-Submitted: "
             "auto-generated, X-Auto-Response-Suppress, multipart/alternative QP; on an official trip, names a "
             "colleague and a phone; must be auto_reply", auto_reply=True)


def a02():
    """Exim-style bounce in plain text (not multipart/report), X-Failed-Recipients, null Return-Path."""
    rel = "auto_reply/a02.eml"
    d = hdate(2026, 12, 4, 14, 2, 51)
    orig_d = hdate(2026, 12, 4, 14, 2, 44)
    body = D(f"""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          yanto.pasrepan@example.com
            host mx.example.com [198.51.100.5]
            SMTP error from remote mail server after RCPT TO:<yanto.pasrepan@example.com>:
            550 5.1.1 <yanto.pasrepan@example.com>: mailbox unavailable

        ------ This is a copy of the message, including all the headers. ------

        Return-path: <pengaduan.bkpsdm@pasuruankab.go.id>
        Date: {orig_d}
        From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
        To: yanto.pasrepan@example.com
        Subject: Tanda Terima Pengaduan PGD-2026-0735
        Message-ID: {msgid('a02-orig', 'pasuruankab.go.id')}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"

        Yth. Bapak Suyanto,

        Pengaduan Bapak telah kami terima dengan nomor tiket PGD-2026-0735:

        Uraian : SK kenaikan gaji berkala belum diterima sejak Agustus 2026.
        Kerugian : selisih gaji belum dibayarkan.
        Permintaan : SK segera diterbitkan.

        Pengaduan akan ditindaklanjuti paling lambat 3 (tiga) hari kerja.

        Hormat kami,
        Tim Pengaduan BKPSDM Kabupaten Pasuruan
        Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153
        """)
    h = ("Return-Path: <>\n"
         + headers("a02", d, "Mail Delivery System <Mailer-Daemon@relay.example.net>",
                   "Mail delivery failed: returning message to sender", "relay.example.net", ip="198.51.100.250",
                   extra="X-Failed-Recipients: yanto.pasrepan@example.com\nAuto-Submitted: auto-replied\n"))
    h += 'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n'
    put(rel, (h + body).encode("ascii"))
    unscored(rel, "auto_reply",
             "Exim-style delivery failure in English as PLAIN TEXT (not multipart/report), null Return-Path, "
             "X-Failed-Recipients; the returned copy is the agency's acknowledgement with 'Uraian / Kerugian / "
             "Permintaan' lines and the agency's address; must be auto_reply", auto_reply=True)


def a03():
    """Bulk promotional mail in Indonesian for a paid 'bimtek' (List-Unsubscribe, Precedence: bulk)."""
    rel = "auto_reply/a03.eml"
    d = hdate(2026, 12, 1, 6, 0, 0)
    text = D("""
        Yth. Bapak/Ibu ASN,

        Usul kenaikan pangkat Anda dikembalikan? PAK jabatan fungsional tidak kunjung terbit? Jangan sampai Anda rugi jutaan rupiah karena salah menyusun berkas!

        Ikuti BIMTEK NASIONAL "Penyusunan Angka Kredit dan Usul Kenaikan Pangkat Jabatan Fungsional" tanggal 17-19 Desember 2026 di Surabaya (luring) atau daring via Zoom.

        Kontribusi: Rp 4.250.000 (luring) / Rp 1.750.000 (daring), termasuk sertifikat 32 JP.

        Pendaftaran: WA 0812 3390 4417 (Admin Rina) atau https://bimtek-asn.example.com/daftar

        Salam sukses,
        Pusat Bimtek ASN Nusantara

        Anda menerima email ini karena alamat Anda terdaftar di basis data peserta kami. Berhenti berlangganan: https://bimtek-asn.example.com/unsubscribe?u=pengaduan.bkpsdm
        """)
    html = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
            + html_of(text) + "</td></tr></table></body></html>\n")
    extra = ("List-Unsubscribe: <https://bimtek-asn.example.com/unsubscribe?u=pengaduan.bkpsdm>, "
             "<mailto:unsubscribe@bimtek-asn.example.com>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
             "Precedence: bulk\nX-Campaign-ID: BIMTEK-PAK-DES26\nFeedback-ID: des26:bimtek:campaign\n")
    h = headers("a03", d, "Pusat Bimtek ASN Nusantara <info@bimtek-asn.example.com>",
                rfc2047("[PROMO] Bimtek Angka Kredit & Kenaikan Pangkat \u2013 Desember 2026", "utf-8", "B"),
                "bimtek-asn.example.com", ip="203.0.113.222", extra=extra)
    body = multipart("alternative", boundary("a03"), [
        part("text/plain", "utf-8", "quoted-printable", text.encode("utf-8")),
        part("text/html", "utf-8", "base64", html.encode("utf-8"))])
    put(rel, (h + body).encode("ascii"))
    unscored(rel, "auto_reply",
             "bulk promotional mail in Indonesian for a paid training (List-Unsubscribe, List-Unsubscribe-Post, "
             "Precedence: bulk, campaign headers, no List-Id); it speaks of PAK and kenaikan pangkat problems and "
             "'rugi jutaan rupiah' and gives a WA number; must be auto_reply", auto_reply=True)


# ==================================================================== hostile
def h01():
    """A '.jpg' that is a JFIF header followed by random bytes: unreadable, exit 3."""
    rel = "hostile/h01.jpg"
    rng = random.Random(24_9001)
    junk = bytes(rng.getrandbits(8) for _ in range(8192)).replace(b"\xff", b"\x7f")
    put(rel, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\xc8\x00\xc8\x00\x00" + junk)
    unscored(rel, "hostile_error", "corrupt JPEG: a valid SOI + JFIF APP0 header followed by 8 KB of random bytes "
             "with no further marker (no SOF, no scan, no EOI); must exit 3 with one stderr line", expect_exit=3)


def h02():
    """A '.docx' that is a valid zip without word/document.xml: unreadable, exit 3."""
    import zipfile
    rel = "hostile/h02.docx"
    ct = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.'
          b'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
          b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          b'document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            b'</Relationships>')
    core = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
            b'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            b'<dc:title>Surat Pengaduan</dc:title><dc:creator>User</dc:creator></cp:coreProperties>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for nm, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(nm, date_time=(2026, 12, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    put(rel, out.getvalue())
    unscored(rel, "hostile_error", "broken DOCX: a valid zip with [Content_Types].xml and _rels/.rels that point "
             "to word/document.xml, which is missing; must exit 3 with one stderr line", expect_exit=3)


def h03():
    """Readable body letter in an unknown charset; the attached 'PDF' is broken base64 of a truncated file."""
    rel = "hostile/h03.eml"
    name = "Dian Permatasari, S.Pd."
    addr = "Dusun Krajan RT 01 RW 02, Desa Ngadirejo, Kecamatan Tutur, Kabupaten Pasuruan"
    svc = ("Saya mengajukan cuti tahunan 6 hari kerja mulai 23 November 2026 untuk mendampingi anak saya menjalani "
           "operasi di RSUD dr. Saiful Anwar Malang. Permohonan di aplikasi e-Cuti ditolak dengan alasan \"sisa "
           "cuti tahunan 0 hari\", padahal tahun ini saya baru memakai 2 hari cuti tahunan dan sisa cuti tahun lalu "
           "juga belum terpakai.")
    loss = ("Saya terpaksa tidak masuk kerja tanpa izin resmi selama 6 hari, sehingga tercatat alpa dan TPP saya "
            "bulan November terancam dipotong.")
    req = ("Saya mohon data sisa cuti tahunan saya di e-Cuti diperbaiki dan 6 hari tersebut ditetapkan sebagai cuti "
           "tahunan.")
    text = D(f"""
        Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

        Nama    : {name}
        Alamat  : {addr}
        No. HP  : 0878 5561 2090

        Uraian pengaduan:
        {svc}

        Kerugian:
        {loss}

        Permintaan penyelesaian:
        {req}

        Tutur, 1 Desember 2026
        Hormat saya,
        {name}

        (surat yang sama terlampir dalam PDF)
        """)
    rng = random.Random(24_9003)
    fake = base64.b64encode(b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(900))).decode()
    broken = fake[:600] + "%%%!!" + fake[600:1003]   # illegal characters and a cut-off last quartet
    broken = "\n".join(broken[i:i + 76] for i in range(0, len(broken), 76))
    d = hdate(2026, 12, 1, 11, 37, 29)
    p1 = ('Content-Type: text/plain; charset="x-unknown-charset"\nContent-Transfer-Encoding: 8bit\n\n'
          + wrap_all(text, 76))
    p2 = ('Content-Type: application/pdf;\n\tname="surat_pengaduan.pdf"\nContent-Disposition: attachment;\n'
          '\tfilename="surat_pengaduan.pdf"\nContent-Transfer-Encoding: base64\n\n' + broken + "\n")
    put(rel, mixed("h03", d, "Dian Permatasari <dian.permatasari.tutur@example.com>", "Pengaduan cuti tahunan ditolak",
                   "example.com", [p1, p2], ip="203.0.113.177"))
    src(rel, text)
    complaint(rel, "hostile_ok", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Tutur", date="2026-12-01", signed=True, email="dian.permatasari.tutur@example.com",
        phone="087855612090", nik=None), "kinerja",
        "ODD BUT READABLE: the body part declares charset=\"x-unknown-charset\" (no codec; the bytes are plain "
        "ASCII) and the attached 'surat_pengaduan.pdf' is broken base64 (illegal characters, a cut-off last "
        "quartet) of a truncated file; must exit 0 without a crash; the complete body letter is scored; annual "
        "leave refused in e-Cuti -> kinerja")


# ===================================================================== checks
HEADER_DATE = {"email_plain/p03.eml", "email_pdf/d05.eml", "scan/s06.eml"}


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
            assert t["missing"] is None and t["complete"] is None and t["division"] is None, rel
            continue
        text = norm(SOURCES[rel])
        for k in ("name", "address", "service_description", "loss", "requested_resolution", "place"):
            if f[k] is not None:
                assert norm(f[k]) in text, (rel, k, f[k])
        digits = re.sub(r"\D", "", SOURCES[rel])
        if f["nik"]:
            assert re.fullmatch(r"35\d{14}", f["nik"]), (rel, f["nik"])
            assert f["nik"] in digits, (rel, "nik")
        if f["phone"]:
            assert re.fullmatch(r"0\d{9,12}", f["phone"]), (rel, f["phone"])
            assert f["phone"] in digits or ("62" + f["phone"][1:]) in digits, (rel, "phone")
        if f["email"] and not rel.endswith(".eml"):
            assert f["email"] in SOURCES[rel], (rel, "email")
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
            hd = email.utils.parsedate_to_datetime(msg["Date"]).date().isoformat()
            if rel in HEADER_DATE:
                assert hd == f["date"] and f["place"] is None, (rel, hd, f["date"])
        else:
            assert t["ocr"], rel
    ids = [re.search(rb"^Message-ID: (.*?)\r?$", v, re.M).group(1) for k, v in FILES.items() if k.endswith(".eml")]
    assert len(ids) == len(set(ids)), "duplicate Message-ID"
    for rel, data in FILES.items():
        if rel.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            blob = "\n".join(f"{k}: {v}" for k, v in msg.items())
            for sub in msg.walk():
                if sub.get_content_maintype() == "text":
                    blob += "\n" + sub.get_payload(decode=True).decode("latin-1")
            for addr in re.findall(r"[\w.+-]+@[\w.-]+", blob):
                dom = addr.split("@")[1].lower().rstrip(".")
                if "." in dom:
                    assert ".example." in "." + dom + "." or dom.endswith("pasuruankab.go.id"), (rel, addr)
            assert msg["Date"] is not None, rel
    # the unreadable items really are unreadable
    try:
        Image.open(io.BytesIO(FILES["hostile/h01.jpg"])).load()
        raise AssertionError("h01 decodes")
    except (OSError, SyntaxError, ValueError):
        pass
    import zipfile
    assert "word/document.xml" not in zipfile.ZipFile(io.BytesIO(FILES["hostile/h02.docx"])).namelist()


# ===================================================================== README
CATS = [("email_plain/", "email_plain", "plain-text mails: new label words in capitals, ALL CAPS, a chatty "
         "WhatsApp-style mail, a Javanese-flavoured appeal, an English-mixed letter with the request first, a "
         "quoted reply chain ('>' and '> >'), one long unlabelled paragraph, typos in labels and months, Hijri "
         "beside Gregorian, an office line beside a mobile, identity after the signature"),
        ("email_mime/", "email_mime", "HTML-only windows-1252 QP with an identity table; format=flowed QP + "
         "base64 HTML; multipart/alternative holding multipart/related with an inline logo (iso-8859-1 "
         "base64); HTML-only base64 from an anonymous writer; iso-8859-15 QP with CRLF and folded RFC 2047 "
         "words; an Outlook reply above the agency's quoted answer"),
        ("email_pdf/", "email_pdf", "short cover note + the letter as a text PDF (vector or image signature, "
         "one of two pages, one without any place/date line) or as a DOCX with a signature picture; one cover "
         "note in English"),
        ("scan/", "scan", "image-only PDFs (a typed letter; a filled-in complaint form with an empty address "
         "row), a handwritten-looking PNG, a colour JPG photo-scan, a bilevel CCITT G4 TIFF, a PNG without any "
         "place or date, and an e-mail with a phone photo of a letter; one page each"),
        ("auto_reply/", "auto_reply", "an Indonesian Outlook out-of-office ('Balasan Otomatis:'), an English "
         "Exim-style plain-text bounce, an Indonesian bulk advertisement for a paid training"),
        ("hostile/", "hostile_error", "a JPEG header followed by random bytes; a DOCX zip without "
         "word/document.xml (both must exit 3)"),
        ("hostile/", "hostile_ok", "a body letter in an unknown charset with a broken base64 PDF attached "
         "(the body letter is scored)")]

DECISIONS = """\
1. **Passages.** `address`, `service_description`, `loss` and `requested_resolution` are the
   letter's own sentences without their label or lead-in words ("Langsung to the point saja:",
   "Background-nya begini.", "Impact-nya cukup serius.", "DENGAN INI MENGADUKAN BAHWA", "ingin
   melaporkan bahwa"); in the one-paragraph letter (`p07`) they are the sentences that carry each
   part. Emoji around a passage are left out of it (`p03`).
2. **Dates.** Indonesian numeric dates are day/month: "01/12/2026" -> 2026-12-01, "1-12-26" ->
   2026-12-01, "04/12/2026" -> 2026-12-04. A Javanese day name ("Selasa Pon") and a Hijri date
   written beside the Gregorian one (`p09`, `d04`) do not change the date: the Gregorian date is
   taken. Misspelt or old month names ("Novmber", "Desmber", "Nopember") are read as the month.
   E-mail letters without a place/date line take the *local* date of the `Date:` header as the
   sender wrote it (`p03` 00:14 +0700, `d05` 23:40 +0700, `s06` 06:30 +0800). A scanned file
   without any date (`s07`) has `date` null.
3. **Place.** Only the place of the place/date line, wherever it stands (top right, bottom,
   after the signature in `p05`). "Tempat tinggal" in `m05` is an address label, not a place.
   `d05` and `s06` have no place/date line -> `place` null.
4. **Name.** As written in the identity block, with its titles ("Hj.", "Drs. H.", "R.", "Ns. ...
   S.Kep.", "apt. ... S.Farm.", "A.Md.Kep."); the ALL CAPS letter keeps its capitals (the scorer
   case-folds). Chat-style `p03` introduces herself "sy Novi Ambarwati" and signs "Novi": the full
   name is taken and the closing counts as a signature.
5. **Signed (e-mail).** A closing followed by the writer's name, formal or not ("makasih min /
   Novi", "Ingkang matur,", "Regards,", "Salam hormat,"). Not signed: `p08` ends "Terima kasih."
   with no name; `m04` closes "Hormat saya, / Pengunjung difabel" (a description, not a name).
   For letters attached to mail, the attached letter's signature counts (PDF vector strokes, an
   embedded image, a DOCX signature picture); the cover note's closing does not.
6. **Anonymous writer** (`m04`): `name`, `address` and `signed` are missing; `email` is still the
   `From:` address.
7. **Phone.** Digits with a leading 0; "+62 813-..." -> "0813...". `p09` gives two numbers on
   one 'Kontak' line, the Puskesmas office line first and the personal mobile second: the phone
   is the complainant's own mobile (the office line is a workplace number, like a workplace is
   not an address). Everywhere else there is one number.
8. **NIK.** 16 digits with the spaces removed ("3514 0167 0858 0003", "351412 030989 0002");
   an 18-digit NIP, also a late husband's NIP (`p01`), is not a NIK.
9. **Workplace is not an address.** A school, Puskesmas or office named in the letter, its
   address in an e-mail signature (`m01`) or a "Jabatan"/"Unit kerja" line does not replace the
   home address; `p03` names only her school -> `address` null. The form `s05` leaves its
   "Alamat" row empty -> `address` null.
10. **Quoted reply chains are read whole** (`p06`): the new text adds the request, place/date and
    closing; the name, address, phone, story and loss come from the writer's own first mail quoted
    under the agency's request. The agency's quoted text (with the agency's address, and in `m06`
    its own "Bangil, 12 Oktober 2026" line) gives nothing.
11. **No loss / no request** means no statement of what it cost (`p02`, `d02`) or of what the
    writer asks for (`p10` voices a worry, not a request).
12. **Routing.** Staff conduct, illegal fees, the counter and facilities -> `sekretariat` even
    when a service of another division is named (`p07` pungli around a mutasi SK, `m04` no lift
    or ramp while legalising a pension SK, `d05` counter closing early while submitting a
    kenaikan pangkat file, `s02` rude counter staff, `s07` parking money and a locked toilet).
    Otherwise the topic: pensiun janda, Karsu, PPPK contract and score, SIASN status, pension TMT
    -> `pengadaan`; kenaikan pangkat, PAK for a jabatan fungsional promotion, persetujuan melepas
    (moving to another government), pelantikan, a wrong SK mutasi -> `mutasi`; tugas belajar,
    Latsar, PKP certificate, izin belajar, pencantuman gelar -> `kompetensi`; hukuman disiplin,
    e-Kinerja login, TPP cut after attendance, Satyalancana, CLTN, cuti besar, cuti tahunan ->
    `kinerja`.
13. **`h03`** is scored on its body letter: the file is readable even though the body's charset
    is unknown and the attached PDF is broken.
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
    out = [f"""# heldout24 — blind held-out set for `pengaduan extract`: the hidden set's description

{len(TRUTH)} items, {len(comp)} of them scored complaints ({len(inc)} incomplete, {len(comp) - len(inc)}
complete), in the format of `/work/shared/samples/` (contract: `/work/shared/DESIGN.md`,
procedure: `/work/shared/procedure-id.md`, scorer: `/work/shared/tools/score.py`).

The theme is the samples README's own description of the hidden set — "other letter layouts,
label words, wording, people, places and topics, and messier writing (typos, ALL CAPS, no
labels, chatty WhatsApp-style mails, Javanese-flavoured and English-mixed letters, quoted reply
chains, more MIME and scan variants)" — with choices the samples do not make: label words such
as "Identitas Pelapor", "Domisili", "Kontak", "Kronologis", "Dampak yang dialami", "Tuntutan",
"Solusi yang diharapkan", "Pokok aduan", "Panyuwunan", "Harapan Pelapor", "Duduk perkara"; a
letter in one long unlabelled paragraph; the request before the story and the identity at the
end; typos in labels and months ("Nmaa", "Alamt", "Novmber", "Desmber"); dates written
"01/12/2026", "1-12-26", "Selasa Pon 17 November 2026", "26 Nopember 2026", Hijri beside
Gregorian; place/date lines at the top right and at the bottom; names with titles and degrees;
NIKs written with spaces; "+62 8xx-..." and "08xx xxxx xxxx (WA)" phones and an office line
beside a mobile; and topics the samples lack (pensiun janda, Karsu, tugas belajar, PAK jabatan
fungsional, pencantuman gelar, Latsar, PKP, hukuman disiplin, e-Kinerja login, TPP cut, CLTN,
cuti besar, pelantikan, disability access, parking money).

Regenerate from the repository root (deterministic; two runs give byte-identical files):

    .venv/bin/python tests/extract/heldout24/make_heldout24.py

Score:

    python3 /work/shared/tools/score.py --set tests/extract/heldout24 --cmd "/work/main/.venv/bin/pengaduan extract" --cwd /tmp -v

## Written blind

This set was written from the specification only: `procedure-id.md`, `DESIGN.md`, the samples'
`README.md` and `truth.jsonl` (plus a look at a few sample files for their format) and
`score.py`. Neither the extractor (`pipeline/`) nor any other test set's letters were used; only
the rendering machinery (PDF writer, signature scribble, scan renderer, phone-photo warp, MIME
helpers, DOCX re-zipper) was copied from heldout22's generator. Every letter, person and
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


ITEMS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10,
         m01, m02, m03, m04, m05, m06,
         d01, d02, d03, d04, d05,
         s01, s02, s03, s04, s05, s06, s07,
         a01, a02, a03,
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
