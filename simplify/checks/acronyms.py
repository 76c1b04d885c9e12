"""Acronyms the text never spells out (SIM-J009).

The abbreviation rules know only their lists (``abkuerzungen.tsv``, ``gesetze.tsv``); an
acronym of a body or programme that no list holds ("SAB", "HWK", "BBS-Bürgschaftsprogramm")
passed silently. This check finds acronyms by their shape and asks for the long form at the
first use, unless

* a list rule speaks about it already (the rule's ``defer_to`` lists) or the organisation
  allows it;
* every reader knows it: wordfreq's Zipf frequency reaches ``known_zipf`` ("EU", "PDF",
  "GmbH"; calibration in docs/design.md, „Abkürzungen, die der Text nicht erklärt“);
* the text introduces it before: with its long form, "Industrie- und Handelskammer (IHK)",
  "IHK (Industrie- und Handelskammer)", "BoB – Bürgschaft ohne Bank", "…, kurz SAB"; or it
  says what it is, by a noun right before it ("die Förderbank SAB") or a definition that
  ``glosses.glossed`` recognises ("Die SAB ist eine Förderbank …"). The long form is found
  as Schwartz and Hearst do (A simple algorithm for identifying abbreviation definitions in
  biomedical text, PSB 2003): the acronym's letters, from the last, are found in that order in
  the words next to it, the first letter at the start of a word ("Sächsische Aufbaubank –
  Förderbank – (SAB)", "Handwerkskammer (HWK)"); a bracket right after a name also counts
  when only its first letter opens one of the words ("Bundesministerium für Arbeit (BMAS)").

An acronym used before its introduction is flagged at its first use. When the text gives the
long form later, that holds whatever the acronym's frequency: the text itself says its reader
needs the long form ("IHK oder HWK" lines before "Industrie- und Handelskammer (IHK)").

A token is an acronym when it has 2 to 6 letters, at least two capitals, no fewer capitals
than small letters, and starts with a capital ("IHK", "KfW", "BAföG", "AStA"); in a hyphen
compound each such part is ("SAB-Bürgschaftsprogramm", "Aufstiegs-BAföG"), and a single small
letter joins the part after it ("e-ID"). Not acronyms: Roman numerals ("SGB II", "Teil IV"),
parts with digits (codes and field numbers: "A1", "KG1"), a unit after a number ("30 KM"),
and words of a line written in capitals ("ANTRAG AUF WOHNGELD": the token has a neighbour in
capitals).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from ..forms import zipf
from ..lexicon import TermHit
from ..rules import Rule
from ..wordlists import Entry
from .acronym_places import (
    LAW_SHORT,
    as_compound,
    in_citation,
    in_quoted_name,
    is_mark,
    long_form_outside,
    opens_company_name,
)
from .base import Context, Match, SentenceView, check
from .glosses import glossed, glossed_after

MAX_LETTERS = 6
WIDER, LINKS = 6, {"der", "des", "für", "von", "zur", "zum"}  # a long name in brackets
# a small "e" before capitals: "eID", "eGK" (electronic …); wordfreq folds "eID" into "Eid"
# (oath), so such acronyms are never judged known by their frequency
E_PREFIX = re.compile(r"^e[A-ZÄÖÜ]{2}")
ROMAN = re.compile(r"^(?=[IVXLC]{1,8}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# tags of a word a long form may start with: nouns, names, adjectives, truncated compounds
# ("Industrie- und Handelskammer"); never "Sie", an article or a preposition
LONG_START_TAGS = {"NN", "NE", "ADJA", "ADJD", "TRUNC", "FM", "XY"}
# words between a long form and its acronym: "(kurz: SAB)", "(im Folgenden SAB)"
INTRODUCERS = {"kurz", "im", "folgenden", "nachfolgend", "abgekürzt", "auch", "genannt", ":",
               "–", "—"}  # "(§ 6 Wettbewerbsregistergesetz – WRegG)" (findings review 66)
# what may stand between an acronym and the long form after it: "BoB – Bürgschaft ohne Bank"
EXPLAIN_AFTER = {"(", "–", "—", "-", ":", ",", "="}
STOPS = {".", ";", "(", ")", "–", "—", "!", "?", ":"}
LONG, NAMED = "long", "named"  # how a place introduces its acronym


@dataclass
class Use:
    """One place of an acronym in the text."""

    key: str  # the acronym as written, without a plural "s": "SAB", "e-ID"
    start: int
    end: int
    sentence: int
    in_label: bool
    introduces: str = ""  # LONG, NAMED or ""


def _acronym(part: str) -> str | None:
    """The acronym a part of a token is, if it is one: "IHK", "KfW", "BAföG", "eID"; "GmbHs"
    -> "GmbH"."""
    if part.endswith("s") and len(part) > 2 and part[-2].isupper():
        part = part[:-1]  # "die IHKs", "des BAföGs"
    if not part.isalpha() or not 2 <= len(part) <= MAX_LETTERS:
        return None
    body = part[1:] if E_PREFIX.match(part) else part  # "eID", "eGK": electronic …
    if not body[0].isupper():
        return None
    upper = sum(map(str.isupper, body))
    if upper < 2 or upper < len(body) - upper or ROMAN.match(body):
        return None
    if not body[-1].isupper() and not body.isupper():
        return None  # mixed case ends in a capital ("KfW", "GmbH", "BAföG"), not "YuMi"
    return part


def acronyms_in(t: Token) -> list[tuple[str, int, int]]:
    """The acronyms in a token with their character spans: "SAB" in "SAB-Bürgschaftsprogramm",
    "BAföG" in "Aufstiegs-BAföG", "e-ID" (a single small letter joins the next part)."""
    out: list[tuple[str, int, int]] = []
    offset = 0
    parts = t.text.split("-")
    k = 0
    while k < len(parts):
        part = parts[k]
        if len(part) == 1 and part.islower() and k + 1 < len(parts):
            joined = _acronym(parts[k + 1])
            if joined is not None:
                end = offset + len(part) + 1 + len(joined)
                out.append((f"{part}-{joined}", t.idx + offset, t.idx + end))
                offset += len(part) + 1 + len(parts[k + 1]) + 1
                k += 2
                continue
        key = _acronym(part)
        if key is not None:
            out.append((key, t.idx + offset, t.idx + offset + len(key)))
        offset += len(part) + 1
        k += 1
    return out


def _in_caps_line(t: Token) -> bool:
    """A word of a line in capitals ("ANTRAG AUF WOHNGELD"): a neighbour on the same line is a
    word in capitals too."""
    if not t.text.isupper():
        return False
    for k in (t.i - 1, t.i + 1):
        if 0 <= k < len(t.doc):
            other = t.doc[k]
            if ("\n" not in other.text and other.is_alpha and len(other.text) >= 2
                    and other.text.isupper() and not ROMAN.match(other.text)):
                return True
    return False


def long_form_start(short: str, words: list[Token]) -> int | None:
    """Schwartz and Hearst's match: the position in ``words`` where a long form of ``short``
    starts (its letters found from the last backwards, the first at a word's start), or None."""
    chars = [(c.lower(), k, j == 0 or not w.text[j - 1].isalpha())
             for k, w in enumerate(words) for j, c in enumerate(w.text)]
    letters = [c.lower() for c in short if c.isalpha()]
    pos = len(chars) - 1
    for n in range(len(letters) - 1, -1, -1):
        while pos >= 0 and (chars[pos][0] != letters[n] or (n == 0 and not chars[pos][2])):
            pos -= 1
        if pos < 0:
            return None
        if n == 0:
            k = chars[pos][1]
            return k if words[k].tag_ in LONG_START_TAGS else None
        pos -= 1
    return None


def _window(short: str) -> int:
    """At most this many words of a long form (Schwartz and Hearst: min(|A| + 5, 2 |A|))."""
    n = sum(map(str.isalpha, short))
    return min(n + 5, 2 * n)


def _words_before(toks: list[Token], i: int, limit: int) -> list[Token]:
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < limit:
        t = toks[k]
        if t.text in {"(", ")", ";", ":", ".", "!", "?"}:
            break
        if any(map(str.isalpha, t.text)) and not t._.abbr:  # not "e. V.", "GmbH"
            out.append(t)
        k -= 1
    return out[::-1]


def _words_after(toks: list[Token], i: int, limit: int, closing: set[str]) -> list[Token]:
    out: list[Token] = []
    for t in toks[i:]:
        if t.text in closing or len(out) >= limit:
            break
        if any(map(str.isalpha, t.text)):
            out.append(t)
    return out


def introduces(ctx: Context, s: SentenceView, i: int, key: str) -> str:
    """How the acronym at token i of sentence s is introduced here: LONG (with its long form),
    NAMED (a noun or a definition says what it is) or "" (not at all)."""
    toks = s.tokens
    limit = _window(key)
    # "die Förderbank SAB", "die Umweltstiftung WWF": a noun says what it is
    named = (i > 0 and toks[i - 1].tag_ == "NN" and toks[i - 1].is_alpha
             and toks[i - 1].text[0].isupper() and not acronyms_in(toks[i - 1]))
    # "… Handelskammer (IHK)", "(kurz: IHK)", "…, kurz IHK"
    k = i - 1
    while k >= 0 and toks[k].lower_ in INTRODUCERS:
        k -= 1
    if k == i - 1 > 0 and toks[k - 1].text == "(" and toks[k].is_title and toks[k].is_alpha:
        k -= 1  # "(Förderrichtlinie KKP)": a noun in the bracket names its kind (review 278)
    # the bracket may hold the rest of the name: "(GfK Verein)", "(KfW Bankengruppe)", or
    # the state after a law's acronym: "Rettungsdienstgesetz Sachsen-Anhalt (RettDG LSA)"
    close = i + 2 if i + 2 < len(toks) and (toks[i + 1].tag_ == "NN"
                                            or acronyms_in(toks[i + 1])) else i + 1
    if i + 3 < len(toks) and toks[i + 1].text == "/" and toks[i + 2].text.isupper():
        close = i + 3  # two short names of one statute: "… Wasserabgabesatzung (BGS/WAS)"
    if (i > 1 and i + 1 < len(toks) and toks[i - 2].text == "(" and toks[i + 1].text == ")"
            and acronyms_in(toks[i - 1])):
        # the second acronym of such a bracket belongs to the first one's name
        return introduces(ctx, s, i - 1, acronyms_in(toks[i - 1])[0][0])
    if (i > 1 and i + 1 < len(toks) and toks[i - 2].text == "(" and toks[i + 1].text == ")"
            and LAW_SHORT.match(toks[i - 1].text)):
        # the state after a law's short name: "Bestattungsgesetz des Landes Sachsen-Anhalt
        # (BestattG LSA)" introduces both (findings review 45)
        return LONG
    # "Fahrzeug-Identifizierungsnummer (FIN, 17 Stellen)": the bracket goes on (review 62);
    # "Rettungswagen (RTW): 948,00 Euro" has "):" as one token (findings review 265)
    bracketed = k >= 0 and toks[k].text == "(" and close < len(toks) and toks[close].text[
        :1] in {")", ","}
    if bracketed or (k < i - 1 and toks[i - 1].lower_ in {"kurz", "abgekürzt", ":", "–", "—"}):
        # the acronym itself is no part of its long form ("Die SAB zahlt (SAB)")
        words = [w for w in _words_before(toks, k if bracketed else k + 1, limit)
                 if not w.text.startswith(key)]
        if words and long_form_start(key, words) is not None:
            return LONG
        # a long name with a genitive or a "für": "Allgemeine Verkaufs- und
        # Zahlungsbedingungen der Stadt Freienstein für Holz (AVZ)" (findings review 21)
        wide = [w for w in _words_before(toks, k, limit + WIDER) if not w.text.startswith(key)]
        if (bracketed and len(wide) > len(words) and any(w.lower_ in LINKS for w in wide)
                and long_form_start(key, wide) is not None):
            return LONG
        # a bracket right after a name whose words do not give every letter ("Bundesministerium
        # für Arbeit (BMAS)", "Bundeswirtschaftsministerium (BMWI)"): its first letter opens
        # one of the words
        if bracketed and any(w.tag_ in LONG_START_TAGS and w.lower_[:1] == key.lower()[:1]
                             for w in words):
            return LONG
        # a foreign acronym in mixed case in brackets right after the German noun it stands
        # for: "Übereinstimmungsbescheinigungen (CoC)" (findings review 44: "explained by the
        # German term right before it"); its letters cannot match the German words
        if bracketed and k > 0 and toks[k - 1].tag_ == "NN" and any(map(str.islower, key)):
            return NAMED
    # a statute's short title and its acronym in one bracket: "(Entwässerungssatzung – EWS)",
    # "(Straßenreinigungs- und Gebührensatzung – SRGS)" (review 36: "defined at first use")
    if _titled_in_bracket(toks, i, key):
        return LONG
    # "IHK (Industrie- und Handelskammer)", "BoB – Bürgschaft ohne Bank", "TBl: taubblind";
    # "FLO e. V. (Fairtrade Labelling Organizations)"
    j = i + 1
    while j < len(toks) and ctx.lexicon.abbreviation(toks[j]) is not None:
        j += 1
    if j < len(toks) and toks[j].text in EXPLAIN_AFTER:
        closing = {")"} if toks[j].text == "(" else STOPS
        words = [w for w in _words_after(toks, j + 1, limit + 2, closing)
                 if not w.text.startswith(key)]
        start = long_form_start(key, words) if words else None
        if start is not None and start <= 2:
            return LONG
    if as_compound(ctx, s, i, key):
        return LONG  # "Nach Auskunft der Pflegedienstleitung … der PDL" (findings review 65)
    hit = TermHit(Entry(list_name="", term=key), i, i, (toks[i],))
    return NAMED if (named or _apposition(toks, j) or glossed_after(toks, i + 1)
                     or glossed(ctx, s.index, hit)) else ""


TITLE_REACH = 8  # words of a short title before its acronym in the bracket


def _titled_in_bracket(toks: list[Token], i: int, key: str) -> bool:
    if not (0 < i < len(toks) - 1 and toks[i - 1].text in {"–", "—", "-"}
            and toks[i + 1].text == ")"):
        return False
    for k in range(i - 2, max(-1, i - 2 - TITLE_REACH), -1):
        if toks[k].text == ")":
            return False
        if toks[k].text == "(":
            first = toks[k + 1] if k + 1 < i - 1 else None
            return (first is not None and first.text[:1].isupper()
                    and first.text[:1] == key[:1])
    return False


def _apposition(toks: list[Token], j: int) -> bool:
    """From token j on, a noun phrase set off after the acronym says what it is: "die SAB,
    Ihre Förderbank, …", "die SAB – die Förderbank des Landes –". Not a list ("die SAB, die
    Bank und das Amt"): the phrase ends at a comma, dash, bracket or the sentence end."""
    if j + 2 >= len(toks) or toks[j].text not in {",", "–", "—", "("}:
        return False
    k = j + 1
    if toks[k].tag_ not in {"ART", "PPOSAT"}:
        return False
    k += 1
    while k < len(toks) and toks[k].tag_ == "ADJA":
        k += 1
    if k >= len(toks) or toks[k].tag_ != "NN":
        return False
    k += 1
    while k < len(toks) and toks[k].tag_ in {"ART", "ADJA", "NN", "NE"}:
        k += 1  # a genitive: "die Förderbank des Landes"
    return k >= len(toks) or toks[k].text in {",", "–", "—", ")", ".", ";", "!", "?"}


# per Lexicon (its lists) and list names: the words _deferred_terms reads from the lists
_DEFERRED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _deferred_terms(ctx: Context, rule: Rule) -> frozenset[str]:
    """Casefolded words that open an entry of the lists other rules handle ("SGB", "WoGG");
    read from the lists once per Lexicon (thousands of entries, the same for every text)."""
    names = tuple(rule.params.get("defer_to", []))
    kept = _DEFERRED.setdefault(ctx.lexicon, {})
    out = kept.get(names)
    if out is None:
        out = kept[names] = frozenset(
            words[0].rstrip(".").casefold() for name in names
            for e in ctx.lexicon.lists.get(name) if (words := e.term.split()))
    return out


def _uses(ctx: Context, deferred: frozenset[str]) -> list[Use]:
    uses: list[Use] = []
    for s in ctx.sentences:
        for i, t in enumerate(s.tokens):
            if sum(map(str.isupper, t.text)) < 2 or ctx.lexicon.abbreviation(t) is not None:
                continue
            if any(map(str.isdigit, t.text)):
                continue  # a code or file number: "A1-Bescheinigung", "32.4-OWi-2026/118"
            if i and any(map(str.isdigit, s.tokens[i - 1].text)):
                continue  # a unit: "30 KM", "16 GB"
            if i + 1 < len(s.tokens) and s.tokens[i + 1].text[:1].isdigit():
                continue  # a form's or a code's name: "Vordruck GewA 1", "Anlage KSO 2"
            if _in_caps_line(t) or is_mark(t) or in_citation(s.tokens, i):
                continue  # "ANTRAG AUF …", "ECB-S", "LHundG NRW", "GV. NRW." (acronym_places)
            for key, start, end in acronyms_in(t):
                if key.casefold() in deferred or ctx.lexicon.lists.allowed(key):
                    continue
                if in_quoted_name(ctx, start, end):
                    continue  # an app's or a button's name: „VSL mobil“ (review 27)
                use = Use(key, start, end, s.index, ctx.protected.in_label(start, end))
                use.introduces = introduces(ctx, s, i, key)
                uses.append(use)
    return uses


_NAME_BEFORE = re.compile(r"[A-ZÄÖÜ][\w&-]*[ \t]+$")
_MAIL_PREFIX = re.compile(r"[ \t]*:")


@check("unexplained_acronyms")
def unexplained_acronyms(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Acronyms used before (or without) the text says what they stand for."""
    known = float(rule.params.get("known_zipf", 3.5))
    household = float(rule.params.get("household_zipf", 4.0))  # "NRW" 4.6: known anyway
    # legal forms in a company's name ("… Versicherung VVaG", "… KGaA"): part of the name,
    # like "GmbH" (blind review 25)
    forms = set(rule.params.get("legal_forms", []))
    company = tuple(sorted(forms))
    prefixes = set(rule.params.get("mail_prefixes", []))
    by_key: dict[str, list[Use]] = {}
    for use in _uses(ctx, _deferred_terms(ctx, rule)):
        if use.key in prefixes and _MAIL_PREFIX.match(ctx.text, use.end):
            continue  # "Betreff: AW: …": the mail program's reply mark (fresh set 42)
        if opens_company_name(ctx.text, use.end, company):
            continue  # "VTN Havelluch GmbH" in a signature (findings review 67)
        by_key.setdefault(use.key, []).append(use)
    for key, uses in by_key.items():
        if key in forms:
            # after a name ("Sterbekasse Hohenwalden VVaG"); a form listed on its own ("z. B.
            # GbR, OHG, KG") is a concept the reader may need explained
            uses = [u for u in uses if not _NAME_BEFORE.search(ctx.text, max(0, u.start - 40),
                                                               u.start)]
            if not uses:
                continue
        intro = next((k for k, u in enumerate(uses) if u.introduces), None)
        frequency = -1.0 if E_PREFIX.match(key.replace("-", "")) else zipf(key)
        if frequency >= household or (frequency >= known and (
                intro is None or uses[intro].introduces == NAMED)):
            continue  # every reader knows it: "EU", "PDF", "GmbH", "der Verein FC Basel"
        if intro is None:
            flagged, when = ([] if long_form_outside(ctx, key) else uses), "nicht"
        else:
            # before the introduction; a heading or form label names it, the running text
            # explains it (no explanation belongs into a heading)
            # the sentence that introduces it explains its earlier places too: "Die
            # WTG-Behörde … des Wohn- und Teilhabegesetzes (WTG)" (findings review 72)
            flagged = [u for u in uses[:intro]
                       if not u.in_label and u.sentence != uses[intro].sentence]
            when = "erst später"
        for u in flagged:
            yield Match(u.start, u.end, {"abbr": key, "when": when}, sentence=u.sentence,
                        term=key)
