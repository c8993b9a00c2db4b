"""Events: lexicon triggers, arguments from the dependency tree, CAMEO/PLOVER coding.

``run(analysis)`` fills ``analysis.document.events`` with the events of every sentence of
the title and body blocks (credits, captions and boilerplate state no events).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .coder import CodingContext, EventCoder, language_of
from .places import dateline_location

if TYPE_CHECKING:
    from ..pipeline import Analysis

__all__ = ["CodingContext", "EventCoder", "run"]
_SKIPPED_BLOCKS = ("credit", "byline", "boilerplate", "caption")


def _coder(language: str) -> EventCoder:
    coder = _CODERS.get(language)
    if coder is None:
        coder = _CODERS[language] = EventCoder(language)
    return coder


_CODERS: dict[str, EventCoder] = {}


def run(analysis: "Analysis") -> None:
    document, doc = analysis.document, analysis.doc
    language = language_of(document.language or doc.lang_)
    skipped = [b.span for b in document.blocks if b.kind in _SKIPPED_BLOCKS]
    sentences = [s for s in doc.sents
                 if not any(a <= s.start_char < b for a, b in skipped) and s.text.strip()]
    body = document.blocks_of("body")
    context = CodingContext(
        language=language, published=document.published,
        dateline=dateline_location(document.text[body[0].span[0]:body[0].span[1]]) if body else None,
        actor_kinds={a.id: a.kind for a in document.actors})
    document.events = _coder(language).code_doc(doc, analysis.mentions, context, sentences)
