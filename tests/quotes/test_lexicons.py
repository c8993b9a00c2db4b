"""Speech-verb lexicons: schema, and every entry's example attributed through that entry."""
from __future__ import annotations

import pytest

from veilleur.errors import VeilleurError
from veilleur.ingest import document_from_text
from veilleur.pipeline import analyze_document
from veilleur.quotes.lexicon import load_lexicon, parse_lexicon

LANGUAGES = ("fr", "en")


def _examples():
    for language in LANGUAGES:
        lexicon = load_lexicon(language)
        for verb in lexicon.verbs.values():
            yield pytest.param(language, verb.lemma, verb.example, id=f"{language}-{verb.lemma}")
        for marker in lexicon.markers:
            yield pytest.param(language, marker.text, marker.example, id=f"{language}-{marker.text}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_is_rich_and_valid(language):
    lexicon = load_lexicon(language)
    assert len(lexicon.verbs) >= 50
    assert all(0 < v.reliability <= 1 for v in lexicon.verbs.values())
    assert lexicon.markers and lexicon.naming_words
    classes = {v.cls for v in lexicon.verbs.values()}
    assert {"say", "deny", "denounce", "announce", "warn", "promise", "opinion"} <= classes


@pytest.mark.parametrize("language, lemma, example", list(_examples()))
def test_each_entry_example_is_attributed_through_it(language, lemma, example):
    document = analyze_document(document_from_text(example, "<example>", language=language))
    lemmas = [q.extra.get("cue_lemma") for q in document.quotes]
    assert lemma in lemmas, (example, [q.to_dict() for q in document.quotes])


def test_malformed_lexicon_names_the_file():
    with pytest.raises(VeilleurError) as err:
        parse_lexicon({"language": "fr", "verbs": [{"lemma": "dire", "class": "say"}]}, "bad.yaml")
    assert err.value.code == "E401" and "bad.yaml" in str(err.value)
    with pytest.raises(VeilleurError):
        parse_lexicon({"verbs": [{"lemma": "x", "class": "say", "reliability": 2, "example": "x"}]}, "b")
