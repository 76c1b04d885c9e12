"""Amtsdeutsch, foreign words, abbreviations, § citations, double negation, protected terms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..lexicon import TermHit
from ..morphology import inflect_like, noun_gender
from ..report import Suggestion
from ..rules import Rule
from .base import Context, Match, check, replace_suggestion, span_of

# The case a preposition governs ("g", "d", "a"); two-way prepositions are left out.
GOVERNS = {
    **dict.fromkeys(["wegen", "während", "trotz", "statt", "anstatt", "innerhalb",
                     "außerhalb", "aufgrund", "anhand", "mittels", "seitens", "zwecks",
                     "bezüglich", "hinsichtlich", "gemäß", "infolge", "anlässlich", "betreffs",
                     "mangels", "laut"], "g"),
    **dict.fromkeys(["bei", "mit", "nach", "von", "zu", "aus", "seit", "gegenüber", "ab",
                     "entsprechend", "samt", "nebst"], "d"),
    **dict.fromkeys(["für", "durch", "gegen", "ohne", "um", "bis"], "a"),
}
GOVERNS["gemäß"] = "d"  # "gemäß dem Antrag"
GOVERNS["laut"] = "d"
ARTICLES = {"der", "des", "dem", "den", "die", "das", "eines", "einer", "einem", "einen", "ein",
            "eine"}
DET_GENDER = {"die": "f", "eine": "f", "das": "n", "den": "m", "einen": "m"}
NOUN_DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "APPRART"}


def _governs(phrase: str) -> str | None:
    """The case a phrase like "im Rahmen" (genitive) or "im Hinblick auf" demands after it."""
    words = phrase.casefold().split()
    last = words[-1]
    if last in GOVERNS:
        return GOVERNS[last]
    if len(words) > 1 and words[0] in {"im", "zum", "zur", "in", "auf", "unter", "mit", "aus"}:
        return "g"  # "im Rahmen des ...", "zum Zwecke der ...", "auf Grundlage des ..."
    return None


def _case_safe(hit: TermHit, ctx: Context, repl: str) -> bool:
    """A preposition-like replacement fits only if it governs the same case, unless no
    article follows that would show the case ("gemäß Satzung" -> "nach Satzung")."""
    old, new = _governs(hit.entry.term), _governs(repl)
    if old is None and new is None:
        return True
    nxt = hit.tokens[-1].nbor(1) if hit.tokens[-1].i + 1 < len(hit.tokens[-1].doc) else None
    shows_case = nxt is not None and (nxt.lower_ in ARTICLES or nxt.tag_ in {"PPOSAT", "ADJA"})
    return old == new or not shows_case


def _noun_safe(tok, repl: str) -> bool:  # noqa: ANN001
    """A noun replacement keeps the article right only in the base form and the same gender,
    or with nothing before it that shows the gender."""
    if tok.tag_ != "NN":
        return True
    if tok.text != (tok.lemma_ or tok.text):
        return False  # "Lebensjahres", "Antragstellungen": endings we cannot carry over
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is None or prev.tag_ not in NOUN_DETERMINERS:
        return True
    g_old, g_new = noun_gender(tok.lemma_ or tok.text), noun_gender(repl)
    if g_old is not None:
        return g_old == g_new
    # the article alone may show the gender: "die Deadline" -> "die Frist"
    return g_new is not None and DET_GENDER.get(prev.lower_) == g_new


def _term_suggestions(hit: TermHit, ctx: Context) -> list[Suggestion]:
    """Replacements for a word-list hit, inflected like the original where that is safe."""
    e = hit.entry
    out: list[Suggestion] = []
    if len(hit.tokens) == 1:
        tok = hit.tokens[0]
        adjective = tok.tag_ in {"ADJA", "ADJD"}
        for repl in e.replacements:
            if " " in repl and tok.tag_ in {"VVFIN", "VVIMP"}:
                continue  # "kontaktieren Sie" -> "sich melden bei Sie": word order breaks
            if not _noun_safe(tok, repl) or not _case_safe(hit, ctx, repl):
                continue
            form = inflect_like(tok.text, e.term if tok.lower_ != tok.lemma_.casefold()
                                else tok.lemma_, repl, adjective)
            if form is None:
                form = inflect_like(tok.text, tok.lemma_ or e.term, repl, adjective)
            if form is not None:
                out.append(replace_suggestion(hit.start, hit.end, form, f"Ersetzen durch „{form}“"))
    elif hit.last - hit.first + 1 == len(e.term.split()):
        text = ctx.text[hit.start:hit.end]
        for repl in e.replacements:
            if not _case_safe(hit, ctx, repl):
                continue
            form = repl[:1].upper() + repl[1:] if text[:1].isupper() else repl
            out.append(replace_suggestion(hit.start, hit.end, form, f"Ersetzen durch „{form}“"))
    return out


def _list_check(ctx: Context, rule: Rule, list_name: str) -> Iterator[Match]:
    for s in ctx.sentences:
        for hit in ctx.lexicon.find_terms(s.tokens, list_name):
            e = hit.entry
            yield Match(hit.start, hit.end,
                        {"term": e.term, "suggestion": " oder ".join(e.replacements) or "—",
                         "advice": (f"Einfacher: „{' oder '.join(e.replacements)}“."
                                    if e.replacements else
                                    f"Tipp: {e.note.rstrip('.')}."),
                         "note": e.note},
                        suggestions=_term_suggestions(hit, ctx), entry=e, sentence=s.index)


@check("amtsdeutsch")
def amtsdeutsch(ctx: Context, rule: Rule) -> Iterator[Match]:
    yield from _list_check(ctx, rule, "amtsdeutsch")
    yield from _list_check(ctx, rule, "eigene")


@check("fremdwoerter")
def fremdwoerter(ctx: Context, rule: Rule) -> Iterator[Match]:
    yield from _list_check(ctx, rule, "fremdwoerter")


def _in_citation(toks: list[Token], i: int) -> bool:
    """"Abs.", "Nr.", "S." right after a § number belong to the citation (its own rule)."""
    return i > 0 and (toks[i - 1].tag_ == "CARD" or toks[i - 1].text in {"§", "§§"}) and any(
        t.text in {"§", "§§", "Art."} for t in toks[max(0, i - 8): i]
    )


@check("abbreviations")
def abbreviations(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Abbreviations to write out; in the Leichte-Sprache profile every abbreviation."""
    strict = ctx.profile.name in set(rule.params.get("all_in_profiles", []))
    for s in ctx.sentences:
        depths: list[int] | None = None
        for i, t in enumerate(s.tokens):
            e = ctx.lexicon.abbreviation(t)
            if e is None:
                continue
            if depths is None:
                depths = bracket_depths(s.tokens)
            if not strict and (not e.avoid or _in_citation(s.tokens, i)
                               or in_brackets(s.tokens, i, depths)):
                continue  # "Wohngeldgesetz (WoGG)" introduces the abbreviation: fine
            full = e.replacements[0] if e.replacements else e.term
            prev = s.tokens[i - 1] if i else None
            if len(full.split()) > 2 and prev is not None and prev.tag_ in {"APPR", "APPRART",
                                                                              "ART"}:
                sugg = []  # "nach SGB XII" -> "nach Zwölftes Buch ...": the case breaks
            else:
                sugg = [replace_suggestion(t.idx, t.idx + len(t.text), full,
                                           f"Ausschreiben: „{full}“")]
            # "ggf." -> "gegebenenfalls" is Amtsdeutsch itself: offer its plain form too
            for plain in ctx.lexicon.plain_forms(full):
                sugg.append(replace_suggestion(t.idx, t.idx + len(t.text), plain,
                                               f"Einfacher: „{plain}“"))
            plain = ctx.lexicon.plain_forms(full)
            yield Match(t.idx, t.idx + len(t.text),
                        {"abbr": t.text, "full": full, "write": plain[0] if plain else full},
                        suggestions=sugg, entry=e, sentence=s.index)


CITATION_PART = re.compile(
    r"^(§|§§|Art\.|Artikel|Abs\.|Absatz|Nr\.|Nummer|S\.|Satz|Buchst\.|Buchstabe|Ziff\.|"
    r"Halbsatz|Hs\.|i\. ?V\. ?m\.|ff\.|f\.|und|bis|sowie|oder|bzw\.|[IVX]+|\d+[a-z]?|[a-z]\)?)$"
)
CITATION_LEAD = {"gemäß", "gem.", "nach", "laut", "lt.", "aufgrund", "im", "i. S. d.",
                 "i. S. v.", "entsprechend", "analog"}


def _citation_end(toks: list[Token], i: int) -> int:
    """Index of the last token of the citation starting at i."""
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if CITATION_PART.match(t.text) or (t.text.isupper() and len(t.text) >= 2) or (
            t._.abbr and t.text[:1].isupper()
        ):
            j += 1
            continue
        # law names: "des Sozialgesetzbuches", "SGB I", "BauGB"
        if re.match(r"^[A-ZÄÖÜ][A-Za-zäöü]*(G|O|V|B)$", t.text):
            j += 1
            continue
        break
    # do not end on a connector
    while j - 1 > i and toks[j - 1].text in {"und", "bis", "sowie", "oder", "bzw."}:
        j -= 1
    return j - 1


def in_brackets(toks: list[Token], i: int, depths: list[int] | None = None) -> bool:
    """Token i stands inside round brackets that open before it in the sentence.

    Pass ``depths`` (``bracket_depths(toks)``) when asking for many tokens of one sentence:
    counting the brackets before each token anew is quadratic in the sentence length."""
    if depths is None:
        depths = bracket_depths(toks[:i])
    return depths[i] > 0


def bracket_depths(toks: list[Token]) -> list[int]:
    """Round-bracket depth before each token (and, last, after all of them)."""
    depths, depth = [], 0
    for t in toks:
        depths.append(depth)
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
    depths.append(depth)
    return depths


_AFTER_CITATION = {"der", "des", "dem", "den", "eines", "einer", "und", "sowie", "oder",
                   "i. V. m.", "in", "im", "vom", "von"}


def _tail_is_citation(toks: list[Token]) -> list[bool]:
    """For each j: every token from j on (punctuation other than brackets aside) may follow a
    citation at the sentence end ("der Satzung", further citations). One pass from the right,
    instead of a scan of the rest of the sentence per citation."""
    tail = [True] * (len(toks) + 1)
    for j in range(len(toks) - 1, -1, -1):
        t = toks[j]
        if t.is_punct and t.text not in {"(", ")"}:
            tail[j] = tail[j + 1]
            continue
        fits = (t.lower_ in _AFTER_CITATION or t.tag_ in {"NN", "NE", "ADJA", "CARD"}
                or bool(CITATION_PART.match(t.text)) or t.text in {"(", ")"})
        tail[j] = fits and tail[j + 1]
    return tail


def _citation_in_place(toks: list[Token], first: int, end: int, depths: list[int],
                       tail: list[bool]) -> bool:
    """In brackets, after a colon, or at the end (a following "der Satzung" or further
    citations still count as the end)."""
    if depths[first] > 0 or any(t.text == ":" for t in toks[max(0, first - 2): first]):
        return True
    return tail[end + 1]


@check("citation_in_sentence")
def citation_in_sentence(ctx: Context, rule: Rule) -> Iterator[Match]:
    """A § citation inside a sentence instead of at its end or in brackets."""
    for s in ctx.sentences:
        toks = s.tokens
        depths: list[int] | None = None
        tail: list[bool] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.text not in {"§", "§§"} and not (t.text == "Art." and i + 1 < len(toks)
                                                   and toks[i + 1].tag_ == "CARD"):
                i += 1
                continue
            end = _citation_end(toks, i)
            first = i
            if i > 0 and toks[i - 1].lower_ in CITATION_LEAD:
                first = i - 1
            if depths is None:
                depths, tail = bracket_depths(toks), _tail_is_citation(toks)
            if not _citation_in_place(toks, first, end, depths, tail) and len(s.words) > 3:
                start, stop = span_of(toks[first: end + 1])
                yield Match(start, stop, {"citation": ctx.text[start:stop]}, sentence=s.index)
            i = end + 1


NEGATIVE_MEANING = {"selten", "gering", "ohne", "ausgeschlossen", "unmöglich", "falsch",
                    "schlecht", "wenig", "abwegig"}
NOT_NEGATIONS = {"unbedingt", "ungefähr", "unter", "unten", "und", "uns", "unser", "unsere",
                 "unseren", "unserem", "unserer", "unterhalb", "umgehend"}


@check("double_negation")
def double_negation(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"nicht unerheblich", "nicht selten", "kein Unbekannter": say it positively."""
    for s in ctx.sentences:
        toks = s.tokens
        for i, t in enumerate(toks):
            if t.lower_ != "nicht" and not t.lower_.startswith("kein"):
                continue
            for k in range(i + 1, min(i + 3, len(toks))):
                w = toks[k]
                low = w.lower_
                negative = (
                    (low.startswith("un") and len(low) > 5 and low not in NOT_NEGATIONS
                     and w.tag_ in {"ADJD", "ADJA", "ADV", "NN"})
                    or low in NEGATIVE_MEANING
                    or (low.endswith("los") and w.tag_ in {"ADJD", "ADJA"})
                )
                if negative:
                    start, end = span_of([t, w])
                    yield Match(start, end, {"phrase": ctx.text[start:end]}, sentence=s.index)
                    break
                if w.tag_ not in {"ADV", "PTKA"}:
                    break


@check("protected_terms")
def protected_terms(ctx: Context, rule: Rule) -> Iterator[Match]:
    """A legal term that must stay: explain it once, at its first use, never replace it."""
    seen: set[str] = set()
    for s in ctx.sentences:
        for hit in ctx.lexicon.find_terms(s.tokens, "geschuetzt"):
            e = hit.entry
            if e.term in seen:
                continue
            seen.add(e.term)
            after = ctx.text[hit.end: hit.end + 3].lstrip()
            if after.startswith("(") or after.startswith("["):
                continue  # already explained in brackets
            word = ctx.text[hit.start:hit.end]
            sugg = Suggestion(replacement=f"{word} ({e.explanation.rstrip('.')})",
                              start=hit.start, end=hit.end, kind="explain",
                              label="Erklärung in Klammern ergänzen")
            yield Match(hit.start, hit.end, {"term": e.term, "explanation": e.explanation},
                        suggestions=[sugg], entry=e, sentence=s.index)
