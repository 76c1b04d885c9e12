"""An action noun with its object (SIM-N008): "die Beantwortung der weiteren Fragen" -> "wenn
Sie die weiteren Fragen beantworten". Kept apart from ``nominal.py``, whose rules it defers
to (SIM-N002, SIM-N003, SIM-N004, SIM-N007)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..morphology import is_nominalisation
from ..rules import Rule
from ..verbs import verb_from_noun
from .action_nouns import (
    action_verb,
    genitive_attribute,
    is_agent,
    nominal_cluster_nouns,
    object_after,
    titles_of_rules,
    verbal,
)
from .base import Context, Match, check, span_of
from .nominal import NOUN_PHRASE_INNER, verbs_own
from .roles import is_role_noun

# verbs whose object is a genitive
GENITIVE_VERBS = {"bedürfen", "gedenken", "annehmen", "entbehren", "bezichtigen"}



# events whose verb has no object: the genitive is what happens or who moves ("der Beginn des
# Monats", "der Ablauf der Frist", "der Wegfall der Voraussetzungen", "die Rückkehr des
# Kindes"), so no actor hides in the noun and the verb says nothing more. Findings reviews
# 1-234 judged 46 such findings: 5 worth a clerk's time ("'Beginn des Monats' is plain; there
# is no hidden action"). "Einzug" (of a debt) and "Wechsel" (of a course) take objects.
_EVENTS = {"beginn", "ablauf", "eingang", "wegfall", "ausfall", "eintritt", "austritt",
           "beitritt", "rücktritt", "zugang", "rückkehr", "einreise", "ausreise", "umzug",
           "wegzug", "zuzug"}


# a document named by who issues it: "der Nachweis des Arbeitgebers", "die Bestätigung der
# Schule", "die Erklärung der Großeltern" (findings reviews 1-312: 12 of 12 such findings
# noise, "'Nachweis' names a document to attach, not a hidden action"); with a thing in the
# genitive the noun still hides a verb ("der Nachweis des Einkommens": 11 worth verdicts)
DOCUMENTS = {"nachweis", "bestätigung", "bescheinigung", "erklärung"}
# heads of nouns for those who issue documents: persons by their role and bodies by their kind
ISSUERS = ("schule", "praxis", "unternehmen", "betrieb", "betreiber", "betreiberin", "firma",
           "verein", "geber", "geberin", "veranstalter", "veranstalterin", "eltern", "herr",
           "frau", "arzt", "ärztin", "vermieter", "vermieterin", "nachbar", "nachbarin",
           "klinik", "krankenhaus", "universität", "büro")


def _issuer(t: Token) -> bool:
    """The genitive after a document noun names who issues it: a person or body (by its head,
    a role noun or a name), not a thing to prove or confirm."""
    lemma = (t.lemma_ or t.text).casefold()
    return is_agent(t) or is_role_noun(t) or t.tag_ == "NE" or lemma.endswith(ISSUERS)


@check("action_noun_object")
def action_noun_object(ctx: Context, rule: Rule) -> Iterator[Match]:
    """An action noun with its object: "die Beantwortung der weiteren Fragen", "bis zur
    Vollendung des 18. Lebensjahres". The verb says who does what ("wenn Sie die weiteren
    Fragen beantworten"). Places other nominal rules cover stay theirs: sentences full of
    such nouns (SIM-N002), chains (SIM-N003, SIM-N007), a preposition before the noun
    (SIM-N004); form labels name a field and stay clean."""
    cluster = ctx.profile.limit("nominal_cluster")
    links = max(2, int(ctx.profile.limit("genitive_chain")))
    other = ctx.rules.get(str(rule.params.get("defer_to", "")))
    preps = set(other.params.get("prepositions", {})) if other is not None else set()
    list_name = other.params.get("defer_to_list") if other is not None else None
    bare_only = set(other.params.get("bare_only", [])) if other is not None else set()
    for s in ctx.sentences:
        toks = s.tokens
        if not any(t.tag_ in {"VVFIN", "VAFIN", "VMFIN", "VVIMP"} for t in toks):
            continue  # a form label or heading
        terms = ctx.term_spans(toks)
        if nominal_cluster_nouns(toks, cluster, terms):
            continue
        # "bedarf die Anmeldung der Unterschrift": the genitive is the verb's object
        # ("bedürfen", "sich annehmen", "gedenken"), no attribute of the noun (blind review 19)
        genitive_verb = any((t.lemma_ or "").casefold() in GENITIVE_VERBS for t in toks)
        # "unter Angabe des Kassenzeichens": the Amtsdeutsch phrase around the noun gives the
        # advice (an entry of the noun alone, "Gewährung", leaves the verb advice to this rule)
        listed = {k for h in ctx.lexicon.find_terms(toks, list_name)
                  for k in range(h.first + 1, h.last + 1)} if list_name else set()
        # a term of art to explain is no style to rewrite: "die sofortige Vollziehung der
        # Nummern 1 bis 3" (blind review 21: "needs a plain explanation, not 'vollziehen'")
        listed |= {k for a, b in terms for k in range(a, b + 1)}
        titled = titles_of_rules(toks)  # "Satzung über die Erhebung der Hundesteuer"
        for k, t in enumerate(toks):
            lemma = t.lemma_ or t.text
            if not verbal(t) or t.lower_ != lemma.casefold() or k in listed or k in titled:
                continue  # plural or inflected: "Regelungen" are things
            if not object_after(toks, k):
                continue
            verb = action_verb(lemma)  # after the cheap test: deriving the verb is slow
            if verb is None:
                continue
            j = k - 1
            while j >= 0 and toks[j].tag_ in NOUN_PHRASE_INNER:
                j -= 1
            if j >= 0 and toks[j].lower_ in preps and not verbs_own(toks, j, k, bare_only):
                continue  # "durch Vorlage des Ausweises": SIM-N004's
            if lemma.casefold() in _EVENTS:
                continue  # "zu Beginn des Schuljahres", "nach Ablauf der Frist"
            nxt = genitive_attribute(toks, k + 1)
            if genitive_verb and nxt is not None:
                continue
            if nxt is not None and ((is_nominalisation(toks[nxt]) and is_nominalisation(t)
                                     and verb_from_noun(lemma) is not None)  # SIM-N007 takes
                                    or (genitive_attribute(toks, nxt + 1) and links <= 2)):
                continue  # a chain: SIM-N007's or SIM-N003's
            if nxt is not None and is_agent(toks[nxt]):
                continue  # "die Entscheidung der Behörde": the genitive says who acts
            if nxt is not None and lemma.casefold() in DOCUMENTS and _issuer(toks[nxt]):
                continue  # "der Nachweis des Arbeitgebers": a document and who issues it
            if k > 0 and toks[k - 1].lower_ == "ohne" and lemma.casefold() == "angabe":
                continue  # "ohne Angabe von Gründen": a fixed phrase (reviews 237-306: 3 noise)
            last = nxt if nxt is not None else next(
                (m for m in range(k + 2, min(len(toks), k + 6)) if toks[m].tag_ in {"NN", "NE"}),
                k + 1)
            start, end = span_of([t, toks[last]])
            # the verb of the noun may be Amtsdeutsch itself ("Erteilung" -> "erteilen"): the
            # list's plain verb then (review 22: "'erteilen' offered for 'Erteilung'")
            plain = ctx.lexicon.plain_forms(verb, list_name) if list_name else []
            yield Match(start, end, {"noun": t.text, "verb": plain[0][0] if plain else verb},
                        sentence=s.index)
