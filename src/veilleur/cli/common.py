"""Shared CLI helpers: console, quiet/json flags, error reporting, exit codes."""
from __future__ import annotations

import sys

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
