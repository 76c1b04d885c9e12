"""The generic word-list check: a rule names its list in YAML, this one check finds it.

``check: wordlist`` finds the entries of the rule's list (``wordlist:``) by form, lemma,
phrase or separable verb (``lexicon.find_terms``) and offers, by ``params.suggest``:

* ``replace`` (default): the entry's replacements, inflected like the original where German
  grammar stays right without a lexicon (same gender and case; see ``term_swaps.py``);
* ``explain``: the term with its plain explanation in brackets, on its first use only
  (``params.first_use_only``), and not where the text already explains it in brackets;
* ``none``: the finding only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..clauses import neighbour
from ..lexicon import TermHit
from ..linewords import on_field_label
from ..protect import PLACE_PAIR, is_org_word
from ..report import Suggestion
from ..rules import Rule
from ..title_lines import topic_line
from ..titles import UNIT_NAME, in_firm_name
from ..vocabulary import german_list
from ..wordlists import Entry
from .action_nouns import titles_of_rules
from .base import Context, Match, check
from .citations import citation_tip
from .compound_terms import compound_hits
from .designations import designation
from .glosses import (
    adjective_for_noun,
    attribute_after,
    bracket_is_the_name,
    explained_below,
    explained_in_brackets,
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
from .legal_wording import (
    before_citation,
    citation_follows,
    fixed_wording,
    in_appeal_notice,
    in_bracketed_citation,
    instrument_follows,
    source_follows,
)
from .light_verbs import light_verb_of_listed_phrase
from .list_advice import explain_advice, list_tip
from .naming import (
    defined_here,
    introduced_after_name,
    named_in_text,
    names_this_letter,
    topic_named,
)
from .roles import gender_partner, gender_variants
from .senses import number_clash, ruled_out, sense_at
from .subject_terms import heads_its_section, in_head
from .swap_clashes import noun_described_after
from .term_swaps import GOVERNS, term_suggestions, unfit_before_noun
from .title_terms import from_cited_title
from .word_senses import OtherSenses

CITING = {"nach", "laut"}
# replacements that are prepositions and need their noun phrase after them
PREPOSITIONS = set(GOVERNS) | {"vor", "über", "zum", "zur"}


def _bare(toks: list, i: int) -> bool:
    """The preposition-like phrase ending at token ``i`` has no noun phrase after it."""
    k = i + 1 - toks[0].i
    return k >= len(toks) or toks[k].tag_.startswith("$")


_ABBREVIATED = re.compile(r"[ \t]*\([A-ZÄÖÜ][A-ZÄÖÜa-z]{0,4}[A-ZÄÖÜ]\)")
_FIGURE_AFTER = re.compile(r"\s+(?:(?:ca\.|circa|etwa|rund|bis zu|über|noch)\s+)?\d")


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
    shielded = name not in ctx.lexicon.protecting  # a protected list shields nothing itself
    paired: set[int] = set()  # second forms of person-noun pairs explained with the first
    terms = ctx.lexicon.single.get(name, {})
    other_senses = OtherSenses(rule.params)  # "in Kürze" in a heading, "eingeräumt" (admitted)
    # terms that introduce a source ("im Sinne des § 42 IfSG") are the reference itself before
    # one (findings reviews 18-52: 1 of 16 worth, "precise legal reference")
    citing = {t.casefold() for t in rule.params.get("silent_before_source", [])}
    resting = {t.casefold() for t in rule.params.get("silent_before_instrument", [])}
    # "derzeit 9,50 EUR": the current value of a figure that changes (rules/jargon.yaml)
    figures = {t.casefold() for t in rule.params.get("silent_before_figure", [])}
    field_hints = bool(rule.params.get("hints_silent_in_fields", False))
    # inside the appeal notice only the terms its reader acts on are explained (None: all)
    notice = rule.params.get("in_appeal_notice")
    notice_terms = None if notice is None else {t.casefold() for t in notice}
    quiet_in_brackets = bool(rule.params.get("quiet_in_bracketed_citation", False))
    # a form's field labels ask the reader for something: there the term stays flagged
    quiet_in_labels = ctx.profile.name in set(rule.params.get("quiet_in_labels", []))

    def is_term(word: str) -> bool:
        return word.casefold() in terms

    for s in ctx.sentences:
        # a term of art of several words shields its parts: "mangels Masse", "von Amts wegen"
        shields = ctx.lexicon.protected_spans(s.tokens) if shielded else []
        found = ctx.lexicon.find_terms(s.tokens, name)
        heads: set[int] = set()  # token indices of compounds found by their head
        if compounds:
            taken = {k for h in found for k in range(h.first, h.last + 1)}
            extra = compound_hits(ctx.lexicon, s.tokens, name, taken)
            heads = {h.tokens[0].i for h in extra}
            found += extra
        partners = {h.tokens[-1].i: h for h in found}  # to join a pair of person nouns
        # the words of a rule's title after its head: "Gesetz zur Kooperation … (KKG)"
        titles = titles_of_rules(s.tokens) if found and mode == "replace" else set()
        titled = {s.tokens[k].i for k in titles if k - 1 in titles}
        for hit in found:
            if any(a < hit.end and hit.start < b for a, b in shields) or adjective_for_noun(hit):
                continue
            if _in_body_name(ctx, hit.start, hit.end):
                continue  # "Fachdienst 23 – Liegenschaften": a body's name (review 32)
            if mode != "explain" and (defined_here(ctx.text, hit.start, hit.end) or (
                    len(hit.tokens) == 1 and light_verb_of_listed_phrase(ctx, s.tokens,
                                                                         hit.tokens[0]))
                                      or noun_described_after(hit)):
                continue  # "Untersagen heißt: …"; "Kenntnis erlangt": SIM-N001's phrase
            if mode != "explain" and (_body_with_place(ctx, hit) or _form_with_code(ctx, hit)):
                continue  # no other word for it; a term of art is still explained
            if other_senses.applies(ctx.text, hit, s.tokens):
                continue
            key = hit.entry.term.casefold()
            if (key in citing and source_follows(ctx.text, hit.end)) or (
                    key in resting and instrument_follows(ctx.text, hit.end)) or (
                    key in figures and _FIGURE_AFTER.match(ctx.text, hit.end)):
                continue
            if field_hints and hit.entry.hint and on_field_label(ctx.text, hit.start, s.tokens):
                continue  # "Anschrift: ______": a form's field label (rules/jargon.yaml)
            if quiet_in_brackets and in_bracketed_citation(ctx.text, hit.start, hit.end, s):
                continue  # "… ist anzuhören (§ 28 Abs. 1 VwVfG).": it may stay there
            if notice_terms is not None and hit.entry.term.casefold() not in notice_terms \
                    and in_appeal_notice(ctx.text, hit.start):
                continue
            if mode == "explain" and (hit.tokens[0].i in paired or cited_document(hit)):
                continue  # "… oder Insolvenzverwalterin" (with its partner), "§ 4 der Satzung"
            e = hit.entry
            if skip_if_named and introduced_after_name(e, ctx.text, hit.start):
                introduced.add(e.term)  # and so are its later uses
            if skip_if_named and (any(named_in_full(r, folded) for r in e.replacements)
                                  or topic_named(e, ctx.text[s.start:s.end])
                                  or e.term in introduced):
                continue  # the text names it in full already, or what it is about
            # a heading, form label or list line stays as it is: the term is flagged, but the
            # explanation belongs into the running text, so none is inserted here
            in_label = mode == "explain" and ctx.protected.in_label(hit.start, hit.end)
            if in_label and quiet_in_labels and not topic_line(ctx.text, hit.start):
                continue  # "5. Sperrzeit und Betriebszeiten": a heading (rules/jargon.yaml)
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
            if "{citation_tip}" in rule.message:  # SIM-J007's last sentence only
                values["citation_tip"] = citation_tip(ctx.text, hit.start, hit.end, s.start, s.end)
            if mode == "explain":
                partner = gender_partner(hit.tokens[-1])
                end = hit.end if partner is None else partner.idx + len(partner.text)
                if (explained_in_brackets(ctx.text, end, is_term)
                        or in_truncated_pair(hit)
                        or named_after_description(ctx.text, hit.start, hit.end)
                        or named_in_text(ctx.text, hit.tokens[-1].lemma_ or hit.tokens[-1].text,
                                         hit.start)
                        or glossed(ctx, s.index, hit) or in_office_name(ctx, hit)
                        or explained_below(ctx, s.index, hit, name)
                        or in_head(ctx, hit) or heads_its_section(ctx, hit)):
                    continue  # "Bescheid (Brief vom Amt …)": explained already
                if names_this_letter(hit):
                    continue  # "für diesen Bescheid": the letter itself, in the reader's hand
                if designation(hit.tokens[-1]):
                    continue  # "Gemarkung Lindenau, Flur 3, Flurstück 46": an identifier
                sense = sense_at(ctx, s.index, hit)
                senses = ctx.lexicon.senses(e)
                if sense is None and (len(senses) == 1 or all(
                        ruled_out(ctx, s.index, x) for x in senses)):
                    continue  # no legal sense fits: an everyday word here
                if skip_known and (_known(ctx, sense) if sense is not None
                                   else all(_known(ctx, x) for x in senses)):
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
                sugg = [] if (in_label or splits or _negated(hit.tokens[0])
                              or number_clash(hit.tokens[-1], explanation)
                              or person_clash(s.tokens, explanation,
                                               ctx.addresses_reader)) else [
                    Suggestion(replacement=f"{word} ({explanation.rstrip('.')})",
                               start=hit.start, end=end, kind="explain",
                               label="Erklärung in Klammern ergänzen")]
            elif skip_known and _known(ctx, e):
                continue
            elif mode == "replace" and hit.tokens[0].i in titled:
                continue  # "Gesetz zur Kooperation … (KKG)": a law's title (safety review 94)
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
                # (words of content only: "hiermit gem. § 28" is the letter's own adverb,
                # not the law's wording; review 38 called that advice wrong)
                cited = (before_citation(ctx.text, hit.end)
                         and hit.tokens[-1].tag_ not in {"APPR", "APPO", "APPRART"}
                         and any(t.tag_.startswith(("NN", "ADJ", "VV")) for t in hit.tokens))
                fixed = fixed_wording(ctx.text, hit.start) or from_cited_title(ctx, hit, values)
                sugg = [] if cited or fixed or not ctx.suggest else term_suggestions(hit, ctx)
                if _ABBREVIATED.match(ctx.text, hit.end):
                    sugg = []  # "Lichtsignalanlage (LSA)": its short form stands for it (review 95)
                if not cited and citation_follows(ctx.text, hit.end):
                    # "auf Grund des § 11" names the legal basis: "wegen" would change it
                    # (blind reviews 21, 24); only "nach"/"laut" cite
                    sugg = [c for c in sugg if c.replacement.casefold() in CITING]
                if _bare(s.tokens, hit.tokens[-1].i) and all(
                        r.split()[0] in PREPOSITIONS for r in e.replacements):
                    sugg = []  # "aus Gründen, die …": "wegen" needs its noun (review 24)
                after = neighbour(hit.tokens[-1], 1)
                if hit.tokens[-1].tag_ == "APPR" and after is not None and after.tag_ in {
                        "APPR", "APPRART"}:
                    sugg = []  # "Zuzüglich zum Preis": an adverb here, "Plus zum Preis" is no
                    # German (safety review 267)
                if cited:
                    values["advice"] = ("Hier folgt ein Paragraf: Das ist wohl der Wortlaut "
                                        "des Gesetzes. Erklären Sie, was er bedeutet, statt "
                                        "das Wort zu tauschen.")
                if len(hit.tokens) == 1 and hit.tokens[0].tag_ == "ADJA" and e.replacements and all(
                        r in PREPOSITIONS for r in e.replacements):
                    # "die betreffende Person": the prepositions stand for "betreffend den …"
                    # (fresh set 42: "Einfacher: zu" before a noun); the note says what fits
                    values["advice"] = (list_tip(e) if e.note else
                                        "Vor einem Nomen passt keine Präposition; formulieren "
                                        "Sie den Satz um.")
                elif len(hit.tokens) == 1 and e.replacements and all(
                        unfit_before_noun(hit.tokens[0], r) for r in e.replacements):
                    values["advice"] = (f"Vor einem Nomen passt „{e.replacements[0]}“ nicht; "
                                        "formulieren Sie den Satz um.")
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


# how a body's name goes on to the word: "Amt für Grünflächen", "Fachdienst 23 – Liegenschaften"
_BODY_LINK = re.compile(r"\bfür\b|\d\s*[–-]\s")
# a name found by its head that runs on into the sentence: "Versicherung der Richtigkeit",
# "Außendienst im Wege der Ersatzvornahme"
_SENTENCE_LINK = re.compile(r"\b(?:der|des|dem|den|im|zur|zum|am|beim|vom)\b")


def _body_with_place(ctx: Context, hit: TermHit) -> bool:
    """The term is a body named with its place: "an: Amtskasse Spreewiesen, IBAN …"
    (findings review 45: the paying office's name, which a clerk cannot change)."""
    last = hit.tokens[-1]
    k = last.i + 1
    return (k < len(ctx.doc) and ctx.doc[k].text[:1].isupper()
            and (ctx.doc[k].tag_ == "NE" or PLACE_PAIR.match(ctx.doc[k].text) is not None)
            and ctx.protected.kind_at(last.idx, ctx.doc[k].idx + 1) == "Name"
            and is_org_word(last.text))


# a form's code: "V0800", "74-Z", "FD 53-LP-01"
_FORM_CODE = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Za-zÄÖÜ])[\w./-]+")


def _form_with_code(ctx: Context, hit: TermHit) -> bool:
    """The noun names a form by its code: "Vordruck 74-Z", "(Vordruck V0800)" (findings
    reviews 29-45: 0 of 4 worth; the form's name is the office's, not the clerk's)."""
    last = hit.tokens[-1]
    k = last.i + 1
    if last.tag_ != "NN" or k >= len(ctx.doc):
        return False
    code = ctx.doc[k].text
    return bool(_FORM_CODE.fullmatch(code)) or (
        code.isupper() and code.isalpha() and len(code) <= 4 and k + 1 < len(ctx.doc)
        and ctx.doc[k + 1].text[:1].isdigit())


def _in_body_name(ctx: Context, start: int, end: int) -> bool:
    """[start, end) is a later word of the name of an office or body, which a clerk cannot
    change: "Fachdienst 23 – Liegenschaften", "Amt für Grünflächen und Friedhofswesen"."""
    if in_firm_name(ctx.text, start, end):
        return True  # a firm's name: "Wohnstätten Niederrhein-Mitte GmbH" (review 203)
    s = ctx.protected.name_start(start, end)
    if s is None:
        return False
    before = ctx.text[s:start]
    if UNIT_NAME.match(ctx.text, s) is not None:
        return True  # "Fachbereich 67 Umwelt, Grünflächen und Friedhöfe"
    return _BODY_LINK.search(before) is not None and _SENTENCE_LINK.search(before) is None


_NEGATING = {"kein", "keine", "keinen", "keinem", "keiner", "keines"}


def _negated(t: Token) -> bool:
    """"keine aufschiebende Wirkung": an explanation in brackets would describe what does not
    apply, and read as if it did (findings review 34: "reads as if the ban need not be
    followed"); the message explains, nothing is inserted."""
    before = neighbour(t, -1)
    if before is not None and before.tag_ == "ADJA":
        before = neighbour(before, -1)
    return before is not None and before.lower_ in _NEGATING


def _known(ctx: Context, e: Entry) -> bool:
    """Every reader knows the entry here: always, or as the holder of a letter or form."""
    return e.known or (e.known_in_letters and ctx.holds_letter)
