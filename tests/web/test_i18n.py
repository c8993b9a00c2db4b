"""Interface text: every language file has the same keys, and the language is chosen from
?lang=, the cookie, then Accept-Language."""
from __future__ import annotations

import re

import pytest

from veilleur.web.i18n import Translator, choose_language, messages, ui_languages


def test_french_and_english_are_available():
    assert {"en", "fr"} <= set(ui_languages())


def test_every_language_has_every_key_and_the_same_placeholders():
    reference = messages("en")
    for language in ui_languages():
        found = messages(language)
        assert set(found) == set(reference), language
        for key, text in found.items():
            assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", reference[key])), key
            assert text.strip(), key


def test_templates_only_use_known_keys():
    from pathlib import Path

    import veilleur.web

    known = set(messages("en"))
    templates = Path(veilleur.web.__file__).parent / "templates"
    used = set()
    for path in templates.glob("*.html"):
        used |= set(re.findall(r"\bt\('([a-z_0-9]+)'", path.read_text(encoding="utf-8")))
    # t('quad_' ~ n): a prefix that some keys must start with.
    prefixes = {key for key in used if key.endswith("_")}
    assert used and (used - prefixes) <= known, (used - prefixes) - known
    assert all(any(k.startswith(p) for k in known) for p in prefixes), prefixes


@pytest.mark.parametrize("query, cookie, accept, expected", [
    ("fr", None, "en", "fr"), (None, "fr", "en-GB,en", "fr"), (None, None, "fr-FR,fr;q=0.9", "fr"),
    (None, None, "de-DE,fr;q=0.5", "fr"), (None, None, "de", "en"), ("xx", "yy", None, "en"),
])
def test_language_choice(query, cookie, accept, expected):
    assert choose_language(query, cookie, accept) == expected


def test_translator_formats_and_shows_missing_keys():
    t = Translator("fr")
    assert t("results_count", count=3) == "3 résultats"
    assert t("no_such_key") == "no_such_key"
