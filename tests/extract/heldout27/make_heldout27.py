#!/usr/bin/env python3
"""Generate the blind held-out set `heldout27` for `pengaduan extract`.

Theme: people who are not civil servants, and how they write -- CPNS/PPPK
applicants and their parents, honorary (honorer) staff, widows and children
of deceased civil servants, a lawyer for a dismissed employee, a journalist,
a neighbour of the office, a student intern, a foreign national married to a
civil servant (English), a person with a disability.  Very short mails, long
rambling ones, a pasted WhatsApp chat export, numbered grievances, a
bilingual letter, the request stated twice, loss as a question, place/date
beside Nomor/Lampiran/Perihal, a letter in a .txt attachment, a two-page PDF
signed on page 2, HTML webmail with image signatures; two auto-replies of
unusual kinds and one hostile-but-readable item.  No scans.

Written from the specification only (procedure-id.md, DESIGN.md, the
samples' README/truth format and a few sample files, score.py).  The MIME
and PDF helpers are copied from heldout24's generator; every letter is new.

Run from the repository root:
    .venv/bin/python tests/extract/heldout27/make_heldout27.py

Deterministic (fixed seeds, Message-IDs, boundaries, timestamps).  Standard
library + Pillow + numpy only.  All people, addresses, NIKs, phone numbers
and e-mail addresses are invented; mail addresses use example.* domains.
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
    h = hashlib.sha1(("heldout27-" + tag).encode()).hexdigest()[:20]
    return f"<{h}@{domain}>"


def boundary(tag, n=0):
    return "0000000000" + hashlib.sha1(f"heldout27-b-{tag}-{n}".encode()).hexdigest()[:18]


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
    qid = hashlib.sha1(("h27" + tag).encode()).hexdigest()[:10].upper()
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




# ================================================================ heldout27
HEADER_DATE: set = set()


def blocks_text27(blocks):
    out = []
    for b in blocks:
        if b[0] == "cols":
            out.append(b[1] + ("   " + b[2] if b[2] else ""))
        else:
            out.append(blocks_text([b]))
    return "\n".join(x for x in out if x)


def frm_of(name, addr):
    return f"{name} <{addr}>" if name else addr


def pm(rel, tag, when, name, addr, subject, body, f, division, note, header_date=False, **kw):
    """A plain-text mail with the whole letter in the body."""
    domain = addr.split("@")[1]
    put(rel, plain_mail(tag, hdate(*when), frm_of(name, addr), subject, domain, body, **kw))
    src(rel, body)
    f = dict(f)
    f["email"] = addr
    if header_date:
        HEADER_DATE.add(rel)
    complaint(rel, rel.split("/")[0], f, division, note)


def text_scan_blocks_check(blocks):
    for b in blocks:
        if b[0] in ("p", "ind", "kv"):
            txt = b[-1]
            assert txt == " ".join(txt.split()), txt


def mixed(tag, date, frm, subject, domain, parts, ip="192.0.2.10", extra=""):
    """A multipart/mixed mail: parts are already-rendered MIME parts."""
    h = headers(tag, date, frm, subject, domain, ip=ip, extra=extra)
    return (h + multipart("mixed", boundary(tag), parts)).encode("utf-8")


def R(s, col=44):
    return " " * col + s


# ================================================================ email_plain
def p01():
    rel = "email_plain/p01.eml"
    name = "Sulastri Wahyuningtyas"
    addr = "Dusun Kemantren RT 04 RW 02, Desa Sumberejo, Kecamatan Pandaan, Kabupaten Pasuruan"
    svc = ("Pada pengumuman hasil integrasi SKD dan SKB tanggal 2 November 2026 nama anak saya tercantum dengan "
           "keterangan P/L, tetapi pada pengumuman akhir setelah masa sanggah tanggal 16 November 2026 namanya "
           "hilang dan diganti peserta lain tanpa penjelasan apa pun.")
    loss = ("Karena pengumuman pertama itu anak saya sudah berhenti dari pekerjaannya di percetakan di Sidoarjo "
            "sehingga sekarang tidak punya penghasilan, dan dia jadi murung serta tidak mau keluar kamar.")
    req = ("Saya mohon panitia seleksi menjelaskan secara tertulis mengapa nama anak saya dihapus dari pengumuman "
           "akhir dan, kalau itu kesalahan, mengembalikan namanya sebagai peserta yang lulus.")
    para1 = (f"Bapak/Ibu yang saya hormati, perkenalkan saya Ibu {name}, ibu dari Rizky Adi Pratama, peserta "
             "seleksi CPNS Kabupaten Pasuruan tahun 2026 formasi Pranata Komputer Ahli Pertama. Saya tinggal di "
             f"{addr}, dan mohon maaf kalau surat saya ini panjang karena saya bukan orang kantoran dan tidak "
             "biasa menulis surat resmi, jadi saya tulis saja apa adanya seperti saya bercerita.")
    para2 = ("Anak saya ini sejak kecil memang senang komputer, waktu SMA sudah membantu bapaknya di warung "
             "fotokopi dan servis HP di depan pasar, lalu kuliah D3 di Malang sambil bekerja, dan lulus dengan "
             "nilai bagus walaupun kami orang tidak punya. Singkat cerita, tahun ini dia ikut seleksi CPNS dan "
             "alhamdulillah nilai SKB-nya tertinggi kedua di formasinya, semua tetangga sudah memberi selamat. "
             f"{svc} Waktu saya dan anak saya datang ke kantor BKPSDM menanyakan, kami hanya disuruh melihat "
             f"website dan tidak ada yang mau menjelaskan. {loss} Bapaknya juga sedang sakit gula dan sudah tidak "
             f"bisa bekerja berat, jadi kami benar-benar berharap pada anak ini. {req} Saya tidak mengerti "
             "aturan, saya cuma ibu rumah tangga, tapi kata tetangga saya yang guru, kalau sudah diumumkan lulus "
             "seharusnya tidak bisa dihapus begitu saja, apalagi tanpa surat. Mohon maaf kalau ada kata-kata "
             "saya yang kurang berkenan, semoga Bapak/Ibu bisa memahami perasaan seorang ibu.")
    body = "\n".join([
        "Assalamualaikum wr. wb.", "", wrap(para1), "", wrap(para2), "",
        "Pandaan, 19 November 2026", "",
        "Wassalamualaikum wr. wb.", "Hormat saya,", name, "HP 0857-3390-1264", ""])
    pm(rel, "p01", (2026, 11, 19, 21, 4, 37), "Sulastri W", "sulastri.wahyu@example.com",
       "Mohon keadilan untuk anak saya (CPNS 2026)", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Pandaan", date="2026-11-19", signed=True, phone="085733901264", nik=None), "pengadaan",
       "LONG RAMBLING mother of a CPNS applicant: no labels, the story, loss and request buried in the middle "
       "of one long paragraph among chatter; 'Ibu' is a form of address, the name is as signed; applicant "
       "dropped from the final CPNS announcement -> pengadaan; complete")


def p02():
    rel = "email_plain/p02.eml"
    svc = ("NI PPPK saya sudah keluar sejak September tapi SK pengangkatan belum saya terima sampai sekarang, "
           "padahal teman-teman satu formasi sudah terima semua.")
    body = "Pak/Bu, " + svc + "\n\n\nDikirim dari Yahoo Mail di Android\n"
    pm(rel, "p02", (2026, 11, 20, 6, 48, 12), None, "pppk.guru.nusantara88@example.com",
       "SK PPPK", body, dict(
           name=None, address=None, service_description=svc, loss=None, requested_resolution=None,
           place=None, date="2026-11-20", signed=False, phone=None, nik=None), "pengadaan",
       "VERY SHORT mail that says almost nothing: one sentence, no name, no address, no loss, no request, no "
       "closing, only a phone-client footer; date from the Date: header; PPPK SK not received -> pengadaan",
       header_date=True)


def p03():
    rel = "email_plain/p03.eml"
    name = "Wahyu Setiawan"
    addr = "Dusun Ngempit RT 01 RW 06, Desa Kejapanan, Kecamatan Gempol"
    svc = ("Berkas pendataan non-ASN saya sudah saya serahkan melalui sekolah pada tahun 2025 dan ada tanda "
           "terimanya, tetapi nama saya tidak tercantum dalam database non-ASN BKN dan admin BKPSDM hanya "
           "menjawab pendataan sudah ditutup.")
    loss = ("Karena nama saya tidak ada di database, saya tidak bisa mendaftar seleksi PPPK paruh waktu tahun "
            "ini, padahal masa kerja saya sudah 15 tahun.")
    req = ("Saya minta BKPSDM memeriksa tanda terima berkas saya dan mengusulkan perbaikan data saya ke BKN "
           "sebelum pendaftaran PPPK paruh waktu ditutup.")
    chat = "\n".join([
        "[12/11/26 08.15] Wahyu Setiawan: Selamat pagi pak, nama saya tidak ada di database non-ASN BKN, "
        "padahal sy sudah honorer sejak 2011",
        "[12/11/26 08.21] Admin Non-ASN BKPSDM: Pagi. Pendataan sudah ditutup tahun lalu mas",
        "[12/11/26 08.22] Wahyu Setiawan: Tapi berkas saya sudah saya kumpulkan lewat sekolah pak, ada tanda "
        "terimanya",
        "[12/11/26 08.40] Admin Non-ASN BKPSDM: Ya nanti tunggu saja informasi selanjutnya",
        "[13/11/26 10.02] Wahyu Setiawan: Pak ada kabar?",
        "[14/11/26 19.47] Wahyu Setiawan: Pak?",
        "[14/11/26 19.47] Wahyu Setiawan: <Media tidak disertakan>"])
    body = "\n".join([
        "Kepada Yth. Admin Pengaduan BKPSDM", "",
        wrap(f"Saya {name}, tenaga honorer (operator sekolah) di SDN Gununggangsir 2 sejak 2011, alamat {addr}. "
             "Berikut saya tempelkan percakapan WA saya dengan admin pendataan non-ASN BKPSDM:"), "",
        chat, "",
        "Sampai hari ini pesan saya tidak dibalas lagi.", "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Terima kasih.", name, "WA 0813-5520-7718", ""])
    pm(rel, "p03", (2026, 11, 17, 12, 31, 5), name, "wahyu.setiawan.opsd@example.net",
       "Nama saya tidak ada di database non-ASN", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place=None, date="2026-11-17", signed=True, phone="081355207718", nik=None), "pengadaan",
       "HONORER with a WHATSAPP CHAT EXPORT pasted in ('[12/11/26 08.15] Name: ...'); the chat's dates are not "
       "the letter date: no place/date line -> date from the Date: header; closing 'Terima kasih. / name'; "
       "non-ASN database / PPPK paruh waktu -> pengadaan; missing place", header_date=True)


def p04():
    rel = "email_plain/p04.eml"
    name = "Moch. Ikhsan Maulana"
    addr = "Jl. Raya Raci Gg. Kenari No. 7, Desa Raci, Kecamatan Bangil, Kabupaten Pasuruan"
    items = [
        "1. Setiap ada tes CPNS, PPPK atau acara di kantor BKPSDM, mobil dan motor tamu diparkir di depan pagar "
        "rumah saya dan menutup jalan masuk, sehingga saya tidak bisa mengeluarkan mobil.",
        "2. Juru parkir yang berjaga di depan kantor mengarahkan kendaraan ke depan rumah warga dan memungut uang "
        "parkir Rp 5.000 tanpa karcis.",
        "3. Genset kantor di sisi timur dinyalakan sampai larut malam dan suaranya sangat bising, terakhir pada "
        "tanggal 20 November 2026 sampai pukul 23.30.",
        "4. Sudah dua kali saya sampaikan ke satpam kantor, tetapi tidak ada perubahan sama sekali."]
    svc = " ".join(items)
    loss = ("Saya dua kali terlambat mengantar anak saya kontrol ke rumah sakit karena mobil terkunci oleh "
            "kendaraan tamu, dan ibu saya yang sudah sepuh tidak bisa tidur karena suara genset.")
    req = ("Mohon BKPSDM menyediakan tempat parkir sendiri untuk peserta tes, menertibkan juru parkir, dan tidak "
           "menyalakan genset di atas pukul 21.00.")
    body = "\n".join([
        "Yth. Kepala BKPSDM Kabupaten Pasuruan", "",
        "Dengan hormat,", "",
        f"Saya {name}, warga yang rumahnya bersebelahan dengan kantor BKPSDM,",
        f"beralamat di {addr},", "HP 0812-4907-3315.", "",
        "Saya ingin menyampaikan beberapa keluhan sebagai tetangga kantor:", ""]
        + [wrap(x).replace("\n", "\n   ") for x in items] + ["",
        "Akibatnya:", wrap(loss), "",
        "Permintaan saya:", wrap(req), "",
        "Bangil, 23 November 2026", "",
        "Hormat saya,", name, "(tetangga kantor, rumah cat hijau sebelah timur)", ""])
    pm(rel, "p04", (2026, 11, 23, 16, 12, 48), name, "ikhsan.maulana.raci@example.org",
       "Keluhan warga sekitar kantor BKPSDM (parkir dan genset)", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Bangil", date="2026-11-23", signed=True, phone="081249073315", nik=None), "sekretariat",
       "NEIGHBOUR of the office: the service description is a NUMBERED LIST of four grievances (parking, "
       "parking money, generator noise, security ignoring him), the truth is the whole list; 'Akibatnya:' / "
       "'Permintaan saya:' labels; facilities -> sekretariat; complete")


def p05():
    rel = "email_plain/p05.eml"
    name = "Musyarofah"
    req_early = "Langsung saja, saya mohon SK pensiun janda saya segera diterbitkan."
    svc = ("Suami saya, almarhum Slamet Hariyono, guru SDN Wonosunyo 1, meninggal dunia pada tanggal 3 Juli "
           "2026. Berkas usul pensiun janda sudah saya serahkan ke BKPSDM lewat sekolah pada akhir Juli 2026, "
           "tetapi setiap kali saya tanyakan jawabannya berkas masih di meja dan belum ditandatangani.")
    loss = ("Sudah empat bulan saya tidak menerima uang pensiun sama sekali, padahal saya masih menanggung dua "
            "anak yang sekolah, sehingga saya terpaksa menggadaikan perhiasan untuk membayar SPP.")
    req = ("Sekali lagi, permohonan saya: mohon BKPSDM segera menerbitkan SK pensiun janda atas nama saya dan "
           "mengirimkannya ke PT Taspen Cabang Malang, agar pensiun saya bisa segera dibayarkan.")
    body = "\n".join([
        "Assalamualaikum,", "", "Kepada Bapak/Ibu petugas pengaduan BKPSDM,", "",
        wrap(req_early + f" Saya {name}, janda almarhum Slamet Hariyono, nomor HP 0856-4521-0093."), "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Gempol, 24 November 2026", "", "Hormat saya,", name, ""])
    pm(rel, "p05", (2026, 11, 24, 10, 2, 19), name, "musyarofah.gempol@example.com",
       "Pensiun janda belum keluar", body, dict(
           name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
           place="Gempol", date="2026-11-24", signed=True, phone="085645210093", nik=None), "pengadaan",
       "WIDOW; the REQUEST STATED TWICE: a short one in the opening line and the full one at the end "
       "('Sekali lagi, permohonan saya: ...'); the truth takes the full final statement; single-word name; "
       "pensiun janda -> pengadaan; no address")


def p06():
    rel = "email_plain/p06.eml"
    name = "Nur Laili Fitriyah"
    addr = "Dusun Wonomerto RT 02 RW 01, Desa Wonokitri, Kecamatan Tosari, Kabupaten Pasuruan"
    svc = ("Pada hari Kamis, 26 November 2026 pukul 13.30 saya datang ke loket BKPSDM untuk melegalisir SK "
           "pensiun bapak saya, tetapi loket sudah tutup dan tidak ada petugas sama sekali, padahal di papan "
           "informasi tertulis jam pelayanan sampai pukul 15.00.")
    loss = ("Saya sudah izin tidak masuk kerja sehari dan keluar ongkos ojek Rp 120.000 bolak-balik dari "
            "Tosari, lalu siapa yang mau mengganti biaya saya?")
    req = "Saya minta loket dibuka sesuai jam pelayanan yang diumumkan dan legalisir SK bapak saya dibantu."
    body = "\n".join([
        "Selamat sore,", "",
        wrap(f"Nama saya {name}, anak dari Bapak Karsono, pensiunan guru. Alamat saya {addr}."), "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Tosari, 26 November 2026", "", "Terima kasih.", ""])
    pm(rel, "p06", (2026, 11, 26, 17, 40, 2), name, "laili.fitriyah.tosari@example.net",
       "Loket tutup sebelum jam pelayanan", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Tosari", date="2026-11-26", signed=False, phone=None, nik=None), "sekretariat",
       "daughter of a retired civil servant; the LOSS ENDS AS A QUESTION ('lalu siapa yang mau mengganti biaya "
       "saya?'); the counter closed before its hours -> sekretariat even though a pension SK is named; ends "
       "'Terima kasih.' with no name -> not signed; no phone")


def p07():
    rel = "email_plain/p07.eml"
    name = "Drs. Sugeng Riyadi"
    addr = "Jl. Kartini No. 21 RT 03 RW 02, Kelurahan Kauman, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Anak saya, Fadhilah Nur Azizah, diangkat sebagai CPNS di Dinas Kesehatan Kabupaten Pasuruan "
           "terhitung 1 Maret 2026, tetapi sampai sekarang belum dijadwalkan mengikuti Pelatihan Dasar (Latsar) "
           "CPNS, sementara CPNS lain yang diangkat bersamaan sudah selesai Latsar angkatan I dan II.")
    loss = ("Karena belum mengikuti Latsar, anak saya tidak dapat diangkat menjadi PNS tepat waktu dan masa "
            "percobaannya terancam melewati batas dua tahun, sehingga kami sekeluarga sangat khawatir.")
    req = ("Kami mohon BKPSDM memasukkan anak saya dalam Latsar angkatan berikutnya dan memberikan jadwal "
           "tertulis pelaksanaannya.")
    body = "\n".join([
        "Nomor    : -" + " " * 34 + "Bangil, 20 November 2026",
        "Lampiran : 1 (satu) lembar fotokopi SK CPNS",
        "Perihal  : Pengaduan Latsar CPNS belum dijadwalkan", "",
        "Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di -", "    Bangil", "",
        "Dengan hormat,", "Yang bertanda tangan di bawah ini, orang tua dari CPNS atas nama Fadhilah Nur Azizah:", "",
        f"  Nama      : {name}",
        f"  Alamat    : {addr}",
        "  Pekerjaan : pensiunan guru",
        "  Telepon   : 0821-3416-5580", "",
        "menyampaikan pengaduan sebagai berikut.", "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Demikian, atas perhatian Bapak/Ibu kami sampaikan terima kasih.", "",
        R("Hormat kami,"), "", R(name), ""])
    pm(rel, "p07", (2026, 11, 21, 8, 5, 51), name, "sugeng.riyadi.kauman@example.com",
       "Pengaduan Latsar CPNS belum dijadwalkan", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Bangil", date="2026-11-20", signed=True, phone="082134165580", nik=None), "kompetensi",
       "father of a CPNS; formal letter whose PLACE/DATE LINE STANDS IN THE HEADER on the 'Nomor' line beside "
       "'Nomor/Lampiran/Perihal' (mail sent the next day); 'Drs.' title; Latsar -> kompetensi; complete")


def p08():
    rel = "email_plain/p08.eml"
    name = "Anindya Prameswari"
    addr = "Jl. Mangga No. 5, Perumahan Bangil Permai, Kelurahan Kalianyar, Kecamatan Bangil, Kabupaten Pasuruan"
    svc = ("Ayah saya, almarhum Bambang Sutrisno, guru SMPN 2 Bangil, diusulkan menerima Satyalancana Karya "
           "Satya XXX Tahun pada tahun 2025 dan namanya tercantum dalam Keputusan Presiden, tetapi sampai beliau "
           "wafat pada bulan Juni 2026 piagam dan tanda kehormatan itu tidak pernah diserahkan kepada beliau "
           "maupun kepada keluarga.")
    loss = ("Keluarga kami merasa sangat sedih karena penghargaan atas 30 tahun pengabdian ayah tidak pernah "
            "beliau terima semasa hidupnya.")
    req = ("Kami mohon BKPSDM menyerahkan piagam dan tanda kehormatan Satyalancana tersebut kepada ibu saya "
           "sebagai ahli waris.")
    svc_en = ("My late father, Bambang Sutrisno, a teacher at SMPN 2 Bangil, was nominated for the Satyalancana "
              "Karya Satya XXX Tahun in 2025 and his name appears in the Presidential Decree, but until he "
              "passed away in June 2026 the certificate and the medal were never handed to him or to the family.")
    loss_en = ("Our family is deeply saddened that the recognition of my father's 30 years of service never "
               "reached him in his lifetime.")
    req_en = ("We ask BKPSDM to hand over the Satyalancana certificate and medal to my mother as his heir.")
    body = "\n".join([
        "Yth. Kepala BKPSDM Kabupaten Pasuruan / To the Head of BKPSDM Pasuruan Regency", "",
        "[Bahasa Indonesia]", "",
        f"Nama   : {name}", f"Alamat : {addr}", "HP     : +62 878-5102-3349", "",
        "Uraian pengaduan:", wrap(svc), "",
        "Kerugian:", wrap(loss), "",
        "Permintaan:", wrap(req), "",
        "Bangil, 25 November 2026", "Hormat saya,", name, "",
        "[English translation]", "",
        f"Name    : {name}", f"Address : {addr}", "Mobile  : +62 878-5102-3349", "",
        "Complaint:", wrap(svc_en), "",
        "Loss:", wrap(loss_en), "",
        "Request:", wrap(req_en), "",
        "Bangil, 25 November 2026", "Yours sincerely,", name, ""])
    pm(rel, "p08", (2026, 11, 25, 20, 15, 33), name, "anindya.prameswari@example.co.uk",
       "Satyalancana almarhum ayah saya / My late father's Satyalancana", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Bangil", date="2026-11-25", signed=True, phone="087851023349", nik=None), "kinerja",
       "BILINGUAL letter by the daughter of a deceased civil servant: the full letter in Indonesian, then the "
       "same letter in English; the truth takes the Indonesian (first, original) passages; '+62' phone; "
       "Satyalancana (award) -> kinerja; complete")


def p09():
    rel = "email_plain/p09.eml"
    name = "Thomas Whitfield"
    addr = "Perum Bumi Candi Asri Blok F-12, Desa Candiwates, Kecamatan Prigen, Kabupaten Pasuruan"
    svc = ("In September 2026 my wife, a civil servant teacher at SDN Prigen 3, applied through her school for "
           "my Kartu Suami (Karsu). The application was returned twice because I do not have a KTP and a NIK, "
           "although I attached my passport, my KITAS and our marriage certificate, and nobody at the BKPSDM "
           "counter could tell us which document is accepted for a foreign husband.")
    loss = ("Without the Karsu I cannot be registered as her dependant, so the family allowance in her salary "
            "and my health insurance coverage have been on hold for three months.")
    req = ("I kindly ask BKPSDM to accept my passport and KITAS in place of a KTP, or to tell us in writing "
           "exactly which documents a foreign spouse must submit.")
    body = "\n".join([
        "Dear Sir or Madam,", "",
        wrap(f"My name is {name}, I am a British national married to an Indonesian civil servant, and I live "
             f"at {addr}. My phone number is 0811-3602-9187. I am sorry that I write in English; my Indonesian "
             "is not good enough for a formal letter."), "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Thank you for your help.", "",
        "Prigen, 26 November 2026", "",
        "Kind regards,", name, ""])
    pm(rel, "p09", (2026, 11, 26, 9, 33, 40), name, "t.whitfield@example.co.uk",
       "Complaint: Kartu Suami (Karsu) application for a foreign spouse", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Prigen", date="2026-11-26", signed=True, phone="081136029187", nik=None), "pengadaan",
       "FOREIGN NATIONAL married to a civil servant, letter ENTIRELY IN ENGLISH, no labels, address inside a "
       "sentence ('I live at ...'); 'Kind regards,' signs; Karsu -> pengadaan; complete")


def p10():
    rel = "email_plain/p10.eml"
    name = "Aditya Ramadhan"
    svc = ("Saya mahasiswa Program Studi Administrasi Publik Universitas Merdeka Pasuruan yang melaksanakan "
           "magang di Bidang Pengembangan Kompetensi BKPSDM pada 1 September sampai 31 Oktober 2026. Ketika saya "
           "meminta surat keterangan selesai magang, seorang pegawai mengatakan sertifikat hanya bisa keluar "
           "kalau saya membayar \"uang administrasi\" Rp 150.000, padahal di kampus dijelaskan magang di instansi "
           "pemerintah tidak dipungut biaya.")
    loss = ("Saya sudah membayar Rp 150.000 tanpa kuitansi, dan karena sertifikat baru diberikan seminggu "
            "kemudian, nilai magang saya terlambat masuk sehingga saya tidak bisa ikut yudisium bulan November.")
    req = ("Saya minta uang tersebut dikembalikan dan pegawai yang bersangkutan ditegur agar mahasiswa magang "
           "berikutnya tidak dimintai uang lagi.")
    body = "\n".join([
        "Yth. Tim Pengaduan BKPSDM,", "",
        f"Perkenalkan, saya {name} (NIM 2241012077), HP 0895-3312-6740.", "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Pasuruan, 27 November 2026", "", "Hormat saya,", name, ""])
    pm(rel, "p10", (2026, 11, 27, 11, 20, 9), name, "aditya.ramadhan.fia@student.example.ac.id",
       "Dimintai uang untuk sertifikat magang", body, dict(
           name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
           place="Pasuruan", date="2026-11-27", signed=True, phone="089533126740", nik=None), "sekretariat",
       "STUDENT INTERN asked for money for the internship certificate: illegal fee -> sekretariat although the "
       "internship was in the competence division; a NIM is not a NIK; no address")


def p11():
    rel = "email_plain/p11.eml"
    name = "Rendy Kurniawan"
    addr = "Dusun Sumbersari RT 05 RW 03, Desa Lemahbang, Kecamatan Sukorejo, Kabupaten Pasuruan"
    svc = ("Saya daftar CPNS 2026 formasi disabilitas. Saya tuli sejak lahir. Saya dinyatakan TMS karena surat "
           "keterangan dokter saya dari Puskesmas, bukan dari rumah sakit. Di pengumuman tidak ada aturan harus "
           "dari rumah sakit. Saya sudah sanggah. Sanggahan ditolak, tidak ada alasan.")
    loss = "Saya tidak bisa ikut tes. Kesempatan saya hilang. Saya sedih dan merasa dibedakan."
    req = ("Saya minta hasil seleksi administrasi saya diperiksa lagi. Saya minta alasan penolakan sanggah "
           "ditulis jelas.")
    body = "\n".join([
        "Kepada BKPSDM Kabupaten Pasuruan", "",
        f"Nama saya {name}.", f"Alamat {addr}.", "Saya tidak bisa telepon. Tolong balas lewat email atau SMS "
        "ke 0857-0412-3398.", "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Terima kasih.", "Salam,", name, ""])
    pm(rel, "p11", (2026, 11, 18, 22, 51, 30), name, "rendy.kurniawan.tuli@example.org",
       "Formasi disabilitas TMS", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place=None, date="2026-11-18", signed=True, phone="085704123398", nik=None), "pengadaan",
       "PERSON WITH A DISABILITY (deaf), very short simple sentences; CPNS disability formation declared TMS "
       "-> pengadaan; 'Salam, / name'; no place/date line -> date from the Date: header", header_date=True)


def p12():
    rel = "email_plain/p12.eml"
    name = "Siti Khoiriyah"
    addr = "Dusun Krajan RT 03 RW 01, Desa Ngantungan, Kecamatan Pasrepan, Kabupaten Pasuruan"
    svc = ("Saya guru honorer di SDN Ngantungan 1 sejak 2014. Honor saya dari dana BOS untuk bulan Agustus, "
           "September dan Oktober 2026 belum dibayarkan oleh sekolah, dan kepala sekolah hanya bilang dana BOS "
           "tahap dua belum cair.")
    loss = ("Tiga bulan saya tidak menerima honor Rp 600.000 per bulan, sehingga saya harus pinjam ke koperasi "
            "untuk ongkos berangkat mengajar.")
    body = "\n".join([
        "Assalamualaikum Bapak/Ibu,", "",
        f"Saya {name}, alamat {addr}, HP 0853-3127-0466.", "",
        wrap(svc), "", wrap(loss), "",
        wrap("Saya tidak tahu harus mengadu ke mana lagi, semoga email ini sampai ke pihak yang tepat."), "",
        "Pasrepan, 16 November 2026", "", "Wassalam,", name, ""])
    pm(rel, "p12", (2026, 11, 16, 19, 12, 57), name, "khoiriyah.honorer@example.net",
       "Honor guru honorer belum dibayar", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=None,
           place="Pasrepan", date="2026-11-16", signed=True, phone="085331270466", nik=None), None,
       "HONORER teacher whose BOS-funded pay from the school is late: belongs to the school / education "
       "office, not a BKPSDM division -> division null; she only wonders where to complain -> no request")


def p13():
    rel = "email_plain/p13.eml"
    name = "Tutik Handayani"
    svc = ("Saya mau komplain soal pelayanan di kantor BKPSDM hari Senin kemarin, benar-benar mengecewakan dan "
           "tidak sesuai yang dijanjikan.")
    body = "\n".join([
        "Selamat siang.", "", wrap(svc), "", "Saya kecewa sekali.", "", "Salam,", name, ""])
    pm(rel, "p13", (2026, 11, 25, 13, 7, 44), name, "tutik.handayani71@example.com",
       "Komplain", body, dict(
           name=name, address=None, service_description=svc, loss=None, requested_resolution=None,
           place=None, date="2026-11-25", signed=True, phone=None, nik=None), None,
       "SHORT and VAGUE: says the service was disappointing without saying which service or what happened -> "
       "no clear topic, division null; no address, loss, request or place/date line (date from the header); "
       "signed 'Salam, / name'", header_date=True)


def p14():
    rel = "email_plain/p14.eml"
    name = "Hj. Umi Kulsum"
    addr = "Jl. Sultan Agung No. 33 RT 01 RW 04, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    nik = "3514095206640002"
    svc = ("Suami saya, almarhum Drs. Abdul Rozak, pengawas sekolah golongan IV/a, meninggal dunia dalam masa "
           "dinas pada tanggal 14 Mei 2026. Menurut aturan, beliau berhak atas kenaikan pangkat pengabdian ke "
           "golongan IV/b, dan usulnya sudah disampaikan Dinas Pendidikan ke BKPSDM pada bulan Juni 2026, "
           "tetapi sampai sekarang SK kenaikan pangkat pengabdian belum terbit.")
    loss = ("Karena SK tersebut belum ada, pensiun janda saya dihitung dari golongan IV/a sehingga saya "
            "menerima sekitar Rp 280.000 per bulan lebih kecil dari yang semestinya.")
    req = ("Saya mohon SK kenaikan pangkat pengabdian almarhum suami saya segera diterbitkan dan dikirimkan ke "
           "PT Taspen supaya pensiun janda saya dihitung ulang.")
    body = "\n".join([
        "Kepada Yth.", "Kepala BKPSDM Kabupaten Pasuruan", "", "Dengan hormat,", "",
        "Saya yang bertanda tangan di bawah ini:",
        f"Nama   : {name}", f"NIK    : {nik}", f"Alamat : {addr}", "HP     : 0812-3370-5148", "",
        "Perihal kenaikan pangkat pengabdian almarhum suami saya:", "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Bangil, 18 November 2026", "", "Hormat saya,", name, ""])
    pm(rel, "p14", (2026, 11, 18, 9, 45, 0), name, "umi.kulsum.pogar@example.org",
       "Kenaikan pangkat pengabdian almarhum suami", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Bangil", date="2026-11-18", signed=True, phone="081233705148", nik=nik), "mutasi",
       "WIDOW about her late husband's posthumous promotion (kenaikan pangkat pengabdian) although the "
       "consequence is a pension amount -> mutasi; 'Hj.' title; NIK; complete")


def p15():
    rel = "email_plain/p15.eml"
    name = "Sutrisno"
    addr = "Dusun Tambakrejo RT 02 RW 02, Desa Ketegan, Kecamatan Kejayan, Kabupaten Pasuruan"
    svc = ("Anak saya, Dewi Anggraeni, lulus CPNS 2026 pada formasi Bidan Terampil untuk Puskesmas Kejayan, "
           "tetapi dalam SK penempatan yang diterima tanggal 2 November 2026 ia ditempatkan di Puskesmas Tutur, "
           "tanpa pemberitahuan dan tidak sesuai formasi yang dilamar.")
    req = ("Kami mohon BKPSDM meninjau kembali SK penempatan anak saya dan menempatkannya sesuai formasi yang "
           "dilamar, yaitu Puskesmas Kejayan.")
    body = "\n".join([
        "Yth. Bapak/Ibu di BKPSDM", "",
        wrap(f"Saya {name}, orang tua CPNS atas nama Dewi Anggraeni, alamat {addr}, no HP 0813-3098-2271, "
             "ingin menanyakan dan mengadukan hal berikut."), "",
        wrap(svc), "",
        wrap("Anak saya perempuan, jalan ke Tutur lewat hutan dan sering kabut, kami sebagai orang tua cemas."), "",
        wrap(req), "",
        "Kejayan, 22 November 2026", "", "Hormat kami,", name, ""])
    pm(rel, "p15", (2026, 11, 22, 18, 30, 11), name, "sutrisno.ketegan@example.com",
       "Penempatan CPNS tidak sesuai formasi", body, dict(
           name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
           place="Kejayan", date="2026-11-22", signed=True, phone="081330982271", nik=None), "mutasi",
       "PARENT of a new CPNS placed at a different health centre than the formation applied for: asks to be "
       "moved (placement/transfer) -> mutasi; a parent's worry is not a stated loss -> missing loss")


def p16():
    rel = "email_plain/p16.eml"
    name = "Ir. Hariyanto Wibisono"
    addr = "Perum Pesona Pandaan Blok B-14, Desa Jogosari, Kecamatan Pandaan, Kabupaten Pasuruan"
    svc = ("Anak saya, Yoga Pratama Wibisono, CPNS di Dinas Perhubungan, dijatuhi hukuman disiplin teguran "
           "tertulis karena dianggap tidak masuk kerja lima hari pada bulan September 2026, padahal pada tanggal "
           "tersebut ia dirawat inap di RSUD Bangil dan surat keterangan rawat inap sudah diserahkan. Ia tidak "
           "pernah dipanggil untuk diperiksa sebelum hukuman dijatuhkan.")
    loss = ("Karena hukuman itu, TPP anak saya dipotong selama tiga bulan dan catatan disiplinnya menghambat "
            "pengangkatannya menjadi PNS.")
    req = ("Kami meminta BKPSDM memeriksa kembali penjatuhan hukuman disiplin tersebut, memanggil anak saya "
           "untuk didengar keterangannya, dan membatalkan hukuman bila terbukti ia sakit.")
    body = "\n".join([
        "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "", "Dengan hormat,", "",
        "Identitas pengadu (orang tua pegawai):",
        f"Nama   : {name}", f"Alamat : {addr}", "Telp   : 0811-3544-8092", "",
        "Pokok pengaduan:", wrap(svc), "",
        "Kerugian:", wrap(loss), "",
        "Permintaan:", wrap(req), "",
        "Pandaan, 28 November 2026", "", "Hormat saya,", "", name, ""])
    pm(rel, "p16", (2026, 11, 28, 7, 58, 23), name, "h.wibisono@example.net",
       "Keberatan hukuman disiplin CPNS", body, dict(
           name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
           place="Pandaan", date="2026-11-28", signed=True, phone="081135448092", nik=None), "kinerja",
       "FATHER of a CPNS objecting to a disciplinary penalty (hukuman disiplin) -> kinerja; 'Ir.' title; labels "
       "'Pokok pengaduan / Kerugian / Permintaan'; complete")


def p17():
    rel = "email_plain/p17.eml"
    name = "Yudi Prasetyo"
    svc = "Pengaduan saya lewat email tanggal 10 November 2026 sampai sekarang belum dibalas sama sekali."
    req = "Mohon segera dibalas."
    body = "Siang,\n\n" + svc + " " + req + "\n\nSalam,\nYudi Prasetyo\n0819-4471-2260\n"
    pm(rel, "p17", (2026, 11, 30, 12, 3, 3), name, "yudi.prasetyo.pwr@example.org",
       "Re: pengaduan", body, dict(
           name=name, address=None, service_description=svc, loss=None, requested_resolution=req,
           place=None, date="2026-11-30", signed=True, phone="081944712260", nik=None), None,
       "VERY SHORT chaser: 'my earlier complaint was not answered, please reply' with no topic -> division "
       "null; 'Salam, / name' signs; no address, loss, place/date line (date from the header)",
       header_date=True)


# ================================================================ email_mime
def related_html(bnd, html, cid, png, fname):
    return multipart("related", bnd, [
        part("text/html", "utf-8", "quoted-printable", html.encode("utf-8")),
        attach("image/png", fname, png, inline_cid=cid)])


def m01():
    rel = "email_mime/m01.eml"
    name = "Dra. Endah Sulistyowati, M.Si."
    addr = "Jl. Anggrek No. 9 RT 02 RW 05, Desa Sukoreno, Kecamatan Prigen, Kabupaten Pasuruan"
    svc = ("Sejak Agustus 2026 permohonan pencantuman gelar dari dua belas ASN Kabupaten Pasuruan lulusan "
           "Program Studi Magister Administrasi Publik Universitas Cendana Purwosari ditolak BKPSDM dengan alasan "
           "program studi kami tidak terakreditasi, padahal program studi tersebut terakreditasi \"Baik Sekali\" "
           "oleh LAMDIK sejak Maret 2025 dan sertifikatnya sudah kami kirimkan.")
    loss = ("Para alumni kami tidak dapat mencantumkan gelarnya dan sebagian tertunda kenaikan pangkatnya, "
            "sedangkan nama baik kampus kami tercemar karena beredar kabar ijazah kami tidak diakui.")
    req = ("Kami mohon BKPSDM mengakui ijazah lulusan program studi kami sesuai status akreditasi yang berlaku "
           "dan memproses kembali permohonan pencantuman gelar mereka.")
    lines = ["Yth. Kepala BKPSDM Kabupaten Pasuruan,", "",
             "Dengan hormat,", "",
             f"Saya {name}, Kepala Biro Akademik Universitas Cendana Purwosari (perguruan tinggi swasta).",
             f"Alamat rumah: {addr}", "No. HP: 0812-5560-1187", "",
             svc, "", loss, "", req, "",
             "Purwosari, 24 November 2026", "", "Hormat saya,"]
    tail_txt = ["[image: ttd.png]", name, "Kepala Biro Akademik", "Universitas Cendana Purwosari"]
    text = "\n".join(lines + tail_txt) + "\n"
    html = html_of("\n".join(lines)).replace("</div>\n</div>\n", "</div>\n")
    html += ('<div><img src="cid:ii_sig27m01" alt="ttd.png" width="180" height="58"></div>\n'
             f"<div><b>{html_escape(name)}</b></div>\n<div>Kepala Biro Akademik</div>\n"
             "<div>Universitas Cendana Purwosari</div>\n</div>\n")
    png = sig_png(27101)
    d = hdate(2026, 11, 24, 14, 22, 7)
    h = headers("m01", d, f'"{name}" <endah.sulistyowati@univ.example.ac.id>',
                rfc2047("Pengaduan penolakan pencantuman gelar lulusan MAP Universitas Cendana"),
                "univ.example.ac.id", ip="203.0.113.71")
    body = multipart("alternative", boundary("m01"), [
        part("text/plain", "utf-8", "quoted-printable", text.encode("utf-8")),
        related_html(boundary("m01", 1), html, "ii_sig27m01", png, "ttd.png")])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Purwosari", date="2026-11-24", signed=True, email="endah.sulistyowati@univ.example.ac.id",
        phone="081255601187", nik=None), "kompetensi",
        "GMAIL WEBMAIL: multipart/alternative (QP text + multipart/related HTML with an inline SIGNATURE IMAGE "
        "followed by the typed name); private-campus official (not a civil servant); RFC 2047 subject; degree "
        "recognition / pencantuman gelar -> kompetensi; complete")


def m02():
    rel = "email_mime/m02.eml"
    name = "Rizal Fikri Ramadhan"
    svc = ("Klaim Jaminan Hari Tua dan santunan kematian almarhumah ibu saya, Sri Mulyani (guru SDN Kraton 4), "
           "sudah kami ajukan ke PT Taspen KCU Malang sejak Agustus 2026. SK pemberhentian dari BKPSDM sudah "
           "kami terima dan sudah kami serahkan, tetapi Taspen terus meminta dokumen tambahan dan sampai sekarang "
           "klaim belum dibayar.")
    loss = ("Biaya perawatan terakhir ibu di rumah sakit sebesar Rp 14.000.000 yang kami pinjam dari saudara "
            "belum bisa kami kembalikan.")
    req = "Mohon dibantu agar klaim tersebut segera dibayarkan oleh Taspen."
    lines = ["Selamat pagi Bapak/Ibu,", "",
             f"Saya {name}, anak dari almarhumah Sri Mulyani. No. HP 0838-5012-7764.", "",
             svc, "", loss, "", req, "",
             "Kraton, 27 November 2026", "", "Salam,"]
    html = ('<html><head></head><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;'
            'font-size:13px">' + "".join(
                "<div>" + (html_escape(ln) if ln else "<br>") + "</div>" for ln in lines)
            + '<div><img src="cid:yahoo_sig_27m02" width="160" height="52" alt=""></div>'
            + f"<div>{html_escape(name)}</div>"
            + '<div id="ymail_android_signature"><a href="https://mail.example.com/">Sent from Yahoo Mail on '
              "Android</a></div></div></body></html>\n")
    text = "\n".join(lines + [name])
    png = sig_png(27102)
    d = hdate(2026, 11, 27, 8, 40, 55)
    h = headers("m02", d, f"{name} <rizal.fikri@example.com>", "Klaim Taspen almarhumah ibu belum dibayar",
                "example.com", ip="198.51.100.88", extra="X-Mailer: WebService/1.1.24562 YMailNorrin\n")
    body = multipart("related", boundary("m02"), [
        part("text/html", "utf-8", "base64", html.encode("utf-8")),
        attach("image/png", "sig.png", png, inline_cid="yahoo_sig_27m02")], params=' type="text/html";')
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=None, service_description=svc, loss=loss, requested_resolution=req,
        place="Kraton", date="2026-11-27", signed=True, email="rizal.fikri@example.com",
        phone="083850127764", nik=None), None,
        "YAHOO WEBMAIL: HTML-only base64 inside multipart/related with an inline SIGNATURE IMAGE before the typed "
        "name; son of a deceased teacher whose claim is stuck at PT Taspen (BKPSDM's SK already delivered): "
        "another agency -> division null; no address")


def m03():
    rel = "email_mime/m03.eml"
    name = "Sri Wahyuni"
    addr = "Dusun Sumbergedang RT 01 RW 03, Desa Sumberdawesari, Kecamatan Grati, Kabupaten Pasuruan"
    nik = "3514106104690001"
    svc = ("Anak saya, Rina Oktaviani, PPPK perawat di RSUD Grati, mengajukan cuti melahirkan melalui rumah sakit "
           "pada awal September 2026, tetapi berkas cutinya dikembalikan BKPSDM dua kali tanpa penjelasan tertulis "
           "dan sampai ia melahirkan pada 30 September 2026 izin cuti belum terbit.")
    loss = ("Anak saya dicatat tidak masuk tanpa keterangan selama tiga minggu sehingga gajinya dipotong, dan "
            "ia terpaksa kembali bekerja ketika bayinya baru berumur 40 hari.")
    req = ("Saya mohon BKPSDM menerbitkan izin cuti melahirkan anak saya terhitung sejak tanggal melahirkan dan "
           "memulihkan potongan gajinya.")
    letter = "\n".join([
        "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "",
        "Hal: Pengaduan cuti melahirkan PPPK", "",
        "Dengan hormat,", "Saya yang bertanda tangan di bawah ini:",
        f"Nama    : {name}", f"NIK     : {nik}", f"Alamat  : {addr}", "No. HP  : 0822-4417-3309",
        "Hubungan: ibu kandung dari Rina Oktaviani (PPPK)", "",
        "Uraian pengaduan:", wrap(svc), "",
        "Kerugian:", wrap(loss), "",
        "Permohonan penyelesaian:", wrap(req), "",
        "Grati, 19 November 2026", "", "Hormat saya,", "", name, ""]).replace("\n", "\r\n")
    cover = D("""
        Assalamualaikum,

        Surat pengaduan saya ada di lampiran (file txt) karena saya ketik di HP.

        Terima kasih,
        Sri Wahyuni
        """)
    d = hdate(2026, 11, 19, 15, 9, 46)
    txt = ('Content-Type: text/plain; charset="utf-8";\n\tname="surat pengaduan cuti.txt"\n'
           'Content-Disposition: attachment;\n\tfilename="surat pengaduan cuti.txt"\n'
           "Content-Transfer-Encoding: base64\n\n" + b64(letter.encode("utf-8")))
    put(rel, mixed("m03", d, f"{name} <sriwahyuni.grati@example.net>", "Pengaduan cuti melahirkan anak saya",
                   "example.net", [part("text/plain", "utf-8", "8bit", cover), txt], ip="192.0.2.141"))
    src(rel, letter.replace("\r\n", "\n"))
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Grati", date="2026-11-19", signed=True, email="sriwahyuni.grati@example.net",
        phone="082244173309", nik=nik), "kinerja",
        "LETTER IN A .TXT ATTACHMENT (base64, CRLF, a space in the file name), short cover note in the body; "
        "mother of a PPPK nurse; the attached letter's closing + name signs it; maternity leave (cuti) -> "
        "kinerja; NIK; complete")


def m04():
    rel = "email_mime/m04.eml"
    name = "Bayu Anggoro"
    addr = "Jl. Hasanuddin Gg. III No. 12, Kelurahan Bugul Kidul, Kota Pasuruan"
    svc = ("Pada tanggal 19 November 2026 saat saya meliput pengumuman hasil seleksi PPPK di halaman kantor "
           "BKPSDM, seorang petugas berseragam merampas telepon genggam saya dan memaksa saya menghapus foto "
           "papan pengumuman, padahal saya sudah menunjukkan kartu pers dan papan itu terbuka untuk umum.")
    loss = "Sebagian foto liputan saya hilang dan saya merasa diintimidasi di depan banyak peserta."
    req = ("Saya meminta pimpinan BKPSDM memberi teguran kepada petugas tersebut dan menjamin wartawan dapat "
           "meliput informasi publik di kantor BKPSDM tanpa intimidasi.")
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>',
            '<body lang="IN"><div class="WordSection1">',
            "<p class=MsoNormal>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan<o:p></o:p></p>",
            "<p class=MsoNormal>Dengan hormat,<o:p></o:p></p>",
            f"<p class=MsoNormal>Saya {html_escape(name)}, wartawan Harian \u201cSuara Pasuruan\u201d, beralamat "
            f"di {html_escape(addr)}, telepon 0856-0733-4129, dengan ini menyampaikan pengaduan.<o:p></o:p></p>",
            f"<p class=MsoNormal>{html_escape(svc)}<o:p></o:p></p>",
            f"<p class=MsoNormal>{html_escape(loss)}<o:p></o:p></p>",
            f"<p class=MsoNormal>{html_escape(req)}<o:p></o:p></p>",
            "<p class=MsoNormal>Salam hormat,<br>" + html_escape(name)
            + "<br><span style='color:gray'>Wartawan Harian \u201cSuara Pasuruan\u201d</span><o:p></o:p></p>",
            "</div></body></html>"]
    html = "\n".join(html) + "\n"
    text = "\n".join([f"Saya {name}, wartawan Harian \u201cSuara Pasuruan\u201d, beralamat di {addr}, telepon "
                      "0856-0733-4129, dengan ini menyampaikan pengaduan.", svc, loss, req, "Salam hormat,", name])
    d = hdate(2026, 11, 20, 23, 48, 2)
    h = headers("m04", d, f"{name} <bayu.anggoro@redaksi.example.id>",
                rfc2047("Pengaduan: petugas memaksa wartawan menghapus foto", "windows-1252", "Q"),
                "redaksi.example.id", ip="203.0.113.160", extra="X-Mailer: Microsoft Outlook 16.0\n")
    h += 'Content-Type: text/html; charset="windows-1252"\nContent-Transfer-Encoding: quoted-printable\n\n'
    put(rel, (h + qp(html.encode("cp1252"))).encode("ascii"))
    src(rel, text)
    HEADER_DATE.add(rel)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place=None, date="2026-11-20", signed=True, email="bayu.anggoro@redaksi.example.id",
        phone="085607334129", nik=None), "sekretariat",
        "JOURNALIST; HTML-only windows-1252 QP from Outlook (MsoNormal, curly quotes), identity inside a "
        "sentence; staff conduct -> sekretariat although PPPK is named; no place/date line, sent 23:48 +0700 "
        "-> date from the header; missing place")


def m05():
    rel = "email_mime/m05.eml"
    name = "Fajar Nugroho"
    addr = "Perum Gempol Asri Blok D-3, Desa Legok, Kecamatan Gempol, Kabupaten Pasuruan"
    svc = ("Saya mengikuti Pelatihan Teknis Operator Kepegawaian bagi tenaga non-ASN yang diselenggarakan BKPSDM "
           "pada 6 sampai 8 Oktober 2026 sampai selesai, tetapi sertifikat pelatihan saya tidak diterbitkan "
           "dengan alasan nama saya tidak ada di daftar peserta, padahal saya mengisi daftar hadir tiga hari "
           "penuh.")
    loss = ("Sertifikat itu menjadi syarat administrasi seleksi PPPK paruh waktu, sehingga saya terancam "
            "dinyatakan tidak memenuhi syarat.")
    req = "Saya mohon sertifikat pelatihan saya diterbitkan berdasarkan daftar hadir yang ada di panitia."
    lines = ["Yth. Bapak/Ibu Tim Pengaduan BKPSDM Kabupaten Pasuruan", "",
             f"Saya {name}, tenaga honorer operator kepegawaian di Kecamatan Gempol.",
             f"Alamat: {addr}", "HP/WA: 0877-5403-1196", "",
             "Pengaduan saya:", svc, "", "Kerugian yang saya alami:", loss, "", "Harapan saya:", req, "",
             "Gempol, 29 November 2026", "", "Hormat saya,"]
    html = ("<html><body><div style=\"font-family:arial,sans-serif;font-size:10pt\">" + "".join(
        "<p>" + html_escape(ln) + "</p>" if ln else "" for ln in lines)
        + '<p><img src="cid:sig-27m05@mail.example.org" alt="tanda tangan"></p>'
        + f"<p>{html_escape(name)}</p></div></body></html>\n")
    text = "\n".join(lines + [name])
    png = sig_png(27105)
    d = hdate(2026, 11, 29, 19, 2, 31)
    h = headers("m05", d, f"{name} <fajar.nugroho.gmp@mail.example.org>",
                "Sertifikat pelatihan operator tidak diterbitkan", "mail.example.org", ip="192.0.2.88",
                extra="User-Agent: Zimbra Webmail (ZCS 10.0)\n")
    body = multipart("related", boundary("m05"), [
        part("text/html", "utf-8", "quoted-printable", html.encode("utf-8")),
        attach("image/png", "ttd_fajar.png", png, inline_cid="sig-27m05@mail.example.org")])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Gempol", date="2026-11-29", signed=True, email="fajar.nugroho.gmp@mail.example.org",
        phone="087754031196", nik=None), "kompetensi",
        "ZIMBRA WEBMAIL HTML-only (multipart/related, QP, <p> per line) with a SIGNATURE IMAGE then the typed "
        "name; HONORER denied a training certificate (the loss mentions PPPK) -> kompetensi; complete")


def m06():
    rel = "email_mime/m06.eml"
    svc = ("Guru kelas 5 SDN Kalirejo 2, seorang PNS berinisial S, sejak bulan Agustus 2026 hampir setiap hari "
           "Senin dan Jumat tidak masuk mengajar tanpa keterangan, dan kelas hanya diberi tugas mencatat oleh "
           "penjaga sekolah. Kepala sekolah sudah kami beri tahu tetapi tidak ada perubahan.")
    loss = ("Anak-anak kami tertinggal pelajaran dan nilai ujian tengah semester kelas 5 banyak yang di bawah "
            "KKM.")
    req = ("Mohon BKPSDM memeriksa kedisiplinan guru tersebut dan memastikan anak-anak mendapat guru pengganti "
           "selama pemeriksaan.")
    text = "\n".join([
        "Kepada Yth. BKPSDM Kabupaten Pasuruan", "",
        "Kami para wali murid kelas 5 ingin melaporkan masalah berikut.", "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Mohon maaf kami tidak mencantumkan nama karena khawatir anak-anak kami diperlakukan berbeda.", "",
        "Bangil, 30 November 2026", "", "Hormat kami,", "Wali murid kelas 5 SDN Kalirejo 2", ""])
    html = html_of(text)
    d = hdate(2026, 11, 30, 20, 14, 38)
    h = headers("m06", d, "walimurid.kalirejo@example.net", "Laporan guru sering bolos", "example.net",
                ip="198.51.100.23", extra="User-Agent: Roundcube Webmail/1.6.9\n")
    body = multipart("alternative", boundary("m06"), [
        part("text/plain", "iso-8859-1", "quoted-printable", text.encode("latin-1")),
        part("text/html", "iso-8859-1", "quoted-printable", html.encode("latin-1"))])
    put(rel, (h + body).encode("ascii"))
    src(rel, text)
    complaint(rel, "email_mime", dict(
        name=None, address=None, service_description=svc, loss=loss, requested_resolution=req,
        place="Bangil", date="2026-11-30", signed=False, email="walimurid.kalirejo@example.net",
        phone=None, nik=None), "kinerja",
        "ROUNDCUBE multipart/alternative iso-8859-1 QP; ANONYMOUS PARENTS report a civil-servant teacher's "
        "absences (discipline) -> kinerja; closing 'Hormat kami, / Wali murid kelas 5 ...' is a description, "
        "not a name -> name, address missing and not signed")


# ================================================================ email_pdf
def pdf_item(rel, tag, when, frm_name, frm_addr, subject, cover, blocks, seed, sig_kind, fname, f, division,
             note, font="sans", size=11.0, ip="192.0.2.10"):
    text_scan_blocks_check(blocks)
    pdf = make_pdf(blocks, seed, sig_kind=sig_kind, size=size, font=font)
    put(rel, pdf_mail(tag, hdate(*when), frm_of(frm_name, frm_addr), subject, frm_addr.split("@")[1], cover,
                      pdf, fname, ip=ip))
    src(rel, blocks_text27(blocks))
    f = dict(f)
    f["email"] = frm_addr
    complaint(rel, "email_pdf", f, division, note)


def d01():
    rel = "email_pdf/d01.eml"
    name = "Rahmat Hidayatullah, S.H., M.H."
    addr = "Jl. Panglima Sudirman No. 48, Kelurahan Purworejo, Kecamatan Purworejo, Kota Pasuruan"
    svc = ("SK Bupati Pasuruan tentang pemberhentian dengan hormat tidak atas permintaan sendiri atas nama klien "
           "kami ditetapkan pada tanggal 2 Oktober 2026, tetapi salinannya tidak pernah disampaikan kepada klien "
           "kami, sehingga klien kami baru mengetahui pemberhentian itu ketika gajinya tidak dibayarkan, dan "
           "permintaan salinan SK yang kami ajukan ke BKPSDM pada tanggal 21 Oktober 2026 tidak dijawab.")
    loss = ("Klien kami kehilangan penghasilan sejak Oktober 2026 dan kehilangan kesempatan mengajukan keberatan "
            "administratif dalam tenggang waktu yang ditentukan karena tidak pernah menerima SK tersebut.")
    req = ("Kami meminta BKPSDM segera menyerahkan salinan resmi SK pemberhentian beserta pertimbangannya kepada "
           "klien kami melalui kantor kami, dan menjelaskan secara tertulis hak-hak kepegawaian klien kami yang "
           "masih dapat diurus, termasuk hak pensiun.")
    blocks = [
        ("bigc", "KANTOR HUKUM RAHMAT HIDAYATULLAH & REKAN"),
        ("c", "Advokat dan Konsultan Hukum"),
        ("c", addr + " | Telp. 0812-3009-4471"), ("hr", 1.2), ("gap", 0.5),
        ("cols", "Nomor : 041/ADV-RH/XI/2026", "Pasuruan, 27 November 2026", False, 1.0),
        ("p", "Lampiran : 1 (satu) berkas surat kuasa"),
        ("p", "Perihal : Pengaduan tidak diserahkannya SK pemberhentian klien kami"), ("gap", 1),
        ("p", "Kepada"), ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di -"), ("ind", "Bangil"),
        ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", f"Kami yang bertanda tangan di bawah ini, {name}, advokat pada Kantor Hukum Rahmat Hidayatullah & "
              f"Rekan yang berkantor di {addr}, berdasarkan Surat Kuasa Khusus tanggal 15 Oktober 2026 bertindak "
              "untuk dan atas nama Sdr. Agung Firmansyah, mantan pegawai pada Dinas Lingkungan Hidup Kabupaten "
              "Pasuruan (selanjutnya disebut klien kami), dengan ini menyampaikan pengaduan atas pelayanan "
              "BKPSDM Kabupaten Pasuruan sebagai berikut."), ("gap", 0.5),
        ("b", "I. Duduk Perkara"), ("p", svc), ("gap", 0.4),
        ("p", "Klien kami telah bekerja selama 17 tahun dan tidak pernah dijatuhi hukuman disiplin berat. Klien "
              "kami juga tidak pernah dipanggil maupun diperiksa sebelum SK tersebut ditetapkan, sehingga klien "
              "kami tidak mengetahui dasar pertimbangan pemberhentiannya."), ("gap", 0.4),
        ("page", "- 2 -"),
        ("b", "II. Kerugian Klien Kami"), ("p", loss), ("gap", 0.4),
        ("b", "III. Permintaan Penyelesaian"), ("p", req), ("gap", 0.5),
        ("p", "Demikian pengaduan ini kami sampaikan. Atas perhatian dan kerja sama Bapak, kami ucapkan terima "
              "kasih."), ("gap", 1),
        ("rightcol", "Hormat kami,"), ("rightcol", "Kuasa Hukum,"), ("sig", True), ("rightcol", name),
        ("gap", 1), ("p", "Tembusan: Sdr. Agung Firmansyah (klien)"),
    ]
    cover = D("""
        Dengan hormat,

        Terlampir kami sampaikan surat pengaduan Nomor 041/ADV-RH/XI/2026 untuk dan atas nama klien kami.

        Hormat kami,
        Kantor Hukum Rahmat Hidayatullah & Rekan
        """)
    pdf_item(rel, "d01", (2026, 11, 27, 10, 11, 4), "Rahmat Hidayatullah", "rahmat.hidayatullah@hukum.example.com",
             "Pengaduan SK pemberhentian klien kami (041/ADV-RH/XI/2026)", cover, blocks, 27201, "vector",
             "041-ADV-RH-XI-2026.pdf", dict(
                 name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
                 place="Pasuruan", date="2026-11-27", signed=True, phone="081230094471", nik=None), "pengadaan",
             "LAWYER for a dismissed employee: TWO-PAGE text PDF with the SIGNATURE ON PAGE 2, letterhead, "
             "place/date on the 'Nomor' line of the header; the complainant is the lawyer (his office is the "
             "address he gives); dismissal -> pengadaan; complete", font="serif")


def d02():
    rel = "email_pdf/d02.eml"
    name = "Ngatini"
    addr = "Dusun Pesisir RT 03 RW 01, Desa Jatirejo, Kecamatan Lekok, Kabupaten Pasuruan"
    svc = ("Suami saya, almarhum Supriyadi, staf Kantor Kecamatan Lekok, meninggal dunia pada tanggal 2 Agustus "
           "2026. Untuk pengurusan hak-haknya, PT Taspen meminta SK pemberhentian karena meninggal dunia dari "
           "BKPSDM. Berkas usul sudah diserahkan oleh kecamatan pada tanggal 20 Agustus 2026, tetapi sampai "
           "sekarang SK tersebut belum terbit.")
    req = ("Saya mohon SK pemberhentian almarhum suami saya segera diterbitkan agar saya dapat mengurus hak-hak "
           "saya di PT Taspen.")
    blocks = [
        ("right", "Lekok, 23 November 2026"), ("gap", 1),
        ("p", "Kepada"), ("p", "Yth. Bapak Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
        ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"), ("gap", 0.3),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "No. HP", "0852-3366-0415"),
        ("kv", "Keterangan", "janda dari almarhum Supriyadi"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut:"), ("p", svc), ("gap", 0.4),
        ("p", req), ("gap", 0.4),
        ("p", "Demikian surat ini saya buat dengan sebenarnya. Terima kasih."), ("gap", 1),
        ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", name),
    ]
    cover = "Assalamualaikum, ini surat dari ibu saya, Ngatini. Mohon dibantu.\n\nMaaf, anaknya, Eko\n"
    pdf_item(rel, "d02", (2026, 11, 23, 20, 0, 17), "Eko Saputro", "eko.saputro.lekok@example.com",
             "surat ibu", cover, blocks, 27202, "image", "surat ibu.pdf", dict(
                 name=name, address=addr, service_description=svc, loss=None, requested_resolution=req,
                 place="Lekok", date="2026-11-23", signed=True, phone="085233660415", nik=None), "pengadaan",
             "WIDOW's letter sent by her son from his own address (the letter's writer is the widow, the e-mail "
             "is the From: address); image signature; SK pemberhentian for Taspen -> pengadaan; no loss")


def d03():
    rel = "email_pdf/d03.eml"
    name = "Lilis Suryani, S.Pd."
    addr = "Dusun Krajan RT 04 RW 02, Desa Sumberagung, Kecamatan Rembang, Kabupaten Pasuruan"
    nik = "3514125507850004"
    svc = ("Dalam seleksi PPPK guru tahun 2026, nilai afirmasi masa kerja saya sebagai guru honorer selama 12 "
           "tahun tidak dihitung, sehingga nilai akhir saya tercatat 58 padahal seharusnya 73 dan saya "
           "dinyatakan tidak lulus.")
    loss = ("Saya kehilangan kesempatan diangkat menjadi PPPK tahun ini, padahal usia saya sudah 41 tahun dan "
            "honor saya hanya Rp 450.000 per bulan.")
    req = ("Mohon panitia seleksi daerah menghitung ulang nilai afirmasi saya berdasarkan surat keterangan masa "
           "kerja yang sudah saya unggah di SSCASN.")
    blocks = [
        ("center", "SURAT PENGADUAN", True), ("gap", 1),
        ("p", "Yang bertanda tangan di bawah ini:"),
        ("kv", "Nama", name), ("kv", "NIK", nik), ("kv", "Alamat", addr), ("kv", "Nomor Telepon/HP", "0813-9021-5567"),
        ("kv", "Status", "guru honorer SDN Sumberagung 2"), ("gap", 0.5),
        ("b", "Uraian Pengaduan"), ("p", svc), ("gap", 0.4),
        ("b", "Kerugian"), ("p", loss), ("gap", 0.4),
        ("b", "Permintaan Penyelesaian"), ("p", req), ("gap", 0.8),
        ("rightcol", "Rembang, 21 November 2026"), ("rightcol", "Pengadu,"), ("sig", False), ("rightcol", name),
    ]
    cover = "Yth. BKPSDM,\n\nBerikut saya lampirkan surat pengaduan terkait nilai afirmasi PPPK.\n\nSalam,\nLilis\n"
    pdf_item(rel, "d03", (2026, 11, 21, 9, 12, 40), "Lilis Suryani", "lilis.suryani.rbg@example.org",
             "Pengaduan nilai afirmasi PPPK", cover, blocks, 27203, "vector", "pengaduan_afirmasi.pdf", dict(
                 name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
                 place="Rembang", date="2026-11-21", signed=False, phone="081390215567", nik=nik), "pengadaan",
             "HONORER teacher, PPPK affirmation score; text PDF with place/date above 'Pengadu,' and the PRINTED "
             "NAME ONLY (no signature) -> not signed although the cover note ends with a name; -> pengadaan")


def d04():
    rel = "email_pdf/d04.eml"
    name = "H. Abdul Ghofur"
    addr = "Dusun Cowek RT 02 RW 03, Desa Cowek, Kecamatan Purwodadi, Kabupaten Pasuruan"
    svc = ("Jabatan kepala SMPN 3 Purwodadi kosong sejak kepala sekolah yang lama pensiun pada bulan Januari "
           "2026, dan sudah sepuluh bulan sekolah hanya dipimpin pelaksana tugas yang juga menjabat kepala "
           "sekolah di tempat lain. Komite sudah dua kali menyurati BKPSDM tetapi tidak ada jawaban.")
    loss = ("Banyak keputusan sekolah tertunda, pencairan dana BOS terlambat dan dua kegiatan lomba siswa "
            "dibatalkan karena tidak ada yang menandatangani.")
    req = "Kami mohon BKPSDM segera mengisi jabatan kepala SMPN 3 Purwodadi dengan kepala sekolah definitif."
    blocks = [
        ("center", "KOMITE SMP NEGERI 3 PURWODADI", True), ("c", "Sekretariat: Jl. Raya Cowek, Purwodadi"),
        ("hr", 1.0),
        ("right", "Purwodadi, 24 November 2026"), ("gap", 0.6),
        ("p", "Hal : Pengaduan kekosongan jabatan kepala sekolah"), ("gap", 0.6),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 0.8),
        ("p", "Dengan hormat,"),
        ("p", "Saya yang bertanda tangan di bawah ini, selaku Ketua Komite SMPN 3 Purwodadi:"),
        ("kv", "Nama", name), ("kv", "Alamat", addr), ("kv", "Nomor Telepon/HP", "0815-5402-7730"), ("gap", 0.5),
        ("p", "menyampaikan pengaduan sebagai berikut."), ("gap", 0.3),
        ("b", "Permasalahan"), ("p", svc), ("gap", 0.3),
        ("b", "Dampak"), ("p", loss), ("gap", 0.3),
        ("b", "Permohonan"), ("p", req), ("gap", 0.5),
        ("p", "Atas perhatian Bapak kami sampaikan terima kasih."), ("gap", 0.8),
        ("rightcol", "Ketua Komite,"), ("sig", True), ("rightcol", name),
    ]
    cover = "Selamat pagi,\n\nTerlampir surat dari Komite SMPN 3 Purwodadi.\n\nTerima kasih\n"
    pdf_item(rel, "d04", (2026, 11, 24, 7, 30, 0), None, "komite.smpn3purwodadi@example.org",
             "Surat Komite SMPN 3 Purwodadi", cover, blocks, 27204, "vector", "Surat Komite.pdf", dict(
                 name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
                 place="Purwodadi", date="2026-11-24", signed=True, phone="081554027730", nik=None), "mutasi",
             "SCHOOL COMMITTEE CHAIRMAN (not a civil servant) about a vacant headmaster position; committee "
             "letterhead address is not his address; bare From: address; jabatan -> mutasi; complete", font="serif")


def d05():
    rel = "email_pdf/d05.eml"
    name = "Agus Salim Nugraha"
    addr = "Jl. Veteran No. 15 RT 01 RW 02, Desa Gunungsari, Kecamatan Beji, Kabupaten Pasuruan"
    svc = ("Saya tunanetra. Pada tanggal 12 November 2026 saya datang ke kantor BKPSDM untuk mengambil surat "
           "keterangan hasil seleksi. Mesin antrean hanya layar sentuh tanpa suara, dan ketika saya minta tolong "
           "petugas membacakan formulir, petugas menyuruh saya pulang dan datang lagi dengan pendamping.")
    loss = ("Saya pulang tanpa surat yang saya perlukan, mengeluarkan ongkos ojek dua kali, dan merasa "
            "diperlakukan tidak setara sebagai penyandang disabilitas.")
    blocks = [
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
        ("p", "Dengan hormat,"),
        ("p", f"Saya {name}, alamat {addr}, nomor HP 0896-7731-0052, menyampaikan pengaduan sebagai berikut."),
        ("gap", 0.5), ("p", svc), ("gap", 0.4), ("p", loss), ("gap", 0.6),
        ("p", "Surat ini saya ketik dengan bantuan pembaca layar."), ("gap", 1),
        ("p", "Beji, 16 November 2026"), ("p", "Hormat saya,"), ("sig", True, "left"), ("p", name),
    ]
    cover = "Selamat siang, surat pengaduan saya terlampir. Terima kasih. Agus Salim\n"
    pdf_item(rel, "d05", (2026, 11, 16, 13, 2, 8), name, "agus.salim.nugraha@example.net",
             "Pengaduan pelayanan bagi penyandang tunanetra", cover, blocks, 27205, "image",
             "pengaduan_agus_salim.pdf", dict(
                 name=name, address=addr, service_description=svc, loss=loss, requested_resolution=None,
                 place="Beji", date="2026-11-16", signed=True, phone="089677310052", nik=None), "sekretariat",
             "PERSON WITH A DISABILITY (blind): left-aligned place/date and image signature; counter / queue "
             "machine / staff conduct -> sekretariat; identity inside a sentence; no request stated")


# ================================================================ auto_reply
def a01():
    rel = "auto_reply/a01.eml"
    d = hdate(2026, 11, 25, 10, 41, 9)
    body = D("""
        Yth. Pelapor,

        Terima kasih, laporan Anda telah diterima oleh sistem pengaduan Ombudsman Republik Indonesia
        Perwakilan Provinsi Jawa Timur dengan nomor registrasi 0871/LM/XI/2026/SBY pada tanggal
        25 November 2026 pukul 10.41 WIB. Salinan email ini juga dikirimkan kepada instansi yang
        ditembuskan dalam laporan Anda.

        Ringkasan laporan yang Anda sampaikan:

          Nama Pelapor  : Hadi Purnomo
          Alamat        : Dusun Ledug RT 02 RW 04, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan
          Terlapor      : BKPSDM Kabupaten Pasuruan
          Uraian        : Ijazah anak saya yang dilampirkan saat seleksi CPNS 2026 tidak dikembalikan
                          dan petugas mengatakan berkas sudah dimusnahkan.
          Kerugian      : Anak saya tidak dapat melamar pekerjaan lain tanpa ijazah asli.
          Harapan       : Ijazah dikembalikan atau dibuatkan surat keterangan pengganti.

        Laporan Anda akan diverifikasi dalam waktu paling lama 14 hari kerja. Anda dapat memantau
        perkembangan laporan melalui laman https://pengaduan.ombudsman.example.id/lacak dengan nomor
        registrasi di atas.

        Email ini dikirim secara otomatis oleh sistem. Mohon tidak membalas email ini.

        Ombudsman Republik Indonesia
        Perwakilan Provinsi Jawa Timur
        """)
    extra = ("Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
             "Cc: hadi.purnomo.ledug@example.com\n")
    h = headers("a01", d, "Ombudsman RI Perwakilan Jawa Timur <noreply@ombudsman.example.id>",
                "Tanda Terima Laporan 0871/LM/XI/2026/SBY", "ombudsman.example.id", ip="203.0.113.210",
                extra=extra)
    h += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
    put(rel, (h + body).encode("utf-8"))
    unscored(rel, "auto_reply",
             "OMBUDSMAN ACKNOWLEDGEMENT ('laporan Anda telah diterima', no-reply sender, Auto-Submitted) copied "
             "to the agency, QUOTING A WHOLE COMPLAINT with name, address, Uraian/Kerugian/Harapan: must be "
             "auto_reply, not a complaint", auto_reply=True)


def a02():
    rel = "auto_reply/a02.eml"
    d = hdate(2026, 11, 26, 8, 3, 55)
    orig = hdate(2026, 11, 26, 8, 3, 50)
    body = D(f"""
        Pesan Anda tidak dapat dikirimkan kepada penerima berikut:

            ratna.dewi@desa.example.id

        Alasan: kotak surat penerima telah penuh (over quota). Penerima telah menggunakan 100% dari
        kapasitas kotak surat (2048 MB dari 2048 MB). Server akan mencoba mengirim ulang pesan Anda
        selama 3 hari; setelah itu pesan akan dikembalikan.

        Remote server: mx.desa.example.id [198.51.100.77]
        Kode: 452 4.2.2 Mailbox full

        ---------- Pesan asli ----------
        Date: {orig}
        From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
        To: ratna.dewi@desa.example.id
        Subject: Tanda Terima Pengaduan PGD-2026-0811

        Yth. Ibu Ratna Dewi,

        Pengaduan Ibu telah kami terima dengan nomor tiket PGD-2026-0811.
        Uraian    : Karis belum diterbitkan sejak Mei 2026.
        Kerugian  : tidak dapat mengurus BPJS suami.
        Permintaan: Karis segera diterbitkan.

        Bangil, 26 November 2026
        Tim Pengaduan BKPSDM Kabupaten Pasuruan
        """)
    h = ("Return-Path: <>\n"
         + headers("a02", d, "postmaster@desa.example.id", "Re: Tanda Terima Pengaduan PGD-2026-0811",
                   "desa.example.id", ip="198.51.100.77",
                   extra=f"In-Reply-To: {msgid('a02-orig', 'pasuruankab.go.id')}\nAuto-Submitted: auto-replied\n"))
    h += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
    put(rel, (h + body).encode("utf-8"))
    unscored(rel, "auto_reply",
             "MAILBOX FULL / OVER QUOTA delay notice from a postmaster with a 'Re:' subject (looks like a reply), "
             "null Return-Path, plain text not multipart/report, quoting the agency's acknowledgement with its "
             "complaint summary and a place/date line: must be auto_reply", auto_reply=True)


# ================================================================ hostile
def h01():
    rel = "hostile/h01.eml"
    name = "Ahmad Zainuri"
    addr = "Dusun Bendungan RT 01 RW 01, Desa Karangsono, Kecamatan Kraton, Kabupaten Pasuruan"
    svc = ("Saya peserta seleksi PPPK teknis tahun 2026. Kartu ujian saya di SSCASN tidak bisa diunduh sampai "
           "satu hari sebelum ujian karena status saya tertulis \"belum diverifikasi\", padahal saya sudah "
           "dinyatakan lulus seleksi administrasi.")
    loss = ("Saya terpaksa datang ke lokasi ujian tanpa kartu dan baru diizinkan masuk setelah menunggu dua jam, "
            "sehingga waktu ujian saya berkurang.")
    req = ("Saya mohon BKPSDM memperbaiki status verifikasi saya di SSCASN dan memberi penjelasan tertulis mengapa "
           "kartu ujian saya tidak dapat diunduh.")
    letter = "\n".join([
        "Yth. BKPSDM Kabupaten Pasuruan,", "",
        f"Nama   : {name}", f"Alamat : {addr}", "HP     : 0857-4420-1938", "",
        wrap(svc), "", wrap(loss), "", wrap(req), "",
        "Kraton, 28 November 2026", "", "Hormat saya,", name, ""])
    # a chain of 80 forwarded messages, each wrapped in the next as message/rfc822
    inner = ("From: someone@example.com\nSubject: Fwd: Fwd: kartu ujian\nContent-Type: text/plain\n\n"
             "lihat di bawah\n")
    for i in range(80):
        inner = (f"From: fwd{i}@example.com\nSubject: Fwd: kartu ujian ({i})\nMIME-Version: 1.0\n"
                 "Content-Type: message/rfc822\n\n" + inner)
    fwd = ('Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename="forward.eml"\n\n'
           + inner)
    d = hdate(2026, 11, 28, 14, 19, 2)
    extra = "X-Spam-Report: " + " ".join(f"RULE_{i:04d}=0.0{i % 10}" for i in range(700)) + "\n"
    put(rel, mixed("h01", d, f"{name} <ahmad.zainuri.krt@example.com>", "Kartu ujian PPPK tidak bisa diunduh",
                   "example.com", [part("text/plain", "utf-8", "8bit", letter), fwd], ip="192.0.2.201",
                   extra=extra))
    src(rel, letter)
    complaint(rel, "hostile_ok", dict(
        name=name, address=addr, service_description=svc, loss=loss, requested_resolution=req,
        place="Kraton", date="2026-11-28", signed=True, email="ahmad.zainuri.krt@example.com",
        phone="085744201938", nik=None), "pengadaan",
        "HOSTILE BUT READABLE: an 80-level nest of message/rfc822 attachments and a single ~10 kB unfolded "
        "header line; the body letter is scored (PPPK exam card -> pengadaan); complete")


# ================================================================ checks
def self_check():
    for t in TRUTH:
        f = t["fields"]
        rel = t["file"]
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
        dt.date.fromisoformat(f["date"])
        assert t["complete"] is (not t["missing"]), rel
        assert t["division"] in (None, "sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja"), rel
        msg = email.message_from_bytes(FILES[rel], policy=email.policy.compat32)
        frm = email.utils.parseaddr(str(msg["From"]))[1]
        assert frm.lower() == f["email"], (rel, frm)
        hd = email.utils.parsedate_to_datetime(msg["Date"]).date().isoformat()
        if rel in HEADER_DATE:
            assert hd == f["date"] and f["place"] is None, (rel, hd, f["date"])
        else:
            assert f["place"] is not None, rel
    ids = [re.search(rb"^Message-ID: (.*?)\r?$", v, re.M).group(1) for k, v in FILES.items() if k.endswith(".eml")]
    assert len(ids) == len(set(ids)), "duplicate Message-ID"
    for rel, data in FILES.items():
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        blob = "\n".join(f"{k}: {v}" for k, v in msg.items())
        for sub in msg.walk():
            if sub.get_content_maintype() == "text":
                blob += "\n" + (sub.get_payload(decode=True) or b"").decode("latin-1")
        for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", blob):
            dom = a.split("@")[1].lower()
            assert ".example." in "." + dom + "." or dom.endswith("pasuruankab.go.id"), (rel, a)


# ===================================================================== README
DECISIONS = """\
1. **Passages.** The free-text fields are the letter's own sentences without label or lead-in words.
   In the rambling letter (`p01`) they are the three sentences inside the long paragraph that carry the
   story, the loss and the request; the chatter around them is left out. In the neighbour's letter
   (`p04`) the service description is the whole numbered list of four grievances (numbers included).
   A loss written as a question (`p06`, "lalu siapa yang mau mengganti biaya saya?") keeps the question.
2. **Request stated twice** (`p05`): a short "Langsung saja, saya mohon SK pensiun janda saya segera
   diterbitkan." opens the letter and the full request closes it ("Sekali lagi, permohonan saya: ...").
   The truth takes the full final statement (it is the one that says what exactly should be done).
3. **Bilingual letter** (`p08`): the letter is written in Indonesian and then repeated in English.
   The truth takes the **Indonesian** passages (the first, original text addressed to an Indonesian
   agency); the English translation gives nothing new. Place/date and name are the same in both.
4. **English letter** (`p09`) is scored on its English passages, the address from "I live at ...".
5. **WhatsApp chat export** (`p03`): the chat lines "[12/11/26 08.15] ..." are evidence, not the
   letter date; the mail has no place/date line, so `date` is the Date: header's local date and
   `place` is null. The passages are the writer's own paragraphs under the chat.
6. **Place/date in the header** (`p07`, `d01`): "Bangil, 20 November 2026" / "Pasuruan, 27 November
   2026" stands at the right end of the "Nomor" line; it is the letter's place/date line. `p07` was
   mailed a day later: the letter's date wins.
7. **Names.** As written in the letter, titles and degrees included ("Drs.", "Hj.", "Ir.", "Dra. ...
   M.Si.", "S.H., M.H.", "S.Pd."). A form of address is not a title: `p01` introduces herself "Ibu
   Sulastri Wahyuningtyas" and signs "Sulastri Wahyuningtyas" -> the signed name. Single-word names
   (`p05` Musyarofah, `d02` Ngatini) are complete names.
8. **Who complains.** The letter's writer: the parent, widow, child, lawyer, journalist, neighbour,
   student, committee chairman - not the civil servant the letter is about. The lawyer (`d01`) gives
   his office as his address ("berkantor di ..."): that is the address he gives, so it is taken; a
   letterhead of a school committee (`d04`) is not the chairman's address (he gives his own).
   In `d02` the widow's letter is mailed by her son: `email` is the From: address, the name is the
   widow's.
9. **Signed.** E-mail letters: a closing followed by the writer's name ("Hormat saya,", "Salam,",
   "Wassalam,", "Kind regards,", "Terima kasih. / name" in `p03`); webmail HTML with a signature
   image between the closing and the typed name (`m01`, `m02`, `m05`) is signed. Not signed: `p02`
   (no closing at all), `p06` ("Terima kasih." with no name after it), `m06` (closing followed by
   "Wali murid kelas 5 ...", a description, not a name). Attached letters: the attached letter's
   signature only - the `.txt` letter's closing + name (`m03`) signs it; `d03` has a printed name
   under "Pengadu," without any signature (not signed, whatever the cover note says).
10. **Dates from the header** for mails without a place/date line (`p02`, `p03`, `p11`, `p13`, `p17`,
    `m04` - sent 23:48 +0700, the local date is taken).
11. **No loss / no request.** `p15` voices a parent's worry (no loss stated); `p12` ends "Saya tidak tahu
    harus mengadu ke mana lagi" (no request); `d05` states no request; `p13` says only that the service
    was disappointing ("Saya kecewa sekali." is not a loss).
12. **Routing.** Staff conduct, illegal fees, the counter and facilities -> `sekretariat` even when
    another service is named (`p06` counter closed while legalising a pension SK, `p10` money asked for
    an internship certificate, `m04` an officer forcing a journalist to delete photos at a PPPK
    announcement, `p04` parking and generator noise, `d05` queue machine and staff refusing help).
    Otherwise the topic: CPNS/PPPK selection, non-ASN data, Karsu, pension janda, dismissal, SK
    pemberhentian -> `pengadaan`; posthumous promotion, CPNS placement, a vacant headmaster post ->
    `mutasi`; Latsar, degree recognition (pencantuman gelar), a training certificate -> `kompetensi`;
    Satyalancana, maternity leave, a disciplinary penalty, a teacher's absences -> `kinerja`.
    **null**: `p12` (a school's BOS-funded honorarium, the school's/education office's matter), `m02`
    (a claim stuck at PT Taspen after BKPSDM's SK was delivered), `p13` and `p17` (no topic at all).
13. **Auto-replies** whose content looks like a complaint: `a01` (Ombudsman acknowledgement quoting a
    full complaint) and `a02` (over-quota notice with a 'Re:' subject quoting the agency's receipt).
14. **`h01`** is scored on its body letter; the nested forward chain and the huge header must not
    crash the reader.
"""

CATS = [("email_plain/", "email_plain", "plain-text mails by non-civil-servants: long rambling, very short, "
         "WhatsApp export pasted in, numbered grievances, request twice, loss as a question, place/date in the "
         "Nomor header, bilingual Indonesian+English, all English, short simple sentences (deaf writer)"),
        ("email_mime/", "email_mime", "Gmail/Yahoo/Zimbra webmail HTML with signature images (multipart/related), "
         "a letter in a .txt attachment, Outlook HTML-only windows-1252, Roundcube iso-8859-1 anonymous"),
        ("email_pdf/", "email_pdf", "cover note + text PDF: a two-page lawyer's letter signed on page 2, image "
         "and vector signatures, a printed name only, a letter mailed by someone else"),
        ("auto_reply/", "auto_reply", "an Ombudsman acknowledgement quoting a complaint; an over-quota notice"),
        ("hostile/", "hostile_ok", "deeply nested message/rfc822 chain + a huge header; body letter scored")]


def readme():
    n = {}
    for t in TRUTH:
        n[t["category"]] = n.get(t["category"], 0) + 1
    comp = [t for t in TRUTH if t["fields"]]
    inc = [t for t in comp if not t["complete"]]
    divs = {}
    for t in comp:
        divs[t["division"] or "null"] = divs.get(t["division"] or "null", 0) + 1
    out = [f"""# heldout27 — blind held-out set for `pengaduan extract`: non-civil-servants and how they write

{len(TRUTH)} items, {len(comp)} of them scored complaints ({len(inc)} incomplete, {len(comp) - len(inc)}
complete), in the format of `/work/shared/samples/` (contract: `/work/shared/DESIGN.md`, procedure:
`/work/shared/procedure-id.md`, scorer: `/work/shared/tools/score.py`). No scans.

Theme: complainants who are not civil servants — CPNS/PPPK applicants and their parents, honorary
(honorer) staff, widows and children of deceased civil servants, a lawyer for a dismissed employee, a
journalist, a neighbour of the office, a student intern, a foreign national married to a civil servant
(in English), people with disabilities, a school committee, a private campus — and how they write: very
short mails, long rambling ones with the loss and the request buried mid-paragraph, a WhatsApp chat
export pasted in, a numbered list of grievances, a bilingual letter, the request stated twice, the loss
as a question, the place/date line beside Nomor/Lampiran/Perihal, a letter in a `.txt` attachment, a
two-page PDF signed on page 2, webmail HTML with signature images.

Regenerate from the repository root (deterministic; two runs give byte-identical files):

    .venv/bin/python tests/extract/heldout27/make_heldout27.py

Score:

    python3 /work/shared/tools/score.py --set tests/extract/heldout27 --cmd "/work/main/.venv/bin/pengaduan extract" --cwd /tmp -v

## Written blind

Written from the specification only (`procedure-id.md`, `DESIGN.md`, the samples' README, truth and a
few sample files, `score.py`). Neither the extractor (`pipeline/`) nor other sets' letters were read;
the MIME and PDF helpers were copied from heldout24's generator. All people, addresses, NIKs, phones and
mail addresses are invented (`example.*` domains; the agency keeps `pasuruankab.go.id`). The set was
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

As in the samples' README: absent fields `null`; free-text fields are the exact passage without its
label; `name` as written with titles; `place` from the place/date line; `phone` digits with a leading 0;
`date` of the letter, else the local date of the `Date:` header; `signed` per DESIGN.md; `email` the
From: address; `missing` in the order name, address, service_description, loss, requested_resolution,
place, date, signed; `complete` iff `missing` is empty. The generator asserts that every passage occurs
in the letter as written (whitespace-collapsed) and that phones/NIKs occur in its digits.

## Decisions on the ambiguous cases

""")
    out.append(DECISIONS)
    out.append("\n## Items\n\n| file | category | division | missing | what it tests |\n|---|---|---|---|---|\n")
    for t in TRUTH:
        miss = "—" if t["missing"] is None else (", ".join(t["missing"]) or "[]")
        div = "—" if t["fields"] is None else (t["division"] or "null")
        out.append(f"| `{t['file']}` | {t['category']} | {div} | {miss} | {t['note']} |\n")
    return "".join(out)


ITEMS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17,
         m01, m02, m03, m04, m05, m06,
         d01, d02, d03, d04, d05,
         a01, a02,
         h01]


def main():
    for fn in ITEMS:
        fn()
    assert len({t["file"] for t in TRUTH}) == len(TRUTH) == len(FILES)
    self_check()
    for sub in ["email_plain", "email_mime", "email_pdf", "auto_reply", "hostile"]:
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
