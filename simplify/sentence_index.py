"""What every word-list search needs of one sentence, computed once per sentence and Doc.

Split from ``lexicon.py``: the index of a sentence's tokens under their keys (form, base form,
lemma), their tags and punctuation, and the separated particles of its verbs.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from .memo import BoundedMemo
from .phrases import ADJA_MARK, ADJECTIVE_ENDINGS
from .tokens import start_marks

FINITE_VERB = {"VVFIN", "VVIMP", "VAFIN", "VMFIN"}
CLAUSE_END = {",", ";", ":", "(", ")", "–", "—"}

_KEYS = "simplify.token_keys"  # doc.user_data: token index -> its keys
_SIGNATURES = "simplify.signatures"  # doc.user_data: (first, last, length) -> signature
# list searches kept across documents (sentence and list, about 5 lists a sentence): about
# 4,000 sentences, some 3 MB
KEPT_SEARCHES = 20_000


class SentenceIndex:
    """What every list search needs of one sentence, computed once and kept with its Doc:
    each token's keys, the positions under each key, the punctuation, and the finite verbs
    with a separated particle (the only tokens that can open an entry under no key of
    theirs: "legen ... bei" -> "beilegen"). Every list is searched in every sentence, and
    reading a token's strings from spaCy was the slow part. Each Doc is analysed by one
    thread, and tags and lemmas are final once the pipeline has run."""

    __slots__ = ("ids", "keys", "particle_verbs", "particles", "positions", "punct", "tags",
                 "texts", "tokens")

    def __init__(self, tokens: list[Token]) -> None:
        cache = tokens[0].doc.user_data.get(_KEYS)
        if cache is None:
            cache = tokens[0].doc.user_data[_KEYS] = {}
        self.tokens = tokens
        self.ids = ids = [t.i for t in tokens]
        self.keys: list[tuple[str, ...]] = []
        self.positions: dict[str, list[int]] = {}
        self.punct: list[bool] = []
        self.tags: list[str] = []
        self.texts: list[str] = []
        keys_of, positions, punct = self.keys, self.positions, self.punct
        tags, texts = self.tags, self.texts
        # each attribute read once per token (reading spaCy's strings was the slow part)
        for k, t in enumerate(tokens):
            text, tag = t.text, t.tag_
            found = cache.get(ids[k])
            if found is None:
                found = cache[ids[k]] = token_keys(
                    text, tag, t.lemma_, tag == "ADJA" and bool(t.is_sent_start))
            keys, is_punct = found
            keys_of.append(keys)
            for key in keys:
                at = positions.get(key)
                if at is None:
                    positions[key] = [k]
                else:
                    at.append(k)
            punct.append(is_punct)
            tags.append(tag)
            texts.append(text)
        # separable_particle for every token in one pass from the right (linear)
        self.particles: list[int | None] = [None] * len(tokens)
        following: int | None = None
        for k in range(len(tokens) - 1, -1, -1):
            if tags[k] in FINITE_VERB:
                self.particles[k] = following
                following = None  # the particle is this verb's, not an earlier one's
            elif _ends_particle_search(texts[k], tags[k]):
                following = None
            elif tags[k] == "PTKVZ" and not _preposition_in_disguise(tokens, k):
                following = k
        self.particle_verbs = [k for k, j in enumerate(self.particles) if j is not None]

    def candidates(self, firsts: frozenset[str]) -> list[int]:
        """Positions, in order, where an entry whose first word is in ``firsts`` may start."""
        found = set(self.particle_verbs)
        positions = self.positions
        # the keys of the sentence that open an entry: one set intersection, not a look at
        # every key of the sentence in Python (each list is searched in each sentence)
        for key in firsts.intersection(positions):
            found.update(positions[key])
        return sorted(found)


NOUN_ENDINGS = ("en", "es", "er", "e", "n", "s")


@lru_cache(maxsize=10_000)
def token_keys(text: str, tag: str, lemma: str, sent_start: bool) -> tuple[tuple[str, ...], bool]:
    """Forms under which a token can match a list term: its form first, then its lemma; and
    whether it is punctuation (spaCy's ``is_punct``, a function of the text alone). In order,
    not a set: the order decides which entry wins when form and lemma point to different
    entries, and it must not depend on the hash seed. From the token's strings (``lower_`` is
    ``text.lower()`` in spaCy's lexemes), memoised (bounded): the same words with the same
    tags come back in every text."""
    low = text.lower()
    keys = [low]
    if text.casefold() != low:
        keys.append(text.casefold())  # list terms are casefolded: "außerordentliche" -> "ss"
    if tag == "ADJA" and (text[:1].islower() or sent_start):
        # the base form without the regular declension ending, before the lemma: the tagger
        # keeps some inflected adjectives as their lemma ("unrichtige") and gives participles
        # their verb ("vorliegenden" -> "vorliegen", but the list has "vorliegend"); not
        # for a capital inside a sentence, a noun ("freiberuflich Tätigen" are people)
        # list phrases are casefolded ("pflichtgemäßes Ermessen" -> "pflichtgemäss~"): the
        # folded form is stripped too, or no adjective with "ß" would ever match
        for form in dict.fromkeys((low, text.casefold())):
            for ending in ADJECTIVE_ENDINGS:
                if form.endswith(ending) and len(form) > len(ending) + 3:
                    keys += [form[: -len(ending)], form[: -len(ending)] + ADJA_MARK]
                    break
    if tag[:1] == "V" and text[:1].isupper() and not sent_start:
        # a capital inside a sentence is a noun the tagger took for a verb ("Die Vordrucke
        # erhalten Sie …": "vordrucken"): its base form without a plural or case ending
        for ending in NOUN_ENDINGS:
            if low.endswith(ending) and len(low) > len(ending) + 3:
                keys.append(low[: -len(ending)])
                break
    lemma = lemma.casefold() if lemma else ""
    if lemma and lemma not in keys:
        keys.append(lemma)
    return tuple(keys), all(unicodedata.category(c).startswith("P") for c in text)


def separable_particle(tokens: list[Token], i: int) -> int | None:
    """Index of the separated particle (PTKVZ) that belongs to the finite verb at i, if any."""
    if tokens[i].tag_ not in FINITE_VERB:
        return None
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        if _ends_particle_search(t.text, t.tag_) or t.tag_ in FINITE_VERB:
            # another finite verb has the particle: "schreiben Sie mir oder rufen Sie mich an"
            # is no "anschreiben" (fresh set 59)
            return None
        if t.tag_ == "PTKVZ" and not _preposition_in_disguise(tokens, j):
            return j
    return None


_COORDINATORS = {"bzw.", "beziehungsweise", "oder", "und", "sowie"}


def _preposition_in_disguise(tokens: list[Token], j: int) -> bool:
    """A "particle" with a noun phrase or a coordinated preposition after it is a preposition
    the tagger misread: "liegt sie unmittelbar vor bzw. nach den Ferien" (no "vorliegen";
    blind review 19 called the Amtsdeutsch finding a misreading)."""
    if tokens[j].lower_ == "statt" and j >= 2 and tokens[j - 2].lower_ == "an":
        return True  # "mit einer Versicherung an Eides statt": a postposition, no "stattfinden"
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.tag_ in {"ART", "PPOSAT", "PDAT"}:
        return True
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    return nxt.lower_ in _COORDINATORS and after is not None and after.tag_ in {"APPR",
                                                                                "APPRART"}


def _ends_particle_search(text: str, tag: str) -> bool:
    """A clause boundary, beyond which no separated particle belongs to the verb."""
    return text in CLAUSE_END or tag in {"KOUS", "PRELS"}


def signature(tokens: list[Token]) -> str:
    """Everything a list search reads of a run of tokens, as one string: each token's form,
    tag and lemma, whether it starts a sentence (``is_sent_start``; ``t.sent.start == t.i``).
    Two runs with the same signature have the same hits (``lower_`` is ``text.lower()``).
    Kept with the Doc under the run's ends and length, as the Doc's hits are."""
    doc = tokens[0].doc
    memo = doc.user_data.setdefault(_SIGNATURES, {})
    key = (tokens[0].i, tokens[-1].i, len(tokens))
    found = memo.get(key)
    if found is None:
        marks = start_marks(doc)
        found = memo[key] = "\x1f".join([
            f"{t.text}\x1e{t.tag_}\x1e{t.lemma_}\x1e{marks[t.i]}" for t in tokens])
    return found


class SearchMemo(BoundedMemo[tuple[str, str], Any]):
    """(signature, list name) -> the hits of that search, as plain values; bounded by
    searches, least recently used dropped first. A text checked again (an edited letter, a
    form template) has mostly the same sentences: their searches are not done again. In
    memory only, like the parse memo; one per Lexicon (its lists decide the hits)."""

    def __init__(self, size: int = KEPT_SEARCHES) -> None:
        super().__init__(size)
