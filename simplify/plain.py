"""Where hints are not worth a clerk's time: in a text already written plainly, on a form's
check-box lines, and some in a letter's subject lines. Warnings and errors stay in all three.

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

A check-box line ("[ ] Die Unterlagen werden nachgereicht", "☐ Ich bin damit einverstanden,
dass …") is an option the reader ticks, worded like the law or the form's other options: of
the 111 hints judged on such lines of at most 20 words in reviews 18-68, 11 were worth the
time and 72 noise ("a telegraphic passive in a tick box is fine", "the form's own label"):
one in ten, where other hints are worth it one time in three.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .audience import SALUTATION_LINE, SALUTATION_REACH
from .report import Finding, Level
from .rules import Profile

MIN_WORDS = 150
# an option to tick has at most this many words; a declaration of more is a text of its own
# ("☐ Ich willige ein, dass Bescheide mir dadurch bekannt gegeben werden, dass sie …"): on
# lines of over 20 words reviewers judged 8 of 23 hints worth it, 8 noise
BOX_WORDS = 20
# a check box before the passage on its line: "[ ]", "[x]", "☐", "☒", "□", "( )"
_BOX = re.compile(r"\[[ xX]?\]|[☐☒□]|\([ ]?\)")


# the subject lines above a letter's salutation name the matter the way letters do, in nouns,
# with the legal basis and its abbreviations ("Anordnung der Behandlung Ihrer Bienenvölker",
# "hier: Anhörung gem. § 28 VwVfG vor Erlass einer Nutzungsuntersagung"): of the hints on
# nominal style, citations and abbreviations there that the code of a37b578 still raised,
# reviews 18-177 judged 3 of 57 worth a clerk's time ("a noun-style letter title is
# conventional"). Explanations of terms stay: the reader meets the term there first.
HEAD_STYLE = ("SIM-N", "SIM-J002", "SIM-J003")


def on_check_box_line(text: str, start: int) -> bool:
    """The passage at ``start`` follows a check box on its line."""
    return _BOX.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def hints_worth_showing(findings: list[Finding], text: str, sentences: Sequence[Any],
                        words: int, profile: Profile
                        ) -> tuple[list[Finding], dict[str, Any] | None]:
    """The findings to show: no hints on a check-box option, none in a plain text
    (``for_plain_text``); both only in profiles with ``plain_warnings``.
    ``sentences``: the text's sentences, by index, each with its ``words``."""
    if profile.limits.get("plain_warnings") is None:
        return findings, None
    sentence_words = [len(s.words) for s in sentences]
    head = _letter_head_end(text)
    findings = [f for f in findings if f.level.rank >= Level.warning.rank
                or not (_box_option(f, text, sentence_words)
                        or (f.end <= head and f.rule.startswith(HEAD_STYLE)))]
    return for_plain_text(findings, words, profile)


def _letter_head_end(text: str) -> int:
    """Where a letter's salutation starts, if it has one near the top; else 0."""
    m = SALUTATION_LINE.search(text, 0, SALUTATION_REACH)
    return m.start() if m is not None else 0


def _box_option(f: Finding, text: str, sentence_words: list[int]) -> bool:
    return (f.sentence is not None and sentence_words[f.sentence] <= BOX_WORDS
            and on_check_box_line(text, f.start))


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
