"""Quote marks: pairs, paragraphs, quotes running across paragraphs, unbalanced marks."""
from __future__ import annotations

import re

from veilleur.quotes.marks import MAX_OPEN_CHARS, find_marked_spans


def _spans(text):
    regions = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [(text[s.start:s.end], s.chain, s.close_at is not None) for s in find_marked_spans(text, regions)]


def test_french_english_and_straight_marks():
    text = 'Il a dit « non ». She said “yes”. He said "maybe". ‹ peut-être ›'
    assert [t for t, _, _ in _spans(text)] == ["non", "yes", "maybe", "peut-être"]


def test_double_apostrophes_are_double_quotes_and_offsets_hold():
    text = "He said, ''We will win,'' and left."
    regions = [(0, len(text))]
    (span,) = find_marked_spans(text, regions)
    assert text[span.start:span.end] == "We will win"


def test_quote_running_across_paragraphs_is_one_chain():
    text = "Il a déclaré : « Nous irons.\n« Et nous gagnerons », a-t-il ajouté."
    spans = _spans(text)
    assert [t for t, _, _ in spans] == ["Nous irons.", "Et nous gagnerons"]
    assert spans[0][1] == spans[1][1] and spans[1][2]


def test_unbalanced_mark_stops_at_its_paragraph():
    text = "Il a dit « ouvert sans fin.\nUn autre paragraphe, sans guillemets."
    spans = _spans(text)
    assert spans == [("ouvert sans fin.", 0, False)]


def test_unbalanced_mark_is_capped_in_a_long_paragraph():
    text = "Il a dit « " + "Une phrase de plus. " * 60
    (span,) = find_marked_spans(text, [(0, len(text))])
    assert span.end - span.start <= MAX_OPEN_CHARS


def test_nested_marks_stay_inside():
    text = "« Il m'a dit “jamais” hier », raconte-t-elle."
    assert [t for t, _, _ in _spans(text)] == ["Il m'a dit “jamais” hier"]
