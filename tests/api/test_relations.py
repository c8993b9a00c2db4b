"""GET /api/dyads (two actors over time) and GET /api/network (a period's graph)."""
from __future__ import annotations

import pytest

RUS, BLR = "gov:RUS", "gov:BLR"


def test_dyad_by_month_in_both_directions(client):
    body = client.get("/api/dyads", params={"a": RUS, "b": BLR, "interval": "month"}).json()
    assert body["a"]["name"] == "Russie" and body["b"]["name"] == "Biélorussie"
    rows = {(r["period"], r["direction"]): r for r in body["items"]}
    assert sorted(rows) == [("2020-09-01", "a>b"), ("2020-10-01", "a>b"), ("2020-10-01", "b>a"),
                            ("2021-01-01", "b>a")]
    january = rows[("2021-01-01", "b>a")]
    assert (january["events"], january["verbal_cooperation"], january["material_conflict"]) == (2, 1, 1)
    assert january["goldstein"] == 3.0 and january["period_end"] == "2021-01-31"
    assert rows[("2020-09-01", "a>b")]["material_cooperation"] == 1


@pytest.mark.parametrize("interval, first_period, first_end", [
    ("day", "2020-09-03", "2020-09-03"), ("week", "2020-08-31", "2020-09-06"),
    ("year", "2020-01-01", "2020-12-31"),
])
def test_dyad_intervals(client, interval, first_period, first_end):
    rows = client.get("/api/dyads", params={"a": BLR, "b": RUS, "interval": interval}).json()["items"]
    assert (rows[0]["period"], rows[0]["period_end"]) == (first_period, first_end)
    first = [r for r in rows if r["period"] == first_period]
    assert "b>a" in {r["direction"] for r in first}  # a is Belarus here: Russia's aid goes b → a
    assert sum(r["events"] for r in rows) == 5


def test_dyad_date_range_and_errors(client):
    rows = client.get("/api/dyads", params={"a": RUS, "b": BLR, "date_from": "2021"}).json()["items"]
    assert [(r["period"], r["events"]) for r in rows] == [("2021-01-11", 2)]  # a Monday
    assert client.get("/api/dyads", params={"a": RUS, "b": BLR, "interval": "fortnight"}).status_code == 400
    assert client.get("/api/dyads", params={"a": RUS}).status_code == 400


def test_network_nodes_and_weighted_edges(client):
    graph = client.get("/api/network").json()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["gov:BLR"]["events"] == 6 and nodes["gov:BLR"]["name"] == "Biélorussie"
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[(BLR, RUS)]["events"] == 3
    assert edges[(BLR, RUS)]["mean_goldstein"] == round((8 - 5 + 8) / 3, 2)
    assert (RUS, BLR) in edges and ("gov:UKR", None) not in edges


def test_network_period_and_thresholds(client):
    graph = client.get("/api/network", params={"date_from": "2020-10", "date_to": "2020-10",
                                               "min_events": 1}).json()
    assert sorted((e["source"], e["target"]) for e in graph["edges"]) == [
        (BLR, RUS), (BLR, "gov:UKR"), (RUS, BLR)]
    assert client.get("/api/network", params={"min_events": 2}).json()["edges"] == [
        e for e in client.get("/api/network").json()["edges"] if e["events"] >= 2]
    small = client.get("/api/network", params={"max_nodes": 2}).json()
    assert {n["id"] for n in small["nodes"]} == {BLR, RUS}
