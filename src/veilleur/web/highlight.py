"""Cut an article's text into segments carrying its annotations, for safe highlighting.

The text is untrusted, so the page never inserts it as HTML: each segment is plain text the
template autoescapes inside a <span> whose classes say what covers it (actor mention,
event trigger, quote). Overlapping annotations simply split the text at every boundary.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    start: int
    end: int
    text: str
    actors: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)      # indexes of events triggered here
    quotes: list[int] = field(default_factory=list)      # indexes of quotes covering this

    @property
    def classes(self) -> str:
        names = []
        if self.actors:
            names.append("hl-actor")
        if self.events:
            names.append("hl-trigger")
        if self.quotes:
            names.append("hl-quote")
        return " ".join(names)


def _valid(span: Any, length: int) -> tuple[int, int] | None:
    if not span or len(span) != 2:
        return None
    start, end = int(span[0]), int(span[1])
    return (start, end) if 0 <= start < end <= length else None


def annotation_spans(contract: dict) -> list[tuple[int, int, str, Any]]:
    """(start, end, layer, value) for every actor mention, event trigger and quote."""
    length = len(contract.get("text") or "")
    spans: list[tuple[int, int, str, Any]] = []
    for actor in contract.get("actors") or []:
        for mention in actor.get("mentions") or []:
            if (span := _valid(mention, length)):
                spans.append((*span, "actor", actor["id"]))
    for i, event in enumerate(contract.get("events") or []):
        if (span := _valid(event.get("trigger"), length)):
            spans.append((*span, "event", i))
    for i, quote in enumerate(contract.get("quotes") or []):
        if (span := _valid(quote.get("span"), length)):
            spans.append((*span, "quote", i))
    return spans


def segments(contract: dict) -> list[Segment]:
    """The whole text as consecutive segments; boundaries also at every sentence start of an
    event so the page can scroll to it."""
    text = contract.get("text") or ""
    spans = annotation_spans(contract)
    cuts = {0, len(text)}
    for start, end, _, _ in spans:
        cuts.update((start, end))
    for event in contract.get("events") or []:
        if (span := _valid(event.get("sentence"), len(text))):
            cuts.update(span)
    for quote in contract.get("quotes") or []:
        if (span := _valid(quote.get("speaker_span"), len(text))):
            cuts.update(span)
    bounds = sorted(cuts)
    out = [Segment(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:])]
    starts = [s.start for s in out]
    for start, end, layer, value in spans:
        i = bisect.bisect_left(starts, start)
        while i < len(out) and out[i].start < end:
            getattr(out[i], {"actor": "actors", "event": "events", "quote": "quotes"}[layer]).append(value)
            i += 1
    return out
