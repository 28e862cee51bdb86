"""The result of extraction: fields, verdict, evidence, and its JSON and explanation."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.letter import Found
from pipeline.validate import ALL_FIELDS, REQUIRED_FIELDS

_WHY_MISSING = {
    "name": "no 'Nama' label, no name in the opening sentence, no name below the closing",
    "address": "no 'Alamat' label and no address phrase ('beralamat di ...') with street/village words",
    "service_description": "no heading such as 'Uraian'/'Kronologi' and no narrative sentences in the body",
    "loss": "no heading such as 'Kerugian'/'Dampak' and no sentence with a loss cue "
            "('akibatnya', 'dirugikan', 'kehilangan', 'as a result')",
    "requested_resolution": "no heading such as 'Permintaan penyelesaian'/'Harapan' and no sentence opening "
                            "with a request ('mohon', 'saya meminta', 'kami berharap', 'please')",
    "place": "no place-and-date line such as 'Bangil, 12 November 2026'",
    "date": "no date line in the letter and no Date header",
    "signed": "no signature found",
}
_LABELS = {"name": "Name", "address": "Address", "service_description": "Service description",
           "loss": "Loss", "requested_resolution": "Requested resolution", "place": "Place", "date": "Date",
           "signed": "Signed", "email": "E-mail", "phone": "Phone", "nik": "NIK"}


@dataclass
class Extraction:
    source: str
    fields: dict
    missing: list[str]
    complete: bool
    auto_reply: bool = False
    auto_reply_reasons: list[str] = field(default_factory=list)
    division: str | None = None
    division_reason: list[str] = field(default_factory=list)
    division_scores: dict[str, float] = field(default_factory=dict)
    ocr: bool = False
    evidence: dict[str, Found] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """Exactly the object of `pengaduan extract --json` (DESIGN.md)."""
        fields = {}
        for k in ALL_FIELDS:
            v = self.fields.get(k)
            if k == "signed":
                fields[k] = bool(v)
            else:
                fields[k] = v if isinstance(v, str) and v.strip() else None
        return {"source": self.source, "fields": fields, "missing": list(self.missing),
                "complete": bool(self.complete), "auto_reply": bool(self.auto_reply),
                "division": self.division, "ocr": bool(self.ocr)}

    def explain(self) -> str:
        """For officers: what was found for each field, where, and why a missing one counts as missing."""
        out = [f"Source: {self.source}{' (text read by OCR)' if self.ocr else ''}"]
        if self.auto_reply:
            out.append("AUTO-REPLY: not a complaint, never answered (" + "; ".join(self.auto_reply_reasons) + ")")
        verdict = "complete" if self.complete else "incomplete, missing: " + ", ".join(self.missing)
        out.append(f"Verdict: {verdict}")
        out.append("")
        for k in ALL_FIELDS:
            ev = self.evidence.get(k)
            v = self.fields.get(k)
            tag = "required" if k in REQUIRED_FIELDS else "optional"
            head = f"{_LABELS[k]} [{tag}]"
            if k == "signed":
                out.append(f"{head}: {'yes' if v else 'NO'}")
                if ev:
                    out.append(f"    rule: {ev.rule}")
                    if ev.span.strip():
                        out.append(f"    found: {_short(ev.span)}")
                if not v:
                    out.append("    why missing: " + ("for a PDF/scan, no handwriting or drawing above the printed "
                                                     "name; for an e-mail, no closing ('Hormat saya,', 'Salam,', "
                                                     "'Terima kasih,') followed by a name"))
                continue
            if v is None:
                line = f"{head}: MISSING" if k in REQUIRED_FIELDS else f"{head}: none"
                out.append(line)
                if k in REQUIRED_FIELDS:
                    out.append(f"    why missing: {_WHY_MISSING[k]}")
                continue
            out.append(f"{head}: {_short(str(v), 160)}")
            if ev:
                out.append(f"    rule: {ev.rule} (confidence {ev.confidence:.2f})")
                out.append(f"    found: {_short(ev.span)}")
        out.append("")
        if self.division:
            out.append(f"Division: {self.division} (matched: {', '.join(self.division_reason)})")
        else:
            out.append("Division: none (no routing keyword found; the desk assigns it)")
        if self.division_scores:
            out.append("    scores: " + ", ".join(f"{c}={s}" for c, s in self.division_scores.items()))
        for note in self.notes:
            out.append(f"Note: {note}")
        return "\n".join(out)


def _short(s: str, n: int = 120) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."
