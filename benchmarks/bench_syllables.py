"""Syllable counting accuracy on the hand-made list tests/data/syllables.tsv.

Usage: python benchmarks/bench_syllables.py

Compares simplify.syllables.count_syllables with pyphen (hyphenation points + 1, per
hyphen-separated part), both with the de_DE dictionary and with the "de" dictionary that
textstat 0.7 loads (pyphen resolves "de" to de_AT). Prints the accuracy, the mean absolute
error, the direction of pyphen's errors and the first 20 words each counter gets wrong.

Note: the rules of the counter were written together with this list, so its figure here is
in-sample; docs/scores.md also reports a held-out check on corpus words.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

import pyphen

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simplify.syllables import count_syllables

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "syllables.tsv"


def pyphen_counter(lang: str) -> Callable[[str], int]:
    """Syllables = hyphenation points + 1, summed over hyphen-separated parts."""
    dic = pyphen.Pyphen(lang=lang)

    def count(word: str) -> int:
        parts = [p for p in word.lower().split("-") if p]
        return sum(len(dic.positions(p)) + 1 for p in parts)

    return count


def evaluate(
    name: str, counter: Callable[[str], int], rows: list[tuple[str, int]]
) -> list[tuple[str, int, int]]:
    wrong = [(w, gold, counter(w)) for w, gold in rows if counter(w) != gold]
    n = len(rows)
    mae = sum(abs(pred - gold) for _, gold, pred in wrong) / n
    under = sum(1 for _, gold, pred in wrong if pred < gold)
    print(
        f"{name:<28} accuracy {100.0 * (n - len(wrong)) / n:6.2f} %"
        f"  ({n - len(wrong)}/{n})  MAE {mae:.3f}  under/over {under}/{len(wrong) - under}"
    )
    return wrong


def main() -> int:
    with open(DATA, encoding="utf-8", newline="") as fh:
        rows = [(r["word"], int(r["syllables"])) for r in csv.DictReader(fh, delimiter="\t")]
    print(f"{len(rows)} words in {DATA.name}\n")
    ours = evaluate("simplify.count_syllables", count_syllables, rows)
    de_de = evaluate("pyphen de_DE (+1)", pyphen_counter("de_DE"), rows)
    evaluate("pyphen de (textstat)", pyphen_counter("de"), rows)

    print("\nwords simplify gets wrong (first 20): word gold predicted")
    for w, gold, pred in ours[:20] or [("(none)", 0, 0)]:
        print(f"  {w:<40} {gold:>3} {pred:>3}")
    print("\nwords pyphen de_DE gets wrong (first 20): word gold predicted")
    for w, gold, pred in de_de[:20]:
        print(f"  {w:<40} {gold:>3} {pred:>3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
