from __future__ import annotations

from lxml import html as lxml_html

from veilleur.ingest.pagedates import local_date, page_timestamps

PAGE = """<html><head>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-12-23T03:22:07Z"}</script>
<meta property="article:published_time" content="2023-12-23T03:22:07+00:00"></head>
<body><time datetime="2023-12-22T22:22:07-0500">December 22, 2023</time></body></html>"""


def test_timestamps_of_the_page():
    stamps = page_timestamps(lxml_html.fromstring(PAGE))
    assert len(stamps) == 3 and len({s.timestamp() for s in stamps}) == 1


def test_utc_date_moves_to_the_publisher_local_date():
    tree = lxml_html.fromstring(PAGE)
    assert local_date("2023-12-23", tree) == "2023-12-22"
    assert local_date("2023-12-20", tree) == "2023-12-20"   # another date: untouched
    assert local_date("2023-12", tree) == "2023-12"


def test_without_a_local_twin_nothing_changes():
    tree = lxml_html.fromstring(PAGE.replace("2023-12-22T22:22:07-0500", "2023-12-22"))
    assert local_date("2023-12-23", tree) == "2023-12-23"


# --- the page's publication date: printed near the headline, metadata, URL ---------------

import pytest  # noqa: E402

from veilleur.ingest.pagedates import (  # noqa: E402
    header_dates, main_article, metadata_date, page_date, update_date, url_date, visible_date)

_BODY = "<p>" + "The council met on Tuesday and voted on the budget for the coming year. " * 4 + "</p>"


def _page(header: str = "", head: str = "", above: str = "", lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head>{head}</head><body><nav><a href="/">Home</a></nav>{above}'
            f"<article><h1>Council adopts the budget</h1>{header}{_BODY}"
            "<p>Diana wore the dress on April 23, 1985.</p></article></body></html>")


def _tree(html: str):
    return lxml_html.fromstring(html)


@pytest.mark.parametrize("header, expected", [
    ('<p class="byline">By Jane Roe</p><p>Published: Dec. 22, 2023, 1:54 p.m.</p>', "2023-12-22"),
    ("<div>posted on 2023-12-19 23:30 EST by Jane Roe</div>", "2023-12-19"),
    ("<span>Jane Roe</span><span>December 26, 2023 - 9:03AM</span>", "2023-12-26"),
    ("<div>Published 8:00 PM EST, Tue December 19, 2023</div>", "2023-12-19"),
    ("<p>Publié le 22 juin 2012 à 10h30</p>", "2012-06-22"),
    ("<p>Veröffentlicht am 3. März 2020</p>", "2020-03-03"),
    ('<time datetime="2023-12-22T04:00:41+00:00">Dec. 21, 2023 11:00 pm EST</time>', "2023-12-21"),
    ('<time datetime="2023-12-22T05:00:00">12/22/2023 05:00 AM EST</time>', "2023-12-22"),
])
def test_the_date_printed_under_the_headline(header, expected):
    assert visible_date(_tree(_page(header)), "Council adopts the budget") == expected


def test_numeric_dates_follow_the_page_language():
    header = "<p>Mis à jour le 05/03/2020</p><p>Publié le 04/03/2020</p>"
    assert visible_date(_tree(_page(header, lang="fr")), "Council adopts the budget") == "2020-03-04"
    assert visible_date(_tree(_page(header, lang="en")), "Council adopts the budget") is None
    assert visible_date(_tree(_page("<p>Posted 12/22/2023</p>")), "Council adopts the budget") == "2023-12-22"


def test_dates_in_the_article_text_are_events_not_the_publication():
    tree = _tree(_page("<p>By Jane Roe</p>"))
    assert header_dates(tree, "Council adopts the budget") == ([], [])


def test_unlabelled_dates_above_the_headline_belong_to_other_stories():
    above = "<div><a>Other story</a><span>Dec 11, 2023</span></div>"
    tree = _tree(_page("<p>By Jane Roe</p>", above=above))
    assert visible_date(tree, "Council adopts the budget") is None
    above = '<div><strong>Published</strong> <time>December 19, 2023 5:00am EST</time></div>'
    assert visible_date(_tree(_page("", above=above)), "Council adopts the budget") == "2023-12-19"


def test_an_update_line_is_not_the_publication():
    tree = _tree(_page("<p>Updated December 26, 2023 10:48 AM</p>"))
    assert visible_date(tree, "Council adopts the budget") is None
    assert update_date(tree, "Council adopts the budget") == "2023-12-26"


def test_a_page_showing_only_its_revision_date_keeps_its_publication():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Council adopts the budget", "datePublished": "2022-10-21T11:16:35+00:00", '
            '"dateModified": "2023-12-22T12:51:36+00:00"}</script>')
    tree = _tree(_page('<time datetime="2023-12-22T12:51:36Z">22 December 2023</time>', head))
    assert visible_date(tree, "Council adopts the budget") is None
    assert page_date(tree, None, "Council adopts the budget") == "2022-10-21"


def test_the_main_json_ld_article_not_related_stories():
    head = ('<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Other", '
            '"datePublished": "2018-11-22T15:19Z"}, {"@type": "NewsArticle", "headline": '
            '"Council adopts the budget", "datePublished": "2023-12-22T13:25:00-05:00", '
            '"video": {"@type": "VideoObject", "datePublished": "2020-01-01"}}]</script>')
    tree = _tree(_page("", head))
    assert main_article(tree, "Council adopts the budget")["headline"] == "Council adopts the budget"
    assert metadata_date(tree, "Council adopts the budget") == "2023-12-22"


def test_json_ld_publication_before_a_dublin_core_creation_date():
    head = ('<meta name="dc.date" content="2023-12-18">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-12-19T05:00:54-05:00"}</script>')
    assert metadata_date(_tree(_page("", head))) == "2023-12-19"


def test_a_utc_publication_moves_to_the_local_date_the_page_also_gives():
    head = ('<meta property="article:published_time" content="2023-12-23T03:22:07Z">'
            '<meta itemprop="dateCreated" content="2023-12-22T22:22:07-05:00">')
    html = _page('<time datetime="2023-12-22T22:22:07-0500">10:22 pm</time>', head)
    assert metadata_date(_tree(html)) == "2023-12-22"


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/news/2023/12/21/north-korea/", "2023-12-21"),
    ("https://example.org/factchecks/2023/dec/21/tiktok-posts/", "2023-12-21"),
    ("https://example.org/news/2023-12-19-china-earthquake", "2023-12-19"),
    ("https://example.org/hudson/2023/12/16-new-officers-join.html", None),  # a slug, not a day
    ("https://example.org/2023/12/", None),
    ("https://example.org/article/12345.html", None),
    (None, None),
])
def test_url_dates(url, expected):
    assert url_date(url) == expected


def test_page_date_order():
    head = '<meta property="article:published_time" content="2023-12-18T10:00:00+01:00">'
    url = "https://example.org/2023/12/17/budget/"
    assert page_date(_tree(_page("<p>Published: December 19, 2023</p>", head)), url,
                     "Council adopts the budget") == "2023-12-19"
    assert page_date(_tree(_page("", head)), url, "Council adopts the budget") == "2023-12-18"
    assert page_date(_tree(_page("")), url, "Council adopts the budget") == "2023-12-17"
