"""Terms that label an identifier the reader copies ("Flurstück 112/4", "Kassenzeichen
5.0120.448817.3"): no prose to explain (for the word-list check, checks/wordlist.py)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..clauses import neighbour
from ..linebreaks import doc_text

# a number that identifies: "3", "112/4", "5.0120.448817.3"; an amount ("3,50 Euro") is none
_NUMBER = re.compile(r"\d+[a-z]?")
_COMPOSITE = re.compile(r"\d+(?:[/.\-]\d+)+[a-z]?")  # "112/4": no grade, no date ("31.")
_AMOUNT_AFTER = re.compile(r"\s*(?:€|EUR|Euro|%|Prozent|m²|m|km|ha|qm)\b")


def _labelled(t: Token) -> Token | None:
    """The number after the noun ``t`` when ``t`` labels it ("Flur 3"), else None."""
    after = neighbour(t, 1)
    if after is None or not (_NUMBER.fullmatch(after.text) or _COMPOSITE.fullmatch(after.text)):
        return None
    end = after.idx + len(after.text)
    return None if _AMOUNT_AFTER.match(doc_text(t.doc), end, end + 12) else after


def designation(t: Token) -> bool:
    """The term ending at ``t`` labels an identifier the reader copies, not prose to explain:
    "Flurstück 112/4", "Kassenzeichen 5.0120.448817.3", a chain of labelled parts
    ("Gemarkung Lindenau, Flur 3, Flurstücke 12 und 13"). A grade or level keeps its
    explanation ("Pflegegrad 3"). Blind reviews 18-33: "part of a cadastral identifier, not
    prose to explain", 9 of 11 such findings noise."""
    number = _labelled(t)
    if number is not None and _COMPOSITE.fullmatch(number.text):
        return True
    # the next part of the chain: "Flur 3, Flurstück …", "Gemarkung Lindenau, Flur 3"
    value = number or neighbour(t, 1)
    comma = neighbour(value, 1) if value is not None and (
        number is not None or value.tag_ in {"NE", "NN"}) else None
    label = neighbour(comma, 1) if comma is not None and comma.text == "," else None
    if label is not None and label.tag_ == "NN" and _labelled(label) is not None:
        return True
    # the previous part: "…, Flur 5, Flurstücke 12"
    comma = neighbour(t, -1)
    value = neighbour(comma, -1) if comma is not None and comma.text == "," else None
    label = neighbour(value, -1) if value is not None else None
    return (number is not None and label is not None and label.tag_ == "NN"
            and (_labelled(label) is value or value.tag_ in {"NE", "NN"}))
