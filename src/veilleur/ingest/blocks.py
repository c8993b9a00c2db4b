"""Paragraphs of the cleaned text, each classified: title, body, caption, credit, byline,
boilerplate. A paragraph may split in two: a caption glued after the quotation it labels,
or a credit glued after a photo caption."""
from __future__ import annotations

import regex as re

from ..document import Block, Span
from .captions import caption_tail, parse_caption
from .furniture import byline_author, credit_start, is_boilerplate, is_credit

TITLE_MAX_CHARS = 200
_LINE = re.compile(r"[^\n]+")
_SENTENCE_FINAL = re.compile(r"[.!?…:;»\"”)\]。！？]\s*$")
_QUOTATION_END = re.compile(r"(?:\.\.\.|…|[»\"”])\s*$")


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines as spans without surrounding spaces, a hard-wrapped line joined to
    the next one (it ends without punctuation and the next starts in lower case)."""
    spans: list[Span] = []
    previous_end = None
    for m in _LINE.finditer(text):
        start, end = _strip(text, m.start(), m.end())
        if start == end:
            previous_end = None
            continue
        if spans and previous_end == m.start() - 1 and _continues(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        previous_end = m.end()
    return spans


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _continues(text: str, previous: Span, start: int) -> bool:
    line = text[previous[0]:previous[1]]
    return not _SENTENCE_FINAL.search(line) and text[start].islower() and len(line) > 40


def classify(text: str, spans: list[Span], title_span: Span | None = None) -> list[Block]:
    """Blocks for the paragraph spans. ``title_span``, when the title is known (HTML,
    feeds, dumps), is the title block; otherwise a short unpunctuated first line is."""
    blocks: list[Block] = []
    for i, (start, end) in enumerate(spans):
        line = text[start:end]
        if title_span and (start, end) == tuple(title_span):
            blocks.append(Block("title", (start, end)))
            continue
        blocks.extend(_classify_one(text, start, end, line, _after_quotation(text, blocks)))
    if title_span is None:
        _mark_title(text, blocks)
    return blocks


def _after_quotation(text: str, blocks: list[Block]) -> bool:
    """Whether the last block is body text ending a quotation ("…", "...", », ")."""
    if not blocks or blocks[-1].kind != "body":
        return False
    return bool(_QUOTATION_END.search(text[blocks[-1].span[0]:blocks[-1].span[1]]))


def _classify_one(text: str, start: int, end: int, line: str, after_quotation: bool) -> list[Block]:
    if is_boilerplate(line):
        return [Block("boilerplate", (start, end))]
    # A caption on its own line labels the quotation just before it; without one, a
    # "Name of Organisation Name" line is more likely a heading.
    caption = parse_caption(line, start) if after_quotation else None
    if caption:
        return [Block("caption", (start, end), caption)]
    is_byline, author = byline_author(line)
    if is_byline:
        return [Block("byline", (start, end), {"author": author} if author else {})]
    if is_credit(line):
        return _credit_blocks(text, start, end, line)
    tail = caption_tail(text, start, end)
    if tail:
        caption_start, data = tail
        body_end = _strip(text, start, caption_start)[1]
        return [Block("body", (start, body_end)), Block("caption", (caption_start, end), data)]
    return [Block("body", (start, end))]


def _credit_blocks(text: str, start: int, end: int, line: str) -> list[Block]:
    """A credit line, or a photo caption followed by its credit ("… à Minsk. (Reuters)")."""
    at = credit_start(line) or 0
    before = line[:at].rstrip(" (-–—|")
    if len(before) >= 40 and _SENTENCE_FINAL.search(before.rstrip()):
        caption_end = start + len(before.rstrip())
        credit_begin = _strip(text, caption_end, end)[0]
        return [Block("caption", (start, caption_end), {"photo": True}),
                Block("credit", (credit_begin, end))]
    return [Block("credit", (start, end))]


def _mark_title(text: str, blocks: list[Block]) -> None:
    """The first body paragraph is the title when short, unpunctuated and followed by
    more body text."""
    bodies = [b for b in blocks if b.kind == "body"]
    if len(bodies) < 2:
        return
    first = bodies[0]
    line = text[first.span[0]:first.span[1]]
    if blocks.index(first) > 2 or len(line) > TITLE_MAX_CHARS or re.search(r"[.:;,。]\s*$", line):
        return
    first.kind = "title"
