"""Double negation: "nicht unerheblich", "nicht kostenlos", "nicht ohne", "kein ... nicht".

A negator (nicht, kein-, niemand, nie, niemals) followed by a word that is negative by its
form: the prefix un- or miss-, the suffix -los, where the rest is a German word of
its own (wordfreq), so that "nicht unter" or "keine Unterlagen" are not hits; or by a word
that is negative by its meaning ("selten", "ohne", "ausgeschlossen"). Two negators in one
clause ("Niemand muss nicht ...") count as well, and a negated condition with a negated
consequence ("Wenn Sie nicht unterschreiben, können wir nicht zahlen").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..forms import zipf
from ..rules import Rule
from .base import Context, Match, SentenceView, check, span_of

NEGATORS = {"nicht", "niemand", "niemandem", "niemanden", "nie", "niemals"}
# ("nicht verboten" is "erlaubt"; the verb is not: "warum wir die Bienenhaltung nicht verbieten
# können" is one negation, findings review 176)
NEGATIVE_MEANING = {"selten", "gering", "ohne", "ausgeschlossen", "ausschließen", "unmöglich",
                    "falsch", "schlecht", "wenig", "abwegig", "verboten"}
# un- words whose meaning is not "not X": "nicht unbedingt" means "not necessarily"; the
# legal "unbillige Härte" is no "billige" one negated ("keine unbillige Härte", findings
# review 46), "unbeschadet" and "ungeachtet" are prepositions, "unverzüglich" a time term
LEXICALISED = {"unbedingt", "ungefähr", "unheimlich", "ungemein", "unmittelbar", "unglaublich",
               "unten", "unter", "unterhalb", "unser", "unsere", "und", "uns", "unbillig",
               "unbeschadet", "ungeachtet", "unverzüglich",
               # "nicht unnötig lange" is an idiom for "no longer than needed" (findings
               # reviews 68-132: 0 of 4 worth, "an ordinary idiom, not a double negative")
               "unnötig",
               # legal tests and terms: "nicht unverhältnismäßig", "nicht unzumutbar",
               # "nicht unbeachtlich" state the law's standard, "keinen unbefristeten
               # Leerstand" a span of time, "nicht ungeschehen machen" an idiom (findings
               # reviews 18-173: 0 of 7 worth, "the legal test; a positive rewrite would
               # change the meaning")
               "unverhältnismäßig", "unzumutbar", "unbeachtlich", "unbefristet", "ungeschehen"}
ADJECTIVAL = {"ADJD", "ADJA", "ADV", "VVPP", "PTKVZ"}
BASE_ZIPF = 3.0  # the base must be a common word: "erheblich" 4.4, "verschuldet" 3.4
# (and a form's check box: "[ ] kein Einkommen   [ ] nicht bekannt" are two options, not one
# clause; findings review 264)
CLAUSE_END = {",", ";", ":", "(", ")", "–", "—", ".", "[", "]", "[ ]", "☐", "□"}
ENDINGS = ("sten", "ste", "ster", "stes", "stem", "en", "er", "es", "em", "e")


def _is_negator(t: Token) -> bool:
    return t.lower_ in NEGATORS or (t.lower_.startswith("kein") and t.tag_ in {"PIAT", "PIS"})


def _stem(t: Token) -> str:
    """The adjective's base form: HanTa's lemma, else the form without its ending."""
    lemma = (t.lemma_ or t.text).lower()
    if t.tag_ != "ADJA" or lemma != t.lower_:
        return lemma
    for e in ENDINGS:
        if lemma.endswith(e) and len(lemma) - len(e) >= 4:
            return lemma[: -len(e)]
    return lemma


def _real(base: str) -> bool:
    return len(base) >= 4 and zipf(base) >= BASE_ZIPF


def negative_by_form(t: Token) -> bool:
    """un-/miss- + word, word + -los/-frei: "unerheblich", "missverständlich", "kostenlos"."""
    if t.tag_ not in ADJECTIVAL:
        return False
    word = _stem(t)
    if word in LEXICALISED or t.lower_ in LEXICALISED:
        return False
    if word.startswith("un") and _real(word[2:]):
        return True
    if word.startswith("miss") and _real(word[4:]):
        return True
    # "-frei" is left out on purpose: "nicht barrierefrei", "nicht steuerfrei" state a fact
    # that has no plainer positive form (looked at on the admin texts)
    for suffix in ("los",):
        if word.endswith(suffix) and t.tag_ in {"ADJD", "ADJA"}:
            base = word[: -len(suffix)].rstrip("-")
            # "arbeitslos", "kostenlos": a linking -s or -n may stand before the suffix
            if _real(base) or _real(base[:-1]) or _real(base + "en"):
                return True
    return False


def _negative(t: Token) -> bool:
    low, lemma = t.lower_, (t.lemma_ or "").lower()  # casefold would make "ß" "ss"
    return low in NEGATIVE_MEANING or lemma in NEGATIVE_MEANING or negative_by_form(t)


CONDITIONS = {"wenn", "falls", "sofern", "soweit"}
# "ohne" + these is an idiom: "nicht ohne Weiteres" means "not simply" (findings reviews 81-139
# judged 0 of 5 such findings worth: "an idiom, not a double negative")
IDIOMS = {"weiteres", "weitere"}


# "kein Problem", "keine Sorge": a reassurance, no negation to turn round ("Wenn Sie etwas nicht
# finden, ist das kein Problem"; findings review 313: "idiomatic, friendly and unambiguous")
_REASSURING = {"problem", "sorge", "sorgen"}


def _negator_in(toks: list[Token]) -> Token | None:
    for k, t in enumerate(toks):
        nxt = toks[k + 1].lower_ if k + 1 < len(toks) else ""
        if _is_negator(t) and nxt not in {"nur", "mehr"} and not (
                t.lower_.startswith("kein") and nxt in _REASSURING):
            return t
    return None


def _negated_condition(s: SentenceView) -> tuple[Token, Token] | None:
    """"Wenn Sie nicht ..., können wir nicht ...": a negated condition with a negated
    consequence; the reader has to turn both round to learn what to do."""
    clauses = s.clauses.clauses
    for n, c in enumerate(clauses):
        opener = next((t for t in c.tokens if t.tag_ == "KOUS"), None)
        if c.kind != "sub" or opener is None or opener.lower_ not in CONDITIONS:
            continue
        first = _negator_in(c.tokens)
        if first is None:
            continue
        for other in (*clauses[n + 1:n + 3], *clauses[max(0, n - 1):n]):
            if other.kind == "main":
                second = _negator_in(other.tokens)
                if second is not None:
                    a, b = sorted((first, second), key=lambda t: t.i)
                    # "wenn die Leistung nicht, nicht alsbald … oder nicht mehr …": a list
                    # of cases, not a negated consequence (findings review 59)
                    # "…, wenn … nicht … entrichtet wird; eine Verlängerung ist nicht möglich":
                    # the semicolon ends one statement, the next negates on its own (review 307)
                    if not (b.i == a.i + 2 and a.nbor(1).text == ",") and not any(
                            t.text == ";" for t in a.doc[a.i:b.i]):
                        return a, b
                break
    return None


@check("double_negation")
def double_negation(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"nicht unerheblich", "nicht selten", "nicht kostenlos", "Niemand ... nicht"."""
    for s in ctx.sentences:
        toks = s.tokens
        used: set[int] = set()
        pair = _negated_condition(s)
        if pair is not None:
            start, end = span_of(list(pair))
            used.update(k for k, t in enumerate(toks) if t in pair)
            yield Match(start, end, {"phrase": ctx.text[start:end]}, sentence=s.index)
        for i, t in enumerate(toks):
            if i in used or not _is_negator(t):
                continue
            for k in range(i + 1, min(i + 4, len(toks))):
                w = toks[k]
                if _negative(w) or (_is_negator(w) and k not in used):
                    if w.lower_ == "ohne" and k + 1 < len(toks) and toks[k + 1].lower_ in IDIOMS:
                        break  # "nicht ohne Weiteres": "not simply", an idiom (reviews 81-139)
                    if any(x.lower_ in {"mehr", "länger"} for x in toks[i + 1:k]):
                        break  # "nicht mehr kostenlos": a change in time, "now costs money";
                        # no negation to work out (findings review 212: "wrong diagnosis")
                    if _is_negator(w) and w.lower_ == "nicht" and k + 1 < len(toks) \
                            and toks[k + 1].lower_ in {"nur", "mehr"}:
                        break  # "keine ... nicht nur": a contrast, not a negation of a negation
                    start, end = span_of([t, w])
                    used.update({i, k})
                    yield Match(start, end, {"phrase": ctx.text[start:end]}, sentence=s.index)
                    break
                if w.tag_ not in {"ADV", "PTKA", "ADJD"}:  # "nicht ganz", "nicht völlig"
                    break
            else:
                continue
            if i in used or t.lower_ == "nicht":
                continue
            # "Niemand ist nicht betroffen", "Kein Antrag wird nicht geprüft": two negators in
            # one clause, no conjunction between them
            for k in range(i + 1, len(toks)):
                w = toks[k]
                if w.text in CLAUSE_END or w.tag_ in {"KON", "KOUS", "PRELS", "KOUI"}:
                    break
                if w.lower_ == "nicht":
                    if k + 1 < len(toks) and toks[k + 1].lower_ in {"nur", "mehr"}:
                        break
                    if k + 1 < len(toks) and toks[k + 1].tag_ == "ADJA":
                        # "keinen Verdacht auf einen nicht natürlichen Tod": "nicht" belongs
                        # to the adjective, a term of its own (findings review 43)
                        continue
                    start, end = span_of([t, w])
                    used.update({i, k})
                    yield Match(start, end, {"phrase": ctx.text[start:end]}, sentence=s.index)
                    break
