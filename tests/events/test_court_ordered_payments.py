"""Court-ordered payments are SANCTION 'convict' with the condemned party as recipient
(PLOVER manual, SANCTION: potential ambiguities); verbal condemnation stays ACCUSE."""
from __future__ import annotations

from .conftest import names


def test_ordered_to_pay_is_a_sanction_on_the_condemned(analyze):
    document = analyze("Google a été condamné à verser deux millions d'euros à la SNCF.", "fr")
    assert [(e.category, e.mode, e.cameo) for e in document.events] == [("SANCTION", "convict", "116")]
    assert names(document)[0][2] == "Google"


def test_condemning_an_act_is_still_criticism(analyze):
    document = analyze("L'Union africaine a condamné le coup d'État au Mali.", "fr")
    assert {e.category for e in document.events} == {"ACCUSE"}
