#!/usr/bin/env python3
"""Generate held-out set 16 (written blind): "a second month of the same
inbox" -- December 2026 complaint mail from a wider cast of writers (a school
principal with NIP under his name, an honorary midwife, a widow, a village
head, a lawyer, a diaspora daughter writing in English, an anonymous ASN ...),
plus auto-replies, odd files and truth.jsonl.

Run:   /work/main/.venv/bin/python make_heldout16.py          (needs fpdf2)
Check: /work/main/.venv/bin/python make_heldout16.py --check  (also needs
       pdfplumber; re-reads every file with the stdlib `email` package,
       pdfplumber and zipfile, and checks that every free-text truth passage,
       name, phone and NIK occurs in the decoded text)

Mail is built with the standard `email` package (EmailMessage, explicit
boundaries, fixed Message-IDs); auto-replies and the hostile mail are written
as raw bytes because their oddities cannot be expressed through the API.
Everything is seeded, so two runs give byte-identical files.
"""
import base64, datetime, email, email.generator, email.policy, email.utils, html, io, json, math, os, quopri, random, re
import struct, sys, textwrap, zipfile, zlib
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY_ADDR = "pengaduan.bkpsdm@pasuruankab.go.id"
AGENCY_NAME = "Pengaduan BKPSDM Kabupaten Pasuruan"
AGENCY = f"{AGENCY_NAME} <{AGENCY_ADDR}>"
REQ = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
TEXTF = ["address", "service_description", "loss", "requested_resolution"]
POL = email.policy.default.clone(linesep="\n", max_line_length=78)        # body encoding (QP/base64 at 76)
POL_OUT = email.policy.default.clone(linesep="\n", max_line_length=120)   # header folding when serialising
rnd = random.Random(16)
TRUTH = []
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FIXED = datetime.datetime(2026, 12, 18, 9, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# ------------------------------------------------------------------ helpers
def hdr_date(d, hms="09:12:40", tz="+0700"):
    y, m, dd = map(int, d.split("-"))
    wd = datetime.date(y, m, dd).weekday()
    return f"{DAYS[wd]}, {dd:02d} {MON[m-1]} {y} {hms} {tz}"


def rid(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def hexid(n):
    return rid(n, "0123456789abcdef")


def received(dom, date_hdr):
    net = rnd.choice(["192.0.2", "198.51.100", "203.0.113"])
    return (f"Received: from mail.{dom} (mail.{dom} [{net}.{rnd.randint(2, 250)}])\n"
            f"\tby mx1.pasuruankab.go.id (Postfix) with ESMTPS id {hexid(10).upper()}\n"
            f"\tfor <{AGENCY_ADDR}>; {date_hdr}\n")


def qp(text, cs="utf-8"):
    return quopri.encodestring(text.encode(cs)).decode("ascii")


def b64(data, cs="utf-8"):
    if isinstance(data, str):
        data = data.encode(cs)
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def wrap(text, width=72):
    """Hard-wrap every long line (plain-text clients that wrap at 72)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            ind = re.match(r"\s*", line).group(0)
            out.extend(textwrap.wrap(line, width, subsequent_indent=ind, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end with a space."""
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


def gmail_html(text):
    parts = []
    for line in text.split("\n"):
        parts.append("<div><br></div>" if not line.strip() else f"<div>{esc(line)}</div>")
    return '<div dir="ltr">' + "\n".join(parts) + "</div>\n"


def outlook_html(text, cs="windows-1252", extra_body=""):
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
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + extra_body + "\n</div>\n</body>\n</html>\n")


def yahoo_html(text):
    body = "".join(("<div><br></div>" if not ln.strip() else f"<div>{esc(ln).replace('  ', '&nbsp; ')}</div>")
                   for ln in text.split("\n"))
    return ('<html><head></head><body><div class="ydp3f1c2b7yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + body + "</div></body></html>")


def apple_html(text):
    body = "".join(("<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>") for ln in text.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + body + "</body></html>")


def thunderbird_html(text):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + "<br>\n".join(esc(x) for x in block.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; "
            "charset=UTF-8\">\n  </head>\n  <body>\n" + "\n".join(paras) + "\n  </body>\n</html>\n")


def put(rel, data):
    p = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def L_(**k):
    k.setdefault("signed", True)
    for key in ["name", "address", "service_description", "loss", "requested_resolution", "place", "date",
                "phone", "nik"]:
        k.setdefault(key, None)
    return k


def rec(rel, cat, L, email_addr, note, division, ocr=False):
    f = {k: L.get(k) for k in REQ[:-1]}
    f["signed"] = bool(L.get("signed"))
    f["email"] = email_addr.lower() if email_addr else None
    f["phone"] = L.get("phone")
    f["nik"] = L.get("nik")
    assert f["phone"] is None or re.fullmatch(r"0\d{9,12}", f["phone"]), (rel, f["phone"])
    assert f["nik"] is None or re.fullmatch(r"3514\d{12}", f["nik"]), (rel, f["nik"])
    assert re.fullmatch(r"2026-\d\d-\d\d", f["date"]), (rel, f["date"])
    datetime.date.fromisoformat(f["date"])
    missing = [k for k in REQ if (not f[k] if k == "signed" else f[k] is None)]
    TRUTH.append({"file": rel, "category": cat, "expect_exit": 0, "fields": f, "missing": missing,
                  "complete": not missing, "auto_reply": False, "division": division, "ocr": ocr, "note": note})


def rec_null(rel, cat, note, auto=False, exit_code=0):
    TRUTH.append({"file": rel, "category": cat, "expect_exit": exit_code, "fields": None, "missing": None,
                  "complete": None, "auto_reply": auto, "division": None, "ocr": False, "note": note})


# ------------------------------------------------------------------ mail via the email package
def gmail_id():
    return f"<CA{rid(44, ALNUM + '_+-')}@mail.gmail.com>"


def new_msg(name, addr, date_hdr, subject, msgid=None, extra=()):
    m = EmailMessage(policy=POL)
    m["Date"] = date_hdr
    m["From"] = Address(name, addr_spec=addr) if name else addr
    m["To"] = Address(AGENCY_NAME, addr_spec=AGENCY_ADDR)
    m["Subject"] = subject
    m["Message-ID"] = msgid or f"<{rid(24)}@{addr.split('@')[1]}>"
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def text_part(text, subtype="plain", cs="utf-8", cte="quoted-printable", params=None):
    p = EmailMessage(policy=POL)
    p.set_content(text, subtype=subtype, charset=cs, cte=cte, params=params)
    return p


def emit(rel, m, addr, bnd_style="gmail", raw_received=True):
    """Give every multipart a client-like boundary, drop MIME-Version from
    sub-parts, serialise with a Received: line on top."""
    for i, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            if bnd_style == "gmail":
                b = "0000000000" + hexid(18)
            elif bnd_style == "outlook":
                b = f"_{i:03d}_{rid(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}SG2PR06MB{rnd.randint(1000, 9999)}apcp_"
            elif bnd_style == "apple":
                b = "Apple-Mail-" + "-".join(rid(n, "ABCDEF0123456789") for n in (8, 4, 4, 4, 12))
            elif bnd_style == "yahoo":
                b = f"----=_Part_{rnd.randint(100000, 999999)}_{rnd.randint(10**8, 10**9)}.{rnd.randint(10**12, 10**13)}"
            else:
                b = "------------" + rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            part.set_boundary(b)
    bio = io.BytesIO()
    email.generator.BytesGenerator(bio, policy=POL_OUT, mangle_from_=False).flatten(m)
    rd = email.utils.parsedate_to_datetime(str(m["Date"]))
    wib = datetime.timezone(datetime.timedelta(hours=7))
    rcv = m["Date"] if rd.utcoffset() == datetime.timedelta(hours=7) else \
        hdr_date(rd.astimezone(wib).date().isoformat(), rd.astimezone(wib).strftime("%H:%M:%S"))  # MX stamps WIB
    pre = received(addr.split("@")[1], rcv).encode() if raw_received else b""
    put(rel, pre + bio.getvalue())


def plain_mail(rel, L, name, addr, date_hdr, subject, text, note, division, cte="8bit", cs="utf-8", extra=(),
               params=None, msgid=None, cat="email_plain", email_addr=None):
    m = new_msg(name, addr, date_hdr, subject, msgid, extra)
    m.set_content(text, subtype="plain", charset=cs, cte=cte, params=params)
    emit(rel, m, addr)
    rec(rel, cat, L, email_addr or addr, note, division)


# ------------------------------------------------------------------ images
def png(w, h, rows_rgb):
    raw = b"".join(b"\x00" + bytes(r) for r in rows_rgb)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def signature_png(seed, w=300, h=100, ink=(28, 40, 125)):
    """A handwritten-looking scribble, rasterised in pure Python."""
    r = random.Random(seed)
    px = [[0] * w for _ in range(h)]

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


def logo_png(w=120, h=40):
    rows = []
    for yy in range(h):
        row = []
        for xx in range(w):
            inside = 4 <= xx < 36 and 4 <= yy < 36
            row.extend((0, 82, 155) if inside else ((200, 160, 20) if yy > h - 5 else (255, 255, 255)))
        rows.append(row)
    return png(w, h, rows)


# ------------------------------------------------------------------ PDF
from fpdf import FPDF  # noqa: E402


class Doc(FPDF):
    pass


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


def para(pdf, text, lh=5.6, after=1.6, style="", align="J", x=None):
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


def lines(pdf, items, lh=5.6, x=None, style="", align="L"):
    pdf.set_font(pdf.F, style, pdf.S)
    for it in items:
        if x is not None:
            pdf.set_x(x)
        pdf.cell(0, lh, it, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)


def heading_para(pdf, head, text, lh=5.6):
    pdf.set_font(pdf.F, "B", pdf.S)
    pdf.cell(0, lh, head, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)
    para(pdf, text, lh=lh, after=2.5)


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


def sign_block(pdf, L, x=122, before=(), greet=("Hormat saya,",), mode="strokes", typed=None, below=(), lh=5.6):
    """place/date line(s), greeting, signature (strokes | png | none), typed name, lines below."""
    if pdf.get_y() > 225:
        pdf.add_page()
    for line in list(before) + list(greet):
        pdf.set_x(x)
        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    seed = sum(map(ord, L["name"]))
    if mode == "strokes":
        strokes(pdf, x + 4, y + 2, seed)
    elif mode == "png":
        pdf.image(io.BytesIO(signature_png(seed)), x=x, y=y + 1, w=42)
    pdf.set_y(y + 21)
    pdf.set_x(x)
    pdf.set_font(pdf.F, "BU" if mode != "none" else "B", pdf.S)
    pdf.cell(0, lh, typed or L["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)
    for line in below:
        pdf.set_x(x)
        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")


def pdf_bytes(pdf):
    return bytes(pdf.output())


def attach_mail(rel, L, att, att_type, fname, cover, name, addr, date_hdr, subject, note, division,
                style="gmail", cover_html=None, msgid=None, extra=()):
    m = new_msg(name, addr, date_hdr, subject, msgid or (gmail_id() if style == "gmail" else None), extra)
    m.set_content(cover, subtype="plain", charset="utf-8", cte="quoted-printable")
    if cover_html:
        m.add_alternative(cover_html, subtype="html", charset="utf-8", cte="quoted-printable")
    maintype, subtype = att_type.split("/")
    m.add_attachment(att, maintype=maintype, subtype=subtype, filename=fname)
    emit(rel, m, addr, bnd_style=style)
    rec(rel, "email_pdf", L, addr, note, division)


# ------------------------------------------------------------------ DOCX (stdlib zipfile)
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')


def x(s):
    return html.escape(s, quote=False)


def w_par(text="", bold=False, align=None, indent=None, after=120, tabs=None):
    ppr = f'<w:spacing w:after="{after}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if indent:
        ppr += f'<w:ind w:left="{indent}"/>'
    if tabs:
        ppr = "<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs) + "</w:tabs>" + ppr
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = []
    for i, chunk in enumerate(text.split("\t")):
        if i:
            runs.append(f"<w:r>{rpr}<w:tab/></w:r>")
        if chunk:
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{x(chunk)}</w:t></w:r>')
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def w_image_par(rid_, indent, cx=1620000, cy=540000):
    return (f'<w:p><w:pPr><w:spacing w:after="0"/><w:ind w:left="{indent}"/></w:pPr><w:r><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            '<wp:docPr id="1" name="Gambar 1" descr="tanda tangan"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="ttd.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid_}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')


def docx_bytes(body_xml, image=None, title="", author=""):
    files = {}
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    files["docProps/core.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{x(title)}</dc:title><dc:creator>{x(author)}</dc:creator><cp:lastModifiedBy>{x(author)}</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-10T20:14:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-11T01:02:00Z</dcterms:modified>'
        '</cp:coreProperties>')
    files["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>')
    files["word/styles.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style"/>'
        '<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '</w:styles>')
    rels = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/>')
    if image:
        files["word/media/image1.png"] = image
        rels += ('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
                 'Target="media/image1.png"/>')
    files["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
    files["word/document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document {W_NS}><w:body>{body_xml}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
        'w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                     "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] + \
                (["word/media/image1.png"] if image else []):
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 11, 8, 2, 0))
            zi.compress_type = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
            data = files[name]
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


# ------------------------------------------------------------------ email_plain
def plain_items():
    # p01 mutasi: formal bureaucratic, long passive sentences; identity in one sentence; title + NIP under the name
    L = L_(name="Drs. Sugeng Riyadi, M.Pd.",
           address="Jl. Raya Tretes No. 41, Kelurahan Petungasri, Kecamatan Pandaan, Kabupaten Pasuruan",
           service_description="Bahwa usul kenaikan pangkat reguler periode Oktober 2026 atas nama saya dari Pembina (IV/a) ke Pembina Tingkat I (IV/b) telah disampaikan melalui aplikasi SIASN pada tanggal 12 Juni 2026 dan oleh petugas verifikasi telah dinyatakan memenuhi syarat, namun hingga surat ini disampaikan Keputusan kenaikan pangkat dimaksud belum diterbitkan, sedangkan keputusan bagi pegawai lain dalam periode yang sama telah diserahkan pada bulan Oktober 2026 tanpa disertai penjelasan apa pun mengenai keterlambatan atas berkas saya.",
           loss="Bahwa oleh karena keterlambatan tersebut, penyesuaian gaji pokok yang seharusnya diterima terhitung mulai 1 Oktober 2026 belum dapat dibayarkan, dan usulan saya untuk mengikuti seleksi jabatan pengawas sekolah tidak dapat diproses karena persyaratan golongan IV/b belum terpenuhi.",
           requested_resolution="Sehubungan dengan hal tersebut, dimohon kiranya berkas usul kenaikan pangkat atas nama saya dapat ditelusuri dan Keputusan kenaikan pangkat diterbitkan dengan TMT 1 Oktober 2026, serta disampaikan penjelasan tertulis mengenai sebab keterlambatannya.",
           place="Pandaan", date="2026-12-07", phone="081230774190")
    t = f"""                                              Pandaan, 7 Desember 2026

Nomor    : -
Sifat    : Penting
Lampiran : -
Hal      : Pengaduan atas belum diterbitkannya Keputusan Kenaikan Pangkat

Kepada
Yth. Kepala Badan Kepegawaian dan Pengembangan
     Sumber Daya Manusia Kabupaten Pasuruan
di -
     BANGIL

Dengan hormat,

Yang bertanda tangan di bawah ini, {L['name']}, Kepala SMP Negeri 3 Pandaan, bertempat tinggal di {L['address']}, nomor telepon seluler 0812-3077-4190, dengan ini menyampaikan pengaduan sebagai berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian pengaduan ini disampaikan untuk dapat dipergunakan sebagaimana mestinya. Atas perhatian dan perkenan Bapak, diucapkan terima kasih.

                                              Hormat saya,


                                              {L['name']}
                                              Pembina
                                              NIP 19680312 199303 1 007
"""
    plain_mail("email_plain/p01.eml", L, "Drs. Sugeng Riyadi, M.Pd.", "sugeng.riyadi68@example.com",
               hdr_date("2026-12-07", "10:02:11"), "Pengaduan atas belum diterbitkannya SK Kenaikan Pangkat periode Oktober 2026",
               t, "formal bureaucratic, passive voice, 'Bahwa ...' paragraphs without labels; identity in one sentence; "
               "place/date top right; title and NIP (18 digits, not a NIK) under the name; complete", "mutasi",
               cte="quoted-printable")

    # p02 pengadaan: no headings at all, identity + story + loss + request in ONE paragraph; no place/date line
    L = L_(name="Nur Hidayati", address="Dusun Kebonsari RT 004 RW 002 Desa Gambirkuning Kecamatan Kraton",
           service_description="nama saya tidak tercantum dalam database pendataan tenaga non-ASN BKN, padahal saya sudah mengisi pendataan pada tahun 2022 dan memiliki bukti cetak kartu pendataan, dan ketika saya menanyakan ke BKPSDM pada bulan Oktober saya hanya diminta menunggu tanpa penjelasan.",
           loss="Akibatnya saya tidak bisa mendaftar seleksi PPPK tahap akhir tahun 2026 yang ditutup tanggal 20 November, padahal mungkin ini kesempatan terakhir saya untuk diangkat setelah dua belas tahun mengabdi.",
           requested_resolution="Saya mohon BKPSDM menelusuri dan memperbaiki data saya ke BKN dan memberi tahu saya apakah masih ada jalur pengangkatan yang bisa saya ikuti.",
           date="2026-12-01", phone="085731206648")
    t = (f"Kepada Yth. Petugas Pengaduan BKPSDM Kabupaten Pasuruan\n\n"
         f"Dengan hormat, saya {L['name']}, bidan honorer di Puskesmas Kraton sejak tahun 2014, alamat {L['address']}, "
         f"ingin menyampaikan bahwa {L['service_description']} {L['loss']} {L['requested_resolution']}\n\n"
         f"Salam hormat,\n{L['name']}\nHP 0857-3120-6648\n")
    plain_mail("email_plain/p02.eml", L, "Nur Hidayati", "nurhidayati.bidan@example.net",
               hdr_date("2026-12-01", "20:41:09"), "pengaduan data honorer", t,
               "one paragraph holds identity, story, loss and request (no headings, no line breaks); no place/date "
               "line (date from the Date: header)", "pengadaan")

    # p03 kompetensi: headings are questions
    L = L_(name="Rizky Amalia Putri, S.Farm.",
           address="Perumahan Gempol Sari Blok F-12, Desa Karangrejo, Kecamatan Gempol, Kabupaten Pasuruan",
           nik="3514065708980003", phone="081331942275",
           service_description="Saya sudah mengikuti Pelatihan Dasar (Latsar) CPNS angkatan XIV pada bulan Juli sampai September 2026 dan dinyatakan lulus, tetapi sampai hari ini sertifikat STTPP saya belum diterbitkan. Teman satu angkatan dari instansi lain sudah menerima sertifikatnya sejak bulan Oktober, sedangkan setiap saya tanyakan ke BKPSDM jawabannya selalu \"masih proses\".",
           loss="Tanpa STTPP, usulan pengangkatan saya dari CPNS menjadi PNS tidak bisa diajukan, sehingga saya masih menerima gaji 80 persen dan belum bisa mendapatkan tunjangan penuh.",
           requested_resolution="Saya minta sertifikat STTPP Latsar saya segera diterbitkan, atau setidaknya saya diberi tahu apa yang menghambat penerbitannya dan kapan perkiraan selesainya.",
           place="Gempol", date="2026-12-02")
    t = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan,

Perkenalkan, saya:
Nama     : {L['name']}
Alamat   : {L['address']}
NIK      : {L['nik']}
Telepon  : 0813 3194 2275

CPNS formasi 2025, penempatan di RSUD Bangil.

Apa yang terjadi?
{L['service_description']}

Apa kerugian saya?
{L['loss']}

Apa yang saya minta?
{L['requested_resolution']}

Gempol, 2 Desember 2026

Terima kasih,
Rizky Amalia Putri
"""
    plain_mail("email_plain/p03.eml", L, "Rizky Amalia Putri", "rizky.amaliaputri@example.org",
               hdr_date("2026-12-02", "13:27:52"), "Sertifikat Latsar belum terbit", t,
               "headings are questions (Apa yang terjadi? / Apa kerugian saya? / Apa yang saya minta?); closing "
               "'Terima kasih,' + name; training certificate although the loss names the CPNS->PNS appointment; complete",
               "kompetensi")

    # p04 pengadaan: widow; the request comes first, before identity and story; son's phone
    L = L_(name="Hj. Siti Marfu'ah", address="Jl. Sultan Agung Gang III No. 7, Kelurahan Kalianyar, Kecamatan Bangil",
           requested_resolution="saya mohon dengan sangat agar SK pensiun janda saya segera diterbitkan dan dikirimkan ke PT Taspen, supaya saya dapat mulai menerima pensiun almarhum suami saya bulan Januari nanti.",
           service_description="Berkas permohonan pensiun janda sudah saya serahkan lengkap ke loket BKPSDM pada tanggal 27 Agustus 2026, termasuk akta kematian dan surat nikah. Sampai sekarang, lebih dari tiga bulan, SK belum juga terbit, dan ketika anak saya menanyakan lewat telepon, petugas mengatakan berkasnya belum ditemukan.",
           loss="Sejak suami saya wafat, saya tidak lagi menerima uang pensiun sama sekali, sehingga saya harus bergantung pada anak-anak untuk biaya hidup dan obat darah tinggi saya.",
           place="Bangil", date="2026-12-03", phone="082144770931")
    t = f"""Assalamu'alaikum warahmatullahi wabarakatuh.

Bapak/Ibu di BKPSDM, {L['requested_resolution']}

Saya {L['name']}, janda dari almarhum Bapak Mochammad Ilyas, pensiunan guru SDN Kalianyar 1 yang wafat pada tanggal 4 Agustus 2026. Saya tinggal di {L['address']}.

{L['service_description']}

{L['loss']}

Nomor telepon anak saya yang bisa dihubungi: 0821-4477-0931 (Ahmad Fauzi).

Bangil, 3-12-2026

Wassalamu'alaikum warahmatullahi wabarakatuh,
{L['name']}
"""
    plain_mail("email_plain/p04.eml", L, "Siti Marfuah", "marfuah.ilyas@example.net",
               hdr_date("2026-12-03", "09:15:27"), "Mohon SK pensiun janda", wrap(t, 76),
               "request first (before identity and story); widow's pension; the only phone is her son's (taken as the "
               "contact phone); date 3-12-2026; wrapped at 76; complete", "pengadaan")

    # p05 mutasi: Javanese-Indonesian mix; the loss is only "four months without salary"
    L = L_(name="Slamet Widodo", address="Dusun Krajan RT 01 RW 03 Desa Parerejo, Kecamatan Purwodadi, Kab. Pasuruan",
           service_description="Saya pindah tugas dari Pemkab Malang ke Pemkab Pasuruan, pertimbangan teknis BKN sudah keluar bulan Juli 2026 dan sejak 1 September 2026 saya sudah masuk kerja di Kantor Kecamatan Purwodadi, tapi SK penempatan dari Bupati Pasuruan sampai sekarang belum terbit. Gaji saya di Malang sudah distop sejak Agustus, di Pasuruan belum bisa dibayar karena SK-nya belum ada.",
           loss="Jadi sudah empat bulan ini kulo ndak terima gaji blas.",
           requested_resolution="Nyuwun tulung SK penempatan saya segera diterbitkan dan gaji saya yang tertunda sejak Agustus bisa dibayarkan rapel.",
           place="Purwodadi", date="2026-12-09", phone="085646312208")
    t = f"""Nuwun sewu Bapak/Ibu petugas pengaduan BKPSDM,

Kulo {L['name']}, staf pelaksana di Kantor Kecamatan Purwodadi, griya kulo wonten {L['address']}. No HP/WA 0856-4631-2208.

Kulo badhe matur soal mutasi kulo. {L['service_description']}

{L['loss']}

{L['requested_resolution']}

Purwodadi, Rebo 9 Desember 2026

Matur nuwun sanget,
{L['name']}
"""
    plain_mail("email_plain/p05.eml", L, "Slamet Widodo", "slamet.widodo.pwd@example.com",
               hdr_date("2026-12-09", "19:20:03"), "Nyuwun tulung, SK mutasi kulo dereng terbit", t,
               "Javanese-Indonesian mix (Kulo, griya kulo wonten, nyuwun tulung, Rebo); the loss is only the number of "
               "months without salary; transfer between regencies; complete", "mutasi")

    # p06 kinerja: chatty, emoji; P.S. adds the phone; no address
    L = L_(name="Wulan Sari, S.Pd.",
           service_description="Jadi begini, sejak awal November akun e-Kinerja saya terkunci dan tidak bisa dipakai untuk mengisi realisasi SKP tahun 2026. Sudah tiga kali saya lapor lewat formulir helpdesk di website BKPSDM dan sekali datang langsung ke kantor, tapi jawabannya cuma \"nanti dibuka\", dan sampai sekarang belum dibuka juga.",
           loss="Kalau SKP saya kosong, nilai kinerja saya otomatis jadi \"sangat kurang\" dan itu bisa mempengaruhi perpanjangan kontrak PPPK saya tahun depan. Terus terang saya jadi nggak bisa tidur mikirin ini.",
           requested_resolution="Mohon akun e-Kinerja saya segera dibuka kembali, dan kalau bisa batas pengisian untuk saya diperpanjang karena keterlambatan ini bukan kesalahan saya.",
           place="Sukorejo", date="2026-12-10", phone="083855671420")
    t = f"""Selamat malam Bapak/Ibu admin pengaduan 🙏

Perkenalkan saya {L['name']}, guru PPPK di SMPN 1 Sukorejo. Maaf mengganggu malam-malam, saya mau menyampaikan keluhan soal e-Kinerja.

{L['service_description']}

Batas pengisian SKP akhir tahun tinggal dua minggu lagi. {L['loss']}

{L['requested_resolution']}

Terima kasih banyak sebelumnya.

Sukorejo, 10 Des 2026
Salam,
Wulan Sari

P.S. Kalau perlu konfirmasi, nomor WA saya 0838-5567-1420, aktif jam berapa pun 😊
"""
    plain_mail("email_plain/p06.eml", L, "Wulan Sari", "wulansari.guru@example.com",
               hdr_date("2026-12-10", "21:05:33"), "Akun e-Kinerja terkunci 🙁", t,
               "chatty with emoji; the phone is only in a P.S. after the signature; no address; '10 Des 2026'; "
               "SKP although PPPK contract is named", "kinerja")

    # p07 kinerja: the mail signature carries an office address that differs from the letter's home address
    L = L_(name="Bambang Hermanto, S.E.",
           address="Jl. Kenari No. 15, Perumahan Bangil Permai, Desa Raci, Kecamatan Bangil",
           service_description="Pada bulan Maret 2026 kantor kami telah mengusulkan nama saya untuk menerima Satyalancana Karya Satya XX Tahun melalui BKPSDM, dengan masa kerja dan persyaratan yang sudah memenuhi. Pada daftar penerima yang diumumkan bulan Agustus 2026 nama saya tidak ada, sedangkan rekan satu angkatan dengan berkas yang sama tercantum. Sampai sekarang tidak ada pemberitahuan dari BKPSDM mengapa usulan saya tidak diteruskan.",
           loss="Saya kehilangan kesempatan menerima penghargaan tahun ini, dan karena Satyalancana menjadi salah satu nilai tambah dalam seleksi jabatan administrator yang saya ikuti, nilai saya lebih rendah dari peserta lain.",
           requested_resolution="Saya mohon BKPSDM memeriksa kembali berkas usulan saya, menjelaskan secara tertulis alasan tidak diteruskannya usulan tersebut, dan mengikutsertakan saya pada usulan periode berikutnya.",
           place="Bangil", date="2026-11-30", phone="081553102286")
    t = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,

Saya yang bertanda tangan di bawah ini:
Nama          : {L['name']}
NIP           : 19790622 200501 1 009
Jabatan       : Analis Keuangan, Dinas Pertanian Kabupaten Pasuruan
Alamat rumah  : {L['address']}
No. HP        : 0815-5310-2286

menyampaikan pengaduan mengenai tanda kehormatan Satyalancana Karya Satya.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian, atas perhatian Bapak saya ucapkan terima kasih.

Bangil, 30 November 2026
Hormat saya,
Bambang Hermanto

-- 
Bambang Hermanto, S.E.
Subbagian Keuangan - Dinas Pertanian Kabupaten Pasuruan
Jl. Gajah Mada No. 18, Bangil, Pasuruan 67153
Telp. (0343) 741208 | www.pertanian.example.org
"""
    plain_mail("email_plain/p07.eml", L, "Bambang Hermanto", "b.hermanto@example.org",
               hdr_date("2026-11-30", "11:48:20"), "Pengaduan usulan Satyalancana Karya Satya", wrap(t, 72),
               "mail signature ('-- ') with the office address and office phone; the letter's 'Alamat rumah' is the "
               "complainant's address and its HP the phone; award -> kinerja although a jabatan selection is named; "
               "wrapped at 72; complete", "kinerja", cte="7bit")

    # p08 sekretariat: anonymous report of illegal fees in the rank-promotion service
    L = L_(service_description="Pada periode kenaikan pangkat Oktober 2026, beberapa teman di kantor kami dihubungi oleh seseorang yang mengaku \"orang dalam\" BKPSDM. Orang tersebut menawarkan agar SK kenaikan pangkat bisa keluar lebih cepat dengan membayar Rp 1.500.000 per orang, ditransfer ke rekening pribadi. Yang tidak membayar, berkasnya dikembalikan berkali-kali dengan alasan yang berbeda-beda.",
           loss="Saya sendiri sudah terlanjur membayar karena takut berkas saya ditolak lagi, dan sampai sekarang uang itu tidak kembali dan SK saya pun belum keluar.",
           requested_resolution="Tolong praktik ini diusut tuntas, rekening penerima ditelusuri, dan pelayanan kenaikan pangkat dibuat transparan supaya tidak ada lagi pegawai yang diperas.",
           place="Bangil", date="2026-12-04", signed=False)
    t = f"""Kepada Yth. Tim Pengaduan BKPSDM Kab. Pasuruan

Mohon maaf saya tidak mencantumkan nama, karena saya masih bekerja di salah satu OPD dan takut urusan kepegawaian saya dipersulit.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Bangil, 4 Desember 2026

Terima kasih.
"""
    plain_mail("email_plain/p08.eml", L, "ASN Pasuruan", "asn.resah2026@example.net",
               hdr_date("2026-12-04", "23:12:48"), "Laporan pungli kenaikan pangkat", t,
               "anonymous (display name 'ASN Pasuruan' is not a person); has a place/date line; 'Terima kasih.' without "
               "a name is unsigned; illegal fee in the kenaikan pangkat service -> sekretariat", "sekretariat")

    # p09 mutasi: village head; village letterhead above, his home address in the identity sentence
    L = L_(name="H. Abdul Rochim", address="Dusun Tegalsari RT 03 RW 05, Desa Jatiarjo, Kecamatan Prigen, Kabupaten Pasuruan",
           service_description="Pada bulan Oktober 2026 dua orang guru PNS di SDN Jatiarjo 3, yang terletak di Dusun Tegalsari dan hanya bisa dicapai dengan jalan tanah, dimutasi ke sekolah di wilayah kota tanpa ada guru pengganti. Sekarang sekolah tersebut hanya memiliki kepala sekolah dan satu guru honorer untuk enam kelas. Kami tidak pernah diajak bicara ataupun diberi tahu sebelumnya.",
           loss="Sejak saat itu murid kelas 1 sampai kelas 3 hanya masuk sekolah tiga hari dalam seminggu, dan beberapa orang tua sudah memindahkan anaknya ke sekolah lain yang jaraknya lebih dari tujuh kilometer.",
           requested_resolution="Kami mohon BKPSDM meninjau kembali mutasi tersebut atau segera menempatkan paling sedikit dua guru pengganti di SDN Jatiarjo 3 sebelum semester genap dimulai.",
           place="Jatiarjo", date="2026-12-07", phone="085233007715")
    t = f"""PEMERINTAH KABUPATEN PASURUAN
KECAMATAN PRIGEN
DESA JATIARJO
Jl. Raya Jatiarjo No. 1, Prigen, Pasuruan 67157
======================================================

                                         Jatiarjo, 7 Desember 2026

Nomor   : 140/212/424.316.4/2026
Perihal : Pengaduan mutasi guru SDN Jatiarjo 3

Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,

Saya, {L['name']}, Kepala Desa Jatiarjo, beralamat di {L['address']}, nomor HP 0852 3300 7715, menyampaikan pengaduan warga kami sebagai berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian atas perhatian dan kebijaksanaan Bapak, kami sampaikan terima kasih.

                                         Kepala Desa Jatiarjo,


                                         H. ABDUL ROCHIM
"""
    plain_mail("email_plain/p09.eml", L, "Kepala Desa Jatiarjo", "kades.jatiarjo@example.com",
               hdr_date("2026-12-08", "08:37:15"), "Pengaduan mutasi guru SDN Jatiarjo 3", t,
               "village head; village letterhead address above, his home address in the identity sentence (the home "
               "address is the complainant's); letter dated the day before the mail; closing = role + name in capitals; "
               "teachers transferred -> mutasi; complete", "mutasi")

    # p10 kinerja: a lawyer for his client; law-office letterhead; numbered 'Bahwa' points
    L = L_(name="Anton Setiawan, S.H., M.H.",
           address="Jl. Hayam Wuruk No. 27, Kelurahan Kolursari, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Bahwa klien kami telah dijatuhi hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 9 (sembilan) bulan berdasarkan keputusan yang diterima pada tanggal 16 November 2026, tanpa didahului pemanggilan dan pemeriksaan sebagaimana diwajibkan oleh Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, dan tanpa diberikan salinan berita acara pemeriksaan meskipun telah diminta secara tertulis.",
           loss="Bahwa akibat penjatuhan hukuman disiplin tersebut klien kami kehilangan penghasilan kurang lebih Rp 1.100.000 setiap bulan, namanya tercoreng di lingkungan kerja, dan kesempatannya mengikuti seleksi jabatan tahun 2027 tertutup.",
           requested_resolution="Bahwa berdasarkan hal-hal tersebut, kami memohon agar BKPSDM Kabupaten Pasuruan memeriksa kembali proses penjatuhan hukuman disiplin tersebut, memberikan salinan berita acara pemeriksaan kepada klien kami, dan menangguhkan pelaksanaan hukuman sampai proses pemeriksaan dilakukan sesuai ketentuan.",
           place="Bangil", date="2026-12-11", phone="081134702569")
    t = f"""KANTOR HUKUM ANTON SETIAWAN & REKAN
Advokat dan Konsultan Hukum
{L['address']}
Telp. (0343) 745 118 | HP 0811-3470-2569

Bangil, 11 Desember 2026

Nomor    : 047/ASR/XII/2026
Lampiran : Surat Kuasa Khusus (1 berkas)
Perihal  : Pengaduan atas penjatuhan hukuman disiplin terhadap klien kami

Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Pasuruan
Komplek Perkantoran Jl. Raya Raci KM. 9 Bangil
Pasuruan 67153

Dengan hormat,

Kami yang bertanda tangan di bawah ini, {L['name']}, Advokat pada Kantor Hukum Anton Setiawan & Rekan, berkantor di {L['address']}, berdasarkan Surat Kuasa Khusus tertanggal 2 Desember 2026 bertindak untuk dan atas nama klien kami, Sdr. Bagus Prihantoro, S.T., NIP 19850917 201001 1 012, Pengelola Pengadaan Barang/Jasa pada Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Pasuruan, dengan ini menyampaikan pengaduan sebagai berikut:

1. {L['service_description']}

2. {L['loss']}

3. {L['requested_resolution']}

Demikian pengaduan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Kuasa Hukum Sdr. Bagus Prihantoro,


{L['name']}
"""
    plain_mail("email_plain/p10.eml", L, "Anton Setiawan, S.H., M.H.", "anton.setiawan@hukum.example.com",
               hdr_date("2026-12-11", "15:30:42"), "Pengaduan atas penjatuhan hukuman disiplin (klien: Bagus Prihantoro)",
               t, "lawyer writing for his client: the complainant is the lawyer who signs (office address = his address "
               "of record, HP not the office line); client's NIP is not a NIK; agency address as inside address; "
               "'Pengadaan Barang/Jasa' is the client's job title, topic is discipline; complete", "kinerja",
               cte="quoted-printable")

    # p11 kompetensi: WhatsApp-style chat; no place line, unsigned
    L = L_(name="Dimas Aditya Pratama", address="Perum Grati Indah blok B no 9, desa Kalipang, kec. Grati",
           service_description="jadi gini min, saya sudah lulus S1 Administrasi Negara bulan maret kemarin dan udah ngajuin pencantuman gelar dari bulan april, semua berkas udah lengkap (ijazah legalisir, transkrip, izin belajar, akreditasi prodi). tapi sampai sekarang SK pencantuman gelar saya belum keluar, tiap ditanya katanya \"antri\". temen yg ngajuin bulan juni malah udah keluar duluan.",
           loss="gara2 itu saya nggak bisa ikut usul kenaikan pangkat penyesuaian ijazah periode april 2027, padahal syaratnya SK gelar harus udah ada bulan desember ini. rugi banget min, harusnya naik ke golongan III/a.",
           requested_resolution="tolong dong dicek berkas saya nyangkut dimana, dan SK pencantuman gelarnya diterbitkan sebelum akhir desember biar masih sempat.",
           date="2026-12-05", phone="089677210054", signed=False)
    t = f"""pagi min, mau tanya sekaligus komplain ya 🙏

saya {L['name']}, staf TU di SMAN 1 Grati, rumah di {L['address']}. hp 0896 7721 0054

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

makasih min
"""
    plain_mail("email_plain/p11.eml", L, "dimas aditya", "dimasaditya.p@example.com",
               hdr_date("2026-12-05", "10:14:52"), "komplain SK pencantuman gelar", t,
               "WhatsApp-style lower case; display name shorter than the name in the text; no place/date line; "
               "'makasih min' is not a signed closing; degree recognition -> kompetensi although kenaikan pangkat is "
               "the consequence", "kompetensi")

    # p12 sekretariat: a retiree's daughter; wheelchair, no ramp, officer refuses; facilities + conduct
    L = L_(name="Yuni Kartika", address="Dusun Krajan RT 002 RW 001 Desa Pasrepan, Kecamatan Pasrepan, Kabupaten Pasuruan",
           service_description="Pada hari Kamis, 10 Desember 2026, saya mengantar ayah saya yang memakai kursi roda ke kantor BKPSDM untuk legalisir SK pensiun dan pemutakhiran data. Di gedung pelayanan tidak ada jalur landai (ramp) maupun lift, sehingga ayah saya harus digotong oleh saya dan seorang tukang parkir menaiki tangga ke lantai dua. Ketika saya meminta agar petugas turun melayani di lantai bawah, petugas menjawab \"itu bukan tugas saya\" dan menyuruh kami menunggu giliran seperti biasa selama hampir dua jam.",
           loss="Ayah saya kelelahan dan sempat sesak napas setelah kejadian itu, dan kami berdua merasa diperlakukan tidak manusiawi.",
           requested_resolution="Saya mohon BKPSDM menyediakan jalur landai atau layanan di lantai dasar untuk lansia dan penyandang disabilitas, serta menegur petugas yang bersangkutan.",
           place="Pasrepan", date="2026-12-13", phone="085336198870")
    t = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,

Nama saya {L['name']}, anak dari Bapak Soenarjo (pensiunan PNS Dinas Pendidikan, 78 tahun). Alamat saya {L['address']}, nomor HP 0853-3619-8870.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian pengaduan saya. Terima kasih atas perhatiannya.

Pasrepan, 13 Desember 2026
Hormat saya,

{L['name']}
"""
    plain_mail("email_plain/p12.eml", L, "Yuni Kartika", "yuni.kartika@example.net",
               hdr_date("2026-12-14", "07:55:31"), "Pengaduan pelayanan untuk pensiunan berkursi roda", t,
               "retiree's daughter writes in her own name; no ramp + officer refusing -> sekretariat although a pension "
               "SK is named; letter dated the day before the mail (Sunday); complete", "sekretariat")

    # p13 kompetensi: formal passive voice, identity table, no name after the place/date line
    L = L_(name="Eko Budi Santoso, S.Kom.", nik="3514121803870002",
           address="Dusun Sumbersari RT 005 RW 002, Desa Kejayan, Kecamatan Kejayan, Kabupaten Pasuruan",
           service_description="Permohonan izin belajar program Magister Ilmu Komputer pada Universitas Brawijaya telah diajukan melalui perangkat daerah pada tanggal 8 Juli 2026 dengan kelengkapan berkas yang telah dinyatakan lengkap oleh pengelola kepegawaian, namun sampai dengan disampaikannya pengaduan ini Surat Izin Belajar dimaksud belum diterbitkan, sementara perkuliahan telah dimulai sejak tanggal 7 September 2026 dan tidak pernah diberikan penjelasan mengenai kendala yang dihadapi.",
           loss="Akibat belum diterbitkannya Surat Izin Belajar tersebut, pihak perguruan tinggi telah memberikan peringatan bahwa status mahasiswa akan dibekukan apabila surat dimaksud tidak diserahkan sebelum akhir semester, sehingga biaya kuliah semester pertama sebesar Rp 9.500.000 yang telah dibayarkan terancam hangus.",
           requested_resolution="Oleh karena itu dimohon agar Surat Izin Belajar segera diterbitkan paling lambat tanggal 31 Desember 2026, atau apabila terdapat kekurangan persyaratan agar disampaikan secara tertulis.",
           place="Kejayan", date="2026-12-14", phone="085815403396", signed=False)
    t = f"""Kepada Yth.
Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
Kabupaten Pasuruan
di Bangil

Perihal: Pengaduan atas belum diterbitkannya Surat Izin Belajar

Dengan hormat,

Bersama ini disampaikan pengaduan oleh:
Nama      : {L['name']}
NIK       : {L['nik']}
Alamat    : {L['address']}
Pekerjaan : Pranata Komputer Ahli Pertama, Sekretariat DPRD Kabupaten Pasuruan
Telepon   : 0858-1540-3396

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian disampaikan, atas perhatiannya diucapkan terima kasih.

Kejayan, 14 Desember 2026
"""
    plain_mail("email_plain/p13.eml", L, "Eko Budi Santoso", "ekobudi.s@example.org",
               hdr_date("2026-12-15", "09:40:06"), "Pengaduan Surat Izin Belajar", t,
               "formal passive voice; ends with the place/date line and no closing name -> unsigned; letter dated the "
               "day before the mail", "kompetensi", cte="base64")


# ------------------------------------------------------------------ email_mime
def alt_mail(rel, L, name, addr, date_hdr, subject, text, html_, note, division, style="gmail", text_cte="quoted-printable",
             html_cte="quoted-printable", cs="utf-8", text_params=None, msgid=None, extra=(), email_addr=None):
    m = new_msg(name, addr, date_hdr, subject, msgid, extra)
    m.set_content(text, subtype="plain", charset=cs, cte=text_cte, params=text_params)
    m.add_alternative(html_, subtype="html", charset=cs, cte=html_cte)
    emit(rel, m, addr, bnd_style=style)
    rec(rel, "email_mime", L, email_addr or addr, note, division)


def mime_items():
    # m01 pengadaan: Gmail alternative; labels Kronologi / Kerugian / Harapan saya; +62 phone; 17-digit test number
    L = L_(name="Fajar Nugroho, S.T.",
           address="Dusun Kebonagung RT 01 RW 04, Desa Pandean, Kecamatan Rembang, Kabupaten Pasuruan",
           service_description="Pada pengumuman hasil integrasi SKD dan SKB tanggal 20 November 2026, nama saya tercantum dengan keterangan P/L (lulus) untuk formasi Ahli Pertama - Teknik Jalan dan Jembatan. Namun pada tanggal 25 November 2026 terbit pengumuman ralat, dan nama saya diganti oleh peserta lain tanpa penjelasan apa pun. Ketika saya menghubungi helpdesk seleksi, saya hanya dijawab bahwa ralat tersebut \"sudah sesuai sistem\".",
           loss="Setelah pengumuman pertama, saya sudah mengundurkan diri dari pekerjaan saya di sebuah perusahaan kontraktor di Surabaya untuk mempersiapkan pemberkasan, sehingga sekarang saya tidak memiliki penghasilan.",
           requested_resolution="Saya mohon BKPSDM memberikan penjelasan tertulis tentang dasar ralat pengumuman tersebut, termasuk rincian nilai saya dan peserta pengganti, dan meninjau kembali keputusan itu apabila terdapat kekeliruan.",
           place="Rembang", date="2026-12-02", phone="081259043317")
    t = f"""Kepada Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya peserta seleksi CPNS Pemerintah Kabupaten Pasuruan tahun 2026 dengan data sebagai berikut:

Nama lengkap  : {L['name']}
Nomor peserta : 26350140230000417
Alamat        : {L['address']}
HP/WA         : +62 812-5904-3317

Kronologi:
{L['service_description']}

Kerugian:
{L['loss']}

Harapan saya:
{L['requested_resolution']}

Rembang, 2 Desember 2026

Hormat saya,
Fajar Nugroho
"""
    alt_mail("email_mime/m01.eml", L, "Fajar Nugroho", "fajarnugroho.95@example.com", hdr_date("2026-12-02", "16:03:29"),
             "Pengaduan ralat pengumuman kelulusan CPNS 2026", t, gmail_html(t),
             "Gmail alternative (QP); labels Kronologi / Kerugian / Harapan saya; +62 phone; 17-digit test number "
             "(not a NIK); CPNS selection; complete", "pengadaan", msgid=gmail_id())

    # m02 mutasi: Outlook windows-1252 QP, curly quotes, en dash; no loss paragraph
    L = L_(name="Endah Wahyuni, S.KM.",
           address="Jl. Raya Prigen No. 88, Kelurahan Pecalukan, Kecamatan Prigen, Kabupaten Pasuruan",
           service_description="Saya telah mengikuti uji kompetensi perpindahan jabatan dari jabatan pelaksana ke jabatan fungsional Administrator Kesehatan Ahli Muda pada bulan Juni 2026 dan dinyatakan \u201clulus\u201d berdasarkan pengumuman tanggal 15 Juli 2026. Menurut jadwal, pelantikan dilaksanakan paling lambat bulan Oktober 2026, namun hingga saat ini SK pengangkatan dalam jabatan fungsional saya belum diterbitkan \u2013 sementara dua rekan dari Dinas Kesehatan yang lulus bersama saya sudah dilantik pada 21 Oktober 2026.",
           requested_resolution="Mohon kiranya BKPSDM dapat menjelaskan kendala penerbitan SK saya dan menjadwalkan pelantikan saya pada kesempatan pertama.",
           place="Prigen", date="2026-12-03", phone="081216485530")
    t = f"""Yth. Bapak/Ibu Tim Pengaduan BKPSDM Kabupaten Pasuruan,

Dengan hormat,

Saya yang bertanda tangan di bawah ini:
Nama    : {L['name']}
Alamat  : {L['address']}
HP      : 0812 1648 5530

Bermaksud menyampaikan pengaduan terkait pengangkatan dalam jabatan fungsional.

Uraian pengaduan:
{L['service_description']}

Permohonan:
{L['requested_resolution']}

Prigen, 3 Desember 2026

Hormat saya,
Endah Wahyuni
Puskesmas Prigen
"""
    alt_mail("email_mime/m02.eml", L, "Endah Wahyuni", "endah.wahyuni@pkm-prigen.example.org",
             hdr_date("2026-12-03", "14:22:08"), "Pengaduan SK jabatan fungsional \u2013 Endah Wahyuni", t, outlook_html(t),
             "Outlook alternative, windows-1252 QP in both parts, curly quotes and en dash, Q-encoded subject; "
             "'uji kompetensi' is the route, the complaint is the appointment to a jabatan -> mutasi; no loss",
             "mutasi", style="outlook", cs="windows-1252",
             extra=(("Thread-Topic", "Pengaduan SK jabatan fungsional"), ("Thread-Index", "AQHbZ" + rid(22, ALNUM) + "=="),
                    ("Content-Language", "id-ID"), ("X-MS-Has-Attach", "")))

    # m03 pengadaan: multipart/mixed; the text/plain part is the letter, a text/html part is only a provider ad
    L = L_(name="Ahmad Zainuri",
           service_description="Saya mau menyampaikan bahwa sampai sekarang SK pengangkatan PPPK dan perjanjian kerja saya belum diserahkan, padahal teman-teman yang lulus bersamaan di kecamatan lain sudah menerima SK dan sudah menerima gaji PPPK sejak bulan Oktober. Waktu saya tanya ke BKPSDM, katanya SK saya \"tertahan\" tanpa dijelaskan alasannya.",
           loss="Akibatnya saya masih dibayar sebagai honorer sebesar Rp 400.000 per bulan dari dana BOS, padahal seharusnya saya sudah menerima gaji PPPK sejak Oktober 2026.",
           requested_resolution="Saya mohon SK pengangkatan PPPK saya segera diserahkan dan gaji saya sejak bulan Oktober dibayarkan sesuai ketentuan.",
           place="Lekok", date="2026-12-04", phone="083130557190")
    t = f"""Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

Assalamu'alaikum wr. wb.

Saya {L['name']}, guru honorer di SDN Jatirejo 2 Lekok yang sudah dinyatakan lulus seleksi PPPK Guru tahun 2025 dan sudah mendapat nomor induk PPPK. No. HP saya 0831-3055-7190.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Lekok, 4 Desember 2026

Wassalamu'alaikum wr. wb.
{L['name']}
"""
    ad = ('<html><body><table width="100%" style="border-top:1px solid #ccc;font-family:Arial;font-size:11px;color:#666">'
          '<tr><td><b>MailKu</b> &ndash; email gratis 15 GB untuk keluarga Indonesia. '
          '<a href="https://mailku.example.net/premium">Upgrade ke Premium diskon 50%</a> sampai 31 Desember!</td></tr>'
          '<tr><td>Iklan: Pinjaman cepat cair tanpa agunan untuk ASN &amp; PPPK, bunga mulai 0,9% per bulan. '
          'Hubungi WA 0877-0000-8080. Syarat dan ketentuan berlaku.</td></tr>'
          '<tr><td><a href="https://mailku.example.net/app">Unduh aplikasi MailKu</a> | '
          '<a href="https://mailku.example.net/unsub">Berhenti menerima promo</a></td></tr></table></body></html>\n')
    addr = "zainuri.ahmad@mailku.example.net"
    m = new_msg("Ahmad Zainuri", addr, hdr_date("2026-12-04", "12:44:10"), "SK PPPK saya belum diserahkan",
                extra=(("X-Mailer", "MailKu Webmail 3.2"),))
    m.set_content(t, subtype="plain", charset="utf-8", cte="quoted-printable")
    m.make_mixed()
    m.attach(text_part(ad, "html", cte="quoted-printable"))
    emit("email_mime/m03.eml", m, addr, bnd_style="other")
    rec("email_mime/m03.eml", "email_mime", L, addr,
        "multipart/mixed: text/plain = the letter, a second inline text/html part = provider ad with its own WA number; "
        "no address; PPPK appointment", "pengadaan")

    # m04 kinerja: forwarded by a colleague (school HR operator); the original letter inside the forward
    L = L_(name="Sulastri, S.Pd.", nik="3514024609760001",
           address="Jl. Mawar No. 5 RT 02 RW 06, Kelurahan Dermo, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Setelah menjalani operasi pada bulan September 2026, saya mengajukan cuti sakit selama dua bulan (21 September - 20 November 2026) dengan melampirkan surat keterangan dokter dari RSUD Bangil. Berkas diterima oleh BKPSDM pada tanggal 23 September 2026, tetapi surat izin cuti sakit tidak pernah terbit, dan di aplikasi presensi saya tercatat \"tanpa keterangan\" selama masa cuti tersebut.",
           loss="Karena tercatat tanpa keterangan, TPP saya bulan Oktober dan November tidak dibayarkan, sekitar Rp 2.400.000, dan saya mendapat surat teguran dari kepala sekolah.",
           requested_resolution="Saya mohon surat izin cuti sakit saya segera diterbitkan dengan tanggal berlaku sesuai permohonan, data presensi saya diperbaiki, dan TPP yang tidak dibayarkan dikembalikan.",
           place="Bangil", date="2026-11-30", phone="081335920147")
    letter = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama   : {L['name']}
NIK    : {L['nik']}
Alamat : {L['address']}
HP     : 0813-3592-0147

Guru IPA di SMPN 2 Bangil, menyampaikan pengaduan sebagai berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Bangil, 30 November 2026

Hormat saya,
Sulastri"""
    top = ("Selamat pagi,\n\nMohon izin meneruskan pengaduan dari rekan kami, Ibu Sulastri, yang hari Senin lalu terkirim "
           "ke alamat email lama BKPSDM. Terima kasih.\n\nSalam,\nRudi Cahyono\nOperator Kepegawaian SMPN 2 Bangil\n")
    fwd_hdr = ("---------- Forwarded message ---------\nFrom: Sulastri <sulastri.guru@example.net>\n"
               "Date: Mon, Nov 30, 2026 at 8:16\u202fPM\nSubject: Pengaduan surat cuti sakit\nTo: <bkpsdm.pasuruan@example.org>\n")
    t = top + "\n" + fwd_hdr + "\n\n" + letter + "\n"
    h = ('<div dir="ltr">' + "".join(("<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>") for ln in top.split("\n")) +
         '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
         'From: <strong class="gmail_sendername" dir="auto">Sulastri</strong> <span dir="auto">&lt;<a href="mailto:sulastri.guru@example.net">'
         'sulastri.guru@example.net</a>&gt;</span><br>Date: Mon, Nov 30, 2026 at 8:16\u202fPM<br>Subject: Pengaduan surat cuti sakit<br>'
         'To: &lt;<a href="mailto:bkpsdm.pasuruan@example.org">bkpsdm.pasuruan@example.org</a>&gt;<br></div><br><br>'
         + gmail_html(letter) + "</div></div>\n")
    alt_mail("email_mime/m04.eml", L, "Rudi Cahyono", "rudi.cahyono.smpn2@example.com", hdr_date("2026-12-02", "08:10:44"),
             "Fwd: Pengaduan surat cuti sakit", t, h,
             "Gmail forward by a colleague: the complainant is the original writer inside the forward (name, address, "
             "NIK, date 30 Nov); email = outer From: (the colleague); sick leave -> kinerja although TPP is named; complete",
             "kinerja", msgid=gmail_id())

    # m05 sekretariat: HTML-only webmail, base64; widow dictating to her grandchild; illegal fee for widow's pension
    L = L_(name="Tumini",
           service_description="Bulan kemarin saya ngurus pensiun janda di kantor BKPSDM. Di loket saya dimintai uang sama petugas yang bilang bisa mempercepat SK, katanya buat \"uang lelah\" Rp 750.000, lha kalau ndak bayar berkas kulo cuma ditumpuk. Saya ndak dikasih kuitansi apa-apa.",
           loss="Uang segitu kulo utang ke tetangga, Pak. Kulo niki cuma randha, ndak punya penghasilan sendiri.",
           requested_resolution="Kulo nyuwun uang itu dikembalikan, dan petugas yang seperti itu ditegur, supaya ndak ada orang lain yang ngalami seperti saya.",
           date="2026-12-06", phone="082230184465")
    body = [f"Assalamualaikum, Bapak Ibu BKPSDM.",
            f"Kulo {L['name']}, randha almarhum Pak Sunarto pensiunan guru SD Kejapanan. Niki sing nyerat putu kulo, kulo sing dikte. No hp kulo 0822 3018 4465.",
            L["service_description"], L["loss"], L["requested_resolution"], "Matur suwun,<br>\nMbah Tumini"]
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
         + "".join(f"<p>{esc(b) if '<br>' not in b else b}</p>\n" for b in body) + "</div></body></html>\n")
    addr = "tumini.1958@example.com"
    m = new_msg("Tumini", addr, hdr_date("2026-12-06", "19:47:55"), "Pengaduan pungutan pensiun janda",
                extra=(("X-Mailer", "Zimbra 10.0.8_GA_4518 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4518)"),))
    m.set_content(h, subtype="html", charset="utf-8", cte="base64")
    emit("email_mime/m05.eml", m, addr)
    rec("email_mime/m05.eml", "email_mime", L, addr,
        "HTML-only Zimbra webmail, base64; Javanese-Indonesian mix; a widow dictating to her grandchild (the widow is "
        "the complainant); closing 'Mbah Tumini' = signed; illegal fee for a widow's pension -> sekretariat; no address, "
        "no place line", "sekretariat")

    # m06 mutasi: Outlook alternative with related(html, logo); formal; title + NIP under the name
    L = L_(name="Ir. Hadi Purnomo, M.T.",
           address="Perumahan Taman Candi Residence Blok A2 No. 6, Desa Candiwates, Kecamatan Prigen, Kabupaten Pasuruan",
           service_description="Seleksi terbuka Jabatan Pimpinan Tinggi Pratama Kepala Dinas Pekerjaan Umum dan Penataan Ruang yang diikuti oleh saya telah dilaksanakan pada bulan September hingga Oktober 2026, akan tetapi hasil akhir seleksi beserta tiga nama terbaik tidak pernah diumumkan kepada peserta sebagaimana diatur dalam ketentuan sistem merit, sedangkan pada tanggal 27 November 2026 telah dilakukan pelantikan pejabat yang tidak tercantum dalam pengumuman hasil asesmen tahap sebelumnya.",
           loss="Sebagai akibatnya, kepercayaan peserta terhadap objektivitas seleksi telah dirugikan, dan nama baik saya sebagai peserta yang dinyatakan lolos tahap asesmen turut dipertanyakan oleh rekan kerja dan bawahan.",
           requested_resolution="Sehubungan dengan hal tersebut, dimohon agar hasil akhir seleksi beserta nilai setiap peserta diumumkan secara terbuka dan dilakukan klarifikasi tertulis atas dasar penetapan pejabat yang dilantik.",
           place="Bangil", date="2026-12-07", phone="081136029184")
    t = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
selaku Sekretariat Panitia Seleksi Terbuka JPT Pratama
di Bangil

Perihal: Pengaduan atas tidak diumumkannya hasil akhir seleksi terbuka JPT Pratama

Dengan hormat,

Yang bertanda tangan di bawah ini:
Nama    : {L['name']}
Jabatan : Kepala Bidang Bina Marga, Dinas PUPR Kabupaten Pasuruan
Alamat  : {L['address']}
Telepon : 0811-3602-9184

dengan ini menyampaikan pengaduan sebagai berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian disampaikan, atas perhatiannya diucapkan terima kasih.

Bangil, 7 Desember 2026
Hormat saya,

{L['name']}
Pembina Utama Muda (IV/c)
NIP 19710405 199703 1 004
"""
    sig_img = ('\n<p class=MsoNormal><img width=120 height=40 style="width:1.25in;height:.4166in" '
               'id="Picture_x0020_1" src="cid:image001.png@01DB4B2C.5E3F7A10" alt="Logo Pemkab Pasuruan"><o:p></o:p></p>')
    addr = "hadi.purnomo@example.org"
    m = new_msg("Ir. Hadi Purnomo, M.T.", addr, hdr_date("2026-12-07", "16:45:37"),
                "Pengaduan hasil seleksi terbuka JPT Pratama Kepala Dinas PUPR",
                f"<SG2PR06MB{rnd.randint(1000, 9999)}{rid(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}@SG2PR06MB5312.apcprd06.prod.outlook.com>",
                extra=(("Thread-Topic", "Pengaduan hasil seleksi terbuka JPT Pratama Kepala Dinas PUPR"),
                       ("Thread-Index", "AQHbZ" + rid(22, ALNUM) + "=="), ("Content-Language", "id-ID"),
                       ("X-MS-Has-Attach", "yes")))
    m.set_content(t, subtype="plain", charset="utf-8", cte="quoted-printable")
    m.add_alternative(outlook_html(t, cs="utf-8", extra_body=sig_img), subtype="html", charset="utf-8",
                      cte="quoted-printable")
    m.get_payload()[1].add_related(logo_png(), "image", "png", cid="<image001.png@01DB4B2C.5E3F7A10>",
                                   filename="image001.png")
    emit("email_mime/m06.eml", m, addr, bnd_style="outlook")
    rec("email_mime/m06.eml", "email_mime", L, addr,
        "Outlook alternative(text, related(html, logo PNG)); formal passive voice; rank and NIP under the name; "
        "open selection for a top post -> mutasi although 'asesmen' is named; complete", "mutasi")

    # m07 kinerja: English from a daughter abroad; sent 02:30 +1100 (the Jakarta/UTC date is the day before)
    L = L_(name="Ratna Dewi Walsh", address="Unit 4, 18 Lygon Court, Brunswick VIC 3056, Australia",
           service_description="In August my mother applied for \"cuti alasan penting\" (leave for important reasons) from 1 to 31 December 2026, to be with me when I give birth in Melbourne. All the documents, including the letter from my hospital, were submitted through her school on 12 August 2026. The leave permit still has not been issued, and nobody at BKPSDM can tell her why. The Australian visa office needs the permit before it will process her visa.",
           loss="Because of this, her flight on 5 December had to be cancelled. We lost AUD 640 (about Rp 6.8 million) on the non-refundable ticket, and she will probably miss the birth of her first grandchild.",
           requested_resolution="We kindly ask that her leave permit be issued as soon as possible, even with new dates, and that someone explains why an application submitted almost four months ago was never processed.",
           date="2026-12-01")
    t = f"""Dear Sir/Madam,

My name is {L['name']}. I am writing on behalf of my mother, Mrs. Sri Wahyuni, S.Pd., a civil servant teacher at SDN Ngembe 1 in Beji, because she asked me to put this in writing for her. I live in Australia; my address is {L['address']}. My mother lives at Dusun Krajan RT 01 RW 02, Desa Ngembe, Kecamatan Beji.

What happened: {L['service_description']}

{L['loss']}

{L['requested_resolution']}

Thank you very much for your help. Please reply to this email; I can translate for my mother.

Kind regards,
{L['name']}
"""
    alt_mail("email_mime/m07.eml", L, "Ratna Walsh", "ratna.walsh@example.com",
             "Tue, 01 Dec 2026 02:30:14 +1100", "Leave permit for my mother (Sri Wahyuni, SDN Ngembe 1) - urgent", t,
             gmail_html(t),
             "English from a daughter in Australia writing for her mother; complainant = the writer, her own (foreign) "
             "address, not the mother's; no phone; no place/date line; Date 02:30 +1100 -> the sender's date 2026-12-01 "
             "(UTC and Jakarta: 30 Nov); leave -> kinerja", "kinerja", msgid=gmail_id())

    # m08 pengadaan: Apple Mail (iPhone); Karsu with a wrong name; no request
    L = L_(name="Dewi Anggraini, S.Sos.",
           address="Jl. Raya Pohjentrek No. 112, Desa Tidu, Kecamatan Pohjentrek, Kabupaten Pasuruan",
           service_description="Saya mengajukan Kartu Suami (Karsu) untuk suami saya pada bulan Mei 2026. Karsu baru saya terima tanggal 1 Desember 2026, dan ternyata nama suami saya tertulis \"Agus Salim\" padahal di akta nikah dan KTP tertulis \"Agus Salimudin\". Petugas di loket mengatakan saya harus mengajukan ulang dari awal dengan melampirkan semua berkas lagi.",
           loss="Karena Karsu salah nama, suami saya tidak bisa didaftarkan sebagai tanggungan dalam BPJS Kesehatan, sehingga biaya berobatnya bulan ini sekitar Rp 1.250.000 harus kami tanggung sendiri.",
           place="Pohjentrek", date="2026-12-09", phone="081809356621")
    t = f"""Kepada Yth. Petugas Pengaduan BKPSDM Kab. Pasuruan

Dengan hormat,

Nama: {L['name']}
Alamat: {L['address']}
No HP: 0818-0935-6621

{L['service_description']}

{L['loss']}

Pohjentrek, 9 Desember 2026
Salam,
Dewi Anggraini

Dikirim dari iPhone saya
"""
    addr = "dewi.anggraini87@example.net"
    alt_mail("email_mime/m08.eml", L, "Dewi Anggraini", addr, hdr_date("2026-12-09", "12:03:50"),
             "Karsu salah nama", t, apple_html(t),
             "Apple Mail iPhone alternative (QP); 'Dikirim dari iPhone saya' after the name; no requested resolution "
             "(only what the counter told her); Karsu card -> pengadaan", "pengadaan", style="apple",
             msgid="<" + "-".join(rid(n, "ABCDEF0123456789") for n in (8, 4, 4, 4, 12)) + "@example.net>",
             extra=(("X-Mailer", "iPhone Mail (22C152)"),))

    # m09 sekretariat: Yahoo Mail; facilities (queue machine, seats, AC, toilet)
    L = L_(name="Hendro Saputro", address="Perum Pandaan Asri Blok G No. 21, Kelurahan Jogosari, Kecamatan Pandaan",
           service_description="Pada hari Selasa, 8 Desember 2026, saya datang ke ruang pelayanan BKPSDM pukul 08.00 untuk legalisir SK pensiun. Mesin antrean tidak berfungsi sehingga antrean diatur dengan menulis nama di kertas yang kemudian hilang, kursi ruang tunggu hanya sepuluh buah untuk puluhan pengunjung, AC mati, dan toilet dikunci. Saya baru dilayani pukul 11.30.",
           loss="Saya berumur 67 tahun dan punya penyakit jantung; berdiri dan menunggu lebih dari tiga jam di ruangan panas membuat saya pusing dan harus beristirahat dua hari di rumah.",
           requested_resolution="Mohon mesin antrean segera diperbaiki, kursi tunggu ditambah, dan toilet dibuka untuk pengunjung, serta disediakan loket khusus untuk lansia.",
           place="Pandaan", date="2026-12-10", phone="087758201193")
    t = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan,

Saya {L['name']}, pensiunan PNS Dinas Perhubungan, alamat {L['address']}. HP 0877-5820-1193.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Pandaan, 10 Desember 2026

Hormat saya,
{L['name']}
"""
    alt_mail("email_mime/m09.eml", L, "Hendro Saputro", "hendro_saputro@ymail.example.com", hdr_date("2026-12-10", "10:31:18"),
             "Ruang tunggu pelayanan BKPSDM", t, yahoo_html(t),
             "Yahoo Mail alternative; identity in a sentence; facilities (queue machine, seats, AC, toilet) -> "
             "sekretariat although a pension SK is named; complete", "sekretariat", style="yahoo",
             msgid=f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}.{rnd.randint(10**12, 10**13)}@mail.yahoo.com>",
             extra=(("X-Mailer", "WebService/1.1.23187 YMailNorrin"),))

    # m10 kompetensi: Thunderbird, text/plain format=flowed + HTML; tugas belajar
    L = L_(name="Lailatul Fitriyah, S.Gz.",
           address="Dusun Sumberejo RT 003 RW 001, Desa Winongan Kidul, Kecamatan Winongan, Kabupaten Pasuruan",
           service_description="Saya dinyatakan lulus seleksi penerima beasiswa tugas belajar Pemerintah Kabupaten Pasuruan tahun 2026 untuk program S2 Gizi Kesehatan di Universitas Airlangga, dengan perkuliahan penuh waktu mulai 31 Agustus 2026. Sampai hari ini SK tugas belajar saya belum diterbitkan oleh BKPSDM, sehingga saya tetap diwajibkan masuk kerja penuh di puskesmas dan harus bolak-balik Winongan\u2013Surabaya hampir setiap hari.",
           loss="Saya sudah dua kali mendapat peringatan dari kampus karena kehadiran kurang dari 75 persen, dan setiap bulan saya mengeluarkan biaya transportasi sekitar Rp 1.800.000 dari uang pribadi.",
           requested_resolution="Saya mohon SK tugas belajar saya segera diterbitkan dan berlaku surut sejak 31 Agustus 2026, agar saya dibebaskan dari kewajiban masuk kerja selama masa studi.",
           place="Winongan", date="2026-12-10", phone="081944172085")
    t = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya, {L['name']}, ahli gizi di Puskesmas Winongan, beralamat di {L['address']} (HP 0819-4417-2085), menyampaikan pengaduan berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Winongan, 10 Desember 2026

Salam hormat,
Lailatul Fitriyah
"""
    addr = "lailatul.fitriyah@example.org"
    alt_mail("email_mime/m10.eml", L, "Lailatul Fitriyah", addr, hdr_date("2026-12-11", "08:59:02"),
             "Pengaduan SK tugas belajar", flowed(t), thunderbird_html(t),
             "Thunderbird alternative: text/plain format=flowed (8bit) + HTML <p>/<br>; identity in one sentence; "
             "letter dated the day before the mail; tugas belajar -> kompetensi; complete", "kompetensi",
             style="thunderbird", text_cte="8bit", html_cte="8bit", text_params={"format": "flowed"},
             msgid=f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@example.org>",
             extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "id")))


# ------------------------------------------------------------------ email_pdf
TO_AGENCY = ["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di -", "      Bangil"]


def pdf_items():
    # d01 mutasi: Roman-numeral headings; vector-stroke signature; NIP under the name
    L = L_(name="Suharti, S.Pd.", nik="3514095105800004",
           address="Dusun Kedungsari RT 002 RW 004, Desa Cangkringmalang, Kecamatan Beji, Kabupaten Pasuruan",
           service_description="Usul kenaikan pangkat saya dari Penata (III/c) ke Penata Tingkat I (III/d) periode Oktober 2026 sebagai Guru Ahli Muda telah diajukan melalui SIASN oleh operator dinas pada bulan Juni 2026. Pada bulan Agustus usul tersebut berstatus BTL (berkas tidak lengkap) dengan catatan PAK terakhir tidak terbaca, padahal dokumen itu sudah saya unggah ulang dua kali dalam format yang diminta, dan sejak itu status usul tidak pernah berubah.",
           loss="Kenaikan pangkat saya tertunda sedikitnya enam bulan, sehingga saya kehilangan kenaikan gaji pokok sekitar Rp 140.000 per bulan, dan angka kredit yang sudah saya kumpulkan tidak dapat dipakai untuk jenjang berikutnya.",
           requested_resolution="Saya mohon usul kenaikan pangkat saya diverifikasi ulang secara manual dan diteruskan ke BKN dengan TMT 1 Oktober 2026, atau saya diberi tahu secara tertulis dokumen apa yang masih dianggap kurang.",
           place="Beji", date="2026-12-01", phone="085258873014")
    pdf = new_doc("Times", 11.5)
    pdf.add_page()
    lines(pdf, ["Hal : Pengaduan usul kenaikan pangkat yang tidak diproses"], style="B")
    pdf.ln(3)
    lines(pdf, TO_AGENCY)
    pdf.ln(3)
    para(pdf, "Dengan hormat,")
    lines(pdf, ["I. IDENTITAS PELAPOR"], style="B")
    for a, b in [("Nama", L["name"]), ("NIP", "19800511 200501 2 014"), ("NIK", L["nik"]),
                 ("Jabatan", "Guru Ahli Muda, SDN Cangkringmalang 2"), ("Alamat", L["address"]), ("Nomor HP", "0852-5887-3014")]:
        kv(pdf, a, b, x=28, lw=28)
    pdf.ln(3)
    heading_para(pdf, "II. URAIAN PENGADUAN", L["service_description"])
    heading_para(pdf, "III. KERUGIAN YANG DIALAMI", L["loss"])
    heading_para(pdf, "IV. PERMINTAAN PENYELESAIAN", L["requested_resolution"])
    para(pdf, "Demikian pengaduan ini saya sampaikan dengan sebenarnya untuk dapat ditindaklanjuti.")
    pdf.ln(2)
    sign_block(pdf, L, before=["Beji, 1 Desember 2026"], greet=["Pelapor,"], mode="strokes", below=["NIP 19800511 200501 2 014"])
    attach_mail("email_pdf/d01.eml", L, pdf_bytes(pdf), "application/pdf", "Surat Pengaduan Suharti.pdf",
                "Selamat pagi Bapak/Ibu,\n\nBersama ini saya kirimkan surat pengaduan mengenai usul kenaikan pangkat saya "
                "(terlampir dalam bentuk PDF). Mohon dapat ditindaklanjuti.\n\nTerima kasih,\nSuharti\n",
                "Suharti", "suharti.cangkring@example.com", hdr_date("2026-12-02", "07:45:19"),
                "Surat pengaduan usul kenaikan pangkat", "Roman-numeral headings (I. IDENTITAS ... IV. PERMINTAAN); "
                "vector strokes above the name, NIP below; 'Pelapor,' closing; SIASN named but rank promotion -> mutasi; "
                "letter dated the day before the mail; complete", "mutasi")

    # d02 kompetensi: two documents in one PDF: the letter (PNG signature) + a copy of an unrelated SK on page 2
    L = L_(name="Moh. Iqbal Firmansyah, S.IP.",
           address="Jl. Raya Kraton No. 64 RT 001 RW 003, Desa Kraton, Kecamatan Kraton, Kabupaten Pasuruan",
           service_description="Berdasarkan surat pemanggilan peserta tanggal 5 Oktober 2026, saya ditetapkan sebagai peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II Tahun 2026 yang dijadwalkan mulai 9 November 2026. Namun satu minggu sebelum pelatihan dimulai, nama saya dihapus dari daftar peserta dan digantikan oleh pegawai lain dari perangkat daerah yang sama, tanpa surat pemberitahuan maupun penjelasan dari BKPSDM.",
           loss="Sebagai pejabat pengawas yang dilantik pada Januari 2025, saya wajib menyelesaikan PKP paling lambat dua tahun sejak pelantikan; dengan dibatalkannya keikutsertaan saya, batas waktu tersebut terancam terlewati dan jabatan saya dapat dievaluasi.",
           requested_resolution="Saya mohon BKPSDM menjelaskan secara tertulis alasan penggantian peserta tersebut dan memastikan saya diikutsertakan pada PKP angkatan pertama tahun 2027.",
           place="Kraton", date="2026-12-08", phone="082142296035")
    pdf = new_doc("Helvetica", 10.5, margins=(25, 20, 22))
    pdf.add_page()
    lines(pdf, ["Kraton, 8 Desember 2026"], align="R")
    pdf.ln(4)
    kv(pdf, "Nomor", "-", x=25, lw=22, lh=5.2)
    kv(pdf, "Lampiran", "1 (satu) lembar salinan SK", x=25, lw=22, lh=5.2)
    kv(pdf, "Perihal", "Pengaduan pembatalan keikutsertaan PKP Angkatan II Tahun 2026", x=25, lw=22, lh=5.2)
    pdf.ln(4)
    lines(pdf, TO_AGENCY, lh=5.2)
    pdf.ln(4)
    para(pdf, "Dengan hormat,", lh=5.2)
    para(pdf, "Saya yang bertanda tangan di bawah ini:", lh=5.2)
    for a, b in [("Nama", L["name"]), ("NIP", "19880614 201101 1 003"),
                 ("Jabatan", "Kepala Subbagian Umum dan Kepegawaian, Dinas Sosial"), ("Alamat", L["address"]),
                 ("Telepon", "0821-4229-6035")]:
        kv(pdf, a, b, x=30, lw=24, lh=5.2)
    pdf.ln(3)
    para(pdf, "menyampaikan pengaduan sebagai berikut.", lh=5.2)
    para(pdf, L["service_description"], lh=5.2, after=2.5)
    para(pdf, L["loss"], lh=5.2, after=2.5)
    para(pdf, L["requested_resolution"], lh=5.2, after=2.5)
    para(pdf, "Sebagai bahan pertimbangan, bersama ini saya lampirkan salinan Keputusan Bupati tentang pengangkatan saya "
              "dalam jabatan pengawas. Atas perhatian Bapak/Ibu saya sampaikan terima kasih.", lh=5.2)
    pdf.ln(2)
    sign_block(pdf, L, greet=["Hormat saya,"], mode="png", lh=5.2)
    # page 2: copy of an SK (unrelated to the complaint's fields)
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    pdf.F, pdf.S = "Times", 11
    lines(pdf, ["SALINAN"], style="B")
    pdf.ln(2)
    lines(pdf, ["BUPATI PASURUAN", "PROVINSI JAWA TIMUR", "", "KEPUTUSAN BUPATI PASURUAN",
                "NOMOR 800.1.3.3/27/HK/424.013/2025", "", "TENTANG", "",
                "PENGANGKATAN DALAM JABATAN PENGAWAS", "DI LINGKUNGAN PEMERINTAH KABUPATEN PASURUAN", "",
                "BUPATI PASURUAN,"], style="B", align="C", lh=5.4)
    pdf.ln(3)
    kv(pdf, "Menimbang", "a. bahwa untuk kelancaran pelaksanaan tugas dan fungsi perangkat daerah, perlu mengangkat "
                         "Pegawai Negeri Sipil dalam jabatan pengawas di lingkungan Pemerintah Kabupaten Pasuruan;",
       x=25, lw=26, lh=5.2)
    kv(pdf, "", "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Bupati;",
       x=25, lw=26, lh=5.2)
    kv(pdf, "Mengingat", "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; 2. Peraturan Pemerintah "
                         "Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan "
                         "Peraturan Pemerintah Nomor 17 Tahun 2020;", x=25, lw=26, lh=5.2)
    pdf.ln(2)
    lines(pdf, ["MEMUTUSKAN:"], style="B", align="C")
    kv(pdf, "Menetapkan", "", x=25, lw=26, lh=5.2)
    kv(pdf, "KESATU", "Mengangkat Pegawai Negeri Sipil yang namanya tercantum di bawah ini dalam jabatan pengawas: "
                      "MOH. IQBAL FIRMANSYAH, S.IP., NIP 19880614 201101 1 003, Penata (III/c), sebagai Kepala Subbagian "
                      "Umum dan Kepegawaian pada Dinas Sosial Kabupaten Pasuruan.", x=25, lw=26, lh=5.2)
    kv(pdf, "KEDUA", "Kepada pegawai sebagaimana dimaksud dalam Diktum KESATU diberikan tunjangan jabatan sesuai "
                     "ketentuan peraturan perundang-undangan.", x=25, lw=26, lh=5.2)
    kv(pdf, "KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.", x=25, lw=26, lh=5.2)
    pdf.ln(3)
    y0 = pdf.get_y()
    lines(pdf, ["Ditetapkan di Pasuruan", "pada tanggal 2 Januari 2025", "", "BUPATI PASURUAN,", "ttd.", "",
                "Drs. H. SUKRISNO HADI"], x=120, lh=5.0)
    pdf.set_y(y0 + 12)
    lines(pdf, ["Salinan sesuai dengan aslinya", "KEPALA BAGIAN HUKUM,", "ttd.", "",
                "WIDYA KUSUMANINGRUM, S.H., M.H.", "Pembina Tingkat I", "NIP 19750812 200003 2 005"], x=25, lh=5.0)
    attach_mail("email_pdf/d02.eml", L, pdf_bytes(pdf), "application/pdf", "pengaduan_PKP_dan_SK.pdf",
                "Yth. Tim Pengaduan,\n\nTerlampir surat pengaduan saya beserta salinan SK jabatan (satu file PDF).\n\n"
                "Hormat saya,\nIqbal Firmansyah\nDinas Sosial Kab. Pasuruan\n",
                "Moh. Iqbal Firmansyah", "iqbal.firmansyah@example.net", hdr_date("2026-12-08", "13:18:40"),
                "Pengaduan pembatalan peserta PKP 2026",
                "one PDF, two documents: page 1 the letter (PNG signature), page 2 a copy of a Bupati decree with its own "
                "names, NIPs, 'Ditetapkan di Pasuruan pada tanggal 2 Januari 2025' and 'ttd.' -- none of it is the "
                "complaint; leadership training -> kompetensi although the decree is about a jabatan; complete",
                "kompetensi", cover_html=gmail_html("Yth. Tim Pengaduan,\n\nTerlampir surat pengaduan saya beserta salinan "
                                                    "SK jabatan (satu file PDF).\n\nHormat saya,\nIqbal Firmansyah\n"
                                                    "Dinas Sosial Kab. Pasuruan"))

    # d03 pengadaan: .docx letter with a signature image; resignation decree not issued
    L = L_(name="Andika Prasetya Nugraha, S.Kom.", nik="3514030709920005",
           address="Perumahan Bangil Regency Blok C No. 17, Desa Masangan, Kecamatan Bangil, Kabupaten Pasuruan",
           service_description="Pada tanggal 3 Juli 2026 saya mengajukan permohonan berhenti atas permintaan sendiri sebagai Pegawai Negeri Sipil melalui Dinas Komunikasi dan Informatika, lengkap dengan persetujuan atasan dan surat pernyataan tidak memiliki tanggungan kepada negara. Menurut petugas, keputusan pemberhentian biasanya terbit dalam dua bulan, namun setelah lebih dari lima bulan keputusan tersebut belum terbit, dan setiap kali saya menanyakan perkembangannya jawabannya masih menunggu tanda tangan.",
           loss="Perusahaan tempat saya akan bekerja mensyaratkan keputusan pemberhentian sebagai PNS paling lambat 31 Desember 2026. Jika keputusan itu belum ada, tawaran kerja tersebut akan dibatalkan, padahal saya sudah terlanjur melepas kontrak rumah di Bangil untuk pindah ke Jakarta.",
           requested_resolution="Saya mohon keputusan pemberhentian atas permintaan sendiri saya segera diterbitkan sebelum 24 Desember 2026, atau saya diberi penjelasan tertulis jika ada persyaratan yang belum terpenuhi.",
           place="Bangil", date="2026-12-11", phone="081331078824")
    ind = 5040
    body = "".join([
        w_par("Bangil, 11 Desember 2026", align="right"),
        w_par("Hal\t: Pengaduan keterlambatan keputusan pemberhentian atas permintaan sendiri", tabs=[1134]),
        w_par("Kepada Yth.", after=0), w_par("Kepala BKPSDM Kabupaten Pasuruan", after=0), w_par("di Bangil"),
        w_par("Dengan hormat,"),
        w_par("Saya yang bertanda tangan di bawah ini:"),
        w_par(f"Nama\t: {L['name']}", tabs=[2268], after=0),
        w_par(f"NIK\t: {L['nik']}", tabs=[2268], after=0),
        w_par("Unit kerja\t: Dinas Komunikasi dan Informatika Kabupaten Pasuruan", tabs=[2268], after=0),
        w_par(f"Alamat\t: {L['address']}", tabs=[2268], after=0),
        w_par("No. HP/WA\t: 0813-3107-8824", tabs=[2268]),
        w_par("Uraian Pengaduan", bold=True, after=0), w_par(L["service_description"], align="both"),
        w_par("Kerugian", bold=True, after=0), w_par(L["loss"], align="both"),
        w_par("Permintaan Penyelesaian", bold=True, after=0), w_par(L["requested_resolution"], align="both"),
        w_par("Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.", align="both"),
        w_par("Hormat saya,", indent=ind, after=0),
        w_image_par("rId5", ind),
        w_par(L["name"], bold=True, indent=ind, after=0),
    ])
    docx = docx_bytes(body, image=signature_png(4242), title="Surat Pengaduan", author="Andika")
    attach_mail("email_pdf/d03.eml", L, docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Surat Pengaduan - Andika Prasetya N.docx",
                "Dengan hormat,\n\nTerlampir surat pengaduan saya dalam format Word. Mohon maaf tidak dalam bentuk PDF "
                "karena saya sedang di luar kota.\n\nTerima kasih.\n\nAndika\n",
                "Andika Prasetya Nugraha", "andika.pn@example.com", hdr_date("2026-12-11", "08:05:12"),
                "Pengaduan SK pemberhentian APS",
                ".docx letter (stdlib zip) with bold headings, tab-aligned identity and an inline PNG signature image "
                "above the name (signed); resignation decree -> pengadaan; complete", "pengadaan", style="outlook")

    # d04 kinerja: PDF letter without labels, typed name only (the cover mail is signed, the letter is not)
    L = L_(name="Ns. Yuliani Kusumawardani, S.Kep.",
           address="Dusun Mlaten RT 004 RW 002, Desa Mlaten, Kecamatan Nguling, Kabupaten Pasuruan",
           service_description="Predikat kinerja tahunan saya untuk tahun 2025 ditetapkan \"Butuh Perbaikan\" oleh pejabat penilai yang baru menjabat pada bulan November 2025, padahal seluruh rencana hasil kerja saya tercapai dan pada evaluasi triwulan sebelumnya saya selalu mendapat predikat \"Baik\". Keberatan atas predikat tersebut telah saya ajukan secara tertulis kepada BKPSDM pada tanggal 10 Maret 2026, tetapi sampai sekarang belum ada tanggapan maupun undangan klarifikasi.",
           loss="Akibat predikat tersebut tambahan penghasilan saya dipotong 10 persen sejak April 2026, dan saya tidak dapat diusulkan naik jenjang ke Perawat Ahli Muda tahun ini.",
           requested_resolution="Saya mohon keberatan saya diperiksa dan diputuskan, dengan memanggil saya dan pejabat penilai untuk klarifikasi, serta predikat kinerja saya dikoreksi apabila keberatan saya diterima.",
           place="Nguling", date="2026-12-14", phone="087853304711", signed=False)
    pdf = new_doc("Times", 12)
    pdf.add_page()
    lines(pdf, ["Perihal : Keberatan atas predikat kinerja tahun 2025 yang tidak ditanggapi"])
    pdf.ln(4)
    lines(pdf, ["Yth. Kepala BKPSDM Kabupaten Pasuruan", "di tempat"])
    pdf.ln(4)
    para(pdf, "Dengan hormat,", lh=6)
    para(pdf, f"Saya, {L['name']}, perawat di Puskesmas Nguling, beralamat di {L['address']}, nomor HP 0878-5330-4711, "
              "dengan ini menyampaikan pengaduan sebagai berikut.", lh=6)
    para(pdf, L["service_description"], lh=6, after=3)
    para(pdf, L["loss"], lh=6, after=3)
    para(pdf, L["requested_resolution"], lh=6, after=3)
    para(pdf, "Demikian surat ini saya buat, atas perhatiannya saya ucapkan terima kasih.", lh=6)
    pdf.ln(4)
    sign_block(pdf, L, before=["Nguling, 14 Desember 2026"], greet=["Hormat saya,"], mode="none", lh=6)
    attach_mail("email_pdf/d04.eml", L, pdf_bytes(pdf), "application/pdf", "keberatan_SKP_Yuliani.pdf",
                "Assalamualaikum,\n\nMohon izin, saya lampirkan surat pengaduan saya terkait keberatan predikat kinerja.\n\n"
                "Hormat saya,\nYuliani Kusumawardani\n",
                "Yuliani Kusumawardani", "yuliani.kw@example.org", hdr_date("2026-12-14", "09:20:35"),
                "Pengaduan keberatan predikat kinerja",
                "PDF letter without labels; typed name under 'Hormat saya,' with no signature -> unsigned although the "
                "cover mail closes with a name; performance appraisal -> kinerja", "kinerja", style="yahoo")

    # d05 sekretariat: PDF with 'Kronologi' / 'Permohonan' headings, PNG signature; no loss
    L = L_(name="Sumarno", address="Dusun Gendro RT 001 RW 002, Desa Gendro, Kecamatan Tutur, Kabupaten Pasuruan",
           service_description="Saya akan memasuki batas usia pensiun pada 1 Maret 2027 dan sejak bulan Oktober 2026 sudah tiga kali datang ke loket BKPSDM untuk menyerahkan berkas usul pensiun. Setiap kali datang, petugas loket yang sama hanya membolak-balik map saya lalu mengembalikannya dengan kata-kata \"belum lengkap, pulang dulu\" tanpa menyebutkan dokumen apa yang kurang, dan menolak memberikan daftar persyaratan tertulis ketika saya memintanya. Pada kedatangan terakhir tanggal 9 Desember 2026, map saya dilempar ke meja di depan pengunjung lain.",
           requested_resolution="Saya mohon diberikan daftar persyaratan usul pensiun secara tertulis, berkas saya diperiksa oleh petugas lain di depan saya, dan petugas yang bersangkutan ditegur.",
           place="Tutur", date="2026-12-15", phone="085649901237")
    pdf = new_doc("Times", 11.5)
    pdf.add_page()
    lines(pdf, ["SURAT PENGADUAN"], style="B", align="C")
    pdf.ln(4)
    lines(pdf, TO_AGENCY)
    pdf.ln(3)
    para(pdf, "Dengan hormat,")
    para(pdf, "Saya yang bertanda tangan di bawah ini:")
    for a, b in [("Nama", L["name"]), ("Jabatan", "Pengadministrasi Umum, Kantor Kecamatan Tutur"),
                 ("Alamat", L["address"]), ("HP", "0856-4990-1237")]:
        kv(pdf, a, b, x=30, lw=24)
    pdf.ln(3)
    heading_para(pdf, "Kronologi", L["service_description"])
    heading_para(pdf, "Permohonan", L["requested_resolution"])
    para(pdf, "Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.")
    pdf.ln(2)
    sign_block(pdf, L, before=["Tutur, 15 Desember 2026"], greet=["Yang mengadukan,"], mode="png")
    attach_mail("email_pdf/d05.eml", L, pdf_bytes(pdf), "application/pdf", "SURAT PENGADUAN SUMARNO.pdf",
                "Kepada Yth. Petugas Pengaduan\n\nBerikut surat pengaduan dari ayah saya, Bapak Sumarno (terlampir). "
                "Dikirim lewat email saya karena beliau tidak punya email.\n\nWassalam\n",
                "Dian Sumarno", "dian.sumarno@example.com", hdr_date("2026-12-15", "16:11:27"),
                "Pengaduan petugas loket (Bpk Sumarno)",
                "PDF letter (Kronologi / Permohonan) with PNG signature, sent by the writer's son from his address "
                "(email = From:); counter officer's conduct while filing a pension -> sekretariat; no loss", "sekretariat")


# ------------------------------------------------------------------ auto_reply (raw bytes)
def auto_items():
    # a01: read receipt (MDN), Outlook wording in Indonesian, no Auto-Submitted
    d = hdr_date("2026-12-07", "13:02:10")
    bnd = "_004_" + rid(20, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "_"
    our = f"<{rid(20)}@pasuruankab.go.id>"
    msg = (received("example.com", d) + f"Date: {d}\n"
           "From: \"Drs. Sugeng Riyadi, M.Pd.\" <sugeng.riyadi68@example.com>\n"
           f"To: {AGENCY}\nSubject: Dibaca: Tanda Terima Pengaduan PGD-2026-0587\n"
           f"Message-ID: <{rid(24)}@example.com>\nIn-Reply-To: {our}\nReferences: {our}\n"
           "Thread-Topic: Tanda Terima Pengaduan PGD-2026-0587\nContent-Language: id-ID\nMIME-Version: 1.0\n"
           f"Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"{bnd}\"\n\n"
           f"--{bnd}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           "Pesan Anda\n\n"
           f"  Kepada: \"Drs. Sugeng Riyadi, M.Pd.\" <sugeng.riyadi68@example.com>\n"
           "  Subjek: Tanda Terima Pengaduan PGD-2026-0587\n"
           "  Dikirim: Senin, 07 Desember 2026 10:15:22 (UTC+07:00) Bangkok, Hanoi, Jakarta\n\n"
           "telah dibaca pada Senin, 07 Desember 2026 13:02:10 (UTC+07:00) Bangkok, Hanoi, Jakarta.\n\n"
           f"--{bnd}\nContent-Type: message/disposition-notification\n\n"
           "Reporting-UA: SMPN3PANDAAN-PC; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;sugeng.riyadi68@example.com\n"
           f"Original-Message-ID: {our}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
           f"--{bnd}--\n")
    put("auto_reply/a01.eml", msg)
    rec_null("auto_reply/a01.eml", "auto_reply", "read receipt (multipart/report; report-type=disposition-notification), "
             "subject 'Dibaca: ...', no Auto-Submitted; from a complainant of this set", auto=True)

    # a02: Indonesian out-of-office, subject 'Auto: ...', no Auto-Submitted; X-Auto-Response-Suppress + Precedence
    d = hdr_date("2026-12-21", "07:00:03")
    our = f"<{rid(20)}@pasuruankab.go.id>"
    body = ("Terima kasih atas email Bapak/Ibu.\n\n"
            "Mulai tanggal 21 Desember 2026 sampai dengan 4 Januari 2027 saya sedang menjalankan cuti tahunan dan tidak "
            "dapat membaca email. Email Bapak/Ibu akan saya balas setelah saya kembali bertugas.\n\n"
            "Untuk keperluan mendesak terkait kepegawaian SDN Gempol 4, silakan menghubungi Bapak Wahyudi (operator "
            "sekolah) di nomor 0857-0000-1212.\n\n"
            "Hormat saya,\nDra. Nanik Sulistyowati\nKepala SDN Gempol 4\n")
    msg = (received("sdngempol4.example.org", d) + f"Date: {d}\n"
           "From: Dra. Nanik Sulistyowati <nanik.sulistyowati@sdngempol4.example.org>\n"
           f"To: {AGENCY}\n"
           "Subject: Auto: Sedang di luar kantor (Re: Permintaan Kelengkapan Pengaduan PGD-2026-0561)\n"
           f"Message-ID: <{rid(24)}@sdngempol4.example.org>\nIn-Reply-To: {our}\nReferences: {our}\n"
           "X-Auto-Response-Suppress: All\nPrecedence: auto_reply\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(body))
    put("auto_reply/a02.eml", msg)
    rec_null("auto_reply/a02.eml", "auto_reply", "Indonesian out-of-office 'Auto: Sedang di luar kantor', no "
             "Auto-Submitted; marked only by X-Auto-Response-Suppress: All and Precedence: auto_reply (and the subject)",
             auto=True)

    # a03: qmail-style bounce ('failure notice'), plain text, no multipart/report, no Auto-Submitted;
    # the returned message is our acknowledgement quoting a complaint in full
    d = hdr_date("2026-12-16", "10:44:51")
    orig_d = hdr_date("2026-12-16", "10:44:49")
    returned = (f"Return-Path: <{AGENCY_ADDR}>\nReceived: (qmail 21987 invoked by uid 89); 16 Dec 2026 03:44:49 -0000\n"
                f"Date: {orig_d}\nFrom: {AGENCY}\nTo: moh.hasan1960@example.net\n"
                "Subject: Tanda Terima Pengaduan PGD-2026-0602\n"
                f"Message-ID: <{rid(20)}@pasuruankab.go.id>\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
                "Yth. Bapak Moh. Hasan,\n\n"
                "Pengaduan Bapak telah kami terima dengan nomor tiket PGD-2026-0602 dan akan ditindaklanjuti paling lambat "
                "3 (tiga) hari kerja. Berikut ringkasan pengaduan yang kami catat:\n\n"
                "Nama    : Moh. Hasan\n"
                "Alamat  : Dusun Karanganyar RT 02 RW 01, Desa Kedawung Wetan, Kecamatan Grati\n"
                "Uraian  : Kartu Pegawai saya hilang dan permohonan penggantian sejak Agustus 2026 belum diproses.\n"
                "Kerugian: Saya kesulitan mengurus pinjaman di bank.\n"
                "Permintaan: Mohon Karpeg pengganti segera diterbitkan.\n\n"
                "Hormat kami,\nTim Pengaduan BKPSDM Kabupaten Pasuruan\n")
    msg = ("Return-Path: <>\n" + f"Received: from mx1.pasuruankab.go.id by mail.example.net; {d}\n"
           f"Date: {d}\nFrom: MAILER-DAEMON@mail.example.net\nTo: {AGENCY_ADDR}\nSubject: failure notice\n"
           f"Message-ID: <{rid(20)}@mail.example.net>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           "Hi. This is the qmail-send program at mail.example.net.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<moh.hasan1960@example.net>:\n"
           "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
           "--- Below this line is a copy of the message.\n\n" + returned)
    put("auto_reply/a03.eml", msg)
    rec_null("auto_reply/a03.eml", "auto_reply", "qmail 'failure notice' bounce from MAILER-DAEMON, plain text (no "
             "multipart/report, no Auto-Submitted); the returned copy is our acknowledgement with a full complaint "
             "summary", auto=True)


# ------------------------------------------------------------------ hostile
def hostile_items():
    # h01: a 'PDF' that is an HTML error page (a failed download saved under the attachment's name)
    page = ("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>404 - Berkas tidak ditemukan</title>"
            "</head>\n<body><h1>404</h1><p>Maaf, berkas yang Anda minta tidak ditemukan atau tautan sudah kedaluwarsa."
            "</p><p><a href=\"https://drive.example.com/\">Kembali ke beranda</a></p></body></html>\n")
    put("hostile/h01.pdf", page)
    rec_null("hostile/h01.pdf", "hostile_error", "a .pdf that is an HTML 404 page (no %PDF header, no letter): exit 3",
             exit_code=3)

    # h02: a password-protected Word file: an OLE2 compound file with EncryptionInfo/EncryptedPackage, named .docx
    r = random.Random(1602)
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x003E, 0x0003, 0xFFFE, 0x0009, 0x0006)
    struct.pack_into("<IIII", hdr, 44, 1, 1, 0, 0x1000)      # 1 FAT sector, first dir sector 1
    struct.pack_into("<IIII", hdr, 60, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into("<I", hdr, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<I", hdr, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<IIII", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE, 3, 0xFFFFFFFE)
    dirs = bytearray(512)
    for k, (nm, typ) in enumerate([("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2)]):
        e = nm.encode("utf-16-le") + b"\x00\x00"
        dirs[k * 128:k * 128 + len(e)] = e
        struct.pack_into("<HBB", dirs, k * 128 + 64, len(e), typ, 1)
    info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + "<?xml version=\"1.0\"?><encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\">".encode()
    data = bytes(hdr) + bytes(fat) + bytes(dirs) + info.ljust(512, b"\x00") + bytes(r.getrandbits(8) for _ in range(4096))
    put("hostile/h02.docx", data)
    rec_null("hostile/h02.docx", "hostile_error", "password-protected Word document: OLE2 compound file "
             "(EncryptionInfo/EncryptedPackage) with a .docx name, no readable text: exit 3", exit_code=3)

    # h03 (hostile_ok, scored): declared utf-8 but with windows-1252 bytes outside the passages, an unknown
    # charset in an encoded word, and a misspelt transfer encoding
    L = L_(name="Joko Susilo", address="Dusun Kalirejo RT 003 RW 001, Desa Gayam, Kecamatan Gondangwetan, Kabupaten Pasuruan",
           service_description="Hari Senin, 14 Desember 2026, saya datang ke kantor BKPSDM untuk menyerahkan berkas usul Karsu (kartu suami) atas nama istri saya. Di pintu masuk saya dihentikan oleh petugas keamanan dan tidak diizinkan masuk karena memakai sandal jepit dan kaos, padahal tidak ada pengumuman aturan berpakaian di mana pun. Petugas itu membentak saya dan menyuruh saya pulang.",
           loss="Saya sudah izin tidak masuk kerja satu hari sebagai buruh pabrik sehingga upah harian saya sebesar Rp 135.000 hilang, dan saya harus kembali lagi keesokan harinya.",
           requested_resolution="Saya minta aturan berpakaian untuk pengunjung diumumkan dengan jelas dan petugas keamanan tersebut ditegur agar bersikap sopan kepada masyarakat.",
           place="Gondangwetan", date="2026-12-16", phone="081259770362")
    body = ("Yth. Bapak/Ibu Kepala BKPSDM \u2013 Kabupaten Pasuruan\n\nDengan hormat,\n\n"
            f"Nama   : {L['name']}\nAlamat : {L['address']}\nHP     : 0812-5977-0362\n\n"
            f"{L['service_description']}\n\n{L['loss']}\n\n{L['requested_resolution']}\n\n"
            "Mohon maaf kalau tulisan saya kurang rapi\u2026 saya jarang menulis surat.\n\n"
            f"Gondangwetan, 16 Desember 2026\n\nHormat saya,\n{L['name']}\n")
    d = hdr_date("2026-12-16", "13:05:20")
    head = (received("example.net", d) + f"Date: {d}\nFrom: =?x-unknown?Q?Joko_Susilo?= <joko.susilo.gw@example.net>\n"
            f"To: {AGENCY}\nSubject: =?x-unknown?Q?Pengaduan_petugas_keamanan?=\n"
            f"Message-ID: <{rid(22)}@example.net>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bits\n\n")
    put("hostile/h03.eml", head.encode("ascii") + body.encode("cp1252"))
    rec("hostile/h03.eml", "hostile_ok", L, "joko.susilo.gw@example.net",
        "declared utf-8 body with two windows-1252 bytes (0x96, 0x85) outside the passages, unknown charset in the "
        "encoded From name and Subject, 'Content-Transfer-Encoding: 8bits'; letter scored; security guard's conduct "
        "while filing a Karsu -> sekretariat; complete", "sekretariat")


# ------------------------------------------------------------------ check
def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:tab/>", "\t", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def pdf_text(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def file_text(path):
    data = open(path, "rb").read()
    if path.endswith(".pdf"):
        return pdf_text(data)
    if path.endswith(".docx"):
        return docx_text(data)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html"):
            try:
                s = p.get_content()
            except Exception:
                raw = p.get_payload(decode=True) or b""
                try:
                    s = raw.decode("utf-8")
                except UnicodeDecodeError:
                    s = raw.decode("cp1252", "replace")
            if ct == "text/html":
                s = html.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
        elif ct == "application/pdf":
            out.append(pdf_text(p.get_payload(decode=True)))
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(p.get_payload(decode=True)))
    return "\n".join(out)


def check():
    recs = [json.loads(x) for x in open(os.path.join(HERE, "truth.jsonl"), encoding="utf-8")]
    bad = 0
    for r in recs:
        p = os.path.join(HERE, r["file"])
        if not os.path.exists(p):
            bad += 1
            print("MISSING FILE", p)
            continue
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
        if f["place"] and norm(f["place"]) not in n:
            bad += 1
            print("PLACE?", r["file"])
        if f["phone"] and f["phone"][1:] not in digits:
            bad += 1
            print("PHONE?", r["file"])
        if f["nik"] and f["nik"] not in digits:
            bad += 1
            print("NIK?", r["file"])
        missing = [k for k in REQ if (not f[k] if k == "signed" else f[k] is None)]
        if missing != r["missing"] or r["complete"] != (not missing):
            bad += 1
            print("MISSING LIST?", r["file"])
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
