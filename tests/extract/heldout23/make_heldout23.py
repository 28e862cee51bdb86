#!/usr/bin/env python3
"""Generate the blind held-out set `heldout23` for `pengaduan extract`.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and score.py), without looking at the
extractor or at other test sets' letters.  The rendering helpers (PDF
writer, signature scribble, scan renderer, stamp, phone photo, MIME helpers)
are adapted from heldout19's generator and extended (logo letterheads,
tables, two-column headers, paired signatures, revenue stamps, a choice of
fonts, uneven-light phone photos); every letter is new.

Run from the repository root:
    .venv/bin/python tests/extract/heldout23/make_heldout23.py

Everything is deterministic (fixed seeds, fixed Message-IDs, boundaries and
timestamps).  Standard library + Pillow + numpy only.  All people,
addresses, NIKs, phone numbers and e-mail addresses are invented; mail
addresses use example.* domains.
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
SET = "heldout23"
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
    qid = hashlib.sha1(("h23" + tag).encode()).hexdigest()[:10].upper()
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
# ---------------------------------------------------------------- email_plain
def t01():
    """WhatsApp-style chatty reply under a quoted agency mail; sent 00:21 local time."""
    sd = ("sy sdh ngajukan kartu suami (karsu) sejak bln juni 2026 lwt operator sekolah, berkas lengkap "
          "(akta nikah, KK, pas foto). tp smp skrg karsu blm jadi jg, pas sy tanya ke loket katanya "
          "\"masih proses di BKN\" trs, udah 3x sy bolak balik.")
    loss = ("gara2 karsu blm ada, suami sy gk bisa didaftarkan jd tanggungan di BPJS kesehatan sy, jd bulan "
            "kemarin pas suami opname 4 hari di RS kita bayar sendiri hampir Rp 3.200.000 😭")
    res = ("tolong dicek ya pak/bu posisi berkas karsu sy, kalo emang ada yg kurang kabari aja biar sy "
           "lengkapi, dan mohon bisa segera diterbitkan.")
    body = f"""selamat malam bapak/ibu admin, maaf baru sempat balas 🙏

sy Yunita Maharani, guru PNS di SDN Sumbersuko 2 kec. Gempol, no hp/wa 0856-4877-2310. mau ngadu soal karsu suami sy.

{sd}

{loss}

{res}

Makasih 🙏
Nita

> Pada Sen, 14 Des 2026 pukul 10.02, Pengaduan BKPSDM Kabupaten Pasuruan
> <pengaduan.bkpsdm@pasuruankab.go.id> menulis:
>
> Yth. Ibu Yunita,
>
> Terima kasih telah menghubungi kami melalui WhatsApp. Silakan sampaikan
> pengaduan Ibu secara tertulis melalui email ini dengan memuat nama dan
> alamat lengkap, uraian pelayanan yang tidak sesuai standar, kerugian yang
> dialami, permintaan penyelesaian, serta tempat dan tanggal penyampaian.
>
> Hormat kami,
> Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
    check_in(body, sd, loss, res)
    tag = "t01"
    extra = (f"In-Reply-To: {msgid('info-1214', 'pasuruankab.go.id')}\n"
             f"References: {msgid('info-1214', 'pasuruankab.go.id')}\n")
    data = headers(tag, hdate(2026, 12, 15, 0, 21, 7), "Yunita Maharani <yunita.maharani88@example.com>",
                   "Re: Informasi layanan pengaduan BKPSDM", "example.com", ip="198.51.100.23", extra=extra)
    data += single("text/plain", "UTF-8", "8bit", body)
    put("email_plain/t01.eml", data)
    complaint("email_plain/t01.eml", "email_plain", {
        "name": "Yunita Maharani", "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2026-12-15", "signed": True,
        "email": "yunita.maharani88@example.com", "phone": "085648772310", "nik": None},
        "pengadaan", "WhatsApp-style chatty mail (abbreviations, emoji, no labels), closing 'Makasih' + "
        "nickname 'Nita' (signed); a quoted agency mail below with 'nama dan alamat lengkap' wording and a "
        "14 Dec date; no place/date line: date = Date: header as sent (00:21 +0700 = 15 Dec local, 14 Dec "
        "UTC); school is the workplace, not an address; Karsu (pengadaan); missing address and place")


def t02():
    """Javanese-flavoured informal letter; no loss."""
    addr = "Dusun Ledug Krajan RT 02 RW 05 Desa Ledug Kec. Prigen"
    sd = ("bulan Oktober 2026 saya mengajukan cuti besar 3 bulan untuk berangkat ibadah haji, kloter saya "
          "berangkat Mei 2027. Berkas sudah lengkap, sudah ada persetujuan Pak Camat dan surat panggilan dari "
          "Kemenag. Tapi tanggal 28 Desember kemarin permohonan saya dikembalikan dengan catatan \"masa kerja "
          "belum memenuhi\", padahal saya sudah kerja 14 tahun terus menerus tanpa pernah ambil cuti besar.")
    res = ("Nyuwun tulung permohonan cuti besar kulo diperiksa ulang, dan kalau memang ada syarat yang kurang "
           "saya diberi tahu secara tertulis.")
    body = f"""Assalamualaikum wr. wb.

Nuwun sewu Bapak/Ibu petugas pengaduan BKPSDM,

Kulo Slamet Widodo, staf di Kantor Kecamatan Prigen, griya kulo wonten {addr}. HP 0812-3390-4471.

Ngapunten bahasanya campur2. Intinya begini pak: {sd}

{res}

Prigen, 6 Januari 2027

Matur nuwun sanget,
Slamet Widodo
"""
    check_in(body, addr, sd, res)
    tag = "t02"
    data = headers(tag, hdate(2027, 1, 6, 7, 12, 44), "slamet widodo <slamet.widodo.prigen@example.net>",
                   "nyuwun tulung, cuti besar kulo ditolak", "example.net", ip="203.0.113.41")
    data += single("text/plain", "utf-8", "8bit", wrap_all(body, 74))
    put("email_plain/t02.eml", data)
    complaint("email_plain/t02.eml", "email_plain", {
        "name": "Slamet Widodo", "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Prigen", "date": "2027-01-06", "signed": True,
        "email": "slamet.widodo.prigen@example.net", "phone": "081233904471", "nik": None},
        "kinerja", "Javanese-flavoured informal letter ('griya kulo wonten ...' = my home is at), address "
        "and phone in running text, wrapped at 74; cuti besar for the hajj (leave -> kinerja); no loss "
        "stated; missing loss")


def t03():
    """English-mixed letter with English labels and an abbreviated date."""
    addr = "Jl. Hayam Wuruk No. 27 RT 004 RW 001, Kel. Pogar, Kec. Bangil, Kab. Pasuruan"
    sd = ("Saya sudah lulus S2 Magister Sistem Informasi bulan Juli 2026 dengan izin belajar yang resmi dari "
          "BKPSDM (surat izin belajar terbit Agustus 2024). Permohonan pencantuman gelar sudah saya submit via "
          "SIASN sejak September 2026, tapi statusnya stuck di \"verifikasi BKPSDM\" for almost 4 months. "
          "Follow up via WA ke admin cuma di-read, no response at all.")
    loss = ("Karena gelar belum dicantumkan, saya nggak bisa apply seleksi jabatan fungsional Pranata Komputer "
            "Ahli Muda yang closing akhir Januari ini. Honestly it's quite frustrating, karena kesempatan ini "
            "baru ada lagi tahun depan.")
    res = ("Please segera verifikasi dan approve usulan pencantuman gelar saya di SIASN sebelum 25 Januari "
           "2027, atau kasih tahu secara jelas dokumen apa yang masih kurang.")
    body = f"""Dear Tim Pengaduan BKPSDM,

Sorry to bother, saya mau submit complaint regarding pencantuman gelar.

Name    : Rizky Ananda Putra, S.Kom.
Address : {addr}
Phone   : +62 821-4305-7718
NIK     : 3514052103930002

What happened:
{sd}

Impact:
{loss}

What I need:
{res}

Pasuruan, 12 Jan 2027

Best regards,
Rizky Ananda Putra
"""
    tag = "t03"
    data = headers(tag, hdate(2027, 1, 12, 13, 5, 19), "Rizky Ananda Putra <rizky.ananda@example.org>",
                   "Complaint soal pencantuman gelar S2 - urgent", "example.org", ip="192.0.2.77",
                   extra="X-Mailer: iPhone Mail (20H240)\n")
    data += single("text/plain", "us-ascii", "7bit", body)
    put("email_plain/t03.eml", data)
    complaint("email_plain/t03.eml", "email_plain", {
        "name": "Rizky Ananda Putra, S.Kom.", "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Pasuruan", "date": "2027-01-12", "signed": True,
        "email": "rizky.ananda@example.org", "phone": "082143057718", "nik": "3514052103930002"},
        "kompetensi", "English-mixed letter with English labels (Name/Address/Phone, What happened/Impact/"
        "What I need), +62 phone, date '12 Jan 2027', 'Best regards,' + name; degree recognition "
        "(pencantuman gelar -> kompetensi) although a functional-position selection is mentioned; complete")


# ---------------------------------------------------------------- email_mime
def t04():
    """Outlook HTML-only, windows-1252 quoted-printable, curly quotes and dashes."""
    name = "Dra. Endah Kusumawardani, M.Pd."
    addr = "Jl. Untung Suropati Gg. II No. 8, RT 03 RW 01, Kelurahan Kolursari, Kecamatan Bangil"
    sd = ("Usul kenaikan pangkat saya dari Pembina Tingkat I (IV/b) ke Pembina Utama Muda (IV/c) periode "
          "Desember 2026 sudah saya ajukan melalui SIASN sejak 3 September 2026 dengan PAK yang sudah "
          "ditetapkan. Pada akhir November status usul saya berubah menjadi “BTS” (berkas tidak sesuai) tanpa "
          "keterangan dokumen mana yang tidak sesuai, dan ketika saya konfirmasi ke bidang terkait, petugas "
          "hanya menyampaikan “nanti diusulkan lagi periode April”.")
    loss = ("Kenaikan pangkat saya mundur paling cepat empat bulan, sehingga saya kehilangan kenaikan gaji "
            "pokok kurang lebih Rp 290.000 per bulan; selain itu, saya akan memasuki batas usia pensiun pada "
            "tahun 2031 sehingga setiap penundaan mengurangi masa saya di pangkat IV/c.")
    res = ("Saya mohon agar usul kenaikan pangkat saya ditinjau kembali, kekurangan berkas (jika ada) "
           "diberitahukan secara tertulis, dan usul tersebut tetap diproses pada periode Desember 2026.")
    P = '<p class=MsoNormal>'
    PJ = "<p class=MsoNormal style='text-align:justify'>"

    def row(lab, val):
        return (f"<tr><td width=96 style='width:72.0pt;padding:0cm 5.4pt'>{P}{lab}<o:p></o:p></p></td>"
                f"<td width=14 style='padding:0cm 5.4pt'>{P}:<o:p></o:p></p></td>"
                f"<td width=420 style='padding:0cm 5.4pt'>{P}{val}<o:p></o:p></p></td></tr>\n")
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
--></style></head>
<body lang=EN-ID link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal align=right style='text-align:right'>Bangil, 4 Januari 2027<o:p></o:p></p>
{P}<o:p>&nbsp;</o:p></p>
{P}Perihal&nbsp;&nbsp;&nbsp;&nbsp;: Pengaduan usul kenaikan pangkat periode Desember 2026<o:p></o:p></p>
{P}<o:p>&nbsp;</o:p></p>
{P}Kepada<o:p></o:p></p>
{P}Yth. Kepala BKPSDM Kabupaten Pasuruan<o:p></o:p></p>
{P}di &#8211; Bangil<o:p></o:p></p>
{P}<o:p>&nbsp;</o:p></p>
{P}Dengan hormat,<o:p></o:p></p>
{P}Saya yang bertanda tangan di bawah ini:<o:p></o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
{row("Nama", name)}{row("NIP", "197104121998032006")}{row("Jabatan", "Pengawas Sekolah Ahli Madya, Dinas Pendidikan")}{row("Alamat", addr)}{row("Telepon", "0813-3017-6624")}</table>
{P}<o:p>&nbsp;</o:p></p>
{P}menyampaikan pengaduan sebagai berikut:<o:p></o:p></p>
{P}<b>A.&nbsp;Pelayanan yang tidak sesuai standar<o:p></o:p></b></p>
{PJ}{sd}<o:p></o:p></p>
{P}<b>B.&nbsp;Kerugian yang dialami<o:p></o:p></b></p>
{PJ}{loss}<o:p></o:p></p>
{P}<b>C.&nbsp;Penyelesaian yang diminta<o:p></o:p></b></p>
{PJ}{res}<o:p></o:p></p>
{P}<o:p>&nbsp;</o:p></p>
{P}Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.<o:p></o:p></p>
{P}<o:p>&nbsp;</o:p></p>
{P}Hormat saya,<o:p></o:p></p>
{P}<o:p>&nbsp;</o:p></p>
{P}{name}<o:p></o:p></p>
{P}<span style='font-size:9.0pt;color:#7F7F7F'>Pengawas Sekolah &#8211; Dinas Pendidikan Kabupaten Pasuruan<o:p></o:p></span></p>
</div>
</body>
</html>
"""
    check_in(html, sd, loss, res, addr)
    tag = "t04"
    extra = ("Thread-Topic: Pengaduan usul kenaikan pangkat\nThread-Index: AdtRk2N0c2VuZGFoa3VzdW1hd2FyZGFuaQ==\n"
             "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nContent-Language: id-ID\n")
    data = headers(tag, hdate(2027, 1, 4, 8, 15, 30),
                   f"{rfc2047('Endah Kusumawardani', 'windows-1252', 'Q')} <endah.kusumawardani@example.com>",
                   rfc2047("Pengaduan – usul kenaikan pangkat “BTS” di SIASN", "windows-1252", "Q"),
                   "example.com", ip="198.51.100.188", extra=extra)
    data += single("text/html", "windows-1252", "quoted-printable", html.encode("cp1252"))
    put("email_mime/t04.eml", data)
    complaint("email_mime/t04.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Bangil", "date": "2027-01-04", "signed": True,
        "email": "endah.kusumawardani@example.com", "phone": "081330176624", "nik": None},
        "mutasi", "Outlook HTML only (MsoNormal paragraphs, <o:p>, &nbsp;, identity in a borderless "
        "table), windows-1252 QP with curly quotes, RFC 2047 Q (windows-1252) subject with en dash and "
        "quotes; 18-digit NIP is not a NIK; job-title line in the signature; promotion (mutasi); complete")


def t05():
    """Gmail multipart/alternative utf-8 QP; text and HTML differ slightly; no requested resolution."""
    name = "Siti Maesaroh"
    addr = "Dusun Wonorejo RT 01 RW 06, Desa Karangrejo, Kecamatan Gempol, Kabupaten Pasuruan"
    sd = ("Berkas usul pensiun janda sudah saya serahkan ke loket BKPSDM pada tanggal 2 September 2026, lengkap "
          "dengan akta kematian, surat nikah, kartu keluarga dan SK pensiun almarhum. Petugas menjanjikan SK "
          "pensiun janda terbit dalam satu bulan, namun sampai hari ini, lebih dari tiga bulan kemudian, SK "
          "tersebut belum juga saya terima dan setiap kali saya telepon hanya dijawab “masih menunggu "
          "pertimbangan teknis BKN”.")
    loss = ("Sejak bulan September 2026 saya sudah tidak menerima uang pensiun almarhum maupun pensiun janda, "
            "padahal saya tidak mempunyai penghasilan lain dan masih membiayai anak bungsu yang kuliah.")
    intro = ("adalah istri dari almarhum Bapak Suwarno, pensiunan guru SMP Negeri 2 Gempol, yang meninggal "
             "dunia pada tanggal 9 Agustus 2026.")
    text = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,

Yang bertanda tangan di bawah ini:

Nama      : {name}
Alamat    : {addr}
No. HP    : 0877-0129-4856

{intro}

*Uraian pengaduan*
{sd}

*Kerugian*
{loss}

Gempol, 17 Desember 2026

Hormat saya,
{name}
"""
    html = f"""<div dir="ltr"><div>Kepada Yth.</div><div>Kepala BKPSDM Kabupaten Pasuruan</div><div>di Bangil</div><div><br></div><div>Dengan hormat,</div><div><br></div><div>Yang bertanda tangan di bawah ini:</div><div><br></div><div>Nama&nbsp; &nbsp; &nbsp; : {name}</div><div>Alamat&nbsp; &nbsp; : {addr}</div><div>No. HP&nbsp; &nbsp; : <a href="tel:+6287701294856">0877-0129-4856</a></div><div><br></div><div>{intro}</div><div><br></div><div><b>Uraian pengaduan</b></div><div>{sd}</div><div><br></div><div><b>Kerugian yang saya alami</b></div><div>{loss}</div><div><br></div><div>Gempol, 17 Desember 2026</div><div><br></div><div>Hormat saya,</div><div>{name}</div><div><br></div><div><br></div></div>
"""
    check_in(text, sd, loss, addr)
    check_in(html, sd, loss, addr)
    tag = "t05"
    data = headers(tag, hdate(2026, 12, 17, 10, 48, 2), f"{rfc2047(name)} <siti.maesaroh61@example.net>",
                   rfc2047("Pengaduan SK pensiun janda – belum terbit", "UTF-8", "Q"),
                   "example.net", ip="203.0.113.150")
    data += multipart("alternative", boundary(tag, "gmail"), [
        leaf("text/plain", "UTF-8", "quoted-printable", text),
        leaf("text/html", "UTF-8", "quoted-printable", html)])
    put("email_mime/t05.eml", data)
    complaint("email_mime/t05.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": None, "place": "Gempol", "date": "2026-12-17", "signed": True,
        "email": "siti.maesaroh61@example.net", "phone": "087701294856", "nik": None},
        "pengadaan", "Gmail multipart/alternative, utf-8 QP both parts; text uses *bold* markers, HTML "
        "uses <b>, a tel: link and a different loss heading; RFC 2047 B name and Q subject with en dash; "
        "widow's pension (pengadaan); the deceased husband's name is not the complainant; missing "
        "requested_resolution")


def t06():
    """HTML only, identity in a bordered table, iso-8859-1 base64; no place/date line."""
    name = "André Setyo Nugroho, S.STP."
    addr = "Perumahan Pesona Alam Pandaan Blok F-12, Desa Sumbergedang, Kecamatan Pandaan"
    sd = ("Saya mengikuti seleksi promosi jabatan administrator untuk jabatan Kepala Bagian Umum pada bulan "
          "Oktober 2026 dan berdasarkan pengumuman hasil asesmen tanggal 2 November 2026 saya berada di "
          "peringkat pertama. Namun pada pelantikan tanggal 28 Desember 2026 yang dilantik justru peserta "
          "peringkat ketiga, tanpa ada pengumuman hasil akhir seleksi maupun penjelasan kepada peserta.")
    loss = ("Saya kehilangan kesempatan promosi yang sudah saya persiapkan selama dua tahun, termasuk biaya "
            "pribadi untuk mengikuti asesmen dan pelatihan sekitar Rp 4.500.000, dan kredibilitas saya di "
            "lingkungan kerja dipertanyakan.")
    res = ("Mohon BKPSDM mengumumkan hasil akhir seleksi secara terbuka beserta dasar penetapan pejabat yang "
           "dilantik, dan meninjau kembali hasil tersebut apabila terdapat ketidaksesuaian dengan ketentuan "
           "sistem merit.")
    td = 'style="border:1px solid #999999;padding:4px 8px;font-family:Arial,sans-serif;font-size:10pt"'
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Yth. Kepala BKPSDM Kabupaten Pasuruan<br>di tempat</p>
<p>Dengan hormat,</p>
<p>Bersama ini saya sampaikan pengaduan terkait pelaksanaan seleksi jabatan administrator (promosi) tahun 2026. Data diri saya:</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td {td}><b>Nama</b></td><td {td}>{name}</td></tr>
<tr><td {td}><b>NIK</b></td><td {td}>3514101508880003</td></tr>
<tr><td {td}><b>Alamat</b></td><td {td}>{addr}</td></tr>
<tr><td {td}><b>Telepon</b></td><td {td}>0822&nbsp;4518&nbsp;0936</td></tr>
<tr><td {td}><b>Unit&nbsp;kerja</b></td><td {td}>Sekretariat DPRD Kabupaten Pasuruan</td></tr>
</table>
<p><b>Permasalahan:</b><br>
{sd}</p>
<p><b>Kerugian:</b><br>
{loss}</p>
<p><b>Permohonan:</b><br>
{res}</p>
<p>Demikian pengaduan saya. Terima kasih atas perhatiannya.</p>
<p>Hormat saya,<br>André Setyo Nugroho</p>
</body></html>
"""
    check_in(html, sd, loss, res, addr)
    tag = "t06"
    data = headers(tag, hdate(2027, 1, 8, 15, 30, 12),
                   f"{rfc2047('André Setyo Nugroho', 'iso-8859-1', 'Q')} <andre.nugroho@example.org>",
                   "Pengaduan hasil seleksi jabatan administrator", "example.org", ip="192.0.2.115",
                   extra="X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC120 (Win)/9.0.0_GA_4546)\n")
    data += single("text/html", "iso-8859-1", "base64", html.encode("latin-1"))
    put("email_mime/t06.eml", data)
    complaint("email_mime/t06.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2027-01-08", "signed": True,
        "email": "andre.nugroho@example.org", "phone": "082245180936", "nik": "3514101508880003"},
        "mutasi", "HTML only, iso-8859-1 base64, identity in a bordered table (label cell | value cell, "
        "no colons), phone with &nbsp; between groups, é in the name (RFC 2047 Q iso-8859-1 sender); "
        "promotion selection (mutasi); no place/date line (date = Date: header); missing place")


def t07():
    """multipart/alternative windows-1252 8bit; illegal fee at the Karis counter -> sekretariat."""
    name = "Yohanes Bagus Kristanto"
    addr = ("Jl. Slamet Riyadi No. 45 RT 02 RW 07, Kelurahan Kebonagung, Kecamatan Purworejo, "
            "Kota Pasuruan")
    sd = ("Pada hari Kamis, 17 Desember 2026, saya mengambil Kartu Istri (Karis) yang sudah jadi di loket "
          "BKPSDM. Petugas yang melayani – seorang pegawai perempuan berkacamata – baru mau menyerahkan kartu "
          "setelah saya memberikan “uang administrasi” sebesar Rp 100.000, dengan alasan untuk “biaya cetak dan "
          "map”. Saya tidak diberi kuitansi, dan di loket jelas tertulis bahwa seluruh layanan tidak dipungut "
          "biaya.")
    loss = ("Saya dirugikan Rp 100.000 dan harus menunggu hampir dua jam karena petugas mendahulukan pemohon "
            "yang ’sudah kenal’.")
    res = ("Saya minta uang tersebut dikembalikan, petugas yang bersangkutan diperiksa dan diberi sanksi, "
           "serta BKPSDM memasang pengumuman dan nomor pengaduan yang jelas di loket.")
    text = f"""Pasuruan, 21 Desember 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di –
Bangil

Hal : Pengaduan pungutan dalam pengurusan Kartu Istri

Dengan hormat,
Saya yang bertanda tangan di bawah ini,
Nama          : {name}
NIK           : 3575012709850004
Alamat        : {addr}
No. HP/WA     : 0819-3721-0448

dengan ini melaporkan kejadian sebagai berikut.

Uraian kejadian:
{sd}

Kerugian:
{loss}

Permintaan:
{res}

Demikian laporan ini saya buat dengan sebenar-benarnya.

Salam hormat,
{name}
"""
    body_html = html_escape(text).replace("\n", "<br>\n")
    body_html = body_html.replace("Hal : ", "<b>Hal</b> : ")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
            '<body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; '
            'color: rgb(0, 0, 0);">\n' + body_html +
            '</div><div id="ms-outlook-mobile-signature"><div style="color:#777">Dapatkan <a href="https://aka.ms/'
            'AAb9ysg">Outlook untuk Android</a></div></div>\n</body></html>\n')
    check_in(text, sd, loss, res, addr)
    tag = "t07"
    data = headers(tag, hdate(2026, 12, 21, 19, 2, 33),
                   f"{rfc2047(name, 'windows-1252', 'Q')} <yohanes.kristanto@example.com>",
                   rfc2047("Laporan pungutan liar – pengurusan Karis", "windows-1252", "Q"),
                   "example.com", ip="198.51.100.61", extra="X-Mailer: Outlook for Android\n")
    data += multipart("alternative", boundary(tag, "outlook"), [
        leaf("text/plain", "windows-1252", "8bit", text.encode("cp1252")),
        leaf("text/html", "windows-1252", "8bit", html.encode("cp1252"))])
    put("email_mime/t07.eml", data)
    complaint("email_mime/t07.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Pasuruan", "date": "2026-12-21", "signed": True,
        "email": "yohanes.kristanto@example.com", "phone": "081937210448", "nik": "3575012709850004"},
        "sekretariat", "multipart/alternative, both parts windows-1252 8bit (en dashes, curly quotes, "
        "right single quote), HTML adds an Outlook-for-Android footer; RFC 2047 Q windows-1252 name and "
        "subject; illegal fee when collecting a Karis -> sekretariat (not pengadaan); place/date at the "
        "top; complete")


def t08():
    """HTML only, utf-8 base64, complaint sections in a two-column table; 'Salam,' without a name."""
    addr = "Dsn. Kebonsari RT 03 RW 02, Desa Wonosunyo, Kec. Gempol"
    sd = ("Saya sudah mengikuti Pelatihan Dasar CPNS angkatan XII yang diselenggarakan BKPSDM bersama BPSDM "
          "Provinsi pada bulan Agustus sampai Oktober 2026 dan dinyatakan lulus. Namun Surat Tanda Tamat "
          "Pelatihan (STTPL) saya belum diterbitkan, sementara peserta dari angkatan XI dan XIII sudah "
          "menerimanya. Nama saya juga tidak muncul di daftar peserta pada aplikasi.")
    res = "Mohon STTPL saya segera diterbitkan atau saya diberi penjelasan apa kendalanya."
    cell = 'style="border:1px solid rgb(204,204,204);padding:6px;vertical-align:top"'
    html = f"""<div dir="ltr">Selamat pagi Bapak/Ibu,<div><br></div><div>Saya CPNS formasi 2025 di Dinas Kesehatan, ingin menyampaikan keluhan berikut:</div><div><br></div><table style="border-collapse:collapse;font-family:Arial,Helvetica,sans-serif;font-size:small"><tbody><tr><td {cell}><b>Nama</b></td><td {cell}>Aditya Pramudya, A.Md.Kep.</td></tr><tr><td {cell}><b>Alamat</b></td><td {cell}>{addr}</td></tr><tr><td {cell}><b>No. HP</b></td><td {cell}>0895-3361-0827</td></tr><tr><td {cell}><b>Keluhan</b></td><td {cell}>{sd}</td></tr><tr><td {cell}><b>Harapan</b></td><td {cell}>{res}</td></tr></tbody></table><div><br></div><div>Bangil, 13 Januari 2027</div><div><br></div><div>Salam,</div><div><br></div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Sent from Gmail Mobile</div></div>
"""
    check_in(html, sd, res, addr)
    tag = "t08"
    data = headers(tag, hdate(2027, 1, 13, 9, 20, 41), "Aditya Pramudya <aditya.pramudya@example.org>",
                   "Sertifikat Latsar CPNS angkatan XII belum terbit", "example.org", ip="192.0.2.180")
    data += single("text/html", "UTF-8", "base64", html)
    put("email_mime/t08.eml", data)
    complaint("email_mime/t08.eml", "email_mime", {
        "name": "Aditya Pramudya, A.Md.Kep.", "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Bangil", "date": "2027-01-13", "signed": False,
        "email": "aditya.pramudya@example.org", "phone": "089533610827", "nik": None},
        "kompetensi", "HTML only, utf-8 base64; identity and complaint ('Keluhan', 'Harapan') in a bordered "
        "two-column table; closing 'Salam,' with no name, then a Gmail Mobile signature (not signed); "
        "Latsar certificate = training (kompetensi) although 'CPNS' appears; missing loss and signed")


def t09():
    """multipart/alternative: text utf-8 QP, HTML utf-8 base64 (ordered list); name with a curly apostrophe."""
    name = "Moh. Ma’ruf Hidayat"
    addr = "Jl. Kartini No. 3A RT 01 RW 04, Desa Pecalukan, Kecamatan Prigen, Kabupaten Pasuruan"
    sd = ("Pada tanggal 30 Desember 2026 saya menerima SK hukuman disiplin sedang berupa penundaan kenaikan "
          "gaji berkala selama 12 bulan dengan alasan tidak masuk kerja 11 hari. Saya tidak pernah dipanggil "
          "untuk pemeriksaan dan tidak pernah menandatangani berita acara pemeriksaan, padahal 8 dari 11 hari "
          "tersebut saya sedang menjalani rawat inap dengan surat keterangan dokter yang sudah saya serahkan ke "
          "subbagian kepegawaian.")
    loss = ("Kenaikan gaji berkala saya yang seharusnya berlaku 1 Januari 2027 tertunda satu tahun, dan catatan "
            "hukuman disiplin ini akan menghambat kenaikan pangkat saya berikutnya.")
    res = ("Saya mohon BKPSDM meninjau kembali proses penjatuhan hukuman disiplin tersebut, memeriksa surat "
           "keterangan rawat inap saya, dan apabila terbukti tidak sesuai prosedur, membatalkan atau merevisi "
           "SK hukuman disiplin itu.")
    intro = (f"Dengan hormat, saya {name}, NIK 3514112006860001, pelaksana pada Dinas Perhubungan Kabupaten "
             f"Pasuruan, beralamat di {addr} (HP 0838-5660-2194), menyampaikan pengaduan sebagai berikut.")
    text = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

{intro}

1) Uraian: {sd}

2) Kerugian: {loss}

3) Permintaan: {res}

Prigen, 7 Januari 2027

Hormat saya,

{name}
"""
    html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,</div><div><br></div><div>{intro.replace("(HP 0838-5660-2194)", '(HP <a href="tel:083856602194">0838-5660-2194</a>)')}</div><div><br></div><ol><li><b>Uraian:</b> {sd}</li><li><b>Kerugian:</b> {loss}</li><li><b>Permintaan:</b> {res}</li></ol><div><br></div><div>Prigen, 7 Januari 2027</div><div><br></div><div>Hormat saya,</div><div><br></div><div>{name}</div><div><br></div><div>Dikirim dari iPad saya</div></body></html>
"""
    check_in(text, sd, loss, res, addr)
    check_in(html, sd, loss, res, addr)
    tag = "t09"
    data = headers(tag, hdate(2027, 1, 7, 20, 14, 55), f"{rfc2047(name)} <maruf.hidayat@example.com>",
                   rfc2047("Keberatan atas proses hukuman disiplin – mohon ditinjau"),
                   "example.com", ip="198.51.100.207", extra="X-Mailer: iPad Mail (21C62)\n")
    data += multipart("alternative", boundary(tag, "apple"), [
        leaf("text/plain", "utf-8", "quoted-printable", text),
        leaf("text/html", "utf-8", "base64", html)])
    put("email_mime/t09.eml", data)
    complaint("email_mime/t09.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Prigen", "date": "2027-01-07", "signed": True,
        "email": "maruf.hidayat@example.com", "phone": "083856602194", "nik": "3514112006860001"},
        "kinerja", "Apple Mail multipart/alternative: text utf-8 QP, HTML utf-8 base64 with an <ol> and "
        "bold inline labels ('1) Uraian: ...'); identity in one running sentence; name with a curly "
        "apostrophe (RFC 2047 B); disciplinary sanction (kinerja) although salary increment and promotion "
        "are mentioned; complete")


def t10():
    """Yahoo-style HTML soup, iso-8859-1 QP; place/date 'Gempol, 18-01-2027' at the top; no address."""
    sd = ("Tahun 2026 ini masa kerja saya genap 20 tahun dan sudah saya usulkan melalui sekolah dan korwil "
          "untuk mendapat Satyalancana Karya Satya XX Tahun sejak bulan Maret. Waktu daftar penerima diumumkan "
          "bulan Agustus nama saya tidak ada, padahal rekan seangkatan yang diangkat bersama saya tahun 2006 "
          "semua tercantum. Petugas di BKPSDM hanya bilang berkas saya \"tidak ditemukan\", padahal sudah ± 10 "
          "bulan saya menunggu.")
    loss = ("Saya kehilangan kesempatan menerima penghargaan pada peringatan HUT RI tahun 2026 dan merasa jerih "
            "payah saya selama 20 tahun mengabdi tidak dihargai.")
    res = ("Mohon nama saya diusulkan kembali pada periode usulan tahun 2027 dan dicari tahu kenapa berkas saya "
           "bisa hilang.")
    S = 'dir="ltr" data-setdir="false"'
    html = (f'<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
            f'Helvetica, Arial, sans-serif;font-size:13px;"><div {S}><span>Gempol, 18-01-2027</span></div>'
            f'<div {S}><br></div><div {S}>Kpd Yth. Kepala BKPSDM Kab. Pasuruan</div><div {S}><br></div>'
            f'<div {S}>Dengan hormat,</div><div {S}>Saya <span style="font-weight:bold;">Sugeng Riyanto</span>, '
            f'NIK&nbsp;3514082304720005, guru SDN Kepulungan 1, No HP&nbsp;0815-5602-3371, mau menyampaikan '
            f'pengaduan.</div><div {S}><br></div><div {S}><font face="Arial">Uraian : {html_escape(sd)}</font>'
            f'</div><div {S}><br></div><div {S}><font face="Arial">Kerugian : {loss}</font></div><div {S}><br>'
            f'</div><div {S}><font face="Arial">Permintaan : {res}</font></div><div {S}><br></div>'
            f'<div {S}>Terima kasih,</div><div {S}>Sugeng Riyanto</div><div {S}><br></div></div>'
            f'<div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">'
            f'Sent from Yahoo Mail on Android</a></div></body></html>\n')
    check_in(html, loss, res)
    tag = "t10"
    data = headers(tag, hdate(2027, 1, 18, 11, 3, 27),
                   f"{rfc2047('Sugeng Riyanto', 'iso-8859-1', 'Q')} <sugeng_riyanto72@mail.example.com>",
                   "Satyalancana Karya Satya XX tdk diusulkan", "mail.example.com", ip="203.0.113.19")
    data += single("text/html", "iso-8859-1", "quoted-printable", html.encode("latin-1"))
    put("email_mime/t10.eml", data)
    complaint("email_mime/t10.eml", "email_mime", {
        "name": "Sugeng Riyanto", "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Gempol", "date": "2027-01-18", "signed": True,
        "email": "sugeng_riyanto72@mail.example.com", "phone": "081556023371", "nik": "3514082304720005"},
        "kinerja", "Yahoo-style HTML only (div/span/font soup, &nbsp; inside NIK and phone), iso-8859-1 QP "
        "with a plus-minus sign; inline 'Uraian :' labels; numeric date 'Gempol, 18-01-2027' at the top; "
        "school is the workplace, no home address; Satyalancana award (kinerja); 'Terima kasih,' + name; "
        "missing address")


def t11():
    """Text utf-8 base64 + HTML utf-8 QP that omits one sentence; sent 00:37 local; no place/date line."""
    name = "Fransiska Dewi Anggraeni, S.Pd."
    addr = ("Perumahan Griya Sukorejo Indah Blok B-4, Desa Glagahsari, Kecamatan Sukorejo, "
            "Kabupaten Pasuruan")
    sd = ("Melalui email ini saya mengadukan SK redistribusi guru yang saya terima tanggal 23 Desember 2026. "
          "Saya dipindahkan dari SDN Glagahsari 1 ke SDN Tosari 3 yang jaraknya sekitar 62 km dari rumah, "
          "padahal dalam formulir pemetaan saya sudah mencantumkan bahwa saya memiliki anak berusia 2 tahun dan "
          "suami bertugas di luar kota. Di sisi lain, guru dengan masa kerja lebih pendek yang berdomisili di "
          "Tosari justru dipindahkan ke sekolah di Sukorejo.")
    loss = ("Dengan penempatan ini saya harus indekos di Tosari dan berpisah dengan anak saya, serta "
            "mengeluarkan biaya tambahan sekitar Rp 1.200.000 per bulan untuk kos dan pengasuh anak.")
    res = ("Saya memohon agar penempatan saya ditinjau ulang dan saya dapat ditempatkan di sekolah yang masih "
           "berada di Kecamatan Sukorejo atau kecamatan terdekat.")
    intro = (f"Perkenalkan, saya {name}, guru kelas PNS. Saya tinggal di {addr}, nomor HP 0857-3302-1185.")
    text = f"""Yth. Bapak/Ibu Petugas Pengaduan BKPSDM,

{intro}

{sd}

{loss}

{res}

Mohon maaf mengirim email selarut ini. Terima kasih atas perhatiannya.

Salam hormat,
Fransiska Dewi Anggraeni
"""
    html = (f'<div style="font-family:Verdana,sans-serif;font-size:10pt">'
            f'<p>Yth. Bapak/Ibu Petugas Pengaduan BKPSDM,</p><p>{intro}</p><p>{sd}</p><p>{loss}</p>'
            f'<p>{res}</p><p>Terima kasih atas perhatiannya.</p><p>Salam hormat,<br>'
            f'Fransiska Dewi Anggraeni</p></div>\n')
    check_in(text, sd, loss, res, addr)
    check_in(html, sd, loss, res, addr)
    tag = "t11"
    subj = (rfc2047("Pengaduan SK redistribusi guru ", "UTF-8", "Q") + "\n " +
            rfc2047("– penempatan tidak sesuai", "UTF-8", "Q"))
    data = headers(tag, hdate(2027, 1, 2, 0, 37, 12),
                   f"{rfc2047('Fransiska Dewi Anggraeni')} <fransiska.anggraeni@example.net>", subj,
                   "example.net", ip="192.0.2.201",
                   extra="User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0\n")
    data += multipart("alternative", boundary(tag, "thunder"), [
        leaf("text/plain", "UTF-8", "base64", text),
        leaf("text/html", "UTF-8", "quoted-printable", html)],
        preamble="This is a multi-part message in MIME format.")
    put("email_mime/t11.eml", data)
    complaint("email_mime/t11.eml", "email_mime", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2027-01-02", "signed": True,
        "email": "fransiska.anggraeni@example.net", "phone": "085733021185", "nik": None},
        "mutasi", "Thunderbird multipart/alternative: text utf-8 base64, HTML utf-8 QP that leaves out one "
        "closing sentence; subject in two RFC 2047 encoded words folded over two lines; unlabelled "
        "paragraphs, identity in a sentence; no place/date line and sent at 00:37 +0700 on 2 Jan (1 Jan "
        "UTC): date = 2027-01-02; teacher redistribution transfer (mutasi); missing place")


# ----------------------------------------------------------------- email_pdf
def pdf_mail(tag, date, frm, subject, domain, cover, pdf, fname, ip="192.0.2.10", style="gmail",
             cover_charset="utf-8", extra=""):
    data = headers(tag, date, frm, subject, domain, ip=ip, extra=extra)
    data += multipart("mixed", boundary(tag, style), [
        leaf("text/plain", cover_charset, "8bit", cover),
        attach("application/pdf", fname, pdf)])
    return data


def t12():
    """Two-column header (Nomor/Lampiran/Perihal left, place/date + recipient right); vector signature."""
    name = "Nurul Hidayati, S.Pd.I."
    addr = "Dusun Bendungan RT 05 RW 02, Desa Tidu, Kecamatan Pohjentrek, Kabupaten Pasuruan"
    sd = ("Saya adalah peserta seleksi PPPK Guru Tahun 2026 untuk formasi Guru Pendidikan Agama Islam di SDN "
          "Kalirejo 1. Pada pengumuman hasil seleksi tanggal 18 Desember 2026 saya dinyatakan tidak lulus, "
          "padahal nilai akhir saya 412 dan merupakan nilai tertinggi pada formasi tersebut menurut tampilan "
          "di akun SSCASN saya. Belakangan formasi tersebut diisi oleh peserta dengan nilai lebih rendah dari "
          "instansi lain tanpa ada pengumuman perubahan formasi.")
    loss = ("Saya kehilangan kesempatan diangkat sebagai PPPK setelah mengabdi sebagai guru honorer selama 11 "
            "tahun dengan honor Rp 600.000 per bulan, dan peluang mengikuti seleksi berikutnya belum pasti "
            "karena usia saya sudah 41 tahun.")
    res = ("Saya mohon BKPSDM selaku panitia seleksi instansi memberikan penjelasan tertulis mengenai dasar "
           "penetapan kelulusan pada formasi tersebut dan meninjau ulang hasil seleksi saya sesuai nilai yang "
           "tercantum di SSCASN.")
    blocks = [
        ("twocol", [("Nomor", "-"), ("Lampiran", "2 (dua) lembar"), ("Perihal", "Pengaduan hasil seleksi PPPK Guru Tahun 2026")],
         ["Pohjentrek, 11 Januari 2027", "", "Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan",
          "di -", "       BANGIL"], 0.52),
        ("gap", 1.2),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Tempat/Tgl Lahir", "Pasuruan, 14 Mei 1985"),
        ("kv", "NIK", "3514144405850002"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0852-3145-6678"), ("kv", "E-mail", "nurul.hidayati85@example.com"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("b", "1. Uraian pelayanan yang tidak sesuai standar"), ("ind", sd), ("gap", 0.3),
        ("b", "2. Kerugian yang saya alami"), ("ind", loss), ("gap", 0.3),
        ("b", "3. Penyelesaian yang saya harapkan"), ("ind", res), ("gap", 0.6),
        ("p", "Sebagai bahan pertimbangan, saya lampirkan tangkapan layar nilai di akun SSCASN dan pengumuman "
              "hasil seleksi. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    pdf = make_pdf(blocks, 1201, "vector", size=10.5, font="sans")
    cover = """Assalamualaikum wr. wb.

Dengan hormat, terlampir surat pengaduan saya terkait hasil seleksi PPPK Guru Tahun 2026 beserta keterangannya. Mohon dapat ditindaklanjuti.

Wassalamualaikum wr. wb.
Nurul Hidayati
"""
    put("email_pdf/t12.eml", pdf_mail(
        "t12", hdate(2027, 1, 11, 16, 20, 5), "Nurul Hidayati <nurul.hidayati85@example.com>",
        "Pengaduan hasil seleksi PPPK Guru 2026", "example.com", cover, pdf,
        "Surat Pengaduan PPPK - Nurul Hidayati.pdf", ip="198.51.100.93"))
    complaint("email_pdf/t12.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Pohjentrek", "date": "2027-01-11", "signed": True,
        "email": "nurul.hidayati85@example.com", "phone": "085231456678", "nik": "3514144405850002"},
        "pengadaan", "text PDF (Helvetica 10.5) with a two-column header: Nomor/Lampiran/Perihal on the "
        "left, place/date and the recipient block on the right at the same height; 'Tempat/Tgl Lahir: "
        "Pasuruan, 14 Mei 1985' is not the place/date line; vector signature; PPPK selection (pengadaan); "
        "complete")


def t13():
    """Embedded PNG signature; study assignment (tugas belajar); no loss; letter date != Date: header."""
    name = "Bayu Aji Saputra, S.T."
    addr = "Jl. Ahmad Yani No. 112, RT 02 RW 03, Kelurahan Pandaan, Kecamatan Pandaan, Kabupaten Pasuruan"
    sd = ("Saya lulus seleksi beasiswa Program Magister Teknik Sipil kerja sama Pemerintah Kabupaten Pasuruan "
          "dengan Institut Teknologi Sepuluh Nopember yang diumumkan pada bulan Juni 2026. Perkuliahan sudah "
          "berjalan sejak September 2026, tetapi SK tugas belajar saya belum diterbitkan karena menurut petugas "
          "berkas rekomendasi dari kepala dinas \"belum diterima\", padahal surat tersebut sudah saya serahkan "
          "langsung ke loket pada 15 Juli 2026 dan tanda terimanya ada pada saya.")
    res = ("Saya mohon SK tugas belajar saya segera diterbitkan dengan TMT sesuai dimulainya perkuliahan, dan "
           "surat rekomendasi yang dinyatakan belum diterima tersebut dicari kembali berdasarkan tanda terima "
           "yang saya lampirkan.")
    blocks = [
        ("right", "Pandaan, 28 Desember 2026"), ("gap", 1),
        ("p", "Kepada Yth."), ("p", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        ("p", "Kabupaten Pasuruan"), ("p", AGENCY_POST), ("gap", 1),
        ("kv", "Hal", "Pengaduan SK tugas belajar belum terbit"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("b", "I. Identitas Pengadu"),
        ("kv", "Nama", name), ("kv", "NIP", "199103052015031002"),
        ("kv", "Unit Kerja", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("kv", "Alamat Rumah", addr), ("kv", "Nomor Telepon/HP", "0813-3122-5870"), ("gap", 0.5),
        ("b", "II. Uraian Pengaduan"), ("p", sd), ("gap", 0.5),
        ("b", "III. Permohonan"), ("p", res), ("gap", 0.8),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatian dan bantuannya saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Pengadu,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, res, addr)
    pdf = make_pdf(blocks, 1302, "image", size=11.0, font="serif",
                   producer=b"LibreOffice 7.5", creator=b"Writer")
    cover = """Selamat pagi,

Bersama ini saya kirimkan surat pengaduan mengenai SK tugas belajar saya (file PDF terlampir). Surat aslinya sudah saya tanda tangani kemarin.

Terima kasih,
Bayu
"""
    put("email_pdf/t13.eml", pdf_mail(
        "t13", hdate(2026, 12, 29, 8, 2, 51), "Bayu Aji Saputra <bayu.saputra@example.net>",
        "Pengaduan SK tugas belajar", "example.net", cover, pdf, "pengaduan_tubel_bayu.pdf",
        ip="203.0.113.132", style="thunder"))
    complaint("email_pdf/t13.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Pandaan", "date": "2026-12-28", "signed": True,
        "email": "bayu.saputra@example.net", "phone": "081331225870", "nik": None},
        "kompetensi", "text PDF (Times, LibreOffice producer) with roman-numeral sections and 'Alamat "
        "Rumah'/'Nomor Telepon/HP' labels; agency address in the recipient block; signature as an embedded "
        "PNG image under 'Pengadu,'; letter dated 28 Dec, mail sent 29 Dec (date = letter's); study "
        "assignment (tugas belajar -> kompetensi); 18-digit NIP; missing loss")


def t14():
    """Unsigned letter (printed name only) with a table of attachments; signed cover note does not count."""
    name = "Kartika Sari Dewi, A.Md.Keb."
    addr = "Jl. Raya Kraton No. 56 RT 01 RW 01, Desa Kraton, Kecamatan Kraton, Kabupaten Pasuruan"
    sd = ("Saya menjalani operasi usus buntu dan rawat inap di RSUD Bangil pada tanggal 2 sampai 20 November "
          "2026. Permohonan cuti sakit sudah saya ajukan melalui Kepala Puskesmas Kraton dengan melampirkan "
          "surat keterangan dokter, namun surat izin cuti sakit dari BKPSDM tidak diterbitkan dengan alasan "
          "surat keterangan harus dari \"tim penguji kesehatan\", padahal ketentuan tersebut tidak pernah "
          "disampaikan sebelumnya. Akibatnya di aplikasi presensi saya tercatat tidak masuk kerja tanpa "
          "keterangan selama 14 hari kerja.")
    loss = ("Tambahan penghasilan pegawai saya bulan Desember 2026 dipotong sebesar Rp 1.134.000 dan saya "
            "mendapat teguran lisan dari atasan karena dianggap mangkir.")
    res = ("Saya mohon surat izin cuti sakit saya diterbitkan sesuai surat keterangan dokter yang sudah saya "
           "lampirkan, catatan ketidakhadiran saya diperbaiki, dan potongan TPP dikembalikan.")
    blocks = [
        ("right", "Kraton, 5 Januari 2027"), ("gap", 0.8),
        ("kv", "Perihal", "Pengaduan surat izin cuti sakit"), ("gap", 0.8),
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Jabatan", "Bidan Terampil, Puskesmas Kraton"),
        ("kv", "Alamat", addr), ("kv", "No. HP", "0878-5590-1246"), ("gap", 0.4),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.2),
        ("b", "Uraian"), ("p", sd), ("gap", 0.2),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.2),
        ("b", "Permintaan penyelesaian"), ("p", res), ("gap", 0.3),
        ("p", "Bersama ini saya lampirkan:"),
        ("table", [["No.", "Dokumen", "Keterangan"],
                   ["1", "Surat keterangan rawat inap RSUD Bangil", "2 - 20 November 2026"],
                   ["2", "Formulir permohonan cuti sakit", "diketahui Kepala Puskesmas"],
                   ["3", "Rekap presensi bulan November 2026", "cetak dari aplikasi"]],
         [0.08, 0.55, 0.37], False),
        ("p", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 0.8),
        ("rightcol", "Hormat saya,"), ("sig", False), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    pdf = make_pdf(blocks, 1403, "vector", size=10.0, font="sans", margin=58.0)
    cover = """Dengan hormat,

Bersama ini saya kirimkan surat pengaduan saya mengenai cuti sakit (terlampir). Mohon maaf surat belum sempat saya tanda tangani karena printer di puskesmas rusak.

Hormat saya,
Kartika Sari Dewi
"""
    put("email_pdf/t14.eml", pdf_mail(
        "t14", hdate(2027, 1, 5, 13, 44, 9), "Kartika Sari Dewi <kartika.bidan@example.org>",
        "Pengaduan cuti sakit - Kartika Sari Dewi", "example.org", cover, pdf,
        "Pengaduan_Cuti_Sakit.pdf", ip="192.0.2.59", style="outlook"))
    complaint("email_pdf/t14.eml", "email_pdf", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Kraton", "date": "2027-01-05", "signed": False,
        "email": "kartika.bidan@example.org", "phone": "087855901246", "nik": None},
        "kinerja", "text PDF with a ruled table (list of attachments) after the request; printed name only, "
        "no signature, while the cover note closes 'Hormat saya, <name>' (the attached letter's signature "
        "counts: unsigned); sick leave refused -> attendance and TPP (cuti -> kinerja); missing signed")


def t15():
    """Serif PDF with other section labels; facilities (wheelchair access) -> sekretariat; no address."""
    name = "Drs. Hartono Wibisono"
    sd = ("Pada tanggal 22 Desember 2026 saya datang ke kantor BKPSDM untuk melegalisir SK pensiun. Saya "
          "pengguna kursi roda, namun ruang pelayanan di lantai dua tidak dapat dijangkau karena tidak ada lift "
          "maupun jalur landai, dan tidak ada petugas yang bersedia turun melayani di lantai satu. Petugas "
          "keamanan hanya menyarankan saya datang lagi bersama keluarga yang bisa mengurus.")
    loss = ("Saya harus pulang tanpa hasil setelah menunggu lebih dari satu jam di halaman parkir, mengeluarkan "
            "biaya sewa mobil Rp 350.000, dan merasa tidak dihargai sebagai warga penyandang disabilitas.")
    res = ("Saya berharap BKPSDM menyediakan loket pelayanan di lantai satu atau jalur landai bagi pengguna "
           "kursi roda, serta menugaskan petugas untuk melayani pemohon berkebutuhan khusus.")
    blocks = [
        ("center", "SURAT PENGADUAN", True), ("gap", 0.6),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 0.8),
        ("p", f"Dengan hormat, saya {name}, pensiunan PNS Dinas Pertanian, NIK 3514031006580001, nomor HP "
              "0812-5260-3387, menyampaikan pengaduan atas pelayanan BKPSDM."), ("gap", 0.5),
        ("b", "Kronologi"), ("p", sd), ("gap", 0.4),
        ("b", "Dampak yang saya alami"), ("p", loss), ("gap", 0.4),
        ("b", "Harapan saya"), ("p", res), ("gap", 0.8),
        ("p", "Terima kasih atas perhatiannya."), ("gap", 0.8),
        ("rightcol", "Bangil, 4 Januari 2027"), ("rightcol", "Hormat saya,"), ("sig", True),
        ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res)
    pdf = make_pdf(blocks, 1504, "vector", size=12.0, font="serif",
                   producer=b"Microsoft: Print To PDF", creator=b"")
    cover = """Kepada Tim Pengaduan BKPSDM,

Saya lampirkan surat pengaduan mengenai akses pelayanan bagi pengguna kursi roda.

Terima kasih,
Hartono Wibisono
"""
    put("email_pdf/t15.eml", pdf_mail(
        "t15", hdate(2027, 1, 4, 10, 11, 36), "Hartono Wibisono <hartono.wibisono@example.org>",
        "Akses pelayanan untuk pengguna kursi roda", "example.org", cover, pdf, "SURAT PENGADUAN.pdf",
        ip="192.0.2.33", style="gmail"))
    complaint("email_pdf/t15.eml", "email_pdf", {
        "name": name, "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Bangil", "date": "2027-01-04", "signed": True,
        "email": "hartono.wibisono@example.org", "phone": "081252603387", "nik": "3514031006580001"},
        "sekretariat", "text PDF (Times 12, 'Print To PDF'), centred title, section labels Kronologi / "
        "Dampak yang saya alami / Harapan saya; identity (with NIK and HP) in one sentence; place/date above the closing; facilities (no wheelchair access) while "
        "legalising a pension decree -> sekretariat; missing address")


# ---------------------------------------------------------------------- scan
def t16():
    """Image-only PDF, grey paper, school letterhead with a logo box; home address in the body."""
    name = "Sulastri, S.Pd.SD"
    addr = "Dusun Bakalan RT 04 RW 01, Desa Gondangwetan, Kecamatan Gondangwetan, Kabupaten Pasuruan"
    sd = ("Usul kenaikan pangkat saya dari Penata (III/c) ke Penata Tingkat I (III/d) periode Oktober 2026 "
          "tidak diproses karena menurut petugas Penetapan Angka Kredit (PAK) saya belum diunggah ke SIASN. "
          "Padahal PAK tersebut sudah ditetapkan pada bulan Juni 2026 dan sudah saya serahkan bersama berkas "
          "usul melalui operator sekolah pada bulan Juli 2026.")
    loss = ("Kenaikan pangkat saya tertunda enam bulan sehingga saya kehilangan tambahan gaji sekitar "
            "Rp 180.000 per bulan, dan saya harus kembali mengurus berkas dari awal.")
    res = ("Saya mohon usul kenaikan pangkat saya tetap diproses dengan TMT 1 Oktober 2026 karena "
           "keterlambatan unggah PAK bukan kesalahan saya.")
    blocks = [
        ("lhead", [("PEMERINTAH KABUPATEN PASURUAN", True, 1.05), ("DINAS PENDIDIKAN", True, 1.05),
                   ("SD NEGERI GONDANGWETAN 2", True, 1.3),
                   ("Jl. Raya Gondangwetan No. 9, Kecamatan Gondangwetan, Pasuruan 67174", False, 0.85)]),
        ("hr", 2.2),
        ("right", "Gondangwetan, 14 Desember 2026"), ("gap", 0.6),
        ("kv", "Perihal", "Pengaduan usul kenaikan pangkat"), ("gap", 0.6),
    ] + head_to() + [
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIP", "197808122005012014"), ("kv", "Alamat rumah", addr),
        ("kv", "No. HP", "0857-4602-1193"), ("gap", 0.4),
        ("p", "guru kelas pada SD Negeri Gondangwetan 2, dengan ini menyampaikan pengaduan sebagai berikut."),
        ("gap", 0.3),
        ("b", "Uraian pengaduan:"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian yang dialami:"), ("p", loss), ("gap", 0.3),
        ("b", "Permintaan penyelesaian:"), ("p", res), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
        ("gap", 0.6),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 1601, dpi=200, angle=0.8, paper=236, noise=5.0, blur=0.55,
                       font="lib-serif", size_pt=11.0, margin_in=0.85)
    put("scan/t16.pdf", img_bytes(page, "PDF", 200, quality=60))
    complaint("scan/t16.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Gondangwetan", "date": "2026-12-14", "signed": True,
        "email": None, "phone": "085746021193", "nik": None},
        "mutasi", "image-only PDF, 200 dpi, grey paper, 0.8 deg; school letterhead with a logo box and "
        "double rule (the school's address is not the complainant's); 'Alamat rumah' label; 18-digit NIP; "
        "promotion blocked by an unuploaded PAK (mutasi); complete", ocr=True)


def t17():
    """PNG 300 dpi, DejaVu Serif, -1.4 deg, blur; printed name with no signature."""
    name = "Agus Salim Mahmudi"
    addr = "Jl. Veteran No. 21 RT 03 RW 05, Kelurahan Gratitunon, Kecamatan Grati, Kabupaten Pasuruan"
    sd = ("Penilaian SKP akhir tahun 2026 saya di aplikasi e-Kinerja ditetapkan dengan predikat \"Butuh "
          "Perbaikan\" oleh pejabat penilai yang baru menjabat sejak November 2026, tanpa pernah ada dialog "
          "kinerja maupun umpan balik selama tahun berjalan. Keberatan yang saya ajukan melalui aplikasi pada "
          "tanggal 21 Desember 2026 ditolak otomatis oleh sistem karena dianggap melewati batas waktu, padahal "
          "penilaian baru saya terima tanggal 19 Desember 2026.")
    loss = ("Dengan predikat tersebut tunjangan kinerja saya berpotensi dipotong pada tahun 2027 dan saya "
            "tidak dapat diusulkan mengikuti pelatihan maupun kenaikan pangkat.")
    res = ("Saya mohon BKPSDM membuka kembali akses keberatan SKP saya dan memfasilitasi pertemuan dengan "
           "pejabat penilai dan atasan pejabat penilai.")
    blocks = [("right", "Grati, 29 Desember 2026"), ("gap", 1)] + head_to() + [
        ("kv", "Hal", "Pengaduan penilaian SKP tahun 2026"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", "3514162908790001"), ("kv", "Alamat", addr),
        ("kv", "HP", "0823-3160-8854"), ("gap", 0.4),
        ("p", "mengajukan pengaduan sebagai berikut:"), ("gap", 0.2),
        ("ind", "a. " + sd), ("gap", 0.2), ("ind", "b. " + loss), ("gap", 0.2), ("ind", "c. " + res),
        ("gap", 0.5),
        ("p", "Demikian, atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 0.8),
        ("rightcol", "Hormat saya,"), ("sig", False), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 1702, dpi=300, angle=-1.4, paper=246, noise=3.0, blur=0.9,
                       font="dv-serif", size_pt=10.5, quant=16, specks=False)
    put("scan/t17.png", img_bytes(page, "PNG", 300, optimize=True))
    complaint("scan/t17.png", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Grati", "date": "2026-12-29", "signed": False,
        "email": None, "phone": "082331608854", "nik": "3514162908790001"},
        "kinerja", "PNG 300 dpi, DejaVu Serif, -1.4 deg, blur 0.9; points a./b./c. without labels (the "
        "passages exclude the letters); printed name with no signature above it (unsigned); SKP appraisal "
        "(kinerja); missing signed", ocr=True)


def t18():
    """Yellowish colour JPG; signature but no printed name under it; early retirement; no loss."""
    name = "Hj. Umi Kulsum"
    addr = "Dusun Krajan Kidul RT 02 RW 03, Desa Bulusari, Kecamatan Gempol, Kabupaten Pasuruan"
    sd = ("Saya mengajukan permohonan pensiun dini atas permintaan sendiri pada tanggal 3 Agustus 2026 karena "
          "alasan kesehatan, dengan melampirkan surat keterangan dokter dan persetujuan kepala dinas. Sampai "
          "sekarang belum ada keputusan, dan ketika saya tanyakan ke loket, petugas menyatakan berkas saya "
          "\"belum masuk antrean\" dan meminta saya melengkapi ulang dokumen yang sama.")
    res = ("Mohon permohonan pensiun saya diproses sesuai berkas yang sudah saya serahkan dan saya mendapat "
           "kepastian tertulis kapan SK pensiun dapat terbit.")
    blocks = [("gap", 0.5)] + head_to() + [
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "Telepon", "0813-3588-0214"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan mengenai permohonan pensiun saya."), ("gap", 0.4),
        ("p", sd), ("gap", 0.4), ("p", res), ("gap", 0.6),
        ("p", "Demikian surat ini saya buat. Terima kasih."), ("gap", 1),
        ("rightcol", "Gempol, 7 Januari 2027"), ("rightcol", "Hormat saya,"), ("sig", True),
    ]
    check_in(blocks_text(blocks), sd, res, addr)
    page = render_scan(blocks, 1803, dpi=220, angle=0.9, paper=(246, 238, 204), noise=4.5, blur=0.6,
                       colour=True, pen=(30, 30, 140), font="lib-sans", size_pt=11.5)
    put("scan/t18.jpg", img_bytes(page, "JPEG", 220, quality=45))
    complaint("scan/t18.jpg", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Gempol", "date": "2027-01-07", "signed": True,
        "email": None, "phone": "081335880214", "nik": None},
        "pengadaan", "colour JPG 220 dpi, yellowish paper, JPEG q45, sans font; handwritten signature under "
        "'Hormat saya,' with NO printed name below it (signed: the signature is there; the name comes from "
        "the Nama line); unlabelled paragraphs; early retirement (pensiun -> pengadaan); missing loss",
        ocr=True)


def t19():
    """Greyscale TIFF (LZW, 240 dpi) with a revenue stamp under the signature; date line without place."""
    name = "Imam Bukhori"
    addr = "Jl. Pesantren No. 4 RT 01 RW 02, Desa Kalirejo, Kecamatan Bangil"
    sd = ("Saat mengantarkan berkas permohonan pindah tugas ke Bidang Mutasi pada tanggal 6 Januari 2027, "
          "seorang petugas menyampaikan bahwa berkas saya akan \"lebih cepat diproses\" apabila saya memberikan "
          "uang Rp 1.500.000, dan mengirimkan nomor rekening pribadinya melalui pesan WhatsApp. Ketika saya "
          "menolak, berkas saya dikembalikan dengan alasan map yang dipakai tidak sesuai.")
    loss = ("Saya harus kembali lagi keesokan harinya dan meninggalkan pekerjaan, dan sampai sekarang berkas "
            "permohonan saya belum diterima secara resmi.")
    res = ("Saya meminta pimpinan BKPSDM memeriksa petugas tersebut, menjatuhkan sanksi sesuai ketentuan, dan "
           "memastikan berkas permohonan pindah tugas saya diterima dan diproses tanpa pungutan apa pun.")
    blocks = head_to() + [
        ("kv", "Perihal", "Laporan permintaan uang oleh petugas"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0821-4477-3190"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("b", "Uraian:"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian:"), ("p", loss), ("gap", 0.3),
        ("b", "Permintaan:"), ("p", res), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya buat dengan sebenar-benarnya dan dapat dipertanggungjawabkan."),
        ("gap", 0.8),
        ("rightcol", "11 Januari 2027"), ("rightcol", "Yang membuat pengaduan,"), ("sig", True, "above", "meterai"),
        ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 1904, dpi=240, angle=-0.6, paper=242, noise=4.0, blur=0.5,
                       font="dv-cond", size_pt=11.0, quant=8)
    put("scan/t19.tif", img_bytes(page, "TIFF", 240, compression="tiff_lzw"))
    complaint("scan/t19.tif", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": None, "date": "2027-01-11", "signed": True,
        "email": None, "phone": "082144773190", "nik": None},
        "sekretariat", "greyscale TIFF (LZW) 240 dpi, DejaVu Serif Condensed; a revenue stamp (meterai "
        "10000) under the signature; date line '11 Januari 2027' with no place; closing 'Yang membuat "
        "pengaduan,'; a staff member asks for money at the mutasi desk -> sekretariat (not mutasi); "
        "missing place", ocr=True)


def t20():
    """Image-only PDF 300 dpi, sans; two-column place/date + recipient header; no loss."""
    name = "Dewi Ratnasari, S.Si."
    addr = "Perum Bumi Candi Asri Blok G-15, Desa Candiwates, Kecamatan Prigen, Kabupaten Pasuruan"
    sd = ("Saya mengajukan permohonan pindah tugas dari UPT Laboratorium Lingkungan pada Dinas Lingkungan "
          "Hidup ke Dinas Kesehatan sejak bulan Mei 2026, dengan persetujuan kedua kepala perangkat daerah dan "
          "analisis jabatan yang menyatakan formasi masih tersedia. Pada bulan Oktober 2026 saya diberi tahu "
          "bahwa permohonan saya sudah disetujui dan tinggal menunggu SK, namun hingga kini SK mutasi tersebut "
          "belum terbit dan tidak ada penjelasan apa pun dari petugas.")
    res = ("Saya mohon SK mutasi saya segera diterbitkan sesuai persetujuan yang telah diberikan, atau saya "
           "diberi penjelasan tertulis apabila ada kendala.")
    blocks = [
        ("twocol", [("Nomor", "-"), ("Lampiran", "1 (satu) berkas"), ("Hal", "Pengaduan SK mutasi belum terbit")],
         ["Prigen, 15 Januari 2027", "", "Kepada Yth.", "Kepala BKPSDM", "Kabupaten Pasuruan", "di Bangil"],
         0.55),
        ("gap", 1.2),
        ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "HP", "0878-5512-3409"),
        ("kv", "Email", "dewi.ratnasari@example.com"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("p", sd), ("gap", 0.3), ("p", res), ("gap", 0.6),
        ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, res, addr)
    page = render_scan(blocks, 2005, dpi=300, angle=0.3, paper=248, noise=3.5, blur=0.45,
                       font="lib-sans", size_pt=11.0, specks=True)
    put("scan/t20.pdf", img_bytes(page, "PDF", 300, quality=50, producer="HP Scan", creator="HP Scan"))
    complaint("scan/t20.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": "Prigen", "date": "2027-01-15", "signed": True,
        "email": "dewi.ratnasari@example.com", "phone": "087855123409", "nik": None},
        "mutasi", "image-only PDF 300 dpi, sans, JPEG q50; two-column header: Nomor/Lampiran/Hal left and "
        "the place/date line and recipient block right, on the same lines; e-mail written in the letter; "
        "transfer between agencies (mutasi); missing loss", ocr=True)


def t21():
    """Grey JPG with the identity in a ruled table; SIASN data (pengadaan) although a position selection is named."""
    name = "Rudy Hermawan, S.E., M.M."
    addr = "Jl. Gajah Mada No. 88 RT 06 RW 02, Kelurahan Pogar, Kecamatan Bangil"
    sd = ("Setelah migrasi data ke SIASN, riwayat pendidikan S2 dan riwayat jabatan saya sebagai Kepala "
          "Subbagian Keuangan sejak tahun 2019 tidak tercantum lagi. Permohonan perbaikan melalui layanan PDM "
          "sudah saya ajukan tiga kali sejak Agustus 2026 dengan melampirkan ijazah, SK jabatan, dan berita "
          "acara pelantikan, tetapi selalu berstatus \"ditolak\" tanpa alasan yang jelas.")
    loss = ("Karena data tidak lengkap, saya dinyatakan tidak memenuhi syarat pada seleksi jabatan administrator "
            "bulan November 2026 dan harus berulang kali meninggalkan pekerjaan untuk mengurus perbaikan data.")
    res = ("Saya mohon petugas pengelola data SIASN memperbaiki riwayat pendidikan dan jabatan saya sesuai "
           "dokumen yang sah serta memberitahukan kepada saya apabila perbaikan telah selesai.")
    blocks = [("right", "Bangil, 20 Januari 2027"), ("gap", 0.8)] + head_to() + [
        ("kv", "Perihal", "Pengaduan data riwayat di SIASN"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("table", [["NAMA", name], ["NIK", "3514011702800006"], ["NIP", "198002172005011009"],
                   ["ALAMAT", addr], ["NO. TELEPON", "0812-1735-6602"]], [0.26, 0.74], True),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut:"), ("gap", 0.3),
        ("b", "1. Uraian"), ("p", sd), ("gap", 0.3),
        ("b", "2. Kerugian"), ("p", loss), ("gap", 0.3),
        ("b", "3. Permintaan"), ("p", res), ("gap", 0.5),
        ("p", "Demikian pengaduan ini, atas perhatiannya saya ucapkan terima kasih."), ("gap", 0.8),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2106, dpi=250, angle=0.5, paper=240, noise=5.0, blur=0.6,
                       font="lib-serif", size_pt=11.0)
    put("scan/t21.jpg", img_bytes(page, "JPEG", 250, quality=55))
    complaint("scan/t21.jpg", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Bangil", "date": "2027-01-20", "signed": True,
        "email": None, "phone": "081217356602", "nik": "3514011702800006"},
        "pengadaan", "grey JPG 250 dpi, q55, 0.5 deg; identity in a ruled two-column table with upper-case "
        "labels (NAMA/NIK/NIP/ALAMAT/NO. TELEPON); NIP beside NIK; personnel data in SIASN (pengadaan) "
        "although a position selection is the loss; complete", ocr=True)


def t22():
    """Anonymous rotated PDF: illegal fee offer in CPNS recruitment -> sekretariat."""
    sd = ("Pada bulan November 2026 seorang pria yang mengaku pegawai BKPSDM mendatangi beberapa orang tua "
          "peserta seleksi CPNS Kabupaten Pasuruan tahun 2026 di Kecamatan Lekok, termasuk saya, dan "
          "menawarkan jaminan kelulusan dengan imbalan Rp 75.000.000 per orang. Ia menunjukkan kartu pegawai "
          "dan daftar nama peserta yang lolos seleksi administrasi, sehingga banyak warga percaya.")
    loss = ("Saya sudah menyerahkan uang muka Rp 15.000.000 kepada orang tersebut, tetapi anak saya tetap "
            "dinyatakan tidak lulus dan orang tersebut kini tidak dapat dihubungi.")
    res = ("Saya mohon BKPSDM menelusuri apakah orang tersebut benar pegawai BKPSDM, menindak tegas sesuai "
           "hukum, dan mengumumkan kepada masyarakat bahwa seleksi CPNS tidak dipungut biaya.")
    blocks = [("right", "Lekok, 9 Desember 2026"), ("gap", 1),
              ("kv", "Perihal", "Laporan dugaan pungutan liar seleksi CPNS"), ("gap", 1)] + head_to() + [
        ("p", "Dengan hormat,"),
        ("p", "Saya adalah orang tua salah satu peserta seleksi CPNS. Identitas saya sengaja tidak saya "
              "cantumkan karena saya takut, mohon dimaklumi."), ("gap", 0.4),
        ("p", sd), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", res), ("gap", 0.6),
        ("p", "Demikian laporan ini, semoga dapat ditindaklanjuti."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("gap", 1.5), ("rightcol", "Orang tua peserta"),
    ]
    check_in(blocks_text(blocks), sd, loss, res)
    page = render_scan(blocks, 2207, dpi=200, angle=-1.9, paper=238, noise=8.0, blur=0.8,
                       font="lib-narrow", size_pt=12.0)
    put("scan/t22.pdf", img_bytes(page, "PDF", 200, quality=40, producer="Brother MFC-L2700DW",
                                  creator="Brother MFC-L2700DW"))
    complaint("scan/t22.pdf", "scan", {
        "name": None, "address": None, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Lekok", "date": "2026-12-09", "signed": False,
        "email": None, "phone": None, "nik": None},
        "sekretariat", "image-only PDF 200 dpi, -1.9 deg, noisy, Liberation Sans Narrow, JPEG q40; anonymous "
        "('Orang tua peserta', no name, no signature); someone claiming to be staff sells CPNS passes "
        "(illegal fee -> sekretariat, not pengadaan); missing name, address and signed", ocr=True)


def t23():
    """JPG 240 dpi, DejaVu Sans, unlabelled narrative; study permit refused (kompetensi)."""
    name = "Wulan Purnamasari"
    addr = "Dusun Kedungwaru RT 02 RW 04, Desa Kedungboto, Kecamatan Beji, Kabupaten Pasuruan"
    sd = ("Permohonan izin belajar untuk Program Sarjana Administrasi Negara di Universitas Terbuka yang saya "
          "ajukan pada bulan Oktober 2026 ditolak dengan alasan program studi tersebut \"belum "
          "terakreditasi\". Padahal menurut laman BAN-PT program studi itu terakreditasi Unggul, dan bukti "
          "akreditasinya sudah saya lampirkan dalam berkas permohonan.")
    loss = ("Karena penolakan itu saya harus menunda pendaftaran ke semester berikutnya dan biaya pendaftaran "
            "sebesar Rp 350.000 yang sudah saya bayar hangus.")
    res = ("Saya berharap permohonan izin belajar saya diperiksa kembali dan surat izin belajar dapat "
           "diterbitkan sebelum batas akhir registrasi semester genap pada 31 Januari 2027.")
    blocks = [("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
              ("p", "Dengan hormat,"),
              ("p", f"Saya, {name}, pelaksana pada Kantor Kecamatan Beji, beralamat di {addr}, nomor HP "
                    "0896-7734-5520, dengan ini menyampaikan pengaduan mengenai permohonan izin belajar saya."),
              ("gap", 0.4), ("p", sd), ("gap", 0.4), ("p", loss), ("gap", 0.4), ("p", res), ("gap", 0.6),
              ("p", "Demikian surat ini saya sampaikan. Terima kasih atas perhatian Bapak/Ibu."), ("gap", 1),
              ("rightcol", "Beji, 8 Januari 2027"), ("rightcol", "Hormat saya,"), ("sig", True),
              ("rightcol", name)]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2308, dpi=240, angle=1.3, paper=244, noise=5.5, blur=0.7,
                       font="dv-sans", size_pt=10.5)
    put("scan/t23.jpg", img_bytes(page, "JPEG", 240, quality=62))
    complaint("scan/t23.jpg", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Beji", "date": "2027-01-08", "signed": True,
        "email": None, "phone": "089677345520", "nik": None},
        "kompetensi", "grey JPG 240 dpi, 1.3 deg, DejaVu Sans; no labels at all (identity in one sentence, "
        "then three paragraphs); study permit refused (izin belajar -> kompetensi); complete", ocr=True)


def t24():
    """Colour image PDF 250 dpi; 'Mengetahui' headmaster signature with a school stamp on the left."""
    name = "Ayu Lestari Wulandari, S.Pd."
    addr = "Jl. Melati Gg. III No. 15 RT 02 RW 01, Desa Pandean, Kecamatan Rembang, Kabupaten Pasuruan"
    sd = ("Saya mengajukan cuti melahirkan untuk anak kedua terhitung mulai 1 Oktober 2026 dengan permohonan "
          "yang sudah diketahui kepala sekolah dan diserahkan ke BKPSDM pada 10 September 2026. Surat izin cuti "
          "baru terbit pada 2 Desember 2026, dua bulan setelah cuti dimulai, dan mencantumkan tanggal mulai "
          "cuti 1 Desember 2026, tidak sesuai dengan permohonan saya.")
    loss = ("Karena tanggal di surat izin cuti keliru, kehadiran saya pada bulan Oktober dan November 2026 "
            "tercatat tanpa keterangan dan tunjangan profesi guru saya untuk triwulan IV terancam tidak "
            "dibayarkan.")
    res = ("Mohon surat izin cuti melahirkan saya diralat dengan tanggal mulai 1 Oktober 2026 dan data "
           "kehadiran saya pada periode tersebut diperbaiki.")
    blocks = [("right", "Rembang, 18 Desember 2026"), ("gap", 0.8)] + head_to() + [
        ("kv", "Perihal", "Pengaduan surat izin cuti melahirkan"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIP", "199006252015032004"), ("kv", "Alamat", addr),
        ("kv", "No. HP", "0853-3106-7742"), ("gap", 0.4),
        ("p", "guru pada SDN Pandean 2, menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("b", "Uraian pengaduan"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.3),
        ("b", "Permintaan"), ("p", res), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
        ("gap", 0.6),
        ("sigpair", ["Mengetahui,", "Kepala SDN Pandean 2"], ["", "Hormat saya,"], "stamp", True,
         ["Drs. Bambang Irianto", "NIP 196805141994031007"], [name, "NIP 199006252015032004"]),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2409, dpi=250, angle=-0.7, paper=(240, 240, 236), noise=4.0, blur=0.5,
                       colour=True, pen=(15, 25, 95), font="lib-serif", size_pt=10.5,
                       stamp={"ring": "SD NEGERI PANDEAN 2 * KAB. PASURUAN * ", "mid": "REMBANG",
                              "colour": (60, 70, 170)})
    put("scan/t24.pdf", img_bytes(page, "PDF", 250, quality=58, producer="Canon iR-ADV C3525",
                                  creator="Canon iR-ADV C3525"))
    complaint("scan/t24.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Rembang", "date": "2026-12-18", "signed": True,
        "email": None, "phone": "085331067742", "nik": None},
        "kinerja", "colour image-only PDF 250 dpi; two signature columns: 'Mengetahui, Kepala SDN Pandean 2' "
        "(signature + blue round school stamp + headmaster's name and NIP) on the left, the complainant's "
        "signature, name and NIP on the right (name = the complainant); maternity leave decree wrong "
        "(cuti -> kinerja); complete", ocr=True)


def t25():
    """PNG 220 dpi; no address, no loss, no place/date line at all (date null)."""
    name = "Hadi Purnomo, S.Sos."
    sd = ("Sejak 1 Juli 2026 saya ditugaskan sebagai Pelaksana Tugas Sekretaris Kecamatan Tutur secara lisan "
          "oleh Bapak Camat, namun surat perintah Plt dari Bupati melalui BKPSDM belum juga diterbitkan "
          "meskipun usulan sudah dikirim oleh kecamatan sejak Juli 2026 dan sudah dua kali ditanyakan.")
    res = ("Mohon surat perintah Plt Sekretaris Kecamatan Tutur atas nama saya segera diterbitkan, atau "
           "apabila usulan tidak disetujui, penugasan saya ditinjau kembali secara tertulis.")
    blocks = [("kv", "Perihal", "Surat perintah Plt belum terbit"), ("gap", 1)] + head_to() + [
        ("p", "Dengan hormat,"),
        ("p", f"Saya {name}, Kepala Seksi Pemerintahan pada Kantor Kecamatan Tutur, HP 0822-3018-7745, "
              "menyampaikan pengaduan sebagai berikut."), ("gap", 0.4),
        ("p", sd), ("gap", 0.4), ("p", res), ("gap", 0.6),
        ("p", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, res)
    page = render_scan(blocks, 2510, dpi=220, angle=1.2, paper=243, noise=4.0, blur=0.6,
                       font="lib-mono", size_pt=10.5, quant=16)
    put("scan/t25.png", img_bytes(page, "PNG", 220, optimize=True))
    complaint("scan/t25.png", "scan", {
        "name": name, "address": None, "service_description": sd, "loss": None,
        "requested_resolution": res, "place": None, "date": None, "signed": True,
        "email": None, "phone": "082230187745", "nik": None},
        "mutasi", "PNG 220 dpi, 1.2 deg, typewriter-like monospaced font; no address (only the workplace), "
        "no loss, and no place/date line anywhere (a scan has no Date: header, dates in the story are not "
        "the letter's date); acting appointment decree (jabatan -> mutasi); missing address, loss, place "
        "and date", ocr=True)


def t26():
    """Yellowish colour image PDF with a personal letterhead (logo box); PKA training (kompetensi)."""
    name = "Ir. Lukman Hakim"
    addr = "Perum Puri Indah Bangil Blok A-7, Kelurahan Gempeng, Kecamatan Bangil"
    sd = ("Saya menerima surat pemanggilan sebagai peserta Pelatihan Kepemimpinan Administrator (PKA) "
          "angkatan II tahun 2026 tertanggal 2 November 2026. Dua hari sebelum pelatihan dimulai, nama saya "
          "dicoret dan diganti pegawai lain melalui pesan singkat dari staf BKPSDM, tanpa surat resmi dan tanpa "
          "alasan, padahal saya sudah menyelesaikan tugas pra-pelatihan dan menyerahkan surat pernyataan "
          "kesanggupan.")
    loss = ("Saya sudah terlanjur membatalkan cuti dan menyerahkan tugas kantor kepada staf selama tiga bulan, "
            "serta kehilangan kesempatan memenuhi syarat kompetensi jabatan yang wajib dipenuhi paling lambat "
            "tahun 2027.")
    res = ("Saya mohon penjelasan tertulis atas pencoretan tersebut dan kepastian bahwa saya diikutsertakan "
           "dalam PKA angkatan pertama tahun 2027.")
    blocks = [
        ("lhead", [("Ir. LUKMAN HAKIM", True, 1.35), (addr, False, 0.85),
                   ("HP 0811-3380-9921", False, 0.85)]),
        ("hr", 1.2),
        ("right", "Bangil, 22 Desember 2026"), ("gap", 0.6),
        ("kv", "Hal", "Pengaduan pencoretan peserta PKA"), ("gap", 0.6),
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 0.8),
        ("p", "Dengan hormat,"),
        ("p", "Saya yang namanya tercantum pada kop surat ini, Kepala Bidang Tanaman Pangan pada Dinas "
              "Pertanian, menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("b", "Uraian"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.3),
        ("b", "Permohonan"), ("p", res), ("gap", 0.5),
        ("p", "Demikian pengaduan ini saya sampaikan. Terima kasih."), ("gap", 0.8),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, res, addr)
    page = render_scan(blocks, 2611, dpi=220, angle=0.4, paper=(247, 240, 212), noise=4.0, blur=0.5,
                       colour=True, pen=(20, 20, 20), font="dv-serif", size_pt=10.0)
    put("scan/t26.pdf", img_bytes(page, "PDF", 220, quality=65))
    complaint("scan/t26.pdf", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Bangil", "date": "2026-12-22", "signed": True,
        "email": None, "phone": "081133809921", "nik": None},
        "kompetensi", "colour image-only PDF 220 dpi, yellowish paper, DejaVu Serif; personal letterhead "
        "with a logo box (name, address and phone only there: 'Saya yang namanya tercantum pada kop surat "
        "ini'); black-ink signature; leadership training PKA (kompetensi); complete", ocr=True)


def t27():
    """E-mail from the husband with a phone photo (uneven light, glare) of the wife's letter; no request."""
    name = "Novita Sari Rahayu, S.Farm."
    addr = "Jl. Raya Purwosari No. 201 RT 03 RW 02, Desa Purwosari, Kecamatan Purwosari, Kabupaten Pasuruan"
    sd = ("Saya diangkat sebagai CPNS formasi tahun 2024 dengan TMT 1 Juni 2025 pada RSUD Grati dan sudah "
          "dinyatakan lulus Pelatihan Dasar serta memenuhi syarat kesehatan. Usul pengangkatan saya menjadi PNS "
          "sudah dikirim oleh rumah sakit ke BKPSDM pada bulan Juli 2026, tetapi sampai sekarang SK PNS saya "
          "belum terbit, sedangkan rekan seangkatan di puskesmas sudah menerima SK PNS dan diambil sumpahnya "
          "pada bulan Oktober 2026.")
    loss = ("Selama SK PNS belum terbit saya masih menerima gaji 80 persen sebagai CPNS, sehingga setiap bulan "
            "saya kehilangan sekitar Rp 620.000, dan saya belum dapat mengajukan izin belajar profesi apoteker.")
    blocks = [("right", "Purwosari, 30 Desember 2026"), ("gap", 1)] + head_to() + [
        ("kv", "Perihal", "Pengaduan SK pengangkatan PNS"), ("gap", 0.8),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0858-1233-4409"), ("gap", 0.5),
        ("p", "dengan ini menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("b", "Uraian:"), ("p", sd), ("gap", 0.3),
        ("b", "Kerugian:"), ("p", loss), ("gap", 0.6),
        ("p", "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
        ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    check_in(blocks_text(blocks), sd, loss, addr)
    page = render_scan(blocks, 2712, dpi=180, angle=0.0, paper=(251, 250, 246), noise=1.5, blur=0.3,
                       colour=True, pen=(25, 35, 130), specks=False, font="lib-serif", size_pt=11.5)
    photo = phone_photo(page, 2713)
    jpg = img_bytes(photo, "JPEG", 72, quality=78)
    cover = """Selamat pagi Bapak/Ibu,

Saya mengirimkan surat pengaduan istri saya, Novita Sari Rahayu, karena beliau sedang dinas malam di rumah sakit. Fotonya agak gelap, mohon maaf.

Terima kasih,
Dimas
"""
    tag = "t27"
    data = headers(tag, hdate(2026, 12, 31, 6, 40, 18), "Dimas Prasetya <dimas.prasetya82@example.com>",
                   "Surat pengaduan SK PNS (foto)", "example.com", ip="198.51.100.240")
    data += multipart("mixed", boundary(tag, "gmail"), [
        leaf("text/plain", "UTF-8", "8bit", cover),
        attach("image/jpeg", "IMG20261231064002.jpg", jpg)])
    put("scan/t27.eml", data)
    complaint("scan/t27.eml", "scan", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": None, "place": "Purwosari", "date": "2026-12-30", "signed": True,
        "email": "dimas.prasetya82@example.com", "phone": "085812334409", "nik": None},
        "pengadaan", "e-mail from the husband with a phone photo (JPG) of his wife's letter: perspective, "
        "light falling off to the lower right, a glare spot, vignette; name = the letter's complainant, "
        "email = From: (the husband); letter dated 30 Dec, mail 31 Dec; CPNS-to-PNS appointment decree "
        "(pengadaan) although Latsar and izin belajar appear; missing requested_resolution", ocr=True)


# ---------------------------------------------------------------- auto_reply
def t28():
    """Another agency's helpdesk auto-acknowledgement (noreply, Auto-Submitted: auto-generated)."""
    tag = "t28"
    text = """Yth. Pelapor,

Pengaduan Anda telah kami terima dan tercatat dengan nomor tiket DK-2027-00318.

Ringkasan:
Pelapor   : Pengaduan BKPSDM Kabupaten Pasuruan
Kategori  : Layanan administrasi kependudukan
Status    : Menunggu verifikasi

Pengaduan akan diverifikasi oleh petugas dalam 5 (lima) hari kerja. Perkembangan penanganan dapat dipantau pada laman layanan dengan memasukkan nomor tiket di atas.

Email ini dikirim secara otomatis oleh sistem. Mohon tidak membalas email ini.

Helpdesk Layanan Pengaduan
Dinas Kependudukan dan Pencatatan Sipil
"""
    html = ("<html><body style=\"font-family:Tahoma,sans-serif;font-size:13px\"><table width=\"600\" "
            "style=\"border:1px solid #ddd\"><tr><td style=\"background:#0b5394;color:#fff;padding:10px\">"
            "<b>Helpdesk Layanan Pengaduan</b></td></tr><tr><td style=\"padding:12px\">"
            + html_escape(text).replace("\n", "<br>\n") + "</td></tr></table></body></html>\n")
    extra = (f"In-Reply-To: {msgid('fwd-0031', 'pasuruankab.go.id')}\n"
             "Auto-Submitted: auto-generated\n"
             "X-Auto-Response-Suppress: All\n"
             "Reply-To: no-reply@helpdesk.dukcapil.example.org\n")
    data = headers(tag, hdate(2027, 1, 14, 9, 31, 2),
                   "Helpdesk Dispendukcapil <no-reply@helpdesk.dukcapil.example.org>",
                   "[Tiket #DK-2027-00318] Pengaduan Anda telah kami terima",
                   "helpdesk.dukcapil.example.org", ip="192.0.2.199", extra=extra)
    data += multipart("alternative", boundary(tag, "yahoo"), [
        leaf("text/plain", "utf-8", "quoted-printable", text),
        leaf("text/html", "utf-8", "quoted-printable", html)])
    put("auto_reply/t28.eml", data)
    unscored("auto_reply/t28.eml", "auto_reply",
             "another agency's helpdesk auto-acknowledgement in Indonesian (no-reply sender, "
             "Auto-Submitted: auto-generated, X-Auto-Response-Suppress, ticket subject) that talks about "
             "'pengaduan'", auto_reply=True)


def t29():
    """Postfix delay warning (multipart/report, Action: delayed), no Auto-Submitted header."""
    tag = "t29"
    notice = """This is the mail system at host mx1.pasuruankab.go.id.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lilis.handayani@sekolah.example.net>: connect to
    mail.sekolah.example.net[198.51.100.77]:25: Connection timed out
"""
    status = """Reporting-MTA: dns; mx1.pasuruankab.go.id
X-Postfix-Queue-ID: 4F2A13C0D1
X-Postfix-Sender: rfc822; pengaduan.bkpsdm@pasuruankab.go.id
Arrival-Date: Tue, 19 Jan 2027 07:02:11 +0700 (WIB)

Final-Recipient: rfc822; lilis.handayani@sekolah.example.net
Original-Recipient: rfc822;lilis.handayani@sekolah.example.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.sekolah.example.net[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: Sun, 24 Jan 2027 07:02:11 +0700 (WIB)
"""
    orig = f"""Return-Path: <pengaduan.bkpsdm@pasuruankab.go.id>
Date: Tue, 19 Jan 2027 07:02:09 +0700
From: {AGENCY}
To: Lilis Handayani <lilis.handayani@sekolah.example.net>
Subject: Permintaan kelengkapan pengaduan PGD-2027-0052
Message-ID: {msgid('req-0052', 'pasuruankab.go.id')}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    data = headers(tag, hdate(2027, 1, 19, 11, 4, 40),
                   "MAILER-DAEMON@mx1.pasuruankab.go.id (Mail Delivery System)",
                   "Delayed Mail (still being retried)", "pasuruankab.go.id", recv=False,
                   to=AGENCY_ADDR, mid_domain="mx1.pasuruankab.go.id")
    bnd = "4F2A13C0D1.1800846280/mx1.pasuruankab.go.id"
    data += multipart("report", bnd, [
        leaf("text/plain", "us-ascii", "7bit", notice, extra="Content-Description: Notification\n"),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status.encode(),
        b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        + orig.encode()],
        preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    put("auto_reply/t29.eml", data)
    unscored("auto_reply/t29.eml", "auto_reply",
             "Postfix delay warning (not a failure): multipart/report with Action: delayed and "
             "text/rfc822-headers of our own request for missing items, from MAILER-DAEMON, no "
             "Auto-Submitted header", auto_reply=True)


# ------------------------------------------------------------------- hostile
def t30():
    """An HTML error page saved with a .pdf name."""
    page = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>403 Forbidden</title></head>
<body>
<h1>403 Forbidden</h1>
<p>Anda tidak memiliki izin untuk mengunduh berkas ini. Tautan unduhan sudah kedaluwarsa.</p>
<hr><address>nginx</address>
</body>
</html>
"""
    put("hostile/t30.pdf", page.encode("utf-8"))
    unscored("hostile/t30.pdf", "hostile_error",
             "a .pdf file that is really an HTML '403 Forbidden' page (no %PDF header): exit 3",
             expect_exit=3)


def t31():
    """A text/plain letter declaring a charset Python does not know ('utf8mb4'); scored."""
    name = "Teguh Santoso"
    addr = "Dusun Sumberwaru RT 01 RW 03, Desa Wonorejo, Kecamatan Kejayan, Kabupaten Pasuruan"
    sd = ("Pada tanggal 14 Januari 2027 saya menelepon layanan informasi BKPSDM untuk menanyakan jadwal "
          "penyerahan SK kenaikan pangkat istri saya. Petugas yang menerima telepon menjawab dengan kasar – "
          "“kalau tidak sabar ya urus sendiri ke Jakarta” – lalu menutup telepon. Ketika saya menghubungi nomor "
          "WhatsApp layanan, pesan saya hanya dibaca dan nomor saya kemudian diblokir.")
    loss = ("Saya tidak mendapat informasi yang saya butuhkan dan harus datang langsung ke kantor dengan "
            "menempuh perjalanan sekitar 40 km.")
    res = ("Mohon petugas layanan telepon dan WhatsApp diberi pembinaan, nomor saya dibuka kembali, dan saya "
           "diberi informasi jadwal penyerahan SK tersebut.")
    body = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama   : {name}
Alamat : {addr}
HP     : 0819-4402-7713

Pengaduan:
{sd}

Kerugian:
{loss}

Permintaan:
{res}

Kejayan, 19 Januari 2027

Hormat saya,
{name}
"""
    tag = "t31"
    data = headers(tag, hdate(2027, 1, 19, 14, 22, 9), f"{name} <teguh.santoso@example.net>",
                   "Pengaduan pelayanan telepon BKPSDM", "example.net", ip="203.0.113.88",
                   extra="X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)\n")
    data += ('Content-Type: text/plain; charset="utf8mb4"\nContent-Transfer-Encoding: 8bit\n\n'
             ).encode("ascii") + body.encode("utf-8")
    put("hostile/t31.eml", data)
    complaint("hostile/t31.eml", "hostile_ok", {
        "name": name, "address": addr, "service_description": sd, "loss": loss,
        "requested_resolution": res, "place": "Kejayan", "date": "2027-01-19", "signed": True,
        "email": "teguh.santoso@example.net", "phone": "081944027713", "nik": None},
        "sekretariat", "text/plain declaring an unknown charset 'utf8mb4' (bytes are UTF-8 with en dashes "
        "and curly quotes): must exit 0 without a crash; the letter is scored; rude phone service and "
        "blocked WhatsApp (staff conduct -> sekretariat) although a promotion decree is named; complete")


ITEMS = [t01, t02, t03,
         t04, t05, t06, t07, t08, t09, t10, t11,
         t12, t13, t14, t15,
         t16, t17, t18, t19, t20, t21, t22, t23, t24, t25, t26, t27,
         t28, t29,
         t30, t31]


README_HEAD = """# heldout23 — blind held-out set for `pengaduan extract`

{n} items with ground truth in `truth.jsonl` (same format and scoring rules as
`/work/shared/samples/README.md` and `/work/shared/tools/score.py`). Everything
here is produced by `make_heldout23.py` (standard library + Pillow + numpy;
fixed seeds, Message-IDs, boundaries and timestamps). Run it from the
repository root with `.venv/bin/python tests/extract/heldout23/make_heldout23.py`;
two runs give byte-identical files.

**Written blind.** The letters and the truth were written from the
specification only (`procedure-id.md`, `DESIGN.md`, the samples' README,
truth format and a few sample files, `score.py`). The rendering helpers (PDF
writer, signature scribble, scan renderer, stamp, phone photo, MIME helpers)
were adapted from heldout19's generator; no letter was reused. The author did
not read the extractor's code or any other test set. All people, addresses,
NIKs, phone numbers and mail addresses are invented; mail addresses use
`example.*` domains. Dates run from December 2026 to January 2027.

| folder | category | n | what |
|---|---|---|---|
| `email_plain/` | `email_plain` | 3 | chatty registers: a WhatsApp-style reply above a quoted agency mail (abbreviations, emoji, nickname closing, sent 00:21 local), a Javanese-flavoured letter, an English-mixed letter with English labels |
| `email_mime/` | `email_mime` | 8 | Outlook HTML-only windows-1252 QP; Gmail multipart/alternative utf-8 QP whose parts differ slightly; HTML-only iso-8859-1 base64 with the identity in a bordered table; Outlook-for-Android alternative windows-1252 8bit; Gmail HTML-only utf-8 base64 with the complaint in a table; Apple Mail alternative (QP text, base64 HTML with `<ol>`); Yahoo-style HTML soup iso-8859-1 QP; Thunderbird alternative (base64 text, QP HTML missing a sentence) with a two-encoded-word subject; RFC 2047 B/Q names and subjects in utf-8, iso-8859-1 and windows-1252; é, ’, “ ”, –, ± |
| `email_pdf/` | `email_pdf` | 4 | cover note + text PDF: two-column header with vector signature; Times PDF with an embedded PNG signature; unsigned letter with a ruled table under a signed cover note; centred-title letter with other section labels |
| `scan/` | `scan` | 12 | one page each: image-only PDFs (5), PNG (2), JPG (3), TIFF (1, greyscale LZW) and an e-mail with a phone photo (uneven light, glare, perspective); 200-300 dpi, rotations up to 1.9°, noise, blur, JPEG q40-78, grey and yellowish paper; fonts Liberation Serif/Sans/Sans Narrow/Mono and DejaVu Serif/Sans/Serif Condensed; letterheads with a logo box, a blue school stamp, a revenue stamp (meterai), a ruled identity table, a two-column place/date + recipient header, a paired 'Mengetahui' signature block; signed, unsigned (printed name only), a signature without a printed name, an anonymous letter |
| `auto_reply/` | `auto_reply` | 2 | another agency's helpdesk auto-acknowledgement (Indonesian, `Auto-Submitted: auto-generated`); a Postfix *delay* warning (`Action: delayed`, no Auto-Submitted) |
| `hostile/` | `hostile_error` | 1 | an HTML "403 Forbidden" page saved as `.pdf` (exit 3) |
| `hostile/` | `hostile_ok` | 1 | a letter whose text/plain part declares the unknown charset `utf8mb4` (scored) |

Complaints scored on fields: {nc} ({ncomplete} complete; {ninc} incomplete).
Divisions: {divs}.

Truth conventions (as in the samples' README):

- free-text fields are the exact passage without its label (and without list
  markers such as `a.` or `1)`), wrapped lines joined with one space;
- `name` is the complainant as written in the letter (titles included); when
  someone else sends the letter (t27: the husband), `name` is the letter's
  complainant and `email` is still the `From:` address;
- `address` is the complainant's home address; a school or office address
  (letterheads, "guru di SDN ...") is not an address; a personal letterhead's
  address is (t26);
- `place` is only the place of the place/date line; "Tempat/Tgl Lahir:
  Pasuruan, 14 Mei 1985" is not it (t12); a date line without a place gives
  `place` null (t19);
- `date` of an e-mail whose letter has no date is the `Date:` header's date
  as written by the sender (t01 00:21 +0700, t11 00:37 +0700: the previous
  day in UTC); a scan with no place/date line has `date` null (t25); a
  quoted mail's date is not the letter's date (t01);
- `signed` in an e-mail letter = a closing followed by the writer's name,
  formal or not ("Makasih 🙏 / Nita", "Best regards, / Rizky ..."); "Salam,"
  with no name is unsigned (t08). For an attached letter, the attached
  letter's signature counts, not the cover note's (t14). On scans and PDFs a
  handwritten signature (scribble, vector strokes or an image) makes the
  letter signed; a printed name alone does not (t17); a signature with no
  printed name under it is signed (t18, the name comes from the Nama line);
- `phone` digits with a leading 0 (+62 mapped); 18-digit NIPs are not NIKs;
- `division` follows the table in `procedure-id.md`; illegal fees, staff
  conduct and facilities go to `sekretariat` even when another division's
  service is named (t07 Karis, t15 pension legalisation, t19 transfer desk,
  t22 CPNS, t31 promotion decree);
- `ocr` is true for all `scan/` items (including the e-mail with a photo).

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
