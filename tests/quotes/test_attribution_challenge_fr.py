"""French attribution challenge set (issue 5): invented news paragraphs covering how French
journalism attributes speech (incises, colon lead-ins, markers, roles, organisations,
pronouns, floating quotes, headlines, interviews, bylines, non-sources). The cases are data:
tests/quotes/data/attribution_challenge_fr.yaml. A case that still fails carries `xfail`
with its reason and is run strictly, so a fix shows up as an unexpected pass."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from veilleur.ingest.article import build_document
from veilleur.pipeline import analyze_document

CASES = yaml.safe_load((Path(__file__).parent / "data" / "attribution_challenge_fr.yaml")
                       .read_text(encoding="utf-8"))["cases"]
# The speaker text of an impersonal cue ("dit-on") is no speaker.
IMPERSONAL = {"", "on", "-on"}


@lru_cache(maxsize=None)
def analyse(text: str, title: str | None):
    return analyze_document(build_document("<challenge>", text, title=title, language="fr", title_in_text=True))


def speaker_names(quote, names: dict[str, str]) -> list[str]:
    """What the quote says about its speaker: the resolved actor's name and the words written."""
    return [(names.get(quote.speaker) or "").casefold(), (quote.extra.get("speaker_text") or "").casefold()]


def problems(case: dict) -> list[str]:
    """Everything the analysis gets wrong about one case; empty when it passes."""
    document = analyse(case["text"], case.get("title"))
    names = {actor.id: actor.name for actor in document.actors}
    found = []
    for fragment, expected in case["quotes"]:
        holding = [q for q in document.quotes if fragment in q.text]
        if expected is None:
            found += [f"{fragment!r}: speaker {speaker_names(q, names)}, expected none" for q in holding
                      if q.speaker is not None or speaker_names(q, names)[1] not in IMPERSONAL]
            continue
        if not holding:
            found.append(f"{fragment!r}: no quote")
        wanted = [name.casefold() for name in ([expected] if isinstance(expected, str) else expected)]
        for quote in holding:
            said = speaker_names(quote, names)
            if not any(name in text for name in wanted for text in said):
                found.append(f"{fragment!r}: speaker {said}, expected {expected}")
    for name in case.get("not_speakers", []):
        found += [f"{name!r} is the speaker of {q.text!r}" for q in document.quotes
                  if any(name.casefold() in text for text in speaker_names(q, names))]
    return found


def _param(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
    return pytest.param(case, id=f"{case['cause']}-{case['id']}", marks=marks)


def test_cases_are_well_formed():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)) and len(ids) >= 80
    for case in CASES:
        assert case["cause"] and case["text"] and case["quotes"], case["id"]
        for fragment, _ in case["quotes"]:
            assert fragment in case["text"] + (case.get("title") or ""), (case["id"], fragment)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_attribution(case):
    assert problems(case) == []
