"""The dashboard in real headless Chromium over the seed and the Wikinews corpus: search,
open the seed article, click an event, open an actor and a dyad, see the charts drawn, and
an ingested hostile page shown as text. Screenshots go to test-artifacts/."""
from __future__ import annotations

import re

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.timeout(900)]
TOKEN = "browser-test-token"  # tests/web/conftest.py

HOSTILE_PAGE = """<!doctype html><html><head>
<title>&lt;script&gt;window.__pwned = 1&lt;/script&gt; Alerte informatique à Kiev</title>
<script>window.__pwned = "head";</script></head><body><article>
<h1>&lt;img src=x onerror="window.__pwned = 2"&gt; Alerte informatique à Kiev</h1>
<p>Le gouvernement ukrainien a dénoncé jeudi une attaque informatique contre plusieurs
ministères à Kiev. Selon les experts, le code publié par les pirates contenait la chaîne
&lt;script&gt;window.__pwned = 3&lt;/script&gt; ainsi que &lt;img src=x onerror="window.__pwned = 4"&gt;
pour piéger les navigateurs des lecteurs.</p>
<p>Les autorités ont diffusé un avertissement avec un lien <a href="javascript:window.__pwned = 5">javascript:window.__pwned = 5</a>
que personne ne doit ouvrir. <img src="x" onerror="window.__pwned = 6"> Le ministre de la
Transformation numérique a accusé des groupes de pirates liés à Moscou.</p>
<p>La Commission européenne a promis une aide technique à l'Ukraine pour protéger ses réseaux,
a indiqué un porte-parole à Bruxelles, sans donner davantage de détails sur l'enquête.</p>
<script>window.__pwned = 7;</script></article></body></html>"""


def goto(page, url):
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    page.wait_for_load_state("networkidle")


def seed_article_id(live_server):
    hits = httpx.get(f"{live_server}/api/articles", params={"q": "Michoustine Minsk"}).json()["items"]
    assert hits, "the seed article is not in the store"
    return hits[0]["id"]


def need_events(live_server):
    if not httpx.get(f"{live_server}/api/events", params={"limit": 1, "facets": "false"}).json()["items"]:
        pytest.skip("the analysis found no events in the corpus (events stage not available)")


def test_search_then_open_the_seed_article(page, live_server, screenshot):
    goto(page, f"{live_server}/?lang=fr")
    screenshot(page, "home")
    page.fill("input[name=q]", "Loukachenko Michoustine")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".article-hit")
    assert page.locator(".article-hit mark").count() > 0  # highlighted snippet words
    screenshot(page, "search")
    page.locator(".article-hit a.title").first.click()
    page.wait_for_selector("#article-text")
    assert "Michoustine" in page.inner_text("#article-text")
    assert page.locator("#article-text .hl-actor").count() > 0
    assert not page.js_errors, page.js_errors
    screenshot(page, "article")


def test_clicking_an_event_scrolls_to_its_sentence(page, live_server, screenshot):
    need_events(live_server)
    article_id = seed_article_id(live_server)
    contract = httpx.get(f"{live_server}/api/articles/{article_id}").json()
    if not contract["events"]:  # the seed has none: take the article with the most events
        article_id = httpx.get(f"{live_server}/api/events", params={"limit": 1}).json()["items"][0]["article_id"]
        contract = httpx.get(f"{live_server}/api/articles/{article_id}").json()
    goto(page, f"{live_server}/articles/{article_id}?lang=en")
    items = page.locator(".event-item")
    assert items.count() == len(contract["events"])
    last = items.nth(items.count() - 1)
    last.locator(".row1").click()  # not on an actor link, which opens the actor
    page.wait_for_timeout(600)  # smooth scrolling
    assert "selected" in (last.get_attribute("class") or "")
    focused = page.locator("#article-text .focus")
    assert focused.count() > 0
    start, end = contract["events"][-1]["sentence"]
    sentence = " ".join(contract["text"][start:end].split())
    shown = " ".join("".join(focused.all_inner_texts()).split())
    assert shown == sentence
    assert page.locator("#article-text .focus-trigger").count() > 0
    box = focused.first.bounding_box()
    viewport = page.viewport_size
    assert box is not None and 0 <= box["y"] <= viewport["height"]  # scrolled into view
    screenshot(page, "article-event-selected", full_page=False)


def test_actor_page_draws_its_timeline(page, live_server, screenshot):
    need_events(live_server)
    goto(page, f"{live_server}/actors?lang=fr")
    page.locator(".actors-table a.actor").first.click()
    page.wait_for_selector("#timeline-chart[data-rendered=true]")
    assert page.locator("#timeline-chart svg rect").count() > 0
    assert page.locator(".names li").count() > 0
    assert not page.js_errors, page.js_errors
    screenshot(page, "actor")


def test_dyad_page_draws_and_links_to_events(page, live_server, screenshot):
    need_events(live_server)
    goto(page, f"{live_server}/dyads?lang=en&interval=month")
    suggestions = page.locator(".actor-chips a.chip")
    if suggestions.count() == 0:
        pytest.skip("no pair of actors with events between them in the corpus")
    suggestions.first.click()
    page.wait_for_selector("#dyad-chart[data-rendered=true]")
    bars = page.locator("#dyad-chart svg a.bar")
    assert bars.count() > 0 and page.locator("#dyad-chart svg rect").count() > 0
    screenshot(page, "dyad")
    href = bars.first.get_attribute("href")
    assert re.match(r"^/events\?actor=.+&counterpart=.+&date_from=\d{4}-\d{2}-\d{2}&date_to=", href)
    bars.first.click()
    page.wait_for_selector(".events-table tbody tr")
    assert page.locator(".events-table tbody tr").count() > 0


def test_network_page_draws_the_graph(page, live_server, screenshot):
    need_events(live_server)
    goto(page, f"{live_server}/network?lang=fr")
    page.wait_for_selector("#network-chart[data-rendered=true]")
    if page.locator("#network-chart svg").count() == 0:
        pytest.skip("no event links two actors in the corpus")
    assert page.locator("#network-chart svg circle").count() >= 2
    assert page.locator("#network-chart svg line").count() >= 1
    screenshot(page, "network")


def test_events_table_with_facets(page, live_server, screenshot):
    need_events(live_server)
    goto(page, f"{live_server}/events?lang=en")
    facet = page.locator(".facet[data-facet=category] li a").first
    facet.click()
    page.wait_for_selector(".facet li.active")
    assert "category=" in page.url
    assert page.locator(".events-table tbody tr").count() > 0
    screenshot(page, "events")


def test_hostile_page_is_shown_never_run(page, live_server, screenshot):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    response = httpx.post(f"{live_server}/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                          files={"files": ("alerte.html", HOSTILE_PAGE.encode(), "text/html")}, timeout=120)
    assert response.status_code == 200, response.text
    (article_id,) = response.json()["ids"]
    for url in (f"/articles/{article_id}", "/?q=pirates", "/quotes", "/events", "/actors"):
        goto(page, f"{live_server}{url}")
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    goto(page, f"{live_server}/articles/{article_id}")
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned = 3</script>" in text  # shown, as text
    assert page.locator("#article-text script, #article-text img, a[href^='javascript:']").count() == 0
    assert not dialogs
    screenshot(page, "hostile")


def test_story_page_links_a_report_to_its_sentence(page, stories_server, screenshot):
    """Stories list → story → a report's sentence, marked on the article page."""
    goto(page, f"{stories_server}/stories?lang=en")
    page.locator(".stories-table a", has_text="Russia accuses Ukraine over drone strike").click()
    page.wait_for_selector(".consolidated-list")
    assert page.locator(".story-timeline li").count() == 3
    screenshot(page, "story")
    report = page.locator(".consolidated-list .reports a").first
    sentence = report.inner_text().rstrip("…").strip()
    report.click()
    page.wait_for_selector("#article-text .focus")
    marked = " ".join(page.locator("#article-text .focus").all_inner_texts())
    assert sentence[:40] in " ".join(marked.split())
    assert page.locator(".event-item.selected").count() == 1
    assert page.locator("a.story-link").count() == 1
    assert not page.js_errors, page.js_errors
    screenshot(page, "story-report", full_page=False)
    goto(page, f"{stories_server}/alerts?lang=fr")
    assert "anything that week" in page.inner_text("main")
