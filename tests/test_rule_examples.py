"""One generic test walks every rule's examples (LanguageTool style).

A bad example gives exactly its marked finding(s) for that rule; a fix is what applying the
finding's first suggestion produces, and the fixed text no longer triggers the rule; a good
example gives no finding of that rule.
"""

from __future__ import annotations

import pytest

from simplify.rules import default_rules

CASES = [
    pytest.param(rule, k, id=f"{rule.id}-{k}")
    for rule in default_rules().values()
    for k in range(len(rule.examples))
]


def apply(text: str, start: int, end: int, replacement: str) -> str:
    return text[:start] + replacement + text[end:]


@pytest.mark.parametrize("rule,k", CASES)
def test_rule_example(simp, rule, k):
    ex = rule.examples[k]
    text = ex.text()
    report = simp.analyze(text, ex.profile or "formular")
    got = sorted((f.start, f.end) for f in report.findings if f.rule == rule.id)
    if ex.good is not None:
        assert got == [], f"{rule.id} fires on a good example: {[text[a:b] for a, b in got]}"
        return
    want = sorted(ex.marked_spans())
    assert got == want, (
        f"{rule.id}: want {[text[a:b] for a, b in want]}, got {[text[a:b] for a, b in got]}"
    )
    if ex.fix is not None:
        finding = next(f for f in report.findings if f.rule == rule.id)
        assert finding.suggestions, f"{rule.id}: no suggestion for {finding.text!r}"
        s = finding.suggestions[0]
        fixed = apply(text, s.start, s.end, s.replacement)
        assert fixed == ex.fix
        again = simp.analyze(fixed, ex.profile or "formular")
        assert not [f for f in again.findings if f.rule == rule.id]


def test_every_rule_has_bad_and_good_examples():
    for rule in default_rules().values():
        assert any(e.bad for e in rule.examples), rule.id
        assert any(e.good for e in rule.examples), rule.id


def test_rule_without_examples_is_refused(tmp_path):
    from simplify.errors import ConfigError
    from simplify.rules import load_rules

    (tmp_path / "x.yaml").write_text(
        "- id: SIM-X001\n  family: length\n  level: info\n  message: m\n  why: w\n"
        "  check: nesting\n  examples: []\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_rules(tmp_path)
