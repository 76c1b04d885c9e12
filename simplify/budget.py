"""Budgets: some findings are a matter of share, not of each single place.

Style guides do not forbid the passive; they limit its share. A rule joins a budget with
``params.budget: <limit key>`` (the passive rules: ``passive_share``), and the profile sets the
limit in percent of all clauses. Under the budget its findings are hints (``info``). Over it,
they keep the level their check gave them: the passive checks already put one level lower the
ones that name who acts anywhere in the clause ("vom Amt", "durch die Schule",
``checks.actors.actor_in``), so the warnings left are the passives a reader cannot resolve.
The report's summary shows the share: "x von y Teilsätzen im Passiv (Ziel: höchstens z %)".
"""

from __future__ import annotations

from typing import Any

from .report import Finding, Level
from .rules import Profile, Rule


def budget_keys(rules: dict[str, Rule]) -> set[str]:
    """The budgets the rules join (``params.budget``)."""
    return {r.params["budget"] for r in rules.values() if r.params.get("budget")}


def apply_budgets(findings: list[Finding], rules: dict[str, Rule], profile: Profile,
                  clauses: int, keys: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """Set the levels of budgeted findings; return the share per budget for the summary.
    ``keys``: ``budget_keys(rules)``, if the caller keeps them (the verifier asks for every
    passage it analyses again)."""
    out: dict[str, dict[str, Any]] = {}
    if keys is None:
        keys = budget_keys(rules)
    for key in sorted(keys):
        limit = profile.limits.get(key)
        if limit is None:
            continue
        members = [f for f in findings
                   if rules.get(f.rule) is not None and rules[f.rule].params.get("budget") == key]
        share = 100.0 * len(members) / max(clauses, 1)
        over = share > limit
        for f in members:
            if not over:
                f.level = Level.info
        out[key] = {"count": len(members), "clauses": clauses, "share": round(share, 1),
                    "limit": limit, "over": over}
    return out
