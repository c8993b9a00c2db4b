"""Cutting an article into annotated segments for the highlighted reader."""
from __future__ import annotations

from veilleur.web.highlight import segments

TEXT = "La Russie a promis une aide. « Nous aiderons », a dit Lavrov."


def contract(**extra):
    return {"text": TEXT, "actors": [{"id": "gov:RUS", "mentions": [[3, 9]]},
                                     {"id": "lavrov", "mentions": [[54, 60]]}],
            "events": [{"trigger": [10, 18], "sentence": [0, 28]}],
            "quotes": [{"span": [29, 46], "speaker_span": [54, 60]}], **extra}


def test_segments_cover_the_text_exactly_once():
    parts = segments(contract())
    assert "".join(p.text for p in parts) == TEXT
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))


def test_each_layer_marks_its_span():
    parts = {p.text: p for p in segments(contract())}
    assert parts["Russie"].actors == ["gov:RUS"] and parts["Russie"].classes == "hl-actor"
    assert parts["a promis"].events == [0] and parts["a promis"].classes == "hl-trigger"
    assert parts["« Nous aiderons »"].quotes == [0]
    assert parts["Lavrov"].actors == ["lavrov"]


def test_overlapping_layers_split_at_every_boundary():
    data = contract(quotes=[{"span": [0, 28]}])  # a quote holding a mention and a trigger
    parts = {p.text: p for p in segments(data)}
    assert parts["Russie"].classes == "hl-actor hl-quote"
    assert parts["a promis"].classes == "hl-trigger hl-quote"


def test_spans_outside_the_text_are_ignored():
    data = contract(events=[{"trigger": [50, 500], "sentence": [-3, 10]}, {"trigger": None, "sentence": None}])
    parts = segments(data)
    assert "".join(p.text for p in parts) == TEXT
    assert not any(p.events for p in parts)


def test_empty_text():
    assert segments({"text": ""}) == []
