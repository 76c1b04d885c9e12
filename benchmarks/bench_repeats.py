"""How many findings repeat a word already flagged in the same text (issue 14)? Findings and
places per rule on the project's corpus and the admin texts, profile ``formular``, through the
document service (which groups the repeats of word-level rules).

    python benchmarks/bench_repeats.py [--data /work/shared/data]

For every rule it also prints how much grouping *would* save if the rule were word-level
(same rule and same casefolded passage), so that the choice of ``scope: word`` in the rule
data can be checked against the texts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify.rules import default_rules  # noqa: E402
from simplify.service import DocumentService  # noqa: E402


def texts(data: Path) -> dict[str, list[str]]:
    corpus = sorted(p for p in (ROOT / "corpus").glob("*.txt") if ".plain." not in p.name)
    out = {"corpus": [p.read_text(encoding="utf-8") for p in corpus], "admin-texts": []}
    docs = data / "admin-texts" / "docs"
    if docs.is_dir():
        out["admin-texts"] = [p.read_text(encoding="utf-8") for p in sorted(docs.glob("*.txt"))]
    else:
        print(f"({docs} fehlt: nur das eigene Korpus)")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--profile", default="formular")
    args = ap.parse_args()
    data = args.data if args.data.is_dir() else Path("/work/shared/data")
    service = DocumentService()
    rules = default_rules()
    for name, docs in texts(data).items():
        if not docs:
            continue
        findings, places = Counter(), Counter()
        would = Counter()  # findings per rule if every rule grouped by its casefolded passage
        for text in docs:
            report = service.check_text(text, profile=args.profile)
            for f in report.findings:
                findings[f.rule] += 1
                places[f.rule] += 1 + len(f.repeats)
            seen = set()
            for f in report.all_findings():
                key = (f.rule, " ".join(f.text.split()).casefold())
                if key not in seen:
                    seen.add(key)
                    would[f.rule] += 1
        total_f, total_p = sum(findings.values()), sum(places.values())
        print(f"\n{name}: {len(docs)} Texte, {total_p} Stellen -> {total_f} Hinweise "
              f"({100 * (total_p - total_f) / max(1, total_p):.1f} % der Stellen sind "
              "Wiederholungen eines Wortes)")
        print(f"{'Regel':<9} {'Bereich':<9} {'Stellen':>7} {'Hinweise':>8} {'gespart':>7} "
              f"{'wenn Wortebene':>14}")
        for rid, n in places.most_common():
            scope = rules[rid].scope if rid in rules else "-"
            saved = n - findings[rid]
            print(f"{rid:<9} {scope:<9} {n:>7} {findings[rid]:>8} {saved:>7} "
                  f"{n - would[rid]:>14}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
