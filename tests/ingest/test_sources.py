from __future__ import annotations

import gzip
import io
import sys

from veilleur.errors import InputError
from veilleur.ingest import load
from veilleur.settings import Settings

TEXT = "Le gouvernement a présenté mercredi son budget pour l'année prochaine.\n"


def _codes(results):
    return [r.code if isinstance(r, InputError) else "doc" for r in results]


def test_missing_file_names_the_input_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    results = list(load([str(tmp_path / "nope.txt"), str(good)], Settings()))
    assert _codes(results) == ["E001", "doc"]
    assert "nope.txt" in str(results[0]) and "file not found" in str(results[0])


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    sources = [d.source for d in load([str(tmp_path)], Settings())]
    assert sources == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]


def test_directory_without_readable_files(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "logo.png").write_bytes(b"\x89PNG")
    (error,) = load([str(tmp_path / "empty")], Settings())
    assert error.code == "E002" and "empty" in str(error)


def test_glob(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    assert len(list(load([str(tmp_path / "x*.txt")], Settings()))) == 2
    (error,) = load([str(tmp_path / "z*.txt")], Settings())
    assert error.code == "E016"


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    (doc,) = load(["-"], Settings())
    assert doc.source == "-" and doc.text.startswith("Le gouvernement")


def test_gzip_file(tmp_path):
    path = tmp_path / "article.txt.gz"
    path.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    (doc,) = load([str(path)], Settings())
    assert doc.text.strip() == TEXT.strip() and doc.language == "fr"
    assert doc.raw.data.startswith(b"\x1f\x8b")  # kept as received


def test_file_over_the_cap_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    (error,) = load([str(big)], Settings(max_input_bytes=50 * 1024 * 1024))
    assert error.code == "E005" and "huge.txt" in str(error) and "104857600" in str(error)


def test_gzip_bomb_is_capped(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a " * 600_000))
    (error,) = load([str(path)], Settings(max_input_bytes=100_000))
    assert error.code == "E005"
