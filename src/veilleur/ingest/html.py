"""HTML article pages: main text with trafilatura, and fallbacks where it finds nothing.

Title: the page's <h1> when it is the headline (trafilatura's title often carries the site
name or a social-media variant; a lone <h1> sharing no word with it is a logo), else
trafilatura's, else <title>. Date: a dateline opening the article ("22 juin 2012. - …"),
else what the page states about its publication (pagedates.page_date: the date printed near
the headline, the metadata, the URL), else htmldate's reading of the metadata, else the
page's updated date, else htmldate's search of the whole page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from .dates import dateline_date, normalize_date
from .pagedates import local_date, page_date, update_date

MIN_TEXT_CHARS = 100  # below this, trafilatura missed the article: try the fallbacks
_SPACES = re.compile(r"\s+")


@dataclass
class Page:
    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None
    description: str | None = None
    language: str | None = None  # as the page declares it (<html lang>)


def extract_page(html: str, url: str | None, source: str) -> Page:
    """The article in ``html``; InputError E013 when the page holds no article text."""
    import trafilatura
    from trafilatura.settings import set_date_params

    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError("E013", source)
    # Metadata dates only here: htmldate's search of the whole text for a date is slow (it
    # loads dateparser's locales) and only needed when the page states no date at all.
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True,
        date_extraction_params=set_date_params(extensive=False))
    text = (result.text if result is not None else "") or ""
    if len(text) < MIN_TEXT_CHARS:
        text = _fallback_text(html, url, text)
    paragraphs = [p for p in (_SPACES.sub(" ", line).strip() for line in text.split("\n")) if p]
    if not paragraphs:
        raise InputError("E013", source)
    meta_title = result.title if result is not None else None
    title = headline(tree, meta_title, result.sitename if result is not None else None)
    published = None
    for paragraph in paragraphs[:2]:
        published = dateline_date(paragraph)
        if published:
            break
    if not published:
        published = page_date(tree, url, title)
    if not published and result is not None:
        published = local_date(normalize_date(result.date), tree)
    if not published:
        published = update_date(tree, title) or _date_from_whole_page(tree, url)
    return Page(
        paragraphs=paragraphs, title=title,
        author=_authors(result.author, result.sitename) if result is not None else None,
        published=published,
        site=result.sitename if result is not None else None,
        url=(result.url if result is not None else None) or url,
        description=result.description if result is not None else None,
        language=_declared_language(tree),
    )


def _date_from_whole_page(tree, url: str | None) -> str | None:
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    return normalize_date(find_date(tree, url=url, **set_date_params(extensive=True)))


def _fallback_text(html: str, url: str | None, text: str) -> str:
    """More recall (trafilatura's recall mode), then its baseline: JSON-LD articleBody,
    <article>, or all paragraphs."""
    import trafilatura

    recall = trafilatura.extract(html, url=url, include_comments=False, favor_recall=True) or ""
    if len(recall) > len(text):
        text = recall
    if len(text) < MIN_TEXT_CHARS:
        _, baseline, _ = trafilatura.baseline(html)
        if len(baseline or "") > len(text):
            text = baseline
    return text


def _text_of(element) -> str:
    return _SPACES.sub(" ", element.text_content()).strip()


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def headline(tree, meta_title: str | None, site: str | None) -> str | None:
    """The <h1> that is the headline, else the metadata title, else <title>."""
    candidates = []
    for h1 in tree.iter("h1"):
        text = _text_of(h1)
        if 3 <= len(text) <= 300 and text not in candidates:
            candidates.append(text)
    site_words = _words(site)
    meta_words = _words(meta_title)
    best, best_score = None, 0.0
    for text in candidates:
        words = _words(text)
        if not words or words <= site_words:
            continue  # the site's name in a logo <h1>
        overlap = len(words & meta_words) / len(words) if meta_words else 0.0
        score = overlap + (0.5 if len(words) >= 3 else 0.0)
        if best is None or score > best_score:
            best, best_score = text, score
    if best is not None and (best_score >= 0.75 or not meta_title
                             or (len(candidates) == 1 and _words(best) & meta_words)):
        return best  # a lone <h1> sharing no word with the title is a logo, not the headline
    if meta_title:
        return meta_title.strip()
    titles = [_text_of(t) for t in tree.iter("title")]
    return titles[0] if titles and titles[0] else None


_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?)$")
# Not a person: a desk ("TMZ Staff", "La Rédaction") or an address the scraper took for one.
_NOT_A_PERSON = re.compile(r"\b(?:staff|team|desk|rédaction|redaction|redazione|newsroom)\b|"
                           r"https?\b|\bwww\b|\bcom\b", re.I)


def _without_credentials(name: str) -> str:
    """"Lauren Manaker MS" → "Lauren Manaker" (a name keeps at least two words)."""
    words = name.split()
    while len(words) > 2 and _CREDENTIAL.match(words[-1].strip(",")):
        words.pop()
    return " ".join(words)


def _authors(value: str | None, site: str | None) -> str | None:
    """trafilatura's "A; B; Publisher; MS" as "A, B": without the publisher or degrees."""
    if not value:
        return None
    site_words = _words(site)
    names = [_without_credentials(a) for a in value.split(";") if a.strip()]
    kept = [a for a in names if not _CREDENTIAL.match(a) and not _NOT_A_PERSON.search(a)
            and not (site_words and _words(a) <= site_words)]
    return ", ".join(kept) or None


def _declared_language(tree) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    return lang.split("-")[0].lower() if lang else None


_BLOCK_TAGS = re.compile(r"<\s*/?\s*(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>", re.I)


def fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment (a feed item's content or a dump's HTML cell)."""
    from lxml import html as lxml_html

    text = _BLOCK_TAGS.sub("\n", fragment)
    try:
        text = lxml_html.fromstring(f"<div>{text}</div>").text_content()
    except Exception:  # lxml refuses some broken fragments: strip the tags instead
        text = re.sub(r"<[^>]+>", " ", text)
    return [p for p in (_SPACES.sub(" ", line).strip() for line in text.split("\n")) if p]


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|div|br|span|a|html|body|article)[\s/>]", text[:5000], re.I))
