"""Follow RSS/Atom feeds over time.

Each feed is polled on its own interval with conditional requests (ETag /
Last-Modified: an unchanged feed costs a 304 and nothing else), backs off exponentially
on errors, and waits a politeness delay between two requests to the same host. What
was seen is kept in a WatchState (the store, in production), so a restarted watcher
fetches and analyses nothing twice.
"""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Protocol
from urllib.parse import urlsplit

from ..document import Document
from ..errors import InputError, VeilleurError
from ..settings import Settings

log = logging.getLogger(__name__)
MAX_BACKOFF_SECONDS = 6 * 3600


@dataclass(frozen=True)
class FeedState:
    url: str
    interval: float = 900.0            # seconds between polls when all is well
    etag: str | None = None
    last_modified: str | None = None
    next_poll: float = 0.0             # epoch seconds
    failures: int = 0
    last_status: str | None = None


class WatchState(Protocol):
    def feed(self, url: str) -> FeedState | None: ...
    def save_feed(self, state: FeedState) -> None: ...
    def seen(self, feed_url: str, item_key: str) -> bool: ...
    def mark_seen(self, feed_url: str, item_key: str, article_id: str | None) -> None: ...


@dataclass
class MemoryWatchState:
    """A WatchState in memory, for tests and one-off runs."""

    feeds: dict[str, FeedState] = field(default_factory=dict)
    items: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def feed(self, url: str) -> FeedState | None:
        return self.feeds.get(url)

    def save_feed(self, state: FeedState) -> None:
        self.feeds[state.url] = state

    def seen(self, feed_url: str, item_key: str) -> bool:
        return (feed_url, item_key) in self.items

    def mark_seen(self, feed_url: str, item_key: str, article_id: str | None) -> None:
        self.items[(feed_url, item_key)] = article_id


@dataclass
class PollResult:
    url: str
    status: str                      # new | not_modified | unchanged | error
    new_documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def item_key(link: str | None, title: str | None, published: str | None, number: int) -> str:
    """A feed item's identity: its link, else a hash of title and date."""
    if link:
        return link
    return "h:" + hashlib.sha1(f"{title}|{published}|{number}".encode()).hexdigest()


class FeedWatcher:
    """Polls feeds; ``on_document`` receives each new article's cleaned Document."""

    def __init__(self, state: WatchState, settings: Settings,
                 on_document: Callable[[Document], str | None], *,
                 interval: float = 900.0, politeness: float = 2.0,
                 clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.state, self.settings, self.on_document = state, settings, on_document
        self.interval, self.politeness = interval, politeness
        self.clock, self.sleep = clock, sleep
        self._last_request: dict[str, float] = {}

    def add_feeds(self, urls: Iterable[str], interval: float | None = None) -> None:
        for url in urls:
            if self.state.feed(url) is None:
                self.state.save_feed(FeedState(url, interval or self.interval))

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).hostname or ""
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.politeness - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def poll(self, url: str) -> PollResult:
        from ..ingest.feeds import feed_items
        from ..ingest.fetch import fetch_conditional
        from ..ingest import feed_item_document

        state = self.state.feed(url) or FeedState(url, self.interval)
        self._wait_for_host(url)
        now = self.clock()
        try:
            response = fetch_conditional(url, self.settings, etag=state.etag,
                                         last_modified=state.last_modified)
            if response is None:     # 304: nothing changed since the last poll
                self.state.save_feed(replace(state, next_poll=now + state.interval, failures=0,
                                             last_status="304"))
                return PollResult(url, "not_modified")
            items = list(feed_items(response.data, url))
        except (InputError, VeilleurError) as exc:
            failures = state.failures + 1
            backoff = min(state.interval * 2 ** failures, MAX_BACKOFF_SECONDS)
            self.state.save_feed(replace(state, next_poll=now + backoff, failures=failures,
                                         last_status=f"error: {exc}"))
            log.warning("%s (retry in %.0f s)", exc, backoff)
            return PollResult(url, "error", errors=[str(exc)])
        result = PollResult(url, "unchanged")
        for item in items:
            key = item_key(item.link, item.title, item.published, item.number)
            if self.state.seen(url, key):
                continue
            try:
                if item.link and not item.is_full:
                    self._wait_for_host(item.link)
                document = feed_item_document(item, response, self.settings, feed_url=url)
            except InputError as exc:
                # The item stays unseen: its page is tried again at the next poll.
                result.errors.append(str(exc))
                continue
            article_id = self.on_document(document)
            self.state.mark_seen(url, key, article_id)
            result.new_documents.append(document)
            result.status = "new"
        self.state.save_feed(replace(state, etag=response.etag, last_modified=response.last_modified,
                                     next_poll=now + state.interval, failures=0, last_status="200"))
        return result

    def due(self, urls: Iterable[str]) -> list[str]:
        now = self.clock()
        return [u for u in urls if (s := self.state.feed(u)) is None or s.next_poll <= now]

    def run(self, urls: list[str], *, cycles: int | None = None,
            should_stop: Callable[[], bool] = lambda: False) -> None:
        """Poll until stopped (or for ``cycles`` rounds), sleeping until the next feed is due."""
        self.add_feeds(urls)
        done = 0
        while not should_stop() and (cycles is None or done < cycles):
            for url in self.due(urls):
                self.poll(url)
            done += 1
            if cycles is not None and done >= cycles:
                break
            states = [self.state.feed(u) for u in urls]
            next_poll = min((s.next_poll for s in states if s), default=self.clock() + self.interval)
            self.sleep(max(0.5, next_poll - self.clock()))
