"""A store to and from Parquet exchange directories (runners/parquet.py), through the
store's public API: exports page through the articles, imports ``save`` each Document (one
transaction per article, ON CONFLICT DO NOTHING), so importing twice adds nothing."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..document import Document
from ..ingest.raw import RawInput
from . import parquet

PART_SIZE = 500  # articles per part: a few MB per file, one part in memory at a time
_PAGE_SQL = ("SELECT a.seq, a.id, a.raw, a.raw_media_type, a.raw_encoding, a.url, n.document_json "
             "FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
             "AND n.pipeline_version = ? WHERE a.seq > ? ORDER BY a.seq LIMIT ?")


@dataclass
class ImportSummary:
    parts: int = 0
    articles: int = 0
    new_articles: int = 0
    new_analyses: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def stored_documents(store, pipeline_version: str, page: int = PART_SIZE) -> Iterator[Document]:
    """Every stored article with its analysis by ``pipeline_version`` (none when missing),
    raw input attached, in insertion order."""
    last = 0
    while True:
        rows = store.fetch_all(_PAGE_SQL, (pipeline_version, last, page))
        if not rows:
            return
        for row in rows:
            if row["document_json"]:
                document = Document.from_dict(json.loads(row["document_json"]))
            else:  # stored, not analysed by this version: the cleaned article alone
                document = store.document(row["id"])
                document.actors, document.events, document.quotes, document.errors = [], [], [], []
                document.meta.pop("pipeline", None)
            if row["raw"] is not None:
                document.raw = RawInput(data=bytes(row["raw"]), media_type=row["raw_media_type"],
                                        encoding=row["raw_encoding"], url=row["url"])
            yield document
        last = rows[-1]["seq"]


def export_parquet(store, directory: str | Path, *, pipeline_version: str | None = None,
                   part_size: int = PART_SIZE,
                   on_part: Callable[[int], None] = lambda n: None) -> int:
    """Write the store's articles and their analyses by ``pipeline_version`` (default: the
    newest stored) to ``directory``; returns the number of articles written."""
    from ..pipeline import PIPELINE_VERSION
    from .local import batched

    version = pipeline_version or store.latest_pipeline_version() or PIPELINE_VERSION
    written = 0
    for part in batched(stored_documents(store, version, part_size), part_size):
        parquet.write_part(directory, part)
        written += len(part)
        on_part(len(part))
    return written


def import_parquet(store, directory: str | Path,
                   on_part: Callable[[int], None] = lambda n: None) -> ImportSummary:
    """Store every Document of ``directory`` (idempotent: what is stored is not added again)."""
    summary = ImportSummary()
    for name in parquet.part_names(directory):
        documents = parquet.read_part(directory, name)
        for document in documents:
            result = store.save(document)
            summary.new_articles += result.new_article
            summary.new_analyses += result.new_analysis
        summary.parts += 1
        summary.articles += len(documents)
        on_part(len(documents))
    return summary
