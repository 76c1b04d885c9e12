"""Listed words used in another, everyday sense where they stand (params of a word-list rule,
``rules/jargon.yaml``): the list's advice would be wrong there."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from ..lexicon import TermHit

_LINE_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")


class OtherSenses:
    """``other_sense_at_line_end``: terms with another sense at the end of a heading ("Das
    Wichtigste in Kürze" is "in brief", not "soon"; findings review 44). ``only_with_nouns``:
    a verb that is Amtsdeutsch only with one of these nouns in its sentence ("eine Frist
    einräumen", to grant); elsewhere it has its everyday sense ("Sie haben den Verstoß
    eingeräumt", admitted: findings reviews 123-193 judged 6 such findings noise, "the
    suggested 'geben' has the wrong sense")."""

    def __init__(self, params: Mapping[str, Any]) -> None:
        self.heading = {t.casefold() for t in params.get("other_sense_at_line_end", [])}
        self.nouns = {k.casefold(): tuple(n.casefold() for n in v)
                      for k, v in params.get("only_with_nouns", {}).items()}
        self.not_nouns = {k.casefold(): tuple(n.casefold() for n in v)
                          for k, v in params.get("not_with_nouns", {}).items()}
        self.present = {t.casefold() for t in params.get("present_only", [])}
        self.before = {k.casefold(): frozenset(w.casefold() for w in v)
                       for k, v in params.get("other_sense_before", {}).items()}

    def applies(self, text: str, hit: TermHit, tokens: list[Token]) -> bool:
        key = hit.entry.term.casefold()
        if key in self.heading and _LINE_END.match(text, hit.end):
            return True
        nouns = self.nouns.get(key)
        if nouns is not None and not _has_noun(tokens, nouns):
            return True
        # ``not_with_nouns``: part of a legal term with this noun ("das Ermessen pflichtgemäß
        # ausüben" is "pflichtgemäßes Ermessen"; findings reviews 201 and 208: "wie
        # vorgeschrieben" distorts the term)
        avoid = self.not_nouns.get(key)
        if avoid is not None and _has_noun(tokens, avoid):
            return True
        # ``other_sense_before``: the words that follow decide the sense ("grundsätzlich
        # bereit", in principle willing, is no rule with exceptions)
        follow = self.before.get(key)
        if follow is not None and _followed_by(tokens, hit.end, follow):
            return True
        # ``present_only``: a report of what was said before ("Mit Schreiben vom … wurden Sie
        # darauf hingewiesen", "In Ihrem Antrag haben Sie darauf hingewiesen"): the advice for
        # a present statement ("Bitte beachten Sie: …") does not fit (findings reviews 213-284:
        # 6 such findings noise, none worth)
        return key in self.present and _reported(hit, tokens)


FOLLOWING = 3  # words after a term that may decide its sense


def _followed_by(tokens: list[Token], end: int, words: frozenset[str]) -> bool:
    """One of ``words`` among the next words after ``end``, before any punctuation."""
    after = [t for t in tokens if t.idx >= end and not t.is_space]
    for t in after[:FOLLOWING]:
        if t.is_punct:
            return False
        if t.lower_ in words or (t.lemma_ or "").casefold() in words:
            return True
    return False


def _has_noun(tokens: list[Token], ends: tuple[str, ...]) -> bool:
    return any(t.tag_ in {"NN", "NE"} and (t.lemma_ or t.text).casefold().endswith(ends)
               for t in tokens)


_PAST = {"wurde", "wurden", "worden", "hat", "haben", "habe", "hatte", "hatten", "bin", "ist",
         "sind", "war", "waren"}


def _reported(hit: TermHit, tokens: list[Token]) -> bool:
    """The hit's participle stands in the past or perfect: "wurden Sie … hingewiesen",
    "haben Sie … hingewiesen", "bin … hingewiesen worden"; not "Es wird … hingewiesen"."""
    if not any(t.tag_ == "VVPP" for t in hit.tokens):
        return False
    auxiliaries = {t.lower_ for t in tokens if t.tag_ in {"VAFIN", "VAPP"}}
    return bool(auxiliaries & _PAST) and not auxiliaries & {"wird", "werden"}
