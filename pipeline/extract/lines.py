"""What one line of a letter is: a label ("Nama :", "2. Kerugian yang saya alami:"),
an addressee or greeting, a bulleted item, a plausible name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.vocab import Vocab


# (a list number's full stop that OCR read as a comma, "2, Kerugian", is one digit before a capitalised word)
_BULLET = re.compile(r"^\s*(?:[-*•·#>]+\s*|\(?\d{1,2}[.)]\s*|\d,(?=\s+[A-Z][a-z])\s*|\(?[a-hA-H][.)]\s+|\(?(?:[IVX]{1,4}|[ivx]{1,4})[.)]\s+)?")
_SEP = re.compile(r"^\s*[:：=]\s*|^\s*[-–]\s+|^\s{2,}(?=\S)")
ADDRESSEE = re.compile(r"^\s*(?:to\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}(?:team|officers?|head|director|chief|bkpsdm|"
                        r"department|committee|desk|unit|staff)\s*[,:]?\s*$|kepada\b|kpd\b|kagem\b|dhumateng\b|dumateng\b|konjuk\b|yth\b|yang terhormat|to\s*:|to\s+the\s+(?:head|director|chief)\b|dear\b|di\s*-|di\s+(?-i:[A-Z])\S*(?:\s+\S+){0,3}\s*$|up\.|u\.p\.|"
                        r"perihal\b|hal\s*:|lampiran\b|subject\s*:|nomor\s*:|sifat\s*:)", re.IGNORECASE)
GREETING = re.compile(r"^\s*(?:dengan hormat|assalamu|(?:selamat\s+|slmt\s+|slamat\s+|met\s+)?(?:pagi|siang|sore|malam)\b|"
                       r"salam sejahtera|permisi\b|hai\b|"
                       r"dear\b|hi\b|halo\b|hallo\b|hello\b|yth\b|om swastiastu|shalom|sugeng|nuwun sewu|punten)",
                       re.IGNORECASE)
STOP_SECTION = re.compile(r"^\s*(?:demikian|atas perhatian|sekian|that is all|thank you for your attention)",
                           re.IGNORECASE)
# the writer named by role above the signed name: "Yang mengadu,", "Yang membuat pengaduan,", "Yang bertanda tangan,"
# (a relative clause of a verb in me-/ber-, two words after "yang" at most; "Yang terhormat" greets, it does not close)
ROLE_CLOSING = re.compile(r"^\s*yang\s+(?:me|ber)[^\W\d_]{3,}(?:\s+[^\W\d_]+)?\s*[,:]?\s*$", re.IGNORECASE)
SKIP_SIGNATURE = re.compile(r"^\s*[(\[]?\s*(?:ttd|t\.t\.d|tertanda|tanda\s*tangan|signed|signature|materai|meterai|"
                             r"ttd\.?\s*&\s*materai)"
                             r"[\w .,]*[)\]]?\s*$|^\s*[_.\-~=]{3,}\s*$"
                             # signing for others: "a.n. Guru PPPK Kecamatan Winongan", "on behalf of the residents"
                             r"|^\s*(?:a\.\s?n\.?|an\.|atas\s+nama|mewakili|perwakilan|on\s+behalf\s+of|u\.b\.)\s"
                             # the office signed for, above the name: "Ketua Paguyuban", "Koordinator Forum Guru"
                             r"|^\s*(?:ketua|koordinator|korlap|sekretaris|bendahara|wakil|chairman|chairperson|"
                             r"coordinator)\b[\w .,/-]{0,60}$",
                             re.IGNORECASE)
NAME_STOP = {"saya", "kami", "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "the", "and", "of", "pengaduan",
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
              "sanget", "nggih", "njih", "much", "lot", "again", "so", "very", "all", "nya", "tim",
              # who the writer is, said instead of a name: "Hormat saya,\nPengunjung difabel", "Seorang pensiunan"
              "pengunjung", "difabel", "disabilitas", "penyandang", "tunanetra", "tunarungu", "pensiunan",
              "seorang", "korban", "peserta", "orang", "murid", "honorer", "pegawai", "nasabah", "pemohon",
              "janda", "duda", "visitor", "citizen", "resident", "concerned"}
# lower-case particles inside a name: "Ahmad bin Umar", "Siti binti Abdullah", "Van der Berg"
_NAME_PARTICLES = {"bin", "binti", "bt", "van", "der", "de", "da", "al", "el"}
# Words of a clause, never of a person's name: in an ALL-CAPS letter every word is
# capitalised, so "SAYA INGIN MELAPORKAN ADANYA OKNUM PEGAWAI" would pass as a name.
_CLAUSE_WORDS = {"ingin", "mau", "hendak", "bermaksud", "akan", "adanya", "bahwa", "oknum", "sedang", "telah",
                 "sudah", "belum", "tidak", "want", "would", "like", "report", "wish", "hereby"}
# an affixed Indonesian verb or noun: "melaporkan", "menyampaikan", "disampaikan", "kejadiannya"
_AFFIXED = re.compile(r"^(?:me|di|ber|ter|per|pe|ke)[a-z]{3,}(?:kan|nya)$")
_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}\.){1,4}(?:[A-Z][A-Za-z]{0,5}\.?)?,?$")   # "S.Pd.", "S.KM", "M.AP."


# honorifics written before a name, often in lower case: "dr. Ratih Kusuma", "hj. Siti", "Ir. Heru"
_HONORIFIC = re.compile(r"^(?i:dr|drg|drs|dra|ir|h|hj|prof|kh|k\.h|ny|tn|sdr|sdri)\.$")


@lru_cache(maxsize=4096)   # cached: each line is stripped by the label, date, heading and closing readers
def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip().strip("*_").strip()


_NOT_IN_NAME = re.compile(r"[\d@:;/?!]|https?")
_NAME_WORD = re.compile(r"[^\W\d_][\w'.-]*")


def looks_like_name(text: str) -> bool:
    s = text.strip().strip("()[]*_\"' ").strip()
    s = " ".join(s.split())   # (stripped: the same as re.sub(r"\s+", " ", s), \s and str.isspace being one set)
    if not s or len(s) > 60 or _NOT_IN_NAME.search(s):
        return False
    tokens = s.replace(",", " ").split()
    if not 1 <= len(tokens) <= 7:
        return False
    words = [t for t in tokens if not _DEGREE.match(t) and not _HONORIFIC.match(t)]
    if not words:
        return False
    lowered = [w.lower().strip(".'") for w in words]
    if any(w in NAME_STOP or w in _CLAUSE_WORDS or _AFFIXED.match(w) for w in lowered):
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w in _NAME_PARTICLES)
    return capitalised == len(words) or (len(words) <= 2 and len(s) <= 25)


# the final token is an abbreviated title whose last dot belongs to it: "M.AP.", "S.Pd.", ", M.Si.", ", Amd."
_TITLE_END = re.compile(r"(?:\b[A-Z][a-z]{0,4}\.|(?:^|[\s,])(?:[A-Z][A-Za-z]{0,4}\.){2,}|,\s*[A-Z][A-Za-z]{0,4}\.)$")


def clean_name(text: str) -> str:
    s = " ".join(text.strip().strip("()[]*_\"' ").split())   # as re.sub(r"\s+", " ", ...) of the stripped text
    s = s.rstrip(",; ")
    # A word without letters never ends a name: OCR reads a speck or the edge of
    # a signature after it ("Endang Susilowati 3", "Endang Susilowati :").
    s = _LETTERLESS_TAIL.sub("", s)
    s = _LETTERLESS_HEAD.sub("", s)   # ... nor starts one: "| Rizky", "1 Rizky" (a table's rule read by OCR)
    # a kinship term is how the writer is called, not part of the name ("Mbah Tumini", "Eyang Soedarmo")
    s = _KIN_TERM.sub("", s)
    s = _COMMA_BEFORE_DEGREE.sub(", ", s)   # "Sumarni,S.Pd.SD" as OCR or a hurried typist leaves it
    return s if _TITLE_END.search(s) else s.rstrip(",;.")


_COMMA_BEFORE_DEGREE = re.compile(r"(?<=[a-z]),(?=[A-Z][A-Za-z]{0,4}\.)")


_KIN_TERM = re.compile(r"^(?i:mbah|eyang|nenek|kakek|pakde|pakdhe|bude|budhe)\s+(?=[A-Z])")


# a form's field left blank: dots, underscores or dashes ("......", "____")
UNFILLED = re.compile(r"[.…_\-\s]{3,}")
_LETTERLESS_HEAD = re.compile(r"^(?:[^\sA-Za-z\u00C0-\u024F]{1,4}\s+)+(?=[A-Z])")   # "0... | Lilis": a colon misread
_LETTERLESS_TAIL = re.compile(r"(?:\s+[^\sA-Za-z\u00C0-\u024F]{1,3})+$")


def fuzzy_equal(a: str, b: str) -> bool:
    """Edit distance (with transpositions) <= 1, <= 2 for long words: typos in labels ("Alamt", "Kerugain")."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    limit = 2 if min(la, lb) >= 9 else 1
    # typos rarely hit the first letter; checking it first keeps this off the hot path
    if a[:1] != b[:1] or min(la, lb) < 3 or max(la, lb) < 4 or abs(la - lb) > limit:
        return False
    # Every edit changes the letters used by one at most (a transposition not at all), so a letter of `a`
    # that `b` lacks costs an edit: most pairs ("budi santoso" / "best regards") end here, before the table.
    missing = 0
    for ch in a:
        if ch not in b:
            missing += 1
            if missing > limit:
                return False
    # Optimal-string-alignment distance, only the band |i - j| <= limit of the table: a cell off it is at
    # least |i - j| > limit, and any value above the limit is kept as limit + 1 (it can only decide "no").
    over = limit + 1
    prev2: list[int] = []
    prev = [j if j <= limit else over for j in range(lb + 1)]
    for i in range(1, la + 1):
        cur = [over] * (lb + 1)
        if i <= limit:
            cur[0] = i
        ai = a[i - 1]
        for j in range(max(1, i - limit), min(lb, i + limit) + 1):
            c = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai != b[j - 1]))
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1] and prev2[j - 2] + 1 < c:
                c = prev2[j - 2] + 1
            cur[j] = c if c < over else over
        if min(cur) > limit:   # a row's minimum never falls in the rows below
            return False
        prev2, prev = prev, cur
    return prev[lb] <= limit


def fuzzy_find(word: str, by_initial: dict[str, tuple[str, ...]]) -> str | None:
    """The first word of a vocab.words_by_initial index that `word` equals or misspells (fuzzy_equal)."""
    la = len(word)
    for w in by_initial.get(word[:1], ()):
        # fuzzy_equal allows two letters more or fewer at most: skip the others without an edit distance
        if -2 <= len(w) - la <= 2 and fuzzy_equal(word, w):
            return w
    return None


def _fuzzy_label(head: str, v: Vocab) -> tuple[str, str, str] | None:
    """(kind, field, label) of a misspelt label: the whole head, or a misspelt first word of 6+ letters."""
    candidates = v.labels_by_initial.get(head[:1], ())
    lh = len(head)
    for label, kind, field_ in candidates:
        # fuzzy_equal allows two letters more or fewer at most: skip the others without an edit distance
        if -2 <= len(label) - lh <= 2 and fuzzy_equal(head, label):
            return kind, field_, label
    first = head.split(" ", 1)[0]
    if len(first) >= 6 and first != head:
        lf = len(first)
        for label, kind, field_ in candidates:
            if kind == "section" and " " not in label and -2 <= len(label) - lf <= 2 and len(label) >= 6 \
                    and fuzzy_equal(first, label):
                return kind, field_, label
    return None


@dataclass
class Label:
    kind: str      # identity | section
    field: str
    label: str
    value: str     # text after the label on the same line ("" for a heading)


# "Phone/WA", "Kerugian/Dampak", and a form's hint in brackets: "Layanan yang diadukan (beri tanda X):"
_ALT_LABEL = re.compile(r"^(?:\s*/\s*[^\W\d][\w.-]{0,15}){1,2}|^\s*\([^()\n]{1,40}\)(?=\s*[:：])")
# "Akibat yang ditimbulkan: ..."; and as OCR reads a form's long label: "Uraian pelayanan yang tidak ses _; ..."
_LABEL_TAIL = re.compile(r"^((?:\s+[^\W\d][\w/()'-]*){1,5}?)\s*(?:[_|]\s*)?(?:[:：]|;(?=\s*[A-Z]))\s*(.*)$")
LABEL_SHAPE = re.compile(r"^[^\W\d][\w ./()-]{1,30}?\s*[:：]")


# an identity label with a qualifier before its colon: "Alamat sekarang :", "Nama lengkap & gelar :"
_QUALIFIED = re.compile(r"^((?:\s+(?:&|[^\W\d][\w/().'-]*)){1,3}?)\s*[:：]\s*(.*)$")
_QUAL_NOT = re.compile(r"\b(?:tidak|tdk|belum|blm|sudah|sdh|telah|ada|yang|yg|di|ke|is|was|not)\b")   # a sentence
_NOTE_LABELS = frozenset({"keterangan", "details"})
_COLUMN_GAP = re.compile(r"^[ \t]{2,}(?=\S)")
_SECTION_SEP = re.compile(r"^\s*[:：]\s*|^\s*(?:--+|[–—])\s*|^\s+-\s+")
# "Yang saya mohonkan:", "Hal yang dikeluhkan --", "Akibatnya bagi saya —": a short head and a terminator
_FAMILY_HEAD = re.compile(r"^([^\W\d_][^\W\d_'/-]*(?:\s+[^\W\d_][\w'/-]*){0,5})\s*(?:[:：]|--+|[–—]|\s-(?=\s|$))\s*(.*)$")
_FAMILY_NOT = re.compile(r"^(?:saya|sy|kami|aku|i|we|dengan|bersama|berikut|mohon\s+maaf|demikian|terima)\b")


def _has_terminator(body: str) -> bool:
    """A character every terminator of _FAMILY_HEAD holds: most lines are prose without one, and the regex
    would try up to six words before failing."""
    return ":" in body or "-" in body or "\u2013" in body or "\u2014" in body or "\uff1a" in body


def family_label(body: str, v: Vocab) -> Label | None:
    if not _has_terminator(body):
        return None
    m = _FAMILY_HEAD.match(body)
    if not m:
        return None
    head = m.group(1).casefold()
    if _FAMILY_NOT.match(head):
        return None
    fam = v.family_rx.search(head)
    if not fam or fam.start() > 0:
        # the head word misspelt, a family word further on: "Kerugain yg saya alami" is the loss, not
        # the story that "alami" would make it
        typo = _fuzzy_label(head, v)
        if typo and typo[0] == "section":
            return Label("section", typo[1], head, m.group(2).strip())
    if not fam:
        return None
    return Label("section", fam.lastgroup, head, m.group(2).strip())


_SIBLING_LEAD = re.compile(r"^(?:(?:hal\s+)?yang\s+(?:saya\s+|kami\s+)?)?")
_FINISHED_LINE = re.compile(r"[.!?:]$")   # a line a heading may follow


def sibling_headings(lines: list[str], labels: list[Label | None], v: Vocab) -> None:
    """A letter that heads its parts with bare lines of their own ("Masalah", "Kerugian") heads the rest alike:
    a short capitalised line set apart (after a blank line or a finished sentence, with text below) whose first
    word is of the loss or request family ("Penyelesaian yang saya harapkan", "Yang kami mohonkan") heads it,
    when no heading of that field is in the letter yet. Labels are updated in place."""
    bare = [lab for lab, ln in zip(labels, lines) if lab and lab.kind == "section" and not lab.value
            and _heading_line(strip_bullet(ln))]
    headed = {lab.field for lab in labels if lab and lab.kind == "section"}
    if not bare:
        return
    for i in range(1, len(lines) - 1):
        if labels[i] is not None:
            continue
        body = strip_bullet(lines[i]).strip()
        prev = lines[i - 1].strip()
        if not body or not lines[i + 1].strip() or not _heading_line(body) \
                or (prev and not _FINISHED_LINE.search(prev)):
            continue
        low = body.casefold()
        if _FAMILY_NOT.match(low) or v.request_rx.match(low):
            continue
        fam = v.family_rx.search(low)
        # not the description family: unheaded prose is read as the story anyway, and "Yang saya alami" may
        # head what the writer suffered
        if fam and fam.start() == _SIBLING_LEAD.match(low).end() and fam.lastgroup not in headed \
                and fam.lastgroup != "service_description":
            labels[i] = Label("section", fam.lastgroup, low, "")
            headed.add(fam.lastgroup)


_SENTENCE_END_OR_DIGIT = re.compile(r"[.!?,;]$|\d")


def _heading_line(body: str) -> bool:
    """A short capitalised line without a sentence end: "Dampak yang saya rasakan"."""
    words = body.rstrip(" :").split()
    return (len(words) <= 6 and len(body) <= 60 and body[:1].isupper() and not _SENTENCE_END_OR_DIGIT.search(body))


_LETTERED = re.compile(r"^\s*\(?(?:[A-H]|[IVX]{1,4})[.)]\s+")
_COLON_HEAD = re.compile(r"^([^\W\d][\w ./-]{2,30}?)\s*[:：]\s*(.*)$")

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
        sep = _SECTION_SEP.match(rest) or _COLUMN_GAP.match(rest)
        if sep:
            # (a form's column gap parts label and value as a colon does: "Permintaan penyelesaian   Mohon ...")
            value = rest[sep.end():].strip()
            if m.group(1) in _NOTE_LABELS and value and len(value) <= 80 and not value.endswith((".", "!", "?")):
                # "Keterangan : janda dari almarhum Supriyadi": a note in the identity block, not the story
                return Label("identity", "other", m.group(1), value)
            return Label("section", field_, m.group(1), value)
        if body.rstrip().endswith(":") and len(body) <= 90:
            return Label("section", field_, m.group(1), "")
        tail = _LABEL_TAIL.match(rest)
        if tail and len(body) - len(tail.group(2)) <= 60:
            return Label("section", field_, m.group(1), tail.group(2).strip())
        if _heading_line(body):
            return Label("section", field_, m.group(1), "")
    fam = family_label(body, v)
    if fam:
        return fam
    # a heading of its own line without a terminator, set apart as headings are: in capitals, or after a
    # letter or Roman bullet ("D. YANG SAYA HARAPKAN", "C. Dampak bagi keluarga kami")
    if (body.isupper() or _LETTERED.match(line)) and _heading_line(body) and not _FAMILY_NOT.match(low):
        req = v.request_rx.match(low)
        if not (req and low[req.end():].strip(" :.")):   # "MOHON SEGERA DIPROSES" asks; it heads nothing
            fam = v.family_rx.search(low)
            # not the description family: a title in capitals ("SURAT PENGADUAN") names the letter, heads no part
            if fam and fam.lastgroup != "service_description":
                return Label("section", fam.lastgroup, low.strip(" :"), "")
    # A typo in a label: a "word(s) :" line, or a short heading line of its own.
    colon = _COLON_HEAD.match(body) if ":" in body or "\uff1a" in body else None
    if colon:
        got = _fuzzy_label(colon.group(1).casefold().strip(), v)
        if got:
            return Label(got[0], got[1], got[2], colon.group(2).strip())
    elif _heading_line(body) and len(body.split()) <= 4:
        got = _fuzzy_label(body.casefold().strip(" :"), v)
        if got and got[0] == "section":
            return Label(got[0], got[1], got[2], "")
    return None


# Abbreviations whose full stop ends no sentence; words after a name that show a
# sentence tells a story ("Nama saya tidak ada di daftar") rather than introduces.
# "KH." (Kyai Haji) heads many street names: "Jl. KH. Hasyim Asy'ari", "Jl. KH. Ahmad Dahlan"
ABBREV = re.compile(r"(?:\b(?:jl|jln|no|kec|kab|ds|dsn|kel|rt|rw|gg|bpk|bp|ibu|dr|drs|ir|hj|h|kh|prof|rp|dll|dsb|moh|moch|muh|mhd|"
                     r"dst|tgl|yth|sdr|sdri|nip|nik|tmt|st|mr|mrs|ms|s|m|a\.n|u\.p|vs|kab|prov|a|b|c|d|e|i|"
                     # titles before a name: nurse, pharmacist, midwife, dentist
                     r"ns|apt|bd|drg)\.)$",
                     re.IGNORECASE)
TELLS = {"sudah", "sdh", "udah", "telah", "tidak", "tdk", "gak", "ga", "nggak", "belum", "blm", "tercantum", "tercatat",
          "terdaftar", "tertulis", "ada", "masuk", "hilang", "salah", "muncul", "keluar", "masih", "juga", "malah",
          "justru", "kok", "di", "pada", "dalam", "yang", "yg", "dicoret", "dihapus", "diumumkan", "ditulis",
          "termasuk", "tak", "ikut", "was", "is not", "has", "had", "not", "does", "did", "appears", "wasn't",
          "isn't", "dereng", "mboten", "sampun"}
