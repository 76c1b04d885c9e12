"""HanTa's analyses of common German words, computed once per machine and kept on disk.

HanTa knows the words of its training corpus; every other word costs a morphological search
(``hanta_speed.py``, about half a millisecond a word), which is most of the time the tagger
spends on a text it has not seen. The searches are pure functions of the lowercased word (and
the target tag), so their results can be computed ahead of time: ``build`` runs them for the
words of lists that ship with installed packages (wordfreq's German list) and with simplify
(rules/wordlists) and writes them to an SQLite file in the user's cache folder. Nothing here is
downloaded, and no submitted text is ever written: the file holds only the analyses of those
lists' words.

The file is optional. Without it (a fresh clone, CI, the tests) every word is searched as
before; with it the same results come from the file. The values are stored as they were
computed (64-bit floats, tag ids), so reports are byte-identical either way. The file's name
carries a fingerprint of HanTa's code and German model: a file written for another model is
never read. Build it with ``simplify lexicon`` (``make lexicon``); ``python -m api`` starts that
build itself, at the lowest CPU priority, where the file is missing (``build_in_background``),
so a service gets fast on its own a few minutes after its first start. A running service opens
the file at its first unknown word, and one started before the build looks again every minute.

``SIMPLIFY_CACHE_DIR`` sets the folder (default: ``$XDG_CACHE_HOME/simplify`` or
``~/.cache/simplify``); ``SIMPLIFY_LEXICON=0`` turns the file off (benchmarks, debugging).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when the stored layout changes
MAX_CHARS = 40  # tagger.MAX_TAGGED_CHARS: longer tokens never reach HanTa's search
RETRY_SECONDS = 60  # a running service looks for a file built after its start this often
PARENT_POLL_SECONDS = 2  # how often a background build looks whether its service still runs
CUTOFF = 5  # the cutoff the tagger asks HanTa's word probabilities with (hanta_speed.py)


def cache_dir() -> Path:
    """The folder for files simplify computes once per machine."""
    if os.environ.get("SIMPLIFY_CACHE_DIR"):
        return Path(os.environ["SIMPLIFY_CACHE_DIR"])
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "simplify" / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "simplify"


@lru_cache(maxsize=4)
def fingerprint(tagger: Any) -> str:
    """A short hash of what the analyses depend on: HanTa's code, its German model, the
    tagger's search mode and this file's layout."""
    import HanTa.HanoverTagger as ht

    digest = hashlib.sha256(f"{FORMAT} {tagger.strict}".encode())
    for path in (Path(ht.__file__), Path(ht.__file__).with_name("morphmodel_ger.pgz")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def lexicon_path(tagger: Any) -> Path:
    return cache_dir() / f"hanta-lexicon-{fingerprint(tagger)}.sqlite"


def _pack(pairs: list[tuple[int, Any]], fmt: str) -> bytes:
    return struct.pack("<" + fmt * len(pairs), *(x for pair in pairs for x in pair))


def _unpack(blob: bytes, fmt: str) -> list[tuple]:
    return list(struct.iter_unpack("<" + fmt, blob))


class HantaLexicon:
    """Read access to a lexicon file; opened on first use, absent file -> every lookup None.

    One connection per process (a forked worker opens its own), shared by its threads under a
    lock; SQLite keeps only a small page cache in memory, the file stays on disk. The file is
    never changed in place (``build`` renames a complete one over it), so it is opened as
    immutable."""

    def __init__(self, path: Path | Callable[[], Path | None] | None) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid: int | None = None  # the process that opened the connection
        self._retry_at = 0.0  # without a file: when to look for one again

    def _connection(self) -> sqlite3.Connection | None:
        if self._pid == os.getpid() and (
                self._conn is not None or time.monotonic() < self._retry_at):
            return self._conn
        # first use in this process, or no file at the last look: look (again)
        self._pid, self._conn = os.getpid(), None
        self._retry_at = time.monotonic() + RETRY_SECONDS
        path = self._path() if callable(self._path) else self._path
        if path is None or not path.is_file() or os.environ.get("SIMPLIFY_LEXICON") == "0":
            return None
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
            conn.execute("SELECT 1 FROM forward LIMIT 1")
            conn.execute("SELECT 1 FROM viterbi LIMIT 1")
        except sqlite3.Error:
            return None  # a damaged or foreign file: search as without one
        self._conn = conn
        return conn

    def _get(self, sql: str, args: tuple) -> bytes | None:
        with self._lock:
            conn = self._connection()
            if conn is None:
                return None
            row = conn.execute(sql, args).fetchone()
        return None if row is None else row[0]

    def forward(self, word: str) -> list[tuple[int, float]] | None:
        """``analyze_forward(word)`` as stored, or None."""
        blob = self._get("SELECT data FROM forward WHERE word = ?", (word,))
        return None if blob is None else _unpack(blob, "id")

    def viterbi(self, word: str, pos: int) -> list[tuple[int, int]] | None:
        """``analyze_viterbi(word, pos)`` as stored, or None."""
        blob = self._get("SELECT data FROM viterbi WHERE word = ? AND pos = ?", (word, pos))
        return None if blob is None else _unpack(blob, "ii")


def _exact(result: list[tuple[int, Any]]) -> bool:
    """Only results of floats survive storage unchanged (HanTa's fallback for an unknown
    word has the int 0)."""
    return bool(result) and all(isinstance(p, float) for _, p in result)


def _lemma_tags(tagger: Any, entries: list[tuple[int, float]], cached: bool) -> set[int]:
    """Tags of a word whose lemma the tagger asks HanTa for (verbs, APPRART) that survive
    HanTa's cutoff in any case setting (``HanoverTagger._tag_word``): only these reach
    ``analyze_viterbi`` from a tagged sentence."""
    out: set[int] = set()
    for cs, upcase in ((False, False), (True, False), (True, True)):
        scored = [(t, p - tagger.LP_wtag[t] + (tagger.LP_case_t[t][upcase] if cs else 0))
                  for t, p in entries if t in tagger.LP_wtag]
        if not scored:
            continue
        limit = max(p for _, p in scored) - CUTOFF
        out |= {t for t, p in scored if cached or p >= limit}
    return {t for t in out
            if (tagger.int2tag[t].startswith("V") or tagger.int2tag[t] == "APPRART")
            and -t not in tagger.atomic_class}


def build(tagger: Any, words: Iterable[str], path: Path,
          progress: Callable[[int], None] | None = None) -> int:
    """Write the analyses of ``words`` (lowercased; longer than MAX_CHARS skipped) to
    ``path``; returns the number of words stored. ``tagger`` must be HanTa's German tagger with
    the searches of ``hanta_speed.fast_search``; the file appears only when complete.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        stored = _write(tagger, words, tmp, progress)
    except BaseException:  # Ctrl+C, a full disk: no half file is left behind
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    return stored


def _write(tagger: Any, words: Iterable[str], tmp: Path,
           progress: Callable[[int], None] | None) -> int:
    conn = sqlite3.connect(tmp)
    conn.execute("CREATE TABLE forward (word TEXT PRIMARY KEY, data BLOB) WITHOUT ROWID")
    conn.execute("CREATE TABLE viterbi (word TEXT, pos INTEGER, data BLOB, "
                 "PRIMARY KEY (word, pos)) WITHOUT ROWID")
    seen: set[str] = set()
    stored = 0
    for raw in words:
        word = raw.lower()
        if not word or len(word) > MAX_CHARS or word in seen or tagger.normalize(word) != word:
            continue
        seen.add(word)
        cached = word in tagger.cache
        entries = tagger.cache[word] if cached else tagger.search_forward(word)
        if not cached and _exact(entries):
            conn.execute("INSERT INTO forward VALUES (?, ?)", (word, _pack(entries, "id")))
        for tag in _lemma_tags(tagger, entries, cached):
            morphemes = tagger.search_viterbi(word, -tag)
            conn.execute("INSERT INTO viterbi VALUES (?, ?, ?)",
                         (word, -tag, _pack(morphemes, "ii")))
        stored += 1
        if progress is not None and stored % 10_000 == 0:
            progress(stored)
            conn.commit()
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return stored


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process, or no way to tell: leave its file alone
    return True


def remove_stale(path: Path) -> list[Path]:
    """Remove the half files of builds whose process is gone (killed hard, the machine turned
    off): ``<name>.<pid>.tmp`` and its journal. Returns what was removed."""
    removed = []
    for tmp in path.parent.glob(f"{path.name}.*.tmp*"):
        pid = tmp.name[len(path.name) + 1:].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def lexicon_present() -> bool:
    """Is there a lexicon file in the cache folder (for any model; a cheap look for messages,
    without loading HanTa)?"""
    return any(cache_dir().glob("hanta-lexicon-*.sqlite"))


def build_in_background() -> subprocess.Popen | None:
    """Start ``simplify lexicon --background`` as a child process (``python -m api`` at its
    start). The child lowers its own CPU priority, writes nothing to the terminal and ends at
    once where the file for this model exists; the service's workers pick the file up within
    ``RETRY_SECONDS`` of its completion. ``SIMPLIFY_LEXICON=0`` switches this off with the
    file. Returns the child, or None."""
    if os.environ.get("SIMPLIFY_LEXICON") == "0":
        return None
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "simplify.cli", "lexicon", "--background"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return None  # no child process possible: the service works without the file


def run_in_background() -> None:
    """For a background build: the lowest CPU priority where the system has one (the build must
    not slow down the checks the service answers), and SIGTERM (the service stopping) ends it
    like Ctrl+C, so ``build`` removes its half file; so does the service ending in any way."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(19)

    def _stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, _stop)
    parent = os.getppid()

    def _watch() -> None:  # the service gone (killed, or uvicorn re-raised its SIGTERM)
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=_watch, name="simplify-lexicon-parent", daemon=True).start()
