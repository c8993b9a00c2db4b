"""English generic agents, demonym adjectives and reported-speech pronouns
(actors/english_agents.py, data/agents_en.yaml)."""
from __future__ import annotations

import pytest

from veilleur import Document
from veilleur.actors.english_agents import agents
from veilleur.pipeline import analyze_documents


def _analyze(texts: list[str], language: str = "en") -> list[Document]:
    return list(analyze_documents([Document(source=f"<t{i}>", text=t, language=language)
                                   for i, t in enumerate(texts)]))


def _actor_of(document: Document, phrase: str):
    start = document.text.index(phrase)
    for actor in document.actors:
        if any(a <= start < b for a, b in actor.mentions):
            return actor
    return None


def test_every_data_example_links_its_phrase():
    examples = agents()["examples"]
    assert len(examples) >= 5
    documents = _analyze([text for text, _, _ in examples])
    failures = []
    for (text, phrase, cameo), document in zip(examples, documents):
        actor = _actor_of(document, phrase)
        if actor is None or actor.cameo != cameo:
            failures.append((text, phrase, cameo, actor and actor.cameo))
    assert failures == []


def test_agent_without_country_is_a_provisional_actor_of_its_kind():
    document = _analyze(["The rebels attacked the convoy."])[0]
    actor = _actor_of(document, "rebels")
    assert actor is not None and actor.kind == "rebel_group"


def test_own_forces_and_named_complements_are_left_alone():
    withdraw, army = _analyze(["Syria withdrew its troops from Lebanon.",
                               "The army of Syria shelled Homs."])
    assert _actor_of(withdraw, "troops") is None
    assert _actor_of(army, "army") is None or _actor_of(army, "army").country == "SYR"


def test_demonym_adjective_on_any_noun_names_the_state():
    document = _analyze(["Serbia rejected an Australian ultimatum."])[0]
    assert _actor_of(document, "Australian").id == "gov:AUS"


def test_plural_demonym_names_the_people():
    document = _analyze(["Palestinians blamed Israel for the bombing."])[0]
    assert _actor_of(document, "Palestinians").country == "PSE"


@pytest.mark.parametrize("text, pronoun, phrase", [
    ("Jordan said it would not accept more refugees.", "it", "Jordan"),
    ("The Afghan rebels said they would free the hostages.", "they", "Afghan rebels"),
    # the reporting verb is the second conjunct: its subject is the first conjunct's
    ("Chad rejected the Libyan proposal and said it opposed any foreign mission.", "it", "Chad"),
])
def test_pronoun_of_a_reported_clause_is_the_speaker(text, pronoun, phrase):
    document = _analyze([text])[0]
    speaker = _actor_of(document, phrase)
    start = document.text.index(f" {pronoun} ") + 1
    assert speaker is not None and (start, start + len(pronoun)) in speaker.mentions


def test_he_is_not_a_country():
    document = _analyze(["Jordan said he would not accept more refugees."])[0]
    start = document.text.index(" he ") + 1
    assert not any((start, start + 2) in a.mentions for a in document.actors)


def test_french_documents_are_untouched():
    document = _analyze(["Les rebelles ont attaqué le convoi."], "fr")[0]
    # French unnamed groups are actors/groups.py's (a provisional "x:rebelle"), never the
    # English module's institution ids
    assert all(not a.id.startswith("reb:") for a in document.actors)


def test_coordinated_demonyms_name_each_state():
    document = _analyze(["French and German diplomats criticized the plan."])[0]
    assert _actor_of(document, "French").id == "gov:FRA"
    assert _actor_of(document, "German diplomats").id == "gov:DEU"


def test_two_word_demonym():
    document = _analyze(["South Korean soldiers crossed the border."])[0]
    assert _actor_of(document, "soldiers").country == "KOR"
