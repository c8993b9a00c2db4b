"""A small store with stories for the stories and counts tests.

Three outlets (two English, one French) report one happening, Russia accusing Ukraine of
a drone attack on the Kremlin; one article tells something else; `veilleur stories build`
groups and consolidates them; then a later article, in no story yet, repeats the
accusation. All are analysed by the pipeline (small models), so counts come from real
analyses. A threshold rule fires one alert.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

REPORTS = [
    ("Russia accuses Ukraine over drone strike", "en", "2023-05-03",
     "Russia accused Ukraine on Wednesday of attacking the Kremlin with two drones overnight. The Kremlin "
     "said President Vladimir Putin was unharmed. Moscow called the incident a planned terrorist act and "
     "said it reserved the right to respond."),
    ("Moscow accuses Kyiv of drone attack on Kremlin", "en", "2023-05-03",
     "Moscow accused Kyiv on Wednesday of a drone attack on the Kremlin. Russian officials said the two "
     "drones were shot down and that Vladimir Putin was not in the building. Russia said it reserved the "
     "right to retaliate."),
    ("La Russie accuse l'Ukraine d'une attaque de drones contre le Kremlin", "fr", "2023-05-03",
     "La Russie a accusé mercredi l'Ukraine d'avoir attaqué le Kremlin avec deux drones dans la nuit. Le "
     "Kremlin a indiqué que Vladimir Poutine était indemne. Moscou a dénoncé un acte terroriste planifié."),
    ("Belarus expels two Russian diplomats", "en", "2023-06-12",
     "Belarus expelled two Russian diplomats on Monday, the foreign ministry in Minsk said. The government "
     "accused Moscow of interfering in its internal affairs."),
]
LATE = ("Russia blames Ukraine for Kremlin drone attack", "en", "2023-05-04",
        "Russia on Thursday again accused Ukraine of the drone attack on the Kremlin and said Kyiv "
        "could not have acted without Washington.")
RULES = "rules:\n  - name: anything that week\n    threshold: 1\n    window_days: 7\n"


@lru_cache(maxsize=None)
def analysed():
    """The analysed reports and the late article (analysed once per test session)."""
    from veilleur import ingest
    from veilleur.pipeline import analyze_documents

    docs = [ingest.document_from_text(f"{title}\n\n{body}", f"report-{i}.txt", title=title,
                                      language=language, published=published)
            for i, (title, language, published, body) in enumerate([*REPORTS, LATE])]
    return tuple(analyze_documents(docs, size="sm"))


def build_store(location, workdir: Path):
    """A store at ``location`` (SQLite path or PostgreSQL URL) with stories and an alert."""
    from veilleur.cli import main
    from veilleur.store import open_store

    *reports, late = analysed()
    store = open_store(location)
    for document in reports:
        store.save(document)
    rules = workdir / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    assert main(["stories", "build", "--db", str(location)]) == 0
    assert main(["alerts", "check", "--rules", str(rules), "--db", str(location), "--today", "2023-05-05"]) == 0
    store.save(late)
    return store
