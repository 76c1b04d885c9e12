"""Configuration from environment variables (no extra dependency, German error messages)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from simplify.errors import ConfigError

LOG_LEVELS = ("critical", "error", "warning", "info", "debug")


def default_workers() -> int:
    """One worker process per core (each loads its own pipeline), at most 64."""
    return max(1, min(64, os.cpu_count() or 1))


@dataclass(frozen=True)
class Settings:
    """Service settings. Every field has an environment variable ``SIMPLIFY_<NAME>``."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = field(default_factory=lambda: default_workers())
    max_chars: int = 100_000
    # Seconds an idle keep-alive connection stays open (uvicorn's timeout_keep_alive)
    keep_alive: int = 5
    # Seconds the service waits for the next piece of a request body; then 408 (slow senders)
    body_timeout: int = 30
    # Seconds one request may take, waiting for the worker included; then 503 (0: no limit).
    time_budget: int = 60
    profile: str | None = None  # None: the configuration's profile, else "formular"
    log_level: str = "info"
    model: str | None = None  # an installed official spaCy German model instead of HanTa
    # simplify.toml / pyproject.toml with [tool.simplify]: the organisation's word lists, allow
    # list, profile and rules. None: searched from the working directory upwards, as the CLI does
    config: str | None = None
    # Origins allowed to call the API from a browser (e.g. a LanguageTool browser add-on):
    # SIMPLIFY_CORS_ORIGINS="chrome-extension://abc,https://intranet.example". Empty: off.
    cors_origins: tuple[str, ...] = ()

    @property
    def max_body_bytes(self) -> int:
        """Largest request body we read: worst case is form encoding (12 bytes per character)."""
        return self.max_chars * 12 + 64 * 1024

    @property
    def url(self) -> str:
        """Where a person on this machine opens the page."""
        host = self.host
        if host in {"0.0.0.0", "::", ""}:
            host = "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read ``SIMPLIFY_*`` variables; raise ConfigError with a German message if one is bad."""
        env = os.environ if env is None else env
        defaults = cls()
        log_level = env.get("SIMPLIFY_LOG_LEVEL", defaults.log_level).strip().lower()
        if log_level not in LOG_LEVELS:
            raise ConfigError(
                f"SIMPLIFY_LOG_LEVEL „{log_level}“ gibt es nicht. "
                f"Möglich sind: {', '.join(LOG_LEVELS)}."
            )
        return cls(
            host=env.get("SIMPLIFY_HOST", defaults.host).strip() or defaults.host,
            port=_int(env, "SIMPLIFY_PORT", defaults.port, 1, 65535),
            workers=_int(env, "SIMPLIFY_WORKERS", defaults.workers, 1, 64),
            keep_alive=_int(env, "SIMPLIFY_KEEP_ALIVE", defaults.keep_alive, 1, 3600),
            body_timeout=_int(env, "SIMPLIFY_BODY_TIMEOUT", defaults.body_timeout, 1, 3600),
            max_chars=_int(env, "SIMPLIFY_MAX_CHARS", defaults.max_chars, 1, 10_000_000),
            time_budget=_int(env, "SIMPLIFY_TIME_BUDGET", defaults.time_budget, 0, 86_400),
            profile=env.get("SIMPLIFY_PROFILE", "").strip() or None,
            model=env.get("SIMPLIFY_MODEL", "").strip() or None,
            config=env.get("SIMPLIFY_CONFIG", "").strip() or None,
            log_level=log_level,
            cors_origins=_origins(env.get("SIMPLIFY_CORS_ORIGINS", "")),
        )


def server_limits(settings: Settings) -> dict[str, int]:
    """uvicorn's limits for idle and oversized connections.

    ``timeout_keep_alive`` closes idle keep-alive connections. uvicorn has no time limit for
    slowly sent request headers; ``h11_max_incomplete_event_size`` caps their size, and the
    request guard (api/errors.py) answers 408 when a body stalls for SIMPLIFY_BODY_TIMEOUT.
    Against slowly trickled headers put a reverse proxy in front (nginx:
    client_header_timeout), as for TLS.
    """
    return {"timeout_keep_alive": settings.keep_alive,
            "h11_max_incomplete_event_size": 64 * 1024,
            "timeout_graceful_shutdown": max(settings.time_budget, 5)}


def _origins(raw: str) -> tuple[str, ...]:
    """Comma-separated origins: ``scheme://host[:port]`` (or ``*``), without a path."""
    out: list[str] = []
    for item in raw.split(","):
        origin = item.strip().rstrip("/")
        if not origin:
            continue
        if origin != "*" and ("://" not in origin or "/" in origin.split("://", 1)[1]):
            raise ConfigError(
                f"SIMPLIFY_CORS_ORIGINS: „{origin}“ ist keine Herkunft. Schreiben Sie sie so: "
                "https://intranet.example oder chrome-extension://ID, mehrere durch Kommas "
                "getrennt.")
        out.append(origin)
    return tuple(out)


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError as exc:
        raise ConfigError(f"{name} muss eine ganze Zahl sein, nicht „{raw}“.") from exc
    if not low <= value <= high:
        raise ConfigError(f"{name} muss zwischen {low} und {high} liegen, nicht {value}.")
    return value
