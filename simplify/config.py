"""Project configuration: ``simplify.toml`` or ``[tool.simplify]`` in ``pyproject.toml``.

The file is searched from the working directory upwards; the search stops at the first
folder that has one, at a folder with ``.git`` (the top of the repository) or at the
filesystem root. In one folder ``simplify.toml`` wins over ``.simplify.toml`` and
``pyproject.toml``. Command line options win over the file.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError

CONFIG_FILES = ("simplify.toml", ".simplify.toml", "pyproject.toml")
LevelName = Literal["info", "warning", "error", "off"]
FailOn = Literal["info", "warning", "error"]


def _known_rules() -> set[str]:
    from .rules import default_rules
    from .suppress import RULE_ID  # broken control comments: the one rule built in code

    return set(default_rules()) | {RULE_ID}


def _known_limits() -> set[str]:
    from .rules import default_profiles

    return {k for p in default_profiles().values() for k in p.limits}


def _hint(word: str, options: list[str] | set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.6)
    return f" Meinten Sie „{close[0]}“?" if close else ""


def _rule_ids(values: list[str]) -> list[str]:
    known = _known_rules()
    out = []
    for v in values:
        rid = v.strip().upper()
        if rid not in known:
            raise ValueError(f"Die Regel „{v}“ gibt es nicht.{_hint(rid, known)} "
                             "`simplify rules` zeigt alle.")
        out.append(rid)
    return out


class _Rules(BaseModel):
    """Rule selection, levels and limits: allowed at the top and in overrides."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    profile: str | None = None
    enable: list[str] | None = None
    disable: list[str] = Field(default_factory=list)
    levels: dict[str, LevelName] = Field(default_factory=dict)
    limits: dict[str, float] = Field(default_factory=dict)

    @field_validator("profile")
    @classmethod
    def _profile_known(cls, v: str | None) -> str | None:
        from .rules import profile_named

        if v is not None:
            try:
                profile_named(v)
            except ConfigError as exc:
                raise ValueError(str(exc)) from exc
        return v

    @field_validator("enable", "disable")
    @classmethod
    def _ids(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else _rule_ids(v)

    @field_validator("levels")
    @classmethod
    def _level_ids(cls, v: dict[str, str]) -> dict[str, str]:
        return dict(zip(_rule_ids(list(v)), v.values()))

    @field_validator("limits")
    @classmethod
    def _limit_keys(cls, v: dict[str, float]) -> dict[str, float]:
        known = _known_limits()
        for key, value in v.items():
            if key not in known:
                raise ValueError(f"Den Grenzwert „{key}“ gibt es nicht.{_hint(key, known)} "
                                 f"Möglich sind: {', '.join(sorted(known))}.")
            if value < 0:
                raise ValueError(f"Der Grenzwert „{key}“ darf nicht negativ sein.")
        return v


class Override(_Rules):
    """Settings for the files that match one of ``files`` (globs)."""

    files: list[str] = Field(min_length=1)


class Settings(_Rules):
    """All keys of ``[tool.simplify]`` / ``simplify.toml``."""

    profile: str | None = "formular"
    replace: dict[str, str] = Field(default_factory=dict)
    avoid: list[str] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)  # names of bodies: never changed
    fail_on: FailOn = Field("warning", alias="fail-on")
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    baseline: str | None = None
    model: str | None = None
    overrides: list[Override] = Field(default_factory=list)


# Keys as written in the file (``fail-on``) in the order ``simplify config`` prints them.
KEYS = ["profile", "fail-on", "enable", "disable", "levels", "limits", "replace", "avoid",
        "allow", "names", "include", "exclude", "baseline", "model", "overrides"]


def _attr(key: str) -> str:
    return key.replace("-", "_")


@dataclass
class FileOptions:
    """What ``Simplifier.analyze`` gets for one file."""

    profile: str
    enable: list[str] | None
    disable: list[str]
    levels: dict[str, str]
    limits: dict[str, float]


@dataclass
class Config:
    """The effective settings and where each came from."""

    settings: Settings = field(default_factory=Settings)
    path: Path | None = None  # the configuration file, if any
    # key -> "Standard" | path of the file | "Kommandozeile"
    origins: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> Path:
        """Folder that globs in the file are relative to (the file's folder, else cwd)."""
        return self.path.parent if self.path else Path.cwd()

    def origin(self, key: str) -> str:
        return self.origins.get(key, "Standard")

    def set_cli(self, key: str, value: Any) -> None:
        """Let a command line option win over the file."""
        setattr(self.settings, _attr(key), value)
        self.origins[key] = "Kommandozeile"

    def baseline_path(self) -> Path | None:
        if not self.settings.baseline:
            return None
        p = Path(self.settings.baseline)
        return p if p.is_absolute() or self.origin("baseline") == "Kommandozeile" \
            else self.base / p

    def options_for(self, candidates: list[str], cli_profile: bool = False) -> FileOptions:
        """Settings for one file; ``candidates`` are its paths relative to the glob roots."""
        from .sources import matches_any

        s = self.settings
        profile = s.profile or "formular"
        enable = list(s.enable) if s.enable is not None else None
        disable = list(s.disable)
        levels = dict(s.levels)
        limits = dict(s.limits)
        for ov in s.overrides:
            if not matches_any(ov.files, candidates):
                continue
            if ov.profile and not cli_profile:
                profile = ov.profile
            if ov.enable is not None:
                enable = list(ov.enable)
            disable += [r for r in ov.disable if r not in disable]
            levels.update(ov.levels)
            limits.update(ov.limits)
        return FileOptions(profile, enable, disable, levels, limits)


# -- finding and loading ------------------------------------------------------------------------


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The first configuration file from ``start`` upwards, with its simplify table."""
    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            data = _read_toml(candidate)
            if name == "pyproject.toml":
                table = data.get("tool", {}).get("simplify")
                if table is None:
                    continue
                return candidate, table
            return candidate, data
        if (folder / ".git").exists():
            break
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        where = f" (Zeile {m.group(1)}, Spalte {m.group(2)})" if m else ""
        raise ConfigError(
            f"{path}: Die Datei ist kein gültiges TOML{where}. Prüfen Sie Anführungszeichen, "
            f"Klammern und Kommas. Meldung des Lesers: {msg}"
        ) from exc
    except OSError as exc:
        raise ConfigError(f"{path}: Die Datei kann nicht gelesen werden ({exc.strerror}).") \
            from exc


def load_config(explicit: str | None = None, start: Path | None = None) -> Config:
    """Load the configuration: ``explicit`` (``--config``) or the first file found upwards."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: Die Konfigurationsdatei gibt es nicht.")
        data = _read_toml(path)
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("simplify", {})
        found: tuple[Path, dict[str, Any]] | None = (path, data)
    else:
        found = find_config(start)
    if found is None:
        return Config()
    path, data = found
    prefix = "tool.simplify." if path.name == "pyproject.toml" else ""
    settings = validate(data, path, prefix)
    origins = {key: str(path) for key in KEYS if key in data or _attr(key) in data}
    return Config(settings, path.resolve(), origins)


def validate(data: dict[str, Any], path: Path | str, prefix: str = "") -> Settings:
    """Validate the simplify table; errors name the file and the key, in German."""
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: „{prefix.rstrip('.') or 'simplify'}“ muss eine Tabelle sein.")
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        lines = [_german_error(err, prefix) for err in exc.errors()]
        raise ConfigError(f"{path}: Die Konfiguration ist fehlerhaft.\n  " + "\n  ".join(lines)) \
            from exc


def _key_path(loc: tuple[Any, ...], prefix: str) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1] = f"{parts[-1]}[{item + 1}]" if parts else f"[{item + 1}]"
        else:
            parts.append(str(item))
    return prefix + ".".join(parts)


def _german_error(err: dict[str, Any], prefix: str) -> str:
    loc = tuple(err.get("loc", ()))
    key = _key_path(loc, prefix)
    kind = err.get("type", "")
    value = err.get("input")
    if kind == "extra_forbidden":
        last = str(loc[-1]) if loc else ""
        options = KEYS if len(loc) == 1 else ["files", "profile", "enable", "disable", "levels",
                                               "limits"]
        return f"Schlüssel „{key}“: Diesen Schlüssel kennt simplify nicht.{_hint(last, options)}"
    if kind == "missing":
        return f"Schlüssel „{key}“ fehlt."
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "").replace("'", "")
        return f"Schlüssel „{key}“: „{value}“ ist nicht erlaubt. Möglich sind: {expected}."
    if kind == "list_type":
        return f"Schlüssel „{key}“: Hier gehört eine Liste hin, zum Beispiel [\"SIM-P001\"]."
    if kind == "dict_type":
        return (f"Schlüssel „{key}“: Hier gehört eine Tabelle hin, zum Beispiel "
                "{ SIM-P006 = \"off\" }.")
    if kind == "string_type":
        return f"Schlüssel „{key}“: Hier gehört ein Text in Anführungszeichen hin."
    if kind.startswith(("float", "int")):
        return f"Schlüssel „{key}“: Hier gehört eine Zahl hin, nicht „{value}“."
    if kind == "too_short":
        return f"Schlüssel „{key}“: Die Liste darf nicht leer sein."
    if kind == "value_error":
        msg = str(err.get("ctx", {}).get("error", err.get("msg", "")))
        return f"Schlüssel „{key}“: {msg}"
    return f"Schlüssel „{key}“: {err.get('msg', 'ungültiger Wert')}"


# -- printing (``simplify config``) -------------------------------------------------------------


def effective_dict(cfg: Config) -> dict[str, Any]:
    """The effective settings, keyed as in the file."""
    data = cfg.settings.model_dump(by_alias=True, exclude_none=False)
    data["overrides"] = [
        {k: v for k, v in ov.items() if v not in (None, [], {})} for ov in data["overrides"]
    ]
    return {key: data[key] for key in KEYS}


def to_json(cfg: Config) -> str:
    """Effective settings and their origins as JSON."""
    payload = {
        "config_file": str(cfg.path) if cfg.path else None,
        "settings": effective_dict(cfg),
        "origins": {key: cfg.origin(key) for key in KEYS},
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def to_toml(cfg: Config) -> str:
    """Effective settings as TOML with a comment per key saying where it came from.

    Hand-written because tomllib only reads TOML and tomli-w cannot write comments; the values
    are plain strings, numbers, lists and small tables.
    """
    data = effective_dict(cfg)
    lines = ["# Wirksame Einstellungen von simplify"]
    if cfg.path:
        note = " (Tabelle [tool.simplify])" if cfg.path.name == "pyproject.toml" else ""
        lines.append(f"# Konfigurationsdatei: {cfg.path}{note}")
    else:
        lines.append("# Keine Konfigurationsdatei gefunden: es gelten die Standardwerte.")
    lines.append("")
    for key in KEYS:
        if key == "overrides":
            continue
        value = data[key]
        origin = cfg.origin(key)
        if value is None:
            lines.append(f"# {key} = (nicht gesetzt)  # {origin}")
            continue
        lines.append(f"{_toml_key(key)} = {_toml_value(value)}  # {origin}")
    for ov in data["overrides"]:
        lines.append("")
        lines.append(f"[[overrides]]  # {cfg.origin('overrides')}")
        for k, v in ov.items():
            lines.append(f"{_toml_key(k)} = {_toml_value(v)}")
    return "\n".join(lines)


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(int(value)) if float(value).is_integer() else repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")
