"""The FastAPI application: the JSON API under /api, the dashboard under /, assets under
/static. ``create_app`` takes an open store so tests and ``veilleur serve`` share it.

Threads and connections: the store opens one database connection per thread and keeps it,
so reads run as ``async`` routes on the event loop's own thread (one connection; SQLite and
PostgreSQL answer these queries in milliseconds), and the slow writes (analysis) run in one
long-lived worker thread (one more connection). Starlette's thread pool, whose threads come
and go, never touches the database.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import VeilleurError
from ..settings import Settings, load_settings
from .security import (SECURITY_HEADERS, TOKEN_COOKIE, AccessPolicy, BodySizeLimit, policy_for,
                       token_matches)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
# Error codes and the HTTP status they answer with; any other VeilleurError is a 400.
STATUS_FOR_CODE = {"E701": 401, "E702": 413, "E707": 404, "E503": 404}
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def create_app(store, *, host: str = "127.0.0.1", token: str | None = None,
               settings: Settings | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """The application over ``store``. ``host`` is the address the server binds: reads are
    open on loopback and need ``token`` elsewhere; writes always need it."""
    from ..web.pages import router as web_router
    from .routes import router as api_router

    app = FastAPI(
        title="Veilleur API", version=__version__,
        description="Political events, actors and quotes from the news, each linked to its sentence.",
        # The interactive docs pages load scripts from a CDN; the dashboard works offline
        # and under a strict CSP, so only the OpenAPI document itself is served.
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.state.settings = settings or load_settings()
    app.state.policy = policy_for(host, token)
    app.state.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veilleur-analysis")
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _install_guards(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    return app


def _error_response(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status)


def _install_guards(app: FastAPI) -> None:
    @app.exception_handler(VeilleurError)
    async def veilleur_error(request: Request, exc: VeilleurError):
        status = STATUS_FOR_CODE.get(exc.code, 400)
        if not request.url.path.startswith("/api"):
            from ..web.pages import error_page
            return error_page(request, status, str(exc))
        return _error_response(status, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        # FastAPI's default is a 422 with a nested structure; say plainly which parameter.
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
                             for e in exc.errors())
        error = VeilleurError("E704", input="request", name="request", detail=problems)
        if not request.url.path.startswith("/api"):
            from ..web.pages import error_page
            return error_page(request, 400, str(error))
        return _error_response(400, error.code, str(error))

    @app.middleware("http")
    async def access_and_headers(request: Request, call_next):
        policy: AccessPolicy = request.app.state.policy
        path = request.url.path
        given = request.query_params.get("token")
        if not policy.host_allowed(request):
            error = VeilleurError("E709", input=path, host=request.headers.get("host", "(none)")[:100])
            response = _error_response(403, error.code, str(error))
        elif given is not None and not path.startswith("/api") and request.method == "GET":
            # The dashboard's log-in: ?token=… once, then an HttpOnly cookie, token
            # removed from the address bar (and so from history and Referer).
            if not token_matches(given, policy.token):
                response = _error_response(401, "E701", str(VeilleurError("E701", input=path)))
            else:
                clean = request.url.remove_query_params("token")
                response = RedirectResponse(str(clean.path) + (f"?{clean.query}" if clean.query else ""), 303)
                response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict")
        elif request.method not in SAFE_METHODS and not policy.may_write(request):
            # Checked here, before any route reads (and buffers) the request body.
            response = _error_response(401, "E701", str(VeilleurError("E701", input=path)))
        elif not path.startswith("/static") and not policy.may_read(request):
            response = _error_response(401, "E701", str(VeilleurError("E701", input=path)))
        else:
            response = await call_next(request)
        for header, value in SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)
        return response
