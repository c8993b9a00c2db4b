"""Quote quality gate: `veilleur eval quotes` must not fall below tests/baselines/quotes.json.

Runs the seed and the French dev gold through ../shared/tools/score.py and the 84 PolNeAR
test articles (about a minute and a half on 2 cores).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import need_shared
from veilleur.evaluation.quotes import run_all

BASELINE = json.loads((Path(__file__).resolve().parents[1] / "baselines" / "quotes.json").read_text())
TOLERANCE = 0.002  # rounding in the scorer's report


@pytest.fixture(scope="module")
def report():
    return run_all(need_shared())


def _leaves(tree, path=()):
    for key, value in tree.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict):
            yield from _leaves(value, path + (key,))
        else:
            yield path + (key,), value


@pytest.mark.parametrize("path, floor", list(_leaves(BASELINE)), ids=lambda v: ".".join(v) if isinstance(v, tuple) else str(v))
def test_not_below_baseline(report, path, floor):
    value = report
    for key in path:
        if key not in value:
            pytest.skip(f"{'.'.join(path)} not measured (gold absent)")
        value = value[key]
    assert value >= floor - TOLERANCE, f"{'.'.join(path)} = {value} < baseline {floor}"


def test_seed_acceptance(report):
    seed = report["seed"]
    assert seed["f1_with_speaker"] >= 0.9
