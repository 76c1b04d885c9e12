"""How good are the word lists on real text?

1. Admin texts (../shared/data/admin-texts): draws N word-list findings at random (fixed seed)
   and prints each with its context for review. With --judgements FILE (TSV: key, verdict
   ok|wrong, note) it reports the share a plain-language editor would accept.
2. Plain texts (simple side of DEplain-web, Klexikon): word-list findings per 1,000 words
   (a plain text should be nearly clean), with the most frequent hits.

    python benchmarks/bench_wordlists.py [--sample 150]
        [--judgements benchmarks/judgements/wordlists.tsv]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify import get_simplifier  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
WORDLIST_RULES = {"SIM-J001", "SIM-J002", "SIM-J005", "SIM-N001", "SIM-A001"}


def finding_key(doc: str, f) -> str:  # noqa: ANN001
    return f"{doc}:{f.start}:{f.rule}"


def context(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def admin_sample(n: int, seed: int) -> list[tuple[str, str, object]]:
    simp = get_simplifier()
    found = []
    for path in sorted((DATA / "admin-texts" / "docs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for f in simp.analyze(text, "formular").findings:
            if f.rule in WORDLIST_RULES:
                found.append((path.stem, text, f))
    print(f"admin-texts: {len(found)} word-list findings in 30 documents")
    by_rule = Counter(f.rule for _, _, f in found)
    print("  by rule: " + ", ".join(f"{r} {n}" for r, n in sorted(by_rule.items())))
    # stable sampling: an item's place depends only on its own key, so a change elsewhere
    # does not reshuffle the sample and earlier judgements stay usable
    found.sort(key=lambda x: hashlib.sha1(f"{seed}:{finding_key(x[0], x[2])}".encode()).digest())
    return found[:n]


def plain_rates() -> None:
    simp = get_simplifier()
    corpora: dict[str, list[str]] = {"DEplain-web simple side": [], "Klexikon": []}
    dep = DATA / "deplain-web" / "document_pairs_open.csv"
    if dep.exists():
        csv.field_size_limit(10_000_000)
        with dep.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                corpora["DEplain-web simple side"].append(row.get("simplification") or "")
    for p in sorted((DATA / "klexikon" / "klexikon").glob("*.txt")):
        corpora["Klexikon"].append(p.read_text(encoding="utf-8"))
    for name, texts in corpora.items():
        words, hits = 0, Counter()
        for t in texts:
            if not t.strip():
                continue
            r = simp.analyze(t, "formular", suggest=False)
            words += r.scores.get("words", 0)
            for f in r.findings:
                if f.rule in WORDLIST_RULES:
                    hits[(f.rule, f.text.lower())] += 1
        total = sum(hits.values())
        rate = 1000 * total / words if words else 0.0
        print(f"{name}: {len(texts)} texts, {words} words, {total} word-list findings = "
              f"{rate:.2f} per 1,000 words")
        for (rule, word), n in hits.most_common(12):
            print(f"    {n:3d}  {rule}  {word}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=150)
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--judgements", type=Path, default=None)
    ap.add_argument("--write-template", type=Path, default=None,
                    help="write a TSV to fill in with verdicts")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"{DATA} not found: this benchmark needs ../shared/data (not part of the repo).")
        return 0
    sample = admin_sample(args.sample, args.seed)
    verdicts: dict[tuple[str, str], tuple[str, str]] = {}
    if args.judgements and args.judgements.exists():
        with args.judgements.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                sugg = row["suggestion"].removeprefix("→ ").strip()
                verdicts[(row["key"], sugg)] = (row["verdict"], row.get("note", ""))
    ok = judged = 0
    rows = []
    for doc, text, f in sample:
        key = finding_key(doc, f)
        sugg = f.suggestions[0].replacement if f.suggestions else "-"
        # a verdict counts only for the suggestion it judged
        verdict, note = verdicts.get((key, sugg.strip()), ("", ""))
        if verdict:
            judged += 1
            ok += verdict == "ok"
        print(f"{key}\t{f.rule}\t{context(text, f.start, f.end)}\t→ {sugg}\t{verdict} {note}")
        rows.append((key, f.rule, context(text, f.start, f.end), sugg, verdict, note))
    if args.write_template:
        with args.write_template.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["key", "rule", "context", "suggestion", "verdict", "note"])
            w.writerows(rows)
    if judged:
        print(f"\naccepted by review: {ok} of {judged} = {100 * ok / judged:.1f} %")
    print()
    plain_rates()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
