"""A person of the base is not every bearer of the surname: "Paul Martinon" in the
article means no "Martinon" there is the base's Catherine Martinon (invented people)."""
from __future__ import annotations

import pytest

from veilleur.actors.kb import build_kb
from veilleur.actors.records import actor_from_record

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def kb_with_namesake():
    kb = build_kb([FIXTURES])
    kb.add_actor(actor_from_record({"id": "catherine-martinon", "kind": "person", "country": "FRA",
                                    "names": {"fr": "Catherine Martinon"}, "aliases": ["Martinon"]}, "<test>"))
    return kb


def test_other_first_name_blocks_the_namesake(link, kb_with_namesake):
    linker = link("L'avocat de Paul Martinon a été entendu. Martinon a nié les faits.", kb=kb_with_namesake)
    assert all(m.actor_id != "catherine-martinon" for m in linker.mentions())


def test_same_first_name_still_links(link, kb_with_namesake):
    linker = link("Catherine Martinon a parlé lundi. Martinon a ensuite quitté la salle.", kb=kb_with_namesake)
    assert [m.actor_id for m in linker.mentions() if m.actor_id == "catherine-martinon"]
