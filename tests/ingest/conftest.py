"""Ingest fixtures: a local HTTP server on 127.0.0.1 serving fixed routes."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from veilleur.settings import Settings

ARTICLE_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Talks resume in Geneva | Example News</title>
<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">
<meta name="author" content="Jane Roe"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume in Geneva</h1>
<p>Negotiators from both delegations met again in Geneva on Tuesday after a pause of three
weeks, the Swiss foreign ministry said in a statement released in the morning.</p>
<p>The talks are expected to focus on the exchange of prisoners and on the reopening of
humanitarian corridors, according to two diplomats who asked not to be named.</p>
<p>"We are ready to work for as long as it takes," the head of one delegation told
reporters outside the Palais des Nations before the session began.</p>
</article><footer>Copyright Example News</footer></body></html>"""

ETAG = '"v1"'
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/etag": (200, "text/plain", b"Le texte ne change pas."),
    "/article": (200, "text/html; charset=utf-8", ARTICLE_HTML.encode()),
    "/missing": (404, "text/html", b"<h1>Not found</h1>"),
    "/broken": (500, "text/html", b"<h1>Server error</h1>"),
    "/notxml.rss": (200, "application/rss+xml", b"{\"this\": \"is json, not a feed\"}"),
    "/big": (200, "text/plain", b"x" * 50_000),
    # {base} becomes the server's address: the feed's items link back to it
    "/feed.rss": (200, "application/rss+xml", b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title><link>{base}/</link>
<item><title>Talks resume in Geneva</title><link>{base}/article</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description>Negotiators met again in Geneva.</description></item>
<item><title>Gone</title><link>{base}/missing</link><description>Short.</description></item>
</channel></rss>"""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path == "/etag" and self.headers.get("If-None-Match") == ETAG:
            self.send_response(304)
            self.end_headers()
            return
        status, media, body = ROUTES.get(self.path, (404, "text/plain", b"no route"))
        body = body.replace(b"{base}", f"http://{self.headers['Host']}".encode())
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        if self.path == "/etag":
            self.send_header("ETag", ETAG)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def http_server():
    """Base URL of a server on a free loopback port; ROUTES may be extended by tests."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def local_settings() -> Settings:
    """Settings that may fetch from the loopback server, failing fast."""
    return Settings(allow_private_urls=True, fetch_retries=1, fetch_timeout=5.0)
