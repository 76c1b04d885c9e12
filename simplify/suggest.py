"""Sentence rewrites: passive to active, "Sie" for role nouns, plain verbs, sentence splits.

Each generator looks at one finding and its sentence and returns candidate rewrites of the
whole sentence (or of a phrase). They are deliberately narrow: a pattern they do not fully
understand gives no candidate, and every candidate is verified (simplify/verify.py) before it
is shown. Where the actor is unknown (a werden-passive without "von uns"/"von Ihnen"), no
rewrite is offered: the finding's message asks who acts instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from .checks.base import Context, SentenceView
from .report import Finding, Suggestion
from .verbs import MODAL_SINGULAR, plural_present, split_separable, verb_from_noun

DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT"}
NP_INNER = {"ADJA", "ADV", "CARD", "ADJD"}
FINITE = {"VVFIN", "VAFIN", "VMFIN"}
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "“", "”", "…"}
NO_SPACE_AFTER = {"(", "„", "‚"}
# Nominative -> accusative for determiners whose gender the form itself shows.
ACCUSATIVE = {"der": "den", "dieser": "diesen", "jeder": "jeden", "jener": "jenen"}
UNCHANGED = {"die", "das", "diese", "dieses", "jedes", "jede", "alle", "ihre", "unsere",
             "keine", "seine", "eine"}
DEFINING = {"nennen", "bezeichnen", "heißen", "verstehen", "sprechen"}
AGENTS = {("von", "uns"): "wir", ("durch", "uns"): "wir", ("von", "ihnen"): "Sie"}

Generator = Callable[[Context, Finding, SentenceView], list[Suggestion]]


def join(parts: list[str]) -> str:
    """Join words with spaces, but not before punctuation or after opening quotes."""
    out = ""
    for p in parts:
        if not p:
            continue
        if out and p not in NO_SPACE_BEFORE and out[-1] not in NO_SPACE_AFTER:
            out += " "
        out += p
    return out


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _noun_phrase_end(toks: list[Token], i: int) -> int | None:
    """End (exclusive) of a noun phrase starting at i: [determiner] adjectives* noun."""
    j = i
    if j < len(toks) and toks[j].tag_ in DETERMINERS:
        j += 1
    while j < len(toks) and toks[j].tag_ in NP_INNER:
        j += 1
    if j < len(toks) and toks[j].tag_ in {"NN", "NE"}:
        return j + 1
    return None


def _head_end(np: list[Token]) -> int:
    """Index after the head noun of a noun phrase (genitive attributes follow it)."""
    for k, t in enumerate(np):
        if t.tag_ in {"NN", "NE"}:
            return k + 1
    return len(np)


def _with_genitives(toks: list[Token], j: int) -> int:
    """Extend a noun phrase ending at j by genitive attributes ("des Ausweises")."""
    while j < len(toks) and toks[j].lower_ in {"des", "der", "eines", "einer"}:
        k = _noun_phrase_end(toks, j)
        if k is None:
            break
        j = k
    return j


MASC_INDEF = {"ein": "einen", "kein": "keinen", "ihr": "ihren", "unser": "unseren",
              "sein": "seinen", "mein": "meinen"}


def _accusative(np: list[Token]) -> list[str] | None:
    """The noun phrase as a sentence-internal accusative object, or None if unsure.

    Only the head phrase changes; genitive attributes after the head keep their form.
    """
    words = [t.text for t in np]
    first = np[0]
    low = first.lower_
    head = _head_end(np)
    adjs = [k for k in range(1, head) if np[k].tag_ == "ADJA"]
    if first.tag_ in DETERMINERS:
        if low in ACCUSATIVE:
            words[0] = ACCUSATIVE[low]
            for k in adjs:
                if words[k].endswith("e"):
                    words[k] += "n"
        elif low in UNCHANGED:
            words[0] = low
        elif low in MASC_INDEF and adjs and all(words[k].endswith("er") for k in adjs):
            # "ein erneuter Antrag": the adjective shows masculine -> "einen erneuten Antrag"
            words[0] = MASC_INDEF[low] if first.text.islower() or first.i == first.sent.start \
                else MASC_INDEF[low].capitalize()
            for k in adjs:
                words[k] = words[k][:-2] + "en"
        else:
            return None  # "ein Antrag": masculine or neuter? The form does not say.
    elif first.tag_ in {"NN", "NE"} or first.tag_ == "ADJA":
        pass
    else:
        return None
    if first.i == first.sent.start and first.tag_ in DETERMINERS and words[0] == first.text:
        words[0] = words[0].lower()
    return words


def _ends(s: SentenceView) -> tuple[list[Token], str]:
    """The sentence's tokens without final punctuation, and that punctuation."""
    toks = list(s.tokens)
    end = ""
    if toks and toks[-1].text in {".", "!", "?"}:
        end = toks[-1].text
        toks = toks[:-1]
    return toks, end or "."


def _simple_middle(toks: list[Token]) -> bool:
    """A middle field we can move as a whole: no commas, no further verbs, no clauses."""
    return all(t.text not in {",", ";", ":", "(", ")"} and t.tag_ not in FINITE
               and t.tag_ not in {"KOUS", "PRELS", "VVPP", "VVINF", "VVIZU", "KON"}
               for t in toks)


def _sentence_suggestion(s: SentenceView, text: str, label: str) -> Suggestion:
    return Suggestion(replacement=text, start=s.start, end=s.end, kind="rewrite", label=label)


def ctx_rule_params(ctx: Context, rule_id: str) -> dict:
    """The params of a rule (word lists of a generator live in the rule file)."""
    rule = ctx.rules.get(rule_id) if ctx.rules else None
    return rule.params if rule is not None else {}


def _infinitive(verb: Token) -> str:
    return verb.lemma_ if verb.lemma_ and verb.lemma_.islower() else verb.lower_


# -- passive -----------------------------------------------------------------------------------


def _reader_verb(ctx: Context, rule_id: str, infinitive: str) -> bool:
    """The reader is the one who does this (rule data: ``reader_verbs``)."""
    return infinitive in ctx_rule_params(ctx, rule_id).get("reader_verbs", [])


def _drop_reader_agent(ctx: Context, toks: list[Token]) -> list[Token] | None:
    """Remove "vom Antragsteller" (the reader as agent); None if another agent is named."""
    for k, t in enumerate(toks):
        if t.lower_ in {"von", "vom", "durch"} and t.tag_ in {"APPR", "APPRART"}:
            j = k + 1
            if j < len(toks) and toks[j].tag_ == "ART":
                j += 1
            if j < len(toks) and _is_role(ctx, toks[j]):
                return toks[:k] + toks[j + 1:]
            if j < len(toks) and toks[j].tag_ in {"NN", "NE", "PPER"}:
                return None
    return toks


def _subject_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The first noun phrase after position i that is not inside a prepositional phrase
    (adverbs and whole prepositional phrases may stand before it)."""
    j = i
    while j < len(toks):
        t = toks[j]
        if t.tag_ in {"ADV", "ADJD"}:
            j += 1
        elif t.tag_ in {"APPR", "APPRART"}:
            k = _noun_phrase_end(toks, j + 1)
            if k is None:
                return None
            j = _with_genitives(toks, k)
        elif t.tag_ in DETERMINERS | {"NN"}:
            k = _noun_phrase_end(toks, j)
            return (j, _with_genitives(toks, k)) if k is not None else None
        else:
            return None
    return None


def sein_zu(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Der Antrag ist bis zum 1. März einzureichen." -> "Reichen Sie den Antrag bis ... ein.";
    "Nach Ablauf ist ein neuer Antrag zu stellen." -> "Nach Ablauf stellen Sie einen neuen ..."."""
    toks, end = _ends(s)
    sein_i = next((k for k, t in enumerate(toks) if t.lemma_ == "sein" and t.tag_ == "VAFIN"),
                  None)
    if sein_i is None or not toks:
        return []
    verb = toks[-1]
    tail_end = len(toks) - 1
    if verb.tag_ == "VVINF" and toks[-2].tag_ == "PTKZU":
        tail_end -= 1
    elif verb.tag_ != "VVIZU":
        return []
    infinitive = _infinitive(verb)
    if not _reader_verb(ctx, f.rule, infinitive):
        return []  # who has to act is not clear: no rewrite
    prefix, base = split_separable(infinitive)
    front = toks[:sein_i]
    np_end = _noun_phrase_end(toks, 0)
    middle_all = _drop_reader_agent(ctx, toks[sein_i + 1: tail_end])
    if middle_all is None:
        return []  # "von der Behörde zu prüfen": someone else acts
    toks = toks[: sein_i + 1] + middle_all + toks[tail_end:]
    tail_end = sein_i + 1 + len(middle_all)
    if np_end is not None and _with_genitives(toks, np_end) == sein_i:
        obj = _accusative(toks[:sein_i])
        middle = toks[sein_i + 1: tail_end]
        if obj is None or not _simple_middle(middle):
            return []
        words = [cap(base), "Sie", *obj, *(t.text for t in middle), prefix]
    elif front and _simple_middle(front) and sein_i > 0:
        subj = _subject_after(toks, sein_i + 1)
        if subj is None:
            return []
        a, b = subj
        obj = _accusative(toks[a:b])
        middle = toks[sein_i + 1: a] + toks[b: tail_end]
        if obj is None or not _simple_middle(middle):
            return []
        words = [*(t.text for t in front), base, "Sie", *obj, *(t.text for t in middle), prefix]
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
    obj = _accusative(toks[:np_end])
    if obj is None or not _simple_middle(middle):
        return []
    if agent is None and not _reader_verb(ctx, f.rule, _infinitive(toks[-2])):
        return []  # "kann erteilt werden": the office acts, or nobody knows who
    subject = agent or "Sie"
    verb = _infinitive(toks[-2])
    new = join([cap(subject), MODAL_SINGULAR[modal.lower_], *obj,
                *(t.text for t in middle), verb]) + end
    return [_sentence_suggestion(s, new, f"Aktiv mit „{subject}“")]


def _modal_passive_front(ctx: Context, f: Finding, s: SentenceView, toks: list[Token],
                         end: str) -> list[Suggestion]:
    """"Gegen den Bescheid kann Widerspruch erhoben werden." -> "... können Sie ... erheben"."""
    m = next((k for k, t in enumerate(toks) if t.tag_ == "VMFIN"), None)
    if m is None or m == 0 or len(toks) < m + 3 or toks[m].lower_ not in MODAL_SINGULAR:
        return []
    if toks[-1].lemma_ != "werden" or toks[-2].tag_ != "VVPP":
        return []
    front, rest = toks[:m], toks[m + 1: -2]
    if not _simple_middle(front) or not _reader_verb(ctx, f.rule, _infinitive(toks[-2])):
        return []
    subj = _subject_after(rest, 0)
    if subj is None:
        return []
    a, b = subj
    obj = _accusative(rest[a:b])
    middle = rest[:a]
    if obj is None or not _simple_middle(middle + rest[b:]):
        return []
    words = [*(t.text for t in front), MODAL_SINGULAR[toks[m].lower_], "Sie",
             *(t.text for t in middle), *obj, *(t.text for t in rest[b:]), _infinitive(toks[-2])]
    return [_sentence_suggestion(s, join(words) + end, "Aktiv mit „Sie“")]


def _split_agent(toks: list[Token]) -> tuple[str | None, list[Token]]:
    """Find "von uns" / "von Ihnen" in a middle field; return the subject and the rest."""
    for i in range(len(toks) - 1):
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
    obj = _accusative(toks[:np_end])
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
    params = ctx_rule_params(ctx, "SIM-P004")
    actor = ("Wir" if noun.lemma_ in params.get("office", []) else
             "Sie" if noun.lemma_ in params.get("reader", []) else None)
    if actor is None:
        return []  # who acts is unknown: the message asks, we do not guess
    if not _simple_middle(middle):
        return []
    verbs = [r for e in ctx.lexicon.fvg.get("erfolgen", []) if e.term == noun.lemma_
             for r in e.replacements]
    derived = verb_from_noun(noun.lemma_ or noun.text)
    if derived and derived not in verbs:
        verbs.append(derived)
    out = []
    for verb in verbs[:2]:
        if " " in verb:
            continue
        prefix, base = split_separable(verb)
        new = join([actor, plural_present(base), *obj, *(t.text for t in middle), prefix]) + end
        who = "wir" if actor == "Wir" else "Sie"
        out.append(_sentence_suggestion(s, new, f"Mit Verb und „{who}“"))
    return out


def es_wird_gebeten(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Es wird gebeten, die Belege einzureichen." -> "Bitte reichen Sie die Belege ein."."""
    toks, end = _ends(s)
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if len(commas) != 1:
        return []
    head, tail = toks[: commas[0]], toks[commas[0] + 1:]
    if not head or head[-1].lower_ != "gebeten" or len(head) > 4 or not tail:
        return []
    verb = tail[-1]
    middle = tail[:-1]
    if verb.tag_ == "VVINF" and middle and middle[-1].tag_ == "PTKZU":
        middle = middle[:-1]
    elif verb.tag_ != "VVIZU":
        return []
    if not _simple_middle(middle):
        return []
    prefix, base = split_separable(_infinitive(verb))
    new = join(["Bitte", base, "Sie", *(t.text for t in middle), prefix]) + end
    return [_sentence_suggestion(s, new, "Direkte Bitte")]


# -- address -----------------------------------------------------------------------------------


def role_subject(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Der Antragsteller hat die Unterlagen vorzulegen." -> "Legen Sie die Unterlagen vor.";
    "Der Antragsteller muss unterschreiben." -> "Sie müssen unterschreiben."."""
    toks, end = _ends(s)
    i = 0
    if toks and toks[0].tag_ == "ART":
        i = 1
    if i >= len(toks) or not _is_role(ctx, toks[i]):
        return []
    j = i + 1
    if j + 1 < len(toks) and toks[j].text in {"/", "*", ":"} and toks[j + 1].lower_ in {"in",
                                                                                       "innen"}:
        j += 2
    if j >= len(toks) or toks[j].tag_ not in FINITE:
        return []
    verb, rest = toks[j], toks[j + 1:]
    if verb.lemma_ == "haben" and rest and rest[-1].tag_ == "VVIZU" and _simple_middle(rest[:-1]):
        prefix, base = split_separable(_infinitive(rest[-1]))
        new = join([cap(base), "Sie", *(t.text for t in rest[:-1]), prefix]) + end
        return [_sentence_suggestion(s, new, "Direkt ansprechen")]
    form = MODAL_SINGULAR.get(verb.lower_) or _plural_of(verb)
    if form is None:
        return []
    new = join(["Sie", form, *(t.text for t in rest)]) + end
    return [_sentence_suggestion(s, new, "Mit „Sie“ ansprechen")]


def _is_role(ctx: Context, t: Token) -> bool:
    roles = ctx.lexicon.single.get("rollen", {})
    return t.lemma_.casefold() in roles or t.lower_ in roles


def _plural_of(verb: Token) -> str | None:
    """3rd person singular present -> the "Sie" form; None for past tense or odd forms."""
    lemma = verb.lemma_
    if verb.tag_ == "VAFIN":
        return {"hat": "haben", "ist": "sind", "wird": "werden"}.get(verb.lower_)
    if verb.tag_ == "VVFIN" and lemma.islower() and lemma.endswith("n") and verb.lower_.endswith(
            "t") and not verb.lower_.endswith("te"):
        return plural_present(lemma)
    return None


def man_to_sie(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Man muss den Antrag unterschreiben." -> "Sie müssen den Antrag unterschreiben."."""
    toks, end = _ends(s)
    idx = next((k for k, t in enumerate(toks) if t.idx == f.start), None)
    if idx is None or any(t.lemma_ in DEFINING for t in toks):
        return []  # "Das nennt man Abtretung": a definition, nobody is addressed
    if idx == 0 and len(toks) > 1 and toks[1].tag_ in FINITE:
        form = MODAL_SINGULAR.get(toks[1].lower_) or _plural_of(toks[1])
        if form:
            new = join(["Sie", form, *(t.text for t in toks[2:])]) + end
            return [_sentence_suggestion(s, new, "Mit „Sie“ ansprechen")]
    if idx >= 2 and toks[idx - 1].tag_ in FINITE and idx - 1 >= 1:
        form = MODAL_SINGULAR.get(toks[idx - 1].lower_) or _plural_of(toks[idx - 1])
        if form:
            words = [t.text for t in toks[: idx - 1]] + [form, "Sie"] + [
                t.text for t in toks[idx + 1:]]
            return [_sentence_suggestion(s, join(words) + end, "Mit „Sie“ ansprechen")]
    return []


# -- nominal style -----------------------------------------------------------------------------


def fvg_verb(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """"Bitte nehmen Sie den Bescheid zur Kenntnis." -> "Bitte beachten Sie den Bescheid."."""
    toks, end = _ends(s)
    inside = [t for t in toks if f.start <= t.idx < f.end]
    if not inside:
        return []
    verb = inside[0]
    if verb.tag_ not in {"VVFIN", "VVINF"}:
        return []
    nouns = {t.lemma_.casefold() for t in inside}
    entries = [e for e in ctx.lexicon.fvg.get(verb.lemma_.casefold(), [])
               if e.preposition and e.term.casefold() in nouns and e.replacements]
    out = []
    for e in entries[:1]:
        # the preposition, its article and the noun go away
        noun_i = next((k for k, t in enumerate(toks) if f.start <= t.idx < f.end
                       and t.lemma_.casefold() == e.term.casefold()), None)
        if noun_i is None:
            continue
        prep_i = noun_i - 1
        while prep_i >= 0 and toks[prep_i].tag_ in {"ART", "ADJA"}:
            prep_i -= 1
        if prep_i < 0 or toks[prep_i].tag_ not in {"APPR", "APPRART"}:
            continue
        for repl in e.replacements[:1]:  # the best one only: later ones fit fewer contexts
            if " " in repl:
                continue
            prefix, base = split_separable(repl)
            words: list[str] = []
            for k, t in enumerate(toks):
                if prep_i <= k <= noun_i:
                    continue
                if t is verb:
                    if verb.tag_ == "VVINF":
                        words.append(repl)
                        continue
                    form = plural_present(base) if _plural_subject(toks, verb) else None
                    if form is None:
                        break
                    words.append(form if k else cap(form))
                    continue
                words.append(t.text)
            else:
                if verb.tag_ == "VVFIN" and prefix:
                    words.append(prefix)
                out.append(_sentence_suggestion(s, join(words) + end, f"Verb: „{repl}“"))
    return out


def _plural_subject(toks: list[Token], verb: Token) -> bool:
    """The finite verb agrees with "Sie" or "wir" next to it (V1/V2 position)."""
    k = toks.index(verb)
    near = toks[max(0, k - 1): k + 2]
    return any(t.text in {"Sie", "wir", "Wir"} and t.tag_ == "PPER" for t in near)


# -- sentence length ---------------------------------------------------------------------------

CONNECTORS_KEPT = {"aber": "Aber", "doch": "Doch", "denn": "Denn", "sondern": "Sondern"}


def split_sentence(ctx: Context, f: Finding, s: SentenceView) -> list[Suggestion]:
    """Split at "; ", at ", und/aber/denn" between main clauses, and turn a final
    "..., weil X Verb." into "... . Denn X Verb ...."."""
    toks, end = _ends(s)
    pieces: list[list[str]] = []
    current: list[str] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.text == ";" and current:
            pieces.append(current)
            current = []
        elif (t.text == "," and nxt is not None and nxt.tag_ == "KON"
              and nxt.lower_ in {"und", "aber", "doch", "denn", "sondern", "oder"}
              and _main_clause_follows(toks, k + 2) and current):
            pieces.append(current)
            current = [CONNECTORS_KEPT[nxt.lower_]] if nxt.lower_ in CONNECTORS_KEPT else []
            k += 1
        elif (t.text == "," and nxt is not None and nxt.lower_ in {"weil", "da"}
              and current and _final_sub_clause(toks, k + 2)):
            pieces.append(current)
            pieces.append(_v2_from_verb_final(toks[k + 2:], "Denn"))
            current = []
            k = len(toks)
            continue
        else:
            current.append(t.text)
        k += 1
    if current:
        pieces.append(current)
    if len(pieces) < 2 or any(len(p) < 3 for p in pieces):
        return []
    sentences = [cap(join(p)) + end if i == len(pieces) - 1 else cap(join(p)) + "."
                 for i, p in enumerate(pieces)]
    return [Suggestion(replacement=" ".join(sentences), start=s.start, end=s.end, kind="split",
                       label=f"In {len(sentences)} Sätze teilen")]


def _main_clause_follows(toks: list[Token], i: int) -> bool:
    """A finite verb within the next three tokens, and no subordinator first."""
    window = toks[i: i + 4]
    if not window or window[0].tag_ in {"KOUS", "PRELS", "PWAV"}:
        return False
    has_comma_later = any(t.text == "," for t in toks[i:])
    return any(t.tag_ in FINITE for t in window[:3]) and not has_comma_later


def _final_sub_clause(toks: list[Token], i: int) -> bool:
    rest = toks[i:]
    return (len(rest) >= 3 and rest[-1].tag_ in FINITE
            and not any(t.text in {",", ";"} or t.tag_ in {"KOUS", "PRELS"} for t in rest))


def _v2_from_verb_final(rest: list[Token], adverb: str) -> list[str]:
    """"die Frist abgelaufen ist" -> ["Denn", "die", "Frist", "ist", "abgelaufen"]."""
    verb = rest[-1]
    body = rest[:-1]
    np_end = _noun_phrase_end(body, 0)
    if body and body[0].tag_ in {"PPER", "PDS", "PIS"}:
        np_end = 1
    if np_end is None:
        return []
    return [adverb, *(t.text for t in body[:np_end]), verb.text, *(t.text for t in body[np_end:])]


GENERATORS: dict[str, Generator] = {
    "SIM-P001": werden_passive,
    "SIM-P002": modal_passive,
    "SIM-P003": sein_zu,
    "SIM-P004": erfolgen,
    "SIM-P005": es_wird_gebeten,
    "SIM-A001": role_subject,
    "SIM-A003": role_subject,
    "SIM-A002": man_to_sie,
    "SIM-N001": fvg_verb,
    "SIM-L001": split_sentence,
    "SIM-L002": split_sentence,
}

_WS = re.compile(r"\s+")
# Sentences longer than this get no sentence-level rewrite: each generator works on the whole
# sentence, so a sentence with many findings (one endless chain of passives) cost findings x
# length. The longest sentence in our corpus and the admin texts has 59 words.
MAX_REWRITE_WORDS = 120


def candidates(ctx: Context, finding: Finding) -> list[Suggestion]:
    """Sentence-level candidates for a finding (word-level ones come from the checks)."""
    gen = GENERATORS.get(finding.rule)
    if gen is None or finding.sentence is None:
        return []
    s = ctx.sentences[finding.sentence]
    if len(s.words) > MAX_REWRITE_WORDS:
        return []
    try:
        out = gen(ctx, finding, s)
    except (IndexError, ValueError):
        return []
    original = ctx.text[s.start:s.end]
    return [c for c in out if _WS.sub(" ", c.replacement) != _WS.sub(" ", original)]
