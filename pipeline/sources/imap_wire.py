"""The IMAP commands the mailbox source sends, and the reading of their answers.

Plain functions of an imaplib client, holding no state. A command the server
refuses raises imaplib.IMAP4.error; the connection (imap_connection.py) turns
that into a SourceError naming the step.
"""

from __future__ import annotations

import imaplib
import re
from typing import Iterable

from imap_tools.utils import encode_folder

_UID_RE = re.compile(rb"UID (\d+)")
_SIZE_RE = re.compile(rb"RFC822\.SIZE (\d+)")


def select_folder(client, folder: str) -> tuple[int | None, int | None]:
    """SELECT; the folder's (UIDVALIDITY, UIDNEXT), None for what the server did not send."""
    typ, data = client.select(encode_folder(folder))
    if typ != "OK":
        raise imaplib.IMAP4.error(refusal_text(data))
    return (_int_code(client, "UIDVALIDITY"), _int_code(client, "UIDNEXT"))


def search_above(client, last: int) -> list[int]:
    """UID SEARCH for the UIDs above `last`, ascending."""
    typ, data = client.uid("SEARCH", f"UID {last + 1}:*")
    if typ != "OK":
        raise imaplib.IMAP4.error(refusal_text(data))
    return parse_search(data, last)


def parse_search(data: list, last: int) -> list[int]:
    """A UID SEARCH `last+1:*` answer -> the UIDs above `last`, ascending.

    `n:*` with n above the highest UID still matches the highest (RFC 3501): dropped.
    """
    return [u for u in sorted({int(x) for x in b" ".join(d for d in data if d).split()}) if u > last]


def fetch_sizes(client, uids: list[int]) -> dict[int, int]:
    """{uid: RFC822.SIZE}; a UID missing from it was expunged meanwhile."""
    typ, data = client.uid("FETCH", uid_set(uids), "(UID RFC822.SIZE)")
    if typ != "OK":
        raise imaplib.IMAP4.error(refusal_text(data))
    out = {}
    for line in data:
        line = line[0] if isinstance(line, tuple) else line
        uid, size = _UID_RE.search(line or b""), _SIZE_RE.search(line or b"")
        if uid and size:
            out[int(uid.group(1))] = int(size.group(1))
    return out


def fetch_bodies(client, uids: list[int], max_bytes: int) -> dict[int, bytes]:
    """{uid: message bytes}, read with BODY.PEEK so that nothing is marked read."""
    # Past max_bytes only the first max_bytes+1 are fetched: the parser
    # then refuses the message as too large and it goes to the failed folder.
    part = f"BODY.PEEK[]<0.{max_bytes + 1}>"
    typ, data = client.uid("FETCH", uid_set(uids), f"(UID {part})")
    if typ != "OK":
        raise imaplib.IMAP4.error(refusal_text(data))
    return _parse_fetch(data)


def move_uids(client, uids: str, destination: str, *, can_move: bool, uidplus: bool) -> None:
    """Move the UID set `uids` of the selected folder into `destination`."""
    target = encode_folder(destination)
    if can_move:
        _ok(client.uid("MOVE", uids, target))
        return
    # No MOVE: COPY, flag, and expunge only these UIDs when UIDPLUS
    # allows it (a plain EXPUNGE would also remove what a person deleted).
    _ok(client.uid("COPY", uids, target))
    _ok(client.uid("STORE", uids, "+FLAGS.SILENT", r"(\Deleted)"))
    _ok(client.uid("EXPUNGE", uids) if uidplus else client.expunge())


def create_folder(client, name: str) -> bool:
    """CREATE; True when the folder was created now, False when it was already there."""
    typ, data = client.create(encode_folder(name))
    if typ != "OK" and b"ALREADYEXISTS" not in b" ".join(d for d in data if isinstance(d, bytes)).upper():
        # Not every server says ALREADYEXISTS: ask whether it is there.
        typ2, listed = client.list('""', encode_folder(name))
        if typ2 != "OK" or not any(listed):
            raise imaplib.IMAP4.error(refusal_text(data))
    return typ == "OK"


def uid_set(uids: Iterable[int]) -> str:
    """[1,2,3,7,9,10] -> '1:3,7,9:10': short command lines even for thousands of UIDs."""
    ranges: list[str] = []
    start = prev = None
    for uid in sorted(uids):
        if prev is not None and uid == prev + 1:
            prev = uid
            continue
        if start is not None:
            ranges.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = uid
    if start is not None:
        ranges.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(ranges)


def refusal_text(data) -> str:
    """What the server said when it refused a command, for the error message."""
    parts = [d.decode(errors="replace") if isinstance(d, bytes) else str(d) for d in (data or []) if d]
    return " ".join(parts) or "refused"


def _parse_fetch(data: list) -> dict[int, bytes]:
    """imaplib's FETCH answer -> {uid: message bytes}. The UID may come before or after the literal."""
    out: dict[int, bytes] = {}
    for i, part in enumerate(data):
        if not isinstance(part, tuple):
            continue
        head, body = part
        match = _UID_RE.search(head)
        if match is None and i + 1 < len(data) and isinstance(data[i + 1], bytes):
            match = _UID_RE.search(data[i + 1])
        if match is not None:
            out[int(match.group(1))] = body
    return out


def _int_code(client, name: str) -> int | None:
    values = client.untagged_responses.get(name) or [None]
    try:
        return int(values[-1])
    except (TypeError, ValueError):
        return None


def _ok(result) -> None:
    typ, data = result
    if typ != "OK":
        raise imaplib.IMAP4.error(refusal_text(data))
