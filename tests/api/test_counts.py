"""Counts over consolidated events (one per happening, the default) or over reports, on a
store where three outlets report one happening (tests/api/stories_corpus.py)."""
from __future__ import annotations

import csv
import io

import pytest

RUS, UKR = "gov:RUS", "gov:UKR"


def _all(client, **params) -> list[dict]:
    return client.get("/api/events", params={"limit": 500, "count": "reports", **params}).json()["items"]


def _happenings(rows: list[dict]) -> int:
    """What consolidated counting must find: one per consolidated event, plus each event of
    an article in no story."""
    return len({r["consolidated_event"] or f"report:{r['id']}" for r in rows})


def test_reports_name_their_consolidated_event(stories_client):
    rows = _all(stories_client, actor=RUS, counterpart=UKR, category="ACCUSE")
    grouped = [r for r in rows if r["consolidated_event"]]
    shared = {r["consolidated_event"] for r in grouped}
    # Three outlets (English and French) told one accusation: one consolidated event.
    assert len(grouped) >= 3 and len(shared) == 1
    assert {r["language"] for r in grouped} == {"en", "fr"}
    assert all(r["report_count"] == len(grouped) and r["story"].startswith("story:") for r in grouped)
    late = [r for r in rows if r["article_title"] == "Russia blames Ukraine for Kremlin drone attack"]
    assert late and all(r["consolidated_event"] is None and r["story"] is None for r in late)


@pytest.mark.parametrize("filters", [{}, {"actor": RUS}, {"category": "ACCUSE"}, {"language": "en"}])
def test_totals_and_facets_consolidated_by_default(stories_client, filters):
    rows = _all(stories_client, **filters)
    reports = stories_client.get("/api/events", params={"count": "reports", **filters}).json()
    default = stories_client.get("/api/events", params=filters).json()
    assert reports["total"] == len(rows)
    assert default["count"] == "consolidated" and default["total"] == _happenings(rows)
    assert default["total"] < reports["total"]
    # A facet leaves out its own filter.
    unfiltered = _all(stories_client, **{k: v for k, v in filters.items() if k != "category"})
    by_category = {f["value"]: f["count"] for f in default["facets"]["category"]}
    assert by_category and all(n == _happenings([r for r in unfiltered if r["category"] == category])
                               for category, n in by_category.items())
    assert sum(f["count"] for f in reports["facets"]["category"]) == len(unfiltered)


def test_listing_consolidated_events(stories_client):
    rows = _all(stories_client)
    listed = stories_client.get("/api/events", params={"view": "consolidated", "limit": 500}).json()["items"]
    assert len(listed) == _happenings(rows)
    assert len({r["consolidated_event"] for r in listed if r["consolidated_event"]}) == \
        len([r for r in listed if r["consolidated_event"]])
    # Pages of consolidated events never repeat one.
    first = stories_client.get("/api/events", params={"view": "consolidated", "limit": 2}).json()
    second = stories_client.get("/api/events", params={"view": "consolidated", "limit": 500,
                                                       "cursor": first["next_cursor"]}).json()
    ids = [r["id"] for r in first["items"] + second["items"]]
    assert sorted(ids) == sorted(r["id"] for r in listed)


def test_dyad_network_and_actor_counts(stories_client):
    accusations = _all(stories_client, actor=RUS, counterpart=UKR)
    for count, expected in (("reports", len(accusations)), ("consolidated", _happenings(accusations))):
        dyad = stories_client.get("/api/dyads", params={"a": RUS, "b": UKR, "interval": "year",
                                                        "count": count}).json()
        assert dyad["count"] == count and sum(r["events"] for r in dyad["items"]) == expected
        edges = stories_client.get("/api/network", params={"count": count}).json()["edges"]
        assert sum(e["events"] for e in edges if {e["source"], e["target"]} == {RUS, UKR}) == expected
    given = {c: stories_client.get(f"/api/actors/{RUS}", params={"count": c}).json() for c in ("consolidated", "reports")}
    assert given["consolidated"]["events_given"] < given["reports"]["events_given"]
    assert sum(b["given"] for b in given["reports"]["timeline"]) == given["reports"]["events_given"]
    assert sum(b["given"] for b in given["consolidated"]["timeline"]) == given["consolidated"]["events_given"]
    listed = stories_client.get("/api/actors", params={"name": "gov:RUS", "count": "reports"}).json()["items"]
    assert listed[0]["events_given"] == given["reports"]["events_given"]


def test_exports_follow_the_view_and_carry_the_consolidated_event(stories_client):
    reports = stories_client.get("/api/events", params={"format": "csv"}).text
    consolidated = stories_client.get("/api/events", params={"format": "csv", "view": "consolidated"}).text
    report_rows = list(csv.DictReader(io.StringIO(reports)))
    assert "consolidated_event" in report_rows[0] and "story" in report_rows[0]
    assert len(list(csv.DictReader(io.StringIO(consolidated)))) == _happenings(_all(stories_client))
    assert len(report_rows) == len(_all(stories_client))


@pytest.mark.parametrize("path", ["/api/events", "/api/dyads?a=x&b=y", "/api/network", "/api/actors",
                                  f"/api/actors/{RUS}"])
def test_bad_count_is_a_400_with_a_reason(stories_client, path):
    response = stories_client.get(path, params={"count": "articles"})
    assert response.status_code == 400
    assert response.json()["error"] == "E704" and "count" in response.json()["detail"]


def test_bad_view_is_a_400(stories_client):
    response = stories_client.get("/api/events", params={"view": "stories"})
    assert response.status_code == 400 and "view" in response.json()["detail"]


def test_without_stories_both_counts_agree(client):
    reports = client.get("/api/events", params={"count": "reports"}).json()
    default = client.get("/api/events").json()
    assert default["total"] == reports["total"] and default["facets"] == reports["facets"]
