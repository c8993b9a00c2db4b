"""API fixtures: the hand-annotated corpus (tests/api/corpus.py) in a SQLite store, and
TestClients over it as a loopback server (open reads) and as a public one (token)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOKEN = "s3cret-token-for-tests"
MAX_BODY = 256 * 1024
LOOPBACK = "http://127.0.0.1:8000"  # a loopback server answers only to loopback names


def _load_corpus(name: str = "corpus"):
    spec = importlib.util.spec_from_file_location(f"veilleur_test_{name}", Path(__file__).parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()
stories_corpus = _load_corpus("stories_corpus")


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _stores(backend: str, tmp_path_factory, build):
    """``build(location, workdir)`` on SQLite, or on PostgreSQL (in a schema of its own)
    when scripts/test.sh started a server."""
    workdir = tmp_path_factory.mktemp("api")
    if backend == "sqlite":
        store = build(workdir / "store.db", workdir)
        yield store
        store.close()
        return
    import os

    from veilleur.store.testing import TEST_PG_ENV, scratch_postgres_url

    if not os.environ.get(TEST_PG_ENV):
        pytest.skip(f"{TEST_PG_ENV} not set (scripts/test.sh starts PostgreSQL)")
    with scratch_postgres_url(os.environ[TEST_PG_ENV]) as url:
        store = build(url, workdir)
        yield store
        store.close()


@pytest.fixture(scope="session", params=BACKENDS)
def corpus_store(request, tmp_path_factory):
    """The corpus on both backends: every API and page test runs on both."""
    yield from _stores(request.param, tmp_path_factory, lambda location, _: corpus.build_store(location))


@pytest.fixture(scope="session", params=BACKENDS)
def stories_store(request, tmp_path_factory):
    """Analysed reports of one happening by three outlets, with stories, consolidated events
    and an alert (tests/api/stories_corpus.py)."""
    yield from _stores(request.param, tmp_path_factory, stories_corpus.build_store)


@pytest.fixture(scope="session")
def stories_client(stories_store):
    from fastapi.testclient import TestClient

    from veilleur.api import create_app

    with TestClient(create_app(stories_store), base_url=LOOPBACK) as opened:
        yield opened


@pytest.fixture(scope="session")
def client(corpus_store):
    """Bound to loopback: reads open; writes need TOKEN."""
    from fastapi.testclient import TestClient

    from veilleur import load_settings
    from veilleur.api import create_app

    # The small French model keeps the analyze/ingest tests fast. Used as a context manager
    # the client keeps one event-loop thread, so the store keeps one connection.
    with TestClient(create_app(corpus_store, token=TOKEN, settings=load_settings(model_size="sm"),
                               max_body_bytes=MAX_BODY), base_url=LOOPBACK) as opened:
        yield opened


@pytest.fixture(scope="session")
def public_client(corpus_store):
    """Bound to every interface: reads need the token too."""
    from fastapi.testclient import TestClient

    from veilleur.api import create_app

    with TestClient(create_app(corpus_store, host="0.0.0.0", token=TOKEN)) as opened:
        yield opened
