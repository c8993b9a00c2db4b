"""The pieces under the API: date keys, periods, snippets, cursors and the event index's
incremental refresh."""
from __future__ import annotations

from datetime import date

import pytest

from veilleur.errors import VeilleurError
from veilleur.store.queries import (EventFilter, Queries, date_key, decode_cursor, encode_cursor,
                                    key_date, period_end, period_start, split_snippet)


@pytest.mark.parametrize("value, key", [("2020-09-03", 20200903), ("2020-09", 20200900),
                                        ("2020", 20200000), (None, 0), ("", 0), ("soon", 0)])
def test_date_keys_keep_precision(value, key):
    assert date_key(value) == key
    assert key_date(key) == (value if key else None)


@pytest.mark.parametrize("day, interval, start, end", [
    ("2021-01-13", "week", date(2021, 1, 11), date(2021, 1, 17)),
    ("2020-02-10", "month", date(2020, 2, 1), date(2020, 2, 29)),
    ("2020-12", "month", date(2020, 12, 1), date(2020, 12, 31)),
    ("2020", "year", date(2020, 1, 1), date(2020, 12, 31)),
    ("2020-09-03", "day", date(2020, 9, 3), date(2020, 9, 3)),
])
def test_periods(day, interval, start, end):
    assert period_start(day, interval) == start and period_end(start, interval) == end


def test_unparsable_days_have_no_period():
    assert period_start("someday", "week") is None and period_start("2020-13", "month") is None


def test_snippet_markers_become_offsets():
    assert split_snippet("a \x02bc\x03 d \x02e\x03") == ("a bc d e", [[2, 4], [7, 8]])
    assert split_snippet("no match") == ("no match", [])
    assert split_snippet("\x03stray\x02 end") == ("stray end", [])


def test_cursors_round_trip_and_refuse_tampering():
    assert decode_cursor(encode_cursor([20200903, 7]), (int, int)) == [20200903, 7]
    for bad in ("", "!!!", encode_cursor(["x", 1]), encode_cursor([1])):
        with pytest.raises(VeilleurError):
            decode_cursor(bad, (int, int))


def test_event_index_follows_new_articles(tmp_path):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("corpus_for_index", Path(__file__).parent / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    from veilleur.store import open_store

    documents = corpus.documents()
    with open_store(tmp_path / "grow.db") as store:
        store.save(documents[0])
        queries = Queries(store)
        assert len(queries.index()) == 2
        assert queries.events(EventFilter(categories=("COERCE",)), 10, None)[0] == []
        store.save(documents[2])
        rows, _ = queries.events(EventFilter(categories=("COERCE",)), 10, None)
        assert [r["trigger_text"] for r in rows] == ["a expulsé"]
        assert queries.stats()["events"] == 4
