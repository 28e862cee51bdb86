#!/usr/bin/env python3
"""Deterministic generator for the blind held-out set ``heldout4``.

Run with the project's interpreter (needs fpdf2, python-docx, Pillow; pdfplumber
is used, when importable, only to double-check that the PDF golds are readable):

    /work/main/.venv/bin/python tests/extract/heldout4/make_heldout4.py

It (re)writes the category folders and ``truth.jsonl`` next to this file and
asserts that every gold name, place, address and free-text passage occurs
verbatim (after whitespace collapse) in the decoded text of the item.
All people, addresses, numbers and mail addresses are invented.
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.quoprimime
import io
import json
import quopri
import random
import re
import shutil
import sys
import textwrap
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw
import docx
from docx.shared import Mm, Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
AGENCY = "pengaduan.bkpsdm@pasuruankab.go.id"
ORDER = ["name", "address", "service_description", "loss",
         "requested_resolution", "place", "date", "signed"]
WIB = dt.timezone(dt.timedelta(hours=7))
CATS = ["email_plain", "email_mime", "email_pdf", "auto_reply", "hostile"]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def when(y, mo, d, h, mi, s, tz=7):
    return dt.datetime(y, mo, d, h, mi, s,
                       tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def rfcdate(t: dt.datetime) -> str:
    return email.utils.format_datetime(t)


def wrap(text: str, width: int = 72, flowed: bool = False) -> str:
    """Wrap every paragraph (blank-line separated) without breaking words
    or hyphenated words; keep lines that look like a layout untouched."""
    out = []
    for para in text.split("\n\n"):
        if "\n" in para or len(para) <= width:
            out.append(para)
            continue
        lines = textwrap.wrap(para, width, break_long_words=False,
                              break_on_hyphens=False)
        if flowed:
            lines = [ln + " " for ln in lines[:-1]] + lines[-1:]
        out.append("\n".join(lines))
    return "\n\n".join(out)


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def rfc2047_b(text: str, charset: str = "utf-8") -> str:
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


def rfc2047_q(text: str, charset: str) -> str:
    return email.quoprimime.header_encode(text.encode(charset), charset)


def headers(frm, subject, t, msgid, extra=(), received=None, to=None):
    hs = []
    if received:
        hs.append("Received: from %s (%s)\n\tby mx1.pasuruankab.go.id (Postfix) "
                  "with ESMTPS id %s\n\tfor <%s>; %s"
                  % (received[0], received[1], received[2], AGENCY, rfcdate(t)))
    hs += ["Date: " + rfcdate(t), "From: " + frm,
           "To: " + (to or "Pengaduan BKPSDM <%s>" % AGENCY),
           "Subject: " + subject, "Message-ID: " + msgid]
    hs += list(extra)
    hs.append("MIME-Version: 1.0")
    return "\n".join(hs) + "\n"


def plain_email(frm, subject, t, msgid, body, *, charset="utf-8", cte="8bit",
                extra=(), received=None, crlf=False, flowed=False,
                ctype_charset=None):
    ct = 'text/plain; charset="%s"' % (ctype_charset or charset)
    if flowed:
        ct += "; format=flowed"
    raw_body = body.encode(charset)
    if cte == "base64":
        payload = b64(raw_body)
    elif cte == "quoted-printable":
        payload = qp(raw_body)
    else:
        payload = None
    head = headers(frm, subject, t, msgid, extra, received)
    head += "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n" % (ct, cte)
    data = head.encode("ascii") + (payload.encode("ascii") if payload is not None
                                   else raw_body)
    if not data.endswith(b"\n"):
        data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def part(ctype, body: bytes, cte, extra=""):
    if cte == "base64":
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = qp(body)
    else:
        payload = body.decode("utf-8")
    return "Content-Type: %s\n%sContent-Transfer-Encoding: %s\n\n%s" % (
        ctype, extra, cte, payload if payload.endswith("\n") else payload + "\n")


def multipart(subtype, boundary, parts, preamble="", extra_params=""):
    s = ""
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += "\n--%s\n%s" % (boundary, p)
    s += "\n--%s--\n" % boundary
    ctype = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, extra_params, boundary)
    return ctype, s


def mime_email(frm, subject, t, msgid, ctype, body, extra=(), received=None):
    head = headers(frm, subject, t, msgid, extra, received)
    head += "Content-Type: %s\n\n" % ctype
    return (head + body).encode("utf-8")


def html_page(inner: str, charset: str) -> str:
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n</head>\n<body style="font-family:Calibri,Arial,'
            'sans-serif;font-size:11pt">\n%s\n</body>\n</html>\n' % (charset, inner))


# --------------------------------------------------------------------------
# signatures, PDF and DOCX builders
# --------------------------------------------------------------------------
def scribble_png(seed: int, w=360, h=120) -> bytes:
    """A looping, handwriting-like scribble (deterministic per seed)."""
    import math
    rng = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    ink = (20, 30, 110)
    pts = []
    n = 420
    loops = rng.randint(5, 8)
    amp = [rng.uniform(14, 34) for _ in range(loops + 2)]
    for i in range(n):
        t = i / n
        k = int(t * loops)
        r = amp[k] + (amp[k + 1] - amp[k]) * (t * loops - k)
        x = 18 + t * (w - 60) + 0.8 * r * math.cos(t * loops * 2 * math.pi + 1.3)
        y = h * 0.52 - r * math.sin(t * loops * 2 * math.pi) * (0.9 - 0.3 * t)
        pts.append((x, y + 10 * t))
    d.line(pts, fill=ink, width=3, joint="curve")
    x1 = rng.uniform(30, 60)
    d.line([(x1, h - 24), (w * 0.5, h - 20 - rng.uniform(0, 8)), (w - 24, h - 30)],
           fill=ink, width=3, joint="curve")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


class LetterPDF(FPDF):
    pass


def build_pdf(ops, sig_seed=1) -> bytes:
    """ops: ('right', t) | ('para', t) | ('line', t[, indent]) | ('bold', t)
    | ('gap', mm) | ('sig', 'bezier'|'lines'|'png', indent)"""
    pdf = LetterPDF(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2026, 11, 1, 8, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_author("")
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Times", size=11.5)
    lh = 5.6
    for op in ops:
        k = op[0]
        if k == "right":
            pdf.cell(0, lh, op[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "para":
            pdf.multi_cell(0, lh, op[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "line":
            indent = op[2] if len(op) > 2 else 0
            pdf.set_x(25 + indent)
            pdf.cell(0, lh, op[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "bold":
            pdf.set_font("Times", "B", 11.5)
            pdf.cell(0, lh, op[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", size=11.5)
        elif k == "center":
            pdf.set_font("Times", "B", 13)
            pdf.cell(0, 7, op[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", size=11.5)
        elif k == "gap":
            pdf.ln(op[1])
        elif k == "sig":
            kind, indent = op[1], op[2]
            if pdf.get_y() + 24 > pdf.h - 20:
                pdf.add_page()
            x0, y0 = 25 + indent, pdf.get_y() + 1
            rng = random.Random(sig_seed)
            pdf.set_draw_color(25, 35, 120)
            pdf.set_line_width(0.55)
            if kind == "bezier":
                x = x0 + 2
                for i in range(4):
                    p = [(x, y0 + 12 + rng.uniform(-2, 2)),
                         (x + rng.uniform(3, 7), y0 + rng.uniform(0, 4)),
                         (x + rng.uniform(7, 12), y0 + 18 + rng.uniform(-2, 2)),
                         (x + rng.uniform(12, 16), y0 + 9 + rng.uniform(-3, 3))]
                    pdf.bezier(p)
                    x = p[-1][0] - 1
                pdf.bezier([(x0, y0 + 17), (x0 + 20, y0 + 21), (x0 + 40, y0 + 13),
                            (x0 + 55, y0 + 16)])
            elif kind == "lines":
                x, y = x0 + 2, y0 + 12
                for i in range(14):
                    nx = x + rng.uniform(2.5, 5.5)
                    ny = y0 + (3 if i % 2 else 16) + rng.uniform(-2.5, 2.5)
                    pdf.line(x, y, nx, ny)
                    x, y = nx, ny
                pdf.line(x0, y0 + 19, x0 + 48, y0 + 17)
            elif kind == "png":
                pdf.image(io.BytesIO(scribble_png(sig_seed)), x=x0, y=y0, w=50)
            pdf.set_y(y0 + 20)
    return bytes(pdf.output())


def fixed_zip(data: bytes) -> bytes:
    """Re-pack a zip (docx) with fixed timestamps so the bytes are stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(blocks, sig_seed=None) -> bytes:
    """blocks: ('p', text[, align]) | ('table', [(k, v), ...]) | ('h', text)
    | ('sig',)  (embedded PNG scribble) | ('blank',)"""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    fixed = dt.datetime(2026, 11, 1, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "User"
    cp.last_modified_by = "User"
    cp.revision = 1
    for b in blocks:
        if b[0] == "p":
            p = d.add_paragraph(b[1])
            if len(b) > 2 and b[2] == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b[0] == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif b[0] == "blank":
            d.add_paragraph("")
        elif b[0] == "table":
            t = d.add_table(rows=0, cols=3)
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = ":"
                cells[2].text = v
        elif b[0] == "sig":
            p = d.add_paragraph()
            p.add_run().add_picture(io.BytesIO(scribble_png(sig_seed)), width=Mm(45))
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


# --------------------------------------------------------------------------
# decoding, for the assertions
# --------------------------------------------------------------------------
class _H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(h: str) -> str:
    p = _H2T()
    p.feed(h)
    return "".join(p.out)


def pdf_text(data: bytes) -> str | None:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - optional double-check
        return None
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(pg.extract_text() or "" for pg in pdf.pages)


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" ".join(c.text for c in row.cells))
    return "\n".join(parts)


def texts_of_email(raw: bytes) -> list[str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        payload = p.get_payload(decode=True) or b""
        cs = p.get_content_charset() or "utf-8"
        if ct in ("text/plain", "text/html"):
            try:
                txt = payload.decode(cs, errors="replace")
            except LookupError:
                txt = payload.decode("utf-8", errors="replace")
            out.append(html_to_text(txt) if ct == "text/html" else txt)
        elif ct == "application/pdf":
            t = pdf_text(payload)
            if t is not None:
                out.append(t)
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(payload))
    return out


def collapse(s: str) -> str:
    return " ".join(s.split())


def has_number(text: str, digits: str) -> bool:
    """True when ``digits`` (leading 0) is written in ``text``, possibly with
    spaces, dots, dashes or brackets between the digits, or as 62/+62..."""
    sep = r"[ ().\-]{0,3}"
    forms = [digits]
    if digits.startswith("0"):
        forms.append("62" + digits[1:])
    for f in forms:
        pat = r"(?<!\d)\+?" + sep.join(f) + r"(?!\d)"
        if re.search(pat, text):
            return True
    return False


def header_date(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg["Date"].datetime.date().isoformat()


def from_addr(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg["From"].addresses[0].addr_spec.lower()


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
ITEMS: list[tuple[str, bytes, dict]] = []


def complaint(rel, data, category, g, division, note, date_text=None,
              letter_text_kind="email"):
    """g: dict of gold fields (name, address, service_description, loss,
    requested_resolution, place, date, signed, phone, nik).  email comes
    from the From: header.  Verifies the golds against the decoded file."""
    fields = {k: g.get(k) for k in ["name", "address", "service_description",
                                      "loss", "requested_resolution", "place",
                                      "date", "signed"]}
    fields["signed"] = bool(g.get("signed"))
    fields["email"] = from_addr(data)
    fields["phone"] = g.get("phone")
    fields["nik"] = g.get("nik")
    texts = [collapse(t) for t in texts_of_email(data)]
    assert texts, rel
    for k in ["name", "address", "service_description", "loss",
              "requested_resolution", "place"]:
        v = fields[k]
        if v is None:
            continue
        assert v == v.strip() and v, (rel, k)
        cv = collapse(v)
        assert any(cv in t for t in texts), "%s: gold %s not verbatim: %r" % (rel, k, v)
    if date_text is None:
        assert fields["date"] == header_date(data), (rel, fields["date"])
    else:
        assert any(collapse(date_text) in t for t in texts), (rel, date_text)
    joined = "\n".join(texts)
    if fields["phone"]:
        assert re.fullmatch(r"0\d{8,12}", fields["phone"]), rel
        assert has_number(joined, fields["phone"]), (rel, fields["phone"])
    if fields["nik"]:
        assert re.fullmatch(r"\d{16}", fields["nik"]), rel
        assert has_number(joined, fields["nik"]), (rel, fields["nik"])
    assert division in ("sekretariat", "pengadaan", "mutasi", "kompetensi",
                        "kinerja"), rel
    missing = [k for k in ORDER if (not fields[k] if k == "signed"
                                    else fields[k] is None)]
    truth = {"file": rel, "category": category, "expect_exit": 0,
             "fields": fields, "missing": missing, "complete": not missing,
             "auto_reply": False, "division": division, "ocr": False,
             "note": note}
    ITEMS.append((rel, data, truth))


def not_scored(rel, data, category, expect_exit, auto_reply, note):
    if category == "auto_reply":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg["From"], rel
    ITEMS.append((rel, data, {
        "file": rel, "category": category, "expect_exit": expect_exit,
        "fields": None, "missing": None, "complete": None,
        "auto_reply": auto_reply, "division": None, "ocr": False, "note": note}))


# ==========================================================================
# email_plain
# ==========================================================================
def p01():
    name = "Siti Nurhalimah, S.Pd.I."
    addr = "Dusun Krajan RT 02 RW 05, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan"
    desc = ("Saya adalah guru PPPK formasi tahun 2024 yang telah menandatangani "
            "perjanjian kerja pada bulan Maret 2026. Sampai hari ini petikan SK "
            "pengangkatan PPPK dan nomor induk PPPK saya belum diserahkan, sedangkan "
            "teman-teman dari sekolah lain yang mendaftar bersama saya sudah "
            "menerimanya sejak bulan Juni.")
    loss = ("Karena belum memegang SK, gaji saya selama delapan bulan baru dibayarkan "
            "sebagian melalui dana BOS sekolah dan saya tidak bisa mendaftar "
            "sertifikasi guru tahun ini.")
    req = ("Saya berharap BKPSDM segera menyerahkan petikan SK PPPK saya beserta "
           "nomor induknya, atau setidaknya memberikan keterangan resmi mengenai "
           "penyebab keterlambatan tersebut.")
    body = f"""                                              Prigen, 11 Nov. 2026

Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan SDM
Kabupaten Pasuruan
di Bangil

Dengan hormat,

Bersama surat ini saya menyampaikan pengaduan. Adapun data diri saya:

    Nama lengkap   : {name}
    No. KTP        : 3514 1052 0788 0002
    Alamat rumah   : {addr}
    Telepon/WA     : 0856-4812-3307
    Unit kerja     : SDN Ledug 2, Kecamatan Prigen

Permasalahan:
{wrap(desc, 70)}

Kerugian yang diderita:
{wrap(loss, 70)}

Harapan:
{wrap(req, 70)}

Demikian pengaduan ini saya buat dengan sebenarnya. Terima kasih atas
perhatian dan bantuan Bapak/Ibu.

                                              Salam hormat,


                                              {name}
"""
    t = when(2026, 11, 12, 7, 41, 9)
    data = plain_email("Siti Nurhalimah <siti.nurhalimah88@example.com>",
                       "Pengaduan SK PPPK belum diterima", t,
                       "<a8e1c0f2-11b4-4d1e-9f0a-p01@mail.example.com>", body,
                       received=("mail.example.com", "mail.example.com [198.51.100.17]", "4A1C22F019"),
                       extra=("User-Agent: Mozilla Thunderbird",))
    complaint("email_plain/h4p01.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Prigen", date="2026-11-11", signed=True,
        phone="085648123307", nik="3514105207880002"), "pengadaan",
        "complete; labels Nama lengkap/No. KTP/Alamat rumah/Permasalahan/Kerugian yang diderita/Harapan; letter dated a day before Date:; spaced NIK",
        date_text="Prigen, 11 Nov. 2026")


def p02():
    addr = "Jalan Mangga Nomor 7 RT 01 RW 03, Desa Karangsono, Kecamatan Sukorejo"
    desc = ("Dalam SK pensiun yang saya terima dari BKPSDM, masa kerja golongan saya "
            "tercatat 28 tahun 2 bulan, padahal seharusnya 32 tahun 4 bulan karena "
            "masa kerja saya sebagai guru honorer yang sudah diakui dalam SK CPNS "
            "tidak ikut dihitung. Saya sudah dua kali datang ke loket untuk meminta "
            "perbaikan, tetapi hanya diminta menunggu.")
    loss = ("Akibatnya besaran pensiun pokok yang dibayarkan PT Taspen kepada saya "
            "lebih kecil sekitar Rp 380.000 setiap bulan dibanding yang seharusnya "
            "saya terima.")
    req = ("Saya mohon agar SK pensiun saya diralat dengan masa kerja yang benar dan "
           "ralat tersebut dikirimkan ke PT Taspen supaya kekurangan pembayaran "
           "dapat dirapel.")
    body = f"""Kepada Bapak Kepala BKPSDM Kabupaten Pasuruan,

Dengan hormat,

Saya yang bertanda tangan di bawah ini, nama saya Suyitno, NIP 19640512 198603 1 011, pensiunan guru SD Negeri Karangsono 1 sejak 1 Juni 2026, tinggal di {addr}, dengan ini ingin menyampaikan keluhan mengenai SK pensiun saya.

{desc}

{loss} Bagi saya yang sudah tidak bekerja, jumlah itu sangat berarti.

{req}

Atas perhatiannya saya sampaikan terima kasih.

Sukorejo, 2026-11-09
Yang menyampaikan,

Suyitno
HP 62 813 3570 2291
"""
    t = when(2026, 11, 10, 9, 12, 45)
    data = plain_email("suyitno.pens@example.net", "Keluhan masa kerja di SK pensiun", t,
                       "<20261110091245.7731@example.net>", wrap(body, 76))
    complaint("email_plain/h4p02.eml", data, "email_plain", dict(
        name="Suyitno", address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Sukorejo", date="2026-11-09", signed=True,
        phone="081335702291", nik=None), "pengadaan",
        "complete; running prose, identity in a sentence; NIP (18 digits) is not a NIK; place/date after the closing in ISO form; phone written 62 813...",
        date_text="Sukorejo, 2026-11-09")


def p03():
    desc = ("sy ngajuin cuti tahunan 3 hari tgl 4-6 nov lwt aplikasi, sdh di acc "
            "kepsek tp di sistem bkpsdm statusnya malah ditolak tanpa alasan. sy tlp "
            "ke kantor katanya nanti dicek, smp skrg tdk ada kabar.")
    loss = ("krn itu sy tercatat tdk masuk tanpa keterangan 3 hari & tpp bln ini "
            "kepotong, lumayan bgt buat sy")
    req = ("mohon dibantu dibetulkan status cutinya jd disetujui ya bu/pak biar tpp "
           "sy dikembalikan")
    body = f"""slmt malam bpk/ibu admin pengaduan,
sy Rina Kusumawati guru kelas di SDN Pecalukan 3, mau komplain.

{desc}

{loss} \U0001F622

{req}

makasih bnyk
rina
0877 5120 9934
"""
    t = when(2026, 11, 14, 21, 17, 45)
    data = plain_email("rina kusumawati <rinakusuma.sdn@example.net>",
                       "cuti sy ditolak sistem??", t,
                       "<CAF8x2kR0p03vZq@mail.example.net>", body)
    complaint("email_plain/h4p03.eml", data, "email_plain", dict(
        name="Rina Kusumawati", address=None, service_description=desc, loss=loss,
        requested_resolution=req, place=None, date="2026-11-14", signed=True,
        phone="087751209934"), "kinerja",
        "chatty lowercase WhatsApp style with abbreviations and emoji; no address, no place/date line (date from Date:); informal closing 'makasih bnyk / rina'")


def p04():
    name = "Andreas Wibisono, M.Sc."
    addr = "Perumahan Pandaan Asri Blok F No. 14, Desa Sumbergedang, Pandaan, Pasuruan 67156"
    desc = ("I completed my Master of Science in Environmental Management at a "
            "university in the Netherlands in 2025 with official permission from the "
            "regency. My application for degree recognition was submitted in May 2026 "
            "together with the equivalence letter from the Ministry of Education, yet "
            "in October the application was returned with a note saying that foreign "
            "degrees \"cannot be processed\", without any reference to a regulation.")
    loss = ("As a result, my degree is still not recorded in SIASN, so I could not "
            "apply for the functional position of Environmental Impact Analyst that "
            "opened in October, and I have spent considerable time and money on "
            "translations and legalisations that now seem wasted.")
    req = ("I request that BKPSDM review my application again on the basis of the "
           "equivalence letter and, if further documents are required, inform me in "
           "writing which documents and on which legal basis.")
    body = f"""To: The Head of BKPSDM, Pasuruan Regency
Re: Complaint regarding the recognition of my master's degree

Dear Sir or Madam,

I am writing to file a formal complaint about the handling of my
application for degree recognition (pencantuman gelar). My details are as
follows:

Full name     : {name}
Home address  : {addr}
Mobile        : +62 813-3024-8816
Employer      : Dinas Lingkungan Hidup Kabupaten Pasuruan

Complaint:
{wrap(desc)}

Impact:
{wrap(loss)}

Requested action:
{wrap(req)}

Thank you for your attention. I look forward to your reply.

Pasuruan, November 12, 2026

Sincerely,
{name}
"""
    t = when(2026, 11, 12, 20, 3, 11)
    data = plain_email("Andreas Wibisono <andreas.wibisono@example.org>",
                       "Complaint: degree recognition application returned", t,
                       "<5e3b9a71.p04@example.org>", body)
    complaint("email_plain/h4p04.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Pasuruan", date="2026-11-12", signed=True,
        phone="081330248816"), "kompetensi",
        "complete; letter fully in English, labels Full name/Home address/Complaint/Impact/Requested action; US-style date",
        date_text="Pasuruan, November 12, 2026")


def p05():
    name = "SLAMET RIYADI"
    addr = "DUSUN SUMBERSARI RT 04 RW 01 DESA WONOSARI KECAMATAN GONDANGWETAN"
    desc = ("PADA TANGGAL 20 OKTOBER 2026 SAAT SAYA MENYERAHKAN BERKAS USUL KENAIKAN "
            "PANGKAT DI LOKET BKPSDM, SEORANG PEGAWAI MENAWARKAN UNTUK MEMPERCEPAT "
            "PROSES DENGAN MEMINTA UANG RP 1.500.000. KETIKA SAYA MENOLAK, PEGAWAI "
            "TERSEBUT MENGATAKAN BERKAS SAYA BISA SAJA TERSELIP DAN TIDAK DIPROSES "
            "PERIODE INI.")
    loss = ("KARENA TAKUT BERKAS SAYA TIDAK DIPROSES, SAYA AKHIRNYA MENYERAHKAN UANG "
            "RP 1.000.000 TANPA KUITANSI DAN SAMPAI SEKARANG SAYA MERASA TERTEKAN "
            "SETIAP KALI HARUS DATANG KE KANTOR TERSEBUT.")
    req = ("SAYA MEMINTA AGAR PEGAWAI TERSEBUT DIPERIKSA DAN DIBERI SANKSI, UANG SAYA "
           "DIKEMBALIKAN, DAN IDENTITAS SAYA SEBAGAI PELAPOR DIRAHASIAKAN.")
    body = f"""KEPADA YTH. KEPALA BKPSDM KABUPATEN PASURUAN
DI TEMPAT

DENGAN HORMAT,
SAYA YANG BERTANDA TANGAN DI BAWAH INI:
NAMA      : {name}
NIK       : 3514121703710004
ALAMAT    : {addr}
NO HP     : 0812 3099 4410

DENGAN INI MELAPORKAN KEJADIAN SEBAGAI BERIKUT.

{wrap(desc, 74)}

{wrap(loss, 74)}

{wrap(req, 74)}

DEMIKIAN PENGADUAN INI SAYA BUAT DENGAN SEBENARNYA.

GONDANGWETAN, 2 NOVEMBER 2026
HORMAT SAYA,

{name}
"""
    t = when(2026, 11, 2, 11, 58, 2)
    data = plain_email("SLAMET RIYADI <slametriyadi1971@example.com>",
                       "LAPORAN PUNGUTAN LIAR KENAIKAN PANGKAT", t,
                       "<CAKx81p05Bz-riyadi@mail.example.com>", body)
    complaint("email_plain/h4p05.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="GONDANGWETAN", date="2026-11-02",
        signed=True, phone="081230994410", nik="3514121703710004"), "sekretariat",
        "complete; whole letter in ALL CAPS; illegal fee while filing kenaikan pangkat -> sekretariat",
        date_text="GONDANGWETAN, 2 NOVEMBER 2026")


def p06():
    name = "Ir. Bagus Setiawan Purnomo"
    addr = "Jl. Raya Pohjentrek No. 45, Desa Sukorejo, Kec. Pohjentrek, Kab. Pasuruan"
    desc = ("Berdasarkan hasil rapat tim penilai kinerja bulan September 2026, saya "
            "diusulkan mutasi dari Kepala Seksi Irigasi di Dinas PU Sumber Daya Air ke "
            "jabatan setingkat di Dinas Pertanian. Namun SK mutasi yang terbit pada 1 "
            "Oktober 2026 justru menempatkan saya di Kecamatan Lumbang sebagai Kepala "
            "Seksi Ketenteraman dan Ketertiban, jabatan yang sama sekali tidak sesuai "
            "dengan latar belakang pendidikan teknik saya dan tidak pernah dibahas "
            "dengan saya.")
    loss = ("Saya harus menempuh perjalanan 70 km setiap hari dari rumah ke kantor "
            "kecamatan, pekerjaan di bidang irigasi yang sedang saya tangani "
            "terbengkalai, dan saya merasa kompetensi saya tidak dihargai.")
    req = ("Mohon agar SK mutasi tersebut ditinjau kembali dan saya ditempatkan pada "
           "jabatan yang sesuai dengan kompetensi teknik yang saya miliki, "
           "sebagaimana hasil rapat sebelumnya.")
    ind = lambda s: textwrap.indent(wrap(s, 68), "   ")
    body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
Komplek Perkantoran Jl. Raya Raci KM. 9
Bangil - Pasuruan 67153

Perihal : Pengaduan atas penempatan dalam SK mutasi

Dengan hormat,

1. Identitas Pelapor
   a. Nama     : {name}
   b. NIK      : 3514 0312 0588 0003
   c. Alamat   : {addr}
   d. Telepon  : 0821-4455-0917

2. Kronologis Kejadian
{ind(desc)}

3. Akibat yang Dialami
{ind(loss)}

4. Tuntutan
{ind(req)}

Demikian pengaduan ini saya sampaikan untuk dapat ditindaklanjuti.

Pohjentrek, Senin, 2 November 2026

Hormat saya,



{name}
"""
    t = when(2026, 11, 3, 7, 5, 0)
    data = plain_email("Bagus Setiawan <bagus.setiawan.ir@example.com>",
                       "Pengaduan SK mutasi", t, "<p06.20261103070500@example.com>", body,
                       received=("smtp.example.com", "smtp.example.com [203.0.113.61]", "9D77E1A2B3"))
    complaint("email_plain/h4p06.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Pohjentrek", date="2026-11-02", signed=True,
        phone="082144550917", nik="3514031205880003"), "mutasi",
        "complete; numbered sections 1. Identitas Pelapor / 2. Kronologis Kejadian / 3. Akibat yang Dialami / 4. Tuntutan; agency address in the heading; weekday in the date",
        date_text="Pohjentrek, Senin, 2 November 2026")


def p07():
    addr = "Dusun Sumberanyar RT 03 RW 02, Desa Penunggul, Kecamatan Nguling"
    desc = ("Permohonan Kartu Istri (Karis) untuk kula sampun diajukan suami kula "
            "lewat sekolah sejak bulan Mei 2026, namun sampai sekarang kartu tersebut "
            "dereng jadi. Suami kula sampun tiga kali tanglet ke loket dan jawabannya "
            "selalu blangkonya habis.")
    req = ("Kula nyuwun supados Karis kula segera dicetak, utawi kula diberi surat "
           "keterangan pengganti sementara.")
    body = f"""Kagem Bapak/Ibu ingkang kinurmatan
Tim Pengaduan BKPSDM Kabupaten Pasuruan

Assalamualaikum wr. wb.

Nyuwun sewu sakderengipun. Kula Suwarni, garwanipun Bapak Sukardi, guru SMPN 1 Nguling. Kula tinggal wonten {addr}, nomor HP kula 0838 3312 6670.

Kula badhe matur babagan Karis. {desc}

{req}

Matur nuwun sanget atas perhatosanipun.
Wassalamualaikum wr. wb.

Nguling, 03-11-2026
Hormat kula,

Suwarni
"""
    t = when(2026, 11, 3, 13, 26, 40)
    data = plain_email("Suwarni <suwarni.nguling@example.org>", "Nyuwun pirsa Karis", t,
                       "<b7d2e9a1-p07@example.org>", wrap(body, 72))
    complaint("email_plain/h4p07.eml", data, "email_plain", dict(
        name="Suwarni", address=addr, service_description=desc, loss=None,
        requested_resolution=req, place="Nguling", date="2026-11-03", signed=True,
        phone="083833126670"), "pengadaan",
        "Javanese-flavoured (kula, nyuwun, sampun, dereng, matur nuwun); no loss; date dd-mm-yyyy",
        date_text="Nguling, 03-11-2026")


def p08():
    name = "Endah Prasetyaningrum, S.Sos."
    addr = "Jl. Kartini Gg. III No. 8, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan"
    desc = ("Saya ditunjuk sebagai peserta Pelatihan Kepemimpinan Pengawas angkatan "
            "III tahun 2026 berdasarkan surat panggilan BKPSDM tanggal 3 Agustus 2026. "
            "Dua hari sebelum pelatihan dimulai nama saya dicoret dan diganti peserta "
            "lain tanpa pemberitahuan tertulis, dan ketika saya konfirmasi, petugas "
            "bidang hanya menjawab bahwa kuota sudah penuh.")
    loss = ("Saya sudah membayar uang muka penginapan di Malang sebesar Rp 1.200.000 "
            "yang tidak dapat dikembalikan, dan karena belum mengikuti pelatihan "
            "tersebut, saya terancam diberhentikan dari jabatan pengawas yang saya "
            "duduki sejak Januari.")
    req = ("Mohon saya dijadwalkan sebagai peserta pada angkatan berikutnya dan diberi "
           "penjelasan tertulis mengenai alasan pencoretan nama saya.")
    body = f"""Dengan hormat,
Menanggapi email Bapak/Ibu, berikut saya lengkapi pengaduan saya.

Nama lengkap : {name}
Alamat       : {addr}
HP           : 0813-5877-2145

Uraian pengaduan:
{wrap(desc)}

Akibat bagi saya:
{wrap(loss)}

Permohonan:
{wrap(req)}

Bangil, 10 November 2026

Hormat saya,
{name}

Pada Sen, 9 Nov 2026 pukul 10.12 Tim Pengaduan BKPSDM <{AGENCY}> menulis:
> Yth. Ibu Endah,
>
> Terima kasih atas pesan Ibu. Agar dapat kami proses, mohon pengaduan
> dilengkapi dengan nama dan alamat lengkap, uraian kerugian yang Ibu
> alami, permintaan penyelesaian, serta tempat dan tanggal surat.
>
> Hormat kami,
> Tim Pengaduan BKPSDM Kabupaten Pasuruan
>
>> Pada Jum, 6 Nov 2026 pukul 19.40 Endah P <endah.prasetya@example.com> menulis:
>> Selamat malam, saya mau melaporkan nama saya dicoret dari daftar
>> peserta PKP angkatan III tanpa pemberitahuan. Mohon ditindaklanjuti.
"""
    t = when(2026, 11, 10, 6, 48, 30)
    data = plain_email("Endah P <endah.prasetya@example.com>",
                       "Re: Pengaduan pencoretan peserta PKP", t,
                       "<CAB9qq-p08-endah@mail.example.com>", body,
                       extra=("In-Reply-To: <pgd.20261109101200.4410@pasuruankab.go.id>",
                              "References: <CAB9qq-p08-first@mail.example.com> <pgd.20261109101200.4410@pasuruankab.go.id>"))
    complaint("email_plain/h4p08.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Bangil", date="2026-11-10", signed=True,
        phone="081358772145"), "kompetensi",
        "complete; reply that completes an earlier mail, quoted chain (Pada ... menulis:) with the desk's own closing below; labels Uraian pengaduan/Akibat bagi saya/Permohonan",
        date_text="Bangil, 10 November 2026")


def p09():
    addr = "Jl. Cempaka No. 21 RT 05 RW 02, Kelurahan Gempeng, Kecamatan Bangil"
    desc = ("Suami saya meninggal dunia pada tanggal 14 Juli 2026. Berkas permohonan "
            "pensiun janda sudah saya serahkan ke BKPSDM pada akhir Juli 2026 lengkap "
            "dengan akta kematian dan surat keterangan janda dari kelurahan, tetapi "
            "sampai pertengahan November SK pensiun janda belum juga terbit dan setiap "
            "saya menanyakan, petugas menyatakan berkas masih di BKN.")
    loss = ("Sejak Agustus saya tidak lagi menerima uang pensiun sama sekali, padahal "
            "itu satu-satunya penghasilan saya, sehingga saya harus berutang kepada "
            "tetangga untuk membayar obat dan kebutuhan sehari-hari.")
    req = ("Saya memohon dengan sangat agar BKPSDM membantu menanyakan langsung ke BKN "
           "dan mempercepat penerbitan SK pensiun janda saya.")
    body = f"""Selamat siang,

Saya teruskan surat pengaduan dari ibu saya yang tidak memiliki email.
Mohon dibantu. Terima kasih.

Dewi

---------- Forwarded message ---------
From: Dewi Anggraini <dewi.anggraini@example.net>
Date: Sel, 17 Nov 2026 pukul 08.02
Subject: surat ibu
To: Dewi Anggraini <dewi.anggraini@example.net>


Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Yang bertanda tangan di bawah ini, saya Hj. Muntamah, janda dari almarhum Bapak Sutrisno (pensiunan PNS Dinas Kesehatan), beralamat di {addr}, dengan ini menyampaikan pengaduan sebagai berikut.

{desc}

{loss}

{req}

Bangil, 16 November 2026
Hormat saya,

Hj. Muntamah
Telp. 0343 746 512
"""
    t = when(2026, 11, 18, 12, 30, 5)
    data = plain_email("Dewi Anggraini <dewi.anggraini@example.net>",
                       "Fwd: surat ibu", t, "<CAM4p09fwd77@mail.example.net>",
                       wrap(body, 78))
    complaint("email_plain/h4p09.eml", data, "email_plain", dict(
        name="Hj. Muntamah", address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Bangil", date="2026-11-16", signed=True,
        phone="0343746512"), "pengadaan",
        "complete; forwarded message: daughter forwards her mother's letter (complainant is the letter's author, email from From:); landline phone",
        date_text="Bangil, 16 November 2026")


def p10():
    desc = ("Sejak bulan Juli 2026 atasan langsung saya dimutasi dan jabatan kepala "
            "puskesmas kosong, sehingga rencana dan realisasi SKP saya di aplikasi "
            "e-Kinerja tidak dapat dinilai oleh siapa pun. Admin BKPSDM sudah saya "
            "hubungi lewat helpdesk dua kali untuk meminta penggantian pejabat penilai, "
            "tetapi tiket saya ditutup tanpa penyelesaian.")
    loss = ("Akibat SKP triwulan III yang belum dinilai, TPP saya bulan Oktober tidak "
            "dapat dicairkan dan saya tidak bisa mengunggah syarat untuk usul kenaikan "
            "pangkat.")
    req = ("Saya mohon BKPSDM menetapkan pejabat penilai kinerja pengganti untuk "
           "pegawai Puskesmas Kraton dan membuka kembali periode penilaian triwulan "
           "III agar SKP saya bisa dinilai.")
    body = f"""Yth. Bapak/Ibu Petugas Pengaduan,

Perkenankan saya, Fajar Nugroho, S.KM, pelaksana pada Puskesmas Kraton, menyampaikan keluhan terkait penilaian kinerja.

{desc}

{loss}

{req}

Terima kasih atas bantuannya.

Salam,
Fajar Nugroho

--
Fajar Nugroho, S.KM
Pelaksana / Pengelola Data Kesehatan
Puskesmas Kraton \u2013 Dinas Kesehatan Kab. Pasuruan
T: +62 857-3341-0096
E: fajar.nugroho@dinkes.example.org

DISCLAIMER: Email ini beserta lampirannya hanya ditujukan untuk penerima yang dituju dan dapat berisi informasi rahasia. Jika Anda bukan penerima yang dimaksud, mohon segera hapus email ini dan beri tahu pengirim. Segala bentuk penyebaran tanpa izin dilarang.
"""
    t = when(2026, 11, 19, 13, 5, 51)
    data = plain_email("Fajar Nugroho <fajar.nugroho@dinkes.example.org>",
                       "Keluhan: SKP tidak dapat dinilai (pejabat penilai kosong)", t,
                       "<0f9e6c3a.p10@dinkes.example.org>", wrap(body, 72),
                       extra=("X-Mailer: Microsoft Outlook 16.0",))
    complaint("email_plain/h4p10.eml", data, "email_plain", dict(
        name="Fajar Nugroho, S.KM", address=None, service_description=desc,
        loss=loss, requested_resolution=req, place=None, date="2026-11-19",
        signed=True, phone="085733410096"), "kinerja",
        "no address, no place/date line; corporate e-mail signature with job title, phone and disclaimer under the closing")


def p11():
    name = "Sugeng Hariyanto"
    addr = "Desa Pejangkungan RT 01 RW 04, Kecamatan Rembang, Kabupaten Pasuruan"
    loss = ("Saya merasa sangat dirugikan secara moril karena di antara rekan "
            "seangkatan di kantor, hanya saya yang tidak menerima tanda kehormatan "
            "Satyalancana Karya Satya XX Tahun pada upacara bulan Agustus 2026, "
            "padahal masa kerja dan catatan disiplin saya sama dengan mereka.")
    req = ("Oleh karena itu saya mohon agar bidang terkait memeriksa kembali data "
           "usulan tahun 2026 dan mengusulkan nama saya pada periode usulan "
           "berikutnya, disertai penjelasan mengapa nama saya tidak tercantum.")
    desc = ("Saya diangkat sebagai CPNS pada 1 Maret 2006 dan telah mengabdi selama 20 "
            "tahun tanpa pernah dijatuhi hukuman disiplin. Bagian kepegawaian kantor "
            "saya menyatakan bahwa berkas usulan sudah dikirim ke BKPSDM pada bulan "
            "Februari, namun nama saya tidak tercantum dalam keputusan yang diterima, "
            "dan BKPSDM tidak pernah memberi tahu adanya kekurangan berkas.")
    body = f"""Kepada Yth. Kepala BKPSDM Kab. Pasuruan

Hal: Keberatan atas tidak diusulkannya Satyalancana Karya Satya XX Tahun

Dengan hormat,

{loss}

{req}

Adapun duduk perkaranya sebagai berikut. {desc}

Identitas saya:
Nama Pelapor  : {name}
Unit Kerja    : Kantor Kecamatan Rembang
Alamat rumah  : {addr}
Kontak        : 0852 3187 4460

Rembang, 6 November 2026
Hormat saya,
{name}
"""
    t = when(2026, 11, 6, 15, 40, 21)
    data = plain_email("Sugeng Hariyanto <sugeng.hariyanto@example.com>",
                       "Keberatan Satyalancana Karya Satya", t,
                       "<p11.sugeng.2026@example.com>", wrap(body, 72))
    complaint("email_plain/h4p11.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Rembang", date="2026-11-06", signed=True,
        phone="085231874460"), "kinerja",
        "complete; loss and request come before the description; identity block at the end",
        date_text="Rembang, 6 November 2026")


def p12():
    desc = ("Nilai SKD saya di layar setelah tes itu 412 (TWK 95, TIU 160, TKP 157), "
            "tapi di pengumuman resmi yg di-upload di website BKPSDM tanggal 5 Nov "
            "nama saya ga ada di daftar peserta yg lolos ke SKB, padahal peringkat 3 "
            "di formasi itu nilainya cuma 398. Saya sudah email ke helpdesk panselda "
            "tapi belum ada reply sama sekali.")
    req = ("Please cek ulang data nilai saya dan kalau memang ada error, tolong "
           "revisi pengumumannya sebelum jadwal SKB keluar.")
    body = f"""Hi tim pengaduan BKPSDM,

I'm Kevin Pratama, peserta CPNS 2026 formasi Pranata Komputer Ahli Pertama (WA: 6281290017745). Mau complain soal pengumuman hasil SKD.

{desc}

{req}

Thanks

Sent from my iPhone
"""
    t = when(2026, 11, 8, 10, 22, 3)
    data = plain_email("kevin.pratama99@example.com", "complain soal hasil SKD CPNS", t,
                       "<8C1F2E7A-P12-4B0D@example.com>", body,
                       extra=("X-Mailer: iPhone Mail (22A3354)",))
    complaint("email_plain/h4p12.eml", data, "email_plain", dict(
        name="Kevin Pratama", address=None, service_description=desc, loss=None,
        requested_resolution=req, place=None, date="2026-11-08", signed=False,
        phone="081290017745"), "pengadaan",
        "mixed Indonesian/English chatty mail; no address, no loss, no place/date, closing without a name ('Thanks' + Sent from my iPhone); phone as 62812...")


def p13():
    desc = ("Beberapa guru di kecamatan kami yang mengajukan pindah tugas ke sekolah "
            "dekat rumah didatangi seseorang yang mengaku staf bidang mutasi BKPSDM. "
            "Orang tersebut meminta 'uang koordinasi' Rp 5.000.000 sampai Rp 7.500.000 "
            "per orang dan menjanjikan SK mutasi terbit dalam satu bulan. Yang tidak "
            "membayar diberi tahu bahwa usulannya tidak akan diproses.")
    loss = ("Saya dan dua rekan sudah terlanjur mentransfer Rp 5.000.000 ke rekening "
            "pribadi orang tersebut pada bulan September, tetapi SK tidak pernah terbit "
            "dan nomor teleponnya sekarang tidak aktif.")
    req = ("Kami meminta BKPSDM memastikan apakah orang itu benar pegawai BKPSDM, "
           "melaporkannya ke aparat penegak hukum, dan mengumumkan kepada guru-guru "
           "bahwa pengurusan mutasi tidak dipungut biaya.")
    body = f"""Kepada Tim Pengaduan BKPSDM,

Mohon maaf saya tidak mencantumkan nama. Saya guru di wilayah Kecamatan Lekok dan takut dipersulit kalau identitas saya diketahui.

{desc}

{loss}

{req}

Bukti transfer bisa saya kirimkan kalau identitas saya dijamin dirahasiakan.

Wassalam.
"""
    t = when(2026, 11, 11, 22, 48, 10)
    data = plain_email("suara.guru.pasuruan@example.org",
                       "Laporan oknum minta uang untuk mutasi", t,
                       "<anon.p13.1731339690@example.org>", wrap(body, 70))
    complaint("email_plain/h4p13.eml", data, "email_plain", dict(
        name=None, address=None, service_description=desc, loss=loss,
        requested_resolution=req, place=None, date="2026-11-11", signed=False),
        "sekretariat",
        "anonymous report of extortion in the name of the mutasi division -> sekretariat; no name, address, place, signature")


def p14():
    name = "NURUL HIDAYAH, S.Pd."
    addr = "Perum Kahuripan Nirwana Blok AB-3 No. 17, Desa Gempol, Kec. Gempol"
    desc = ("Saya mengajukan permohonan surat izin belajar untuk Program Studi S2 "
            "Pendidikan Dasar melalui aplikasi layanan BKPSDM pada tanggal 2 Juni 2026. "
            "Status permohonan di aplikasi berhenti pada tahap \"verifikasi bidang\" "
            "selama lebih dari lima bulan, padahal standar pelayanan menyebutkan izin "
            "belajar selesai dalam 14 hari kerja.")
    loss = ("Pihak kampus menahan kartu hasil studi semester pertama saya sampai surat "
            "izin belajar diserahkan, dan saya khawatir ijazah saya nanti tidak dapat "
            "digunakan untuk kenaikan pangkat penyesuaian ijazah.")
    req = ("Surat izin belajar saya diterbitkan paling lambat akhir November 2026, dan "
           "status layanan di aplikasi diperbarui supaya pemohon dapat mengetahui "
           "posisi berkasnya.")
    body = f"""Nomor    : -
Lampiran : 2 lembar
Hal      : Pengaduan izin belajar

Gempol, 16 Nov 2026

Kepada
Yth. Kepala BKPSDM
Kabupaten Pasuruan

Dengan hormat,
bersama ini saya sampaikan pengaduan dengan data sebagai berikut:

NAMA PELAPOR   : {name}
NIP            : 19890304 201903 2 012
DOMISILI       : {addr}
NO. WHATSAPP   : 0896 5432 1180

URAIAN PENGADUAN :
{wrap(desc)}

DAMPAK :
{wrap(loss)}

SOLUSI YANG DIHARAPKAN :
{wrap(req)}

Demikian, atas perhatian Bapak/Ibu saya sampaikan terima kasih.

Hormat saya,

{name}
"""
    t = when(2026, 11, 16, 19, 2, 33)
    data = plain_email("Nurul Hidayah <nurulhidayah.spd@example.com>",
                       "Pengaduan izin belajar S2", t,
                       "<p14-7fe0c2@mail.example.com>", body)
    complaint("email_plain/h4p14.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Gempol", date="2026-11-16", signed=True,
        phone="089654321180"), "kompetensi",
        "complete; ALL-CAPS labels NAMA PELAPOR/DOMISILI/URAIAN PENGADUAN/DAMPAK/SOLUSI YANG DIHARAPKAN; place/date above the address block; NIP not NIK",
        date_text="Gempol, 16 Nov 2026")


def p15():
    addr = "Jl. Gajah Mada gg 4 no 12 RT 3 RW 7 kel. Kalirejo kec. Bangil"
    desc = ("Pada hari kamis tgl 12 nov sya datang utk legalisir SK dan antri di ruang "
            "tunggu lantai 1. ruang tunggu nya sempit dan panas krn AC mati, kursinya "
            "cuma 10 sdgkan yg antri lbh dr 40 org, toilet nya juga dikunci dgn alasan "
            "rusak. mesin antrian juga tdk berfungsi jd antrian nya berebut.")
    loss = ("akibat nya saya harus berdiri hampir 3 jam, ibu2 hamil dan lansia ada yg "
            "sampai pusing, dan saya jadi terlambat kembali ke kantor sehingga dapat "
            "teguran dari atasan.")
    body = f"""Kpd Yth
Bpk/ibu kepala BKPSDM kab pasuruan

Dengan hormt,
sya yg bertanda tangan dibawah ini
nama : Joko Susilo
almat : {addr}
hp : 0822 3140 7785

ingin menyampaikan keluhan ttg fasilitas pelayanan di kantor BKPSDM. {desc}

{loss}

Sekian keluhan sya, trimakasih.

Bangil 17/11/2026
Hormat saya
"""
    t = when(2026, 11, 17, 16, 30, 0)
    data = plain_email("Joko Susilo <jokosusilo.bgl@example.net>", "keluhan ruang tunggu",
                       t, "<p15.jokos.20261117@example.net>", wrap(body, 72))
    complaint("email_plain/h4p15.eml", data, "email_plain", dict(
        name="Joko Susilo", address=addr, service_description=desc, loss=loss,
        requested_resolution=None, place="Bangil", date="2026-11-17", signed=False,
        phone="082231407785"), "sekretariat",
        "typo-heavy letter about waiting room/toilets/queue machine (facilities); no request; 'Hormat saya' without a name; date dd/mm/yyyy without comma",
        date_text="Bangil 17/11/2026")


def p16():
    name = "Drs. Mochammad Ichwan"
    addr = "Jl. Anggrek No. 3, Desa Parasrejo, Kecamatan Pohjentrek, Kabupaten Pasuruan 67171"
    desc = ("Sejak penyederhanaan birokrasi, saya termasuk pejabat administrasi yang "
            "disetarakan ke jabatan fungsional Analis Kebijakan Ahli Muda. Uji "
            "kompetensi penyesuaian sudah saya ikuti dan dinyatakan lulus pada bulan "
            "Mei 2026, namun SK pengangkatan dalam jabatan fungsional tersebut belum "
            "diterbitkan, sementara rekan-rekan lain yang lulus bersamaan sudah "
            "dilantik pada bulan Agustus.")
    loss = ("Selama SK belum terbit, tunjangan jabatan fungsional saya tidak dibayarkan "
            "dan angka kredit saya tidak dapat dihitung, sehingga kesempatan kenaikan "
            "pangkat tahun depan ikut tertunda.")
    req = ("Bersama ini saya mohon agar BKPSDM segera menerbitkan SK pengangkatan saya "
           "dalam jabatan fungsional Analis Kebijakan Ahli Muda dan menjadwalkan "
           "pelantikan saya.")
    body = f"""Pohjentrek, 2026-11-12

Nomor   : 01/PGD/XI/2026
Perihal : Pengaduan atas tertundanya pengangkatan jabatan fungsional

Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan
Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil

Dengan hormat,

Pelapor          : {name}
Tempat tinggal   : {addr}
Jabatan          : Analis Kebijakan (proses penyesuaian)
Telepon          : +62 822-3377-1904

Permasalahan
{wrap(desc)}

Kerugian
{wrap(loss)}

Permohonan
{wrap(req)}

Demikian pengaduan ini disampaikan.

Hormat saya,
ttd
{name}
"""
    t = when(2026, 11, 12, 10, 18, 44)
    data = plain_email("M. Ichwan <ichwan.mochammad@example.org>",
                       "Pengaduan pengangkatan jabatan fungsional", t,
                       "<4c1d8e2b9f.p16@example.org>", body, crlf=True)
    complaint("email_plain/h4p16.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Pohjentrek", date="2026-11-12", signed=True,
        phone="082233771904"), "mutasi",
        "complete; labels Pelapor/Tempat tinggal, headings without colons; ISO date at the top; agency address in the heading; CRLF",
        date_text="Pohjentrek, 2026-11-12")


def p17():
    addr = "Jl. Hayam Wuruk No. 88, Kelurahan Dermo, Bangil"
    desc = ("My date of birth and my NI PPPK in SIASN were swapped with another "
            "employee who has the same name, so my contract extension letter was "
            "issued under her number. I reported this to the hospital HR in September, "
            "and they said they had sent a correction request to BKPSDM, but nothing "
            "has changed.")
    loss = ("As a result, my October salary was transferred to the other employee's "
            "account and I had to borrow money to pay my children's school fees.")
    req = ("Please correct my data in SIASN and reissue my contract extension letter "
           "with the right number, and help me recover my October salary.")
    body = f"""Dear BKPSDM complaints team,

My name is Maya Sari Dewi, a PPPK nurse at RSUD Bangil, living at {addr}. I am including my earlier correspondence with the hospital HR staff below, since they told me the problem can only be fixed by BKPSDM.

{desc}

{loss}

{req}

Best regards,
Maya Sari Dewi
0813-3166-2098

On Fri, Nov 13, 2026 at 2:05 PM Kepegawaian RSUD Bangil <kepegawaian.rsud@example.org> wrote:
> Dear Ms. Maya,
> We forwarded your correction request to BKPSDM on 24 September 2026.
> Please contact the BKPSDM complaints desk directly for follow-up.
>
> Regards,
> Nanang Kosasih
> HR Section, RSUD Bangil
>
> On Thu, Nov 12, 2026 at 9:41 AM Maya Sari Dewi <mayasari.dewi@example.com> wrote:
>> Pak Nanang, is there any news on my SIASN data correction?
>> Thank you.
"""
    t = when(2026, 11, 16, 0, 34, 12)
    data = plain_email("Maya Sari Dewi <mayasari.dewi@example.com>",
                       "Fwd: Re: SIASN data correction", t,
                       "<CAJp17mayaXq0@mail.example.com>", wrap(body, 74))
    complaint("email_plain/h4p17.eml", data, "email_plain", dict(
        name="Maya Sari Dewi", address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place=None, date="2026-11-16", signed=True,
        phone="081331662098"), "pengadaan",
        "English letter over a quoted English chain (On ... wrote:); no place/date line; Date: is 00:34 +0700 so the UTC day differs")


def p18():
    desc = ("Hasil uji kompetensi manajerial yang saya ikuti di UPT Penilaian "
            "Kompetensi pada 14 September 2026 sampai hari ini belum diumumkan, padahal "
            "menurut panitia hasil keluar paling lama 30 hari.")
    req = ("Mohon informasi kapan hasilnya diumumkan dan agar laporan hasil penilaian "
           "saya dikirim ke email ini.")
    body = f"""Selamat pagi,

{desc}

{req}

Salam,
Budi Hartawan
NIK 3514 2209 0886 0005
"""
    t = when(2026, 11, 20, 8, 15, 40)
    data = plain_email("Budi Hartawan <b.hartawan@example.net>",
                       "Hasil uji kompetensi belum diumumkan", t,
                       "<p18.bh.20261120081540@example.net>", wrap(body, 72))
    complaint("email_plain/h4p18.eml", data, "email_plain", dict(
        name="Budi Hartawan", address=None, service_description=desc, loss=None,
        requested_resolution=req, place=None, date="2026-11-20", signed=True,
        nik="3514220908860005"), "kompetensi",
        "very short mail: description + request only; no address, loss, place; NIK only in the signature")


def p19():
    name = "H. Achmad Fauzi"
    addr = "Dusun Krajan RT 001 RW 003 Desa Ambal-Ambal, Kecamatan Kejayan, Kabupaten Pasuruan"
    desc = ("Pada tanggal 1 Oktober 2026 saya menerima keputusan hukuman disiplin "
            "sedang berupa penundaan kenaikan gaji berkala selama satu tahun dengan "
            "alasan tidak masuk kerja 12 hari pada bulan Juni. Saya tidak pernah "
            "dipanggil untuk diperiksa dan tidak pernah menandatangani berita acara "
            "pemeriksaan, padahal pada bulan Juni tersebut saya menjalani rawat inap di "
            "RSUD Bangil dan surat keterangan sakit sudah saya serahkan kepada atasan.")
    loss = ("Kenaikan gaji berkala saya tertunda satu tahun, nama saya tercoreng di "
            "lingkungan kerja, dan saya tidak dapat mengikuti seleksi jabatan pengawas "
            "yang mensyaratkan tidak sedang menjalani hukuman disiplin.")
    req = ("Sudilah kiranya Bapak berkenan meninjau kembali keputusan hukuman disiplin "
           "tersebut dan memerintahkan pemeriksaan ulang yang memberi saya kesempatan "
           "untuk membela diri dengan menunjukkan surat keterangan rawat inap.")
    body = f"""Kejayan, Kamis, 5 November 2026

Kepada
Yth. Bapak Kepala BKPSDM Kabupaten Pasuruan
di
Bangil

Perihal: Mohon peninjauan keputusan hukuman disiplin

Assalamu'alaikum warahmatullahi wabarakatuh,

Dengan segala kerendahan hati, saya:
Nama lengkap   : {name}
NIK            : 3514051010750003
Alamat         : {addr}
Nomor telepon  : 0857 0633 2218

mengadukan hal sebagai berikut.

Kronologi:
{wrap(desc, 66, flowed=True)}

Kerugian yang dialami:
{wrap(loss, 66, flowed=True)}

Permohonan:
{wrap(req, 66, flowed=True)}

Demikian permohonan ini, atas perkenan Bapak saya haturkan terima kasih.
Wassalamu'alaikum warahmatullahi wabarakatuh.

Pengadu,


{name}
"""
    t = when(2026, 11, 5, 14, 44, 0)
    data = plain_email("Achmad Fauzi <achmad.fauzi75@example.com>",
                       "Mohon peninjauan hukuman disiplin", t,
                       "<p19.af.5f0e@example.com>", body,
                       flowed=True)
    complaint("email_plain/h4p19.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Kejayan", date="2026-11-05", signed=True,
        phone="085706332218", nik="3514051010750003"), "kinerja",
        "complete; old-formal 'sudilah kiranya', closing 'Pengadu,'; format=flowed; labels Kronologi/Kerugian yang dialami/Permohonan",
        date_text="Kejayan, Kamis, 5 November 2026")


def p20():
    addr = "Jl. Panglima Sudirman No. 40 RT 02 RW 01, Kelurahan Purworejo, Kota Pasuruan"
    desc = ("Selama dua minggu terakhir saya berulang kali menghubungi nomor layanan "
            "BKPSDM (0343) 744 900 dan nomor WhatsApp layanan yang tercantum di website "
            "pada jam kerja, tetapi telepon tidak pernah diangkat dan pesan WhatsApp "
            "hanya dibalas otomatis tanpa jawaban petugas. Saya hanya ingin menanyakan "
            "status berkas Karsu suami saya.")
    loss = ("Karena tidak ada jawaban, saya terpaksa datang langsung ke Bangil dua kali "
            "dengan naik ojek sehingga mengeluarkan biaya sekitar Rp 150.000 dan harus "
            "meninggalkan warung saya seharian.")
    req = ("Saya berharap BKPSDM menugaskan petugas yang benar-benar menjawab telepon "
           "dan WhatsApp layanan pada jam kerja, serta mencantumkan nomor yang aktif di "
           "website.")
    body = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan,

Saya, Lestari Handayani, istri seorang pensiunan ASN, ingin menyampaikan keluhan mengenai layanan informasi BKPSDM.

{desc}

{loss}

{req}

Saya dapat dihubungi di nomor telepon rumah (0343) 421 578 atau di alamat {addr}.

Pasuruan, 13 November 2026

Terima kasih,
Lestari Handayani
"""
    t = when(2026, 11, 13, 17, 55, 19)
    data = plain_email("Lestari H. <lestari.handayani@example.com>",
                       "Telepon layanan BKPSDM tidak pernah diangkat", t,
                       "<p20-lh-20261113@example.com>", wrap(body, 75))
    complaint("email_plain/h4p20.eml", data, "email_plain", dict(
        name="Lestari Handayani", address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Pasuruan", date="2026-11-13", signed=True,
        phone="0343421578"), "sekretariat",
        "complete; unlabelled prose; contact sentence near the end; the agency's own phone number appears in the description (complainant's is a landline)",
        date_text="Pasuruan, 13 November 2026")


def p21():
    desc = ("usulan pindah kula ke Pemkab Sidoarjo (ikut suami) sampun diajukan dr "
            "bulan april, berkas lengkap, sidoarjo jg sampun ngasih surat persetujuan "
            "menerima. tp smp skrg surat persetujuan melepas dr bupati pasuruan dereng "
            "terbit, pas kula tanya ke bkpsdm katanya 'masih antri'.")
    req = ("nyuwun tulung mohon agar surat persetujuan pindah kula segera diproses, "
           "nggih.")
    body = f"""Assalamualaikum bpk/ibu,

nyuwun sewu ganggu wkt nya. kula Wahyu Kurniasih, perawat di puskesmas Purwodadi.

{desc}

{req}

matur nuwun sanget
Wahyu K.
WA 0819 3370 5512
"""
    t = when(2026, 11, 21, 6, 55, 2)
    data = plain_email("Wahyu Kurniasih <wahyukurnia@example.net>",
                       "nyuwun tulung, usul pindah ke sidoarjo", t,
                       "<CAOp21wk-9911@mail.example.net>", body)
    complaint("email_plain/h4p21.eml", data, "email_plain", dict(
        name="Wahyu Kurniasih", address=None, service_description=desc, loss=None,
        requested_resolution=req, place=None, date="2026-11-21", signed=True,
        phone="081933705512"), "mutasi",
        "chatty Javanese/Indonesian mix; no address, loss, place; closing 'matur nuwun sanget / Wahyu K.'")


def p22():
    name = "Muhammad Arif Budiman, S.Pd."
    addr = "Dusun Kebonsari RT 02 RW 01, Desa Winongan Kidul, Kecamatan Winongan"
    desc = ("Perjanjian kerja kami berakhir pada 31 Oktober 2026. Hingga surat ini "
            "dibuat, BKPSDM belum menerbitkan perpanjangan perjanjian kerja maupun "
            "pemberitahuan resmi apakah kontrak kami diperpanjang, meskipun hasil "
            "penilaian kinerja kami seluruhnya \"baik\" dan sudah diserahkan sejak "
            "Agustus.")
    loss = ("Akibat ketidakjelasan ini, gaji bulan November kami belum dibayarkan, kami "
            "tetap mengajar tanpa dasar hukum, dan banyak rekan yang resah karena "
            "memiliki cicilan di bank.")
    req = ("Kami berharap BKPSDM segera menerbitkan perpanjangan perjanjian kerja PPPK "
           "kami terhitung mulai 1 November 2026 dan membayarkan gaji yang tertunda.")
    body = f"""                                         Winongan, 12 Nopember 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Perihal : Pengaduan perpanjangan perjanjian kerja PPPK

Dengan hormat,
Kami, 23 orang guru PPPK angkatan 2021 di Kecamatan Winongan, melalui
perwakilan kami:

Nama Pelapor  : {name}
Jabatan       : Guru Ahli Pertama, SDN Winongan Lor 1
Alamat        : {addr}
HP            : 0853-3012-4478

menyampaikan pengaduan sebagai berikut.

{wrap(desc)}

{wrap(loss)}

{wrap(req)}

Demikian pengaduan ini kami sampaikan. Atas perhatian Bapak, kami
ucapkan terima kasih.

Hormat kami,
a.n. Guru PPPK Kecamatan Winongan


{name}
"""
    t = when(2026, 11, 12, 9, 0, 58)
    data = plain_email("Forum Guru PPPK Winongan <forum.pppk.winongan@example.org>",
                       "Pengaduan perpanjangan kontrak PPPK", t,
                       "<p22.fgppk.20261112@example.org>", body,
                       received=("relay.example.org", "relay.example.org [192.0.2.88]", "C0FFEE2211"))
    complaint("email_plain/h4p22.eml", data, "email_plain", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Winongan", date="2026-11-12", signed=True,
        phone="085330124478"), "pengadaan",
        "complete; group complaint by a representative ('kami berharap'); sender is a forum mailbox; 'Nopember' spelling",
        date_text="Winongan, 12 Nopember 2026")


# ==========================================================================
# email_mime
# ==========================================================================
def m01():
    name = "Ratna Juwita Sari, S.E."
    addr = "Jl. Raya Purwosari No. 117, Desa Sukodermo, Kecamatan Purwosari"
    desc = ("Saya mengajukan cuti besar untuk menunaikan ibadah haji pada bulan Mei "
            "2026 dan surat permohonan sudah diteruskan oleh kepala dinas ke BKPSDM pada "
            "bulan Februari. Surat izin cuti besar tidak pernah terbit, dan setelah saya "
            "pulang, saya justru menerima surat teguran karena dianggap meninggalkan "
            "tugas tanpa izin.")
    loss = ("TPP saya selama bulan Mei dan Juni sebesar kurang lebih Rp 4.600.000 tidak "
            "dibayarkan dan surat teguran tersebut tercatat dalam riwayat disiplin saya.")
    req = ("Mohon agar surat izin cuti besar saya diterbitkan berlaku surut, surat "
           "teguran dicabut, dan TPP saya yang dipotong dibayarkan kembali.")
    inner = f"""<p style="text-align:right">Purwosari, 4 November 2026</p>
<p>Kepada Yth.<br>
Kepala BKPSDM Kabupaten Pasuruan</p>
<p>Dengan hormat,</p>
<p>Saya yang mengajukan pengaduan ini:</p>
<table border="0" cellpadding="2" style="border-collapse:collapse">
<tr><td width="120">Nama lengkap</td><td>:</td><td>{name}</td></tr>
<tr><td>NIK</td><td>:</td><td>3514184406830001</td></tr>
<tr><td>Alamat</td><td>:</td><td>{addr}</td></tr>
<tr><td>Telepon</td><td>:</td><td>0815-5522-7361</td></tr>
</table>
<p><b>Uraian masalah</b><br>
{desc}</p>
<p><b>Kerugian</b><br>
{loss}</p>
<p><b>Harapan saya</b><br>
{req}</p>
<p>Atas perhatiannya saya ucapkan terima kasih.</p>
<p>Hormat saya,<br>
<br>
{name}</p>"""
    html = html_page(inner, "utf-8").encode("utf-8")
    t = when(2026, 11, 4, 10, 3, 27)
    head = headers("Ratna Juwita Sari <ratna.juwita@example.com>",
                   "Pengaduan izin cuti besar tidak terbit", t,
                   "<m01.rjs.1104100327@example.com>")
    head += 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    data = head.encode() + qp(html).encode()
    complaint("email_mime/h4m01.eml", data, "email_mime", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Purwosari", date="2026-11-04", signed=True,
        phone="081555227361", nik="3514184406830001"), "kinerja",
        "complete; HTML-only quoted-printable utf-8; identity block as an HTML table; bold headings Uraian masalah/Kerugian/Harapan saya",
        date_text="Purwosari, 4 November 2026")


def m02():
    name = "Yohana Ren\u00e9e Kristanti"
    addr = "Perumahan Sukorejo Indah Blok B-12, Desa Glagahsari, Kecamatan Sukorejo"
    desc = ("Sudah \u00b111 bulan sejak TMT CPNS saya (1 Januari 2026) saya belum "
            "dijadwalkan mengikuti Pelatihan Dasar (Latsar) CPNS, sementara CPNS dari "
            "instansi lain yang diangkat bersamaan sudah mengikuti Latsar angkatan I "
            "dan II. Setiap kali saya menanyakan, jawaban yang diberikan hanya "
            "\"menunggu kuota\".")
    loss = ("Masa percobaan CPNS saya akan berakhir pada Desember 2026. Saya khawatir "
            "tidak dapat diangkat menjadi PNS tepat waktu karena belum memiliki "
            "sertifikat Latsar, dan hal ini membuat saya sangat cemas.")
    req = ("Saya mohon agar saya diikutkan pada Latsar angkatan terdekat dan diberi "
           "kepastian tertulis mengenai jadwalnya.")
    intro = (f"Saya {name}, CPNS formasi 2025 pada Dinas Kependudukan dan Pencatatan "
             f"Sipil, bertempat tinggal di {addr}, dengan ini menyampaikan pengaduan.")
    plain = f"""Sukorejo, 10 November 2026

Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
{wrap(intro)}

{wrap(desc)}

{wrap(loss)}

{wrap(req)}

Hormat saya,
{name}
HP 0878-5501-2239
"""
    esc = lambda s: s.replace("&", "&amp;").replace('"', "&quot;")
    inner = (f'<div>Sukorejo, 10 November 2026</div><div><br></div>'
             f'<div>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan</div><div><br></div>'
             f'<div>Dengan hormat,</div><div>{esc(intro)}</div><div><br></div>'
             f'<div>{esc(desc)}</div><div><br></div><div>{esc(loss)}</div><div><br></div>'
             f'<div>{esc(req)}</div><div><br></div><div>Hormat saya,</div>'
             f'<div>{name}</div><div>HP 0878-5501-2239</div>')
    html = html_page(inner, "iso-8859-1")
    ctype, body = multipart("alternative", "----=_Part_21877_1402716503.1762830180", [
        part('text/plain; charset="iso-8859-1"', plain.encode("iso-8859-1"), "base64"),
        part('text/html; charset="iso-8859-1"', html.encode("iso-8859-1"),
             "quoted-printable"),
    ])
    t = when(2026, 11, 11, 8, 23, 0)
    data = mime_email(
        "%s <yohana.kristanti@example.org>" % rfc2047_q(name, "iso-8859-1"),
        rfc2047_q("Pengaduan: Latsar CPNS belum dijadwalkan (\u00b111 bulan)", "iso-8859-1"),
        t, "<1402716503.21877.p02m@example.org>", ctype, body,
        extra=("X-Mailer: Zimbra 9.0.0_GA_4546",))
    complaint("email_mime/h4m02.eml", data, "email_mime", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Sukorejo", date="2026-11-10", signed=True,
        phone="087855012239"), "kompetensi",
        "complete; multipart/alternative iso-8859-1 (plain base64, HTML quoted-printable); RFC 2047 Q-encoded name and subject; Latsar (training) of a CPNS",
        date_text="Sukorejo, 10 November 2026")


def m03():
    addr = "Jl. Dr. Wahidin Sudirohusodo No. 15, Kelurahan Kalianyar, Kecamatan Bangil"
    desc = ("Usulan kenaikan pangkat saya dari Penata Tk. I (III/d) ke Pembina (IV/a) "
            "periode Oktober 2026 dikembalikan dengan status \u201cBTS \u2013 berkas "
            "tidak sesuai\u201d tanpa penjelasan berkas mana yang tidak sesuai. Padahal "
            "Penetapan Angka Kredit (PAK) saya sudah ditandatangani pejabat yang "
            "berwenang dan diunggah lengkap di SIASN pada bulan Juli.")
    loss = ("Kenaikan pangkat saya tertunda paling cepat ke periode April 2027, sehingga "
            "saya kehilangan kenaikan gaji selama sedikitnya enam bulan dan angka kredit "
            "saya \u201cmenumpuk\u201d tanpa manfaat.")
    req = ("Saya meminta BKPSDM menjelaskan secara tertulis dokumen apa yang dianggap "
           "tidak sesuai dan memproses ulang usulan saya pada periode Oktober 2026 "
           "apabila kekurangan tersebut dapat saya lengkapi dalam minggu ini.")
    p = lambda s: '<p class="MsoNormal">%s<o:p></o:p></p>\n' % s
    inner = ('<div class="WordSection1">\n'
             + '<p class="MsoNormal" align="right" style="text-align:right">Bangil, 9 November 2026<o:p></o:p></p>\n'
             + p("&nbsp;")
             + p("Yth. Kepala BKPSDM Kabupaten Pasuruan")
             + p("&nbsp;")
             + p("Dengan hormat,")
             + p("Nama saya Ir. Heru Santoso, Penyuluh Pertanian Ahli Muda di Dinas "
                 "Pertanian, tinggal di " + addr + "; telepon 0813 3590 6612. Dengan ini "
                 "saya mengadukan hal berikut.")
             + p("&nbsp;") + p(desc) + p("&nbsp;") + p(loss) + p("&nbsp;") + p(req)
             + p("&nbsp;") + p("Salam hormat,") + p("Ir. Heru Santoso")
             + "</div>")
    html = html_page(inner, "windows-1252").replace(
        "<html>", '<html xmlns:o="urn:schemas-microsoft-com:office:office">')
    t = when(2026, 11, 9, 11, 2, 7)
    head = headers("Heru Santoso <heru.santoso@example.net>",
                   rfc2047_q("Usul kenaikan pangkat \u201cdikembalikan\u201d tanpa alasan",
                             "windows-1252"),
                   t, "<DB9PR08MB6p03m@example.net>",
                   extra=("X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtSp03mHeRu"))
    head += 'Content-Type: text/html; charset="windows-1252"\nContent-Transfer-Encoding: quoted-printable\n\n'
    data = head.encode() + qp(html.encode("windows-1252")).encode()
    complaint("email_mime/h4m03.eml", data, "email_mime", dict(
        name="Ir. Heru Santoso", address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Bangil", date="2026-11-09", signed=True,
        phone="081335906612"), "mutasi",
        "complete; Outlook HTML-only windows-1252 quoted-printable with curly quotes and en dash; identity in a sentence; RFC 2047 subject",
        date_text="Bangil, 9 November 2026")


def m04():
    addr = "Jl. Veteran No. 6 RT 04 RW 02, Desa Pogar, Kecamatan Bangil"
    desc = ("Riwayat pendidikan S1 saya di SIASN masih kosong / belum ter-update, "
            "padahal dokumen ijazah dan transkrip sudah saya upload via MyASN sejak Juni "
            "dan statusnya stuck di \"menunggu verifikasi BKPSDM\" sampai sekarang.")
    loss = ("Karena data pendidikan belum terverifikasi, saya tidak bisa mendaftar "
            "seleksi jabatan fungsional Perencana yang persyaratannya minimal S1, dan "
            "pendaftarannya sudah ditutup 15 November kemarin.")
    req = ("Mohon data pendidikan saya di SIASN segera diverifikasi ya, and please let "
           "me know if any additional documents are needed.")
    intro = ("Perkenalkan, saya Dimas Aryo Wicaksono, staf Bappeda, domisili di "
             + addr + ".")
    plain = f"""Selamat sore,

{intro}

{desc}

{loss}

{req}

Thanks a lot!

--
Sent from Outlook for Android
"""
    inner = ("<div dir=\"auto\">Selamat sore,<br><br>" + intro + "<br><br>"
             + desc.replace('"', "&quot;") + "<br><br>" + loss + "<br><br>" + req
             + "<br><br>Thanks a lot!<br><br>--<br>Sent from Outlook for Android</div>")
    ctype, body = multipart("alternative", "000000000000a1b2c3d4e5f6p04m", [
        part('text/plain; charset="UTF-8"', plain.encode(), "base64"),
        part('text/html; charset="UTF-8"', html_page(inner, "utf-8").encode(), "base64"),
    ])
    t = when(2026, 11, 19, 15, 47, 10, tz=8)
    data = mime_email(
        "%s <dimas.aryo@example.com>" % rfc2047_b("Dimas Aryo Wicaksono"),
        rfc2047_b("Data pendidikan di SIASN belum terverifikasi \u2014 mohon dibantu"),
        t, "<CAp04mDimasAW-x9@mail.example.com>", ctype, body)
    complaint("email_mime/h4m04.eml", data, "email_mime", dict(
        name="Dimas Aryo Wicaksono", address=addr, service_description=desc,
        loss=loss, requested_resolution=req, place=None, date="2026-11-19",
        signed=False), "pengadaan",
        "multipart/alternative, both parts base64 UTF-8; RFC 2047 B name and subject; ID/EN mix; no place/date (Date: +0800); closing 'Thanks a lot!' without a name")


def m05():
    name = "Agustina Rahmawati, A.Md.Keb."
    addr = "Dusun Ngadirejo RT 05 RW 03, Desa Pasrepan, Kecamatan Pasrepan, Kabupaten Pasuruan"
    desc = ("Pada hari Kamis, 12 November 2026, saya tiba di kantor BKPSDM pukul 14.10 "
            "untuk menyerahkan berkas usul cuti melahirkan yang batas akhirnya hari itu. "
            "Loket sudah ditutup, padahal jam layanan yang tercantum di pintu adalah "
            "sampai pukul 15.00, dan petugas yang masih berada di dalam ruangan menolak "
            "menerima berkas sambil berkata \u201cbesok saja, Bu, sudah capek\u201d.")
    loss = ("Akibatnya berkas saya terlambat satu hari, saya harus kembali lagi dari "
            "Pasrepan yang berjarak sekitar 40 km dalam kondisi hamil delapan bulan, dan "
            "saya merasa diperlakukan tidak pantas.")
    req = ("Saya mohon agar petugas loket tersebut ditegur, jam layanan ditaati sesuai "
           "yang diumumkan, dan keterlambatan berkas saya tidak dijadikan alasan untuk "
           "menolak cuti saya.")
    row = lambda k, v: ('<tr><td style="width:140px;padding:2px 6px">%s</td>'
                        '<td style="padding:2px 6px">:</td>'
                        '<td style="padding:2px 6px">%s</td></tr>\n' % (k, v))
    inner = ("<div>Selamat pagi,</div><div>Berikut surat pengaduan saya, saya tempel "
             "langsung di badan email karena lampiran tidak bisa terkirim.</div>"
             "<div><br></div><hr>\n"
             '<p style="text-align:right">Pasrepan, Senin, 16 November 2026</p>\n'
             "<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<br>di Bangil</p>\n"
             "<p>Perihal: Pengaduan sikap petugas loket</p>\n"
             "<p>Dengan hormat,<br>yang bertanda tangan di bawah ini:</p>\n"
             '<table border="1" cellspacing="0" style="border-collapse:collapse">\n'
             + row("Nama Lengkap", name) + row("Alamat Lengkap", addr)
             + row("No. Telepon", "6281249013356") + row("No. KTP", "3514 0962 0891 0007")
             + "</table>\n"
             f"<p>menyampaikan pengaduan sebagai berikut.</p>\n<p>{desc}</p>\n"
             f"<p>{loss}</p>\n<p>{req}</p>\n"
             "<p>Demikian pengaduan ini saya sampaikan, atas perhatiannya saya "
             "ucapkan terima kasih.</p>\n"
             f"<p>Hormat saya,<br><br><br>{name}</p>\n")
    html = html_page(inner, "windows-1252")
    t = when(2026, 11, 16, 7, 31, 54)
    head = headers("Agustina Rahmawati <agustina.r@example.org>",
                   "Pengaduan petugas loket", t, "<AM6PR10MB2p05m.agustina@example.org>",
                   extra=("X-Mailer: Microsoft Outlook 16.0",))
    head += 'Content-Type: text/html; charset="windows-1252"\nContent-Transfer-Encoding: base64\n\n'
    data = head.encode() + b64(html.encode("windows-1252")).encode()
    complaint("email_mime/h4m05.eml", data, "email_mime", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Pasrepan", date="2026-11-16", signed=True,
        phone="081249013356", nik="3514096208910007"), "sekretariat",
        "complete; letter pasted into an HTML mail (windows-1252 base64) with a bordered table for the identity block; staff conduct at the counter while filing cuti -> sekretariat",
        date_text="Pasrepan, Senin, 16 November 2026")


def m06():
    desc = ("Permohonan pindah instansi saya ke Pemerintah Provinsi Jawa Timur sudah "
            "mendapat surat persetujuan melepas dari Bupati pada Juli 2026. Namun berkas "
            "usulan pertimbangan teknis ke Kantor Regional II BKN tidak kunjung dikirim "
            "oleh BKPSDM, dan setiap kali saya menanyakan, jawabannya masih menunggu "
            "tanda tangan pejabat.")
    req = ("Mohon berkas usulan pertimbangan teknis mutasi saya segera dikirim ke BKN "
           "dan saya diberi salinan surat pengantarnya.")
    name = "Rizky Ramadhan, S.T."
    lines = ["Hal : Pengaduan lambatnya proses mutasi keluar", "",
             "Yth. Kepala BKPSDM Kabupaten Pasuruan", "", "Dengan hormat,",
             f"Saya, {name}, Pengelola Pengadaan Barang/Jasa pada Sekretariat Daerah, "
             "menyampaikan pengaduan sebagai berikut:", "", "Permasalahan:", desc, "",
             "Tuntutan:", req, "", "Pandaan, 18 November 2026", "Hormat saya,", name]
    plain = "\n".join(wrap(l) for l in lines) + "\n"
    inner = ('<table width="100%"><tr><td><img src="cid:logo-p06m@example.com" '
             'alt="logo" width="48" height="48"></td></tr></table>\n'
             + "".join("<p>%s</p>\n" % (l or "&nbsp;") for l in lines))
    logo = io.BytesIO()
    Image.new("RGB", (48, 48), (10, 90, 160)).save(logo, format="PNG")
    rel_ctype, rel_body = multipart("related", "rel_7f3a2b1c0d_p06m", [
        part('text/html; charset="utf-8"', html_page(inner, "utf-8").encode(), "base64"),
        part('image/png; name="logo.png"', logo.getvalue(), "base64",
             extra="Content-ID: <logo-p06m@example.com>\nContent-Disposition: inline; filename=\"logo.png\"\n"),
    ], extra_params=' type="text/html";')
    ctype, body = multipart("alternative", "alt_7f3a2b1c0d_p06m", [
        part('text/plain; charset="utf-8"', plain.encode(), "quoted-printable"),
        "Content-Type: %s\n\n%s" % (rel_ctype, rel_body),
    ])
    t = when(2026, 11, 18, 21, 9, 37)
    data = mime_email("Rizky Ramadhan <rizky.ramadhan@example.com>",
                      "Pengaduan proses mutasi keluar", t,
                      "<p06m.rr.20261118210937@example.com>", ctype, body)
    complaint("email_mime/h4m06.eml", data, "email_mime", dict(
        name=name, address=None, service_description=desc, loss=None,
        requested_resolution=req, place="Pandaan", date="2026-11-18", signed=True),
        "mutasi",
        "multipart/alternative with a multipart/related HTML part and inline logo; no address, no loss; job title contains 'Pengadaan' but the topic is a transfer",
        date_text="Pandaan, 18 November 2026")


def m07():
    addr = "Dusun Wates RT 01 RW 06, Desa Jatirejo, Kecamatan Lekok"
    desc = ("Sejak aplikasi presensi elektronik diperbarui pada tanggal 1 Oktober 2026, "
            "lokasi absen di ponsel saya selalu terbaca di luar radius kantor walaupun "
            "saya berada di dalam gedung Puskesmas Lekok. Sudah tiga kali saya melapor "
            "kepada admin presensi di BKPSDM dengan melampirkan tangkapan layar, tetapi "
            "tidak ada perbaikan.")
    loss = ("Dalam rekap bulan Oktober saya tercatat alpa sembilan hari, sehingga TPP "
            "saya dipotong hampir separuh dan saya mendapat surat peringatan dari kepala "
            "puskesmas.")
    inner = ("<font face=\"Verdana\" size=\"2\">Lekok, 20 Nop. 2026<br><br>"
             "Yth. Tim Pengaduan BKPSDM<br><br>"
             "Nama Pelapor&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: Eka Fitriani<br>"
             f"Alamat Domisili&nbsp;: {addr}<br>"
             "No. HP&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: 0831 4467 2290<br><br>"
             f"Kronologis kejadian:<br>{desc}<br><br>"
             f"Akibat yang dialami:<br>{loss}<br><br>"
             "Demikian, terima kasih atas perhatiannya.<br><br>"
             "Salam,<br>Eka Fitriani</font>")
    html = html_page(inner, "iso-8859-1")
    t = when(2026, 11, 20, 12, 12, 12)
    head = headers("Eka Fitriani <eka.fitriani@example.net>",
                   "presensi error, dianggap alpa", t, "<p07m.ef.5521@example.net>")
    head += 'Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n'
    data = head.encode() + qp(html.encode("iso-8859-1")).encode()
    complaint("email_mime/h4m07.eml", data, "email_mime", dict(
        name="Eka Fitriani", address=addr, service_description=desc, loss=loss,
        requested_resolution=None, place="Lekok", date="2026-11-20", signed=True,
        phone="083144672290"), "kinerja",
        "HTML-only iso-8859-1 quoted-printable, <br> layout with &nbsp; padding; labels Nama Pelapor/Alamat Domisili/Kronologis kejadian/Akibat yang dialami; no request; 'Nop.' month",
        date_text="Lekok, 20 Nop. 2026")


def docx_mail(frm, subject, t, msgid, cover, docx_bytes, fname, boundary):
    ctype, body = multipart("mixed", boundary, [
        part('text/plain; charset="utf-8"', cover.encode(), "8bit"),
        part('application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n'
             '\tname="%s"' % fname, docx_bytes, "base64",
             extra='Content-Disposition: attachment;\n\tfilename="%s"\n' % fname),
    ])
    return mime_email(frm, subject, t, msgid, ctype, body)


def d01():
    name = "Hendro Wibowo, S.Kom."
    addr = "Jl. Sultan Agung No. 27, Desa Kersikan, Kecamatan Bangil, Kabupaten Pasuruan"
    desc = ("Saya menjalani tugas belajar program magister di Universitas Gadjah Mada "
            "sejak September 2025 berdasarkan keputusan Bupati. Sesuai keputusan "
            "tersebut, biaya pendidikan semester kedua dan ketiga menjadi tanggungan "
            "pemerintah daerah, tetapi sampai November 2026 dana tersebut belum "
            "dicairkan, dan permohonan saya ke bidang pengembangan kompetensi tidak "
            "pernah mendapat jawaban.")
    loss = ("Saya terpaksa membayar sendiri biaya kuliah dua semester sebesar Rp "
            "18.000.000 dengan meminjam dari koperasi, dan kampus sempat memblokir akun "
            "akademik saya selama tiga minggu.")
    req = ("Saya memohon agar biaya pendidikan tugas belajar yang menjadi hak saya "
           "segera dicairkan atau diganti, serta diberikan jadwal pencairan yang pasti.")
    doc = build_docx([
        ("p", "Yogyakarta, 13 November 2026", "right"),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"),
        ("p", "Hal: Pengaduan pembiayaan tugas belajar"),
        ("blank",), ("p", "Dengan hormat,"),
        ("p", "Yang bertanda tangan di bawah ini:"),
        ("table", [("Nama", name), ("NIP", "19870611 201101 1 005"),
                   ("Alamat rumah", addr), ("Telp.", "0811 3390 4427")]),
        ("blank",), ("h", "Uraian singkat"), ("p", desc),
        ("h", "Dampak bagi saya"), ("p", loss),
        ("h", "Permintaan"), ("p", req),
        ("p", "Demikian surat ini saya sampaikan. Terima kasih."),
        ("blank",), ("p", "Hormat saya,"), ("sig",), ("p", name),
    ], sig_seed=401)
    cover = ("Dengan hormat,\n\nTerlampir surat pengaduan saya dalam format Word. Mohon "
             "maaf tidak bisa datang langsung\nkarena sedang kuliah di Yogyakarta.\n\n"
             "Salam,\nHendro\n")
    t = when(2026, 11, 14, 9, 27, 3)
    data = docx_mail("Hendro Wibowo <hendro.wibowo@example.org>",
                     "Surat pengaduan tugas belajar", t, "<d01.hw.20261114@example.org>",
                     cover, doc, "Pengaduan_Tugas_Belajar.docx", "b1_d01_5f2a9c3e7b")
    complaint("email_mime/h4d01.eml", data, "email_mime", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Yogyakarta", date="2026-11-13", signed=True,
        phone="081133904427"), "kompetensi",
        "complete; DOCX attachment (identity as a Word table, embedded PNG signature above the name); written away from home (Yogyakarta)",
        date_text="Yogyakarta, 13 November 2026")


def d02():
    addr = "Perum Bumi Mulyo Asri Blok G-5, Desa Wonokoyo, Kecamatan Beji, Kabupaten Pasuruan"
    desc = ("Saya mengajukan permohonan berhenti atas permintaan sendiri sebagai PNS pada "
            "tanggal 3 Agustus 2026 karena akan menetap bersama keluarga di luar negeri. "
            "Sudah lebih dari tiga bulan SK pemberhentian belum terbit dan saya tidak "
            "mendapat informasi mengenai tahapan prosesnya, padahal keberangkatan saya "
            "dijadwalkan akhir Desember.")
    req = ("Mohon SK pemberhentian atas permintaan sendiri saya dapat diterbitkan "
           "sebelum tanggal 20 Desember 2026.")
    doc = build_docx([
        ("h", "PENGADUAN"), ("blank",),
        ("p", "Nama Pelapor : Rudy Hermawan"),
        ("p", "Alamat : " + addr),
        ("p", "No. HP : 0852 5733 0198"),
        ("blank",), ("p", "Permasalahan:"), ("p", desc),
        ("p", "Harapan:"), ("p", req),
        ("blank",), ("p", "Beji, 17 November 2026"), ("p", "Hormat saya,"),
    ])
    cover = "Yth. Bapak/Ibu,\nberikut kami lampirkan surat pengaduan. Terima kasih.\n"
    t = when(2026, 11, 17, 14, 2, 48)
    data = docx_mail("Rudy Hermawan <rudy.hermawan@example.com>", "pengaduan APS", t,
                     "<d02.rh.20261117@example.com>", cover, doc, "pengaduan.docx",
                     "b1_d02_c0a8e4f1d2")
    complaint("email_mime/h4d02.eml", data, "email_mime", dict(
        name="Rudy Hermawan", address=addr, service_description=desc, loss=None,
        requested_resolution=req, place="Beji", date="2026-11-17", signed=False,
        phone="085257330198"), "pengadaan",
        "DOCX attachment, plain paragraphs; no loss; closing 'Hormat saya,' with no name or signature; cover note without a name",
        date_text="Beji, 17 November 2026")


# ==========================================================================
# email_pdf
# ==========================================================================
def pdf_mail(frm, subject, t, msgid, cover, pdf_bytes, fname, boundary,
             cover_charset="utf-8"):
    ctype, body = multipart("mixed", boundary, [
        part('text/plain; charset="%s"' % cover_charset, cover.encode(cover_charset),
             "quoted-printable"),
        part('application/pdf;\n\tname="%s"' % fname, pdf_bytes, "base64",
             extra='Content-Disposition: attachment;\n\tfilename="%s"\n' % fname),
    ])
    return mime_email(frm, subject, t, msgid, ctype, body)


def f01():
    name = "Kartika Dewi Anjani, S.Pd."
    addr = "Dusun Tambaksari RT 04 RW 02, Desa Parerejo, Kecamatan Purwodadi, Kabupaten Pasuruan"
    desc = ("Berdasarkan SK Bupati tertanggal 1 Oktober 2026 saya dipindahkan dari SDN "
            "Parerejo 1 ke SDN Tosari 2, padahal saya tidak pernah mengajukan permohonan "
            "pindah dan tidak pernah diberi tahu sebelumnya. Ketika saya menanyakan dasar "
            "pemindahan ke BKPSDM, petugas tidak dapat menunjukkan analisis kebutuhan "
            "guru yang menjadi alasannya.")
    loss = ("Jarak dari rumah ke sekolah baru lebih dari 50 km melalui jalan pegunungan, "
            "sehingga saya mengeluarkan biaya transportasi sekitar Rp 900.000 per bulan "
            "dan anak saya yang masih balita terpaksa dititipkan kepada tetangga.")
    req = ("Saya memohon agar SK pemindahan tersebut ditinjau kembali dan saya "
           "dikembalikan ke SDN Parerejo 1 atau ditempatkan di sekolah di Kecamatan "
           "Purwodadi.")
    ops = [("right", "Purwodadi, 6 November 2026"), ("gap", 4),
           ("line", "Kepada"), ("line", "Yth. Kepala BKPSDM Kabupaten Pasuruan"),
           ("line", "di Bangil"), ("gap", 4),
           ("line", "Perihal : Pengaduan pemindahan tugas guru"), ("gap", 4),
           ("line", "Dengan hormat,"), ("gap", 1),
           ("bold", "Identitas Pengadu"),
           ("line", "Nama            : " + name, 4),
           ("line", "Tempat tinggal  : Dusun Tambaksari RT 04 RW 02, Desa Parerejo,", 4),
           ("line", "                  Kecamatan Purwodadi, Kabupaten Pasuruan", 4),
           ("line", "Telepon         : 0858 1522 6734", 4), ("gap", 3),
           ("bold", "A. Pelayanan yang tidak sesuai"), ("para", desc),
           ("bold", "B. Kerugian"), ("para", loss),
           ("bold", "C. Penyelesaian yang diminta"), ("para", req),
           ("para", "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih."),
           ("gap", 2), ("line", "Hormat saya,", 95), ("sig", "bezier", 95),
           ("line", name, 95)]
    pdf = build_pdf(ops, sig_seed=101)
    cover = "Mohon maaf, surat resmi saya lampirkan dalam bentuk PDF.\n\nTerima kasih.\n-- \nKartika\n"
    t = when(2026, 11, 6, 19, 40, 2)
    data = pdf_mail("Kartika Dewi <kartika.anjani@example.com>",
                    "Pengaduan pemindahan tugas", t, "<f01.kda.20261106@example.com>",
                    cover, pdf, "surat pengaduan kartika.pdf", "mixed_f01_9a8b7c6d5e")
    # the address is printed over two lines in the PDF; the gold is the whole address
    complaint("email_pdf/h4f01.eml", data, "email_pdf", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Purwodadi", date="2026-11-06", signed=True,
        phone="085815226734"), "mutasi",
        "complete; PDF letter with sections A/B/C, address over two lines, signature drawn as bezier strokes",
        date_text="Purwodadi, 6 November 2026")


def f02():
    name = "Sutikno Hadi Prayitno, S.Pd., M.Pd."
    addr = "Jl. Raya Wonorejo No. 52, Desa Wonorejo, Kecamatan Wonorejo, Kabupaten Pasuruan"
    desc = ("Dalam surat pemberitahuan pensiun yang saya terima dari BKPSDM, tanggal "
            "pensiun saya ditetapkan 1 Januari 2027 dengan batas usia pensiun 58 tahun, "
            "padahal sebagai guru batas usia pensiun saya adalah 60 tahun. Rupanya "
            "jabatan saya di SIASN masih tercatat sebagai pelaksana, bukan jabatan "
            "fungsional guru.")
    loss = ("Bila kesalahan ini tidak diperbaiki, saya akan diberhentikan dua tahun "
            "lebih awal dan kehilangan penghasilan penuh selama dua tahun, termasuk "
            "tunjangan profesi guru.")
    req = ("Saya mohon agar data jabatan saya di SIASN diperbaiki dan surat "
           "pemberitahuan pensiun tersebut dibatalkan serta diganti dengan yang sesuai "
           "batas usia pensiun guru.")
    intro = (f"Saya yang bertanda tangan di bawah ini, {name}, Kepala SMPN 1 Wonorejo, "
             f"beralamat di {addr}, nomor telepon 0813 5700 8821, dengan ini "
             "menyampaikan pengaduan sebagai berikut.")
    ops = [("line", "Yth. Kepala BKPSDM Kabupaten Pasuruan"),
           ("line", "Perihal: Pengaduan batas usia pensiun"), ("gap", 5),
           ("line", "Dengan hormat,"), ("para", intro), ("para", desc),
           ("para", loss), ("para", req),
           ("para", "Demikian pengaduan ini saya buat, atas perhatiannya saya sampaikan terima kasih."),
           ("gap", 3), ("line", "Wonorejo, 2 November 2026"), ("line", "Hormat saya,"),
           ("sig", "png", 0), ("line", name)]
    pdf = build_pdf(ops, sig_seed=202)
    cover = ("Dear Sir/Madam,\n\nPlease find attached my complaint letter regarding my "
             "pension notice.\n\nKind regards,\nSutikno\n")
    t = when(2026, 11, 3, 8, 2, 19)
    data = pdf_mail("Sutikno Hadi <sutikno.hadi@example.net>", "Complaint letter (pension)",
                    t, "<f02.shp.20261103080219@example.net>", cover, pdf,
                    "Pengaduan_BUP.pdf", "mixed_f02_1b2c3d4e5f")
    complaint("email_pdf/h4f02.eml", data, "email_pdf", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Wonorejo", date="2026-11-02", signed=True,
        phone="081357008821"), "pengadaan",
        "complete; English cover note; unlabelled PDF letter, identity in a sentence; place/date after the body; PNG scribble signature",
        date_text="Wonorejo, 2 November 2026")


def f03():
    name = "Indah Permatasari, A.Md."
    desc = ("Permohonan cuti di luar tanggungan negara yang saya ajukan pada bulan Juni "
            "2026 untuk mendampingi suami bertugas di Kalimantan ditolak dengan alasan "
            "formasi tidak dapat ditinggalkan, padahal atasan langsung dan kepala "
            "perangkat daerah sudah memberikan persetujuan tertulis dan telah ada "
            "pegawai pengganti.")
    loss = ("Saya terpaksa tinggal terpisah dari suami dan anak-anak selama lima bulan "
            "ini, dan biaya pulang-pergi Pasuruan-Balikpapan menguras tabungan keluarga "
            "kami.")
    req = ("Saya mohon agar penolakan tersebut ditinjau kembali dengan mempertimbangkan "
           "persetujuan atasan dan ketersediaan pegawai pengganti.")
    ops = [("right", "Lumbang, 09-11-2026"), ("gap", 3),
           ("line", "Kepada Yth."), ("line", "Kepala BKPSDM Kabupaten Pasuruan"),
           ("gap", 4), ("line", "Dengan hormat,"),
           ("para", f"Saya, {name}, pengelola keuangan di Kantor Kecamatan Lumbang "
                    "(NIP 19910721 201503 2 004, HP. 0812 5566 0381), menyampaikan "
                    "pengaduan sebagai berikut."),
           ("bold", "Permasalahan"), ("para", desc),
           ("bold", "Kerugian"), ("para", loss),
           ("bold", "Permintaan"), ("para", req),
           ("gap", 3), ("line", "Hormat saya,", 95), ("gap", 16), ("line", name, 95)]
    pdf = build_pdf(ops)
    cover = ("Selamat siang,\n\nbersama ini saya lampirkan surat pengaduan saya.\n\n"
             "Hormat saya,\nIndah Permatasari\n")
    t = when(2026, 11, 9, 12, 51, 8)
    data = pdf_mail("Indah Permatasari <indah.permata@example.net>",
                    "Surat pengaduan CLTN", t, "<f03.ip.20261109125108@example.net>",
                    cover, pdf, "CLTN.pdf", "mixed_f03_0f1e2d3c4b")
    complaint("email_pdf/h4f03.eml", data, "email_pdf", dict(
        name=name, address=None, service_description=desc, loss=loss,
        requested_resolution=req, place="Lumbang", date="2026-11-09", signed=False,
        phone="081255660381"), "kinerja",
        "PDF letter with printed name only (no handwritten signature) although the cover note closes with a name; no address; cuti di luar tanggungan negara",
        date_text="Lumbang, 09-11-2026")


def f04():
    name = "Agung Prabowo Setiadi"
    addr = "Jl. Raya Gempol No. 9 RT 01 RW 01, Desa Kejapanan, Kecamatan Gempol"
    desc = ("Saya telah menyelesaikan Pelatihan Teknis Pengadaan Barang/Jasa Tingkat "
            "Dasar yang diselenggarakan BKPSDM pada tanggal 8 sampai 12 Juni 2026 dan "
            "dinyatakan lulus ujian. Sertifikat pelatihan yang dijanjikan terbit dalam "
            "30 hari sampai saat ini belum diterima, sementara peserta dari angkatan yang "
            "sama di kabupaten lain sudah menerimanya.")
    loss = ("Tanpa sertifikat tersebut saya tidak dapat ditetapkan sebagai pejabat "
            "pengadaan di dinas saya, sehingga honorarium kegiatan yang seharusnya saya "
            "terima sejak Juli tidak dapat dibayarkan.")
    req = ("Mohon BKPSDM segera menerbitkan dan mengirimkan sertifikat pelatihan saya, "
           "atau memberikan surat keterangan lulus sebagai pengganti sementara.")
    ops = [("center", "SURAT PENGADUAN"), ("gap", 4),
           ("line", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 3),
           ("bold", "1. Identitas"),
           ("line", "Nama lengkap : " + name, 5),
           ("line", "Alamat       : " + addr, 5),
           ("line", "No. Telp     : (0343) 852 117", 5), ("gap", 2),
           ("bold", "2. Masalah"), ("para", desc),
           ("bold", "3. Kerugian"), ("para", loss),
           ("bold", "4. Permintaan"), ("para", req), ("gap", 2),
           ("line", "Gempol, Kamis, 19 November 2026"), ("line", "Hormat saya,"),
           ("sig", "lines", 0), ("line", name)]
    pdf = build_pdf(ops, sig_seed=404)
    cover = "Terlampir.\nTrims.\n"
    t = when(2026, 11, 19, 16, 20, 45)
    data = pdf_mail("Agung Prabowo <agung.prabowo@example.com>", "pengaduan sertifikat diklat",
                    t, "<f04.aps.20261119162045@example.com>", cover, pdf,
                    "pengaduan.pdf", "mixed_f04_77aa88bb99")
    complaint("email_pdf/h4f04.eml", data, "email_pdf", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Gempol", date="2026-11-19", signed=True,
        phone="0343852117"), "kompetensi",
        "complete; numbered sections in the PDF; signature drawn with straight line segments; topic words 'Pengadaan Barang/Jasa' but the complaint is about a training certificate; landline",
        date_text="Gempol, Kamis, 19 November 2026")


def f05():
    name = "Siti Khotijah"
    addr = "Dusun Tambakrejo RT 02 RW 01, Desa Arjosari, Kecamatan Rejoso, Kabupaten Pasuruan"
    desc = ("Ketika mengambil SK pensiun di loket BKPSDM pada tanggal 27 Oktober 2026, "
            "petugas yang menyerahkan SK meminta \"uang terima kasih\" sebesar Rp 300.000 "
            "dan menahan SK saya sampai uang tersebut saya berikan. Petugas itu juga "
            "mengatakan bahwa semua pensiunan memang biasa memberi.")
    loss = ("Uang sebesar Rp 300.000 itu saya pinjam dari anak saya karena saya tidak "
            "membawa uang sebanyak itu, dan saya merasa dipermalukan karena diperlakukan "
            "seperti itu di depan pengunjung lain.")
    req = ("Saya mohon agar petugas tersebut diperiksa dan diberi sanksi, uang saya "
           "dikembalikan, dan dipasang pengumuman di loket bahwa pengambilan SK tidak "
           "dipungut biaya.")
    ops = [("line", "Rejoso, Rabu 11 November 2026"), ("gap", 4),
           ("line", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 4),
           ("line", "Dengan hormat,"),
           ("para", f"Saya {name}, pensiunan guru SDN Rejoso Kidul 2, alamat {addr}, "
                    "HP 0815 1234 8890, ingin melaporkan kejadian yang saya alami."),
           ("para", desc), ("para", loss), ("para", req),
           ("para", "Terima kasih atas perhatian Bapak."), ("gap", 2),
           ("line", "Hormat saya,", 100), ("sig", "png", 100), ("line", name, 100)]
    pdf = build_pdf(ops, sig_seed=505)
    cover = "Assalamualaikum.\nBerikut surat pengaduan saya.\nWassalam.\n"
    t = when(2026, 11, 12, 10, 4, 36)
    data = pdf_mail("siti khotijah <siti.khotijah@example.org>", "surat pengaduan", t,
                    "<f05.sk.20261112100436@example.org>", cover, pdf,
                    "scan_surat.pdf", "mixed_f05_abcdef0123")
    complaint("email_pdf/h4f05.eml", data, "email_pdf", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Rejoso", date="2026-11-11", signed=True,
        phone="081512348890"), "sekretariat",
        "complete; unlabelled PDF letter, place/date line top-left with weekday; PNG signature; illegal fee when collecting a pension decree -> sekretariat",
        date_text="Rejoso, Rabu 11 November 2026")


# ==========================================================================
# auto_reply
# ==========================================================================
def a01():
    body = """Thank you for your email.

I am out of the office from 16 to 27 November 2026 (annual leave / cuti
tahunan) with limited access to email. Your message regarding the complaint
will be read after I return.

For urgent matters please contact the personnel section of Dinas Sosial at
kepegawaian.dinsos@example.org.

Best regards,
Lina Marlina
"""
    t = when(2026, 11, 17, 9, 0, 3)
    data = plain_email("Lina Marlina <lina.marlina@example.org>",
                       "Automatic reply: Tanggapan pengaduan PGD-2026-1042", t,
                       "<a01.oof.0b1c@example.org>", body,
                       extra=("In-Reply-To: <pgd.2026.1042.resp@pasuruankab.go.id>",
                              "X-Auto-Response-Suppress: All",
                              "X-MS-Exchange-Inbox-Rules-Loop: lina.marlina@example.org",
                              "Thread-Topic: Tanggapan pengaduan PGD-2026-1042"))
    not_scored("auto_reply/h4a01.eml", data, "auto_reply", 0, True,
               "Outlook-style out-of-office in English (Automatic reply:, X-Auto-Response-Suppress), no Auto-Submitted header")


def a02():
    orig_letter = """Yth. Bapak Wahyudi,

Pengaduan Bapak telah kami terima dengan nomor PGD-2026-0977. Agar dapat
diproses, mohon dilengkapi:

Nama           : Wahyudi
Alamat         : (belum diisi)
Kerugian       : (belum diisi)
Permintaan     : (belum diisi)

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  wahyudi.77@example.com
    host mx.example.com [192.0.2.19]
    SMTP error from remote mail server after RCPT TO:<wahyudi.77@example.com>:
    550 5.1.1 <wahyudi.77@example.com>: mailbox unavailable
"""
    status = """Reporting-MTA: dns; mx1.pasuruankab.go.id

Action: failed
Final-Recipient: rfc822;wahyudi.77@example.com
Status: 5.0.0
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <wahyudi.77@example.com>: mailbox unavailable
"""
    t0 = when(2026, 11, 18, 10, 15, 0)
    orig = (headers("Pengaduan BKPSDM <%s>" % AGENCY,
                    "Permintaan kelengkapan pengaduan PGD-2026-0977", t0,
                    "<pgd.2026.0977.req@pasuruankab.go.id>", to="wahyudi.77@example.com")
            + 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
            + orig_letter)
    ctype, body = multipart("report", "1763435705-eximdsn-1804289383", [
        part('text/plain; charset=us-ascii', text.encode(), "7bit"),
        "Content-Type: message/delivery-status\n\n" + status,
        "Content-Type: message/rfc822\n\n" + orig,
    ], extra_params=" report-type=delivery-status;")
    t = when(2026, 11, 18, 10, 15, 5)
    data = mime_email("Mail Delivery System <Mailer-Daemon@mx1.pasuruankab.go.id>",
                      "Mail delivery failed: returning message to sender", t,
                      "<E1vLq2k-0007aB-Qx@mx1.pasuruankab.go.id>", ctype, body,
                      extra=("Auto-Submitted: auto-replied",
                             "X-Failed-Recipients: wahyudi.77@example.com"))
    not_scored("auto_reply/h4a02.eml", data, "auto_reply", 0, True,
               "Exim-style delivery failure (multipart/report) returning the desk's own request for missing items")


def a03():
    plain = """BULETIN ASN PASURUAN - Edisi November 2026

1. Jadwal usul kenaikan pangkat periode April 2027 dibuka 1 Desember.
2. Tips menyusun SKP: kaitkan rencana kinerja dengan sasaran unit.
3. Pendaftaran pelatihan teknis gelombang II sudah dibuka.
4. Pengumuman: layanan Karpeg elektronik kini melalui aplikasi.

Anda menerima email ini karena terdaftar sebagai pelanggan Buletin ASN.
Berhenti berlangganan: https://news.example.com/unsubscribe?u=8812&l=asn
"""
    inner = ("<h2>Buletin ASN Pasuruan</h2><p>Edisi November 2026</p><ol>"
             "<li>Jadwal usul kenaikan pangkat periode April 2027 dibuka 1 Desember.</li>"
             "<li>Tips menyusun SKP: kaitkan rencana kinerja dengan sasaran unit.</li>"
             "<li>Pendaftaran pelatihan teknis gelombang II sudah dibuka.</li>"
             "<li>Pengumuman: layanan Karpeg elektronik kini melalui aplikasi.</li></ol>"
             '<p style="font-size:9pt">Anda menerima email ini karena terdaftar sebagai '
             'pelanggan. <a href="https://news.example.com/unsubscribe?u=8812&amp;l=asn">'
             "Berhenti berlangganan</a></p>")
    ctype, body = multipart("alternative", "nl_a03_20261120_3c4d", [
        part('text/plain; charset="utf-8"', plain.encode(), "quoted-printable"),
        part('text/html; charset="utf-8"', html_page(inner, "utf-8").encode(),
             "quoted-printable"),
    ])
    t = when(2026, 11, 20, 6, 0, 0)
    data = mime_email("Buletin ASN <buletin@news.example.com>",
                      "Buletin ASN Edisi November 2026: jadwal kenaikan pangkat & SKP", t,
                      "<nl.20261120.8812@news.example.com>", ctype, body,
                      extra=("List-Id: Buletin ASN <buletin-asn.news.example.com>",
                             "List-Unsubscribe: <mailto:unsubscribe@news.example.com?subject=8812>, <https://news.example.com/unsubscribe?u=8812&l=asn>",
                             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                             "Precedence: bulk",
                             "X-Campaign-ID: asn-2026-11"))
    not_scored("auto_reply/h4a03.eml", data, "auto_reply", 0, True,
               "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) about civil-service topics")


def a04():
    body = """Terima kasih atas email Bapak/Ibu.

Saat ini saya sedang menjalani cuti melahirkan hingga 4 Januari 2027 dan
tidak memeriksa email secara rutin. Untuk keperluan yang mendesak mohon
menghubungi bagian tata usaha sekolah.

Pesan ini dikirim secara otomatis.

Salam,
Dian Puspitasari
"""
    t = when(2026, 11, 19, 14, 30, 9)
    data = plain_email("Dian Puspitasari <dian.puspita@example.net>",
                       "Balasan otomatis: Re: Pengaduan PGD-2026-1120", t,
                       "<a04.vac.20261119@example.net>", body,
                       extra=("Auto-Submitted: auto-replied",
                              "In-Reply-To: <pgd.2026.1120.ack@pasuruankab.go.id>",
                              "References: <pgd.2026.1120.ack@pasuruankab.go.id>"))
    not_scored("auto_reply/h4a04.eml", data, "auto_reply", 0, True,
               "Indonesian vacation reply (Auto-Submitted: auto-replied) mentioning cuti")


# ==========================================================================
# hostile
# ==========================================================================
def h01():
    not_scored("hostile/h4h01.eml", b"", "hostile_error", 3, False, "zero-byte .eml")


def h02():
    rng = random.Random(20261102)
    data = bytes([0x89, 0x50, 0x4B, 0x1F]) + rng.randbytes(6144)
    not_scored("hostile/h4h02.pdf", data, "hostile_error", 3, False,
               "6 KB of random bytes named .pdf (no %PDF header)")


def h03():
    ops = [("right", "Bangil, 3 November 2026"), ("line", "Kepada Yth. Kepala BKPSDM"),
           ("para", "Saya mengadukan keterlambatan SK kenaikan pangkat saya. " * 8),
           ("line", "Hormat saya,"), ("sig", "bezier", 0), ("line", "Nama Terpotong")]
    full = build_pdf(ops, sig_seed=303)
    not_scored("hostile/h4h03.pdf", full[: int(len(full) * 0.3)], "hostile_error", 3,
               False, "text PDF truncated to 30% of its bytes (no xref, no trailer)")


def h04():
    name = "Teguh Santoso, S.H."
    addr = "Jl. Untung Suropati No. 61, Kelurahan Kauman, Kecamatan Bangil"
    desc = ("Saya telah dinyatakan lulus seleksi terbuka jabatan pengawas (Kepala "
            "Subbagian Umum) di Dinas Perhubungan dan hasilnya telah diumumkan pada 1 "
            "September 2026. Hingga kini saya belum dilantik, sedangkan jabatan tersebut "
            "diisi oleh pelaksana tugas dari bidang lain tanpa penjelasan.")
    loss = ("Ketidakjelasan ini membuat saya kehilangan tunjangan jabatan sejak "
            "September dan menimbulkan pertanyaan dari rekan kerja seolah-olah saya "
            "melakukan pelanggaran.")
    req = ("Saya mohon kepastian jadwal pelantikan saya atau penjelasan tertulis "
           "apabila terdapat alasan yang menghalanginya.")
    letter = f"""Bangil, 20 November 2026

Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Yang bertanda tangan di bawah ini:

N a m a        : {name}
A l a m a t    : {addr}
Pekerjaan      : ASN Dinas Perhubungan
No. HP         : 0896 7012 3345

menyampaikan pengaduan sebagai berikut.

{wrap(desc)}

{wrap(loss)}

{wrap(req)}

Hormat saya,

{name}
"""
    inner = part('text/plain; charset="utf-8"', letter.encode(), "quoted-printable")
    for depth in range(30, 0, -1):
        ctype, body = multipart("mixed", "nest-%02d-h4h04" % depth, [inner])
        inner = "Content-Type: %s\n\n%s" % (ctype, body)
    ctype, body = inner.split("\n\n", 1)
    ctype = ctype[len("Content-Type: "):]
    t = when(2026, 11, 20, 20, 11, 11)
    data = mime_email("Teguh Santoso <teguh.santoso@example.net>",
                      "Pengaduan pelantikan jabatan", t, "<h04.ts.nested30@example.net>",
                      ctype, body)
    complaint("hostile/h4h04.eml", data, "hostile_ok", dict(
        name=name, address=addr, service_description=desc, loss=loss,
        requested_resolution=req, place="Bangil", date="2026-11-20", signed=True,
        phone="089670123345"), "mutasi",
        "multipart/mixed nested 30 levels deep with the letter (spaced labels 'N a m a', 'A l a m a t') in the innermost part",
        date_text="Bangil, 20 November 2026")


def h05():
    desc = ("Sejak awal November, formulir pendaftaran antrian online di website BKPSDM "
            "selalu menampilkan pesan galat setiap kali tombol kirim ditekan, sehingga "
            "nomor antrian tidak pernah bisa didapat. Petugas satpam di kantor menolak "
            "melayani pengunjung yang tidak memiliki nomor antrian online.")
    loss = ("Saya sudah tiga kali datang ke Bangil dan pulang tanpa dilayani, sehingga "
            "pengiriman berkas kenaikan gaji berkala enam guru di sekolah kami "
            "terlambat.")
    req = ("Mohon website antrian segera diperbaiki dan selama perbaikan disediakan "
           "antrian manual di loket.")
    body = f"""Kepada Yth. Admin Pengaduan BKPSDM \u2014

Nama saya Yusuf Efendi, operator kepegawaian di SMPN 3 Pandaan.

{desc}

{loss}

{req}

Terima kasih,
Yusuf Efendi
0856 4900 1276
"""
    t = when(2026, 11, 22, 19, 20, 0)
    data = plain_email("Yusuf Efendi <yusuf.efendi@example.com>",
                       "Antrian online BKPSDM error", t, "<h05.ye.bogus@example.com>",
                       wrap(body, 72), ctype_charset="x-bahasa-nusantara-8")
    complaint("hostile/h4h05.eml", data, "hostile_ok", dict(
        name="Yusuf Efendi", address=None, service_description=desc, loss=loss,
        requested_resolution=req, place=None, date="2026-11-22", signed=True,
        phone="085649001276"), "sekretariat",
        "bogus charset name (x-bahasa-nusantara-8) on a UTF-8 8bit body; online queue website broken (facilities); no address, no place/date")


# ==========================================================================
def main():
    builders = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14,
                p15, p16, p17, p18, p19, p20, p21, p22,
                m01, m02, m03, m04, m05, m06, m07, d01, d02,
                f01, f02, f03, f04, f05,
                a01, a02, a03, a04,
                h01, h02, h03, h04, h05]
    for b in builders:
        b()
    for c in CATS:
        d = HERE / c
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    seen = set()
    lines = []
    for rel, data, truth in ITEMS:
        assert rel not in seen, rel
        seen.add(rel)
        (HERE / rel).write_bytes(data)
        lines.append(json.dumps(truth, ensure_ascii=False))
    (HERE / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # summary
    from collections import Counter
    cats = Counter(t["category"] for _, _, t in ITEMS)
    scored = [t for _, _, t in ITEMS if t["fields"] is not None]
    comp = sum(1 for t in scored if t["complete"])
    print("items:", len(ITEMS), dict(cats))
    print("scored letters: %d (complete %d, incomplete %d)"
          % (len(scored), comp, len(scored) - comp))
    print("divisions:", dict(Counter(t["division"] for t in scored)))


if __name__ == "__main__":
    main()
