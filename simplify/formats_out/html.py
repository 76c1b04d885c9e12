"""A standalone HTML report for people: one file, German, no external resources.

First a summary (files, findings by level, files that fail), then an overview per file and one
findings table that fits a 1280 px wide screen (fixed layout, long passages wrap). A small
inline script adds a filter by file and by family; without the script everything is visible.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from ..batch import FileResult
from ..report import Finding
from ..version import __version__
from .common import (
    RunResult,
    all_rules,
    count,
    family_label,
    level_count,
    level_label,
    location_label,
    places_count,
    repeats_text,
    sentence_count,
    summary_text,
)
from .markdown import de, worst_first

CSS = """
:root{--err:#b3261e;--warn:#8a5a00;--info:#0b57d0;--ok:#1e7b34;--line:#d0d4da;--bg:#f6f7f9}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
color:#1b1d21;background:#fff}
header,main,footer{max-width:76rem;margin:0 auto;padding:.8rem 1.25rem}
header{border-bottom:1px solid var(--line)}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
.muted{color:#5b616b}.ok{color:var(--ok)}.bad{color:var(--err);font-weight:600}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
.facts dt{font-weight:600}.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;table-layout:fixed}
th,td{border-bottom:1px solid var(--line);padding:.35rem .45rem;text-align:left;
vertical-align:top;overflow-wrap:anywhere;word-break:break-word}
thead th{background:var(--bg);overflow-wrap:normal;word-break:normal;hyphens:auto}
td.num,th.num{text-align:right}
tbody th.file{background:#eef1f5;font-size:1rem;padding-top:.6rem}
.badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;color:#fff}
.level-error .badge{background:var(--err)}.level-warning .badge{background:var(--warn)}
.level-info .badge{background:var(--info)}
tr.level-error td:first-child{border-left:4px solid var(--err)}
tr.level-warning td:first-child{border-left:4px solid var(--warn)}
tr.level-info td:first-child{border-left:4px solid var(--info)}
.bar{display:inline-block;width:4rem;height:.6rem;background:var(--bg);border:1px solid
var(--line);vertical-align:middle;margin-right:.3rem}.bar span{display:block;height:100%;
background:var(--ok)}.bar.fail span{background:var(--err)}
.context{font-size:.92rem}mark{background:#ffe08a;padding:0 .1rem}
ul.sugg{margin:0;padding-left:1rem}
.error-list li{color:var(--err)}
#filter{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;margin:.5rem 0;
padding:.5rem .7rem;background:var(--bg);border:1px solid var(--line)}
#filter select{font:inherit;max-width:28rem}
details summary{cursor:pointer}
details.repeats{font-size:.88rem;margin-top:.2rem}details.repeats ul{margin:.2rem 0;
padding-left:1rem}
@media print{#filter{display:none}tr{break-inside:avoid}}
"""

# Filter by file and family. Progressive enhancement: the form is hidden until this runs.
SCRIPT = """
(function(){
var form=document.getElementById('filter');if(!form)return;form.hidden=false;
var file=document.getElementById('f-file'),fam=document.getElementById('f-family'),
out=document.getElementById('f-count');
function apply(){var n=0;
document.querySelectorAll('tbody[data-file]').forEach(function(tb){
var on=!file.value||tb.getAttribute('data-file')===file.value;tb.hidden=!on;
tb.querySelectorAll('tr[data-family]').forEach(function(tr){
var ok=on&&(!fam.value||tr.getAttribute('data-family')===fam.value);tr.hidden=!ok;
if(ok)n++;});});
out.textContent=n===1?'1 Hinweis sichtbar':n+' Hinweise sichtbar';}
file.addEventListener('change',apply);fam.addEventListener('change',apply);apply();
})();
"""

COLUMNS = [("Stelle", "11%"), ("Stufe", "8%"), ("Familie", "11%"), ("Hinweis", "30%"),
           ("Textstelle", "24%"), ("Vorschläge", "16%")]


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _file_id(r: FileResult) -> str:
    return f"datei-{r.index + 1}"


def _index(r: FileResult) -> float | None:
    assert r.report is not None
    sc = r.report.scores
    return sc.get("verstaendlichkeitsindex") if sc.get("words") else None


def _score(r: FileResult) -> str:
    """The index with a bar and a text marker: a failed score is red *and* says so."""
    assert r.report is not None
    index = _index(r)
    if index is None:
        return "–"
    met = bool(r.report.summary.get("target_met"))
    pct = max(0.0, min(100.0, index / 20 * 100))
    bar = (f'<span class="bar{"" if met else " fail"}" aria-hidden="true">'
           f'<span style="width:{pct:.0f}%"></span></span>')
    mark = ('<span class="ok">✓ Ziel erreicht</span>' if met else
            '<span class="bad">✗ unter dem Ziel</span>')
    return f"{bar}{_e(de(index))} {mark}"


def _finding(r: FileResult, f: Finding, rules: dict) -> str:
    rule = rules.get(f.rule)
    title = rule.title if rule is not None and rule.title else f.rule
    before, passage, after = r.contexts.get(f.fingerprint, ("", " ".join(f.text.split()), ""))
    why = (f"<details><summary>Warum?</summary>{_e(f.explanation)}</details>"
           if f.explanation else "")
    items = "".join(f"<li>{_e(s.label or s.replacement)}</li>" for s in f.suggestions[:3])
    sugg = f'<ul class="sugg">{items}</ul>' if items else "–"
    return (
        f'<tr class="level-{f.level.value}" data-family="{_e(f.family)}">'
        f"<td>{_e(location_label(r.location(f)))}</td>"
        f'<td><span class="badge">{_e(level_label(f.level))}</span></td>'
        f"<td>{_e(family_label(f.family))}</td>"
        f"<td><strong>{_e(f.rule)}</strong> {_e(title)}: {_e(f.message)}{why}</td>"
        f'<td class="context">{_e(before)}<mark>{_e(passage)}</mark>{_e(after)}'
        f"{_repeats(r, f)}</td>"
        f"<td>{sugg}</td></tr>"
    )


def _repeats(r: FileResult, f: Finding) -> str:
    """The other places of a repeated word: the count and lines, unfolded with their text."""
    if not f.repeats:
        return ""
    places = []
    for rep in f.repeats:
        before, passage, after = r.contexts.get(rep.fingerprint,
                                                ("", " ".join(rep.text.split()), ""))
        places.append(f"<li>{_e(location_label(r.location(rep)))}: "
                      f"{_e(before)}<mark>{_e(passage)}</mark>{_e(after)}</li>")
    return (f'<details class="repeats"><summary>{_e(repeats_text(r, f))}</summary>'
            f'<ul>{"".join(places)}</ul></details>')


def _file_rows(run: RunResult, r: FileResult, rules: dict) -> list[str]:
    assert r.report is not None
    name = run.relpath(r.name)
    sc = r.report.scores
    facts = [f"Profil {r.report.profile}"]
    if sc.get("words"):
        facts = [f"Verständlichkeit {de(_index(r))} von 20 (Ziel {de(r.report.target, 0)})",
                 count(sentence_count(r), "Satz", "Sätze"),
                 count(int(sc.get("words", 0)), "Wort", "Wörter"), *facts]
    if r.note:
        facts.append(f"Hinweis: {r.note}")
    if r.known:
        facts.append(f"{count(r.known, 'bekannter Hinweis', 'bekannte Hinweise')} aus der "
                     "Baseline ausgeblendet")
    rows = [f'<tbody id="{_file_id(r)}" data-file="{_e(name)}">',
            f'<tr><th class="file" colspan="{len(COLUMNS)}" scope="rowgroup">{_e(name)} '
            f'<span class="muted">· {_e(" · ".join(facts))}</span></th></tr>']
    if not r.findings:
        rows.append(f'<tr><td colspan="{len(COLUMNS)}" class="ok">Keine Hinweise.</td></tr>')
    for f in sorted(r.findings, key=lambda f: (f.start, -f.level.rank)):
        rows.append(_finding(r, f, rules))
    rows.append("</tbody>")
    return rows


def _summary(run: RunResult, files: list[FileResult]) -> list[str]:
    by = run.counts()
    failing = [r for r in files if run.failing(r)]
    levels = ", ".join(level_count(by[lv], lv) for lv in ("error", "warning", "info"))
    out = ['<dl class="facts">',
           f"<dt>Dateien</dt><dd>{_e(count(len(run.checked), 'Datei', 'Dateien'))} geprüft"
           + (f", {_e(count(len(run.errors), 'Datei', 'Dateien'))} nicht geprüft"
              if run.errors else "") + "</dd>",
           f"<dt>Hinweise</dt><dd>{_e(places_count(sum(by.values()), run.place_count()))}: "
           f"{_e(levels)}</dd>",
           "<dt>Nicht bestanden</dt><dd>"]
    if failing or run.errors:
        links = [f'<a href="#{_file_id(r)}">{_e(run.relpath(r.name))}</a>' for r in failing]
        links += [f"{_e(run.relpath(r.name))} (nicht geprüft)" for r in run.errors]
        out.append(f'<span class="bad">✗ {_e(count(len(links), "Datei", "Dateien"))}:</span> '
                   + ", ".join(links))
    else:
        out.append('<span class="ok">✓ keine</span>')
    out += ["</dd>", "</dl>"]
    return out


def render(run: RunResult) -> str:
    """The whole report as one HTML document."""
    rules = all_rules()
    files = worst_first(run)
    failed = run.any_failing() or bool(run.errors)
    verdict = ('<strong class="bad">✗ Nicht bestanden</strong>' if failed
               else '<strong class="ok">✓ Bestanden</strong>')
    now = datetime.now().strftime("%d.%m.%Y, %H:%M Uhr")
    out = [
        "<!DOCTYPE html>", '<html lang="de">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>simplify – Prüfbericht verständliche Sprache</title>",
        f"<style>{CSS}</style>", "</head>", "<body>", "<header>",
        "<h1>Prüfbericht: verständliche Sprache</h1>",
        f"<p>{verdict}: {_e(summary_text(run))}</p>",
        *_summary(run, files),
        f'<p class="muted">Erstellt am {_e(now)} mit simplify {_e(__version__)}. Die Prüfung '
        f"schlägt fehl ab Stufe „{_e(level_label(run.fail_on))}“. Der Verständlichkeitsindex "
        "reicht von 0 (sehr schwer) bis 20 (sehr leicht).</p>",
        "</header>", "<main>",
    ]
    if files:
        out += [
            "<h2>Übersicht (schwerste Texte zuerst)</h2>", "<table>",
            '<colgroup><col style="width:32%"><col style="width:26%"><col style="width:7%">'
            '<col style="width:7%"><col style="width:9%"><col style="width:10%">'
            '<col style="width:9%"></colgroup>',
            "<thead><tr><th>Datei</th><th>Verständlichkeit (0–20)</th>"
            '<th class="num">Ziel</th><th class="num">Sätze</th><th class="num">Fehler</th>'
            '<th class="num">Warnungen</th><th class="num">Hinweise</th></tr></thead>',
            "<tbody>",
        ]
        for r in files:
            assert r.report is not None
            by = {lv: sum(1 for f in r.findings if f.level.value == lv)
                  for lv in ("error", "warning", "info")}
            out.append(
                f'<tr><td><a href="#{_file_id(r)}">{_e(run.relpath(r.name))}</a></td>'
                f"<td>{_score(r)}</td>"
                f'<td class="num">{_e(de(r.report.target, 0))}</td>'
                f'<td class="num">{sentence_count(r)}</td>'
                f'<td class="num">{by["error"]}</td><td class="num">{by["warning"]}</td>'
                f'<td class="num">{by["info"]}</td></tr>'
            )
        out += ["</tbody>", "</table>"]
    if run.errors:
        out += ["<h2>Nicht geprüft</h2>", '<ul class="error-list">']
        out += [f"<li>{_e(r.error)}</li>" for r in run.errors]
        out.append("</ul>")
    if files:
        families = sorted({f.family for r in files for f in r.findings}, key=family_label)
        out += [
            "<h2>Hinweise</h2>",
            '<form id="filter" hidden aria-label="Hinweise filtern">',
            '<label>Datei <select id="f-file"><option value="">alle Dateien</option>'
            + "".join(f'<option value="{_e(run.relpath(r.name))}">{_e(run.relpath(r.name))}'
                      "</option>" for r in files) + "</select></label>",
            '<label>Familie <select id="f-family"><option value="">alle Familien</option>'
            + "".join(f'<option value="{_e(fam)}">{_e(family_label(fam))}</option>'
                      for fam in families) + "</select></label>",
            '<output id="f-count" aria-live="polite"></output>', "</form>",
            '<table class="findings">',
            "<colgroup>" + "".join(f'<col style="width:{w}">' for _, w in COLUMNS)
            + "</colgroup>",
            "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h, _ in COLUMNS)
            + "</tr></thead>",
        ]
        for r in files:
            out += _file_rows(run, r, rules)
        out.append("</table>")
    out += [
        "</main>",
        '<footer class="muted">simplify prüft Verwaltungstexte auf verständliche Sprache. '
        "Die Hinweise sind Vorschläge: Entscheiden Sie selbst, was Ihren Leserinnen und "
        "Lesern hilft.</footer>",
        f"<script>{SCRIPT}</script>",
        "</body>", "</html>",
    ]
    return "\n".join(out) + "\n"
