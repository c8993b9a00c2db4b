"""RSS and Atom feeds: each item is an article. When an item carries only a summary, its
page is fetched and extracted."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..errors import InputError
from .dates import normalize_date

FULL_CONTENT_CHARS = 1200  # an item body shorter than this is a summary, not the article


@dataclass
class FeedItem:
    number: int
    link: str | None
    title: str | None
    published: str | None
    author: str | None
    html: str               # the item's content or summary (HTML fragment)
    is_full: bool           # content long enough to be the article itself
    site: str | None


def feed_items(data: bytes | str, source: str) -> Iterator[FeedItem]:
    """The items of a feed; InputError E010 when it is not a feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        detail = str(getattr(parsed, "bozo_exception", "")) or "unreadable"
        raise InputError("E010", source, detail=detail)
    if not parsed.get("version") and not parsed.entries:
        raise InputError("E010", source, detail="no RSS or Atom root element")
    site = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        contents = [c.get("value", "") for c in entry.get("content", [])]
        content = max(contents, key=len) if contents else ""
        summary = entry.get("summary", "") or ""
        html = content if len(content) >= len(summary) else summary
        published = (normalize_date(entry.get("published_parsed"))
                     or normalize_date(entry.get("updated_parsed"))
                     or normalize_date(entry.get("published") or entry.get("updated")))
        yield FeedItem(number, entry.get("link"), entry.get("title"), published,
                       entry.get("author"), html, len(_plain(html)) >= FULL_CONTENT_CHARS, site)


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", html or "")
