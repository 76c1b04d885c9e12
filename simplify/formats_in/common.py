"""Shared by the readers: the decoder type, control comments, blanking markup, plain text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..document import Comment, Segment, Source

Decoder = Callable[[bytes, str], tuple[str, "str | None"]]
# Kept for callers that want the pattern; the readers use ``comments`` (linear on any input).
COMMENT = re.compile(r"<!--(.*?)-->", re.S)
DIRECTIVE = re.compile(r"^\s*simplify\s*:", re.I)


def comments(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, inner text) of every ``<!-- … -->``, in linear time.

    ``COMMENT.finditer`` is quadratic on many unclosed ``<!--``: each one scans to the end of
    the text for a ``-->``. Once one has no ``-->`` after it, none after it can have one.
    """
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return
        close = text.find("-->", start + 4)
        if close < 0:
            return
        yield start, close + 3, text[start + 4:close]
        pos = close + 3


class LineCounter:
    """Line numbers (1-based) of increasing offsets, counted incrementally (linear overall)."""

    def __init__(self, text: str) -> None:
        self.text, self.offset, self.line = text, 0, 1

    def __call__(self, offset: int) -> int:
        if offset < self.offset:
            self.offset, self.line = 0, 1
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


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
    found = []
    line_of = LineCounter(text)
    for start, end, inner in comments(text):
        if DIRECTIVE.match(inner):
            found.append(Comment(start, end, inner, line_of(start)))
            _blank(chars, start, end)
    return Source(name, "".join(chars) if found else text, None, "text", [], found,
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
