"""English argument shapes: possessor of a nominal trigger, adjectival control, light-verb
objects, participles on their patient, protest purposes and places, absorbed nouns."""
from __future__ import annotations

from .conftest import names


def test_possessor_acts_and_of_names_the_patient(analyze):
    assert ("111", "Germany", "France") in names(analyze("Germany's criticism of France angered Paris.", "en"))


def test_adjective_controls_its_infinitive(analyze):
    events = names(analyze("Syria is willing to withdraw its troops from Lebanon.", "en"))
    assert any(source == "Syria" and target == "Lebanon" for _, source, target in events)


def test_light_verb_object_is_the_target_of_its_prepositional_noun(analyze):
    events = names(analyze("Syrian rebels engaged Filipino peacekeepers in a firefight.", "en"))
    assert [cameo for cameo, _, target in events if target == "Military (Philippines)"] == ["193"]


def test_participle_modifies_its_patient(analyze):
    events = names(analyze("There were 10 Russian soldiers killed in Ukraine today.", "en"))
    assert any(target == "Military (Russia)" for _, _, target in events)


def test_protest_is_aimed_at_its_purpose_then_at_its_place(analyze):
    purpose = names(analyze("Algerian landowners began a hunger strike to demand the resignation "
                            "of Abdelaziz Bouteflika.", "en"))
    assert ("142", "Population (Algeria)", "Abdelaziz Bouteflika") in purpose
    assert not any(cameo.startswith("10") for cameo, _, _ in purpose)  # the demand is the protest's
    place = names(analyze("Palestinian prisoners rioted at a jail in Israel on Monday.", "en"))
    assert ("145", "Population (Palestine)", "Israel") in place


def test_noun_named_by_a_variant_of_its_verb_is_one_event(analyze):
    events = names(analyze("Serbia lifted the curfew in Montenegro.", "en"))
    assert [cameo for cameo, _, _ in events] == ["0813"]


def test_modifier_inside_an_actor_phrase_is_not_a_trigger(analyze):
    events = names(analyze("Egyptian riot police arrested Islamist students.", "en"))
    assert not any(cameo.startswith("14") for cameo, _, _ in events)
