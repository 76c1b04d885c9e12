"""The lexicon of stored HanTa analyses (simplify/hanta_lexicon.py) gives HanTa's own results,
and a missing, foreign or switched-off file is simply not read. Every file here is built in a
temporary folder from a few words; the user's cache folder is never touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from HanTa.HanoverTagger import HanoverTagger

from simplify.hanta_lexicon import HantaLexicon, build, cache_dir, lexicon_path
from simplify.tagger import load_hanta

# unknown to HanTa's model (compounds, verb forms) and known ones ("antrag", "gestellt")
WORDS = ["Antrag", "gestellt", "Sondernutzungserlaubnis", "einzureichenden", "hochgeladen",
         "nachzureichen", "Mietzuschüsse", "zum", "unverzüglichst", "x" * 41, ""]


@pytest.fixture(scope="module")
def lexicon_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lexicon") / "lexicon.sqlite"
    assert build(load_hanta(), WORDS, path) == 9  # the empty and the overlong word left out
    return path


def test_stored_analyses_are_hantas(lexicon_file: Path) -> None:
    tagger = load_hanta()
    lexicon = HantaLexicon(lexicon_file)
    stored = 0
    for word in (w.lower() for w in WORDS[:-2]):
        found = lexicon.forward(word)
        if word in tagger.cache:
            assert found is None  # HanTa never searches the words its model knows
            continue
        assert found == HanoverTagger.analyze_forward(tagger, word), word
        stored += 1
        for tag, _ in found:
            morphemes = lexicon.viterbi(word, -tag)
            if morphemes is not None:
                assert morphemes == HanoverTagger.analyze_viterbi(tagger, word, -tag)
                stored += 1
    assert stored >= 9  # 6 unknown words, and lemma searches of the verb forms
    assert lexicon.forward("blorfzquatsch") is None  # not in the file: search as before


def test_verb_lemmas_of_known_words_are_stored(lexicon_file: Path) -> None:
    tagger = load_hanta()
    lexicon = HantaLexicon(lexicon_file)
    tag = tagger.tag2int["VV(PP)"]
    expected = HanoverTagger.analyze_viterbi(tagger, "gestellt", -tag)
    assert lexicon.viterbi("gestellt", -tag) == expected


def test_absent_foreign_or_switched_off_file_is_not_read(
        lexicon_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert HantaLexicon(tmp_path / "none.sqlite").forward("mietzuschüsse") is None
    assert HantaLexicon(None).forward("mietzuschüsse") is None
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_bytes(b"not a database" * 100)
    assert HantaLexicon(foreign).forward("mietzuschüsse") is None
    monkeypatch.setenv("SIMPLIFY_LEXICON", "0")
    assert HantaLexicon(lexicon_file).forward("mietzuschüsse") is None


def test_file_name_names_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIMPLIFY_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    path = lexicon_path(load_hanta())
    assert path.parent == tmp_path and path.name.startswith("hanta-lexicon-")
    assert len(path.stem.rsplit("-", 1)[1]) == 16


def test_cli_builds_the_lexicon_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from simplify.cli import lexicon as cli_lexicon
    from simplify.cli import main

    monkeypatch.setenv("SIMPLIFY_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cli_lexicon, "_list_words", lambda: iter(["Mietzuschüsse"]))
    assert main(["lexicon", "--words", "20"]) == 0
    built = list(tmp_path.glob("hanta-lexicon-*.sqlite"))
    assert len(built) == 1
    assert HantaLexicon(built[0]).forward("mietzuschüsse") is not None
    assert main(["lexicon", "--words", "20"]) == 0
    assert "schon" in capsys.readouterr().out


def test_a_file_built_later_is_found(lexicon_file: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "later.sqlite"
    lexicon = HantaLexicon(path)
    assert lexicon.forward("mietzuschüsse") is None
    shutil.copy(lexicon_file, path)
    assert lexicon.forward("mietzuschüsse") is None  # not looked for again at once
    lexicon._retry_at = 0.0  # a minute later
    assert lexicon.forward("mietzuschüsse") is not None


def test_an_interrupted_build_leaves_no_half_file(tmp_path: Path) -> None:
    def words():  # noqa: ANN202
        yield "Antrag"
        raise KeyboardInterrupt

    path = tmp_path / "lexicon.sqlite"
    with pytest.raises(KeyboardInterrupt):
        build(load_hanta(), words(), path)
    assert list(tmp_path.iterdir()) == []


def test_half_files_of_dead_builds_are_removed(tmp_path: Path) -> None:
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    path = tmp_path / "lexicon.sqlite"
    dead = tmp_path / f"lexicon.sqlite.{gone.stdout.strip()}.tmp"
    journal = tmp_path / f"lexicon.sqlite.{gone.stdout.strip()}.tmp-journal"
    alive = tmp_path / "lexicon.sqlite.1.tmp"  # pid 1 runs: a build of another process
    other = tmp_path / "other.sqlite.99999999.tmp"  # not this lexicon's
    for f in (dead, journal, alive, other):
        f.write_bytes(b"x")
    assert build(load_hanta(), ["Antrag"], path) == 1
    assert not dead.exists() and not journal.exists()
    assert alive.exists() and other.exists() and path.exists()


def test_the_service_starts_the_build_in_the_background(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from simplify import hanta_lexicon

    started = []

    class FakePopen:
        def __init__(self, cmd: list[str], **kw: object) -> None:
            started.append((cmd, kw))

    monkeypatch.setattr(subprocess, "Popen", FakePopen)
    monkeypatch.delenv("SIMPLIFY_LEXICON", raising=False)
    assert isinstance(hanta_lexicon.build_in_background(), FakePopen)
    cmd, kw = started[0]
    assert cmd[1:] == ["-m", "simplify.cli", "lexicon", "--background"]
    assert kw["stdout"] is subprocess.DEVNULL and kw["stderr"] is subprocess.DEVNULL
    monkeypatch.setenv("SIMPLIFY_LEXICON", "0")  # switched off with the file
    assert hanta_lexicon.build_in_background() is None
    assert len(started) == 1


def test_background_build_is_quiet_and_ends_at_once_when_done(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from simplify import hanta_lexicon
    from simplify.cli import lexicon as cli_lexicon
    from simplify.cli import main

    niced = []
    monkeypatch.setattr(hanta_lexicon, "run_in_background", lambda: niced.append(True))
    monkeypatch.setenv("SIMPLIFY_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cli_lexicon, "_list_words", lambda: iter(["Mietzuschüsse"]))
    assert main(["lexicon", "--background", "--words", "10"]) == 0
    assert main(["lexicon", "--background", "--words", "10"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert niced == [True, True]
    assert len(list(tmp_path.glob("hanta-lexicon-*.sqlite"))) == 1
    assert hanta_lexicon.lexicon_present()
