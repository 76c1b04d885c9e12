"""CI formats: JUnit XML (GitLab, Jenkins) and GitHub Actions workflow commands."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..batch import FileResult
from ..report import Finding
from .common import (
    RunResult,
    has_text_position,
    level_label,
    location_label,
    repeats_text,
    summary_text,
)

# XML 1.0 forbids most control characters, even escaped.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text)


def _finding_line(r: FileResult, f: Finding) -> str:
    where = location_label(r.location(f))
    passage = " ".join(f.text.split())
    if len(passage) > 100:
        passage = passage[:99] + "…"
    line = f"{r.name} ({where}): {level_label(f.level)} {f.rule}: {f.message} – „{passage}“"
    more = repeats_text(r, f)
    return f"{line} – {more}" if more else line


def render_junit(run: RunResult) -> str:
    """One testsuite "simplify", one testcase per file.

    A file fails if it has findings at or above fail-on (new ones, with a baseline); the
    failure body lists them. A file that could not be checked is an error. Findings below
    fail-on go to system-out.
    """
    suites = ET.Element("testsuites", name="simplify")
    suite = ET.SubElement(suites, "testsuite", name="simplify")
    failures = errors = 0
    for r in run.files:
        case = ET.SubElement(suite, "testcase", name=_x(run.relpath(r.name)),
                             classname="simplify", file=_x(run.relpath(r.name)))
        case.set("time", "0")
        if r.error:
            errors += 1
            err = ET.SubElement(case, "error", message=_x(r.error), type="Datei nicht geprüft")
            err.text = _x(r.error)
            continue
        failing = run.failing(r)
        if failing:
            failures += 1
            by = {lv: sum(1 for f in failing if f.level.value == lv)
                  for lv in ("error", "warning", "info")}
            parts = [f"{n} {level_label(lv) if n == 1 else _plural(lv)}"
                     for lv, n in by.items() if n]
            stage = level_label(run.fail_on)
            noun = "Hinweis" if len(failing) == 1 else "Hinweise"
            fail = ET.SubElement(
                case, "failure", type=f"ab Stufe {stage}",
                message=_x(f"{len(failing)} {noun} ab Stufe {stage}: " + ", ".join(parts)),
            )
            fail.text = _x("\n".join(_finding_line(r, f) for f in failing))
        failing_ids = {id(f) for f in failing}
        rest = [f for f in r.findings if id(f) not in failing_ids]
        lines = [_finding_line(r, f) for f in rest]
        if r.known:
            lines.append(f"{r.known} bekannte Hinweise aus der Baseline ausgeblendet.")
        if lines:
            ET.SubElement(case, "system-out").text = _x("\n".join(lines))
    suite.set("tests", str(len(run.files)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    suite.set("time", "0")
    suites.set("tests", str(len(run.files)))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")


def _plural(level: str) -> str:
    from .common import LEVEL_PLURAL_DE

    return LEVEL_PLURAL_DE[level]


# -- GitHub Actions -----------------------------------------------------------------------------

GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow command message (as @actions/core does)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command property value (also ``:`` and ``,``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, props: dict[str, object], message: str) -> str:
    inner = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{kind} {inner}::{escape_data(message)}" if inner else \
        f"::{kind}::{escape_data(message)}"


def render_github(run: RunResult) -> str:
    """``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=SIM-P001::message`` lines.

    Findings of Word, OpenDocument and PDF files carry their paragraph or page in the message
    (GitHub can only point at lines); HTML findings point at the source line.
    """
    lines: list[str] = []
    for r in run.files:
        path = run.relpath(r.name)
        if r.error:
            lines.append(_command("error", {"file": path, "title": "simplify: nicht geprüft"},
                                  r.error))
            continue
        for f in r.findings:
            loc = r.location(f)
            props: dict[str, object] = {"file": path}
            message = f.message
            if has_text_position(r) and "line" in loc:
                props.update(line=loc["line"], col=loc["column"],
                             endLine=loc.get("end_line"), endColumn=loc.get("end_column"))
            elif r.kind == "html" and loc.get("line"):
                props["line"] = loc["line"]
                message += f" ({location_label(loc)})"
            else:
                message += f" ({location_label(loc)})"
            props["title"] = f.rule
            passage = " ".join(f.text.split())
            if passage:
                message += f"\n„{passage[:200]}“"
            if f.repeats:  # one annotation for a repeated word; the message names the others
                message += f"\n{repeats_text(r, f)}"
            lines.append(_command(GITHUB_LEVEL[f.level.value], props, message))
    lines.append(summary_text(run))
    return "\n".join(lines)
