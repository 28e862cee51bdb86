"""The writer's identity outside a labelled block: address lines, identity labels put
in their place, and the name and address told in prose ("nama saya X, tinggal di Y")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract import contact
from pipeline.extract.dates import parse_date
from pipeline.extract.lines import ABBREV, NAME_STOP, TELLS, clean_name, looks_like_name, strip_bullet
from pipeline.extract.vocab import Vocab

if TYPE_CHECKING:
    from pipeline.extract.letter import LetterReading


_ADDR_TOKENS = {"dsn", "dusun", "rt", "rw", "ds", "desa", "kec", "kecamatan", "kel", "kelurahan", "jl", "jln", "jalan",
                "kab", "kabupaten", "perum", "perumahan", "blok", "gg", "gang", "no", "kp", "kampung", "lingk",
                "lingkungan", "kota", "prov", "provinsi", "rt/rw"}
_ADDR_CORE = {"dsn", "dusun", "rt", "rw", "ds", "desa", "kec", "kecamatan", "kel", "kelurahan", "jl", "jln", "perum",
              "perumahan", "rt/rw"}


def address_line(line: str) -> bool:
    """A line made mostly of address tokens is an address even without a label."""
    s = strip_bullet(line)
    if not s or len(s) > 140 or re.search(r"[!?@]|https?:|[^\W\d_]{5,}\.$", s):   # a sentence, not "Kec."
        return False
    toks = [t.casefold().strip(".,:;") for t in re.findall(r"[\w/'.-]+", s)]
    if not 3 <= len(toks) <= 22:
        return False
    if any(t in ("saya", "sya", "saia", "sy", "kami", "aku", "yang", "dan", "di", "ke", "i", "my", "we", "tinggal", "tidak")
           for t in toks):
        return False
    marks = [t for t in toks if t in _ADDR_TOKENS]
    return len(marks) >= 3 and bool(set(marks) & _ADDR_CORE) and len(marks) * 5 >= len(toks)


# a phone or e-mail that a letterhead's second column put on the address's line when the PDF's text was read row
# by row: "Perum Pesona Blok C-7, Desa Ledug, budi@example.com", "Jl. Mawar 3 RT 01 RW 02 Telp. 0811-..."
_GLUED_CONTACT = re.compile(r"\s+(?:(?:telp|tel|telepon|hp|wa|no\.?\s*hp|e-?mail|surel|fax|phone)\b\.?\s*:?\s*\S"
                            r"|[\w.+-]+@[\w-]+\.\S+|(?:\+62|\(?0)\d{2,4}\)?[\s.-]*\d{3,}[\d\s.-]*$)", re.IGNORECASE)


def without_glued_contact(line: str) -> str:
    """The line up to a phone number or e-mail address that follows its address words (else the line)."""
    m = _GLUED_CONTACT.search(line)
    return line[:m.start()].rstrip(" ,;") if m and m.start() > 0 else line


_REGION_HEAD = re.compile(r"(?i)^(?:desa|ds|kel|kelurahan|kec|kecamatan|kab|kabupaten|kota|prov|provinsi)\b\.?\s*\w")


def address_continuation(line: str) -> bool:
    """A line that goes on with the address above it in a block: it opens with a village, district, regency
    or province ("Desa Sumbergedang, Kec. Pandaan" / "Kab. Pasuruan"), and is no phone or e-mail line."""
    s = strip_bullet(line).strip()
    return bool(s) and len(s) <= 90 and not re.search(r"[!?@]|\d{6,}|https?:", s) and bool(_REGION_HEAD.match(s))


_COLON_AS_ONE = re.compile(r"^[1lI|](?=\s*0[1-9])")


def put_identity(r: LetterReading, key: str, value: str, line: str, v: Vocab) -> None:
    value = value.strip().strip(",;").lstrip(":|").strip()   # ": Jl. Mawar": a colon read twice by OCR
    if not value.strip(".…_—- "):
        return   # a form's field left blank: "Alamat : ......................"
    if key == "name":
        name = clean_name(value)
        if 1 <= len(name) <= 80 and not re.search(r"\d{3,}|@", name):
            r.put("name", name, line, "label 'Nama'", 0.95)
    elif key == "address":
        if len(value) >= 6:
            r.put("address", value.rstrip("."), line, "label 'Alamat'", 0.95)
    elif key == "phone":
        got = contact.find_phone(value, labelled=True)
        if not got and _COLON_AS_ONE.match(value):
            # OCR read the label's colon as a "1" glued to the number: "No. HP   10815 1046 3378"
            got = contact.find_phone(_COLON_AS_ONE.sub("", value, count=1), labelled=True)
        if got:
            r.put("phone", got[0], line, "phone label", 0.95)
    elif key == "nik":
        got = contact.find_nik(value)
        if got:
            r.put("nik", got[0], line, "label 'NIK'", 0.95)
    elif key == "email":
        got = contact.find_email(value)
        if got:
            r.put("email", got, line, "e-mail label", 0.95)
    elif key == "date":
        d = parse_date(value)
        if d:
            r.put("date", d.isoformat(), line, "date label", 0.85)
    elif key == "place":
        if len(value) <= 40 and not re.search(r"\d", value):
            r.put("place", value, line, "place label", 0.8)


_NAME_RX = (r"((?:(?:Drs?|Ir|Hj?|Prof|dr|Moch|Mochammad|Muh|M)\.?\s+)?[A-Z][\w'.-]*(?:\s+(?:bin|binti|[A-Z][\w'.-]*)){0,5}"
            r"(?:,\s*(?:[A-Z][A-Za-z]{0,5}\.){1,4}(?:[A-Z][A-Za-z]{0,4}\.?|\s[A-Z][A-Za-z]{0,4}\.)?)*)")
# (a degree's last part after a space ends with a dot: "S.Pd. M.Pd." is a degree, "S.T. My ..." a new sentence)
# Words that describe the writer right after their name ("saya Budi Santoso guru SDN ...")
_ROLE_AFTER_NAME = (r"warga|guru|pns|asn|pegawai|seorang|selaku|sebagai|nip|nik|beralamat|tinggal|dari|"
                    r"yang\s+beralamat|staf|pensiunan|karyawan|bekerja|honorer|pppk|cpns|perawat|bidan|peserta|istri|"
                    r"suami|janda|duda|orang\s+tua|wali|mahasiswa|petani|pedagang|calon|pelaksana|kepala|operator|"
                    # structural and functional posts of the civil service
                    r"kasi|kasubag|kasubbag|kabid|kabag|sekretaris|camat|lurah|dokter|dosen|penyuluh|pengawas|analis")
_PROSE_NAME = [
    re.compile(r"(?i:nama\s+(?:saya|sya|saia|sy)(?:\s+adalah)?|my\s+name\s+is|perkenalkan,?\s+(?:nama\s+)?saya|jenenge\s+kula|"
               r"(?:saya|sya|saia|sy|aku|kami)\s+(?:yang\s+|yg\s+)?bernama|"
               r"kula\s+nami|dengan\s+(?:saya\s+)?nama|atas\s+nama)\s*:?\s*" + _NAME_RX),
    re.compile(r"(?i:(?:saya|kami)\s+yang\s+bertanda\s+tangan\s+di\s*bawah\s+ini|yang\s+bertanda\s+tangan\s+di\s*"
               r"bawah\s+ini)\s*[,:]?\s*(?i:nama\s*:?\s*)?" + _NAME_RX),
    # "Saya, Budi Santoso, ...", also after "Perkenankan/Izinkan saya, ..." (the pronoun opens the clause)
    re.compile(r"(?:^|[.!?]\s+|\b(?i:perkenankan|perkenalkan|izinkan|ijinkan|kenalkan)\s+)"
               r"(?i:saya|sya|saia|sy|aku|kula|kulo|i\s+am|i)\s*,\s*" + _NAME_RX + r"\s*[,(]"),
    # "Saya Budi Santoso guru ...", "sy Rina K. guru kelas ...": a role word right after the name (the shortest
    # name before one: "SAYA SUPARMAN PENSIUNAN GURU" is Suparman, a retired teacher), as a word of its own
    # ("Saya CPNS formasi 2025" is no "C" followed by "PNS")
    re.compile(r"(?:^|[.!?,]\s+)(?i:saya|sya|saia|sy|kula|kulo|aku)\s+" + _NAME_RX.replace("{0,5}", "{0,5}?", 1) +
               r"(?=\s*,?\s*\b(?i:" + _ROLE_AFTER_NAME + r")\b)"),
    # "Saya Fajar Nugroho, penyuluh pertanian di ...": a name of two words or more in apposition, set off by a
    # comma before a lower-case description of the writer (a title-case sentence is checked by the TELLS words)
    re.compile(r"(?:^|[.!?]\s+)(?i:saya|sya|saia|sy|kula|kulo|aku)\s+((?:(?:Drs?|Ir|Hj?|Prof|dr)\.?\s+)?[A-Z][\w'.-]*"
               r"(?:\s+(?:bin|binti|[A-Z][\w'.-]*)){1,4})\s*,\s*(?=[a-z]{3,}\b)"),
    # "Saya Hendro Gunawan, S.IP., Kasi Pemerintahan ...": a name with its academic degrees is a name, whatever follows
    re.compile(r"(?:^|[.!?]\s+)(?i:saya|sya|saia|sy|kula|kulo|aku)\s+((?:(?:Drs?|Ir|Hj?|Prof|dr)\.?\s+)?[A-Z][\w'.-]*"
               r"(?:\s+[A-Z][\w'.-]*){0,4},\s*(?:[A-Z][A-Za-z]{0,4}\.){2,4}(?:\s*,\s*(?:[A-Z][A-Za-z]{0,4}\.){2,4})*)"
               r"(?=\s*,)"),
    # "I'm Kevin Pratama, a CPNS applicant", "I am Kevin Pratama (NIK ...)"
    re.compile(r"(?:^|[.!?,]\s+)(?i:i'm|i\s+am|im)\s+" + _NAME_RX + r"(?=\s*[,(])"),
]


# a word every match of _PROSE_NAME[i] holds (case aside), or None: "nama", "name", "nami", "bernama" hold "nam"
_PROSE_NAME_NEEDS = (("nam", "perkenalkan", "jenenge"), ("bertanda",), None, None, None, None, None)
assert len(_PROSE_NAME_NEEDS) == len(_PROSE_NAME)


# "nomor" ends the address before a contact ("nomor HP ..."), not before a house number ("Jalan Mangga Nomor 7")
_ADDRESS_END = re.compile(r"(?:\.\s|\.$|;|\s(?:dan\s+)?(?:ingin|hendak|bermaksud|mau|menyampaikan|dengan\s+ini|"
                          r"(?:nomor|nomer)(?!\s*\d)|no\.?\s*hp|hp|telp|telepon|nik|would|want|am\s+writing|selaku|sebagai)\b|,\s*"
                          r"(?:ingin|hendak|bermaksud|mau|menyampaikan|dengan|(?:nomor|nomer)(?!\s*\d)|no\.?\s*(?:hp|wa|telp)|hp|"
                          r"telp|telepon|tel|phone|mobile|handphone|ponsel|wa|whatsapp|kontak|contact|e-?mail|nik|"
                          r"saya|i\s|(?:and|dan)\s+(?:my|our|nomor|nomer|hp|wa)\b))", re.IGNORECASE)
# (", and my WhatsApp number is ...", ", dan nomor HP saya ..." end the address before the contact)


def fuller_name(short: str, text: str) -> str | None:
    """The writer's self-introduction that begins with the name signed below the closing, as written there."""
    rx = re.compile(r"(?i)\b(?:saya|sya|saia|sy|aku|kula|kulo|i'm|i\s+am|nama\s+saya|nama\s+sya|nama\s+sy)\s*,?\s+(" + re.escape(short) +
                    r"(?:\s+[^\W\d_][\w'.-]*){1,3}?)(?:\s*[,(]|\s+(?=(?:" + _ROLE_AFTER_NAME + r")\b))")
    m = rx.search(re.sub(r"\s+", " ", text)[:20_000])
    if m and looks_like_name(m.group(1)):
        return clean_name(m.group(1))
    return None


def prose_identity(r: LetterReading, text: str, v: Vocab) -> None:
    text = " ".join(text.split())[:20_000]   # blanked lines leave leading spaces: "^" must see the text
    if "name" not in r.found and text == text.lower():
        # a letter typed all in lower case gives the name in lower case: "nama sy rina ayu safitri nip ..."
        m = re.search(r"\bnama\s+(?:saya|sya|saia|sy|aku|kula|kulo)\s*:?\s+((?:[a-z][a-z'.-]+\s+){1,3}?[a-z][a-z'-]+)"
                      r"(?=\s*(?:[,.(]|$|\s(?:nip|nik|no|nomor|hp|wa|alamat|dari|di|guru|pns|asn|pppk|cpns|warga|"
                      r"tinggal|umur|usia)\b))", text)
        # ... or "sy imam syafii, guru sdn kalirejo 2": the pronoun, the name, a comma and a role word
        m = m or re.search(r"(?:^|[.!?,]\s+)(?:saya|sya|saia|sy|aku|kula|kulo)\s+((?:[a-z][a-z'.-]+\s+){0,3}?[a-z][a-z'-]+)"
                           r"\s*,\s*(?=(?:" + _ROLE_AFTER_NAME + r")\b)", text)
        if m and not (set(m.group(1).split()) & (NAME_STOP | TELLS)):
            r.put("name", m.group(1), m.group(0), "name after 'nama saya' in a lower-case letter", 0.6)
    if "name" not in r.found:
        # in an ASCII text, lower() finds what the case-blind patterns find: skip those missing a word they need
        low = text.lower() if text.isascii() else None
        for rx, needs in zip(_PROSE_NAME, _PROSE_NAME_NEEDS):
            if needs and low is not None and not any(w in low for w in needs):
                continue
            m = rx.search(text)
            if m:
                cand = clean_name(m.group(1))
                # a word of four letters or more ending in a full stop ends the sentence, and the name with it
                # ("My name is Anindya Hartono. My late father ..."); "Moh." and initials are abbreviations
                cut = re.search(r"\b[^\W\d_]{4,}\.(?=\s+\S)", cand)
                if cut:
                    cand = clean_name(cand[:cut.end() - 1])
                words = cand.split()
                # trim trailing words that are not part of a name (the comma before a title stays)
                while words and words[-1].lower().strip(",") in NAME_STOP:
                    words.pop()
                cand = clean_name(" ".join(words)) if words else ""
                if cand and looks_like_name(cand) and not {w.casefold() for w in words} & TELLS:
                    r.put("name", cand, m.group(0), "name in the opening sentence", 0.75)
                    break
    if "address" not in r.found:
        got = prose_address(text, v)
        if got:
            r.put("address", got[0], got[1], "address phrase in the prose", 0.7)


# after an address marker, a word that points back ("di jalan tersebut", "warga desa kami") makes no address
NOT_A_PLACE = {"tersebut", "itu", "ini", "kami", "saya", "sy", "kita", "yang", "sana", "sini", "situ", "depan",
                "belakang", "sebelah", "dekat", "menuju", "ke", "dan", "atau", "rusak", "berlubang", "the", "that",
                "this", "there", "here", "nya", "kecil", "besar", "utama", "umum", "setempat", "sekitar"}
_MARKER_HEAD = re.compile(r"(?i)^(?:[\w.'-]+[\s,]+){0,3}?((?:jl|jln|jalan|dusun|dsn|desa|ds|kel|kelurahan|kec|kecamatan|"
                          r"kab|kabupaten|kota|perum|perumahan|rt|rw|blok|no|gang|gg|kampung|kp|komplek|kompleks|"
                          r"griya|lingkungan|lingk|krajan|street|st|road|rd|avenue|village|district|regency)\b\.?)"
                          r"\s*[:.]?\s*([\w'-]+)?")


_ADDRESS_STATED = re.compile(r"(?i)\b(?:my|our)\s+(?:current\s+|home\s+|postal\s+|mailing\s+)?address\s+is\s*:?\s*")
_GLOSS = re.compile(r" \([^\W\d_]{2,12}\)(?= )")


def _up_to_its_end(tail: str) -> str:
    """The address that opens `tail`, up to where the sentence or the identity goes on with something else."""
    for stop in _ADDRESS_END.finditer(tail):
        # abbreviations end with a dot too: keep "Jl." "No." "Kec." inside the address
        if not (stop.group(0).startswith(".") and ABBREV.search(tail[max(0, stop.start() - 15):stop.start() + 1])):
            return tail[:stop.start()].strip(" ,.")
    return tail[:160].strip(" ,.")


def prose_address(text: str, v: Vocab) -> tuple[str, str] | None:
    """(address, evidence) after an address phrase ("beralamat di", "tinggal di", "warga"), when what follows
    is address-like: a marker (Jl./Dusun/Desa/RT/Kec./No./Perum ...) within its first words, followed by a
    name or number, not a generic noun phrase ("di jalan tersebut", "warga jatuh dari sepeda motor")."""
    text = re.sub(r"\s+", " ", text)[:20_000]
    # a one-word gloss in brackets is the writer translating themselves ("griya (rumah) saya di ...")
    text = _GLOSS.sub("", text)
    said = _ADDRESS_STATED.search(text)
    if said:
        # "my current address is Hauptstrasse 41, 69117 Heidelberg, Germany.": stated as an address, so an address
        # abroad without Indonesian markers is taken too
        cand = _up_to_its_end(text[said.end():said.end() + 300])
        if 8 <= len(cand) <= 200 and re.search(r"\d", cand):
            return cand, said.group(0) + cand
    m = v.address_prose_rx.search(text)
    while m:
        cand = _up_to_its_end(text[m.end():].lstrip(" :")[:300])
        head = _MARKER_HEAD.match(cand)
        if 8 <= len(cand) <= 200 and v.address_marker_rx.search(cand) and head \
                and (head.group(2) or "").casefold() not in NOT_A_PLACE and head.group(2):
            return cand, m.group(0) + " " + cand
        m = v.address_prose_rx.search(text, m.end())
    return None
