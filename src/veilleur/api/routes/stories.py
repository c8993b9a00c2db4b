"""Stories (articles reporting one happening, with their consolidated events) and fired alerts."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query

from ...errors import VeilleurError
from ...store.queries import ALERT_COLUMNS, STORY_COLUMNS, Queries, StoryFilter
from ..deps import FORMAT_HELP, queries, row_limit
from ..exports import LIST_FORMATS, check_format, export_rows
from ..filters import story_filter, text

router = APIRouter(tags=["stories"])


@router.get("/stories", summary="List stories")
async def list_stories(filters: StoryFilter = Depends(story_filter),
                       limit: int = Depends(row_limit),
                       cursor: Optional[str] = Query(None, description="next_cursor of the previous page"),
                       format: str = Query("json", description=FORMAT_HELP),
                       q: Queries = Depends(queries)):
    """Stories built by `veilleur stories build`, most recently seen first, with their
    article and consolidated-event counts, languages and sources."""
    check_format(format, LIST_FORMATS)
    if format != "json":
        return export_rows(q.iter_stories(filters, limit), STORY_COLUMNS, format, "stories")
    rows, next_cursor = q.stories(filters, limit, cursor)
    return {"items": rows, "next_cursor": next_cursor}


@router.get("/stories/{story_id}", summary="One story")
async def get_story(story_id: str, q: Queries = Depends(queries)):
    """The story's timeline and articles, and its consolidated events, each listing every
    report (article, sentence offsets and text, trigger, confidence)."""
    story = q.story(story_id)
    if story is None:
        raise VeilleurError("E707", input=story_id, what=f"story {story_id}")
    return story


@router.get("/alerts", summary="Fired alerts")
async def list_alerts(rule: Optional[str] = Query(None, description="Name of the rule"),
                      limit: int = Depends(row_limit),
                      cursor: Optional[str] = Query(None, description="next_cursor of the previous page"),
                      format: str = Query("json", description=FORMAT_HELP),
                      q: Queries = Depends(queries)):
    """Alerts fired by `veilleur alerts check`, newest first."""
    check_format(format, LIST_FORMATS)
    rule = text("rule", rule)
    if format != "json":
        return export_rows(q.iter_alerts(limit, rule), ALERT_COLUMNS, format, "alerts")
    rows, next_cursor = q.alerts(limit, cursor, rule)
    return {"items": rows, "next_cursor": next_cursor}
