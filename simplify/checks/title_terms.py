"""Words of a cited rule's title used again in the text: the text's term for what the rule
governs ("Förderrichtlinie … in Wohngebäuden … Antragsberechtigt sind Eigentümer von
Wohngebäuden"). A swap there ("Wohnhäusern") makes the text say something other than the
rule, or seem to (safety review 158: two of three wrong edits in a funding programme's page).
The finding stays; its advice says why there is no one-click replacement."""

from __future__ import annotations

from ..lexicon import TermHit
from ..titles import rule_titles
from .base import Context

_MEMO = "simplify.title_nouns"


def title_nouns(ctx: Context) -> frozenset[str]:
    """Lemmas (case-folded) of the nouns inside the titles of statutes and rules."""
    memo = ctx.doc.user_data
    found = memo.get(_MEMO)
    if found is None:
        nouns: set[str] = set()
        for start, end in rule_titles(ctx.text):
            span = ctx.doc.char_span(start, end, alignment_mode="contract")
            if span is not None:
                nouns.update(t.lemma_.casefold() for t in span if t.tag_ == "NN")
        found = memo[_MEMO] = frozenset(nouns)
    return found


def from_cited_title(ctx: Context, hit: TermHit, values: dict[str, str]) -> bool:
    """The listed noun is one of a cited title's nouns: no swap, and the advice says so."""
    last = hit.tokens[-1]
    if last.tag_ != "NN" or last.lemma_.casefold() not in title_nouns(ctx):
        return False
    values["advice"] = (f"„{last.text}“ steht auch im Titel der Vorschrift, die der Text "
                        "nennt. Tauschen Sie das Wort nur, wenn klar bleibt, dass dasselbe "
                        "gemeint ist wie in der Vorschrift.")
    return True
