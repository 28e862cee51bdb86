"""Dates as letters write them, in Indonesian, English and numbers (day first).

A month table and two regular expressions: dateparser handles more, but at
~1 ms a call it would be most of an e-mail's extraction budget, and letters
only use these forms: "12 November 2026", "12 Nopember 2026", "12 Nov. 2026",
"Senin, 2 Nov 2026", "November 12, 2026", "12-11-2026", "12/11/2026",
"2026-11-12".
"""

from __future__ import annotations

import re
from datetime import date

# The first three letters identify a month in every spelling letters use
# (Pebruari, Nopember, Agt/Agu/Aug, Okt/Oct, Des/Dec), which also forgives
# typos later in the word.
_MONTH3 = {"jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
           "agu": 8, "agt": 8, "aug": 8, "ags": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11,
           "des": 12, "dec": 12}
WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "sen", "sel", "rab", "kam", "jum", "sab", "min", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "senen", "setu", "slasa", "seloso", "rebo", "kemis", "jemuah", "jumuah", "ngahad")   # Javanese too
_MONTH_WORD = r"[A-Za-z]{3,10}\.?"
_TEXT_DMY = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|\s)\s*(?P<m>{_MONTH_WORD})\s*(?:-|\s|,)\s*(?P<y>\d{{4}})")
_TEXT_MDY = re.compile(rf"(?P<m>{_MONTH_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})")
_NUM_DMY = re.compile(r"(?P<d>\d{1,2})\s*(?P<s>[-/.])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4}|\d{2})")
_NUM_YMD = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
# a Roman month, as official letters write it: "12-X-2026", "3/XI/2026", "5 XII 2026"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
_ROMAN_DMY = re.compile(r"(?P<d>\d{1,2})\s*(?P<s>[-/. ])\s*(?P<m>[IVXivx]{1,4}|(?=[1lIVXivx]*[VXvx])[1lIVXivx]{2,4})"
                        r"\s*(?P=s)\s*(?P<y>\d{4})")
# the Javanese five-day market week a date may carry beside the weekday: "Selasa Pon 17 November 2026"
PASARAN = ("legi", "pahing", "paing", "pon", "wage", "kliwon")
_WEEKDAY_PREFIX = re.compile(r"^(?:hari\s*)?(?:" + "|".join(re.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True))
                             + r")\b\.?(?:\s+(?:" + "|".join(PASARAN) + r")\b)?\s*,?\s*(?:tanggal|tgl\.?)?\s*",
                             re.IGNORECASE)


def month_number(word: str) -> int | None:
    w = word.strip(". ").lower()
    if len(w) < 3:
        return None
    return _MONTH3.get(w[:3])


def _make(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000
    if not (1900 <= y <= 2100):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


_HANDWRITTEN_DAY = re.compile(rf"^[.,'`/|_\s]*(\d)[.,'`/|_\s]{{0,2}}(\d)?[.,'`/|_]*\s+(?={_MONTH_WORD}\b)", re.IGNORECASE)


_UNITS = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_DAY_NUMBERS = {w: i + 1 for i, w in enumerate(_UNITS)}
_DAY_NUMBERS.update({"sepuluh": 10, "sebelas": 11, "dua puluh": 20, "tiga puluh": 30, "tiga puluh satu": 31})
_DAY_NUMBERS.update({f"{w} belas": i + 1 + 10 for i, w in enumerate(_UNITS[1:], start=1)})
_DAY_NUMBERS.update({f"dua puluh {w}": 20 + i + 1 for i, w in enumerate(_UNITS)})
_DAY_IN_WORDS = re.compile(r"^((?:[a-z]+\s+){0,2}[a-z]+)\s+(?=" + _MONTH_WORD + r"\s+\d{4})", re.IGNORECASE)


def parse_date(text: str) -> date | None:
    """The date that the whole of `text` states (weekday and "tanggal" allowed), else None."""
    s = _date_body(text)
    if not s or len(s) > 40:
        return None
    # a day written by hand into a typed "...... Oktober 2026", read by OCR as ".2/7." or "1 2"
    s = _HANDWRITTEN_DAY.sub(lambda m: m.group(1) + (m.group(2) or "") + " ", s, count=1)
    # a day in words, as on a formal statement: "dua puluh Oktober 2026"
    words = _DAY_IN_WORDS.match(s)
    if words and words.group(1).casefold() in _DAY_NUMBERS:
        s = f"{_DAY_NUMBERS[words.group(1).casefold()]} {s[words.end(1):].lstrip()}"
    for rx in (_TEXT_DMY, _TEXT_MDY):
        m = rx.fullmatch(s)
        if m:
            mon = month_number(m.group("m"))
            if mon:
                return _make(int(m.group("y")), mon, int(m.group("d")))
    m = _NUM_YMD.fullmatch(s)
    if m:
        return _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    m = _NUM_DMY.fullmatch(s)
    if m:
        return _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    m = _ROMAN_DMY.fullmatch(s)
    if m:
        # OCR reads a Roman month's I as 1 or l ("2/X11/2026"): a numeral with an X or V in it is Roman
        roman = m.group("m").lower().replace("1", "i").replace("l", "i")
        if roman in _ROMAN:
            return _make(int(m.group("y")), _ROMAN[roman], int(m.group("d")))
    return None


# A date without its year, only beside a place ("Rembang, 9 November", "Rembang, tgl 9 bulan 11"): the
# writer means the year they write in, which the sending date gives.
_YEARLESS = (re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_WORD})"), re.compile(rf"(?P<m>{_MONTH_WORD})\s+(?P<d>\d{{1,2}})"),
             re.compile(r"(?P<d>\d{1,2})\s+bulan\s+(?P<m>\d{1,2})", re.IGNORECASE))


# The Hijri date pesantren and many Muslim writers put beside the Gregorian one, before or after it: "2 Jumadil
# Akhir 1448 H / 13 November 2026 M", "25 November 2026 M / 14 Jumadil Akhir 1448 H". The letter's date is the
# Masehi (M) one.
_HIJRI = re.compile(r"\s*(?:[/|,;-]\s*)?\d{1,2}\s+(?:muharr?am|s[h]?afar|rabi'?(?:ul|ul)?\s*(?:awal|akhir|ak[h]?ir|ts?ani)|"
                    r"jumad(?:il|al)?\s*(?:awal|ula|ul[a]?|akhir|ak[h]?ir|ts?ani(?:yah)?)|rajab|sya'?ban|ramad[h]?an|"
                    r"syaw[w]?al|d?zul?\s*q[a']*[ai]?dah|d?zul?kaidah|d?zul?\s*hij+ah)\s+1[34]\d\d\s*h\.?"
                    r"\s*(?:[/|,;-]\s*)?", re.IGNORECASE)
_SPECK_BEFORE_YEAR = re.compile(r"(?<=[A-Za-z] )[.,'`]+(?=(?:19|20)\d\d$)")
_MASEHI = re.compile(r"(?<=\d{4})\s*m\.?$", re.IGNORECASE)


def _date_body(text: str) -> str:
    """The date itself: without "tanggal"/"tgl"/"pada", a weekday before it, and a Hijri date beside it."""
    s = _DATE_WORD.sub("", text.strip().strip(".,;"))
    if "h" in s.lower() and _HIJRI.search(s):
        s = _HIJRI.sub(" ", s).strip()
    if "." in s or "'" in s:
        s = _SPECK_BEFORE_YEAR.sub("", s)   # "1 Desember .2026": a speck OCR read before the year
    if s and s[-1] in "mM.":
        s = _MASEHI.sub("", s)   # "25 November 2026 M", the Hijri date on the next line
    return _WEEKDAY_PREFIX.sub("", s).strip()


_DATE_WORD = re.compile(r"^(?:tanggal|tgl\.?|date|pada)\s*:?\s*", re.IGNORECASE)


def parse_yearless(text: str, sent: date) -> date | None:
    """The date `text` states without a year, in the year of `sent` (the year before, if that puts it more
    than a week after sending: a letter of 30 December sent on 2 January)."""
    s = _date_body(text)
    for rx in _YEARLESS:
        m = rx.fullmatch(s)
        if not m:
            continue
        mon = int(m.group("m")) if m.group("m").isdigit() else month_number(m.group("m"))
        got = _make(sent.year, mon, int(m.group("d"))) if mon else None
        if got and (got - sent).days > 7:
            got = _make(sent.year - 1, mon, int(m.group("d")))
        return got
    return None


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every date written in `text`: (date, start, end)."""
    out = []
    for rx in (_TEXT_DMY, _TEXT_MDY, _NUM_YMD, _NUM_DMY):
        for m in rx.finditer(text):
            if rx in (_TEXT_DMY, _TEXT_MDY):
                mon = month_number(m.group("m"))
                d = _make(int(m.group("y")), mon, int(m.group("d"))) if mon else None
            else:
                d = _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d and not any(s <= m.start() < e for _, s, e in out):
                out.append((d, m.start(), m.end()))
    return sorted(out, key=lambda t: t[1])

MONTHS_RX = re.compile(r"(?:jan|feb|peb|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|nop|des|dec)[a-z]*\.?",
                       re.IGNORECASE)
