"""The actor an "ist … zu" clause names ("durch die Leitung", "vom Bürgermeister"), and the
advice to make it the subject.

A service instruction or statute often says who must act, after the verb's object: "Die Pausen
sind durch die jeweilige Leitung sicherzustellen". Its advice then is not "the clause hides who
acts" (fresh set 34) but "make the named actor the subject", written out where the phrase reads
the same as a subject ("die Leitung", "alle Beschäftigten") and left to the clerk where it does
not ("durch den Hausmeister", "vom Rat").

The same question decides whether a passive duty may become "Sie …" in one click
(``other_actor_before``, read by ``one_click.py``): not where the text around it gives the duty
to someone else: a party named in the sentence before, a public body that opens a sentence of
the paragraph, a question about other people, an example about a named person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..audience import POLITE  # not "sie", "ihr"
from ..clauses import FINITE
from ..forms import noun
from ..morphology import is_nominalisation
from .roles import is_role_noun

if TYPE_CHECKING:
    from .base import SentenceView

NAMED_DUTY = ("versteckt, wer handelt, obwohl es im Satz steht („{agent}“). Machen Sie daraus "
              "das Subjekt: „{subject} {must} … {verb}“.")
NAMED_DUTY_PLAIN = ("versteckt, wer handelt, obwohl es im Satz steht („{agent}“). Machen Sie "
                    "daraus das Subjekt und schreiben Sie „muss“ oder „müssen“.")
_SAME_IN_NOMINATIVE = {"die", "das", "jede", "jedes", "alle", "beide"}
_AGENT_TAGS = {"ART", "ADJA", "NN", "NE", "PIAT", "PIDAT", "PIS", "PPOSAT", "CARD", "TRUNC",
               "KON"}


def named_actor(toks: list[Token], verb: Token | None) -> list[Token] | None:
    """"durch"/"von"/"vom" and the noun phrase after it before the verb (anywhere in the
    clause if ``verb`` is None): "durch die jeweilige Leitung", "vom Bürgermeister", where its
    nouns name who acts; else None."""
    words = [t for t in toks if not t.is_space]
    end = verb.i if verb is not None else words[-1].i + 1 if words else 0
    for k, t in enumerate(words):
        if t.i >= end:
            return None
        if t.lower_ not in {"durch", "von", "vom"} or t.tag_ not in {"APPR", "APPRART"}:
            continue
        if k and (is_nominalisation(words[k - 1]) or words[k - 1].tag_ == "NE"):
            continue  # "eine Vorbeglaubigung durch die Behörde": it belongs to the noun
        if k and words[k - 1].lower_ in FOCUS:
            return None  # "darf nur von der Stadt entfernt werden": "nur" limits who acts;
            # as the subject the limit would move to the verb (safety review 291)
        phrase: list[Token] = []
        embedded: set[int] = set()  # the attribute's own phrase: its nouns do not act
        rest = words[k + 1:]
        m = 0
        while m < len(rest):
            x = rest[m]
            if x.i >= end:
                break
            if x.tag_ in {"APPR", "APPRART"} and all(p.tag_ in _DETERMINERS for p in phrase):
                inner = extended_attribute(rest, m, end)  # "von allen an der … beteiligten
                if inner is None:  # Erziehungsberechtigten" (safety review 174)
                    break
                phrase.extend(rest[m:inner])
                embedded.update(y.i for y in rest[m:inner])
                m = inner
                continue
            # an adverbial adjective before the participle: "eine bekannt gegebene
            # Messstelle", "eine amtlich anerkannte Stelle" (findings review 187)
            graded = x.tag_ == "ADJD" and m + 1 < len(rest) and rest[m + 1].tag_ == "ADJA"
            if x.tag_ not in _AGENT_TAGS and not graded:
                break
            phrase.append(x)
            m += 1
        while phrase and phrase[-1].tag_ not in {"NN", "NE"}:
            phrase.pop()
        heads = [x for x in phrase if x.tag_ == "NN" and x.i not in embedded]
        if not heads or not all(is_agent_noun(x) for x in heads):
            return None  # "durch Vorlage des Ausweises": the means, not who acts
        return [t, *phrase]
    return None


# particles that limit the agent they stand before: the active sentence cannot keep them there
FOCUS = {"nur", "ausschließlich", "allein", "lediglich", "erst", "auch", "selbst", "sogar",
         "ebenfalls", "gerade", "zumindest", "mindestens", "insbesondere"}
_DETERMINERS = {"ART", "PIAT", "PIDAT", "PIS", "PPOSAT"}  # "allen" before an attribute: PIS
ATTRIBUTE_REACH = 8  # tokens of a prepositional phrase inside an extended attribute


def extended_attribute(rest: list[Token], m: int, end: int) -> int | None:
    """Where the prepositional phrase at ``m`` of an extended attribute ends: at the
    participle or adjective before the head noun ("an der Fahrgemeinschaft beteiligten"); None
    if no such adjective follows within ``ATTRIBUTE_REACH`` tokens."""
    for n in range(m + 1, min(len(rest) - 1, m + ATTRIBUTE_REACH)):
        x = rest[n]
        # "§" is punctuation to spaCy but a word of the citation ("nach § 29b BImSchG")
        if x.i >= end or (x.is_punct and x.text != "§") or x.tag_.startswith("V"):
            return None
        if x.tag_ == "ADJA" and rest[n + 1].tag_ in {"NN", "NE", "ADJA"}:
            return n
    return None


# tokens after "durch" that may hold the actor ("durch eine/n … Sachverständige/n")
OTHER_ACTOR_REACH = 8


def names_other_actor(toks: list[Token]) -> bool:
    """The clause or sentence has someone act "durch" a named party ("durch eine/n nach der
    AwSV anerkannte/n Sachverständige/n prüfen zu lassen"), gender slashes and attributes
    allowed: a duty without an actor right after it may be that party's."""
    words = [t for t in toks if not t.is_space]
    for k, t in enumerate(words):
        if t.lower_ != "durch" or t.tag_ != "APPR":
            continue
        # the slashes and endings of gender forms ("eine/n") do not count as words
        after = [x for x in words[k + 1:] if x.tag_ not in {"$(", "XY"}][:OTHER_ACTOR_REACH]
        for x in after:
            if x.tag_ in {"$,", "$."} or x.tag_.startswith("V"):
                break
            if x.tag_ == "NN" and is_agent_noun(x):
                return True
    return False


# nouns that name who acts in a service instruction or statute: roles, bodies, staff
ACTOR_ENDINGS = ("amt", "ämter", "stelle", "stellen", "behörde", "behörden", "leitung",
                 "leitungen", "verwaltung", "rat", "ausschuss", "kasse", "meister",
                 "meisterin", "beauftragte", "beauftragten", "person", "personen", "kraft",
                 "kräfte", "beschäftigte", "beschäftigten", "mitarbeiter", "mitarbeiterin",
                 "mitarbeiterinnen", "vorgesetzte", "vorgesetzten", "gericht", "gemeinde",
                 "vorstand", "abteilung", "abteilungen", "dienst",
                 # firms and experts that a duty names ("durch ein fachkundiges Unternehmen
                 # zu prüfen": findings review 23 called the "wir" advice there harmful)
                 "unternehmen", "betrieb", "betriebe", "firma", "firmen", "sachverständige",
                 "sachverständigen", "prüfer", "prüferin", "installateur", "installateurin",
                 # institutions that sign or fill in a part of a form ("Teil A ist von der
                 # Pflegeeinrichtung auszufüllen": findings review 247, "names who must act")
                 "pflegeeinrichtung", "pflegeeinrichtungen", "tageseinrichtung",
                 "tageseinrichtungen", "träger", "trägerin", "schule", "schulen", "verband",
                 "verein", "kammer", "kammern")
# "-leitung" that carries water or power, not a head of staff
NOT_ACTOR_PREFIXES = ("rohr", "wasser", "strom", "gas", "kanal", "druck", "telefon", "daten",
                      "zu", "ab", "ein", "um", "fern", "trink")


def is_agent_noun(t: Token) -> bool:
    word = t.text.casefold()
    if is_role_noun(t):
        return True
    if not word.endswith(ACTOR_ENDINGS):
        return False
    return not ((word.endswith(("leitung", "leitungen")) and word.startswith(NOT_ACTOR_PREFIXES))
                or (word.endswith("träger") and word.startswith("daten")))


def _number(t: Token) -> str | None:
    """"Sg" or "Pl" for a noun whose form is only singular or only plural in its paradigm."""
    found = noun(t.lemma_ or t.text)
    if found is None:
        return None
    numbers = {n for _c, n, f in found.forms if f == t.text}
    if len(numbers) != 1:
        return None
    return {"singular": "Sg", "plural": "Pl"}.get(numbers.pop())


def _nominative_plural(t: Token) -> bool:
    found = noun(t.lemma_ or t.text)
    return found is not None and found.form("nominativ", "plural") == t.text


def named_duty(toks: list[Token], verb: Token) -> str | None:
    """The advice for a clause that names its actor ("durch die Leitung", "vom Rat"): make it
    the subject, with the subject written out where it reads as in the clause."""
    found = named_actor(toks, verb)
    infinitive = (verb.lemma_ or "").strip()
    if found is None or not infinitive.isalpha():
        return None
    preposition, *phrase = found
    agent = " ".join(t.text for t in phrase)
    said = f"{preposition.text} {agent}"
    first = phrase[0]
    if first.tag_ == "PPOSAT" or (preposition.lower_ != "durch"
                                  and first.tag_ in {"ART", "PIAT", "PIDAT"}):
        return NAMED_DUTY_PLAIN.format(agent=said)  # "von der Leitung", "von Ihrer": dative
    if any(t.tag_ == "KON" for t in phrase) or first.lower_ in {"alle", "beide"}:
        number = "Pl"
    else:
        number = _number(phrase[-1])
    if first.tag_ in {"ART", "PIAT", "PIDAT"}:
        same = first.lower_ in _SAME_IN_NOMINATIVE  # not "durch den Vorstand"
    else:  # "durch Mitarbeiterinnen" (not "von Kindern": a dative plural)
        same = number == "Pl" and _nominative_plural(phrase[-1])
    if number is None or not same or preposition.lower_ == "vom":
        return NAMED_DUTY_PLAIN.format(agent=said)
    subject = agent[:1].upper() + agent[1:]
    return NAMED_DUTY.format(agent=said, subject=subject,
                             must="muss" if number == "Sg" else "müssen", verb=infinitive)


# public bodies that can open a sentence as the one who acts ("Die Meldebehörde darf …")
BODY_ENDINGS = ("behörde", "behörden", "amt", "ämter", "stelle", "verwaltung", "gericht",
                "gemeinde", "kasse", "stadt", "jobcenter", "agentur", "ministerium")


def body_opens(toks: list[Token]) -> bool:
    """The sentence opens with a public body as its subject ("Die Meldebehörde darf Parteien
    … Auskunft erteilen"): a passive duty right after it ("Die Geburtsdaten dürfen dabei nicht
    mitgeteilt werden") may bind that body, not the reader (safety review 230)."""
    words = [t for t in toks if not t.is_space and not t.is_punct][:6]
    k = 1 if words and words[0].tag_ == "ART" else 0
    while k < len(words) and words[k].tag_ == "ADJA":
        k += 1
    return (k + 1 < len(words) and words[k].tag_ in {"NN", "NE"}
            and words[k].text.casefold().endswith(BODY_ENDINGS) and words[k + 1].tag_ in FINITE)


# who a question speaks of when it asks about the reader ("Kann ich …?", "Müssen Sie …?",
# "Wie beantragt man …?"): the answer's "Sie" then is its reader
_READER_WORDS = {"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines",
                 "man", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "du",
                 "dich", "dir", "dein", "deine"}
# nouns for people by age or family, besides the role nouns (roles.is_role_noun)
_PEOPLE_ENDINGS = ("kind", "kinder", "eltern", "elternteil", "jugendliche", "jugendlicher",
                   "jährige", "jähriger", "angehörige", "angehöriger", "gatte", "gattin",
                   "partner", "partnerin", "gast", "gäste", "nachbar", "nachbarin", "schüler",
                   "schülerin", "baby", "säugling", "person", "personen", "mensch", "menschen")


def asks_about_others(toks: list[Token]) -> bool:
    """The sentence is a question about other people than the reader ("Können Kinder die
    Online-Ausweisfunktion nutzen?"): the answer below it ("… kann erst ab 16 genutzt werden")
    speaks of them; "Sie können …" would make the reader, often a parent, the one meant
    (safety review 254). A question in which the reader asks ("Kann ich …", "Müssen Sie …")
    or that names no person ("Was kostet der Ausweis?") is no such question."""
    words = [t for t in toks if not t.is_space]
    if not words or words[-1].text != "?":
        return False
    if any(t.lower_ in _READER_WORDS or t.text in POLITE for t in words):
        return False
    return any(t.tag_ in {"NN", "NE"} and (is_role_noun(t) or (t.lemma_ or t.text).casefold()
                                          .endswith(_PEOPLE_ENDINGS)) for t in words)


# a paragraph that gives a case: "Beispiel 3: Frau C. hat einen Kredit …", "Fallbeispiel:"
_EXAMPLE = re.compile(r"[ \t]*(?:\d+\.[ \t]*)?(?:Fall)?[Bb]eispiel\b[^:\n]{0,12}:")
_NAMED = re.compile(r"\b(?:Frau|Herr|Herrn|Familie|Eheleute)[ \t]+[A-ZÄÖÜ]")


def in_example(toks: list[Token]) -> bool:
    """The sentence belongs to an example about a named person ("Beispiel 3: Frau C. hat einen
    Kredit … Der Wegfall der Belastung ist mitzuteilen."): the duty is that person's, and "Teilen
    Sie … mit" would order the reader (safety review 256)."""
    if not toks:
        return False
    text = toks[0].doc.text
    start = toks[0].idx
    para = text.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    return bool(_EXAMPLE.match(text, para)) and bool(_NAMED.search(text, para, start))


BODY_REACH = 3  # sentences back in the paragraph whose public body may own a passive duty
_BLANK = re.compile(r"\n[ \t]*\n")


def body_acts_before(sentences: list[SentenceView], index: int) -> bool:
    """A sentence before, in the same paragraph, opens with a public body as its subject
    ("Die Genehmigungsbehörde hat … zu entscheiden. … Innerhalb dieser Frist muss auch die
    Ausübung des Vorkaufsrechts mitgeteilt werden"): the duty may be that body's, not the
    reader's (safety reviews 230 and 259; the sentence right before is ``body_opens``)."""
    here = sentences[index]
    text = here.tokens[0].doc.text if here.tokens else ""
    for k in range(index - 1, max(-1, index - 1 - BODY_REACH), -1):
        if _BLANK.search(text, sentences[k].end, here.start):
            return False
        if body_opens(sentences[k].tokens):
            return True
    return False


def other_actor_before(sentences: list[SentenceView], index: int | None) -> bool:
    """Someone else may own the passive duty of sentence ``index``: the sentence before names
    a party who acts ("… durch eine/n anerkannte/n Sachverständige/n prüfen zu lassen. Der
    Prüfbericht ist … vorzulegen": § 47 AwSV has the expert send it; safety review 34), a
    public body acts before it in the paragraph, the sentence before asks about other people,
    or the sentence gives an example about a named person. Read by ``one_click.py``."""
    return bool(index) and (names_other_actor(sentences[index - 1].tokens)
                            or body_acts_before(sentences, index)
                            or asks_about_others(sentences[index - 1].tokens)
                            or in_example(sentences[index].tokens))
