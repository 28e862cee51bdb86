"""Text clean-up before reading: Unicode, whitespace, quoted replies, forwards, e-mail signatures."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_CHARS = 40_000  # longer texts are cut: a letter is a few thousand characters
MAX_LINE = 5_000    # the longest unwrapped paragraph of a letter is a fraction of this

_ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
# hyphens that look like "-" (NFKC keeps them): U+2010/2011 (non-breaking), figure dash, minus sign
_HYPHENS = re.compile(r"[\u2010\u2011\u2012\u2043\u2212\ufe63\uff0d]")
# an en/em dash between digits is a separator inside a number ("0812–5530–7741")
_DIGIT_DASH = re.compile(r"(?<=\d)\s?[\u2013\u2014]\s?(?=\d)")
# spaces NFKC leaves alone or that mail clients insert
_ODD_SPACE = re.compile(r"[\u00a0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000]")
_QUOTE_HEAD = re.compile(
    r"^\s*(?:on\s.{4,200}\swrote:?|pada\s.{4,200}\s(?:menulis|wrote):?|.{4,200}\s(?:menulis|wrote):|"
    r"-{2,}\s*(?:original message|pesan asli|balasan asli)\s*-{2,})\s*$",
    re.IGNORECASE)
_QUOTE_WORDS = ("wrote", "menulis", "original", "asli")
# an underline rule heads a quoted message only when the quoted headers follow ("____\nFrom: ..."); under a
# letterhead ("PEMERINTAH DESA ...\nJl. ...\n_____") it is the letter's own rule
_RULE = re.compile(r"^\s*_{10,}\s*$")
_OUTLOOK_HEAD = re.compile(r"^\s*(?:from|dari)\s*:\s*.+", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(r"^\s*(?:sent|date|dikirim|tanggal|terkirim|to|kepada)\s*:", re.IGNORECASE)
_FORWARD_HEAD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|pesan terusan|pesan yang diteruskan|forwarded)\s*-{2,}|"
    r"begin forwarded message:?)\s*$", re.IGNORECASE)
_FWD_HEADER_LINE = re.compile(r"^\s*(?:from|dari|date|tanggal|sent|subject|subjek|perihal|to|kepada|cc)\s*:",
                              re.IGNORECASE)
# a note that hands on someone's mail: "mohon izin meneruskan email dari ...", "saya teruskan", "forwarding"
_FORWARD_NOTE = re.compile(r"\b(?:meneruskan|diteruskan|teruskan|terusan|forward(?:ed|ing)?|fwd)\b")
_SIG_DELIM = re.compile(r"^\s*(?:--|—|__)\s*$")
# where a mail client put a picture in the text rendering ("[cid:ttd.png]", "[image: tanda tangan.jpg]"):
# a scanned signature between the closing and the name, a logo; the line says nothing
_IMAGE_PLACEHOLDER = re.compile(r"^\s*\[(?:cid:[^\]]*|(?:image|gambar|inline image|picture)(?::[^\]]*)?)\]\s*$",
                                re.IGNORECASE)
_MOBILE_FOOTER = re.compile(
    r"^\s*(?:sent from my|dikirim dari|get outlook for|sent from yahoo|sent from mail for|"
    r"sent via|dikirim melalui)\b", re.IGNORECASE)


# paragraphs a converter ran together: "Bangil, 16 November 2026Hormat saya,", "Dengan hormat,Saya yang ..."
# (each glue is before a capital: looking for that first spares the three look-behinds at every other position)
_GLUED = re.compile(r"(?=[A-Z])(?:(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z]{2,})|(?<=\b(?i:dengan hormat),)(?=[A-Z])|"
                    r"(?<=\b(?i:hormat saya|hormat kami),)(?=[A-Z]))")


@dataclass
class Parts:
    main: str                 # the text to read
    quoted: str = ""          # quoted replies, '>' removed
    signature: str = ""       # e-mail signature block below "-- "
    forwarded: bool = False
    note: str = ""            # a forwarder's note above a forwarded letter
    quote_head: str = ""      # the line that opens the quote ("On ..., X <x@y> wrote:")


_DIGIT_DOT = re.compile(r"(?<=\d)[\u00b7\u2027\u2219](?=\d)")
_SPECK_BEFORE_COLON = re.compile(r"(?<=[^\W\d_])['`]+(?=[ \t]*:)")
# dotted leaders of a typed form between a label (a few words opening the line) and its value:
# "Nama ............ : Evi", "NIP ____________ 1986..."; a chat's "nunggu.... lama" keeps its dots
_LEADERS = re.compile(r"^([ \t]*[^\W\d_][\w/.()-]*(?:[ \t]+[\w/.()-]+){0,3}?)[ \t]*"
                      r"(?:(?:\.{4,}|…{2,}|_{4,})[ \t]*:|\.{8,}|…{4,}|_{8,})[ \t]*(?=\S)", re.MULTILINE)


def clean(text: str) -> str:
    if len(text) > MAX_CHARS:
        # a line longer than any letter's paragraph (200 KB of one repeated phrase, a pasted blob) would push
        # the letter after it past the cut
        text = "\n".join(ln for ln in text[:50 * MAX_CHARS].split("\n") if len(ln) <= MAX_LINE)
    text = text[:MAX_CHARS]
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():   # (each of these characters is outside ASCII: an ASCII text is left as it is)
        text = _ZERO_WIDTH.sub("", text)
        text = _HYPHENS.sub("-", text)
        if "\u2013" in text or "\u2014" in text:   # most texts have no dash for the look-behind to try
            text = _DIGIT_DASH.sub("-", text)
        text = _ODD_SPACE.sub(" ", text)
        if "\u00b7" in text or "\u2027" in text or "\u2219" in text:
            text = _DIGIT_DOT.sub(".", text)   # "0877·0123·6655": a middle dot between digits groups them
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    text = _GLUED.sub("\n", text)
    if "'" in text or "`" in text:
        text = _SPECK_BEFORE_COLON.sub("", text)   # "Nama' : Achmad": a speck OCR read onto the label
    if "...." in text or "……" in text or "____" in text:
        text = _LEADERS.sub(r"\1 : ", text)
    lines = [ln.rstrip() for ln in text.split("\n")]
    return "\n".join(lines)


def _forwarded(note: list[str], rest: list[str]) -> Parts:
    """A forwarded letter is the letter: keep it, drop its header lines and the note above."""
    j = 0
    while j < len(rest) and (not rest[j].strip() or _FWD_HEADER_LINE.match(rest[j]) or _RULE.match(rest[j])) \
            and j < 12:
        j += 1
    inner = split_mail("\n".join(rest[j:]))
    inner.forwarded, inner.note = True, "\n".join(note).strip()
    return inner


def split_mail(text: str, forward: bool = False) -> Parts:
    """Set apart what is not the sender's own new text: quotes, forwards' headers, signatures.

    `forward`: the mail says it is a forward (its subject opens with "Fwd:", "FW:"). Outlook writes a forward's
    header block as it writes a reply's ("From: ... Sent: ..."): then, or when the note above says so
    ("mohon izin meneruskan email dari guru kami"), the letter below is the complaint, not a quote.
    """
    text = clean(text)
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if _FORWARD_HEAD.match(ln):
            return _forwarded(lines[:i], lines[i + 1:])
    main: list[str] = []
    quoted: list[str] = []
    signature: list[str] = []
    cut = None
    # the cheap tests first: the header regex backtracks over the whole line; a line without a quote word,
    # a colon or an underscore heads no quote (and a text without a quote word has no such line)
    low_text = text.lower()
    quote_words = any(w in low_text for w in _QUOTE_WORDS)
    for i, ln in enumerate(lines):
        if quote_words and any(w in ln.lower() for w in _QUOTE_WORDS) and _QUOTE_HEAD.match(ln) \
                or (":" in ln and _OUTLOOK_HEAD.match(ln) and i + 1 < len(lines)
                    and any(_OUTLOOK_NEXT.match(x) for x in lines[i + 1:i + 4])) \
                or "_" in ln and _RULE.match(ln) \
                and any(_OUTLOOK_HEAD.match(x) for x in lines[i + 1:i + 3] if x.strip()):
            cut = i
            break
    if cut is not None and not _QUOTE_HEAD.match(lines[cut]) \
            and (forward or _FORWARD_NOTE.search("\n".join(lines[:cut]).lower())):
        return _forwarded(lines[:cut], lines[cut:])
    body = lines if cut is None else lines[:cut]
    tail = [] if cut is None else lines[cut + 1:]
    in_sig = False
    for ln in body:
        if ln.lstrip().startswith(">"):
            quoted.append(re.sub(r"^(\s*>)+ ?", "", ln))
            continue
        if _MOBILE_FOOTER.match(ln) or "[" in ln and _IMAGE_PLACEHOLDER.match(ln):
            continue
        if _SIG_DELIM.match(ln) and main:
            in_sig = True
            continue
        (signature if in_sig else main).append(ln)
    for ln in tail:
        quoted.append(re.sub(r"^(\s*>)+ ?", "", ln))
    return Parts(main="\n".join(main).strip("\n"), quoted="\n".join(quoted).strip("\n"),
                 signature="\n".join(signature).strip("\n"), quote_head=lines[cut] if cut is not None else "")
