"""Sources and targets from the dependency tree."""
from __future__ import annotations

from .conftest import names


def test_passive_agent_is_the_source(analyze):
    document = analyze("L'Ukraine a été attaquée par la Russie.", "fr")
    assert ("190", "Russie", "Ukraine") in names(document)


def test_compound_target_gives_one_event_each(analyze):
    document = analyze("La France a condamné la Russie, la Biélorussie et l'Iran.", "fr")
    targets = {t for code, s, t in names(document) if code == "111"}
    assert targets == {"Russie", "Biélorussie", "Iran"}


def test_nominal_trigger_with_genitive_source_and_target(analyze):
    document = analyze("Les sanctions de l'Union européenne contre la Russie ont été renforcées.", "fr")
    assert ("163", "Union européenne", "Russie") in names(document)


def test_participle_clause_takes_the_main_subject(analyze):
    document = analyze("Dénonçant un complot, la Russie a accusé l'Ukraine.", "fr")
    assert all(s == "Russie" for _, s, _ in names(document))


def test_reciprocal_compound_subject(analyze):
    document = analyze("The United States, Russia and China met in Geneva.", "en")
    pairs = {(s, t) for code, s, t in names(document) if code == "040"}
    assert len(pairs) == 3


def test_english_prepositional_target(analyze):
    document = analyze("Iran accused the United States of espionage.", "en")
    assert ("1125", "Iran", "United States") in names(document)


def test_no_actor_no_event(analyze):
    assert analyze("Des inconnus ont attaqué un entrepôt.", "fr").events == []


def test_headline_event_repeated_in_the_body_counts_once():
    from veilleur import analyze

    document = analyze("La Russie attaque l'Ukraine\n\nLa Russie a attaqué l'Ukraine jeudi matin.",
                       language="fr", title="La Russie attaque l'Ukraine")
    assert [e.category for e in document.events] == ["ASSAULT"]


def test_confidence_falls_with_weaker_evidence(analyze):
    direct = analyze("La Russie a attaqué l'Ukraine.", "fr").events[0].confidence
    hypothetical = analyze("La Russie pourrait attaquer l'Ukraine.", "fr").events[0].confidence
    sourceless = analyze("L'Ukraine a été attaquée.", "fr").events[0].confidence
    assert 0 < sourceless < hypothetical < direct <= 1
