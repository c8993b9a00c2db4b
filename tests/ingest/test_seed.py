"""The seed (an RFI article scraped as raw text): header credit with its date, two audio
captions glued after their quotations, body text intact."""
from __future__ import annotations

import pytest

from veilleur.ingest import load
from veilleur.settings import Settings


@pytest.fixture(scope="module")
def seed(seed_path):
    (doc,) = load([str(seed_path)], Settings())
    return doc, seed_path.read_text(encoding="utf-8")


def test_metadata(seed):
    doc, _ = seed
    assert doc.language == "fr"
    assert doc.published == "2020-09"


def test_header_line_is_a_credit(seed):
    doc, raw = seed
    first_line = raw.split("\n", 1)[0].strip()
    credit = doc.blocks[0]
    assert credit.kind == "credit"
    assert doc.text[credit.span[0]:credit.span[1]] == first_line
    assert len(doc.blocks_of("credit")) == 1


def test_captions_are_their_own_blocks(seed):
    doc, _ = seed
    captions = doc.blocks_of("caption")
    assert len(captions) == 2
    for caption in captions:
        text = doc.text[caption.span[0]:caption.span[1]]
        assert text.startswith("Katsiaryna Shmatsina") and text.endswith("Anastasia Becchio")
        for role, name in (("speaker", "Katsiaryna Shmatsina"),
                           ("affiliation", "Centre biélorusse d'études stratégiques (BISS)"),
                           ("journalist", "Anastasia Becchio")):
            assert caption.data[role]["name"] == name
            start, end = caption.data[role]["span"]
            assert doc.text[start:end] == name
        # the quotation it labels stays body text, right before it
        before = max((b for b in doc.blocks if b.span[1] <= caption.span[0]), key=lambda b: b.span[1])
        assert before.kind == "body" and doc.text[before.span[1] - 3:before.span[1]] == "..."


def test_body_text_intact(seed):
    doc, raw = seed
    assert len(doc.text) == len(raw)  # one-for-one cleaning
    assert doc.text == raw.replace("\u2019", "'")
    body = [doc.text[b.span[0]:b.span[1]] for b in doc.blocks_of("body")]
    assert len(body) == 8
    assert body[0].startswith("La visite de Mikhaïl Michoustine")
    assert "« déstabilisation »" in doc.text
    assert not any("Anastasia Becchio" in p or "REUTERS" in p for p in body)
