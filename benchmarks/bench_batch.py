"""Batch throughput of ``simplify check``: files and words per second, peak memory.

Generates form-sized texts (about 150-350 words) from the sentences and lines of corpus/*.txt
(shuffled and combined, fixed seed), writes them to a temporary folder and checks them through
the command line (a subprocess) with ``--jobs 1`` and ``--jobs 2``. Memory is the peak of the
summed RSS of the whole process tree (sampled from /proc every 50 ms), and the largest single
process (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``).

    python benchmarks/bench_batch.py [--files 1000] [--jobs 1 2] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def units(text: str) -> list[str]:
    """Form lines and sentences of one corpus text."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
        if len(lines) > 1 and all(len(ln) < 60 for ln in lines):
            out.append("\n".join(lines))  # a block of form fields stays together
            continue
        joined = " ".join(lines)
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", joined) if s]
    return out


def generate(folder: Path, n: int, seed: int) -> int:
    """Write ``n`` texts; return the number of words (whitespace-separated tokens)."""
    rng = random.Random(seed)
    pools = [units(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    every = [u for pool in pools for u in pool]
    words = 0
    for i in range(n):
        own = rng.choice(pools)
        target = rng.randint(150, 350)
        parts, count = [], 0
        while count < target:
            unit = rng.choice(own) if rng.random() < 0.7 else rng.choice(every)
            parts.append(unit)
            count += len(unit.split())
        paras, para = [], []
        for unit in parts:
            para.append(unit)
            if rng.random() < 0.35:
                paras.append(" ".join(para))
                para = []
        if para:
            paras.append(" ".join(para))
        text = "\n\n".join(paras) + "\n"
        (folder / f"text-{i:04d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def _tree_rss(pid: int) -> int:
    """Summed RSS in bytes of ``pid`` and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s+(\d+)", status, re.M)
        vm = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
        parents[int(entry)] = int(ppid.group(1)) if ppid else 0
        rss[int(entry)] = int(vm.group(1)) * 1024 if vm else 0
    tree, frontier = {pid}, [pid]
    while frontier:
        cur = frontier.pop()
        for child, parent in parents.items():
            if parent == cur and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def run_cli(folder: Path, jobs: int) -> tuple[float, int, int]:
    """Check the folder once; return (wall seconds, peak tree RSS, exit code)."""
    cmd = [sys.executable, "-m", "simplify.cli", "check", str(folder), "--jobs", str(jobs),
           "--format", "jsonl", "-o", os.devnull, "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return elapsed, peak, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="simplify-bench-") as tmp:
        folder = Path(tmp)
        words = generate(folder, args.files, args.seed)
        print(f"{args.files} Texte, {words} Wörter ({words / args.files:.0f} pro Text), "
              f"{os.cpu_count()} Kerne")
        print()
        print(f"{'jobs':>4} {'Sekunden':>9} {'CPU-s':>7} {'Dateien/s':>10} {'Wörter/s':>10} "
              f"{'RSS Summe MB':>13} {'RSS max Proz. MB':>17} {'Last':>5} {'Exit':>5}")
        for jobs in args.jobs:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            seconds, peak, code = run_cli(folder, jobs)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            maxrss = after.ru_maxrss  # KiB on Linux; the largest process so far
            load = os.getloadavg()[0]
            print(f"{jobs:>4} {seconds:>9.1f} {cpu:>7.1f} {args.files / seconds:>10.2f} "
                  f"{words / seconds:>10.0f} {peak / 2**20:>13.0f} {maxrss / 1024:>17.0f} "
                  f"{load:>5.1f} {code:>5}", flush=True)
        print()
        print("CPU-s: Prozessorzeit aller Prozesse; Last: Systemlast (1 min) am Ende des Laufs. "
              "Läuft anderes auf dem Rechner, sagt CPU-s mehr als die Wanduhrzeit.")


if __name__ == "__main__":
    main()
