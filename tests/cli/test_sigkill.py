"""A run killed with SIGKILL halfway through a directory, then run again, ends with every
article stored exactly once with one analysis each (on SQLite and PostgreSQL)."""
from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from veilleur.store import open_store
from veilleur.store.testing import TEST_PG_ENV, scratch_postgres_url

from .conftest import VEILLEUR, write_articles

ARTICLES = 40


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "killed.db")
        return
    base = os.environ.get(TEST_PG_ENV) or pytest.skip(f"{TEST_PG_ENV} not set")
    with scratch_postgres_url(base) as url:
        yield url


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path, db):
    folder = tmp_path / "news"
    write_articles(folder, ARTICLES)
    command = [VEILLEUR, "ingest", str(folder), "--db", db, "--size", "sm", "--processes", "1",
               "--batch-size", "2", "-q"]
    with open_store(db) as store:  # one reader polls; it never takes the writer's lock
        def analyses() -> int:
            return store.fetch_value("SELECT count(*) AS n FROM analyses")

        first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while analyses() < 6 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        stored_before = analyses()
    assert first.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 0 < stored_before < ARTICLES

    rerun = subprocess.run([*command[:-1], "--json"], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f'"skipped": {stored_before}' in rerun.stdout
    with open_store(db) as store:
        count = store.fetch_value
        assert count("SELECT count(*) AS n FROM articles") == ARTICLES
        assert count("SELECT count(DISTINCT source) AS n FROM articles") == ARTICLES
        assert count("SELECT count(*) AS n FROM analyses") == ARTICLES
        assert count("SELECT count(*) AS n FROM articles a WHERE NOT EXISTS "
                     "(SELECT 1 FROM analyses n WHERE n.article_id = a.id)") == 0
