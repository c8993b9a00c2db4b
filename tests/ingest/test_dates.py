from __future__ import annotations

import time

import pytest

from veilleur.ingest.dates import dateline_date, header_date, normalize_date


@pytest.mark.parametrize("line, expected", [
    ("date 2020-09 Sputnik/Dmitry Astakhov/Pool via REUTERS", "2020-09"),
    ("Publié le 22 juin 2012 à 10h30", "2012-06-22"),
    ("Publié le : 03/09/2020 - 12:13", "2020-09-03"),
    ("Mis à jour le 03/09/2020", None),             # an update, not the publication
    ("Published: June 22, 2012", "2012-06-22"),
    ("Updated on 1 March 2021", None),
    ("La date du scrutin reste inconnue", None),
])
def test_header_dates(line, expected):
    assert header_date(line) == expected


def test_update_lines():
    assert header_date("Mis à jour le 03/09/2020", updates=True) == "2020-09-03"
    assert header_date("Updated: June 23, 2012", updates=True) == "2012-06-23"
    assert header_date("Publié le 22 juin 2012", updates=True) is None


@pytest.mark.parametrize("paragraph, expected", [
    ("22 juin 2012. - Cette nuit, les Talibans ont attaqué un hôtel.", "2012-06-22"),
    ("1er juillet 2012. - Le gouvernement a annoncé…", "2012-07-01"),
    ("PARIS, 3 septembre 2020 (AFP) - Le Premier ministre a reçu…", "2020-09-03"),
    ("June 22, 2012 — The president said on Friday…", "2012-06-22"),
    ("22 août 2012, Espagne. - Le Parti populaire a exclu…", "2012-08-22"),
    ("Le 22 juin 2012, il a été reçu à l'Élysée.", None),   # an event date, not a dateline
    ("Il a parlé le 22 juin 2012. - Puis il est parti.", None),
])
def test_datelines(paragraph, expected):
    assert dateline_date(paragraph) == expected


@pytest.mark.parametrize("value, expected", [
    ("2020-09-03T10:00:00+02:00", "2020-09-03"),
    ("2020-09", "2020-09"),
    ("2023/12/17", "2023-12-17"),
    ("Mon, 03 Sep 2020 10:00:00 GMT", "2020-09-03"),
    ("3 septembre 2020", "2020-09-03"),
    ("Sept. 3, 2020", "2020-09-03"),
    ("3. März 2020", "2020-03-03"),
    ("31 février 2020", "2020-02"),  # no such day: the month is still known
    ("", None),
    (None, None),
    (time.strptime("2012-06-22", "%Y-%m-%d"), "2012-06-22"),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected
