"""HTML: the visible text of the body, one block element per paragraph."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..document import Comment, Segment, Source
from ..errors import InputError
from .common import DIRECTIVE, Decoder

# -- HTML ---------------------------------------------------------------------------------------

_BLOCK = {
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    "label", "option",
}
_SKIP = {"script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object",
         "canvas", "select", "textarea"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr", "param"}
_CLOSES_P = _BLOCK - {"body", "html", "label", "option", "td", "th", "tr", "li", "dd", "dt"}
_UNINDEXED = {"html", "head", "body", "main"}
# Elements nested deeper than this are not tracked (their text belongs to the deepest tracked
# one): paths and lookups walk the open elements, so unbounded depth would be quadratic.
# Browsers cap the DOM depth for the same reason (Chromium's parser at 512).
MAX_DEPTH = 256


def tame(text: str) -> str:
    """The page with what makes ``html.parser`` quadratic defused, lines kept.

    The standard parser rescans to the end of the text from every ``<`` that does not close
    (``<a <a <a …``, ``</</…``, unclosed ``<!--``): 80,000 characters took minutes. Here a
    ``<`` that meets another ``<`` before any ``>`` cannot open a tag the parser completes, so
    it becomes ``&lt;`` (shown as ``<``, as browsers do); an unclosed ``<!--`` comments out
    the rest of the page, as in a browser. Linear: every search starts where the last ended.
    """
    out: list[str] = []
    pos, n = 0, len(text)
    gt = -1  # the first ``>`` after the current ``<`` (n: none left)
    i = text.find("<")
    while 0 <= i < n:
        if text.startswith("<!--", i):
            close = text.find("-->", i + 4)
            if close < 0:
                out.append(text[pos:i])
                return "".join(out)
            i = text.find("<", close + 3)
            continue
        nxt = text.find("<", i + 1)
        if gt <= i:
            gt = text.find(">", i + 1)
            gt = n if gt < 0 else gt
        if gt == n or 0 <= nxt < gt:
            out.append(text[pos:i])
            out.append("&lt;")
            pos = i + 1
        i = nxt
    out.append(text[pos:])
    return "".join(out)


class _HTMLText(HTMLParser):
    """Collect the visible text of an HTML page with a map back to its elements.

    The standard library parser is used because it reports source positions (line and column)
    for every event; BeautifulSoup would only wrap it.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.length = 0
        self.stack: list[tuple[str, str]] = []  # (tag, selector part)
        self.child_counts: list[dict[str, int]] = [{}]
        self.skip_depth = 0
        self.pre_depth = 0
        self.segments: list[Segment] = []
        self.comments: list[Comment] = []

    # output helpers
    def _tail(self) -> str:
        return "".join(self.out[-3:])[-2:]

    def _emit(self, s: str) -> None:
        self.out.append(s)
        self.length += len(s)

    def _break(self, newlines: int) -> None:
        if not self.length:
            return
        tail = self._tail()
        have = len(tail) - len(tail.rstrip("\n"))
        if have < newlines:
            self._emit("\n" * (newlines - have))

    def _block_path(self) -> tuple[str, str]:
        """The innermost block element and the CSS path to it."""
        idx = max((i for i, (t, _) in enumerate(self.stack) if t in _BLOCK), default=-1)
        tag = self.stack[idx][0] if idx >= 0 else "body"
        parts = [sel for t, sel in self.stack[: idx + 1] if t != "html"]
        return tag, " > ".join(parts) or "body"

    # parser events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag in _SKIP:
                self.skip_depth += 1
            return
        if tag in _SKIP:
            self.skip_depth = 1
            return
        if tag == "br":
            self._emit("\n")
            return
        if tag in _VOID:
            if tag == "hr":
                self._break(2)
            return
        if tag in _CLOSES_P and self.stack and self.stack[-1][0] == "p":
            self._close("p")
        if tag in {"li", "dt", "dd", "tr", "td", "th", "option"} and self.stack and \
                self.stack[-1][0] == tag:
            self._close(tag)
        if len(self.stack) >= MAX_DEPTH:
            return
        counts = self.child_counts[-1]
        counts[tag] = counts.get(tag, 0) + 1
        ident = dict(attrs).get("id")
        if ident and re.fullmatch(r"[A-Za-z][\w-]*", ident):
            sel = f"{tag}#{ident}"
        elif tag in _UNINDEXED:
            sel = tag
        else:
            sel = f"{tag}:nth-of-type({counts[tag]})"
        self.stack.append((tag, sel))
        self.child_counts.append({})
        if tag == "pre":
            self.pre_depth += 1
        if tag in _BLOCK:
            self._break(2)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and not self.skip_depth:
            self.handle_endtag(tag)

    def _close(self, tag: str) -> None:
        while self.stack:
            t, _ = self.stack.pop()
            self.child_counts.pop()
            if t == "pre":
                self.pre_depth -= 1
            if t in _BLOCK:
                self._break(2)
            if t == tag:
                break

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag in _SKIP:
                self.skip_depth -= 1
            return
        if any(t == tag for t, _ in self.stack):
            self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        if not self.pre_depth:
            data = re.sub(r"\s+", " ", data)
            if not self.length or self._tail()[-1:] in {"\n", " "}:
                data = data.lstrip(" ")
        if not data:
            return
        tag, path = self._block_path()
        start = self.length
        self._emit(data)
        line = self.getpos()[0]
        last = self.segments[-1] if self.segments else None
        if last and last.location["path"] == path and last.end <= start:
            last.end = self.length
        else:
            self.segments.append(
                Segment(start, self.length, {"element": tag, "path": path, "line": line}))

    def handle_comment(self, data: str) -> None:
        if DIRECTIVE.match(data):
            self.comments.append(Comment(self.length, self.length, data, self.getpos()[0]))


def _html(name: str, data: bytes, decode: Decoder) -> Source:
    text, note = decode(data, name)
    parser = _HTMLText()
    try:
        parser.feed(tame(text))
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on very broken markup
        raise InputError(f"{name}: Die HTML-Datei kann nicht gelesen werden ({exc}).") from exc
    return Source(name, "".join(parser.out), note, "html", parser.segments, parser.comments)


