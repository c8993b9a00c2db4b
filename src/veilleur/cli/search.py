"""``veilleur search QUERY``: full-text search over stored articles, with snippets."""
from __future__ import annotations

from dataclasses import asdict
from typing import Optional

import typer

from .common import DB_HELP, JSON_HELP, QUIET_HELP, one_line, out, open_store_or_exit, print_json

_MARK = ("\x02", "\x03")  # private markers, turned into bold (or ** in JSON) for display


def register(app: typer.Typer) -> None:
    @app.command()
    def search(
        query: str = typer.Argument(..., help='Words, "exact phrases", OR, -excluded, prefix*'),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        limit: int = typer.Option(20, "--limit", "-n", min=1, max=1000, help="Most results shown"),
        offset: int = typer.Option(0, "--offset", min=0, help="Results to skip (paging)"),
        language: Optional[str] = typer.Option(None, "--language", "-l", help="Only articles in this language (ISO 639-1)"),
        duplicates: bool = typer.Option(False, "--duplicates", help="Include near-duplicate copies"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ) -> None:
        """Search stored titles and texts; best matches first."""
        from rich.markup import escape

        with open_store_or_exit(db, quiet) as store:
            hits = store.search(query, limit=limit, offset=offset, language=language,
                                include_duplicates=duplicates, highlight=_MARK)
        if as_json:
            print_json([{**asdict(h), "snippet": h.snippet.replace(_MARK[0], "**").replace(_MARK[1], "**")}
                        for h in hits])
            return
        if not hits and not quiet:
            out.print("no match")
        for hit in hits:
            snippet = escape(one_line(hit.snippet)).replace(_MARK[0], "[bold yellow]").replace(_MARK[1], "[/]")
            copy = f"  [dim](copy of {hit.near_duplicate_of[:12]})[/dim]" if hit.near_duplicate_of else ""
            out.print(f"[cyan]{hit.article_id[:12]}[/cyan]  [bold]{escape(hit.title or hit.source)}[/bold]"
                      f"  {hit.language or '?'}  {hit.published or ''}{copy}")
            out.print(f"    {snippet}")
