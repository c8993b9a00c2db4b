"""Groups the parser mangles (actors/groups.py): the clefted noun phrase of « ce sont deux
hommes … qui ont tiré » and the people a quantity noun counts (« 10 millions de
francophones canadiens »), on invented sentences."""
from __future__ import annotations

import veilleur


def _actors(text: str):
    document = veilleur.analyze(text, language="fr")
    return document, {document.text[s:e]: a for a in document.actors for s, e in a.mentions}


def test_clefted_unnamed_group_is_the_agent():
    _, found = _actors("D'après la radio, ce sont trois hommes en scooter qui ont attaqué la banque de Nantes.")
    assert "trois hommes en scooter" in found
    assert found["trois hommes en scooter"].id.startswith("x:")


def test_clefted_definite_phrase_is_not_a_new_group():
    _, found = _actors("Ce sont les hommes du maire qui ont fermé la route de Nantes.")
    assert not any(k.startswith("les hommes") for k in found)


def test_quantified_people_of_a_demonym_are_that_population():
    _, found = _actors("Les quelque 2 millions de francophones belges réclament une loi au gouvernement.")
    assert found["francophones belges"].id == "civ:BEL"


def test_quantity_without_a_demonym_is_left_alone():
    _, found = _actors("Des milliers de francophones réclament une loi au gouvernement français.")
    assert not any("francophones" in k for k in found)


def test_numeral_before_a_partitive_group_is_part_of_its_mention():
    _, found = _actors("Par ailleurs, trois des plus grands syndicats agricoles de Wallonie ont salué la décision.")
    assert any(k.startswith("trois des plus grands syndicats") for k in found)
