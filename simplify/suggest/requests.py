"""A request without anyone who asks, as a direct request: "Es wird gebeten, die Belege
einzureichen." -> "Bitte reichen Sie die Belege ein." (SIM-P005's rewrite)."""

from __future__ import annotations

from ..checks.base import Context, SentenceView
from ..report import Finding, Suggestion
from ..verbs import split_separable
from .common import _ends, _infinitive, _sentence_suggestion, _simple_middle, join

ASKED_READER = {"es", "sie"}  # who "wird/werden gebeten" may name for "Bitte … Sie"
ASKING_NOW = {"wird", "werden"}  # "Sie wurden gebeten, …" reports a request (safety review 257)


def es_wird_gebeten(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Es wird gebeten, die Belege einzureichen." -> "Bitte reichen Sie die Belege ein."."""
    toks, end = _ends(s)
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if len(commas) != 1:
        return []
    head, tail = toks[: commas[0]], toks[commas[0] + 1:]
    if not head or head[-1].lower_ != "gebeten" or len(head) > 4 or not tail:
        return []
    # only the reader or nobody is asked: "Die Schule wird gebeten, … zu übersenden" asks a
    # third party, which "Bitte übersenden Sie …" would make the reader (a blind safety review)
    if any(t.lower_ not in (ASKING_NOW if t.tag_ == "VAFIN" else ASKED_READER)
           for t in head[:-1] if t.tag_ != "ADV"):
        return []
    verb = tail[-1]
    middle = tail[:-1]
    if verb.tag_ == "VVINF" and middle and middle[-1].tag_ == "PTKZU":
        middle = middle[:-1]
    elif verb.tag_ != "VVIZU":
        return []
    if not _simple_middle(middle):
        return []
    prefix, base = split_separable(_infinitive(verb))
    new = join(["Bitte", base, "Sie", *(t.text for t in middle), prefix]) + end
    return [_sentence_suggestion(s, new, "Direkte Bitte")]
