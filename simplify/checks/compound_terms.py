"""Terms of art at the end of a compound: "Förderbescheid", "Leistungsanspruch".

A list of terms cannot hold every compound ("Änderungsbescheid", "Wohngeldbescheid",
"Rentenbescheid", …), but the reader's difficulty sits in the head: a "Förderbescheid" is a
"Bescheid". So a noun the list does not hold is looked up by its head (``forms.main_joint``,
the split german-nouns and wordfreq agree on), and gets the head's entry: its context words
and the verdict whether readers know it. Only heads with one sense count, and only compounds
that are rare in general German: a common compound has a meaning of its own. Only for lists
in explain mode, whose entries are explained, never replaced: a head's replacement would not
fit the compound.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..forms import main_joint, zipf
from ..lexicon import Lexicon, TermHit

MIN_LETTERS = 9  # shorter nouns are rarely compounds of a term ("Bescheid" itself is 8)
# longer "words" are no German compounds (the longest in use have about 40 letters), and the
# split tries every joint: linear in the word's length each time, so capped
MAX_LETTERS = 60
MIN_HEAD = 5  # a head shorter than this is too ambiguous ("Satz", "Recht")
# wordfreq's Zipf from which a compound is an everyday word with a meaning of its own
# ("Lebensunterhalt" 3.7 is no "Unterhalt", "Bauvorhaben" 3.4); rare ones ("Förderbescheid"
# 2.2, "Hundesteuersatzung" 1.6) are read through their head
COMMON_ZIPF = 3.0


def compound_hits(lexicon: Lexicon, tokens: list[Token], list_name: str,
                  taken: set[int]) -> list[TermHit]:
    """Hits for nouns whose head is a one-word entry of the list; positions in ``taken``
    (already matched as a whole) are skipped."""
    entries = lexicon.single.get(list_name, {})
    hits: list[TermHit] = []
    for i, t in enumerate(tokens):
        if (i in taken or t.tag_ != "NN" or not MIN_LETTERS <= len(t.text) <= MAX_LETTERS
                or not t.text.isalpha()):
            continue
        lemma = t.lemma_ if (t.lemma_ or "").isalpha() else t.text
        if lemma.casefold() in entries:
            continue
        joint = main_joint(lemma)
        if joint is None or len(joint[1]) < MIN_HEAD:
            continue
        found = entries.get(joint[1].casefold(), [])
        if len(found) != 1 or not found[0].term[:1].isupper():
            continue  # a head with several senses ("Zuschlag") may mean another in a compound
        if zipf(lemma) >= COMMON_ZIPF:
            continue  # a common compound has a meaning of its own ("Lebensunterhalt")
        if lexicon.lists.allowed(lemma) or lexicon.lists.allowed(found[0].term):
            continue
        hits.append(TermHit(found[0], i, i, (t,)))
    return hits
