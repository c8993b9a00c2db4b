from __future__ import annotations

import pytest

from veilleur.ingest import document_from_text
from veilleur.ingest.blocks import classify, paragraphs


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.span[0]:b.span[1]]) for b in classify(text, paragraphs(text))]


@pytest.mark.parametrize("line", [
    "Photo: Ludovic Marin",
    "© AFP",
    "REUTERS/Yves Herman",
    "Crédit photo : Jean Dupont / Hans Lucas",
    "Kremlin Press Service/Handout via REUTERS",
    "AP Photo/Evan Vucci",
    "(Photo: Acorn TV)",
    "AFP - LUDOVIC MARIN",
    "REUTERS - Yves Herman",
])
def test_credit_lines(line):
    text = f"{line}\n\nLe président a reçu mardi son homologue à l'Élysée pour un entretien."
    assert _kinds(text)[0] == ("credit", line)


@pytest.mark.parametrize("line, author", [
    ("Par Jean Dupont", "Jean Dupont"),
    ("By Jane Roe and John Smith", "Jane Roe and John Smith"),
    ("Marie Durand, correspondante à Moscou", "Marie Durand"),
    ("Avec AFP", None),
    ("Texte par : Jean Dupont", "Jean Dupont"),
    ("De notre correspondant à Moscou, Pierre Martin", "Pierre Martin"),
    ("Reporting by Jane Roe; Editing by John Smith", "Jane Roe"),
])
def test_bylines(line, author):
    text = f"Sommet à Bruxelles\n\n{line}\n\nLes dirigeants européens se sont retrouvés jeudi."
    doc = document_from_text(text)
    byline = doc.blocks_of("byline")
    assert [doc.text[b.span[0]:b.span[1]] for b in byline] == [line]
    assert byline[0].data.get("author") == author
    if author:
        assert doc.meta["author"] == author


@pytest.mark.parametrize("line", [
    "Lire aussi : Le budget adopté en première lecture",
    "Abonnez-vous à notre newsletter",
    "Read more: How the deal was struck",
    "Facebook Twitter LinkedIn Email",
    "We use cookies to improve your experience.",
    "Advertisement",
])
def test_boilerplate(line):
    text = f"Les ministres ont signé l'accord jeudi à Bruxelles.\n\n{line}\n\nLa suite du texte."
    assert ("boilerplate", line) in _kinds(text)


def test_caption_glued_after_an_english_quote():
    text = ("Analysts expect more sanctions. We will not give up, whatever the cost. "
            "John Smith of the Brookings Institution Jane Doe\n\nThe talks resume on Monday.")
    doc = document_from_text(text)
    body, caption = doc.blocks[0], doc.blocks[1]
    assert body.kind == "body" and doc.text[body.span[0]:body.span[1]].endswith("the cost.")
    assert caption.kind == "caption"
    assert doc.text[caption.span[0]:caption.span[1]] == "John Smith of the Brookings Institution Jane Doe"
    assert caption.data["speaker"]["name"] == "John Smith"
    assert caption.data["affiliation"]["name"] == "Brookings Institution"
    assert caption.data["journalist"]["name"] == "Jane Doe"
    s, e = caption.data["journalist"]["span"]
    assert doc.text[s:e] == "Jane Doe"


def test_standalone_caption_without_journalist():
    text = ("« Le ministre a démenti toute négociation, mais rien n'est réglé. »\n\n"
            "Jean Dupont, chercheur à l'Institut français des relations internationales (Ifri)")
    caption = document_from_text(text).blocks[-1]
    assert caption.kind == "caption" and caption.data["journalist"] is None
    assert caption.data["speaker"]["name"] == "Jean Dupont"


@pytest.mark.parametrize("heading", [
    "Delegated Proof of Stake (DPoS)",           # a heading, not after a quotation
    "Mayam Shrine Guide - Shrine Quest Required",
    "Swapping Animal-Based Protein For Plant-Based Options",
])
def test_headings_are_not_captions(heading):
    text = f"The first part of the article ends here.\n\n{heading}\n\nThe next part begins."
    assert ("caption", heading) not in _kinds(text)


def test_dated_byline_without_a_name():
    doc = document_from_text("Rail strike\n\nBy Dec 18, 2023\n\nRail workers walked out on Monday.")
    (byline,) = doc.blocks_of("byline")
    assert byline.data == {} and "author" not in doc.meta


@pytest.mark.parametrize("text", [
    "Il a parlé longtemps. Le ministre de l'Intérieur Gérald Darmanin",
    "Elle est partie. Pierre Durand a été vu hier au Parlement européen",
    "The vote was close. The European Parliament approved the text",
    "Das Thema wird seit Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)",
])
def test_sentences_are_not_captions(text):
    assert [k for k, _ in _kinds(text)] == ["body"]


def test_photo_caption_with_its_credit():
    text = ("Le président Emmanuel Macron à l'Élysée, le 3 septembre 2020. (Ludovic Marin/AFP)\n\n"
            "Le chef de l'État a reçu mardi les syndicats.")
    kinds = _kinds(text)
    assert kinds[0] == ("caption", "Le président Emmanuel Macron à l'Élysée, le 3 septembre 2020.")
    assert kinds[1] == ("credit", "(Ludovic Marin/AFP)")


def test_title_line_and_hard_wrapped_paragraph():
    text = ("Le Sénat adopte la réforme\n\nLe Sénat a adopté dans la nuit de mardi à mercredi\n"
            "le projet de loi, après de longs débats.\n\nLe texte retourne à l'Assemblée.")
    doc = document_from_text(text)
    assert doc.title == "Le Sénat adopte la réforme"
    assert [b.kind for b in doc.blocks] == ["title", "body", "body"]
    assert doc.text[doc.blocks[1].span[0]:doc.blocks[1].span[1]].endswith("longs débats.")


def test_every_character_of_prose_is_in_a_block():
    text = "Premier paragraphe du texte.\n\nSecond paragraphe du texte."
    covered = "".join(text[b.span[0]:b.span[1]] for b in document_from_text(text).blocks)
    assert covered.replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_scraped_header_lines():
    text = ("Mis à jour le : 04/09/2020 - 08:00\nPublié le : 03/09/2020 - 12:13\n"
            "Texte par : Jean Dupont\n\nLe Premier ministre russe est arrivé jeudi à Minsk.\n\n"
            "Le président bélarusse Alexandre Loukachenko à Minsk, le 3 septembre. AFP - SERGEI GAPON")
    doc = document_from_text(text)
    assert doc.published == "2020-09-03" and doc.meta["author"] == "Jean Dupont"
    assert [b.kind for b in doc.blocks] == ["boilerplate", "boilerplate", "byline", "body",
                                            "caption", "credit"]


@pytest.mark.parametrize("text, speaker, affiliation, journalist", [
    ("Nous ne céderons pas... Jean-Yves Le Drian, ministre des Affaires étrangères Anastasia Becchio",
     "Jean-Yves Le Drian", "ministre des Affaires étrangères", "Anastasia Becchio"),
    ("Ils ont peur. » Alexeï Navalny, opposant russe Daniel Vallot",
     "Alexeï Navalny", "opposant russe", "Daniel Vallot"),
    ("La situation est grave... Fiona Hill de la Brookings Institution Jean-Pierre Boris",
     "Fiona Hill", "Brookings Institution", "Jean-Pierre Boris"),
])
def test_french_caption_variants(text, speaker, affiliation, journalist):
    caption = document_from_text(text).blocks[-1]
    assert caption.kind == "caption"
    assert [caption.data[k]["name"] for k in ("speaker", "affiliation", "journalist")] == [
        speaker, affiliation, journalist]
