"""Nominal style: nominalisation clusters, a preposition with an action noun ("durch Vorlage"),
chains of action nouns (genitive chains: genitives.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..morphology import VERBAL_NOUNS, is_nominalisation
from ..rules import Rule
from ..verbs import is_plausible_verb, verb_from_noun
from .action_nouns import (
    action_verb,
    genitive_attribute,
    nominal_cluster_nouns,
    object_after,
    object_compound,
    pp_object,
    titles_of_rules,
    verbal,
)
from .base import Context, Match, check, span_of

DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT"}
NOUN_PHRASE_INNER = {"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD", "ADV", "ADJD"}


def verbs_own(toks: list[Token], p: int, n: int, bare_only: set[str]) -> bool:
    """The preposition at p counts for SIM-N004 only without an article before the noun at
    n ("mit Eingang des Antrags"); with one it is the verb's own ("mit dem Erlass eines
    Bescheids rechnen")."""
    return toks[p].lower_ in bare_only and any(x.tag_ == "ART" for x in toks[p + 1:n])


def _names_a_rule(toks: list[Token], i: int, heads: tuple[str, ...],
                  judged: tuple[str, ...] = ()) -> bool:
    """The noun after "nach" names a rule or a view ("nach der Verordnung", "nach
    Auffassung der Kammer"): "nach" means "according to" there. So does a judgement with an
    adjective and no article ("nach vorläufiger Prüfung", "nach überschlägiger Berechnung"),
    except one that says it is done ("nach erfolgter Prüfung": after)."""
    m = i + 1
    while m < len(toks) and toks[m].tag_ in NOUN_PHRASE_INNER:
        m += 1
    if m >= len(toks):
        return False
    head = (toks[m].lemma_ or toks[m].text).casefold()
    between = toks[i + 1:m]
    return (bool(heads) and head.endswith(heads)) or (
        bool(judged) and head.endswith(judged) and bool(between)
        and all(x.tag_ == "ADJA" for x in between)
        and not between[0].lower_.startswith(("erfolgt", "abgeschlossen", "durchgeführt")))


@check("nominal_cluster")
def nominal_cluster(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Several nominalisations in one sentence: "Nach Prüfung der Unterlagen erfolgt die
    Bewilligung der Leistung"."""
    limit = ctx.profile.limit("nominal_cluster")
    for s in ctx.sentences:
        nouns = nominal_cluster_nouns(s.tokens, limit, ctx.term_spans(s.tokens))
        if nouns:
            start, end = span_of(nouns)
            yield Match(start, end, {"count": len(nouns),
                                     "nouns": ", ".join(n.text for n in nouns[:5])},
                        sentence=s.index)


# Infinitives that became nouns of their own ("durch das Verfahren" is no action in disguise);
# wordfreq and the noun paradigms cannot tell them from "das Ausfüllen", so they are listed
LEXICAL_INFINITIVES = {
    "verfahren", "schreiben", "einkommen", "vermögen", "unternehmen", "leben", "essen",
    "anliegen", "vorhaben", "verhalten", "vertrauen", "wesen", "vorkommen", "abkommen",
    "wissen", "ansehen", "befinden", "ersuchen", "vergehen", "verbrechen",
    "gutachten", "darlehen", "guthaben", "andenken", "gebrechen", "unterfangen", "zeichen",
}


def nominalised_infinitive(toks: list[Token], m: int) -> bool:
    """"das Ausfüllen des Formulars", "das Vorlegen von Belegen": a verb as a noun, with its
    object after it (an object shows the action; "das Verfahren" alone is a thing)."""
    t = toks[m]
    low = t.lower_
    # HanTa tags some of them as infinitives: "das Vorlegen/VVINF"; the capital shows the noun
    noun_like = t.tag_ == "NN" or (t.tag_ == "VVINF" and t.text[:1].isupper() and m > 0)
    if not noun_like or not low.endswith(("en", "ern", "eln")) or low in LEXICAL_INFINITIVES:
        return False
    if m == 0 or toks[m - 1].lower_ not in {"das", "dem", "des"}:
        return False
    nxt = toks[m + 1] if m + 1 < len(toks) else None
    if nxt is None or nxt.lower_ not in {"des", "der", "eines", "einer", "von", "ihres",
                                         "ihrer", "seines", "seiner"}:
        return False
    return is_plausible_verb(low)


def _verb_would_do(toks: list[Token], prep: int, k: int) -> bool:
    """"durch Vorlage des Ausweises" -> "indem Sie den Ausweis vorlegen": only where a verb
    would do. The noun has a base verb in everyday use, names one action (singular: plural
    "Regelungen" are things), and the phrase is instrumental: a bare noun ("durch Zahlung") or
    a noun with its object after it ("durch die Vorlage des Ausweises"). A definite noun on its
    own refers to something already named ("Durch die Abtretung …", "durch die Zeitung").
    An editor found 1 of 4 of the old hints worth the time (issue 14)."""
    noun = toks[k]
    lemma = noun.lemma_.casefold()
    if noun.lower_ != lemma and (noun.lower_.endswith(("ungen", "ionen", "heiten", "keiten"))
                                 or (noun.lower_.endswith(("en", "n")) and lemma.endswith("e"))):
        return False  # plural: "Regelungen", "nach Angaben der Polizei"
    if lemma not in VERBAL_NOUNS and action_verb(lemma) is None:
        return False
    if not any(t.tag_ in DETERMINERS for t in toks[prep + 1:k]):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and (nxt.lower_ == "von" or genitive_attribute(toks, k + 1) is not None
                                or pp_object(toks, k, toks[prep]))


# words that take "zur/zum" as their complement ("Pflicht zur", "Leistungen zur",
# "berechtigt zur", "bereit zum"): there "zur" names what, not what for
GOVERNS_ZUR = {"NN", "NE", "ADJA", "ADJD", "VVPP", "PIS", "PDS"}


def _complement(toks: list[Token], i: int, verbs: set[str]) -> bool:
    """"zur" at i belongs to the word before it (adverbs skipped): a noun or adjective
    ("Pflicht zur", "bereit zur") or a verb that takes it ("berechtigt lediglich zur")."""
    k = i - 1
    while k >= 0 and toks[k].tag_ in {"ADV", "PTKNEG"}:
        k -= 1
    if k < 0:
        return False
    return toks[k].tag_ in GOVERNS_ZUR or toks[k].lemma_.casefold() in verbs


def _bare_infinitive(toks: list[Token], m: int) -> bool:
    """"bei Vorliegen aller Voraussetzungen": a verb as a noun without an article."""
    t = toks[m]
    # its lemma is itself: "Angaben" (lemma "Angabe") is a plural, no verb
    return (t.tag_ in {"NN", "VVINF"} and t.text[:1].isupper() and t.lower_.endswith("en")
            and (t.lemma_ or t.text).casefold() == t.lower_
            and t.lower_ not in LEXICAL_INFINITIVES and is_plausible_verb(t.lower_))


# participles that are plain adjectives or determiners: "bei folgenden Stellen, dringendem Bedarf"
NOT_PARTICIPLES = {"folgend", "entsprechend", "dringend", "betreffend", "bedeutend", "umfassend",
                   "zwingend", "anwesend", "abwesend", "ausreichend", "spannend", "passend"}


def _present_participle(t: Token) -> bool:
    """"fehlenden", "drohender", "bestehender": a present participle before the noun hides a
    clause ("bei fehlenden Unterlagen": wenn Unterlagen fehlen)."""
    low = t.lower_
    for ending in ("ender", "enden", "endem", "endes", "ende"):
        if low.endswith(ending):
            stem = low[: len(low) - len(ending) + 3]  # "fehlenden" -> "fehlend"
            return (stem not in NOT_PARTICIPLES and len(stem) > 5
                    and is_plausible_verb(stem[:-1]))  # "fehlend" -> "fehlen"
    return False


def _plain_phrase(noun: str, heads: tuple[str, ...]) -> bool:
    """``noun`` ends in one of ``heads``; a head written "-beginn" counts in compounds only
    ("Kursbeginn", not "Beginn")."""
    for head in heads:
        bare = head.lstrip("-")
        if noun.endswith(bare) and (head == bare or len(noun) > len(bare)):
            return True
    return False


# adverbs of place that a preposition takes as its whole object ("nach außen", "von innen")
DIRECTIONS = {"außen", "innen", "oben", "unten", "vorn", "vorne", "hinten", "links", "rechts",
              "draußen", "drinnen"}


@check("preposition_nominalisation")
def preposition_nominalisation(ctx: Context, rule: Rule) -> Iterator[Match]:
    """A preposition with a nominalisation where a clause with a verb would do: "durch Vorlage
    des Ausweises" (indem …), "bei Vorliegen aller Voraussetzungen" (wenn …), "zur Vermeidung
    von Nachteilen" (damit …). Places an Amtsdeutsch list entry covers are that rule's."""
    preps: dict[str, str] = dict(rule.params.get("prepositions", {}))
    need_object = set(rule.params.get("need_object", []))
    zur_verbs = {v.casefold() for v in rule.params.get("zur_verbs", [])}
    bare_only = set(rule.params.get("bare_only", []))
    according_to = tuple(w.casefold() for w in rule.params.get("according_to", []))
    judged = tuple(w.casefold() for w in rule.params.get("according_to_judged", []))
    listed_in = rule.params.get("defer_to_list")
    content_nouns = {w.casefold() for w in rule.params.get("content_nouns", [])}
    plain = {p.casefold(): tuple(w.casefold() for w in words)
             for p, words in rule.params.get("plain_phrases", {}).items()}
    period_starts = {w.casefold() for w in rule.params.get("period_starts", [])}
    periods = tuple(w.casefold() for w in rule.params.get("periods", []))
    mit_times = tuple(w.casefold() for w in rule.params.get("mit_points_in_time", []))
    for s in ctx.sentences:
        toks = s.tokens
        listed: set[int] | None = None
        for i, t in enumerate(toks):
            if t.lower_ not in preps:
                continue
            if t.lower_ in {"zur", "zum"} and i > 0:
                # "bis zur Vollendung" is a time limit; inside the sentence "zur Prüfung" is
                # a name for the act more often than a purpose (reviews 18-66: 0 of 21 worth
                # there, "zur beabsichtigten Ablehnung angehört"); fronted it is the purpose
                # "damit …" can say ("Zur Prüfung des Anspruchs sind …": 2 of 7 worth)
                continue
            if t.lower_ in {"zur", "zum"} and _complement(toks, i, zur_verbs):
                continue  # "Zur Zahlung verpflichtet ist …": a complement, no purpose
            if t.lower_ == "nach" and (_names_a_rule(toks, i, according_to, judged) or (
                    i > 0 and toks[i - 1].tag_ == "NN"
                    and (toks[i - 1].lemma_ or toks[i - 1].text).casefold().endswith(
                        according_to))):
                continue  # "nach der Verordnung": according to, no "nachdem" (review 27);
                # "Ihrer Auffassung nach einer Einziehung …": "nach" closes the view (175)
            if (t.lower_ == "mit" and i > 0 and toks[i - 1].tag_ == "NN" and i + 1 < len(toks)
                    and (toks[i + 1].lemma_ or toks[i + 1].text).casefold() in content_nouns):
                continue  # "ein Lageplan mit Darstellung der Grenzen": what the plan shows
            if i > 1 and toks[i - 1].tag_ == "KON" and (
                    toks[i - 2].tag_ == "APPR" or toks[i - 2].lower_ in {"vor", "während"}):
                continue  # "vor, während und nach Durchführung": one of listed prepositions
                # share the noun; "nachdem" breaks the list (blind review 24)
            if i + 1 < len(toks) and toks[i + 1].lower_ in DIRECTIONS:
                continue  # "nach außen wahrnehmbare Erscheinung": a direction (review 284)
            m = i + 1
            while m < len(toks) and (toks[m].tag_ in NOUN_PHRASE_INNER
                                     or toks[m].lower_ in {"das", "dem"}):
                m += 1
            if m >= len(toks):
                continue
            if verbs_own(toks, i, m, bare_only):
                continue  # "mit dem Erlass … rechnen": the verb's own "mit"
            if _plain_phrase(toks[m].lower_, plain.get(t.lower_, ())):
                continue  # "vor Kursbeginn", "mit Zustimmung der Stadt": everyday phrases
            if t.lower_ == "mit" and not toks[m].lower_.endswith(mit_times):
                continue  # "mit Ordnungsverfügung", "mit Nachweis": how or what, no time
            if toks[m].lower_ in period_starts and _period_after(toks, m, periods):
                continue  # "vor Beginn der Badesaison": a point in time, nobody acts
            inside = False
            if t.lower_ in need_object:
                # "bei der Anmeldung" alone is an ordinary event; with its object it hides
                # who does what ("bei Anmeldung des Hundes"). A nominalised infinitive with
                # its article ("vor dem Einreichen der Klage", "beim Abstellen") reads as a
                # verb already: blind reviewers judged it noise each time (reviews 100-226)
                bare = t.lower_ != "beim" and not any(x.lower_ in {"das", "dem"}
                                                      for x in toks[i + 1:m])
                # an adjective says how, as an object says what: "bei verspäteter Zahlung",
                # "nach erfolgter Prüfung" (not "zum ersten Mal")
                how = (bare and m > i + 1 and t.lower_ not in {"zur", "zum"}
                       and toks[m - 1].tag_ == "ADJA" and not toks[m - 1].lower_.startswith(
                           ("weiter", "ander", "sonstig", "jeweilig"))  # which, not how
                       and all(x.tag_ in {"ADJA", "ADV", "PTKNEG"} for x in toks[i + 1:m]))
                # the object inside a compound: "zur Berufsausübung", "nach Fristablauf"
                # (not in a heading: "Mit BAföG zum Meisterabschluss" names a goal)
                inside = (bare and m == i + 1 and object_compound(toks[m])
                          and not ctx.protected.in_label(t.idx, toks[m].idx))
                # a verb as a noun needs its object ("bei Vorliegen aller Voraussetzungen"):
                # with an adjective alone it is a fixed phrase, "nach pflichtgemäßem
                # Ermessen" is no "nachdem" (blind review 20)
                found = inside or ((object_after(toks, m) or pp_object(toks, m, t) or how)
                                   and verbal(toks[m]) and _verb_would_do(toks, i, m)) or (
                    bare and object_after(toks, m) and _bare_infinitive(toks, m)) or (
                    how and t.lower_ == "bei" and toks[m].tag_ == "NN"
                    and _present_participle(toks[m - 1]))
            else:
                found = ((verbal(toks[m]) and _verb_would_do(toks, i, m))
                         or nominalised_infinitive(toks, m))
            if not found:
                continue
            if listed_in:
                if listed is None:
                    listed = {k for h in ctx.lexicon.find_terms(toks, listed_in)
                              for k in range(h.first, h.last + 1)}
                if m in listed and (i in listed or inside):
                    continue  # a list entry with its own advice ("bei Vorliegen", "Antragstellung")
            start, end = span_of([t, toks[m]])
            yield Match(start, end, {"preposition": t.text, "noun": toks[m].text,
                                     "clause": preps[t.lower_]}, sentence=s.index)


def _period_after(toks: list[Token], m: int, periods: tuple[str, ...]) -> bool:
    """A genitive after the noun at m names a period of time: "Beginn des Schuljahres"."""
    k = m + 1
    if k >= len(toks) or toks[k].lower_ not in {"des", "der"}:
        return False
    k += 1
    while k < len(toks) and toks[k].tag_ in {"ADJA", "CARD"}:
        k += 1
    return k < len(toks) and toks[k].tag_ == "NN" and bool(periods) and (
        (toks[k].lemma_ or toks[k].text).casefold().endswith(periods))


_BULLET = re.compile(r"[ \t]*[*•·\-–][ \t]")


@check("nominal_chain")
def nominal_chain(ctx: Context, rule: Rule) -> Iterator[Match]:
    """A nominalisation with a nominalisation in the genitive: "die Beantragung der
    Verlängerung". Longer chains are SIM-N003's, sentences full of such nouns SIM-N002's:
    one finding per place."""
    cluster = ctx.profile.limit("nominal_cluster")
    links = max(2, int(ctx.profile.limit("genitive_chain")))
    for s in ctx.sentences:
        toks = s.tokens
        terms = ctx.term_spans(toks)
        if nominal_cluster_nouns(toks, cluster, terms):
            continue
        titled = titles_of_rules(toks)  # "Änderung der Satzung über …": a rule's title
        for k, t in enumerate(toks):
            if not is_nominalisation(t) or k in titled:
                continue
            nxt = genitive_attribute(toks, k + 1)
            if nxt is None or not is_nominalisation(toks[nxt]) or nxt in titled:
                continue
            if any(a <= k and nxt <= b for a, b in terms):
                continue  # one term of art: "Anordnung der sofortigen Vollziehung" (§ 80
                # VwGO) has no verbs to say it with (findings reviews 48-144: 0 of 12 worth)
            # the head must be an action with its verb ("Beantragung" -> "beantragen"), not a
            # quality ("Richtigkeit der Angaben") or a thing ("Angaben der ..."); asked last:
            # deriving and looking up the verb is the slow part
            if verb_from_noun(t.lemma_ or t.text) is None:
                continue
            if genitive_attribute(toks, nxt + 1) is not None and links <= 2:
                continue  # "Prüfung der Bewilligung der Leistung": the genitive chain rule's
            verbs = [v for v in (verb_from_noun(t.lemma_ or t.text),
                                 verb_from_noun(toks[nxt].lemma_ or toks[nxt].text)) if v]
            start, end = span_of([t, toks[nxt]])
            if ctx.protected.in_label(start, end) and not _BULLET.match(
                    ctx.text, ctx.text.rfind("\n", 0, start) + 1):
                continue  # a title or label names a thing: "Antrag auf Erteilung einer
                # Erlaubnis" (findings reviews 1-238: 3 of 42 such findings worth); a bullet
                # explains one ("* G – Erhebliche Beeinträchtigung der Bewegungsfähigkeit …",
                # an editor's mark)
            hint = (f" Zum Beispiel mit „{verbs[-1]}“ oder „{verbs[0]}“."
                    if len(verbs) == 2 else
                    f" Zum Beispiel mit „{verbs[0]}“." if verbs else "")
            yield Match(start, end, {"hint": hint}, sentence=s.index)
