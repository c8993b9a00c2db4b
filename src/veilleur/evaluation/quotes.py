"""``veilleur eval quotes``: quotes and speakers against French gold and PolNeAR.

- French gold (the seed in ../shared/eval/gold-fr, the project's dev gold in tests/gold-fr-dev)
  scored by ../shared/tools/score.py: quote precision/recall/F1 and speaker accuracy.
- PolNeAR test (../shared/eval/quotes/polnear-test, English, brat standoff): content spans
  matched one-to-one, at exact \\w+-token match and at ≥ 50 % token overlap (shared tokens /
  tokens of the longer span), precision/recall/F1; source accuracy on matched quotes. Reported
  for speech attributions (the gold cue is a speech verb of quotes/data/speech_verbs_en.yaml
  outside class "opinion", a marker such as "according to", or a colon) and for all
  attributions (thoughts and beliefs included). For the speech subset, a system quote that
  matches a non-speech attribution is neither right nor wrong.
One annotation file per article is read (the first by name when annotators overlap).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

OVERLAP = 0.5
_TOKEN = re.compile(r"\w+")


# --- French gold through the shared scorer ---------------------------------------------

def score_french(gold_dir: Path, inputs: list[Path], scorer: Path) -> dict:
    """Analyse ``inputs`` and score their quotes against ``gold_dir`` with score.py."""
    from .. import analyze_many

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for item in analyze_many([str(p) for p in inputs]):
            if hasattr(item, "to_json"):
                fh.write(item.to_json() + "\n")
        out = fh.name
    result = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_dir), "--system", out],
                            capture_output=True, text=True, check=True)
    report = json.loads(result.stdout.rsplit("\n", 2)[0])
    quotes = report["quotes"]
    return {"docs": report["docs"], "gold": quotes["gold"], "system": quotes["system"],
            "precision": quotes["prf"][0], "recall": quotes["prf"][1], "f1": quotes["prf"][2],
            "speaker_accuracy": quotes["speaker_acc"], "f1_with_speaker": quotes["prf_with_speaker"][2]}


def dev_inputs(gold_dir: Path, corpus: Path) -> list[Path]:
    return [corpus / f"{p.stem}.html" for p in sorted(gold_dir.glob("*.json"))
            if (corpus / f"{p.stem}.html").exists()]


# --- PolNeAR ----------------------------------------------------------------------------

@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: str = ""
    speech: bool = False


def parse_ann(text: str) -> list[Attribution]:
    """Attributions of one brat .ann file (Discard and Discuss spans are not attributions)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            segments = [tuple(int(x) for x in seg.split()) for seg in offsets.split(";")]
            spans[parts[0]] = (label, segments, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    found = []
    for event in events:
        contents = [spans[v][1] for k, v in event.items() if k.startswith("Content") and v in spans]
        if not contents:
            continue
        source = spans[event["Source"]][1] if event.get("Source") in spans else []
        cue = spans[event["Cue"]][2] if event.get("Cue") in spans else ""
        found.append(Attribution([s for c in contents for s in c], source, cue))
    return found


def token_set(text: str, segments) -> frozenset[int]:
    """The starts of the \\w+ tokens inside ``segments`` (character spans of ``text``)."""
    return frozenset(m.start() for s, e in segments for m in _TOKEN.finditer(text, s, e))


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def mark_speech(attributions: list[Attribution], nlp) -> None:
    """Speech attributions: the cue holds a speech verb (not an opinion), a marker or a colon."""
    from ..quotes.lexicon import load_lexicon

    lexicon = load_lexicon("en")
    markers = {m.text.lower() for m in lexicon.markers}
    cues = [a.cue for a in attributions]
    for attribution, doc in zip(attributions, nlp.pipe(cues)):
        cue = attribution.cue.strip().lower()
        verbs = [lexicon.verb(t) for t in doc]
        attribution.speech = (cue == ":" or any(m in cue for m in markers)
                              or any(v is not None and v.cls != "opinion" for v in verbs))


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    tp: int = 0
    source_ok: int = 0

    def as_dict(self) -> dict:
        p = self.tp / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"gold": self.gold, "system": self.system, "tp": self.tp, "precision": round(p, 4),
                "recall": round(r, 4), "f1": round(f, 4),
                "source_accuracy": round(self.source_ok / self.tp, 4) if self.tp else 0.0}


def _source_ok(text: str, gold: Attribution, quote) -> bool:
    if not gold.source:
        return quote.speaker_span is None and quote.speaker is None
    if quote.speaker_span is None:
        return False
    gold_tokens = token_set(text, gold.source)
    if gold_tokens & token_set(text, [quote.speaker_span]):
        return True
    # The same person named elsewhere (a speaker continued from an earlier quote).
    gold_last = _TOKEN.findall(" ".join(text[s:e] for s, e in gold.source).lower())[-1:]
    said = _TOKEN.findall((quote.extra.get("speaker_text") or "").lower())[-1:]
    return bool(gold_last) and gold_last == said


def match(text: str, gold: list[Attribution], quotes, exact: bool) -> dict[int, int]:
    """One-to-one matches system index → gold index, best overlaps first."""
    gold_tokens = [token_set(text, g.content) for g in gold]
    pairs = []
    for i, q in enumerate(quotes):
        tokens = token_set(text, [q.span])
        for j, g in enumerate(gold_tokens):
            score = overlap(tokens, g)
            if (exact and tokens == g and tokens) or (not exact and score >= OVERLAP):
                pairs.append((score, i, j))
    matched: dict[int, int] = {}
    used = set()
    for score, i, j in sorted(pairs, reverse=True):
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def score_polnear(root: Path, limit: int | None = None) -> dict:
    from ..ingest import document_from_text
    from ..nlp import load_pipeline
    from ..pipeline import analyze_documents

    nlp = load_pipeline("en")
    articles = []
    for text_path in sorted((root / "text").glob("*.txt"))[:limit]:
        annotations = sorted((root / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        gold = parse_ann(annotations[0].read_text(encoding="utf-8"))
        mark_speech(gold, nlp)
        articles.append((text_path, text, gold))
    documents = [document_from_text(text, str(path), language="en") for path, text, _ in articles]
    tallies = {f"{subset}_{mode}": Tally() for subset in ("speech", "all") for mode in ("exact", "overlap")}
    started = time.perf_counter()
    for (path, text, gold), document in zip(articles, analyze_documents(documents)):
        if len(document.text) != len(text):
            # Cleaning maps one character to one (’ → '); anything else breaks the offsets.
            raise ValueError(f"{path}: cleaning changed the text's length, offsets would not match")
        text = document.text
        for mode in ("exact", "overlap"):
            matched = match(text, gold, document.quotes, mode == "exact")
            for subset in ("speech", "all"):
                tally = tallies[f"{subset}_{mode}"]
                wanted = [g.speech or subset == "all" for g in gold]
                tally.gold += sum(wanted)
                for i, quote in enumerate(document.quotes):
                    j = matched.get(i)
                    if j is None:
                        tally.system += 1
                    elif wanted[j]:
                        tally.system += 1
                        tally.tp += 1
                        tally.source_ok += _source_ok(text, gold[j], quote)
    seconds = time.perf_counter() - started
    report = {name: t.as_dict() for name, t in tallies.items()}
    report["articles"] = len(articles)
    report["seconds"] = round(seconds, 1)
    return report


# --- command ----------------------------------------------------------------------------

def shared_root() -> Path:
    return Path(__file__).resolve().parents[3].parent / "shared"


def project_root() -> Path:
    return Path(__file__).resolve().parents[3]


def run_all(shared: Path, limit: int | None = None) -> dict:
    scorer = shared / "tools" / "score.py"
    seed = shared / "seeds" / "000_f95a6ceda9409001.txt"
    dev_gold = project_root() / "tests" / "gold-fr-dev"
    report: dict = {"seed": score_french(shared / "eval" / "gold-fr", [seed], scorer)}
    inputs = dev_inputs(dev_gold, shared / "corpora" / "wikinews-fr-2012")
    if inputs:
        report["dev_fr"] = score_french(dev_gold, inputs, scorer)
    report["polnear"] = score_polnear(shared / "eval" / "quotes" / "polnear-test", limit)
    return report


def register(eval_app) -> None:
    import typer

    @eval_app.command("quotes")
    def quotes_command(
        shared: Path = typer.Option(None, "--shared", help="The shared folder (default ../shared)"),
        limit: int = typer.Option(None, "--limit", help="Only the first N PolNeAR articles"),
    ) -> None:
        """Quotes: seed and French dev gold (score.py), PolNeAR content spans and sources."""
        root = shared or shared_root()
        if not root.exists():
            from ..errors import VeilleurError
            raise VeilleurError("E901", str(root), detail="the shared folder is missing")
        typer.echo(json.dumps(run_all(root, limit), indent=1))
