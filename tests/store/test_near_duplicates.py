"""Wire copies with small edits are linked to the first copy, across runs."""
from __future__ import annotations

from veilleur.store import open_store
from veilleur.store._neardup import THRESHOLD, signature

from .conftest import analysed, wire_story

UNRELATED = ("Les agriculteurs bretons ont manifesté samedi devant la préfecture de Rennes contre "
             "la hausse du prix du gazole non routier et les nouvelles normes environnementales "
             "imposées par Bruxelles. Plusieurs centaines de tracteurs ont bloqué la rocade pendant "
             "la matinée, provoquant d'importants embouteillages. Le préfet a reçu une délégation "
             "des syndicats agricoles en fin de journée et promis de transmettre leurs demandes au "
             "ministère. Les manifestants ont annoncé de nouvelles actions la semaine prochaine si "
             "le gouvernement ne revenait pas sur la suppression de l'avantage fiscal.")


def test_signatures_separate_copies_from_other_articles():
    original, copy = signature(wire_story(0)), signature(wire_story(1) + " (AFP)")
    other = signature(UNRELATED)
    assert original.similarity(copy) >= THRESHOLD
    assert original.similarity(other) < 0.2
    assert signature("Trop court pour comparer.") is None


def test_wire_copy_is_linked_not_stored_as_independent(store):
    first = store.save(analysed(wire_story(0), "afp.txt"))
    copy = store.save(analysed(wire_story(1) + "\n\nAvec AFP", "lemonde.txt"))
    third = store.save(analysed(wire_story(2), "ouest-france.txt"))
    other = store.save(analysed(UNRELATED, "rennes.txt"))
    assert first.near_duplicate_of is None and other.near_duplicate_of is None
    assert copy.new_article and copy.near_duplicate_of == first.article_id
    assert third.near_duplicate_of == first.article_id  # linked to the original, not a copy
    rows = store.fetch_all("SELECT id, near_duplicate_of FROM articles ORDER BY seq")
    assert [r["near_duplicate_of"] for r in rows] == [None, first.article_id, first.article_id, None]
    stats = store.stats()
    assert stats["near_duplicates"] == 2
    assert stats["events"] == 2  # the copies' events are not counted twice
    assert [h.article_id for h in store.search("munitions")] == [first.article_id]
    assert len(store.search("munitions", include_duplicates=True)) == 3


def test_detection_works_across_runs(store_url):
    with open_store(store_url) as store:
        first = store.save(analysed(wire_story(0)))
    with open_store(store_url) as store:
        copy = store.save(analysed(wire_story(1)))
    assert copy.near_duplicate_of == first.article_id
