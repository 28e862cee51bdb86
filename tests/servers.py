"""Real mail servers for the tests, and the complaint mail they carry.

    Dovecot      a rootless Dovecot (Debian's dovecot-imapd) on a loopback high
                 port, with its own config, passwd-file and Maildir in a temp
                 folder; run as the `dovecot` user when we are root. Output goes
                 to a log file, stdin from /dev/null (an inherited pipe can hang
                 the test's subprocess.run).
    SmtpCapture  aiosmtpd on loopback in a thread, keeping every message it
                 accepts; `answer` switches it to refuse with 4xx/5xx.
    complaint_mail(n, ...)   varied, complete Indonesian complaint e-mails.

Test modules import the fixtures they use:
    from servers import dovecot, smtp_server   # noqa: F401  (pytest fixtures)
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import textwrap
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "rahasia-uji"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, up: bool = True, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                if up:
                    return
        except OSError:
            if not up:
                return
        time.sleep(0.02)
    raise RuntimeError(f"port {port} did not come {'up' if up else 'down'} in {timeout} s")


# ------------------------------------------------------------------ Dovecot
class Dovecot:
    """One rootless Dovecot with its own folder. `start()`/`stop()` may be repeated."""

    def __init__(self, root: Path, port: int | None = None, users: int = 200):
        self.root = Path(root)
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.users: set[str] = set()
        self.as_dovecot = os.geteuid() == 0
        run_user = pwd.getpwnam("dovecot") if self.as_dovecot else pwd.getpwuid(os.geteuid())
        self.uid, self.gid, self.run_user = run_user.pw_uid, run_user.pw_gid, run_user.pw_name
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self.passwd = self.root / "passwd"
        self._write_users(users)
        self.config = self.root / "dovecot.conf"
        self.log = self.root / "dovecot.log"
        self.config.write_text(self._config_text())
        self._chown()

    def _config_text(self) -> str:
        r = self.root
        return textwrap.dedent(f"""\
            protocols = imap
            listen = 127.0.0.1
            base_dir = {r}/run
            state_dir = {r}/state
            log_path = {r}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            auth_failure_delay = 0
            default_internal_user = {self.run_user}
            default_internal_group = {pwd.getpwuid(self.uid).pw_name}
            default_login_user = {self.run_user}
            first_valid_uid = 1
            mail_location = maildir:{r}/mail/%u
            namespace inbox {{
              inbox = yes
              separator = /
            }}
            passdb {{
              driver = passwd-file
              args = scheme=PLAIN {r}/passwd
            }}
            userdb {{
              driver = passwd-file
              args = {r}/passwd
              default_fields = uid={self.uid} gid={self.gid} home={r}/mail/%u
            }}
            service imap-login {{
              chroot =
              inet_listener imap {{
                address = 127.0.0.1
                port = {self.port}
              }}
              inet_listener imaps {{
                port = 0
              }}
            }}
            service anvil {{
              chroot =
            }}
            """)

    def _chown(self) -> None:
        if not self.as_dovecot:
            return
        for path in [self.root, *self.root.rglob("*")]:
            os.chown(path, self.uid, self.gid)

    def add_user(self, name: str) -> str:
        """Users are written once, before the start: Dovecot re-reads a changed
        passwd-file at most once a second, so a user added later may be unknown."""
        if name not in self.users:
            raise KeyError(f"{name}: not a user of this Dovecot ({len(self.users)} users: user1 ...)")
        return name

    def _write_users(self, count: int) -> None:
        self.passwd.write_text("".join(f"user{i}:{{PLAIN}}{PASSWORD}::::::\n" for i in range(1, count + 1)))
        self.users = {f"user{i}" for i in range(1, count + 1)}

    def start(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            return
        cmd = [DOVECOT, "-F", "-c", str(self.config)]
        if self.as_dovecot:
            cmd = ["setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", "--clear-groups", *cmd]
        with open(self.root / "stdout.log", "ab") as out:
            # Its own process group, so that stop() also ends the imap processes
            # serving open connections, as a real server going down does.
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        try:
            wait_port(self.port, up=True)
        except RuntimeError:
            raise RuntimeError(f"dovecot did not start: {self.log_text()[-2000:]}") from None

    def stop(self) -> None:
        if self.proc is None:
            return
        pgid = self.proc.pid   # start_new_session: the group is the master's pid
        try:
            os.killpg(pgid, signal.SIGTERM)
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(pgid, signal.SIGKILL)
            self.proc.wait(5)
        except ProcessLookupError:
            pass
        try:
            os.killpg(pgid, signal.SIGKILL)   # imap processes that outlived the master
        except ProcessLookupError:
            pass
        self.proc = None
        wait_port(self.port, up=False)

    def log_text(self) -> str:
        texts = [p.read_text(errors="replace") for p in (self.log, self.root / "stdout.log") if p.exists()]
        return "\n".join(texts)

    # -- a client for the tests (imap-tools, as a person's mail program would be)
    @contextmanager
    def mailbox(self, user: str):
        from imap_tools import MailBoxUnencrypted

        box = MailBoxUnencrypted("127.0.0.1", self.port, timeout=10)
        box.login(user, PASSWORD, initial_folder=None)
        try:
            yield box
        finally:
            try:
                box.logout()
            except Exception:
                pass

    def append(self, user: str, messages, folder: str = "INBOX", *, seen: bool = False) -> None:
        with self.mailbox(user) as box:
            if folder != "INBOX" and not box.folder.exists(folder):
                box.folder.create(folder)
            for data in messages:
                box.append(data, folder, flag_set=[r"\Seen"] if seen else None)

    def count(self, user: str, folder: str) -> int:
        with self.mailbox(user) as box:
            if not box.folder.exists(folder):
                return 0
            return box.folder.status(folder, ["MESSAGES"])["MESSAGES"]

    def messages(self, user: str, folder: str) -> list[bytes]:
        with self.mailbox(user) as box:
            if not box.folder.exists(folder):
                return []
            box.folder.set(folder)
            return [m.obj.as_bytes() for m in box.fetch(mark_seen=False, bulk=500)]

    def uidvalidity(self, user: str, folder: str) -> int:
        with self.mailbox(user) as box:
            return box.folder.status(folder, ["UIDVALIDITY"])["UIDVALIDITY"]


def dovecot_root() -> Path:
    """A folder the `dovecot` user can reach (pytest's tmp_path is root-only)."""
    root = Path(tempfile.mkdtemp(prefix="pengaduan-dovecot-"))
    os.chmod(root, 0o755)
    return root


@pytest.fixture(scope="session")
def dovecot():
    """One Dovecot for the session; each test takes its own user (its own Maildir)."""
    root = dovecot_root()
    server = Dovecot(root)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def own_dovecot():
    """A Dovecot of this test alone, not started (for tests that stop and start it)."""
    root = dovecot_root()
    server = Dovecot(root, users=5)
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


_user_counter = iter(range(1, 1_000_000))


@pytest.fixture
def imap_user(dovecot) -> str:
    return dovecot.add_user(f"user{next(_user_counter)}")


# ------------------------------------------------------------------ SMTP (aiosmtpd)
@dataclass
class Captured:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def headers(self):
        return BytesHeaderParser().parsebytes(self.data)

    @property
    def message_id(self) -> str:
        return (self.headers["Message-ID"] or "").strip()


@dataclass
class SmtpCapture:
    """What the SMTP server received. Set `answer` to e.g. "451 4.3.0 try later" to refuse at DATA."""

    messages: list[Captured] = field(default_factory=list)
    answer: str | None = None
    refuse_rcpt: str | None = None
    connections: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    # aiosmtpd handler hooks
    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with self.lock:
            self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.answer:
            return self.answer
        with self.lock:
            self.messages.append(Captured(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 Message accepted for delivery"

    def reset(self) -> None:
        with self.lock:
            self.messages.clear()
            self.connections = 0
        self.answer = self.refuse_rcpt = None

    def message_ids(self) -> list[str]:
        with self.lock:
            return [m.message_id for m in self.messages]


class SmtpServer:
    def __init__(self, port: int | None = None, **controller_kw):
        from aiosmtpd.controller import Controller

        self.port = port or free_port()
        self.capture = SmtpCapture()
        self.controller = Controller(self.capture, hostname="127.0.0.1", port=self.port, **controller_kw)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture(scope="session")
def smtp_session_server():
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_server(smtp_session_server) -> SmtpServer:
    smtp_session_server.capture.reset()
    yield smtp_session_server
    smtp_session_server.capture.reset()


# ------------------------------------------------------------------ complaint mail
WIB = timezone(timedelta(hours=7))
_NAMES = ["Budi Santoso", "Siti Aminah", "Drs. Agus Salim, M.Si.", "Dewi Lestari", "Rahmat Hidayat",
          "Ir. Wahyu Nugroho", "Nur Fadilah", "Bambang Suryadi, S.Pd.", "Endang Wulandari", "Yusuf Maulana"]
_STREETS = ["Jl. Raya Raci No. {n}, Bangil", "Jl. Kenanga No. {n}, Desa Gununggangsir, Beji",
            "Dusun Krajan RT 0{r}/RW 02, Desa Sukorejo, Kecamatan Gempol", "Perum Pesona Asri Blok C-{n}, Pandaan"]
_PLACES = ["Bangil", "Pasuruan", "Pandaan", "Gempol", "Beji"]
_TOPICS = [
    ("Pengajuan kenaikan pangkat saya periode April 2026 sudah lengkap di SIASN tetapi SK belum terbit.",
     "Saya kehilangan selisih gaji sekitar Rp 200.000 per bulan.",
     "Mohon SK kenaikan pangkat saya segera diterbitkan."),
    ("Usulan mutasi saya ke Dinas Pendidikan sudah disetujui kepala dinas tetapi tidak diproses sejak Juni.",
     "Saya harus menempuh perjalanan 60 km setiap hari sehingga biaya transport bertambah.",
     "Mohon usulan mutasi saya segera diproses."),
    ("Permohonan cuti melahirkan saya ditolak tanpa alasan tertulis oleh petugas layanan.",
     "Saya menanggung beban psikologis dan harus mengambil cuti tanpa gaji.",
     "Mohon permohonan cuti saya ditinjau ulang dan diberi penjelasan tertulis."),
    ("Data riwayat pendidikan saya di SIASN salah dan petugas tidak menanggapi permintaan perbaikan.",
     "Tunjangan saya tertunda karena data tidak sesuai.",
     "Mohon data saya diperbaiki sesuai ijazah yang telah saya serahkan."),
    ("Berkas pensiun saya sudah diserahkan lengkap sejak Maret tetapi SK pensiun belum terbit.",
     "Saya belum menerima uang pensiun selama tiga bulan.",
     "Mohon SK pensiun saya segera diterbitkan."),
]
_CLOSINGS = ["Hormat saya,", "Salam,", "Terima kasih,", "Hormat kami,", "Regards,"]


def complaint_text(n: int, name: str) -> str:
    service, loss, request = _TOPICS[n % len(_TOPICS)]
    street = _STREETS[n % len(_STREETS)].format(n=n + 1, r=n % 9 + 1)
    place = _PLACES[n % len(_PLACES)]
    day = 1 + n % 27
    return textwrap.dedent(f"""\
        Kepada Yth. Kepala BKPSDM Kabupaten Pasuruan

        Dengan hormat,
        Saya yang bertanda tangan di bawah ini:
        Nama   : {name}
        Alamat : {street}, Kabupaten Pasuruan
        No. HP : 0812-3456-{n:04d}

        Uraian pelayanan:
        {service}

        Kerugian:
        {loss}

        Permintaan penyelesaian:
        {request}

        {place}, {day} November 2026

        {_CLOSINGS[n % len(_CLOSINGS)]}
        {name}
        """)


def complaint_mail(n: int, *, sender: str | None = None, tag: str = "c", pdf: bytes | None = None,
                   headers: dict | None = None, body: str | None = None, subject: str | None = None) -> bytes:
    """A complete complaint e-mail, varied by `n` (names, topics, places, closings, charset)."""
    name = _NAMES[n % len(_NAMES)]
    msg = EmailMessage()
    local = name.split(",")[0].replace(".", "").replace(" ", ".").lower()
    msg["From"] = f"{name} <{sender or f'{local}.{n}@example.com'}>"
    msg["To"] = "pengaduan@example.go.id"
    msg["Subject"] = subject or f"Pengaduan layanan kepegawaian nomor {n}"
    msg["Date"] = format_datetime(datetime(2026, 11, 1 + n % 27, 8 + n % 9, n % 60, tzinfo=WIB))
    msg["Message-ID"] = f"<{tag}-{n}@warga.example.com>"
    for key, value in (headers or {}).items():
        msg[key] = value
    text = body if body is not None else complaint_text(n, name)
    # Some in quoted-printable, some 8bit, some base64, as real mail programs send.
    cte = ("quoted-printable", "8bit", "base64")[n % 3]
    msg.set_content(text, cte=cte)
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"lampiran-{n}.pdf")
    return bytes(msg)


def auto_replies(sender_domain: str = "example.net", bounced_message_id: str | None = None) -> dict[str, bytes]:
    """A bounce of our acknowledgement, an out-of-office reply and a list mail: none may be answered."""
    ooo = EmailMessage()
    ooo["From"] = f"Pak Hadi <hadi@{sender_domain}>"
    ooo["To"] = "pengaduan@example.go.id"
    ooo["Subject"] = "Automatic reply: Pengaduan"
    ooo["Auto-Submitted"] = "auto-replied"
    ooo["X-Autoreply"] = "yes"
    ooo["Message-ID"] = f"<ooo-1@{sender_domain}>"
    ooo["Date"] = format_datetime(datetime(2026, 11, 16, 9, 0, tzinfo=WIB))
    ooo.set_content("Saya sedang cuti sampai 20 November. I am out of the office until 20 November.")

    lst = EmailMessage()
    lst["From"] = f"Buletin ASN <buletin@lists.{sender_domain}>"
    lst["To"] = "pengaduan@example.go.id"
    lst["Subject"] = "Buletin ASN edisi November"
    lst["List-Id"] = f"Buletin ASN <buletin.lists.{sender_domain}>"
    lst["List-Unsubscribe"] = f"<mailto:leave@lists.{sender_domain}>"
    lst["Precedence"] = "list"
    lst["Message-ID"] = f"<list-1@{sender_domain}>"
    lst["Date"] = format_datetime(datetime(2026, 11, 16, 9, 0, tzinfo=WIB))
    lst.set_content(complaint_text(3, "Redaksi Buletin"))

    bounce = dsn(bounced_message_id or "<unknown-1@example.go.id>", f"nobody@{sender_domain}",
                 mta=f"mx.{sender_domain}")
    return {"ooo": bytes(ooo), "list": bytes(lst), "bounce": bounce}


def dsn(message_id: str, recipient: str, *, mta: str = "mx.example.net") -> bytes:
    """A delivery status notification (RFC 3464) for our message `message_id`."""
    return textwrap.dedent(f"""\
        From: Mail Delivery System <MAILER-DAEMON@{mta}>
        To: pengaduan@example.go.id
        Subject: Undelivered Mail Returned to Sender
        Auto-Submitted: auto-replied
        Message-ID: <bounce-{zlib.crc32(message_id.encode())}@{mta}>
        Date: Mon, 16 Nov 2026 09:00:00 +0700
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b0unce"

        --b0unce
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host {mta}. Your message could not be delivered.
        <{recipient}>: user unknown

        --b0unce
        Content-Type: message/delivery-status

        Reporting-MTA: dns; {mta}

        Final-Recipient: rfc822; {recipient}
        Action: failed
        Status: 5.1.1

        --b0unce
        Content-Type: text/rfc822-headers

        From: pengaduan@example.go.id
        To: {recipient}
        Subject: Pengaduan Anda telah kami terima
        Message-ID: {message_id}

        --b0unce--
        """).replace("\n", "\r\n").encode()


def tiny_pdf(kb: int = 100, lines: tuple[str, ...] | None = None) -> bytes:
    """A valid one-page text PDF of about `kb` KB: a short letter as real text (so it is
    read, not sent to OCR), plus an incompressible stream standing in for a logo image."""
    import random

    rnd = random.Random(kb)
    blob = bytes(rnd.getrandbits(8) for _ in range(kb * 1024))
    lines = lines or ("Lampiran pengaduan kepada BKPSDM Kabupaten Pasuruan",
                      "Fotokopi SK kenaikan pangkat terakhir dan bukti pengajuan di SIASN",
                      "yang sudah lengkap sejak bulan Januari 2026.",
                      "Surat ini dilampirkan sebagai bukti pendukung pengaduan.")
    ops = [b"BT /F1 11 Tf 72 760 Td 14 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1").replace(b"(", b"[").replace(b")", b"]") + b") Tj T*")
    ops.append(b"ET")
    text = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
