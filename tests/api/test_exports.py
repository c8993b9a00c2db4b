"""Downloads on every list: CSV, JSON Lines, Parquet; events as GDELT-style TSV; the
network as GEXF. Each must hold the same rows the JSON list holds."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest

LISTS = {
    "/api/articles": ({}, 4),
    "/api/events": ({"category": "AGREE"}, 3),
    "/api/quotes": ({}, 3),
    "/api/actors": ({}, 4),
    "/api/dyads": ({"a": "gov:RUS", "b": "gov:BLR", "interval": "month"}, 4),
    "/api/network": ({}, 4),  # edges: BLR→RUS, RUS→BLR, BLR→UKR, Lavrov→UKR
}


def parse(fmt: str, content: bytes) -> list[dict]:
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(content.decode("utf-8"))))
    if fmt == "jsonl":
        return [json.loads(line) for line in content.decode("utf-8").splitlines()]
    return pq.read_table(io.BytesIO(content)).to_pylist()


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_every_list_exports(client, path, fmt):
    params, expected = LISTS[path]
    response = client.get(path, params={**params, "format": fmt})
    assert response.status_code == 200, response.text
    assert "attachment" in response.headers["content-disposition"]
    rows = parse(fmt, response.content)
    assert len(rows) == expected


def test_exports_keep_unicode_and_filters(client):
    rows = parse("csv", client.get("/api/events", params={"format": "csv", "source": "gov:BLR",
                                                          "category": "COERCE"}).content)
    assert [(r["source_name"], r["target_name"], r["cameo"]) for r in rows] == [("Biélorussie", "Russie", "174")]
    jsonl = parse("jsonl", client.get("/api/quotes", params={"format": "jsonl", "cue": "déclarer"}).content)
    assert jsonl[0]["text"] == "Nous ne laisserons pas tomber nos alliés"
    table = parse("parquet", client.get("/api/actors", params={"format": "parquet", "kind": "person"}).content)
    assert table[0]["id"] == "sergei-lavrov" and json.loads(table[0]["aliases"]) == []


def test_export_limit_is_respected(client):
    assert len(parse("jsonl", client.get("/api/events", params={"format": "jsonl", "limit": 5}).content)) == 5


def test_gdelt_tsv(client):
    response = client.get("/api/events", params={"format": "tsv", "category": "COERCE"})
    lines = response.content.decode("utf-8").splitlines()
    header = lines[0].split("\t")
    row = dict(zip(header, lines[1].split("\t")))
    assert header[:3] == ["GLOBALEVENTID", "SQLDATE", "Actor1Code"] and len(lines) == 2
    assert row["SQLDATE"] == "20210111" and row["EventCode"] == "174" and row["EventRootCode"] == "17"
    assert row["QuadClass"] == "4" and row["GoldsteinScale"] == "-5.0"
    assert row["Actor1CountryCode"] == "BLR" and row["Actor2CountryCode"] == "RUS"
    assert all(len(line.split("\t")) == len(header) for line in lines)


def test_gexf_network(client):
    response = client.get("/api/network", params={"format": "gexf"})
    assert response.headers["content-type"].startswith("application/gexf+xml")
    root = ET.fromstring(response.content)
    ns = {"g": "http://gexf.net/1.3"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    assert {n.get("id") for n in nodes} == {"gov:BLR", "gov:RUS", "gov:UKR", "sergei-lavrov"}
    assert any(n.get("label") == "Ukraine <b>officielle</b>" for n in nodes)  # escaped, parsed back
    weights = {(e.get("source"), e.get("target")): float(e.get("weight")) for e in edges}
    assert weights[("gov:BLR", "gov:RUS")] == 3.0


@pytest.mark.parametrize("path, fmt", [("/api/articles", "tsv"), ("/api/events", "gexf"),
                                       ("/api/network", "tsv"), ("/api/quotes", "xlsx")])
def test_unsupported_formats_are_400s(client, path, fmt):
    response = client.get(path, params={"format": fmt, "a": "x", "b": "y"})
    assert response.status_code == 400 and response.json()["error"] == "E705"
