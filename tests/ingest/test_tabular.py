from __future__ import annotations

import json

from veilleur.errors import InputError
from veilleur.ingest import load
from veilleur.settings import Settings

ROWS = [
    {"headline": "Accord sur le climat", "body": "Les ministres de l'Environnement ont conclu un accord à Bruxelles jeudi soir après deux jours de négociations.", "day": "2023-12-14", "link": "https://example.org/climat"},
    {"headline": "Strike in Paris", "body": "Rail workers walked out on Monday over pensions, the unions said in a joint statement.", "day": "Mon, 11 Dec 2023 10:00:00 GMT"},
]
FIELD_MAP = {"text": "body", "title": "headline", "published": "day"}


def test_jsonl_with_field_map_and_one_malformed_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps(ROWS[0], ensure_ascii=False), "{not json", json.dumps(ROWS[1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, error, second = load([str(path)], Settings(), field_map=FIELD_MAP)
    assert isinstance(error, InputError) and error.code == "E007" and "line 2" in str(error)
    assert "dump.jsonl" in str(error)
    assert first.source == f"{path}#1" and second.source == f"{path}#3"
    assert first.title == "Accord sur le climat" and first.published == "2023-12-14"
    assert first.language == "fr" and first.meta["url"] == "https://example.org/climat"
    assert second.published == "2023-12-11" and second.language == "en"
    assert first.blocks[0].kind == "title" and "Bruxelles" in first.text


def test_common_field_names_need_no_map(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"title": "T", "text": "Le Sénat a voté la réforme hier soir.",
                                "date": "2020-09-03", "lang": "fr"}) + "\n", encoding="utf-8")
    (doc,) = load([str(path)], Settings())
    assert doc.published == "2020-09-03" and doc.title == "T"


def test_field_map_naming_a_missing_field(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"content": "x"}) + "\n", encoding="utf-8")
    (error,) = load([str(path)], Settings(), field_map={"text": "body"})
    assert error.code == "E014" and "body" in str(error) and "dump.jsonl#1" in str(error)


def test_csv_with_field_map(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_text("headline;body;day\n"
                    f"{ROWS[0]['headline']};\"{ROWS[0]['body']}\";{ROWS[0]['day']}\n"
                    "Vide;;2023-12-15\n", encoding="utf-8")
    doc, empty = load([str(path)], Settings(), field_map=FIELD_MAP)
    assert doc.source == f"{path}#1" and doc.title == "Accord sur le climat"
    assert doc.published == "2023-12-14"
    assert isinstance(empty, InputError) and empty.code == "E004" and "dump.csv#2" in str(empty)


def test_csv_row_with_too_many_cells(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("title,text\nA,Le texte du premier article.\nB,un,deux,trois\n", encoding="utf-8")
    doc, error = load([str(path)], Settings())
    assert doc.title == "A" and error.code == "E015" and "bad.csv#2" in str(error)


def test_json_array_and_html_cells(tmp_path):
    path = tmp_path / "dump.json"
    html = "<p>Le Premier ministre a annoncé lundi un remaniement.</p><p>Trois ministres partent.</p>"
    path.write_text(json.dumps([{"title": "Remaniement", "html": html}]), encoding="utf-8")
    (doc,) = load([str(path)], Settings())
    assert "Trois ministres partent." in doc.text and "<p>" not in doc.text
    assert doc.source == f"{path}#1"


def test_input_format_forces_the_reader(tmp_path):
    path = tmp_path / "export.dat"
    path.write_text(json.dumps({"text": "Le président a parlé."}) + "\n", encoding="utf-8")
    (doc,) = load([str(path)], Settings(), input_format="jsonl")
    assert doc.source == f"{path}#1" and doc.text == "Le président a parlé."


def test_json_api_answer_listing_articles(tmp_path):
    path = tmp_path / "answer.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": [
        {"title": "A", "content": "Le Parlement a voté la loi mardi soir.", "publishedAt": "2024-01-02T10:00:00Z"},
        {"title": "B", "description": "x", "content": "The parliament passed the law."}]}), encoding="utf-8")
    first, second = load([str(path)], Settings(), field_map={"published": "publishedAt"})
    assert first.source == f"{path}#1" and first.title == "A" and first.published == "2024-01-02"
    assert second.language == "en"


def test_tsv_whose_text_holds_commas_and_semicolons(tmp_path):
    path = tmp_path / "dump.tsv"
    path.write_text("title\ttext\nT\tLe ministre, ému, a parlé; puis il est parti, seul.\n", encoding="utf-8")
    (doc,) = load([str(path)], Settings())
    assert doc.title == "T" and "puis il est parti, seul." in doc.text


def test_each_row_keeps_its_own_raw_input(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"text": f"Article numéro {i} sur le budget de l'État.", "lang": "fr-FR"},
                        ensure_ascii=False) for i in range(3)]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = list(load([str(path)], Settings()))
    assert [d.raw.data.decode("utf-8") for d in docs] == lines
    assert {d.language for d in docs} == {"fr"} and docs[0].raw.path == str(path)
