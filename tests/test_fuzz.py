"""Random text never crashes analyze(), and every offset in the Report points into the text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplify.normalize import encodable

PIECES = [
    "Der Antrag ist bis zum 1. März einzureichen.", "Sie", "wird", "geprüft", "z. B.", "§ 3",
    "Abs. 2", "Nr. 1", "u. a.", "Verwaltungsvorschrift", "Kraftfahrzeug-Haftpflicht", "und",
    "dass", "werden", "man", "a)", "1.", "-", "•", " ", "  ", "\n", "\n\n", "\t", ",", ".", ";",
    ":", "!", "?", "...", "(", ")", "[", "]", "„", "“", "\"", "'", "»", "«", "–",
    "\ud800", "\udfff", "\ud83d", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
    "\x01", "\x1f", "\x7f", "\x85", "\u2028", "\u2029", "👨\u200d👩\u200d👧", "😀", "é", "ß",
    "\ufffd", "ä", "e\u0301", "x" * 50, "ab" * 30,
]

texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=200),
)


def _check_report(text: str, report) -> None:
    readable = encodable(text)
    for s in report.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.text == readable[f.start:f.end]
        if readable == text:
            assert f.text == text[f.start:f.end]
        for sug in f.suggestions:
            assert 0 <= sug.start <= sug.end <= len(text)
    json.loads(report.model_dump_json())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_random_text_gives_a_valid_report(simp, text):
    _check_report(text, simp.analyze(text))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=20).map("".join),
       st.integers(min_value=20, max_value=120))
def test_random_runs_without_spaces(simp, unit, repeat):
    text = unit * repeat
    _check_report(text, simp.analyze(text, "leicht"))
