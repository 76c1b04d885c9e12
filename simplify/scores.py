"""Readability scores for German text: classic formulas and a 0-20 comprehensibility index.

Input is already segmented: one :class:`SentenceCounts` per sentence with its word tokens
and clause lengths. Nothing here splits sentences or tokenizes text.

Formulas (see ``docs/scores.md`` for sources and interpretation scales):

* Flesch Reading Ease, German version by Amstad (1978): ``180 - SL - 58.5 * ASW``.
* Wiener Sachtextformel 1-4 (Bamberger & Vanecek 1984), school grade 4 (easy) to 15 (hard).
* LIX (Björnsson 1968): ``SL + IW``.
* gSMOG, German SMOG (Bamberger & Vanecek 1984, p. 78): ``sqrt(MS3 * 30 / sentences) - 2``
  where MS3 is the number of words with three or more syllables.
* ``verstaendlichkeitsindex``: our 0-20 index (higher = easier) in the spirit of the
  Hohenheim comprehensibility index: each input is mapped linearly onto 0..20 between two
  anchors (:data:`INDEX_ANCHORS`), clipped, and averaged with :data:`INDEX_WEIGHTS`. Two of
  its inputs are not surface formulas: the mean fitted sentence difficulty
  (:mod:`simplify.difficulty`, fitted on learners' ratings) and the jargon density (word-list
  hits per 100 words), so that rare words, nominal style and terms of art count.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, Field

from .difficulty import DifficultyModel, default_model, rating_to_difficulty, sentence_features
from .syllables import count_syllables

__all__ = [
    "INDEX_ANCHORS",
    "INDEX_WEIGHTS",
    "Scores",
    "SentenceCounts",
    "document_scores",
    "index_components",
    "sentence_difficulty",
]

SyllableCounter = Callable[[str], int]

LONG_WORD_LETTERS = 6  # IW / LIX: words with MORE than 6 letters
LONG_CLAUSE_WORDS = 12  # Hohenheim: clauses with more than 12 words
LONG_SENTENCE_WORDS = 20  # Hohenheim: sentences with more than 20 words

# Input -> (value scored 0, value scored 20). The sub-score is linear in between and
# clipped outside. Where each anchor pair comes from is documented in docs/scores.md.
INDEX_ANCHORS: dict[str, tuple[float, float]] = {
    "flesch_amstad": (30.0, 80.0),
    "wstf1": (15.0, 4.0),
    "lix": (60.0, 30.0),
    "gsmog": (15.0, 4.0),
    "avg_sentence_length": (30.0, 9.0),
    "avg_clause_length": (12.0, 6.0),
    "avg_word_length": (7.5, 5.0),
    "pct_words_over_6_letters": (50.0, 20.0),
    "pct_clauses_over_12_words": (40.0, 0.0),
    "pct_sentences_over_20_words": (50.0, 0.0),
    "avg_sentence_difficulty": (8.0, 2.0),
    "jargon_per_100_words": (10.0, 0.0),
}

# Weights of the sub-scores in the index (sum 1), calibrated on /work/shared/data (see
# docs/scores.md). 0.30 on the mean fitted sentence difficulty (learners' ratings; it sees
# rare words, nominal style and clause depth besides length) and 0.10 on jargon density; the
# surface inputs keep their former proportions scaled to 0.60: mean sentence length 0.15, the
# four formulas 0.24 (Amstad's FRE weighs most), word length 0.09, the Hohenheim
# long-sentence/long-clause shares 0.09, clause length 0.03.
INDEX_WEIGHTS: dict[str, float] = {
    "flesch_amstad": 0.09,
    "wstf1": 0.03,
    "lix": 0.06,
    "gsmog": 0.06,
    "avg_sentence_length": 0.15,
    "avg_clause_length": 0.03,
    "avg_word_length": 0.06,
    "pct_words_over_6_letters": 0.03,
    "pct_clauses_over_12_words": 0.03,
    "pct_sentences_over_20_words": 0.06,
    "avg_sentence_difficulty": 0.30,
    "jargon_per_100_words": 0.10,
}

@dataclass(frozen=True)
class SentenceCounts:
    """One segmented sentence.

    ``words``: word tokens only (no punctuation, numbers or symbols).
    ``clause_lengths``: words per clause (sum == len(words)); ``[len(words)]`` if unknown.
    ``jargon``: hits of the jargon word lists (terms of art, Amtsdeutsch, foreign words; see
    ``difficulty.JARGON_LISTS``); ``depth``: deepest level of subordinate clauses. Both are
    filled by the pipeline and 0 when unknown.
    """

    words: list[str]
    clause_lengths: list[int]
    jargon: int = 0
    depth: int = 0


class Scores(BaseModel):
    """Document readability figures; ratios are None when there are no words."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    letters: int = 0
    avg_sentence_length: float | None = None
    avg_syllables_per_word: float | None = None
    pct_words_3plus_syllables: float | None = None
    pct_words_over_6_letters: float | None = None
    pct_words_1_syllable: float | None = None
    avg_word_length: float | None = None
    avg_clause_length: float | None = None
    pct_clauses_over_12_words: float | None = None
    pct_sentences_over_20_words: float | None = None
    flesch_amstad: float | None = None
    wstf1: float | None = None
    wstf2: float | None = None
    wstf3: float | None = None
    wstf4: float | None = None
    lix: float | None = None
    gsmog: float | None = None
    avg_sentence_difficulty: float | None = None
    jargon_per_100_words: float | None = None
    verstaendlichkeitsindex: float | None = None
    index_components: dict[str, float] = Field(default_factory=dict)


def _letters(word: str) -> int:
    return sum(map(str.isalpha, word))


def _words(sentence: SentenceCounts) -> list[str]:
    return [w for w in sentence.words if any(map(str.isalpha, w))]


def _raw_metrics(
    sentences: Sequence[SentenceCounts], syllable_counter: SyllableCounter
) -> dict[str, float] | None:
    """Unrounded counts and formula values, or None if there is no word at all."""
    n_sent = n_words = n_syll = n_letters = 0
    n_poly = n_mono = n_long = n_long_sent = 0
    clauses: list[int] = []
    for sent in sentences:
        words = _words(sent)
        if not words:
            continue
        n_sent += 1
        n_words += len(words)
        if len(words) > LONG_SENTENCE_WORDS:
            n_long_sent += 1
        for w in words:
            syl = syllable_counter(w)
            letters = _letters(w)
            n_syll += syl
            n_letters += letters
            n_poly += syl >= 3
            n_mono += syl == 1
            n_long += letters > LONG_WORD_LETTERS
        lengths = [c for c in sent.clause_lengths if c > 0] or [len(words)]
        clauses.extend(lengths)
    if n_words == 0:
        return None
    sl = n_words / n_sent
    asw = n_syll / n_words
    ms = 100.0 * n_poly / n_words
    iw = 100.0 * n_long / n_words
    es = 100.0 * n_mono / n_words
    return {
        "sentences": n_sent,
        "words": n_words,
        "syllables": n_syll,
        "letters": n_letters,
        "avg_sentence_length": sl,
        "avg_syllables_per_word": asw,
        "pct_words_3plus_syllables": ms,
        "pct_words_over_6_letters": iw,
        "pct_words_1_syllable": es,
        "avg_word_length": n_letters / n_words,
        "avg_clause_length": sum(clauses) / len(clauses),
        "pct_clauses_over_12_words": 100.0
        * sum(1 for c in clauses if c > LONG_CLAUSE_WORDS)
        / len(clauses),
        "pct_sentences_over_20_words": 100.0 * n_long_sent / n_sent,
        "flesch_amstad": 180.0 - sl - 58.5 * asw,
        "wstf1": 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875,
        "wstf2": 0.2007 * ms + 0.1682 * sl + 0.1373 * iw - 2.779,
        "wstf3": 0.2963 * ms + 0.1905 * sl - 1.1144,
        "wstf4": 0.2744 * ms + 0.2656 * sl - 1.693,
        "lix": sl + iw,
        "gsmog": math.sqrt(n_poly * 30.0 / n_sent) - 2.0,
    }


def _sub_score(value: float, anchors: tuple[float, float]) -> float:
    """Map ``value`` linearly so that anchors[0] -> 0 and anchors[1] -> 20, clipped."""
    zero, twenty = anchors
    score = 20.0 * (value - zero) / (twenty - zero)
    return min(20.0, max(0.0, score))


def index_components(metrics: Mapping[str, float]) -> dict[str, float]:
    """Unrounded 0-20 sub-score of every index input present in ``metrics``."""
    return {
        name: _sub_score(metrics[name], anchors)
        for name, anchors in INDEX_ANCHORS.items()
        if name in metrics
    }


def _weighted_index(components: Mapping[str, float], names: Sequence[str]) -> float:
    total = sum(INDEX_WEIGHTS[n] for n in names)
    return sum(components[n] * INDEX_WEIGHTS[n] for n in names) / total


def _lexical_metrics(
    sentences: Sequence[SentenceCounts], model: DifficultyModel,
    difficulties: Sequence[float | None] | None = None,
) -> dict[str, float]:
    """Mean fitted sentence difficulty and jargon hits per 100 words (text has words)."""
    difficulty: list[float] = []
    jargon = words = 0
    for k, sent in enumerate(sentences):
        value = _difficulty(sent, model) if difficulties is None else difficulties[k]
        if value is not None:
            difficulty.append(value)
            jargon += sent.jargon
            words += len(_words(sent))
    return {
        "avg_sentence_difficulty": sum(difficulty) / len(difficulty),
        "jargon_per_100_words": 100.0 * jargon / words,
    }


def document_scores(
    sentences: Sequence[SentenceCounts],
    syllable_counter: SyllableCounter = count_syllables,
    model: DifficultyModel | None = None,
    difficulties: Sequence[float | None] | None = None,
) -> Scores:
    """Compute all scores for a document given as segmented sentences.

    Sentences without any word are ignored. With no words at all, counts are 0 and
    every ratio, formula and the index are None. ``model``: the sentence difficulty model
    (default: the stored coefficients); ``difficulties``: ``raw_difficulty`` of each sentence
    with this model, if the caller has them already.
    """
    metrics = _raw_metrics(sentences, syllable_counter)
    if metrics is None:
        return Scores()
    metrics.update(_lexical_metrics(sentences, model or default_model(), difficulties))
    components = index_components(metrics)
    index = _weighted_index(components, tuple(INDEX_WEIGHTS))
    values: dict[str, object] = {
        k: (int(v) if k in {"sentences", "words", "syllables", "letters"} else round(v, 2))
        for k, v in metrics.items()
    }
    values["verstaendlichkeitsindex"] = round(index, 2)
    values["index_components"] = {k: round(v, 2) for k, v in components.items()}
    return Scores.model_validate(values)


def sentence_difficulty(sentence: SentenceCounts, model: DifficultyModel | None = None) -> float:
    """Difficulty of one sentence, 0..20, HIGHER = HARDER, rounded to 1 decimal.

    The fitted model of :mod:`simplify.difficulty` (learners' complexity ratings, stored
    coefficients in ``rules/models/difficulty.yaml``) mapped onto 0..20. A sentence without words
    scores 0.
    """
    return rounded_difficulty(raw_difficulty(sentence, model))


def raw_difficulty(sentence: SentenceCounts, model: DifficultyModel | None = None) -> float | None:
    """The unrounded difficulty of one sentence (None without words): computed once, it can
    be handed to ``document_scores`` (``difficulties``) and to ``rounded_difficulty``."""
    if model is None:
        return _kept_difficulty(tuple(sentence.words), sentence.jargon, sentence.depth)
    return _difficulty(sentence, model)


@lru_cache(maxsize=4_000)
def _kept_difficulty(words: tuple[str, ...], jargon: int, depth: int) -> float | None:
    """``raw_difficulty`` with the stored model, memoised (bounded, some 3 MB): a pure
    function of the words and counts, and the sentences of a text checked again come back."""
    return _difficulty(SentenceCounts(list(words), [], jargon, depth), default_model())


def rounded_difficulty(value: float | None) -> float:
    """``sentence_difficulty`` from the value of ``raw_difficulty``."""
    return 0.0 if value is None else round(value, 1)


def _difficulty(sentence: SentenceCounts, model: DifficultyModel) -> float | None:
    words = _words(sentence)
    if not words:
        return None
    values = sentence_features(words, sentence.jargon, sentence.depth)
    return rating_to_difficulty(model.predict(values), model.rating_scale)
