"""The one pipeline object: German pipeline + rules + profiles + word lists -> Report."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from .audience import (
    audience,
    experts,
    for_someone_else,
    for_the_readers,
    holds_letter,
    to_business,
)
from .budget import apply_budgets, budget_keys
from .checks import CHECKS, Context, Match, SentenceView
from .checks import legal_wording as lw
from .checks.base import skipped_at, soften_at
from .checks.readability import name_what_is_there
from .clauses import analyse_clauses, mark_words, word_indices
from .deadline import check_deadline
from .difficulty import JARGON_LISTS
from .doc_kind import to_council
from .errors import ConfigError, check_text
from .lexicon import Lexicon
from .linebreaks import doc_text
from .linewords import one_line
from .normalize import encodable, normalize
from .one_click import hold_for_review
from .parses import ParseMemo
from .pipeline import build_nlp, keep_splits, memory_zone
from .plain import hints_worth_showing
from .report import Finding, Level, Report, SentenceInfo, assign_fingerprints, summarize
from .rules import Profile, Rule, default_profiles, default_rules, default_wordlists, profile_named
from .scores import Scores, SentenceCounts, document_scores, raw_difficulty, rounded_difficulty
from .suggest import REWRITES, candidates
from .tokens import frozen_tokens, sentence_bounds
from .verify import VerdictMemo, Verifier
from .wordlists import WordLists

DEFAULT_MAX_CHARS = 1_000_000
# a quotation of this many words or more is quoted text (law, a letter, a clause), not the
# writer's: no findings in it (review 19 called findings in "§ 17 BMG lautet: „…“" noise;
# reviews 18-40: in quotes of 4-7 words 1 worth, 3 noise); a shorter one names a term
QUOTED_WORDS = 4
_NEWLINE = re.compile("\n")
_LEVELS = {level.value: level for level in Level}


class _Values(dict):
    """Message template values; an unknown {name} stays visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Simplifier:
    """Build once per process (CLI start, API lifespan); ``analyze`` is then cheap to call."""

    def __init__(
        self,
        model: str | None = None,
        lists: WordLists | None = None,
        rules: dict[str, Rule] | None = None,
        profiles: dict[str, Profile] | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.lists = lists if lists is not None else default_wordlists()
        self.rules = rules if rules is not None else default_rules()
        self.profiles = profiles if profiles is not None else default_profiles()
        for rule in self.rules.values():
            if rule.check not in CHECKS:
                raise ConfigError(f"Regel {rule.id}: unbekannte Prüfung „{rule.check}“.")
            if rule.rewrite is not None and rule.rewrite not in REWRITES:
                raise ConfigError(f"Regel {rule.id}: unbekannte Umformulierung „{rule.rewrite}“.")
        self.model = model
        self.nlp = build_nlp(self.lists.abbreviation_terms(), model)
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.lexicon = Lexicon(self.lists)
        self.max_chars = max_chars
        # rules in a budget (budget.py), and per rule the rules whose finding on the same
        # passage it covers (params "covers"); read by the verifier too
        self.budgeted = {r.id for r in self.rules.values() if r.params.get("budget")}
        self.budget_keys = budget_keys(self.rules)
        self.covers = {r.id: tuple(r.params["covers"]) for r in self.rules.values()
                       if r.params.get("covers")}
        self.verdicts = VerdictMemo()  # suggestion verdicts, across documents (verify.py)
        self.parses = ParseMemo()  # parsed texts, across documents (parses.py)

    def profile(self, name: str) -> Profile:
        return profile_named(name, self.profiles)

    def analyze(
        self,
        text: str,
        profile: str = "formular",
        *,
        enable: Iterable[str] | None = None,
        disable: Iterable[str] | None = None,
        levels: dict[str, str] | None = None,
        limits: dict[str, float] | None = None,
        source: str | None = None,
        suggest: bool = True,
        max_chars: int | None = None,
        whole: str | None = None,
    ) -> Report:
        """Check one text and return its Report.

        With ``suggest`` (the default) each finding carries only verified suggestions; without,
        none (faster). ``whole``: the text before its head was blanked (``service.py``)."""
        prof = self.profile(profile)
        if limits:
            prof = prof.model_copy(update={"limits": {**prof.limits, **limits}})
        self._validate(text, max_chars)
        clean = normalize(text)  # same length: offsets stay valid for ``text``
        # its words' splits kept first, for its re-analysed passages and later checks
        keep_splits(self.nlp, clean)
        with memory_zone(self.nlp):  # strings of this text are freed afterwards
            doc = self._parse(clean)
            report = self.report_for_doc(doc, prof, enable=enable, disable=disable,
                                         levels=levels, source=source, suggest=suggest,
                                         whole=whole)
        if clean is not text:
            # passages as the caller wrote them (zero-width characters included), but valid UTF-8
            original = encodable(text)
            for f in report.findings:
                f.text = original[f.start:f.end]
        return report

    def report_for_doc(
        self,
        doc: Doc,
        prof: Profile,
        *,
        enable: Iterable[str] | None = None,
        disable: Iterable[str] | None = None,
        levels: dict[str, str] | None = None,
        source: str | None = None,
        suggest: bool = True,
        whole: str | None = None,
    ) -> Report:
        text = doc_text(doc)
        # who reads it, from the whole text ("Interne Arbeitshilfe" in a blanked head: review 138)
        kind = whole if whole is not None and len(whole) == len(text) else text
        sentences = self._sentences(doc)
        scores, difficulty = self._scores(sentences)
        index = scores.verstaendlichkeitsindex if scores.words else None
        reader = audience(doc)
        ctx = Context(text, doc, sentences, prof, self.lexicon, index, self.rules, difficulty,
                      addresses_reader=reader.addresses_reader, whole=kind,
                      serves_reader=reader.serves_reader, experts=experts(kind),
                      to_business=to_business(kind), holds_letter=holds_letter(kind, reader))
        findings = [f for f in self._run_rules(ctx, enable, disable, levels)
                    if not ctx.protected.others_words(f.start, f.end, text, QUOTED_WORDS)]
        budgets = apply_budgets(findings, self.rules, prof, _clauses(sentences), self.budget_keys)
        council = to_council(kind)  # its readers decide; its duties are others' (review 43)
        # no hints for a firm either (reviews 18-101: 79 of 525 worth); only errors for the
        # council, lawyers, courts, professionals and staff (audience.for_the_readers)
        for_experts, errors_only = ctx.to_experts or council or ctx.to_business, council or \
            ctx.to_experts
        findings = for_the_readers(findings, for_experts, errors_only)
        findings, plain = hints_worth_showing(findings, text, sentences, scores.words, prof)
        if suggest:
            verifier = Verifier(self, ctx)
            for f in findings:
                check_deadline()
                cands = [*f.suggestions, *candidates(ctx, f)]
                f.suggestions = [c for c in cands if verifier.ok(f, c)]
            # right in form and meaning, but where a person must read it (one_click.py)
            hold_for_review(text, ctx.sentences, findings, reader.says_sie
                            and not for_someone_else(kind) and not council)
        else:
            for f in findings:
                f.suggestions = []
        report = Report(
            profile=prof.name, source=source, scores=scores.model_dump(), target=prof.target,
            sentences=[
                SentenceInfo(start=s.start, end=s.end, words=len(s.words),
                             difficulty=difficulty[s.index], clauses=len(s.clauses.clauses))
                for s in sentences
            ],
            findings=findings,
        )
        report.summary = summarize(report)
        report.summary["budgets"] = budgets
        report.summary.update(experts=for_experts, council=council, plain=plain,  # left out
                              errors_only=errors_only)
        return report

    # -- passages, for the verifier ------------------------------------------------------------

    def passage_context(self, doc: Doc, prof: Profile, *, addresses_reader: bool,
                        holds_letter: bool = False, scores: bool = False) -> Context:
        """The context of a passage analysed again to verify a suggestion. Whether the
        text speaks to its reader is the document's property, not the passage's.
        Scores and sentence difficulty are computed only on request (``scores``): the index is
        a measure of the whole text, and its word-list counts cost as much as the rules.
        """
        sentences = self._sentences(doc)
        # unknown, not easy (checks/length.py: easy sentences get no length hint)
        index, difficulty = None, [math.nan] * len(sentences)
        if scores:
            values, difficulty = self._scores(sentences)
            index = values.verstaendlichkeitsindex if values.words else None
        return Context(doc_text(doc), doc, sentences, prof, self.lexicon, index, self.rules,
                       difficulty, addresses_reader=addresses_reader,
                       serves_reader=addresses_reader, holds_letter=holds_letter,
                       suggest=False)

    def passage_findings(self, ctx: Context, rule_ids: set[str]) -> list[Finding]:
        """Findings of only these rules in a passage, at their profile levels; a rule in a
        budget comes with all rules of its budget, so the share is that of the passage."""
        if rule_ids & self.budgeted:
            rule_ids = rule_ids | self.budgeted
        findings = self._run_rules(ctx, None, None, None, only=rule_ids)
        apply_budgets(findings, self.rules, ctx.profile, _clauses(ctx.sentences),
                      self.budget_keys)
        return findings

    # -- internals ----------------------------------------------------------------------------

    def sentence_counts(self, text: str) -> list[SentenceCounts]:
        """What the scores see of ``text``, sentence by sentence (for the benchmarks)."""
        with memory_zone(self.nlp):
            return [self._counts(s) for s in self._sentences(self.nlp(normalize(text)))]

    def _scores(self, sentences: list[SentenceView]) -> tuple[Scores, list[float]]:
        """The document's scores and each sentence's difficulty (computed once for both)."""
        counts = [self._counts(s) for s in sentences]
        raw = [raw_difficulty(c) if c.words else None for c in counts]
        scores = document_scores([c for c in counts if c.words],
                                 difficulties=[r for c, r in zip(counts, raw) if c.words])
        return scores, [rounded_difficulty(r) for r in raw]

    def _counts(self, s: SentenceView) -> SentenceCounts:
        words = [t.text for t in s.words]
        lengths = [c.words for c in s.clauses.clauses if c.words > 0]
        if sum(lengths) != len(words) or not lengths:
            lengths = [len(words)]
        jargon = sum(len(self.lexicon.find_terms(s.tokens, name)) for name in JARGON_LISTS)
        return SentenceCounts(words=words, clause_lengths=lengths, jargon=jargon,
                              depth=s.clauses.max_depth)

    def _parse(self, text: str) -> Doc:
        """``self.nlp(text)``, with a look at the time budget before each component."""
        check_deadline()
        doc = self.parses.get(self.nlp.vocab, text)  # a text seen a short while ago
        if doc is not None:
            return doc
        doc = self.nlp.make_doc(text)
        for _name, component in self.nlp.pipeline:
            check_deadline()
            doc = component(doc)
        self.parses.put(text, doc)
        return doc

    def _validate(self, text: Any, max_chars: int | None = None) -> None:
        check_text(text, min(self.max_chars, max_chars or self.max_chars))

    def _sentences(self, doc: Doc) -> list[SentenceView]:
        mark_words(doc)
        word_ids = word_indices(doc)
        views: list[SentenceView] = []
        frozen = frozen_tokens(doc)
        for start, end in sentence_bounds(doc):
            tokens = [t for t in frozen[start:end] if not t.is_space]
            if not tokens:
                continue
            words = [t for t in tokens if t.i in word_ids]
            views.append(SentenceView(len(views), tokens, words, analyse_clauses(tokens)))
        return views

    def _level(self, rule: Rule, prof: Profile, levels: dict[str, str] | None) -> Level | None:
        value = (levels or {}).get(rule.id) or prof.levels.get(rule.id) or rule.level.value
        if value == "off":
            return None
        # asked for every rule on every passage the verifier analyses: a dict look-up, not
        # Level(value) (an Enum call costs about a microsecond); the same member either way
        found = _LEVELS.get(value) if isinstance(value, str) else None
        if found is not None:
            return found
        try:
            return Level(value)
        except ValueError as exc:
            raise ConfigError(
                f"Regel {rule.id}: Stufe „{value}“ gibt es nicht (info, warning, error, off)."
            ) from exc

    def _run_rules(self, ctx: Context, enable, disable, levels,
                   only: set[str] | None = None) -> list[Finding]:
        enable_set = set(enable) if enable is not None else None
        disable_set = set(disable or [])
        line_starts = [0] + [m.end() for m in _NEWLINE.finditer(ctx.text)]
        findings: list[Finding] = []
        seen: set[tuple[str, int, int]] = set()
        # a quoted law of the state or the federation, a town's statute as published or a
        # court's decision: its paragraphs are not ours to change
        law = lw.quotes_a_law(ctx.text) or lw.published_rules(ctx.text) or lw.court_record(ctx.text)
        for rule in self.rules.values():
            if rule.id in disable_set or (enable_set is not None and rule.id not in enable_set):
                continue
            if only is not None and rule.id not in only:
                continue
            if enable_set is None and ctx.profile.levels.get(rule.id) == "off" and not (
                levels and rule.id in levels
            ):
                continue
            level = self._level(rule, ctx.profile, levels)
            if level is None or _skipped_for_reader(ctx, rule):
                continue
            check_deadline()
            for m in CHECKS[rule.check](ctx, rule):
                if skipped_at(ctx, rule, m, law):
                    continue  # a statute's paragraph, the appeal notice (rule params)
                soften_at(ctx, rule, m)  # a sentence that opens with its legal basis
                key = (rule.id, m.start, m.end)
                if key in seen:
                    continue
                seen.add(key)
                findings.append(self._finding(ctx, rule, m, level, line_starts))
        findings = self._drop_covered(findings)
        name_what_is_there(ctx, findings, self.rules)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        if only is None:  # a passage's findings are counted by the verifier, never reported
            assign_fingerprints(findings)
        return findings

    def _drop_covered(self, findings: list[Finding]) -> list[Finding]:
        """A rule whose param ``covers`` names other rules gives the one finding on its
        passage: "Es ist erforderlich, … zu" is the impersonal construction (SIM-A006); a
        second finding on "erforderlich" inside it (SIM-J001, "nötig") would repeat the
        place with weaker advice. Reviewers called two findings on one phrase noise."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for f in findings:
            for other in self.covers.get(f.rule, ()):
                spans.setdefault(other, []).append((f.start, f.end))
        if not spans:
            return findings
        return [f for f in findings
                if not any(a <= f.start and f.end <= b for a, b in spans.get(f.rule, []))]

    def _finding(self, ctx: Context, rule: Rule, m: Match, level: Level,
                 line_starts: list[int]) -> Finding:
        passage = ctx.text[m.start:m.end]
        values = _Values(m.values)
        values.setdefault("match", passage)
        line = bisect.bisect_right(line_starts, m.start)
        column = m.start - line_starts[line - 1] + 1
        if m.level is not None and m.level.rank > level.rank:
            level = m.level
        elif m.softer:
            level = level.softer
        why = rule.why
        if m.entry is not None and m.entry.note:
            why = f"{m.entry.note} {why}"
        return Finding(
            rule=rule.id,
            family=rule.family,
            level=level,
            message=one_line(rule.message.format_map(values)),
            start=m.start,
            end=m.end,
            line=line,
            column=column,
            text=passage,
            explanation=why,
            suggestions=m.suggestions,
            sentence=m.sentence,
            term=_term(ctx, m) if rule.scope == "word" else "",
        )


def _clauses(sentences: list[SentenceView]) -> int:
    """Clauses of a text, as budgets count them (a sentence without a clause counts one)."""
    return sum(max(1, len(s.clauses.clauses)) for s in sentences)


def _term(ctx: Context, m: Match) -> str:
    """The word a word-level finding is about, the same for every inflected form: the list
    entry if the rule reads a list ("Antragstellers" -> antragsteller), else the lemma."""
    if m.entry is not None:
        return m.entry.term.casefold()
    if m.term:
        return m.term.casefold()
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    words = [t.lemma_ or t.norm_ for t in span or [] if not t.is_space]
    return " ".join(words).casefold() or " ".join(ctx.text[m.start:m.end].split()).casefold()


def _skipped_for_reader(ctx: Context, rule: Rule) -> bool:
    """The rule stays silent for this text's readers: lawyers and other professionals, or a firm."""
    skip = rule.params.get("skip_for_lawyers")  # true: all experts; "court": courts and lawyers
    return bool((ctx.experts and skip in (True, ctx.experts))
                or (ctx.to_business and rule.params.get("skip_for_business")))
