"""Store fixtures: every store test runs on SQLite and, when the test script started a
server (VEILLEUR_TEST_PG), on PostgreSQL in a schema of its own."""
from __future__ import annotations

import os

import pytest

from veilleur.document import Actor, Document, Event, Quote
from veilleur.ingest import document_from_text
from veilleur.store import open_store
from veilleur.store.testing import TEST_PG_ENV, scratch_postgres_url

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    base = os.environ.get(TEST_PG_ENV)
    if not base:
        pytest.skip(f"{TEST_PG_ENV} not set (scripts/test.sh starts PostgreSQL)")
    with scratch_postgres_url(base) as url:
        yield url


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened


def wire_story(variant: int = 0) -> str:
    """A dispatch of ~120 words; variants differ by a few words, as wire copies do."""
    opening = ["Le président", "Le chef de l'État", "Le dirigeant"][variant % 3]
    return (
        f"{opening} a reçu mardi à Paris son homologue allemand pour un entretien consacré à la "
        "guerre en Ukraine, à la politique agricole commune et à la défense européenne. Les deux "
        "dirigeants ont annoncé la création d'un groupe de travail commun sur les munitions et "
        "ont appelé la Russie à retirer ses troupes du territoire ukrainien sans condition. "
        "Le chancelier a déclaré que l'Allemagne resterait aux côtés de Kiev aussi longtemps "
        "qu'il le faudrait, tandis que le président français a plaidé pour une autonomie "
        "stratégique de l'Europe face aux États-Unis et à la Chine. Les ministres des finances "
        "des deux pays doivent se retrouver le mois prochain à Berlin pour préparer le budget "
        "européen et discuter des aides aux agriculteurs touchés par la sécheresse de l'été.")


def analysed(text: str, source: str = "a.txt", version: str = "0.1.0", **kw) -> Document:
    """A Document as the pipeline would leave it: one actor, one event, one quote."""
    document = document_from_text(text, source, **kw)
    end = min(len(text), 40)
    document.actors = [Actor("Q142", "France", "government", country="FRA", mentions=[(0, 13)])]
    document.events = [Event("CONSULT", "040", (2, 11), (0, end), source="Q142", target=None,
                             quad_class=1, goldstein=1.0, confidence=0.8,
                             location={"name": "Paris", "country": "FRA", "lat": 48.85, "lon": 2.35})]
    document.quotes = [Quote("indirect", text[10:30], (10, 30), speaker="Q142", cue="a déclaré",
                             cue_span=(3, 9), confidence=0.7, extra={"cue_lemma": "déclarer"})]
    document.meta["pipeline"] = version
    return document
