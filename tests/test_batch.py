"""Batches: globs, parallel workers in input order, a crashing file, progress, exit codes."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from simplify import batch
from simplify.batch import Job, run
from simplify.cli import main
from simplify.config import FileOptions
from simplify.sources import expand, glob_match

OPTS = FileOptions("formular", None, [], {}, {})
TEXTS = [
    "Der Antrag ist bis zum 1. März einzureichen.\n",
    "Bitte schicken Sie uns den Antrag.\n",
    "Es wird gebeten, pünktlich zu zahlen. Der Antrag wird geprüft.\n",
    "Die Gebühr ist zu entrichten.\n",
]


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("briefe/**", "briefe/a.md", True),
        ("briefe/**", "briefe/2024/a.md", True),
        ("briefe/**", "alt/briefe/a.md", False),
        ("*.md", "tief/im/ordner/a.md", True),
        ("**/*.md", "a.md", True),
        ("entwurf/", "texte/entwurf/a.txt", True),
        ("entwurf", "texte/entwurf/a.txt", True),
        ("texte/*.txt", "texte/sub/a.txt", False),
        ("a?.txt", "a1.txt", True),
        ("[!x]*.txt", "x.txt", False),
    ],
)
def test_glob_match(pattern, path, expected):
    assert glob_match(pattern, path) is expected


def test_expand_include_exclude(tmp_path):
    for rel in ["briefe/a.md", "briefe/entwurf/b.md", "formulare/c.txt", "formulare/d.docx",
                ".versteckt/e.md", "bild.png", "seite.html"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    rel = lambda items: sorted(Path(p).relative_to(tmp_path).as_posix() for p in items)  # noqa: E731
    assert rel(expand([str(tmp_path)])) == [
        "briefe/a.md", "briefe/entwurf/b.md", "formulare/c.txt", "formulare/d.docx",
        "seite.html"]
    assert rel(expand([str(tmp_path)], include=["*.md"], exclude=["entwurf/"])) == [
        "briefe/a.md"]
    assert rel(expand([str(tmp_path)], exclude=["formulare/**", "*.html"])) == [
        "briefe/a.md", "briefe/entwurf/b.md"]
    # exclude also applies to files named directly (pre-commit passes single files)
    assert list(expand([str(tmp_path / "seite.html")], exclude=["*.html"])) == []


def _jobs(tmp_path: Path, n: int) -> list[Job]:
    jobs = []
    for i in range(n):
        f = tmp_path / f"t{i:02d}.txt"
        f.write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
        jobs.append(Job(i, str(f), OPTS, str(f)))
    return jobs


def test_parallel_results_in_input_order_and_equal(tmp_path):
    jobs = _jobs(tmp_path, 6)
    seq = list(run(jobs, workers=1))
    par = list(run(jobs, workers=2))
    assert [r.index for r in par] == list(range(6))
    assert [[f.fingerprint for f in r.findings] for r in par] == \
        [[f.fingerprint for f in r.findings] for r in seq]
    assert [r.locations for r in par] == [r.locations for r in seq]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched function reaches the workers only when they fork")
def test_a_crashing_file_is_reported_alone(tmp_path, monkeypatch):
    jobs = _jobs(tmp_path, 5)
    crash = jobs[2].name
    real = batch.check_job

    def crashing(simp, job):  # noqa: ANN001, ANN202
        if job.name == crash:
            os._exit(3)  # a hard crash of the worker process, not an exception
        return real(simp, job)

    monkeypatch.setattr(batch, "check_job", crashing)
    results = list(run(jobs, workers=2))
    assert [r.index for r in results] == list(range(5))
    assert "abgestürzt" in (results[2].error or "")
    assert all(r.error is None and r.report is not None for i, r in enumerate(results) if i != 2)


def test_internal_error_is_reported_for_that_file(tmp_path, monkeypatch, simp):
    jobs = _jobs(tmp_path, 2)

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("kaputt")

    monkeypatch.setattr(simp, "analyze", broken)
    results = list(run(jobs, workers=1))
    assert all("Interner Fehler" in (r.error or "") and "kaputt" in (r.error or "")
               for r in results)


def test_cli_parallel_with_bad_files_and_order(tmp_path, capsys):
    for i, text in enumerate(TEXTS):
        (tmp_path / f"t{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "u.txt").write_bytes(b"\x00\x01 binary")  # an empty file is clean now
    code = main(["check", str(tmp_path), str(tmp_path / "fehlt.txt"), "-j", "2",
                 "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 2
    assert [Path(f["path"]).name for f in data["files"]] == [f"t{i}.txt" for i in range(4)]
    assert [Path(e["path"]).name for e in data["errors"]] == ["u.txt", "fehlt.txt"]
    assert "Binärdaten" in data["errors"][0]["error"]


def test_progress_is_silent_without_terminal(tmp_path, capsys):
    for i, text in enumerate(TEXTS):
        (tmp_path / f"t{i}.txt").write_text(text, encoding="utf-8")
    main(["check", str(tmp_path), "-j", "1"])
    err = capsys.readouterr().err
    assert "Prüfe Dateien" not in err and "\x1b" not in err
    assert batch.Progress(10).bar is None  # stderr is not a terminal under pytest


def test_unknown_model_fails_early(tmp_path, capsys):
    for i in range(2):
        (tmp_path / f"t{i}.txt").write_text(TEXTS[0], encoding="utf-8")
    assert main(["check", str(tmp_path), "-j", "2", "--model", "gibt_es_nicht_xx"]) == 2
    assert "nicht installiert" in capsys.readouterr().err
