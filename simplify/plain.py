"""A text already written plainly gets only its warnings and errors, not its hints.

An editor who reads a plain text does not list every "aufgrund" and every passive whose actor
does not matter: the writer has done the work, and a list of small points hides the few real
ones. Blind reviewers said so of the hints on the plainly written texts of the fresh sets
(benchmarks/judgements, reviews 18-68): of 159 judged hints still raised there, 9 were worth a
clerk's time, 25 debatable and 125 noise ("already plain text; the passive is natural"). On
the other texts 30 % of the hints are worth it, five times as many.

What makes a text plain is measured on the text itself, after every other filter: at most
``plain_warnings`` warnings and errors per 1,000 words (a profile limit; the plain-language
profiles have none, as their hints are the standard they teach). In the fresh sets 55-70,
147 of the 160 plain texts have at most 3 per 1,000 words (all at most 6.5); of the 373 other
texts that get hints, 2 do (two published statutes, 1.3 and 1.4), the rest 4.2 or more. A
text needs ``MIN_WORDS`` words for the measure to mean anything: a pasted sentence or a form
field keeps every hint.
"""

from __future__ import annotations

from typing import Any

from .report import Finding, Level
from .rules import Profile

MIN_WORDS = 150


def for_plain_text(findings: list[Finding], words: int,
                   profile: Profile) -> tuple[list[Finding], dict[str, Any] | None]:
    """The findings to show and, where a plain text's hints were left out, what the summary
    says about it (warnings per 1,000 words, the profile's limit, how many hints); else
    ``None``."""
    limit = profile.limits.get("plain_warnings")
    if limit is None or words < MIN_WORDS:
        return findings, None
    kept = [f for f in findings if f.level.rank >= Level.warning.rank]
    rate = 1000.0 * len(kept) / words
    if rate > limit or len(kept) == len(findings):
        return findings, None  # not plain, or no hint to leave out (nothing to say)
    return kept, {"warnings_per_1000": round(rate, 1), "limit": limit,
                  "hidden": len(findings) - len(kept)}
