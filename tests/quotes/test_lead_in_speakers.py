"""Speakers taken from the words leading to a quote (quotes/extract.py): a floating quote's
lead-in subject, an unresolved pronoun's previous subject, a marker or a colon before the
marks, a relative clause on an apposition."""
from __future__ import annotations

from veilleur.ingest import document_from_text
from veilleur.pipeline import analyze_document


def _analyse(text):
    document = analyze_document(document_from_text(text, "<t>", language="fr"))
    names = {a.id: a.name for a in document.actors}
    return [(q, names.get(q.speaker)) for q in document.quotes]


def _speaker_of(text, words):
    found = [(q, name) for q, name in _analyse(text) if words in q.text]
    assert found, [q.text for q, _ in _analyse(text)]
    return found[0]


def test_floating_quote_takes_the_subject_of_the_sentence_before_it():
    q, name = _speaker_of("Selon la presse locale, le vote a été reporté. Les députés ont protesté contre ce report, "
                          "menés par Marc Lefort. Il a demandé une suspension de séance. "
                          "« Nous ne pouvons pas accepter un tel mépris du règlement. »",
                          "tel mépris")
    assert name == "Marc Lefort" and q.extra["speaker_via"] == "lead_in"


def test_floating_quote_takes_the_subject_of_its_own_lead_in():
    q, name = _speaker_of("« Le vote est reporté », a déclaré Anne Morel. Paul Girard, député du Nord, est ensuite "
                          "intervenu, trouvant le « procédé absolument choquant et contraire à toutes nos règles. »",
                          "absolument choquant")
    assert name == "Paul Girard"


def test_floating_quote_right_after_a_quote_continues_its_speaker():
    q, name = _speaker_of("« Le vote est reporté », a déclaré Anne Morel. « Nous reprendrons les débats demain matin. »",
                          "reprendrons")
    assert name == "Anne Morel" and q.extra["speaker_via"] == "previous_quote"


def test_unresolved_pronoun_after_a_marker_is_the_subject_before():
    q, name = _speaker_of("Selon une association, la réforme menace les hôpitaux. Le ministre Paul Girard voudrait "
                          "pourtant l'adopter. Selon lui, « il faut réformer vite ».",
                          "réformer vite")
    assert name == "Paul Girard"


def test_marker_before_marked_quote_gives_its_speaker():
    q, name = _speaker_of("Le chanteur Paul Martin est mort hier. Selon Jacques Durand, « Il se sentait très fatigué "
                          "ces derniers temps. Il voulait se reposer. »", "très fatigué")
    assert name == "Jacques Durand" and q.cue == "Selon"


def test_colon_after_a_verb_outside_the_lexicon_takes_the_last_subject():
    q, name = _speaker_of("Paul Girard s'en était pris au juge lors d'une violente envolée : "
                          "« Vous êtes indigne de présider ces débats ! »", "indigne")
    assert name == "Paul Girard"


def test_relative_clause_on_an_apposition_speaks_for_the_name():
    q, name = _speaker_of("Il a eu un clash avec Bernard Morel, le successeur de Claude Petit, qui lui avait rétorqué : "
                          "« Je partirai quand vous cesserez vos menaces. »", "Je partirai")
    assert name == "Bernard Morel"


def test_bare_title_the_actors_stage_left_unresolved_continues_the_previous_speaker():
    q, name = _speaker_of("« Le vote est reporté », a déclaré Anne Morel. Par ailleurs, ajoute l'ex-ministre, "
                          "le budget sera revu.", "budget")
    assert name == "Anne Morel" and q.extra["speaker_text"] == "l'ex-ministre"


def test_title_with_a_complement_does_not_continue_the_previous_speaker():
    q, name = _speaker_of("« Le vote est reporté », a déclaré Anne Morel. Le budget sera revu, ajoute le ministre "
                          "des Finances d'un pays voisin.", "budget")
    assert name != "Anne Morel"


def test_participle_whose_auxiliary_the_parser_hung_elsewhere_is_a_finite_lead_in():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from veilleur.quotes.extract import _bare_past_participle
    words = ["Paul", "a", "pour", "sa", "part", "ajouté", ":"]
    doc = Doc(Vocab(), words=words, pos=["PROPN", "AUX", "ADP", "DET", "NOUN", "VERB", "PUNCT"],
              deps=["nsubj", "aux:tense", "case", "det", "obl", "ROOT", "punct"], heads=[5, 4, 4, 4, 5, 5, 5],
              morphs=["", "", "", "", "", "Tense=Past|VerbForm=Part", ""], sent_starts=[True] + [False] * 6)
    assert not _bare_past_participle(doc[5])       # "a … ajouté": said
    doc[1].pos_ = "PUNCT"
    doc[1].dep_ = "punct"
    assert _bare_past_participle(doc[5])           # "Interrogée sur …" style: no auxiliary at all
