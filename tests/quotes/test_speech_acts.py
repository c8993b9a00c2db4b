"""The CAMEO speech act of a quote (quotes/speech_acts.py, data/speech_acts.yaml)."""
from __future__ import annotations

import pytest

from veilleur.errors import VeilleurError
from veilleur.events.cameo import cameo_code
from veilleur.ingest import document_from_text
from veilleur.pipeline import analyze_document
from veilleur.quotes.lexicon import load_lexicon
from veilleur.quotes.speech_acts import SPEECH_ROOTS, class_codes, parse_class_codes

LANGUAGES = ("fr", "en")


def _quote_codes(text: str, language: str) -> list[tuple[str | None, str | None]]:
    document = analyze_document(document_from_text(text, "<test>", language=language))
    return [(q.extra.get("cue_lemma"), q.to_dict().get("cameo")) for q in document.quotes]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cue_class_has_a_row(language):
    lexicon = load_lexicon(language)
    classes = {v.cls for v in lexicon.verbs.values()} | {m.cls for m in lexicon.markers}
    assert classes <= set(class_codes()), classes - set(class_codes())


@pytest.mark.parametrize("language", LANGUAGES)
def test_codes_are_cameo_statements_or_appeals(language):
    codes = [c for c in class_codes().values() if c]
    codes += [v.cameo for v in load_lexicon(language).verbs.values() if v.cameo]
    for code in codes:
        assert code[:2] in SPEECH_ROOTS and cameo_code(code).code == code


def test_a_code_that_is_an_event_is_refused():
    with pytest.raises(VeilleurError) as error:
        parse_class_codes({"classes": {"accuse": "112"}}, "speech_acts.yaml")
    assert error.value.code == "E402"


@pytest.mark.parametrize("text, language, lemma, code", [
    ("\"We will rebuild the bridge,\" the mayor of Tulsa said.", "en", "say", "010"),
    ("The transport minister admitted that the inspections had been skipped.", "en", "admit", "015"),
    ("The port authority denied that the ship had been seized.", "en", "deny", "016"),
    ("\"The harvest will be poor,\" the farmers' union warned.", "en", "warn", "012"),
    ("\"Leave the coast tonight,\" the governor of Florida urged.", "en", "urge", "020"),
    ("« Nous rouvrirons l'usine », a déclaré la présidente de la région.", "fr", "déclarer", "010"),
    ("Le préfet a reconnu que l'alerte avait été donnée trop tard.", "fr", "reconnaître", "015"),
    ("« Votez dimanche », a invité le maire de Brest.", "fr", "inviter", "020"),
])
def test_quote_carries_its_speech_act(text, language, lemma, code):
    assert (lemma, code) in _quote_codes(text, language)


def test_acts_that_are_events_carry_no_speech_act():
    # an accusation is an event (CAMEO 112), coded by the events stage
    codes = _quote_codes("\"They are stealing the election,\" the opposition leader accused.", "en")
    assert codes and all(code is None for _, code in codes)
