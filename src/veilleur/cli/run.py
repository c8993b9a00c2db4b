"""``veilleur run``: analyse inputs at scale into a store, on this machine's cores or on Ray."""
from __future__ import annotations

from enum import Enum
from typing import List, Optional

import typer

from .common import (DB_HELP, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, JSON_HELP, QUIET_HELP, out,
                     open_store_or_exit, print_json, progress_counter, report_error)
from .ingest import InputFormat, parse_field_map


class Engine(str, Enum):
    local = "local"
    ray = "ray"


def register(app: typer.Typer) -> None:
    @app.command()
    def run(
        inputs: List[str] = typer.Argument(..., help="Files, directories, globs, URLs (Parquet files with a text column on Ray)"),
        engine: Engine = typer.Option(Engine.local, "--engine", help="local: worker processes here; ray: a Ray cluster"),
        address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address, e.g. ray://head:10001 or auto (default: Ray on this machine)"),
        processes: Optional[int] = typer.Option(None, "--processes", "-p", min=0, help="Worker processes or Ray actors (0: all cores; default: the processes setting)"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        size: Optional[str] = typer.Option(None, "--size", help="French model size: md or sm (default: the model_size setting)"),
        batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Articles per analysis batch (default: the batch_size setting)"),
        fields: List[str] = typer.Option([], "--field", help="Field mapping for JSON Lines/CSV/Parquet, e.g. text=body (repeatable)"),
        format: InputFormat = typer.Option(InputFormat.auto, "--format", help="Input format (auto: from name, type and content)"),
        shards: Optional[str] = typer.Option(None, "--shards", help="Ray: folder for the Parquet shards (default: a cache folder per store)"),
        keep_shards: bool = typer.Option(False, "--keep-shards", help="Ray: keep the Parquet shards after loading them"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Analyse inputs with all cores (or on Ray) and store articles and analyses.

        Resumable: a rerun skips every article this pipeline version has analysed.
        Exit status: 0 all inputs read, 1 some failed, 2 usage error (E601: Ray missing).
        """
        from ..errors import VeilleurError
        from ..settings import load_settings
        from ..store import redact

        try:
            field_map = parse_field_map(fields) or None
        except VeilleurError as exc:
            report_error(exc, quiet)
            raise typer.Exit(EXIT_USAGE)
        settings = load_settings(db=db, model_size=size, batch_size=batch_size, processes=processes)
        options = dict(settings=settings, processes=settings.processes, size=settings.model_size,
                       batch_size=settings.batch_size, field_map=field_map,
                       input_format=None if format is InputFormat.auto else format.value,
                       on_error=lambda e: report_error(e, quiet))
        store = open_store_or_exit(settings.db, quiet)
        try:
            with store, progress_counter("analysing", quiet or as_json) as progress:
                if engine is Engine.ray:
                    from ..runners.ray_runner import run_ray

                    summary = run_ray(inputs, store, address=address, shards_dir=shards,
                                      keep_shards=keep_shards, on_article=progress.advance, **options)
                else:
                    from ..runners.local import run_into_store

                    summary = run_into_store(inputs, store, on_article=progress.advance, **options)
        except VeilleurError as exc:
            report_error(exc, quiet)
            raise typer.Exit(EXIT_USAGE if exc.code == "E601" else EXIT_SOME_FAILED)
        if as_json:
            print_json({**summary.to_dict(), "engine": engine.value, "store": redact(settings.db)})
        elif not quiet:
            out.print(f"[bold]{summary.articles}[/bold] articles read: {summary.analysed} analysed "
                      f"({summary.new} new), {summary.skipped} already analysed, "
                      f"{summary.analysis_errors} with analysis errors; "
                      f"[{'red' if summary.failed else 'green'}]{summary.failed} inputs failed[/]")
            out.print(f"store: {redact(settings.db)}")
        raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)
