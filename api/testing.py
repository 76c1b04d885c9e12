"""Run the app with a real uvicorn server in a background thread (tests, benchmarks, embedding)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from .settings import Settings, server_limits


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(app: FastAPI, host: str = "127.0.0.1", port: int = 0,
                   timeout: float = 60.0) -> Iterator[str]:
    """Serve ``app`` on ``host`` (loopback by default); yield its base URL without a slash.

    uvicorn's access log stays off (it would log query strings). Logging is left to the
    caller's configuration (``log_config=None``), so pytest's caplog sees every record.
    """
    port = port or free_port(host)
    settings = getattr(app.state, "settings", None) or Settings()
    config = uvicorn.Config(app, host=host, port=port, access_log=False, log_config=None,
                            lifespan="on", server_header=False, **server_limits(settings))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="simplify-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("Der Testserver ist nicht gestartet.")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("Der Testserver ist nicht rechtzeitig gestartet.")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
