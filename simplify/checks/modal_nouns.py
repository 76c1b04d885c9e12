"""A modal verb hidden in a noun: "Sie haben die Möglichkeit, … zu …" (können), "Es besteht
die Pflicht, … zu …" (müssen). Style guides for administrative German name it as nominal
style: the noun and its light verb say what one modal verb says."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..rules import Rule
from .base import Context, Match, check, span_of

ARTICLES = {"die", "eine", "keine", "der", "einer", "jede"}
WINDOW = 6  # tokens between the light verb and the noun ("haben Sie jederzeit die …")


def _zu_infinitive_after(toks: list[Token], k: int) -> bool:
    """After the noun: a comma, then a clause with a zu-infinitive ("…, den Antrag online zu
    stellen"); not "die Möglichkeit einer Ratenzahlung"."""
    if k + 1 >= len(toks) or toks[k + 1].text != ",":
        return False
    for i in range(k + 2, len(toks)):
        t = toks[i]
        if t.text in {".", ";", "?", "!"} or (t.tag_ in {"KOUS", "PRELS", "KON"} and i == k + 2):
            return False
        if t.tag_ == "VVIZU" or (t.tag_ in {"VVINF", "VAINF"} and toks[i - 1].tag_ == "PTKZU"):
            return True
        if t.text == ",":
            return False
    return False


@check("modal_noun")
def modal_noun(ctx: Context, rule: Rule) -> Iterator[Match]:
    nouns: dict[str, str] = {k.casefold(): v for k, v in rule.params.get("nouns", {}).items()}
    verbs = {v.casefold() for v in rule.params.get("verbs", [])}
    for s in ctx.sentences:
        toks = s.tokens
        for k, t in enumerate(toks):
            if t.tag_ != "NN" or t.lower_ not in nouns or k == 0:
                continue
            if toks[k - 1].lower_ not in ARTICLES:
                continue
            if not _zu_infinitive_after(toks, k):
                continue
            j = next((j for j in range(k - 2, max(-1, k - 2 - WINDOW), -1)
                      if toks[j].lemma_.casefold() in verbs and toks[j].tag_.startswith("V")),
                     None)
            if j is None or any(x.text in {",", ";", ":"} for x in toks[j:k]):
                continue  # the light verb belongs to the same clause as the noun
            start, end = span_of([toks[j], t])
            yield Match(start, end, {"modal": nouns[t.lower_], "noun": t.text},
                        sentence=s.index)
