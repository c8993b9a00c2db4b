"""Speaker captions: an audio-clip caption attributes the quotation right before it.

The ingest stage classifies caption blocks ({"speaker", "affiliation", "journalist"}); the
quotation is the body block right before the caption (same paragraph, else the previous
one), or the last marked quote in it. The speaker is the caption's speaker, never its
journalist.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Block, Document
from .marks import MarkedSpan


@dataclass
class CaptionQuote:
    start: int
    end: int
    speaker_span: tuple[int, int] | None
    speaker_name: str | None
    caption_span: tuple[int, int]


def caption_quotes(document: Document, marked: list[MarkedSpan]) -> list[CaptionQuote]:
    blocks = sorted(document.blocks, key=lambda b: b.span[0])
    found = []
    for i, block in enumerate(blocks):
        speaker = (block.data or {}).get("speaker") if block.kind == "caption" else None
        if not speaker:
            continue
        quoted = _preceding_body(blocks, i)
        if quoted is None:
            continue
        start, end = quoted.span
        inside = [m for m in marked if m.start >= start and m.end <= end]
        if inside:
            start, end = inside[-1].start, inside[-1].end
        span = speaker.get("span")
        found.append(CaptionQuote(start, end, tuple(span) if span else None, speaker.get("name"),
                                  tuple(block.span)))
    return found


def _preceding_body(blocks: list[Block], i: int) -> Block | None:
    for block in reversed(blocks[:i]):
        if block.kind == "body":
            return block
        if block.kind == "caption":
            return None  # that caption already took the quotation before it
    return None
