#!/usr/bin/env python3
"""Generate the blind held-out set `heldout25` for `pengaduan extract`.

Theme: the odd and the automatic, around ordinary complaints -- unreadable
files that must exit 3, odd-but-readable mails whose letter is scored,
auto-replies of many kinds, and twelve ordinary complaints.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and score.py), without looking at the
extractor or at other test sets' letters.  The rendering helpers (PDF
writer, signature scribble, scan renderer, MIME helpers) are copied from
heldout23's generator; every letter, auto-reply and hostile file is new.

Run from the repository root:
    .venv/bin/python tests/extract/heldout25/make_heldout25.py

Everything is deterministic (fixed seeds, fixed Message-IDs, boundaries and
timestamps).  Standard library + Pillow + numpy only.  All people,
addresses, NIKs, phone numbers and e-mail addresses are invented; mail
addresses use example.* domains.
"""
from __future__ import annotations

import base64
import binascii
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
import zipfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SET = "heldout25"
AGENCY = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan@example.go.id>"
AGENCY_ADDR = "pengaduan@example.go.id"
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
    qid = hashlib.sha1(("h25" + tag).encode()).hexdigest()[:10].upper()
    return (f"Received: from {domain} ({domain} [{ip}])\n"
            f"\tby mx1.example.go.id (Postfix) with ESMTPS id {qid}\n"
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
                font="lib-serif", size_pt=11.5, margin_in=0.9, ink=None, lead_f=1.38):
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


def phone_photo(page, seed, size=(1500, 2000), quad=None, table_rgb=(196, 190, 178)):
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
# Files are numbered q01..q32: email_plain q01-q03, email_mime q04-q06,
# email_pdf q07-q09, scan q10-q12, hostile_ok q13-q18, auto_reply q19-q24,
# hostile_error q25-q32.

# ---------------------------------------------------------------- email_plain
def q01():
    """A human complaint written as a reply above the agency's own auto-acknowledgement."""
    name = "Hariyanto Wibisono"
    addr = "Jl. Wahidin No. 45 RT 02 RW 06, Desa Cangkringmalang, Kecamatan Beji, Kabupaten Pasuruan"
    sd = ("Data keluarga saya di SIASN sampai sekarang belum memuat istri dan dua anak saya, padahal "
          "permohonan pemutakhiran data sudah saya ajukan melalui MyASN sejak 5 Oktober 2026 lengkap dengan "
          "akta nikah, akta kelahiran anak dan kartu keluarga. Status permohonan tiga kali ditolak dengan "
          "alasan \"dokumen tidak terbaca\", padahal berkas yang saya unggah jelas dan sesuai ketentuan "
          "ukuran file.")
    loss = ("Karena data keluarga belum masuk, tunjangan istri dan anak tidak ikut dibayarkan dalam gaji saya "
            "sejak Oktober 2026, kurang lebih Rp 310.000 per bulan, dan anak kedua saya belum bisa didaftarkan "
            "sebagai tanggungan BPJS Kesehatan.")
    res = ("Mohon petugas SIASN memeriksa berkas saya secara langsung dan memperbarui data keluarga saya, atau "
           "memberitahukan secara jelas dokumen mana yang dianggap tidak terbaca.")
    body = f"""Selamat siang,

Menindaklanjuti balasan otomatis di bawah ini, berikut pengaduan saya secara lengkap.

Nama saya {name}, NIK 3514071708840003, alamat {addr}. HP/WA 0813-5702-6618.

{sd}

{loss}

{res}

Salam,
Hariyanto W.

Pada Sen, 1 Feb 2027 pukul 20.03, Pengaduan BKPSDM Kabupaten Pasuruan
<{AGENCY_ADDR}> menulis:
> [Balasan Otomatis]
>
> Yth. Bapak/Ibu,
>
> Terima kasih, email Anda telah kami terima. Pengaduan akan kami proses
> apabila memuat nama dan alamat lengkap, uraian pelayanan yang tidak
> sesuai standar, kerugian yang dialami, permintaan penyelesaian, serta
> tempat, tanggal dan tanda tangan.
>
> Pesan ini dikirim secara otomatis, mohon tidak membalas pesan ini.
>
> Hormat kami,
> Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
    check_in(body, addr, sd, loss, res)
    tag = "q01"
    ack = msgid("ack-0201", "example.go.id")
    extra = f"In-Reply-To: {ack}\nReferences: {msgid('first-0201', 'example.com')} {ack}\n"
    data = headers(tag, hdate(2027, 2, 2, 10, 14, 33), f"{name} <hariyanto.wibisono@example.com>",
                   "Re: [Balasan Otomatis] Email Anda telah kami terima", "example.com", ip="198.51.100.37",
                   extra=extra)
    data += single("text/plain", "utf-8", "8bit", wrap_all(body, 76))
    put("email_plain/q01.eml", data)
    complaint("email_plain/q01.eml", "email_plain", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2027-02-02", "signed": True,
        "email": "hariyanto.wibisono@example.com", "phone": "081357026618", "nik": "3514071708840003"},
        "pengadaan", "a citizen's reply written above the agency's quoted auto-acknowledgement (subject "
        "'Re: [Balasan Otomatis] ...', In-Reply-To ours, the quote says 'dikirim secara otomatis'): a human "
        "complaint, not an auto-reply; identity in running text; closing 'Salam, / Hariyanto W.' (signed); no "
        "place/date line, so date = Date: header (2 Feb; the quote's 1 Feb is not it); the quoted 'Tim "
        "Pengaduan' is not the name; SIASN family data (pengadaan); missing place")


def q02():
    """Formal letter with Roman-numbered sections, 'Pelapor,' above the name; Auto-Submitted: no."""
    name = "Drs. H. Abdul Rokhim, M.M."
    addr = ("Jl. KH. Hasyim Asy'ari No. 7 RT 01 RW 04, Desa Sungiwetan, Kecamatan Pohjentrek, "
            "Kabupaten Pasuruan")
    sd = ("Saya telah bekerja sebagai PNS selama 30 tahun tanpa pernah dijatuhi hukuman disiplin dan memenuhi "
          "syarat untuk menerima Satyalancana Karya Satya XXX Tahun. Namun dalam daftar usulan penerima tanda "
          "kehormatan tahun 2026 yang diumumkan BKPSDM, nama saya tidak tercantum, sedangkan rekan seangkatan "
          "saya di kecamatan yang sama sudah diusulkan. Ketika saya tanyakan, petugas menyampaikan bahwa data "
          "saya \"tidak terbaca di sistem\" tanpa penjelasan lebih lanjut.")
    loss = ("Saya akan memasuki masa pensiun pada bulan Juni 2027, sehingga apabila tidak diusulkan tahun ini "
            "saya kehilangan kesempatan menerima penghargaan atas pengabdian 30 tahun, yang bagi saya dan "
            "keluarga sangat berarti.")
    res = ("Saya mohon BKPSDM memeriksa kembali data masa kerja saya dan mengusulkan nama saya sebagai penerima "
           "Satyalancana Karya Satya XXX Tahun pada usulan susulan tahun 2027.")
    body = f"""Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan
di Bangil

Hal: Pengaduan tidak diusulkannya Satyalancana Karya Satya

Dengan hormat,

I. IDENTITAS PELAPOR
   Nama lengkap : {name}
   NIP          : 196705141993031008
   Jabatan      : Kepala Seksi Pemerintahan, Kecamatan Pohjentrek
   Alamat       : {addr}
   Telp/WA      : 0817-0352-9914

II. URAIAN PENGADUAN
{sd}

III. KERUGIAN
{loss}

IV. PERMOHONAN
{res}

Demikian pengaduan ini saya sampaikan untuk dapat ditindaklanjuti sebagaimana mestinya.

Pohjentrek, 8 Februari 2027

Pelapor,

{name}
"""
    check_in(body, addr, sd, loss, res)
    tag = "q02"
    extra = "Auto-Submitted: no\nX-Mailer: Roundcube Webmail/1.6.9\n"
    data = headers(tag, hdate(2027, 2, 9, 7, 5, 12), "Abdul Rokhim <abdul.rokhim67@example.net>",
                   "Pengaduan Satyalancana Karya Satya XXX Tahun", "example.net", ip="203.0.113.58",
                   extra=extra)
    data += single("text/plain", "utf-8", "7bit", body)
    put("email_plain/q02.eml", data.replace(b"\n", b"\r\n"))
    complaint("email_plain/q02.eml", "email_plain", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Pohjentrek", "date": "2027-02-08", "signed": True,
        "email": "abdul.rokhim67@example.net", "phone": "081703529914", "nik": None},
        "kinerja", "formal letter with Roman-numbered sections (IDENTITAS PELAPOR / URAIAN PENGADUAN / "
        "KERUGIAN / PERMOHONAN), the whole file with CRLF line ends, header 'Auto-Submitted: no' (a human message, not "
        "automatic); 'Pelapor,' above the printed name as the closing (signed); 18-digit NIP is not a NIK; "
        "letter dated 8 Feb, mail 9 Feb; Satyalancana award (kinerja) although 'pensiun' and 'hukuman "
        "disiplin' appear; complete")


def q03():
    """Illegal fee at pension-decree pick-up; no address, no place, no name after the closing; +0800."""
    name = "Wahyuni Setyaningsih"
    sd = ("Pada tanggal 11 Februari 2027 saya datang ke BKPSDM untuk mengambil SK pensiun saya. Petugas di "
          "ruang arsip mengatakan SK baru bisa diserahkan kalau saya memberi \"uang lelah\" Rp 500.000, dan "
          "karena saya tidak membawa uang sebanyak itu, SK saya ditahan dan saya disuruh datang lagi.")
    loss = ("Saya sudah dua kali datang dari Lekok dengan ongkos ojek pulang pergi Rp 120.000 dan sampai "
            "sekarang belum bisa mengurus pencairan pensiun di Taspen karena SK belum di tangan.")
    res = "Saya minta SK pensiun saya diserahkan tanpa pungutan apa pun dan petugas tersebut ditindak."
    body = f"""Kepada Yth. Bapak Kepala BKPSDM Kabupaten Pasuruan,

Saya {name}, pensiunan guru SDN Wates 2, ingin melaporkan kejadian yang tidak menyenangkan.

{sd}

{loss}

{res}

Saya bisa dihubungi di nomor 0878-5541-2093.

Terima kasih atas perhatiannya.

Dikirim dari Yahoo Mail di Android
"""
    check_in(body, sd, loss, res)
    tag = "q03"
    data = headers(tag, hdate(2027, 2, 15, 6, 42, 18, tz=8 * 60), "Wahyuni S <wahyuni.setya@example.org>",
                   "Laporan pungutan saat pengambilan SK pensiun", "example.org", ip="192.0.2.151",
                   extra="X-Mailer: WebService/1.1.23187 YMailNorrin\n")
    data += single("text/plain", "utf-8", "7bit", body)
    put("email_plain/q03.eml", data)
    complaint("email_plain/q03.eml", "email_plain", {
        "name": name, "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2027-02-15", "signed": False,
        "email": "wahyuni.setya@example.org", "phone": "087855412093", "nik": None},
        "sekretariat", "short letter: no address (a former school and 'datang dari Lekok' are not one), no "
        "place/date line, 'Terima kasih atas perhatiannya.' followed only by a 'Dikirim dari Yahoo Mail di "
        "Android' footer (unsigned); Date: 06:42 +0800 = 15 Feb local (14 Feb UTC); illegal fee demanded for "
        "a pension decree (pungli -> sekretariat); missing address, place, signed")


# ---------------------------------------------------------------- email_mime
def q04():
    """Gmail multipart/alternative, utf-8 QP both parts; place/date at the top right of the HTML; no loss."""
    name = "Andi Firmansyah, S.Kom."
    addr = "Perumahan Bumi Mandiri Blok F-12, Desa Mandaranrejo, Kecamatan Rembang, Kabupaten Pasuruan"
    sd = ("Permohonan mutasi saya dari Dinas Komunikasi dan Informatika ke Badan Perencanaan Pembangunan "
          "Daerah sudah disetujui oleh kedua kepala perangkat daerah sejak Juli 2026, dan berkas lengkap sudah "
          "diterima bagian mutasi BKPSDM pada 20 Juli 2026. Sampai hari ini, tujuh bulan kemudian, SK mutasi "
          "belum juga terbit dan setiap kali saya tanyakan jawabannya selalu “masih antre tanda tangan”.")
    res = ("Saya berharap BKPSDM dapat memberikan kepastian jadwal penerbitan SK mutasi saya, paling lambat "
           "akhir Februari 2027.")
    text = f"""Rembang, 3 Februari 2027

Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Identitas
Nama    : {name}
Alamat  : {addr}
WA      : 0896-7712-3045

Permasalahan:
{sd}

Harapan saya:
{res}

Atas perhatian Bapak/Ibu saya sampaikan terima kasih.

Hormat saya,
Andi Firmansyah
"""
    html = f"""<div dir="ltr"><div style="text-align:right">Rembang, 3 Februari 2027</div><div><br></div>
<div>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan</div><div><br></div>
<div>Dengan hormat,</div><div><br></div>
<div><b>Identitas</b></div>
<div>Nama&nbsp; &nbsp; : {name}</div>
<div>Alamat&nbsp; : {addr}</div>
<div>WA&nbsp; &nbsp; &nbsp; : 0896-7712-3045</div><div><br></div>
<div><b>Permasalahan:</b></div>
<div>{sd}</div><div><br></div>
<div><b>Harapan saya:</b></div>
<div>{res}</div><div><br></div>
<div>Atas perhatian Bapak/Ibu saya sampaikan terima kasih.</div><div><br></div>
<div>Hormat saya,</div><div>Andi Firmansyah</div></div>
"""
    check_in(text, addr, sd, res)
    tag = "q04"
    data = headers(tag, hdate(2027, 2, 3, 21, 10, 2), "Andi Firmansyah <andi.firmansyah@example.com>",
                   rfc2047("Pengaduan SK mutasi belum terbit – 7 bulan", "UTF-8", "Q"), "example.com",
                   ip="198.51.100.12")
    data += multipart("alternative", boundary(tag, "gmail"), [
        leaf("text/plain", "UTF-8", "quoted-printable", text),
        leaf("text/html", "UTF-8", "quoted-printable", html)])
    put("email_mime/q04.eml", data)
    complaint("email_mime/q04.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Rembang", "date": "2027-02-03", "signed": True,
        "email": "andi.firmansyah@example.com", "phone": "089677123045", "nik": None},
        "mutasi", "Gmail multipart/alternative, utf-8 QP in both parts, RFC 2047 Q subject with an en dash; "
        "place/date line at the top; labels 'Identitas' / 'Permasalahan:' / 'Harapan saya:'; curly quotes; "
        "transfer decree (mutasi); no loss stated; missing loss")


def q05():
    """HTML-only in multipart/related with an inline logo; utf-8 base64; headings as <h3>."""
    name = "Ni Luh Putu Ayu Lestari, S.E."
    addr = "Jl. Raya Kejapanan No. 88, RT 05 RW 01, Desa Kejapanan, Kecamatan Gempol, Kabupaten Pasuruan"
    sd = ("Saya telah ditetapkan sebagai peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Tahun "
          "2027 berdasarkan surat panggilan BKPSDM tanggal 4 Januari 2027 dan biaya kontribusi sudah dibayar "
          "melalui anggaran kantor. Satu hari sebelum pembukaan pelatihan, nama saya dihapus dari daftar "
          "peserta dan diganti pegawai lain tanpa pemberitahuan resmi; saya baru mengetahuinya ketika datang "
          "ke lokasi pelatihan di Malang.")
    loss = ("Saya sudah menyerahkan pekerjaan kepada rekan selama dua bulan, mengeluarkan biaya perjalanan dan "
            "penginapan sekitar Rp 1.450.000 dari uang pribadi, dan merasa malu di hadapan peserta lain dan "
            "panitia.")
    res = ("Saya meminta penjelasan tertulis mengenai alasan penghapusan nama saya dan kepastian bahwa saya "
           "diikutsertakan pada PKA angkatan berikutnya di tahun 2027.")
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p><img src="cid:logo-nlp@example.co.id" width="48" height="48" alt="logo"></p>
<p style="text-align:right">Gempol, 10 Februari 2027</p>
<p>Yth. Kepala BKPSDM Kabupaten Pasuruan<br>di Bangil</p>
<p>Dengan hormat,<br>saya yang bertanda tangan di bawah ini:</p>
<p><b>Nama</b>: {name}<br>
<b>Alamat</b>: {addr}<br>
<b>Nomor HP</b>: 0852-3390-1276</p>
<p>menyampaikan pengaduan sebagai berikut.</p>
<h3>Pelayanan yang tidak sesuai</h3>
<p>{sd}</p>
<h3>Kerugian</h3>
<p>{loss}</p>
<h3>Penyelesaian yang diminta</h3>
<p>{res}</p>
<p>Demikian, terima kasih atas perhatian Bapak/Ibu.</p>
<p>Hormat saya,<br>{name}</p>
</body></html>
"""
    check_in(html, addr, sd, loss, res)
    logo = Image.new("RGB", (48, 48), (255, 255, 255))
    d = ImageDraw.Draw(logo)
    d.ellipse((4, 4, 44, 44), outline=(200, 40, 40), width=4)
    d.polygon([(24, 10), (36, 38), (12, 38)], fill=(200, 40, 40))
    lb = io.BytesIO()
    logo.save(lb, "PNG")
    tag = "q05"
    inner = multipart("related", boundary(tag, "apple", 1), [
        leaf("text/html", "utf-8", "base64", html),
        (b'Content-Type: image/png; name="logo.png"\nContent-ID: <logo-nlp@example.co.id>\n'
         b'Content-Disposition: inline; filename="logo.png"\nContent-Transfer-Encoding: base64\n\n'
         + b64(lb.getvalue()))], params=' type="text/html";')
    data = headers(tag, hdate(2027, 2, 10, 19, 48, 51),
                   rfc2047("Ni Luh Putu Ayu Lestari", "utf-8", "Q") + " <niluh.lestari@example.co.id>",
                   rfc2047("Pengaduan: nama saya dihapus dari peserta PKA", "utf-8", "B"), "example.co.id",
                   ip="203.0.113.140", extra="X-Mailer: Apple Mail (2.3774.500.171)\n")
    data += inner
    put("email_mime/q05.eml", data)
    complaint("email_mime/q05.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Gempol", "date": "2027-02-10", "signed": True,
        "email": "niluh.lestari@example.co.id", "phone": "085233901276", "nik": None},
        "kompetensi", "HTML-only letter inside multipart/related with an inline PNG logo (cid:), utf-8 "
        "base64, <h3> section headings, RFC 2047 Q sender name and B subject; leadership training PKA "
        "(kompetensi); complete")


def q06():
    """multipart/alternative whose text/plain part is only an 'HTML message' placeholder; letter in HTML."""
    name = "Siti Marfu'ah"
    addr = "Dusun Krajan RT 01 RW 02, Desa Tambakrejo, Kecamatan Kraton, Kabupaten Pasuruan"
    sd = ("Suami saya, almarhum Sugeng Riyadi, pensiunan PNS Dinas Pekerjaan Umum, meninggal dunia pada 9 "
          "November 2026. Berkas usul pensiun janda sudah saya serahkan ke loket BKPSDM pada 1 Desember 2026 "
          "dan dinyatakan lengkap, tetapi hingga kini SK pensiun janda belum diterbitkan dan berkas saya "
          "menurut petugas \"belum dikirim ke BKN\".")
    loss = ("Sejak Desember 2026 saya tidak menerima uang pensiun sama sekali, padahal itu satu-satunya "
            "penghasilan keluarga, sehingga saya terpaksa meminjam kepada tetangga untuk biaya sekolah anak.")
    res = ("Mohon berkas pensiun janda saya segera dikirim ke BKN dan SK-nya diterbitkan, serta saya diberi "
           "tahu perkembangannya melalui nomor HP saya.")
    placeholder = ("Pesan ini berformat HTML. Apabila tidak tampil dengan benar, silakan buka dengan aplikasi "
                   "email yang mendukung HTML.\n")

    def p(s):
        return "<p style='margin:0 0 10px 0'>" + html_escape(s).replace('"', "&quot;") + "</p>\n"
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head>"
            "<body><div style='font-family:Arial;font-size:10pt'>\n"
            + p("Kraton, 12 Februari 2027")
            + p("Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan")
            + p("Assalamualaikum wr. wb.")
            + "<p style='margin:0 0 10px 0'>Saya yang bertanda tangan di bawah ini:<br>Nama : " + name
            + "<br>Alamat : " + addr + "<br>No. HP : 0823-3412-7790</p>\n"
            + p("Dengan ini saya mengadukan hal sebagai berikut.")
            + "<p style='margin:0 0 10px 0'><u>Uraian</u></p>\n" + p(sd)
            + "<p style='margin:0 0 10px 0'><u>Kerugian yang saya alami</u></p>\n" + p(loss)
            + "<p style='margin:0 0 10px 0'><u>Permohonan</u></p>\n" + p(res)
            + p("Wassalamualaikum wr. wb.")
            + "<p style='margin:0 0 10px 0'>Hormat saya,<br>" + name + "</p>\n</div></body></html>\n")
    check_in(html.replace("&quot;", '"'), sd, loss, res, addr)
    tag = "q06"
    data = headers(tag, hdate(2027, 2, 12, 14, 2, 40), "Siti Marfu'ah <siti.marfuah@example.net>",
                   "Pengaduan SK pensiun janda", "example.net", ip="192.0.2.33",
                   extra="X-Mailer: Microsoft Outlook 16.0\n")
    data += multipart("alternative", boundary(tag, "outlook"), [
        leaf("text/plain", "us-ascii", "7bit", placeholder),
        leaf("text/html", "windows-1252", "quoted-printable", html)])
    put("email_mime/q06.eml", data)
    complaint("email_mime/q06.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Kraton", "date": "2027-02-12", "signed": True,
        "email": "siti.marfuah@example.net", "phone": "082334127790", "nik": None},
        "pengadaan", "multipart/alternative whose text/plain part is only a 'Pesan ini berformat HTML' "
        "placeholder: the letter is only in the windows-1252 QP HTML part; a deceased husband is named "
        "in the text (not the complainant); widow's pension decree (pengadaan); complete")


# ----------------------------------------------------------------- email_pdf
def pdf_mail(tag, date, frm, subject, domain, cover, pdf, fname, ip="192.0.2.10", style="gmail",
             cover_charset="utf-8", extra=""):
    data = headers(tag, date, frm, subject, domain, ip=ip, extra=extra)
    data += multipart("mixed", boundary(tag, style), [
        leaf("text/plain", cover_charset, "8bit", cover),
        attach("application/pdf", fname, pdf)])
    return data


def q07():
    """Text PDF (Helvetica) with a vector signature; study permit; complete."""
    name = "Rahmat Hidayatullah, A.Md.Kep."
    addr = "Perum Pesona Candi Blok B2 No. 14, Desa Karangjati, Kecamatan Pandaan, Kabupaten Pasuruan"
    sd = ("Saya mengajukan permohonan izin belajar untuk Program Studi S1 Keperawatan lanjutan Ners di STIKes "
          "Bina Husada pada 2 November 2026 melalui aplikasi layanan BKPSDM, dengan rekomendasi Kepala Dinas "
          "Kesehatan. Permohonan saya dikembalikan dua kali dengan alasan berbeda—pertama karena akreditasi "
          "kampus, kedua karena formulir lama—padahal akreditasi program studi tersebut B dan formulir saya "
          "unduh dari laman resmi BKPSDM.")
    loss = ("Perkuliahan semester genap dimulai 15 Februari 2027; tanpa surat izin belajar saya tidak dapat "
            "mendaftar ulang dan uang pangkal Rp 3.500.000 yang sudah saya bayar terancam hangus.")
    res = ("Saya mohon surat izin belajar saya diterbitkan sebelum 15 Februari 2027 atau, bila memang ada "
           "kekurangan, disampaikan sekaligus secara tertulis.")
    blocks = [("right", "Pandaan, 5 Februari 2027"), ("gap", 1),
              ("kv", "Nomor", "-"), ("kv", "Lampiran", "3 (tiga) lembar"),
              ("kv", "Perihal", "Pengaduan permohonan izin belajar"), ("gap", 1)] + head_to() + [
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", "3514102306920004"),
        ("kv", "Unit kerja", "UPT Puskesmas Pandaan"), ("kv", "Alamat", addr),
        ("kv", "Nomor Telepon/HP", "0812-4903-5561"), ("kv", "E-mail", "rahmat.hidayatullah@example.net"),
        ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan atas pelayanan permohonan izin belajar sebagai berikut:"),
        ("gap", 0.3),
        ("b", "1. Pelayanan yang tidak sesuai standar"), ("ind", sd), ("gap", 0.3),
        ("b", "2. Kerugian"), ("ind", loss), ("gap", 0.3),
        ("b", "3. Penyelesaian yang diminta"), ("ind", res), ("gap", 0.6),
        ("p", "Sebagai bahan pertimbangan saya lampirkan rekomendasi Kepala Dinas Kesehatan, surat keterangan "
              "akreditasi dan bukti pembayaran. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), addr, sd, loss, res)
    pdf = make_pdf(blocks, 701, "vector", size=10.5, font="sans")
    cover = """Selamat pagi,

Terlampir surat pengaduan saya mengenai permohonan izin belajar. Mohon bantuan tindak lanjutnya.

Terima kasih.
Rahmat
"""
    put("email_pdf/q07.eml", pdf_mail(
        "q07", hdate(2027, 2, 6, 8, 3, 27), "Rahmat Hidayatullah <rahmat.hidayatullah@example.net>",
        "Pengaduan izin belajar", "example.net", cover, pdf, "pengaduan_izin_belajar.pdf", ip="203.0.113.19"))
    complaint("email_pdf/q07.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Pandaan", "date": "2027-02-05", "signed": True,
        "email": "rahmat.hidayatullah@example.net", "phone": "081249035561", "nik": "3514102306920004"},
        "kompetensi", "short cover note + text PDF (Helvetica 10.5, WinAnsi em dashes) with numbered "
        "sections, a workplace line beside the home address and a vector-stroke signature; letter dated 5 "
        "Feb, mail 6 Feb; study permit (kompetensi); complete")


def q08():
    """Times PDF, embedded PNG signature, two-column header; discipline; no requested resolution."""
    name = "Yusuf Effendi"
    addr = "Dusun Watulumbung RT 03 RW 01, Desa Lumbang, Kecamatan Lumbang, Kabupaten Pasuruan"
    sd = ("Pada 18 Januari 2027 saya menerima Surat Keputusan hukuman disiplin berupa penundaan kenaikan "
          "pangkat selama satu tahun karena dianggap tidak masuk kerja 12 hari tanpa keterangan. Padahal pada "
          "hari-hari tersebut saya menjalani rawat inap di RSUD Bangil dan surat keterangan sakit sudah saya "
          "serahkan kepada atasan langsung. Saya juga tidak pernah dipanggil untuk pemeriksaan sebelum "
          "keputusan dijatuhkan.")
    loss = ("Kenaikan pangkat saya yang seharusnya April 2027 tertunda satu tahun, tunjangan kinerja saya "
            "dipotong 10 persen selama tiga bulan, dan nama baik saya tercemar di lingkungan kantor.")
    blocks = [
        ("twocol", [("Nomor", "-"), ("Sifat", "Penting"), ("Perihal", "Pengaduan hukuman disiplin")],
         ["Lumbang, 1 Februari 2027", "", "Kepada", "Yth. Kepala BKPSDM", "Kabupaten Pasuruan",
          "di -", "       Bangil"], 0.55),
        ("gap", 1.2),
        ("p", "Dengan hormat,"),
        ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIP", "198203172009011005"),
        ("kv", "Jabatan", "Pengadministrasi Umum, Kantor Kecamatan Lumbang"),
        ("kv", "Alamat", addr), ("kv", "No. HP", "0857-3118-2046"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("b", "Kronologi"), ("p", sd), ("gap", 0.3),
        ("b", "Akibat yang saya alami"), ("p", loss), ("gap", 0.5),
        ("p", "Bersama ini saya lampirkan salinan surat keterangan rawat inap dari RSUD Bangil. Demikian "
              "surat ini saya buat dengan sebenarnya."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), addr, sd, loss)
    pdf = make_pdf(blocks, 802, "image", size=11.5, font="serif",
                   producer=b"LibreOffice 7.6", creator=b"Writer")
    cover = """Yth. Tim Pengaduan,

bersama email ini saya kirimkan surat pengaduan (PDF) terkait hukuman disiplin yang saya terima.

Salam,
Yusuf Effendi
"""
    put("email_pdf/q08.eml", pdf_mail(
        "q08", hdate(2027, 2, 1, 15, 37, 2), "Yusuf Effendi <yusuf.effendi82@example.org>",
        "Pengaduan hukuman disiplin", "example.org", cover, pdf, "Surat_Pengaduan_Yusuf.pdf",
        ip="192.0.2.91", style="thunder"))
    complaint("email_pdf/q08.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": None, "place": "Lumbang", "date": "2027-02-01", "signed": True,
        "email": "yusuf.effendi82@example.org", "phone": "085731182046", "nik": None},
        "kinerja", "Times text PDF with a two-column header (Nomor/Sifat/Perihal left; place/date and the "
        "recipient right), labels 'Kronologi' / 'Akibat yang saya alami', embedded PNG signature; 18-digit "
        "NIP; a disciplinary penalty (kinerja) although 'kenaikan pangkat' appears; no requested "
        "resolution; missing requested_resolution")


def q09():
    """Unsigned PDF (printed name only) under a cover note that does close with a name; position."""
    name = "Kurniawati Dewi Anggraini, S.Sos."
    addr = "Jl. Raya Wonorejo No. 31, RT 02 RW 03, Desa Wonorejo, Kecamatan Wonorejo, Kabupaten Pasuruan"
    sd = ("Nama saya tercantum dalam daftar pejabat pengawas yang akan dilantik pada 22 Januari 2027 untuk "
          "jabatan Kepala Subbagian Umum dan Kepegawaian pada Kecamatan Wonorejo, dan undangan pelantikan sudah "
          "saya terima. Pada pagi hari pelantikan saya diberi tahu bahwa nama saya dicoret dan jabatan tersebut "
          "diisi pegawai lain, tanpa surat atau penjelasan dari BKPSDM.")
    loss = ("Saya sudah memberitahukan keluarga dan rekan kerja serta menyiapkan pakaian dinas untuk "
            "pelantikan, sehingga saya menanggung malu, dan saya kehilangan tunjangan jabatan yang seharusnya "
            "saya terima sejak Februari 2027.")
    res = ("Saya mohon BKPSDM menjelaskan secara tertulis alasan pembatalan pelantikan saya dan meninjau "
           "kembali keputusan tersebut sesuai hasil penilaian yang telah dilakukan.")
    blocks = [("center", "SURAT PENGADUAN", True), ("gap", 1),
              ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan di Bangil"), ("gap", 0.8),
              ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "Telepon", "0811-3590-4417"),
              ("gap", 0.5),
              ("p", "menyampaikan pengaduan mengenai pembatalan pelantikan jabatan sebagai berikut."),
              ("gap", 0.3),
              ("b", "A. Uraian kejadian"), ("ind", sd), ("gap", 0.3),
              ("b", "B. Kerugian yang saya alami"), ("ind", loss), ("gap", 0.3),
              ("b", "C. Permintaan penyelesaian"), ("ind", res), ("gap", 0.6),
              ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima "
                    "kasih."), ("gap", 1),
              ("rightcol", "Wonorejo, 25 Januari 2027"), ("rightcol", "Hormat saya,"), ("sig", False),
              ("rightcol", name)]
    check_in(blocks_text(blocks), addr, sd, loss, res)
    pdf = make_pdf(blocks, 903, "vector", size=11.0, font="sans",
                   producer=b"Microsoft: Print To PDF", creator=b"Microsoft Word")
    cover = """Dengan hormat,

Bersama ini saya kirimkan surat pengaduan saya (terlampir). Mohon maaf surat belum sempat saya tanda tangani karena saya sedang di luar kota.

Terima kasih.

Salam,
Kurniawati
"""
    put("email_pdf/q09.eml", pdf_mail(
        "q09", hdate(2027, 1, 27, 11, 20, 45), "Kurniawati Dewi <kurniawati.dewi@example.com>",
        "Pengaduan pembatalan pelantikan jabatan", "example.com", cover, pdf,
        "Pengaduan Pelantikan.pdf", ip="198.51.100.205", style="outlook"))
    complaint("email_pdf/q09.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Wonorejo", "date": "2027-01-25", "signed": False,
        "email": "kurniawati.dewi@example.com", "phone": "081135904417", "nik": None},
        "mutasi", "text PDF with a centred title and A./B./C. sections, place/date line just above the "
        "closing, printed name with no signature; the cover note closes 'Salam, Kurniawati' and says the "
        "letter is not signed yet: the attached letter's signature counts (unsigned); cancelled "
        "appointment to a position (jabatan -> mutasi); missing signed")


# ---------------------------------------------------------------------- scan
def q10():
    """Image-only PDF, grey paper, 200 dpi; wheelchair user and a broken lift; e-mail in the letter."""
    name = "Bagus Setiawan"
    addr = ("Jl. Gajah Mada Gg. Kenari No. 5, RT 04 RW 02, Kelurahan Kalirejo, Kecamatan Bangil, "
            "Kabupaten Pasuruan")
    sd = ("Pada 26 Januari 2027 saya datang ke kantor BKPSDM untuk mengurus legalisir SK. Saya pengguna kursi "
          "roda, tetapi loket legalisir sekarang dipindah ke lantai dua, lift dalam keadaan rusak, dan tidak ada "
          "petugas yang turun melayani di lantai satu. Saya menunggu lebih dari dua jam di area parkir karena "
          "ruang tunggu lantai satu juga ditutup untuk renovasi.")
    loss = ("Saya kehilangan satu hari kerja dan harus membayar orang untuk mengangkat kursi roda saya naik "
            "turun tangga, serta merasa diperlakukan tidak layak sebagai penyandang disabilitas.")
    res = ("Mohon disediakan layanan di lantai satu atau jalur khusus bagi penyandang disabilitas selama lift "
           "belum diperbaiki, dan lift segera diperbaiki.")
    blocks = [("right", "Bangil, 29 Januari 2027"), ("gap", 1)] + head_to() + [
        ("kv", "Perihal", "Pengaduan fasilitas pelayanan"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0838-5521-7064"),
        ("kv", "E-mail", "bagus.setiawan@example.com"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut:"), ("gap", 0.2),
        ("b", "Uraian pengaduan"), ("p", sd), ("gap", 0.2),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.2),
        ("b", "Permintaan penyelesaian"), ("p", res), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
        ("gap", 0.6),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), addr, sd, loss, res)
    page = render_scan(blocks, 1001, dpi=200, angle=-0.7, paper=238, noise=5.0, blur=0.5,
                       font="lib-serif", size_pt=11.0, margin_in=0.9)
    put("scan/q10.pdf", img_bytes(page, "PDF", 200, quality=62))
    complaint("scan/q10.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Bangil", "date": "2027-01-29", "signed": True,
        "email": "bagus.setiawan@example.com", "phone": "083855217064", "nik": None},
        "sekretariat", "image-only PDF, 200 dpi, grey paper, -0.7 deg; an e-mail address written in the "
        "letter (email = that address); inaccessible counter and broken lift (facilities -> sekretariat) "
        "although a decree legalisation is named; signed; complete", ocr=True)


def q11():
    """Bilevel (1-bit) CCITT G4 TIFF, 200 dpi, like a fax; no address; resignation decree."""
    name = "Lukman Hakim Nurdiansyah"
    sd = ("Permohonan berhenti atas permintaan sendiri yang saya ajukan pada 12 Oktober 2026, lengkap dengan "
          "persetujuan Kepala Dinas Pertanian, sampai sekarang belum diproses menjadi Surat Keputusan "
          "pemberhentian. Petugas hanya menyampaikan bahwa berkas saya \"masih di meja pimpinan\" tanpa "
          "kepastian waktu.")
    loss = ("Perusahaan yang sudah menerima saya bekerja memberi batas waktu sampai Maret 2027 untuk "
            "menyerahkan surat pemberhentian; bila lewat, tawaran kerja itu batal.")
    res = "Saya mohon Surat Keputusan pemberhentian saya diterbitkan sebelum akhir Februari 2027."
    blocks = [("right", "Tutur, 3 Februari 2027"), ("gap", 1)] + head_to() + [
        ("kv", "Hal", "Pengaduan SK pemberhentian atas permintaan sendiri"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIP", "198807212014021003"),
        ("kv", "Jabatan", "Penyuluh Pertanian, BPP Kecamatan Tutur"), ("kv", "No. HP", "0819-3377-5120"),
        ("gap", 0.5),
        ("p", "mengajukan pengaduan sebagai berikut."), ("gap", 0.2),
        ("b", "Permasalahan:"), ("p", sd), ("gap", 0.2),
        ("b", "Kerugian:"), ("p", loss), ("gap", 0.2),
        ("b", "Permohonan:"), ("p", res), ("gap", 0.5),
        ("p", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 0.6),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res)
    page = render_scan(blocks, 1102, dpi=200, angle=0.4, paper=250, noise=4.0, blur=0.4,
                       font="lib-sans", size_pt=11.0, specks=True)
    bw = page.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
    put("scan/q11.tif", img_bytes(bw, "TIFF", 200, compression="group4"))
    complaint("scan/q11.tif", "scan", {
        "name": name, "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Tutur", "date": "2027-02-03", "signed": True,
        "email": None, "phone": "081933775120", "nik": None},
        "pengadaan", "bilevel 1-bit TIFF with CCITT Group 4 compression (fax-like), 200 dpi, Liberation "
        "Sans; a workplace (BPP Kecamatan Tutur) but no home address; resignation at own request / "
        "dismissal decree (pengadaan); signed; missing address", ocr=True)


def q12():
    """Colour JPG scan with blue ink; no place/date line anywhere; wrong rank in a promotion decree."""
    name = "Eny Kristiyani, S.Pd."
    addr = "Dusun Ngembat RT 02 RW 04, Desa Glagahsari, Kecamatan Sukorejo, Kabupaten Pasuruan"
    sd = ("SK kenaikan pangkat periode Oktober 2026 yang saya terima mencantumkan pangkat Penata golongan III/c, "
          "padahal usulan dan angka kredit saya untuk Penata Tingkat I golongan III/d, dan golongan III/c sudah "
          "saya sandang sejak tahun 2022. Ketika saya melapor ke loket, petugas meminta saya mengajukan usulan "
          "baru dari awal.")
    loss = ("Gaji saya tetap dihitung dengan golongan lama sehingga saya kehilangan kenaikan gaji sekitar "
            "Rp 210.000 per bulan sejak Oktober 2026.")
    res = "Mohon SK tersebut dibetulkan menjadi golongan III/d dengan TMT 1 Oktober 2026 tanpa harus mengulang usulan."
    blocks = [("kv", "Perihal", "Kesalahan golongan pada SK kenaikan pangkat"), ("gap", 1)] + head_to() + [
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0856-4470-3318"), ("gap", 0.5),
        ("p", "guru SD Negeri Glagahsari 1, menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("p", sd), ("gap", 0.3), ("p", loss), ("gap", 0.3), ("p", res), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan. Terima kasih."), ("gap", 0.8),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), addr, sd, loss, res)
    page = render_scan(blocks, 1203, dpi=220, angle=1.1, paper=(250, 246, 236), noise=4.0, blur=0.6,
                       colour=True, pen=(20, 45, 150), font="dv-serif", size_pt=10.5, specks=False)
    put("scan/q12.jpg", img_bytes(page, "JPEG", 220, quality=68))
    complaint("scan/q12.jpg", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": None, "signed": True,
        "email": None, "phone": "085644703318", "nik": None},
        "mutasi", "colour JPG scan (220 dpi, q68, 1.1 deg, DejaVu Serif, blue-ink signature); unlabelled "
        "paragraphs; no place/date line anywhere, so place and date are null (no Date: header to fall back "
        "on); wrong rank in a promotion decree (mutasi); missing place, date", ocr=True)


# ------------------------------------------------------------- hostile (ok)
def q13():
    """300 nested multipart levels; the letter is the innermost text/plain part."""
    name = "Dyah Ayu Pitaloka, S.Si."
    addr = "Jl. Raya Purwodadi No. 210, RT 01 RW 05, Desa Parerejo, Kecamatan Purwodadi, Kabupaten Pasuruan"
    sd = ("Saya menjalani operasi tulang belakang pada 4 Januari 2027 dan mengajukan cuti sakit selama dua "
          "bulan dengan melampirkan surat keterangan dokter dari RSUD Bangil. Permohonan cuti saya sudah "
          "diterima kepala sekolah dan diteruskan ke BKPSDM pada 6 Januari 2027, tetapi sampai sekarang surat "
          "izin cuti sakit belum terbit dan di aplikasi presensi saya tetap tercatat mangkir.")
    loss = ("Tambahan penghasilan pegawai saya bulan Januari 2027 dipotong penuh sebesar Rp 1.150.000 dan saya "
            "mendapat teguran tertulis karena dianggap tidak masuk tanpa keterangan.")
    res = ("Mohon surat izin cuti sakit saya segera diterbitkan berlaku surut sejak 4 Januari 2027 dan status "
           "presensi saya diperbaiki.")
    body = f"""Purwodadi, 8 Februari 2027

Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Saya yang bertanda tangan di bawah ini:

Nama   : {name}
Alamat : {addr}
No. HP : 0877-0215-6634

menyampaikan pengaduan sebagai berikut.

Uraian pengaduan:
{sd}

Kerugian:
{loss}

Permintaan penyelesaian:
{res}

Demikian, atas perhatiannya saya ucapkan terima kasih.

Hormat saya,
Dyah Ayu Pitaloka
"""
    check_in(body, addr, sd, loss, res)
    tag = "q13"
    part = leaf("text/plain", "utf-8", "8bit", body)
    for lvl in range(300):
        sub = ("mixed", "related", "alternative")[lvl % 3]
        bnd = "=_lvl%03d_%s" % (lvl, hashlib.sha1(f"{SET}-{tag}-{lvl}".encode()).hexdigest()[:12])
        part = multipart(sub, bnd, [part])
    data = headers(tag, hdate(2027, 2, 8, 9, 12, 5), "Dyah Ayu Pitaloka <dyah.pitaloka@example.org>",
                   "Pengaduan surat izin cuti sakit", "example.org", ip="192.0.2.118",
                   extra="X-Mailer: MassMIME 0.3 (broken nesting)\n")
    data += part
    put("hostile/q13.eml", data)
    complaint("hostile/q13.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Purwodadi", "date": "2027-02-08", "signed": True,
        "email": "dyah.pitaloka@example.org", "phone": "087702156634", "nik": None},
        "kinerja", "300 nested multipart levels (mixed/related/alternative in turn, one child each): the "
        "letter is the innermost text/plain; must exit 0 without a crash (no recursion failure); sick leave "
        "(cuti -> kinerja); complete")


def q14():
    """A single unfolded References: header of about 200 KB; date line without a place."""
    name = "Achmad Fauzi Ramadhan"
    addr = "Perum Griya Permata Blok D No. 7, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan"
    sd = ("Permohonan Kartu Istri (Karis) untuk istri saya sudah saya ajukan bersama berkas lengkap pada bulan "
          "Agustus 2026. Pada Desember 2026 saya diberi tahu bahwa Karis sudah jadi, tetapi ketika saya ambil "
          "ternyata nama istri saya salah tulis menjadi \"Nurhayati\" padahal seharusnya \"Nur Hayati "
          "Ningsih\", dan petugas mengatakan pembetulan butuh waktu enam bulan lagi.")
    loss = ("Istri saya belum dapat didaftarkan sebagai tanggungan pada layanan kesehatan dan pengurusan "
            "tunjangan keluarga saya tertunda.")
    res = ("Saya mohon Karis istri saya dicetak ulang dengan nama yang benar dalam waktu yang wajar, tanpa "
           "mengulang pengajuan dari awal.")
    body = f"""Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan,

Dengan hormat, saya menyampaikan pengaduan terkait Kartu Istri.

Nama   : {name}
Alamat : {addr}
HP     : 0858-5506-9132

Uraian:
{sd}

Kerugian:
{loss}

Permintaan:
{res}

4 Februari 2027

Hormat saya,
{name}
"""
    check_in(body, addr, sd, loss, res)
    tag = "q14"
    ids = []
    i = 0
    while sum(len(x) + 1 for x in ids) < 200 * 1024:
        h = hashlib.sha1(f"{SET}-ref-{i}".encode()).hexdigest()
        ids.append(f"<{h[:20]}.{h[20:30]}@list.example.net>")
        i += 1
    refs = "References: " + " ".join(ids) + "\n"
    assert len(refs) > 200 * 1024
    data = headers(tag, hdate(2027, 2, 4, 16, 40, 11), f"{name} <achmad.fauzi.r@example.net>",
                   "Pengaduan Karis salah nama", "example.net", ip="198.51.100.66", extra=refs)
    data += single("text/plain", "utf-8", "8bit", body)
    put("hostile/q14.eml", data)
    complaint("hostile/q14.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2027-02-04", "signed": True,
        "email": "achmad.fauzi.r@example.net", "phone": "085855069132", "nik": None},
        "pengadaan", f"a single unfolded References: header line of {len(refs) // 1024} KB ({len(ids)} "
        "message-ids); a date line without a place ('4 Februari 2027'); Karis card with a misspelt name "
        "(pengadaan); missing place")


def q15():
    """The letter travels as a message/rfc822 attachment: the sender forwards her own misaddressed mail."""
    name = "Rina Kartikasari, S.T."
    addr = "Dusun Sumbersari RT 03 RW 02, Desa Bayeman, Kecamatan Gondangwetan, Kabupaten Pasuruan"
    sd = ("Saya mengikuti Pelatihan dan Sertifikasi Pengadaan Barang/Jasa Tingkat Dasar yang diselenggarakan "
          "BKPSDM pada 7–9 Desember 2026 dan dinyatakan lulus ujian. Sampai saat ini sertifikat pelatihan "
          "belum diberikan, padahal peserta dari perangkat daerah lain sudah menerimanya pada bulan Januari "
          "2027. Setiap saya tanyakan ke bidang pengembangan kompetensi, jawabannya sertifikat \"masih "
          "dicetak\".")
    loss = ("Tanpa sertifikat tersebut saya tidak dapat ditetapkan sebagai pejabat pengadaan di kantor saya, "
            "sehingga kegiatan pengadaan di unit kerja saya tertunda dan saya ditegur atasan.")
    res = ("Saya mohon sertifikat pelatihan saya segera diserahkan atau diberikan surat keterangan lulus "
           "sementara.")
    letter = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
saya yang bertanda tangan di bawah ini:

Nama   : {name}
Alamat : {addr}
No. HP : 0821-4033-7185

menyampaikan pengaduan sebagai berikut:

1. Uraian pelayanan yang tidak sesuai standar
{sd}

2. Kerugian yang saya alami
{loss}

3. Permintaan penyelesaian
{res}

Gondangwetan, 1 Februari 2027

Hormat saya,
Rina Kartikasari
"""
    check_in(letter, addr, sd, loss, res)
    frm = "Rina Kartikasari <rina.kartika@example.com>"
    inner = (f"Date: {hdate(2027, 2, 1, 20, 15, 0)}\nFrom: {frm}\n"
             "To: BKD Provinsi <pengaduan.bkd@example.org>\n"
             "Subject: Pengaduan sertifikat pelatihan PBJ belum diterima\n"
             f"Message-ID: {msgid('q15-orig', 'example.com')}\nMIME-Version: 1.0\n").encode()
    inner += single("text/plain", "utf-8", "quoted-printable", letter)
    cover = """Yth. Tim Pengaduan BKPSDM,

Email terlampir awalnya saya kirim ke alamat BKD Provinsi karena salah ketik alamat. Mohon pengaduan tersebut diproses oleh BKPSDM.

Terima kasih,
Rina
"""
    tag = "q15"
    data = headers(tag, hdate(2027, 2, 4, 7, 55, 30), frm,
                   "Fwd: Pengaduan sertifikat pelatihan PBJ belum diterima", "example.com", ip="198.51.100.81")
    data += multipart("mixed", boundary(tag, "gmail"), [
        leaf("text/plain", "UTF-8", "7bit", cover),
        (b'Content-Type: message/rfc822; name="Pengaduan sertifikat pelatihan PBJ.eml"\n'
         b'Content-Disposition: attachment; filename="Pengaduan sertifikat pelatihan PBJ.eml"\n\n' + inner)])
    put("hostile/q15.eml", data)
    complaint("hostile/q15.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Gondangwetan", "date": "2027-02-01", "signed": True,
        "email": "rina.kartika@example.com", "phone": "082140337185", "nik": None},
        "kompetensi", "the letter is only inside a message/rfc822 attachment (QP text/plain): the sender "
        "forwards her own mail first sent to a wrong address, so outer and inner From: agree; letter dated "
        "1 Feb, forward 4 Feb; a procurement (pengadaan barang/jasa) *training* certificate: kompetensi, "
        "not the pengadaan division; complete")


def tnef_blob():
    """A small TNEF-like winmail.dat (signature, key, a few attributes with checksums)."""
    def attr(level, aid, data):
        return (bytes([level]) + struct.pack("<I", aid) + struct.pack("<I", len(data)) + data
                + struct.pack("<H", sum(data) & 0xFFFF))
    rng = random.Random(1616)
    out = struct.pack("<I", 0x223E9F78) + struct.pack("<H", 0x5A1C)
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))
    out += attr(1, 0x00069007, struct.pack("<II", 1252, 0))
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")
    out += attr(2, 0x00069002, bytes(rng.randrange(256) for _ in range(14)))
    out += attr(2, 0x00018010, b"KTP_Heru.jpg\x00")
    out += attr(2, 0x0006800F, bytes(rng.randrange(256) for _ in range(1800)))
    out += attr(1, 0x00069003, bytes(rng.randrange(256) for _ in range(600)))
    return out


def q16():
    """Plain body letter beside a TNEF winmail.dat and an x-uuencode part whose filename has
    path traversal and control characters (RFC 2231)."""
    name = "Heru Prasetyo"
    addr = "Jl. Raya Gempol No. 17, RT 03 RW 01, Desa Gempol, Kecamatan Gempol, Kabupaten Pasuruan"
    sd = ("Pada Kamis, 28 Januari 2027 pukul 12.10 saya datang ke loket layanan BKPSDM, padahal jam layanan "
          "yang tertulis di papan pengumuman sampai pukul 15.00, tetapi loket sudah ditutup dan tiga petugas "
          "terlihat bermain gim di ponsel di ruang belakang. Ketika saya minta dilayani, salah satu petugas "
          "menyuruh saya kembali besok tanpa melihat berkas saya.")
    res = ("Mohon pimpinan BKPSDM menertibkan jam layanan loket sesuai yang diumumkan dan memberi teguran "
           "kepada petugas tersebut.")
    body = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya, {name}, beralamat di {addr}, nomor HP 0815-5602-3381, menyampaikan pengaduan mengenai pelayanan loket.

{sd}

{res}

Foto KTP saya lampirkan.

Gempol, 29 Januari 2027

Hormat saya,
{name}
"""
    check_in(body, addr, sd, res)
    rng = random.Random(1617)
    jpg_like = b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(1400)) + b"\xff\xd9"
    uu = b"begin 644 foto.jpg\n"
    for k in range(0, len(jpg_like), 45):
        uu += binascii.b2a_uu(jpg_like[k:k + 45])
    uu += b"`\nend\n"
    evil = "..\\..\\Windows\\System32\\\x1b[2J\x07foto\r\n.jpg"
    enc = "".join(c if (c.isalnum() or c in ".-_") else "%%%02X" % ord(c) for c in evil)
    tag = "q16"
    data = headers(tag, hdate(2027, 1, 29, 13, 58, 41), f"{name} <heru.prasetyo@example.com>",
                   "Pengaduan jam layanan loket", "example.com", ip="203.0.113.201",
                   extra="X-Mailer: Microsoft Outlook 14.0\nX-MS-TNEF-Correlator: 0000000012AB34CD\n")
    data += multipart("mixed", boundary(tag, "outlook"), [
        leaf("text/plain", "us-ascii", "7bit", body),
        (b'Content-Type: application/ms-tnef; name="winmail.dat"\n'
         b'Content-Disposition: attachment; filename="winmail.dat"\nContent-Transfer-Encoding: base64\n\n'
         + b64(tnef_blob())),
        (b"Content-Type: application/octet-stream; name*=utf-8''" + enc.encode() + b"\n"
         b"Content-Disposition: attachment; filename*=utf-8''" + enc.encode() + b"\n"
         b"Content-Transfer-Encoding: x-uuencode\n\n" + uu)])
    put("hostile/q16.eml", data)
    complaint("hostile/q16.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Gempol", "date": "2027-01-29", "signed": True,
        "email": "heru.prasetyo@example.com", "phone": "081556023381", "nik": None},
        "sekretariat", "plain body letter beside an application/ms-tnef winmail.dat and an x-uuencode "
        "attachment whose RFC 2231 filename holds ..\\..\\ path traversal, ESC[2J, BEL and CR LF; must "
        "exit 0 without a crash or writing files; identity in running text; counter closed early and "
        "staff playing games (counter/staff conduct -> sekretariat); no loss; missing loss")


def q17():
    """HTML-only body crowded with <script>, <style>, comments and conditional comments holding decoys."""
    name = "Yoga Pratama Putra"
    addr = "Dusun Klakah RT 01 RW 01, Desa Pasrepan, Kecamatan Pasrepan, Kabupaten Pasuruan"
    sd = ("Berkas usul kenaikan pangkat periode April 2027 dari Penata Muda Tingkat I (III/b) ke Penata (III/c) "
          "sudah saya serahkan melalui pengelola kepegawaian kantor pada 10 Desember 2026 dan tercatat di buku "
          "ekspedisi BKPSDM. Namun ketika daftar usulan diumumkan pada 2 Februari 2027, nama saya tidak ada dan "
          "petugas menyatakan berkas saya tidak ditemukan.")
    loss = ("Bila tidak diusulkan periode ini, kenaikan pangkat saya mundur enam bulan dan saya kehilangan "
            "kenaikan gaji yang seharusnya saya terima.")
    res = ("Saya meminta berkas saya dicari dan tetap diusulkan pada periode April 2027, atau saya diberi "
           "kesempatan menyerahkan ulang berkas sebelum batas waktu.")
    junk_css = "\n".join(f".c{k:03d}{{margin:{k % 7}px;padding:{k % 5}px;color:#{(k * 2654435761) % 0xFFFFFF:06x}}}"
                         for k in range(400))
    junk_js = "\n".join(f"  t.push([{k},'{hashlib.sha1(str(k).encode()).hexdigest()}']);" for k in range(300))
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Formulir Pengaduan - Nama: Budi Contoh</title>
<style type="text/css">
/* Template: Nama : Budi Contoh ; Alamat : Jl. Template No. 0, Desa Contoh */
.kerugian:before {{ content: "Kerugian: pemohon kehilangan Rp 99.999.999 (contoh)"; }}
{junk_css}
</style>
<script type="text/javascript">
var signature = "Hormat saya,\\nBudi Contoh";
var alamat = "Alamat : Jl. Template No. 0, Desa Contoh, Kecamatan Contoh";
var t = [];
{junk_js}
document.addEventListener('DOMContentLoaded', function () {{ /* Bangil, 1 Januari 2027 */ }});
</script>
<!--[if mso]><style>.x{{font-family:Arial}}</style><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body>
<!-- header tracking pixel; Nama : Budi Contoh ; NIK : 3500000000000000 ; HP : 0800-0000-0000 -->
<div class="wrap">
<p>Pasrepan, 5 Februari 2027</p>
<p>Yth. Kepala BKPSDM Kabupaten Pasuruan</p>
<!-- <p>Hormat saya,<br>Budi Contoh</p> -->
<p>Dengan hormat, saya yang bertanda tangan di bawah ini:</p>
<p>Nama : {name}<br>Alamat : {addr}<br>No. HP : 0813-3008-2457</p>
<p>menyampaikan pengaduan sebagai berikut.</p>
<p><strong>Uraian:</strong><br>{sd}</p>
<script>t.push(['Permintaan penyelesaian: kembalikan uang Rp 99.999.999 (contoh)']);</script>
<p><strong>Kerugian:</strong><br>{loss}</p>
<style>.foot{{color:#999}} /* Salam, Budi Contoh */</style>
<p><strong>Permintaan penyelesaian:</strong><br>{res}</p>
<p>Demikian, terima kasih.</p>
<p>Hormat saya,</p>
<!-- signature block disabled by the form: Budi Contoh -->
</div>
<script>/* Uraian: contoh uraian pengaduan untuk pengujian formulir */ window.t = t;</script>
</body></html>
"""
    check_in(html, addr, sd, loss, res)
    tag = "q17"
    data = headers(tag, hdate(2027, 2, 5, 22, 31, 9), "Yoga Pratama <yoga.pratama.p@example.org>",
                   "Pengaduan berkas usul kenaikan pangkat hilang", "example.org", ip="192.0.2.246")
    data += single("text/html", "utf-8", "quoted-printable", html)
    put("hostile/q17.eml", data)
    complaint("hostile/q17.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Pasrepan", "date": "2027-02-05", "signed": False,
        "email": "yoga.pratama.p@example.org", "phone": "081330082457", "nik": None},
        "mutasi", "HTML-only body (~40 KB) full of <style>, <script>, comments and an [if mso] conditional "
        "comment holding decoys (a 'Budi Contoh' name, address, NIK, phone, loss, request, date and a "
        "'Hormat saya, Budi Contoh' signature) that are not the letter; the visible letter ends 'Hormat "
        "saya,' with no name (unsigned); lost promotion file (mutasi); missing signed")


def q18():
    """NUL bytes between paragraphs and as padding at the end of a plain body."""
    name = "Fajar Nugroho"
    sd = ("Saya dinyatakan lulus seleksi PPPK Paruh Waktu Tahun 2026 untuk jabatan Operator Layanan "
          "Operasional di Kecamatan Nguling dan sudah mengisi daftar riwayat hidup di SSCASN pada Desember "
          "2026. Namun pada pengumuman penetapan Nomor Induk PPPK tanggal 25 Januari 2027 nama saya tidak ada, "
          "sementara seluruh rekan satu formasi sudah mendapatkan nomor induk.")
    loss = ("Saya belum dapat menandatangani perjanjian kerja sehingga honor saya sejak Januari 2027 belum "
            "dibayarkan.")
    res = ("Mohon BKPSDM menelusuri usulan nomor induk saya ke BKN dan menyampaikan hasilnya kepada saya "
           "secara tertulis.")
    paras = ["Yth. Petugas Pengaduan BKPSDM Kabupaten Pasuruan,",
             f"Saya {name}, nomor HP 0895-3620-1174, ingin menyampaikan pengaduan.",
             "Uraian:\n" + sd, "Kerugian:\n" + loss, "Permohonan:\n" + res,
             "Nguling, 6 Februari 2027", "Terima kasih,\n" + name]
    check_in("\n".join(paras), sd, loss, res)
    body = b""
    for k, ptxt in enumerate(paras):
        body += ptxt.encode("utf-8") + b"\n" + b"\x00" * (1 + k % 3) + b"\n"
    body += b"\x00" * 1024 + b"\n"
    tag = "q18"
    data = headers(tag, hdate(2027, 2, 6, 18, 2, 55), "Fajar Nugroho <fajar.nugroho95@example.net>",
                   "Pengaduan nomor induk PPPK paruh waktu", "example.net", ip="203.0.113.175",
                   extra="X-Mailer: Smail-Lite 0.9\n")
    data += b'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + body
    put("hostile/q18.eml", data)
    complaint("hostile/q18.eml", "hostile_ok", {
        "name": name, "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Nguling", "date": "2027-02-06", "signed": True,
        "email": "fajar.nugroho95@example.net", "phone": "089536201174", "nik": None},
        "pengadaan", "plain body with NUL bytes after every paragraph and 1 KB of NUL padding at the end: "
        "readable text, must exit 0; a PPPK part-time appointment number (pengadaan); closing 'Terima "
        "kasih, / Fajar Nugroho'; no address; missing address")


# ---------------------------------------------------------------- auto_reply
def q19():
    """Indonesian out-of-office from Zimbra (Auto-Submitted with a comment), letter-like, mentions cuti."""
    tag = "q19"
    text = """Yth. Bapak/Ibu,

Terima kasih atas email Bapak/Ibu. Saya sedang menjalani cuti besar sampai dengan tanggal 1 Maret 2027 dan tidak dapat membuka email selama masa cuti.

Untuk urusan kepegawaian yang mendesak, silakan menghubungi Bapak Joko Susanto (Subbagian Umum dan Kepegawaian) di nomor 0812-3456-7012.

Pasuruan, 8 Februari 2027

Hormat saya,
Dra. Sri Utami
Kepala Subbagian Umum dan Kepegawaian
Dinas Pendidikan Kabupaten Pasuruan
"""
    extra = (f"In-Reply-To: {msgid('disp-0071', 'example.go.id')}\n"
             "Auto-Submitted: auto-replied (zimbra; vacation)\n"
             "X-Mailer: Zimbra 10.0.6_GA_4200\n")
    data = headers(tag, hdate(2027, 2, 9, 8, 1, 14), "Sri Utami <sri.utami@disdik.example.go.id>",
                   "Sedang cuti: Re: Disposisi pengaduan PGD-2027-0071", "disdik.example.go.id",
                   ip="192.0.2.44", extra=extra)
    data += single("text/plain", "utf-8", "quoted-printable", text)
    put("auto_reply/q19.eml", data)
    unscored("auto_reply/q19.eml", "auto_reply",
             "Indonesian out-of-office from Zimbra ('Auto-Submitted: auto-replied (zimbra; vacation)', subject "
             "'Sedang cuti: Re: ...'); reads like a letter: place/date line, 'Hormat saya,' + name, a phone "
             "number, the word 'cuti'", auto_reply=True)


def q20():
    """English Exchange out-of-office: 'Automatic reply:' + X-Auto-Response-Suppress, no Auto-Submitted."""
    tag = "q20"
    text = """Thank you for your email.

I am out of the office from 8 to 19 February 2027 with limited access to email. Your message will not be forwarded.

For urgent matters regarding the civil-service data migration project, please contact Ms. Anita Rahayu at anita.rahayu@consult.example.com or +62 31 5550 1234.

Best regards,
Daniel Hartanto
Senior Consultant
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + html_escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</div></body></html>\n")
    extra = (f"In-Reply-To: {msgid('ack-0088', 'example.go.id')}\n"
             "Thread-Topic: Tanda Terima Pengaduan PGD-2027-0088\n"
             "Thread-Index: AQHZ3k5Q8y2v1b0aE0u2X4l9kq7J2w==\n"
             "X-Auto-Response-Suppress: All\n"
             "X-MS-Exchange-Inbox-Rules-Loop: daniel.hartanto@consult.example.com\n"
             "X-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n"
             "Content-Language: en-US\n")
    data = headers(tag, hdate(2027, 2, 10, 3, 12, 40, tz=0), "Daniel Hartanto <daniel.hartanto@consult.example.com>",
                   "Automatic reply: Tanda Terima Pengaduan PGD-2027-0088", "consult.example.com",
                   ip="198.51.100.150", extra=extra)
    data += multipart("alternative", boundary(tag, "outlook"), [
        leaf("text/plain", "utf-8", "base64", text),
        leaf("text/html", "utf-8", "base64", html)])
    put("auto_reply/q20.eml", data)
    unscored("auto_reply/q20.eml", "auto_reply",
             "English Exchange out-of-office: subject 'Automatic reply: ...', X-Auto-Response-Suppress: All "
             "and X-MS-Exchange-Inbox-Rules-Loop, but no Auto-Submitted header; base64 alternative parts",
             auto_reply=True)


def q21():
    """Exchange-style NDR (multipart/report delivery-status) returning our disposition mail, which
    carries a whole complaint; no Auto-Submitted."""
    tag = "q21"
    human = """Delivery has failed to these recipients or groups:

bidang.mutasi@example.go.id
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mx1.example.go.id

bidang.mutasi@example.go.id
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    human_html = ("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to "
                  "bidang.mutasi@example.go.id couldn't be delivered.</font></b></p>"
                  + html_escape(human).replace("\n\n", "</p><p>").replace("\n", "<br>")
                  + "</body></html>\n")
    status = """Reporting-MTA: dns;mx1.example.go.id
Received-From-MTA: dns;app1.example.go.id
Arrival-Date: Wed, 10 Feb 2027 02:14:07 +0000

Final-Recipient: rfc822;bidang.mutasi@example.go.id
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig_body = """Yth. Kepala Bidang Mutasi dan Promosi,

Bersama ini kami teruskan pengaduan nomor PGD-2027-0093 untuk ditindaklanjuti sesuai kewenangan Bidang, paling lambat tanggal 15 Februari 2027.

Nama    : Teguh Wiyono
Alamat  : Dusun Karangsono RT 02 RW 01, Desa Karangsono, Kecamatan Kraton
No. HP  : 0812-7788-1290

Uraian pengaduan:
Usul kenaikan pangkat pengadu periode Oktober 2026 belum diproses walaupun berkas sudah dinyatakan lengkap.

Kerugian:
Pengadu kehilangan kenaikan gaji sekitar Rp 200.000 per bulan.

Permintaan penyelesaian:
Pengadu meminta SK kenaikan pangkat segera diterbitkan.

Bangil, 10 Februari 2027

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
    orig = (f"Date: {hdate(2027, 2, 10, 9, 14, 5)}\nFrom: {AGENCY}\n"
            "To: Bidang Mutasi dan Promosi <bidang.mutasi@example.go.id>\n"
            "Subject: Disposisi Pengaduan PGD-2027-0093\n"
            f"Message-ID: {msgid('disp-0093', 'example.go.id')}\nMIME-Version: 1.0\n").encode()
    orig += single("text/plain", "utf-8", "8bit", orig_body)
    data = headers(tag, hdate(2027, 2, 10, 2, 14, 9, tz=0),
                   "Microsoft Outlook <postmaster@example.go.id>",
                   "Undeliverable: Disposisi Pengaduan PGD-2027-0093", "example.go.id", recv=False,
                   to=AGENCY, extra="X-MS-Exchange-Message-Is-Ndr:\nContent-Language: en-US\n")
    bnd = boundary(tag, "outlook")
    alt = multipart("alternative", boundary(tag, "outlook", 2), [
        leaf("text/plain", "us-ascii", "quoted-printable", human),
        leaf("text/html", "us-ascii", "quoted-printable", human_html)])
    data += multipart("report", bnd, [
        alt,
        b"Content-Type: message/delivery-status\n\n" + status.encode(),
        b"Content-Type: message/rfc822\n\n" + orig],
        params=" report-type=delivery-status;")
    put("auto_reply/q21.eml", data)
    unscored("auto_reply/q21.eml", "auto_reply",
             "Exchange-style non-delivery report (multipart/report; report-type=delivery-status, from "
             "postmaster, 'Undeliverable:'), no Auto-Submitted header; the returned message is our "
             "disposition mail that carries a whole complaint (Nama/Alamat/Uraian/Kerugian/Permintaan, "
             "place/date line, closing)", auto_reply=True)


def q22():
    """A read receipt (multipart/report; report-type=disposition-notification), no Auto-Submitted."""
    tag = "q22"
    human = """Ini adalah tanda terima untuk email yang Anda kirim kepada lilik.mahmudah@example.net pada 11/02/2027 10.05.

Catatan: Tanda terima ini hanya menyatakan bahwa pesan telah ditampilkan di komputer penerima. Tidak ada jaminan bahwa penerima telah membaca atau memahami isi pesan.
"""
    mdn = f"""Reporting-UA: mail.example.net; Thunderbird 115.8.0
Final-Recipient: rfc822;lilik.mahmudah@example.net
Original-Message-ID: {msgid('ack-0102', 'example.go.id')}
Disposition: automatic-action/MDN-sent-automatically; displayed
"""
    orig_hdrs = f"""Date: {hdate(2027, 2, 11, 10, 5, 0)}
From: {AGENCY}
To: Lilik Mahmudah <lilik.mahmudah@example.net>
Subject: Tanda Terima Pengaduan PGD-2027-0102
Message-ID: {msgid('ack-0102', 'example.go.id')}
"""
    data = headers(tag, hdate(2027, 2, 11, 19, 40, 3), "Lilik Mahmudah <lilik.mahmudah@example.net>",
                   "Dibaca: Tanda Terima Pengaduan PGD-2027-0102", "example.net", ip="203.0.113.64",
                   extra=f"In-Reply-To: {msgid('ack-0102', 'example.go.id')}\n"
                         f"References: {msgid('ack-0102', 'example.go.id')}\n"
                         "User-Agent: Mozilla Thunderbird\n")
    data += multipart("report", boundary(tag, "thunder"), [
        leaf("text/plain", "UTF-8", "8bit", human),
        b"Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\n"
        b"Content-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n" + mdn.encode(),
        b"Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\n"
        b"Content-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n" + orig_hdrs.encode()],
        params=" report-type=disposition-notification;")
    put("auto_reply/q22.eml", data)
    unscored("auto_reply/q22.eml", "auto_reply",
             "read receipt (MDN): multipart/report; report-type=disposition-notification from a citizen's "
             "Thunderbird, subject 'Dibaca: ...', no Auto-Submitted or Precedence header", auto_reply=True)


def q23():
    """Mailman MIME digest (multipart/digest) of a civil-servants' forum; one post reads like a complaint."""
    tag = "q23"
    list_hdrs = ("Sender: \"Forum-Kepegawaian\" <forum-kepegawaian-bounces@lists.example.org>\n"
                 "Errors-To: forum-kepegawaian-bounces@lists.example.org\n"
                 "Precedence: list\n"
                 "X-BeenThere: forum-kepegawaian@lists.example.org\n"
                 "X-Mailman-Version: 2.1.39\n"
                 "List-Id: Forum diskusi kepegawaian ASN <forum-kepegawaian.lists.example.org>\n"
                 "List-Unsubscribe: <https://lists.example.org/mailman/options/forum-kepegawaian>,\n"
                 " <mailto:forum-kepegawaian-request@lists.example.org?subject=unsubscribe>\n"
                 "List-Archive: <https://lists.example.org/pipermail/forum-kepegawaian/>\n"
                 "List-Post: <mailto:forum-kepegawaian@lists.example.org>\n"
                 "List-Help: <mailto:forum-kepegawaian-request@lists.example.org?subject=help>\n"
                 "List-Subscribe: <https://lists.example.org/mailman/listinfo/forum-kepegawaian>,\n"
                 " <mailto:forum-kepegawaian-request@lists.example.org?subject=subscribe>\n")
    intro = """Kirim kiriman untuk milis Forum-Kepegawaian ke
	forum-kepegawaian@lists.example.org

Untuk berlangganan atau berhenti berlangganan melalui web, kunjungi
	https://lists.example.org/mailman/listinfo/forum-kepegawaian

Topik Hari Ini:

   1. SK kenaikan pangkat belum terbit 6 bulan (Teguh)
   2. Re: Jadwal uji kompetensi JF 2027 (Admin Forum)
"""
    post1 = """Rekan-rekan forum,

SK kenaikan pangkat saya periode Agustus 2026 sampai sekarang belum terbit, padahal berkas sudah lengkap sejak Mei. Akibatnya saya kehilangan selisih gaji sekitar Rp 180.000 per bulan. Mohon saran, sebaiknya saya mengadu ke mana dan bagaimana caranya?

Salam,
Teguh
"""
    post2 = """Jadwal uji kompetensi jabatan fungsional tahun 2027 akan diumumkan melalui laman instansi pembina masing-masing. Silakan pantau secara berkala.

Admin Forum
"""
    footer = """_______________________________________________
Forum-Kepegawaian mailing list
forum-kepegawaian@lists.example.org
https://lists.example.org/mailman/listinfo/forum-kepegawaian
"""

    def post(n, date, frm, subj, body):
        return b"Content-Type: message/rfc822\nMIME-Version: 1.0\n\n" + (
                f"Message: {n}\nDate: {date}\nFrom: {frm}\nTo: forum-kepegawaian@lists.example.org\n"
                f"Subject: [Forum-Kepegawaian] {subj}\nMessage-ID: {msgid(f'q23-post{n}', 'example.com')}\n"
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
                + body).encode()
    digest = multipart("digest", boundary(tag, "thunder", 2), [
        post(1, hdate(2027, 2, 11, 20, 4, 0), "Teguh W <teguh.w@example.com>",
             "SK kenaikan pangkat belum terbit 6 bulan", post1),
        post(2, hdate(2027, 2, 12, 7, 30, 0), "Admin Forum <admin@lists.example.org>",
             "Re: Jadwal uji kompetensi JF 2027", post2)])
    data = headers(tag, hdate(2027, 2, 12, 12, 0, 2), "forum-kepegawaian-request@lists.example.org",
                   "Forum-Kepegawaian Digest, Vol 14, Issue 6", "lists.example.org", ip="192.0.2.7",
                   to="forum-kepegawaian@lists.example.org", extra=list_hdrs)
    data += multipart("mixed", boundary(tag, "thunder", 1), [
        leaf("text/plain", "utf-8", "7bit", intro, extra="Content-Description: Forum-Kepegawaian Digest, Vol 14, Issue 6\n"),
        digest,
        leaf("text/plain", "us-ascii", "7bit", footer, extra="Content-Description: Digest Footer\n")])
    put("auto_reply/q23.eml", data)
    unscored("auto_reply/q23.eml", "auto_reply",
             "Mailman MIME digest (multipart/digest of message/rfc822 posts) with Precedence: list, List-Id, "
             "List-Unsubscribe and friends; addressed to the list, not to us; the first post reads like a "
             "complaint (promotion decree late, loss per month, 'Salam, Teguh')", auto_reply=True)


def q24():
    """Challenge-response spam filter: 'please verify you are human' (Auto-Submitted, Precedence: junk)."""
    tag = "q24"
    text = """Halo,

Pesan Anda kepada tri.handoko@example.net dengan subjek "Permintaan Kelengkapan Pengaduan PGD-2027-0097" ditahan oleh SpamShield karena alamat Anda belum terdaftar sebagai pengirim tepercaya.

Untuk membuktikan bahwa Anda manusia dan bukan pengirim spam, klik tautan di bawah ini dan ketik kode yang tampil di layar. Pesan Anda akan diteruskan setelah verifikasi berhasil. Tautan berlaku 72 jam.

https://verify.spamshield.example.com/c/7KQ2-93XH-PL0D

---

Hello,

Your message to tri.handoko@example.net with the subject "Permintaan Kelengkapan Pengaduan PGD-2027-0097" is being held. Please verify you are human by visiting the link above. You only need to do this once.

SpamShield - protecting Tri Handoko's inbox
"""
    extra = (f"In-Reply-To: {msgid('req-0097', 'example.go.id')}\n"
             "Auto-Submitted: auto-replied\nPrecedence: junk\n"
             "Reply-To: verify+7KQ293XHPL0D@spamshield.example.com\n"
             "X-SpamShield-Challenge: 7KQ2-93XH-PL0D\n")
    data = headers(tag, hdate(2027, 2, 12, 9, 21, 57), "SpamShield atas nama Tri Handoko <verify@spamshield.example.com>",
                   "Mohon verifikasi: pesan Anda kepada tri.handoko@example.net ditahan", "spamshield.example.com",
                   ip="198.51.100.222", extra=extra)
    data += single("text/plain", "utf-8", "8bit", text)
    put("auto_reply/q24.eml", data)
    unscored("auto_reply/q24.eml", "auto_reply",
             "challenge-response spam filter asking us to 'verify you are human' before our request for "
             "missing items is delivered (Auto-Submitted: auto-replied, Precedence: junk); Indonesian + English",
             auto_reply=True)


# ---------------------------------------------------------- hostile (exit 3)
def png_chunk(ctype: bytes, payload: bytes) -> bytes:
    return (struct.pack(">I", len(payload)) + ctype + payload
            + struct.pack(">I", zlib.crc32(ctype + payload) & 0xFFFFFFFF))


def junk(seed, n):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


def q25():
    """A PNG with a valid signature and IHDR, then random bytes instead of chunks."""
    data = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1654, 2339, 8, 0, 0, 0, 0))
            + junk(2501, 24000))
    put("hostile/q25.png", data)
    unscored("hostile/q25.png", "hostile_error",
             "PNG with a valid signature and a valid IHDR chunk (1654x2339 grey) followed by 24 KB of random "
             "bytes instead of IDAT/IEND chunks: corrupt, exit 3", expect_exit=3)


def q26():
    """A JPEG cut right after its header segments (no scan data at all)."""
    page = render_scan([("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "Dengan hormat,")],
                       2601, dpi=150, angle=0.0, paper=250, noise=2.0, blur=0.0, specks=False)
    full = img_bytes(page, "JPEG", 150, quality=80)
    sos = full.find(b"\xff\xda")
    assert sos > 0
    data = full[:sos]
    put("hostile/q26.jpg", data)
    unscored("hostile/q26.jpg", "hostile_error",
             f"JPEG cut after its header segments (SOI, JFIF, DQT, SOF0, DHT: {len(data)} bytes), before the "
             "start of scan: no image data, exit 3", expect_exit=3)


def q27():
    """A file with a %PDF header whose objects, xref and startxref are garbage."""
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    for i in range(1, 8):
        out += b"%d 0 obj\n" % i + junk(2700 + i, 900) + b"\nendobj\n"
    out += b"xref\n" + junk(2799, 400) + b"\n"
    out += b"startxref\n48213\n%%EOF\n"
    put("hostile/q27.pdf", bytes(out))
    unscored("hostile/q27.pdf", "hostile_error",
             "%PDF-1.6 header and 'N 0 obj ... endobj' frames whose contents, xref table and startxref are "
             "random bytes (no trailer, no catalogue, no page): exit 3", expect_exit=3)


def q28():
    """A .pdf that is really a ZIP archive."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, payload in [
                ("lampiran/keterangan.txt",
                 "Berkas lampiran untuk pengaduan. Surat pengaduan dikirim terpisah.\n".encode()),
                ("lampiran/foto_ktp.jpg", b"\xff\xd8\xff\xe0" + junk(2801, 3000) + b"\xff\xd9"),
                ("lampiran/bukti_bayar.jpg", b"\xff\xd8\xff\xe0" + junk(2802, 2000) + b"\xff\xd9")]:
            zi = zipfile.ZipInfo(name, date_time=(2027, 2, 3, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, payload)
    put("hostile/q28.pdf", buf.getvalue())
    unscored("hostile/q28.pdf", "hostile_error",
             "a .pdf file that is really a ZIP archive (PK header; a note and two image-like files, no "
             "letter): unsupported, exit 3", expect_exit=3)


def q29():
    """An .eml file that is only binary noise."""
    data = b"\x00\x9f\x1e\xd3" + junk(2901, 12000)
    put("hostile/q29.eml", data)
    unscored("hostile/q29.eml", "hostile_error",
             "an .eml file of 12 KB random binary noise (starts with a NUL, no header lines, no text): not an "
             "e-mail, exit 3", expect_exit=3)


def q30():
    """A TIFF whose first IFD has a huge entry count and garbage entries."""
    page = render_scan([("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "Dengan hormat,")],
                       3001, dpi=100, angle=0.0, paper=250, noise=2.0, blur=0.0, specks=False)
    t = bytearray(img_bytes(page, "TIFF", 100, compression="tiff_lzw"))
    assert t[:4] == b"II*\x00"
    off = struct.unpack("<I", t[4:8])[0]
    n = struct.unpack("<H", t[off:off + 2])[0]
    g = junk(3002, n * 12 + 4)
    t[off + 2:off + 2 + n * 12 + 4] = g
    t[off:off + 2] = struct.pack("<H", 0xFFF0)
    put("hostile/q30.tif", bytes(t))
    unscored("hostile/q30.tif", "hostile_error",
             "TIFF (little-endian, LZW) whose first IFD claims 65520 entries and whose entries and next-IFD "
             "offset are random bytes: broken IFD, exit 3", expect_exit=3)


def q31():
    """A PNG declaring 100000 x 100000 pixels (decompression-bomb dimensions) in 2 KB."""
    raw = zlib.compress(b"\x00" * (1 + 100000) * 16, 9)
    data = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0))
            + png_chunk(b"pHYs", struct.pack(">IIB", 7874, 7874, 1))
            + png_chunk(b"IDAT", raw) + png_chunk(b"IEND", b""))
    assert len(data) < 10000
    put("hostile/q31.png", data)
    unscored("hostile/q31.png", "hostile_error",
             f"PNG declaring 100000 x 100000 grey pixels (10 gigapixels, a decompression bomb) in {len(data)} "
             "bytes, its IDAT holding only 16 rows: too large, exit 3 (without trying to allocate it)",
             expect_exit=3)


def q32():
    """A .docx whose ZIP is cut in half (no central directory)."""
    buf = io.BytesIO()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(f"<w:p><w:r><w:t>{hashlib.sha1(str(k).encode()).hexdigest()}</w:t></w:r></w:p>"
                     for k in range(400))
           + "</w:body></w:document>")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, payload in [
                ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
                 'ContentType="application/xml"/></Types>'),
                ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(name, date_time=(2027, 2, 3, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, payload)
    full = buf.getvalue()
    data = full[:len(full) // 2]
    put("hostile/q32.docx", data)
    unscored("hostile/q32.docx", "hostile_error",
             f".docx whose ZIP container is cut to half its bytes ({len(data)} of {len(full)}: no central "
             "directory, document.xml truncated mid-stream): corrupt, exit 3", expect_exit=3)


ITEMS = [q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12,
         q13, q14, q15, q16, q17, q18,
         q19, q20, q21, q22, q23, q24,
         q25, q26, q27, q28, q29, q30, q31, q32]


README_HEAD = """# heldout25 — blind held-out set for `pengaduan extract`

Theme: **the odd and the automatic, around ordinary complaints.**

{n} items with ground truth in `truth.jsonl` (same format and scoring rules as
`/work/shared/samples/README.md` and `/work/shared/tools/score.py`). Everything
here is produced by `make_heldout25.py` (standard library + Pillow + numpy;
fixed seeds, Message-IDs, boundaries and timestamps). Run it from the
repository root with `.venv/bin/python tests/extract/heldout25/make_heldout25.py`;
two runs give byte-identical files.

**Written blind.** The letters and the truth were written from the
specification only (`procedure-id.md`, `DESIGN.md`, the samples' README,
truth format and a few sample files, `score.py`). The rendering helpers (PDF
writer, signature scribble, scan renderer, MIME helpers) were copied from
heldout23's generator; every letter, auto-reply and hostile file is new. The
author did not read the extractor's code or any other test set. All people,
addresses, NIKs, phone numbers and mail addresses are invented; mail
addresses use `example.*` domains (the agency mailbox is
`pengaduan@example.go.id`). Dates run from late January to mid-February 2027.
Every file is under 2 MB (the decompression bomb declares 10 gigapixels in
about 2 KB).

| folder | category | n | what |
|---|---|---|---|
| `email_plain/` | `email_plain` | 3 | a complaint written above the agency's quoted auto-acknowledgement (a human reply, not an auto-reply); a formal Roman-numbered letter with `Auto-Submitted: no` and CRLF line ends; a short unsigned report of an illegal fee sent at +0800 |
| `email_mime/` | `email_mime` | 3 | Gmail alternative utf-8 QP; HTML-only in multipart/related with an inline logo (base64, `<h3>` headings); an alternative whose text part is only an "HTML message" placeholder |
| `email_pdf/` | `email_pdf` | 3 | cover note + text PDF: vector signature; Times PDF with a two-column header and a PNG signature; an unsigned letter under a cover note that closes with a name |
| `scan/` | `scan` | 3 | image-only PDF (grey, 200 dpi); bilevel CCITT G4 TIFF (fax-like); colour JPG with no place/date line |
| `hostile/` | `hostile_ok` | 6 | odd but readable, the letter is scored: 300 nested multipart levels; a 200 KB `References:` line; the letter only inside a message/rfc822 attachment; TNEF `winmail.dat` + x-uuencode part with a traversal/control-character filename; HTML full of script/style/comment decoys; NUL bytes in the body |
| `auto_reply/` | `auto_reply` | 6 | Indonesian Zimbra out-of-office; English Exchange out-of-office without Auto-Submitted; Exchange NDR (multipart/report) returning a disposition that carries a complaint; read receipt (disposition-notification); Mailman MIME digest (`Precedence: list`, List-Id); challenge-response "verify you are human" |
| `hostile/` | `hostile_error` | 8 | unreadable, exit 3: PNG with garbage after IHDR; JPEG cut before its scan; PDF with garbage objects/xref; ZIP named `.pdf`; `.eml` of binary noise; TIFF with a broken IFD; PNG bomb (100000 x 100000); `.docx` cut in half |

Complaints scored on fields: {nc} ({ncomplete} complete; {ninc} incomplete).
Divisions: {divs}.

Truth conventions (as in the samples' README):

- free-text fields are the exact passage without its label, wrapped lines
  joined with one space;
- `name` is the complainant as written in the letter (titles included); a
  quoted agency signature ("Tim Pengaduan BKPSDM", q01), a deceased husband
  (q06) and decoys in HTML `<script>`/`<style>`/comments (q17) are not names;
- `address` is the complainant's home address; a workplace or a school is not
  (q03, q11);
- `place` is only the place of the place/date line; a date line without a
  place gives `place` null (q14); a scan with no place/date line has `place`
  and `date` null (q12);
- `date` of an e-mail whose letter has no date is the `Date:` header's date
  as written by the sender (q01; q03 is 06:42 +0800, the previous day in UTC);
  a quoted mail's date is not the letter's date (q01);
- `signed` in an e-mail letter = a closing followed by the writer's name
  ("Salam, / Hariyanto W.", "Pelapor, / name", "Terima kasih, / name");
  a closing followed only by a mail-client footer (q03) or by nothing (q17)
  is unsigned, whatever hides in the HTML source. For an attached letter
  (PDF, message/rfc822) the attached letter's signature counts, not the cover
  note's (q09 unsigned under a cover that closes with a name);
- `email` is the `From:` address for e-mail items; for a scan, an address
  written in the letter (q10);
- `phone` digits with a leading 0; 18-digit NIPs are not NIKs;
- `division` follows the table in `procedure-id.md`; staff conduct, illegal
  fees and facilities go to `sekretariat` (q03 pension decree, q10 decree
  legalisation, q16 counter hours); a procurement (*pengadaan barang/jasa*)
  training certificate is training, `kompetensi` (q15);
- `ocr` is true for all `scan/` items;
- which inputs are unreadable (exit 3) follows DESIGN.md: corrupt,
  encrypted, unsupported or too large. So a PNG/JPEG/TIFF/PDF/DOCX whose
  structure is broken, a ZIP posing as a PDF, an `.eml` that is only binary
  noise (no header, no text: not an e-mail) and an image whose declared size
  is a decompression bomb are exit 3. A valid 1x1-pixel image was
  deliberately left out: it is readable (just empty), so exit 3 would not
  follow from the contract;
- auto-replies, and the unreadable files, have `fields`, `missing`,
  `complete` and `division` null; `Auto-Submitted: no` (q02) and a reply to
  our own auto-acknowledgement (q01) are not auto-replies.

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
        miss = "—" if t["missing"] is None else (", ".join(t["missing"]) or "none")
        div = t["division"] or "—"
        note = t["note"].replace("|", "/")
        if t["expect_exit"] == 3:
            miss = "exit 3"
        elif t["auto_reply"]:
            miss = "auto_reply"
        rows.append(f"| `{t['file']}` | {t['category']} | {miss} | {div} | {note} |")
    (HERE / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


def main():
    for fn in ITEMS:
        fn()
    assert len({t["file"] for t in TRUTH}) == len(TRUTH) == len(FILES)
    for rel, data in FILES.items():
        assert len(data) < 2 * 1024 * 1024, (rel, len(data))
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
    write_readme()
    print(f"wrote {len(FILES)} files and {len(TRUTH)} truth lines to {HERE}")


if __name__ == "__main__":
    main()
