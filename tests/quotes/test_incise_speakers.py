"""Incises and their speakers (quotes/cues.py, extract.py): the parser's inverted subject,
the name after an addressee, subjects inside the quotation, nested incises, a dropped
auxiliary; and contents that keep a quotation's marks whole."""
from __future__ import annotations

from veilleur.ingest import document_from_text
from veilleur.pipeline import analyze_document


def _quotes(text):
    return analyze_document(document_from_text(text, "<t>", language="fr")).quotes


def _speaker_name(text, words):
    document = analyze_document(document_from_text(text, "<t>", language="fr"))
    names = {a.id: a.name for a in document.actors}
    return [names.get(q.speaker) for q in document.quotes if words in q.text]


def _containing(text, words):
    found = [q for q in _quotes(text) if words in q.text]
    assert found, [q.to_dict() for q in _quotes(text)]
    return found


def test_inverted_subject_after_a_described_role_is_the_named_person():
    assert _speaker_name("« Les marges ont augmenté cette année », explique le président de l'Union des pêcheurs "
                         "(UDP), Jean Dupont.", "marges") == ["Jean Dupont"]


def test_speaker_named_after_the_addressee():
    assert _speaker_name("Le glacier a reculé de dix mètres, a annoncé à l'agence RIA Novosti Ivan Petrov, de "
                         "l'université de Moscou.", "glacier") == ["Ivan Petrov"]


def test_subject_inside_the_quotation_is_not_the_incise_speaker():
    q, = _containing("« Allez, mon vieux Paul ! — Tout à fait Pierre ! », répondit alors son ami.", "Tout à fait")
    assert q.extra["speaker_text"] == "son ami"


def test_nested_incises_keep_the_outer_reporter():
    found = _containing("Des ossements trouvés dans la grotte appartiendraient à un ours, indique une analyse "
                        "effectuée en Suisse, a annoncé à la presse Anne Morel.", "ossements")
    assert len(found) == 1 and found[0].extra["speaker_text"].endswith("Morel")


def test_past_participle_right_after_the_quote_is_an_incise_with_a_dropped_auxiliary():
    q, = _containing("Dans la vallée, les pluies « pourront atteindre 80 millimètres en une nuit » averti la "
                     "préfecture.", "80 millimètres")
    assert q.extra["speaker_text"] == "la préfecture"


def test_partial_content_keeps_its_closing_mark():
    for q in _quotes("Le ministre a dénoncé hier le « comportement illégal » des dirigeants de la société."):
        assert q.text.count("«") == q.text.count("»"), q.text


def test_clause_content_keeps_the_marks_it_cuts():
    q, = _containing("Le chanteur est mort à Lyon « des suites d'une longue maladie », a révélé son agent.",
                     "longue maladie")
    assert q.text.endswith("»")


def test_reported_words_go_on_after_a_mid_sentence_incise():
    q, = _containing("Contrairement aux idées reçues, souligne-t-elle, le port reste le premier employeur de la ville.",
                     "premier employeur")
    assert q.text.startswith("Contrairement") and q.extra["speaker_text"] == "-elle"


def test_english_reported_words_go_on_after_a_mid_sentence_incise():
    document = analyze_document(document_from_text("In the long run, the treasurer said, the new tax will pay off.",
                                                   "<t>", language="en"))
    assert [q.text for q in document.quotes] == ["In the long run, the treasurer said, the new tax will pay off"]


def test_a_relative_clause_after_the_incise_is_not_reported():
    q, = _containing("La crise est grave, estime la présidente, qui appelle les élus au calme.", "crise")
    assert q.text == "La crise est grave"
