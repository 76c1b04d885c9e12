"""Word swaps that break a noun's grammar: a prepositional phrase that belonged to the noun
it replaced, or a noun's complement that a nominalised verb cannot take. Such edits go to a
person for review (``one_click.hold_for_review``)."""

from __future__ import annotations

import re

# a phrase that opens with a preposition; the endings of nouns that name an action
_PREPOSITION = re.compile(r"(?:mit|in|im|zu|zum|zur|aus|nach|von|vom|auf|bei|unter)\s", re.I)
_ACTION_ENDINGS = ("ung", "ion", "nahme", "gabe")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def leaves_its_noun(text: str, start: int, end: int, replacement: str) -> bool:
    """A prepositional phrase right after a noun may belong to that noun, and the adverb that
    replaces it no longer can: "ein Recht zur Beendigung der Beauftragung mit sofortiger
    Wirkung" → "… der Beauftragung ab sofort" reads as the time the right is given (safety
    review 167). Such phrases belong to nouns of actions ("Beendigung", "Rücknahme"); after
    other nouns they belong to the verb ("die Daten zu diesem Zweck verarbeiten"). A swap to
    another prepositional phrase ("auf Papier") keeps its place."""
    if not _PREPOSITION.match(text, start, end) or replacement != replacement.lower():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    word = before.group(1) if before else ""
    return word[:1].isupper() and word.isalpha() and word.endswith(_ACTION_ENDINGS)


_VERB_NOUN = re.compile(r"(?:zum|beim|vom)\s+[A-ZÄÖÜ][a-zäöüß]+en$")
_NOUN_PREPOSITION = re.compile(r"\s+(?:unter|auf|über|gegen|an|für)\b")


def noun_complement_after(text: str, end: int, replacement: str) -> bool:
    """A noun's own complement follows, which a nominalised verb cannot take: "die Pflicht
    zur Unterschrift unter den Antrag" became "zum Unterschreiben unter den Antrag"
    (safety review 313)."""
    return _VERB_NOUN.search(replacement) is not None and \
        _NOUN_PREPOSITION.match(text, end) is not None
