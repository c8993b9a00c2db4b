"""Typographic cleaning that keeps evidence.

Replacements are one character for one character, so offsets stay valid against the
decoded input. The few characters that must go (carriage returns before a newline, soft
hyphens, zero-width marks, byte-order marks) are dropped and recorded in an offset map.
"""
from __future__ import annotations

import bisect
import re

# One for one: typographic apostrophes → ', every kind of space → a space, hyphens that
# break tokenisation → -, stray control characters → a space. Quote marks stay as they are.
ONE_FOR_ONE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u0060": "'",
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ",
    "\u2008": " ", "\u205f": " ", "\u3000": " ", "\u000b": " ", "\u000c": "\n",
    "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
    "\u2010": "-", "\u2011": "-",
    **{chr(c): " " for c in range(0, 32) if chr(c) not in "\t\n\r"},
    "\u007f": " ",
})
DROPPED = re.compile("\r(?=\n)|[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def clean_text(text: str) -> tuple[str, list[list[int]]]:
    """(cleaned text, offset map). The map lists ``[clean_offset, input_offset]`` at each
    place where they start to differ; empty when nothing was dropped."""
    text = text.translate(ONE_FOR_ONE)
    offset_map: list[list[int]] = []
    parts: list[str] = []
    last = dropped = 0
    for m in DROPPED.finditer(text):
        parts.append(text[last:m.start()])
        dropped += m.end() - m.start()
        last = m.end()
        offset_map.append([m.start() - dropped + (m.end() - m.start()), m.end()])
    parts.append(text[last:])
    cleaned = "".join(parts).replace("\r", "\n")  # a lone CR is an old Mac line end
    return cleaned, offset_map


def to_input_offset(offset: int, offset_map: list[list[int]]) -> int:
    """The offset in the decoded input of the cleaned text's ``offset``."""
    i = bisect.bisect_right([clean for clean, _ in offset_map], offset) - 1
    if i < 0:
        return offset
    clean, raw = offset_map[i]
    return raw + (offset - clean)
