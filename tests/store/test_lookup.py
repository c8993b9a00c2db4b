"""Finding stored articles by id or id prefix, and the store's counts."""
from __future__ import annotations

import pytest
from .conftest import analysed, wire_story

from veilleur.errors import VeilleurError


def test_prefix_finds_the_article(store):
    result = store.save(analysed(wire_story()))
    assert store.resolve_id(result.article_id[:8]) == result.article_id
    assert store.document(result.article_id[:8]).id == result.article_id


def test_unknown_and_ambiguous_ids_are_numbered_errors(store):
    for n, text in enumerate(["Premier article sur la réunion des ministres à Bruxelles.",
                              "Second article sur le sommet des dirigeants à Madrid."]):
        document = analysed(text)
        document.id = f"abcd-{n}"
        store.save(document)
    with pytest.raises(VeilleurError) as missing:
        store.resolve_id("not-an-id")
    assert missing.value.code == "E503" and "not-an-id" in str(missing.value)
    with pytest.raises(VeilleurError) as ambiguous:
        store.resolve_id("abcd")
    assert ambiguous.value.code == "E504"
    assert store.resolve_id("abcd-1") == "abcd-1"
    with pytest.raises(VeilleurError) as short:
        store.resolve_id("abc")  # prefixes shorter than 4 characters are not guessed
    assert short.value.code == "E503"


def test_stats_count_articles_events_and_actors(store):
    store.save(analysed(wire_story(), title="A", published="2024-02-06"))
    store.save(analysed("Autre article, en anglais cette fois, sur le sommet de Bruxelles. " * 8,
                        "b.txt", language="en", published="2023-01"))
    stats = store.stats()
    assert stats["articles"] == 2 and stats["schema_version"] >= 1
    assert stats["languages"] == {"fr": 1, "en": 1}
    assert stats["published"] == {"first": "2023-01", "last": "2024-02-06"}
    assert stats["events"] == 2 and stats["quotes"] == 2 and stats["actors"] == 1
    assert stats["event_categories"] == {"CONSULT": 2}
    assert stats["top_actors"][0]["id"] == "Q142" and stats["top_actors"][0]["articles"] == 2
