"""How noisy is simplify on texts that are already plain? Warnings and errors per 1,000 words
on the Klexikon side (children's encyclopedia) and the simple side of DEplain-web document
pairs, profile ``formular``, with the breakdown by rule.

    python benchmarks/bench_noise.py [--profile formular] [--data DIR]
    python benchmarks/bench_noise.py --admin [--rules SIM-N005,SIM-L004]

``--admin`` counts findings per rule (every level) on the shared admin texts instead
(``admin-texts/docs/*.txt``), optionally only the rules named by ``--rules``; ``--show N``
prints the first N passages of each of those rules for reading them by hand.

Target (issue "Findings an editor would make"): at most 5 warnings and errors per 1,000 words.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify import get_simplifier  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
if not DATA.exists():  # a worktree next to /work/main: the shared data lives in /work/shared
    DATA = Path("/work/shared/data")


def plain_texts() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"klexikon": [], "deplain-simple": []}
    for p in sorted((DATA / "klexikon" / "klexikon").glob("*.txt")):
        out["klexikon"].append(p.read_text(encoding="utf-8"))
    path = DATA / "deplain-web" / "document_pairs_open.csv"
    if path.exists():
        csv.field_size_limit(10_000_000)
        with path.open(encoding="utf-8", newline="") as fh:
            out["deplain-simple"] = [r["simplification"] for r in csv.DictReader(fh)]
    return out


def admin_counts(profile: str, rules: list[str], show: int) -> None:
    """Findings per rule on the admin texts, with ``show`` passages of each named rule."""
    simp = get_simplifier()
    paths = sorted((DATA / "admin-texts" / "docs").glob("*.txt"))
    by_rule: Counter[str] = Counter()
    samples: dict[str, list[str]] = {}
    words = 0
    for p in paths:
        text = p.read_text(encoding="utf-8")
        report = simp.analyze(text[:100_000], profile, suggest=False,
                              enable=rules or None)
        words += report.scores.get("words", 0)
        for f in report.findings:
            by_rule[f.rule] += 1
            if len(samples.setdefault(f.rule, [])) < show:
                line = text[max(0, f.start - 40): f.end + 40].replace("\n", " ")
                samples[f.rule].append(f"{p.name[:30]}: [{f.text}] ... {line}")
    print(f"admin texts: {len(paths)} texts, {words} words")
    for rule, n in sorted(by_rule.items()):
        print(f"    {rule}  {n:5d}")
        for line in samples.get(rule, []):
            print(f"        {line}")


def main() -> int:
    global DATA
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", default="formular")
    ap.add_argument("--data", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--admin", action="store_true", help="count findings on the admin texts")
    ap.add_argument("--rules", default="", help="comma-separated rule ids (with --admin)")
    ap.add_argument("--show", type=int, default=0, help="passages per rule (with --admin)")
    args = ap.parse_args()
    if args.data is not None:
        DATA = args.data
    if not DATA.exists():
        print(f"{DATA} not found: this benchmark needs ../shared/data.")
        return 0
    if args.admin:
        admin_counts(args.profile, [r for r in args.rules.split(",") if r], args.show)
        return 0
    simp = get_simplifier()
    for name, texts in plain_texts().items():
        words = 0
        by_rule: Counter[str] = Counter()
        for text in texts:
            report = simp.analyze(text[:100_000], args.profile, suggest=False)
            words += report.scores.get("words", 0)
            by_rule.update(f.rule for f in report.findings if f.level.rank >= 1)
        total = sum(by_rule.values())
        per_k = 1000 * total / max(words, 1)
        print(f"{name}: {len(texts)} texts, {words} words, {total} warnings and errors = "
              f"{per_k:.1f} per 1,000 words")
        for rule, n in by_rule.most_common():
            print(f"    {rule}  {n:5d}  {1000 * n / max(words, 1):5.2f} per 1,000 words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
