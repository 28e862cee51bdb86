"""Build small PDF and DOCX letters for tests, without extra dependencies.

`text_pdf` writes a one-page PDF by hand (Helvetica text lines, and in the
closing block either handwriting-like Bezier strokes, an embedded image, or
nothing but the usual underline of the printed name). `letter_docx` uses
python-docx, with a Pillow-drawn signature picture when signed.
"""

from __future__ import annotations

import io
import zlib
from email.message import EmailMessage

CLOSING_WORDS = ("hormat saya", "hormat kami", "salam", "regards", "sincerely", "yang mengadu", "yang melaporkan")


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(lines: list[str], signature: str | None = None) -> bytes:
    """signature: None (printed name only), "strokes" (vector handwriting) or "image"."""
    ops, y = [], 800.0
    closing_y = name_y = None
    for ln in lines:
        if ln.strip():
            ops.append(f"BT /F1 10 Tf 60 {y:.1f} Td ({_esc(ln)}) Tj ET")
            if ln.strip().lower().rstrip(",").startswith(CLOSING_WORDS):
                closing_y = y
                y -= 50  # room for the signature
                name_y = y - 14
        y -= 14
    if closing_y is not None:
        ops.append(f"0.5 w 58 {name_y - 2:.1f} m 200 {name_y - 2:.1f} l S")  # underline of the printed name
        if signature == "strokes":
            base = name_y + 14
            ops.append(f"1.2 w 70 {base:.1f} m 80 {base + 30:.1f} 95 {base - 5:.1f} 105 {base + 25:.1f} c "
                       f"112 {base + 35:.1f} 120 {base:.1f} 135 {base + 18:.1f} c "
                       f"145 {base + 28:.1f} 150 {base + 5:.1f} 170 {base + 12:.1f} c S")
        elif signature == "image":
            ops.append(f"q 90 0 0 30 70 {name_y + 12:.1f} cm /Im1 Do Q")
    content = zlib.compress("\n".join(ops).encode("latin-1"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>"
        + (b" /XObject << /Im1 6 0 R >>" if signature == "image" else b"") + b" >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    if signature == "image":
        w, h = 60, 20
        pix = bytes((0 if (x + 2 * y) % 9 < 2 else 255) for y in range(h) for x in range(w))
        data = zlib.compress(pix)
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                    + data + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (180, 60), 255)
    d = ImageDraw.Draw(img)
    d.line([(5, 40), (30, 10), (50, 45), (80, 15), (110, 40), (140, 20), (170, 35)], fill=0, width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def letter_docx(lines: list[str], signed: bool) -> bytes:
    import docx
    from docx.shared import Inches

    d = docx.Document()
    for ln in lines:
        d.add_paragraph(ln)
        if signed and ln.strip().lower().rstrip(",").startswith(CLOSING_WORDS):
            d.add_paragraph().add_run().add_picture(io.BytesIO(signature_png()), width=Inches(1.5))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def mail_with_attachment(*, sender: str, subject: str, date: str, cover: str, filename: str,
                         data: bytes, maintype: str, subtype: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "pengaduan@example.go.id"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{abs(hash(subject)) % 10**8}@example.com>"
    msg.set_content(cover)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)
