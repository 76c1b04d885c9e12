"""Who acts in a passive, and whom the advice may offer as the actor.

* ``actor_in``: does the clause name the actor ("von"/"durch"/"seitens" + noun phrase), only
  roughly (an adverb: "amtlich bestätigt"), or not at all;
* ``reader_undergoes``: is the reader (or a person the reader may be) what the passive
  happens to, or does the office act, so that "Sie" is no actor to offer;
* ``passive_advice``: the message's advice from these answers and the text's voices (does the
  office speak as "wir", does the text speak to its reader).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..audience import POLITE
from ..clauses import FINITE
from ..morphology import is_nominalisation
from .base import Context
from .named_actor import extended_attribute, is_agent_noun
from .roles import is_role_noun

# adverbs that name who acts: "staatlich gefördert", "gerichtlich festgestellt"
AGENT_ADVERBS = {"staatlich", "behördlich", "gerichtlich", "amtlich", "ärztlich", "polizeilich",
                 "notariell", "amtsärztlich", "richterlich"}
AGENT_PREPOSITIONS = {"von", "vom", "durch", "seitens"}
# adjectives and participles whose object takes "von": "abweichend von", "unabhängig von"
GOVERN_VON = {"abweichend", "unabhängig", "abhängig", "abgesehen", "ausgehend", "frei",
              "fern", "entfernt", "getrennt", "verschieden", "weit",
              # a place: "außerhalb von Geschäftsräumen geschlossen" (findings review 173)
              "außerhalb", "innerhalb", "oberhalb", "unterhalb", "anstelle", "anstatt",
              "nördlich", "südlich", "östlich", "westlich"}
# verbs (lemmas) whose "von" names what one is freed or kept from, a source or a topic, not who
# acts: "von der Zuzahlung befreit", "vom Konto abgebucht", "von der Änderung benachrichtigt"
# (blind review 15: "the insured person is not the actor" where the message said the sentence
# named one)
VON_NOT_ACTOR = {"abbuchen", "abgrenzen", "abhalten", "abheben", "ableiten", "ablösen",
                 "absehen", "abweichen", "abziehen", "ausnehmen", "ausschließen",
                 "benachrichtigen", "befreien", "einziehen", "entbinden", "entfernen",
                 "entlasten", "freistellen", "lösen", "trennen", "unterrichten",
                 "unterscheiden", "überzeugen"}
# with these verbs "durch" names what takes the place: "Die Schriftform kann durch die
# elektronische Form ersetzt werden" (findings reviews 18-153: "not an agent", three times)
DURCH_NOT_ACTOR = {"ersetzen", "ergänzen"}


def actor_in(toks: list[Token], verbs: list[Token],
             levies: frozenset[str] = frozenset()) -> str | None:
    """How the passive clause says who acts: "" for "von"/"durch" + noun phrase anywhere in
    it (before the verbs, between coordinated participles, or after them: "wurde erstellt
    durch die Stadt"), the adverb where only an adverb names the actor, roughly ("staatlich
    gefördert"), None where nothing does.

    Outside the verb complex a "von" directly after a noun belongs to that noun ("Kosten von
    30 Euro"), "von"/"durch" before a number gives an amount or a time ("von 8 bis 12
    Uhr"), and with some verbs "von" names a thing ("von der Zuzahlung befreit",
    ``VON_NOT_ACTOR``): no actor.
    """
    lo, hi = min(v.i for v in verbs), max(v.i for v in verbs)
    if _decided_by(toks):
        return ""
    own = {v.i for v in verbs}
    # a finite verb of another clause before the passive: what precedes it is that clause's
    others = [x.i for x in toks if x.tag_ in FINITE and x.i not in own and x.i < lo]
    start = max(others, default=-1)
    adverb = None
    von_object = any((v.lemma_ or "").lower() in VON_NOT_ACTOR for v in verbs)  # keeps "ß"
    replaced = any((v.lemma_ or "").lower() in DURCH_NOT_ACTOR for v in verbs)
    # "wird von den Eigentümern … erhoben": with a charge, "von" names who pays
    levy = any(v.lemma_ == "erheben" for v in verbs) and levied(toks, levies)
    for k, t in enumerate(toks):
        if t.lower_ in AGENT_ADVERBS and t.tag_ in {"ADJD", "ADV"}:
            if k + 1 < len(toks) and toks[k + 1].tag_ == "ADJA":
                continue  # "der notariell beglaubigten Bewilligung": an attribute's (review 79)
            adverb = adverb or t.text
            continue
        if t.lower_ not in AGENT_PREPOSITIONS or t.tag_ not in {"APPR", "APPRART"} \
                or t.i < start:
            continue
        if (von_object and t.lower_ != "durch" and not _pronoun_after(toks, k)) or (
                replaced and t.lower_ == "durch"):
            continue  # "von der Zuzahlung befreit", "durch die … Form ersetzt": what, not who
            # ("von mir unterrichtet" names who: findings review 311)
        j = k + 1
        while j < len(toks) and (toks[j].tag_ == "ADV" or toks[j].lower_ in _UP_TO):
            j += 1  # "von höchstens acht Jahren", "von bis zu 5.000 Euro": an amount still
        nxt = toks[j] if j < len(toks) else None
        if nxt is None or nxt.tag_ == "CARD" or not nxt.is_alpha:
            continue
        if nxt.tag_ in {"PRELS", "PDS"} and j + 1 < len(toks) and (
                toks[j + 1].tag_ in {"PIS", "CARD"} or toks[j + 1].lower_ in _SOME):
            continue  # "von denen einzelne … nicht geimpft werden können": of whom some
        if t.lower_ == "durch" and j == k + 1 and nxt.tag_ == "NN" \
                and nxt.lower_.endswith(ACTION_ENDINGS):
            # "durch Übertragung eines elektronischen Dokuments", "durch Einlegung beim …":
            # how, not who (findings reviews 46-127: "the message wrongly says the sentence
            # names the actor")
            continue
        inside = lo < t.i < hi
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.tag_ in {"ART", "PDAT", "PPOSAT", "PIAT"}:
            continue  # "der von Ihnen übermittelten Angaben": an attribute, no actor
        if prev is not None and prev.lower_ in GOVERN_VON and t.lower_ in {"von", "vom"}:
            continue  # "abweichend von der Zuordnung": the adjective's object (review 35)
        if (t.lower_ == "durch" and prev is not None and prev.tag_ == "NN"
                and prev.lower_.endswith(("ung", "ungen"))):
            continue  # "für die Bearbeitung durch das Gericht": who does what the noun names
            # (findings review 296: "the sentence names who acts" was a wrong diagnosis)
        if (not inside and t.lower_ != "durch" and prev is not None
                and prev.tag_ in {"NN", "NE"}):
            continue  # "die Kosten von 30 Euro", "ein Schreiben vom Amt" as an attribute
        if (inside and t.lower_ == "von" and prev is not None and prev.tag_ == "NN"
                and _bare_noun_phrase(toks, k + 1)):
            # "kann die Anordnung von Erzwingungshaft beantragt werden", "über die Erhebung
            # von Elternbeiträgen": "von" + a noun without article after a noun stands for a
            # genitive; an agent has an article, a name or a pronoun ("im Einzelfall von der
            # Kasse getragen"). Blind review 19: the advice "the sentence names who acts" was
            # wrong and harmful here
            continue
        if _names_no_agent(toks, k, j, payer_von=levy):
            continue
        return ""
    return adverb


# nouns of a measure, whose "von" gives the amount: "in Höhe von monatlich 50,00 Euro", "mit
# einem Radius von einem Kilometer" (findings reviews 258 and 271: "wrong diagnosis")
MEASURE_NOUNS = {"höhe", "radius", "umkreis", "umfang", "wert", "betrag", "summe", "alter",
                 "abstand", "länge", "breite", "tiefe", "größe", "dauer", "frist", "zeitraum",
                 "fläche", "gewicht", "menge", "anzahl", "durchmesser", "preis", "nennwert",
                 # and a date's: "mit Wirkung vom Zeitpunkt der Änderung" (review 295)
                 "wirkung"}
# heads after "von"/"durch" that are a means, a document, a rule or a line, not who acts:
# "durch gesonderten Bescheid", "durch Verkehrszeichen", "durch Baulast", "durch
# Einlasskontrolle", "von der Grenzlinie geschnitten", "von der Pflicht zur
# Dienstbereitschaft" (findings reviews 150-276 judged 17 such "the sentence names who acts"
# messages noise: "wrong diagnosis, no actor is named"); nominalisations as well
MEANS_ENDS = ("bescheid", "bescheide", "bescheiden", "karte", "karten", "zeichen", "vertrag",
              "vertrages", "verträge", "nachweis", "nachweise", "last", "kontrolle",
              "kontrollen", "besuch", "linie", "linien", "pflicht", "pflichten", "kosten",
              "gesetz", "gesetzes", "vorschrift", "vorschriften", "regel", "regeln",
              "nahme", "nahmen", "gutachten", "urteil", "beschluss", "mittel", "mitteln",
              # "durch folgende Grenzen beschrieben" (findings review 296)
              "grenze", "grenzen")
# bodies whose names end like an action noun: "durch die Lebensmittelüberwachung", "von der
# Bezirksregierung", "durch die Rentenversicherung"
BODY_ENDS = ("überwachung", "regierung", "versicherung", "stiftung", "vertretung", "direktion",
             "inspektion", "kommission", "organisation", "redaktion", "vereinigung", "innung",
             "aufsicht")
# who pays a charge "von" names: persons, firms and guests, not the body that levies it
PAYER_ENDS = ("unternehmen", "betrieb", "betrieben", "betriebe", "firma", "firmen", "gäste",
              "gästen", "tätige", "tätigen", "eltern", "personen", "einwohnern", "bürgern")
_PHRASE_TAGS = {"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "ADJA", "ADJD", "ADV", "CARD",
                "TRUNC"}
_HEAD_REACH = 10  # tokens from "von"/"durch" to the head of its noun phrase


def _names_no_agent(toks: list[Token], k: int, j: int, payer_von: bool) -> bool:
    """The phrase after "von"/"durch" at ``k`` (its first word at ``j``) names no one who
    acts: a measure's amount, a place ("von dem aus"), who pays a charge, or a means (a
    document, a rule, an action noun)."""
    by = toks[k].lower_
    prev = toks[k - 1] if k else None
    if by != "durch" and prev is not None and (prev.lemma_ or "").casefold() in MEASURE_NOUNS:
        return True
    at = _phrase_head(toks, j)
    if at is None:
        return False
    head = toks[at]
    after = toks[at + 1] if at + 1 < len(toks) else None
    if by != "durch" and after is not None and after.lower_ == "aus" and (
            head.tag_ in {"PRELS", "PDS"} or after.tag_ not in {"APPR", "APPRART"}
            or not _opens_noun_phrase(toks, at + 2)):
        return True  # "der Ort, von dem aus die Versteigerung geleitet wird", "von einer
        # festen Verkaufsstätte aus vorübergehend …" (findings review 300): a place
    if head.tag_ in {"PRELS", "PDS"} and by == "durch":
        head = _antecedent(toks[k]) or head  # "eine Beschäftigung, durch die ein Einkommen …
        # erzielt wird": the relative pronoun stands for its noun (findings review 287)
    if head.tag_ != "NN":
        return False
    word = head.text.casefold()
    if payer_von and by != "durch" and (is_role_noun(head) or word.endswith(PAYER_ENDS)):
        return True
    if is_agent_noun(head) or word.endswith(BODY_ENDS):
        return False
    return is_nominalisation(head) or word.endswith(MEANS_ENDS)


def _pronoun_after(toks: list[Token], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].tag_ == "PPER"


# words between "von" and a number: "von bis zu 5.000 Euro", "von mehr als zehn Tagen"
_UP_TO = {"bis", "zu", "über", "unter", "mehr", "weniger", "als", "maximal", "mindestens"}


def _opens_noun_phrase(toks: list[Token], k: int) -> bool:
    return k < len(toks) and toks[k].tag_ in {"ART", "NN", "NE", "ADJA", "PPOSAT", "PDAT",
                                              "PIAT", "CARD"}


def _antecedent(by: Token) -> Token | None:
    """The noun before the comma that opens the relative clause starting at ``by``."""
    doc = by.doc
    k = by.i - 1
    if k < 0 or doc[k].text != ",":
        return None
    for m in range(k - 1, max(-1, k - 4), -1):
        if doc[m].tag_ in {"NN", "NE"}:
            return doc[m]
    return None


def _phrase_head(toks: list[Token], j: int) -> int | None:
    """Where the noun or pronoun that heads the noun phrase from ``toks[j]`` on stands
    ("durch eine auf Dauer angelegte Baulast": "Baulast"), or None."""
    m = j
    while m < min(len(toks), j + _HEAD_REACH):
        x = toks[m]
        if x.tag_ in {"NN", "NE", "PPER", "PIS", "PDS", "PRELS", "PRF"}:
            return m
        if x.tag_ in {"APPR", "APPRART"}:
            inner = extended_attribute(toks, m, toks[-1].i + 1)
            if inner is None:
                return None
            m = inner
            continue
        if x.tag_ not in _PHRASE_TAGS:
            return None
        m += 1
    return None


# quantifiers after "von denen": a part of a group, not who acts (findings review 156)
_SOME = {"einzelne", "einige", "manche", "viele", "mehrere", "wenige", "keine", "alle",
         "beide"}
# the ends of a bare action noun after "durch": the means, not an agent
ACTION_ENDINGS = ("ung", "ungen", "gabe", "nahme", "tion")


# a decision and who made it: "mit Bescheid des Bundesamtes … abgelehnt", "durch Urteil des
# Verwaltungsgerichts abgewiesen" (fresh set 36: "the agent, the Bundesamt, is named")
DECISIONS = {"bescheid", "urteil", "beschluss", "verfügung", "entscheidung", "schreiben",
             "verwaltungsakt", "widerspruchsbescheid"}


def _decided_by(toks: list[Token]) -> bool:
    for k, t in enumerate(toks[:-3]):
        if t.lower_ not in {"mit", "durch"} or t.tag_ != "APPR":
            continue
        j = k + 1 + (toks[k + 1].tag_ == "ART")
        if (j + 2 < len(toks) and toks[j].lower_ in DECISIONS
                and toks[j + 1].lower_ in {"des", "der"} and toks[j + 2].tag_ in {"NN", "NE"}
                and (is_role_noun(toks[j + 2]) or toks[j + 2].tag_ == "NE"
                     or toks[j + 2].text.casefold().endswith(DECIDERS))):
            return True
    return False


# the heads of bodies that decide: "des Bundesamtes", "des Verwaltungsgerichts"
DECIDERS = ("amt", "amtes", "amts", "gericht", "gerichts", "gerichtes", "behörde", "stelle",
            "kasse", "rat", "rates", "ausschusses", "verwaltung", "ministeriums", "anstalt",
            "agentur", "zentrale", "kammer", "stadt", "gemeinde", "kreises", "landkreises")


def _bare_noun_phrase(toks: list[Token], k: int) -> bool:
    """From position k a noun phrase without article or pronoun: "Erzwingungshaft",
    "weiteren Unterlagen"."""
    while k < len(toks) and toks[k].tag_ == "ADJA":
        k += 1
    return k < len(toks) and toks[k].tag_ == "NN"


_OFFICE_VOICE = {"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"}


def voices_of(ctx: Context) -> tuple[bool, bool]:
    """Who the passive advice may offer as the actor: the office as "wir" only where it speaks
    as "wir", the reader as "Sie" only where the text speaks to its reader. Blind reviewers
    called the advice unfitting on a citizen's sample complaint, a first-person declaration
    and pages in the third person ("the 'wir/Sie' advice does not apply")."""
    office = any(t.lower_ in _OFFICE_VOICE and t.tag_ in {"PPER", "PPOSAT", "PRF"}
                 for s in ctx.sentences for t in s.tokens)
    return office, ctx.addresses_reader


def reader_acts(toks: list[Token], parts: list[Token], reader_verbs: frozenset[str],
                sentence: list[Token], office_acts: frozenset[str],
                levies: frozenset[str]) -> bool:
    """The passive's actor may be the reader, whom the advice may offer as "Sie": its verb is
    one the reader does ("eingereicht", "unterschrieben") and the reader is not what it happens
    to. Any other verb is done by the office or someone else: "werden die Beträge …
    abgebucht", "kann … mit einer Geldbuße geahndet werden", and "erhoben" with a charge
    ("Die Kurabgabe wird … erhoben"), though "Widerspruch erheben" is the reader's (findings
    review 53: "the suggested 'Sie' would be wrong" for seven such passives)."""
    if not any(t.lemma_.casefold() in reader_verbs for t in parts):
        return False
    if all(t.lemma_ == "erheben" for t in parts if t.lemma_.casefold() in reader_verbs) \
            and levied(sentence, levies):
        return False
    return not reader_undergoes(toks, parts, reader_verbs, sentence, office_acts)


def levied(toks: list[Token], levies: Iterable[str]) -> bool:
    """A charge the office levies: "erheben" with a charge noun ("Die Kurabgabe wird …
    erhoben", "kann der Kostenbeitrag … erhoben werden"), not "Widerspruch erheben"."""
    ends = tuple(levies)
    return bool(ends) and any(t.lemma_ == "erheben" for t in toks) and any(
        t.tag_ == "NN" and t.lower_.endswith(ends) for t in toks)


def reader_undergoes(toks: list[Token], parts: list[Token],
                     reader_verbs: set[str] | frozenset[str],
                     sentence: list[Token] | None = None,
                     office_acts: set[str] | frozenset[str] = frozenset()) -> bool:
    """The reader, or a person the reader may be, is what the passive happens to, not who
    acts: "Ihr Widerspruch wurde zurückgewiesen", "Sie werden benachrichtigt", "Der
    Antragsteller wird benachrichtigt", "Wer eine Straftat begeht, wird verurteilt" (blind
    review 16: "the court is obviously the actor; the wir/Sie advice does not fit"). Not where
    the verb is one the reader does ("Ihr Antrag muss bis Mai eingereicht werden": the reader
    hands it in), nor for a person after a preposition ("vom Antragsteller unterschrieben":
    that person acts)."""
    if any(t.lemma_.casefold() in reader_verbs for t in parts):
        return False
    if office_acts and any(t.lemma_.casefold() in office_acts for t in parts):
        return True  # "Es kann nicht festgestellt werden": the office acts, not the reader
    if sentence is not None and toks and toks[0].lower_ != "wer" and _wer_subject(sentence):
        return True
    for k, t in enumerate(toks):
        if not (t.text in POLITE or is_role_noun(t)):
            continue
        j = k - 1
        while j >= 0 and toks[j].tag_ in {"ART", "ADJA", "PPOSAT", "PIAT"}:
            j -= 1
        if j < 0 or toks[j].tag_ not in {"APPR", "APPRART"}:
            return True
    return False


def _wer_subject(sentence: list[Token]) -> bool:
    """The sentence opens with a "wer" clause (bullets and markup aside), which is the subject
    of the main clause after it."""
    for t in sentence:
        if t.is_punct or not t.text.strip() or t.text in {"*", "-", "+", "•"}:
            continue
        return t.lower_ == "wer"
    return False


def who_acts(voices: tuple[bool, bool], reader: bool = True) -> str:
    office, addressed = voices
    options = (["„wir“ für das Amt"] if office else []) + (
        ["„Sie“ für die Leserin oder den Leser"] if addressed and reader else [])
    named = "die Stelle oder Person, die handelt"
    return ", ".join(options) + ", sonst " + named if options else named


def passive_advice(who: str, actor: str | None) -> str:
    """``actor`` as ``actor_in`` gives it."""
    if actor:
        # "amtlich bestätigt": an office acts, but which? (blind review 16: the message
        # "wrongly claims the actor is named")
        return (f"„{actor}“ sagt nur ungefähr, wer handelt. Nennen Sie die Stelle, die es "
                "tut, und schreiben Sie aktiv")
    if actor is not None:
        return ("Der Satz nennt schon, wer handelt. Schreiben Sie aktiv, mit dieser Stelle "
                "oder Person vorn („Das Amt prüft …“ statt „… wird vom Amt geprüft“)")
    return f"Wer handelt? Schreiben Sie aktiv und nennen Sie, wer es tut: {who}"
