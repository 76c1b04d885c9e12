"""Rendering Reports for people (terminal text) and machines (JSON).

The formats for whole runs (SARIF, JUnit, GitHub, Markdown, HTML …) are in ``formats_out``.
"""

from __future__ import annotations

from .report import Finding, Report
from .rules import Rule
from .vocabulary import LEVEL_LABELS, count, family_label, german_list, places_count


def _de(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}".replace(".", ",")


def text_report(
    name: str,
    report: Report,
    color: bool = False,
    locations: dict[str, dict] | None = None,
    text_positions: bool = True,
) -> str:
    """``file:line:col: level rule message`` lines, suggestions, then the scores.

    For Word, OpenDocument, PDF and HTML files (``text_positions=False``) the place is given
    from ``locations`` (fingerprint -> location): ``file (Absatz 3): …``.
    """
    from .document import repeats_note
    from .formats_out import location_label

    def where_is(f: Finding) -> dict:
        loc = (locations or {}).get(f.fingerprint)
        return {"line": f.line} if text_positions or not loc else loc

    lines = []
    for f in report.findings:
        level = LEVEL_LABELS.get(f.level.value, f.level.value)
        if color:
            tint = {"error": "31", "warning": "33", "info": "36"}[f.level.value]
            level = f"\x1b[{tint}m{level}\x1b[0m"
        passage = " ".join(f.text.split())
        if len(passage) > 80:
            passage = passage[:77] + "…"
        loc = (locations or {}).get(f.fingerprint)
        if text_positions or not loc:
            where = f"{name}:{f.line}:{f.column}:"
        else:
            where = f"{name} ({location_label(loc)}):"
        lines.append(f"{where} {level} {f.rule} {f.message}")
        lines.append(f"    „{passage}“")
        lines += _suggestion_lines(f)
        if f.repeats:  # the same word again: one finding, the other places listed
            lines.append(f"    {repeats_note([where_is(x) for x in f.repeats])}")
    sc = report.scores
    if sc.get("words"):
        met = "erreicht" if report.summary.get("target_met") else "nicht erreicht"
        lines.append(
            f"{name}: Verständlichkeit {_de(sc.get('verstaendlichkeitsindex'))} von 20 "
            f"(Ziel {_de(report.target, 0)}: {met}) · Flesch {_de(sc.get('flesch_amstad'))} · "
            f"{count(int(report.summary.get('sentences', len(report.sentences))), 'Satz', 'Sätze')}"
            f", {_de(sc.get('avg_sentence_length'))} Wörter pro Satz · "
            f"{places_count(len(report.findings), report.place_count())}"
        )
        passive = report.summary.get("budgets", {}).get("passive_share")
        if passive and passive.get("count"):
            lines.append(f"{name}: {passive_line(passive)}")
        if report.summary.get("council"):
            lines.append(f"{name}: {COUNCIL_NOTE}")
        elif report.summary.get("errors_only"):
            lines.append(f"{name}: {EXPERTS_NOTE}")
        elif report.summary.get("experts"):
            lines.append(f"{name}: {BUSINESS_NOTE}")
        elif report.summary.get("plain"):
            lines.append(f"{name}: {plain_note(report.summary['plain'])}")
    return "\n".join(lines)


COUNCIL_NOTE = ("Der Text ist eine Vorlage oder eine Niederschrift für den Rat oder einen "
                "Ausschuss. Seine Leserinnen und Leser kennen die Sprache der Verwaltung. Darum "
                "zeigen wir nur Fehler.")
EXPERTS_NOTE = ("Der Text richtet sich an Fachleute (eine Kanzlei, ein Gericht, eine andere "
                "Behörde, die eigenen Beschäftigten). Darum zeigen wir nur Fehler.")
BUSINESS_NOTE = ("Der Text richtet sich an ein Unternehmen. Darum zeigen wir nur Warnungen, "
                 "keine einfachen Hinweise.")


def plain_note(p: dict) -> str:
    """"Der Text ist schon einfach geschrieben …" (simplify/plain.py)."""
    return ("Der Text ist schon einfach geschrieben: "
            f"{_de(p['warnings_per_1000'])} Warnungen je 1.000 Wörter "
            f"(Grenze {_de(p['limit'], 0)}). Darum zeigen wir nur Warnungen, "
            f"{count(int(p['hidden']), 'Hinweis', 'Hinweise')} blenden wir aus.")


def passive_line(b: dict) -> str:
    """"3 von 40 Teilsätzen im Passiv (8 %, Ziel: höchstens 10 %)"."""
    over = " – zu viel: Passiv ohne Handelnde ist eine Warnung" if b.get("over") else ""
    return (f"{b['count']} von {count(int(b['clauses']), 'Teilsatz', 'Teilsätzen')} im Passiv "
            f"({_de(b['share'], 0)} %, Ziel: höchstens {_de(b['limit'], 0)} %){over}")


def _suggestion_lines(f) -> list[str]:  # noqa: ANN001 - report.Finding
    """Word alternatives as one list („A“, „B“ oder „C“); other suggestions one a line."""
    words = [s.replacement for s in f.suggestions if s.kind == "replace"]
    if len(words) > 1:
        others = [s for s in f.suggestions if s.kind != "replace"][:1]
        return ([f"    Vorschläge: {german_list(words[:4])}"]
                + [f"    Vorschlag: {s.label or s.replacement}" for s in others])
    return [f"    Vorschlag: {s.label or s.replacement}" for s in f.suggestions[:2]]


def rules_table(rules: dict[str, Rule], counts: dict[str, int]) -> str:
    lines = ["Regeln von simplify (ID, Familie, Stufe, Titel):", ""]
    for r in rules.values():
        family = family_label(r.family)
        lines.append(f"{r.id}  {family:<28} {LEVEL_LABELS[r.level.value]:<8} {r.title}")
    lines.append("")
    lines.append("Wortlisten (Einträge):")
    for name, n in counts.items():
        lines.append(f"  {name:<22} {n}")
    return "\n".join(lines)


def explain_rule(rule: Rule) -> str:
    lines = [
        f"{rule.id}: {rule.title}",
        f"Familie: {family_label(rule.family)} · Stufe: {LEVEL_LABELS[rule.level.value]}",
        "",
        f"Was: {rule.message}",
        f"Warum: {rule.why}",
    ]
    if rule.list_name:
        lines.append(f"Wortliste: rules/wordlists/{rule.list_name}.tsv")
    lines.append("")
    lines.append("Beispiele:")
    for ex in rule.examples:
        prof = f" (Profil {ex.profile})" if ex.profile else ""
        if ex.bad:
            lines.append(f"  schlecht{prof}: {ex.bad}")
            if ex.fix:
                lines.append(f"  besser:   {ex.fix}")
        else:
            lines.append(f"  gut{prof}:      {ex.good}")
    return "\n".join(lines)
