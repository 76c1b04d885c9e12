"""The letterhead of a letter or notice: sender, file number, date.

A letter template opens with a block like

    Hauptzollamt Musterstadt – Dienstsitz Beispielhausen
    Steuernummer: 5719 4826 3104 · Datum: 21.03.2025

Nobody reads it to understand the letter, and its words are names and numbers a clerk cannot
change ("Dienstsitz", "Flurstück 112/4", "Nachlassgericht"). Two blind reviews of findings on
fresh letters judged every finding there noise. The service checks the letterhead as if it
were switched off with ``<!-- simplify: aus -->`` (``suppress.py``): no findings there, no
part in the scores, no change by ``fix``.

The letterhead is the text's first block (up to the first blank line), if it has at most
``MAX_LINES`` short lines, at least one of them a file number, customer number, date, phone
number, e-mail address or postcode with town, and text follows it. A block of ordinary
sentences is never one.
"""

from __future__ import annotations

import re

from .checks.legal_wording import quotes_a_law

MAX_LINES = 8
MAX_WORDS = 14  # words in a line of a letterhead
_META = re.compile(
    r"(?:Aktenzeichen|Az\.|Gesch[äa]ftszeichen|Kassenzeichen|Steuernummer|Kundennummer|"
    r"Mitgliedsnummer|Versicherungsnummer|Personenkennziffer|Ihr Zeichen|Unser Zeichen|"
    r"Datum|Tel\.|Telefon|E-Mail)\s*:?\s*\S|\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\b"
    # a postcode and town ending the line: an address
    r"|\b\d{5}\s+(?!Euro\b|EUR\b)[A-ZÄÖÜ][a-zäöüß]+\S*(?:\s+\S+)?\s*$")


def letterhead(text: str) -> tuple[int, int] | None:
    """Start and end of the letterhead in ``text``, or None."""
    start = len(text) - len(text.lstrip("\r\n \t"))
    blank = re.compile(r"\r?\n[ \t]*\r?\n").search(text, start)
    if blank is None or not text[blank.end():].strip():
        return None  # one block only: the letterhead of what?
    block = text[start:blank.start()]
    lines = [line for line in block.splitlines() if line.strip()]
    if not lines or len(lines) > MAX_LINES:
        return None
    if any(len(line.split()) > MAX_WORDS for line in lines):
        return None
    if not any(_META.search(line) for line in lines):
        return None
    if quotes_a_law(block):
        return None  # the title of a quoted law or regulation, with its date: no sender
    return start, blank.start()
