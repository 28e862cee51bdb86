#!/usr/bin/env python3
"""Generate the blind held-out set `heldout26` ("paper at the front desk")
for `pengaduan extract`.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and score.py), without looking at the
extractor or at other test sets' letters.  The rendering helpers (PDF
writer, signature scribble, scan renderer, stamp, meterai, phone photo, MIME
helpers) are copied from heldout23's generator and extended (typewriter
text, a filled-in complaint form, fax bilevel output, a wooden table); every
letter is new.

Run from the repository root:
    .venv/bin/python tests/extract/heldout26/make_heldout26.py

Deterministic (fixed seeds, Message-IDs and timestamps).  Standard library +
Pillow + numpy only.  All people, addresses, NIKs, phone numbers and e-mail
addresses are invented; mail addresses use example.* domains.
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
SET = "heldout26"
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


FONTS = {
    "lib-serif": (font_path("LiberationSerif-Regular.ttf"), font_path("LiberationSerif-Bold.ttf")),
    "lib-sans": (font_path("LiberationSans-Regular.ttf"), font_path("LiberationSans-Bold.ttf")),
    "lib-narrow": (font_path("LiberationSansNarrow-Regular.ttf"), font_path("LiberationSansNarrow-Bold.ttf")),
    "dv-serif": (font_path("DejaVuSerif.ttf"), font_path("DejaVuSerif-Bold.ttf")),
    "dv-sans": (font_path("DejaVuSans.ttf"), font_path("DejaVuSans-Bold.ttf")),
    "dv-cond": (font_path("DejaVuSerifCondensed.ttf"), font_path("DejaVuSerifCondensed-Bold.ttf")),
    "lib-mono": (font_path("LiberationMono-Regular.ttf"), font_path("LiberationMono-Bold.ttf")),
}
SANS, SANS_B = FONTS["lib-sans"]
SERIF, SERIF_B = FONTS["lib-serif"]

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
    if fields["phone"] is not None:
        assert fields["phone"].isdigit() and fields["phone"].startswith("0"), rel
    if fields["nik"] is not None:
        assert fields["nik"].isdigit() and len(fields["nik"]) == 16, rel
    missing = [k for k in REQUIRED
               if (fields[k] is False if k == "signed" else fields[k] is None)]
    assert division in (None, "sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja")
    TRUTH.append({"file": rel, "category": category, "expect_exit": 0,
                  "fields": fields, "missing": missing,
                  "complete": not missing, "auto_reply": False,
                  "division": division, "ocr": ocr, "note": note})


def unscored(rel, category, note, expect_exit=0, auto_reply=False):
    TRUTH.append({"file": rel, "category": category, "expect_exit": expect_exit,
                  "fields": None, "missing": None, "complete": None,
                  "auto_reply": auto_reply, "division": None, "ocr": False,
                  "note": note})


def check_in(text, *passages):
    """Every truth passage must occur verbatim (after whitespace collapse) in the source text."""
    flat = " ".join(text.split())
    for p in passages:
        if p is None:
            continue
        assert " ".join(p.split()) in flat, p[:80]


def hdate(y, mo, d, h, mi, s=0, tz=7 * 60):
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=tz)))
    return email.utils.format_datetime(t)


def msgid(tag, domain):
    h = hashlib.sha1((SET + "-" + tag).encode()).hexdigest()[:22]
    return f"<{h}@{domain}>"


def boundary(tag, style="gmail", n=0):
    h = hashlib.sha1(f"{SET}-b-{tag}-{n}".encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h[:24].upper() + "_"
    if style == "apple":
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper() + "-" + h[16:28].upper()
    if style == "yahoo":
        return "----=_Part_" + str(int(h[:6], 16)) + "_" + str(int(h[6:14], 16)) + "." + str(int(h[14:24], 16))
    if style == "thunder":
        return "------------" + h[:24]
    raise ValueError(style)


def wrap(text, width=72):
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


def wrap_all(body, width=72):
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
        elif c in "-.,!/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return f"=?{charset}?Q?{''.join(out)}?="


def qp(data: bytes) -> bytes:
    return quopri.encodestring(data)


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def received(domain, ip, date, tag):
    qid = hashlib.sha1(("h26" + tag).encode()).hexdigest()[:10].upper()
    return (f"Received: from {domain} ({domain} [{ip}])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{AGENCY_ADDR}>; {date}\n")


def headers(tag, date, frm, subject, domain, ip="192.0.2.10", to=AGENCY,
            extra="", recv=True, mid_domain=None):
    h = ""
    if recv:
        h += received("mail." + domain, ip, date, tag)
    h += (f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subject}\n"
          f"Message-ID: {msgid(tag, mid_domain or domain)}\n")
    h += extra
    h += "MIME-Version: 1.0\n"
    return h.encode("ascii")


def encode_body(body: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return qp(body)
    if cte == "base64":
        return b64(body)
    return body


def leaf(ctype, charset, cte, body, disp=None, extra=""):
    """A single MIME entity (headers + encoded body) as bytes."""
    if isinstance(body, str):
        body = body.encode(charset or "ascii")
    h = f"Content-Type: {ctype}" + (f'; charset="{charset}"' if charset else "") + "\n"
    if disp:
        h += disp + "\n"
    h += extra
    h += f"Content-Transfer-Encoding: {cte}\n\n"
    return h.encode("ascii") + encode_body(body, cte)


def multipart(subtype, bnd, parts, preamble="", params=""):
    s = f'Content-Type: multipart/{subtype};{params}\n\tboundary="{bnd}"\n\n'.encode("ascii")
    if preamble:
        s += preamble.encode("ascii") + b"\n"
    for p in parts:
        if not p.endswith(b"\n"):
            p += b"\n"
        s += f"--{bnd}\n".encode("ascii") + p
    s += f"--{bnd}--\n".encode("ascii")
    return s


def single(ctype, charset, cte, body):
    """Top-level Content-Type/CTE lines + body, for a one-part message."""
    if isinstance(body, str):
        body = body.encode(charset)
    h = f'Content-Type: {ctype};\n\tcharset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    return h.encode("ascii") + encode_body(body, cte)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attach(ctype, fname, data):
    disp = f'Content-Disposition: attachment;\n\tfilename="{fname}"'
    return (f'Content-Type: {ctype};\n\tname="{fname}"\n{disp}\n'
            f"Content-Transfer-Encoding: base64\n\n").encode("ascii") + b64(data)


# ------------------------------------------------------ letter layout model
# blocks: ("p", text) paragraph | ("right", text) | ("center", text, bold)
#   ("gap", n) | ("kv", label, value) | ("sig", signed[, mode[, deco]])
#   ("b", text) bold line | ("rightcol", text) | ("hr", thickness)
#   ("ind", text) indented paragraph
#   ("twocol", left_items, right_lines, frac): left items are strings or
#        (label, value) pairs; the right column starts at frac of the width
#   ("table", rows, fracs[, bold_first_col]) bordered table
#   ("lhead", [(text, bold, scale), ...]) letterhead with a logo box at left
#   ("sigpair", ltop, rtop, ldeco, rdeco, lname, rname) two signature columns;
#        deco None = no signature, True = scribble, "stamp"/"meterai" = scribble + that
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


def layout(blocks, page_w, margin, size, measure, measure_b, label_w, lead_f=1.38):
    """Drawing ops in a top-left coordinate system (units of the caller):
    ("t", x, y, text, bold, scale)  y = baseline
    ("sig", x, y, mode, deco)       ("hr", y, thick)
    ("ln", x1, y1, x2, y2, thick)   ("logo", x, ytop, side)"""
    lead = size * lead_f
    ops = []
    y = margin + size
    text_w = page_w - 2 * margin
    for b in blocks:
        kind = b[0]
        if kind == "gap":
            y += lead * b[1]
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
        elif kind == "rightcol":
            ops.append(("t", margin + text_w * 0.58, y, b[1], False, 1.0))
            y += lead
        elif kind == "center":
            m = measure_b if b[2] else measure
            x = (page_w - m(b[1])) / 2
            ops.append(("t", x, y, b[1], b[2], 1.0))
            y += lead
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
        elif kind == "twocol":
            _, left, right, frac = b
            rx = margin + text_w * frac
            lw = measure("Lampiran  ")
            yl = y
            for item in left:
                if isinstance(item, tuple):
                    lab, val = item
                    ops.append(("t", margin, yl, lab, False, 1.0))
                    ops.append(("t", margin + lw, yl, ":", False, 1.0))
                    vx = margin + lw + measure(": ")
                    for ln in wrap_px(val, rx - vx - size * 1.2, measure):
                        ops.append(("t", vx, yl, ln, False, 1.0))
                        yl += lead
                else:
                    if item:
                        ops.append(("t", margin, yl, item, False, 1.0))
                    yl += lead
            yr = y
            for item in right:
                if item:
                    ops.append(("t", rx, yr, item, False, 1.0))
                yr += lead
            y = max(yl, yr)
        elif kind == "table":
            rows, fracs = b[1], b[2]
            bold_first = b[3] if len(b) > 3 else False
            pad = size * 0.45
            xs = [margin]
            for fr in fracs:
                xs.append(xs[-1] + text_w * fr)
            top = y - size
            yt = top
            hlines = [yt]
            for row in rows:
                cells = []
                for ci, cell in enumerate(row):
                    m = measure_b if (bold_first and ci == 0) else measure
                    cells.append(wrap_px(cell, xs[ci + 1] - xs[ci] - 2 * pad, m))
                n = max(len(c) for c in cells)
                for ci, lines in enumerate(cells):
                    yy = yt + pad + size
                    for ln in lines:
                        ops.append(("t", xs[ci] + pad, yy, ln, bold_first and ci == 0, 1.0))
                        yy += lead
                yt = yt + pad + size + (n - 1) * lead + pad + size * 0.35
                hlines.append(yt)
            for hy in hlines:
                ops.append(("ln", xs[0], hy, xs[-1], hy, 0.8))
            for vx in xs:
                ops.append(("ln", vx, hlines[0], vx, hlines[-1], 0.8))
            y = yt + size + lead * 0.4
        elif kind == "lhead":
            lines = b[1]
            top = y - size
            hs = [lead * max(sc, 0.9) for _, _, sc in lines]
            side = sum(hs) + size * 0.2
            ops.append(("logo", margin, top, side))
            left = margin + side + size
            cx = left + (page_w - margin - left) / 2
            yy = top
            for (text, bold, sc), hh in zip(lines, hs):
                yy += hh
                m = measure_b if bold else measure
                ops.append(("t", cx - m(text) * sc / 2, yy - lead * 0.28, text, bold, sc))
            y = top + side + size * 0.7
        elif kind == "sig":
            x = margin + text_w * 0.58
            mode = b[2] if len(b) > 2 else "above"
            deco = b[3] if len(b) > 3 else None
            if b[1]:
                ops.append(("sig", x, y, mode, deco))
            y += lead * (2.0 if mode == "over" else 3.2)
        elif kind == "sigpair":
            _, ltop, rtop, ldeco, rdeco, lname, rname = b
            lx, rx = margin, margin + text_w * 0.58
            for i in range(max(len(ltop), len(rtop))):
                if i < len(ltop) and ltop[i]:
                    ops.append(("t", lx, y, ltop[i], False, 1.0))
                if i < len(rtop) and rtop[i]:
                    ops.append(("t", rx, y, rtop[i], False, 1.0))
                y += lead
            if ldeco:
                ops.append(("sig", lx + size * 0.5, y, "above", None if ldeco is True else ldeco))
            if rdeco:
                ops.append(("sig", rx, y, "above", None if rdeco is True else rdeco))
            y += lead * 3.2
            for i in range(max(len(lname), len(rname))):
                if i < len(lname) and lname[i]:
                    ops.append(("t", lx, y, lname[i], False, 1.0))
                if i < len(rname) and rname[i]:
                    ops.append(("t", rx, y, rname[i], False, 1.0))
                y += lead
        else:
            raise ValueError(kind)
    return ops


def blocks_text(blocks):
    """All text of a block list, for check_in()."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "ind", "b", "right", "rightcol", "center"):
            out.append(b[1])
        elif k == "kv":
            out.append(b[1] + " : " + b[2])
        elif k == "twocol":
            for it in b[1]:
                out.append(" : ".join(it) if isinstance(it, tuple) else it)
            out.extend(b[2])
        elif k == "table":
            for row in b[1]:
                out.extend(row)
        elif k == "lhead":
            out.extend(t for t, _, _ in b[1])
        elif k == "sigpair":
            for part_ in (b[1], b[2], b[5], b[6]):
                out.extend(part_)
    return "\n".join(out)


# ------------------------------------------------------- minimal PDF writer
def pdf_str(s):
    raw = s.encode("cp1252")
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


def sig_curve(rng, w, h, n=7):
    """A handwritten-looking scribble: cubic Bezier segments inside a w x h
    box (origin bottom-left)."""
    x = 0.05 * w
    y = 0.5 * h
    start = (x, y)
    segs = []
    for i in range(n):
        nx = x + w * rng.uniform(0.08, 0.16)
        ny = h * rng.uniform(0.15, 0.9)
        c1 = (x + rng.uniform(-0.05, 0.1) * w, y + rng.uniform(0.2, 0.6) * h * (1 if i % 2 else -1))
        c2 = (nx - rng.uniform(0.0, 0.1) * w, ny + rng.uniform(0.2, 0.6) * h * (-1 if i % 2 else 1))
        segs.append((c1, c2, (nx, ny)))
        x, y = nx, ny
    segs.append(((x + 0.05 * w, y - 0.4 * h), (0.4 * w, 0.0), (0.1 * w, 0.15 * h)))
    return start, segs


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
             producer=b"Microsoft Word for Microsoft 365", creator=b"Microsoft Word", margin=64.0):
    """A one-page text PDF (Helvetica or Times, WinAnsi).  sig_kind: vector | image."""
    W, H, M = 595.28, 841.89, margin
    if font == "serif":
        ms, mb = Measure(SERIF, size), Measure(SERIF_B, size)
        base, bold = b"/Times-Roman", b"/Times-Bold"
    else:
        ms, mb = Measure(SANS, size), Measure(SANS_B, size)
        base, bold = b"/Helvetica", b"/Helvetica-Bold"
    ops = layout(blocks, W, M, size, ms.w, mb.w, label_w=ms.w("Nomor Telepon/HP  "))
    assert all(op[2] < H - 40 for op in ops if op[0] == "t"), "page overflow"
    rng = random.Random(seed)
    content = []
    images = []
    for op in ops:
        if op[0] == "t":
            _, x, y, text, isb, sc = op
            fnt = b"/F2" if isb else b"/F1"
            content.append(b"BT %s %.1f Tf %.2f %.2f Td " % (fnt, size * sc, x, H - y)
                           + pdf_str(text) + b" Tj ET")
        elif op[0] == "hr":
            _, y, th = op
            content.append(b"q 0 0 0 RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (th, M, H - y, W - M, H - y))
        elif op[0] == "ln":
            _, x1, y1, x2, y2, th = op
            content.append(b"q 0 0 0 RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (th, x1, H - y1, x2, H - y2))
        elif op[0] == "logo":
            _, x, yt, side = op
            cx, cy = x + side / 2, H - (yt + side / 2)
            r = side * 0.36
            k = 0.5523 * r
            content.append(b"q 0.1 0.2 0.5 RG 1.2 w %.2f %.2f %.2f %.2f re S" % (x, H - yt - side, side, side))
            content.append(b"%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
                           b"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S" % (
                               cx + r, cy, cx + r, cy + k, cx + k, cy + r, cx, cy + r,
                               cx - k, cy + r, cx - r, cy + k, cx - r, cy,
                               cx - r, cy - k, cx - k, cy - r, cx, cy - r,
                               cx + k, cy - r, cx + r, cy - k, cx + r, cy))
            pts = []
            for i in range(10):
                ang = math.pi / 2 + i * math.pi / 5
                rr = r * (0.8 if i % 2 == 0 else 0.33)
                pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
            path = b"%.2f %.2f m " % pts[0] + b" ".join(b"%.2f %.2f l" % p for p in pts[1:]) + b" h f Q"
            content.append(b"0.1 0.2 0.5 rg " + path)
        else:
            _, x, y, _mode, _deco = op
            y += size * 1.38 * 0.6
            if sig_kind == "vector":
                start, segs = sig_curve(rng, 120, 36)
                ox, oy = x + 4, H - y - 22
                cmd = [b"q 0.05 0.1 0.5 RG 1.2 w 1 J 1 j"]
                cmd.append(b"%.2f %.2f m" % (ox + start[0], oy + start[1]))
                for c1, c2, p3 in segs:
                    cmd.append(b"%.2f %.2f %.2f %.2f %.2f %.2f c" % (
                        ox + c1[0], oy + c1[1], ox + c2[0], oy + c2[1], ox + p3[0], oy + p3[1]))
                cmd.append(b"S Q")
                content.append(b" ".join(cmd))
            else:
                iw, ih = 380, 140
                im = Image.new("L", (iw, ih), 255)
                dr = ImageDraw.Draw(im)
                start, segs = sig_curve(rng, iw, ih * 0.9, n=8)
                pts = [(px, ih - py - 5) for px, py in bezier_points(start, segs)]
                dr.line(pts, fill=20, width=5, joint="curve")
                name = b"/Im%d" % (len(images) + 1)
                images.append((name, iw, ih, zlib.compress(im.tobytes(), 9)))
                content.append(b"q %.2f 0 0 %.2f %.2f %.2f cm %s Do Q" % (115, 42, x + 2, H - y - 24, name))
    stream = zlib.compress(b"\n".join(content), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont " + base + b" /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont " + bold + b" /Encoding /WinAnsiEncoding >>"]
    xo = b""
    if images:
        xo = b" /XObject << " + b" ".join(images[k][0] + b" %d 0 R" % (7 + k) for k in range(len(images))) + b" >>"
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >>" + xo + b" >> /Contents 6 0 R >>")
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
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
    """A rubber-stamp-like circle with text round the rim (uneven ink)."""
    grey = im.mode == "L"
    if grey:
        im = im.convert("RGB")
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
    fm = ImageFont.truetype(SANS_B, int(r * 0.19))
    dr.text((cx, cy), mid_text, font=fm, fill=255, anchor="mm")
    nrng = np.random.default_rng(seed)
    field = nrng.uniform(0.35, 1.0, (H // 16 + 1, W // 16 + 1)).astype(np.float32)
    field_im = Image.fromarray((field * 255).astype(np.uint8)).resize((W, H), Image.BILINEAR)
    m = np.asarray(mask).astype(np.float32) / 255.0 * np.asarray(field_im).astype(np.float32) / 255.0 * 0.85
    a = np.asarray(im).astype(np.float32)
    col = np.array(colour, dtype=np.float32)
    a = a * (1 - m[..., None]) + col[None, None, :] * m[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return out.convert("L") if grey else out


def draw_meterai(dr, x, y, dpi, colour):
    """A revenue stamp (meterai tempel) rectangle with its printed text."""
    w, h = int(1.0 * dpi), int(0.62 * dpi)
    fill = (236, 205, 214) if colour else 218
    edge = (170, 90, 120) if colour else 120
    txt = (140, 60, 95) if colour else 95
    dr.rectangle((x, y, x + w, y + h), fill=fill, outline=edge, width=max(2, dpi // 100))
    step = max(4, dpi // 30)
    for k in range(-h, w, step):
        dr.line([(x + max(k, 0), y + max(-k, 0)), (x + min(k + h, w), y + min(h, w - k))],
                fill=edge, width=1)
    fs = ImageFont.truetype(SANS_B, int(dpi * 0.09))
    fb = ImageFont.truetype(SANS_B, int(dpi * 0.16))
    dr.rectangle((x + w * 0.08, y + h * 0.08, x + w * 0.92, y + h * 0.92), fill=fill)
    dr.text((x + w / 2, y + h * 0.24), "METERAI TEMPEL", font=fs, fill=txt, anchor="mm")
    dr.text((x + w / 2, y + h * 0.55), "10000", font=fb, fill=txt, anchor="mm")
    dr.text((x + w / 2, y + h * 0.80), "SEPULUH RIBU RUPIAH", font=ImageFont.truetype(SANS, int(dpi * 0.06)),
            fill=txt, anchor="mm")


def draw_logo(dr, x, yt, side, colour, lw):
    col = (25, 50, 120) if colour else 40
    dr.rectangle((x, yt, x + side, yt + side), outline=col, width=lw)
    cx, cy = x + side / 2, yt + side / 2
    r = side * 0.36
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=col, width=lw)
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r * (0.8 if i % 2 == 0 else 0.33)
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    dr.polygon(pts, fill=col)


def render_scan(blocks, seed, dpi=200, angle=0.6, paper=250, noise=7.0, blur=0.5,
                colour=False, pen=(20, 40, 120), quant=1, stamp=None, specks=True,
                font="lib-serif", size_pt=11.5, margin_in=0.9, ink=None, lead_f=1.38, tw=None):
    """Render a one-page letter as a scanned page image.
    paper: grey level, or (r, g, b) for colour scans.
    stamp: dict(ring=..., mid=..., colour=(r, g, b)) for a sig op with deco "stamp"."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    size = size_pt * dpi / 72.0
    M = margin_in * dpi
    reg, bld = FONTS[font]
    f = ImageFont.truetype(reg, int(round(size)))
    fb = ImageFont.truetype(bld, int(round(size)))
    fonts = {}

    def font_for(bold, sc):
        key = (bold, sc)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(bld if bold else reg, int(round(size * sc)))
        return fonts[key]

    ops = layout(blocks, W, M, size, f.getlength, fb.getlength,
                 label_w=f.getlength("Nomor Telepon/HP  "), lead_f=lead_f)
    assert all(op[2] < H - 0.5 * dpi for op in ops if op[0] == "t"), "page overflow"
    mode = "RGB" if colour else "L"
    if colour:
        bg = paper if isinstance(paper, tuple) else (paper, paper - 3, paper - 12)
        ink = ink or (28, 28, 30)
    else:
        bg = paper
        ink = ink or 25
    im = Image.new(mode, (W, H), bg)
    dr = ImageDraw.Draw(im)
    sigs = []
    lw_px = max(2, int(dpi / 110))
    for op in ops:
        if op[0] == "t":
            _, x, y, text, bold, sc = op
            if tw:
                draw_typewriter(dr, x, y, text, font_for(bold, sc), ink, rng, tw)
            else:
                dr.text((x, y), text, font=font_for(bold, sc), fill=ink, anchor="ls")
        elif op[0] == "hr":
            _, y, th = op
            lw = max(2, int(th * dpi / 72))
            dr.line([(M, y), (W - M, y)], fill=ink, width=lw)
            if th >= 2:
                dr.line([(M, y + lw + 4), (W - M, y + lw + 4)], fill=ink, width=max(1, lw // 3))
        elif op[0] == "ln":
            _, x1, y1, x2, y2, th = op
            dr.line([(x1, y1), (x2, y2)], fill=ink, width=max(1, int(round(th * dpi / 72))))
        elif op[0] == "logo":
            _, x, yt, side = op
            draw_logo(dr, x, yt, side, colour, lw_px)
        else:
            sigs.append(op)
    lead = size * lead_f
    for _, x, y, smode, deco in sigs:
        if deco == "meterai":
            draw_meterai(dr, int(x - 0.55 * dpi), int(y - 0.05 * dpi), dpi, colour)
    stamp_at = []
    for _, x, y, smode, deco in sigs:
        bw, bh = 1.7 * dpi, 0.5 * dpi
        bottom = y + lead * (2.6 if smode == "over" else 2.2)
        start, segs = sig_curve(rng, bw, bh)
        pts = [(x + px, bottom - py) for px, py in bezier_points(start, segs)]
        col = pen if colour else 45
        dr.line(pts, fill=col, width=max(2, int(dpi / 75)), joint="curve")
        if deco == "stamp":
            stamp_at.append((x, y + lead * 1.2))
    if stamp:
        for x, y in stamp_at:
            im = draw_stamp(im, int(x + 0.25 * dpi), int(y), int(0.55 * dpi),
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
    return Image.fromarray(a, mode)


def img_bytes(im, fmt, dpi, **kw):
    buf = io.BytesIO()
    if fmt == "PDF":
        fixed = dt.datetime(2027, 1, 25, 8, 30, 0).timetuple()
        im.save(buf, "PDF", resolution=float(dpi), creationDate=fixed, modDate=fixed,
                producer=kw.pop("producer", "EPSON Scan"), creator=kw.pop("creator", "EPSON Scan"), **kw)
    else:
        im.save(buf, fmt, dpi=(dpi, dpi), **kw)
    return buf.getvalue()


def perspective_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.extend([u, v])
    sol = np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64))
    return tuple(float(c) for c in sol)


def phone_photo(page, seed, size=(1500, 2000), quad=None, table_rgb=(196, 190, 178), wood=False):
    """A phone photo of a page on a desk: perspective, strongly uneven light
    (bright from the upper left, dim lower right), a lamp glare spot, a
    vignette, slight blur and sensor noise."""
    rng = np.random.default_rng(seed)
    W, H = size
    pw, ph = page.size
    quad = quad or [(120, 190), (1360, 120), (1420, 1890), (60, 1950)]
    coeffs = perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.convert("RGB").transform(size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(size, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cloth = (np.sin(xx / 5.0) * np.sin(yy / 5.0) * 6.0)[..., None]
    desk = np.array(table_rgb, dtype=np.float32)[None, None, :] + cloth
    desk += rng.normal(0, 4, (H, W, 1)).astype(np.float32)
    if wood:
        grain = (np.sin(yy / 9.0 + 3.0 * np.sin(xx / 170.0) + 0.8 * np.sin(yy / 53.0)) * 0.5 + 0.5)
        plank = ((yy // 260) % 2).astype(np.float32)
        tone = np.stack([150 - 35 * grain - 12 * plank, 98 - 28 * grain - 8 * plank, 58 - 20 * grain - 5 * plank], -1)
        desk = tone + rng.normal(0, 3, (H, W, 1)).astype(np.float32)
    bg = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    img = Image.composite(warped, bg, mask)
    a = np.asarray(img).astype(np.float32)
    light = 1.06 - 0.42 * (0.55 * xx / W + 0.45 * yy / H)
    glare = 0.16 * np.exp(-(((xx - 0.30 * W) / (0.16 * W)) ** 2 + ((yy - 0.22 * H) / (0.12 * H)) ** 2))
    vign = 1 - 0.22 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    a = a * (light * vign)[..., None] + 255 * glare[..., None]
    a[..., 0] *= 1.03
    a[..., 2] *= 0.90
    a += rng.normal(0, 5.0, a.shape).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return img.filter(ImageFilter.GaussianBlur(0.8))


def head_to(bangil="Bangil", yth="Yth. Kepala BKPSDM Kabupaten Pasuruan"):
    return [("p", "Kepada"), ("p", yth), ("p", "di -"), ("ind", bangil), ("gap", 1)]


# =================================================================== items
HAND = font_path("DejaVuSerif-Italic.ttf")
HAND2 = font_path("LiberationSans-Italic.ttf")
HAND3 = font_path("LiberationSerif-Italic.ttf")
FONTS["dv-mono"] = (font_path("DejaVuSansMono.ttf"), font_path("DejaVuSansMono-Bold.ttf"))


def draw_typewriter(dr, x, y, text, font, ink, rng, tw):
    """Typewriter text: each character struck with its own ink darkness and a
    slightly wavy, jittery baseline."""
    lo, hi = tw.get("dark", (0.55, 1.0))
    wave, jit = tw.get("wave", 1.6), tw.get("jit", 0.7)
    for ch in text:
        if ch != " ":
            k = rng.uniform(lo, hi)
            if isinstance(ink, tuple):
                col = tuple(int(255 - (255 - c) * k) for c in ink)
            else:
                col = int(255 - (255 - ink) * k)
            dy = wave * math.sin(x / 140.0 + y / 61.0) + rng.uniform(-jit, jit)
            dr.text((x + rng.uniform(-0.4, 0.4), y + dy), ch, font=font, fill=col, anchor="ls")
        x += font.getlength(ch)


def degrade(im, seed, angle=0.5, blur=0.6, noise=5.0, bg=248, specks=True):
    nrng = np.random.default_rng(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a += nrng.normal(0.0, noise, a.shape).astype(np.float32)
    if specks:
        H, W = a.shape[:2]
        for (yy, xx) in nrng.integers(0, [H, W], size=(int(W * H / 12000), 2)):
            a[yy:yy + 2, xx:xx + 2] = 80
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), im.mode)


def to_fax(im, thresh=150):
    """Bilevel fax page (1 bit per pixel)."""
    return im.convert("L").point(lambda v: 255 if v > thresh else 0).convert("1", dither=Image.Dither.NONE)


def scribble(dr, x, bottom, dpi, rng, col, bw=1.6, bh=0.45):
    start, segs = sig_curve(rng, bw * dpi, bh * dpi)
    pts = [(x + px, bottom - py) for px, py in bezier_points(start, segs)]
    dr.line(pts, fill=col, width=max(2, int(dpi / 75)), joint="curve")


def render_form(rows, seed, *, checks, ticked, place_date, signer, signed, dpi=200,
                colour=False, hand=HAND, hand_pt=12.5, pd_hand=True, angle=0.5, blur=0.6,
                noise=5.0, paper=248, officer=None):
    """The agency's printed complaint form, filled in.
    rows: (label, value or None, "hand"|"typed", min_lines); None = dotted blank."""
    rng = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    pt = dpi / 72.0
    M = int(0.8 * dpi)
    mode = "RGB" if colour else "L"
    bg = (paper, paper - 2, paper - 8) if colour else paper
    ink = (25, 25, 28) if colour else 25
    pen = (25, 45, 130) if colour else 55
    im = Image.new(mode, (W, H), bg)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(SANS, int(10 * pt))
    fb = ImageFont.truetype(SANS_B, int(10.5 * pt))
    ft = ImageFont.truetype(SANS_B, int(15 * pt))
    fh = ImageFont.truetype(hand, int(hand_pt * pt))
    fty = ImageFont.truetype(FONTS["lib-mono"][0], int(10.5 * pt))
    lead = int(10 * pt * 1.9)
    text_out = []
    # letterhead
    side = int(0.75 * dpi)
    draw_logo(dr, M, M, side, colour, max(2, dpi // 110))
    cx = M + side + (W - 2 * M - side) / 2
    y = M + int(0.18 * dpi)
    for t, fnt in [("PEMERINTAH KABUPATEN PASURUAN", fb),
                   ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", fb),
                   (AGENCY_POST, f)]:
        dr.text((cx, y), t, font=fnt, fill=ink, anchor="ms")
        text_out.append(t)
        y += int(lead * 0.8)
    y = M + side + int(0.12 * dpi)
    dr.line([(M, y), (W - M, y)], fill=ink, width=max(3, dpi // 60))
    y += int(0.45 * dpi)
    dr.text((W / 2, y), "FORMULIR PENGADUAN", font=ft, fill=ink, anchor="ms")
    y += int(lead * 0.9)
    dr.text((W / 2, y), "PELAYANAN PUBLIK", font=fb, fill=ink, anchor="ms")
    y += int(lead * 0.8)
    dr.text((W - M, y), "No. Register : ..............", font=f, fill=ink, anchor="rs")
    y += int(lead * 1.1)
    lab_w = int(2.35 * dpi)
    vx = M + lab_w + int(f.getlength(": "))
    for label, value, how, minl in rows:
        dr.text((M, y), label, font=f, fill=ink, anchor="ls")
        dr.text((M + lab_w, y), ":", font=f, fill=ink, anchor="ls")
        fnt = fh if how == "hand" else fty
        col = pen if how == "hand" else ink
        lines = wrap_px(value, W - M - vx - 10, fnt.getlength) if value else []
        n = max(minl, len(lines))
        for i in range(n):
            yy = y + i * lead
            dr.line([(vx, yy + 4), (W - M, yy + 4)], fill=(150, 150, 150) if colour else 150, width=1)
            if i < len(lines):
                dy = rng.uniform(-2, 2) if how == "hand" else 0
                dr.text((vx + rng.uniform(0, 6 if how == "hand" else 0), yy - 3 + dy), lines[i], font=fnt,
                        fill=col, anchor="ls")
            elif not value and i == 0:
                dr.text((vx, yy), "." * 60, font=f, fill=ink, anchor="ls")
        text_out.append(label + " : " + (" ".join(lines) if value else ""))
        y += n * lead + int(lead * 0.25)
    # checkbox row
    y += int(lead * 0.2)
    dr.text((M, y), "Layanan yang diadukan (beri tanda X):", font=f, fill=ink, anchor="ls")
    y += lead
    bx = int(0.16 * dpi)
    colw = (W - 2 * M) / 3
    for i, c in enumerate(checks):
        x0 = M + (i % 3) * colw
        yy = y + (i // 3) * lead
        dr.rectangle((x0, yy - bx, x0 + bx, yy), outline=ink, width=2)
        dr.text((x0 + bx + 12, yy), c, font=f, fill=ink, anchor="ls")
        if c == ticked:
            dr.line([(x0 + 3, yy - bx - 4), (x0 + bx + 2, yy + 2)], fill=pen, width=max(2, dpi // 80))
            dr.line([(x0 + bx + 1, yy - bx - 5), (x0 - 2, yy + 1)], fill=pen, width=max(2, dpi // 80))
    y += ((len(checks) + 2) // 3) * lead + int(lead * 0.6)
    # place/date + signature box
    rx = M + (W - 2 * M) * 0.55
    if place_date:
        fpd = fh if pd_hand else fty
        dr.text((rx, y), place_date, font=fpd, fill=pen if pd_hand else ink, anchor="ls")
    else:
        dr.text((rx, y), "................, ....................", font=f, fill=ink, anchor="ls")
    dr.text((M, y + lead), "Petugas penerima,", font=f, fill=ink, anchor="ls")
    y += lead
    dr.text((rx, y), "Pelapor,", font=f, fill=ink, anchor="ls")
    top = y + int(0.15 * dpi)
    box_h = int(0.95 * dpi)
    dr.rectangle((rx, top, W - M, top + box_h), outline=ink, width=2)
    dr.text((rx + 8, top + int(11 * pt)), "Tanda tangan", font=ImageFont.truetype(SANS, int(7 * pt)),
            fill=ink, anchor="ls")
    if signed:
        scribble(dr, rx + int(0.3 * dpi), top + box_h - int(0.1 * dpi), dpi, rng, pen, bw=1.5, bh=0.5)
    if officer:
        scribble(dr, M + int(0.1 * dpi), top + box_h - int(0.1 * dpi), dpi, rng, pen, bw=1.2, bh=0.4)
    yn = top + box_h + lead
    dr.text((rx, yn), "( " + signer + " )", font=f, fill=ink, anchor="ls")
    dr.text((M, yn), "( " + (officer or "..............................") + " )", font=f, fill=ink,
            anchor="ls")
    assert yn < H - 0.4 * dpi, "form overflow"
    text_out += [place_date or "", signer]
    im = degrade(im, seed + 1, angle=angle, blur=blur, noise=noise, bg=bg)
    return im, "\n".join(text_out)


CHECKS = ["Pengadaan/Pensiun/Data ASN", "Kenaikan Pangkat/Mutasi", "Diklat/Izin Belajar",
          "SKP/Cuti/Disiplin", "Penghargaan", "Pelayanan Loket/Lainnya"]


def form_item(rel, seed, f, ticked, division, note, fmt, *, sd_lab="Uraian pelayanan yang tidak sesuai",
              loss_lab="Kerugian yang diderita", res_lab="Permintaan penyelesaian", hows=None,
              place_date=None, extra_rows=(), **kw):
    hows = hows or {}
    rows = [("Nama lengkap", f["name"], hows.get("name", "hand"), 1),
            ("NIK", kw.pop("nik_text", None), hows.get("nik", "hand"), 1),
            ("Alamat lengkap", kw.pop("addr_text", f["address"]), hows.get("address", "hand"), 2),
            ("Nomor HP/Telepon", kw.pop("phone_text", None), hows.get("phone", "hand"), 1)]
    rows += list(extra_rows)
    rows += [(sd_lab, f["service_description"], hows.get("sd", "hand"), 4),
             (loss_lab, f["loss"], hows.get("loss", "hand"), 2),
             (res_lab, f["requested_resolution"], hows.get("res", "hand"), 2)]
    dpi = kw.pop("dpi", 200)
    im, txt = render_form(rows, seed, checks=CHECKS, ticked=ticked, place_date=place_date,
                          signer=f["name"], signed=f["signed"], dpi=dpi, **kw)
    check_in(txt, f["address"], f["service_description"], f["loss"], f["requested_resolution"])
    if fmt == "JPEG":
        data = img_bytes(im.convert("RGB") if im.mode != "L" else im, "JPEG", dpi, quality=72)
    elif fmt == "PDF":
        data = img_bytes(im, "PDF", dpi, quality=70)
    else:
        data = img_bytes(im, "PNG", dpi, optimize=True)
    put(rel, data)
    complaint(rel, "scan", f, division, note, ocr=True)


def F(name, address, sd, loss, res, place, date, signed, email=None, phone=None, nik=None):
    return {"name": name, "address": address, "service_description": sd, "loss": loss,
            "requested_resolution": res, "place": place, "date": date, "signed": signed,
            "email": email, "phone": phone, "nik": nik}


def closing(name, deco=True):
    sig = ("sig", True, "above", deco) if isinstance(deco, str) else ("sig", deco)
    return [("gap", 0.6), ("rightcol", "Hormat saya,"), sig, ("rightcol", name)]


# =================================================================== scans
def f01():
    f = F("Bambang Sugiarto, S.Sos.",
          "Jl. Kenanga No. 14 RT 02 RW 05, Kelurahan Kidul Dalem, Kecamatan Bangil, Kabupaten Pasuruan",
          "Usul kenaikan pangkat reguler saya dari III/c ke III/d periode Oktober 2026 dikembalikan oleh "
          "petugas dengan alasan SKP dua tahun terakhir belum diunggah, padahal SKP tersebut sudah saya "
          "serahkan langsung ke loket pada tanggal 14 Agustus 2026 dan ada tanda terimanya.",
          "Kenaikan pangkat saya mundur ke periode April 2027 sehingga saya kehilangan kenaikan gaji "
          "pokok selama enam bulan.",
          "Mohon usul kenaikan pangkat saya diproses kembali untuk periode Oktober 2026 berdasarkan tanda "
          "terima penyerahan berkas.",
          "Bangil", "2026-12-01", True, phone="081330472518", nik="3514021507780003")
    form_item("scan/f01.png", 2601, f, "Kenaikan Pangkat/Mutasi", "mutasi",
              "PNG 200 dpi, agency's printed FORMULIR PENGADUAN filled in by typewriter-like mono font "
              "(all fields typed), agency address in the form's letterhead (not the complainant's), "
              "checkbox X on 'Kenaikan Pangkat/Mutasi', scribble in the signature box; complete",
              "PNG", hows={k: "typed" for k in ["name", "nik", "address", "phone", "sd", "loss", "res"]},
              place_date="Bangil, 1 Desember 2026", pd_hand=False,
              nik_text="3514021507780003", phone_text="0813-3047-2518", angle=0.4, officer="Dewi R.")


def f02():
    f = F("Siti Maemunah",
          "Dusun Krajan RT 01 RW 03, Desa Kalirejo, Kecamatan Bangil",
          "Suami saya almarhum Sukarno pensiunan guru SD meninggal bulan Agustus 2026. Berkas pensiun janda "
          "sudah saya serahkan ke loket bulan September tetapi sampai sekarang SK pensiun janda belum terbit.",
          None,
          "Mohon SK pensiun janda saya segera diterbitkan supaya bisa saya urus ke Taspen.",
          "Bangil", "2026-12-03", True, phone="085731904462")
    form_item("scan/f02.jpg", 2602, f, "Pengadaan/Pensiun/Data ASN", "pengadaan",
              "greyscale JPG 200 dpi, printed complaint form filled in by hand (italic 'handwriting' font, "
              "slightly uneven placement); NIK field and loss field left as dotted blanks; X on "
              "'Pengadaan/Pensiun'; widow's pension decree (pengadaan); signed; missing loss",
              "JPEG", place_date="Bangil, 3-12-2026", phone_text="0857 3190 4462", angle=-0.7, blur=0.7,
              noise=6.0, paper=240)


def f03():
    f = F("Nur Aini, A.Md.Kep.",
          "Perum Puri Gempol Asri Blok D-7, Desa Kepulungan, Kecamatan Gempol",
          "Permohonan cuti besar saya selama 2 bulan yang saya ajukan lewat puskesmas pada bulan Oktober "
          "2026 tidak ada kabarnya. Waktu saya tanya di loket, petugas bilang berkasnya tidak ditemukan.",
          "Saya sudah terlanjur membeli tiket umroh untuk bulan Januari 2027 seharga Rp 31.500.000 dan "
          "terancam batal berangkat.",
          "Saya minta surat izin cuti besar saya diterbitkan sebelum tanggal 20 Desember 2026.",
          "Bangil", "2026-12-02", False, phone="082140558193")
    form_item("scan/f03.pdf", 2603, f, "SKP/Cuti/Disiplin", "kinerja",
              "image-only PDF 200 dpi, colour, form filled in by hand (Liberation Sans Italic, blue ink); "
              "place/date written 'Bangil, 2/XII/2026' (Roman month); signature box left empty with the "
              "name printed under it (unsigned); long leave (kinerja); missing signed",
              "PDF", place_date="Bangil, 2/XII/2026", phone_text="0821-4055-8193", colour=True,
              hand=HAND2, hand_pt=12.0, angle=0.9, blur=0.6, noise=4.0)


def f04():
    f = F("Heru Prasetyo", None,
          "Tanggal 30 November 2026 saya antre di loket legalisir sejak jam 08.00. Petugas loket malah "
          "main HP dan melayani orang yang datang belakangan karena kenal, sedangkan saya disuruh kembali "
          "besok karena loket sudah tutup jam 12.00 padahal papan jadwal tertulis sampai jam 15.00.",
          "Saya harus izin kerja dua hari dan biaya transport bolak-balik dari Tutur sekitar Rp 120.000.",
          "Petugas tersebut ditegur dan jam layanan loket ditepati sesuai papan jadwal.",
          "Bangil", "2026-12-01", True, phone="087856221740")
    form_item("scan/f04.pdf", 2604, f, "Pelayanan Loket/Lainnya", "sekretariat",
              "image-only PDF 300 dpi, form with mixed filling: name and phone by hand, description typed; "
              "'Alamat lengkap' left as a dotted blank (the form letterhead's agency address is not an "
              "address); staff conduct at the counter (sekretariat); signed; missing address",
              "PDF", dpi=300, hows={"name": "hand", "phone": "hand", "sd": "typed", "loss": "typed",
                                    "res": "typed"},
              place_date="Bangil, 1 Desember 2026", phone_text="0878-5622-1740", hand=HAND3, hand_pt=13.5,
              angle=-0.3, blur=0.8, noise=4.0, addr_text=None)


def t05():
    name = "Soeparman"
    addr = "Jl. Diponegoro Gg. III No. 7, Kelurahan Pogar, Kecamatan Bangil"
    sd = ("Saya pensiunan PNS guru SMP sejak 1 Juni 2026. Sampai hari ini Kartu Identitas Pensiun dan "
          "SK pensiun yang asli belum saya terima, baru fotokopinya saja, sehingga saya belum bisa "
          "mengambil uang pensiun di kantor pos.")
    loss = ("Sudah enam bulan saya dan istri hidup dari pinjaman anak, kurang lebih Rp 2.400.000 tiap bulan.")
    res = ("Saya mohon SK pensiun asli segera diserahkan kepada saya, dan bila perlu saya datang sendiri "
           "ke kantor BKPSDM.")
    blocks = [("right", "Bangil, 4 Desember 2026"), ("gap", 1)] + head_to() + [
        ("p", "Perihal : SK pensiun belum diterima"), ("gap", 0.6),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini saya:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "Telp.", "0343-741 2285"), ("gap", 0.5),
        ("p", "Dengan ini mengadukan hal sebagai berikut."), ("gap", 0.3),
        ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.3), ("p", res), ("gap", 0.4),
        ("p", "Atas perhatian Bapak saya ucapkan banyak terima kasih."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2605, dpi=300, angle=0.5, paper=244, noise=4.0, blur=0.6,
                       font="lib-mono", size_pt=11.0, margin_in=1.0,
                       tw={"dark": (0.5, 1.0), "wave": 2.5, "jit": 1.0})
    put("scan/t05.png", img_bytes(page, "PNG", 300, optimize=True))
    complaint("scan/t05.png", "scan", F(name, addr, sd, loss, res, "Bangil", "2026-12-04", True,
                                        phone="03437412285"), "pengadaan",
              "PNG 300 dpi, retiree's letter on a typewriter (Liberation Mono, each character with its "
              "own ink darkness, wavy jittery baseline), landline 'Telp.' number, no section labels; "
              "pension decree (pengadaan); signed; complete", ocr=True)


def t06():
    name = "Hj. Kasiyati"
    addr = "Dusun Sumberejo RT 04 RW 02, Desa Ngembal, Kecamatan Tutur, Kabupaten Pasuruan"
    sd = ("Almarhum suami saya, Bapak Mulyono, pensiunan PNS Dinas Pertanian. Saya sudah dua kali "
          "mengajukan Kartu Suami/Istri (Karsu/Karis) pengganti karena yang lama hilang, yaitu bulan "
          "Maret dan bulan Agustus 2026, tetapi kartu itu tidak pernah jadi.")
    loss = ("Tanpa kartu itu saya ditolak waktu mengurus pensiun janda dan sampai sekarang tunjangan "
            "saya belum dibayarkan.")
    blocks = [("right", "Tutur, 27 November 2026"), ("gap", 1)] + head_to() + [
        ("p", "Dengan hormat,"), ("gap", 0.3),
        ("p", "Saya yang bertanda tangan di bawah ini, " + name + ", beralamat di " + addr +
         ", No. HP 0852 3366 0917, menyampaikan keluhan sebagai berikut."), ("gap", 0.4),
        ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.4),
        ("p", "Demikian surat ini saya buat dengan sebenarnya. Terima kasih."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, loss, addr)
    page = render_scan(blocks, 2606, dpi=200, angle=-0.8, paper=(236, 236, 231), noise=4.0, blur=1.0,
                       colour=True, ink=(110, 125, 165), font="lib-mono", size_pt=11.5, margin_in=0.95,
                       specks=False, tw={"dark": (0.45, 0.85), "wave": 1.8, "jit": 0.8})
    put("scan/t06.jpg", img_bytes(page, "JPEG", 200, quality=75))
    complaint("scan/t06.jpg", "scan", F(name, addr, sd, loss, None, "Tutur", "2026-11-27", True,
                                        phone="085233660917"), "pengadaan",
              "colour JPG 200 dpi, a typewriter carbon copy: faint blue-grey ink, soft blur, uneven strikes; "
              "identity (name, address, phone) run into one sentence; replacement Karis/Karsu card "
              "(pengadaan); signed; no requested resolution; missing requested_resolution", ocr=True)


def t07():
    name = "Yuliana Sari, S.Pd."
    addr = "Jl. Sultan Agung No. 40, Kelurahan Purutrejo, Kecamatan Purworejo, Kota Pasuruan"
    sd = ("Permohonan izin belajar saya untuk program S2 Pendidikan Dasar sudah saya ajukan sejak "
          "bulan Juli 2026 melalui dinas, tetapi sampai sekarang surat izin belajar belum terbit, "
          "sementara perkuliahan semester pertama hampir selesai.")
    loss = ("Pihak kampus meminta surat izin belajar sebagai syarat ujian akhir semester, sehingga saya "
            "terancam tidak boleh ikut ujian dan biaya kuliah Rp 8.500.000 yang sudah saya bayar sia-sia.")
    res = ("Saya mohon surat izin belajar saya diterbitkan paling lambat tanggal 15 Desember 2026 "
           "atau saya diberi surat keterangan sedang diproses.")
    blocks = [
        ("p", "02/12/2026 07:58   FAX 0343 421 336   FOTOKOPI & WARTEL SINAR   HAL. 01/01"),
        ("hr", 0.6), ("gap", 0.6),
        ("right", "Pasuruan, 2 - 12 - 2026"), ("gap", 0.8)] + head_to() + [
        ("kv", "Hal", "Pengaduan izin belajar"), ("gap", 0.6),
        ("p", "Dengan hormat,"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "HP/WA", "0812 3095 7721"), ("gap", 0.4),
        ("b", "Uraian:"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian:"), ("p", loss), ("gap", 0.3),
        ("b", "Permohonan:"), ("p", res), ("gap", 0.4),
        ("p", "Surat asli menyusul melalui pos. Terima kasih."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2607, dpi=200, angle=0.7, paper=252, noise=9.0, blur=0.5,
                       font="lib-sans", size_pt=11.0, margin_in=0.8)
    fax = to_fax(page, thresh=140)
    buf = io.BytesIO()
    fax.save(buf, "TIFF", compression="group4", dpi=(200, 200))
    put("scan/t07.tif", buf.getvalue())
    complaint("scan/t07.tif", "scan", F(name, addr, sd, loss, res, "Pasuruan", "2026-12-02", True,
                                        phone="081230957721"), "kompetensi",
              "bilevel CCITT G4 TIFF at 200 dpi (a fax): a fax header line with the sending kiosk's fax "
              "number and 'HAL. 01/01' (not the complainant's phone); date written 'Pasuruan, 2 - 12 - "
              "2026'; study permit (kompetensi); signed; complete", ocr=True)


def t08():
    name = "Mochammad Ilham"
    addr = "Dusun Sukorejo RT 06 RW 01, Desa Sumberrejo, Kecamatan Pandaan, Kabupaten Pasuruan"
    sd = ("Pada tanggal 25 November 2026 saya mengurus legalisir SK pengangkatan PPPK di loket BKPSDM. "
          "Seorang petugas meminta uang Rp 100.000 supaya legalisir bisa selesai hari itu juga, dan "
          "mengatakan kalau tidak membayar harus menunggu dua minggu.")
    loss = "Saya terpaksa membayar Rp 100.000 tanpa kuitansi."
    res = ("Saya mohon uang saya dikembalikan dan petugas tersebut diperiksa serta diberi sanksi.")
    blocks = [("right", "Pandaan, 5 Desember 2026"), ("gap", 1)] + head_to() + [
        ("kv", "Perihal", "Pengaduan pungutan di loket legalisir"), ("gap", 0.6),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", "3514092003910004"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0896-7712-4403"), ("gap", 0.4),
        ("p", "menyampaikan pengaduan sebagai berikut:"), ("gap", 0.2),
        ("ind", "1. " + sd), ("ind", "2. " + loss), ("ind", "3. " + res), ("gap", 0.4),
        ("p", "Surat ini saya buat dengan sebenar-benarnya dan saya bersedia dimintai keterangan."),
        ("gap", 0.4),
        ("sigpair", ["Mengetahui,", "Kepala Desa Sumberrejo"], ["", "Yang membuat pengaduan,"],
         "stamp", "meterai", ["H. Abdul Rochim"], [name]),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2608, dpi=250, angle=-0.5, paper=(247, 245, 238), noise=4.0, blur=0.5,
                       colour=True, font="lib-serif", size_pt=11.5, margin_in=0.95,
                       stamp={"ring": "PEMERINTAH DESA SUMBERREJO * KEC. PANDAAN * ", "mid": "KEPALA DESA",
                              "colour": (60, 70, 170)})
    put("scan/t08.pdf", img_bytes(page, "PDF", 250, quality=70))
    complaint("scan/t08.pdf", "scan", F(name, addr, sd, loss, res, "Pandaan", "2026-12-05", True,
                                        phone="089677124403", nik="3514092003910004"), "sekretariat",
              "colour image-only PDF 250 dpi; numbered points 1./2./3. without labels; two signatures: the "
              "village head's 'Mengetahui' with a round blue rubber stamp over the text, the complainant's "
              "with a revenue stamp (meterai 10000) beside it; illegal fee at the PPPK legalisation desk "
              "(sekretariat); complete", ocr=True)


def t09():
    name = "Agus Salim, S.E."
    addr = "Dusun Tegalrejo RT 02 RW 04, Desa Wonorejo, Kecamatan Wonorejo, Kabupaten Pasuruan"
    sd = ("Saya PNS yang ditugaskan sebagai Sekretaris Desa Karangsono. Permohonan pindah tugas ke "
          "Kantor Kecamatan Wonorejo yang saya ajukan sejak bulan Mei 2026 dengan persetujuan kedua "
          "pimpinan belum juga diproses, dan setiap kali saya tanyakan jawabannya masih menunggu formasi.")
    loss = ("Setiap hari saya harus menempuh perjalanan 38 km pulang pergi dengan biaya bensin sekitar "
            "Rp 600.000 per bulan, padahal formasi di kecamatan sudah kosong sejak Juni.")
    res = ("Saya mohon permohonan mutasi saya diproses pada periode mutasi Desember 2026 atau saya diberi "
           "penjelasan tertulis alasan penundaannya.")
    blocks = [
        ("lhead", [("PEMERINTAH KABUPATEN PASURUAN", True, 1.0), ("KECAMATAN KEJAYAN", True, 1.0),
                   ("KANTOR DESA KARANGSONO", True, 1.3),
                   ("Jl. Raya Karangsono No. 2, Kejayan, Pasuruan 67172, Telp. (0343) 413 509", False, 0.8)]),
        ("hr", 2.2), ("gap", 0.3),
        ("right", "Karangsono, 7 Desember 2026"), ("gap", 0.6)] + head_to() + [
        ("kv", "Hal", "Pengaduan permohonan mutasi"), ("gap", 0.5),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat rumah", addr), ("kv", "HP", "0813 5821 0064"), ("gap", 0.4),
        ("b", "Pokok pengaduan"), ("p", sd), ("gap", 0.2),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.2),
        ("b", "Harapan penyelesaian"), ("p", res), ("gap", 0.3),
        ("p", "Demikian, atas perhatian Bapak/Ibu saya sampaikan terima kasih."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2609, dpi=200, angle=1.1, paper=(242, 238, 226), noise=5.0, blur=0.6,
                       colour=True, font="dv-serif", size_pt=10.5, margin_in=0.85)
    put("scan/t09.jpg", img_bytes(page, "JPEG", 200, quality=70))
    complaint("scan/t09.jpg", "scan", F(name, addr, sd, loss, res, "Karangsono", "2026-12-07", True,
                                        phone="081358210064"), "mutasi",
              "colour JPG 200 dpi, 1.1 deg, on a village office letterhead (Kantor Desa Karangsono, with "
              "its own address and phone: neither is the complainant's); home address under 'Alamat "
              "rumah'; transfer request (mutasi); signed; complete", ocr=True)


def t10():
    name = "Rini Kusumawati, S.Pd."
    sd = ("Saya sudah mengikuti Pelatihan Dasar CPNS angkatan XII pada bulan Juli sampai September 2026 "
          "dan dinyatakan lulus, tetapi sertifikat STTPL saya belum diterbitkan, sedangkan teman-teman "
          "satu angkatan dari dinas lain sudah menerimanya.")
    loss = ("Karena sertifikat belum ada, usul pengangkatan saya menjadi PNS tertahan dan saya belum "
            "menerima gaji penuh 100 persen.")
    res = "Mohon sertifikat STTPL saya segera diterbitkan dan dikirim ke sekolah."
    blocks = [
        ("lhead", [("PEMERINTAH KABUPATEN PASURUAN", True, 1.0), ("DINAS PENDIDIKAN", True, 1.0),
                   ("SMP NEGERI 3 PURWOSARI", True, 1.3),
                   ("Jl. Pattimura No. 77, Purwosari, Pasuruan 67162", False, 0.85)]),
        ("hr", 2.2), ("gap", 0.3),
        ("twocol", [("Nomor", "-"), ("Lampiran", "1 lembar"), ("Perihal", "Sertifikat Latsar")],
         ["Purwosari, 8 Desember 2026", "", "Kepada Yth.", "Kepala BKPSDM Kab. Pasuruan", "di Bangil"],
         0.56), ("gap", 0.8),
        ("p", "Dengan hormat,"),
        ("p", "Saya " + name + ", guru mata pelajaran IPA di SMP Negeri 3 Purwosari, NIP "
         "199403172025212009, nomor HP 0838 1120 5576, dengan ini menyampaikan pengaduan."), ("gap", 0.3),
        ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.3), ("p", res), ("gap", 0.3),
        ("p", "Atas bantuan Bapak/Ibu saya ucapkan terima kasih."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, loss, res)
    page = render_scan(blocks, 2610, dpi=300, angle=-0.6, paper=247, noise=3.5, blur=0.8,
                       font="lib-sans", size_pt=10.5, margin_in=0.9, quant=8)
    put("scan/t10.png", img_bytes(page, "PNG", 300, optimize=True))
    complaint("scan/t10.png", "scan", F(name, None, sd, loss, res, "Purwosari", "2026-12-08", True,
                                        phone="083811205576"), "kompetensi",
              "PNG 300 dpi greyscale; school letterhead (SMP Negeri 3 Purwosari) with the school's address, "
              "two-column Nomor/Lampiran/Perihal + place/date/recipient header; the teacher gives no home "
              "address (school address is not hers); 18-digit NIP; Latsar certificate (kompetensi); "
              "signed; missing address", ocr=True)


def t11():
    name = "Sutrisno"
    addr = "Jl. Pahlawan No. 9 RT 01 RW 02, Desa Gempol, Kecamatan Gempol"
    sd = ("Hari Kamis, 3 Desember 2026, saya mengantar berkas usul pensiun ayah saya ke BKPSDM. Ruang "
          "tunggu loket penuh, kursi hanya delapan, mesin nomor antrean rusak sehingga orang saling "
          "serobot, dan tidak ada petugas yang mengatur. Lansia dan ibu hamil terpaksa berdiri lebih "
          "dari dua jam.")
    res = ("Mohon mesin antrean diperbaiki, kursi ruang tunggu ditambah, dan ada petugas yang mengatur "
           "antrean serta mendahulukan lansia.")
    blocks = [("right", "Gempol, 4 Desember 2026"), ("gap", 1)] + head_to() + [
        ("kv", "Perihal", "Keluhan ruang tunggu dan antrean loket"), ("gap", 0.6),
        ("p", "Dengan hormat,"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0815 5409 2231"), ("gap", 0.4),
        ("p", sd), ("gap", 0.3), ("p", res), ("gap", 0.4),
        ("p", "Terima kasih atas perhatiannya."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, res, addr)
    page = render_scan(blocks, 2611, dpi=200, angle=0.0, paper=(250, 248, 242), noise=2.0, blur=0.3,
                       colour=True, font="lib-serif", size_pt=12.5, margin_in=0.9, specks=False)
    photo = phone_photo(page, 2611, size=(1500, 2000),
                        quad=[(210, 170), (1330, 260), (1400, 1880), (110, 1930)])
    put("scan/t11.jpg", img_bytes(photo, "JPEG", 200, quality=80))
    complaint("scan/t11.jpg", "scan", F(name, addr, sd, None, res, "Gempol", "2026-12-04", True,
                                        phone="081554092231"), "sekretariat",
              "phone photo JPG of a letter held at an angle (perspective, uneven light, glare, vignette, "
              "slight blur); waiting room, broken queue machine, no usher (facilities: sekretariat, although "
              "a pension file is named); signed; no loss; missing loss", ocr=True)


def t12():
    name = "Drs. Imam Syafii"
    addr = "Perum Bumi Mondoroko Raya Blok G-12, Desa Pakukerto, Kecamatan Sukorejo"
    sd = ("Saya menjabat Kepala Seksi di Kecamatan Sukorejo dan sudah mengikuti uji kompetensi jabatan "
          "administrator pada bulan Agustus 2026 dengan hasil memenuhi syarat. Namun dalam pelantikan "
          "bulan November 2026 jabatan yang saya lamar diisi oleh pegawai yang tidak mengikuti seleksi, "
          "tanpa ada pengumuman hasil seleksi.")
    loss = "Saya kehilangan kesempatan promosi jabatan dan merasa dirugikan secara moral."
    res = ("Saya mohon hasil seleksi jabatan diumumkan secara terbuka dan pengisian jabatan tersebut "
           "ditinjau ulang.")
    blocks = head_to() + [
        ("kv", "Perihal", "Pengaduan pengisian jabatan administrator"), ("gap", 0.6),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "Telepon", "0857 0466 3190"), ("gap", 0.4),
        ("b", "Uraian pengaduan"), ("p", sd), ("gap", 0.2),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.2),
        ("b", "Permintaan"), ("p", res), ("gap", 0.4),
        ("p", "Demikian pengaduan saya. Terima kasih."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2612, dpi=200, angle=0.0, paper=(248, 247, 243), noise=2.0, blur=0.3,
                       colour=True, font="lib-sans", size_pt=12.0, margin_in=0.9, specks=False)
    photo = phone_photo(page, 2612, size=(1600, 2050),
                        quad=[(170, 150), (1450, 190), (1500, 1930), (120, 1900)], wood=True)
    put("scan/t12.jpg", img_bytes(photo, "JPEG", 200, quality=82))
    complaint("scan/t12.jpg", "scan", F(name, addr, sd, loss, res, None, None, True,
                                        phone="085704663190"), "mutasi",
              "phone photo JPG of a letter lying on a wooden table (wood grain, planks, perspective, "
              "uneven light); the letter has no place/date line at all; position filling (mutasi); signed; "
              "missing place, date", ocr=True)


def t13():
    name = "Sumarni, S.Pd.SD"
    addr = "Dusun Kebonsari RT 03 RW 01, Desa Cangkringmalang, Kecamatan Beji, Kabupaten Pasuruan"
    sd = ("Nama saya tidak tercantum dalam daftar usulan Satyalancana Karya Satya 30 tahun tahun 2026, "
          "padahal masa kerja saya sudah 31 tahun dan berkas sudah saya serahkan lewat UPT Pendidikan "
          "Beji pada bulan Februari 2026. Rekan saya dengan masa kerja sama sudah menerima.")
    loss = ("Saya akan pensiun pada bulan Maret 2027, sehingga kalau tidak diusulkan tahun ini saya tidak "
            "akan pernah menerima penghargaan tersebut.")
    res = ("Mohon nama saya dimasukkan dalam usulan susulan Satyalancana Karya Satya tahun 2026 atau "
           "usulan tahun 2027 sebelum saya pensiun.")
    blocks = [
        ("twocol", ["", "Hal : Pengaduan usul Satyalancana", "", "Nama : " + name,
                    "Alamat : Dusun Kebonsari RT 03 RW 01,", "Desa Cangkringmalang, Kecamatan Beji,",
                    "Kabupaten Pasuruan", "HP : 0852 5913 0688"],
         ["Beji, 2/XII/2026", "", "Kepada", "Yth. Kepala BKPSDM", "Kabupaten Pasuruan", "di Bangil"],
         0.60), ("gap", 1.0),
        ("p", "Dengan hormat,"), ("gap", 0.2),
        ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.3), ("p", res), ("gap", 0.4),
        ("p", "Demikian pengaduan ini, atas perhatian dan bantuannya saya sampaikan terima kasih."),
    ] + closing(name)
    txt = blocks_text(blocks)
    check_in(txt, sd, loss, res, addr)
    page = render_scan(blocks, 2613, dpi=250, angle=-0.9, paper=246, noise=5.0, blur=0.6,
                       font="dv-sans", size_pt=10.5, margin_in=0.85)
    put("scan/t13.png", img_bytes(page, "PNG", 250, optimize=True))
    complaint("scan/t13.png", "scan", F(name, addr, sd, loss, res, "Beji", "2026-12-02", True,
                                        phone="085259130688"), "kinerja",
              "PNG 250 dpi greyscale, DejaVu Sans; two-column header: identity at left (address wrapped "
              "over two lines), place/date 'Beji, 2/XII/2026' (Roman month) and recipient at right; "
              "Satyalancana award (kinerja); signed; complete", ocr=True)


def t14():
    name = "Poniman"
    addr = "Dusun Pucangsari RT 05 RW 02, Desa Pucangsari, Kecamatan Purwodadi"
    sd = ("Saya pensiunan PNS golongan II/d. Dalam SK pensiun saya tertulis masa kerja 28 tahun 4 bulan, "
          "padahal menurut SK pengangkatan dan riwayat kerja saya masa kerjanya 31 tahun 2 bulan. "
          "Kesalahan ini sudah saya laporkan ke loket pada bulan Oktober tetapi belum ada jawaban.")
    loss = ("Uang pensiun yang saya terima setiap bulan menjadi lebih kecil kurang lebih Rp 210.000 "
            "dari yang seharusnya.")
    blocks = [("right", "Purwodadi, 9 Desember 2026"), ("gap", 1)] + head_to() + [
        ("p", "Dengan hormat,"), ("gap", 0.2),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "HP", "0823 3017 4458"), ("gap", 0.4),
        ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.4),
        ("p", "Demikian surat pengaduan saya."),
    ] + closing(name, deco=False)
    check_in(blocks_text(blocks), sd, loss, addr)
    page = render_scan(blocks, 2614, dpi=200, angle=0.6, paper=238, noise=6.0, blur=0.7,
                       font="dv-mono", size_pt=11.0, margin_in=1.0,
                       tw={"dark": (0.55, 1.0), "wave": 2.0, "jit": 0.9})
    put("scan/t14.pdf", img_bytes(page, "PDF", 200, quality=62))
    complaint("scan/t14.pdf", "scan", F(name, addr, sd, loss, None, "Purwodadi", "2026-12-09", False,
                                        phone="082330174458"), "pengadaan",
              "image-only PDF 200 dpi, retiree's typewriter letter (DejaVu Sans Mono, uneven ink, wavy "
              "baseline) on grey paper; printed name with no signature above it; wrong service years in the "
              "pension decree (pengadaan); missing requested_resolution, signed", ocr=True)


def t15():
    name = "Fajar Nugroho, S.Kom., M.M."
    addr = "Jl. Anggrek No. 3A RT 07 RW 03, Kelurahan Bugul Kidul, Kota Pasuruan"
    sd = ("Saya telah menyelesaikan S2 Magister Manajemen dengan izin belajar yang sah dan mengajukan "
          "pencantuman gelar pada bulan Juni 2026. Permohonan saya ditolak dengan alasan program studi "
          "tidak linier, padahal surat izin belajar saya diterbitkan sendiri oleh BKPSDM untuk program "
          "studi tersebut.")
    res = ("Mohon permohonan pencantuman gelar saya ditinjau ulang dengan mempertimbangkan surat izin "
           "belajar yang sudah diterbitkan.")
    blocks = [("right", "Pasuruan, 9 - 12 - 2026"), ("gap", 1)] + head_to() + [
        ("kv", "Perihal", "Keberatan penolakan pencantuman gelar"), ("gap", 0.6),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", "3575031108880002"), ("kv", "Alamat", addr),
        ("kv", "E-mail", "fajar.nugroho@example.com"), ("gap", 0.4),
        ("p", "menyampaikan keberatan dan pengaduan sebagai berikut."), ("gap", 0.2),
        ("p", sd), ("gap", 0.3), ("p", res), ("gap", 0.4),
        ("p", "Bersama ini saya lampirkan fotokopi surat izin belajar dan ijazah. Terima kasih."),
    ] + closing(name)
    check_in(blocks_text(blocks), sd, res, addr)
    page = render_scan(blocks, 2615, dpi=200, angle=-1.3, paper=235, noise=7.0, blur=0.6,
                       font="lib-narrow", size_pt=12.0, margin_in=0.9)
    put("scan/t15.jpg", img_bytes(page, "JPEG", 200, quality=55))
    complaint("scan/t15.jpg", "scan", F(name, addr, sd, None, res, "Pasuruan", "2026-12-09", True,
                                        email="fajar.nugroho@example.com", nik="3575031108880002"),
              "kompetensi",
              "greyscale JPG 200 dpi q55, -1.3 deg, Liberation Sans Narrow; date 'Pasuruan, 9 - 12 - 2026'; "
              "e-mail written in the letter, no phone; degree recognition (kompetensi); signed; no loss; "
              "missing loss", ocr=True)


def t16():
    name = "Eko Wahyudi"
    addr = "Jl. Raya Kraton No. 118, Desa Kebotohan, Kecamatan Kraton, Kabupaten Pasuruan"
    sd = ("Saya dijatuhi hukuman disiplin penundaan kenaikan gaji berkala selama satu tahun pada bulan "
          "Oktober 2026 karena dianggap tidak masuk kerja 12 hari. Padahal pada hari-hari tersebut saya "
          "menjalani rawat inap di RSUD Bangil dan surat keterangan sakit sudah saya serahkan ke atasan.")
    loss = ("Gaji berkala saya tertunda setahun dan catatan hukuman disiplin menghambat kenaikan pangkat "
            "saya.")
    res = ("Saya mohon hukuman disiplin tersebut ditinjau kembali dengan memeriksa surat keterangan rawat "
           "inap dari RSUD Bangil.")
    blocks = [("right", "Kraton, 10 Desember 2026"), ("gap", 1)] + head_to() + [
        ("kv", "Perihal", "Keberatan hukuman disiplin"), ("gap", 0.6),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0877 5530 1942"), ("gap", 0.4),
        ("b", "I. Pelayanan yang tidak sesuai"), ("p", sd), ("gap", 0.2),
        ("b", "II. Kerugian"), ("p", loss), ("gap", 0.2),
        ("b", "III. Permintaan penyelesaian"), ("p", res), ("gap", 0.4),
        ("p", "Demikian, terima kasih."),
    ] + closing(name, deco="stamp")
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2616, dpi=250, angle=0.3, paper=(245, 244, 240), noise=3.5, blur=0.5,
                       colour=True, font="lib-serif", size_pt=11.5, margin_in=0.95,
                       stamp={"ring": "KOPERASI PEGAWAI SEJAHTERA * KRATON * ", "mid": "PENGURUS",
                              "colour": (150, 50, 140)})
    put("scan/t16.png", img_bytes(page, "PNG", 250, optimize=True))
    complaint("scan/t16.png", "scan", F(name, addr, sd, loss, res, "Kraton", "2026-12-10", True,
                                        phone="087755301942"), "kinerja",
              "colour PNG 250 dpi; a purple round rubber stamp over the signature and the closing; Roman "
              "section headings I./II./III.; disciplinary penalty (kinerja); signed; complete", ocr=True)


# ============================================================ officer e-mails
def officer_mail(rel, tag, date, frm, subject, body, f, division, note, crlf=False):
    check_in(body, f["address"], f["service_description"], f["loss"], f["requested_resolution"])
    domain = frm.split("@")[1].rstrip(">")
    h = headers(tag, date, frm, subject, domain)
    h += b"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
    data = h + body.encode("utf-8")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    put(rel, data)
    complaint(rel, "email_plain", f, division, note)


def e01():
    sd = ("Pelapor menyampaikan bahwa data tanggal lahirnya di SIASN tercatat 5 Mei 1969, sedangkan di "
          "akta kelahiran dan SK CPNS tertulis 5 Mei 1971. Permohonan perbaikan sudah diajukan dua kali "
          "sejak Maret 2026 tetapi data belum berubah.")
    loss = ("Akibat kesalahan data tersebut pelapor tercatat memasuki batas usia pensiun pada 1 Juni 2027, "
            "dua tahun lebih cepat dari seharusnya, dan sudah menerima pemberitahuan persiapan pensiun.")
    res = ("Pelapor meminta data tanggal lahir di SIASN segera diperbaiki sesuai akta kelahiran dan SK "
           "CPNS, serta pemberitahuan pensiun dibatalkan.")
    addr = "Dusun Ledok RT 02 RW 06, Desa Sidowayah, Kecamatan Beji, Kabupaten Pasuruan"
    body = f"""Yth. Tim Pengaduan BKPSDM,

Berikut kami teruskan pengaduan lisan yang diterima di loket pelayanan
pagi ini. Pelapor datang langsung ke loket 2 dan meminta pengaduannya
dicatat.

Identitas pelapor:
Nama    : Samsul Hadi
NIK     : 3514052005710006
Alamat  : {addr}
No. HP  : 0813 3185 7720

Pokok pengaduan:
{wrap(sd)}

Kerugian yang disampaikan pelapor:
{wrap(loss)}

Permintaan pelapor:
{wrap(res)}

Fotokopi akta kelahiran dan SK CPNS pelapor sudah kami pindai dan
disimpan di map arsip loket.

Bangil, 7 Desember 2026

Salam,
Dewi Rahmawati
Petugas Loket Pelayanan 2
"""
    f = F("Samsul Hadi", addr, sd, loss, res, "Bangil", "2026-12-07", True,
          email="dewi.rahmawati.loket@example.org", phone="081331857720", nik="3514052005710006")
    officer_mail("email_plain/e01.eml", "e01", hdate(2026, 12, 7, 11, 42),
                 "Dewi Rahmawati <dewi.rahmawati.loket@example.org>",
                 "Pengaduan lisan di loket - data tanggal lahir SIASN", body, f, "pengadaan",
                 "front-desk officer's typed record of a citizen's spoken complaint, third person "
                 "('Pelapor ...'); complainant = the citizen, email = the officer's From address; closing "
                 "with the officer's name (signed per DESIGN's e-mail rule); place/date line; SIASN birth "
                 "date (pengadaan); complete")


def e02():
    sd = ("Menurut pelapor, saat mengambil SK kenaikan pangkat di loket pada tanggal 2 Desember 2026, "
          "seorang pegawai meminta uang \"tanda terima kasih\" Rp 200.000 dan menahan SK sampai uang "
          "diberikan.")
    loss = "Pelapor sudah menyerahkan uang Rp 200.000 dan tidak menerima tanda bukti."
    res = "Pelapor meminta uangnya dikembalikan dan pegawai tersebut ditindak tegas."
    addr = "Jl. Slamet Riyadi No. 21, Kelurahan Kebonagung, Kecamatan Purworejo, Kota Pasuruan"
    body = f"""Selamat siang,

Pelapor datang langsung ke loket informasi hari ini, Senin 7 Desember
2026, dan tidak bersedia menulis sendiri pengaduannya. Kami catat
sebagai berikut.

Nama pelapor: Ibu Lilik Suryani, S.Pd.
NIK: 3575014409820001
Alamat: {addr}
HP: +62 857-4901-3326

{wrap(sd)}

{wrap(loss)}

{wrap(res)}

Pelapor sudah kami beri nomor register 117/LOKET/XII/2026.

Pasuruan, 7 Desember 2026

Terima kasih,
Ahmad Fauzi
"""
    f = F("Ibu Lilik Suryani, S.Pd.", addr, sd, loss, res, "Pasuruan", "2026-12-07", True,
          email="ahmad.fauzi@example.net", phone="085749013326", nik="3575014409820001")
    officer_mail("email_plain/e02.eml", "e02", hdate(2026, 12, 7, 13, 5),
                 "Ahmad Fauzi <ahmad.fauzi@example.net>", "Catatan pengaduan pelapor di loket informasi",
                 body, f, "sekretariat",
                 "officer's record without section labels; 'Nama pelapor: Ibu ...' (name as written, "
                 "title included); +62 phone; a bribe demanded when collecting a promotion decree "
                 "(illegal fee: sekretariat although mutasi's service is named); 'Terima kasih,' + officer "
                 "name; complete")


def e03():
    sd = ("Pelapor adalah guru SD yang sudah dua kali mengajukan mutasi ke sekolah yang lebih dekat "
          "dengan tempat tinggalnya karena merawat orang tua yang sakit, terakhir pada bulan Agustus "
          "2026, namun usulan tersebut tidak pernah mendapat jawaban dari BKPSDM.")
    res = ("Pelapor meminta kejelasan status usulan mutasinya dan, bila memungkinkan, dipindahkan ke SDN "
           "Kedawung Wetan 1 pada semester genap.")
    addr = "Dusun Krajan RT 01 RW 01, Desa Kedawung Wetan, Kecamatan Grati"
    body = f"""Kepada Tim Pengaduan,

Pelapor datang langsung ke loket pelayanan pada hari Selasa dengan
identitas sebagai berikut:
- Nama: Wiwik Andriani
- Alamat: {addr}
- Telp: 0858-1533-4472

Isi pengaduan:
{wrap(sd)}

Yang diminta pelapor:
{wrap(res)}

Pelapor tidak menyebutkan kerugian yang dialami.

Hormat kami,
Rudi Hartono
Front Office BKPSDM
"""
    f = F("Wiwik Andriani", addr, sd, None, res, None, "2026-12-08", True,
          email="rudi.hartono@example.com", phone="085815334472")
    officer_mail("email_plain/e03.eml", "e03", hdate(2026, 12, 8, 15, 20),
                 "Rudi Hartono <rudi.hartono@example.com>", "Pengaduan lisan mutasi guru SD", body, f,
                 "mutasi",
                 "officer's record in a dash list; the officer states the citizen named no loss; no "
                 "place/date line (date from the Date: header); transfer request (mutasi); closing with "
                 "officer name; missing loss, place")


def e04():
    sd = ("Ia mengajukan cuti melahirkan anak ketiga pada bulan Oktober 2026, tetapi permohonannya ditolak "
          "oleh petugas dengan alasan cuti melahirkan hanya untuk anak pertama sampai ketiga dan harus "
          "diajukan ulang, sehingga surat cutinya baru terbit setelah ia melahirkan.")
    loss = ("Selama menunggu surat cuti, ia dianggap tidak masuk kerja selama 9 hari dan tunjangan "
            "tambahan penghasilannya bulan November dipotong Rp 1.150.000.")
    res = "Ia meminta potongan tunjangan tersebut dibatalkan dan absensinya diperbaiki."
    addr = "Perum Pesona Candi Blok K-15, Desa Randupitu, Kecamatan Gempol"
    body = f"""Mohon dicatat, pengaduan yang disampaikan langsung di loket oleh
Sdri. Ratna Puspitasari (NIK 3514076104900003), bidan di Puskesmas
Gempol, tinggal di {addr}, nomor
WhatsApp 0812 5560 9031.

{wrap(sd)}

{wrap(loss)}

{wrap(res)}

Berkas pendukung dibawa pelapor dan sudah difotokopi.
"""
    f = F("Sdri. Ratna Puspitasari", addr, sd, loss, res, None, "2026-12-09", False,
          email="loket.pelayanan@example.org", phone="081255609031", nik="3514076104900003")
    officer_mail("email_plain/e04.eml", "e04", hdate(2026, 12, 9, 9, 3),
                 "loket.pelayanan@example.org", "fw: aduan langsung di loket (cuti melahirkan)", body, f,
                 "kinerja",
                 "terse officer note, identity run into one sentence ('Sdri. ...', NIK, address, WhatsApp "
                 "number); 'Ia ...' third person; no closing, no name at the end and a bare From address "
                 "(unsigned); no place/date line; maternity leave (kinerja); missing place, signed",
                 crlf=True)


def e05():
    sd = ("Pelapor mengikuti seleksi tugas belajar tahun 2026 dan dinyatakan lolos seleksi administrasi, "
          "tetapi namanya tidak ada dalam pengumuman hasil akhir, sementara peserta dengan nilai lebih "
          "rendah justru diterima. Pelapor sudah meminta rincian nilai ke bidang terkait tetapi tidak "
          "diberikan.")
    loss = ("Pelapor sudah menolak tawaran beasiswa dari kampus lain karena yakin lolos tugas belajar, "
            "sehingga kehilangan kesempatan kuliah tahun ini.")
    res = ("Pelapor meminta rincian nilai seleksi tugas belajar dibuka dan hasil seleksi ditinjau "
           "ulang.")
    addr = "Jl. Pattimura Gg. Mawar No. 5, Kelurahan Pogar, Kecamatan Bangil"
    body = f"""Yth. Koordinator Tim Pengaduan,

Berikut laporan dari pelapor yang datang ke loket pelayanan terpadu:

Nama pelapor     : Teguh Santoso, S.T.
Alamat pelapor   : {addr}
No. HP           : 0896 3021 7745

Uraian pengaduan:
{wrap(sd)}

Kerugian:
{wrap(loss)}

Permintaan penyelesaian:
{wrap(res)}

Bangil, 9 Desember 2026

Trims,
Nanik Sulistyowati
"""
    f = F("Teguh Santoso, S.T.", addr, sd, loss, res, "Bangil", "2026-12-09", True,
          email="nanik.sulistyowati@example.org", phone="089630217745")
    officer_mail("email_plain/e05.eml", "e05", hdate(2026, 12, 10, 7, 48),
                 "Nanik Sulistyowati <nanik.sulistyowati@example.org>",
                 "Laporan pengaduan loket: seleksi tugas belajar", body, f, "kompetensi",
                 "officer's record with labels, sent the next morning (the record's date line 9 Dec "
                 "is the date, not the Date: header's 10 Dec); 'Trims,' + officer name; study "
                 "assignment selection (kompetensi); complete")


def e06():
    sd = ("Pelapor mengeluhkan bahwa petugas satpam di pintu masuk kantor BKPSDM melarangnya masuk karena "
          "memakai sandal, padahal pelapor datang untuk menyerahkan berkas Karpeg suaminya yang sedang "
          "sakit, dan tidak ada pemberitahuan aturan berpakaian bagi tamu umum.")
    loss = "Pelapor harus pulang ke rumah dan kembali lagi, sehingga kehilangan waktu setengah hari."
    res = ("Pelapor meminta agar aturan bagi tamu diumumkan dengan jelas dan petugas satpam bersikap lebih "
           "sopan kepada masyarakat.")
    body = f"""Dengan hormat,

Bersama ini kami laporkan pengaduan seorang warga yang datang langsung
ke loket pada hari ini. Pelapor atas nama Sulastri, nomor HP
0838-5412-0093. Pelapor tidak bersedia menyebutkan alamat rumahnya.

{wrap(sd)}

{wrap(loss)}

{wrap(res)}

Bangil, 10 Desember 2026

Salam,
Yoga Pratama
(Petugas Loket 1)
"""
    f = F("Sulastri", None, sd, loss, res, "Bangil", "2026-12-10", True,
          email="yoga.pratama@example.com", phone="083854120093")
    officer_mail("email_plain/e06.eml", "e06", hdate(2026, 12, 10, 14, 31),
                 "Yoga Pratama <yoga.pratama@example.com>", "Pengaduan warga: sikap satpam", body, f,
                 "sekretariat",
                 "officer's record; the citizen refused to give her address (address null; the agency is "
                 "not her address); staff conduct at the entrance (sekretariat although a Karpeg file is "
                 "named); 'Salam,' + officer name; missing address")


ITEMS = [f01, f02, f03, f04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14, t15, t16,
         e01, e02, e03, e04, e05, e06]

README_HEAD = """# heldout26 — "paper at the front desk": blind held-out set for `pengaduan extract`

{n} items with ground truth in `truth.jsonl` (same format and scoring rules as
`/work/shared/samples/README.md` and `/work/shared/tools/score.py`). Everything
is produced by `make_heldout26.py` (standard library + Pillow + numpy; fixed
seeds, Message-IDs and timestamps). Run it from the repository root with
`.venv/bin/python tests/extract/heldout26/make_heldout26.py`; two runs give
byte-identical files.

**Written blind** from the specification only (`procedure-id.md`,
`DESIGN.md`, the samples' README, truth and scan files, `score.py`). The
rendering machinery was copied from heldout23's generator and extended
(typewriter text, filled-in complaint form, fax G4 TIFF, wooden table); all
letters are new. The extractor's code and other test sets were not read. All
people, addresses, NIKs, phone numbers and mail addresses are invented; mail
addresses use `example.*` domains.

| folder | category | n | what |
|---|---|---|---|
| `scan/` | `scan` | 16 | one page each, 200-300 dpi: the agency's printed FORMULIR PENGADUAN filled in (typed, handwriting-like italic fonts, dotted blanks, a division checkbox row, a signature box with or without a scribble); retirees' typewriter letters (per-character ink, wavy baseline), a blue-grey carbon copy, a bilevel G4 fax TIFF with a fax header line; a rubber stamp and a meterai; village-office and school letterheads; a phone photo at an angle and a photo on a wooden table; two-column headers; dates '2 - 12 - 2026' and '2/XII/2026' |
| `email_plain/` | `email_plain` | 6 | front-desk officers' typed records of a citizen's spoken complaint, in the third person |

Complaints: {nc} ({ncomplete} complete, {ninc} incomplete). Divisions: {divs}.

Truth conventions:

- free-text fields are the exact passage without its label or list marker;
- the complainant of an officer's record is the citizen (`name`, `address`,
  `phone`, `nik` are the citizen's); `email` is still the `From:` address (the
  officer's), per DESIGN ("for e-mail, the sender's address from From:");
- `signed` in an officer's e-mail follows DESIGN's e-mail rule literally: a
  closing followed by the sender's name ("Salam,\\nDewi Rahmawati",
  "Trims,\\nNanik ...") is signed; a note with no closing name (e04) is not;
- `place`/`date` come from the place/date line (the officer's record line
  "Bangil, 7 Desember 2026" counts); with no such line an e-mail's `date` is the
  `Date:` header's local date and `place` null; a scan with no place/date line
  has both null (t12);
- a letterhead's address (agency form, village office, school) is never the
  complainant's address; a fax header's number is not the complainant's phone;
- on scans, a scribble above/in the box over the printed name is a signature;
  a printed name alone is not; a form's empty signature box is unsigned;
- a dotted blank on the form is an absent field;
- `division` per `procedure-id.md`; conduct, fees and facilities go to
  `sekretariat` even when another division's service is named;
- `ocr` true for every scan.

## Items

| file | category | missing | division | what it tests |
|---|---|---|---|---|
"""


def write_readme():
    comp = [t for t in TRUTH if t["fields"]]
    divs = {}
    for t in comp:
        divs[t["division"]] = divs.get(t["division"], 0) + 1
    head = README_HEAD.format(
        n=len(TRUTH), nc=len(comp), ncomplete=sum(1 for t in comp if t["complete"]),
        ninc=sum(1 for t in comp if not t["complete"]),
        divs=", ".join(f"{k} {v}" for k, v in sorted(divs.items(), key=lambda kv: (-kv[1], kv[0]))))
    rows = []
    for t in TRUTH:
        miss = ", ".join(t["missing"]) or "none"
        rows.append(f"| `{t['file']}` | {t['category']} | {miss} | {t['division'] or '—'} | "
                    f"{t['note'].replace('|', '/')} |")
    (HERE / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


def main():
    for fn in ITEMS:
        fn()
    assert len({t["file"] for t in TRUTH}) == len(TRUTH) == len(FILES)
    for sub in ["email_plain", "scan"]:
        d = HERE / sub
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for rel, data in FILES.items():
        (HERE / rel).write_bytes(data)
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    write_readme()
    print(f"wrote {len(FILES)} files and {len(TRUTH)} truth lines to {HERE}")


if __name__ == "__main__":
    main()
