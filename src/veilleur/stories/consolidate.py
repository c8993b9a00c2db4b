"""One event per happening: merge the reports of a story's articles.

GDELT counts one kidnapping told by fifty outlets as fifty kidnappings. Here events with
the same PLOVER category, source and target whose dates fall within a tolerance are one
consolidated event listing every report (article, sentence, confidence). A state and its
officials count as one party, and meetings and agreements are reciprocal.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from ..document import Document
from .features import parse_day


@dataclass
class ConsolidatedEvent:
    id: str
    category: str
    cameo: str
    source: str | None
    target: str | None
    date: str | None
    modality: str
    goldstein: float | None
    quad_class: int | None
    confidence: float
    reports: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "category": self.category, "cameo": self.cameo,
                "source": self.source, "target": self.target, "date": self.date,
                "modality": self.modality, "goldstein": self.goldstein,
                "quad_class": self.quad_class, "confidence": round(self.confidence, 3),
                "report_count": len(self.reports), "reports": self.reports}


# Reports name a state's leader in one outlet and the state in another ("Trump met Kim",
# "Washington and Pyongyang held talks"): for consolidation, a state and its officials are
# one party, keyed by the country. Organisations and groups keep their own ids.
STATE_KINDS = {"person", "government", "military", "police", "legislature", "judiciary"}
# Meetings and agreements are reciprocal: "A met B" and "B met A" are one happening.
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}


def _party(document: Document, actor_id: str | None) -> str | None:
    actor = document.actor(actor_id)
    if actor is None:
        return actor_id
    if actor.kind in STATE_KINDS and actor.country:
        return f"state:{actor.country}"
    return actor.id


def happening_key(document: Document, event) -> tuple:
    source, target = _party(document, event.source), _party(document, event.target)
    if event.category in RECIPROCAL and source and target:
        source, target = sorted((source, target))
    return (event.category, source, target)


def _event_day(event_date: str | None, published: str | None) -> date | None:
    return parse_day(event_date) or parse_day(published)


def consolidate_events(documents: Iterable[Document], tolerance_days: int = 2) -> list[ConsolidatedEvent]:
    """Consolidated events of one story's documents, in date order."""
    groups: list[tuple[tuple, date | None, list[tuple[Document, object]]]] = []
    for doc in documents:
        for event in doc.events:
            key = happening_key(doc, event)
            day = _event_day(event.date, doc.published)
            for gkey, gday, reports in groups:
                if gkey == key and (gday is None or day is None
                                    or abs((gday - day).days) <= tolerance_days):
                    reports.append((doc, event))
                    break
            else:
                groups.append((key, day, [(doc, event)]))
    merged = [_merge(key, day, reports) for key, day, reports in groups]
    return sorted(merged, key=lambda c: (c.date or "", c.category, c.source or "", c.target or ""))


def _merge(key: tuple, day: date | None, reports: list) -> ConsolidatedEvent:
    category = key[0]
    events = [e for _, e in reports]
    # The consolidated event names the most frequently reported actors.
    source = Counter(e.source for e in events).most_common(1)[0][0]
    target = Counter(e.target for e in events).most_common(1)[0][0]
    cameo = Counter(e.cameo for e in events).most_common(1)[0][0]
    modality = Counter(e.modality for e in events).most_common(1)[0][0]
    dates = sorted(d for d in (e.date for e in events) if d)
    miss = 1.0
    for e in events:   # independent reports: the chance that all are wrong shrinks
        miss *= 1.0 - max(0.0, min(1.0, e.confidence))
    first = events[0]
    ident = "|".join([category, key[1] or "", key[2] or "", dates[0] if dates else str(day or "")]
                     + sorted(f"{d.id}:{e.trigger[0]}" for d, e in reports))
    return ConsolidatedEvent(
        id="cev:" + hashlib.sha1(ident.encode()).hexdigest()[:16], category=category,
        cameo=cameo, source=source, target=target,
        date=dates[0] if dates else (day.isoformat() if day else None), modality=modality,
        goldstein=first.goldstein, quad_class=first.quad_class, confidence=1.0 - miss,
        reports=[{"article_id": str(d.id), "event_index": d.events.index(e),
                  "sentence": list(e.sentence), "trigger": list(e.trigger),
                  "confidence": e.confidence, "text": d.text[e.sentence[0]:e.sentence[1]]}
                 for d, e in reports],
    )
