"""Division routing: keyword rules from the Division values (config.toml's [[division]] tables).

Each division scores the number of times its keywords occur in the letter
(longest keyword first, each stretch of text counted once, at most 3 times
per keyword so one repeated word cannot outvote a topic), each occurrence
weighing its number of words; labels.toml [routing] adds phrases, the
training-phrase rule, half-weight generic words and the illegal-fee patterns. The highest score
wins; a tie goes to the higher priority, which is how staff conduct, illegal
fees, the counter and facilities reach `sekretariat` even when a service of
another division is named. No keyword at all: no division (the desk assigns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from pipeline.config import Division
from pipeline.extract.vocab import CueRx, _alt, _cues

MAX_PER_KEYWORD = 3


def _d(code, name, keywords, priority=0):
    return Division(code=code, name=name, email=f"{code}@example.go.id", keywords=tuple(keywords), priority=priority)


# The same five divisions and keywords as the shipped config.toml (procedure-id.md).
DEFAULT_DIVISIONS: tuple[Division, ...] = (
    _d("sekretariat", "Sekretariat",
       ["loket", "petugas", "pelayanan loket", "sikap", "tidak sopan", "membentak", "kasar", "pungli", "pungutan",
        "biaya tambahan", "uang pelicin", "imbalan", "fasilitas", "ruang tunggu", "parkir", "antrean", "antrian",
        "toilet", "staff conduct", "rude", "bribe", "illegal fee", "facilities"], 10),
    _d("pengadaan", "Bidang Pengadaan, Pemberhentian dan Informasi",
       ["cpns", "pppk", "seleksi", "formasi", "rekrutmen", "pengadaan", "pensiun", "taspen", "pemberhentian",
        "diberhentikan", "siasn", "data kepegawaian", "karpeg", "karis", "karsu", "kartu pegawai", "kartu istri",
        "kartu suami", "nip", "recruitment", "pension", "retirement", "dismissal"]),
    _d("mutasi", "Bidang Mutasi dan Promosi",
       ["kenaikan pangkat", "naik pangkat", "pangkat", "golongan", "mutasi", "pindah tugas", "perpindahan",
        "promosi", "jabatan", "jabatan fungsional", "pelantikan", "promotion", "transfer"]),
    _d("kompetensi", "Bidang Pengembangan Kompetensi",
       ["diklat", "pelatihan", "bimtek", "izin belajar", "ijin belajar", "tugas belajar", "pencantuman gelar",
        "gelar", "ijazah", "penyesuaian ijazah", "ujian dinas", "kompetensi", "training", "study permit", "degree"]),
    _d("kinerja", "Bidang Penilaian Kinerja dan Penghargaan",
       ["skp", "penilaian kinerja", "kinerja", "disiplin", "hukuman disiplin", "penghargaan", "satyalancana", "cuti",
        "cuti tahunan", "cuti besar", "cuti melahirkan", "tpp", "tunjangan kinerja", "performance", "discipline",
        "award", "leave"]),
)


@dataclass(frozen=True)
class Route:
    code: str | None
    reason: tuple[str, ...]            # the matched keywords of the chosen division
    scores: dict[str, float]


@dataclass(frozen=True)
class _Extra:
    phrases: tuple[tuple[str, str], ...]     # (phrase, code) from labels.toml [routing]
    training_rx: CueRx | re.Pattern | None
    training_division: str
    training_span: int
    weak: frozenset
    fee_rx: re.Pattern | None
    fee_division: str
    conduct_rx: re.Pattern | None


@lru_cache(maxsize=1)
def _extra() -> _Extra:
    import tomllib
    from pipeline.extract.vocab import VOCAB_FILE

    with open(VOCAB_FILE, "rb") as fh:
        data = tomllib.load(fh).get("routing", {})
    phrases = tuple((p.casefold(), code) for code, words in data.get("phrases", {}).items() for p in words)
    tw = sorted(data.get("training_words", []), key=len, reverse=True)
    fees = data.get("fee_patterns", [])
    conduct = data.get("conduct_words", [])
    return _Extra(
        phrases=phrases,
        training_rx=_cues(tw) if tw else None,   # not scanned when no word of the text opens a training phrase
        training_division=data.get("training_division", "kompetensi"),
        training_span=int(data.get("training_span", 6)),
        weak=frozenset(w.casefold() for w in data.get("weak", [])),
        fee_rx=re.compile("|".join(f"(?:{p})" for p in fees)) if fees else None,
        fee_division=data.get("fee_division", "sekretariat"),
        conduct_rx=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w.casefold()) for w in conduct) + r")(?!\w)")
        if conduct else None,
    )


@lru_cache(maxsize=16)
def _pattern(keywords: tuple[tuple[str, str], ...]) -> re.Pattern:
    # longest first, as a trie (vocab._alt): re tries a plain alternation word by word at every position
    return re.compile(r"(?<!\w)(" + _alt(k for k, _ in keywords) + r")(?!\w)")


@lru_cache(maxsize=16)
def _rules(divisions: tuple[Division, ...]):
    codes = {d.code for d in divisions}
    pairs = tuple((k.casefold(), d.code) for d in divisions for k in d.keywords if k.strip())
    pairs += tuple((k, c) for k, c in _extra().phrases if c in codes)
    owners: dict[str, list[str]] = {}
    for k, code in pairs:
        if code not in owners.setdefault(k, []):
            owners[k].append(code)
    return (_pattern(pairs) if pairs else None), owners


def _training_spans(low: str, ex: _Extra) -> list[tuple[int, int]]:
    spans = []
    if ex.training_rx is None:
        return spans
    for m in ex.training_rx.finditer(low):
        end = m.end()
        for _ in range(ex.training_span):
            nxt = re.match(r"\s+[\w-]+", low[end:])
            if not nxt:
                break
            end += nxt.end()
        spans.append((m.start(), end))
    return spans


def route(text: str, divisions: Sequence[Division]) -> Route:
    """Score each division by its keywords and phrases (a keyword weighs its number of words).

    Illegal fees go to the fee division whatever service is named; a keyword
    inside a training phrase ("Pelatihan Dasar CPNS") counts for training;
    generic words ("petugas") count half, so they alone name no topic.
    """
    divisions = tuple(divisions)
    rx, owners = _rules(divisions)
    if rx is None or not text:
        return Route(None, (), {})
    ex = _extra()
    low = text.casefold()
    codes = {d.code for d in divisions}
    if ex.fee_rx is not None and ex.fee_division in codes:
        fee = ex.fee_rx.search(low)
        if fee:
            return Route(ex.fee_division, ("illegal fee: " + fee.group(0)[:60],), {ex.fee_division: 99.0})
        # staff conduct goes there too, whatever service the writer came for (procedure-id.md's rule of thumb)
        rude = ex.conduct_rx.search(low) if ex.conduct_rx is not None else None
        if rude:
            return Route(ex.fee_division, ("staff conduct: " + rude.group(0),), {ex.fee_division: 98.0})
    spans = _training_spans(low, ex) if ex.training_division in codes else []
    counts: dict[tuple[str, str | None], int] = {}
    for m in rx.finditer(low):
        word = m.group(1)
        in_training = any(a <= m.start() and m.end() <= b for a, b in spans) and \
            ex.training_division not in owners[word]
        key = (word, ex.training_division if in_training else None)
        counts[key] = counts.get(key, 0) + 1
    scores: dict[str, float] = {d.code: 0.0 for d in divisions}
    matched: dict[str, list[str]] = {d.code: [] for d in divisions}
    for (word, moved), c in counts.items():
        weight = 0.5 if word in ex.weak else float(len(word.split()))
        for code in ([moved] if moved else owners[word]):
            scores[code] += min(c, MAX_PER_KEYWORD) * weight
            if word not in matched[code]:
                matched[code].append(word)
    prio = {d.code: d.priority for d in divisions}
    best = max(divisions, key=lambda d: (scores[d.code], prio[d.code]))
    if scores[best.code] < 1:
        return Route(None, (), scores)
    return Route(best.code, tuple(matched[best.code]), scores)
