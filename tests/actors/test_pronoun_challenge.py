"""Pronoun challenge set (data/pronoun_challenge.yaml): invented French and English news
paragraphs, each with a pronoun and the actor it stands for, or nobody. Cases the resolver
still gets wrong are strict xfails that carry the reason."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from veilleur.actors.linker import DocumentLinker
from veilleur.actors.stage import link_all
from veilleur.document import Block, Document
from veilleur.nlp import load_pipeline
from veilleur.pipeline import make_spacy_doc

CASES = yaml.safe_load((Path(__file__).parent / "data" / "pronoun_challenge.yaml").read_text(encoding="utf-8"))


def _blocks(title: str | None, text: str) -> tuple[str, list[Block]]:
    """The title (if any) and each blank-line separated paragraph as blocks."""
    full, blocks = "", []
    if title:
        full = title + "\n\n"
        blocks.append(Block("title", (0, len(title))))
    for paragraph in text.split("\n\n"):
        if blocks and not full.endswith("\n\n"):
            full += "\n\n"
        blocks.append(Block("body", (len(full), len(full) + len(paragraph))))
        full += paragraph
    return full, blocks


def _analyse(kb, text: str, language: str, blocks: list[Block]) -> DocumentLinker:
    """Every pass of the actors stage (plural and reported pronouns included)."""
    document = Document(source="<test>", text=text, language=language, blocks=blocks)
    nlp = load_pipeline(language)
    linker = DocumentLinker(kb, document, nlp(make_spacy_doc(nlp, document)), language)
    link_all(linker)
    return linker


def _token_span(linker, text: str, nth: int) -> tuple[int, int]:
    hits = [t for t in linker.doc if t.text.lstrip("-") == text]  # « a-t-il »: "-il"
    assert len(hits) >= nth, f"pronoun {text!r} #{nth} is not a token"
    token = hits[nth - 1]
    return token.idx, token.idx + len(token.text)


def _actor_over(linker, start: int, end: int, pronoun: bool) -> str | None:
    for m in linker.mentions():
        if m.start < end and start < m.end and (m.via == "pronoun") == pronoun:
            return m.actor_id
    return None


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        yield pytest.param(case, id=f"{case['cause']}:{case['id']}", marks=marks)


def test_the_challenge_set_is_broad():
    causes = {c["cause"] for c in CASES}
    assert len(CASES) >= 60 and {"subject_continuity", "main_person", "gender", "number", "institution",
                                 "incise", "cataphora", "unresolved", "reflexive", "object"} <= causes
    assert len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", list(_params()))
def test_pronoun_antecedent(fixture_kb, case):
    text, blocks = _blocks(case.get("title"), case["text"])
    linker = _analyse(fixture_kb, text, case["lang"], blocks)
    start, end = _token_span(linker, case["pronoun"], case.get("nth", 1))
    got = _actor_over(linker, start, end, pronoun=True)
    if case["expect"] is None:
        assert got is None
        return
    at = text.index(case["expect"])
    wanted = _actor_over(linker, at, at + len(case["expect"]), pronoun=False)
    assert wanted is not None, f"the antecedent {case['expect']!r} is not linked"
    assert got == wanted
