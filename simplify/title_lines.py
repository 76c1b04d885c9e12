"""Title lines: a line of its own, longer than a label, without a verb and without a final
mark. "ANTRAG auf Erteilung einer Erlaubnis zum Betrieb einer Spielhalle nach § 33i der
Gewerbeordnung (GewO) und § 2 des Hessischen Spielhallengesetzes" names the form; "Satzung
über den Anschluss an die öffentliche Wasserversorgungsanlage … in der Stadt Kranenbrück"
names the statute; "Öffentliche Zustellung gemäß § 10 VwZG" heads a notice. Such a line is a
name, not a sentence the reader works through ("this is the form's title and the fixed name
of the procedure", findings review 263). Rules with the param ``skip_in_title_line`` give no
finding there: of the judged findings of fresh reviews 150-278 that drops 3 worth, 23
debatable and 91 noise. Rules of understanding (terms of art, law names, abbreviations) keep
theirs: a reader must understand a title.

A list item ("– Kopie des Mietvertrags …") is no title: it asks for something, and an editor
marks its nominal style; nor is a field's note ("z. B. Mehrausgaben für … gemäß § 21 SGB II",
an editor's mark) or a field to fill in. Short lines are labels already
(``protect.LABEL_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Token

from .protect import LABEL_WORDS

_BULLET = re.compile(r"[ \t]*(?:[*•·\-–—][ \t]|[a-z]\)[ \t])")
_FINAL = frozenset(".!?:;,")


class _Sentence(Protocol):
    start: int
    end: int
    tokens: list[Token]
    words: list[Token]


def title_lines(text: str, sentences: Iterable[_Sentence]) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` that are title lines, in order."""
    out: list[tuple[int, int]] = []
    for s in sentences:
        if len(s.words) <= LABEL_WORDS or not s.tokens or s.tokens[-1].text[-1:] in _FINAL:
            continue
        if not s.tokens[0].text[:1].isupper() and not s.tokens[0].text[:1].isdigit():
            continue  # "z. B. Mehrausgaben für …", "(für die Registrierung …)": a field's note
        if "__" in text[s.start:s.end]:
            continue  # "gegebenenfalls gesetzliche Vertretung: ______": a field to fill in
        line_start = text.rfind("\n", 0, s.start) + 1
        if text[line_start:s.start].strip() or _BULLET.match(text, line_start):
            continue
        line_end = text.find("\n", s.end)
        if text[s.end:len(text) if line_end < 0 else line_end].strip():
            continue
        if any(t.tag_.startswith("V") for t in s.tokens):
            continue  # a verb: a sentence, if without its full stop
        out.append((s.start, s.end))
    return out


_SETEXT = re.compile(r"[ \t]*(?:-{3,}|={3,})[ \t]*(?:\n|$)")  # "Vorläufiger Rechtsschutz\n----"


def topic_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a web page's heading ("# Scheidungsverbund", "**4.
    Lernförderung**") or a bullet point ("* Schuldenbereinigungsplan"): the page's topics,
    which its text is there to explain; a Setext heading is underlined on the next line."""
    line = text[text.rfind("\n", 0, pos) + 1:pos].lstrip()
    end = text.find("\n", pos)
    underline = _SETEXT.match(text, end + 1) is not None if end >= 0 else False
    return underline or line.startswith(("#", "**", "__", "* ", "• "))
