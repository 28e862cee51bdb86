"""Read one letter's text: segment it, then find each field with its evidence.

Layers, each filling only what the one before left empty:

1. labelled lines   "Nama : ...", "Alamat : ..." (identity block) and section
                    headings "Kronologi", "2. Kerugian yang saya alami:" with
                    the passage below them (vocabulary in labels.toml;
                    line kinds in lines.py);
2. structure        the place-and-date line, the closing and the name below it;
3. prose            sentences of the unlabelled body sorted by cue phrases
                    (a request opens with "mohon", "saya berharap", "please";
                    a loss carries "akibatnya", "dirugikan", "as a result"),
                    the rest of the narrative being the service description
                    (sentences.py); the name and address from "nama saya X",
                    "beralamat di X" (identity.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.extract import contact
from pipeline.extract.clauses import split_run_on, split_story_tail
from pipeline.extract.dates import MONTHS_RX, WEEKDAYS, parse_date, parse_yearless
from pipeline.extract.identity import (NOT_A_PLACE, address_continuation, address_line, fuller_name, prose_identity,
                                       put_identity, without_glued_contact)
from pipeline.extract.lines import (ABBREV, ADDRESSEE, GREETING, LABEL_SHAPE, ROLE_CLOSING, SKIP_SIGNATURE,
                                    STOP_SECTION, UNFILLED, Label, clean_name, family_label, fuzzy_find, looks_like_name,
                                    match_label, sibling_headings, strip_bullet)
from pipeline.extract.sentences import BREAK, classify, discourse_opening, reported_part, sentences
from pipeline.extract.vocab import Vocab, vocab

FREE_TEXT = ("service_description", "loss", "requested_resolution")


@dataclass
class Found:
    value: object
    span: str
    rule: str
    confidence: float


@dataclass
class LetterReading:
    found: dict[str, Found] = field(default_factory=dict)
    closing: str | None = None          # the closing line ("Hormat saya,")
    closing_name: str | None = None     # the name written below it
    notes: list[str] = field(default_factory=list)

    def put(self, key: str, value, span: str, rule: str, confidence: float) -> None:
        if value in (None, "") or key in self.found:
            return
        self.found[key] = Found(value, span.strip()[:300], rule, confidence)


# ------------------------------------------------------------------ reading
_PLACE_DATE = re.compile(r"^\s*(?:(?:ditulis|dibuat)\s+di\s+)?(?P<place>[^\W\d][^\W\d_ .'-]*(?:[ .'-]{1,2}[^\W\d_][\w'-]*){0,3}\.?)"
                         r"(?:\s*(?P<comma>,)\s*|\s+(?=\d))(?P<date>.{6,45}?)\s*$", re.IGNORECASE)
# without the comma ("Bangil 17/11/2026") the words before the date may be a preposition, not a place
_NOT_PLACE = {"pada", "sejak", "sampai", "hingga", "mulai", "per", "tmt", "tertanggal", "bulan", "tahun", "on",
              "since", "until", "dated", "from", "dari", "tgl.", "sd", "s.d", "saya", "kami", "aku", "i", "we"}


_DIGIT = re.compile(r"\d")
_TRAILING_MARKS = re.compile(r"(?:\s+[-–—|_~'\"`*]+)+\s*$")
_PD_LABEL = re.compile(r"(?i:tempat\s*(?:,|/|dan|&)\s*(?:tanggal|tgl\.?|waktu)|place\s*(?:,|/|and|&)\s*date)\s*[:：]\s*(.+)$")


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def place_date(line: str, sent: date | None = None) -> tuple[str | None, object] | None:
    """("Bangil", date) for "Bangil, 12 November 2026"; (None, date) for a line that is only a date.

    `sent`, the sending date, gives the year of "Bangil, 12 November" (a place, a comma, no year)."""
    # Marks a scan leaves after the year ("Lekok, 16 Desember 2026 -") end no date form.
    s = _TRAILING_MARKS.sub("", strip_bullet(line)).strip(" .")
    if not s or len(s) > 70 or not _DIGIT.search(s):   # every date form has a digit: most lines end here
        return None
    m = _PLACE_DATE.match(s)
    if m:
        d = parse_date(m.group("date"))
        if d is None and sent is not None and m.group("comma"):
            d = parse_yearless(m.group("date"), sent)
        if d:
            place = m.group("place").strip(" .")
            # "Demikian keluhan saya. Rejoso, 25 September 2026.": the place is the last sentence's first words
            for end in reversed(list(_SENTENCE_END.finditer(place))):
                if not ABBREV.search(place[:end.start() + 1]):
                    place = place[end.end():]
                    break
            low = place.casefold()
            if low in WEEKDAYS or MONTHS_RX.fullmatch(low) or low in ("tanggal", "tgl", "date", "hari"):
                return None, d
            # a lower-case place only in a lower-case letter's line with its comma ("tutur, tgl 3-11-26")
            lower_ok = m.group("comma") and place.islower() and len(place.split()) == 1 and low not in _NOT_PLACE \
                and low not in NOT_A_PLACE and len(low) >= 3 \
                and low not in ("kemarin", "kmrn", "tadi", "besok", "sekarang", "skrg", "lalu", "terakhir", "deadline")
            if not (place[0].isupper() or lower_ok) or not m.group("comma") and (
                    low.split()[0] in _NOT_PLACE or not all(w[0].isupper() for w in place.split())):
                return None
            return place, d
    d = parse_date(s)
    if d:
        return None, d
    return None


# small patterns of the readers below, compiled once (they run for every line or sentence)
_ENDS_SENTENCE = re.compile(r"[.:;!?]$")
_ENDS_CLAUSE = re.compile(r"[.!?,;:]$")
_LABEL_MARK = re.compile(r"[:：—–]|--")
_AND_FIRST = re.compile(r"^(?:dan|serta|and)\b")
_CLOSING_SENTENCE = re.compile(r"^(?:demikian|atas perhatian|terima ?kasih|sekian|thank)")
_DEGREES = re.compile(r",?\s*(?:[A-Z][A-Za-z]{0,3}\.(?:\s?[A-Za-z]{1,4}\.)*\s*,?\s*)+")


def _first_names_of(name: str, signed: str) -> bool:
    """The signed name is `name` and more capitalised name words ("Ahmad" / "Ahmad Zainuri")."""
    short = name.rstrip(" ,.")
    rest = signed[len(short):]
    return (signed.startswith(short) and rest[:1] == " " and looks_like_name(signed)
            and all(w[:1].isupper() for w in rest.replace(",", " ").split()))


def _with_degrees(name: str, signed: str) -> bool:
    """The signed name is `name` followed by academic degrees only ("Kusnadi" / "Kusnadi, S.H., M.M.")."""
    short = name.rstrip(" ,.")
    return (len(signed) > len(short) and signed.casefold().startswith(short.casefold())
            and bool(_DEGREES.fullmatch(signed[len(short):])))


_DAY_LEFT_BLANK = re.compile(r"^\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}),\s*(?:[.…_]{2,}\s*)?"
                             rf"(?i:{MONTHS_RX.pattern})\s+(?:19|20)\d\d\s*$")
_COLUMN_GAP = re.compile(r"\s{3,}")
_LIST_ITEM = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")


def read_letter(text: str, *, formal_signature: bool | None = None, extra_contacts: str = "",
                line_sentences: bool = True, sent: date | None = None) -> LetterReading:
    """Fields of one letter's text. `formal_signature`: the ink check of a PDF/DOCX/scan, if any.
    `sent`: the e-mail's sending date, for a date line without its year.

    `line_sentences`: a short unpunctuated line ends a sentence (typed mail); not for page layout
    lines of a PDF or scan, whose width is the page's.
    """
    v = vocab()
    r = LetterReading()
    lines = _split_closing_tail(text.split("\n"), v)
    n = len(lines)
    used = [False] * n
    labels: list[Label | None] = [match_label(ln, v) if ln.strip() else None for ln in lines]
    for i in range(1, n):
        lab, prev = labels[i], lines[i - 1].rstrip()
        if lab is not None and lab.kind == "section" and not lab.value and lines[i].lstrip()[:1].islower() \
                and prev.strip() and not _ENDS_SENTENCE.search(prev) and labels[i - 1] is None:
            labels[i] = None  # "... dengan ini menyampaikan\npengaduan." ends a wrapped sentence, heads nothing
    sibling_headings(lines, labels, v)

    # -- closing: the last salutation line, and the name below it
    closing_at = _find_closing(lines, v, r)
    end = closing_at if closing_at is not None else n

    # -- place-and-date line
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        # "Tempat, tanggal: Gempol, 9 November 2026": the label's value is the line
        pd_label = _PD_LABEL.match(strip_bullet(ln))
        beside_a_label = False
        if pd_label:
            ln = pd_label.group(1)
        elif labels[i] is not None:
            # "Nomor : 017/KKG/2026      Purwosari, 10 Desember 2026": the date in the letterhead's right column,
            # on the line of the letter's number (a scan keeps the column gap as three spaces)
            columns = _COLUMN_GAP.split(ln.strip())
            if len(columns) < 2:
                continue
            ln, beside_a_label = columns[-1], True
        got = place_date(ln, sent)
        if not got and "place" not in r.found:
            blank = _DAY_LEFT_BLANK.match(strip_bullet(ln))
            if blank and blank.group(1).casefold() not in _NOT_PLACE:
                # "Pandaan, ........ Desember 2026": the place is written, the date is not (no day)
                r.put("place", blank.group(1), ln, "place-and-date line with the day left blank", 0.8)
                used[i] = True
                continue
        if got:
            place, d = got
            if place and "place" not in r.found:
                r.put("place", place, ln, "place-and-date line", 0.9)
                if "date" in r.found and r.found["date"].rule == "date line":
                    # a bare date above was the end of a wrapped sentence ("... sebelum\ntanggal 20 Desember
                    # 2026."): the letter's date is the one beside its place
                    del r.found["date"]
                r.put("date", d.isoformat(), ln, "place-and-date line", 0.95)
            elif not place and "date" not in r.found:
                r.put("date", d.isoformat(), ln, "date line", 0.8)
            used[i] = used[i] or not beside_a_label   # the label on its left is still read

    # -- labelled lines: identity values and section headings
    sections: dict[str, list[str]] = {}
    section_span: dict[str, str] = {}
    i = 0
    while i < n:
        lab = labels[i]
        if lab is None:
            i += 1
            continue
        used[i] = True
        if lab.kind == "identity":
            value_lines = [_left_column(lab.value)] if lab.value else []
            j = i + 1
            if lab.field == "address" or (lab.field == "name" and not lab.value):
                indent = len(lines[i]) - len(lines[i].lstrip())
                while j < n and j < end and lines[j].strip() and labels[j] is None:
                    nxt = _left_column(lines[j])
                    deeper = len(nxt) - len(nxt.lstrip()) > indent + 2
                    short = len(nxt.strip()) <= 60 and not nxt.strip().endswith(":") \
                        and (nxt.strip()[0].isupper() or nxt.strip()[0].isdigit()) \
                        and (j + 1 >= n or not lines[j + 1].strip() or labels[j + 1] is not None)
                    region = lab.field == "address" and address_continuation(nxt)   # "Desa ..., Kecamatan ..."
                    if not (deeper or short or region) or lab.field == "name" and value_lines \
                            or LABEL_SHAPE.match(nxt.strip()):
                        break
                    value_lines.append(nxt.strip())
                    used[j] = True
                    j += 1
            value = " ".join(value_lines).strip()
            put_identity(r, lab.field, value, lines[i], v)
            i = j
            continue
        # a section heading: its passage runs to the next label, closing or place-and-date line
        body = [lab.value] if lab.value else []
        j = i + 1
        while j < end:
            if labels[j] is not None or STOP_SECTION.match(lines[j]) or (used[j] and lines[j].strip()):
                break
            if not any(part.strip() for part in body) and ADDRESSEE.match(lines[j]):
                break   # a title over the letter ("PENGADUAN AKSESIBILITAS LAYANAN", then "Kepada Yth."), no section
            if lines[j].strip() and not UNFILLED.fullmatch(lines[j].strip()):
                body.append(lines[j])
            else:
                body.append("")   # a blank, or a form's dotted line left unfilled
            used[j] = True
            j += 1
        passage = "\n".join(body).strip()
        if passage and lab.field not in sections:
            sections[lab.field] = _paragraphs(passage, line_sentences)
            section_span[lab.field] = lines[i].strip()
        i = j

    # -- sections -> fields; a later paragraph of a section that clearly is another
    #    field (a request after the loss) goes to that field when it has no heading
    moved: dict[str, list[str]] = {}
    for key, paras in sections.items():
        if key == "other":
            continue
        keep = []
        for k, para in enumerate(paras):
            sents = [s for s in sentences(para) if classify(s, v) != "filler" or key != "service_description"
                     and not v.filler_rx.search(s.casefold())]
            if key == "service_description":
                # a chronology that runs on into "Akibatnya ..." and "saya mohon ...": those are other fields
                sents, tail = split_story_tail(sents, v, classify, discourse_opening)
                for target, s in tail:
                    if target in sections:
                        sents.append(s)
                    elif not _is_closing_sentence(s, v):
                        moved.setdefault(target, []).append(s)
            if k > 0 and sents:
                kinds = {classify(s, v) for s in sents}
                other = {"req": "requested_resolution", "loss": "loss"}
                target = next((other[c] for c in ("req", "loss") if kinds == {c}), None)
                if target is None and kinds == {"desc"} and key in ("requested_resolution", "loss"):
                    # the request asked first, then the story told ("Yang kami mohon: ...\n\n
                    # Permasalahannya, berkas ... sudah kami serahkan ..."): the story is the description
                    target = "service_description"
                if target and target != key and target not in sections:
                    moved.setdefault(target, []).append(" ".join(sents))
                    continue
            keep.append(" ".join(s for s in sents if not _is_closing_sentence(s, v)))
        value = " ".join(p for p in keep if p).strip()
        if value:
            r.put(key, value, f"{section_span[key]} ...", f"section heading '{section_span[key][:40]}'", 0.9)
    for key, paras in moved.items():
        r.put(key, " ".join(paras), paras[0], "paragraph under another heading, by cue words", 0.6)

    # -- unlabelled prose between the letter head and the closing
    prose_lines = _prose_lines(lines, used, labels, end)
    paras = _paragraphs("\n".join(prose_lines), line_sentences)
    buckets: dict[str, list[str]] = {"desc": [], "loss": [], "req": []}
    identity_sents: list[str] = []
    kinds_read: list[tuple[int, str, str]] = []   # (paragraph, kind, sentence) in reading order
    story_told = False
    for para_no, para in enumerate(paras):
        last = None
        for s in (c for x in sentences(para) for c in split_run_on(x)):
            # "1. ...", "- ...": points of a list told in prose; the mark is not the passage
            s = _LIST_ITEM.sub("", s)
            lab = family_label(s, v) if _LABEL_MARK.search(s[:60]) else None
            if lab and lab.value:
                s = lab.value   # "Pokok aduan: ..." inside running text: the label word is not the value
            kind = classify(s, v, first=not story_told)
            if kind == "identity" and reported_part(s) != s:
                # "Perkenalkan, saya X, tinggal di ..., mau melaporkan Y": Y is the description
                identity_sents.append(s)
                s, kind = reported_part(s), "desc"
            low = s.casefold()
            if last in ("loss", "req") and kind == "desc" and (v.continue_rx.match(low) or last == "req"
                                                               and _AND_FIRST.match(low)):
                kind = last
            if kind == "identity":
                identity_sents.append(s)
            if kind in buckets:
                kinds_read.append((para_no, kind, s))
                story_told = story_told or kind == "desc"
            last = kind if kind in buckets else last
    # A writer who gives the loss a paragraph of its own has told it there: a loss-like sentence inside the
    # story's paragraph ("..., sehingga ayah saya harus digotong ...") is then part of the story.
    loss_paras = {p for p, k, _ in kinds_read if k == "loss"}
    pure = {p for p in loss_paras if all(k == "loss" for q, k, _ in kinds_read if q == p)}
    storied = {p for p, k, _ in kinds_read if k == "desc"}
    for p, kind, s in kinds_read:
        if kind == "loss" and pure and p not in pure and p in storied:
            kind = "desc"
        buckets[kind].append(s)
    names = {"desc": "service_description", "loss": "loss", "req": "requested_resolution"}
    rules = {"desc": "narrative sentences of the body", "loss": "sentences with loss cue words",
             "req": "sentences opening with a request"}
    if "loss" in r.found and buckets["loss"]:
        # the loss is told under its own heading or after "Akibatnya": what else sounded like one is the story
        buckets["desc"] += buckets["loss"]
        buckets["loss"] = []
    if not buckets["desc"] and len(buckets["loss"]) >= 2 and "service_description" not in r.found:
        # every complaint tells what went wrong before what it cost: with no narrative sentence at all, the first
        # of several loss sentences ("SUDAH 4 BULAN PENSIUN SAYA BELUM CAIR ...") is that story
        buckets["desc"].append(buckets["loss"].pop(0))
    if buckets["desc"]:
        buckets["desc"] = [reported_part(s) for s in buckets["desc"]]
        told = " ".join(buckets["desc"])
        sd = r.found.get("service_description")
        if sd is not None and re.search(r"kronolog|chronolog|timeline", section_span.get("service_description", ""),
                                        re.IGNORECASE) and len(told.split()) >= 20:
            # a story told in prose, then a "Kronologi:" list that dates it: the description is both
            r.found["service_description"] = Found(told + " " + sd.value, sd.span, "narrative sentences and the "
                                                   "chronology under them", 0.8)
    for kind, sents in buckets.items():
        if sents:
            r.put(names[kind], " ".join(sents), sents[0], rules[kind], 0.6)

    # -- name and address in prose ("nama saya X", "beralamat di X")
    prose_text = "".join(x.rstrip(". ") + ". " for x in identity_sents) + " ".join(prose_lines[:40])
    prose_identity(r, prose_text, v)

    # -- an unlabelled line made of address tokens ("Dsn. Krajan RT 02 RW 05 Ds. Sumberejo Kec. Pandaan"),
    #    first in the signature block below the closing, then anywhere outside the prose
    if "address" not in r.found:
        order = list(range((closing_at or 0) + 1, n)) + list(range(0, closing_at or 0)) if closing_at is not None \
            else list(range(n))
        for k in order:
            line = without_glued_contact(lines[k]) if labels[k] is None else ""
            if line and address_line(line):
                parts = [strip_bullet(line).rstrip(" ,;")]
                # a signature block may go on with the address on the next lines ("Desa ..., Kec. ..." / "Kab. ...")
                j = k + 1
                while j < n and labels[j] is None and address_continuation(more := without_glued_contact(lines[j])):
                    parts.append(strip_bullet(more).strip(" ,;"))
                    j += 1
                r.put("address", ", ".join(parts), lines[k], "a line of address words", 0.65)
                break

    # -- name from the closing block, in full when the opening gave it ("sy bagus wicaksono, ..." / "bagus")
    if "name" not in r.found and r.closing_name:
        fuller = fuller_name(r.closing_name, prose_text)
        if fuller:
            r.put("name", fuller, f"{r.closing_name} ... {fuller}", "name below the closing, in full in the opening",
                  0.7)
        r.put("name", r.closing_name, f"{r.closing}\n{r.closing_name}", "name below the closing", 0.7)
    elif r.closing_name and r.found["name"].confidence < 0.9 and _with_degrees(r.found["name"].value, r.closing_name):
        # named in a sentence without the degrees that the signature gives ("Saya, Kusnadi, S.H:, PNS ...", the
        # degree garbled by OCR or left off): the name is the signed one
        r.found["name"] = Found(r.closing_name, f"{r.found['name'].span} ... {r.closing_name}",
                                "name in the opening, with the degrees signed below the closing", 0.75)
    elif r.closing_name and r.found["name"].confidence < 0.9 and _first_names_of(r.found["name"].value, r.closing_name):
        # "Saya Ahmad. Zainuri, alamat ..." (a speck OCR read as a full stop), "Saya Ahmad, guru ...": the opening
        # gave the first name, the signature gives it in full
        r.found["name"] = Found(r.closing_name, f"{r.found['name'].span} ... {r.closing_name}",
                                "name in the opening, in full below the closing", 0.75)

    # -- contacts anywhere in the letter
    joined = "\n".join(lines) + "\n" + extra_contacts
    if "nik" not in r.found:
        got = contact.find_nik(joined)
        if got:
            r.put("nik", got[0], got[1], "16-digit number", 0.7)
    if "phone" not in r.found:
        got = contact.find_phone(joined)
        if got:
            r.put("phone", got[0], got[1], "mobile number pattern", 0.7)
        else:
            got = contact.find_contact_phone(joined)
            if got:
                r.put("phone", got[0], got[1], "number after a contact word", 0.6)
    if "email" not in r.found:
        got = contact.find_email(joined)
        if got:
            r.put("email", got, got, "address in the text", 0.6)

    # -- signature
    if formal_signature is not None:
        r.put("signed", bool(formal_signature), r.closing_name or "", "ink above the printed name" if
              formal_signature else "no ink above the printed name", 0.8)
    else:
        signed = bool(r.closing and r.closing_name)
        r.put("signed", signed, f"{r.closing or ''}\n{r.closing_name or ''}",
              "closing followed by a name" if signed else "no closing followed by a name", 0.8)
    return r


def _is_closing_sentence(s: str, v: Vocab) -> bool:
    low = s.casefold()
    return bool(_CLOSING_SENTENCE.match(low))


_OPENS_SENTENCE = re.compile(r"(?:akibatnya|akibat|gara-gara|gara2|karena itu|oleh karena itu|sehingga|"
                             r"tolong|tlg|mohon|mhn|please|as a result|because of this)\b")


def _paragraphs(text: str, line_sentences: bool = True) -> list[str]:
    paras, cur = [], []
    for ln in text.split("\n"):
        if not ln.strip():
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        stripped = ln.strip()
        # list items start a new unit
        if cur and _LIST_ITEM.match(stripped):
            paras.append(" ".join(cur))
            cur = []
        # a short line without a sentence end is a sentence of its own (chatty mail, one thought a line);
        # a line wrapped by the mail client runs on to about its width (60-78); a longer one was never wrapped
        # and a line opening with a request or a consequence starts a sentence wherever the last one ended
        # (or the next line's first word would still have fitted on it: a client wrapping at 66+ did not break it)
        if line_sentences and cur and not _ENDS_CLAUSE.search(cur[-1]) and (
                len(cur[-1]) < 55 or len(cur[-1]) > 80 or len(cur[-1]) + 1 + len(stripped.split()[0]) <= 66
                or _OPENS_SENTENCE.match(stripped.casefold())):
            cur[-1] += " " + BREAK
        cur.append(stripped)
    if cur:
        paras.append(" ".join(cur))
    return paras


_FORMAL_GREETING = re.compile(r"^\s*(?:dengan\s+hormat|assalamu['\w]*\s+w)", re.IGNORECASE)


def _prose_lines(lines: list[str], used: list[bool], labels, end: int) -> list[str]:
    """Body lines that no label, heading, date line or addressee block took."""
    out: list[str] = []
    in_addressee = False
    # above a formal greeting ("Dengan hormat,") is the letter head: letterhead, number, subject, addressee;
    # a line there that does not end a sentence tells nothing ("PEMERINTAH DESA ...", "Jl. Raya ... 67165")
    head_end = next((i for i in range(min(end, len(lines), 30)) if _FORMAL_GREETING.match(lines[i])), 0)
    if head_end > len(lines) // 2:
        head_end = 0   # a greeting low in the text is no letter head's end
    for i in range(min(end, len(lines))):
        ln = lines[i]
        if i < head_end and not ln.rstrip().endswith((".", "!", "?")):
            out.append("")
            continue
        if used[i]:
            out.append("")
            continue
        s = ln.strip()
        if not s:
            in_addressee = False
            out.append("")
            continue
        if ADDRESSEE.match(s):
            in_addressee = True
            out.append("")
            continue
        if in_addressee and len(s.split()) <= 10 and not s.endswith("."):
            out.append("")
            continue
        in_addressee = False
        if GREETING.match(s) and len(s.split()) <= 8:
            out.append("")
            continue
        out.append(ln)
    return out


# (the words are checked first: the regex would try every position of the line)
_THANKS_END = re.compile(r"(?:terima ?kasih|matur ?nuwun|thank you)[.!]?\s*$")


_LAST_SENTENCE = re.compile(r"[.!?]\s+([^.!?]{2,40}?)[\s,.!]*$")


def _split_closing_tail(lines: list[str], v: Vocab) -> list[str]:
    """A closing typed at the end of the last paragraph, over the name ("... dikembalikan. mksh
    sebelumnya\nimam") goes on a line of its own, as it would in a letter."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(filled) < 2:
        return lines
    at, name_at = filled[-2], filled[-1]
    tail = _LAST_SENTENCE.search(lines[at])
    if not tail or not looks_like_name(lines[name_at].strip()) or len(tail.group(1).split()) > 3 \
            or not v.closing_rx.match(tail.group(1).casefold()):
        return lines
    return lines[:at] + [lines[at][:tail.start(1)].rstrip(), lines[at][tail.start(1):]] + lines[at + 1:]


_GROUP = re.compile(r"(?i)(?:paguyuban|forum|warga|para|keluarga\s+besar|ikatan|persatuan|perkumpulan|kelompok|tim|"
                    r"komunitas|serikat|himpunan|asosiasi|koperasi|guru|pegawai|the\s)\b")
_ON_BEHALF = re.compile(r"^(?:a\.\s?n\.?|an\.|atas\s+nama|on\s+behalf\s+of)\s+(\S.*)$", re.IGNORECASE)


# the identity block on the left, the addressee on the right, read by OCR into one line with the gap as a colon:
# "Nama : Sumarni, S.Pd.SD : Yth. Kepala BKPSDM"
_RIGHT_COLUMN = re.compile(r"\s+:\s+(?=\S)")
_ADDRESSEE_BLOCK = re.compile(r"(?i)(?:yth\b|kepada\b|kepala\b|bapak\b|ibu\b|di\s+\S|kabupaten\b|kab\.|kota\b)")


def _left_column(line: str) -> str:
    """The identity column of a line whose right part is the addressee block ("Yth. Kepala BKPSDM", "di
    Bangil"); a second label on the line ("Nama : Agus, S.H. NIP : 1985...") is read by the label reader."""
    if line.strip()[:1] == ":":
        return line
    m = _RIGHT_COLUMN.search(line)
    return line[:m.start()] if m and _ADDRESSEE_BLOCK.match(line[m.end():]) else line


_COLUMNS = re.compile(r"\s{3,}")


def _find_closing(lines: list[str], v: Vocab, r: LetterReading) -> int | None:
    """Index of the last closing salutation; sets r.closing and r.closing_name."""
    for i in range(len(lines) - 1, -1, -1):
        s = strip_bullet(lines[i])
        if not s:
            continue
        if "   " in s:
            # "ne   Hormat saya,   Hg": a photo's specks at either side, columns apart from the closing
            seg = next((x for x in _COLUMNS.split(s) if v.closing_rx.match(x.casefold())
                        and len(x.strip(" ,.")) <= 30), None)
            s = seg or s
        low = s.casefold()
        m = v.closing_rx.match(low)
        same_line_name = None
        if m:
            rest = s[m.end():].strip()
            alt = re.match(r"^[,.]?\s*/\s*", rest)
            alt_m = v.closing_rx.match(rest[alt.end():].casefold()) if alt else None
            if alt_m:   # a bilingual closing: "Best regards / Hormat saya,"
                rest = rest[alt.end() + alt_m.end():].strip()
            rest_clean = rest.strip(" ,.!-–:")
            if rest_clean and not re.match(r"^[,.!\-–:]", rest) and len(rest_clean.split()) > 3:
                m = None  # "Terima kasih atas bantuan Bapak dan Ibu ..." is a sentence
            elif rest_clean:
                cand = re.sub(r"^(?:atas perhatian\w*|banyak|ya|yaa|pak|bu|semua)\b[ ,.!]*", "", rest_clean,
                              flags=re.IGNORECASE)
                if cand and looks_like_name(cand):
                    same_line_name = clean_name(cand)
                elif cand and len(cand.split()) > 2:
                    m = None
        elif len(low) <= 200 and ("kasih" in low or "nuwun" in low or "thank you" in low) and _THANKS_END.search(low):
            m = True  # "... saya ucapkan terima kasih."
        elif len(low) <= 25 and fuzzy_find(low.strip(" ,.!"), v.closing_fuzzy):
            m = True  # "Hormat sya,"
        elif ROLE_CLOSING.match(s) and looks_like_name(next((t for t in lines[i + 1:i + 4] if t.strip()), "")):
            m = True  # "Yang mengadu,\n\nBagus Setiawan"
        if not m:
            continue
        r.closing = s
        if same_line_name and s.rstrip().endswith(","):
            # "Matur nuwun sanget,\nSugito": the word before the comma belongs to the closing
            nxt = next((lines[j].strip() for j in range(i + 1, min(len(lines), i + 4)) if lines[j].strip()), "")
            if looks_like_name(nxt) or not same_line_name[:1].isupper():
                same_line_name = None
        if same_line_name:
            r.closing_name = same_line_name
            return i
        for j in range(i + 1, min(len(lines), i + 8)):
            t = lines[j].strip()
            behalf = _ON_BEHALF.match(t) if t else None
            if behalf and looks_like_name(behalf.group(1)) and not _GROUP.match(behalf.group(1)):
                # "Hormat kami,\na.n. Sukarji, S.Pd.\nNur Laila (putrinya)": signed for the complainant, the
                # person named after "a.n."; for a group ("a.n. Paguyuban Honorer") the signer below is the one
                r.closing_name = clean_name(behalf.group(1))
                break
            if not t or SKIP_SIGNATURE.match(t):
                continue
            if place_date(t):
                continue  # "Terima kasih.\n\nBangil, 12 November 2026\n\nNama": the date line sits between
            if looks_like_name(t):
                r.closing_name = clean_name(t)
            elif t.endswith(",") and len(t.split()) <= 6:
                continue  # "Hormat kami,\nKuasa Hukum Pengadu,\n\n\nNama": the signer's role sits between
            break
        return i
    return None
