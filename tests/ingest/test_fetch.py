from __future__ import annotations

import socket

from veilleur.errors import InputError
from veilleur.ingest import load
from veilleur.ingest.addresses import is_public
from veilleur.settings import Settings



def _one(inputs, settings):
    results = list(load(inputs, settings))
    assert len(results) == 1
    return results[0]


def test_html_page_fetched_and_extracted(http_server, local_settings):
    doc = _one([f"{http_server}/article"], local_settings)
    assert not isinstance(doc, InputError), doc
    assert doc.source == f"{http_server}/article"
    assert doc.title == "Talks resume in Geneva"
    assert doc.language == "en"
    assert doc.published == "2024-03-05"
    assert doc.meta["author"] == "Jane Roe"
    assert "Palais des Nations" in doc.text and "Home" not in doc.text
    assert doc.raw.url == f"{http_server}/article" and doc.raw.media_type.startswith("text/html")
    assert doc.raw.encoding == "utf-8" and doc.raw.data.startswith(b"<!DOCTYPE html>")


def test_http_404_and_500_are_errors_naming_the_url(http_server, local_settings):
    for path, status in (("/missing", 404), ("/broken", 500)):
        error = _one([f"{http_server}{path}"], local_settings)
        assert isinstance(error, InputError) and error.code == "E009"
        assert str(status) in str(error) and path in str(error)


def test_server_errors_are_retried(http_server):
    settings = Settings(allow_private_urls=True, fetch_retries=2)
    error = _one([f"{http_server}/broken"], settings)
    assert error.code == "E009"


def test_unreachable_url(local_settings):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    error = _one([f"http://127.0.0.1:{port}/x"], local_settings)
    assert isinstance(error, InputError) and error.code == "E008"


def test_loopback_refused_unless_allowed(http_server):
    error = _one([f"{http_server}/article"], Settings(fetch_retries=1))
    assert isinstance(error, InputError) and error.code == "E011"
    assert "127.0.0.1" in str(error)


def test_private_and_link_local_addresses_are_not_public():
    for address in ("10.0.0.1", "192.168.1.1", "172.16.0.5", "127.0.0.1", "169.254.169.254",
                    "::1", "fe80::1", "::ffff:127.0.0.1", "0.0.0.0"):
        assert not is_public(address), address
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1:248:1893:25c8:1946")


def test_response_over_the_cap_is_refused(http_server):
    settings = Settings(allow_private_urls=True, fetch_retries=1, fetch_max_bytes=10_000)
    error = _one([f"{http_server}/big"], settings)
    assert isinstance(error, InputError) and error.code == "E005"


def test_unsupported_scheme():
    error = _one(["ftp://example.org/file.txt"], Settings())
    assert isinstance(error, InputError) and error.code == "E012"


def test_feed_that_is_not_xml(http_server, local_settings):
    error = _one([f"{http_server}/notxml.rss"], local_settings)
    assert isinstance(error, InputError) and error.code == "E010"
    assert "notxml.rss" in str(error)




def test_conditional_fetch_says_not_modified(http_server, local_settings):
    from veilleur.ingest import fetch_conditional

    first = fetch_conditional(f"{http_server}/etag", local_settings)
    assert first is not None and first.etag == '"v1"' and first.data.startswith(b"Le texte")
    assert fetch_conditional(f"{http_server}/etag", local_settings, etag=first.etag) is None
