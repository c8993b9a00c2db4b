"""GET /api/stories, /api/stories/{id} and /api/alerts over a store with stories."""
from __future__ import annotations

import json

import pytest


def _stories(client, **params) -> list[dict]:
    response = client.get("/api/stories", params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def _drone_story(client) -> dict:
    return next(s for s in _stories(client) if s["article_count"] == 3)


def test_list_newest_first_with_counts(stories_client):
    rows = _stories(stories_client)
    assert len(rows) == 2
    assert [r["last_seen"] for r in rows] == sorted((r["last_seen"] for r in rows), reverse=True)
    drone = _drone_story(stories_client)
    assert drone["languages"] == ["en", "fr"] and len(drone["sources"]) == 3
    assert drone["events"] >= 1 and drone["title"]


@pytest.mark.parametrize("params, expected", [
    ({"min_articles": 2}, 1), ({"min_articles": 4}, 0), ({"language": "fr"}, 1), ({"language": "de"}, 0),
    ({"date_from": "2023-06"}, 1), ({"date_to": "2023-05"}, 1), ({"date_from": "2023", "date_to": "2023"}, 2),
    ({"q": "Belarus"}, 1), ({"q": "'; DROP TABLE stories; --"}, 0), ({"q": "100%_"}, 0),
])
def test_filters(stories_client, params, expected):
    assert len(_stories(stories_client, **params)) == expected


def test_cursor_pages(stories_client):
    first = stories_client.get("/api/stories", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["next_cursor"]
    second = stories_client.get("/api/stories", params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert second["next_cursor"] is None
    assert {first["items"][0]["id"], second["items"][0]["id"]} == {s["id"] for s in _stories(stories_client)}


@pytest.mark.parametrize("params, field", [
    ({"min_articles": 0}, "min_articles"), ({"language": "français"}, "language"),
    ({"date_from": "yesterday"}, "date_from"), ({"cursor": "not-a-cursor"}, None), ({"format": "xml"}, None),
])
def test_bad_parameters_are_400(stories_client, params, field):
    response = stories_client.get("/api/stories", params=params)
    assert response.status_code == 400
    assert field is None or field in response.json()["detail"]


@pytest.mark.parametrize("format", ["csv", "jsonl", "parquet"])
def test_exports(stories_client, format):
    response = stories_client.get("/api/stories", params={"format": format})
    assert response.status_code == 200 and response.content
    if format == "jsonl":
        assert len(response.text.splitlines()) == 2
        assert json.loads(response.text.splitlines()[0])["id"].startswith("story:")
    if format == "csv":
        assert response.text.splitlines()[0].startswith("id,title,first_seen")


def test_one_story_with_timeline_articles_and_consolidated_events(stories_client):
    story = stories_client.get(f"/api/stories/{_drone_story(stories_client)['id']}").json()
    assert len(story["articles"]) == len(story["timeline"]) == 3
    assert {a["language"] for a in story["articles"]} == {"en", "fr"}
    # The accusation all three outlets report (the analysis may find other, single reports).
    accusation = max((e for e in story["events"] if e["category"] == "ACCUSE"), key=lambda e: e["report_count"])
    assert accusation["report_count"] == len(accusation["reports"]) == 3
    assert {r["article_id"] for r in accusation["reports"]} == {a["id"] for a in story["articles"]}
    for report in accusation["reports"]:
        start, end = report["sentence"]
        article = stories_client.get(f"/api/articles/{report['article_id']}").json()
        assert article["text"][start:end] == report["text"]
        assert report["article_language"] in ("en", "fr") and report["article_title"]
    assert accusation["source_name"] and accusation["target_name"]


def test_unknown_story_is_404(stories_client):
    response = stories_client.get("/api/stories/story:0000000000000000")
    assert response.status_code == 404 and response.json()["error"] == "E707"


def test_alerts_newest_first(stories_client):
    body = stories_client.get("/api/alerts").json()
    assert len(body["items"]) == 1 and body["next_cursor"] is None
    alert = body["items"][0]
    assert alert["rule"] == "anything that week" and alert["event_count"] >= 1
    assert isinstance(alert["event_ids"], list) and alert["window_end"] == "2023-05-05"
    assert stories_client.get("/api/alerts", params={"rule": "another"}).json()["items"] == []
    assert stories_client.get("/api/alerts", params={"format": "csv"}).text.startswith("id,rule,")
    assert stories_client.get("/api/alerts", params={"cursor": "!!"}).status_code == 400


def test_without_stories_lists_are_empty(client):
    assert client.get("/api/stories").json() == {"items": [], "next_cursor": None}
    assert client.get("/api/alerts").json() == {"items": [], "next_cursor": None}
