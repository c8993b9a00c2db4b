"""Quoted criticism: a quotation whose words condemn an actor it names is its speaker
criticising that actor (events/quoted.py, data/criticism_fr.yaml)."""
from __future__ import annotations

import pytest

from veilleur.errors import VeilleurError
from veilleur.events.quoted import load_criticism, parse_criticism

from .conftest import names


def test_direct_quote_blames_the_actor_it_names(analyze):
    document = analyze("« C'est inadmissible, le gouvernement belge a menti aux agriculteurs », "
                       "a déclaré Marine Le Pen.", "fr")
    assert ("111", "Marine Le Pen", "Belgique") in names(document)


def test_indirect_quote_with_selon(analyze):
    document = analyze("Selon la CGT, la réforme du gouvernement espagnol est une mascarade.", "fr")
    assert [(s, t) for c, s, t in names(document) if c == "111"] == [
        ("Confédération générale du travail", "Espagne")]


def test_demonstrative_act_in_the_quote_points_at_the_lead_author(analyze):
    document = analyze("Le gouvernement espagnol a décidé de relever la TVA. « Cette mesure est "
                       "populiste », a affirmé Pedro Sánchez.", "fr")
    assert [c for c, s, t in names(document) if s == "Pedro Sánchez" and t and "spagn" in t] == ["111"]


def test_negated_judgement_is_no_criticism(analyze):
    document = analyze("« Ce n'est pas scandaleux que la France aide la Grèce », a affirmé Angela Merkel.", "fr")
    assert not [e for e in document.events if e.cameo == "111"]


def test_judgement_blaming_nobody_named_is_no_event(analyze):
    document = analyze("« C'est inacceptable », a déclaré Angela Merkel.", "fr")
    assert document.events == []


def test_place_in_the_quote_is_not_the_blamed_actor(analyze):
    document = analyze("« C'est une mascarade en France », a déclaré Angela Merkel.", "fr")
    assert document.events == []


def test_lexicon_loads_and_refuses_bad_data():
    lexicon = load_criticism("fr")
    assert "inacceptable" in lexicon.words and ("déni", "de", "démocratie") in lexicon.phrases
    with pytest.raises(VeilleurError):
        parse_criticism({"words": ["honteux"]}, "criticism_xx.yaml")
    with pytest.raises(VeilleurError):
        parse_criticism({"cameo": "999", "words": ["honteux"]}, "criticism_xx.yaml")


def test_judgement_naming_nobody_goes_on_about_the_speakers_previous_quote(analyze):
    document = analyze("« Le procédé du gouvernement belge est choquant », a dit Marine Le Pen. "
                       "« C'est inacceptable ! », a-t-elle ajouté.", "fr")
    assert ("111", "Marine Le Pen", "Belgique") in names(document)


def test_previous_quote_of_another_speaker_is_not_continued(analyze):
    document = analyze("« Le procédé du gouvernement belge est choquant », a dit Marine Le Pen. "
                       "« C'est inacceptable ! », a ajouté Jordan Bardella.", "fr")
    assert document.events == []
