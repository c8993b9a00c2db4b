"""Veilleur: source-linked political events, actors and quotes from French and English news.

>>> import veilleur
>>> doc = veilleur.analyze("Le président français a reçu son homologue allemand à Paris.")
>>> doc.to_dict()["events"]  # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from .document import Actor, Block, Document, Event, Quote
from .errors import Errors, InputError, VeilleurError
from .settings import Settings, load_settings

__version__ = "0.1.0"
__all__ = ["Actor", "Block", "Document", "Errors", "Event", "InputError", "Quote", "Settings",
           "VeilleurError", "analyze", "analyze_many", "load_settings", "__version__"]


def analyze(text_or_path: str | Path, *, source: str | None = None, language: str | None = None,
            published: str | None = None, title: str | None = None, size: str = "md") -> Document:
    """Analyse one article given as text, a file path or an http(s) URL.

    A string that names an existing file, or starts with http:// or https://, is read as
    an input (HTML, text, .gz); anything else is taken as the article's text.
    """
    from . import ingest
    from .pipeline import analyze_document

    spec = str(text_or_path)
    if isinstance(text_or_path, Path) or spec.startswith(("http://", "https://")) or (
            "\n" not in spec and len(spec) < 4096 and _is_file(spec)):
        results = list(ingest.load([spec]))
        if not results:
            raise InputError("E004", spec)
        first = results[0]
        if isinstance(first, InputError):
            raise first
        document = first
    else:
        document = ingest.document_from_text(spec, source or "<text>", title=title,
                                             language=language, published=published)
    if language:
        document.language = language
    if published:
        document.published = published
    if title:
        document.title = title
    return analyze_document(document, size=size)


def analyze_many(inputs, *, size: str = "md", batch_size: int = 16):
    """Analyse every article of the given inputs (paths, URLs, globs...): yields Documents
    and InputErrors in input order."""
    from . import ingest
    from .pipeline import analyze_documents

    pending: list = []
    for item in ingest.load(inputs):
        if isinstance(item, InputError) or len(pending) >= batch_size:
            yield from analyze_documents(pending, size=size, batch_size=batch_size)
            pending = []
        if isinstance(item, InputError):
            yield item
        else:
            pending.append(item)
    yield from analyze_documents(pending, size=size, batch_size=batch_size)


def _is_file(spec: str) -> bool:
    """A one-line text longer than the system's file-name limit is text, not a path."""
    try:
        return Path(spec).is_file()
    except OSError:
        return False
