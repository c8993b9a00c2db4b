"""``veilleur settings``: the documented settings table, with the values in effect."""
from __future__ import annotations

import typer

from .common import JSON_HELP, out, print_json


def register(app: typer.Typer) -> None:
    @app.command()
    def settings(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
        """Every setting: its value now, default, environment variable and meaning."""
        from rich.markup import escape

        from ..settings import SETTINGS, load_settings

        current = load_settings()
        rows = [{"name": s.name, "value": getattr(current, s.name), "default": s.default,
                 "env": f"VEILLEUR_{s.name.upper()}", "description": s.description}
                for s in SETTINGS]
        if as_json:
            print_json(rows)
            return
        for r in rows:
            changed = r["value"] != r["default"]
            value = escape(str(r["value"])) + (f"  [dim](default {escape(str(r['default']))})[/dim]"
                                               if changed else "")
            out.print(f"[bold]{r['name']}[/bold] = {value}")
            out.print(f"    {escape(r['description'])}  [dim]{r['env']}[/dim]")
        out.print("Order: defaults, then VEILLEUR_* environment variables, then command-line options.")
