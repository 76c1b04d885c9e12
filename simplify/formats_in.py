"""Turning files into text plus a map back to where a person finds each passage.

* .txt: read as it is; ``<!-- simplify: … -->`` comments are blanked out with spaces.
* .md: markup is blanked out with spaces (code blocks, HTML comments and tags, link targets,
  emphasis marks, heading marks …), so every offset, line and column still points into the
  original file.
* .html/.htm: visible text of the body, one block element per paragraph; the map gives the
  element, a CSS path and the source line.
* .docx (python-docx), .odt (odfpy): paragraphs and table cells, in document order; in .docx
  also the texts of content controls and legacy form fields (``docx_fields``), each a unit
  after its paragraph or cell, located with ``field``, ``field_name`` and ``part``.
* .pdf (pypdf): the text layer, page by page, lines as on the page; after each page the texts
  of its form fields (``pdf_fields``: labels, help texts, captions, default values), each a
  unit located by ``page``, ``field``, ``field_name`` and ``part``. Scans without a text layer
  are refused.
"""

from __future__ import annotations

import bisect
import io
import logging
import re
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from . import docx_fields, pdf_fields
from .document import Comment, Segment, Source
from .errors import InputError

Decoder = Callable[[bytes, str], tuple[str, "str | None"]]

KINDS = {
    ".txt": "text", "": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".odt": "odt",
    ".pdf": "pdf",
}
COMMENT = re.compile(r"<!--(.*?)-->", re.S)
DIRECTIVE = re.compile(r"^\s*simplify\s*:", re.I)


def extract(path: Path, data: bytes, decode: Decoder, name: str | None = None) -> Source:
    """Text of a file by its kind (from the file name's suffix)."""
    name = name or str(path)
    suffix = "" if name == "-" else path.suffix.lower()
    kind = KINDS.get(suffix)
    if kind is None:
        raise InputError(
            f"{name}: Dateien vom Typ „{suffix}“ kann simplify nicht lesen. Möglich sind "
            ".txt, .md, .html, .docx, .odt und .pdf."
        )
    if not data.strip():
        raise InputError(f"{name}: Die Datei ist leer.")
    reader = {"text": _text, "markdown": _markdown, "html": _html, "docx": _docx, "odt": _odt,
              "pdf": _pdf}[kind]
    src = reader(name, data, decode)
    if not src.text.strip():
        raise InputError(f"{name}: Die Datei enthält keinen Text, den simplify prüfen kann.")
    return src


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
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on very broken markup
        raise InputError(f"{name}: Die HTML-Datei kann nicht gelesen werden ({exc}).") from exc
    return Source(name, "".join(parser.out), note, "html", parser.segments, parser.comments)


# -- Word (.docx) -------------------------------------------------------------------------------

_DOCX_BROKEN = (
    "Die Word-Datei kann nicht geöffnet werden. Sie ist beschädigt oder keine echte .docx-Datei. "
    "Ältere .doc-Dateien speichern Sie bitte in Word als .docx."
)


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


def _docx(name: str, data: bytes, decode: Decoder) -> Source:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise InputError(f"{name}: Für .docx-Dateien fehlt python-docx "
                         "(pip install python-docx).") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - zip, XML and package errors all mean "broken"
        raise InputError(f"{name}: {_DOCX_BROKEN}") from exc
    out = _Collector()
    counters = {"paragraph": 0, "table": 0}
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    glossary = docx_fields.Glossary(document)

    def walk(parent: Any) -> None:
        for el in parent.iterchildren():
            if el.tag == f"{w}p":
                para = Paragraph(el, document)
                text = para.text
                fields = docx_fields.fields_in(el, glossary)
                if text.strip() or fields:
                    counters["paragraph"] += 1
                    out.add(text, {"paragraph": counters["paragraph"]})
                    _add_docx_fields(out, fields, {"paragraph": counters["paragraph"]})
            elif el.tag == f"{w}tbl":
                counters["table"] += 1
                _docx_table(Table(el, document), counters["table"], out, glossary)
            elif el.tag == f"{w}sdt":
                block = docx_fields.block_control(el, glossary)
                if block is not None:  # a control around paragraphs: its title, placeholder
                    _add_docx_fields(out, [block], {"paragraph": counters["paragraph"] + 1})
                content = el.find(f"{w}sdtContent")
                if content is not None:
                    walk(content)

    try:
        walk(document.element.body)
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"{name}: {_DOCX_BROKEN}") from exc
    return Source(name, out.text(), None, "docx", out.segments, [])


def _add_docx_fields(out: _Collector, fields: list[Any], location: dict[str, Any]) -> None:
    """Each text of a content control or form field as a unit of its own, after its place."""
    for fld in fields:
        for part, unit in fld.units:
            out.add(unit, {**location, "field": fld.display, "field_name": fld.name,
                           "part": part})


def _docx_table(table: Any, number: int, out: _Collector, glossary: Any = None) -> None:
    for r, row in enumerate(table.rows, start=1):
        seen: set[int] = set()
        for c, cell in enumerate(row.cells, start=1):
            if id(cell._tc) in seen:  # merged cells repeat in python-docx
                continue
            seen.add(id(cell._tc))
            text = "\n".join(p.text for p in cell.paragraphs if p.text.strip())
            out.add(text, {"table": number, "row": r, "cell": c})
            if glossary is not None:
                _add_docx_fields(out, docx_fields.fields_in(cell._tc, glossary),
                                 {"table": number, "row": r, "cell": c})


# -- OpenDocument (.odt) ------------------------------------------------------------------------


def _odt(name: str, data: bytes, decode: Decoder) -> Source:
    try:
        from odf import opendocument, teletype
        from odf.namespaces import TABLENS, TEXTNS
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise InputError(f"{name}: Für .odt-Dateien fehlt odfpy (pip install odfpy).") from exc
    broken = (f"{name}: Die OpenDocument-Datei kann nicht geöffnet werden. Sie ist beschädigt "
              "oder keine echte .odt-Datei.")
    try:
        document = opendocument.load(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - zip and XML errors
        raise InputError(broken) from exc
    out = _Collector()
    counters = {"paragraph": 0, "table": 0}

    def walk(node: Any) -> None:
        for child in node.childNodes:
            qname = getattr(child, "qname", None)
            if qname in {(TEXTNS, "p"), (TEXTNS, "h")}:
                text = teletype.extractText(child)
                if text.strip():
                    counters["paragraph"] += 1
                    out.add(text, {"paragraph": counters["paragraph"]})
            elif qname == (TABLENS, "table"):
                counters["table"] += 1
                _odt_table(child, counters["table"], out, teletype, TABLENS)
            elif qname is not None and child.childNodes:
                walk(child)  # lists, sections, frames …

    try:
        walk(document.text)
    except Exception as exc:  # noqa: BLE001
        raise InputError(broken) from exc
    return Source(name, out.text(), None, "odt", out.segments, [])


def _odt_table(table: Any, number: int, out: _Collector, teletype: Any, ns: str) -> None:
    rows: list[Any] = []

    def collect(node: Any) -> None:
        for child in node.childNodes:
            q = getattr(child, "qname", None)
            if q == (ns, "table-row"):
                rows.append(child)
            elif q in {(ns, "table-header-rows"), (ns, "table-rows"), (ns, "table-row-group")}:
                collect(child)

    collect(table)
    for r, row in enumerate(rows, start=1):
        col = 0
        for cell in row.childNodes:
            q = getattr(cell, "qname", None)
            if q not in {(ns, "table-cell"), (ns, "covered-table-cell")}:
                continue
            repeat = int(cell.getAttrNS(ns, "number-columns-repeated") or 1)
            col += 1
            if q == (ns, "table-cell"):
                text = "\n".join(teletype.extractText(p) for p in cell.childNodes
                                 if getattr(p, "qname", (None, None))[1] in {"p", "h", "list"})
                out.add(text, {"table": number, "row": r, "cell": col})
            col += repeat - 1


# -- PDF ----------------------------------------------------------------------------------------


def _pdf(name: str, data: bytes, decode: Decoder) -> Source:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise InputError(f"{name}: Für .pdf-Dateien fehlt pypdf (pip install pypdf).") from exc
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    broken = f"{name}: Die PDF-Datei kann nicht geöffnet werden. Sie ist beschädigt."
    locked = (f"{name}: Die PDF-Datei ist mit einem Passwort geschützt. "
              "Speichern Sie sie bitte ohne Passwort.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - e.g. AES without the crypto library
                raise InputError(locked) from exc
            if not opened:
                raise InputError(locked)
        pages = list(reader.pages)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, zipfile.BadZipFile, OSError) as exc:
        raise InputError(broken) from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise InputError(broken) from exc
    out = _Collector()
    fields = pdf_fields.read_fields_safely(reader)
    for number, page in enumerate(pages, start=1):
        try:
            raw = page.extract_text() or ""
        except Exception:  # noqa: BLE001 - one broken page must not stop the rest
            raw = ""
        out.add(_clean_pdf_text(raw), {"page": number}, clean=False)
        # form fields after the text of their page, each a unit of its own
        for fld in fields.get(number, []):
            for part, unit in fld.units:
                out.add(unit, {"page": number, "field": fld.display, "field_name": fld.name,
                               "part": part})
    text = out.text()
    segments = out.segments
    if sum(c.isalpha() for c in text) < 20:
        raise InputError(
            f"{name}: Die PDF-Datei enthält keinen Text, nur Bilder (vermutlich eingescannt). "
            "simplify prüft nur PDF-Dateien mit Textebene. Prüfen Sie bitte die Vorlage, aus der "
            "die PDF-Datei entstanden ist, oder lassen Sie eine Texterkennung (OCR) laufen."
        )
    return Source(name, text, None, "pdf", segments, [])


def _clean_pdf_text(raw: str) -> str:
    """Lines as on the page (trailing spaces dropped). Hyphenation at a line end
    ("Verwaltungs-" / "verfahren") stays in the text, so line numbers match the page; the
    segmenter makes it one word for the analysis (simplify/linebreaks.py)."""
    lines = [ln.rstrip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


# -- locations ----------------------------------------------------------------------------------


def line_starts(text: str) -> list[int]:
    """Offsets where each line of ``text`` starts."""
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


def locate(source: Source, start: int, end: int, starts: list[int] | None = None) -> dict:
    """Where a person finds ``text[start:end]`` of ``source``.

    text/markdown: line and column (1-based) of start and end (end_column is exclusive);
    docx/odt: paragraph or table/row/cell; pdf: page and line on the page; html: element,
    CSS path and source line.
    """
    if source.kind in {"text", "markdown"}:
        starts = starts or line_starts(source.text)
        line = bisect.bisect_right(starts, start)
        last = max(start, end - 1)
        end_line = bisect.bisect_right(starts, last)
        return {
            "line": line,
            "column": start - starts[line - 1] + 1,
            "end_line": end_line,
            "end_column": last - starts[end_line - 1] + 2 if end > start else
            start - starts[line - 1] + 1,
        }
    seg = None
    keys = [s.start for s in source.segments]
    i = bisect.bisect_right(keys, start) - 1
    if i >= 0:
        seg = source.segments[i]
    if seg is None:
        return {}
    loc = dict(seg.location)
    if source.kind == "pdf" and "field" not in loc:
        loc["line"] = source.text.count("\n", seg.start, start) + 1
    return loc
