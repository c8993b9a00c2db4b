"""Where the PLOVER 2021 manual departs from the CAMEO2PLOVER table (coding.yaml
``manual_categories``): resignations are RETREAT, lifted curfews and states of emergency
CONCEDE, international sanctions and court convictions SANCTION."""
from __future__ import annotations

import pytest

from veilleur.events.coding import final_code


@pytest.mark.parametrize("code, modality, category, mode", [
    ("0831", "asserted", "RETREAT", "resign"),
    ("0831", "future", "RETREAT", "resign"),   # future RETREAT is not AGREE
    ("0813", "asserted", "CONCEDE", None),
    ("0814", "asserted", "CONCEDE", None),
    ("163", "asserted", "SANCTION", "discontinue"),
    ("116", "asserted", "SANCTION", "convict"),   # found guilty or liable by a court
    ("172", "asserted", "COERCE", "restrict"),  # untouched codes keep the table's category
])
def test_manual_category_wins_over_the_table(code, modality, category, mode):
    cameo = final_code(code, modality)
    assert (cameo.code, cameo.category, cameo.mode) == (code, category, mode)


def test_future_sanctions_are_still_threats():
    assert final_code("163", "future").category == "THREATEN"


def _categories(document):
    return {e.category for e in document.events}


def test_sentences_follow_the_manual(analyze):
    assert "RETREAT" in _categories(analyze("Peruvian Prime Minister Pedro Cateriano resigned on Friday.", "en"))
    assert "CONCEDE" in _categories(analyze("Kenya lifted the night curfew in Mombasa.", "en"))
    assert "SANCTION" in _categories(analyze("Canada imposed sanctions on Belarus.", "en"))
