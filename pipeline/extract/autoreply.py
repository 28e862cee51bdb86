"""Is a message machine-written (auto-reply, bounce, list mail)? Never a complaint, never answered."""

from __future__ import annotations

import re

from pipeline.parse.document import Document

# Body cues, used only together with a subject that is a reply to us: an
# out-of-office text quoting our own acknowledgement.
_BODY_OOO = re.compile(r"\b(?:out of (?:the )?office|sedang (?:di ?luar kantor|dinas luar)|"
                       r"tidak dapat membalas email|will be back|akan kembali (?:pada|tanggal)|"
                       r"this is an automatic|pesan ini dikirim (?:secara )?otomatis|balasan otomatis|"
                       r"automatic reply)\b", re.IGNORECASE)


def auto_reply_reasons(doc: Document) -> list[str]:
    h = doc.headers
    if h is None:
        return []
    reasons = list(h.auto_reply_reasons)
    if not reasons and re.match(r"^\s*(?:re|aw|balas)\s*:", h.subject or "", re.IGNORECASE) \
            and _BODY_OOO.search(doc.text[:2000]):
        reasons.append("out-of-office wording in a reply")
    return reasons
