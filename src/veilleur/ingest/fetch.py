"""HTTP(S) fetching: timeouts, a streamed size cap, a clear user agent, retries with
backoff on timeouts and server errors, and no private addresses unless allowed."""
from __future__ import annotations

import time
from urllib.parse import urlsplit

import httpx

from ..errors import InputError
from ..settings import Settings
from .addresses import check_host
from .raw import RawInput

RETRY_STATUSES = {429, 500, 502, 503, 504}
BACKOFF_SECONDS = 0.5  # doubled after every failed attempt
MAX_REDIRECTS = 5


def is_url(spec: str) -> bool:
    return "://" in spec[:12]


def fetch(url: str, settings: Settings, source: str | None = None) -> RawInput:
    """The body of ``url`` as a RawInput, or an InputError naming ``source`` (the URL)."""
    fetched = _fetch_with_retries(url, settings, source or url, {})
    assert fetched is not None  # no validators sent: never "not modified"
    return fetched


def fetch_conditional(url: str, settings: Settings, *, etag: str | None = None,
                      last_modified: str | None = None) -> RawInput | None:
    """Like ``fetch``, sending the validators of the last answer: None when the server
    says the resource has not changed (304)."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return _fetch_with_retries(url, settings, url, headers)


def _fetch_with_retries(url: str, settings: Settings, source: str,
                        headers: dict[str, str]) -> RawInput | None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError("E012", source, scheme=scheme or "(none)")
    attempts = max(1, settings.fetch_retries)
    last: InputError | None = None
    for attempt in range(attempts):
        if attempt:
            time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
        try:
            return _fetch_once(url, settings, source, headers)
        except _Retryable as exc:
            last = exc.error
    assert last is not None
    raise last


class _Retryable(Exception):
    def __init__(self, error: InputError) -> None:
        self.error = error


def _guard(settings: Settings, source: str):
    def on_request(request: httpx.Request) -> None:
        # runs for the first request and for every redirect
        if request.url.scheme not in ("http", "https"):
            raise InputError("E012", source, scheme=request.url.scheme)
        if not settings.allow_private_urls:
            port = request.url.port or (443 if request.url.scheme == "https" else 80)
            check_host(request.url.host, port, source)
    return on_request


def _fetch_once(url: str, settings: Settings, source: str,
                extra_headers: dict[str, str]) -> RawInput | None:
    headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate",
               **extra_headers}
    cap = settings.fetch_max_bytes
    try:
        with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True,
                          max_redirects=MAX_REDIRECTS, headers=headers,
                          event_hooks={"request": [_guard(settings, source)]}) as client:
            with client.stream("GET", url) as response:
                if response.status_code == 304:
                    return None
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(InputError("E009", source, status=response.status_code))
                if response.status_code >= 400:
                    raise InputError("E009", source, status=response.status_code)
                declared = int(response.headers.get("content-length") or 0)
                if declared > cap:
                    raise InputError("E005", source, size=declared, cap=cap)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:  # stop reading: the rest never reaches memory
                        raise InputError("E005", source, size=f"more than {cap}", cap=cap)
                    chunks.append(chunk)
                return RawInput(data=b"".join(chunks),
                                media_type=response.headers.get("content-type"),
                                url=str(response.url), etag=response.headers.get("etag"),
                                last_modified=response.headers.get("last-modified"))
    except httpx.TimeoutException as exc:
        raise _Retryable(InputError("E008", source, detail=f"timed out ({exc.__class__.__name__})")) from exc
    except httpx.TooManyRedirects as exc:
        raise InputError("E008", source, detail="too many redirects") from exc
    except httpx.TransportError as exc:
        raise _Retryable(InputError("E008", source, detail=str(exc) or exc.__class__.__name__)) from exc
    except httpx.InvalidURL as exc:
        raise InputError("E008", source, detail=f"invalid URL: {exc}") from exc
