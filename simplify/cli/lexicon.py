"""``simplify lexicon``: compute HanTa's analyses of common words once (hanta_lexicon.py)."""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from itertools import islice

from .parser import EXIT_OK

_WORD = re.compile(r"[^\W\d_]+")


def _list_words() -> Iterator[str]:
    """The words of simplify's own word lists: terms, replacements and examples."""
    from ..rules import default_wordlists

    for entries in default_wordlists().entries.values():
        for e in entries:
            for text in (e.term, *e.replacements, e.example):
                yield from _WORD.findall(text)


def lexicon(args: argparse.Namespace) -> int:
    from wordfreq import iter_wordlist

    from ..hanta_lexicon import build, lexicon_path, run_in_background
    from ..tagger import load_hanta

    if args.background:
        run_in_background()
    tagger = load_hanta()
    path = lexicon_path(tagger)
    if path.exists() and not args.force:
        if not args.background:
            print(f"Die Wortanalysen liegen schon in {path} (neu berechnen: --force).")
        return EXIT_OK
    if not args.background:
        print(f"Berechne die Wortanalysen nach {path} – das dauert einige Minuten …",
              file=sys.stderr)
    start = time.monotonic()
    frequent = islice(iter_wordlist("de", wordlist="large"), args.words or None)
    words = (w for source in (_list_words(), frequent) for w in source)
    n = build(tagger, words, path, progress=None if args.background else (
        lambda k: print(f"  {k:,} Wörter …".replace(",", "."), file=sys.stderr)))
    if args.background:
        return EXIT_OK
    print(f"{n:,} Wörter in {time.monotonic() - start:.0f} s analysiert: {path}".replace(",", "."))
    return EXIT_OK
