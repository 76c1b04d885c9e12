"""A term of art in a letter's head (subject line, file data, a delivery note).

SIM-J006 asks to explain a term at its first use. In a letter the first use is often the
subject line ("Anhörung gemäß § 28 VwVfG", "Widerruf der Zweckentfremdungsgenehmigung"), where
no explanation fits. Blind reviews 18-143 judged 68 such findings: where the body takes the
term up again, 7 were worth a clerk's time and 45 noise ("required label in the subject line;
the body explains the hearing in plain words", "not the place for a gloss"); where the body
does not use the term again, 11 of 48 were worth it. Reviews 150-250 judged the head's terms
that the body does not use again: 0 of 27 worth, 14 noise ("the delivery note in the
letterhead, not running text", "a gloss belongs in the body, not in the subject line"). So a
term in the head gets no finding; its first use in the body is the one to explain (and is
silent when the body explains the term there).
"""

from __future__ import annotations

import re

from ..lexicon import TermHit
from .base import Context
from .letter_head import salutation_after, salutation_before


def in_head(ctx: Context, hit: TermHit) -> bool:
    """The term stands above the letter's salutation."""
    return salutation_after(ctx.text, hit.start) is not None


# a heading's number: "3.", "IV.", "2.1", "b)"
_NUMBER = re.compile(r"[ \t]*(?:(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)\.?|[a-zA-Z]\))?[ \t]*")


def heads_its_section(ctx: Context, hit: TermHit) -> bool:
    """In a letter, the term is a section's heading by itself ("Rechtsbehelfsbelehrung", "3.
    Auskunftssperre:") with text below it: the section says what the term means, and a heading
    holds no explanation. Blind reviews 18-148 judged 65 such findings: 5 worth a clerk's time
    ("the fixed, legally expected heading of a Bescheid; a definition in the heading would only
    clutter it"). On an information page or a form the heading names the page's topic, and
    editors asked to explain it there ("Einstweilige Anordnung", "Abtretung")."""
    text = ctx.text
    if not salutation_before(text, hit.start):
        return False
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    if end < 0 or not text[end:].strip():
        return False
    return (_NUMBER.fullmatch(text[start:hit.start]) is not None
            and text[hit.end:end].strip() in {"", ":"})

