"""``veilleur actors …``: look up, fix and extend the actors knowledge base.

Edits and imports go to the user overlay file (``veilleur actors where``), never to the
packaged data, so they survive upgrades. ``pending`` lists provisional actors from the store.
"""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, out, report_error, write_line

actors_app = typer.Typer(no_args_is_help=True, help="The actors knowledge base: search, show, add, import.")


class ImportFormat(str, Enum):
    wikidata = "wikidata"
    csv = "csv"
    tabari = "tabari"


class ExportFormat(str, Enum):
    yaml = "yaml"
    jsonl = "jsonl"


def _kb():
    from ..actors.kb import load_kb

    return load_kb()


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")


@actors_app.command()
def search(text: str = typer.Argument(..., help="Words of a name, any language or spelling"),
           limit: int = typer.Option(20, "--limit", "-n"),
           as_json: bool = typer.Option(False, "--json", help="One JSON object per line")) -> None:
    """Find actors whose names contain these words (case and accents ignored)."""
    hits = _kb().search(text, limit)
    if as_json:
        for a in hits:
            write_line(json.dumps(a.to_record(), ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("id", "kind", "country", "name")
    for a in hits:
        table.add_row(a.id, a.kind, a.country or "-", a.name("fr"))
    out.print(table)


@actors_app.command()
def show(actor_id: str = typer.Argument(..., help="Actor id, e.g. Q7747 or gov:RUS")) -> None:
    """Print an actor's record (names, aliases, roles) as JSON."""
    from ..errors import VeilleurError

    try:
        actor = _kb().actor(actor_id)
    except VeilleurError as exc:
        report_error(exc)
        raise typer.Exit(EXIT_SOME_FAILED)
    write_line(json.dumps({**actor.to_record(), "origin": actor.origin}, ensure_ascii=False, indent=2))


@actors_app.command()
def add(name: str = typer.Option(..., "--name", help="Canonical name"),
        kind: str = typer.Option("person", "--kind", help="person, government, party, igo, ngo, media…"),
        country: Optional[str] = typer.Option(None, "--country", help="ISO 3166-1 alpha-3"),
        actor_id: Optional[str] = typer.Option(None, "--id", help="Default: the Wikidata id or user:<name>"),
        wikidata: Optional[str] = typer.Option(None, "--wikidata"),
        cameo: Optional[str] = typer.Option(None, "--cameo"),
        gender: Optional[str] = typer.Option(None, "--gender", help="m or f"),
        language: str = typer.Option("fr", "--language", help="Language of --name"),
        alias: List[str] = typer.Option([], "--alias", help="Another name (repeatable)")) -> None:
    """Add (or replace) an actor in your overlay."""
    from ..actors.kb import user_file
    from ..actors.normalize import slug
    from ..actors.overlay import add_records
    from ..document import ACTOR_KINDS

    if kind not in ACTOR_KINDS:
        report_error(ValueError(f"unknown kind {kind!r}: one of {', '.join(ACTOR_KINDS)}"))
        raise typer.Exit(EXIT_USAGE)
    record = {"id": actor_id or wikidata or f"user:{slug(name)}", "kind": kind,
              "country": country.upper() if country else None, "cameo": cameo, "wikidata": wikidata,
              "gender": gender, "names": {language: [name]}, "aliases": list(alias)}
    add_records(user_file(), [record])
    write_line(record["id"])


@actors_app.command("alias")
def alias_(actor_id: str = typer.Argument(...), aliases: List[str] = typer.Argument(..., help="New names")) -> None:
    """Give an actor more names (kept in your overlay)."""
    from ..actors.kb import user_file
    from ..actors.overlay import add_aliases
    from ..errors import VeilleurError

    try:
        _kb().actor(actor_id)
    except VeilleurError as exc:
        report_error(exc)
        raise typer.Exit(EXIT_SOME_FAILED)
    n = add_aliases(user_file(), actor_id, list(aliases))
    write_line(f"{n} alias(es) added to {actor_id}")


@actors_app.command("import")
def import_(path: Path = typer.Argument(..., help="File to import"),
            format: ImportFormat = typer.Option(..., "--format", "-f", help="wikidata, csv or tabari")) -> None:
    """Import actors from a Wikidata JSON dump, a CSV table or a TABARI .actors dictionary."""
    from ..actors.importers import import_file
    from ..actors.kb import user_file
    from ..actors.overlay import add_records, merge_known
    from ..errors import VeilleurError

    kb = _kb()
    try:
        n_actors, n_aliases = add_records(user_file(), merge_known(import_file(path, format.value, kb), kb))
    except VeilleurError as exc:
        report_error(exc)
        raise typer.Exit(EXIT_SOME_FAILED)
    write_line(f"imported {n_actors} actor(s) and {n_aliases} alias(es) into {user_file()}")


@actors_app.command()
def export(format: ExportFormat = typer.Option(ExportFormat.yaml, "--format", "-f"),
           user_only: bool = typer.Option(False, "--user-only", help="Only your overlay's actors")) -> None:
    """Print the whole knowledge base (or your edits) as YAML records or JSON Lines."""
    import yaml

    records = [a.to_record() for a in _kb().actors.values() if not user_only or a.origin == "user"]
    if format is ExportFormat.jsonl:
        for r in records:
            write_line(json.dumps(r, ensure_ascii=False))
    else:
        write_line(yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=120))


@actors_app.command()
def where() -> None:
    """Print the path of your overlay file (set VEILLEUR_ACTORS_USER_FILE to move it)."""
    from ..actors.kb import user_file

    write_line(str(user_file()))


@actors_app.command()
def pending(db: Optional[str] = typer.Option(None, "--db", help="Store path or URL (default: settings)"),
            limit: int = typer.Option(50, "--limit", "-n"),
            as_json: bool = typer.Option(False, "--json", help="One JSON object per line")) -> None:
    """Provisional actors found in stored analyses, most frequent first, for review."""
    from ..settings import load_settings

    location = db or load_settings().db
    if "://" not in location and not Path(location).exists():
        write_line(f"no store at {location}: ingest articles first (veilleur ingest)")
        raise typer.Exit(EXIT_OK)
    from ..store import open_store

    with open_store(location) as store:
        rows = store.fetch_all(
            "SELECT a.id, a.name, a.kind, a.country, COUNT(DISTINCT aa.article_id) AS articles, "
            "SUM(aa.mention_count) AS mentions FROM actors a JOIN article_actors aa ON aa.actor_id = a.id "
            "WHERE a.id LIKE 'x:%' OR a.id LIKE 'role:%' GROUP BY a.id, a.name, a.kind, a.country "
            "ORDER BY articles DESC, mentions DESC, a.id LIMIT ?", (limit,))
    if as_json:
        for r in rows:
            write_line(json.dumps(dict(r), ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("id", "name", "kind", "country", "articles", "mentions")
    for r in rows:
        table.add_row(r["id"], r["name"], r["kind"] or "-", r["country"] or "-", str(r["articles"]), str(r["mentions"]))
    out.print(table)
