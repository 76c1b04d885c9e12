"""The command line: formats, exit codes, German messages, bad files in a batch."""

from __future__ import annotations

import json

from simplify.cli import main

BAD = "Der Antrag ist bis zum 1. März einzureichen.\n"
GOOD = "Bitte schicken Sie uns den Antrag bis zum 1. März.\n"


def test_cli_exit_codes(tmp_path, capsys):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text(BAD, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    assert main(["check", str(good)]) == 0
    assert main(["check", str(bad)]) == 1
    assert main(["check", str(bad), "--fail-on", "error"]) == 0
    out = capsys.readouterr().out
    assert f"{bad}:1:" in out and "SIM-P003" in out


def test_cli_json_format(tmp_path, capsys):
    f = tmp_path / "a.md"
    f.write_text(BAD, encoding="utf-8")
    main(["check", str(f), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["files"][0]["path"] == str(f)
    assert any(x["rule"] == "SIM-P003" for x in data["files"][0]["findings"])


def test_cli_folder_and_bad_file(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_bytes("Gemäß Antrag prüfen wir das.".encode("cp1252"))
    (tmp_path / "ignored.pdfx").write_text("x", encoding="utf-8")
    code = main(["check", str(tmp_path), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 2  # something could not be checked
    assert sorted(x["path"] for x in data["files"]) == [
        str(tmp_path / "c.txt"), str(tmp_path / "sub" / "a.txt")]
    assert "Binärdaten" in data["errors"][0]["error"]


def test_cli_stdin(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD.encode())))
    assert main(["check", "-"]) == 1
    assert "-:1:" in capsys.readouterr().out


def test_cli_usage_errors(capsys):
    assert main(["check", "does-not-exist.txt"]) == 2
    assert "existiert nicht" in capsys.readouterr().err
    assert main(["check", "-", "--profile", "roman"]) == 2
    assert "gibt es nicht" in capsys.readouterr().err


def test_cli_rules_and_explain(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "SIM-P001" in out and "amtsdeutsch" in out
    assert main(["explain", "sim-p003"]) == 0
    out = capsys.readouterr().out
    assert "Beispiele" in out and "einzureichen" in out
    assert main(["explain", "SIM-X999"]) == 2


def test_cli_output_file_and_help(tmp_path, capsys):
    import pytest

    f = tmp_path / "a.txt"
    f.write_text(BAD, encoding="utf-8")
    out = tmp_path / "bericht.json"
    assert main(["check", str(f), "--format", "json", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "1 Datei geprüft" in captured.err
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["failed"] is True
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "Rückgabewerte" in capsys.readouterr().out


def test_cli_rules_include_control_comments(capsys):
    assert main(["rules"]) == 0
    assert "SIM-S001" in capsys.readouterr().out
    assert main(["explain", "SIM-S001"]) == 0
    assert "Grund" in capsys.readouterr().out


def test_cli_markdown_line_and_column_point_into_file(tmp_path, capsys):
    f = tmp_path / "a.md"
    f.write_text("# Titel\n\nHier **steht**: Der Antrag ist einzureichen.\n", encoding="utf-8")
    assert main(["check", str(f), "-j", "1"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "SIM-P003" in x)
    assert line.startswith(f"{f}:3:28:")  # column of "ist" in the file


def test_cli_fix_dry_run_and_write(tmp_path, capsys):
    f = tmp_path / "brief.txt"
    original = ("Bitte nennen Sie uns Ihre Anschrift.\n"
                "Der Antrag ist bis zum 1. März einzureichen.\n")
    f.write_text(original, encoding="utf-8")
    assert main(["fix", str(f)]) == 0
    out = capsys.readouterr().out
    assert "+Bitte nennen Sie uns Ihre Adresse." in out
    assert f.read_text(encoding="utf-8") == original  # dry run changes nothing
    assert main(["fix", str(f), "--write"]) == 0
    assert f.read_text(encoding="utf-8").splitlines() == [
        "Bitte nennen Sie uns Ihre Adresse.", "Der Antrag ist bis zum 1. März einzureichen."]
    assert main(["fix", str(f), "--write", "--rewrite"]) == 0
    assert f.read_text(encoding="utf-8").splitlines()[1] == (
        "Reichen Sie den Antrag bis zum 1. März ein.")
    assert main(["fix", str(tmp_path / "x.pdf")]) == 2


# -- exit codes a CI can trust: 0 clean, 1 findings, 2 every usage, input or internal error ----


def test_cli_malformed_baseline_exits_2_in_german(tmp_path, capsys):  # noqa: ANN001
    text = tmp_path / "a.txt"
    text.write_text("Der Antrag ist einzureichen.\n", encoding="utf-8")
    for content in ("[1, 2, 3]", "{kaputt", '"nur ein Text"', '{"version": 1, "files": []}'):
        base = tmp_path / "b.json"
        base.write_text(content, encoding="utf-8")
        code = main(["check", str(text), "--baseline", str(base), "--no-progress"])
        err = capsys.readouterr().err
        assert code == 2, content
        assert "Baseline" in err and "Traceback" not in err


def test_cli_internal_error_exits_2_without_traceback(tmp_path, capsys, monkeypatch):  # noqa: ANN001
    from simplify.cli import info

    def boom(_args):  # noqa: ANN001, ANN202
        raise RuntimeError("unerwartet")

    monkeypatch.setattr(info, "rules", lambda: boom(None))
    assert main(["rules"]) == 2
    err = capsys.readouterr().err
    assert "Interner Fehler" in err and "Traceback" not in err and "--debug" in err
    assert main(["--debug", "rules"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_cli_version_does_not_load_spacy():  # noqa: D103
    import subprocess
    import sys

    code = ("import sys\nfrom simplify.cli import main\ntry:\n    main(['--version'])\n"
            "except SystemExit:\n    pass\nprint('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("False"), out
