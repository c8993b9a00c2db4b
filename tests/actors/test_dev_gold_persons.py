"""Persons found on the French dev gold set (tests/gold-fr-dev) must stay ≥ 0.95.

Slow-ish (about a minute: ingest, parse and analyse 30+ Wikinews articles); skipped while
the gold folder holds fewer than 30 files or the corpus is absent.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import veilleur

from ..conftest import ROOT, SHARED, need_shared

GOLD = ROOT / "tests" / "gold-fr-dev"
THRESHOLD = 0.95


@pytest.mark.slow
def test_persons_found_on_the_dev_gold(tmp_path):
    golds = sorted(GOLD.glob("*.json"))
    if len(golds) < 30:
        pytest.skip(f"only {len(golds)} dev gold files yet")
    corpus = need_shared("corpora", "wikinews-fr-2012")
    inputs = [str(corpus / f"{json.loads(p.read_text(encoding='utf-8'))['doc']}.html") for p in golds]
    system = tmp_path / "dev.jsonl"
    with system.open("w", encoding="utf-8") as out:
        for item in veilleur.analyze_many(inputs):
            if isinstance(item, Exception):
                continue
            out.write(item.to_json() + "\n")
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(GOLD),
                             "--system", str(system)], capture_output=True, text=True, check=True)
    report = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    assert report["persons_recall"] >= THRESHOLD, report
