"""The publisher's local date for a publication instant the page also states in UTC.

Pages often give the same instant twice: "2023-12-23T03:22:07Z" in JSON-LD and
"2023-12-22T22:22:07-05:00" in a <time> element. The date readers saw is the local one.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})")
_DATE_KEYS = ("datePublished", "dateCreated", "uploadDate")


def _parse(value: str) -> datetime | None:
    value = value.strip().replace(" UTC", "Z").replace("Z", "+00:00")
    value = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def page_timestamps(tree) -> list[datetime]:
    """Publication timestamps with a UTC offset: JSON-LD, <meta> publication tags, <time>."""
    found: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        text = script.text_content()
        for key in _DATE_KEYS:
            found += re.findall(rf'"{key}"\s*:\s*"([^"]+)"', text)
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if "publish" in name or name in ("date", "pubdate", "dc.date", "dc.date.issued"):
            found.append(meta.get("content"))
    found += [t.get("datetime") for t in tree.xpath("//time[@datetime]")]
    stamps = [_parse(m.group(0)) for value in found if value for m in [_TIMESTAMP.search(value)] if m]
    return [s for s in stamps if s is not None]


def local_date(chosen: str | None, tree) -> str | None:
    """``chosen`` (YYYY-MM-DD), moved to the publisher's local date when it is the UTC date
    of an instant the page also gives with a local offset."""
    if not chosen or len(chosen) != 10:
        return chosen
    stamps = page_timestamps(tree)
    for utc in (s for s in stamps if s.utcoffset().total_seconds() == 0 and s.date().isoformat() == chosen):
        instant = utc.astimezone(timezone.utc)
        for local in stamps:
            if local.utcoffset().total_seconds() != 0 and local.astimezone(timezone.utc) == instant:
                return local.date().isoformat()
    return chosen


