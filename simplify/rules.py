"""Rules and profiles as data: loading and validating ``rules/*.yaml``."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ConfigError
from .vocabulary import FAMILIES, SCOPES, Level
from .wordlists import ENTRY_FIELDS, MATCH_KINDS, RULES_DIR, ListSpec, WordLists, load_wordlists

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


class WordListDecl(BaseModel):
    """A word list declared by the rule that owns it (``wordlist:`` as a mapping).

    Adding a list with its rule is one YAML entry plus the TSV file: the layout (``columns``,
    ``fields``), how entries are found (``match``) and whether they are terms of art
    (``protects``) or take the organisation's own words (``organisation``) are data.
    """

    model_config = ConfigDict(extra="forbid")

    file: str
    columns: list[str]
    fields: dict[str, str] = Field(default_factory=dict)
    match: str = "terms"
    protects: bool = False
    organisation: bool = False

    @model_validator(mode="after")
    def _valid(self) -> WordListDecl:
        if not self.file.endswith(".tsv") or "/" in self.file:
            raise ValueError(f"Wortliste „{self.file}“: eine .tsv-Datei in rules/wordlists.")
        if self.match not in MATCH_KINDS:
            raise ValueError(f"match „{self.match}“ gibt es nicht: {', '.join(MATCH_KINDS)}.")
        for fld, col in self.fields.items():
            if fld not in ENTRY_FIELDS or col not in self.columns:
                raise ValueError(f"fields: „{fld}: {col}“ passt nicht zu den Spalten.")
        for needed in ("term", "example", "source"):
            if needed not in self.columns and needed not in self.fields:
                raise ValueError(f"Wortliste {self.file}: Spalte „{needed}“ fehlt.")
        return self

    @property
    def name(self) -> str:
        return _stem(self.file)

    def spec(self) -> ListSpec:
        return ListSpec(self.name, self.file, tuple(self.columns), tuple(self.fields.items()),
                        self.match, self.protects, self.organisation)


@lru_cache(maxsize=256)
def _stem(file: str) -> str:
    """A list's name from its file name (asked for each sentence by the word-list rules, and
    a Path per call was 1 % of an analysis)."""
    return Path(file).stem


class Rule(BaseModel):
    id: str
    family: str
    level: Level
    message: str
    why: str
    check: str
    params: dict[str, Any] = Field(default_factory=dict)
    wordlist: WordListDecl | str | None = Field(
        None, description="the list this rule declares (mapping) or reads (its name)")
    rewrite: str | None = Field(None, description="name of a sentence rewrite in suggest.py")
    title: str = ""
    scope: str = Field(
        "sentence", description="word: the rule judges a word (list entry, long word), so the "
        "same word again in a text is a repeat of one finding; sentence: every place counts")
    examples: list[Example]

    @property
    def list_name(self) -> str | None:
        """Name of the word list the rule declares or reads."""
        if isinstance(self.wordlist, WordListDecl):
            return self.wordlist.name
        return self.wordlist

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

    @field_validator("scope")
    @classmethod
    def _scope_known(cls, v: str) -> str:
        if v not in SCOPES:
            raise ValueError(f"Unbekannter Bereich (scope) {v}; erlaubt: {', '.join(SCOPES)}.")
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
    declared = {s.name for s in list_specs(rules)}
    for rule in rules.values():
        if rule.list_name is not None and rule.list_name not in declared:
            raise ConfigError(f"Regel {rule.id}: Die Wortliste „{rule.list_name}“ deklariert "
                              "keine Regel.")
    return rules


def list_specs(rules: dict[str, Rule]) -> list[ListSpec]:
    """The word lists the rules declare, in rule order; a list is declared once."""
    specs: dict[str, ListSpec] = {}
    for rule in rules.values():
        if isinstance(rule.wordlist, WordListDecl):
            if rule.wordlist.name in specs:
                raise ConfigError(f"Regel {rule.id}: Die Wortliste „{rule.wordlist.name}“ ist "
                                  "schon deklariert. Nennen Sie sie hier nur beim Namen.")
            specs[rule.wordlist.name] = rule.wordlist.spec()
    return list(specs.values())


def default_list_specs() -> list[ListSpec]:
    return list_specs(default_rules())


def default_wordlists() -> WordLists:
    """The shipped word lists, as the shipped rules declare them."""
    return load_wordlists(default_list_specs())


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
