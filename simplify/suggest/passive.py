"""Passive and "erfolgen" to active: who acts comes from the sentence or the rule data."""

from __future__ import annotations

from spacy.tokens import Token

from ..checks.base import Context, SentenceView
from ..checks.legal_wording import enacted_rule
from ..checks.named_actor import FOCUS, named_actor
from ..checks.passive import PAST_SEIN
from ..forms import noun
from ..report import Finding, Suggestion
from ..verbs import (
    MODAL_SINGULAR,
    MODAL_THIRD_SINGULAR,
    plural_present,
    split_separable,
    split_zu_infinitive,
    verb_from_noun,
)
from .actor_side import ACTS_FOR, against_reader, points_back, reader_verb
from .common import (
    AGENTS,
    _accusative,
    _ends,
    _infinitive,
    _is_role,
    _may_be_nominative,
    _noun_phrase_end,
    _sentence_suggestion,
    _simple_middle,
    _subject_after,
    _with_genitives,
    attribute_head,
    cap,
    ctx_rule_params,
    join,
    pronouns_first,
)


def _drop_reader_agent(ctx: Context, f: Finding, toks: list[Token]) -> list[Token] | None:
    """Remove "vom Antragsteller" (the reader as agent); None if another agent is named."""
    for k, t in enumerate(toks):
        if t.lower_ in {"von", "vom", "durch"} and t.tag_ in {"APPR", "APPRART"}:
            j = k + 1
            some = j < len(toks) and toks[j].lower_ in _INDEFINITE  # "durch einen Vormund"
            if j < len(toks) and toks[j].tag_ == "ART":
                j += 1
            plain = j
            while j < len(toks) and (toks[j].tag_ in NP_WORDS or toks[j].lower_ in _ALL | _ABOUT):
                j += 1  # "von allen volljährigen …", "von mindestens 1.310 …" (174, 242)
            if j == plain and j < len(toks) and _is_role(ctx, f, toks[j]):
                acts_for = any(w in toks[j].lower_ for w in ACTS_FOR)
                return None if some or acts_for else toks[:k] + toks[j + 1:]
            if (j < len(toks) and toks[j].tag_ in {"NN", "NE", "PPER"}) or attribute_head(toks, j):
                return None
    return toks


_INDEFINITE = {"ein", "eine", "einen", "einem", "einer", "eines"}
_ALL = {"allen", "beiden", "sämtlichen"}  # tagged PIS, not PIAT
_ABOUT = {"mindestens", "wenigstens", "höchstens", "etwa", "rund", "ca.", "circa", "je"}


def _object(np: list[Token], clause: list[Token]) -> list[str] | None:
    """The passive's subject as the active clause's object; None where "nicht" negates an
    indefinite one: "Ein besonderer Grund muss nicht angegeben werden" is "keinen Grund
    angeben", never "einen besonderen Grund nicht angeben" (safety review 51)."""
    if np and np[0].lower_ in _INDEFINITE and any(t.lower_ == "nicht" for t in clause):
        return None
    return _accusative(np)


def sein_zu(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Der Antrag ist bis zum 1. März einzureichen." -> "Reichen Sie den Antrag bis ... ein.";
    "Nach Ablauf ist ein neuer Antrag zu stellen." -> "… müssen Sie einen neuen … stellen"."""
    toks, end = _ends(s)
    sein_i = next((k for k, t in enumerate(toks) if t.lemma_ == "sein" and t.tag_ == "VAFIN"),
                  None)
    if sein_i is None or not toks or toks[sein_i].lower_ in PAST_SEIN:
        return []  # "war … zu zahlen": what was due, no request now
    if enacted_rule(ctx.text, f.start):
        return []  # a statute says "muss" (the finding's advice), it asks nobody (review 26)
    if any(t.tag_ == "PPER" for t in toks[:sein_i]):
        # "Sie sind … vorzulegen" (the records): "Legen Sie Sie … vor" (safety review 33)
        return []
    if any(t.text in {"Sie", "Ihnen"} for t in toks[sein_i + 1:]) or any(
            t.lower_ in {"dritte", "dritten"} and t.text[:1].isupper() for t in toks):
        # another acts: "ist an Sie zu richten" (the reader receives; safety review 57), "bei
        # Abholung durch Dritte ist eine Vollmacht vorzulegen" (the third party; review 81)
        return []
    verb = toks[-1]
    tail_end = len(toks) - 1
    if verb.tag_ == "VVINF" and toks[-2].tag_ == "PTKZU":
        tail_end -= 1
    elif verb.tag_ != "VVIZU":
        return []
    infinitive = _infinitive(verb)
    if not reader_verb(ctx, f.rule, infinitive, toks) or against_reader(ctx, f.rule, toks) \
            or points_back(toks, ctx.sentences[s.index - 1].tokens if s.index else []):
        return []  # who has to act, or when, is not clear: no rewrite
    if verb.tag_ == "VVINF":  # "zu unterschreiben": a separate "zu", so no particle
        prefix, base = "", infinitive
    else:
        prefix, base = split_zu_infinitive(verb.text) or split_separable(infinitive)
    front = toks[:sein_i]
    np_end = _noun_phrase_end(toks, 0)
    middle_all = _drop_reader_agent(ctx, f, toks[sein_i + 1: tail_end])
    if middle_all is None:
        return []  # "von der Behörde zu prüfen": someone else acts
    toks = toks[: sein_i + 1] + middle_all + toks[tail_end:]
    tail_end = sein_i + 1 + len(middle_all)
    if np_end is not None and _with_genitives(toks, np_end) == sein_i:
        if not _may_be_nominative(toks[:np_end]):
            return []  # "Dieser Mitteilung ist der Nachweis beizufügen": a dative (review 39)
        if declared_by_other(toks[:sein_i], infinitive):
            return []  # "Die Einwilligung des Kindes ist … abzugeben": the child gives it
        obj = _object(toks[:sein_i], toks)
        middle = toks[sein_i + 1: tail_end]
        if obj is None or not _simple_middle(middle):
            return []
        words = [cap(base), "Sie", *pronouns_first(obj, middle), prefix]
    elif front and _simple_middle(front) and sein_i > 0:
        subj = _subject_after(toks, sein_i + 1)
        if subj is None:
            return []
        a, b = subj
        if a > sein_i + 1 and toks[a - 1].tag_ in {"ADV", "ADJD"}:
            a -= 1  # "genau eine Spalte" stays together ("eine Spalte genau", review 57)
        obj = _object(toks[a:b], toks)
        middle = toks[sein_i + 1: a] + toks[b: tail_end]
        if obj is None or not _simple_middle(middle):
            return []
        # "müssen": fronted, "Nach Ablauf stellen Sie …" reads as a statement, "Gemäß § 24 EWS
        # zeigen Sie … an" as what the reader does anyway (safety review 50)
        words = [*(t.text for t in front), "müssen", "Sie", *pronouns_first(obj, middle),
                 infinitive]
    else:
        return []
    return [_sentence_suggestion(s, join(words) + end, "Aktiv mit „Sie“")]


def modal_passive(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Der Antrag kann online gestellt werden." -> "Sie können den Antrag online stellen."."""
    toks, end = _ends(s)
    np_end = _noun_phrase_end(toks, 0)
    if np_end is not None:
        np_end = _with_genitives(toks, np_end)
    if np_end is None or len(toks) < np_end + 3 or toks[np_end].tag_ != "VMFIN":
        return _modal_passive_front(ctx, f, s, toks, end)
    modal = toks[np_end]
    if modal.tag_ != "VMFIN" or modal.lower_ not in MODAL_SINGULAR:
        return []
    if toks[-1].lemma_ != "werden" or toks[-2].tag_ != "VVPP":
        return []
    agent, middle = _split_agent(toks[np_end + 1: -2])
    obj = _object(toks[:np_end], toks)
    if obj is None or not _simple_middle(middle):
        return []
    verb = _infinitive(toks[-2])
    third = _third_party(ctx, f, middle)
    if third is not None:
        # "Der Antrag muss vom Vermieter …" -> "Der Vermieter muss …": the agent acts, not "Sie"
        subject, rest = third
        # "von der Beratungsperson nach deren Ermessen": as the subject, the agent's own
        # discretion is "ihrem", and "deren" would point elsewhere (safety review 256)
        if subject is None or any(t.lower_ in {"deren", "dessen"} for t in rest):
            return []
        # the actor is one body or person (_third_party builds only singulars): the modal
        # agrees with it, not with the old subject ("Die Kosten können …" -> "… kann …")
        new = join([*subject, MODAL_THIRD_SINGULAR[modal.lower_], *obj,
                    *(t.text for t in rest), verb]) + end
        return [_sentence_suggestion(s, new, "Aktiv: wer handelt, wird Subjekt")]
    if agent is None and (not reader_verb(ctx, f.rule, verb, toks)
                          or against_reader(ctx, f.rule, toks)
                          or declared_by_other(toks[:np_end], verb)):
        return []  # "kann erteilt werden": the office acts, or nobody knows who
    subject = agent or "Sie"
    new = join([cap(subject), MODAL_SINGULAR[modal.lower_], *pronouns_first(obj, middle),
                verb]) + end
    return [_sentence_suggestion(s, new, f"Aktiv mit „{subject}“")]


NOMINATIVE = {"m": "Der", "f": "Die", "n": "Das"}
# an article right before "von": the "von" phrase opens a participial attribute
ATTRIBUTE_OPENERS = {"ART", "PDAT", "PPOSAT", "PIAT"}
# between a preposition's article and its noun: quantifiers, possessives, adjectives, numbers
NP_WORDS = {"PIAT", "PIDAT", "PPOSAT", "PDAT", "ADJA", "CARD"}

# a declaration is given by whoever its genitive names: "Die Einwilligung des Kindes kann …
# abgegeben werden" is the child's act, not the reader's (safety review 17)
DECLARATIONS = ("einwilligung", "zustimmung", "erklärung", "unterschrift", "stellungnahme",
                "vollmacht", "einverständnis")
ISSUING = {"abgeben", "erteilen", "erklären", "leisten", "widerrufen", "zurücknehmen",
           "unterschreiben", "unterzeichnen", "vorlegen"}


def declared_by_other(np: list[Token], verb: str) -> bool:
    """The noun phrase is a declaration with a genitive that names its giver, other than the
    reader ("Ihre Einwilligung" is the reader's), and the verb gives or takes it back."""
    if verb.casefold() not in ISSUING:
        return False
    head = next((k for k, t in enumerate(np) if t.tag_ in {"NN", "NE"}), None)
    if head is None or not (np[head].lemma_ or np[head].text).casefold().endswith(DECLARATIONS):
        return False
    after = np[head + 1] if head + 1 < len(np) else None
    return after is not None and (after.tag_ == "NE" or (after.tag_ == "ART"
                                                         and after.lower_ in {"des", "der"}))


def _third_party(ctx: Context, f: Finding, toks: list[Token]
                 ) -> tuple[list[str] | None, list[Token]] | None:
    """A named agent that is not the reader ("vom Vermieter", "durch die Schule"). None: no
    such agent. Otherwise (subject words in the nominative, or None when they cannot be built
    safely; the tokens without the agent phrase)."""
    for k, t in enumerate(toks):
        if t.lower_ not in {"von", "vom", "durch"} or t.tag_ not in {"APPR", "APPRART"}:
            continue
        j = k + 1
        det = toks[j] if j < len(toks) and toks[j].tag_ == "ART" else None
        if det is not None:
            j += 1
        attributes = j
        while j < len(toks) and toks[j].tag_ in NP_WORDS:
            j += 1  # "von allen volljährigen Haushaltsmitgliedern"
        if j >= len(toks) or toks[j].tag_ not in {"NN", "NE"} or _is_role(ctx, f, toks[j]):
            continue
        if k and toks[k - 1].lower_ in FOCUS:
            return None, toks  # "darf nur von der Stadt entfernt werden": as the subject,
            # "nur" would limit the verb, not who acts (safety review 291)
        head = toks[j]
        last = j
        while last + 1 < len(toks) and toks[last + 1].tag_ == "NE":
            last += 1  # a name of several words: "von Bad Hallerbach"
        if last + 1 < len(toks) and toks[last + 1].lower_ == "aus":
            continue  # "von Bad Hallerbach aus": a place, no agent (safety review 39)
        rest = toks[:k] + toks[last + 1:]
        if last > j:
            return None, rest  # no safe subject built from a name of several words
        if j > attributes:
            return None, rest  # a group or a described actor: no safe subject built here
        if head.tag_ == "NE":
            return [head.text], rest
        info = noun(head.lemma_ or head.text)
        singular_dative = t.lower_ == "vom" or (det is not None and det.lower_ in {"dem", "der"})
        if info is None or not info.gender or not singular_dative:
            return None, rest
        if det is not None and det.lower_ == "der" and info.gender != "f":
            return None, rest
        nominative = info.form("nominativ", "singular")
        if nominative is None:
            return None, rest
        return [NOMINATIVE[info.gender], nominative], rest
    return None


def _modal_passive_front(ctx: Context, f: Finding, s: SentenceView, toks: list[Token],
                         end: str) -> list[Suggestion]:
    """"Gegen den Bescheid kann Widerspruch erhoben werden." -> "... können Sie ... erheben"."""
    m = next((k for k, t in enumerate(toks) if t.tag_ == "VMFIN"), None)
    if m is None or m == 0 or len(toks) < m + 3 or toks[m].lower_ not in MODAL_SINGULAR:
        return []
    if toks[-1].lemma_ != "werden" or toks[-2].tag_ != "VVPP":
        return []
    front, rest = toks[:m], toks[m + 1: -2]
    if (not _simple_middle(front) or not reader_verb(ctx, f.rule, _infinitive(toks[-2]), toks)
            or against_reader(ctx, f.rule, toks)):
        return []
    subj = _subject_after(rest, 0)
    if subj is None:
        return []
    a, b = subj
    obj = _object(rest[a:b], toks)
    middle = rest[:a]
    if obj is None or not _simple_middle(middle + rest[b:]):
        return []
    # "Es darf nur Trinkwasser verwendet werden": "es" only holds the first place, "Sie"
    # takes it (safety review 65: "Es dürfen Sie")
    modal, lead = MODAL_SINGULAR[toks[m].lower_], [t.lower_ for t in front if t.is_alpha]
    opening = ["Sie", modal] if lead == ["es"] else [modal, "Sie"]
    words = [*(t.text for t in front if not (lead == ["es"] and t.is_alpha)), *opening,
             *(t.text for t in middle), *obj, *(t.text for t in rest[b:]), _infinitive(toks[-2])]
    return [_sentence_suggestion(s, join(words) + end, "Aktiv mit „Sie“")]


def _split_agent(toks: list[Token]) -> tuple[str | None, list[Token]]:
    """Find "von uns" / "von Ihnen" in a middle field; return the subject and the rest. Not
    inside a participial attribute: "der von Ihnen übermittelten Angaben" names who sent the
    data, not who acts in the passive (a blind safety review on fresh texts)."""
    for i in range(len(toks) - 1):
        if i > 0 and toks[i - 1].tag_ in ATTRIBUTE_OPENERS:
            continue
        key = (toks[i].lower_, toks[i + 1].lower_)
        if key in AGENTS and (key[1] != "ihnen" or toks[i + 1].text == "Ihnen"):
            return AGENTS[key], toks[:i] + toks[i + 2:]
    return None, toks


def werden_passive(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Die Unterlagen werden von uns geprüft." -> "Wir prüfen die Unterlagen." (only with an
    agent: without one, nobody knows who acts, and we do not guess)."""
    toks, end = _ends(s)
    np_end = _noun_phrase_end(toks, 0)
    if np_end is None or len(toks) < np_end + 3:
        return []
    aux = toks[np_end]
    last = toks[-1]
    if aux.lemma_ == "werden" and aux.tag_ == "VAFIN" and last.tag_ == "VVPP":
        part, middle_toks = last, toks[np_end + 1: -1]
        past = aux.lower_ in {"wurde", "wurden"}
    elif aux.lemma_ == "sein" and last.lower_ == "worden" and toks[-2].tag_ == "VVPP":
        part, middle_toks, past = toks[-2], toks[np_end + 1: -2], True
    else:
        return []
    agent, middle = _split_agent(middle_toks)
    obj = _object(toks[:np_end], toks)
    if agent is None or obj is None or not _simple_middle(middle):
        return []
    infinitive = _infinitive(part)
    if past:
        words = [cap(agent), "haben", *obj, *(t.text for t in middle), part.text]
    else:
        prefix, base = split_separable(infinitive)
        words = [cap(agent), plural_present(base), *obj, *(t.text for t in middle), prefix]
    return [_sentence_suggestion(s, join(words) + end, f"Aktiv mit „{agent}“")]


def erfolgen(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Die Auszahlung erfolgt monatlich." -> "Wir zahlen monatlich aus."."""
    toks, end = _ends(s)
    if named_actor(toks, None) is not None:
        return []  # "erfolgt durch die Stadtkasse": the Stadtkasse acts, not "wir" (review 32)
    np_end = _noun_phrase_end(toks, 0)
    if np_end is None or np_end >= len(toks):
        return []
    if toks[np_end].lemma_ != "erfolgen" and toks[_with_genitives(toks, np_end) if
                                                 _with_genitives(toks, np_end) < len(toks)
                                                 else np_end].lemma_ != "erfolgen":
        return []
    noun = toks[np_end - 1]
    middle = toks[np_end + 1:]
    obj: list[str] = []
    gen_end = _with_genitives(toks, np_end)
    if gen_end != np_end:  # "Die Festsetzung der Steuer erfolgt ..." -> "... setzen die Steuer"
        gen = toks[np_end:gen_end]
        if gen[0].lower_ != "der" or any(t.tag_ == "ADJA" for t in gen) or len(gen) != 2:
            return []
        obj = ["die", gen[1].text]
        if gen_end >= len(toks) or toks[gen_end].lemma_ != "erfolgen":
            return []
        middle = toks[gen_end + 1:]
    params = ctx_rule_params(ctx, f.rule)
    actor = ("Wir" if noun.lemma_ in params.get("office", []) else
             "Sie" if noun.lemma_ in params.get("reader", []) else None)
    if actor is None:
        return []  # who acts is unknown: the message asks, we do not guess
    if not _simple_middle(middle):
        return []
    # (verb, safety): the list data say which plain verbs keep the meaning everywhere
    verbs = [(r, "safe" if e.may_apply(r) else "review")
             for e in ctx.lexicon.fvg.get("erfolgen", []) if e.term == noun.lemma_
             for r in e.replacements]
    derived = verb_from_noun(noun.lemma_ or noun.text)
    if derived and derived not in {v for v, _ in verbs}:
        verbs.append((derived, "safe"))
    out = []
    for verb, safety in verbs[:2]:
        if " " in verb:
            continue
        prefix, base = split_separable(verb)
        new = join([actor, plural_present(base), *obj, *(t.text for t in middle), prefix]) + end
        who = "wir" if actor == "Wir" else "Sie"
        out.append(_sentence_suggestion(s, new, f"Mit Verb und „{who}“", safety))
    return out
