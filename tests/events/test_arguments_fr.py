"""French argument shapes: implicit recipients, claimed attacks, deep place names."""
from __future__ import annotations

from .conftest import names


def test_criticism_of_a_policy_needs_no_named_recipient(analyze):
    # PLOVER ACCUSE and REJECT do not require a recipient
    document = analyze("Amnesty International a dénoncé une répression sans précédent.", "fr")
    assert ("111", "Amnesty International", None) in names(document)


def test_statement_without_content_is_no_criticism(analyze):
    assert analyze("Amnesty International a dénoncé.", "fr").events == []


def test_participle_agreeing_with_the_trigger_gives_the_source(analyze):
    # the parser hangs "revendiquée" on "convoi"; it agrees with "attaque"
    document = analyze("Une attaque contre un convoi, revendiquée par les talibans, a fait dix morts.", "fr")
    assert [s for code, s, _ in names(document) if code == "190"] == ["talibans"]


def test_participle_agreeing_with_the_complement_is_not_the_source(analyze):
    document = analyze("Une attaque contre un village, contrôlé par les talibans, a fait dix morts.", "fr")
    assert not [s for code, s, _ in names(document) if code == "190" and s == "talibans"]


def test_a_place_deep_inside_the_subject_phrase_is_not_the_actor(analyze):
    document = analyze("La médaillée d'argent des jeux de Beyrouth se plaint de la politique du gouvernement.", "fr")
    assert not [s for _, s, _ in names(document) if s == "Liban"]
