"""`veilleur actors …` commands, on a temporary overlay file."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from veilleur.cli import app

from .conftest import FIXTURES

runner = CliRunner()


def test_add_alias_show_search_export(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLEUR_ACTORS_USER_FILE", str(tmp_path / "user.yaml"))
    added = runner.invoke(app, ["actors", "add", "--name", "Katsiaryna Shmatsina", "--country", "BLR",
                                "--alias", "Shmatsina"])
    assert added.exit_code == 0 and added.stdout.strip() == "user:katsiaryna-shmatsina"
    assert runner.invoke(app, ["actors", "alias", "user:katsiaryna-shmatsina", "K. Shmatsina"]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["actors", "show", "user:katsiaryna-shmatsina"]).stdout)
    assert shown["origin"] == "user" and "K. Shmatsina" in shown["aliases"]
    found = runner.invoke(app, ["actors", "search", "shmatsina", "--json"]).stdout
    assert "user:katsiaryna-shmatsina" in found
    exported = runner.invoke(app, ["actors", "export", "--user-only", "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(line)["id"] for line in exported] == ["user:katsiaryna-shmatsina"]


def test_unknown_id_and_bad_kind_fail_with_status(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLEUR_ACTORS_USER_FILE", str(tmp_path / "user.yaml"))
    assert runner.invoke(app, ["actors", "show", "Q0"]).exit_code == 1
    assert runner.invoke(app, ["actors", "add", "--name", "X", "--kind", "alien"]).exit_code == 2


def test_import_csv(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLEUR_ACTORS_USER_FILE", str(tmp_path / "user.yaml"))
    result = runner.invoke(app, ["actors", "import", "--format", "csv", str(FIXTURES / "actors.csv")])
    assert result.exit_code == 0 and "imported" in result.stdout
    from veilleur.actors.kb import load_kb

    # Added, or merged into the packaged actor of the same name: never two actors.
    assert len({e.actor_id for e in load_kb().lookup("Jean-Yves Le Drian")}) == 1
    assert load_kb().surnames["shmatsina"]


def test_pending_without_store(tmp_path):
    result = runner.invoke(app, ["actors", "pending", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 0 and "no store" in result.stdout


def test_pending_lists_provisional_actors_of_the_store(tmp_path):
    from veilleur.document import Actor, Document
    from veilleur.store import open_store

    db = tmp_path / "news.db"
    document = Document(source="a.txt", text="Katsiaryna Shmatsina du BISS.", language="fr",
                        actors=[Actor("x:katsiaryna-shmatsina", "Katsiaryna Shmatsina", "person",
                                      country="BLR", mentions=[(0, 20)]),
                                Actor("gov:BLR", "Biélorussie", "government", country="BLR", mentions=[(24, 28)])])
    with open_store(db) as store:
        store.save(document, pipeline_version="test")
    result = runner.invoke(app, ["actors", "pending", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["x:katsiaryna-shmatsina"] and rows[0]["articles"] == 1
