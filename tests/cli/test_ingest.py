"""``veilleur ingest``: exit codes, failures counted while the batch goes on, reruns."""
from __future__ import annotations

import json

from veilleur.store import open_store

from .conftest import run, run_json


def test_good_inputs_exit_0_and_are_stored_once(articles, tmp_path):
    db = str(tmp_path / "s.db")
    result, summary = run_json("ingest", str(articles), "--db", db, "--size", "sm", "--processes", "1", "-q")
    assert result.exit_code == 0, result.stderr
    assert (summary["articles"], summary["new"], summary["failed"]) == (3, 3, 0)
    again, summary = run_json("ingest", str(articles), "--db", db, "--size", "sm", "--processes", "1")
    assert again.exit_code == 0
    assert (summary["new"], summary["skipped"], summary["analysed"]) == (0, 3, 0)
    with open_store(db) as store:
        assert store.fetch_value("SELECT count(*) AS n FROM articles") == 3
        assert store.fetch_value("SELECT count(*) AS n FROM analyses") == 3


def test_bad_inputs_are_reported_counted_and_the_batch_goes_on(articles, tmp_path):
    db = str(tmp_path / "s.db")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 8)
    result, summary = run_json("ingest", str(tmp_path / "missing.txt"), str(articles),
                               str(tmp_path / "empty.txt"), str(tmp_path / "binary.bin"),
                               "--db", db, "--size", "sm", "--processes", "1")
    assert result.exit_code == 1
    assert summary["new"] == 3 and summary["failed"] == 3
    assert "missing.txt" in result.stderr and "[E001]" in result.stderr
    assert "empty.txt" in result.stderr and "binary.bin" in result.stderr


def test_jsonl_with_a_malformed_line_keeps_the_other_lines(tmp_path):
    dump = tmp_path / "dump.jsonl"
    rows = [{"body": f"Le sommet numéro {n} s'est tenu à Genève avec les ministres.", "headline": f"Sommet {n}"}
            for n in range(3)]
    lines = [json.dumps(rows[0]), "{not json", json.dumps(rows[1]), json.dumps(rows[2])]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result, summary = run_json("ingest", str(dump), "--db", db, "--size", "sm", "--processes", "1",
                               "--field", "text=body", "--field", "title=headline", "--format", "jsonl")
    assert result.exit_code == 1
    assert summary["new"] == 3 and summary["failed"] == 1
    with open_store(db) as store:
        titles = {r["title"] for r in store.fetch_all("SELECT title FROM articles")}
    assert titles == {"Sommet 0", "Sommet 1", "Sommet 2"}


def test_usage_errors_exit_2(articles, tmp_path):
    db = str(tmp_path / "s.db")
    assert run("ingest", str(articles), "--db", db, "--field", "text").exit_code == 2
    assert run("ingest", str(articles), "--db", db, "--format", "pdf").exit_code == 2
    assert run("ingest", "--db", db).exit_code == 2
    assert run("ingest", str(articles), "--db", "mysql://x/y").exit_code == 2
    assert run("ingest", str(articles), "--no-such-option").exit_code == 2


def test_summary_is_printed_without_json(articles, tmp_path):
    result = run("ingest", str(articles), "--db", str(tmp_path / "s.db"), "--size", "sm", "--processes", "1")
    assert result.exit_code == 0
    assert "3 articles read" in result.stdout and "3 new" in result.stdout
    assert "0 inputs failed" in result.stdout


def test_reanalyze_adds_the_current_pipeline_analysis_only_where_missing(articles, tmp_path):
    from veilleur.pipeline import PIPELINE_VERSION

    db = str(tmp_path / "s.db")
    assert run("ingest", str(articles), "--db", db, "--size", "sm", "--processes", "1", "-q").exit_code == 0
    with open_store(db) as store:  # as if the articles had been analysed by an older pipeline
        with store.transaction() as conn:
            for table in ("analyses", "events", "quotes", "article_actors"):
                store.execute(conn, f"UPDATE {table} SET pipeline_version = ?", ("0.0.1",))
    result, report = run_json("reanalyze", "--db", db, "--size", "sm", "--processes", "1")
    assert result.exit_code == 0 and report == {"analysed": 3, "pipeline_version": PIPELINE_VERSION}
    assert run_json("reanalyze", "--db", db, "--size", "sm", "--processes", "1")[1]["analysed"] == 0
    with open_store(db) as store:
        versions = store.fetch_all("SELECT pipeline_version, count(*) AS n FROM analyses "
                                   "GROUP BY pipeline_version ORDER BY pipeline_version")
    assert [(r["pipeline_version"], r["n"]) for r in versions] == [("0.0.1", 3), (PIPELINE_VERSION, 3)]
