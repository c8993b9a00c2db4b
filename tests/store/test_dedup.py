"""Re-ingesting the same article adds nothing; analyses are kept per pipeline version."""
from __future__ import annotations

from .conftest import analysed, wire_story

from veilleur.ingest import RawInput


def count(store, table: str) -> int:
    return store.fetch_value(f"SELECT count(*) AS n FROM {table}")


def test_same_text_is_stored_once(store):
    first = store.save(analysed(wire_story(), "a.txt"))
    again = store.save(analysed(wire_story(), "a.txt"))
    other_source = store.save(analysed(wire_story(), "copy/elsewhere.txt"))
    assert first.new_article and first.new_analysis
    assert not again.new_article and not again.new_analysis
    assert not other_source.new_article
    assert again.article_id == first.article_id == other_source.article_id
    for table, n in [("articles", 1), ("analyses", 1), ("events", 1), ("quotes", 1),
                     ("article_actors", 1), ("actors", 1)]:
        assert count(store, table) == n, table


def test_raw_input_is_kept_as_received(store):
    document = analysed(wire_story(), "page.html")
    document.raw = RawInput(b"<html>\xe9t\xe9</html>", media_type="text/html", encoding="cp1252",
                            url="https://example.org/a")
    result = store.save(document)
    row = store.article(result.article_id)
    assert bytes(row["raw"]) == b"<html>\xe9t\xe9</html>"
    assert (row["raw_media_type"], row["raw_encoding"], row["url"]) == (
        "text/html", "cp1252", "https://example.org/a")


def test_analyses_are_stored_per_pipeline_version(store):
    old = store.save(analysed(wire_story(), version="0.1.0"))
    new = store.save(analysed(wire_story(), version="0.2.0"))
    assert new.article_id == old.article_id and not new.new_article and new.new_analysis
    versions = store.fetch_all("SELECT pipeline_version, count(*) AS n FROM events "
                               "GROUP BY pipeline_version ORDER BY pipeline_version")
    assert [(r["pipeline_version"], r["n"]) for r in versions] == [("0.1.0", 1), ("0.2.0", 1)]
    assert store.document(old.article_id, "0.1.0").meta["pipeline"] == "0.1.0"
    assert store.stats("0.2.0")["events"] == 1


def test_unanalysed_articles_come_back_for_a_new_pipeline(store):
    document = analysed(wire_story(), version="0.1.0", title="Visite", published="2024-02-06")
    store.save(document)
    pending = list(store.unanalysed("0.2.0"))
    assert [d.id for d in pending] == [document.id]
    assert pending[0].text == document.text and pending[0].title == "Visite"
    assert pending[0].blocks == document.blocks
    assert list(store.unanalysed("0.1.0")) == []


def test_article_without_analysis_is_stored_alone(store):
    document = analysed(wire_story())
    del document.meta["pipeline"]
    result = store.save(document)
    assert result.new_article and not result.new_analysis
    assert count(store, "analyses") == 0
    assert store.document(result.article_id).text == document.text


def test_contract_document_comes_back_with_the_store_id(store):
    document = analysed(wire_story())
    document.id = "feed-item-42"
    result = store.save(document)
    assert result.article_id == "feed-item-42"
    back = store.document("feed-item-42")
    assert back.to_dict()["events"] == document.to_dict()["events"]
    assert back.quotes[0].extra == {"cue_lemma": "déclarer"}
    row = store.fetch_one("SELECT cue_lemma, speaker_actor FROM quotes")
    assert row == {"cue_lemma": "déclarer", "speaker_actor": "Q142"}
    event = store.fetch_one("SELECT trigger_text, location_name, location_lat, quad_class FROM events")
    assert event == {"trigger_text": document.text[2:11], "location_name": "Paris",
                     "location_lat": 48.85, "quad_class": 1}


def test_a_reused_id_for_another_text_does_not_overwrite(store):
    first = analysed(wire_story(0))
    first.id = "item-1"
    second = analysed("Un tout autre article sur la pêche en Bretagne. " * 10)
    second.id = "item-1"
    store.save(first)
    result = store.save(second)
    assert result.new_article and result.article_id != "item-1"
    assert store.document("item-1").text == first.text
    assert store.document(result.article_id).text == second.text
