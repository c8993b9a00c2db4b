"""A `veilleur run` killed with SIGKILL halfway, then run again, ends with every article
analysed exactly once: the restart analyses only what the killed run had not stored."""
from __future__ import annotations

import os
import signal

from veilleur.runners.local import run_into_store
from veilleur.store import open_store

from .conftest import SIZE, count, veilleur_process, wait_for, wikinews_files

ARTICLES = 10


def test_killed_local_run_resumes_without_redoing_anything(store_url):
    files = wikinews_files(ARTICLES)
    open_store(store_url).close()  # schema in place before the writer and the poller start
    analyses = "SELECT count(*) AS n FROM analyses"
    run = veilleur_process("run", *files, "--db", store_url, "--size", SIZE, "--processes", "2",
                           "--batch-size", "1", "--quiet")
    try:
        wait_for(lambda: count(store_url, analyses) >= 1 or run.poll() is not None, 300,
                 "the first stored analysis")
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the runner and its worker processes
        run.wait()
    stored_before = count(store_url, analyses)
    assert 1 <= stored_before < ARTICLES, "the run was not interrupted halfway"

    with open_store(store_url) as store:
        summary = run_into_store(files, store, processes=1, size=SIZE)
        assert summary.skipped == stored_before
        assert summary.analysed == ARTICLES - stored_before
        assert store.fetch_value(analyses) == ARTICLES
        assert store.fetch_value("SELECT count(*) AS n FROM articles") == ARTICLES
        assert store.fetch_value("SELECT count(*) AS n FROM (SELECT DISTINCT article_id, idx "
                                 "FROM events) e") == store.fetch_value(
            "SELECT count(*) AS n FROM events")
