"""Plural subject pronouns of a main clause stand for the plural group or collective actor
of the sentences just before (actors/plural_pronouns.py, linking.yaml ``plural_pronouns``),
on invented sentences."""
from __future__ import annotations

import veilleur


def _actors(text: str) -> dict[str, str]:
    """{mention text: actor id} of the analysed text."""
    document = veilleur.analyze(text, language="fr")
    return {document.text[s:e]: a.id for a in document.actors for s, e in a.mentions}


def test_feminine_pronoun_points_back_to_a_feminine_group():
    found = _actors("À Lyon, des manifestantes françaises ont bloqué le pont. Elles ont dénoncé la réforme.")
    group = next(v for k, v in found.items() if "manifestantes" in k)
    assert found.get("Elles") == group


def test_plural_pronoun_stands_for_a_collective_organisation():
    found = _actors("Selon un collectif de défense des locataires, l'immeuble va fermer. "
                    "Ils ont manifesté devant la mairie de Lille.")
    collective = next(v for k, v in found.items() if "collectif" in k)
    assert found.get("Ils") == collective


def test_feminine_pronoun_stands_for_a_collective_of_women():
    found = _actors("Selon un collectif de défense des droits des infirmières, l'hôpital va fermer. "
                    "Elles ont manifesté devant la mairie de Lille.")
    collective = next(v for k, v in found.items() if "collectif" in k)
    assert found.get("Elles") == collective


def test_feminine_pronoun_never_stands_for_a_collective_of_men():
    found = _actors("Selon un collectif de défense des locataires, l'immeuble va fermer. "
                    "Elles ont manifesté devant la mairie de Lille.")
    assert any("collectif" in k for k in found) and "Elles" not in found


def test_plural_thing_subject_is_the_likelier_antecedent():
    found = _actors("Des manifestantes ont bloqué le pont de Lyon. Les négociations ont échoué. "
                    "Elles reprendront lundi.")
    assert "Elles" not in found


def test_singular_organisation_does_not_take_a_plural_pronoun():
    found = _actors("L'Otan a renforcé sa présence en Pologne. Ils ont protesté.")
    assert "Ils" not in found
