"""Verification of suggestions: a suggestion is shown only if it passes every check.

1. Protected text stays: nothing is replaced inside a quotation, a quoted statute, a name of
   an authority or body, a code or the organisation's names; a sentence rewrite keeps each of
   them verbatim; no explanation is inserted into a heading or form label (``protect.py``).
2. Every word form the suggestion creates exists in German (``forms.py``: wordfreq's German
   list and the noun paradigms of german-nouns): no "dieseren", "obenen", "genuge".
3. Analysed again, the finding it fixes is gone (fewer findings of that rule in the sentence,
   none for a whole-sentence rewrite) and no new warning or error appears. Only the rules that
   can say so run again: the finding's own rule and the rules that can raise a warning in
   the profile; the readability index is a measure of the whole text and is left out.
4. Numbers, dates, amounts, § references, protected terms and names survive unchanged.
5. The result is well-formed: capital letter at the start, final punctuation kept, a finite
   verb where there was one, and a finite verb that agrees with "Sie" or "wir".

A suggestion that passes keeps the safety its generator gave it (``safe`` for one-click use,
``review`` for a person to read first); a failing one is not offered at all.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Hashable
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .checks import RAISING
from .forms import is_real_form
from .memo import BoundedMemo
from .report import Finding, Level, Suggestion

_DEFINITE = {"der", "die", "das", "dem", "den", "des"}

if TYPE_CHECKING:
    from .analyzer import Simplifier
    from .checks.base import Context, SentenceView
    from .rules import Profile

LONG_SENTENCE = 40  # words; beyond this, word replacements are verified in their clause
WINDOW = 12  # tokens on each side when even the clause is too long
# Verification budget per document, in characters analysed again: a fixed allowance plus a
# multiple of the text length, so the total work stays linear in the text whatever it holds
# (10,000 "z. B." gave 10,000 re-analyses). Beyond it, findings keep no suggestions. Our
# corpus and the admin texts use at most 4x their length (measured with a counting Verifier).
BUDGET_BASE = 20_000
BUDGET_FACTOR = 10

# Verdicts kept across documents (see VerdictMemo): about 1 KB each, so at most ~20 MB.
VERDICT_MEMO = 20_000

# a Markdown emphasis ("**bis 14:00 Uhr**") counts too: a rewrite that splits it into "* *"
# shows stray asterisks on the page (safety review 300)
_KEEP = re.compile(r"\d[\d.,:/-]*\d|\d|§+|\*\*|__")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
FINITE = {"VVFIN", "VAFIN", "VMFIN"}


def preserved_items(text: str, protected: set[str], names: set[str]) -> Counter[str]:
    """Numbers, dates, amounts, § signs, Markdown emphasis, protected terms and names."""
    items: Counter[str] = Counter(m.group(0) for m in _KEEP.finditer(text))
    for word in re.findall(r"\w+", text):
        if word.casefold() in protected or word in names:
            items[word] += 1
    return items


class VerdictMemo(BoundedMemo[Hashable, bool]):
    """Verdicts on changed passages, kept across documents, least recently used dropped first.

    Whether a changed passage passes the analysis (steps 3 and 5) depends only on the passage
    before and after, the rule, the kind of change, the profile and whether the text speaks to
    its reader: never on the rest of the document. Texts come again (a form template checked
    after each edit, the same labels in every form of a team), and re-analysing their passages
    was 40 % of the time of a repeated check. Bounded, so memory stays flat under ever-new
    texts; held in memory only, like the tagger's caches, and never written anywhere.
    """

    def __init__(self, size: int = VERDICT_MEMO) -> None:
        super().__init__(size)


def profile_key(prof: Profile) -> tuple:
    """Everything of a profile that a verdict can depend on, as a hashable key."""
    return (prof.name, prof.target, tuple(sorted(prof.limits.items())),
            tuple(sorted(prof.levels.items())))


class _Passage:
    """A sentence variant analysed again, with the findings of the rules asked so far."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ctx: Context | None = None
        self.scored = False  # the context has the index and sentence difficulty
        self.by_rule: dict[str, list[Finding]] = {}
        self.first_rule: str | None = None  # the rule of the first suggestion asking for it


class Verifier:
    """Checks suggestions for one analysed text; caches the analyses of sentence variants."""

    def __init__(self, simp: Simplifier, ctx: Context) -> None:
        self.simp = simp
        self.ctx = ctx
        self.cache: dict[str, _Passage] = {}
        prof = ctx.profile
        # rules whose findings can block a suggestion as "a new warning or error"
        levels = {r.id: simp._level(r, prof, None) for r in simp.rules.values()}
        self.watched = {
            r.id for r in simp.rules.values()
            if r.family != "readability" and levels[r.id] is not None
            and (r.check in RAISING or levels[r.id].rank >= Level.warning.rank)}
        self.protected = set(ctx.lexicon.protected)
        # rule -> the rules that cover it (a covered finding is dropped when its coverer ran)
        self.coverers: dict[str, set[str]] = {}
        for coverer, covered in simp.covers.items():
            for r in covered:
                self.coverers.setdefault(r, set()).add(coverer)
        self._names: set[str] | None = None
        self._memo_key = (profile_key(prof), ctx.addresses_reader)
        self.budget = BUDGET_BASE + BUDGET_FACTOR * len(ctx.text)
        self.analyses = 0  # re-analyses run (cache misses), for tests and benchmarks
        self.analysed_chars = 0
        self._index: dict[int, tuple[list[int], list[int]]] = {}
        self._token_starts: list[int] | None = None  # the document's, for the article check

    @property
    def names(self) -> set[str]:
        """Proper names of the document (tagged NE, capitalised, not sentence-initial); built
        on first use: most documents have no suggestion that replaces a name-like word."""
        if self._names is None:
            self._names = {t.text for s in self.ctx.sentences for t in s.tokens
                           if t.tag_ == "NE" and t.text[:1].isupper() and not t.is_sent_start}
        return self._names

    def _affordable(self, *texts: str) -> bool:
        """True if analysing the texts not yet cached stays within the budget."""
        cost = sum(len(t) for t in set(texts) if t not in self.cache)
        return self.analysed_chars + cost <= self.budget

    def _positions(self, s: SentenceView) -> tuple[list[int], list[int]]:
        """Start offsets of the sentence's tokens and clauses (for bisection)."""
        if s.index not in self._index:
            self._index[s.index] = ([t.idx for t in s.tokens],
                                    [c.start for c in s.clauses.clauses])
        return self._index[s.index]

    def _analysed(self, text: str) -> _Passage:
        if text not in self.cache:
            self.analyses += 1
            self.analysed_chars += len(text)
            self.cache[text] = _Passage(self.simp.nlp(text))
        return self.cache[text]

    def _findings(self, text: str, rule: str, only: set[str] | None = None) -> list[Finding]:
        """Findings of ``rule`` and of the watched rules in the passage (of ``only`` if given).

        A rule's findings depend on the rules run with it only through ``covers`` (a covered
        finding is dropped when its coverer ran; budgets always run as a group). Each rule
        gets the findings of one run: the watched rules and the passage's first rule with
        the coverers among them, any other rule alone. So a passage's rules can be run as
        they are needed, and the findings are the same as when the first suggestion asking
        for the passage ran all the watched rules at once."""
        p = self._analysed(text)
        if p.first_rule is None:
            p.first_rule = rule
        wanted = self.watched | {rule} if only is None else only
        missing = wanted - p.by_rule.keys()
        base = self.watched | {p.first_rule}
        if base & self.simp.budgeted:
            base |= self.simp.budgeted  # passage_findings runs a budget as a group
        inside = missing & base
        if inside:
            run = inside | {c for r in inside for c in self.coverers.get(r, ()) if c in base}
            self._run(p, run, inside)
        for r in missing - base:
            self._run(p, {r}, {r})
        return [f for r in wanted for f in p.by_rule[r]]

    def _run(self, p: _Passage, run: set[str], keep: set[str]) -> None:
        """Run the rules ``run`` on the passage; keep the findings of the rules ``keep``."""
        scores = any(self.simp.rules[r].family == "readability" for r in run)
        if p.ctx is None or (scores and not p.scored):
            p.ctx = self.simp.passage_context(
                p.doc, self.ctx.profile, addresses_reader=self.ctx.addresses_reader,
                holds_letter=self.ctx.holds_letter, scores=scores)
            p.scored = scores
        found = self.simp.passage_findings(p.ctx, run)
        for r in keep:
            p.by_rule[r] = [f for f in found if f.rule == r]

    def _window(self, s: SentenceView, sug: Suggestion) -> tuple[int, int]:
        """Where to re-analyse: the sentence, or for a word in a very long sentence its
        clause (re-analysing 400 words for each word replacement would be quadratic)."""
        if sug.kind in {"replace", "explain"} and len(s.words) > LONG_SENTENCE:
            token_starts, clause_starts = self._positions(s)
            # clauses are disjoint and in order: only the last one starting at or before the
            # suggestion can hold it
            k = bisect.bisect_right(clause_starts, sug.start) - 1
            if k >= 0:
                c = s.clauses.clauses[k]
                if sug.end <= c.end and c.words <= LONG_SENTENCE:
                    return c.start, c.end
            # one endless clause: a window of tokens around the word
            first_in = bisect.bisect_left(token_starts, sug.start)
            last_in = bisect.bisect_left(token_starts, sug.end) - 1
            if first_in <= last_in:
                a = max(0, first_in - WINDOW)
                b = min(len(s.tokens) - 1, last_in + WINDOW)
                first, last = s.tokens[a], s.tokens[b]
                return first.idx, last.idx + len(last.text)
        return s.start, s.end

    def protected_ok(self, sug: Suggestion) -> bool:
        """Quotations, names, codes and the organisation's names stay as they are."""
        prot = self.ctx.protected
        if sug.kind in {"replace", "explain"}:
            if prot.kind_at(sug.start, sug.end) is not None:
                return False
            return not (sug.kind == "explain" and prot.in_label(sug.start, sug.end))
        for s, e, _kind in prot.spans:
            if e <= sug.start or s >= sug.end:
                continue
            if s < sug.start or e > sug.end or self.ctx.text[s:e] not in sug.replacement:
                return False
        return True

    def forms_ok(self, sug: Suggestion) -> bool:
        """Every word form the suggestion brings in is a real German form."""
        if sug.kind == "explain":
            return True  # the explanation is our own text; the term itself stays
        old = Counter(_WORD.findall(self.ctx.text[sug.start:sug.end]))
        new = Counter(_WORD.findall(sug.replacement))
        vouched = self.ctx.lexicon.list_words  # as written in our lists (base forms)
        if not all(w in vouched or is_real_form(w) for w in new - old):
            return False
        return not self._strong_after_article(sug)

    def _strong_after_article(self, sug: Suggestion) -> bool:
        """The replacement ends in a definite article and the text goes on with an adjective
        in its strong form: "nach erfolgter zollamtlicher Abfertigung" -> "nach der
        zollamtlicher Abfertigung" needs "zollamtlichen" (a blind safety review on fresh
        texts); after "der", "die", "das", "dem", "den", "des" an adjective ends in -e or -en."""
        last = sug.replacement.split()[-1:] if sug.replacement.strip() else []
        if not last or last[0].lower() not in _DEFINITE:
            return False
        doc = self.ctx.doc
        if self._token_starts is None:
            self._token_starts = [t.idx for t in doc]
        k = bisect.bisect_left(self._token_starts, sug.end)
        while k < len(doc) and doc[k].is_space:
            k += 1
        return k < len(doc) and doc[k].tag_ == "ADJA" and doc[k].lower_.endswith(
            ("er", "es", "em"))

    def ok(self, finding: Finding, sug: Suggestion) -> bool:
        if finding.sentence is None:
            return False
        s = self.ctx.sentences[finding.sentence]
        if not (s.start <= sug.start <= sug.end <= s.end):
            return False
        if not self.protected_ok(sug) or not self.forms_ok(sug):
            return False
        text = self.ctx.text
        start, end = self._window(s, sug)
        old = text[start:end]
        new = old[: sug.start - start] + sug.replacement + old[sug.end - start:]
        # repeated passages ("z. B." on every line) are judged once: the analysis part of the
        # verdict is kept in the Simplifier's VerdictMemo
        return self._judge(finding, sug, old, new, sug.start - start)

    def _judge(self, finding: Finding, sug: Suggestion, old: str, new: str,
               offset: int = 0) -> bool:
        text = self.ctx.text
        if sug.kind != "explain":
            before = preserved_items(text[sug.start:sug.end], self.protected, self.names)
            after = preserved_items(sug.replacement, self.protected, self.names)
            if before - after:
                return False
        key = (self._memo_key, finding.rule, sug.kind, old, new, offset, sug.end - sug.start)
        verdict = self.simp.verdicts.get(key)
        if verdict is None:
            if not self._affordable(old, new):
                return False  # over the document's verification budget: no suggestion
            verdict = self._analysis_ok(finding, sug, old, new, offset)
            self.simp.verdicts.put(key, verdict)
        return verdict

    def _analysis_ok(self, finding: Finding, sug: Suggestion, old: str, new: str,
                     offset: int) -> bool:
        """Steps 3 and 5: the changed passage analysed again (a pure function of the key
        that ``_judge`` memoises)."""
        if not self._well_formed(old, new):
            return False
        rule = finding.rule
        for text in (old, new):  # their first rule, even if this verdict needs no old rules
            p = self._analysed(text)
            p.first_rule = p.first_rule or rule
        new_f = self._findings(new, rule)
        if sug.kind == "explain":
            # the term is explained when its own finding is gone; a word of the explanation
            # may be a term of its own ("Vermögen"), explained where it first stands alone
            term_end = offset + (sug.end - sug.start)
            if any(f.rule == rule and f.start < term_end and offset < f.end for f in new_f):
                return False
        else:
            old_n = len(self._findings(old, rule, {rule}))
            new_n = sum(1 for f in new_f if f.rule == rule)
            whole = sug.kind in {"rewrite", "split"}
            if (whole and new_n) or new_n >= old_n:
                return False
        # an explanation in brackets may lengthen the sentence; that is the clerk's call
        lenient = {"length", "readability"} if sug.kind == "explain" else set()
        new_w = Counter(f.rule for f in new_f
                        if f.level.rank >= Level.warning.rank and f.family not in lenient)
        new_w[rule] = 0
        # the old passage matters only for the rules with a warning in the new one: the
        # other watched rules are not run on it
        # a sentence already flagged as long (a hint just over the limit) is no new problem
        # when a written-out word makes it a warning: its length finding counts as one already
        old_f = self._findings(old, rule, {r for r, n in new_w.items() if n > 0} | {rule})
        old_w = Counter(f.rule for f in old_f
                        if f.level.rank >= Level.warning.rank or f.family == "length")
        return not (new_w - old_w)

    def _well_formed(self, old: str, new: str) -> bool:
        o, n = old, new
        if not n:
            return False
        if o[:1].isupper() and not n[:1].isupper():
            return False
        if o[-1:] in ".!?" and n[-1:] not in ".!?":
            return False
        doc = self._analysed(n).doc
        had_verb = any(t.tag_ in FINITE for t in self._analysed(o).doc)
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
