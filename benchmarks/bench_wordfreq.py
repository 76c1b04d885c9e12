"""Calibrate the word-frequency thresholds of the long-word rule (SIM-W001 ``everyday_zipf``)
and the rare-word rule (SIM-W002 ``rare_zipf``) on plain texts (Klexikon, DEplain-web simple
side) versus administrative texts (shared/data/admin-texts), profile ``formular``.

    python benchmarks/bench_wordfreq.py

Long words: every word the long-word rule would flag without the frequency test, with its
Zipf value (form or lemma, wordfreq German); printed per corpus as a distribution, and for each
candidate threshold the share of hints that would go on each side. Plain texts are written for
lay readers, so the long words they use are the ones lay readers handle; a threshold should
drop many of those and few of the administrative ones.

Rare words: for each candidate threshold, the rare-word hints per 1,000 words on each corpus
(the rule with all its exclusions), and the distribution of Zipf values of the words it flags.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_findings import DATA, corpus  # noqa: E402

from simplify import Simplifier  # noqa: E402
from simplify.checks.rare import CONTENT  # noqa: E402
from simplify.rarity import token_zipf  # noqa: E402
from simplify.rules import default_rules  # noqa: E402

CORPORA = ("klexikon", "deplain", "admin")
BINS = (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 99)
LONG_THRESHOLDS = (2.5, 2.75, 3.0, 3.25, 3.5)
RARE_THRESHOLDS = (1.5, 2.0, 2.5, 3.0)


def _with_params(rule_id: str, **params: float) -> dict:
    rules = {k: v.model_copy(deep=True) for k, v in default_rules().items()}
    if rule_id in rules:
        rules[rule_id].params.update(params)
    return rules


def _bin(z: float) -> str:
    lo = 0.0
    for hi in BINS:
        if z < hi:
            return f"{lo:.1f}-{hi:.1f}" if hi < 99 else f">={lo:.1f}"
        lo = hi
    return "?"


def long_words(texts: dict[str, list[str]]) -> None:
    simp = Simplifier(rules=_with_params("SIM-W001", everyday_zipf=99))
    print("Long words (SIM-W001) without the frequency test: Zipf of form or lemma")
    values: dict[str, list[tuple[float, str]]] = {}
    for name in CORPORA:
        vals = []
        for text in texts[name]:
            doc = simp.nlp(text[:100_000])
            report = simp.report_for_doc(doc, simp.profile("formular"), enable={"SIM-W001"},
                                         suggest=False)
            for f in report.findings:
                span = doc.char_span(f.start, f.end, alignment_mode="expand")
                if span is not None:
                    vals.append((token_zipf(span[0]), f.text))
        values[name] = vals
        hist = Counter(_bin(z) for z, _ in vals)
        print(f"  {name:9s} {len(vals):4d} hints  " +
              "  ".join(f"{b}: {hist[b]}" for b in sorted(hist)))
    print("  threshold: hints dropped (share) per corpus; examples of dropped admin words")
    for th in LONG_THRESHOLDS:
        cells = []
        for name in CORPORA:
            vals = values[name]
            n = sum(1 for z, _ in vals if z >= th)
            cells.append(f"{name} {n}/{len(vals)} ({100 * n / max(len(vals), 1):.0f} %)")
        dropped = sorted({w for z, w in values["admin"] if z >= th})[:8]
        print(f"    {th:4.2f}  " + "  ".join(cells) + f"   admin: {', '.join(dropped)}")


def content_zipf(texts: dict[str, list[str]], simp: Simplifier) -> None:
    """The distribution the rare-word threshold cuts: Zipf of every content word (form or
    lemma; names, numbers and codes left out), per corpus, as the share below each value."""
    print("Content words (NN, ADJ, ADV, VV; no names): share with Zipf below ...")
    for name in CORPORA:
        zs = []
        for text in texts[name]:
            for t in simp.nlp(text[:100_000]):
                if t.tag_ in CONTENT and t.is_alpha and sum(c.isupper() for c in t.text) < 2:
                    zs.append(token_zipf(t))
        cells = [f"<{b:.1f}: {100 * sum(z < b for z in zs) / max(len(zs), 1):4.1f} %"
                 for b in BINS[:-1]]
        print(f"  {name:9s} {len(zs):6d} words  " + "  ".join(cells))


def rare_words(texts: dict[str, list[str]]) -> None:
    if "SIM-W002" not in default_rules():
        return
    chosen = default_rules()["SIM-W002"].params.get("rare_zipf")
    print(f"Rare words (SIM-W002): hints per 1,000 words by threshold (chosen: {chosen})")
    for th in RARE_THRESHOLDS:
        simp = Simplifier(rules=_with_params("SIM-W002", rare_zipf=th))
        cells, seen = [], {}
        for name in CORPORA:
            words = hints = 0
            flagged: Counter[str] = Counter()
            for text in texts[name]:
                report = simp.analyze(text[:100_000], "formular", enable={"SIM-W002"},
                                      suggest=False)
                words += report.scores.get("words", 0)
                hints += len(report.findings)
                flagged.update(f.text for f in report.findings)
            cells.append(f"{name} {hints:4d} = {1000 * hints / max(words, 1):5.1f}")
            seen[name] = flagged
        print(f"    {th:4.2f}  " + "  ".join(cells))
        for name in ("klexikon", "admin"):
            print(f"          {name}: {', '.join(w for w, _ in seen[name].most_common(12))}")


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} not found: this benchmark needs the shared data.")
        return 0
    texts = {name: [t for _, t in corpus(name)] for name in CORPORA}
    long_words(texts)
    content_zipf(texts, Simplifier())
    rare_words(texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
