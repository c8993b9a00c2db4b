"""Articles: full-text search with highlighted snippets, and one article's analysis."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ...errors import VeilleurError
from ...store.queries import ARTICLE_COLUMNS, ArticleFilter, Queries
from ..deps import FORMAT_HELP, queries, row_limit
from ..exports import LIST_FORMATS, check_format, export_rows
from ..filters import article_filter

router = APIRouter(tags=["articles"])


@router.get("/articles", summary="Search articles")
async def list_articles(filters: ArticleFilter = Depends(article_filter),
                  limit: int = Depends(row_limit),
                  offset: int = Query(0, ge=0, le=100_000, description="Rows to skip"),
                  format: str = Query("json", description=FORMAT_HELP),
                  q: Queries = Depends(queries)):
    """Articles matching the filters, newest first (best match first when ``q`` is given).
    ``snippet`` is plain text; ``highlights`` are [start, end) offsets of the matched words
    inside it."""
    check_format(format, LIST_FORMATS)
    if format != "json":
        return export_rows(q.iter_articles(filters, limit), ARTICLE_COLUMNS, format, "articles")
    rows, total = q.search_articles(filters, limit, offset)
    return {"total": total, "offset": offset, "items": rows}


@router.get("/articles/{article_id}", summary="One article's analysis contract")
async def get_article(article_id: str, q: Queries = Depends(queries)):
    """The analysis contract (shared/docs/analysis-contract.md) of the article's latest
    analysis."""
    contract = q.article(article_id)
    if contract is None:
        raise VeilleurError("E707", input=article_id, what=f"article {article_id}")
    return contract
