"""Is "haben/sein + zu-Infinitiv" a duty? Shared by SIM-A003 ("hat … vorzulegen") and SIM-P003
("ist … einzureichen").

Both constructions are hidden instructions only when they express an obligation. They also
express possession or possibility ("nichts zu befürchten haben", "viel zu bieten haben", "ist
im Schnee schlecht zu erkennen"), fixed phrases ("mit etwas zu tun haben", "ist auf … zurück-
zuführen") or are no construction at all, when the zu-infinitive hangs on another verb in the
same clause ("glaubten, den Krieg zu gewinnen"). On plain texts these readings were most of
both rules' findings (issue 14). The features, all from tags and lemmas:

* the verb: verbs whose haben/sein + zu reading is possession, expectation or perception
  (``params.not_duty`` of the rule, data);
* "haben" + a quantity as object ("nichts", "viel", "etwas", "mehr") before the infinitive:
  something to have, not something to do;
* an adverb of ease right before the infinitive ("schwer", "leicht", "gut", "kaum"): a
  possibility;
* another finite full verb between the auxiliary and the infinitive, or (for "haben") a
  participle there: the infinitive belongs to another verb (the clause analysis may join
  two clauses linked by "und", so only the words between count);
* "zu sein", "zu haben", "zu werden": an auxiliary as infinitive is no instruction;
* "was" as the subject of "ist … zu" ("was zu tun ist"): the tasks are named, not set;
* an adjective or participle between the infinitive and a clause-final auxiliary: the
  infinitive hangs on it ("die sie zu nutzen berechtigt sind", "zu helfen bereit ist").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..verbs import split_separable, split_zu_infinitive

QUANTITIES = {"nichts", "viel", "vieles", "etwas", "was", "wenig", "weniges", "mehr", "genug",
              "einiges", "allerhand", "manches", "nix"}
EASE = {"schwer", "leicht", "einfach", "gut", "kaum", "schlecht", "schwierig", "problemlos",
        "bequem", "deutlich", "klar", "besser", "schlechter", "leichter", "schwerer", "gern"}


# nouns that give "haben" an object the infinitive belongs to: a right or a chance, no duty
# ("Erlaubnis", "Anspruch" are often the verb's object: "hat die Erlaubnis … zu beantragen")
OFFERS = {"recht", "möglichkeit", "gelegenheit", "chance"}
# predicative words that take a zu-infinitive of their own: "ist verpflichtet zu prüfen"
GOVERNING = {"verpflichtet", "berechtigt", "befugt", "ermächtigt", "bereit", "gehalten",
             "angehalten", "gezwungen", "imstande", "fähig", "gewillt", "befähigt"}


# verbs that mean "fear" when a dass-clause follows ("es ist zu besorgen, dass …", legal
# register) and "obtain" otherwise ("Ersatzpapiere sind zu besorgen"); findings reviews 112
# and 136: "misreads the legal term as an instruction to buy something"
FEAR = {"besorgen"}


# "ist dem Plan zu entnehmen" says where something can be read (findings reviews 24, 60 and
# 143: "wrong diagnosis, means 'can be seen'"); "Proben sind aus jedem Volk zu entnehmen"
# (taken out of something) is a duty
READ_OFF = {"entnehmen"}
# what can or cannot be made out: negated, "ist … zu lesen" says it is (il)legible
LEGIBLE = {"lesen", "entziffern", "erkennen", "hören", "sehen", "verstehen"}
TAKEN_FROM = {"aus", "von", "vom"}


# verbs that say how a thing counts when "als"/"wie"/"dahin" goes with them: "ist als Antrag
# auszulegen" (is to be read as), "sind wie Kinder zu behandeln" (count as) (findings
# reviews 165, 168: "'Bitte legen Sie … aus' is absurd"); "Die Pläne sind öffentlich
# auszulegen" (displayed) and "Anträge sind vorrangig zu behandeln" stay duties
COUNTS_AS = {"auslegen", "behandeln", "deuten", "interpretieren", "einordnen", "qualifizieren"}
AS_WORDS = {"als", "wie"}
NOUN_PHRASE_START = {"ART", "NN", "NE", "ADJA", "PPOSAT", "PIAT", "PDAT"}


def _counts_as(t: Token) -> bool:
    """ "als/wie" before a noun phrase ("als Antrag", "wie leibliche Kinder"), or "dahin(gehend)";
    not "als vertraulich" (an instruction on how to treat it) nor "wie folgt"."""
    if t.lower_ in {"dahin", "dahingehend"}:
        return True
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return (t.lower_ in AS_WORDS and nxt is not None and nxt.tag_ in NOUN_PHRASE_START
            and nxt.lower_ != "folgt")


def _feared(verb: Token) -> bool:
    """A dass-clause starts within three tokens after the verb (after "wäre", a comma), and no
    "so" before it asks for a manner ("so zu besorgen, dass es seinem Wohl entspricht")."""
    doc = verb.doc
    if any(t.lower_ == "so" for t in doc[max(verb.i - 3, 0):verb.i]):
        return False
    return any(t.lower_ == "dass" for t in doc[verb.i + 1:min(verb.i + 4, len(doc))])


def is_duty(toks: list[Token], aux: Token, zu: Token,
            not_duty: set[str] | frozenset[str]) -> bool:
    """Whether "aux (haben/sein) … zu" in this clause reads as an obligation."""
    if zu.tag_ == "VAINF" or zu.lemma_.casefold() in {"sein", "haben", "werden"}:
        return False
    if zu.lemma_.casefold() in not_duty or _without_zu(zu) in not_duty:
        return False  # the tagger's lemma ("einzureichen" -> "einreichen") or, where the
        # tagger clips it ("gleichzuachten" -> "gleichacht"), the form without its "zu"
    if zu.lemma_.casefold() in READ_OFF and aux.lemma_.casefold() != "haben" and not any(
            t.lower_ in TAKEN_FROM for t in toks):
        return False  # "ist dem Übersichtsplan zu entnehmen": can be read there, no duty
    if zu.lemma_.casefold() in COUNTS_AS and any(_counts_as(t) and t.i < zu.i for t in toks):
        return False  # "ist als Antrag auszulegen": how it counts, no task
    if zu.lemma_.casefold() in FEAR and aux.lemma_.casefold() != "haben" and _feared(zu):
        return False  # "es ist zu besorgen, dass …": legal German for "it is to be feared"
    haben = aux.lemma_.casefold() == "haben"
    if aux.lower_ in REPORTED_SEIN:
        return False  # "die Flächen seien nicht einzubeziehen": someone's argument reported
        # (findings reviews 87, 147, 219: all three such warnings noise)
    if zu.lemma_.casefold() == "anwenden" and any(
            t.text.startswith("§") or t.lower_.endswith(LAW_NOUNS)
            for t in zu.doc[zu.sent.start:zu.i]):
        return False  # "sind die für Sachen geltenden Vorschriften entsprechend anzuwenden":
        # which law applies, no task (findings reviews 71, 120, 211, 221, 274: all noise); the
        # law may stand in an earlier clause of the sentence ("…, die über § 1 … (SächsVwVfZG)
        # anzuwenden ist")
    if not haben and _infinitive_subject(toks, aux, zu):
        return False  # "Mehr Geld zu verdienen ist kein Grund": the infinitive is the subject
    lo, hi = sorted((aux.i, zu.i))
    between = [t for t in toks if lo < t.i < hi]
    if any(t.tag_ in {"VVFIN", "VMFIN"} for t in between):
        return False  # "glaubten daran den Krieg zu gewinnen": it hangs on "glauben"
    if zu.i < aux.i and any(t.tag_ in {"ADJD", "VVPP"} for t in between):
        return False  # "die sie zu nehmen berechtigt sind": it hangs on the adjective
    if not haben and any(t.lower_ in GOVERNING for t in between):
        return False  # "Wir sind deshalb verpflichtet zu prüfen": active (findings review 80)
    if not haben and any(t.lower_ == "was" and t.tag_ in {"PRELS", "PWS"} and t.i < lo
                         for t in toks):
        return False  # "alles, was bei der Stadt zu erledigen ist", "was zu tun ist": tasks
        # described, not set (findings review 48: "a reassuring statement", no instruction)
    if haben and any(t.tag_ == "VVPP" for t in between):
        return False  # "hatten … errungen": haben is the perfect auxiliary
    if haben and any(t.lower_ in QUANTITIES and t.tag_ in {"PIS", "PIAT", "PWS", "ADV"}
                     for t in between):
        return False  # "nichts zu befürchten haben", "viel zu bieten haben"
    if zu.lemma_.casefold() in LEGIBLE and any(
            t.lower_ in {"nicht", "kaum", "schwer"} and t.i < zu.i for t in toks):
        return False  # "Das Datum ist nicht zu lesen": it cannot be read; "Lesen Sie das Datum
        # nicht" turned it into an order (safety review 260)
    if any(t.lower_ in {"nichts", "nix"} and t.i < zu.i for t in toks):
        return False  # "wenn beim Schuldner nichts zu holen ist": no task (findings review 200)
    if haben and any(t.tag_ == "NN" and t.text.casefold() in OFFERS for t in between):
        return False  # "Sie haben das Recht zu erfahren": a right (findings review 188)
    # "ist im Schnee schlecht zu erkennen": a possibility; the adverb stands right before
    # the infinitive ("ist gut lesbar … auszulegen" is a duty)
    first = zu.i - 1 if zu.i - 1 >= 0 and zu.doc[zu.i - 1].tag_ == "PTKZU" else zu.i
    near = [t for t in toks if first - 2 <= t.i < first]
    return haben or not any(t.lower_ in EASE for t in near)


REPORTED_SEIN = {"sei", "seien", "seiest", "seiet"}


def _without_zu(t: Token) -> str:
    """"gleichzuachten" -> "gleichachten": a zu-infinitive without its infixed "zu"."""
    low = t.lower_
    i = low.find("zu", 2)
    return low[:i] + low[i + 2:] if t.tag_ == "VVIZU" and i >= 2 else low


LAW_NOUNS = ("vorschrift", "vorschriften", "recht", "rechts", "rechtes", "regelung", "regelungen",
             "bestimmung", "bestimmungen", "gesetz", "gesetzes", "gesetze", "satzung",
             "verordnung", "richtlinie")
_PREDICATIVE = {"kein", "keine", "keinen", "keiner", "nicht", "nie", "ein", "eine", "einer"}


def _infinitive_subject(toks: list[Token], aux: Token, zu: Token) -> bool:
    """A main clause opened by an infinitive group with its object, whose "ist" links it to a
    predicate: "Mehr Geld zu verdienen ist kein Grund", "Die Wohnung leer stehen zu lassen ist
    nicht erlaubt" (findings review 215: read twice as an order to earn more). "Zu zahlen ist
    der Betrag" opens with the bare infinitive: a duty, as before."""
    words = [t for t in toks if not t.is_punct]
    if not words or zu.i > aux.i or words[0].i >= zu.i - 1 or words[-1].i == aux.i:
        return False
    if any(t.tag_ in {"KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "KOKOM"} for t in words
           if t.i < zu.i):
        return False  # a subordinate clause: "…, dass mehr Geld zu verdienen ist"
    nxt = zu.doc[aux.i + 1] if aux.i + 1 < len(zu.doc) else None
    return nxt is not None and (nxt.lower_ in _PREDICATIVE or nxt.tag_ == "ADJD")


# The advice of SIM-P003 for a clause that names nobody. Blind reviewers judged the fixed
# example "Bitte reichen Sie … ein" wrong where the clause's verb was another ("sind
# freizuhalten"), where a third party must act (an employer, an installer: reviews 40, 41) and
# where "Bitte" softens an order (reviews 31, 40). The advice now uses the clause's own verb
# and says who it fits: the reader ("Sie müssen …"), the office ("wir"), or someone to name.
READER_DUTY = ("ist eine versteckte Anweisung: Der Satz sagt nicht, wer handeln muss. Ist die "
               "Leserin oder der Leser gemeint, schreiben Sie {reader}; sonst nennen Sie, wer "
               "es tun muss.")
OFFICE_DUTY = ("verschweigt, wer handelt. Handelt hier das Amt, schreiben Sie es mit „wir“, "
               "etwa {office}; sonst nennen Sie, wer es tun muss.")


def _infinitive(verb: Token) -> str | None:
    """The plain infinitive of the zu-infinitive's verb ("einreichen"), or None."""
    if verb.tag_ == "VVIZU":
        found = split_zu_infinitive(verb.text)
        if found is not None:
            return "".join(found)
    lemma = (verb.lemma_ or "").strip()
    if not lemma.isalpha() or not lemma.islower() or not lemma.endswith("n"):
        return None
    return lemma


def _negates_clause(t: Token) -> bool:
    """"nicht" that negates the clause; before an attributive adjective it belongs to the noun
    ("Nicht ausgegebene Karten sind zurückzugeben": findings review 304, "the advice 'Sie
    müssen … nicht zurückgeben' would reverse the meaning")."""
    if t.tag_ != "PTKNEG":
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is None or nxt.tag_ != "ADJA"


def duty_advice(verb: Token, office: bool, clause: Iterable[Token] = ()) -> str:
    """SIM-P003's advice for a duty without an actor, with the clause's verb: "Sie müssen …
    freihalten" or "Bitte halten Sie … frei"; for an office's act "Dann leiten wir … ein".
    Where the particle is uncertain ("unterschreiben") only the forms with the infinitive.
    A clause with "nicht" is no request: "Ein Beitrag ist nicht aufzubringen" frees the reader,
    "Der Rasen ist nicht zu betreten" forbids (findings review 271: "the 'Sie müssen' template
    risks inverting the meaning"), so the advice names both readings. ``clause``: its tokens."""
    infinitive = _infinitive(verb)
    if any(_negates_clause(t) for t in clause):
        verb_text = f" {infinitive}" if infinitive else ""
        reader = (f"„Sie müssen … nicht{verb_text}“, wenn es keine Pflicht gibt, oder „Sie "
                  f"dürfen … nicht{verb_text}“, wenn es verboten ist")
        we = f"„Dann … wir … nicht{verb_text}“"
    elif infinitive is None:
        reader, we = "„Sie müssen …“ oder „Bitte … Sie …“", "„Dann … wir …“"
    else:
        try:
            particle, stem = split_separable(infinitive)
        except ValueError:
            reader, we = f"„Sie müssen … {infinitive}“", f"„Wir müssen … {infinitive}“"
        else:
            tail = f" {particle}" if particle else ""
            reader = f"„Sie müssen … {infinitive}“ oder „Bitte {stem} Sie …{tail}“"
            we = f"„Dann {stem} wir …{tail}“"
    return OFFICE_DUTY.format(office=we) if office else READER_DUTY.format(reader=reader)
