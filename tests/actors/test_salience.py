"""Salience of pronoun antecedents (actors/salience.py, data/salience.yaml), on invented
sentences: grammatical role, distance, the article's main person, ties."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from veilleur.actors import salience
from veilleur.actors.salience import Candidate
from veilleur.document import Block


def _doc(words, heads, deps):
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_a_name_the_parser_reads_as_a_vocative_before_the_verb_is_the_subject():
    # « Julien Roche , président , est intervenu . » with « Julien » attached as a vocative
    doc = _doc(["Julien", "Roche", ",", "président", ",", "est", "intervenu", "."],
               [6, 0, 0, 0, 6, 6, 6, 6], ["vocative", "flat:name", "punct", "appos", "punct", "aux", "ROOT", "punct"])
    assert salience.role_of(doc[0]) == "main_clause_subject"


def test_a_second_subject_of_one_verb_is_no_subject():
    # « Julien a rencontré Thomas » with « Thomas » mislabelled nsubj
    doc = _doc(["Julien", "a", "rencontré", "Thomas", "."], [2, 2, 2, 2, 2], ["nsubj", "aux", "ROOT", "nsubj", "punct"])
    assert salience.role_of(doc[0]) == "main_clause_subject"
    assert salience.role_of(doc[3]) == "other_role"


def test_words_between_quotation_marks_are_inside_a_quote():
    doc = _doc(["«", "Le", "dossier", "est", "clos", "»", ",", "dit-elle"], [4, 2, 4, 4, 7, 4, 7, 7],
               ["punct", "det", "nsubj", "cop", "ccomp", "punct", "punct", "ROOT"])
    assert salience.inside_quotes(doc) == {1, 2, 3, 4}


def test_the_subject_of_the_lead_is_the_main_person_without_a_title():
    doc = _doc(["Anne", "parle", ".", "Paul", "écoute", "."], [1, 1, 1, 4, 4, 4],
               ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"])
    candidates = [Candidate("anne", 0, 0, 0, "main_clause_subject"), Candidate("paul", 3, 1, 0, "main_clause_subject")]
    assert salience.main_person(doc, candidates, [Block("body", (0, len(doc.text)))]) == "anne"


def test_a_recent_subject_beats_an_older_one_and_a_tie_is_nobody():
    older = Candidate("a", 0, 0, 0, "main_clause_subject")
    recent = Candidate("b", 5, 1, 0, "main_clause_subject")
    assert salience.best([older, recent], 10, 2, 0, None, lambda _: True) == "b"
    twin = Candidate("c", 6, 1, 0, "main_clause_subject")
    assert salience.best([recent, twin], 10, 2, 0, None, lambda _: True) is None


def test_the_main_person_beats_a_secondary_mention_in_the_sentence_before():
    main = Candidate("main", 0, 0, 0, "main_clause_subject")
    secondary = Candidate("other", 20, 4, 1, "other_role")
    assert salience.best([main, secondary], 30, 5, 1, "main", lambda _: True) == "main"
    assert salience.best([main, secondary], 30, 5, 1, None, lambda _: True) == "other"
