"""The /api routes, one module per resource."""
from fastapi import APIRouter

from . import actors, articles, events, quotes, relations, stories, writes

router = APIRouter(prefix="/api")
for module in (articles, events, actors, quotes, relations, stories, writes):
    router.include_router(module.router)
