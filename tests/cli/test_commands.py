"""``veilleur search``, ``show``, ``stats`` and ``settings`` over a small store."""
from __future__ import annotations

import json

import pytest

from veilleur.document import Actor, Document, Event, Quote
from veilleur.ingest import RawInput
from veilleur.store import open_store

from .conftest import run, run_json

TEXT = ("Le président sénégalais a reçu à Dakar le secrétaire général de l'ONU. "
        "« La paix au Sahel est notre priorité », a déclaré le président.")


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "s.db")
    document = Document(source="dakar.txt", text=TEXT, title="Visite à Dakar", language="fr",
                        published="2024-04-02")
    document.actors = [Actor("Q1041", "Sénégal", "government", country="SEN", mentions=[(3, 23)]),
                       Actor("Q1065", "Nations unies", "igo", mentions=[(48, 71)])]
    document.events = [Event("CONSULT", "042", (24, 29), (0, 72), source="Q1041", target="Q1065",
                             confidence=0.9)]
    document.quotes = [Quote("direct", "La paix au Sahel est notre priorité", (75, 110),
                             speaker="Q1041", cue="a déclaré", cue_span=(114, 123))]
    document.meta["pipeline"] = "0.1.0"
    document.raw = RawInput(TEXT.encode("utf-8"), media_type="text/plain", encoding="utf-8")
    with open_store(path) as store:
        store.save(document)
    return path


def test_search_prints_hits_and_json(db):
    result = run("search", "Sahel", "--db", db)
    assert result.exit_code == 0 and "Visite à Dakar" in result.stdout
    result, hits = run_json("search", "Sahel", "--db", db)
    assert hits[0]["title"] == "Visite à Dakar" and "**Sahel**" in hits[0]["snippet"]
    assert run_json("search", '"( NEAR * -', "--db", db)[1] == []
    assert "no match" in run("search", "Tombouctou", "--db", db).stdout


def test_show_readable_json_text_and_raw(db):
    article_id = run_json("search", "Dakar", "--db", db)[1][0]["article_id"]
    readable = run("show", article_id[:10], "--db", db)
    assert readable.exit_code == 0
    assert "Visite à Dakar" in readable.stdout and "CONSULT" in readable.stdout
    assert "Nations unies" in readable.stdout and "a déclaré" in readable.stdout
    contract = json.loads(run("show", article_id, "--db", db, "--json").stdout)
    assert contract["id"] == article_id and contract["events"][0]["target"] == "Q1065"
    assert run("show", article_id, "--db", db, "--text").stdout.strip() == TEXT
    assert run("show", article_id, "--db", db, "--raw").stdout_bytes == TEXT.encode("utf-8")


def test_show_unknown_article_exits_1_naming_it(db):
    result = run("show", "deadbeef", "--db", db)
    assert result.exit_code == 1 and "[E503]" in result.stderr and "deadbeef" in result.stderr


def test_stats(db):
    result, stats = run_json("stats", "--db", db)
    assert result.exit_code == 0
    assert (stats["articles"], stats["events"], stats["quotes"], stats["actors"]) == (1, 1, 1, 2)
    assert stats["event_categories"] == {"CONSULT": 1}
    readable = run("stats", "--db", db).stdout
    assert "articles 1" in readable and "Sénégal" in readable


def test_settings_lists_every_documented_setting(monkeypatch):
    from veilleur.settings import SETTINGS

    monkeypatch.setenv("VEILLEUR_BATCH_SIZE", "7")
    result, rows = run_json("settings")
    assert result.exit_code == 0
    assert [r["name"] for r in rows] == [s.name for s in SETTINGS]
    batch = next(r for r in rows if r["name"] == "batch_size")
    assert (batch["value"], batch["default"], batch["env"]) == (7, 32, "VEILLEUR_BATCH_SIZE")
    assert "batch_size" in run("settings").stdout


@pytest.mark.parametrize("command", ["ingest", "reanalyze", "search", "show", "stats", "settings", "demo"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
