"""Nominal prepositions with a genitive noun phrase: "namens des Vorstands", "kraft Amtes".

Genitive prepositions are a closed class of the written, official register, so the rule lists
them (``params.prepositions``); the pattern decides the rest: the preposition must govern a
genitive noun phrase that follows it (an article or determiner in the genitive, or an
article-less noun with a genitive ending). Where the Amtsdeutsch word list already has the
preposition ("seitens", "mangels", "zwecks" ...), that rule speaks for the place: one finding
per passage.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..rules import Rule
from .base import Context, Match, check, span_of

# Determiners whose form can be genitive (singular masculine/neuter "-es", feminine and plural
# "-er"); after a genitive preposition "der"/"einer" are genitive too.
GENITIVE_DETERMINERS = {
    "des", "der", "eines", "einer", "dieses", "dieser", "jenes", "jener", "jedes", "jeder",
    "meines", "meiner", "deines", "deiner", "seines", "seiner", "ihres", "ihrer", "unseres",
    "unserer", "eures", "eurer", "keines", "keiner", "welches", "welcher", "dessen", "deren",
}
INNER = {"ADJA", "ADV", "CARD", "PIAT", "ADJD"}
# the Amtsdeutsch list speaks for these places (SIM-J001); one finding per passage
COVERED_BY = "amtsdeutsch"


def genitive_phrase_end(toks: list[Token], j: int) -> int | None:
    """Index of the head noun of a genitive noun phrase starting at j, with its genitive
    attributes ("des Vorstands des Vereins"); None if no genitive phrase starts there."""
    if j >= len(toks):
        return None
    first = toks[j]
    m = j
    if first.lower_ in GENITIVE_DETERMINERS and first.tag_ in {"ART", "PPOSAT", "PDAT", "PIAT",
                                                               "PRELAT", "PWAT"}:
        m = j + 1
        while m < len(toks) and toks[m].tag_ in INNER:
            m += 1
        if m >= len(toks) or toks[m].tag_ not in {"NN", "NE"}:
            return None
    else:
        # no article: "mangels ausreichender Mittel", "kraft Amtes"
        adjectives = 0
        while m < len(toks) and toks[m].tag_ == "ADJA":
            adjectives += 1
            m += 1
        if m >= len(toks) or toks[m].tag_ != "NN":
            return None
        noun = toks[m].lower_
        strong = adjectives and toks[m - 1].lower_.endswith("er")
        if not (strong or (noun.endswith("s") and noun != (toks[m].lemma_ or "").casefold())):
            return None
    # genitive attributes hang on: "namens des Vorstands des Vereins"
    while m + 1 < len(toks) and toks[m + 1].lower_ in {"des", "der", "eines", "einer"} \
            and toks[m + 1].tag_ == "ART":
        k = m + 2
        while k < len(toks) and toks[k].tag_ in INNER:
            k += 1
        if k >= len(toks) or toks[k].tag_ not in {"NN", "NE"}:
            break
        m = k
    return m


@check("nominal_preposition")
def nominal_preposition(ctx: Context, rule: Rule) -> Iterator[Match]:
    """A genitive preposition of the official register with its noun phrase."""
    hints: dict[str, str] = dict(rule.params.get("hints", {}))
    preps = set(rule.params.get("prepositions", [])) | set(hints)
    phrases = [tuple(p.lower().split()) for p in preps if " " in p]  # "mit Hilfe" = "mithilfe"
    firsts = {p[0] for p in phrases}  # only a token that opens a phrase is compared further
    for s in ctx.sentences:
        toks = s.tokens
        covered: set[int] | None = None
        for i, t in enumerate(toks):
            low = t.lower_
            width = 1 if low not in firsts else next(
                (len(p) for p in phrases
                 if tuple(x.lower_ for x in toks[i: i + len(p)]) == p), 1)
            if width > 1:
                low = " ".join(x.lower_ for x in toks[i: i + width])
            elif low not in preps or t.tag_ not in {"APPR", "APPO", "ADV", "NN", "NE"}:
                continue
            if width == 1 and t.text[:1].isupper() and i > 0 and not toks[i - 1].is_punct:
                continue  # "des Namens": a noun, not the preposition
            if i > 0 and toks[i - 1].tag_ in {"ART", "PPOSAT", "PDAT", "PIAT"}:
                continue
            if ctx.lexicon.is_listed(t, COVERED_BY):
                continue
            if covered is None:
                covered = {k for h in ctx.lexicon.find_terms(toks, COVERED_BY)
                           for k in range(h.first, h.last + 1)}
            if covered & set(range(i, i + width)):
                continue  # "kraft Gesetzes" is an entry of its own
            end = genitive_phrase_end(toks, i + width)
            if end is None:
                continue
            start, stop = span_of(toks[i: end + 1])
            hint = next((v for k, v in hints.items() if k.lower() == low), "")
            prep_start, prep_end = span_of(toks[i: i + width])
            yield Match(start, stop, {"preposition": ctx.text[prep_start:prep_end],
                                      "hint": f" {hint}" if hint else ""},
                        sentence=s.index)
