"""``veilleur analyze``: print the analysis contract, no store involved."""
from __future__ import annotations

import json
from enum import Enum
from typing import List

import typer

from .common import EXIT_OK, EXIT_SOME_FAILED, report_error, write_line


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def register(app: typer.Typer) -> None:
    @app.command()
    def analyze(
        inputs: List[str] = typer.Argument(..., help="Files, directories, globs, URLs, or - for stdin"),
        format: Format = typer.Option(Format.jsonl, "--format", "-f", help="Output format"),
        size: str = typer.Option("md", "--size", help="French model size: md or sm"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the output, no progress"),
        min_confidence: float = typer.Option(None, "--min-confidence",
                                             help="Hide events and quotes below this confidence "
                                                  "(default: the min_confidence setting)"),
    ) -> None:
        """Analyse inputs and print one contract document per article."""
        from .. import analyze_many
        from ..errors import InputError
        from ..settings import load_settings

        threshold = load_settings(min_confidence=min_confidence).min_confidence
        failed = 0
        collected = []
        for item in analyze_many(inputs, size=size):
            if isinstance(item, InputError):
                failed += 1
                report_error(item, quiet)
                continue
            item.events = [e for e in item.events if e.confidence >= threshold]
            item.quotes = [q for q in item.quotes if q.confidence >= threshold]
            if format is Format.jsonl:
                write_line(item.to_json())
            elif format is Format.json:
                collected.append(item.to_dict())
            else:
                _print_table(item)
        if format is Format.json:
            write_line(json.dumps(collected, ensure_ascii=False, indent=2))
        raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _print_table(document) -> None:
    from rich.table import Table

    from .common import out

    out.print(f"[bold]{document.title or document.source}[/bold]  {document.language}  {document.published}")
    table = Table("category", "cameo", "source", "target", "modality", "confidence", "sentence")
    names = {a.id: a.name for a in document.actors}
    for e in document.events:
        table.add_row(e.category, e.cameo, names.get(e.source, "-"), names.get(e.target, "-"),
                      e.modality, f"{e.confidence:.2f}", document.text[e.sentence[0]:e.sentence[1]][:80])
    out.print(table)
    quotes = Table("type", "speaker", "cue", "text")
    for q in document.quotes:
        quotes.add_row(q.type, names.get(q.speaker, "-"), q.cue or "", q.text[:100])
    out.print(quotes)
