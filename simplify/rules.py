"""Rules and profiles as data: loading and validating ``rules/*.yaml``."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from .errors import ConfigError
from .vocabulary import FAMILIES, Level
from .wordlists import RULES_DIR

_MARK = re.compile(r"\[([^\[\]]+)\]")


class Example(BaseModel):
    """A bad example with its marked finding(s) in [brackets], or a good example."""

    bad: str | None = None
    good: str | None = None
    fix: str | None = None
    profile: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Example:
        if (self.bad is None) == (self.good is None):
            raise ValueError("Ein Beispiel braucht genau eines von 'bad' oder 'good'.")
        if self.bad is not None and not _MARK.search(self.bad):
            raise ValueError(f"Schlechtes Beispiel ohne [Markierung]: {self.bad}")
        return self

    def text(self) -> str:
        """The example as plain text, without the marks."""
        raw = self.bad if self.bad is not None else self.good
        assert raw is not None
        return _MARK.sub(lambda m: m.group(1), raw)

    def marked_spans(self) -> list[tuple[int, int]]:
        """Character spans of the [marked] passages in the plain text."""
        spans, shift = [], 0
        for m in _MARK.finditer(self.bad or ""):
            start = m.start() - shift
            spans.append((start, start + len(m.group(1))))
            shift += 2
        return spans


class Rule(BaseModel):
    id: str
    family: str
    level: Level
    message: str
    why: str
    check: str
    params: dict[str, Any] = Field(default_factory=dict)
    wordlist: str | None = None
    rewrite: str | None = Field(None, description="name of a sentence rewrite in suggest.py")
    title: str = ""
    examples: list[Example]

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not re.fullmatch(r"SIM-[A-Z]\d{3}", v):
            raise ValueError(f"Regel-ID {v} hat nicht die Form SIM-X000.")
        return v

    @field_validator("family")
    @classmethod
    def _family_known(cls, v: str) -> str:
        if v not in FAMILIES:
            raise ValueError(f"Unbekannte Familie {v}; erlaubt: {', '.join(FAMILIES)}.")
        return v

    @field_validator("examples")
    @classmethod
    def _has_examples(cls, v: list[Example]) -> list[Example]:
        if not any(e.bad for e in v) or not any(e.good for e in v):
            raise ValueError("Jede Regel braucht mindestens ein schlechtes und ein gutes Beispiel.")
        return v


class Profile(BaseModel):
    """Thresholds and rule levels for one kind of text."""

    name: str
    label: str
    description: str = ""
    target: float
    limits: dict[str, float]
    levels: dict[str, str] = Field(default_factory=dict)  # rule id -> level or "off"

    def limit(self, key: str) -> float:
        try:
            return self.limits[key]
        except KeyError as exc:
            raise ConfigError(f"Profil {self.name}: Grenzwert „{key}“ fehlt.") from exc


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"Die Datei {path} kann nicht gelesen werden: {exc}") from exc


def load_rules(directory: Path = RULES_DIR) -> dict[str, Rule]:
    """All rules from ``rules/*.yaml`` except the profiles file, keyed by id."""
    rules: dict[str, Rule] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == "profiles.yaml":
            continue
        data = _load_yaml(path) or []
        for raw in data:
            try:
                rule = Rule.model_validate(raw)
            except ValidationError as exc:
                rid = raw.get("id", "?") if isinstance(raw, dict) else "?"
                raise ConfigError(f"Regel {rid} in {path.name} ist ungültig: {exc}") from exc
            if rule.id in rules:
                raise ConfigError(f"Regel-ID {rule.id} ist doppelt vergeben ({path.name}).")
            rules[rule.id] = rule
    return rules


def load_profiles(directory: Path = RULES_DIR) -> dict[str, Profile]:
    data = _load_yaml(directory / "profiles.yaml") or {}
    try:
        return {name: Profile(name=name, **body) for name, body in data.items()}
    except (ValidationError, TypeError) as exc:
        raise ConfigError(f"profiles.yaml ist ungültig: {exc}") from exc


def profile_named(name: str, profiles: dict[str, Profile] | None = None,
                  what: str = "Das Profil") -> Profile:
    """The profile called ``name``; a German ConfigError (with a hint) if there is none.

    The one place where profile names are validated: CLI, configuration, control comments,
    the service and the API all call it.
    """
    profiles = profiles if profiles is not None else default_profiles()
    try:
        return profiles[name]
    except (KeyError, TypeError) as exc:
        close = difflib.get_close_matches(str(name), list(profiles), n=1, cutoff=0.6)
        hint = f" Meinten Sie „{close[0]}“?" if close else ""
        raise ConfigError(f"{what} „{name}“ gibt es nicht.{hint} Möglich sind: "
                          f"{', '.join(profiles)}.") from exc


@lru_cache(maxsize=1)
def default_rules() -> dict[str, Rule]:
    return load_rules()


@lru_cache(maxsize=1)
def default_profiles() -> dict[str, Profile]:
    return load_profiles()
