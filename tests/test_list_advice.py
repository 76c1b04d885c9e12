"""The advice of a word-list entry without a replacement (simplify/checks/list_advice.py)."""

from __future__ import annotations

import pytest

from simplify.checks.list_advice import list_tip
from simplify.wordlists import Entry


def entry(note: str, example: str = "Die [Abwicklung] des Schadens dauert zwei Wochen.") -> Entry:
    return Entry(list_name="amtsdeutsch", term="Abwicklung", note=note, source="eigene",
                 example=example)


def test_a_rewritten_example_sentence_is_shown_with_the_example():
    tip = list_tip(entry("umformulieren: „Wir erledigen den Schaden in zwei Wochen.“"))
    assert tip == ("Ein Beispiel: Aus „Die Abwicklung des Schadens dauert zwei Wochen.“ "
                   "wird „Wir erledigen den Schaden in zwei Wochen.“")


def test_a_rewritten_phrase_names_the_example_it_belongs_to():
    tip = list_tip(entry("mit Verb: „wenn wir den Schaden erledigen“"))
    assert tip == ("Tipp: mit Verb. Ein Beispiel: In „Die Abwicklung des Schadens dauert zwei "
                   "Wochen.“ besser „wenn wir den Schaden erledigen“.")


@pytest.mark.parametrize("note,want", [
    ("die Sache genau nennen", "Tipp: die Sache genau nennen."),
    ("„erledigen“", "Tipp: „erledigen“"),   # one word: a replacement idea, not a rewrite
    ("„beheben“; beim Widerspruch: „Wir ändern den Bescheid.“",
     "Tipp: „beheben“; beim Widerspruch: „Wir ändern den Bescheid.“"),
])
def test_other_notes_stay_a_tip(note, want):
    assert list_tip(entry(note)) == want
