"""``veilleur demo`` and the sample corpus it ingests."""
from __future__ import annotations

import re

from veilleur.ingest import load
from veilleur.sample import article_paths

from .conftest import run, run_json


def test_sample_corpus_is_a_dozen_dated_french_and_english_articles():
    paths = article_paths()
    assert len(paths) >= 12
    documents = list(load([str(p) for p in paths]))
    assert all(not isinstance(d, Exception) for d in documents), documents
    languages = [d.language for d in documents]
    assert languages.count("fr") >= 5 and languages.count("en") >= 4
    for document in documents:
        assert document.title, document.source
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", document.published or ""), document.source
        assert any(mark in document.text for mark in "«“\""), f"{document.source} quotes nobody"


def test_demo_ingests_the_sample_and_reports_what_it_found(tmp_path):
    db = str(tmp_path / "demo.db")
    result, report = run_json("demo", "--db", db, "--size", "sm", "--processes", "1", "-q")
    assert result.exit_code == 0, result.stderr
    count = len(article_paths())
    assert report["ingest"]["new"] == count and report["ingest"]["failed"] == 0
    assert report["stats"]["articles"] == count
    assert set(report["stats"]["languages"]) == {"fr", "en"}
    assert report["stats"]["actors"] > 0 and report["stats"]["top_actors"]
    readable = run("demo", "--db", db, "--size", "sm", "--processes", "1")
    assert readable.exit_code == 0
    assert f"{count} already stored" in readable.stdout and "top actors" in readable.stdout
