"""Alert rules: thresholds and anomaly tests over event counts."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from veilleur.errors import VeilleurError
from veilleur.stories.alerts import Rule, evaluate, load_rules


def _events(per_day: dict[date, int], source="RUS", target="BLR", quad=4):
    out = []
    for day, n in per_day.items():
        out += [{"id": f"{day}-{i}", "date": day.isoformat(), "source": source, "target": target,
                 "category": "ACCUSE", "quad_class": quad, "confidence": 0.8} for i in range(n)]
    return out


TODAY = date(2024, 3, 31)
# 90 days of background: one conflict event every third day.
BASELINE = {TODAY - timedelta(days=d): 1 for d in range(7, 97, 3)}


def test_anomaly_fires_on_a_spike_and_not_on_the_baseline():
    rule = Rule("spike", actor="RUS", quad_classes=frozenset({3, 4}), window_days=7,
                baseline_days=90, z=3.0)
    quiet_week = {TODAY - timedelta(days=d): 1 for d in (1, 4)}
    assert evaluate(rule, _events({**BASELINE, **quiet_week}), TODAY) is None
    spike = {TODAY - timedelta(days=d): 4 for d in range(0, 4)}
    alert = evaluate(rule, _events({**BASELINE, **spike}), TODAY)
    assert alert is not None and alert.count == 16 and alert.z >= 3
    assert alert.baseline_mean == pytest.approx(2.31, abs=0.1)


def test_threshold_rule_matches_dyad_in_both_directions_only():
    rule = Rule("dyad", dyad=("RUS", "BLR"), threshold=3, window_days=7)
    events = _events({TODAY: 2}) + _events({TODAY: 1}, source="BLR", target="RUS")
    assert evaluate(rule, events, TODAY).count == 3
    other = _events({TODAY: 5}, source="RUS", target="UKR")
    assert evaluate(rule, other, TODAY) is None


def test_category_and_confidence_filters():
    rule = Rule("cat", categories=frozenset({"THREATEN"}), threshold=1)
    assert evaluate(rule, _events({TODAY: 3}), TODAY) is None
    rule = Rule("conf", threshold=1, min_confidence=0.9)
    assert evaluate(rule, _events({TODAY: 3}), TODAY) is None


def test_same_window_gives_the_same_alert_id():
    rule = Rule("dyad", dyad=("RUS", "BLR"), threshold=1)
    a, b = evaluate(rule, _events({TODAY: 1}), TODAY), evaluate(rule, _events({TODAY: 2}), TODAY)
    assert a.id == b.id


def test_rules_file_errors_name_the_file(tmp_path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("rules:\n  - name: x\n    actor: RUS\n", encoding="utf-8")
    with pytest.raises(VeilleurError) as err:
        load_rules(bad)
    assert "E801" in str(err.value) and str(bad) in str(err.value)
    bad.write_text("rules:\n  - name: x\n    threshold: 1\n    colour: red\n", encoding="utf-8")
    with pytest.raises(VeilleurError, match="unknown keys"):
        load_rules(bad)


def test_example_rules_file_loads():
    from pathlib import Path

    import veilleur.stories as stories

    rules = load_rules(Path(stories.__file__).parent / "data" / "alerts.example.yaml")
    assert {r.name for r in rules} and all(r.threshold or r.baseline_days for r in rules)
