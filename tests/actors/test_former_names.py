"""A renamed organisation bears, in an article, the name it had on the article's date
(organizations.yaml ``former_names``)."""
from __future__ import annotations

from veilleur.actors.kb import build_kb, load_kb
from veilleur.actors.records import actor_from_record

from .conftest import FIXTURES

_RECORD = {"id": "parti-de-demain", "kind": "party", "country": "FRA",
           "names": {"fr": ["Parti de demain"]}, "acronyms": ["PDD"],
           "former_names": [{"name": "Union des bleus", "until": "2015-05-30"}]}


def test_name_at_a_date_before_and_after_the_renaming():
    actor = actor_from_record(_RECORD, "<test>")
    assert actor.name_at("fr", "2012-07-19") == "Union des bleus"
    assert actor.name_at("fr", "2015-05-30") == "Parti de demain"
    assert actor.name_at("fr", None) == "Parti de demain"
    assert "Union des bleus" in actor.all_names()


def test_the_article_shows_the_name_of_its_date(link):
    kb = build_kb([FIXTURES])
    kb.add_actor(actor_from_record(_RECORD, "<test>"))
    linker = link("Le PDD a voté contre le texte.", published="2012-07-19", kb=kb)
    assert linker.actors["parti-de-demain"].name == "Union des bleus"


def test_packaged_parties_renamed_since_2012():
    kb = load_kb()
    assert kb.actors["fra-les-republicains"].name_at("fr", "2012-07-19") == "Union pour un mouvement populaire"
    assert kb.actors["fra-les-republicains"].name_at("fr", "2020-01-01") == "Les Républicains"
