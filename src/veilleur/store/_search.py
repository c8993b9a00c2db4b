"""User search strings, made safe for the full-text engines.

People type anything: quotes left open, parentheses, colons, ``NEAR``, ``*`` or SQL. The
query is read as a small web-search language (words, "exact phrases", OR, -excluded,
prefix*) and rebuilt with every term quoted, so no character reaches the engine's own
syntax and no query can raise a syntax error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+")  # what both engines index as a word


@dataclass
class Term:
    words: list[str]          # one word, or a phrase
    prefix: bool = False      # "elect*": words starting with the last word
    negated: bool = False


@dataclass
class ParsedQuery:
    # Groups joined by OR; the terms of one group are joined by AND.
    groups: list[list[Term]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(any(not t.negated for t in g) for g in self.groups)


def parse(query: str) -> ParsedQuery:
    groups: list[list[Term]] = [[]]
    for phrase, bare in _TOKEN.findall(query):
        if bare == "OR":
            groups.append([])
            continue
        raw = phrase if phrase or not bare else bare
        negated = bool(bare) and bare.startswith("-") and len(bare) > 1
        words = _WORD.findall(raw)
        if words:
            groups[-1].append(Term(words, prefix=bool(bare) and bare.endswith("*"), negated=negated))
    kept = [[t for t in g] for g in groups if any(not t.negated for t in g)]
    return ParsedQuery(kept)


def _fts5_term(term: Term) -> str:
    quoted = '"' + " ".join(term.words) + '"'
    return quoted + ("*" if term.prefix else "")


def to_fts5(parsed: ParsedQuery) -> str:
    """An FTS5 MATCH expression; every term is a quoted string (no operator injection)."""
    groups = []
    for group in parsed.groups:
        positive = " AND ".join(_fts5_term(t) for t in group if not t.negated)
        negative = "".join(f" NOT {_fts5_term(t)}" for t in group if t.negated)
        groups.append(f"({positive}{negative})")
    return " OR ".join(groups)


def _ts_term(term: Term) -> str:
    parts = [w.lower() for w in term.words]
    if term.prefix:
        parts[-1] += ":*"
    joined = " <-> ".join(parts)
    return f"!({joined})" if term.negated else f"({joined})"


def to_tsquery(parsed: ParsedQuery) -> str:
    """A to_tsquery('veilleur', …) string built from \\w+ words only (no operator injection)."""
    return " | ".join("(" + " & ".join(_ts_term(t) for t in g) + ")" for g in parsed.groups)
