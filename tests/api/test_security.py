"""Access (token for writes, and for reads off loopback), body limits, headers, assets."""
from __future__ import annotations

import pytest

from veilleur.api import security
from veilleur.api.security import SECURITY_HEADERS, is_loopback_host, policy_for, token_matches
from veilleur.errors import VeilleurError

TOKEN = "s3cret-token-for-tests"  # tests/api/conftest.py
LOOPBACK = "http://127.0.0.1:8000"


@pytest.mark.parametrize("path", ["/api/analyze", "/api/ingest"])
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"X-Veilleur-Token": ""},
                                     {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": TOKEN}])
def test_writes_need_the_token(client, path, headers):
    response = client.post(path, data={"text": "La Russie a signé un accord."}, headers=headers)
    assert response.status_code == 401 and response.json()["error"] == "E701"


def test_writes_are_refused_when_no_token_is_configured(corpus_store):
    from fastapi.testclient import TestClient

    from veilleur.api import create_app

    with TestClient(create_app(corpus_store), base_url=LOOPBACK) as open_client:
        response = open_client.post("/api/analyze", data={"text": "x"}, headers={"Authorization": "Bearer "})
    assert response.status_code == 401


def test_tokens_are_compared_in_constant_time(monkeypatch):
    calls = []
    real = security.hmac.compare_digest
    monkeypatch.setattr(security.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    assert token_matches("abc", "abc") and not token_matches("abd", "abc")
    assert calls == [(b"abc", b"abc"), (b"abd", b"abc")]
    assert not token_matches(None, "abc") and not token_matches("abc", None) and not token_matches("", "")


def test_reads_off_loopback_need_the_token(public_client):
    assert public_client.get("/api/events").status_code == 401
    assert public_client.get("/").status_code == 401
    assert public_client.get("/api/events", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert public_client.get("/api/events", headers={"X-Veilleur-Token": TOKEN}).status_code == 200
    assert public_client.get("/static/app.css").status_code == 200


def test_dashboard_login_sets_a_cookie_and_drops_the_token_from_the_address(public_client):
    response = public_client.get(f"/events?category=AGREE&token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/events?category=AGREE"
    assert "httponly" in response.headers["set-cookie"].lower()
    assert public_client.get("/events").status_code == 200  # the cookie now carries the token
    public_client.cookies.clear()
    assert public_client.get("/?token=wrong", follow_redirects=False).status_code == 401


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True),
                                            ("[::1]", True), ("localhost", True), ("0.0.0.0", False),
                                            ("192.168.1.10", False), ("::", False), ("", False)])
def test_loopback_detection(host, loopback):
    assert is_loopback_host(host) is loopback


def test_serving_publicly_without_a_token_is_refused():
    with pytest.raises(VeilleurError) as error:
        policy_for("0.0.0.0", None)
    assert error.value.code == "E703"
    assert policy_for("127.0.0.1", None).reads_need_token is False


def test_announced_oversized_bodies_are_413(client):
    big = "x" * (300 * 1024)
    response = client.post("/api/analyze", data={"text": big}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and response.json()["error"] == "E702"


def test_streamed_oversized_bodies_are_413(client):
    def chunks():
        for _ in range(40):
            yield b"y" * 16 * 1024

    response = client.post("/api/analyze", content=chunks(),
                           headers={"Authorization": f"Bearer {TOKEN}",
                                    "Content-Type": "multipart/form-data; boundary=veilleur"})
    assert response.status_code == 413


@pytest.mark.parametrize("path", ["/", "/events", "/api/events", "/api/openapi.json", "/nope"])
def test_security_headers_everywhere(client, path):
    headers = client.get(path).headers
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy


@pytest.mark.parametrize("path", ["/static/../api/app.py", "/static/%2e%2e/api/app.py",
                                  "/static/..%2fapi%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fsettings.py",
                                  "/static//etc/passwd", "/static/%2fetc%2fpasswd",
                                  "/static/..\\..\\settings.py", "/static/data/i18n/en.yaml"])
def test_nothing_outside_the_assets_is_served(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"import" not in response.content and b"root:" not in response.content


def test_assets_are_served(client):
    for asset in ("app.css", "app.js", "article.js", "charts.js", "favicon.svg"):
        assert client.get(f"/static/{asset}").status_code == 200


@pytest.mark.parametrize("host, allowed", [("127.0.0.1:8000", True), ("localhost", True), ("[::1]:8000", True),
                                           ("127.1.2.3", True), ("evil.example:8000", False),
                                           ("localhost.evil.example", False), ("", False)])
def test_loopback_server_refuses_other_host_names(client, host, allowed):
    """DNS rebinding: a page re-pointing its own name at 127.0.0.1 must not read the API."""
    response = client.get("/api/events", headers={"Host": host})
    assert (response.status_code == 200) is allowed
    if not allowed:
        assert response.status_code == 403 and response.json()["error"] == "E709"


def test_public_server_accepts_any_host_name_with_the_token(public_client):
    response = public_client.get("/api/events", headers={"Host": "veilleur.example.org",
                                                         "Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
