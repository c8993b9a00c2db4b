"""The actors stage: link every actor reference of a document to the knowledge base."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import pipeline_language
from . import english_agents, plural_pronouns, reported_pronouns
from .kb import load_kb
from .linker import DocumentLinker

if TYPE_CHECKING:
    from ..pipeline import Analysis


def run(analysis: "Analysis") -> None:
    """Fill ``analysis.document.actors`` and ``analysis.mentions``."""
    document = analysis.document
    linker = DocumentLinker(load_kb(), document, analysis.doc, pipeline_language(document.language))
    link_all(linker)
    for mention in linker.mentions():
        analysis.mentions.add(mention)
    document.actors = linker.contract_actors()


def link_all(linker: DocumentLinker) -> None:
    """The linker's own passes, then those that only touch what is still free."""
    linker.link()
    english_agents.link(linker)      # English generic agents
    reported_pronouns.link(linker)   # "Syria said it would …", « Samsung a dit qu'il … »
    plural_pronouns.link(linker)     # « Des manifestantes … Elles ont dénoncé »
