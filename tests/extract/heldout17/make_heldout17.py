#!/usr/bin/env python3
"""Generate held-out set 17 (written blind): "Pasuruan's own voice" --
complaint mail and letters from the regency as it really is: Madurese- and
Javanese-influenced Indonesian, teachers and village midwives in remote
kecamatan (Tosari, Lumbang, Puspo, Tutur, Nguling, Lekok, Grati, Winongan),
retirees and their families, PPPK and honorary staff, an officer writing for
a colleague; plus auto-replies, odd files and truth.jsonl.

Run:   /work/main/.venv/bin/python make_heldout17.py
Check: /work/main/.venv/bin/python make_heldout17.py --check
       Rebuilds every item in memory and compares it byte for byte with the
       files on disk, then re-reads every file on disk (stdlib `email`,
       pdfplumber, zipfile; the two scans through the letter text they were
       rendered from, plus tesseract OCR when it is installed) and checks
       that every free-text truth passage, name, place, phone and NIK occurs
       in the decoded text, and that `missing` / `complete` agree with the
       fields.

Needs fpdf2 and Pillow (both in the project venv) and the Liberation fonts
in /usr/share/fonts/truetype/liberation (the scans and one PDF use them).
Mail is built with the standard `email` package (EmailMessage, explicit
boundaries, fixed Message-IDs); auto-replies are written as raw bytes.
Everything is seeded, so two runs give byte-identical files.
"""
import base64, datetime, email, email.generator, email.policy, email.utils, html, io, json, math, os, random, re
import shutil, subprocess, sys, tempfile, textwrap, zipfile, zlib, struct
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY_ADDR = "pengaduan.bkpsdm@pasuruankab.go.id"
AGENCY_NAME = "Pengaduan BKPSDM Kabupaten Pasuruan"
REQ = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
TEXTF = ["address", "service_description", "loss", "requested_resolution"]
POL = email.policy.default.clone(linesep="\n", max_line_length=78)
POL_OUT = email.policy.default.clone(linesep="\n", max_line_length=120)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FIXED = datetime.datetime(2026, 12, 19, 8, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
FONT_DIR = "/usr/share/fonts/truetype/liberation"

# state, reset by build_all()
rnd = random.Random(17)
TRUTH = []
OUT = {}          # rel path -> bytes written
SRC = {}          # rel path -> the letter text an image was rendered from
WRITE = True


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


def wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            ind = re.match(r"\s*", line).group(0)
            out.extend(textwrap.wrap(line, width, subsequent_indent=ind, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def quote(text, width=70):
    """Gmail-style quoting of an earlier message: wrap, then '> ' on every line."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in wrap(text, width).split("\n"))


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


def div_html(text, wrapper='<div dir="ltr">'):
    parts = ["<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>" for ln in text.split("\n")]
    return wrapper + "\n".join(parts) + "</div>\n"


def outlook_html(text, cs="windows-1252"):
    paras = []
    for line in text.split("\n"):
        if not line.strip():
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif set(line.strip()) == {"_"}:
            paras.append('<div class=MsoNormal align=center style=\'text-align:center\'><hr size=2 width="100%" '
                         'align=center></div>')
        else:
            paras.append(f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def put(rel, data):
    data = data if isinstance(data, bytes) else data.encode("utf-8")
    OUT[rel] = data
    if WRITE:
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)


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
    assert division in ("sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja", None)
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


def emit(rel, m, addr, bnd_style="gmail"):
    """Client-like boundaries, no MIME-Version in sub-parts, a Received: line on top."""
    for i, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            if bnd_style == "gmail":
                b = "0000000000" + hexid(18)
            elif bnd_style == "outlook":
                b = f"_{i:03d}_{rid(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}KL1PR0601MB{rnd.randint(1000, 9999)}apcp_"
            elif bnd_style == "apple":
                b = "Apple-Mail=_" + "-".join(rid(n, "ABCDEF0123456789") for n in (8, 4, 4, 4, 12))
            elif bnd_style == "yahoo":
                b = f"----=_Part_{rnd.randint(100000, 999999)}_{rnd.randint(10**8, 10**9)}.{rnd.randint(10**12, 10**13)}"
            elif bnd_style == "roundcube":
                b = "=_" + hexid(32)
            else:
                b = "------------" + rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            part.set_boundary(b)
    bio = io.BytesIO()
    email.generator.BytesGenerator(bio, policy=POL_OUT, mangle_from_=False).flatten(m)
    put(rel, received(addr.split("@")[1], m["Date"]).encode() + bio.getvalue())


def plain_mail(rel, L, name, addr, date_hdr, subject, text, note, division, cte="8bit", cs="utf-8", extra=(),
               params=None, msgid=None, cat="email_plain"):
    m = new_msg(name, addr, date_hdr, subject, msgid, extra)
    m.set_content(text, subtype="plain", charset=cs, cte=cte, params=params)
    emit(rel, m, addr)
    rec(rel, cat, L, addr, note, division)


def alt_mail(rel, L, name, addr, date_hdr, subject, text, html_, note, division, style="gmail",
             text_cte="quoted-printable", html_cte="quoted-printable", cs="utf-8", extra=(), msgid=None,
             text_params=None):
    m = new_msg(name, addr, date_hdr, subject, msgid or (gmail_id() if style == "gmail" else None), extra)
    m.set_content(text, subtype="plain", charset=cs, cte=text_cte, params=text_params)
    m.add_alternative(html_, subtype="html", charset=cs, cte=html_cte)
    emit(rel, m, addr, bnd_style=style)
    rec(rel, "email_mime", L, addr, note, division)


# ------------------------------------------------------------------ images (Pillow)
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont  # noqa: E402


def png_bytes(img, dpi=None):
    bio = io.BytesIO()
    if dpi:
        img.save(bio, "PNG", dpi=(dpi, dpi), optimize=False)
    else:
        img.save(bio, "PNG", optimize=False)
    return bio.getvalue()


def scribble(draw, x, y, w, h, seed, width=3, ink=25):
    """A handwritten-looking signature: a chain of Bezier loops and an underline flourish."""
    r = random.Random(seed)
    px, py = x + w * 0.04, y + h * 0.6
    pts = []
    for _ in range(8):
        nx, ny = px + r.uniform(0.06, 0.12) * w, y + r.uniform(0.15, 0.85) * h
        c1 = (px + r.uniform(-0.05, 0.10) * w, y + r.uniform(-0.05, 1.05) * h)
        c2 = (nx + r.uniform(-0.10, 0.05) * w, y + r.uniform(-0.05, 1.05) * h)
        for i in range(41):
            t = i / 40
            bx = (1 - t) ** 3 * px + 3 * (1 - t) ** 2 * t * c1[0] + 3 * (1 - t) * t * t * c2[0] + t ** 3 * nx
            by = (1 - t) ** 3 * py + 3 * (1 - t) ** 2 * t * c1[1] + 3 * (1 - t) * t * t * c2[1] + t ** 3 * ny
            pts.append((bx, by))
        px, py = nx, ny
    draw.line(pts, fill=ink, width=width, joint="curve")
    fl = []
    for i in range(41):
        t = i / 40
        fl.append((x + t * w * 0.9, y + h * (0.95 - 0.15 * t) + math.sin(t * 3.0) * h * 0.05))
    draw.line(fl, fill=ink, width=max(2, width - 1), joint="curve")


def signature_png(seed, w=360, h=120):
    img = Image.new("RGB", (w, h), (255, 255, 255))
    scribble(ImageDraw.Draw(img), 8, 6, w - 20, h - 16, seed, width=3, ink=(25, 35, 120))
    return png_bytes(img)


def logo_png(w=96, h=96):
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.polygon([(w // 2, 4), (w - 8, 22), (w - 14, h - 10), (w // 2, h - 4), (14, h - 10), (8, 22)],
              fill=(18, 92, 52), outline=(200, 160, 20))
    d.ellipse((w // 2 - 16, 30, w // 2 + 16, 62), fill=(235, 200, 40))
    return png_bytes(img)


# ------------------------------------------------------------------ PDF (fpdf2)
from fpdf import FPDF  # noqa: E402


def new_doc(font="Times", size=11.5, margins=(25, 18, 22), bottom=22, ttf=False):
    pdf = FPDF(format="A4")
    pdf.set_margins(*margins)
    pdf.set_auto_page_break(True, bottom)
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft Word 2016")
    pdf.set_producer("Microsoft Word 2016")
    if ttf:
        pdf.add_font("Bookman", "", os.path.join(FONT_DIR, "LiberationSerif-Regular.ttf"))
        pdf.add_font("Bookman", "B", os.path.join(FONT_DIR, "LiberationSerif-Bold.ttf"))
        font = "Bookman"
    pdf.set_font(font, "", size)
    pdf.F = font
    pdf.S = size
    pdf.add_page()
    return pdf


def para(pdf, text, lh=5.6, after=1.8, style="", align="J", x=None):
    pdf.set_font(pdf.F, style, pdf.S)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)
    pdf.set_font(pdf.F, "", pdf.S)


def kv(pdf, label, value, x=30, lw=30, lh=5.6):
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


def heading(pdf, head, lh=5.6):
    pdf.set_font(pdf.F, "B", pdf.S)
    pdf.cell(0, lh, head, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)


def strokes(pdf, x, y, seed):
    r = random.Random(seed)
    pdf.set_draw_color(20, 30, 110)
    pdf.set_line_width(0.45)
    px, py = x, y + 9
    for _ in range(8):
        nx, ny = px + r.uniform(3, 7), y + r.uniform(1, 15)
        pdf.bezier([(px, py), (px + r.uniform(-4, 6), y + r.uniform(-3, 17)),
                    (nx + r.uniform(-6, 4), y + r.uniform(-3, 17)), (nx, ny)])
        px, py = nx, ny
    pdf.bezier([(x - 3, y + 14), (x + 10, y + 17), (px - 5, y + 9), (px + 6, y + 12)])
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


def sign_block(pdf, name, x=120, before=(), greet=("Hormat saya,",), mode="strokes", below=(), lh=5.6):
    if pdf.get_y() > 228:
        pdf.add_page()
    for line in list(before) + list(greet):
        pdf.set_x(x)
        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    seed = sum(map(ord, name))
    if mode == "strokes":
        strokes(pdf, x + 4, y + 2, seed)
    elif mode == "png":
        pdf.image(io.BytesIO(signature_png(seed)), x=x, y=y + 1, w=40)
    pdf.set_y(y + 21)
    pdf.set_x(x)
    pdf.set_font(pdf.F, "BU" if mode != "none" else "B", pdf.S)
    pdf.cell(0, lh, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.F, "", pdf.S)
    for line in below:
        pdf.set_x(x)
        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")


def pdf_bytes(pdf):
    return bytes(pdf.output())


def attach_mail(rel, L, att, att_type, fname, cover, name, addr, date_hdr, subject, note, division,
                style="gmail", cover_html=None, extra=()):
    m = new_msg(name, addr, date_hdr, subject, gmail_id() if style == "gmail" else None, extra)
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


def w_par(text="", bold=False, align=None, indent=None, hanging=None, after=120, tabs=None):
    ppr = ""
    if tabs:
        ppr += "<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs) + "</w:tabs>"
    ppr += f'<w:spacing w:after="{after}"/>'
    if indent or hanging:
        ppr += f'<w:ind w:left="{indent or 0}"' + (f' w:hanging="{hanging}"' if hanging else "") + "/>"
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = []
    for i, chunk in enumerate(text.split("\t")):
        if i:
            runs.append(f"<w:r>{rpr}<w:tab/></w:r>")
        if chunk:
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{esc(chunk)}</w:t></w:r>')
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def w_image_par(rid_, indent, cx=1600000, cy=533000):
    return (f'<w:p><w:pPr><w:spacing w:after="0"/><w:ind w:left="{indent}"/></w:pPr><w:r><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            '<wp:docPr id="1" name="Picture 1" descr="ttd"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="ttd.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid_}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')


def docx_bytes(body_xml, image=None, title="", author="", stamp=(2026, 12, 18, 10, 4, 0)):
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
        f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator>'
        f'<cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-17T13:40:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-18T03:04:00Z</dcterms:modified>'
        '</cp:coreProperties>')
    files["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>')
    files["word/styles.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
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
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" '
        'w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                     "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] + \
                (["word/media/image1.png"] if image else []):
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
            data = files[name]
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


# ------------------------------------------------------------------ scans (Pillow raster)
def render_scan(spec, dpi, seed, angle, paper=238, sig_name=None):
    """Typeset a letter on an A4 raster. spec items:
    ("p", text)  justified-less paragraph, wrapped; ("l", text) one left line; ("r", text) one line in
    the right column; ("kv", label, value) label/colon/value row (value wraps); ("gap", mm);
    ("sig",) signature space in the right column (a scribble when sig_name is given)."""
    W, H = round(8.27 * dpi), round(11.69 * dpi)
    mm = dpi / 25.4
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fsize = round(12 * dpi / 72)
    f = ImageFont.truetype(os.path.join(FONT_DIR, "LiberationSerif-Regular.ttf"), fsize)
    lh = round(fsize * 1.42)
    x0, x1 = round(25 * mm), W - round(22 * mm)
    xr = round(118 * mm)
    y = round(24 * mm)
    text_lines = []

    def wrap_px(text, width):
        out, cur = [], ""
        for w in text.split(" "):
            t = w if not cur else cur + " " + w
            if d.textlength(t, font=f) <= width:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        return out

    for it in spec:
        k = it[0]
        if k == "gap":
            y += round(it[1] * mm)
        elif k == "l":
            d.text((x0, y), it[1], font=f, fill=0)
            text_lines.append(it[1])
            y += lh
        elif k == "r":
            d.text((xr, y), it[1], font=f, fill=0)
            text_lines.append(it[1])
            y += lh
        elif k == "p":
            for ln in wrap_px(it[1], x1 - x0):
                d.text((x0, y), ln, font=f, fill=0)
                y += lh
            text_lines.append(it[1])
            y += round(lh * 0.45)
        elif k == "kv":
            xl, xc, xv = x0 + round(6 * mm), x0 + round(36 * mm), x0 + round(40 * mm)
            d.text((xl, y), it[1], font=f, fill=0)
            d.text((xc, y), ":", font=f, fill=0)
            for ln in wrap_px(it[2], x1 - xv):
                d.text((xv, y), ln, font=f, fill=0)
                y += lh
            text_lines.append(f"{it[1]} : {it[2]}")
        elif k == "sig":
            if sig_name:
                scribble(d, xr + round(2 * mm), y + round(1 * mm), round(42 * mm), round(17 * mm),
                         sum(map(ord, sig_name)), width=max(3, round(dpi / 90)), ink=30)
            y += round(21 * mm)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.35 * dpi / 200))
    lo = 16
    img = img.point(lambda v: int(lo + v * (paper - lo) / 255))
    r = random.Random(seed)
    noise = Image.frombytes("L", (W, H), r.randbytes(W * H)).point(lambda v: v // 26)
    img = ImageChops.subtract(img, noise)
    dd = ImageDraw.Draw(img)
    for _ in range(70):                      # dust specks
        cx, cy, rad = r.randrange(W), r.randrange(H), r.uniform(0.6, 2.2) * dpi / 200
        dd.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=r.randint(60, 150))
    return img, "\n".join(text_lines)


# ------------------------------------------------------------------ email_plain
def plain_items():
    # p01 mutasi: Madurese-Indonesian teacher from Lekok; identity as "- Nama: ..." bullets; NIK with spaces; +62
    L = L_(name="Moh. Syaifullah, S.Pd.I.",
           address="Dusun Krajan RT 002 RW 001, Desa Jatirejo, Kecamatan Lekok, Kabupaten Pasuruan",
           nik="3514150308840001", phone="081233905561",
           service_description="Usulan kenaikan pangkat saya dari Penata Muda Tingkat I (III/b) ke Penata (III/c) periode Oktober 2026 sudah dikirim operator sekolah lewat SIASN sejak tanggal 3 Juli 2026, tapi dikembalikan dengan catatan PAK tidak ada, padahal PAK sudah saya unggah dua kali. Saya sudah datang ke kantor BKPSDM di Raci tiga kali, jawabannya cuma disuruh nunggu, kok sampai sekarang ndak ada kabar. Teman-teman se usulnya bareng sama saya sudah terima SK bulan Oktober, saya sendiri yang belum.",
           loss="Selisih gaji sekitar Rp 180.000 per bulan sejak Oktober ndak saya terima, dan tiap ke Raci saya harus izin ngajar setengah hari, anak-anak kelas saya jadi ditinggal.",
           requested_resolution="Saya mohon berkas saya dicek lagi sama petugas se ngurus kenaikan pangkat guru, dan SK saya diterbitkan dengan TMT 1 Oktober 2026, jangan sampai mundur ke periode April 2027.",
           place="Lekok", date="2026-11-24")
    t = f"""Assalamu'alaikum wr. wb.

Yth. Bapak/Ibu Tim Pengaduan BKPSDM Kabupaten Pasuruan

Sebelumnya mohon maaf, saya mau menyampaikan pengaduan. Kalau bahasa saya kurang pas mohon dimaklumi nggih, saya orang Lekok asli, biasa ngomong Madura.

Data diri saya:
- Nama: {L['name']}
- NIK: 3514 1503 0884 0001
- Alamat: {L['address']}
- HP/WA: +62 812-3390-5561
- Tugas: guru PAI di SDN Jatirejo 1 Lekok

Yang saya adukan:
{L['service_description']}

Kerugian saya:
{L['loss']}

Permintaan saya:
{L['requested_resolution']}

Lekok, 24 November 2026

Mator sakalangkong,
Moh. Syaifullah
"""
    plain_mail("email_plain/p01.eml", L, "Moh. Syaifullah", "moh.syaifullah.lekok@example.com",
               hdr_date("2026-11-24", "20:14:05"), "Pengaduan kenaikan pangkat ndak keluar-keluar", t,
               "Madurese-Indonesian teacher from Lekok; identity as '- Nama: ...' bullets; NIK in groups of four; "
               "+62 phone; Madurese closing 'Mator sakalangkong'; complete", "mutasi")

    # p02 pengadaan: Tosari midwife; place/date top right; '•' bullets without colons; WA number; no loss
    L = L_(name="Sri Wahyuni, A.Md.Keb.",
           address="Dusun Wonomerto RT 01 RW 03, Desa Wonokitri, Kecamatan Tosari, Kabupaten Pasuruan",
           phone="085748512093",
           service_description="Saya sudah dinyatakan lulus seleksi PPPK tahap II tahun 2025 formasi Bidan Terampil dan sudah mengisi DRH di SSCASN pada bulan Agustus 2026, tetapi sampai sekarang Nomor Induk PPPK saya belum terbit. Teman-teman yang lulus bersama saya di Puskesmas Tosari sudah menerima SK dan perjanjian kerja pada tanggal 14 Oktober 2026, sedangkan nama saya tidak ada dalam daftar penyerahan.",
           requested_resolution="Saya mohon BKPSDM menanyakan ke BKN apa yang menghambat NI PPPK saya, dan memberi tahu saya kekurangan berkas kalau memang ada, supaya SK saya bisa diserahkan tahun ini juga.",
           place="Tosari", date="2026-11-25")
    t = f"""                                          Tosari, 25 November 2026

Kepada Yth.
Bapak/Ibu Petugas Pengaduan
BKPSDM Kabupaten Pasuruan
di Raci, Bangil

Dengan hormat,
Perkenankan saya menyampaikan pengaduan nggih. Identitas saya:

• Nama saya {L['name']}
• Bidan desa di Polindes Wonokitri, wilayah Puskesmas Tosari
• Alamat {L['address']}
• WA 0857-4851-2093 (sinyal di rumah kadang hilang, monggo kirim pesan saja)

{L['service_description']}

{L['requested_resolution']}

Mohon maaf kalau ada kata-kata yang kurang berkenan. Matur nuwun sanget atas perhatiannya.

Salam hormat,
Sri Wahyuni
"""
    plain_mail("email_plain/p02.eml", L, "Sri Wahyuni", "sriwahyuni.bidan@example.net",
               hdr_date("2026-11-26", "06:48:31"), "Pengaduan NI PPPK belum terbit (bidan desa Wonokitri)", t,
               "Tosari village midwife; place/date line first (top right); identity as '•' bullets without colons "
               "('• Nama saya ...', '• Alamat ...'); 'WA 0857-...'; sent the next morning; no loss stated",
               "pengadaan", cte="quoted-printable")

    # p03 pengadaan: the complainant's identity told in the third person by his daughter, who types and signs for him
    L = L_(name="Sukarji, S.Pd.",
           address="Dusun Kebonsari RT 03 RW 02, Desa Winongan Lor, Kecamatan Winongan, Kabupaten Pasuruan",
           phone="081357024418",
           service_description="Bapak pensiun terhitung 1 Oktober 2026. SK pensiun beliau sudah terbit, tetapi masa kerja golongan di SK tertulis 28 tahun 2 bulan, padahal di SK kenaikan pangkat terakhir masa kerjanya sudah 32 tahun 2 bulan. Waktu kami tanyakan ke loket BKPSDM pada tanggal 12 Oktober, kami diminta mengajukan ralat, dan berkas ralat sudah kami serahkan hari itu juga, tetapi sampai sekarang SK ralat belum ada.",
           loss="Karena masa kerja yang salah itu, uang pensiun Bapak yang dibayarkan Taspen setiap bulan lebih kecil sekitar Rp 310.000 dari yang seharusnya, padahal beliau sedang rutin berobat jantung.",
           requested_resolution="Kami mohon SK pensiun Bapak segera diralat sesuai masa kerja yang benar dan kekurangan uang pensiun sejak Oktober dapat dibayarkan.",
           place="Winongan", date="2026-11-30")
    t = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan

Assalamu'alaikum warahmatullahi wabarakatuh.

Mohon maaf, pengaduan ini saya tuliskan atas nama ayah saya, karena tangan beliau sudah gemetar dan tidak bisa mengetik. Yang mengadukan adalah ayah saya sendiri, dengan keterangan sebagai berikut. Nama lengkap beliau {L['name']}, pensiunan guru SDN Winongan Lor 2, NIP 19660715 198803 1 009. Beliau bertempat tinggal di {L['address']}, dan saya tinggal serumah dengan beliau.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Untuk konfirmasi, Bapak/Ibu bisa menghubungi saya di nomor 0813-5702-4418.

Winongan, 30/11/2026

Hormat kami,
a.n. Sukarji, S.Pd.
Nur Laila Fitriyah (putrinya)
"""
    plain_mail("email_plain/p03.eml", L, "Nur Laila Fitriyah", "nurlaila.fitriyah@example.com",
               hdr_date("2026-12-01", "09:03:17"), "Mohon ralat SK pensiun a.n. Sukarji", wrap(t),
               "retired teacher's complaint typed by his daughter: his identity in the third person ('Nama lengkap "
               "beliau ...'), 'a.n.' + her name under the closing; her phone as contact; date written 30/11/2026; "
               "NIP (not a NIK); wrapped at 72; complete", "pengadaan")

    # p04 mutasi: Tutur teacher, Javanese-Indonesian; the request is a question; no address
    L = L_(name="Endah Kusumaningrum, S.Pd.", phone="085233117640",
           service_description="Pada bulan Maret 2026 saya mengajukan permohonan pindah tugas dari SDN Gendro 2 ke sekolah di wilayah Kecamatan Purwosari, lengkap dengan surat lolos butuh dari kepala sekolah tujuan dan rekomendasi Dinas Pendidikan. Sudah delapan bulan berkas itu di BKPSDM dan saya tidak pernah mendapat jawaban, padahal waktu saya tanyakan bulan Agustus petugas bilang tinggal menunggu tanda tangan.",
           loss="Selama menunggu, setiap hari saya tetap harus nglaju hampir dua jam pulang-pergi lewat jalan Nongkojajar yang kalau musim hujan sering longsor, dan anak saya yang masih balita terpaksa saya titipkan ke tetangga dari subuh sampai sore.",
           requested_resolution="Apakah bisa permohonan saya diproses sebelum semester genap dimulai bulan Januari, atau kalau memang tidak bisa dikabulkan, saya diberi surat jawaban resmi supaya saya tidak menunggu tanpa kepastian?",
           place="Tutur", date="2026-12-02")
    t = f"""Sugeng enjing Bapak/Ibu petugas pengaduan BKPSDM,

Nama saya {L['name']}, guru kelas IV di SDN Gendro 2, Kecamatan Tutur. Nyuwun sewu mengganggu, saya ingin mengadukan permohonan pindah tugas saya yang sampai sekarang belum ada kejelasan.

{L['service_description']}

{L['loss']}

Pertanyaan saya: {L['requested_resolution']}

Tutur, 2 Desember 2026

Matur nuwun,
Endah
HP 0852 3311 7640
"""
    plain_mail("email_plain/p04.eml", L, "Endah Kusumaningrum", "endah.kusuma@example.org",
               hdr_date("2026-12-02", "05:41:52"), "Permohonan pindah tugas 8 bulan belum ada jawaban", t,
               "Javanese-Indonesian teacher in Tutur; the request is a question ('Pertanyaan saya: Apakah bisa "
               "...?'); closing with her first name only; only the school is named, no address", "mutasi")

    # p05 sekretariat: Madurese honorary teacher from Nguling; someone posing as BKPSDM staff took money;
    # the loss is only a sum of money; no place/date line
    L = L_(name="Abdur Rahem", address="Dusun Tambak RT 01 RW 04, Desa Penunggul, Kecamatan Nguling",
           phone="087755203316",
           service_description="Bulan Agustus kemarin ada orang se ngaku pegawai BKPSDM, pakai seragam dan kartu pegawai, bilang bisa memasukkan nama saya ke daftar PPPK paruh waktu asal ada uang pelicin. Uangnya saya serahkan langsung di ruang tunggu kantor BKPSDM Raci tanggal 21 Agustus 2026, disaksikan teman saya. Sampai sekarang nama saya ndak masuk, dan orangnya ndak bisa dihubungi lagi, nomornya sudah ndak aktif.",
           loss="Saya rugi Rp 2.500.000.",
           requested_resolution="Saya minta BKPSDM mengusut orang itu, betul pegawai BKPSDM atau bukan, dan uang saya dikembalikan. Jangan sampai teman-teman honorer lain jadi korban juga.",
           date="2026-11-27")
    t = f"""Kepada Yth. Bapak Kepala BKPSDM Kab. Pasuruan

Assalamualaikum.

Saya {L['name']}, guru honorer di SDN Penunggul 1, alamat {L['address']}. HP: 0877 5520 3316.

Saya mau lapor, Pak, soal oknum.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Mohon nama saya dirahasiakan dulu dari pihak sekolah, Pak.

Terima kasih,
Abdur Rahem
"""
    plain_mail("email_plain/p05.eml", L, "Abdur Rahem", "abdurrahem88@example.net",
               hdr_date("2026-11-27", "21:37:08"), "lapor oknum minta uang", t,
               "Madurese honorary teacher in Nguling; a man posing as BKPSDM staff took money for a PPPK listing "
               "(illegal fee -> sekretariat although PPPK is named); the loss is only 'Saya rugi Rp 2.500.000.'; "
               "no place/date line (date from the Date: header)", "sekretariat")

    # p06 kinerja: resent complaint; the citizen's letter is quoted under "On ... wrote:"; NIK with dots
    L = L_(name="Hariyanto",
           address="Dusun Krajan RT 04 RW 01, Desa Puspo, Kecamatan Puspo, Kabupaten Pasuruan",
           nik="3514171206790002", phone="081249907315",
           service_description="Saya mengajukan permohonan cuti besar selama dua bulan untuk menunaikan ibadah haji, karena nama saya masuk daftar keberangkatan musim haji 2027. Permohonan sudah saya serahkan melalui Kecamatan Puspo sejak 8 September 2026 lengkap dengan surat panggilan dari Kemenag, tetapi sampai sekarang surat izin cuti besar belum terbit dan tidak ada pemberitahuan apa pun.",
           loss="Karena belum ada surat izin cuti, saya tidak bisa melengkapi berkas pelunasan di Kemenag yang batas waktunya tanggal 18 Desember 2026, dan kalau terlambat porsi saya bisa tertunda ke tahun berikutnya padahal sudah antre dua belas tahun.",
           requested_resolution="Saya mohon surat izin cuti besar saya segera diproses dan diterbitkan sebelum tanggal 18 Desember 2026, atau saya diberi tahu kekurangan berkasnya.",
           place="Puspo", date="2026-11-16")
    original = f"""Puspo, 16 November 2026

Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama    : {L['name']}
NIK     : 3514.17.120679.0002
Jabatan : Pengadministrasi Umum, Kantor Kecamatan Puspo
Alamat  : {L['address']}
HP      : 0812-4990-7315

menyampaikan pengaduan sebagai berikut.

Permasalahan:
{L['service_description']}

Kerugian:
{L['loss']}

Permohonan:
{L['requested_resolution']}

Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Hormat saya,
Hariyanto
"""
    first_id = gmail_id()
    t = ("Yth. Tim Pengaduan BKPSDM,\n\n"
         "Mohon maaf saya kirim ulang pengaduan saya tanggal 16 November di bawah ini, karena sampai sekarang "
         "belum ada balasan maupun nomor tiket. Batas waktunya tinggal dua minggu lagi, mohon dibantu nggih.\n\n"
         "Terima kasih,\nHariyanto\n\n"
         "On Mon, 16 Nov 2026 at 19:22, Hariyanto <hariyanto.puspo@example.net> wrote:\n\n"
         + quote(original) + "\n")
    plain_mail("email_plain/p06.eml", L, "Hariyanto", "hariyanto.puspo@example.net",
               hdr_date("2026-11-30", "19:05:44"), "Re: Pengaduan surat izin cuti besar belum terbit", t,
               "resent complaint: short new note on top, the whole letter quoted with '> ' under 'On Mon, 16 Nov "
               "2026 ... wrote:'; the letter's own date (16 Nov) is the date, not the resend's Date: (30 Nov); "
               "NIK written with dots; complete", "kinerja", cte="quoted-printable",
               extra=(("In-Reply-To", first_id), ("References", first_id)))

    # p07 kinerja: personnel officer of Puskesmas Lumbang writes, in his own name, about a colleague's SKP
    L = L_(name="Agus Salim, S.KM.",
           address="Dusun Sumberkembang RT 02 RW 05, Desa Karangasem, Kecamatan Lumbang, Kabupaten Pasuruan",
           phone="081336002741",
           service_description="SKP tahun 2025 rekan kami belum bisa difinalisasi di aplikasi e-Kinerja karena pejabat penilai yang tercatat masih kepala puskesmas lama, yang sudah pindah tugas ke Dinas Kesehatan sejak Januari 2026. Permohonan penggantian pejabat penilai sudah kami kirim ke admin e-Kinerja BKPSDM tiga kali, terakhir tanggal 9 Oktober 2026, tetapi belum diubah dan tidak ada balasan.",
           loss="Karena SKP 2025 kosong, TPP rekan kami sejak Juli 2026 dipotong 40 persen, sekitar Rp 720.000 per bulan, padahal kinerjanya selama 2025 dinilai baik oleh atasannya.",
           requested_resolution="Kami mohon admin e-Kinerja BKPSDM segera mengganti pejabat penilai rekan kami menjadi kepala puskesmas yang sekarang, supaya SKP 2025 bisa difinalisasi dan potongan TPP-nya dapat dikembalikan.",
           place="Lumbang", date="2026-12-03")
    t = f"""Kepada
Yth. Kepala BKPSDM Kabupaten Pasuruan
c.q. Tim Pengaduan
di Bangil

Dengan hormat,

Yang bertanda tangan di bawah ini:
Nama      : {L['name']}
Jabatan   : Pengelola Kepegawaian, UPT Puskesmas Lumbang
Alamat    : {L['address']}
No. HP    : 0813-3600-2741

dengan ini menyampaikan pengaduan mengenai penilaian kinerja rekan kami, Sdri. Kasiati, perawat pelaksana di UPT Puskesmas Lumbang, yang saat ini sedang cuti melahirkan dan meminta saya membantu menyampaikan masalahnya.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Sebagai bahan, tangkapan layar e-Kinerja dan surat permohonan kami sebelumnya dapat kami kirimkan bila diperlukan.

Demikian, atas perhatian dan bantuannya kami ucapkan terima kasih.

Lumbang, 3 Desember 2026
Hormat kami,

Agus Salim, S.KM.
"""
    plain_mail("email_plain/p07.eml", L, "Agus Salim", "agussalim.pkm@example.org",
               hdr_date("2026-12-03", "13:20:11"), "Pengaduan SKP 2025 tidak bisa difinalisasi (pejabat penilai)",
               wrap(t),
               "a Puskesmas personnel officer writes in his own name ('Yang bertanda tangan di bawah ini') about a "
               "colleague's SKP; her name and her leave are context; 'pindah tugas' of the old appraiser and her "
               "'cuti' are not the topic (SKP -> kinerja); wrapped at 72; complete", "kinerja")

    # p08 kompetensi: the topic (izin belajar) is only in the Subject: line; no name after the closing
    L = L_(name="Ahmad Fauzi",
           address="Dusun Ngemplak RT 01 RW 02, Desa Kedemungan, Kecamatan Kejayan, Kabupaten Pasuruan",
           phone="082140775219",
           service_description="Berkasnya sudah saya ajukan lewat Dinas Pendidikan pada bulan Juni 2026, sudah lengkap semua dan sudah ada tanda terimanya, tapi sampai sekarang belum ada kabar. Setiap saya tanya ke loket, jawabannya selalu masih di meja pimpinan.",
           loss="Kampus sudah dua kali menagih surat itu, dan kalau sampai akhir semester belum ada, kuliah saya selama ini terancam tidak bisa diakui oleh instansi.",
           requested_resolution="Tolong dibantu dicek posisi berkas saya dan diterbitkan secepatnya.",
           place="Kejayan", date="2026-11-19", signed=False)
    t = f"""Assalamu'alaikum wr. wb.

Selamat pagi Bapak/Ibu, mohon maaf mengganggu. Saya mau menanyakan sekaligus mengadukan soal yang ada di judul email ini.

Nama saya {L['name']}, guru kelas di SDN Kedemungan 2, alamat rumah {L['address']}, no HP 0821-4077-5219.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Kejayan, 19 November 2026

Wassalamu'alaikum wr. wb.
"""
    plain_mail("email_plain/p08.eml", L, "Ahmad Fauzi", "ahmadfauzi.kejayan@example.com",
               hdr_date("2026-11-19", "07:12:09"), "Izin belajar S1 PGSD saya sudah 5 bulan belum terbit", t,
               "the topic (izin belajar) is stated only in the Subject: line, the body says 'soal yang ada di judul "
               "email ini'; ends with 'Wassalamu'alaikum wr. wb.' and no name -> unsigned", "kompetensi")

    # p09 sekretariat: retiree in Rembang; month typed 'Nopember'; only a (0343) landline
    L = L_(name="Soebandi, B.A.",
           address="Dusun Sumbersari RT 05 RW 02, Desa Pejangkungan, Kecamatan Rembang, Kabupaten Pasuruan",
           phone="0343413527",
           service_description="Sejak tanggal 2 Nopember 2026 saya berkali-kali menelepon nomor layanan BKPSDM yang tercantum di papan pengumuman dan di website, hampir setiap hari kerja antara jam 08.00 sampai 14.00, tetapi tidak pernah diangkat. Nomor WhatsApp layanan yang tertulis di website juga hanya centang satu, pesan saya tidak pernah dibaca.",
           loss="Karena tidak bisa bertanya lewat telepon, saya yang sudah berumur 71 tahun terpaksa datang sendiri ke Raci naik ojek dua kali, ongkosnya Rp 120.000 sekali jalan, hanya untuk menanyakan legalisir SK pensiun yang sebetulnya bisa dijawab lewat telepon.",
           requested_resolution="Saya mohon nomor telepon dan WhatsApp layanan BKPSDM benar-benar dijaga pada jam kerja, atau kalau nomornya sudah ganti, diumumkan nomor yang baru supaya orang tua seperti saya tidak perlu datang jauh-jauh.",
           place="Rembang", date="2026-11-23")
    t = f"""Kepada Yth.
Bapak Kepala BKPSDM Kabupaten Pasuruan
di tempat

Kulo nuwun,

Yang bertanda tangan di bawah ini, saya {L['name']}, pensiunan penilik sekolah, bertempat tinggal di {L['address']}, telepon rumah (0343) 413527, dengan ini menyampaikan keluhan tentang layanan telepon BKPSDM.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian surat ini, mohon maaf bila ada kata yang kurang berkenan. Matur nuwun.

Rembang, 23 Nopember 2026

Hormat saya,
Soebandi, B.A.
Pensiunan Penilik Sekolah
"""
    plain_mail("email_plain/p09.eml", L, "Soebandi", "soebandi1955@example.net",
               hdr_date("2026-11-24", "10:31:40"), "Keluhan telepon layanan BKPSDM tidak pernah diangkat", t,
               "retiree in Rembang; month typed 'Nopember'; the only number is a '(0343) 413527' landline; "
               "'SK pensiun' is only why he called (helpline -> sekretariat); complete", "sekretariat",
               cte="7bit")

    # p10 kompetensi: PPPK teacher in Grati left out of the orientation training; date '30-11-26'; no loss
    L = L_(name="Siti Nur Hasanah, S.Pd.",
           address="Dusun Krajan Timur RT 02 RW 03, Desa Kalipang, Kecamatan Grati, Kabupaten Pasuruan",
           phone="081615438820",
           service_description="Saya diangkat sebagai PPPK guru mulai 1 Maret 2026 dan menurut surat edaran semua PPPK angkatan 2026 wajib mengikuti pelatihan orientasi sebelum akhir tahun. Nama saya tidak ada di daftar peserta gelombang 1 maupun gelombang 2, padahal teman-teman PPPK di sekolah saya yang SK-nya sama tanggalnya sudah ikut semua. Waktu saya tanyakan lewat WA admin, jawabannya cuma 'kuota penuh', kok ndak ada penjelasan kapan gelombang berikutnya.",
           requested_resolution="Mohon saya diikutkan pada gelombang orientasi berikutnya dan diberi kepastian jadwalnya secara tertulis.",
           place="Grati", date="2026-11-30")
    t = f"""Kepada Yth. Tim Pengaduan BKPSDM Kab. Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama    : {L['name']}
Alamat  : {L['address']}
Telepon : 0816-1543-8820
Unit    : PPPK Guru, SDN Kalipang 3

menyampaikan pengaduan sebagai berikut.

{L['service_description']}

{L['requested_resolution']}

Demikian, atas perhatiannya saya sampaikan terima kasih.

Grati, 30-11-26

Hormat saya,

Siti Nur Hasanah
"""
    plain_mail("email_plain/p10.eml", L, "Siti Nur Hasanah", "sitinurhasanah.grati@example.org",
               hdr_date("2026-11-30", "16:55:02"), "Tidak terdaftar pelatihan orientasi PPPK", t,
               "PPPK teacher in Grati, orientation training (PPPK named, topic is training -> kompetensi); date line "
               "'Grati, 30-11-26'; no loss stated", "kompetensi", cte="base64")

    # p11 sekretariat: PPPK part-time school guard from Lekok mocked for his Madurese accent; chatty;
    # no address, no place/date line
    L = L_(name="Moh. Holil", phone="085966012284",
           service_description="Hari Kamis tanggal 26 November saya datang ke loket BKPSDM mau tanya soal SK paruh waktu saya. Waktu saya bicara, petugas laki-laki di loket nomor 2 malah niru-niru logat Madura saya sambil ketawa sama temannya, terus bilang 'ngomong yang jelas, Pak, ini kantor'. Orang-orang se antre di belakang saya ikut ketawa.",
           loss="Saya malu sekali, Mas, sampai pulang ndak jadi tanya apa-apa. Sudah izin kerja setengah hari, ongkos ke Raci juga ndak sedikit, hasilnya nol.",
           requested_resolution="Saya minta petugas itu ditegur, dan petugas loket diajari menghormati orang dari daerah mana saja, jangan diketawain logatnya.",
           date="2026-11-28")
    t = f"""Assalamualaikum min, eh maaf, Bapak/Ibu pengaduan BKPSDM.

Saya {L['name']}, penjaga sekolah PPPK paruh waktu di SDN Wates 1 Lekok. Saya mau ngadu soal pelayanan di loket, mas. Sepurane bâ' kalau bahasanya campur-campur.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Kalau mau tanya-tanya bisa WA saya di 0859-6601-2284.

Salam,
Holil
"""
    plain_mail("email_plain/p11.eml", L, "Moh Holil", "holil.lekok@example.com",
               hdr_date("2026-11-28", "22:10:37"), "ngadu petugas loket", t,
               "chatty Madurese-Indonesian ('mas', 'ndak', 'se antre'); counter officer mocks his accent (staff "
               "conduct -> sekretariat although his part-time SK is named); only his school, no address; no "
               "place/date line", "sekretariat")

    # p12 mutasi: nurse in Puspo, appointment to the next functional grade; month typed 'Desmber'
    L = L_(name="Ns. Dewi Anggraeni, S.Kep.",
           address="Dusun Ngadirejo RT 03 RW 01, Desa Jimbaran, Kecamatan Puspo, Kabupaten Pasuruan",
           phone="082233871064",
           service_description="Saya perawat di Puskesmas Puspo dan sudah lulus uji kompetensi kenaikan jenjang dari Perawat Ahli Pertama ke Perawat Ahli Muda pada bulan Mei 2026. Usul pengangkatan dalam jabatan fungsional jenjang Ahli Muda sudah dikirim Dinas Kesehatan ke BKPSDM bulan Juni, tetapi sampai sekarang SK pengangkatannya belum terbit dan saya belum dilantik, sedangkan dua rekan dari puskesmas lain yang lulus bersama saya sudah dilantik bulan September.",
           loss="Tunjangan jabatan fungsional Ahli Muda yang selisihnya sekitar Rp 300.000 per bulan belum saya terima sejak Juli, dan hasil uji kompetensi saya hanya berlaku sampai Mei 2027.",
           requested_resolution="Saya mohon SK pengangkatan saya dalam jabatan Perawat Ahli Muda segera diterbitkan dan saya diikutkan pada pelantikan berikutnya.",
           place="Puspo", date="2026-12-07")
    t = f"""Yth. Bapak/Ibu Petugas Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya {L['name']}, beralamat di {L['address']}, nomor HP 0822-3387-1064, menyampaikan pengaduan sebagai berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Atas perhatian dan tindak lanjutnya saya sampaikan terima kasih.

Puspo, 7 Desmber 2026

Hormat saya,
{L['name']}
"""
    plain_mail("email_plain/p12.eml", L, "Dewi Anggraeni", "dewi.anggraeni.ns@example.net",
               hdr_date("2026-12-07", "12:44:00"), "SK pengangkatan jenjang Perawat Ahli Muda belum terbit", wrap(t),
               "nurse in Puspo, appointment to the next functional grade (jabatan -> mutasi although 'uji "
               "kompetensi' is named); month typed 'Desmber'; wrapped at 72; complete", "mutasi",
               cte="quoted-printable")

    # p13 kinerja: Winongan teacher, disciplinary sanction while on an official assignment; no request
    L = L_(name="Achmad Rifa'i, S.Pd.",
           address="Dusun Sruwi Krajan RT 01 RW 01, Desa Sruwi, Kecamatan Winongan, Kabupaten Pasuruan",
           phone="083830127745",
           service_description="Pada tanggal 2 November 2026 saya menerima surat keputusan hukuman disiplin ringan berupa teguran tertulis dengan alasan tidak masuk kerja tanpa keterangan selama lima hari pada bulan Agustus. Padahal pada tanggal-tanggal tersebut saya sedang menjalankan tugas mendampingi siswa lomba OSN tingkat provinsi di Surabaya berdasarkan surat tugas dari Dinas Pendidikan. Surat tugas itu sudah saya kirim ke BKPSDM sebagai keberatan, dan saya tidak pernah dipanggil untuk pemeriksaan sebelum keputusan itu dijatuhkan.",
           loss="Teguran tertulis itu tercatat di riwayat disiplin saya, sehingga saya dicoret dari daftar calon kepala sekolah tahun 2027 dan TPP saya bulan November dipotong.",
           place="Winongan", date="2026-12-09")
    t = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Saya yang bertanda tangan di bawah ini:

Nama          : {L['name']}
Unit kerja    : SDN Sruwi 1, Kecamatan Winongan
Alamat rumah  : {L['address']}
HP            : +62 838-3012-7745

Dengan ini saya menyampaikan pengaduan nggih, mengenai hukuman disiplin yang saya terima.

{L['service_description']}

{L['loss']}

Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Winongan, 9 Desember 2026

Hormat saya,
Achmad Rifa'i
"""
    plain_mail("email_plain/p13.eml", L, "Achmad Rifa'i", "achmad.rifai@example.org",
               hdr_date("2026-12-10", "08:02:19"), "Pengaduan hukuman disiplin saat tugas luar", t,
               "teacher in Winongan, disciplinary sanction issued while he was on an official assignment "
               "(discipline -> kinerja; 'calon kepala sekolah' only in the loss); +62 phone; states no requested "
               "resolution", "kinerja")


# ------------------------------------------------------------------ email_mime
def mime_items():
    # m01 pengadaan: HTML-only mail, all fields in a two-column HTML table; SIASN shows a wrong NIK
    L = L_(name="Hj. Siti Fatimah, S.ST.",
           address="Dusun Karanganyar RT 02 RW 02, Desa Sebalong, Kecamatan Nguling, Kabupaten Pasuruan",
           nik="3514204507830004", phone="081235206617",
           service_description="Sejak data saya dimigrasikan ke SIASN, NIK saya tertulis 3514204507830040, padahal NIK yang benar sesuai KTP dan KK adalah 3514204507830004. Permohonan perbaikan sudah saya ajukan melalui admin kepegawaian Dinas Kesehatan pada bulan Agustus 2026 dan berkasnya sudah diteruskan ke BKPSDM, tetapi sampai sekarang data di SIASN belum berubah.",
           loss="Karena NIK tidak cocok dengan data Dukcapil, pendaftaran BPJS Kesehatan untuk anak ketiga saya ditolak, dan saya tidak bisa login ke MyASN untuk mengunduh dokumen kepegawaian.",
           requested_resolution="Mohon NIK saya di SIASN segera diperbaiki sesuai KTP dan saya diberi kabar setelah perbaikan selesai, supaya saya bisa mendaftarkan anak saya ke BPJS.",
           place="Nguling", date="2026-12-04")
    rows = [("Nama", L["name"]), ("NIK", L["nik"]), ("Alamat", L["address"]), ("No. HP / WA", "0812-3520-6617"),
            ("Pekerjaan", "Bidan Ahli Pertama, UPT Puskesmas Nguling"),
            ("Uraian pengaduan", L["service_description"]), ("Kerugian yang dialami", L["loss"]),
            ("Penyelesaian yang diminta", L["requested_resolution"])]
    trs = "\n".join(f'<tr><td style="width:30%;background:#eef3f8;vertical-align:top"><b>{esc(a)}</b></td>'
                    f'<td style="vertical-align:top">{esc(b)}</td></tr>' for a, b in rows)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
         '<p>Kepada Yth.<br>Tim Pengaduan BKPSDM Kabupaten Pasuruan</p>\n'
         "<p>Assalamu'alaikum wr. wb.</p>\n"
         '<p>Dengan hormat, bersama ini saya sampaikan pengaduan dengan data sebagai berikut:</p>\n'
         '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">\n'
         f'{trs}\n</table>\n'
         '<p>Demikian pengaduan saya, atas perhatiannya saya ucapkan terima kasih.</p>\n'
         '<p>Nguling, 4 Desember 2026</p>\n'
         '<p>Hormat saya,<br>Hj. Siti Fatimah</p>\n</body></html>\n')
    m = new_msg("Hj. Siti Fatimah", "siti.fatimah.bidan@example.com", hdr_date("2026-12-04", "14:27:55"),
                "Pengaduan NIK salah di SIASN", extra=(("User-Agent", "Roundcube Webmail/1.6.9"),))
    m.set_content(h, subtype="html", charset="utf-8", cte="quoted-printable")
    emit("email_mime/m01.eml", m, "siti.fatimah.bidan@example.com")
    rec("email_mime/m01.eml", "email_mime", L, "siti.fatimah.bidan@example.com",
        "HTML-only (QP): identity, story, loss and request in a two-column HTML table (label | value), place/date "
        "and closing below it; a wrong NIK quoted inside the story, the right one in the NIK row; complete",
        "pengadaan")

    # m02 kompetensi: Gmail alternative; degree recognition for an M.Kep.; no requested resolution
    L = L_(name="Rini Puspitasari, S.Kep., Ns., M.Kep.",
           address="Perumahan Grati Permai Blok C-11, Desa Ranuklindungan, Kecamatan Grati, Kabupaten Pasuruan",
           phone="085604417733",
           service_description="Saya lulus S2 Keperawatan pada bulan Februari 2026 dengan izin belajar dari BKPSDM, dan permohonan pencantuman gelar sudah saya ajukan bulan April 2026 dengan semua berkas lengkap, termasuk ijazah dan transkrip yang sudah dilegalisir. Sampai sekarang surat keterangan pencantuman gelar belum terbit, dan ketika saya tanyakan, petugas bilang berkas saya harus diverifikasi ulang tanpa menyebutkan apa yang kurang.",
           loss="Gelar M.Kep. belum bisa dicantumkan di SIASN, sehingga saya tidak bisa mendaftar seleksi Kepala Ruang yang mensyaratkan S2, dan biaya kuliah Rp 38.000.000 yang saya tanggung sendiri terasa sia-sia.",
           place="Grati", date="2026-12-08")
    t = f"""Yth. Tim Pengaduan BKPSDM Kab. Pasuruan,

Dengan hormat, saya yang bertanda tangan di bawah ini:
Nama: {L['name']}
Unit kerja: RSUD Grati
Alamat: {L['address']}
HP: 0856-0441-7733

ingin menyampaikan pengaduan tentang pencantuman gelar.

{L['service_description']}

{L['loss']}

Demikian yang bisa saya sampaikan. Terima kasih banyak nggih.

Grati, 8 Desember 2026

Salam hormat,
Rini Puspitasari
"""
    alt_mail("email_mime/m02.eml", L, "Rini Puspitasari", "rini.puspitasari@example.net",
             hdr_date("2026-12-08", "21:16:33"), "Pencantuman gelar M.Kep. belum terbit", t, div_html(t),
             "Gmail multipart/alternative (QP); degree recognition (-> kompetensi, SIASN and a post named in the "
             "loss); states no requested resolution", "kompetensi")

    # m03 kinerja: Outlook windows-1252, long signature block with office phone/address and a disclaimer
    L = L_(name="Bambang Hermanto, S.Sos.",
           address="Dusun Ledoksari RT 01 RW 02, Desa Podokoyo, Kecamatan Tosari, Kabupaten Pasuruan",
           phone="085234701196",
           service_description="Nama saya tercantum dalam Keputusan Presiden tahun 2026 tentang penganugerahan Satyalancana Karya Satya X Tahun, tetapi tertulis “Bambang Hermawan”, bukan Bambang Hermanto, dan NIP-nya pun keliru satu digit. Karena kekeliruan itu, pada upacara penyematan tanggal 17 Agustus 2026 di Pendopo Kabupaten nama saya tidak dipanggil dan piagam serta medali saya tidak diserahkan. Laporan sudah saya sampaikan ke BKPSDM pada tanggal 24 Agustus, namun belum ada tindak lanjut.",
           loss="Saya kehilangan kesempatan menerima penghargaan di depan keluarga dan rekan kerja, dan tanda kehormatan itu juga menjadi salah satu bahan penilaian untuk seleksi jabatan yang sedang saya ikuti.",
           requested_resolution="Saya mohon BKPSDM mengajukan ralat Keputusan Presiden atas nama saya dan menyerahkan piagam serta medali Satyalancana Karya Satya X Tahun kepada saya setelah ralat terbit.",
           place="Tosari", date="2026-12-10")
    t = f"""Kepada Yth.
Kepala BKPSDM Kabupaten Pasuruan
di Bangil

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama         : {L['name']}
Alamat rumah : {L['address']}
HP           : 0852-3470-1196

menyampaikan pengaduan sebagai berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian pengaduan ini saya sampaikan, atas perhatian Bapak saya ucapkan terima kasih.

Tosari, 10 Desember 2026

Hormat saya,

Bambang Hermanto, S.Sos.
Pengadministrasi Perkantoran
Sub Bagian Umum dan Kepegawaian
Kantor Kecamatan Tosari – Kabupaten Pasuruan
Jl. Raya Tosari No. 1, Tosari, Pasuruan 67177
Telp. (0343) 571 120 | Faks. (0343) 571 121
Email: bambang.hermanto@kec-tosari.example.org
“Melayani dengan Hati, Bekerja dengan Bukti”

________________________________
DISCLAIMER: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera menghapus email ini dan memberitahukan kepada pengirim. Segala bentuk penyalinan, penyebaran, atau penggunaan informasi dalam email ini tanpa izin dilarang. Pendapat dalam email ini adalah pendapat pribadi pengirim dan tidak mewakili Pemerintah Kabupaten Pasuruan.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Please consider the environment before printing this e-mail.
"""
    alt_mail("email_mime/m03.eml", L, "Bambang Hermanto", "bambang.hermanto@kec-tosari.example.org",
             hdr_date("2026-12-10", "10:05:12"), "Pengaduan: nama salah di Keppres Satyalancana Karya Satya",
             t, outlook_html(t), "Outlook windows-1252 QP, curly quotes and en dash; long signature block with "
             "office address, office phone/fax and a bilingual disclaimer after the name; the letter's HP is the "
             "phone; Satyalancana -> kinerja; complete", "kinerja", style="outlook", cs="windows-1252",
             extra=(("Thread-Topic", "Pengaduan: nama salah di Keppres Satyalancana Karya Satya"),
                    ("X-MS-Has-Attach", ""), ("Content-Language", "id-ID")))

    # m04 mutasi: acting school principal in Lumbang not appointed definitively; iso-8859-1; no loss
    L = L_(name="Suwandi, S.Pd., M.M.",
           address="Jl. Raya Lumbang No. 88 RT 03 RW 01, Desa Lumbang, Kecamatan Lumbang, Kabupaten Pasuruan",
           phone="085334620981",
           service_description="Saya sudah menjabat sebagai Pelaksana Tugas Kepala SDN Watulumbung 1 sejak bulan Oktober 2025 dan sudah lulus seleksi calon kepala sekolah serta memiliki sertifikat guru penggerak. Dinas Pendidikan sudah mengusulkan pengangkatan saya sebagai kepala sekolah definitif ke BKPSDM pada bulan Mei 2026, tetapi pada pelantikan kepala sekolah tanggal 2 Oktober 2026 nama saya tidak ada, dan sampai sekarang tidak ada penjelasan dari BKPSDM mengapa usulan itu tidak diproses.",
           requested_resolution="Saya mohon BKPSDM memberi penjelasan tertulis tentang status usulan pengangkatan saya, dan bila tidak ada kekurangan persyaratan, saya diikutkan dalam pelantikan kepala sekolah berikutnya.",
           place="Lumbang", date="2026-12-11")
    t = f"""Kepada Yth. Bapak/Ibu Tim Pengaduan
BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya {L['name']}, guru pada SDN Watulumbung 1 (± 18 km dari kota kecamatan), beralamat di {L['address']}, HP 0853-3462-0981, dengan ini menyampaikan pengaduan mengenai usulan pengangkatan kepala sekolah.

{L['service_description']}

{L['requested_resolution']}

Demikian pengaduan ini, atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Lumbang, 11 Desember 2026

Hormat saya,
Suwandi
"""
    h = "<html><body>" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")) + \
        "</body></html>"
    alt_mail("email_mime/m04.eml", L, "Suwandi", "suwandi.watulumbung@example.com",
             hdr_date("2026-12-11", "15:40:27"), "Usulan pengangkatan kepala sekolah definitif tidak diproses",
             t, h, "iso-8859-1 quoted-printable text + HTML ('±'); acting principal's appointment as definitive "
             "head (jabatan -> mutasi); no loss", "mutasi", style="other", cs="iso-8859-1",
             extra=(("User-Agent", "Zimbra Webmail 10.0"),))

    # m05 sekretariat: Apple Mail (iPad), base64; counter closed after Friday prayers; Madurese flavour
    L = L_(name="Moh. Zainuri",
           address="Dusun Pesisir RT 04 RW 02, Desa Kalirejo, Kecamatan Kraton, Kabupaten Pasuruan",
           phone="081336715502",
           service_description="Hari Jumat tanggal 4 Desember 2026 saya datang ke loket pelayanan BKPSDM jam 13.15, sesuai jam layanan yang tertulis di papan, yaitu Jumat buka lagi jam 13.00. Ternyata loket masih tutup sampai jam 14.40, tidak ada satu pun petugas, hanya ada kertas bertuliskan “petugas sedang rapat”. Ada sekitar lima belas orang yang menunggu, termasuk ibu-ibu yang menggendong anak.",
           loss="Saya sudah sepuh, datang dari Kraton naik angkot dua kali, menunggu hampir satu setengah jam di kursi plastik, dan akhirnya pulang tanpa dilayani karena angkot terakhir ke arah Kraton jam tiga sore.",
           requested_resolution="Mohon jam layanan di papan itu ditaati, dan kalau petugas memang ada rapat, ada petugas pengganti di loket atau pengumuman sebelumnya lewat website dan media sosial BKPSDM.",
           place="Kraton", date="2026-12-05")
    t = f"""Assalamualaikum Bapak/Ibu,

Saya {L['name']}, pensiunan guru, alamat {L['address']}. No HP 0813-3671-5502.

Saya mau menyampaikan keluhan, kok bisa loket tutup di jam layanan lho.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Sakalangkong, terima kasih.

Kraton, 5 Desember 2026

Hormat saya,
Moh. Zainuri

Dikirim dari iPad saya"""
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto">' + "".join("<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>"
                                       for ln in t.split("\n")) + "</body></html>")
    alt_mail("email_mime/m05.eml", L, "Moh. Zainuri", "zainuri.kraton@example.net",
             hdr_date("2026-12-05", "18:22:49"), "Loket tutup di jam layanan", t, h,
             "Apple Mail (iPad) alternative, both parts base64; retiree, counter closed in service hours "
             "(-> sekretariat); Madurese 'Sakalangkong'; 'Dikirim dari iPad saya' after the name; complete",
             "sekretariat", style="apple", text_cte="base64", html_cte="base64",
             extra=(("X-Mailer", "iPad Mail (22B91)"),))

    # m06 pengadaan: Yahoo; teacher in Pasrepan, Karis for his wife; no address
    L = L_(name="Sunarto, S.Pd.", phone="081252739006",
           service_description="Saya menikah pada bulan Januari 2025 dan mengajukan permohonan Kartu Istri (Karis) untuk istri saya melalui operator SIASN sekolah pada bulan Maret 2025. Sudah lebih dari satu setengah tahun Karis itu belum jadi, dan status permohonan di SIASN masih tertulis “diproses” sejak Mei 2025.",
           loss="Istri saya belum bisa didaftarkan sebagai tanggungan di Taspen, dan setiap ada urusan di bank maupun asuransi kami selalu diminta Karis sehingga urusannya tertunda.",
           requested_resolution="Mohon Karis istri saya segera diterbitkan, atau saya diberi tahu kalau ada berkas yang masih kurang.",
           place="Pasrepan", date="2026-12-14")
    t = f"""Kepada Yth. Petugas Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,
Perkenalkan, saya {L['name']}, guru kelas VI SDN Ngantungan 1, Kecamatan Pasrepan. Nomor HP saya 0812-5273-9006.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Terima kasih atas bantuannya.

Pasrepan, 14 Desember 2026

Salam,
Sunarto
"""
    h = ('<html><head></head><body><div class="ydp5a1c7e2yahoo-style-wrap" style="font-family:Helvetica Neue, '
         'Helvetica, Arial, sans-serif;font-size:13px;">' +
         "".join("<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>" for ln in t.split("\n")) +
         "</div></body></html>")
    alt_mail("email_mime/m06.eml", L, "Sunarto", "sunarto.pasrepan@yahoo.example.com",
             hdr_date("2026-12-14", "19:58:03"), "Karis belum jadi 1,5 tahun", t, h,
             "Yahoo Mail alternative (QP), curly quotes; Karis (-> pengadaan); only his school is named, no address",
             "pengadaan", style="yahoo", extra=(("X-Mailer", "WebService/1.1.22941 YMailNorrin"),))

    # m07 kompetensi: alternative(text, related(html, inline logo)); training certificate not issued
    L = L_(name="Imam Syafi'i, S.E.",
           address="Perum Gondang Asri Blok B-14, Desa Bayeman, Kecamatan Gondangwetan, Kabupaten Pasuruan",
           phone="081330981124",
           service_description="Pada bulan Agustus 2026 saya mengikuti Pelatihan Teknis Penatausahaan Keuangan Daerah secara daring melalui LMS BKPSDM selama 40 JP dan sudah dinyatakan lulus dengan nilai akhir 86. Sertifikat yang dijanjikan terbit dua minggu setelah pelatihan sampai sekarang belum bisa diunduh, dan jam pelajarannya juga belum tercatat di SIASN, padahal peserta lain dari angkatan yang sama sudah menerima sertifikat.",
           loss="Tanpa sertifikat itu, capaian pengembangan kompetensi saya tahun 2026 tercatat nol JP, sehingga saya tidak memenuhi syarat minimal 20 JP dan nilai SKP saya terancam turun.",
           requested_resolution="Saya mohon sertifikat pelatihan saya segera diterbitkan dan 40 JP-nya dicatat di SIASN sebelum batas pelaporan akhir Desember 2026.",
           place="Gondangwetan", date="2026-12-15")
    t = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,
Bersama ini saya,
Nama   : {L['name']}
Jabatan: Pengelola Keuangan, Kantor Kecamatan Gondangwetan
Alamat : {L['address']}
HP     : 0813-3098-1124
menyampaikan pengaduan sebagai berikut.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Atas perhatiannya saya sampaikan terima kasih.

Gondangwetan, 15 Desember 2026

Hormat saya,
Imam Syafi'i
"""
    cid = f"{rid(12)}@{rid(8)}"
    h = outlook_html(t, cs="utf-8").replace(
        "\n</div>\n</body>", f'\n<p class=MsoNormal><img width=48 height=48 src="cid:{cid}" alt="Logo Pemkab">'
        "<o:p></o:p></p>\n</div>\n</body>")
    m = new_msg("Imam Syafi'i", "imam.syafii@gondangwetan.example.org", hdr_date("2026-12-15", "09:31:18"),
                "Sertifikat pelatihan teknis (LMS) belum terbit")
    m.set_content(t, subtype="plain", charset="utf-8", cte="quoted-printable")
    m.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
    m.get_payload()[1].add_related(logo_png(), maintype="image", subtype="png", cid=f"<{cid}>",
                                   filename="image001.png")
    emit("email_mime/m07.eml", m, "imam.syafii@gondangwetan.example.org", bnd_style="outlook")
    rec("email_mime/m07.eml", "email_mime", L, "imam.syafii@gondangwetan.example.org",
        "Outlook multipart/alternative(text, related(html, inline PNG logo)); e-learning training certificate "
        "and JP not recorded (-> kompetensi; SKP only in the loss); complete", "kompetensi")

    # m08 kinerja: Thunderbird format=flowed + HTML; leave for an important reason; no name at the end
    L = L_(name="Lilis Suryani, A.Md.Keb.",
           address="Dusun Mendalan Kidul RT 02 RW 01, Desa Mendalan, Kecamatan Winongan, Kabupaten Pasuruan",
           phone="085745098317",
           service_description="Ayah saya meninggal dunia di Sumenep pada tanggal 12 Oktober 2026 dan saya langsung mengajukan cuti karena alasan penting selama enam hari melalui kepala puskesmas, lengkap dengan surat keterangan kematian. Kepala puskesmas sudah menandatangani, tetapi surat izin cuti dari BKPSDM tidak pernah terbit, dan di aplikasi presensi keenam hari itu tercatat sebagai tanpa keterangan.",
           loss="TPP saya bulan Oktober dipotong sekitar Rp 540.000, dan saya mendapat teguran lisan dari kepala puskesmas karena presensi saya dianggap buruk.",
           requested_resolution="Saya mohon surat izin cuti alasan penting saya diterbitkan dengan tanggal yang sesuai, presensi saya dikoreksi, dan potongan TPP dikembalikan.",
           place="Winongan", date="2026-12-16", signed=False)
    t = f"""Kepada Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,

Saya {L['name']}, bidan desa di Polindes Mendalan, UPT Puskesmas Winongan, alamat {L['address']}, HP/WA 0857-4509-8317, ingin menyampaikan pengaduan.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Winongan, 16 Desember 2026

Demikian pengaduan saya, terima kasih atas perhatiannya.
"""
    h = ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; "
         "charset=UTF-8\">\n  </head>\n  <body>\n" +
         "\n".join("    <p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in t.strip().split("\n\n"))
         + "\n  </body>\n</html>\n")
    alt_mail("email_mime/m08.eml", L, "Lilis Suryani", "lilis.suryani@example.org",
             hdr_date("2026-12-16", "22:47:36"), "Cuti alasan penting tidak terbit, presensi alpa", flowed(t), h,
             "Thunderbird text/plain format=flowed (8bit) + HTML; leave for an important reason (-> kinerja); "
             "place/date line before the closing sentence, no name anywhere after it -> unsigned", "kinerja",
             style="other", text_cte="8bit", text_params={"format": "flowed"},
             extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "id")))

    # m09 mutasi: Roundcube; transferred to Tosari without applying; NIK plain
    L = L_(name="Yuyun Wahyuningsih, S.Pd.",
           address="Jl. Kalianyar Gang III No. 14, Kelurahan Kalianyar, Kecamatan Bangil, Kabupaten Pasuruan",
           nik="3514025609860001", phone="081330582276",
           service_description="Pada tanggal 20 November 2026 saya menerima SK mutasi dari SDN Kalianyar 2 Bangil ke SDN Sedaeng 1 Tosari, padahal saya tidak pernah mengajukan permohonan pindah dan tidak pernah dimintai pendapat. Kepala sekolah saya sendiri juga baru tahu dari grup WhatsApp dinas. Saat saya tanyakan ke BKPSDM, petugas hanya menjawab bahwa itu kebijakan pemerataan guru tanpa menunjukkan dasar penilaiannya.",
           loss="Jarak dari rumah ke SDN Sedaeng 1 sekitar 55 km lewat jalan pegunungan, sedangkan anak saya berkebutuhan khusus dan harus terapi tiga kali seminggu di Bangil; saya terancam tidak bisa mendampingi terapinya lagi.",
           requested_resolution="Saya mohon SK mutasi saya ditinjau ulang dan saya dikembalikan ke sekolah di wilayah Bangil, atau setidaknya saya diberi kesempatan menyampaikan keberatan secara langsung kepada pejabat yang berwenang.",
           place="Bangil", date="2026-12-17")
    t = f"""Yth. Kepala BKPSDM Kabupaten Pasuruan
c.q. Tim Pengaduan

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama   : {L['name']}
NIK    : {L['nik']}
Alamat : {L['address']}
HP     : 0813-3058-2276

dengan ini menyampaikan pengaduan atas mutasi yang saya terima.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Demikian pengaduan ini saya sampaikan dengan sebenarnya. Terima kasih.

Bangil, 17 Desember 2026

Hormat saya,
Yuyun Wahyuningsih
"""
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
         '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' +
         "\n".join("<p>" + "<br />\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in t.strip().split("\n\n"))
         + "\n</body></html>\n")
    alt_mail("email_mime/m09.eml", L, "Yuyun Wahyuningsih", "yuyun.wahyuningsih@example.net",
             hdr_date("2026-12-17", "11:11:09"), "Keberatan SK mutasi ke SDN Sedaeng 1 Tosari", t, h,
             "Roundcube alternative (QP); transfer she never applied for (-> mutasi); NIK plain; complete",
             "mutasi", style="roundcube", extra=(("User-Agent", "Roundcube Webmail/1.6.9"),))


# ------------------------------------------------------------------ email_pdf
TO_AGENCY = ["Kepada", "Yth. Kepala BKPSDM Kabupaten Pasuruan", "di -", "      Bangil"]


def pdf_items():
    # d01 kompetensi: Tosari doctor, tugas belajar; place/date top right; vector-stroke signature
    L = L_(name="dr. Fajar Ramadhan",
           address="Jl. Cempaka No. 21 RT 02 RW 04, Kelurahan Pogar, Kecamatan Bangil, Kabupaten Pasuruan",
           phone="081217654093",
           service_description="Saya telah dinyatakan diterima pada Program Pendidikan Dokter Spesialis Anak Universitas Airlangga untuk semester genap tahun akademik 2026/2027 dan mengajukan permohonan tugas belajar dengan beasiswa daerah kepada BKPSDM pada tanggal 1 September 2026, lengkap dengan surat rekomendasi Kepala Dinas Kesehatan. Hingga saat ini surat keputusan tugas belajar belum diterbitkan, dan petugas hanya menyampaikan bahwa berkas masih menunggu pertimbangan tim tanpa batas waktu yang jelas.",
           loss="Pihak universitas mensyaratkan SK tugas belajar paling lambat 31 Desember 2026; apabila tidak terpenuhi, kursi saya akan dialihkan kepada peserta cadangan, sementara saya telah membayar biaya pendaftaran dan tes sebesar Rp 7.500.000.",
           requested_resolution="Saya mohon BKPSDM menerbitkan surat keputusan tugas belajar saya sebelum 31 Desember 2026, atau menyampaikan secara tertulis alasan apabila permohonan tersebut tidak dapat dikabulkan.",
           place="Tosari", date="2026-12-12")
    pdf = new_doc()
    lines(pdf, ["Tosari, 12 Desember 2026"], x=120)
    pdf.ln(3)
    for a, b in [("Nomor", "-"), ("Lampiran", "3 (tiga) berkas"), ("Hal", "Pengaduan atas belum terbitnya SK tugas belajar")]:
        kv(pdf, a, b, x=25, lw=22)
    pdf.ln(3)
    lines(pdf, TO_AGENCY)
    pdf.ln(3)
    para(pdf, "Dengan hormat,", after=0.5)
    para(pdf, "Yang bertanda tangan di bawah ini:", after=1)
    for a, b in [("Nama", L["name"]), ("Jabatan", "Dokter Ahli Pertama, UPT Puskesmas Tosari"),
                 ("Alamat", L["address"]), ("No. HP", "0812-1765-4093")]:
        kv(pdf, a, b)
    pdf.ln(2)
    para(pdf, "dengan ini menyampaikan pengaduan atas pelayanan BKPSDM Kabupaten Pasuruan sebagai berikut.")
    heading(pdf, "Permasalahan")
    para(pdf, L["service_description"], after=2.5)
    heading(pdf, "Dampak yang saya alami")
    para(pdf, L["loss"], after=2.5)
    heading(pdf, "Permohonan")
    para(pdf, L["requested_resolution"], after=2.5)
    para(pdf, "Demikian pengaduan ini saya sampaikan. Atas perhatian dan kebijaksanaan Bapak, saya ucapkan terima kasih.")
    pdf.ln(3)
    sign_block(pdf, L["name"], mode="strokes", below=("NIP 19930614 202012 1 004",))
    cover = ("Yth. Tim Pengaduan BKPSDM,\n\nBersama ini saya lampirkan surat pengaduan terkait SK tugas belajar "
             "saya (PDF). Mohon maaf baru bisa mengirim dari bawah, di Tosari sinyal sering hilang.\n\n"
             "Salam,\ndr. Fajar\n")
    attach_mail("email_pdf/d01.eml", L, pdf_bytes(pdf), "application/pdf", "Pengaduan_Tugas_Belajar_dr_Fajar.pdf",
                cover, "Fajar Ramadhan", "fajar.ramadhan.dr@example.com", hdr_date("2026-12-13", "08:30:00"),
                "Pengaduan SK tugas belajar PPDS", "PDF letter, place/date line first (top right), bold headings, "
                "vector-stroke signature, NIP under the name; tugas belajar (-> kompetensi); complete", "kompetensi")

    # d02 pengadaan: .docx letter with an inline signature image; PPPK paruh waktu SK missing; NIK 6-6-4
    L = L_(name="Muhammad Ridwan, S.Kom.",
           address="Dusun Cukurguling RT 01 RW 03, Desa Cukurguling, Kecamatan Lumbang, Kabupaten Pasuruan",
           nik="3514080203950003", phone="085733661208",
           service_description="Nama saya tercantum dalam Pengumuman Hasil Seleksi PPPK Paruh Waktu Kabupaten Pasuruan tanggal 30 Oktober 2026 sebagai operator layanan operasional di SDN Cukurguling 1, nomor urut 412. Pada penyerahan SK tanggal 20 November 2026 SK saya tidak ada, dan petugas mengatakan nama saya terhapus dari usulan NI tanpa bisa menjelaskan sebabnya.",
           loss="Saya sudah mengabdi sebagai honorer selama sembilan tahun dengan honor Rp 600.000 per bulan; dengan tidak terbitnya SK, saya kehilangan penghasilan PPPK mulai Januari 2027 dan honor saya dari sekolah juga dihentikan per Desember karena dianggap sudah diangkat.",
           requested_resolution="Saya mohon BKPSDM menelusuri mengapa nama saya terhapus dari usulan, mengusulkan kembali NI PPPK Paruh Waktu saya ke BKN, dan menerbitkan SK saya sesuai pengumuman.",
           place="Lumbang", date="2026-12-18")
    tabs = [2268, 2552]
    body = "".join([
        w_par("Perihal\t:\tPengaduan SK PPPK Paruh Waktu tidak terbit", tabs=tabs),
        w_par("Lampiran\t:\tFotokopi pengumuman dan KTP", tabs=tabs, after=240),
        w_par("Kepada Yth.", after=0), w_par("Kepala BKPSDM Kabupaten Pasuruan", after=0),
        w_par("di Bangil", after=240),
        w_par("Dengan hormat,"),
        w_par("Saya yang bertanda tangan di bawah ini:"),
        w_par("Nama\t:\t" + L["name"], tabs=tabs, indent=284, after=40),
        w_par("NIK\t:\t351408 020395 0003", tabs=tabs, indent=284, after=40),
        w_par("Alamat\t:\t" + L["address"], tabs=tabs, indent=2552, hanging=2268, after=40),
        w_par("WA\t:\t0857-3366-1208", tabs=tabs, indent=284, after=200),
        w_par("menyampaikan pengaduan sebagai berikut:"),
        w_par("Uraian kejadian", bold=True, after=40), w_par(L["service_description"], align="both"),
        w_par("Kerugian yang saya alami", bold=True, after=40), w_par(L["loss"], align="both"),
        w_par("Penyelesaian yang saya minta", bold=True, after=40), w_par(L["requested_resolution"], align="both"),
        w_par("Demikian surat pengaduan ini saya buat dengan sebenarnya. Atas perhatian Bapak/Ibu saya ucapkan "
              "terima kasih.", align="both", after=240),
        w_par("Lumbang, 18 Desember 2026", indent=5103, after=0),
        w_par("Hormat saya,", indent=5103, after=0),
        w_image_par("rId5", 5103),
        w_par(L["name"], bold=True, indent=5103, after=0),
    ])
    docx = docx_bytes(body, image=signature_png(sum(map(ord, L["name"]))), title="Surat Pengaduan",
                      author="Ridwan")
    cover = "Selamat sore,\n\nTerlampir surat pengaduan saya dalam bentuk Word. Mohon ditindaklanjuti.\n\nRidwan\n"
    attach_mail("email_pdf/d02.eml", L, docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Surat Pengaduan PPPK Paruh Waktu.docx", cover, "M Ridwan", "mridwan.operator@example.net",
                hdr_date("2026-12-18", "16:03:41"), "Pengaduan SK PPPK paruh waktu",
                ".docx letter (tab-aligned identity, NIK written 6-6-4, 'WA' row) with an inline signature image "
                "above the name; PPPK paruh waktu appointment (-> pengadaan); complete", "pengadaan")

    # d03 sekretariat: retiree from Rejoso, 'uang syukuran' at pension SK handover; PNG signature; 2 pages
    L = L_(name="Hj. Sumarsih, S.Pd.",
           address="Dusun Segoropuro Kulon RT 02 RW 01, Desa Segoropuro, Kecamatan Rejoso, Kabupaten Pasuruan",
           phone="081330772651",
           service_description="Pada tanggal 25 November 2026 saya datang ke BKPSDM untuk mengambil SK pensiun saya. Petugas yang menyerahkan SK meminta \"uang syukuran\" sebesar Rp 300.000 dengan alasan semua pensiunan biasanya memberi, dan SK baru diberikan setelah uang itu saya serahkan. Saya tidak diberi kuitansi dan petugas tersebut tidak mau menyebutkan namanya.",
           loss="Saya kehilangan uang Rp 300.000 yang bagi saya sebagai pensiunan cukup besar, dan saya merasa dipermalukan karena diminta uang di depan pensiunan lain yang sedang antre.",
           requested_resolution="Saya mohon pimpinan BKPSDM menindak petugas tersebut, mengembalikan uang saya, dan memastikan tidak ada lagi pungutan saat penyerahan SK pensiun.",
           place="Rejoso", date="2026-11-28")
    pdf = new_doc(font="Helvetica", size=11, margins=(25, 20, 22))
    lines(pdf, ["Perihal   : Pengaduan pungutan saat penyerahan SK pensiun"])
    pdf.ln(4)
    lines(pdf, ["Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kabupaten Pasuruan",
                "di Bangil"])
    pdf.ln(4)
    para(pdf, "Assalamu'alaikum warahmatullahi wabarakatuh,", after=1)
    para(pdf, "Saya yang bertanda tangan di bawah ini:", after=1)
    for a, b in [("Nama", L["name"]), ("Status", "Pensiunan guru SDN Segoropuro 1 (TMT 1 November 2026)"),
                 ("Alamat", L["address"]), ("No. HP", "0813 3077 2651")]:
        kv(pdf, a, b, lw=26)
    pdf.ln(2)
    para(pdf, "dengan ini menyampaikan pengaduan atas pelayanan di BKPSDM Kabupaten Pasuruan.", after=3)
    heading(pdf, "1. Kejadian")
    para(pdf, L["service_description"], after=3)
    para(pdf, "Saat itu ada beberapa pensiunan lain yang juga sedang menunggu giliran. Sebagian dari mereka "
              "langsung memberi uang tanpa bertanya, sebagian lagi terlihat bingung. Saya sempat bertanya apakah "
              "pungutan itu resmi, dan petugas menjawab bahwa itu sudah kebiasaan sejak lama. Saya tidak ingin "
              "memperpanjang masalah di tempat karena sudah lelah setelah perjalanan dari Rejoso, sehingga saya "
              "serahkan saja uang tersebut.", after=3)
    heading(pdf, "2. Kerugian")
    para(pdf, L["loss"], after=3)
    heading(pdf, "3. Permohonan")
    para(pdf, L["requested_resolution"], after=3)
    para(pdf, "Saya bersedia memberikan keterangan lebih lanjut dan dapat mengenali wajah petugas tersebut bila "
              "dipertemukan. Saya juga melampirkan fotokopi SK pensiun sebagai bukti bahwa SK tersebut diserahkan "
              "pada tanggal yang saya sebutkan.", after=3)
    para(pdf, "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya. Atas perhatian dan tindak lanjut "
              "Bapak, saya ucapkan terima kasih.", after=3)
    para(pdf, "Wassalamu'alaikum warahmatullahi wabarakatuh.", after=6)
    pdf.add_page()
    sign_block(pdf, L["name"], before=("Rejoso, 28 November 2026",), mode="png")
    pdf.ln(10)
    lines(pdf, ["Tembusan:", "1. Inspektur Kabupaten Pasuruan", "2. Arsip"])
    cover = ("Assalamualaikum,\n\nMohon maaf, ini surat pengaduan dari nenek saya, Ibu Hj. Sumarsih. "
             "Suratnya beliau tanda tangani sendiri lalu saya scan ke PDF.\n\nTerima kasih.\n")
    attach_mail("email_pdf/d03.eml", L, pdf_bytes(pdf), "application/pdf", "pengaduan_sumarsih.pdf", cover, None,
                "sumarsih.rejoso@example.com", hdr_date("2026-11-29", "10:14:26"), "surat pengaduan",
                "2-page PDF (Helvetica): the place/date line, closing and PNG signature alone on page 2 with a "
                "'Tembusan' list; the cover note is typed by her grandchild from her address (no display name); "
                "fee at pension SK handover (-> sekretariat); complete", "sekretariat")

    # d04 kinerja: Nguling teacher, unpaid leave (CLTN) undecided; typed name only
    L = L_(name="Eka Novitasari, S.Pd.",
           address="Dusun Kedawang Kulon RT 03 RW 02, Desa Kedawang, Kecamatan Nguling, Kabupaten Pasuruan",
           phone="082331470658",
           service_description="Saya mengajukan permohonan cuti di luar tanggungan negara selama dua tahun karena harus mengikuti suami yang dipindahtugaskan ke Balikpapan. Permohonan beserta surat persetujuan kepala sekolah dan Kepala Dinas Pendidikan sudah saya serahkan ke BKPSDM pada tanggal 14 Agustus 2026, tetapi setelah lebih dari tiga bulan belum ada keputusan, dan setiap saya menelepon jawabannya masih menunggu pertimbangan.",
           loss="Suami saya sudah berangkat sejak Oktober, sehingga saya harus mengurus dua anak kami seorang diri sambil tetap mengajar, dan kami menanggung biaya sewa rumah di dua kota sekitar Rp 2.000.000 per bulan.",
           requested_resolution="Saya mohon BKPSDM segera memberikan keputusan atas permohonan cuti di luar tanggungan negara saya, baik disetujui maupun ditolak, paling lambat akhir Desember 2026.",
           place="Nguling", date="2026-12-01", signed=False)
    pdf = new_doc(size=12)
    lines(pdf, ["Hal : Pengaduan permohonan cuti di luar tanggungan negara"])
    pdf.ln(4)
    lines(pdf, TO_AGENCY)
    pdf.ln(4)
    para(pdf, "Dengan hormat,")
    para(pdf, f"Saya, {L['name']}, guru Bahasa Indonesia pada SMP Negeri 1 Nguling, bertempat tinggal di "
              f"{L['address']}, nomor HP +62 823-3147-0658, dengan ini menyampaikan pengaduan sebagai berikut.")
    para(pdf, L["service_description"])
    para(pdf, L["loss"])
    para(pdf, L["requested_resolution"])
    para(pdf, "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.")
    pdf.ln(4)
    sign_block(pdf, L["name"], before=("Nguling, 1 Desember 2026",), mode="none")
    cover = ("Yth. Bapak/Ibu,\n\nSaya lampirkan surat pengaduan saya mengenai cuti di luar tanggungan negara.\n\n"
             "Hormat saya,\nEka Novitasari\n")
    attach_mail("email_pdf/d04.eml", L, pdf_bytes(pdf), "application/pdf", "Surat pengaduan CLTN.pdf", cover,
                "Eka Novitasari", "eka.novitasari@example.org", hdr_date("2026-12-01", "20:20:20"),
                "Pengaduan CLTN belum diputus",
                "PDF letter with identity in one sentence and a +62 phone; typed name only, no signature (the cover "
                "mail's closing does not count); unpaid leave CLTN (-> kinerja)", "kinerja")

    # d05 mutasi: equalisation of posts (penyetaraan jabatan) put him in the wrong functional post;
    # Word-made PDF with an embedded TrueType font, '•' bullets, PNG signature
    L = L_(name="Drs. Heru Purnomo",
           address="Jl. Raya Nongkojajar No. 56 RT 01 RW 02, Desa Wonosari, Kecamatan Tutur, Kabupaten Pasuruan",
           phone="081334998170",
           service_description="Dalam penyetaraan jabatan administrasi ke jabatan fungsional tahun 2026, jabatan saya sebagai Kepala Seksi Pemerintahan Kecamatan Tutur disetarakan menjadi Analis Kebijakan Ahli Muda, padahal sesuai peta jabatan dan usulan Camat seharusnya saya masuk jabatan fungsional Analis Pemerintahan Ahli Muda. Keberatan sudah saya sampaikan secara tertulis pada tanggal 5 Oktober 2026, namun hingga kini belum ada tanggapan maupun perbaikan keputusan.",
           loss="Karena jabatan yang tidak sesuai, angka kredit saya dihitung dari nol untuk rumpun yang berbeda dan tunjangan jabatan fungsional saya lebih rendah sekitar Rp 450.000 per bulan dibanding jabatan yang semestinya.",
           requested_resolution="Saya mohon BKPSDM meninjau kembali keputusan penyetaraan jabatan saya dan menerbitkan keputusan perbaikan sesuai peta jabatan yang diusulkan Camat Tutur.",
           place="Tutur", date="2026-12-04")
    pdf = new_doc(size=11.5, ttf=True)
    lines(pdf, ["Tutur, 4 Desember 2026"], x=125)
    pdf.ln(4)
    lines(pdf, ["Kepada Yth.", "Kepala BKPSDM Kabupaten Pasuruan", "di Bangil"])
    pdf.ln(4)
    lines(pdf, ["Perihal: Keberatan atas hasil penyetaraan jabatan"], style="B")
    pdf.ln(3)
    para(pdf, "Dengan hormat,")
    para(pdf, "Bersama ini saya sampaikan pengaduan dengan identitas sebagai berikut:", after=1)
    for it in [f"Nama: {L['name']}", "NIP: 19700321 199703 1 005", f"Alamat: {L['address']}",
               "HP: 0813-3499-8170"]:
        pdf.set_x(30)
        pdf.cell(5, 5.6, "•")
        pdf.multi_cell(0, 5.6, it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for head, text in [("Pokok pengaduan:", L["service_description"]), ("Kerugian:", L["loss"]),
                       ("Permohonan:", L["requested_resolution"])]:
        heading(pdf, head)
        para(pdf, text, after=2.5)
    para(pdf, "Atas perhatian Bapak, saya ucapkan terima kasih.")
    pdf.ln(3)
    sign_block(pdf, L["name"], mode="png", below=("NIP 19700321 199703 1 005",))
    cover = "Dengan hormat,\n\nTerlampir surat keberatan/pengaduan saya.\n\nTerima kasih,\nHeru Purnomo\n"
    attach_mail("email_pdf/d05.eml", L, pdf_bytes(pdf), "application/pdf", "Keberatan penyetaraan jabatan.pdf",
                cover, "Heru Purnomo", "heru.purnomo@example.net", hdr_date("2026-12-07", "07:58:12"),
                "Keberatan penyetaraan jabatan", "PDF with an embedded TrueType font, place/date top right, identity "
                "as '•' bullets with NIP, PNG signature; penyetaraan jabatan (-> mutasi); letter dated three days "
                "before the mail; complete", "mutasi")


# ------------------------------------------------------------------ scans
def scan_items():
    # s01 pengadaan: image-only PDF (300 dpi JPEG), village midwife's pension SK; printed name, no signature
    L = L_(name="Hj. Maimunah, A.Md.Keb.",
           address="Dusun Tampung Barat RT 02 RW 01, Desa Tampung, Kecamatan Lekok, Kabupaten Pasuruan",
           phone="081234509876",
           service_description="Saya bidan desa di Polindes Tampung dan memasuki batas usia pensiun pada tanggal 1 November 2026. Berkas usul pensiun sudah diserahkan Dinas Kesehatan ke BKPSDM pada bulan Juni 2026, tetapi sampai sekarang SK pensiun saya belum terbit.",
           loss="Sejak November saya tidak menerima gaji maupun uang pensiun, padahal saya masih harus membiayai kuliah anak bungsu saya.",
           requested_resolution="Saya mohon SK pensiun saya segera diterbitkan agar saya dapat mengurus pembayaran pensiun di Taspen.",
           place="Lekok", date="2026-11-20", signed=False)
    spec = [("l", "Perihal : Permohonan penyelesaian SK pensiun"), ("gap", 6),
            ("l", "Kepada Yth."), ("l", "Kepala BKPSDM Kabupaten Pasuruan"), ("l", "di Bangil"), ("gap", 6),
            ("l", "Dengan hormat,"), ("l", "Saya yang bertanda tangan di bawah ini:"), ("gap", 1),
            ("kv", "Nama", L["name"]), ("kv", "Pekerjaan", "Bidan Desa Polindes Tampung, Puskesmas Lekok"),
            ("kv", "Alamat", L["address"]), ("kv", "No. HP", "0812-3450-9876"), ("gap", 2),
            ("l", "menyampaikan pengaduan sebagai berikut:"), ("gap", 1),
            ("p", L["service_description"]), ("p", L["loss"]), ("p", L["requested_resolution"]),
            ("p", "Demikian surat ini saya buat, atas perhatian Bapak/Ibu saya sampaikan terima kasih."),
            ("gap", 4), ("r", "Lekok, 20 November 2026"), ("r", "Hormat saya,"), ("sig",), ("r", L["name"])]
    img, src = render_scan(spec, 300, seed=1701, angle=0.9, paper=236)
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=82, dpi=(300, 300))
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("RICOH IM C3000")
    pdf.set_producer("RICOH IM C3000")
    pdf.add_page()
    pdf.image(io.BytesIO(bio.getvalue()), x=0, y=0, w=210, h=297)
    put("scan/s01.pdf", pdf_bytes(pdf))
    SRC["scan/s01.pdf"] = src
    rec("scan/s01.pdf", "scan", L, None, "image-only PDF (one 300 dpi greyscale JPEG page, 0.9 deg skew, grey "
        "paper, specks); Lekok village midwife's pension SK (-> pengadaan); printed name with no signature above "
        "it", "pengadaan", ocr=True)

    # s02 kompetensi: PNG at 200 dpi, study permit refused orally; place/date first; signed
    L = L_(name="Wiwik Sulistyowati, S.Pd.",
           address="Dusun Krajan RT 01 RW 06, Desa Andonosari, Kecamatan Tutur, Kabupaten Pasuruan",
           phone="085236490772",
           service_description="Permohonan izin belajar saya untuk melanjutkan ke S2 Pendidikan Dasar di Universitas Negeri Malang ditolak pada bulan Oktober 2026 hanya dengan keterangan lisan dari petugas bahwa jurusannya tidak linier. Padahal saya guru kelas SD dan program studi tersebut sesuai dengan bidang tugas saya, dan sampai sekarang saya tidak pernah menerima surat penolakan tertulis.",
           loss="Saya sudah membayar biaya pendaftaran dan uang kuliah semester pertama sebesar Rp 9.200.000, dan tanpa izin belajar kuliah saya nanti tidak bisa diakui untuk pencantuman gelar.",
           requested_resolution="Saya mohon permohonan izin belajar saya ditinjau ulang, dan apabila tetap ditolak, saya diberi surat penolakan resmi beserta alasan dan dasar aturannya.",
           place="Tutur", date="2026-12-08")
    spec = [("r", "Tutur, 8 Desember 2026"), ("gap", 4),
            ("l", "Hal : Pengaduan penolakan izin belajar"), ("gap", 5),
            ("l", "Yth. Kepala BKPSDM Kabupaten Pasuruan"), ("l", "di -"), ("l", "      Bangil"), ("gap", 5),
            ("l", "Dengan hormat,"), ("l", "Yang bertanda tangan di bawah ini:"), ("gap", 1),
            ("kv", "Nama", L["name"]), ("kv", "NIP", "19880412 201101 2 006"),
            ("kv", "Unit kerja", "SDN Andonosari 1, Kecamatan Tutur"), ("kv", "Alamat", L["address"]),
            ("kv", "Telepon", "0852-3649-0772"), ("gap", 2),
            ("l", "dengan ini mengadukan hal berikut."), ("gap", 1),
            ("l", "A. Pokok pengaduan"), ("p", L["service_description"]),
            ("l", "B. Kerugian yang saya alami"), ("p", L["loss"]),
            ("l", "C. Penyelesaian yang saya mohon"), ("p", L["requested_resolution"]),
            ("p", "Atas perhatian Bapak, saya ucapkan terima kasih."), ("gap", 2),
            ("r", "Hormat saya,"), ("sig",), ("r", L["name"])]
    img, src = render_scan(spec, 200, seed=1702, angle=-1.4, paper=242, sig_name=L["name"])
    put("scan/s02.png", png_bytes(img, dpi=200))
    SRC["scan/s02.png"] = src
    rec("scan/s02.png", "scan", L, None, "greyscale PNG at 200 dpi, -1.4 deg skew; place/date line first (top "
        "right); NIP (not a NIK); A./B./C. headings; scribbled signature above the name; study permit refused "
        "(-> kompetensi); complete", "kompetensi", ocr=True)


# ------------------------------------------------------------------ auto_reply
def auto_items():
    # a01 auto-acknowledgement of a school office mailbox to one of our receipts
    d = hdr_date("2026-12-09", "13:02:11")
    body = ("Terima kasih, email Bapak/Ibu sudah kami terima.\n\n"
            "Ini adalah balasan otomatis. Email yang masuk akan dibaca oleh petugas Tata Usaha pada jam kerja "
            "(Senin-Jumat 07.00-14.00 WIB). Untuk urusan mendesak, silakan datang langsung ke kantor TU atau "
            "menghubungi (0343) 571 306.\n\n"
            "Hormat kami,\nTata Usaha SMP Negeri 1 Tosari\n")
    raw = (received("smpn1tosari.example.sch.id", d) +
           f"Date: {d}\nFrom: TU SMPN 1 Tosari <tu@smpn1tosari.example.sch.id>\n"
           f"To: {AGENCY_NAME} <{AGENCY_ADDR}>\n"
           "Subject: [Balasan Otomatis] Re: Tanda Terima Pengaduan PGD-2026-0518\n"
           f"Message-ID: <{rid(20)}@smpn1tosari.example.sch.id>\n"
           f"In-Reply-To: <{rid(20)}@pasuruankab.go.id>\n"
           "Auto-Submitted: auto-replied\nX-Autoreply: yes\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           + body)
    put("auto_reply/a01.eml", raw)
    rec_null("auto_reply/a01.eml", "auto_reply", "school office auto-acknowledgement ([Balasan Otomatis], "
             "Auto-Submitted: auto-replied, X-Autoreply: yes) to one of our receipts", auto=True)

    # a02 Mailman digest of a teachers' mailing list, one post of which is a grumble about a late SK
    d = hdr_date("2026-12-12", "06:00:03")
    body = ("Kirim posting untuk milis Guru-Pasuruan ke\n\tguru-pasuruan@lists.example.org\n\n"
            "Untuk berlangganan atau berhenti berlangganan lewat web, kunjungi\n"
            "\thttps://lists.example.org/mailman/listinfo/guru-pasuruan\n\n"
            "Topik Hari Ini:\n\n   1. Re: SK PPPK belum turun, ada yang sama? (Rofiqoh)\n"
            "   2. Jadwal MGMP Bahasa Indonesia Desember (Admin MGMP)\n\n"
            "----------------------------------------------------------------------\n\n"
            "Message: 1\nDate: Fri, 11 Dec 2026 20:41:10 +0700\nFrom: Rofiqoh <rofiqoh.guru@example.net>\n"
            "Subject: Re: SK PPPK belum turun, ada yang sama?\n\n"
            "Sama, Bu. Saya juga belum terima SK PPPK, padahal teman satu kecamatan sudah. Kata operator sekolah\n"
            "suruh sabar dulu. Ada yang sudah coba lapor ke pengaduan BKPSDM?\n\n"
            "Salam,\nRofiqoh\nSDN Grati 2\n\n"
            "------------------------------\n\n"
            "Message: 2\nDate: Fri, 11 Dec 2026 21:05:44 +0700\nFrom: Admin MGMP <mgmp.bindo@example.org>\n"
            "Subject: Jadwal MGMP Bahasa Indonesia Desember\n\n"
            "Pertemuan MGMP bulan ini diadakan Sabtu, 19 Desember 2026 di SMPN 1 Bangil pukul 08.00.\n\n"
            "------------------------------\n\n"
            "_______________________________________________\nGuru-Pasuruan mailing list\n"
            "guru-pasuruan@lists.example.org\nhttps://lists.example.org/mailman/listinfo/guru-pasuruan\n\n"
            "Akhir dari Guru-Pasuruan Digest, Vol 38, Edisi 11\n")
    raw = (received("lists.example.org", d) +
           f"Date: {d}\nFrom: guru-pasuruan-request@lists.example.org\n"
           "To: guru-pasuruan@lists.example.org\n"
           "Subject: Guru-Pasuruan Digest, Vol 38, Edisi 11\n"
           f"Message-ID: <mailman.{rnd.randint(1000, 9999)}.{rnd.randint(10**9, 10**10)}.{rnd.randint(1000, 9999)}.guru-pasuruan@lists.example.org>\n"
           "Reply-To: guru-pasuruan@lists.example.org\n"
           "X-BeenThere: guru-pasuruan@lists.example.org\nX-Mailman-Version: 2.1.39\nPrecedence: list\n"
           "List-Id: Milis Guru Kabupaten Pasuruan <guru-pasuruan.lists.example.org>\n"
           "List-Unsubscribe: <https://lists.example.org/mailman/options/guru-pasuruan>,\n"
           " <mailto:guru-pasuruan-request@lists.example.org?subject=unsubscribe>\n"
           "List-Post: <mailto:guru-pasuruan@lists.example.org>\n"
           "List-Help: <mailto:guru-pasuruan-request@lists.example.org?subject=help>\n"
           "Errors-To: guru-pasuruan-bounces@lists.example.org\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
           + body)
    put("auto_reply/a02.eml", raw)
    rec_null("auto_reply/a02.eml", "auto_reply", "Mailman digest of a teachers' list reaching the desk through a "
             "member address (To: is the list; List-Id, Precedence: list); a post grumbles about a late PPPK SK",
             auto=True)

    # a03 Exim bounce (plain text, X-Failed-Recipients) of our request for missing items, quoting a complaint
    d = hdr_date("2026-12-15", "10:12:55")
    ours = hdr_date("2026-12-15", "10:12:51")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  holil.lekok@example.com\n"
            "    host mx.example.com [198.51.100.14]\n"
            "    SMTP error from remote mail server after RCPT TO:<holil.lekok@example.com>:\n"
            "    550 5.2.2 The email account that you tried to reach is over quota\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            f"Return-path: <{AGENCY_ADDR}>\n"
            f"Date: {ours}\nFrom: {AGENCY_NAME} <{AGENCY_ADDR}>\nTo: holil.lekok@example.com\n"
            "Subject: Permintaan Kelengkapan Pengaduan PGD-2026-0531\n"
            f"Message-ID: <{rid(20)}@pasuruankab.go.id>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            "Yth. Bapak/Ibu Moh. Holil,\n\n"
            "Pengaduan Anda dengan nomor PGD-2026-0531 telah kami terima. Agar dapat diproses, mohon lengkapi:\n"
            "- alamat lengkap\n- tempat dan tanggal surat\n\n"
            "Ringkasan pengaduan Anda:\n"
            "Petugas loket nomor 2 menirukan logat Madura pelapor sambil tertawa dan tidak melayani pertanyaannya.\n\n"
            "Hormat kami,\nTim Pengaduan BKPSDM Kabupaten Pasuruan\n")
    raw = ("Received: from mail by mx1.pasuruankab.go.id with local (Exim 4.97)\n"
           f"\tid 1v{rid(5, ALNUM)}-000{rnd.randint(100, 999)}-{rid(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}; {d}\n"
           f"X-Failed-Recipients: holil.lekok@example.com\nAuto-Submitted: auto-replied\n"
           "From: Mail Delivery System <Mailer-Daemon@mx1.pasuruankab.go.id>\n"
           f"To: {AGENCY_ADDR}\nReferences: <{rid(20)}@pasuruankab.go.id>\n"
           "Content-Type: text/plain; charset=us-ascii\n"
           "Subject: Mail delivery failed: returning message to sender\n"
           f"Message-Id: <E1v{rid(5, ALNUM)}-000{rnd.randint(100, 999)}@mx1.pasuruankab.go.id>\n"
           f"Date: {d}\n\n" + body)
    put("auto_reply/a03.eml", raw.encode("utf-8"))
    rec_null("auto_reply/a03.eml", "auto_reply", "Exim bounce: plain text (no multipart/report), "
             "X-Failed-Recipients, 'Mail delivery failed'; the returned copy is our request for missing items "
             "with a complaint summary", auto=True)


# ------------------------------------------------------------------ hostile
def hostile_items():
    # h01: a .docx truncated inside word/document.xml (no central directory) -> exit 3
    body = "".join(w_par(p) for p in [
        "Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan", "Dengan hormat,",
        "Saya, Rohmatul Laili, guru SDN Sumberagung 2 Grati, menyampaikan pengaduan mengenai SK kenaikan gaji "
        "berkala yang belum terbit sejak bulan Juli 2026, sehingga gaji saya belum naik sesuai masa kerja."] * 6)
    full = docx_bytes(body, title="pengaduan", author="Laili", stamp=(2026, 12, 2, 7, 30, 0))
    with zipfile.ZipFile(io.BytesIO(full)) as z:
        zi = z.getinfo("word/document.xml")
        start = zi.header_offset + 30 + len(zi.filename.encode()) + len(zi.extra)
        cut = start + zi.compress_size // 2
    put("hostile/h01.docx", full[:cut])
    rec_null("hostile/h01.docx", "hostile_error", "a .docx cut off in the middle of word/document.xml's compressed "
             "data (no central directory; as from an interrupted WhatsApp download)", exit_code=3)

    # h02: a PNG whose IHDR CRC is wrong and whose IDAT is not a zlib stream -> exit 3
    def chunk(t, data, crc=None):
        c = zlib.crc32(t + data) & 0xffffffff if crc is None else crc
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", c)
    r = random.Random(1717)
    ihdr = struct.pack(">IIBBBBB", 1654, 2339, 8, 0, 0, 0, 0)
    bad = (zlib.crc32(b"IHDR" + ihdr) ^ 0x5A5A5A5A) & 0xffffffff
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr, bad) + chunk(b"pHYs", struct.pack(">IIB", 7874, 7874, 1))
            + chunk(b"IDAT", r.randbytes(4096)))
    put("hostile/h02.png", data)
    rec_null("hostile/h02.png", "hostile_error", "a 'scan' PNG with a corrupted header (IHDR checksum wrong), "
             "random bytes for image data and no IEND", exit_code=3)

    # h03 hostile_ok: a plain letter in the body plus a photo attachment that is a truncated JPEG and whose
    # filename is RFC 2231-encoded; the body letter is scored
    L = L_(name="Umi Kulsum, A.Md.Keb.",
           address="Dusun Sumberejo Wetan RT 03 RW 04, Desa Sumberejo, Kecamatan Purwosari, Kabupaten Pasuruan",
           phone="081259306614",
           service_description="Pada hari Rabu tanggal 9 Desember 2026 saya datang ke kantor BKPSDM untuk menyerahkan berkas sambil membawa bayi saya yang berumur empat bulan. Ruang laktasi yang ada papan namanya di lantai satu ternyata dikunci dan dipakai sebagai gudang arsip, dan ketika saya bertanya, petugas jaga menyarankan saya menyusui di mushola atau di mobil.",
           loss="Saya terpaksa menyusui di tangga darurat sambil menutupi diri dengan kerudung, dan bayi saya menangis lama karena kepanasan, sehingga saya merasa sangat malu dan tidak dihargai.",
           requested_resolution="Saya mohon ruang laktasi dikembalikan fungsinya, dibuka setiap jam layanan, dan petugas diberi pemahaman bahwa ibu menyusui berhak atas ruang yang layak.",
           place="Purwosari", date="2026-12-10")
    t = f"""Yth. Tim Pengaduan BKPSDM Kabupaten Pasuruan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama   : {L['name']}
Alamat : {L['address']}
HP     : 0812-5930-6614

menyampaikan pengaduan mengenai fasilitas di kantor BKPSDM. Foto ruangan saya lampirkan.

{L['service_description']}

{L['loss']}

{L['requested_resolution']}

Purwosari, 10 Desember 2026

Hormat saya,
Umi Kulsum
"""
    img = Image.new("RGB", (1200, 900), (200, 190, 170))
    ImageDraw.Draw(img).rectangle((200, 150, 900, 800), fill=(120, 100, 80))
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=85)
    jpg = bio.getvalue()[:700]
    m = new_msg("Umi Kulsum", "umi.kulsum@example.com", hdr_date("2026-12-10", "17:36:50"),
                "Ruang laktasi dikunci dan dijadikan gudang", gmail_id())
    m.set_content(t, subtype="plain", charset="utf-8", cte="quoted-printable")
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="foto ruang laktasi – lantai 1.jpg")
    emit("hostile/h03.eml", m, "umi.kulsum@example.com")
    rec("hostile/h03.eml", "hostile_ok", L, "umi.kulsum@example.com",
        "body letter + an image/jpeg attachment cut off after 700 bytes (undecodable) with an RFC 2231 filename; "
        "must exit 0 and the body letter is scored; locked nursing room (facilities -> sekretariat); complete",
        "sekretariat")


# ------------------------------------------------------------------ build
def build_all(write):
    global rnd, WRITE
    rnd = random.Random(17)
    WRITE = write
    TRUTH.clear()
    OUT.clear()
    SRC.clear()
    plain_items(); mime_items(); pdf_items(); scan_items(); auto_items(); hostile_items()
    tj = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in TRUTH)
    put("truth.jsonl", tj)


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


def pdf_first_image(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return pdf.pages[0].images[0]["stream"].get_rawdata()


def ocr_text(img_bytes):
    exe = shutil.which("tesseract")
    if not exe:
        return None
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "page")
        with open(p, "wb") as fh:
            fh.write(img_bytes)
        r = subprocess.run([exe, p, "stdout", "-l", "ind"], capture_output=True)
        return r.stdout.decode("utf-8", "replace")


def mail_text(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html"):
            s = p.get_content()
            if ct == "text/html":
                s = html.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
        elif ct == "application/pdf":
            out.append(pdf_text(p.get_payload(decode=True)))
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(p.get_payload(decode=True)))
    return "\n".join(out)


def tokens(s):
    return re.findall(r"\w+", s.casefold())


def recall(passage, text):
    from collections import Counter
    p, t = Counter(tokens(passage)), Counter(tokens(text))
    return sum((p & t).values()) / max(1, sum(p.values()))


def check():
    bad = 0
    build_all(write=False)
    for rel, data in sorted(OUT.items()):
        p = os.path.join(HERE, rel)
        if not os.path.exists(p):
            bad += 1
            print("MISSING FILE", rel)
        elif open(p, "rb").read() != data:
            bad += 1
            print("DIFFERS FROM A FRESH BUILD", rel)
    recs = [json.loads(x) for x in open(os.path.join(HERE, "truth.jsonl"), encoding="utf-8")]
    cats = {"email_plain", "email_mime", "email_pdf", "scan", "auto_reply", "hostile_error", "hostile_ok"}
    keys = ["file", "category", "expect_exit", "fields", "missing", "complete", "auto_reply", "division", "ocr",
            "note"]
    for r in recs:                                  # the truth format of /work/shared/samples/README.md
        probs = []
        if list(r) != keys:
            probs.append("keys")
        if r["category"] not in cats or r["expect_exit"] not in (0, 3) or not isinstance(r["auto_reply"], bool) \
                or not isinstance(r["ocr"], bool):
            probs.append("category/expect_exit/auto_reply/ocr")
        if r["fields"] is None:
            if r["missing"] is not None or r["complete"] is not None or r["division"] is not None:
                probs.append("null record with values")
        else:
            f = r["fields"]
            if list(f) != REQ + ["email", "phone", "nik"] or not isinstance(f["signed"], bool):
                probs.append("field keys")
            if any(isinstance(v, str) and not v.strip() for v in f.values()):
                probs.append("empty string")
            if r["division"] not in ("sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja", None):
                probs.append("division")
            if r["auto_reply"] or r["expect_exit"] != 0:
                probs.append("complaint flagged auto/exit3")
        if r["auto_reply"] and r["fields"] is not None:
            probs.append("auto_reply with fields")
        if probs:
            bad += 1
            print("FORMAT", r["file"], probs)
    for r in recs:
        p = os.path.join(HERE, r["file"])
        data = open(p, "rb").read()
        ocr = None
        if r["expect_exit"] == 3:
            if r["file"].endswith(".docx"):
                try:
                    zipfile.ZipFile(io.BytesIO(data))
                    bad += 1
                    print("READABLE ZIP?", r["file"])
                except zipfile.BadZipFile:
                    pass
            if r["file"].endswith(".png"):
                try:
                    Image.open(io.BytesIO(data)).load()
                    bad += 1
                    print("READABLE PNG?", r["file"])
                except Exception:
                    pass
            continue
        if not r["fields"]:
            continue
        if r["file"].endswith(".eml"):
            txt = mail_text(data)
            txt += "\n" + re.sub(r"(?m)^>+ ?", "", txt)          # quoted letters
        elif r["file"].endswith(".pdf"):
            txt = pdf_text(data)
            if not txt.strip():
                txt = SRC[r["file"]]
                ocr = ocr_text(pdf_first_image(data))
        elif r["file"].endswith(".png"):
            txt = SRC[r["file"]]
            ocr = ocr_text(data)
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
        if r.get("ocr"):
            if ocr is None:
                print("  (tesseract not installed: OCR of", r["file"], "not checked)")
            else:
                on = norm(ocr)
                od = re.sub(r"\D", "", ocr)
                worst = min(recall(f[k], ocr) for k in TEXTF + ["name"] if f[k])
                ok_exact = all(norm(f[k]) in on for k in ("name", "place") if f[k])
                ok_digits = (not f["phone"] or f["phone"][1:] in od)
                print(f"  OCR {r['file']}: worst passage token recall {worst:.3f}, name/place exact {ok_exact}, "
                      f"phone {ok_digits}")
                if worst < 0.9 or not ok_exact or not ok_digits:
                    bad += 1
                    print("OCR TOO POOR", r["file"])
    print(len(recs), "records checked,", bad, "problems")
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    build_all(write=True)
    print(len(TRUTH), "items")
