"""A modal verb hidden in a noun: "Sie haben die Möglichkeit, … zu …" (können), "Es besteht
die Pflicht, … zu …" (müssen). Style guides for administrative German name it as nominal
style: the noun and its light verb say what one modal verb says."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..rules import Rule
from .action_nouns import action_verb, object_after, verbal
from .base import Context, Match, check, span_of

ARTICLES = {"die", "eine", "keine", "der", "einer", "jede"}
WINDOW = 6  # tokens between the light verb and the noun ("haben Sie jederzeit die …")


def _zu_infinitive_after(toks: list[Token], k: int) -> bool:
    """After the noun: a comma, then a clause with a zu-infinitive ("…, den Antrag online zu
    stellen"); not "die Möglichkeit einer Ratenzahlung"."""
    if k + 1 >= len(toks) or toks[k + 1].text != ",":
        return False
    for i in range(k + 2, len(toks)):
        t = toks[i]
        if t.text in {".", ";", "?", "!"} or (t.tag_ in {"KOUS", "PRELS", "KON"} and i == k + 2):
            return False
        if t.tag_ == "VVIZU" or (t.tag_ in {"VVINF", "VAINF"} and toks[i - 1].tag_ == "PTKZU"):
            return True
        if t.text == ",":
            return False
    return False


@check("modal_noun")
def modal_noun(ctx: Context, rule: Rule) -> Iterator[Match]:
    nouns: dict[str, str] = {k.casefold(): v for k, v in rule.params.get("nouns", {}).items()}
    verbs = {v.casefold() for v in rule.params.get("verbs", [])}
    for s in ctx.sentences:
        toks = s.tokens
        for k, t in enumerate(toks):
            if t.tag_ != "NN" or t.lower_ not in nouns or k == 0:
                continue
            if toks[k - 1].lower_ not in ARTICLES:
                continue
            if not _zu_infinitive_after(toks, k):
                continue
            j = next((j for j in range(k - 2, max(-1, k - 2 - WINDOW), -1)
                      if toks[j].lemma_.casefold() in verbs and toks[j].tag_.startswith("V")),
                     None)
            if j is None or any(x.text in {",", ";", ":"} for x in toks[j:k]):
                continue  # the light verb belongs to the same clause as the noun
            start, end = span_of([toks[j], t])
            yield Match(start, end, {"modal": nouns[t.lower_], "noun": t.text},
                        sentence=s.index)


SUBJECT_ARTICLES = {"die", "eine", "der", "ein", "das", "keine", "kein"}
# the predicate follows its noun closely ("Eine Anmeldung ist vorher erforderlich"); farther
# away the finding would span, and cover, other places
NEAR = 5
FULL_VERBS = {"VVFIN", "VVINF", "VVPP", "VVIZU", "VMFIN"}


def _subject_action(toks: list[Token]) -> int | None:
    """The clause's first noun, if it is an action a verb could say and stands with its
    article as a subject would ("Eine Verlängerung der Frist", "die Antragstellung")."""
    k = next((k for k, t in enumerate(toks) if t.tag_ in {"NN", "NE"}), None)
    if k is None or k == 0:
        return None
    j = k - 1
    while j > 0 and toks[j].tag_ in {"ADJA", "ADV", "PIAT"}:
        j -= 1
    t = toks[k]
    lemma = t.lemma_ or t.text
    if toks[j].lower_ not in SUBJECT_ARTICLES or t.lower_ != lemma.casefold():
        return None  # plural or inflected: things ("Die Unterlagen sind nötig")
    if j > 0 and toks[j - 1].tag_ in {"APPR", "APPRART", "APPO"}:
        return None  # "Für die Anmeldung ist ein Termin erforderlich": no subject
    return k if verbal(t) and action_verb(lemma) is not None else None


@check("modal_predicate")
def modal_predicate(ctx: Context, rule: Rule) -> Iterator[Match]:
    """An action noun as the subject of "ist möglich / erforderlich / nötig": "Eine Anmeldung
    ist erforderlich" (Sie müssen sich anmelden), "Die Antragstellung ist auch online
    möglich" (Sie können … online beantragen). The noun hides who acts, the adjective the
    modal verb; a clause with a full verb of its own is left alone."""
    predicates = {k.casefold(): v for k, v in rule.params.get("predicates", {}).items()}
    for s in ctx.sentences:
        for c in s.clauses.clauses:
            toks = c.tokens
            if any(t.tag_ in FULL_VERBS for t in toks) or not any(
                    t.tag_ == "VAFIN" and t.lemma_.casefold() == "sein" for t in toks):
                continue
            adj = next((t for t in toks if t.tag_ == "ADJD" and t.lower_ in predicates), None)
            k = _subject_action(toks) if adj is not None else None
            if adj is None or k is None or not 0 < adj.i - toks[k].i <= NEAR:
                continue
            if object_after(toks, k):
                continue  # "Eine Verlängerung der Frist ist …": SIM-N008 names the verb
            # the finding sits on the noun: other findings between it and the adjective
            # ("schlechterdings") stay; the noun's own list entry is covered (rules data)
            noun = toks[k]
            yield Match(noun.idx, noun.idx + len(noun.text),
                        {"noun": noun.text, "predicate": adj.text,
                         "modal": predicates[adj.lower_]}, sentence=s.index)
