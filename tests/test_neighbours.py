"""A hard line break inside a sentence (forms extracted from PDF) is a token of its own in
spaCy; checks that look at a word's neighbour must step over it."""

from __future__ import annotations

from simplify.clauses import neighbour


def test_neighbour_steps_over_line_breaks(simp):  # noqa: ANN001
    doc = simp.nlp("Bitte schicken Sie die\nUnterlagen zurück.")
    noun = next(t for t in doc if t.text == "Unterlagen")
    assert neighbour(noun, -1).text == "die"
    assert neighbour(noun, 1).text == "zurück"
    assert neighbour(doc[0], -1) is None
    assert neighbour(doc[-1], 1) is None


def test_verb_first_condition_across_a_line_break(simp):  # noqa: ANN001
    for text in ("Sollten Sie umziehen, melden Sie sich bitte im Bürgeramt.",
                 "Sollten Sie umziehen,\nmelden Sie sich bitte im Bürgeramt."):
        found = [f.text for f in simp.analyze(text, "brief").findings if f.rule == "SIM-S001"]
        assert found == ["Sollten Sie umziehen"], text
