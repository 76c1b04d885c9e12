"""Replacements for a word-list hit, in the form the sentence needs: inflected like the
original where German grammar stays right without a lexicon (same gender and case), never
where the replacement would break the verb's valency or the case a preposition governs.
Split from ``wordlist.py``, the generic check that finds the hits."""

from __future__ import annotations

import re

from ..clauses import neighbour
from ..forms import noun
from ..lexicon import TermHit
from ..linebreaks import doc_text
from ..linewords import word_class
from ..morphology import inflect_like, noun_gender
from ..report import Suggestion
from ..verbs import split_separable
from .adjective_phrase import adjective_phrase_form, is_adjective_phrase
from .base import GENITIVE_OPENERS, NP_OPENERS, Context, replace_suggestion
from .glosses import attribute_after
from .swap_clashes import (
    adverb_after_embedded_noun,
    adverb_for_noun_attribute,
    cause_beside_contrast,
    clashes_in_clause,
    joined_to_a_phrase,
    noun_referred_after,
    present_in_past,
)

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
# "zuzüglich der Pauschale" -> "plus der Pauschale" reads wrong (safety review 19): "plus" and
# "minus" have no case of their own, so they replace a genitive only without an article
GOVERNS.update(dict.fromkeys(["zuzüglich", "abzüglich", "einschließlich", "ausschließlich"],
                             "g"))
GOVERNS.update(dict.fromkeys(["plus", "minus"], "-"))
ARTICLES = {"der", "des", "dem", "den", "die", "das", "eines", "einer", "einem", "einen", "ein",
            "eine"}
DET_GENDER = {"die": "f", "eine": "f", "das": "n", "den": "m", "einen": "m"}
FINITE = {"VAFIN", "VMFIN", "VVFIN"}
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
    if hit.entry.term.casefold() in GOVERNS and (nxt is None or nxt.is_punct
                                                 or nxt.tag_ in FINITE):
        return False  # no phrase follows: an adverb ("Zuzüglich sind Auslagen …" -> "Plus
        # sind …": not written German, safety review 136)
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
    new = new.reading(old.gender)  # "das Hinweisschild" -> "das Schild" (Schilder), not "der"
    if new is None:
        return None
    analyses = old.analyses(tok.text)
    if not analyses:
        return None
    if old.gender != new.gender and _shows_gender(tok):
        numbers = {n for _, n in analyses}
        if numbers != {"plural"}:  # in the plural the article does not show the gender
            return None
    if {n for _, n in analyses} == {"plural"} and repl.endswith("in") and new.gender == "f" \
            and not lemma.endswith("in"):
        # "zwei Bediensteten" -> "zwei Mitarbeiterinnen" says the staff were women (findings
        # review 82); the plural of the word for both is not one swap away
        return None
    forms = {new.form(c, n) for c, n in analyses}
    forms.discard(None)
    if len(forms) != 1:
        return None
    form = forms.pop()
    # the case must not hang on the old form's ending alone: the new form must stand for the
    # same cases ("des Autos" is genitive only, like "des Kraftfahrzeugs")
    return form if new.analyses(form) & analyses else None


def _after_zu(tok) -> bool:  # noqa: ANN001
    prev = neighbour(tok, -1)
    return tok.tag_ == "VVINF" and prev is not None and prev.tag_ == "PTKZU"


def _zu_uncertain(tok, repl: str) -> bool:  # noqa: ANN001
    """After "zu", a verb whose particle may or may not separate ("zu unterschreiben", but
    "umzuziehen"): a person checks the replacement."""
    if not _after_zu(tok):
        return False
    try:
        split_separable(repl.split()[0].lower())
    except ValueError:
        return True
    return False


def _valency_breaks(tok, repl: str, finite: bool) -> bool:  # noqa: ANN001
    """The replacement cannot take the original's place with its neighbours:

    * a finite verb replaced by a separable one ("kontaktieren Sie" -> "anrufen Sie"): the
      particle would have to move to the end of the clause;
    * an action noun on -ung with a genitive object replaced by a noun that is no action
      ("die Beantwortung der Fragen" -> "die Antwort der Fragen");
    * an infinitive after "zu" replaced by a separable verb ("zu vereinnahmen" -> "zu
      einnehmen", safety review 38): the "zu" would have to move inside ("einzunehmen").
    """
    if _after_zu(tok):
        try:
            prefix, _ = split_separable(repl.split()[0].lower())
        except ValueError:
            return False  # "zu unterschreiben": for a person to check (``_zu_uncertain``)
        return bool(prefix)
    if finite:
        try:
            prefix, _ = split_separable(repl.split()[0].lower())
        except ValueError:
            return True
        return bool(prefix)
    nxt = neighbour(tok, 1)
    return (tok.text.lower().endswith(("ung", "ungen")) and not repl.lower().endswith("ung")
            and nxt is not None and nxt.lower_ in GENITIVE_OPENERS)


# words that open a phrase which cannot stand between an article and its noun
PHRASE_OPENERS = set(GOVERNS) | ARTICLES | {
    "in", "im", "an", "am", "auf", "mit", "von", "vom", "bei", "beim", "nach", "aus", "zu",
    "zum", "zur", "für", "ohne", "über", "unter", "vor", "wenn", "als", "so"}


def unfit_before_noun(tok, repl: str) -> bool:  # noqa: ANN001
    """An attributive adjective cannot become a phrase: "ein eheliches Kind" -> "ein in der
    Ehe Kind" (a blind review of fresh set 30: the suggestion gives an ungrammatical phrase)."""
    return tok.tag_ == "ADJA" and " " in repl and repl.split()[0].lower() in PHRASE_OPENERS


# quantifiers that are determiners themselves: no article or possessive before them
DETERMINER_WORDS = {"alle", "jede", "jeder", "jedes", "kein", "keine"}


# word classes that take no ending: an attributive adjective cannot become one of them
# ("zeitnahe" -> "balde", "betreffende" -> "zue")
UNINFLECTED = {"ADV", "APPR", "APPRART", "APPO", "PTKZU", "PTKVZ", "KON", "KOUS"}


def _determiner_after_determiner(tok, repl: str) -> bool:  # noqa: ANN001
    """"seiner sämtlichen Konten" -> "seiner allen Konten" (safety review 30): "sämtlich"
    is an adjective after a possessive or article, "alle" a determiner, which cannot stand
    there ("aller seiner Konten" needs a rewrite). Nor without a noun after it: "handelt es
    sich sämtlich um solche Flächen" -> "… sich alle um …" (safety review 31)."""
    if repl.casefold() not in DETERMINER_WORDS:
        return False
    prev, nxt = neighbour(tok, -1), neighbour(tok, 1)
    return ((prev is not None and prev.tag_ in {"ART", "PPOSAT", "PDAT", "PIAT"})
            or nxt is None or nxt.tag_ not in {"NN", "NE", "ADJA"})


def _ends_truncated_pair(tok) -> bool:  # noqa: ANN001
    """The last member of "umfang-, funktions- und zeitgleich": the truncated words share its
    second part ("gleich"); a swap leaves them without it (safety review 31)."""
    prev = neighbour(tok, -1)
    if prev is None or prev.lower_ not in {"und", "oder", "sowie", "bzw."}:
        return False
    before = neighbour(prev, -1)
    return before is not None and before.tag_ == "TRUNC"


def term_suggestions(hit: TermHit, ctx: Context) -> list[Suggestion]:
    """Replacements for a word-list hit, inflected like the original where that is safe."""
    before = neighbour(hit.tokens[0], -1)
    if before is not None and before.lower_ == "eins":
        return []  # "von eins vom Hundert" -> "von eins Prozent" (safety review 25)
    out = _term_suggestions(hit, ctx)
    if before is not None and before.tag_ == "CARD" and before.text.isalpha():
        for sug in out:  # a number in words may have to agree: "zwei vom Hundert"
            sug.safety = "review"
    return out


def _term_suggestions(hit: TermHit, ctx: Context) -> list[Suggestion]:
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
            if _zu_uncertain(tok, repl) or _head_used_alone(ctx, hit, e.term, repl):
                cleared = "review"
            if " " in repl and tok.tag_ in {"VVFIN", "VVIMP"}:
                continue  # "kontaktieren Sie" -> "sich melden bei Sie": word order breaks
            if unfit_before_noun(tok, repl) or clashes_in_clause(tok, repl):
                continue
            if _determiner_after_determiner(tok, repl) or _ends_truncated_pair(tok):
                continue
            if tok.tag_ == "ADJA" and " " not in repl and word_class(repl) in UNINFLECTED:
                continue  # "die betreffende Person" -> "die zue Person" (fresh set 42)
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
            if tok.tag_ == "NN" and is_adjective_phrase(repl):
                # "den Fehlbetrag" -> "den fehlenden Betrag": declined for its place or not
                # offered; after another adjective a person reads it
                form = adjective_phrase_form(tok, tok.lemma_ or e.term, repl)
                if form is not None:
                    prev = neighbour(tok, -1)
                    safety = "review" if prev is not None and prev.tag_ == "ADJA" else cleared
                    out.append(replace_suggestion(hit.start, hit.end, form,
                                                  f"Ersetzen durch „{form}“", safety))
                continue
            if not _noun_safe(tok, repl, is_noun):
                continue
            # the entry's term is the base form, also where the tagger kept an inflected
            # form as the lemma ("unrichtige")
            form = inflect_like(tok.text, e.term, repl, adjective)
            if form is None:
                form = inflect_like(tok.text, tok.lemma_ or e.term, repl, adjective)
            if form is not None and repl[:1].islower() and not _opens_sentence(tok):
                # a noun's capital is no sentence start: "eine Vielzahl" -> "eine große Zahl"
                # (safety review 17: "eine Große Zahl")
                form = form[:1].lower() + form[1:]
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
        last = hit.tokens[-1]
        for repl in e.replacements:
            if not _case_safe(hit, ctx, repl):
                continue
            if last.tag_ == "VVPP" and repl.split()[-1] != last.lower_:
                continue  # "ist in Verlust geraten" -> "ist verloren gehen" (safety review 70)
            if (adverb_for_noun_attribute(hit, repl) or noun_referred_after(hit)
                    or joined_to_a_phrase(hit, repl)):
                continue  # "Die Übersendung auf elektronischem Wege wahrt …" (review 79)
            opens = text[:1].isupper() and (repl[:1].isupper() or _opens_sentence(hit.tokens[0]))
            form = repl[:1].upper() + repl[1:] if opens else repl
            safe = (e.may_apply(repl) and not present_in_past(hit, repl)
                    and not adverb_after_embedded_noun(hit, repl)
                    and not cause_beside_contrast(hit, repl))
            out.append(replace_suggestion(hit.start, hit.end, form, f"Ersetzen durch „{form}“",
                                          "safe" if safe else "review"))
    return out


_ALONE = "simplify.words_alone"  # doc.user_data: word -> its first two places in the text


def _head_used_alone(ctx: Context, hit: TermHit, term: str, repl: str) -> bool:
    """The replacement is the compound's last part ("Verfahrensablauf" -> "Ablauf"), and the
    text uses that word on its own elsewhere, maybe in another sense ("nach Ablauf des
    Erbbaurechts", its expiry): a person checks that the short form cannot be misread
    (safety review 287: the heading "Ablauf" read as "expiry"). The text is searched once
    per word, not once per hit (a fax number line on every page is no quadratic work)."""
    if (" " in repl or not repl[:1].isupper() or term == repl
            or not term.casefold().endswith(repl.casefold())):
        return False  # a noun's head only: "alsdann" -> "dann" has one sense
    places = ctx.doc.user_data.setdefault(_ALONE, {})
    if repl not in places:
        word = re.compile(rf"\b{re.escape(repl)}\w{{0,2}}\b")
        places[repl] = tuple(m.start() for m, _ in zip(word.finditer(ctx.text), range(2)))
    return any(at != hit.start for at in places[repl])


def _opens_sentence(tok) -> bool:  # noqa: ANN001
    """The token is the first word of its sentence, a list item or a line (its capital may
    be the sentence's, not the word's)."""
    prev = neighbour(tok, -1)
    return (prev is None or tok.is_sent_start
            or prev.text in {".", "!", "?", ":", "–", "-", "•", "*", "(", "„", '"'}
            or _LIST_MARKER.fullmatch(prev.text) is not None  # "2. Sofern …" (review 18)
            or _line_break_between(prev, tok)
            or _after_split_marker(prev) or _after_label(prev))


def _line_break_between(a, b) -> bool:  # noqa: ANN001
    """A hard line break stands between token a and the later token b."""
    return "\n" in doc_text(b.doc)[a.idx + len(a.text):b.idx]


def _after_label(prev) -> bool:  # noqa: ANN001
    """"A 2 Sämtliche Eingriffe …": a condition's label, a capital and a number, opens the line
    (safety review 56: "A 2 alle Eingriffe"); so does a section number, "3.5 Sämtliche Funde"
    (safety review 87: "3.5 alle Funde")."""
    mark = neighbour(prev, -1)
    if _SECTION.fullmatch(prev.text):
        return mark is None or prev.is_sent_start or _line_break_between(mark, prev)
    if not prev.text.isdigit() or mark is None or not re.fullmatch(r"[A-Z]", mark.text):
        return False
    before = neighbour(mark, -1)
    return before is None or mark.is_sent_start or _line_break_between(before, mark)


def _after_split_marker(prev) -> bool:  # noqa: ANN001
    """"b) Insbesondere …" where the tokenizer split the marker: "b" and ")" (safety review
    31: "b) vor allem löst …")."""
    if prev.text not in {")", "."}:
        return False
    mark = neighbour(prev, -1)
    if mark is None or _LIST_MARKER.fullmatch(mark.text + prev.text) is None:
        return False
    before = neighbour(mark, -1)
    return before is None or mark.is_sent_start or _line_break_between(before, mark)


_LIST_MARKER = re.compile(r"(?:\d{1,3}|[a-zA-Z]|[IVXivx]{1,4})[.)]")
# "3.5", and a part's letter with its number: "B7 Sofern …" (safety review 285: "B7 wenn"), "D.2"
_SECTION = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?|[A-Z]\.?\d{1,2}(?:\.\d{1,3})*")
