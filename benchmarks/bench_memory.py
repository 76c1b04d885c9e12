"""Memory under ever-new words: RSS after 200 and after 2,000 documents (issue 15, item 7).

    python benchmarks/bench_memory.py                  # 2,000 documents of 20 new words each
    python benchmarks/bench_memory.py --docs 500 --words 40

Each document has words never seen before (made-up, German-looking), as a long-running API
sees them. With one spaCy memory zone per text and bounded caches, RSS should level off: the
growth from document 200 to 2,000 is what a leak would show.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_adversarial import _new_words, _rss_mb  # noqa: E402


def cache_entries() -> tuple[int, int]:
    """(entries, capacity) of every lru_cache in simplify's modules: where bounded growth goes."""
    seen: set[int] = set()
    used = cap = 0
    for name, mod in list(sys.modules.items()):
        if not name.startswith("simplify") or mod is None:
            continue
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if info is None or id(obj) in seen or not callable(info):
                continue
            seen.add(id(obj))
            stats = info()
            used += stats.currsize
            cap += stats.maxsize or 0
    return used, cap


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--words", type=int, default=20, help="new words per document")
    args = ap.parse_args()
    from simplify import get_simplifier

    simp = get_simplifier()
    simp.analyze("Der Antrag ist bis zum 1. März einzureichen.")
    words = _new_words(args.docs * args.words, seed=15)
    base = _rss_mb()
    strings0 = len(simp.nlp.vocab.strings)
    print(f"after warm-up: RSS {base:.1f} MB, {strings0} strings")
    marks = {200, args.docs // 2, args.docs}
    t0 = time.perf_counter()
    for d in range(args.docs):
        chunk = words[d * args.words:(d + 1) * args.words]
        text = " ".join(f"Der {w} wird geprüft." if i % 2 else f"Wir {w} heute."
                        for i, w in enumerate(chunk))
        simp.analyze(text)
        if d + 1 in marks:
            rss = _rss_mb()
            print(f"after {d + 1:>5} documents ({time.perf_counter() - t0:5.0f} s): RSS "
                  f"{rss:.1f} MB (+{rss - base:.1f} MB), "
                  f"{len(simp.nlp.vocab.strings) - strings0:+d} strings, cache entries "
                  "{:,} of {:,}".format(*cache_entries()), flush=True)


if __name__ == "__main__":
    main()
