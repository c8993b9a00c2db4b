"""GET /api/actors and /api/actors/{id}: counts, name search, knowledge-base profile."""
from __future__ import annotations

import pytest


def test_actors_sorted_by_activity_with_counts(client):
    body = client.get("/api/actors").json()
    assert body["total"] == 4
    first = body["items"][0]
    assert first["id"] == "gov:BLR"
    assert (first["events_given"], first["events_received"], first["quotes"], first["articles"]) == (4, 2, 1, 3)


@pytest.mark.parametrize("params, expected", [
    ({"name": "lavrov"}, ["sergei-lavrov"]),
    ({"name": "gov:"}, ["gov:BLR", "gov:RUS", "gov:UKR"]),
    ({"kind": "person"}, ["sergei-lavrov"]),
    ({"country": "RUS"}, ["gov:RUS", "sergei-lavrov"]),
    ({"name": "%"}, []),
    ({"name": "' OR 1=1 --"}, []),
])
def test_filters(client, params, expected):
    response = client.get("/api/actors", params={**params, "sort": "name"})
    assert response.status_code == 200, response.text
    assert sorted(r["id"] for r in response.json()["items"]) == expected


def test_bad_sort_and_kind_are_400s(client):
    assert client.get("/api/actors", params={"sort": "id; DROP"}).status_code == 400
    assert client.get("/api/actors", params={"kind": "alien"}).status_code == 400


def test_actor_profile_has_names_roles_counts_and_counterparts(client):
    actor = client.get("/api/actors/sergei-lavrov").json()
    assert actor["events_given"] == 1 and actor["quotes"] == 1
    assert actor["counterparts"] == [{"id": "gov:UKR", "name": "Ukraine <b>officielle</b>", "events": 1,
                                      "mean_goldstein": -2.0, "given": 1, "received": 0}]
    if actor["in_knowledge_base"]:  # names in every language and dated roles from veilleur.actors
        languages = {n["language"] for n in actor["names"]}
        assert {"fr", "en"} <= languages
        assert any(r["role"] == "foreign_minister" and r["start"] for r in actor["roles"])


def test_counterparts_in_both_directions(client):
    russia = client.get("/api/actors/gov:RUS").json()
    belarus = next(c for c in russia["counterparts"] if c["id"] == "gov:BLR")
    assert (belarus["events"], belarus["given"], belarus["received"]) == (5, 2, 3)
    assert belarus["mean_goldstein"] == round((7.4 + 8 + 8 - 5 + 8) / 5, 2)


def test_unknown_actor_is_404(client):
    response = client.get("/api/actors/nobody")
    assert response.status_code == 404 and response.json()["error"] == "E707"
