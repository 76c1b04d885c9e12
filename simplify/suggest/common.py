"""Shared by the sentence rewrites: noun phrases, cases, joining words, who the reader is."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.tokens import Token

from ..checks.base import GENITIVE_OPENERS, Context, SentenceView
from ..checks.citations import LAW_NAME, after_cited_attribute
from ..checks.legal_wording import enacted_rule
from ..forms import article_fits, noun
from ..linebreaks import doc_text
from ..report import Finding, Suggestion
from .markers import MARKER, marker_count, marker_prefix

Generator = Callable[[Context, Finding, SentenceView], list[Suggestion]]

DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT"}
NP_INNER = {"ADJA", "ADV", "CARD", "ADJD"}
FINITE = {"VVFIN", "VAFIN", "VMFIN"}
# "/" joins words as written: "PDF/A", "und/oder" ("PDF / A" renamed a format; review 259)
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "“", "”", "…", "/"}
NO_SPACE_AFTER = {"(", "„", "‚", "/"}
# Nominative -> accusative for determiners whose gender the form itself shows.
ACCUSATIVE = {"der": "den", "dieser": "diesen", "jeder": "jeden", "jener": "jenen"}
UNCHANGED = {"die", "das", "diese", "dieses", "jedes", "jede", "alle", "ihre", "unsere",
             "keine", "seine", "eine"}
DEFINING = {"nennen", "bezeichnen", "heißen", "verstehen", "sprechen"}
AGENTS = {("von", "uns"): "wir", ("durch", "uns"): "wir", ("von", "ihnen"): "Sie"}


def join(parts: list[str]) -> str:
    """Join words with spaces, but not before punctuation or after opening quotes."""
    out = ""
    for p in parts:
        if not p:
            continue
        if out and p not in NO_SPACE_BEFORE and out[-1] not in NO_SPACE_AFTER:
            out += " "
        out += p
    return out


# a list item's label ("b) Die Voraussetzungen …", "(iv) …"): not a word to capitalise
_LIST_LABEL = re.compile(r"^\(?[a-z]{1,4}\)\s")


def cap(text: str) -> str:
    if _LIST_LABEL.match(text):
        return text  # "b)" had become "B)" (findings review 62)
    return text[:1].upper() + text[1:]


def _noun_phrase_end(toks: list[Token], i: int) -> int | None:
    """End (exclusive) of a noun phrase starting at i: [determiner] adjectives* noun."""
    j = i
    if j < len(toks) and toks[j].tag_ in DETERMINERS:
        j += 1
    while j < len(toks) and toks[j].tag_ in NP_INNER:
        j += 1
    if j < len(toks) and toks[j].tag_ in {"NN", "NE"}:
        return j + 1
    return None


def _head_end(np: list[Token]) -> int:
    """Index after the head noun of a noun phrase (genitive attributes follow it)."""
    return next((k + 1 for k, t in enumerate(np) if t.tag_ in {"NN", "NE"}), len(np))


def _with_genitives(toks: list[Token], j: int) -> int:
    """Extend a noun phrase ending at j by genitive attributes ("des Ausweises")."""
    while j < len(toks) and toks[j].lower_ in GENITIVE_OPENERS:
        k = _noun_phrase_end(toks, j)
        if k is None:
            break
        j = k
    return j


def _masculine_object(np: list[Token], words: list[str], head: int) -> None:
    """A weak masculine noun takes its ending as an object: "der Familienname" -> "den
    Familiennamen", "der Kunde" -> "den Kunden" (german-nouns paradigms; a blind safety
    review saw "Tragen Sie den Familienname … ein")."""
    t = np[head - 1]
    paradigm = noun(t.text) if t.tag_ == "NN" else None
    if paradigm is None or paradigm.gender != "m":
        return
    if t.text == paradigm.form("nominativ", "singular"):
        words[head - 1] = paradigm.form("akkusativ", "singular") or t.text


MASC_INDEF = {"ein": "einen", "kein": "keinen", "ihr": "ihren", "unser": "unseren",
              "sein": "seinen", "mein": "meinen"}


def _strong_masculine(np: list[Token], words: list[str], head: int, adjs: list[int]) -> bool:
    """A masculine noun with adjectives and no article: "vorläufiger Rechtsschutz" becomes
    "vorläufigen Rechtsschutz" as an object (safety review 139 saw "Sie können vorläufiger
    Rechtsschutz beantragen"). False if the noun's gender or number is not known to be
    masculine singular: "-er" then may be a genitive or dative."""
    t = np[head - 1]
    paradigm = noun(t.text) if t.tag_ == "NN" else None
    if paradigm is None or paradigm.gender != "m" or \
            t.text != paradigm.form("nominativ", "singular"):
        return False
    for k in adjs:
        if words[k].endswith("er"):
            words[k] = words[k][:-2] + "en"
    _masculine_object(np, words, head)
    return True


def _accusative(np: list[Token]) -> list[str] | None:
    """The noun phrase as a sentence-internal accusative object, or None if unsure. Only the
    head phrase changes; genitive attributes after the head keep their form."""
    words = [t.text for t in np]
    first = np[0]
    low = first.lower_
    head = _head_end(np)
    if first.tag_ == "ART" and np[head - 1].tag_ == "NN" and article_fits(
            low, np[head - 1].text, "nominativ") is False:
        # "ist der Schule eine Entschuldigung vorzulegen": "der Schule" is no subject (a
        # dative) and never becomes "den Schule" (a blind safety review on fresh texts)
        return None
    adjs = [k for k in range(1, head) if np[k].tag_ == "ADJA"]
    if first.tag_ in DETERMINERS:
        if low in ACCUSATIVE:
            words[0] = ACCUSATIVE[low]
            for k in adjs:
                if words[k].endswith("e"):
                    words[k] += "n"
            _masculine_object(np, words, head)
        elif low in UNCHANGED:
            words[0] = low
        elif low in MASC_INDEF and adjs and all(words[k].endswith("er") for k in adjs):
            # "ein erneuter Antrag": the adjective shows masculine -> "einen erneuten Antrag"
            words[0] = MASC_INDEF[low] if first.text.islower() or first.i == first.sent.start \
                else MASC_INDEF[low].capitalize()
            for k in adjs:
                words[k] = words[k][:-2] + "en"
            _masculine_object(np, words, head)
        else:
            return None  # "ein Antrag": masculine or neuter? The form does not say.
    elif first.tag_ == "ADJA":
        if any(words[k].endswith("er") for k in [0, *adjs]) and not _strong_masculine(
                np, words, head, [0, *adjs]):
            return None
    elif first.tag_ not in {"NN", "NE"}:
        return None
    # the sentence's first word, also after a list item's number ("6. Ersteigerte Fahrräder …",
    # safety review 300 saw "6. Sie müssen Ersteigerte Fahrräder … abholen")
    opens = all(MARKER.fullmatch(t.text) or t.is_punct or t.is_space
                for t in first.doc[first.sent.start:first.i])
    if opens and first.tag_ in DETERMINERS and words[0] == first.text:
        words[0] = words[0].lower()
    if opens and first.tag_ == "ADJA" and first.text[:1].isupper():
        # "Geeignete Gefäße sind mitzubringen" -> "Bringen Sie geeignete Gefäße mit" (blind
        # review 29 saw "Bringen Sie Geeignete …")
        words[0] = words[0][:1].lower() + words[0][1:]
    if low.startswith("ihr") and first.text[:1].isupper():
        # these rewrites make the reader ("Sie") the actor, so a capitalised "Ihr…" that
        # opened the sentence is the reader's: "Senden Sie Ihre Stellungnahme zurück", never
        # "ihre" (her, their; a blind safety review called it wrong)
        words[0] = words[0][:1].upper() + words[0][1:]
    return words


def _ends(s: SentenceView) -> tuple[list[Token], str]:
    """The sentence's tokens without final punctuation, and that punctuation; without the list
    marker that opens its line ("2. Vorschläge sind … einzureichen": a rewrite that moves the
    words would make "Reichen Sie 2. Vorschläge … ein", safety review 24). The sentence
    suggestions put the marker back in front (``with_marker``)."""
    toks = list(s.tokens)[marker_count(s):]
    end = ""
    if toks and toks[-1].text in {".", "!", "?"}:
        end = toks[-1].text
        toks = toks[:-1]
    return toks, end or "."


def _simple_middle(toks: list[Token]) -> bool:
    """A middle field we can move as a whole: no commas, no further verbs, no clauses."""
    return all(t.text not in {",", ";", ":", "(", ")"} and t.tag_ not in FINITE
               and t.tag_ not in {"KOUS", "PRELS", "VVPP", "VVINF", "VVIZU", "KON"}
               for t in toks)


def _sentence_suggestion(s: SentenceView, text: str, label: str,
                         safety: str = "safe") -> Suggestion:
    """A whole-sentence rewrite. ``safe``: who acts is certain (rule data or a named agent) and
    the rewrite keeps every clause; ``review``: a person reads it before it is used. A
    paragraph of an enacted rule ("(2) …", "§ 5 …") is law: a person reads every rewrite."""
    if s.tokens and enacted_rule(doc_text(s.tokens[0].doc), s.tokens[0].idx):
        safety = "review"
    return Suggestion(replacement=with_marker(s, text), start=s.start, end=s.end,
                      kind="rewrite", label=label, safety=safety)


def with_marker(s: SentenceView, text: str) -> str:
    """A rewrite of the sentence (built from ``_ends``) with its list marker in front."""
    prefix = marker_prefix(s)
    return text if not prefix or text.startswith(prefix) else prefix + text


def ctx_rule_params(ctx: Context, rule_id: str) -> dict:
    """The params of a rule (word lists of a generator live in the rule file)."""
    rule = ctx.rules.get(rule_id) if ctx.rules else None
    return rule.params if rule is not None else {}


def _infinitive(verb: Token) -> str:
    return verb.lemma_ if verb.lemma_ and verb.lemma_.islower() else verb.lower_



def _is_role(ctx: Context, f: Finding, t: Token) -> bool:
    """A role noun that means the reader, from the list the finding's rule names."""
    rule = ctx.rules.get(f.rule) if ctx.rules else None
    return bool(rule and rule.list_name) and ctx.lexicon.is_listed(t, rule.list_name or "")


# object pronouns stand right after the subject: "Teilen Sie uns eine Änderung … mit", not
# "Teilen Sie eine Änderung … uns … mit" (safety review 19)
OBJECT_PRONOUNS = {"uns", "mir", "mich", "ihm", "ihr", "ihnen", "Ihnen", "dir", "euch", "sich"}


def _feminine(head: Token | None) -> bool:
    """A feminine noun (german-nouns), so "der" before it is a dative or genitive: "der
    Friedhofsverwaltung", never the nominative "der Nachweis" (safety review 39)."""
    info = noun(head.lemma_ or head.text) if head is not None and head.tag_ == "NN" else None
    return info is not None and info.gender == "f"


_UNIT_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def _unit(head: Token) -> bool:
    """An office unit's abbreviation: "der Abt. 66.3" is a dative (safety review 95: "Zeigen
    Sie den Beginn der Arbeiten der Abt. 66.3 an" lost whom to tell)."""
    return head.text in {"Abt.", "Abteilung", "Ref.", "Dienststelle", "Stelle"}


def _unit_number(middle: list[Token], k: int) -> bool:
    """The number names the unit before it: "der Abt. 66.3", "dem Fachdienst 39" if no noun
    follows for it to count (safety review 168: "dem Fachdienst die Durchführung 39")."""
    return bool(_UNIT_NUMBER.fullmatch(middle[k].text)) and (_unit(middle[k - 1]) or not (
        k + 1 < len(middle) and middle[k + 1].tag_ == "NN"))


def pronouns_first(obj: list[str], middle: list[Token]) -> list[str]:
    """The object and the middle field, with the middle's object pronouns moved before the
    object ("an uns" stays: the pronoun belongs to its preposition). So is a dative with
    "der" that opens the middle field: right after the object it reads as its genitive
    ("Legen Sie einen Nachweis der Friedhofsverwaltung vor" reads "a proof from the
    administration", safety review 37; "Legen Sie der Friedhofsverwaltung einen Nachweis vor"),
    and one with "dem": the receiver before the thing ("Übersenden Sie eine Kopie dem Amt" is
    the wrong order, safety review 88)."""
    lead: list[str] = []
    opener = middle[0].lower_ if middle else ""
    k = _noun_phrase_end(middle, 0) if opener in {"der", "dem", "einem"} else None
    if k and (opener != "der" or _feminine(middle[k - 1]) or _unit(middle[k - 1])):
        k = _with_genitives(middle, k)
        while k < len(middle) and (middle[k].tag_ == "NE" or _unit_number(middle, k)):
            k += 1  # its name: "der Stadt Musterhausen", "der Abt. 66.3", "dem Fachdienst 39"
        k = after_cited_attribute(middle, k)  # "dem Jahresbericht nach Nr. 2" (review 248)
        if k == len(middle) or not middle[k].text[:1].isupper():
            lead, middle = [t.text for t in middle[:k]], middle[k:]
    moved = [k for k, t in enumerate(middle)
             if t.tag_ in {"PPER", "PRF"} and t.text in OBJECT_PRONOUNS
             and not (k > 0 and middle[k - 1].tag_ in {"APPR", "APPRART"})]
    if obj and not obj[0].casefold().startswith(_DEFINITE):
        # an indefinite object comes after the adverbs that open the middle field: "Legen
        # Sie dann eine schriftliche Vollmacht vor", not "… eine schriftliche Vollmacht dann
        # vor" (safety review 79)
        k = 0
        while k < min(len(middle), 2) and middle[k].lower_ in _MIDDLE_ADVERBS and k not in moved \
                and not _opens_phrase(middle, k):
            k += 1
        if k < len(middle) and middle[k].lower_ in {"der", "des"}:
            k = 0  # "Melden Sie Unfälle unverzüglich der Einheitsführung": moved, "Unfälle der
            # Einheitsführung" would read as one phrase (safety review 85)
        moved = [*moved, *range(k)]
    return [*lead, *(middle[k].text for k in moved), *obj,
            *(t.text for k, t in enumerate(middle) if k not in moved)]


def _opens_phrase(middle: list[Token], k: int) -> bool:
    """The adverb leads the prepositional phrase after it ("rechtzeitig vor Fristablauf",
    "unverzüglich nach Erhalt"): the object may not come between them ("Sie können
    rechtzeitig eine Verlängerung vor Fristablauf beantragen", safety review 121)."""
    return k + 1 < len(middle) and middle[k + 1].tag_ in {"APPR", "APPRART"}


# adverbs of time and sequence that open a middle field ("dann", "zusätzlich", "rechtzeitig")
_MIDDLE_ADVERBS = {"dann", "danach", "daher", "deshalb", "außerdem", "zuerst", "zunächst",
                   "zusätzlich", "ebenfalls", "auch", "stets", "immer", "jeweils", "sofort",
                   "unverzüglich", "rechtzeitig", "vorher", "anschließend", "jährlich",
                   "monatlich", "regelmäßig", "nochmals", "erneut", "zudem", "insoweit"}
# an object with one of these is definite and may come before the adverbs
_DEFINITE = ("der", "die", "das", "den", "dem", "des", "dies", "jen", "ihr", "sein", "unser")


# determiners that are never nominative, and those that are before a feminine singular noun
# only in the genitive or dative
_NOT_NOMINATIVE = {"dem", "den", "des", "diesem", "diesen", "jenem", "jedem", "einem", "einen",
                   "keinem", "keinen", "eines", "keines"}
_DATIVE_BEFORE_FEMININE = {"der", "dieser", "jener", "jeder", "einer", "keiner"}


def _may_be_nominative(np: list[Token]) -> bool:
    """The noun phrase opening the sentence may be its subject: not "Dem Antrag", not
    "Dieser Mitteilung" (a feminine noun after "dieser" is dative or genitive)."""
    if not np:
        return False
    det = np[0].lower_
    if det in _NOT_NOMINATIVE:
        return False
    if det in _DATIVE_BEFORE_FEMININE:
        head = next((t for t in reversed(np) if t.tag_ == "NN"), None)
        if _feminine(head) and head.text == noun(head.lemma_ or head.text).form(
                "nominativ", "singular"):
            return False
    return True


# a town, a municipality, a district: the name after it belongs to it, even tagged as a noun
_PLACE_HEADS = ("stadt", "gemeinde", "kreis", "kreises", "markt", "bezirk", "amt", "behörde",
                "verwaltung", "gericht", "kasse", "verband", "präsidium")  # "Landratsamt X"


def attribute_head(toks: list[Token], j: int) -> bool:
    """An extended attribute opens at j and a noun heads it: "von einer [zur Vertretung der
    Firma berechtigten] Person" names who signs (safety review 149: "Unterzeichnen Sie …")."""
    if j == 0 or j >= len(toks) or toks[j - 1].tag_ not in {"ART", "PIS", "PIAT"} or toks[
            j].tag_ not in {"APPR", "APPRART", "ADV", "ADJD"}:  # "allen" is PIS (review 174)
        return False
    return any(a.tag_ == "ADJA" and b.tag_ in {"NN", "NE"}
               for a, b in itertools.pairwise(toks[j:]))


_NUMBERING = {"Nr.", "Nummer", "Ziff.", "Ziffer", "Abs.", "Absatz", "Satz", "S.", "Art.",
              "Artikel", "Buchst.", "Buchstabe", "lit.", "Halbsatz", "Hs.", "UAbs.", "Alt."}


def _subject_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The first noun phrase after position i that is not inside a prepositional phrase
    (adverbs and whole prepositional phrases may stand before it)."""
    j = i
    while j < len(toks):
        t = toks[j]
        if t.tag_ in {"ADV", "ADJD"}:
            j += 1
        elif t.tag_ in {"APPR", "APPRART"}:
            k = _noun_phrase_end(toks, j + 1)
            if k is None:
                return None
            j = _with_genitives(toks, k)
            while j < len(toks) and (toks[j].tag_ == "NE" or (
                    toks[j].tag_ == "NN" and toks[j - 1].lower_.endswith(_PLACE_HEADS))):
                j += 1  # the place's name: "an die Stadt Wendenau" (safety review 131)
            while j < len(toks) and (toks[j].text in _NUMBERING or toks[j].tag_ == "CARD" or (
                    toks[j].text in {"bis", "und"} and j + 1 < len(toks)
                    and toks[j + 1].tag_ == "CARD")):
                j += 1  # "bei Feld Nr. 3 bis 9": its number (safety review 147)
            if j < len(toks) and toks[j - 1].tag_ == "CARD" and LAW_NAME.match(toks[j].text):
                j += 1  # "gemäß § 15 Abs. 2 Satz 2 BBodSchG": the law (safety review 163)
        elif t.tag_ in DETERMINERS | {"NN"} and not t.text.endswith("."):
            k = _noun_phrase_end(toks, j)
            return (j, _with_genitives(toks, k)) if k is not None else None
        else:
            return None
    return None
