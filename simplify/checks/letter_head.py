"""A letter's head: everything above its salutation (letterhead, addresses, file data, the
subject line).

Its words are labels, names and the subject, not sentences the reader works through. Blind
findings reviews 18-151 judged the style findings raised there: of 117 Amtsdeutsch words
("gemäß", "Vollzug", "Beseitigung" in subject lines) 5 were worth a clerk's time and 76 noise
("a fixed Bavarian subject-line formula"); of 32 noun clusters 4 ("a subject line that
identifies the matter; nominal style is normal there"); of 13 long words 1, of 10 long
"sentences" none. Rules with the param ``skip_in_letter_head`` give no finding there; terms of
art keep their own handling (``subject_terms.py``).
"""

from __future__ import annotations

from functools import lru_cache

from ..audience import SALUTATION_LINE

HEAD_REACH = 1_500  # characters between a place in the head and the salutation
SENTENCE_WORDS = 3  # a line of this many words with a final mark is a sentence


@lru_cache(maxsize=8)
def _first_salutation(text: str) -> tuple[int, int] | None:
    """Span of the text's first salutation line: found once per text, not once per finding
    (the rules ask for every place they flag)."""
    m = SALUTATION_LINE.search(text)
    return None if m is None else m.span()


def salutation_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the salutation line that closes the letter head ``pos`` stands in, or None
    (no salutation within reach below, or one above ``pos`` already)."""
    first = _first_salutation(text)
    if first is None or not pos <= first[0] < pos + HEAD_REACH:
        return None
    return first


def salutation_before(text: str, pos: int) -> bool:
    first = _first_salutation(text)
    return first is not None and first[0] < pos


def in_letter_head(text: str, pos: int) -> bool:
    """``pos`` stands above the salutation, on a line that is no sentence of its own (a
    sentence there, "Wir sind umgezogen.", is text like any other)."""
    if salutation_after(text, pos) is None:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return not (line.endswith((".", "!", "?")) and len(line.split()) >= SENTENCE_WORDS)
