"""Alert rules: tell analysts when something changes.

Rules are a YAML file (see data/alerts.example.yaml):

    rules:
      - name: Russia–Belarus conflict this week
        dyad: [RUS, BLR]           # actor ids, either direction; or `actor: ID`
        quad_class: [3, 4]         # and/or `category: [ACCUSE, THREATEN]`
        window_days: 7
        threshold: 5               # fire when the window holds at least 5 events
      - name: Conflict spike around Moscow
        actor: RUS
        quad_class: [3, 4]
        anomaly: {baseline_days: 90, z: 3}   # this window vs the mean of earlier windows
        webhook: https://example.org/hook     # optional

Evaluation is a pure function of the rule, the events and the moment: the caller passes
events (consolidated by default) and stores, prints or posts what fires.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import VeilleurError
from .features import parse_day

_RULE_KEYS = {"name", "actor", "dyad", "category", "quad_class", "window_days", "threshold",
              "anomaly", "webhook", "min_confidence"}


@dataclass(frozen=True)
class Rule:
    name: str
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    categories: frozenset[str] = frozenset()
    quad_classes: frozenset[int] = frozenset()
    window_days: int = 7
    threshold: int | None = None
    baseline_days: int | None = None
    z: float | None = None
    webhook: str | None = None
    min_confidence: float = 0.0

    def matches(self, event: dict[str, Any]) -> bool:
        src, tgt = event.get("source"), event.get("target")
        if self.actor and self.actor not in (src, tgt):
            return False
        if self.dyad and {src, tgt} != set(self.dyad):
            return False
        if self.categories and event.get("category") not in self.categories:
            return False
        if self.quad_classes and event.get("quad_class") not in self.quad_classes:
            return False
        return float(event.get("confidence") or 0.0) >= self.min_confidence


@dataclass
class Alert:
    rule: str
    window_start: str
    window_end: str
    count: int
    reason: str
    baseline_mean: float | None = None
    z: float | None = None
    event_ids: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        # Same rule, same window: the same alert, so re-evaluating never duplicates it.
        return "alert:" + hashlib.sha1(f"{self.rule}|{self.window_start}|{self.window_end}"
                                       .encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "rule": self.rule, "window_start": self.window_start,
                "window_end": self.window_end, "count": self.count, "reason": self.reason,
                "baseline_mean": self.baseline_mean, "z": self.z, "event_ids": self.event_ids}


def _rule(raw: Any, where: str) -> Rule:
    if not isinstance(raw, dict) or not raw.get("name"):
        raise VeilleurError("E801", input=where, detail="each rule needs a name")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise VeilleurError("E801", input=where, detail=f"rule {raw['name']!r}: unknown keys {sorted(unknown)}")
    dyad = raw.get("dyad")
    if dyad is not None and (not isinstance(dyad, list) or len(dyad) != 2):
        raise VeilleurError("E801", input=where, detail=f"rule {raw['name']!r}: dyad needs two actor ids")
    anomaly = raw.get("anomaly") or {}
    if raw.get("threshold") is None and not anomaly:
        raise VeilleurError("E801", input=where, detail=f"rule {raw['name']!r}: give a threshold or an anomaly test")
    listify = lambda v: v if isinstance(v, list) else ([] if v is None else [v])  # noqa: E731
    return Rule(
        name=str(raw["name"]), actor=raw.get("actor"), dyad=tuple(dyad) if dyad else None,
        categories=frozenset(str(c).upper() for c in listify(raw.get("category"))),
        quad_classes=frozenset(int(q) for q in listify(raw.get("quad_class"))),
        window_days=int(raw.get("window_days", 7)), threshold=raw.get("threshold"),
        baseline_days=int(anomaly["baseline_days"]) if anomaly else None,
        z=float(anomaly.get("z", 3.0)) if anomaly else None,
        webhook=raw.get("webhook"), min_confidence=float(raw.get("min_confidence", 0.0)),
    )


def load_rules(path: str | Path) -> list[Rule]:
    where = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VeilleurError("E801", input=where, detail=str(exc).splitlines()[0]) from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise VeilleurError("E801", input=where, detail="expected a mapping with a `rules` list")
    return [_rule(r, where) for r in data["rules"]]


def evaluate(rule: Rule, events: Iterable[dict[str, Any]], today: date) -> Alert | None:
    """The alert ``rule`` fires for the window ending ``today`` (inclusive), or None."""
    window_start = today - timedelta(days=rule.window_days - 1)
    dated = [(d, e) for e in events if rule.matches(e) and (d := parse_day(e.get("date"))) is not None]
    current = [e for d, e in dated if window_start <= d <= today]
    count = len(current)
    ids = [str(e.get("id")) for e in current if e.get("id") is not None]
    span = dict(rule=rule.name, window_start=window_start.isoformat(),
                window_end=today.isoformat(), count=count, event_ids=ids)
    if rule.threshold is not None and count >= int(rule.threshold):
        return Alert(reason=f"{count} events in {rule.window_days} days (threshold {rule.threshold})", **span)
    if rule.baseline_days:
        windows = max(1, rule.baseline_days // rule.window_days)
        counts = []
        for k in range(1, windows + 1):
            end = window_start - timedelta(days=(k - 1) * rule.window_days + 1)
            start = end - timedelta(days=rule.window_days - 1)
            counts.append(sum(1 for d, _ in dated if start <= d <= end))
        mean = sum(counts) / len(counts)
        std = math.sqrt(sum((c - mean) ** 2 for c in counts) / len(counts))
        # A flat baseline has no spread; one event of noise must not become infinite z.
        z = (count - mean) / max(std, 1.0)
        if z >= float(rule.z or 3.0) and count > mean:
            return Alert(reason=f"{count} events vs a {rule.baseline_days}-day mean of {mean:.2f} "
                                f"per {rule.window_days} days (z = {z:.1f})",
                         baseline_mean=round(mean, 3), z=round(z, 2), **span)
    return None


def post_webhook(alert: Alert, url: str, timeout: float = 10.0) -> int:
    """POST the alert as JSON; returns the HTTP status."""
    import httpx

    response = httpx.post(url, content=json.dumps(alert.to_dict()),
                          headers={"Content-Type": "application/json"}, timeout=timeout)
    return response.status_code
