"""Configuration for a command: the file that applies (or the one given) with the command line
on top.

Like ruff, the configuration of a checked file is searched from that file's folder upwards
(``config.find_config``), so files in different folders may use different files. ``--config``
forces one file for all, ``--no-config`` none.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ConfigError
from .parser import EXIT_OK


def apply_cli(cfg, args: argparse.Namespace):  # noqa: ANN001, ANN201 - config.Config
    """Let the command line options win over the file."""
    from ..config import _rule_ids
    from ..rules import profile_named

    s = cfg.settings
    if getattr(args, "profile", None):
        profile_named(args.profile)
        cfg.set_cli("profile", args.profile)
    try:
        if getattr(args, "enable", None):
            cfg.set_cli("enable", _rule_ids(args.enable))
        if getattr(args, "disable", None):
            cfg.set_cli("disable", s.disable + [r for r in _rule_ids(args.disable)
                                                if r not in s.disable])
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    if getattr(args, "include", None):
        cfg.set_cli("include", list(args.include))
    if getattr(args, "exclude", None):
        cfg.set_cli("exclude", s.exclude + list(args.exclude))
    if getattr(args, "fail_on", None):
        cfg.set_cli("fail-on", args.fail_on)
    if getattr(args, "model", None):
        cfg.set_cli("model", args.model)
    if getattr(args, "baseline", None):
        cfg.set_cli("baseline", args.baseline)
    return cfg


def load_config_for(args: argparse.Namespace, start: Path | None = None):  # noqa: ANN201
    """The configuration file (unless --no-config) with the command line options on top.

    Without --config the file is searched from ``start`` (default: the working directory)
    upwards.
    """
    from ..config import Config, load_config

    if getattr(args, "no_config", False):
        return apply_cli(Config(), args)
    return apply_cli(load_config(args.config, start), args)


class Resolver:
    """The configuration that applies to each path, loaded once per configuration file."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.forced = bool(getattr(args, "config", None) or getattr(args, "no_config", False))
        self._by_folder: dict[Path, object] = {}
        self._by_file: dict[Path | None, object] = {}
        self.default = load_config_for(args)  # working directory: stdin, run-wide settings
        self._by_file[self.default.path] = self.default

    def for_path(self, path: Path | str):  # noqa: ANN201 - config.Config
        """The configuration for a file or folder: searched from its folder upwards."""
        if self.forced or str(path) == "-":
            return self.default
        p = Path(path)
        folder = (p if p.is_dir() else p.parent).resolve()
        if folder not in self._by_folder:
            from ..config import find_config

            found = find_config(folder)
            key = found[0].resolve() if found else None
            if key not in self._by_file:
                self._by_file[key] = load_config_for(self.args, folder)
            self._by_folder[folder] = self._by_file[key]
        return self._by_folder[folder]


def show(args: argparse.Namespace) -> int:
    import json

    from ..config import to_json, to_toml
    from ..sources import relative_candidates

    resolver = Resolver(args)
    cfg = resolver.for_path(args.file) if args.file else resolver.default
    if not args.file:
        print(to_json(cfg) if args.format == "json" else to_toml(cfg))
        return EXIT_OK
    p = Path(args.file)
    opts = cfg.options_for(relative_candidates(p, [cfg.base]),
                           cfg.origin("profile") == "Kommandozeile")
    if args.format == "json":
        payload = json.loads(to_json(cfg))
        payload["file"] = str(p)
        payload["file_options"] = {"profile": opts.profile, "enable": opts.enable,
                                   "disable": opts.disable, "levels": opts.levels,
                                   "limits": opts.limits}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    where = cfg.path if cfg.path else "keine (es gelten die Standardwerte)"
    print(f"# Für {p} gilt die Konfigurationsdatei: {where}")
    print(to_toml(cfg))
    print(f"\n# Für {p} gilt: Profil {opts.profile}"
          + (f", nur {', '.join(opts.enable)}" if opts.enable is not None else "")
          + (f", aus: {', '.join(opts.disable)}" if opts.disable else "")
          + (f", Stufen: {opts.levels}" if opts.levels else "")
          + (f", Grenzwerte: {opts.limits}" if opts.limits else ""))
    return EXIT_OK
