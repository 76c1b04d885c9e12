"""Which sense of a term of art the text means, from the words around it (``context`` column
of the term lists: lemmas that call for a sense, "!word" and "!a phrase" that rule it out)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..clauses import neighbour
from ..forms import noun
from ..lexicon import TermHit
from ..wordlists import Entry
from .base import Context

SENSE_WINDOW = 2  # sentences on each side in which a sense's context words count


def sense_at(ctx: Context, s_index: int, hit: TermHit) -> Entry | None:
    """The entry (sense) of the hit's term whose context fits the text around it.

    A term with one sense and no context applies anywhere. With several senses, the first whose
    context lemmas occur within ``SENSE_WINDOW`` sentences; None if none fits, so that no
    explanation of the wrong sense is offered ("Abnahme" of building works is no decrease).
    A term with only one sense that has a context is a term of art only in that context: out
    of it, the caller does not flag it ("Abnahme" of weight is an everyday word).
    """
    e = hit.entry
    senses = ctx.lexicon.senses(e)
    if len(senses) == 1 and not senses[0].context:
        return senses[0]
    lo, hi = max(0, s_index - SENSE_WINDOW), min(len(ctx.sentences), s_index + SENSE_WINDOW + 1)
    near = {key for s in ctx.sentences[lo:hi] for t in s.tokens
            for key in (t.lower_, (t.lemma_ or "").casefold())}
    for sense in senses:
        if ruled_out(ctx, s_index, sense):
            continue
        wanted = [w.casefold() for w in sense.context if not w.startswith("!")]
        if not wanted or any(w in near for w in wanted):
            return sense
    return None


def ruled_out(ctx: Context, s_index: int, sense: Entry) -> bool:
    """"!word" in a sense's context: the sense does not hold where that word is in the same
    sentence ("Erlass eines Bescheids" is its issuing, no decree and no waiver), "!!word"
    where it is anywhere in the text; "!a phrase" rules it out where the sentence holds the
    phrase ("im Vergleich zu", "unter Berufung")."""
    banned = {w[1:].casefold() for w in sense.context if w.startswith("!")}
    if not banned:
        return False
    # "!!word": the sense does not hold anywhere in a text that speaks of this ("Partei" in a
    # debt-settlement text are the debtor and the creditors, not the two sides of a lawsuit)
    topics = {b[1:] for b in banned if b.startswith("!")}
    if topics:
        folded = ctx.text.casefold()
        if any(b in folded for b in topics):
            return True
        banned -= {"!" + b for b in topics}
    s = ctx.sentences[s_index]
    phrases = [b for b in banned if " " in b]
    if phrases:
        text = " ".join(ctx.text[s.start:s.end].casefold().split())
        # a phrase starts at a word ("ein Widerspruch" holds no "in Widerspruch"), and may end
        # inside one ("im Vergleich zum"); " … " stands for up to GAP_WORDS words ("sag … bescheid."
        # is the idiom "Sagen Sie Ihrer Vorgesetzten … Bescheid.", fresh set 59)
        if any(re.search(_phrase_pattern(p), text) for p in phrases):
            return True
    # a word inside compounds too, in any case ending ("Widerspruchsbescheids")
    words = banned.difference(phrases)
    # casefolded on both sides: "!geldbuße" is folded to "geldbusse" like the token
    return any(b in t.lower_.casefold() for t in s.tokens for b in words)


GAP_WORDS = 12


def _phrase_pattern(phrase: str) -> str:
    gap = rf"\w*(?:\s+\S+){{0,{GAP_WORDS}}}?\s+"
    return r"(?<!\w)" + gap.join(re.escape(part.strip()) for part in phrase.split(" … "))


def _numbers(lemma: str) -> tuple[set[str], set[str]]:
    """Singular and plural forms of a noun (german-nouns paradigms); empty if unknown."""
    n = noun(lemma)
    if n is None:
        return set(), set()
    # the dative singular in -e ("dem Bescheide") is archaic: it would hide every plural
    return ({f for case, num, f in n.forms if num == "singular" and case != "dativ"},
            {f for _, num, f in n.forms if num == "plural"})


def number_clash(word: Token, explanation: str) -> bool:
    """A plural in the text, an explanation that opens with a singular noun: "die Bescheide
    (Brief vom Amt …)" would not fit, so no explanation is offered for insertion there (the
    message still gives it). Plural: only a plural form of the noun's paradigm, or a
    nominalised adjective in -en after "die" ("die Beteiligten")."""
    sing, plur = _numbers(word.lemma_ or word.text)
    if sing or plur:
        plural = word.text in plur and word.text not in sing
    else:
        prev = neighbour(word, -1)
        plural = (word.text.endswith("en") and prev is not None and prev.lower_ == "die"
                  and word.text[:1].isupper())
    if not plural:
        return False
    first = explanation.split(maxsplit=1)[0].strip(",.;:()") if explanation.strip() else ""
    e_sing, e_plur = _numbers(first)
    return first in e_sing and first not in e_plur
