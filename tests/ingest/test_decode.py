from __future__ import annotations

import pytest

from veilleur.errors import InputError
from veilleur.ingest import load
from veilleur.ingest.decode import decode
from veilleur.settings import Settings

FRENCH = "L'été dernier, le président a reçu à l'Élysée « les représentants » des syndicats – œuvre commune."


def _load_bytes(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return list(load([str(path)], Settings()))


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_decoded_right(tmp_path, encoding):
    text = FRENCH if encoding == "cp1252" else FRENCH.replace("œ", "oe").replace("–", "-")
    (doc,) = _load_bytes(tmp_path, f"{encoding}.txt", text.encode(encoding))
    assert not isinstance(doc, InputError)
    assert doc.text.strip() == text and doc.language == "fr"


def test_binary_file_refused(tmp_path):
    (error,) = _load_bytes(tmp_path, "data.txt", bytes(range(256)) * 10)
    assert isinstance(error, InputError) and error.code == "E003" and "data.txt" in str(error)
    (error,) = _load_bytes(tmp_path, "doc.html", b"%PDF-1.7\n" + b"x" * 100)
    assert error.code == "E003"


def test_empty_file(tmp_path):
    (error,) = _load_bytes(tmp_path, "empty.txt", b"")
    assert isinstance(error, InputError) and error.code == "E004"
    (error,) = _load_bytes(tmp_path, "blank.txt", b" \n\n \n")
    assert error.code == "E004"


def test_utf8_bom_and_declared_charset():
    text, encoding = decode("\ufeffBonjour".encode("utf-8"), "x")
    assert text == "Bonjour" and encoding == "utf-8-sig"
    html = '<html><head><meta charset="windows-1251"></head><body>Привет мир</body></html>'
    text, encoding = decode(html.encode("cp1251"), "x")
    assert "Привет мир" in text and encoding == "cp1251"


def test_cyrillic_without_declaration():
    text = "Премьер-министр России прибыл в Минск для переговоров с президентом Белоруссии. " * 3
    decoded, _ = decode(text.encode("cp1251"), "x")
    assert decoded == text
