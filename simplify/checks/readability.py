"""Readability: the whole text below the profile's target index."""

from __future__ import annotations

from collections.abc import Iterator

from ..clauses import FINITE
from ..difficulty import RARE_ZIPF, what_makes_it_hard
from ..rarity import common_parts, word_zipf, zipf_of
from ..report import Finding
from ..rules import Rule
from ..vocabulary import german_list
from .action_nouns import RULE_HEADS
from .base import Context, Match, SentenceView, check
from .legal_wording import enacted_rule
from .length import length_limit


@check("index_below_target")
def index_below_target(ctx: Context, rule: Rule) -> Iterator[Match]:
    """The text's Verständlichkeitsindex is below the profile target: point at the hardest
    sentence, where a rewrite helps most."""
    min_words = rule.params.get("min_words", 30)
    words = sum(len(s.words) for s in ctx.sentences)
    if ctx.index is None or words < min_words or ctx.index >= ctx.profile.target:
        return
    # a heading or form label is no sentence to rewrite first (a blind reviewer: "flags a
    # heading as the hardest sentence"); the running text, where there is any
    running = [s for s in ctx.sentences if not ctx.protected.in_label(s.start, s.end)]
    # and not the paragraph of a statute, which only a legislator changes ("Diese Satzung
    # tritt am Tag nach ihrer Bekanntmachung in Kraft"; blind review 21), if there is other text
    running = [s for s in running if not enacted_rule(ctx.text, s.start)] or running
    # a sentence the length rule flags has its own finding: pointing at it again repeats it
    # (blind review 11: "repeats the sentence-length finding with vaguer advice"); the
    # hardest of the others is where the index needs a pointer
    limit = length_limit(ctx)
    # and a sentence, with a finite verb: not a table row or a list label (blind review 12)
    unflagged = [s for s in running if len(s.words) <= limit
                 and any(t.tag_ in FINITE for t in s.tokens)]
    # without such a sentence, a sentence with a verb before a title or a tariff line (blind
    # review 22: "flags the official title of the statute")
    clauses = [s for s in running if any(t.tag_ in FINITE for t in s.tokens)]
    hardest = max(unflagged or clauses or running or ctx.sentences,
                  key=lambda s: ctx.difficulty[s.index])
    near = ctx.index >= ctx.profile.target - float(rule.params.get("near_target", 0))
    reasons = what_makes_it_hard([t.text for t in hardest.words],
                                 hardest.clauses.max_depth,
                                 rare_examples=_unknown_words(ctx, hardest))
    yield Match(hardest.start, hardest.end, _values(ctx, hardest.index, reasons),
                sentence=hardest.index, softer=near)


def _values(ctx: Context, sentence: int, reasons: list[str], causes: str = "") -> dict:
    said = f" Er hat {german_list(reasons, last='und', quote=False)}." if reasons else ""
    return {"index": _de(ctx.index or 0.0), "target": _de(ctx.profile.target),
            "difficulty": _de(ctx.difficulty[sentence]), "reasons": said + causes}


def name_what_is_there(ctx: Context, findings: list[Finding], rules: dict[str, Rule]) -> None:
    """The readability finding names what the other rules found in its example sentence:
    "Darin stehen: Amtsdeutsch („bezugnehmend“) und Passiv („wird … gebeten“)". Its own
    reasons (the model's rare words and -ung nouns) missed the real trouble in the eyes of
    blind reviewers 20-23 ("names Erstuntersuchung and Bescheinigung instead" of the
    passive and "hiermit"); the length stays, where it counts."""
    for f in findings:
        rule = rules.get(f.rule)
        if rule is None or rule.check != "index_below_target" or f.sentence is None:
            continue
        inside = sorted((o for o in findings if o is not f and f.start <= o.start
                         and o.end <= f.end and o.rule in rules),
                        key=lambda o: (-o.level.rank, o.start))
        causes: list[str] = []
        for o in inside:
            # a label, not an instruction: "Fachwort", not "Fachwort erklären"
            title = rules[o.rule].title.removesuffix(" erklären")
            if title and not any(c.startswith(title + " ") for c in causes):
                causes.append(f"{title} ({_quoted(o.text)})")
        if not causes:
            continue
        s = ctx.sentences[f.sentence]
        length = [r for r in what_makes_it_hard([t.text for t in s.words], s.clauses.max_depth,
                                                rare_examples=[])
                  if r.endswith(" Wörter")]
        verb = "steht" if len(causes) == 1 else "stehen"
        said = f" Darin {verb}{' auch' if length else ''}: "
        f.message = rule.message.format_map(_values(
            ctx, f.sentence, length,
            said + german_list(causes[:3], last="und", quote=False) + "."))


def _quoted(passage: str) -> str:
    """A short example of a passage: "„wird … gebeten“" for a long one."""
    words = passage.split()
    return f"„{' '.join(words) if len(words) <= 4 else ' '.join(words[:2]) + ' … ' + words[-1]}“"


def _unknown_words(ctx: Context, s: SentenceView) -> list[str]:
    """Words of the sentence a reader may not know, to name as the example of rare words:
    not names of bodies or laws, not an inflected or female form of a common word
    ("Anwohnerinnen"), not a participle of a common verb, not an adjective made of common
    parts ("orangefarbenen"). Blind reviews 19 and 20 called such examples, and a law's name,
    misleading."""
    out = []
    for t in s.words:
        word = t.text
        if len(word) <= 3 or not word.isalpha() or word_zipf(t) >= RARE_ZIPF:
            continue
        if ctx.protected.kind_at(t.idx, t.idx + len(word)) is not None:
            continue
        stem = word[:-5] if word.endswith("innen") else word[:-2] if word.endswith("in") else ""
        if stem and zipf_of(stem) >= RARE_ZIPF:
            continue  # "Anwohnerinnen", "Antragstellerin"
        if t.tag_ == "NN" and word.lower().endswith(RULE_HEADS):
            continue  # the name of a law or statute ("Lebenspartnerschaftsgesetz")
        lemma = t.lemma_ if (t.lemma_ or "").isalpha() else word
        if t.tag_ != "NN" and (common_parts(word, RARE_ZIPF) or common_parts(lemma, RARE_ZIPF)):
            continue  # "orangefarbenen"; nouns stay: long compounds are what readers stumble on
        out.append(word)
    return out


def _de(value: float) -> str:
    """A number the German way: 8,5."""
    return f"{value:.1f}".replace(".", ",")
