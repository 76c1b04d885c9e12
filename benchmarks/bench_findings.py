"""What does simplify find on administrative texts? Findings per rule and level on the 30
official texts in ``shared/data/admin-texts/docs`` (forms, notices, information pages), so that
changes meant to cut noise on plain texts can be checked for lost true findings.

    python benchmarks/bench_findings.py [--profile formular] [--corpus admin|klexikon|deplain]
                                        [--show SIM-A002] [--save out.tsv] [--compare old.tsv]

``--show RULE`` prints the passages of one rule (to read what a change removed or added);
``--save`` writes the counts as TSV, ``--compare`` prints the difference to a saved run.
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
LEVELS = ("info", "warning", "error")


def corpus(name: str) -> list[tuple[str, str]]:
    """(name, text) pairs of one corpus."""
    if name == "admin":
        return [(p.name, p.read_text(encoding="utf-8"))
                for p in sorted((DATA / "admin-texts" / "docs").glob("*.txt"))]
    if name == "klexikon":
        return [(p.name, p.read_text(encoding="utf-8"))
                for p in sorted((DATA / "klexikon" / "klexikon").glob("*.txt"))]
    csv.field_size_limit(10_000_000)
    with (DATA / "deplain-web" / "document_pairs_open.csv").open(encoding="utf-8",
                                                                  newline="") as fh:
        return [(f"deplain-{i}", r["simplification"]) for i, r in enumerate(csv.DictReader(fh))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", default="formular")
    ap.add_argument("--corpus", default="admin", choices=["admin", "klexikon", "deplain"])
    ap.add_argument("--show", default=None, help="print the passages of this rule")
    ap.add_argument("--save", type=Path, default=None)
    ap.add_argument("--compare", type=Path, default=None)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"{DATA} not found: this benchmark needs the shared data.")
        return 0
    simp = get_simplifier()
    counts: Counter[tuple[str, str]] = Counter()
    words = 0
    docs = corpus(args.corpus)
    for name, text in docs:
        report = simp.analyze(text[:100_000], args.profile, suggest=False)
        words += report.scores.get("words", 0)
        for f in report.findings:
            counts[(f.rule, f.level.value)] += 1
            if f.rule == args.show:
                print(f"  {name}  {f.level.value:7s}  {f.text[:110]!r}")
    print(f"{args.corpus}: {len(docs)} texts, {words} words, profile {args.profile}")
    print(f"{'rule':10s} " + " ".join(f"{lv:>8s}" for lv in LEVELS) + "    total")
    old: dict[tuple[str, str], int] = {}
    if args.compare and args.compare.exists():
        with args.compare.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                old[(row[0], row[1])] = int(row[2])
    rules = sorted({r for r, _ in counts} | {r for r, _ in old})
    for rule in rules:
        cells = []
        for lv in LEVELS:
            n = counts[(rule, lv)]
            diff = n - old.get((rule, lv), 0) if old else 0
            cells.append(f"{n:5d}{f'{diff:+d}':>4s}" if diff else f"{n:5d}    ")
        print(f"{rule:10s} " + " ".join(cells) + f"  {sum(counts[(rule, lv)] for lv in LEVELS):6d}")
    for lv in LEVELS:
        n = sum(v for (_, lev), v in counts.items() if lev == lv)
        print(f"{lv}: {n} ({1000 * n / max(words, 1):.1f} per 1,000 words)")
    if args.save:
        with args.save.open("w", encoding="utf-8") as fh:
            for (rule, lv), n in sorted(counts.items()):
                fh.write(f"{rule}\t{lv}\t{n}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
