"""A country name that is one word of an organisation's name ("France Télécom") is not the state."""
from __future__ import annotations


def test_country_name_inside_an_organisation_name_is_not_the_state(link):
    linker = link("Selon le Groupe France Télécom, le réseau enregistrait encore des connexions. La France a réagi.")
    found = [(linker.document.text[m.start:m.end], m.actor_id) for m in linker.mentions()]
    first, rest = found[0], found[1:]
    assert "Télécom" in first[0] and first[1].startswith("x:")
    assert any(a == "gov:FRA" for t, a in rest)
    assert any("Télécom" in t and a.startswith("x:") for t, a in found)
