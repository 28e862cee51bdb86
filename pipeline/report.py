"""The monthly recap: an HTML page with embedded chart images, and a CSV of its rows.

Three layers, so the figures can be checked without a database or a browser:
`load_rows` reads complaints into plain `Row`s, `compute` turns rows into
`Figures` (pure), and `build_report` draws the charts (matplotlib, Agg, PNG as
base64 data URIs) and writes the files.

Which complaints count: those received (Jakarta date) in the month, except
machine mail (auto-replies, bounces, list mail) that was never a complaint.
"Answered within 3 working days" is out of the complaints that need an answer
(not rejected, not duplicates): responded on or before the due date.

A reopened complaint (the citizen was not satisfied, or it was wrongly closed)
counts by its answer after the latest reopening, against the fresh due date
the reopening set, with its working days counted from the reopening: the
agency owes the citizen an answer to the reopened complaint within 3 working
days, and the first answer did not settle it. Until it is answered again it
is not answered. One row per complaint, so it is never counted twice; its
earlier answers stay in its events.
"""

from __future__ import annotations

import base64
import csv
import io
import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from pathlib import Path

from sqlmodel import select

from pipeline.config import Deadline, Settings
from pipeline.errors import Refused
from pipeline.notify.render import MONTHS_ID, render_one
from pipeline.store.tables import Complaint, Event
from pipeline.workflow import State, WorkingCalendar, calendar_for, local_date

CHANNELS = ("email", "scan")
NO_DIVISION = "(belum ada bidang)"
NOT_ANSWERABLE = frozenset({State.REJECTED, State.DUPLICATE})


@dataclass(frozen=True)
class Row:
    ticket: str
    channel: str
    state: str
    division: str | None
    level: int | None
    received: date
    week: int                       # week of the month: days 1-7 are week 1, 8-14 week 2, ...
    completed: date | None
    due: date | None
    responded: date | None
    working_days_to_response: int | None
    on_time: bool | None            # None when it needs no answer (rejected, duplicate)
    reopened: date | None = None    # the latest reopening: the clock, and the answer that counts, start there


@dataclass
class Figures:
    month: str
    total: int
    weeks: list[int]
    per_week_by_channel: dict[int, dict[str, int]]
    by_division: dict[str, int]
    by_state: dict[str, int]
    answerable: int
    answered: int
    answered_on_time: int
    share_on_time: float | None     # answered_on_time / answerable
    median_working_days: float | None
    working_days_histogram: dict[int, int] = field(default_factory=dict)


# ------------------------------------------------------------------ pure
def month_bounds(month: str) -> tuple[date, date]:
    """First day of the month and first day of the next."""
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError:
        raise Refused(f"not a month (YYYY-MM): {month!r}") from None
    nxt = date(first.year + 1, 1, 1) if first.month == 12 else date(first.year, first.month + 1, 1)
    return first, nxt


def weeks_of(month: str) -> list[int]:
    first, nxt = month_bounds(month)
    return list(range(1, ((nxt - first).days - 1) // 7 + 2))


def make_row(*, ticket: str, channel: str, state: str, division: str | None, level: int | None,
             received_at: datetime, completed_at: datetime | None, due: date | None,
             responded_at: datetime | None, deadline: Deadline, calendar: WorkingCalendar | None = None,
             reopened_at: datetime | None = None) -> Row:
    cal = calendar or calendar_for(deadline)
    received = local_date(received_at, deadline)
    completed = local_date(completed_at, deadline) if completed_at else None
    reopened = local_date(reopened_at, deadline) if reopened_at else None
    if reopened_at and responded_at and responded_at < reopened_at:
        # `responded_at` still holds the answer that the reopening set aside (reopen keeps it).
        responded_at = None
    responded = local_date(responded_at, deadline) if responded_at else None
    # The clock runs from the later of completion and the latest reopening, as the due date does.
    start = max((d for d in (completed, reopened) if d), default=received)
    days = cal.working_days_between(start, responded) if responded else None
    if state in NOT_ANSWERABLE:
        on_time = None
    elif responded is None:
        on_time = False
    else:
        on_time = responded <= due if due else days <= deadline.working_days
    return Row(ticket=ticket, channel=channel, state=state, division=division, level=level, received=received,
               week=(received.day - 1) // 7 + 1, completed=completed, due=due, responded=responded,
               working_days_to_response=days, on_time=on_time, reopened=reopened)


def compute(rows: list[Row], month: str) -> Figures:
    weeks = weeks_of(month)
    per_week = {w: {ch: 0 for ch in CHANNELS} for w in weeks}
    for r in rows:
        per_week[r.week][r.channel] = per_week[r.week].get(r.channel, 0) + 1
    by_division = Counter(r.division or NO_DIVISION for r in rows)
    by_state = Counter(r.state for r in rows)
    answerable = [r for r in rows if r.on_time is not None]
    answered = [r for r in answerable if r.responded is not None]
    on_time = sum(1 for r in answerable if r.on_time)
    days = [r.working_days_to_response for r in rows if r.working_days_to_response is not None]
    return Figures(
        month=month, total=len(rows), weeks=weeks, per_week_by_channel=per_week,
        by_division=dict(sorted(by_division.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_state={s.value: by_state.get(s.value, 0) for s in State if by_state.get(s.value)},
        answerable=len(answerable), answered=len(answered), answered_on_time=on_time,
        share_on_time=(on_time / len(answerable)) if answerable else None,
        median_working_days=statistics.median(days) if days else None,
        working_days_histogram=dict(sorted(Counter(days).items())),
    )


# ------------------------------------------------------------------ database
def load_rows(db, settings: Settings, month: str) -> list[Row]:
    first, nxt = month_bounds(month)
    tz = settings.deadline.tz
    start = datetime(first.year, first.month, first.day, tzinfo=tz)
    end = datetime(nxt.year, nxt.month, nxt.day, tzinfo=tz)
    cal = calendar_for(settings.deadline)
    with db.atomic() as session:
        complaints = session.exec(
            select(Complaint).where(Complaint.received_at >= start).where(Complaint.received_at < end)
            .where(Complaint.auto_reply_reason.is_(None)).order_by(Complaint.id)).all()
        # The latest reopening of each, from the event trail (every reopen is an event).
        reopened: dict[int, datetime] = {}
        for complaint_id, at in session.exec(
                select(Event.complaint_id, Event.at).join(Complaint, Complaint.id == Event.complaint_id)
                .where(Event.action == "reopen")
                .where(Complaint.received_at >= start).where(Complaint.received_at < end)).all():
            reopened[complaint_id] = max(at, reopened.get(complaint_id, at))
        return [make_row(ticket=c.ticket, channel=c.channel, state=c.state, division=c.division, level=c.level,
                         received_at=c.received_at, completed_at=c.completed_at, due=c.due,
                         responded_at=c.responded_at, deadline=settings.deadline, calendar=cal,
                         reopened_at=reopened.get(c.id))
                for c in complaints]


# ------------------------------------------------------------------ output
def build_report(db, settings: Settings, month: str, out_dir: Path) -> tuple[Path, Path]:
    """Write laporan-pengaduan-YYYY-MM.html and .csv into out_dir; return their paths."""
    month_bounds(month)
    rows = load_rows(db, settings, month)
    figures = compute(rows, month)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / f"laporan-pengaduan-{month}.html"
    csv_path = out_dir / f"laporan-pengaduan-{month}.csv"
    html_path.write_text(render_html(figures, settings), encoding="utf-8")
    write_csv(rows, csv_path)
    return html_path, csv_path


def write_csv(rows: list[Row], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[f.name for f in fields(Row)])
        writer.writeheader()
        for r in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in asdict(r).items()})


def month_title(month: str) -> str:
    first, _ = month_bounds(month)
    return f"{MONTHS_ID[first.month - 1]} {first.year}"


def render_html(figures: Figures, settings: Settings) -> str:
    division_names = {d.code: d.name for d in settings.divisions}
    return render_one("report.html.j2", autoescape=True, f=figures, month_title=month_title(figures.month),
                      agency_name=settings.agency_name, working_days=settings.deadline.working_days,
                      division_names=division_names, charts=charts(figures, settings.deadline.working_days))


def charts(f: Figures, working_days: int) -> list[dict]:
    """The report's charts as PNG data URIs, with Indonesian/English captions."""
    weeks = [f"Minggu {w}" for w in f.weeks]
    out = []

    fig, ax = _figure()
    bottom = [0] * len(f.weeks)
    for ch, colour in zip(CHANNELS, ("#1f77b4", "#ff7f0e")):
        values = [f.per_week_by_channel[w].get(ch, 0) for w in f.weeks]
        ax.bar(weeks, values, bottom=bottom, label=ch, color=colour)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("pengaduan / complaints")
    ax.legend()
    _integer_axis(ax.yaxis)
    out.append(_chart("per-week", "Pengaduan diterima per minggu menurut saluran / received per week by channel", fig))

    fig, ax = _figure()
    labels = list(f.by_division) or ["-"]
    ax.barh(labels[::-1], [f.by_division.get(k, 0) for k in labels][::-1], color="#2ca02c")
    _integer_axis(ax.xaxis)
    out.append(_chart("by-division", "Menurut bidang / by division", fig))

    fig, ax = _figure()
    labels = list(f.by_state) or ["-"]
    ax.bar(labels, [f.by_state.get(k, 0) for k in labels], color="#9467bd")
    ax.tick_params(axis="x", labelrotation=30)
    _integer_axis(ax.yaxis)
    out.append(_chart("by-state", "Menurut status / by state", fig))

    fig, ax = _figure()
    late = f.answered - f.answered_on_time
    unanswered = f.answerable - f.answered
    parts = [(f"tepat waktu / on time (≤{working_days} hari kerja)", f.answered_on_time, "#2ca02c"),
             ("terlambat / late", late, "#d62728"), ("belum ditanggapi / not yet answered", unanswered, "#7f7f7f")]
    ax.bar([p[0].split(" / ")[0] for p in parts], [p[1] for p in parts], color=[p[2] for p in parts])
    _integer_axis(ax.yaxis)
    share = "-" if f.share_on_time is None else f"{f.share_on_time:.0%}"
    out.append(_chart("on-time", f"Ditanggapi dalam {working_days} hari kerja: {share} / "
                                 f"answered within {working_days} working days", fig))

    fig, ax = _figure()
    hist = f.working_days_histogram or {0: 0}
    ax.bar([str(k) for k in hist], list(hist.values()), color="#17becf")
    ax.set_xlabel("hari kerja sampai tanggapan / working days to response")
    _integer_axis(ax.yaxis)
    median = "-" if f.median_working_days is None else f"{f.median_working_days:g}"
    out.append(_chart("working-days", f"Lama penanganan, median {median} hari kerja / time to response", fig))
    return out


def _figure():
    # Figure without pyplot: no global state, the Agg canvas is used for PNG.
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 3.2), dpi=100, layout="constrained")
    return fig, fig.subplots()


def _integer_axis(axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _chart(key: str, caption: str, fig) -> dict:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return {"key": key, "caption": caption,
            "src": "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")}
