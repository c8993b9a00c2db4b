"""A web page's publication date, from what the page itself states.

In this order, the first found:
1. the date printed next to the headline or by-line ("Published: Dec. 22, 2023",
   "posted on 2023-12-19 23:30 EST", "December 26, 2023 - 9:03AM"): the date readers saw,
   in the publisher's own time zone. An updated date ("Updated December 26, 2023") or an
   unlabelled one that is the page's modification date in its metadata does not count.
2. the metadata's publication date: the main JSON-LD article's ``datePublished`` (not those
   of related stories, videos or live-blog entries), microdata ``itemprop=datePublished``,
   then publication <meta> tags (``article:published_time``, ``parsely-pub-date``,
   ``sailthru.date``, ``dc.date``…), then JSON-LD ``dateCreated``; a UTC instant moves to
   the publisher's local date when the page gives the same instant with a local offset
   (``…T03:22Z`` and ``…T22:22-05:00`` the day before).
3. a full date in the URL path (``/2023/12/21/``, ``/2023/dec/21/``, ``/2023-12-19-…``).
``update_date`` gives the page's updated date, used only when nothing states the publication.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import lru_cache

import regex as re

from .dates import find_written_date, month_numbers, normalize_date
from .lexicon import load_data

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})")
_DATE_KEYS = ("datePublished", "dateCreated", "uploadDate")
_ARTICLE_TYPES = re.compile(r"Article$|^BlogPosting$|^LiveBlogPosting$|^Report$|^SocialMediaPosting$"
                            r"|^NewsArticle", re.I)
# JSON-LD values that hold other works than the page's own article.
_OTHER_WORKS = {"hasPart", "itemListElement", "liveBlogUpdate", "video", "associatedMedia",
                "relatedLink", "citation", "isPartOf", "subjectOf", "comment", "review"}
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                   "parsely-pub-date", "pub_date", "pubdate", "publishdate", "publish-date",
                   "publish_date", "article.published", "article_date_original", "sailthru.date",
                   "dc.date.issued", "dcterms.issued", "citation_publication_date",
                   "citation_date", "dc.date", "dcterms.date", "date")
_MODIFIED_META = ("article:modified_time", "og:article:modified_time", "og:updated_time",
                  "datemodified", "dcterms.modified", "article_date_updated", "lastmod")
_ISO_IN_TEXT = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d/.])")
_SKIP = {"script", "style", "noscript", "svg", "button", "select", "option", "template", "nav"}
AFTER_HEADLINE = 700   # characters of page text after the headline where its date is printed
BEFORE_HEADLINE = 200  # …and before it (a date line above the headline)
DATE_PIECE = 80        # a date standing in its own element, not in a sentence of prose
BODY_PIECE = 150       # a piece of text this long after the headline is the article's text
PROSE_WORDS = 4        # more words than this before an unlabelled date: a sentence, not a date line


# --- timestamps and local dates -------------------------------------------------------

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


# --- metadata ---------------------------------------------------------------------------

def _json_objects(value, depth: int = 0):
    """Every JSON-LD object, outermost first, without descending into other works."""
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value:
            yield from _json_objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key, item in value.items():
            if key not in _OTHER_WORKS and isinstance(item, (dict, list)):
                yield from _json_objects(item, depth + 1)


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type") or []
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)]


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def main_article(tree, headline: str | None = None) -> dict | None:
    """The page's own article in its JSON-LD: of the article objects with a date, the one
    whose headline is the page's, else the first."""
    articles = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content(), strict=False)
        except ValueError:
            continue
        articles += [o for o in _json_objects(data)
                     if any(_ARTICLE_TYPES.search(t) for t in _types(o))
                     and (o.get("datePublished") or o.get("dateCreated"))]
    if not articles:
        return None
    wanted = _words(headline)
    if wanted:
        def overlap(obj: dict) -> float:
            words = _words(obj.get("headline") if isinstance(obj.get("headline"), str) else "")
            return len(words & wanted) / len(wanted | words) if words else 0.0
        best = max(articles, key=overlap)
        if overlap(best) >= 0.5:
            return best
    return articles[0]


def _meta_values(tree, names: tuple[str, ...]) -> list[str]:
    by_name: dict[str, list[str]] = {}
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in names:
            by_name.setdefault(name, []).append(meta.get("content"))
    return [v for name in names for v in by_name.get(name, [])]


def _as_local_date(value: object, tree) -> str | None:
    """A metadata date as the publisher's local date: as written when it carries an offset,
    moved from UTC when the page gives the same instant with a local offset."""
    if not isinstance(value, str):
        return None
    found = normalize_date(value)
    if found and _TIMESTAMP.match(value.strip()) and re.search(r"(?:Z|UTC|[+-]00:?00)\s*$", value.strip()):
        return local_date(found, tree)
    return found


def metadata_date(tree, headline: str | None = None) -> str | None:
    """The publication date the page's metadata states (see the module's docstring)."""
    article = main_article(tree, headline)
    values: list[object] = [article.get("datePublished")] if article else []
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        values.append(element.get("content") or element.get("datetime") or element.text_content())
    values += _meta_values(tree, _PUBLISHED_META)
    if article:
        values.append(article.get("dateCreated"))
    for value in values:
        found = _as_local_date(value, tree)
        if found:
            return found
    return None


def modified_dates(tree, headline: str | None = None) -> list[str]:
    """The page's modification dates in its metadata, as dates."""
    article = main_article(tree, headline)
    values: list[object] = [article.get("dateModified")] if article else []
    for element in tree.xpath('//*[@itemprop="dateModified"]'):
        values.append(element.get("content") or element.get("datetime") or element.text_content())
    values += _meta_values(tree, _MODIFIED_META)
    return [d for d in (_as_local_date(v, tree) for v in values) if d]


# --- the URL ------------------------------------------------------------------------------

_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)/(\d{1,2}|[a-z]{3,9})/(\d{1,2})(?=[/.?#]|$)"  # /2023/12/21/, /2023/dec/21/
    r"|/((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)", re.I)                # /2023-12-19-slug


def url_date(url: str | None) -> str | None:
    """A full date in the URL's path, else None (a year and month alone are not enough)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    m = _URL_DATE.search(path)
    if not m:
        return None
    year, month, day = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
    if not month.isdigit():
        number = month_numbers().get(month.lower().rstrip("."))
        if number is None:
            return None
        month = str(number)
    found = normalize_date(f"{year}-{int(month):02d}-{int(day):02d}")
    return found if found and len(found) == 10 else None


# --- the date printed near the headline ----------------------------------------------------

@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = load_data("datelabels")

    def pattern(labels: list[str]) -> re.Pattern:
        alternatives = "|".join(re.escape(l) for l in sorted(labels, key=len, reverse=True))
        # the label, then at most a few characters (":", "on", a weekday) before the date
        # the label, then at most a time of day, a zone or a weekday before the date
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)[^.!?]{{0,30}}$", re.I)
    return pattern(data["published"]), pattern(data["updated"])


def _pieces(tree):
    """The page's visible text in document order, as (element, text, is_tail) pieces."""
    for element in tree.iter():
        if not isinstance(element.tag, str):  # a comment or processing instruction
            if element.tail and element.tail.strip():
                yield element, element.tail, True
            continue
        tag = element.tag
        if tag in _SKIP or any(isinstance(a.tag, str) and a.tag in _SKIP for a in element.iterancestors()):
            if element.tail and element.tail.strip() and tag in _SKIP:
                yield element, element.tail, True
            continue
        if element.text and element.text.strip():
            yield element, element.text, False
        if element.tail and element.tail.strip() and element is not tree:
            yield element, element.tail, True


def _date_in_text(text: str, lang: str | None) -> tuple[str, int] | None:
    """A full date in a short piece of text, with where it starts."""
    found = []
    written = find_written_date(text)
    if written and len(written[0]) == 10:
        found.append((written[1].start(), written[0]))
    iso = _ISO_IN_TEXT.search(text)
    if iso:
        value = normalize_date(iso.group(0))
        if value and len(value) == 10:
            found.append((iso.start(), value))
    numeric = _NUMERIC.search(text)
    if numeric:
        a, b, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        if a > 12 or a == b or (b <= 12 and lang not in (None, "en")):
            day, month = a, b
        elif b > 12:
            month, day = a, b
        else:
            day = month = None  # 03/04/2023 on an English page: the order is unknown
        if day is not None:
            value = normalize_date(f"{year}-{month:02d}-{day:02d}")
            if value and len(value) == 10:
                found.append((numeric.start(), value))
    if not found:
        return None
    start, value = min(found)
    return value, start


def _paragraph_chars(element) -> int:
    """The length of the paragraph (<p>) a piece of text belongs to, 0 outside one."""
    for _ in range(4):
        if element is None or not isinstance(element.tag, str):
            return 0
        if element.tag == "p":
            return len(" ".join(element.text_content().split()))
        element = element.getparent()
    return 0


def _headline_element(tree, headline: str | None):
    """The element holding the headline: the <h1> (or else <h2>) that reads as ``headline``,
    the page's only <h1> when the headline is unknown or shares its words."""
    h1s = list(tree.iter("h1"))
    wanted = " ".join((headline or "").split())
    if not wanted:
        return h1s[0] if h1s else None
    for h in h1s + list(tree.iter("h2")):
        if " ".join(h.text_content().split()) == wanted:
            return h
    words = _words(wanted)
    for h1 in h1s:
        found = _words(h1.text_content())
        if found and len(found & words) / len(found | words) >= 0.5:
            return h1
    return None


def header_dates(tree, headline: str | None = None) -> tuple[list[str], list[str]]:
    """The dates printed around the headline: (publication dates, update dates), each in
    page order, nearest the headline first for those above it."""
    h1 = _headline_element(tree, headline)
    if h1 is None:
        return [], []
    lang = (tree.get("lang") or "").split("-")[0].lower() or None
    inside = set(h1.iter())
    before: list[tuple[object, str, bool]] = []  # (element, text, is_tail) pieces
    after: list[tuple[object, str, bool]] = []
    seen_h1 = False
    chars = 0
    for element, text, is_tail in _pieces(tree):
        in_h1 = element in inside and not (is_tail and element is h1)
        if in_h1:
            seen_h1 = True
            continue
        if not seen_h1:
            before.append((element, text, is_tail))
            continue
        after.append((element, text, is_tail))
        chars += len(text.strip())
        if chars > AFTER_HEADLINE:
            break
    published_label, updated_label = _label_patterns()
    published: list[str] = []
    updated: list[str] = []

    def scan(pieces: list[tuple[object, str, bool]], labelled_only: bool = False,
             times_too: bool = False) -> None:
        context = ""
        for element, text, is_tail in pieces:
            piece = " ".join(text.split())
            tag = element.tag if isinstance(element.tag, str) else ""
            if is_tail:
                tag = ""  # text after an element belongs to its parent
            if max(len(piece), _paragraph_chars(element.getparent() if is_tail else element)) > BODY_PIECE:
                # past the standfirst or the first paragraph, an unlabelled date may be
                # anything (a video, a related story): only a labelled one still counts
                labelled_only = True
            found = _date_in_text(piece, lang) if len(piece) <= DATE_PIECE or tag == "time" else None
            if found is None and tag == "time" and element.get("datetime"):
                value = normalize_date(element.get("datetime"))
                found = (value, 0) if value and len(value) == 10 else None
            if found:
                value, start = found
                # the label since the previous date, the nearest one when there are two
                label_text = (context + " " + piece[:start]).strip()[-40:]
                update_label = updated_label.search(label_text)
                publication_label = published_label.search(label_text)
                if update_label and (not publication_label or update_label.start() > publication_label.start()):
                    updated.append(value)
                elif publication_label or (times_too and tag == "time") or (
                        not labelled_only and (tag == "time" or len(piece[:start].split()) <= PROSE_WORDS)):
                    published.append(value)
                context = ""
            else:
                context = (context + " " + piece)[-60:]

    window = []
    total = 0
    for element, text, is_tail in reversed(before):
        total += len(text.strip())
        if total > BEFORE_HEADLINE:
            break
        window.append((element, text, is_tail))
    scan(after, times_too=True)
    after_published, after_updated = published[:], updated[:]
    published.clear()
    updated.clear()
    # above the headline, unlabelled text may belong to related stories: a <time> or a
    # labelled date only
    scan(list(reversed(window)), labelled_only=True, times_too=True)
    # after the headline first; above it, the nearest to the headline first
    return after_published + published[::-1], after_updated + updated[::-1]


def visible_date(tree, headline: str | None = None) -> str | None:
    """The publication date printed near the headline, unless it is the page's
    modification date (an unlabelled "Dec 19, 2023" that is the metadata's dateModified)."""
    published, _ = header_dates(tree, headline)
    if not published:
        return None
    modified = set(modified_dates(tree, headline))
    stated = metadata_date(tree, headline)
    for value in published:
        if value in modified and stated and value > stated:
            continue  # the page shows its last revision: the publication is elsewhere
        return value
    return None


def page_date(tree, url: str | None, headline: str | None = None) -> str | None:
    """The publication date the page states: printed near the headline, else in its
    metadata, else in its URL."""
    return visible_date(tree, headline) or metadata_date(tree, headline) or url_date(url)


def update_date(tree, headline: str | None = None) -> str | None:
    """The page's updated date (printed near the headline, else in its metadata)."""
    _, updated = header_dates(tree, headline)
    if updated:
        return updated[0]
    modified = modified_dates(tree, headline)
    return modified[0] if modified else None
