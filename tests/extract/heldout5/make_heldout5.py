#!/usr/bin/env python3
"""Deterministic generator for the sealed held-out set `heldout5`.

45 items (complaint e-mails, MIME variants, PDF/DOCX attachments, auto-replies,
hostile files) plus truth.jsonl in the public samples' format.

Gold passages are marked inside the letter sources with {K}...{/K}
(N name, A address, S service_description, L loss, R requested_resolution,
P place); the markers are stripped before the letter is encoded, and after
writing, every item is decoded again (MIME, HTML, DOCX, PDF) and each gold is
asserted to occur verbatim after whitespace collapse.

Run with /work/main/.venv/bin/python (stdlib + fpdf2, python-docx, Pillow;
pdfplumber is used only, when importable, to double-check the PDFs).
All people, addresses and numbers are invented; mail domains are example.*.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import quopri
import random
import re
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.utils import format_datetime
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent
AGENCY = "pengaduan.bkpsdm@pasuruankab.go.id"
FIXED_PDF_DATE = datetime(2026, 11, 1, 8, 0, 0, tzinfo=timezone(timedelta(hours=7)))

FIELD_ORDER = ["name", "address", "service_description", "loss",
               "requested_resolution", "place", "date", "signed"]
ALL_FIELDS = FIELD_ORDER + ["email", "phone", "nik"]

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

MARK = re.compile(r"\{([NASLRP])\}(.*?)\{/\1\}", re.S)
KEYMAP = {"N": "name", "A": "address", "S": "service_description", "L": "loss",
          "R": "requested_resolution", "P": "place"}


def norm(s: str) -> str:
    return " ".join(s.split())


def letter(src: str):
    """Dedent a marked letter source; return (plain text, golds)."""
    src = textwrap.dedent(src).strip("\n") + "\n"
    golds: dict[str, str] = {}

    def rep(m):
        k = KEYMAP[m.group(1)]
        assert k not in golds, f"duplicate marker {k}"
        golds[k] = norm(m.group(2))
        return m.group(2)

    text = MARK.sub(rep, src)
    assert "{" not in text and "}" not in text, "unbalanced marker"
    return text, golds


def dh(local: str, tz: str = "+0700"):
    """Date header for a sender-local timestamp; returns (header, local ISO date)."""
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    dt = dt.replace(tzinfo=timezone(off))
    return format_datetime(dt), dt.date().isoformat()


def mid(item_id: str, domain: str, style: str = "hex") -> str:
    h = hashlib.sha1(("heldout5/" + item_id).encode()).hexdigest()
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("+", "-")
        return f"<CA{b[:26]}{h[:10]}@mail.{domain}>"
    if style == "outlook":
        return f"<SG2PR0{h[:2].upper()}MB{h[2:6].upper()}{h[6:22].upper()}@{domain}>"
    return f"<{h[:8]}.{h[8:20]}@{domain}>"


def boundary(item_id: str, n: int = 0) -> str:
    h = hashlib.sha1(f"b/{item_id}/{n}".encode()).hexdigest()
    return f"00000000000{h[:17]}"


def ew_b(s: str, charset: str = "utf-8") -> str:
    """RFC 2047 B encoded words (split so each stays under 76 chars)."""
    words, chunk = [], ""
    for ch in s:
        if len(base64.b64encode((chunk + ch).encode(charset))) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?="
                      for w in words)


def ew_q(s: str, charset: str) -> str:
    out = []
    for b in s.encode(charset):
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={b:02X}")
    enc = "".join(out)
    # split into words of at most ~60 encoded chars without cutting =XX
    words, cur, i = [], "", 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == "=" else enc[i]
        if len(cur) + len(tok) > 58:
            words.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    words.append(cur)
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in words)


def b64lines(b: bytes) -> bytes:
    e = base64.b64encode(b).decode()
    return ("\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + "\n").encode()


def qp(b: bytes) -> bytes:
    return quopri.encodestring(b)


def wrap_text(text: str, width: int = 72, flowed: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or "\t" in line:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False,
                              break_on_hyphens=False)
        out.append((" \n" if flowed else "\n").join(parts))
    return "\n".join(out)


def hdr_lines(pairs) -> str:
    return "".join(f"{k}: {v}\n" for k, v in pairs)


def received(host: str, ip: str, qid: str, date_hdr: str) -> tuple[str, str]:
    return ("Received",
            f"from {host} ({host} [{ip}])\n\tby mx1.pasuruankab.go.id (Postfix) "
            f"with ESMTPS id {qid}\n\tfor <{AGENCY}>; {date_hdr}")


def join_msg(headers, body: bytes, crlf: bool = False) -> bytes:
    raw = hdr_lines(headers).encode("ascii") + b"\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def part(ctype: str, body: bytes, cte: str, extra=()) -> bytes:
    hs = [("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)]
    return hdr_lines(hs).encode("ascii") + b"\n" + body


def multipart(bnd: str, parts, preamble: bytes = b"") -> bytes:
    out = preamble
    for p in parts:
        if not p.endswith(b"\n"):
            p += b"\n"
        out += f"--{bnd}\n".encode() + p + b"\n"
    out += f"--{bnd}--\n".encode()
    return out


def encode_body(text: str, charset: str, cte: str) -> bytes:
    b = text.encode(charset)
    if cte == "quoted-printable":
        return qp(b)
    if cte == "base64":
        return b64lines(b)
    return b


# --------------------------------------------------------------------------
# HTML renderers (the decoded text must still contain every gold)
# --------------------------------------------------------------------------

def gmail_soup(text: str, font: str = "arial,helvetica,sans-serif",
               subs=()) -> str:
    """Webmail-style <div>/<br> soup with inline styles."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        if line.strip():
            h = escape(line, quote=False)
            for a, b in subs:
                h = h.replace(a, b)
            rows.append(f'<div style="font-family:{font};font-size:small;color:#222222">{h}</div>')
        else:
            rows.append("<div><br></div>")
    return ('<div dir="ltr"><div class="gmail_default" style="font-family:'
            f'{font}">' + "".join(rows) + "</div></div>\n")


def font_soup(text: str, subs=()) -> str:
    """Old webmail <font>/<br> soup, lines joined with <br>."""
    lines = []
    for line in text.rstrip("\n").split("\n"):
        h = escape(line, quote=False)
        for a, b in subs:
            h = h.replace(a, b)
        lines.append(h)
    body = "<br>\r\n".join(lines)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"><style>p{margin:0}</style></head><body>'
            '<font face="Tahoma" size="2" color="#000080">' + body +
            '</font><br><br><font face="Tahoma" size="1" color="#808080">'
            'Dikirim dari aplikasi surel ponsel</font></body></html>\n')


def word_html(text: str, subs=()) -> str:
    """Outlook/Word-ish HTML with <p class=MsoNormal>."""
    ps = []
    for line in text.rstrip("\n").split("\n"):
        h = escape(line, quote=False) if line.strip() else "&nbsp;"
        for a, b in subs:
            h = h.replace(a, b)
        ps.append(f'<p class="MsoNormal"><span style="font-size:11.0pt;'
                  f'font-family:&quot;Calibri&quot;,sans-serif">{h}<o:p></o:p></span></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt} --></style></head>'
            '<body lang="EN-US" link="#0563C1"><div class="WordSection1">\n'
            + "\n".join(ps) + "\n</div></body></html>\n")


class H2T(HTMLParser):
    BLOCK = {"div", "p", "br", "tr", "table", "li", "ul", "ol", "blockquote",
             "hr", "pre", "h1", "h2", "h3", "h4", "body"}
    SKIP = {"style", "script", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append("\t")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(h: str) -> str:
    p = H2T()
    p.feed(h)
    p.close()
    return "".join(p.out)


# --------------------------------------------------------------------------
# signature scribbles, PDF and DOCX
# --------------------------------------------------------------------------

def scribble_points(seed: int, w: float, h: float, n: int = 140):
    rnd = random.Random(seed)
    a = [rnd.uniform(0.6, 1.6) for _ in range(4)]
    ph = [rnd.uniform(0, 6.28) for _ in range(4)]
    import math
    strokes, cur = [], []
    for i in range(n):
        t = i / (n - 1)
        x = t * w * 0.85 + math.sin(t * 17 * a[0] + ph[0]) * w * 0.06
        y = h * 0.5 + math.sin(t * 23 * a[1] + ph[1]) * h * 0.32 \
            + math.sin(t * 7 * a[2] + ph[2]) * h * 0.12
        cur.append((x, y))
        if i in (n // 3, 2 * n // 3 + 5):
            strokes.append(cur)
            cur = [(x + w * 0.02, y)]
    strokes.append(cur)
    # a final underline flourish
    strokes.append([(w * 0.05, h * 0.92), (w * 0.5, h * 0.85), (w * 0.95, h * 0.8)])
    return strokes


def scribble_png(seed: int) -> bytes:
    W, H = 420, 150
    img = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for s in scribble_points(seed, W - 20, H - 20):
        pts = [(x + 10, y + 10) for x, y in s]
        d.line(pts, fill=(18, 32, 120, 255), width=4, joint="curve")
    img = img.filter(ImageFilter.SMOOTH)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def make_pdf(blocks, sig: str | None, seed: int, font: str = "Times",
             size: float = 12, title: str = "Surat Pengaduan",
             created: datetime = FIXED_PDF_DATE) -> bytes:
    """blocks: ('p', text) | ('kv', [(label, value)]) | ('gap', mm) |
    ('right', text) | ('sig',) | ('b', text) bold line."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(created)
    pdf.set_creator("Microsoft Word")
    pdf.set_title(title)
    pdf.set_margins(25, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    lh = size * 0.5
    pdf.set_font(font, size=size)
    epw = pdf.w - pdf.l_margin - pdf.r_margin
    for blk in blocks:
        kind = blk[0]
        if kind == "p":
            pdf.set_font(font, size=size)
            for line in blk[1].split("\n"):
                pdf.multi_cell(epw, lh, line, align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "b":
            pdf.set_font(font, style="B", size=size)
            pdf.multi_cell(epw, lh, blk[1], align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font(font, size=size)
        elif kind == "right":
            pdf.cell(epw, lh, blk[1], align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "gap":
            pdf.ln(blk[1])
        elif kind == "kv":
            lw = blk[2] if len(blk) > 2 else 38
            for lab, val in blk[1]:
                pdf.set_x(pdf.l_margin + 6)
                pdf.cell(lw, lh, lab)
                pdf.cell(5, lh, ":")
                pdf.multi_cell(epw - lw - 11, lh, val, align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "sig":
            if pdf.will_page_break(30):
                pdf.add_page()
            x0, y0 = pdf.l_margin, pdf.get_y() + 1
            if sig == "vector":
                pdf.set_draw_color(20, 35, 130)
                pdf.set_line_width(0.45)
                for s in scribble_points(seed, 48, 20):
                    pdf.polyline([(x0 + x, y0 + y) for x, y in s])
            elif sig == "png":
                pdf.image(io.BytesIO(scribble_png(seed)), x=x0, y=y0, w=50)
            pdf.set_y(y0 + 24)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


def pdf_plain(blocks) -> str:
    out = []
    for blk in blocks:
        if blk[0] in ("p", "b", "right"):
            out.append(blk[1])
        elif blk[0] == "kv":
            out.extend(f"{a} : {b}" for a, b in blk[1])
    return "\n".join(out)


def fixed_zip(raw: bytes, when=(2026, 11, 16, 9, 0, 0)) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return buf.getvalue()


# --------------------------------------------------------------------------
# decoding, for the verbatim assertions
# --------------------------------------------------------------------------

def docx_text(b: bytes) -> str:
    d = docx.Document(io.BytesIO(b))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells))
    return "\n".join(out)


def pdf_text(b: bytes, fallback: str) -> str:
    try:
        import pdfplumber  # only for checking, not needed to generate
    except Exception:  # pragma: no cover
        return fallback
    with pdfplumber.open(io.BytesIO(b)) as p:
        return "\n".join((pg.extract_text() or "") for pg in p.pages)


def eml_texts(raw: bytes, pdf_fallback: str = "") -> list[tuple[str, str]]:
    msg = message_from_bytes(raw)
    texts = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        fn = p.get_filename()
        try:
            payload = p.get_payload(decode=True) or b""
        except Exception:
            continue
        cs = p.get_content_charset() or "us-ascii"
        if ct == "text/plain" and not fn:
            texts.append(("plain", payload.decode(cs, "replace")))
        elif ct == "text/html" and not fn:
            texts.append(("html", html_text(payload.decode(cs, "replace"))))
        elif ct.endswith("wordprocessingml.document"):
            texts.append(("docx", docx_text(payload)))
        elif ct == "application/pdf":
            texts.append(("pdf", pdf_text(payload, pdf_fallback)))
    return texts


# --------------------------------------------------------------------------
# item registry
# --------------------------------------------------------------------------

ITEMS: list[dict] = []


def add(item_id, category, folder, ext, raw, *, golds=None, date=None, signed=None,
        email=None, phone=None, nik=None, division=None, note="", parts=("plain",),
        expect_exit=0, auto_reply=False, scored=True, pdf_fallback=""):
    ITEMS.append(dict(id=item_id, category=category, file=f"{folder}/{item_id}.{ext}",
                      raw=raw, golds=golds, date=date, signed=signed, email=email,
                      phone=phone, nik=nik, division=division, note=note, parts=parts,
                      expect_exit=expect_exit, auto_reply=auto_reply, scored=scored,
                      pdf_fallback=pdf_fallback))


def std_headers(item_id, date_hdr, frm, subject, *, host="mail.example.com",
                ip="192.0.2.10", mid_style="hex", to=None, extra=(), recv=True,
                mid_domain=None):
    hs = []
    if recv:
        qid = hashlib.sha1(item_id.encode()).hexdigest()[:10].upper()
        hs.append(received(host, ip, qid, date_hdr))
    hs += [("Date", date_hdr), ("From", frm),
           ("To", to or f"pengaduan.bkpsdm@pasuruankab.go.id"),
           ("Subject", subject),
           ("Message-ID", mid(item_id, mid_domain or host.split(".", 1)[-1], mid_style))]
    hs += list(extra)
    return hs


def plain_item(item_id, *, date_local, tz="+0700", frm, email, subject, src,
               charset="utf-8", cte="8bit", wrap=0, flowed=False, crlf=False,
               host="mail.example.com", ip="192.0.2.10", mid_style="hex",
               extra=(), to=None, letter_date=None, signed, phone=None, nik=None,
               division, note, user_agent=None, category="email_plain",
               folder="email_plain"):
    text, golds = letter(src)
    date_hdr, hdr_date = dh(date_local, tz)
    ex = list(extra)
    if user_agent:
        ex.append(("User-Agent", user_agent))
    hs = std_headers(item_id, date_hdr, frm, subject, host=host, ip=ip,
                     mid_style=mid_style, to=to, extra=ex)
    body_text = wrap_text(text, wrap, flowed) if wrap else text
    ct = f'text/plain; charset="{charset}"' + ("; format=flowed" if flowed else "")
    hs += [("MIME-Version", "1.0"), ("Content-Type", ct),
           ("Content-Transfer-Encoding", cte)]
    raw = join_msg(hs, encode_body(body_text, charset, cte), crlf)
    add(item_id, category, folder, "eml", raw, golds=golds,
        date=letter_date or hdr_date, signed=signed, email=email, phone=phone,
        nik=nik, division=division, note=note, parts=("plain",))


# ==========================================================================
# email_plain
# ==========================================================================

plain_item(
    "x01", date_local="2026-11-09 19:40:12",
    frm="Wulan Sari <wulansari.87@example.com>", email="wulansari.87@example.com",
    subject="surat bapak saya (pensiunan guru) mohon dibantu",
    host="mail.example.com", ip="192.0.2.41", mid_style="gmail",
    src="""
    Assalamu'alaikum wr. wb.

    Kepada Yth. Bapak/Ibu pimpinan BKPSDM Kab. Pasuruan

    Mohon maaf sebelumnya kalau surat saya ini panjang dan kurang tertata, maklum sudah sepuh dan yang mengetik anak saya. Saya, {N}Sukarji{/N}, pensiunan guru SD Negeri Wonorejo 2, sekarang tinggal bersama anak ragil saya, beralamat di {A}Dusun Krajan RT 02 RW 04 Desa Sumberrejo Kecamatan Pandaan{/A}. Umur saya sudah 60 tahun dan baru purna tugas per 1 Mei 2026.

    Begini ceritanya. {S}Pada tahun 2025 saya naik pangkat ke golongan IV/b, SK-nya ada dan sudah saya fotokopikan berkali-kali. Tetapi SK pensiun yang saya terima bulan Juni kemarin masih menyebut golongan IV/a, sehingga dasar perhitungan pensiun saya di Taspen memakai golongan yang lama.{/S} Sudah tiga kali saya naik angkot ke Raci untuk menanyakan, jawabannya selalu "nanti dicek, Pak", lalu tidak ada kabar lagi.

    {L}Akibatnya uang pensiun yang saya terima setiap bulan lebih kecil kurang lebih Rp 310.000 dari yang seharusnya, padahal uang itu bagi orang tua seperti saya sangat berarti untuk beli obat darah tinggi.{/L}

    Dengan surat ini {R}saya mohon kiranya Bapak/Ibu berkenan membetulkan SK pensiun saya sesuai golongan IV/b dan mengirimkan ralatnya ke Taspen, supaya kekurangan pembayaran sejak Mei bisa dirapel{/R}.

    Kalau ada yang perlu ditanyakan, bisa telepon anak saya Wulan di 0813-3177-2048.

    Wassalamu'alaikum wr. wb.

    {P}Pandaan{/P}, 9 November 2026
    Hormat saya,


    Sukarji
    """,
    letter_date="2026-11-09", signed=True, phone="081331772048", division="pengadaan",
    note="retiree's rambling prose typed by his daughter (From: is the daughter); identity in sentences; pension SK with old rank")

plain_item(
    "x02", date_local="2026-11-04 12:31:09",
    frm="rina ayu <Rina.AyuSafitri@example.com>", email="rina.ayusafitri@example.com",
    subject="sk perpanjangan pppk", mid_style="gmail", ip="192.0.2.42",
    src="""
    slmt siang bpk ibu admin

    sy guru pppk di sdn kalirejo 1 kec bangil angkatan 2024 mau tanya sekaligus komplain. {S}kontrak sy habis 31 oktober kmrn tp sk perpanjangan blm turun sampai skrg padahal temen2 di kecamatan lain sdh terima semua{/S}

    {L}krn itu gaji nov sy blm cair dan sy sdh pinjam ke koperasi buat bayar spp anak{/L}

    {R}tolong dicek dong sk perpanjangan sy{/R} nama sy {N}rina ayu safitri{/N} nip pppk 199203152024212009

    makasih
    """,
    signed=False, division="pengadaan",
    note="chatty lowercase WhatsApp-style, no punctuation, PPPK contract; 18-digit NIP; no address, no place/date, closing without name")

plain_item(
    "x03", date_local="2026-11-02 08:03:51",
    frm="H MOCHAMAD ROFIQ <rofiq.bangil@example.net>", email="rofiq.bangil@example.net",
    subject="PENGADUAN PUNGLI KARSU", host="smtp.example.net", ip="198.51.100.12",
    charset="us-ascii", cte="7bit", user_agent="YahooMailAndroidMobile",
    src="""
    KEPADA YTH
    BAPAK KEPALA BKPSDM KABUPATEN PASURUAN
    DI TEMPAT

    DENGAN HORMAT,
    SAYA YANG BERTANDA TANGAN DIBAWAH INI
    NAMA       : {N}H. MOCHAMAD ROFIQ{/N}
    ALAMAT     : {A}JL. KH. HASYIM ASYARI NO. 7 RT 01 RW 03 KEL. KOLURSARI KEC. BANGIL{/A}
    NO. TELP   : 0822 3190 4456

    MENGADUKAN BAHWA {S}PADA TANGGAL 14 OKTOBER 2026 SAYA MENGURUS KARTU SUAMI (KARSU) ATAS NAMA SAYA KARENA ISTRI SAYA GURU PNS. OLEH SEORANG PETUGAS DI RUANG TUNGGU SAYA DIMINTAI UANG RP 300.000 SUPAYA KARSU CEPAT JADI, KATANYA KALAU TIDAK BAYAR BISA SAMPAI ENAM BULAN.{/S}

    {L}SAYA SUDAH TERLANJUR MEMBAYAR RP 300.000 TANPA KUITANSI DAN SAMPAI SEKARANG KARSU JUGA BELUM SELESAI.{/L}

    {R}SAYA MINTA PETUGAS TERSEBUT DITINDAK TEGAS DAN UANG SAYA DIKEMBALIKAN.{/R}

    DEMIKIAN PENGADUAN SAYA, ATAS PERHATIANNYA SAYA UCAPKAN TERIMA KASIH.

    {P}BANGIL{/P}, 2 NOVEMBER 2026
    HORMAT SAYA


    H. MOCHAMAD ROFIQ
    """,
    letter_date="2026-11-02", signed=True, phone="082231904456", division="sekretariat",
    note="ALL CAPS; illegal fee for a Karsu card -> sekretariat")

plain_item(
    "x04", date_local="2026-11-10 05:48:30",
    frm="painem gempol <painem.tkpembina@example.org>", email="painem.tkpembina@example.org",
    subject="nyuwun tulung cuti", host="mx.example.org", ip="203.0.113.20",
    src="""
    Sugeng enjang Bapak/Ibu,

    Kulo {N}Painem{/N}, guru TK Negeri Pembina Gempol. Nyuwun sewu sanget ngganggu wekdalipun.

    Kulo nyuwun tulung Bapak/Ibu. {S}Permohonan cuti alasan penting kulo ingkang kulo ajukan tanggal 19 Oktober kangge ngrawat bapak kulo ingkang gerah stroke wonten RSUD, ngantos sakmenika dereng wonten kabar. Berkas sampun kulo setor lewat UPT Pendidikan Gempol, nanging surat izin cuti saking BKPSDM dereng wonten, padahal kulo sampun tanglet ping kalih.{/S}

    {R}Menawi saget, kulo nyuwun supados surat izin cuti kulo enggal dipun terbitaken.{/R}

    Matur sembah nuwun.

    Painem
    {P}Gempol{/P}, 10-11-2026
    """,
    letter_date="2026-11-10", signed=True, division="kinerja",
    note="Javanese krama; leave (cuti alasan penting); place/date under the name as 10-11-2026; no address, no loss")

plain_item(
    "x05", date_local="2026-11-06 21:14:00", tz="+1100",
    frm="Anindya Hartono <anindya.hartono@example.com>", email="anindya.hartono@example.com",
    subject="Widow's pension for my mother - no response since August",
    host="mail.example.com", ip="192.0.2.77", mid_style="gmail",
    src="""
    Dear Sir/Madam,

    My name is {N}Anindya Prameswari Hartono{/N}. I have lived in Australia for several years, and I am writing on behalf of my mother, who does not use e-mail.

    My late father, Mr. Djoko Hartono, was a civil servant at the Pasuruan Regency agriculture office and passed away on 4 July 2026. {S}In August my mother submitted all the documents for her widow's pension (pensiun janda) to BKPSDM through the office where my father used to work. Since then nobody has told her anything, and when my cousin went to the office in Raci in October he was told the file "could not be found in the system".{/S}

    {L}This has caused my mother to live without any income for more than four months; she is currently relying on money I send from abroad and she is very distressed.{/L}

    {R}We kindly ask that you locate her file, issue the widow's pension decree as soon as possible, and let us know in writing what else is needed, if anything.{/R}

    {P}Melbourne{/P}, 6 November 2026

    Kind regards,
    Anindya Prameswari Hartono
    WhatsApp: +62 812-1660-9034
    """,
    letter_date="2026-11-06", signed=True, phone="081216609034", division="pengadaan",
    note="English-only letter from a diaspora daughter; widow's pension; no postal address")

plain_item(
    "x06", date_local="2026-11-12 09:22:17",
    frm="Bambang T. Wibisono <btwibisono@example.net>", email="btwibisono@example.net",
    subject="Permohonan kejelasan usul KP periode Oktober 2026",
    host="smtp.example.net", ip="198.51.100.30",
    user_agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0",
    wrap=76,
    src="""
    Hal: Permohonan kejelasan usul kenaikan pangkat periode Oktober 2026

    Kepada
    Yth. Kepala BKPSDM Kabupaten Pasuruan
    Komplek Perkantoran Raci, Bangil

    Dengan hormat,

    Melalui surat ini {R}saya meminta agar usul kenaikan pangkat saya periode Oktober 2026 diproses kembali dan saya diberi penjelasan tertulis mengenai alasan penolakannya{/R}.

    Adapun data saya sebagai berikut:
    Nama ............... : {N}Drs. Bambang Triono Wibisono{/N}
    NIP ................ : 19700814 199803 1 006
    Jabatan ............ : Penyuluh Pertanian Ahli Madya
    Alamat rumah ....... : {A}Jl. Mawar Merah Gg. III No. 21, Kel. Pogar, Kec. Bangil{/A}
    No. HP ............. : 0857-3021-6684

    Latar belakangnya, {S}usul kenaikan pangkat saya dari IV/a ke IV/b sudah diunggah oleh admin dinas pada bulan Juli. Pada pengumuman bulan Oktober status usulan saya di SIASN berubah menjadi "BTS" tanpa catatan apa pun, sementara angka kredit saya sudah lengkap dan telah divalidasi tim penilai.{/S}

    {L}Karena itu saya harus menunggu periode April 2027, padahal pada Januari 2028 saya sudah memasuki batas usia pensiun, sehingga kenaikan pangkat ini praktis merupakan kesempatan terakhir saya.{/L}

    Atas perhatian Bapak, saya sampaikan terima kasih.

    {P}Bangil{/P}, 12 November 2026
    Hormat saya,


    Drs. Bambang Triono Wibisono
    """,
    letter_date="2026-11-12", signed=True, phone="085730216684", division="mutasi",
    note="request first, story after; identity block with dot leaders; NIP with spaces; mentions SIASN and pension")

plain_item(
    "x07", date_local="2026-10-30 05:12:40",
    frm="<asn.kecewa.pasuruan@example.com>", email="asn.kecewa.pasuruan@example.com",
    subject="loket kosong, petugas main hp", ip="192.0.2.88", mid_style="gmail",
    src="""
    Kepada BKPSDM,

    Saya tidak mau menyebutkan nama karena takut urusan saya nanti dipersulit.

    {S}Hari Kamis 29 Oktober sekitar jam 10 pagi saya ke loket layanan mutasi. Loket kosong hampir satu jam, sedangkan dua petugas yang seharusnya jaga malah ngobrol dan main HP di ruang belakang, kelihatan dari kaca. Waktu akhirnya dilayani, petugasnya bilang "besok saja, sistem lagi error", padahal orang di loket sebelah bisa dilayani.{/S}

    {L}Gara-gara itu saya harus izin kerja dua kali dan keluar ongkos bensin bolak-balik dari Lumbang.{/L}

    {R}Harap segera dilakukan pengawasan terhadap petugas loket dan dipasang jadwal jaga yang jelas supaya masyarakat tidak dirugikan.{/R}

    Seorang ASN yang kecewa
    """,
    signed=False, division="sekretariat",
    note="anonymous; staff conduct at the transfer counter -> sekretariat; Date header 05:12 +0700 (UTC is the previous day); incident date in body is not the letter date")

plain_item(
    "x08", date_local="2026-11-16 07:55:03",
    frm="Nurul Hidayati <nurul.hidayati.spd@example.org>", email="nurul.hidayati.spd@example.org",
    subject="Re: berkas pencantuman gelar S2", host="mx.example.org", ip="203.0.113.45",
    user_agent="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    wrap=72, flowed=True,
    extra=[("In-Reply-To", "<7d1e0a.4c2b@example.org>"),
           ("References", "<7d1e0a.4c2b@example.org>")],
    src="""
    Selamat pagi Bapak/Ibu petugas pengaduan BKPSDM,

    Perkenalkan, nama saya {N}Nurul Hidayati, S.Pd.{/N}, guru kelas di SDN Kepulungan 3, tinggal di {A}Perum Gempol Asri Blok F-12 RT 05 RW 09, Desa Kepulungan, Kec. Gempol{/A}. Saya ingin mengadukan proses pencantuman gelar S2 saya.

    {S}Ijazah Magister Pendidikan saya terbit Maret 2026 dan kuliahnya dengan izin belajar resmi dari BKPSDM tahun 2023. Usul pencantuman gelar sudah saya kirim lewat admin sekolah pada bulan Mei, tetapi sampai November ini belum ada SK pencantuman gelar, dan di SIASN usulan saya hanya berstatus "menunggu verifikasi" selama enam bulan.{/S}

    {L}Akibatnya saya tidak bisa mendaftar seleksi calon kepala sekolah yang ditutup tanggal 30 November karena salah satu syaratnya gelar sudah tercantum di data kepegawaian.{/L}

    {R}Mohon kiranya usul pencantuman gelar saya diverifikasi dan SK-nya diterbitkan sebelum tanggal 30 November 2026.{/R}

    {P}Gempol{/P}, 16 November 2026

    Terima kasih,
    Nurul Hidayati, S.Pd.
    HP/WA 0896 7731 2205

    Pada 13/11/2026 14.02, Admin TU SDN Kepulungan 3 menulis:
    > Bu Nurul, dari sekolah sudah kami kirim semua berkasnya bulan Mei.
    > Kalau belum ada kabar silakan Ibu adukan langsung ke pengaduan BKPSDM
    > saja, alamatnya pengaduan.bkpsdm@pasuruankab.go.id
    >
    > Salam,
    > Hartatik
    > TU SDN Kepulungan 3
    > Telp. (0343) 631 207
    """,
    letter_date="2026-11-16", signed=True, phone="089677312205", division="kompetensi",
    note="Thunderbird format=flowed; quoted reply chain below with another closing name and phone; degree recognition")

plain_item(
    "x09", date_local="2026-11-05 16:20:44",
    frm="Yohanes S. Putra <yohanes.sp@example.com>", email="yohanes.sp@example.com",
    subject="Keluhan fasilitas kantor BKPSDM (lift, ramp, toilet)", ip="192.0.2.91",
    src="""
    Kepada Yth.
    Kepala BKPSDM Kabupaten Pasuruan

    Dengan hormat,
    Saya {N}Yohanes Setiawan Putra{/N}, beralamat di {A}Jl. Wachid Hasyim No. 40A, Kel. Gentong, Kec. Gadingrejo, Kota Pasuruan{/A}, ingin menyampaikan beberapa keluhan atas fasilitas pelayanan di kantor BKPSDM saat saya mengantar ayah saya yang memakai kursi roda pada tanggal 4 November 2026:

    1. {S}Tidak ada jalur landai (ramp) menuju ruang layanan di lantai dua, dan lift dalam keadaan mati dengan tulisan "rusak" yang menurut satpam sudah berbulan-bulan.
    2. Mesin nomor antrean tidak berfungsi dan tidak ada petugas yang mengatur antrean.
    3. Toilet pengunjung terkunci dan kami diarahkan ke masjid di seberang jalan.{/S}

    {R}Saya meminta agar lift segera diperbaiki, disediakan ramp, dan fasilitas dasar untuk pengunjung lansia serta penyandang disabilitas dipenuhi sesuai standar pelayanan.{/R}

    Hormat saya,
    Yohanes Setiawan Putra
    Telp. 0343 - 426 118
    """,
    signed=True, phone="0343426118", division="sekretariat",
    note="numbered points; facilities; landline; visit date in body but no place/date line (date from header); no loss")

plain_item(
    "x10", date_local="2026-11-17 08:10:26",
    frm="Slamet Riyadi <slamet.riyadi62@example.com>", email="slamet.riyadi62@example.com",
    subject="Fwd: Pengaduan Satyalancana Karya Satya", mid_style="gmail", ip="192.0.2.93",
    src="""
    Mohon maaf, surat di bawah ini kemarin saya kirim ke alamat yang salah. Saya teruskan ke sini.

    ---------- Forwarded message ---------
    Dari: Slamet Riyadi <slamet.riyadi62@example.com>
    Date: Sen, 16 Nov 2026 pukul 20.41
    Subject: Pengaduan Satyalancana Karya Satya
    To: <bkpsdm.pasuruan@example.org>


    Yth. Kepala BKPSDM Kab. Pasuruan

    Dengan hormat,

    Nama   : {N}Slamet Riyadi, S.T.{/N}
    Alamat : {A}Dsn. Sidomulyo RT 004 RW 001 Ds. Sumberejo Kec. Pandaan{/A}
    HP     : 081 252 907 311

    {S}Pada tahun 2026 masa kerja saya genap 20 tahun dan oleh dinas saya sudah diusulkan menerima Satyalancana Karya Satya XX Tahun. Namun ketika daftar penerima diumumkan pada bulan Agustus, nama saya tidak ada, sedangkan tiga rekan yang diusulkan bersama saya tercantum. Ketika saya tanyakan, petugas BKPSDM mengatakan berkas saya "tidak terkirim" tanpa penjelasan.{/S}

    {L}Kerugian saya memang bukan uang, tetapi saya merasa tidak dihargai setelah mengabdi dua puluh tahun, dan saya malu karena keluarga sudah terlanjur diberi tahu.{/L}

    {R}Saya mohon BKPSDM mengusulkan kembali nama saya pada periode berikutnya dan menjelaskan secara tertulis mengapa berkas saya tidak terkirim.{/R}

    {P}Pandaan{/P}, 16 November 2026
    Hormat saya,
    Slamet Riyadi, S.T.
    """,
    letter_date="2026-11-16", signed=True, phone="081252907311", division="kinerja",
    note="forwarded message (sent to a wrong address first); award (Satyalancana)")

plain_item(
    "x11", date_local="2026-11-18 13:37:02",
    frm='"dr. Ratna K. Wijaya, Sp.A." <Ratna.Wijaya@rsud.example.org>',
    email="ratna.wijaya@rsud.example.org",
    subject="Pengaduan: kesalahan penulisan nama di SIASN dan Kartu ASN Virtual",
    host="mail.rsud.example.org", ip="203.0.113.70", mid_style="outlook",
    charset="windows-1252", cte="quoted-printable",
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtZb3kQx0Vn2m8oRfa3c1H0PqL2sA=="),
           ("Content-Language", "id-ID")],
    src="""
    Kepada Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

    Dengan hormat,

    Saya, {N}dr. Ratna Kumalasari Wijaya, Sp.A.{/N}, dokter spesialis anak pada RSUD Bangil, bertempat tinggal di {A}Perumahan Bangil Regency Blok H No. 3, Desa Raci, Kecamatan Bangil, Kabupaten Pasuruan{/A}, dengan ini menyampaikan pengaduan sebagai berikut.

    {S}Nama saya di SIASN dan di Kartu ASN Virtual tertulis “Ratna Kumalasari Wijayah” (dengan huruf h di akhir). Permohonan perbaikan data beserta fotokopi KTP, ijazah, dan SK CPNS telah saya sampaikan ke loket BKPSDM pada 18 Agustus 2026 dan diterima oleh petugas, namun hingga surat ini saya kirim data belum juga diperbaiki.{/S}

    {L}Perbedaan nama tersebut menyebabkan perpanjangan Surat Izin Praktik saya ditolak oleh Dinas Kesehatan karena tidak sesuai dengan data kepegawaian, sehingga sejak 1 November 2026 saya tidak dapat berpraktik di klinik swasta dan kehilangan penghasilan tambahan.{/L}

    {R}Saya mohon agar data nama saya di SIASN segera dikoreksi sesuai KTP dan ijazah, serta diterbitkan surat keterangan perbaikan data yang dapat saya lampirkan ke Dinas Kesehatan.{/R}

    Demikian pengaduan ini saya sampaikan.

    {P}Bangil{/P}, 18 November 2026

    Salam hormat,

    dr. Ratna Kumalasari Wijaya, Sp.A.
    Dokter Spesialis Anak | SMF Kesehatan Anak
    RSUD Bangil – Kabupaten Pasuruan
    Jl. Raya Bangil–Pasuruan KM 3, Bangil 67153
    Mobile: +62 813-3012-4477
    www.rsud.example.org

    ________________________________
    DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the author and do not necessarily represent those of RSUD Bangil.
    PERHATIAN: Surel ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus surel ini.
    """,
    letter_date="2026-11-18", signed=True, phone="081330124477", division="pengadaan",
    note="Outlook QP windows-1252; long corporate signature with the hospital's address and a bilingual confidentiality disclaimer; SIASN name error")

plain_item(
    "x12", date_local="2026-11-04 10:00:31",
    frm="Ahmad Fauzan M <fauzan.mubarok@example.net>", email="fauzan.mubarok@example.net",
    subject="Keberatan proses hukuman disiplin", host="smtp.example.net", ip="198.51.100.51",
    src="""
    {P}Pasuruan{/P}, 3 Nop. 2026

    Kepada Yth.
    Bapak Kepala BKPSDM Kab. Pasuruan
    di -
       Tempat

    Perihal : Keberatan atas proses penjatuhan hukuman disiplin

    Dengan hormat,
    Saya yang bertanda tangan di bawah ini,
    Nama    : {N}Ahmad Fauzan Mubarok{/N}
    Alamat  : {A}Jl. Sultan Agung Gg. Mangga No. 9 RT 03 RW 07, Kel. Purutrejo, Kec. Purworejo, Kota Pasuruan{/A}
    NIK     : 3575 0214 0988 0003

    {S}Pada tanggal 20 Oktober 2026 saya menerima SK hukuman disiplin berupa penundaan kenaikan gaji berkala selama satu tahun. Saya tidak pernah dipanggil untuk pemeriksaan dan tidak pernah diberi kesempatan menyampaikan pembelaan, padahal menurut PP 94 Tahun 2021 pemeriksaan wajib dilakukan sebelum hukuman dijatuhkan.{/S}

    {L}Dengan adanya hukuman tersebut penghasilan saya berkurang dan nama saya tercoreng di kantor kecamatan tempat saya bekerja.{/L}

    Demikian surat ini saya buat dengan sebenar-benarnya.

    Hormat saya,

    Ahmad Fauzan Mubarok
    """,
    letter_date="2026-11-03", signed=True, nik="3575021409880003", division="kinerja",
    note="place/date line at the top written '3 Nop. 2026'; discipline; NIK with spaces; no requested resolution")

plain_item(
    "x13", date_local="2026-11-03 22:41:18",
    frm="dimas aditya <dimasaditya.n@example.com>", email="dimasaditya.n@example.com",
    subject="komplain hasil pppk teknis", mid_style="gmail", ip="192.0.2.120",
    src="""
    kpd yth bkpsdm kab pasuruan

    sy {N}Dimas Aditya Nugroho{/N} peserta seleksi PPPK teknis 2026 formasi pranata komputer, no peserta 26135140210004512. alamat sy {A}Dsn Ngembal RT 01/RW 02 Ds Ngembal Kec Tutur{/A}.

    mau komplain, {S}di pengumuman hasil akhir tgl 28 oktober nilai sy 412 tp yg dinyatakan lulus di formasi itu nilainya 389. sdh sy tanyakan ke helpdesk via wa tp cuma dibalas "silakan cek pengumuman" aja.{/S}

    {L}akibatnya sy kehilangan kesempatan diangkat jd PPPK padahal sdh honorer 9 th di dinas kominfo.{/L}

    {R}sy minta penjelasan tertulis ttg dasar penetapan kelulusan dan mohon hasilnya ditinjau ulang.{/R}

    {P}tutur{/P}, tgl 3-11-26
    trims
    dimas
    """,
    letter_date="2026-11-03", signed=True, division="pengadaan",
    note="abbreviated lowercase; date written 'tgl 3-11-26'; 17-digit participant number (neither NIK nor phone)")

plain_item(
    "x14", date_local="2026-11-11 20:15:57",
    frm="Clarissa M. Putri <clarissamp@example.com>", email="clarissamp@example.com",
    subject="Latsar CPNS 2025 kapan ya??", mid_style="gmail", ip="192.0.2.131",
    charset="utf-8", cte="base64", extra=[("X-Mailer", "iPhone Mail (22B83)")],
    src="""
    Hi admin BKPSDM,

    Saya {N}Clarissa Maharani Putri{/N}, CPNS formasi 2025 di Dinas Lingkungan Hidup. Mau complain soal Latsar CPNS. {S}Angkatan kami harusnya ikut Latsar bulan Agustus, tapi sampai sekarang jadwalnya belum keluar dan tiap ditanya jawabannya "masih nunggu kuota dari BPSDM Provinsi".{/S} Honestly ini sudah lewat jauh dari timeline yang dijanjikan waktu orientasi.

    {L}The problem is, kalau Latsar belum selesai sebelum masa percobaan habis di bulan Maret 2027, pengangkatan kami jadi PNS bisa tertunda dan TPP kami juga masih 80%.{/L}

    {R}Please kindly kasih kepastian jadwal Latsar angkatan 2025 dan kalau bisa diumumkan secara resmi di website BKPSDM.{/R}

    Thanks a lot,
    Clarissa
    +62 878 5512 0093

    Sent from my iPhone
    """,
    signed=True, phone="087855120093", division="kompetensi",
    note="mixed Indonesian/English, base64 body from iPhone; basic training (Latsar); no address, no place/date")

plain_item(
    "x15", date_local="2026-11-11 06:30:05",
    frm="Siti Maemunah <sitimaemunah.pai@example.org>", email="sitimaemunah.pai@example.org",
    subject="SK mutasi belum ditandatangani", host="mx.example.org", ip="203.0.113.81",
    src="""
    Assalamualaikum,

    Saya {N}Siti Maemunah{/N}, guru PAI di SMPN 2 Lumbang, rumah di {A}Jl. Raya Warungdowo No. 88, Pohjentrek{/A}. {S}Usulan mutasi saya ke SMPN 1 Pohjentrek sudah disetujui kedua kepala sekolah dan Dinas Pendidikan sejak Juni, tapi SK mutasinya sampai sekarang belum ditandatangani di BKPSDM.{/S} {L}Sehingga tiap hari saya harus nempuh 38 km lewat jalan gunung, sudah dua kali jatuh dari motor waktu hujan.{/L} {R}Mohon SK mutasi saya dipercepat.{/R} Terima kasih.

    {P}Pohjentrek{/P}, 11-11-2026
    Wassalam,
    Siti Maemunah
    """,
    letter_date="2026-11-11", signed=True, division="mutasi",
    note="very short complete letter in one paragraph; loss sentence starts with 'Sehingga'")

plain_item(
    "x16", date_local="2026-11-09 10:12:48",
    frm="Rizky Pratama <rizkypratama.bgl@example.com>", email="rizkypratama.bgl@example.com",
    subject="=?UTF-8?Q?Pengaduan_Mbah_Karto_=E2=80=93_diminta_=22uang_rokok=22?=",
    mid_style="gmail", ip="192.0.2.140", wrap=70,
    src="""
    Kepada yang terhormat Bapak Kepala BKPSDM,

    Saya ini Mbah Karto, nama lengkap saya {N}Kartono Adi Wiyono{/N}, pensiunan pegawai kantor kecamatan Beji, umur 67 tahun. Rumah saya di {A}Dusun Tambakrejo RT 01 RW 03 Desa Kedungboto Kecamatan Beji{/A}, belakang masjid Al-Ikhlas. Surat ini diketikkan cucu saya, jadi mohon dimaklumi.

    Saya mau cerita, bulan lalu saya mengurus legalisir SK pensiun untuk syarat pinjaman di bank. {S}Di loket saya disuruh kembali besok, besoknya disuruh kembali lagi, sampai empat kali. Yang keempat kali ada petugas laki-laki berkacamata bilang kalau mau cepat "ya ada uang rokoknya, Mbah", lalu saya kasih Rp 100.000 karena sudah capek.{/S} Legalisir baru jadi hari itu juga.

    {L}Uang seratus ribu itu buat saya banyak, belum lagi ongkos ojek empat kali pulang-pergi dari Kedungboto ke Raci, kira-kira Rp 60.000 sekali jalan.{/L}

    Saya tidak minta macam-macam. {R}Saya minta petugas itu ditegur supaya tidak ada lagi orang tua yang diperlakukan begitu, dan kalau bisa uang saya dikembalikan.{/R}

    Matur nuwun sanget.

    {P}Beji{/P}, 8 November 2026
    Hormat saya,
    Kartono Adi Wiyono
    """,
    letter_date="2026-11-08", signed=True, division="sekretariat",
    note="retiree's story typed by a grandson (From: is the grandson); illegal 'uang rokok' fee for a pension SK legalisation -> sekretariat; RFC 2047 Q subject; wrapped at 70")

plain_item(
    "x17", date_local="2026-11-19 14:02:10",
    frm="Lukman Hakim <lukman.hakim.prigen@example.net>", email="lukman.hakim.prigen@example.net",
    subject="e-Kinerja: pejabat penilai belum diperbarui", host="smtp.example.net", ip="198.51.100.66",
    src="""
    Yth. Bidang Penilaian Kinerja BKPSDM

    Dengan hormat, saya {N}Lukman Hakim{/N}, staf pelaksana di Kantor Kecamatan Prigen, NIP 198811202015031002, ingin mengadukan masalah penilaian kinerja di aplikasi e-Kinerja.

    {S}Sejak atasan langsung saya dipindahtugaskan pada bulan Juli 2026, SKP triwulan III saya tidak bisa dinilai karena di aplikasi masih tercatat atasan yang lama, dan admin BKPSDM belum memperbarui data pejabat penilai meskipun sudah kami minta tiga kali lewat surat dinas.{/S}

    {L}Akibatnya nilai kinerja saya kosong dan TPP bulan Oktober dan November saya dipotong 40 persen.{/L}

    {R}Saya mohon data pejabat penilai saya di e-Kinerja segera diperbarui dan TPP yang terpotong dapat dibayarkan kembali.{/R}

    {P}Prigen{/P}, 19 November 2026

    Salam,
    """,
    letter_date="2026-11-19", signed=False, division="kinerja",
    note="SKP/e-Kinerja; closing 'Salam,' without a name; no address")

plain_item(
    "x18", date_local="2026-11-02 06:05:11",
    frm="Fransiska D. Anggraeni <fransiska.da@example.com>", email="fransiska.da@example.com",
    subject="Telepon layanan tidak pernah diangkat", ip="192.0.2.150",
    src="""
    Selamat siang,

    {S}Sudah tiga minggu saya menelepon nomor layanan BKPSDM yang tercantum di website, tidak pernah diangkat, dan email saya ke alamat info yang ada di website juga tidak pernah dibalas.{/S} Saya hanya ingin menanyakan persyaratan legalisir ijazah untuk keperluan kenaikan pangkat.

    {R}Tolong nomor layanan itu diaktifkan kembali atau dicantumkan nomor WhatsApp yang benar-benar dijawab.{/R}

    Terima kasih,
    {N}Fransiska Dewi Anggraeni{/N}
    """,
    signed=True, division="sekretariat",
    note="short; unanswered service line (general service -> sekretariat although promotion is named); Date header early morning +0700; no address, no loss, no place")

plain_item(
    "x19", date_local="2026-11-20 10:45:39",
    frm="Suwarni EP <suwarni.labkes@example.org>", email="suwarni.labkes@example.org",
    subject="Harap segera: SK kenaikan jenjang JF belum terbit", host="mx.example.org",
    ip="203.0.113.99", crlf=True,
    src="""
    Kepada Yth. BKPSDM Kabupaten Pasuruan
    Up. Bidang Mutasi dan Promosi

    {R}Harap segera diterbitkan SK kenaikan jenjang jabatan fungsional saya dari Pranata Laboratorium Kesehatan Terampil ke Mahir{/R}, karena berkasnya sudah lengkap sejak Mei 2026.

    Nama:\t{N}Suwarni Eka Prasetyaningrum, A.Md.AK.{/N}
    Unit kerja:\tPuskesmas Gondang Wetan
    Alamat:\t{A}Perumahan Gondang Permai Blok B2/17, Gondang Wetan{/A}
    No. WA:\t0856-0444-7182

    Sebagai informasi, {S}angka kredit saya sudah ditetapkan oleh tim penilai pada April 2026 dan rekomendasi kepala dinas kesehatan sudah dikirim. Namun sampai hari ini SK kenaikan jenjang belum diterbitkan, dan setiap kali ditanyakan melalui telepon jawabannya "masih antre tanda tangan".{/S}

    {P}Gondang Wetan{/P}, 20 November 2026

    Hormat saya,
    Suwarni Eka Prasetyaningrum, A.Md.AK.
    """,
    letter_date="2026-11-20", signed=True, phone="085604447182", division="mutasi",
    note="request first; identity with tab separators; CRLF; two-word place; no loss")

plain_item(
    "x20", date_local="2026-10-26 23:58:02",
    frm="<noname.kejayan@example.net>", email="noname.kejayan@example.net",
    subject="lapor calo pppk", host="smtp.example.net", ip="198.51.100.77",
    src="""
    sy mau lapor {S}ada oknum yg ngaku orang bkpsdm minta uang 35 juta ke honorer2 di kecamatan kejayan katanya bisa jamin lulus pppk paruh waktu uangnya ditransfer ke rekening pribadi{/S} {L}adik sy sdh terlanjur transfer 15 juta sbg dp dan skrg orangnya susah dihubungi{/L}

    {R}tolong diusut dan diumumkan ke masyarakat kalau pppk tdk dipungut biaya biar tdk ada korban lagi{/R}

    sy tdk berani sebut nama
    """,
    signed=False, division="sekretariat",
    note="anonymous, lowercase run-on; illegal fee in PPPK recruitment -> sekretariat; Date 23:58 +0700")

plain_item(
    "x21", date_local="2026-11-17 15:30:00",
    frm="Hadi Purnomo Sidik <hpsidik@example.com>", email="hpsidik@example.com",
    subject="Sertifikat PKP angkatan III belum terbit", ip="192.0.2.160",
    src="""
    Kepada Yth.
    Kepala Badan Kepegawaian dan Pengembangan SDM
    Kabupaten Pasuruan

    Perihal: Sertifikat Pelatihan Kepemimpinan Pengawas belum diterbitkan

    A. IDENTITAS PELAPOR
       Nama lengkap        : {N}Ir. Hadi Purnomo Sidik, M.M.{/N}
       Jabatan             : Kepala Seksi Irigasi, Dinas PU Sumber Daya Air
       Tempat tinggal      : {A}Jl. Anggrek No. 14 RT 02 RW 05, Desa Cangkringmalang, Kecamatan Beji{/A}
       Telepon             : 0812 3300 5716

    B. KRONOLOGI
       {S}Saya telah menyelesaikan Pelatihan Kepemimpinan Pengawas angkatan III yang diselenggarakan BKPSDM pada Mei sampai Juli 2026 dan dinyatakan lulus dengan predikat memuaskan. Sertifikat yang dijanjikan terbit paling lambat satu bulan setelah penutupan ternyata sampai pertengahan November belum saya terima, sedangkan peserta dari kabupaten lain dalam angkatan yang sama sudah menerimanya.{/S}

    C. DAMPAK
       {L}Tanpa sertifikat tersebut saya tidak dapat memenuhi syarat uji kompetensi untuk promosi jabatan administrator yang pendaftarannya ditutup 30 November 2026.{/L}

    D. YANG SAYA HARAPKAN
       {R}Saya berharap BKPSDM segera menerbitkan sertifikat pelatihan saya atau setidaknya memberikan surat keterangan lulus yang sah sebagai pengganti sementara.{/R}

    {P}Beji{/P}, 17 November 2026
    Hormat saya,

    Ir. Hadi Purnomo Sidik, M.M.
    """,
    letter_date="2026-11-17", signed=True, phone="081233005716", division="kompetensi",
    note="sectioned letter with lettered headings (IDENTITAS/KRONOLOGI/DAMPAK/YANG SAYA HARAPKAN); training certificate; promotion named")

plain_item(
    "x22", date_local="2026-11-07 07:15:20",
    frm="yuyun <yuyunkurniasih90@example.com>", email="yuyunkurniasih90@example.com",
    subject="cuti sakit tdk divalidasi", mid_style="gmail", ip="192.0.2.170",
    src="""
    Pagi pak/bu

    sy {N}Yuyun Kurniasih{/N} guru sd di kec winongan. mohon maaf mengganggu. sy mau menyampaikan bhw {S}sy kmrn operasi usus buntu dan sdh ngajukan cuti sakit 14 hr lengkap dgn surat dokter dr rs, tp di aplikasi presensi sy ttp tercatat tanpa keterangan krn katanya izin cutinya blm divalidasi bkpsdm. sdh 3 mg blm ada validasi{/S}

    {L}akibatnya tpp sy bln oktober dipotong hampir separuh dan sy dpt teguran dr pengawas{/L}

    gmn ini pak/bu sy hrs gmn lg

    salam
    Yuyun
    """,
    signed=True, division="kinerja",
    note="WhatsApp-style teacher; sick leave not validated; a helpless question but no requested resolution; no address, no place/date")

plain_item(
    "x23", date_local="2026-11-12 20:05:33",
    frm="Sri Wahyuni H <sriwahyuni.nguling@example.org>", email="sriwahyuni.nguling@example.org",
    subject="Nyuwun tulung SK pensiun dini APS", host="mx.example.org", ip="203.0.113.110",
    charset="iso-8859-1", cte="quoted-printable",
    src="""
    Assalamualaikum wr wb

    Nuwun sewu Bapak/Ibu, kulo badhe matur.

    Kulo {N}Sri Wahyuni Handayani{/N}, perawat wonten Puskesmas Nguling, griya kulo wonten {A}Dsn. Kedawung Kulon RT 03 RW 01, Ds. Kedawung, Kec. Nguling{/A}.

    {S}Permohonan pensiun dini atas permintaan sendiri kulo sampun kulo ajukan wiwit Februari 2026 lan sampun disetujui kepala dinas, nanging ngantos sakmenika SK pemberhentian dereng wonten. Saben kulo tangletaken, petugas ngendika berkas dereng dipun proses.{/S}

    {L}Pramila kulo taksih kedah mlebet kerja, padahal bapak kulo sampun sepuh lan gerah, dados bapak kulo asring piyambakan wonten griya.{/L}

    {R}Kulo nyuwun tulung SK pemberhentian kulo enggal dipun proses, utawi kulo dipun paringi katrangan ingkang cetha menapa kekiranganipun.{/R}

    {P}Nguling{/P}, 12 November 2026

    Matur sembah nuwun,
    Sri Wahyuni Handayani
    """,
    letter_date="2026-11-12", signed=True, division="pengadaan",
    note="Javanese krama letter, complete; early retirement at own request (dismissal); iso-8859-1 QP")


# ==========================================================================
# email_mime
# ==========================================================================

def mime_item(item_id, *, date_local, tz="+0700", frm, email, subject, ctype, body,
              golds, host="mail.example.com", ip="192.0.2.10", mid_style="hex",
              extra=(), letter_date=None, signed, phone=None, nik=None, division,
              note, parts, category="email_mime", folder="email_mime",
              pdf_fallback=""):
    date_hdr, hdr_date = dh(date_local, tz)
    hs = std_headers(item_id, date_hdr, frm, subject, host=host, ip=ip,
                     mid_style=mid_style, extra=extra)
    hs += [("MIME-Version", "1.0"), ("Content-Type", ctype[0])]
    if ctype[1]:
        hs.append(("Content-Transfer-Encoding", ctype[1]))
    raw = join_msg(hs, body)
    add(item_id, category, folder, "eml", raw, golds=golds,
        date=letter_date or hdr_date, signed=signed, email=email, phone=phone,
        nik=nik, division=division, note=note, parts=parts, pdf_fallback=pdf_fallback)


# x24 -- HTML only, webmail div/br soup with inline styles, utf-8 quoted-printable
t24, g24 = letter("""
    Kepada Yth.
    Kepala BKPSDM Kabupaten Pasuruan
    di Bangil

    Dengan hormat,

    Saya {N}Theresia Novita Sari, S.Si.{/N}, guru Kimia di SMAN 1 Purwosari, beralamat di {A}Jl. Kartini No. 31 RT 04 RW 02, Kelurahan Purwosari, Kecamatan Purwosari, Kabupaten Pasuruan{/A}, nomor telepon 0813 5760 2291.

    {S}Pada bulan Mei 2026 saya mengajukan permohonan Cuti di Luar Tanggungan Negara selama dua tahun untuk mendampingi suami yang ditugaskan di Balikpapan. Semua persyaratan termasuk persetujuan kepala sekolah dan kepala dinas sudah saya lampirkan, tetapi sampai sekarang, hampir enam bulan kemudian, belum ada keputusan dan setiap kali ditanyakan hanya dijawab "masih proses".{/S}

    {L}Karena belum ada kepastian, saya dan suami terpaksa tinggal terpisah, anak kami yang masih balita ikut saya, dan saya harus mengeluarkan biaya tiket pesawat Balikpapan–Surabaya hampir setiap bulan, kurang lebih Rp 2.500.000 sekali pulang.{/L}

    {R}Mohon kiranya permohonan CLTN saya segera diputuskan, atau apabila ditolak, saya diberi alasan tertulis agar dapat mengambil langkah lain.{/R}

    Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

    {P}Purwosari{/P}, 10 November 2026
    Hormat saya,
    Theresia Novita Sari, S.Si.
    """)
h24 = gmail_soup(t24, font="verdana,sans-serif", subs=[
    ("Theresia Novita Sari, S.Si.</div>", '<b style="color:#0b5394">Theresia Novita Sari, S.Si.</b></div>'),
    ("Cuti di Luar Tanggungan Negara", '<span style="background-color:rgb(255,242,204)">Cuti di Luar Tanggungan Negara</span>'),
    ('"masih proses"', '<i>"masih proses"</i>'),
])
mime_item(
    "x24", date_local="2026-11-10 11:02:45",
    frm="Theresia Novita Sari <theresia.novita@example.com>", email="theresia.novita@example.com",
    subject="Permohonan CLTN belum diputuskan", mid_style="gmail", ip="192.0.2.201",
    ctype=('text/html; charset="UTF-8"', "quoted-printable"),
    body=qp(h24.encode("utf-8")), golds=g24, letter_date="2026-11-10", signed=True,
    phone="081357602291", division="kinerja", parts=("html",),
    note="HTML-only webmail div/br soup with inline styles, bold/span inside sentences, utf-8 QP; leave outside state liability (CLTN)")

# x25 -- multipart/alternative windows-1252 QP, RFC 2047 Q subject and name
t25, g25 = letter("""
    Yth. Bapak/Ibu Petugas Pengaduan
    BKPSDM Kabupaten Pasuruan

    Dengan hormat,

    Perkenalkan, saya {N}Moh. Nur Ma’arif{/N}, CPNS formasi 2024 di Dinas Perhubungan, NIP 199605172024031001.

    {S}Masa percobaan saya sebagai CPNS berakhir 1 Maret 2026 dan saya sudah lulus Latsar dengan sertifikat terbit Desember 2025. Berkas usul pengangkatan menjadi PNS juga sudah dikirim oleh dinas pada bulan Maret. Namun hingga hari ini SK PNS saya belum terbit, padahal teman-teman satu angkatan di dinas lain sudah menerimanya sejak Juli.{/S}

    {L}Akibat hal tersebut gaji saya masih dibayar 80%, dan saya tidak bisa mengajukan KPR karena bank mensyaratkan SK PNS.{/L}

    {R}Saya mohon BKPSDM menelusuri “nasib” berkas saya dan segera menerbitkan SK pengangkatan PNS saya, dengan TMT yang seharusnya.{/R}

    Terima kasih atas perhatiannya.

    {P}Bangil{/P}, 4 November 2026

    Hormat saya,
    Moh. Nur Ma’arif
    0858-1532-0760
    """)
b25 = boundary("x25")
body25 = multipart(b25, [
    part('text/plain; charset="windows-1252"', qp(wrap_text(t25, 76).encode("cp1252")), "quoted-printable"),
    part('text/html; charset="windows-1252"', qp(word_html(t25).encode("cp1252")), "quoted-printable"),
])
mime_item(
    "x25", date_local="2026-11-04 13:48:09",
    frm=f"{ew_q('Moh. Nur Ma’arif', 'windows-1252')} <nur.maarif@example.net>",
    email="nur.maarif@example.net",
    subject=ew_q("SK PNS belum terbit – sudah 8 bulan sejak masa percobaan habis", "windows-1252"),
    host="smtp.example.net", ip="198.51.100.90", mid_style="outlook",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    ctype=(f'multipart/alternative;\n\tboundary="{b25}"', None), body=body25, golds=g25,
    letter_date="2026-11-04", signed=True, phone="085815320760", division="pengadaan",
    parts=("plain", "html"),
    note="multipart/alternative windows-1252 QP, RFC 2047 Q subject and sender name with a curly apostrophe; CPNS to PNS appointment; no address")

# x26 -- HTML only, base64, iso-8859-1, the whole letter typed in a table
rows26 = [
    ("Perihal", "Pungutan parkir liar di halaman kantor BKPSDM"),
    ("Pelapor", "{N}Gunawan Setyo Budi{/N}"),
    ("Domisili", "{A}Jl. Raya Kejapanan No. 112, Desa Kejapanan, Kec. Gempol, Kab. Pasuruan{/A}"),
    ("Kontak", "0817 0391 448 (WA)"),
    ("Kejadian", "{S}Setiap kali saya datang ke kantor BKPSDM di Komplek Perkantoran Raci, juru parkir di halaman dalam kantor meminta Rp 5.000 untuk sepeda motor dan Rp 10.000 untuk mobil tanpa karcis. Pada 6 November 2026 saya menolak membayar karena setahu saya parkir di kantor pemerintah gratis, lalu juru parkir tersebut memarahi saya dan menggores spion mobil saya dengan kunci.{/S}"),
    ("Kerugian yang saya alami", "{L}Spion mobil saya tergores sehingga harus dicat ulang dengan biaya Rp 350.000, dan saya merasa terintimidasi setiap kali harus datang ke kantor BKPSDM.{/L}"),
    ("Permintaan", "{R}Saya minta pungutan parkir liar di halaman kantor BKPSDM dihentikan dan dipasang papan pengumuman bahwa parkir tidak dipungut biaya.{/R}"),
    ("Tempat, tanggal", "{P}Gempol{/P}, 9 November 2026"),
]
t26, g26 = letter("Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan\n"
                  + "\n".join(f"{a}\t{b}" for a, b in rows26)
                  + "\nHormat saya,\nGunawan Setyo Budi\n")
trs = []
for a, b in rows26:
    vb = escape(MARK.sub(lambda m: m.group(2), b), quote=False)
    trs.append(f'<tr><td valign="top" style="width:160px;padding:4px;border:1px solid #999;'
               f'font-weight:bold">{escape(a)}</td><td style="padding:4px;border:1px solid #999">'
               f'{vb}</td></tr>')
h26 = ('<html><body style="font-family:Georgia,serif;font-size:13px">'
       '<p>Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan</p>'
       '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:640px">'
       + "".join(trs) +
       '<tr><td></td><td style="padding:14px 4px 4px 4px">Hormat saya,<br><br>'
       'Gunawan Setyo Budi</td></tr></table></body></html>\n')
assert all(ord(c) < 256 for c in h26)
mime_item(
    "x26", date_local="2026-11-09 17:26:13",
    frm="Gunawan Setyo Budi <gunawan.sb@example.org>", email="gunawan.sb@example.org",
    subject="Pungutan parkir di kantor BKPSDM", host="mx.example.org", ip="203.0.113.130",
    ctype=('text/html; charset="iso-8859-1"', "base64"),
    body=b64lines(h26.encode("iso-8859-1")), golds=g26, letter_date="2026-11-09",
    signed=True, phone="08170391448", division="sekretariat", parts=("html",),
    note="HTML-only, base64, iso-8859-1; whole letter typed in a two-column HTML table with unusual labels; parking levy -> sekretariat")

# x27 -- multipart/alternative, utf-8 base64, Outlook, quoted chain below, B-encoded subject
t27, g27 = letter("""
    Dengan hormat,

    Menindaklanjuti percakapan di bawah, bersama ini saya sampaikan pengaduan resmi.

    Saya, {N}Agustina Rahmawati Lubis, S.E.{/N}, Pengelola Keuangan pada Kantor Kecamatan Sukorejo, tinggal di {A}Perum Sukorejo Indah Blok J No. 8, Desa Glagahsari, Kecamatan Sukorejo{/A}.

    {S}Saya mengajukan permohonan izin belajar program Magister Akuntansi melalui aplikasi pada 3 Agustus 2026. Permohonan tersebut dikembalikan dua kali dengan alasan yang berbeda-beda, yang pertama karena akreditasi kampus dan yang kedua karena surat rekomendasi atasan, padahal kedua dokumen tersebut sudah sesuai dengan format di website BKPSDM. Setelah saya perbaiki dan kirim ulang pada 25 September, status permohonan tidak berubah sama sekali.{/S}

    {L}Akibatnya saya sudah membayar uang pangkal dan SPP semester pertama sebesar Rp 14.750.000 tanpa kepastian apakah ijazah saya nanti bisa diakui untuk pencantuman gelar.{/L}

    {R}Kindly, mohon permohonan izin belajar saya diproses dan diterbitkan dalam minggu ini, serta daftar persyaratan di website diselaraskan dengan yang dipakai petugas verifikasi.{/R}

    {P}Sukorejo{/P}, 13 November 2026

    Best regards,
    Agustina Rahmawati Lubis, S.E.
    Telp. 0821-4318-7705
    """)
q27 = textwrap.dedent("""
    From: Bambang Hermawan <bambang.hermawan@example.org>
    Sent: Thursday, November 12, 2026 3:15 PM
    To: Agustina Rahmawati Lubis <agustina.rl@example.com>
    Subject: RE: Izin belajar

    Bu Agustina, berkasnya sudah saya cek ulang, tidak ada yang kurang. Silakan langsung dibuat pengaduan resmi ke BKPSDM saja.

    Salam,
    Bambang H.
    Subbag Umum dan Kepegawaian Kec. Sukorejo
    """).strip("\n") + "\n"
plain27 = t27 + "\n________________________________\n" + q27
html27 = (word_html(t27).replace("</div></body></html>\n", "")
          + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
          + "".join(f'<p class="MsoNormal"><span style="font-size:11.0pt">'
                    f'{escape(l, quote=False) or "&nbsp;"}</span></p>' for l in q27.split("\n"))
          + "</div></div></body></html>\n")
b27 = boundary("x27")
body27 = multipart(b27, [
    part('text/plain; charset="utf-8"', b64lines(plain27.encode("utf-8")), "base64"),
    part('text/html; charset="utf-8"', b64lines(html27.encode("utf-8")), "base64"),
])
mime_item(
    "x27", date_local="2026-11-13 09:12:31",
    frm=f"{ew_b('Agustina Rahmawati Lubis')} <agustina.rl@example.com>",
    email="agustina.rl@example.com",
    subject=ew_b("RE: Izin belajar 🙏 mohon segera diproses"),
    mid_style="outlook", ip="192.0.2.210",
    extra=[("In-Reply-To", "<a81f.77c2@example.org>"), ("Thread-Topic", "Izin belajar"),
           ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
    ctype=(f'multipart/alternative;\n\tboundary="{b27}"', None), body=body27, golds=g27,
    letter_date="2026-11-13", signed=True, phone="082143187705", division="kompetensi",
    parts=("plain", "html"),
    note="multipart/alternative utf-8 base64 (Outlook), B-encoded subject with emoji; Outlook-style quoted message below with another name; study permit")

# x28 -- one-line cover note + DOCX letter (with a signature image above the name)
rows28 = [("Nama lengkap", "Laila Fitriyani, S.Kom."), ("NIP", "199107042019032011"),
          ("Unit kerja", "Dinas Komunikasi dan Informatika"),
          ("Alamat", "Jl. Pattimura No. 5A RT 01 RW 06, Kel. Kidul Dalem, Kec. Bangil, Kab. Pasuruan"),
          ("Telepon", "0856 4870 1123")]
paras28 = [
    "Saya mengajukan permohonan pindah ke Pemerintah Kota Malang mengikuti suami sejak Maret 2026. Pemerintah Kota Malang telah menerbitkan surat persetujuan menerima pada bulan Mei 2026, sehingga tinggal menunggu surat persetujuan melepas dari Bupati Pasuruan melalui BKPSDM. Sampai hari ini surat tersebut belum terbit tanpa penjelasan, meskipun saya sudah empat kali menanyakan ke bidang mutasi.",
    "Akibatnya persetujuan menerima dari Kota Malang terancam kedaluwarsa pada 31 Desember 2026, dan saya bersama anak kami masih harus tinggal terpisah dari suami.",
    "Dengan ini saya mohon agar surat persetujuan melepas saya diproses sebelum masa berlaku persetujuan dari Kota Malang habis.",
    "Demikian pengaduan ini saya buat, atas perhatiannya saya ucapkan terima kasih.",
]
g28 = {"name": "Laila Fitriyani, S.Kom.", "address": rows28[3][1],
       "service_description": paras28[0], "loss": paras28[1],
       "requested_resolution": "saya mohon agar surat persetujuan melepas saya diproses sebelum masa berlaku persetujuan dari Kota Malang habis.",
       "place": "Bangil"}


def make_docx28() -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    cp = d.core_properties
    cp.author = "Laila"
    cp.last_modified_by = "Laila"
    cp.title = "Surat Pengaduan"
    cp.created = datetime(2026, 11, 16, 8, 30, 0)
    cp.modified = datetime(2026, 11, 16, 9, 0, 0)
    cp.revision = 3
    d.add_paragraph("Perihal\t: Pengaduan atas belum diterbitkannya surat persetujuan pindah (mutasi keluar daerah)")
    d.add_paragraph("Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan\ndi Bangil")
    d.add_paragraph("Dengan hormat,\nSaya yang bertanda tangan di bawah ini:")
    tbl = d.add_table(rows=0, cols=3)
    for a, b in rows28:
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text = a, ":", b
        r[0].width, r[1].width, r[2].width = Cm(3.5), Cm(0.5), Cm(11)
    for p in paras28:
        d.add_paragraph(p)
    d.add_paragraph("Bangil, 16 November 2026\nHormat saya,")
    d.add_picture(io.BytesIO(scribble_png(2801)), width=Cm(4.5))
    d.add_paragraph("Laila Fitriyani, S.Kom.")
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


docx28 = make_docx28()
b28 = boundary("x28")
body28 = multipart(b28, [
    part('text/plain; charset="UTF-8"', b"Terlampir surat pengaduan saya. Terima kasih.\n", "7bit"),
    part('application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname="Surat Pengaduan Laila F.docx"',
         b64lines(docx28), "base64",
         extra=[("Content-Disposition", 'attachment;\n\tfilename="Surat Pengaduan Laila F.docx"')]),
])
mime_item(
    "x28", date_local="2026-11-16 09:14:50",
    frm="Laila Fitriyani <laila.fitriyani@example.com>", email="laila.fitriyani@example.com",
    subject="Pengaduan surat persetujuan pindah", mid_style="gmail", ip="192.0.2.220",
    ctype=(f'multipart/mixed; boundary="{b28}"', None), body=body28, golds=g28,
    letter_date="2026-11-16", signed=True, phone="085648701123", division="mutasi",
    parts=("docx",),
    note="one-line cover note; letter in a DOCX attachment (identity in a Word table, signature image above the typed name); transfer out of the regency")

# x29 -- HTML only, windows-1252 QP, <font>/<br> soup, partly ALL CAPS
t29, g29 = letter("""
    Assalamualaikum Wr. Wb.

    Yth. Kepala BKPSDM Kab. Pasuruan

    SAYA INGIN MENGADUKAN PERILAKU PETUGAS DI RUANG LAYANAN PENSIUN.
    {S}Pada hari Rabu, 11 November 2026 sekitar pukul 09.30 saya mengantar ibu saya yang sudah berusia 72 tahun untuk menanyakan berkas pensiun janda. Petugas laki-laki yang melayani merokok di dalam ruang layanan ber-AC, meniupkan asap ke arah ibu saya, dan ketika saya tegur dia malah berkata “kalau tidak suka silakan urus sendiri ke Jakarta”.{/S}

    {R}SAYA MOHON PETUGAS TERSEBUT DIBERI SANKSI DAN RUANG LAYANAN DINYATAKAN BEBAS ASAP ROKOK SESUAI PERATURAN.{/R}

    Wassalamualaikum Wr. Wb.

    {P}Pasuruan{/P}, 12 November 2026
    Hormat kami,
    {N}Hj. Umi Kulsum Rahayu{/N}
    """)
h29 = font_soup(t29, subs=[
    ("SAYA INGIN MENGADUKAN PERILAKU PETUGAS DI RUANG LAYANAN PENSIUN.",
     '<b><font color="#FF0000">SAYA INGIN MENGADUKAN PERILAKU PETUGAS DI RUANG LAYANAN PENSIUN.</font></b>'),
    ("SAYA MOHON PETUGAS", '<u>SAYA MOHON PETUGAS'),
    ("SESUAI PERATURAN.", 'SESUAI PERATURAN.</u>'),
    ("  ", "&nbsp; "),
])
mime_item(
    "x29", date_local="2026-11-12 21:40:05",
    frm="Umi Kulsum <umikulsum.r@example.net>", email="umikulsum.r@example.net",
    subject="Petugas merokok di ruang layanan", host="smtp.example.net", ip="198.51.100.140",
    extra=[("X-Mailer", "Webmail 7.2")],
    ctype=('text/html; charset="windows-1252"', "quoted-printable"),
    body=qp(h29.replace("\r\n", "\n").encode("cp1252")), golds=g29, letter_date="2026-11-12",
    signed=True, division="sekretariat", parts=("html",),
    note="HTML-only <font>/<br> soup, windows-1252 QP, curly quotes, ALL CAPS lines; staff conduct at the pension desk -> sekretariat; no address, no loss")

# x30 -- multipart/alternative iso-8859-1 QP, Q-encoded sender name with an accent
t30, g30 = letter("""
    Kepada
    Yth. Kepala Bidang Penilaian Kinerja dan Penghargaan
    BKPSDM Kabupaten Pasuruan

    Dengan hormat,

    Saya {N}André Kusuma Wardhana{/N}, Analis Kebijakan Ahli Muda di Bappeda, beralamat di {A}Jl. Cempaka No. 27, Desa Pecalukan, Kecamatan Prigen, Kabupaten Pasuruan{/A}, dengan ini menyampaikan pengaduan terkait penilaian kinerja tahunan saya.

    {S}Predikat kinerja tahun 2025 saya di aplikasi e-Kinerja tertulis "Butuh Perbaikan", padahal dokumen evaluasi kinerja yang saya tandatangani bersama pejabat penilai pada bulan Januari 2026 menyatakan predikat "Baik". Perubahan itu dilakukan tanpa pemberitahuan dan tanpa tanda tangan saya.{/S}

    {L}Dengan predikat tersebut saya tidak memenuhi syarat untuk mengikuti uji kompetensi kenaikan jenjang jabatan tahun ini dan tunjangan kinerja saya dikurangi sejak Agustus 2026.{/L}

    Salinan dokumen evaluasi kinerja yang asli dapat saya tunjukkan bila diperlukan.

    {P}Prigen{/P}, 5 November 2026

    Hormat saya,

    André Kusuma Wardhana
    """)
b30 = boundary("x30")
body30 = multipart(b30, [
    part('text/plain; charset=ISO-8859-1; format=flowed', qp(wrap_text(t30, 72, True).encode("iso-8859-1")), "quoted-printable"),
    part("text/html; charset=ISO-8859-1",
         qp(gmail_soup(t30, font="georgia,serif", subs=[('"Butuh Perbaikan"', '<b>"Butuh Perbaikan"</b>')]).encode("iso-8859-1")),
         "quoted-printable"),
], preamble=b"This is a multi-part message in MIME format.\n")
mime_item(
    "x30", date_local="2026-11-05 15:03:27",
    frm=f"{ew_q('André Kusuma Wardhana', 'iso-8859-1')} <andre.kw@example.org>",
    email="andre.kw@example.org",
    subject=ew_q("Pengaduan predikat kinerja 2025 diubah tanpa sepengetahuan saya", "iso-8859-1"),
    host="mx.example.org", ip="203.0.113.150",
    extra=[("User-Agent", "Mozilla Thunderbird")],
    ctype=(f'multipart/alternative;\n boundary="{b30}"', None), body=body30, golds=g30,
    letter_date="2026-11-05", signed=True, division="kinerja", parts=("plain", "html"),
    note="multipart/alternative iso-8859-1 QP with format=flowed plain part; Q-encoded accented sender name; SKP predicate; no requested resolution")

# x31 -- multipart/mixed (alternative utf-8 QP) + a JPEG photo of a pay slip
t31, g31 = letter("""
    Selamat pagi,

    Mohon maaf, saya mau mengadu soal data kepegawaian saya yang sangat merugikan.

    Saya {N}Suyitno, S.Pd.SD.{/N}, guru kelas di SDN Ngembal 1 Kecamatan Tutur, alamat rumah {A}Dusun Tlogosari RT 05 RW 02, Desa Ngembal, Kecamatan Tutur{/A}.

    {S}Mulai bulan Oktober 2026 status saya di SIASN tiba-tiba tercatat "meninggal dunia", padahal saya masih hidup, sehat, dan mengajar setiap hari. Kata bendahara gaji, datanya ditarik dari SIASN sehingga gaji saya diblokir. Saya sudah melapor ke loket BKPSDM tanggal 2 November dan diminta menunggu tanpa batas waktu.{/S}

    {L}Karena kesalahan itu gaji bulan Oktober dan November saya tidak dibayar sama sekali, cicilan bank saya menunggak, dan saya jadi bahan olok-olok rekan kerja.{/L} (Foto slip gaji saya lampirkan.)

    {R}Saya minta status saya di SIASN dikembalikan menjadi aktif paling lambat minggu ini dan gaji yang tertahan dibayarkan.{/R}

    {P}Tutur{/P}, 9 November 2026

    Salam hormat,
    Suyitno, S.Pd.SD.
    WA 0852-3366-1209
    """)


def slip_jpg() -> bytes:
    img = Image.new("RGB", (640, 420), (236, 232, 220))
    d = ImageDraw.Draw(img)
    d.rectangle([30, 30, 610, 390], outline=(60, 60, 60), width=2)
    for i, s in enumerate(["DAFTAR GAJI - OKTOBER 2026", "NAMA  : SUYITNO", "STATUS: -",
                           "GAJI BERSIH : Rp 0"]):
        d.text((50, 50 + i * 40), s, fill=(30, 30, 30))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=70)
    return buf.getvalue()


b31a, b31b = boundary("x31", 1), boundary("x31", 2)
alt31 = multipart(b31b, [
    part('text/plain; charset="UTF-8"', qp(t31.encode("utf-8")), "quoted-printable"),
    part('text/html; charset="UTF-8"', qp(gmail_soup(t31).encode("utf-8")), "quoted-printable"),
])
body31 = multipart(b31a, [
    part(f'multipart/alternative; boundary="{b31b}"', alt31, "7bit"),
    part('image/jpeg; name="IMG_20261109_071455.jpg"', b64lines(slip_jpg()), "base64",
         extra=[("Content-Disposition", 'attachment; filename="IMG_20261109_071455.jpg"')]),
])
mime_item(
    "x31", date_local="2026-11-09 07:16:02",
    frm="Suyitno <suyitno.spd@example.com>", email="suyitno.spd@example.com",
    subject="Status SIASN saya tercatat meninggal dunia", mid_style="gmail", ip="192.0.2.230",
    ctype=(f'multipart/mixed; boundary="{b31a}"', None), body=body31, golds=g31,
    letter_date="2026-11-09", signed=True, phone="085233661209", division="pengadaan",
    parts=("plain", "html"),
    note="multipart/mixed with a nested alternative (utf-8 QP) and a JPEG photo attachment; personnel data in SIASN")


# ==========================================================================
# email_pdf
# ==========================================================================

def marked_blocks(blocks):
    golds: dict[str, str] = {}

    def clean(s):
        def rep(m):
            k = KEYMAP[m.group(1)]
            assert k not in golds
            golds[k] = norm(m.group(2))
            return m.group(2)
        out = MARK.sub(rep, s)
        assert "{" not in out and all(ord(c) < 256 for c in out), out
        return out

    res = []
    for b in blocks:
        if b[0] in ("p", "b", "right"):
            res.append((b[0], clean(textwrap.dedent(b[1]).strip("\n"))))
        elif b[0] == "kv":
            res.append(("kv", [(a, clean(v)) for a, v in b[1]]) + tuple(b[2:]))
        else:
            res.append(b)
    return res, golds


def pdf_item(item_id, *, date_local, frm, email, subject, cover, blocks, sig, seed,
             font="Times", size=12, filename, host="mail.example.com", ip="192.0.2.10",
             mid_style="hex", letter_date, signed, phone=None, nik=None, division, note):
    clean, golds = marked_blocks(blocks)
    created = datetime.fromisoformat(letter_date + "T09:30:00+07:00")
    pdf = make_pdf(clean, sig, seed, font=font, size=size, created=created)
    bnd = boundary(item_id)
    body = multipart(bnd, [
        part('text/plain; charset="UTF-8"', (cover + "\n").encode("utf-8"), "8bit"),
        part(f'application/pdf; name="{filename}"', b64lines(pdf), "base64",
             extra=[("Content-Disposition", f'attachment; filename="{filename}"')]),
    ])
    mime_item(item_id, date_local=date_local, frm=frm, email=email, subject=subject,
              ctype=(f'multipart/mixed; boundary="{bnd}"', None), body=body, golds=golds,
              host=host, ip=ip, mid_style=mid_style, letter_date=letter_date,
              signed=signed, phone=phone, nik=nik, division=division, note=note,
              parts=("pdf",), category="email_pdf", folder="email_pdf",
              pdf_fallback=pdf_plain(clean))
    return pdf


pdf_item(
    "x32", date_local="2026-11-10 13:20:41",
    frm="Wiwik Sulistyowati <wiwik.sulis@example.com>", email="wiwik.sulis@example.com",
    subject="Surat pengaduan SK PPPK", mid_style="gmail", ip="192.0.2.240",
    cover="Selamat siang, surat pengaduan saya terlampir dalam format PDF.",
    filename="pengaduan_SK_PPPK_wiwik.pdf", sig="vector", seed=3201, font="Times",
    blocks=[
        ("p", "Hal : Kesalahan jabatan pada SK pengangkatan PPPK"), ("gap", 4),
        ("p", "Yth. Kepala BKPSDM Kabupaten Pasuruan\ndi Bangil"), ("gap", 4),
        ("p", "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:"),
        ("kv", [("Nama", "{N}Wiwik Sulistyowati, S.Tr.Keb.{/N}"), ("NI PPPK", "198904112025212014"),
                ("Tempat tugas", "Puskesmas Kraton"),
                ("Alamat", "{A}Dusun Jeruk RT 06 RW 02, Desa Kalirejo, Kecamatan Kraton{/A}"),
                ("Telepon/WA", "0838 5091 2260")]),
        ("gap", 3),
        ("p", "{S}Saya diangkat sebagai PPPK dengan formasi Bidan Terampil sesuai pengumuman kelulusan. Namun pada SK pengangkatan yang diserahkan tanggal 1 Oktober 2026, jabatan saya tertulis Perawat Terampil. Sudah saya laporkan ke BKPSDM pada 7 Oktober, tetapi sampai sekarang SK belum diralat.{/S}"),
        ("gap", 3),
        ("p", "{L}Akibat kesalahan tersebut saya tidak dapat mengurus Surat Tanda Registrasi dan Surat Izin Praktik Bidan di puskesmas, sehingga saya tidak boleh menolong persalinan dan jasa pelayanan saya bulan Oktober tidak dibayarkan.{/L}"),
        ("gap", 3),
        ("p", "{R}Saya mohon SK pengangkatan PPPK saya segera diralat sesuai formasi Bidan Terampil.{/R}"),
        ("gap", 6),
        ("p", "{P}Kraton{/P}, 10 November 2026\nHormat saya,"), ("sig",),
        ("p", "Wiwik Sulistyowati, S.Tr.Keb."),
    ],
    letter_date="2026-11-10", signed=True, phone="083850912260", division="pengadaan",
    note="text PDF; signature drawn as vector strokes; PPPK appointment decree with the wrong position; 18-digit NI PPPK")

pdf_item(
    "x33", date_local="2026-11-18 10:05:12",
    frm="Rudianto Saputra <rudianto.saputra@example.net>", email="rudianto.saputra@example.net",
    subject="Pengaduan saldo cuti tahunan", host="smtp.example.net", ip="198.51.100.160",
    cover="Dengan hormat, bersama ini saya lampirkan surat pengaduan. Terima kasih.",
    filename="Pengaduan Saldo Cuti.pdf", sig="png", seed=3301, font="Helvetica", size=11,
    blocks=[
        ("p", "Kepada Yth.\nKepala BKPSDM Kabupaten Pasuruan\nKomplek Perkantoran Jl. Raya Raci KM. 9 Bangil"), ("gap", 5),
        ("b", "Perihal: Pengaduan saldo cuti tahunan"), ("gap", 4),
        ("p", "Dengan hormat,"), ("gap", 2),
        ("p", "Saya, {N}Rudianto Saputra, S.H.{/N}, Analis Hukum pada Bagian Hukum Sekretariat Daerah, bertempat tinggal di {A}Jl. Kalimantan No. 44, Kelurahan Gempeng, Kecamatan Bangil{/A}, dengan ini mengadukan hal berikut."),
        ("gap", 3),
        ("p", "{S}Sisa cuti tahunan saya tahun 2025 sebanyak 6 hari yang ditangguhkan atas persetujuan atasan tidak tercatat di aplikasi cuti, sehingga saldo cuti saya tahun 2026 hanya 12 hari. Ketika saya mengajukan cuti tahunan untuk menemani istri yang akan menjalani operasi pada bulan Desember, aplikasi menolak dengan keterangan \"saldo tidak mencukupi\". Laporan saya ke admin cuti BKPSDM pada 20 Oktober belum dijawab.{/S}"),
        ("gap", 3),
        ("p", "{L}Karena itu saya terpaksa merencanakan izin tanpa keterangan yang akan berdampak pada pemotongan tunjangan dan catatan disiplin saya.{/L}"),
        ("gap", 3),
        ("p", "{R}Saya mohon saldo cuti saya dikoreksi dengan memasukkan sisa cuti 2025 yang ditangguhkan, sebelum tanggal 1 Desember 2026.{/R}"),
        ("gap", 8),
        ("p", "{P}Bangil{/P}, 18 November 2026\nHormat saya,"), ("sig",),
        ("p", "Rudianto Saputra, S.H."),
    ],
    letter_date="2026-11-18", signed=True, division="kinerja",
    note="text PDF; signature as an embedded PNG scribble; agency address in the letter head; annual leave balance")

pdf_item(
    "x34", date_local="2026-11-02 19:30:00",
    frm="Endah Purwaningsih <endah.purwa@example.org>", email="endah.purwa@example.org",
    subject="Keberatan rotasi jabatan", host="mx.example.org", ip="203.0.113.170",
    cover="Mohon maaf baru sempat mengirim, surat keberatan saya terlampir.",
    filename="keberatan_rotasi.pdf", sig=None, seed=3401, font="Courier", size=11,
    blocks=[
        ("p", "Perihal : Keberatan atas rotasi jabatan"), ("gap", 4),
        ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 4),
        ("p", "Dengan hormat,"), ("gap", 2),
        ("p", "Saya {N}Dra. Endah Purwaningsih, M.Si.{/N}, sebelumnya Kepala Bidang Perencanaan pada Dinas Pendidikan, alamat {A}Jl. Ahmad Yani Gg. Kenari No. 3, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan{/A}, NIK 3514084506710002."),
        ("gap", 3),
        ("p", "{S}Melalui pelantikan tanggal 2 Oktober 2026 saya dipindahkan menjadi staf pelaksana di Kecamatan Lekok tanpa pernah diperiksa, tanpa hasil penilaian kinerja yang buruk, dan tanpa penjelasan apa pun. Surat permintaan penjelasan yang saya kirim ke BKPSDM pada 9 Oktober juga belum dijawab.{/S}"),
        ("gap", 3),
        ("p", "{L}Akibat rotasi tersebut tunjangan jabatan saya hilang, penghasilan saya berkurang sekitar Rp 4.200.000 per bulan, dan saya harus menempuh 45 km setiap hari ke Lekok.{/L}"),
        ("gap", 3),
        ("p", "{R}Saya meminta BKPSDM meninjau kembali keputusan rotasi tersebut dan memberikan penjelasan tertulis mengenai dasar pertimbangannya.{/R}"),
        ("gap", 8),
        ("p", "{P}Bangil{/P}, 23 Oktober 2026\nHormat saya,"), ("gap", 18),
        ("p", "Dra. Endah Purwaningsih, M.Si."),
    ],
    letter_date="2026-10-23", signed=False, nik="3514084506710002", division="mutasi",
    note="typewriter-style PDF with a typed name only (unsigned); demotion by rotation; letter date earlier than the mail")

pdf_item(
    "x35", date_local="2026-11-06 14:44:19",
    frm="M. Ilham Zulkarnain <ilham.zulkarnain@example.com>", email="ilham.zulkarnain@example.com",
    subject="Pengaduan pembayaran biaya tugas belajar", mid_style="gmail", ip="192.0.2.250",
    cover="Terlampir surat pengaduan beserta kronologi (2 halaman).",
    filename="Surat_Pengaduan_Tugas_Belajar.pdf", sig="png", seed=3501, font="Times", size=12.5,
    blocks=[
        ("right", "{P}Sukorejo{/P}, 6 November 2026"), ("gap", 4),
        ("kv", [("Nomor", "-"), ("Lampiran", "3 (tiga) berkas"),
                ("Perihal", "Pengaduan pelaksanaan tugas belajar")], 24),
        ("gap", 5),
        ("p", "Kepada Yth.\nKepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia\nKabupaten Pasuruan\ndi Bangil"),
        ("gap", 5),
        ("p", "Dengan hormat,"), ("gap", 2),
        ("p", "Yang bertanda tangan di bawah ini, saya {N}Muhammad Ilham Zulkarnain, S.Kep., Ners{/N}, perawat pada Puskesmas Sukorejo, penerima tugas belajar Program Magister Keperawatan, bertempat tinggal di {A}Perum Sukorejo Permai Blok C No. 14, Desa Sukorejo, Kecamatan Sukorejo, Kabupaten Pasuruan{/A}, nomor telepon 0811 3620 8845, menyampaikan pengaduan sebagai berikut."),
        ("gap", 3),
        ("p", "{S}Saya ditetapkan sebagai penerima tugas belajar dengan Keputusan Bupati tertanggal 14 Juli 2025, yang menyebutkan bahwa biaya pendidikan ditanggung oleh Pemerintah Kabupaten melalui anggaran BKPSDM. Pada semester pertama biaya pendidikan dibayarkan tepat waktu. Namun untuk semester kedua dan ketiga, biaya sebesar Rp 9.500.000 per semester belum dibayarkan ke pihak universitas, dan setiap kali saya menanyakan ke bidang pengembangan kompetensi saya hanya dijawab bahwa anggaran masih menunggu pergeseran.{/S}"),
        ("gap", 3),
        ("p", "Kronologi singkat:"),
        ("p", "1. 14 Juli 2025: Keputusan Bupati tentang pemberian tugas belajar terbit.\n2. Agustus 2025: biaya semester pertama dibayarkan oleh BKPSDM.\n3. Februari 2026: tagihan semester kedua saya serahkan ke BKPSDM, belum dibayar.\n4. Agustus 2026: tagihan semester ketiga saya serahkan, belum dibayar.\n5. 28 Oktober 2026: universitas menerbitkan surat peringatan kedua."),
        ("gap", 3),
        ("p", "{L}Akibatnya pihak universitas telah mengeluarkan surat peringatan kedua dan menyatakan bahwa apabila tunggakan tidak dilunasi sebelum 15 Desember 2026, status mahasiswa saya akan dinonaktifkan dan saya tidak dapat mengikuti ujian tesis. Saya juga terpaksa meminjam uang untuk membayar sebagian biaya praktikum.{/L}"),
        ("gap", 3),
        ("p", "Sehubungan dengan hal tersebut, {R}saya mohon BKPSDM segera membayarkan biaya pendidikan semester kedua dan ketiga langsung ke rekening universitas sebelum 15 Desember 2026, atau memberikan surat jaminan pembayaran resmi kepada universitas{/R}."),
        ("gap", 3),
        ("p", "Demikian surat pengaduan ini saya sampaikan dengan sebenarnya. Atas perhatian dan bantuan Bapak, saya mengucapkan terima kasih."),
        ("gap", 8),
        ("p", "Hormat saya,"), ("sig",),
        ("p", "Muhammad Ilham Zulkarnain, S.Kep., Ners"),
        ("gap", 8),
        ("p", "Tembusan:\n1. Kepala Dinas Kesehatan Kabupaten Pasuruan\n2. Arsip"),
    ],
    letter_date="2026-11-06", signed=True, phone="081136208845", division="kompetensi",
    note="two-page text PDF, place/date line at the top right, chronology list, PNG signature on page 2, copy list after the name; study assignment fees")

pdf_item(
    "x36", date_local="2026-11-04 08:50:37",
    frm="Nanang Qosim H. <nanang.qosim@example.net>", email="nanang.qosim@example.net",
    subject="Loket tutup sebelum jam layanan", host="smtp.example.net", ip="198.51.100.170",
    cover="Berikut surat pengaduan saya, mohon diterima.",
    filename="surat.pdf", sig="vector", seed=3601, font="Helvetica", size=11,
    blocks=[
        ("p", "Perihal: Jam layanan loket tidak sesuai pengumuman"), ("gap", 4),
        ("p", "Kepada Yth. Sekretaris BKPSDM Kabupaten Pasuruan"), ("gap", 4),
        ("p", "Dengan hormat,"), ("gap", 2),
        ("p", "Yang bertanda tangan di bawah ini, {N}Nanang Qosim Hidayatullah{/N}, pelaksana pada Kantor Kecamatan Rembang, menyampaikan pengaduan mengenai jam layanan loket BKPSDM."),
        ("gap", 3),
        ("p", "{S}Di website dan papan pengumuman tertulis loket layanan buka Senin sampai Kamis pukul 08.00 sampai 15.00. Pada tanggal 27 Oktober dan 3 November 2026 saya datang pukul 13.15 dengan nomor antrean online yang sudah terkonfirmasi, tetapi loket sudah tutup dan satpam hanya mengatakan \"petugas sudah pulang, besok lagi\".{/S}"),
        ("gap", 3),
        ("p", "{R}Mohon jam layanan loket dijalankan sesuai pengumuman, dan apabila ada perubahan agar diumumkan lebih dahulu di website dan media sosial BKPSDM.{/R}"),
        ("gap", 8),
        ("p", "{P}Rembang{/P}, 4 November 2026\nHormat saya,"), ("sig",),
        ("p", "Nanang Qosim Hidayatullah"),
    ],
    letter_date="2026-11-04", signed=True, division="sekretariat",
    note="text PDF, vector signature; counter opening hours -> sekretariat; no address, no loss")


# ==========================================================================
# hostile
# ==========================================================================

add("x37", "hostile_error", "hostile", "pdf", b"", scored=False, expect_exit=3,
    note="zero-byte file named .pdf")

_rg = random.Random(3838)
_garbage = bytes(_rg.randrange(256) for _ in range(6144))
assert not _garbage.startswith(b"%PDF")
add("x38", "hostile_error", "hostile", "pdf", _garbage, scored=False, expect_exit=3,
    note="6 KB of random bytes named .pdf (no PDF header)")

_full39 = make_pdf(marked_blocks([
    ("p", "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("gap", 4),
    ("p", "Dengan hormat, saya Agung Wibowo, guru SDN Gempol 4, menyampaikan pengaduan tentang usul kenaikan pangkat saya yang belum diproses sejak April 2026 tanpa penjelasan. " * 3),
    ("p", "Gempol, 2 November 2026\nHormat saya,"), ("sig",), ("p", "Agung Wibowo"),
])[0], "vector", 3901)
_s = _full39.index(b"stream\n")
_trunc39 = _full39[: _s + 7 + 180]
assert len(_trunc39) < len(_full39) // 2 and b"%%EOF" not in _trunc39
add("x39", "hostile_error", "hostile", "pdf", _trunc39, scored=False, expect_exit=3,
    note="PDF cut 180 bytes into its first content stream (no xref, no trailer)")

# x40 -- 8-bit garbage in the headers; the body letter is fine and scored
t40, g40 = letter("""
    Dengan hormat,

    Saya {N}Hendro Wicaksono, S.Pd., M.Pd.{/N}, beralamat di {A}Jl. Raya Nongkojajar No. 17, Desa Wonosari, Kecamatan Tutur, Kabupaten Pasuruan{/A}, menyampaikan pengaduan sebagai berikut.

    {S}Saya telah lulus seleksi calon pengawas sekolah yang diumumkan pada Juni 2026 dan sudah menyelesaikan pendidikan dan pelatihan calon pengawas. Menurut jadwal, pelantikan dilakukan paling lambat September 2026, tetapi sampai sekarang pelantikan belum dilaksanakan, sementara jabatan kepala sekolah saya sudah diisi orang lain sejak 1 Oktober 2026.{/S}

    {L}Akibatnya saat ini saya tidak memiliki jabatan yang jelas, tidak menerima tunjangan jabatan, dan jam mengajar saya tidak diakui untuk tunjangan profesi.{/L}

    {R}Saya mohon BKPSDM segera menjadwalkan pelantikan saya sebagai pengawas sekolah atau memberikan kepastian tertulis mengenai jadwalnya.{/R}

    {P}Tutur{/P}, 16 November 2026

    Hormat saya,
    Hendro Wicaksono, S.Pd., M.Pd.
    """)
d40, _ = dh("2026-11-16 16:22:08")
raw40 = (
    b"Received: from old-pc (unknown [198.51.100.181])\n\tby mx1.pasuruankab.go.id (Postfix) with ESMTP id 9F0C2A11\n"
    b"\tfor <pengaduan.bkpsdm@pasuruankab.go.id>; " + d40.encode() + b"\n"
    b"Date: " + d40.encode() + b"\n"
    b"From: \xc8\xe5\xed\xe4\xf0\xee \x8fW\xff <hendro.wicaksono@example.net>\n"
    b"To: pengaduan.bkpsdm@pasuruankab.go.id\n"
    b"Subject: Pengaduan \xd0\xbf\xd0 pelantikan \xfe\xfe pengawas \x81\x8d\x8f\x90\x9d sekolah\n"
    b"Message-ID: " + mid("x40", "example.net").encode() + b"\n"
    b"X-Mailer: \x00\x01Bat!\x7f 3.0\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: 8bit\n\n" + t40.encode("utf-8"))
add("x40", "hostile_ok", "hostile", "eml", raw40, golds=g40, date="2026-11-16", signed=True,
    email="hendro.wicaksono@example.net", division="mutasi", parts=("plain",),
    note="raw 8-bit/undecodable bytes and control characters in From, Subject and X-Mailer headers; body letter scored (school supervisor inauguration)")

# x41 -- attachment with a path-traversal name and a broken base64 body
t41, g41 = letter("""
    Kepada Yth. BKPSDM Kabupaten Pasuruan

    Dengan hormat, saya {N}Dewi Safitri Anggraini{/N}, pustakawan di Dinas Perpustakaan dan Kearsipan, tinggal di {A}Jl. Gajah Mada No. 61, Kelurahan Pogar, Kecamatan Bangil{/A}, ingin mengadukan masalah data kepegawaian saya.

    {S}NIK saya yang tercatat di SIASN berbeda satu digit dengan NIK di KTP dan data Dukcapil, sehingga saya tidak bisa melakukan aktivasi akun MyASN maupun Kartu ASN Virtual. Permohonan perbaikan NIK sudah saya ajukan melalui admin kepegawaian dinas pada bulan Agustus, dan di loket BKPSDM saya hanya diminta "sabar, antre".{/S}

    {L}Akibatnya saya tidak bisa mengunggah dokumen untuk usul kenaikan pangkat periode April 2027 yang batas unggahnya tanggal 15 Desember 2026.{/L}

    {R}Mohon NIK saya di SIASN segera disamakan dengan data Dukcapil.{/R} NIK yang benar: 3514095708880004. Salinan KTP saya lampirkan.

    {P}Bangil{/P}, 17 November 2026
    Terima kasih,
    Dewi Safitri Anggraini
    """)
b41 = boundary("x41")
broken_b64 = (b"/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR\n"
              b"ofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy!!\n"
              b"@@@@ ### %%%% this part was cut by the phone ####\n"
              b"IRgVFiP/xAAfAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgv/xAC1EAACAQMDAgQDBQUEBA=\n"
              b"==A\n")
body41 = multipart(b41, [
    part('text/plain; charset="utf-8"', qp(t41.encode("utf-8")), "quoted-printable"),
    part('image/jpeg; name="../../../../var/www/html/ktp.jpg"', broken_b64, "base64",
         extra=[("Content-Disposition", 'attachment; filename="../../../../var/www/html/ktp.jpg"')]),
])
d41, _ = dh("2026-11-17 11:31:45")
hs41 = std_headers("x41", d41, "Dewi Safitri Anggraini <dewi.safitri.a@example.com>",
                   "Data NIK di SIASN beda dengan KTP", mid_style="gmail", ip="192.0.2.251")
hs41 += [("MIME-Version", "1.0"), ("Content-Type", f'multipart/mixed; boundary="{b41}"')]
add("x41", "hostile_ok", "hostile", "eml", join_msg(hs41, body41), golds=g41,
    date="2026-11-17", signed=True, email="dewi.safitri.a@example.com",
    nik="3514095708880004", division="pengadaan", parts=("plain",),
    note="attachment named ../../../../var/www/html/ktp.jpg whose base64 body is broken; body letter scored (NIK mismatch in SIASN)")


# ==========================================================================
# auto_reply
# ==========================================================================

def auto_item(item_id, raw, note):
    add(item_id, "auto_reply", "auto_reply", "eml", raw, scored=False, auto_reply=True,
        note=note)


# x42 -- Outlook "Balasan Otomatis" out-of-office, bilingual, no Auto-Submitted header
d42, _ = dh("2026-11-20 08:01:12")
ooo42 = textwrap.dedent("""
    Terima kasih atas surel Bapak/Ibu.

    Saya sedang mengikuti Pelatihan Kepemimpinan Administrator di Surabaya sampai dengan 4 Desember 2026 dan akses surel terbatas. Untuk urusan kenaikan pangkat dan mutasi silakan menghubungi Sdri. Ratih di bagian umum. Pesan Bapak/Ibu akan saya balas setelah saya kembali.

    Thank you for your e-mail. I am attending a leadership training until 4 December 2026 with limited access to e-mail. I will reply when I am back.

    Salam,
    Drs. Heru Santoso
    Kepala Subbagian Umum dan Kepegawaian
    """).strip("\n") + "\n"
hs42 = std_headers("x42", d42, "Heru Santoso <heru.santoso@dinas.example.org>",
                   "Balasan Otomatis: Permintaan kelengkapan data pengaduan PGD-2026-0733",
                   host="mail.dinas.example.org", ip="203.0.113.190", mid_style="outlook",
                   extra=[("In-Reply-To", "<pgd-2026-0733.req@pasuruankab.go.id>"),
                          ("Thread-Topic", "Permintaan kelengkapan data pengaduan PGD-2026-0733"),
                          ("X-Auto-Response-Suppress", "All"),
                          ("X-MS-Exchange-Inbox-Rules-Loop", "heru.santoso@dinas.example.org"),
                          ("X-MS-Exchange-Organization-AutoResponse", "OOF")])
hs42 += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
         ("Content-Transfer-Encoding", "8bit")]
auto_item("x42", join_msg(hs42, ooo42.encode()),
          "Outlook out-of-office 'Balasan Otomatis:' in Indonesian and English, X-Auto-Response-Suppress, no Auto-Submitted header")

# x43 -- delivery status notification (Exchange-style multipart/report)
d43, _ = dh("2026-11-19 14:10:55")
b43 = boundary("x43")
human43 = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to "
           "yuliani.ps@kantor.example.org couldn't be delivered.</font></b></p>"
           "<p>yuliani.ps wasn't found at kantor.example.org.</p>"
           "<p>Pesan Anda tidak dapat dikirim karena alamat penerima tidak ditemukan.</p>"
           "<p><b>Original message headers:</b></p><pre>Subject: Tanda terima pengaduan "
           "PGD-2026-0741</pre></body></html>\n")
status43 = (b"Reporting-MTA: dns; mail.kantor.example.org\n"
            b"Arrival-Date: " + d43.encode() + b"\n\n"
            b"Final-Recipient: rfc822; yuliani.ps@kantor.example.org\n"
            b"Action: failed\nStatus: 5.1.10\n"
            b"Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
orig43 = ("Date: Thu, 19 Nov 2026 14:10:41 +0700\n"
          "From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>\n"
          "To: yuliani.ps@kantor.example.org\n"
          "Subject: Tanda terima pengaduan PGD-2026-0741\n"
          "Message-ID: <pgd-2026-0741.ack@pasuruankab.go.id>\n").encode()
body43 = multipart(b43, [
    part('text/html; charset="us-ascii"', human43.encode(), "7bit"),
    part("message/delivery-status", status43, "7bit"),
    part("text/rfc822-headers", orig43, "7bit"),
])
hs43 = std_headers("x43", d43, "Microsoft Outlook <postmaster@kantor.example.org>",
                   "Undeliverable: Tanda terima pengaduan PGD-2026-0741",
                   host="mail.kantor.example.org", ip="203.0.113.200", mid_style="outlook",
                   extra=[("In-Reply-To", "<pgd-2026-0741.ack@pasuruankab.go.id>"),
                          ("Auto-Submitted", "auto-replied"),
                          ("X-MS-Exchange-Message-Is-Ndr", "")])
hs43 += [("MIME-Version", "1.0"),
         ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b43}"')]
auto_item("x43", join_msg(hs43, body43),
          "Exchange-style non-delivery report (multipart/report, delivery-status) from postmaster")

# x44 -- mailing-list post that reads like a complaint
d44, _ = dh("2026-11-15 19:47:36")
post44 = textwrap.dedent("""
    Bapak/Ibu rekan guru,

    Ada yang sudah terima SK kenaikan pangkat periode Oktober? Punya saya masih "proses" di SIASN padahal berkas lengkap dari Juli. Kalau banyak yang belum, mungkin kita bisa kirim pengaduan bersama ke BKPSDM supaya diproses sebelum akhir tahun.

    Salam,
    Sutrisno
    SDN Sukorejo 2

    --
    forum-guru-pasuruan mailing list
    forum-guru-pasuruan@lists.example.org
    Berhenti berlangganan: https://lists.example.org/mailman/listinfo/forum-guru-pasuruan
    """).strip("\n") + "\n"
hs44 = std_headers("x44", d44, "Sutrisno via forum-guru-pasuruan <forum-guru-pasuruan@lists.example.org>",
                   "[forum-guru] SK kenaikan pangkat Oktober sudah ada yang terima?",
                   host="lists.example.org", ip="192.0.2.252",
                   to="forum-guru-pasuruan@lists.example.org",
                   extra=[("Cc", "pengaduan.bkpsdm@pasuruankab.go.id"),
                          ("Reply-To", "forum-guru-pasuruan@lists.example.org"),
                          ("Sender", "forum-guru-pasuruan-bounces@lists.example.org"),
                          ("Errors-To", "forum-guru-pasuruan-bounces@lists.example.org"),
                          ("Precedence", "list"),
                          ("List-Id", "Forum Guru Kabupaten Pasuruan <forum-guru-pasuruan.lists.example.org>"),
                          ("List-Unsubscribe", "<https://lists.example.org/mailman/options/forum-guru-pasuruan>,\n <mailto:forum-guru-pasuruan-request@lists.example.org?subject=unsubscribe>"),
                          ("List-Post", "<mailto:forum-guru-pasuruan@lists.example.org>"),
                          ("List-Archive", "<https://lists.example.org/pipermail/forum-guru-pasuruan/>"),
                          ("X-BeenThere", "forum-guru-pasuruan@lists.example.org"),
                          ("X-Mailman-Version", "2.1.39")])
hs44 += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
         ("Content-Transfer-Encoding", "8bit")]
auto_item("x44", join_msg(hs44, post44.encode()),
          "Mailman mailing-list post (List-Id, Precedence: list) whose text reads like a complaint; the agency is only Cc'd")

# x45 -- vacation responder with Auto-Submitted: auto-replied
d45, _ = dh("2026-12-14 05:30:02")
vac45 = textwrap.dedent("""
    Assalamualaikum,

    Terima kasih, pesan Bapak/Ibu sudah saya terima. Saat ini saya sedang menunaikan ibadah umrah (12 - 26 Desember 2026) sehingga belum dapat membalas. Mohon maaf apabila ada keterlambatan. Untuk berkas pensiun ayah saya, mohon tetap diproses sesuai prosedur.

    Wassalam,
    Lilis Suryani
    (pesan ini dikirim otomatis)
    """).strip("\n") + "\n"
hs45 = std_headers("x45", d45, "Lilis Suryani <lilis.suryani@example.com>",
                   "Re: Permintaan kelengkapan berkas pengaduan PGD-2026-0802",
                   mid_style="gmail", ip="192.0.2.253", recv=True,
                   extra=[("In-Reply-To", "<pgd-2026-0802.req@pasuruankab.go.id>"),
                          ("References", "<pgd-2026-0802.req@pasuruankab.go.id>"),
                          ("Auto-Submitted", "auto-replied"),
                          ("X-Autoreply", "yes")])
hs45 += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="UTF-8"'),
         ("Content-Transfer-Encoding", "quoted-printable")]
auto_item("x45", join_msg(hs45, qp(vac45.encode())),
          "vacation responder (Auto-Submitted: auto-replied) with a plain 'Re:' subject, mentioning a pension file")


# ==========================================================================
# write, verify, truth.jsonl
# ==========================================================================

def verify(it, raw: bytes):
    g = it["golds"]
    if it["file"].endswith(".eml"):
        texts = [(k, t) for k, t in eml_texts(raw, it["pdf_fallback"]) if k in it["parts"]]
        assert texts, f"{it['id']}: no decodable letter part"
        hdr = message_from_bytes(raw)
        frm = str(hdr.get("From", ""))
        assert it["email"] is None or it["email"] in frm.lower(), (it["id"], frm)
    else:
        raise AssertionError("scored items are e-mails in this set")
    for kind, t in texts:
        nt = norm(t)
        for key in ("address", "service_description", "loss", "requested_resolution"):
            v = g.get(key)
            if v:
                assert norm(v) in nt, f"{it['id']} [{kind}] {key} not verbatim: {v[:60]!r}"
        for key in ("name", "place"):
            v = g.get(key)
            if v:
                assert norm(v).casefold() in nt.casefold(), f"{it['id']} [{kind}] {key}: {v!r}"
        digits = re.sub(r"\D", "", t)
        if it["phone"]:
            assert it["phone"][1:] in digits, (it["id"], kind, "phone")
        if it["nik"]:
            assert len(it["nik"]) == 16 and it["nik"] in digits, (it["id"], kind, "nik")


def truth_line(it) -> dict:
    if not it["scored"]:
        return {"file": it["file"], "category": it["category"],
                "expect_exit": it["expect_exit"], "fields": None, "missing": None,
                "complete": None, "auto_reply": it["auto_reply"], "division": None,
                "ocr": False, "note": it["note"]}
    g = it["golds"]
    fields = {
        "name": g.get("name"), "address": g.get("address"),
        "service_description": g.get("service_description"), "loss": g.get("loss"),
        "requested_resolution": g.get("requested_resolution"), "place": g.get("place"),
        "date": it["date"], "signed": bool(it["signed"]), "email": it["email"],
        "phone": it["phone"], "nik": it["nik"],
    }
    missing = [k for k in FIELD_ORDER
               if (fields[k] is False if k == "signed" else fields[k] is None)]
    return {"file": it["file"], "category": it["category"], "expect_exit": it["expect_exit"],
            "fields": fields, "missing": missing, "complete": not missing,
            "auto_reply": False, "division": it["division"], "ocr": False,
            "note": it["note"] + (f"; missing {', '.join(missing)}" if missing else "; complete")}


def main():
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids)) == 45, len(ids)
    lines = []
    for it in ITEMS:
        path = OUT / it["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(it["raw"])
        if it["scored"]:
            assert it["division"] in {"sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja"}
            assert re.fullmatch(r"2026-\d\d-\d\d", it["date"])
            verify(it, path.read_bytes())
        lines.append(truth_line(it))
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    cats: dict[str, int] = {}
    for ln in lines:
        cats[ln["category"]] = cats.get(ln["category"], 0) + 1
    scored = [ln for ln in lines if ln["fields"] is not None]
    done = sum(1 for ln in scored if ln["complete"])
    print("items:", len(lines), cats)
    print(f"scored letters: {len(scored)}  complete: {done}  incomplete: {len(scored) - done}")


if __name__ == "__main__":
    main()
