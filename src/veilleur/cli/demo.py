"""``veilleur demo``: the main job on the embedded store, over the sample corpus shipped in
the package: ingest and analyse it, then show what was found."""
from __future__ import annotations

import importlib.util
from typing import Optional

import typer

from .common import (DB_HELP, EXIT_OK, EXIT_SOME_FAILED, JSON_HELP, QUIET_HELP, out,
                     open_store_or_exit, print_json, progress_counter, report_error)
from .ingest import PROCESSES_HELP

EXAMPLES = 5


def _examples(store, version: str) -> dict:
    """A few events and quotes with their actors' names and evidence, most confident first."""
    events = store.fetch_all(
        "SELECT e.category, e.cameo, s.name AS source, t.name AS target, e.modality, e.confidence, "
        "e.sentence_text, e.article_id FROM events e "
        "LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor "
        "WHERE e.pipeline_version = ? ORDER BY e.confidence DESC, e.seq LIMIT ?", (version, EXAMPLES))
    quotes = store.fetch_all(
        "SELECT q.type, s.name AS speaker, q.cue, q.text, q.confidence, q.article_id FROM quotes q "
        "LEFT JOIN actors s ON s.id = q.speaker_actor WHERE q.pipeline_version = ? "
        "ORDER BY q.speaker_actor IS NULL, q.confidence DESC, q.seq LIMIT ?", (version, EXAMPLES))
    return {"events": events, "quotes": quotes}


def _print_examples(examples: dict) -> None:
    from .show import print_event, print_quote

    if examples["events"]:
        out.print("\n[bold]events[/bold] (most confident)")
    for e in examples["events"]:
        print_event(e["category"], e["cameo"], e["source"], e["target"], e["modality"],
                    e["confidence"], e["sentence_text"])
    if examples["quotes"]:
        out.print("\n[bold]quotes[/bold]")
    for q in examples["quotes"]:
        print_quote(q["speaker"], q["cue"] or q["type"], q["text"])


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        size: Optional[str] = typer.Option(None, "--size", help="French model size: md or sm (default: the model_size setting)"),
        processes: Optional[int] = typer.Option(None, "--processes", "-p", min=0, help=PROCESSES_HELP),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Ingest and analyse the sample corpus shipped with Veilleur, then show what was found.

        Counts, top actors, events and quotes; the store stays for search, show and serve.
        """
        from ..pipeline import PIPELINE_VERSION
        from ..sample import article_paths
        from ..settings import load_settings
        from ..store import redact
        from ..runners.local import run_into_store
        from .ingest import print_summary
        from .stats import print_stats

        settings = load_settings(db=db, model_size=size, processes=processes)
        paths = [str(p) for p in article_paths()]
        with open_store_or_exit(settings.db, quiet) as store:
            with progress_counter("analysing the sample corpus", quiet or as_json) as progress:
                summary = run_into_store(paths, store, settings=settings,
                                         on_error=lambda e: report_error(e, quiet),
                                         on_article=progress.advance)
            figures = store.stats(PIPELINE_VERSION)
            examples = _examples(store, PIPELINE_VERSION)
        if as_json:
            print_json({"ingest": summary.to_dict(), "stats": figures, **examples})
        elif not quiet:
            print_summary(summary, redact(settings.db))
            out.print()
            print_stats(figures)
            _print_examples(examples)
            where = f" --db {settings.db}" if db else ""
            out.print(f"\nNext: [bold]veilleur search \"…\"{where}[/bold], "
                      f"[bold]veilleur show ID{where}[/bold]", end="")
            if importlib.util.find_spec("veilleur.cli.serve"):
                out.print(f", or browse it all with [bold]veilleur serve{where}[/bold]")
            else:
                out.print()
        raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)
