"""``veilleur export --parquet DIR`` and ``veilleur import --parquet DIR``: the store as
Parquet tables (articles, actors, events, quotes) for DuckDB, Spark or pandas, and back."""
from __future__ import annotations

from typing import Optional

import typer

from .common import (DB_HELP, EXIT_OK, EXIT_SOME_FAILED, JSON_HELP, QUIET_HELP, out,
                     open_store_or_exit, print_json, progress_counter, report_error)


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export(
        parquet: str = typer.Option(..., "--parquet", help="Folder to write articles/, actors/, events/ and quotes/ into"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        pipeline: Optional[str] = typer.Option(None, "--pipeline", help="Pipeline version exported (default: the latest stored)"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Write every stored article and its analysis as Parquet tables."""
        from ..errors import VeilleurError
        from ..runners.exchange import export_parquet

        store = open_store_or_exit(db, quiet)
        try:
            with store, progress_counter("exporting", quiet or as_json) as progress:
                written = export_parquet(store, parquet, pipeline_version=pipeline,
                                         on_part=lambda n: progress.advance(f"{n} articles"))
        except (VeilleurError, OSError) as exc:
            report_error(exc, quiet)
            raise typer.Exit(EXIT_SOME_FAILED)
        if as_json:
            print_json({"articles": written, "parquet": parquet})
        elif not quiet:
            out.print(f"[bold]{written}[/bold] articles written to {parquet}")
        raise typer.Exit(EXIT_OK)

    @app.command("import")
    def import_(
        parquet: str = typer.Option(..., "--parquet", help="Folder written by `veilleur export --parquet` (or by the Ray runner)"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Store the articles and analyses of a Parquet folder; importing twice adds nothing."""
        from ..errors import VeilleurError
        from ..runners.exchange import import_parquet

        store = open_store_or_exit(db, quiet)
        try:
            with store, progress_counter("importing", quiet or as_json) as progress:
                summary = import_parquet(store, parquet,
                                         on_part=lambda n: progress.advance(f"{n} articles"))
        except VeilleurError as exc:
            report_error(exc, quiet)
            raise typer.Exit(EXIT_SOME_FAILED)
        if as_json:
            print_json(summary.to_dict())
        elif not quiet:
            out.print(f"[bold]{summary.articles}[/bold] articles read: {summary.new_articles} new "
                      f"articles, {summary.new_analyses} new analyses")
        raise typer.Exit(EXIT_OK)
