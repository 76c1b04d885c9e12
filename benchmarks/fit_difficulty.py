"""Fit the sentence difficulty on learners' complexity ratings and print cross-validated figures.

Usage: python benchmarks/fit_difficulty.py [--data DIR] [--write]

Data: TextComplexityDE (Naderi et al. 2019; MIT licence), the half shared in
``DIR/textcomplexityde/ratings_half.csv``: German sentences (Wikipedia and Leichte Sprache)
with the mean complexity rating of learners of German on a 7-point scale (``complexity_mos``).

Each sentence goes through the real pipeline (``Simplifier.sentence_counts``: the same words,
word-list hits and clause depth the runtime sees; where the segmenter splits a rated sentence,
the pieces are joined). The model is a ridge regression (lambda = 1) on the standardised
features of ``simplify.difficulty.FEATURES``. Figures: Pearson r in 5-fold cross-validation
(fixed shuffle, seed 0) per fold and mean, the same folds for ln(words) alone and for the
former surface difficulty, and the mean over 20 further random 5-fold splits. ``--write``
refits on all sentences and stores the coefficients in ``rules/models/difficulty.yaml``; nothing is
fitted at run time. No sentence of the data set is written anywhere.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simplify.analyzer import Simplifier  # noqa: E402
from simplify.difficulty import FEATURES, MODEL_FILE, sentence_features  # noqa: E402
from simplify.scores import SentenceCounts, index_components  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data")
DATASET = "TextComplexityDE ratings_half.csv (complexity_mos, 7-point scale)"
RIDGE_LAMBDA = 1.0
FOLDS = 5
SEED = 0
# The former sentence difficulty (20 - surface index of the sentence), kept here only to
# compare: FRE, WSTF1, LIX, sentence, clause and word length, long words, long clauses.
SURFACE = {"flesch_amstad": 0.15, "wstf1": 0.05, "lix": 0.10, "avg_sentence_length": 0.25,
           "avg_clause_length": 0.05, "avg_word_length": 0.10, "pct_words_over_6_letters": 0.05,
           "pct_clauses_over_12_words": 0.05}


def joined(parts: list[SentenceCounts]) -> SentenceCounts:
    """One SentenceCounts for a rated sentence the segmenter cut into pieces."""
    return SentenceCounts(
        words=[w for p in parts for w in p.words],
        clause_lengths=[c for p in parts for c in p.clause_lengths],
        jargon=sum(p.jargon for p in parts),
        depth=max((p.depth for p in parts), default=0),
    )


def surface_difficulty(counts: SentenceCounts) -> float:
    from simplify.scores import _raw_metrics
    from simplify.syllables import count_syllables

    metrics = _raw_metrics([counts], count_syllables)
    assert metrics is not None
    comps = index_components(metrics)
    return 20.0 - sum(comps[k] * w for k, w in SURFACE.items()) / sum(SURFACE.values())


def load(data: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Feature matrix, ratings, former surface difficulty, source types."""
    simplifier = Simplifier()
    with open(data / "textcomplexityde" / "ratings_half.csv", encoding="utf-8",
              newline="") as fh:
        rows = list(csv.DictReader(fh))
    feats, ratings, surface, sources = [], [], [], []
    for row in rows:
        counts = joined(simplifier.sentence_counts(row["sentence"]))
        if not counts.words:
            continue
        values = sentence_features(counts.words, counts.jargon, counts.depth)
        feats.append([values[f] for f in FEATURES])
        ratings.append(float(row["complexity_mos"]))
        surface.append(surface_difficulty(counts))
        sources.append(row["source_type"])
    return np.array(feats), np.array(ratings), np.array(surface), sources


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Means, standard deviations, weights (per standard deviation) and intercept."""
    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    z = (x - mean) / sd
    w = np.linalg.solve(z.T @ z + RIDGE_LAMBDA * np.eye(x.shape[1]), z.T @ (y - y.mean()))
    return mean, sd, w, float(y.mean())


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray, float], x: np.ndarray) -> np.ndarray:
    mean, sd, w, b = model
    return ((x - mean) / sd) @ w + b


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def cv(x: np.ndarray, y: np.ndarray, seed: int) -> list[float]:
    idx = np.random.default_rng(seed).permutation(len(y))
    out = []
    for test in np.array_split(idx, FOLDS):
        train = np.setdiff1d(idx, test)
        out.append(pearson(predict(fit(x[train], y[train]), x[test]), y[test]))
    return out


def out_of_fold(x: np.ndarray, y: np.ndarray, seed: int) -> np.ndarray:
    idx = np.random.default_rng(seed).permutation(len(y))
    pred = np.empty(len(y))
    for test in np.array_split(idx, FOLDS):
        train = np.setdiff1d(idx, test)
        pred[test] = predict(fit(x[train], y[train]), x[test])
    return pred


def fold_pearson(values: np.ndarray, y: np.ndarray, seed: int) -> list[float]:
    """Pearson of a fixed score per fold (nothing to fit: a linear rescaling keeps r)."""
    idx = np.random.default_rng(seed).permutation(len(y))
    return [pearson(values[t], y[t]) for t in np.array_split(idx, FOLDS)]


def fmt(rs: list[float]) -> str:
    return f"mean {np.mean(rs):.3f}  folds " + " ".join(f"{r:.3f}" for r in rs)


def write_model(model, n: int, cv_rs: list[float], base_rs: list[float]) -> None:
    mean, sd, w, b = model
    lines = [
        "# Sentence difficulty: ridge regression on learners' complexity ratings.",
        "# Written by benchmarks/fit_difficulty.py --write; do not edit by hand.",
        "# Data: TextComplexityDE (Naderi, Mohtaj, Ensikat, Moeller 2019), MIT licence, Quality",
        "# and Usability Lab, TU Berlin; only these coefficients are stored, no sentence.",
        "# prediction = intercept + sum(weight * (value - mean) / sd), a rating on rating_scale;",
        "# simplify maps it onto 0..20 (docs/scores.md, 'Sentence difficulty').",
        f"fitted: {dt.date.today().isoformat()}",
        f"dataset: {DATASET}",
        f"n: {n}",
        f"ridge_lambda: {RIDGE_LAMBDA}",
        f"cv_pearson: {np.mean(cv_rs):.3f}  # {FOLDS}-fold, seed {SEED}",
        "cv_pearson_folds: [" + ", ".join(f"{r:.3f}" for r in cv_rs) + "]",
        f"baseline_log_words_pearson: {np.mean(base_rs):.3f}  # same folds",
        "rating_scale: [1, 7]",
        f"intercept: {b:.4f}",
        "coefficients:",
    ]
    for f, m, s, wt in zip(FEATURES, mean, sd, w, strict=True):
        lines.append(f"  {f}: {{mean: {m:.4f}, sd: {s:.4f}, weight: {wt:.4f}}}")
    MODEL_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nwrote {MODEL_FILE.relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write", action="store_true", help="store the refitted coefficients")
    args = parser.parse_args(argv)
    if not (args.data / "textcomplexityde" / "ratings_half.csv").is_file():
        print(f"{args.data}/textcomplexityde/ratings_half.csv not found: nothing to fit.")
        return 0
    x, y, surface, sources = load(args.data)
    log_words = x[:, FEATURES.index("log_words")]
    print(f"{DATASET}: n = {len(y)}  "
          + ", ".join(f"{s} {sources.count(s)}" for s in sorted(set(sources))))
    cv_rs = cv(x, y, SEED)
    base_rs = fold_pearson(log_words, y, SEED)
    print(f"\n{FOLDS}-fold CV Pearson r (seed {SEED})")
    print(f"  fitted model ({len(FEATURES)} features)   {fmt(cv_rs)}")
    print(f"  ln(words) alone                {fmt(base_rs)}")
    print(f"  former surface difficulty      {fmt(fold_pearson(surface, y, SEED))}")
    repeats = [float(np.mean(cv(x, y, seed))) for seed in range(1, 21)]
    base_rep = [float(np.mean(fold_pearson(log_words, y, seed))) for seed in range(1, 21)]
    print(f"  20 further splits: model mean {np.mean(repeats):.3f} (min {min(repeats):.3f}),"
          f" ln(words) mean {np.mean(base_rep):.3f}")
    oof = out_of_fold(x, y, SEED)
    wiki = np.array([s == "wikipedia" for s in sources])
    print(f"  Wikipedia sentences only ({wiki.sum()}), out-of-fold predictions:"
          f" r = {pearson(oof[wiki], y[wiki]):.3f}; ln(words) r = "
          f"{pearson(log_words[wiki], y[wiki]):.3f}")
    model = fit(x, y)
    print(f"  in-sample fit on all {len(y)} (optimistic)  r = {pearson(predict(model, x), y):.3f}")
    print("\ncoefficients (full fit; weight per standard deviation of the feature)")
    mean, sd, w, b = model
    for f, m, s, wt in zip(FEATURES, mean, sd, w, strict=True):
        r = pearson(x[:, FEATURES.index(f)], y)
        print(f"  {f:<14} weight {wt:+.3f}  mean {m:7.3f}  sd {s:6.3f}  r alone {r:+.3f}")
    print(f"  intercept {b:.3f}")
    if args.write:
        write_model(model, len(y), cv_rs, base_rs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
