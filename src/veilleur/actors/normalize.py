"""Normalised keys for names: case and accents folded, punctuation dropped, leading
determiners stripped, so "l'Otan", "OTAN" and "Otan" meet on one key."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Leading words that never distinguish a name ("la Russie" = "Russie").
DETERMINERS = frozenset({"le", "la", "les", "l", "the", "un", "une", "des", "du", "d", "de"})
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and accent-folded text; apostrophes unified."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=200_000)
def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` (letters and digits, any script)."""
    return tuple(_WORD.findall(fold(text)))


def key(text: str) -> str:
    """The lookup key of a name: folded words without leading determiners."""
    ws = list(words(text))
    while len(ws) > 1 and ws[0] in DETERMINERS:
        ws = ws[1:]
    return " ".join(ws)


def slug(text: str) -> str:
    """A stable identifier fragment: 'Katsiaryna Shmatsina' → 'katsiaryna-shmatsina'."""
    return "-".join(words(text))
