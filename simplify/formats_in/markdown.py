"""Markdown: markup blanked out with spaces, so offsets, lines and columns stay."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..document import Comment, Source
from .common import DIRECTIVE, Decoder, LineCounter, _blank, comments

# -- Markdown -----------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_INLINE_PATTERNS = [
    # Every scan below stops at the next character that starts another match, so scans of
    # different start positions do not overlap and each pattern stays linear in the line.
    re.compile(r"!\[[^\[\]]*\]\([^()]*\)"),                 # images: blank all
    re.compile(r"<(?:https?|mailto|ftp):[^<>\s]*>"),        # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # inline HTML tags
]
_LINK = re.compile(r"(\[)([^\[\]]*)(\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\])")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_HEADING_CLOSE = re.compile(r"\s(#+)\s*$")
_RULE_LINE = re.compile(r"^ {0,3}(?:(?:[-*_=]\s*+){3,}+|=++|-++)\s*$")
_QUOTE = re.compile(r"^( {0,3}>[ ]?)+")
_LIST_PLUS = re.compile(r"^(\s*)(\+)(?=\s)")
_TASK = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)(\[[ xX]\])(?=\s)")
# Emphasis: (delimiter, opener test, closer test) at a position. Pairs are found with
# ``_pairs`` in linear time; the regular expression ``(\*)(?=\S)(.+?)(?<=\S)\*`` scanned to the
# end of the line from every opener without a closer (" *a" repeated: quadratic).
_EMPHASIS: list[list[tuple[str, re.Pattern[str], re.Pattern[str]]]] = [
    [("**", re.compile(r"\*\*(?=\S)"), re.compile(r"(?<=\S)\*\*")),
     ("__", re.compile(r"__(?=\S)"), re.compile(r"(?<=\S)__"))],
    [("~~", re.compile(r"~~(?=\S)"), re.compile(r"(?<=\S)~~"))],
    [("*", re.compile(r"(?<![\w*])\*(?=[^\s*])"), re.compile(r"(?<=[^\s*])\*(?![\w*])"))],
    [("_", re.compile(r"(?<![\w_])_(?=[^\s_])"), re.compile(r"(?<=[^\s_])_(?![\w_])"))],
]
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~<])")


def _markdown(name: str, data: bytes, decode: Decoder) -> Source:
    """Blank out Markdown markup with spaces; offsets, lines and columns stay as in the file.

    Block structure (code blocks, HTML blocks, tables) comes from markdown-it-py, the parser
    that rich already uses; inline markup is blanked with regular expressions, because
    markdown-it reports no character offsets for inline tokens.
    """
    from markdown_it import MarkdownIt

    text, note = decode(data, name)
    chars = list(text)
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    n_lines = len(line_starts)

    def span(first: int, last: int) -> tuple[int, int]:
        start = line_starts[first] if first < n_lines else len(text)
        end = line_starts[last] if last < n_lines else len(text)
        return start, end

    fm = _FRONT_MATTER.match(text)
    skip_lines: set[int] = set()
    if fm:
        _blank(chars, 0, fm.end())
        skip_lines.update(range(0, text.count("\n", 0, fm.end())))
    body = text if not fm else "\n" * text.count("\n", 0, fm.end()) + text[fm.end():]
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    code_lines: set[int] = set()
    html_lines: set[int] = set()
    table_sep: set[int] = set()
    for tok in tokens:
        if tok.map is None:
            continue
        if tok.type in {"fence", "code_block"}:
            code_lines.update(range(tok.map[0], tok.map[1]))
        elif tok.type == "html_block":
            html_lines.update(range(tok.map[0], tok.map[1]))
        elif tok.type == "thead_open":
            table_sep.add(tok.map[0] + 1)  # the |---|---| line under the head
    found: list[Comment] = []
    line_of = LineCounter(text)
    for start, end, inner in comments(text):
        line = line_of(start) - 1
        if line in code_lines or line in skip_lines:
            continue
        if DIRECTIVE.match(inner):
            found.append(Comment(start, end, inner, line + 1))
        _blank(chars, start, end)
    for ln in code_lines | table_sep:
        _blank(chars, *span(ln, ln + 1))
    for ln in range(n_lines):
        if ln in code_lines or ln in skip_lines or ln in table_sep:
            continue
        start, end = span(ln, ln + 1)
        _blank_inline("".join(chars[start:end]), chars, start, table=ln not in html_lines)
    return Source(name, "".join(chars), note, "markdown", [], found, original=text)


def _blank_inline(line: str, chars: list[str], base: int, table: bool) -> None:
    """Blank the markup of one Markdown line (``line`` is the current, partly blanked text)."""
    content = line.rstrip("\r\n")

    def blank(a: int, b: int) -> None:
        _blank(chars, base + a, base + b)

    if _REF_DEF.match(content) or _RULE_LINE.match(content):
        blank(0, len(content))
        return
    m = _QUOTE.match(content)
    if m:
        blank(m.start(), m.end())
    for rx in (_HEADING, _LIST_PLUS):
        m = rx.match(content)
        if m:
            blank(m.start(2), m.end(2))
    if _HEADING.match(line):
        m = _HEADING_CLOSE.search(content)
        if m:
            blank(m.start(1), m.end(1))
    m = _TASK.match(content)
    if m:
        blank(m.start(2), m.end(2))
    for a, b in _code_spans(content):
        blank(a, b)
    for rx in _INLINE_PATTERNS:
        for m in rx.finditer(content):
            blank(m.start(), m.end())
    current = "".join(chars[base:base + len(content)])
    for m in _LINK.finditer(current):
        blank(m.start(1), m.end(1))
        blank(m.start(3), m.end(3))
    current = "".join(chars[base:base + len(content)])
    for kinds in _EMPHASIS:
        for start, close, size in _pairs(current, kinds):
            blank(start, start + size)
            blank(close, close + size)
        current = "".join(chars[base:base + len(content)])
    for m in _ESCAPE.finditer(current):
        blank(m.start(), m.end())
    if content.endswith("\\"):
        blank(len(content) - 1, len(content))
    if table and "|" in current:
        for i, c in enumerate(current):
            if c == "|" and (i == 0 or current[i - 1] != "\\"):
                blank(i, i + 1)




def _positions(text: str, needle: str) -> Iterator[int]:
    """Every position of ``needle`` in ``text``, overlapping ones too."""
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def _pairs(text: str, kinds: list[tuple[str, re.Pattern[str], re.Pattern[str]]]
           ) -> Iterator[tuple[int, int, int]]:
    """(opener, closer, delimiter length) of each emphasis, as ``finditer`` of
    ``(d1|d2)(?=S)(.+?)(?<=S)\\1`` finds them: the leftmost opener that has a closer of its
    kind at least one character after it, paired with the nearest such closer; the search
    goes on after the closer. Linear: each position is tested once, each opener bisects once.
    """
    openers: list[tuple[int, int]] = []  # (position, kind)
    closers: list[list[int]] = []
    for k, (delim, opener, closer) in enumerate(kinds):
        closers.append([i for i in _positions(text, delim) if closer.match(text, i)])
        openers += [(i, k) for i in _positions(text, delim) if opener.match(text, i)]
    openers.sort()
    pos = 0
    for start, k in openers:
        if start < pos:
            continue
        size = len(kinds[k][0])
        ends = closers[k]
        j = bisect.bisect_left(ends, start + size + 1)
        if j < len(ends):
            yield start, ends[j], size
            pos = ends[j] + size


_BACKTICKS = re.compile(r"`+")


def _code_spans(line: str) -> Iterator[tuple[int, int]]:
    """Code spans as ``finditer`` of ``(`+)(?!`).+?(?<!`)\\1`` finds them, in linear time.

    An opener is the rest of a backtick run from some position (k backticks); its closer is
    the nearest later run start with at least k backticks. Run starts are kept per length,
    so each try is one bisection (the pattern scanned to the end of the line from every
    unclosed run: quadratic).
    """
    runs = [(m.start(), m.end() - m.start()) for m in _BACKTICKS.finditer(line)]
    at_least: list[list[int]] = [[] for _ in range(max((n for _, n in runs), default=0) + 1)]
    for start, n in runs:  # all lists together are as long as the runs: linear
        for size in range(1, n + 1):
            at_least[size].append(start)
    pos = 0
    for start, n in runs:
        for opener in range(max(start, pos), start + n):
            size = start + n - opener
            ends = at_least[size]
            j = bisect.bisect_left(ends, opener + size + 1)
            if j < len(ends):
                pos = ends[j] + size
                yield opener, pos
                break
