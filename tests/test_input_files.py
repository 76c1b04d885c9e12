"""Files as people have them: encodings, BOMs, line ends, empty files, binary files."""

from __future__ import annotations

import json

import pytest

from simplify.cli import main
from simplify.sources import decode, encoding_of, is_blank

# line 2 has the finding; "d. h." is replaced by fix
TEXT = "Sehr geehrte Frau Roth,\nbringen Sie den Ausweis mit, d. h. das Original.\nGrüße aus Köln\n"
ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("cp1252", b""),
]
NEWLINES = ["\n", "\r\n", "\r"]


def _bytes(text: str, encoding: str, bom: bytes, newline: str) -> bytes:
    return bom + text.replace("\n", newline).encode(encoding)


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
@pytest.mark.parametrize("newline", NEWLINES)
def test_check_reads_encodings_and_line_ends_with_right_positions(tmp_path, capsys, encoding,
                                                                  bom, newline):
    f = tmp_path / "brief.txt"
    f.write_bytes(_bytes(TEXT, encoding, bom, newline))
    # "d. h." is a hint (everyone knows it): no warning, so the check passes
    assert main(["check", str(f), "--no-config", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert not data["errors"]
    hits = [x for x in data["files"][0]["findings"] if x["text"] == "d. h."]
    assert hits, data["files"][0]["findings"]
    assert (hits[0]["line"], hits[0]["column"]) == (2, 30)
    start = hits[0]["start"]
    text, _ = decode(f.read_bytes(), "x")
    assert text[start:start + 5] == "d. h."


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
@pytest.mark.parametrize("newline", NEWLINES)
def test_fix_write_keeps_encoding_bom_and_line_ends(tmp_path, capsys, encoding, bom, newline):
    f = tmp_path / "brief.txt"
    f.write_bytes(_bytes(TEXT, encoding, bom, newline))
    assert main(["fix", str(f), "--no-config", "--write"]) == 0
    raw = f.read_bytes()
    assert encoding_of(raw) == (encoding, bom)
    expected = TEXT.replace("d. h.", "das heißt")
    assert raw == _bytes(expected, encoding, bom, newline), raw
    assert "1 Datei geändert" in capsys.readouterr().err


@pytest.mark.parametrize("data", [b"", b"   \n\n\t", b"\xef\xbb\xbf", b"\xff\xfe \x00\n\x00",
                                  b"\r\n\r\n"])
def test_empty_file_is_clean(tmp_path, capsys, data):
    f = tmp_path / "leer.txt"
    f.write_bytes(data)
    assert is_blank(data)
    assert main(["check", str(f), "--no-config"]) == 0
    out = capsys.readouterr().out
    assert f"{f}: leer, nichts zu prüfen." in out
    assert "1 Datei geprüft: 0 Hinweise." in out
    assert main(["check", str(f), "--no-config", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["errors"] == [] and data["files"][0]["findings"] == []
    assert main(["fix", str(f), "--no-config", "--write"]) == 0


def test_empty_markdown_and_stdin_are_clean(tmp_path, capsys, monkeypatch):
    import io
    import sys

    (tmp_path / "leer.md").write_bytes(b"\n")
    assert main(["check", str(tmp_path), "--no-config"]) == 0
    assert "leer, nichts zu prüfen" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    assert main(["check", "-", "--no-config"]) == 0
    assert "-: leer, nichts zu prüfen." in capsys.readouterr().out


def test_binary_file_is_a_clear_german_error(tmp_path, capsys):
    f = tmp_path / "bild.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert main(["check", str(f), "--no-config"]) == 2
    err = capsys.readouterr().err
    assert "keine Textdatei (sie enthält Binärdaten)" in err and str(f) in err
