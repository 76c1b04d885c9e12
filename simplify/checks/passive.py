"""Passive voice and passive-like constructions, grammar-aware on STTS tags and clauses.

Not passive: Futur I ("Wir werden Sie informieren": werden + VVINF), werden as a copula
("Die Gebühr wird fällig"), "geworden", the sein-perfect of verbs of motion and change
("Der Antrag ist eingegangen").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..audience import POLITE
from ..clauses import neighbour
from ..morphology import is_nominalisation, is_sein_verb
from ..rules import Rule
from .base import Context, Match, check, span_of
from .duty import is_duty
from .roles import is_role_noun

WERDEN_FORMS = {"VAFIN", "VAINF", "VAPP"}
SEIN_FORMS = {"VAFIN", "VAINF"}


def _is_werden(t: Token) -> bool:
    return t.tag_ in WERDEN_FORMS and t.lemma_.casefold() == "werden" and t.lower_ != "geworden"


def _is_sein(t: Token) -> bool:
    return t.tag_ in SEIN_FORMS and t.lemma_.casefold() == "sein"


def _participles(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.tag_ == "VVPP"]


def _modal_infinitive(toks: list[Token], part: Token) -> bool:
    """A "participle" spelt like its infinitive after a modal verb, with no "werden" right
    after it, is the modal's infinitive: "Sie können die Staatsangehörigkeit beibehalten und
    werden mehrstaatig" (the tagger reads "beibehalten" as a participle; "werden" is "become")."""
    if part.lower_ != part.lemma_.casefold():
        return False
    after = neighbour(part, 1)
    if after is not None and _is_werden(after):
        return False  # "das kann vergessen werden"
    return any(t.tag_ == "VMFIN" and t.i < part.i for t in toks)


def _is_bitten(t: Token) -> bool:
    return t.lemma_.casefold() == "bitten" or t.lower_ == "gebeten"


def _clauses(ctx: Context) -> Iterator[tuple[int, list[Token]]]:
    for s in ctx.sentences:
        for c in s.clauses.clauses:
            yield s.index, c.tokens


def _modal(tokens: list[Token]) -> bool:
    return any(t.tag_ in {"VMFIN", "VMINF"} for t in tokens)


# adverbs that name who acts: "staatlich gefördert", "gerichtlich festgestellt"
AGENT_ADVERBS = {"staatlich", "behördlich", "gerichtlich", "amtlich", "ärztlich", "polizeilich",
                 "notariell", "amtsärztlich", "richterlich"}
AGENT_PREPOSITIONS = {"von", "vom", "durch", "seitens"}
# verbs (lemmas) whose "von" names what one is freed or kept from, a source or a topic, not who
# acts: "von der Zuzahlung befreit", "vom Konto abgebucht", "von der Änderung benachrichtigt"
# (blind review 15: "the insured person is not the actor" where the message said the sentence
# named one)
VON_NOT_ACTOR = {"abbuchen", "abgrenzen", "abhalten", "abheben", "ableiten", "ablösen",
                 "absehen", "abweichen", "abziehen", "ausnehmen", "ausschließen",
                 "benachrichtigen", "befreien", "einziehen", "entbinden", "entfernen",
                 "entlasten", "freistellen", "lösen", "trennen", "unterrichten",
                 "unterscheiden", "überzeugen"}


def names_actor(toks: list[Token], verbs: list[Token]) -> bool:
    """The passive clause says who acts (see ``actor_in``)."""
    return actor_in(toks, verbs) is not None


def actor_in(toks: list[Token], verbs: list[Token]) -> str | None:
    """How the passive clause says who acts: "" for "von"/"durch" + noun phrase anywhere in
    it (before the verbs, between coordinated participles, or after them: "wurde erstellt
    durch die Stadt"), the adverb where only an adverb names the actor, roughly ("staatlich
    gefördert"), None where nothing does.

    Outside the verb complex a "von" directly after a noun belongs to that noun ("Kosten von
    30 Euro"), "von"/"durch" before a number gives an amount or a time ("von 8 bis 12
    Uhr"), and with some verbs "von" names a thing ("von der Zuzahlung befreit",
    ``VON_NOT_ACTOR``): no actor.
    """
    lo, hi = min(v.i for v in verbs), max(v.i for v in verbs)
    adverb = None
    von_object = any((v.lemma_ or "").casefold() in VON_NOT_ACTOR for v in verbs)
    for k, t in enumerate(toks):
        if t.lower_ in AGENT_ADVERBS and t.tag_ in {"ADJD", "ADV"}:
            adverb = adverb or t.text
            continue
        if t.lower_ not in AGENT_PREPOSITIONS or t.tag_ not in {"APPR", "APPRART"}:
            continue
        if von_object and t.lower_ != "durch":
            continue  # "von der Zuzahlung befreit": what, not who
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or nxt.tag_ == "CARD" or not nxt.is_alpha:
            continue
        inside = lo < t.i < hi
        prev = toks[k - 1] if k > 0 else None
        if (not inside and t.lower_ != "durch" and prev is not None
                and prev.tag_ in {"NN", "NE"}):
            continue  # "die Kosten von 30 Euro", "ein Schreiben vom Amt" as an attribute
        return ""
    return adverb


def _past(werden: list[Token]) -> bool:
    """Präteritum, Perfekt or Plusquamperfekt: "wurde geprüft", "ist geprüft worden"
    (Konjunktiv II "würde geprüft" is no past event)."""
    return any(t.lower_ in PAST_WERDEN for t in werden) and not any(
        t.lower_ in PRESENT_WERDEN for t in werden)  # "wird oder wurde … geführt"


def _perfect_active(t: Token) -> bool:
    """A participle with "haben" right after it is an active perfect: "Einspruch eingelegt
    haben und dieser abgelehnt wurde" has one passive, "abgelehnt wurde"."""
    nxt = neighbour(t, 1)
    return nxt is not None and nxt.tag_ in {"VAFIN", "VAINF"} and nxt.lemma_.casefold() == "haben"


PAST_WERDEN = {"wurde", "wurden", "wurdest", "wurdet", "worden"}
PRESENT_WERDEN = {"wird", "werden", "wirst", "werdet", "werde"}


_OFFICE_VOICE = {"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"}


def _voices(ctx: Context) -> tuple[bool, bool]:
    """Who the passive advice may offer as the actor: the office as "wir" only where it speaks
    as "wir", the reader as "Sie" only where the text speaks to its reader. Blind reviewers
    called the advice unfitting on a citizen's sample complaint, a first-person declaration
    and pages in the third person ("the 'wir/Sie' advice does not apply")."""
    office = any(t.lower_ in _OFFICE_VOICE and t.tag_ in {"PPER", "PPOSAT", "PRF"}
                 for s in ctx.sentences for t in s.tokens)
    return office, ctx.addresses_reader


def reader_undergoes(toks: list[Token], parts: list[Token], reader_verbs: set[str],
                     sentence: list[Token] | None = None) -> bool:
    """The reader, or a person the reader may be, is what the passive happens to, not who
    acts: "Ihr Widerspruch wurde zurückgewiesen", "Sie werden benachrichtigt", "Der
    Antragsteller wird benachrichtigt", "Wer eine Straftat begeht, wird verurteilt" (blind
    review 16: "the court is obviously the actor; the wir/Sie advice does not fit"). Not where
    the verb is one the reader does ("Ihr Antrag muss bis Mai eingereicht werden": the reader
    hands it in), nor for a person after a preposition ("vom Antragsteller unterschrieben":
    that person acts)."""
    if any(t.lemma_.casefold() in reader_verbs for t in parts):
        return False
    if sentence is not None and toks and toks[0].lower_ != "wer" and _wer_subject(sentence):
        return True
    for k, t in enumerate(toks):
        if not (t.text in POLITE or is_role_noun(t)):
            continue
        j = k - 1
        while j >= 0 and toks[j].tag_ in {"ART", "ADJA", "PPOSAT", "PIAT"}:
            j -= 1
        if j < 0 or toks[j].tag_ not in {"APPR", "APPRART"}:
            return True
    return False


def _wer_subject(sentence: list[Token]) -> bool:
    """The sentence opens with a "wer" clause (bullets and markup aside), which is the subject
    of the main clause after it."""
    for t in sentence:
        if t.is_punct or not t.text.strip() or t.text in {"*", "-", "+", "•"}:
            continue
        return t.lower_ == "wer"
    return False


def _who(voices: tuple[bool, bool], reader: bool = True) -> str:
    office, addressed = voices
    options = (["„wir“ für das Amt"] if office else []) + (
        ["„Sie“ für die Leserin oder den Leser"] if addressed and reader else [])
    named = "die Stelle oder Person, die handelt"
    return ", ".join(options) + ", sonst " + named if options else named


def _advice(who: str, actor: str | None) -> str:
    """``actor`` as ``actor_in`` gives it."""
    if actor:
        # "amtlich bestätigt": an office acts, but which? (blind review 16: the message
        # "wrongly claims the actor is named")
        return (f"„{actor}“ sagt nur ungefähr, wer handelt. Nennen Sie die Stelle, die es "
                "tut, und schreiben Sie aktiv")
    if actor is not None:
        return ("Der Satz nennt schon, wer handelt. Schreiben Sie aktiv, mit dieser Stelle "
                "oder Person vorn („Das Amt prüft …“ statt „… wird vom Amt geprüft“)")
    return f"Wer handelt? Schreiben Sie aktiv und nennen Sie, wer es tut: {who}"


@check("werden_passive")
def werden_passive(ctx: Context, rule: Rule) -> Iterator[Match]:
    """werden + Partizip II in one clause, all tenses ("wurde geprüft", "ist geprüft worden")."""
    no_active = {w.casefold() for w in rule.params.get("no_active", [])}
    naming = {w.casefold() for w in rule.params.get("naming_verbs", [])}
    describes = bool(rule.params.get("hint_in_descriptions")) and not ctx.addresses_reader
    past_hint = ctx.profile.name in set(rule.params.get("past_hint_in", []))
    acts = {w.casefold() for w in rule.params.get("office_acts", [])}
    reader_verbs = {w.casefold() for w in rule.params.get("reader_verbs", [])}
    voices: tuple[bool, bool] | None = None
    for si, toks in _clauses(ctx):
        werden = [t for t in toks if _is_werden(t)]
        parts = [t for t in _participles(toks)
                 if not _is_bitten(t) and t.lower_ not in no_active
                 and not (t.lemma_.casefold() in naming and _names_something(toks, t))
                 and not _modal_infinitive(toks, t) and not _perfect_active(t)]
        if not werden or not parts:
            continue
        if _modal(toks) and any(t.tag_ == "VAINF" for t in werden):
            continue  # modal passive, its own rule
        verbs = werden + parts
        if any(t.lower_ == "worden" for t in werden):
            verbs += [t for t in toks if _is_sein(t)]  # "ist geprüft worden"
        start, end = span_of(sorted(verbs, key=lambda t: t.i))
        named = actor_in(toks, verbs)
        actor = named is not None
        voices = voices or _voices(ctx)  # once per text, and only where a passive is found
        undergoes = reader_undergoes(toks, parts, reader_verbs, ctx.sentences[si].tokens)
        advice = _advice(_who(voices, not undergoes), named)
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
    return any(t.lower_ in {"als", "so"} or t.text in QUOTES
               for t in toks if t.i < part.i)


QUOTES = {"„", "“", "\"", "»", "«", "‚", "‘"}


@check("modal_passive")
def modal_passive(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Modal verb + Partizip II + werden: "muss ausgefüllt werden"."""
    reader_verbs = {w.casefold() for w in rule.params.get("reader_verbs", [])}
    voices: tuple[bool, bool] | None = None
    for si, toks in _clauses(ctx):
        modals = [t for t in toks if t.tag_ in {"VMFIN", "VMINF"}]
        werden = [t for t in toks if _is_werden(t) and t.tag_ == "VAINF"]
        parts = [t for t in _participles(toks) if not _is_bitten(t)]
        if modals and werden and parts:
            verbs = sorted(modals + werden + parts, key=lambda t: t.i)
            start, end = span_of(verbs)
            voices = voices or _voices(ctx)  # once per text, and only where a passive is found
            named = actor_in(toks, verbs)
            who = _who(voices, not reader_undergoes(toks, parts, reader_verbs,
                                                    ctx.sentences[si].tokens))
            yield Match(start, end, {"modal": modals[0].text, "advice": _advice(who, named)},
                        sentence=si, softer=named is not None)


def _zu_infinitive(toks: list[Token]) -> list[Token]:
    out = []
    for i, t in enumerate(toks):
        if t.tag_ == "VVIZU":
            out.append(t)
        elif t.tag_ in {"VVINF", "VAINF"} and i > 0 and toks[i - 1].tag_ == "PTKZU":
            out.extend([toks[i - 1], t])
    return out


@check("sein_zu_infinitive")
def sein_zu_infinitive(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"ist/sind ... zu + Infinitiv": "Der Antrag ist bis Mai einzureichen"."""
    not_duty = {v.casefold() for v in rule.params.get("not_duty", [])}
    for si, toks in _clauses(ctx):
        if any(t.tag_ == "KOUI" for t in toks):
            continue  # "um ... zu", "ohne ... zu"
        if _circumstance(toks):
            continue  # "in denen ein Interesse anzuerkennen ist": a legal description
        if _direct_question(ctx.sentences[si].tokens, toks):
            continue  # "Was ist mit der Abtretung zu tun?": asks, the text answers
        zu = _zu_infinitive(toks)
        # the finite (or infinite) "sein" of the construction, not "zu sein" itself
        sein = [t for t in toks if _is_sein(t) and t not in zu]
        if sein and zu and is_duty(toks, sein[0], zu[-1], not_duty):
            start, end = span_of(sorted(sein + zu, key=lambda t: t.i))
            yield Match(start, end, {"verb": zu[-1].text}, sentence=si)


def _direct_question(sentence: list[Token], toks: list[Token]) -> bool:
    """The clause is a direct question: the sentence ends with "?" and the clause opens with
    a question word or its verb ("Was ist zu tun?", "Ist der Antrag zu unterschreiben?"). A
    question heading asks what the text then answers; it tells nobody what to do (blind
    reviews 13 and 17 called the finding noise)."""
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text != "?":
        return False
    first = next((t for t in toks if not t.is_punct and t.text.strip()), None)
    return first is not None and (first.tag_ in {"PWS", "PWAV", "PWAT"}
                                  or first.tag_ == "VAFIN")


def _circumstance(toks: list[Token]) -> bool:
    """The clause opens with a preposition and a relative or question word: "in denen …",
    "bei welchem Gericht … zu erheben ist". It describes the circumstances of a rule, not
    what the reader must do (blind reviews 10 and 12 called such findings noise); "die
    Unterlagen, die beizufügen sind" (the relative pronoun itself) stays a hidden request."""
    words = [t for t in toks if not t.is_punct]
    while words and words[0].tag_ in {"KOUS", "KON"}:
        words = words[1:]  # "dass und bei welchem Gericht …"
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
            yield Match(start, end, {"noun": nearest.text}, sentence=si)


def _after_preposition(toks: list[Token], noun: Token) -> bool:
    """A noun inside a prepositional phrase is no subject ("nach Prüfung erfolgt ...")."""
    k = toks.index(noun) - 1
    while k >= 0 and toks[k].tag_ in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV"}:
        k -= 1
    return k >= 0 and toks[k].tag_ in {"APPR", "APPRART"}


@check("es_wird_gebeten")
def es_wird_gebeten(ctx: Context, rule: Rule) -> Iterator[Match]:
    """"Es wird gebeten", "Sie werden gebeten": the request has no one who asks."""
    for si, toks in _clauses(ctx):
        werden = [t for t in toks if _is_werden(t)]
        bitten = [t for t in _participles(toks) if _is_bitten(t)]
        if werden and bitten:
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
        if any(_is_werden(t) for t in toks):
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
