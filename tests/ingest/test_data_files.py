"""The ingest data files: well formed, and every entry does what it is there for."""
from __future__ import annotations

import pytest

from veilleur.ingest.captions import parse_caption
from veilleur.ingest.dates import month_numbers, normalize_date
from veilleur.ingest.furniture import byline_author, is_boilerplate, is_credit
from veilleur.ingest.lexicon import load_data


def test_months_cover_the_year_without_clashes():
    data = load_data("months")
    assert sorted(data) == list(range(1, 13))
    names = [n for names in data.values() for n in names]
    assert len(names) == len(set(names)), "a month name listed under two months"


@pytest.mark.parametrize("name", sorted(load_data("months")[6]))
def test_each_june_name_parses(name):
    assert normalize_date(f"22 {name} 2012") == "2012-06-22"


def test_every_month_name_parses():
    for number, names in load_data("months").items():
        for name in names:
            assert normalize_date(f"3 {name} 2021") == f"2021-{number:02d}-03", name
    assert month_numbers()["juin"] == 6


def test_every_agency_is_recognised_in_credit_form():
    for agency in load_data("credits")["agencies"]:
        assert is_credit(f"Jean Dupont/{agency}"), agency
        assert is_credit(f"Une manifestation à Paris, le 3 mars. ({agency})"), agency


def test_every_credit_marker_is_recognised():
    for marker in load_data("credits")["markers"]:
        assert is_credit(f"{marker} Jean Dupont"), marker


def test_every_boilerplate_start_is_recognised_and_bounded():
    data = load_data("boilerplate")
    for start in data["starts"]:
        assert is_boilerplate(f"{start.capitalize()} : le dossier complet"), start
    long_paragraph = "Lire aussi " + "x" * data["max_chars"]
    assert not is_boilerplate(long_paragraph)
    assert is_boilerplate(" ".join(data["share_words"][:4]))


def test_every_byline_pattern_matches_an_example():
    examples = ["Par Jean Dupont", "Avec notre envoyée spéciale à Kiev, Marie Durand",
                "Marie Durand, correspondante à Kiev", "Avec AFP",
                "Reporting by Jane Roe; Editing by John Smith"]
    patterns = load_data("bylines")["patterns"]
    assert len(patterns) == len(examples)
    for example in examples:
        assert byline_author(example)[0], example


def test_every_caption_connector_joins_speaker_and_affiliation():
    data = load_data("captions")
    for connector in data["connectors"]:
        space = "" if connector.endswith("'") else " "
        caption = f"Jean Dupont {connector}{space}Institut Montaigne Marie Durand"
        parsed = parse_caption(caption)
        assert parsed and parsed["speaker"]["name"] == "Jean Dupont", connector
        assert parsed["journalist"]["name"] == "Marie Durand", connector


def test_not_names_stop_a_caption():
    for word in load_data("captions")["not_names"]:
        assert parse_caption(f"{word} Dupont du Centre d'études Marie Durand") is None, word


def test_every_date_label_is_recognised():
    from lxml import html as lxml_html

    from veilleur.ingest.pagedates import header_dates

    data = load_data("datelabels")
    for kind, index in (("published", 0), ("updated", 1)):
        for label in data[kind]:
            page = (f"<html><body><h1>Council adopts the budget</h1><p>{label.capitalize()}: "
                    "3 March 2021</p></body></html>")
            dates = header_dates(lxml_html.fromstring(page), "Council adopts the budget")
            assert dates[index] == ["2021-03-03"] and not dates[1 - index], (kind, label)
