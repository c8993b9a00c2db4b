"""Speakers resolved through the actors stage: collective actors, spokespeople, definite
descriptions, and documents that speak for their author (data: source_documents)."""
from __future__ import annotations

import pytest

import veilleur
from veilleur.quotes.lexicon import load_lexicon


def speakers(text: str, language: str = "fr"):
    doc = veilleur.analyze(text, language=language)
    names = {a.id: a for a in doc.actors}
    return [(q.speaker, names.get(q.speaker), q.extra.get("speaker_text")) for q in doc.quotes]


def test_collective_police_speaks_for_the_country_police():
    (speaker, actor, _), = speakers("Un incendie a touché Madrid, en Espagne. Trois personnes sont mortes, a indiqué la police.")
    assert speaker == "pol:ESP" and actor.kind == "police"


def test_spokesperson_quote_goes_to_the_organisation():
    found = speakers("Un incendie a touché Madrid, en Espagne. « Nous enquêtons », a précisé un porte-parole de la police.")
    assert found[0][0] == "pol:ESP"


def test_occupation_description_is_the_person_named_before():
    found = speakers("La planète a été repérée par l'astronome suisse Michel Mayor. "
                     "D'après le chercheur, la planète présenterait toujours la même face à son étoile.")
    assert found and found[0][1] is not None and found[0][1].name == "Michel Mayor"


def test_report_speaks_for_its_author():
    found = speakers("Selon un rapport de l'Otan, les troupes sont prêtes à partir.")
    assert found and found[0][0] == "nato"


def test_report_without_author_has_no_speaker():
    found = speakers("Selon le rapport, les troupes sont prêtes à partir.")
    assert found and found[0][0] is None and found[0][2] == "le rapport"


FR_DOCUMENTS = {"rapport": "le rapport", "étude": "l'étude", "enquête": "l'enquête", "communiqué": "le communiqué",
                "information": "l'information", "informations": "les informations", "analyse": "l'analyse",
                "note": "la note", "déclaration": "la déclaration", "sondage": "le sondage"}
EN_DOCUMENTS = {"report": "the report", "study": "the study", "survey": "the survey", "statement": "the statement",
                "inquiry": "the inquiry", "investigation": "the investigation", "analysis": "the analysis",
                "poll": "the poll"}


def test_every_document_noun_has_a_sentence():
    assert set(FR_DOCUMENTS) == set(load_lexicon("fr").source_documents)
    assert set(EN_DOCUMENTS) == set(load_lexicon("en").source_documents)


@pytest.mark.parametrize("noun,phrase", sorted(FR_DOCUMENTS.items()))
def test_french_document_nouns(noun, phrase):
    found = speakers(f"Selon {phrase} de l'Otan, les troupes sont prêtes à partir.")
    assert found and found[0][0] == "nato", found


@pytest.mark.parametrize("noun,phrase", sorted(EN_DOCUMENTS.items()))
def test_english_document_nouns(noun, phrase):
    found = speakers(f"According to {phrase} of NATO, the troops are ready to leave.", "en")
    assert found and found[0][0] == "nato", found


def test_report_made_by_an_actor_speaks_for_it():
    found = speakers("Selon un rapport établi par l'Otan, les troupes sont prêtes à partir.")
    assert found and found[0][0] == "nato"


def test_the_report_is_the_report_named_before():
    found = speakers("Le rapport final de l'Otan a été publié jeudi. Selon le rapport, les troupes sont prêtes à partir.")
    assert found and found[0][0] == "nato"
