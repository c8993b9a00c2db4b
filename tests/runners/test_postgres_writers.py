"""PostgreSQL for teams: two `veilleur run` processes analysing overlapping inputs into one
database at the same time lose nothing and duplicate nothing."""
from __future__ import annotations

import json

import pytest

from veilleur.store import open_store
from veilleur.store.testing import scratch_postgres_url

from .conftest import SIZE, postgres_base_url, veilleur_process, wikinews_files

pytestmark = pytest.mark.postgres


def test_two_concurrent_runners_on_overlapping_inputs():
    files = wikinews_files(9)
    first, second = files[:6], files[3:][::-1]  # three articles in common, met in opposite order
    with scratch_postgres_url(postgres_base_url()) as url:
        open_store(url).close()
        writers = [veilleur_process("run", *inputs, "--db", url, "--size", SIZE, "--processes", "1",
                                    "--batch-size", "1", "--quiet") for inputs in (first, second)]
        for writer in writers:
            _, stderr = writer.communicate(timeout=600)
            assert writer.returncode == 0, stderr.decode()
        with open_store(url) as store:
            def value(sql: str, *params) -> int:
                return store.fetch_value(sql, params)

            assert value("SELECT count(*) AS n FROM articles") == len(files)
            assert value("SELECT count(*) AS n FROM analyses") == len(files)
            assert value("SELECT count(*) AS n FROM events") == value(
                "SELECT count(*) AS n FROM (SELECT DISTINCT article_id, pipeline_version, idx "
                "FROM events) e")
            assert value("SELECT count(*) AS n FROM quotes") == value(
                "SELECT count(*) AS n FROM (SELECT DISTINCT article_id, pipeline_version, idx "
                "FROM quotes) q")
            stored = {d["source"] for d in store.fetch_all("SELECT source FROM articles")}
            assert stored == set(files)
            # every analysis holds the events its rows say it has
            for row in store.fetch_all("SELECT article_id, document_json FROM analyses"):
                events = len(json.loads(row["document_json"])["events"])
                assert value("SELECT count(*) AS n FROM events WHERE article_id = ?",
                             row["article_id"]) == events
