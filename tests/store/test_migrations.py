"""Schema migrations: applied once, recorded, and a newer database refused."""
from __future__ import annotations

import re

import pytest

from veilleur.errors import VeilleurError
from veilleur.store import SCHEMA_VERSION, open_store
from veilleur.store._migrations import MIGRATIONS_DIR, migrations
from veilleur.store._sqlite import split_statements


def test_every_migration_exists_for_both_dialects():
    sqlite, postgres = migrations("sqlite"), migrations("postgresql")
    assert [v for v, _ in sqlite] == [v for v, _ in postgres] == list(range(1, SCHEMA_VERSION + 1))
    for name in (p.name for p in MIGRATIONS_DIR.iterdir() if p.suffix == ".sql"):
        assert re.match(r"^\d{4}_[\w-]+\.(sqlite|postgresql)\.sql$", name), name


def test_both_dialects_create_the_same_columns():
    def columns(script: str) -> dict[str, list[str]]:
        tables = {}
        for table, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\n\);", script, re.S):
            tables[table] = [line.split()[0] for line in body.splitlines()
                             if line.strip() and not line.strip().startswith(("--", "PRIMARY", "UNIQUE"))]
        return tables
    (_, sqlite), (_, postgres) = migrations("sqlite")[0], migrations("postgresql")[0]
    assert columns(sqlite) == columns(postgres)
    assert {"articles", "analyses", "actors", "article_actors", "events", "quotes"} <= set(columns(sqlite))


def test_fresh_store_is_at_the_current_version_and_reopening_changes_nothing(store_url):
    with open_store(store_url) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with open_store(store_url) as store:
        assert store.fetch_value("SELECT count(*) AS n FROM schema_version") == SCHEMA_VERSION


def test_newer_schema_is_refused(store_url):
    with open_store(store_url) as store:
        with store.transaction() as conn:
            store.execute(conn, "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                          (SCHEMA_VERSION + 1, "2099-01-01T00:00:00+00:00"))
    with pytest.raises(VeilleurError) as refused:
        open_store(store_url)
    assert refused.value.code == "E502"
    assert f"{SCHEMA_VERSION + 1} > {SCHEMA_VERSION}" in str(refused.value)


def test_sqlite_store_uses_wal(tmp_path):
    with open_store(tmp_path / "wal.db") as store:
        assert store.fetch_value("PRAGMA journal_mode") == "wal"


def test_statement_splitting_keeps_trigger_bodies_whole():
    script = ("-- comment\nCREATE TABLE t (a TEXT);\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
              "  INSERT INTO t VALUES ('a;b');\n  SELECT 1;\nEND;\n-- trailing comment\n")
    statements = split_statements(script)
    assert len(statements) == 2 and statements[1].endswith("END;")


@pytest.mark.parametrize("url", ["mysql://host/db", "ftp://x/y"])
def test_unsupported_url_is_a_numbered_error(url):
    with pytest.raises(VeilleurError) as refused:
        open_store(url)
    assert refused.value.code == "E501"


def test_sqlite_url_form(tmp_path):
    with open_store(f"sqlite:///{tmp_path}/via-url.db") as store:
        assert store.schema_version() == SCHEMA_VERSION
    assert (tmp_path / "via-url.db").exists()


def test_unreachable_postgresql_is_a_numbered_error_without_the_password():
    with pytest.raises(VeilleurError) as failed:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/nowhere")
    assert failed.value.code == "E505" and "s3cret" not in str(failed.value)


def test_unusable_sqlite_file_is_a_numbered_error(tmp_path):
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("these are notes, not a database\n" * 200)
    with pytest.raises(VeilleurError) as failed:
        open_store(not_a_database)
    assert failed.value.code == "E505" and "notes.txt" in str(failed.value)
