#!/usr/bin/env python3
"""Generate held-out set 14 (written blind): messier plain mails, MIME variants
from real clients, PDF letters in new layouts (two-column identity, footer
letterhead, Hal:/Perihal: first line, filled-in complaint form), auto-replies
and odd files, plus truth.jsonl.

Run:   /work/main/.venv/bin/python make_heldout14.py          (needs fpdf2)
Check: /work/main/.venv/bin/python make_heldout14.py --check  (also needs
       pdfplumber; re-reads every file and checks that each free-text truth
       passage occurs verbatim in the decoded text)
"""
import base64, datetime, html, io, json, math, os, quopri, random, re, struct, sys, textwrap, zipfile, zlib
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY_ADDR = "pengaduan.bkpsdm@pasuruankab.go.id"
AGENCY = f"Pengaduan BKPSDM Kabupaten Pasuruan <{AGENCY_ADDR}>"
REQ = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
TEXTF = ["address", "service_description", "loss", "requested_resolution"]
rnd = random.Random(14)
TRUTH = []
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FIXED = datetime.datetime(2026, 12, 10, 9, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


# ------------------------------------------------------------------ helpers
def hdr_date(d, hms="09:12:40", tz="+0700", pad=True):
    y, m, dd = map(int, d.split("-"))
    wd = datetime.date(y, m, dd).weekday()
    day = f"{dd:02d}" if pad else str(dd)
    return f"{DAYS[wd]}, {day} {MON[m-1]} {y} {hms} {tz}"


def rid(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def hexid(n):
    return rid(n, "0123456789abcdef")


def received(dom, date_hdr):
    net = rnd.choice(["192.0.2", "198.51.100", "203.0.113"])
    return (f"Received: from mail.{dom} (mail.{dom} [{net}.{rnd.randint(2, 250)}])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {hexid(10).upper()}\n"
            f"\tfor <{AGENCY_ADDR}>; {date_hdr}\n")


def b_word(s, cs="UTF-8"):
    return f"=?{cs}?B?{base64.b64encode(s.encode(cs)).decode()}?="


def q_word(s, cs="UTF-8"):
    out = []
    for ch in s.encode(cs):
        c = chr(ch)
        if c == " ":
            out.append("_")
        elif c.isalnum() and ch < 128:
            out.append(c)
        elif c in "-!*+/" and ch < 128:
            out.append(c)
        else:
            out.append(f"={ch:02X}")
    return f"=?{cs}?Q?{''.join(out)}?="


def qp(text, cs="utf-8"):
    return quopri.encodestring(text.encode(cs)).decode("ascii")


def b64(data, cs="utf-8"):
    if isinstance(data, str):
        data = data.encode(cs)
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def wrap(text, width=72):
    """Hard-wrap every paragraph line of text (plain-text mail clients)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            ind = re.match(r"\s*", line).group(0)
            out.extend(textwrap.wrap(line, width, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end with a space, space-stuffing."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        if line.startswith((" ", ">", "From ")):
            line = " " + line
        line = line.rstrip(" ")
        if len(line) <= width:
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def gmail_html(text, sig=None):
    parts = []
    for line in text.split("\n"):
        parts.append("<div><br></div>" if not line.strip() else f"<div>{esc(line)}</div>")
    body = "\n".join(parts)
    if sig:
        body += ('\n<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                 '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                 + "<br>".join(esc(x) for x in sig) + "</div></div>")
    return f'<div dir="ltr">{body}</div>\n'


def outlook_html(text, cs="windows-1252"):
    paras = []
    for line in text.split("\n"):
        if not line.strip():
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            paras.append(f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            '</xml><![endif]-->\n</head>\n<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def put(rel, data):
    p = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def L_(**k):
    k.setdefault("signed", True)
    for key in ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "phone", "nik"]:
        k.setdefault(key, None)
    return k


def rec(rel, cat, L, email, note, division, ocr=False):
    f = {k: L.get(k) for k in REQ[:-1]}
    f["signed"] = bool(L.get("signed"))
    f["email"] = email.lower() if email else None
    f["phone"] = L.get("phone")
    f["nik"] = L.get("nik")
    assert f["phone"] is None or re.fullmatch(r"0\d{9,12}", f["phone"]), (rel, f["phone"])
    assert f["nik"] is None or re.fullmatch(r"\d{16}", f["nik"]), (rel, f["nik"])
    assert re.fullmatch(r"2026-\d\d-\d\d", f["date"]), (rel, f["date"])
    datetime.date.fromisoformat(f["date"])
    missing = [k for k in REQ if (not f[k] if k == "signed" else f[k] is None)]
    TRUTH.append({"file": rel, "category": cat, "expect_exit": 0, "fields": f, "missing": missing,
                  "complete": not missing, "auto_reply": False, "division": division, "ocr": ocr, "note": note})


def rec_null(rel, cat, note, auto=False, exit_code=0):
    TRUTH.append({"file": rel, "category": cat, "expect_exit": exit_code, "fields": None, "missing": None, "complete": None,
                  "auto_reply": auto, "division": None, "ocr": False, "note": note})


# ------------------------------------------------------------------ images
def png(w, h, rows_rgb):
    raw = b"".join(b"\x00" + bytes(r) for r in rows_rgb)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def signature_png(seed, w=300, h=100, ink=(28, 40, 125)):
    """A handwritten-looking scribble, rasterised in pure Python."""
    r = random.Random(seed)
    px = [[None] * w for _ in range(h)]

    def dot(cx, cy, rad):
        for yy in range(int(cy - rad) - 1, int(cy + rad) + 2):
            for xx in range(int(cx - rad) - 1, int(cx + rad) + 2):
                if 0 <= xx < w and 0 <= yy < h and (xx - cx) ** 2 + (yy - cy) ** 2 <= rad * rad:
                    px[yy][xx] = 1
    x, y = 18.0, h * 0.55
    for i in range(9):
        nx, ny = x + r.uniform(16, 32), r.uniform(14, h - 18)
        c1 = (x + r.uniform(-12, 26), r.uniform(4, h - 4))
        c2 = (nx + r.uniform(-26, 12), r.uniform(4, h - 4))
        for t in range(0, 61):
            t /= 60
            bx = (1 - t) ** 3 * x + 3 * (1 - t) ** 2 * t * c1[0] + 3 * (1 - t) * t * t * c2[0] + t ** 3 * nx
            by = (1 - t) ** 3 * y + 3 * (1 - t) ** 2 * t * c1[1] + 3 * (1 - t) * t * t * c2[1] + t ** 3 * ny
            dot(bx, by, 1.4 + 0.5 * math.sin(t * 3.1))
        x, y = nx, ny
    for t in range(0, 120):
        dot(10 + t * (w - 40) / 120, h - 22 + 6 * t / 120, 1.2)
    rows = []
    for yy in range(h):
        row = []
        for xx in range(w):
            row.extend(ink if px[yy][xx] else (255, 255, 255))
        rows.append(row)
    return png(w, h, rows)


# ------------------------------------------------------------------ PDF
class Doc(FPDF):
    foot = None
    foot_font = ("Helvetica", "", 7.5)

    def footer(self):
        if self.foot:
            self.set_y(-20)
            self.set_draw_color(90, 90, 90)
            self.set_line_width(0.3)
            self.line(22, self.get_y(), 190, self.get_y())
            self.ln(1.5)
            self.set_font(*self.foot_font)
            for line in self.foot:
                self.cell(0, 3.8, line, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 0, 0)


def new_doc(font="Times", size=11.5, margins=(24, 18, 20), bottom=24):
    pdf = Doc(format="A4")
    pdf.set_margins(*margins)
    pdf.set_auto_page_break(True, bottom)
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_font(font, "", size)
    pdf.F = font
    pdf.S = size
    return pdf


def para(pdf, text, lh=5.6, x=None, after=1.6, style="", align="J"):
    pdf.set_font(pdf.F, style, pdf.S)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)
    pdf.set_font(pdf.F, "", pdf.S)


def kv(pdf, label, value, x=30, lw=36, lh=5.6):
    pdf.set_x(x)
    pdf.cell(lw, lh, label)
    pdf.cell(4, lh, ":")
    pdf.multi_cell(0, lh, value, new_x="LMARGIN", new_y="NEXT")


def strokes(pdf, x, y, seed):
    r = random.Random(seed)
    pdf.set_draw_color(22, 32, 118)
    pdf.set_line_width(0.45)
    px, py = x, y + 9
    for i in range(8):
        nx = px + r.uniform(3, 7)
        ny = y + r.uniform(1, 15)
        pdf.bezier([(px, py), (px + r.uniform(-4, 6), y + r.uniform(-3, 17)),
                    (nx + r.uniform(-6, 4), y + r.uniform(-3, 17)), (nx, ny)])
        px, py = nx, ny
    pdf.bezier([(x - 3, y + 13), (x + 10, y + 16), (px - 5, y + 8), (px + 6, y + 11)])
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


def sign_block(pdf, L, x=122, lines_before=(), greet=("Hormat saya,",), mode="strokes", typed=None, below=(), lh=5.6):
    """place/date line(s), greeting, signature (strokes | png | none), typed name."""
    if pdf.get_y() > 225:
        pdf.add_page()
    for line in lines_before:
        pdf.set_x(x); pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    for line in greet:
        pdf.set_x(x); pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    seed = sum(map(ord, L["name"]))
    if mode == "strokes":
        strokes(pdf, x + 4, y + 2, seed)
    elif mode == "png":
        pdf.image(io.BytesIO(signature_png(seed)), x=x, y=y + 1, w=42)
    pdf.set_y(y + 21)
    pdf.set_x(x)
    pdf.set_font(pdf.F, "B", pdf.S)
    pdf.cell(0, lh, typed or L["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)
    for line in below:
        pdf.set_x(x); pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")


def pdf_bytes(pdf):
    return bytes(pdf.output())


def pdf_mail(rel, L, pdfb, cover, sender_name, sender, subject, fname, date_hdr, note, division,
             style="gmail", sender_hdr=None, cover_html=False):
    dom = sender.split("@")[1]
    if style == "gmail":
        bnd = "0000000000" + hexid(18)
        msgid = f"<CA{rid(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-')}@mail.gmail.com>"
        extra = ""
    elif style == "outlook":
        bnd = f"_004_{rid(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}SG2PR06MB{rnd.randint(1000, 9999)}apcp_"
        msgid = f"<SG2PR06MB{rnd.randint(1000, 9999)}{rid(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}@SG2PR06MB{rnd.randint(1000, 9999)}.apcprd06.prod.outlook.com>"
        extra = ("Thread-Topic: " + subject + "\nThread-Index: AQHb" + rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") +
                 "==\nX-MS-Has-Attach: yes\nX-MS-TNEF-Correlator:\nContent-Language: id-ID\n")
    elif style == "iphone":
        bnd = "Apple-Mail-" + rid(8, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(12, "ABCDEF0123456789")
        msgid = "<" + rid(8, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(12, "ABCDEF0123456789") + "@" + dom + ">"
        extra = "X-Mailer: iPhone Mail (22B91)\n"
    else:  # yahoo
        bnd = f"----=_Part_{rnd.randint(100000, 999999)}_{rnd.randint(10**8, 10**9)}.{rnd.randint(10**12, 10**13)}"
        msgid = f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}.{rnd.randint(10**12, 10**13)}@mail.yahoo.com>"
        extra = "X-Mailer: WebService/1.1.23050 YMailNorrin\n"
    from_hdr = sender_hdr or f"{sender_name} <{sender}>"
    subj = subject if subject.isascii() else b_word(subject)
    if fname.isascii():
        disp = f'attachment; filename="{fname}"'
        ctype = f'application/pdf; name="{fname}"'
    else:
        from urllib.parse import quote
        disp = f"attachment;\n\tfilename*=UTF-8''{quote(fname)}"
        ctype = f'application/pdf; name="{b_word(fname)}"'
    if style == "iphone":
        body = (f"--{bnd}\nContent-Type: text/plain;\n\tcharset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(cover)}\n"
                f"--{bnd}\nContent-Type: {ctype}\nContent-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n{b64(pdfb)}\n"
                f"--{bnd}\nContent-Type: text/plain;\n\tcharset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n\n\n--{bnd}--\n")
    elif cover_html:
        alt = "0000000000" + hexid(18)
        body = (f"--{bnd}\nContent-Type: multipart/alternative; boundary=\"{alt}\"\n\n"
                f"--{alt}\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(cover)}\n"
                f"--{alt}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(gmail_html(cover))}\n"
                f"--{alt}--\n--{bnd}\nContent-Type: {ctype}\nContent-Disposition: {disp}\nContent-Transfer-Encoding: base64\n"
                f"X-Attachment-Id: f_{rid(9)}\nContent-ID: <f_{rid(9)}>\n\n{b64(pdfb)}\n--{bnd}--\n")
    else:
        body = (f"--{bnd}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(cover)}\n"
                f"--{bnd}\nContent-Type: {ctype}\nContent-Description: {fname if fname.isascii() else 'surat.pdf'}\n"
                f"Content-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n{b64(pdfb)}\n--{bnd}--\n")
    msg = (received(dom, date_hdr) + f"Date: {date_hdr}\nFrom: {from_hdr}\nTo: {AGENCY}\nSubject: {subj}\n"
           f"Message-ID: {msgid}\n{extra}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"{bnd}\"\n\n{body}")
    put(rel, msg)
    rec(rel, "email_pdf", L, sender, note, division)


# ------------------------------------------------------------------ email_plain
def plain_mail(rel, L, from_hdr, addr, subject, date_hdr, text, note, division, cte="8bit", cs="utf-8",
               extra="", ctype_extra="", msgid=None, subj_hdr=None):
    dom = addr.split("@")[1]
    if cte == "quoted-printable":
        body = qp(text, cs)
    elif cte == "base64":
        body = b64(text, cs)
    else:
        body = text
    msg = (received(dom, date_hdr) + f"Date: {date_hdr}\nFrom: {from_hdr}\nTo: {AGENCY}\n"
           f"Subject: {subj_hdr or subject}\nMessage-ID: {msgid or '<' + rid(22) + '@' + dom + '>'}\n{extra}MIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=\"{cs}\"{ctype_extra}\nContent-Transfer-Encoding: {cte}\n\n{body}")
    if not msg.endswith("\n"):
        msg += "\n"
    put(rel, msg.encode(cs) if cte == "8bit" else msg.encode("ascii"))
    rec(rel, "email_plain", L, addr, note, division)


def gmail_id():
    return f"<CA{rid(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-')}@mail.gmail.com>"


def plain_items():
    # t01 kinerja: typed on a phone, all lower case, one paragraph, abbreviations; no place/date line
    L = L_(name="imam syafii", address="ds. kalirejo rt 03 rw 01 kec. bangil",
           service_description="tgl 2 sampai 6 nov kmrn aplikasi e-presensi di hp sy tdk bisa dipakai absen krn error terus (muncul tulisan lokasi tdk valid), sdh sy laporkan ke operator sekolah dan ke admin bkpsdm lewat wa tp sampai skrg blm ada tanggapan. di rekap presensi sy dianggap tdk masuk 5 hari.",
           loss="akibatnya tpp sy bln nov dipotong kurleb rp 1,2 jt padahal sy masuk ngajar tiap hari, ada jurnal kelas dan tanda tangan kepsek.",
           requested_resolution="sy mohon data presensi sy tgl 2-6 nov diperbaiki dan potongan tpp dikembalikan.",
           date="2026-11-08", phone="081335127709")
    t = ("selamat malam bpk/ibu petugas pengaduan bkpsdm. sy imam syafii, guru sdn kalirejo 2, alamat sy " + L["address"] +
         ", no hp 081335127709. sy mau mengadukan masalah presensi. " + L["service_description"] + " " + L["loss"] + " " +
         L["requested_resolution"] + " mksh sebelumnya\nimam\n")
    plain_mail("email_plain/t01.eml", L, "imam syafii <imamsyafii.kalirejo@example.com>", "imamsyafii.kalirejo@example.com",
               "pengaduan tpp dipotong", hdr_date("2026-11-08", "21:47:10", pad=False), t,
               "typed on a phone: lower case, one paragraph, sy/tdk/blm/krn/tgl/kec./ds.; identity inside the sentence; "
               "closing 'mksh sebelumnya' + first name; no place/date line (date from Date: header, a Sunday evening)",
               "kinerja", cte="quoted-printable", msgid=gmail_id())

    # t02 pengadaan: typos in the label words, "9 Nop 2026"
    L = L_(name="Nur Hasanah, S.Pd.", nik="3514195207940003",
           address="Dsn. Lebak Barat RT 001 RW 003 Ds. Lebak Kec. Winongan Kab. Pasuruan",
           service_description="Saya diangkat menjadi PPPK paruh waktu formasi tenaga administrasi di SDN Lebak 1 dan sudah mengikuti penyerahan SK secara simbolis pada bulan Juli 2026. Tetapi sampai sekarang petikan SK dan nomor induk PPPK saya belum saya terima, sementara teman satu sekolah sudah terima bulan Agustus.",
           loss="Gaji saya sebagai PPPK paruh waktu dari bulan Juli sampai Oktober belum bisa dicairkan karena bendahara minta petikan SK, jadi total 4 bulan saya tidak terima honor.",
           requested_resolution="Mohon petikan SK dan nomor induk PPPK saya segera diterbitkan dan diserahkan ke sekolah, supaya gaji saya bisa dibayarkan.",
           place="Winongan", date="2026-11-09", phone="085649201187")
    t = f"""Kepada Yth.
Bapak/Ibu Kepala BKPSDM Kab. Pasuruan
di Bangil

Dengan hormat,
Saya yg bertanda tangan dibawah ini :

Nama lengkap : {L['name']}
NIK          : {L['nik']}
Alamt        : {L['address']}
No Hp/WA     : 0856 4920 1187

Menyampaikan pengaduan sbb :

Uraian pengauan :
{L['service_description']}

Kerugain yg saya alami :
{L['loss']}

Permintan penyelesaian :
{L['requested_resolution']}

Demikian pengaduan saya, atas perhatiannya saya ucapkan terimakasih.

Winongan, 9 Nop 2026
Hormat sy,

Nur Hasanah
"""
    plain_mail("email_plain/t02.eml", L, "Nur Hasanah <nurhasanah.lebak@example.org>", "nurhasanah.lebak@example.org",
               "Pengaduan SK PPPK paruh waktu", hdr_date("2026-11-10", "07:05:31"), t,
               "complete; typos in label words (Alamt, Uraian pengauan, Kerugain, Permintan); 'Nama lengkap', 'No Hp/WA'; date '9 Nop 2026'",
               "pengadaan")

    # t03 kompetensi: English labels, English-mixed, US-style date; no loss
    L = L_(name="Dimas Arya Pratama, M.Kom.", nik="3514101903910002",
           address="Perum Bangil Residence Blok B2 No. 15, Desa Kalianyar, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Saya sudah submit usulan pencantuman gelar Magister Komputer (M.Kom.) sejak Maret 2026 lengkap dengan ijazah, transkrip, dan surat izin belajar yang sudah dilegalisir. Sudah follow up 3 kali ke helpdesk, jawabannya selalu \"masih antri verifikasi\", tapi rekan yang submit bulan Mei sudah selesai duluan.",
           requested_resolution="Please process my pencantuman gelar as soon as possible, atau kalau ada dokumen yang kurang mohon diinfokan secara tertulis via email ini.",
           place="Bangil", date="2026-11-14", phone="081233905521")
    t = f"""Dear Bapak/Ibu Tim Pengaduan BKPSDM,

I would like to submit a complaint (pengaduan) regarding my degree recognition / pencantuman gelar.

Name    : {L['name']}
NIK     : {L['nik']}
Address : {L['address']}
Phone   : +62 812-3390-5521

Complaint:
{L['service_description']}

Request:
{L['requested_resolution']}

Thank you for your attention.

Bangil, November 14, 2026

Best regards,
Dimas Arya Pratama
"""
    plain_mail("email_plain/t03.eml", L, "Dimas Arya Pratama <dimas.aryapratama@example.com>", "dimas.aryapratama@example.com",
               "Complaint: pencantuman gelar M.Kom belum diproses", hdr_date("2026-11-16", "08:31:02"), wrap(t, 76),
               "English labels (Name/Address/Phone/Complaint/Request), English-mixed text, 'Bangil, November 14, 2026'; +62 phone; no loss; wrapped at 76",
               "kompetensi", extra="User-Agent: Mozilla Thunderbird\n")

    # t04 mutasi: Javanese-flavoured, identity in a sentence, place/date at the top "Senin, 16-11-2026"
    L = L_(name="Siti Maesaroh", address="Dusun Krajan Wetan RT 02 RW 01 Desa Jatirejo Kecamatan Lekok",
           service_description="Saya sampun mengajukan permohonan pindah tugas ke SDN yang dekat rumah sejak bulan Maret 2026, berkas sampun lengkap dan sampun ditandatangani kepala sekolah dan korwil, tapi sampai sekarang dereng wonten kabar. Waktu saya tanya ke BKPSDM bulan September, katanya berkas masih di meja dan belum dibahas.",
           loss="setiap hari saya harus naik motor 28 km pulang pergi lewat jalan raya Pasuruan-Probolinggo yang ramai truk, bensin sebulan hampir Rp 400.000, dan anak saya yang masih kecil sering saya titipkan tetangga.",
           requested_resolution="Saya nyuwun tulung, permohonan pindah tugas saya segera diproses, atau kalau memang tidak bisa mohon diberi jawaban tertulis supaya saya tidak menunggu terus.",
           place="Lekok", date="2026-11-16", phone="082331459086")
    t = f"""Lekok, Senin, 16-11-2026

Kulo nuwun Bapak/Ibu petugas pengaduan BKPSDM,

Nyuwun sewu, sebelumnya saya mohon maaf kalau bahasanya kurang pas. Saya {L['name']}, guru kelas di SDN Tambaklekok 3, griya (rumah) saya di {L['address']}, nomor WA saya 0823 3145 9086.

{L['service_description']}

Kerugian saya, {L['loss']}

{L['requested_resolution']}

Matur nuwun sanget atas perhatiannya.

Salam hormat,
Siti Maesaroh
"""
    plain_mail("email_plain/t04.eml", L, "Siti Maesaroh <sitimaesaroh88@example.net>", "sitimaesaroh88@example.net",
               "nyuwun tulung - permohonan pindah tugas", hdr_date("2026-11-17", "05:20:44"), t,
               "Javanese-flavoured (sampun, dereng wonten, nyuwun tulung, matur nuwun); identity and address in a sentence "
               "('griya (rumah) saya di ...'); place/date at the top as 'Lekok, Senin, 16-11-2026'; complete", "mutasi")

    # t05 kinerja: address on two lines (continuation not indented), signed with a nickname, date 03/12/26
    L = L_(name="Muhammad Khoirul Anam, S.Kep., Ns.",
           address="Perum Graha Kepulungan Blok D No. 8 RT 05 RW 07 Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan",
           service_description="Pada bulan September 2026 saya menjalani operasi usus buntu dan rawat inap di RSUD Bangil, lalu mengajukan cuti sakit 14 hari dengan melampirkan surat keterangan dokter. Berkas sudah diterima operator puskesmas dan diteruskan ke BKPSDM, namun sampai sekarang surat izin cuti sakit tidak pernah terbit dan di sistem saya tercatat alpa (tanpa keterangan) selama 10 hari kerja.",
           loss="TPP saya bulan September dipotong sekitar Rp 1.750.000 dan saya mendapat teguran lisan dari kepala puskesmas karena dianggap mangkir.",
           requested_resolution="Mohon surat izin cuti sakit saya diterbitkan sesuai tanggal rawat inap, status alpa di sistem dihapus, dan potongan TPP dikembalikan.",
           place="Gempol", date="2026-12-03", phone="081252337840")
    t = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan

Assalamualaikum wr. wb.

Saya yang bertanda tangan di bawah ini,
Nama   : {L['name']}
NIP    : 19900817 201903 1 006
Alamat : Perum Graha Kepulungan Blok D No. 8 RT 05 RW 07
Desa Kepulungan, Kecamatan Gempol, Kabupaten Pasuruan
HP     : 0812-5233-7840
Unit   : UPT Puskesmas Gempol

Pengaduan saya:
{L['service_description']}

Akibatnya:
{L['loss']}

Permohonan:
{L['requested_resolution']}

Demikian, atas bantuannya saya sampaikan terima kasih.
Wassalamualaikum wr. wb.

Gempol, 03/12/26

Salam,
Anam
"""
    plain_mail("email_plain/t05.eml", L, '"M. Khoirul Anam" <anam.ners@example.com>', "anam.ners@example.com",
               "Cuti sakit tidak terbit, tercatat alpa", hdr_date("2026-12-04", "13:02:19"), wrap(t, 78),
               "address continues on an unindented second line (RT/RW on the first); full name with degrees in the label, "
               "signed 'Salam,\\nAnam' (nickname); date '03/12/26' (dd/mm/yy); complete", "kinerja")

    # t06 sekretariat: chatty WhatsApp style with emoji, "Rembang, tgl 9 bulan 11" (no year); no address
    L = L_(name="bagus setiawan",
           service_description="jadi sejak tgl 26 oktober sy sudah chat ke nomor WA layanan yg ada di website, sdh 6x chat cuma centang 2 ga dibales2. telpon ke kantor jg ga diangkat, sekali diangkat katanya suruh datang langsung aja. padahal sy cuma mau tanya syarat legalisir sk.",
           loss="akhirnya sy izin kerja setengah hari buat ke bangil, bensin + potong uang makan, eh di loket katanya bisa lewat WA aja 😅😅",
           requested_resolution="tolong min nomor WA layanan dibales atau dikasih tau jam berapa aktifnya, biar warga ga perlu bolak balik.",
           place="Rembang", date="2026-11-09", phone="085730114462")
    t = f"""Assalamualaikum min 🙏

mohon maaf ganggu, sy bagus setiawan, pppk paruh waktu di kantor kecamatan rembang, no wa 0857 3011 4462. mau komplain soal layanan WA/telpon bkpsdm.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Rembang, tgl 9 bulan 11

makasih min
bagus
"""
    plain_mail("email_plain/t06.eml", L, "bagus setiawan <bagus.stwn@example.com>", "bagus.stwn@example.com",
               "komplain WA layanan ga pernah dibales", hdr_date("2026-11-10", "16:58:03", pad=False), t,
               "chatty WhatsApp style, emoji; no home address (only the workplace 'kantor kecamatan rembang'); "
               "'Rembang, tgl 9 bulan 11' without a year (year from the Date: header); closing 'makasih min\\nbagus'",
               "sekretariat", cte="quoted-printable", msgid=gmail_id())

    # t07 pengadaan: body starts with a Gmail forwarded-message block from the writer's office address
    L = L_(name="Siti Rohmah, A.Md.Keb.", nik="3514054610880004",
           address="Dusun Cangkring RT 03 RW 02, Desa Cangkringmalang, Kecamatan Beji, Kabupaten Pasuruan",
           service_description="Sejak Maret 2026 saya sudah tiga kali mengajukan pemutakhiran data keluarga (penambahan data suami dan anak kedua) melalui MyASN/SIASN dengan melampirkan buku nikah, KK dan akta kelahiran. Ketiga pengajuan tersebut ditolak verifikator dengan alasan \"dokumen tidak sesuai\" tanpa penjelasan dokumen mana yang dimaksud.",
           loss="Karena data keluarga belum diperbarui, tunjangan anak untuk anak kedua saya belum dibayarkan sejak lahir bulan Januari 2026, dan saya tidak bisa mendaftarkan anak saya sebagai tanggungan BPJS Kesehatan dari kantor.",
           requested_resolution="Saya mohon verifikator BKPSDM memeriksa kembali dokumen saya dan menyetujui pemutakhiran data keluarga, atau menjelaskan secara tertulis dokumen apa yang harus saya perbaiki.",
           place="Beji", date="2026-10-02", phone="085733241190")
    t = f"""---------- Forwarded message ---------
From: Siti Rohmah <siti.rohmah@puskesmas-beji.example.org>
Date: Fri, Oct 2, 2026 at 1:47 PM
Subject: Pengaduan pemutakhiran data keluarga SIASN
To: <bkd@pasuruankab.go.id>


Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama    : {L['name']}
NIK     : {L['nik']}
Alamat  : {L['address']}
Telepon : 0857-3324-1190

menyampaikan pengaduan sebagai berikut.

a. Uraian pengaduan
{L['service_description']}

b. Kerugian
{L['loss']}

c. Permintaan
{L['requested_resolution']}

Beji, 2 Oktober 2026

Hormat saya,
Siti Rohmah
"""
    plain_mail("email_plain/t07.eml", L, "Siti Rohmah <sitirohmah.bidan@example.com>", "sitirohmah.bidan@example.com",
               "Fwd: Pengaduan pemutakhiran data keluarga SIASN", hdr_date("2026-10-05", "19:22:57", pad=False), t,
               "body starts with a Gmail '---------- Forwarded message ---------' block from the writer's office address; "
               "email is the outer From:; letter dated 3 days before the mail; lettered sections a./b./c.; complete",
               "pengadaan", cte="quoted-printable", msgid=gmail_id())

    # t08 pengadaan: written by a daughter for her retired father; place/date on top; no closing name
    L = L_(name="Rina Kusumawati", address="Dusun Sidogiri RT 01 RW 06, Desa Sidogiri, Kecamatan Kraton, Kabupaten Pasuruan",
           service_description="Dalam SK pensiun yang diterima bapak saya bulan Agustus 2026, nama beliau tertulis \"Ngatemin\", padahal di KTP, KK, SK CPNS dan ijazah tertulis \"Ngatimin\". Kami sudah datang tiga kali ke loket BKPSDM untuk minta perbaikan, tetapi selalu diminta menunggu tanpa kepastian kapan SK perbaikan terbit.",
           loss="Karena nama di SK berbeda dengan KTP, PT Taspen menolak pencairan, sehingga sejak Juni 2026 bapak saya belum menerima uang pensiun sama sekali dan kami harus berutang untuk biaya berobat beliau.",
           requested_resolution="Mohon SK pensiun bapak saya segera diperbaiki sesuai nama di KTP dan diterbitkan ulang, supaya pensiunnya bisa segera dicairkan.",
           place="Kraton", date="2026-10-27", phone="087855102367", signed=False)
    t = f"""Kraton, 27 Oktober 2026

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang menulis surat ini:
Nama     : {L['name']}
Alamat   : {L['address']}
No. HP   : 0878-5510-2367
Hubungan : anak kandung dari Bapak Ngatimin, pensiunan guru SDN Ngempit 1 (pensiun TMT 1 Juni 2026)

Bapak saya sudah berusia 60 tahun lebih dan kurang lancar membaca, jadi saya yang menuliskan pengaduan ini atas permintaan beliau.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Terima kasih atas perhatian Bapak/Ibu.
"""
    plain_mail("email_plain/t08.eml", L, "Rina Kusumawati <rina.kusuma@example.net>", "rina.kusuma@example.net",
               "Pengaduan SK pensiun Bapak Ngatimin salah nama", hdr_date("2026-10-27", "20:11:38"), wrap(t, 76),
               "daughter writes for her elderly retired father (name = the writer named in the 'Nama' line, not the father); "
               "place/date at the top; ends 'Terima kasih ...' with no name: unsigned", "pengadaan")

    # t09 sekretariat: ALL CAPS from an elderly pensioner, facilities; no request, no place/date line
    L = L_(name="H. SOEPRAPTO", address="JL. MERAK NO. 21 RT 02 RW 04 KEL. KOLURSARI KEC. BANGIL",
           service_description="SAYA PENSIUNAN PNS UMUR 71 TAHUN, JALAN PAKAI TONGKAT. TANGGAL 24 NOVEMBER 2026 SAYA DATANG KE KANTOR BKPSDM UNTUK LEGALISIR SK PENSIUN. LOKET LEGALISIR ADA DI LANTAI 2, TIDAK ADA LIFT MAUPUN JALUR LANDAI, DAN PETUGAS TIDAK MAU TURUN MELAYANI DI BAWAH WALAUPUN SUDAH SAYA MINTA BAIK-BAIK. SATPAM HANYA BILANG \"ATURANNYA BEGITU PAK\".",
           loss="AKIBATNYA SAYA HARUS NAIK TANGGA DIBANTU CUCU SAYA, LUTUT SAYA KAMBUH DAN 3 HARI TIDAK BISA JALAN, HABIS BIAYA PIJAT DAN OBAT KURANG LEBIH RP 350.000.",
           date="2026-12-01", phone="081330004512")
    t = f"""KEPADA YTH. KEPALA BKPSDM KAB. PASURUAN

DENGAN HORMAT,
NAMA   : {L['name']}
ALAMAT : {L['address']}
HP     : 0813 3000 4512

{L['service_description']}

{L['loss']}

DEMIKIAN, TERIMA KASIH.

HORMAT SAYA,
H. SOEPRAPTO
"""
    plain_mail("email_plain/t09.eml", L, "SOEPRAPTO <soeprapto.bangil@example.net>", "soeprapto.bangil@example.net",
               "KELUHAN LOKET DI LANTAI 2", hdr_date("2026-12-01", "10:03:26"), wrap(t, 72),
               "ALL CAPS; no requested resolution; no place/date line (date from Date: header); facilities/accessibility "
               "while legalising a pension SK -> sekretariat", "sekretariat")

    # t10 kinerja: anonymous whistle-blower about a headmaster's attendance (discipline)
    L = L_(service_description="Kami ingin melaporkan bahwa kepala sekolah kami di salah satu SD negeri di Kecamatan Kejayan sejak awal semester ini hanya datang ke sekolah 1-2 kali seminggu, tetapi di rekap e-presensi tercatat hadir penuh karena absennya dititipkan ke operator sekolah. Hal ini sudah berlangsung kurang lebih 3 bulan dan sudah pernah kami sampaikan ke korwil tetapi tidak ada perubahan.",
           loss="Akibatnya urusan sekolah banyak yang terbengkalai, guru-guru harus bergantian menggantikan tugas beliau, dan pencairan dana BOS kemarin terlambat sehingga honor guru tidak tetap telat dua bulan.",
           requested_resolution="Kami mohon BKPSDM melakukan pemeriksaan terhadap kehadiran kepala sekolah tersebut dan menjatuhkan sanksi disiplin sesuai aturan.",
           date="2026-09-29", signed=False)
    t = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

Mohon maaf kami tidak mencantumkan identitas karena takut ada masalah di sekolah.

{L['service_description']}

{L['loss']}

{L['requested_resolution']} Nama sekolah dan kepala sekolah bisa kami sampaikan jika identitas pelapor dijamin kerahasiaannya.

Terima kasih.
"""
    plain_mail("email_plain/t10.eml", L, "suara guru <suara.guru.kjy@example.net>", "suara.guru.kjy@example.net",
               "Laporan kepala sekolah jarang masuk", hdr_date("2026-09-29", "22:40:15"), wrap(t, 72),
               "anonymous report (display name 'suara guru' is a handle, not a name); no address/place/signature; "
               "discipline of another ASN -> kinerja", "kinerja")


# ------------------------------------------------------------------ email_mime
def mime_mail(rel, L, date_hdr, from_hdr, addr, subj_hdr, top_ctype, body, note, division, extra="", msgid=None,
              received_hdr=True, cat="email_mime", cte=None):
    dom = addr.split("@")[1]
    msg = ((received(dom, date_hdr) if received_hdr else "") + f"Date: {date_hdr}\nFrom: {from_hdr}\nTo: {AGENCY}\n"
           f"Subject: {subj_hdr}\nMessage-ID: {msgid or '<' + rid(24) + '@' + dom + '>'}\n{extra}MIME-Version: 1.0\n"
           f"Content-Type: {top_ctype}\n" + (f"Content-Transfer-Encoding: {cte}\n" if cte else "") + f"\n{body}")
    put(rel, msg.encode("ascii"))
    if L is not None:
        rec(rel, cat, L, addr, note, division)


def part(ctype, cte, payload, extra=""):
    return f"Content-Type: {ctype}\n{extra}Content-Transfer-Encoding: {cte}\n\n{payload}\n"


def multipart(bnd, parts, preamble=""):
    out = preamble
    for p in parts:
        out += f"--{bnd}\n{p}"
    return out + f"--{bnd}--\n"


def gmail_bnd():
    return "000000000000" + hexid(16)


def bold_html(text):
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append("<div><br></div>")
        else:
            s = esc(line)
            s = re.sub(r"\*([^*]+)\*", r"<b>\1</b>", s)
            s = re.sub(r"(08\d\d-\d{4}-\d{3,4})", lambda m: f'<a href="tel:{m.group(1).replace("-", "")}">{m.group(1)}</a>', s)
            lines.append(f"<div>{s}</div>")
    return "\n".join(lines)


def mime_items():
    # m01 mutasi: Gmail multipart/alternative, text part with *bold* labels, HTML with <b>, tel: links, signature
    L = L_(name="Fajar Nugroho, S.T.", nik="3514011208870005",
           address="Jl. Sultan Agung Gg. Mangga No. 7 RT 04 RW 02, Kelurahan Kauman, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Usulan kenaikan pangkat saya dari Penata Muda Tingkat I (III/b) ke Penata (III/c) untuk periode Oktober 2026 sudah saya unggah lengkap sebelum batas waktu. Pada tanggal 5 Oktober 2026 status usulan berubah menjadi \"BTS\" (berkas tidak sesuai) tanpa keterangan dokumen mana yang salah, dan ketika saya hubungi, petugas hanya menyarankan mengusulkan lagi periode April 2027.",
           loss="Kenaikan pangkat saya mundur enam bulan, sehingga saya kehilangan kenaikan gaji kurang lebih Rp 160.000 per bulan dan angka kredit jabatan fungsional saya tidak bisa segera digunakan.",
           requested_resolution="Mohon berkas usulan saya diperiksa ulang dan saya diberi kesempatan memperbaiki dokumen yang dianggap tidak sesuai dalam periode Oktober 2026 ini.",
           place="Bangil", date="2026-10-20", phone="082131506678")
    t = f"""Yth. Bapak/Ibu Tim Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,
Bersama email ini saya menyampaikan pengaduan terkait usulan kenaikan pangkat periode Oktober 2026.

*Nama:* {L['name']}
*NIK:* {L['nik']}
*Alamat:* {L['address']}
*No. HP:* 0821-3150-6678

*Uraian pelayanan yang tidak sesuai standar*
{L['service_description']}

*Kerugian*
{L['loss']}

*Permintaan penyelesaian*
{L['requested_resolution']}

Bangil, 20 Oktober 2026

Hormat saya,
Fajar Nugroho
"""
    sig = ["Fajar Nugroho, S.T.", "Pengawas Jalan dan Jembatan", "DPUPR Kabupaten Pasuruan"]
    text = t + "\n-- \n" + "\n".join(sig) + "\n"
    htm = ('<div dir="ltr">' + bold_html(t.rstrip("\n")) +
           '<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
           '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' +
           "<div>" + "</div><div>".join(esc(x) for x in sig) + "</div></div></div></div>\n")
    bnd = gmail_bnd()
    body = multipart(bnd, [part('text/plain; charset="UTF-8"', "quoted-printable", qp(text)),
                           part('text/html; charset="UTF-8"', "quoted-printable", qp(htm))])
    mime_mail("email_mime/m01.eml", L, hdr_date("2026-10-21", "10:14:09", pad=False), "Fajar Nugroho <fajar.nugroho.st@example.com>",
              "fajar.nugroho.st@example.com", "Pengaduan usulan kenaikan pangkat berstatus BTS",
              f'multipart/alternative; boundary="{bnd}"', body,
              "Gmail multipart/alternative; text part has *bold* labels and a '-- ' signature, HTML has <b>, tel: links and gmail_signature; complete",
              "mutasi", msgid=gmail_id())

    # m02 kinerja: Outlook, windows-1252 QP both parts, curly quotes and en dash, quoted display name with a comma; no request
    L = L_(name="Heru Santoso, S.Sos.",
           address="Dusun Tambaksari RT 003 RW 001, Desa Tambaksari, Kecamatan Purwodadi, Kabupaten Pasuruan",
           service_description="Saya telah bekerja sebagai PNS selama 20 tahun 11 bulan tanpa pernah dijatuhi hukuman disiplin dan telah diusulkan oleh kecamatan untuk menerima Satyalancana Karya Satya XX Tahun pada bulan Februari 2026. Dalam pengumuman penerima bulan Agustus 2026 nama saya tidak tercantum, sedangkan dua rekan yang diusulkan dalam surat yang sama \u2013 dengan masa kerja lebih pendek \u2013 justru tercantum. Ketika saya menanyakan ke BKPSDM, petugas menjawab \u201cmungkin berkasnya terselip\u201d.",
           loss="saya kehilangan kesempatan menerima tanda kehormatan pada upacara 17 Agustus 2026, yang bagi saya dan keluarga sangat berarti, serta merasa diperlakukan tidak adil dibanding rekan-rekan saya.",
           place="Purwodadi", date="2026-09-23", phone="081336712045")
    t = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama\t\t: {L['name']}
NIP\t\t: 19780412 200312 1 009
Jabatan\t\t: Kepala Seksi Pemerintahan, Kecamatan Purwodadi
Alamat\t\t: {L['address']}
Telepon\t\t: 0813-3671-2045

Dengan ini menyampaikan pengaduan mengenai usulan tanda kehormatan Satyalancana Karya Satya.

{L['service_description']}

Kerugian yang saya alami: {L['loss']}

Demikian pengaduan ini saya sampaikan. Atas perhatiannya saya ucapkan terima kasih.

Purwodadi, 23 September 2026

Hormat saya,
Heru Santoso

"""
    bnd = f"_000_SG2PR06MB{rnd.randint(1000, 9999)}{rid(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}apcprd06prod_"
    body = multipart(bnd, [part('text/plain; charset="windows-1252"', "quoted-printable", qp(t, "cp1252")),
                           part('text/html; charset="windows-1252"', "quoted-printable", qp(outlook_html(t.replace("\t\t", "\u00a0\u00a0\u00a0")), "cp1252"))])
    subj = "Pengaduan \u2013 Satyalancana Karya Satya tidak diterima"
    mime_mail("email_mime/m02.eml", L, hdr_date("2026-09-23", "14:27:51"), '"Heru Santoso, S.Sos." <heru.santoso@example.org>',
              "heru.santoso@example.org", q_word(subj, "windows-1252"), f'multipart/alternative;\n\tboundary="{bnd}"', body,
              "Outlook (MsoNormal), windows-1252 QP in both parts, curly quotes and en dashes, Q-encoded windows-1252 subject, "
              "quoted display name with a comma; loss after an inline label; no requested resolution", "kinerja",
              extra=f"Thread-Topic: {q_word(subj, 'windows-1252')}\nThread-Index: AQHbL{rid(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}==\n"
                    "Accept-Language: id-ID, en-US\nContent-Language: id-ID\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n",
              msgid=f"<SG2PR06MB{rnd.randint(1000, 9999)}{rid(14, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}@SG2PR06MB{rnd.randint(1000, 9999)}.apcprd06.prod.outlook.com>")

    # m03 kompetensi: Apple Mail, alternative + related with an inline signature image; identity in a sentence
    L = L_(name="dr. Anindya Larasati",
           address="Perumahan Prigen Asri Blok C-12, Desa Pecalukan, Kecamatan Prigen, Kabupaten Pasuruan",
           service_description="Saya diterima di Program Pendidikan Dokter Spesialis (PPDS) Ilmu Kesehatan Anak mulai semester ganjil 2026/2027 dan sudah mengajukan permohonan tugas belajar ke BKPSDM sejak 10 Juni 2026 dengan berkas lengkap. Sampai awal November, SK tugas belajar belum terbit dan status permohonan di aplikasi hanya \"diproses\" tanpa ada keterangan kekurangan.",
           loss="Akibatnya saya harus mengambil cuti di luar tanggungan negara sementara agar bisa tetap kuliah, sehingga sejak September 2026 saya tidak menerima gaji dan tunjangan, padahal biaya pendidikan PPDS cukup besar.",
           requested_resolution="Saya mohon BKPSDM segera menerbitkan SK tugas belajar saya, atau menyampaikan secara tertulis apa yang masih kurang agar bisa segera saya lengkapi.",
           place="Prigen", date="2026-11-05", phone="081134552098")
    t = f"""Selamat pagi Bapak/Ibu,

Perkenalkan, saya {L['name']}, dokter umum fungsional di UPT Puskesmas Prigen. Alamat rumah saya di {L['address']}. Nomor HP 0811-3455-2098.

Saya ingin menyampaikan pengaduan terkait permohonan tugas belajar saya.
{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Prigen, 5 November 2026

Salam hormat,
dr. Anindya Larasati
"""
    cid = f"{rid(8, 'ABCDEF0123456789')}-{rid(4, 'ABCDEF0123456789')}-{rid(4, 'ABCDEF0123456789')}-{rid(12, 'ABCDEF0123456789')}"
    htm = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' +
           "".join("<div><br></div>" if not x.strip() else f"<div>{esc(x)}</div>" for x in t.rstrip("\n").split("\n")) +
           f'<div><img apple-inline="yes" id="{cid[:8]}" src="cid:{cid}" alt="ttd.png" width="180" height="60"></div></body></html>\n')
    b_alt = "Apple-Mail=_" + rid(8, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(12, "ABCDEF0123456789")
    b_rel = "Apple-Mail=_" + rid(8, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(4, "ABCDEF0123456789") + "-" + rid(12, "ABCDEF0123456789")
    related = multipart(b_rel, [
        part("text/html;\n\tcharset=utf-8", "quoted-printable", qp(htm)),
        part('image/png;\n\tname="ttd.png"', "base64", b64(signature_png(4242, 240, 80)),
             extra=f'Content-Disposition: inline;\n\tfilename="ttd.png"\nContent-Id: <{cid}>\n')])
    body = multipart(b_alt, [part("text/plain;\n\tcharset=utf-8", "quoted-printable", qp(t)),
                             f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{b_rel}"\n\n' + related])
    mime_mail("email_mime/m03.eml", L, hdr_date("2026-11-05", "07:36:12"), "Anindya Larasati <anindya.larasati@example.com>",
              "anindya.larasati@example.com", "Pengaduan SK tugas belajar PPDS belum terbit",
              f'multipart/alternative;\n\tboundary="{b_alt}"', body,
              "Apple Mail: alternative(text, related(html, inline signature PNG)); identity and address in a sentence; "
              "'cuti di luar tanggungan negara' appears but the topic is a study assignment -> kompetensi; complete", "kompetensi",
              extra="X-Mailer: Apple Mail (2.3826.300.87.4.3)\n",
              msgid=f"<{cid[:8]}-{rid(4, 'ABCDEF0123456789')}-{rid(4, 'ABCDEF0123456789')}-{rid(4, 'ABCDEF0123456789')}-{rid(12, 'ABCDEF0123456789')}@example.com>")

    # m04 sekretariat: Yahoo Mail Android; counter unattended while collecting a Karis
    L = L_(name="Sulastri", address="Dusun Kedungrejo RT 02 RW 03, Desa Tanggulangin, Kecamatan Kejayan, Kabupaten Pasuruan",
           service_description="Pada hari Rabu, 4 November 2026 saya datang ke kantor BKPSDM pukul 11.30 untuk mengambil Karis suami saya (sudah ada undangan pengambilan). Loket dalam keadaan kosong, tidak ada petugas sama sekali sampai pukul 13.45, padahal jam istirahat di papan pengumuman hanya 12.00\u201313.00. Beberapa petugas terlihat duduk-duduk di ruang belakang sambil bermain HP dan menyuruh kami menunggu.",
           loss="Saya sudah izin dari tempat kerja setengah hari dan harus membayar ojek pulang-pergi Rp 120.000, tetapi akhirnya pulang tanpa membawa Karis karena harus kembali bekerja.",
           requested_resolution="Saya mohon pimpinan BKPSDM menertibkan jam pelayanan loket dan memastikan selalu ada petugas yang berjaga pada jam layanan, termasuk saat jam istirahat.",
           place="Kejayan", date="2026-11-11", phone="085230771845")
    t = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Nama : {L['name']}
Alamat : {L['address']}
No. HP : 0852-3077-1845

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Kejayan, 11 November 2026

Salam,
Sulastri
"""
    text = t + "\nDikirim dari Yahoo Mail di Android\n"
    yd = "ydp" + hexid(8)
    htm = ('<html><head></head><body><div class="' + yd + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' +
           "".join('<div dir="ltr" data-setdir="false"><br></div>' if not x.strip() else f'<div dir="ltr" data-setdir="false">{esc(x)}</div>'
                   for x in t.rstrip("\n").split("\n")) +
           '</div><div id="ymail_android_signature"><br><br><a id="ymail_android_signature_link" href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">Dikirim dari Yahoo Mail di Android</a></div></body></html>\n')
    bnd = f"----=_Part_{rnd.randint(100000, 999999)}_{rnd.randint(10**8, 10**9)}.{rnd.randint(10**12, 10**13)}"
    body = multipart(bnd, [part("text/plain; charset=UTF-8", "quoted-printable", qp(text)),
                           part("text/html; charset=UTF-8", "quoted-printable", qp(htm))])
    mime_mail("email_mime/m04.eml", L, hdr_date("2026-11-12", "12:48:33"), f"Sulastri <sulastri_kejayan@yahoo.example.com>",
              "sulastri_kejayan@yahoo.example.com", "Loket kosong saat jam pelayanan",
              f'multipart/alternative; \n\tboundary="{bnd}"', body,
              "Yahoo Mail Android (ydp divs, 'Dikirim dari Yahoo Mail di Android' after the name); unattended counter while "
              "collecting a Karis -> sekretariat; complete", "sekretariat",
              extra="X-Mailer: WebService/1.1.23050 YMailNorrin\n",
              msgid=f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}.{rnd.randint(10**12, 10**13)}@mail.yahoo.com>")

    # m05 pengadaan: Roundcube, identity in an HTML table, text part rendered from the table; Karsu
    L = L_(name="Agustina Wulandari, S.Farm., Apt.", nik="3514185508900006",
           address="Perumahan Pohjentrek Indah Blok A-3, Desa Sungiwetan, Kecamatan Pohjentrek, Kabupaten Pasuruan",
           service_description="Permohonan Kartu Suami (Karsu) untuk suami saya sudah saya ajukan melalui bagian kepegawaian RSUD Bangil sejak Februari 2026, lengkap dengan akta nikah, KK dan pas foto. Pada bulan September 2026 saya diberi tahu bahwa Karsu elektronik sudah terbit, tetapi di aplikasi MyASN yang muncul justru data Karsu atas nama orang lain dengan NIP yang berbeda.",
           loss="Karena Karsu belum benar, suami saya belum bisa didaftarkan sebagai tanggungan pada asuransi kesehatan kantor dan biaya rawat jalan suami saya sebesar Rp 1.350.000 harus saya tanggung sendiri.",
           requested_resolution="Mohon data Karsu elektronik saya di MyASN segera diperbaiki dan diterbitkan atas nama suami saya yang benar, serta data orang lain yang tertukar dihapus dari akun saya.",
           place="Pohjentrek", date="2026-12-02", phone="085706903321")
    ident = [("Nama Lengkap", L["name"]), ("NIP", "19900815 201502 2 003"), ("NIK", L["nik"]),
             ("Alamat Domisili", L["address"]), ("Nomor WhatsApp", "0857-0690-3321"), ("Unit Kerja", "RSUD Bangil")]
    sections = [("Uraian pelayanan yang tidak sesuai standar", L["service_description"]), ("Kerugian yang saya alami", L["loss"]),
                ("Penyelesaian yang saya harapkan", L["requested_resolution"])]
    rows = "".join(f'<tr><td style="width:150px;padding:3px 6px;border:1px solid #999">{esc(a)}</td>'
                   f'<td style="padding:3px 6px;border:1px solid #999">{esc(b)}</td></tr>' for a, b in ident)
    htm = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
           '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
           '<p>Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan,</p>\n<p>Dengan hormat, saya yang bertanda tangan di bawah ini:</p>\n'
           f'<table style="border-collapse:collapse">{rows}</table>\n<p>menyampaikan pengaduan sebagai berikut.</p>\n' +
           "".join(f"<p><strong>{esc(h)}</strong><br />{esc(v)}</p>\n" for h, v in sections) +
           '<p>Demikian pengaduan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima kasih.</p>\n'
           '<p>Pohjentrek, 2 Desember 2026</p>\n<p>Hormat saya,<br />Agustina Wulandari</p>\n</body></html>\n')
    text = ("Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan,\n\nDengan hormat, saya yang bertanda tangan di bawah ini:\n\n" +
            "".join(f"{a}\t{b}\n" for a, b in ident) + "\nmenyampaikan pengaduan sebagai berikut.\n\n" +
            "".join(f"{h.upper()}\n{v}\n\n" for h, v in sections) +
            "Demikian pengaduan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima kasih.\n\n"
            "Pohjentrek, 2 Desember 2026\n\nHormat saya,\nAgustina Wulandari\n")
    bnd = "=_" + hexid(32)
    body = multipart(bnd, [part("text/plain; charset=UTF-8;\n format=flowed", "quoted-printable", qp(flowed(text))),
                           part("text/html; charset=UTF-8", "quoted-printable", qp(htm))])
    mime_mail("email_mime/m05.eml", L, hdr_date("2026-12-02", "09:55:00"), "Agustina Wulandari <agustina.wulandari@mail.example.org>",
              "agustina.wulandari@mail.example.org", "Pengaduan Karsu elektronik tertukar",
              f'multipart/alternative;\n boundary="{bnd}"', body,
              "Roundcube: identity in a bordered HTML table (label/value cells), text part renders the table as tab-separated "
              "lines and upper-cases the section headings (flowed, QP); complete", "pengadaan",
              extra="User-Agent: Roundcube Webmail/1.6.9\n")

    # m06 kompetensi: HTML only, <br> line breaks only, iso-8859-1 QP, no address
    L = L_(name="Wahyu Eko Saputro, S.Kom.",
           service_description="Saya sudah mengikuti pelatihan e-learning \"Transformasi Digital Pelayanan Publik\" yang diselenggarakan BKPSDM pada 4\u201322 Agustus 2026 dan dinyatakan lulus post-test dengan nilai 86. Sampai sekarang sertifikat belum terbit, dan jam pelajaran pengembangan kompetensi (\u00b1 20 JP) tidak tercatat di profil saya, sedangkan peserta lain sudah.".replace("\u2013", "-"),
           loss="Capaian pengembangan kompetensi saya tahun 2026 tercatat 0 JP, sehingga saya belum memenuhi syarat pengusulan kenaikan jenjang jabatan fungsional Pranata Komputer.",
           requested_resolution="Mohon sertifikat pelatihan saya diterbitkan dan 20 JP pengembangan kompetensi dicatat di profil saya sebelum akhir tahun 2026.",
           place="Gondangwetan", date="2026-10-07", phone="089655210834")
    lines = ["Yth. Admin Pengaduan BKPSDM", "", "Saya:", f"Nama: {L['name']}", "NIP: 19930521 202012 1 003",
             "Unit kerja: Dinas Komunikasi dan Informatika Kab. Pasuruan", "HP: 0896-5521-0834", "",
             "Ingin menyampaikan keluhan mengenai pelatihan e-learning.", "", "Masalahnya:", L["service_description"], "",
             "Kerugian:", L["loss"], "", "Permohonan saya:", L["requested_resolution"], "",
             "Gondangwetan, 7 Oktober 2026", "", "Hormat saya,", "Wahyu Eko Saputro"]
    htm = "<html><body>" + "<br>".join(esc(x) for x in lines) + "<br></body></html>"
    mime_mail("email_mime/m06.eml", L, hdr_date("2026-10-07", "15:04:45"), "Wahyu Eko Saputro <wahyu.eko.s@example.net>",
              "wahyu.eko.s@example.net", "Sertifikat e-learning belum terbit", 'text/html; charset="iso-8859-1"',
              qp(htm, "iso-8859-1") + "\n",
              "HTML only, iso-8859-1 quoted-printable, no <p>/<div>: lines separated by <br> only (soft breaks inside words); "
              "unit kerja given but no home address", "kompetensi",
              extra="User-Agent: Internet Messaging Program (IMP) H5 (6.2.27)\n", cte="quoted-printable")

    # m07 mutasi: Thunderbird cover note with the original mail attached as message/rfc822
    L = L_(name="Lailatul Fitriyah, S.E.",
           address="Jl. Raya Sukorejo No. 118 RT 01 RW 05, Desa Sukorejo, Kecamatan Sukorejo, Kabupaten Pasuruan",
           service_description="Saya mengajukan permohonan pindah instansi dari Pemerintah Kabupaten Pasuruan ke Pemerintah Kota Surabaya mengikuti suami yang bertugas di Surabaya. Surat persetujuan melepas dari Bupati sudah saya ajukan sejak bulan Mei 2026 bersama surat persetujuan menerima dari Pemkot Surabaya, tetapi sampai sekarang BKPSDM belum memproses usulan pertimbangan teknis ke BKN dan tidak memberi penjelasan apa pun.",
           loss="Batas berlaku surat persetujuan menerima dari Pemkot Surabaya tinggal satu bulan, sehingga jika lewat saya harus mengulang dari awal. Selama ini saya juga harus tinggal terpisah dari suami dan anak.",
           requested_resolution="Mohon BKPSDM segera memproses usulan pindah instansi saya ke BKN sebelum akhir November 2026, atau memberikan penjelasan tertulis jika ada kekurangan.",
           place="Sukorejo", date="2026-11-02", phone="081357804412")
    inner_t = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama     : {L['name']}
NIP      : 19910304 201801 2 002
Alamat   : {L['address']}
No. HP   : 0813-5780-4412

Pokok pengaduan:
{L['service_description']}

Kerugian:
{L['loss']}

Permintaan:
{L['requested_resolution']}

Sukorejo, 2 November 2026

Hormat saya,
Lailatul Fitriyah
"""
    inner = (f"Date: {hdr_date('2026-11-02', '08:12:40')}\nFrom: Lailatul Fitriyah <lailatul.fitriyah@example.com>\n"
             "To: bkd.pasuruan@example.net\nSubject: Pengaduan usulan pindah instansi belum diproses\n"
             f"Message-ID: <{rid(8)}-{rid(4)}-{rid(4)}@example.com>\nUser-Agent: Mozilla Thunderbird\nMIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n" + flowed(inner_t) + "\n")
    cover = ("Yth. Tim Pengaduan BKPSDM,\n\nPada tanggal 2 November 2026 saya sudah mengirim pengaduan ke alamat bkd.pasuruan@example.net "
             "yang saya dapat dari grup WA, tetapi sampai sekarang belum ada balasan. Email tersebut saya lampirkan kembali agar "
             "dapat ditindaklanjuti.\n\nTerima kasih,\nLailatul Fitriyah\n")
    bnd = "------------" + rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    body = "This is a multi-part message in MIME format.\n" + multipart(bnd, [
        part("text/plain; charset=UTF-8; format=flowed", "8bit", flowed(cover)),
        part('message/rfc822; name="Pengaduan usulan pindah instansi belum diproses.eml"', "8bit", inner,
             extra='Content-Disposition: attachment;\n filename="Pengaduan usulan pindah instansi belum diproses.eml"\n')])
    mime_mail("email_mime/m07.eml", L, hdr_date("2026-11-10", "09:40:03"), "Lailatul Fitriyah <lailatul.fitriyah@example.com>",
              "lailatul.fitriyah@example.com", "Fwd: Pengaduan usulan pindah instansi belum diproses",
              f'multipart/mixed; boundary="{bnd}"', body,
              "Thunderbird 'forward as attachment': short cover, the letter is a message/rfc822 attachment (flowed) sent 8 days "
              "earlier to an old address; date from the letter; complete", "mutasi", extra="User-Agent: Mozilla Thunderbird\nContent-Language: id\n")

    # m08 kompetensi: Thunderbird format=flowed, identity in one long sentence, no place/date line, sent 06:12 +0700
    L = L_(name="Rizky Amalia Putri, S.Psi.",
           address="Perumahan Griya Pandaan Asri Blok G-21, Kelurahan Jogosari, Kecamatan Pandaan, Kabupaten Pasuruan",
           service_description="Saya telah ditetapkan sebagai peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II tahun 2026 melalui surat panggilan BKPSDM tertanggal 3 Agustus 2026. Satu minggu sebelum pelatihan dimulai, nama saya dicoret dari daftar peserta dan digantikan pegawai lain tanpa pemberitahuan resmi maupun alasan. Saya baru mengetahuinya dari grup WhatsApp panitia.",
           loss="saya sudah mengeluarkan biaya Rp 1.200.000 untuk persiapan (seragam dan tes kesehatan), dan karena belum mengikuti PKP, kedudukan saya sebagai pejabat pengawas bisa dievaluasi dan saya tidak dapat diusulkan untuk promosi.",
           requested_resolution="Saya mohon kejelasan tertulis alasan pencoretan nama saya dan jaminan saya diikutsertakan pada angkatan PKP berikutnya di tahun 2026 atau awal 2027.",
           date="2026-12-02", phone="081249683350")
    t = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya, {L['name']}, NIP 19880915 201101 2 004, Kepala Subbagian Umum dan Kepegawaian pada Dinas Sosial Kabupaten Pasuruan, beralamat di {L['address']}, nomor telepon 0812-4968-3350, dengan ini menyampaikan pengaduan sebagai berikut.

{L['service_description']}

Kerugian yang saya alami adalah {L['loss']}

{L['requested_resolution']}

Terima kasih atas perhatian Bapak/Ibu.

Salam,
Rizky Amalia Putri
"""
    mime_mail("email_mime/m08.eml", L, hdr_date("2026-12-02", "06:12:08"), "Rizky Amalia Putri <rizky.amalia.p@example.org>",
              "rizky.amalia.p@example.org", "Pengaduan pencoretan peserta PKP Angkatan II",
              "text/plain; charset=UTF-8; format=flowed", flowed(t),
              "Thunderbird format=flowed 7bit; identity in one long sentence ('beralamat di ...'); no place/date line: date of the "
              "Date: header as written (06:12 +0700, the previous day in UTC); 'promosi' appears but the topic is training",
              "kompetensi", extra="User-Agent: Mozilla Thunderbird\nContent-Language: id\n", cte="7bit")

    # m09 pengadaan: text/plain iso-8859-1 QP, B-encoded sender name, Q-encoded iso-8859-1 subject; inline labels
    L = L_(name="Sugeng Riyanto", nik="3514131506700001",
           address="Dusun Ngadirejo RT 004 RW 002, Desa Ngantungan, Kecamatan Pasrepan, Kabupaten Pasuruan",
           service_description="Saya mengajukan permohonan berhenti atas permintaan sendiri (pensiun dini) dengan hak pensiun karena alasan kesehatan (gagal ginjal, cuci darah dua kali seminggu) melalui Dinas Pertanian pada bulan Maret 2026. Sudah \u00b1 7 bulan permohonan saya tidak diproses, dan ketika saya tanyakan ke loket, berkas saya disebut belum diteruskan ke BKN karena \"menunggu kuota\".",
           loss="Selama menunggu, saya tetap tercatat aktif tetapi tidak mampu bekerja penuh, sehingga TPP saya dipotong setiap bulan karena kehadiran kurang, dan saya belum bisa mengurus hak pensiun di PT Taspen untuk biaya pengobatan.",
           requested_resolution="Mohon permohonan pensiun dini saya segera diproses dan diusulkan ke BKN, serta saya diberi informasi tertulis tentang perkembangannya.",
           place="Pasrepan", date="2026-10-19", phone="082231845567")
    t = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan,

Dengan hormat, saya yang bertanda tangan di bawah ini:

Nama: {L['name']}
NIK: {L['nik']}
Alamat: {L['address']}
Telp: 0822-3184-5567

menyampaikan pengaduan sebagai berikut:

Uraian: {L['service_description']}

Kerugian: {L['loss']}

Permintaan: {L['requested_resolution']}

Pasrepan, 19 Oktober 2026

Hormat saya,
Sugeng Riyanto
"""
    mime_mail("email_mime/m09.eml", L, hdr_date("2026-10-19", "11:20:36"), f"{b_word('Sugeng Riyanto')} <sugeng.riyanto62@example.net>",
              "sugeng.riyanto62@example.net", q_word("Permohonan pensiun dini (APS) \u00b1 7 bulan tidak diproses", "ISO-8859-1"),
              'text/plain; charset="ISO-8859-1"', qp(t, "iso-8859-1"),
              "single text/plain iso-8859-1 QP (soft breaks inside words), B-encoded UTF-8 sender name, Q-encoded ISO-8859-1 subject; "
              "labels inline ('Uraian: ...'); TPP mentioned but the topic is early retirement -> pengadaan; complete", "pengadaan",
              extra="X-Mailer: Evolution 3.52.3\n", cte="quoted-printable")

    # m10 mutasi: Gmail reply on top adds the missing address to the writer's own quoted complaint
    L = L_(name="Hariyono, S.Pd.", address="Dusun Sumbersari RT 005 RW 002, Desa Sumbersuko, Kecamatan Purwosari, Kabupaten Pasuruan",
           service_description="Sejak Januari 2025 saya ditugaskan sebagai Plt. Kepala SDN Sumbersuko 2 karena kepala sekolah definitif pensiun. Pada seleksi calon kepala sekolah tahun 2026 saya dinyatakan lulus dan memiliki sertifikat Guru Penggerak, tetapi dalam pelantikan kepala sekolah tanggal 2 November 2026 saya tidak dilantik, dan sekolah saya justru diisi oleh guru dari kecamatan lain yang belum pernah menjadi Plt. Tidak ada penjelasan dari BKPSDM mengenai dasar penempatan tersebut.",
           loss="Hampir dua tahun saya menjalankan tugas kepala sekolah tanpa tunjangan jabatan, dan sekarang saya kembali menjadi guru biasa sehingga kehilangan kesempatan memperoleh tunjangan kepala sekolah.",
           requested_resolution="Saya mohon BKPSDM menjelaskan secara tertulis dasar penempatan kepala sekolah tersebut dan mempertimbangkan saya pada pengisian jabatan kepala sekolah berikutnya.",
           place="Purwosari", date="2026-11-17", phone="081331660924")
    orig = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : {L['name']}
NIP : 19720310 199802 1 003
No. HP : 0813-3166-0924

Uraian pengaduan:
{L['service_description']}

Kerugian:
{L['loss']}

Permintaan penyelesaian:
{L['requested_resolution']}

Purwosari, 17 November 2026

Hormat saya,
{L['name']}"""
    top = f"""Mohon maaf, pada email saya sebelumnya alamat saya belum tercantum. Alamat lengkap saya: {L['address']}.

Terima kasih,
Hariyono"""
    attribution = "Pada Sel, 17 Nov 2026 pukul 09.05 Hariyono <hariyono.spd@example.com> menulis:"
    quoted = "\n".join(">" if not x else "> " + x for x in wrap(orig, 76).split("\n"))
    text = top + "\n\n" + attribution + "\n\n" + quoted + "\n"
    htm = ('<div dir="ltr">' + "".join("<div><br></div>" if not x else f"<div>{esc(x)}</div>" for x in top.split("\n")) +
           '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
           esc(attribution).replace("&lt;", '&lt;<a href="mailto:hariyono.spd@example.com">', 1).replace("&gt;", "</a>&gt;", 1) +
           '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           '<div dir="ltr">' + "".join("<div><br></div>" if not x else f"<div>{esc(x)}</div>" for x in orig.split("\n")) +
           "</div>\n</blockquote></div>\n")
    bnd = gmail_bnd()
    orig_id = gmail_id()
    body = multipart(bnd, [part('text/plain; charset="UTF-8"', "quoted-printable", qp(text)),
                           part('text/html; charset="UTF-8"', "quoted-printable", qp(htm))])
    mime_mail("email_mime/m10.eml", L, hdr_date("2026-11-17", "13:40:22", pad=False), "Hariyono <hariyono.spd@example.com>",
              "hariyono.spd@example.com", "Re: Pengaduan pengangkatan kepala sekolah", f'multipart/alternative; boundary="{bnd}"', body,
              "Gmail reply, newest on top: adds the address that was missing from the writer's own complaint quoted below "
              "('Pada Sel, ... menulis:' + '>' quoting, gmail_quote blockquote); same day, so date is unambiguous; complete", "mutasi",
              extra=f"In-Reply-To: {orig_id}\nReferences: {orig_id}\n", msgid=gmail_id())

    # m11 sekretariat: Samsung Email, base64 in both parts, WhatsApp-style with emoji; no address, no place
    L = L_(name="Yudi Prasetya",
           service_description="Antri dr jam 8 sampe jam 12 lebih \U0001F629 nomor antrian ga jalan2, ruang tunggunya panas bgt AC mati, kursinya kurang bnyk jd bnyk yg berdiri termasuk ibu2 hamil. Petugas yg di loket cuma 1 org itupun sambil main hp & ngobrol \U0001F624",
           loss="Sy jadi ga masuk kerja sehari, dipotong uang makan & tpp, legalisirnya jg blm jadi disuruh balik lagi minggu depan \U0001F926\u200d\u2642\ufe0f",
           requested_resolution="Tolong lah ditambah petugas loketnya & AC ruang tunggu dibenerin. Kasian yg sepuh2 \U0001F474\U0001F475",
           date="2026-10-14", phone="085733409921")
    t = f"""Slmt siang BKPSDM \U0001F64F\U0001F64F

Sy Yudi Prasetya, kemarin (selasa 13/10) ke kantor bkpsdm mau ngurus legalisir SK CPNS buat syarat pinjaman bank.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Makasih
Yudi
0857-3340-9921
"""
    text = t + "\n\n\nDikirim dari ponsel cerdas Samsung Galaxy saya.\n"
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">" +
           "".join("<div dir=\"auto\"><br></div>" if not x.strip() else f"<div dir=\"auto\">{esc(x)}</div>" for x in t.rstrip("\n").split("\n")) +
           "</div><div dir=\"auto\"><br></div><div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\">"
           "<div style=\"font-size:85%;color:#575757\" dir=\"auto\">Dikirim dari ponsel cerdas Samsung Galaxy saya.</div></div></body></html>\n")
    bnd = "--_com.samsung.android.email_" + str(rnd.randint(10**13, 10**14))
    body = multipart(bnd, [part("text/plain; charset=utf-8", "base64", b64(text)), part("text/html; charset=utf-8", "base64", b64(htm))])
    mime_mail("email_mime/m11.eml", L, hdr_date("2026-10-14", "12:31:50"), "Yudi Prasetya <yudiprasetya.pdn@example.com>",
              "yudiprasetya.pdn@example.com", "antrian di bkpsdm parah", f'multipart/alternative; boundary="{bnd}"', body,
              "Samsung Email, base64 text + HTML, WhatsApp-style with emoji (incl. ZWJ sequence); unlabelled paragraphs; "
              "'Makasih\\nYudi' + phone; no address, no place/date (date from header); queue/waiting room/staff -> sekretariat",
              "sekretariat", msgid=f"<{rid(10)}.{rnd.randint(10**12, 10**13)}@email.android.com>")

    # m12 mutasi: Outlook S/MIME multipart/signed (smime.p7s), utf-8 QP; complete
    L = L_(name="Ir. Lilis Setyowati",
           address="Jl. Untung Suropati Gg. II No. 9 RT 02 RW 03, Kelurahan Kalirejo, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Dalam SK Bupati tentang pemindahan ke dalam jabatan pelaksana sesuai nomenklatur baru yang diserahkan pada 2 November 2026, jabatan saya ditetapkan sebagai \"Operator Layanan Operasional\" dengan kelas jabatan 5, padahal sesuai kualifikasi pendidikan S1 dan uraian tugas saya seharusnya \"Penata Layanan Operasional\" kelas jabatan 7, sebagaimana rekan lain dengan ijazah yang sama di unit kerja saya.",
           loss="Penetapan kelas jabatan yang lebih rendah menyebabkan tunjangan tambahan penghasilan saya turun sekitar Rp 850.000 per bulan sejak November 2026.",
           requested_resolution="Mohon BKPSDM meninjau kembali penetapan jabatan pelaksana saya dan menerbitkan SK perbaikan sesuai kualifikasi pendidikan saya.",
           place="Bangil", date="2026-11-24", phone="081132607781")
    t = f"""Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama           : {L['name']}
NIP            : 19740627 200501 2 011
Jabatan lama   : Pengadministrasi Umum
Unit kerja     : Dinas Ketahanan Pangan Kabupaten Pasuruan
Alamat         : {L['address']}
Nomor HP       : 0811-3260-7781

menyampaikan pengaduan sebagai berikut:

1. Uraian pelayanan yang tidak sesuai standar
{L['service_description']}

2. Kerugian
{L['loss']}

3. Permintaan penyelesaian
{L['requested_resolution']}

Demikian, atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Bangil, 24 November 2026

Hormat saya,
Ir. Lilis Setyowati
Dinas Ketahanan Pangan Kabupaten Pasuruan
"""
    b_sig = "=-" + rid(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    b_alt = f"_000_SG2PR06MB{rnd.randint(1000, 9999)}{rid(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}apcprd06prod_"
    alt = multipart(b_alt, [part('text/plain; charset="utf-8"', "quoted-printable", qp(t)),
                            part('text/html; charset="utf-8"', "quoted-printable", qp(outlook_html(t, "utf-8")))])
    p7s = bytes([0x30, 0x82, 0x0b, 0x4e, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0]) + \
        bytes(rnd.randrange(256) for _ in range(2890))
    body = "This is a cryptographically signed message in MIME format.\n\n" + multipart(b_sig, [
        f'Content-Type: multipart/alternative;\n\tboundary="{b_alt}"\n\n' + alt,
        part('application/pkcs7-signature; name="smime.p7s"', "base64", b64(p7s),
             extra='Content-Disposition: attachment; filename="smime.p7s"\nContent-Description: S/MIME Cryptographic Signature\n')])
    mime_mail("email_mime/m12.eml", L, hdr_date("2026-11-25", "15:18:09"), "Lilis Setyowati <lilis.setyowati@dkp.example.org>",
              "lilis.setyowati@dkp.example.org", "Pengaduan penetapan jabatan pelaksana",
              f'multipart/signed; protocol="application/pkcs7-signature";\n\tmicalg=sha-256; boundary="{b_sig}"', body,
              "Outlook S/MIME: multipart/signed(alternative(text, html), smime.p7s); the digital signature is not what makes "
              "'signed' true, the closing + name is; unit name under the name; complete", "mutasi",
              extra="Thread-Topic: Pengaduan penetapan jabatan pelaksana\nContent-Language: id-ID\nX-MS-Has-Attach: yes\n")


# ------------------------------------------------------------------ email_pdf
TO_AGENCY = ["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di -", "      Bangil"]


def heading_para(pdf, head, text, lh=5.6):
    pdf.set_font(pdf.F, "B", pdf.S)
    pdf.cell(0, lh, head, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)
    para(pdf, text, lh=lh, after=2.5)


def lines(pdf, items, lh=5.6, x=None, style=""):
    pdf.set_font(pdf.F, style, pdf.S)
    for it in items:
        if x is not None:
            pdf.set_x(x)
        pdf.cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)


def pdf_items():
    # p01 kinerja: identity in two columns; NIK and e-mail in the block; strokes
    L = L_(name="Agus Salim Hidayat, S.H.", nik="3514211402850003",
           address="Dusun Gendro RT 03 RW 01, Desa Kayukebek, Kecamatan Tutur, Kabupaten Pasuruan",
           service_description="Pada tanggal 9 Oktober 2026 saya menerima keputusan penjatuhan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 bulan dengan alasan tidak masuk kerja 12 hari. Saya tidak pernah dipanggil untuk pemeriksaan dan tidak pernah menandatangani berita acara pemeriksaan, padahal ketidakhadiran tersebut karena saya menjalani rawat inap dengan surat keterangan dokter yang sudah saya serahkan kepada atasan.",
           loss="Tunjangan kinerja saya dipotong sekitar Rp 900.000 per bulan selama enam bulan, nama baik saya tercemar di lingkungan kantor, dan hukuman disiplin tersebut menghalangi usulan kenaikan pangkat saya tahun depan.",
           requested_resolution="Saya mohon BKPSDM meninjau kembali keputusan hukuman disiplin tersebut, melakukan pemeriksaan ulang sesuai prosedur dengan mendengar keterangan saya, dan membatalkan hukuman apabila terbukti ketidakhadiran saya sah.",
           place="Tutur", date="2026-10-28", phone="082330027415")
    pdf = new_doc("Times", 11.5)
    pdf.add_page()
    pdf.cell(0, 5.6, "Tutur, 28 Oktober 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    kv(pdf, "Perihal", "Pengaduan atas prosedur penjatuhan hukuman disiplin", x=24, lw=22)
    kv(pdf, "Lampiran", "2 (dua) lembar", x=24, lw=22)
    pdf.ln(3)
    lines(pdf, TO_AGENCY)
    pdf.ln(3)
    para(pdf, "Dengan hormat,")
    para(pdf, "Yang bertanda tangan di bawah ini:")
    pdf.set_font("Times", "", 10.5)
    rows = [("Nama", L["name"], "NIP", "19850214 201001 1 012"), ("NIK", L["nik"], "Pangkat/Gol.", "Penata / III-c"),
            ("Jabatan", "Analis Hukum", "Unit Kerja", "Kecamatan Tutur"), ("No. HP", "0823-3002-7415", "Email", "agus.salim.h@example.com")]
    for a, b, c, d in rows:
        y = pdf.get_y()
        pdf.set_xy(26, y); pdf.cell(20, 5.4, a); pdf.cell(3, 5.4, ":"); pdf.cell(60, 5.4, b)
        pdf.set_xy(112, y); pdf.cell(23, 5.4, c); pdf.cell(3, 5.4, ":"); pdf.cell(0, 5.4, d, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(26); pdf.cell(20, 5.4, "Alamat"); pdf.cell(3, 5.4, ":")
    pdf.multi_cell(0, 5.4, L["address"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11.5)
    pdf.ln(3)
    para(pdf, "dengan ini menyampaikan pengaduan kepada BKPSDM Kabupaten Pasuruan sebagai berikut:")
    heading_para(pdf, "Uraian pengaduan", L["service_description"])
    heading_para(pdf, "Kerugian", L["loss"])
    heading_para(pdf, "Permintaan", L["requested_resolution"])
    para(pdf, "Demikian surat pengaduan ini saya buat dengan sebenarnya. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.")
    pdf.ln(3)
    sign_block(pdf, L, greet=["Hormat saya,"], mode="strokes", below=["NIP. 19850214 201001 1 012"])
    pdf_mail("email_pdf/p01.eml", L, pdf_bytes(pdf),
             "Yth. Bapak/Ibu Tim Pengaduan,\n\nBersama ini saya sampaikan surat pengaduan terkait penjatuhan hukuman disiplin (terlampir).\n\n"
             "Terima kasih.\n\nSalam,\nAgus Salim Hidayat\nKecamatan Tutur\n",
             "Agus Salim Hidayat", "agus.salim.h@example.com", "Pengaduan prosedur hukuman disiplin", "Pengaduan_Hukdis_AgusSalim.pdf",
             hdr_date("2026-10-29", "08:05:44"),
             "identity in two columns (Nama|NIP, NIK|Pangkat, Jabatan|Unit, HP|Email) with the address full width below; "
             "bold unnumbered headings; strokes above the name, NIP below; Outlook cover; complete", "kinerja", style="outlook")

    # p02 kompetensi: no address in the body, the contact details are in the page footer; PNG signature
    L = L_(name="Novita Sari Dewi, S.Pd.", address="Perum Pandaan Asri Blok K-4, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan",
           service_description="Permohonan izin belajar saya untuk Program Magister Pendidikan Bahasa Inggris di Universitas Negeri Malang yang saya ajukan pada 3 Agustus 2026 ditolak dengan alasan program studi tidak terakreditasi. Padahal program studi tersebut terakreditasi \"Baik Sekali\" oleh LAMDIK yang berlaku sampai tahun 2029, dan sertifikat akreditasinya sudah saya lampirkan dalam berkas permohonan.",
           loss="Saya sudah membayar UKT semester pertama sebesar Rp 7.500.000 dan perkuliahan sudah berjalan, sehingga tanpa izin belajar gelar saya nantinya terancam tidak dapat diakui.",
           requested_resolution="Saya mohon penolakan tersebut ditinjau ulang berdasarkan sertifikat akreditasi yang sah dan surat izin belajar saya diterbitkan.",
           place="Pandaan", date="2026-11-12", phone="085746612093")
    pdf = new_doc("Times", 12)
    pdf.foot = ["Novita Sari Dewi, S.Pd.  |  Perum Pandaan Asri Blok K-4, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan",
                "HP/WA 0857-4661-2093  |  novita.sd@example.net"]
    pdf.add_page()
    pdf.cell(0, 6, "Pandaan, 12 November 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    kv(pdf, "Nomor", "-", x=24, lw=22, lh=6)
    kv(pdf, "Lampiran", "3 (tiga) lembar", x=24, lw=22, lh=6)
    kv(pdf, "Perihal", "Pengaduan penolakan permohonan izin belajar", x=24, lw=22, lh=6)
    pdf.ln(3)
    lines(pdf, ["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "c.q. Bidang Pengembangan Kompetensi", "di Bangil"], lh=6)
    pdf.ln(3)
    para(pdf, "Dengan hormat,", lh=6)
    para(pdf, "Saya yang bertanda tangan di bawah ini, Novita Sari Dewi, S.Pd., NIP 19920418 201902 2 005, guru Bahasa Inggris "
              "pada SMP Negeri 1 Pandaan, dengan ini menyampaikan pengaduan sebagai berikut.", lh=6, after=3)
    heading_para(pdf, "Permasalahan", L["service_description"], lh=6)
    heading_para(pdf, "Kerugian", L["loss"], lh=6)
    heading_para(pdf, "Permohonan", L["requested_resolution"], lh=6)
    para(pdf, "Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.", lh=6)
    pdf.ln(4)
    sign_block(pdf, L, greet=["Hormat saya,"], mode="png", lh=6)
    pdf_mail("email_pdf/p02.eml", L, pdf_bytes(pdf),
             "Selamat siang,\n\nMohon izin mengirimkan surat pengaduan terkait penolakan izin belajar. Surat dalam file PDF terlampir.\n\n"
             "Terima kasih\nNovita\n",
             "Novita Sari Dewi", "novita.sd@example.net", "Pengaduan penolakan izin belajar",
             "Surat Pengaduan Izin Belajar \u2013 Novita.pdf", hdr_date("2026-11-12", "11:27:15", pad=False),
             "the writer's address and phone appear only in the page footer (personal letterhead at the bottom); identity in a sentence; "
             "pasted PNG signature; RFC 2231 UTF-8 attachment filename; complete", "kompetensi", cover_html=True)

    # p03 sekretariat: letter starts with a 'Hal :' line; agency address in the inside address; illegal fee; printed name only
    L = L_(name="Abdul Rohman", address="Dusun Kebonsari RT 004 RW 001, Desa Watestani, Kecamatan Nguling, Kabupaten Pasuruan",
           service_description="Pada tanggal 29 September 2026 saya menanyakan perkembangan permohonan Kartu Istri (Karis) untuk istri saya di loket BKPSDM. Seorang petugas laki-laki yang mengaku bernama R. mengatakan Karis bisa selesai minggu itu juga asal saya memberi \"uang lelah\" Rp 300.000, dan kalau tidak, saya harus menunggu paling cepat tiga bulan lagi.",
           loss="Karena takut berkas saya dipersulit, saya menyerahkan uang Rp 300.000 tanpa tanda terima, namun sampai surat ini saya kirim Karis istri saya belum juga jadi.",
           requested_resolution="Saya mohon pimpinan BKPSDM menindak petugas tersebut, mengembalikan uang saya, dan memproses Karis istri saya sesuai prosedur tanpa biaya.",
           place="Nguling", date="2026-10-06", phone="081235770416", signed=False)
    pdf = new_doc("Times", 12)
    pdf.add_page()
    kv(pdf, "Hal", "Pengaduan permintaan imbalan dalam pengurusan Karis", x=24, lw=16, lh=6)
    kv(pdf, "Lamp.", "1 (satu) lembar fotokopi tanda terima berkas", x=24, lw=16, lh=6)
    pdf.ln(5)
    lines(pdf, ["Yth. Kepala BKPSDM Kabupaten Pasuruan", "Komplek Perkantoran Jl. Raya Raci KM. 9", "Bangil - Pasuruan 67153"], lh=6)
    pdf.ln(4)
    para(pdf, "Dengan hormat,", lh=6)
    para(pdf, "Saya yang bertanda tangan di bawah ini:", lh=6)
    kv(pdf, "Nama", L["name"], x=32, lw=26, lh=6)
    kv(pdf, "Alamat", L["address"], x=32, lw=26, lh=6)
    kv(pdf, "No. Telp", "0812-3577-0416", x=32, lw=26, lh=6)
    pdf.ln(2)
    para(pdf, "menyampaikan pengaduan sebagai berikut:", lh=6)
    para(pdf, L["service_description"], lh=6, after=2.5)
    para(pdf, L["loss"], lh=6, after=2.5)
    para(pdf, L["requested_resolution"], lh=6, after=2.5)
    para(pdf, "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya.", lh=6)
    pdf.ln(5)
    sign_block(pdf, L, lines_before=["Nguling, 6 Oktober 2026"], greet=["Hormat saya,"], mode="none", lh=6)
    pdf_mail("email_pdf/p03.eml", L, pdf_bytes(pdf), "Terlampir.\n\nDikirim dari Yahoo Mail di Android\n",
             "abdul rohman", "abdulrohman.ngl@yahoo.example.com", "pengaduan", "pengaduan karis.pdf",
             hdr_date("2026-10-06", "20:44:09"),
             "letter begins with 'Hal :' / 'Lamp. :'; inside address is the agency's own address; unlabelled paragraphs; "
             "place/date above the closing; typed name only (not signed); illegal fee for a Karis -> sekretariat; cover mail says only 'Terlampir.'",
             "sekretariat", style="yahoo")

    # p04 sekretariat: filled-in FORMULIR PENGADUAN, loss and e-mail fields left blank (dotted); strokes
    L = L_(name="Endah Purwaningsih", nik="3514026703820002",
           address="Jl. Dr. Wahidin No. 33 RT 03 RW 06, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Pada tanggal 16 November 2026 saya menyerahkan berkas usul pencantuman gelar beserta ijazah asli dan transkrip asli untuk diverifikasi di loket penerimaan berkas, dengan tanda terima. Saat saya kembali mengambil dokumen asli pada 30 November 2026, petugas menyatakan ijazah asli saya tidak ditemukan dan petugas yang satu dengan yang lain saling melempar tanggung jawab.",
           requested_resolution="Saya mohon ijazah asli saya segera dicari dan dikembalikan, dan apabila benar-benar hilang dibuatkan berita acara kehilangan resmi dari BKPSDM.",
           place="Bangil", date="2026-12-04", phone="085655401278")
    pdf = new_doc("Helvetica", 10)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 6.5, "FORMULIR PENGADUAN PELAYANAN PUBLIK", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 5, "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN PASURUAN", align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2
    pdf.set_line_width(0.6); pdf.line(24, y, 190, y); pdf.set_line_width(0.2)
    pdf.set_y(y + 3)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.rect(122, pdf.get_y(), 68, 13)
    pdf.set_x(124); pdf.cell(0, 4.5, "Diisi oleh petugas", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(124); pdf.cell(0, 4.2, "No. Registrasi : ....................................", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(124); pdf.cell(0, 4.2, "Tgl. diterima  : ....................................", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def field(no, label, value, multiline=False):
        pdf.set_font("Helvetica", "", 10)
        if not multiline:
            yy = pdf.get_y()
            pdf.set_x(24); pdf.cell(8, 6, no); pdf.cell(46, 6, label); pdf.cell(4, 6, ":")
            if value:
                pdf.set_font("Courier", "", 10.5)
                pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 6, "." * 70, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(24); pdf.cell(8, 6, no); pdf.multi_cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
            if value:
                pdf.set_font("Courier", "", 10.5)
                pdf.set_x(32); pdf.multi_cell(0, 5.4, value, new_x="LMARGIN", new_y="NEXT")
            else:
                for _ in range(3):
                    pdf.set_x(32); pdf.cell(0, 6.5, "." * 102, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.set_font("Helvetica", "", 10)

    pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 6, "A. IDENTITAS PENGADU", new_x="LMARGIN", new_y="NEXT")
    field("1.", "Nama Lengkap", L["name"])
    field("2.", "NIK", L["nik"])
    field("3.", "Alamat Lengkap", L["address"])
    field("4.", "No. Telepon/HP", "0856-5540-1278")
    field("5.", "Alamat E-mail", None)
    field("6.", "Pekerjaan", "Guru SD (PNS)")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10.5); pdf.cell(0, 6, "B. ISI PENGADUAN", new_x="LMARGIN", new_y="NEXT")
    field("7.", "Uraian pelayanan yang tidak sesuai dengan standar pelayanan:", L["service_description"], True)
    field("8.", "Uraian kerugian materiel atau immateriel yang diderita:", None, True)
    field("9.", "Permintaan penyelesaian yang diajukan:", L["requested_resolution"], True)
    field("10.", "Dokumen pendukung (bila ada):", "Fotokopi tanda terima berkas tanggal 16 November 2026", True)
    pdf.ln(3)
    x = 122
    pdf.set_x(x); pdf.set_font("Courier", "", 10.5); pdf.cell(0, 5.6, "Bangil, 4 Desember 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(x); pdf.cell(0, 5.6, "Pengadu,", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    strokes(pdf, x + 4, y + 1, 777)
    pdf.set_y(y + 20); pdf.set_x(x)
    pdf.cell(0, 5.6, "( " + L["name"] + " )", new_x="LMARGIN", new_y="NEXT")
    pdf_mail("email_pdf/p04.eml", L, pdf_bytes(pdf),
             "Selamat sore,\n\nBerikut saya kirimkan formulir pengaduan yang sudah saya isi dan tanda tangani.\n\nTerima kasih.\nEndah\n",
             "Endah Purwaningsih", "endah.purwa@example.com", "Formulir pengaduan - ijazah asli hilang di loket", "FORMULIR PENGADUAN_Endah.pdf",
             hdr_date("2026-12-04", "16:02:37", pad=False),
             "filled-in FORMULIR PENGADUAN (printed labels, typed Courier values); loss field and e-mail field left as dotted lines; "
             "officer box unfilled; strokes above '( name )'; original diploma lost at the counter -> sekretariat", "sekretariat")

    # p05 pengadaan: first line 'Perihal:', numbered points without headings, date-only line (no place); PNG signature
    L = L_(name="Rizal Maulana", nik="3575031109990001",
           address="Jl. Panglima Sudirman No. 56, Kelurahan Pekuncen, Kecamatan Panggungrejo, Kota Pasuruan",
           service_description="Pada pelaksanaan SKD tanggal 14 September 2026, nilai yang tampil di layar monitor setelah ujian selesai adalah 412 (TWK 95, TIU 140, TKP 177). Namun dalam pengumuman hasil SKD tanggal 25 September 2026 nilai saya tercantum 372 dan saya dinyatakan tidak lolos ke tahap SKB.",
           loss="Akibat perbedaan nilai tersebut saya kehilangan kesempatan mengikuti SKB pada formasi yang saya lamar, padahal dengan nilai 412 saya berada di peringkat dua besar.",
           requested_resolution="Saya mohon Panitia Seleksi Daerah meminta klarifikasi resmi kepada BKN atas perbedaan nilai tersebut dan memberikan salinan rekapitulasi nilai SKD saya.",
           date="2026-09-30", phone="083850126677")
    pdf = new_doc("Times", 12)
    pdf.add_page()
    kv(pdf, "Perihal", "Pengaduan hasil Seleksi Kompetensi Dasar CPNS Tahun 2026", x=24, lw=18, lh=6)
    pdf.ln(5)
    lines(pdf, ["Kepada", "Yth. Ketua Panitia Seleksi Daerah CASN Kabupaten Pasuruan", "c.q. Kepala BKPSDM Kabupaten Pasuruan", "di Bangil"], lh=6)
    pdf.ln(4)
    para(pdf, "Dengan hormat,", lh=6)
    para(pdf, "Saya peserta seleksi CPNS Pemerintah Kabupaten Pasuruan tahun 2026:", lh=6)
    for a, b in [("Nama lengkap", L["name"]), ("NIK", L["nik"]), ("Nomor peserta", "26350140010234"),
                 ("Formasi", "Pranata Komputer Ahli Pertama"), ("Alamat", L["address"]), ("Nomor HP", "0838-5012-6677")]:
        kv(pdf, a, b, x=30, lw=32, lh=6)
    pdf.ln(2)
    para(pdf, "dengan ini menyampaikan pengaduan sebagai berikut:", lh=6)
    for i, k in enumerate(["service_description", "loss", "requested_resolution"], 1):
        y = pdf.get_y()
        pdf.set_x(24); pdf.cell(7, 6, f"{i}.")
        pdf.set_xy(31, y); pdf.multi_cell(0, 6, L[k], align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    para(pdf, "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.", lh=6)
    pdf.ln(4)
    sign_block(pdf, L, lines_before=["30 September 2026"], greet=["Hormat saya,"], mode="png", lh=6)
    pdf_mail("email_pdf/p05.eml", L, pdf_bytes(pdf), "Dengan hormat,\nTerlampir surat pengaduan saya terkait hasil SKD CPNS 2026.\n\nDikirim dari iPhone saya\n",
             "Rizal Maulana", "rizal.maulana99@icloud.example.com", "Pengaduan hasil SKD CPNS 2026", "Surat Pengaduan SKD.pdf",
             hdr_date("2026-10-01", "21:15:40"),
             "letter begins with 'Perihal:'; numbered points without headings; date line without a place ('30 September 2026'); "
             "address in Kota Pasuruan; 14-digit participant number (not NIK, not phone); PNG signature; iPhone cover", "pengadaan", style="iphone")

    # p06 mutasi: Google-Docs-like 'SURAT PENGADUAN' with A-D capital headings; birth place/date in the identity; strokes
    L = L_(name="Teguh Wibowo, S.Pd.", address="Dusun Krajan RT 01 RW 02, Desa Banjarimbo, Kecamatan Lumbang, Kabupaten Pasuruan",
           service_description="Berdasarkan SK mutasi yang saya terima pada 2 November 2026, saya dipindahkan dari SDN Banjarimbo 1 ke SDN Wonokitri 2 Kecamatan Tosari yang berjarak sekitar 45 km dari rumah, padahal saya tidak pernah mengajukan permohonan pindah dan tidak pernah dimintai pendapat. Di SDN Banjarimbo 1 sendiri masih kekurangan dua guru kelas.",
           loss="Setiap hari saya harus menempuh perjalanan sekitar 90 km pulang-pergi melalui jalan pegunungan dengan biaya bensin sekitar Rp 1.100.000 per bulan, dan ibu saya yang menderita stroke tidak ada yang merawat pada siang hari.",
           requested_resolution="Saya mohon SK mutasi tersebut ditinjau ulang dan saya dikembalikan ke SDN Banjarimbo 1 atau ditempatkan di sekolah lain di Kecamatan Lumbang.",
           place="Lumbang", date="2026-11-18", phone="085259661130")
    pdf = new_doc("Helvetica", 11)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "SURAT PENGADUAN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.ln(4)
    lines(pdf, ["Kepada Yth.", "Kepala BKPSDM Kabupaten Pasuruan", "di Bangil"], lh=5.8)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 6, "A. IDENTITAS PENGADU", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", "", 11)
    for a, b in [("Nama", L["name"]), ("Tempat/Tgl. Lahir", "Pasuruan, 12 Mei 1984"), ("NIP", "19840512 200902 1 004"),
                 ("Pekerjaan", "Guru Kelas SDN Banjarimbo 1"), ("Alamat", L["address"]), ("Telepon", "0852-5966-1130")]:
        kv(pdf, a, b, x=30, lw=36, lh=5.8)
    pdf.ln(3)
    for h, k in [("B. URAIAN PENGADUAN", "service_description"), ("C. KERUGIAN YANG DIALAMI", "loss"), ("D. PERMINTAAN PENYELESAIAN", "requested_resolution")]:
        pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 6, h, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", "", 11)
        para(pdf, L[k], lh=5.8, after=3)
    pdf.ln(3)
    sign_block(pdf, L, lines_before=["Lumbang, 18 November 2026"], greet=["Pengadu,"], mode="strokes", lh=5.8)
    pdf_mail("email_pdf/p06.eml", L, pdf_bytes(pdf),
             "Assalamualaikum,\n\nYth. BKPSDM Kab. Pasuruan, bersama ini saya kirimkan surat pengaduan terkait mutasi saya. Mohon ditindaklanjuti.\n\n"
             "Wassalam,\nTeguh Wibowo\n",
             "Teguh Wibowo", "teguhwibowo.spd@example.org", "Surat pengaduan SK mutasi", "SURAT PENGADUAN TEGUH WIBOWO.pdf",
             hdr_date("2026-11-18", "19:50:12", pad=False),
             "Google-Docs-like layout: centred title, A-D capital headings; 'Tempat/Tgl. Lahir: Pasuruan, 12 Mei 1984' in the identity "
             "is not the place/date line; 'Pengadu,' + strokes; complete", "mutasi")


# ------------------------------------------------------------------ auto_reply
def auto_items():
    # a01 Microsoft 365 NDR (no Auto-Submitted; multipart/report + X-MS-Exchange-Message-Is-Ndr)
    ack_id = f"<ack1182.{rid(10)}@pasuruankab.go.id>"
    orig = f"""Date: Thu, 26 Nov 2026 10:20:31 +0700
From: Pengaduan BKPSDM Kabupaten Pasuruan <pengaduan.bkpsdm@pasuruankab.go.id>
To: dwi.ayu@dinkes.example.org
Subject: Tanda Terima Pengaduan PGD-2026-1182
Message-ID: {ack_id}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Yth. Ibu Dwi Ayu Lestari,

Pengaduan Ibu tentang keterlambatan SK kenaikan pangkat telah kami terima dengan nomor tiket PGD-2026-1182
dan akan ditindaklanjuti paling lambat 3 (tiga) hari kerja.

Hormat kami,
Tim Pengaduan BKPSDM Kabupaten Pasuruan
"""
    bnd = hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12)
    alt = hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12)
    txt = """Your message to dwi.ayu@dinkes.example.org couldn't be delivered.

dwi.ayu wasn't found at dinkes.example.org.

pengaduan.bkpsdm     Office 365     dwi.ayu
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address wasn't found by the destination email system.

Original Message Details
Created Date:    26/11/2026 3:20:31 AM
Sender Address:  pengaduan.bkpsdm@pasuruankab.go.id
Recipient Address:    dwi.ayu@dinkes.example.org
Subject:    Tanda Terima Pengaduan PGD-2026-1182
"""
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><table><tr><td>"
           "<p style=\"font-size:20px\">Your message to <a href=\"mailto:dwi.ayu@dinkes.example.org\">dwi.ayu@dinkes.example.org</a> couldn't be delivered.</p>"
           "<p><b>dwi.ayu</b> wasn't found at <b>dinkes.example.org</b>.</p></td></tr><tr><td><p>Action Required</p><p>Unknown To address</p>"
           "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p><p>Status code: <b>550 5.1.10</b></p></td></tr></table></body></html>\n")
    ds = ("Reporting-MTA: dns;SG2PR06MB5311.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;mx1.pasuruankab.go.id\n"
          "Arrival-Date: Thu, 26 Nov 2026 03:20:33 +0000\n\nFinal-Recipient: rfc822;dwi.ayu@dinkes.example.org\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    body = multipart(bnd, [
        f'Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="{alt}"\n\n' +
        multipart(alt, [part('text/plain; charset="us-ascii"', "quoted-printable", qp(txt, "ascii")),
                        part('text/html; charset="us-ascii"', "quoted-printable", qp(htm, "ascii"))]),
        part("message/delivery-status", "7bit", ds),
        part("message/rfc822", "7bit", orig)])
    msg = ("Received: from SG2PR06MB5311.apcprd06.prod.outlook.com (2603:1096:4:1b4::14) by mx1.pasuruankab.go.id\n"
           "\twith ESMTPS id 4CxYz71LqVz9rQ for <pengaduan.bkpsdm@pasuruankab.go.id>; Thu, 26 Nov 2026 10:20:36 +0700\n"
           "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@dinkes.example.org>\n"
           "To: <pengaduan.bkpsdm@pasuruankab.go.id>\nDate: Thu, 26 Nov 2026 03:20:35 +0000\n"
           f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"\n'
           "X-MS-Exchange-Message-Is-Ndr:\nContent-Language: en-US\n"
           f"Message-ID: <{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@SG2PR06MB5311.apcprd06.prod.outlook.com>\n"
           f"In-Reply-To: {ack_id}\nReferences: {ack_id}\nThread-Topic: Tanda Terima Pengaduan PGD-2026-1182\n"
           "Subject: Undeliverable: Tanda Terima Pengaduan PGD-2026-1182\nMIME-Version: 1.0\nX-MS-PublicTrafficType: Email\n\n" + body)
    put("auto_reply/a01.eml", msg)
    rec_null("auto_reply/a01.eml", "auto_reply", "Microsoft 365 'Undeliverable:' NDR: multipart/report from MicrosoftExchange...@, "
             "X-MS-Exchange-Message-Is-Ndr, no Auto-Submitted, no Return-Path; quotes our acknowledgement", auto=True)

    # a02 Gmail vacation responder: only Auto-Submitted: auto-replied; subject 'Re: <our subject>'
    our = f"<req1107.{rid(10)}@pasuruankab.go.id>"
    t = ("Terima kasih atas email Anda.\n\nSaya sedang mengikuti Pelatihan Kepemimpinan Administrator di Surabaya sampai dengan "
         "20 November 2026 dan akses email terbatas. Email Anda akan saya balas setelah saya kembali ke kantor.\n\n"
         "Salam,\nAni Rahmawati\n")
    bnd = gmail_bnd()
    body = multipart(bnd, [part('text/plain; charset="UTF-8"', "quoted-printable", qp(t)),
                           part('text/html; charset="UTF-8"', "quoted-printable", qp(gmail_html(t.rstrip("\n"))))])
    mime_mail("auto_reply/a02.eml", None, hdr_date("2026-11-16", "08:02:11", pad=False), "Ani Rahmawati <ani.rahmawati83@example.com>",
              "ani.rahmawati83@example.com", "Re: Permintaan kelengkapan pengaduan PGD-2026-1107",
              f'multipart/alternative; boundary="{bnd}"', body, None, None,
              extra=f"In-Reply-To: {our}\nReferences: {our}\nAuto-Submitted: auto-replied\n", msgid=gmail_id())
    rec_null("auto_reply/a02.eml", "auto_reply", "Gmail vacation responder: 'Re:' + our subject, In-Reply-To our request, "
             "only Auto-Submitted: auto-replied marks it (no Precedence, no X-Autoreply)", auto=True)

    # a03 Mailman plain-text digest with List-Id; one digest message reads like a complaint
    t = """Send Forum-ASN mailing list submissions to
	forum-asn@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.example.org/mailman/listinfo/forum-asn
or, via email, send a message with subject or body 'help' to
	forum-asn-request@lists.example.org

You can reach the person managing the list at
	forum-asn-owner@lists.example.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Forum-ASN digest..."


Today's Topics:

   1. SK pensiun belum terbit sudah 4 bulan (Bambang Sutrisno)
   2. Re: Jadwal usul kenaikan pangkat April 2027 (Admin Forum)


----------------------------------------------------------------------

Message: 1
Date: Mon, 23 Nov 2026 19:02:44 +0700
From: Bambang Sutrisno <bambang.sutrisno@example.net>
To: forum-asn@lists.example.org
Subject: [Forum-ASN] SK pensiun belum terbit sudah 4 bulan
Message-ID: <5f2c1a0e.8b7d@example.net>
Content-Type: text/plain; charset="us-ascii"

Rekan-rekan, mohon info. Nama saya Bambang Sutrisno, alamat Desa Pekoren
Kecamatan Rembang. Saya pensiun TMT 1 Agustus 2026 tapi SK pensiun belum
terbit sampai sekarang, akibatnya uang pensiun belum bisa diambil di Taspen.
Ada yang tahu harus mengadu ke mana dan bagaimana caranya?

Terima kasih,
Bambang


------------------------------

Message: 2
Date: Tue, 24 Nov 2026 08:15:09 +0700
From: Admin Forum <admin@lists.example.org>
To: forum-asn@lists.example.org
Subject: Re: [Forum-ASN] Jadwal usul kenaikan pangkat April 2027
Message-ID: <a1b2c3d4.77e1@lists.example.org>
Content-Type: text/plain; charset="us-ascii"

Usul kenaikan pangkat periode April 2027 dibuka 1 Desember 2026 s.d.
31 Januari 2027 melalui SIASN. Silakan cek pengumuman BKN.

------------------------------

Subject: Digest Footer

_______________________________________________
Forum-ASN mailing list
forum-asn@lists.example.org
https://lists.example.org/mailman/listinfo/forum-asn


------------------------------

End of Forum-ASN Digest, Vol 38, Issue 12
*****************************************
"""
    msg = (received("lists.example.org", "Wed, 25 Nov 2026 05:00:03 +0700") +
           "From: forum-asn-request@lists.example.org\nSubject: Forum-ASN Digest, Vol 38, Issue 12\nTo: forum-asn@lists.example.org\n"
           "Reply-To: forum-asn@lists.example.org\nDate: Wed, 25 Nov 2026 05:00:03 +0700\n"
           f"Message-ID: <mailman.{rnd.randint(1000, 9999)}.{rnd.randint(10**9, 10**10)}.{rnd.randint(1000, 9999)}.forum-asn@lists.example.org>\n"
           "X-Mailman-Version: 2.1.39\nList-Id: Forum Diskusi ASN Jawa Timur <forum-asn.lists.example.org>\n"
           "List-Unsubscribe: <https://lists.example.org/mailman/options/forum-asn>,\n <mailto:forum-asn-request@lists.example.org?subject=unsubscribe>\n"
           "List-Archive: <https://lists.example.org/pipermail/forum-asn/>\nList-Post: <mailto:forum-asn@lists.example.org>\n"
           "List-Help: <mailto:forum-asn-request@lists.example.org?subject=help>\n"
           "List-Subscribe: <https://lists.example.org/mailman/listinfo/forum-asn>,\n <mailto:forum-asn-request@lists.example.org?subject=subscribe>\n"
           "Errors-To: forum-asn-bounces@lists.example.org\nSender: \"Forum-ASN\" <forum-asn-bounces@lists.example.org>\n"
           'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n' + t)
    put("auto_reply/a03.eml", msg)
    rec_null("auto_reply/a03.eml", "auto_reply", "Mailman 2.1 plain-text digest addressed to the list (List-Id, List-Unsubscribe, Sender: "
             "-bounces, no Precedence); its first message reads like a pension complaint", auto=True)


# ------------------------------------------------------------------ hostile
def hostile_items():
    # h01 kompetensi: letter in the body, attached 'KTP' JPEG whose base64 is garbage (bad characters, cut off, no padding)
    L = L_(name="Dian Permatasari, S.Kep., Ners", address="Dusun Krajan RT 02 RW 03, Desa Puspo, Kecamatan Puspo, Kabupaten Pasuruan",
           service_description="Saya CPNS formasi perawat dengan TMT 1 Juni 2025 dan bertugas di UPT Puskesmas Puspo. Sesuai ketentuan, Pelatihan Dasar (Latsar) CPNS harus saya ikuti paling lama satu tahun sejak pengangkatan, tetapi sampai sekarang nama saya tidak pernah dimasukkan dalam angkatan Latsar mana pun, sementara CPNS lain dari formasi yang sama sudah mengikuti Latsar pada bulan Mei dan Agustus 2026.",
           loss="Karena belum mengikuti Latsar, usul pengangkatan saya menjadi PNS tidak dapat diproses dan saya masih menerima gaji 80% sebagai CPNS.",
           requested_resolution="Saya mohon BKPSDM segera memasukkan saya sebagai peserta Latsar angkatan terdekat dan memberi penjelasan tertulis mengapa nama saya terlewat.",
           place="Puspo", date="2026-10-21", phone="081380902214")
    t = f"""Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,
Nama   : {L['name']}
Alamat : {L['address']}
No. HP : 0813-8090-2214

Uraian pengaduan:
{L['service_description']}

Kerugian:
{L['loss']}

Permintaan penyelesaian:
{L['requested_resolution']}

Sebagai kelengkapan, saya lampirkan foto KTP saya.

Puspo, 21 Oktober 2026

Hormat saya,
Dian Permatasari
"""
    r = random.Random(1401)
    junk = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a\n"
    for _ in range(14):
        junk += "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/!#%*~") for _ in range(76)) + "\n"
    junk += "Q0FNRVJBIFVQTE9BRCBGQUlMRU"
    bnd = gmail_bnd()
    body = multipart(bnd, [part('text/plain; charset="UTF-8"', "8bit", t),
                           part('image/jpeg; name="KTP_Dian.jpg"', "base64", junk,
                                extra='Content-Disposition: attachment; filename="KTP_Dian.jpg"\nX-Attachment-Id: f_m2q8k1p90\n')])
    msg = (received("example.com", hdr_date("2026-10-21", "09:33:12", pad=False)) +
           f"Date: {hdr_date('2026-10-21', '09:33:12', pad=False)}\nFrom: Dian Permatasari <dian.permatasari.ners@example.com>\nTo: {AGENCY}\n"
           f"Subject: Pengaduan belum diikutkan Latsar CPNS\nMessage-ID: {gmail_id()}\nMIME-Version: 1.0\n"
           f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n' + body)
    put("hostile/h01.eml", msg.encode("utf-8"))
    rec("hostile/h01.eml", "hostile_ok", L, "dian.permatasari.ners@example.com",
        "letter in the body; the attached KTP_Dian.jpg is garbage base64 (invalid characters, cut off without padding): "
        "must exit 0, the body letter is scored", "kompetensi")

    # h02 kinerja: stand-alone PDF letter whose xref table and startxref offset are wrong (text still recoverable)
    L = L_(name="Kartika Anggraini, S.E.", address="Dusun Wonomerto RT 01 RW 01, Desa Wonokitri, Kecamatan Tosari, Kabupaten Pasuruan",
           service_description="Saya mengajukan permohonan cuti melahirkan untuk kelahiran anak ketiga melalui atasan langsung pada 1 Oktober 2026. Sampai saya melahirkan pada 20 November 2026 keputusan cuti tidak kunjung terbit, dan jawaban petugas BKPSDM berubah-ubah: sekali dikatakan harus mengambil cuti besar, lain kali dikatakan berkas cuti melahirkan saya belum lengkap tanpa dijelaskan kekurangannya.",
           loss="Sejak 16 November 2026 saya tercatat tidak masuk kerja tanpa keterangan, sehingga TPP saya bulan November dipotong dan saya khawatir dijatuhi hukuman disiplin.",
           requested_resolution="Mohon keputusan cuti melahirkan saya segera diterbitkan terhitung mulai 16 November 2026 dan catatan tidak masuk kerja tanpa keterangan dihapus.",
           place="Tosari", date="2026-12-08", phone="082245196603")
    pdf = new_doc("Times", 12)
    pdf.add_page()
    pdf.cell(0, 6, "Tosari, 8 Desember 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    kv(pdf, "Perihal", "Pengaduan keputusan cuti melahirkan", x=24, lw=20, lh=6)
    pdf.ln(3)
    lines(pdf, TO_AGENCY, lh=6)
    pdf.ln(3)
    para(pdf, "Dengan hormat,", lh=6)
    para(pdf, "Saya yang bertanda tangan di bawah ini:", lh=6)
    for a, b in [("Nama", L["name"]), ("NIP", "19900303 201503 2 006"), ("Alamat", L["address"]), ("No. HP", "0822-4519-6603"),
                 ("Email", "kartika.anggraini@example.com")]:
        kv(pdf, a, b, x=30, lw=24, lh=6)
    pdf.ln(2)
    heading_para(pdf, "1. Uraian pelayanan yang tidak sesuai standar", L["service_description"], lh=6)
    heading_para(pdf, "2. Kerugian yang saya alami", L["loss"], lh=6)
    heading_para(pdf, "3. Permintaan penyelesaian", L["requested_resolution"], lh=6)
    para(pdf, "Demikian pengaduan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.", lh=6)
    pdf.ln(3)
    sign_block(pdf, L, greet=["Hormat saya,"], mode="strokes", lh=6)
    data = pdf_bytes(pdf)
    i = data.rindex(b"startxref")
    j = data.index(b"\n", i + 10)
    data = data[:i] + b"startxref\n" + str(int(data[i + 10:j]) + 4711).encode() + data[j:]
    k = data.rindex(b"\nxref\n")
    tail = bytearray(data[k:i])
    for m in re.finditer(rb"(\d{10}) 00000 n", bytes(tail)):
        off = m.start(1)
        tail[off:off + 10] = b"%010d" % ((int(m.group(1)) * 7 + 13) % 99999)
    data = data[:k] + bytes(tail) + data[i:]
    put("hostile/h02.pdf", data)
    rec("hostile/h02.pdf", "hostile_ok", L, "kartika.anggraini@example.com",
        "stand-alone PDF letter with a wrong startxref offset and scrambled xref entries (viewers and pdfminer rebuild the "
        "table by scanning); readable: exit 0 and scored; e-mail written in the letter; strokes", "kinerja")

    # h03: .docx cut off before word/document.xml (interrupted download): no central directory, no letter text
    buf = io.BytesIO()
    zt = (2026, 11, 30, 10, 0, 0)
    files = [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
             ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
             ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Surat Pengaduan</dc:title><dc:creator>User</dc:creator></cp:coreProperties>'),
             ("word/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
              "".join(f'<w:style w:type="paragraph" w:styleId="S{n}"><w:name w:val="Style {n}"/><w:rPr><w:sz w:val="{20 + n % 8}"/></w:rPr></w:style>' for n in range(60)) + "</w:styles>"),
             ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
              "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in ["Surat Pengaduan", "Nama : Sutikno", "Alamat : Desa Kalisat, Kecamatan Rembang",
                                                                      "Saya mengadukan keterlambatan SK kenaikan pangkat.", "Rembang, 2 Desember 2026", "Hormat saya,", "Sutikno"]) +
              "</w:body></w:document>")]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, zt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    full = buf.getvalue()
    cut = full.index(b"word/document.xml") - 30  # start of the local header of word/document.xml
    assert full[cut:cut + 4] == b"PK\x03\x04"
    put("hostile/h03.docx", full[:cut])
    rec_null("hostile/h03.docx", "hostile_error", "a .docx cut off before word/document.xml (interrupted download): no central "
             "directory and no document part, so no letter text exists; exit 3", exit_code=3)


# ------------------------------------------------------------------ check
def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def file_text(path):
    import email
    import email.policy
    import pdfplumber
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.endswith(".eml"):
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        out = []
        for p in msg.walk():
            ct = p.get_content_type()
            if ct in ("text/plain", "text/html"):
                try:
                    s = p.get_content()
                except Exception:
                    s = (p.get_payload(decode=True) or b"").decode("utf-8", "replace")
                if ct == "text/html":
                    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
                out.append(re.sub(r"(?m)^(> ?)+", "", s))
            elif ct == "application/pdf":
                with pdfplumber.open(io.BytesIO(p.get_payload(decode=True))) as pdf:
                    out.append("\n".join(pg.extract_text() or "" for pg in pdf.pages))
        return "\n".join(out)
    return ""


def check():
    recs = [json.loads(x) for x in open(os.path.join(HERE, "truth.jsonl"), encoding="utf-8")]
    bad = 0
    for r in recs:
        p = os.path.join(HERE, r["file"])
        assert os.path.exists(p), p
        if not r["fields"]:
            continue
        txt = file_text(p)
        n = norm(txt)
        digits = re.sub(r"\D", "", txt)
        f = r["fields"]
        for k in TEXTF + ["name"]:
            if f[k] and norm(f[k]) not in n:
                bad += 1
                print("NOT FOUND", r["file"], k, f[k][:60])
        if f["phone"] and f["phone"][1:] not in digits:
            bad += 1; print("PHONE?", r["file"])
        if f["nik"] and f["nik"] not in digits:
            bad += 1; print("NIK?", r["file"])
    print(len(recs), "records checked,", bad, "problems")
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    plain_items(); mime_items(); pdf_items(); auto_items(); hostile_items()
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(TRUTH), "items")
