"""The seed article: the acceptance cases of the event coder."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from veilleur import analyze

from ..conftest import need_shared


@pytest.fixture(scope="module")
def seed_document():
    return analyze(need_shared("seeds", "000_f95a6ceda9409001.txt"))


def _named(document):
    by_id = {a.id: a for a in document.actors}
    return [(e, by_id.get(e.source), by_id.get(e.target)) for e in document.events]


def test_lavrov_accusation_gives_three_events(seed_document):
    targets = {t.name for e, s, t in _named(seed_document)
               if e.category == "ACCUSE" and s and "Lavrov" in s.name and t
               and seed_document.text[e.trigger[0]:e.trigger[1]] == "dénoncé"}
    assert len(targets) == 3
    assert any("Ukraine" in t for t in targets)


def test_visit_is_consult_in_minsk(seed_document):
    visits = [e for e in seed_document.events if e.cameo == "042"]
    assert visits and visits[0].category == "CONSULT"
    assert visits[0].location and visits[0].location["name"] == "Minsk"
    assert visits[0].location["country"] == "BLR"


def test_refusal_to_talk_is_reject(seed_document):
    assert any(e.category == "REJECT" and e.cameo == "125" for e in seed_document.events)


def test_background_accusation_is_past_reported(seed_document):
    accusations = [e for e in seed_document.events
                   if seed_document.text[e.trigger[0]:e.trigger[1]] == "accusait"]
    assert accusations and accusations[0].modality == "past_reported"


def test_future_talks_are_agree(seed_document):
    talks = [e for e in seed_document.events
             if seed_document.text[e.trigger[0]:e.trigger[1]] == "discuter" and e.modality == "future"]
    assert talks and talks[0].category == "AGREE" and talks[0].cameo == "036"


def test_seed_score_is_at_least_085(seed_document, tmp_path):
    shared = need_shared()
    system = tmp_path / "seed.jsonl"
    system.write_text(seed_document.to_json() + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--gold",
                             str(shared / "eval" / "gold-fr"), "--system", str(system)],
                            capture_output=True, text=True, check=True)
    report = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    assert report["events"]["prf"][2] >= 0.85
