"""The sample corpus: golden reports, and plain rewrites that score better than the originals.

Golden reports live in corpus/golden/<name>.json. After a deliberate change of rules or word
lists, regenerate them with ``SIMPLIFY_UPDATE_GOLDEN=1 python -m pytest tests/test_corpus.py``
and review the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLDEN = CORPUS / "golden"
OFFICIAL = sorted(p for p in CORPUS.glob("*.txt") if not p.name.endswith(".plain.txt"))


def compact(report) -> dict:  # noqa: ANN001
    """The report as people see it: one line per finding, a repeated word's other places
    ("+2: 7:1 9:3") on the line of its first place."""
    def line(f) -> str:  # noqa: ANN001
        more = (f" (+{len(f.repeats)}: {' '.join(f'{r.line}:{r.column}' for r in f.repeats)})"
                if f.repeats else "")
        return f"{f.rule} {f.line}:{f.column} {' '.join(f.text.split())[:60]}{more}"
    return {
        "index": round(report.scores["verstaendlichkeitsindex"], 1),
        "findings": [line(f) for f in report.findings],
        "suggestions": sum(1 for f in report.all_findings() if f.suggestions),
    }


def test_corpus_has_enough_texts():
    assert len(OFFICIAL) >= 15
    for p in OFFICIAL:
        assert p.with_name(p.stem + ".plain.txt").exists(), p.name


@pytest.mark.parametrize("path", OFFICIAL, ids=lambda p: p.stem)
def test_corpus_golden_report(simp, path):
    from simplify.service import DocumentService

    # through the document service, as every channel checks: repeats of a word are grouped
    got = compact(DocumentService(simplifier=simp).check_text(path.read_text(encoding="utf-8")))
    golden = GOLDEN / f"{path.stem}.json"
    if os.environ.get("SIMPLIFY_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(golden.read_text(encoding="utf-8"))
    assert got == want


@pytest.mark.parametrize("path", OFFICIAL, ids=lambda p: p.stem)
def test_corpus_plain_rewrite_is_clearer(simp, path):
    official = simp.analyze(path.read_text(encoding="utf-8"), suggest=False)
    plain = simp.analyze(path.with_name(path.stem + ".plain.txt").read_text(encoding="utf-8"),
                         suggest=False)
    def warnings(r):  # noqa: ANN001, ANN202
        return sum(1 for f in r.findings if f.level.value != "info")
    assert plain.scores["verstaendlichkeitsindex"] > official.scores["verstaendlichkeitsindex"]
    assert warnings(plain) * 3 <= warnings(official), (warnings(plain), warnings(official))
