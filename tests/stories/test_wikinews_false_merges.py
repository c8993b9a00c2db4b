"""On real news of unrelated happenings (Wikinews FR 2012), clustering merges nothing
that a reader would not put in one story; the false-merge rate is printed."""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from veilleur import analyze_many
from veilleur.errors import InputError
from veilleur.stories import cluster_documents

from ..conftest import need_shared

RELATED = Path(__file__).parent / "wikinews_related.tsv"


def _related_pairs() -> set[frozenset[str]]:
    pairs = set()
    for line in RELATED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _, ids = line.split("\t")
            pairs |= {frozenset(p) for p in combinations(ids.split(), 2)}
    return pairs


@pytest.mark.slow
def test_no_unrelated_wikinews_articles_are_merged():
    corpus = sorted(need_shared("corpora", "wikinews-fr-2012").glob("*.html"))
    docs = [d for d in analyze_many([str(p) for p in corpus], size="sm") if not isinstance(d, InputError)]
    assert len(docs) == len(corpus)
    name = {str(d.id): Path(d.source).stem for d in docs}
    merged = {frozenset((name[a], name[b])) for s in cluster_documents(docs)
              for a, b in combinations(s.article_ids, 2)}
    related = _related_pairs()
    false_merges = sorted(tuple(sorted(p)) for p in merged - related)
    total_pairs = len(docs) * (len(docs) - 1) // 2
    print(f"merged pairs {len(merged)}, of which related {len(merged & related)} / {len(related)}; "
          f"false merges {len(false_merges)} / {total_pairs} pairs "
          f"(rate {len(false_merges) / total_pairs:.5f}): {false_merges}")
    assert not false_merges
