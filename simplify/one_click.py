"""Which verified edits stay one-click. The verifier (``verify.py``) checks each edit on its own;
some are right in form and meaning but still need a person, because of where they are:

* in the law's words: a paragraph of an enacted rule ("(2) Der Steuersatz beträgt 20 v. H."),
  or a sentence that ends with its legal basis ("… (§ 5 Abs. 1 JuSchG).");
* a word the same sentence uses again, also inside another word: swapping one "Anschrift"
  for "Adresse" and leaving the other, or "zu entrichten" → "zu zahlen" beside "bei
  Nichtentrichtung", makes two words for one thing, which reads as two things.

Each class was found by a blind safety review on fresh texts; the edits stay, for review.
"""

from __future__ import annotations

from collections import Counter

from .checks import SentenceView
from .checks.legal_wording import cites_its_law, enacted_rule
from .report import Finding


def hold_for_review(text: str, sentences: list[SentenceView], findings: list[Finding]) -> None:
    """Mark the safe suggestions of ``findings`` that need a person as ``review`` (in place)."""
    twice = Counter((f.sentence, f.rule, f.term) for f in findings if f.term)
    read: dict[int, tuple[bool, str]] = {}  # per sentence: cites its law, its folded text
    for f in findings:
        safe = [c for c in f.suggestions if c.safe]
        if not safe:
            continue
        held = bool(f.term) and twice[(f.sentence, f.rule, f.term)] > 1
        if f.sentence is not None and not held:
            if f.sentence not in read:
                s = sentences[f.sentence]
                words = text[s.start:s.end]
                read[f.sentence] = (cites_its_law(words), words.casefold())
            cited, folded = read[f.sentence]
            stem = _stem(f.term) if f.term else None
            held = cited or (stem is not None and folded.count(stem) > 1)
        for c in safe:
            if held or enacted_rule(text, c.start):
                c.safety = "review"


def _stem(term: str) -> str | None:
    """The part of a word that its relatives share ("entricht" of "entrichten" and
    "Nichtentrichtung"); None for short words, whose letters occur inside other words."""
    word = term.casefold()
    if " " in word:
        return None
    for ending in ("ungen", "ung", "en", "n", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word if len(word) >= MIN_STEM else None


MIN_STEM = 6  # letters: "zahl" occurs in "Anzahl", "entricht" only in its relatives
