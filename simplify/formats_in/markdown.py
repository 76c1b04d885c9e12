"""Markdown: markup blanked out with spaces, so offsets, lines and columns stay."""

from __future__ import annotations

import re

from ..document import Comment, Source
from .common import COMMENT, DIRECTIVE, Decoder, _blank, _line_of

# -- Markdown -----------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_INLINE_PATTERNS = [
    re.compile(r"(`+)(?!`).+?(?<!`)\1"),                     # code spans: blank all
    re.compile(r"!\[[^\]]*\]\([^)]*\)"),                    # images: blank all
    re.compile(r"<(?:https?|mailto|ftp):[^>\s]*>"),         # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # inline HTML tags
]
_LINK = re.compile(r"(\[)([^\[\]]*)(\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\])")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_HEADING_CLOSE = re.compile(r"\s(#+)\s*$")
_RULE_LINE = re.compile(r"^ {0,3}(?:(?:[-*_=]\s*){3,}|=+|-+)\s*$")
_QUOTE = re.compile(r"^( {0,3}>[ ]?)+")
_LIST_PLUS = re.compile(r"^(\s*)(\+)(?=\s)")
_TASK = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)(\[[ xX]\])(?=\s)")
_EMPHASIS = [
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(~~)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<![\w*])(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])(_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),
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
    comments: list[Comment] = []
    for m in COMMENT.finditer(text):
        line = _line_of(text, m.start()) - 1
        if line in code_lines or line in skip_lines:
            continue
        if DIRECTIVE.match(m.group(1)):
            comments.append(Comment(m.start(), m.end(), m.group(1), line + 1))
        _blank(chars, m.start(), m.end())
    for ln in code_lines | table_sep:
        _blank(chars, *span(ln, ln + 1))
    for ln in range(n_lines):
        if ln in code_lines or ln in skip_lines or ln in table_sep:
            continue
        start, end = span(ln, ln + 1)
        _blank_inline("".join(chars[start:end]), chars, start, table=ln not in html_lines)
    return Source(name, "".join(chars), note, "markdown", [], comments, original=text)


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
    for rx in _INLINE_PATTERNS:
        for m in rx.finditer(content):
            blank(m.start(), m.end())
    current = "".join(chars[base:base + len(content)])
    for m in _LINK.finditer(current):
        blank(m.start(1), m.end(1))
        blank(m.start(3), m.end(3))
    current = "".join(chars[base:base + len(content)])
    for rx in _EMPHASIS:
        for m in rx.finditer(current):
            blank(m.start(1), m.end(1))
            close = m.end() - len(m.group(1))
            blank(close, m.end())
        current = "".join(chars[base:base + len(content)])
    for m in _ESCAPE.finditer(current):
        blank(m.start(), m.end())
    if content.endswith("\\"):
        blank(len(content) - 1, len(content))
    if table and "|" in current:
        for i, c in enumerate(current):
            if c == "|" and (i == 0 or current[i - 1] != "\\"):
                blank(i, i + 1)


