"""A term the text itself announces with "sogenannt" but does not explain.

"Das Gericht entscheidet erst, wenn die sogenannten Folgesachen geklärt sind": the writer
knows the word is a term of art (that is what "sogenannt" says), yet the reader learns nothing
about it. Blind editors marked such places ("sogenannt without explanation; list them") where
no word list holds the term. Not flagged where the text explains it: in brackets, after a colon
or dash, in a relative clause or "also/das heißt" right after it, in the next sentence
("Folgesachen sind …", "Das sind …"), or where "sogenannt" names what the sentence has just
described ("innerhalb von 30 Monaten, der sogenannten Rahmenfrist").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..rules import Rule
from .base import Context, Match, check

EXPLAINED_BY = {"(", ":", "–", "—", "-"}
EXPLAINING_WORDS = {"also", "d.", "das", "dies", "heißt", "bedeutet"}
DEFINING = {"ist", "sind", "bedeutet", "bedeuten", "heißt", "heißen", "meint", "nennt"}
APPOSITION = {",", "(", "–", "—"}


@check("so_called")
def so_called(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"sogenannte X" (with an adjective or two) where X is not explained."""
    for s in ctx.sentences:
        toks = s.tokens
        for i, t in enumerate(toks):
            low = t.lower_
            if not (low.startswith("sogenannt") or low == "sog."
                    or (low == "so" and i + 1 < len(toks)
                        and toks[i + 1].lower_.startswith("genannt"))):
                continue
            j = i + 2 if low == "so" else i + 1
            while j < len(toks) and toks[j].tag_ in {"ADJA", "ADJD", "ADV"}:
                j += 1
            if j >= len(toks) or toks[j].tag_ not in {"NN", "NE"}:
                continue
            noun = toks[j]
            if i > 0 and _after_description(toks, i):
                continue  # "…, der sogenannten Rahmenfrist": it names what came before
            if _explained_after(toks, j) or _defined_next(ctx, s.index, noun.lemma_ or noun.text):
                continue
            if ctx.protected.in_label(noun.idx, noun.idx + len(noun.text)):
                continue  # a heading names the topic; the text below explains it
            yield Match(noun.idx, noun.idx + len(noun.text), {"term": noun.text},
                        sentence=s.index)


def _after_description(toks: list, i: int) -> bool:
    """"sogenannt" opens an apposition: a comma, bracket or dash before it (or before its
    article)."""
    k = i - 1
    if toks[k].text in {"der", "die", "das", "den", "dem", "des"}:
        k -= 1
    return k >= 0 and toks[k].text in APPOSITION


def _explained_after(toks: list, j: int) -> bool:
    """A bracket, colon or dash right after the term, or a comma with a relative clause or
    "also", "das heißt" after it."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.text in EXPLAINED_BY:
        return True
    if nxt.text == "," and j + 2 < len(toks):
        after = toks[j + 2]
        return after.tag_ in {"PRELS", "PRELAT"} or after.lower_ in EXPLAINING_WORDS or (
            after.tag_ == "APPR" and j + 3 < len(toks) and toks[j + 3].tag_ == "PRELS")
    return False


def _defined_next(ctx: Context, s_index: int, lemma: str) -> bool:
    """The next sentence defines the term: "Folgesachen sind …", "Damit ist … gemeint"."""
    if s_index + 1 >= len(ctx.sentences):
        return False
    nxt = ctx.sentences[s_index + 1].tokens[:6]
    if (len(nxt) > 1 and nxt[0].lower_ in {"das", "dies", "diese", "dabei", "damit"}
            and nxt[1].lower_ in DEFINING | {"handelt"}):
        return True  # "Das sind Kronen und Äste, die …"
    folded = lemma.casefold()
    names = any((t.lemma_ or t.text).casefold() == folded for t in nxt)
    return (names and any(t.lower_ in DEFINING for t in nxt)) or any(
        t.lower_ == "gemeint" for t in ctx.sentences[s_index + 1].tokens)
