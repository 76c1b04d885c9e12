"""How often and how well simplify suggests a way out.

1. corpus/: share of findings that carry a verified suggestion, per family.
2. ../shared/data/admin-texts: apply all suggestions (non-overlapping, first per finding),
   report how the document scores change, check mechanically that no suggestion changed a
   number, date or § reference, and print N random suggestions with context for review; with
   --judgements FILE (TSV key, verdict ok|wrong, note) it reports the share judged correct.

    python benchmarks/bench_suggestions.py [--sample 100]
        [--judgements benchmarks/judgements/suggestions.tsv]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify import get_simplifier  # noqa: E402
from simplify.fix import apply_suggestions  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
NUMBERS = re.compile(r"\d[\d.,:/-]*\d|\d|§+")


def corpus_coverage() -> None:
    simp = get_simplifier()
    total, with_sugg = Counter(), Counter()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        if path.name.endswith(".plain.txt"):
            continue
        for f in simp.analyze(path.read_text(encoding="utf-8")).findings:
            total[f.family] += 1
            with_sugg[f.family] += bool(f.suggestions)
    print("corpus/: findings with a verified suggestion, per family")
    for fam in sorted(total):
        print(f"  {fam:12s} {with_sugg[fam]:4d} of {total[fam]:4d} = "
              f"{100 * with_sugg[fam] / total[fam]:5.1f} %")
    n, k = sum(total.values()), sum(with_sugg.values())
    print(f"  {'all':12s} {k:4d} of {n:4d} = {100 * k / n:5.1f} %")


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…".replace("\t", " ")


def admin(sample: int, seed: int, judgements: Path | None, template: Path | None) -> None:
    simp = get_simplifier()
    items = []
    changed_numbers = 0
    print("\nadmin-texts: document scores before -> after applying all suggestions")
    print(f"  {'document':48s} {'index':>12s} {'Flesch':>14s} {'words/sent':>12s} applied")
    for path in sorted((DATA / "admin-texts" / "docs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        before = simp.analyze(text)
        new_text, applied = apply_suggestions(text, before.findings, rewrite=True)
        after = simp.analyze(new_text, suggest=False)
        b, a = before.scores, after.scores
        print(f"  {path.stem[:48]:48s} {b['verstaendlichkeitsindex']:5.1f} -> "
              f"{a['verstaendlichkeitsindex']:4.1f} {b['flesch_amstad']:6.1f} -> "
              f"{a['flesch_amstad']:5.1f} {b['avg_sentence_length']:5.1f} -> "
              f"{a['avg_sentence_length']:4.1f} {len(applied):4d}")
        for f, s in applied:
            old = Counter(NUMBERS.findall(text[s.start:s.end]))
            new = Counter(NUMBERS.findall(s.replacement))
            if old != new and s.kind != "explain":
                changed_numbers += 1
            items.append((f"{path.stem}:{s.start}:{f.rule}", f, s, text))
    print(f"\nsuggestions applied: {len(items)}; changing a number, date or §: {changed_numbers}")
    kinds = Counter((f.rule, s.kind) for _, f, s, _ in items)
    print("  by rule and kind: " + ", ".join(f"{r}/{k} {n}" for (r, k), n in
                                             sorted(kinds.items())))
    verdicts: dict[str, str] = {}
    if judgements and judgements.exists():
        with judgements.open(encoding="utf-8") as fh:
            verdicts = {(r["key"], r["suggestion"].strip()): r["verdict"]
                        for r in csv.DictReader(fh, delimiter="\t")}
    # stable sampling (see bench_wordlists.py); a verdict counts only for the same suggestion
    items.sort(key=lambda it: hashlib.sha1(f"{seed}:{it[0]}".encode()).digest())
    ok = judged = 0
    rows = []
    print(f"\n{sample} random suggestions for review (key, rule, context, suggestion, verdict):")
    for key, f, s, text in items[:sample]:
        v = verdicts.get((key, s.replacement.replace("\t", " ").strip()), "")
        if v:
            judged += 1
            ok += v == "ok"
        ctx = context(text, s.start, s.end)
        print(f"{key}\t{f.rule}\t{ctx}\t→ {s.replacement}\t{v}")
        rows.append((key, f.rule, ctx, s.replacement.replace("\t", " "), v, ""))
    if template:
        with template.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["key", "rule", "context", "suggestion", "verdict", "note"])
            w.writerows(rows)
    if judged:
        print(f"\njudged correct: {ok} of {judged} = {100 * ok / judged:.1f} %")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--judgements", type=Path, default=None)
    ap.add_argument("--write-template", type=Path, default=None,
                    help="write a TSV to fill in with verdicts")
    args = ap.parse_args()
    corpus_coverage()
    if not DATA.exists():
        print(f"{DATA} not found: the admin-texts part needs ../shared/data.")
        return 0
    admin(args.sample, args.seed, args.judgements, args.write_template)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
