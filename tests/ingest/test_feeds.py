from __future__ import annotations

from veilleur.errors import InputError
from veilleur.ingest import load
from veilleur.settings import Settings

FULL_ITEM = " ".join(["Le Parlement a adopté mardi la loi de finances après trois semaines "
                      "de débats, a annoncé la présidence de l'Assemblée."] * 12)
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Le Quotidien</title>
<entry><title>La loi de finances adoptée</title><link href="https://example.org/a1"/>
<updated>2023-12-19T18:00:00+01:00</updated><author><name>Marie Durand</name></author>
<content type="html">&lt;p&gt;{FULL_ITEM}&lt;/p&gt;&lt;p&gt;Le texte part au Sénat.&lt;/p&gt;</content></entry>
<entry><title>Sans lien</title><updated>2023-12-20T08:00:00Z</updated>
<summary>Résumé seul, sans page à chercher.</summary></entry>
</feed>"""


def test_atom_items_with_full_content_are_articles(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = list(load([str(path)], Settings()))
    assert first.source == "https://example.org/a1"
    assert first.title == "La loi de finances adoptée"
    assert first.published == "2023-12-19" and first.language == "fr"
    assert first.meta["author"] == "Marie Durand" and first.meta["site"] == "Le Quotidien"
    assert first.blocks[0].kind == "title"
    assert "Le texte part au Sénat." in first.text
    assert second.source == f"{path}#2" and "Résumé seul" in second.text


def test_summary_only_items_fetch_their_page(http_server):
    settings = Settings(allow_private_urls=True, fetch_retries=1)
    article, missing = list(load([f"{http_server}/feed.rss"], settings))
    assert not isinstance(article, InputError), article
    assert article.source == f"{http_server}/article"
    assert "Palais des Nations" in article.text      # from the page, not the summary
    assert article.published == "2024-03-05"
    assert isinstance(missing, InputError) and missing.code == "E009"
    assert f"{http_server}/missing" in str(missing)


def test_xml_file_that_is_not_a_feed(tmp_path):
    path = tmp_path / "notes.rss"
    path.write_text("this is plain text, not XML at all", encoding="utf-8")
    (error,) = load([str(path)], Settings())
    assert isinstance(error, InputError) and error.code == "E010"
