"""Quote types, cues and speakers on French and English sentences (full analysis)."""
from __future__ import annotations

from veilleur.document import Block
from veilleur.ingest import document_from_text
from veilleur.pipeline import analyze_document, run_stages, Analysis, make_spacy_doc
from veilleur.nlp import load_pipeline


def _quotes(text, language="fr"):
    return analyze_document(document_from_text(text, "<t>", language=language)).quotes


def _one(text, language="fr"):
    quotes = _quotes(text, language)
    assert len(quotes) == 1, [q.to_dict() for q in quotes]
    return quotes[0]


def test_direct_quote_with_inverted_incise_and_pronoun():
    q = _one("« Nous ne céderons pas », a-t-il déclaré devant la presse.")
    assert (q.type, q.text, q.cue, q.extra["cue_lemma"]) == ("direct", "Nous ne céderons pas", "a-t-il déclaré", "déclarer")


def test_partial_quote_inherits_governing_cue_and_subject():
    q = _one("Sergueï Lavrov dénonce le « comportement illégal » du conseil.")
    assert q.type == "partial" and "comportement illégal" in q.text
    assert q.extra["speaker_text"] == "Sergueï Lavrov" and q.extra["cue_lemma"] == "dénoncer"
    assert q.extra["quoted_spans"]


def test_indirect_speech_with_que():
    q = _one("Le maire a affirmé que la situation était sous contrôle.")
    assert (q.type, q.text, q.extra["speaker_text"]) == ("indirect", "la situation était sous contrôle", "Le maire")


def test_selon_marker_and_according_to():
    q = _one("Selon le ministère, trois soldats ont été tués.")
    assert q.text == "trois soldats ont été tués" and q.extra["cue_lemma"] == "selon"
    q = _one("Three soldiers were killed, according to officials.", "en")
    assert q.text == "Three soldiers were killed" and q.extra["speaker_text"] == "officials"


def test_unmarked_inverted_incise():
    q = _one("Le pays est au bord de la crise, estime la présidente du Sénat.")
    assert q.type == "indirect" and q.text.startswith("Le pays est au bord")
    assert q.extra["speaker_text"].startswith("la présidente")


def test_participle_after_comma_is_no_incise():
    quotes = _quotes("Le président a changé de discours, dénonçant désormais un complot.")
    assert all(q.extra.get("detector") != "incise" for q in quotes)


def test_english_incise_and_lead_in():
    q = _one('"We will not give in," the minister said on Monday.', "en")
    assert (q.type, q.text, q.extra["speaker_text"]) == ("direct", "We will not give in", "the minister")
    q = _one("He told reporters: “This is over.”", "en")
    assert q.type == "direct" and q.text == "This is over." and q.extra["cue_lemma"] == "tell"


def test_colon_lead_in_without_verb():
    q = _one("Emmanuel Macron : « Nous sommes en guerre ».")
    assert q.type == "direct" and q.extra["speaker_text"].startswith("Emmanuel")


def test_scare_quotes_and_names_of_works_are_not_quotes():
    assert _quotes("Le gouvernement prépare une réforme dite « de simplification » du code.") == []
    assert _quotes("Le film « La Haine » ressort en salles.") == []


def test_quote_split_by_its_incise_is_one_quotation():
    q = _one("“We are ready,” she said. “We have always been ready.”", "en")
    assert q.text.startswith("We are ready") and q.text.endswith("always been ready.")


def test_floating_quote_continues_the_previous_speaker():
    text = ("Vladimir Poutine a déclaré : « Nous ne laisserons pas faire. »\n\n"
            "« La Russie défendra ses intérêts. »")
    quotes = _quotes(text)
    assert len(quotes) == 2
    assert quotes[1].extra.get("speaker_via") == "previous_quote"
    assert quotes[1].speaker == quotes[0].speaker and quotes[0].speaker is not None


def test_unbalanced_mark_does_not_swallow_the_article():
    text = "Le ministre a déclaré : « Nous irons jusqu'au bout.\n\nLe lendemain, la grève a repris."
    quotes = _quotes(text)
    assert quotes and all("grève" not in q.text for q in quotes)


def test_title_block_quote_is_a_title_quote():
    text = "Macron : « Nous sommes en guerre »\n\nLe président a parlé hier soir."
    document = document_from_text(text, "<t>", language="fr")
    document.blocks[0].kind = "title"
    quotes = analyze_document(document).quotes
    assert [q.type for q in quotes] == ["title"]


def test_caption_attributes_the_quotation_before_it_to_its_speaker_not_the_journalist():
    quotation = "Toutes ces personnes sont actuellement en danger et ne savent pas de quoi leur avenir sera fait."
    caption = "Katsiaryna Shmatsina du Centre d'études stratégiques Anastasia Becchio"
    text = f"{quotation} {caption}"
    document = document_from_text(text, "<t>", language="fr")
    start = len(quotation) + 1
    speaker_end = start + len("Katsiaryna Shmatsina")
    journalist_start = text.index("Anastasia")
    document.blocks = [Block("body", (0, len(quotation))),
                       Block("caption", (start, len(text)), {
                           "speaker": {"name": "Katsiaryna Shmatsina", "span": [start, speaker_end]},
                           "affiliation": None,
                           "journalist": {"name": "Anastasia Becchio", "span": [journalist_start, len(text)]}})]
    nlp = load_pipeline("fr")
    analysis = Analysis(document, nlp(make_spacy_doc(nlp, document)))
    quotes = run_stages(analysis).quotes
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.type, q.cue, q.text) == ("direct", "caption", quotation)
    assert q.extra["speaker_text"] == "Katsiaryna Shmatsina"
    assert q.speaker is None or "becchio" not in q.speaker


def test_french_quotes_after_an_incise_stay_two_quotations():
    quotes = _quotes("« Non, il ne faut pas être inquiet », a répondu la porte-parole. "
                     "« La banque par internet demeure sûre. »")
    assert [q.text for q in quotes] == ["Non, il ne faut pas être inquiet", "La banque par internet demeure sûre."]
    assert quotes[1].extra.get("speaker_text") == quotes[0].extra.get("speaker_text")


def test_cue_lemma_tells_denounced_from_said():
    quotes = _quotes("The senator denounced the deal. \"It is a disgrace,\" she said.", "en")
    assert {q.extra["cue_lemma"] for q in quotes} == {"say"}
    q = _one("The union denounced the \"shameful\" decision of the board.", "en")
    assert (q.extra["cue_lemma"], q.extra["cue_class"]) == ("denounce", "denounce")
