"""GET /api/events: every filter, facet counts and cursor pagination."""
from __future__ import annotations

import numpy as np
import pytest

RUS, BLR, UKR = "gov:RUS", "gov:BLR", "gov:UKR"


def events(client, **params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def triples(body):
    return sorted((e["category"], e["source"], e["target"]) for e in body["items"])


def test_all_events_newest_first_with_names_and_sentences(client):
    body = events(client)
    dates = [e["date"] for e in body["items"]]
    assert len(dates) == 8 and dates == sorted(dates, reverse=True)
    coerce = next(e for e in body["items"] if e["category"] == "COERCE")
    assert coerce["source_name"] == "Biélorussie" and coerce["target_country"] == "RUS"
    assert coerce["trigger_text"] == "a expulsé"
    assert coerce["sentence_text"] == "La Biélorussie a expulsé deux diplomates russes lundi."
    assert body["next_cursor"] is None


@pytest.mark.parametrize("params, expected", [
    ({"actor": UKR}, [("ACCUSE", BLR, UKR), ("ACCUSE", UKR, None), ("ACCUSE", "sergei-lavrov", UKR)]),
    ({"actor": RUS, "counterpart": BLR, "category": "AGREE"},
     [("AGREE", BLR, RUS), ("AGREE", BLR, RUS), ("AGREE", RUS, BLR)]),
    ({"source": RUS}, [("AGREE", RUS, BLR), ("AID", RUS, BLR)]),
    ({"target": RUS, "modality": "negated"}, [("AGREE", BLR, RUS)]),
    ({"source_country": "blr", "target_country": "UKR"}, [("ACCUSE", BLR, UKR)]),
    ({"category": "coerce,aid"}, [("AID", RUS, BLR), ("COERCE", BLR, RUS)]),
    ({"quad_class": ["2", "4"]}, [("AID", RUS, BLR), ("COERCE", BLR, RUS)]),
    ({"modality": "future"}, [("AID", RUS, BLR)]),
    ({"date_from": "2021-01-01", "date_to": "2021-01-31"}, [("AGREE", BLR, RUS), ("COERCE", BLR, RUS)]),
    ({"date_to": "2020-09"}, [("ACCUSE", "sergei-lavrov", UKR), ("AID", RUS, BLR)]),
    ({"min_confidence": 0.85}, [("AGREE", BLR, RUS), ("AGREE", RUS, BLR), ("AID", RUS, BLR)]),
    ({"language": "en", "category": "ACCUSE"}, [("ACCUSE", BLR, UKR)]),
    ({"article": "c" * 64}, [("AGREE", BLR, RUS), ("COERCE", BLR, RUS)]),
    ({"actor": "nobody"}, []),
])
def test_filters(client, params, expected):
    assert triples(events(client, **params)) == sorted(expected, key=lambda t: tuple(x or "" for x in t))


def test_facets_count_every_filter_but_their_own(client):
    facets = events(client, category="ACCUSE", language="fr")["facets"]
    as_dict = {name: {row["value"]: row["count"] for row in rows} for name, rows in facets.items()}
    # Other categories still counted (own filter left out), but only in French articles.
    assert as_dict["category"] == {"ACCUSE": 2, "AGREE": 1, "AID": 1, "COERCE": 1}
    assert as_dict["language"] == {"fr": 2, "en": 1}
    assert as_dict["quad_class"] == {3: 2}
    assert as_dict["source_country"] == {"RUS": 1, "UKR": 1}
    assert "facets" not in events(client, facets="false")


def test_cursor_pagination_walks_every_event_once(client):
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = events(client, **params)
        seen += [e["id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 8
    assert seen == [e["id"] for e in events(client, limit=50)["items"]]


@pytest.mark.parametrize("params, name", [
    ({"category": "DANCE"}, "category"), ({"quad_class": "5"}, "quad_class"),
    ({"modality": "maybe"}, "modality"), ({"date_from": "yesterday"}, "date_from"),
    ({"date_to": "2020-13"}, "date_to"), ({"min_confidence": "2"}, "min_confidence"),
    ({"min_confidence": "high"}, "min_confidence"), ({"source_country": "FRANCE"}, "source_country"),
    ({"language": "français"}, "language"), ({"limit": "0"}, "limit"), ({"limit": "501"}, "limit"),
    ({"cursor": "not-a-cursor"}, "cursor"), ({"cursor": "WyJ4Il0"}, "cursor"),
])
def test_bad_filters_are_400s_naming_the_parameter(client, params, name):
    response = client.get("/api/events", params=params)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"] in ("E704", "E706")
    assert name in body["detail"] or body["error"] == "E706"


@pytest.mark.parametrize("value", ["' OR '1'='1", "gov:RUS' --", "\"; DROP TABLE events; --", "%", "_"])
def test_sql_in_filters_matches_nothing_and_breaks_nothing(client, value):
    assert events(client, actor=value, article=value)["items"] == []
    assert len(events(client)["items"]) == 8


def test_dates_of_month_precision_overlap_day_bounds(corpus_store):
    from veilleur.store.queries import EventFilter, Queries

    queries = Queries(corpus_store)
    index = queries.index()
    # Pretend the AID event (2020-09-03) were known to the month only.
    position = int(np.flatnonzero(index.columns["category"] == index.codes["category"].codes["AID"])[0])
    saved = index.date[position], index.date_last[position]
    index.date[position], index.date_last[position] = 20200900, 20200999
    try:
        def found(**bounds):
            return bool(index.mask(EventFilter(categories=("AID",), **bounds)).any())
        assert found(date_from="2020-09-15") and found(date_to="2020-09-01")
        assert not found(date_from="2020-10-01") and not found(date_to="2020-08-31")
    finally:
        index.date[position], index.date_last[position] = saved
