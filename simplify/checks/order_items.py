"""The items of an order that a one-click rewrite must leave impersonal: the numbered
measures a hearing announces (a decision not yet made) and the conditions of a permit (which
bind whoever holds it). Split from ``one_click.py``."""

from __future__ import annotations

import re

from ..audience import BLANK_LINE
from .legal_wording import ITEM

# the measures a hearing announces: "Es ist beabsichtigt, gegenüber der … GmbH folgende
# Maßnahmen anzuordnen:", then numbered items
_ANNOUNCES = re.compile(r"^[^\n]*\bbeabsichtig[^\n]*:[ \t]*$", re.M | re.I)
DRAFT_REACH = 4_000  # characters back to the line that announces the measures


def _last_before(head: re.Pattern[str], text: str, pos: int,
                 reach: int = DRAFT_REACH) -> re.Match[str] | None:
    """The last match of ``head`` in the ``reach`` characters before ``pos``, or None."""
    last = None
    for m in head.finditer(text, max(0, pos - reach), pos):
        last = m
    return last


def in_draft_order(text: str, pos: int) -> bool:
    """``pos`` lies in the numbered items of an order a hearing announces: the wording of a
    decision not yet made, addressed as the order will be ("Die Leistungsanbieterin hat …");
    "Teilen Sie … mit" there reads as an order in force (safety review 41)."""
    last = _last_before(_ANNOUNCES, text, pos)
    if last is None:
        return False
    # every paragraph from the announcement to ``pos`` is an item of its list
    paragraphs = BLANK_LINE.split(text[last.end():pos].strip("\n"))
    return all(ITEM.match(p) is not None for p in paragraphs if p.strip())


# the conditions of a permit ("4. Nebenbestimmungen", "II. Nebenbestimmungen (Auszug)",
# "Auflagen:") are impersonal because they bind whoever holds it, a later owner too; "Legen
# Sie … vor" there speaks only to today's holder (safety reviews 121, 123 and 211)
_CONDITIONS = re.compile(r"^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]?[ \t]+)?(?:Nebenbestimmungen|"
                         r"Auflagen|Bedingungen|Auflagen und Bedingungen|Bedingungen und "
                         r"Auflagen)(?:[ \t]*\([^)\n]*\))?[ \t]*:?[ \t]*$", re.M)
# or a sentence that leads into them: "Die Erlaubnis wurde mit folgenden Auflagen versehen:"
# (safety review 133: a hearing letter quoted the old conditions, "Teilen Sie … mit" made
# condition 3.2 a new instruction)
_CONDITIONS_LEAD = re.compile(r"\bfolgenden?[ \t]+(?:[a-zäöü]\w*[ \t]+)?(?:Nebenbestimmungen|"
                              r"Auflagen|Bedingungen)\b[^\n:]{0,60}:[ \t]*$", re.M)
_CONDITION_ITEM = re.compile(r"[ \t]*(?:[-–•][ \t]*)?(?:(?:Nr\.|Ziffer|Ziff\.)[ \t]*)?"
                             r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))[ \t:]")


def in_conditions(text: str, pos: int) -> bool:
    """``pos`` lies in the numbered items under a permit's heading of conditions, or under
    a sentence that leads into them."""
    heads = [m for m in (_last_before(_CONDITIONS, text, pos),
                         _last_before(_CONDITIONS_LEAD, text, pos)) if m is not None]
    if not heads:
        return False
    last = max(heads, key=lambda m: m.end())
    lines = [line for line in text[last.end():pos].split("\n") if line.strip()]
    return all(_CONDITION_ITEM.match(line) for line in lines)


# the operative part of a decision: after its heading ("V e r f ü g u n g :", "erlässt folgende
# Verfügung:", "Tenor") up to its reasons; its words bind, "insbesondere in Krankenhäusern"
# sets the scope of a ban, and "vor allem" narrowed it (safety review 247)
_OPERATIVE_HEAD = re.compile(
    r"^[^\n]*\b(?:folgenden?|nachstehenden?)[ \t]+(?:Verfügung|Bescheid|Anordnung|Entscheidung)"
    r"[ \t]*:[ \t]*$|^[ \t]*(?:" + "|".join(r"[ \t]?".join(w) for w in (
        "Verfügung", "Bescheid", "Anordnung", "Tenor", "Entscheidung")) + r")[ \t]*:[ \t]*$",
    re.M | re.I)
_REASONS = re.compile(r"^[ \t]*(?:[IVX]{1,4}\.[ \t]*|\d\.[ \t]*)?(?:Begründung|Gründe|Sachverhalt|"
                      r"Hinweise?|Rechtsbehelfsbelehrung)\b", re.M | re.I)


def in_operative_part(text: str, pos: int) -> bool:
    """``pos`` lies between a decision's operative heading and its reasons."""
    last = _last_before(_OPERATIVE_HEAD, text, pos)
    return last is not None and _REASONS.search(text, last.end(), pos) is None


# the facts of a decision's reasons: "Sachverhalt", or "Begründung:" and its part "I.", up to
# part "II." (the legal assessment) or the notice of appeal. Its sentences report what the
# parties did and planned: "Der Reinertrag soll für … verwendet werden" is the applicant's
# plan, and "Sie sollen den Reinertrag … verwenden" made it an order (safety review 282)
_FACTS_HEAD = re.compile(r"^[ \t]*(?:(?:[IVX]{1,4}|\d|[A-H])\.[ \t]*)?Sachverhalt\b[^\n]*$|"
                         r"^[ \t]*(?:Begründung|Gründe)[ \t]*:?[ \t]*\n\s*I\.[ \t]*$",
                         re.M | re.I)
_FACTS_END = re.compile(r"^[ \t]*(?:II\.|B\.|Rechtliche Würdigung|Rechtsbehelfsbelehrung)",
                        re.M | re.I)
FACTS_REACH = 8000  # characters back to the heading of the facts


def in_facts(text: str, pos: int) -> bool:
    """``pos`` lies in the facts of a decision's reasons (after "Sachverhalt" or "Begründung:"
    with its part "I.", before part "II.")."""
    last = _last_before(_FACTS_HEAD, text, pos, FACTS_REACH)
    return last is not None and _FACTS_END.search(text, last.end(), pos) is None
