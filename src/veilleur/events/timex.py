"""Event dates: explicit dates and relative words ("ce jeudi", "hier", "last week")
resolved against Document.published (YYYY-MM-DD; with YYYY-MM only explicit dates resolve)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class TimeWords:
    weekdays: dict[str, int]
    months: dict[str, int]
    relative_days: dict[str, int]
    relative_weeks: dict[str, int]
    pattern: re.Pattern


@lru_cache(maxsize=None)
def time_words(language: str) -> TimeWords:
    path = resources.files(__package__).joinpath(f"data/time_{language}.yaml")
    if not path.is_file():
        path = resources.files(__package__).joinpath("data/time_en.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    months = {m: i + 1 for i, m in enumerate(data["months"])}
    months.update(data.get("month_abbreviations") or {})
    weekdays = {d: i for i, d in enumerate(data["weekdays"])}
    phrases = sorted([*data["relative_days"], *data["relative_weeks"]], key=len, reverse=True)
    month_re = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<dmy>\b(?P<d1>\d{{1,2}})(?:er)?\.?\s+(?P<m1>{month_re})\.?(?:\s+(?P<y1>\d{{4}}))?)"
        rf"|(?P<mdy>\b(?P<m2>{month_re})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?)"
        rf"|(?P<iso>\b(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
        rf"|(?P<rel>\b(?:{'|'.join(map(re.escape, phrases))})\b)"
        rf"|(?P<wd>\b(?:{'|'.join(map(re.escape, weekdays))})\b)",
        re.IGNORECASE)
    return TimeWords(weekdays, months, dict(data["relative_days"]), dict(data["relative_weeks"]),
                     pattern)


def parse_published(published: str | None) -> tuple[dt.date | None, int | None]:
    """(full date or None, year or None) of a YYYY-MM-DD / YYYY-MM / YYYY string."""
    if not published:
        return None, None
    try:
        return dt.date.fromisoformat(published[:10]), int(published[:4])
    except ValueError:
        m = re.match(r"(\d{4})", published)
        return None, int(m.group(1)) if m else None


_NOUN_MODIFIER = re.compile(r"\b(?:du|de|d'|of)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int          # character offsets in the text searched
    end: int
    date: dt.date
    precision: str      # day | week


def find_dates(text: str, language: str, published: str | None,
               future: bool = False) -> list[DateMention]:
    words = time_words(language)
    anchor, year = parse_published(published)
    out = []
    for m in words.pattern.finditer(text):
        if _NOUN_MODIFIER.search(text[max(0, m.start() - 4):m.start()]):
            continue  # "le scrutin du 9 août" dates the election, not the event
        date, precision = _resolve(m, words, anchor, year, future)
        if date is not None:
            out.append(DateMention(m.start(), m.end(), date, precision))
    return out


def _resolve(m: re.Match, words: TimeWords, anchor: dt.date | None, year: int | None,
             future: bool) -> tuple[dt.date | None, str]:
    try:
        if m.group("iso"):
            return dt.date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))), "day"
        if m.group("dmy") or m.group("mdy"):
            day = int(m.group("d1") or m.group("d2"))
            month = words.months[(m.group("m1") or m.group("m2")).lower()]
            explicit = m.group("y1") or m.group("y2")
            if explicit:
                return dt.date(int(explicit), month, day), "day"
            if year is None:
                return None, "day"
            guess = dt.date(year, month, day)
            if anchor and not future and (guess - anchor).days > 60:  # "28 décembre" in January
                guess = dt.date(year - 1, month, day)
            return guess, "day"
    except ValueError:
        return None, "day"
    if anchor is None:
        return None, "day"
    phrase = m.group(0).lower()
    if m.group("rel"):
        if phrase in words.relative_days:
            return anchor + dt.timedelta(days=words.relative_days[phrase]), "day"
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return monday + dt.timedelta(weeks=words.relative_weeks[phrase]), "week"
    weekday = words.weekdays[phrase]
    delta = (weekday - anchor.weekday()) % 7
    if future:
        return anchor + dt.timedelta(days=delta), "day"
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7), "day"
