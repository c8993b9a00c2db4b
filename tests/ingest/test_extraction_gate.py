"""Gate: Veilleur's HTML extraction against its baseline and against plain trafilatura.

Slow (about a minute on two cores): runs both extractors over the two benchmarks in
../shared/eval/extraction. Baselines in tests/baselines/extraction.json.
"""
from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, need_shared
from veilleur.evaluation.extraction import evaluate

BASELINE = json.loads((ROOT / "tests" / "baselines" / "extraction.json").read_text(encoding="utf-8"))
TOLERANCE = 0.002  # rounding of the stored figures


@pytest.mark.slow
@pytest.mark.parametrize("benchmark", ["scrapinghub", "naeb"])
def test_extraction_holds_its_baseline_and_beats_trafilatura(benchmark):
    root = need_shared("eval", "extraction", benchmark)
    scores = evaluate(benchmark, root)
    ours, theirs, baseline = scores["veilleur"], scores["trafilatura"], BASELINE[benchmark]["veilleur"]
    assert ours["f1"] >= theirs["f1"], (ours, theirs)
    for metric in ("f1", "precision", "recall", "title_accuracy", "date_accuracy", "author_accuracy"):
        if metric in baseline:
            assert ours[metric] >= baseline[metric] - TOLERANCE, (metric, ours, baseline)
    if benchmark == "naeb":
        assert ours["date_accuracy"] >= theirs["date_accuracy"]
        assert ours["title_accuracy"] >= theirs["title_accuracy"]


def test_scorer_matches_the_benchmark_definition():
    from veilleur.evaluation.extraction import body_precision_recall, shingles

    assert shingles("a b") == {("a", "b"): 1}
    assert body_precision_recall("one two three four five", "one two three four five") == (1.0, 1.0)
    precision, recall = body_precision_recall("one two three four five", "one two three four")
    assert precision == 1.0 and recall == 0.5
    # nothing predicted: precision undefined (left out of the mean), recall 0
    assert body_precision_recall("one two three four", "") == (None, 0.0)
