"""The analysis of one document: a pure function from a cleaned Document to the contract.

ingest → nlp → actors → quotes → events (events read the quotes for quoted criticism).
It reads no database and knows nothing of who calls it; runners and stores sit around it
(shared/docs/architecture.md).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .actors.mentions import MentionIndex
from .document import Document
from .errors import VeilleurError
from .nlp import load_pipeline, pipeline_language

PIPELINE_VERSION = "0.1.0"
log = logging.getLogger(__name__)


@dataclass
class Analysis:
    """What the stages share while analysing one document."""

    document: Document
    doc: Doc
    mentions: MentionIndex = field(default_factory=MentionIndex)
    size: str = "md"


Stage = Callable[[Analysis], None]


def _stages() -> list[tuple[str, Stage]]:
    # Imported here so that importing veilleur stays cheap.
    from . import actors, events, quotes

    return [("actors", actors.run), ("quotes", quotes.run), ("events", events.run)]


def make_spacy_doc(nlp: Language, document: Document) -> Doc:
    """A Doc over the whole cleaned text, with block starts forced as sentence starts."""
    doc = nlp.make_doc(document.text)
    doc.user_data["veilleur_block_starts"] = sorted({b.span[0] for b in document.blocks})
    return doc


def run_stages(analysis: Analysis) -> Document:
    document = analysis.document
    for name, stage in _stages():
        try:
            stage(analysis)
        except VeilleurError as exc:
            document.errors.append(f"{name}: {exc}")
        except Exception as exc:  # one stage failing leaves what the others found
            log.exception("stage %s failed on %s", name, document.source)
            document.errors.append(f"{name}: [E100] {type(exc).__name__}: {exc}")
    document.meta["pipeline"] = PIPELINE_VERSION
    return document


def analyze_document(document: Document, *, size: str = "md") -> Document:
    """Analyse one cleaned Document in place and return it."""
    nlp = load_pipeline(pipeline_language(document.language), size)
    doc = nlp(make_spacy_doc(nlp, document))
    return run_stages(Analysis(document, doc, size=size))


def analyze_documents(documents: Iterable[Document], *, size: str = "md",
                      batch_size: int = 16) -> Iterator[Document]:
    """Analyse a stream of cleaned Documents with ``nlp.pipe``, in input order."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, size)
            batch = []
    if batch:
        yield from _analyze_batch(batch, size)


def _analyze_batch(batch: list[Document], size: str) -> Iterator[Document]:
    by_language: dict[str, list[int]] = {}
    for i, document in enumerate(batch):
        by_language.setdefault(pipeline_language(document.language), []).append(i)
    parsed: dict[int, Doc] = {}
    for language, indexes in by_language.items():
        nlp = load_pipeline(language, size)
        docs = [make_spacy_doc(nlp, batch[i]) for i in indexes]
        for i, doc in zip(indexes, nlp.pipe(docs)):
            parsed[i] = doc
    for i, document in enumerate(batch):
        yield run_stages(Analysis(document, parsed[i], size=size))
