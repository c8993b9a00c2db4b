"""CLI fixtures: the Typer app run in-process, small article folders, a veilleur binary."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veilleur.cli import app

VEILLEUR = str(Path(sys.executable).parent / "veilleur")


def run(*args: str):
    """``veilleur ARGS`` in-process; returns the click Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def run_json(*args: str):
    result = run(*args, "--json")
    return result, json.loads(result.stdout) if result.stdout.strip() else None


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` short, distinct French dispatches, one text file each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"depeche-{n:03d}.txt"
        path.write_text(
            f"Réunion numéro {n} à Bruxelles\n\n"
            f"Le ministre des affaires étrangères a rencontré mardi son homologue pour la "
            f"{n}e session du dialogue bilatéral sur le commerce et la sécurité. « Nous avons "
            f"progressé sur le dossier {n * 7} », a déclaré le ministre à l'issue de la rencontre.\n",
            encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def articles(tmp_path) -> Path:
    write_articles(tmp_path / "news", 3)
    return tmp_path / "news"
