"""The ``veilleur`` command: a thin face over the package.

Each command group lives in its own module with a ``register(app)`` function; add the
module's name to COMMAND_MODULES to expose it.
Exit status: 0 all inputs succeeded, 1 some inputs failed, 2 usage error.
"""
from __future__ import annotations

import importlib
import sys

import typer

COMMAND_MODULES = ["analyze", "eval", "actors", "ingest", "search", "show", "stats", "settings", "demo", "serve", "run", "exchange", "stories"]

app = typer.Typer(
    name="veilleur", no_args_is_help=True, add_completion=False,
    help="Turn news into a source-linked database of political events, actors and quotes.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root() -> None:
    """Veilleur: political events, actors and quotes from news, each linked to its sentence."""


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(app)


_register_all()


def main(argv: list[str] | None = None) -> int:
    try:
        app(args=argv, standalone_mode=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
