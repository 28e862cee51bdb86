"""Phone numbers, NIK and e-mail addresses."""

from __future__ import annotations

import re

# between groups of digits: a space, dot or dash, and the spaces OCR may read beside a dash ("0896-1127- 3350");
# not a full stop and a line break ("HP 0878-5521-3096.\n2. Pada ...": the next line's list number)
_SEP = r"(?:[ \t]?-[ \t]?|[\s.-])?"
# Indonesian mobiles: 08xx / +62 8xx / 62 8xx, digits grouped by spaces, dots or dashes.
# (each pattern first checks the character every match begins with: the rest is tried there only)
_MOBILE = re.compile(r"(?=[(+60])(?<![\d+])(?:\(?\+\s?62\)?|62|0)[\s.-]?\(?8\d{1,2}\)?(?:" + _SEP + r"\d){6,10}(?!\d)")
# Any number once a phone label introduced it (landlines: "(0343) 741234").
_ANY_PHONE = re.compile(r"(?=[(+60])(?<!\d)(?:\(?\+\s?62\)?|62|0)[\s.-]?\(?\d{2,4}\)?(?:\s-\s)?(?:" + _SEP + r"\d){5,10}(?!\d)")   # "0343 - 426 118"
# A dot after the number ends the sentence ("..., NIK 3514162903990002. Saya ..."); only a dot followed by a
# digit continues a number. 18-digit NIPs and longer runs never match (no digit may follow).
_NIK = re.compile(r"(?=\d)(?<!\d)(?<!\d[.-])"
                  r"(?:(\d{16})|(\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4})|(\d{6}[ .-]\d{6}[ .-]\d{4}))"
                  r"(?![.-]?\d)(?! \d{2}\b)")
# A number after its label may group its digits any way: "NIK saya 3514 0710 0985 0004", "No. KTP: 3514-07..."
_NIK_LABELLED = re.compile(r"(?i:(?=[nki])\b(?:nik|no\.?\s*ktp|nomor\s+ktp|ktp|id\s+number|national\s+id|"
                           r"nomor\s+induk\s+kependudukan))\b(?:\s*(?i:saya|kami|ku|adalah|is|number|no\.?|nomor)\b)*"
                           r"[\s:.=#-]{0,12}(?<!\d)(\d(?:[ .-]?\d){15})(?![.-]?\d)(?! \d)")   # colons aligned with spaces
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


def normalise_phone(raw: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    if not digits.startswith("0") or not (9 <= len(digits) <= 14):
        return None
    return digits


def find_phone(text: str, labelled: bool = False) -> tuple[str, str] | None:
    """(normalised, as written) of the first phone number in text.

    After a label any number counts, but a mobile first: "Kontak : (0343) 634 120 (Puskesmas, jam kerja) /
    0813-3030-5121 (HP pribadi)" gives the writer's own mobile, a landline only when it is the one number."""
    for rx in ((_MOBILE, _ANY_PHONE) if labelled else (_MOBILE,)):
        for m in rx.finditer(text):
            norm = normalise_phone(m.group(0))
            if norm and len(re.sub(r"\D", "", m.group(0))) != 16:
                return norm, m.group(0)
    return None


# A landline is the writer's only when a contact word introduces it ("dapat dihubungi di (0343) 421 578",
# "Telp. 0343 746 512"), and not when the words before it name the agency ("nomor layanan BKPSDM (0343) ...").
_CONTACT_CUE = re.compile(r"(?i)\b(?:telp|tlp|telpon|telepon|tel|phone|hp|wa|whatsapp|dihubungi|hubungi\s+saya|kontak|"
                          r"contact|reach\s+me|call\s+me)\b")
_NOT_MINE = re.compile(r"(?i)\b(?:layanan|bkpsdm|bkd|kantor|call\s*cent(?:er|re)|helpdesk|hotline|dinas|instansi|"
                       r"pengaduan|website|situs|admin|petugas|sekolah|puskesmas|agency|office)\b")


def find_contact_phone(text: str) -> tuple[str, str] | None:
    """(normalised, as written) of a number, landlines included, that a contact word introduces as the writer's."""
    for cue in _CONTACT_CUE.finditer(text):
        m = _ANY_PHONE.search(text, cue.end(), cue.end() + 60)
        if not m or re.search(r"\d", text[cue.end():m.start()]):
            continue
        before = re.split(r"[.!?]\s|\n\s*\n", text[max(0, cue.start() - 50):m.start()])[-1]
        if _NOT_MINE.search(before):
            continue
        block = re.split(r"\n\s*\n", text[max(0, cue.start() - 160):m.start()])[-1]
        if re.search(r"(?i)\b(?:kepada|yth|to)\b", block) and _NOT_MINE.search(block):
            continue  # the addressee's block: "Kepada Yth. Kepala BKPSDM\nJl. Raya Raci KM 9\nTelp. (0343) 429009"
        norm = normalise_phone(m.group(0))
        if norm and len(norm) <= 13:
            return norm, m.group(0)
    return None


def find_nik(text: str) -> tuple[str, str] | None:
    """(16 digits, as written): a number after a NIK/KTP label first, else a lone 16-digit number."""
    for rx in (_NIK_LABELLED, _NIK):
        for m in rx.finditer(text):
            raw = m.group(0) if rx is _NIK else m.group(1)
            digits = re.sub(r"\D", "", raw)
            if len(digits) == 16 and digits[:2] != "00":
                return digits, raw
    return None


def find_email(text: str) -> str | None:
    # Look only around each "@": a plain scan tries 64-character runs at every position.
    at = text.find("@")
    for _ in range(50):  # hostile text can hold thousands of "@"
        if at == -1:
            break
        start = max(0, at - 64)
        for m in EMAIL.finditer(text, start, at + 256):
            if m.start() <= at < m.end():
                return m.group(0).strip(".").lower()
        at = text.find("@", at + 1)
    return None
