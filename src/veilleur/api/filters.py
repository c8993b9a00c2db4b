"""Query-string filters shared by the API and the dashboard, validated into query objects.

Every value a user types is checked here against the closed vocabularies of the contract
(PLOVER categories, quad classes, modalities, ISO codes, dates), so a bad filter is a 400
that names the parameter and the reason, never a database error.
"""
from __future__ import annotations

import re
from typing import Optional

from fastapi import Query

from ..document import MODALITIES, PLOVER_CATEGORIES
from ..errors import VeilleurError
from ..store.queries import COUNTS, REPORTS, ArticleFilter, EventFilter, QuoteFilter, StoryFilter

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}$")
MAX_TEXT_PARAM = 500


def bad(name: str, detail: str) -> VeilleurError:
    return VeilleurError("E704", input=name, name=name, detail=detail)


def parse_date(name: str, value: Optional[str], *, upper: bool) -> Optional[str]:
    """A YYYY, YYYY-MM or YYYY-MM-DD bound as a string comparable with stored dates.

    Stored dates are ISO strings of varying precision, so an upper bound of "2020-09"
    becomes "2020-09-31": every day and the month-only "2020-09" sort at or below it.
    """
    if value is None or value == "":
        return None
    match = _DATE.match(value.strip())
    if not match:
        raise bad(name, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        raise bad(name, f"{value!r} is not a valid date")
    if not upper:
        return value.strip()
    return f"{year}-{month or '12'}-{day or '31'}"


def split_values(values: Optional[list[str]]) -> list[str]:
    """Repeated parameters and comma-separated lists mean the same."""
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def closed_values(name: str, values: Optional[list[str]], allowed: tuple[str, ...],
                  *, upper: bool = False) -> tuple[str, ...]:
    found = []
    for value in split_values(values):
        value = value.upper() if upper else value.lower()
        if value not in allowed:
            raise bad(name, f"{value!r} is not one of {', '.join(allowed)}")
        found.append(value)
    return tuple(found)


def country(name: str, value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    if not _COUNTRY.match(value):
        raise bad(name, f"{value!r} is not an ISO 3166-1 alpha-3 code")
    return value.upper()


def language_code(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    if not _LANGUAGE.match(value):
        raise bad("language", f"{value!r} is not an ISO 639 code")
    return value.lower()


def text(name: str, value: Optional[str]) -> Optional[str]:
    """Free text (search strings, ids): any characters are fine, only the length is capped."""
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT_PARAM:
        raise bad(name, f"longer than {MAX_TEXT_PARAM} characters")
    return value.strip()


def quad_classes(values: Optional[list[str]]) -> tuple[int, ...]:
    found = []
    for value in split_values(values):
        if value not in ("1", "2", "3", "4"):
            raise bad("quad_class", f"{value!r} is not 1, 2, 3 or 4")
        found.append(int(value))
    return tuple(found)


def confidence(value: Optional[float]) -> Optional[float]:
    if value is not None and not 0.0 <= value <= 1.0:
        raise bad("min_confidence", "must lie between 0 and 1")
    return value


def event_filter(
    actor: Optional[str] = Query(None, description="Actor id, as source or target"),
    counterpart: Optional[str] = Query(None, description="With actor: only events between the two, either direction"),
    source: Optional[str] = Query(None, description="Source actor id"),
    target: Optional[str] = Query(None, description="Target actor id"),
    source_country: Optional[str] = Query(None, description="Source actor country, ISO 3166-1 alpha-3"),
    target_country: Optional[str] = Query(None, description="Target actor country, ISO 3166-1 alpha-3"),
    category: Optional[list[str]] = Query(None, description="PLOVER categories (repeat or comma-separate)"),
    quad_class: Optional[list[str]] = Query(None, description="Quad classes 1-4 (repeat or comma-separate)"),
    modality: Optional[list[str]] = Query(None, description="Modalities (repeat or comma-separate)"),
    date_from: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
    date_to: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
    min_confidence: Optional[float] = Query(None, description="Lowest confidence, 0-1"),
    language: Optional[str] = Query(None, description="Article language, ISO 639-1"),
    article: Optional[str] = Query(None, description="Article id"),
) -> EventFilter:
    return EventFilter(
        actor=text("actor", actor), counterpart=text("counterpart", counterpart),
        source=text("source", source), target=text("target", target),
        source_country=country("source_country", source_country),
        target_country=country("target_country", target_country),
        categories=closed_values("category", category, PLOVER_CATEGORIES, upper=True),
        quad_classes=quad_classes(quad_class),
        modalities=closed_values("modality", modality, MODALITIES),
        date_from=parse_date("date_from", date_from, upper=False),
        date_to=parse_date("date_to", date_to, upper=True),
        min_confidence=confidence(min_confidence), language=language_code(language),
        article=text("article", article),
    )


def article_filter(
    q: Optional[str] = Query(None, description="Full-text search; any characters are safe"),
    language: Optional[str] = Query(None, description="ISO 639-1"),
    date_from: Optional[str] = Query(None, description="Published on or after"),
    date_to: Optional[str] = Query(None, description="Published on or before"),
    source: Optional[str] = Query(None, description="Substring of the source (URL, site or path)"),
    actor: Optional[str] = Query(None, description="Articles mentioning this actor id"),
) -> ArticleFilter:
    return ArticleFilter(
        q=text("q", q), language=language_code(language),
        date_from=parse_date("date_from", date_from, upper=False),
        date_to=parse_date("date_to", date_to, upper=True),
        source=text("source", source), actor=text("actor", actor),
    )


def quote_filter(
    speaker: Optional[str] = Query(None, description="Speaker actor id"),
    cue: Optional[str] = Query(None, description="Cue lemma or word, e.g. dénoncer, said"),
    q: Optional[str] = Query(None, description="Words in the quoted text"),
    language: Optional[str] = Query(None, description="ISO 639-1"),
    date_from: Optional[str] = Query(None),
    date_to: Optional[str] = Query(None),
    article: Optional[str] = Query(None, description="Article id"),
) -> QuoteFilter:
    return QuoteFilter(
        speaker=text("speaker", speaker), cue=text("cue", cue), q=text("q", q),
        language=language_code(language),
        date_from=parse_date("date_from", date_from, upper=False),
        date_to=parse_date("date_to", date_to, upper=True), article=text("article", article),
    )


def _one_of(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise bad(name, f"{value!r} is not {' or '.join(allowed)}")
    return value


def count_mode(count: str = Query("consolidated", description=(
        "consolidated: one per happening (the events of a stored story's articles through their "
        "consolidated events); reports: every report"))) -> str:
    return _one_of("count", count, COUNTS)


def event_view(view: str = Query(REPORTS, description=(
        "reports: one row per report (each naming its consolidated_event); consolidated: one row "
        "per consolidated event, its newest matching report"))) -> str:
    return _one_of("view", view, COUNTS[::-1])


def story_filter(
    q: Optional[str] = Query(None, description="Words of the story's title"),
    language: Optional[str] = Query(None, description="Stories with an article in this language, ISO 639-1"),
    date_from: Optional[str] = Query(None, description="Stories seen on or after, YYYY[-MM[-DD]]"),
    date_to: Optional[str] = Query(None, description="Stories seen on or before, YYYY[-MM[-DD]]"),
    min_articles: Optional[int] = Query(None, ge=1, le=100_000, description="Fewest articles"),
) -> StoryFilter:
    return StoryFilter(q=text("q", q), language=language_code(language),
                       date_from=parse_date("date_from", date_from, upper=False),
                       date_to=parse_date("date_to", date_to, upper=True), min_articles=min_articles)
