"""Shared fixtures: paths to ../shared (read where it lies, never copied) and models."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLEUR_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_f95a6ceda9409001.txt"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test when the folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need_shared("seeds", "000_f95a6ceda9409001.txt")
