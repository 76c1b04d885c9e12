"""Role nouns found by their form where the text speaks to its reader.

"Der Zuwendungsempfänger muss ...", "Die Versicherten haben ... vorzulegen": a noun that names
a person by a role in the procedure (-empfänger, -berechtigte, -pflichtige, -steller,
-nehmer, -inhaber, ...) as the one who must act. In a text that addresses its reader ("Sie",
"Ihr", requests), that person is usually the reader, and "Sie" is clearer. Texts that describe
a procedure in general, without addressing anyone, get no finding. Nouns of the role list
(``rollen.tsv``) are SIM-A001's: one finding per place.

"Personen, die eine Ausbildung machen, …", "Bürgerinnen und Bürger, die im Ausland leben":
people in general, narrowed by a relative clause, are the reader of such a text as well;
"Wenn Sie …" says so (SIM-A007). Not where the relative clause speaks of the reader
("Personen, die mit Ihnen zusammenleben" are others).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..forms import noun_table
from ..rules import Rule
from .base import Context, Match, SentenceView, check, span_of

# endings of role nouns (lemma, lower case); a closed set of word-formation patterns
ROLE_ENDINGS = ("empfänger", "empfängerin", "berechtigte", "berechtigter", "pflichtige",
                "pflichtiger", "stellende", "stellender", "steller", "stellerin", "nehmer",
                "nehmerin", "inhaber", "inhaberin", "schuldner", "schuldnerin", "bezieher",
                "bezieherin", "versicherte", "versicherter", "eigentümer", "eigentümerin",
                "halter", "halterin", "mieter", "mieterin", "pächter", "pächterin")
ADDRESS = {"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"}
NOMINATIVE = {"der", "die", "ein", "eine", "dieser", "diese", "jeder", "jede", "kein", "keine"}
DUTY_MODALS = {"müssen", "sollen"}
REQUEST_VERBS = {"bitten", "auffordern", "verpflichten", "ersuchen", "anhalten"}
ROLE_LIST = "rollen"
# people in general (lemmas): with a relative clause often the reader
PEOPLE = {"person", "bürger", "bürgerin", "mensch", "einwohner", "einwohnerin", "betroffene",
          "betroffener", "interessent", "interessentin"}
THOSE = {"diejenigen", "diejenige", "derjenige"}
GROUP = {"alle", "allen", "aller", "beide", "beiden", "jede", "jeder", "jedem", "mehrere",
         "andere", "anderen", "weitere", "weiteren", "frühere", "früheren", "bisherige",
         "bisherigen"}


def addresses_reader(ctx: Context) -> bool:
    """The text speaks to its reader: "Sie"/"Ihr" inside a sentence, or a request form."""
    for s in ctx.sentences:
        for k, t in enumerate(s.tokens):
            # an all-caps word is no imperative, whatever the tagger says ("TA Grabmal":
            # review 37, a public notice without a single "Sie")
            if (t.tag_ == "VVIMP" and not t.text.isupper()) or (k > 0 and t.text in ADDRESS):
                return True
    return False


def is_role_noun(t: Token) -> bool:
    if t.tag_ not in {"NN", "NE"} or not t.text[:1].isupper():
        return False
    lemma = (t.lemma_ or t.text).lower()
    low = t.lower_
    return any((w.endswith(ROLE_ENDINGS) and len(w) > 6) or w in ROLE_ENDINGS
               for w in (lemma, low.rstrip("n")))


def _role_person(toks: list[Token], k: int) -> bool:
    """"Person" named by what it does, a role in gender-neutral wording: "die antragstellende
    Person", "die klagende Person muss …" (a present participle before it)."""
    if (toks[k].lemma_ or "").casefold() != "person" or k == 0:
        return False
    before = toks[k - 1]
    return before.tag_ == "ADJA" and before.lower_.endswith(("ende", "enden", "ender"))


def _duty(toks: list[Token]) -> bool:
    """The clause states a duty or a request: "muss", "hat ... vorzulegen", "wird gebeten"."""
    lemmas = {(t.lemma_ or "").lower() for t in toks}
    if any(t.tag_ == "VMFIN" and (t.lemma_ or "").lower() in DUTY_MODALS for t in toks):
        return True
    if any(t.tag_ == "VVPP" and (t.lemma_ or "").lower() in REQUEST_VERBS for t in toks):
        return True
    zu_inf = any(t.tag_ == "VVIZU" for t in toks) or any(
        t.tag_ == "PTKZU" and k + 1 < len(toks) and toks[k + 1].tag_.endswith("INF")
        for k, t in enumerate(toks))
    return zu_inf and bool(lemmas & {"haben", "sein"})


ENTITLED_MODALS = {"können", "dürfen"}
ENTITLED_VERBS = {"erhalten", "bekommen", "zustehen"}


def _entitled(toks: list[Token]) -> bool:
    """The clause says what someone may do or gets: "können", "dürfen", "erhalten",
    "bekommen", "steht … zu" ("Versicherte erhalten einen Zuschuss"): the reader's rights,
    as a duty is the reader's duty."""
    return any((t.tag_ == "VMFIN" and (t.lemma_ or "").casefold() in ENTITLED_MODALS)
               or (t.tag_ == "VVFIN" and (t.lemma_ or "").casefold() in ENTITLED_VERBS)
               for t in toks)


def _subject_like(toks: list[Token], k: int) -> bool:
    """Not in the genitive or dative by its article or ending: "die Adresse des Mieters"
    names someone else's data, "soll Arbeitnehmern helfen" someone else who gets something;
    "der Mieter muss" names the one who acts."""
    t = toks[k]
    lemma = (t.lemma_ or "").lower()
    if lemma.endswith("er") and t.lower_.endswith("ern"):
        return False  # dative plural: "den Mietern", "Arbeitnehmern"
    # the noun opens the clause or follows an article that can be nominative: "Der Mieter
    # muss", "hat der Mieter ... zu"; a bare plural after a verb ("soll Arbeitnehmerinnen
    # ... ein Anreiz sein") is as likely a dative
    j = k - 1
    while j >= 0 and toks[j].tag_ == "ADJA":
        j -= 1
    prev = toks[j] if j >= 0 else None
    return prev is None or (prev.tag_ == "KON" and j == 0) or prev.lower_ in NOMINATIVE


def _service_page(ctx: Context) -> bool:
    """A page about a public service in the third person (``audience.serves_reader`` without
    any other sign of address): its reader is the person who uses the service."""
    return ctx.serves_reader and not ctx.addresses_reader


_TO_A_MAN = re.compile(r"\bSehr geehrter Herr\b")
_TO_A_WOMAN = re.compile(r"\bSehr geehrte Frau\b")


def letter_to_a_man(text: str) -> bool:
    """The letter greets one man and no woman: a feminine role noun in it ("gegenüber der
    Vermieterin") is someone else (blind review 28: "wrong referent: the reader is the
    carer, not the landlady")."""
    return bool(_TO_A_MAN.search(text)) and not _TO_A_WOMAN.search(text)


def feminine(t: Token) -> bool:
    """A feminine person noun ("Vermieterin", "Inhaberinnen"): german-nouns' gender."""
    lemma = t.lemma_ or t.text
    noun = noun_table().get(lemma) if lemma.endswith("in") else None
    return noun is not None and noun.gender == "f"


@check("role_pattern")
def role_pattern(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Role nouns by pattern as the subject of a duty, in texts that address the reader, or
    in a third-person page about a public service (``audience.py``), written for its user."""
    if addresses_reader(ctx):
        why = "Der Text spricht die Leserin oder den Leser sonst mit „Sie“ an."
    elif _service_page(ctx):
        why = "Die Seite informiert die Menschen, die dieses Verfahren betrifft."
    else:
        return
    to_a_man = letter_to_a_man(ctx.text)
    for s in ctx.sentences:
        yield from _in_sentence(ctx, s, why, to_a_man)


def _in_sentence(ctx: Context, s: SentenceView, why: str, to_a_man: bool) -> Iterator[Match]:
    for c in s.clauses.clauses:
        toks = c.tokens
        if not (_duty(toks) or _entitled(toks)):
            continue
        for k, t in enumerate(toks):
            person = _role_person(toks, k)  # "klagende Person"
            if not (is_role_noun(t) or person) or ctx.lexicon.is_listed(t, ROLE_LIST):
                continue
            if to_a_man and feminine(t):
                continue  # a letter to one man: "gegenüber der Vermieterin" is someone else
            if not _subject_like(toks, k) or any(x.text in ADDRESS for x in toks[:k]):
                continue  # "Sie als Versicherte": the reader is addressed already
            before = [x.lower_ for x in toks[max(0, k - 3): k]]
            if any(w in GROUP for w in before):
                continue  # "alle Inhaber", "beide Elternteile": several people, not "Sie"
            if k >= 2 and toks[k - 1].lower_ in {"und", "oder", "/"} and is_role_noun(toks[k - 2]):
                continue  # "Inhaberinnen und Inhaber": one finding for the pair
            first = toks[k - 1] if person else t
            term = ctx.text[first.idx:t.idx + len(t.text)]
            yield Match(first.idx, t.idx + len(t.text), {"term": term, "why": why},
                        sentence=s.index)


@check("people_who")
def people_who(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Personen, die …", "Diejenigen, die …" in a text that addresses its reader, or in a
    third-person page about a public service (``audience.py``)."""
    if not (addresses_reader(ctx) or _service_page(ctx)):
        return
    for s in ctx.sentences:
        toks = s.tokens
        for k in range(len(toks) - 2):
            t = toks[k]
            if toks[k + 1].text != "," or toks[k + 2].tag_ != "PRELS" or not _people(ctx, t):
                continue
            rel = []
            for x in toks[k + 3:]:
                if x.text in {",", ".", ";", ":", "!", "?", "(", ")"}:
                    break
                rel.append(x)
            if not rel or any(x.text in ADDRESS for x in rel):
                continue  # "Personen, die mit Ihnen zusammenleben": others than the reader
            first = k
            if k >= 2 and toks[k - 1].lower_ in {"und", "oder"} and _people(ctx, toks[k - 2]):
                first = k - 2  # "Bürgerinnen und Bürger, die …"
            if _attribute(toks, first):
                continue  # "die Anzahl der Personen, die …": a count or someone's data
            start, end = span_of([toks[first], rel[-1]])
            yield Match(start, end, {"term": t.text}, sentence=s.index)


def _people(ctx: Context, t: Token) -> bool:
    if t.lower_ in THOSE:
        return True
    if t.tag_ not in {"NN", "NE"} or ctx.lexicon.is_listed(t, ROLE_LIST):
        return False  # listed role nouns are SIM-A001's
    return (t.lemma_ or t.text).casefold() in PEOPLE or is_role_noun(t)


def _attribute(toks: list[Token], k: int) -> bool:
    """The noun at k is an attribute of the noun before it ("Anzahl der Personen", "Name
    der Person", "Zahl von Menschen")."""
    j = k - 1
    while j >= 0 and toks[j].tag_ in {"ART", "ADJA", "PIAT", "PDAT", "PPOSAT", "CARD"}:
        j -= 1
    if j >= 2 and toks[j].tag_ == "KON" and toks[j - 1].tag_ in {"NN", "NE"}:
        return _attribute(toks, j - 1)  # "Unterschrift der Partei oder Person, die …"
    if j >= 1 and toks[j].lower_ == "von":
        j -= 1
    return j >= 0 and j < k - 1 and toks[j].tag_ in {"NN", "NE"}


# predicates that name who may or must do something: "Wahlberechtigt sind Deutsche, die …"
ENTITLED = ("berechtigt", "pflichtig", "verpflichtet")


@check("entitled_group")
def entitled_group(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Wahlberechtigt sind Deutsche, die …", "Antragsberechtigt ist, wer …": a rule about a
    group at the start of a sentence, in a text for its reader; "Sie dürfen …, wenn …" says
    that the reader is meant."""
    if not ctx.serves_reader:
        return
    for s in ctx.sentences:
        toks = s.tokens
        k = 0
        while k < len(toks) and toks[k].is_punct:
            k += 1  # list markers and quotes before the first word
        if k + 1 >= len(toks):
            continue
        first = toks[k]
        if first.tag_ not in {"ADJD", "ADJA", "NN", "VVPP"} or not first.lower_.endswith(
                ENTITLED):
            continue
        # the verb right after it, or after a short phrase ("Wahlberechtigt in Deutschland
        # sind …"), with no comma between
        for verb in toks[k + 1: k + 5]:
            if verb.is_punct or (verb.tag_.startswith("V") and verb.lower_ not in {"ist", "sind"}):
                break
            if verb.tag_ == "VAFIN" and verb.lower_ in {"ist", "sind"}:
                reader_named = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == "Sie"
                if not reader_named:  # "Verpflichtet sind Sie …" (findings review 315)
                    yield Match(first.idx, verb.idx + len(verb.text), {}, sentence=s.index)
                break


def gender_partner(tok: Token) -> Token | None:
    """The other form of a pair of person nouns right after ``tok``: "Insolvenzverwalter oder
    (eine) Insolvenzverwalterin", "Ehegatte/Ehegattin"; None if there is none."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].lower_ not in {"oder", "und", "bzw.", "/", "beziehungsweise"}:
        return None
    k += 1
    while k < len(doc) and doc[k].tag_ in {"ART", "ADJA", "PPOSAT", "PIAT"}:
        k += 1
    if k >= len(doc):
        return None
    other = doc[k]
    a, b = (tok.lemma_ or tok.text).casefold(), (other.lemma_ or other.text).casefold()
    return other if b in feminine_forms(a) or a in feminine_forms(b) else None


def feminine_forms(term: str) -> set[str]:
    """"Verwalter" -> "Verwalterin", "Ehegatte" -> "Ehegattin" (lower case; plural too)."""
    stem = term[:-1] if term.endswith("e") else term
    return {f"{stem}in", f"{stem}innen"}


def gender_variants(term: str) -> set[str]:
    """The other forms of a person noun, as a list would hold them: "Insolvenzverwalter" and
    "Insolvenzverwalterin" are one term for "explain on the first use"."""
    out = {f"{term.rstrip('e')}in"}
    if term.endswith("in") and len(term) > 5:
        out |= {term[:-2], f"{term[:-2]}e"}
    return out
