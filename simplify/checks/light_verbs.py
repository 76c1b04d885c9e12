"""Light-verb constructions (Funktionsverbgefüge, SIM-N001): a light verb and a listed noun,
with its preposition, in one clause and in either order ("einen Antrag stellen", "zur
Anwendung bringen", "in Anspruch zu nehmen"). Split from ``nominal.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..clauses import FINITE, neighbour
from ..rules import Rule
from ..sentence_index import separable_particle
from ..vocabulary import german_list
from ..wordlists import Entry
from .base import Context, Match, check, span_of
from .nominal import NOUN_PHRASE_INNER
from .roles import is_role_noun

_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?")
FVG_WINDOW = 12  # tokens between light verb and noun: the verb bracket can be wide
STOP = {",", ";", ":", "(", ")", "–", "—"}


def _light_verb_lemmas(toks: list[Token], i: int) -> tuple[set[str], int]:
    """Lemmas under which the verb at i can be a light verb, with its particle if separated."""
    t = toks[i]
    lemmas = {t.lemma_.casefold(), t.lower_}
    last = i
    j = separable_particle(toks, i)
    if j is not None:
        lemmas = {toks[j].lower_ + lem for lem in lemmas}
        last = j
    elif "geben" in lemmas and (any(0 <= k < len(toks) and toks[k].lower_ == "es"
                                    for k in (i - 1, i + 1)) or _es_opens_clause(toks, i)):
        return set(), last  # "es gibt zwei Möglichkeiten": there are, nobody gives
    return lemmas, last


def _es_opens_clause(toks: list[Token], i: int) -> bool:
    """The verb at i ends a subordinate clause whose subject is "es": "wenn es Hinweise gibt"
    (there are; findings review 177), not "wenn wir es Ihnen geben"."""
    k = i - 1
    while k >= 0 and toks[k].text not in STOP and toks[k].tag_ != "KOUS":
        k -= 1
    return (k >= 0 and toks[k].tag_ == "KOUS" and k + 1 < i and toks[k + 1].lower_ == "es")


def _warranted(toks: list[Token], i: int) -> bool:
    """"veranlasst" at i with "sein" and no "werden" in its clause: the state, "called for"."""
    if toks[i].tag_ != "VVPP":
        return False
    near = [toks[k] for k in _window(toks, i)]
    return any(t.lemma_ == "sein" for t in near) and not any(
        t.lemma_ == "werden" for t in near)


def _preposition_before(toks: list[Token], k: int) -> Token | None:
    m = k - 1
    while m >= 0 and toks[m].tag_ in NOUN_PHRASE_INNER:
        if _DATE.fullmatch(toks[m].text):
            return None  # "am 21.01.2025 Kenntnis erlangt": the date is the preposition's
        m -= 1
    if m >= 0 and toks[m].tag_ in {"APPR", "APPRART"}:
        return toks[m]
    return None


@check("funktionsverbgefuege")
def funktionsverbgefuege(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Light verb + (preposition) + noun from the list, within one clause, in either order."""
    lex = ctx.lexicon
    everyday = {w.casefold() for w in rule.params.get("everyday_alone", [])}
    for s in ctx.sentences:
        toks = s.tokens
        used: set[int] = set()
        # full verbs first: in "sind Sie in den Besitz gelangt" the light verb is "gelangen"
        verbs = sorted((i for i, t in enumerate(toks) if t.tag_.startswith("V")),
                       key=lambda i: toks[i].tag_.startswith("VA"))
        for i in verbs:
            t = toks[i]
            lemmas, last_verb = _light_verb_lemmas(toks, i)
            # "erfolgen" + noun is its own rule (SIM-P004), which also rewrites it
            entries = [e for lem in lemmas if lem != "erfolgen" for e in lex.fvg.get(lem, [])]
            if not entries:
                continue
            for k in _window(toks, i):
                n = toks[k]
                if k in used or n.tag_ not in {"NN", "NE"}:
                    continue
                keys = {n.lemma_.casefold(), n.lower_}
                # the listed noun itself: a compound with it as its head is often a document
                # ("eine Steuererklärung abgeben" is no "Erklärung abgeben", "zur
                # Gerichtsverhandlung kommen" is going there)
                for e in (e for e in entries if e.term.casefold() in keys):
                    prep = _preposition_before(toks, k)
                    if e.preposition:
                        if prep is None or prep.lemma_.casefold() != e.preposition.casefold():
                            continue
                    elif prep is not None:
                        continue  # "nimmt an der Prüfung teil": the noun hangs on a preposition
                    if lex.lists.allowed(f"{e.preposition} {e.term} {e.verb}".strip()):
                        continue
                    if e.verb == "machen" and _resultative(toks, i, k):
                        continue
                    if e.verb == "veranlassen" and _warranted(toks, i):
                        continue  # "Eine Prüfung ist nicht veranlasst": not called for, the
                        # legal sense; "prüfen lassen" changed it (findings review 216)
                    if _fiction(toks, i):
                        continue  # "Die Zustimmung gilt als erteilt": a legal fiction, which
                        # "zustimmen" would turn into an act (findings reviews 1-242: 0 of 3)
                    if e.verb == "stehen" and e.term == "Verfügung" and any(
                            x.lower_ in {"gern", "gerne"} for x in toks):
                        continue  # "Für Fragen stehe ich Ihnen gern zur Verfügung": a courtesy
                        # closing offering help (findings reviews 1-238: 1 of 16 worth)
                    if e.verb == "stehen" and e.term == "Verfügung" and _milder_means(toks):
                        continue  # "Ein milderes Mittel steht nicht zur Verfügung": the
                        # proportionality test's formula (reviews 1-318: 0 of 13 worth)
                    if e.term.casefold() in everyday and not _nominal_complement(toks, k):
                        continue  # "Stellen Sie den Antrag bis Mai": everyday German
                    sense = claim_sense(toks, i, e)
                    if sense == "liable":
                        break  # a term of art of police and liability law, no "use"
                    parts = sorted({t, n, toks[last_verb]} | ({prep} if prep else set()),
                                   key=lambda x: x.i)
                    start, end = span_of(parts)
                    used.add(k)
                    phrase = " ".join(x for x in (e.preposition, e.term, e.verb) if x)
                    advice = "Einfacher: „dauern“." if sense == "time" else _advice(e)
                    yield Match(start, end, {"phrase": phrase, "advice": advice},
                                entry=e, sentence=s.index, softer=e.hint)
                    break
                if k in used:
                    break  # one phrase per light verb, its nearest listed noun: "den Bedenken
                    # Rechnung tragen" is "Rechnung tragen", not "Bedenken tragen" (review 239)


# "in Anspruch nehmen" has three senses: use a service ("nutzen"), take time ("dauern") and,
# with a person as its object, hold someone liable (police and liability law: "Sie als
# Verursacherin in Anspruch zu nehmen"), where "nutzen" would be wrong (findings reviews:
# "the police-law term of art for holding someone liable; 'nutzen' would be wrong"; "Use
# 'dauern'")
_TIME_NOUNS = {"zeit", "woche", "tag", "monat", "stunde", "minute", "jahr", "zeitraum"}
_OBJECT_PRONOUNS = {"ihn", "mich", "dich", "euch"}
_OTHER_SUBJECTS = {"wir", "ich", "er", "man"}


def claim_sense(toks: list[Token], i: int, e: Entry) -> str:
    """"liable", "time" or "" (to use) for "in Anspruch nehmen" with its verb at i."""
    if e.term.casefold() != "anspruch" or e.verb != "nehmen":
        return ""
    window = _window(toks, i)
    clause = [toks[k] for k in window] + [toks[i]]
    if any(toks[k].lemma_.casefold() in _TIME_NOUNS and toks[k].tag_ == "NN"
           and _preposition_before(toks, k) is None for k in window):
        return "time"  # "nimmt drei Wochen in Anspruch"; not "über einen Zeitraum eine
        # Fläche in Anspruch nimmt" (findings review 217: "'dauern' is simply wrong")
    verb = toks[i]
    zu = verb.tag_ == "VVIZU" or (i > 0 and toks[i - 1].tag_ == "PTKZU")
    passive = verb.tag_ == "VVPP" and any(t.lemma_ == "werden" for t in clause)
    finite = next((t for t in clause if t.tag_ in FINITE), None)
    for t in clause:
        nxt = neighbour(t, 1)
        if t.lower_ == "als" and nxt is not None and nxt.tag_ in {"NN", "ADJA"}:
            return "liable"  # "als Eigentümerin", "als Zustandsstörer"
        if t.lower_ in _OBJECT_PRONOUNS or (is_role_noun(t) and not passive):
            return "liable"
        if t.text == "Sie" and t.tag_ == "PPER":
            if zu or (passive and not t.is_sent_start):
                return "liable"  # "Sie für die Kosten in Anspruch zu nehmen"
            if any(o.lower_ in _OTHER_SUBJECTS for o in clause) or (
                    finite is not None and not finite.lower_.endswith("n")):
                return "liable"  # "Die Stadt nimmt Sie in Anspruch"
    return ""


def light_verb_of_listed_phrase(ctx: Context, toks: list[Token], tok: Token) -> bool:
    """``tok`` is the verb of a listed light-verb construction in its clause ("Kenntnis
    erlangt"): SIM-N001 advises on the whole phrase ("erfahren"), and the verb's own
    Amtsdeutsch tip ("bekommen") would be wrong there (findings review 150)."""
    entries = ctx.lexicon.fvg.get(tok.lemma_.casefold(), []) if tok.tag_.startswith("V") else []
    if not entries or tok not in toks:
        return False
    nouns = {e.term.casefold() for e in entries}
    return any(toks[k].tag_ in {"NN", "NE"} and {toks[k].lemma_.casefold(), toks[k].lower_} & nouns
               for k in _window(toks, toks.index(tok)))


# prepositions that open the noun's own complement: "einen Antrag auf Eigenverwaltung stellen"
COMPLEMENT_PREPOSITIONS = {"auf", "zur", "zum", "über"}


def _nominal_complement(toks: list[Token], k: int) -> bool:
    """The noun at k has a complement of its own that names another act."""
    return k + 1 < len(toks) and toks[k + 1].lower_ in COMPLEMENT_PREPOSITIONS


def _advice(e: Entry) -> str:
    """The plain verb, or for a phrase of the law without one what to say beside it: a
    reviewer read "Einfacher: „beibehalten“" as a wrong replacement (blind review 24)."""
    if e.replacements:
        return f"Einfacher: {german_list(list(e.replacements))}."
    if "rechtlich" not in e.note:
        tip = e.note.rstrip(".") if e.note not in {"", "-"} else ""
        return f"Tipp: {tip}." if tip else "Sagen Sie es mit einem Verb."
    gloss = e.note.split("erklären:", 1)[1].strip() if "erklären:" in e.note else ""
    return ("Der Ausdruck ist rechtlich fest: Lassen Sie ihn stehen und sagen Sie dazu, was er "
            "bedeutet" + (f", etwa: „{gloss.rstrip('.')}“." if gloss else "."))


def _fiction(toks: list[Token], i: int) -> bool:
    """The light verb is the participle of a legal fiction: "gilt als erteilt", "gelten als
    nicht erstattet" ("als" a few words before it, "gelten" in the sentence)."""
    return toks[i].tag_ == "VVPP" and any(
        x.lower_ == "als" for x in toks[max(0, i - 4):i]) and any(
        (x.lemma_ or "").casefold() == "gelten" for x in toks)


def _window(toks: list[Token], i: int) -> list[int]:
    """Token positions in the same clause as position i, nearest first."""
    out = []
    for direction in (1, -1):
        k = i + direction
        while 0 <= k < len(toks) and abs(k - i) <= FVG_WINDOW and (
                toks[k].text not in STOP or _enumeration_comma(toks, k)):
            if toks[k].tag_ in {"KOUS", "PRELS"}:
                break
            out.append(k)
            k += direction
    return out


# adjectives that "machen" turns into a verb of its own ("glaubhaft machen" = show credibly);
# manner adverbs ("vollständig gemacht") leave "Angaben machen" a light verb
RESULTATIVE = {"glaubhaft", "geltend", "deutlich", "kenntlich", "unkenntlich", "sichtbar",
               "bekannt", "zugänglich", "rückgängig", "ausfindig", "haftbar", "verantwortlich",
               "verständlich", "klar", "publik", "nutzbar", "lesbar", "fertig", "frei"}


def _resultative(toks: list[Token], verb: int, noun: int) -> bool:
    """"machen" with a predicative adjective makes the noun something: "dass ich meine
    Angaben glaubhaft mache" is no "Angaben machen"."""
    lo, hi = sorted((verb, noun))
    if any(t.lower_ in RESULTATIVE for t in toks[lo + 1:hi]):
        return True
    return noun > verb and noun + 1 < len(toks) and toks[noun + 1].lower_ in RESULTATIVE


def _enumeration_comma(toks: list[Token], k: int) -> bool:
    """A comma between listed nouns stays inside the clause: "Regelungen zu Unterhalt,
    Umgang und Sorgerecht treffen"."""
    return (toks[k].text == "," and 0 < k < len(toks) - 1
            and toks[k - 1].tag_ in {"NN", "NE"} and toks[k + 1].tag_ in {"NN", "NE"}
            and any(t.tag_ == "KON" for t in toks[k + 2:k + 5]))


_MEANS = {"mittel", "maßnahme", "alternative"}
_MILD = ("mild", "geeignet", "wirksam", "schonend")


def _milder_means(toks: list[Token]) -> bool:
    """A milder or equally suitable means, the words of the proportionality test: "Ein
    milderes, gleich wirksames Mittel steht nicht zur Verfügung"."""
    return any(t.tag_ == "NN" and (t.lemma_ or t.text).casefold() in _MEANS
               and any(a.tag_ == "ADJA" and a.lower_.startswith(_MILD)
                       for a in toks[max(0, k - 4):k])
               for k, t in enumerate(toks))
