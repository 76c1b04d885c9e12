"""Inline control comments in text templates (.txt, .md, .html), one syntax for all three:

    <!-- simplify: aus SIM-P001 SIM-J003 Grund: Gesetzestext -->
    …
    <!-- simplify: an -->

``aus`` without rule ids switches off every rule; ``profil NAME`` checks the passage with a
more relaxed profile::

    <!-- simplify: profil brief Grund: Rechtsbehelfsbelehrung -->
    …
    <!-- simplify: an -->

A reason (``Grund: …``) is required. ``an`` ends every open passage; a passage without ``an``
runs to the end of the text. A broken comment does not hide anything; it becomes a finding of
rule SIM-S001 at the comment, so the author sees it.

Passages where every rule is off are blanked out before the analysis (they count neither for
findings nor for the scores). Passages with some rules off are filtered after the analysis;
passages with another profile are analysed again with that profile and their findings replace
those of the main analysis (except document-level readability findings).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .document import Comment
from .errors import ConfigError
from .report import Finding, Level, Report, assign_fingerprints, summarize
from .rules import Example, Rule, profile_named

RULE_ID = "SIM-S001"
RULE = Rule.model_construct(
    id=RULE_ID,
    family="meta",
    level=Level.error,
    title="Steuerkommentar fehlerhaft",
    message="Der Kommentar „simplify: …“ ist fehlerhaft: {problem}",
    why=("Mit einem Kommentar <!-- simplify: aus … Grund: … --> können Sie Stellen von der "
         "Prüfung ausnehmen, etwa wörtlich zitierte Gesetzestexte. Der Grund ist Pflicht, damit "
         "andere später verstehen, warum die Stelle nicht geprüft wird."),
    check="",
    params={},
    wordlist=None,
    examples=[
        Example.model_construct(bad="[<!-- simplify: aus SIM-P001 -->]", good=None, fix=None,
                                profile=None),
        Example.model_construct(bad=None, good="<!-- simplify: aus SIM-P001 Grund: "
                                "Gesetzestext -->", fix=None, profile=None),
    ],
)
_ID = re.compile(r"^SIM-[A-Z]\d{3}$", re.I)
_BODY = re.compile(r"^\s*simplify\s*:\s*(?P<rest>.*?)\s*$", re.I | re.S)
_REASON = re.compile(r"\bGrund\s*:\s*(?P<reason>.*)$", re.I | re.S)


@dataclass
class Region:
    """A passage of the text with some rules off or another profile."""

    start: int
    end: int
    kind: str  # "aus" | "profil"
    rules: frozenset[str] | None  # None: every rule
    profile: str | None
    reason: str
    line: int


@dataclass
class Problem:
    """A broken control comment."""

    start: int
    end: int
    line: int
    message: str
    snippet: str = ""


def parse(
    comments: Iterable[Comment], text_length: int, known_rules: set[str], known_profiles: set[str]
) -> tuple[list[Region], list[Problem]]:
    """Turn control comments into regions; broken comments become problems."""
    regions: list[Region] = []
    problems: list[Problem] = []
    open_: list[Region] = []
    for c in comments:
        m = _BODY.match(c.body)
        if not m:
            continue
        rest = " ".join(m.group("rest").split())
        word, _, args = rest.partition(" ")
        word = word.lower()

        def problem(msg: str, c: Comment = c) -> None:
            problems.append(Problem(c.start, c.end, c.line, msg, f"<!--{c.body}-->"))

        if word == "an":
            if not open_:
                problem("„an“ ohne vorheriges „aus“ oder „profil“. Löschen Sie den Kommentar.")
            for r in open_:
                r.end = c.start
                regions.append(r)
            open_ = []
            continue
        if word not in {"aus", "profil"}:
            problem(f"„{word or '…'}“ verstehe ich nicht. Möglich sind „aus“, „profil“ und „an“,"
                    " zum Beispiel <!-- simplify: aus SIM-P001 Grund: Gesetzestext -->.")
            continue
        rm = _REASON.search(args)
        reason = rm.group("reason").strip() if rm else ""
        head = args[: rm.start()] if rm else args
        if not reason:
            problem(f"Es fehlt der Grund. Schreiben Sie zum Beispiel <!-- simplify: {word} "
                    f"{head.strip() + ' ' if head.strip() else ''}Grund: Gesetzestext -->. "
                    "Ohne Grund wird nichts ausgenommen.")
            continue
        tokens = head.replace(",", " ").split()
        if word == "profil":
            if len(tokens) != 1:
                problem("Nach „profil“ steht genau ein Profil, zum Beispiel „profil brief“.")
                continue
            try:
                profile_named(tokens[0], {p: None for p in sorted(known_profiles)})  # type: ignore[misc]
            except ConfigError as exc:
                problem(str(exc))
                continue
            open_.append(Region(c.end, text_length, "profil", None, tokens[0], reason, c.line))
            continue
        ids = [t.upper() for t in tokens]
        bad = [t for t in ids if not _ID.match(t) or t not in known_rules]
        if bad:
            problem(f"Die Regel „{bad[0]}“ gibt es nicht. `simplify rules` zeigt alle Regeln.")
            continue
        open_.append(Region(c.end, text_length, "aus", frozenset(ids) or None, None, reason,
                            c.line))
    regions.extend(open_)
    regions.sort(key=lambda r: r.start)
    return regions, problems


def blank_regions(text: str, regions: Iterable[Region]) -> str:
    """Blank passages where every rule is off (spaces; line breaks stay)."""
    chars = list(text)
    changed = False
    for r in regions:
        if r.kind == "aus" and r.rules is None:
            for i in range(r.start, r.end):
                if chars[i] not in "\r\n":
                    chars[i] = " "
            changed = True
    return "".join(chars) if changed else text


def apply(
    report: Report,
    text: str,
    regions: list[Region],
    problems: list[Problem],
    reanalyze: Callable[[str, str], Report],
    level_for_problems: Level | None = Level.error,
) -> Report:
    """Filter and replace findings by region and add findings for broken comments.

    ``reanalyze(passage, profile)`` checks a passage with another profile.
    """
    if not regions and not problems:
        return report
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    findings: list[Finding] = []
    for f in report.findings:
        if any(_hides(r, f) for r in regions):
            continue
        findings.append(f)
    for r in regions:
        if r.kind != "profil" or r.profile is None:
            continue
        passage = text[r.start:r.end]
        if not passage.strip():
            continue
        sub = reanalyze(passage, r.profile)
        for f in sub.findings:
            if f.family == "readability":
                continue
            if any(_hides(o, f, r.start) for o in regions if o.kind == "aus"):
                continue
            findings.append(_shift(f, r.start, text, starts, report))
    if level_for_problems is not None:
        for p in problems:
            findings.append(problem_finding(p, text, starts, level_for_problems))
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    assign_fingerprints(findings)
    out = report.model_copy(update={"findings": findings})
    # the analysis's own entries (passive budget, readers, plain text) stay
    out.summary = {**report.summary, **summarize(out)}
    out.summary["suppressed_regions"] = [
        {"line": r.line, "kind": r.kind, "rules": sorted(r.rules) if r.rules else None,
         "profile": r.profile, "reason": r.reason} for r in regions
    ]
    return out


def _hides(region: Region, f: Finding, shift: int = 0) -> bool:
    start = f.start + shift
    if not region.start <= start < region.end:
        return False
    if region.kind == "aus":
        return region.rules is None or f.rule in region.rules
    return f.family != "readability"  # profile regions: replaced by the re-analysis


def _shift(f: Finding, offset: int, text: str, starts: list[int], report: Report) -> Finding:
    start, end = f.start + offset, f.end + offset
    line = bisect.bisect_right(starts, start)
    sentence = next((i for i, s in enumerate(report.sentences) if s.start <= start < s.end),
                    None)
    suggestions = [s.model_copy(update={"start": s.start + offset, "end": s.end + offset})
                   for s in f.suggestions]
    return f.model_copy(update={
        "start": start, "end": end, "line": line, "column": start - starts[line - 1] + 1,
        "suggestions": suggestions, "sentence": sentence,
    })


def problem_finding(p: Problem, text: str, starts: list[int], level: Level) -> Finding:
    """A SIM-S001 finding at a broken control comment."""
    line = bisect.bisect_right(starts, p.start)
    return Finding(
        rule=RULE_ID, family="meta", level=level,
        message=RULE.message.format(problem=p.message),
        start=p.start, end=max(p.end, p.start), line=line,
        column=p.start - starts[line - 1] + 1, text=p.snippet or text[p.start:p.end],
        explanation=RULE.why,
    )


