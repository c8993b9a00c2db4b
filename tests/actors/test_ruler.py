"""The KB ruler: names found on folded words, with case checked against the data."""
from __future__ import annotations

from veilleur.actors.ruler import gazetteer
from veilleur.nlp import load_pipeline


def _found(kb, text, language="fr"):
    doc = load_pipeline(language)(text)
    return {doc[m.start:m.end].text: m.actor_ids for m in gazetteer(kb).matches(doc)}


def test_accents_case_and_elision_are_ignored(fixture_kb):
    found = _found(fixture_kb, "L'Otan et l'UE soutiennent la Biélorussie, pas le BELARUS.")
    assert found["Otan"] == ["nato"] and found["UE"] == ["eu"]
    assert found["Biélorussie"] == ["gov:BLR"] and found["BELARUS"] == ["gov:BLR"]


def test_short_acronyms_need_capitals_and_names_a_capital_letter(fixture_kb):
    found = _found(fixture_kb, "Il a eu peur, dit-il en france.")
    assert "eu" not in found and "france" not in found


def test_longest_name_wins(fixture_kb):
    found = _found(fixture_kb, "La Fédération de Russie a voté.")
    assert found == {"Fédération de Russie": ["gov:RUS"]}


def test_spacy_component_adds_missing_entities():
    import spacy

    from veilleur.actors import ruler

    nlp = spacy.blank("fr")
    nlp.add_pipe("veilleur_actor_ruler")
    assert isinstance(nlp.get_pipe("veilleur_actor_ruler"), ruler.ActorRuler)
    doc = nlp("Moscou et l'Otan.")
    assert {e.text for e in doc.ents} >= {"Otan"}


def test_spacy_component_after_the_parser_links_actors():
    from veilleur.actors.ruler import ActorRuler

    # The component called on a parsed Doc, as it runs after the parser in a pipeline.
    doc = ActorRuler("fr")(load_pipeline("fr")("Vladimir Poutine a reçu Alexandre Loukachenko à Moscou."))
    mentions = doc.user_data["veilleur_mentions"]
    assert {doc.text[m.start:m.end] for m in mentions} >= {"Vladimir Poutine", "Alexandre Loukachenko"}
    assert {a["country"] for a in doc.user_data["veilleur_actors"]} >= {"RUS", "BLR"}


def test_words_that_are_only_function_words_or_camel_case_acronyms_stay_words(tmp_path):
    from veilleur.actors.kb import build_kb

    (tmp_path / "organizations.yaml").write_text(
        "- {id: lashkar, kind: armed_group, names: {en: [Lashkar-e-Taiba]}, acronyms: [LeT]}\n", encoding="utf-8")
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "p.yaml").write_text(
        "- {id: wang-yi, kind: person, names: {en: Wang Yi, ru: Ван И}}\n"
        "- {id: juan-carlos, kind: person, names: {fr: Juan Carlos Ier, en: Juan Carlos I}}\n", encoding="utf-8")
    kb = build_kb([tmp_path])
    assert "i" not in kb.surnames and "ier" not in kb.surnames
    found = _found(kb, "Let me say I am here, said the LeT spokesman.", "en")
    assert found == {"LeT": ["lashkar"]}
