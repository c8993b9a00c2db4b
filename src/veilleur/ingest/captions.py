"""Audio-clip captions: "Speaker connector Affiliation Journalist" glued after a quotation.

The caption is its own block; the quotation before it stays body text. The parse is
structural (capitalised names around an affiliation), driven by data/captions.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex as re

from .lexicon import load_data

_WORD = r"\p{Lu}[\p{Ll}\p{M}]*(?:['\-]\p{Lu}?[\p{Ll}\p{M}]+)*\.?"
# Where a caption may start inside a paragraph: after the end of the quotation it labels
# (a question mark or a parenthesis there ends list items and headings more often).
_SENTENCE_END = re.compile(r"[.…»\"”]\s+")
_LOWER_WORD = re.compile(r"(?<![\w\-'])\p{Ll}")
_NO_SENTENCE_PUNCT = re.compile(r"[.!?…«»\"“”:;]")


@lru_cache(maxsize=1)
def _caption_pattern() -> re.Pattern:
    data = load_data("captions")
    particles = "|".join(re.escape(p) for p in data["name_particles"])
    name = rf"{_WORD}(?:\s+(?:(?:{particles})\s+)?{_WORD}){{1,3}}"
    connectors = "|".join(re.escape(c) for c in sorted(data["connectors"], key=len, reverse=True))
    # a comma, a spaced dash (not the hyphen inside "Jean-Yves"), or a connector word
    joint = (rf"(?:(?:\s*,\s*|\s+[–—\-]\s+)(?:(?:{connectors})\s*)?"
             rf"|\s+(?:{connectors})(?:\s+|(?<=')))")
    return re.compile(
        rf"^(?P<speaker>{name}){joint}(?P<affiliation>[^\n]{{2,120}})"
        rf"(?:\s+(?P<journalist>{_WORD}(?:\s+{_WORD}){{1,2}})|(?<=\)))\s*$")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(load_data("captions")["not_names"])


def _part(text: str, match: re.Match, group: str, offset: int) -> dict[str, Any] | None:
    if match.group(group) is None:
        return None
    start, end = match.span(group)
    return {"name": text[start:end].strip(), "span": [offset + start, offset + end]}


def parse_caption(text: str, offset: int = 0) -> dict[str, Any] | None:
    """The caption's data ({"speaker", "affiliation", "journalist"}) when ``text`` is
    a caption; spans are shifted by ``offset`` to index the document."""
    if not text or len(text) > load_data("captions")["max_chars"]:
        return None
    if _NO_SENTENCE_PUNCT.search(text.replace("(", "").replace(")", "")) and not text.endswith(")"):
        return None
    if not _LOWER_WORD.search(text):
        return None  # "Mayam Shrine Guide - Shrine Quest Required": all Title Case, a heading
    m = _caption_pattern().match(text)
    if not m:
        return None
    # "Le" may sit inside a name (Marine Le Pen), never open one
    firsts = [m.group(g).split()[0] for g in ("speaker", "journalist") if m.group(g)]
    if any(w.rstrip(".") in _not_names() for w in firsts):
        return None
    affiliation = m.group("affiliation")
    if _NO_SENTENCE_PUNCT.search(affiliation) or not affiliation[0].isalnum() and affiliation[0] != "(":
        return None
    return {"speaker": _part(text, m, "speaker", offset),
            "affiliation": _part(text, m, "affiliation", offset),
            "journalist": _part(text, m, "journalist", offset)}


def caption_tail(text: str, start: int, end: int) -> tuple[int, dict[str, Any]] | None:
    """A caption glued at the end of the paragraph text[start:end] after a sentence end:
    (caption start, caption data), the shortest such tail."""
    limit = max(start, end - load_data("captions")["max_chars"])
    for m in reversed(list(_SENTENCE_END.finditer(text, limit, end))):
        data = parse_caption(text[m.end():end], m.end())
        if data:
            return m.end(), data
    return None
