"""Role nouns and "man" to "Sie", where the text addresses its reader."""

from __future__ import annotations

from spacy.tokens import Token

from ..checks.base import Context, SentenceView
from ..report import Finding, Suggestion
from ..verbs import (
    MODAL_SINGULAR,
    plural_present,
    split_separable,
    split_zu_infinitive,
)
from .common import (
    DEFINING,
    FINITE,
    _ends,
    _infinitive,
    _is_role,
    _sentence_suggestion,
    _simple_middle,
    cap,
    join,
)

# "seiner Anhörung" refers back to the role noun or "man": with "Sie" it is "Ihrer Anhörung"
# (a blind review on fresh texts: "Sie haben im Rahmen seiner persönlichen Anhörung …")
POSSESSIVE = {"sein": "Ihr", "seine": "Ihre", "seiner": "Ihrer", "seinem": "Ihrem",
              "seinen": "Ihren", "seines": "Ihres"}
# a pronoun that may point back to the role noun needs its verb changed too ("wenn er
# umzieht"), or may point to someone else ("ihr", "ihre"): no rewrite then
BACK_POINTERS = {"er", "ihm", "ihn", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres"}


def _addressed(words: list[Token]) -> list[str] | None:
    """The words after the new "Sie" with possessives turned to "Ihr"; None where a pronoun
    would still point to a third person."""
    if any(t.text in BACK_POINTERS for t in words):
        return None
    return [POSSESSIVE.get(t.text, t.text) for t in words]


def role_subject(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Der Antragsteller hat die Unterlagen vorzulegen." -> "Legen Sie die Unterlagen vor.";
    "Der Antragsteller muss unterschreiben." -> "Sie müssen unterschreiben.".

    Offered for review, never for one click: only the clerk knows whether the role is the
    reader. In a notice sent to a lawyer, "Der Widerspruchsführer hat die Kosten zu tragen"
    made "Sie" the lawyer (a blind safety review on fresh texts)."""
    toks, end = _ends(s)
    i = 0
    if toks and toks[0].tag_ == "ART":
        i = 1
    if i >= len(toks) or not _is_role(ctx, f, toks[i]):
        return []
    j = i + 1
    if j + 1 < len(toks) and toks[j].text in {"/", "*", ":"} and toks[j + 1].lower_ in {"in",
                                                                                       "innen"}:
        j += 2
    if j >= len(toks) or toks[j].tag_ not in FINITE:
        return []
    verb, rest = toks[j], toks[j + 1:]
    words = _addressed(rest)
    if words is None:
        return []
    if verb.lemma_ == "haben" and rest and rest[-1].tag_ == "VVIZU" and _simple_middle(rest[:-1]):
        prefix, base = split_zu_infinitive(rest[-1].text) or split_separable(
            _infinitive(rest[-1]))
        new = join([cap(base), "Sie", *words[:-1], prefix]) + end
        return [_sentence_suggestion(s, new, "Direkt ansprechen", "review")]
    form = MODAL_SINGULAR.get(verb.lower_) or _plural_of(verb)
    if form is None:
        return []
    new = join(["Sie", form, *words]) + end
    return [_sentence_suggestion(s, new, "Mit „Sie“ ansprechen", "review")]


def _plural_of(verb: Token) -> str | None:
    """3rd person singular present -> the "Sie" form; None for past tense or odd forms."""
    lemma = verb.lemma_
    if verb.tag_ == "VAFIN":
        return {"hat": "haben", "ist": "sind", "wird": "werden"}.get(verb.lower_)
    if verb.tag_ == "VVFIN" and lemma.islower() and lemma.endswith("n") and verb.lower_.endswith(
            "t") and not verb.lower_.endswith("te"):
        return plural_present(lemma)
    return None


def man_to_sie(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Man muss den Antrag unterschreiben." -> "Sie müssen den Antrag unterschreiben."."""
    toks, end = _ends(s)
    idx = next((k for k, t in enumerate(toks) if t.idx == f.start), None)
    if idx is None or any(t.lemma_ in DEFINING for t in toks):
        return []  # "Das nennt man Abtretung": a definition, nobody is addressed
    if idx == 0 and len(toks) > 1 and toks[1].tag_ in FINITE:
        form = MODAL_SINGULAR.get(toks[1].lower_) or _plural_of(toks[1])
        after = _addressed(toks[2:])
        if form and after is not None:
            new = join(["Sie", form, *after]) + end
            return [_sentence_suggestion(s, new, "Mit „Sie“ ansprechen", "review")]
    if idx >= 2 and toks[idx - 1].tag_ in FINITE and idx - 1 >= 1:
        form = MODAL_SINGULAR.get(toks[idx - 1].lower_) or _plural_of(toks[idx - 1])
        after = _addressed(toks[idx + 1:])
        if form and after is not None:
            words = [t.text for t in toks[: idx - 1]] + [form, "Sie", *after]
            return [_sentence_suggestion(s, join(words) + end, "Mit „Sie“ ansprechen", "review")]
    return []


