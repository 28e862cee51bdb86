"""The monthly report: figures match a count by hand, and the page opens in a real
browser (Debian's headless Chromium) with its charts."""

import base64
import csv
import os
import struct
import subprocess
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipeline.config import parse_settings
from pipeline.report import Row, build_report, compute, make_row, weeks_of
from pipeline.store.db import Database
from pipeline.store.tables import Complaint
from pipeline.workflow import due_date

JKT = ZoneInfo("Asia/Jakarta")
CHROMIUM = Path("/usr/bin/chromium")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# November 2026, no public holiday in it. Weeks: 1-7, 8-14, 15-21, 22-28, 29-30.
# (received Jakarta time, channel, division, state, responded date or None, machine mail?)
NOVEMBER = [
    (datetime(2026, 11, 1, 0, 10, tzinfo=JKT), "email", "sekretariat", "received", None),       # 0: Oct 31 UTC
    (datetime(2026, 11, 2, 9, tzinfo=JKT), "email", "mutasi", "archived", date(2026, 11, 4)),    # 1: 2 wd, on time
    (datetime(2026, 11, 3, 9, tzinfo=JKT), "email", "mutasi", "responded", date(2026, 11, 9)),   # 2: 4 wd, late
    (datetime(2026, 11, 5, 9, tzinfo=JKT), "scan", "kinerja", "distributed", None),              # 3
    (datetime(2026, 11, 6, 9, tzinfo=JKT), "email", None, "incomplete", None),                   # 4
    (datetime(2026, 11, 9, 9, tzinfo=JKT), "email", "sekretariat", "responded", date(2026, 11, 9)),  # 5: 0 wd
    (datetime(2026, 11, 10, 9, tzinfo=JKT), "scan", "pengadaan", "archived", date(2026, 11, 13)),    # 6: 3 wd, on the due day
    (datetime(2026, 11, 12, 9, tzinfo=JKT), "email", "mutasi", "rejected", None),                # 7: an officer's rejection
    (datetime(2026, 11, 16, 9, tzinfo=JKT), "email", "mutasi", "duplicate", None),               # 8
    (datetime(2026, 11, 18, 9, tzinfo=JKT), "email", "kinerja", "responded", date(2026, 11, 20)),    # 9: 2 wd
    (datetime(2026, 11, 23, 9, tzinfo=JKT), "scan", None, "received", None),                     # 10
    (datetime(2026, 11, 27, 9, tzinfo=JKT), "email", "kompetensi", "responded", date(2026, 12, 2)),  # 11: 3 wd across a weekend
    (datetime(2026, 11, 30, 23, 30, tzinfo=JKT), "email", "mutasi", "verified", None),           # 12: 16:30 UTC
]
OUTSIDE = [
    datetime(2026, 10, 31, 23, 59, tzinfo=JKT),   # October in Jakarta
    datetime(2026, 12, 1, 0, 30, tzinfo=JKT),     # still 30 November in UTC, but December here
]

# Counted by hand from the table above.
HAND = {
    "total": 13,
    "per_week": {1: {"email": 4, "scan": 1}, 2: {"email": 2, "scan": 1}, 3: {"email": 2, "scan": 0},
                 4: {"email": 1, "scan": 1}, 5: {"email": 1, "scan": 0}},
    "by_division": {"mutasi": 5, "kinerja": 2, "sekretariat": 2, "(belum ada bidang)": 2, "pengadaan": 1,
                    "kompetensi": 1},
    "by_state": {"received": 2, "incomplete": 1, "verified": 1, "distributed": 1, "responded": 4, "archived": 2,
                 "rejected": 1, "duplicate": 1},
    "answerable": 11,          # all but the rejected and the duplicate
    "answered": 6,             # 1, 2, 5, 6, 9, 11
    "on_time": 5,              # all of those but 2
    "share": "45.5%",          # 5 / 11
    "median": "2.5",           # 0, 2, 2, 3, 3, 4
}


@pytest.fixture(scope="module")
def november_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    settings = parse_settings({
        "database": {"url": f"sqlite:///{tmp / 'db.sqlite'}"},
        "division": [{"code": c, "name": n, "email": f"{c}@example.go.id", "keywords": []} for c, n in [
            ("sekretariat", "Sekretariat"), ("pengadaan", "Bidang Pengadaan, Pemberhentian dan Informasi"),
            ("mutasi", "Bidang Mutasi dan Promosi"), ("kompetensi", "Bidang Pengembangan Kompetensi"),
            ("kinerja", "Bidang Penilaian Kinerja dan Penghargaan")]],
    }, tmp / "config.toml")
    db = Database(settings.database_url)
    with db.atomic() as s:
        n = 0
        for received, channel, division, state, responded in NOVEMBER:
            n += 1
            complete = state != "incomplete"
            s.add(Complaint(ticket=f"ADU-2026-{n:06d}", state=state, channel=channel, division=division,
                            complete=complete, received_at=received, completed_at=received if complete else None,
                            due=due_date(received, settings.deadline) if complete else None,
                            responded_at=datetime.combine(responded, datetime.min.time(), JKT) + timedelta(hours=10)
                            if responded else None))
        for received in OUTSIDE:
            n += 1
            s.add(Complaint(ticket=f"ADU-2026-{n:06d}", state="received", channel="email", complete=True,
                            received_at=received, completed_at=received, due=due_date(received, settings.deadline)))
        n += 1  # an out-of-office reply: filed as rejected, never a complaint, never counted
        s.add(Complaint(ticket=f"ADU-2026-{n:06d}", state="rejected", channel="email",
                        auto_reply_reason="Auto-Submitted: auto-replied", received_at=datetime(2026, 11, 4, 9, tzinfo=JKT)))
    html_path, csv_path = build_report(db, settings, "2026-11", tmp / "out")
    db.dispose()
    return tmp, html_path, csv_path


class _Dom(HTMLParser):
    """Pulls the images and the figures (by id / data- attributes) out of a page."""

    def __init__(self):
        super().__init__()
        self.imgs, self.cells, self._stack, self._row = [], {}, [], {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.imgs.append(a.get("src", ""))
        if tag == "tr":
            self._row = {k: v for k, v in a.items() if k.startswith("data-")}
        self._stack.append((tag, a))

    def handle_endtag(self, tag):
        if self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if not self._stack or not data.strip():
            return
        tag, a = self._stack[-1]
        if tag == "td" and a.get("id"):
            self.cells[a["id"]] = data.strip()
        elif tag == "td" and a.get("class") == "n" and self._row:
            key = tuple(sorted(self._row.items())) + ((("channel", a["data-channel"]),) if "data-channel" in a else ())
            self.cells[key] = data.strip()


def parse(html: str) -> _Dom:
    dom = _Dom()
    dom.feed(html)
    return dom


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    return struct.unpack(">II", data[16:24])


def chromium(*args, profile: Path) -> subprocess.CompletedProcess:
    assert CHROMIUM.exists(), "Debian's chromium is required for this test: apt-get install -y chromium"
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
                          env={**os.environ, "HOME": str(profile)})


def test_the_figures_match_the_hand_count(november_report):
    _, html_path, csv_path = november_report
    dom = parse(html_path.read_text(encoding="utf-8"))
    assert dom.cells["total"] == str(HAND["total"])
    assert dom.cells["answerable"] == str(HAND["answerable"])
    assert dom.cells["answered"] == str(HAND["answered"])
    assert dom.cells["on-time"] == str(HAND["on_time"])
    assert dom.cells["share-on-time"] == HAND["share"]
    assert dom.cells["median-days"] == HAND["median"]
    for week, by_channel in HAND["per_week"].items():
        for channel, n in by_channel.items():
            assert dom.cells[(("data-week", str(week)), ("channel", channel))] == str(n), (week, channel)
    for code, n in HAND["by_division"].items():
        assert dom.cells[(("data-division", code),)] == str(n), code
    for state, n in HAND["by_state"].items():
        assert dom.cells[(("data-state", state),)] == str(n), state

    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["ticket"] for r in rows] == [f"ADU-2026-{n:06d}" for n in range(1, 14)]
    assert [r["working_days_to_response"] for r in rows if r["working_days_to_response"]] == ["2", "4", "0", "3", "2", "3"]
    assert sum(r["on_time"] == "True" for r in rows) == HAND["on_time"]
    assert rows[12]["received"] == "2026-11-30"


def test_the_page_opens_in_chromium_with_its_charts(november_report):
    """GIVEN the report of a month WHEN Chromium opens it THEN the DOM has five PNG
    charts as data URIs, and the screenshot shows the bars drawn."""
    tmp, html_path, _ = november_report
    url = html_path.resolve().as_uri()

    dumped = chromium("--dump-dom", url, profile=tmp / "profile-dom")
    assert dumped.returncode == 0, dumped.stderr.decode(errors="replace")[-2000:]
    dom = parse(dumped.stdout.decode("utf-8"))
    assert len(dom.imgs) == 5
    for src in dom.imgs:
        assert src.startswith("data:image/png;base64,")
        width, height = png_size(base64.b64decode(src.split(",", 1)[1]))
        assert width >= 400 and height >= 200
    assert dom.cells["total"] == "13"   # the browser's DOM, not only the file

    shot = tmp / "report.png"
    result = chromium(f"--screenshot={shot}", "--window-size=1000,2200", "--hide-scrollbars", url,
                      profile=tmp / "profile-shot")
    assert result.returncode == 0 and shot.exists(), result.stderr.decode(errors="replace")[-2000:]
    from PIL import Image

    with Image.open(shot) as img:
        rgb = img.convert("RGB")
        assert rgb.size == (1000, 2200)
        colours = rgb.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50, "the screenshot is blank"
    # The bars of the first charts, in their matplotlib colours, were painted by the browser.
    painted = {c for _, c in colours}
    for bar in ((0x1f, 0x77, 0xb4), (0xff, 0x7f, 0x0e), (0x2c, 0xa0, 0x2c)):
        assert bar in painted, f"no pixel of colour {bar} in the screenshot"


def test_compute_is_pure_and_handles_an_empty_month():
    f = compute([], "2026-02")
    assert f.total == 0 and f.share_on_time is None and f.median_working_days is None
    assert f.weeks == [1, 2, 3, 4] and weeks_of("2026-03") == [1, 2, 3, 4, 5]


def test_a_row_answered_on_a_weekend_after_the_due_date_is_late():
    from pipeline.config import Deadline

    row = make_row(ticket="ADU-2026-000001", channel="email", state="responded", division=None, level=1,
                   received_at=datetime(2026, 11, 3, 9, tzinfo=JKT), completed_at=datetime(2026, 11, 3, 9, tzinfo=JKT),
                   due=date(2026, 11, 6), responded_at=datetime(2026, 11, 7, 3, tzinfo=timezone.utc),
                   deadline=Deadline())
    assert isinstance(row, Row)
    assert row.working_days_to_response == 3 and row.on_time is False


def test_a_reopened_complaint_counts_by_its_answer_after_the_reopening(tmp_path):
    """GIVEN three complaints complete Mon 2 Nov 2026 (due Thu 5), answered on time,
    archived, and reopened by the desk on Mon 9 Nov (a fresh due date, Thu 12):
    A is still open, B is answered again Wed 11, C again Mon 16
    WHEN the November report is made
    THEN A is not answered (its first answer did not settle it), B is on time
    with 2 working days counted from the reopening, C is late (5 working days),
    although each first answer was on time."""
    from pipeline import officer
    from pipeline.report import load_rows

    settings = parse_settings({
        "database": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"},
        "smtp": {"pickup_dir": "outbox"},
        "agency": {"desk_email": "desk@example.go.id"},
    }, tmp_path / "config.toml")
    db = Database(settings.database_url)
    complete = datetime(2026, 11, 2, 9, tzinfo=JKT)
    with db.atomic() as s:
        for ticket in ("ADU-2026-000001", "ADU-2026-000002", "ADU-2026-000003"):
            s.add(Complaint(ticket=ticket, state="received", channel="email", complete=True, name="Budi Santoso",
                            email="budi@example.com", received_at=complete, completed_at=complete,
                            due=due_date(complete, settings.deadline)))

    def on(day, hh=10):
        return datetime(2026, 11, day, hh, tzinfo=JKT)

    for ticket, first, again in (("ADU-2026-000001", 4, None), ("ADU-2026-000002", 4, 11),
                                 ("ADU-2026-000003", 3, 16)):
        officer.verify(db, settings, ticket, 1, "Sari", now=on(2))
        officer.respond(db, settings, ticket, "Sudah kami tindak lanjuti.", "Sari", now=on(first))
        officer.archive(db, settings, ticket, "selesai", "Sari", now=on(first, 14))
        officer.reopen(db, settings, ticket, "Sari", note="warga belum puas", now=on(9))
        if again:
            officer.verify(db, settings, ticket, 1, "Sari", now=on(9, 11))
            officer.respond(db, settings, ticket, "Tanggapan kedua.", "Sari", now=on(again))

    rows = {r.ticket: r for r in load_rows(db, settings, "2026-11")}
    db.dispose()
    a, b, c = rows["ADU-2026-000001"], rows["ADU-2026-000002"], rows["ADU-2026-000003"]
    assert a.due == b.due == c.due == date(2026, 11, 12)
    assert a.reopened == b.reopened == c.reopened == date(2026, 11, 9)
    assert (a.responded, a.working_days_to_response, a.on_time) == (None, None, False)
    assert (b.responded, b.working_days_to_response, b.on_time) == (date(2026, 11, 11), 2, True)
    assert (c.responded, c.working_days_to_response, c.on_time) == (date(2026, 11, 16), 5, False)
    f = compute(list(rows.values()), "2026-11")
    assert (f.answerable, f.answered, f.answered_on_time) == (3, 2, 1)
    assert f.median_working_days == 3.5


def test_make_row_ignores_an_answer_given_before_the_reopening():
    from pipeline.config import Deadline

    common = dict(ticket="ADU-2026-000001", channel="email", division=None, level=None,
                  received_at=datetime(2026, 11, 2, 9, tzinfo=JKT), completed_at=datetime(2026, 11, 2, 9, tzinfo=JKT),
                  due=date(2026, 11, 12), responded_at=datetime(2026, 11, 4, 10, tzinfo=JKT), deadline=Deadline())
    reopened = make_row(state="verified", reopened_at=datetime(2026, 11, 9, 10, tzinfo=JKT), **common)
    assert reopened.responded is None and reopened.on_time is False and reopened.working_days_to_response is None
    never = make_row(state="responded", **common)          # never reopened: as before
    assert never.responded == date(2026, 11, 4) and never.working_days_to_response == 2 and never.reopened is None
