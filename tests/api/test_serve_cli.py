"""``veilleur serve``: starts uvicorn over the store; refuses a public address without a token."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from veilleur.cli import app


@pytest.fixture
def served(monkeypatch):
    calls = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda application, **options: calls.append((application, options)))
    return calls


def test_serve_starts_uvicorn_on_loopback(served, tmp_path, monkeypatch):
    monkeypatch.delenv("VEILLEUR_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "8123", "-q"])
    assert result.exit_code == 0, result.output
    (application, options), = served
    assert options["host"] == "127.0.0.1" and options["port"] == 8123
    assert application.state.policy.reads_need_token is False


def test_public_address_needs_a_token(served, tmp_path, monkeypatch):
    monkeypatch.delenv("VEILLEUR_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and not served
    assert "E703" in result.output
    monkeypatch.setenv("VEILLEUR_TOKEN", "t0ken")
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "-q"])
    assert result.exit_code == 0, result.output
    assert served[0][0].state.policy.reads_need_token is True
