"""Story clustering on wire-style rewrites written for the test, French and English."""
from __future__ import annotations

import csv
from itertools import combinations
from pathlib import Path

import pytest

from veilleur import ingest
from veilleur.pipeline import analyze_documents
from veilleur.stories import cluster_documents, consolidate_events

CORPUS = Path(__file__).parent / "corpus"


def _labels() -> list[list[str]]:
    with open(CORPUS / "stories.tsv", encoding="utf-8") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


@pytest.fixture(scope="module")
def analysed():
    docs = []
    for name, _story, language, published in _labels():
        title, _, body = (CORPUS / name).read_text(encoding="utf-8").partition("\n\n")
        text = title.strip() + "\n\n" + body.strip()
        docs.append(ingest.document_from_text(text, name, title=title.strip(), language=language,
                                              published=published))
    return list(analyze_documents(docs, size="sm"))


def pairwise_scores(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    names = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(names, 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def test_clusters_rewrites_across_languages(analysed):
    gold = {name: story for name, story, *_ in _labels()}
    stories = cluster_documents(analysed)
    by_id = {str(d.id): d.source for d in analysed}
    predicted = {by_id[a]: s.id for s in stories for a in s.article_ids}
    precision, recall = pairwise_scores(gold, predicted)
    print(f"pairwise precision {precision:.3f} recall {recall:.3f}")
    assert precision >= 0.9 and recall >= 0.9


def test_pairwise_scores_count_pairs():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert pairwise_scores(gold, {"a": "x", "b": "x", "c": "y"}) == (1.0, 1.0)
    assert pairwise_scores(gold, {"a": "x", "b": "x", "c": "x"}) == (1 / 3, 1.0)
    assert pairwise_scores(gold, {"a": "x", "b": "y", "c": "z"}) == (1.0, 0.0)


def test_story_metadata(analysed):
    stories = cluster_documents(analysed)
    biggest = stories[0]
    assert len(biggest.article_ids) >= 3
    assert biggest.first_seen <= biggest.last_seen
    assert [t["article_id"] for t in biggest.timeline] == biggest.article_ids
    assert set(biggest.languages) <= {"fr", "en"}


def test_events_of_a_story_are_consolidated_one_per_happening(analysed):
    from veilleur.stories.consolidate import happening_key

    by_id = {str(d.id): d for d in analysed}
    merged_across_articles = 0
    for story in cluster_documents(analysed):
        docs = [by_id[a] for a in story.article_ids]
        consolidated = consolidate_events(docs)
        # Every report is kept, in exactly one consolidated event.
        assert sum(len(c.reports) for c in consolidated) == sum(len(d.events) for d in docs)
        # Reports of one happening (same key, dates within tolerance) are one event.
        keys = []
        for c in consolidated:
            articles = {r["article_id"] for r in c.reports}
            merged_across_articles += len(articles) > 1
            reported = {happening_key(by_id[r["article_id"]], by_id[r["article_id"]].events[r["event_index"]])
                        for r in c.reports}
            assert len(reported) == 1
            keys.append((reported.pop(), c.date))
        assert len(keys) == len(set(keys))
    assert merged_across_articles >= 2
