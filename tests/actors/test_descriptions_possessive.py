"""Descriptions beyond "le N": possessive ones ("son avocat", "son complice"), organisations
named by a proper complement ("l'université de Lille"), occupations in the generic masculine,
and inverted subjects after a quotation (actors/descriptions.py)."""
from __future__ import annotations


def by_text(linker):
    text = linker.document.text
    return {text[m.start:m.end]: m for m in linker.mentions()}


def test_possessive_noun_is_the_person_it_introduced(link):
    linker = link("Le présentateur Paul Martin travaillait avec son complice de toujours, Jacques Durand. "
                  "Selon son complice, il était très fatigué.")
    found = by_text(linker)
    assert found["son complice"].actor_id == found["Jacques Durand"].actor_id


def test_possessive_occupation_is_an_unnamed_person_not_the_possessor(link):
    linker = link("Le chanteur Paul Martin est mort hier à Lyon, a révélé son avocate à la presse.")
    found = by_text(linker)
    lawyer = found["son avocate"].actor_id
    assert lawyer != found["Paul Martin"].actor_id and linker.actors[lawyer].kind == "person"


def test_plural_possessive_occupation_is_no_person(link):
    linker = link("Le chanteur Paul Martin est mort hier à Lyon, ont révélé ses avocats à la presse.")
    assert "ses avocats" not in by_text(linker)


def test_organisation_noun_named_by_a_proper_complement(link):
    linker = link("Selon une étude de l'université de Lille, les abeilles seraient menacées.")
    mention = by_text(linker)["l'université de Lille"]
    actor = linker.actors[mention.actor_id]
    assert actor.name == "université de Lille" and actor.kind == "other"


def test_organisation_noun_with_a_common_complement_is_left_alone(link):
    linker = link("Selon une étude de l'université du pays, les abeilles seraient menacées.")
    assert not any("université" in t for t in by_text(linker))


def test_masculine_occupation_may_name_a_woman_when_no_man_is_near(link):
    linker = link("La planète a été découverte par Claire Dubois, de l'observatoire de Genève. "
                  "« Nous avons été surpris », a poursuivi l'expert.")
    found = by_text(linker)
    assert found["l'expert"].actor_id == found["Claire Dubois"].actor_id


def test_feminine_occupation_never_names_a_man(link):
    linker = link("La planète a été découverte par Paul Dubois, de l'observatoire de Genève. "
                  "« Nous avons été surpris », a poursuivi l'experte.")
    found = by_text(linker)
    assert "l'experte" not in found or found["l'experte"].actor_id != found["Paul Dubois"].actor_id


def test_subject_inside_the_quotation_does_not_hide_the_inverted_subject(link):
    linker = link("Paul Dubois a présenté ses résultats. « Le virus est plus dangereux que la grippe » "
                  "a ajouté le médecin.")
    found = by_text(linker)
    assert found["le médecin"].actor_id == found["Paul Dubois"].actor_id
