"""Lines that are not the article's prose: credits, by-lines and site boilerplate.

Each test looks at one short paragraph; the word lists and patterns are data
(data/credits.yaml, data/bylines.yaml, data/boilerplate.yaml).
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .dates import month_numbers
from .lexicon import load_data

CREDIT_MAX_CHARS = 220


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = load_data("credits")
    # Case matters ("EPA" the agency, "ePA" a German acronym); capitals are accepted too.
    names = {form for a in data["agencies"] for form in (a, a.upper())}
    agencies = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    # An agency in credit form: beside a slash, after "via", in parentheses, or alone
    # at the end of a line of names.
    agency = re.compile(
        rf"(?:(?<![\w])(?:{agencies})\s*/|/\s*(?:{agencies})(?![\w])|\b(?i:via)\s+(?:{agencies})\b|"
        rf"\(\s*(?:[^()]{{0,40}}/\s*)?(?:{agencies})\s*\)\s*$|^\W*(?:{agencies})\s*$|"
        # "AFP - LUDOVIC MARIN" closing a line (RFI, France 24)
        rf"(?<![\w])(?:{agencies})\s+[-–]\s+\p{{Lu}}[\p{{L}}\p{{M}}'. \-]{{2,60}}$)")
    markers = "|".join(re.escape(m) for m in data["markers"])
    marker = re.compile(rf"(?:^|(?<=\W))(?:{markers})", re.I)
    return agency, marker


def is_credit(line: str) -> bool:
    if len(line) > CREDIT_MAX_CHARS:
        return False
    agency, marker = _credit_patterns()
    return bool(agency.search(line) or marker.search(line))


def credit_start(line: str) -> int | None:
    """Where a credit glued at the end of a photo caption starts ("… à Minsk. (Reuters)")."""
    agency, marker = _credit_patterns()
    found = [m.start() for m in (agency.search(line), marker.search(line)) if m]
    return min(found) if found else None


@lru_cache(maxsize=1)
def _byline_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in load_data("bylines")["patterns"]]


def byline_author(line: str) -> tuple[bool, str | None]:
    """(is a by-line, the author's name when it names one)."""
    if len(line) > load_data("bylines")["max_chars"]:
        return False, None
    for pattern in _byline_patterns():
        m = pattern.match(line.strip())
        if m:
            author = (m.groupdict().get("author") or "").strip(" ,")
            # "By Dec 18, 2023": the name was a link the scraper lost; only the date is left
            if author and author.split()[0].lower().rstrip(".") in month_numbers():
                author = ""
            return True, author or None
    return False, None


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern, frozenset[str], int]:
    data = load_data("boilerplate")
    starts = "|".join(re.escape(s) for s in sorted(data["starts"], key=len, reverse=True))
    return (re.compile(rf"^\W*(?:{starts})(?!\w)", re.I),
            frozenset(data["share_words"]), int(data["max_chars"]))


def is_boilerplate(line: str) -> bool:
    start, share_words, max_chars = _boilerplate()
    if len(line) > max_chars:
        return False
    if start.match(line):
        return True
    words = re.findall(r"[\w\-]+", line.lower())
    return bool(words) and all(w in share_words for w in words)
