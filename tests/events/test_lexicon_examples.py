"""Every lexicon entry's example sentences, run through the whole analysis."""
from __future__ import annotations

import pytest

from veilleur.errors import VeilleurError
from veilleur.events.lexicon import load_lexicon, parse_lexicon

from .conftest import analyze_texts


def _failures(language: str) -> list[str]:
    lexicon = load_lexicon(language)
    cases = [(entry, text, code) for entry in lexicon.entries for text, code in entry.examples]
    documents = analyze_texts([text for _, text, _ in cases], language)
    failures = []
    for (entry, text, code), document in zip(cases, documents):
        codes = [e.cameo for e in document.events]
        triggers = [document.text[e.trigger[0]:e.trigger[1]].lower() for e in document.events]
        if code is None:
            ok = not any(t.startswith(entry.words[0][:4]) for t in triggers)
        else:
            ok = code in codes
        if not ok:
            failures.append(f"{entry.label}: expected {code}, got {codes} in {text!r}")
    return failures


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_example_sentence_gets_its_code(language):
    assert _failures(language) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_lexicons_cover_all_sixteen_plover_categories(language):
    from veilleur.document import PLOVER_CATEGORIES
    from veilleur.events.cameo import cameo_code

    lexicon = load_lexicon(language)
    codes = {c for e in lexicon.entries for c in [e.cameo, *(v.cameo for v in e.variants)]}
    covered = {cameo_code(c).category for c in codes}
    assert set(PLOVER_CATEGORIES) <= covered
    assert len(lexicon.entries) >= 200


def test_entry_without_example_is_refused():
    with pytest.raises(VeilleurError) as err:
        parse_lexicon({"entries": [{"lemma": "attaquer", "cameo": "190"}]}, "fr")
    assert err.value.code == "E301"


def test_unknown_cameo_code_is_refused():
    with pytest.raises(VeilleurError) as err:
        parse_lexicon({"entries": [{"lemma": "x", "cameo": "999", "examples": [["x", "999"]]}]}, "fr")
    assert err.value.code == "E302"


def test_unknown_key_is_refused():
    with pytest.raises(VeilleurError):
        parse_lexicon({"entries": [{"lemma": "x", "cameo": "190", "colour": "red",
                                    "examples": [["x", "190"]]}]}, "fr")
