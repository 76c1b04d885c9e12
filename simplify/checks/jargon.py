"""Abbreviations and § citations (word lists: ``checks/wordlist.py``; double negation:
``checks/negation.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..clauses import FINITE
from ..forms import article_fits, noun
from ..lexicon import TermHit
from ..rules import Rule
from .action_nouns import RULE_HEADS, TITLE_LINKS
from .base import NP_OPENERS, QUOTE_MARKS, Context, Match, check, replace_suggestion
from .citation_links import in_citation
from .citations import CITATION_PART
from .naming import named_short

EITHER = "“ oder „"  # between two quoted forms inside the message's „…“
# legal forms that close a firm's name, like "GmbH" (SIM-J009's ``legal_forms`` too; not
# "UG", which the list reads as "Untergeschoss")
LEGAL_FORMS = {"AöR", "eG", "GbR", "KdöR", "KG", "KGaA", "OHG", "PartG", "SE", "VVaG"}
# an adjective used as a noun takes the case of its place ("von Wasser und Ähnlichem"), which
# a list's one form cannot know (a blind safety review: "und Ähnliches" after "von")
_ADJECTIVE_NOUN = re.compile(r"[A-ZÄÖÜ]\w*(?:liches|eres|iges|ches)$")
# long forms that end like an adjective but take no ending: prepositions and adverbs
# ("zzgl. Porto" -> "zuzüglich Porto", "lt. Bescheid" -> "laut Bescheid")
# after a line's last abbreviation, the sentence goes on: a list item or a small letter
_GOES_ON = re.compile(r"[ \t]*\n\s*(?:[a-zäöü]|\(?[a-z0-9]{1,2}[.)][ \t]|[-–•▪][ \t])")


def _needs_ending(form: str, nxt: Token | None) -> bool:
    """The long form is an adjective whose ending the place decides, which a list's one form
    cannot know (blind safety reviews): before its noun, even without an article ("(sog.
    Übungsleiterpauschale)" -> "(sogenannt …)"), or used as a noun ("von Wasser u. Ä." ->
    "und Ähnliches", where the dative "Ähnlichem" is needed)."""
    last = form.split()[-1]
    if _ADJECTIVE_NOUN.match(last):
        return True
    # a participle standing for its noun: "ff." -> "und folgende" needs "folgenden" after
    # "der §§ 46, 49a" or "auf den Seiten 10" (safety review 40)
    if last[:1].islower() and last.endswith("nde"):
        return True
    # a present participle too: "lfd. Nr." -> "laufende Nummer", never "laufend Nr." (blind
    # safety review 23); the noun may be an abbreviation itself
    # (a name too: "(sog. S-Pedelecs)", safety review 31)
    # a capitalised word is a noun whatever its tag: quoted, HanTa may call it foreign
    # material ("sog. „Rohmessdaten“", safety review 36)
    if nxt is not None and nxt.tag_ in {"ADJD", "ADV"} and nxt.i + 1 < len(nxt.doc) \
            and nxt.doc[nxt.i + 1].tag_ == "ADJA":
        nxt = nxt.doc[nxt.i + 1]  # "sog. gemischt genutzte Wohnung" (safety review 45)
    # a truncated compound is a noun too: "der sog. „Reichsbürger- und …szene“" (review 71)
    # (a hyphenated compound too, whatever its tag: "sog. „Schwarz-Weiß-Prinzip“", review 125)
    noun_next = nxt is not None and (nxt.tag_ in {"NN", "NE", "ADJA", "TRUNC"} or (
        (nxt._.abbr or nxt.text.replace("-", "").isalpha()) and nxt.text[:1].isupper()))
    # a quoted phrase is a designation, whatever its first word: "(sog. „bekannt und
    # bewährt“)" -> "(sogenannt „bekannt …“)" lacks its ending (safety review 179)
    noun_next = noun_next or (nxt is not None and nxt.i > 0
                              and nxt.doc[nxt.i - 1].text in QUOTE_MARKS)
    return (last[:1].islower() and last.endswith(("t", "ig", "lich", "end"))
            and last not in NOT_DECLINED and noun_next and not _unit(nxt.text))


# prepositions whose case a plural without an article shows only in the dative: "zuzüglich
# Säumniszuschlägen", never "zuzüglich Säumniszuschläge" (safety review 76: the written-out
# form made the abbreviation's hidden error visible)
_CASE_PREPOSITIONS = {"zuzüglich", "abzüglich", "einschließlich", "ausschließlich",
                      "inklusive", "exklusive"}


def _case_shows(form: str, nxt: Token | None) -> bool:
    """The written-out preposition needs a dative plural the next noun does not have."""
    if form not in _CASE_PREPOSITIONS or nxt is None:
        return False
    if nxt.tag_ == "ADJA":
        # "abzgl. geleistete Vorauszahlungen": the adjective shows a case the preposition does
        # not take ("abzüglich geleisteter"; safety review 96)
        return nxt.lower_.endswith("e")
    if nxt.tag_ != "NN":
        return False
    found = noun(nxt.lemma_ or nxt.text)
    readings = found.analyses(nxt.text) if found is not None else set()
    return bool(readings) and all(n == "plural" for _, n in readings) \
        and ("dativ", "plural") not in readings


def _next_word(toks: list[Token], i: int) -> Token | None:
    """The token after ``toks[i]``, past an opening quotation mark: "(sog. „falsche
    Kontraindikationen“)" needs "sogenannte" as much as "sog. Kontraindikationen" does
    (safety review 35: "sogenannt „falsche …“")."""
    k = i + 1
    while k < len(toks) and (toks[k].text in QUOTE_MARKS or toks[k].is_space):
        k += 1
    return toks[k] if k < len(toks) else None


# currencies and units: "mtl. EUR brutto" is "monatlich EUR", an adverb
UNITS = {"EUR", "Euro", "Cent", "ct", "CHF", "USD", "DM", "Stunden", "Std.", "Tage",
         "Wochen", "Monate", "Jahre", "km", "kg", "qm", "ha", "m²", "m³", "kWh", "l"}


def _participle_before_unit(form: str, nxt: Token | None) -> bool:
    """A present participle before a unit's abbreviation: "lfd. m" is "laufende Meter", and
    "laufend m" is no German (safety review 80); the unit would have to be written out too."""
    return form.endswith("end") and nxt is not None and (nxt.text in UNITS or nxt.text in {
        "m", "cm", "mm", "lfm", "Stk."})


def _unit(word: str) -> bool:
    """A currency or unit after the abbreviation, no noun the written-out adjective would
    need an ending for. An other capitalised abbreviation is a noun: "Gelände ehem. LPG" must
    become "der ehemaligen LPG", never "ehemalig LPG" (safety review 59)."""
    return word in UNITS


_LABEL = re.compile(r"^(?:\d+[a-z]?|[a-zA-Z]\)?|[IVX]+)$")


def _several_labels(toks: list[Token], i: int) -> bool:
    """"Buchst. b und c", "Ziff. 2 bis 4": the abbreviation names several items and its
    written-out noun needs the plural ("Buchstaben"; safety review 66: "Buchstabe b und c")."""
    rest = [t.text for t in toks[i + 1: i + 4]]
    return (len(rest) == 3 and bool(_LABEL.match(rest[0])) and rest[1] in {"und", "oder", "bis",
                                                                           ",", "–", "-"}
            and bool(_LABEL.match(rest[2])))


NOT_DECLINED = {"abzüglich", "bezüglich", "einschließlich", "hinsichtlich", "laut", "zuzüglich",
                "mit", "heißt", "fort", "zurzeit"}


def _height_reference(toks: list[Token], i: int) -> bool:
    """"u." between a length and a reference level ("3,5 m u. GOK", "u. NN") reads "unter"."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return (i > 0 and toks[i - 1].text in {"m", "cm", "mm", "km"}) or (
        nxt.isupper() and nxt.isalpha() and len(nxt) >= 2)


@check("abbreviations")
def abbreviations(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Abbreviations to write out; in the Leichte-Sprache profile every abbreviation."""
    strict = ctx.profile.name in set(rule.params.get("all_in_profiles", []))
    defer_to = list(rule.params.get("defer_to", []))
    intros: dict[str, int] = {}  # where the text introduces a short form (naming.named_short)
    for s in ctx.sentences:
        deferred: set[int] | None = None  # looked up once, in sentences with an abbreviation
        for i, t in enumerate(s.tokens):
            e = ctx.lexicon.abbreviation(t)
            if e is None:
                continue
            if deferred is None:
                # a law's abbreviation ("SGB XII", "WoGG"): its own rule names the law
                deferred = {k for name in defer_to
                            for h in ctx.lexicon.find_terms(s.tokens, name)
                            for k in range(h.first, h.last + 1)}
            if i in deferred:
                continue
            if not strict and (not e.avoid or in_citation(s.tokens, i)
                               or _introduced(s.tokens, i, list(e.replacements))
                               or named_short(ctx.text, t, list(e.replacements), intros)):
                continue  # "Wohngeldgesetz (WoGG)" introduces the abbreviation: fine
            if _code_with_number(s.tokens, i):
                continue  # "Formular WBS 1": the form's code, not a word to write out
            if t.text in LEGAL_FORMS and i and s.tokens[i - 1].text[:1].isupper() and \
                    s.tokens[i - 1].tag_ in {"NN", "NE", "FM", "XY"}:
                continue  # "Runge & Sohn GbR": part of a firm's name (findings review 267)
            if e.replacements == ("und",) and _height_reference(s.tokens, i):
                continue  # "1,5 m u. GOK" is "unter Geländeoberkante" (safety review 104)
            nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            if len(t.text) == 2 and nxt is not None and len(nxt.text) == 2 \
                    and nxt.text[0].isalpha() and nxt.text[1] == ".":
                continue  # "u. ä.": one letter of an abbreviation the list does not hold
                # as written ("und ä.", safety review 46)
            # several written-out forms ("im Sinne des | im Sinne der"): the case decides,
            # so a person chooses; each is offered for review
            fulls = list(e.replacements) or [e.term]
            full = fulls[0]
            prev = s.tokens[i - 1] if i else None
            # "der o. g. Termin", "von ggf. weiteren Kosten": an expansion in front of a noun
            # would need an inflected adjective ("oben genannten"), which a list cannot give;
            # alternatives joined by "oder" are for a person to choose
            attributive = _attributive(s.tokens, i)
            several = _several_labels(s.tokens, i)  # "Buchst. b und c": needs the plural
            sugg = []
            ending = False  # a written-out form needs an ending only the sentence gives
            # "Flst.Nr.": glued to the next abbreviation, a swap writes "FlurstückNr." (safety
            # review 90); the finding stays, the writer re-spells the pair
            glued = nxt is not None and not t.whitespace_ and nxt.text[:1].isalnum()
            # alone in a table cell or on its line ("lfd. | Gesundheitsstörung", "Nr." on the
            # next line): a column's label, often split over two lines, whose written-out
            # adjective needs the ending of a noun a person sees (safety review 204: "laufend
            # Nr.")
            label = _alone_in_cell(ctx.text, t.idx, t.idx + len(t.text))
            for form in fulls if ctx.suggest and not glued else ():
                # "des SGB" -> "des Sozialgesetzbuch": the article shows a case the
                # written-out noun does not have; a person adds the ending
                case_breaks = prev is not None and article_fits(prev.lower_,
                                                                form.split()[-1]) is False
                # "mit dem ÖPNV" -> "mit dem öffentlicher Personennahverkehr": the list
                # writes the adjective in the nominative; after an article, possessive or
                # preposition its ending depends on the case, which a person checks
                # (a name that opens with an adjective too: "der DRV" -> "der Deutsche
                # Rentenversicherung", safety review 46)
                # right after a noun it is a genitive attribute: "Aufgabenträger ÖPNV" ->
                # "… öffentlicher Personennahverkehr" needs "des öffentlichen …" (review 67)
                inflects = (len(form.split()) > 1 and prev is not None
                            and prev.tag_ in NP_OPENERS | {"NN", "NE"}
                            and (form[:1].islower() or form.split()[0].endswith(
                                ("e", "er", "es", "en", "em"))))  # "der Europäischer …" (54)
                # "Anm. d. Red.": after another abbreviation the case of the written-out
                # form depends on that one ("der Redaktion"), which a person checks
                chained = prev is not None and prev.text.endswith(".") and len(prev.text) <= 6
                nxt_word = _next_word(s.tokens, i)
                if _needs_ending(form, nxt_word):
                    # "lfd. Nr." -> "laufend Nr.": the list's one form lacks the ending the
                    # noun needs, so even a person's click would write wrong German (findings
                    # reviews 211-226); the advice asks for the ending instead
                    ending = True
                    continue
                declines = (_case_shows(form, nxt_word)
                            or _participle_before_unit(form, nxt_word))
                safety = ("review" if attributive or case_breaks or inflects or len(fulls) > 1
                          or chained or declines or several or label or " oder " in form
                          else "safe")
                if len(form.split()) > 2 and prev is not None and prev.tag_ in {
                        "APPR", "APPRART", "ART"}:
                    continue  # "nach SGB XII" -> "nach Zwölftes Buch ...": the case breaks
                sugg.append(replace_suggestion(t.idx, t.idx + len(t.text), form,
                                               f"Ausschreiben: „{form}“", safety))
            # "ggf." -> "gegebenenfalls" is Amtsdeutsch itself: offer its plain form too
            plain = ctx.lexicon.plain_forms(full, rule.params.get("plain_from"))
            simpler = [replace_suggestion(t.idx, t.idx + len(t.text), form,
                                          f"Einfacher: „{form}“",
                                          "safe" if cleared and not attributive else "review")
                       for form, cleared in (plain if not glued else ())]
            if any(x.safe for x in simpler):
                # "50 v. H." -> "50 vom Hundert" writes Amtsdeutsch out in full; one click
                # gives the plain word ("50 Prozent"), the written-out form stays for a
                # person (findings reviews 68 and 174: "ignore 'vom Hundert', no better")
                sugg = simpler + [x.model_copy(update={"safety": "review"}) for x in sugg]
            else:
                sugg += simpler
            # several written-out forms are quoted one by one: „geboren“ oder „geborene“ (a
            # blind reviewer read „geboren oder geborene“ as one phrase to write)
            write = plain[0][0] if plain else EITHER.join(fulls)
            advice = f"Schreiben Sie „{write}“."
            if len(fulls) > 1 and not plain and e.note and e.note != "-":
                advice = f"Schreiben Sie „{write}“: {e.note}."  # which form where
            if not plain:
                # the written-out form is Amtsdeutsch too, with a tip but no plain word
                # ("beziehungsweise": say whether "oder" or "und" is meant; blind reviews 18
                # and 19 asked for "oder" rather than "beziehungsweise")
                tips = [e.note for e in ctx.lexicon.listed(full, rule.params.get("plain_from"))
                        if e.note and e.note != "-"]
                if tips:
                    advice = f"Auch „{full}“ ist Amtsdeutsch. Tipp: {tips[0]}."
                    # no suggestion the message calls Amtsdeutsch ("beziehungsweise"; review
                    # 21: "the suggestion contradicts the tip")
                    sugg = [x for x in sugg if x.replacement not in fulls]
            if ending and not sugg and advice == f"Schreiben Sie „{write}“.":
                advice = f"Schreiben Sie „{write}“ aus, mit der Endung, die der Satz braucht."
            if i >= 2 and prev is not None and prev.lower_ == "und" \
                    and s.tokens[i - 2].lower_ == "ob":
                # "ob und ggf. welche": "if so", never "if needed" (findings review 54)
                sugg = []
                advice = f"„ob und {t.text}“ heißt „ob und, wenn ja, …“: Schreiben Sie es so."
            end = t.idx + len(t.text)
            if i == len(s.tokens) - 1 and t.text.endswith(".") and _GOES_ON.match(ctx.text, end):
                # "…, d. h.\n a) …": the sentence goes on in a list; whether the stop ends
                # anything is the writer's call (safety review 69: "das heißt." before the list)
                sugg = []
            elif t.text.endswith(".") and ((i == len(s.tokens) - 1 and any(
                    x.tag_ in FINITE for x in s.tokens)) or _stop_ends_clause(s.tokens, i)):
                # "50 v. H. Außerdem …": the abbreviation's stop ends the sentence too, and
                # stays when the words are written out (safety review 56); a line without a
                # verb has no stop of its own ("[ ] mtl. [ ] jährl.", safety review 60)
                sugg = [x.model_copy(update={"replacement": x.replacement + "."}) for x in sugg]
            yield Match(t.idx, t.idx + len(t.text),
                        {"abbr": t.text, "full": EITHER.join(fulls), "write": write,
                         "advice": advice},
                        suggestions=sugg, entry=e, sentence=s.index,
                        softer=e.hint or ctx.protected.in_label(t.idx, t.idx + len(t.text)))




def _stop_ends_clause(toks: list[Token], i: int) -> bool:
    """The abbreviation's stop ends a sentence that the sentence splitter ran on: "… um 50 v.
    H. Fahrradabstellplätze können nicht …" (safety review 226: "50 Prozent
    Fahrradabstellplätze" lost the stop): a finite verb before it, and a capitalised word
    next with a finite verb right after, in the second place of a new sentence."""
    return (i + 1 < len(toks) and toks[i + 1].text[:1].isupper()
            and any(x.tag_ in FINITE for x in toks[:i])
            and any(x.tag_ in FINITE for x in toks[i + 2:i + 4]))


def _code_with_number(toks: list[Token], i: int) -> bool:
    """An abbreviation with a number after it is a code: "Formular WBS 1", "Vordruck SB 2"
    (a blind safety review on fresh texts: "Formular Wohnberechtigungsschein 1" is a name the
    form does not carry)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.text[:1].isdigit() and toks[i].text.isupper()


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """Nothing but spaces between the span and the cell's or line's bounds ("|", newline)."""
    before = text[max(text.rfind("\n", 0, start), text.rfind("|", 0, start)) + 1:start]
    ends = [k for k in (text.find("\n", end), text.find("|", end)) if k != -1]
    after = text[end:min(ends) if ends else len(text)]
    return not before.strip() and not after.strip()


def _attributive(toks: list[Token], i: int) -> bool:
    """Token i stands inside a noun phrase, between its article (or preposition) and its
    adjective or noun: "der o. g. Termin", "von ggf. weiteren Kosten"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1] if i else None
    return (nxt is not None and prev is not None and prev.tag_ in NP_OPENERS
            and nxt.tag_ in {"ADJA", "NN", "CARD"})


def cited_document(hit: TermHit) -> bool:
    """The term names the document a § citation points into: "gemäß § 4 Abs. 2 der Satzung",
    "nach § 3 der Hundesteuersatzung", or a statute by its title or itself ("Satzung über die
    Erhebung …", "diese Satzung"). A reader does not need it explained there (blind reviews
    20 and 21: "the word sits in a legal citation", "inserting a definition into the
    statute's own self-reference is pointless")."""
    toks = hit.tokens[0].doc
    if sum(map(str.isupper, hit.tokens[0].text)) > 1:
        return False  # a law's abbreviation ("des BGB"): its own rule asks for the name
    first, last = hit.tokens[0], hit.tokens[-1]
    if last.lower_.endswith(RULE_HEADS) and (
            (first.i > 0 and toks[first.i - 1].lower_ in {"diese", "dieser", "dieses"})
            or _titled(toks, last.i + 1)):
        # a statute's title or its self-reference: "Satzung über …", "Satzung der Stadt
        # Neustadt über …", "diese Satzung"
        return True
    k = hit.tokens[0].i - 1
    if k < 1 or toks[k].lower_ not in {"der", "des", "dieser", "dieses"}:
        return False
    k -= 1
    seen = 0
    while k >= 0 and seen < 10 and CITATION_PART.match(toks[k].text):
        if toks[k].text in {"§", "§§", "Art.", "Artikel"}:
            return True
        k, seen = k - 1, seen + 1
    return False


TITLE_REACH = 7  # words from a rule's name to the "über" of its title


def _titled(doc: Doc, k: int) -> bool:
    """From position k the rest of a rule's title: "über …", or "der Stadt Neustadt über …"
    (a name in the genitive first, no verb)."""
    for t in doc[k: k + TITLE_REACH]:
        if t.lower_ in TITLE_LINKS:
            return True
        if t.tag_ not in {"ART", "NN", "NE", "ADJA"}:
            return False
    return False


INTRODUCERS = {"kurz", ":", "im", "folgenden", "nachfolgend", "abgekürzt"}


def _introduced(toks: list[Token], i: int, fulls: list[str]) -> bool:
    """The abbreviation is introduced in brackets after its full form: "Wohngeldgesetz
    (WoGG)", "(kurz: WoGG)", "Gemeindeordnung für den Freistaat Bayern (GO)". An abbreviation
    among other words in brackets ("(Name, ggf. Geburtsname)") is used, not introduced."""
    if i + 1 >= len(toks) or toks[i + 1].text != ")":
        return False
    k = i - 1
    while k >= 0 and toks[k].lower_ in INTRODUCERS:
        k -= 1
    if k < 1 or toks[k].text != "(":
        return False
    before = toks[k - 1]  # the full form's last word: a noun with the abbreviation's initial
    if before.tag_ in {"NN", "NE"} and before.lower_[:1] == toks[i].lower_[:1]:
        return True
    # the full form's head a few words before, with a name after it (a safety review on fresh
    # texts: "… für den Freistaat Bayern (GO)" became "(Gemeindeordnung)")
    # in any case: "des Bundesamts für Migration und Flüchtlinge (BAMF)" (safety review 16)
    heads = {f.split()[0].casefold() for f in fulls if f}
    return any(t.lower_.startswith(h) and len(t.lower_) - len(h) <= 2
               for t in toks[max(0, k - INTRO_REACH): k] for h in heads)


INTRO_REACH = 6  # words between a full form's head and the bracket with its abbreviation
