"""Event consolidation: one event per happening, listing every report."""
from __future__ import annotations

from veilleur.document import Document, Event
from veilleur.stories import consolidate_events


def _doc(text: str, published: str, *events: tuple) -> Document:
    doc = Document(source=f"{text[:10]}.txt", text=text, language="en", published=published)
    for category, source, target, date, confidence in events:
        doc.events.append(Event(category, "036", (0, 4), (0, len(text)), source, target,
                                date=date, confidence=confidence, modality="asserted"))
    return doc


def test_same_triple_within_tolerance_is_one_event_with_every_report():
    a = _doc("Putin met Zelensky in Paris.", "2019-12-09", ("CONSULT", "RUS", "UKR", "2019-12-09", 0.6))
    b = _doc("Putin and Zelensky held talks.", "2019-12-10", ("CONSULT", "RUS", "UKR", None, 0.5))
    c = _doc("Zelensky met Putin for the first time.", "2019-12-09",
             ("CONSULT", "RUS", "UKR", "2019-12-09", 0.7), ("ACCUSE", "UKR", "RUS", None, 0.4))
    merged = consolidate_events([a, b, c])
    assert sorted((m.category, len(m.reports)) for m in merged) == [("ACCUSE", 1), ("CONSULT", 3)]
    consult = next(m for m in merged if m.category == "CONSULT")
    assert consult.date == "2019-12-09"
    assert abs(consult.confidence - (1 - 0.4 * 0.5 * 0.3)) < 1e-9
    assert {r["article_id"] for r in consult.reports} == {a.id, b.id, c.id}
    assert consult.to_dict()["report_count"] == 3


def test_dates_too_far_apart_are_two_happenings():
    a = _doc("Russia accused Ukraine.", "2022-03-01", ("ACCUSE", "RUS", "UKR", "2022-03-01", 0.5))
    b = _doc("Russia accused Ukraine again.", "2022-03-20", ("ACCUSE", "RUS", "UKR", "2022-03-20", 0.5))
    assert len(consolidate_events([a, b])) == 2


def test_ids_are_stable_and_distinct():
    a = _doc("Russia accused Ukraine.", "2022-03-01", ("ACCUSE", "RUS", "UKR", "2022-03-01", 0.5))
    first, second = consolidate_events([a]), consolidate_events([a])
    assert first[0].id == second[0].id
    b = _doc("Ukraine accused Russia.", "2022-03-01", ("ACCUSE", "UKR", "RUS", "2022-03-01", 0.5))
    assert len({m.id for m in consolidate_events([a, b])}) == 2
