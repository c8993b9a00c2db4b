"""All 100 French Wikinews articles: title = the <h1>, published = the date opening the
first paragraph (parsed here independently of Veilleur's date code), language fr."""
from __future__ import annotations

import html as html_lib
import re

import pytest

from tests.conftest import need_shared
from veilleur.errors import InputError
from veilleur.ingest import load
from veilleur.settings import Settings

FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"]


def expected(raw: str) -> tuple[str, str | None]:
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S).group(1)
    title = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", h1)).split())
    first_paragraph = re.search(r"<p[^>]*>(.*?)(?:</p>|\n)", raw, re.S).group(1)
    m = re.match(r"\s*(\d{1,2})(?:er)?\s+(\w+)\s+(\d{4})", first_paragraph)
    if m is None:  # an article whose first paragraph carries no date
        return title, None
    day, month, year = int(m.group(1)), FRENCH_MONTHS.index(m.group(2).lower()) + 1, m.group(3)
    return title, f"{year}-{month:02d}-{day:02d}"


@pytest.fixture(scope="module")
def articles():
    folder = need_shared("corpora", "wikinews-fr-2012")
    files = sorted(folder.glob("*.html"))
    return list(zip(files, load([str(f) for f in files], Settings())))


def test_one_hundred_articles(articles):
    assert len(articles) == 100
    assert not [doc for _, doc in articles if isinstance(doc, InputError)]


def test_title_date_language_of_every_article(articles):
    wrong = []
    for path, doc in articles:
        title, published = expected(path.read_text(encoding="utf-8"))
        got = (doc.title, doc.published, doc.language)
        if published is None:  # no date to check against: at least a 2012 date or none
            published = doc.published if (doc.published or "2012").startswith("2012") else "2012"
        if got != (title, published, "fr"):
            wrong.append((path.name, got, (title, published, "fr")))
        assert doc.blocks[0].kind == "title"
    assert wrong == []
