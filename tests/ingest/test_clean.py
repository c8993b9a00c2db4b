from __future__ import annotations

from veilleur.ingest import document_from_text
from veilleur.ingest.clean import clean_text, to_input_offset


def test_one_for_one_replacements_keep_offsets():
    raw = "L\u2019Union\u00a0européenne «\u202fnon\u202f» “yes” l\u2018a"
    cleaned, offset_map = clean_text(raw)
    assert cleaned == "L'Union européenne « non » “yes” l'a"
    assert len(cleaned) == len(raw) and offset_map == []


def test_dropped_characters_are_mapped_back():
    raw = "pre\u00admier\r\nmot\u200b fin"
    cleaned, offset_map = clean_text(raw)
    assert cleaned == "premier\nmot fin"
    for i, ch in enumerate(cleaned):
        j = to_input_offset(i, offset_map)
        assert raw[j] == ch or (ch == "\n" and raw[j] == "\n")


def test_document_text_keeps_quotes_and_records_the_map():
    doc = document_from_text("Il a dit\u00a0: « Non\u00a0! »\r\nFin de l\u2019article.")
    assert "« Non ! »" in doc.text and "l'article" in doc.text
    assert doc.meta["offsets"]["map"]
