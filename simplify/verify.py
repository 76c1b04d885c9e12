"""Verification of suggestions: a suggestion is shown only if it passes every check.

1. Analysed again, the finding it fixes is gone (fewer findings of that rule in the sentence,
   none for a whole-sentence rewrite) and no new warning or error appears.
2. Numbers, dates, amounts, § references, protected terms and names survive unchanged.
3. The result is well-formed: capital letter at the start, final punctuation kept, a finite
   verb where there was one, and a finite verb that agrees with "Sie" or "wir".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .report import Finding, Level, Suggestion

if TYPE_CHECKING:
    from .analyzer import Simplifier
    from .checks.base import Context

_KEEP = re.compile(r"\d[\d.,:/-]*\d|\d|§+")
FINITE = {"VVFIN", "VAFIN", "VMFIN"}


def preserved_items(text: str, protected: set[str], names: set[str]) -> Counter[str]:
    """Numbers, dates, amounts, § signs, protected terms and names in a text."""
    items: Counter[str] = Counter(m.group(0) for m in _KEEP.finditer(text))
    for word in re.findall(r"\w+", text):
        if word.casefold() in protected or word in names:
            items[word] += 1
    return items


class Verifier:
    """Checks suggestions for one analysed text; caches the analyses of sentence variants."""

    def __init__(self, simp: Simplifier, ctx: Context) -> None:
        self.simp = simp
        self.ctx = ctx
        self.cache: dict[str, list[Finding]] = {}
        self.protected = set(ctx.lexicon.protected)
        self.names = {t.text for t in ctx.doc if t.tag_ == "NE" and t.text[:1].isupper()
                      and not t.is_sent_start}

    def _findings(self, text: str) -> list[Finding]:
        if text not in self.cache:
            self.cache[text] = self.simp.fragment_findings(text, self.ctx.profile)
        return self.cache[text]

    def ok(self, finding: Finding, sug: Suggestion) -> bool:
        if finding.sentence is None:
            return False
        s = self.ctx.sentences[finding.sentence]
        if not (s.start <= sug.start <= sug.end <= s.end):
            return False
        text = self.ctx.text
        old = text[s.start:s.end]
        new = old[: sug.start - s.start] + sug.replacement + old[sug.end - s.start:]
        if sug.kind != "explain":
            before = preserved_items(text[sug.start:sug.end], self.protected, self.names)
            after = preserved_items(sug.replacement, self.protected, self.names)
            if before - after:
                return False
        if not self._well_formed(old, new):
            return False
        old_f, new_f = self._findings(old), self._findings(new)
        old_n = sum(1 for f in old_f if f.rule == finding.rule)
        new_n = sum(1 for f in new_f if f.rule == finding.rule)
        whole = sug.kind in {"rewrite", "split"}
        if (whole and new_n) or new_n >= old_n:
            return False
        # an explanation in brackets may lengthen the sentence; that is the clerk's call
        lenient = {"length", "readability"} if sug.kind == "explain" else set()
        old_w = Counter(f.rule for f in old_f if f.level.rank >= Level.warning.rank)
        new_w = Counter(f.rule for f in new_f
                        if f.level.rank >= Level.warning.rank and f.family not in lenient)
        new_w[finding.rule] = 0
        return not (new_w - old_w)

    def _well_formed(self, old: str, new: str) -> bool:
        o, n = old.strip(), new.strip()
        if not n:
            return False
        if o[:1].isupper() and not n[:1].isupper():
            return False
        if o[-1:] in ".!?" and n[-1:] not in ".!?":
            return False
        doc = self.simp.nlp(n)
        had_verb = any(t.tag_ in FINITE for t in self.simp.nlp(o))
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if had_verb and len(toks) > 3 and not any(t.tag_ in FINITE for t in toks):
                return False
            for i, t in enumerate(toks):
                if t.text in {"Sie", "wir", "Wir"} and i and toks[i - 1].tag_ in {"ART",
                                                                                "APPRART"}:
                    return False  # "der Sie", "vom Sie"
                if t.text in {"Sie", "wir", "Wir"} and t.tag_ == "PPER":
                    near = [x for x in toks[max(0, i - 1): i + 2] if x.tag_ in FINITE]
                    if near and not near[0].lower_.endswith("n"):
                        return False  # "Sie muss", "wir hat": no agreement
        return True
