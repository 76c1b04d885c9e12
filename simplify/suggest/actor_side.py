"""Who acts in a passive clause: the reader, whom a rewrite may address with "Sie", or the
office (rule data of the passive rules: ``reader_verbs``, ``against_reader``, ``levies``,
``office_phrases``, ``pay_verbs``). Each office-side class was found by a blind safety review
on fresh texts."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from ..audience import POLITE
from ..checks.actors import levied
from ..checks.base import Context
from ..segmenter import MONTHS
from ..sentence_index import CLAUSE_END
from .common import FINITE, _infinitive, ctx_rule_params

# roles that act for another person, never the reader as agent: "Der Antrag ist von den
# Sorgeberechtigten zu stellen" had become "Stellen Sie den Antrag" (safety review 218)
ACTS_FOR = ("sorgeberecht", "erziehungsberecht", "eltern", "vormund", "betreuer", "vollmächtig")


def reader_verb(ctx: Context, rule_id: str, infinitive: str,
                toks: list[Token] | None = None) -> bool:
    """The reader is the one who does this (rule data: ``reader_verbs``), unless the text says
    "wir" do it: "Den Schlamm holen wir ab" (safety review 50: "Der Schlamm muss bald abgeholt
    werden" had become "Sie müssen den Schlamm bald abholen"), or a named third party does it
    to the same thing (the passive clause ``toks``): "Die Ausnahme beantragt die Schule"."""
    office, others = _text_actors(ctx)
    if infinitive not in ctx_rule_params(ctx, rule_id).get("reader_verbs", []) \
            or infinitive in office:
        return False
    things = others.get(infinitive)
    if things is None:
        return True
    return ANY_THING not in things and not any(
        t.lemma_.casefold() in things for t in toks or [] if t.tag_ == "NN")


_TEXT_ACTORS = "simplify.text_actors"
ANY_THING = "*"  # a light-verb phrase names its own thing: "Den Antrag stellt der Betrieb"


def _text_actors(ctx: Context) -> tuple[frozenset[str], dict[str, set[str]]]:
    """The verbs (infinitives, particle joined) whose subject is "wir" somewhere in the text:
    "holen wir … ab", "wir werden … abholen", or one named third party: "Den Antrag stellt
    der Betrieb" (safety review 157: a parents' leaflet said "Die Ausnahme muss … beantragt
    werden", and the rewrite "Sie müssen die Ausnahme … beantragen" gave the parents the
    company's task), the latter with the nouns of their clauses."""
    memo = ctx.doc.user_data
    found = memo.get(_TEXT_ACTORS)
    if found is None:
        verbs: set[str] = set()
        others: dict[str, set[str]] = {}
        for s in ctx.sentences:
            toks = s.tokens
            for i, t in enumerate(toks):
                if t.lower_ != "wir":
                    continue
                for f in (i - 1, i + 1):
                    if 0 <= f < len(toks) and toks[f].tag_ in FINITE:
                        verbs.update(_clause_verbs(toks, f))
            for verb, things in _third_party_verbs(ctx, toks).items():
                others.setdefault(verb, set()).update(things)
        found = memo[_TEXT_ACTORS] = (frozenset(verbs), others)
    return found


# a clause with one of these has the reader, the writer or anyone as its subject
_NOT_THIRD = {"ich", "wir", "man", "wer", "jeder", "jede", "jedermann", "jemand", "du", "ihr"}


def _third_party_verbs(ctx: Context, toks: list[Token]) -> dict[str, set[str]]:
    """Verbs that a named third party does in the present tense, singular, in a clause
    without "Sie", "ich", "wir" or a generic subject: "Den Antrag stellt der Betrieb",
    "wenn das Jugendamt die Ausnahme beantragt". A light-verb phrase adds its plain verb
    ("Antrag stellen": "beantragen"). Each verb comes with the nouns of its clause: "Die
    Stadt erhebt eine Steuer" says nothing of who raises an objection ("Widerspruch
    erheben")."""
    verbs: dict[str, set[str]] = {}
    start = 0
    for end in [*(k for k, t in enumerate(toks) if t.text in CLAUSE_END), len(toks)]:
        clause = toks[start:end]
        start = end + 1
        if any(t.lower_ in _NOT_THIRD or t.text in {"Sie", "Ihnen"} for t in clause):
            continue
        # a participle's form at the end of a clause without an auxiliary is finite: "wenn
        # die Firma die Ausnahme beantragt" (the tagger may read "beantragt" as VVPP)
        bare = not any(t.tag_.startswith(("VA", "VM")) for t in clause)
        for f, t in enumerate(clause):
            if (t.tag_ == "VVFIN" or (bare and t.tag_ == "VVPP")) and _third_singular(t):
                found = _clause_verbs(clause, f) if t.tag_ == "VVFIN" else {t.lemma_}
                nouns = {n.lemma_.casefold() for n in clause if n.tag_ == "NN"}
                for v in found:
                    verbs.setdefault(v, set()).update(nouns)
                    for e in ctx.lexicon.fvg.get(v.casefold(), []):
                        if not e.preposition and e.term.casefold() in nouns:
                            for r in e.replacements:
                                verbs.setdefault(r, set()).add(ANY_THING)
    return verbs


def _third_singular(verb: Token) -> bool:
    """The present tense, third person singular of a weak stem: "stellt", "beantragt",
    "handelt", "arbeitet" (not "stellte", not "stellen")."""
    lemma = verb.lemma_.casefold()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return verb.lower_ in {stem + "t", stem + "et"}


def _clause_verbs(toks: list[Token], f: int) -> set[str]:
    """The full verb of the clause whose finite verb is at f, with a separated particle."""
    rest = []
    for t in toks[f + 1:]:
        if t.text in CLAUSE_END:
            break
        rest.append(t)
    if toks[f].tag_ == "VVFIN":
        particles = [t.lower_ for t in rest if t.tag_ == "PTKVZ"]
        return {toks[f].lemma_, *(p + toks[f].lemma_ for p in particles)}
    return {t.lemma_ for t in rest if t.tag_ in {"VVINF", "VVPP"}}


# a decision served on another party as well ("Der Käuferin wird eine Abschrift dieses
# Bescheides zugestellt"): its appeal notice speaks to every party served, so "kann … Klage
# erhoben werden" stays impersonal (safety review 68: "können Sie … Klage erheben" in a
# pre-emption decision whose buyer may sue too)
SERVED_ON_OTHERS = re.compile(
    r"\b(?:Abschrift|Ausfertigung|Zweitschrift)\b[^.\n]{0,80}\bzu(?:gestellt|zustellen)\b"
    r"|\bzu(?:gestellt|zustellen)\b[^.\n]{0,40}\b(?:Abschrift|Ausfertigung)\b"
    # a copy line at the foot: "Abdruck: Betriebsrat der … GmbH" (safety review 88: the
    # permit affects the staff too, "können Sie … Widerspruch erheben" narrows it)
    r"|^[ \t]*(?:Abdruck|Abschrift|Ausfertigung)(?:[ \t]+(?:an|für))?[ \t]*:", re.MULTILINE)
APPEALS = {"klage", "widerspruch", "einspruch", "beschwerde"}


def against_reader(ctx: Context, rule_id: str, toks: list[Token]) -> bool:
    """The clause names a measure the office takes against the reader (rule data:
    ``against_reader``, noun endings): "kann beim Amtsgericht Erzwingungshaft beantragt
    werden" is the office's application, never "können Sie … beantragen" (a blind safety
    review on fresh texts), though "beantragen" is a reader's verb elsewhere."""
    params = ctx_rule_params(ctx, rule_id)
    if _each_person(toks) or _successor(toks) or _predicate_of_subject(toks):
        return True
    if any(t.lower_ in APPEALS for t in toks) and SERVED_ON_OTHERS.search(ctx.text):
        return True  # every party served may appeal, not only "Sie" (safety review 68)
    ends = tuple(params.get("against_reader", []))
    if ends and any(t.tag_ == "NN" and t.lower_.endswith(ends) for t in toks):
        return True
    # a charge the office levies: "kann der Kostenbeitrag … erhoben werden" (safety review
    # 39: "können Sie den Kostenbeitrag erheben"), while "Widerspruch erheben" is the reader's
    if levied(toks, params.get("levies", [])):
        return True
    # the office's light-verb phrase: "kann … in Aussicht gestellt werden" (its promise)
    words = [t.lower_ for t in toks]
    # granted "auf (schriftlichen) Antrag": the office decides on the reader's application;
    # "Sie können eine Ratenzahlung … vereinbaren" reads as the reader's right (safety review 48)
    if any(w == "auf" and "antrag" in words[k + 1:k + 3] for k, w in enumerate(words)):
        return True
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words)}
    if any(phrase in pairs for phrase in params.get("office_phrases", [])):
        return True
    # a charge or compensation the reader pays is spent by the office: "Die Ausgleichszahlung
    # ist … zweckgebunden für Baumpflanzungen zu verwenden" (safety review 193)
    if _verb_on_noun(toks, _SPEND, (*params.get("levies", []), *_PAID_IN)):
        return True
    # a property's use: "Das Haus muss 10 Jahre lang zum Wohnen genutzt werden"
    if _verb_on_noun(toks, _USE_VERBS, tuple(params.get("used_property", []))):
        return True
    # a benefit the office provides: "Geldleistungen sollen als Darlehen erbracht werden"
    benefits = tuple(params.get("provided_benefits", []))
    if benefits and any(t.lemma_ == "erbringen" for t in toks) and any(
            t.tag_ == "NN" and t.lower_.endswith(benefits) and not t.lower_.startswith("eigen")
            for t in toks):
        return True
    # a register or file the office keeps is passed on or used by the office: "Die
    # Kaufpreissammlung darf nur dem Finanzamt übermittelt werden"
    if _verb_on_noun(toks, _PASS_ON, tuple(params.get("office_records", []))):
        return True
    # an entry in a public register is made by its keeper (the land registry, the court):
    # "Der Erbbauzins ist als Reallast … im Erbbaugrundbuch einzutragen" had become "Tragen
    # Sie den Erbbauzins … ein" in a contract offer (safety review 154)
    if _verb_on_noun(toks, _ENTER, _REGISTERS):
        return True
    if _data_in_notice(ctx, toks):
        return True
    return _pays_for_a_period(toks, params.get("pay_verbs", []))


# personal data in a data-protection notice are processed and passed on by the office that
# controls them: "Die Daten können dem Rechnungsprüfungsamt … übermittelt werden" became
# "Sie können die Daten … übermitteln" in a grant form's notice (safety review 127)
# so are a survey's single answers ("Einzelangaben können … nur in anonymisierter Form zur
# Verfügung gestellt werden" became "können Sie … zur Verfügung stellen", safety review 249)
_DATA_VERBS = {"übermitteln", "weitergeben", "übersenden", "verwenden", "nutzen", "offenbaren",
               "speichern", "verarbeiten", "löschen", "aufbewahren", "erheben", "stellen",
               "bereitstellen", "veröffentlichen"}
_DATA_NOUNS = ("daten", "einzelangaben")
_DATA_NOTICE = re.compile(r"Datenschutz|DS-?GVO|personenbezogene|Statistik|statistisch|"
                          r"anonymisiert|Geheimhaltung", re.IGNORECASE)
_NOT_DATA = ("kandidaten", "soldaten")


def _data_in_notice(ctx: Context, toks: list[Token]) -> bool:
    """Personal data ("Daten", "Meldedaten") or a survey's single answers ("Einzelangaben")
    with a verb of processing or release, in a data-protection or statistics notice (its words
    within 1,500 characters before the clause)."""
    if not toks or not any(t.lemma_ in _DATA_VERBS for t in toks) or not any(
            t.tag_ == "NN" and t.lower_.endswith(_DATA_NOUNS) and not t.lower_.endswith(_NOT_DATA)
            for t in toks):
        return False
    end = toks[-1].idx + len(toks[-1].text)
    return _DATA_NOTICE.search(ctx.text, max(0, toks[0].idx - 1500), end) is not None


_PASS_ON = {"übermitteln", "weitergeben", "übersenden", "senden", "schicken", "verwenden",
            "nutzen", "offenbaren", "herausgeben"}


def _verb_on_noun(toks: list[Token], verbs: set[str], endings: tuple[str, ...]) -> bool:
    """The clause has one of ``verbs`` (lemmas) and a noun with one of ``endings``."""
    return bool(endings) and any(t.lemma_ in verbs for t in toks) and any(
        t.tag_ == "NN" and t.lower_.endswith(endings) for t in toks)


_USE_VERBS = {"nutzen", "benutzen"}
_SPEND = {"verwenden", "einsetzen"}
_PAID_IN = ("ausgleichszahlung", "ersatzzahlung", "ersatzgeld", "ablösebetrag")
_ENTER = {"eintragen", "löschen", "vormerken", "berichtigen"}
_REGISTERS = ("grundbuch", "grundbuchs", "grundbuches", "register", "registers", "kataster",
              "katasters")
# grown-ups who act for themselves: "Für jede volljährige Person ist ein eigener Antrag zu
# stellen" means each applies, not "müssen Sie" for each (safety review 99); "Für jedes Kind
# ist ein Antrag zu stellen" is the parent's, the reader's, duty
_EACH = {"jede", "jeden", "jedes"}
_GROWN_UPS = ("person", "erwachsen", "volljährig", "mitglied", "antragsteller", "teilnehmer",
              "bewerber", "ehegatt", "ehepartner", "lebenspartner", "mitbewohner",
              "beschäftigt", "mitarbeiter")


def _each_person(toks: list[Token]) -> bool:
    return any(t.lower_ in _EACH and any(n.lower_.startswith(_GROWN_UPS)
                                         for n in toks[k + 1:k + 4])
               for k, t in enumerate(toks))


# "als solcher" agrees with the passive's subject; as the object of the active it would need
# "als solchen" ("Der Betriebssitz muss als solcher genutzt werden" became "Sie müssen den
# Betriebssitz tatsächlich als solcher nutzen"; safety review 105): no rewrite
_NOMINATIVE_AFTER_ALS = {"solcher", "der", "ein", "dieser", "kein", "jener"}


def _predicate_of_subject(toks: list[Token]) -> bool:
    return any(t.lower_ == "als" and n.lower_ in _NOMINATIVE_AFTER_ALS
               for t, n in itertools.pairwise(toks))


# a change of the holder: "Bei einem Betreiberwechsel ist eine neue Erlaubnis zu beantragen"
# is the new operator's duty, not the reader's (safety review 100)
_SUCCESSION = re.compile(r"(?:betreiber|inhaber|eigentümer|halter|mieter|pächter|besitzer|"
                         r"träger|nutzer|erlaubnisnehmer)(?:in)?wechsel")


def _successor(toks: list[Token]) -> bool:
    return any(t.tag_ == "NN" and _SUCCESSION.search(t.lower_) for t in toks)


def _pays_for_a_period(toks: list[Token], pay_verbs: list[str]) -> bool:
    """Paying "bis" an event, not a date: "Die Steuer ist bis zum Tag der Außerbetriebsetzung
    zu entrichten" names the period the charge covers; "Entrichten Sie die Steuer bis zum Tag
    …" reads as a deadline (safety review 40). "bis zum 15. März" is a date."""
    if not any(_infinitive(t) in pay_verbs for t in toks if t.pos_ == "VERB"
               or t.tag_.startswith("VV")):
        return False
    for k, t in enumerate(toks):
        if t.lower_ != "bis":
            continue
        span = toks[k + 1: k + 5]
        if not any(x.like_num or x.lower_ in _DATE_WORDS for x in span):
            return True
    return False


_DATE_WORDS = MONTHS | {"jahresende", "monatsende", "quartalsende", "fälligkeit"}


def points_back(toks: list[Token], before: list[Token]) -> bool:
    """The clause points back to a condition said before. "Ein entsprechender Nachweis ist bis
    zum 31. März zu erbringen" holds only for whoever claims the exemption the sentence before
    describes; "Erbringen Sie einen entsprechenden Nachweis" made it a duty of the reader, who
    did not claim it (safety review 146). "In diesem Fall ist das Zeugnis … zu übersenden"
    after "…, sofern die Patientin … nicht wünschen" is the case of another person: "müssen
    Sie" made it the duty of the doctor who read the notes (safety review 148)."""
    if any((t.tag_ == "ADJA" and t.lower_.startswith("entsprechend"))
           or (t.tag_ in {"PIAT", "PIDAT"} and t.lower_.startswith("solch")) for t in toks):
        return True
    if [t.lower_ for t in toks[:3]] not in (["in", "diesem", "fall"], ["in", "diesen", "fällen"]):
        return False
    # the condition before is someone else's: no "Sie" after its first word ("Sie" there may
    # be "they")
    return any(t.lower_ in _CONDITIONS for t in before) and not any(
        t.text in POLITE for t in before[1:])


_CONDITIONS = {"wenn", "sofern", "falls", "soweit"}
