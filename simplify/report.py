"""The one Report shape shared by the CLI, the API and the web page."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from pydantic import BaseModel, Field

from .vocabulary import FAMILIES, Level

REPORT_VERSION = "1.0"


class Suggestion(BaseModel):
    """A concrete way out: replace text[start:end] by ``replacement``."""

    replacement: str
    start: int
    end: int
    kind: str = Field("replace", description="replace | rewrite | split | explain")
    label: str = Field("", description="Kurze deutsche Beschreibung")
    safety: str = Field(
        "review", description="safe: geprüft für die Übernahme mit einem Klick (Form, "
        "Bedeutung, wer handelt, geschützter Text); review: ein Mensch liest vorher")

    @property
    def safe(self) -> bool:
        return self.safety == "safe"


class Finding(BaseModel):
    """One flagged passage. ``text[start:end]`` of the checked text is the passage."""

    rule: str
    family: str
    level: Level
    message: str
    start: int
    end: int
    line: int
    column: int
    text: str
    explanation: str = ""
    suggestions: list[Suggestion] = Field(default_factory=list)
    sentence: int | None = Field(None, description="Index in report.sentences")
    fingerprint: str = ""
    term: str = Field(
        "", description="Das Wort eines Hinweises auf Wortebene (Listeneintrag oder "
        "Grundform, kleingeschrieben); leer bei Hinweisen zu Sätzen. Gleiche Regel und gleiches "
        "Wort im selben Text sind ein Hinweis mit weiteren Stellen.")
    repeats: list[Finding] = Field(
        default_factory=list, description="Die weiteren Stellen desselben Wortes im Text "
        "(nach der ersten), jede mit eigener Position, eigenem Ort und eigenen Vorschlägen")

    def places(self) -> list[Finding]:
        """This finding and its repeats: every place in the text, first one first."""
        return [self, *self.repeats]


class SentenceInfo(BaseModel):
    """A sentence (or form line) with its difficulty, 0 easy ... 20 hard."""

    start: int
    end: int
    words: int
    difficulty: float
    clauses: int = 1


class Report(BaseModel):
    """Everything simplify found in one text."""

    version: str = REPORT_VERSION
    profile: str
    source: str | None = None
    scores: dict[str, Any] = Field(default_factory=dict)
    target: float | None = None
    sentences: list[SentenceInfo] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    summary: dict[str, Any] = Field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

    def all_findings(self) -> list[Finding]:
        """Every place, repeats included, in text order, each without nested repeats: for
        the channels that need one entry per place (``/v2/check``, ``fix``, baselines)."""
        return flatten(self.findings)

    def place_count(self) -> int:
        """How many places the findings have (a finding with 2 repeats has 3)."""
        return sum(1 + len(f.repeats) for f in self.findings)

    def worst_level(self) -> Level | None:
        if not self.findings:
            return None
        return max((f.level for f in self.findings), key=lambda lv: lv.rank)


def assign_fingerprints(findings: list[Finding]) -> None:
    """Stable fingerprints for baselines: rule + normalised passage + occurrence number, so a
    finding keeps its fingerprint when lines above it move. ``findings`` must be sorted."""
    occurrences: Counter[str] = Counter()
    for f in findings:
        base = f"{f.rule}\x1f{' '.join(f.text.split())}"
        occurrences[base] += 1
        f.fingerprint = hashlib.sha1(f"{base}\x1f{occurrences[base]}".encode()).hexdigest()[:16]


# a hint's note on the other words of its group (``group_repeats``); each place keeps its own
# message, so a flat list of places drops the note again
OTHER_WORDS = " Weitere Wörter dieser Art im Text: "
# four words and a count: a reader takes in four; a longer list buried the hint's point, and
# blind reviewers judged hints by the weakest word in it (findings reviews 204-210: "the list
# of further words is junk")
MAX_OTHER_WORDS = 4
MAX_SHOWN_WORDS = 3


def flatten(findings: list[Finding]) -> list[Finding]:
    """Findings with their repeats as one list in text order; no finding keeps repeats."""
    out = [p if not p.repeats else p.model_copy(
               update={"repeats": [], "message": p.message.split(OTHER_WORDS)[0]})
           for f in findings for p in f.places()]
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    return out


def group_repeats(findings: list[Finding]) -> list[Finding]:
    """The first place of a word-level finding is the finding; later places of the same rule,
    word (``term``) and level become its ``repeats``. Word-level hints (``Level.info``) of one
    rule form one finding whatever their word, which names the other words: an editor notes
    "gemäß, insbesondere, erforderlich: stiff, but known" once for a text, not in fifteen
    margins (the findings reviews of sessions 30 to 37: 9 % of such hints worth a clerk's
    time, one at a time). Findings without a term (sentence-level rules) stay as they are.
    Idempotent: grouped input is flattened first. The input is left as it is: a finding that
    takes repeats is a copy."""
    heads: list[Finding] = []
    first: dict[tuple[str, str, str], Finding] = {}
    for f in flatten(findings):
        if f.term:
            key = (f.rule, "" if f.level is Level.info else f.term, f.level.value)
            head = first.get(key)
            if head is not None:
                head.repeats.append(f)
                continue
            f = f.model_copy(update={"repeats": []})
            first[key] = f
        heads.append(f)
    for head in heads:
        if head.repeats:
            _name_other_words(head)
    return heads


def _name_other_words(head: Finding) -> None:
    """Append the other words of a hint's group to its message (in place; ``head`` is a copy)."""
    # the word as written; a span that runs over a clause ("liegen … vor", a separable verb)
    # by its list entry ("vorliegen"; findings review 209: "the list even includes a clause")
    words = {r.term: " ".join(r.text.split()) if len(r.text.split()) <= MAX_SHOWN_WORDS
             else r.term for r in reversed(head.repeats) if r.term != head.term}
    if not words:
        return
    shown = [f"„{w}“" for w in list(reversed(words.values()))[:MAX_OTHER_WORDS]]
    rest = len(words) - len(shown)
    more = f" und {rest} weitere" if rest > 0 else ""
    head.message = f"{head.message}{OTHER_WORDS}{', '.join(shown)}{more}."


def summarize(report: Report) -> dict[str, Any]:
    by_level = Counter(f.level.value for f in report.findings)
    by_family = Counter(f.family for f in report.findings)
    return {
        "findings": len(report.findings),  # repeats of a word count once ...
        "places": report.place_count(),  # ... here every place counts
        "by_level": {lv.value: by_level.get(lv.value, 0) for lv in Level},
        "by_family": {fam: by_family.get(fam, 0) for fam in FAMILIES},
        "sentences": len(report.sentences),
        "words": report.scores.get("words", 0),
        "index": report.scores.get("verstaendlichkeitsindex"),
        "target": report.target,
        "target_met": (
            report.scores.get("verstaendlichkeitsindex") is not None
            and report.scores.get("verstaendlichkeitsindex", 0) >= (report.target or 0)
        ),
    }

