#!/usr/bin/env python3
"""Generate the blind held-out set `heldout18` for `pengaduan extract`.

Written from the specification only (procedure-id.md, DESIGN.md and the
samples' README/truth format), without looking at the extractor.

Run from the repository root:
    .venv/bin/python tests/extract/heldout18/make_heldout18.py

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
import os
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
    FILES[rel] = data


def complaint(rel, category, f, division, note, ocr=False):
    fields = {k: f.get(k) for k in FIELD_KEYS}
    fields["signed"] = bool(f.get("signed"))
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
    h = hashlib.sha1(("heldout18-" + tag).encode()).hexdigest()[:20]
    return f"<{h}@{domain}>"


def wrap(text, width=72):
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


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
    qid = hashlib.sha1(tag.encode()).hexdigest()[:10].upper()
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


def part(ctype, charset, cte, body: bytes | str, disp=None):
    if isinstance(body, str):
        body = body.encode(charset)
    if cte == "quoted-printable":
        payload = qp(body)
    elif cte == "base64":
        payload = b64(body)
    else:
        payload = body.decode(charset)
    h = f"Content-Type: {ctype}" + (f'; charset="{charset}"' if charset else "") + "\n"
    if disp:
        h += disp + "\n"
    h += f"Content-Transfer-Encoding: {cte}\n\n"
    return h + payload


def multipart(subtype, boundary, parts, preamble=""):
    s = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# ------------------------------------------------------ letter layout model
# blocks: ("p", text) paragraph | ("right", text) | ("center", text, bold)
#         ("gap", n) | ("kv", label, value) | ("sig", signed) | ("b", text) bold line
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
    """Return a list of drawing ops in a top-left coordinate system (units of
    the caller): ("t", x, y, text, bold) and ("sig", x, y) ; y is baseline."""
    lead = size * 1.38
    ops = []
    y = margin + size
    text_w = page_w - 2 * margin
    for b in blocks:
        kind = b[0]
        if kind == "gap":
            y += lead * b[1]
        elif kind == "p":
            for ln in wrap_px(b[1], text_w, measure):
                ops.append(("t", margin, y, ln, False))
                y += lead
        elif kind == "b":
            ops.append(("t", margin, y, b[1], True))
            y += lead
        elif kind == "right":
            x = page_w - margin - measure(b[1])
            ops.append(("t", x, y, b[1], False))
            y += lead
        elif kind == "rightcol":  # block starting at 60% of the width
            ops.append(("t", margin + text_w * 0.58, y, b[1], False))
            y += lead
        elif kind == "center":
            m = measure_b if b[2] else measure
            x = (page_w - m(b[1])) / 2
            ops.append(("t", x, y, b[1], b[2]))
            y += lead
        elif kind == "kv":
            ops.append(("t", margin, y, b[1], False))
            ops.append(("t", margin + label_w, y, ":", False))
            vx = margin + label_w + measure(": ")
            for ln in wrap_px(b[2], page_w - margin - vx, measure):
                ops.append(("t", vx, y, ln, False))
                y += lead
        elif kind == "sig":
            x = margin + text_w * 0.58
            if b[1]:
                ops.append(("sig", x, y + lead * 0.6))
            y += lead * 3.2
        else:
            raise ValueError(kind)
    return ops


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


def make_pdf(blocks, seed, sig_kind="vector", size=11.0):
    """A one-page text PDF (Helvetica, WinAnsi). sig_kind: vector | image."""
    W, H, M = 595.28, 841.89, 64.0
    ms = Measure(SANS, size)
    mb = Measure(SANS_B, size)
    ops = layout(blocks, W, M, size, ms.w, mb.w, label_w=ms.w("Nomor Telepon/HP  "))
    rng = random.Random(seed)
    content = []
    image_obj = None
    for op in ops:
        if op[0] == "t":
            _, x, y, text, bold = op
            font = "/F2" if bold else "/F1"
            content.append(b"BT %s %.1f Tf %.2f %.2f Td " % (font.encode(), size, x, H - y)
                           + pdf_str(text) + b" Tj ET")
        else:
            _, x, y = op
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
                image_obj = (iw, ih, zlib.compress(im.tobytes(), 9))
                content.append(b"q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q" % (
                    110, 38, x + 4, H - y - 22))
    stream = zlib.compress(b"\n".join(content), 9)
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    xobj = b" /XObject << /Im1 7 0 R >>" if image_obj else b""
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >>" + xobj + b" >> /Contents 6 0 R >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    if image_obj:
        iw, ih, data = image_obj
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (iw, ih, len(data))
                    + data + b"\nendstream")
    objs.append(b"<< /Producer (Microsoft Word for Microsoft 365) /Creator (Microsoft Word) >>")
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
def render_scan(blocks, seed, dpi=200, angle=0.6, paper=250, noise=7.0,
                blur=0.5, colour=False, pen=(20, 40, 120), quant=1):
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    size = 11.5 * dpi / 72.0
    M = 0.9 * dpi
    f = ImageFont.truetype(SERIF, int(round(size)))
    fb = ImageFont.truetype(SERIF_B, int(round(size)))
    ops = layout(blocks, W, M, size, f.getlength, fb.getlength,
                 label_w=f.getlength("Nomor Telepon/HP  "))
    mode = "RGB" if colour else "L"
    bg = (paper, paper - 3, paper - 12) if colour else paper
    ink = (28, 28, 30) if colour else 25
    im = Image.new(mode, (W, H), bg)
    dr = ImageDraw.Draw(im)
    for op in ops:
        if op[0] == "t":
            _, x, y, text, bold = op
            dr.text((x, y), text, font=fb if bold else f, fill=ink, anchor="ls")
        else:
            _, x, y = op
            bw, bh = 1.7 * dpi, 0.62 * dpi
            start, segs = sig_curve(rng, bw, bh)
            pts = [(x + px, y + 0.15 * dpi - py) for px, py in bezier_points(start, segs)]
            col = pen if colour else 45
            dr.line(pts, fill=col, width=max(2, int(dpi / 75)), joint="curve")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a += nrng.normal(0.0, noise, a.shape).astype(np.float32)
    # a few dark specks
    specks = nrng.integers(0, [H, W], size=(int(W * H / 9000), 2))
    for (yy, xx) in specks:
        a[yy:yy + 2, xx:xx + 2] = 70
    if quant > 1:
        a = np.round(a / quant) * quant
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, mode)


def img_bytes(im, fmt, dpi, **kw):
    buf = io.BytesIO()
    if fmt == "PDF":
        fixed = dt.datetime(2027, 1, 4, 9, 12, 0).timetuple()
        im.save(buf, "PDF", resolution=float(dpi), creationDate=fixed, modDate=fixed,
                producer="Canon iR-ADV C3525", creator="Canon iR-ADV C3525")
    else:
        im.save(buf, fmt, dpi=(dpi, dpi), **kw)
    return buf.getvalue()


# =================================================================== items
# ---------------------------------------------------------------- email_plain
def h01():
    f = dict(
        name="Sulastri, S.Pd.",
        address="Dusun Krajan RT 02 RW 01, Desa Andonosari, Kecamatan Tutur, Kabupaten Pasuruan",
        service_description="Saya dinyatakan lulus seleksi PPPK Guru tahun 2025 dan sudah menandatangani perjanjian kerja pada bulan Juli 2026. Namun sampai hari ini Nomor Induk PPPK saya belum terbit di SIASN, sehingga SK pengangkatan saya tidak dapat diserahkan oleh BKPSDM, sementara teman-teman satu formasi di kecamatan lain sudah menerima SK.",
        loss="Selama lima bulan saya bekerja penuh tanpa menerima gaji sebagai PPPK, sehingga saya harus berutang kepada saudara untuk biaya transportasi ke sekolah yang jaraknya 18 km dari rumah.",
        requested_resolution="Saya mohon BKPSDM menelusuri kendala penetapan NI PPPK saya ke BKN, segera menyerahkan SK pengangkatan saya, dan memastikan gaji yang tertunda dibayarkan terhitung sejak TMT perjanjian kerja.",
        place="Nongkojajar", date="2026-12-07", signed=True,
        email="sulastri.spd@example.com", phone="085231904471", nik="3514094507880003")
    body = f"""Kepada Yth.
Kepala BKPSDM Kab. Pasuruan
Komplek Perkantoran Raci, Bangil

Hal : Pengaduan NI PPPK belum terbit

Assalamu'alaikum Wr. Wb.

IDENTITAS PELAPOR
Nama Lengkap   : {f['name']}
NIK            : {f['nik']}
Alamat Rumah   : {f['address']}
Telp/WA        : 0852-3190-4471
Unit Kerja     : SDN Andonosari 2, Kecamatan Tutur

A. Kronologi Permasalahan
{f['service_description']}

B. Dampak yang Saya Alami
{f['loss']}

C. Harapan / Tuntutan
{f['requested_resolution']}

Demikian pengaduan ini saya buat dengan sebenarnya.
Wassalamu'alaikum Wr. Wb.

Nongkojajar, 07 Desember 2026
Hormat saya,


{f['name']}
"""
    d = hdate(2026, 12, 7, 20, 12, 44)
    put("email_plain/h01.eml", plain_mail("h01", d, f"Sulastri <{f['email']}>",
        "Pengaduan NI PPPK belum terbit", "example.com", body,
        extra="User-Agent: Mozilla Thunderbird\n"))
    complaint("email_plain/h01.eml", "email_plain", f, "pengadaan",
              "complete; section letters A/B/C with new label words; agency address in the header block")


def h02():
    f = dict(
        name="Drs. Mulyono, M.Si.",
        address="Jl. Raya Lumbang No. 45 RT 03 RW 02, Desa Winongan Kidul, Kecamatan Winongan, Kabupaten Pasuruan",
        service_description="Pada bulan Agustus 2026 BKPSDM mengumumkan daftar ASN yang diusulkan menerima Satyalancana Karya Satya XX Tahun. Masa kerja saya sudah 24 tahun tanpa pernah dijatuhi hukuman disiplin dan berkas saya sudah dikirim oleh sekolah sejak Maret 2026, tetapi nama saya tidak tercantum dalam daftar usulan tanpa ada pemberitahuan apa pun.",
        loss="Akibatnya saya kehilangan kesempatan menerima penghargaan tersebut pada peringatan HUT RI tahun ini, padahal penghargaan itu menjadi salah satu nilai tambah dalam penilaian angka kredit saya, dan saya merasa pengabdian saya selama ini tidak dihargai.",
        requested_resolution="Oleh karena itu saya mohon BKPSDM menjelaskan secara tertulis alasan nama saya tidak diusulkan dan memasukkan nama saya dalam usulan Satyalancana Karya Satya periode berikutnya.",
        place="Winongan", date="2026-12-14", signed=True,
        email="mulyono.smpn1wng@example.net", phone="081330124478", nik=None)
    intro = (f"Saya, {f['name']}, guru SMP Negeri 1 Winongan, beralamat di "
             f"{f['address']}, dapat dihubungi di nomor 0813-3012-4478.")
    body = f"""                                             Winongan, 14 Desember 2026

Kepada
Yth. Kepala Badan Kepegawaian dan Pengembangan SDM
Kabupaten Pasuruan
di Bangil

Perihal: Nama saya tidak masuk usulan Satyalancana Karya Satya

Assalamu'alaikum Wr. Wb.

{wrap(intro)}

{wrap(f['service_description'])}

{wrap(f['loss'])}

{wrap(f['requested_resolution'])}

Atas perhatian Bapak/Ibu saya sampaikan terima kasih.
Wassalamu'alaikum Wr. Wb.

Hormat saya,

{f['name']}
"""
    d = hdate(2026, 12, 15, 7, 3, 10)
    put("email_plain/h02.eml", plain_mail("h02", d, f"Mulyono <{f['email']}>",
        "Satyalancana Karya Satya", "example.net", body))
    complaint("email_plain/h02.eml", "email_plain", f, "kinerja",
              "complete; no labels, all fields in prose, wrapped at 72; letter date differs from Date header")


def h03():
    f = dict(
        name="Rina Oktaviani", address=None,
        service_description='sy udah ngajuin cuti besar dari bulan oktober buat berangkat umroh bareng ortu, berkas lengkap semua udah di acc kepala puskesmas jg, tp sampe skrg surat izin cutinya blm keluar2 dr bkpsdm. tiap sy tanya ke loket jawabannya "masih di meja pimpinan" terus',
        loss="gara2 itu sy batal berangkat tgl 3 januari kemarin dan uang DP umroh 4 juta hangus ga bisa balik.",
        requested_resolution="tolong dong min dicek berkas cuti sy dan dikasih kepastian secepatnya, biar sy bisa jadwal ulang keberangkatan.",
        place=None, date="2027-01-11", signed=True,
        email="rina.okta92@example.com", phone="085733449012", nik=None)
    body = f"""pagi min \U0001F64F

mau komplain nih soal cuti. sy {f['name']}, perawat di Puskesmas Pohjentrek.

{f['service_description']} \U0001F62D\U0001F62D

{f['loss']}

{f['requested_resolution']}

wa aja ke 0857 3344 9012 kalo perlu data tambahan ya

makasih banyak,
{f['name']}
"""
    d = hdate(2027, 1, 11, 6, 15, 2)   # 2027-01-10 23:15 UTC: local date counts
    put("email_plain/h03.eml", plain_mail("h03", d, f"Rina Okta <{f['email']}>",
        "komplain cuti besar blm kluar", "example.com", body,
        extra="X-Mailer: iPhone Mail (20H115)\n"))
    complaint("email_plain/h03.eml", "email_plain", f, "kinerja",
              "chatty WhatsApp-style with emoji; no address (workplace only), no place/date line; Date header 06:15 +0700 is the previous day in UTC")


def h04():
    f = dict(
        name="BAGUS SETIAWAN",
        address="PERUMAHAN PESONA PRIGEN BLOK F-12, DESA LEDUG, KECAMATAN PRIGEN",
        service_description='SAAT SAYA MENGURUS USULAN KENAIKAN PANGKAT KE III/D, SEORANG OKNUM PEGAWAI DI BIDANG MUTASI MENAWARKAN "JALUR CEPAT" DENGAN MEMINTA UANG RP 1.500.000 AGAR BERKAS SAYA DIDAHULUKAN. KETIKA SAYA MENOLAK, BERKAS SAYA DIKEMBALIKAN DENGAN ALASAN YANG TIDAK JELAS.',
        loss=None,
        requested_resolution="SAYA MINTA OKNUM TERSEBUT DIPERIKSA DAN DIBERI SANKSI, DAN BERKAS SAYA DIPROSES SESUAI ANTRIAN TANPA PUNGUTAN APA PUN.",
        place="PASURUAN", date="2026-12-09", signed=False,
        email="bagus.setiawan@example.org", phone="082144557810", nik=None)
    body = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

NAMA    : {f['name']}
ALAMAT  : {f['address']}
HP      : 0821-4455-7810

SAYA MAU MELAPORKAN KEJADIAN YANG SANGAT MENGECEWAKAN!!!

{f['service_description']}

{f['requested_resolution']}

PASURUAN, 9 DESEMBER 2026

TERIMA KASIH.
"""
    d = hdate(2026, 12, 9, 16, 48, 31)
    put("email_plain/h04.eml", plain_mail("h04", d, f"bagus setiawan <{f['email']}>",
        "LAPORAN PUNGLI KENAIKAN PANGKAT!!!", "example.org", body, charset="us-ascii", cte="7bit"))
    complaint("email_plain/h04.eml", "email_plain", f, "sekretariat",
              "ALL CAPS; illegal fee in a promotion file -> sekretariat; no loss; closing without a name")


def h05():
    f = dict(
        name="Agung Prasetya Nugraha, S.T.",
        address="Perum Bumi Gempol Asri Blok H-7 RT 05 RW 09, Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan",
        service_description="Saya mengikuti penyesuaian/inpassing ke jabatan fungsional Pranata Komputer Ahli Pertama sejak Juni 2026 dan sudah lulus uji kompetensi, tetapi SK pengangkatan dalam jabatan fungsional saya tidak kunjung diterbitkan, sedangkan peserta lain dari perangkat daerah yang sama sudah dilantik pada bulan Oktober.",
        loss="Saya tidak bisa menerima tunjangan jabatan fungsional dan angka kredit yang sudah saya kumpulkan sejak Juni tidak dapat dinilai.",
        requested_resolution="Mohon BKPSDM segera menerbitkan SK jabatan fungsional saya dan menjadwalkan pelantikan saya pada kesempatan pertama.",
        place="Gempol", date="2026-12-16", signed=True,
        email="agung.pn@example.com", phone="081230876620", nik=None)
    body = f"""Selamat siang Bapak/Ibu,

Menindaklanjuti email di bawah, berikut saya kirimkan kembali pengaduan saya dengan data yang sudah lengkap.

Nama          : {f['name']}
Alamat        : {f['address']}
No. HP        : 0812-3087-6620

Permasalahan:
{f['service_description']}

Kerugian:
{f['loss']}

Yang saya minta:
{f['requested_resolution']}

Gempol, 16 Desember 2026

Salam hormat,
{f['name']}

Pada Sel, 15 Des 2026 pukul 10.21 {AGENCY} menulis:
> Yth. Bapak Agung Prasetya Nugraha,
>
> Pengaduan Anda dengan nomor PGD-2026-0815 belum dapat kami proses karena
> belum memuat alamat lengkap serta tempat dan tanggal penyampaian. Mohon
> melengkapi data tersebut dengan membalas email ini paling lambat
> 22 Desember 2026.
>
> Hormat kami,
> Tim Pengaduan BKPSDM Kabupaten Pasuruan
> Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153
> Telp. (0343) 741500
"""
    d = hdate(2026, 12, 16, 11, 40, 5)
    extra = (f"In-Reply-To: {msgid('h05-orig', 'pasuruankab.go.id')}\n"
             f"References: {msgid('h05-orig', 'pasuruankab.go.id')}\n")
    put("email_plain/h05.eml", plain_mail("h05", d, f"Agung Prasetya <{f['email']}>",
        "Re: [PGD-2026-0815] Permintaan kelengkapan data pengaduan", "example.com", body, extra=extra))
    complaint("email_plain/h05.eml", "email_plain", f, "mutasi",
              "complete; top-posted reply above a quoted agency mail (agency address/phone/date in the quote)")


def h06():
    f = dict(
        name="Wahyu Dwi Kurniasari", address=None,
        service_description="Ijazah S2 saya sudah saya ajukan untuk pencantuman gelar sejak 10 Agustus 2026, jauh sebelum batas waktu, tetapi sampai sekarang surat keterangan pencantuman gelar belum terbit dan di SIASN gelar saya masih tertulis S.Pd. saja. Ketika saya bertanya, petugas menyatakan berkas saya tidak ditemukan.",
        loss="Karena gelar belum tercantum, saya tidak dapat mengusulkan kenaikan pangkat dengan penyesuaian ijazah pada periode April 2027 dan harus menunggu satu periode lagi.",
        requested_resolution="Saya mohon berkas saya dicari kembali dan surat keterangan pencantuman gelar segera diterbitkan, atau saya diberi tahu jika harus mengajukan ulang.",
        place=None, date="2026-12-18", signed=True,
        email="wahyu.dk@example.org", phone="083851207734", nik=None)
    body = f"""On Thu, Dec 17, 2026 at 9:05 AM Admin Kepegawaian Disdik <kepegawaian.disdik@example.org> wrote:
> Kepada seluruh guru ASN,
> Pengajuan pencantuman gelar akademik tahun 2026 ditutup tanggal 30 November 2026.
> Berkas yang sudah diterima akan diproses oleh BKPSDM paling lama 30 hari kerja.
> Terima kasih.

Yth. Tim Pengaduan BKPSDM,

saya teruskan pengumuman di atas karena yang terjadi pada saya tidak sesuai dengan pengumuman tersebut.

Nama saya {f['name']}, guru SDN Gerbo 1 Purwodadi.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Terima kasih,
{f['name']}
HP 0838-5120-7734
"""
    d = hdate(2026, 12, 18, 21, 47, 30)
    put("email_plain/h06.eml", plain_mail("h06", d, f"Wahyu Dwi K <{f['email']}>",
        "Fwd: Pengumuman pencantuman gelar - berkas saya hilang", "example.org", body,
        extra="User-Agent: Gmail\n"))
    complaint("email_plain/h06.eml", "email_plain", f, "kompetensi",
              "letter below a quoted mail (bottom-posting); no home address (school only); no place/date line")


def h07():
    f = dict(
        name="Yuni Astutik, S.Pd.SD",
        address="Jl. Masjid No. 7 RT 01 RW 04, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
        service_description="Saya menikah pada bulan Februari 2026 dan telah mengajukan Kartu Suami (Karsu) melalui SIASN pada bulan Maret 2026. Usulan saya ditolak dua kali dengan alasan dokumen tidak terbaca, padahal dokumen yang saya unggah adalah hasil pindai asli yang jelas, dan tidak ada petugas yang bisa menjelaskan dokumen mana yang bermasalah.",
        loss="Suami saya belum dapat didaftarkan sebagai tanggungan sehingga tunjangan keluarga tidak saya terima selama hampir sepuluh bulan.",
        requested_resolution="Saya mohon petugas memeriksa ulang usulan Karsu saya, menjelaskan kekurangan dokumen secara rinci, dan menerbitkan Karsu tersebut beserta penyesuaian tunjangan keluarga saya.",
        place="Bangil", date="2027-01-04", signed=True,
        email="operator.sdnkalirejo2@example.org", phone="089670123388", nik=None)
    body = f"""Mohon ditindaklanjuti, pengaduan dari salah satu guru kami yang dikirim ke email sekolah.

Terima kasih
Operator SDN Kalirejo 2

---------- Forwarded message ---------
Dari: Yuni Astutik <yuni.astutik@example.com>
Date: Sen, 4 Jan 2027 pukul 19.02
Subject: pengaduan Karsu
To: <operator.sdnkalirejo2@example.org>


Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
melalui Operator SDN Kalirejo 2

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama : {f['name']}
NIP : 198706142010012015
Alamat : {f['address']}
No. Telp : 0896-7012-3388

menyampaikan pengaduan sebagai berikut.

Masalah: {f['service_description']}
Kerugian: {f['loss']}
Permohonan: {f['requested_resolution']}

Bangil, 4 Januari 2027

Hormat saya,
{f['name']}
"""
    d = hdate(2027, 1, 5, 8, 30, 17)
    put("email_plain/h07.eml", plain_mail("h07", d, f"Operator SDN Kalirejo 2 <{f['email']}>",
        "Fwd: pengaduan Karsu", "example.org", body))
    complaint("email_plain/h07.eml", "email_plain", f, "pengadaan",
              "forwarded mail (email = forwarder's From:); 18-digit NIP is not a NIK; inline labels")


def h08():
    f = dict(
        name="Andika Pratama Putra",
        address="Jl. Dahlia No. 3, Desa Masangan, Kecamatan Bangil, Kabupaten Pasuruan",
        service_description="Jadi basically begini: I finished my master's degree di University of Washington under tugas belajar and submitted the ijazah plus the penyetaraan letter from Kemdiktisaintek back in September. Tapi sampai sekarang pengakuan gelar saya belum diproses, and nobody at the BKPSDM desk could tell me the status of my file.",
        loss="Because of this, my title is still not updated in SIASN and I was dropped from the shortlist for a position that requires a master's degree, which honestly is quite frustrating.",
        requested_resolution="Please kindly process the recognition of my degree as soon as possible dan kabari saya kalau masih ada dokumen yang kurang.",
        place=None, date="2027-01-15", signed=True,
        email="andika.pp@example.com", phone="08113409552", nik=None)
    body = f"""Dear Bapak/Ibu tim pengaduan BKPSDM,

Perkenalkan, saya {f['name']}, ASN di Dinas Kominfo Kab. Pasuruan, currently still in Seattle for a short course. Alamat rumah saya: {f['address']}.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

You can reach me via WhatsApp at +62 811-3409-552.

Best regards,
{f['name']}

Sent from Outlook for iOS
"""
    d = hdate(2027, 1, 15, 18, 30, 0, tz=-8 * 60)  # 2027-01-16 in UTC/WIB; sender's date counts
    put("email_plain/h08.eml", plain_mail("h08", d, f"Andika Pratama Putra <{f['email']}>",
        "Degree recognition / pengakuan gelar belum diproses", "example.com", body))
    complaint("email_plain/h08.eml", "email_plain", f, "kompetensi",
              "English-mixed; no place/date line; Date header -0800 (UTC date is the next day); +62 phone")


def h09():
    f = dict(
        name="Siti Maimunah",
        address="Dusun Krajan RT 04 RW 02, Desa Pulokerto, Kecamatan Kraton, Kabupaten Pasuruan",
        service_description="Suami kulo sedo wulan Juli 2026. Berkas pengajuan pensiun janda sampun kulo setoraken dateng BKPSDM wulan Agustus, nanging ngantos sakmeniko SK pensiun janda dereng medal, malah kulo dikengken bolak-balik tigang kali amargi petugas ganti-ganti lan berkasipun dipun sanjangi ical.",
        loss="Sampun tigang wulan kulo mboten nampi pensiun babar blas, dados kulo kedah utang tonggo kangge kebutuhan saben dinten.",
        requested_resolution="Kulo nyuwun tulung supados SK pensiun janda kulo enggal dipun terbitaken lan berkas kulo mboten dipun ical-aken malih.",
        place="Kraton", date="2026-12-21", signed=True,
        email="rizky.ramadhan88@example.com", phone="085706221190", nik=None)
    body = f"""Assalamu'alaikum Wr. Wb.

Nyuwun sewu Bapak/Ibu ingkang kulo hormati,

Kulo {f['name']}, randha saking almarhum Bapak Slamet Riyadi, pensiunan guru SDN Pulokerto 1. Griya kulo wonten {f['address']}. Nomer HP anak kulo 0857-0622-1190.

{f['service_description']}

{f['loss']}

{f['requested_resolution']}

Matur nuwun sanget.

Kraton, 21 Desember 2026

Hormat kulo,
{f['name']}
"""
    d = hdate(2026, 12, 22, 9, 5, 40)
    put("email_plain/h09.eml", plain_mail("h09", d, f"Rizky Ramadhan <{f['email']}>",
        "pengaduan pensiun janda ibu saya", "example.com", body))
    complaint("email_plain/h09.eml", "email_plain", f, "pengadaan",
              "complete; Javanese (krama) letter sent from the son's account (From name differs)")


def h10():
    f = dict(
        name=None, address=None,
        service_description="Pada hari Senin, 4 Januari 2027 sekitar pukul 10.00 saya menunggu di ruang layanan terpadu BKPSDM selama hampir dua jam. Selama itu dua orang petugas di meja layanan justru merokok di dalam ruangan dan bermain game di ponsel, sementara antrean sudah panjang dan mesin nomor antrean rusak sehingga pengunjung saling serobot.",
        loss=None,
        requested_resolution="Mohon pimpinan BKPSDM menertibkan petugas yang merokok dan bermain ponsel saat jam layanan, serta segera memperbaiki mesin antrean di ruang layanan.",
        place="Bangil", date="2027-01-05", signed=False,
        email="pemerhati.layanan@example.net", phone=None, nik=None)
    body = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya adalah salah satu pengguna layanan yang tidak ingin disebutkan namanya.

{f['service_description']}

{f['requested_resolution']}

Bangil, 5 Januari 2027

Salam.
"""
    d = hdate(2027, 1, 5, 13, 2, 9)
    put("email_plain/h10.eml", plain_mail("h10", d, f["email"],
        "Petugas merokok di ruang layanan", "example.net", body, crlf=True))
    complaint("email_plain/h10.eml", "email_plain", f, "sekretariat",
              "anonymous (no name, address, loss, signature); staff conduct + queue machine; CRLF")


def h11():
    f = dict(
        name="Ir. Heru Santoso",
        address="Jl. Raya Tretes No. 112, Desa Pecalukan, Kecamatan Prigen",
        service_description="Saya dijatuhi hukuman disiplin berupa penurunan jabatan setingkat lebih rendah selama 12 bulan berdasarkan keputusan yang saya terima tanggal 30 November 2026. Saya tidak pernah dipanggil untuk diperiksa dan tidak pernah menandatangani berita acara pemeriksaan, sehingga saya tidak diberi kesempatan membela diri.",
        loss=None,
        requested_resolution="Saya mohon keputusan hukuman disiplin tersebut ditinjau kembali dan saya diperiksa sesuai prosedur yang berlaku, dengan salinan berita acara pemeriksaan diberikan kepada saya.",
        place="Pandaan", date="2026-12-28", signed=True,
        email="heru.santoso70@example.net", phone="0343851234", nik="3514071203700006")
    body = f"""FORMULIR PENGADUAN PELAYANAN PUBLIK
BKPSDM KABUPATEN PASURUAN
----------------------------------------------
Nama Pelapor        : {f['name']}
NIK                 : {f['nik']}
Alamat              : {f['address']}
No. Telp            : (0343) 851234
Email               : {f['email']}
----------------------------------------------
Pokok Pengaduan     :
{f['service_description']}

Kerugian            : -

Tuntutan/Harapan    :
{f['requested_resolution']}
----------------------------------------------
Pandaan, 28 Desember 2026

Hormat saya,
ttd
{f['name']}
"""
    d = hdate(2026, 12, 28, 10, 11, 56)
    put("email_plain/h11.eml", plain_mail("h11", d, f"Heru Santoso <{f['email']}>",
        "Formulir pengaduan - keberatan hukuman disiplin", "example.net", body))
    complaint("email_plain/h11.eml", "email_plain", f, "kinerja",
              "form layout; loss given as '-' (absent); discipline mentions 'jabatan'; landline phone")


def h12():
    f = dict(
        name="Fajar Nugroho", address=None,
        service_description="sya mau ngadu krn sk mutasi sya salah. sya ngajukan pindah ke smpn 1 purwosari krn istri sya sakit dan hrs kontrol rutin di malang, permohonan sdh di setujui kepala dinas dan katanya sdh di acc bkpsdm, tp pas sk keluar tgl 1 desember malah sya di tempatkan di smpn 3 lumbang yg lbh jauh lg dr rumah.",
        loss="akibatnya sya hrs nginep di sekolah senin smp kamis dan istri sya gk ada yg antar kontrol, ongkos bensin jg nambah hmpir 800rb sebulan.",
        requested_resolution=None,
        place=None, date="2027-01-06", signed=False,
        email="fajar.nugroho77@example.com", phone=None, nik=None)
    body = f"""selamat mlm

nama sya {f['name']}, guru PNS SMPN 2 Tosari.

{f['service_description']}

{f['loss']}

sekian, trims


--
Dikirim dari Yahoo Mail di Android
"""
    d = hdate(2027, 1, 6, 21, 14, 3)
    put("email_plain/h12.eml", plain_mail("h12", d, f"fajar nugroho <{f['email']}>",
        "sk mutasi salah", "example.com", body))
    complaint("email_plain/h12.eml", "email_plain", f, "mutasi",
              "typo-laden, lower case; missing address, requested resolution, place/date line, signature (4 missing)")


# ----------------------------------------------------------------- email_mime
def h13():
    f = dict(
        name="Nanik Sulistyowati",
        address="Jl. Untung Suropati No. 21 RT 02 RW 05, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
        service_description="Sistem antrean online layanan kepegawaian BKPSDM sudah tiga minggu tidak bisa diakses. Saat saya datang langsung tanggal 6 Januari 2027, petugas keamanan meminta saya kembali karena kuota antrean manual hari itu sudah habis pukul 08.30, padahal jam layanan baru dimulai pukul 08.00, dan tidak ada pengumuman apa pun di papan informasi maupun website.",
        loss="Saya sudah dua kali izin tidak masuk kerja dan menempuh perjalanan dari Bangil tanpa hasil, sehingga cuti tahunan saya terpakai dua hari dengan sia-sia.",
        requested_resolution="Saya meminta BKPSDM segera memperbaiki sistem antrean online, menambah kuota antrean manual, dan mengumumkan setiap gangguan layanan melalui website dan media sosial resmi.",
        place="Bangil", date="2027-01-08", signed=True,
        email="nanik.sulis@example.com", phone="087755110923", nik=None)
    rows = [("Nama", f["name"]), ("Alamat", f["address"]), ("Telepon", "0877-5511-0923"),
            ("Uraian pengaduan", f["service_description"]), ("Kerugian", f["loss"]),
            ("Penyelesaian yang diminta", f["requested_resolution"])]
    trs = "\n".join(f'<tr><td valign="top"><b>{html_escape(a)}</b></td><td>{html_escape(b)}</td></tr>'
                    for a, b in rows)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{{padding:2px 6px;font-family:Arial}}</style></head><body>
<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan</p>
<p>Dengan hormat,</p>
<p>Saya yang bertanda tangan di bawah ini menyampaikan pengaduan sebagai berikut:</p>
<table border="1" cellspacing="0" cellpadding="0">
{trs}
</table>
<p>Bangil, 8 Januari 2027</p>
<p>Hormat saya,<br><br>{f['name']}</p>
</body></html>
"""
    d = hdate(2027, 1, 8, 19, 26, 0)
    h = headers("h13", d, f"{rfc2047(f['name'], 'utf-8', 'B')} <{f['email']}>",
                rfc2047("Pengaduan – Antrean Online Tidak Berfungsi", "utf-8", "Q"), "example.com")
    data = h + part("text/html", "utf-8", "quoted-printable", html)
    put("email_mime/h13.eml", data.encode("ascii"))
    complaint("email_mime/h13.eml", "email_mime", f, "sekretariat",
              "HTML only, every field in a 2-column table; utf-8 QP; RFC 2047 B name, Q subject with en dash; mentions cuti (facility complaint)")


def h14():
    f = dict(
        name="Dra. Endah Kusumawardani, M.M.",
        address="Perum Graha Pandaan Indah Blok B2 No. 15, Desa Jogosari, Kecamatan Pandaan",
        service_description="Saya telah ditetapkan sebagai peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II tahun 2026 melalui surat BKPSDM bulan Agustus. Tiga hari sebelum pelatihan dimulai, nama saya dicoret dari daftar peserta dan diganti orang lain tanpa pemberitahuan resmi; saya baru mengetahuinya dari grup WhatsApp “Peserta PKA 2026”.",
        loss=None,
        requested_resolution="Saya mohon BKPSDM memberikan penjelasan tertulis alasan pencoretan nama saya dan menjamin saya diikutsertakan pada PKA angkatan pertama tahun 2027.",
        place="Pandaan", date="2027-01-11", signed=True,
        email="endah.kusuma@example.org", phone="081234509871", nik=None)
    text = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

Dengan hormat, saya menyampaikan keberatan atas pelayanan terkait pelatihan kepemimpinan – mohon ditindaklanjuti.

Nama Pengadu     : {f['name']}
Alamat Domisili  : {f['address']}
Nomor HP         : 0812-3450-9871

Uraian Singkat:
{f['service_description']}

Permohonan:
{f['requested_resolution']}

Pandaan, 11-01-2027

Hormat saya,
{f['name']}
"""
    html = ("<html><body><div style=\"font-family:Calibri\">"
            + "".join(f"<p class=\"MsoNormal\">{html_escape(ln) if ln else '&nbsp;'}</p>\n" for ln in text.split("\n"))
            + "</div></body></html>\n")
    d = hdate(2027, 1, 11, 14, 2, 33)
    h = headers("h14", d, f"{rfc2047(f['name'], 'windows-1252', 'B')} <{f['email']}>",
                rfc2047("Keberatan pencoretan peserta PKA – mohon penjelasan", "windows-1252", "Q"),
                "example.org", extra="X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdtkQmU3ZjE5YTQ=\n")
    body = multipart("alternative", "_000_HE18A1B2C3D4_",
                     [part("text/plain", "windows-1252", "quoted-printable", text),
                      part("text/html", "windows-1252", "quoted-printable", html)])
    put("email_mime/h14.eml", (h + body).encode("ascii"))
    complaint("email_mime/h14.eml", "email_mime", f, "kompetensi",
              "multipart/alternative windows-1252 QP, curly quotes and en dash; numeric date 11-01-2027; no loss")


def h15():
    f = dict(
        name="Moch. Choirul Anam",
        address="Dsn. Sumberejo RT 01 RW 03, Ds. Pekoren, Kec. Rembang, Kab. Pasuruan",
        service_description="Saya mengajukan permohonan berhenti atas permintaan sendiri (pensiun dini) pada bulan Juni 2026 dengan semua persyaratan lengkap. Hingga kini SK pemberhentian saya belum terbit, padahal menurut standar pelayanan proses tersebut paling lama ± 3 bulan.",
        loss="Saya sudah diterima bekerja di perusahaan swasta mulai Januari 2027, tetapi belum dapat menandatangani kontrak karena masih berstatus PNS, sehingga saya terancam kehilangan pekerjaan baru tersebut.",
        requested_resolution="Mohon SK pemberhentian atas permintaan sendiri saya segera diterbitkan paling lambat akhir Januari 2027.",
        place=None, date="2027-01-04", signed=True,
        email="choirul.anam@example.net", phone="081335662071", nik=None)
    e = html_escape
    html = (f"<div>Kepada Yth.<br>Kepala BKPSDM Kab. Pasuruan<br><br>Dengan hormat,<br>Saya:<br>"
            f"Nama&nbsp;&nbsp;&nbsp;&nbsp;: {e(f['name'])}<br>Alamat&nbsp;: {e(f['address'])}<br>"
            f"HP&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: 0813 3566 2071<br><br>"
            f"<u>Uraian masalah</u><br>{e(f['service_description'])}<br><br>"
            f"<u>Kerugian</u><br>{e(f['loss'])}<br><br>"
            f"<u>Permintaan</u><br>{e(f['requested_resolution'])}<br><br>"
            f"Tanggal&nbsp;: 04 Januari 2027<br><br>Hormat saya,<br>{e(f['name'])}</div>\n")
    d = hdate(2027, 1, 4, 15, 55, 12)
    h = headers("h15", d, f"{rfc2047(f['name'], 'iso-8859-1', 'Q')} <{f['email']}>",
                "Permohonan pensiun dini belum diproses", "example.net")
    put("email_mime/h15.eml", (h + part("text/html", "iso-8859-1", "base64", html)).encode("ascii"))
    complaint("email_mime/h15.eml", "email_mime", f, "pengadaan",
              "HTML only with <br> layout and &nbsp;; iso-8859-1 base64; 'Tanggal:' line without a place")


def h16():
    f = dict(
        name="Slamet Widodo", address=None,
        service_description="SK kenaikan pangkat saya periode Oktober 2026 memang sudah terbit, tetapi golongan yang tercantum masih III/c, padahal yang diusulkan dan disetujui pertimbangan teknis BKN adalah III/d. Saya sudah melapor ke loket pada 2 Desember 2026 dan diminta menunggu, namun sampai sekarang belum ada ralat.",
        loss=None,
        requested_resolution="Mohon SK kenaikan pangkat saya diralat sesuai pertimbangan teknis BKN dan salinan SK yang benar dikirimkan ke sekolah saya.",
        place="Kejayan", date="2027-01-07", signed=True,
        email="slamet.widodo78@example.com", phone="085648102277", nik=None)
    top = f"""Yth. Tim Pengaduan BKPSDM,

Terima kasih atas tanggapan Bapak/Ibu, tetapi masalah saya belum selesai.

Nama: {f['name']}
NIP: 19780512 200501 1 009
HP: 0856-4810-2277

{f['service_description']}

{f['requested_resolution']}

Kejayan, 7 Januari 2027

Salam,
{f['name']}
"""
    quote_lines = ["Yth. Bapak Slamet Widodo,", "",
                   "SK kenaikan pangkat Bapak telah terbit pada tanggal 18 Desember 2026 dan dapat diambil di loket BKPSDM, Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153.",
                   "", "Hormat kami,", "Tim Pengaduan BKPSDM Kabupaten Pasuruan"]
    attrib = f"Pada tanggal Rab, 23 Des 2026 pukul 14.05 {AGENCY} menulis:"
    text = top + "\n" + attrib + "\n" + "\n".join(("> " + q) if q else ">" for q in quote_lines) + "\n"
    e = html_escape
    html = ('<div dir="ltr">' + "".join(f"<div>{e(ln) if ln else '<br>'}</div>" for ln in top.split("\n"))
            + f'</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{e(attrib)}<br></div>'
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + "<br>".join(e(q) for q in quote_lines) + "</blockquote></div>\n")
    d = hdate(2027, 1, 7, 9, 31, 48)
    orig = msgid("h16-orig", "pasuruankab.go.id")
    h = headers("h16", d, f"Slamet Widodo <{f['email']}>",
                "Re: Tanggapan atas pengaduan PGD-2026-0790", "example.com",
                extra=f"In-Reply-To: {orig}\nReferences: {orig}\n")
    body = multipart("alternative", "000000000000a81c3e05f9d2b7c1",
                     [part("text/plain", "UTF-8", "base64", text),
                      part("text/html", "UTF-8", "quoted-printable", html)])
    put("email_mime/h16.eml", (h + body).encode("ascii"))
    complaint("email_mime/h16.eml", "email_mime", f, "mutasi",
              "Gmail-style reply: text base64 + HTML QP with gmail_quote blockquote; no address, no loss; NIP with spaces")


def h17():
    f = dict(
        name="Lukman Hakim, S.Kom.",
        address="Jl. Pattimura Gg. III No. 8, Desa Tidu, Kecamatan Pohjentrek, Kabupaten Pasuruan",
        service_description="Atasan langsung saya sudah menilai SKP tahun 2026 saya dengan predikat Baik dan menyetujuinya di aplikasi e-Kinerja pada tanggal 5 Januari 2027. Namun sejak tanggal 6 Januari status SKP saya berubah menjadi “Belum Dinilai” dan tombol pengajuan ulang tidak bisa diklik, sedangkan batas akhir penilaian kinerja tinggal beberapa hari lagi.",
        loss="Jika SKP tidak tercatat sebelum batas akhir, tambahan penghasilan pegawai saya bulan Februari akan dipotong dan predikat kinerja saya dianggap tidak ada.",
        requested_resolution="Saya mohon admin e-Kinerja BKPSDM memulihkan status penilaian SKP saya dan memperpanjang batas waktu bagi pegawai yang terkena gangguan yang sama.",
        place="Pohjentrek", date="2027-01-09", signed=True,
        email="lukman.hakim@example.net", phone="082331456678", nik=None)

    def flowed(par):
        lines = textwrap.wrap(par, 66, break_long_words=False, break_on_hyphens=False)
        return "\n".join([ln + " " for ln in lines[:-1]] + [lines[-1]]) if lines else ""

    pars = ["Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "",
            "Saya yang mengadu:", f"Pengadu: {f['name']}",
            f"Tempat tinggal: {f['address']}", "Kontak: 0823-3145-6678", "",
            "Apa yang terjadi:", f['service_description'], "",
            "Akibatnya bagi saya:", f['loss'], "",
            "Yang saya harapkan:", f['requested_resolution'], "",
            "Pohjentrek, Sabtu 9 Januari 2027", "", "Terima kasih,", f['name'], "",
            "-- ", "Lukman Hakim", "Pranata Komputer, Kecamatan Pohjentrek"]
    text = "\n".join(flowed(p) if p and p != "-- " else p for p in pars) + "\n"
    d = hdate(2027, 1, 9, 8, 0, 20)
    subj = rfc2047("Status SKP berubah jadi “Belum ", "utf-8", "Q") + "\n " + rfc2047("Dinilai” di e-Kinerja", "utf-8", "Q")
    h = headers("h17", d, f"Lukman Hakim <{f['email']}>", subj, "example.net",
                extra="User-Agent: Mozilla/5.0 Thunderbird/128.5.0\n")
    h += ('Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=no\n'
          'Content-Transfer-Encoding: quoted-printable\n\n')
    put("email_mime/h17.eml", (h + qp(text.encode("utf-8"))).encode("ascii"))
    complaint("email_mime/h17.eml", "email_mime", f, "kinerja",
              "complete; format=flowed QP utf-8; subject split over two encoded words; new label words; sig separator")


def h18():
    f = dict(
        name="Rahmat Hidayatullah",
        address="Dusun Sumbersari RT 03 RW 01, Desa Ngantungan, Kecamatan Pasrepan",
        service_description="Saya mengajukan cuti di luar tanggungan negara (CLTN) selama satu tahun untuk merawat anak saya yang menjalani pengobatan kanker di Surabaya – RSUD dr. Soetomo. Permohonan saya sampaikan bulan Oktober 2026 melalui OPD, tetapi BKPSDM mengembalikan berkas tiga kali dengan alasan berbeda-beda dan setiap kali hanya disampaikan lisan, tanpa catatan tertulis.",
        loss="Karena CLTN belum disetujui, saya terpaksa menggunakan seluruh cuti tahunan dan sering tidak masuk kerja, sehingga TPP saya dipotong hampir 40 persen selama dua bulan terakhir.",
        requested_resolution=None,
        place="Pasrepan", date="2027-01-12", signed=False,
        email="rahmat.hidayatullah@example.org", phone=None, nik=None)
    e = html_escape
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang="EN-ID"><div class="WordSection1">
<p class="MsoNormal">Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dengan hormat, saya sampaikan pengaduan berikut&#8230;<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Nama</b>: {e(f['name'])}<o:p></o:p></p>
<p class="MsoNormal"><b>Alamat</b>: {e(f['address'])}<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Pelayanan yang tidak sesuai</b>:<o:p></o:p></p>
<p class="MsoNormal">{e(f['service_description'])}<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Kerugian</b>:<o:p></o:p></p>
<p class="MsoNormal">{e(f['loss'])}<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pasrepan, 12 Januari 2027<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Hormat saya,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
</div></body></html>
"""
    d = hdate(2027, 1, 12, 13, 44, 10)
    h = headers("h18", d, f"Rahmat Hidayatullah <{f['email']}>",
                "Pengaduan CLTN dikembalikan tiga kali", "example.org",
                extra="X-Mailer: Microsoft Outlook 16.0\n")
    h += 'Content-Type: text/html; charset="windows-1252"\nContent-Transfer-Encoding: 8bit\n\n'
    put("email_mime/h18.eml", h.encode("ascii") + html.encode("windows-1252"))
    complaint("email_mime/h18.eml", "email_mime", f, "kinerja",
              "Word-generated HTML only, windows-1252 8bit, bold labels; no requested resolution; 'Hormat saya,' without a name")


def h19():
    f = dict(
        name="H. Abdul Rochim, S.H.",
        address="Jl. Kyai Sepuh No. 17 RT 02 RW 06, Kelurahan Gentong, Kecamatan Gadingrejo, Kota Pasuruan",
        service_description='Pemutakhiran data mandiri (PDM) riwayat pendidikan dan riwayat keluarga saya di MyASN/SIASN sudah tiga kali ditolak oleh verifikator BKPSDM dengan catatan "dokumen tidak sesuai" tanpa penjelasan dokumen mana yang dimaksud. Saya sudah mengunggah ijazah, transkrip, akta nikah, dan akta kelahiran anak dalam format PDF sesuai ketentuan.',
        loss=None,
        requested_resolution="Mohon verifikator menjelaskan secara rinci dokumen yang dianggap tidak sesuai atau menyetujui data PDM saya dalam waktu ± 7 hari kerja.",
        place=None, date="2027-01-10", signed=True,
        email="abdul.rochim@example.com", phone="0343421778", nik=None)
    text = f"""Assalamualaikum Wr. Wb.
Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kab. Pasuruan

Perkenankan saya menyampaikan pengaduan:

Nama       : {f['name']}
Alamat     : {f['address']}
Telp rumah : 0343-421-778

Uraian     :
{f['service_description']}

Permohonan :
{f['requested_resolution']}

Wassalamualaikum Wr. Wb.
Hormat saya,
{f['name']}
"""
    e = html_escape
    html = ("<html><body><p>" + "<br>\n".join(e(ln) for ln in text.split("\n")) + "</p></body></html>\n")
    d = hdate(2027, 1, 10, 22, 58, 41)
    h = headers("h19", d, f"{rfc2047(f['name'], 'UTF-8', 'B')} <{f['email']}>",
                rfc2047("Pengaduan verifikasi PDM ditolak ±3 kali", "UTF-8", "Q"), "example.com")
    body = multipart("alternative", "=_alt_3c91e0h19",
                     [part("text/plain", "iso-8859-1", "quoted-printable", text),
                      part("text/html", "iso-8859-1", "quoted-printable", html)],
                     preamble="This is a multi-part message in MIME format.")
    put("email_mime/h19.eml", (h + body).encode("ascii"))
    complaint("email_mime/h19.eml", "email_mime", f, "pengadaan",
              "multipart/alternative iso-8859-1 QP; RFC 2047 B name with comma/titles; no loss; no place/date line")


# ------------------------------------------------------------------ email_pdf
def pdf_mail(tag, date, frm, subject, domain, cover, pdf, fname, boundary):
    h = headers(tag, date, frm, subject, domain)
    disp = (f'Content-Disposition: attachment;\n\tfilename="{fname}"')
    body = multipart("mixed", boundary,
                     [part("text/plain", "utf-8", "8bit", cover),
                      f'Content-Type: application/pdf;\n\tname="{fname}"\n{disp}\n'
                      f"Content-Transfer-Encoding: base64\n\n{b64(pdf)}"])
    return (h + body).encode("utf-8")


def h20():
    f = dict(
        name="Dr. Bambang Irawan, M.Pd.",
        address="Perum Puri Sukorejo Indah Blok K-3, Desa Glagahsari, Kecamatan Sukorejo, Kabupaten Pasuruan",
        service_description="Saya mengikuti seleksi terbuka pengisian Jabatan Administrator (promosi jabatan) di lingkungan Pemerintah Kabupaten Pasuruan tahun 2026 dan telah menyelesaikan seluruh tahapan sampai wawancara pada bulan Oktober. Sampai saat ini hasil akhir seleksi belum diumumkan, padahal jadwal dari panitia menyebutkan pengumuman paling lambat 15 November 2026, dan jabatan tersebut kini diisi oleh pelaksana tugas dari luar peserta seleksi.",
        loss="Ketidakjelasan ini membuat saya tidak dapat mendaftar seleksi jabatan di kabupaten lain yang jadwalnya bersamaan, dan menimbulkan pertanyaan di lingkungan kerja saya mengenai hasil seleksi tersebut.",
        requested_resolution="Saya mohon BKPSDM selaku sekretariat panitia seleksi segera mengumumkan hasil akhir seleksi secara terbuka beserta nilai setiap peserta.",
        place="Sukorejo", date="2026-12-18", signed=True,
        email="bambang.irawan@example.org", phone="081252703314", nik=None)
    blocks = [("right", "Sukorejo, 18 Desember 2026"), ("gap", 1),
              ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
              ("center", "SURAT PENGADUAN", True), ("gap", 1),
              ("p", "Dengan hormat,"), ("p", "Saya yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", f["name"]), ("kv", "Alamat", f["address"]),
              ("kv", "Nomor Telepon/HP", "0812-5270-3314"), ("gap", 1),
              ("b", "I. Uraian Pengaduan"), ("p", f["service_description"]), ("gap", 0.5),
              ("b", "II. Kerugian"), ("p", f["loss"]), ("gap", 0.5),
              ("b", "III. Permintaan Penyelesaian"), ("p", f["requested_resolution"]), ("gap", 1),
              ("p", "Demikian surat pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."),
              ("gap", 1), ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", f["name"])]
    pdf = make_pdf(blocks, 20, "vector")
    cover = "Yth. Admin Pengaduan BKPSDM,\n\nTerlampir surat pengaduan saya terkait hasil seleksi terbuka jabatan administrator. Mohon dapat ditindaklanjuti.\n\nSalam,\nBambang Irawan\n"
    d = hdate(2026, 12, 19, 7, 45, 0)
    put("email_pdf/h20.eml", pdf_mail("h20", d, f"Bambang Irawan <{f['email']}>",
        "Surat pengaduan seleksi terbuka", "example.org", cover, pdf,
        "Pengaduan_Seleksi_Terbuka.pdf", "----=_Part_2020_118822.1766105100"))
    complaint("email_pdf/h20.eml", "email_pdf", f, "mutasi",
              "complete; PDF with vector-stroke signature; promotion selection (not CPNS recruitment)")


def h21():
    f = dict(
        name="Siti Nur Halimah, A.Md.Keb.",
        address="Dusun Kebonsari RT 01 RW 02, Desa Kedawung Wetan, Kecamatan Grati, Kabupaten Pasuruan",
        service_description="Saya telah mengikuti Pelatihan Dasar CPNS Golongan II Angkatan 14 tahun 2026 dan dinyatakan lulus pada bulan Agustus 2026. Hingga saat ini sertifikat STTPL saya belum diterima, sementara peserta lain dari angkatan yang sama sudah menerimanya sejak bulan Oktober.",
        loss=None,
        requested_resolution="Saya mohon BKPSDM menelusuri keberadaan sertifikat STTPL saya dan menyerahkannya kepada saya paling lambat akhir bulan Januari 2027.",
        place="Grati", date="2027-01-05", signed=True,
        email="siti.halimah@example.net", phone="085812340675", nik="3514185003950002")
    blocks = [("p", "Hal    : Pengaduan sertifikat Latsar CPNS"), ("gap", 1),
              ("p", "Kepada"), ("p", "Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
              ("p", "Kabupaten Pasuruan"), ("gap", 1),
              ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", f["name"]), ("kv", "NIK", f["nik"]), ("kv", "Alamat", f["address"]),
              ("kv", "HP", "0858-1234-0675"), ("gap", 1),
              ("p", f["service_description"]), ("gap", 0.5),
              ("p", f["requested_resolution"]), ("gap", 0.5),
              ("p", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
              ("gap", 1), ("rightcol", "Grati, 5 Januari 2027"), ("rightcol", "Hormat saya,"),
              ("sig", True), ("rightcol", f["name"])]
    pdf = make_pdf(blocks, 21, "image")
    cover = "Assalamualaikum,\nberikut saya lampirkan surat pengaduan terkait sertifikat latsar. Terima kasih.\n"
    d = hdate(2027, 1, 5, 20, 3, 18)
    put("email_pdf/h21.eml", pdf_mail("h21", d, f"Siti Nur Halimah <{f['email']}>",
        "pengaduan sertifikat latsar", "example.net", cover, pdf,
        "surat pengaduan latsar.pdf", "000000000000f1e2d3c4b5a69788"))
    complaint("email_pdf/h21.eml", "email_pdf", f, "kompetensi",
              "PDF prose letter (no section labels), signature as embedded image; no loss; NIK")


def h22():
    f = dict(
        name="Suwarno", address=None,
        service_description="SK pensiun saya yang diterbitkan bulan November 2026 mencantumkan masa kerja golongan 28 tahun 4 bulan, padahal berdasarkan SK kenaikan pangkat terakhir masa kerja saya adalah 32 tahun 4 bulan.",
        loss="Setiap bulan saya menerima pensiun sekitar Rp 380.000 lebih rendah dari yang seharusnya, dan kesalahan ini sudah berlangsung sejak pembayaran pertama bulan Desember 2026.",
        requested_resolution="Saya mohon BKPSDM menerbitkan ralat SK pensiun dengan masa kerja yang benar dan mengirimkan ralat tersebut ke PT Taspen agar kekurangan pembayaran dapat dirapel.",
        place="Purwosari", date="2026-12-22", signed=False,
        email="suwarno.pensiunan@example.net", phone="081357002419", nik=None)
    blocks = [("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
              ("p", "Perihal: Kesalahan masa kerja dalam SK pensiun"), ("gap", 1),
              ("p", "Dengan hormat,"),
              ("kv", "Nama", f["name"]), ("kv", "Status", "Pensiunan PNS Dinas Pertanian"),
              ("kv", "Nomor HP", "0813-5700-2419"), ("gap", 1),
              ("b", "Uraian Pengaduan"), ("p", f["service_description"]), ("gap", 0.5),
              ("b", "Kerugian"), ("p", f["loss"]), ("gap", 0.5),
              ("b", "Permohonan"), ("p", f["requested_resolution"]), ("gap", 1),
              ("rightcol", "Purwosari, 22 Desember 2026"), ("rightcol", "Hormat saya,"),
              ("sig", False), ("rightcol", f["name"])]
    pdf = make_pdf(blocks, 22, "vector")
    cover = "Dengan hormat,\n\nBersama ini saya lampirkan surat pengaduan mengenai kesalahan SK pensiun saya.\n\nHormat saya,\nSuwarno\n"
    d = hdate(2026, 12, 23, 10, 17, 29)
    put("email_pdf/h22.eml", pdf_mail("h22", d, f"Suwarno <{f['email']}>",
        "Pengaduan SK pensiun", "example.net", cover, pdf,
        "pengaduan_sk_pensiun.pdf", "=_mixed_h22_4d1f"))
    complaint("email_pdf/h22.eml", "email_pdf", f, "pengadaan",
              "attached letter unsigned (printed name only) though the cover note is signed; no address")


def h23():
    f = dict(
        name="Yoga Adi Saputra",
        address="Jl. Raya Beji No. 88, Desa Gununggangsir, Kecamatan Beji, Kabupaten Pasuruan",
        service_description="Saya adalah PNS pengguna kursi roda. Saat mengurus legalisir SK di kantor BKPSDM pada tanggal 14 Desember 2026, saya tidak dapat masuk ke ruang layanan karena tidak ada jalur landai (ramp) dan loket layanan hanya berada di lantai dua tanpa lift.",
        loss="Saya harus menunggu di tempat parkir lebih dari satu jam sampai ada petugas yang bersedia turun, dan saya merasa diperlakukan tidak setara dengan pengguna layanan lain.",
        requested_resolution="Saya meminta BKPSDM menyediakan jalur landai dan loket layanan di lantai satu yang dapat diakses penyandang disabilitas, paling lambat dalam tahun anggaran 2027.",
        place=None, date="2026-12-21", signed=True,
        email="yoga.saputra@example.com", phone="081934561208", nik=None)
    blocks = [("center", "PENGADUAN AKSESIBILITAS LAYANAN", True), ("gap", 1),
              ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
              ("kv", "Nama", f["name"]), ("kv", "Alamat", f["address"]),
              ("kv", "Telepon", "0819-3456-1208"), ("gap", 1),
              ("b", "Permasalahan"), ("p", f["service_description"]), ("gap", 0.5),
              ("b", "Dampak bagi saya"), ("p", f["loss"]), ("gap", 0.5),
              ("b", "Permintaan"), ("p", f["requested_resolution"]), ("gap", 1.5),
              ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", f["name"])]
    pdf = make_pdf(blocks, 23, "vector")
    cover = "Selamat pagi, saya kirimkan surat pengaduan (PDF terlampir).\n\nTerima kasih,\nYoga\n"
    d = hdate(2026, 12, 21, 9, 10, 0)
    put("email_pdf/h23.eml", pdf_mail("h23", d, f"Yoga Adi Saputra <{f['email']}>",
        "Pengaduan akses kursi roda", "example.com", cover, pdf,
        "Pengaduan-aksesibilitas.pdf", "Apple-Mail=_5B7E2C1A-H23"))
    complaint("email_pdf/h23.eml", "email_pdf", f, "sekretariat",
              "facilities (no ramp): sekretariat; PDF letter without place/date line (date from Date header), signed")


# ----------------------------------------------------------------------- scan
def h24():
    f = dict(
        name="Hj. Umi Kulsum, S.Sos.",
        address="Jl. Raya Kejayan No. 14, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan",
        service_description="Usulan kenaikan pangkat pilihan saya dari Penata Tingkat I (III/d) ke Pembina (IV/a) periode Oktober 2026 dikembalikan oleh BKPSDM dengan alasan formasi jabatan tidak tersedia, padahal saya telah menduduki jabatan Kepala Seksi sejak tahun 2022 dan usulan yang sama untuk pejabat lain disetujui.",
        loss="Kenaikan pangkat saya tertunda minimal enam bulan sehingga saya kehilangan kenaikan gaji pokok dan kesempatan mengikuti seleksi jabatan yang mensyaratkan golongan IV/a.",
        requested_resolution="Saya mohon usulan kenaikan pangkat pilihan saya diproses kembali untuk periode April 2027 dan alasan pengembalian dijelaskan secara tertulis.",
        place="Kejayan", date="2027-01-04", signed=True,
        email=None, phone="085258004412", nik=None)
    blocks = [("right", "Kejayan, 4 Januari 2027"), ("gap", 1),
              ("p", "Kepada Yth."), ("p", "Kepala BKPSDM Kabupaten Pasuruan"), ("p", "di Bangil"), ("gap", 1),
              ("p", "Perihal: Pengaduan pengembalian usulan kenaikan pangkat"), ("gap", 1),
              ("p", "Dengan hormat,"),
              ("kv", "Nama", f["name"]), ("kv", "Alamat", f["address"]), ("kv", "Telepon", "0852-5800-4412"),
              ("gap", 1), ("p", "Uraian:"), ("p", f["service_description"]), ("gap", 0.5),
              ("p", "Kerugian:"), ("p", f["loss"]), ("gap", 0.5),
              ("p", "Permohonan:"), ("p", f["requested_resolution"]), ("gap", 1),
              ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", f["name"])]
    im = render_scan(blocks, 24, dpi=200, angle=0.7, noise=6.0)
    put("scan/h24.pdf", img_bytes(im, "PDF", 200))
    complaint("scan/h24.pdf", "scan", f, "mutasi",
              "image-only PDF 200 dpi, rotated 0.7 deg, signed, complete", ocr=True)


def h25():
    f = dict(
        name="Eko Budi Santoso",
        address="Dusun Tegalrejo RT 06 RW 02, Desa Wonosari, Kecamatan Wonorejo, Kabupaten Pasuruan",
        service_description="Saya menjalani operasi dan rawat inap pada bulan November 2026 dan sudah mengajukan cuti sakit dengan surat keterangan dokter dari rumah sakit. Namun di aplikasi presensi saya tetap tercatat tidak masuk kerja tanpa keterangan selama 12 hari karena surat izin cuti sakit dari BKPSDM tidak pernah diterbitkan.",
        loss="Tambahan penghasilan pegawai saya bulan Desember dipotong sebesar Rp 1.200.000 dan saya terancam mendapat teguran disiplin.",
        requested_resolution=None,
        place="Wonorejo", date="2026-12-15", signed=False,
        email=None, phone=None, nik=None)
    blocks = [("p", "Kepada"), ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
              ("center", "SURAT PENGADUAN", True), ("gap", 1),
              ("p", f"Saya {f['name']}, bertempat tinggal di {f['address']}, menyampaikan pengaduan sebagai berikut."),
              ("gap", 0.5), ("p", f["service_description"]), ("gap", 0.5), ("p", f["loss"]), ("gap", 1),
              ("p", "Demikian pengaduan saya, terima kasih."), ("gap", 1),
              ("rightcol", "Wonorejo, 15 Desember 2026"), ("rightcol", "Pengadu,"),
              ("sig", False), ("rightcol", f["name"])]
    im = render_scan(blocks, 25, dpi=300, angle=-0.5, noise=3.0, blur=0.7, quant=8)
    put("scan/h25.png", img_bytes(im, "PNG", 300))
    complaint("scan/h25.png", "scan", f, "kinerja",
              "PNG 300 dpi, prose letter; not signed (printed name only); no requested resolution", ocr=True)


def h26():
    f = dict(
        name="Ahmad Fauzi Rahman", address=None,
        service_description="Pada tanggal 2 Desember 2026 saya menyerahkan ijazah asli dan SK asli di loket pelayanan BKPSDM untuk keperluan legalisir, dengan tanda terima dari petugas. Ketika saya datang mengambil pada tanggal 9 Desember 2026, petugas loket menyatakan berkas tersebut tidak ada dan tidak mau bertanggung jawab.",
        loss="Saya kehilangan ijazah asli dan SK asli yang sangat penting untuk kenaikan pangkat saya, dan harus mengurus duplikat ke kampus di luar kota dengan biaya yang tidak sedikit.",
        requested_resolution="Saya meminta BKPSDM mencari berkas saya sampai ketemu atau memberikan surat keterangan kehilangan resmi serta membantu penggantian dokumen tersebut.",
        place="Lekok", date="2026-12-16", signed=True,
        email="ahmadfauzi.r@example.com", phone="081249001357", nik="3514200911850004")
    blocks = [("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
              ("p", "Dengan hormat,"),
              ("kv", "Nama", f["name"]), ("kv", "NIK", f["nik"]), ("kv", "No. HP", "0812-4900-1357"),
              ("kv", "Email", f["email"]), ("gap", 1),
              ("p", "Pengaduan:"), ("p", f["service_description"]), ("gap", 0.5),
              ("p", "Kerugian yang saya alami:"), ("p", f["loss"]), ("gap", 0.5),
              ("p", "Permintaan penyelesaian:"), ("p", f["requested_resolution"]), ("gap", 1),
              ("rightcol", "Lekok, 16 Desember 2026"), ("rightcol", "Hormat saya,"),
              ("sig", True), ("rightcol", f["name"])]
    im = render_scan(blocks, 26, dpi=250, angle=1.1, paper=232, noise=9.0, colour=True, blur=0.6)
    put("scan/h26.jpg", img_bytes(im, "JPEG", 250, quality=72))
    complaint("scan/h26.jpg", "scan", f, "sekretariat",
              "JPG 250 dpi, grey-ish paper, 1.1 deg; originals lost at the counter -> sekretariat; no address; email in letter", ocr=True)


def h27():
    f = dict(
        name="Dewi Ratnasari, S.Pd.",
        address="Jl. Kartini No. 30 RT 04 RW 01, Desa Sumbergedang, Kecamatan Pandaan, Kabupaten Pasuruan",
        service_description="Permohonan izin belajar saya untuk program S2 Pendidikan Bahasa Inggris ditolak oleh BKPSDM pada bulan November 2026 dengan alasan program studi tidak linier dengan jabatan saya, padahal saya adalah guru mata pelajaran Bahasa Inggris dan ijazah S1 saya juga Pendidikan Bahasa Inggris.",
        loss="Saya sudah membayar uang pendaftaran dan semester pertama sebesar Rp 9.500.000 yang tidak dapat dikembalikan oleh kampus.",
        requested_resolution="Saya mohon penolakan izin belajar saya ditinjau ulang dan surat izin belajar diterbitkan sebelum perkuliahan semester genap dimulai.",
        place="Pandaan", date="2027-01-06", signed=True,
        email="dewi.ratnasari@example.com", phone="087855021144", nik=None)
    blocks = [("right", "Pandaan, 6 Januari 2027"), ("gap", 1),
              ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 1),
              ("p", "Dengan hormat, saya yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", f["name"]), ("kv", "Alamat", f["address"]), ("kv", "HP", "0878-5502-1144"),
              ("gap", 1), ("b", "Uraian pengaduan"), ("p", f["service_description"]), ("gap", 0.5),
              ("b", "Kerugian"), ("p", f["loss"]), ("gap", 0.5),
              ("b", "Permintaan"), ("p", f["requested_resolution"]), ("gap", 1),
              ("rightcol", "Hormat saya,"), ("sig", True), ("rightcol", f["name"])]
    im = render_scan(blocks, 27, dpi=200, angle=-1.2, paper=238, noise=8.0, colour=True, blur=0.8)
    im = im.resize((int(im.width * 0.9), int(im.height * 0.9)), Image.BICUBIC)
    jpg = img_bytes(im, "JPEG", 180, quality=70)
    cover = "Selamat siang,\nberikut foto surat pengaduan saya. Mohon maaf fotonya agak miring.\n\nDewi\n"
    d = hdate(2027, 1, 6, 12, 22, 35)
    h = headers("h27", d, f"Dewi Ratnasari <{f['email']}>", "Surat pengaduan izin belajar (foto)", "example.com")
    body = multipart("mixed", "000000000000b7c6d5e4f3a29180",
                     [part("text/plain", "utf-8", "8bit", cover),
                      'Content-Type: image/jpeg;\n\tname="IMG_20270106_121455.jpg"\n'
                      'Content-Disposition: attachment;\n\tfilename="IMG_20270106_121455.jpg"\n'
                      f"Content-Transfer-Encoding: base64\n\n{b64(jpg)}"])
    put("scan/h27.eml", (h + body).encode("utf-8"))
    complaint("scan/h27.eml", "scan", f, "kompetensi",
              "e-mail with a photographed letter (JPG) attached; signed, complete", ocr=True)


# ----------------------------------------------------------------- auto_reply
def h28():
    d = hdate(2027, 1, 12, 7, 1, 5)
    body = """Terima kasih atas email Bapak/Ibu.

Saya sedang menjalankan dinas luar (Diklat PKA di Surabaya) sampai dengan tanggal 22 Januari 2027 dengan akses email terbatas. Email Bapak/Ibu akan saya balas setelah saya kembali.

Untuk urusan mendesak silakan menghubungi Tata Usaha SDN Sidowayah 1 di (0343) 612345.

Salam,
Drs. Hartono
Kepala SDN Sidowayah 1
"""
    extra = (f"In-Reply-To: {msgid('h28-orig', 'pasuruankab.go.id')}\n"
             "X-Autoreply: yes\nPrecedence: auto_reply\n")
    put("auto_reply/h28.eml", plain_mail("h28", d, "Drs. Hartono <hartono.sdn@example.org>",
        "Balasan Otomatis: Tanda Terima Pengaduan PGD-2027-0031", "example.org", body, extra=extra))
    unscored("auto_reply/h28.eml", "auto_reply",
             "Indonesian out-of-office (X-Autoreply, Precedence: auto_reply, no Auto-Submitted)", auto_reply=True)


def h29():
    d = hdate(2027, 1, 14, 10, 32, 0)
    text = """Thank you for your message.

I am out of the office on annual leave until Monday, 25 January 2027, with no access to e-mail. Your message regarding the complaint disposition will be handled after my return.

For urgent matters please contact the Mutasi division desk at mutasi@example.org.

Kind regards,
Ratna Kumalasari
Bidang Mutasi dan Promosi
"""
    html = "<html><body>" + "".join(f"<p>{html_escape(p)}</p>" for p in text.strip().split("\n\n")) + "</body></html>\n"
    extra = (f"In-Reply-To: {msgid('h29-orig', 'pasuruankab.go.id')}\n"
             "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
             "X-MS-Exchange-Organization-AuthAs: Internal\nThread-Topic: Disposisi pengaduan PGD-2027-0044\n")
    h = headers("h29", d, "Ratna Kumalasari <ratna.kumalasari@example.org>",
                "Automatic reply: Disposisi pengaduan PGD-2027-0044", "example.org", extra=extra)
    body = multipart("alternative", "_000_OOF29AB_",
                     [part("text/plain", "us-ascii", "7bit", text),
                      part("text/html", "us-ascii", "quoted-printable", html)])
    put("auto_reply/h29.eml", (h + body).encode("ascii"))
    unscored("auto_reply/h29.eml", "auto_reply",
             "English Exchange-style automatic reply (Auto-Submitted: auto-generated, X-Auto-Response-Suppress)", auto_reply=True)


def h30():
    d = hdate(2027, 1, 13, 15, 20, 44)
    orig_date = hdate(2027, 1, 13, 15, 20, 40)
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hendra.gunawan@example.net
    host mx.example.net [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<hendra.gunawan@example.net>:
    550 5.1.1 <hendra.gunawan@example.net>: mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <{AGENCY_ADDR}>
Date: {orig_date}
From: {AGENCY}
To: hendra.gunawan@example.net
Subject: Permintaan kelengkapan pengaduan PGD-2027-0052
Message-ID: {msgid('h30-orig', 'pasuruankab.go.id')}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Yth. Bapak Hendra Gunawan,

Pengaduan Anda tentang keterlambatan SK kenaikan pangkat telah kami terima,
tetapi belum memuat alamat lengkap serta uraian kerugian yang Anda alami.
Mohon melengkapi data tersebut dengan membalas email ini.

Bangil, 13 Januari 2027

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil - Pasuruan 67153
"""
    h = (f"Return-path: <>\nEnvelope-to: {AGENCY_ADDR}\nDelivery-date: {d}\n"
         f"Received: from Debian-exim by mail.example.net with local (Exim 4.97)\n"
         f"\tid 1tXk2P-0004Hh-Qa\n\tfor {AGENCY_ADDR}; {d}\n"
         f"X-Failed-Recipients: hendra.gunawan@example.net\nAuto-Submitted: auto-replied\n"
         f"From: Mail Delivery System <Mailer-Daemon@mail.example.net>\nTo: {AGENCY_ADDR}\n"
         f"Content-Type: text/plain; charset=us-ascii\n"
         f"Subject: Mail delivery failed: returning message to sender\n"
         f"Message-Id: {msgid('h30', 'mail.example.net')}\nDate: {d}\n\n")
    put("auto_reply/h30.eml", (h + body).encode("utf-8"))
    unscored("auto_reply/h30.eml", "auto_reply",
             "Exim-style bounce (plain text, not multipart/report) quoting our outgoing request", auto_reply=True)


def h31():
    d = hdate(2027, 1, 15, 19, 47, 2)
    body = """Assalamualaikum rekan-rekan operator,

Mau tanya, ada yang SK PPPK tahap 2 nya sudah keluar belum ya? Di sekolah kami ada 3 guru PPPK yang sudah tanda tangan kontrak sejak Juli tapi NI PPPK-nya belum terbit di SIASN, jadi gaji belum cair sama sekali. Sudah kami tanyakan ke BKPSDM tapi jawabannya masih menunggu BKN.

Kalau ada yang sudah berhasil, mohon share caranya. Kami mohon BKPSDM bisa memberi kepastian.

Salam,
Sugeng - Operator SDN Tambakrejo 2
_______________________________________________
Forum-operator mailing list -- forum-operator@lists.example.org
To unsubscribe send an email to forum-operator-leave@lists.example.org
"""
    extra = ("Sender: forum-operator-bounces@lists.example.org\n"
             "List-Id: Forum Operator Sekolah Kab. Pasuruan <forum-operator.lists.example.org>\n"
             "List-Post: <mailto:forum-operator@lists.example.org>\n"
             "List-Unsubscribe: <mailto:forum-operator-leave@lists.example.org>\n"
             "List-Archive: <https://lists.example.org/archives/list/forum-operator@lists.example.org/>\n"
             "Precedence: list\nX-BeenThere: forum-operator@lists.example.org\n"
             "X-Mailman-Version: 3.3.9\n")
    put("auto_reply/h31.eml", plain_mail("h31", d, "Sugeng Riyanto <sugeng.op@example.com>",
        "[Forum-Operator] SK PPPK tahap 2 kok belum keluar ya?", "lists.example.org", body, extra=extra))
    unscored("auto_reply/h31.eml", "auto_reply",
             "mailing-list post (Mailman 3 headers, Precedence: list) that reads like a complaint", auto_reply=True)


def h32():
    d = hdate(2027, 1, 16, 8, 0, 3)
    text = """Yth. Pengguna LAPOR!,

Laporan Anda telah kami terima dengan nomor tracking #4471902 dan telah diteruskan kepada instansi berwenang: BKPSDM Kabupaten Pasuruan.

Ringkasan laporan:
"SK kenaikan pangkat saya periode Oktober 2026 belum terbit padahal berkas sudah lengkap sejak Juli."

Status laporan dapat dipantau melalui https://lapor.example.org/laporan/4471902. Instansi akan menindaklanjuti laporan paling lambat 5 hari kerja.

Email ini dikirim secara otomatis oleh sistem, mohon tidak membalas email ini.

Salam,
Tim SP4N-LAPOR!
"""
    html = ("<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td>"
            + "".join(f"<p>{html_escape(p)}</p>" for p in text.strip().split("\n\n"))
            + "</td></tr></table></body></html>\n")
    extra = ("Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
             "Reply-To: no-reply@lapor.example.org\nPrecedence: bulk\n")
    h = headers("h32", d, "SP4N-LAPOR! <no-reply@lapor.example.org>",
                "[LAPOR! #4471902] Laporan Anda telah diterima", "lapor.example.org", extra=extra)
    body = multipart("alternative", "b1_lapor_4471902",
                     [part("text/plain", "utf-8", "quoted-printable", text),
                      part("text/html", "utf-8", "base64", html)])
    put("auto_reply/h32.eml", (h + body).encode("ascii"))
    unscored("auto_reply/h32.eml", "auto_reply",
             "automatic ticket receipt from another system (SP4N-LAPOR!-like), quoting a complaint summary", auto_reply=True)


# -------------------------------------------------------------------- hostile
def h33():
    rng = random.Random(33)
    data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.getrandbits(8) for _ in range(6000))
    put("hostile/h33.pdf", data)
    unscored("hostile/h33.pdf", "hostile_error",
             "PDF header followed by 6 KB of random bytes: no objects, no xref, no trailer", expect_exit=3)


def h34():
    f = dict(
        name="Dimas Arya Wicaksono",
        address="Jl. Flamboyan No. 9 RT 01 RW 07, Desa Sekarmojo, Kecamatan Purwosari, Kabupaten Pasuruan",
        service_description="Nama ibu kandung dan tanggal lahir saya di SIASN tidak sesuai dengan data kependudukan, sehingga sinkronisasi data dengan Dukcapil selalu gagal. Saya sudah mengajukan perbaikan data melalui admin kepegawaian OPD sejak September 2026 tetapi statusnya masih menunggu verifikasi BKPSDM.",
        loss="Karena data tidak sinkron, pendaftaran BPJS Kesehatan untuk anak saya yang baru lahir ditolak dan biaya persalinan sebesar Rp 6.800.000 harus saya tanggung sendiri.",
        requested_resolution="Saya mohon verifikasi perbaikan data saya di SIASN segera diselesaikan dan saya diberi surat keterangan bahwa data sudah diperbaiki.",
        place="Purwosari", date="2027-01-08", signed=True,
        email="dimas.arya@example.net", phone="089611227450", nik=None)
    body = f"""Yth. Bapak/Ibu \u2014 Tim Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama    : {f['name']}
Alamat  : {f['address']}
No. HP  : 0896-1122-7450

Uraian pengaduan:
{f['service_description']}

Kerugian:
{f['loss']}

Permintaan penyelesaian:
{f['requested_resolution']}

Purwosari, 8 Januari 2027

Hormat saya,
{f['name']}
"""
    d = hdate(2027, 1, 8, 16, 5, 51)
    h = headers("h34", d, f"Dimas Arya <{f['email']}>",
                "=?x-user-defined?Q?Pengaduan_data_SIASN_=96_tidak_sinkron?=", "example.net")
    h += 'Content-Type: text/plain; charset="x-user-defined"\nContent-Transfer-Encoding: 8bit\n\n'
    put("hostile/h34.eml", h.encode("ascii") + body.encode("utf-8"))
    complaint("hostile/h34.eml", "hostile_ok", f, "pengadaan",
              "bogus charset label x-user-defined (body is utf-8 with an em dash outside the fields), same in the RFC 2047 subject; complete")


def h35():
    f = dict(
        name="Hariyanto, S.E.", address=None,
        service_description="Saat mendaftar Diklat Teknis Pengadaan Barang/Jasa yang diselenggarakan BKPSDM, seorang panitia meminta setiap peserta menyetor uang kontribusi Rp 350.000 secara tunai tanpa kuitansi, padahal pelatihan tersebut dibiayai APBD dan dalam surat pemanggilan tertulis tidak dipungut biaya.",
        loss="Saya dan 24 peserta lain dari kecamatan kami masing-masing sudah membayar Rp 350.000.",
        requested_resolution="Saya mohon BKPSDM mengusut pungutan tersebut, mengembalikan uang peserta, dan menindak panitia yang bersangkutan.",
        place="Rejoso", date="2027-01-13", signed=True,
        email="hariyanto.se@example.org", phone="085733008181", nik=None)
    text = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
saya {f['name']}, staf Kecamatan Rejoso (HP 0857-3300-8181), menyampaikan laporan sebagai berikut.

Uraian kejadian:
{f['service_description']}

Kerugian:
{f['loss']}

Permintaan:
{f['requested_resolution']}

Rejoso, 13 Januari 2027

Hormat saya,
{f['name']}
"""
    html = "<div>" + "<br>\n".join(html_escape(ln) for ln in text.split("\n")) + "</div>\n"
    inner = multipart("alternative", "lvl12-alt",
                      [part("text/plain", "utf-8", "quoted-printable", text),
                       part("text/html", "utf-8", "quoted-printable", html)])
    kinds = ["mixed", "related", "mixed", "alternative", "mixed", "related",
             "mixed", "mixed", "related", "mixed", "mixed", "mixed"]
    for i in reversed(range(len(kinds))):
        inner = multipart(kinds[i], f"lvl{i:02d}-nest", [inner.rstrip("\n")])
    d = hdate(2027, 1, 13, 11, 12, 13)
    h = headers("h35", d, f"Hariyanto <{f['email']}>", "Laporan pungutan diklat PBJ", "example.org")
    put("hostile/h35.eml", (h + inner).encode("ascii"))
    complaint("hostile/h35.eml", "hostile_ok", f, "sekretariat",
              "letter 13 multipart levels deep; illegal fee at a training -> sekretariat; no address")


ITEMS = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12,
         h13, h14, h15, h16, h17, h18, h19,
         h20, h21, h22, h23,
         h24, h25, h26, h27,
         h28, h29, h30, h31, h32,
         h33, h34, h35]


def main():
    for fn in ITEMS:
        fn()
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
