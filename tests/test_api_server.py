"""``python -m api`` as an operator starts it: German start message, real uvicorn, quiet logs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from api.testing import free_port

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Zebrafink Quittenbaum"


def test_python_m_api_serves_and_logs_no_text() -> None:
    port = free_port()
    env = {**os.environ, "SIMPLIFY_HOST": "127.0.0.1", "SIMPLIFY_PORT": str(port),
           "SIMPLIFY_LEXICON": "0",  # no background build of the lexicon in the suite
           "SIMPLIFY_MAX_CHARS": "5000", "SIMPLIFY_PROFILE": "brief",
           "SIMPLIFY_LOG_LEVEL": "debug", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "api"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, trust_env=False, timeout=30) as http:
            deadline = time.monotonic() + 60
            while True:
                assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
                try:
                    if http.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "Der Dienst ist nicht gestartet."
                time.sleep(0.2)
            text = f"{SECRET}. Der Antrag ist bis zum 1. März einzureichen."
            r = http.post("/v1/analyze", json={"text": text})
            assert r.status_code == 200 and r.json()["profile"] == "brief"
            r = http.get("/v2/check", params={"text": text, "language": "de-DE"})
            assert r.status_code == 200 and r.json()["matches"]
            r = http.post("/v1/analyze", json={"text": text * 200})
            assert r.status_code == 413
            assert http.get("/").status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert f"Öffnen Sie im Browser: http://127.0.0.1:{port}/" in out
    assert "POST /v1/analyze 200" in out and "GET /v2/check 200" in out
    assert "POST /v1/analyze 413" in out
    assert "Zebrafink" not in out
    assert "language=" not in out
