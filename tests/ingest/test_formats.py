from __future__ import annotations

import pytest

from veilleur.ingest.formats import detect_format, sniff, suffix_of


@pytest.mark.parametrize("name, media, text, expected", [
    ("a.txt", None, "Le président a parlé.", "text"),
    ("a.txt", None, "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("page", "text/html; charset=utf-8", "<html>", "html"),
    ("https://example.org/feed", "application/rss+xml", "<rss version='2.0'>", "feed"),
    ("https://example.org/feed.rss", "text/html", "<html><body>Not found</body></html>", "html"),
    ("dump.jsonl.gz", None, '{"text": "x"}', "jsonl"),
    ("export", None, '{"text": "x"}\n{"text": "y"}', "jsonl"),
    ("export", None, '[{"text": "x"}]', "json"),
    ("dump.tsv", None, "title\ttext", "csv"),
    ("x", None, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
])
def test_detect_format(name, media, text, expected):
    assert detect_format(name, media, text) == expected


def test_suffix_ignores_gzip_query_and_fragment():
    assert suffix_of("dump.JSONL.gz") == ".jsonl"
    assert suffix_of("https://example.org/a.html?x=1#top") == ".html"
    assert suffix_of("https://example.org/dir.v2/page") == ""
    assert sniff("Plain words only.") == "text"
