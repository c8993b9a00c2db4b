"""The store: articles (raw and cleaned), analyses per pipeline version, actors, events,
quotes, full-text search. One interface, two backends:

>>> from veilleur.store import open_store
>>> with open_store("/tmp/news.db") as store:          # doctest: +SKIP
...     result = store.save(document)                  # once per text, once per version
...     hits = store.search("cessez-le-feu Gaza")

``open_store`` takes a SQLite file path (the default, embedded) or a ``postgresql://`` URL.
The tables are described in ``store/migrations`` and docs/store.md.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import VeilleurError
from ._base import HIGHLIGHT, SaveResult, SearchHit, Store, redact
from ._migrations import supported_version

SCHEMA_VERSION = supported_version("sqlite")
__all__ = ["HIGHLIGHT", "SCHEMA_VERSION", "SaveResult", "SearchHit", "Store", "open_store", "redact"]


def open_store(url_or_path: str | Path) -> Store:
    """Open (creating and migrating if needed) the store at a path or database URL."""
    spec = str(url_or_path)
    if spec.startswith(("postgresql://", "postgres://")):
        from ._postgres import PostgresStore

        return PostgresStore(spec)
    if spec.startswith("sqlite:///"):
        spec = spec[len("sqlite:///") - 1:] if spec.startswith("sqlite:////") else spec[len("sqlite:///"):]
    elif "://" in spec:
        raise VeilleurError("E501", input=redact(spec), url=redact(spec))
    from ._sqlite import SQLiteStore

    return SQLiteStore(spec)
