"""Read one letter's text: segment it, then find each field with its evidence.

Layers, each filling only what the one before left empty:

1. labelled lines   "Nama : ...", "Alamat : ..." (identity block) and section
                    headings "Kronologi", "2. Kerugian yang saya alami:" with
                    the passage below them (vocabulary in labels.toml);
2. structure        the place-and-date line, the closing and the name below it;
3. prose            sentences of the unlabelled body sorted by cue phrases
                    (a request opens with "mohon", "saya berharap", "please";
                    a loss carries "akibatnya", "dirugikan", "as a result"),
                    the rest of the narrative being the service description;
                    the name and address from "nama saya X", "beralamat di X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract import contact
from pipeline.extract.clauses import split_run_on, split_story_tail
from pipeline.extract.dates import MONTHS_RX, WEEKDAYS, parse_date
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


# ------------------------------------------------------------------ lines
_BULLET = re.compile(r"^\s*(?:[-*•·#>]+\s*|\(?\d{1,2}[.)]\s*|\(?[a-hA-H][.)]\s+|\(?(?:[IVX]{1,4}|[ivx]{1,4})[.)]\s+)?")
_SEP = re.compile(r"^\s*[:：=]\s*|^\s*[-–]\s+|^\s{2,}(?=\S)")
_ADDRESSEE = re.compile(r"^\s*(?:to\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}(?:team|officers?|head|director|chief|bkpsdm|"
                        r"department|committee|desk|unit|staff)\s*[,:]?\s*$|kepada\b|kpd\b|kagem\b|dhumateng\b|dumateng\b|konjuk\b|yth\b|yang terhormat|to\s*:|to\s+the\s+(?:head|director|chief)\b|dear\b|di\s*-|di\s+(?-i:[A-Z])\S*(?:\s+\S+){0,3}\s*$|up\.|u\.p\.|"
                        r"perihal\b|hal\s*:|lampiran\b|subject\s*:|nomor\s*:|sifat\s*:)", re.IGNORECASE)
_GREETING = re.compile(r"^\s*(?:dengan hormat|assalamu|(?:selamat\s+|slmt\s+|slamat\s+|met\s+)?(?:pagi|siang|sore|malam)\b|"
                       r"salam sejahtera|permisi\b|hai\b|"
                       r"dear\b|hi\b|halo\b|hallo\b|hello\b|yth\b|om swastiastu|shalom|sugeng|nuwun sewu|punten)",
                       re.IGNORECASE)
_STOP_SECTION = re.compile(r"^\s*(?:demikian|atas perhatian|sekian|that is all|thank you for your attention)",
                           re.IGNORECASE)
_SKIP_SIGNATURE = re.compile(r"^\s*[(\[]?\s*(?:ttd|t\.t\.d|tertanda|tanda\s*tangan|signed|signature|materai|meterai|"
                             r"ttd\.?\s*&\s*materai)"
                             r"[\w .,]*[)\]]?\s*$|^\s*[_.\-~=]{3,}\s*$"
                             # signing for others: "a.n. Guru PPPK Kecamatan Winongan", "on behalf of the residents"
                             r"|^\s*(?:a\.\s?n\.?|an\.|atas\s+nama|mewakili|perwakilan|on\s+behalf\s+of|u\.b\.)\s"
                             # the office signed for, above the name: "Ketua Paguyuban", "Koordinator Forum Guru"
                             r"|^\s*(?:ketua|koordinator|korlap|sekretaris|bendahara|wakil|chairman|chairperson|"
                             r"coordinator)\b[\w .,/-]{0,60}$",
                             re.IGNORECASE)
_NAME_STOP = {"saya", "kami", "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "the", "and", "of", "pengaduan",
              "bkpsdm", "tim", "kepala", "kabupaten", "pemerintah", "dinas", "badan", "kantor", "sekolah", "sdn",
              "smp", "sma", "smk", "universitas", "mailer", "system", "team", "pak", "bu", "bapak", "ibu", "ya",
              "mohon", "terima", "kasih", "hormat", "salam", "pelapor", "ttd", "atas", "perhatian", "ini", "itu",
              "regards", "thanks", "sent", "dikirim", "guru", "pns", "asn", "staf", "staff", "bagian", "bidang",
              "sekretariat", "nip", "nik", "hp", "wa", "telp", "email", "alamat", "desa", "kecamatan", "jl",
              "jalan", "dusun", "perum", "rt", "rw", "kab", "kec", "wassalam", "best", "kind", "warm", "wr", "wb",
              "tanda", "tangan", "pengadu", "warga", "masyarakat", "anonim", "anonymous", "hamba", "allah",
              # chatty words after a closing ("makasih bnyk min,"): the name is on the next line
              "min", "kak", "gan", "sis", "bro", "bgt", "banget", "bnyk", "byk", "bnyak", "sebelumnya", "semua",
              "semuanya", "lur", "dulur", "sob", "admin", "ya", "yah", "yaa", "deh", "dong", "ok", "oke", "sekali",
              "sanget", "nggih", "njih", "much", "lot", "again", "so", "very", "all", "nya", "tim"}
_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}\.){1,4}(?:[A-Z][A-Za-z]{0,5}\.?)?,?$")   # "S.Pd.", "S.KM", "M.AP."


# honorifics written before a name, often in lower case: "dr. Ratih Kusuma", "hj. Siti", "Ir. Heru"
_HONORIFIC = re.compile(r"^(?i:dr|drg|drs|dra|ir|h|hj|prof|kh|k\.h|ny|tn|sdr|sdri)\.$")


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip().strip("*_").strip()


def looks_like_name(text: str) -> bool:
    s = text.strip().strip("()[]*_\"' ").strip()
    s = re.sub(r"\s+", " ", s)
    if not s or len(s) > 60 or re.search(r"[\d@:;/?!]|https?", s):
        return False
    tokens = s.replace(",", " ").split()
    if not 1 <= len(tokens) <= 7:
        return False
    words = [t for t in tokens if not _DEGREE.match(t) and not _HONORIFIC.match(t)]
    if not words:
        return False
    lowered = [w.lower().strip(".'") for w in words]
    if any(w in _NAME_STOP for w in lowered):
        return False
    if not all(re.fullmatch(r"[^\W\d_][\w'.-]*", w) for w in words):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised == len(words) or (len(words) <= 2 and len(s) <= 25)


# the final token is an abbreviated title whose last dot belongs to it: "M.AP.", "S.Pd.", ", M.Si.", ", Amd."
_TITLE_END = re.compile(r"(?:\b[A-Z][a-z]{0,4}\.|(?:^|[\s,])(?:[A-Z][A-Za-z]{0,4}\.){2,}|,\s*[A-Z][A-Za-z]{0,4}\.)$")


def clean_name(text: str) -> str:
    s = re.sub(r"\s+", " ", text.strip().strip("()[]*_\"' ").strip())
    s = s.rstrip(",; ")
    return s if _TITLE_END.search(s) else s.rstrip(",;.")


def _fuzzy_equal(a: str, b: str) -> bool:
    """Edit distance (with transpositions) <= 1, <= 2 for long words: typos in labels ("Alamt", "Kerugain")."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    limit = 2 if min(la, lb) >= 9 else 1
    # typos rarely hit the first letter; checking it first keeps this off the hot path
    if a[:1] != b[:1] or min(la, lb) < 3 or max(la, lb) < 4 or abs(la - lb) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[lb] <= limit


def _fuzzy_label(head: str, v: Vocab) -> tuple[str, str, str] | None:
    """(kind, field, label) of a misspelt label: the whole head, or a misspelt first word of 6+ letters."""
    for label, (kind, field_) in v.label_of.items():
        if len(label) >= 4 and _fuzzy_equal(head, label):
            return kind, field_, label
    first = head.split(" ", 1)[0]
    if len(first) >= 6 and first != head:
        for label, (kind, field_) in v.label_of.items():
            if kind == "section" and " " not in label and len(label) >= 6 and _fuzzy_equal(first, label):
                return kind, field_, label
    return None


@dataclass
class Label:
    kind: str      # identity | section
    field: str
    label: str
    value: str     # text after the label on the same line ("" for a heading)


_ALT_LABEL = re.compile(r"^(?:\s*/\s*[^\W\d][\w.-]{0,15}){1,2}")     # "Phone/WA", "Kerugian/Dampak"
_LABEL_TAIL = re.compile(r"^((?:\s+[^\W\d][\w/()'-]*){1,5}?)\s*[:：]\s*(.*)$")   # "Akibat yang ditimbulkan: ..."
_LABEL_SHAPE = re.compile(r"^[^\W\d][\w ./()-]{1,30}?\s*[:：]")


# an identity label with a qualifier before its colon: "Alamat sekarang :", "Nama lengkap & gelar :"
_QUALIFIED = re.compile(r"^((?:\s+(?:&|[^\W\d][\w/().'-]*)){1,3}?)\s*[:：]\s*(.*)$")
_QUAL_NOT = re.compile(r"\b(?:tidak|tdk|belum|blm|sudah|sdh|telah|ada|yang|yg|di|ke|is|was|not)\b")   # a sentence
_SECTION_SEP = re.compile(r"^\s*[:：]\s*|^\s*(?:--+|[–—])\s*|^\s+-\s+")
# "Yang saya mohonkan:", "Hal yang dikeluhkan --", "Akibatnya bagi saya —": a short head and a terminator
_FAMILY_HEAD = re.compile(r"^([^\W\d_][^\W\d_'/-]*(?:\s+[^\W\d_][\w'/-]*){0,5})\s*(?:[:：]|--+|[–—]|\s-(?=\s|$))\s*(.*)$")
_FAMILY_NOT = re.compile(r"^(?:saya|sy|kami|aku|i|we|dengan|bersama|berikut|mohon\s+maaf|demikian|terima)\b")


def _family_label(body: str, v: Vocab) -> Label | None:
    m = _FAMILY_HEAD.match(body)
    if not m:
        return None
    head = m.group(1).casefold()
    if _FAMILY_NOT.match(head):
        return None
    fam = v.family_rx.search(head)
    if not fam:
        return None
    return Label("section", fam.lastgroup, head, m.group(2).strip())


def _heading_line(body: str) -> bool:
    """A short capitalised line without a sentence end: "Dampak yang saya rasakan"."""
    words = body.rstrip(" :").split()
    return (len(words) <= 6 and len(body) <= 60 and body[:1].isupper() and not re.search(r"[.!?,;]$|\d", body))


# "N a m a", "A l a m a t", "T e m p a t   t i n g g a l" (words apart by two spaces or more)
_SPACED_WORD = re.compile(r"^(?:[^\W\d_] ){2,}[^\W\d_](?:\s{2,}(?:[^\W\d_] )+[^\W\d_])*(?=\s|[:：]|$)")


def match_label(line: str, v: Vocab) -> Label | None:
    body = strip_bullet(line)
    if not body or len(body) > 400:
        return None
    spaced = _SPACED_WORD.match(body)
    if spaced:  # a form that spaces its label letters out: "N a m a        : Teguh Santoso"
        body = re.sub(r"\s{2,}", " ", re.sub(r"(?<=\S) (?=\S)", "", spaced.group(0))) + body[spaced.end():]
    low = body.casefold()
    m = v.identity_rx.match(low)
    if m:
        rest = body[m.end():]
        alt = _ALT_LABEL.match(rest)
        if alt:
            rest = rest[alt.end():]
        sep = _SEP.match(rest)
        if sep:
            return Label("identity", v.label_of[m.group(1)][1], m.group(1), rest[sep.end():].strip())
        qual = _QUALIFIED.match(rest)
        field_ = v.label_of[m.group(1)][1]
        if qual and field_ != "other" and not _QUAL_NOT.search(qual.group(1).casefold()):
            return Label("identity", field_, m.group(1), qual.group(2).strip())
    m = v.section_rx.match(low)
    if m:
        rest = body[m.end():]
        alt = _ALT_LABEL.match(rest)
        if alt:
            rest = rest[alt.end():]
        field_ = v.label_of[m.group(1)][1]
        if not rest.strip(" :.-–—*"):
            return Label("section", field_, m.group(1), "")
        sep = _SECTION_SEP.match(rest)
        if sep:
            return Label("section", field_, m.group(1), rest[sep.end():].strip())
        if body.rstrip().endswith(":") and len(body) <= 90:
            return Label("section", field_, m.group(1), "")
        tail = _LABEL_TAIL.match(rest)
        if tail and len(body) - len(tail.group(2)) <= 60:
            return Label("section", field_, m.group(1), tail.group(2).strip())
        if _heading_line(body):
            return Label("section", field_, m.group(1), "")
    fam = _family_label(body, v)
    if fam:
        return fam
    # a heading of its own line without a terminator, set apart as headings are: in capitals, or after a
    # letter or Roman bullet ("D. YANG SAYA HARAPKAN", "C. Dampak bagi keluarga kami")
    lettered = re.match(r"^\s*\(?(?:[A-H]|[IVX]{1,4})[.)]\s+", line)
    req = v.request_rx.match(low)
    if (body.isupper() or lettered) and _heading_line(body) and not _FAMILY_NOT.match(low) \
            and not (req and low[req.end():].strip(" :.")):   # "MOHON SEGERA DIPROSES" asks; it heads nothing
        fam = v.family_rx.search(low)
        # not the description family: a title in capitals ("SURAT PENGADUAN") names the letter, heads no part
        if fam and fam.lastgroup != "service_description":
            return Label("section", fam.lastgroup, low.strip(" :"), "")
    # A typo in a label: a "word(s) :" line, or a short heading line of its own.
    colon = re.match(r"^([^\W\d][\w ./-]{2,30}?)\s*[:：]\s*(.*)$", body)
    if colon:
        got = _fuzzy_label(colon.group(1).casefold().strip(), v)
        if got:
            return Label(got[0], got[1], got[2], colon.group(2).strip())
    elif _heading_line(body) and len(body.split()) <= 4:
        got = _fuzzy_label(body.casefold().strip(" :"), v)
        if got and got[0] == "section":
            return Label(got[0], got[1], got[2], "")
    return None


# ------------------------------------------------------------------ sentences
_ABBREV = re.compile(r"(?:\b(?:jl|jln|no|kec|kab|ds|dsn|kel|rt|rw|gg|bpk|bp|ibu|dr|drs|ir|hj|h|prof|rp|dll|dsb|moh|moch|muh|mhd|"
                     r"dst|tgl|yth|sdr|sdri|nip|nik|tmt|st|mr|mrs|ms|s|m|a\.n|u\.p|vs|kab|prov|a|b|c|d|e|i)\.)$",
                     re.IGNORECASE)


_BREAK = "\x1f"   # a line break that ends a sentence (set by _paragraphs)
_SENT_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Za-z0-9])"          # ". Next", ". next" (chatty)
                       r"|\s+(?=\d{1,2}[.)]\s+[A-Z])"                          # " 2. Next" (a list)
                       r"|,(?=\s+(?:Saya|Kami|Kulo|Kula|Aku|I)\s)")             # ", Saya ..." starts anew


def sentences(text: str) -> list[str]:
    """Split running text into sentences, not at "Jl.", "No.", "Kec.", "S.Pd." and the like."""
    out: list[str] = []
    for chunk in text.split(_BREAK):
        out.extend(_sentences(chunk))
    return out


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        tail = text[max(start, m.end() - 16):m.end()].rstrip("\"')] ")  # only the end decides: linear time
        if tail.endswith(".") or tail.endswith("!") or tail.endswith("?"):
            nxt = text[m.end():m.end() + 3].lstrip(" \"'([")
            if _ABBREV.search(tail) and not re.search(r"/\s?(?:ibu|bu)\.$", tail, re.IGNORECASE):
                continue   # but "... Bapak/Ibu. Permohonan ...": the addressee pair ends a sentence
            if tail.endswith(".") and re.search(r"\d\.$", tail):
                piece = text[start:m.end()].strip()
                # "1." opening a list item, "12.5", "No. 12. Kec": a dot after a number ends a sentence
                # only before a capitalised word
                if re.fullmatch(r"\(?\d{1,2}[.)]", piece) or not nxt[:1].isupper():
                    continue
            elif nxt[:1].islower() and not re.search(r"[^\W\d_]{3,}[.!?]+$|\d[.!?]+$|[!?]$", tail):
                continue  # "ds. wonosari", "a.n. budi": a short word before the dot is an abbreviation
        piece = text[start:m.end()]
        if piece.strip():
            out.append(piece.strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


_CONTACT = re.compile(r"(?:\+62|\b62|\b0)8\d[\d\s.-]{6,14}\d|\b\d{16}\b|@\w")
_MONEY = re.compile(r"\brp\.?\s?\d|\b\d+(?:[.,]\d+)?\s?(?:jt|juta|rb|ribu|k)\b|\$\s?\d", re.IGNORECASE)
_SELF_NAME = re.compile(r"^(?:saya|aku|kulo|kula|i|i am)\s*,?\s+(?:(?:drs?|ir|hj?|prof|dr)\.?\s+)?"
                        r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}\s*,", re.IGNORECASE)


_NAME_CUE = re.compile(r"nama saya|nama sy|my name is|jenenge kula|kula nami")
# after "nama saya", words that tell what happened to the name rather than give it
_TELLS = {"sudah", "sdh", "udah", "telah", "tidak", "tdk", "gak", "ga", "nggak", "belum", "blm", "tercantum", "tercatat",
          "terdaftar", "tertulis", "ada", "masuk", "hilang", "salah", "muncul", "keluar", "masih", "juga", "malah",
          "justru", "kok", "di", "pada", "dalam", "yang", "yg", "dicoret", "dihapus", "diumumkan", "ditulis",
          "termasuk", "tak", "ikut", "was", "is not", "has", "had", "not", "does", "did", "appears", "wasn't",
          "isn't", "dereng", "mboten", "sampun"}


def _is_identity(sentence: str, low: str, words: list[str], v: Vocab) -> bool:
    """A self-introduction: who the complainant is, where they live, how to reach them."""
    if re.match(r"^(?:dengan hormat,?\s*)?(?:saya\s+|kami\s+)?yang\s+bertanda\s*tangan\b", low):
        return True   # "Yang bertanda tangan di bawah ini, saya X, ..., menyampaikan pengaduan": however long
    if len(words) > 45:
        return False
    head = " ".join(words[:8])
    for cue in v.identity_cue_rx.finditer(head):
        if not _NAME_CUE.fullmatch(cue.group(0)):
            return True
        # "Nama saya Budi" introduces; "Nama saya tidak ada di daftar" tells what went wrong
        m = re.search(re.escape(cue.group(0)).replace(r"\ ", r"\s+") + r"\W*(\w*)", sentence, re.IGNORECASE)
        nxt = (m.group(1) if m else "").casefold()
        if nxt not in _TELLS and not (nxt.startswith(("ter", "di")) and nxt.endswith(("kan", "tat", "but", "tulis",
                                                                                      "umumkan", "coret", "hapus"))):
            return True
    if _SELF_NAME.match(sentence) and re.match(r"^\w+\s*,?\s+[A-Z]", sentence):
        return True
    has_contact = bool(_CONTACT.search(low))
    has_address = bool(v.address_prose_rx.search(low) and v.address_marker_rx.search(low)
                       and _prose_address(sentence, v))
    return has_contact or has_address


def _request_content(low: str, v: Vocab) -> int:
    """Words of a request sentence beyond request verbs, politeness and filler."""
    rest = v.filler_rx.sub(" ", low)
    rest = v.request_early_rx.sub(" ", rest, count=1)
    words = re.findall(r"[^\W\d_][\w'/-]*", rest)
    return sum(1 for w in words if w not in v.request_empty and w not in ("mohon", "tolong", "tlg", "minta", "harap"))


_CONTRAST_NOTHING = re.compile(r"\b(?:tetapi|tapi|namun|but|padahal|nanging)\b.*\b(?:tidak|tdk|belum|blm|gak|ga|"
                               r"nggak|not|never|no|nothing|ora|durung)\b")


_PAID = re.compile(r"\b(?:sudah|telah|udah|udh|sdh|wis|i|we|i've|we've|have|had)\s+(?:\w+\s+)?(?:membayar|bayar|"
                   r"menyerahkan|menyetor|setor|mentransfer|transfer|mbayar|paid|handed|transferred)\b")


_DEMAND = re.compile(r"\b(?:meminta|diminta|dimintai|minta|memintai|menarik|ditarik|asked|demanded|charged)\b")


def _discourse_opening(low: str, v: Vocab) -> bool:
    """A consequence cue at the head of the sentence: "Consequently, ...", "Akibatnya ...", and the misspelt or
    split forms "akbat nya", "akibtnya", "akibat nya" (edit distance against the lexicon, first word or two)."""
    head = low[:48]
    if v.loss_discourse_rx.search(head):
        return True
    toks = re.findall(r"[^\W\d_][\w-]*", head)[:3]
    cands = {t for t in toks[:1]} | ({toks[0] + toks[1]} if len(toks) >= 2 and len(toks[1]) <= 4 else set())
    return any(len(c) >= 6 and _fuzzy_equal(c, w) for c in cands for w in v.loss_discourse if " " not in w
               and len(w) >= 6)


# a sentence that opens on what went before and goes on with the writer is its consequence:
# "Dengan (adanya) hukuman tersebut penghasilan saya berkurang", "Tanpa sertifikat itu saya tidak dapat ..."
_ANAPHOR = re.compile(r"^(?:dengan\s+(?:adanya\s+)?|tanpa\s+(?:adanya\s+)?|with\s+|without\s+)"
                      r"(?!(?:ini|hormat)\b|(?:surat|email|e-mail|pengaduan|laporan|letter)\s+(?:ini|this)\b)(?:[\w/-]+\s+){1,3}?"
                      r"(?:tersebut|itu|ini|that|this|these|those)\b")
_SERVICE_SICK = re.compile(r"\b(?:cuti|izin|ijin|surat(?:\s+keterangan)?|keterangan|sick)\s+(?:sakit|leave)\b")
_SAID = re.compile(r"\b(?:mengatakan|dikatakan|bilang|katanya|menjawab|dijawab|berkata|ngendika|ngendikan|"
                   r"sanjang|said|told)\b")


def loss_score(low: str, v: Vocab) -> int:
    """Evidence that a sentence states the complainant's own loss (cue lexicons in labels.toml).

    The sufferer is the writer ("saya", "sy", "aku", "I", "we"), a community the writer speaks for ("warga",
    "masyarakat"), or is implied by a consequence cue opening the sentence ("Akibatnya", "Consequently").
    Events that happened to the service ("dibatalkan", "tidak ada pemberitahuan") are weak cues: they make a
    loss only beside a harm to that sufferer.
    """
    low = _SERVICE_SICK.sub("cuti", low)   # "cuti sakit" names a kind of leave, not an illness suffered
    discourse = _discourse_opening(low, v)
    # "Dengan (adanya) X tersebut, saya ...": opens the gate and weighs as a cause, not as "Akibatnya"
    anaphor = bool(_ANAPHOR.match(low) and v.first_person_rx.search(low))
    community = v.loss_community_rx.search(low)
    # what an officer said ("petugas mengatakan ... saya harus mengajukan ulang") is the service's answer:
    # weak cues and burdens count only before the reporting verb
    said = _SAID.search(low)
    told = low[:said.start()] if said else low
    if not (v.first_person_rx.search(low) or discourse or community or anaphor
            or re.match(r"^(?:akibat|as a result|because of)", low)):
        return 0
    score = 2 * len(v.loss_strong_rx.findall(low))
    score += len(set(v.loss_weak_rx.findall(told)))
    score += 2 if v.loss_feel_rx.search(low) else 0
    score += 1 if v.loss_modal_rx.search(told) else 0
    score += 2 if discourse else 1 if anaphor else 0
    score += 1 if v.loss_cause_rx.match(low) else 0
    score += 3 if v.loss_not_received_rx.search(low) else 0
    score += 2 * len(set(v.loss_effort_rx.findall(low)))
    harms = len(set(v.loss_harm_rx.findall(low)))
    score += harms + (1 if harms >= 2 else 0)   # "warga terjatuh ... hasil kebun kami sulit dibawa": two harms
    # an amount someone asked for describes the service; an amount the writer paid or lost is a loss
    if _MONEY.search(low) and (_PAID.search(low) or not _DEMAND.search(low)):
        score += 1
        # money the writer handed over, then nothing came: "sudah menyerahkan Rp 1.500.000 tetapi SK-nya tidak ada"
        # (an amount someone asked for, "diminta Rp 50.000 padahal tidak dipungut biaya", describes the service)
        score += 2 if _PAID.search(low) and _CONTRAST_NOTHING.search(low) else 0
    return score


_PRONOUN = {"saya", "sy", "kami", "aku", "kulo", "kula"}
# "saya mau melaporkan ...", "ingin mengadukan bahwa ...": what follows the reporting verb is the description
_REPORTED = re.compile(r"^.{0,200}?\b(?:mau|ingin|hendak|bermaksud|akan)\s+(?:(?:melaporkan|mengadukan|komplain|lapor|"
                       r"mengadu|ngadu)(?:\s+(?:tentang|soal|mengenai|terkait|perihal|bahwa|kalau|masalah))?"
                       # "ingin menyampaikan bahwa X": X is what went wrong
                       r"|(?:menyampaikan|memberitahukan|menginformasikan|mengabarkan)\s+(?:bahwa|kalau))"
                       r"\s*[,:]?\s*(?!(?:pengaduan|keluhan|laporan|hal|sebagai|tentang|mengenai)\b)", re.IGNORECASE)


def _fix_request_verb(words: list[str], v: Vocab) -> str | None:
    """The sentence with a misspelt request verb at its head spelt right ("Saya mohn ..." -> "saya mohon ...")."""
    for k in range(min(2, len(words))):
        w = words[k].strip(",.")
        if k == 1 and words[0] not in _PRONOUN:
            break
        if len(w) >= 4 and w not in v.request_verbs:
            for verb in v.request_verbs:
                if _fuzzy_equal(w, verb):
                    return " ".join(words[:k] + [verb] + words[k + 1:])
    return None


def reported_part(sentence: str) -> str:
    """The description after a reporting verb: "Saya mau melaporkan X" -> "X" (when X says something)."""
    m = _REPORTED.match(sentence)
    if not m:
        return sentence
    rest = sentence[m.end():].strip()
    return rest if len(rest.split()) >= 4 else sentence


# "Saya ingin izin belajar saya segera diterbitkan": a wish that something be done by someone else is a request;
# "saya ingin menyampaikan ...", "saya mau daftar tapi ditolak" are not
_WANT_DONE = re.compile(r"^(?:\S+\s+){0,2}?(?:saya|sy|kami|aku|kula|kulo)\s+(?:hanya\s+|cuma\s+|sangat\s+)?"
                        r"(?:ingin|mau|pengen|pengin|kepingin)\s+(?!(?:menyampaikan|melaporkan|mengadukan|mengadu|"
                        r"komplain|lapor|bertanya|tanya|nanya|menanyakan|memberitahukan|mengajukan)\b)"
                        r"(?:\S+\s+){0,10}?(?:segera\s+)?(?:di(?!klat|nas|siplin|rektur|gital|ri\b|a\b|skusi|strik|mana|antara|sini|situ|sana|dik)[a-z]{3,}|segera)\b")
_CONTRAST = re.compile(r"\b(?:tetapi|tapi|tp|namun|but|padahal|malah)\b")


def classify(sentence: str, v: Vocab, first: bool = False) -> str:
    """desc | loss | req | filler | identity for one sentence of unlabelled prose.

    `first`: no narrative sentence came before it (a loss follows what went wrong).
    """
    low = v.expand_chat(sentence.casefold().strip(" -*•\"'"))
    words = low.split()
    if not words:
        return "filler"
    req = bool(v.request_rx.match(low) or v.request_mid_rx.search(low) or v.request_early_rx.match(low)
               or _WANT_DONE.match(low) and not _CONTRAST.search(low))
    if not req:
        fixed = _fix_request_verb(words, v)
        if fixed:
            low, words = fixed, fixed.split()
            req = bool(v.request_rx.match(low) or v.request_early_rx.match(low))
    filler = v.filler_rx.search(low)
    if not filler and v.intro_rx.search(low) and len(words) <= 14 and reported_part(low) == low:
        filler = True  # "Dengan ini saya menyampaikan pengaduan ..." announces, a longer one also tells
    if req:
        if _request_content(low, v) >= 1:
            return "req"
        return "filler"
    if _is_identity(sentence, low, words, v):
        return "identity"  # "Yang bertanda tangan di bawah ini, X, beralamat di ..., HP ...": who, not what
    if filler and (len(words) <= 30):
        return "filler"
    score = loss_score(low, v)
    # "saya mau menyampaikan bahwa X" announces what went wrong: it takes more to make it the loss
    if score >= (3 if first or _REPORTED.match(low) else 2):
        return "loss"  # a loss is the complainant's own
    if len(words) <= 2 and not re.search(r"\d", low):
        return "filler"
    return "desc"


# ------------------------------------------------------------------ reading
_PLACE_DATE = re.compile(r"^\s*(?:(?:ditulis|dibuat)\s+di\s+)?(?P<place>[^\W\d][^\W\d_ .'-]*(?:[ .'-]{1,2}[^\W\d_][\w'-]*){0,3}\.?)"
                         r"(?:\s*(?P<comma>,)\s*|\s+(?=\d))(?P<date>.{6,45}?)\s*$", re.IGNORECASE)
# without the comma ("Bangil 17/11/2026") the words before the date may be a preposition, not a place
_NOT_PLACE = {"pada", "sejak", "sampai", "hingga", "mulai", "per", "tmt", "tertanggal", "bulan", "tahun", "on",
              "since", "until", "dated", "from", "dari", "tgl.", "sd", "s.d", "saya", "kami", "aku", "i", "we"}


_PD_LABEL = re.compile(r"(?i:tempat\s*(?:,|/|dan|&)\s*(?:tanggal|tgl\.?|waktu)|place\s*(?:,|/|and|&)\s*date)\s*[:：]\s*(.+)$")


def place_date(line: str) -> tuple[str | None, object] | None:
    """("Bangil", date) for "Bangil, 12 November 2026"; (None, date) for a line that is only a date."""
    s = strip_bullet(line).strip(" .")
    if not s or len(s) > 70:
        return None
    m = _PLACE_DATE.match(s)
    if m:
        d = parse_date(m.group("date"))
        if d:
            place = m.group("place").strip(" .")
            low = place.casefold()
            if low in WEEKDAYS or MONTHS_RX.fullmatch(low) or low in ("tanggal", "tgl", "date", "hari"):
                return None, d
            # a lower-case place only in a lower-case letter's line with its comma ("tutur, tgl 3-11-26")
            lower_ok = m.group("comma") and place.islower() and len(place.split()) == 1 and low not in _NOT_PLACE \
                and low not in _NOT_A_PLACE and len(low) >= 3 \
                and low not in ("kemarin", "kmrn", "tadi", "besok", "sekarang", "skrg", "lalu", "terakhir", "deadline")
            if not (place[0].isupper() or lower_ok) or not m.group("comma") and (
                    low.split()[0] in _NOT_PLACE or not all(w[0].isupper() for w in place.split())):
                return None
            return place, d
    d = parse_date(s)
    if d:
        return None, d
    return None


def read_letter(text: str, *, formal_signature: bool | None = None, extra_contacts: str = "",
                line_sentences: bool = True) -> LetterReading:
    """Fields of one letter's text. `formal_signature`: the ink check of a PDF/DOCX/scan, if any.

    `line_sentences`: a short unpunctuated line ends a sentence (typed mail); not for page layout
    lines of a PDF or scan, whose width is the page's.
    """
    v = vocab()
    r = LetterReading()
    lines = text.split("\n")
    n = len(lines)
    used = [False] * n
    labels: list[Label | None] = [match_label(ln, v) if ln.strip() else None for ln in lines]
    for i in range(1, n):
        lab, prev = labels[i], lines[i - 1].rstrip()
        if lab is not None and lab.kind == "section" and not lab.value and lines[i].lstrip()[:1].islower() \
                and prev.strip() and not re.search(r"[.:;!?]$", prev) and labels[i - 1] is None:
            labels[i] = None  # "... dengan ini menyampaikan\npengaduan." ends a wrapped sentence, heads nothing

    # -- closing: the last salutation line, and the name below it
    closing_at = _find_closing(lines, v, r)
    end = closing_at if closing_at is not None else n

    # -- place-and-date line
    pd_at = None
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        # "Tempat, tanggal: Gempol, 9 November 2026": the label's value is the line
        pd_label = _PD_LABEL.match(strip_bullet(ln))
        if pd_label:
            ln = pd_label.group(1)
        elif labels[i] is not None:
            continue
        got = place_date(ln)
        if got:
            place, d = got
            if place and "place" not in r.found:
                r.put("place", place, ln, "place-and-date line", 0.9)
                r.put("date", d.isoformat(), ln, "place-and-date line", 0.95)
                pd_at = i
            elif not place and "date" not in r.found:
                r.put("date", d.isoformat(), ln, "date line", 0.8)
            used[i] = True
    if pd_at is not None and closing_at is not None and pd_at > closing_at:
        pass  # a place-and-date line under the name (some forms) does not move the closing

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
            value_lines = [lab.value] if lab.value else []
            j = i + 1
            if lab.field == "address" or (lab.field == "name" and not lab.value):
                indent = len(lines[i]) - len(lines[i].lstrip())
                while j < n and j < end and lines[j].strip() and labels[j] is None:
                    nxt = lines[j]
                    deeper = len(nxt) - len(nxt.lstrip()) > indent + 2
                    short = len(nxt.strip()) <= 60 and not nxt.strip().endswith(":") \
                        and (nxt.strip()[0].isupper() or nxt.strip()[0].isdigit()) \
                        and (j + 1 >= n or not lines[j + 1].strip() or labels[j + 1] is not None)
                    if not (deeper or short) or lab.field == "name" and value_lines \
                            or _LABEL_SHAPE.match(nxt.strip()):
                        break
                    value_lines.append(nxt.strip())
                    used[j] = True
                    j += 1
            value = " ".join(value_lines).strip()
            _put_identity(r, lab.field, value, lines[i], v)
            i = j
            continue
        # a section heading: its passage runs to the next label, closing or place-and-date line
        body = [lab.value] if lab.value else []
        j = i + 1
        while j < end:
            if labels[j] is not None or _STOP_SECTION.match(lines[j]) or (used[j] and lines[j].strip()):
                break
            if lines[j].strip():
                body.append(lines[j])
            else:
                body.append("")
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
        keep = []
        for k, para in enumerate(paras):
            sents = [s for s in sentences(para) if classify(s, v) != "filler" or key != "service_description"
                     and not v.filler_rx.search(s.casefold())]
            if key == "service_description":
                # a chronology that runs on into "Akibatnya ..." and "saya mohon ...": those are other fields
                sents, tail = split_story_tail(sents, v, classify, _discourse_opening)
                for target, s in tail:
                    if target in sections:
                        sents.append(s)
                    elif not _is_closing_sentence(s, v):
                        moved.setdefault(target, []).append(s)
            if k > 0 and sents:
                kinds = {classify(s, v) for s in sents}
                other = {"req": "requested_resolution", "loss": "loss"}
                target = next((other[c] for c in ("req", "loss") if kinds == {c}), None)
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
    for para in paras:
        last = None
        for s in (c for x in sentences(para) for c in split_run_on(x)):
            lab = _family_label(s, v) if re.search(r"[:：—–]|--", s[:60]) else None
            if lab and lab.value:
                s = lab.value   # "Pokok aduan: ..." inside running text: the label word is not the value
            kind = classify(s, v, first=not buckets["desc"])
            if kind == "identity" and reported_part(s) != s:
                # "Perkenalkan, saya X, tinggal di ..., mau melaporkan Y": Y is the description
                identity_sents.append(s)
                s, kind = reported_part(s), "desc"
            low = s.casefold()
            if last in ("loss", "req") and kind == "desc" and (v.continue_rx.match(low) or last == "req"
                                                               and re.match(r"^(?:dan|serta|and)\b", low)):
                kind = last
            if kind == "identity":
                identity_sents.append(s)
            if kind in buckets:
                buckets[kind].append(s)
            last = kind if kind in buckets else last
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
    _prose_identity(r, prose_text, v)

    # -- an unlabelled line made of address tokens ("Dsn. Krajan RT 02 RW 05 Ds. Sumberejo Kec. Pandaan"),
    #    first in the signature block below the closing, then anywhere outside the prose
    if "address" not in r.found:
        order = list(range((closing_at or 0) + 1, n)) + list(range(0, closing_at or 0)) if closing_at is not None \
            else list(range(n))
        for k in order:
            if labels[k] is None and _address_line(lines[k]):
                r.put("address", strip_bullet(lines[k]).rstrip(" ,;"), lines[k], "a line of address words", 0.65)
                break

    # -- name from the closing block, in full when the opening gave it ("sy bagus wicaksono, ..." / "bagus")
    if "name" not in r.found and r.closing_name:
        fuller = _fuller_name(r.closing_name, prose_text)
        if fuller:
            r.put("name", fuller, f"{r.closing_name} ... {fuller}", "name below the closing, in full in the opening",
                  0.7)
        r.put("name", r.closing_name, f"{r.closing}\n{r.closing_name}", "name below the closing", 0.7)

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


_ADDR_TOKENS = {"dsn", "dusun", "rt", "rw", "ds", "desa", "kec", "kecamatan", "kel", "kelurahan", "jl", "jln", "jalan",
                "kab", "kabupaten", "perum", "perumahan", "blok", "gg", "gang", "no", "kp", "kampung", "lingk",
                "lingkungan", "kota", "prov", "provinsi", "rt/rw"}
_ADDR_CORE = {"dsn", "dusun", "rt", "rw", "ds", "desa", "kec", "kecamatan", "kel", "kelurahan", "jl", "jln", "perum",
              "perumahan", "rt/rw"}


def _address_line(line: str) -> bool:
    """A line made mostly of address tokens is an address even without a label."""
    s = strip_bullet(line)
    if not s or len(s) > 140 or re.search(r"[!?@]|https?:|[^\W\d_]{5,}\.$", s):   # a sentence, not "Kec."
        return False
    toks = [t.casefold().strip(".,:;") for t in re.findall(r"[\w/'.-]+", s)]
    if not 3 <= len(toks) <= 22:
        return False
    if any(t in ("saya", "sy", "kami", "aku", "yang", "dan", "di", "ke", "i", "my", "we", "tinggal", "tidak")
           for t in toks):
        return False
    marks = [t for t in toks if t in _ADDR_TOKENS]
    return len(marks) >= 3 and bool(set(marks) & _ADDR_CORE) and len(marks) * 5 >= len(toks)


def _put_identity(r: LetterReading, key: str, value: str, line: str, v: Vocab) -> None:
    value = value.strip().strip(",;")
    if not value or value in ("-", "—", "..."):
        return
    if key == "name":
        name = clean_name(value)
        if 1 <= len(name) <= 80 and not re.search(r"\d{3,}|@", name):
            r.put("name", name, line, "label 'Nama'", 0.95)
    elif key == "address":
        if len(value) >= 6:
            r.put("address", value.rstrip("."), line, "label 'Alamat'", 0.95)
    elif key == "phone":
        got = contact.find_phone(value, labelled=True)
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


def _is_closing_sentence(s: str, v: Vocab) -> bool:
    low = s.casefold()
    return bool(re.match(r"^(?:demikian|atas perhatian|terima ?kasih|sekian|thank)", low))


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
        if cur and re.match(r"^(?:[-*•]|\d{1,2}[.)])\s+", stripped):
            paras.append(" ".join(cur))
            cur = []
        # a short line without a sentence end is a sentence of its own (chatty mail, one thought a line);
        # a line wrapped by the mail client runs on to about its width (60-78); a longer one was never wrapped
        # and a line opening with a request or a consequence starts a sentence wherever the last one ended
        # (or the next line's first word would still have fitted on it: a client wrapping at 66+ did not break it)
        if line_sentences and cur and not re.search(r"[.!?,;:]$", cur[-1]) and (
                len(cur[-1]) < 55 or len(cur[-1]) > 80 or len(cur[-1]) + 1 + len(stripped.split()[0]) <= 66
                or _OPENS_SENTENCE.match(stripped.casefold())):
            cur[-1] += " " + _BREAK
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
        if _ADDRESSEE.match(s):
            in_addressee = True
            out.append("")
            continue
        if in_addressee and len(s.split()) <= 10 and not s.endswith("."):
            out.append("")
            continue
        in_addressee = False
        if _GREETING.match(s) and len(s.split()) <= 8:
            out.append("")
            continue
        out.append(ln)
    return out


def _find_closing(lines: list[str], v: Vocab, r: LetterReading) -> int | None:
    """Index of the last closing salutation; sets r.closing and r.closing_name."""
    for i in range(len(lines) - 1, -1, -1):
        s = strip_bullet(lines[i])
        if not s:
            continue
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
        elif re.search(r"(?:terima ?kasih|matur ?nuwun|thank you)[.!]?\s*$", low) and len(low) <= 200:
            m = True  # "... saya ucapkan terima kasih."
        elif len(low) <= 25 and any(len(w) >= 6 and _fuzzy_equal(low.strip(" ,.!"), w) for w in v.closing_words):
            m = True  # "Hormat sya,"
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
            if not t or _SKIP_SIGNATURE.match(t):
                continue
            if place_date(t):
                continue  # "Terima kasih.\n\nBangil, 12 November 2026\n\nNama": the date line sits between
            if looks_like_name(t):
                r.closing_name = clean_name(t)
            break
        return i
    return None


_NAME_RX = (r"((?:(?:Drs?|Ir|Hj?|Prof|dr|Moch|Mochammad|Muh|M)\.?\s+)?[A-Z][\w'.-]*(?:\s+(?:bin|binti|[A-Z][\w'.-]*)){0,5}"
            r"(?:,\s*(?:[A-Z][A-Za-z]{0,5}\.){1,4}(?:\s?[A-Z][A-Za-z]{0,4}\.?)?)*)")
_PROSE_NAME = [
    re.compile(r"(?i:nama\s+saya(?:\s+adalah)?|my\s+name\s+is|perkenalkan,?\s+(?:nama\s+)?saya|jenenge\s+kula|"
               r"(?:saya|sy|aku|kami)\s+(?:yang\s+|yg\s+)?bernama|"
               r"kula\s+nami|dengan\s+(?:saya\s+)?nama|atas\s+nama)\s*:?\s*" + _NAME_RX),
    re.compile(r"(?i:(?:saya|kami)\s+yang\s+bertanda\s+tangan\s+di\s*bawah\s+ini|yang\s+bertanda\s+tangan\s+di\s*"
               r"bawah\s+ini)\s*[,:]?\s*(?i:nama\s*:?\s*)?" + _NAME_RX),
    # "Saya, Budi Santoso, ...", also after "Perkenankan/Izinkan saya, ..." (the pronoun opens the clause)
    re.compile(r"(?:^|[.!?]\s+|\b(?i:perkenankan|perkenalkan|izinkan|ijinkan|kenalkan)\s+)"
               r"(?i:saya|sy|aku|kula|kulo|i\s+am|i)\s*,\s*" + _NAME_RX + r"\s*[,(]"),
    # "Saya Budi Santoso guru ...", "sy Rina K. guru kelas ...": a role word right after the name (the shortest
    # name before one: "SAYA SUPARMAN PENSIUNAN GURU" is Suparman, a retired teacher)
    re.compile(r"(?:^|[.!?,]\s+)(?i:saya|sy|kula|kulo|aku)\s+" + _NAME_RX.replace("{0,5}", "{0,5}?", 1) +
               r"(?=\s*,?\s*(?i:warga|guru|pns|asn|pegawai|seorang|selaku|sebagai|nip|nik|beralamat|tinggal|dari|"
               r"yang\s+beralamat|staf|pensiunan|karyawan|bekerja|honorer|pppk|cpns|perawat|bidan|peserta|istri|"
               r"suami|janda|duda|orang\s+tua|wali|mahasiswa|petani|pedagang|calon|pelaksana|kepala|operator)\b)"),
    # "I'm Kevin Pratama, a CPNS applicant", "I am Kevin Pratama (NIK ...)"
    re.compile(r"(?:^|[.!?,]\s+)(?i:i'm|i\s+am|im)\s+" + _NAME_RX + r"(?=\s*[,(])"),
]


# "nomor" ends the address before a contact ("nomor HP ..."), not before a house number ("Jalan Mangga Nomor 7")
_ADDRESS_END = re.compile(r"(?:\.\s|\.$|;|\s(?:dan\s+)?(?:ingin|hendak|bermaksud|mau|menyampaikan|dengan\s+ini|"
                          r"(?:nomor|nomer)(?!\s*\d)|no\.?\s*hp|hp|telp|telepon|nik|would|want|am\s+writing|selaku|sebagai)\b|,\s*"
                          r"(?:ingin|hendak|bermaksud|mau|menyampaikan|dengan|(?:nomor|nomer)(?!\s*\d)|no\.?\s*(?:hp|wa|telp)|hp|"
                          r"telp|telepon|tel|phone|mobile|handphone|ponsel|wa|whatsapp|kontak|contact|e-?mail|nik|"
                          r"saya|i\s))", re.IGNORECASE)


def _fuller_name(short: str, text: str) -> str | None:
    """The writer's self-introduction that begins with the name signed below the closing, as written there."""
    rx = re.compile(r"(?i)\b(?:saya|sy|aku|kula|kulo|i'm|i\s+am|nama\s+saya|nama\s+sy)\s*,?\s+(" + re.escape(short) +
                    r"(?:\s+[^\W\d_][\w'.-]*){1,3}?)\s*[,(]")
    m = rx.search(re.sub(r"\s+", " ", text)[:20_000])
    if m and looks_like_name(m.group(1)):
        return clean_name(m.group(1))
    return None


def _prose_identity(r: LetterReading, text: str, v: Vocab) -> None:
    text = re.sub(r"\s+", " ", text).strip()[:20_000]   # blanked lines leave leading spaces: "^" must see the text
    if "name" not in r.found and text == text.lower():
        # a letter typed all in lower case gives the name in lower case: "nama sy rina ayu safitri nip ..."
        m = re.search(r"\bnama\s+(?:saya|sy|aku|kula|kulo)\s*:?\s+((?:[a-z][a-z'.-]+\s+){1,3}?[a-z][a-z'-]+)"
                      r"(?=\s*(?:[,.(]|$|\s(?:nip|nik|no|nomor|hp|wa|alamat|dari|di|guru|pns|asn|pppk|cpns|warga|"
                      r"tinggal|umur|usia)\b))", text)
        if m and not (set(m.group(1).split()) & (_NAME_STOP | _TELLS)):
            r.put("name", m.group(1), m.group(0), "name after 'nama saya' in a lower-case letter", 0.6)
    if "name" not in r.found:
        for rx in _PROSE_NAME:
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
                while words and words[-1].lower().strip(",") in _NAME_STOP:
                    words.pop()
                cand = clean_name(" ".join(words)) if words else ""
                if cand and looks_like_name(cand):
                    r.put("name", cand, m.group(0), "name in the opening sentence", 0.75)
                    break
    if "address" not in r.found:
        got = _prose_address(text, v)
        if got:
            r.put("address", got[0], got[1], "address phrase in the prose", 0.7)


# after an address marker, a word that points back ("di jalan tersebut", "warga desa kami") makes no address
_NOT_A_PLACE = {"tersebut", "itu", "ini", "kami", "saya", "sy", "kita", "yang", "sana", "sini", "situ", "depan",
                "belakang", "sebelah", "dekat", "menuju", "ke", "dan", "atau", "rusak", "berlubang", "the", "that",
                "this", "there", "here", "nya", "kecil", "besar", "utama", "umum", "setempat", "sekitar"}
_MARKER_HEAD = re.compile(r"(?i)^(?:[\w.'-]+[\s,]+){0,3}?((?:jl|jln|jalan|dusun|dsn|desa|ds|kel|kelurahan|kec|kecamatan|"
                          r"kab|kabupaten|kota|perum|perumahan|rt|rw|blok|no|gang|gg|kampung|kp|komplek|kompleks|"
                          r"griya|lingkungan|lingk|krajan|street|st|road|rd|avenue|village|district|regency)\b\.?)"
                          r"\s*[:.]?\s*([\w'-]+)?")


def _prose_address(text: str, v: Vocab) -> tuple[str, str] | None:
    """(address, evidence) after an address phrase ("beralamat di", "tinggal di", "warga"), when what follows
    is address-like: a marker (Jl./Dusun/Desa/RT/Kec./No./Perum ...) within its first words, followed by a
    name or number, not a generic noun phrase ("di jalan tersebut", "warga jatuh dari sepeda motor")."""
    text = re.sub(r"\s+", " ", text)[:20_000]
    m = v.address_prose_rx.search(text)
    while m:
        tail = text[m.end():].lstrip(" :")
        tail = tail[:300]
        stop = None
        for stop in _ADDRESS_END.finditer(tail):
            # abbreviations end with a dot too: keep "Jl." "No." "Kec." inside the address
            if not (stop.group(0).startswith(".") and _ABBREV.search(tail[max(0, stop.start() - 15):stop.start() + 1])):
                break
        else:
            stop = None
        cand = tail[:stop.start()] if stop else tail[:160]
        cand = cand.strip(" ,.")
        head = _MARKER_HEAD.match(cand)
        if 8 <= len(cand) <= 200 and v.address_marker_rx.search(cand) and head \
                and (head.group(2) or "").casefold() not in _NOT_A_PLACE and head.group(2):
            return cand, m.group(0) + " " + cand
        m = v.address_prose_rx.search(text, m.end())
    return None
