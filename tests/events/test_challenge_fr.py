"""French challenge set (issue 4): invented sentences for every PLOVER category and the
ways French news states an interaction (data/challenge_fr.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from veilleur import Document

from .conftest import analyze_texts

CASES = yaml.safe_load((Path(__file__).parent / "data" / "challenge_fr.yaml").read_text(encoding="utf-8"))
PUBLISHED = "2026-11-20"


@pytest.fixture(scope="module")
def analysed() -> dict[str, Document]:
    documents = analyze_texts([case["text"] for case in CASES], "fr", PUBLISHED)
    return {case["id"]: document for case, document in zip(CASES, documents)}


def coded(document: Document) -> list[tuple]:
    """(category, cameo, source name, target name, modality) of every event."""
    by_id = {a.id: a.name for a in document.actors}
    return [(e.category, e.cameo, by_id.get(e.source), by_id.get(e.target), e.modality)
            for e in document.events]


def matches(expected: list, event: tuple) -> bool:
    category, cameo, source, target, modality = expected
    return (event[0] == category and event[1].startswith(str(cameo)) and event[2] == source
            and event[3] == target and (modality is None or event[4] == modality))


def unmatched(expected: list[list], events: list[tuple]) -> tuple[list, list]:
    """Expected events not found and events not expected, matched one to one."""
    left = list(events)
    missing = []
    for want in expected:
        hit = next((e for e in left if matches(want, e)), None)
        if hit is None:
            missing.append(want)
        else:
            left.remove(hit)
    return missing, left


def _param(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_the_set_covers_every_plover_category_and_shape():
    categories = {e[0] for case in CASES for e in case["events"]}
    assert len(CASES) >= 100 and len(categories) == 16
    assert len({case["id"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_challenge_case(analysed, case):
    events = coded(analysed[case["id"]])
    missing, spurious = unmatched(case["events"], events)
    assert not missing and not spurious, f"missing {missing}, spurious {spurious}"
