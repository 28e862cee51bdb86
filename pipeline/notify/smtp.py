"""Hand outgoing mail to an SMTP server (smtplib), mapping its answers to our errors.

    4xx, a dropped connection, a timeout, a TLS or login failure  -> SendError (retried)
    5xx for this message (sender, recipient or content refused)   -> PermanentSendError (the server's reason)

A login or TLS failure is the server's or our configuration's fault, never the
message's, so it is retried rather than failing the row for good.

One connection serves every message of a cycle; a connection the server
closed while idle is noticed by NOOP and opened again before the message is
sent, so a message is never given twice to a half-dead connection.

The raw bytes are sent as stored in the outbox, with line endings made CRLF
(smtplib leaves bytes alone; bare LF lines are refused by some servers).

A crash after the server accepted a message and before the outbox row is
marked sent delivers it again on the next run, with the same Message-ID; the
outbox's crash points `sending` / `sent` (pipeline/crashpoints.py) test that window.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl

from pipeline.config import Smtp
from pipeline.errors import PermanentSendError, SendError

log = logging.getLogger(__name__)

_EOL = re.compile(rb"\r\n|\r|\n")


class SmtpSender:
    def __init__(self, smtp: Smtp):
        self.smtp = smtp
        self.description = f"smtp {smtp.host}:{smtp.port} ({smtp.security})"
        self._conn: smtplib.SMTP | None = None

    # ------------------------------------------------------------------ sending
    def send(self, raw: bytes, *, from_address: str, to_address: str, message_id: str) -> None:
        data = _crlf(raw)
        conn = self._connection()
        options = []
        if not data.isascii() and conn.has_extn("8bitmime"):
            options.append("BODY=8BITMIME")
        if not (from_address + to_address).isascii():
            if not conn.has_extn("smtputf8"):
                raise PermanentSendError(f"{to_address}: the server cannot take non-ASCII addresses (no SMTPUTF8)")
            options.append("SMTPUTF8")
        try:
            conn.sendmail(from_address, [to_address], data, mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            code, reason = next(iter(exc.recipients.values()), (0, b""))
            raise self._refused(code, reason, f"recipient {to_address}") from exc
        except smtplib.SMTPResponseException as exc:   # sender refused, data refused, ...
            raise self._refused(exc.smtp_code, exc.smtp_error, message_id) from exc
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            raise SendError(f"{self.description}: connection lost while sending {message_id}: {_one_line(exc)}") from exc
        # The server has the message; the caller marks the row sent at once.
        # A crash before that commit is the only window for a second copy.

    def _refused(self, code: int, reason, what: str) -> SendError:
        text = reason.decode(errors="replace") if isinstance(reason, bytes) else str(reason)
        message = f"{what}: {code} {' '.join(text.split())}".strip()
        if code == 421 or code < 400:   # 421: the server is closing the connection
            self._drop()
        if 500 <= code < 600:
            return PermanentSendError(message)
        return SendError(message)

    # ------------------------------------------------------------------ the connection
    def _connection(self) -> smtplib.SMTP:
        if self._conn is not None:
            try:
                code, _ = self._conn.noop()
                if code == 250:
                    return self._conn
            except (smtplib.SMTPException, OSError):
                pass
            log.info("%s: the kept connection is gone; reconnecting", self.description)
            self._drop()
        self._conn = self._open()
        return self._conn

    def _open(self) -> smtplib.SMTP:
        s = self.smtp
        step = f"connecting to {s.host}:{s.port}"
        conn = None
        try:
            context = None
            if s.security in ("ssl", "starttls"):
                context = ssl.create_default_context(cafile=str(s.ca_file) if s.ca_file else None)
            if s.security == "ssl":
                conn = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=context)
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
            step = "EHLO"
            conn.ehlo()
            if s.security == "starttls":
                step = "STARTTLS"
                conn.starttls(context=context)
                conn.ehlo()
            if s.user:
                step = f"logging in as {s.user}"
                conn.login(s.user, s.password())
        except (smtplib.SMTPException, OSError) as exc:
            if conn is not None:
                _close_quietly(conn)
            raise SendError(f"{self.description}: {step}: {_one_line(exc)}") from exc
        return conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            _close_quietly(conn)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            _close_quietly(conn)


def _crlf(raw: bytes) -> bytes:
    data = _EOL.sub(b"\r\n", raw)
    return data if data.endswith(b"\r\n") else data + b"\r\n"


def _close_quietly(conn: smtplib.SMTP) -> None:
    try:
        conn.close()
    except OSError:
        pass


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"{exc.smtp_code} {' '.join(text.split())}"
    if isinstance(exc, TimeoutError):
        return "timed out"
    return " ".join((str(exc) or type(exc).__name__).split())[:300]
