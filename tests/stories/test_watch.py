"""`veilleur watch` against feeds served by a local HTTP server: new items exactly once,
304s, server errors, malformed feeds and time-outs, and a restart that resumes."""
from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from veilleur.settings import load_settings
from veilleur.store import open_store
from veilleur.stories.persist import StoreWatchState
from veilleur.stories.watch import FeedWatcher, MemoryWatchState

ITEM = """<item><title>{title}</title><link>{link}</link><guid>{link}</guid>
<pubDate>{date}</pubDate><description><![CDATA[<p>{body}</p>]]></description></item>"""
BODY = ("Le ministre des Affaires étrangères a reçu son homologue à Paris pour discuter de la "
        "coopération régionale et de la sécurité des frontières. " * 12)


class Feeds:
    """What the test server answers, changed by the test between polls."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        self.version = 0
        self.requests: list[tuple[str, dict]] = []
        self.mode: dict[str, str] = {}

    def rss(self, base: str) -> bytes:
        items = "".join(ITEM.format(title=t, link=f"{base}/a/{i}", body=f"{t}. {BODY}",
                                    date=formatdate(1_600_000_000 + i * 3600, usegmt=True))
                        for i, (t, _) in enumerate(self.items))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>'
                f"{items}</channel></rss>").encode()


@pytest.fixture()
def server():
    feeds = Feeds()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def do_GET(self):
            feeds.requests.append((self.path, dict(self.headers)))
            mode = feeds.mode.get(self.path, "ok")
            if mode == "500":
                self.send_response(500)
                self.end_headers()
                return
            if mode == "slow":
                time.sleep(2.5)
            if mode == "malformed":
                body = b"<html><body>this is not a feed</body></html>"
            else:
                etag = f'"v{feeds.version}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                body = feeds.rss(f"http://127.0.0.1:{self.server.server_port}")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            if mode != "malformed":
                self.send_header("ETag", f'"v{feeds.version}"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except BrokenPipeError:
                pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield feeds, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def _watcher(state, stored: list, **kw):
    settings = load_settings(allow_private_urls=True, fetch_timeout=1.0, fetch_retries=1)
    clock = [1000.0]
    return FeedWatcher(state, settings, lambda d: stored.append(d) or f"id{len(stored)}",
                       interval=60, politeness=0.0, clock=lambda: clock[0], sleep=lambda s: None, **kw), clock


def test_new_items_exactly_once_with_conditional_requests(server):
    feeds, base = server
    stored: list = []
    watcher, clock = _watcher(MemoryWatchState(), stored)
    url = f"{base}/feed.xml"
    feeds.items = [("Premier article", "")]
    assert watcher.poll(url).status == "new" and len(stored) == 1
    assert watcher.poll(url).status == "not_modified"                 # the server said 304
    assert feeds.requests[-1][1].get("If-None-Match") == '"v0"'
    feeds.items.append(("Deuxième article", ""))
    feeds.version += 1
    result = watcher.poll(url)
    assert [d.title for d in result.new_documents] == ["Deuxième article"]
    assert [d.title for d in stored] == ["Premier article", "Deuxième article"]


def test_errors_back_off_and_the_watcher_keeps_going(server):
    feeds, base = server
    stored: list = []
    state = MemoryWatchState()
    watcher, clock = _watcher(state, stored)
    good, bad, broken, slow = (f"{base}/{n}.xml" for n in ("good", "bad", "broken", "slow"))
    feeds.items = [("Article", "")]
    feeds.mode = {"/bad.xml": "500", "/broken.xml": "malformed", "/slow.xml": "slow"}
    watcher.run([good, bad, broken, slow], cycles=1)
    assert len(stored) == 1
    for url, code in ((bad, "E009"), (broken, "E010"), (slow, "E008")):
        s = state.feed(url)
        assert s.failures == 1 and code in s.last_status, (url, s)
        assert s.next_poll >= clock[0] + 120          # backed off beyond the interval
    first_backoff = state.feed(bad).next_poll - clock[0]
    clock[0] = state.feed(bad).next_poll
    watcher.poll(bad)
    assert state.feed(bad).next_poll - clock[0] > first_backoff   # exponential
    feeds.mode = {}
    clock[0] = state.feed(bad).next_poll
    watcher.poll(bad)
    assert state.feed(bad).failures == 0


def test_restart_resumes_from_the_store(server, tmp_path):
    feeds, base = server
    url = f"{base}/feed.xml"
    feeds.items = [("Un", ""), ("Deux", "")]
    db = tmp_path / "watch.db"
    stored: list = []
    with open_store(db) as store:
        watcher, _ = _watcher(StoreWatchState(store), stored)
        watcher.poll(url)
    assert len(stored) == 2
    feeds.items.append(("Trois", ""))
    feeds.version += 1
    with open_store(db) as store:             # a new process: only the store remembers
        watcher, _ = _watcher(StoreWatchState(store), stored)
        watcher.poll(url)
        assert StoreWatchState(store).feed(url).etag == '"v1"'
    assert [d.title for d in stored] == ["Un", "Deux", "Trois"]
