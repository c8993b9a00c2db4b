"""POST /api/analyze and /api/ingest: text, uploaded files and URLs, behind the token."""
from __future__ import annotations

import gzip

import pytest

TOKEN = "s3cret-token-for-tests"  # tests/api/conftest.py
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Le président français a reçu jeudi à Paris son homologue allemand. "
        "Les deux dirigeants ont signé un accord de coopération militaire.")


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    """A client over an empty store of its own, so ingest tests leave the corpus alone."""
    from fastapi.testclient import TestClient

    from veilleur import load_settings
    from veilleur.api import create_app
    from veilleur.store import open_store

    store = open_store(tmp_path_factory.mktemp("writes") / "w.db")
    with TestClient(create_app(store, token=TOKEN, settings=load_settings(model_size="sm")),
                    base_url="http://127.0.0.1") as opened:
        yield opened
    store.close()


def test_analyze_text_returns_the_contract_and_stores_nothing(writable):
    response = writable.post("/api/analyze", data={"text": TEXT, "language": "fr",
                                                   "published": "2024-05-02"}, headers=AUTH)
    assert response.status_code == 200, response.text
    (contract,) = response.json()["items"]
    assert contract["text"] == TEXT and contract["language"] == "fr"
    assert contract["published"] == "2024-05-02" and contract["pipeline"]
    assert {"actors", "events", "quotes", "blocks"} <= set(contract)
    assert writable.get("/api/articles").json()["total"] == 0


def test_analyze_uploaded_files(writable):
    html = (b"<html><head><title>Sommet</title></head><body><h1>Sommet franco-allemand</h1>"
            b"<p>" + TEXT.encode() + b"</p><p>" + TEXT.encode() + b"</p></body></html>")
    files = [("files", ("../../etc/article.html", html, "text/html")),
             ("files", ("depeche.txt.gz", gzip.compress(TEXT.encode()), "application/gzip"))]
    response = writable.post("/api/analyze", files=files, headers=AUTH)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [c["source"] for c in items] == ["article.html", "depeche.txt.gz"]
    assert all("président français" in c["text"] for c in items)


@pytest.mark.parametrize("url, code", [
    ("http://127.0.0.1:8000/api/events", "E011"), ("http://localhost/", "E011"),
    ("http://10.1.2.3/", "E011"), ("http://169.254.169.254/latest/meta-data/", "E011"),
    ("http://[::1]/", "E011"), ("http://192.168.0.1/", "E011"),
    ("file:///etc/passwd", "E012"), ("ftp://example.org/x", "E012"),
])
def test_url_analysis_refuses_private_addresses_and_other_schemes(writable, url, code):
    response = writable.post("/api/analyze", data={"url": url}, headers=AUTH)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == code


def test_nothing_to_analyse_is_a_400(writable):
    for data in ({}, {"text": "   "}):
        response = writable.post("/api/analyze", data=data, headers=AUTH)
        assert response.status_code == 400 and response.json()["error"] == "E708"
    assert writable.post("/api/analyze", data={"text": TEXT, "published": "soon"},
                         headers=AUTH).status_code == 400


def test_ingest_stores_and_the_article_can_be_read_back(writable):
    response = writable.post("/api/ingest", data={"text": TEXT, "title": "Sommet à Paris",
                                                  "language": "fr"}, headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stored"] == 1
    (article_id,) = body["ids"]
    contract = writable.get(f"/api/articles/{article_id}").json()
    assert contract["title"] == "Sommet à Paris" and contract["text"] == TEXT
    assert writable.get("/api/articles", params={"q": "homologue"}).json()["total"] == 1
    again = writable.post("/api/ingest", data={"text": TEXT}, headers=AUTH).json()
    assert again == {"stored": 0, "ids": [article_id], "near_duplicate_of": [None]}
