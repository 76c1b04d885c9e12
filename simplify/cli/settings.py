"""Configuration for a command: the file found (or given) with the command line on top."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ConfigError
from .parser import EXIT_OK


def load_config_for(args: argparse.Namespace):  # noqa: ANN202 - returns config.Config
    """The configuration file (unless --no-config) with the command line options on top."""
    from ..config import Config, _rule_ids, load_config
    from ..rules import profile_named

    cfg = Config() if getattr(args, "no_config", False) else load_config(args.config)
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


def show(args: argparse.Namespace) -> int:
    from ..config import to_json, to_toml
    from ..sources import relative_candidates

    cfg = load_config_for(args)
    print(to_json(cfg) if args.format == "json" else to_toml(cfg))
    if args.file:
        p = Path(args.file)
        opts = cfg.options_for(relative_candidates(p, [cfg.base, Path.cwd()]))
        if args.format == "toml":
            print(f"\n# Für {p} gilt: Profil {opts.profile}"
                  + (f", nur {', '.join(opts.enable)}" if opts.enable is not None else "")
                  + (f", aus: {', '.join(opts.disable)}" if opts.disable else "")
                  + (f", Stufen: {opts.levels}" if opts.levels else "")
                  + (f", Grenzwerte: {opts.limits}" if opts.limits else ""))
    return EXIT_OK
