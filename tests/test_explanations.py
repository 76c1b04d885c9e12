"""The explanations SIM-J006 inserts must be plain German themselves.

Before an explanation is offered, the verifier analyses the sentence again and refuses the
suggestion if it brings a new warning (simplify/verify.py). An explanation in the passive or in
Amtsdeutsch is therefore never shown, and it would preach what it does not practise. Each
explanation of geschuetzt.tsv is put in brackets after its term, as SIM-J006 inserts it, in a
carrier sentence of our own, and checked the way the verifier checks a passage: that sentence
alone, the rules at their profile levels, budgets on the passage. Length and readability are
left out (an explanation may lengthen a sentence; that is the clerk's call).
"""

from __future__ import annotations

import csv
from typing import NamedTuple

import pytest

from simplify.report import Level
from simplify.rules import default_list_specs
from simplify.wordlists import WORDLIST_DIR

PROFILE = "formular"
RULES = {"SIM-P001", "SIM-P002", "SIM-P003", "SIM-P004", "SIM-P005",
         "SIM-J001", "SIM-J002", "SIM-N001", "SIM-A001"}


class Row(NamedTuple):
    term: str
    sense: str
    explanation: str


def _rows() -> list[Row]:
    spec = next(s for s in default_list_specs() if s.name == "geschuetzt")
    with (WORDLIST_DIR / spec.file).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Row(r["term"], r["sense"], r["explanation"]) for r in rows
            if r["explanation"] not in {"", "-"}]


ROWS = _rows()


def _carrier(row: Row) -> tuple[str, int, int]:
    """The carrier sentence and the span of the explanation in it."""
    head = f"Hier steht das Wort {row.term} ("
    return f"{head}{row.explanation}).", len(head), len(head) + len(row.explanation)


@pytest.fixture(scope="module")
def verdicts(simp) -> dict[Row, list[str]]:  # noqa: ANN001 - session fixture from conftest
    """Per row, the findings of the checked rules inside its explanation ("RULE: passage")."""
    prof = simp.profile(PROFILE)
    carriers = [_carrier(row) for row in ROWS]
    out: dict[Row, list[str]] = {}
    # one parse per explanation, each its own passage as in the verifier (so the passive budget
    # is that sentence's, not a batch's); nlp.pipe batches the parsing
    docs = simp.nlp.pipe(text for text, _, _ in carriers)
    for row, (_, start, end), doc in zip(ROWS, carriers, docs, strict=True):
        ctx = simp.passage_context(doc, prof, addresses_reader=True)
        out[row] = [f"{f.rule}: {f.text}" for f in simp.passage_findings(ctx, RULES)
                    if f.rule in RULES and f.level.rank >= Level.warning.rank
                    and f.start < end and f.end > start]  # inside the explanation only
    return out


def test_explanations_exist():
    assert len(ROWS) > 400


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.term}|{r.sense}" for r in ROWS])
def test_explanation_is_plain(verdicts, row):
    found = verdicts[row]
    if found:
        print(f"{row.term}\t{row.sense}\t{row.explanation}\t{' | '.join(found)}")
    assert not found, f"{row.term} ({row.explanation}): {found}"
