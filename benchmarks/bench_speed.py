"""Speed of ``analyze`` on the shared admin texts, beside spaCy's German tokenizer in the same
run (the ratio survives machine noise).

* cold: every text analysed once in this process (the pipeline is loaded and warmed on a text
  that is not among them, so start-up is not counted, but no text has been seen before, not
  even by the tokenizer: the tokenizer's own rate is measured last, as it keeps what it saw);
* warm: the same texts again (caches of words and analyses are filled).

    python benchmarks/bench_speed.py [--rounds 2] [--profile FILE.prof] [--cpu]

``--cpu`` measures process CPU time instead of wall time: on a shared machine it compares two
commits more fairly (run it on each, one after the other).

Targets (issue "Linear time on any input, and four times faster"): cold at least 10,000 words
per second, warm at least 20,000.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify import get_simplifier  # noqa: E402
from simplify.pipeline import build_nlp, memory_zone  # noqa: E402

DOCS = ROOT.parent / "shared" / "data" / "admin-texts" / "docs"
if not DOCS.exists():  # a git worktree elsewhere than beside shared/
    DOCS = Path("/work/shared/data/admin-texts/docs")
WARM_UP = ("Der Antrag ist bis zum 1. März bei der Gemeinde einzureichen. Bitte legen Sie "
           "Ihren Ausweis und eine Meldebescheinigung bei.")


def words_of(simp, texts: list[str]) -> int:  # noqa: ANN001
    # in a memory zone, as analyze tokenizes: spaCy keeps no chunk splits there (see below)
    with memory_zone(simp.nlp):
        return sum(1 for t in texts for tok in simp.nlp.tokenizer(t) if tok.is_alpha)


CLOCK = time.perf_counter


def rate(fn, texts: list[str], words: int) -> float:  # noqa: ANN001
    start = CLOCK()
    for t in texts:
        fn(t)
    return words / (CLOCK() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2, help="warm rounds")
    ap.add_argument("--profile", type=Path, default=None, help="cProfile the cold round")
    ap.add_argument("--cpu", action="store_true", help="process CPU time instead of wall time")
    args = ap.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    if not DOCS.exists():
        print(f"{DOCS} not found: this benchmark needs ../shared/data.")
        return 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.txt"))]
    simp = get_simplifier()
    simp.analyze(WARM_UP)
    words = words_of(simp, texts)
    prof = cProfile.Profile() if args.profile else None
    if prof:
        prof.enable()
    cold = rate(simp.analyze, texts, words)
    if prof:
        prof.disable()
        prof.dump_stats(args.profile)
    warm = max(rate(simp.analyze, texts, words) for _ in range(args.rounds))
    # the tokenizer runs outside a memory zone here, so spaCy keeps the split of every chunk
    # of the texts: run before the cold round, it handed that round a tokenizer warmed on the
    # very texts. A tokenizer of its own: analyze keeps the splits of the words it saw
    # (pipeline.keep_splits), which would make the reference faster than a first pass
    tok = rate(build_nlp(simp.lists.abbreviation_terms(), simp.model).tokenizer, texts, words)
    print(f"{len(texts)} texts, {words} words")
    print(f"spaCy tokenizer: {tok:10,.0f} words/s")
    print(f"analyze, cold:   {cold:10,.0f} words/s  ({cold / tok:.3f} of the tokenizer)")
    print(f"analyze, warm:   {warm:10,.0f} words/s  ({warm / tok:.3f} of the tokenizer)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
