"""``veilleur eval …``: quality evaluations, one module each under veilleur.evaluation.

Each evaluation module has ``register(eval_app)`` adding its subcommand; list it in
EVALUATION_MODULES.
"""
from __future__ import annotations

import importlib

import typer

EVALUATION_MODULES: list[str] = ["extraction", "quotes", "events"]

eval_app = typer.Typer(no_args_is_help=True, help="Measure quality against gold sets and benchmarks.")


def register(app: typer.Typer) -> None:
    for name in EVALUATION_MODULES:
        importlib.import_module(f"veilleur.evaluation.{name}").register(eval_app)
    app.add_typer(eval_app, name="eval")
