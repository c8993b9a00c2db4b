"""``veilleur eval events``: the event coder against gold sets.

- ``fr``: the seed gold (../shared/eval/gold-fr) and the project's French dev gold
  (tests/gold-fr-dev, Wikinews 2012 articles), scored by ../shared/tools/score.py
  (category + source + target), with category-only and category+source levels, a
  per-category table, misses and spurious events;
- ``plover``: ../shared/eval/events/PLOVER_GSR_CAMEO.txt (English sentences, PLOVER v0.5
  categories mapped to the 2021 ones by V05_TO_2021);
- ``petr2``: ../shared/eval/events/PETR2_GSR_validation.xml (English AFP sentences,
  agreement of CAMEO roots).
English actors are compared by the CAMEO/ISO code of the resolved actor or by their text.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

from ..document import Actor, Document, Event
from ..quotes.speech_acts import SPEECH_ROOTS  # statements and appeals: quotes' acts, not events

ROOT = Path(__file__).resolve().parents[3]
SETS = ("fr", "plover", "petr2")
# PLOVER v0.5 (2016 gold records) → PLOVER 2021 categories.
V05_TO_2021 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
               "FIGHT": "ASSAULT"}


def shared_root() -> Path:
    return Path(os.environ.get("VEILLEUR_SHARED", ROOT.parent / "shared"))


def prf(tp: int, n_system: int, n_gold: int) -> dict[str, float]:
    p = tp / n_system if n_system else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def keep_confident(document: Document, min_confidence: float) -> Document:
    document.events = [e for e in document.events if e.confidence >= min_confidence]
    return document


def _analyze(documents: list[Document], size: str) -> list[Document]:
    from ..pipeline import analyze_documents

    return list(analyze_documents(documents, size=size))


# ------------------------------------------------------------------ French gold via score.py
def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("veilleur_gold_scorer", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def french_inputs(shared: Path, dev_gold: Path) -> list[tuple[Path, Path]]:
    """(gold file, article) pairs: the seed and every dev gold file whose article exists."""
    pairs = []
    for gold in sorted((shared / "eval" / "gold-fr").glob("*.json")):
        pairs.append((gold, shared / "seeds" / f"{gold.stem}.txt"))
    for gold in sorted(dev_gold.glob("*.json")):
        pairs.append((gold, shared / "corpora" / "wikinews-fr-2012" / f"{gold.stem}.html"))
    return [(g, a) for g, a in pairs if a.exists()]


def evaluate_french(shared: Path, dev_gold: Path, *, min_confidence: float = 0.0,
                    size: str = "md", output: Path | None = None) -> dict[str, Any]:
    from .. import analyze_many

    pairs = french_inputs(shared, dev_gold)
    documents = [d for d in analyze_many([str(a) for _, a in pairs], size=size)
                 if isinstance(d, Document)]
    systems = {Path(d.source).name.split(".")[0]: keep_confident(d, min_confidence).to_dict()
               for d in documents}
    if output is not None:
        output.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in systems.values()),
                          encoding="utf-8")
    scorer = _scorer(shared)
    results = {}
    for name, golds in (("seed", [g for g, _ in pairs if g.parent.name == "gold-fr"]),
                        ("dev", [g for g, _ in pairs if g.parent == dev_gold])):
        if golds:
            results[name] = _score_french(scorer, golds, systems)
    return results


def _category_matches(required: list[dict], system: Counter) -> int:
    """Gold events matched by a system event of their category, or of one of their
    ``alt_categories`` (score.py accepts those at every other level); own categories first."""
    left = Counter(system)
    unmatched = []
    for event in required:
        if left[event["category"]] > 0:
            left[event["category"]] -= 1
        else:
            unmatched.append(event)
    hits = len(required) - len(unmatched)
    for event in unmatched:
        alt = next((c for c in event.get("alt_categories") or [] if left[c] > 0), None)
        if alt is not None:
            left[alt] -= 1
            hits += 1
    return hits


def _score_french(scorer, golds: list[Path], systems: dict[str, dict]) -> dict[str, Any]:
    totals = Counter()
    per_category: dict[str, Counter] = defaultdict(Counter)
    misses, spurious, quiet_docs = [], [], []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        system = systems.get(gold["doc"], {})
        scored = scorer.score_doc(gold, system)["events"]
        required = [e for e in gold.get("events") or [] if not e.get("optional")]
        sourced = [e for e in system.get("events") or [] if e.get("source") is not None]
        totals.update(tp=scored["tp"], tp_source=scored["tp_loose"], gold=scored["gold"],
                      system=scored["system"])
        gold_cats = Counter(e["category"] for e in required)
        sys_cats = Counter(e["category"] for e in sourced)
        # system events that hit optional gold items are out of score.py's count: cap at it
        totals["tp_category"] += min(_category_matches(required, sys_cats),
                                     scored["system"])
        missed_cats = Counter(m.split()[0] for m in scored["missed"])
        spurious_cats = Counter(s.split()[0] for s in scored["spurious"])
        for category in set(gold_cats) | set(sys_cats):
            per_category[category].update(gold=gold_cats[category],
                                          tp=gold_cats[category] - missed_cats[category],
                                          system=sys_cats[category] - 0)
            per_category[category]["spurious"] += spurious_cats[category]
        misses += [f"{gold['doc']}: {m}" for m in scored["missed"]]
        spurious += [f"{gold['doc']}: {s}" for s in scored["spurious"]]
        if not required and sourced:
            quiet_docs.append(gold["doc"])
    return {
        "docs": len(golds),
        "category": prf(totals["tp_category"], totals["system"], totals["gold"]),
        "category_source": prf(totals["tp_source"], totals["system"], totals["gold"]),
        "category_source_target": prf(totals["tp"], totals["system"], totals["gold"]),
        "per_category": {c: {**dict(v), **prf(v["tp"], v["tp"] + v["spurious"], v["gold"])}
                         for c, v in sorted(per_category.items())},
        "misses": misses, "spurious": spurious,
        "events_in_eventless_docs": quiet_docs,
    }


# ------------------------------------------------------------------ English gold sets
def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in text if not unicodedata.combining(c)).casefold()))


_STOP = {"the", "of", "and", "a", "an", "s", "in", "to", "for", "its", "his", "her", "their"}


def actor_matches_code(actor: Actor | None, code: str | None, text: str | None,
                       document_text: str) -> bool:
    """A resolved actor against a gold CAMEO-style code ("RUSGOV", "USA") or actor text."""
    if actor is None:
        return False
    code = (code or "").strip("-").upper()
    if code and len(code) >= 3:
        prefix = code[:3]
        if (actor.cameo or "").upper().startswith(prefix) or (actor.country or "") == prefix:
            return True
    gold_words = set(_fold(text).split()) - _STOP
    if not gold_words:
        return False
    names = [actor.name, *actor.aliases, *(document_text[a:b] for a, b in actor.mentions)]
    actor_words = set(" ".join(_fold(n) for n in names).split()) - _STOP
    return bool(gold_words & actor_words)


def _as_list(value) -> list[dict]:
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    # a few gold records give a bare string ("diplomatic") instead of {actorText, code}
    return [{"actorText": v} if isinstance(v, str) else v for v in items]


def plover_records(path: Path) -> list[dict[str, Any]]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("text") and r.get("event") not in (None, "DOCUMENT")]


def evaluate_plover(path: Path, *, min_confidence: float = 0.0, limit: int | None = None) -> dict[str, Any]:
    records = plover_records(path)[:limit]
    documents = _analyze([Document(source=r["id"], text=r["text"], language="en",
                                   published=(r.get("date") or None)) for r in records], "md")
    hits = Counter()
    n_system = Counter()
    per_category: dict[str, Counter] = defaultdict(Counter)
    misses, spurious = [], []
    for record, document in zip(records, documents):
        keep_confident(document, min_confidence)
        gold_category = V05_TO_2021.get(record["event"], record["event"])
        sources, targets = _as_list(record.get("source")), _as_list(record.get("target"))
        events = document.events
        cats = {e.category for e in events}
        n_system["category"] += len(cats)
        n_system["source"] += len({(e.category, e.source) for e in events})
        n_system["target"] += len({(e.category, e.source, e.target) for e in events})
        per_category[gold_category]["gold"] += 1
        for c in cats:
            per_category[c]["system"] += 1

        def ok(actor_id, golds) -> bool:
            return any(actor_matches_code(document.actor(actor_id), g.get("code"),
                                          g.get("actorText"), document.text) for g in golds)

        in_category = [e for e in events if e.category == gold_category]
        level = {"category": bool(in_category),
                 "source": any(ok(e.source, sources) for e in in_category),
                 "target": any(ok(e.source, sources) and (not targets or ok(e.target, targets))
                               for e in in_category)}
        hits.update(k for k, v in level.items() if v)
        if level["category"]:
            per_category[gold_category]["tp"] += 1
        else:
            misses.append(f"{record['id']} {gold_category}: {record['text'][:120]}")
        spurious += [f"{record['id']} {c} (gold {gold_category})" for c in cats - {gold_category}]
    n_gold = len(records)
    return {
        "records": n_gold,
        "category": prf(hits["category"], n_system["category"], n_gold),
        "category_source": prf(hits["source"], n_system["source"], n_gold),
        "category_source_target": prf(hits["target"], n_system["target"], n_gold),
        "per_category": {c: {**dict(v), **prf(v["tp"], v["system"], v["gold"])}
                         for c, v in sorted(per_category.items())},
        "misses": misses, "spurious": spurious,
    }


_SENTENCE = re.compile(r'<Sentence\b([^>]*)/?>(.*?)(?=<Sentence\b|</Sentences>)', re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def petr2_records(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    records = []
    for attrs, body in _SENTENCE.findall(text):
        meta = dict(_ATTR.findall(attrs))
        sentence = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not sentence:
            continue
        codings = [dict(_ATTR.findall(c)) for c in re.findall(r"<EventCoding\b([^>]*)>", body)]
        codings = [c for c in codings if c.get("eventcode")]
        date = meta.get("date", "")
        records.append({"id": meta.get("id"), "text": " ".join(sentence.group(1).split()),
                        "published": f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None,
                        "codings": codings})
    return records


# CAMEO codes an announced yield ("would free 150 prisoners") as an intent to yield (035x,
# root 03); PLOVER keeps future CONCEDE and RETREAT as they are (coding.yaml).
_ANNOUNCED_YIELD = ("08", "03")


def _roots(event: Event) -> set[str]:
    """CAMEO roots an event stands for: PETR-2 codes an announced meeting as the meeting
    (040) where PLOVER codes the announcement (036, AGREE); both are accepted. So are both
    codings of an announced yield."""
    roots = {event.cameo[:2], (event.extra.get("intended_cameo") or event.cameo)[:2]}
    if event.modality == "future" and _ANNOUNCED_YIELD[0] in roots:
        roots.add(_ANNOUNCED_YIELD[1])
    return roots


def _statement_roots(document: Document) -> set[str]:
    """CAMEO 01/02 roots of the document's quotes (their speech act, quotes/speech_acts.py)."""
    return {quote.extra["cameo"][:2] for quote in document.quotes if quote.extra.get("cameo")}


def evaluate_petr2(path: Path, *, min_confidence: float = 0.0) -> dict[str, Any]:
    """Root agreement of events, and of events + statements: PETR-2 also codes statements
    and appeals (CAMEO 01/02), which are not events (PLOVER); Veilleur keeps them as the
    speech act of a quote. The second figure counts a quote's act as a coding of its
    sentence, in precision as in recall, so both are printed and neither hides the other."""
    records = petr2_records(path)
    documents = _analyze([Document(source=r["id"], text=r["text"], language="en",
                                   published=r["published"]) for r in records], "md")
    gold_total = quiet_ok = quiet = 0
    hits, n_system = Counter(), Counter()
    misses, spurious = [], []
    for record, document in zip(records, documents):
        keep_confident(document, min_confidence)
        roots = {r for e in document.events for r in _roots(e)}
        statements = _statement_roots(document)
        n_system["events"] += len({e.cameo[:2] for e in document.events})
        n_system["with_statements"] += len({e.cameo[:2] for e in document.events} | statements)
        gold_roots = {c["eventcode"][:2] for c in record["codings"]}
        if not record["codings"]:
            quiet += 1
            quiet_ok += not document.events
        for coding in record["codings"]:
            gold_total += 1
            root = coding["eventcode"][:2]

            def speaks_for(actor_id) -> bool:
                return actor_matches_code(document.actor(actor_id), coding.get("sourcecode"),
                                          None, document.text)

            matching = [e for e in document.events if root in _roots(e)]
            if matching:
                hits["root"] += 1
                hits["root_source"] += any(speaks_for(e.source) for e in matching)
                hits["with_statements"] += 1
            else:
                said = root in SPEECH_ROOTS and root in statements
                hits["with_statements"] += said
                misses.append(f"{record['id']} {coding['eventcode']}{' (a quote states it)' if said else ''}: "
                              f"{record['text'][:100]}")
        # an event none of whose roots the gold codes (one line per root)
        spurious += [f"{record['id']} root {r}" for r in sorted({e.cameo[:2] for e in document.events
                                                                 if not _roots(e) & gold_roots})]
        spurious += [f"{record['id']} statement root {r}" for r in sorted(statements - gold_roots - roots)]
    return {
        "sentences": len(records), "codings": gold_total,
        "root_agreement": round(hits["root"] / gold_total, 3) if gold_total else 1.0,
        "root": prf(hits["root"], n_system["events"], gold_total),
        "root_source": prf(hits["root_source"], n_system["events"], gold_total),
        "root_agreement_with_statements": (round(hits["with_statements"] / gold_total, 3)
                                           if gold_total else 1.0),
        "root_with_statements": prf(hits["with_statements"], n_system["with_statements"], gold_total),
        "no_event_sentences_kept_quiet": f"{quiet_ok}/{quiet}",
        "misses": misses, "spurious": spurious,
    }


def evaluate(sets: Iterable[str], *, min_confidence: float = 0.0, shared: Path | None = None,
             dev_gold: Path | None = None, size: str = "md") -> dict[str, Any]:
    shared = shared or shared_root()
    dev_gold = dev_gold or ROOT / "tests" / "gold-fr-dev"
    out: dict[str, Any] = {}
    for name in sets:
        if name == "fr":
            out.update(evaluate_french(shared, dev_gold, min_confidence=min_confidence, size=size))
        elif name == "plover":
            out["plover"] = evaluate_plover(shared / "eval" / "events" / "PLOVER_GSR_CAMEO.txt",
                                            min_confidence=min_confidence)
        elif name == "petr2":
            out["petr2"] = evaluate_petr2(shared / "eval" / "events" / "PETR2_GSR_validation.xml",
                                          min_confidence=min_confidence)
    return out


def _print(results: dict[str, Any], details: bool) -> None:
    from ..cli.common import out

    for name, r in results.items():
        out.print(f"[bold]{name}[/bold]")
        for level in ("category", "category_source", "category_source_target", "root", "root_source",
                      "root_with_statements"):
            if level in r:
                s = r[level]
                out.print(f"  {level:<24} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
        if "root_agreement" in r:
            out.print(f"  CAMEO root agreement     {r['root_agreement']:.3f} events only, "
                      f"{r['root_agreement_with_statements']:.3f} events + statements (quotes' "
                      f"speech acts)  (no-event sentences kept quiet {r['no_event_sentences_kept_quiet']})")
        if r.get("per_category"):
            out.print(f"  {'category':<12} {'gold':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}")
            for c, s in r["per_category"].items():
                out.print(f"  {c:<12} {s.get('gold', 0):>5} {s.get('tp', 0):>5} "
                          f"{s['precision']:>6.2f} {s['recall']:>6.2f} {s['f1']:>6.2f}")
        if details:
            for key in ("misses", "spurious", "events_in_eventless_docs"):
                for line in r.get(key) or []:
                    out.print(f"  {key[:-2] if key.endswith('es') else key}: {line}", markup=False)


def register(eval_app) -> None:
    import typer

    @eval_app.command("events")
    def events(
        sets: list[str] = typer.Option(list(SETS), "--set", "-s", help="Gold sets: fr, plover, petr2"),
        min_confidence: float = typer.Option(0.0, "--min-confidence", help="Ignore events below this confidence"),
        details: bool = typer.Option(False, "--details", help="List misses and spurious events"),
        as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
        size: str = typer.Option("md", "--size", help="French model size: md or sm"),
    ) -> None:
        """Precision, recall and F1 of the event coder on the seed, French dev gold and the
        English PLOVER and PETR-2 gold records."""
        from ..cli.common import EXIT_USAGE, out, report_error
        from ..errors import VeilleurError

        unknown = [s for s in sets if s not in SETS]
        if unknown or not shared_root().exists():
            report_error(VeilleurError("E901", str(shared_root()),
                                       detail=f"unknown set {unknown}" if unknown else "no shared folder"))
            raise typer.Exit(EXIT_USAGE)
        results = evaluate(sets, min_confidence=min_confidence, size=size)
        if as_json:
            out.print_json(json.dumps(results, ensure_ascii=False))
            return
        _print(results, details)
