"""Importers: turn what analysts already have into knowledge-base records.

Each ``read_*`` function yields records in the people/organizations YAML shape (see
records.actor_from_record); ``import_file`` dispatches on the format name. Aliases for
actors the base already has (a TABARI country block, say) come as {"alias_of": id, "aliases": [...]}.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ...errors import VeilleurError
from ..kb import KnowledgeBase

FORMATS = ("wikidata", "csv", "tabari")


def import_file(path: Path, format: str, kb: KnowledgeBase) -> Iterator[dict]:
    if not Path(path).is_file():
        raise VeilleurError("E001", input=str(path))
    if format == "wikidata":
        from .wikidata import read_wikidata
        return read_wikidata(Path(path), kb)
    if format == "csv":
        from .csv_table import read_csv
        return read_csv(Path(path))
    if format == "tabari":
        from .tabari import read_tabari
        return read_tabari(Path(path), kb)
    raise VeilleurError("E901", detail=f"unknown import format {format!r} (one of {', '.join(FORMATS)})")
