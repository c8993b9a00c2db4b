"""``veilleur stats``: what the store holds."""
from __future__ import annotations

from typing import Optional

import typer

from .common import DB_HELP, JSON_HELP, QUIET_HELP, one_line, out, open_store_or_exit, print_json


def print_stats(stats: dict) -> None:
    from rich.markup import escape
    from rich.table import Table

    published = stats["published"] or {}
    out.print(f"[bold]store[/bold] {escape(stats['store'])} (schema {stats['schema_version']})")
    out.print(f"articles {stats['articles']} ({stats['near_duplicates']} near-duplicates), "
              f"published {published.get('first') or '?'} to {published.get('last') or '?'}")
    out.print("languages " + ", ".join(f"{k} {v}" for k, v in stats["languages"].items()))
    out.print("analyses " + (", ".join(f"pipeline {k}: {v}" for k, v in stats["analyses"].items()) or "none"))
    out.print(f"pipeline {stats['pipeline_version'] or '-'}: {stats['actors']} actors, "
              f"{stats['events']} events, {stats['quotes']} quotes (near-duplicates left out)")
    if stats["event_categories"]:
        out.print("events by category " + ", ".join(f"{k} {v}" for k, v in stats["event_categories"].items()))
    if stats["top_actors"]:
        table = Table("actor", "kind", "country", "articles", "mentions", title="top actors")
        for a in stats["top_actors"]:
            table.add_row(escape(one_line(a["name"])), a["kind"] or "", a["country"] or "", str(a["articles"]),
                          str(a["mentions"]))
        out.print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    def stats(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        pipeline: Optional[str] = typer.Option(None, "--pipeline", help="Pipeline version counted (default: the latest stored)"),
        top: int = typer.Option(10, "--top", min=1, help="Length of the top lists"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Counts of articles, analyses, actors, events and quotes in the store."""
        with open_store_or_exit(db, quiet) as store:
            figures = store.stats(pipeline, top=top)
        print_json(figures) if as_json else print_stats(figures)
