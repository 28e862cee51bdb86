"""Jinja2 templates -> (plain text, HTML). Templates live in templates/ beside the package."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline import TEMPLATES_DIR

FIELD_LABELS_ID = {
    "name": "nama lengkap Anda",
    "address": "alamat lengkap Anda",
    "service_description": "uraian pelayanan yang tidak sesuai standar (apa yang terjadi, kapan, di mana)",
    "loss": "uraian kerugian materiel atau immateriel yang Anda alami",
    "requested_resolution": "permintaan penyelesaian (apa yang Anda minta kami lakukan)",
    "place": "tempat penulisan surat (misalnya \"Bangil, 12 November 2026\")",
    "date": "tanggal surat",
    "signed": "tanda tangan atau nama Anda di bawah salam penutup",
}
FIELD_LABELS_EN = {
    "name": "your full name",
    "address": "your full address",
    "service_description": "a description of the service that did not meet the standard",
    "loss": "a description of the material or immaterial loss you suffered",
    "requested_resolution": "the resolution you request",
    "place": "the place the letter was written",
    "date": "the date of the letter",
    "signed": "your signature, or your name under a closing",
}
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def tanggal(value: date | datetime | None) -> str:
    """A date as Indonesian letters write it: 'Jumat, 27 Maret 2026'."""
    if value is None:
        return "-"
    d = value.date() if isinstance(value, datetime) else value
    return f"{DAYS_ID[d.weekday()]}, {d.day} {MONTHS_ID[d.month - 1]} {d.year}"


@lru_cache(maxsize=2)
def _environment(autoescape: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), undefined=StrictUndefined,
                      autoescape=autoescape, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["tanggal"] = tanggal
    env.filters["label_id"] = lambda key: FIELD_LABELS_ID.get(key, key)
    env.filters["label_en"] = lambda key: FIELD_LABELS_EN.get(key, key)
    return env


def render(stem: str, **context) -> tuple[str, str]:
    """Render templates/<stem>.txt.j2 and templates/<stem>.html.j2."""
    text = _environment(False).get_template(f"{stem}.txt.j2").render(**context)
    html = _environment(True).get_template(f"{stem}.html.j2").render(**context)
    return text, html


def render_one(name: str, *, autoescape: bool = True, **context) -> str:
    return _environment(autoescape).get_template(name).render(**context)
