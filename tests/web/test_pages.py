"""Every dashboard page renders over the corpus, in French and English, mirroring the API."""
from __future__ import annotations

import re

import pytest

A, D = "a" * 64, "d" * 64


@pytest.mark.parametrize("path, expected", [
    ("/", "Moscou promet son aide à Minsk"),
    ("/?q=diplomates", "<mark>diplomates</mark>"),
    (f"/articles/{A}", 'class="hl-trigger" data-s="'),
    ("/events", "Biélorussie"),
    ("/events?category=COERCE&language=fr", "CAMEO 174"),
    ("/actors", "sergei-lavrov"),
    ("/actors/gov:BLR", 'data-chart="timeline"'),
    ("/quotes?speaker=sergei-lavrov", "Nous ne laisserons pas tomber nos alliés"),
    ("/dyads", "/dyads?a=gov%3ABLR&amp;b=gov%3ARUS"),
    ("/dyads?a=gov:RUS&b=gov:BLR&interval=month", 'id="dyad-chart-data"'),
    ("/network?date_from=2020", 'id="network-chart-data"'),
])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pages_render(client, path, expected, lang):
    response = client.get(path + ("&" if "?" in path else "?") + f"lang={lang}")
    assert response.status_code == 200, response.text
    assert expected in response.text
    assert f'<html lang="{lang}">' in response.text


def test_language_switch_is_remembered(client):
    client.get("/", params={"lang": "fr"})
    assert "Événements" in client.get("/events").text
    client.get("/", params={"lang": "en"})
    page = client.get("/events").text
    assert "Events" in page and "Événements" not in page


def test_event_filters_mirror_the_api_and_exports_keep_them(client):
    page = client.get("/events", params={"category": "AGREE", "modality": "negated", "lang": "en"}).text
    assert page.count('class="badge q1"') == 1  # the one negated AGREE
    exports = re.findall(r'href="(/api/events\?[^"]+)"', page)
    assert {e.rsplit("format=", 1)[1] for e in exports} == {"csv", "jsonl", "parquet", "tsv"}
    assert all("category=AGREE" in e and "modality=negated" in e and "lang" not in e for e in exports)


def test_facet_links_toggle_their_filter(client):
    page = client.get("/events", params={"category": "AGREE"}).text
    assert 'href="/events?category=AGREE&amp;modality=negated"' in page
    assert re.search(r'<li class="active">\s*<a href="/events">', page)


def test_article_side_panel_points_at_sentences(client):
    page = client.get(f"/articles/{A}").text
    items = re.findall(r'class="event-item"[^>]*data-sentence="(\d+),(\d+)" data-trigger="(\d+),(\d+)"', page)
    assert len(items) == 2
    contract = client.get(f"/api/articles/{A}").json()
    for (s, e, ts, te), event in zip(items, contract["events"]):
        assert [int(s), int(e)] == event["sentence"] and [int(ts), int(te)] == event["trigger"]
        assert f'data-s="{ts}"' in page  # a segment starts at every trigger


def test_bad_filters_show_an_error_page(client):
    response = client.get("/events", params={"category": "DANCE", "lang": "en"})
    assert response.status_code == 400 and "E704" in response.text and "category" in response.text
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and "E707" in missing.text


def test_pages_carry_no_inline_script_or_style(client):
    for path in ("/", f"/articles/{A}", "/events", "/actors/gov:RUS", "/dyads?a=gov:RUS&b=gov:BLR", "/network"):
        page = client.get(path).text
        assert not re.search(r"<script(?![^>]*\b(src|type=\"application/json\"))", page), path
        assert " style=" not in page and "<style" not in page and " on" + "click=" not in page


def test_hostile_article_is_shown_as_text(client):
    page = client.get(f"/articles/{D}").text
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 3&lt;/script&gt; Piège" in page
    assert "&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt;" in page
    assert 'href="javascript:' not in page  # the javascript: source is not turned into a link
    assert "Ukraine &lt;b&gt;officielle&lt;/b&gt;" in page
    for path in ("/", "/events", "/quotes", "/actors", "/network", "/actors/gov:UKR"):
        assert "<script>window" not in client.get(path).text, path
