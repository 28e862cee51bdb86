#!/usr/bin/env python3
"""Generate held-out test set 6 for `pengaduan extract` (blind set).

Deterministic: fixed dates, Message-IDs, MIME boundaries, random seeds, PDF
creation dates and DOCX zip timestamps.  Running it twice gives byte-identical
files.  After writing, every gold name / place / address / free-text passage is
checked to occur verbatim (after whitespace collapse) in the decoded letter text
(MIME, HTML, DOCX and PDF are decoded for the check).

Run:  /work/main/.venv/bin/python tests/extract/heldout6/make_heldout6.py
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import io
import json
import math
import quopri
import random
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
AGENCY = "pengaduan.bkpsdm@pasuruankab.go.id"
AGENCY_TO = f"Pengaduan BKPSDM Kabupaten Pasuruan <{AGENCY}>"
FIELD_KEYS = ["name", "address", "service_description", "loss",
              "requested_resolution", "place", "date", "signed"]
ITEMS: list[dict] = []


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def hdate(stamp: str, tz: str = "+0700") -> str:
    """'2026-11-06 20:14:09', '+0700' -> RFC 2822 date as the sender wrote it."""
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=dt.timezone(off))
    return email.utils.format_datetime(d)


def b64w(s: str, charset: str = "UTF-8") -> str:
    return f"=?{charset}?B?{base64.b64encode(s.encode(charset)).decode()}?="


def hdr_text(s: str) -> str:
    return s if s.isascii() else b64w(s)


def addr(name: str | None, mail: str) -> str:
    if not name:
        return f"<{mail}>"
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{b64w(name)} <{mail}>"


def b64body(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def qpbody(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def wrap(text: str, width: int = 72, flowed: bool = False) -> str:
    """Hard-wrap long lines (paragraph lines only) like a mail client."""
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False,
                              break_on_hyphens=False)
        if flowed:
            out.append(" \n".join(parts))
        else:
            out.append("\n".join(parts))
    return "\n".join(out)


def received(host: str, ip: str, stamp: str, tz: str, qid: str) -> str:
    return (f"Received: from {host} ({host} [{ip}])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{AGENCY}>; {hdate(stamp, tz)}\n")


def std_headers(frm, date, subject, mid, extra="", to=AGENCY_TO) -> str:
    return (f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subject}\n"
            f"Message-ID: {mid}\n{extra}")


def write(rel: str, data: bytes | str) -> Path:
    p = HERE / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.write_bytes(data)
    return p


def add(file, category, *, fields=None, division=None, note="", expect_exit=0,
        auto_reply=False, letter_from=None):
    """Register an item. fields: dict of the 11 keys (missing computed)."""
    rec = {"file": file, "category": category, "expect_exit": expect_exit}
    if fields is None:
        rec.update(fields=None, missing=None, complete=None,
                   auto_reply=auto_reply, division=None, ocr=False, note=note)
    else:
        f = {k: fields.get(k) for k in FIELD_KEYS + ["email", "phone", "nik"]}
        f["signed"] = bool(f["signed"])
        missing = [k for k in FIELD_KEYS
                   if (f[k] is None if k != "signed" else not f[k])]
        rec.update(fields=f, missing=missing, complete=not missing,
                   auto_reply=False, division=division, ocr=False, note=note)
    rec["_letter_from"] = letter_from  # 'pdf' | 'docx' | None (checked, not written)
    ITEMS.append(rec)


# --------------------------------------------------------------------------
# signatures, PDF and DOCX builders
# --------------------------------------------------------------------------
def scribble_points(seed: int, w: float, h: float, n: int = 9):
    """A looping handwriting-like stroke inside a w x h box (0,0 top-left)."""
    rng = random.Random(seed)
    pts = []
    steps = n * 14
    phase = rng.uniform(0, 6.28)
    for i in range(steps + 1):
        t = i / steps
        x = w * (0.05 + 0.9 * t) + math.sin(t * n * 6.28 + phase) * w * 0.035
        amp = h * (0.28 + 0.12 * math.sin(t * 3.1 + phase))
        y = h * 0.5 + math.cos(t * n * 6.28 + phase) * amp + (t - 0.5) * h * 0.2
        y += rng.uniform(-0.02, 0.02) * h
        pts.append((x, y))
    # a final flourish underneath
    fl = [(w * (0.15 + 0.8 * k / 20), h * (0.86 - 0.1 * math.sin(k / 20 * 3.14)))
          for k in range(21)]
    return pts, fl


def signature_png(seed: int) -> bytes:
    W, H = 420, 150
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts, fl = scribble_points(seed, W, H)
    ink = (18, 32, 110)
    d.line([(round(x), round(y)) for x, y in pts], fill=ink, width=4, joint="curve")
    d.line([(round(x), round(y)) for x, y in fl], fill=ink, width=3, joint="curve")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


FIXED_PDF_DATE = dt.datetime(2026, 10, 1, 8, 0, 0, tzinfo=dt.timezone.utc)


def build_pdf(blocks, sig_kind=None, seed=1, font="Times", size=11.5) -> bytes:
    """blocks: ('right', txt) | ('p', txt) | ('line', txt) | ('bold', txt)
    | ('kv', label, value) | ('gap', mm) | ('sig', closing, name, [extra lines])
    sig_kind: 'vector' | 'png' | None (typed name only)."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_PDF_DATE)
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_margins(24, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font(font, "", size)
    lh = size * 0.5
    for b in blocks:
        k = b[0]
        if k == "right":
            pdf.cell(0, lh, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "line":
            pdf.cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "bold":
            pdf.set_font(font, "B", size)
            pdf.cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", size)
        elif k == "p":
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(lh * 0.5)
        elif k == "kv":
            pdf.cell(42, lh, b[1])
            pdf.cell(5, lh, ":")
            pdf.multi_cell(0, lh, b[2], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(b[1])
        elif k == "sig":
            closing, name, extra = b[1], b[2], (b[3] if len(b) > 3 else [])
            if pdf.get_y() > 235:
                pdf.add_page()
            x = 118
            pdf.set_x(x)
            pdf.cell(0, lh, closing, new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            if sig_kind == "vector":
                pts, fl = scribble_points(seed, 52, 17)
                pdf.set_draw_color(20, 30, 120)
                pdf.set_line_width(0.45)
                pdf.polyline([(x + px, y + 1 + py) for px, py in pts])
                pdf.set_line_width(0.35)
                pdf.polyline([(x + px, y + 1 + py) for px, py in fl])
            elif sig_kind == "png":
                pdf.image(io.BytesIO(signature_png(seed)), x=x, y=y + 0.5, w=50)
            pdf.set_y(y + 21)
            pdf.set_x(x)
            pdf.cell(0, lh, name, new_x="LMARGIN", new_y="NEXT")
            for e in extra:
                pdf.set_x(x)
                pdf.cell(0, lh, e, new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(k)
    return bytes(pdf.output())


def fixed_zip(data: bytes, when=(2026, 10, 9, 7, 30, 0)) -> bytes:
    """Re-pack a zip (DOCX) with fixed timestamps so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------
# decoding for the self-check
# --------------------------------------------------------------------------
class _H2T(HTMLParser):
    BLOCK = {"br", "p", "div", "tr", "td", "th", "li", "table", "h1", "h2",
             "h3", "blockquote", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s: str) -> str:
    p = _H2T()
    p.feed(s)
    return "".join(p.out)


def pdf_text(data: bytes) -> str:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join((pg.extract_text() or "") for pg in pdf.pages)


def pdf_marks(path: Path) -> int:
    """Number of drawn strokes/images in the PDF attached to an e-mail."""
    import pdfplumber
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    n = 0
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            with pdfplumber.open(io.BytesIO(part.get_payload(decode=True))) as pdf:
                for pg in pdf.pages:
                    n += len(pg.images) + len(pg.curves) + len(pg.lines)
    return n


def docx_text(data: bytes) -> str:
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _dec(payload: bytes, charset: str | None) -> str:
    for cs in (charset, "utf-8", "cp1252"):
        if not cs:
            continue
        try:
            return payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def decoded(path: Path) -> dict:
    """{'all': text, 'pdf': text, 'docx': text, 'from': addr}"""
    data = path.read_bytes()
    res = {"all": "", "pdf": "", "docx": "", "from": None}
    if path.suffix == ".pdf":
        res["pdf"] = res["all"] = pdf_text(data)
        return res
    msg = email.message_from_bytes(data, policy=email.policy.default)
    res["from"] = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = (part.get_filename() or "").lower()
        payload = part.get_payload(decode=True) or b""
        if fname.endswith(".pdf") or ctype == "application/pdf":
            t = pdf_text(payload)
            res["pdf"] += t
            texts.append(t)
        elif fname.endswith(".docx"):
            t = docx_text(payload)
            res["docx"] += t
            texts.append(t)
        elif ctype == "text/html":
            texts.append(html_text(_dec(payload, part.get_content_charset())))
        elif ctype.startswith("text/"):
            texts.append(_dec(payload, part.get_content_charset()))
    res["all"] = "\n".join(texts)
    return res


def collapse(s: str) -> str:
    return " ".join(s.split())


# --------------------------------------------------------------------------
# email_plain
# --------------------------------------------------------------------------
def plain_item(n, *, frm_name, frm_mail, stamp, tz="+0700", subject, mid, body,
               fields, division, note, crlf=False, wrap_width=None,
               flowed=False, extra="", rcv="", cat="email_plain",
               folder="email_plain"):
    text = wrap(body, wrap_width, flowed) if wrap_width else body
    cte = "7bit" if text.isascii() else "8bit"
    ct = 'text/plain; charset="utf-8"' + ("; format=flowed" if flowed else "")
    raw = (rcv + std_headers(addr(frm_name, frm_mail), hdate(stamp, tz),
                             hdr_text(subject), mid, extra)
           + f"MIME-Version: 1.0\nContent-Type: {ct}\n"
           f"Content-Transfer-Encoding: {cte}\n\n" + text)
    if not raw.endswith("\n"):
        raw += "\n"
    if crlf:
        raw = raw.replace("\n", "\r\n")
    rel = f"{folder}/{n}.eml"
    write(rel, raw)
    fields = dict(fields)
    fields.setdefault("email", frm_mail.lower())
    add(rel, cat, fields=fields, division=division, note=note)


def make_plain():
    # ---- n01: CPNS applicant, SKD score; spaced label "N a m a"; place/date on top
    name = "Muhammad Fikri Ardiansyah"
    address = "Dusun Krajan RT 02 RW 04, Desa Bayeman, Kec. Gondangwetan, Kab. Pasuruan"
    svc = ("Nilai SKD yang tercantum pada pengumuman hasil seleksi kompetensi dasar "
           "formasi Penata Kelola Pengadaan Barang/Jasa adalah 311, sedangkan skor yang "
           "tampil di layar monitor dan tercetak pada lembar hasil yang saya terima di "
           "lokasi ujian adalah 356. Dengan nilai 356 saya seharusnya berada di "
           "peringkat dua dan lolos ke tahap SKB.")
    loss = ("Nama saya tidak tercantum sebagai peserta SKB sehingga saya terancam gugur "
            "dari seleksi yang sudah saya persiapkan selama setahun, termasuk biaya "
            "bimbingan belajar Rp 2.400.000 yang sudah saya keluarkan.")
    req = ("Mohon panitia seleksi daerah mencocokkan kembali nilai saya dengan data BKN "
           "dan, bila terbukti ada kesalahan input, memperbaiki pengumuman serta "
           "memasukkan saya ke daftar peserta SKB.")
    body = f"""Gondangwetan, Jum'at, 6 November 2026

Perihal  : Keberatan atas pengumuman hasil SKD CPNS formasi tahun 2026
Lampiran : -

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
selaku Ketua Panitia Seleksi Daerah
di Bangil

Dengan hormat,
Yang bertanda tangan di bawah ini,

N a m a          : {name}
No. Peserta      : 35140226100417
Alamat Domisili  : {address}
Telepon          : 0838-5521-0476

dengan ini menyampaikan keberatan/pengaduan sebagai berikut.

Pokok Aduan:
{svc}

Kerugian/Dampak:
{loss}

Yang Diminta:
{req}

Bersama surat ini saya sertakan foto lembar hasil SKD apabila diperlukan.
Atas perhatian dan kebijaksanaan Bapak/Ibu saya sampaikan terima kasih.


Hormat saya,


{name}
"""
    plain_item("n01", frm_name=name, frm_mail="fikri.ardiansyah@example.com",
               stamp="2026-11-06 20:14:09", subject="Keberatan hasil SKD CPNS 2026 - Muhammad Fikri A.",
               mid="<20261106201409.7731.fikri@mail.example.com>", body=body,
               rcv=received("mail.example.com", "198.51.100.17", "2026-11-06 20:14:11", "+0700", "4F1A22C0D1"),
               extra="User-Agent: Mozilla/5.0 Thunderbird/128.3.0\n",
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Gondangwetan", date="2026-11-06",
                           signed=True, phone="083855210476", nik=None),
               division="pengadaan",
               note="complete; CPNS applicant; spaced label 'N a m a', 'Alamat Domisili', 'Pokok Aduan', 'Kerugian/Dampak', 'Yang Diminta'; place/date with Jum'at at the top; 14-digit exam number is not a NIK")

    # ---- n02: parent about a teacher's conduct; prose; no address; no place/date
    svc = ("Saya ingin mengadukan perilaku wali kelas anak saya, seorang guru PNS, yang "
           "sejak bulan September sering datang terlambat, meninggalkan kelas pada jam "
           "pelajaran untuk urusan pribadi, dan beberapa kali mengata-ngatai murid dengan "
           "sebutan \"bodoh\" di depan teman-temannya. Hal ini sudah saya sampaikan kepada "
           "kepala sekolah dua kali, tetapi tidak ada perubahan.")
    loss = ("Anak saya sekarang takut berangkat sekolah, sering menangis di rumah, dan "
            "nilai ulangan hariannya turun jauh. Saya juga harus bolak-balik ke sekolah "
            "sehingga beberapa hari tidak bisa berjualan di pasar.")
    req = ("Saya mohon BKPSDM memanggil dan membina guru tersebut sesuai aturan disiplin "
           "PNS, dan bila perlu memindahkan beliau dari kelas anak saya.")
    body = f"""Assalamu'alaikum wr. wb.

Bapak/Ibu petugas pengaduan BKPSDM yang saya hormati,

Saya orang tua dari Alya Putri Ramadhani, siswi kelas V-B SD Negeri Sumberrejo 2 Kecamatan Pandaan. {svc}

{loss}

{req}

Nomor HP saya 0856-4891-2230 (bisa WA). Mohon identitas anak saya tidak disebarkan ke sekolah.

Wassalamu'alaikum wr. wb.

Hormat kami,
Nurul Hidayati
(wali murid kelas V-B)
"""
    plain_item("n02", frm_name="Nurul Hidayati", frm_mail="nurul.hidayati86@example.net",
               stamp="2026-10-19 06:05:31", subject="Aduan perilaku guru wali kelas SDN Sumberrejo 2",
               mid="<CAF7h2kQ9wLx.20261019060531@mail.example.net>", body=body,
               fields=dict(name="Nurul Hidayati", address=None, service_description=svc, loss=loss,
                           requested_resolution=req, place=None, date="2026-10-19",
                           signed=True, phone="085648912230", nik=None),
               division="kinerja",
               note="parent about a PNS teacher's conduct (discipline -> kinerja, not BKPSDM staff conduct); prose; no address (school is not her address); no place/date line, Date header 06:05 +0700 (UTC is previous day)")

    # ---- n03: village head on behalf of residents; letterhead; roman-month date
    address = "Jl. Raya Tutur No. 17, Desa Ngadirejo, Kecamatan Tutur, Kabupaten Pasuruan 67165"
    svc = ("Ketujuh warga tersebut telah terdaftar dalam pangkalan data non-ASN BKN dan "
           "mengikuti seluruh tahapan seleksi PPPK Tahun 2026, tetapi nama mereka tidak "
           "tercantum dalam pengumuman usulan PPPK Paruh Waktu tanggal 30 September 2026, "
           "sementara tenaga honorer dengan masa kerja lebih pendek di desa tetangga justru "
           "tercantum. Warga sudah menanyakan ke loket BKPSDM namun hanya dijawab \"sudah "
           "sesuai data dari sistem\".")
    loss = ("Warga kami yang rata-rata sudah mengabdi 10 sampai 16 tahun dengan honor "
            "Rp 400.000 per bulan kini kehilangan harapan untuk diangkat, dan dua di "
            "antaranya sudah diberhentikan oleh sekolah karena formasinya dianggap terisi.")
    req = ("Kami mohon BKPSDM melakukan verifikasi ulang data ketujuh warga tersebut "
           "(daftar nama terlampir) dan memberikan penjelasan tertulis kepada Pemerintah "
           "Desa mengenai alasan tidak tercantumnya nama mereka.")
    body = f"""PEMERINTAH KABUPATEN PASURUAN
KECAMATAN TUTUR
KEPALA DESA NGADIREJO
{address}
HP Kepala Desa: 0813-3072-5518
_____________________________________________________________________

Nomor    : 140/212/424.315.08/2026
Sifat    : Penting
Lampiran : 1 (satu) berkas daftar nama
Perihal  : Pengaduan warga terkait hasil seleksi PPPK Paruh Waktu

Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
di -
    BANGIL

Dengan hormat,

Menindaklanjuti keluhan warga yang disampaikan dalam musyawarah desa tanggal 8 Oktober 2026, kami selaku Kepala Desa Ngadirejo menyampaikan pengaduan atas nama tujuh warga kami yang bekerja sebagai tenaga honorer (guru dan penjaga sekolah) di SDN Ngadirejo 1 dan SDN Ngadirejo 2.

{svc}

{loss}

{req}

Demikian pengaduan ini kami sampaikan. Atas perhatian dan kerja samanya disampaikan terima kasih.

                                   Ngadirejo, 12-X-2026
                                   KEPALA DESA NGADIREJO,

                                           ttd.

                                   SUGENG RIYADI
"""
    plain_item("n03", frm_name="Pemerintah Desa Ngadirejo", frm_mail="pemdes.ngadirejo@example.org",
               stamp="2026-10-13 09:30:12", subject="Surat Pengaduan Warga Desa Ngadirejo - PPPK Paruh Waktu",
               mid="<a91c04e2-5d3b-4f07-9e1a-0c2f6b7d8e13@example.org>", body=body,
               fields=dict(name="SUGENG RIYADI", address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Ngadirejo", date="2026-10-12",
                           signed=True, phone="081330725518", nik=None),
               division="pengadaan",
               note="complete; village head writing for seven honorary residents (PPPK); letterhead address is the complainant's; date '12-X-2026' roman month; 'ttd.' + printed name counts as e-mail closing")

    # ---- n04: widow, survivor's pension; typed by her son from his account; Javanese-flavoured
    address = "Dsn. Karangsono RT 05 RW 02 Ds. Wonosari Kec. Wonorejo Kab. Pasuruan"
    svc = ("Setelah suami saya seda pada 14 Juli 2026, berkas usul pensiun janda sudah saya "
           "serahkan ke loket BKPSDM tanggal 5 Agustus 2026, lengkap dengan akta kematian "
           "dan surat nikah. Tapi sampai sakmeniko SK pensiun janda belum terbit, dan pihak "
           "Taspen bilang berkas saya belum dikirim dari BKPSDM.")
    loss = ("Sejak Agustus saya tidak menerima uang pensiun blas, padahal itu satu-satunya "
            "penghasilan saya, sehingga untuk tumbas obat darah tinggi saya terpaksa utang "
            "ke tetangga.")
    req = ("Nyuwun tulung berkas pensiun janda saya segera diproses dan dikirim ke Taspen, "
           "dan saya diberi kabar sudah sampai tahap mana.")
    body = f"""Kepada Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan

Nuwun sewu, kula Agus, putranipun Ibu Sumarni. Surat di bawah ini saya ketikkan atas permintaan ibu saya, karena beliau sudah sepuh dan tidak bisa memakai email. Mohon balasan dikirim ke email ini saja.

==============================

Assalamu'alaikum wr. wb.

Ingkang matur:
Nama    : Sumarni
No. KTP : 3514 1552 0958 0003
Alamat  : {address}
Status  : janda alm. Kasiadi, pensiunan guru SDN Wonosari 1

{svc}

{loss}

{req}

Matur nuwun sanget atas bantuanipun.

Wonorejo, 19/10/2026

Hormat kula,
Sumarni

(diketik oleh putranya, Agus Prasetyo - WA 0812 3390 7741)
"""
    plain_item("n04", frm_name="Agus Prasetyo", frm_mail="Agus.Prasetyo.WNR@example.com",
               stamp="2026-10-19 19:47:02", subject="Mohon bantuan pensiun janda ibu Sumarni",
               mid="<CAOk1rZ3mU0v.20261019194702.agus@mail.example.com>", body=body,
               fields=dict(name="Sumarni", address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Wonorejo", date="2026-10-19",
                           signed=True, phone="081233907741", nik="3514155209580003"),
               division="pengadaan",
               note="complete; widow's survivor pension (Taspen) letter typed and sent by her son from his own mixed-case address (name = the widow, email = From); 'No. KTP' with spaces; date 19/10/2026; Javanese-flavoured")

    # ---- n05: honorary worker, chatty, lowercase; no address, no loss, no place
    svc = ("sy honorer R2 di dinas pertanian kab pasuruan sdh 11 th, kemarin ikut seleksi "
           "pppk tahap 2 dan di pengumuman akhir status sy \"TMS\" tp tdk ada keterangan "
           "alasannya apa. sdh sy tanya ke bkpsdm lewat dm ig & telpon kantor tp ga ada yg "
           "jawab")
    req = ("tolong dong dijelaskan alasan TMS nya apa, dan kalau memang salah input mohon "
           "dibetulkan biar sy bisa diangkat pppk paruh waktu")
    body = f"""selamat malam min,

mohon maaf malam2 ganggu, sy mau tanya sekaligus komplain.

{svc}

{req}

makasih min
Rizky Maulana
0877 5012 3398
"""
    plain_item("n05", frm_name="Rizky Maulana", frm_mail="rizkymaul4na@example.com",
               stamp="2026-10-24 00:41:17", subject="status TMS pppk tahap 2",
               mid="<1729705277.0412.rizky@phone.example.com>", body=body,
               extra="X-Mailer: Android Mail\n",
               fields=dict(name="Rizky Maulana", address=None, service_description=svc, loss=None,
                           requested_resolution=req, place=None, date="2026-10-24",
                           signed=True, phone="087750123398", nik=None),
               division="pengadaan",
               note="honorary worker asking about PPPK TMS status; chatty lowercase abbreviations; no address, no loss, no place/date (Date header 00:41 +0700, UTC is previous day)")

    # ---- n06: retiree's son writing in English from abroad
    address = "Kruisplein 42B, 3012 CC Rotterdam, the Netherlands"
    svc = ("My father retired on 1 July 2026. His pension decree (SK Pensiun), which we "
           "received in September 2026, states his last rank as III/c, although his "
           "promotion to III/d took effect on 1 April 2022 and the decree for that promotion "
           "is in your files. My cousin reported this at your counter on 14 September, but "
           "he was only told to wait.")
    loss = ("Because of this error my father receives about Rp 310,000 less every month "
            "than he is entitled to, and I have already had to fly home once just to sort "
            "out papers that should have been correct.")
    req = ("Please correct the rank in his pension decree to III/d, send the corrected "
           "decree to PT Taspen, and tell me by e-mail which documents, if any, you still "
           "need from us.")
    body = f"""Rotterdam, November 6th, 2026

To: The Head of BKPSDM Kabupaten Pasuruan
Re: Complaint - incorrect rank in my father's pension decree

Dear Sir or Madam,

I am writing on behalf of my father, who is 60 and not in good health, and whose paperwork I handle from abroad. I apologise for writing in English; my Indonesian is not good enough for an official letter.

Name:      Daniel Hartanto
Relation:  son of Drs. Soedjono Hartanto, retired civil servant (NIP 196606141990031007)
Address:   {address}
WhatsApp:  +62 811-3042-9958

Issue:
{svc}

{loss}

Outcome sought:
{req}

Thank you for your time. I can be reached on WhatsApp at any hour (CET).

Kind regards,

Daniel Hartanto
"""
    plain_item("n06", frm_name="Daniel Hartanto", frm_mail="d.hartanto@mail.example.net",
               stamp="2026-11-06 09:12:40", tz="+0100",
               subject="Complaint: wrong rank in pension decree (Soedjono Hartanto)",
               mid="<7b2f0c1e.44a1.4d6e.b3a0.20261106@mail.example.net>", body=body,
               fields=dict(name="Daniel Hartanto", address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Rotterdam", date="2026-11-06",
                           signed=True, phone="081130429958", nik=None),
               division="pengadaan",
               note="complete; retiree's son writing in English from abroad (Name:/Address:/Issue:/Outcome sought:); 'November 6th, 2026'; loss as unlabelled paragraph; 18-digit NIP of the father is not a NIK")

    # ---- n07: SKP appraisal dispute; 'Nama Lengkap/NIP'; CRLF; date 09/11/2026
    name = "Dra. Endah Kusumaningrum"
    address = "Jl. Mawar Gg. III No. 7, Kelurahan Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan"
    svc = ("Predikat kinerja tahunan 2025 saya ditetapkan \"Butuh Perbaikan\" oleh pejabat "
           "penilai yang baru menjabat dua bulan, tanpa dialog kinerja dan tanpa bukti "
           "dukung. Keberatan yang saya ajukan melalui aplikasi e-Kinerja pada 14 Januari "
           "2026 sampai hari ini belum diproses oleh tim penilai kinerja BKPSDM.")
    loss = ("Tunjangan kinerja saya dipotong 25% selama sepuluh bulan (kurang lebih "
            "Rp 4.600.000) dan saya dicoret dari usulan Satyalancana Karya Satya XXX Tahun.")
    req = ("Saya mohon tim penilai kinerja memeriksa keberatan saya, mengadakan klarifikasi "
           "dengan pejabat penilai, dan menetapkan ulang predikat kinerja tahun 2025 saya "
           "secara objektif.")
    body = f"""Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
c.q. Bidang Penilaian Kinerja dan Penghargaan

Dengan hormat,

Nama Lengkap/NIP : {name} / 19700322 199403 2 005
Jabatan          : Penelaah Teknis Kebijakan, Kantor Kecamatan Kejayan
Alamat           : {address}
Telp.            : +62 812 3301 7456

Isi Pengaduan :
{svc}

Kerugian :
{loss}

Penyelesaian yang diharapkan :
{req}

Demikian pengaduan ini saya sampaikan untuk dapat ditindaklanjuti.

Kejayan, 09/11/2026

Hormat saya,

{name}
"""
    plain_item("n07", frm_name="Endah Kusumaningrum", frm_mail="endah.kusuma@example.org",
               stamp="2026-11-09 13:02:55", subject="Pengaduan keberatan penilaian SKP 2025",
               mid="<000b01dc5a2e$3f0e1a40$bd2a4ec0$@example.org>", body=body, crlf=True,
               extra="X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdxaLj8OGkC9Kk7A\n",
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Kejayan", date="2026-11-09",
                           signed=True, phone="081233017456", nik=None),
               division="kinerja",
               note="complete; SKP appraisal dispute; 'Nama Lengkap/NIP' with NIP (not NIK); 'Isi Pengaduan', 'Penyelesaian yang diharapkan'; date 09/11/2026 (DD/MM); CRLF")

    # ---- n08: ALL CAPS, TPP cut over approved leave; closing without a name
    address = "PERUMAHAN REMBANG ASRI BLOK F NO. 3, DESA PEJANGGANAN, KEC. REMBANG"
    svc = ("SAYA SUDAH MENGAJUKAN CUTI TAHUNAN 5 HARI (7 S/D 11 SEPTEMBER 2026) LEWAT "
           "APLIKASI DAN SUDAH DISETUJUI ATASAN, TAPI DI REKAP E-PRESENSI TETAP TERCATAT "
           "TANPA KETERANGAN (TK) 5 HARI.")
    loss = "AKIBATNYA TPP SAYA DIPOTONG RP 1.175.000 DAN SAYA DAPAT TEGURAN LISAN DARI KASUBAG UMUM."
    req = "MOHON REKAP PRESENSI SAYA DIPERBAIKI DAN POTONGAN TPP DIKEMBALIKAN PADA PEMBAYARAN BULAN BERIKUTNYA."
    body = f"""KEPADA YTH. BKPSDM KAB. PASURUAN

SAYA MAU MENGADUKAN POTONGAN TPP SAYA BULAN SEPTEMBER 2026. {svc}

{loss}

{req}

NAMA   : SUPRIYANTO
NIP    : 198104172009011004
UNIT   : KANTOR KECAMATAN REMBANG
ALAMAT : {address}
HP     : 081 252 776 430

REMBANG, 2 OKTOBER 2026

TERIMA KASIH.
"""
    plain_item("n08", frm_name="Supriyanto", frm_mail="Supriyanto.Rembang@Example.COM",
               stamp="2026-10-02 15:55:20", subject="POTONGAN TPP SEPTEMBER",
               mid="<9f8e7d6c5b4a@example.com>", body=body,
               fields=dict(name="SUPRIYANTO", address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="REMBANG", date="2026-10-02",
                           signed=False, phone="081252776430", nik=None),
               division="kinerja",
               note="ALL CAPS; TPP cut because approved leave shows as absence (cuti -> kinerja); name only in the identity block, closing 'TERIMA KASIH.' with no name after it -> unsigned; upper-case From address")

    # ---- n09: pungli by counter staff during KP; quoted chain below the letter
    name = "Retno Wulandari, S.Pd."
    address = "Jl. Raya Purwodadi No. 211, Desa Parerejo, Kec. Purwodadi"
    svc = ("Saya ingin melaporkan bahwa saat menyerahkan berkas usulan kenaikan pangkat ke "
           "III/d di loket lantai 2 pada 21 Oktober 2026, seorang oknum petugas berinisial "
           "\"Mas D\" meminta \"uang percepatan\" Rp 1.500.000 dan mengatakan berkas tanpa "
           "uang itu \"bisa antre sampai periode depan\". Saya menolak membayar, dan sejak itu "
           "berkas saya dinyatakan \"belum lengkap\" tanpa penjelasan kekurangannya.")
    loss = ("Saya merasa diperlakukan tidak adil; beberapa rekan yang membayar sudah mendapat "
            "nomor pertek, sementara saya sudah tiga kali datang dari Purwodadi dengan izin "
            "dari sekolah.")
    req = ("Saya minta oknum tersebut diperiksa dan diberi sanksi, serta berkas saya "
           "diproses seperti biasa tanpa pungutan apa pun.")
    body = f"""Yth. Tim Pengaduan BKPSDM,

Dengan hormat, saya {name}, guru SMPN 1 Purwodadi. {svc}

{loss}

{req} Nama dan nomor saya mohon dirahasiakan.

Alamat saya: {address}.
HP/WA 0852-3318-6604

Purwodadi, 28 Okt 2026

Salam,
{name}

-------- Pesan Asli --------
Dari: Yuni Astutik <yuni.astutik@example.net>
Tanggal: 22 Oktober 2026 19.40
Kepada: Retno Wulandari <retno.wulandari.pwd@example.com>
Subjek: Re: berkas KP

Mbak Retno, aku kemarin juga dimintai 1,5 juta sama orang yang sama di loket. Katanya biar cepat. Aku bayar karena takut telat, tapi nggak dikasih kuitansi. Alamatku Jl. Diponegoro 4 Purwosari kalau mau ketemu.

> Yun, kamu dulu urus KP dimintai uang juga nggak?
> Salam, Retno
"""
    plain_item("n09", frm_name="Retno Wulandari", frm_mail="retno.wulandari.pwd@example.com",
               stamp="2026-10-28 21:10:04", subject="Laporan pungutan liar di loket kenaikan pangkat",
               mid="<b7e1c2d3-0a9f-4e11-8c55-2026102821@example.com>", body=body,
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Purwodadi", date="2026-10-28",
                           signed=True, phone="085233186604", nik=None),
               division="sekretariat",
               note="complete; pungli at the counter during a kenaikan pangkat (illegal fee -> sekretariat); prose; 'Okt' abbreviation; forwarded colleague's message quoted below with another name/address")

    # ---- n10: rude information desk; wrapped at 72; no loss, no request
    address = "Dusun Pesisir RT 01 RW 03 Desa Jatirejo, Kecamatan Lekok"
    svc = ("Hari Kamis pagi saya datang ke BKPSDM jam 09.00, dan petugas perempuan di meja "
           "informasi sama sekali tidak menanggapi saya karena sibuk dengan HP-nya. Setelah "
           "saya tanya kedua kalinya, dia malah bilang \"baca sendiri di papan, Pak, saya "
           "bukan tukang jelasin\" dengan nada ketus, lalu saya disuruh pulang karena "
           "\"yang ngurus harus ahli waris langsung\", padahal saya membawa surat kuasa dari "
           "ibu saya.")
    body = f"""Assalamualaikum,

Nama saya Wahyu Setiawan, saya warga {address}. Saya bukan pegawai, hanya mau mengambilkan legalisir SK pensiun almarhum bapak saya untuk keperluan bank.

{svc}

Saya sampaikan supaya jadi perhatian. No HP saya 0877-0512-8836.

Lekok, Senin 12 Oktober 2026
Wassalam,
Wahyu Setiawan
"""
    plain_item("n10", frm_name="Wahyu Setiawan", frm_mail="wahyusetiawan.lekok@example.net",
               stamp="2026-10-12 16:40:38", subject="keluhan pelayanan meja informasi",
               mid="<20261012164038.GA5512@example.net>", body=body, wrap_width=72,
               fields=dict(name="Wahyu Setiawan", address=address, service_description=svc, loss=None,
                           requested_resolution=None, place="Lekok", date="2026-10-12",
                           signed=True, phone="087705128836", nik=None),
               division="sekretariat",
               note="member of the public, rude information desk (-> sekretariat though a pension legalisir is named); address inside prose; no loss stated; 'supaya jadi perhatian' judged not a requested resolution; hard-wrapped at 72")

    # ---- n11: PPPK nurse, izin belajar refused; no address
    name = "Ayu Rahmadani, A.Md.Kep."
    svc = ("Permohonan izin belajar S1 Keperawatan yang saya ajukan pada Agustus 2026 "
           "ditolak petugas loket secara lisan dengan alasan \"PPPK tidak bisa izin "
           "belajar\", padahal rekan PPPK di puskesmas lain mendapat surat izin belajar pada "
           "bulan Juni. Saya tidak diberi penolakan tertulis maupun dasar aturannya.")
    loss = ("Saya sudah membayar uang pendaftaran dan semester pertama sebesar Rp 6.850.000 "
            "dan kuliah sudah berjalan, sehingga tanpa izin belajar ijazah saya nanti tidak "
            "dapat digunakan untuk penyesuaian jabatan.")
    req = ("Saya mohon permohonan izin belajar saya diperiksa ulang sesuai ketentuan yang "
           "berlaku bagi PPPK dan saya mendapat jawaban tertulis.")
    body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
Up. Bidang Pengembangan Kompetensi

Perihal  : Pengaduan penolakan permohonan izin belajar
Lampiran : -

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama                 : {name}
NI PPPK              : 199605182024212011
Jabatan / Unit Kerja : Perawat Terampil / UPT Puskesmas Pohjentrek
No. HP/WA            : WA: 0857-3390-4412

Pokok Aduan:
{svc}

Dampak yang saya alami:
{loss}

Permohonan:
{req}

Pohjentrek, 3 November 2026
Hormat saya,

{name}
"""
    plain_item("n11", frm_name="Ayu Rahmadani", frm_mail="ayu.rahmadani@example.org",
               stamp="2026-11-03 10:15:47", subject="Pengaduan izin belajar PPPK",
               mid="<d41d8cd98f00.n11.20261103@example.org>", body=body,
               fields=dict(name=name, address=None, service_description=svc, loss=loss,
                           requested_resolution=req, place="Pohjentrek", date="2026-11-03",
                           signed=True, phone="085733904412", nik=None),
               division="kompetensi",
               note="PPPK nurse, izin belajar refused; unit of work given but no home address; 'Dampak yang saya alami'; 'WA:' phone; 18-digit NI PPPK is not a NIK")

    # ---- n12: Latsar certificate; mixed ID/EN; long signature with office address; no place/date
    name = "Kevin Aditya Pratama, S.Kom."
    address = "Perumahan Gempol Asri Blok B2 No. 9, Desa Kepulungan, Kecamatan Gempol"
    svc = ("So, saya peserta Pelatihan Dasar CPNS Angkatan XIV yang selesai tanggal 26 Juni "
           "2026 dan sudah dinyatakan lulus di pengumuman. Tapi sampai sekarang STTPL "
           "(sertifikat Latsar) saya belum terbit di sistem, sementara teman satu angkatan "
           "sudah semua. Pas saya cek ke bagian diklat, katanya nilai aktualisasi saya "
           "\"belum di-input coach\", padahal coach saya sudah konfirmasi input sejak Juli.")
    loss = ("Impact-nya cukup serius: tanpa STTPL saya belum bisa diusulkan SK PNS 100%, jadi "
            "gaji saya masih 80% padahal masa CPNS saya sudah lewat satu tahun.")
    req = ("Request saya: tolong dicek dan dikoordinasikan dengan BPSDM Provinsi supaya STTPL "
           "saya segera terbit, dan kalau memang ada data yang kurang, kasih tahu saya apa "
           "yang harus dilengkapi.")
    body = f"""Hi admin pengaduan BKPSDM,

Izin menyampaikan complaint terkait sertifikat Latsar CPNS ya.

Nama: {name}
NIP: 200001292025031001
Alamat rumah: {address}
No HP: 0896-7723-1045

{svc}

{loss}

{req}

Thanks a lot,
{name}
Pranata Komputer Ahli Pertama
Dinas Komunikasi dan Informatika Kabupaten Pasuruan
Jl. Hayam Wuruk No. 14, Bangil, Kabupaten Pasuruan

--
DISCLAIMER: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan
untuk penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon
segera memberitahu pengirim dan menghapus email ini. This e-mail and any
attachments are confidential and intended solely for the addressee. Any
unauthorised use, disclosure or copying is strictly prohibited. Please consider
the environment before printing this e-mail.
"""
    plain_item("n12", frm_name="Kevin Aditya Pratama", frm_mail="kevin.aditya@example.com",
               stamp="2026-11-16 10:22:09", subject="Complaint sertifikat Latsar (STTPL) belum terbit",
               mid="<CAE8n2pX6Z+Q=20261116102209@mail.example.com>", body=body,
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place=None, date="2026-11-16",
                           signed=True, phone="089677231045", nik=None),
               division="kompetensi",
               note="Latsar certificate (training -> kompetensi); mixed Indonesian/English; signature block with office address in Bangil and bilingual disclaimer; no place/date line (Date header)")

    # ---- n13: kenaikan pangkat delay; 'Identitas Pelapor' bullets; format=flowed; Nopember
    name = "Agung Prihantoro, S.T."
    address = "Perum Puri Bangil Permai Blok H-12, Kel. Kalirejo, Kec. Bangil"
    svc = ("Usul kenaikan pangkat reguler saya ke Penata (III/c) periode Oktober 2026 sudah "
           "saya unggah lengkap di SIASN sejak 3 Juli 2026 dan statusnya \"Diterima BKD\". "
           "Namun hingga awal November status usulan tidak berubah dan belum diteruskan ke "
           "BKN Kantor Regional II, sedangkan batas waktu pertek sudah lewat.")
    loss = ("Kenaikan pangkat saya mundur satu periode (enam bulan) sehingga saya kehilangan "
            "kenaikan gaji pokok kurang lebih Rp 190.000 per bulan dan angka kredit saya "
            "belum dapat dipakai untuk kenaikan jenjang.")
    req = ("1. Usulan KP saya diteruskan ke BKN paling lambat akhir November 2026; "
           "2. Bila ada kekurangan berkas, saya diberi tahu secara tertulis.")
    req_lines = req.replace("; 2.", ";\n2.")
    body = f"""Bangil, 5 Nopember 2026

Kepada
Yth. Kepala Bidang Mutasi dan Promosi
BKPSDM Kabupaten Pasuruan
di
    BANGIL

Hal : Pengaduan - usul KP periode Oktober 2026 belum diproses

Dengan hormat,

Identitas Pelapor
  - Nama Lengkap  : {name}
  - NIP           : 19880915 201503 1 002
  - Pangkat/Gol.  : Penata Muda Tk. I (III/b)
  - Unit Kerja    : Dinas PUPR Kab. Pasuruan
  - Alamat Rumah  : {address}
  - Telp/WA       : +62 821-4076-5512

Uraian singkat permasalahan:
{svc}

Kerugian yang timbul:
{loss}

Permohonan:
{req_lines}

Demikian, terima kasih atas perhatiannya.

Hormat saya,


{name}
NIP 19880915 201503 1 002
"""
    plain_item("n13", frm_name="Agung Prihantoro", frm_mail="agung.prihantoro@example.net",
               stamp="2026-11-05 07:58:13", subject="Pengaduan: usul kenaikan pangkat Oktober 2026 belum diteruskan ke BKN",
               mid="<5f3e2a10-n13@example.net>", body=body, wrap_width=66, flowed=True,
               extra="User-Agent: Roundcube Webmail/1.6.9\n",
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Bangil", date="2026-11-05",
                           signed=True, phone="082140765512", nik=None),
               division="mutasi",
               note="complete; kenaikan pangkat delay; 'Identitas Pelapor' bullet list; numbered request list; 'Nopember' spelling; format=flowed at 66 cols; +62 phone")

    # ---- n14: mutasi delay, heavy typos; no request; closing without name
    address = "Jl. Anggrek no 5 RT 3 RW 1 Ds. Kalirejo Kec. Sukorejo"
    svc = ("Sya mau menyampaiakn keluhan krn pengajuan pindah tugas (mutasi) saya ikut suami "
           "sudah masuk sejak bulan febuari 2026 tp smpai skrg tdk ada kejelasan, tiap "
           "ditanya ke BKPSDM jawabnnya cuma \"msh proses\", pdahal teman yg ngajukan bln mei "
           "sdh keluar SK nya.")
    loss = ("Akibatnya sy harus tiap hari pulang pergi Sukorejo - Tosari kurang lebih 70 km "
            "lewat jalan gunung, sdh 2x jatuh dr motor dan anak sy yg msh balita terpaksa "
            "dititipkan ke tetangga.")
    body = f"""Dengan hormat,

Saya Dewi Ratnasari, guru PNS di SDN Tosari 3, alamat rumah di {address}, no hp 0813-3655-0197.
{svc}

{loss}

Sukorejo, 21 Oktober 2026

hormat saya
"""
    plain_item("n14", frm_name="Dewi Ratnasari", frm_mail="dewiratna.sari88@example.com",
               stamp="2026-10-22 05:30:02", subject="mutasi ikut suami blm ada kejelasan",
               mid="<n14.1761085802@mail.example.com>", body=body,
               fields=dict(name="Dewi Ratnasari", address=address, service_description=svc, loss=loss,
                           requested_resolution=None, place="Sukorejo", date="2026-10-21",
                           signed=False, phone="081336550197", nik=None),
               division="mutasi",
               note="mutasi delay written with many typos; identity in the first sentence; no requested resolution; closing 'hormat saya' with no name -> unsigned; letter date differs from Date header")

    # ---- n15: CPNS document verification; Perihal/Lampiran -; 628 phone; NIK
    name = "Fadhilah Nur Azizah, S.Farm."
    address = "Jl. KH. Hasyim Asy'ari No. 33 RT 04 RW 01, Kel. Pogar, Kec. Bangil, Kab. Pasuruan"
    svc = ("Saya telah dinyatakan lulus akhir seleksi CPNS 2026. Pada tahap verifikasi "
           "dokumen pengisian DRH NI, berkas saya dikembalikan dengan catatan \"STR tidak "
           "sesuai\", padahal STR Apoteker yang saya unggah masih berlaku sampai 2031. "
           "Perbaikan sudah saya unggah ulang dua kali, tetapi status tetap \"Dikembalikan\" "
           "dan tidak ada petugas yang dapat dihubungi.")
    loss = ("Batas pengisian DRH NI tinggal empat hari. Jika tidak terselesaikan, saya bisa "
            "dianggap mengundurkan diri dan kehilangan formasi yang sudah saya perjuangkan; "
            "selain itu saya sudah dua kali bolak-balik ke kantor BKPSDM tanpa hasil.")
    req = ("Mohon petugas verifikator memeriksa kembali STR saya dan mengubah status berkas "
           "menjadi \"Diterima\", atau menjelaskan secara rinci bagian mana yang dianggap "
           "tidak sesuai.")
    body = f"""Perihal   : Pengaduan hasil verifikasi dokumen pengisian DRH NI PNS
Lampiran  : -

Yth. Panitia Seleksi Daerah / Kepala BKPSDM Kabupaten Pasuruan
di tempat

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama       : {name}
NIK        : 3514094707990002
Alamat     : {address}
Nomor HP   : 6285748801263
Formasi    : Apoteker Ahli Pertama \u2013 RSUD Bangil

Isi Pengaduan
{svc}

Kerugian
{loss}

Permintaan
{req}

Demikian pengaduan ini saya buat dengan sebenarnya.

Bangil, 30 September 2026
Hormat saya,

{name}
"""
    plain_item("n15", frm_name="Fadhilah Nur Azizah", frm_mail="fadhilah.azizah@example.org",
               stamp="2026-09-30 22:03:51", subject="Perihal: Pengaduan verifikasi dokumen DRH NI PNS",
               mid="<2d9f7c66.n15.fadhilah@example.org>", body=body,
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Bangil", date="2026-09-30",
                           signed=True, phone="085748801263", nik="3514094707990002"),
               division="pengadaan",
               note="complete; CPNS applicant, document verification (DRH NI); 'Perihal'/'Lampiran : -'; phone as 628...; NIK plain")

    # ---- n16: wheelchair user, no lift/ramp; no address, loss, request, place
    svc = ("Saya pengguna kursi roda dan hari Kamis 8 Oktober kemarin harus ke loket layanan "
           "kepegawaian di lantai dua gedung BKPSDM untuk menyerahkan berkas. Tidak ada lift "
           "maupun jalur landai, petugas keamanan hanya menyarankan saya \"minta digendong "
           "saja\", dan loket di lantai satu tidak mau menerima berkas saya. Toilet yang "
           "katanya untuk difabel juga dikunci dan dipakai sebagai gudang.")
    body = f"""Yth. BKPSDM Kab. Pasuruan,

Sekadar menyampaikan keluhan. {svc}

Salam,
Yohanes Budi Santoso
guru SLB Negeri Pandaan
WA 0819 4455 2378
"""
    plain_item("n16", frm_name="Yohanes Budi Santoso", frm_mail="yohanes.bs@example.net",
               stamp="2026-10-09 11:11:45", subject="Aksesibilitas gedung BKPSDM",
               mid="<n16-yohanes-20261009111145@example.net>", body=body,
               fields=dict(name="Yohanes Budi Santoso", address=None, service_description=svc, loss=None,
                           requested_resolution=None, place=None, date="2026-10-09",
                           signed=True, phone="081944552378", nik=None),
               division="sekretariat",
               note="short facilities complaint (no lift/ramp, locked accessible toilet) -> sekretariat; missing address, loss, request, place; 'Kamis 8 Oktober' in text is not the letter date (Date header 9 Oct); school name contains a place")

    # ---- n17: e-Layanan portal down; TU head; NIK with spaces
    name = "Bambang Triyono"
    address = "Dusun Ledug RT 01 RW 06, Desa Ledug, Kecamatan Prigen, Kabupaten Pasuruan"
    svc = ("Sejak tanggal 5 Oktober 2026 laman layanan daring BKPSDM (e-Layanan) tidak dapat "
           "diakses sama sekali; yang muncul hanya pesan \"502 Bad Gateway\". Sementara itu "
           "petugas di loket menolak menerima berkas fisik dan meminta semua permohonan, "
           "termasuk legalisir SK dan usul cuti, diajukan melalui aplikasi tersebut.")
    loss = ("Sudah tiga minggu usul cuti dua guru dan permintaan legalisir SK dari sekolah "
            "kami terkatung-katung, dan saya sudah dua kali datang ke Bangil dengan biaya "
            "sendiri tanpa hasil.")
    req = ("Mohon aplikasi e-Layanan segera diperbaiki dan, selama masih gangguan, loket "
           "diperintahkan menerima berkas secara manual.")
    body = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama      : {name}
NIK       : 3514 0212 0475 0001
Alamat    : {address}
HP        : 0815-5367-2219
Pekerjaan : Kepala Tata Usaha SMPN 2 Prigen

Permasalahan:
{svc}

Dampak:
{loss}

Harapan:
{req}

Prigen, 26 Oktober 2026

Hormat kami,
{name}
"""
    plain_item("n17", frm_name="TU SMPN 2 Prigen", frm_mail="tu.smpn2prigen@example.org",
               stamp="2026-10-26 14:00:27", subject="e-Layanan BKPSDM tidak bisa diakses 3 minggu",
               mid="<n17.20261026140027.tu@example.org>", body=body,
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Prigen", date="2026-10-26",
                           signed=True, phone="081553672219", nik="3514021204750001"),
               division="sekretariat",
               note="complete; online service portal down + counter refusing paper (facilities -> sekretariat though cuti/legalisir named); sent from a school office account (From name differs); NIK with spaces; 'Permasalahan/Dampak/Harapan'")

    # ---- n18: anonymous pungli at PPPK contract signing; place/date present
    svc = ("Saat pengambilan SK dan penandatanganan perjanjian kerja di aula BKPSDM tanggal "
           "14 Oktober 2026, kami diarahkan oleh seorang staf ke meja di belakang aula dan "
           "diminta \"uang syukuran\" Rp 750.000 per orang, katanya untuk konsumsi dan map "
           "SK. Yang tidak membayar disuruh menunggu sampai paling akhir.")
    loss = ("Saya dan puluhan teman terpaksa membayar Rp 750.000, padahal gaji pertama kami "
            "belum turun dan sebagian harus meminjam.")
    req = ("Kami mohon Bapak menyelidiki kejadian ini, mengembalikan uang yang sudah "
           "ditarik, dan menindak staf tersebut.")
    body = f"""Kepada Bapak Kepala BKPSDM,

Mohon maaf saya tidak mencantumkan identitas karena takut. Saya salah satu peserta PPPK tahap 1 yang lulus tahun ini.

{svc}

{loss}

{req}

Kraton, 17 Oktober 2026

(peserta PPPK)
"""
    plain_item("n18", frm_name="Peserta PPPK", frm_mail="suara.pppk.2026@example.org",
               stamp="2026-10-18 03:12:50", subject="Pungutan uang syukuran saat penyerahan SK PPPK",
               mid="<n18anon.20261018031250@example.org>", body=body,
               fields=dict(name=None, address=None, service_description=svc, loss=loss,
                           requested_resolution=req, place="Kraton", date="2026-10-17",
                           signed=False, phone=None, nik=None),
               division="sekretariat",
               note="anonymous report of an illegal fee at PPPK contract signing (-> sekretariat); place/date given; '(peserta PPPK)' is not a name; From display name is a pseudonym")

    # ---- n19: Satyalancana; forwarded message containing the letter
    name = "Hartini, S.Pd.SD"
    address = "Dsn. Krajan RT 03 RW 01 Desa Ranuklindungan Kecamatan Grati Kabupaten Pasuruan"
    svc = ("Masa kerja saya pada tahun 2026 sudah 26 tahun tanpa pernah dijatuhi hukuman "
           "disiplin, dan nama saya sudah diusulkan oleh sekolah melalui Korwil Pendidikan "
           "Grati untuk Satyalancana Karya Satya XX Tahun sejak Februari 2026. Namun nama "
           "saya tidak tercantum dalam daftar penerima tahun ini, dan ketika saya tanyakan, "
           "petugas hanya menjawab bahwa usulan dari kecamatan \"tidak masuk\".")
    loss = ("Saya merasa pengabdian saya selama 26 tahun tidak dihargai dan malu kepada "
            "rekan-rekan seangkatan yang sudah menerima penghargaan pada upacara 17 Agustus.")
    req = ("Saya mohon BKPSDM menjelaskan penyebab usulan saya tidak sampai, dan mengusulkan "
           "kembali nama saya pada periode berikutnya.")
    body = f"""Mohon maaf, surat di bawah ini kemarin terkirim ke alamat email lama. Saya teruskan ke alamat pengaduan yang benar.

Salam,
Bu Hartini

---------- Forwarded message ---------
From: Hartini <hartini.grati@example.net>
Date: Mon, Nov 2, 2026 at 9:03 AM
Subject: Pengaduan usulan Satyalancana Karya Satya
To: <bkd.lama@example.org>


Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
saya yang bertanda tangan di bawah ini
Nama      : {name}
NIP       : 197605102000032004
Jabatan   : Guru Ahli Madya, SDN Ranuklindungan 1 Grati
Alamat    : {address}
No. HP    : 0821 3166 0984

menyampaikan pengaduan sebagai berikut.

{svc}

{loss}

{req}

Grati, 2 November 2026

Hormat saya,
{name}
"""
    plain_item("n19", frm_name="Hartini", frm_mail="hartini.grati@example.net",
               stamp="2026-11-04 08:20:33", subject="Fwd: Pengaduan usulan Satyalancana Karya Satya",
               mid="<CAH3rT1n1-fwd.20261104082033@mail.example.net>", body=body,
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Grati", date="2026-11-02",
                           signed=True, phone="082131660984", nik=None),
               division="kinerja",
               note="complete; Satyalancana award (-> kinerja); the letter is inside a forwarded message under a short note signed 'Bu Hartini'; letter date 2 Nov differs from Date header 4 Nov")

    # ---- n20: tugas belajar (PPDS); domicile in Surabaya
    name = "dr. Bagus Hendrawan"
    address = "Jl. Karangmenjangan Gg. V No. 14, Kel. Airlangga, Kec. Gubeng, Surabaya"
    svc = ("Saya lolos seleksi PPDS Ilmu Penyakit Dalam di Universitas Airlangga dengan "
           "beasiswa Kemenkes dan sudah mengajukan permohonan SK tugas belajar ke BKPSDM sejak "
           "Mei 2026, lengkap dengan rekomendasi direktur RSUD. Perkuliahan sudah dimulai "
           "1 Juli 2026, tetapi SK tugas belajar belum terbit sehingga di e-presensi RSUD saya "
           "tetap dianggap pegawai aktif.")
    loss = ("Sejak Juli saya tercatat tidak masuk kerja setiap hari, TPP saya dihentikan, dan "
            "saya menerima surat teguran dari rumah sakit yang bisa berujung hukuman disiplin.")
    req = ("Mohon SK tugas belajar saya diterbitkan dengan TMT 1 Juli 2026 dan BKPSDM "
           "menyampaikan pemberitahuan ke RSUD Bangil agar catatan ketidakhadiran saya "
           "dihapus.")
    body = f"""Kepada Yth. Kepala BKPSDM Kab. Pasuruan
c.q. Bidang Pengembangan Kompetensi

Assalamualaikum wr. wb.

Perkenalkan, saya:
Nama              : {name}
NIP               : 199002112019031006
Unit Kerja asal   : RSUD Bangil
Alamat Domisili   : {address}
HP                : 0878-5530-1147

{svc}

{loss}

{req}

Wassalamualaikum wr. wb.

Surabaya, 5 Oktober 2026

Hormat saya,
{name}
"""
    plain_item("n20", frm_name="Bagus Hendrawan", frm_mail="bagus.hendrawan@mail.example.com",
               stamp="2026-10-05 21:45:19", subject="SK tugas belajar PPDS belum terbit",
               mid="<n20.bagus.20261005214519@mail.example.com>", body=body,
               fields=dict(name=name, address=address, service_description=svc, loss=loss,
                           requested_resolution=req, place="Surabaya", date="2026-10-05",
                           signed=True, phone="087855301147", nik=None),
               division="kompetensi",
               note="complete; tugas belajar (-> kompetensi although TPP/discipline words appear); 'Alamat Domisili' outside the regency; unlabelled paragraphs")


# --------------------------------------------------------------------------
# email_mime
# --------------------------------------------------------------------------
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_mime():
    # ---- n21: HTML only, utf-8 QP, identity in a <table>, RFC 2047 B name + subject
    name = "Rina Kusumawardani, S.Si."
    address = "Perum Bumi Gempol Asri Blok K-7, Desa Wonosari, Kecamatan Gempol, Kabupaten Pasuruan"
    svc = ("Usulan kenaikan jenjang jabatan fungsional saya dari Ahli Pertama ke Ahli Muda "
           "sudah saya ajukan sejak Maret 2026 dengan angka kredit yang telah ditetapkan tim "
           "penilai, namun sampai sekarang belum ada SK pengangkatan dalam jabatan, sementara "
           "rekan seangkatan dari puskesmas lain sudah dilantik pada bulan Agustus.")
    loss = ("Saya tertahan di jenjang Ahli Pertama sehingga tunjangan jabatan fungsional saya "
            "lebih rendah sekitar Rp 440.000 per bulan, dan angka kredit yang sudah saya "
            "kumpulkan berisiko tidak terpakai.")
    req = ("Saya mohon usulan kenaikan jenjang jabatan saya segera diproses sehingga saya "
           "dapat dilantik pada pelantikan terdekat, atau diberi penjelasan tertulis bila ada "
           "persyaratan yang kurang.")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia<br>Kabupaten Pasuruan<br>di Bangil</p>
<p>Dengan hormat,<br>Saya yang bertanda tangan di bawah ini:</p>
<table cellpadding="3" cellspacing="0" style="border-collapse:collapse;margin-left:18px">
<tr><td style="width:130px">Nama</td><td>:</td><td><b>{esc(name)}</b></td></tr>
<tr><td>NIP</td><td>:</td><td>19890304 201402 2 001</td></tr>
<tr><td>Jabatan</td><td>:</td><td>Pranata Laboratorium Kesehatan Ahli Pertama, UPT Puskesmas Gempol</td></tr>
<tr><td>Alamat&nbsp;Rumah</td><td>:</td><td>{esc(address)}</td></tr>
<tr><td>Telepon</td><td>:</td><td>+62 857-0412-6638</td></tr>
</table>
<p>menyampaikan pengaduan mengenai pelayanan kenaikan jenjang jabatan fungsional sebagai berikut.</p>
<p><u>Uraian permasalahan</u><br>{esc(svc)}</p>
<p><u>Kerugian</u><br>{esc(loss)}</p>
<p><u>Permohonan penyelesaian</u><br>{esc(req)}</p>
<p>Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.</p>
<p style="margin-left:300px">Gempol, Kamis, 22 Oktober 2026<br>Hormat saya,<br><br><br>{esc(name)}</p>
</body></html>
"""
    raw = (std_headers(addr("Rina Kusumawardani \u2013 Labkes", "rina.kusumawardani@example.com"),
                       hdate("2026-10-22 12:36:05"),
                       b64w("Pengaduan kenaikan jenjang JF \u2013 Pranata Labkes"),
                       "<n21.6a1f.rina@mail.example.com>")
           + "MIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\n"
             "Content-Transfer-Encoding: quoted-printable\n\n" + qpbody(html.encode("utf-8")))
    write("email_mime/n21.eml", raw)
    add("email_mime/n21.eml", "email_mime", division="mutasi",
        fields=dict(name=name, address=address, service_description=svc, loss=loss,
                    requested_resolution=req, place="Gempol", date="2026-10-22", signed=True,
                    email="rina.kusumawardani@example.com", phone="085704126638", nik=None),
        note="complete; HTML only, utf-8 quoted-printable; identity block is a <table>; RFC 2047 B name (with en dash) and subject; jabatan fungsional promotion -> mutasi")

    # ---- n22: multipart/alternative iso-8859-1 QP; Q-encoded name with e-acute; no loss
    name = "Andr\u00e9 Setiawan"
    address = "Jl. Pattimura No. 8 RT 02 RW 07, Kelurahan Petungasri, Kecamatan Pandaan"
    svc = ("Kartu Istri (Karis) untuk istri saya yang saya terima bulan Juni 2026 tercetak "
           "dengan nama \"Mariam\", padahal sesuai akta nikah dan KTP nama istri saya adalah "
           "\"Maryam Nur Fadilah\". Sudah \u00b1 5 bulan saya mengajukan perbaikan di loket "
           "dengan melampirkan fotokopi akta nikah, tetapi petugas mengatakan Karis tidak bisa "
           "diperbaiki dan saya harus mengajukan permohonan baru dari awal lewat SIASN.")
    req = ("Mohon kiranya BKPSDM memperbaiki data nama istri saya di SIASN dan mencetak ulang "
           "Karis dengan nama yang benar tanpa harus mengulang seluruh proses dari awal.")
    text = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama   : {name}
NIP    : 198211052008011009
Alamat : {address}
HP     : 0813-5800-2461

{svc}

{req}

Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Pandaan, 27 Oktober 2026
Salam hormat,
{name}
"""
    html = "<html><body>\n" + "".join(
        f"<p>{esc(par).replace(chr(10), '<br>')}</p>\n" for par in text.strip().split("\n\n")) + "</body></html>\n"
    B = "----=_NextPart_000_0017_01DC4A11.5B3C2E90"
    raw = (std_headers("=?ISO-8859-1?Q?Andr=E9_Setiawan?= <andre.setiawan@example.net>",
                       hdate("2026-10-27 09:48:31"),
                       "=?iso-8859-1?Q?Pengaduan_Karis_=96_nama_istri_salah_cetak?=",
                       "<n22.0017.01dc4a11@example.net>")
           + f'MIME-Version: 1.0\nContent-Type: multipart/alternative;\n\tboundary="{B}"\n\n'
           "This is a multi-part message in MIME format.\n\n"
           f"--{B}\nContent-Type: text/plain;\n\tcharset=\"iso-8859-1\"\n"
           "Content-Transfer-Encoding: quoted-printable\n\n"
           + qpbody(text.encode("iso-8859-1")) +
           f"\n--{B}\nContent-Type: text/html;\n\tcharset=\"iso-8859-1\"\n"
           "Content-Transfer-Encoding: quoted-printable\n\n"
           + qpbody(html.encode("iso-8859-1")) + f"\n--{B}--\n")
    write("email_mime/n22.eml", raw)
    add("email_mime/n22.eml", "email_mime", division="pengadaan",
        fields=dict(name=name, address=address, service_description=svc, loss=None,
                    requested_resolution=req, place="Pandaan", date="2026-10-27", signed=True,
                    email="andre.setiawan@example.net", phone="081358002461", nik=None),
        note="multipart/alternative iso-8859-1 QP; Q-encoded name with e-acute; subject Q-encoded (0x96 byte is not a dash in iso-8859-1); Karis name misprint (-> pengadaan); no loss stated")

    # ---- n23: Outlook multipart/alternative windows-1252 base64; curly quotes; cuti besar
    name = "Siti Masruroh, S.Ag."
    address = "Dusun Kebonsari RT 02 RW 05, Desa Winongan Kidul, Kecamatan Winongan"
    svc = ("Permohonan cuti besar saya untuk menunaikan ibadah haji tahun 2027 (porsi "
           "keberangkatan sudah keluar) ditolak melalui aplikasi dengan catatan \u201ckuota "
           "cuti besar unit kerja sudah penuh\u201d. Setahu saya tidak ada ketentuan kuota "
           "seperti itu, dan ketika saya tanyakan ke petugas, saya hanya diminta \u201cmenunggu "
           "tahun depan saja\u201d.")
    loss = ("Jika cuti besar tidak disetujui, saya terancam batal berangkat haji padahal "
            "pelunasan BPIH sudah saya bayar dan antrean porsi saya sudah 13 tahun \u2013 "
            "kesempatan ini belum tentu datang lagi.")
    req = ("Saya mohon penolakan tersebut ditinjau kembali dan cuti besar saya disetujui "
           "sesuai ketentuan, atau saya diberi dasar hukum tertulis bila memang ada pembatasan "
           "kuota.")
    intro = (f"Saya, {name}, guru PAI di SDN Winongan Lor 1, beralamat di {address}, dengan "
             "ini mengadukan hal berikut.")
    paras = ["Yth. Kepala BKPSDM Kabupaten Pasuruan\nUp. Bidang Penilaian Kinerja dan Penghargaan",
             "Dengan hormat,\n" + intro, svc, loss, req,
             "Winongan, Senin, 14 September 2026",
             f"Hormat saya,\n{name}\nNIP 197708082005012011\nHP 0852 3040 8817"]
    text = "\r\n\r\n".join(p.replace("\n", "\r\n") for p in paras) + "\r\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=EN-US link="#0563C1"><div class=WordSection1>\r\n'
            + "".join("<p class=MsoNormal>" + esc(p).replace("\n", "<o:p></o:p></p>\r\n<p class=MsoNormal>")
                      + "<o:p></o:p></p>\r\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n" for p in paras)
            + "</div></body></html>\r\n")
    B = "_000_SG2PR06MB5321A1B2C3D4E5F6A7B8C9D0SG2PR06MB5321apcp_"
    raw = ("From: Siti Masruroh <siti.masruroh@example.org>\r\n"
           f"To: {AGENCY_TO}\r\n"
           "Subject: Pengaduan penolakan cuti besar ibadah haji\r\n"
           "Thread-Topic: Pengaduan penolakan cuti besar ibadah haji\r\n"
           "Thread-Index: AdwlE3q0xP2l8mFzSv2a7v0b1c2d3w==\r\n"
           f"Date: {hdate('2026-09-14 10:03:44')}\r\n"
           "Message-ID: <SG2PR06MB5321A1B2C3D4E5F6A7B8C9D0@SG2PR06MB5321.apcprd06.prod.outlook.example.com>\r\n"
           "Content-Language: id-ID\r\nX-MS-Has-Attach:\r\n"
           f'Content-Type: multipart/alternative;\r\n\tboundary="{B}"\r\nMIME-Version: 1.0\r\n\r\n'
           f"--{B}\r\nContent-Type: text/plain; charset=\"windows-1252\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n"
           + b64body(text.encode("cp1252")).replace("\n", "\r\n") +
           f"\r\n--{B}\r\nContent-Type: text/html; charset=\"windows-1252\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n"
           + b64body(html.encode("cp1252")).replace("\n", "\r\n") + f"\r\n--{B}--\r\n")
    write("email_mime/n23.eml", raw)
    add("email_mime/n23.eml", "email_mime", division="kinerja",
        fields=dict(name=name, address=address, service_description=svc, loss=loss,
                    requested_resolution=req, place="Winongan", date="2026-09-14", signed=True,
                    email="siti.masruroh@example.org", phone="085230408817", nik=None),
        note="complete; Outlook multipart/alternative windows-1252 base64, CRLF; curly quotes and en dash; identity and address inside the first sentence; cuti besar refused (-> kinerja); weekday in date line")

    # ---- n24: HTML only, base64, Gmail divs, prose; PPPK placement; no address, no request
    name = "Lailatul Fitriyah"
    svc = ("Di pengumuman hasil akhir saya dinyatakan lulus tetapi dialihkan ke \"formasi "
           "lain\" dan ditempatkan di Kecamatan Tosari, padahal di portal SSCASN peringkat "
           "saya tertulis nomor 1 untuk formasi yang saya lamar. Orang yang ditempatkan di "
           "formasi saya justru berada di peringkat 3.")
    loss = ("Dengan penempatan di Tosari saya harus kos dan meninggalkan ibu saya yang "
            "terkena stroke dan tinggal sendirian, sementara biaya hidup saya bertambah "
            "sekitar Rp 1.200.000 per bulan dengan gaji yang sama.")
    lines = ["Selamat pagi Bapak/Ibu,", "",
             f"Saya {name}, peserta seleksi PPPK Tenaga Teknis 2026 formasi Penata Layanan "
             f"Operasional di Kantor Kecamatan Pasrepan. {svc}", "",
             loss, "",
             "Saya sudah mengirim sanggahan lewat SSCASN tanggal 20 Oktober tapi sampai "
             "sekarang tidak ada jawaban.", "",
             "Terima kasih atas perhatiannya.", "",
             "Pasrepan, 2 Nov 2026", "Salam,", name, "0853-3120-7759"]
    html = '<div dir="ltr">' + "".join(
        "<div><br></div>" if not l else f"<div>{esc(l)}</div>" for l in lines) + "</div>\n"
    raw = (std_headers(addr(name, "lailatul.fitriyah@example.com"), hdate("2026-11-02 06:51:12"),
                       "Penempatan PPPK tidak sesuai peringkat",
                       "<CAJx9pL4n24Qw7ZzK1vYb@mail.example.com>")
           + "MIME-Version: 1.0\nContent-Type: text/html; charset=\"UTF-8\"\n"
             "Content-Transfer-Encoding: base64\n\n" + b64body(html.encode("utf-8")))
    write("email_mime/n24.eml", raw)
    add("email_mime/n24.eml", "email_mime", division="pengadaan",
        fields=dict(name=name, address=None, service_description=svc, loss=loss,
                    requested_resolution=None, place="Pasrepan", date="2026-11-02", signed=True,
                    email="lailatul.fitriyah@example.com", phone="085331207759", nik=None),
        note="HTML only, base64, Gmail <div> per line, running prose; PPPK placement (-> pengadaan); no address; no explicit request (only says her objection got no answer); 'Nov' abbreviation")

    # ---- n25: DOCX letter attached with a short cover note; image signature in the DOCX
    import docx
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    name = "Muhamad Zainul Arifin, S.Sos."
    address = "Jl. Sunan Ampel No. 21 RT 01 RW 03, Desa Rembang, Kecamatan Rembang, Kabupaten Pasuruan"
    svc = ("Permohonan pencantuman gelar Magister Administrasi Publik (M.AP) yang saya ajukan "
           "pada 3 Maret 2026, lengkap dengan surat izin belajar, ijazah, dan transkrip yang "
           "telah dilegalisir, belum juga diproses. Berkas saya dua kali dikembalikan dengan "
           "alasan yang berbeda-beda, dan terakhir saya diminta mengunggah ulang tanpa batas "
           "waktu yang jelas.")
    loss = ("Tanpa SK pencantuman gelar saya tidak dapat mendaftar seleksi terbuka jabatan "
            "administrator yang mensyaratkan pendidikan S2, dan saya sudah mengeluarkan "
            "sekitar Rp 450.000 untuk legalisir dan transportasi.")
    req = ("Saya mohon SK pencantuman gelar saya diterbitkan paling lambat akhir Oktober 2026 "
           "dan setiap penyerahan berkas saya diberi tanda terima resmi.")
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    cp = d.core_properties
    cp.author = "Zainul"
    cp.last_modified_by = "Zainul"
    cp.created = dt.datetime(2026, 10, 9, 7, 0, 0)
    cp.modified = dt.datetime(2026, 10, 9, 7, 25, 0)
    cp.revision = 3
    p = d.add_paragraph("Rembang, 9 Oktober 2026")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Perihal\t: Pengaduan permohonan pencantuman gelar belum diproses\n"
                    "Lampiran\t: -")
    d.add_paragraph("Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\ndi Bangil")
    d.add_paragraph("Dengan hormat,\nYang bertanda tangan di bawah ini:")
    t = d.add_table(rows=0, cols=3)
    for k, v in [("Nama", name), ("NIP", "198604122010011012"),
                 ("Jabatan", "Analis Kebijakan Ahli Pertama, Kecamatan Rembang"),
                 ("Alamat", address), ("No. Telepon", "0823-3155-6091")]:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = k, ":", v
        row[0].width, row[1].width, row[2].width = Cm(3.5), Cm(0.6), Cm(11)
    d.add_paragraph("dengan ini menyampaikan pengaduan sebagai berikut.")
    for head, body in [("Uraian pengaduan:", svc), ("Kerugian yang saya alami:", loss),
                       ("Penyelesaian yang saya minta:", req)]:
        h = d.add_paragraph()
        h.add_run(head).bold = True
        d.add_paragraph(body)
    d.add_paragraph("Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih.")
    p = d.add_paragraph("Hormat saya,")
    p.paragraph_format.left_indent = Cm(9)
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(9)
    p.add_run().add_picture(io.BytesIO(signature_png(2509)), width=Cm(4.2))
    p = d.add_paragraph(name)
    p.paragraph_format.left_indent = Cm(9)
    buf = io.BytesIO()
    d.save(buf)
    docx_bytes = fixed_zip(buf.getvalue())
    cover = ("Yth. Admin Pengaduan BKPSDM,\n\nTerlampir surat pengaduan saya (format Word) "
             "tentang permohonan pencantuman gelar yang belum diproses. Mohon ditindaklanjuti.\n\n"
             "Terima kasih,\nZainul Arifin\n")
    B = "=_mixed_n25_7f3a9c2e41d0"
    fn = "Surat Pengaduan Pencantuman Gelar.docx"
    raw = (std_headers(addr("Zainul Arifin", "zainul.arifin@example.net"), hdate("2026-10-09 07:41:26"),
                       "Surat pengaduan pencantuman gelar (terlampir)", "<n25.7f3a9c2e41d0@example.net>")
           + f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{B}"\n\n'
           f"--{B}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n{cover}\n"
           f"--{B}\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n"
           f' name="{fn}"\nContent-Disposition: attachment;\n filename="{fn}"\n'
           "Content-Transfer-Encoding: base64\n\n" + b64body(docx_bytes) + f"\n--{B}--\n")
    write("email_mime/n25.eml", raw)
    add("email_mime/n25.eml", "email_mime", division="kompetensi", letter_from="docx",
        fields=dict(name=name, address=address, service_description=svc, loss=loss,
                    requested_resolution=req, place="Rembang", date="2026-10-09", signed=True,
                    email="zainul.arifin@example.net", phone="082331556091", nik=None),
        note="complete; short cover note signed 'Zainul Arifin' + DOCX letter (identity in a Word table, signature image above the printed name); degree recognition / pencantuman gelar (-> kompetensi); name taken from the letter")

    # ---- n26: multipart/alternative utf-8 QP both parts; subject split in 2 encoded words; no signature name
    name = "Siti Khoiriyah"
    address = "Jl. Raya Kejayan Gg. Masjid No. 4, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan"
    svc = ("Pada 20 Oktober 2026 saya datang ke BKPSDM untuk memperbaiki data riwayat "
           "pendidikan saya di SIASN sebagai syarat usul kenaikan pangkat. Seorang petugas di "
           "ruang layanan data meminta \u201cbiaya pemutakhiran\u201d Rp 300.000 dan mengatakan "
           "tanpa biaya itu perbaikan baru bisa dikerjakan bulan depan. Saya tidak diberi "
           "kuitansi.")
    loss = ("Saya terpaksa membayar karena butuh cepat, sehingga uang belanja keluarga bulan "
            "ini berkurang Rp 300.000.")
    req = ("Saya meminta uang Rp 300.000 tersebut dikembalikan dan petugas yang bersangkutan "
           "ditindak, serta dipastikan layanan pemutakhiran data di BKPSDM benar-benar gratis.")
    text = f"""Kepada Yth. Bapak/Ibu Tim Pengaduan
BKPSDM Kabupaten Pasuruan

Dengan hormat,

Bersama ini saya:
Nama     : {name}
Alamat   : {address}
No. HP   : 0857 0678 3312
NIK      : 3514115003840007

menyampaikan pengaduan sebagai berikut:

{svc}

{loss}

{req}

Kejayan, 23 Oktober 2026

Hormat saya,

--
Dikirim dari Yahoo Mail di Android
"""
    html = ('<html><head></head><body><div class="ydp-mail" style="font-family:Helvetica Neue,'
            'Helvetica,Arial,sans-serif;font-size:13px">'
            + "".join(f"<div>{esc(par).replace(chr(10), '<br>')}</div><div><br></div>"
                      for par in text.split("\n--\n")[0].strip().split("\n\n"))
            + '</div><div id="ymail_android_signature"><a href="https://mail.example.com/">'
              'Dikirim dari Yahoo Mail di Android</a></div></body></html>\n')
    B = "----=_Part_1487203_1129372641.1761213367001"
    subj = ("=?UTF-8?Q?Pungutan_=E2=80=9Cbiaya_pemutakhiran=E2=80=9D_?=\n"
            " =?UTF-8?Q?data_SIASN_di_BKPSDM?=")
    raw = (std_headers(addr(name, "siti.khoiriyah84@example.com"), hdate("2026-10-23 17:16:07"),
                       subj, "<1487203.1129372641.1761213367001@mail.example.com>")
           + f'MIME-Version: 1.0\nContent-Type: multipart/alternative;\n\tboundary="{B}"\n'
           "X-Mailer: WebService/1.1.24562 YMailNorrin\n\n"
           f"--{B}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
           + qpbody(text.encode("utf-8")) +
           f"\n--{B}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
           + qpbody(html.encode("utf-8")) + f"\n--{B}--\n")
    write("email_mime/n26.eml", raw)
    add("email_mime/n26.eml", "email_mime", division="sekretariat",
        fields=dict(name=name, address=address, service_description=svc, loss=loss,
                    requested_resolution=req, place="Kejayan", date="2026-10-23", signed=False,
                    email="siti.khoiriyah84@example.com", phone="085706783312", nik="3514115003840007"),
        note="multipart/alternative utf-8 QP (Yahoo); subject in two folded encoded-words; illegal fee for SIASN data update (-> sekretariat); 'Hormat saya,' followed only by a mobile-client footer -> unsigned; NIK")

    # ---- n27: HTML only, windows-1252 QP; mixed ID/EN; long disclaimer; discipline sanction
    name = "Ir. Hendro Wibisono, M.T."
    address = "Jl. Cempaka No. 27, Perumahan Pandaan Indah, Kelurahan Jogosari, Kecamatan Pandaan"
    svc = ("Pada 2 Oktober 2026 saya menerima SK hukuman disiplin sedang berupa pemotongan "
           "tunjangan kinerja 25% selama 9 bulan dengan alasan \u201ctidak masuk kerja 12 "
           "hari\u201d. Saya tidak pernah dipanggil untuk pemeriksaan dan tidak pernah "
           "dibuatkan berita acara pemeriksaan, padahal pada hari-hari tersebut saya sedang "
           "menjalankan tugas dinas luar berdasarkan surat tugas Kepala Dinas.")
    loss = ("Tunjangan kinerja saya dipotong sekitar Rp 1.050.000 per bulan mulai Oktober "
            "2026, dan catatan hukuman disiplin ini menghalangi usulan kenaikan pangkat saya.")
    req = ("I respectfully request that BKPSDM review the disciplinary decision, hold a proper "
           "hearing (pemeriksaan) with my superior, and revoke the sanction if the surat tugas "
           "is found valid.")
    disclaimer = ("DISCLAIMER / PEMBERITAHUAN: This message (including any attachments) may "
                  "contain confidential or privileged information and is intended only for the "
                  "individual or entity named above. If you are not the intended recipient, you "
                  "must not use, copy, disclose or distribute it; please notify the sender "
                  "immediately and delete it. Pesan ini dapat berisi informasi rahasia dan hanya "
                  "ditujukan bagi penerima yang disebut di atas. Pengirim tidak bertanggung jawab "
                  "atas kerusakan akibat virus yang mungkin terbawa oleh pesan ini.")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<p>Kepada Yth.<br>Kepala BKPSDM Kabupaten Pasuruan<br>di tempat</p>
<p>Dengan hormat / Dear Sir or Madam,</p>
<p>Nama / <i>Name</i> : {esc(name)}<br>
NIP : 19750618 200312 1 004<br>
Alamat / <i>Address</i> : {esc(address)}<br>
Mobile : 0811-3455-9021</p>
<p><b>Kronologi / <i>What happened</i></b><br>{esc(svc)}</p>
<p><b>Kerugian / <i>Impact</i></b><br>{esc(loss)}</p>
<p><b>Permintaan / <i>Request</i></b><br>{esc(req)}</p>
<p>Pandaan, 10 November 2026</p>
<p>Best regards / Hormat saya,<br>{esc(name)}<br>Kepala Seksi Jalan dan Jembatan<br>Dinas PUPR Kabupaten Pasuruan</p>
<hr>
<p style="font-size:8pt;color:#888">{esc(disclaimer)}</p>
</body></html>
"""
    raw = (std_headers(addr("Hendro Wibisono", "hendro.wibisono@example.org"), hdate("2026-11-10 11:27:40"),
                       "=?windows-1252?Q?Keberatan_hukuman_disiplin_=96_mohon_pemeriksaan_ulang?=",
                       "<n27.hendro.1762748860@example.org>")
           + "MIME-Version: 1.0\nContent-Type: text/html; charset=\"windows-1252\"\n"
             "Content-Transfer-Encoding: quoted-printable\n\n" + qpbody(html.encode("cp1252")))
    write("email_mime/n27.eml", raw)
    add("email_mime/n27.eml", "email_mime", division="kinerja",
        fields=dict(name=name, address=address, service_description=svc, loss=loss,
                    requested_resolution=req, place="Pandaan", date="2026-11-10", signed=True,
                    email="hendro.wibisono@example.org", phone="081134559021", nik=None),
        note="complete; HTML only windows-1252 QP (curly quotes as =93/=94); bilingual labels 'Nama / Name', 'Kronologi / What happened'; request in English; disciplinary sanction (-> kinerja); long bilingual disclaimer after the signature")


# --------------------------------------------------------------------------
# email_pdf
# --------------------------------------------------------------------------
def pdf_mail(n, *, frm_name, frm_mail, stamp, subject, mid, cover, pdf_bytes, fname,
             boundary, fields, division, note, tz="+0700"):
    raw = (std_headers(addr(frm_name, frm_mail), hdate(stamp, tz), hdr_text(subject), mid)
           + f'MIME-Version: 1.0\nContent-Type: multipart/mixed;\n\tboundary="{boundary}"\n\n'
           f"--{boundary}\nContent-Type: text/plain; charset=\"utf-8\"\n"
           f"Content-Transfer-Encoding: 8bit\n\n{cover}\n"
           f"--{boundary}\nContent-Type: application/pdf;\n\tname=\"{fname}\"\n"
           f"Content-Disposition: attachment;\n\tfilename=\"{fname}\"\n"
           "Content-Transfer-Encoding: base64\n\n" + b64body(pdf_bytes) + f"\n--{boundary}--\n")
    rel = f"email_pdf/{n}.eml"
    write(rel, raw)
    fields = dict(fields)
    fields.setdefault("email", frm_mail.lower())
    add(rel, "email_pdf", fields=fields, division=division, note=note, letter_from="pdf")


def make_pdf_items():
    # ---- n28: removal from position; vector signature; complete
    name = "Drs. Mochamad Ichsan Hakim"
    address = "Jl. Raya Purwosari No. 88 RT 02 RW 01, Desa Purwosari, Kecamatan Purwosari, Kabupaten Pasuruan"
    svc = ("Pada 1 Oktober 2026 saya diberhentikan dari jabatan Kepala Seksi Pemerintahan "
           "Kecamatan Purwosari dan ditempatkan sebagai pelaksana tanpa pemberitahuan, tanpa "
           "hasil evaluasi kinerja, dan tanpa alasan tertulis. Sampai hari ini saya belum "
           "menerima salinan SK tersebut; saya hanya diberi tahu secara lisan saat pelantikan "
           "pejabat lain.")
    loss = ("Saya kehilangan tunjangan jabatan dan selisih tunjangan kinerja sekitar "
            "Rp 1.600.000 per bulan, serta merasa dipermalukan di depan rekan kerja dan "
            "masyarakat yang saya layani.")
    req = ("Saya mohon diberikan salinan SK beserta alasan pemberhentian secara tertulis, "
           "serta dilakukan peninjauan kembali dan pengembalian saya ke jabatan semula "
           "apabila tidak terdapat pelanggaran.")
    blocks = [("right", "Purwosari, 20 Oktober 2026"), ("gap", 4),
              ("line", "Perihal   : Keberatan atas pemberhentian dari jabatan"),
              ("line", "Lampiran : -"), ("gap", 4),
              ("line", "Kepada Yth."), ("line", "Kepala BKPSDM Kabupaten Pasuruan"),
              ("line", "di Bangil"), ("gap", 5),
              ("p", "Dengan hormat,"), ("p", "Yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", name), ("kv", "NIP", "19710205 199803 1 006"),
              ("kv", "Jabatan terakhir", "Kepala Seksi Pemerintahan, Kecamatan Purwosari"),
              ("kv", "Alamat", address), ("kv", "No. HP", "0812-4970-3316"), ("gap", 3),
              ("p", "dengan ini mengajukan keberatan dan pengaduan sebagai berikut:"),
              ("bold", "Uraian permasalahan"), ("p", svc),
              ("bold", "Kerugian"), ("p", loss),
              ("bold", "Permohonan"), ("p", req),
              ("p", "Demikian surat keberatan ini saya sampaikan. Atas perhatian Bapak, saya ucapkan terima kasih."),
              ("gap", 2), ("sig", "Hormat saya,", name)]
    pdf_mail("n28", frm_name="Ichsan Hakim", frm_mail="ichsan.hakim@example.com",
             stamp="2026-10-21 08:05:55", subject="Keberatan pemberhentian dari jabatan Kasi",
             mid="<n28.ichsan.20261021080555@example.com>",
             cover="Dengan hormat,\n\nBersama ini saya lampirkan surat keberatan saya dalam bentuk PDF.\n\nHormat saya,\nIchsan\n",
             pdf_bytes=build_pdf(blocks, "vector", seed=2801), fname="Surat_Keberatan_Ichsan.pdf",
             boundary="000000000000a1b2c3d4e5f60728",
             fields=dict(name=name, address=address, service_description=svc, loss=loss,
                         requested_resolution=req, place="Purwosari", date="2026-10-20",
                         signed=True, phone="081249703316", nik=None),
             division="mutasi",
             note="complete; removal from a structural position (jabatan -> mutasi); vector-stroke signature; letter date 20 Oct, Date header 21 Oct; cover note signs with a short name")

    # ---- n29: PPPK contract extension; PNG signature; no loss
    name = "Eka Puspitasari, S.Pd."
    address = "Dusun Sumbersari RT 04 RW 02, Desa Rejoso Lor, Kecamatan Rejoso, Kabupaten Pasuruan"
    svc = ("Perjanjian kerja PPPK saya sebagai guru kelas di SDN Rejoso Lor 2 berakhir pada "
           "31 Oktober 2026. Evaluasi kinerja dan usulan perpanjangan sudah dikirim kepala "
           "sekolah melalui dinas pada bulan Agustus, tetapi sampai surat ini saya tulis belum "
           "ada perjanjian kerja baru, dan petugas BKPSDM hanya menjawab \"tunggu jadwal "
           "penandatanganan\".")
    req = ("Saya mohon kepastian tertulis mengenai perpanjangan perjanjian kerja saya dan "
           "jadwal penandatanganannya.")
    blocks = [("right", "Rejoso, Rabu, 4 November 2026"), ("gap", 4),
              ("line", "Kepada"), ("line", "Yth. Kepala BKPSDM Kabupaten Pasuruan"),
              ("line", "di -"), ("line", "      Bangil"), ("gap", 5),
              ("line", "Perihal: Perpanjangan perjanjian kerja PPPK belum ada kejelasan"), ("gap", 4),
              ("p", "Dengan hormat,"),
              ("kv", "Nama", name), ("kv", "NI PPPK", "199107232023212007"),
              ("kv", "Alamat", address), ("kv", "Telepon/WA", "0856-5521-0938"), ("gap", 3),
              ("p", svc), ("p", req),
              ("p", "Atas perhatian dan bantuan Bapak/Ibu, saya sampaikan terima kasih."),
              ("gap", 2), ("sig", "Hormat saya,", name)]
    pdf_mail("n29", frm_name="Eka Puspitasari", frm_mail="eka.puspitasari@example.net",
             stamp="2026-11-04 19:20:10", subject="Surat pengaduan perpanjangan kontrak PPPK",
             mid="<n29.eka.20261104192010@example.net>",
             cover="Selamat malam,\nberikut saya kirimkan surat pengaduan saya (terlampir).\nTerima kasih.\n",
             pdf_bytes=build_pdf(blocks, "png", seed=2902), fname="pengaduan_pppk_eka.pdf",
             boundary="----=_Part_29_2026110419",
             fields=dict(name=name, address=address, service_description=svc, loss=None,
                         requested_resolution=req, place="Rejoso", date="2026-11-04",
                         signed=True, phone="085655210938", nik=None),
             division="pengadaan",
             note="PPPK contract extension not done (-> pengadaan); embedded PNG signature; no loss; weekday in date line; unlabelled complaint paragraphs")

    # ---- n30: diklat PKP participant selection; printed name only (unsigned); no address
    name = "Yusuf Efendi, S.IP."
    svc = ("Saya telah dua kali diusulkan oleh kepala dinas untuk mengikuti Pelatihan "
           "Kepemimpinan Pengawas (PKP) tahun 2026, namun nama saya tidak tercantum dalam "
           "daftar peserta, sementara pejabat yang baru dilantik tiga bulan justru dipanggil. "
           "Tidak ada pengumuman kriteria penetapan peserta yang dapat saya baca.")
    loss = ("Saya menjabat sebagai pengawas sejak 2023 dan belum juga memenuhi kewajiban "
            "pelatihan kepemimpinan, sehingga saya terancam tidak dapat dipromosikan dan "
            "dinilai belum memenuhi standar kompetensi jabatan.")
    req = ("Mohon BKPSDM mengumumkan kriteria penetapan peserta PKP secara terbuka dan "
           "memprioritaskan saya pada angkatan berikutnya.")
    blocks = [("line", "Hal : Pengaduan penetapan peserta Pelatihan Kepemimpinan Pengawas"),
              ("gap", 4), ("line", "Yth. Kepala BKPSDM Kabupaten Pasuruan"),
              ("line", "c.q. Kepala Bidang Pengembangan Kompetensi"), ("gap", 5),
              ("p", "Dengan hormat,"),
              ("p", f"Saya, {name}, NIP 198309172009031002, Pengawas pada Dinas Perikanan "
                    "Kabupaten Pasuruan, menyampaikan pengaduan berikut."),
              ("bold", "Pokok Aduan"), ("p", svc),
              ("bold", "Kerugian/Dampak"), ("p", loss),
              ("bold", "Penyelesaian yang diharapkan"), ("p", req),
              ("p", "Saya dapat dihubungi melalui WA 0822-4510-7763."),
              ("gap", 2), ("right", "Nguling, 28.10.2026"), ("gap", 2),
              ("sig", "Hormat saya,", name)]
    pdf_mail("n30", frm_name="Yusuf Efendi", frm_mail="yusuf.efendi@example.org",
             stamp="2026-10-29 13:33:03", subject="Pengaduan peserta PKP 2026",
             mid="<n30-yusuf-1761719583@example.org>",
             cover="Yth. Bapak/Ibu Tim Pengaduan,\n\nMohon diterima surat pengaduan saya terlampir.\n\nSalam,\nYusuf Efendi\nWA 0822-4510-7763\n",
             pdf_bytes=build_pdf(blocks, None, seed=3003), fname="Pengaduan PKP - Yusuf Efendi.pdf",
             boundary="b1_30c0ffee30c0ffee30c0ffee",
             fields=dict(name=name, address=None, service_description=svc, loss=loss,
                         requested_resolution=req, place="Nguling", date="2026-10-28",
                         signed=False, phone="082245107763", nik=None),
             division="kompetensi",
             note="leadership training (PKP) selection (-> kompetensi); PDF letter has only the typed name (unsigned) although the cover note closes with a name; no address; date '28.10.2026' near the bottom")

    # ---- n31: originals lost at the counter; vector signature; no request, date without place
    name = "H. Abdul Rokhim"
    address = "Jl. Sultan Agung No. 5 RT 01 RW 04, Kelurahan Kauman, Kecamatan Bangil"
    svc = ("Pada 2 September 2026 saya menyerahkan berkas asli usul pensiun (SK CPNS, SK PNS "
           "dan SK pangkat terakhir asli) di loket penerimaan berkas BKPSDM dan menerima tanda "
           "terima bernomor 0917. Ketika saya kembali pada 5 November, petugas menyatakan "
           "berkas asli saya tidak ditemukan dan meminta saya mencari sendiri di tumpukan map "
           "di ruang arsip.")
    loss = ("Tanpa SK asli saya tidak bisa mengajukan pinjaman pensiun di bank dan harus "
            "mengurus salinan legalisir ke beberapa instansi, dengan biaya dan waktu yang "
            "tidak sedikit bagi saya yang sudah berusia 58 tahun.")
    blocks = [("right", "12 November 2026"), ("gap", 4),
              ("line", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 5),
              ("p", "Assalamu'alaikum warahmatullahi wabarakatuh,"),
              ("p", "Saya yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", name), ("kv", "NIP", "19681104 199203 1 009"),
              ("kv", "Alamat", address), ("kv", "HP", "+62 813 3196 4420"), ("gap", 3),
              ("p", "menyampaikan pengaduan atas pelayanan loket penerimaan berkas BKPSDM."),
              ("p", svc), ("p", loss),
              ("p", "Demikian surat ini saya sampaikan. Wassalamu'alaikum warahmatullahi wabarakatuh."),
              ("gap", 2), ("sig", "Hormat saya,", name)]
    pdf_mail("n31", frm_name="Rizal Rokhim", frm_mail="rizal.rokhim@mail.example.com",
             stamp="2026-11-12 09:14:47", subject="Berkas asli usul pensiun hilang di loket",
             mid="<n31.rokhim.20261112091447@mail.example.com>",
             cover="Assalamualaikum,\n\nTerlampir surat pengaduan bapak saya, H. Abdul Rokhim, soal berkas asli yang hilang.\n\nTerima kasih.\n",
             pdf_bytes=build_pdf(blocks, "vector", seed=3104, font="Helvetica", size=10.5),
             fname="surat-pengaduan.pdf", boundary="=-=-=_n31_8d2e1f",
             fields=dict(name=name, address=address, service_description=svc, loss=loss,
                         requested_resolution=None, place=None, date="2026-11-12",
                         signed=True, phone="081331964420", nik=None),
             division="sekretariat",
             note="original pension documents lost at the intake counter (counter -> sekretariat though pension is named); sent by the complainant's son from his own address (name = the father from the letter); vector signature; no requested resolution; date line without a place; Helvetica")

    # ---- n32: SKP sync error cut tukin; two pages; PNG signature on page 2; English cover note
    name = "Novita Sari Dewi, S.E., M.M."
    address = "Perumahan Sukorejo Indah Blok C No. 15, Desa Glagahsari, Kecamatan Sukorejo, Kabupaten Pasuruan"
    svc = ("Nilai SKP bulanan saya untuk Juli sampai September 2026 tercatat nol di aplikasi "
           "e-Kinerja, padahal seluruh realisasi dan bukti dukung sudah saya unggah tepat waktu "
           "dan sudah disetujui atasan langsung. Admin kepegawaian dinas menyatakan ada "
           "kegagalan sinkronisasi dari sistem BKPSDM, tetapi sampai sekarang tidak "
           "diperbaiki.")
    loss = ("Akibatnya tunjangan kinerja saya selama tiga bulan dipotong total Rp 3.270.000 dan "
            "predikat kinerja triwulan III saya tercatat \"Sangat Kurang\".")
    req = ("Saya mohon tim e-Kinerja BKPSDM memperbaiki data sinkronisasi SKP saya, "
           "menetapkan ulang nilai bulan Juli sampai September 2026, dan membayarkan "
           "kekurangan tunjangan kinerja saya.")
    chrono = [
        "1. 5 Agustus 2026: realisasi SKP bulan Juli diunggah dan disetujui atasan pada hari yang sama.",
        "2. 4 September 2026: realisasi bulan Agustus diunggah; status di aplikasi \"Selesai\".",
        "3. 6 Oktober 2026: realisasi bulan September diunggah; status di aplikasi \"Selesai\".",
        "4. 15 Oktober 2026: rekap tunjangan kinerja menunjukkan nilai SKP nol untuk tiga bulan tersebut.",
        "5. 16 Oktober 2026: saya melapor ke admin kepegawaian Dinas Perdagangan dan Perindustrian.",
        "6. 22 Oktober 2026: admin dinas mengirim tiket ke helpdesk e-Kinerja BKPSDM (tiket #EK-2026-1187).",
        "7. 2 November 2026: tiket masih berstatus \"Menunggu\" tanpa tanggapan.",
    ]
    blocks = [("right", "Sukorejo, 16 November 2026"), ("gap", 4),
              ("line", "Nomor    : -"), ("line", "Lampiran : 1 (satu) lembar kronologi"),
              ("line", "Perihal  : Pengaduan nilai SKP dan pemotongan tunjangan kinerja"), ("gap", 5),
              ("line", "Kepada"), ("line", "Yth. Kepala BKPSDM Kabupaten Pasuruan"),
              ("line", "c.q. Bidang Penilaian Kinerja dan Penghargaan"), ("line", "di Bangil"), ("gap", 5),
              ("p", "Dengan hormat,"),
              ("p", "Yang bertanda tangan di bawah ini:"),
              ("kv", "Nama", name), ("kv", "NIP", "19860911 201001 2 014"),
              ("kv", "Jabatan", "Analis Perdagangan Ahli Muda"),
              ("kv", "Unit Kerja", "Dinas Perdagangan dan Perindustrian"),
              ("kv", "Alamat", address), ("kv", "No. HP", "0821-3987-6025"), ("gap", 3),
              ("p", "dengan ini menyampaikan pengaduan sebagai berikut."),
              ("bold", "A. Uraian pengaduan"), ("p", svc),
              ("bold", "B. Kronologi"), *[("p", c) for c in chrono],
              ("bold", "C. Kerugian"), ("p", loss),
              ("bold", "D. Permintaan penyelesaian"), ("p", req),
              ("p", "Sebagai bahan pertimbangan, tangkapan layar status unggahan SKP dan rekap "
                    "tunjangan kinerja dapat saya kirimkan apabila diperlukan. Saya juga bersedia "
                    "hadir untuk klarifikasi pada hari dan jam kerja."),
              ("p", "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya. Atas "
                    "perhatian dan tindak lanjutnya saya ucapkan terima kasih."),
              ("gap", 30), ("sig", "Hormat saya,", name, ["NIP 19860911 201001 2 014"])]
    pdf_mail("n32", frm_name="Novita Sari Dewi", frm_mail="novita.sd@example.net",
             stamp="2026-11-17 08:02:29", subject="Complaint letter - SKP e-Kinerja & tunjangan kinerja",
             mid="<n32.novita.1763341349@example.net>",
             cover=("Dear BKPSDM complaints team,\n\nPlease find attached my complaint letter "
                    "(2 pages, PDF) about my SKP scores and tunjangan kinerja.\n\n"
                    "Best regards,\nNovita\n"),
             pdf_bytes=build_pdf(blocks, "png", seed=3205, size=12),
             fname="Pengaduan_SKP_Novita.pdf", boundary="Apple-Mail=_3E1B7C0A-2F6D-4B3A-9C1E-32N0V1TA",
             fields=dict(name=name, address=address, service_description=svc, loss=loss,
                         requested_resolution=req, place="Sukorejo", date="2026-11-16",
                         signed=True, phone="082139876025", nik=None),
             division="kinerja",
             note="complete; two-page PDF, PNG signature on page 2; SKP/e-Kinerja sync error cutting tunjangan kinerja (-> kinerja); dated chronology list between the sections; English cover note")


# --------------------------------------------------------------------------
# auto_reply
# --------------------------------------------------------------------------
def make_auto():
    # ---- n33: Outlook out-of-office, no Auto-Submitted header
    body = """Terima kasih atas email Bapak/Ibu.

Saya sedang melaksanakan perjalanan dinas ke luar daerah dan baru kembali ke kantor pada hari Senin, 23 November 2026, dengan akses email terbatas. Untuk keperluan mendesak terkait berkas kepegawaian sekolah, silakan menghubungi operator sekolah di nomor 0343-741220 pada jam kerja.

Thank you for your message. I am out of the office until Monday, 23 November 2026, with limited access to e-mail.

Salam,
Kepala SMPN 3 Bangil
"""
    raw = (std_headers("Kepala SMPN 3 Bangil <kepsek.smpn3bangil@example.org>",
                       hdate("2026-11-16 13:05:18"),
                       "Balasan Otomatis: Tanda terima pengaduan PGD-2026-0712",
                       "<OOF.n33.SG2PR03MB2267@example.org>",
                       "In-Reply-To: <pgd-2026-0712.ack@pasuruankab.go.id>\n"
                       "References: <pgd-2026-0712.ack@pasuruankab.go.id>\n"
                       "Thread-Topic: Tanda terima pengaduan PGD-2026-0712\n"
                       "X-Auto-Response-Suppress: All\n"
                       "X-MS-Exchange-Inbox-Rules-Loop: kepsek.smpn3bangil@example.org\n"
                       "Content-Language: id-ID\n")
           + "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           + body)
    write("auto_reply/n33.eml", raw)
    add("auto_reply/n33.eml", "auto_reply", auto_reply=True,
        note="Outlook-style out-of-office ('Balasan Otomatis:' subject, X-Auto-Response-Suppress, In-Reply-To our ack), no Auto-Submitted header")

    # ---- n34: DSN bounce, multipart/report, returned message quotes a complaint
    B = "9B095B5ADSN=_01DC4FA3E1B2C3D4mail.example.org"
    returned = f"""Date: {hdate('2026-10-30 10:12:40')}
From: Pengaduan BKPSDM Kabupaten Pasuruan <{AGENCY}>
To: bayu.anggara@example.org
Subject: Permintaan kelengkapan pengaduan PGD-2026-0698
Message-ID: <pgd-2026-0698.req@pasuruankab.go.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Yth. Bapak Bayu Anggara,

Pengaduan Anda telah kami terima dengan nomor PGD-2026-0698. Agar dapat
diproses, mohon melengkapi data berikut dengan membalas email ini:

  - Alamat lengkap
  - Uraian kerugian yang Anda alami
  - Permintaan penyelesaian

Ringkasan pengaduan Anda:
  Nama   : Bayu Anggara
  Uraian : Usul kenaikan pangkat periode Oktober 2026 belum diproses.

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
    raw = (f"Return-Path: <>\n"
           + std_headers("postmaster@mail.example.org", hdate("2026-10-30 10:12:47"),
                         "Undeliverable: Permintaan kelengkapan pengaduan PGD-2026-0698",
                         "<9B095B5A-DSN-01DC4FA3@mail.example.org>",
                         "Auto-Submitted: auto-generated\n"
                         "X-MS-Exchange-Message-Is-Ndr:\n", to=AGENCY)
           + f'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="{B}"\n\n'
           f"--{B}\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
           "Delivery has failed to these recipients or groups:\n\n"
           "bayu.anggara@example.org\n"
           "The e-mail address you entered couldn't be found. Please check the recipient's\n"
           "e-mail address and try to resend the message.\n\n"
           "Diagnostic information for administrators:\n\n"
           "Generating server: mail.example.org\n"
           "bayu.anggara@example.org\n"
           "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
           f"--{B}\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns;mail.example.org\n"
           f"Received-From-MTA: dns;mx1.pasuruankab.go.id\nArrival-Date: {hdate('2026-10-30 10:12:44')}\n\n"
           "Final-Recipient: rfc822;bayu.anggara@example.org\nAction: failed\nStatus: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\n\n"
           f"--{B}\nContent-Type: message/rfc822\n\n{returned}\n--{B}--\n")
    write("auto_reply/n34.eml", raw)
    add("auto_reply/n34.eml", "auto_reply", auto_reply=True,
        note="Exchange-style NDR (multipart/report, Return-Path <>, postmaster) returning our request-for-missing-items mail, which quotes a complainant's name and complaint")

    # ---- n35: mailing-list digest with complaint-like content
    body = """Kirim tulisan untuk Forum-ASN-Pasuruan ke
	forum-asn-pasuruan@lists.example.org

Untuk berhenti berlangganan atau mengubah pengaturan, kunjungi
	https://lists.example.org/mailman/listinfo/forum-asn-pasuruan

Topik Hari Ini:

   1. Re: TPP dipotong padahal cuti sudah disetujui (Hadi Susanto)
   2. Jadwal sosialisasi SKP 2027 (Admin Forum)


----------------------------------------------------------------------

Pesan: 1
Date: Tue, 17 Nov 2026 19:02:11 +0700
From: Hadi Susanto <hadi.susanto@example.com>
Subject: Re: TPP dipotong padahal cuti sudah disetujui

Saya juga mengalami, Pak. TPP bulan Oktober saya dipotong Rp 900.000 padahal
cuti sudah di-ACC atasan. Saran saya langsung buat surat pengaduan resmi ke
BKPSDM, isi nama, alamat, kerugian, dan permintaan penyelesaian, lalu
tanda tangan. Jangan cuma curhat di grup.

Hadi Susanto
Kec. Gempol

------------------------------

Pesan: 2
Date: Tue, 17 Nov 2026 20:15:40 +0700
From: Admin Forum <admin@lists.example.org>
Subject: Jadwal sosialisasi SKP 2027

Sosialisasi SKP 2027 dijadwalkan Kamis, 26 November 2026 di aula kecamatan.

------------------------------

Akhir dari Forum-ASN-Pasuruan Digest, Vol 3, Edisi 18
*****************************************************
"""
    raw = (std_headers("forum-asn-pasuruan-request@lists.example.org",
                       hdate("2026-11-18 05:00:02"),
                       "Forum-ASN-Pasuruan Digest, Vol 3, Edisi 18",
                       "<mailman.4418.1763416802.2207.forum-asn-pasuruan@lists.example.org>",
                       "Reply-To: forum-asn-pasuruan@lists.example.org\n"
                       "Sender: \"Forum-ASN-Pasuruan\" <forum-asn-pasuruan-bounces@lists.example.org>\n"
                       "Precedence: list\n"
                       "X-BeenThere: forum-asn-pasuruan@lists.example.org\n"
                       "X-Mailman-Version: 2.1.39\n"
                       "List-Id: Forum diskusi ASN Kabupaten Pasuruan <forum-asn-pasuruan.lists.example.org>\n"
                       "List-Unsubscribe: <https://lists.example.org/mailman/options/forum-asn-pasuruan>,\n"
                       " <mailto:forum-asn-pasuruan-request@lists.example.org?subject=unsubscribe>\n"
                       "List-Archive: <https://lists.example.org/pipermail/forum-asn-pasuruan/>\n"
                       "List-Post: <mailto:forum-asn-pasuruan@lists.example.org>\n",
                       to=AGENCY)
           + "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           + body)
    write("auto_reply/n35.eml", raw)
    add("auto_reply/n35.eml", "auto_reply", auto_reply=True,
        note="Mailman list digest (List-Id, List-Unsubscribe, Precedence: list) whose content discusses a TPP complaint")

    # ---- n36: Sieve vacation auto-reply from a citizen, Javanese-flavoured
    body = """Matur nuwun, email panjenengan sampun kula tampi.

Kula saweg tindak umroh ngantos tanggal 25 November 2026 lan mboten saged mbukak email. Menawi wonten kabar bab pengaduan kula, badhe kula wangsuli sasampunipun kondur.

Salam,
Sri Wahyuni
"""
    raw = (std_headers("Sri Wahyuni <sri.wahyuni.prg@example.net>", hdate("2026-11-11 14:40:00"),
                       "Re: Permintaan kelengkapan pengaduan PGD-2026-0655",
                       "<vacation.n36.1762846800@example.net>",
                       "In-Reply-To: <pgd-2026-0655.req@pasuruankab.go.id>\n"
                       "References: <pgd-2026-0655.req@pasuruankab.go.id>\n"
                       "Auto-Submitted: auto-replied (vacation)\n"
                       "Precedence: junk\n",
                       to=AGENCY)
           + "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           + body)
    write("auto_reply/n36.eml", raw)
    add("auto_reply/n36.eml", "auto_reply", auto_reply=True,
        note="Sieve vacation reply from a complainant (Auto-Submitted: auto-replied (vacation), 'Re:' subject, signed with a name)")


# --------------------------------------------------------------------------
# hostile
# --------------------------------------------------------------------------
def make_hostile():
    write("hostile/n37.docx", b"")
    add("hostile/n37.docx", "hostile_error", expect_exit=3, note="zero-byte .docx")

    html = ("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
            "<title>404 Not Found</title></head>\n<body><h1>404 Not Found</h1>"
            "<p>Berkas yang Anda minta tidak ditemukan di server.</p>"
            "<hr><address>nginx/1.24.0</address></body></html>\n")
    write("hostile/n38.pdf", html.encode("utf-8"))
    add("hostile/n38.pdf", "hostile_error", expect_exit=3,
        note="an HTML 404 error page saved under a .pdf name (no %PDF header)")

    blocks = [("right", "Bangil, 3 November 2026"), ("gap", 4),
              ("line", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 4),
              ("kv", "Nama", "Slamet Hariyadi"),
              ("kv", "Alamat", "Jl. Gajah Mada No. 12, Kelurahan Dermo, Kecamatan Bangil"),
              ("p", "Usul kenaikan pangkat saya periode Oktober 2026 belum diproses. " * 6),
              ("p", "Saya kehilangan selisih gaji selama enam bulan. " * 6),
              ("p", "Mohon usulan saya segera diteruskan ke BKN. " * 6),
              ("sig", "Hormat saya,", "Slamet Hariyadi")]
    full = build_pdf(blocks, "png", seed=3901)
    write("hostile/n39.pdf", full[: int(len(full) * 0.30)])
    add("hostile/n39.pdf", "hostile_error", expect_exit=3,
        note="PDF truncated to 30% of its bytes (no xref, trailer or catalog)")

    # ---- n40: odd but readable mail; body letter scored
    name = "Taufik Hidayatullah"
    address = "Dusun Cangkring RT 02 RW 03, Desa Lumbang, Kecamatan Lumbang, Kabupaten Pasuruan"
    svc = ("Dalam SK mutasi tanggal 15 Oktober 2026 saya dipindahkan dari SDN Lumbang 1 ke "
           "SDN Wonokitri 2 Kecamatan Tosari, padahal dalam permohonan yang saya ajukan sejak "
           "Juni 2026 saya sudah melampirkan surat keterangan dokter bahwa anak saya "
           "penyandang disabilitas dan harus kontrol rutin ke RSUD Bangil setiap minggu. "
           "Permohonan pertimbangan ulang yang saya sampaikan ke loket tidak mendapat jawaban.")
    loss = ("Jarak ke tempat tugas baru sekitar 55 km lewat jalan pegunungan sehingga saya "
            "tidak bisa mengantar anak kontrol, dan biaya transportasi bertambah sekitar "
            "Rp 800.000 per bulan.")
    req = ("Saya mohon SK mutasi saya ditinjau kembali dan saya ditempatkan di sekolah yang "
           "masih berada di wilayah Kecamatan Lumbang atau sekitarnya.")
    letter = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan
Up. Bidang Mutasi dan Promosi

Dengan hormat,

Nama      : {name}
NIP       : 198708122011011005
Alamat    : {address}
No. HP    : 0857-4433-0812

Keluhan :
{svc}

Kerugian :
{loss}

Permohonan :
{req}

Lumbang, 30 Oktober 2026

Hormat saya,
{name}
"""
    long_name = ("Scan_SK_Mutasi_" + "Taufik_Hidayatullah_" * 12 + "final_revisi_3.bin")
    letter_bytes = ("\u00b1 catatan pribadi \u2013 mohon dibaca\r\n\r\n"
                    + letter.replace("\n", "\r\n")).encode("utf-8")
    head = ("Return-Path: <Taufik.H@Example.com>\n"
            "From: \"Taufik Hidayatullah\" <Taufik.H@Example.com>\n"
            f"To: {AGENCY}\n"
            "Subject:Keberatan SK mutasi ke Kecamatan Tosari\n"
            f"Date: {hdate('2026-10-30 19:02:44')}\n"
            "Message-ID: <n40.odd.20261030190244@example.com>\n"
            "MIME-Version: 1.0\n"
            "content-type: multipart/mixed; boundary=\"----=_Part_0_odd\"; charset=utf-8 \n"
            "X-Very-Long-Header: " + ("x" * 1200) + "\n\n")
    parts = ("This is a multi-part message in MIME format.\n"
             "------=_Part_0_odd\nContent-Transfer-Encoding: 8-bit\n\n").encode("ascii")
    parts += letter_bytes
    parts += ("\n------=_Part_0_odd\n"
              f"Content-Type: application/octet-stream; name=\"{long_name}\"\n"
              f"Content-Disposition: attachment; filename=\"{long_name}\"\n"
              "Content-Transfer-Encoding: base64\n\n"
              "!!!! ini-bukan-base64 @@@@ ####\n%%%%=====\n"
              "------=_Part_0_odd\n"
              "Content-Type: text/plain; charset=\"utf-8lah\"\n"
              "Content-Disposition: attachment; filename=\"catatan.txt\"\n\n"
              "Foto SK menyusul.\n"
              "------=_Part_0_odd--\n"
              "sisa epilog \x7f tidak penting\n").encode("ascii")
    write("hostile/n40.eml", head.encode("ascii") + parts)
    add("hostile/n40.eml", "hostile_ok", division="mutasi",
        fields=dict(name=name, address=address, service_description=svc, loss=loss,
                    requested_resolution=req, place="Lumbang", date="2026-10-30", signed=True,
                    email="taufik.h@example.com", phone="085744330812", nik=None),
        note="odd but readable: lower-case content-type header, no space after 'Subject:', 1200-char header, letter part without Content-Type (8-bit UTF-8, bogus CTE '8-bit', CRLF), invalid base64 attachment with a very long filename, unknown charset part, epilogue junk; the body letter is scored (complete, mutasi)")


# --------------------------------------------------------------------------
# self-check and main
# --------------------------------------------------------------------------
def check():
    problems = []
    for rec in ITEMS:
        path = HERE / rec["file"]
        f = rec["fields"]
        if rec["expect_exit"] == 3:
            data = path.read_bytes()
            if data.startswith(b"%PDF"):
                try:
                    pdf_text(data)
                    problems.append(f"{rec['file']}: truncated PDF still opens")
                except Exception:
                    pass
            continue
        if f is None:
            continue
        dec = decoded(path)
        src = dec[rec["_letter_from"]] if rec["_letter_from"] else dec["all"]
        if not collapse(src):
            problems.append(f"{rec['file']}: no letter text decoded")
        hay = collapse(src)
        for k in ("name", "place", "address", "service_description", "loss",
                  "requested_resolution"):
            if f[k] is not None and collapse(f[k]) not in hay:
                problems.append(f"{rec['file']}: {k} not verbatim: {f[k][:60]!r}")
        digits = re.sub(r"\D", "", src)
        if f["phone"] is not None:
            assert f["phone"].startswith("0") and f["phone"].isdigit()
            if f["phone"][1:] not in digits:
                problems.append(f"{rec['file']}: phone {f['phone']} not in text")
        if f["nik"] is not None:
            assert len(f["nik"]) == 16
            if f["nik"] not in digits:
                problems.append(f"{rec['file']}: nik not in text")
        if path.suffix == ".eml":
            if f["email"] != dec["from"]:
                problems.append(f"{rec['file']}: email {f['email']} != From {dec['from']}")
            m = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
            hd = email.utils.parsedate_tz(m["Date"])
            if hd[0] != 2026:
                problems.append(f"{rec['file']}: Date header year")
        dt.date.fromisoformat(f["date"])
        assert rec["complete"] == (rec["missing"] == [])
        assert rec["division"] in ("sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja")
        if rec["_letter_from"] == "pdf":
            marks = pdf_marks(path)
            if bool(marks) != f["signed"]:
                problems.append(f"{rec['file']}: signature marks {marks} vs signed={f['signed']}")
    if problems:
        raise SystemExit("SELF-CHECK FAILED:\n  " + "\n  ".join(problems))


def main():
    make_plain()
    make_mime()
    make_pdf_items()
    make_auto()
    make_hostile()
    check()
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for rec in ITEMS:
            out = {k: v for k, v in rec.items() if not k.startswith("_")}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    cats: dict[str, int] = {}
    for rec in ITEMS:
        cats[rec["category"]] = cats.get(rec["category"], 0) + 1
    scored = [r for r in ITEMS if r["fields"] is not None]
    print(f"{len(ITEMS)} items: {cats}; scored letters {len(scored)}, "
          f"complete {sum(r['complete'] for r in scored)}, "
          f"incomplete {sum(not r['complete'] for r in scored)}")


if __name__ == "__main__":
    main()
