"""``veilleur ingest``: read inputs, analyse them and store articles and analyses.

Each article is committed as soon as it is analysed, so a killed run loses at most the
batch in flight, and a rerun skips every article whose analysis by this pipeline version
is stored (it is neither analysed nor stored again).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Callable, Iterable, Iterator, List, Optional

import typer

from .common import (DB_HELP, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, JSON_HELP, QUIET_HELP, out,
                     open_store_or_exit, print_json, progress_counter, report_error)


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    feed = "feed"


@dataclass
class IngestSummary:
    articles: int = 0          # articles read from the inputs
    new: int = 0               # stored for the first time
    near_duplicates: int = 0   # new, linked to the article they nearly copy
    already_stored: int = 0    # same text stored before (analysis skipped when present)
    analysed: int = 0
    analysis_errors: int = 0   # stored with an errors entry (a stage failed)
    failed: int = 0            # inputs that could not be read
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


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


def ingest_into(store, inputs: list[str], *, settings, size: str, batch_size: int,
                field_map: dict[str, str] | None = None, input_format: str | None = None,
                on_error: Callable[[Exception], None] = lambda e: None,
                on_article: Callable[[str], None] = lambda note: None) -> IngestSummary:
    """Load, analyse (skipping what the store holds) and store every article of ``inputs``."""
    from .. import ingest
    from ..document import text_id
    from ..errors import InputError
    from ..pipeline import PIPELINE_VERSION, analyze_documents

    summary = IngestSummary()

    def to_analyse() -> Iterator:
        for item in ingest.load(inputs, settings, field_map=field_map or None,
                                input_format=input_format):
            if isinstance(item, InputError):
                summary.failed += 1
                summary.errors.append(str(item))
                on_error(item)
                continue
            summary.articles += 1
            if store.is_analysed(text_id(item.text), PIPELINE_VERSION):
                summary.already_stored += 1
                on_article("already stored")
                continue
            yield item

    for document in analyze_documents(to_analyse(), size=size, batch_size=batch_size):
        result = store.save(document, pipeline_version=PIPELINE_VERSION)
        summary.analysed += 1
        summary.analysis_errors += bool(document.errors)
        if result.new_article:
            summary.new += 1
            summary.near_duplicates += result.near_duplicate_of is not None
        else:
            summary.already_stored += 1
        on_article(document.title or document.source)
    return summary


def print_summary(summary: IngestSummary, store_name: str) -> None:
    near = f" ({summary.near_duplicates} near-duplicates linked)" if summary.near_duplicates else ""
    out.print(f"[bold]{summary.articles}[/bold] articles read: [green]{summary.new} new[/green]{near}, "
              f"{summary.already_stored} already stored, {summary.analysis_errors} with analysis errors; "
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
        settings = load_settings(db=db, model_size=size, batch_size=batch_size,
                                 allow_private_urls=allow_private_urls or None)
        store = open_store_or_exit(settings.db, quiet)
        with store, progress_counter("ingesting", quiet or as_json) as progress:
            summary = ingest_into(
                store, inputs, settings=settings, size=settings.model_size,
                batch_size=settings.batch_size, field_map=field_map,
                input_format=None if format is InputFormat.auto else format.value,
                on_error=lambda e: report_error(e, quiet), on_article=progress.advance)
        if as_json:
            print_json({**summary.to_dict(), "store": redact(settings.db)})
        elif not quiet:
            print_summary(summary, redact(settings.db))
        raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)
