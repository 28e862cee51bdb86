"""ImapSource against a real Dovecot: incremental polls, moves, cursor, UIDVALIDITY, faults.

The cycle is played by hand here (poll, then finish what was "committed"), so
these tests need no parser; test_mail_e2e.py runs the real worker.
"""

from __future__ import annotations

import imaplib
import socket
import threading
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from pipeline.config import ImapAccount
from pipeline.errors import SourceError
from pipeline.sources.imap import ImapSource, connect_mailbox
from pipeline.store.db import Database
from pipeline.store.tables import SourceState, utcnow
from servers import PASSWORD, complaint_mail, dovecot, imap_user, own_dovecot  # noqa: F401  (fixtures)


@pytest.fixture
def db(tmp_path) -> Database:
    return Database(f"sqlite:///{tmp_path / 'pengaduan.db'}")


@pytest.fixture
def account(dovecot, imap_user, monkeypatch) -> ImapAccount:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    return ImapAccount(name="uji", host="127.0.0.1", port=dovecot.port, security="none", user=imap_user,
                       password_env="TEST_IMAP_PASSWORD", timeout_seconds=5, fetch_batch=500)


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def drain(source: ImapSource, outcome=lambda item: "done", skip=lambda item: False, into=None) -> list:
    """Play the cycle: every item not skipped is 'committed', then finished."""
    items = [] if into is None else into
    for item in source.poll():
        items.append(item)
        if not skip(item):
            source.finish(item, outcome(item))
    return items


class CountingConnect:
    """Counts real connections (a fresh one costs ~17 ms; polls should reuse one)."""

    def __init__(self, wrap=None):
        self.count = 0
        self.wrap = wrap

    def __call__(self, account):
        self.count += 1
        box = connect_mailbox(account)
        if self.wrap:
            self.wrap(box)
        return box


def test_poll_yields_new_mail_once_and_moves_it_out(dovecot, imap_user, account, db):
    """GIVEN 5 mails in INBOX, two already read in another client
    WHEN the source polls and the cycle finishes them (one failed)
    THEN all 5 are yielded with their exact bytes, none is marked read, done ones go to
    Processed and the failed one to Failed (both created), and a second poll yields nothing."""
    mails = [complaint_mail(i) for i in range(5)]
    dovecot.append(imap_user, mails[:3])
    dovecot.append(imap_user, mails[3:], seen=True)
    source = ImapSource(account, db=db)

    items = drain(source, outcome=lambda item: "failed" if item.handle[1] == 2 else "done")

    assert [crlf(i.data) for i in items] == [crlf(m) for m in mails]
    uidvalidity = dovecot.uidvalidity(imap_user, "INBOX")
    assert [i.source_key for i in items] == [f"INBOX:{uidvalidity}:{uid}" for uid in range(1, 6)]
    assert {i.source for i in items} == {"imap:uji"} and items[0].filename == "1.eml"
    assert dovecot.count(imap_user, "INBOX") == 0
    assert dovecot.count(imap_user, "Processed") == 4
    assert dovecot.count(imap_user, "Failed") == 1
    with dovecot.mailbox(imap_user) as box:
        box.folder.set("Processed")
        seen = [m.flags for m in box.fetch(mark_seen=False, bulk=10)]
    assert sum(r"\Seen" in f for f in seen) == 2   # only the two a person had read

    assert list(source.poll()) == []
    with db.atomic() as session:
        assert session.get(SourceState, "imap:uji:INBOX").last_uid == 5


def test_unfinished_mail_is_yielded_again_after_a_crash(dovecot, imap_user, account, db):
    """GIVEN 4 mails, of which the 'cycle' commits only the first two before it dies
    WHEN a new process polls
    THEN the other two are yielded again and the cursor never passed them."""
    dovecot.append(imap_user, [complaint_mail(i) for i in range(4)])
    first = ImapSource(account, db=db)
    drain(first, skip=lambda item: item.handle[1] >= 3)
    first.close()
    with db.atomic() as session:
        assert session.get(SourceState, "imap:uji:INBOX").last_uid == 2

    again = drain(ImapSource(account, db=db))

    assert [i.handle[1] for i in again] == [3, 4]
    assert dovecot.count(imap_user, "Processed") == 4


def test_uid_search_star_quirk_does_not_re_yield_the_highest_uid(dovecot, imap_user, account, db):
    """GIVEN a cursor at UID 2 while UIDs 1-2 are still in the folder and UID 3 was deleted
    WHEN the source polls (UID SEARCH UID 3:* answers 2, RFC 3501)
    THEN nothing is yielded."""
    dovecot.append(imap_user, [complaint_mail(i) for i in range(3)])
    with dovecot.mailbox(imap_user) as box:
        box.folder.set("INBOX")
        box.delete(["3"])
    uidvalidity = dovecot.uidvalidity(imap_user, "INBOX")
    with db.atomic() as session:
        session.add(SourceState(name="imap:uji:INBOX", uidvalidity=uidvalidity, last_uid=2))

    assert list(ImapSource(account, db=db).poll()) == []


def test_batches_bounded_by_count_and_bytes(dovecot, imap_user, account, db):
    """GIVEN 23 mails WHEN fetched 5 at a time and at most ~8 KB a batch
    THEN all 23 arrive in UID order and everything is moved."""
    dovecot.append(imap_user, [complaint_mail(i) for i in range(23)])
    source = ImapSource(replace(account, fetch_batch=5), db=db, batch_bytes=8_000)
    items = drain(source)
    assert [i.handle[1] for i in items] == list(range(1, 24))
    assert dovecot.count(imap_user, "Processed") == 23


def test_oversized_message_is_cut_at_the_limit(dovecot, imap_user, account, db):
    """GIVEN a mail larger than the input limit WHEN fetched
    THEN only limit+1 bytes come (the parser then refuses it as too large)."""
    big = complaint_mail(1, body="x" * 20_000)
    dovecot.append(imap_user, [big])
    items = drain(ImapSource(account, db=db, max_bytes=5_000), outcome=lambda item: "failed")
    assert len(items[0].data) == 5_001
    assert dovecot.count(imap_user, "Failed") == 1


def test_uidvalidity_change_reads_the_folder_again(dovecot, imap_user, account, db):
    """GIVEN a read folder that was processed, then deleted and recreated with the same mail
    WHEN the source polls
    THEN it notices the new UIDVALIDITY, resets the cursor and yields the mail under new keys
    (the ledger's twin check is what keeps them from being filed twice, see test_mail_e2e)."""
    account = replace(account, folders=("Masuk",))
    mails = [complaint_mail(i) for i in range(3)]
    dovecot.append(imap_user, mails, folder="Masuk")
    source = ImapSource(account, db=db)
    first = drain(source)
    with dovecot.mailbox(imap_user) as box:
        box.folder.delete("Masuk")
        box.folder.create("Masuk")
    dovecot.append(imap_user, mails, folder="Masuk")

    second = drain(source)

    assert len(first) == len(second) == 3
    assert {i.source_key for i in first}.isdisjoint(i.source_key for i in second)
    assert [crlf(i.data) for i in second] == [crlf(m) for m in mails]


def test_one_connection_serves_many_polls_and_is_rebuilt_when_dropped(dovecot, imap_user, account, db):
    """GIVEN a source that polled once WHEN it polls again THEN no new connection is made;
    WHEN the server closed that connection meanwhile THEN the next poll reconnects quietly."""
    dovecot.append(imap_user, [complaint_mail(1)])
    connect = CountingConnect()
    source = ImapSource(account, db=db, connect=connect)
    drain(source)
    dovecot.append(imap_user, [complaint_mail(2)])
    assert len(drain(source)) == 1
    assert connect.count == 1

    source._box.client.shutdown()   # as if the server had timed the idle connection out
    dovecot.append(imap_user, [complaint_mail(3)])
    assert len(drain(source)) == 1
    assert connect.count == 2


def test_without_move_capability_copy_and_expunge_only_our_uids(dovecot, imap_user, account, db):
    """GIVEN a server that does not announce MOVE, and a mail a person flagged \\Deleted
    WHEN the source moves our mail
    THEN it is copied and expunged by UID, and the person's deleted mail stays where it was."""
    dovecot.append(imap_user, [complaint_mail(i) for i in range(3)])
    with dovecot.mailbox(imap_user) as box:
        box.folder.set("INBOX")
        box.client.uid("STORE", "3", "+FLAGS", r"(\Deleted)")

    def hide_move(box):
        real = box.client.capability

        def capability():
            typ, data = real()
            return typ, [data[0].replace(b" MOVE", b"")]
        box.client.capability = capability

    source = ImapSource(account, db=db, connect=CountingConnect(wrap=hide_move))
    drain(source, skip=lambda item: item.handle[1] == 3)
    assert source._can_move is False
    assert dovecot.count(imap_user, "Processed") == 2
    assert dovecot.count(imap_user, "INBOX") == 1


# ------------------------------------------------------------------ faults
def test_server_down_backs_off_and_recovers(own_dovecot, db, monkeypatch):
    """GIVEN a Dovecot that is down WHEN the source polls
    THEN SourceError names the step, the account backs off exponentially (no attempt before
    retry_at), and once the server is back and the time has come everything is yielded."""
    server = own_dovecot
    user = server.add_user("user1")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    account = ImapAccount(name="uji", host="127.0.0.1", port=server.port, security="none", user=user,
                          password_env="TEST_IMAP_PASSWORD", timeout_seconds=2)
    now = [utcnow()]
    connect = CountingConnect()
    source = ImapSource(account, db=db, connect=connect, clock=lambda: now[0], backoff_base=10)

    with pytest.raises(SourceError, match=r"connecting to 127\.0\.0\.1:\d+ \(none\): .*failure 1, next attempt in 10 s"):
        list(source.poll())
    assert list(source.poll()) == []          # backing off: not even a connection attempt
    assert connect.count == 1
    now[0] += timedelta(seconds=11)
    with pytest.raises(SourceError, match="failure 2, next attempt in 20 s"):
        list(source.poll())

    server.start()
    server.append(user, [complaint_mail(i) for i in range(3)])
    now[0] += timedelta(seconds=21)
    assert len(drain(source)) == 3
    with db.atomic() as session:
        state = session.get(SourceState, "imap:uji")
        assert (state.failures, state.retry_at) == (0, None)


def test_login_refused_is_named(dovecot, imap_user, account, db, monkeypatch):
    """GIVEN a wrong password WHEN the source polls THEN SourceError says the login was refused."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "salah")
    with pytest.raises(SourceError, match=f"logging in as {imap_user}: .*(?i:authentication failed)"):
        list(ImapSource(account, db=db).poll())


def test_silent_server_times_out(db):
    """GIVEN a server that accepts the connection and never greets
    WHEN the source polls THEN it gives up after the timeout with a clear message."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    try:
        account = ImapAccount(name="uji", host="127.0.0.1", port=listener.getsockname()[1], security="none",
                              timeout_seconds=0.5)
        with pytest.raises(SourceError, match=r"connecting to .*timed out after 0\.5 s"):
            list(ImapSource(account, db=db).poll())
    finally:
        listener.close()


def test_tls_is_verified_by_default(db):
    """GIVEN security = ssl against a server whose certificate nobody vouches for
    WHEN the source polls THEN the connection is refused (no silent downgrade)."""
    import ssl
    import subprocess

    tmp = Path(db.url.removeprefix("sqlite:///")).parent
    key, cert = tmp / "key.pem", tmp / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve():
        try:
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True):
                pass
        except (OSError, ssl.SSLError):
            pass

    threading.Thread(target=serve, daemon=True).start()
    account = ImapAccount(name="uji", host="127.0.0.1", port=listener.getsockname()[1], security="ssl",
                          timeout_seconds=2)
    try:
        with pytest.raises(SourceError, match="CERTIFICATE_VERIFY_FAILED"):
            list(ImapSource(account, db=db).poll())
    finally:
        listener.close()


def test_connection_dropped_mid_fetch_loses_nothing(dovecot, imap_user, account, db):
    """GIVEN 10 mails fetched 4 at a time, and a connection that dies during the second FETCH
    WHEN the source polls THEN it raises SourceError naming the fetch, the first batch is
    already out, and the next poll (after the backoff) yields exactly the other six."""
    dovecot.append(imap_user, [complaint_mail(i) for i in range(10)])
    fetches = [0]

    def cut_second_fetch(box):
        real = box.client.uid

        def uid(command, *args):
            if command.upper() == "FETCH" and "BODY.PEEK" in args[-1]:
                fetches[0] += 1
                if fetches[0] == 2:
                    box.client.shutdown()
            return real(command, *args)
        box.client.uid = uid

    now = [utcnow()]
    source = ImapSource(replace(account, fetch_batch=4), db=db, connect=CountingConnect(wrap=cut_second_fetch),
                        clock=lambda: now[0])
    got = []
    with pytest.raises(SourceError, match=r"fetching UIDs 5:8 from INBOX"):
        drain(source, into=got)
    assert [i.handle[1] for i in got] == [1, 2, 3, 4]
    now[0] += timedelta(hours=1)
    rest = drain(source)
    assert [i.handle[1] for i in rest] == [5, 6, 7, 8, 9, 10]
    assert dovecot.count(imap_user, "Processed") == 10


def test_finish_after_the_poll_moves_at_once_and_the_cursor_follows(dovecot, imap_user, account, db):
    """GIVEN a cycle that first stores everything a poll yields and finishes items afterwards
    WHEN it finishes them THEN each is moved at once; the cursor is written by the next poll
    (or by close), and that poll is a bare SELECT."""
    dovecot.append(imap_user, [complaint_mail(i) for i in range(4)])
    source = ImapSource(account, db=db)
    items = list(source.poll())
    for item in items:
        source.finish(item, "done")
    assert dovecot.count(imap_user, "Processed") == 4
    with db.atomic() as session:
        assert session.get(SourceState, "imap:uji:INBOX").last_uid == 0   # stale, and harmless

    assert list(source.poll()) == []
    with db.atomic() as session:
        assert session.get(SourceState, "imap:uji:INBOX").last_uid == 4

    dovecot.append(imap_user, [complaint_mail(9)])
    items = list(source.poll())
    source.finish(items[0], "done")
    source.close()
    with db.atomic() as session:
        assert session.get(SourceState, "imap:uji:INBOX").last_uid == 5


def test_mail_of_one_folder_finished_while_the_next_is_read(dovecot, imap_user, account, db):
    """GIVEN 3 mails in INBOX and 6 in a second folder, fetched 2 at a time
    WHEN the cycle files INBOX's mail while the second folder is being read (a
    reading child lets the worker file between two intake batches), so their MOVE
    selects INBOX in the middle of that poll (moves go folder by
    folder in name order, and "Aduan" sorts before INBOX)
    THEN every mail of the second folder is still yielded, with its own bytes, and all 9 are moved."""
    inbox = [complaint_mail(i, tag="inbox") for i in range(3)]
    other = [complaint_mail(i, tag="aduan") for i in range(6)]
    dovecot.append(imap_user, inbox)
    dovecot.append(imap_user, other, folder="Aduan")
    source = ImapSource(replace(account, folders=("INBOX", "Aduan"), fetch_batch=2), db=db)

    held, yielded = [], []
    for item in source.poll():
        yielded.append(item)
        folder = item.handle[0]
        if folder == "INBOX":
            held.append(item)                 # stored; read in the child meanwhile
        else:
            for waiting in held:              # filed now, between two fetches of "Aduan"
                source.finish(waiting, "done")
            held = []
            source.finish(item, "done")

    assert [crlf(i.data) for i in yielded if i.handle[0] == "Aduan"] == [crlf(m) for m in other]
    assert (dovecot.count(imap_user, "INBOX"), dovecot.count(imap_user, "Aduan"),
            dovecot.count(imap_user, "Processed")) == (0, 0, 9)
    assert list(source.poll()) == []
