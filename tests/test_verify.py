"""The verifier analyses a changed passage again, with the rules that can object to it."""

from __future__ import annotations

from simplify.analyzer import Simplifier
from simplify.checks import RAISING
from simplify.report import Level, Suggestion
from simplify.verify import VerdictMemo, Verifier


def _verifier(simp: Simplifier, text: str, profile: str = "formular") -> Verifier:
    made: list[Verifier] = []
    original = Verifier.__init__

    def init(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        original(self, *args, **kwargs)
        made.append(self)

    Verifier.__init__ = init  # type: ignore[method-assign]
    try:
        simp.analyze(text, profile)
    finally:
        Verifier.__init__ = original  # type: ignore[method-assign]
    return made[-1]


def test_verifier_watches_every_rule_that_can_warn_and_no_pure_hint(simp):  # noqa: ANN001
    for name in ("formular", "leicht"):
        prof = simp.profile(name)
        v = _verifier(simp, "Der Antrag ist einzureichen.", name)
        for rule in simp.rules.values():
            level = prof.levels.get(rule.id) or rule.level.value
            can_warn = level != "off" and (rule.check in RAISING
                                           or Level(level).rank >= Level.warning.rank)
            assert (rule.id in v.watched) == (can_warn and rule.family != "readability"), \
                (name, rule.id)


def test_verifier_a_hint_that_may_become_a_warning_is_watched(simp):  # noqa: ANN001
    assert "verb_bracket" in RAISING
    bracket = next(r for r in simp.rules.values() if r.check == "verb_bracket")
    assert bracket.level is Level.info
    assert bracket.id in _verifier(simp, "Der Antrag ist einzureichen.").watched


def test_verifier_refuses_a_replacement_that_brings_a_new_warning(simp, monkeypatch):  # noqa: ANN001
    # a candidate that brings in a role noun ("Antragsteller"), which the role-noun rule warns
    # about in a text that speaks to its reader, is refused; the plain word is offered
    import simplify.analyzer as analyzer

    def candidates(ctx, finding):  # noqa: ANN001, ANN202
        if finding.text != "Lichtbild":
            return []
        return [Suggestion(replacement=r, start=finding.start, end=finding.end,
                           kind="replace", label=r, safety="review")
                for r in ("Foto der Antragsteller", "Foto")]

    monkeypatch.setattr(analyzer, "candidates", candidates)
    text = "Ein Lichtbild liegt dem Antrag bei. Bitte senden Sie beides an uns."
    offered = {s.replacement for f in simp.analyze(text).findings for s in f.suggestions}
    assert "Foto" in offered
    assert "Foto der Antragsteller" not in offered


def test_verifier_runs_only_the_rules_it_needs(simp):  # noqa: ANN001
    text = "Bitte füllen Sie den Vordruck aus. Wir senden Ihnen ggf. einen Bescheid."
    v = _verifier(simp, text)
    assert v.analyses > 0
    for passage in v.cache.values():
        if passage.ctx is not None:
            assert set(passage.by_rule) <= v.watched | {f for f in simp.rules}
            hints = {r for r in passage.by_rule if r not in v.watched}
            # a hint rule runs again only for a finding of its own
            assert len(hints) <= 2


# -- verdicts kept across documents --

REPEATED = ("Der Antrag ist bis zum 1. März einzureichen. Bitte legen Sie ggf. eine Kopie bei. "
            "Die Gebühr wird durch die Kasse erhoben.")


def test_a_text_checked_again_reuses_its_verdicts_and_gives_the_same_report(simp):  # noqa: ANN001
    simp.verdicts.clear()
    first = _verifier(simp, REPEATED)
    assert first.analyses > 0
    again = _verifier(simp, REPEATED)
    assert again.analyses == 0  # every verdict came from the memo
    a, b = simp.analyze(REPEATED), simp.analyze(REPEATED)
    assert a.model_dump() == b.model_dump()
    simp.verdicts.clear()
    assert simp.analyze(REPEATED).model_dump() == a.model_dump()


def test_verdicts_are_kept_per_profile_and_audience(simp):  # noqa: ANN001
    simp.verdicts.clear()
    _verifier(simp, REPEATED, "formular")
    assert _verifier(simp, REPEATED, "leicht").analyses > 0  # another profile: judged anew
    # the same sentences in a text that does not speak to its reader: judged anew as well
    described = ("Das Amt prüft ggf. den Antrag. " + "Die Stadt hat eine Bücherei mit vielen "
                 "Büchern. Kinder und Erwachsene leihen dort Bücher aus. " * 5)
    assert not _verifier(simp, described).ctx.addresses_reader
    spoken = described + "Bitte rufen Sie uns an, wenn Sie Fragen haben."
    v = _verifier(simp, spoken)
    assert v.ctx.addresses_reader and v.analyses > 0


def test_verdict_memo_is_bounded_and_drops_the_oldest():
    memo = VerdictMemo(size=3)
    for k in range(5):
        memo.put(k, k % 2 == 0)
    assert len(memo) == 3
    assert memo.get(0) is None and memo.get(1) is None  # the two oldest are gone
    assert memo.get(2) is True  # used: now the newest, so 3 is the oldest
    memo.put(5, True)
    assert memo.get(3) is None
    assert memo.get(2) is True and memo.get(4) is True and memo.get(5) is True


LAZY = ("Es ist erforderlich, dass Sie den Antrag umgehend einreichen. Bitte legen Sie ggf. "
        "eine Kopie bei. Die Gebühr wird durch die Kasse erhoben, sofern der Antragsteller "
        "die Frist versäumt hat. Hierbei ist zu beachten, dass die Zahlung unverzüglich "
        "erfolgt.")


def test_unchanged_passage_runs_only_the_rules_the_verdict_needs(simp, monkeypatch):  # noqa: ANN001
    simp.verdicts.clear()
    lazy = _verifier(simp, LAZY)
    assert any(p.ctx is not None and not lazy.watched <= set(p.by_rule)
               for p in lazy.cache.values())  # some passage never ran every watched rule
    simp.verdicts.clear()
    report = simp.analyze(LAZY).model_dump()
    # every watched rule run on every passage, as before: the same report
    full = Verifier._findings
    monkeypatch.setattr(Verifier, "_findings",
                        lambda self, text, rule, only=None: full(self, text, rule))
    simp.verdicts.clear()
    assert simp.analyze(LAZY).model_dump() == report
    simp.verdicts.clear()
