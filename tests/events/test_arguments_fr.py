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


def test_name_right_after_a_title_is_the_actor(analyze):
    document = analyze("Le député Marc Lavigne a critiqué le Maroc.", "fr")
    assert names(document) == [("111", "Marc Lavigne", "Maroc")]


def test_title_and_name_as_object(analyze):
    document = analyze("La police biélorusse a arrêté le journaliste Oleg Marchenko.", "fr")
    assert [t for code, _, t in names(document) if code == "173"] == ["Oleg Marchenko"]


def test_relative_object_is_an_actor_object(analyze):
    document = analyze("Tomás Ruiz, que le ministre chilien Pablo Soto a reçu lundi, a quitté Santiago.", "fr")
    assert ("043", "Pablo Soto", "Tomás Ruiz") in names(document)


def test_light_verb_dative_names_the_recipient_of_a_noun_trigger(analyze):
    document = analyze("Le Canada a infligé de nouvelles sanctions à la Syrie.", "fr")
    assert names(document) == [("163", "Canada", "Syrie")]


def test_preposition_tagged_as_a_participle_still_names_the_target(analyze):
    document = analyze("L'Italie a réaffirmé son soutien envers la Tunisie.", "fr")
    assert [t for code, _, t in names(document) if code.startswith("05")] == ["Tunisie"]


def test_received_aid_comes_from_the_giver(analyze):
    document = analyze("Le Tchad a reçu une aide humanitaire de la France.", "fr")
    assert names(document) == [("073", "France", "Tchad")]


def test_noun_object_with_the_verbs_own_code_is_the_same_event(analyze):
    document = analyze("Le Ghana a conclu un accord avec le Togo.", "fr")
    assert names(document) == [("057", "Ghana", "Togo")]


def test_meeting_place_naming_a_member_is_no_other_party(analyze):
    document = analyze("L'Égypte et la Jordanie se sont rencontrées au Caire.", "fr")
    assert names(document) == [("040", "Égypte", "Jordanie")]


def test_call_on_someone_to_act_is_a_demand(analyze):
    document = analyze("La France a appelé la Serbie à retirer ses troupes.", "fr")
    assert [(s, t) for code, s, t in names(document) if code.startswith("10")] == [("France", "Serbie")]


def test_at_the_request_of_is_no_request_event(analyze):
    document = analyze("Le concert a été annulé à la demande de la chanteuse Lina Morel.", "fr")
    assert document.events == []


def test_noun_trigger_naming_what_another_act_is_about_is_no_second_event(analyze):
    document = analyze("Le Sénégal a signé un accord de coopération avec la Gambie.", "fr")
    assert [code for code, _, _ in names(document)] == ["057"]


def test_infinitive_on_a_noun_is_done_by_the_nouns_owner(analyze):
    document = analyze("La décision du Mali d'expulser l'ambassadeur de France a été annoncée.", "fr")
    assert [s for code, s, _ in names(document) if code.startswith("16")] == ["Mali"]


def test_money_lent_is_aid_but_attention_lent_is_not(analyze):
    assert names(analyze("Le FMI a prêté deux milliards d'euros à la Tunisie.", "fr")) == [
        ("071", "Fonds monétaire international", "Tunisie")]
    assert analyze("Le ministre a prêté attention à la Tunisie.", "fr").events == []


def test_hosted_with_no_agent_is_hosted_by_the_places_state(analyze):
    document = analyze("La ministre Ines Calvo a été reçue jeudi à Rome.", "fr")
    assert names(document) == [("043", "Italie", "Ines Calvo")]
    assert analyze("Le projet de loi a été reçu à Rome.", "fr").events == []
