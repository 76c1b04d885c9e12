"""Shared by the readers: the decoder type, control comments, blanking markup, plain text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..document import Comment, Segment, Source

Decoder = Callable[[bytes, str], tuple[str, "str | None"]]
COMMENT = re.compile(r"<!--(.*?)-->", re.S)
DIRECTIVE = re.compile(r"^\s*simplify\s*:", re.I)



def _blank(chars: list[str], start: int, end: int) -> None:
    """Replace chars[start:end] by spaces, keeping line breaks (offsets and lines stay)."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# -- plain text ---------------------------------------------------------------------------------


def _text(name: str, data: bytes, decode: Decoder) -> Source:
    text, note = decode(data, name)
    src = plain_text_source(name, text)
    src.note = note
    return src


def plain_text_source(name: str, text: str) -> Source:
    """A plain text (file or pasted): control comments found and blanked out."""
    chars = list(text)
    comments = []
    for m in COMMENT.finditer(text):
        if DIRECTIVE.match(m.group(1)):
            comments.append(Comment(m.start(), m.end(), m.group(1), _line_of(text, m.start())))
            _blank(chars, m.start(), m.end())
    return Source(name, "".join(chars) if comments else text, None, "text", [], comments,
                  original=text)


class _Collector:
    """Join paragraphs and table cells into one text with a segment per unit."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[Segment] = []

    def add(self, text: str, location: dict[str, Any], clean: bool = True) -> None:
        if clean:
            text = text.replace("\r", "").replace("\x0b", "\n").replace("\t", " ").strip()
        if not text.strip():
            return
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        self.segments.append(Segment(self.length, self.length + len(text), location))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)
