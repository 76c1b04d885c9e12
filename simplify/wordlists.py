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

# Entry fields a list's columns can fill (``fields`` in the rule's ``wordlist:`` block maps a
# field to a column when their names differ, e.g. ``replacements: expansion``).
ENTRY_FIELDS = ("term", "replacements", "note", "source", "example", "explanation", "avoid",
                "verb", "preposition", "sense", "context", "one_click", "hint", "known")
MATCH_KINDS = ("terms", "abbreviations", "verb_phrases")
ORGANISATION_SOURCE = "eigene"


@dataclass(frozen=True)
class ListSpec:
    """How a word list is laid out and matched, declared in the rule that owns it.

    ``columns`` is the TSV header in order; ``fields`` maps Entry fields to columns where the
    names differ; ``match`` says how entries are found in a text: ``terms`` (single words by
    form or lemma, phrases, separable verbs), ``abbreviations`` (kept whole by the tokenizer) or
    ``verb_phrases`` (light verb + noun, Funktionsverbgefüge). ``protects``: the entries are
    terms of art that no other list may replace. ``organisation``: the organisation's own
    ``replace``/``avoid`` entries join this list.
    """

    name: str
    file: str
    columns: tuple[str, ...]
    fields: tuple[tuple[str, str], ...] = ()
    match: str = "terms"
    protects: bool = False
    organisation: bool = False

    def column(self, fld: str) -> str | None:
        """The column that fills Entry field ``fld`` (None if the list has none)."""
        mapped = dict(self.fields).get(fld)
        if mapped is not None:
            return mapped
        return fld if fld in self.columns else None


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
    sense: str = ""
    context: tuple[str, ...] = ()  # lemmas of which one must be near for this sense
    # the replacements cleared for one-click use: the same meaning in every administrative
    # usage, a drop-in in place. None: the list has no such column (an organisation's own
    # ``replace`` entries are its own decision), so every replacement may be applied.
    one_click: tuple[str, ...] | None = None
    # understood by every reader; a plainer word is a matter of style: the finding is a hint,
    # one level below its rule's (an editor's verdict per entry, column ``hint``)
    hint: bool = False
    # a term of art every adult reader understands in this sense ("Klage", "Wohngeld"): it is
    # still protected from replacement, but an explanation would patronise (column ``known``)
    known: bool = False
    # known to a reader who holds a letter or form of the office ("Bescheid"), explained on an
    # information page about the procedure (column ``known`` = ``letter``)
    known_in_letters: bool = False
    line: int = 0

    def may_apply(self, replacement: str) -> bool:
        """May this replacement be offered for one-click use (safety "safe")?"""
        return self.one_click is None or replacement in self.one_click

    @property
    def key(self) -> str:
        return f"{self.list_name}:{self.term}"


@dataclass
class WordLists:
    """All lists, plus the organisation's overlay (replace / avoid / allow)."""

    entries: dict[str, list[Entry]] = field(default_factory=dict)
    allow: set[str] = field(default_factory=set)
    specs: dict[str, ListSpec] = field(default_factory=dict)
    org_names: tuple[str, ...] = ()  # the organisation's own names: never changed

    def names(self, match: str) -> list[str]:
        """The lists matched in this way, in declaration order."""
        return [n for n, spec in self.specs.items() if spec.match == match]

    def of_kind(self, match: str) -> list[Entry]:
        return [e for n in self.names(match) for e in self.get(n)]

    def protected_names(self) -> list[str]:
        return [n for n, spec in self.specs.items() if spec.protects]

    def get(self, name: str) -> list[Entry]:
        return self.entries.get(name, [])

    def allowed(self, term: str) -> bool:
        return term.casefold() in self.allow

    def abbreviation_terms(self) -> list[str]:
        """Abbreviations the tokenizer must keep whole ("z. B.", "Abs.")."""
        return [e.term for e in self.of_kind("abbreviations")]

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


def _yes_no(spec: ListSpec, n: int, column: str, value: str,
            allowed: str = "yes, no") -> bool:
    """A yes/no column ("-" or empty: no)."""
    value = value.strip().lower()
    if value not in {"", "yes", "ja", "no", "nein"}:
        raise ConfigError(f"Wortliste {spec.file}, Zeile {n}: in der Spalte {column} steht "
                          f"„{value}“; erlaubt sind {allowed} oder -.")
    return value in {"yes", "ja"}


def entry_from_row(spec: ListSpec, n: int, row: dict[str, str]) -> Entry:
    """Build an Entry from one TSV row ("-" means an empty field)."""

    def get(fld: str) -> str:
        col = spec.column(fld)
        value = row.get(col, "") if col else ""
        return "" if value.strip() == "-" and fld != "replacements" else value

    replacements = split_alternatives(get("replacements"))
    one_click = None
    if (col := spec.column("one_click")) is not None:
        one_click = split_alternatives(row.get(col, ""))
        stray = [r for r in one_click if r not in replacements]
        if stray:
            raise ConfigError(f"Wortliste {spec.file}, Zeile {n}: „{stray[0]}“ steht in "
                              "one_click, aber nicht unter den Ersetzungen.")
    hint = _yes_no(spec, n, "hint", get("hint"))
    in_letters = get("known").strip().lower() == "letter"
    known = not in_letters and _yes_no(spec, n, "known", get("known"), "yes, no, letter")
    return Entry(
        spec.name, get("term"), replacements, get("note"),
        get("source"), get("example"), explanation=get("explanation"),
        avoid=(get("avoid").strip().lower() in {"yes", "ja"}) if spec.column("avoid") else True,
        hint=hint, known=known, known_in_letters=in_letters,
        verb=get("verb"), preposition=get("preposition"), sense=get("sense"),
        context=split_alternatives(get("context")), one_click=one_click, line=n,
    )


def load_wordlists(specs: list[ListSpec], directory: Path = WORDLIST_DIR) -> WordLists:
    """Load every list the rules declare (``rules.default_wordlists()`` for the shipped ones)."""
    lists = WordLists(specs={spec.name: spec for spec in specs})
    for spec in specs:
        path = directory / spec.file
        if not path.exists():
            raise ConfigError(f"Die Wortliste {path} gibt es nicht (Regeldaten: „{spec.name}“).")
        lists.entries[spec.name] = [entry_from_row(spec, n, row)
                                    for n, row in read_tsv(path, spec.columns)]
    return lists


def apply_overlay(
    lists: WordLists,
    replace: dict[str, str] | None = None,
    avoid: list[str] | None = None,
    allow: list[str] | None = None,
    names: list[str] | None = None,
) -> WordLists:
    """Overlay an organisation's own lists: new replacements, words to avoid, words to allow."""
    entries = {name: list(items) for name, items in lists.entries.items()}
    target = next((n for n, spec in lists.specs.items() if spec.organisation), None)
    if target is None and (replace or avoid):
        raise ConfigError("Keine Regel nimmt die eigenen Wörter der Organisation auf "
                          "(„organisation: true“ in einer Wortliste der Regeldaten).")
    own = entries.setdefault(target, []) if target else []
    for term, repl in (replace or {}).items():
        own.append(Entry(target or "", term, split_alternatives(repl), "Hausregel",
                         ORGANISATION_SOURCE))
    for term in avoid or []:
        own.append(Entry(target or "", term, (), "Hausregel: vermeiden", ORGANISATION_SOURCE))
    allowed = set(lists.allow) | {t.casefold() for t in allow or []}
    return WordLists(entries, allowed, dict(lists.specs),
                     tuple(dict.fromkeys([*lists.org_names, *(names or [])])))
