"""`veilleur stories build/list/show` and `veilleur alerts check/list` over a store."""
from __future__ import annotations

import json

import pytest

from veilleur import ingest
from veilleur.cli import main
from veilleur.pipeline import PIPELINE_VERSION, analyze_documents
from veilleur.store import open_store

from .test_clustering import CORPUS, _labels


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("stories") / "news.db"
    docs = []
    for name, _story, language, published in _labels():
        title, _, body = (CORPUS / name).read_text(encoding="utf-8").partition("\n\n")
        docs.append(ingest.document_from_text(title.strip() + "\n\n" + body.strip(), name,
                                              title=title.strip(), language=language, published=published))
    with open_store(path) as store:
        for document in analyze_documents(docs, size="sm"):
            store.save(document)
    return str(path)


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_build_list_and_show(db, capsys):
    summary = _json(capsys, ["stories", "build", "--db", db, "--json"])
    assert summary["articles"] == len(_labels())
    assert summary["multi_article_stories"] >= 5
    assert summary["consolidated_events"] <= summary["reported_events"]
    again = _json(capsys, ["stories", "build", "--db", db, "--json"])   # rebuilding replaces
    assert again == summary
    listed = _json(capsys, ["stories", "list", "--db", db, "--json"])
    assert len(listed) == summary["stories"] or len(listed) == 20
    top = listed[0]
    shown = _json(capsys, ["stories", "show", top["id"], "--db", db, "--json"])
    assert shown["article_count"] == top["article_count"] >= 3
    assert all(e["report_count"] >= 1 for e in shown["events"])
    with open_store(db) as store:
        assert store.fetch_value("SELECT count(*) FROM story_articles WHERE pipeline_version = ?",
                                 (PIPELINE_VERSION,)) == summary["articles"]


def test_alerts_fire_once_per_window(db, tmp_path, capsys):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: anything in Gaza week\n    threshold: 1\n    window_days: 7\n",
                     encoding="utf-8")
    fired = _json(capsys, ["alerts", "check", "--rules", str(rules), "--db", db,
                           "--today", "2021-05-22", "--json"])
    assert len(fired) == 1 and fired[0]["new"] and fired[0]["count"] >= 1
    again = _json(capsys, ["alerts", "check", "--rules", str(rules), "--db", db,
                           "--today", "2021-05-22", "--json"])
    assert not again[0]["new"]
    assert len(_json(capsys, ["alerts", "list", "--db", db, "--json"])) == 1
    quiet = _json(capsys, ["alerts", "check", "--rules", str(rules), "--db", db,
                           "--today", "2030-01-01", "--json"])
    assert quiet == []


def test_bad_rules_file_is_a_usage_error(db, tmp_path, capsys):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules: [{name: x}]\n", encoding="utf-8")
    assert main(["alerts", "check", "--rules", str(rules), "--db", db]) == 2
    assert "E801" in capsys.readouterr().err
