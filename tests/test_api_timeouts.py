"""Issue 15, item 3: idle and stalled connections end; workers follow the cores.

A real uvicorn server on the loopback address (api.testing.running_server), raw sockets.
"""

from __future__ import annotations

import json
import os
import socket
import time

from api import Settings, create_app
from api.settings import server_limits
from api.testing import running_server
from simplify import Simplifier


def _connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=20)
    return sock


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_idle_and_stalled_connections_are_closed(simp: Simplifier) -> None:
    app = create_app(Settings(max_chars=5000, keep_alive=1, body_timeout=1), simplifier=simp)
    with running_server(app) as url:
        # a stalled body: 10 of 100 announced bytes, then nothing -> German 408, closed
        sock = _connect(url)
        sock.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                     b"\r\nContent-Length: 100\r\n\r\n{\"text\": \"")
        began = time.monotonic()
        answer = _read_all(sock)
        sock.close()
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        detail = json.loads(answer.split(b"\r\n\r\n", 1)[1])["detail"]
        assert "zu lange keine Daten" in detail
        assert time.monotonic() - began < 15
        # an idle keep-alive connection after a complete request is closed by the server
        sock = _connect(url)
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        began = time.monotonic()
        answer = _read_all(sock)  # returns when the server closes the connection
        sock.close()
        assert answer.startswith(b"HTTP/1.1 200")
        assert time.monotonic() - began < 15


def test_workers_default_to_the_cores_and_limits_reach_uvicorn() -> None:
    assert Settings().workers == max(1, min(64, os.cpu_count() or 1))
    assert Settings.from_env({"SIMPLIFY_WORKERS": "3"}).workers == 3
    s = Settings.from_env({"SIMPLIFY_KEEP_ALIVE": "7", "SIMPLIFY_BODY_TIMEOUT": "9"})
    assert (s.keep_alive, s.body_timeout) == (7, 9)
    assert server_limits(s)["timeout_keep_alive"] == 7
