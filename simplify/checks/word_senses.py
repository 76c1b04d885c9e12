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
        self.reporting = {t.casefold() for t in params.get("other_sense_before_report", [])}

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
        # ``other_sense_before_report``: a verb of claiming that introduces what someone argues
        # ("Sie machten geltend, die Fassade sei geschädigt"): "argued", not "demanded"
        if key in self.reporting and _report_follows(tokens, hit.tokens[-1]):
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
        if t.lower_ in words or (t.lemma_ or "").casefold() in words:
            return True  # "§" is punctuation to spaCy, but may be one of the words
        if t.is_punct:
            return False
    return False


_OPENS_CLAUSE = {"ART", "PPER", "PDS", "PIAT", "PIS", "PPOSAT", "NN", "NE", "CARD"}


def _report_follows(tokens: list[Token], last: Token) -> bool:
    """After the verb (its auxiliaries aside) a comma opens what is argued: "dass …", or a
    clause with its own subject ("…, der Brutplatz sei erst später entstanden"); not a
    clause that a conjunction or a relative pronoun opens ("…, wenn …", "…, die …")."""
    after = [t for t in tokens if t.i > last.i and not t.is_space]
    k = 0
    while k < len(after) and k < 3 and (after[k].tag_.startswith("V")
                                         or after[k].tag_ == "PTKZU"):
        k += 1
    if k + 1 >= len(after) or after[k].text not in {",", ":"}:
        return False
    nxt = after[k + 1]
    return nxt.lower_ == "dass" or (nxt.tag_ in _OPENS_CLAUSE and nxt.tag_ != "PRELS")


def _has_noun(tokens: list[Token], ends: tuple[str, ...]) -> bool:
    return any(t.tag_ in {"NN", "NE"} and (t.lemma_ or t.text).casefold().endswith(ends)
               for t in tokens)


_PAST = {"wurde", "wurden", "worden", "hat", "haben", "habe", "hatte", "hatten", "bin", "ist",
         "sind", "war", "waren"}


_WRITER = {"ich", "wir", "man", "mir", "uns"}


def _reported(hit: TermHit, tokens: list[Token]) -> bool:
    """The hit's participle stands in the past or perfect: "wurden Sie … hingewiesen",
    "haben Sie … hingewiesen", "bin … hingewiesen worden"; not "Es wird … hingewiesen". Or
    the verb is active and the writer ("ich", "wir", "man") is nowhere in the sentence: the
    reader or someone else points something out ("Soweit Sie darauf hinweisen, dass …";
    findings review 298: "reports the citizen's own argument")."""
    if not any(t.tag_ == "VVPP" for t in hit.tokens):
        active = any(t.tag_ in {"VVFIN", "VVINF"} for t in hit.tokens)  # not "hinzuweisen"
        return active and not any(t.lower_ in _WRITER for t in tokens)
    auxiliaries = {t.lower_ for t in tokens if t.tag_ in {"VAFIN", "VAPP"}}
    return bool(auxiliaries & _PAST) and not auxiliaries & {"wird", "werden"}
