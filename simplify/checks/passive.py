"""Passive voice and passive-like constructions, grammar-aware on STTS tags and clauses.

Not passive: Futur I ("Wir werden Sie informieren": werden + VVINF), werden as a copula
("Die Gebühr wird fällig"), "geworden", the sein-perfect of verbs of motion and change
("Der Antrag ist eingegangen").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ..audience import POLITE
from ..morphology import is_nominalisation, is_sein_verb
from ..rules import Rule
from .actors import actor_in, levied, passive_advice, reader_acts, voices_of, who_acts
from .base import QUOTE_MARKS, Context, Match, check, span_of
from .duty import duty_advice, is_duty
from .future_tense import (
    adverbial_participle,
    future_auxiliary,
    infinitive_not_participle,
    is_werden,
    perfect_active,
    reported,
    with_sein,
)
from .legal_wording import enacted_rule
from .named_actor import named_actor, named_duty

SEIN_FORMS = {"VAFIN", "VAINF"}


def _is_sein(t: Token) -> bool:
    return t.tag_ in SEIN_FORMS and t.lemma_.casefold() == "sein"


def _participles(tokens: list[Token]) -> list[Token]:
    # "bekannt" is the adjective: "wenn Namen bekannt werden" is no passive (review 63)
    return [t for k, t in enumerate(tokens) if t.tag_ == "VVPP" and t.lower_ != "bekannt"
            and not adverbial_participle(t, tokens[k + 1:])]


def _is_bitten(t: Token) -> bool:
    return t.lemma_.casefold() == "bitten" or t.lower_ == "gebeten"


def _clauses(ctx: Context) -> Iterator[tuple[int, list[Token]]]:
    for s in ctx.sentences:
        for c in s.clauses.clauses:
            yield s.index, c.tokens


def _modal(tokens: list[Token]) -> bool:
    return any(t.tag_ in {"VMFIN", "VMINF"} for t in tokens)


def _past(werden: list[Token]) -> bool:
    """Präteritum, Perfekt or Plusquamperfekt: "wurde geprüft", "ist geprüft worden"
    (Konjunktiv II "würde geprüft" is no past event)."""
    return any(t.lower_ in PAST_WERDEN for t in werden) and not any(
        t.lower_ in PRESENT_WERDEN for t in werden)  # "wird oder wurde … geführt"


def _param_words(rule: Rule, key: str) -> frozenset[str]:
    """The casefolded words of a list parameter of the rule, made once per list: the checks
    below run on every passage the verifier analyses, and folding the lists each time was
    a good part of their cost."""
    return _folded(tuple(rule.params.get(key, [])))


@lru_cache(maxsize=256)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


PAST_WERDEN = {"wurde", "wurden", "wurdest", "wurdet", "worden"}
PRESENT_WERDEN = {"wird", "werden", "wirst", "werdet", "werde"}


# a form's label that asks who does it: "wird abgegeben durch:", "wurde ausgefüllt von:"
_AGENT_FIELD = re.compile(r"[ \t]*(?:durch|von)[ \t]*:")


@check("werden_passive")
def werden_passive(ctx: Context, rule: Rule) -> Iterator[Match]:
    """werden + Partizip II in one clause, all tenses ("wurde geprüft", "ist geprüft worden")."""
    no_active = _param_words(rule, "no_active")
    naming = _param_words(rule, "naming_verbs")
    describes = bool(rule.params.get("hint_in_descriptions")) and not ctx.addresses_reader
    past_hint = ctx.profile.name in set(rule.params.get("past_hint_in", []))
    acts = _param_words(rule, "office_acts")
    reader_verbs = _param_words(rule, "reader_verbs")
    levies = _param_words(rule, "levies")
    voices: tuple[bool, bool] | None = None
    tenor = [re.compile(p) for p in rule.params.get("tenor_formulas", [])]
    stock: dict[int, tuple[bool, bool]] = {}  # per sentence: a stock clause, a reader's question
    for si, toks in _clauses(ctx):
        werden = [t for t in toks if is_werden(t) and not future_auxiliary(toks, t)]
        parts = [t for t in _participles(toks)
                 if not _is_bitten(t) and t.lower_ not in no_active
                 and not (t.lemma_.casefold() in naming and _names_something(toks, t))
                 and not infinitive_not_participle(toks, t) and not perfect_active(t)
                 and not with_sein(t)]
        if not werden or not parts or reported(toks):
            continue
        if si not in stock:  # once per sentence, not per clause (issue 15: quadratic)
            sentence = ctx.sentences[si]
            folded = ctx.text[sentence.start:sentence.end].casefold() if tenor else ""
            stock[si] = (any(p.search(folded) for p in tenor), _asks_as_reader(sentence.tokens))
        if stock[si][0]:
            continue  # "3. Kosten werden nicht erhoben.": a decision's stock operative clause
        if _modal(toks) and any(t.tag_ == "VAINF" for t in werden):
            continue  # modal passive, its own rule
        if stock[si][1] or _direct_question(ctx.sentences[si].tokens, toks):
            continue  # "Werde ich dann gefilmt?", "Wie werden die Gebühren erhoben?": asks
        verbs = werden + parts
        if any(t.lower_ == "worden" for t in werden):
            verbs += [t for t in toks if _is_sein(t)]  # "ist geprüft worden"
        start, end = span_of(sorted(verbs, key=lambda t: t.i))
        named = actor_in(toks, verbs, levies)
        actor = named is not None
        if actor and _in_brackets(ctx.text, start, end):
            continue  # "(wird von der Schule ausgefüllt)": a form's note that names who does it
        if _AGENT_FIELD.match(ctx.text, end):
            continue  # "Die Fundsache wird abgegeben durch: [ ] …": the boxes name who (review 89)
        voices = voices or voices_of(ctx)  # once per text, and only where a passive is found
        reader = reader_acts(toks, parts, reader_verbs, ctx.sentences[si].tokens, acts,
                             levies)
        advice = passive_advice(who_acts(voices, reader), named)
        if past_hint and _past(werden):
            # a past event: worth a hint only where it concerns the reader ("Ihr Antrag wurde
            # geprüft": "Wir haben Ihren Antrag geprüft") or is an act of the office in a text
            # to its reader ("Es wurde festgestellt": "Wir haben festgestellt"); a report of
            # what happened to others ("Das Gesetz wurde 2005 geändert"), or one that names
            # who did it, is no finding
            office_act = ctx.addresses_reader and any(
                t.lemma_.casefold() in acts for t in parts)
            if actor or not (office_act or _concerns_reader(ctx.sentences[si].tokens)):
                continue
            yield Match(start, end, {"participle": parts[0].text, "advice": advice},
                        sentence=si, softer=True)
            continue
        yield Match(start, end, {"participle": parts[0].text, "advice": advice},
                    sentence=si, softer=describes or actor)


def _asks_as_reader(sentence: list[Token]) -> bool:
    """A question in the reader's voice, as FAQ pages head their answers: "Werde ich dann
    gefilmt?", "Wann wird mein Antrag bearbeitet?". The answer below says who acts."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text == "?" and any(
        t.lower_ in FIRST_PERSON for t in words)


def _concerns_reader(sentence: list[Token]) -> bool:
    """The sentence speaks of its reader: "Sie", "Ihnen", "Ihr…" (a "Sie" that opens the
    sentence may be "sie", they), or of the person who fills in or signs the text: "ich",
    "mir", "mein…" ("Mir ist keine Hilfe bewilligt worden")."""
    return any((t.text in POLITE and not (k == 0 and t.text == "Sie"))
               or t.lower_ in FIRST_PERSON for k, t in enumerate(sentence))


FIRST_PERSON = {"ich", "mir", "mich", "mein", "meine", "meinem", "meinen", "meiner", "meines"}


def _names_something(toks: list[Token], part: Token) -> bool:
    """A verb of naming used for naming: with "als", a quoted name or "so" ("wird als
    „Anhörung“ bezeichnet", "wird auch so genannt"); not "Die Gründe werden genannt"."""
    return any(t.lower_ in {"als", "so"} or t.text in QUOTE_MARKS
               for t in toks if t.i < part.i)


def _in_brackets(text: str, start: int, end: int) -> bool:
    """The span stands inside round brackets on its line (findings review 55)."""
    line = text.rfind("\n", 0, start) + 1
    close = text.find(")", end)
    return text.rfind("(", line, start) > text.rfind(")", line, start) and close != -1 and (
        text.find("\n", end, close) == -1)


@check("modal_passive")
def modal_passive(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Modal verb + Partizip II + werden: "muss ausgefüllt werden"."""
    reader_verbs = _param_words(rule, "reader_verbs")
    acts = _param_words(rule, "office_acts")
    levies = _param_words(rule, "levies")
    voices: tuple[bool, bool] | None = None
    for si, toks in _clauses(ctx):
        modals = [t for t in toks if t.tag_ in {"VMFIN", "VMINF"}]
        werden = [t for t in toks if is_werden(t) and t.tag_ == "VAINF"]
        parts = [t for t in _participles(toks) if not _is_bitten(t) and not with_sein(t)]
        if modals and werden and parts and not _direct_question(
                ctx.sentences[si].tokens, toks) and not reported(toks):
            verbs = sorted(modals + werden + parts, key=lambda t: t.i)
            start, end = span_of(verbs)
            voices = voices or voices_of(ctx)  # once per text, and only where a passive is found
            named = actor_in(toks, verbs, levies)
            who = who_acts(voices, reader_acts(toks, parts, reader_verbs,
                                               ctx.sentences[si].tokens, acts, levies))
            yield Match(start, end, {"modal": modals[0].text,
                                     "advice": passive_advice(who, named)},
                        sentence=si, softer=named is not None)


def _zu_infinitive(toks: list[Token]) -> list[Token]:
    out = []
    for i, t in enumerate(toks):
        if t.tag_ == "VVIZU":
            out.append(t)
        elif t.tag_ in {"VVINF", "VAINF"} and i > 0 and toks[i - 1].tag_ == "PTKZU":
            out.extend([toks[i - 1], t])
    return out


# a statute neither asks nor says "wir" (blind review 21: "'muss' fits there, but the 'Bitte
# reichen Sie ein' template does not"); an enacted rule is also a service instruction, a
# guideline or rules of procedure, so the advice says "Vorschrift", not "Satzung"
STATUTE_DUTY = ("verschweigt, wer handelt. In einer Vorschrift sagen Sie es mit „muss“ und "
                "nennen, wer handelt: „Die Eigentümerin oder der Eigentümer muss … beantragen“.")

# "war … zu zahlen" tells what should have been done: no request, no rewrite into one (blind
# review 26: "the authority's reasoning, not an instruction to the reader")
PAST_SEIN = {"war", "waren", "warst", "wart", "wäre", "wären"}
IF_DUTY = ("sagt, was dann zu tun wäre, aber nicht, wer es tun müsste. Nennen Sie die Person "
           "oder Stelle: „Sie müssten … vorlegen“ oder „Wir müssten … prüfen“.")
PAST_DUTY = ("sagt im Nachhinein, was zu tun war, aber nicht, wer es tun musste. Nennen Sie "
             "die Person oder Stelle: „Sie mussten … zahlen“ oder „Wir mussten … prüfen“.")


@check("sein_zu_infinitive")
def sein_zu_infinitive(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"ist/sind ... zu + Infinitiv": "Der Antrag ist bis Mai einzureichen"."""
    not_duty = _param_words(rule, "not_duty")
    not_duty_past = _param_words(rule, "not_duty_past")
    acts = _param_words(rule, "office_acts")
    reader_verbs = _param_words(rule, "reader_verbs")
    levies = _param_words(rule, "levies")
    for si, toks in _clauses(ctx):
        if any(t.tag_ == "KOUI" for t in toks):
            continue  # "um ... zu", "ohne ... zu"
        if _circumstance(toks) or any(t.lower_ == "wonach" for t in toks[:2]):
            continue  # "in denen ein Interesse anzuerkennen ist", "§ 12, wonach … zu erstatten
            # sind": a rule's description or content (findings reviews 310-316: 4 of 4 noise)
        if _direct_question(ctx.sentences[si].tokens, toks):
            continue  # "Was ist mit der Abtretung zu tun?": asks, the text answers
        zu = _zu_infinitive(toks)
        # the finite (or infinite) "sein" of the construction, not "zu sein" itself
        sein = [t for t in toks if _is_sein(t) and t not in zu]
        if sein and zu and sein[0].lower_ in PAST_SEIN and (
                zu[-1].lemma_ or "").casefold() in not_duty_past:
            continue  # "waren erneut Schäden festzustellen": what was found, no duty
        if sein and zu and is_duty(toks, sein[0], zu[-1], not_duty):
            start, end = span_of(sorted(sein + zu, key=lambda t: t.i))
            lemma = (zu[-1].lemma_ or "").casefold()
            # a charge the office levies: "ist eine Gebühr zu erheben" (findings review 127:
            # "'Bitte erheben Sie' is wrong advice"), though "Widerspruch erheben" is the reader's
            office = (lemma in acts and lemma not in reader_verbs) or (
                lemma == "erheben" and levied(toks, levies))
            past = sein[0].lower_ in PAST_SEIN
            if past:
                # "wären … vorzulegen" is a condition, no look back (findings reviews 45-172:
                # "the message misreads the Konjunktiv as past tense")
                advice = IF_DUTY if sein[0].lower_.startswith("wär") else PAST_DUTY
            else:
                advice = (named_duty(toks, zu[-1])
                          or (STATUTE_DUTY if enacted_rule(ctx.text, start)
                              else duty_advice(zu[-1], office, toks)))
            yield Match(start, end, {"verb": zu[-1].text, "advice": advice}, sentence=si,
                        softer=past)


def _direct_question(sentence: list[Token], toks: list[Token]) -> bool:
    """The clause is a direct question: the sentence ends with "?" and the clause opens with
    a question word or its verb ("Was ist zu tun?", "Ist der Antrag zu unterschreiben?"). A
    question heading asks what the text then answers; it tells nobody what to do (blind
    reviews 13 and 17 called the finding noise)."""
    # the sentence's last word, found from its end: a clause of a long sentence must not
    # scan the whole sentence again (issue 15: quadratic in the sentence's length)
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    # after a list number ("11. Sind … zu beachten?"); a preposition may lead the question
    # word ("Innerhalb welcher Frist ist … anzuzeigen?", findings review 45)
    opening = [t for t in toks if not t.is_punct and t.text.strip()
               and not (t.tag_ in {"CARD", "ADJA"} and t.text[:1].isdigit())][:3]
    if not opening:
        return False
    if opening[0].tag_ in {"APPR", "APPRART"}:
        return any(t.tag_ in {"PWS", "PWAV", "PWAT"} for t in opening[1:])
    # the tagger may miss a question word after a list number ("13. Wie ist … abzumelden?"
    # became "13. Melden Sie Wie … ab?", safety review 125)
    return opening[0].tag_ in {"PWS", "PWAV", "PWAT", "VAFIN", "VMFIN"} \
        or opening[0].lower_ in QUESTION_WORDS


QUESTION_WORDS = {"wann", "wie", "wo", "warum", "weshalb", "wieso", "was", "wer", "wem", "wen",
                  "wessen", "wohin", "woher"}


def _circumstance(toks: list[Token]) -> bool:
    """The clause opens with a preposition and a relative or question word: "in denen …",
    "bei welchem Gericht … zu erheben ist". It describes the circumstances of a rule, not
    what the reader must do (blind reviews 10 and 12 called such findings noise); so does an
    indirect question ("im Bescheid ist festgelegt, welche Arbeiten durchzuführen sind",
    review 40). "die Unterlagen, die beizufügen sind" (the relative pronoun itself) stays a
    hidden request."""
    words = [t for t in toks if not t.is_punct]
    while words and words[0].tag_ in {"KOUS", "KON"}:
        words = words[1:]  # "dass und bei welchem Gericht …"
    if words and words[0].tag_ in {"PWAT", "PWS", "PWAV"} and (
            words[0].lower_.startswith("welch") or words[0].lower_ in QUESTION_WORDS):
        # an indirect question: "festgelegt, welche Arbeiten durchzuführen sind"; "wobei
        # … zu belegen ist" adds a condition, a hidden request
        return True
    return (len(words) > 1 and words[0].tag_ == "APPR"
            and words[1].tag_ in {"PRELS", "PRELAT", "PWAT", "PWS", "PWAV"})


@check("erfolgen")
def erfolgen(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"erfolgen" with a nominalisation as subject: "Die Auszahlung erfolgt monatlich"."""
    for si, toks in _clauses(ctx):
        verbs = [t for t in toks if t.lemma_.casefold() == "erfolgen"]
        if not verbs:
            continue
        listed = {e.term.casefold() for e in ctx.lexicon.fvg.get("erfolgen", [])}
        nouns = [t for t in toks
                 if (is_nominalisation(t) or (t.tag_ == "NN" and t.lemma_.casefold() in listed))
                 and not _after_preposition(toks, t)]
        if nouns:
            nearest = min(nouns, key=lambda n: abs(n.i - verbs[0].i))
            start, end = span_of(sorted([nearest, verbs[0]], key=lambda t: t.i))
            actor = named_actor(toks, None)
            if actor is None:
                advice = ERFOLGEN_ADVICE
            else:
                said = " ".join(t.text for t in actor)
                advice = ERFOLGEN_NAMED.format(agent=said, noun=nearest.text)
            yield Match(start, end, {"noun": nearest.text, "advice": advice}, sentence=si)


ERFOLGEN_ADVICE = ("versteckt, wer handelt. Nehmen Sie ein Verb: zum Beispiel „Wir zahlen "
                   "monatlich aus“ statt „Die Auszahlung erfolgt monatlich“.")
# the clause names the actor ("erfolgt durch die Stadtkasse"): the action hides in the noun
# (blind review 32: "the actor is already named, so 'hides who acts' is wrong")
ERFOLGEN_NAMED = ("nennt, wer handelt („{agent}“), aber die Handlung steckt im Nomen „{noun}“. "
                  "Machen Sie die Stelle zum Subjekt und nehmen Sie ein Verb.")


def _after_preposition(toks: list[Token], noun: Token) -> bool:
    """A noun inside a prepositional phrase is no subject ("nach Prüfung erfolgt ...")."""
    k = toks.index(noun) - 1
    while k >= 0 and toks[k].tag_ in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV"}:
        k -= 1
    return k >= 0 and toks[k].tag_ in {"APPR", "APPRART"}


@check("es_wird_gebeten")
def es_wird_gebeten(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Es wird gebeten": no one asks; not "wurden gebeten", a report (reviews 213-290: 0 of 5)."""
    for si, toks in _clauses(ctx):
        werden = [t for t in toks if is_werden(t)]
        bitten = [t for t in _participles(toks) if _is_bitten(t)]
        if werden and bitten and not reported(toks) and not _past(werden):
            start, end = span_of(sorted([werden[0], bitten[0]], key=lambda t: t.i))
            es = [t for t in toks if t.lower_ == "es" and t.i < werden[0].i]
            if es and es[-1].i == werden[0].i - 1:
                start = es[-1].idx
            yield Match(start, end, {}, sentence=si)


@check("zustandspassiv")
def zustandspassiv(ctx: Context, rule: Rule) -> Iterator[Match]:
    """sein + Partizip II, but not the sein-perfect ("ist eingegangen"): a hint only."""
    adjectival = set(rule.params.get("adjectival", []))
    for si, toks in _clauses(ctx):
        if any(is_werden(t) for t in toks):
            continue
        sein = [t for t in toks if _is_sein(t)]
        if not sein:
            continue
        for p in _participles(toks):
            lemma = p.lemma_.casefold()
            if is_sein_verb(lemma) or p.lower_ in adjectival:
                continue
            start, end = span_of(sorted([sein[0], p], key=lambda t: t.i))
            yield Match(start, end, {"participle": p.text}, sentence=si)
            break
