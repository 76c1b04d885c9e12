"""Sentence rewrites: passive to active, "Sie" for role nouns, plain verbs, sentence splits.

Each generator looks at one finding and its sentence and returns candidate rewrites of the
whole sentence (or of a phrase). They are deliberately narrow: a pattern they do not fully
understand gives no candidate, and every candidate is verified (simplify/verify.py) before it
is shown. Where the actor is unknown (a werden-passive without "von uns"/"von Ihnen"), no
rewrite is offered: the finding's message asks who acts instead of guessing.
"""

from __future__ import annotations

import re

from ..checks.base import Context
from ..plain import on_check_box_line
from ..report import Finding, Suggestion
from .address import man_to_sie, role_subject
from .common import Generator
from .nominal import fvg_verb
from .passive import erfolgen, modal_passive, sein_zu, werden_passive
from .requests import es_wird_gebeten
from .split import split_sentence

REWRITES: dict[str, Generator] = {
    "werden_passive": werden_passive,
    "modal_passive": modal_passive,
    "sein_zu": sein_zu,
    "erfolgen": erfolgen,
    "es_wird_gebeten": es_wird_gebeten,
    "role_subject": role_subject,
    "man_to_sie": man_to_sie,
    "fvg_verb": fvg_verb,
    "split_sentence": split_sentence,
}

_WS = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Sentences longer than this get no sentence-level rewrite: each generator works on the whole
# sentence, so a sentence with many findings (one endless chain of passives) cost findings x
# length. The longest sentence in our corpus and the admin texts has 59 words.
MAX_REWRITE_WORDS = 120


def candidates(ctx: Context, finding: Finding) -> list[Suggestion]:
    """Sentence-level candidates for a finding (word-level ones come from the checks)."""
    rule = ctx.rules.get(finding.rule) if ctx.rules else None
    gen = REWRITES.get(rule.rewrite or "") if rule is not None else None
    if gen is None or finding.sentence is None:
        return []
    s = ctx.sentences[finding.sentence]
    if len(s.words) > MAX_REWRITE_WORDS:
        return []
    if rule.rewrite == "es_wird_gebeten" and on_check_box_line(ctx.text, s.start):
        # an option the reader ticks is the reader's own statement: "[ ] … Es wird gebeten,
        # die Änderung dem Finanzamt mitzuteilen" asks the office; "Bitte teilen Sie … mit"
        # made it the applicant's task (safety review 155)
        return []
    words = _LETTERS.findall(ctx.text[finding.start:finding.end])
    if words and len(words[-1]) > 3 and words[-1].isupper():
        return []  # "sind HINZUZURECHNEN": a verb in capitals has no forms to build from
        # ("Bitte zurechnen Sie … hin", findings review 55)
    try:
        out = gen(ctx, finding, s)
    except (IndexError, ValueError):
        return []
    original = ctx.text[s.start:s.end]
    return [c for c in out if _WS.sub(" ", c.replacement) != _WS.sub(" ", original)]
