"""``veilleur ingest``: read inputs, analyse them and store articles and analyses.

The work is the local runner's (runners.local.run_into_store: all cores by default): each
article is committed as soon as it is analysed, so a killed run loses at most the batches
in flight, and a rerun skips every article whose analysis by this pipeline version is
stored (it is neither analysed nor stored again).
"""
from __future__ import annotations

from enum import Enum
from typing import Callable, Iterable, List, Optional

import typer

from .common import (DB_HELP, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, JSON_HELP, QUIET_HELP, out,
                     open_store_or_exit, print_json, progress_counter, report_error)

PROCESSES_HELP = "Analysis worker processes, 0 for all cores (default: the processes setting)"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    feed = "feed"


def parse_field_map(pairs: Iterable[str]) -> dict[str, str]:
    """``text=body`` pairs into {"text": "body"}; a malformed pair is a usage error (E901)."""
    from ..errors import VeilleurError

    mapping = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise VeilleurError("E901", input=pair, detail=f"--field expects NAME=COLUMN, got {pair!r}")
        mapping[name.strip()] = column.strip()
    return mapping


def reanalyze_store(store, *, size: str, batch_size: int, processes: int,
                    on_article: Callable[[str], None] = lambda note: None) -> int:
    """Analyse with this pipeline version every stored article that lacks its analysis."""
    from ..pipeline import PIPELINE_VERSION
    from ..runners.local import analyze_stream

    done = 0
    for document in analyze_stream(store.unanalysed(PIPELINE_VERSION), processes=processes,
                                   size=size, batch_size=batch_size):
        store.save(document, pipeline_version=PIPELINE_VERSION)
        done += 1
        on_article(document.title or document.source)
    return done


def print_summary(summary, store_name: str) -> None:
    """One line for a runners.local.RunSummary."""
    out.print(f"[bold]{summary.articles}[/bold] articles read: [green]{summary.new} new[/green], "
              f"{summary.skipped} already stored, {summary.analysis_errors} with analysis errors; "
              f"[{'red' if summary.failed else 'green'}]{summary.failed} inputs failed[/]")
    out.print(f"store: {store_name}")


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        inputs: List[str] = typer.Argument(..., help="Files, directories, globs, URLs, or - for stdin"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        fields: List[str] = typer.Option([], "--field", help="Field mapping for JSON Lines/CSV, e.g. text=body (repeatable)"),
        format: InputFormat = typer.Option(InputFormat.auto, "--format", help="Input format (auto: from name, type and content)"),
        size: Optional[str] = typer.Option(None, "--size", help="French model size: md or sm (default: the model_size setting)"),
        batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Articles analysed per batch (default: the batch_size setting)"),
        processes: Optional[int] = typer.Option(None, "--processes", "-p", min=0, help=PROCESSES_HELP),
        allow_private_urls: bool = typer.Option(False, "--allow-private-urls", help="Allow fetching private, loopback and link-local addresses"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Analyse inputs and store articles (raw and cleaned) and their analyses.

        Re-ingesting adds nothing; a rerun after an interruption skips what is stored.
        Exit status: 0 all inputs read, 1 some failed, 2 usage error.
        """
        from ..errors import VeilleurError
        from ..settings import load_settings
        from ..store import redact

        try:
            field_map = parse_field_map(fields)
        except VeilleurError as exc:
            report_error(exc, quiet)
            raise typer.Exit(EXIT_USAGE)
        from ..runners.local import run_into_store

        settings = load_settings(db=db, model_size=size, batch_size=batch_size, processes=processes,
                                 allow_private_urls=allow_private_urls or None)
        store = open_store_or_exit(settings.db, quiet)
        with store, progress_counter("ingesting", quiet or as_json) as progress:
            summary = run_into_store(
                inputs, store, settings=settings, field_map=field_map or None,
                input_format=None if format is InputFormat.auto else format.value,
                on_error=lambda e: report_error(e, quiet), on_article=progress.advance)
        if as_json:
            print_json({**summary.to_dict(), "store": redact(settings.db)})
        elif not quiet:
            print_summary(summary, redact(settings.db))
        raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)

    @app.command()
    def reanalyze(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        size: Optional[str] = typer.Option(None, "--size", help="French model size: md or sm (default: the model_size setting)"),
        batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Articles analysed per batch"),
        processes: Optional[int] = typer.Option(None, "--processes", "-p", min=0, help=PROCESSES_HELP),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Analyse stored articles with this Veilleur's pipeline, without re-ingesting.

        Only articles lacking this pipeline version's analysis are analysed; older
        analyses stay, each under its own version.
        """
        from ..pipeline import PIPELINE_VERSION
        from ..settings import load_settings

        settings = load_settings(db=db, model_size=size, batch_size=batch_size, processes=processes)
        with open_store_or_exit(settings.db, quiet) as store, \
                progress_counter("re-analysing", quiet or as_json) as progress:
            done = reanalyze_store(store, size=settings.model_size, batch_size=settings.batch_size,
                                   processes=settings.processes, on_article=progress.advance)
        if as_json:
            print_json({"analysed": done, "pipeline_version": PIPELINE_VERSION})
        elif not quiet:
            out.print(f"{done} articles analysed with pipeline {PIPELINE_VERSION}")
