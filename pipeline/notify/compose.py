"""Build outgoing MIME messages. Only validated addresses and our own text reach headers."""

from __future__ import annotations

import re
import secrets
import time
from email._policybase import Compat32
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
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
# compat32 rather than the default policy: the default one parses every header
# through the header registry again on output, which made composing an
# acknowledgement (~3 ms) the largest single cost of filing a mail. A folded
# Subject ("Subject:\n [ADU-...] ...") shows with a leading space and hides the
# ticket token from naive subject filters; RFC 5322 allows 998 characters and
# our subjects are far shorter, so they are never folded.
class _ComposePolicy(Compat32):
    """compat32, with plain short ASCII header values written as they are.

    compat32 runs every header through `Header.encode`, which costs ~0.15 ms a
    header (about half of composing a message). For a value that is ASCII and
    fits on one line that algorithm returns the value unchanged, so it is
    skipped; anything else (an RFC 2047 `Header`, a long value) goes through it.
    """

    def _fold(self, name, value, sanitize):
        if (isinstance(value, str) and value.isascii() and "\r" not in value and "\n" not in value
                and len(name) + len(value) + 2 <= self.max_line_length):
            return f"{name}: {value}{self.linesep}"
        return super()._fold(name, value, sanitize)


COMPOSE_POLICY = _ComposePolicy(linesep="\r\n", max_line_length=998)
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


def message_id_for(kind: str, ticket: str | None, from_address: str) -> str:
    """A new, unique Message-ID, made before the outbox row is inserted and stored
    with it, so a resend of the row carries the same ID. It starts with the
    time in nanoseconds, so IDs (and the pickup folder's file names) sort in
    the order the messages were queued."""
    domain = from_address.rsplit("@", 1)[-1]
    tag = (ticket or "x").lower()
    return f"<pengaduan.{time.time_ns():020d}.{secrets.token_hex(4)}.{tag}.{kind}@{domain}>"


def build_message(*, from_address: str, from_name: str, to_address: str, subject: str, text: str,
                  html: str | None, message_id: str, date: datetime, in_reply_to: str | None = None,
                  references: Sequence[str] = (), extra_headers: dict[str, str] | None = None) -> bytes:
    """The message as bytes (CRLF), ready to store in the outbox and send as is."""
    headers = {
        "From": formataddr((from_name, from_address), charset="utf-8"),
        "To": to_address,
        "Subject": subject,
        "Date": format_datetime(date),
        "Message-ID": message_id,
    }
    refs = clean_message_ids(list(references))
    reply_to = clean_message_ids([in_reply_to])
    if reply_to:
        headers["In-Reply-To"] = reply_to[0]
        if reply_to[0] not in refs:
            refs.append(reply_to[0])
    if refs:
        headers["References"] = " ".join(refs[-20:])
    headers.update(extra_headers or {})
    body = MIMEText(text, "plain", "utf-8", policy=COMPOSE_POLICY)
    if html:
        # Our own boundary: the generator would otherwise compile a regex per
        # message to check that its random one is absent from the parts. Both
        # parts are base64 (utf-8), whose alphabet has no "_", so "=_" cannot occur.
        msg = MIMEMultipart("alternative", boundary=f"=_{secrets.token_hex(12)}", policy=COMPOSE_POLICY)
        msg.attach(body)
        msg.attach(MIMEText(html, "html", "utf-8", policy=COMPOSE_POLICY))
    else:
        msg = body
    for key, value in headers.items():
        # compat32 neither validates nor encodes header values: no line breaks
        # may pass (header injection), and non-ASCII text is RFC 2047 encoded.
        if "\r" in value or "\n" in value:
            raise ValueError(f"line break in the {key} header")
        msg[key] = value if value.isascii() else Header(value, "utf-8", header_name=key)
    return msg.as_bytes()
