"""Group analysed articles into stories.

Two articles are linked by a score in [0, 1]: near-duplicate wire copies score 1 (MinHash
over word shingles); rewritten reports score from TF-IDF cosine (same language only),
shared knowledge-base actors and shared (category, source, target) event triples, and
only when their dates fall within a window. Stories are built by average-linkage
agglomeration over candidate pairs, which does not chain unrelated articles through one
hub article the way single-linkage (connected components) would.
Candidates come from inverted indices (actors, rare terms, MinHash bands), so the work
grows with the number of plausible pairs, not with the square of the corpus.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

from ..document import Document
from .features import ArticleFeatures, actor_overlap, cosine, names_cosine, overlap, title_similarity, weight_terms


@dataclass(frozen=True)
class ClusterSettings:
    window_days: int = 3           # reports of one happening are published within days
    near_duplicate: float = 0.7    # estimated shingle Jaccard for a wire copy
    link_threshold: float = 0.30   # average pair score needed to merge two groups
    min_shared_actors: int = 2     # one shared actor (say, "France") proves nothing
    # Weights of: whole-text cosine, proper names, actors, event triples, headlines.
    same_language: tuple[float, ...] = (0.30, 0.15, 0.25, 0.10, 0.20)
    # Across languages the text cannot be compared word for word.
    cross_language: tuple[float, ...] = (0.0, 0.30, 0.35, 0.15, 0.20)
    candidate_terms: int = 12      # rarest terms per article used to find candidates


@dataclass
class Story:
    id: str
    title: str | None
    article_ids: list[str]
    sources: list[str]
    languages: list[str]
    first_seen: str | None
    last_seen: str | None
    timeline: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "article_ids": self.article_ids,
                "sources": self.sources, "languages": self.languages,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "timeline": self.timeline}


def pair_score(a: ArticleFeatures, b: ArticleFeatures, settings: ClusterSettings) -> float:
    if a.signature is not None and b.signature is not None \
            and a.signature.similarity(b.signature) >= settings.near_duplicate:
        return 1.0
    if a.day and b.day and abs((a.day - b.day).days) > settings.window_days:
        return 0.0
    shared_actors = len(a.actors & b.actors)
    actors = actor_overlap(a, b) if shared_actors >= settings.min_shared_actors else 0.0
    triples = overlap(a.triples, b.triples)
    same = a.language == b.language
    w_text, w_names, w_actors, w_triples, w_title = settings.same_language if same else settings.cross_language
    text = cosine(a, b) if same else 0.0
    return (w_text * text + w_names * names_cosine(a, b) + w_actors * actors + w_triples * triples
            + w_title * title_similarity(a, b))


def _candidates(features: list[ArticleFeatures], settings: ClusterSettings) -> set[tuple[int, int]]:
    keys: dict[object, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for actor in f.actors:
            keys[("actor", actor)].append(i)
        for term, _ in sorted(f.terms.items(), key=lambda kv: -kv[1])[:settings.candidate_terms]:
            keys[("term", term)].append(i)
        if f.signature is not None:
            for bucket in f.signature.buckets():
                keys[("band", bucket)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in keys.values():
        if len(members) > 1:
            pairs.update(combinations(sorted(set(members)), 2))
    return pairs


def cluster_documents(documents: Iterable[Document],
                      settings: ClusterSettings | None = None) -> list[Story]:
    """Stories over ``documents`` (analysed), largest first; singletons included."""
    settings = settings or ClusterSettings()
    docs = list(documents)
    features = [ArticleFeatures.of(d) for d in docs]
    weight_terms(features)
    scores: dict[tuple[int, int], float] = {}
    for i, j in _candidates(features, settings):
        s = pair_score(features[i], features[j], settings)
        if s > 0:
            scores[(i, j)] = s

    group_of = list(range(len(docs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(docs))}

    def linkage(g1: int, g2: int) -> float:
        total = sum(scores.get((min(x, y), max(x, y)), 0.0) for x in members[g1] for y in members[g2])
        return total / (len(members[g1]) * len(members[g2]))

    for (i, j), _ in sorted(scores.items(), key=lambda kv: -kv[1]):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or linkage(gi, gj) < settings.link_threshold:
            continue
        for x in members[gj]:
            group_of[x] = gi
        members[gi].extend(members.pop(gj))

    stories = [_story([docs[i] for i in sorted(m)]) for m in members.values()]
    return sorted(stories, key=lambda s: (-len(s.article_ids), s.first_seen or "", s.id))


def _story(docs: list[Document]) -> Story:
    dated = sorted(docs, key=lambda d: (d.published or "9999", str(d.id)))
    first = dated[0]
    story_id = "story:" + hashlib.sha1(str(first.id).encode()).hexdigest()[:16]
    published = [d.published for d in docs if d.published]
    return Story(
        id=story_id, title=first.title,
        article_ids=[str(d.id) for d in dated],
        sources=sorted({d.meta.get("site") or d.source for d in docs}),
        languages=sorted({d.language for d in docs if d.language}),
        first_seen=min(published) if published else None,
        last_seen=max(published) if published else None,
        timeline=[{"date": d.published, "article_id": str(d.id), "title": d.title,
                   "language": d.language, "source": d.source} for d in dated],
    )
