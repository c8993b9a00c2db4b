"""Who may read and write, how big a request may be, and the headers every answer carries.

Writes (analyze, ingest) always need the token; reads need it only when the server listens
on a non-loopback address. Tokens are compared in constant time so that response timing
does not leak how many leading characters were right.
"""
from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from dataclasses import dataclass
from typing import Awaitable, Callable
from urllib.parse import urlsplit

from fastapi import Request

from ..errors import VeilleurError

TOKEN_COOKIE = "veilleur_token"

# No inline scripts or styles anywhere: article text is untrusted, so even an injection
# that slipped past escaping could not run.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'",
    "frame-ancestors 'none'", "form-action 'self'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _is_loopback_literal(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_loopback_host(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and names that resolve only to loopback addresses."""
    host = host.strip("[]")
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def token_matches(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def request_token(request: Request) -> str | None:
    """The token a client sent: ``Authorization: Bearer``, ``X-Veilleur-Token`` or the
    dashboard's cookie (set by visiting any page with ``?token=``)."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-veilleur-token") or request.cookies.get(TOKEN_COOKIE)


@dataclass(frozen=True)
class AccessPolicy:
    token: str | None
    reads_need_token: bool

    def may_read(self, request: Request) -> bool:
        return not self.reads_need_token or token_matches(request_token(request), self.token)

    def may_write(self, request: Request) -> bool:
        return token_matches(request_token(request), self.token)

    def host_allowed(self, request: Request) -> bool:
        """With open reads, only requests naming a loopback host: a web page whose own name
        was re-pointed at 127.0.0.1 (DNS rebinding) must not read the API through a browser."""
        if self.reads_need_token:
            return True
        host = urlsplit("//" + (request.headers.get("host") or "")).hostname or ""
        return host == "localhost" or _is_loopback_literal(host)


def policy_for(host: str, token: str | None) -> AccessPolicy:
    """Reads are open on loopback; elsewhere they need the token, which must then exist."""
    open_reads = is_loopback_host(host)
    if not open_reads and not token:
        raise VeilleurError("E703", input=host)
    return AccessPolicy(token or None, not open_reads)


class BodySizeLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with a 413, whether the
    client announces the size (Content-Length) or streams it chunked."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _send_too_large(send, self.max_bytes)
            return
        received = 0
        refused = False

        async def limited_receive():
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes and not refused:
                    # Answer now: whatever the app makes of the error below is dropped.
                    refused = True
                    await _send_too_large(send, self.max_bytes)
                    raise _TooLarge()
            return message

        async def guarded_send(message):
            if not refused:
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            pass
        except Exception:
            if not refused:
                raise


class _TooLarge(Exception):
    pass


async def _send_too_large(send: Callable[[dict], Awaitable[None]], max_bytes: int) -> None:
    error = VeilleurError("E702", input=f"limit {max_bytes} bytes")
    body = json.dumps({"error": error.code, "detail": str(error)}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
