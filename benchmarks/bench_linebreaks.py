"""Line breaks that end a unit: precision and recall on hand-marked PDF form texts.

Gold: ``benchmarks/judgements/boundaries/*.tsv`` (file id, line, y/n per line break between two
non-empty lines), marked by hand on the PDF-extracted texts of ``../shared/data/admin-texts``.
Prints boundary precision, recall and F1 for the old rule (a line break ends a unit unless the
line is at least 40 characters long, has no final punctuation and the next line starts in
lower case or the line ends in an article, preposition or conjunction) and for the current
segmenter, then the UD German GSD test boundary F1 (as ``bench_pipeline.py`` computes it)
and the same paragraphs hard-wrapped at 60 and 80 characters, as text from a printed page
(a check on prose the rules were not developed on).

    python benchmarks/bench_linebreaks.py [--errors N] [--no-gsd]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from simplify import get_simplifier  # noqa: E402

DOCS = ROOT.parent / "shared" / "data" / "admin-texts" / "docs"
GOLD = ROOT / "benchmarks" / "judgements" / "boundaries"

# -- the old rule, frozen here as the baseline ----------------------------------------------------

_OLD_CONTINUES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "und", "oder", "sowie", "bzw.", "mit", "von", "zu", "zum", "zur", "bei", "beim", "im", "in",
    "an", "am", "auf", "für", "über", "unter", "nach", "vor", "aus", "durch", "gegen", "ohne",
    "um", "bis", "dass", "weil", "wenn", "ob", "sofern", "als", "wie", "ihr", "ihre", "ihren",
    "ihrem", "ihrer", "ihres", "unser", "unsere", "sich", "nicht", "auch", "sind", "ist",
    "werden", "wird", "haben", "hat", "können", "kann", "müssen", "muss", "gem.", "gemäß",
    "laut", "spätestens", "innerhalb", "binnen", "aufgrund", "wegen",
}


def old_boundary(prev: str, nxt: str, nlp) -> bool:
    """The segmenter's rule before line joining (design notes, "Segmenter" step 1)."""
    import re

    marker = re.compile(r"^(?:[-•*–·▪◦]|\d{1,2}[.)]|[a-zA-Z][)]|[ivxIVX]{1,4}[.)]|\(\w{1,3}\))$")
    p, n = list(nlp.make_doc(prev.strip())), list(nlp.make_doc(nxt.strip()))
    if not p or not n:
        return True
    last, first = p[-1], n[0]
    if last.text in {".", "!", "?", "…", ":", ";", "“", "”", "\"", "'", ")", "]", "»", "«"}:
        return True
    if len(prev.strip()) < 40 or marker.match(first.text) or first.text == "#":
        return True
    if len(n) > 1 and n[1].text == ")" and len(first.text) <= 2:
        return True
    if last.text == ",":
        return False
    return not (first.text[:1].islower() or last.lower_ in _OLD_CONTINUES)


# -- measuring ------------------------------------------------------------------------------------


def read_gold() -> dict[str, dict[int, bool]]:
    gold: dict[str, dict[int, bool]] = {}
    for path in sorted(GOLD.glob("*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if not row or row[0].startswith("#"):
                    continue
                gold.setdefault(row[0], {})[int(row[1])] = row[2].strip() == "y"
    return gold


def predicted(text: str, nlp) -> dict[int, tuple[bool, bool]]:
    """Per line break between two non-empty lines: (new segmenter, old rule) decisions."""
    doc = nlp(text)
    sent_starts = {s[0].idx for s in doc.sents}
    # a sentence may start with a space token; take the first non-space token of each sentence
    for s in doc.sents:
        for t in s:
            if not t.is_space:
                sent_starts.add(t.idx)
                break
    tok_at = {t.idx: t for t in doc}
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    out = {}
    for k in range(len(lines) - 1):
        if not lines[k].strip() or not lines[k + 1].strip():
            continue
        start = offsets[k + 1] + len(lines[k + 1]) - len(lines[k + 1].lstrip())
        tok = tok_at.get(start)
        new = tok is not None and tok.idx in sent_starts and tok.is_sent_start
        out[k + 1] = (new, old_boundary(lines[k], lines[k + 1], nlp))
    return out


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def wrap(text: str, width: int) -> str:
    """Hard-wrap at ``width`` characters by turning spaces into line breaks (offsets stay)."""
    chars = list(text)
    line_start, last_space = 0, -1
    for i, c in enumerate(text):
        if c == " ":
            if i - line_start > width and last_space > line_start:
                chars[last_space] = "\n"
                line_start = last_space + 1
            last_space = i
    if len(text) - line_start > width and last_space > line_start:
        chars[last_space] = "\n"
    return "".join(chars)


def gsd_wrapped(sents, nlp, width: int) -> None:
    """Boundary P/R/F1 on GSD paragraphs of 10 sentences, hard-wrapped like a printed page."""
    tp = fp = fn = 0
    for k in range(0, len(sents) - 9, 10):
        text, gold = "", set()
        for s in sents[k: k + 10]:
            if text:
                text += " "
                gold.add(len(text))
            text += s.text
        doc = nlp(wrap(text, width))
        pred = {t.idx for sent in doc.sents for t in sent if not t.is_space and t.idx > 0
                and t.i == next(x.i for x in sent if not x.is_space)}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"  hard-wrapped at {width} characters: P {100 * p:5.1f} %  R {100 * r:5.1f} %  "
          f"F1 {100 * 2 * p * r / (p + r):5.1f} %")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="show up to N errors of the new rule")
    ap.add_argument("--no-gsd", action="store_true", help="skip the UD German GSD measure")
    args = ap.parse_args()
    if not DOCS.exists():
        print(f"{DOCS} not found: this benchmark needs ../shared/data (not part of the repo).")
        return 0
    gold = read_gold()
    simp = get_simplifier()
    nlp = simp.nlp
    new_pairs, old_pairs, shown = [], [], 0
    print("Line breaks that end a unit (gold: benchmarks/judgements/boundaries/):")
    for fid, marks in gold.items():
        text = (DOCS / f"{fid}.txt").read_text(encoding="utf-8")
        pred = predicted(text, nlp)
        missing = set(marks) ^ set(pred)
        if missing:
            print(f"  {fid}: gold and text disagree on lines {sorted(missing)[:10]}")
        lines = text.split("\n")
        for ln, g in marks.items():
            if ln not in pred:
                continue
            new, old = pred[ln]
            new_pairs.append((g, new))
            old_pairs.append((g, old))
            if args.errors and new != g and shown < args.errors:
                kind = "extra" if new else "missed"
                print(f"    {kind} {fid}:{ln}: …{lines[ln - 1][-50:]} | {lines[ln][:40]}")
                shown += 1
        print(f"  {fid}: {len(marks)} breaks, {sum(marks.values())} end a unit")
    n_yes = sum(1 for g, _ in new_pairs if g)
    print(f"  all: {len(new_pairs)} breaks marked, {n_yes} end a unit")
    for label, pairs in (("before (old rule)", old_pairs), ("after (linebreaks.py)", new_pairs)):
        p, r, f = prf(pairs)
        print(f"  {label:22s} P {100 * p:5.1f} %  R {100 * r:5.1f} %  F1 {100 * f:5.1f} %")
    if not args.no_gsd:
        from bench_pipeline import DATA, boundaries, read_conllu

        path = DATA / "de_gsd-ud-test.conllu"
        if path.exists():
            print("UD German GSD test, sentence boundaries (paragraphs of 10 gold sentences):")
            sents = read_conllu(path)
            boundaries(sents, nlp, 0)
            for width in (60, 80):
                gsd_wrapped(sents, nlp, width)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
