"""Accuracy and speed of the German pipeline on UD German GSD (../shared/data/ud-german-gsd).

Prints: STTS tag and lemma accuracy (gold tokens; all, reviews part s1-301, news part),
passive detection per sentence (gold: any aux:pass; recall also for werden-passive only),
sentence boundary F1 on paragraphs of 10 consecutive gold sentences, and words per second of
``analyze`` end to end on one core.

    python benchmarks/bench_pipeline.py [--split test|dev] [--errors N]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from simplify import get_simplifier  # noqa: E402
from simplify.tagger import hanta_tagger  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ud-german-gsd"
PASSIVE_RULES = {"SIM-P001", "SIM-P002", "SIM-P005"}


@dataclass
class Sentence:
    sid: str
    text: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    passive: bool = False
    werden_passive: bool = False


def read_conllu(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    cur: Sentence | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            cur = Sentence(line.split("=", 1)[1].strip(), "")
        elif line.startswith("# text") and cur is not None:
            cur.text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#") and cur is not None:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur.words.append(cols[1])
            cur.spaces.append("SpaceAfter=No" not in cols[9])
            cur.tags.append(cols[4])
            cur.lemmas.append(cols[2])
            if cols[7] == "aux:pass":
                cur.passive = True
                if cols[2] == "werden":
                    cur.werden_passive = True
        elif not line and cur is not None:
            sents.append(cur)
            cur = None
    if cur is not None:
        sents.append(cur)
    return sents


def _is_review(sid: str) -> bool:
    num = int(sid.rsplit("s", 1)[1])
    return num <= 301


def tagging(sents: list[Sentence], nlp) -> None:
    import simplemma

    # per part: tags ok, lemma ok, simplemma ok, tokens
    stats = {k: [0, 0, 0, 0] for k in ("all", "reviews", "news")}
    for s in sents:
        doc = Doc(nlp.vocab, words=s.words, spaces=s.spaces)
        for i, t in enumerate(doc):
            t.is_sent_start = i == 0
        hanta_tagger(doc)
        part = "reviews" if _is_review(s.sid) else "news"
        for t, tag, lemma in zip(doc, s.tags, s.lemmas):
            sm = simplemma.lemmatize(t.text, lang="de")
            for key in ("all", part):
                st = stats[key]
                st[0] += t.tag_ == tag
                st[1] += t.lemma_ == lemma
                st[2] += sm == lemma
                st[3] += 1
    for key, (tag_ok, lem_ok, sm_ok, n) in stats.items():
        print(f"  {key:8s} tokens {n:6d}  STTS {100 * tag_ok / n:5.1f} %  lemma ours "
              f"{100 * lem_ok / n:5.1f} %  lemma simplemma {100 * sm_ok / n:5.1f} %")


def passive(sents: list[Sentence], simp, errors: int) -> None:
    tp = fp = fn = fn_werden = tp_werden = 0
    fps, fns = [], []
    for s in sents:
        rep = simp.analyze(s.text, "formular")
        pred = any(f.rule in PASSIVE_RULES for f in rep.findings)
        if pred and s.passive:
            tp += 1
        elif pred:
            fp += 1
            fps.append(s.text)
        elif s.passive:
            fn += 1
            if s.werden_passive:
                fns.append(s.text)
        if s.werden_passive:
            tp_werden += pred
            fn_werden += not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    rw = tp_werden / (tp_werden + fn_werden) if tp_werden + fn_werden else 0.0
    print(f"  sentences {len(sents)}  gold passive {tp + fn} (werden {tp_werden + fn_werden})")
    print(f"  precision {100 * p:5.1f} %  recall (any aux:pass) {100 * r:5.1f} %  "
          f"recall (werden-passive) {100 * rw:5.1f} %")
    for label, items in (("false positives", fps), ("missed werden-passives", fns)):
        if errors and items:
            print(f"  {label}:")
            for text in items[:errors]:
                print(f"    - {text}")


def boundaries(sents: list[Sentence], nlp, errors: int) -> None:
    """Boundary F1 on paragraphs of 10 gold sentences joined by a space.

    Also reported: the same F1 counting only gold boundaries after sentence-final punctuation
    (a headline or a review line without any punctuation gives no cue once joined).
    """
    tp = fp = fn = 0
    tp_p = fn_p = 0
    shown = 0
    for k in range(0, len(sents) - 9, 10):
        group = sents[k: k + 10]
        text, gold, punct = "", set(), set()
        for s in group:
            if text:
                text += " "
                gold.add(len(text))
                if re.search(r"[.!?…]['\"“”«»)]*$", text.rstrip()):
                    punct.add(len(text))
            text += s.text
        doc = nlp(text)
        pred = {s[0].idx for s in doc.sents if s[0].idx > 0}
        pred = {p for p in pred if p < len(text)}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        tp_p += len(pred & punct)
        fn_p += len(punct - pred)
        if errors and shown < errors:
            for off in sorted((pred - gold) | (gold - pred)):
                kind = "extra" if off in pred else "missed"
                print(f"    {kind}: …{text[max(0, off - 50):off]}|{text[off:off + 30]}…")
                shown += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    rp = tp_p / (tp_p + fn_p) if tp_p + fn_p else 0.0
    f1p = 2 * p * rp / (p + rp) if p + rp else 0.0
    print(f"  paragraphs {len(sents) // 10}  P {100 * p:5.1f} %  R {100 * r:5.1f} %  "
          f"F1 {100 * f1:5.1f} %")
    print(f"  gold boundaries after . ! ?: {tp_p + fn_p} of {tp + fn}; recall there "
          f"{100 * rp:5.1f} %, F1 with it {100 * f1p:5.1f} %")


def speed(sents: list[Sentence], simp) -> None:
    paragraphs = [" ".join(s.text for s in sents[k: k + 10]) for k in range(0, len(sents), 10)]
    simp.analyze(paragraphs[0])  # warm up
    t0 = time.perf_counter()
    words = 0
    for p in paragraphs:
        rep = simp.analyze(p)
        words += rep.scores.get("words", 0)
    dt = time.perf_counter() - t0
    print(f"  GSD paragraphs: {words} words in {dt:.2f} s: {words / dt:,.0f} words/s end to end "
          f"(one process, with verified suggestions)")
    corpus = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*.txt"))]
    for suggest in (False, True):
        t0 = time.perf_counter()
        words = sum(simp.analyze(t, suggest=suggest).scores.get("words", 0) for t in corpus)
        dt = time.perf_counter() - t0
        label = "with" if suggest else "without"
        print(f"  corpus/ (form texts): {words} words in {dt:.2f} s: {words / dt:,.0f} words/s "
              f"{label} suggestions")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--errors", type=int, default=0, help="show up to N errors per measure")
    args = ap.parse_args()
    path = DATA / f"de_gsd-ud-{args.split}.conllu"
    if not path.exists():
        print(f"{path} not found: this benchmark needs ../shared/data (not part of the repo).")
        return 0
    sents = read_conllu(path)
    simp = get_simplifier()
    print(f"UD German GSD {args.split}: {len(sents)} sentences")
    print("Tagging and lemmas (gold tokens):")
    tagging(sents, simp.nlp)
    print("Passive detection per sentence (rules SIM-P001, SIM-P002, SIM-P005):")
    passive(sents, simp, args.errors)
    print("Sentence boundaries (paragraphs of 10 gold sentences):")
    boundaries(sents, simp.nlp, args.errors)
    print("Speed:")
    speed(sents, simp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
