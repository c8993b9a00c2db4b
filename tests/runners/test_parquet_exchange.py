"""Parquet exchange: Documents survive the four tables unchanged; a store exported and
imported elsewhere gives the same analyses; importing twice adds nothing."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from veilleur.document import Actor, Event, Quote
from veilleur.errors import VeilleurError
from veilleur.ingest import document_from_text, load
from veilleur.pipeline import analyze_documents
from veilleur.runners import parquet
from veilleur.runners.exchange import export_parquet, import_parquet
from veilleur.store import open_store

from .conftest import SIZE, wikinews_files


@pytest.fixture(scope="module")
def analysed():
    return list(analyze_documents([d for d in load(wikinews_files(3)) if not isinstance(d, Exception)],
                                  size=SIZE))


def hand_made():
    """Every optional field used, fields beyond the contract included."""
    text = "Le ministre a déclaré : « Nous ne céderons pas. » Paris a condamné l'attaque."
    document = document_from_text(text, "hand.txt", language="fr", published="2024-03-01")
    document.meta.update({"pipeline": "9.9", "site": "example.org", "custom": {"k": [1, 2]}})
    document.actors = [Actor("Q142", "France", "government", ["Paris"], "FRA", "Q142", "FRAGOV",
                             [(52, 57)], extra={"role": "capital"})]
    document.events = [Event("ACCUSE", "111", (60, 68), (52, len(text)), source="Q142", mode="x",
                             goldstein=-2.0, quad_class=3, modality="negated", date="2024-03-01",
                             location={"name": "Paris", "country": "FRA", "lat": 48.8, "lon": 2.3,
                                       "geonames": 2988507}, confidence=0.61,
                             extra={"evidence": "rule 7"})]
    document.quotes = [Quote("direct", "Nous ne céderons pas.", (25, 46), speaker=None, cue="a déclaré",
                             cue_span=(12, 21), confidence=0.9, extra={"cue_lemma": "déclarer"}),
                       Quote("indirect", "x", (0, 1))]
    document.errors = ["quotes: [E401] something"]
    return document


def test_documents_round_trip_through_the_four_tables(tmp_path, analysed):
    documents = [*analysed, hand_made()]
    name = parquet.write_part(tmp_path, documents)
    back = parquet.read_part(tmp_path, name)
    assert [d.to_dict() for d in back] == [d.to_dict() for d in documents]
    assert [d.raw.data for d in back[:3]] == [d.raw.data for d in analysed]
    events = pq.read_table(tmp_path / "events" / f"{name}.parquet").to_pylist()
    assert {"trigger_text", "sentence_text", "location_country"} <= set(events[0])
    assert all(e["trigger_text"] for e in events)


def test_not_an_exchange_folder_is_e604(tmp_path):
    with pytest.raises(VeilleurError) as caught:
        list(parquet.read_documents(tmp_path))
    assert caught.value.code == "E604"


def test_export_then_import_gives_the_same_store_and_twice_adds_nothing(store_url, tmp_path, analysed):
    source = str(tmp_path / "source.db")
    with open_store(source) as store:
        for document in analysed:
            store.save(document)
        store.save(document_from_text("Un article sans analyse.", "bare.txt", language="fr"))
        assert export_parquet(store, tmp_path / "pq", part_size=2) == 4
    assert len(parquet.part_names(tmp_path / "pq")) == 2
    with open_store(store_url) as store:
        first = import_parquet(store, tmp_path / "pq")
        again = import_parquet(store, tmp_path / "pq")
        assert (first.articles, first.new_articles, first.new_analyses) == (4, 4, 3)
        assert (again.new_articles, again.new_analyses) == (0, 0)
        for table, n in (("articles", 4), ("analyses", 3)):
            assert store.fetch_value(f"SELECT count(*) AS n FROM {table}") == n
        rows = store.fetch_all("SELECT article_id, document_json FROM analyses")
        got = {r["article_id"]: json.loads(r["document_json"]) for r in rows}
        assert got == {d.id: d.to_dict() for d in analysed}
        assert store.article(analysed[0].id)["raw"] is not None
