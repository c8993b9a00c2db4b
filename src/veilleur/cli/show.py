"""``veilleur show ARTICLE_ID``: one stored article, as the contract or a readable view."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from .common import (DB_HELP, EXIT_SOME_FAILED, JSON_HELP, QUIET_HELP, one_line, out,
                     open_store_or_exit, report_error, write_line)


def print_event(category: str, cameo: str | None, source: str | None, target: str | None,
                modality: str, confidence: float, sentence: str | None) -> None:
    """An event on one line, its sentence (the evidence) below."""
    from rich.markup import escape

    out.print(f"  [bold]{category}[/bold] {cameo or ''}  {escape(one_line(source) or '-')} → "
              f"{escape(one_line(target) or '-')}  " + escape(f"[{modality}, {confidence:.2f}]"))
    out.print(f"    [dim]{escape(one_line(sentence, 160))}[/dim]")


def print_quote(speaker: str | None, cue: str | None, text: str) -> None:
    from rich.markup import escape

    out.print(f"  {escape(one_line(speaker) or '?')} ({escape(one_line(cue))}): "
              f"“{escape(one_line(text, 160))}”")


def print_document(document, article: dict) -> None:
    """Title and metadata, then actors, events and quotes, each with its evidence."""
    from rich.markup import escape
    from rich.table import Table

    names = {a.id: a.name for a in document.actors}
    out.print(f"[bold]{escape(document.title or document.source)}[/bold]")
    out.print(f"id {document.id}  language {document.language or '?'}  published {document.published or '?'}"
              f"  pipeline {document.meta.get('pipeline', '-')}")
    out.print(f"source {escape(document.source)}" + (f"  url {escape(article['url'])}" if article.get("url") else ""))
    if article.get("near_duplicate_of"):
        out.print(f"[yellow]near-duplicate of {article['near_duplicate_of']}[/yellow]")
    for error in document.errors:
        out.print(f"[red]analysis error[/red] {escape(error)}")
    if document.actors:
        table = Table("actor", "kind", "country", "cameo", "mentions", title="actors")
        for a in document.actors:
            table.add_row(escape(one_line(a.name)), a.kind, a.country or "", a.cameo or "", str(len(a.mentions)))
        out.print(table)
    if document.events:
        out.print("[bold]events[/bold]")
    for e in document.events:
        print_event(e.category, e.cameo, names.get(e.source), names.get(e.target), e.modality,
                    e.confidence, document.text[e.sentence[0]:e.sentence[1]])
    if document.quotes:
        out.print("[bold]quotes[/bold]")
    for q in document.quotes:
        print_quote(names.get(q.speaker), q.cue or q.type, q.text)
    if not (document.actors or document.events or document.quotes):
        out.print("no actors, events or quotes found")


def register(app: typer.Typer) -> None:
    @app.command()
    def show(
        article_id: str = typer.Argument(..., help="Article id, or its first characters (at least 4)"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        pipeline: Optional[str] = typer.Option(None, "--pipeline", help="Analysis of this pipeline version (default: the newest)"),
        text: bool = typer.Option(False, "--text", help="Print the cleaned text"),
        raw: bool = typer.Option(False, "--raw", help="Write the input bytes exactly as received"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP + ": the analysis contract"),
    ) -> None:
        """Show a stored article: its actors, events and quotes, or the contract (--json)."""
        from ..errors import VeilleurError

        with open_store_or_exit(db, quiet) as store:
            try:
                article = store.article(article_id)
                document = store.document(article["id"], pipeline)
            except VeilleurError as exc:
                report_error(exc, quiet)
                raise typer.Exit(EXIT_SOME_FAILED)
        if raw:
            sys.stdout.buffer.write(bytes(article["raw"] or b""))
            sys.stdout.flush()
        elif as_json:
            write_line(document.to_json(indent=2))
        elif text:
            write_line(document.text)
        else:
            print_document(document, article)
