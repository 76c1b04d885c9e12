"""The generic word-list check: a rule names its list in YAML, this one check finds it.

``check: wordlist`` finds the entries of the rule's list (``wordlist:``) by form, lemma,
phrase or separable verb (``lexicon.find_terms``) and offers, by ``params.suggest``:

* ``replace`` (default): the entry's replacements, inflected like the original where German
  grammar stays right without a lexicon (same gender and case; see ``_noun_safe``);
* ``explain``: the term with its plain explanation in brackets, on its first use only
  (``params.first_use_only``), and not where the text already explains it in brackets;
* ``none``: the finding only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..clauses import neighbour
from ..forms import noun
from ..lexicon import TermHit
from ..morphology import inflect_like, noun_gender
from ..report import Suggestion
from ..rules import Rule
from ..verbs import split_separable
from ..vocabulary import german_list
from ..wordlists import Entry
from .base import NP_OPENERS, Context, Match, check, replace_suggestion
from .compound_terms import compound_hits
from .glosses import (
    adjective_for_noun,
    attribute_after,
    bracket_is_the_name,
    explained_below,
    explained_in_brackets,
    gender_partner,
    gender_variants,
    glossed,
    in_office_name,
    in_truncated_pair,
    named_after_description,
    named_in_full,
    numbered_name,
    person_clash,
    sibling_is_replacement,
)
from .jargon import cited_document
from .legal_wording import before_citation, fixed_wording
from .list_advice import explain_advice, list_tip
from .senses import number_clash, ruled_out, sense_at

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
    nxt = neighbour(hit.tokens[-1], 1)
    shows_case = nxt is not None and (nxt.lower_ in ARTICLES or nxt.tag_ in {"PPOSAT", "ADJA"})
    return old == new or not shows_case


def _noun_safe(tok, repl: str, is_noun: bool) -> bool:  # noqa: ANN001
    """A noun replacement keeps the article right only in the base form and the same gender,
    or with nothing before it that shows the gender."""
    if not is_noun:
        return True
    if tok.text != (tok.lemma_ or tok.text):
        return False  # "Lebensjahres", "Antragstellungen": endings we cannot carry over
    prev = neighbour(tok, -1)
    if prev is None or prev.tag_ not in NOUN_DETERMINERS:
        return True
    g_old, g_new = noun_gender(tok.lemma_ or tok.text), noun_gender(repl)
    if g_old is not None:
        return g_old == g_new
    # the article alone may show the gender: "die Deadline" -> "die Frist"
    return g_new is not None and DET_GENDER.get(prev.lower_) == g_new


def _shows_gender(tok) -> bool:  # noqa: ANN001
    """A determiner or attributive adjective before the noun shows its gender."""
    k = tok.i - 1
    while k >= 0 and tok.doc[k].tag_ in {"ADJA", "ADV", "CARD"}:
        if tok.doc[k].tag_ == "ADJA":
            return True
        k -= 1
    return k >= 0 and tok.doc[k].tag_ in NOUN_DETERMINERS


def _noun_from_paradigm(tok, lemma: str, repl: str) -> str | None:  # noqa: ANN001
    """The replacement noun in the case and number of the original, from real paradigms
    ("des Kraftfahrzeugs" -> "des Autos"); None when the paradigms do not settle it: unknown
    nouns, a form that stands for cases whose replacement forms differ, or another gender
    where an article or adjective shows the gender."""
    old, new = noun(lemma), noun(repl)
    if old is None or new is None or " " in repl:
        return None
    analyses = old.analyses(tok.text)
    if not analyses:
        return None
    if old.gender != new.gender and _shows_gender(tok):
        numbers = {n for _, n in analyses}
        if numbers != {"plural"}:  # in the plural the article does not show the gender
            return None
    forms = {new.form(c, n) for c, n in analyses}
    forms.discard(None)
    if len(forms) != 1:
        return None
    form = forms.pop()
    # the case must not hang on the old form's ending alone: the new form must stand for the
    # same cases ("des Autos" is genitive only, like "des Kraftfahrzeugs")
    return form if new.analyses(form) & analyses else None


GENITIVE_OPENERS = {"der", "des", "eines", "einer", "ihrer", "ihres", "seiner", "seines",
                    "meiner", "meines", "unserer", "unseres"}


def _valency_breaks(tok, repl: str, finite: bool) -> bool:  # noqa: ANN001
    """The replacement cannot take the original's place with its neighbours:

    * a finite verb replaced by a separable one ("kontaktieren Sie" -> "anrufen Sie"): the
      particle would have to move to the end of the clause;
    * an action noun on -ung with a genitive object replaced by a noun that is no action
      ("die Beantwortung der Fragen" -> "die Antwort der Fragen").
    """
    if finite:
        try:
            prefix, _ = split_separable(repl.split()[0].lower())
        except ValueError:
            return True
        return bool(prefix)
    nxt = neighbour(tok, 1)
    return (tok.text.lower().endswith(("ung", "ungen")) and not repl.lower().endswith("ung")
            and nxt is not None and nxt.lower_ in GENITIVE_OPENERS)


def _term_suggestions(hit: TermHit, ctx: Context) -> list[Suggestion]:
    """Replacements for a word-list hit, inflected like the original where that is safe."""
    e = hit.entry
    out: list[Suggestion] = []
    if len(hit.tokens) == 1:
        tok = hit.tokens[0]
        adjective = tok.tag_ in {"ADJA", "ADJD"}
        # one half of a pair "Ehegatte/Ehegattin": replacing it alone breaks the pair
        # ("Ihres Ehegatten/Ihrer Ehegattin": the slash may stand before the determiner)
        in_pair = any(0 <= k < len(tok.doc) and tok.doc[k].text == "/"
                      for k in (tok.i - 2, tok.i - 1, tok.i + 1, tok.i + 2))
        for repl in e.replacements:
            # the list data clear a replacement for one-click use; the others are for review
            cleared = "safe" if e.may_apply(repl) and not in_pair else "review"
            if " " in repl and tok.tag_ in {"VVFIN", "VVIMP"}:
                continue  # "kontaktieren Sie" -> "sich melden bei Sie": word order breaks
            finite = tok.tag_ in {"VVFIN", "VVIMP"}
            if _valency_breaks(tok, repl, finite):
                continue  # wrong, not merely uncertain: no suggestion at all
            if not _case_safe(hit, ctx, repl):
                continue
            # a noun, whatever the tagger says ("Vorsprache" tagged as a name is a noun too)
            is_noun = repl[:1].isupper() and (tok.tag_ in {"NN", "NE"} or tok.text[:1].isupper())
            if is_noun:
                form = _noun_from_paradigm(tok, tok.lemma_ or e.term, repl)
                if form is not None:
                    out.append(replace_suggestion(hit.start, hit.end, form,
                                                  f"Ersetzen durch „{form}“", cleared))
                    continue
            if not _noun_safe(tok, repl, is_noun):
                continue
            # the entry's term is the base form, also where the tagger kept an inflected
            # form as the lemma ("unrichtige")
            form = inflect_like(tok.text, e.term, repl, adjective)
            if form is None:
                form = inflect_like(tok.text, tok.lemma_ or e.term, repl, adjective)
            if form is not None:
                # a noun whose paradigm we do not know: its gender and case came from endings,
                # so a person checks it; other words are inflected by rule and form-checked.
                # A phrase for an adverb in front of an adjective or noun ("von gegebenenfalls
                # weiteren Kosten" -> "von wenn nötig weiteren") does not fit the noun phrase.
                nxt = neighbour(tok, 1)
                prev = neighbour(tok, -1)
                if " " in form and attribute_after(hit.tokens) is not None:
                    continue  # "gegebenenfalls vorhandene Bescheide": no "wenn nötig vorhandene"
                in_phrase = (" " in form and nxt is not None and nxt.tag_ in {"ADJA", "NN"}
                             and prev is not None and prev.tag_ in NP_OPENERS)
                safety = "review" if is_noun or in_phrase else cleared
                out.append(replace_suggestion(hit.start, hit.end, form,
                                              f"Ersetzen durch „{form}“", safety))
    elif hit.contiguous and [t.lower_ for t in hit.tokens] == e.term.lower().split():
        # only the phrase as listed: "kenntlich gemacht" found by lemma would become
        # "kennzeichnen", and a phrase whose verb stands apart has no one place to replace
        text = ctx.text[hit.start:hit.end]
        for repl in e.replacements:
            if not _case_safe(hit, ctx, repl):
                continue
            form = repl[:1].upper() + repl[1:] if text[:1].isupper() else repl
            out.append(replace_suggestion(hit.start, hit.end, form, f"Ersetzen durch „{form}“",
                                          "safe" if e.may_apply(repl) else "review"))
    return out


def _topic_named(e: Entry, sentence: str) -> bool:
    """The sentence says what the law is about: "Sozialhilfe (SGB XII)" (the entry's note
    names its subject)."""
    topic = e.note.strip()
    return bool(topic) and len(topic.split()) <= 4 and topic.casefold() in sentence.casefold()


def _introduced_after_name(e: Entry, text: str, start: int) -> bool:
    """The abbreviation stands in brackets right after the name, written another way:
    "Sozialgesetzbuch II (SGB II)" for "Zweites Buch Sozialgesetzbuch"."""
    before = text[max(0, start - 80): start].rstrip()
    if not before.endswith(("(", "[")):
        return False
    near = {w.casefold() for w in re.findall(r"\w+", before)[-6:]}
    return any(w.casefold() in near for r in e.replacements for w in re.findall(r"\w{5,}", r))


@check("wordlist")
def wordlist(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Entries of the rule's word list in the text."""
    mode = rule.params.get("suggest", "replace")
    first_use_only = bool(rule.params.get("first_use_only", False))
    skip_if_named = bool(rule.params.get("skip_if_named", False))
    folded = ctx.text.casefold() if skip_if_named else ""
    # entries judged known (column ``known``) give no finding, except in the profiles named
    # in ``params.known_flagged_in`` (Leichte Sprache: its readers need "Klage" explained too)
    skip_known = ctx.profile.name not in set(rule.params.get("known_flagged_in", []))
    # a noun the list does not hold, with a listed term as its head ("Förderbescheid")
    compounds = mode == "explain" and bool(rule.params.get("compound_heads", False))
    seen: set[tuple[str, bool]] = set()
    introduced: set[str] = set()
    name = rule.list_name or ""
    shielding = [] if name in ctx.lexicon.protecting else sorted(ctx.lexicon.protecting)
    paired: set[int] = set()  # second forms of person-noun pairs explained with the first
    terms = ctx.lexicon.single.get(name, {})

    def is_term(word: str) -> bool:
        return word.casefold() in terms

    for s in ctx.sentences:
        # a term of art of several words shields its parts: "mangels Masse", "von Amts wegen"
        shields = [(h.start, h.end) for p in shielding
                   for h in ctx.lexicon.find_terms(s.tokens, p) if h.last > h.first]
        found = ctx.lexicon.find_terms(s.tokens, name)
        heads: set[int] = set()  # token indices of compounds found by their head
        if compounds:
            taken = {k for h in found for k in range(h.first, h.last + 1)}
            extra = compound_hits(ctx.lexicon, s.tokens, name, taken)
            heads = {h.tokens[0].i for h in extra}
            found += extra
        partners = {h.tokens[-1].i: h for h in found}  # to join a pair of person nouns
        for hit in found:
            if any(a < hit.end and hit.start < b for a, b in shields) or adjective_for_noun(hit):
                continue
            if mode == "explain" and (hit.tokens[0].i in paired or cited_document(hit)):
                continue  # "… oder Insolvenzverwalterin" (with its partner), "§ 4 der Satzung"
            e = hit.entry
            if skip_if_named and _introduced_after_name(e, ctx.text, hit.start):
                introduced.add(e.term)  # and so are its later uses
            if skip_if_named and (any(named_in_full(r, folded) for r in e.replacements)
                                  or _topic_named(e, ctx.text[s.start:s.end])
                                  or e.term in introduced):
                continue  # the text names it in full already, or what it is about
            # a heading, form label or list line stays as it is: the term is flagged, but the
            # explanation belongs into the running text, so none is inserted here
            in_label = mode == "explain" and ctx.protected.in_label(hit.start, hit.end)
            if first_use_only:
                # once in a label (flagged, nothing inserted) and once in running text, where
                # the explanation goes; "Verwalter" and "Verwalterin" are one term
                key = (e.term, in_label)
                if key in seen:
                    continue
                seen.update((v, in_label) for v in {e.term, *gender_variants(e.term)})
            values = {"term": e.term, "suggestion": " oder ".join(e.replacements) or "—",
                      "advice": (f"Einfacher: {german_list(list(e.replacements))}."
                                 if e.replacements else list_tip(e)),
                      "note": e.note, "explanation": e.explanation,
                      "explain": f": {e.explanation}" if e.explanation else "."}
            if mode == "explain":
                partner = gender_partner(hit.tokens[-1])
                end = hit.end if partner is None else partner.idx + len(partner.text)
                if (explained_in_brackets(ctx.text, end, is_term)
                        or in_truncated_pair(hit)
                        or named_after_description(ctx.text, hit.start, hit.end)
                        or glossed(ctx, s.index, hit) or in_office_name(ctx, hit)
                        or explained_below(ctx, s.index, hit, name)):
                    continue  # "Bescheid (Brief vom Amt …)": explained already
                sense = sense_at(ctx, s.index, hit)
                senses = ctx.lexicon.senses(e)
                if sense is None and (len(senses) == 1 or all(
                        ruled_out(ctx, s.index, x) for x in senses)):
                    continue  # no legal sense fits: an everyday word here
                if skip_known and (sense.known if sense is not None
                                   else all(x.known for x in senses)):
                    continue  # every reader knows it in this sense: still protected, no finding
                if sense is None:
                    # no sense fits here: ask for an explanation, never offer a wrong one
                    values["explanation"] = ""
                    values["explain"] = (". Sagen Sie, was es hier bedeutet: Das Wort hat "
                                         "mehrere Bedeutungen.")
                    yield Match(hit.start, hit.end, values, entry=e, sentence=s.index,
                                softer=e.hint)
                    continue
                e = sense
                explanation = e.explanation or " oder ".join(e.replacements)
                values["explanation"] = explanation
                values["explain"] = explain_advice(explanation, in_label)
                if hit.tokens[0].i in heads:
                    # the list explains the head only: say so, and leave the whole
                    # explanation to the writer (an inserted "Bescheid" explanation would
                    # pass for one of "Abwasserbeitragsbescheid")
                    values["explain"] = (f". Es ist eine Art „{e.term}“ ({explanation}); "
                                         f"erklären Sie das ganze Wort, nicht nur „{e.term}“.")
                    yield Match(hit.start, hit.end, values, entry=e, sentence=s.index,
                                softer=e.hint)
                    continue
                if partner is not None and partner.i in partners:
                    # "der Verwalter oder die Verwalterin (…)": one explanation after the pair
                    paired.add(partner.i)
                    seen.update((v, in_label) for v in gender_variants(partners[partner.i]
                                                                       .entry.term))
                word = ctx.text[hit.start:end]
                # "Rechtskraft (…) des Beschlusses" would split the noun from its genitive,
                # "der rechtskräftigen (…) Entscheidung" an adjective from its noun
                splits = hit.tokens[-1].tag_ == "ADJA" or (
                    hit.last + 1 < len(s.tokens)
                    and s.tokens[hit.last + 1].lower_ in {"des", "der", "eines", "einer"}
                    and s.tokens[hit.last + 1].tag_ == "ART")
                sugg = [] if (in_label or splits or number_clash(hit.tokens[-1], explanation)
                              or person_clash(s.tokens, explanation,
                                               ctx.addresses_reader)) else [
                    Suggestion(replacement=f"{word} ({explanation.rstrip('.')})",
                               start=hit.start, end=end, kind="explain",
                               label="Erklärung in Klammern ergänzen")]
            elif skip_known and e.known:
                continue
            elif mode == "replace" and bracket_is_the_name(ctx.text, hit.start, hit.end):
                continue  # "Bauwerke (bauliche Anlagen)": the plain word is there already
            elif mode == "replace" and numbered_name(ctx.text, hit.start, hit.end):
                continue  # "Formblatt 3": the name of a form, not the writer's to change
            elif mode == "replace" and sibling_is_replacement(hit, s.tokens):
                # "erlaubt, gestattet oder geduldet": the plain word stands beside it, the
                # writer means something else by each; a swap would erase the difference
                sugg = []
                values["advice"] = ("Das einfachere Wort steht daneben und meint hier etwas "
                                    "anderes: Erklären Sie den Unterschied, statt zu ersetzen.")
            elif mode == "replace":
                # before a citation the words are the law's ("in elektronischer Form nach
                # § 3a"): advice only; a citing preposition itself may change ("gemäß §")
                cited = (before_citation(ctx.text, hit.end)
                         and hit.tokens[-1].tag_ not in {"APPR", "APPO", "APPRART"})
                fixed = fixed_wording(ctx.text, hit.start)
                sugg = [] if cited or fixed or not ctx.suggest else _term_suggestions(hit, ctx)
                if cited:
                    values["advice"] = ("Hier folgt ein Paragraf: Das ist wohl der Wortlaut "
                                        "des Gesetzes. Erklären Sie, was er bedeutet, statt "
                                        "das Wort zu tauschen.")
                attribute = attribute_after(hit.tokens)
                if attribute is not None and all(" " in r for r in e.replacements):
                    # an adverb before an attribute modifies it: the clause the list offers
                    # ("wenn nötig") does not fit there (blind review 11)
                    values["advice"] = (f"Hier gehört es zu „{attribute.text}“; oft können "
                                        "Sie es streichen.")
            else:
                sugg = []
            # a word in a heading or form label: a hint (an editor judged such swaps too
            # minor for a warning; a label is often fixed by the form's layout)
            label = mode != "explain" and ctx.protected.in_label(hit.start, hit.end)
            yield Match(hit.start, hit.end, values, suggestions=sugg, entry=e,
                        sentence=s.index, softer=e.hint or label)
