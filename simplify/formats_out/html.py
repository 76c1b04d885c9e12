"""A standalone HTML report for people: one file, German, no external assets, no scripts."""

from __future__ import annotations

from datetime import datetime
from html import escape

from ..batch import FileResult
from ..report import Finding
from ..version import __version__
from . import (
    RunResult,
    all_rules,
    family_label,
    level_label,
    location_label,
    summary_text,
)
from .markdown import de, worst_first

CSS = """
:root{--err:#b3261e;--warn:#8a5a00;--info:#0b57d0;--ok:#1e7b34;--line:#d0d4da;--bg:#f6f7f9}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
color:#1b1d21;background:#fff}
header,main,footer{max-width:62rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:1px solid var(--line)}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem}
.summary{font-size:1.05rem}.muted{color:#5b616b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}
.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.85rem;color:#fff}
.level-error .badge,.badge.level-error{background:var(--err)}
.level-warning .badge,.badge.level-warning{background:var(--warn)}
.level-info .badge,.badge.level-info{background:var(--info)}
.ok{color:var(--ok)}.bad{color:var(--err)}
.bar{display:inline-block;width:6rem;height:.6rem;background:var(--bg);border:1px solid var(--line);
vertical-align:middle;margin-right:.4rem}.bar span{display:block;height:100%;background:var(--ok)}
.finding{border-left:4px solid var(--line);padding:.4rem .8rem;margin:.8rem 0;background:var(--bg)}
.finding.level-error{border-color:var(--err)}.finding.level-warning{border-color:var(--warn)}
.finding.level-info{border-color:var(--info)}
.finding p{margin:.25rem 0}.where{font-size:.9rem;color:#5b616b}
.context{background:#fff;padding:.3rem .5rem;border:1px solid var(--line)}
mark{background:#ffe08a;padding:0 .1rem}
.scores{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;margin:.3rem 0 .8rem;padding:0;list-style:none}
.error-list li{color:var(--err)}
details summary{cursor:pointer}
@media print{.finding{break-inside:avoid}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _file_id(r: FileResult) -> str:
    return f"datei-{r.index + 1}"


def _bar(index: float | None) -> str:
    if index is None:
        return ""
    pct = max(0.0, min(100.0, index / 20 * 100))
    return f'<span class="bar" aria-hidden="true"><span style="width:{pct:.0f}%"></span></span>'


def _finding(run: RunResult, r: FileResult, f: Finding, rules: dict) -> str:
    rule = rules.get(f.rule)
    title = rule.title if rule is not None and rule.title else f.rule
    where = location_label(r.location(f))
    before, passage, after = r.contexts.get(f.fingerprint, ("", " ".join(f.text.split()), ""))
    parts = [
        f'<article class="finding level-{f.level.value}">',
        f'<p><span class="badge">{_e(level_label(f.level))}</span> '
        f"<strong>{_e(f.rule)}</strong> {_e(title)} "
        f'<span class="where">· {_e(family_label(f.family))} · {_e(where)}</span></p>',
        f"<p>{_e(f.message)}</p>",
        f'<p class="context">{_e(before)}<mark>{_e(passage)}</mark>{_e(after)}</p>',
    ]
    if f.suggestions:
        items = "".join(f"<li>{_e(s.label or s.replacement)}</li>" for s in f.suggestions[:3])
        parts.append(f"<p>Vorschläge:</p><ul>{items}</ul>")
    if f.explanation:
        parts.append(f"<details><summary>Warum?</summary><p>{_e(f.explanation)}</p></details>")
    parts.append("</article>")
    return "\n".join(parts)


def render(run: RunResult) -> str:
    """The whole report as one HTML document."""
    rules = all_rules()
    files = worst_first(run)
    failed = run.any_failing() or bool(run.errors)
    verdict = ('<strong class="bad">Nicht bestanden</strong>' if failed
               else '<strong class="ok">Bestanden</strong>')
    now = datetime.now().strftime("%d.%m.%Y, %H:%M Uhr")
    out = [
        "<!DOCTYPE html>",
        '<html lang="de">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>simplify – Prüfbericht verständliche Sprache</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>Prüfbericht: verständliche Sprache</h1>",
        f'<p class="summary">{verdict}: {_e(summary_text(run))}</p>',
        f'<p class="muted">Erstellt am {_e(now)} mit simplify {_e(__version__)}. Die Prüfung '
        f"schlägt fehl ab Stufe „{_e(level_label(run.fail_on))}“. Der Verständlichkeitsindex "
        "reicht von 0 (sehr schwer) bis 20 (sehr leicht).</p>",
        "</header>",
        "<main>",
    ]
    if files:
        out += [
            "<h2>Übersicht (schwerste Texte zuerst)</h2>",
            "<table>",
            "<thead><tr><th>Datei</th><th>Verständlichkeit</th><th class=\"num\">Ziel</th>"
            '<th class="num">Fehler</th><th class="num">Warnungen</th>'
            '<th class="num">Hinweise</th></tr></thead>',
            "<tbody>",
        ]
        for r in files:
            assert r.report is not None
            sc = r.report.scores
            index = sc.get("verstaendlichkeitsindex") if sc.get("words") else None
            by = {lv: sum(1 for f in r.findings if f.level.value == lv)
                  for lv in ("error", "warning", "info")}
            met = r.report.summary.get("target_met")
            state = "" if index is None else (' <span class="ok">✓ erreicht</span>' if met else
                                              ' <span class="bad">✗ nicht erreicht</span>')
            out.append(
                f'<tr><td><a href="#{_file_id(r)}">{_e(run.relpath(r.name))}</a></td>'
                f"<td>{_bar(index)}{_e(de(index))}{state}</td>"
                f'<td class="num">{_e(de(r.report.target, 0))}</td>'
                f'<td class="num">{by["error"]}</td><td class="num">{by["warning"]}</td>'
                f'<td class="num">{by["info"]}</td></tr>'
            )
        out += ["</tbody>", "</table>"]
    if run.errors:
        out += ["<h2>Nicht geprüft</h2>", '<ul class="error-list">']
        out += [f"<li>{_e(r.error)}</li>" for r in run.errors]
        out.append("</ul>")
    for r in files:
        assert r.report is not None
        sc = r.report.scores
        out.append(f'<section id="{_file_id(r)}">')
        out.append(f"<h2>{_e(run.relpath(r.name))}</h2>")
        if sc.get("words"):
            out.append(
                '<ul class="scores">'
                f"<li>Verständlichkeit: <strong>{_e(de(sc.get('verstaendlichkeitsindex')))}"
                f"</strong> von 20 (Ziel {_e(de(r.report.target, 0))})</li>"
                f"<li>Flesch-Wert: {_e(de(sc.get('flesch_amstad')))}</li>"
                f"<li>Wörter pro Satz: {_e(de(sc.get('avg_sentence_length')))}</li>"
                f"<li>Wörter: {_e(sc.get('words', 0))}</li>"
                f"<li>Profil: {_e(r.report.profile)}</li></ul>"
            )
        if r.note:
            out.append(f'<p class="muted">Hinweis zum Lesen der Datei: {_e(r.note)}</p>')
        if r.known:
            out.append(f'<p class="muted">{r.known} bekannte Hinweise aus der Baseline '
                       "sind ausgeblendet.</p>")
        if not r.findings:
            out.append('<p class="ok">Keine Hinweise.</p>')
        for f in sorted(r.findings, key=lambda f: (f.start, -f.level.rank)):
            out.append(_finding(run, r, f, rules))
        out.append("</section>")
    out += [
        "</main>",
        '<footer class="muted">simplify prüft Verwaltungstexte auf verständliche Sprache. '
        "Die Hinweise sind Vorschläge: Entscheiden Sie selbst, was Ihren Leserinnen und "
        "Lesern hilft.</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
