"""Long sentences split into shorter ones at safe joints."""

from __future__ import annotations

from spacy.tokens import Token

from ..checks.base import Context, SentenceView
from ..report import Finding, Suggestion
from ..verbs import split_separable
from .common import (
    FINITE,
    _ends,
    _noun_phrase_end,
    _with_genitives,
    cap,
    join,
    with_marker,
)

CONNECTORS_KEPT = {"aber": "Aber", "doch": "Doch", "denn": "Denn", "sondern": "Sondern"}


def split_sentence(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """Split at "; ", at ", und/aber/denn" between main clauses, and turn a final
    "..., weil X Verb." into "... . Denn X Verb ...."."""
    toks, end = _ends(s)
    pieces: list[list[Token | str]] = []
    current: list[Token | str] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.text == ";" and current:
            pieces.append(current)
            current = []
        elif (t.text == "," and nxt is not None and nxt.tag_ == "KON"
              and nxt.lower_ in {"und", "aber", "doch", "denn", "sondern", "oder"}
              and _main_clause_follows(toks, k + 2) and current):
            pieces.append(current)
            current = [CONNECTORS_KEPT[nxt.lower_]] if nxt.lower_ in CONNECTORS_KEPT else []
            k += 1
        elif (t.text == "," and nxt is not None and nxt.lower_ in {"weil", "da"}
              and current and _final_sub_clause(toks, k + 2)):
            pieces.append(current)
            pieces.append([*_v2_from_verb_final(toks[k + 2:], "Denn")])
            current = []
            k = len(toks)
            continue
        else:
            current.append(t)
        k += 1
    if current:
        pieces.append(current)
    if len(pieces) < 2 or any(len(p) < 3 for p in pieces):
        return []
    sentences = [cap(join(_runs(p))) + end if i == len(pieces) - 1
                 else cap(join(_runs(p))) + "." for i, p in enumerate(pieces)]
    return [Suggestion(replacement=with_marker(s, " ".join(sentences)), start=s.start,
                       end=s.end, kind="split",
                       safety="review", label=f"In {len(sentences)} Sätze teilen")]


def _runs(piece: list[Token | str]) -> list[str]:
    """The piece's words, each run of tokens that stand side by side in the text written as
    there: "55 dB(A)" stays, where joining the tokens one by one wrote "dB (A)" (findings
    review 187)."""
    out: list[str] = []
    for k, p in enumerate(piece):
        before = piece[k - 1] if k else None
        if isinstance(p, Token) and isinstance(before, Token) and before.i == p.i - 1 and out:
            out[-1] += (" " if before.whitespace_ else "") + p.text
        else:
            out.append(p if isinstance(p, str) else p.text)
    return out


def _main_clause_follows(toks: list[Token], i: int) -> bool:
    """A finite verb within the next three tokens, and no subordinator first. Not a verb
    right after the conjunction: ", und baten um Mitteilung" shares the subject of the clause
    before, and a sentence of its own would have none (findings review 59)."""
    window = toks[i: i + 4]
    if not window or window[0].tag_ in {"KOUS", "PRELS", "PWAV", *FINITE}:
        return False
    has_comma_later = any(t.text == "," for t in toks[i:])
    return any(t.tag_ in FINITE for t in window[:3]) and not has_comma_later


def _final_sub_clause(toks: list[Token], i: int) -> bool:
    """One clause with its finite verb at the end. Not two clauses joined by "und" ("weil
    eine Schädigung eintreten kann und dann nicht rückgängig zu machen ist"): moving only the
    last verb wrote "Denn eine Schädigung ist … eintreten kann und …" (findings reviews 216
    and 218: "ungrammatical, garbles the meaning")."""
    rest = toks[i:]
    return (len(rest) >= 3 and rest[-1].tag_ in FINITE
            and sum(t.tag_ in FINITE for t in rest) == 1
            and not any(t.text in {",", ";"} or t.tag_ in {"KOUS", "PRELS", "KON"}
                        for t in rest))


def _v2_from_verb_final(rest: list[Token], adverb: str) -> list[str]:
    """"die Frist abgelaufen ist" -> ["Denn", "die", "Frist", "ist", "abgelaufen"]."""
    verb = rest[-1]
    body = rest[:-1]
    np_end = _noun_phrase_end(body, 0)
    if np_end is not None:
        # with its genitive: "die Verwendung der Zuwendung ist", never "die Verwendung ist
        # der Zuwendung" (findings review 195)
        np_end = _with_genitives(body, np_end)
    elif body and body[0].tag_ in {"PPER", "PDS", "PIS"}:
        if body[0].tag_ != "PPER" and _noun_follows(body):
            return []  # "eine auch nur teilweise … Verwendung": a determiner, no pronoun
        np_end = 1
    if np_end is None:
        return []
    # a separable verb splits in second place: "weil es … keinen Zugang vorfand" -> "Denn es
    # fand … keinen Zugang vor", never "Denn es vorfand …" (findings review 91)
    try:
        prefix, _ = split_separable(verb.lemma_ or verb.text)
    except ValueError:
        return []  # its separability is uncertain: no rewrite
    finite, particle = verb.text, []
    if prefix:
        if not verb.lower_.startswith(prefix.casefold()) or len(verb.text) <= len(prefix) + 1:
            return []  # "vorzufinden", an odd form: no rewrite
        finite, particle = verb.text[len(prefix):], [prefix.casefold()]
    return [adverb, *(t.text for t in body[:np_end]), finite, *(t.text for t in body[np_end:]),
            *particle]


def _noun_follows(body: list[Token]) -> bool:
    """After the first word, only adverbs and adjectives lead to a noun: the first word is its
    determiner ("eine auch nur teilweise zweckentsprechende Verwendung")."""
    for t in body[1:]:
        if t.tag_ in {"NN", "NE"}:
            return True
        if t.tag_ not in {"ADV", "PTKA", "ADJD", "ADJA"}:
            return False
    return False


# Sentence rewrites by name; a rule names its rewrite in its YAML (``rewrite: sein_zu``).
