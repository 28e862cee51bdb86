"""Phone numbers, NIK and e-mail addresses."""

from __future__ import annotations

import re

# Indonesian mobiles: 08xx / +62 8xx / 62 8xx, digits grouped by spaces, dots or dashes.
_MOBILE = re.compile(r"(?<![\d+])(?:\(?\+\s?62\)?|62|0)[\s.-]?\(?8\d{1,2}\)?(?:[\s.-]?\d){6,10}(?!\d)")
# Any number once a phone label introduced it (landlines: "(0343) 741234").
_ANY_PHONE = re.compile(r"(?<!\d)(?:\(?\+\s?62\)?|62|0)[\s.-]?\(?\d{2,4}\)?(?:[\s.-]?\d){5,10}(?!\d)")
_NIK = re.compile(r"(?<![\d.])(\d{16})(?![\d.])|(?<![\d.])(\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4})(?![\d.])|"
                  r"(?<![\d.])(\d{6}[ .-]\d{6}[ .-]\d{4})(?![\d.])")
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


def normalise_phone(raw: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    if not digits.startswith("0") or not (9 <= len(digits) <= 14):
        return None
    return digits


def find_phone(text: str, labelled: bool = False) -> tuple[str, str] | None:
    """(normalised, as written) of the first phone number in text."""
    for rx in ((_ANY_PHONE,) if labelled else (_MOBILE,)):
        for m in rx.finditer(text):
            norm = normalise_phone(m.group(0))
            if norm and len(re.sub(r"\D", "", m.group(0))) != 16:
                return norm, m.group(0)
    return None


def find_nik(text: str) -> tuple[str, str] | None:
    for m in _NIK.finditer(text):
        raw = m.group(0)
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
