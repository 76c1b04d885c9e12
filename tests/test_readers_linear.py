"""Issue 15, readers: Markdown, HTML and text readers finish in linear time on hostile shapes.

Each shape was quadratic (or worse) before: 80,000 characters of unclosed ``<!--`` took 6.6 s,
one Markdown line of " *a" 17.9 s, "<a " repeated in HTML minutes. The tests check results
(what is blanked, what is read) and that 4x the input takes far less than 16x the time
(generous: at most 8x plus a second, so a shared machine does not make them flaky).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from simplify.errors import InputError
from simplify.formats_in import extract, markdown
from simplify.formats_in.common import comments
from simplify.formats_in.html import tame
from simplify.sources import decode


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _read(suffix: str, text: str) -> str:
    try:
        return extract(Path("t" + suffix), text.encode("utf-8"), decode, name="t" + suffix).text
    except InputError:
        return ""


def _seconds(suffix: str, text: str) -> float:
    t0 = time.perf_counter()
    _read(suffix, text)
    return time.perf_counter() - t0


SHAPES = {
    "md unclosed comments": (".md", "<!--"),
    "md ' *a'": (".md", " *a"),
    "md ' _a'": (".md", " _a"),
    "md '**a '": (".md", "**a "),
    "md '`a'": (".md", "`a"),
    "md '<http:'": (".md", "<http:"),
    "txt unclosed comments": (".txt", "<!--"),
    "html unclosed comments": (".html", "<!--"),
    "html '<a '": (".html", "<a "),
    "html '</'": (".html", "</"),
    "html nested div": (".html", "<div>a"),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_four_times_the_input_is_not_sixteen_times_the_time(name: str) -> None:
    suffix, unit = SHAPES[name]
    small = _seconds(suffix, _repeat(unit, 10_000))
    large = _seconds(suffix, _repeat(unit, 40_000))
    assert large < 8 * small + 1.0, (name, small, large)


def test_comments_are_found_as_before_and_unclosed_ones_end_the_search() -> None:
    text = "a <!-- simplify: aus --> b <!--x--> c <!-- offen <!-- auch offen"
    assert [(s, e, inner) for s, e, inner in comments(text)] == [
        (m.start(), m.end(), m.group(1)) for m in re.finditer(r"<!--(.*?)-->", text, re.S)]
    assert len(list(comments(_repeat("<!--", 100_000)))) == 0


def test_markdown_emphasis_and_code_still_blanked() -> None:
    text = "Das ist **wichtig** und *kursiv*, `code` und ~~weg~~ und _auch_.\n"
    out = _read(".md", text)
    assert "*" not in out and "`" not in out and "~" not in out and "_" not in out
    assert out == re.sub(r"\*|`code`|~|_", lambda m: " " * len(m.group()), text)
    assert len(out) == len(text)


def test_markdown_pairs_match_the_old_patterns() -> None:
    """The linear pairing finds what the regular expressions found (random short lines)."""
    import random

    old = [re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), re.compile(r"(~~)(?=\S)(.+?)(?<=\S)\1"),
           re.compile(r"(?<![\w*])(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
           re.compile(r"(?<![\w_])(_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")]
    code = re.compile(r"(`+)(?!`).+?(?<!`)\1")
    rng = random.Random(15)
    for _ in range(3000):
        line = "".join(rng.choice("ab *_~`") for _ in range(rng.randint(1, 18)))
        for rx, kinds in zip(old, markdown._EMPHASIS, strict=True):
            expected = [(m.start(), m.end() - len(m.group(1)), len(m.group(1)))
                        for m in rx.finditer(line)]
            assert list(markdown._pairs(line, kinds)) == expected, line
        assert list(markdown._code_spans(line)) == [m.span() for m in code.finditer(line)], line


def test_html_tame_keeps_real_markup_and_lines() -> None:
    page = "<p>Ein <b>Satz</b>.</p>\n<!-- simplify: aus -->\n<p>1 < 2 und <a href='x'>Link</a></p>"
    assert tame(page) == page.replace("1 < 2", "1 &lt; 2")
    assert _read(".html", page).split() == ["Ein", "Satz.", "1", "<", "2", "und", "Link"]
    assert tame("a\n<b <c\n<!-- offen\nx").count("\n") == 2  # lines before the cut stay
    assert _read(".html", "<p>Text</p><!-- offen <p>versteckt</p>").strip() == "Text"


def test_deep_html_nesting_keeps_the_text() -> None:
    text = _read(".html", "<div>a" * 2000 + "</div>" * 2000)
    assert text.count("a") == 2000
