"""SmtpSender against a real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import socket
import ssl
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.config import Smtp
from pipeline.errors import PermanentSendError, SendError
from pipeline.notify.smtp import SmtpSender
from servers import SmtpServer, smtp_server, smtp_session_server  # noqa: F401  (fixtures)


def outgoing(n: int = 1, *, body: str = "Pengaduan Anda telah kami terima.\nNomor: PGD-2026-0001\n") -> bytes:
    msg = EmailMessage()
    msg["From"] = "pengaduan@example.go.id"
    msg["To"] = "budi@example.com"
    msg["Subject"] = "Pengaduan Anda telah kami terima"
    msg["Message-ID"] = f"<pengaduan.{n}.pgd@example.go.id>"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return bytes(msg)   # LF line endings, as the outbox stores them


def sender_for(server: SmtpServer, **kw) -> SmtpSender:
    return SmtpSender(Smtp(host="127.0.0.1", port=server.port, security=kw.pop("security", "none"),
                           timeout_seconds=kw.pop("timeout_seconds", 5), **kw))


def send(sender: SmtpSender, raw: bytes, n: int = 1) -> None:
    sender.send(raw, from_address="pengaduan@example.go.id", to_address="budi@example.com",
                message_id=f"<pengaduan.{n}.pgd@example.go.id>")


def test_sends_the_stored_bytes_with_crlf_over_one_connection(smtp_server):
    """GIVEN three outbox messages with bare-LF line endings and non-ASCII text
    WHEN they are sent THEN the server receives each once, CRLF-correct and otherwise
    byte-identical, over a single connection."""
    sender = sender_for(smtp_server)
    raws = [outgoing(n, body=f"Terima kasih, Bapak/Ibu — nomor {n}.\n") for n in (1, 2, 3)]
    for n, raw in enumerate(raws, 1):
        send(sender, raw, n)
    sender.close()

    got = smtp_server.capture.messages
    assert [m.data for m in got] == [raw.replace(b"\n", b"\r\n") for raw in raws]
    assert [m.rcpt_tos for m in got] == [["budi@example.com"]] * 3
    assert smtp_server.capture.message_ids() == [f"<pengaduan.{n}.pgd@example.go.id>" for n in (1, 2, 3)]
    assert smtp_server.capture.connections == 1
    assert sender.description.startswith("smtp")


def test_temporary_refusal_is_a_send_error(smtp_server):
    """GIVEN a server answering 451 WHEN a message is sent THEN SendError (retried later) with the reason."""
    smtp_server.capture.answer = "451 4.3.0 Mailbox temporarily unavailable"
    with pytest.raises(SendError, match="451 4.3.0 Mailbox temporarily unavailable") as info:
        send(sender_for(smtp_server), outgoing())
    assert not isinstance(info.value, PermanentSendError)


def test_permanent_refusal_carries_the_servers_reason(smtp_server):
    """GIVEN a server that refuses the recipient with 550 WHEN a message is sent
    THEN PermanentSendError with the server's words; the connection stays usable."""
    smtp_server.capture.refuse_rcpt = "550 5.1.1 User unknown"
    sender = sender_for(smtp_server)
    with pytest.raises(PermanentSendError, match="recipient budi@example.com: 550 5.1.1 User unknown"):
        send(sender, outgoing())
    smtp_server.capture.refuse_rcpt = None
    send(sender, outgoing(2), 2)
    assert smtp_server.capture.message_ids() == ["<pengaduan.2.pgd@example.go.id>"]
    assert smtp_server.capture.connections == 1


def test_server_down_is_temporary():
    """GIVEN nothing listening WHEN a message is sent THEN SendError names the connect step."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sender = SmtpSender(Smtp(host="127.0.0.1", port=port, security="none", timeout_seconds=2))
    with pytest.raises(SendError, match=rf"connecting to 127\.0\.0\.1:{port}"):
        send(sender, outgoing())


def test_a_connection_closed_while_idle_is_reopened(smtp_server):
    """GIVEN a kept connection the server has dropped WHEN the next message is sent
    THEN the sender notices (NOOP), reconnects, and the message is delivered once."""
    sender = sender_for(smtp_server)
    send(sender, outgoing(1), 1)
    sender._conn.sock.shutdown(socket.SHUT_RDWR)
    send(sender, outgoing(2), 2)
    assert smtp_server.capture.message_ids() == ["<pengaduan.1.pgd@example.go.id>", "<pengaduan.2.pgd@example.go.id>"]
    assert smtp_server.capture.connections == 2


@pytest.fixture
def tls_files(tmp_path) -> tuple[Path, Path]:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=localhost", "-addext",
                    "subjectAltName=IP:127.0.0.1,DNS:localhost"], check=True, capture_output=True)
    return key, cert


def test_starttls_is_verified_by_default_and_trusts_a_given_ca(tls_files):
    """GIVEN an SMTP server with STARTTLS and a self-signed certificate
    WHEN we send without a CA file THEN the certificate is refused (SendError);
    WHEN the agency's CA file is configured THEN the message goes through."""
    key, cert = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server = SmtpServer(tls_context=context, require_starttls=True)
    server.start()
    try:
        with pytest.raises(SendError, match="STARTTLS: .*CERTIFICATE_VERIFY_FAILED"):
            send(sender_for(server, security="starttls"), outgoing())
        trusted = sender_for(server, security="starttls", ca_file=cert)
        send(trusted, outgoing())
        trusted.close()
        assert server.capture.message_ids() == ["<pengaduan.1.pgd@example.go.id>"]
    finally:
        server.stop()
