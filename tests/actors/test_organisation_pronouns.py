"""A subject pronoun refers back to the organisation or state subject of the clause before
when that noun has the pronoun's grammatical gender (actors/pronouns.py), invented sentences."""
from __future__ import annotations


def _pronouns(linker) -> dict[str, str]:
    text = linker.document.text
    return {text[m.start:m.end]: m.actor_id for m in linker.mentions() if m.via == "pronoun"}


def test_feminine_state_subject_is_the_antecedent_of_elle(link):
    linker = link("La Russie a dénoncé les sanctions. Elle a promis de répondre.")
    assert _pronouns(linker) == {"Elle": "gov:RUS"}


def test_state_of_the_other_gender_is_not_the_antecedent(link):
    linker = link("La Russie a dénoncé les sanctions. Il a promis de répondre.")
    assert "gov:RUS" not in _pronouns(linker).values()
