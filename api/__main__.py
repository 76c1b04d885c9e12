"""``python -m api``: start the service with the SIMPLIFY_* settings (see api/settings.py)."""

from __future__ import annotations

import argparse
import copy
import os
import socket
import sys

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from simplify.config import load_config
from simplify.errors import ConfigError, SimplifyError
from simplify.hanta_lexicon import build_in_background, lexicon_present
from simplify.rules import profile_named

from .settings import Settings, server_limits


def log_config(level: str) -> dict:
    """uvicorn's logging plus our loggers. uvicorn's own access log stays off (query strings);
    its English start-up chatter only shows at level debug, our German lines replace it."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["simplify"] = {"handlers": ["default"], "level": level.upper(),
                                     "propagate": False}
    return config


def uvicorn_level(level: str) -> str:
    """uvicorn's own loggers: English start-up lines only at debug."""
    return level if level in {"debug", "warning", "error", "critical"} else "warning"


def port_free(host: str, port: int) -> bool:
    """Can we listen on host:port? (Checked first, for a German message instead of uvicorn's.)"""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m api",
        description="Startet simplify als Webdienst. Einstellungen kommen aus den "
        "Umgebungsvariablen SIMPLIFY_HOST, SIMPLIFY_PORT, SIMPLIFY_WORKERS, SIMPLIFY_MAX_CHARS, "
        "SIMPLIFY_PROFILE, SIMPLIFY_TIME_BUDGET, SIMPLIFY_KEEP_ALIVE und SIMPLIFY_BODY_TIMEOUT; "
        "die Schalter hier haben Vorrang.",
    )
    parser.add_argument("--host", help="Adresse (Standard: 127.0.0.1)")
    parser.add_argument("--port", type=int, help="Port (Standard: 8000)")
    parser.add_argument("--workers", type=int,
                        help="Anzahl der Prozesse (Standard: Anzahl der Prozessorkerne)")
    args = parser.parse_args(argv)
    try:
        env = dict(os.environ)
        for name in ("host", "port", "workers"):
            value = getattr(args, name)
            if value is not None:
                env[f"SIMPLIFY_{name.upper()}"] = str(value)
        settings = Settings.from_env(env)
        if settings.profile:
            profile_named(settings.profile, what="SIMPLIFY_PROFILE")
        if settings.config:
            load_config(settings.config)  # a broken configuration stops the start, in German
        if settings.model:
            import spacy

            if not spacy.util.is_package(settings.model):
                raise ConfigError(f"SIMPLIFY_MODEL: Das spaCy-Modell „{settings.model}“ ist nicht "
                                  "installiert. Installieren Sie es mit pip oder lassen Sie die "
                                  "Variable weg.")
        if not port_free(settings.host, settings.port):
            raise ConfigError(
                f"Die Adresse {settings.host}:{settings.port} ist schon belegt oder nicht "
                "erlaubt. Wählen Sie mit SIMPLIFY_PORT einen anderen Port."
            )
    except SimplifyError as exc:
        print(f"simplify: Fehler: {exc}", file=sys.stderr)
        return 2
    # The app factory reads the settings again in each worker process.
    os.environ.update({k: v for k, v in env.items() if k.startswith("SIMPLIFY_")})
    workers = "1 Prozess" if settings.workers == 1 else f"{settings.workers} Prozesse"
    print(f"simplify startet ({workers}). Öffnen Sie im Browser: {settings.url}", flush=True)
    print(f"Die Schnittstelle (API) ist beschrieben unter: {settings.url}docs", flush=True)
    print("Beenden Sie den Dienst mit Strg + C.", flush=True)
    # HanTa's analyses, computed once per machine (an official spaCy model needs none); the
    # child is held until the service ends
    builder = None if settings.model else build_in_background()
    if builder is not None and not lexicon_present():
        print("Beim ersten Start berechnet simplify im Hintergrund einmal Wortanalysen "
              "(einige Minuten). Danach prüft der Dienst neue Texte schneller.", flush=True)
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        access_log=False,
        log_config=log_config(settings.log_level),
        log_level=uvicorn_level(settings.log_level),
        server_header=False,
        **server_limits(settings),
    )
    if builder is not None and builder.poll() is None:
        builder.terminate()  # the build removes its half file (run_in_background)
    return 0


if __name__ == "__main__":
    sys.exit(main())
