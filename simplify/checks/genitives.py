"""Genitive chains (SIM-N003): a noun with two genitive attributes and more, "die Prüfung der
Voraussetzungen der Bewilligung"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..rules import Rule
from .action_nouns import genitive_attribute
from .base import Context, Match, check, span_of


@check("genitive_chain")
def genitive_chain(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Noun + genitive attribute + genitive attribute: "die Prüfung der Voraussetzungen der ..."."""
    # a chain needs two links at least: one genitive is no "Mehrere Genitive" (issue 14)
    own = int(ctx.profile.limit("genitive_chain"))  # 1 in Einfache and Leichte Sprache
    limit = max(2, own)
    for s in ctx.sentences:
        toks = s.tokens
        k = 0
        while k < len(toks):
            if toks[k].tag_ not in {"NN", "NE"} or _fixed_adverbial(toks, k):
                k += 1
                continue
            chain = [toks[k]]
            j = k + 1
            while True:
                nxt = genitive_attribute(toks, j)
                if nxt is None:
                    break
                chain.append(toks[nxt])
                j = nxt + 1
            counted = chain[:-1] if _name_link(chain[-1]) else chain
            if len(chain) > 2 and (_dative_object(toks, k, j) or _genitive_object(toks, k)):
                counted = counted[1:]  # "dass die Grundschuld der Sicherung eines Darlehens
                # dient": "der Sicherung" is the verb's dative object (findings review 162)
            if len(counted) - 1 >= limit:
                start, end = span_of(chain)
                # a chain just at the limit is a hint: blind reviews 18-68 judged 15 of 62
                # such warnings worth the time, 23 debatable ("two genitives are mild;
                # Warnung is too high"); longer chains keep the rule's level
                yield Match(start, end, {"links": len(chain) - 1}, sentence=s.index,
                            softer=len(counted) - 1 == limit == own)
            k = j if len(chain) > 1 else k + 1


def _fixed_adverbial(toks: list[Token], k: int) -> bool:
    """The noun at k closes "in der Regel" or "in aller Regel", which take no genitive: in
    "… ist in der Regel der Inhaber der Erlaubnis" the next "der" opens the subject (findings
    review 287: "'der Regel' and 'der Inhaber' are not genitives")."""
    return (toks[k].lower_ == "regel" and k >= 2 and toks[k - 1].lower_ in {"der", "aller"}
            and toks[k - 2].lower_ == "in")


# verbs with a dative object, which a clause with its verb at the end puts right after the
# subject: "… der Sicherung eines Darlehens dienen soll" ("der Sicherung" is no genitive)
_DATIVE_VERBS = {"dienen", "entsprechen", "unterliegen", "obliegen", "zustehen", "widersprechen",
                 "zugutekommen", "vorausgehen", "gleichstehen", "gleichkommen"}


def _dative_object(toks: list[Token], k: int, after: int) -> bool:
    """The chain's first link ("der …" right after its head at k; the chain ends before
    ``after``) is the dative or genitive object of a verb at the clause's end ("… mit einer
    Reallast der Zustimmung des Eigentümers bedarf": findings review 295)."""
    if toks[k + 1].lower_ not in {"der", "einer"}:
        return False
    for q in range(after, min(after + 5, len(toks))):
        t = toks[q]
        if t.tag_ in {"$,", "$.", "KON", "ART", "PPOSAT"}:
            return False  # another noun phrase ("dem Bedarf entspricht") is the object
        if t.lemma_ in _DATIVE_VERBS or t.lemma_ in _GENITIVE_VERBS:
            # at the clause's end: "… dienen soll." ("entspricht dem Bedarf": verb second)
            rest = [x for x in toks[q + 1:] if not x.tag_.startswith("V")]
            return not rest or rest[0].tag_ in {"$,", "$.", "$("}
    return False


# verbs with a genitive object: "Die Änderung bedarf nach den Vorschriften der vorherigen
# Zustimmung der Verwaltung" ("der Zustimmung" is the object, not an attribute of
# "Vorschriften"; findings review 184)
_GENITIVE_VERBS = {"bedürfen", "entbehren"}


def _genitive_object(toks: list[Token], k: int) -> bool:
    """The chain's first link ("der …" right after its head at k) can be the genitive object
    of a verb of the sentence: the head ends a prepositional phrase ("nach den Vorschriften"),
    so the object does not open the chain ("bedarf der Prüfung der Voraussetzungen der …")."""
    in_phrase = any(t.tag_ in {"APPR", "APPRART"} for t in toks[max(0, k - 3):k])
    return in_phrase and toks[k + 1].lower_ in {"der", "einer"} and any(
        t.lemma_ in _GENITIVE_VERBS for t in toks if t.tag_.startswith("V"))


# The last link of a chain that names a body, or a law or statute, ends it as a name does:
# "des Ordnungsamtes der Stadt Hallenbeck" reads as one designation (review 39: "an easy
# name-like phrase"), so do "der Verwaltungskostenordnung des Landes" and "der Vorschriften
# des Verwaltungsvollstreckungsgesetzes" (blind reviewers: "the name of a statute", "a normal
# double genitive")
BODIES = {"stadt", "gemeinde", "landkreises", "kreises", "landes", "bundes", "freistaates",
          "marktes", "bezirks", "bezirkes", "samtgemeinde", "verbandsgemeinde", "hansestadt",
          "kreisstadt", "landeshauptstadt"}
_NAME_HEADS = ("gesetzes", "gesetzbuches", "gesetzbuchs", "verordnung", "satzung",
               "ministeriums", "kostenordnung", "gebührenordnung", "prüfungsordnung",
               "geschäftsordnung", "friedhofsordnung", "benutzungsordnung", "hausordnung",
               "abgabenordnung", "prozessordnung", "gerichtsordnung", "handwerksordnung",
               "gewerbeordnung", "bauordnung", "gemeindeordnung", "kreisordnung")


def _name_link(t: Token) -> bool:
    return t.lower_ in BODIES or t.lower_.endswith(_NAME_HEADS)
