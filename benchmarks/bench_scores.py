"""Readability scores on the public data in /work/shared/data (calibration figures).

Usage: python benchmarks/bench_scores.py [DATA_DIR]

Corpora: Klexikon vs Wikipedia (document pairs), DEplain-web simple vs original (document
pairs and sentence pairs), admin-texts (official documents). Sentences are given by the
data: one line per sentence in Klexikon; DEplain documents, DEplain rows and admin-text
lines are split after ". ! ?" with a simple regex here (the library never splits). Words
are tokens matched by a regex that contain a letter; clauses are cut at , ; : ( ) and
dashes. The numbers reproduce the calibration table in docs/scores.md.
"""

from __future__ import annotations

import csv
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simplify.scores import (
    Scores,
    SentenceCounts,
    document_scores,
    sentence_difficulty,
)

DEFAULT_DATA = Path("/work/shared/data")
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
CLAUSE_SPLIT_RE = re.compile(r"[,;:()–—]|\s-\s")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])[\"“”'’»«)]*\s+(?=[\"„“»«(]?[A-ZÄÖÜ0-9])")
MARKUP_RE = re.compile(r"^\s*(?:#+|[*•\-–]|\d+[.)])\s+|\*\*|__")


def sentence_counts(sentence: str) -> SentenceCounts:
    """Words and clause lengths of one sentence string."""
    lengths: list[int] = []
    words: list[str] = []
    for part in CLAUSE_SPLIT_RE.split(sentence):
        toks = [t for t in WORD_RE.findall(part) if any(c.isalpha() for c in t)]
        if toks:
            lengths.append(len(toks))
            words.extend(toks)
    return SentenceCounts(words=words, clause_lengths=lengths or [len(words)])


def split_sentences(text: str) -> list[str]:
    """Lines, then sentence ends inside each line; markdown markers are stripped."""
    out: list[str] = []
    for line in text.splitlines():
        line = MARKUP_RE.sub("", line).strip()
        if line:
            out.extend(s for s in SENTENCE_SPLIT_RE.split(line) if s.strip())
    return out


def doc_from_lines(lines: list[str]) -> list[SentenceCounts]:
    """One sentence per line (Klexikon format)."""
    counts = [sentence_counts(line) for line in lines if line.strip()]
    return [c for c in counts if c.words]


def doc_from_text(text: str) -> list[SentenceCounts]:
    counts = [sentence_counts(s) for s in split_sentences(text)]
    return [c for c in counts if c.words]


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
            kle.append(doc_from_lines(path.read_text(encoding="utf-8").splitlines()))
            wiki.append(doc_from_lines(other.read_text(encoding="utf-8").splitlines()))
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
    report_pairs(
        "\nDEplain-web documents (simple vs original)",
        [document_scores(doc_from_text(r["simple"])) for r in rows],
        [document_scores(doc_from_text(r["original"])) for r in rows],
        "simple",
        "original",
    )

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
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
