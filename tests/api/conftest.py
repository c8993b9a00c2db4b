"""API fixtures: the hand-annotated corpus (tests/api/corpus.py) in a SQLite store, and
TestClients over it as a loopback server (open reads) and as a public one (token)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOKEN = "s3cret-token-for-tests"


def _load_corpus():
    spec = importlib.util.spec_from_file_location("veilleur_test_corpus", Path(__file__).parent / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    store = corpus.build_store(tmp_path_factory.mktemp("api") / "corpus.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(corpus_store):
    """Bound to loopback: reads open; writes need TOKEN."""
    from fastapi.testclient import TestClient

    from veilleur.api import create_app

    return TestClient(create_app(corpus_store, token=TOKEN))


@pytest.fixture(scope="session")
def public_client(corpus_store):
    """Bound to every interface: reads need the token too."""
    from fastapi.testclient import TestClient

    from veilleur.api import create_app

    return TestClient(create_app(corpus_store, host="0.0.0.0", token=TOKEN))
