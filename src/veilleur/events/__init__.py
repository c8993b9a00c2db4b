"""Events: lexicon triggers, arguments from the dependency tree, CAMEO/PLOVER coding.

``run(analysis)`` fills ``analysis.document.events`` with the events of every sentence of
the title and body blocks (credits, captions and boilerplate state no events).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Event
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
    events = _coder(language).code_doc(doc, analysis.mentions, context, sentences,
                                       quotes=document.quotes)
    document.events = _drop_title_repeats(events, [b.span for b in document.blocks_of("title")])


def _drop_title_repeats(events: list[Event], titles: list[tuple[int, int]]) -> list[Event]:
    """A headline restates the article: its event counts once, in the body sentence."""
    def in_title(event: Event) -> bool:
        return any(a <= event.sentence[0] < b for a, b in titles)

    body = {(e.category, e.source, e.target) for e in events if not in_title(e)}
    return [e for e in events if not (in_title(e) and (e.category, e.source, e.target) in body)]
