"""What the article says around the names: dates, excluded zones, sentences."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..document import Document

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# Blocks whose names are not actors of the article: photo credits, bylines, site chrome.
NON_ACTOR_BLOCKS = ("credit", "byline", "boilerplate")


def date_window(published: str | None) -> tuple[str | None, str | None]:
    """The first and last ISO day a publication date may mean ('2020-09' → whole month)."""
    m = _DATE.match(published or "")
    if not m:
        return None, None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


@dataclass
class Zones:
    """Character ranges whose names are never actors (credits, bylines, captions' journalists)."""

    ranges: list[tuple[int, int]]

    @classmethod
    def of(cls, document: Document) -> "Zones":
        ranges = [tuple(b.span) for b in document.blocks_of(*NON_ACTOR_BLOCKS)]
        for block in document.blocks_of("caption"):
            journalist = block.data.get("journalist") or {}
            if journalist.get("span"):
                ranges.append(tuple(journalist["span"]))
        return cls(sorted(ranges))

    def excludes(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.ranges)
