"""Descriptions must not contradict the actor they link to (actors/descriptions.py) and
well-known epithets of companies are aliases (data/organizations.yaml), on invented
sentences."""
from __future__ import annotations

import veilleur


def _actors(text: str) -> dict[str, str]:
    document = veilleur.analyze(text, language="fr")
    return {document.text[s:e]: a.id for a in document.actors for s, e in a.mentions}


def test_company_epithet_is_an_alias():
    found = _actors("Samsung a perdu son procès contre la firme à la pomme.")
    assert found.get("firme à la pomme") == "apple"
    assert found.get("Samsung") == "samsung-electronics"


def test_epithet_complement_keeps_a_description_from_the_last_company():
    found = _actors("Renault a déposé un recours. Selon la firme au losange bleu, le marché recule.")
    assert not any(k.startswith("la firme") for k in found)


def test_demonym_of_a_description_rules_out_a_company_of_another_country():
    found = _actors("Microsoft a investi en Corée. La société coréenne a annoncé des pertes.")
    assert "La société coréenne" not in found


def test_demonym_of_a_description_agrees_with_the_company():
    found = _actors("Apple a battu Samsung. La société coréenne a annoncé un recours.")
    assert found.get("La société coréenne") == "samsung-electronics"


def test_occupation_given_beside_a_name_is_that_person_as_a_target():
    found = _actors("Jean Dupuis, avocat de la famille, a reçu des menaces. "
                    "Des inconnus ont ouvert le feu sur l'avocat.")
    assert found.get("l'avocat") == found.get("Jean Dupuis")


def test_capitalised_court_with_a_complement_is_a_named_body_then_the_court():
    found = _actors("Paul Marchand a critiqué la Cour d'assises spéciale. "
                    "Selon la Cour, le dossier est complet.")
    body = next(v for k, v in found.items() if k.startswith("Cour d'assises") or k.startswith("la Cour d'assises"))
    assert body.startswith("x:") and (found.get("la Cour") or found.get("Cour")) == body


def test_lowercase_court_with_a_complement_is_not_a_name():
    found = _actors("Les enfants jouent dans la cour de l'école de Rennes.")
    assert not any("cour" in k for k in found)


def test_definite_body_named_by_its_purpose_is_a_provisional_organisation():
    found = _actors("Le débat est relancé. La fédération nationale pour la protection des rivières réclame une loi.")
    assert any(k.startswith("La fédération nationale pour la protection") for k in found)


def test_predicate_noun_of_a_person_is_that_person_as_a_target():
    found = _actors("Marc Duval est l'avocat de la famille. Des inconnus ont menacé l'avocat hier.")
    assert found.get("l'avocat") == found.get("Marc Duval")


def test_occupation_never_introduced_is_not_linked_as_a_target():
    found = _actors("Marc Duval a quitté Lyon. Des inconnus ont menacé l'avocat hier.")
    assert "l'avocat" not in found
