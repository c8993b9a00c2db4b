"""The dashboard: server-rendered pages over the same queries and filters as the API.

Templates autoescape everything; article text reaches the page only as escaped segments
(web/highlight.py). Chart data travels as JSON inside <script type="application/json">,
read by our own static scripts, so the Content-Security-Policy needs no inline script.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from ..api.deps import queries
from ..api.profiles import actor_profile
from ..api.filters import (article_filter, bad, count_mode, event_filter, event_view, parse_date, quote_filter,
                           story_filter, text)
from ..document import MODALITIES, PLOVER_CATEGORIES
from ..errors import VeilleurError
from ..store.queries import INTERVALS, ArticleFilter, EventFilter, Queries, QuoteFilter, StoryFilter
from .highlight import segments
from .i18n import LANG_COOKIE, Translator, choose_language, ui_languages

# Autoescape everything, whatever the template's name: article text is untrusted.
TEMPLATES = Jinja2Templates(env=Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True))
router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def _with(request: Request, **changes: object) -> str:
    """The current page's address with some query parameters replaced (None drops one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params += [(k, str(v)) for k, v in changes.items() if v is not None]
    return request.url.path + ("?" + urlencode(params) if params else "")


def http_url(value: object) -> str | None:
    """``value`` when it is an http(s) address, else None: ingested pages may carry
    javascript: or data: links, which must never become an href."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def render(request: Request, template: str, status: int = 200, **context: object) -> HTMLResponse:
    language = choose_language(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE),
                               request.headers.get("accept-language"))
    response = TEMPLATES.TemplateResponse(request, template, {
        "t": Translator(language), "lang": language, "ui_languages": ui_languages(),
        "with_params": lambda **c: _with(request, **c), "http_url": http_url, "query": request.url.query, **context,
    }, status_code=status)
    if request.query_params.get("lang") == language:
        response.set_cookie(LANG_COOKIE, language, samesite="lax")
    return response


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, message=message)


def _export_links(request: Request, api_path: str, formats: tuple[str, ...]) -> list[tuple[str, str]]:
    params = [(k, v) for k, v in request.query_params.multi_items()
              if k not in ("format", "cursor", "lang", "limit")]
    return [(f, api_path + "?" + urlencode(params + [("format", f)])) for f in formats]


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request, filters: ArticleFilter = Depends(article_filter),
                offset: int = Query(0, ge=0, le=100_000), count: str = Depends(count_mode),
                q: Queries = Depends(queries)):
    rows, total = q.search_articles(filters, PAGE_SIZE, offset)
    return render(request, "search.html", filters=filters, rows=rows, total=total, offset=offset,
                  page_size=PAGE_SIZE, stats=q.stats(count), languages=q.languages(),
                  exports=_export_links(request, "/api/articles", ("csv", "jsonl", "parquet")))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str, q: Queries = Depends(queries)):
    contract = q.article(article_id)
    if contract is None:
        raise VeilleurError("E707", input=article_id, what=f"article {article_id}")
    names = {a["id"]: a["name"] for a in contract.get("actors") or []}
    return render(request, "article.html", doc=contract, segments=segments(contract), names=names,
                  story=q.story_of(contract["id"]))


@router.get("/events", response_class=HTMLResponse)
async def events_page(request: Request, filters: EventFilter = Depends(event_filter),
                cursor: Optional[str] = Query(None), count: str = Depends(count_mode),
                view: str = Depends(event_view), q: Queries = Depends(queries)):
    rows, next_cursor = q.events(filters, PAGE_SIZE, cursor, view)
    return render(request, "events.html", filters=filters, rows=rows, next_cursor=next_cursor,
                  count=count, view=view, total=q.count_events(filters, count),
                  facets=q.event_facets(filters, count=count), categories=PLOVER_CATEGORIES,
                  modalities=MODALITIES, languages=q.languages(),
                  exports=_export_links(request, "/api/events", ("csv", "jsonl", "parquet", "tsv")))


@router.get("/actors", response_class=HTMLResponse)
async def actors_page(request: Request, name: Optional[str] = Query(None),
                offset: int = Query(0, ge=0, le=100_000), count: str = Depends(count_mode),
                q: Queries = Depends(queries)):
    rows, total = q.actors(name=text("name", name), limit=PAGE_SIZE, offset=offset, count=count)
    return render(request, "actors.html", name=name or "", rows=rows, total=total, offset=offset,
                  page_size=PAGE_SIZE, count=count,
                  exports=_export_links(request, "/api/actors", ("csv", "jsonl", "parquet")))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
async def actor_page(request: Request, actor_id: str, count: str = Depends(count_mode),
                     q: Queries = Depends(queries)):
    actor = actor_profile(q, actor_id, count)
    if actor is None:
        raise VeilleurError("E707", input=actor_id, what=f"actor {actor_id}")
    quotes, _ = q.quotes(QuoteFilter(speaker=actor_id), 20, None)
    return render(request, "actor.html", actor=actor, timeline=q.actor_timeline(actor_id, "month", count),
                  quotes=quotes, count=count)


@router.get("/quotes", response_class=HTMLResponse)
async def quotes_page(request: Request, filters: QuoteFilter = Depends(quote_filter),
                cursor: Optional[str] = Query(None), q: Queries = Depends(queries)):
    rows, next_cursor = q.quotes(filters, PAGE_SIZE, cursor)
    return render(request, "quotes.html", filters=filters, rows=rows, next_cursor=next_cursor,
                  languages=q.languages(),
                  exports=_export_links(request, "/api/quotes", ("csv", "jsonl", "parquet")))


@router.get("/dyads", response_class=HTMLResponse)
async def dyad_page(request: Request, a: Optional[str] = Query(None), b: Optional[str] = Query(None),
              interval: str = Query("month"), date_from: Optional[str] = Query(None),
              date_to: Optional[str] = Query(None), count: str = Depends(count_mode),
              q: Queries = Depends(queries)):
    if interval not in INTERVALS:
        raise bad("interval", f"{interval!r} is not one of {', '.join(INTERVALS)}")
    a, b = text("a", a), text("b", b)
    rows = []
    if a and b:
        rows = q.dyad(a, b, interval, parse_date("date_from", date_from, upper=False),
                      parse_date("date_to", date_to, upper=True), count)
    return render(request, "dyad.html", a=a or "", b=b or "", interval=interval, intervals=INTERVALS, count=count,
                  date_from=date_from or "", date_to=date_to or "", rows=rows,
                  actor_a=q.actor_summary(a) if a else None, actor_b=q.actor_summary(b) if b else None,
                  suggestions=q.top_dyads(8, count),
                  exports=_export_links(request, "/api/dyads", ("csv", "jsonl", "parquet")) if a and b else [])


@router.get("/network", response_class=HTMLResponse)
async def network_page(request: Request, date_from: Optional[str] = Query(None),
                 date_to: Optional[str] = Query(None),
                 min_events: int = Query(1, ge=1, le=10_000), count: str = Depends(count_mode),
                 q: Queries = Depends(queries)):
    graph = q.network(parse_date("date_from", date_from, upper=False),
                      parse_date("date_to", date_to, upper=True), min_events, 120, count)
    return render(request, "network.html", graph=graph, date_from=date_from or "", count=count,
                  date_to=date_to or "", min_events=min_events,
                  exports=_export_links(request, "/api/network", ("gexf", "csv", "jsonl", "parquet")))


@router.get("/stories", response_class=HTMLResponse)
async def stories_page(request: Request, filters: StoryFilter = Depends(story_filter),
                       cursor: Optional[str] = Query(None), q: Queries = Depends(queries)):
    rows, next_cursor = q.stories(filters, PAGE_SIZE, cursor)
    return render(request, "stories.html", filters=filters, rows=rows, next_cursor=next_cursor,
                  languages=q.languages(),
                  exports=_export_links(request, "/api/stories", ("csv", "jsonl", "parquet")))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(request: Request, story_id: str, q: Queries = Depends(queries)):
    story = q.story(story_id)
    if story is None:
        raise VeilleurError("E707", input=story_id, what=f"story {story_id}")
    return render(request, "story.html", story=story)


@router.get("/alerts", response_class=HTMLResponse)
async def alerts_page(request: Request, cursor: Optional[str] = Query(None), q: Queries = Depends(queries)):
    rows, next_cursor = q.alerts(PAGE_SIZE, cursor)
    return render(request, "alerts.html", rows=rows, next_cursor=next_cursor,
                  exports=_export_links(request, "/api/alerts", ("csv", "jsonl", "parquet")))
