"""A plain regex extractor: the floor issue 2 asks the real one to clearly beat.

    scripts/score tests/extract/heldout2 --cmd ".venv/bin/python bench/regex_baseline.py"

It reads the e-mail body (first text part), takes `Label: value` lines for the
labelled fields, the first "Place, DD Month YYYY" line, any 08… phone and
16-digit NIK, and calls the letter signed when a closing word is followed by a
line. No structure, no cue phrases, no routing beyond one keyword per division.
"""

import email
import json
import re
import sys
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

MONTHS = {m: i + 1 for i, m in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                          "september", "oktober", "november", "desember"])}
LABELS = {"name": r"nama", "address": r"alamat", "service_description": r"uraian[^:\n]*",
          "loss": r"kerugian[^:\n]*", "requested_resolution": r"permintaan[^:\n]*"}
REQUIRED = ["name", "address", "service_description", "loss", "requested_resolution", "place", "date", "signed"]
KEYWORDS = {"sekretariat": "pungli", "pengadaan": "pensiun", "mutasi": "pangkat", "kompetensi": "diklat",
            "kinerja": "cuti"}


def main(path: str) -> int:
    try:
        msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        part = msg.get_body(("plain", "html"))
        text = part.get_content() if part else ""
    except Exception as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 3
    fields = {k: None for k in ["name", "address", "service_description", "loss", "requested_resolution", "place",
                                "date", "signed", "email", "phone", "nik"]}
    for key, label in LABELS.items():
        m = re.search(rf"(?im)^\s*(?:\d+\.\s*)?{label}\s*:\s*(.*(?:\n(?!\s*\n).*)*)", text)
        if m and m.group(1).strip():
            fields[key] = " ".join(m.group(1).split())
    m = re.search(r"(?im)^\s*([A-Z][a-z]+),\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if m and m.group(3).lower() in MONTHS:
        fields["place"] = m.group(1)
        fields["date"] = f"{m.group(4)}-{MONTHS[m.group(3).lower()]:02d}-{int(m.group(2)):02d}"
    elif msg["Date"]:
        fields["date"] = parsedate_to_datetime(msg["Date"]).date().isoformat()
    fields["signed"] = bool(re.search(r"(?im)^\s*(hormat saya|salam|terima kasih)[,.]?\s*\n\s*\S", text))
    fields["email"] = parseaddr(msg["From"] or "")[1] or None
    phone = re.search(r"(?:\+62|62|0)8[\d\- ]{7,14}\d", text)
    fields["phone"] = ("0" + re.sub(r"\D", "", phone.group())[2:] if phone.group().startswith(("+62", "62"))
                       else re.sub(r"\D", "", phone.group())) if phone else None
    nik = re.search(r"\b\d{16}\b", text)
    fields["nik"] = nik.group() if nik else None
    missing = [k for k in REQUIRED if not fields[k]]
    auto = bool(msg["Auto-Submitted"] and msg["Auto-Submitted"].lower() != "no") or bool(msg["List-Id"])
    division = next((d for d, w in KEYWORDS.items() if w in text.lower()), None)
    print(json.dumps({"source": "email", "fields": fields, "missing": missing, "complete": not missing,
                      "auto_reply": auto, "division": division, "ocr": False}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
