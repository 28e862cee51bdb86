"""DOCX bytes -> Document with python-docx: paragraphs and tables in reading order."""

from __future__ import annotations

import io
import zipfile

from pipeline.errors import UnreadableInput
from pipeline.parse.document import Document

MAX_UNCOMPRESSED = 200 * 2**20  # zip bombs
_CLOSINGS = ("hormat saya", "hormat kami", "salam", "wassalam", "regards", "sincerely",
             "terima kasih", "matur nuwun", "sakalangkong", "pelapor")


def read_docx(data: bytes) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_UNCOMPRESSED:
                raise UnreadableInput("DOCX expands to more than 200 MB")
            if "word/document.xml" not in zf.namelist():
                raise UnreadableInput("not a Word document (no word/document.xml)")
    except zipfile.BadZipFile:
        raise UnreadableInput("DOCX is corrupt or truncated (bad zip)") from None
    try:
        import docx
        from docx.oxml.ns import qn

        d = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        drawing_lines: list[int] = []
        for block in d.element.body.iterchildren():
            if block.tag == qn("w:p"):
                text = "".join(t.text or "" for t in block.iter(qn("w:t")))
                if any(True for _ in block.iter(qn("w:drawing"))) or any(True for _ in block.iter(qn("w:pict"))):
                    drawing_lines.append(len(lines))
                lines.append(text)
            elif block.tag == qn("w:tbl"):
                for row in block.iter(qn("w:tr")):
                    cells = []
                    for cell in row.iter(qn("w:tc")):
                        ct = " ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                      for p in cell.iter(qn("w:p"))).strip()
                        if ct:
                            cells.append(ct)
                    if any(True for _ in row.iter(qn("w:drawing"))):
                        drawing_lines.append(len(lines))
                    if len(cells) == 2 and not cells[0].endswith(":") and not cells[1].startswith(":"):
                        lines.append(f"{cells[0]} : {cells[1]}")
                    else:
                        lines.append(" ".join(cells))
                lines.append("")
    except UnreadableInput:
        raise
    except Exception as exc:
        raise UnreadableInput(f"DOCX cannot be read: {type(exc).__name__}") from None
    closing = max((i for i, ln in enumerate(lines) if ln.strip().lower().startswith(_CLOSINGS)), default=None)
    if closing is None:
        signed = any(i > len(lines) * 0.6 for i in drawing_lines)
    else:
        signed = any(closing <= i <= closing + 4 for i in drawing_lines)
    return Document(source="docx", text="\n".join(lines), signature_mark=signed, pages=1)
