from __future__ import annotations

import pytest

from veilleur.ingest.language import detect_language


@pytest.mark.parametrize("text, code", [
    ("Le Premier ministre a présenté mercredi la réforme des retraites devant l'Assemblée.", "fr"),
    ("The prime minister presented the pension reform to parliament on Wednesday.", "en"),
    ("El primer ministro presentó el miércoles la reforma de las pensiones.", "es"),
    ("Der Premierminister stellte am Mittwoch die Rentenreform im Parlament vor.", "de"),
    ("Премьер-министр в среду представил пенсионную реформу в парламенте.", "ru"),
    ("Прем'єр-міністр у середу представив пенсійну реформу в парламенті.", "uk"),
])
def test_languages(text, code):
    assert detect_language(text) == code


def test_no_letters_gives_the_default():
    assert detect_language("2020 — 12 / 45", default=None) is None
