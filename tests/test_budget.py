"""The passive as a budget: a share of clauses per profile, not every single place."""

from __future__ import annotations

OVER = "Der Antrag wird geprüft. Die Unterlagen werden von uns bearbeitet. Wir melden uns."
UNDER = ("Der Antrag wird geprüft. " + " ".join(
    f"Wir schreiben Ihnen am {d}. Mai einen Brief." for d in range(1, 13)))


def _passives(report):  # noqa: ANN001, ANN202
    return {f.text: f.level.value for f in report.findings if f.rule in {"SIM-P001", "SIM-P002"}}


def test_budget_over_the_limit_passives_without_actor_stay_warnings(simp):  # noqa: ANN001
    report = simp.analyze(OVER)
    assert _passives(report) == {"wird geprüft": "warning",
                                 "werden von uns bearbeitet": "info"}
    b = report.summary["budgets"]["passive_share"]
    assert b["count"] == 2 and b["over"] and b["limit"] == 10


def test_budget_under_the_limit_passives_are_hints(simp):  # noqa: ANN001
    report = simp.analyze(UNDER)
    assert _passives(report) == {"wird geprüft": "info"}
    assert not report.summary["budgets"]["passive_share"]["over"]


def test_budget_leichte_sprache_has_none(simp):  # noqa: ANN001
    """Leichte Sprache allows no passive: even one in thirteen clauses is over the budget."""
    assert _passives(simp.analyze(UNDER, "leicht")) == {"wird geprüft": "error"}


def test_budget_shown_in_the_text_report(simp, tmp_path, capsys):  # noqa: ANN001
    from simplify.cli import main

    f = tmp_path / "brief.txt"
    f.write_text(OVER + "\n", encoding="utf-8")
    main(["check", str(f), "--no-progress", "--no-config"])
    assert "2 von 3 Teilsätzen im Passiv" in capsys.readouterr().out


def test_an_adverb_that_names_the_actor_counts_as_an_actor(simp):
    text = ("Der Antrag wird geprüft. Die Stelle wird staatlich gefördert. Der Bau wird "
            "genehmigt. Die Frist wird verlängert.")
    levels = {f.text: f.level.value for f in simp.analyze(text).findings if f.rule == "SIM-P001"}
    assert levels["wird staatlich gefördert"] == "info"
    assert levels["wird geprüft"] == "warning"
