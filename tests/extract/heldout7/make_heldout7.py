#!/usr/bin/env python3
"""Deterministic generator for the blind held-out set `heldout7`.

36 items: 19 email_plain, 6 email_mime, 4 email_pdf, 4 auto_reply, 3 hostile.
Run with /work/main/.venv/bin/python (needs fpdf2, python-docx, Pillow;
pdfplumber is used, when importable, only to check PDF golds).

Every gold name, place, address and free-text passage is asserted to occur
verbatim (after whitespace collapse) in the decoded text of its item.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import io
import json
import math
import quopri
import random
import re
import shutil
import zipfile
from email import policy
from email.parser import BytesParser
from pathlib import Path

from docx import Document
from docx.shared import Inches, Pt
from fpdf import FPDF
from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent
CATS = ["email_plain", "email_mime", "email_pdf", "auto_reply", "hostile"]
TO = "Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>"
ORDER = ["name", "address", "service_description", "loss",
         "requested_resolution", "place", "date", "signed"]

# ----------------------------------------------------------------- helpers

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfcdate(y, m, d, H, M, S, tz="+0700"):
    wd = DAYS[dt.date(y, m, d).weekday()]
    return f"{wd}, {d:02d} {MONTHS[m-1]} {y} {H:02d}:{M:02d}:{S:02d} {tz}"


def mid(tag, domain):
    h = hashlib.sha1(("heldout7/" + tag).encode()).hexdigest()
    return f"<{h[:8]}.{h[8:20]}@{domain}>"


def qid(tag):
    return hashlib.md5(tag.encode()).hexdigest()[:10].upper()


def received(tag, host, ip, date):
    return (f"Received: from {host} ({host} [{ip}])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {qid(tag)}\n"
            f"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; {date}\n")


def q_word(text, charset):
    """RFC 2047 Q-encoding of one header text."""
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def b_word(text, charset="UTF-8"):
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset.lower())).decode()}?="


def qp(text, charset):
    data = text.encode(charset)
    return quopri.encodestring(data).decode("ascii")


def b64(data: bytes):
    return base64.encodebytes(data).decode("ascii")


def wrap_text(text, width=72):
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = re.match(r"\s*", line).group(0)
        out.extend(textwrap.wrap(line, width, initial_indent="",
                                 subsequent_indent=indent,
                                 break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed: soft breaks are a trailing space."""
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False,
                              break_on_hyphens=False)
        out.extend([p + " " for p in parts[:-1]] + [parts[-1]])
    return "\n".join(out)


def collapse(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


# ----------------------------------------------------------- signatures

def scribble_points(seed, w, h, n=160):
    rnd = random.Random(seed)
    a1, a2, a3 = (rnd.uniform(2.5, 4.5), rnd.uniform(6, 9), rnd.uniform(0.8, 1.6))
    ph = rnd.uniform(0, 3)
    pts = []
    for i in range(n):
        t = i / (n - 1)
        x = 0.05 * w + 0.9 * w * t + 0.06 * w * math.sin(a2 * math.pi * t + ph)
        y = (0.5 * h + 0.28 * h * math.sin(a1 * math.pi * t)
             * math.cos(a3 * math.pi * t + ph) + 0.12 * h * math.sin(a2 * 2 * math.pi * t))
        pts.append((x, y))
    return pts


def signature_png(seed) -> bytes:
    w, h = 420, 150
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts = scribble_points(seed, w, h)
    d.line(pts, fill=(25, 35, 110), width=4, joint="curve")
    # a flourish underline
    rnd = random.Random(seed + 1)
    y0 = h * 0.78
    d.line([(w * 0.15, y0 + rnd.uniform(-4, 4)), (w * 0.85, y0 + rnd.uniform(-6, 6))],
           fill=(25, 35, 110), width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


# ------------------------------------------------------------------ PDF

class Letter(FPDF):
    pass


def make_pdf(blocks, title, created):
    """blocks: list of (kind, payload). kinds: p, gap, label, sigstroke, sigpng."""
    pdf = Letter(format="A4", unit="mm")
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for kind, payload in blocks:
        if kind == "p":
            pdf.multi_cell(0, 5.6, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("Helvetica", style="B", size=11)
            pdf.multi_cell(0, 5.6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        elif kind == "right":
            pdf.cell(0, 5.6, payload, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(payload)
        elif kind == "label":
            lab, val = payload
            pdf.cell(32, 5.6, lab)
            pdf.cell(4, 5.6, ":")
            pdf.multi_cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sigstroke":
            x0, y0 = pdf.get_x(), pdf.get_y()
            pts = [(x0 + x, y0 + y) for x, y in scribble_points(payload, 48, 18, 120)]
            pdf.set_draw_color(20, 30, 120)
            pdf.set_line_width(0.55)
            pdf.polyline(pts)
            pdf.line(x0 + 6, y0 + 15, x0 + 42, y0 + 14)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_y(y0 + 19)
        elif kind == "sigpng":
            x0, y0 = pdf.get_x(), pdf.get_y()
            pdf.image(io.BytesIO(signature_png(payload)), x=x0, y=y0, w=48)
            pdf.set_y(y0 + 48 * 150 / 420 + 1)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


def pdf_text(data):
    try:
        import pdfplumber
    except Exception:  # pragma: no cover - fallback: trust the source blocks
        return None
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join((p.extract_text() or "") for p in doc.pages)


def blocks_text(blocks):
    out = []
    for kind, payload in blocks:
        if kind in ("p", "b", "right"):
            out.append(payload)
        elif kind == "label":
            out.append(f"{payload[0]} : {payload[1]}")
    return "\n".join(out)


# ----------------------------------------------------------------- DOCX

def make_docx(paras, sig_seed, core_date):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Wulandari"
    cp.last_modified_by = "Wulandari"
    cp.title = "Surat Pengaduan"
    cp.created = core_date
    cp.modified = core_date
    cp.revision = 3
    for p in paras:
        if p == "<SIG>":
            doc.add_picture(io.BytesIO(signature_png(sig_seed)), width=Inches(1.7))
        elif p.startswith("<B>"):
            r = doc.add_paragraph().add_run(p[3:])
            r.bold = True
        else:
            doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def docx_text(data):
    d = Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


# ------------------------------------------------------------ e-mail text

def decoded_text(raw: bytes, fallback_charset=None):
    """All human-readable text of a message: text parts, HTML (tags
    stripped), DOCX and PDF attachments."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html"):
            if fallback_charset:
                txt = part.get_payload(decode=True).decode(fallback_charset)
            else:
                txt = part.get_content()
            chunks.append(html_to_text(txt) if ctype == "text/html" else txt)
        elif ctype.endswith("wordprocessingml.document"):
            chunks.append(docx_text(part.get_payload(decode=True)))
        elif ctype == "application/pdf":
            data = part.get_payload(decode=True)
            t = pdf_text(data)
            chunks.append(t if t is not None else PDF_SOURCES[hashlib.sha1(data).hexdigest()])
    return "\n".join(chunks)


PDF_SOURCES: dict[str, str] = {}


def plain_email(tag, date, frm, subject, body, *, host, ip, domain,
                charset="utf-8", cte="8bit", crlf=False, extra="",
                content_type_extra="", ua="Mozilla Thunderbird"):
    if cte == "quoted-printable":
        payload = qp(body, charset)
    elif cte == "base64":
        payload = b64(body.encode(charset))
    else:
        payload = body if body.endswith("\n") else body + "\n"
    hdr = (received(tag, host, ip, date)
           + f"Date: {date}\nFrom: {frm}\nTo: {TO}\nSubject: {subject}\n"
           + f"Message-ID: {mid(tag, domain)}\n"
           + (f"User-Agent: {ua}\n" if ua else "")
           + extra
           + "MIME-Version: 1.0\n"
           + f'Content-Type: text/plain; charset="{charset}"{content_type_extra}\n'
           + f"Content-Transfer-Encoding: {cte}\n\n")
    text = hdr + payload
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode("ascii" if cte in ("quoted-printable", "base64") else charset)


# ------------------------------------------------------------------ items

ITEMS = []


def item(file, category, fields, missing, division, note, raw,
         expect_exit=0, auto_reply=False, text=None, sender=None,
         absent_words=()):
    ITEMS.append(dict(file=file, category=category, fields=fields,
                      missing=missing, division=division, note=note,
                      raw=raw, expect_exit=expect_exit, auto_reply=auto_reply,
                      text=text, absent_words=absent_words))


def F(name, address, sd, loss, req, place, date, signed, email, phone=None, nik=None):
    return {"name": name, "address": address, "service_description": sd,
            "loss": loss, "requested_resolution": req, "place": place,
            "date": date, "signed": signed, "email": email, "phone": phone,
            "nik": nik}


NO_LOSS = [r"\brugi", r"kerugian", r"\bakibat", r"sehingga", r"terpaksa",
           r"kehilangan", r"\bdampak", r"gara-gara", r"this means"]
NO_REQ = [r"\bmohon\b", r"\bminta\b", r"\bmeminta\b", r"\bmemohon\b", r"\btolong\b",
          r"\bharap", r"berharap", r"please", r"would like", r"nyuwun", r"\bagar\b",
          r"\bsupaya\b", r"\btlg\b"]


# ============================================================ email_plain

def p01():
    name = "Mukhammad Arif Rahman, S.Sos."
    addr = ("Jl. Kartini Gg. III No. 7, RT 004 RW 002, Kelurahan Gondangwetan, "
            "Kecamatan Gondangwetan, Kabupaten Pasuruan")
    sd = ("Pada 4 Agustus 2025 saya mengajukan usul pindah tugas dari Kantor Kecamatan "
          "Lumbang ke Dinas Komunikasi dan Informatika melalui aplikasi e-Mutasi, lengkap "
          "dengan surat persetujuan kedua kepala perangkat daerah. Sudah lima bulan status "
          "usulan saya tetap \"verifikasi berkas\" dan tidak pernah dibahas dalam rapat "
          "Baperjakat, sementara usulan rekan lain yang masuk sesudah saya sudah ditetapkan.")
    loss = ("Karena belum ada keputusan, setiap hari saya masih menempuh 62 km pulang-pergi "
            "ke Lumbang dengan biaya bensin kurang lebih Rp 600.000 per bulan, dan formasi di "
            "Diskominfo yang disiapkan untuk saya terancam diisi pegawai lain.")
    req = ("Saya memohon agar usul pindah tugas saya dibahas pada rapat Baperjakat berikutnya "
           "dan saya menerima keputusan tertulis paling lambat akhir Januari 2026.")
    body = f"""Nomor    : 01/PGD/I/2026
Sifat    : Penting
Hal      : Pengaduan atas usul pindah tugas antar-OPD

Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan
Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil
di Bangil

Dengan hormat,

Yang bertanda tangan di bawah ini,
   nama lengkap    : {name}
   NIP             : 198804122011011003
   tempat tinggal  : {addr}
   telepon/WA      : 0813 3170 2264

dengan ini menyampaikan pengaduan sebagai berikut.

A. Pokok pengaduan
   {sd}

B. Dampak bagi saya
   {loss}

C. Penyelesaian yang diminta
   {req}

Demikian pengaduan ini saya buat dengan sesungguhnya.

Gondangwetan, 12 Januari 2026
Pelapor,


{name}
"""
    date = rfcdate(2026, 1, 12, 9, 14, 2)
    raw = plain_email("p01", date, "Mukhammad Arif Rahman <arif.rahman.sos@example.com>",
                      "Pengaduan: usul pindah tugas antar-OPD tidak ditindaklanjuti",
                      wrap_text(body), host="smtp.example.com", ip="203.0.113.41",
                      domain="example.com")
    item("email_plain/p01.eml", "email_plain",
         F(name, addr, sd, loss, req, "Gondangwetan", "2026-01-12", True,
           "arif.rahman.sos@example.com", "081331702264"),
         [], "mutasi",
         "formal letter, Nomor/Sifat/Hal header, lettered sections A-C, NIP (18 digits, not a NIK), agency address in the Kepada block; wrapped at 72", raw)


def p02():
    name = "Ratna Kumalasari, S.E."
    addr = ("Perumahan Rembang Permai Blok F No. 11, Desa Pejangkungan, Kecamatan Rembang, "
            "Kabupaten Pasuruan")
    sd = ("Saya telah mengikuti Pelatihan Dasar CPNS Angkatan IV yang diselenggarakan BKPSDM "
          "bekerja sama dengan BPSDM Provinsi pada bulan Juli sampai September 2025 dan "
          "dinyatakan lulus. Peserta dari angkatan yang sama di kabupaten lain sudah menerima "
          "STTPL sejak November, tetapi sertifikat untuk peserta dari Kabupaten Pasuruan sampai "
          "hari ini belum dibagikan dan petugas hanya menjawab \"masih di provinsi\".")
    req = ("Kami berharap BKPSDM dapat menanyakan langsung ke BPSDM Provinsi dan mengumumkan "
           "jadwal penyerahan STTPL kepada seluruh peserta Angkatan IV.")
    body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
c.q. Bidang Pengembangan Kompetensi

Perihal: Sertifikat Pelatihan Dasar CPNS belum diberikan

Dengan hormat,
Bersama surat ini saya,

Nama          : {name}
Unit kerja    : Kantor Kecamatan Rembang
Domisili      : {addr}
No. telepon   : 085731940862

menyampaikan keluhan atas pelayanan pelatihan sebagai berikut.

Keluhan:
{sd}

Harapan:
{req}

Demikian, atas perhatiannya saya sampaikan terima kasih.

Rembang, 21 Januari 2026
Hormat saya,

{name}
"""
    date = rfcdate(2026, 1, 21, 10, 20, 47)
    raw = plain_email("p02", date, "Ratna Kumalasari <ratna.kumalasari@example.org>",
                      "Sertifikat Latsar CPNS Angkatan IV", body,
                      host="mail.example.org", ip="198.51.100.17", domain="example.org",
                      ua="Microsoft Outlook 16.0")
    item("email_plain/p02.eml", "email_plain",
         F(name, addr, sd, None, req, "Rembang", "2026-01-21", True,
           "ratna.kumalasari@example.org", "085731940862"),
         ["loss"], "kompetensi",
         "formal labelled letter (Domisili/Keluhan/Harapan); no loss described at all", raw,
         absent_words=NO_LOSS)


def p03():
    name = "Hj. Siti Maimunah, S.Pd.SD"
    sd = ("Pada bulan Mei 2025 sekolah kami mengusulkan saya untuk menerima Satyalancana "
          "Karya Satya XXX Tahun melalui BKPSDM, dan berkas usulan sudah diterima petugas "
          "beserta tanda terimanya. Ketika daftar penerima diumumkan pada Januari 2026, nama "
          "saya tidak tercantum, padahal dua rekan yang diusulkan bersamaan tercantum. Petugas "
          "di bidang penghargaan tidak bisa menjelaskan di mana berkas saya berhenti.")
    loss = ("Tahun ini adalah tahun terakhir saya sebelum purnatugas, sehingga saya kehilangan "
            "kesempatan menerima tanda kehormatan tersebut di hadapan keluarga dan murid-murid "
            "saya.")
    req = ("Saya mohon berkas usulan saya ditelusuri dan, apabila memang terlewat, diusulkan "
           "kembali pada periode berikutnya dengan pemberitahuan kepada saya.")
    body = f"""Assalamu'alaikum Wr. Wb.

Yth. Bapak/Ibu Kepala BKPSDM Kabupaten Pasuruan

Perihal : Nama tidak tercantum dalam daftar penerima Satyalancana Karya Satya

Saya {name}, guru kelas di SDN Kalirejo 2 Kecamatan Bangil, NIP 197003151993032006, nomor HP 0852 3366 1047.

{sd}

{loss}

{req}

Wassalamu'alaikum Wr. Wb.

Hormat saya,
{name}
"""
    date = rfcdate(2026, 2, 4, 13, 5, 44)
    raw = plain_email("p03", date, "Siti Maimunah <sitimaimunah.guru@example.net>",
                      "Satyalancana Karya Satya XXX Tahun", body,
                      host="mx.example.net", ip="192.0.2.77", domain="example.net", ua=None)
    item("email_plain/p03.eml", "email_plain",
         F(name, None, sd, loss, req, None, "2026-02-04", True,
           "sitimaimunah.guru@example.net", "085233661047"),
         ["address", "place"], "kinerja",
         "formal with Perihal, unlabelled paragraphs; no home address (only school), no place/date line (date from header); school in Bangil is not the place", raw)


def p04():
    name = "Yoga Adi Pratama, A.Md.Kep."
    addr = ("Dusun Sumbersuko RT 001 RW 004, Desa Jatigunting, Kecamatan Wonorejo, "
            "Kabupaten Pasuruan")
    sd = ("Saya dinyatakan lulus seleksi PPPK tenaga kesehatan Tahun Anggaran 2024 tahap II dan "
          "nomor induk PPPK saya sudah terbit di MyASN sejak Desember 2025. Namun SK "
          "pengangkatan dan perjanjian kerja saya tidak ikut diserahkan pada acara penyerahan SK "
          "tanggal 2 Februari 2026, dan sampai sekarang petugas belum bisa memastikan kapan SK "
          "saya selesai.")
    loss = ("Tanpa SK dan perjanjian kerja, gaji PPPK saya belum bisa dibayarkan sejak Januari "
            "2026, padahal saya sudah bertugas penuh di Puskesmas Wonorejo; sampai Maret saya "
            "kehilangan penghasilan sekitar Rp 9.600.000.")
    req = ("Mohon SK pengangkatan dan perjanjian kerja PPPK saya diselesaikan dan diserahkan "
           "dalam minggu ini, serta dibuatkan surat keterangan agar gaji saya sejak Januari dapat "
           "dibayarkan rapel.")
    body = f"""Wonorejo, 09-03-2026

Kepada
Yth. Kepala BKPSDM Kab. Pasuruan
di tempat

Hal: Pengaduan SK Pengangkatan PPPK

Dengan hormat,

I. DATA PELAPOR
   Nama            : {name}
   NIK             : 3514071803970004
   Alamat rumah    : {addr}
   HP              : +62 877-5310-2496

II. URAIAN MASALAH
   {sd}

III. KERUGIAN
   {loss}

IV. PERMINTAAN
   {req}

Demikian surat ini saya sampaikan.

Hormat kami,

{name}
"""
    date = rfcdate(2026, 3, 9, 19, 40, 3)
    raw = plain_email("p04", date, "Yoga Adi Pratama <yoga.adipratama@example.com>",
                      "SK PPPK belum diserahkan", body, host="smtp.example.com",
                      ip="203.0.113.8", domain="example.com", crlf=True)
    item("email_plain/p04.eml", "email_plain",
         F(name, addr, sd, loss, req, "Wonorejo", "2026-03-09", True,
           "yoga.adipratama@example.com", "087753102496", "3514071803970004"),
         [], "pengadaan",
         "complete; Roman-numbered CAPS sections; numeric date dd-mm-yyyy at the top; +62 phone; NIK; CRLF", raw)


def p05():
    name = "Bagus Setiawan"
    addr = ("Jl. Sultan Agung No. 41, Kelurahan Pohjentrek, Kecamatan Pohjentrek, "
            "Kabupaten Pasuruan")
    sd = ("Pada hari Kamis, 5 Februari 2026, ketika saya mengambil SK kenaikan pangkat di ruang "
          "arsip BKPSDM, seorang petugas berseragam yang tidak mau menyebutkan namanya meminta "
          "\"uang administrasi\" sebesar Rp 150.000 sebelum SK diserahkan. Petugas itu "
          "mengatakan semua pegawai yang mengambil SK membayar jumlah yang sama, dan tidak ada "
          "tanda terima resmi.")
    loss = ("Saya telah membayar Rp 150.000 yang seharusnya tidak dipungut, dan saya hanya "
            "menerima secarik kertas bertuliskan tangan sebagai bukti.")
    req = ("Saya meminta agar praktik pungutan tersebut dihentikan, uang saya dikembalikan, dan "
           "petugas yang bersangkutan diperiksa sesuai ketentuan disiplin pegawai.")
    pad = " " * 36
    body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
Jl. Raya Raci KM. 9 Bangil

Perihal : Permintaan uang saat pengambilan SK kenaikan pangkat

Dengan hormat,
Saya yang bertanda tangan di bawah ini,
Nama       : {name}
Pekerjaan  : PNS, Kantor Kecamatan Pohjentrek
Alamat     : {addr}
Telp.      : 0822 3409 7716

menyampaikan hal-hal berikut:

1) Kejadian
{sd}

2) Kerugian
{loss}

3) Permohonan
{req}

Demikian pengaduan ini, terima kasih atas perhatian Bapak/Ibu.

{pad}Pohjentrek, 9 Februari 2026
{pad}Yang mengadu,


{pad}{name}
"""
    date = rfcdate(2026, 2, 10, 7, 55, 31)
    raw = plain_email("p05", date, "Bagus Setiawan <bagus.setiawan86@example.net>",
                      "Pungutan saat pengambilan SK", wrap_text(body, 76),
                      host="mx.example.net", ip="192.0.2.140", domain="example.net")
    item("email_plain/p05.eml", "email_plain",
         F(name, addr, sd, loss, req, "Pohjentrek", "2026-02-09", True,
           "bagus.setiawan86@example.net", "082234097716"),
         [], "sekretariat",
         "complete; illegal fee when collecting a kenaikan-pangkat SK (sekretariat despite the service named); letter dated the day before the Date header; right-indented closing", raw)


def p06():
    name = "Sumiati"
    addr = "Dusun Krajan RT 003 RW 001, Desa Sumberanyar, Kecamatan Nguling, Kabupaten Pasuruan"
    sd = ("Berkas permohonan pensiun janda sudah saya serahkan ke loket BKPSDM pada 8 Desember "
          "2025 dengan lengkap, termasuk akta kematian dan surat nikah. Sudah tiga kali saya "
          "datang menanyakan, tetapi setiap kali dijawab berkas masih antre dan belum dikirim ke "
          "BKN, padahal kata petugas prosesnya cukup satu bulan.")
    loss = ("Sejak Desember saya tidak lagi menerima uang pensiun suami, sedangkan saya tidak "
            "mempunyai penghasilan lain, sehingga untuk makan dan berobat saya bergantung pada "
            "bantuan anak dan tetangga.")
    body = f"""Yth. Bapak/Ibu Kepala BKPSDM
Kabupaten Pasuruan

Hal : pensiun janda almarhum suami saya

Dengan hormat,

Nama saya {name}, istri dari almarhum Bapak Rohmad (pensiunan guru SDN Nguling 3) yang meninggal dunia pada 17 November 2025. Saya tinggal di {addr}. Nomor HP anak saya 0857 0412 6638.

{sd}

{loss}

Demikian surat ini saya sampaikan apa adanya.

Nguling, 23 Februari 2026

Hormat saya,
{name}
"""
    date = rfcdate(2026, 2, 24, 16, 2, 9)
    raw = plain_email("p06", date, "Ahmad Faizin <faizin.ahmad@example.com>",
                      "pensiun janda ibu Sumiati", body, host="smtp.example.com",
                      ip="203.0.113.99", domain="example.com", ua=None)
    item("email_plain/p06.eml", "email_plain",
         F(name, addr, sd, loss, None, "Nguling", "2026-02-23", True,
           "faizin.ahmad@example.com", "085704126638"),
         ["requested_resolution"], "pengadaan",
         "widow's pension letter sent from her son's account (From name differs); no request at all; late husband named as distractor", raw,
         absent_words=NO_REQ)


def p07():
    name = "Teguh Wibisono, S.Pd."
    addr = "Jl. Raya Kejayan No. 88, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan"
    sd = ("Saya lulus ujian penyesuaian kenaikan pangkat pada September 2025 dan berkas usulan "
          "dari golongan II/c ke III/a sudah diunggah operator sekolah ke SIASN pada bulan "
          "Oktober. Sejak saat itu usulan saya berstatus \"berkas tidak lengkap\" tanpa "
          "keterangan dokumen apa yang kurang, dan ketika saya bertanya ke bidang mutasi saya "
          "hanya disarankan menunggu periode berikutnya.")
    loss = ("Akibatnya saya tidak masuk periode kenaikan pangkat April 2026 dan harus menunggu "
            "setidaknya enam bulan lagi, dengan selisih gaji yang hilang lebih dari Rp 400.000 "
            "setiap bulan.")
    req = ("Saya mohon petugas memberitahukan secara rinci dokumen apa yang dianggap kurang, dan "
           "memberi kesempatan perbaikan agar usulan saya tetap dapat diproses untuk periode "
           "April 2026.")
    body = f"""Selamat pagi Bapak/Ibu petugas pengaduan,

Saya {name}, guru SMPN 2 Kejayan, tinggal di {addr}. Melalui surel ini saya ingin menyampaikan keluhan mengenai usulan kenaikan pangkat penyesuaian ijazah saya.

{sd}

{loss}

{req}

Terima kasih atas perhatiannya.

Kejayan, 2 Februari 2026
Salam hormat,
{name}
"""
    date = rfcdate(2026, 2, 2, 6, 30, 12)
    raw = plain_email("p07", date, "Teguh Wibisono <teguh.wibisono@example.org>",
                      "Usul kenaikan pangkat penyesuaian ijazah", flowed(body),
                      host="mail.example.org", ip="198.51.100.60", domain="example.org",
                      content_type_extra="; format=flowed")
    item("email_plain/p07.eml", "email_plain",
         F(name, addr, sd, loss, req, "Kejayan", "2026-02-02", True,
           "teguh.wibisono@example.org", None),
         [], "mutasi",
         "complete; plain prose, no labels; format=flowed soft breaks; no phone", raw)


def p08():
    name = "Nanda Ayu Permatasari"
    addr = "Perumahan Grati Indah Blok B2 No. 5, Desa Kalipang, Kecamatan Grati, Kabupaten Pasuruan"
    sd = ("Pada Oktober 2025 saya mengajukan permohonan pencantuman gelar S.AP. dari program "
          "studi yang saya tempuh dengan izin belajar resmi. Permohonan itu ditolak petugas "
          "secara lisan dengan alasan program studi saya tidak linier dengan jabatan, padahal "
          "program studi tersebut tercantum dalam daftar yang diumumkan BKPSDM sendiri, dan "
          "sampai sekarang saya tidak pernah menerima surat penolakan tertulis.")
    loss = ("Karena gelar belum diakui, nama saya di SIASN dan di daftar pegawai tetap tanpa "
            "gelar, sehingga saya tidak bisa mendaftar seleksi jabatan pelaksana yang "
            "mensyaratkan S1.")
    body = f"""Kepada Bidang Pengembangan Kompetensi BKPSDM,

Perkenalkan, nama saya {name}, staf administrasi di Puskesmas Grati, beralamat di {addr}.

{sd}

{loss}

Sekian yang dapat saya sampaikan.

Salam,
{name}
"""
    date = rfcdate(2026, 2, 10, 23, 31, 9, "+0800")
    raw = plain_email("p08", date, "Nanda Ayu Permatasari <nanda.ayu.p@example.com>",
                      "pencantuman gelar ditolak", wrap_text(body),
                      host="smtp.example.com", ip="203.0.113.150", domain="example.com",
                      ua="Mozilla/5.0 (Android 14; Mobile) K-9 Mail/6.8")
    item("email_plain/p08.eml", "email_plain",
         F(name, addr, sd, loss, None, None, "2026-02-10", True,
           "nanda.ayu.p@example.com", None),
         ["requested_resolution", "place"], "kompetensi",
         "prose, degree recognition; asks for nothing; no place/date line; Date header +0800 (sender's date kept)", raw,
         absent_words=NO_REQ)


def p09():
    name = "Sugeng Riyadi"
    sd = ("Pada Rabu, 21 Januari 2026, saya datang ke kantor BKPSDM untuk mengurus legalisir SK "
          "pensiun. Ruang pelayanan ternyata dipindahkan ke lantai dua, lift dalam keadaan "
          "rusak, tidak ada bidang miring untuk kursi roda, dan petugas tidak bersedia turun "
          "untuk melayani saya di lantai bawah.")
    loss = ("Akhirnya saya harus digotong dua orang anak saya menaiki tangga. Sejak hari itu "
            "punggung saya nyeri dan saya harus dua kali berobat ke klinik, belum lagi rasa malu "
            "diperlakukan seperti barang di depan banyak orang.")
    req = ("Kami berharap BKPSDM menyediakan meja layanan di lantai dasar bagi pengguna kursi "
           "roda dan lansia, serta segera memperbaiki lift.")
    body = f"""Dengan hormat,

Saya {name}, pensiunan pegawai Dinas Pekerjaan Umum yang sejak stroke tiga tahun lalu menggunakan kursi roda. {sd}

{loss}

{req}

Atas perhatiannya kami ucapkan terima kasih.

Sukorejo, 26 Januari 2026
Hormat kami,
{name}
HP 0812 4930 5571
"""
    date = rfcdate(2026, 1, 27, 10, 11, 58)
    raw = plain_email("p09", date, "Sugeng Riyadi <sugeng.riyadi1961@example.net>",
                      "Tidak ada akses kursi roda di kantor BKPSDM", body,
                      host="mx.example.net", ip="192.0.2.33", domain="example.net")
    item("email_plain/p09.eml", "email_plain",
         F(name, None, sd, loss, req, "Sukorejo", "2026-01-26", True,
           "sugeng.riyadi1961@example.net", "081249305571"),
         ["address"], "sekretariat",
         "prose; facilities (no wheelchair access) while naming a pension service -> sekretariat; health/dignity loss; no address", raw)


def p10():
    name = "Hartini Wulansari, S.Kep."
    addr = "Jl. Mawar No. 23 RT 02 RW 05, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    req = ("Saya minta surat izin cuti besar saya segera diterbitkan, atau kalau memang ditolak, "
           "saya diberi alasan penolakan secara tertulis.")
    sd = ("Permohonan cuti besar untuk menunaikan ibadah umrah sudah saya ajukan lewat aplikasi "
          "cuti online pada 3 November 2025, dua bulan sebelum jadwal keberangkatan, dan telah "
          "disetujui atasan langsung serta direktur rumah sakit. Sampai tanggal keberangkatan 14 "
          "Januari 2026 permohonan itu tetap berstatus \"menunggu verifikasi BKPSDM\", dan "
          "telepon ke bidang terkait tidak pernah diangkat.")
    loss = ("Karena izin cuti tidak terbit, saya batal berangkat bersama rombongan dan uang muka "
            "paket umrah sebesar Rp 7.500.000 hangus sesuai ketentuan biro perjalanan.")
    body = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

{req} Itu inti pengaduan saya; berikut penjelasannya.

Nama saya {name}, perawat di RSUD Bangil, alamat {addr}, HP 081 357 220 914.

{sd}

{loss}

Demikian, terima kasih.

Bangil, 19 Januari 2026

Wassalam,
{name}
"""
    date = rfcdate(2026, 1, 19, 21, 5, 40)
    raw = plain_email("p10", date, "Hartini Wulansari <hartini.wulansari@example.org>",
                      "Cuti besar umrah tidak diproses", body, host="mail.example.org",
                      ip="198.51.100.71", domain="example.org", cte="quoted-printable",
                      ua="Mozilla/5.0 (Windows NT 10.0) Gmail")
    item("email_plain/p10.eml", "email_plain",
         F(name, addr, sd, loss, req, "Bangil", "2026-01-19", True,
           "hartini.wulansari@example.org", "081357220914"),
         [], "kinerja",
         "complete; request stated first, then identity, story, loss; quoted-printable body", raw)


def p11():
    name = "Fajar Nugroho"
    addr = "Dusun Gerbo RT 005 RW 002, Desa Gerbo, Kecamatan Purwodadi, Kabupaten Pasuruan"
    sd = ("Nama saya di profil SIASN tertulis \"Fajar Nugraha\", berbeda dengan akta kelahiran, "
          "ijazah, dan SK CPNS saya yang tertulis \"Fajar Nugroho\". Permohonan perbaikan sudah "
          "dua kali saya kirim melalui operator kantor pada bulan Desember dan Januari, tetapi di "
          "aplikasi statusnya selalu kembali menjadi \"ditolak\" tanpa catatan alasan.")
    req = ("Mohon nama saya di SIASN dibetulkan sesuai dokumen resmi dan alasan penolakan "
           "sebelumnya dijelaskan kepada operator kantor kami.")
    body = f"""Purwodadi, 3 Maret 2026

Kepada Yth. Admin Pengaduan BKPSDM

Saya {name}, penyuluh pertanian di Kecamatan Purwodadi, tinggal di {addr}.

{sd}

{req}

Terima kasih.
"""
    date = rfcdate(2026, 3, 3, 14, 26, 0)
    raw = plain_email("p11", date, "fajar nugroho <fajarnugroho.ppl@example.com>",
                      "salah nama di SIASN", body, host="smtp.example.com",
                      ip="203.0.113.23", domain="example.com", ua=None)
    item("email_plain/p11.eml", "email_plain",
         F(name, addr, sd, None, req, "Purwodadi", "2026-03-03", False,
           "fajarnugroho.ppl@example.com", None),
         ["loss", "signed"], "pengadaan",
         "short prose; SIASN name error (wrong spelling quoted as distractor); no loss; closing 'Terima kasih.' without a name", raw,
         absent_words=NO_LOSS)


def p12():
    name = "Lukman Hakim, S.T."
    addr = ("Perumahan Pandaan Asri Jl. Anggrek VII No. 14, Kelurahan Jogosari, Kecamatan "
            "Pandaan, Kabupaten Pasuruan")
    sd = ("Pada Desember 2025 saya diangkat ke dalam jabatan fungsional Teknik Tata Bangunan dan "
          "Perumahan melalui penyesuaian. Berdasarkan angka kredit dan golongan III/c yang saya "
          "miliki, seharusnya saya ditetapkan pada jenjang Ahli Muda, tetapi SK yang saya terima "
          "dari BKPSDM menetapkan jenjang Ahli Pertama. Saat saya konfirmasi, petugas mengakui "
          "ada kesalahan input tetapi belum ada ralat sampai sekarang.")
    loss = ("Dengan jenjang yang salah, tunjangan jabatan fungsional saya dibayar lebih rendah "
            "sekitar Rp 300.000 per bulan dan angka kredit saya terancam tidak dihitung untuk "
            "kenaikan jenjang.")
    req = ("Saya mohon SK pengangkatan dalam jabatan fungsional saya diralat menjadi jenjang Ahli "
           "Muda dengan TMT yang sama.")
    body = f"""Dengan hormat,

Saya {name}, pegawai Dinas PUPR Kabupaten Pasuruan, alamat rumah {addr}, nomor HP 0812-3077-5184. Menindaklanjuti saran bagian umum kantor kami (email di bawah), saya sampaikan pengaduan berikut.

{sd}

{loss}

{req}

Pandaan, 11 Maret 2026
Hormat saya,
{name}

-----Original Message-----
From: Subbag Umum DPUPR <umum.dpupr@example.org>
Sent: Tuesday, March 10, 2026 2:15 PM
To: Lukman Hakim <lukman.hakim.st@example.org>
Subject: RE: SK jabatan fungsional

Pak Lukman, untuk kesalahan jenjang di SK silakan langsung diadukan ke BKPSDM, karena SK diterbitkan di sana. Kami di dinas tidak bisa mengubah isi SK.

Salam,
Rini Apriliani
Subbag Umum dan Kepegawaian DPUPR

> Bu Rini, SK JF saya jenjangnya salah, harusnya Ahli Muda. Bisa dibantu
> dibetulkan dari dinas?
"""
    date = rfcdate(2026, 3, 11, 8, 2, 33)
    raw = plain_email("p12", date, "Lukman Hakim <lukman.hakim.st@example.org>",
                      "FW: SK jabatan fungsional - pengaduan", body, host="mail.example.org",
                      ip="198.51.100.90", domain="example.org", ua="Microsoft Outlook 16.0")
    item("email_plain/p12.eml", "email_plain",
         F(name, addr, sd, loss, req, "Pandaan", "2026-03-11", True,
           "lukman.hakim.st@example.org", "081230775184"),
         [], "mutasi",
         "complete; prose letter above an Outlook quoted thread with another person's closing (Rini Apriliani)", raw)


def p13():
    name = "rina oktaviani"
    sd = ("kmrn selasa sy ke bkpsdm mau tanya soal berkas karis, di loket 3 petugasnya cowok pake "
          "kemeja batik main hp trs, sy udh berdiri 20 menit gk dilirik sama sekali. pas sy tanya "
          "malah dijawab \"besok aja mbak sistem lagi down\" tp tmn sy yg dtg barengan dilayani "
          "di loket sebelah")
    loss = ("jd sy hrs ijin ngajar 2 hari krn bsknya balik lg, uang makan dipotong krn ga masuk & "
            "murid2 kosong ga ada yg ngajar")
    req = "tlg petugas loket 3 ditegur ya min biar ga pilih2 kalo melayani"
    body = f"""siang min,
sy {name} guru honorer.. eh skrg udh pppk di sdn tambakrejo 1 wonorejo. mau lapor aja

{sd} \U0001F612\U0001F612

{loss}

{req}

wa sy 0838-5621-7740
makasih
{name}
"""
    date = rfcdate(2026, 1, 14, 12, 47, 30)
    raw = plain_email("p13", date, "rina oktaviani <rinaokta.sdn@example.com>",
                      "petugas loket 3", body, host="smtp.example.com", ip="203.0.113.61",
                      domain="example.com", ua="Mozilla/5.0 (Linux; Android 13) GmailGo")
    item("email_plain/p13.eml", "email_plain",
         F(name, None, sd, loss, req, None, "2026-01-14", True,
           "rinaokta.sdn@example.com", "083856217740"),
         ["address", "place"], "sekretariat",
         "WhatsApp-style lowercase with abbreviations and emoji; staff conduct at the counter (Karis named) -> sekretariat; no address, no place/date line", raw)


def p14():
    name = "SUMARNO"
    sd = ("SAYA SUDAH PENSIUN TMT 1 FEBRUARI 2026 TAPI SAMPAI SEKARANG SK PENSIUN BELUM SAYA "
          "TERIMA. BERKAS SUDAH DIKUMPULKAN LEWAT KORWIL SEJAK BULAN SEPTEMBER 2025 DAN KATA "
          "PETUGAS TINGGAL TANDA TANGAN.")
    loss = ("AKIBATNYA GAJI BULAN FEBRUARI DAN MARET TIDAK KELUAR DAN TASPEN BELUM BISA MEMBAYAR "
            "PENSIUN SAYA, SAYA SEKARANG HUTANG KE KOPERASI UNTUK KEBUTUHAN RUMAH.")
    req = "TOLONG SK PENSIUN SAYA SEGERA DISELESAIKAN."
    body = f"""KEPADA BKPSDM KAB PASURUAN

SAYA {name}, GURU SDN PASREPAN 1, NIP 196601121988031009. {sd}

{loss}

{req} HP 0813 4581 0927.

TERIMA KASIH
"""
    date = rfcdate(2026, 3, 16, 7, 2, 11)
    raw = plain_email("p14", date, "<sumarno.pasrepan@example.net>",
                      "SK PENSIUN BELUM TERIMA", body, host="mx.example.net",
                      ip="192.0.2.201", domain="example.net", charset="us-ascii", cte="7bit",
                      ua=None)
    item("email_plain/p14.eml", "email_plain",
         F(name, None, sd, loss, req, None, "2026-03-16", False,
           "sumarno.pasrepan@example.net", "081345810927"),
         ["address", "place", "signed"], "pengadaan",
         "ALL CAPS, short; From without display name; no address, no place/date line, closing without a name", raw)


def p15():
    name = "Slamet Riyanto"
    addr = ("Dusun Krajan Kidul RT 02 RW 01, Desa Sumbersuko, Kecamatan Purwosari, "
            "Kabupaten Pasuruan")
    sd = ("Tanggal 12 sampai 16 Januari 2026 kula ditugaskan pendataan ke desa-desa, wonten surat "
          "tugas dari Pak Camat. Tapi di aplikasi e-presensi kula tercatat alpa lima hari, laporan "
          "kula ke admin BKPSDM mboten ditanggapi, malah kula dapat surat teguran tertulis karena "
          "dianggap mboten masuk kerja.")
    loss = ("Amargi niku TPP kula bulan Januari dipotong kurang lebih Rp 1.100.000, lan jeneng "
            "kula dados elek di kantor.")
    req = ("Kula nyuwun data presensi tanggal 12-16 Januari dibetulkan sesuai surat tugas, TPP "
           "yang dipotong dikembalikan, lan surat teguran niku dicabut nggih.")
    body = f"""Assalamualaikum, sugeng dalu Bapak/Ibu.

Nyuwun sewu, kula {name}, staf Kecamatan Purwosari, alamat {addr}.

Kula badhe matur soal presensi. {sd}

{loss}

{req}

Matur nuwun sanget.

Purwosari, 9 Februari 2026
Hormat kula,
{name}
"""
    date = rfcdate(2026, 2, 9, 20, 15, 26)
    raw = plain_email("p15", date, "Slamet Riyanto <slametriyanto.pws@example.org>",
                      "nyuwun tulung presensi", body, host="mail.example.org",
                      ip="198.51.100.5", domain="example.org", ua=None)
    item("email_plain/p15.eml", "email_plain",
         F(name, addr, sd, loss, req, "Purwosari", "2026-02-09", True,
           "slametriyanto.pws@example.org", None),
         [], "kinerja",
         "complete; Javanese-flavoured (kula, mboten, amargi, nyuwun); e-presensi/discipline/TPP -> kinerja", raw)


def p16():
    name = "Dimas Prayogo, S.Kom."
    addr = "Jl. Pattimura No. 6, RT 01 RW 03, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan"
    sd = ("I submitted the complete application on 6 October 2025 for a part-time Master of "
          "Information Systems programme that began on 2 February 2026. The online tracking page "
          "has shown \"in process\" for more than four months, and two emails I sent to the "
          "competency development division received no reply.")
    loss = ("This means I am currently attending classes without a valid permit. The university "
            "has warned me that without the permit letter my scholarship from the regency cannot "
            "be disbursed, so I have already paid the first semester fee of Rp 8.750.000 out of "
            "my own pocket.")
    req = ("I would like the agency to issue my study permit as soon as possible, backdated to the "
           "start of the programme if the rules allow, or to tell me in writing what is still "
           "missing from my file.")
    body = f"""Dear Complaints Officer,

My name is {name}, a computer administrator at the Pasuruan Regency Communication and Informatics Office (Diskominfo). I live at {addr}, and can be reached on 0856 4127 3390.

I am writing to complain about my application for a study permit (izin belajar). {sd}

{loss}

{req}

Thank you for your attention.

Pandaan, 16 February 2026

Kind regards,
{name}

--
Dimas Prayogo
Pranata Komputer Ahli Pertama
Dinas Komunikasi dan Informatika Kabupaten Pasuruan
"Melayani dengan hati, bekerja dengan data"
"""
    date = rfcdate(2026, 2, 16, 9, 48, 7)
    raw = plain_email("p16", date, "Dimas Prayogo <dimas.prayogo@example.com>",
                      "Complaint: study permit (izin belajar) still pending",
                      wrap_text(body), host="smtp.example.com", ip="203.0.113.177",
                      domain="example.com")
    item("email_plain/p16.eml", "email_plain",
         F(name, addr, sd, loss, req, "Pandaan", "2026-02-16", True,
           "dimas.prayogo@example.com", "085641273390"),
         [], "kompetensi",
         "complete; English letter (English month in the place/date line, 'This means I', 'I would like'); signature block below", raw)


def p17():
    name = "Kevin Aditya Putra"
    addr = "Griya Permata Gempol Blok H-3 No. 9, Desa Legok, Kecamatan Gempol, Kabupaten Pasuruan"
    sd = ("waktu pengumuman hasil seleksi administrasi tanggal 20 Januari 2026, status saya TMS "
          "dengan alasan \"surat lamaran tidak ditandatangani\", padahal file yang saya upload "
          "jelas ada tanda tangan basah plus meterai, I even have the screenshot. Saya sudah "
          "submit sanggah di SSCASN on day one masa sanggah, tapi sampai masa sanggah selesai "
          "tidak ada jawaban sama sekali, status tetap TMS.")
    loss = ("Because of this saya nggak bisa ikut SKD yang sudah jalan minggu lalu, padahal saya "
            "sudah resign dari kerjaan kontrak supaya fokus persiapan, jadi sekarang nganggur dan "
            "kesempatan tahun ini hilang.")
    req = ("Please, saya minta sanggah saya direview ulang secara manual dan kalau memang terbukti "
           "salah verifikasi, saya diberi kesempatan ikut SKD susulan.")
    body = f"""Halo tim BKPSDM,

Jadi gini, saya {name}, peserta seleksi CPNS Kabupaten Pasuruan formasi Pranata Komputer. Domisili saya di {addr}.

Long story short: {sd}

{loss}

{req}

Thanks a lot,
{name}
Gempol, 2 Maret 2026

--
Sent from my iPhone
"""
    date = rfcdate(2026, 3, 2, 22, 17, 45)
    raw = plain_email("p17", date, "Kevin Aditya Putra <kevin.aditya.p@example.net>",
                      "Sanggah SSCASN ga dijawab", body, host="mx.example.net",
                      ip="192.0.2.48", domain="example.net", ua="iPhone Mail (22D82)")
    item("email_plain/p17.eml", "email_plain",
         F(name, addr, sd, loss, req, "Gempol", "2026-03-02", True,
           "kevin.aditya.p@example.net", None),
         [], "pengadaan",
         "complete; Indonesian-English code-mixing; place/date line after the closing name; 'Sent from my iPhone'", raw)


def p18():
    sd = ("Bulan lalu saya mengajukan Kartu Suami (Karsu). Di loket seorang petugas perempuan "
          "mengatakan kalau mau \"jalur cepat\" harus menitipkan uang Rp 200.000 lewat dia, kalau "
          "tidak, kartu bisa baru jadi enam bulan lagi. Beberapa rekan di puskesmas lain mengaku "
          "diminta jumlah yang sama.")
    loss = ("Karena butuh kartu itu untuk urusan asuransi suami, saya akhirnya membayar Rp "
            "200.000 tanpa tanda terima apa pun.")
    req = ("Tolong praktik titipan uang di loket kartu ini dihentikan dan diusut, dan pengumuman "
           "bahwa layanan kartu tidak dipungut biaya dipasang jelas di loket.")
    body = f"""Kepada yang terhormat pimpinan BKPSDM,

Saya seorang PNS di salah satu puskesmas di wilayah timur Kabupaten Pasuruan dan sengaja tidak mencantumkan nama karena takut dipersulit di kemudian hari.

{sd}

{loss}

{req}

Terima kasih.
"""
    date = rfcdate(2026, 2, 7, 23, 58, 40, "+0000")
    raw = plain_email("p18", date, "<suara.asn.pasuruan@example.net>",
                      "laporan pungutan loket kartu", body, host="relay.example.net",
                      ip="192.0.2.250", domain="example.net", ua=None)
    item("email_plain/p18.eml", "email_plain",
         F(None, None, sd, loss, req, None, "2026-02-07", False,
           "suara.asn.pasuruan@example.net", None),
         ["name", "address", "place", "signed"], "sekretariat",
         "anonymous report of pungli at the card counter (Karsu named) -> sekretariat; Date header in +0000 late evening (date as the sender wrote it, not converted to WIB)", raw)


def p19():
    name = "Puji Astutik, S.Pd."
    addr = "Jl. Raya Tosari No. 15 RT 01 RW 01, Desa Podokoyo, Kecamatan Tosari, Kabupaten Pasuruan"
    sd = ("Saya sudha mengajukan permohonan pindah tugas keluar daerah ke Kabupaten Sidoarjo "
          "karena mengikuti suami yang dipindahtugaskan. Surat persetujuan menerima dari Pemkab "
          "Sidoarjo sudah terbit sejak November 2025 dan sudah saya serahkan ke BKPSDM, tetapi "
          "surat persetujuan melepas dari Bupati Pasuruan tidak kunjung diproses dan berkas saya "
          "sempat dinyatakan hilang satu kali dan harus saya kirim ulang.")
    loss = ("Selama menunggu, saya harus tinggal terpisah dari suami dan anak saya yang masih "
            "balita ikut neneknya di Tosari; biaya pulang-pergi Tosari\u2013Sidoarjo setiap akhir "
            "pekan sudah menghabiskan lebih dari Rp 2.000.000 sejak Desember.")
    req = ("Saya mohon surat persetujuan pindah saya segera diproses dan ditandatangani, atau saya "
           "diberi penjelasan resmi apa kendalanya.")
    body = f"""ini sya krim ulang pengaduan sya tgl 16 feb kmrn, smpe skrg blm ada blasan sm sekali. apa emailnya gk dibaca?? mohn segera ditanggapi

---------- Forwarded message ---------
From: Puji Astutik <puji.astutik82@example.com>
Date: Mon, 16 Feb 2026 at 10:12
Subject: Pengaduan persetujuan mutasi keluar daerah
To: <pengaduan.bkpsdm@pasuruankab.go.id>


Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat, saya yang bertanda tangan di bawah ini:
Nama : {name}
Alamat : {addr}
No. WA : 0853 3012 4485

mengadukan lambatnya proses mutasi saya, dengan uraian sbb:

{sd}

{loss}

{req}

Atas perhatianya saya ucapkan terimakasih.

Tosari, 16 Februari 2026
Hormat saya,
{name}
"""
    date = rfcdate(2026, 3, 2, 11, 20, 2)
    raw = plain_email("p19", date, "Puji Astutik <puji.astutik82@example.com>",
                      "Fwd: Pengaduan persetujuan mutasi keluar daerah", body,
                      host="smtp.example.com", ip="203.0.113.12", domain="example.com", ua=None)
    item("email_plain/p19.eml", "email_plain",
         F(name, addr, sd, loss, req, "Tosari", "2026-02-16", True,
           "puji.astutik82@example.com", "085330124485"),
         [], "mutasi",
         "complete; angry typo-ridden top note forwarding her own earlier letter (letter date differs from Date header); typos inside the letter", raw)


# ============================================================ email_mime

def m01():
    name = "Ari Susanto, S.Pd., Gr."
    addr = "Jl. Taman Dayu Selatan No. 3, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan"
    sd_html = ("Usul kenaikan pangkat saya dari III/a ke III/b periode Oktober 2025 dikembalikan "
               "dengan keterangan &quot;angka kredit belum mencukupi&quot;. Padahal PAK konversi "
               "yang saya terima dari BKPSDM menunjukkan angka kredit kumulatif 112,5, lebih dari "
               "batas minimal 100. Ketika saya tunjukkan dokumen tersebut, petugas mengatakan data "
               "di sistem berbeda dan meminta saya menunggu.")
    sd = html.unescape(sd_html)
    loss = ("Akibat penolakan tersebut, kenaikan pangkat saya mundur sedikitnya satu periode dan "
            "saya kehilangan kenaikan gaji pokok selama enam bulan.")
    req = ("Saya mohon data angka kredit saya di sistem dicocokkan dengan PAK konversi yang sah dan "
           "usul kenaikan pangkat saya diproses kembali untuk periode April 2026.")
    body = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<style>td {{ padding: 2px 6px; font-family: Arial; }}</style></head>
<body style="font-family: Arial, sans-serif; font-size: 10pt">
<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<br>di Bangil</p>
<p>Perihal: <b>Penolakan usul kenaikan pangkat karena angka kredit</b></p>
<p>Dengan hormat,</p>
<p>Saya yang bertanda tangan di bawah ini:</p>
<table>
<tr><td>Nama</td><td>:</td><td>{name}</td></tr>
<tr><td>Jabatan</td><td>:</td><td>Guru Ahli Pertama, SMPN 1 Prigen</td></tr>
<tr><td>Alamat</td><td>:</td><td>{addr}</td></tr>
<tr><td>Telepon</td><td>:</td><td>0819 3470 1152</td></tr>
</table>
<p>menyampaikan pengaduan sebagai berikut:</p>
<p><u>Masalah</u><br>
{sd_html}</p>
<p><u>Kerugian</u><br>
{loss}</p>
<p><u>Penyelesaian yang saya harapkan</u><br>
{req}</p>
<p>Demikian, terima kasih.</p>
<p>Prigen, 27 Januari 2026<br>Hormat saya,<br><br>{name}</p>
</body></html>
"""
    date = rfcdate(2026, 1, 27, 11, 3, 51)
    raw = (received("m01", "webmail.example.org", "198.51.100.200", date)
           + f"Date: {date}\nFrom: Ari Susanto <ari.susanto.guru@example.org>\nTo: {TO}\n"
           "Subject: Penolakan usul kenaikan pangkat (angka kredit)\n"
           f"Message-ID: {mid('m01', 'example.org')}\n"
           "User-Agent: Roundcube Webmail/1.6.9\nMIME-Version: 1.0\n"
           'Content-Type: text/html; charset="UTF-8"\n'
           "Content-Transfer-Encoding: quoted-printable\n\n" + qp(body, "utf-8")).encode("ascii")
    item("email_mime/m01.eml", "email_mime",
         F(name, addr, sd, loss, req, "Prigen", "2026-01-27", True,
           "ari.susanto.guru@example.org", "081934701152"),
         [], "mutasi",
         "complete; HTML-only webmail (quoted-printable utf-8), labels in an HTML table, &quot; entities", raw)


def m02():
    name = "Siti Nur\u2019aini"
    addr = "Perum Pohjentrek Asri Blok A-12, Desa Sukorejo, Kecamatan Pohjentrek, Kabupaten Pasuruan"
    sd = ("Di aplikasi e-Kinerja, predikat saya tertulis \u201cButuh Perbaikan\u201d, padahal "
          "atasan langsung saya sudah memberikan predikat \u201cBaik\u201d dan menandatanganinya "
          "pada 8 Januari 2026. Perubahan itu terjadi setelah verifikasi oleh admin BKPSDM tanpa "
          "pemberitahuan dan tanpa catatan alasan.")
    req = ("Mohon predikat SKP saya dikembalikan sesuai penilaian atasan langsung, atau saya "
           "diberi penjelasan tertulis siapa yang mengubahnya dan atas dasar apa.")
    plain = f"""Selamat siang Bapak/Ibu,

Saya {name}, pranata laboratorium kesehatan di Puskesmas Pohjentrek, alamat {addr}, HP 0857 4410 2873.

Saya ingin mengadukan hasil evaluasi kinerja tahunan 2025 saya. {sd}

{req}

Pohjentrek, 18 Februari 2026

Salam hormat,
{name}
"""
    hp = f"""<html><head><meta charset="windows-1252"></head><body>
<div>Selamat siang Bapak/Ibu,</div><div><br></div>
<div>Saya {name}, pranata laboratorium kesehatan di Puskesmas Pohjentrek, alamat {addr}, HP 0857 4410 2873.</div><div><br></div>
<div>Saya ingin mengadukan hasil evaluasi kinerja tahunan 2025 saya. {sd}</div><div><br></div>
<div>{req}</div><div><br></div>
<div>Pohjentrek, 18 Februari 2026</div><div><br></div>
<div>Salam hormat,<br>{name}</div>
</body></html>
"""
    bnd = "----=_Part_4471_1093812330.1771405200000"
    date = rfcdate(2026, 2, 18, 13, 40, 0)
    raw = (received("m02", "mail.example.org", "198.51.100.131", date)
           + f"Date: {date}\n"
           f"From: {q_word('Siti Nur’aini', 'windows-1252')} <siti.nuraini@example.org>\n"
           f"To: {TO}\n"
           f"Subject: {q_word('Nilai SKP 2025 – predikat tidak sesuai', 'windows-1252')}\n"
           f"Message-ID: {mid('m02', 'example.org')}\nMIME-Version: 1.0\n"
           f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"\n\n'
           f"--{bnd}\nContent-Type: text/plain; charset=windows-1252\n"
           f"Content-Transfer-Encoding: quoted-printable\n\n{qp(plain, 'cp1252')}\n"
           f"--{bnd}\nContent-Type: text/html; charset=windows-1252\n"
           f"Content-Transfer-Encoding: quoted-printable\n\n{qp(hp, 'cp1252')}\n"
           f"--{bnd}--\n").encode("ascii")
    item("email_mime/m02.eml", "email_mime",
         F(name, addr, sd, None, req, "Pohjentrek", "2026-02-18", True,
           "siti.nuraini@example.org", "085744102873"),
         ["loss"], "kinerja",
         "multipart/alternative windows-1252 quoted-printable; RFC 2047 Q name with a curly apostrophe and en-dash subject; SKP; no loss", raw,
         absent_words=NO_LOSS)


def m03():
    name = "Dewi Anggraini"
    sd = ("Pada pengumuman usulan PPPK paruh waktu bulan Januari 2026, nama saya tidak ada di "
          "daftar, sementara rekan-rekan di kantor yang sama dengan masa kerja lebih pendek "
          "tercantum. Saat saya tanya ke BKPSDM, petugas bilang datanya sudah dikunci dan tidak "
          "bisa dicek lagi.")
    loss = ("Gara-gara tidak masuk daftar, kontrak saya sebagai tenaga honorer tidak diperpanjang "
            "per 1 Februari 2026 dan saya kehilangan honor Rp 1.850.000 per bulan yang jadi "
            "penghasilan utama keluarga.")
    body = f"""Kepada BKPSDM Kab. Pasuruan,

Nama saya {name}, tenaga administrasi non-ASN di Kantor Kecamatan Lekok sejak 2017, terdaftar di database BKN, dan sudah ikut seleksi PPPK tahap 2.

{sd}

{loss}

Delapan tahun saya bekerja, lalu hilang begitu saja dari daftar.

Kamis, 12 Februari 2026
Hormat saya,
{name}
0831 2290 6618
"""
    date = rfcdate(2026, 2, 12, 19, 9, 14)
    raw = (received("m03", "smtp.example.net", "192.0.2.19", date)
           + f"Date: {date}\nFrom: {b_word(name)} <dewi.anggraini.lkk@example.net>\nTo: {TO}\n"
           f"Subject: {b_word('Nama saya hilang dari daftar PPPK paruh waktu — kenapa?')}\n"
           f"Message-ID: {mid('m03', 'example.net')}\nMIME-Version: 1.0\n"
           'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: base64\n\n'
           + b64(body.encode("utf-8"))).encode("ascii")
    item("email_mime/m03.eml", "email_mime",
         F(name, None, sd, loss, None, None, "2026-02-12", True,
           "dewi.anggraini.lkk@example.net", "083122906618"),
         ["address", "requested_resolution", "place"], "pengadaan",
         "base64 utf-8 text/plain, RFC 2047 B-encoded name and subject; date-only line with a weekday ('Kamis, 12 Februari 2026' - Kamis is not a place); no address; asks for nothing", raw,
         absent_words=NO_REQ)


def m04():
    name = "Handoko Wibowo"
    addr = "Jl. Gatot Subroto No. 102, RT 03 RW 07, Kelurahan Kersikan, Kecamatan Bangil, Kabupaten Pasuruan"
    sd = ("Saya mendaftar antrean daring untuk layanan konsultasi kepegawaian pada Senin, 2 Maret "
          "2026 pukul 08.00 dan mendapat nomor A-07. Setibanya di kantor, petugas keamanan "
          "mengatakan antrean daring \"tidak berlaku hari ini\" karena sistem sedang diperbarui, "
          "sehingga saya harus mengambil nomor manual dan menunggu \u00b1 3\u00bd jam di ruang "
          "tunggu yang pendingin udaranya mati dan kursinya tidak cukup.")
    loss = ("Saya kehilangan setengah hari kerja dan harus mengambil cuti tahunan, serta ibu saya "
            "yang ikut mengantar sempat pusing karena kepanasan.")
    req = ("Agar pengumuman tentang gangguan antrean daring disampaikan lebih dahulu di situs web "
           "dan media sosial BKPSDM, serta ruang tunggu diperbaiki sehingga layak dipakai.")
    plain = f"""Yth. Pimpinan BKPSDM Kabupaten Pasuruan,

Dengan hormat,
Nama   : {name}
Alamat : {addr}
HP     : 0878 5516 0293

Uraian kejadian:
{sd}

Kerugian:
{loss}

Yang saya minta:
{req}

Bangil, 3 Maret 2026

Terima kasih,
{name}
"""
    hp = "<html><body>\n" + "".join(
        f"<p>{html.escape(par, quote=False).replace(chr(10), '<br>')}</p>\n"
        for par in plain.strip().split("\n\n")) + "</body></html>\n"
    bnd = "=_alt_9c2e71d0a84b"
    date = rfcdate(2026, 3, 3, 16, 44, 20)
    raw = (received("m04", "mail.example.com", "203.0.113.201", date)
           + f"Date: {date}\nFrom: {q_word('Handoko Wibowo', 'iso-8859-1')} <handoko.wibowo@example.com>\n"
           f"To: {TO}\n"
           f"Subject: {q_word('Antrean daring tidak berlaku, menunggu ± 3½ jam', 'iso-8859-1')}\n"
           f"Message-ID: {mid('m04', 'example.com')}\nX-Mailer: Evolution 3.52\nMIME-Version: 1.0\n"
           f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n'
           "This is a multi-part message in MIME format.\n\n"
           f"--{bnd}\nContent-Type: text/plain; charset=ISO-8859-1\n"
           f"Content-Transfer-Encoding: quoted-printable\n\n{qp(plain, 'latin-1')}\n"
           f"--{bnd}\nContent-Type: text/html; charset=ISO-8859-1\n"
           f"Content-Transfer-Encoding: base64\n\n{b64(hp.encode('latin-1'))}\n"
           f"--{bnd}--\n").encode("ascii")
    item("email_mime/m04.eml", "email_mime",
         F(name, addr, sd, loss, req, "Bangil", "2026-03-03", True,
           "handoko.wibowo@example.com", "087855160293"),
         [], "sekretariat",
         "complete; multipart/alternative iso-8859-1 (plain QP, HTML base64), Q-encoded subject with ± and ½; online queue and waiting room facilities -> sekretariat", raw)


def m05():
    name = "Wulandari Eka Putri, S.H."
    addr = "Jl. Raya Winongan No. 27, Desa Winongan Lor, Kecamatan Winongan, Kabupaten Pasuruan"
    sd = ("Saya ditetapkan sebagai peserta PKP Angkatan II melalui surat panggilan BKPSDM "
          "tertanggal 5 Januari 2026, dan biaya kontribusi sudah ditransfer oleh kantor kecamatan. "
          "Tiga hari sebelum pelatihan dimulai, nama saya dihapus dari daftar peserta dan "
          "digantikan pegawai lain tanpa pemberitahuan tertulis maupun alasan.")
    loss = ("Sebagai pejabat pengawas, saya wajib menyelesaikan PKP paling lambat tahun ini; tanpa "
            "sertifikat itu saya terancam diberhentikan dari jabatan, dan biaya kontribusi Rp "
            "12.500.000 yang sudah dibayar kantor belum jelas statusnya.")
    req = ("Saya memohon agar saya dikembalikan ke daftar peserta PKP Angkatan II atau dipastikan "
           "menjadi peserta Angkatan III, serta diberi penjelasan tertulis atas penghapusan nama "
           "saya.")
    paras = ["<B>SURAT PENGADUAN", "",
             "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "di Bangil", "",
             "Yang bertanda tangan di bawah ini:",
             f"Nama: {name}",
             "Jabatan: Kepala Seksi Pemerintahan, Kecamatan Winongan",
             f"Alamat: {addr}",
             "Telepon: 0821 4407 3365", "",
             "Dengan ini menyampaikan pengaduan mengenai Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II Tahun 2026.",
             f"Uraian: {sd}",
             f"Dampak: {loss}",
             f"Permohonan: {req}", "",
             "Winongan, 20 Januari 2026", "Hormat saya,", "<SIG>", name]
    docx = make_docx(paras, 505, dt.datetime(2026, 1, 20, 8, 0, 0))
    cover = """Selamat sore,

bersama ini saya lampirkan surat pengaduan saya dalam format Word mengenai
Pelatihan Kepemimpinan Pengawas. Mohon dapat diterima.

Salam,
Wulandari
"""
    bnd = "000000000000a1b2c3d4e5f60718"
    date = rfcdate(2026, 1, 20, 15, 33, 2)
    fn = "Surat Pengaduan PKP - Wulandari.docx"
    raw = (received("m05", "mail-ed1.example.com", "203.0.113.77", date)
           + f"Date: {date}\nFrom: Wulandari Eka Putri <wulandari.ekaputri@example.com>\n"
           f"To: {TO}\nSubject: Pengaduan peserta PKP Angkatan II\n"
           f"Message-ID: {mid('m05', 'example.com')}\nMIME-Version: 1.0\n"
           f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n'
           f"--{bnd}\nContent-Type: text/plain; charset=\"UTF-8\"\n"
           f"Content-Transfer-Encoding: 7bit\n\n{cover}\n"
           f"--{bnd}\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n"
           f'\tname="{fn}"\nContent-Disposition: attachment;\n\tfilename="{fn}"\n'
           f"Content-Transfer-Encoding: base64\n\n{b64(docx)}\n"
           f"--{bnd}--\n").encode("ascii")
    item("email_mime/m05.eml", "email_mime",
         F(name, addr, sd, loss, req, "Winongan", "2026-01-20", True,
           "wulandari.ekaputri@example.com", "082144073365"),
         [], "kompetensi",
         "complete; cover note + DOCX letter with inline labels (Uraian:/Dampak:/Permohonan:) and an embedded PNG signature above the typed name; cover note signed with first name only", raw)


def m06():
    name = "Ir. Joko Susilo, M.M."
    addr = "Jl. Ahmad Yani No. 56, Kelurahan Kauman, Kecamatan Bangil, Kabupaten Pasuruan"
    sd = ("Dalam seleksi terbuka Jabatan Pimpinan Tinggi Pratama Sekretaris Dinas Pertanian yang "
          "diumumkan BKPSDM pada November 2025, saya memperoleh nilai akhir tertinggi menurut "
          "pengumuman tiga besar tanggal 15 Desember 2025. Namun hingga kini tidak ada pelantikan, "
          "dan panitia seleksi tidak pernah mengumumkan apakah seleksi itu dibatalkan, ditunda, "
          "atau diulang.")
    loss = ("Ketidakjelasan ini membuat saya tidak dapat mendaftar pada seleksi terbuka jabatan "
            "lain yang dibuka Februari 2026 karena status saya masih tercatat sebagai peserta "
            "seleksi yang belum selesai.")
    req = ("Saya berharap panitia seleksi segera mengumumkan secara resmi kelanjutan seleksi "
           "tersebut, termasuk dasar hukumnya apabila seleksi dibatalkan.")

    def mso(t):
        return (f'<p class=MsoNormal>{html.escape(t, quote=False)}<o:p></o:p></p>\n')
    hp = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
          '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
          '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
          '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
          '</head><body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
          + mso("Yth. Kepala BKPSDM,")
          + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
          + mso(f"Dengan hormat, saya {name}, saat ini Kepala Bidang Tanaman Pangan pada Dinas "
                f"Pertanian, beralamat di {addr}, menyampaikan pengaduan sebagai berikut.")
          + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' + mso(sd)
          + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' + mso(loss)
          + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' + mso(req)
          + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
          + mso("Salam hormat,") + mso(name)
          + '<p class=MsoNormal><span style="font-size:9.0pt;color:#1F3864">Kepala Bidang Tanaman Pangan<br>'
          'Dinas Pertanian Kabupaten Pasuruan<br>HP 0811 3650 4827</span><o:p></o:p></p>\n'
          '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
          '<p class=MsoNormal><i><span style="font-size:7.5pt;color:gray">Email ini beserta lampirannya '
          'hanya ditujukan kepada penerima yang namanya tercantum dan dapat berisi informasi rahasia. '
          'Apabila Anda bukan penerima yang dimaksud, mohon segera menghapus email ini \u2013 '
          'terima kasih.</span></i><o:p></o:p></p>\n'
          '</div></body></html>\n')
    date = rfcdate(2026, 3, 2, 0, 41, 17)
    raw = (received("m06", "mail.example.org", "192.0.2.5", date)
           + f"Date: {date}\nFrom: Joko Susilo <joko.susilo@distan.example.org>\nTo: {TO}\n"
           "Subject: Kejelasan seleksi terbuka JPT Pratama Sekretaris Dinas Pertanian\n"
           f"Message-ID: {mid('m06', 'distan.example.org')}\n"
           "Thread-Topic: Kejelasan seleksi terbuka JPT Pratama Sekretaris Dinas Pertanian\n"
           "X-Mailer: Microsoft Outlook 16.0\nContent-Language: id-ID\nMIME-Version: 1.0\n"
           'Content-Type: text/html; charset="windows-1252"\n'
           "Content-Transfer-Encoding: quoted-printable\n\n" + qp(hp, "cp1252")).encode("ascii")
    item("email_mime/m06.eml", "email_mime",
         F(name, addr, sd, loss, req, None, "2026-03-02", True,
           "joko.susilo@distan.example.org", "081136504827"),
         ["place"], "mutasi",
         "HTML-only Outlook/Word markup (MsoNormal, o:p), windows-1252 QP; no place/date line; sent 00:41 +0700 so the UTC date is the day before; signature block with title and disclaimer", raw)


# ============================================================ email_pdf

def pdf_mail(tag, date, frm, from_addr, domain, subject, cover, pdf, fn, bnd, ctype_text="UTF-8"):
    return (received(tag, f"mail.{domain}", "203.0.113.140", date)
            + f"Date: {date}\nFrom: {frm} <{from_addr}>\nTo: {TO}\nSubject: {subject}\n"
            f"Message-ID: {mid(tag, domain)}\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/mixed;\n\tboundary="{bnd}"\n\n'
            f"--{bnd}\nContent-Type: text/plain; charset=\"{ctype_text}\"\n"
            f"Content-Transfer-Encoding: 8bit\n\n{cover}\n"
            f"--{bnd}\nContent-Type: application/pdf;\n\tname=\"{fn}\"\n"
            f"Content-Disposition: attachment;\n\tfilename=\"{fn}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(pdf)}\n"
            f"--{bnd}--\n").encode("utf-8")


def register_pdf(pdf, blocks):
    PDF_SOURCES[hashlib.sha1(pdf).hexdigest()] = blocks_text(blocks)


def d01():
    name = "Galih Putra Mahendra, S.T."
    addr = "Dusun Dayurejo RT 004 RW 002, Desa Dayurejo, Kecamatan Prigen, Kabupaten Pasuruan"
    sd = ("Saya mengajukan permohonan berhenti atas permintaan sendiri sebagai PNS pada Dinas "
          "Pekerjaan Umum dan Penataan Ruang pada 1 September 2025, dan permohonan tersebut telah "
          "disetujui Kepala Dinas. Sampai surat ini dibuat, SK pemberhentian belum terbit, dan "
          "BKPSDM tidak memberikan informasi apakah usul sudah dikirim ke BKN.")
    loss = ("Saya tidak dapat mulai bekerja di perusahaan yang sudah menerima saya sejak Januari "
            "2026 karena mereka mensyaratkan SK pemberhentian, dan tabungan hari tua saya di Taspen "
            "belum dapat dicairkan.")
    req = ("Saya mohon SK pemberhentian saya segera diproses dan saya diberi informasi tertulis "
           "mengenai posisi berkas saat ini.")
    blocks = [("right", "Prigen, 5 Maret 2026"), ("gap", 4),
              ("label", ("Nomor", "-")),
              ("label", ("Perihal", "Pengaduan SK Pemberhentian Atas Permintaan Sendiri")),
              ("gap", 4),
              ("p", "Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\nKomplek Perkantoran Raci, Bangil"),
              ("gap", 4), ("p", "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:"),
              ("label", ("Nama", name)), ("label", ("NIK", "3514110905900002")),
              ("label", ("Alamat", addr)), ("label", ("Telepon", "0817 0395 6621")),
              ("label", ("Email", "galih.mahendra@example.com")), ("gap", 3),
              ("b", "Uraian permasalahan:"), ("p", sd), ("gap", 2),
              ("b", "Kerugian yang dialami:"), ("p", loss), ("gap", 2),
              ("b", "Permintaan penyelesaian:"), ("p", req), ("gap", 3),
              ("p", "Demikian surat pengaduan ini saya sampaikan."), ("gap", 4),
              ("p", "Hormat saya,"), ("gap", 1), ("sigstroke", 11), ("p", name)]
    pdf = make_pdf(blocks, "Surat Pengaduan", dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.timezone.utc))
    register_pdf(pdf, blocks)
    cover = ("Dengan hormat,\n\nterlampir surat pengaduan saya perihal SK pemberhentian atas "
             "permintaan sendiri.\n\nHormat saya,\nGalih Putra Mahendra\n")
    raw = pdf_mail("d01", rfcdate(2026, 3, 6, 8, 12, 55), "Galih Putra Mahendra",
                   "galih.mahendra@example.com", "example.com",
                   "Pengaduan SK pemberhentian APS", cover, pdf,
                   "Pengaduan_SK_APS_Galih.pdf", "b1_4f0c9d2e7a3b5c6d8e9f")
    item("email_pdf/d01.eml", "email_pdf",
         F(name, addr, sd, loss, req, "Prigen", "2026-03-05", True,
           "galih.mahendra@example.com", "081703956621", "3514110905900002"),
         [], "pengadaan",
         "complete; text PDF with a signature drawn as vector strokes above the printed name; place/date right-aligned at the top; resignation (pemberhentian APS)", raw)


def d02():
    name = "Yuniarti Rahayu, S.Sos."
    addr = "Jl. Dr. Wahidin No. 9, Kelurahan Dermo, Kecamatan Bangil, Kabupaten Pasuruan"
    sd = ("Pada pelantikan rotasi jabatan administrator dan pengawas tanggal 13 Februari 2026 saya "
          "menerima petikan SK Bupati yang menetapkan saya sebagai Kepala Subbagian Umum dan "
          "Kepegawaian pada Dinas Sosial. Dalam petikan tersebut nama saya tertulis \"Yuniarti "
          "Rahayuningsih\", NIP-nya milik pegawai lain, dan pangkat saya tertulis Penata Muda "
          "(III/a), padahal pangkat saya Penata Tingkat I (III/d).")
    req = "Saya mohon petikan SK tersebut dibetulkan dan diterbitkan ulang dengan data yang benar."
    blocks = [("p", "Bangil, 24 Februari 2026"), ("gap", 4),
              ("p", "Hal: Kesalahan data pada petikan SK rotasi jabatan"), ("gap", 4),
              ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 4),
              ("p", "Dengan hormat,"),
              ("p", f"Saya, {name}, NIP 198207142006042011, beralamat di {addr}, nomor telepon "
                    "0856 3321 4760, menyampaikan pengaduan berikut."), ("gap", 2),
              ("p", sd), ("gap", 2), ("p", req), ("gap", 6),
              ("p", "Hormat saya,"), ("sigpng", 202), ("p", name)]
    pdf = make_pdf(blocks, "Pengaduan", dt.datetime(2026, 2, 24, 9, 30, tzinfo=dt.timezone.utc))
    register_pdf(pdf, blocks)
    cover = ("Selamat siang,\n\nMohon izin menyampaikan surat pengaduan (PDF terlampir) terkait "
             "kesalahan data pada petikan SK.\n\nTerima kasih,\nYuniarti Rahayu\n")
    raw = pdf_mail("d02", rfcdate(2026, 2, 24, 14, 2, 10), "Yuniarti Rahayu",
                   "yuniarti.rahayu@example.org", "example.org",
                   "Kesalahan data petikan SK rotasi", cover, pdf,
                   "pengaduan petikan SK.pdf", "=_mixed_7d3a0b51c2e8")
    item("email_pdf/d02.eml", "email_pdf",
         F(name, addr, sd, None, req, "Bangil", "2026-02-24", True,
           "yuniarti.rahayu@example.org", "085633214760"),
         ["loss"], "mutasi",
         "text PDF, unlabelled paragraphs, PNG signature image above the printed name; SK rotation with wrong data; no loss described", raw,
         absent_words=NO_LOSS)


def d03():
    name = "Lailatul Fitriyah"
    sd = ("Setelah saya menyerahkan berkas permohonan Karpeg pada 23 Februari 2026, petugas loket "
          "yang menerima berkas menyimpan nomor HP saya dari formulir dan sejak itu beberapa kali "
          "menelepon serta mengirim pesan pribadi pada malam hari, mengajak bertemu di luar urusan "
          "kedinasan. Ketika saya menolak, ia membalas bahwa berkas saya \"bisa saja terselip\".")
    loss = ("Saya menjadi takut datang ke kantor BKPSDM dan sampai sekarang tidak berani menanyakan "
            "perkembangan Karpeg saya, sementara suami saya marah dan suasana rumah menjadi tidak "
            "tenang.")
    req = ("Saya memohon agar petugas tersebut diperiksa dan diberi sanksi, nomor saya tidak lagi "
           "digunakan di luar kepentingan dinas, dan permohonan Karpeg saya ditangani oleh petugas "
           "lain.")
    blocks = [("right", "Pandaan, 10 Maret 2026"), ("gap", 3),
              ("p", "Perihal : Perilaku petugas loket yang tidak pantas"), ("gap", 4),
              ("p", "Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan"), ("gap", 4),
              ("p", "Dengan hormat,"), ("gap", 1),
              ("p", f"Saya {name}, guru di SDN Nogosari 2, nomor HP 0895 3671 2048, ingin "
                    "menyampaikan pengaduan terkait perilaku seorang petugas loket layanan kartu "
                    "pegawai."), ("gap", 2),
              ("p", sd), ("gap", 2), ("p", loss), ("gap", 2), ("p", req), ("gap", 6),
              ("p", "Hormat saya,"), ("gap", 16), ("p", name)]
    pdf = make_pdf(blocks, "Surat", dt.datetime(2026, 3, 10, 7, 0, tzinfo=dt.timezone.utc))
    register_pdf(pdf, blocks)
    cover = ("Yth. Petugas Pengaduan,\n\nSurat pengaduan saya lampirkan dalam bentuk PDF. Saya "
             "harap identitas saya dijaga.\n\nHormat saya,\nLailatul Fitriyah\n")
    raw = pdf_mail("d03", rfcdate(2026, 3, 10, 12, 31, 48), "Lailatul Fitriyah",
                   "lailatul.fitriyah@example.net", "example.net",
                   "Pengaduan perilaku petugas loket", cover, pdf,
                   "Pengaduan.pdf", "------------0a9b8c7d6e5f4a3b2c1d0e9f")
    item("email_pdf/d03.eml", "email_pdf",
         F(name, None, sd, loss, req, "Pandaan", "2026-03-10", False,
           "lailatul.fitriyah@example.net", "089536712048"),
         ["address", "signed"], "sekretariat",
         "text PDF with only the typed name under 'Hormat saya,' (blank space, no signature) = unsigned even though the cover note has a closing name; staff harassment (Karpeg named) -> sekretariat; no address", raw)


def d04():
    name = "Theresia Dian Kusumawati, S.Pd."
    addr = "Jl. Raya Kraton No. 211, Desa Kebotohan, Kecamatan Kraton, Kabupaten Pasuruan"
    sd = ("Setelah menjalani operasi pada Januari 2026, dokter rumah sakit menyatakan saya "
          "memerlukan istirahat dan kemoterapi selama tiga bulan. Permohonan cuti sakit beserta "
          "surat keterangan dokter sudah saya kirim melalui sekolah pada 2 Februari 2026, tetapi "
          "sampai pertengahan Maret izin cuti sakit belum terbit, dan BKPSDM meminta surat "
          "keterangan tim penguji kesehatan tanpa menjelaskan cara memperolehnya.")
    loss = ("Tanpa izin cuti, saya tercatat tidak masuk kerja tanpa keterangan sejak Februari, TPP "
            "saya dihentikan, dan kepala sekolah menerima surat peringatan dari BKPSDM tentang "
            "ketidakhadiran saya. Keadaan ini membuat saya dan keluarga sangat tertekan di tengah "
            "pengobatan.")
    req = ("Saya memohon izin cuti sakit saya diterbitkan terhitung mulai 2 Februari 2026, "
           "ketidakhadiran saya sejak tanggal itu tidak dianggap pelanggaran disiplin, dan TPP saya "
           "dibayarkan kembali.")
    blocks = [("right", "Kraton, 17 Maret 2026"), ("gap", 4),
              ("p", "Kepada\nYth. Kepala BKPSDM Kabupaten Pasuruan\ndi Bangil"), ("gap", 4),
              ("p", "Perihal: Permohonan cuti sakit yang tidak diproses"), ("gap", 4),
              ("p", "Dengan hormat,\nYang bertanda tangan di bawah ini:"),
              ("label", ("Nama lengkap", name)), ("label", ("Alamat", addr)),
              ("label", ("No. HP", "0823 3155 7409")), ("gap", 3),
              ("b", "I. Keluhan"), ("p", sd), ("gap", 2),
              ("b", "II. Kerugian"), ("p", loss), ("gap", 2),
              ("b", "III. Permintaan"), ("p", req), ("gap", 3),
              ("p", "Demikian surat ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan "
                    "terima kasih."), ("gap", 4),
              ("p", "Hormat saya,"), ("sigpng", 404), ("p", name)]
    pdf = make_pdf(blocks, "Pengaduan cuti sakit", dt.datetime(2026, 3, 17, 11, 0, tzinfo=dt.timezone.utc))
    register_pdf(pdf, blocks)
    cover = ("Good afternoon,\n\nPlease find attached my complaint letter regarding my sick "
             "leave application.\n\nBest regards,\nTheresia\n\nSent from Outlook for Android\n")
    raw = pdf_mail("d04", rfcdate(2026, 3, 18, 13, 5, 0), "Theresia Dian Kusumawati",
                   "theresia.dian.k@example.com", "example.com",
                   "Complaint letter - sick leave", cover, pdf,
                   "Complaint_sick_leave.pdf", "_004_SG2PR06MB5120AB12CD34EF_")
    item("email_pdf/d04.eml", "email_pdf",
         F(name, addr, sd, loss, req, "Kraton", "2026-03-17", True,
           "theresia.dian.k@example.com", "082331557409"),
         [], "kinerja",
         "complete; English cover note, Indonesian PDF letter with Roman-numbered sections and a PNG signature; sick leave (cuti sakit) -> kinerja; letter dated a day before the mail", raw)


# ============================================================ auto_reply

def a01():
    date = rfcdate(2026, 1, 20, 9, 0, 12)
    body = """Terima kasih atas pesan Anda.

Saya sedang melaksanakan perjalanan dinas ke Surabaya tanggal 19-23 Januari
2026 dengan akses email terbatas. Untuk urusan kepegawaian yang mendesak
silakan menghubungi Subbag Umum di nomor (0343) 555 0192.

I am out of the office until 23 January 2026 with limited access to email.

Nurul Hidayati
"""
    raw = (received("a01", "mail.example.org", "198.51.100.9", date)
           + f"Date: {date}\nFrom: Nurul Hidayati <nurul.hidayati@example.org>\nTo: {TO}\n"
           "Subject: Automatic reply: Tanda terima pengaduan PGD-2026-0031\n"
           f"Message-ID: {mid('a01', 'example.org')}\n"
           f"In-Reply-To: {mid('a01-orig', 'pasuruankab.go.id')}\n"
           f"References: {mid('a01-orig', 'pasuruankab.go.id')}\n"
           "Thread-Topic: Tanda terima pengaduan PGD-2026-0031\n"
           "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
           "X-MS-Exchange-Inbox-Rules-Loop: nurul.hidayati@example.org\n"
           'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n'
           "Content-Transfer-Encoding: 7bit\n\n" + body).encode("ascii")
    item("auto_reply/a01.eml", "auto_reply", None, None, None,
         "Exchange out-of-office ('Automatic reply:', Auto-Submitted: auto-generated, X-Auto-Response-Suppress)",
         raw, auto_reply=True)


def a02():
    date = rfcdate(2026, 2, 25, 10, 14, 3)
    bnd = "00000000000055aa0c06120b3f"
    orig_date = rfcdate(2026, 2, 25, 10, 13, 58)
    raw = (f"Date: {date}\nFrom: Mail Delivery Subsystem <mailer-daemon@mx.example.net>\n"
           "To: pengaduan.bkpsdm@pasuruankab.go.id\n"
           "Subject: Delivery Status Notification (Failure)\n"
           f"Message-ID: {mid('a02', 'mx.example.net')}\n"
           f"In-Reply-To: {mid('a02-orig', 'pasuruankab.go.id')}\n"
           "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bnd}"\n\n'
           f"--{bnd}\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
           "** Pesan tidak terkirim / Address not found **\n\n"
           "Pesan Anda tidak terkirim ke dwi.kurniasih@example.net karena alamat tidak\n"
           "ditemukan atau tidak dapat menerima email.\n\n"
           "The response from the remote server was:\n"
           "550 5.1.1 The email account that you tried to reach does not exist.\n\n"
           f"--{bnd}\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mx.example.net\n"
           f"Arrival-Date: {orig_date}\n\n"
           "Final-Recipient: rfc822; dwi.kurniasih@example.net\n"
           "Action: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist\n"
           f"Last-Attempt-Date: {date}\n\n"
           f"--{bnd}\nContent-Type: text/rfc822-headers\n\n"
           f"Date: {orig_date}\n"
           "From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>\n"
           "To: Dwi Kurniasih <dwi.kurniasih@example.net>\n"
           "Subject: [PGD-2026-0058] Permintaan kelengkapan pengaduan\n"
           f"Message-ID: {mid('a02-orig', 'pasuruankab.go.id')}\n\n"
           f"--{bnd}--\n").encode("ascii")
    item("auto_reply/a02.eml", "auto_reply", None, None, None,
         "DSN bounce (multipart/report delivery-status, text/rfc822-headers of our request for missing items)",
         raw, auto_reply=True)


def a03():
    date = rfcdate(2026, 3, 4, 8, 30, 0)
    body = """Rekan-rekan operator kepegawaian,

Apakah ada OPD lain yang usulan kenaikan pangkat periode April 2026-nya
masih berstatus "BTS" di SIASN? Di dinas kami ada 14 usulan yang belum
diverifikasi sejak Januari, padahal batas akhir tinggal dua minggu lagi.
Mohon info kalau ada yang sudah dapat jawaban dari BKPSDM.

Terima kasih,
Andri Kurniawan
Operator SIASN Dinas Kesehatan

_______________________________________________
Forum-OPK mailing list -- forum-opk@lists.example.org
Untuk berhenti berlangganan kirim email ke forum-opk-leave@lists.example.org
"""
    raw = (received("a03", "lists.example.org", "198.51.100.250", date)
           + f"Date: {date}\nFrom: Andri Kurniawan <andri.kurniawan@example.org>\n"
           "To: forum-opk@lists.example.org\n"
           "Subject: [Forum-OPK] Usulan KP April 2026 masih BTS?\n"
           f"Message-ID: {mid('a03', 'example.org')}\n"
           "Sender: forum-opk-bounces@lists.example.org\n"
           "Errors-To: forum-opk-bounces@lists.example.org\n"
           "List-Id: Forum Operator Kepegawaian Kab. Pasuruan <forum-opk.lists.example.org>\n"
           "List-Unsubscribe: <mailto:forum-opk-leave@lists.example.org>\n"
           "List-Post: <mailto:forum-opk@lists.example.org>\n"
           "List-Archive: <https://lists.example.org/archives/list/forum-opk@lists.example.org/>\n"
           "Precedence: list\nX-BeenThere: forum-opk@lists.example.org\nX-Mailman-Version: 3.3.9\n"
           'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n'
           "Content-Transfer-Encoding: 7bit\n\n" + body).encode("ascii")
    item("auto_reply/a03.eml", "auto_reply", None, None, None,
         "mailing-list post that reads like a grievance (List-Id, List-Unsubscribe, Precedence: list, To: the list)",
         raw, auto_reply=True)


def a04():
    date = rfcdate(2026, 3, 12, 15, 47, 29)
    body = """Assalamualaikum,

Mohon maaf, saya sedang cuti melahirkan sampai dengan 30 April 2026 dan
tidak memeriksa email selama masa cuti. Pesan Anda akan saya baca setelah
saya kembali bertugas.

-- pesan ini dikirim otomatis --
"""
    raw = (received("a04", "mail.example.com", "203.0.113.66", date)
           + f"Date: {date}\nFrom: Anisa Rahmawati <anisa.rahmawati@example.com>\n"
           "To: pengaduan.bkpsdm@pasuruankab.go.id\n"
           "Subject: Re: [PGD-2026-0117] Permintaan kelengkapan pengaduan\n"
           f"Message-ID: {mid('a04', 'example.com')}\n"
           f"In-Reply-To: {mid('a04-orig', 'pasuruankab.go.id')}\n"
           f"References: {mid('a04-orig', 'pasuruankab.go.id')}\n"
           "Auto-Submitted: auto-replied (vacation)\n"
           'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n'
           "Content-Transfer-Encoding: 8bit\n\n" + body).encode("utf-8")
    item("auto_reply/a04.eml", "auto_reply", None, None, None,
         "Sieve vacation auto-reply (Auto-Submitted: auto-replied (vacation)) with a 'Re: [ticket]' subject to our request for missing items",
         raw, auto_reply=True)


# ============================================================ hostile

def h01():
    rnd = random.Random(3407)
    raw = bytes(rnd.getrandbits(8) for _ in range(6144))
    item("hostile/h01.pdf", "hostile_error", None, None, None,
         "6 KB of random bytes named .pdf (no PDF structure)", raw, expect_exit=3)


def h02():
    paras = ["SURAT PENGADUAN", "Nama: Contoh Terpotong",
             "Uraian: " + "Berkas ini sengaja dipotong. " * 40,
             "Hormat saya,", "Contoh Terpotong"]
    full = make_docx(paras, 77, dt.datetime(2026, 1, 5, 8, 0, 0))
    raw = full[: int(len(full) * 0.4)]
    item("hostile/h02.docx", "hostile_error", None, None, None,
         "DOCX (zip) truncated to 40% of its bytes: no central directory", raw, expect_exit=3)


def h03():
    name = "Agustinus Bayu Saputra, S.Kep."
    addr = "Dusun Kebonsari RT 002 RW 006, Desa Ranuklindungan, Kecamatan Grati, Kabupaten Pasuruan"
    sd = ("Saya lulus seleksi tugas belajar program Profesi Ners tahun 2025 dan mulai kuliah pada "
          "September 2025. Sesuai perjanjian tugas belajar, biaya pendidikan semester pertama "
          "seharusnya dibayarkan langsung oleh pemerintah daerah ke kampus, tetapi hingga Maret "
          "2026 pembayaran itu belum dilakukan dan kampus sudah dua kali mengirim surat tagihan "
          "\u201cterakhir\u201d kepada saya.")
    loss = ("Saya terpaksa meminjam uang Rp 6.000.000 dari koperasi rumah sakit agar tidak "
            "dikeluarkan dari kampus, dan saya harus membayar bunganya setiap bulan.")
    req = ("Saya meminta BKPSDM segera membayar biaya semester pertama ke kampus sesuai perjanjian "
           "dan mengganti uang yang sudah saya talangi.")
    body = f"""Kepada Yth. Bidang Pengembangan Kompetensi BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya {name}, perawat pelaksana di RSUD Grati, alamat {addr}, HP 0852 0441 9316.

{sd}

{loss}

{req}

Grati, 24 Maret 2026

Hormat saya,
{name}
"""
    date = rfcdate(2026, 3, 24, 9, 57, 36)
    head = (f"Date: {date}\r\nFrom: Agustinus Bayu Saputra <bayu.saputra.ners@example.net>\r\n"
            f"To: pengaduan.bkpsdm@pasuruankab.go.id\r\n"
            "Subject: Tagihan kampus tugas belajar \u2013 belum dibayar\r\n"
            f"Message-ID: {mid('h03', 'example.net')}\r\n"
            "X-Mailer: Bat!Mail 2.1 (beta)\r\n"
            "Content-Type: text/plain; charset=\"unknown-8bit\"\r\n"
            "Content-Transfer-Encoding: 8bit\r\n"
            "X-Long-Header: " + "x" * 1200 + "\r\n\r\n")
    # body: bare-LF and CRLF mixed, windows-1252 bytes under an unknown charset label
    lines = body.split("\n")
    mixed = "".join(l + ("\r\n" if i % 2 else "\n") for i, l in enumerate(lines))
    raw = head.encode("cp1252") + mixed.encode("cp1252")
    ITEMS.append(dict(file="hostile/h03.eml", category="hostile_ok",
                      fields=F(name, addr, sd, loss, req, "Grati", "2026-03-24", True,
                               "bayu.saputra.ners@example.net", "085204419316"),
                      missing=[], division="kompetensi",
                      note="odd but readable: no MIME-Version, charset 'unknown-8bit' over windows-1252 bytes (curly quotes; raw 8-bit en-dash in Subject), mixed CRLF/LF, a 1200-char header line; complete letter is scored",
                      raw=raw, expect_exit=0, auto_reply=False, text=None,
                      absent_words=(), fallback_charset="cp1252"))


# ================================================================= main

BUILDERS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14,
            p15, p16, p17, p18, p19, m01, m02, m03, m04, m05, m06, d01, d02, d03,
            d04, a01, a02, a03, a04, h01, h02, h03]


def check(it):
    f = it["fields"]
    if f is None:
        assert it["missing"] is None and it["division"] is None
        return
    raw = it["raw"]
    text = decoded_text(raw, it.get("fallback_charset"))
    norm = collapse(text)
    for key in ("name", "address", "service_description", "loss",
                "requested_resolution", "place"):
        v = f[key]
        if v is not None:
            assert collapse(v) in norm, (it["file"], key, v[:60])
    # date and signed
    assert re.fullmatch(r"2026-\d\d-\d\d", f["date"]), it["file"]
    assert isinstance(f["signed"], bool)
    # email = From address, lower-case
    msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    frm = re.search(r"<([^>]+)>", msg["From"]).group(1).lower()
    assert f["email"] == frm, (it["file"], f["email"], frm)
    digits = re.sub(r"\D", "", text)
    if f["phone"]:
        assert f["phone"].startswith("0")
        assert f["phone"] in digits or "62" + f["phone"][1:] in digits, it["file"]
    if f["nik"]:
        assert len(f["nik"]) == 16 and f["nik"] in text
    missing = [k for k in ORDER if (f[k] is None if k != "signed" else not f[k])]
    assert missing == it["missing"], (it["file"], missing, it["missing"])
    assert 1 <= len(missing) <= 4 or not missing
    assert it["division"] in ("sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja")
    low = norm.lower()
    for pat in it.get("absent_words", ()):
        assert not re.search(pat, low), (it["file"], "unexpected", pat)


def main():
    for c in CATS:
        d = OUT / c
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    ITEMS.clear()
    PDF_SOURCES.clear()
    for b in BUILDERS:
        b()
    assert len(ITEMS) == 36, len(ITEMS)
    lines = []
    for it in ITEMS:
        check(it)
        (OUT / it["file"]).write_bytes(it["raw"])
        scored = it["fields"] is not None
        lines.append(json.dumps({
            "file": it["file"], "category": it["category"],
            "expect_exit": it["expect_exit"], "fields": it["fields"],
            "missing": it["missing"] if scored else None,
            "complete": (not it["missing"]) if scored else None,
            "auto_reply": it["auto_reply"], "division": it["division"],
            "ocr": False, "note": it["note"]}, ensure_ascii=False))
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cats = {}
    for it in ITEMS:
        cats[it["category"]] = cats.get(it["category"], 0) + 1
    scored = [it for it in ITEMS if it["fields"] is not None]
    print("items:", len(ITEMS), cats)
    print("scored complaints:", len(scored), "complete:",
          sum(1 for it in scored if not it["missing"]))


if __name__ == "__main__":
    main()
