"""Issues 4 and 5 of the French challenge set, on invented sentences: a title beside a name
is that named person, not the office's holder in the base; a role with no country resolves
only when the article makes the country clear; a demonym on a government, diplomats, soldiers
or weapons names the state's actor; a company named after a country is not the country."""
from __future__ import annotations

import veilleur


def _mention(linker, text):
    return next(m for m in linker.mentions() if linker.document.text[m.start:m.end] == text)


def _actors(text: str) -> dict[str, veilleur.Actor]:
    document = veilleur.analyze(text, language="fr", published="2026-11-20")
    return {document.text[s:e]: a for a in document.actors for s, e in a.mentions}


def test_apposed_title_after_an_unknown_name_is_that_person(link):
    linker = link("Marc Delvaux, le ministre français des Affaires étrangères, a critiqué le projet.",
                  published="2016-06-20")
    title = _mention(linker, "ministre français des Affaires étrangères")
    assert title.actor_id == _mention(linker, "Marc Delvaux").actor_id != "Q12927"   # not Ayrault


def test_title_before_an_unknown_name_is_that_person(link):
    linker = link("Le ministre français des Affaires étrangères Marc Delvaux a critiqué le projet.",
                  published="2016-06-20")
    title = _mention(linker, "ministre français des Affaires étrangères")
    assert title.actor_id == _mention(linker, "Marc Delvaux").actor_id != "Q12927"


def test_title_standing_alone_is_still_the_holder_at_the_date(link):
    linker = link("Le ministre français des Affaires étrangères a critiqué le projet.", published="2016-06-20")
    assert _mention(linker, "ministre français des Affaires étrangères").actor_id == "Q12927"


def test_countryless_title_is_not_the_holder_of_a_country_named_once(link):
    linker = link("Le Premier ministre a dénoncé les menaces de la Russie.", published="2020-09")
    assert all(m.actor_id != "Q61934925" for m in linker.mentions())     # not Russia's PM


def test_government_named_by_its_demonym_is_the_state():
    assert _actors("Les syndicats ont manifesté contre le gouvernement français.")["gouvernement français"].id == "gov:FRA"
    assert _actors("L'opposition accuse le gouvernement allemand.")["gouvernement allemand"].id == "gov:DEU"


def test_diplomats_with_a_demonym_are_their_government():
    assert _actors("La Norvège a expulsé trois diplomates chiliens.")["diplomates chiliens"].id == "gov:CHL"
    assert _actors("Le Japon a convoqué l'ambassadeur péruvien.")["ambassadeur péruvien"].id == "gov:PER"


def test_weapons_with_a_demonym_are_that_state_military():
    assert _actors("La Pologne a intercepté un drone biélorusse.")["drone biélorusse"].id == "mil:BLR"
    assert _actors("Des avions turcs ont survolé la frontière.")["avions turcs"].id == "mil:TUR"


def test_company_named_after_a_country_is_not_the_country():
    found = _actors("Le syndicat a signé un accord avec Air France et Royal Air Maroc.")
    assert found["Air France"].id != "gov:FRA" and found["Royal Air Maroc"].id != "gov:MAR"
    assert _actors("La Norvège a signé un accord avec la France.")["France"].id == "gov:FRA"
