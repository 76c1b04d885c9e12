"""Reader address: role nouns and "man" where "Sie" is meant; obligations without address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..audience import POLITE, named_recipient
from ..rules import Rule
from ..vocabulary import german_list
from .base import Context, Match, check, span_of
from .duty import is_duty
from .future_tense import reported_duty, reported_man
from .roles import feminine, letter_to_a_man

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
OTHER_PERSON = {"als", "alle", "allen", "aller", "beide", "beiden", "anderen", "andere",
                "zwischen",
                "früheren", "frühere", "früherer", "bisherige", "bisherigen", "bisheriger",
                "neue", "neuen", "neuer", "weitere", "weiteren", "weiterer", "jede", "jeder",
                # "die jeweils Verpflichteten": each of several parties (findings review 166)
                "jeweils", "jeweilige", "jeweiligen", "jeweiliger"}

# someone else's (lower case: the polite "Ihren" is the reader's)
THIRD_POSSESSIVES = {"ihre", "ihren", "ihrem", "ihrer", "ihres", "seine", "seinen", "seinem",
                     "seiner", "seines", "deren", "dessen"}


def _other_person(toks: list, i: int) -> bool:  # noqa: ANN001
    """"Sie als Halter", "alle Sorgeberechtigten", "der frühere Halter": not the reader."""
    before = [t.lower_ for t in toks[max(0, i - 3): i]]
    if i > 0 and toks[i - 1].text in THIRD_POSSESSIVES and toks[i - 1].tag_ in {
            "PPOSAT", "PRELAT", "PDAT", "PDS", "PRELS"}:
        # "den Schülern oder ihren Erziehungsberechtigten": the child's parents; "die Person
        # bzw. deren Personensorgeberechtigte" (findings review 156)
        return True
    return any(w in OTHER_PERSON for w in before)


# a line that opens with the role noun and a colon, then the person's data, not a blank to
# fill in: "Betroffener: Patrick Sonnleitner, geb. …" heads the data block of a fine notice
# (findings reviews 63-191: 5 of 5 such findings noise, "the statutory field label")
_DATA_LABEL = re.compile(r"[ \t]*(?:/[ \t]*-?in|\(in\))?[ \t]*:[ \t]*\n?[ \t]*[^\s_.]")


def _data_label(text: str, hit) -> bool:  # noqa: ANN001
    """The role noun labels the data of a named person: "Betroffener: Laakmann, Dennis"."""
    return not text[text.rfind("\n", 0, hit.start) + 1:hit.start].strip() and \
        _DATA_LABEL.match(text, hit.end) is not None


def _attributive(toks: list, hit) -> bool:  # noqa: ANN001
    """A role noun made from an adjective ("Betroffene", "Versicherte") used as an adjective
    before a noun: "Betroffener Flug", "versicherte Person"."""
    j = hit.last + 1
    if hit.first != hit.last or j >= len(toks) or not (
            toks[j].tag_ == "NN" and toks[j].text[:1].isupper()):
        return False
    # capitalised at the start of a heading the tagger takes it for a noun: "2. Betroffene
    # Forderungen" (findings review 53: "'Betroffene' modifies 'Forderungen'")
    return toks[hit.first].tag_ == "ADJA" or (
        toks[hit.first].tag_ == "NN" and _ADJECTIVAL.search(toks[hit.first].text) is not None)


_ADJECTIVAL = re.compile(r"(?:t|en|ig|end)e[nrs]?$")  # Betroffene, Berechtigte, Pflichtige


# a form's numbered section heading: an enumeration ("1.", "A.", "Teil 1 –"), perhaps
# "Angaben zur", the role noun in its gendered forms, perhaps a remark in brackets:
# "1. Antragstellerin / Antragsteller", "Teil 1 – Antragsteller/in (Karteninhaber/in)"
_HEADING_LEAD = re.compile(r"^[ \t=*#-]*(?:(?:Teil[ \t]+[0-9A-Z]{1,2}|[0-9]{1,2}[.)]|[A-Z][.)])"
                           r"[ \t]*[–-]?[ \t]*)"
                           r"(?:(?:Angaben|Daten)[ \t]+(?:zu[mr]?|des|der)[ \t]+)?")
_HEADING_FILLER = {"der", "des", "die", "dem", "den", "zum", "zur", "in", "innen"}


def _section_heading(text: str, hit) -> bool:  # noqa: ANN001
    """The role noun heads a section of a form: a label for whoever fills in the section,
    often a firm or a representative. Reviews 18-81 judged 0 of 11 hints on such headings
    worth a clerk's time ("third-person heading is conventional and clear")."""
    pos = hit.tokens[0].idx
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo: hi if hi >= 0 else len(text)]
    body = re.sub(r"\([^()]*\)|_{3,}|[:=*#]", " ", line)
    lead = _HEADING_LEAD.match(body)
    if lead is None:
        # no enumeration: "Antragsteller (Name, Vorname, ggf. Geburtsname)" labels the
        # reader's own fields, and an editor asks for "Ihr Name" there (editor marks 1)
        return False
    body = body[lead.end():]
    stem = hit.tokens[0].text.casefold()[:5]
    words = re.findall(r"[^\W\d_]+", body)
    return bool(words) and all(w.casefold().startswith(stem) or w.casefold() in _HEADING_FILLER
                               for w in words)


# the closing of a letter: whoever signs it is its writer
LETTER_CLOSING = re.compile(r"Mit freundlichen Grüßen|Hochachtungsvoll|^[ \t]*(?:Im Auftrag|"
                            r"i\. ?A\.)[ \t]*$", re.MULTILINE)


SALUTATION = re.compile(r"^[ \t]*Sehr geehrte[rs]? (?:Frau|Herr)\b", re.MULTILINE)
PLURAL_BEFORE = {"alle", "allen", "aller", "sämtliche", "sämtlichen", "mehrere", "mehreren",
                 "andere", "anderen", "weitere", "weiteren", "übrigen", "viele", "vielen",
                 "einige", "einigen", "zahlreiche", "zahlreichen"}


def _plural(toks: list, hit) -> bool:  # noqa: ANN001
    """A group: a female plural ("Bewerberinnen", "Bewerberinnen und Bewerber") or a
    quantifier of groups before it ("alle Antragsteller", "der übrigen Mieter")."""
    near = toks[max(0, hit.first - 3): min(len(toks), hit.last + 3)]
    return (any(t.lower_.endswith("innen") for t in near)
            or any(t.lower_ in PLURAL_BEFORE for t in toks[max(0, hit.first - 3): hit.first]))


def _speaks_to_reader(toks: list) -> bool:  # noqa: ANN001
    """The sentence has a polite form: "Ihnen", "Ihr …" anywhere, "Sie" after its first word
    (at the start, "Sie" may be "they")."""
    return any(t.text in POLITE and (k > 0 or t.text != "Sie") for k, t in enumerate(toks))


@check("role_nouns")
def role_nouns(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Der Antragsteller hat ...": address the reader as "Sie". In a text that does not
    speak to its reader (an information page in the third person) a hint: "Betroffene zahlen
    ..." may be aimed at the reader or not; an editor would still ask for "Sie"."""
    describing = not ctx.addresses_reader
    # in a letter the signer ("an den Unterzeichner zu senden") is its writer, not the reader
    # (blind review 20: "'Sie' would be wrong, it should be 'mich' or 'uns'")
    letter = LETTER_CLOSING.search(ctx.text) is not None
    to_one = SALUTATION.search(ctx.text) is not None  # not "Sehr geehrte Damen und Herren"
    to_a_man = letter_to_a_man(ctx.text)  # "die Antragstellerin" is someone else then
    for s in ctx.sentences:
        # a form label ("Unterschrift der Antragstellerin") names a field: a hint, as "Ihre
        # Unterschrift" is plainer, but the label may also be meant for another person
        label = not any(t.tag_ in FINITE for t in s.tokens)
        verbless = label and not any(t.tag_.startswith("V") for t in s.tokens)
        # where the reader speaks as "ich" ("Ich verpflichte mich, … die Einwilligung der
        # Betroffenen"), a role noun is someone else (blind review 24)
        if any(t.tag_ == "PPER" and t.lower_ in {"ich", "mich", "mir"} for t in s.tokens):
            continue
        # where the sentence speaks to its reader already ("Dann brauchen Sie eine Vollmacht
        # von der Halterin"), a role noun beside that "Sie" is someone else
        if _speaks_to_reader(s.tokens):
            continue
        for hit in ctx.lexicon.find_terms(s.tokens, rule.list_name or ""):
            if to_one and _plural(s.tokens, hit):
                continue  # a letter to one person: "der zugelassenen Bewerberinnen und
                # Bewerber" are the others (blind review 24)
            if _other_person(s.tokens, hit.first):
                continue
            if to_a_man and feminine(hit.tokens[-1]):
                continue
            if _attributive(s.tokens, hit):
                continue  # "Betroffener Flug": an adjective before a noun, no person
            if letter and hit.entry.term.casefold().startswith("unterzeichn"):
                continue
            # a label names whoever fills in the field: the applicant is the reader, other
            # roles in a label ("Bauherr", "Halter/in", "Unterschrift der Sorgeberechtigten")
            # often another party, or a title names its target group (findings reviews
            # 18-230: 7 of 97 such hints worth the time, 71 noise)
            if label and (_section_heading(ctx.text, hit) or (
                    not hit.entry.term.casefold().startswith("antragstell")
                    and verbless)):
                continue
            if _data_label(ctx.text, hit):
                continue
            toks = list(hit.tokens)
            # take the "/in", "*in" or "(in)" gender ending along
            j = hit.last + 1
            if j + 1 < len(s.tokens) and s.tokens[j].text in {"/", "*", ":"} and \
                    s.tokens[j + 1].lower_ in {"in", "innen"}:
                toks.extend([s.tokens[j], s.tokens[j + 1]])
            start, end = span_of(toks)
            e = hit.entry
            yield Match(start, end, {"term": ctx.text[start:end],
                                     "suggestion": german_list(list(e.replacements) or ["Sie"])},
                        entry=e, sentence=s.index, softer=label or describing)


@check("man")
def man(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"man" in a form usually means the reader ("Sie") or the office ("wir")."""
    if not ctx.serves_reader:
        return  # "Man nennt das Tier auch Ren": in a description "man" means people at large
    for s in ctx.sentences:
        for k, t in enumerate(s.tokens):
            if t.lower_ == "man" and t.tag_ in {"PIS", "PPER", "PIAT"}:
                if _naming(s.tokens, k):
                    continue  # "Das nennt man Abtretung": a definition, nobody acts
                if reported_man(s.tokens, k):
                    continue  # "…, man habe den Antrag nie erhalten": someone's own words
                yield Match(t.idx, t.idx + len(t.text), {}, sentence=s.index)


# verbs with which "man" defines a word: "Diese Übertragung nennt man Abtretung", "Davon
# spricht man, wenn …", "Darunter versteht man …" (blind review 13: neither "Sie" nor "wir")
NAMING = {"nennen", "bezeichnen", "sprechen", "verstehen", "heißen"}


def _naming(toks: list, k: int) -> bool:  # noqa: ANN001
    """"man" next to a verb of naming or defining: "nennt man", "man bezeichnet … als"."""
    near = toks[max(0, k - 2): k + 3]
    return any(t.tag_.startswith("VV") and (t.lemma_ or "").lower() in NAMING for t in near)


@check("haben_zu_infinitive")
def haben_zu_infinitive(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"hat ... vorzulegen": an obligation aimed at a third person instead of the reader."""
    not_duty = {v.casefold() for v in rule.params.get("not_duty", [])}
    for s in ctx.sentences:
        for c in s.clauses.clauses:
            toks = c.tokens
            if any(t.tag_ == "KOUI" for t in toks):
                continue
            haben = [t for t in toks if t.lemma_.casefold() == "haben" and t.tag_ == "VAFIN"
                     and t.lower_ != "ha"]  # the unit "ha" is no "hat" (findings review 175)
            zu = [t for t in toks if t.tag_ == "VVIZU"]
            zu += [t for i, t in enumerate(toks) if t.tag_ == "VVINF" and i > 0
                   and toks[i - 1].tag_ == "PTKZU"]
            # "ich"/"du" speak for themselves; the office's "Sie haben … vorzulegen" and
            # "wir haben … zu prüfen" are the same stiff duty as "Der Mieter hat … zu"
            addressed = any(t.lower_ in {"ich", "du"} and t.tag_ == "PPER" for t in toks)
            # "hat 12 ha und ist der Barbenregion zuzuordnen": the infinitive is "ist"'s
            # (or right after it: "… hat und auf den die Grundsätze entsprechend anzuwenden
            # sind", findings review 189)
            if haben and zu and any(t.lemma_.casefold() == "sein" and t.tag_ == "VAFIN"
                                    and (haben[0].i < t.i < zu[-1].i
                                         or haben[0].i < zu[-1].i == t.i - 1) for t in toks):
                continue
            # "ergriffen hat oder zu ergreifen beabsichtigt": a full verb right after the
            # infinitive governs it, "hat" belongs to the participle (findings review 185)
            zu = [t for t in zu if t.i + 1 >= len(t.doc) or t.doc[t.i + 1].tag_ != "VVFIN"]
            if haben and zu and not addressed and not reported_duty(s.tokens, haben[0]) \
                    and is_duty(toks, haben[0], zu[-1], not_duty):
                start, end = span_of(sorted([haben[0], zu[-1]], key=lambda t: t.i))
                # in a text that does not speak to its reader the duty is someone else's
                # ("Der Insolvenzverwalter hat … zu prüfen"): a hint
                yield Match(start, end, {"verb": zu[-1].text}, sentence=s.index,
                            softer=not ctx.addresses_reader)


def _asks(clause: list, rule: Rule, verb_keys: tuple[str, ...]) -> bool:  # noqa: ANN001
    """The clause has a verb of the rule's lists ``verb_keys`` (a separated particle joined:
    "hängt … ab") or a predicate of a question ("unklar"): a "wer" clause beside it is an
    indirect question."""
    verbs = {v.casefold() for key in verb_keys for v in rule.params.get(key, [])}
    predicates = {a.casefold() for a in rule.params.get("question_predicates", [])}
    lemmas = {t.lemma_.casefold() for t in clause if t.tag_.startswith("V")}
    particles = {t.lower_ for t in clause if t.tag_ == "PTKVZ"}
    joined = {p + v for p in particles for v in lemmas}
    adjectives = {t.text.casefold() for t in clause if t.tag_ in {"ADJD", "ADV"}}
    return bool((lemmas | joined) & verbs or adjectives & predicates)


def _indirect_question(main: list, rule: Rule) -> bool:  # noqa: ANN001
    """"Wer die Kosten trägt, hängt vom Urteil ab", "…, ist unterschiedlich": the "wer" clause
    is a question the main clause speaks about, not a rule for everyone (blind review 5)."""
    clause = []
    for t in main:
        if t.text in {",", ";", ":"}:
            break
        clause.append(t)
    if _asks(clause, rule, ("question_verbs",)):
        return True
    # "Wer zuständig ist, entscheidet das Gericht": a verb of deciding with its own subject
    # right after it ("Wer zahlt, entscheidet selbst" is a rule for everyone)
    deciding = {v.casefold() for v in rule.params.get("deciding_verbs", [])}
    return (len(clause) > 2 and clause[0].lemma_.casefold() in deciding
            and clause[1].tag_ == "ART" and clause[2].tag_ in {"NN", "NE"})


def _trailing_wer(toks: list, rule: Rule) -> int | None:  # noqa: ANN001
    """"Ordnungswidrig handelt, wer ohne Genehmigung baut", "Anspruch hat, wer …": the "wer"
    clause after the main clause is its subject, the legal style of a rule for everyone.
    Not an indirect question: "Bitte geben Sie an, wer …", "Das Gericht entscheidet, wer …",
    "Es ist unklar, wer …", "Wichtig ist, wer …" (a pronoun, a verb of saying or deciding, or
    a predicate of a question in the main clause)."""
    for k in range(2, len(toks)):  # "…, wer" may end a line a list goes on from
        if toks[k].lower_ != "wer" or toks[k - 1].text != ",":
            continue
        main = toks[:k - 1]
        if any(t.text in {",", ";", ":", "(", ")"} for t in main):
            return None  # the main clause is not the sentence's start: too unsure
        if not any(t.tag_ in FINITE for t in main) or any(
                t.tag_ in {"PPER", "PRF", "VVIMP"} for t in main):
            return None
        if _asks(main, rule, ("question_verbs", "deciding_verbs", "asking_verbs")) or (
                main[-1].lemma_ in {"sein", "gelten"}):
            return None  # "Veranstalter ist, wer …": a definition (reviews 150-308: 0 of 8)
        if main[-1].tag_ == "VVPP" and any(t.tag_ == "VAFIN" for t in main):
            # "Eine Kommission hat untersucht, wer die Menschen waren": a perfect tense
            # with its participle closing the clause has its own subject; the "wer" clause
            # is its object (findings review 48)
            return None
        return k
    return None


@check("generic_wer")
def generic_wer(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Wer umzieht, muss sich anmelden": a rule for everyone where the text speaks to its
    reader; "Wenn Sie umziehen, …" says that the reader is meant. Questions ("Wer hilft
    mir?") and "wer" inside a sentence are left alone."""
    if not ctx.serves_reader:
        return  # a description: "Wer Hunger hat, isst" speaks of people in general
    for s in ctx.sentences:
        toks = s.tokens
        if toks and toks[-1].text != "?":
            k = _trailing_wer(toks, rule)
            if k is not None:
                yield Match(toks[k].idx, toks[k].idx + len(toks[k].text), {"form": "…, wer …"},
                            sentence=s.index)
        if not toks or toks[0].lower_ != "wer" or toks[-1].text == "?":
            continue
        # the main clause starts after the comma that a finite verb follows: "Wer …, die
        # Kosten aber nicht decken kann, hat …" has a second part of the "wer" clause first
        comma = next((i for i, t in enumerate(toks) if t.text == "," and i >= 2
                      and any(x.tag_ in FINITE for x in toks[i + 1: i + 4])
                      and toks[i - 1].tag_ in FINITE | {"VVINF", "VAINF", "VMINF", "VVPP",
                                                        "PTKVZ"}), None)
        if comma is None:
            continue  # "Wer …, der …" or a list: no main clause after the "wer" clause
        if _indirect_question(toks[comma + 1:], rule):
            continue
        yield Match(toks[0].idx, toks[0].idx + len(toks[0].text), {"form": "Wer …, …"},
                    sentence=s.index)


def _zu_infinitive(toks: list, start: int) -> bool:  # noqa: ANN001
    """A zu-infinitive from ``start`` on: "einzureichen" or "zu stellen"."""
    return any(t.tag_ == "VVIZU" or (t.tag_ in {"VVINF", "VAINF"} and i > start
                                     and toks[i - 1].tag_ == "PTKZU")
               for i, t in enumerate(toks[start:], start))


@check("impersonal_modal")
def impersonal_modal(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Es ist möglich, den Antrag online zu stellen", "Dann ist es erforderlich, dass …":
    the sentence hides who can or must act; in a text that speaks to its reader "Sie können
    den Antrag online stellen" says it. Only with a zu-infinitive after the comma (or "dass"
    for a necessity): "Es ist möglich, dass es regnet" speaks of a chance, not of the reader.
    """
    if not ctx.serves_reader:
        return  # a description: "Es ist möglich, die Burg zu besichtigen" means visitors
    modals: dict[str, str] = {k.casefold(): v for k, v in rule.params.get("predicates", {}).items()}
    with_dass = {w.casefold() for w in rule.params.get("with_dass", [])}
    for s in ctx.sentences:
        toks = s.tokens
        for i, t in enumerate(toks[:-1]):
            if t.lower_ != "es" or t.tag_ != "PPER":
                continue
            verb = next((k for k in (i - 1, i + 1) if 0 <= k < len(toks)
                         and toks[k].tag_ == "VAFIN" and toks[k].lemma_.casefold() == "sein"),
                        None)
            if verb is None:
                continue
            k = max(i, verb) + 1
            negated = False
            while k < len(toks) and toks[k].tag_ in {"ADV", "PTKNEG"} and k - i <= 4:
                negated = negated or toks[k].tag_ == "PTKNEG"
                k += 1
            if k + 1 >= len(toks) or toks[k].lower_ not in modals or toks[k + 1].text != ",":
                continue
            after = toks[k + 2:]
            dass = bool(after) and after[0].lower_ == "dass" and toks[k].lower_ in with_dass
            if not dass and not _zu_infinitive(toks, k + 2):
                continue
            verb_word, _, neg = modals[toks[k].lower_].partition(" ")
            if negated != bool(neg):  # "nicht möglich", "verboten"; "nicht verboten" is allowed
                advice = ("Sie müssen nicht …" if verb_word == "müssen"
                          else f"Sie {verb_word} … nicht")
            else:
                advice = f"Sie {verb_word} …"
            start, end = span_of([toks[min(i, verb)], toks[k]])
            yield Match(start, end, {"advice": advice}, sentence=s.index)


GENERIC_SALUTATION = re.compile(r"^[ \t]*(Sehr geehrte Damen und Herren)\b", re.M)


@check("generic_salutation")
def generic_salutation(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Sehr geehrte Damen und Herren" in a letter whose address block names one person:
    the writer knows the name. To a firm or a group the formula is right."""
    found = GENERIC_SALUTATION.search(ctx.text)
    if found is None:
        return
    person = named_recipient(ctx.text)
    if person is None:
        return
    form, name = person
    greeting = ("Sehr geehrte" if form == "Frau" else "Sehr geehrter") + f" {form} {name}"
    yield Match(found.start(1), found.end(1),
                {"person": f"{form} {name}", "greeting": greeting,
                 "pronoun": "sie" if form == "Frau" else "ihn"})
