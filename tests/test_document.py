"""The Document type serialises to the analysis contract and back."""
from veilleur.document import Actor, Block, Document, Event, Quote


def test_round_trip_keeps_contract_and_extra_fields():
    doc = Document(source="a.txt", text="Moscou soutient Minsk.", language="fr", published="2020-09",
                   blocks=[Block("body", (0, 22), {"note": "x"})],
                   actors=[Actor("RUS", "Russie", "government", ["Moscou"], "RUS", mentions=[(0, 6)])],
                   events=[Event("SUPPORT", "051", (7, 15), (0, 22), source="RUS", confidence=0.8)],
                   quotes=[Quote("indirect", "x", (0, 1), extra={"cue_lemma": "dire"})],
                   meta={"author": "A"})
    d = doc.to_dict()
    assert d["id"] == doc.id and len(d["id"]) == 64
    assert d["blocks"][0] == {"kind": "body", "span": [0, 22], "note": "x"}
    assert d["actors"][0]["mentions"] == [[0, 6]]
    assert d["events"][0]["trigger"] == [7, 15]
    assert d["quotes"][0]["cue_lemma"] == "dire"
    assert d["author"] == "A" and "errors" not in d
    assert Document.from_dict(d).to_dict() == d
