"""Sentence structure: conditionals without "wenn" and wide verb brackets (Satzklammer).

Both read the clause analysis (``simplify/clauses.py``) and the STTS tags; neither uses a verb
list: a conditional is a clause that starts with its finite verb and is followed by a main
clause; a bracket is the distance from the finite verb to the rest of the verb complex.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Token

from ..clauses import Clause, is_word, neighbour
from ..report import Level
from ..rules import Rule
from .base import Context, Match, SentenceView, check, span_of

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
# the rest of the verb complex: separable particle, participle, infinitive, zu-infinitive
VERB_REST = {"PTKVZ", "VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"}
CONSEQUENCE = {"so", "dann"}  # "Ändert sich ..., so müssen Sie ..."


def _words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if is_word(t)]


def _comma_before(c: Clause) -> bool:
    """A comma ends the clause before, across a line break ("übertragen,\nbraucht")."""
    prev = neighbour(c.tokens[0], -1)
    return prev is not None and prev.text == ","


def _starts_main_clause(c: Clause) -> bool:
    """A main clause with its finite verb first, or after "so"/"dann": the consequence."""
    ws = _words(c.tokens)
    if not ws or c.kind != "main":
        return False
    if ws[0].lower_ in CONSEQUENCE and len(ws) > 1:
        return ws[1].tag_ in FINITE
    return ws[0].tag_ in FINITE | {"VVIMP"}


@check("verb_first_condition")
def verb_first_condition(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Ändert sich Ihr Einkommen, (so) müssen Sie ...", "Sollten Sie ..., melden Sie ..."."""
    for s in ctx.sentences:
        toks = s.tokens
        if not s.words or toks[-1].text == "?" or "?" in {t.text for t in toks}:
            continue  # a question, not a condition
        clauses = s.clauses.clauses
        if clauses and clauses[0].kind == "fragment":
            clauses = clauses[1:]  # a label before a colon: "Hinweis: Ändert sich …"
        if len(clauses) < 2:
            continue
        first = clauses[0]
        ws = _after_label(first.tokens)
        if len(ws) < 3 or ws[0].tag_ not in FINITE or first.kind != "main":
            continue
        if ws[0] is not _after_label(s.tokens)[0]:
            continue  # something stands before the verb: no verb-first clause
        # "Füllen Sie das Formular aus, senden Sie es zurück": two requests, unless the first
        # verb is an auxiliary or modal ("Haben Sie Fragen, ...", "Sollten Sie ...") or the
        # second clause says "so"/"dann"
        you = ws[1].lower_ == "sie" and ws[1].text == "Sie"
        # the consequence: the next main clause that does not continue the condition
        # ("Wird … nicht bis Mai, sondern erst danach erworben, so geht …")
        # an enumeration inside the condition splits it at its commas ("Muss das Gericht
        # Regelungen zu Unterhalt, Umgang und Sorgerecht treffen, sind …"): a main clause
        # that neither opens with a verb nor with "und/oder" still belongs to the condition
        last = first
        nxt = None
        for c in clauses[1:]:
            cw = _words(c.tokens)
            if c.kind != "main" or (cw[:1] and cw[0].tag_ == "KON"):
                continue
            if cw and cw[0].tag_ not in FINITE | {"VVIMP"} and cw[0].lower_ not in CONSEQUENCE:
                last = c
                continue
            nxt = c
            break
        if nxt is None or not _comma_before(nxt) or not _starts_main_clause(nxt):
            continue
        then = _words(nxt.tokens)[0]
        # a modal or auxiliary cannot open a request: "Leben Sie im Ausland, können Sie …"
        if (you and ws[0].tag_ == "VVFIN" and then.lower_ not in CONSEQUENCE
                and then.tag_ not in {"VMFIN", "VAFIN"}):
            continue
        start, end = span_of([ws[0], _words(last.tokens)[-1]])
        yield Match(start, end, {"verb": ws[0].text}, sentence=s.index)


def _after_label(toks: list[Token]) -> list[Token]:
    """The words of the tokens, after a label that opens them ("Hinweis:", "**Wichtig:**"):
    a verb after it still opens the sentence for the reader."""
    for k, t in enumerate(toks[:6]):
        if ":" in t.text:
            if all(x.tag_ in {"NN", "NE", "ADJD"} for x in _words(toks[:k])):
                return _words(toks[k + 1:])
            break
    return _words(toks)


def _bracket(s: SentenceView) -> Iterator[tuple[Token, Token, int]]:
    """(finite verb, first word of the rest of its verb complex, words between) for each
    main clause."""
    clauses = s.clauses.clauses
    k = 0
    while k < len(clauses):
        c = clauses[k]
        k += 1
        if c.kind != "main":
            continue
        finite: Token | None = None
        rest: Token | None = None
        coordinated = False
        for t in c.tokens:
            if t.tag_ == "KON" and finite is not None:
                coordinated = True
            elif t.tag_ in FINITE:
                if finite is not None and coordinated and rest is not None:
                    # "Wir prüfen den Antrag und schicken Ihnen ... zu": a second clause
                    yield finite, rest, _between(s, finite, rest)
                # a second finite verb starts a clause of its own (coordinated, or a sentence
                # boundary the segmenter missed)
                finite, rest, coordinated = t, None, False
            elif t.tag_ in VERB_REST and finite is not None and rest is None:
                rest = t  # where the right bracket opens: "haben ... geprüft und bewilligt"
        if finite is None:
            continue
        if rest is None:
            # "Wir werden, wenn alles vorliegt, den Antrag prüfen": the bracket spans the
            # subordinate clause; its rest is in the next clause without a finite verb
            j = k
            while j < len(clauses) and clauses[j].kind in {"sub", "inf"}:
                j += 1
            # a subordinate clause without a verb was cut at a comma of its own list: the
            # verb after it is its own ("haftet … für alle Schäden, die der Stadt an den
            # Räumen, Einrichtungen und Geräten … entstehen"; findings review 185)
            cut = any(not any(t.tag_.startswith("V") for t in clauses[x].tokens)
                      for x in range(k, j))
            if j < len(clauses) and j > k and not cut and _continues(clauses[j]):
                parts = [t for t in clauses[j].tokens if t.tag_ in VERB_REST]
                if parts:
                    rest = parts[0]
                    k = j + 1
        if rest is not None:
            yield finite, rest, _between(s, finite, rest)


def _continues(c: Clause) -> bool:
    """The clause after an inserted subordinate clause can hold the rest of an interrupted
    main clause: after a comma, with no finite verb and no subordinator of its own."""
    return _comma_before(c) and not any(
        t.tag_ in FINITE | {"KOUS", "KOUI", "PRELS", "PWAV", "PWS"} for t in c.tokens)


def _position(t: Token) -> int:
    return t.i


def _between(s: SentenceView, a: Token, b: Token) -> int:
    """Words between a and b, without those in round brackets: an aside in brackets (an
    explanation of a term) is read as such, not held as part of the clause."""
    depth, n = 0, 0
    # the tokens between only (sorted by position): a long sentence's clauses stay linear
    lo = bisect.bisect_right(s.tokens, a.i, key=_position)
    hi = bisect.bisect_left(s.tokens, b.i, key=_position)
    for t in s.tokens[lo:hi]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and is_word(t):
            n += 1
    return n


@check("verb_bracket", raises_level=True)
def verb_bracket(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Many words between the finite verb and the rest of the verb complex."""
    limit = int(ctx.profile.limit("bracket_words"))
    for s in ctx.sentences:
        for finite, rest, between in _bracket(s):
            if between <= limit:
                continue
            start, end = span_of([finite, rest])
            # twice the limit: the reader holds the verb for a whole sentence's worth of words
            level = Level.warning if between >= 2 * limit else None
            yield Match(start, end, {"words": between, "limit": limit, "verb": finite.text,
                                     "rest": rest.text}, level=level, sentence=s.index)


NOUN_HEADS = {"NN", "NE", "PPER", "PDS", "PIS"}


@check("insertion")
def insertion(ctx: Context, rule: Rule) -> Iterator[Match]:
    """A subordinate clause between the subject and its verb: "Die Flecken, die sie durch
    den Aufprall bekommen hatte, gingen nicht raus." The reader holds the subject open until
    the verb comes; after the verb ("Wir prüfen den Antrag, den Sie …") nothing is held."""
    limit = int(ctx.profile.limit("insertion_words"))
    for s in ctx.sentences:
        cl = s.clauses.clauses
        for a, head in enumerate(cl):
            if head.kind != "fragment" or head.depth != 0 or not any(
                    t.tag_ in NOUN_HEADS for t in head.tokens):
                continue
            b, inserted = a + 1, 0
            while b < len(cl) and cl[b].depth >= 1:
                inserted += cl[b].words
                b += 1
            if b == a + 1 or b >= len(cl) or inserted <= limit:
                continue
            ws = _words(cl[b].tokens)
            if cl[b].depth != 0 or not ws or ws[0].tag_ not in FINITE:
                continue
            # as written, numbers and signs included: "Am 29. August 2025", not "Am August"
            # (findings reviews 297 and 311: "the message garbles the quote")
            subject = " ".join(ctx.text[head.start:head.end].split()).rstrip(",;: ")
            yield Match(cl[a + 1].start, cl[b - 1].end,
                        {"subject": subject, "verb": ws[0].text, "words": inserted},
                        sentence=s.index)
