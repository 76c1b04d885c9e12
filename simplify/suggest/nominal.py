"""Funktionsverbgefüge to the plain verb."""

from __future__ import annotations

from spacy.tokens import Token

from ..checks.base import Context, SentenceView
from ..checks.light_verbs import claim_sense
from ..report import Finding, Suggestion
from ..verbs import (
    plural_present,
    split_separable,
)
from .common import (
    _ends,
    _sentence_suggestion,
    cap,
    join,
)


def fvg_verb(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Bitte nehmen Sie den Bescheid zur Kenntnis." -> "Bitte beachten Sie den Bescheid."."""
    toks, end = _ends(s)
    inside = [t for t in toks if f.start <= t.idx < f.end]
    if not inside:
        return []
    verb = inside[0]
    if verb.tag_ not in {"VVFIN", "VVINF"}:
        return []
    nouns = {t.lemma_.casefold() for t in inside}
    entries = [e for e in ctx.lexicon.fvg.get(verb.lemma_.casefold(), [])
               if e.preposition and e.term.casefold() in nouns and e.replacements]
    out = []
    for e in entries[:1]:
        if claim_sense(toks, toks.index(verb), e):
            continue  # "dauert", or a person held liable: no "nutzen"
        # the preposition, its article and the noun go away
        noun_i = next((k for k, t in enumerate(toks) if f.start <= t.idx < f.end
                       and t.lemma_.casefold() == e.term.casefold()), None)
        if noun_i is None:
            continue
        prep_i = noun_i - 1
        while prep_i >= 0 and toks[prep_i].tag_ in {"ART", "ADJA"}:
            prep_i -= 1
        if prep_i < 0 or toks[prep_i].tag_ not in {"APPR", "APPRART"}:
            continue
        for repl in e.replacements[:1]:  # the best one only: later ones fit fewer contexts
            if " " in repl:
                continue
            prefix, base = split_separable(repl)
            # the particle takes the place of the phrase it replaces, the clause's right
            # bracket: "bringen Sie zum Ausdruck, das Amt bleibe untätig, und erheben …" ->
            # "drücken Sie aus, das Amt …" (safety review 222 had "… und erheben … aus")
            here = noun_i + 1 >= len(toks) or toks[noun_i + 1].is_punct
            if verb.tag_ == "VVFIN" and prefix and not here and any(
                    t.text == "," for t in toks[noun_i + 1:]):
                continue  # more of the clause follows, and where it ends is unclear
            words: list[str] = []
            for k, t in enumerate(toks):
                if k == noun_i and verb.tag_ == "VVFIN" and prefix and here:
                    words.append(prefix)
                if prep_i <= k <= noun_i:
                    continue
                if t is verb:
                    if verb.tag_ == "VVINF":
                        words.append(repl)
                        continue
                    form = plural_present(base) if _plural_subject(toks, verb) else None
                    if form is None:
                        break
                    words.append(form if k else cap(form))
                    continue
                words.append(t.text)
            else:
                if verb.tag_ == "VVFIN" and prefix and not here:
                    words.append(prefix)
                out.append(_sentence_suggestion(s, join(words) + end, f"Verb: „{repl}“",
                                                "safe" if e.may_apply(repl) else "review"))
    return out


def _plural_subject(toks: list[Token], verb: Token) -> bool:
    """The finite verb agrees with "Sie" or "wir" next to it (V1/V2 position): "Die Stadt nimmt
    Sie in Anspruch" has "Sie" as its object."""
    if not verb.lower_.endswith("n"):
        return False
    k = toks.index(verb)
    near = toks[max(0, k - 1): k + 2]
    return any(t.text in {"Sie", "wir", "Wir"} and t.tag_ == "PPER" for t in near)


