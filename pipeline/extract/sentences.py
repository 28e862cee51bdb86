"""Sentences of the unlabelled body, and the cue-phrase classifier that sorts each
into description, loss or request (vocabulary in labels.toml)."""

from __future__ import annotations

import re

from pipeline.extract.identity import prose_address
from pipeline.extract.lines import ABBREV, TELLS, fuzzy_find
from pipeline.extract.vocab import CueRx, Vocab




BREAK = "\x1f"   # a line break that ends a sentence (set by _paragraphs)
_SENT_END = re.compile(r"(?=[.!?,\s])"   # (the first character of each end below: the rest is tried there only)
                       r"(?:[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Za-z0-9])"          # ". Next", ". next" (chatty)
                       r"|\s+(?=\d{1,2}[.)]\s+[A-Z])"                          # " 2. Next" (a list)
                       r"|,(?=\s+(?:Saya|Kami|Kulo|Kula|Aku|I)\s))")            # ", Saya ..." starts anew


# small patterns of the readers below, compiled once (they run for every sentence)
_PAIR_END = re.compile(r"/\s?(?:ibu|bu)\.$", re.IGNORECASE)
_NUMBER_DOT_END = re.compile(r"\d\.$")
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
_FULL_STOP_END = re.compile(r"[^\W\d_]{3,}[.!?]+$|\d[.!?]+$|[!?]$")
_UNDERSIGNED = re.compile(r"^(?:dengan hormat,?\s*)?(?:saya\s+|kami\s+)?yang\s+bertanda\s*tangan\b")
_WORD_THEN_CAPITAL = re.compile(r"^\w+\s*,?\s+[A-Z]")
_CONTENT_WORD = re.compile(r"[^\W\d_][\w'/-]*")


def sentences(text: str) -> list[str]:
    """Split running text into sentences, not at "Jl.", "No.", "Kec.", "S.Pd." and the like."""
    out: list[str] = []
    for chunk in text.split(BREAK):
        out.extend(_sentences(chunk))
    return out


def _sentences(text: str) -> list[str]:
    text = " ".join(text.split())   # = re.sub(r"\s+", " ", text).strip(): \s and str.isspace are one set
    if not text:
        return []
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        tail = text[max(start, m.end() - 16):m.end()].rstrip("\"')] ")  # only the end decides: linear time
        if tail.endswith(".") or tail.endswith("!") or tail.endswith("?"):
            nxt = text[m.end():m.end() + 3].lstrip(" \"'([")
            if ABBREV.search(tail) and not _PAIR_END.search(tail):
                continue   # but "... Bapak/Ibu. Permohonan ...": the addressee pair ends a sentence
            if tail.endswith(".") and _NUMBER_DOT_END.search(tail):
                piece = text[start:m.end()].strip()
                # "1." opening a list item, "12.5", "No. 12. Kec": a dot after a number ends a sentence
                # only before a capitalised word
                if _LIST_NUMBER.fullmatch(piece) or not nxt[:1].isupper():
                    continue
            elif nxt[:1].islower() and not _FULL_STOP_END.search(tail):
                continue  # "ds. wonosari", "a.n. budi": a short word before the dot is an abbreviation
        piece = text[start:m.end()]
        if piece.strip():
            out.append(piece.strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


# (each pattern first checks the character every match begins with: the alternatives are then tried there only)
_CONTACT = re.compile(r"(?=[+\d@])(?:(?:\+62|\b62|\b0)8\d[\d\s.-]{6,14}\d|\b\d{16}\b|@\w)")
_MONEY = re.compile(r"(?=[r\d$])(?:\brp\.?\s?\d|\b\d+(?:[.,]\d+)?\s?(?:jt|juta|rb|ribu|k)\b|\$\s?\d)", re.IGNORECASE)
# every contact and amount has a digit (or the "@"): most sentences have none, and a digit is found fast
_DIGIT = re.compile(r"\d")
_SELF_NAME = re.compile(r"^(?:saya|aku|kulo|kula|i|i am)\s*,?\s+(?:(?:drs?|ir|hj?|prof|dr)\.?\s+)?"
                        r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}\s*,", re.IGNORECASE)


_NAME_CUE = re.compile(r"nama saya|nama sy|my name is|jenenge kula|kula nami")
# after "nama saya", words that tell what happened to the name rather than give it


# a phone number, landlines included ("(0343) 413527", "0812-3390-5561", "+62 812 ..."), not an amount or an age
_PHONE_LIKE = re.compile(r"(?:\+\s?62[\s.-]*|\b0)\d{2,4}\)?[\s.-]*\d{3,}")
_NUMBER_CUES = frozenset({"no hp", "no. hp", "nomor hp", "no wa", "nomor telepon", "telepon", "phone"})


_JOURNEY = re.compile(r"\b(?:dari|ke|menuju|from|to)\s+$")


def _is_identity(sentence: str, low: str, words: list[str], v: Vocab) -> bool:
    """A self-introduction: who the complainant is, where they live, how to reach them."""
    if _UNDERSIGNED.match(low):
        return True   # "Yang bertanda tangan di bawah ini, saya X, ..., menyampaikan pengaduan": however long
    if len(words) > 45:
        return False
    head = " ".join(words[:8])
    for cue in v.identity_cue_rx.finditer(head):
        if cue.group(0) in _NUMBER_CUES and not _PHONE_LIKE.search(low):
            continue   # "bertanya lewat telepon" names a channel; "telepon 0343 ..." gives a number
        if _JOURNEY.search(head[:cue.start()]):
            continue   # "Perjalanan dari rumah saya di Tutur ke Bangil ...": a trip from home, not where home is
        if not _NAME_CUE.fullmatch(cue.group(0)):
            return True
        # "Nama saya Budi" introduces; "Nama saya tidak ada di daftar" tells what went wrong
        m = re.search(re.escape(cue.group(0)).replace(r"\ ", r"\s+") + r"\W*(\w*)", sentence, re.IGNORECASE)
        nxt = (m.group(1) if m else "").casefold()
        if nxt not in TELLS and not (nxt.startswith(("ter", "di")) and nxt.endswith(("kan", "tat", "but", "tulis",
                                                                                      "umumkan", "coret", "hapus"))):
            return True
    if _SELF_NAME.match(sentence) and _WORD_THEN_CAPITAL.match(sentence):
        return True
    if ("@" in low or _DIGIT.search(low)) and _CONTACT.search(low):
        return True
    if low.isascii() and low.islower():   # no capital for the case-blind lists to find: their lower-case twins
        return bool(v.address_prose_lower.search(low) and v.address_marker_lower.search(low)
                    and prose_address(sentence, v))
    return bool(v.address_prose_rx.search(low) and v.address_marker_rx.search(low) and prose_address(sentence, v))


def _request_content(low: str, v: Vocab) -> int:
    """Words of a request sentence beyond request verbs, politeness and filler."""
    rest = v.filler_rx.sub(" ", low)
    rest = v.request_early_rx.sub(" ", rest, count=1)
    words = _CONTENT_WORD.findall(rest)
    return sum(1 for w in words if w not in v.request_empty and w not in ("mohon", "tolong", "tlg", "minta", "harap"))


_CONTRAST_NOTHING = re.compile(r"\b(?:tetapi|tapi|namun|but|padahal|nanging|sampai\s+(?:hari\s+ini|sekarang|saat\s+ini)|"
                               r"hingga\s+(?:hari\s+ini|sekarang|kini|saat\s+ini)|until\s+(?:today|now))\b.*"
                               r"\b(?:tidak|tdk|belum|blm|gak|ga|nggak|not|never|no|nothing|ora|durung)\b")


_PAID = re.compile(r"\b(?:sudah|telah|udah|udh|sdh|wis|akhirnya|terpaksa|i|we|i've|we've|have|had)\s+(?:\w+\s+){0,2}"
                   r"(?:membayar|bayar|"
                   r"menyerahkan|menyetor|setor|mentransfer|transfer|mbayar|paid|handed|transferred|"
                   # the writer as the agent of a bare stem: "uang itu sudah saya serahkan / bayarkan"
                   r"serahkan|bayarkan|setorkan|transferkan)\b")


# (an amount offered as the price of a favour, "menawarkan jaminan kelulusan dengan imbalan Rp 75.000.000", is
# what happened too)
_DEMAND = re.compile(r"\b(?:meminta|diminta|dimintai|minta|memintai|menarik|ditarik|asked|demanded|charged|"
                     r"menawarkan|menawari|ditawari|ditawarkan|imbalan|offered)\b")


_LETTER_WORD = re.compile(r"[^\W\d_][\w-]*")


def discourse_opening(low: str, v: Vocab) -> bool:
    """A consequence cue at the head of the sentence: "Consequently, ...", "Akibatnya ...", and the misspelt or
    split forms "akbat nya", "akibtnya", "akibat nya" (edit distance against the lexicon, first word or two)."""
    head = low[:48]
    if v.loss_discourse_rx.search(head):
        return True
    toks = _LETTER_WORD.findall(head)[:3]
    if not toks or toks[0][:1] not in v.loss_discourse_fuzzy:   # both candidates begin as the first word
        return False
    cands = {t for t in toks[:1]} | ({toks[0] + toks[1]} if len(toks) >= 2 and len(toks[1]) <= 4 else set())
    return any(len(c) >= 6 and fuzzy_find(c, v.loss_discourse_fuzzy) for c in cands)


# a sentence that opens on what went before and goes on with the writer is its consequence:
# "Dengan (adanya) hukuman tersebut penghasilan saya berkurang", "Tanpa sertifikat itu saya tidak dapat ..."
_ANAPHOR = re.compile(r"^(?:dengan\s+(?:adanya\s+)?|tanpa\s+(?:adanya\s+)?|karena\s+(?:adanya\s+)?|with\s+|without\s+|"
                      r"because\s+of\s+)"
                      r"(?!(?:ini|hormat)\b|(?:surat|email|e-mail|pengaduan|laporan|letter)\s+(?:ini|this)\b)(?:[\w/-]+\s+){1,4}?"
                      r"(?:tersebut|itu|ini|that|this|these|those)\b")
# what went before, made the subject of a causative verb with the writer as its object: "Ketidakjelasan ini membuat
# saya tidak dapat mendaftar", "Hal tersebut menyebabkan kami ...", "This left me without ..."
_CAUSED = re.compile(r"^(?:[\w/-]+\s+){1,3}?(?:ini|itu|tersebut|this|that)\s+(?:[\w-]+\s+)?(?:membuat|menyebabkan|"
                     r"mengakibatkan|bikin|ndadosaken|caused|made|left)\s+(?:saya|sy|kami|aku|kula|kulo|me|us)\b")
# a chance given ("ketentuan memberi kesempatan bagi PNS untuk pindah") is the rule told, not one lost; a chance
# not given ("saya tidak diberi kesempatan menjelaskan") still counts
_CHANCE_GIVEN = re.compile(r"(?<!tidak )(?<!tdk )(?<!belum )(?<!blm )(?<!gak )(?<!not )\b((?:mem|di)beri(?:kan)?|"
                           r"berkesempatan|ada)\s+(?:kesempatan|peluang)\b")
_SERVICE_SICK = re.compile(r"\b(?:cuti|izin|ijin|surat(?:\s+keterangan)?|keterangan|sick)\s+(?:sakit|leave)\b")
_CONSEQUENCE_FIRST = re.compile(r"^(?:akibat|as a result|because of)")
_SAID_WORDS = ("mengatakan", "dikatakan", "bilang", "katanya", "menjawab", "dijawab", "berkata", "ngendika",
               "ngendikan", "sanjang", "said", "told")
_SAID = CueRx(r"\b(?:" + "|".join(_SAID_WORDS) + r")\b", _SAID_WORDS)   # searched only when one is a word of it


def loss_score(low: str, v: Vocab) -> int:
    """Evidence that a sentence states the complainant's own loss (cue lexicons in labels.toml).

    The sufferer is the writer ("saya", "sy", "aku", "I", "we"), a community the writer speaks for ("warga",
    "masyarakat"), or is implied by a consequence cue opening the sentence ("Akibatnya", "Consequently").
    Events that happened to the service ("dibatalkan", "tidak ada pemberitahuan") are weak cues: they make a
    loss only beside a harm to that sufferer.
    """
    if "sakit" in low or "leave" in low:
        low = _SERVICE_SICK.sub("cuti", low)   # "cuti sakit" names a kind of leave, not an illness suffered
    if "kesempatan" in low or "peluang" in low:
        low = _CHANCE_GIVEN.sub(r"\1 ruang", low)
    discourse = discourse_opening(low, v)
    # "Dengan (adanya) X tersebut, saya ...": opens the gate and weighs as a cause, not as "Akibatnya"
    # (or with a sum: "Karena masa kerja yang salah itu, uang pensiun Bapak lebih kecil Rp 310.000 ...", a letter
    # written for a parent, who is "Bapak" and "beliau" in it)
    anaphor = bool(_ANAPHOR.match(low) and (v.first_person_rx.search(low) or _DIGIT.search(low) and _MONEY.search(low))
                   or _CAUSED.match(low))
    # (the community cue only opens the gate: not searched when the writer already did)
    if not (v.first_person_rx.search(low) or discourse or v.loss_community_rx.search(low) or anaphor
            or _CONSEQUENCE_FIRST.match(low)):
        return 0
    # what an officer said ("petugas mengatakan ... saya harus mengajukan ulang") is the service's answer:
    # weak cues and burdens count only before the reporting verb
    said = _SAID.search(low)
    told = low[:said.start()] if said else low
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
    if _DIGIT.search(low) and _MONEY.search(low) and (_PAID.search(low) or not _DEMAND.search(low)):
        score += 1
        # money the writer handed over, then nothing came: "sudah menyerahkan Rp 1.500.000 tetapi SK-nya tidak ada"
        # (an amount someone asked for, "diminta Rp 50.000 padahal tidak dipungut biaya", describes the service)
        score += 2 if _PAID.search(low) and _CONTRAST_NOTHING.search(low) else 0
    elif _PAID.search(low):
        score += 1   # the writer paid, though the letter names no sum: "sudah empat kali membayar parkir liar"
    return score


_PRONOUN = {"saya", "sy", "kami", "aku", "kulo", "kula"}
# "saya mau melaporkan ...", "ingin mengadukan bahwa ...": what follows the reporting verb is the description
_REPORTED = re.compile(r"^.{0,200}?\b(?:(?:mengeluhkan|mengadukan|melaporkan)\s+bahwa\b"   # "Pelapor mengeluhkan bahwa X"
                       r"|(?:mau|ingin|hendak|bermaksud|akan)\s+(?:(?:melaporkan|mengadukan|komplain|lapor|"
                       r"mengadu|ngadu)(?:\s+(?:tentang|soal|mengenai|terkait|perihal|bahwa|kalau|masalah))?"
                       # "ingin menyampaikan bahwa X": X is what went wrong
                       r"|(?:menyampaikan|memberitahukan|menginformasikan|mengabarkan)\s+(?:bahwa|kalau)))"
                       # "... melaporkan kejadian yang saya alami waktu ...": the announcement of a story, not the story
                       r"\s*[,:]?\s*(?![,:\s]*(?:pengaduan|keluhan|laporan|hal|sebagai|tentang|mengenai|kejadian|peristiwa|"
                       r"pengalaman)\b)", re.IGNORECASE)


def _fix_request_verb(words: list[str], v: Vocab) -> str | None:
    """The sentence with a misspelt request verb at its head spelt right ("Saya mohn ..." -> "saya mohon ...")."""
    for k in range(min(2, len(words))):
        w = words[k].strip(",.")
        if k == 1 and words[0] not in _PRONOUN:
            break
        if len(w) >= 4 and w not in v.request_verbs:
            verb = fuzzy_find(w, v.request_verbs_fuzzy)
            if verb:
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
# a request put as a question: "Apakah bisa permohonan saya diproses sebelum Januari?", "Bisakah SK saya
# diterbitkan?" (only a whole sentence ending in "?": "apakah bisa begitu" mid-story is no request)
_ASKED_AS_QUESTION = re.compile(r"^(?:pertanyaan\s+(?:saya|kami)\s*:\s*)?(?:apakah\s+(?:bisa|dapat|mungkin|boleh)|"
                                r"apa\s+bisa|bisakah|dapatkah|mungkinkah|bolehkah|could\s+you|can\s+you|would\s+it\s+be\s+possible)"
                                r"\b[^?]*\bdi[a-z]{3,}[^?]*\?\s*$")
# "Ketika saya meminta agar petugas turun ..., petugas menjawab ...": a request told as what happened
_WHEN_CLAUSE = re.compile(r"^(?:ketika|saat|sewaktu|pada\s+saat|waktu\s+itu|setelah|sesudah|when|after)\b")
_CONTRAST = re.compile(r"\b(?:tetapi|tapi|tp|namun|but|padahal|malah)\b")


_NO_LOSS_STATED = re.compile(r"\b(?:tidak|belum|tdk)\s+(?:menyebutkan|menyampaikan|mencantumkan|menjelaskan|"
                             r"merinci)\s+(?:adanya\s+)?kerugian\b")
_QUOTED = re.compile(r'"[^"]{1,80}"')
_RECORDED_COMPLAINANT = re.compile(r"^((?:[^,.]{0,60},\s*)?)(?:si\s+)?(?:pelapor|pengadu|yang\s+bersangkutan)\b")


def classify(sentence: str, v: Vocab, first: bool = False) -> str:
    """desc | loss | req | filler | identity for one sentence of unlabelled prose.

    `first`: no narrative sentence came before it (a loss follows what went wrong).
    """
    low = v.expand_chat(sentence.casefold().strip(" -*•\"'"))
    if "pelapor" in low or "pengadu" in low or "bersangkutan" in low:
        # an officer's record of a complaint made at the counter tells it of "Pelapor": the complainant is
        # the one who suffered and who asks ("Pelapor meminta uangnya dikembalikan ...")
        low = _RECORDED_COMPLAINANT.sub(r"\1saya", low)
    words = low.split()
    if not words:
        return "filler"
    lead, colon, rest = sentence.partition(":")
    if colon and len(lead.split()) <= 6 and len(rest.split()) >= 5 and not _DIGIT.search(lead):
        # a lead-in before a colon ("Langsung to the point saja: saya request agar ...", "Intinya: mohon ...")
        # says how the sentence is meant; what follows it says what it is
        kind = classify(rest, v, first)
        if kind in ("req", "loss"):
            return kind
    req = not _WHEN_CLAUSE.match(low) and bool(
        v.request_rx.match(low) or v.request_mid_rx.search(low) or v.request_early_rx.match(low)
        or _WANT_DONE.match(low) and not _CONTRAST.search(low) or _ASKED_AS_QUESTION.match(low))
    if not req:
        fixed = _fix_request_verb(words, v)
        if fixed:
            low, words = fixed, fixed.split()
            req = bool(v.request_rx.match(low) or v.request_early_rx.match(low))
    if req:
        if _request_content(low, v) >= 1:
            return "req"
        return "filler"
    if _is_identity(sentence, low, words, v):
        return "identity"  # "Yang bertanda tangan di bawah ini, X, beralamat di ..., HP ...": who, not what
    # "Dengan ini saya menyampaikan pengaduan ..." announces, a longer one also tells
    # (words in quotation marks are someone's words: 'meminta uang "tanda terima kasih" Rp 200.000' thanks no one)
    if len(words) <= 30 and (v.filler_rx.search(_QUOTED.sub(" ", low) if '"' in low else low)
                             or v.intro_rx.search(low) and len(words) <= 14
                             and reported_part(low) == low):
        return "filler"
    if "kerugian" in low and _NO_LOSS_STATED.search(low):
        return "filler"   # "Pelapor tidak menyebutkan kerugian yang dialami": a record that no loss was named
    score = loss_score(low, v)
    # "saya mau menyampaikan bahwa X" announces what went wrong: it takes more to make it the loss
    if score >= (3 if first or _REPORTED.match(low) else 2):
        return "loss"  # a loss is the complainant's own
    if len(words) <= 2 and not _DIGIT.search(low):
        return "filler"
    return "desc"
