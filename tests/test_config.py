"""Configuration: finding the file, validation with German errors, overrides, `simplify config`."""

from __future__ import annotations

import json
import tomllib

import pytest

from simplify.cli import main
from simplify.config import find_config, load_config
from simplify.errors import ConfigError

BAD = "Der Antrag ist bis zum 1. März einzureichen.\n"


def test_found_upwards_and_stops_at_git(tmp_path, monkeypatch):
    (tmp_path / "simplify.toml").write_text('profile = "brief"\n', encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "texte" / "briefe").mkdir(parents=True)
    # inside a repository without a config: the search stops at the .git folder
    assert find_config(repo / "texte" / "briefe") is None
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(repo / "texte") is None  # pyproject without [tool.simplify]
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.simplify]\nprofile = "web"\n', encoding="utf-8")
    path, table = find_config(repo / "texte" / "briefe")
    assert path == repo / "pyproject.toml" and table == {"profile": "web"}
    (repo / "simplify.toml").write_text('profile = "einfach"\n', encoding="utf-8")
    assert find_config(repo)[0] == repo / "simplify.toml"  # simplify.toml wins
    monkeypatch.chdir(repo / "texte")
    cfg = load_config()
    assert cfg.settings.profile == "einfach" and cfg.origin("profile").endswith("simplify.toml")


def test_all_keys_and_overrides(tmp_path):
    (tmp_path / "simplify.toml").write_text(
        """
profile = "formular"
fail-on = "error"
disable = ["sim-p006"]
levels = { SIM-A002 = "off", SIM-L001 = "error" }
limits = { sentence_warn = 25 }
replace = { "Vorgang" = "Fall" }
avoid = ["zeitnah"]
allow = ["Bescheid"]
include = ["**/*.md"]
exclude = ["entwurf/"]

[[overrides]]
files = ["briefe/**"]
profile = "brief"
limits = { sentence_warn = 18 }
""",
        encoding="utf-8",
    )
    cfg = load_config(start=tmp_path)
    s = cfg.settings
    assert s.fail_on == "error" and s.disable == ["SIM-P006"]
    assert s.levels == {"SIM-A002": "off", "SIM-L001": "error"}
    assert cfg.options_for(["briefe/a.md"]).profile == "brief"
    assert cfg.options_for(["briefe/a.md"]).limits == {"sentence_warn": 18}
    assert cfg.options_for(["formulare/a.md"]).profile == "formular"
    assert cfg.options_for(["briefe/a.md"], cli_profile=True).profile == "formular"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('profil = "brief"', "Schlüssel „profil“: Diesen Schlüssel kennt simplify nicht. "
                             "Meinten Sie „profile“?"),
        ('profile = "roman"', "Das Profil „roman“ gibt es nicht."),
        ('levels = { SIM-P006 = "aus" }', "Schlüssel „levels.SIM-P006“: „aus“ ist nicht erlaubt"),
        ('disable = ["SIM-X999"]', "Die Regel „SIM-X999“ gibt es nicht."),
        ('disable = "SIM-P001"', "Schlüssel „disable“: Hier gehört eine Liste hin"),
        ('limits = { satz = 3 }', "Den Grenzwert „satz“ gibt es nicht."),
        ('limits = { sentence_warn = "viel" }', "Schlüssel „limits.sentence_warn“: Hier gehört "
                                                "eine Zahl hin"),
        ('fail-on = "never"', "Schlüssel „fail-on“"),
        ('[[overrides]]\nprofile = "brief"', "Schlüssel „overrides[1].files“ fehlt."),
        ('profile = "brief', "kein gültiges TOML (Zeile 1"),
    ],
)
def test_broken_config_is_a_german_error(tmp_path, body, expected):
    f = tmp_path / "simplify.toml"
    f.write_text(body + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert str(f) in str(err.value) and expected in str(err.value)


def test_pyproject_keys_are_named_with_prefix(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.simplify]\nprofile = "roman"\n',
                                             encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert "tool.simplify.profile" in str(err.value)


def test_cli_broken_config_exits_2(tmp_path, monkeypatch, capsys):
    (tmp_path / "simplify.toml").write_text('levels = { SIM-P006 = "aus" }\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.txt", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert "simplify.toml" in err and "levels.SIM-P006" in err


def test_config_applies_to_check(tmp_path, monkeypatch, capsys):
    (tmp_path / "simplify.toml").write_text(
        'fail-on = "error"\n[[overrides]]\nfiles = ["streng/*"]\nlevels = { SIM-P003 = "error" }\n',
        encoding="utf-8")
    (tmp_path / "streng").mkdir()
    (tmp_path / "streng" / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "b.txt", "-j", "1"]) == 0  # warning < fail-on error
    assert main(["check", "streng/a.txt", "-j", "1"]) == 1
    assert main(["check", "b.txt", "-j", "1", "--fail-on", "warning"]) == 1  # CLI wins
    assert main(["check", "b.txt", "-j", "1", "--no-config"]) == 1
    capsys.readouterr()


def test_simplify_config_prints_toml_and_json(tmp_path, monkeypatch, capsys):
    (tmp_path / "simplify.toml").write_text(
        'profile = "brief"\nreplace = { "Vorgang" = "Fall" }\n'
        '[[overrides]]\nfiles = ["web/**"]\nprofile = "web"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    data = tomllib.loads(out)  # the printed settings are valid TOML
    assert data["profile"] == "brief" and data["replace"] == {"Vorgang": "Fall"}
    assert data["overrides"] == [{"files": ["web/**"], "profile": "web"}]
    assert "# " + str(tmp_path / "simplify.toml") in out and "# Standard" in out
    assert main(["config", "--format", "json", "web/seite.html"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["origins"]["profile"].endswith("simplify.toml")
    assert data["origins"]["fail-on"] == "Standard"
    assert main(["config", "web/seite.html"]) == 0
    assert "Für web/seite.html gilt: Profil web" in capsys.readouterr().out
