"""Attributions with no one speaking (quotes/cues.py, extract.py): a marker whose object is
data with no issuer ("selon le bilan", "according to the figures"; data: `data_nouns` in
speech_verbs_<lang>.yaml), a speech verb the sentence denies ("sans dire"), "ne … que" read
as a complement clause, a title inside a marker's noun phrase, and colon lead-ins whose verb
does not speak. Every sentence is invented."""
from __future__ import annotations

import pytest

import veilleur
from veilleur.quotes.lexicon import load_lexicon


def quotes(text: str, language: str = "fr"):
    return veilleur.analyze(text, language=language).quotes


FR_DATA = {"bilan": "le bilan", "chiffre": "le chiffre", "chiffres": "les chiffres", "estimation": "l'estimation",
           "estimations": "les estimations", "statistique": "la statistique", "statistiques": "les statistiques",
           "donnée": "la donnée", "données": "les données", "modèle": "le modèle", "prévision": "la prévision",
           "prévisions": "les prévisions", "projection": "la projection", "projections": "les projections",
           "calcul": "le calcul", "calculs": "les calculs", "résultat": "le résultat", "résultats": "les résultats",
           "décompte": "le décompte", "recensement": "le recensement", "relevé": "le relevé", "relevés": "les relevés",
           "simulation": "la simulation", "simulations": "les simulations", "classement": "le classement",
           "barème": "le barème", "calendrier": "le calendrier", "légende": "la légende",
           "mythologie": "la mythologie", "tradition": "la tradition"}
EN_DATA = {"figure": "the figure", "figures": "the figures", "number": "the number", "numbers": "the numbers",
           "data": "the data", "statistic": "the statistic", "statistics": "the statistics",
           "estimate": "the estimate", "estimates": "the estimates", "model": "the model", "models": "the models",
           "forecast": "the forecast", "forecasts": "the forecasts", "projection": "the projection",
           "projections": "the projections", "calculation": "the calculation", "calculations": "the calculations",
           "count": "the count", "tally": "the tally", "toll": "the toll", "result": "the result",
           "results": "the results", "simulation": "the simulation", "formula": "the formula",
           "schedule": "the schedule", "legend": "legend", "mythology": "mythology", "tradition": "tradition"}


def test_every_data_noun_has_a_sentence():
    assert set(FR_DATA) == set(load_lexicon("fr").data_nouns)
    assert set(EN_DATA) == set(load_lexicon("en").data_nouns)


@pytest.mark.parametrize("noun,phrase", sorted(FR_DATA.items()))
def test_french_data_without_issuer_is_no_quote_with_one_it_speaks(noun, phrase):
    assert quotes(f"Selon {phrase}, trois ponts ont été fermés dans la région.") == []
    found = quotes(f"Selon {phrase} de l'Otan, trois ponts ont été fermés dans la région.")
    assert [q.speaker for q in found] == ["nato"], [q.to_dict() for q in found]


@pytest.mark.parametrize("noun,phrase", sorted(EN_DATA.items()))
def test_english_data_without_issuer_is_no_quote_with_one_it_speaks(noun, phrase):
    assert quotes(f"According to {phrase}, three bridges were closed in the region.", "en") == []
    found = quotes(f"According to {phrase} from NATO, three bridges were closed in the region.", "en")
    assert [q.speaker for q in found] == ["nato"], [q.to_dict() for q in found]


def test_a_speaker_marker_is_kept():
    found = quotes("Le maire a reçu les habitants. Selon lui, la route sera rouverte lundi.")
    assert [q.text for q in found] == ["la route sera rouverte lundi"]


def test_possessive_issuer_keeps_the_quote():
    assert [q.text for q in quotes("Selon ses estimations, le chômage a reculé l'an dernier.")] == [
        "le chômage a reculé l'an dernier"]


def test_an_institution_complement_is_an_issuer_even_unlinked():
    found = quotes("Un incendie a touché un immeuble de Lille, en France. "
                   "Selon le bilan de la préfecture, trois personnes sont mortes.")
    assert [q.extra["speaker_text"] for q in found] == ["le bilan de la préfecture"]


def test_a_topic_or_document_complement_is_no_issuer():
    assert quotes("Selon le modèle classique de la chimie, la molécule est stable.") == []
    assert quotes("Selon les résultats de l'enquête, la digue a cédé sous la pression.") == []


def test_a_denied_speech_verb_reports_nothing():
    assert quotes("Le ministre est reparti sans dire « au revoir » aux élus.") == []
    assert quotes("The senator left the room without saying “goodbye” to anyone.", "en") == []
    assert [q.cue for q in quotes("Le ministre a dit « au revoir » aux élus.")] == ["a dit"]


def test_a_without_phrase_modifying_the_speech_verb_does_not_deny_it():
    found = quotes("The mayor replied without hesitation that the plan was fair.", "en")
    assert [q.extra["cue_lemma"] for q in found] == ["reply"]


def test_restrictive_ne_que_is_no_reported_clause():
    assert quotes("Les nouvelles taxes ne rapporteront que deux milliards d'euros.") == []
    assert [q.text for q in quotes("Le ministre n'a pas dit que la taxe serait supprimée.")] == [
        "la taxe serait supprimée"]


def test_marks_inside_the_marker_phrase_are_a_title():
    found = quotes("Selon une étude publiée par l'Insee sur « La pauvreté en France », le chômage a reculé.")
    assert [q.type for q in found] == ["indirect"] and "« La pauvreté" not in found[0].text


def test_apposition_not_set_off_by_a_comma_belongs_to_the_reported_words():
    found = quotes("De l'avis de l'Allemand Paul Martin, la langue anglaise est une exigence dans les banques.")
    assert [q.text for q in found] == ["la langue anglaise est une exigence dans les banques"]


def test_colon_after_a_quotation_does_not_take_the_earlier_subject():
    assert quotes("Le vol est défini comme « la soustraction frauduleuse de la chose d'autrui », "
                  "avec en complément : « Est assimilé au vol le détournement d'énergie. »") == []


def test_colon_after_a_relative_or_passive_clause_has_no_speaker():
    assert quotes("Le journal compte dix reporters qui couvrent la région : « Nous sommes partout. »") == []
    assert quotes("Le comité est composé de douze experts : « La moitié vient de l'université. »") == []
    found = quotes("Le maire s'est emporté lors du conseil : « Nous ne paierons pas. »")
    assert [q.extra.get("speaker_text") for q in found] == ["Le maire"]
