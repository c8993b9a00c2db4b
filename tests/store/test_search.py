"""Full-text search: words, phrases, prefixes, exclusions; any typed string is safe."""
from __future__ import annotations

import pytest

from veilleur.store._search import parse, to_fts5, to_tsquery

from .conftest import analysed

TEXTS = {
    "geneve": ("Négociations à Genève", "Les négociateurs se sont retrouvés à Genève pour discuter "
               "d'un cessez-le-feu durable. Le médiateur a salué des progrès."),
    "summit": ("Summit in Brussels", "European leaders met in Brussels to discuss sanctions and "
               "military aid; the ceasefire talks in Geneva were also on the agenda."),
    "sport": ("Finale à Lyon", "L'équipe de Lyon a remporté la finale de la coupe devant un stade "
              "plein, sans aucune négociation possible sur le score."),
}

NASTY = ['"', '""', "'", "(", ")", "*", "-", "OR", "AND", "NOT", "NEAR(a b)", "a:b", "title:x",
         "^start", "Genève\"", "' OR 1=1 --", "'; DROP TABLE articles; --", "%", "_", "\\",
         "{col}", "a + b", "--", "-Genève", "* OR *", "\x00", "🙂", "& | ! <->", ":*", "é:*",
         "x" * 500, "", "   "]


@pytest.fixture
def corpus(store):
    ids = {}
    for key, (title, text) in TEXTS.items():
        language = "en" if key == "summit" else "fr"
        ids[key] = store.save(analysed(text, f"{key}.txt", title=title, language=language)).article_id
    return store, ids


def found(store, query, **kw):
    return {h.article_id for h in store.search(query, **kw)}


def test_words_phrases_prefixes_and_exclusions(corpus):
    store, ids = corpus
    assert found(store, "cessez-le-feu") == {ids["geneve"]}
    assert found(store, "geneve") == {ids["geneve"]}                 # accents ignored
    assert found(store, "négociation*") == {ids["geneve"], ids["sport"]}
    assert found(store, "négociation* -Lyon") == {ids["geneve"]}
    assert found(store, '"military aid"') == {ids["summit"]}
    assert found(store, '"aid military"') == set()
    assert found(store, "Lyon OR Brussels") == {ids["sport"], ids["summit"]}
    assert found(store, "Brussels", language="fr") == set()


def test_snippets_mark_the_matched_words(corpus):
    store, ids = corpus
    hit = store.search("médiateur", highlight=("<<", ">>"))[0]
    assert hit.article_id == ids["geneve"] and "<<médiateur>>" in hit.snippet
    assert hit.title == "Négociations à Genève"


def test_title_matches_rank_first(corpus):
    store, ids = corpus
    assert store.search("Genève geneva OR Genève")[0].article_id == ids["geneve"]


@pytest.mark.parametrize("query", NASTY)
def test_nasty_queries_never_raise(corpus, query):
    store, _ = corpus
    assert isinstance(store.search(query), list)


def test_query_rewriting_quotes_every_term():
    # A token with inner punctuation ("cessez-le-feu", "NEAR(x") is searched as a phrase.
    parsed = parse('élection "premier tour" -Macron prési* OR NEAR(x')
    assert to_fts5(parsed) == '("élection" AND "premier tour" AND "prési"* NOT "Macron") OR ("NEAR x")'
    assert to_tsquery(parsed) == "((élection) & (premier <-> tour) & !(macron) & (prési:*)) | ((near <-> x))"
    assert not parse('- -x "" OR')
