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


def test_claimed_attack_whatever_the_participles_agreement(analyze):
    # "revendiqués" agrees with "villages", but one claims attacks, not villages
    document = analyze("Plusieurs attaques contre des villages, revendiqués par Boko Haram, ont eu lieu au Nigeria.", "fr")
    assert [s for code, s, _ in names(document) if code == "190"] == ["Boko Haram"]


def test_present_participle_on_a_noun_has_it_as_subject(analyze):
    document = analyze("Les syndicats de la CGT réclamant la démission de Nicolas Sarkozy ont défilé.", "fr")
    assert ("1041", "Confédération générale du travail", "Nicolas Sarkozy") in names(document)


def test_absolute_participle_with_ayant(analyze):
    document = analyze("Emmanuel Macron ayant accepté, la séance a été suspendue.", "fr")
    assert [s for code, s, _ in names(document) if code == "030"] == ["Emmanuel Macron"]


def test_subordinate_clause_misparsed_as_subject_is_not_the_source(analyze):
    # the parser hangs "minorité" (with its own subject "la gauche") on "intervenu"
    document = analyze("Alors que la gauche était en minorité, Jean-Luc Mélenchon (LFI) est intervenu "
                       "en demandant à François Bayrou une suspension de séance.", "fr")
    assert [(s, t) for code, s, t in names(document) if code == "100"] == [
        ("Jean-Luc Mélenchon", "François Bayrou")]


def test_compound_past_with_avoir_is_active_whatever_the_subject_label(analyze):
    # the parser labels "l'Iran" nsubj:pass; "a réagi" is no passive
    document = analyze("L'Iran a vivement réagi contre les États-Unis.", "fr")
    assert names(document) == [("111", "Iran", "États-Unis")]


def test_protest_aims_at_its_purpose_clause_even_when_parsed_as_a_conjunct(analyze):
    document = analyze("Les syndicats de la CGT ont manifesté hier et aujourd'hui pour dénoncer "
                       "le projet de loi du gouvernement portugais.", "fr")
    assert ("141", "Confédération générale du travail", "Portugal") in names(document)
