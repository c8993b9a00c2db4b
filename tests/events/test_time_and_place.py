"""Event dates against the publication date, and locations from the gazetteer."""
from __future__ import annotations

import datetime as dt

from veilleur.events.places import dateline_location, geocode
from veilleur.events.timex import find_dates


def _first(text, language, published, future=False):
    found = find_dates(text, language, published, future)
    return found[0].date.isoformat() if found else None


def test_weekdays_resolve_to_the_past_or_the_future():
    # 2020-09-03 is a Thursday
    assert _first("ce mercredi", "fr", "2020-09-03") == "2020-09-02"
    assert _first("jeudi", "fr", "2020-09-03") == "2020-09-03"
    assert _first("vendredi", "fr", "2020-09-03", future=True) == "2020-09-04"
    assert _first("on Monday", "en", "2020-09-03") == "2020-08-31"


def test_relative_days_and_weeks():
    assert _first("hier", "fr", "2020-09-03") == "2020-09-02"
    assert _first("yesterday", "en", "2020-09-03") == "2020-09-02"
    week = find_dates("la semaine dernière", "fr", "2020-09-03")[0]
    assert (week.date, week.precision) == (dt.date(2020, 8, 24), "week")


def test_explicit_dates():
    assert _first("le 3 septembre 2020", "fr", None) == "2020-09-03"
    assert _first("le 28 décembre", "fr", "2021-01-05") == "2020-12-28"
    assert _first("on September 3", "en", "2020-09-10") == "2020-09-03"


def test_month_only_publication_resolves_only_explicit_dates():
    assert _first("mercredi", "fr", "2020-09") is None
    assert _first("le 2 septembre", "fr", "2020-09") == "2020-09-02"


def test_a_date_modifying_a_noun_is_not_the_event_date():
    assert find_dates("le scrutin du 9 août", "fr", "2020-09-03") == []


def test_event_date_and_location_in_a_sentence(analyze):
    document = analyze("Emmanuel Macron a rencontré Olaf Scholz mercredi à Berlin.", "fr", "2020-09-03")
    event = document.events[0]
    assert event.date == "2020-09-02"
    assert event.location["name"] == "Berlin" and event.location["country"] == "DEU"
    assert event.location["lat"] and event.location["lon"]


def test_gazetteer_and_dateline():
    assert geocode("Minsk")["country"] == "BLR"
    assert geocode("Nowhere-on-Earth") is None
    assert dateline_location("KYIV, March 3 (Reuters) - Ukraine said")["country"] == "UKR"
    assert dateline_location("Le président a dit") is None


def test_week_dates_say_their_precision(analyze):
    document = analyze("La Russie a attaqué l'Ukraine la semaine dernière.", "fr", "2020-09-03")
    event = document.events[0]
    assert (event.date, event.extra["date_precision"]) == ("2020-08-24", "week")
