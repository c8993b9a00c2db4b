"""Shared CLI helpers: console, quiet/json flags, error reporting, exit codes."""
from __future__ import annotations

import json as _json
import sys
from contextlib import contextmanager
from typing import Any, Iterator

import typer
from rich.console import Console

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(error: Exception, quiet: bool = False) -> None:
    """One line on stderr naming the input and the cause."""
    err.print(f"[red]error[/red] {error}", markup=True) if not quiet else print(str(error), file=sys.stderr)


def write_line(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# -- options and helpers shared by the store-facing commands --------------------------------

DB_HELP = "Store: a SQLite file or a postgresql:// URL (default: the `db` setting)"
QUIET_HELP = "No progress bars or messages, only the output and errors"
JSON_HELP = "Machine-readable JSON output"


def print_json(value: Any) -> None:
    write_line(_json.dumps(value, ensure_ascii=False, indent=2, default=str))


def open_store_or_exit(db: str | None, quiet: bool = False):
    """The store named by --db (or the settings), or exit: 2 for a bad URL, 1 otherwise."""
    from ..errors import VeilleurError
    from ..settings import load_settings
    from ..store import open_store

    try:
        return open_store(load_settings(db=db).db)
    except VeilleurError as exc:
        report_error(exc, quiet)
        raise typer.Exit(EXIT_USAGE if exc.code == "E501" else EXIT_SOME_FAILED)


@contextmanager
def progress_counter(label: str, quiet: bool) -> Iterator[Any]:
    """A Rich progress line on stderr counting items of unknown total; ``advance()`` it.
    Silent with -q or when stderr is not a terminal."""
    from rich.progress import (MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn)

    if quiet or not err.is_terminal:
        yield _Silent()
        return
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), MofNCompleteColumn(),
                  TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=err,
                  transient=True) as progress:
        task = progress.add_task(label, total=None, note="")
        yield _Advance(progress, task)


class _Silent:
    def advance(self, note: str = "") -> None:
        pass


class _Advance:
    def __init__(self, progress: Any, task: Any) -> None:
        self.progress, self.task = progress, task

    def advance(self, note: str = "") -> None:
        self.progress.update(self.task, advance=1, note=note)


def one_line(text: str | None, width: int | None = None) -> str:
    """``text`` on one line (runs of whitespace as one space), cut to ``width`` with …."""
    flat = " ".join((text or "").split())
    return flat if width is None or len(flat) <= width else flat[:width - 1] + "…"
