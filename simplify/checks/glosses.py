"""Where a text already explains a term of art, or needs no explanation for it.

The explain-mode word lists (SIM-J006 terms of art) ask for an explanation on a term's first
use. The writer may have given one already:

* in brackets right after the term ("Bescheid (Brief vom Amt …)"), unless the brackets only
  cite a law or give an abbreviation;
* as a short name in brackets after a description ("… nicht deckt (Abweisung mangels
  Masse)", "innerhalb von 30 Monaten (der sogenannten Rahmenfrist)");
* in the same sentence, by an apposition ("X, also …", "X, das heißt …"), a definition
  ("X bedeutet …", "X ist ein …", "X: die Zeit, in der …"), or the term as the name of a
  description ("… spricht man von einer X", "mit X ist … gemeint", "unter X versteht man …");
* in the next sentence ("Das heißt …", "Gemeint ist …", "Der Bescheid ist ein Brief …"), or
  for a period by what happens in it ("… tritt eine Sperrzeit ein. In dieser Zeit …");
* by the answer to a question that asks for it ("Was ist eine Sperrzeit?").

"Der Bescheid ist rechtskräftig" is no definition: after "ist" a definition has a noun phrase
(an article or determiner), never a bare adjective.

A term inside the name of an office ("Landesamt für Ausbildungsförderung") needs no
explanation: the name is fixed and the reader looks for the office, not the term.

A term in a heading is explained where the text below the heading takes it up and explains
it ("### Versorgungsausgleich", then "… wird der Versorgungsausgleich (Ausgleich der
Rentenansprüche) eingeleitet"); blind reviews called the heading's finding noise then. Where
the text below does not explain it, the heading keeps its finding: editors mark a term at its
first use, and that is the heading ("Lernförderung = Nachhilfe; explain").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..clauses import neighbour
from ..lexicon import TermHit
from .base import Context
from .naming import named_here
from .roles import ADDRESS, is_role_noun

# a bracket that opens with a § citation or an abbreviation ("SGB II", "BAföG")
CITATION_START = re.compile(r"\s*[(\[]\s*(?:§|Art\.|Artikel\b|[A-ZÄÖÜ]{2,})")
# a bracket of examples or references names no description: "(zum Beispiel Wohngeld)"
_NOT_A_NAME = re.compile(r"^\s*(?:z\.\s?B\.|zum Beispiel|beispielsweise|etwa|wie|u\.\s?a\.|"
                         r"unter anderem|vgl\.|siehe|insbesondere|§|Art\.|auch|oder|und)",
                         re.I)
NAME_BRACKET_WORDS = 4  # "(Abweisung mangels Masse)": a short name, no explanation
BRACKET_REACH = 60  # characters around the term in which its bracket opens or closes

_ARTICLES = r"der|die|das|den|dem|des|ein|eine|einer|einen|eines|einem"
_ARTICLE = rf"(?:(?:{_ARTICLES})\s+)"
# right after the term: an apposition or a definition
_GLOSS_AFTER = re.compile(
    r"^\s*(?:,\s*(?:also|das heißt|d\.\s?h\.|das sind|das ist|sprich|gemeint ist)\b"
    r"|[–—-]\s+(?:also|das heißt|d\.\s?h\.|das sind|das ist)\b"
    r"|(?:bedeutet|bedeuten|meint|heißt|heißen)\b(?!\s+(?:Sie|es|das|nicht|für|auch)\b)"
    r"|[“”\"«»]?\s*(?:genannt|bezeichnet)\b)", re.I)
# "X ist/sind" + a noun phrase: a definition only where the term opens the sentence
# (a class: "ist ein Brief …"; or a definite noun with a relative clause: "ist die Zeit, in
# der …"). "Ihr Aufenthaltszweck ist das Studium" gives a value, not a meaning.
_IS_DEFINITION = re.compile(
    r"^\s*(?:ist|sind)\s+(?:(?:ein|eine|einer|eines|so etwas wie|jede[rs]?|alle)\s"
    r"|(?:der|die|das)\s+(?:\w+\s+)?\w+\s*,\s*(?:\w+\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|welche[rs]?|wo|wenn)\b)", re.I)
# "Rahmenfrist: die Zeit, in der …" (a noun phrase after the colon, not a form field)
_COLON_DEFINITION = re.compile(rf"^\s*:\s*(?:{_ARTICLES}|das ist|das sind)\s+\w+", re.I)
# right before the term: the term is what a description is called. Not "…; dies sind X":
# an editor still wanted "Sonderkündigungsrechte" explained after such a clause, whose own
# words were legal terms, and two reviewers called the finding debatable, not noise
_NAMED_BEFORE = re.compile(
    r"(?:\bspricht man von|\bnennt man|\bbezeichnet man (?:das |dies |sie |es )?als)\s+"
    + _ARTICLE + r"?(?:so ?genannte[nrs]?\s+)?[„\"»]?$", re.I)
# a condition that says what the term covers: "Wenn Sie sich online oder telefonisch
# anmelden, handelt es sich um einen Fernabsatzvertrag" (findings review 84: "the sentence
# already defines the term")
_NAMED_BY_CONDITION = re.compile(
    r"^\s*(?:Wenn|Falls|Sofern)\b[^.;]*,\s*handelt es sich (?:dabei |hierbei )?um\s+"
    + _ARTICLE + r"?(?:so ?genannte[nrs]?\s+)?[„\"»]?$", re.I)
_MEANT_BEFORE = re.compile(r"\b(?:mit|unter)\s+" + _ARTICLE + r"?$", re.I)
_MEANT_AFTER = re.compile(r"\b(?:gemeint|versteht man|verstanden)\b", re.I)
# the next sentence explains the term
_GLOSS_NEXT = re.compile(
    r"^\s*(?:(?:das|dies)\s+(?:heißt|bedeutet)\b|gemeint (?:ist|sind)\b"
    r"|(?:damit|hiermit|dabei) (?:ist|sind)\b.*\bgemeint\b)", re.I)
# a period explained by what happens in it: "… tritt eine Sperrzeit ein. In dieser Zeit zahlen
# wir kein Arbeitslosengeld." (blind review 25 called the finding noise)
_PERIOD_NEXT = re.compile(
    r"^\s*(?:in|während)\s+(?:dieser|der)\s+(?:Zeit|Frist|Phase)\b"
    r"|^\s*(?:in|während)\s+diese[ms]\s+Zeitraum(?:s|es)?\b", re.I)
# the sentence asks what the term is, the text answers ("Was ist eine Sperrzeit?", review 25)
_QUESTION_BEFORE = re.compile(
    r"\b(?:was|wofür)\s+(?:ist|sind|bedeutet|bedeuten|heißt|meint|steht)\s+"
    + _ARTICLE + r"?(?:\w+\s+)?$"
    r"|\bwas\s+versteht\s+man\s+unter\s+" + _ARTICLE + r"?(?:\w+\s+)?$", re.I)
_THAT_NEXT = re.compile(r"^\s*(?:das|dies|diese[rs]?)\s+(?=ist|sind)", re.I)
# what may stand before a term that opens a definition: an article, an adjective, markup
# ("Ihr Aufenthaltszweck ist …" speaks of one case, no definition)
_OPENERS = {"ART", "ADJA", "$(", "$,"}


# a short quoted label between the term and its brackets: „G“, „aG“, „Anlage K“
_QUOTED_LABEL = re.compile(r"[ \t]*[„\"»][^„“”\"«»\n]{1,12}[“”\"«]")


def explained_in_brackets(text: str, end: int, qualifier: Callable[[str], bool] | None = None
                          ) -> bool:
    """Brackets right after the term explain it, unless they only cite a law or give an
    abbreviation ("Kinderzuschlag (§ 6b BKGG)", "Bürgergeld (SGB II)"), or hold one word for
    which ``qualifier`` says it explains nothing: another term of art ("Rechtsmittel
    (Rechtsbehelfsbelehrung)"). A plainer name is an explanation ("Zulassungsbescheinigung
    Teil I (Fahrzeugschein)")."""
    label = _QUOTED_LABEL.match(text, end)
    if label is not None:
        end = label.end()  # "das Merkzeichen „aG“ (außergewöhnliche Gehbehinderung)": review 37
    after = text[end: end + 3].lstrip()
    if not after.startswith(("(", "[")):
        return False
    if CITATION_START.match(text, end) is not None:
        return False
    opening = text.find(after[0], end)
    word = text[max(0, end - 40):end].split()[-1:] or [""]
    if (sum(map(str.isupper, word[0])) > 1
            and _NOT_A_NAME.match(text[opening + 1: opening + 31])):
        return False  # "Art. 9 DSGVO (z. B. Angaben …)": examples never name a law
    if qualifier is not None:
        closing = text.find(")" if after[0] == "(" else "]", opening, opening + BRACKET_REACH)
        inside = text[opening + 1: closing].strip() if closing > 0 else ""
        if inside and len(inside.split()) == 1 and qualifier(inside.strip(".,;:")):
            return False
    return True


def named_after_description(text: str, start: int, end: int) -> bool:
    """The term stands in a short bracket that names what the sentence has just described:
    "(Abweisung mangels Masse)", "(der sogenannten Rahmenfrist)"; not a bracket of examples
    ("(zum Beispiel Wohngeld, Kinderzuschlag)") nor a longer aside."""
    open_at = text.rfind("(", max(0, start - BRACKET_REACH), start)
    if open_at < 0 or ")" in text[open_at:start]:
        return False
    close_at = text.find(")", end, end + BRACKET_REACH)
    if close_at < 0 or "(" in text[end:close_at]:
        return False
    inside = text[open_at + 1: close_at]
    if CITATION_START.match(text, open_at):
        return False  # "Bürgergeld (SGB II)": a citation, the abbreviation is no name
    if "," in inside or ";" in inside or _NOT_A_NAME.match(inside):
        return False
    if open_at == 0 or not text[:open_at].strip():
        return False  # a bracket with nothing before it describes nothing
    return len(inside.split()) <= NAME_BRACKET_WORDS


def in_truncated_pair(hit: TermHit) -> bool:
    """The term closes a coordination of truncated compounds ("Verwaltungs-, Sozial- und
    Finanzgerichten"): an explanation of the last compound would not fit the others."""
    first = hit.tokens[0]
    conjunction = neighbour(first, -1)
    if conjunction is None or conjunction.lower_ not in {"und", "oder", "sowie", "bzw."}:
        return False
    before = neighbour(conjunction, -1)
    if before is None:
        return False
    return len(before.text) > 2 and before.text.endswith("-")


def glossed(ctx: Context, s_index: int, hit: TermHit) -> bool:
    """The sentence or the next one explains the term (see the module docstring)."""
    s = ctx.sentences[s_index]
    before = ctx.text[s.start:hit.start]
    after = ctx.text[hit.end:s.end]
    if _GLOSS_AFTER.match(after) or _NAMED_BEFORE.search(before) \
            or _NAMED_BY_CONDITION.match(before):
        return True
    if _QUESTION_BEFORE.search(before) and after.strip() == "?":
        return True
    if _MEANT_BEFORE.search(before) and _MEANT_AFTER.search(after):
        return True
    opens = all(t.tag_ in _OPENERS for t in s.tokens if t.i < hit.tokens[0].i)
    if opens and (_IS_DEFINITION.match(after) or _COLON_DEFINITION.match(after)):
        return True
    if s_index + 1 >= len(ctx.sentences):
        return False
    nxt = ctx.sentences[s_index + 1]
    following = ctx.text[nxt.start:nxt.end]
    if _GLOSS_NEXT.match(following) or _PERIOD_NEXT.match(following):
        return True
    last_noun = not any(t.tag_ in {"NN", "NE"} for t in s.tokens if t.i > hit.tokens[-1].i)
    that = _THAT_NEXT.match(following)
    if last_noun and that and _IS_DEFINITION.match(following[that.end():]):
        return True  # "Sie erhalten einen Bescheid. Das ist ein Brief, in dem …"
    return _defined_next(nxt.tokens, hit.tokens)


def _defined_next(tokens: list[Token], term: tuple[Token, ...]) -> bool:
    """The next sentence opens with the term and defines it: "Der Bescheid ist ein Brief …",
    "Die Rahmenfrist bedeutet …", "Grob fahrlässig heißt: …" (findings review 174)."""
    keys = [{t.lower_, (t.lemma_ or t.text).casefold()} for t in term]
    n = len(keys)
    for k, t in enumerate(tokens):
        if t.tag_ in _OPENERS:
            continue
        if k + n + 1 >= len(tokens) or not all(
                {tokens[k + m].lower_, (tokens[k + m].lemma_ or tokens[k + m].text).casefold()}
                & keys[m] for m in range(n)):
            return False
        verb, nxt = tokens[k + n], tokens[k + n + 1]
        if verb.lower_ in {"bedeutet", "bedeuten", "heißt", "meint"}:
            return True
        return verb.lower_ in {"ist", "sind"} and nxt.tag_ in {"ART", "PIAT"}
    return False


SECTION_SENTENCES = 3  # running-text sentences under a heading that may take up its term


def explained_below(ctx: Context, s_index: int, hit: TermHit, list_name: str) -> bool:
    """The term stands in a heading or label, and the running text right below it uses the
    term again and explains it there ("### Versorgungsausgleich", then "… wird der
    Versorgungsausgleich (Ausgleich der Rentenansprüche) eingeleitet")."""
    if not ctx.protected.in_label(hit.start, hit.end):
        return False
    seen = 0
    for s in ctx.sentences[s_index + 1:]:
        if ctx.protected.in_label(s.start, s.end):
            if seen:
                return False  # the next heading: the section has ended
            continue
        seen += 1
        for other in ctx.lexicon.find_terms(s.tokens, list_name):
            if other.entry.term == hit.entry.term:
                return (explained_in_brackets(ctx.text, other.end)
                        or named_after_description(ctx.text, other.start, other.end)
                        or named_here(ctx.text, other.start)
                        or glossed(ctx, s.index, other))
        if seen >= SECTION_SENTENCES:
            return False
    return False


@lru_cache(maxsize=1024)
def _full_name(name: str) -> re.Pattern[str]:
    """"Zwölftes Buch Sozialgesetzbuch" in any case: "nach dem Zwölften Buch …". Each word
    of four letters or more may change its ending (up to two letters; "des Bürgerlichen
    Gesetzbuches" adds "es" to "Gesetzbuch", findings review 63)."""
    parts = []
    for w in name.casefold().split():
        stem = re.escape(w[:-2] if len(w) >= 6 else w[:-1] if len(w) >= 4 else w)
        parts.append(stem + r"\w{0,4}" if len(w) >= 4 else stem)
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


def named_in_full(name: str, folded: str) -> bool:
    """The text (case-folded) names ``name`` somewhere, in any inflected form."""
    return name.casefold() in folded or _full_name(name).search(folded) is not None


_COORDINATORS = {",", "und", "oder", "bzw.", "beziehungsweise", "sowie", "/"}
SIBLING_REACH = 4  # tokens between the word and its coordinated neighbour
# a preposition, a subordinator or a finite verb between opens another phrase: "so genau wie
# möglich, einschließlich etwaiger Einschränkungen" coordinates nothing (findings review 314)
_PHRASE_OPENERS = {"APPR", "APPRART", "APPO", "KOUS", "VVFIN", "VAFIN", "VMFIN"}


def sibling_is_replacement(hit: TermHit, tokens: list[Token]) -> bool:
    """The plain word the list offers stands coordinated beside the listed one: "erlaubt,
    gestattet oder geduldet" names three legal statuses, and "erlaubt" for "gestattet" would
    erase the difference (blind review 13 called the swap harmful)."""
    plain = {r.casefold() for r in hit.entry.replacements if " " not in r}
    if not plain:
        return False
    lo, hi = max(0, hit.first - SIBLING_REACH), min(len(tokens), hit.last + SIBLING_REACH + 1)
    for k in range(lo, hi):
        if hit.first <= k <= hit.last:
            continue
        t = tokens[k]
        if (t.lemma_ or t.text).casefold() not in plain and t.lower_ not in plain:
            continue
        between = tokens[min(k, hit.last) + 1: max(k, hit.first)]
        if any(b.lower_ in _COORDINATORS for b in between) and not any(
                b.tag_ in _PHRASE_OPENERS for b in between):
            return True
    return False


def in_office_name(ctx: Context, hit: TermHit) -> bool:
    """The term is part of a longer name of an office or body ("Landesamt für
    Ausbildungsförderung", found by ``protect.find_protected``)."""
    return ctx.protected.inside_name(hit.start, hit.end)


def attribute_after(tokens: tuple[Token, ...]) -> Token | None:
    """The attributive adjective or question word right after a one-word adverb hit
    ("gegebenenfalls vorhandene Unterlagen", "ob und gegebenenfalls welche": findings review
    318): the adverb belongs to it, and a clause for the adverb ("wenn nötig") does not fit."""
    if len(tokens) != 1 or tokens[0].tag_ not in {"ADV", "ADJD"}:
        return None
    nxt = neighbour(tokens[0], 1)
    return nxt if nxt is not None and nxt.tag_ in {"ADJA", "PWAT", "PWS", "PWAV"} else None


_BRACKET_OPEN = re.compile(r"\(\s*(?:(?:der|die|das|sog\.|sogenannte[nrs]?)\s+)?$", re.I)


def bracket_is_the_name(text: str, start: int, end: int) -> bool:
    """The term is all a bracket after a description holds: "Bauwerke (bauliche Anlagen)",
    the plain word first and the official one for reference; not "(sofern bekannt)"."""
    return (bool(_BRACKET_OPEN.search(text, max(0, start - 20), start))
            and text[end:end + 2].lstrip().startswith(")")
            and named_after_description(text, start, end))


# a number or code right after a noun makes it the name of a numbered thing: "Formblatt 3",
# "Anlage 2", "Abschnitt C", "Vordruck GewA 1", "Formular W-12" (a year is no number of a name)
_NUMBERED = re.compile(r"[ \t\xa0]+(?:[A-ZÄÖÜ][A-Za-zäöü]{0,4}[A-ZÄÖÜ][ \t\xa0]+)?"
                       r"(?!(?:19|20)\d\d\b)(?:[A-Z]{1,3}-)?(?:\d+[a-z]?|[A-Z]|[IVX]+)"
                       r"(?=[\s)(:;,.]|$)")


# a form's code with a hyphen: "StA-B 4", "M-51V", "Z-10/3", "StA-E5"
_FORM_CODE = re.compile(r"[ \t\xa0]+[A-Za-zÄÖÜäöü]{1,5}-[A-Za-z0-9]{1,6}(?:/\d+)?"
                        r"(?:[ \t\xa0]\d+[a-z]?)?(?=[\s)(:;,.]|$)")
# a unit after the number: an amount ("Frist 14 Tage"), no name
_UNIT = re.compile(r"(?:Euro|EUR|Tage?n?|Wochen?|Monate?n?|Jahre?n?|Prozent|Stunden?|Minuten?"
                   r"|Uhr|Personen|Seiten|Stück)\b")
# words for documents and their parts, which a number makes a name
DOCUMENT_PARTS = ("blatt", "vordruck", "formular", "anlage", "anhang", "abschnitt", "muster",
                  "bogen", "teil", "feld", "zeile", "spalte", "ziffer", "beilage")


def numbered_name(text: str, start: int, end: int) -> bool:
    """The word names a numbered form, annex or section ("Formblatt 3", "siehe Anlage 2."), here
    or elsewhere in the text ("im Formblatt" after "Formblatt 124", safety review 58): a swap
    would rename it. Documents only ("Zimmer 12" is still room 12); "3 kg" is an amount."""
    word = text[start:end]
    if not word.casefold().endswith(DOCUMENT_PARTS):
        return False
    if _FORM_CODE.match(text, end):
        return True  # "Vordruck StA-B 4", "Vordruck M-51V", "Vordruck Z-10/3" (reviews 26-34)
    m = _NUMBERED.match(text, end)
    if m is not None and _UNIT.match(text[m.end(): m.end() + 16].lstrip()) is None:
        return True
    return re.search(rf"(?<!\w){re.escape(word)}[ \t]+\d", text) is not None


def adjective_for_noun(hit: TermHit) -> bool:
    """The entry has a noun made from an adjective ("des Weiteren", "im Einzelnen"), and the
    text has the adjective before its noun: "zur Prüfung des weiteren Anspruchs" is no
    "außerdem" (a blind safety review on fresh texts found "Zur Prüfung außerdem Anspruchs")."""
    # a verb's infinitive that is also an adjective's form: "im zeitigen Frühjahr" (early
    # spring) is no "zeitigen" (to bring about; findings review 51)
    t = hit.tokens[0]
    if len(hit.tokens) == 1 and t.tag_ == "ADJA" and t.lower_ == hit.entry.term and \
            t.i > 0 and t.doc[t.i - 1].tag_ in {"ART", "APPRART", "PDAT", "PPOSAT", "PIAT"}:
        return True  # after its determiner: the tagger alone mistakes "zeitigen erste" too
    words = hit.entry.term.split()[1:]  # the first word may be capitalised as the sentence start
    return any(t.tag_ == "ADJA" and t.text[:1].islower()
               and any(w[:1].isupper() and w.casefold() == t.lower_ for w in words)
               for t in hit.tokens)


_POLITE = re.compile(r"\b(?:" + "|".join(sorted(ADDRESS)) + r")\b")


def person_clash(tokens: list[Token], explanation: str, addressed: bool) -> bool:
    """An explanation that speaks to the reader ("Person, der Sie Geld schulden") inserted
    into a sentence about someone in the third person ("Der Schuldner muss dem Gläubiger …")
    mixes two points of view (blind review 7); the message still explains. In a text that
    speaks to its reader a sentence without "Sie" is still addressed to them ("Der Bescheid
    ist bestandskräftig"), unless it names a person by a role noun."""
    if not _POLITE.search(explanation):
        return False
    if any(t.text in ADDRESS and (addressed or t.i > t.sent.start) for t in tokens):
        return False
    if any(t.lower_ in FIRST_PERSON for t in tokens):
        return True  # "Mir ist bekannt, dass ich … glaubhaft mache": the signer speaks
    return not addressed or any(is_role_noun(t) for t in tokens)


FIRST_PERSON = {"ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "meines"}


def glossed_after(toks: list[Token], j: int) -> bool:
    """A bracket at j, right after the acronym (or the compound with it), holding a German noun
    group: "WPC (Holz-Kunststoff-Verbundwerkstoff)", "WPC-Elementen (…)". It explains a foreign
    acronym whose letters the German words cannot give (findings review 222)."""
    if j >= len(toks) or toks[j].text != "(":
        return False
    inner: list[Token] = []
    for t in toks[j + 1: j + 8]:
        if t.text == ")":
            break
        inner.append(t)
    else:
        return False
    return (bool(inner) and inner[0].tag_ in {"NN", "NE", "ADJA"} and inner[0].text[:1].isupper()
            and len(inner[0].text) >= 8 and all(t.is_alpha or "-" in t.text for t in inner))
