"""Pronouns subject of a reported clause stand for the reporting clause's subject
(actors/reported_pronouns.py, linking.yaml ``reported_pronouns``), on invented sentences."""
from __future__ import annotations

import veilleur


def _pronoun_actors(text: str, language: str = "fr") -> dict[str, str]:
    """{mention text: actor id} of the analysed text."""
    document = veilleur.analyze(text, language=language)
    return {document.text[s:e]: a.id for a in document.actors for s, e in a.mentions}


def test_organisation_pronoun_of_a_reported_clause():
    found = _pronoun_actors("L'Otan a annoncé qu'elle allait renforcer sa présence.")
    assert found.get("elle") == found.get("Otan") == "nato"


def test_impersonal_pronoun_stays_unlinked():
    found = _pronoun_actors("L'Otan a annoncé qu'il faut renforcer la défense.")
    assert "il" not in found


def test_plural_pronoun_needs_a_plural_subject():
    found = _pronoun_actors("L'Otan a annoncé qu'ils allaient partir.")
    assert "ils" not in found


def test_english_reported_pronoun_still_links():
    found = _pronoun_actors("NATO said it would send more ships.", language="en")
    assert found.get("it") == "nato"
