"""The document service: the one door through which every channel checks and fixes texts.

``simplify check``, ``baseline`` and ``fix``, the batch workers, ``POST /v1/analyze``,
``/v2/check`` and the web page all go through a :class:`DocumentService`:

    source (pasted text, file, upload, stdin)
      -> read: text plus a map back to its place in the file (``Source``)
      -> configuration, resolved once: profile, the organisation's word lists (replace, avoid,
         allow), per-path overrides, rule selection (``FileOptions``)
      -> inline control comments (suppression) -> analysis -> Report
      -> for fixing: the suggestions applied, never inside suppressed passages or markup.

A channel that reads files or configuration its own way drifts; that is how ``fix`` once
edited suppressed passages and the API ignored the organisation's word lists.
"""

from __future__ import annotations

import bisect
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import suppress
from .config import Config, FileOptions, Settings
from .errors import InputError, SimplifyError
from .fix import apply_suggestions
from .formats_in import extract, line_starts, locate
from .letterhead import contact_lines, letterhead, office_sections, signature_blocks
from .report import Finding, Level, Report, group_repeats, summarize
from .sources import decode, read_file

if TYPE_CHECKING:
    from .analyzer import Simplifier

CONTEXT_CHARS = 90
FIXABLE_KINDS = {"text", "markdown"}


@dataclass(frozen=True)
class Overlay:
    """The organisation's own word lists (from the configuration)."""

    replace: tuple[tuple[str, str], ...] = ()
    avoid: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # names of the organisation: suggestions never change them

    def __bool__(self) -> bool:
        return bool(self.replace or self.avoid or self.allow or self.names)

    @classmethod
    def of(cls, settings: Settings) -> Overlay:
        return cls(tuple(settings.replace.items()), tuple(settings.avoid), tuple(settings.allow),
                   tuple(settings.names))


_SIMPLIFIERS: dict[tuple[str | None, Overlay], Simplifier] = {}


def simplifier_for(model: str | None, overlay: Overlay) -> Simplifier:
    """The pipeline for this model and word-list overlay, built once per process."""
    key = (model, overlay)
    if key not in _SIMPLIFIERS:
        from . import get_simplifier

        if not overlay:
            _SIMPLIFIERS[key] = get_simplifier(model) if model else get_simplifier()
        else:
            from .analyzer import Simplifier
            from .rules import default_wordlists
            from .wordlists import apply_overlay

            lists = apply_overlay(default_wordlists(), dict(overlay.replace), list(overlay.avoid),
                                  list(overlay.allow), list(overlay.names))
            _SIMPLIFIERS[key] = Simplifier(model=model, lists=lists)
    return _SIMPLIFIERS[key]


@dataclass
class Checked:
    """One checked document: what was read, the Report, and where each finding is."""

    source: Any  # sources.Source
    report: Report
    regions: list[suppress.Region] = field(default_factory=list)
    locations: dict[str, dict[str, Any]] = field(default_factory=dict)  # fingerprint -> where

    def location(self, f: Finding) -> dict[str, Any]:
        return self.locations.get(f.fingerprint) or {"line": f.line, "column": f.column}

    def context(self, f: Finding) -> tuple[str, str, str]:
        """The passage with some text of its sentence before and after (for people)."""
        return context(self.source.text, self.report, f)

    def contexts(self) -> dict[str, tuple[str, str, str]]:
        """The context of every place, repeats included (fingerprint -> context)."""
        return {f.fingerprint: self.context(f) for f in self.report.all_findings()}


@dataclass
class Fixed:
    """The outcome of fixing one document."""

    text: str  # the whole new text (the original where nothing changed)
    applied: list[tuple[Finding, Any]]  # (finding, suggestion) pairs that were applied
    protected: int  # suggestions left out because they touch a suppressed passage or markup

    def changed(self, original: str) -> bool:
        return self.text != original


class DocumentService:
    """Reads, configures, checks and fixes documents. Build one per process and channel.

    ``config`` is the project configuration (``simplify.toml`` / ``[tool.simplify]``) that
    the CLI found or the server was started with; ``simplifier`` may be given by tests and by
    the API (which builds its pipeline in the lifespan).
    """

    def __init__(self, config: Config | None = None, *, simplifier: Simplifier | None = None,
                 model: str | None = None) -> None:
        self.config = config or Config()
        self.model = model or self.config.settings.model
        self.overlay = Overlay.of(self.config.settings)
        self._simplifier = simplifier

    @property
    def simplifier(self) -> Simplifier:
        if self._simplifier is None:
            self._simplifier = simplifier_for(self.model, self.overlay)
        return self._simplifier

    # -- configuration ------------------------------------------------------------------------

    def options(
        self,
        path: Path | str | None = None,
        *,
        profile: str | None = None,
        enable: list[str] | None = None,
        disable: list[str] | None = None,
    ) -> FileOptions:
        """Settings for one document: the file's settings (with overrides for ``path``), then
        what the caller asks for (a request's profile, rules switched on or off)."""
        from .sources import relative_candidates

        candidates = ["-"]
        if path is not None and str(path) != "-":
            candidates = relative_candidates(Path(path), [self.config.base, Path.cwd()])
        opts = self.config.options_for(candidates, cli_profile=profile is not None)
        if profile is not None:
            self.simplifier.profile(profile)  # German ConfigError for an unknown profile
            opts.profile = profile
        if enable is not None:
            opts.enable = list(enable)
        if disable:
            opts.disable = opts.disable + [r for r in disable if r not in opts.disable]
        return opts

    # -- reading ------------------------------------------------------------------------------

    @staticmethod
    def read_path(path: Path | str, name: str | None = None) -> Any:
        """Read a file (txt, md, html, docx, odt, pdf) into a Source."""
        src = read_file(Path(path))
        if name is not None:
            src.name = name
        return src

    @staticmethod
    def read_bytes(data: bytes, name: str) -> Any:
        """Read an upload or standard input; the kind comes from the name's suffix."""
        return extract(Path(name), data, decode, name=name)

    @staticmethod
    def read_text(text: str, name: str = "-") -> Any:
        """Pasted text (API, web page): control comments work here too."""
        if not isinstance(text, str):
            raise InputError("Der Text muss eine Zeichenkette sein.")
        from .formats_in import plain_text_source

        return plain_text_source(name, text)

    # -- checking -----------------------------------------------------------------------------

    def check(self, source: Any, options: FileOptions | None = None, *,
              suggest: bool = True) -> Checked:
        """Analyse a source with its options; suppression applied; findings located."""
        opts = options or self.options(source.name)
        simp = self.simplifier
        text = source.text
        regions, problems = suppress.parse(
            source.comments, len(text), set(simp.rules) | {suppress.RULE_ID}, set(simp.profiles))
        # sender, file number, date: not text to read (letterhead.py)
        regions = [suppress.Region(a, b, "aus", None, None, "Briefkopf", 1)
                   for a, b in [*letterhead(text), *contact_lines(text)]] + [
            suppress.Region(a, b, "aus", None, None, "Vermerke des Amtes", 1)
            for a, b in office_sections(text)] + regions
        analysed = suppress.blank_regions(text, regions)
        report = simp.analyze(analysed, opts.profile, enable=opts.enable, disable=opts.disable,
                              levels=opts.levels, limits=opts.limits, source=source.name,
                              suggest=suggest, whole=text)

        def reanalyze(passage: str, profile: str) -> Report:
            return simp.analyze(passage, profile, enable=opts.enable, disable=opts.disable,
                                levels=opts.levels, source=source.name, suggest=suggest)

        report = suppress.apply(report, analysed, regions, problems, reanalyze,
                                _problem_level(opts))
        report = _without_signatures(report, text)
        report = regroup(report)
        starts = line_starts(text)
        locations = {f.fingerprint: locate(source, f.start, f.end, starts)
                     for f in report.all_findings()}
        return Checked(source, report, regions, locations)

    def check_text(self, text: str, *, profile: str | None = None,
                   enable: list[str] | None = None, disable: list[str] | None = None,
                   name: str = "-") -> Report:
        """Pasted text in, Report out (the API, ``/v2/check`` and the web page)."""
        source = self.read_text(text, name)
        return self.check(source, self.options(None, profile=profile, enable=enable,
                                               disable=disable)).report

    # -- fixing -------------------------------------------------------------------------------

    def fix(self, checked: Checked, rewrite: bool = False) -> Fixed:
        """Apply the suggestions of a checked text file to its original text.

        Never inside a suppressed passage (``aus``), a control comment, or markup that the
        reader blanked out (Markdown code blocks and spans, link targets, HTML): a suggestion
        that touches one is left out and counted in ``protected``.
        """
        src = checked.source
        if src.kind not in FIXABLE_KINDS:
            raise InputError(f"{src.name}: „fix“ ändert nur Textdateien (.txt, .md).")
        original = src.original if src.original is not None else src.text
        spans = protected_spans(src.text, original, checked.regions, src.comments)
        findings = []
        left_out = 0
        for f in checked.report.all_findings():  # every place of a repeated word
            keep = [s for s in f.suggestions if not _touches(spans, s.start, s.end)]
            left_out += len(f.suggestions) - len(keep)
            findings.append(f.model_copy(update={"suggestions": keep}))
        new, applied = apply_suggestions(original, findings, rewrite=rewrite)
        return Fixed(new, applied, left_out)


def _without_signatures(report: Report, text: str) -> Report:
    """No findings in the lines under a closing formula (letterhead.signature_blocks). They
    stay in the analysed text: whom a letter is from tells who reads it (audience.py)."""
    blocks = signature_blocks(text)
    if not blocks:
        return report
    kept = [f for f in report.findings if not any(a <= f.start < b for a, b in blocks)]
    return report.model_copy(update={"findings": kept})


def regroup(report: Report) -> Report:
    """The one place where repeats are grouped: later places of the same word-level finding
    (same rule and word) become ``repeats`` of the first; the summary counts findings (groups)
    and places. Channels that need every place use ``Report.all_findings()``."""
    grouped = report.model_copy(update={"findings": group_repeats(report.findings)})
    grouped.summary = {**report.summary, **summarize(grouped)}
    return grouped


def protected_spans(analysed: str, original: str, regions: list[suppress.Region],
                    comments: list[Any]) -> list[tuple[int, int]]:
    """Sorted, merged spans that a fix must not touch."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, (a, b) in enumerate(zip(analysed, original)):
        if a != b:
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(original)))
    spans += [(r.start, r.end) for r in regions if r.kind == "aus"]
    spans += [(c.start, c.end) for c in comments]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _touches(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) (an insertion point if empty) meets one of the sorted spans."""
    ends = [e for _, e in spans]
    i = bisect.bisect_right(ends, start)
    return i < len(spans) and spans[i][0] < max(end, start + 1)


def _problem_level(opts: FileOptions) -> Level | None:
    if suppress.RULE_ID in opts.disable or (opts.enable is not None
                                            and suppress.RULE_ID not in opts.enable):
        return None
    value = opts.levels.get(suppress.RULE_ID, "error")
    return None if value == "off" else Level(value)


def context(text: str, report: Report, f: Finding) -> tuple[str, str, str]:
    """The passage with some text of its sentence before and after (for people)."""
    lo, hi = f.start, f.end
    if f.sentence is not None and 0 <= f.sentence < len(report.sentences):
        s = report.sentences[f.sentence]
        lo, hi = min(lo, s.start), max(hi, s.end)
    before = text[max(lo, f.start - CONTEXT_CHARS):f.start]
    after = text[f.end:min(hi, f.end + CONTEXT_CHARS)]
    if f.start - lo > CONTEXT_CHARS:
        before = "…" + before.split(" ", 1)[-1]
    if hi - f.end > CONTEXT_CHARS:
        after = after.rsplit(" ", 1)[0] + "…"
    norm = " ".join
    return norm(before.split()) + (" " if before[-1:].isspace() else ""), \
        norm(text[f.start:f.end].split()), \
        (" " if after[:1].isspace() else "") + norm(after.split())


def internal_error_message(name: str, exc: BaseException) -> str:
    """A German message for an unexpected error while checking one document."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f"; {Path(where.filename).name}:{where.lineno}" if where else ""
    return (f"{name}: Interner Fehler beim Prüfen ({type(exc).__name__}: {exc}{place}). Bitte "
            "melden Sie diesen Fehler mit der Datei.")


__all__ = ["Checked", "DocumentService", "Fixed", "Overlay", "SimplifyError", "simplifier_for"]
