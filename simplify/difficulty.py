"""Sentence difficulty fitted on learners' complexity ratings: a small linear model.

The prediction is a ridge regression on seven standardised features of one sentence (see
:data:`FEATURES` and ``docs/scores.md``). Its coefficients are data, not code:
``rules/models/difficulty.yaml``, written by ``benchmarks/fit_difficulty.py --write`` from the
TextComplexityDE ratings (nothing is fitted at run time, and the ratings are not needed).

The model predicts the mean complexity rating on the data set's 7-point scale (1 very easy,
7 very hard); :func:`rating_to_difficulty` maps it linearly onto 0..20 (higher = harder).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ConfigError
from .forms import zipf
from .wordlists import RULES_DIR

__all__ = [
    "FEATURES",
    "JARGON_LISTS",
    "MODEL_FILE",
    "DifficultyModel",
    "default_model",
    "load_model",
    "rating_to_difficulty",
    "sentence_features",
    "what_makes_it_hard",
]

MODEL_FILE = RULES_DIR / "models" / "difficulty.yaml"

# The word lists whose hits count as jargon: terms of art (kept but explained), Amtsdeutsch
# and foreign words. Abbreviations and law names are left out: the tokenizer keeps them whole
# and their letters already make the word rare.
JARGON_LISTS: tuple[str, ...] = ("geschuetzt", "amtsdeutsch", "fremdwoerter")

FEATURES: tuple[str, ...] = (
    "log_words",  # ln(words)
    "mean_zipf",  # mean wordfreq Zipf frequency of the words (7 = "der", 3 = once per 1e6)
    "rare_share",  # share of words below RARE_ZIPF
    "jargon",  # word-list hits (JARGON_LISTS) in the sentence
    "nominal_share",  # share of nouns on -ung, -heit, -keit, -ion, -ität (nominal style)
    "noun_share",  # share of nouns
    "depth",  # deepest level of subordinate clauses (clauses.py)
)

RARE_ZIPF = 3.0  # once per million words
# Nouns are recognised by their capital letter after the first word: German capitalises
# nouns, and this keeps the features computable from word strings alone (tests, benchmarks)
# without a tagger. Measured on the ratings: same CV Pearson as counting NN/NE tags.
NOMINAL_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen",
                    "ität", "itäten")
NAMED_SUFFIXES = NOMINAL_SUFFIXES[:6]  # the ones the readability message names

# Leichte Sprache joins the parts of a compound with a Mediopunkt ("Bürger·meister", as
# morphology.join_compound writes it) where other texts use a hyphen ("Bürger-Meister").
# wordfreq knows no word with a Mediopunkt (Zipf 0, the rarest possible), but it reads a
# hyphenated word from the frequencies of its parts: the Mediopunkt is looked up as a hyphen.
MEDIOPUNKT = "\u00b7"

Zipf = Callable[[str], float]


@dataclass(frozen=True)
class DifficultyModel:
    """Standardisation and weights of the linear model, with where they come from."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    rating_scale: tuple[float, float]
    meta: dict[str, object] = field(default_factory=dict)

    def predict(self, values: Mapping[str, float]) -> float:
        """Predicted mean complexity rating (on ``rating_scale``, not clipped)."""
        return self.intercept + sum(
            w * (values[f] - m) / s
            for f, m, s, w in zip(self.features, self.means, self.scales, self.weights,
                                  strict=True))


def _is_noun(word: str, position: int) -> bool:
    return position > 0 and word[:1].isupper() and not word.isupper()


def sentence_features(
    words: Sequence[str], jargon: int = 0, depth: int = 0, frequency: Zipf = zipf
) -> dict[str, float]:
    """The :data:`FEATURES` of one sentence; ``words`` must not be empty."""
    n = len(words)
    freqs = [frequency(w.replace(MEDIOPUNKT, "-")) for w in words]
    nouns = [w for i, w in enumerate(words) if _is_noun(w, i)]
    nominal = [w for w in nouns if w.lower().endswith(NOMINAL_SUFFIXES)]
    return {
        "log_words": math.log(n),
        "mean_zipf": sum(freqs) / n,
        "rare_share": sum(1 for z in freqs if z < RARE_ZIPF) / n,
        "jargon": float(jargon),
        "nominal_share": len(nominal) / n,
        "noun_share": len(nouns) / n,
        "depth": float(depth),
    }


def what_makes_it_hard(words: Sequence[str], depth: int = 0,
                       model: DifficultyModel | None = None,
                       rare_examples: Sequence[str] | None = None) -> list[str]:
    """In German, what raises the sentence's predicted difficulty most, by the model's own
    terms (standardised value times weight), with examples from the sentence: "24 Wörter",
    "seltene Wörter wie „Haftungsfreistellung“". Blind reviewers called the readability
    finding's bare "Vereinfachen Sie ihn" little direction."""
    model = model or default_model()
    words = [w for w in words if any(map(str.isalpha, w))]
    if not words:
        return []
    values = sentence_features(words, 0, depth)
    part = {f: w * (values[f] - m) / sd for f, m, sd, w in
            zip(model.features, model.means, model.scales, model.weights, strict=True)}
    # the example: the caller's choice of words a reader may really not know (names and
    # transparent compounds left out), else every word below the model's threshold
    pool = words if rare_examples is None else rare_examples
    rare = sorted((w for w in pool if zipf(w.replace(MEDIOPUNKT, "-")) < RARE_ZIPF
                   and len(w) > 3), key=lambda w: (-len(w), w))
    # the example matches the message's "-ung, -heit oder -keit" ("Ladestationen" counts for
    # the model, but named as an -ung noun it misled a blind reviewer, review 21)
    nominal = [w for i, w in enumerate(words)
               if _is_noun(w, i) and w.lower().endswith(NAMED_SUFFIXES)]
    reasons = [  # one example each: "wie „A“ und „B“" inside a list of reasons reads badly
        (part["log_words"], f"{len(words)} Wörter"),
        (part["nominal_share"],
         f"Nomen auf -ung, -heit oder -keit wie „{nominal[0]}“" if nominal else ""),
        (part["rare_share"] + part["mean_zipf"], f"seltene Wörter wie „{rare[0]}“" if rare else ""),
        (part["depth"], "Nebensätze in Nebensätzen" if depth >= 2 else ""),
    ]
    # the length first where it counts (the reader sees it first), then by weight
    kept = [r for r in reasons if r[0] > 0 and r[1]]
    ranked = kept[:1] if kept and kept[0] is reasons[0] else []
    ranked += sorted((r for r in kept if r is not reasons[0]), key=lambda r: -r[0])
    return [text for _, text in ranked[:3]]


def rating_to_difficulty(rating: float, scale: tuple[float, float] = (1.0, 7.0)) -> float:
    """Map a rating on ``scale`` linearly onto 0..20 (clipped)."""
    low, high = scale
    return min(20.0, max(0.0, 20.0 * (rating - low) / (high - low)))


def load_model(path: Path = MODEL_FILE) -> DifficultyModel:
    """Read the stored coefficients; they must name exactly :data:`FEATURES`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        coef = data["coefficients"]
        features = tuple(coef)
        if features != FEATURES:
            raise ConfigError(f"{path}: Merkmale {features} passen nicht zu {FEATURES}.")
        return DifficultyModel(
            features=features,
            means=tuple(float(coef[f]["mean"]) for f in features),
            scales=tuple(float(coef[f]["sd"]) for f in features),
            weights=tuple(float(coef[f]["weight"]) for f in features),
            intercept=float(data["intercept"]),
            rating_scale=(float(data["rating_scale"][0]), float(data["rating_scale"][1])),
            meta={k: v for k, v in data.items()
                  if k not in {"coefficients", "intercept", "rating_scale"}},
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"Das Schwierigkeitsmodell {path} ist ungültig: {exc}") from exc


@lru_cache(maxsize=1)
def default_model() -> DifficultyModel:
    return load_model()
