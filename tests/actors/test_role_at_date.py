"""Titles resolve through the knowledge base at the article's date."""
from __future__ import annotations


def _role_mention(linker, text):
    return next(m for m in linker.mentions() if linker.document.text[m.start:m.end] == text)


def test_two_foreign_ministers_of_one_country_on_two_dates(link):
    sentence = "Le ministre français des Affaires étrangères a condamné l'attaque."
    title = "ministre français des Affaires étrangères"
    assert _role_mention(link(sentence, published="2013-03-02"), title).actor_id == "Q7504"      # Fabius
    assert _role_mention(link(sentence, published="2016-06-20"), title).actor_id == "Q12927"     # Ayrault


def test_month_only_date_and_demonym_after_the_title(link):
    linker = link("Le chef de l'État biélorusse accusait la Russie.", published="2020-09")
    assert _role_mention(linker, "chef de l'État biélorusse").actor_id == "Q57286"


def test_role_with_de_country_and_english_possessive(link):
    fr = link("Le Premier ministre de la Russie est arrivé.", published="2020-09")
    assert _role_mention(fr, "Premier ministre de la Russie").actor_id == "Q61934925"
    en = link("Russia's prime minister arrived in Minsk.", published="2011-03-01", language="en")
    assert _role_mention(en, "Russia's prime minister").actor_id == "Q7747"


def test_title_next_to_a_name_is_that_person_even_for_a_former_holder(link):
    linker = link("L'ancien Premier ministre Jean-Marc Ayrault a parlé.", published="2020-09")
    role = [m for m in linker.mentions() if m.via == "title"]
    assert role and role[0].actor_id == "Q12927"


def test_former_title_without_name_is_not_the_current_holder(link):
    linker = link("L'ancien ministre français des Affaires étrangères a parlé.", published="2016-06-20")
    assert not [m for m in linker.mentions() if m.actor_id in ("Q7504", "Q12927")]


def test_office_nobody_holds_in_the_base_becomes_a_provisional_actor(link):
    linker = link("Le ministre ukrainien des Affaires étrangères a protesté.", published="2020-09")
    actor = next(a for a in linker.contract_actors() if a.id.startswith("role:"))
    assert actor.id == "role:foreign_minister:UKR" and actor.country == "UKR" and actor.kind == "person"
