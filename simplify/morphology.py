"""Word-level helpers: nominalisations, compound splitting, sein-perfect verbs, inflection."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from spacy.tokens import Token

from .tagger import load_hanta

NOMINAL_SUFFIXES = ("ung", "heit", "keit", "ion", "ität", "nis", "nahme", "gabe", "ierung")

# Nouns with a nominal suffix that are ordinary words, not verbs turned into nouns.
LEXICALISED = {
    "wohnung", "zeitung", "rechnung", "meinung", "richtung", "ordnung", "hoffnung", "übung",
    "sitzung", "nation", "region", "religion", "million", "milliarde", "station", "position",
    "funktion", "mission", "union", "version", "pension", "kommission", "zeugnis", "ergebnis",
    "erlebnis", "verhältnis", "geheimnis", "ereignis", "gefängnis", "bedürfnis", "kenntnis",
    "gelegenheit", "möglichkeit", "sicherheit", "gesundheit", "krankheit", "kindheit",
    "freiheit", "mehrheit", "einheit", "person", "ausgabe", "aufgabe", "abgabe", "gabe",
    "wohnungen", "landesregierung", "regierung", "versicherung", "bundesregierung",
    "zeitungen", "hilfe", "leitung", "abteilung", "stadtverwaltung", "verwaltung",
    "ausbildung", "bildung", "schulbildung", "impfung", "heizung", "kleidung", "nahrung",
    "werbung", "lösung", "öffnungszeit", "ordnungsamt", "gemeinschaft",
    "information", "situation", "tradition", "generation", "familie", "behinderung",
    "erfahrung", "bedingung", "siedlung", "stiftung", "partnerschaft",
    # bodies and offices, not actions ("Stadtverordnetenversammlung", "Polizeiinspektion",
    # "Änderung der Geschäftsführung"; findings reviews 69 and 70 called them verb nouns
    # counted by mistake)
    "versammlung", "inspektion", "direktion", "geschäftsführung", "personalvertretung",
    "interessenvertretung", "gemeindevertretung", "stadtvertretung", "elternvertretung",
    "schülervertretung", "bezirksvertretung", "volksvertretung",
    # places, times, people and events (findings reviews 18-93: "'Gemarkung' isn't
    # even a verbal noun", "'Vergangenheit' is not a verbal noun"; no verdict called them an
    # action)
    "gemarkung", "vergangenheit", "umgebung", "bevölkerung", "veranstaltung",
    # registers and lists, things the office keeps ("Schuldnerverzeichnis",
    # "Baulastenverzeichnis", "Gästeverzeichnisse"), and other things in -ion (findings
    # reviews 106-129 called them "names of documents that cannot become verbs")
    "verzeichnis", "verzeichnisse", "munition", "population",
    # a sense, no act ("nach der Bedeutung des Verstoßes"), and things built or planted
    # ("die Beleuchtung der Unterführung" is its lamps, "Anpflanzungen" are plants): findings
    # reviews 1-322 judged 9 of 10 such findings noise, "the suggested verb is nonsense"
    "bedeutung", "beleuchtung", "unterführung", "überführung", "anpflanzung",
}

# heads of a body's name: "Kurverwaltung", "Hausverwaltung", "Kitaleitung"
BODY_HEADS = {"verwaltung", "leitung", "abteilung", "versammlung", "direktion", "inspektion"}

# Verbal nouns without a nominal suffix that are typical of nominal style ("durch Vorlage").
VERBAL_NOUNS = {
    "vorlage", "angabe", "abgabe", "rückgabe", "übergabe", "weitergabe", "vergabe", "eingabe",
    "vorsprache", "rücksprache", "einsicht", "zustimmung", "antragstellung", "abholung",
    "zusendung", "beantragung", "inanspruchnahme", "kenntnisnahme", "stellungnahme",
    "teilnahme", "aufnahme", "abnahme", "annahme", "entnahme", "rücknahme", "zunahme",
    "verwendung", "erstattung",
}

# Action nouns without a suffix, and the verb that says the action ("die Vorlage des Ausweises"
# -> "den Ausweis vorlegen", "der Einsatz der Arbeitskraft" -> "arbeiten" / "einsetzen").
# German forms them by ablaut or from the bare stem, so no suffix rule finds them and no
# library we may use maps them (german-nouns has no derivations; wordfreq only frequencies):
# written by us, limited to nouns whose every administrative use is the action. Nouns that are
# mostly things or rights ("Antrag", "Anspruch", "Beitrag", "Zugang") are left out.
VERB_OF_NOUN = {
    "vorlage": "vorlegen", "angabe": "angeben", "abgabe": "abgeben", "rückgabe": "zurückgeben",
    "übergabe": "übergeben", "weitergabe": "weitergeben", "vergabe": "vergeben",
    "eingabe": "eingeben", "abholung": "abholen", "zusendung": "zusenden",
    "beantragung": "beantragen", "antragstellung": "beantragen",
    "inanspruchnahme": "in Anspruch nehmen",
    "kenntnisnahme": "zur Kenntnis nehmen", "teilnahme": "teilnehmen",
    "aufnahme": "aufnehmen", "abnahme": "abnehmen", "annahme": "annehmen",
    "entnahme": "entnehmen", "rücknahme": "zurücknehmen", "übernahme": "übernehmen",
    "vornahme": "vornehmen", "verwendung": "verwenden", "erstattung": "erstatten",
    "einsatz": "einsetzen", "nachweis": "nachweisen", "verzicht": "verzichten",
    "widerruf": "widerrufen", "rücktritt": "zurücktreten", "austritt": "austreten",
    "beitritt": "beitreten", "abschluss": "abschließen", "ausschluss": "ausschließen",
    "umzug": "umziehen", "wegzug": "wegziehen", "zuzug": "zuziehen", "abzug": "abziehen",
    "entzug": "entziehen", "vollzug": "vollziehen", "verlust": "verlieren",
    "verbrauch": "verbrauchen", "versand": "versenden", "ersatz": "ersetzen",
    "wegfall": "wegfallen", "ausfall": "ausfallen", "aufschub": "aufschieben",
    "erhalt": "erhalten", "empfang": "empfangen", "verkauf": "verkaufen",
    "ankauf": "ankaufen", "eintrag": "eintragen", "zugriff": "zugreifen",
    "eingriff": "eingreifen", "abriss": "abreißen", "einbau": "einbauen",
    "umbau": "umbauen", "rückkehr": "zurückkehren", "einzug": "einziehen",
    # events of procedures: "vor Ablauf der Frist", "nach Eingang Ihres Antrags", "vor Erlass
    # des Bescheids", "nach Zugang des Schreibens", "ab Bezug der Rente"
    "ablauf": "ablaufen", "eingang": "eingehen", "erlass": "erlassen", "zugang": "zugehen",
    "bezug": "beziehen", "eintritt": "eintreten", "antritt": "antreten",
    "einreise": "einreisen", "ausreise": "ausreisen",
    # the start of an action and buying or gaining something: "vor Beginn des Vorhabens"
    # (bevor Sie anfangen), "mit Erwerb der Staatsangehörigkeit" (bekommen, the everyday verb
    # for rights: "erwerben" is Amtsdeutsch itself), "beim Kauf eines Autos"
    "beginn": "beginnen", "erwerb": "bekommen", "kauf": "kaufen", "wechsel": "wechseln",
}

# Base verbs that form the perfect with "sein": "ist eingegangen" is no Zustandspassiv.
SEIN_VERBS = {
    "gehen", "kommen", "ziehen", "fahren", "laufen", "fallen", "steigen", "sinken", "sterben",
    "werden", "bleiben", "sein", "geschehen", "passieren", "entstehen", "erscheinen", "folgen",
    "treten", "reisen", "fliegen", "wachsen", "wandern", "gelingen", "misslingen", "scheitern",
    "verstreichen", "erlöschen", "weichen", "springen", "rennen", "schwimmen", "wechseln",
    "zurückkehren", "kehren", "landen", "platzen", "eilen", "fliehen", "schmelzen", "reiten",
    "gelangen", "geraten", "verfallen", "ablaufen", "verlaufen", "auftreten", "eintreten",
    "ausscheiden", "scheiden", "umziehen", "verziehen", "einziehen", "zuziehen", "wegziehen",
    "ausziehen", "einreisen", "ausreisen", "zureisen", "eingehen", "vergehen", "entfallen",
    "erwachsen", "genesen", "verstummen", "aufwachen", "einschlafen", "ankommen", "abfahren",
}
PREFIXES = (
    "zurück", "hinaus", "heraus", "hinein", "herein", "voran", "weiter", "zusammen", "wieder",
    "durch", "unter", "über", "nach", "ein", "aus", "auf", "ab", "an", "bei", "mit", "vor",
    "weg", "zu", "um", "ver", "ent", "er", "zer", "be", "ge",
)


# Endings of nouns that name an abstraction (an action, a state, a relation) or a role in a
# procedure, as opposed to a thing, a person by trade, a document or a procedure's name:
# "Eröffnungsvoraussetzungen", "Unterhaltsverpflichteten" can be said with a clause,
# "Berufsausbildungsvertrag" is a name the writer needs (rules/words.yaml, SIM-W001).
ABSTRACT_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen", "schaft", "schaften",
    "nis", "nisse", "nissen", "nisses", "tät", "täten", "tum", "tums", "nahme", "nahmen",
    "gabe", "gaben", "pflicht", "pflichten", "anspruch", "ansprüche", "ansprüchen", "recht",
    "rechte", "rechten", "rechts", "berechtigte",
    "berechtigten", "berechtigter", "pflichtige", "pflichtigen", "pflichtiger", "verpflichtete",
    "verpflichteten", "verpflichteter")


def names_abstraction(word: str) -> bool:
    return word.casefold().endswith(ABSTRACT_ENDINGS)


def is_nominalisation(t: Token) -> bool:
    """A noun made from a verb or adjective (-ung, -heit, -keit, -ion, ...), not lexicalised."""
    if t.tag_ != "NN":
        return False
    lemma = (t.lemma_ or t.text).casefold()
    if lemma in MEASURES and _measured(t):
        return False  # "eine Entfernung von ca. 6 m": a distance, nothing is removed
    return _nominal_lemma(lemma)


# nouns that are also a measure: "Entfernung" is removal and distance (fresh reviews 18-158
# judged four "distance" findings noise: "it means distance, not the act of removing")
MEASURES = {"entfernung", "entfernungen"}
_UNITS = {"m", "km", "meter", "metern", "kilometer", "kilometern", "cm", "zentimeter",
          "zentimetern", "luftlinie", "gehminuten", "fahrminuten"}
# compounds of a unit: "von 23 Straßenkilometern" (findings review 178), "5 Fußminuten"
_UNIT_ENDS = ("kilometer", "kilometern", "meter", "metern", "minuten")
_MEASURE_REACH = 6


def _measured(t: Token) -> bool:
    """A distance follows: a number with its unit ("von ca. 1,4 km", "von mindestens 500
    Metern"), or the two ends ("zwischen …", "zur Schule", "bis zum Ort")."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in {"zwischen", "zur", "zum", "bis"}:
        return True
    window = doc[t.i + 1: t.i + 1 + _MEASURE_REACH]
    return any(a.like_num and (b.lower_ in _UNITS or b.lower_.endswith(_UNIT_ENDS))
               for a, b in itertools.pairwise(window))


@lru_cache(maxsize=50_000)
def _nominal_lemma(lemma: str) -> bool:
    """``is_nominalisation`` for a noun's lemma (memoised: the checks ask for every noun, and
    the loop over the lexicalised words is the slow part; bounded for ever new words)."""
    if lemma in LEXICALISED or len(lemma) < 6:
        return False
    if lemma in VERBAL_NOUNS:
        return True
    for lex in LEXICALISED:
        # compounds with a lexicalised head ("Mietwohnung"), not prefixed verbs ("Einrichtung");
        # a body's name may have a short first part ("Kurverwaltung": findings review 154)
        stem = lemma[: len(lemma) - len(lex)]
        if lemma.endswith(lex) and len(stem) >= (2 if lex in BODY_HEADS else 4) \
                and stem not in PREFIXES:
            return False
    return lemma.endswith(NOMINAL_SUFFIXES)


def is_sein_verb(lemma: str) -> bool:
    """True for verbs that build the perfect with "sein" (also with a prefix: "eingegangen")."""
    lemma = lemma.casefold()
    if lemma in SEIN_VERBS:
        return True
    return any(lemma.startswith(p) and lemma[len(p):] in SEIN_VERBS for p in PREFIXES)


@lru_cache(maxsize=4096)
def compound_parts(word: str) -> tuple[str, ...]:
    """Split a compound into its parts with HanTa's morphological analysis.

    Linking elements (Fugen) stay with the part before them: "Rechtsbehelfs", "belehrung".
    Returns the word itself as one part when HanTa finds no split.
    """
    if len(word) > 40:
        return (word,)
    try:
        hanta = load_hanta()
        _, morphemes, _ = hanta.analyze(word, "NN", taglevel=3)  # as a noun: no re-tagging
        if len(morphemes) < 2:  # nominalised adjectives ("Erziehungsberechtigte") need the tag
            _, morphemes, _ = hanta.analyze(word, taglevel=3)
    except Exception:
        return (word,)
    parts: list[str] = []
    pending_prefix = ""
    for m, tag in morphemes:
        if tag.startswith("PREF"):
            pending_prefix += m
        elif tag in {"FUGE"} or tag.startswith("SUF"):
            if parts:
                parts[-1] += m
            else:
                pending_prefix += m
        else:
            parts.append(pending_prefix + m)
            pending_prefix = ""
    if pending_prefix:
        if parts:
            parts[-1] += pending_prefix
        else:
            parts.append(pending_prefix)
    # map back onto the original spelling (HanTa lowercases)
    out, pos = [], 0
    for p in parts:
        out.append(word[pos: pos + len(p)])
        pos += len(p)
    if pos != len(word) or any(not p for p in out):
        return (word,)
    if len(out) == 1 and len(word) > 12:
        # HanTa often gives up on inflected long compounds: try the stem without its ending
        for ending in ("es", "s", "en", "n", "e"):
            if word.endswith(ending):
                stem_parts = compound_parts(word[: -len(ending)])
                if len(stem_parts) > 1:
                    return (*stem_parts[:-1], stem_parts[-1] + ending)
    # suffix-only last parts ("en") join the part before
    merged: list[str] = []
    for p in out:
        if merged and len(p) < 3:
            merged[-1] += p
        else:
            merged.append(p)
    return tuple(merged)


# Compounds that readers know as one word: never split inside them.
KEEP_TOGETHER = {
    "zwangsvollstreckung", "rechtsschutz", "gerichtskosten", "rentenversicherung",
    "krankenversicherung", "pflegeversicherung", "unfallversicherung", "haftpflicht",
    "kraftfahrzeug", "personalausweis", "einkommensteuer", "grundsteuer", "umsatzsteuer",
    "arbeitslosengeld", "bürgergeld", "wohngeld", "kindergeld", "elterngeld", "jugendamt",
    "sozialamt", "standesamt", "bürgeramt", "finanzamt", "ordnungsamt", "krankenhaus",
    "haushalt", "datenschutz", "lebensunterhalt", "kindertagesstätte", "grundstück",
    "arbeitgeber", "arbeitnehmer", "steuererklärung", "schwerbehinderung", "familienname",
}


def _merge_known(parts: list[str]) -> list[str]:
    """Join neighbouring parts that form a known word ("Haft" + "pflicht")."""
    out: list[str] = []
    for p in parts:
        if out:
            joined = (out[-1] + p).casefold()
            if joined in KEEP_TOGETHER or joined.rstrip("s") in KEEP_TOGETHER:
                out[-1] += p
                continue
        out.append(p)
    return out


def readable_split(word: str, max_part: int = 15, min_part: int = 4) -> list[str]:
    """Split a long compound into 2-3 readable pieces at the most balanced part boundary."""
    parts = _merge_known(_merge_known(list(compound_parts(word))))
    return _split_parts(parts, max_part, min_part)


def _split_parts(parts: list[str], max_part: int, min_part: int, top: bool = True) -> list[str]:
    """German compounds are right-headed: split off the head first ("Kraftfahrzeughaftpflicht |
    Versicherung"), unless a linking element marks a main boundary ("Rechtsbehelfs |
    belehrung"); pieces still too long are split again at their most balanced boundary."""
    joined = "".join(parts)
    if len(parts) < 2 or len(joined) <= max_part:
        return [joined]
    candidates = [k for k in range(1, len(parts))
                  if len("".join(parts[:k])) >= min_part and len("".join(parts[k:])) >= min_part]
    if not candidates:
        return [joined]
    fugen = [k for k in candidates if _has_fuge(parts[k - 1])]
    if fugen:
        best = max(fugen)
    elif top and len(parts[-1]) >= 6 and len(parts) - 1 in candidates and len(parts) > 2:
        best = len(parts) - 1
    else:
        best = min(candidates, key=lambda k: abs(len("".join(parts[:k])) - len("".join(parts[k:]))))
    return _split_parts(parts[:best], max_part, min_part, False) + _split_parts(
        parts[best:], max_part, min_part, False
    )


def _has_fuge(part: str) -> bool:
    """A part ending in a linking -s- after a typical noun suffix ("Rechtsbehelfs", "Eingangs")."""
    return bool(re.search(r"(ung|heit|keit|ion|tät|ts|fs|gs|ks|ns|ls|rs|ps|ms|chs)s?$", part)) \
        and part.endswith("s") and len(part) > 4


def join_compound(pieces: list[str], mediopunkt: bool = False) -> str:
    """Join pieces with hyphens (each capitalised) or, for Leichte Sprache, with a Mediopunkt."""
    if mediopunkt:
        return pieces[0] + "".join("·" + p.lower() for p in pieces[1:])
    return "-".join(p[:1].upper() + p[1:] for p in pieces)


ADJ_ENDINGS = ("en", "em", "er", "es", "e")

FEMININE = ("ung", "heit", "keit", "ion", "schaft", "tät", "ik", "ie", "ei", "ur", "enz", "anz",
            "nahme", "gabe", "stelle", "frist", "adresse", "hilfe", "miete", "gebühr", "zahl",
            "karte", "nummer", "kopie", "liste", "seite", "stunde", "woche", "sache", "sprache",
            "frau", "person", "arbeit", "antwort", "zeit")
NEUTER = ("chen", "lein", "ment", "um", "tum", "geld", "amt", "recht", "foto", "bild", "jahr",
          "alter", "ende", "essen", "formular", "auto", "blatt", "papier", "datum", "ziel",
          "verfahren", "gesetz", "büro", "haus", "kind", "mittel", "konto", "land")
MASCULINE = ("ling", "ismus", "or", "ant", "ent", "ist", "eur", "antrag", "brief", "plan",
             "termin", "ausweis", "nachweis", "beleg", "betrag", "grund", "fall", "weg", "ort",
             "tag", "monat", "preis", "schein", "mann", "partner", "vertrag", "wagen", "dienst",
             "hinweis", "zweck", "bescheid", "zettel", "vorschlag", "raum", "anschluss", "beginn")


def noun_gender(lemma: str) -> str | None:
    """"f", "n" or "m" from the noun's head, where its ending or head word says it; else None."""
    low = lemma.casefold()
    for gender, endings in (("f", FEMININE), ("n", NEUTER), ("m", MASCULINE)):
        if low.endswith(endings):
            return gender
    return None


def inflect_like(original: str, lemma: str, replacement: str,
                 adjective: bool = True) -> str | None:
    """Give ``replacement`` the inflection ``original`` has on top of ``lemma``.

    Works for adjectives ("unverzüglichen" over "unverzüglich": "sofortig" -> "sofortigen") and
    for words in their base form; returns None when the ending cannot be carried over safely
    (never for a noun's ending: "Lebensjahres" is no "Alter" + "es").
    """
    if original.casefold() == lemma.casefold():
        return _match_case(original, replacement)
    low, lem = original.casefold(), lemma.casefold()
    if adjective and low.startswith(lem):
        ending = low[len(lem):]
        if ending in ADJ_ENDINGS and " " not in replacement:
            base = replacement
            if base.endswith("e") and ending.startswith("e"):
                base = base[:-1]
            return _match_case(original, base + ending)
    return None


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
