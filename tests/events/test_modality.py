"""Negated, future, hypothetical and background events."""
from __future__ import annotations

from .conftest import names


def _only(document):
    assert len(document.events) >= 1, names(document)
    return document.events[0]


def test_negated(analyze):
    event = _only(analyze("La France n'a pas condamné la Russie.", "fr"))
    assert (event.category, event.modality) == ("ACCUSE", "negated")


def test_future_cooperation_is_agree(analyze):
    event = _only(analyze("Emmanuel Macron va rencontrer Olaf Scholz.", "fr"))
    assert (event.category, event.cameo, event.modality) == ("AGREE", "036", "future")
    assert event.extra["intended_cameo"] == "040"


def test_future_coercion_is_threaten(analyze):
    event = _only(analyze("The European Union will impose sanctions on Russia.", "en"))
    assert (event.category, event.modality) == ("THREATEN", "future")


def test_conditional_is_hypothetical(analyze):
    event = _only(analyze("La Russie pourrait attaquer l'Ukraine.", "fr"))
    assert event.modality == "hypothetical"
    event = _only(analyze("Le Mossad aurait assassiné Mohsen Fakhrizadeh.", "fr"))
    assert event.modality == "hypothetical"


def test_imperfect_and_older_year_are_background(analyze):
    event = _only(analyze("À l'époque, la Russie accusait l'Ukraine de trahison.", "fr"))
    assert event.modality == "past_reported"
    event = _only(analyze("En 2010, la Russie a attaqué la Géorgie.", "fr", "2020-09-03"))
    assert event.modality == "past_reported"


def test_pas_question_is_reject_not_negated_consult(analyze):
    event = _only(analyze("Pas question pour la Russie de négocier avec l'Ukraine.", "fr"))
    assert (event.category, event.modality) == ("REJECT", "asserted")


def test_negative_trigger_is_asserted_not_negated(analyze):
    # "ne satisfait pas" is the event (dissatisfaction), not a negated one
    document = analyze("L'Allemagne n'a pas apprécié la décision de la France.", "fr")
    assert [(e.cameo, e.modality) for e in document.events] == [("110", "asserted")]


def test_denied_act_is_negated(analyze):
    event = _only(analyze("Le Maroc a nié avoir attaqué l'Algérie.", "fr"))
    assert (event.category, event.modality) == ("ASSAULT", "negated")


def test_conditional_misread_as_imperfect_after_a_past_verb_is_future(analyze):
    # the tagger reads "aiderait" as an imperfect; after "a déclaré" it is the future then
    event = _only(analyze("L'Espagne a déclaré qu'elle aiderait le Portugal.", "fr"))
    assert event.modality == "future"


def test_imperfect_of_a_verb_whose_stem_ends_in_r_stays_background(analyze):
    event = _only(analyze("À l'époque, la Belgique livrait des armes au Congo.", "fr"))
    assert event.modality == "past_reported"


def test_an_ability_is_hypothetical(analyze):
    event = _only(analyze("La capacité de la Corée du Nord de frapper le Japon inquiète.", "fr"))
    assert (event.category, event.modality) == ("ASSAULT", "hypothetical")
