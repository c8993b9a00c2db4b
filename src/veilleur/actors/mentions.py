"""Actor mentions found in a document: the bridge from text spans to actor ids.

The actors stage fills a MentionIndex; events and quotes ask it which actor a token or a
span refers to, so an actor never comes from another sentence except through the
coreference the actors stage resolved.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token


@dataclass(frozen=True)
class Mention:
    start: int          # character offsets into Document.text
    end: int
    actor_id: str
    confidence: float = 1.0
    # name | alias | surname | title | role | metonymy | pronoun | demonym, or place: a
    # country or capital named as a location ("à Minsk"), kept for events' targets/places.
    via: str = "name"


class MentionIndex:
    """Mentions sorted by start offset, with overlap look-ups."""

    def __init__(self, mentions: list[Mention] | None = None) -> None:
        self._mentions: list[Mention] = []
        self._starts: list[int] = []
        for m in mentions or []:
            self.add(m)

    def add(self, mention: Mention) -> None:
        i = bisect.bisect_left(self._starts, mention.start)
        self._starts.insert(i, mention.start)
        self._mentions.insert(i, mention)

    def __iter__(self):
        return iter(self._mentions)

    def __len__(self) -> int:
        return len(self._mentions)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self._mentions[:hi] if m.end > start]

    def at(self, start: int, end: int) -> Mention | None:
        """The longest mention overlapping [start, end), or None."""
        found = self.overlapping(start, end)
        return max(found, key=lambda m: (m.end - m.start, m.confidence)) if found else None

    def for_token(self, token: Token) -> Mention | None:
        return self.at(token.idx, token.idx + len(token.text))

    def for_span(self, span: SpacySpan) -> Mention | None:
        return self.at(span.start_char, span.end_char)
