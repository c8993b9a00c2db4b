"""Runner fixtures: a few real Wikinews articles, stores on SQLite and (when the test script
started a server, VEILLEUR_TEST_PG) PostgreSQL, and helpers to run `veilleur` in a process."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veilleur.store import open_store
from veilleur.store.testing import TEST_PG_ENV, scratch_postgres_url

from ..conftest import need_shared

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
SIZE = "sm"  # the small French model keeps these tests to seconds per run


def wikinews_files(count: int, skip: int = 0) -> list[str]:
    folder = need_shared("corpora", "wikinews-fr-2012")
    return [str(p) for p in sorted(folder.glob("*.html"))[skip:skip + count]]


def postgres_base_url() -> str:
    base = os.environ.get(TEST_PG_ENV)
    if not base:
        pytest.skip(f"{TEST_PG_ENV} not set (scripts/test.sh starts PostgreSQL)")
    return base


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    with scratch_postgres_url(postgres_base_url()) as url:
        yield url


def count(url: str, sql: str) -> int:
    with open_store(url) as store:
        return int(store.fetch_value(sql))


def veilleur_process(*args: str, **kw) -> subprocess.Popen:
    """``veilleur ARGS`` in a new session, so the test can kill it with its workers."""
    main = "import sys; from veilleur.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen([sys.executable, "-c", main, *args], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)
