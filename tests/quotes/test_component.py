"""The spaCy factory ``veilleur_quotes`` on a plain spaCy pipeline."""
from __future__ import annotations

import spacy

from veilleur.nlp.pipelines import package_for


def test_factory_fills_span_group_and_user_data():
    nlp = spacy.load(package_for("en"))
    nlp.add_pipe("veilleur_quotes")
    doc = nlp('"We will not give in," the minister said on Monday.')
    assert [(s.text, s.label_) for s in doc.spans["veilleur_quotes"]] == [("We will not give in", "direct")]
    (quote,) = doc.user_data["veilleur_quotes"]
    assert quote["cue_lemma"] == "say" and quote["speaker_text"] == "the minister"
