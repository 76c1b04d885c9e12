"""What every check gets (a Context) and returns (Matches), and the registry of named checks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..clauses import ClauseAnalysis, TokenSpan
from ..protect import Protected, find_protected
from ..report import Level, Suggestion
from ..rules import Profile, Rule
from ..running_heads import running_heads
from ..title_lines import title_lines
from ..wordlists import Entry
from .declarations import in_declaration
from .efiling import filing_requirement
from .legal_wording import OPENS_WITH_LAW, enacted_rule, in_appeal_notice
from .letter_head import in_letter_head

if TYPE_CHECKING:
    from ..lexicon import Lexicon


@dataclass
class SentenceView(TokenSpan):
    """One sentence (or form line) of the checked text."""

    index: int
    tokens: list[Token]  # without whitespace tokens
    words: list[Token]
    clauses: ClauseAnalysis



@dataclass
class Context:
    """Everything a check may read. Checks never change it."""

    text: str
    doc: Doc
    sentences: list[SentenceView]
    profile: Profile
    lexicon: Lexicon
    index: float | None = None  # Verständlichkeitsindex of the whole text
    rules: dict[str, Rule] = field(default_factory=dict)
    difficulty: list[float] = field(default_factory=list)  # per sentence, 0 easy ... 20 hard
    # the text speaks to its reader (instructions, forms, letters; simplify/audience.py):
    # only then do "man" and role nouns become "Sie"
    addresses_reader: bool = True
    # ... or is a third-person page about a public service, written for its user (audience.py)
    serves_reader: bool = True
    # ... or is a letter to lawyers or notaries (audience.to_lawyers) or to other readers who
    # handle such matters for a living, or an instruction to the office's staff
    # (audience.to_professionals): rules with the param ``skip_for_lawyers`` (terms of art, law
    # names, citations) stay silent there, and so do the Amtsdeutsch list's hints. The kind
    # (audience.experts): "court" for courts, lawyers and notaries, "trade" for the others;
    # ``skip_for_lawyers: court`` silences a rule only for the first
    experts: str = ""
    # ... or is a letter to a firm (audience.to_business): rules with the param
    # ``skip_for_business`` (terms of art, rare words) stay silent there
    to_business: bool = False
    # ... or holds a letter or form of the office (audience.holds_letter): entries known to
    # such readers (column ``known`` = ``letter``) give no finding
    holds_letter: bool = False
    # the findings' suggestions are wanted: not in a passage the verifier analyses again,
    # which reads where its findings are and their levels, never their suggestions
    suggest: bool = True
    # the text as written, its letter head included (``text`` has it blanked: service.py)
    whole: str = ""
    _protected: Protected | None = None
    _heads: list[tuple[int, int]] | None = None
    _title_lines: list[tuple[int, int]] | None = None
    _terms: dict[tuple[int, int, int], list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def to_experts(self) -> bool:
        return bool(self.experts)

    @property
    def protected(self) -> Protected:
        """Quotations, names, codes, headings and labels that suggestions leave alone."""
        if self._protected is None:
            self._protected = find_protected(
                self.doc, self.lexicon.lists.org_names, self.lexicon.abbreviation_terms)
        return self._protected

    def term_spans(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """First and last positions in ``tokens`` of each term of art of several words
        ("Anordnung der sofortigen Vollziehung", "aufschiebende Wirkung"): one name to
        explain, no style to rewrite with verbs. Asked by three nominal-style rules per
        sentence: kept per sentence."""
        if not tokens:
            return []
        key = (tokens[0].i, tokens[-1].i, len(tokens))
        if key not in self._terms:
            self._terms[key] = [(h.first, h.last) for name in self.lexicon.protecting
                                for h in self.lexicon.find_terms(tokens, name)
                                if h.last > h.first]
        return self._terms[key]

    def in_running_head(self, start: int) -> bool:
        """``start`` lies on a running head or foot of a page (``running_heads.py``)."""
        if self._heads is None:
            self._heads = running_heads(self.text)
        k = bisect.bisect_right(self._heads, (start, len(self.text) + 1)) - 1
        return k >= 0 and self._heads[k][0] <= start <= self._heads[k][1]

    def in_title_line(self, start: int) -> bool:
        """``start`` lies on a title line (``title_lines.py``)."""
        if self._title_lines is None:
            self._title_lines = title_lines(self.text, self.sentences)
        k = bisect.bisect_right(self._title_lines, (start, len(self.text) + 1)) - 1
        return k >= 0 and self._title_lines[k][0] <= start < self._title_lines[k][1]


@dataclass
class Match:
    """What a check found: a span, values for the message, suggestions."""

    start: int
    end: int
    values: dict[str, object] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)
    level: Level | None = None
    entry: Entry | None = None
    sentence: int | None = None
    # one level below the rule's: a case the rule covers but a reader rarely stumbles over
    # (a word-list entry marked as a hint, a sentence just over the limit)
    softer: bool = False
    # the word a word-scope finding is about when it is no list entry and not the token's
    # lemma: "SAB" in "SAB-Bürgschaftsprogramm" is the same acronym as "SAB" alone
    term: str = ""


# Words that open a noun phrase: an article, possessive, determiner or preposition before it
NP_OPENERS = {"ART", "PPOSAT", "PIAT", "PDAT", "APPR", "APPRART"}
# quotation marks as tokens: German, French and English, double and single
QUOTE_MARKS = {"„", "“", "\"", "»", "«", "‚", "‘", "'", "›"}

# determiners that open a genitive attribute after a noun: "die Beantwortung der Fragen",
# "nach Bekanntgabe dieses Bescheides" (safety review 37 saw "dieses Bescheides" taken for the
# object of a rewrite)
GENITIVE_OPENERS = frozenset({"des", "der", "eines", "einer", "dieses", "dieser", "jenes", "jener",
                              "jedes", "jeder", "keines", "keiner", "seines", "seiner", "ihres",
                              "ihrer", "unseres", "unserer", "meines", "meiner", "deren",
                              "dessen"})

CheckFn = Callable[[Context, Rule], Iterable[Match]]
CHECKS: dict[str, CheckFn] = {}
# checks whose matches may carry a higher level than their rule's (Match.level): a hint
# that becomes a warning when the case is extreme
RAISING: set[str] = set()


def check(name: str, *, raises_level: bool = False) -> Callable[[CheckFn], CheckFn]:
    """Register a named check that rule files can refer to; ``raises_level`` if the check may
    set Match.level above the rule's level."""

    def register(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
        if raises_level:
            RAISING.add(name)
        return fn

    return register


def span_of(tokens: list[Token]) -> tuple[int, int]:
    """Character span from the first to the last token."""
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def replace_suggestion(start: int, end: int, replacement: str, label: str,
                       safety: str = "safe") -> Suggestion:
    """A word-level replacement; ``safe`` unless the caller is less than sure of its form."""
    return Suggestion(replacement=replacement, start=start, end=end, kind="replace", label=label,
                      safety=safety)


def skipped_at(ctx: Context, rule: Rule, m: Match, law: bool) -> bool:
    """Places a rule's params exclude: a statute's own paragraphs (a statute speaks of "der
    Halter", never "Sie"; blind review 21: "direct address is inappropriate for a Satzung"),
    in a text that quotes a law everywhere, the appeal notice's model wording, and a letter's
    head (``letter_head.py``), and a page's running head (``running_heads.py``), and the
    notice's rules for filing electronically (``efiling.py``), and a signer's declaration
    (``declarations.py``)."""
    p = rule.params
    return bool(ctx.in_running_head(m.start)
                or ((law or p.get("skip_enacted")) and enacted_rule(ctx.text, m.start))
                or (p.get("skip_in_appeal_notice") and in_appeal_notice(ctx.text, m.start))
                or (p.get("skip_in_letter_head") and in_letter_head(ctx.text, m.start))
                or (p.get("skip_in_title_line") and ctx.in_title_line(m.start))
                or (p.get("skip_filing_requirement") and filing_requirement(ctx.text, m.start))
                or (p.get("skip_in_declaration") and not m.softer
                    and in_declaration(ctx.text, m.start)))


_THEREAFTER = re.compile(r"\s*(?:Danach|Hiernach|Demnach)\b")
_CITES = re.compile(r"(?:§§?|Art\.|Artikel)\s*\d")


def soften_at(ctx: Context, rule: Rule, m: Match) -> None:
    """One level below the rule's in a sentence that opens with its legal basis ("Nach § 14
    Abs. 1 GewO ist der Beginn … anzuzeigen"): it gives the law's words, which the writer
    may not change (param ``hint_after_legal_basis``; findings reviews 100-201 judged 1 of 30
    Amtsdeutsch warnings and 2 of 14 "ist … zu" warnings there worth a clerk's time)."""
    if not rule.params.get("hint_after_legal_basis"):
        return
    k = m.sentence if m.sentence is not None else bisect.bisect_right(
        [s.start for s in ctx.sentences], m.start) - 1
    if k >= 0 and (OPENS_WITH_LAW.match(ctx.text, ctx.sentences[k].start) or (
            k > 0 and _THEREAFTER.match(ctx.text, ctx.sentences[k].start)
            and _CITES.search(ctx.text, ctx.sentences[k - 1].start, ctx.sentences[k - 1].end))):
        # "Rechtsgrundlage ist § 49 Abs. 3 VwVfG. Danach kann ein … Verwaltungsakt, der eine
        # … Geldleistung gewährt, …": the law's words again (findings reviews 1-214: 3 of 35
        # warnings in such sentences worth the time)
        m.softer = True
