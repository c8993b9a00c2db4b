"""Quote marks: the spans between « », “ ”, „ “, ‹ › and straight double quotes.

Works on the text alone, paragraph by paragraph. A quote left open at the end of a
paragraph continues into the next one when that paragraph reopens it (French « or », English
“); otherwise it is unbalanced and capped at its paragraph and MAX_OPEN_CHARS, so one
missing mark never swallows the rest of the article.
"""
from __future__ import annotations

from dataclasses import dataclass

CLOSERS = {"«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"'}
# Marks that reopen a quote running on from the previous paragraph.
CONTINUERS = {"«": "«»", "“": "“", "„": "„“", "‹": "‹›", '"': '"'}
MAX_OPEN_CHARS = 400
_TRIM = " \t\n,;"


@dataclass
class MarkedSpan:
    start: int            # content, marks excluded
    end: int
    open_at: int          # the opening mark's offset
    close_at: int | None  # the closing mark's offset; None when unbalanced or continued
    chain: int            # segments of one quote running across paragraphs share it
    part: int = 0         # 0 for the segment holding the opening mark

    @property
    def outer(self) -> tuple[int, int]:
        """The span with its marks."""
        return self.open_at, (self.close_at + 1 if self.close_at is not None else self.end)


def _opens(text: str, i: int) -> bool:
    """A straight double quote opens when it follows a space, a bracket or the start."""
    if text[i] != '"':
        return text[i] in CLOSERS
    return i == 0 or text[i - 1] in " \t\n([—–-:/"


def _find_closer(text: str, start: int, end: int, opener: str) -> int | None:
    closers, depth = CLOSERS[opener], 0
    for j in range(start, end):
        c = text[j]
        if c in closers and depth == 0:
            return j
        if opener == "«" and c == "«":
            depth += 1
        elif opener == "«" and c == "»":
            depth -= 1
    return None


def _reopening(text: str, region: tuple[int, int], opener: str) -> int | None:
    """The offset of the mark that reopens the quote at the start of ``region``."""
    j = region[0]
    while j < region[1] and text[j].isspace():
        j += 1
    return j if j < region[1] and text[j] in CONTINUERS[opener] else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _capped_end(text: str, start: int, region_end: int) -> int:
    """End of an unbalanced quote: its paragraph, cut at a sentence end past the cap."""
    if region_end - start <= MAX_OPEN_CHARS:
        return region_end
    cut = max(text.rfind(p, start, start + MAX_OPEN_CHARS) for p in (". ", "? ", "! "))
    return cut + 1 if cut > start else start + MAX_OPEN_CHARS


def find_marked_spans(text: str, regions: list[tuple[int, int]]) -> list[MarkedSpan]:
    """Every quoted span in ``regions`` (paragraph spans in text order)."""
    # Typographic ’’ (used as double quotes) become '' in cleaning: read them as one " and a
    # space, which keeps every offset.
    text = text.replace("''", '" ')
    spans: list[MarkedSpan] = []
    chain = r = 0
    i = regions[0][0] if regions else 0
    while r < len(regions):
        region_start, region_end = regions[r]
        i = max(i, region_start)
        if i >= region_end:
            r += 1
        elif _opens(text, i):
            segments, r, i = _quote_from(text, regions, r, i, chain)
            spans.extend(s for s in segments if s.end > s.start)
            chain += 1
        else:
            i += 1
    return spans


def _quote_from(text: str, regions: list[tuple[int, int]], r: int, at: int,
                chain: int) -> tuple[list[MarkedSpan], int, int]:
    """The segments of the quote opened at ``at`` in region ``r``, and where to resume."""
    opener = text[at]
    segments: list[MarkedSpan] = []
    while True:
        region_end = regions[r][1]
        close = _find_closer(text, at + 1, region_end, opener)
        if close is not None:
            start, end = _trimmed(text, at + 1, close)
            segments.append(MarkedSpan(start, end, at, close, chain, len(segments)))
            return segments, r, close + 1
        has_next = r + 1 < len(regions)
        reopen = _reopening(text, regions[r + 1], opener) if has_next else None
        if reopen is None:
            start, end = _trimmed(text, at + 1, _capped_end(text, at + 1, region_end))
            segments.append(MarkedSpan(start, end, at, None, chain, len(segments)))
            return segments, r + 1, regions[r + 1][0] if has_next else region_end
        start, end = _trimmed(text, at + 1, region_end)
        segments.append(MarkedSpan(start, end, at, None, chain, len(segments)))
        r, at = r + 1, reopen
