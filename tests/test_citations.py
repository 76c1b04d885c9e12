"""SIM-J003: a citation in the middle of a sentence, with the law named in full."""

from __future__ import annotations

import pytest


def citation_levels(simp, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.level.value) for f in simp.analyze(text, "brief").findings
            if f.rule == "SIM-J003"]


@pytest.mark.parametrize("text,citation,level", [
    # the law named in full belongs to the citation; a short one barely stops the reader
    ("Wir haben Sie gemäß § 28 Abs. 1 des Verwaltungsverfahrensgesetzes mit Schreiben vom "
     "3. Mai angehört.", "gemäß § 28 Abs. 1 des Verwaltungsverfahrensgesetzes", "info"),
    ("Die Gebühr wird nach § 3 der Gebührensatzung festgesetzt und ist im Mai zu zahlen.",
     "nach § 3 der Gebührensatzung", "info"),
    ("Sie sind gemäß § 60 Abs. 1 S. 1 Nr. 2 SGB I verpflichtet, uns jede Änderung Ihres "
     "Einkommens sofort mitzuteilen.",
     "gemäß § 60 Abs. 1 S. 1 Nr. 2 SGB I", "warning"),
])
def test_citation_span_and_level(simp, text, citation, level):
    assert citation_levels(simp, text) == [(citation, level)]
