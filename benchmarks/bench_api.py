"""Throughput, latency and memory of the HTTP API on loopback.

Starts ``python -m api`` (uvicorn, 1 worker by default, 127.0.0.1 only), then:

1. sends a ~300-word stilted form text to POST /v1/analyze with 1, 8 and 32 concurrent clients
   (bounded request counts and time) and reports requests/s and p50/p95/p99 latency;
2. soak: 10,000 requests of short variants of the text (numbers change, so word caches see new
   tokens) and the server's resident memory (RSS) before, during and after.

Every request must succeed (HTTP 200); errors are counted and make the exit code 1.

    python benchmarks/bench_api.py [--workers 1] [--soak 10000] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.testing import free_port  # noqa: E402

FORM_TEXT = """Stadt Musterstadt – Bürgeramt
Antrag auf Erteilung einer Sondernutzungserlaubnis für die Aufstellung von Tischen und Stühlen \
im öffentlichen Verkehrsraum

Hinweise zur Antragstellung

Der vollständig ausgefüllte und unterschriebene Antrag ist spätestens vier Wochen vor dem \
beabsichtigten Beginn der Sondernutzung bei der zuständigen Stelle einzureichen. Die Bearbeitung \
des Antrages erfolgt erst nach Eingang sämtlicher erforderlicher Unterlagen. Dem Antrag sind \
ggf. ein maßstabsgerechter Lageplan, eine Kopie der Gaststättenerlaubnis sowie ein Nachweis \
über das Bestehen einer Betriebshaftpflichtversicherung beizufügen.

Es wird darauf hingewiesen, dass die Erteilung der Erlaubnis im Ermessen der Behörde steht und \
ein Rechtsanspruch auf die Erteilung nicht besteht. Die Erlaubnis kann mit Nebenbestimmungen, \
insbesondere Auflagen und Bedingungen, versehen werden, sofern dies zur Sicherstellung der \
Sicherheit und Leichtigkeit des Verkehrs erforderlich ist.

Für die Sondernutzung werden Gebühren nach Maßgabe der Sondernutzungsgebührensatzung der Stadt \
Musterstadt in der jeweils gültigen Fassung erhoben. Die Festsetzung der Gebühren erfolgt durch \
gesonderten Bescheid. Eine Rückerstattung bereits entrichteter Gebühren ist bei vorzeitiger \
Beendigung der Sondernutzung grundsätzlich ausgeschlossen, es sei denn, die Beendigung ist von \
der Behörde zu vertreten.

Der Erlaubnisinhaber hat dafür Sorge zu tragen, dass die in Anspruch genommene Fläche stets in \
einem ordnungsgemäßen und sauberen Zustand gehalten wird. Nach Ablauf der Erlaubnis ist der \
ursprüngliche Zustand unverzüglich auf eigene Kosten wiederherzustellen. Bei Nichtbeachtung der \
vorgenannten Verpflichtungen kann die Erlaubnis ohne vorherige Anhörung widerrufen werden. Eine \
Verlängerung der Erlaubnis bedarf eines erneuten schriftlichen Antrages, welcher spätestens zwei \
Wochen vor Ablauf der Geltungsdauer bei der Behörde vorzulegen ist.

Änderungen der im Antrag gemachten Angaben sind der Behörde unverzüglich mitzuteilen. Die \
Verarbeitung der personenbezogenen Daten erfolgt auf Grundlage der einschlägigen \
datenschutzrechtlichen Bestimmungen. Weitere Informationen hierzu entnehmen Sie bitte dem \
beigefügten Merkblatt. Für Rückfragen steht Ihnen die Sachbearbeitung während der \
Sprechzeiten zur Verfügung.

Mit der Unterschrift wird bestätigt, dass die gemachten Angaben vollständig und wahrheitsgemäß \
sind.
"""

SOAK_SENTENCES = [
    "Der Antrag Nr. {n} ist bis zum {d}. März einzureichen.",
    "Bringen Sie ggf. die Unterlagen zum Termin am {d}. Mai mit.",
    "Die Bearbeitung des Vorgangs {n} erfolgt durch die zuständige Behörde.",
    "Die Gebühr in Höhe von {n} Euro wird von uns festgesetzt.",
]


@dataclass
class Level:
    clients: int
    requests: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def pct(self, p: float) -> float:
        data = sorted(self.latencies)
        if not data:
            return float("nan")
        k = min(len(data) - 1, max(0, round(p / 100 * len(data) + 0.5) - 1))
        return data[k]


def rss_mib(pid: int) -> float:
    """Resident memory of pid and its children (uvicorn workers), in MiB."""
    try:
        import psutil

        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs) / 2**20
    except ImportError:
        total = 0
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total = int(line.split()[1]) * 1024
        return total / 2**20


def start_server(workers: int) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = {**os.environ, "SIMPLIFY_HOST": "127.0.0.1", "SIMPLIFY_PORT": str(port),
           "SIMPLIFY_WORKERS": str(workers), "SIMPLIFY_LOG_LEVEL": "warning"}
    proc = subprocess.Popen([sys.executable, "-m", "api"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    with httpx.Client(base_url=base, trust_env=False) as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise SystemExit("Der Server ist beim Start abgestürzt.")
            try:
                if http.get("/health").status_code == 200:
                    return proc, base
            except httpx.TransportError:
                pass
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("Der Server ist nicht rechtzeitig gestartet.")


async def run_level(base: str, level: Level, texts: list[str], limit_s: float) -> None:
    """``level.requests`` requests with ``level.clients`` concurrent clients, at most limit_s."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(level.requests):
        queue.put_nowait(texts[i % len(texts)])
    deadline = time.monotonic() + limit_s
    limits = httpx.Limits(max_connections=level.clients, max_keepalive_connections=level.clients)
    async with httpx.AsyncClient(base_url=base, trust_env=False, limits=limits,
                                 timeout=httpx.Timeout(300.0)) as http:

        async def client() -> None:
            while time.monotonic() < deadline:
                try:
                    text = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                began = time.perf_counter()
                try:
                    r = await http.post("/v1/analyze", json={"text": text})
                    ok = r.status_code == 200 and r.json().get("findings") is not None
                except httpx.HTTPError:
                    ok = False
                level.latencies.append(time.perf_counter() - began)
                if not ok:
                    level.errors += 1

        began = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(level.clients)))
        level.seconds = time.perf_counter() - began


def soak_texts(count: int) -> list[str]:
    texts = []
    for n in range(count):
        parts = [SOAK_SENTENCES[(n + k) % len(SOAK_SENTENCES)].format(n=1000 + n, d=1 + n % 28)
                 for k in range(1 + n % 3)]
        texts.append(" ".join(parts))
    return texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--soak", type=int, default=10_000, help="requests in the soak phase")
    ap.add_argument("--quick", action="store_true", help="fewer requests (smoke run)")
    ap.add_argument("--limit", type=float, default=240.0, help="max seconds per level")
    args = ap.parse_args()

    words = len(FORM_TEXT.split())
    proc, base = start_server(args.workers)
    try:
        rss_start = rss_mib(proc.pid)
        # Warm up: first requests pay for lazy loading, in every worker (as many clients as
        # workers, a few requests each)
        asyncio.run(run_level(base, Level(args.workers, 4 * args.workers), [FORM_TEXT], 120))
        rss_warm = rss_mib(proc.pid)

        # enough requests per level for a p99 that is not just the slowest of a few
        counts = {1: 40, 8: 400, 32: 640}
        if args.quick:
            counts = {1: 5, 8: 16, 32: 32}
        levels = [Level(c, n) for c, n in counts.items()]
        for level in levels:
            asyncio.run(run_level(base, level, [FORM_TEXT], args.limit))
        rss_load = rss_mib(proc.pid)

        soak_n = min(args.soak, 500) if args.quick else args.soak
        texts = soak_texts(soak_n)
        soak = Level(8, soak_n)
        rss_curve: list[tuple[int, float]] = []
        step = max(1, soak_n // 5)
        done = 0
        began = time.perf_counter()
        while done < soak_n:
            chunk = Level(8, min(step, soak_n - done))
            asyncio.run(run_level(base, chunk, texts[done:done + chunk.requests], 3600))
            soak.latencies += chunk.latencies
            soak.errors += chunk.errors
            done += chunk.requests
            rss_curve.append((done, rss_mib(proc.pid)))
        soak.seconds = time.perf_counter() - began
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()

    print(f"simplify API benchmark: {args.workers} worker(s), loopback, "
          f"text of {words} words / {len(FORM_TEXT)} characters, {os.cpu_count()} CPU cores")
    print()
    print(f"{'clients':>7} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>8} "
          f"{'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for lv in levels:
        rps = len(lv.latencies) / lv.seconds if lv.seconds else 0.0
        print(f"{lv.clients:>7} {len(lv.latencies):>8} {lv.errors:>6} {rps:>7.2f} "
              f"{lv.pct(50) * 1000:>8.0f} {lv.pct(95) * 1000:>8.0f} {lv.pct(99) * 1000:>8.0f} "
              f"{max(lv.latencies, default=0) * 1000:>8.0f}")
    rps = len(soak.latencies) / soak.seconds if soak.seconds else 0.0
    print()
    mean = statistics.fmean(soak.latencies) if soak.latencies else 0.0
    print(f"soak: {len(soak.latencies)} requests (short variants, 8 clients), {soak.errors} "
          f"errors, {rps:.1f} req/s, p50 {soak.pct(50) * 1000:.0f} ms, "
          f"p99 {soak.pct(99) * 1000:.0f} ms, mean {mean * 1000:.0f} ms")
    print()
    print("server RSS (MiB):")
    print(f"  after start-up       {rss_start:8.1f}")
    print(f"  after warm-up        {rss_warm:8.1f}")
    print(f"  after load levels    {rss_load:8.1f}")
    for n, mib in rss_curve:
        print(f"  after {n + sum(len(lv.latencies) for lv in levels) + 3:>6} requests {mib:8.1f}")
    errors = soak.errors + sum(lv.errors for lv in levels)
    total = len(soak.latencies) + sum(len(lv.latencies) for lv in levels) + 3
    print(f"\ntotal requests {total}, errors {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
