"""LanguageTool API v2 compatibility: annotated input, UTF-16 offsets, the response shape.

LanguageTool is written in Java: its ``offset`` and ``length`` count UTF-16 code units. Python
counts code points. A character outside the Basic Multilingual Plane (most emoji) is one code
point but two UTF-16 units, so every offset after it shifts by one. language_tool_python undoes
exactly this shift on the client side (``Match.__init__``), and LibreOffice uses UTF-16 natively.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simplify import Report, __version__
from simplify.errors import InputError, SimplifyError
from simplify.rules import Rule
from simplify.vocabulary import FAMILIES, family_label

from .bodies import clean_json

CONTEXT_CHARS = 40  # LanguageTool's default context size on each side

# What /v2/languages lists: German only. Names are German, clients match on the codes.
LANGUAGES = [
    {"name": "Deutsch", "code": "de", "longCode": "de"},
    {"name": "Deutsch (Deutschland)", "code": "de", "longCode": "de-DE"},
    {"name": "Deutsch (Österreich)", "code": "de", "longCode": "de-AT"},
    {"name": "Deutsch (Schweiz)", "code": "de", "longCode": "de-CH"},
]
_BY_CODE = {lang["longCode"].lower(): lang for lang in LANGUAGES}


class LanguageError(SimplifyError):
    """A language other than German was requested (HTTP 400)."""

    code = "E400"


# Frequent German function words: articles, pronouns, prepositions, conjunctions, auxiliaries.
# German running text has 30-50 % of them; English or French text has almost none.
_FUNCTION_WORDS_TEXT = """
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
und oder aber denn sondern doch dass daß weil wenn ob als wie bis damit sowie bzw
ich du er sie es wir ihr mich mir dich dir sich uns euch ihn ihm ihnen ihre ihrer ihren
ihrem ihres sein seine seiner seinen seinem unser unsere unseren unserem euer man
mit von zu zum zur bei beim im in ins an am auf aus für über unter vor nach durch gegen
ohne um seit während wegen bis vom zwischen neben hinter
ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können muss
müssen soll sollen darf dürfen will wollen möchten bin bist seid
nicht auch noch nur schon sehr hier dort dann jetzt bitte ja nein nichts alle allen
dieser diese dieses diesen diesem jeder jede jedes welche welcher was wer wo
"""
GERMAN_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
MIN_WORDS_TO_DECIDE = 4
MIN_GERMAN_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def looks_german(text: str) -> bool:
    """A cheap offline guess: enough German function words (or umlauts and ß) among the
    words. Very short texts (fewer than four words) count as German: too little to decide."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS_TO_DECIDE:
        return True
    german = sum(1 for w in words if w in GERMAN_FUNCTION_WORDS or any(c in w for c in "äöüß"))
    return german / len(words) >= MIN_GERMAN_SHARE


def resolve_language(tag: str | None, text: str = "") -> dict[str, Any]:
    """The response's ``language`` object for a request's ``language`` field.

    ``auto`` answers German only for text that looks German (``looks_german``).
    """
    raw = (tag or "auto").strip()
    key = raw.replace("_", "-").lower()
    if key == "auto":
        if not looks_german(text):
            raise LanguageError(
                "Der Text sieht nicht nach Deutsch aus. simplify prüft nur deutsche Texte. "
                "Wenn der Text doch deutsch ist, geben Sie die Sprache an (language=de-DE)."
            )
        lang = _BY_CODE["de-de"]
        source = "auto"
    elif key in _BY_CODE:
        lang = _BY_CODE[key]
        source = "request"
    else:
        raise LanguageError(
            f"Die Sprache „{raw[:20]}“ prüft simplify nicht. simplify prüft nur Deutsch. "
            "Möglich sind: de, de-DE, de-AT, de-CH und auto."
        )
    return {
        "name": lang["name"],
        "code": lang["longCode"],
        "detectedLanguage": {"name": lang["name"], "code": lang["longCode"],
                             "confidence": 1.0, "source": source},
    }


@dataclass
class Document:
    """What LanguageTool clients send, turned into the text simplify checks.

    ``original`` is the document the client counts offsets in (text plus markup). ``plain`` is
    the text we check (text plus each markup's ``interpretAs``). For every character of
    ``plain``, ``starts``/``ends`` give its span in ``original`` (code points).
    """

    original: str
    plain: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> Document:
        return cls(original=text, plain=text)

    @classmethod
    def from_annotation(cls, raw: str) -> Document:
        """Parse LanguageTool's ``data`` field: {"annotation": [{"text": ..}, {"markup": ..}]}."""
        try:
            data = clean_json(json.loads(raw))  # "\ud800" is valid JSON but no valid text
        except RecursionError:
            raise InputError("Das Feld „data“ ist zu tief verschachtelt. Senden Sie "
                             "{\"annotation\": [{\"text\": \"…\"}, {\"markup\": \"…\"}]}."
                             ) from None
        except ValueError as exc:
            raise InputError("Das Feld „data“ ist kein gültiges JSON.") from exc
        items = data.get("annotation") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise InputError("Das Feld „data“ braucht eine Liste „annotation“ mit "
                             "Einträgen „text“ oder „markup“.")
        original: list[str] = []
        plain: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for n, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise InputError(f"Eintrag {n} in „annotation“ ist kein Objekt.")
            text, markup = item.get("text"), item.get("markup")
            if isinstance(text, str) and markup is None:
                original.append(text)
                plain.append(text)
                starts.extend(range(pos, pos + len(text)))
                ends.extend(range(pos + 1, pos + len(text) + 1))
                pos += len(text)
            elif isinstance(markup, str) and text is None:
                seen_as = item.get("interpretAs", "")
                if not isinstance(seen_as, str):
                    raise InputError(f"Eintrag {n}: „interpretAs“ muss ein Text sein.")
                original.append(markup)
                plain.append(seen_as)
                starts.extend([pos] * len(seen_as))
                ends.extend([pos + len(markup)] * len(seen_as))
                pos += len(markup)
            else:
                raise InputError(f"Eintrag {n} in „annotation“ braucht genau eines von "
                                 "„text“ oder „markup“ (als Text).")
        return cls(original="".join(original), plain="".join(plain), starts=starts, ends=ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``plain`` to a span of ``original`` (both code points)."""
        if not self.starts:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


class Utf16:
    """Convert code-point offsets of one string to UTF-16 code-unit offsets."""

    def __init__(self, text: str) -> None:
        # Code-point positions of characters outside the BMP (two UTF-16 units each).
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, index: int) -> int:
        return index + bisect_left(self.astral, index) if self.astral else index


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _context(plain: str, start: int, end: int) -> dict[str, int | str]:
    """LanguageTool's context: 40 characters each side, '...' where cut, newlines as spaces."""
    flat = plain.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(flat), end + CONTEXT_CHARS)
    prefix = "..." if lo > 0 else ""
    suffix = "..." if hi < len(flat) else ""
    text = prefix + flat[lo:hi] + suffix
    return {
        "text": text,
        "offset": utf16_len(prefix + flat[lo:start]),
        "length": utf16_len(flat[start:end]),
    }


def match_span(plain: str, finding: Any) -> tuple[int, int, list[dict[str, str]]]:
    """The span to report and its replacements (LanguageTool replaces exactly the match span).

    Only suggestions marked safe: a client applies a replacement with one click, so the ones
    for review go into the message instead (see ``review_note``). Suggestions inside the
    finding are widened to the finding's span. If there are none, but rewrites of a wider span
    (a whole sentence), the match grows to that span instead, so LanguageTool clients still get
    the rewrite.
    """
    start, end = finding.start, finding.end
    safe = [s for s in finding.suggestions if s.safety == "safe"]
    inside = [s for s in safe if start <= s.start <= s.end <= end]
    if not inside:
        wider = [s for s in safe if s.start <= start and s.end >= end]
        if wider:
            start, end = wider[0].start, wider[0].end
            inside = [s for s in wider if (s.start, s.end) == (start, end)]
    values: list[str] = []
    for s in inside:
        value = plain[start:s.start] + s.replacement + plain[s.end:end]
        if value not in values and value != plain[start:end]:
            values.append(value)
    return start, end, [{"value": v} for v in values]


# LibreOffice colours matches by category id: "STYLE" is blue (a style hint), everything else
# but "TYPOS" orange (a grammar error). All our findings are style hints.
CATEGORY_ID = "STYLE"


def category_id(family: str) -> str:
    """The family's id for enabledCategories/disabledCategories, e.g. SIMPLIFY_PASSIVE."""
    return f"SIMPLIFY_{family.upper()}"


def families_of_category(cat: str) -> list[str]:
    """The rule families a category id of a filter stands for.

    ``STYLE`` (the id every match carries in ``rule.category.id``) stands for all families;
    ``SIMPLIFY_PASSIVE`` or ``PASSIVE`` for one. Unknown ids (LanguageTool's own) stand for none.
    """
    cat = cat.strip().upper()
    if cat == CATEGORY_ID:
        return list(FAMILIES)
    return [f for f in FAMILIES if cat in {category_id(f), f.upper()}]


def family_of_category(cat: str) -> str | None:
    families = families_of_category(cat)
    return families[0] if len(families) == 1 else None


def build_date() -> str:
    """When the installed simplify was built, in LanguageTool's format (``2026-03-01 10:00:00
    +0000``): the newest modification time of its code files."""
    global _BUILD_DATE
    if _BUILD_DATE is None:
        import simplify

        folder = Path(simplify.__file__).parent
        newest = max((p.stat().st_mtime for p in folder.glob("*.py")), default=0.0)
        _BUILD_DATE = datetime.fromtimestamp(newest, tz=UTC).strftime(
            "%Y-%m-%d %H:%M:%S +0000")
    return _BUILD_DATE


_BUILD_DATE: str | None = None


def empty_response(language: dict[str, Any]) -> dict[str, Any]:
    """The answer to an empty text: no matches (as LanguageTool answers)."""
    return build_response(Report(profile="formular"), Document.from_text(""), {}, language)


def build_response(report: Report, doc: Document, rules: dict[str, Rule],
                   language: dict[str, Any]) -> dict[str, Any]:
    """The Report as a LanguageTool v2 ``/check`` response."""
    to16 = Utf16(doc.original)
    matches: list[dict[str, Any]] = []
    for f in report.all_findings():  # one match per place: clients need every position
        rule = rules.get(f.rule)
        title = rule.title if rule and rule.title else family_label(f.family)
        start, end, replacements = match_span(doc.plain, f)
        o_start, o_end = doc.span(start, end)
        offset = to16(o_start)
        sentence = ""
        if f.sentence is not None and 0 <= f.sentence < len(report.sentences):
            info = report.sentences[f.sentence]
            sentence = doc.plain[info.start:info.end]
        review = [s.replacement for s in f.suggestions if s.safety != "safe"]
        note = f" Vorschlag zum Prüfen: „{review[0]}“." if review else ""
        matches.append({
            "message": f.message + note,
            "shortMessage": title,
            "replacements": replacements,
            "offset": offset,
            "length": to16(o_end) - offset,
            "context": _context(doc.plain, start, end),
            "sentence": sentence,
            "type": {"typeName": "Other"},
            "rule": {
                "id": f.rule,
                "description": title,
                "issueType": "style",
                "category": {"id": CATEGORY_ID, "name": family_label(f.family)},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    ranges = []
    for s in report.sentences:
        a, b = doc.span(s.start, s.end)
        ranges.append([to16(a), to16(b)])
    return {
        "software": {
            "name": "simplify",
            "version": __version__,
            "buildDate": build_date(),
            "apiVersion": 1,
            "premium": False,
            "premiumHint": "",
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": language,
        "matches": matches,
        "sentenceRanges": ranges,
    }


__all__ = ["LANGUAGES", "Document", "LanguageError", "Utf16", "build_date", "build_response",
           "empty_response", "families_of_category", "looks_german", "resolve_language",
           "utf16_len"]
