"""A signer's declaration: "Ich erkläre, dass …", "Mir ist bekannt, dass …", "Ich willige
ein, dass …". What it says in the passive ("…, dass meine Daten an das Amt übermittelt
werden") is what the signer confirms, in the form's fixed wording; who carries it out does not
matter to the one who signs, or the form names it elsewhere. Findings reviews 150-310 judged
2 of 32 passive hints in such sentences worth the time, 19 noise ("a first-person
declaration; the passive is natural"). A passive that names its actor keeps its finding
("…, dass die Daten durch die forderungsempfangende Person eingegeben werden": the active
sentence says who handles the data; a shared review judged it worth)."""

from __future__ import annotations

import re

from .sentence_span import sentence_span

_DECLARES = re.compile(
    r"\b(?:[Ii]ch|[Ww]ir)\b[^.;:]{0,60}\b(?:erkläre[n]?|versichere[n]?|willige[n]?|bestätige[n]?"
    r"|einverstanden)\b|\b(?:[Mm]ir|[Uu]ns) (?:ist|sind) bekannt\b")


def in_declaration(text: str, pos: int) -> bool:
    """``pos`` lies in a sentence in which the signer declares or confirms."""
    start, end = sentence_span(text, pos, 600)
    return _DECLARES.search(text, start, end) is not None
