"""``veilleur eval extraction``: HTML article extraction, Veilleur next to plain trafilatura.

Two benchmarks under ``../shared/eval/extraction``:
- scrapinghub: body only, scored the benchmark's published way (4-token shingles, per-page
  precision/recall averaged, F1 from the means);
- naeb: the same body score, plus title, publication date and author accuracy.

Both extractors run in the same process on the same pages, so the comparison holds on any
machine. Veilleur's body is the text of its body blocks (what the analysis reads as the
article), its metadata the Document's title, published date and meta["author"].
"""
from __future__ import annotations

import gzip
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

SHINGLE = 4
_TOKEN = re.compile(r"\w+")


@dataclass
class Extracted:
    body: str
    title: str | None = None
    date: str | None = None
    author: str | None = None


@dataclass
class Scores:
    """Running sums for one extractor on one benchmark."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    title_hits: list[bool] = field(default_factory=list)
    date_hits: list[bool] = field(default_factory=list)
    author_hits: list[bool] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0

    def add_body(self, truth: str, predicted: str) -> None:
        precision, recall = body_precision_recall(truth, predicted)
        if precision is not None:
            self.precisions.append(precision)
        if recall is not None:
            self.recalls.append(recall)

    def as_dict(self) -> dict[str, float | int]:
        p = _mean(self.precisions)
        r = _mean(self.recalls)
        out: dict[str, float | int] = {
            "pages": self.pages, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "seconds": round(self.seconds, 1),
        }
        for name, hits in (("title", self.title_hits), ("date", self.date_hits),
                           ("author", self.author_hits)):
            if hits:
                out[f"{name}_accuracy"] = round(_mean(hits), 4)
        return out


def _mean(values: list) -> float:
    return sum(values) / len(values) if values else 0.0


def shingles(text: str) -> Counter:
    """The multiset of 4-token shingles (one shorter shingle for a shorter text)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def body_precision_recall(truth: str, predicted: str) -> tuple[float | None, float | None]:
    """The benchmark's per-page precision and recall (None when undefined for the page)."""
    true_sh, pred_sh = shingles(truth), shingles(predicted)
    if true_sh == pred_sh:
        return 1.0, 1.0
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_TOKEN.findall(text))


def title_matches(truth: str | None, predicted: str | None) -> bool:
    return _norm(truth) == _norm(predicted)


def author_names(value: str | None) -> set[str]:
    """A by-line as a set of normalised names ("A, B and C" → {a, b, c})."""
    parts = re.split(r"\s*(?:,|;|\band\b|\bet\b|&|\|)\s*", value or "", flags=re.I)
    return {_norm(p) for p in parts if _norm(p)}


def authors_match(truth: str | None, predicted: str | None) -> bool:
    return author_names(truth) == author_names(predicted)


def read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as fh:
        return fh.read()


# --- extractors -----------------------------------------------------------------------

Extractor = Callable[[bytes, str | None], Extracted]


def trafilatura_extractor(html: bytes, url: str | None) -> Extracted:
    """Plain trafilatura, defaults only: the reference the project must match or beat."""
    import trafilatura

    body = trafilatura.extract(html, url=url) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return Extracted(body)
    return Extracted(body, meta.title, meta.date, meta.author)


def veilleur_extractor(html: bytes, url: str | None) -> Extracted:
    """Veilleur's ingest on the page as it would receive it from a fetch of ``url``."""
    from ..ingest import RawInput, document_from_raw
    from ..errors import InputError

    raw = RawInput(data=html, media_type="text/html", url=url)
    try:
        documents = list(document_from_raw(raw, url or "<html>"))
    except InputError:
        return Extracted("")
    if not documents or isinstance(documents[0], InputError):
        return Extracted("")
    document = documents[0]
    body = "\n\n".join(document.text[b.span[0]:b.span[1]] for b in document.blocks
                       if b.kind in BODY_KINDS)
    return Extracted(body, document.title, document.published, document.meta.get("author"))


# Blocks that count as the article body: captions of quoted audio and bylines stay out of
# the analysed body, but photo captions are part of what benchmarks call the body.
BODY_KINDS = ("body", "caption")

EXTRACTORS: dict[str, Extractor] = {"veilleur": veilleur_extractor,
                                    "trafilatura": trafilatura_extractor}


# --- benchmarks -------------------------------------------------------------------------

def scrapinghub_pages(root: Path) -> Iterator[tuple[bytes, str | None, dict]]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, item in sorted(truth.items()):
        path = root / "html" / f"{page_id}.html.gz"
        if path.exists():
            yield read_gz(path), item.get("url"), {"body": item.get("articleBody") or ""}


def naeb_pages(root: Path) -> Iterator[tuple[bytes, str | None, dict]]:
    articles = json.loads((root / "articles.json").read_text(encoding="utf-8"))
    for name, item in sorted(articles.items()):
        path = root / "html" / f"{name}.html.gz"
        if path.exists():
            date = item.get("date") or ""
            yield read_gz(path), item.get("url"), {
                "body": item.get("articleBody") or "", "title": item.get("title"),
                # a few gold dates are "n/a": no date to check on those pages
                "date": date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None,
                "author": item.get("authors") or "",
            }


BENCHMARKS = {"scrapinghub": scrapinghub_pages, "naeb": naeb_pages}


def evaluate(benchmark: str, root: Path, extractors: dict[str, Extractor] | None = None,
             limit: int | None = None) -> dict[str, dict]:
    """Scores per extractor on one benchmark, every extractor run on every page in turn."""
    extractors = extractors or EXTRACTORS
    scores = {name: Scores() for name in extractors}
    for i, (html, url, gold) in enumerate(BENCHMARKS[benchmark](root)):
        if limit is not None and i >= limit:
            break
        for name, extract in extractors.items():
            started = time.perf_counter()
            got = extract(html, url)
            s = scores[name]
            s.seconds += time.perf_counter() - started
            s.pages += 1
            s.add_body(gold["body"], got.body)
            if "title" in gold:
                s.title_hits.append(title_matches(gold["title"], got.title))
                s.author_hits.append(authors_match(gold["author"], got.author))
                if gold["date"]:
                    s.date_hits.append((got.date or "")[:10] == gold["date"])
    return {name: s.as_dict() for name, s in scores.items()}


def default_root() -> Path:
    """$VEILLEUR_SHARED, else ../shared beside the working directory or the checkout."""
    import os

    if os.environ.get("VEILLEUR_SHARED"):
        return Path(os.environ["VEILLEUR_SHARED"]) / "eval" / "extraction"
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared" / "eval" / "extraction"
        if candidate.exists():
            return candidate
    return Path.cwd().parent / "shared" / "eval" / "extraction"


def register(eval_app) -> None:
    import typer

    @eval_app.command("extraction")
    def extraction(
        root: Path = typer.Option(None, "--root", help="Folder holding scrapinghub/ and naeb/ "
                                  "(default: ../shared/eval/extraction or $VEILLEUR_SHARED)"),
        benchmark: list[str] = typer.Option(list(BENCHMARKS), "--benchmark", "-b",
                                            help="Benchmarks to run"),
        limit: int = typer.Option(None, "--limit", help="Only the first N pages of each"),
        as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
    ) -> None:
        """Score Veilleur's HTML extraction next to plain trafilatura."""
        from ..cli.common import EXIT_USAGE, out, report_error
        from ..errors import VeilleurError

        base = root or default_root()
        results = {}
        for name in benchmark:
            folder = base / name
            if name not in BENCHMARKS or not folder.exists():
                report_error(VeilleurError("E901", str(folder), detail=f"no benchmark {name} here"))
                raise typer.Exit(EXIT_USAGE)
            results[name] = evaluate(name, folder, limit=limit)
        if as_json:
            out.print_json(json.dumps(results))
            return
        for name, by_extractor in results.items():
            out.print(f"[bold]{name}[/bold]")
            for extractor, s in by_extractor.items():
                extra = "  ".join(f"{k.split('_')[0]} {s[k]:.3f}" for k in
                                  ("title_accuracy", "date_accuracy", "author_accuracy") if k in s)
                out.print(f"  {extractor:<12} F1 {s['f1']:.3f}  P {s['precision']:.3f}  "
                          f"R {s['recall']:.3f}  {extra}  ({s['pages']} pages, {s['seconds']}s)")
