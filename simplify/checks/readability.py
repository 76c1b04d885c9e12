"""Readability: the whole text below the profile's target index."""

from __future__ import annotations

from collections.abc import Iterator

from ..clauses import FINITE
from ..difficulty import what_makes_it_hard
from ..rules import Rule
from ..vocabulary import german_list
from .base import Context, Match, check
from .length import length_limit


@check("index_below_target")
def index_below_target(ctx: Context, rule: Rule) -> Iterator[Match]:
    """The text's Verständlichkeitsindex is below the profile target: point at the hardest
    sentence, where a rewrite helps most."""
    min_words = rule.params.get("min_words", 30)
    words = sum(len(s.words) for s in ctx.sentences)
    if ctx.index is None or words < min_words or ctx.index >= ctx.profile.target:
        return
    # a heading or form label is no sentence to rewrite first (a blind reviewer: "flags a
    # heading as the hardest sentence"); the running text, where there is any
    running = [s for s in ctx.sentences if not ctx.protected.in_label(s.start, s.end)]
    # a sentence the length rule flags has its own finding: pointing at it again repeats it
    # (blind review 11: "repeats the sentence-length finding with vaguer advice"); the
    # hardest of the others is where the index needs a pointer
    limit = length_limit(ctx)
    # and a sentence, with a finite verb: not a table row or a list label (blind review 12)
    unflagged = [s for s in running if len(s.words) <= limit
                 and any(t.tag_ in FINITE for t in s.tokens)]
    hardest = max(unflagged or running or ctx.sentences, key=lambda s: ctx.difficulty[s.index])
    near = ctx.index >= ctx.profile.target - float(rule.params.get("near_target", 0))
    reasons = what_makes_it_hard([t.text for t in hardest.words],
                                 hardest.clauses.max_depth)
    yield Match(hardest.start, hardest.end,
                {"index": _de(ctx.index), "target": _de(ctx.profile.target),
                 "difficulty": _de(ctx.difficulty[hardest.index]),
                 "reasons": (f" Er hat {german_list(reasons, last='und', quote=False)}."
                             if reasons else "")},
                sentence=hardest.index, softer=near)


def _de(value: float) -> str:
    """A number the German way: 8,5."""
    return f"{value:.1f}".replace(".", ",")
