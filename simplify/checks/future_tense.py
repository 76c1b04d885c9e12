"""Futur I read apart from the werden-passive where the verb form cannot tell them apart.

Strong verbs with an inseparable prefix spell their participle like their infinitive
("erlassen", "erhalten", "vergessen"), so "wird … erlassen" is a passive ("Der Bescheid wird
erlassen") or the future ("Die Stadt wird den Bescheid erlassen"). The tagger reads such a form
as a participle; the clause decides. A clause in the first subjunctive ("es werde …
gebeten", "könne … beschieden werden") reports someone else's words (``reported``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..clauses import neighbour

WERDEN_FORMS = {"VAFIN", "VAINF", "VAPP"}
_FIRST_PERSON = {"wir", "ich"}
# a passive clause has no accusative object: "einen"/"ihn" always mark one, "den" does before a
# singular noun (a dative plural ends in -n: "den Bürgern")
_ACCUSATIVE_PRONOUNS = {"ihn"}
_ACCUSATIVE_ARTICLES = {"einen", "keinen", "diesen", "jeden", "ihren", "seinen", "unseren"}
# adverbial accusatives of time are no objects: "wird den ganzen Tag erhalten"
_TIME_NOUNS = {"tag", "monat", "woche", "jahr", "zeitraum", "moment", "augenblick", "abend",
               "morgen", "vormittag", "nachmittag", "sommer", "winter"}


def is_werden(t: Token) -> bool:
    return t.tag_ in WERDEN_FORMS and t.lemma_.casefold() == "werden" and t.lower_ != "geworden"


def future_auxiliary(toks: list[Token], werden: Token) -> bool:
    """A "werden" whose next verb is a bare infinitive is the future with its own verb: "Ich
    habe Fördermittel beantragt oder werde dies tun" (findings review 313: "active first
    person, not a passive"). A participle first ("wird geprüft und wir werden entscheiden")
    or a zu-infinitive ("wird gebeten, … zu senden") is no such verb."""
    for t in toks:
        if t.i <= werden.i or t.tag_ not in {"VVPP", "VVINF", "VAFIN", "VAINF"}:
            continue
        if t.tag_ != "VVINF":
            return False
        before = neighbour(t, -1)
        return before is None or before.tag_ != "PTKZU"
    return False


def perfect_active(t: Token) -> bool:
    """A participle with "haben" right after it is an active perfect: "Einspruch eingelegt
    haben und dieser abgelehnt wurde" has one passive, "abgelehnt wurde"."""
    nxt = neighbour(t, 1)
    return nxt is not None and nxt.tag_ in {"VAFIN", "VAINF"} and nxt.lemma_.casefold() == "haben"


def with_sein(t: Token) -> bool:
    """A participle with "sein" right after it is a state or a perfect of its own: "dass sie
    gefährdet sind und eine Übertragung nicht ausgeschlossen werden kann" has one passive
    (findings review 156); "bewachsen sein wird" is a state to come (review 308: "no action")."""
    nxt = neighbour(t, 1)
    return nxt is not None and nxt.tag_ in {"VAFIN", "VAINF"} and nxt.lemma_ == "sein"


# the prefixes a verb keeps in its participle without "ge-" ("erhalten", "übertragen")
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "durch",
                "hinter", "wider", "um", "voll")
# strong verbs whose participle keeps the infinitive's vowel: "(ge)geben", "(ge)halten" (all
# the forms UD German GSD tags as participles spelt like their infinitive end in one of these;
# "überstehen" -> "überstanden", "verbieten" -> "verboten" do not)
_KEEP_VOWEL = ("geben", "halten", "lassen", "fahren", "laden", "messen", "sehen", "schlafen",
               "tragen", "graben", "waschen", "fallen", "raten", "laufen", "rufen", "stoßen",
               "heißen", "lesen", "treten", "essen", "backen", "blasen", "braten", "fangen",
               "hauen", "schlagen", "wachsen", "kommen", "schaffen", "mahlen", "spalten", "salzen")


def participle_like_infinitive(word: str) -> bool:
    """A verb whose participle is spelt like its infinitive: an inseparable prefix before a
    strong stem that keeps its vowel ("erlassen", "bekommen", "übertragen"), also after a
    separable one ("zurückbehalten")."""
    return any(word.endswith(p + k) for p in _INSEPARABLE for k in _KEEP_VOWEL)


def infinitive_not_participle(toks: list[Token], part: Token) -> bool:
    """A "participle" spelt like its infinitive that is the infinitive: a verb whose participle
    is spelt otherwise (``participle_like_infinitive``), or after a modal ("Sie
    können die Staatsangehörigkeit beibehalten und werden mehrstaatig"), or the future with
    "wir"/"ich" ("werden wir den Bescheid … erlassen") or with an accusative object ("Die Stadt
    wird den Bescheid im März erlassen") or with the polite "Sie" beside a noun phrase ("ob Sie
    die Bestattung veranlassen werden")."""
    if part.lower_ != part.lemma_.casefold():
        return False
    if not participle_like_infinitive(part.lower_):
        return True  # "ob das Volk den Winter überstehen würde": "überstanden" is its participle
    after = neighbour(part, 1)
    werden_next = after is not None and is_werden(after)
    modals = [t for t in toks if t.tag_ == "VMFIN"]
    if werden_next and after.tag_ != "VAFIN" and modals:
        return False  # "das kann vergessen werden"
    if not werden_next and any(t.i < part.i for t in modals):
        return True
    werden = [t for t in toks if is_werden(t)]
    if not werden:
        return False
    # findings review 98: "active future tense with 'wir' already"
    if any(n is not None and n.lower_ in _FIRST_PERSON
           for t in werden if t.i < part.i for n in (neighbour(t, -1), neighbour(t, 1))):
        return True
    # "ich"/"wir" as the subject of a clause with the verb at its end: "dass ich das Haus
    # selbst bewohnen werde" (findings review 162: "active future tense, not passive")
    # ("dass wir vom Landratsamt beraten werden", with its agent, stays a passive)
    if any(t.lower_ in _FIRST_PERSON and t.tag_ == "PPER" and t.i < part.i for t in toks) \
            and not any(t.lower_ in {"von", "vom", "durch"} for t in toks):
        return True
    if any(_accusative_object(t) for t in toks if t.i != part.i):
        return True
    # the polite "Sie" as subject beside a noun phrase that is no prepositional object: a
    # passive has no second case for it ("ob Sie die Bestattung veranlassen werden": findings
    # review 117, "active future tense, not passive"; "dass Sie in die Klinik entlassen
    # werden" stays a passive)
    # (so does a third person's pronoun: "dass sie die Genehmigung nicht erteilen werde",
    # findings review 132: "an active sentence called passive")
    return any((t.text == "Sie" and not t.is_sent_start)
               or (t.text in {"sie", "er"} and t.tag_ == "PPER") for t in toks) and any(
        t.tag_ == "ART" and t.lower_ in {"die", "das"} and t.i > 0
        and t.doc[t.i - 1].tag_ not in {"APPR", "APPRART"} for t in toks)


def _accusative_object(t: Token) -> bool:
    if t.lower_ in _ACCUSATIVE_PRONOUNS or (t.lower_ == "den" and t.tag_ == "PRELS"):
        return True  # "der Bescheid, den der Kreis erlassen wird"
    if t.lower_ not in _ACCUSATIVE_ARTICLES and t.lower_ != "den":
        return False
    noun = next((n for n in t.doc[t.i + 1:t.i + 5] if n.pos_ in {"NOUN", "PROPN"}
                 or n.like_num or n.is_punct), None)
    if noun is None or noun.like_num or noun.is_punct:
        return False  # "Montag, den 5. März"
    if noun.lemma_.casefold() in _TIME_NOUNS:
        return False
    return t.lower_ != "den" or not noun.lower_.endswith("n")


# the first subjunctive of reported speech: "es werde um Stundung gebeten", "die Fläche werde
# seit Jahren genutzt", "sei geprüft worden", "könne nicht beschieden werden". It reports what
# someone else wrote or said (findings reviews 18-170: 1 of 18 such passives worth, "the
# addressee's own argument; an active rewrite would distort it")
_REPORTED = {"werde", "könne", "müsse", "dürfe", "solle", "wolle"}


def reported(toks: list[Token]) -> bool:
    """The clause reports speech in the first subjunctive ("werde", "könne", "sei … worden")."""
    if any(t.lower_ == "ich" for t in toks):
        return False  # "ich werde": the future, said by the writer
    return any(t.tag_ in {"VAFIN", "VMFIN"} and (
        t.lower_ in _REPORTED or (t.lower_ in {"sei", "seien"}
                                  and any(x.lower_ == "worden" for x in toks)))
               for t in toks)


def adverbial_participle(t: Token, after: list[Token]) -> bool:
    """A participle that says how, not what is done: "Änderungen werde ich der Behörde
    unaufgefordert mitteilen" is the future of "mitteilen" (findings review 263: "active
    future tense, not passive; the diagnosis is wrong"). "un-" makes an adverb of it
    ("ungefragt", "unbeaufsichtigt"; "unter-" is a verb's prefix: "unterschrieben"), and so
    does a full verb's infinitive as the next verb."""
    if t.lower_.startswith("un") and not t.lower_.startswith("unter"):
        return True
    nxt = next((x for x in after if x.tag_.startswith("V")), None)
    return nxt is not None and nxt.tag_ == "VVINF"


_CLAUSE_END = {",", ";", ":", "(", ")", "–", "\""}


def reported_man(toks: list[Token], k: int) -> bool:
    """"man" with a verb in the first subjunctive ("man habe", "man könne", "man sei"):
    reported speech, someone else's words, which the writer may not turn into "Sie" or "wir"
    (findings reviews 150-299: 6 of 12 noise verdicts on "man" said "inside reported speech").
    A third person singular in the indicative never ends in "-e"; the past's "-te" does."""
    lo = k
    while lo > 0 and toks[lo - 1].text not in _CLAUSE_END:
        lo -= 1
    hi = k
    while hi + 1 < len(toks) and toks[hi + 1].text not in _CLAUSE_END:
        hi += 1
    return any(t.tag_ in {"VVFIN", "VAFIN", "VMFIN"} and (
        t.lower_ == "sei" or (t.lower_.endswith("e") and not t.lower_.endswith("te")))
        for t in toks[lo: hi + 1])


# verbs that report what someone said or argued, before the reported clause
REPORTING = {"vortragen", "angeben", "behaupten", "einwenden", "erklären", "mitteilen",
             "meinen", "vorbringen", "geltend", "argumentieren", "ausführen", "äußern"}


def reported_duty(sent: list[Token], haben: Token) -> bool:
    """"…, die Stadt habe die Bekämpfung selbst zu übernehmen", "Sie trugen vor, dass Sie
    nichts zu zahlen hätten": a duty in reported speech, someone's own claim, no instruction
    of the writer (findings reviews 303 and 304). "habe" without "ich" is the first
    subjunctive; "hätte(n)" counts after a verb of saying only ("Andernfalls hätten Sie die
    Kosten zu tragen" is the writer's own conditional)."""
    word = haben.lower_
    if word in {"habe", "habest"}:
        return True
    if word not in {"hätte", "hätten"}:
        return False
    particles = {t.lower_ for t in sent if t.tag_ == "PTKVZ"}  # "trugen … vor"
    for t in sent:
        if t.i < haben.i and t.tag_.startswith("V"):
            lemma = (t.lemma_ or "").casefold()
            if lemma in REPORTING or any(p + lemma in REPORTING for p in particles):
                return True
    return False
