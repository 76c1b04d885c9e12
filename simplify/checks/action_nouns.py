"""Action nouns: nouns that say an action a verb could say ("die Vorlage des Ausweises",
"die Erfüllung der Voraussetzungen"), shared by the nominal-style checks."""

from __future__ import annotations

from spacy.tokens import Token

from ..forms import noun, zipf
from ..morphology import LEXICALISED, VERB_OF_NOUN, compound_parts, is_nominalisation
from ..verbs import verb_from_noun

GENITIVE_ARTICLES = {"des", "der", "eines", "einer"}


def genitive_attribute(toks: list[Token], j: int) -> int | None:
    """If a genitive noun phrase starts at j (article + adjectives + noun), its noun's index."""
    if j >= len(toks) or toks[j].lower_ not in GENITIVE_ARTICLES or toks[j].tag_ != "ART":
        return None
    m = j + 1
    while m < len(toks) and toks[m].tag_ in {"ADJA", "ADV", "CARD", "PIAT"}:
        m += 1
    if m < len(toks) and toks[m].tag_ in {"NN", "NE"}:
        if toks[m].text in CITATION_HEADS:
            return None  # "der Übergangsregelung des § 32 BtOG": a citation, no genitive noun
            # (findings review 213)
        if toks[j].lower_ in {"der", "einer"} and not _genitive_after_der(toks[m]):
            return None  # "die Entscheidung, für die der Rat zuständig ist": a subject
        return m
    return None


CITATION_HEADS = {"§", "§§", "Art.", "Artikel", "Abs.", "Nr."}


def _genitive_after_der(tok: Token) -> bool:
    """Whether "der/einer" + this noun can be a genitive: a feminine noun or a plural, from
    the noun's paradigm (german-nouns); unknown nouns may be (findings review 146: "der Rat"
    after "Entscheidung" read as a genitive)."""
    paradigm = noun(tok.lemma_ or tok.text)
    if paradigm is None or not paradigm.gender:
        return True
    found = paradigm.analyses(tok.text)
    if not found:
        return True
    return any(case == "genitiv" and (number == "plural" or paradigm.gender == "f")
               for case, number in found)


def object_after(toks: list[Token], k: int) -> bool:
    """The noun at k has its object after it: a genitive ("der Unterlagen", "aller
    Voraussetzungen") or "von" ("von Nachteilen")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.lower_ == "von":
        return _von_object(toks, k + 2)
    if genitive_attribute(toks, k + 1) is not None:
        return True
    return (nxt.lower_ in {"aller", "sämtlicher", "ihres", "ihrer", "seines", "seiner"}
            and k + 2 < len(toks) and toks[k + 2].tag_ in {"NN", "ADJA"})


# after "von": a law's article or paragraph ("Abweichung von Art. 6 BayBO") or an adverb
# ("Festsetzung von vornherein", "von Amts wegen") is no object of the action
_NOT_AN_OBJECT = {"art", "art.", "artikel", "§", "§§", "abs.", "nr.", "vornherein", "amts",
                  "anfang", "beginn"}


def _von_object(toks: list[Token], m: int) -> bool:
    """What follows "von" at m can be the action's object: a noun phrase or a sum ("von
    Ölschäden", "von 50 Euro"), not a citation or an adverbial phrase (findings reviews 205
    and 207: "the 'von' belongs to 'von vornherein'", "Abweichung is the legal instrument")."""
    if m >= len(toks):
        return False
    t = toks[m]
    if t.tag_ == "CARD" and m + 1 < len(toks) and toks[m + 1].lower_ in _UNITS:
        return False  # "eine lichte Öffnung von 1,20 m": a measure, nothing is opened
    return t.lower_ not in _NOT_AN_OBJECT and t.tag_ not in {"ADV", "ADJD", "PTKNEG", "PAV"}


_UNITS = {"m", "cm", "mm", "km", "meter", "metern", "zentimeter", "m²", "qm", "m2", "grad", "°"}


# prepositions that open a verb's own object after its action noun: "Eintragung in das
# Verzeichnis" (eintragen in), "Teilnahme an der Wahl", "Antrag auf Förderung"
OBJECT_PREPOSITIONS = {"in", "an", "auf", "über", "gegen", "zur", "zum"}


def pp_object(toks: list[Token], k: int, governed_by: Token) -> bool:
    """The action noun at k has an object with a preposition after it ("die Eintragung in
    das Wählerverzeichnis"): the verb would say it ("sich eintragen lassen"). Not for a
    noun after "zur/zum" (``governed_by``): "zur Beratung ins Rathaus" names a place."""
    if governed_by.lower_ in {"zur", "zum"}:
        return False
    if k + 2 >= len(toks) or toks[k + 1].lower_ not in OBJECT_PREPOSITIONS:
        return False
    return toks[k + 1].tag_ in {"APPR", "APPRART"} and toks[k + 2].tag_ in {"ART", "NN", "ADJA",
                                                                           "PPOSAT", "NE"}


MIN_VERB_ZIPF = 3.0  # the base verb is an everyday word ("zeiten" for "Zeitung" is not)


def action_verb(lemma: str) -> str | None:
    """The everyday verb of an action noun: "Beantwortung" -> "beantworten", and for "-lung"
    and "-rung" ("Übermittlung" -> "übermitteln", "Verbesserung" -> "verbessern"), which
    verb_from_noun does not build."""
    low = lemma.casefold()
    if low in VERB_OF_NOUN:
        return VERB_OF_NOUN[low]
    verbs = [verb_from_noun(lemma)] + ([low[:-4] + "eln", low[:-4] + "ern"]
                                       if low.endswith(("lung", "rung")) else [])
    return next((v for v in verbs if v and zipf(v) >= MIN_VERB_ZIPF), None)


def verbal(t: Token) -> bool:
    """A nominalisation, or an action noun without a suffix ("Vorlage", "Erhalt")."""
    return is_nominalisation(t) or (t.lemma_ or t.text).casefold() in VERB_OF_NOUN


def is_action_noun(toks: list[Token], k: int) -> bool:
    """A nominalisation that stands for an action a verb could say: a noun with its object
    after it ("die Erfüllung der Voraussetzungen", "Verbesserungen meiner Lage"), or a
    singular with an everyday base verb ("nach Prüfung"). Plurals without an object name
    things ("Streitigkeiten", "Mieterhöhungen"), and so do nouns whose verb nobody uses
    ("Zahlungsunfähigkeit", "Staatsangehörigkeit")."""
    t = toks[k]
    if not is_nominalisation(t):
        return False
    lemma = t.lemma_ or t.text
    if k + 2 < len(toks) and toks[k + 1].lower_ in {"zur", "zum"} and is_nominalisation(
            toks[k + 2]):
        return True  # one action noun governs the next: "die Erlaubnis zur Untervermietung"
    return object_after(toks, k) or (t.lower_ == lemma.casefold()
                                      and action_verb(lemma) is not None)


def nominal_cluster_nouns(toks: list[Token], limit: int,
                          terms: list[tuple[int, int]] | None = None) -> list[Token]:
    """The nominalisations of a sentence full of them (at least ``limit``), if at least one
    of them is an action a verb could say; otherwise none. A blind editor called sentences
    full only of nouns for things and terms of art noise ("Zahlungsunfähigkeit,
    Überschuldung, Sanierung"; "Streitigkeiten, Gewerbezulassung"): 12 of 34 verdicts.
    ``terms``: first and last positions of terms of art of several words; each counts once
    ("Anordnung der sofortigen Vollziehung hat keine aufschiebende Wirkung" is two terms, not
    three nouns: findings reviews 150-248, "fixed legal terms that must stay")."""
    titled = titles_of_rules(toks)
    nouns = [k for k, t in enumerate(toks) if is_nominalisation(t) and k not in titled
             and not _a_document(t) and not _a_facility(toks, k)]
    for a, b in terms or ():
        inside = [k for k in nouns if a <= k <= b]
        nouns = [k for k in nouns if k not in inside[1:]]
    if _groups(toks, nouns) < limit or not any(is_action_noun(toks, k) for k in nouns):
        return []
    return [toks[k] for k in nouns]


# nouns that name a paper one hands in or gets, not an act: "Verdienstbescheinigungen",
# "Stellungnahme vom 18.02.2026", "Einweisungsverfügung", "Steuererklärung" (findings reviews
# 199-204: 9 of 23 noise verdicts on SIM-N002 "counts names of documents")
DOCUMENT_HEADS = ("bescheinigung", "bescheinigungen", "stellungnahme", "stellungnahmen",
                  "bestätigung", "bestätigungen", "quittung", "quittungen", "vereinbarung",
                  "vereinbarungen")
DOCUMENT_COMPOUND_HEADS = ("verfügung", "verfügungen", "erklärung", "erklärungen")


def _a_document(t: Token) -> bool:
    word = t.text.casefold()
    return word.endswith(DOCUMENT_HEADS) or (
        word.endswith(DOCUMENT_COMPOUND_HEADS) and not word.startswith(("verfügung", "erklärung")))


def _a_facility(toks: list[Token], k: int) -> bool:
    """"Einrichtung" as a place, not the act of setting one up: "die Einrichtung bleibt
    geschlossen", "Kindertageseinrichtungen" (findings review 323: "counts 'Einrichtung', the
    kindergarten itself, as an action"); "die Einrichtung eines Kontos" stays an act."""
    word = toks[k].text.casefold()
    if word in {"einrichtung", "einrichtungen"}:
        return not object_after(toks, k)
    return word.endswith(("einrichtung", "einrichtungen"))


def _groups(toks: list[Token], nouns: list[int]) -> int:
    """Nominalisations counted with a list of them as one: "Auskunft, Berichtigung, Löschung
    und Widerspruch" names rights, one after the other, and is no nominal style (reviews
    18-151: 3 of 29 such findings worth, "the names of the GDPR rights, fixed terms")."""
    runs: list[list[int]] = []  # per run of listed nouns: members, their attributes
    for n, k in enumerate(nouns):
        gap = k - nouns[n - 1] if n else 0
        if n and gap <= LIST_GAP and (toks[k - 1].text == "," or toks[k - 1].tag_ == "KON"):
            runs[-1][0] += 1  # the next member: ", Löschung", "und Übertragung"
        elif n and gap == 2 and toks[k - 1].lower_ in {"der", "des"}:
            runs[-1][1] += 1  # a member's own attribute: "Einschränkung der Verarbeitung"
        else:
            runs.append([1, 0])
    # a list of three or more is one; "Prüfung und Bewilligung" stays two acts
    return sum(1 if m >= LIST_MEMBERS else m + a for m, a in runs)


LIST_MEMBERS = 3
LIST_GAP = 4  # tokens from one member's noun to the next one's ("der Verarbeitung und …")


# the head of a rule's title: "Satzung über die Erhebung einer Zweitwohnungsteuer",
# "Verordnung zur Durchführung des …"; and the citation formula "in Verbindung mit"
RULE_HEADS = ("satzung", "ordnung", "gesetz", "gesetzes", "richtlinie", "richtlinien",
              "vorschrift", "vorschriften", "bestimmungen")
# actions that end like a rule: "Anordnung", "Zuordnung", "Besatzung"
NOT_RULES = ("anordnung", "zuordnung", "einordnung", "beiordnung", "unterordnung",
             "überordnung", "umordnung", "neuordnung", "nachordnung", "besatzung")
TITLE_LINKS = {"über", "zur", "zum", "für"}
TITLE_INNER = {"ART", "ADJA", "NN", "NE", "APPR", "APPRART", "KON", "CARD", "PPOSAT"}


def titles_of_rules(toks: list[Token]) -> set[int]:
    """Positions of the words of a rule's title, whose nouns are the name, not a style to
    change: "Satzung über die Erhebung einer Zweitwohnungsteuer in der Gemeinde …", "in
    Verbindung mit der Satzung über den Kostenersatz für Leistungen" (blind review 20: "the
    official title of a regulation; verbs cannot replace it")."""
    out: set[int] = set()
    for k, t in enumerate(toks):
        if (t.lower_ == "verbindung" and 0 < k < len(toks) - 1 and toks[k - 1].lower_ == "in"
                and toks[k + 1].lower_ == "mit") or (
                t.lower_ == "fassung" and k > 1 and toks[k - 2].lower_ == "in"
                and toks[k - 1].lower_ in {"der", "seiner", "ihrer"}):
            out.add(k)  # "in Verbindung mit", "in der Fassung vom": citation formulas
            continue
        if t.tag_ != "NN" or not t.lower_.endswith(RULE_HEADS) or t.lower_.endswith(NOT_RULES):
            continue
        out.add(k)  # the rule itself is a document, not an action ("Änderungssatzung")
        if k + 1 >= len(toks) or toks[k + 1].lower_ not in TITLE_LINKS or k + 1 in out:
            continue  # (a title inside a title was read with it: linear in the sentence)
        j = k + 1
        while j < len(toks) and toks[j].tag_ in TITLE_INNER and toks[j].lower_ != "vom":
            out.add(j)
            j += 1
    return out


# Heads of nouns for bodies that act ("Behörde", "Bauaufsichtsbehörde", "Krankenkasse"): a
# genitive of such a noun after an action noun names who acts ("die Entscheidung der
# Behörde"), not what is acted on. Persons are left out: "die Anhörung des Antragstellers"
# is done to the applicant; "Versicherung" is left out too: "die Abgabe einer Versicherung an
# Eides statt" is an affidavit, not an insurer.
AGENT_HEADS = ("behörde", "gericht", "amt", "stelle", "verwaltung", "kasse", "bank",
               "ministerium", "regierung", "gemeinde", "kommune", "landkreis", "agentur",
               "jobcenter", "träger", "kammer", "anstalt", "gesetzgeber",
               "polizei", "staatsanwaltschaft",
               # services that act: "der Einsatz des Rettungsdienstes" (findings reviews
               # 18-93: 0 of 3 worth, "the standard domain term")
               "feuerwehr", "rettungsdienst", "ausschuss")


# a town and the councils that act for it: "die Entscheidung der Stadt", "die Zustimmung des
# Personalrats" (findings reviews 1-242: 0 of 10 such SIM-N008 findings worth, "everyday
# language"); as a whole word only, since "die Sanierung der Altstadt" has the town's part
# as its object
AGENT_WORDS = {"stadt", "hansestadt", "kreisstadt", "personalrat", "betriebsrat", "gemeinderat",
               "stadtrat", "kreistag", "ortsbeirat"}


def is_agent(t: Token) -> bool:
    """A body that acts: a noun whose head names an authority ("der Bauaufsichtsbehörde")."""
    lemma = (t.lemma_ or t.text).casefold()
    return lemma.endswith(AGENT_HEADS) or lemma in AGENT_WORDS


# A compound below this Zipf value is made for the occasion, not a thing with a name of its
# own: "Berufsausübung", "Fristablauf" hide "den Beruf ausüben", "die Frist läuft ab";
# "Krankenversicherung", "Kinderbetreuung" (Zipf 3 and more) name institutions
RARE_COMPOUND_ZIPF = 3.0


def object_compound(t: Token) -> bool:
    """A compound whose last part is an action noun and whose first part is its object:
    "Berufsausübung" (den Beruf ausüben), "Terminvereinbarung" (einen Termin vereinbaren)."""
    if t.tag_ != "NN" or (t.lemma_ or t.text).casefold() != t.lower_:
        return False  # plurals and inflected forms name things ("Kostenübernahmen")
    if zipf(t.lower_) >= RARE_COMPOUND_ZIPF:
        return False  # the look-up before HanTa's compound analysis (a slow search)
    parts = compound_parts(t.text)
    if len(parts) != 2 or not parts[0][:1].isupper():
        return False
    head = parts[1].casefold()
    return head not in LEXICALISED and action_verb(head) is not None  # not "Hauptwohnung"
