"""Division routing: keyword rules from the Division values (config.toml's [[division]] tables).

Each division scores the number of times its keywords occur in the letter
(longest keyword first, each stretch of text counted once, at most 3 times
per keyword so one repeated word cannot outvote a topic). The highest score
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
    scores: dict[str, int]


@lru_cache(maxsize=16)
def _pattern(keywords: tuple[tuple[str, str], ...]) -> re.Pattern:
    words = sorted({k for k, _ in keywords}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


@lru_cache(maxsize=16)
def _rules(divisions: tuple[Division, ...]):
    pairs = tuple((k.casefold(), d.code) for d in divisions for k in d.keywords if k.strip())
    owners: dict[str, list[str]] = {}
    for k, code in pairs:
        owners.setdefault(k, []).append(code)
    return (_pattern(pairs) if pairs else None), owners


def route(text: str, divisions: Sequence[Division]) -> Route:
    divisions = tuple(divisions)
    rx, owners = _rules(divisions)
    if rx is None or not text:
        return Route(None, (), {})
    counts: dict[str, int] = {}
    for m in rx.finditer(text.casefold()):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    scores: dict[str, int] = {d.code: 0 for d in divisions}
    matched: dict[str, list[str]] = {d.code: [] for d in divisions}
    for word, c in counts.items():
        for code in owners[word]:
            scores[code] += min(c, MAX_PER_KEYWORD)
            matched[code].append(word)
    prio = {d.code: d.priority for d in divisions}
    best = max(divisions, key=lambda d: (scores[d.code], prio[d.code]))
    if scores[best.code] == 0:
        return Route(None, (), scores)
    return Route(best.code, tuple(matched[best.code]), scores)
