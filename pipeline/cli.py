"""The `pengaduan` command: thin commands that open, call, and turn errors into one line.

Exit codes (DESIGN.md): 0 done, 1 refused, 2 usage, 3 unreadable input, 4 bad configuration.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import typer

from pipeline.errors import ConfigError, PipelineError, UnreadableInput

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Pengaduan: complaint intake for public service units (BKPSDM).")
db_app = typer.Typer(no_args_is_help=True, help="Database schema commands.")
app.add_typer(db_app, name="db")


@dataclass
class AppContext:
    config: Optional[str] = None
    _settings: object = None
    _db: object = None

    @property
    def settings(self):
        if self._settings is None:
            from pipeline.config import load_settings

            self._settings = load_settings(self.config)
        return self._settings

    @property
    def db(self):
        if self._db is None:
            from pipeline.store.db import Database

            self._db = Database(self.settings.database_url)
        return self._db


_context = AppContext()


def context() -> AppContext:
    return _context


@app.callback()
def _main(config: Optional[str] = typer.Option(None, "--config", metavar="PATH",
                                                help="config file (default: $PENGADUAN_CONFIG, else ./config.toml)"),
          verbose: bool = typer.Option(False, "--verbose", "-v", help="log at DEBUG level")):
    _context.config = config
    _context._settings = None
    _context._db = None
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic narrates every migration step at INFO; the first command on a
    # new database would otherwise open with a screenful of it.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # Libraries warn about the damaged files they are handed ("Corrupt EXIF data", "Tag data larger than
    # file"): what the file is worth is our one-line verdict; their words are for --verbose.
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").setLevel(logging.DEBUG if verbose else logging.ERROR)


def fail(message: str, code: int) -> None:
    typer.echo(" ".join(str(message).split()), err=True)
    raise typer.Exit(code)


# ------------------------------------------------------------------ extract
@app.command()
def extract(path: Path = typer.Argument(..., help="an .eml, .pdf, .docx, .png/.jpg/.tif or .txt file"),
            as_json: bool = typer.Option(False, "--json", help="print the extraction as one JSON object"),
            explain: bool = typer.Option(False, "--explain", help="show the evidence for every field")):
    """Read one file and print what was extracted. Touches no database, needs no config."""
    from pipeline.extract import extract as run_extract
    from pipeline.parse import read_path

    try:
        document = read_path(path)
        extraction = run_extract(document, _divisions_if_configured())
    except UnreadableInput as exc:
        fail(f"{path}: {exc}", 3)
    except Exception as exc:  # the contract: one line and exit 3, never a traceback
        fail(f"{path}: cannot read: {type(exc).__name__}: {exc}", 3)
    if explain:
        typer.echo(extraction.explain())
        if as_json:
            typer.echo(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2))
    elif as_json:
        typer.echo(json.dumps(extraction.to_json(), ensure_ascii=False))
    else:
        data = extraction.to_json()
        for key, value in data["fields"].items():
            typer.echo(f"{key:22} {value if value is not None else '-'}")
        typer.echo(f"{'missing':22} {', '.join(data['missing']) or '-'}")
        typer.echo(f"{'division':22} {data['division'] or '-'}")
        if data["auto_reply"]:
            typer.echo("auto_reply             yes: not a complaint")


def _divisions_if_configured():
    """`extract` needs no config, but honours the divisions of one when it can read it."""
    try:
        return _context.settings.divisions or None
    except ConfigError:
        return None


# ------------------------------------------------------------------ worker
@app.command()
def run(once: bool = typer.Option(False, "--once", help="run one cycle and exit")):
    """The worker: poll every source, file complaints, send the outbox, check deadlines."""
    from pipeline.run import Pipeline
    from pipeline.worker import StopFlag, run_forever, run_once

    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    settings = _context.settings
    _context.db.ensure_schema()
    stop = StopFlag()
    pipeline = Pipeline(settings, _context.db, stop=stop)
    if once:
        import signal

        signal.signal(signal.SIGINT, stop.set)
        signal.signal(signal.SIGTERM, stop.set)
        run_once(pipeline)
    else:
        run_forever(pipeline, settings.poll_seconds, stop)


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="files to file as complaints")):
    """File the given files as complaints, through the same path as the worker."""
    from pipeline.run import Pipeline

    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    pipeline = Pipeline(_context.settings, _context.db)
    report = pipeline.ingest_paths([str(p) for p in paths])
    for ticket in report.filed:
        typer.echo(f"filed {ticket}")
    for ticket in report.replies:
        typer.echo(f"reply joined {ticket}")
    if report.rejected:
        typer.echo(f"rejected {report.rejected} item(s) that are not complaints")
    if report.duplicates:
        typer.echo(f"{report.duplicates} item(s) already filed")
    for line in report.failed:
        typer.echo(line, err=True)
    if report.failed:
        raise typer.Exit(3)


# ------------------------------------------------------------------ reading
@app.command("list")
def list_(as_json: bool = typer.Option(False, "--json", help="print a JSON array"),
          all_: bool = typer.Option(False, "--all", help="include rejected items (auto-replies, bounces, list mail)"),
          state: list[str] = typer.Option([], "--state", help="only this state (repeatable)"),
          division: Optional[str] = typer.Option(None, "--division", help="only this division code"),
          level: Optional[int] = typer.Option(None, "--level", help="only this level (1-3)"),
          overdue: bool = typer.Option(False, "--overdue", help="only open complaints past their due date"),
          due_within: Optional[int] = typer.Option(None, "--due-within", metavar="N",
                                                   help="only open complaints due within N working days"),
          search: Optional[str] = typer.Option(None, "--search", help="text to look for"),
          quarantine: bool = typer.Option(False, "--quarantine", help="list items that could not be processed"),
          outbox: bool = typer.Option(False, "--outbox", help="list outgoing messages and their status")):
    """List complaints (rejected items only with --all or --state rejected)."""
    from pipeline import views

    if quarantine:
        rows = views.quarantine_rows(_context.db)
        _print_rows(rows, as_json, ["id", "source", "filename", "error", "stored_at"])
        return
    if outbox:
        rows = views.outbox_rows(_context.db, _context.settings)
        _print_rows(rows, as_json, ["id", "ticket", "kind", "status", "attempts", "to", "last_error"])
        return
    rows = views.complaint_rows(_context.db, _context.settings, states=state, include_rejected=all_,
                                division=division, level=level, overdue=overdue, due_within=due_within,
                                search=search)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    typer.echo(views.format_table(rows))


def _print_rows(rows: list[dict], as_json: bool, columns: list[str]) -> None:
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        typer.echo("(none)")
        return
    for row in rows:
        typer.echo("  ".join(f"{c}={row.get(c)}" for c in columns))


@app.command()
def show(ticket: str = typer.Argument(..., help="ticket number, e.g. ADU-2026-000123"),
         as_json: bool = typer.Option(False, "--json", help="print one JSON object")):
    """Show one complaint in full: fields, evidence, messages, attachments, events, deadline."""
    from pipeline import views

    data = views.complaint_detail(_context.db, _context.settings, ticket)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        typer.echo(views.format_detail(data))


@app.command()
def reprocess(item_id: int = typer.Argument(..., help="the quarantined item's id (list --quarantine)")):
    """Process a quarantined item again from its archived copy."""
    from pipeline import views

    ticket_or_none = views.reprocess(_context.db, _context.settings, item_id)
    typer.echo(ticket_or_none)


# ------------------------------------------------------------------ db
@db_app.command("upgrade")
def db_upgrade():
    """Create or upgrade the database schema to the newest version."""
    from pipeline.store.db import current_revision, head_revision, upgrade

    db = _context.db
    before = current_revision(db.engine)
    upgrade(db.engine)
    typer.echo(f"database schema: {before or 'empty'} -> {head_revision()}")


def _register_officer_commands() -> None:
    try:
        from pipeline import cli_officer
    except ImportError:
        return
    cli_officer.register(app, context)


_register_officer_commands()


def main() -> None:
    """Entry point: every project error becomes one line on stderr and its exit code.

    Typer's standalone mode already turns usage errors into exit 2 and
    `typer.Exit` into its code; what escapes it is ours to translate.
    """
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except PipelineError as exc:
        typer.echo(" ".join(str(exc).split()) or type(exc).__doc__, err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        logging.getLogger("pipeline").debug("unexpected error", exc_info=True)
        typer.echo(f"error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}", err=True)
        sys.exit(1)
