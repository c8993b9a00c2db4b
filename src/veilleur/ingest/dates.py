"""Publication dates: normalising written dates and finding the one a text header states.

Results are ``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is known.
"""
from __future__ import annotations

import time
from datetime import date, datetime
from email.utils import parsedate_tz
from functools import lru_cache

import regex as re

from .lexicon import load_data

_ISO = re.compile(r"(?<!\d)(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    return {name: int(number) for number, names in load_data("months").items() for name in names}


@lru_cache(maxsize=1)
def _word_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    names = sorted(month_numbers(), key=len, reverse=True)
    month = "(?P<month>" + "|".join(re.escape(n) for n in names) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|º|°)?\.?"
    year = r"(?P<year>(?:19|20)\d\d)"
    dmy = re.compile(rf"(?<![\w-]){day}\s+(?:de\s+)?{month}\s+(?:de\s+)?{year}(?!\d)", re.I)
    mdy = re.compile(rf"(?<![\w-]){month}\s+{day},?\s+{year}(?!\d)", re.I)
    my = re.compile(rf"(?<![\w-]){month}\s+{year}(?!\d)", re.I)
    return dmy, mdy, my


def _valid(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso(m: re.Match) -> str | None:
    return _valid(int(m.group(1)), int(m.group(3)), int(m.group(4)) if m.group(4) else None)


def find_written_date(text: str) -> tuple[str, re.Match] | None:
    """The first date written in words ("22 juin 2012", "June 22, 2012", "juin 2012")."""
    found = []
    for pattern in _word_patterns():
        m = pattern.search(text)
        if m:
            month = month_numbers()[m.group("month").lower()]
            day = int(m.group("day")) if "day" in pattern.groupindex else None
            value = _valid(int(m.group("year")), month, day)
            if value:
                found.append((m.start(), -len(value), value, m))
    if not found:
        return None
    _, _, value, m = min(found, key=lambda f: (f[0], f[1]))
    return value, m


def normalize_date(value: object) -> str | None:
    """A date given in any common form (ISO 8601, RFC 822, struct_time, words) as
    ``YYYY-MM-DD`` or ``YYYY-MM``; None when it holds no date."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return _valid(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.search(text)
    if m:
        return _iso(m)
    parsed = parsedate_tz(text)
    if parsed and parsed[0] > 1900:
        return _valid(parsed[0], parsed[1], parsed[2])
    written = find_written_date(text)
    if written:
        return written[0]
    m = _NUMERIC_DMY.search(text)
    if m:  # day first: the European order of French, German and most news outside the US
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


# A header that states the date: "date 2020-09", "Publié le 22 juin 2012",
# "Published: June 22, 2012", "Mis à jour le 03/09/2020".
_HEADER_LABEL = re.compile(
    r"^\W*(?:(?P<update>mis\s+à\s+jour(?:\s+le)?|modifié(?:e)?(?:\s+le)?|updated(?:\s+on)?|"
    r"last\s+updated(?:\s+on)?)|date|dated|publié(?:e)?(?:\s+le)?|published(?:\s+on)?|"
    r"posted(?:\s+on)?|le)\s*:?\s*", re.I)
# A dateline opens a paragraph: "22 juin 2012. - ", "PARIS, 22 juin 2012 (AFP) - ",
# "June 22, 2012 — ", "Washington, le 3 septembre 2020 -".
_DATELINE_PREFIX = re.compile(r"^\W*(?:[\p{Lu}][\p{L}\p{M}' .\-]{0,40},\s*)?(?:le\s+)?", re.I)
# …then the date may be followed by a place ("22 août 2012, Espagne. - ") or an agency.
_DATELINE_END = re.compile(
    r"^(?:,\s*\p{Lu}[\p{L}\p{M}' \-]{1,40})?\.?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]", re.I)


def header_date(line: str, updates: bool = False) -> str | None:
    """The date a header line states ("date 2020-09 …", "Publié le 22 juin 2012 …").
    Update lines ("Mis à jour le …", "Updated …") count only with ``updates``."""
    m = _HEADER_LABEL.match(line)
    if not m or bool(m.group("update")) != updates:
        return None
    rest = line[m.end():m.end() + 60]
    iso = _ISO.match(rest)
    if iso:
        return _iso(iso)
    written = find_written_date(rest)
    if written and written[1].start() < 15:
        return written[0]
    numeric = _NUMERIC_DMY.match(rest)
    if numeric:
        return _valid(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
    return None


def dateline_date(paragraph: str) -> str | None:
    """The date of a dateline opening a paragraph ("22 juin 2012. - Le …")."""
    head = paragraph[:90]
    prefix = _DATELINE_PREFIX.match(head)
    start = prefix.end() if prefix else 0
    written = find_written_date(head[start:])
    if not written or written[1].start() > 12:
        return None
    after = head[start + written[1].end():]
    return written[0] if _DATELINE_END.match(after) else None
