"""veilleur.analyze takes a path or the article's text."""
from __future__ import annotations

import veilleur


def test_a_one_line_text_longer_than_a_file_name_is_text():
    # a path check on it raises "File name too long" (OSError) on Linux
    text = "La Russie a attaqué l'Ukraine mercredi, " + "et " * 100 + "la France a condamné la Russie."
    document = veilleur.analyze(text, published="2022-03-03")
    assert document.text.startswith("La Russie a attaqué")
