"""What the clustering compares between two articles.

Text similarity only works within a language, so stories that cross French and English
are found through what the analysis made language-independent: knowledge-base actor ids
and (category, source, target) event triples, plus the publication dates.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..document import Document
from ..store._neardup import Signature, signature

_WORD = re.compile(r"[^\W\d_]{3,}")
# Capitalised words not opening a sentence: mostly proper names, which French and English
# reports of one happening share ("Zelensky", "Guterres", "Istanbul") even when no other
# word is common, so they carry the text evidence across languages.
_NAME = re.compile(r"(?<![.!?»\n]\s)(?<!^)\b[A-ZÀ-Ý][^\W\d_]{2,}", re.MULTILINE)
# Function words weigh nothing in the cosine; a short list per language is enough because
# IDF already discounts what is frequent in the collection.
_STOPWORDS = frozenset("""
les des une dans pour par sur avec que qui est sont été ont aux ces son ses leur leurs pas plus
mais comme tout tous elle ils elles nous vous cette entre aussi être avait avoir fait selon
the and for with that this from was were have has had are their its his her but not been
will would said says which who after before about into over than they them also more
""".split())


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c))


def parse_day(value: str | None) -> date | None:
    """A date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) as its first day; None if absent."""
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


@dataclass
class ArticleFeatures:
    article_id: str
    language: str | None
    day: date | None
    signature: Signature | None
    terms: Counter
    names: Counter
    actors: frozenset[str]
    title_actors: frozenset[str]
    title_words: frozenset[str]
    triples: frozenset[tuple[str, str | None, str | None]]
    norm: float = 0.0
    names_norm: float = 0.0
    actor_weights: dict[str, float] | None = None   # IDF of each actor in the collection
    collection_size: int = 0

    @classmethod
    def of(cls, document: Document) -> "ArticleFeatures":
        # Provisional actors ("x:…") are spelled differently across languages; keep them
        # anyway: within a language they are strong evidence.
        actor_ids = frozenset(a.id for a in document.actors if a.mentions)
        triples = frozenset((e.category, e.source, e.target) for e in document.events
                            if e.source or e.target)
        terms = Counter(w for w in (_fold(t) for t in _WORD.findall(document.text))
                        if w not in _STOPWORDS)
        names = Counter(_fold(n) for n in _NAME.findall(document.text))
        # The headline says what the happening is; the body also tells its background.
        title_span = next((b.span for b in document.blocks if b.kind == "title"), None)
        title_actors = frozenset(
            a.id for a in document.actors
            if title_span and any(title_span[0] <= m[0] < title_span[1] for m in a.mentions))
        title_words = frozenset(w for w in (_fold(t) for t in _WORD.findall(document.title or ""))
                                if w not in _STOPWORDS)
        return cls(str(document.id), document.language, parse_day(document.published),
                   signature(document.text), terms, names, actor_ids, title_actors, title_words,
                   triples)


def _tfidf(counts: Counter, df: Counter, n: int) -> tuple[Counter, float]:
    weighted = Counter({t: (1 + math.log(c)) * math.log((1 + n) / (1 + df[t]))
                        for t, c in counts.items()})
    return weighted, math.sqrt(sum(v * v for v in weighted.values())) or 1.0


def weight_terms(features: list[ArticleFeatures]) -> None:
    """TF-IDF weights over this collection, in place (counts become weights, norms set)."""
    df: Counter = Counter()
    for f in features:
        df.update(f.terms.keys())
        df.update(f.names.keys())
    actor_df: Counter = Counter()
    for f in features:
        actor_df.update(f.actors)
    n = len(features)
    for f in features:
        f.terms, f.norm = _tfidf(f.terms, df, n)
        f.names, f.names_norm = _tfidf(f.names, df, n)
        f.actor_weights = {a: math.log((1 + n) / actor_df[a]) for a in f.actors}
        f.collection_size = n


def _dot(a: Counter, b: Counter) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def cosine(a: ArticleFeatures, b: ArticleFeatures) -> float:
    return _dot(a.terms, b.terms) / (a.norm * b.norm)


def names_cosine(a: ArticleFeatures, b: ArticleFeatures) -> float:
    return _dot(a.names, b.names) / (a.names_norm * b.names_norm)


def actor_overlap(a: ArticleFeatures, b: ArticleFeatures) -> float:
    """Shared actors weighted by rarity: two articles naming the United States prove less
    than two naming the same provincial governor."""
    shared = a.actors & b.actors
    if not shared:
        return 0.0
    wa, wb = a.actor_weights or {}, b.actor_weights or {}
    total = min(sum(wa.get(x, 1.0) for x in a.actors), sum(wb.get(x, 1.0) for x in b.actors))
    return sum(wa.get(x, 1.0) for x in shared) / total if total else 0.0


def title_similarity(a: ArticleFeatures, b: ArticleFeatures) -> float:
    """Headlines naming the same rare actors (any language) or sharing words (one language).

    A shared actor counts by its rarity against the rarest possible, so two headlines that
    both open with "France :" prove little while two naming Kito de Pavant prove much.
    """
    weights = a.actor_weights or {}
    shared = a.title_actors & b.title_actors
    actors = 0.0
    if shared and a.collection_size:
        rarest = math.log(1 + a.collection_size)
        actors = min(1.0, sum(weights.get(x, 0.0) for x in shared) / rarest)
    words = 0.0
    if a.language == b.language and a.title_words and b.title_words:
        words = len(a.title_words & b.title_words) / min(len(a.title_words), len(b.title_words))
    return max(actors, words)


def overlap(a: frozenset, b: frozenset) -> float:
    """Share of the smaller set found in the other (short reports name fewer actors)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
