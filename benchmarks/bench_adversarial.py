"""Adversarial input shapes: time of one ``analyze()`` call per shape and size.

    python benchmarks/bench_adversarial.py                       # 10k, 50k, 100k characters
    python benchmarks/bench_adversarial.py --sizes 10000 --timeout 60 --only commas
    python benchmarks/bench_adversarial.py --memory            # RSS growth with new words
    python benchmarks/bench_adversarial.py --readers           # the file readers alone

Each case runs in its own subprocess with a time limit, so the script always ends; a case
over the limit prints "> LIMIT". Target: at most 2 s per 10,000 characters for every shape.
The last rows are real admin texts (``corpus/*.txt``) repeated to size, for comparison.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2.0  # seconds per 10,000 characters


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def _real(size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))
             if not p.name.endswith(".plain.txt")]
    return _repeat("\n\n".join(texts) + "\n\n", size)


def _nested_brackets(size: int) -> str:
    half = size // 2 - 2
    return "Text " + "(" * half + "Wort" + ")" * (size - half - 9)


def _mixed_nesting(size: int) -> str:
    depth = size // 8
    return _repeat("„Das (ist „ein (Test", depth * 4)[: size // 2] + _repeat(")“ ", size)[
        : size - size // 2]


def _passives(size: int) -> str:
    unit = ("der Antrag wird geprüft, der Bescheid wird erlassen, die Gebühr wird erhoben "
            "und die Frist wird verlängert, ")
    return "Es ist festzustellen, dass " + _repeat(unit, size - 30) + "."


SHAPES = {
    "one word": lambda n: _repeat("Verwaltungsvorschrift", n),
    "zero-width between letters": lambda n: _repeat("a\u200b", n),
    "only commas": lambda n: "," * n,
    "nested brackets": _nested_brackets,
    "quotation marks": lambda n: _repeat("\"„“»«'", n),
    "z. B. repeated": lambda n: _repeat("z. B. ", n),
    "enumeration markers": lambda n: _repeat("a) b) 1. 2. - ", n),
    "chained passives": _passives,
    "ZWJ emoji": lambda n: _repeat("👨\u200d👩\u200d👧\u200d👦", n),
    "one 100k line": lambda n: _repeat("Der Antrag ist einzureichen und zu prüfen ", n),
    "many short lines": lambda n: _repeat("Name:\nDatum:\n\n", n),
    "mixed „…“ and (…) nesting": _mixed_nesting,
    "hyphenated long words": lambda n: _repeat(
        "Kraftfahrzeug-Haftpflicht-Versicherungs-Bedingungs-Änderungs-Gesetz ", n),
    "lone surrogates": lambda n: _repeat("Text\ud800 ", n),
    # titles of rules inside titles, one sentence (checks/action_nouns.titles_of_rules)
    "rule titles in titles": lambda n: _repeat("Satzung über die Änderung der Satzung über ", n),
    # statute paragraphs under section headings, each citing its law at the end
    "statute paragraphs": lambda n: _repeat(
        "§ 1 Steuerpflicht\n(1) Der Halter hat die Steuer zu zahlen (§ 2 Abs. 1 GO).\n", n),
    "real admin text": _real,
}


# Shapes for the file readers (``simplify.formats_in``): name -> (file suffix, text). Each was
# quadratic or worse before: one unclosed ``<!--`` after another, one Markdown line of " *a",
# unclosed tags that html.parser rescans to the end, deep nesting.
READER_SHAPES = {
    "md: unclosed <!--": (".md", lambda n: _repeat("<!--", n)),
    "md: one line ' *a'": (".md", lambda n: _repeat(" *a", n)),
    "md: one line ' _a'": (".md", lambda n: _repeat(" _a", n)),
    "md: one line '**a '": (".md", lambda n: _repeat("**a ", n)),
    "md: one line '`a'": (".md", lambda n: _repeat("`a", n)),
    "md: one line '![a'": (".md", lambda n: _repeat("![a", n)),
    "md: one line '![a]('": (".md", lambda n: _repeat("![a](", n)),
    "md: one line '<http:'": (".md", lambda n: _repeat("<http:", n)),
    "md: one line '- - '": (".md", lambda n: _repeat("- ", n) + "x"),
    "txt: unclosed <!--": (".txt", lambda n: _repeat("<!--", n)),
    "html: unclosed <!--": (".html", lambda n: "<p>Text</p>" + _repeat("<!--", n)),
    "html: '<a ' repeated": (".html", lambda n: _repeat("<a ", n)),
    "html: '</' repeated": (".html", lambda n: _repeat("</", n)),
    "html: nested <div>": (".html", lambda n: _repeat("<div>a", n)),
}


def _run_reader(shape: str, size: int, queue) -> None:
    sys.path.insert(0, str(ROOT))
    from simplify.errors import InputError
    from simplify.formats_in import extract
    from simplify.sources import decode

    suffix, make = READER_SHAPES[shape]
    data = make(size).encode("utf-8")
    t0 = time.perf_counter()
    try:
        chars = len(extract(Path("shape" + suffix), data, decode, name="shape" + suffix).text)
    except InputError:  # e.g. nothing left to check: a clear message is a fine outcome
        chars = 0
    queue.put((time.perf_counter() - t0, 0, chars))


def _run(shape: str, size: int, queue) -> None:
    sys.path.insert(0, str(ROOT))
    from simplify import analyze

    analyze("Der Antrag ist einzureichen.")  # warm-up: load models
    text = SHAPES[shape](size)
    t0 = time.perf_counter()
    report = analyze(text)
    queue.put((time.perf_counter() - t0, len(report.findings), len(text.split())))


def measure(shape: str, size: int, timeout: float,
            target=None) -> tuple[float | None, int, int]:
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=target or _run, args=(shape, size, queue))
    proc.start()
    proc.join(timeout + 30)  # model loading is not counted in the timeout budget
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None, 0, 0
    if queue.empty():
        return float("nan"), 0, 0
    return queue.get()


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def _new_words(n: int, seed: int = 7) -> list[str]:
    """n distinct made-up German-looking words (none in any lexicon)."""
    import random

    rng = random.Random(seed)
    onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "w", "z", "br", "gr",
              "kl", "pf", "schr", "st", "tr"]
    vowels = ["a", "e", "i", "o", "u", "ä", "ö", "ü", "au", "ei"]
    codas = ["", "n", "r", "l", "s", "t", "ng", "ck", "rt", "lm"]
    seen: set[str] = set()
    while len(seen) < n:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                       for _ in range(rng.randint(2, 4)))
        seen.add(word.capitalize() if rng.random() < 0.5 else word)
    return sorted(seen)


def memory(n_words: int, per_doc: int) -> None:
    """RSS after warm-up and after analysing documents with ``n_words`` new words."""
    sys.path.insert(0, str(ROOT))
    from simplify import get_simplifier

    simp = get_simplifier()
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        simp.analyze(p.read_text(encoding="utf-8"))
    base_rss, base_strings = _rss_mb(), len(simp.nlp.vocab.strings)
    print(f"after warm-up: RSS {base_rss:.1f} MB, {base_strings} strings in spaCy's store")
    words = _new_words(n_words)
    t0 = time.perf_counter()
    for k in range(0, len(words), per_doc):
        chunk = words[k:k + per_doc]
        text = " ".join(f"Der {w} ist da." if i % 2 else f"Wir {w} heute."
                        for i, w in enumerate(chunk))
        simp.analyze(text, suggest=False)
    rss, strings = _rss_mb(), len(simp.nlp.vocab.strings)
    print(f"after {len(words)} new words in {len(words) // per_doc} documents "
          f"({time.perf_counter() - t0:.0f} s): RSS {rss:.1f} MB (+{rss - base_rss:.1f} MB), "
          f"{strings} strings (+{strings - base_strings})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--only", action="append", help="substring of a shape name (repeatable)")
    ap.add_argument("--memory", action="store_true", help="measure memory growth instead")
    ap.add_argument("--words", type=int, default=40_000, help="new words for --memory")
    ap.add_argument("--readers", action="store_true",
                    help="time the file readers (Markdown, HTML, text) instead of analyze()")
    args = ap.parse_args()
    if args.memory:
        memory(args.words, 500)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    table = READER_SHAPES if args.readers else SHAPES
    target = _run_reader if args.readers else _run
    shapes = [s for s in table if not args.only or any(o in s for o in args.only)]
    print(f"{'shape':30} {'chars':>8} {'seconds':>9} {'s/10k':>7} {'words':>7} {'findings':>8}")
    worst = 0.0
    for shape in shapes:
        for size in sizes:
            secs, findings, words = measure(shape, size, args.timeout, target)
            if secs is None:
                print(f"{shape:30} {size:>8} {'>' + str(int(args.timeout)):>9} {'-':>7}",
                      flush=True)
                worst = float("inf")
                continue
            per = secs / size * 10_000
            if shape != "real admin text":
                worst = max(worst, per)
            print(f"{shape:30} {size:>8} {secs:9.2f} {per:7.2f} {words:>7} {findings:>8}",
                  flush=True)
    print(f"worst s/10k (adversarial shapes): {worst:.2f} (target <= {TARGET})")


if __name__ == "__main__":
    main()
