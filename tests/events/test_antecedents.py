"""Act nouns pointing back at the article's main act ("cette annonce", "le plan") and
verbs whose object judges the subject's act ("ne satisfait pas")."""
from __future__ import annotations

from .conftest import names


def test_demonstrative_act_noun_is_the_lead_subjects_act(analyze):
    document = analyze("Le gouvernement espagnol a décidé de relever la TVA. "
                       "Les syndicats de la CGT dénoncent cette mesure.", "fr")
    assert ("111", "Confédération générale du travail", "Espagne") in names(document)


def test_bare_definite_plan_points_back_too(analyze):
    document = analyze("Airbus va supprimer 4 000 emplois. Le gouvernement français n'acceptait pas le plan en l'état.", "fr")
    assert [(c, t) for c, s, t in names(document) if c == "120"] == [("120", "Airbus")]


def test_plan_with_its_own_owner_is_not_an_anaphor(analyze):
    document = analyze("Airbus va supprimer 4 000 emplois. Le Sénat a rejeté le plan de relance du gouvernement belge.", "fr")
    assert not [t for c, s, t in names(document) if t == "Airbus"]


def test_headline_without_a_subject_arc(analyze):
    # "Économie : L'agence Moody's dégrade l'Italie": the verb hangs on the noun
    document = analyze("Économie : L'agence Moody's dégrade l'Italie\n\n"
                       "Cette nouvelle baisse n'a pas été appréciée par la Commission européenne.", "fr")
    assert ("110", "Commission européenne", "Moody's") in names(document)


def test_an_actor_of_no_acting_kind_is_no_author(analyze):
    document = analyze("Le SMIC augmentera de 2 %. Les syndicats de la CGT dénoncent cette mesure.", "fr")
    assert not [t for c, s, t in names(document) if t == "SMIC"]


def test_not_satisfying_is_the_object_criticising_the_subject(analyze):
    document = analyze("La décision de la France ne satisfait pas l'Allemagne.", "fr")
    assert [(c, s, t) for c, s, t in names(document)] == [("110", "Allemagne", "France")]


def test_satisfying_is_no_event(analyze):
    assert analyze("Le plan de la Commission européenne satisfait l'Allemagne.", "fr").events == []


def test_ne_ni_negates_and_each_ni_member_acts(analyze):
    document = analyze("Le gouvernement espagnol a décidé de relever la TVA. "
                       "Cette mesure ne satisfait ni la CGT ni le Medef.", "fr")
    sources = {s for c, s, t in names(document) if c == "110" and t == "Espagne"}
    assert sources == {"Confédération générale du travail", "Mouvement des entreprises de France"}


def test_targetless_copy_of_an_aimed_event_is_dropped(analyze):
    document = analyze("La décision de la France n'a pas été appréciée par l'Allemagne, qui regrette le moment choisi.", "fr")
    assert [t for c, s, t in names(document) if s == "Allemagne"] == ["France"]
