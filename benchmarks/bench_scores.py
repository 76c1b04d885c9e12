"""Readability scores on the public data in /work/shared/data (calibration figures).

Usage: python benchmarks/bench_scores.py [DATA_DIR]

Corpora: Klexikon vs Wikipedia (document pairs), DEplain-web simple vs original (document
pairs and sentence pairs), admin-texts (official documents). Every text goes through the
real pipeline (``Simplifier.sentence_counts``): the sentences, words, clauses, word-list hits
and clause depths the scores see at run time. The numbers reproduce the calibration table in
docs/scores.md; the whole run takes about four minutes on one core.
"""

from __future__ import annotations

import csv
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simplify.analyzer import Simplifier
from simplify.scores import (
    Scores,
    SentenceCounts,
    document_scores,
    sentence_difficulty,
)

DEFAULT_DATA = Path("/work/shared/data")
_SIMPLIFIER: list[Simplifier] = []


def doc_from_text(text: str) -> list[SentenceCounts]:
    """The sentences of ``text`` with words, as the pipeline counts them."""
    if not _SIMPLIFIER:
        _SIMPLIFIER.append(Simplifier())
    return [c for c in _SIMPLIFIER[0].sentence_counts(text) if c.words]


def _mean(values: list[float | None]) -> float:
    vals = [v for v in values if v is not None]
    return statistics.fmean(vals) if vals else float("nan")


def summary(label: str, scores: list[Scores]) -> str:
    return (
        f"  {label:<22} n={len(scores):>4}"
        f"  index={_mean([s.verstaendlichkeitsindex for s in scores]):5.2f}"
        f"  FRE={_mean([s.flesch_amstad for s in scores]):6.2f}"
        f"  LIX={_mean([s.lix for s in scores]):5.2f}"
        f"  WSTF1={_mean([s.wstf1 for s in scores]):5.2f}"
        f"  WSTF4={_mean([s.wstf4 for s in scores]):5.2f}"
        f"  gSMOG={_mean([s.gsmog for s in scores]):5.2f}"
        f"  SL={_mean([s.avg_sentence_length for s in scores]):5.2f}"
        f"  diff={_mean([s.avg_sentence_difficulty for s in scores]):5.2f}"
        f"  jargon={_mean([s.jargon_per_100_words for s in scores]):5.2f}"
    )


def share_higher(easy: list[Scores], hard: list[Scores]) -> tuple[int, int]:
    pairs = [
        (e.verstaendlichkeitsindex, h.verstaendlichkeitsindex)
        for e, h in zip(easy, hard, strict=True)
        if e.verstaendlichkeitsindex is not None and h.verstaendlichkeitsindex is not None
    ]
    return sum(1 for e, h in pairs if e > h), len(pairs)


def load_klexikon(data: Path) -> tuple[list[list[SentenceCounts]], list[list[SentenceCounts]]]:
    kle, wiki = [], []
    for path in sorted((data / "klexikon" / "klexikon").glob("*.txt")):
        other = data / "klexikon" / "wiki" / path.name
        if other.exists():
            kle.append(doc_from_text(path.read_text(encoding="utf-8")))
            wiki.append(doc_from_text(other.read_text(encoding="utf-8")))
    return kle, wiki


def load_deplain(data: Path, name: str, simple_col: str, orig_col: str) -> list[dict[str, str]]:
    with open(data / "deplain-web" / name, encoding="utf-8", newline="") as fh:
        return [
            {"simple": row[simple_col], "original": row[orig_col]} for row in csv.DictReader(fh)
        ]


def load_admin(data: Path) -> list[tuple[str, list[SentenceCounts]]]:
    docs = []
    for path in sorted((data / "admin-texts" / "docs").glob("*.txt")):
        docs.append((path.stem, doc_from_text(path.read_text(encoding="utf-8"))))
    return docs


def report_pairs(
    title: str, easy: list[Scores], hard: list[Scores], easy_label: str, hard_label: str
) -> None:
    print(title)
    print(summary(easy_label, easy))
    print(summary(hard_label, hard))
    wins, total = share_higher(easy, hard)
    print(f"  {easy_label} index higher in {wins}/{total} pairs ({100.0 * wins / total:.1f} %)")
    pairs = [(e.avg_sentence_difficulty, h.avg_sentence_difficulty) for e, h in zip(easy, hard)
             if e.avg_sentence_difficulty is not None and h.avg_sentence_difficulty is not None]
    wins = sum(1 for e, h in pairs if e < h)
    print(f"  {easy_label} mean sentence difficulty lower in {wins}/{len(pairs)} pairs"
          f" ({100.0 * wins / len(pairs):.1f} %)")


def verbatim_share(simple: list[SentenceCounts], original: list[SentenceCounts]) -> float:
    """Share of the simple side's sentences that occur word for word in the original."""
    orig = {tuple(c.words) for c in original}
    return sum(1 for c in simple if tuple(c.words) in orig) / len(simple)


def report_rewritten(simple: list[list[SentenceCounts]], orig: list[list[SentenceCounts]],
                     easy: list[Scores], hard: list[Scores]) -> None:
    """The misses split by how much of the simple side is the original copied."""
    copied = [verbatim_share(s, o) >= 0.5 for s, o in zip(simple, orig, strict=True)]
    for flag, label in ((False, "rewritten (< 50 % of sentences copied)"),
                        (True, "mostly copied (>= 50 % copied verbatim)")):
        idx = [i for i, c in enumerate(copied) if c is flag]
        diff = sum(1 for i in idx
                   if easy[i].avg_sentence_difficulty < hard[i].avg_sentence_difficulty)
        index = sum(1 for i in idx
                    if easy[i].verstaendlichkeitsindex > hard[i].verstaendlichkeitsindex)
        print(f"    {label:<42} n={len(idx):>3}  easier by difficulty {diff}/{len(idx)},"
              f" by index {index}/{len(idx)}")
    # the misses one by one: row, copied share, simple minus original (difficulty, index)
    misses = []
    for i, (s, o, e, h) in enumerate(zip(simple, orig, easy, hard, strict=True)):
        diff_gap = e.avg_sentence_difficulty - h.avg_sentence_difficulty
        index_gap = e.verstaendlichkeitsindex - h.verstaendlichkeitsindex
        if diff_gap >= 0 or index_gap <= 0:
            misses.append(f"{i}: {verbatim_share(s, o):.0%} copied, difficulty {diff_gap:+.2f},"
                          f" index {index_gap:+.2f}")
    print("    misses (CSV row from 0):\n      " + "\n      ".join(misses))


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    if not (data / "klexikon").is_dir():
        print(f"{data} not found: shared data missing, nothing to benchmark.")
        return 0

    kle_docs, wiki_docs = load_klexikon(data)
    report_pairs(
        "Klexikon vs Wikipedia (document pairs)",
        [document_scores(d) for d in kle_docs],
        [document_scores(d) for d in wiki_docs],
        "klexikon",
        "wikipedia",
    )

    rows = load_deplain(data, "document_pairs_open.csv", "simplification", "original")
    simple_docs = [doc_from_text(r["simple"]) for r in rows]
    orig_docs = [doc_from_text(r["original"]) for r in rows]
    easy, hard = [document_scores(d) for d in simple_docs], [document_scores(d) for d in orig_docs]
    report_pairs("\nDEplain-web documents (simple vs original)", easy, hard, "simple",
                 "original")
    report_rewritten(simple_docs, orig_docs, easy, hard)

    rows = load_deplain(data, "sentence_pairs_open.csv", "simplification", "original")
    simple_sents = [doc_from_text(r["simple"]) for r in rows]
    orig_sents = [doc_from_text(r["original"]) for r in rows]
    report_pairs(
        "\nDEplain-web sentence pairs (each side scored as a small document)",
        [document_scores(d) for d in simple_sents],
        [document_scores(d) for d in orig_sents],
        "simple",
        "original",
    )
    simple_diff = [max(sentence_difficulty(s) for s in d) for d in simple_sents if d]
    orig_diff = [max(sentence_difficulty(s) for s in d) for d in orig_sents if d]
    print(
        f"  sentence_difficulty (hardest sentence per side): simple {_mean(simple_diff):.2f}"
        f"  original {_mean(orig_diff):.2f}"
    )
    harder = sum(
        1
        for s, o in zip(simple_sents, orig_sents, strict=True)
        if s and o and max(map(sentence_difficulty, s)) < max(map(sentence_difficulty, o))
    )
    print(f"  simple side's hardest sentence easier in {harder}/{len(rows)} pairs")

    print("\nadmin-texts (official documents)")
    admin = [(name, document_scores(doc)) for name, doc in load_admin(data)]
    groups: dict[str, list[Scores]] = {}
    for name, sc in admin:
        groups.setdefault(name.split("_")[0], []).append(sc)
    print(summary("all", [sc for _, sc in admin]))
    for group, scs in sorted(groups.items()):
        print(summary(group, scs))
    for name, sc in admin:
        print(
            f"    {name[:48]:<48} index={sc.verstaendlichkeitsindex:5.2f}"
            f"  FRE={sc.flesch_amstad:6.2f}  LIX={sc.lix:5.2f}  WSTF4={sc.wstf4:5.2f}"
            f"  diff={sc.avg_sentence_difficulty:5.2f}  jargon={sc.jargon_per_100_words:5.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
