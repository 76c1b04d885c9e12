"""Which verified edits stay one-click. The verifier (``verify.py``) checks each edit on its own;
some are right in form and meaning but still need a person, because of where they are:

* in the law's words: a paragraph of an enacted rule ("(2) Der Steuersatz beträgt 20 v. H."),
  or a sentence that ends with its legal basis ("… (§ 5 Abs. 1 JuSchG).");
* a word the same sentence uses again: swapping one "Anschrift" for "Adresse" and leaving the
  other makes two words for one thing, which reads as two things.

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
    cited: dict[int, bool] = {}
    for f in findings:
        safe = [c for c in f.suggestions if c.safe]
        if not safe:
            continue
        if f.sentence is not None and f.sentence not in cited:
            s = sentences[f.sentence]
            cited[f.sentence] = cites_its_law(text[s.start:s.end])
        held = (f.term and twice[(f.sentence, f.rule, f.term)] > 1) or cited.get(f.sentence)
        for c in safe:
            if held or enacted_rule(text, c.start):
                c.safety = "review"
