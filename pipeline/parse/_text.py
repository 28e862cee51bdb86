"""Small helpers shared by the parsers: byte decoding, HTML to text, safe names."""

from __future__ import annotations

import codecs
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLOCK_TAGS = ("p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
               "pre", "section", "article", "header", "footer", "address", "hr", "center")


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Bytes -> str under the declared charset, falling back on a bad or wrong declaration.

    Mail declares charsets that do not exist or that lie; windows-1252 is the
    usual truth behind a wrong "iso-8859-1" or a missing declaration.
    """
    tried = []
    for cs in (charset, "utf-8", "cp1252", "latin-1"):
        if not cs:
            continue
        cs = cs.strip().strip('"').lower()
        if cs in ("us-ascii", "ascii"):
            cs = "utf-8"  # a superset; 8-bit bytes in a "us-ascii" part are common
        if cs in tried:
            continue
        tried.append(cs)
        try:
            codecs.lookup(cs)
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1", "replace")


def one_line(value: str | None, limit: int = 500) -> str:
    """A header value that is safe to copy anywhere: no CR/LF or control characters."""
    if not value:
        return ""
    value = value.replace("\r", " ").replace("\n", " ")
    value = _CONTROL.sub(" ", value)
    return re.sub(r"\s{2,}", " ", value).strip()[:limit]


def safe_filename(name: str | None) -> str:
    """An attachment name reduced to a harmless base name ("../../etc/passwd" -> "passwd")."""
    name = one_line(name or "", 300)
    name = re.split(r"[\\/]", name)[-1]
    name = unicodedata.normalize("NFKC", name)
    name = re.sub(r"[^\w.\- ()]+", "_", name).strip(" .")
    return name[:120] or "attachment"


def html_to_text(html: str) -> str:
    """HTML -> plain text with a real HTML parser, keeping the lines a reader sees.

    Source newlines are spaces (as a browser renders them); <br> and block
    elements break lines, <p> and an empty <div><br></div> make a blank line,
    table cells are joined on one line ("Nama" ":" "Budi" -> "Nama : Budi"; a
    two-column row "Nama" | "Budi" reads "Nama: Budi", as an officer reads a form),
    and <blockquote> lines get a "> " prefix so the extractor sets quoted
    replies apart as in plain mail.
    """
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    try:
        soup = BeautifulSoup(html, "lxml")  # lxml comes with python-docx; ~5x faster than html.parser
    except Exception:
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title", "meta", "noscript"]):
        tag.decompose()
    # "<!DOCTYPE html>" and comments (Outlook's "<!--[if mso]>") are strings to
    # the parser but nothing a reader sees: they left a stray "html" line.
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for node in soup.find_all(string=True):
        if isinstance(node, NavigableString) and node.find_parent("pre") is None:
            node.replace_with(re.sub(r"[\r\n\t]+", " ", str(node)))
    for br in soup.find_all("br"):
        br.replace_with("\x01")
    for row in soup.find_all("tr"):
        _label_row(row)
    for cell in soup.find_all(["td", "th"]):
        cell.append(" ")
    for quote in soup.find_all("blockquote"):
        inner = _render(quote.get_text())
        quote.replace_with("\x00" + "\x01".join("> " + ln for ln in inner.splitlines()) + "\x00")
    for tag in soup.find_all(_BLOCK_TAGS):
        mark = "\x03" if tag.name == "p" else "\x00"
        tag.insert_before(mark)
        tag.append(mark)
    return _render(soup.get_text()).strip()


def _label_row(row) -> None:
    """A row whose first cell is a short label and whose next cell holds its value: "label: value"."""
    cells = row.find_all(["td", "th"], recursive=False)
    if len(cells) < 2:
        return
    head = " ".join(cells[0].get_text(" ").split())
    nxt = " ".join(cells[1].get_text(" ").split())
    if not head or not nxt or len(head) > 40 or head.endswith(":") or nxt.startswith(":") \
            or re.search(r"[.!?]$|^\d+[.)]?$", head):
        return
    cells[0].append(":")


def _render(s: str) -> str:
    s = s.replace("\xa0", " ")
    s = re.sub(r"\x00[ \t]*\x01[ \t]*\x00", "\x00\x02\x00", s)  # <div><br></div>: a blank line
    s = re.sub(r"\x01([ \t]*[\x00\x03])", r"\1", s)             # a last <br> in a block adds nothing
    s = s.replace("\x01", "\n")
    s = re.sub(r"[ \t]*\x03[\x00\x03 \t]*", "\n\n", s)
    s = re.sub(r"[ \t]*\x00[\x00 \t]*", "\n", s)
    s = s.replace("\x02", "")
    out: list[str] = []
    for ln in s.splitlines():
        ln = re.sub(r"[ \t]+", " ", ln).strip()
        if not ln and (not out or not out[-1]):
            continue
        out.append(ln)
    return "\n".join(out)
