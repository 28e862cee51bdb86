"""Is a message machine-written (auto-reply, bounce, list mail)? Never a complaint, never answered."""

from __future__ import annotations

import re

from pipeline.extract.normalize import split_mail
from pipeline.parse.document import Document

# Body cues, used only together with a subject that is a reply to us: an
# out-of-office text quoting our own acknowledgement.
_BODY_OOO = re.compile(r"\b(?:out of (?:the )?office|sedang (?:di ?luar kantor|dinas luar)|"
                       r"tidak dapat membalas email|will be back|akan kembali (?:pada|tanggal)|"
                       r"this is an automatic|pesan ini dikirim (?:secara )?otomatis|balasan otomatis|"
                       r"automatic reply)\b", re.IGNORECASE)


# An out-of-office text is a few lines; a citizen who answers our acknowledgement with the whole letter
# ("Menindaklanjuti balasan otomatis di bawah ini, berikut pengaduan saya ...") writes far more.
MAX_AUTO_TEXT = 800


def auto_reply_reasons(doc: Document, own_text: str | None = None) -> list[str]:
    """`own_text`: the reply's own wording without what it quotes, when the caller has split the mail already."""
    h = doc.headers
    if h is None:
        return []
    reasons = list(h.auto_reply_reasons)
    if not reasons and re.match(r"^\s*(?:re|aw|balas)\s*:", h.subject or "", re.IGNORECASE):
        own = split_mail(doc.text).main if own_text is None else own_text   # not the wording of what it quotes
        if len(own) <= MAX_AUTO_TEXT and _BODY_OOO.search(own):
            reasons.append("out-of-office wording in a reply")
    return reasons
