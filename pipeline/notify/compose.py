"""Build outgoing MIME messages. Only validated addresses and our own text reach headers."""

from __future__ import annotations

import re
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from datetime import datetime
from typing import Sequence

# RFC 3834 and the de-facto headers other ticket systems honour, so that the
# citizen's mail server and autoresponders never answer our automatic mail.
AUTO_REPLY_HEADERS = {
    "Auto-Submitted": "auto-replied",
    "X-Auto-Response-Suppress": "All",
    "Precedence": "auto_reply",
}
AUTO_GENERATED_HEADERS = {
    "Auto-Submitted": "auto-generated",
    "X-Auto-Response-Suppress": "All",
}
# Python's folder moves a long unstructured Subject whole onto a continuation
# line ("Subject:\n [ADU-...] ..."), which clients show with a leading space
# and which hides the ticket token from naive subject filters. RFC 5322 allows
# 998 characters; our subjects are far shorter, so they are never folded.
COMPOSE_POLICY = email_policy.default.clone(max_line_length=998)
_ADDR_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_MSGID_RE = re.compile(r"^<[^<>\s]+@[^<>\s]+>$")


def clean_address(value: str | None) -> str | None:
    """A bare, plausible address, or None. Display names are dropped on purpose."""
    if not value or "\r" in value or "\n" in value:
        return None
    addr = parseaddr(value)[1].strip()
    return addr if _ADDR_RE.match(addr) else None


def clean_message_ids(values: Sequence[str | None]) -> list[str]:
    return [v for v in values if v and _MSGID_RE.match(v)]


def message_id_for(outbox_id: int, ticket: str | None, from_address: str) -> str:
    """Derived from the outbox row, so a resend of the row carries the same ID."""
    domain = from_address.rsplit("@", 1)[-1]
    tag = (ticket or "x").lower()
    return f"<pengaduan.{outbox_id}.{tag}@{domain}>"


def build_message(*, from_address: str, from_name: str, to_address: str, subject: str, text: str,
                  html: str | None, message_id: str, date: datetime, in_reply_to: str | None = None,
                  references: Sequence[str] = (), extra_headers: dict[str, str] | None = None) -> EmailMessage:
    msg = EmailMessage(policy=COMPOSE_POLICY)
    msg["From"] = Address(display_name=from_name, addr_spec=from_address)
    msg["To"] = to_address
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    refs = clean_message_ids(list(references))
    reply_to = clean_message_ids([in_reply_to])
    if reply_to:
        msg["In-Reply-To"] = reply_to[0]
        if reply_to[0] not in refs:
            refs.append(reply_to[0])
    if refs:
        msg["References"] = " ".join(refs[-20:])
    for key, value in (extra_headers or {}).items():
        msg[key] = value
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg
