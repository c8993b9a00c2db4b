"""The stories, story and alerts pages, the article's link to its story, and the count
switch, over a store with stories (tests/api/stories_corpus.py), in French and English."""
from __future__ import annotations

import re

import pytest


def _story_ids(client) -> list[str]:
    return [s["id"] for s in client.get("/api/stories").json()["items"]]


@pytest.mark.parametrize("lang, words", [("en", ["Stories", "Outlets"]), ("fr", ["Sujets", "Médias"])])
def test_stories_page(stories_client, lang, words):
    page = stories_client.get("/stories", params={"lang": lang})
    assert page.status_code == 200 and f'<html lang="{lang}">' in page.text
    assert all(w in page.text for w in words)
    for story_id in _story_ids(stories_client):
        assert f'href="/stories/{story_id.replace(":", "%3A")}"' in page.text
    assert "Russia accuses Ukraine over drone strike" in page.text
    filtered = stories_client.get("/stories", params={"min_articles": 2, "lang": lang}).text
    assert "Belarus expels" not in filtered
    exports = re.findall(r'href="(/api/stories\?[^"]+)"', filtered)
    assert len(exports) == 3 and all("min_articles=2" in e for e in exports)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_story_page_lists_consolidated_events_with_their_reports(stories_client, lang):
    story = next(s for s in stories_client.get("/api/stories").json()["items"] if s["article_count"] == 3)
    full = stories_client.get(f"/api/stories/{story['id']}").json()
    page = stories_client.get(f"/stories/{story['id']}", params={"lang": lang}).text
    for article in full["articles"]:
        assert f'href="/articles/{article["id"]}"' in page
    for event in full["events"]:
        assert f'id="{event["id"]}"' in page
        for report in event["reports"]:
            start, end = report["sentence"]
            assert f'href="/articles/{report["article_id"]}#sentence-{start}-{end}"' in page
    assert ("Consolidated events" if lang == "en" else "Événements consolidés") in page


def test_article_links_to_its_story_and_events_name_their_happening(stories_client):
    story = next(s for s in stories_client.get("/api/stories").json()["items"] if s["article_count"] == 3)
    article = stories_client.get(f"/api/stories/{story['id']}").json()["articles"][0]
    page = stories_client.get(f"/articles/{article['id']}", params={"lang": "en"}).text
    assert f'href="/stories/{story["id"].replace(":", "%3A")}"' in page and "Story: 3 articles" in page
    events = stories_client.get("/events", params={"lang": "en"}).text
    assert re.search(r'href="/stories/story%3A[0-9a-f]+#cev:[0-9a-f]+"', events)
    assert "#sentence-" in events


def test_count_switch_changes_the_totals(stories_client):
    reports = stories_client.get("/api/events", params={"count": "reports"}).json()["total"]
    happenings = stories_client.get("/api/events").json()["total"]
    assert f"{happenings} happenings" in stories_client.get("/events", params={"lang": "en"}).text
    assert f"{reports} mentions" in stories_client.get("/events", params={"lang": "fr", "count": "reports"}).text
    for path in ("/actors", "/actors/gov:RUS", "/dyads?a=gov:RUS&b=gov:UKR", "/network"):
        for count in ("consolidated", "reports"):
            response = stories_client.get(path, params={"count": count})
            assert response.status_code == 200, (path, response.text)
    assert stories_client.get("/events", params={"count": "nope"}).status_code == 400


@pytest.mark.parametrize("lang, word", [("en", "Rule"), ("fr", "Règle")])
def test_alerts_page(stories_client, lang, word):
    page = stories_client.get("/alerts", params={"lang": lang}).text
    assert word in page and "anything that week" in page and "2023-05-05" in page


def test_pages_without_stories(client):
    assert "veilleur stories build" in client.get("/stories", params={"lang": "en"}).text
    assert client.get("/alerts", params={"lang": "en"}).status_code == 200
    assert client.get("/stories/story:nope").status_code == 404
