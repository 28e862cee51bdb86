"""Printable papers for letters whose writer gave no e-mail address.

A receipt (tanda terima) when a scanned letter is filed, and a response letter
when the agency answers it. Both are single A4 HTML pages with print CSS, in
`[scans] receipts_dir`, for an officer to print and hand over or post.
Indonesian first, English below. Files are written atomically (a half-written
receipt is never left for the printer) and named after the ticket.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from pipeline import TEMPLATES_DIR
from pipeline.notify.render import MONTHS_ID, tanggal

# Short names of the procedure's items, as a receipt lists them.
ITEM_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Nama lengkap", "Full name"),
    "address": ("Alamat lengkap", "Full address"),
    "service_description": ("Uraian pelayanan yang tidak sesuai standar",
                            "Description of the service that did not meet the standard"),
    "loss": ("Uraian kerugian materiel/immateriel", "Description of the material/immaterial loss"),
    "requested_resolution": ("Permintaan penyelesaian", "Requested resolution"),
    "place": ("Tempat penyampaian", "Place of the letter"),
    "date": ("Waktu penyampaian", "Date of the letter"),
    "signed": ("Tanda tangan", "Signature"),
    "email": ("Alamat e-mail", "E-mail address"),
    "phone": ("Nomor telepon", "Phone number"),
    "nik": ("NIK", "National ID number (NIK)"),
}
CHANNELS = {"scan": ("surat tertulis (dipindai)", "paper letter (scanned)"),
            "email": ("e-mail", "e-mail")}
_ZONE_ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
                       "Asia/Jayapura": "WIT"}


def write_receipt(receipts_dir: Path, *, ticket: str, received_at: datetime, channel: str,
                  items_received: list[str], missing: list[str], due: date | None,
                  agency_name: str, timezone: str = "Asia/Jakarta") -> Path:
    """Write `<ticket>-tanda-terima.html` in receipts_dir and return its path.

    `items_received` and `missing` are field keys (shown by their procedure
    names) or any other words (shown as given); `received_at` is shown in
    `timezone` (the [deadline] timezone of the config)."""
    if received_at.tzinfo is None:  # the store keeps UTC; SQLite hands it back naive
        received_at = received_at.replace(tzinfo=UTC)
    local = received_at.astimezone(ZoneInfo(timezone))
    html = _env().get_template("receipt.html.j2").render(
        ticket=ticket,
        agency=agency_name,
        received_id=f"{tanggal(local)}, pukul {local:%H.%M} {_ZONE_ABBREVIATIONS.get(timezone, '')}".rstrip(),
        received_en=f"{local:%A}, {local.day} {local:%B %Y}, {local:%H:%M} ({timezone})",
        channel=CHANNELS.get(channel, (channel, channel)),
        received=[_label(k) for k in items_received],
        missing=[_label(k) for k in missing],
        due_id=tanggal(due) if due else None,
        due_en=f"{due:%A}, {due.day} {due:%B %Y}" if due else None,
        printed_id=_tanggal_pendek(local.date()),
    )
    return _write(Path(receipts_dir), f"{_safe(ticket)}-tanda-terima.html", html)


def write_response_letter(receipts_dir: Path, *, ticket: str, name: str | None,
                          address: str | None, response_text: str, agency_name: str,
                          date: date, place: str = "") -> Path:
    """Write `<ticket>-surat-tanggapan.html`: the agency's answer as a letter to post."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", response_text.strip()) if p.strip()]
    html = _env().get_template("response_letter.html.j2").render(
        ticket=ticket, agency=agency_name, name=name or "Bapak/Ibu Pengadu",
        address_lines=[ln.strip() for ln in (address or "").splitlines() if ln.strip()],
        paragraphs=[p.splitlines() for p in paragraphs],
        dated=f"{place + ', ' if place else ''}{_tanggal_pendek(date)}",
    )
    return _write(Path(receipts_dir), f"{_safe(ticket)}-surat-tanggapan.html", html)


def _label(key: str) -> dict[str, str]:
    id_, en = ITEM_LABELS.get(key, (key, key))
    return {"id": id_, "en": en}


def _tanggal_pendek(d: date) -> str:
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def _safe(ticket: str) -> str:
    """A ticket as a file name: never a path, never hidden."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", ticket).strip("._") or "tiket"
    return name[:80]


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), undefined=StrictUndefined,
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                       lstrip_blocks=True)
