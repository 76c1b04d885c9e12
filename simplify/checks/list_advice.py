"""The advice of a word-list entry without a replacement: its note, and where the note
rewrites the entry's own example sentence, the example beside it."""

from __future__ import annotations

import re

from ..wordlists import Entry

# a note that rewrites the entry's example sentence: an instruction, then the rewrite
_REWRITE = re.compile(r"^(?P<how>[^„“]*?)[:\s]*„(?P<rewrite>[^„“]+)“\.?$")
_PLAIN_HOW = {"", "umformulieren", "umschreiben"}


def list_tip(e: Entry) -> str:
    """The list's note as advice. A note that rewrites the entry's own example sentence
    ("umformulieren: „Wir erledigen den Schaden in etwa zwei Wochen.“") shows the example with
    it: on its own the rewrite reads as advice for the sentence at hand, which blind reviewers
    called unrelated ("the tip about settling damages in two weeks is unrelated")."""
    note = e.note.strip().rstrip(".")
    m = _REWRITE.match(e.note.strip())
    example = e.example.replace("[", "").replace("]", "").strip()
    if m and example and len(m["rewrite"].split()) >= 2:
        how = re.sub(r"[;,]?\s*(besser|etwa so)$", "", m["how"].strip()).strip(" ;:,")
        rewrite = m["rewrite"]
        pair = (f"Ein Beispiel: Aus „{example}“ wird „{rewrite}“"
                if rewrite.endswith((".", "!", "?", "…"))  # the whole sentence rewritten
                else f"Ein Beispiel: In „{example}“ besser „{rewrite}“.")
        return pair if how in _PLAIN_HOW else f"Tipp: {how}. {pair}"
    return f"Tipp: {note}" if note.endswith("“") else f"Tipp: {note}."


def explain_advice(explanation: str, in_label: bool) -> str:
    """The end of a term-of-art message: the explanation, and in a heading or form label the
    advice to say there in everyday words what it is about (three blind verdicts in review
    20 on "Rechtsbehelfsbelehrung" as a heading: "a plain question is better than a gloss")."""
    if not in_label:
        return f": {explanation}"
    return (f": {explanation}. In einer Überschrift oder einem Feldnamen sagen Sie besser in "
            "Alltagswörtern, worum es geht, zum Beispiel mit einer Frage; das Fachwort erklären "
            "Sie dann im Text")

