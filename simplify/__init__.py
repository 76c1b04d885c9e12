"""simplify: a plain-language checker for German administrative texts.

    from simplify import analyze
    report = analyze("Der Antrag ist bis zum 1. März einzureichen.")
    for f in report.findings:
        print(f.rule, f.message, f.text)

The German pipeline (spaCy, HanTa) loads on first use, not on import: ``simplify --version``
and the rule listings answer without it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, InputError, ModelError, SimplifyError
from .report import Finding, Level, Report, SentenceInfo, Suggestion
from .version import __version__

if TYPE_CHECKING:
    from .analyzer import Simplifier



GC_THRESHOLD = 20_000  # allocations between collections of the youngest generation


def get_simplifier(model: str | None = None) -> Simplifier:
    """The process-wide pipeline object (built on first use, one per model)."""
    return _simplifier(model)


@lru_cache(maxsize=2)
def _simplifier(model: str | None) -> Simplifier:
    import gc

    from .analyzer import Simplifier
    from .forms import noun_table

    simp = Simplifier(model=model)
    noun_table()  # 90,000 noun paradigms that the rules read in every analysis
    # The pipeline, word lists, rules and nouns live as long as the process: Python's cyclic
    # garbage collector walked all of them in every full collection (with the tagger's model,
    # 5 % of a first analysis and 14 % of a repeated one). Frozen objects are never scanned.
    gc.freeze()
    # An analysis makes and frees some 100,000 container objects (tokens, lists, findings),
    # almost all freed by reference counting; with Python's default threshold (700) the
    # collector ran 500 times in a first pass over 30 texts and moved objects that were
    # alive mid-analysis to older generations, which full collections then walked again:
    # 7 % of an analysis (measured with gc.callbacks). A larger first threshold collects
    # the same cycles, later; an application's own larger setting is kept.
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD), *threshold[1:])
    return simp


def analyze(text: str, profile: str = "formular", *, model: str | None = None, **options) -> Report:
    """Check ``text`` with the given profile and return a Report (see ``Simplifier.analyze``)."""
    return get_simplifier(model).analyze(text, profile, **options)


def __getattr__(name: str) -> Any:
    if name == "Simplifier":
        from .analyzer import Simplifier

        return Simplifier
    raise AttributeError(f"module 'simplify' has no attribute {name!r}")


__all__ = [
    "ConfigError",
    "Finding",
    "InputError",
    "Level",
    "ModelError",
    "Report",
    "SentenceInfo",
    "Simplifier",
    "SimplifyError",
    "Suggestion",
    "__version__",
    "analyze",
    "get_simplifier",
]
