"""Multi-word list entries as the matcher looks them up: their words casefolded, attributive
adjectives also under their base form, and an index of each first word's phrases by their
second word (see ``lexicon.Lexicon``)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .wordlists import Entry

ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")  # longest first
# the key of an attributive adjective's base form: only ADJA tokens have it, so the phrase
# "persönliches Erscheinen" is not found in "persönlich erscheinen" (an adverb and a verb)
ADJA_MARK = "~"


def words_of(term: str) -> tuple[str, ...]:
    return tuple(term.casefold().split())


def base_forms(term: str) -> tuple[str, ...]:
    """A phrase with its attributive adjectives (lowercase, before a capitalised word) under
    their base form and ``ADJA_MARK``, a key ``token_keys`` gives every declined ADJA:
    "aufschiebende Wirkung" is also found as "der aufschiebenden Wirkung", "vorläufiger
    Rechtsschutz" as "des vorläufigen Rechtsschutzes"."""
    words = term.split()
    out = []
    for w, nxt in zip(words, [*words[1:], ""]):
        w = w.casefold()
        ending = next((x for x in ADJECTIVE_ENDINGS if w.endswith(x)), "")
        if ending and nxt[:1].isupper() and w.isalpha() and len(w) > len(ending) + 3:
            w = w[: -len(ending)] + ADJA_MARK
        out.append(w)
    return tuple(out)


Phrase = tuple[tuple[str, ...], "Entry"]
# the phrases of one first word, each with its position in the list of them: those of two
# words, the same by their second word, and those of more words by their second word
Numbered = list[tuple[int, Phrase]]
PhraseIndex = tuple[Numbered, dict[str, Numbered], dict[str, Numbered]]


def phrase_index(phrases: list[Phrase]) -> PhraseIndex:
    pairs: Numbered = []
    pairs_by_second: dict[str, Numbered] = defaultdict(list)
    by_second: dict[str, Numbered] = defaultdict(list)
    for k, phrase in enumerate(phrases):
        if len(phrase[0]) == 2:
            pairs.append((k, phrase))
            pairs_by_second[phrase[0][1]].append((k, phrase))
        else:
            by_second[phrase[0][1]].append((k, phrase))
    return pairs, dict(pairs_by_second), dict(by_second)
