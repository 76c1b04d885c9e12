"""Passive detection: all tenses, modal passive, sein + zu, erfolgen; never Futur I."""

from __future__ import annotations

import pytest

PASSIVE = {"SIM-P001", "SIM-P002", "SIM-P003", "SIM-P004", "SIM-P005"}


def rules_for(simp, text: str) -> set[str]:
    return {f.rule for f in simp.analyze(text).findings if f.rule.startswith("SIM-P")}


@pytest.mark.parametrize("text,rule", [
    ("Der Antrag wird geprüft.", "SIM-P001"),
    ("Der Antrag wurde gestern geprüft.", "SIM-P001"),
    ("Der Antrag ist geprüft worden.", "SIM-P001"),
    ("Der Antrag war geprüft worden.", "SIM-P001"),
    ("Der Antrag wird geprüft worden sein.", "SIM-P001"),
    ("Wir teilen mit, dass die Gebühr erhoben wurde.", "SIM-P001"),
    ("Das Formular muss ausgefüllt werden.", "SIM-P002"),
    ("Die Unterlagen können per Post eingereicht werden.", "SIM-P002"),
    ("Der Antrag ist bis zum 1. März einzureichen.", "SIM-P003"),
    ("Die Gebühren sind innerhalb eines Monats zu zahlen.", "SIM-P003"),
    ("Die Auszahlung erfolgt monatlich.", "SIM-P004"),
    ("Es wird gebeten, die Unterlagen mitzubringen.", "SIM-P005"),
])
def test_passive_detected(simp, text, rule):
    assert rule in rules_for(simp, text)


@pytest.mark.parametrize("text", [
    "Wir werden Sie informieren.",
    "Wir werden den Antrag schnell prüfen.",
    "Die Gebühr wird am 1. Juli fällig.",
    "Sie wird Lehrerin.",
    "Das Parken ist teurer geworden.",
    "Ihr Antrag ist bei uns eingegangen.",
    "Sie sind nach Musterstadt umgezogen.",
    "Wir prüfen den Antrag und schreiben Ihnen.",
    "Sie gehen zum Amt, um den Pass abzuholen.",
    "Die Zahlung kommt am Monatsende.",
])
def test_passive_not_detected(simp, text):
    assert rules_for(simp, text) & PASSIVE == set()


def test_passive_span_is_the_verb_complex(simp):
    text = "Die Unterlagen werden von uns geprüft."
    f = next(f for f in simp.analyze(text).findings if f.rule == "SIM-P001")
    assert text[f.start:f.end] == "werden von uns geprüft"
