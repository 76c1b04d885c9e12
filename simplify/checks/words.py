"""Long words: compounds beyond the profile's limit, with a readable split."""

from __future__ import annotations

from collections.abc import Iterator

from ..morphology import compound_parts, join_compound, readable_split
from ..report import Suggestion
from ..rules import Rule
from .base import Context, Match, check

OFFICIAL_TITLES = ("gesetz", "gesetzes", "gesetzbuch", "gesetzbuches", "verordnung",
                   "ordnung", "satzung")


@check("long_words")
def long_words(ctx: Context, rule: Rule) -> Iterator[Match]:
    max_letters = ctx.profile.limit("word_letters")
    max_parts = ctx.profile.limit("word_parts")
    mediopunkt = bool(ctx.profile.limits.get("mediopunkt", 0))
    protected = ctx.lexicon.protected
    for s in ctx.sentences:
        for t in s.words:
            word = t.text
            if "-" in word or not word.isalpha() or t.tag_ not in {"NN", "NE", "ADJA", "ADJD"}:
                continue
            if t.lemma_.casefold() in protected or word.casefold() in protected:
                continue
            letters = len(word)
            if letters <= max_letters and letters < 16:
                continue  # a short word is readable even with many parts
            parts = compound_parts(word)
            if letters <= max_letters and len(parts) < max_parts:
                continue
            pieces = readable_split(word)
            sugg = []
            # adjectives keep their form; official titles of laws keep their spelling
            keep = t.tag_ in {"ADJA", "ADJD"} or word.lower().endswith(OFFICIAL_TITLES)
            if len(pieces) > 1 and not keep:
                split = join_compound(pieces, mediopunkt)
                sugg.append(Suggestion(replacement=split, start=t.idx, end=t.idx + len(word),
                                       kind="replace", label=f"Trennen: „{split}“"))
            advice = (f"Besser lesbar: „{sugg[0].replacement}“." if sugg else
                      "Setzen Sie Bindestriche an die Wortgrenzen oder umschreiben Sie es.")
            yield Match(t.idx, t.idx + len(word),
                        {"word": word, "letters": letters, "parts": len(parts),
                         "advice": advice},
                        suggestions=sugg, sentence=s.index)
