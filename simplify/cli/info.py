"""``simplify rules`` and ``simplify explain``: the rules and word lists for people."""

from __future__ import annotations

import sys

from .parser import EXIT_ERROR, EXIT_OK


def rules() -> int:
    from ..formats_out import all_rules
    from ..render import rules_table
    from ..rules import default_wordlists

    print(rules_table(all_rules(), default_wordlists().counts()))
    return EXIT_OK


def explain(rule_id: str) -> int:
    from ..formats_out import all_rules
    from ..render import explain_rule

    rule = all_rules().get(rule_id.upper())
    if rule is None:
        print(f"simplify: Die Regel „{rule_id}“ gibt es nicht. `simplify rules` zeigt alle.",
              file=sys.stderr)
        return EXIT_ERROR
    print(explain_rule(rule))
    return EXIT_OK
