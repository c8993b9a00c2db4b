"""Latin spellings of Cyrillic names by the French, English and German conventions."""
from __future__ import annotations

import pytest

from veilleur.actors.transliterate import latin_variants, transliterate


@pytest.mark.parametrize("cyrillic, french", [
    ("Михаил Мишустин", "Mikhaïl Michoustine"),
    ("Владимир Путин", "Vladimir Poutine"),
    ("Сергей Лавров", "Sergueï Lavrov"),
    ("Сергей Шойгу", "Sergueï Choïgou"),
    ("Дмитрий Медведев", "Dmitri Medvedev"),
    ("Алексей Навальный", "Alexeï Navalny"),
    ("Василий Небензя", "Vassili Nebenzia"),
    ("Юлия Тимошенко", "Ioulia Timochenko"),
])
def test_french_press_convention(cyrillic, french):
    assert transliterate(cyrillic, "fr") == [french]


@pytest.mark.parametrize("cyrillic, german", [
    ("Михаил Мишустин", "Michail Mischustin"),
    ("Сергей Лавров", "Sergei Lawrow"),
    ("Борис Ельцин", "Boris Jelzin"),
])
def test_german_press_convention(cyrillic, german):
    assert transliterate(cyrillic, "de") == [german]


def test_english_spellings_come_from_several_schemas():
    english = transliterate("Сергей Лавров", "en")
    assert "Sergey Lavrov" in english and "Sergei Lavrov" in english


def test_all_variants_of_one_name():
    variants = latin_variants("Михаил Мишустин")
    assert {"Mikhaïl Michoustine", "Mikhail Mishustin", "Michail Mischustin"} <= set(variants)
    assert latin_variants("Vladimir Putin") == ()


def test_variants_become_aliases_that_link(fixture_kb):
    # The fixture lists only fr/en/ru names; the German spelling comes from the Cyrillic one.
    assert {e.actor_id for e in fixture_kb.lookup("Michail Mischustin")} == {"Q61934925"}
    assert {e.actor_id for e in fixture_kb.lookup("Sergej Lawrow")} == set()   # not a Duden spelling
    assert {e.actor_id for e in fixture_kb.lookup("Sergei Lawrow")} == {"Q75788"}
