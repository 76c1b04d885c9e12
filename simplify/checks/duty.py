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
* an adjective or participle between the infinitive and a clause-final auxiliary: the
  infinitive hangs on it ("die sie zu nutzen berechtigt sind", "zu helfen bereit ist").
"""

from __future__ import annotations

from spacy.tokens import Token

QUANTITIES = {"nichts", "viel", "vieles", "etwas", "was", "wenig", "weniges", "mehr", "genug",
              "einiges", "allerhand", "manches", "nix"}
EASE = {"schwer", "leicht", "einfach", "gut", "kaum", "schlecht", "schwierig", "problemlos",
        "bequem", "deutlich", "klar", "besser", "schlechter", "leichter", "schwerer", "gern"}


def is_duty(toks: list[Token], aux: Token, zu: Token,
            not_duty: set[str] | frozenset[str]) -> bool:
    """Whether "aux (haben/sein) … zu" in this clause reads as an obligation."""
    if zu.tag_ == "VAINF" or zu.lemma_.casefold() in {"sein", "haben", "werden"}:
        return False
    if zu.lemma_.casefold() in not_duty:  # the tagger's lemma: "einzureichen" -> "einreichen"
        return False
    haben = aux.lemma_.casefold() == "haben"
    lo, hi = sorted((aux.i, zu.i))
    between = [t for t in toks if lo < t.i < hi]
    if any(t.tag_ in {"VVFIN", "VMFIN"} for t in between):
        return False  # "glaubten daran den Krieg zu gewinnen": it hangs on "glauben"
    if zu.i < aux.i and any(t.tag_ in {"ADJD", "VVPP"} for t in between):
        return False  # "die sie zu nehmen berechtigt sind": it hangs on the adjective
    if haben and any(t.tag_ == "VVPP" for t in between):
        return False  # "hatten … errungen": haben is the perfect auxiliary
    if haben and any(t.lower_ in QUANTITIES and t.tag_ in {"PIS", "PIAT", "PWS", "ADV"}
                     for t in between):
        return False  # "nichts zu befürchten haben", "viel zu bieten haben"
    # "ist im Schnee schlecht zu erkennen": a possibility; the adverb stands right before
    # the infinitive ("ist gut lesbar … auszulegen" is a duty)
    first = zu.i - 1 if zu.i - 1 >= 0 and zu.doc[zu.i - 1].tag_ == "PTKZU" else zu.i
    near = [t for t in toks if first - 2 <= t.i < first]
    return haben or not any(t.lower_ in EASE for t in near)
