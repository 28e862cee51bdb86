"""The officers' commands: verify, assign, respond, archive, reject, reopen, merge, report.

Thin: read the arguments, call pipeline.officer / pipeline.report, print one
line (or JSON with --json). A refusal (illegal transition, unknown ticket)
exits 1 with one line on stderr; a missing officer name is a usage error (2).
`pipeline.cli` calls `register(app, context)`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable, Optional

import typer

from pipeline.errors import PipelineError

OFFICER_ENV = "PENGADUAN_OFFICER"
_MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

TICKET = typer.Argument(..., metavar="TICKET", help="ticket number, e.g. ADU-2026-000123")
OFFICER = typer.Option(None, "--officer", metavar="NAME", envvar=OFFICER_ENV, show_envvar=True,
                       help="the officer doing this (recorded in the complaint's events)")
AS_JSON = typer.Option(False, "--json", help="print the outcome as one JSON object")


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def _fail(message: object, code: int) -> None:
    typer.echo(_one_line(message), err=True)
    raise typer.Exit(code)


def _need_officer(officer: Optional[str]) -> str:
    if not officer or not officer.strip():
        # Reported here rather than by the parser so it is always one line and exit 2.
        _fail(f"usage error: name the officer with --officer NAME or the {OFFICER_ENV} environment variable", 2)
    return officer.strip()


def register(app: typer.Typer, context_factory: Callable[[], object]) -> None:
    """Add the officers' commands to `app`; `context_factory()` gives `.settings` and `.db`."""

    def call(fn, *args, **kwargs):
        """Run one service call, turning a project error into one line and its exit code."""
        ctx = context_factory()
        try:
            return fn(ctx.db, ctx.settings, *args, **kwargs)
        except PipelineError as exc:
            _fail(exc, exc.exit_code)

    def show(done, as_json: bool, human: str) -> None:
        typer.echo(json.dumps(done.as_json(), ensure_ascii=False) if as_json else human)

    class _Service:
        """pipeline.officer, imported on first use: it pulls in SQLAlchemy, which
        commands such as `extract` should not pay for at start-up."""

        def __getattr__(self, name):
            from pipeline import officer

            return getattr(officer, name)

    svc = _Service()

    @app.command()
    def verify(ticket: str = TICKET,
               level: int = typer.Option(..., "--level", min=1, max=3,
                                         help="1: the desk resolves it; 2: a division must; 3: the head must decide"),
               officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Confirm a received complaint and set its level (procedure step 3)."""
        name = _need_officer(officer)
        done = call(svc.verify, ticket, level, name)
        show(done, as_json, f"{done.ticket}: {done.from_state} -> {done.to_state} ({done.note})")

    @app.command()
    def assign(ticket: str = TICKET,
               division: str = typer.Option(..., "--division", metavar="CODE",
                                            help="division code from config.toml, e.g. mutasi"),
               officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Send the disposition e-mail to a division (procedure step 4).

        The complainant's identity is withheld unless the division has
        disclose_identity = true in config.toml.
        """
        name = _need_officer(officer)
        done = call(svc.assign, ticket, division, name)
        show(done, as_json, f"{done.ticket}: {done.from_state} -> {done.to_state}; {done.note}")

    @app.command()
    def respond(ticket: str = TICKET,
                file: Path = typer.Option(..., "--file", metavar="PATH", exists=True, dir_okay=False,
                                          readable=True, help="UTF-8 text of the agency's response"),
                officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Send the agency's response to the citizen (procedure step 5).

        The text is wrapped in the response template and queued to the
        citizen's address, threaded to their last message; a complaint without
        a usable e-mail address gets a printable letter instead.
        """
        name = _need_officer(officer)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _fail(f"usage error: cannot read {file}: {exc}", 2)
        done = call(svc.respond, ticket, text, name)
        show(done, as_json, f"{done.ticket}: {done.from_state} -> {done.to_state}; {done.note}")

    @app.command()
    def archive(ticket: str = TICKET,
                follow_up: str = typer.Option(..., "--follow-up", metavar="TEXT",
                                              help="the follow-up plan recorded with the archive"),
                officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Archive an answered complaint with its follow-up plan (procedure step 6)."""
        name = _need_officer(officer)
        done = call(svc.archive, ticket, follow_up, name)
        show(done, as_json, f"{done.ticket}: {done.from_state} -> {done.to_state}")

    @app.command()
    def reject(ticket: str = TICKET,
               reason: str = typer.Option(..., "--reason", metavar="TEXT", help="why it is not a complaint"),
               officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Reject an item that is not a complaint (received, incomplete or verified)."""
        name = _need_officer(officer)
        done = call(svc.reject, ticket, reason, name)
        show(done, as_json, f"{done.ticket}: {done.from_state} -> {done.to_state}")

    @app.command()
    def reopen(ticket: str = TICKET,
               note: Optional[str] = typer.Option(None, "--note", metavar="TEXT", help="why it is reopened"),
               officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Reopen a closed complaint; its history stays and a new deadline starts."""
        name = _need_officer(officer)
        done = call(svc.reopen, ticket, name, note=note)
        show(done, as_json, f"{done.ticket}: {done.from_state} -> {done.to_state}"
                            + (f" ({done.note})" if done.note else ""))

    @app.command()
    def merge(ticket: str = TICKET,
              into: str = typer.Option(..., "--into", metavar="OTHER", help="the ticket this one duplicates"),
              officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Mark a complaint as a duplicate of another."""
        name = _need_officer(officer)
        done = call(svc.merge, ticket, into, name)
        show(done, as_json, f"{done.ticket}: {done.from_state} -> {done.to_state} ({done.note})")

    @app.command()
    def report(month: str = typer.Option(..., "--month", metavar="YYYY-MM", help="the month to report on"),
               out: Optional[Path] = typer.Option(None, "--out", metavar="DIR",
                                                  help="where to write (default: var/reports beside the config)"),
               officer: Optional[str] = OFFICER, as_json: bool = AS_JSON):
        """Write the monthly recap: an HTML page with charts and a CSV of its rows."""
        from pipeline.report import build_report

        if not _MONTH_RE.match(month):
            _fail(f"usage error: --month must be YYYY-MM, got {month!r}", 2)
        ctx = context_factory()
        try:
            out_dir = out or ctx.settings.config_path.parent / "var" / "reports"
            html_path, csv_path = build_report(ctx.db, ctx.settings, month, out_dir)
        except PipelineError as exc:
            _fail(exc, exc.exit_code)
        except OSError as exc:
            _fail(f"cannot write the report to {out_dir}: {exc.strerror or exc}", 1)
        if as_json:
            typer.echo(json.dumps({"month": month, "html": str(html_path), "csv": str(csv_path)}))
        else:
            typer.echo(str(html_path))
            typer.echo(str(csv_path))
