from __future__ import annotations

from veilleur.errors import InputError
from veilleur.ingest import load
from veilleur.settings import Settings

from .conftest import ARTICLE_HTML


def _load_html(tmp_path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return list(load([str(path)], Settings()))


def test_article_page(tmp_path):
    (doc,) = _load_html(tmp_path, ARTICLE_HTML)
    assert doc.title == "Talks resume in Geneva"        # the <h1>, not "… | Example News"
    assert doc.published == "2024-03-05" and doc.meta["author"] == "Jane Roe"
    assert doc.blocks[0].kind == "title" and doc.text.startswith("Talks resume in Geneva\n\n")
    assert "Copyright" not in doc.text and "World" not in doc.text
    assert doc.text.count("Talks resume in Geneva") == 1


def test_truncated_html_is_still_extracted(tmp_path):
    cut = ARTICLE_HTML[:ARTICLE_HTML.index("humanitarian corridors")]
    (doc,) = _load_html(tmp_path, cut)
    assert not isinstance(doc, InputError)
    assert "Swiss foreign ministry" in doc.text


def test_page_without_article_text_is_a_clear_error(tmp_path):
    (error,) = _load_html(tmp_path, "<html><head><title>x</title></head><body><nav></nav></body></html>")
    assert isinstance(error, InputError) and error.code == "E013" and "page.html" in str(error)


def test_fallbacks_when_the_main_extractor_finds_nothing(tmp_path):
    # a page whose only article text is a JSON-LD articleBody
    body = "Le ministre des Armées a annoncé jeudi la livraison de nouveaux équipements. " * 4
    html = ('<html><head><title>Défense | Site</title><script type="application/ld+json">'
            '{"@type": "NewsArticle", "headline": "Livraison d\'équipements", '
            f'"datePublished": "2023-05-04", "articleBody": "{body}"}}</script></head>'
            '<body><div id="app"></div></body></html>')
    (doc,) = _load_html(tmp_path, html)
    assert not isinstance(doc, InputError), doc
    assert "livraison de nouveaux équipements" in doc.text and doc.language == "fr"


def test_html_in_a_legacy_charset(tmp_path):
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "Talks resume in Geneva</h1>", "Talks resume in Genève</h1>")
    path = tmp_path / "latin.html"
    path.write_bytes(html.encode("latin-1"))
    (doc,) = load([str(path)], Settings())
    assert doc.title == "Talks resume in Genève" and doc.raw.encoding in ("iso8859-1", "latin-1", "cp1252")


def test_author_lists_keep_people_only():
    from veilleur.ingest.html import _authors

    assert _authors("Javier Espinoza; Patricia Nilsson; Financial Times", "Financial Times") == \
        "Javier Espinoza, Patricia Nilsson"
    assert _authors("Lauren Manaker MS; RDN; LD", None) == "Lauren Manaker"
    assert _authors("Jean Dupont", None) == "Jean Dupont" and _authors("Li AP", None) == "Li AP"
    assert _authors("TMZ Staff", "TMZ") is None
    assert _authors("Terry Pluto; https; Www Cleveland Com", None) == "Terry Pluto"
    assert _authors(None, None) is None


def test_a_lone_logo_h1_is_not_the_headline():
    from lxml import html as lxml_html

    from veilleur.ingest.html import headline

    page = ("<html><body><h1>POLITICO Politico Logo</h1><h2>White House looks to its hackers</h2>"
            "</body></html>")
    tree = lxml_html.fromstring(page)
    assert headline(tree, "White House looks to its hackers", "POLITICO") == "White House looks to its hackers"
    tree = lxml_html.fromstring("<html><body><h1>White House turns to hackers</h1></body></html>")
    assert headline(tree, "Hackers: the White House plan", None) == "White House turns to hackers"
