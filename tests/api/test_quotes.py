"""GET /api/quotes: by speaker, cue lemma or word, words of the quote; cursor pages."""
from __future__ import annotations

import pytest


def texts(client, **params):
    response = client.get("/api/quotes", params=params)
    assert response.status_code == 200, response.text
    return [q["text"] for q in response.json()["items"]]


@pytest.mark.parametrize("params, expected", [
    ({"speaker": "sergei-lavrov"}, ["Nous ne laisserons pas tomber nos alliés"]),
    ({"cue": "déclarer"}, ["Nous ne laisserons pas tomber nos alliés"]),
    ({"cue": "said"}, ["We will never accept this"]),
    ({"q": "never accept"}, ["We will never accept this"]),
    ({"q": "NEVER"}, ["We will never accept this"]),
    ({"language": "fr", "date_to": "2020-12-31"}, ["Nous ne laisserons pas tomber nos alliés"]),
    ({"q": "%"}, []),
    ({"q": "'); DROP TABLE quotes; --"}, []),
])
def test_filters(client, params, expected):
    assert texts(client, **params) == expected


def test_quote_rows_name_speaker_and_article(client):
    row = client.get("/api/quotes", params={"speaker": "sergei-lavrov"}).json()["items"][0]
    assert row["speaker_name"] == "Sergueï Lavrov" and row["cue_lemma"] == "déclarer"
    assert row["article_id"] == "a" * 64 and row["article_title"] == "Moscou promet son aide à Minsk"


def test_cursor_pages(client):
    first = client.get("/api/quotes", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = client.get("/api/quotes", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None
    assert client.get("/api/quotes", params={"cursor": "%%%"}).status_code == 400
