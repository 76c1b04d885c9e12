"""Loading the word lists under ``rules/wordlists`` (sorted TSV with a header)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError


def _rules_dir() -> Path:
    """rules/ of the source tree; in an installed wheel the same files ship as the data
    package ``simplify_rules`` (see pyproject.toml)."""
    here = Path(__file__).resolve().parent.parent / "rules"
    if here.is_dir():
        return here
    from importlib.util import find_spec

    spec = find_spec("simplify_rules")  # a namespace package: no __init__.py in rules/
    if spec is None or not spec.submodule_search_locations:
        return here
    return Path(next(iter(spec.submodule_search_locations)))


RULES_DIR = _rules_dir()
WORDLIST_DIR = RULES_DIR / "wordlists"

# list name -> (file name, required columns)
LISTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "amtsdeutsch": ("amtsdeutsch.tsv", ("term", "replacements", "example", "note", "source")),
    "fremdwoerter": ("fremdwoerter.tsv", ("term", "replacements", "example", "note", "source")),
    "funktionsverbgefuege": (
        "funktionsverbgefuege.tsv",
        ("verb", "preposition", "noun", "replacements", "example", "note", "source"),
    ),
    "abkuerzungen": (
        "abkuerzungen.tsv", ("abbreviation", "expansion", "avoid", "example", "note", "source"),
    ),
    "geschuetzt": (
        "geschuetzt.tsv",
        ("term", "sense", "explanation", "context", "example", "note", "source"),
    ),
    "rollen": ("rollen.tsv", ("term", "replacement", "example", "note", "source")),
    "gesetze": ("gesetze.tsv", ("abbreviation", "name", "example", "note", "source")),
}


@dataclass(frozen=True)
class Entry:
    """One word-list entry, whatever list it comes from."""

    list_name: str
    term: str
    replacements: tuple[str, ...] = ()
    note: str = ""
    source: str = ""
    example: str = ""
    explanation: str = ""
    avoid: bool = True
    verb: str = ""
    preposition: str = ""
    line: int = 0

    @property
    def key(self) -> str:
        return f"{self.list_name}:{self.term}"


@dataclass
class WordLists:
    """All lists, plus the organisation's overlay (replace / avoid / allow)."""

    entries: dict[str, list[Entry]] = field(default_factory=dict)
    allow: set[str] = field(default_factory=set)

    def get(self, name: str) -> list[Entry]:
        return self.entries.get(name, [])

    def allowed(self, term: str) -> bool:
        return term.casefold() in self.allow

    def counts(self) -> dict[str, int]:
        return {name: len(items) for name, items in self.entries.items()}


def split_alternatives(value: str) -> tuple[str, ...]:
    """Split ``a | b`` into alternatives; ``-`` means no replacement."""
    if value.strip() in {"", "-"}:
        return ()
    return tuple(part.strip() for part in value.split("|") if part.strip())


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Read a TSV file with a header; return (line number, row) pairs."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            rows = list(reader)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Die Wortliste {path} kann nicht gelesen werden: {exc}") from exc
    if not rows:
        raise ConfigError(f"Die Wortliste {path} ist leer.")
    header = tuple(rows[0])
    missing = [c for c in columns if c not in header]
    if missing:
        raise ConfigError(f"In der Wortliste {path} fehlen die Spalten: {', '.join(missing)}.")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise ConfigError(
                f"Wortliste {path}, Zeile {n}: {len(row)} statt {len(header)} Spalten."
            )
        out.append((n, dict(zip(header, row))))
    return out


def entry_from_row(name: str, n: int, row: dict[str, str]) -> Entry:
    """Build an Entry from one TSV row of list ``name`` ("-" means an empty field)."""
    row = {k: ("" if v.strip() == "-" and k in {"note", "example"} else v) for k, v in row.items()}
    if name == "funktionsverbgefuege":
        prep = "" if row["preposition"] == "-" else row["preposition"]
        return Entry(
            name, row["noun"], split_alternatives(row["replacements"]), row["note"],
            row["source"], row["example"], verb=row["verb"], preposition=prep, line=n,
        )
    if name == "abkuerzungen":
        return Entry(
            name, row["abbreviation"], (row["expansion"],), row["note"], row["source"],
            row["example"], avoid=row["avoid"].strip().lower() in {"yes", "ja"}, line=n,
        )
    if name == "geschuetzt":
        return Entry(
            name, row["term"], (), row["note"], row["source"], row["example"],
            explanation=row["explanation"], line=n,
        )
    if name == "gesetze":
        return Entry(
            name, row["abbreviation"], (row["name"],), row["note"], row["source"],
            row["example"], line=n,
        )
    if name == "rollen":
        return Entry(
            name, row["term"], split_alternatives(row["replacement"]), row["note"],
            row["source"], row["example"], line=n,
        )
    return Entry(
        name, row["term"], split_alternatives(row["replacements"]), row["note"], row["source"],
        row["example"], line=n,
    )


def load_wordlists(directory: Path = WORDLIST_DIR) -> WordLists:
    """Load every list that exists in ``directory``."""
    lists = WordLists()
    for name, (filename, columns) in LISTS.items():
        path = directory / filename
        if not path.exists():
            lists.entries[name] = []
            continue
        lists.entries[name] = [entry_from_row(name, n, row) for n, row in read_tsv(path, columns)]
    return lists


def apply_overlay(
    lists: WordLists,
    replace: dict[str, str] | None = None,
    avoid: list[str] | None = None,
    allow: list[str] | None = None,
) -> WordLists:
    """Overlay an organisation's own lists: new replacements, words to avoid, words to allow."""
    entries = {name: list(items) for name, items in lists.entries.items()}
    own = entries.setdefault("eigene", [])
    for term, repl in (replace or {}).items():
        own.append(Entry("eigene", term, split_alternatives(repl), "Hausregel", "eigene"))
    for term in avoid or []:
        own.append(Entry("eigene", term, (), "Hausregel: vermeiden", "eigene"))
    allowed = set(lists.allow) | {t.casefold() for t in allow or []}
    return WordLists(entries, allowed)
