"""Configuration like ruff's: found from each checked file's folder upwards; globs in
``[[overrides]]`` are relative to the configuration file's folder, never to the working
directory."""

from __future__ import annotations

import json

from simplify.cli import main

LONG = ("Der Antrag ist bis zum 1. März bei der zuständigen Behörde einzureichen, damit er "
        "rechtzeitig bearbeitet werden kann.\n")


def _profiles(capsys) -> dict[str, str]:
    data = json.loads(capsys.readouterr().out)
    return {f["path"].replace("\\", "/"): f["profile"] for f in data["files"]}


def _project(tmp_path):
    (tmp_path / ".git").mkdir()
    texte = tmp_path / "texte"
    (texte / "ausnahme").mkdir(parents=True)
    (tmp_path / "simplify.toml").write_text(
        '[[overrides]]\nfiles = ["ausnahme/**"]\nprofile = "leicht"\n', encoding="utf-8")
    (texte / "ausnahme" / "a.txt").write_text(LONG, encoding="utf-8")
    return texte


def test_override_globs_do_not_depend_on_the_working_directory(tmp_path, monkeypatch, capsys):
    # "ausnahme/**" is relative to the configuration file's folder: texte/ausnahme/a.txt does
    # not match it, whichever folder simplify is started in. (The old code also matched the
    # path relative to the working directory, so this run from texte/ gave "leicht".)
    texte = _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    main(["check", "texte", "--format", "json", "--no-progress"])
    assert _profiles(capsys) == {"texte/ausnahme/a.txt": "formular"}
    monkeypatch.chdir(texte)
    main(["check", "ausnahme/a.txt", "--format", "json", "--no-progress"])
    assert _profiles(capsys) == {"ausnahme/a.txt": "formular"}
    main(["fix", "ausnahme/a.txt"])  # fix resolves the same way (no error)
    capsys.readouterr()


def test_override_matches_relative_to_config_folder(tmp_path, monkeypatch, capsys):
    texte = _project(tmp_path)
    (tmp_path / "ausnahme").mkdir()
    (tmp_path / "ausnahme" / "b.txt").write_text(LONG, encoding="utf-8")
    monkeypatch.chdir(texte)  # started elsewhere in the repository
    main(["check", "../ausnahme/b.txt", "--format", "json", "--no-progress"])
    assert _profiles(capsys) == {"../ausnahme/b.txt": "leicht"}


def test_config_next_to_texts_is_found_from_repository_root(tmp_path, monkeypatch, capsys):
    (tmp_path / ".git").mkdir()
    for folder, profile in (("briefe", "brief"), ("web", "web")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "simplify.toml").write_text(f'profile = "{profile}"\n',
                                                         encoding="utf-8")
        (tmp_path / folder / "t.txt").write_text(LONG, encoding="utf-8")
    (tmp_path / "oben.txt").write_text(LONG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", ".", "--format", "json", "--no-progress", "-j", "2"])
    assert _profiles(capsys) == {"briefe/t.txt": "brief", "oben.txt": "formular",
                                 "web/t.txt": "web"}


def test_config_found_when_started_outside_the_project(tmp_path, monkeypatch, capsys):
    texte = _project(tmp_path)
    (texte / "simplify.toml").write_text('profile = "einfach"\n', encoding="utf-8")
    elsewhere = tmp_path.parent / (tmp_path.name + "-anderswo")
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    main(["check", str(texte / "ausnahme" / "a.txt"), "--format", "json", "--no-progress"])
    assert list(_profiles(capsys).values()) == ["einfach"]


def test_config_option_forces_one_file_and_no_config_none(tmp_path, monkeypatch, capsys):
    texte = _project(tmp_path)
    (texte / "simplify.toml").write_text('profile = "einfach"\n', encoding="utf-8")
    forced = tmp_path / "web.toml"
    forced.write_text('profile = "web"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "texte", "--config", str(forced), "--format", "json", "--no-progress"])
    assert list(_profiles(capsys).values()) == ["web"]
    main(["check", "texte", "--no-config", "--format", "json", "--no-progress"])
    assert list(_profiles(capsys).values()) == ["formular"]


def test_exclude_of_a_nested_config_applies_to_its_folder(tmp_path, monkeypatch, capsys):
    (tmp_path / ".git").mkdir()
    sub = tmp_path / "sub"
    (sub / "entwurf").mkdir(parents=True)
    (sub / "simplify.toml").write_text('exclude = ["entwurf/"]\n', encoding="utf-8")
    (sub / "entwurf" / "x.txt").write_text(LONG, encoding="utf-8")
    (sub / "y.txt").write_text(LONG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", ".", "--format", "json", "--no-progress"])
    assert list(_profiles(capsys)) == ["sub/y.txt"]


def test_simplify_config_file_shows_which_file_applies(tmp_path, monkeypatch, capsys):
    texte = _project(tmp_path)
    (texte / "simplify.toml").write_text(
        'profile = "brief"\n[[overrides]]\nfiles = ["ausnahme/**"]\nprofile = "leicht"\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["config", "texte/ausnahme/a.txt"]) == 0
    out = capsys.readouterr().out
    assert f"gilt die Konfigurationsdatei: {texte / 'simplify.toml'}" in out
    assert "Profil leicht" in out
    assert main(["config", "texte/ausnahme/a.txt", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["config_file"] == str(texte / "simplify.toml")
    assert data["file_options"]["profile"] == "leicht"
