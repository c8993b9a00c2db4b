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
