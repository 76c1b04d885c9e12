"""The fitted sentence difficulty: stored coefficients, documented formula, properties.

All sentences below were written for these tests; the ratings the model was fitted on are
not needed (benchmarks/fit_difficulty.py refits from /work/shared/data).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simplify.analyzer import Simplifier
from simplify.difficulty import (
    FEATURES,
    MODEL_FILE,
    default_model,
    load_model,
    rating_to_difficulty,
    sentence_features,
)
from simplify.errors import ConfigError
from simplify.scores import SentenceCounts, sentence_difficulty

DOCS = Path(__file__).resolve().parent.parent / "docs" / "scores.md"


def counts(words: str, jargon: int = 0, depth: int = 0) -> SentenceCounts:
    ws = words.split()
    return SentenceCounts(ws, [len(ws)], jargon=jargon, depth=depth)


def test_stored_coefficients_load_and_name_the_features() -> None:
    model = load_model(MODEL_FILE)
    assert model.features == FEATURES
    assert all(s > 0 for s in model.scales)
    assert model.rating_scale == (1.0, 7.0)
    for key in ("fitted", "dataset", "n", "cv_pearson", "cv_pearson_folds"):
        assert key in model.meta, key
    assert model.meta["n"] > 400
    assert model.meta["cv_pearson"] >= 0.80  # the figure the fit reached; refits must keep it
    assert model.meta["cv_pearson"] > model.meta["baseline_log_words_pearson"]


def test_weights_point_the_expected_way() -> None:
    w = dict(zip(default_model().features, default_model().weights, strict=True))
    assert w["log_words"] > 0 and w["rare_share"] > 0 and w["jargon"] > 0
    assert w["nominal_share"] > 0 and w["depth"] > 0
    assert w["mean_zipf"] < 0  # frequent words are easy
    # length carries most of the weight, as in every study of sentence difficulty
    assert max(w, key=lambda f: abs(w[f])) == "log_words"


def test_documented_coefficients_match_the_stored_ones() -> None:
    """docs/scores.md lists every feature with its weight as stored (two decimals)."""
    text = DOCS.read_text(encoding="utf-8")
    model = default_model()
    for feature, weight in zip(model.features, model.weights, strict=True):
        row = re.search(rf"^\| `{feature}` \|.*$", text, re.M)
        assert row is not None, f"{feature} missing in docs/scores.md"
        assert f"{weight:+.2f}".replace("-", "−") in row.group(0), row.group(0)
    assert f"{model.intercept:.2f}" in text
    assert f"{model.meta['cv_pearson']:.3f}" in text


def test_malformed_model_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "difficulty.yaml"
    bad.write_text("rating_scale: [1, 7]\nintercept: 3\ncoefficients:\n"
                   "  log_words: {mean: 2, sd: 1, weight: 1}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_model(bad)
    bad.write_text("coefficients: [", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_model(bad)


def test_rating_maps_onto_zero_to_twenty() -> None:
    assert rating_to_difficulty(1.0) == 0.0
    assert rating_to_difficulty(4.0) == 10.0
    assert rating_to_difficulty(7.0) == 20.0
    assert rating_to_difficulty(-3.0) == 0.0 and rating_to_difficulty(12.0) == 20.0


def test_features_of_a_sentence() -> None:
    f = sentence_features(["Die", "Prüfung", "der", "Zuständigkeit", "dauert", "lange"], jargon=1,
                          depth=0, frequency=lambda w: 2.0 if len(w) > 8 else 6.0)
    assert set(f) == set(FEATURES)
    assert f["noun_share"] == pytest.approx(2 / 6)  # Prüfung, Zuständigkeit (not "Die")
    assert f["nominal_share"] == pytest.approx(2 / 6)
    assert f["rare_share"] == pytest.approx(1 / 6)  # Zuständigkeit
    assert f["mean_zipf"] == pytest.approx((5 * 6.0 + 2.0) / 6)
    assert f["jargon"] == 1.0


def test_monotonic_in_length_for_the_same_kind_of_words() -> None:
    clause = "die Kinder spielen im Garten"
    values = [sentence_difficulty(counts(" und ".join([clause] * k))) for k in range(1, 6)]
    assert values == sorted(values) and values[0] < values[-1], values


def test_more_jargon_and_deeper_clauses_are_harder() -> None:
    words = "Sie können gegen die Entscheidung innerhalb eines Monats etwas tun"
    plain = sentence_difficulty(counts(words))
    assert sentence_difficulty(counts(words, jargon=3)) > plain
    assert sentence_difficulty(counts(words, depth=2)) > plain


def test_terms_of_art_score_harder_than_a_plain_sentence_of_the_same_length(
    simp: Simplifier,
) -> None:
    pairs = [
        ("Sie können gegen den Bescheid innerhalb der Frist Widerspruch einlegen.",
         "Sie können morgen früh mit dem Bus zur Stadt fahren."),
        ("Der Antrag auf Akteneinsicht ist beim Amt einzureichen.",
         "Der Kuchen mit Kirschen steht noch beim Nachbarn."),
    ]
    for hard, easy in pairs:
        (h,), (e,) = simp.sentence_counts(hard), simp.sentence_counts(easy)
        assert len(h.words) == len(e.words)
        assert h.jargon > 0 and e.jargon == 0
        assert sentence_difficulty(h) > sentence_difficulty(e), (hard, easy)


def test_leichte_sprache_is_easier_than_amtsdeutsch(simp: Simplifier) -> None:
    easy = simp.sentence_counts("Sie bekommen Geld vom Amt. Das Geld ist für die Miete.")
    hard = simp.sentence_counts(
        "Die Bewilligung der beantragten Leistungen erfolgt vorbehaltlich der Prüfung der "
        "Einkommensverhältnisse, die nach Eingang sämtlicher Unterlagen vorgenommen wird.")
    assert max(map(sentence_difficulty, easy)) + 3 < sentence_difficulty(hard[0])


def test_a_mediopunkt_compound_reads_like_the_hyphenated_one(simp: Simplifier) -> None:
    """Leichte Sprache writes "Wohn·geld" where others write "Wohn-Geld": the Mediopunkt makes a
    compound easier to read, so it must not turn it into the rarest word of the sentence."""
    dot, = simp.sentence_counts("Sie bekommen Wohn·geld von der Stadt.")
    hyphen, = simp.sentence_counts("Sie bekommen Wohn-Geld von der Stadt.")
    assert dot.words[2] == "Wohn·geld"
    assert sentence_features(dot.words) == sentence_features(hyphen.words)
    assert sentence_difficulty(dot) == sentence_difficulty(hyphen)


def test_what_makes_a_sentence_hard_names_examples_from_it():
    from simplify.difficulty import what_makes_it_hard

    sentence = ("Die Gewährung der Zuwendung setzt nach den einschlägigen Rechtsvorschriften "
                "der Förderrichtlinie des Landes die Erfüllung sämtlicher "
                "Anspruchsvoraussetzungen durch die antragstellende Person im Zeitraum der "
                "Förderung voraus")
    hard = sentence.split()
    reasons = what_makes_it_hard(hard, depth=0)
    assert reasons[0] == f"{len(hard)} Wörter"
    assert any(r.startswith("Nomen auf -ung") and "„Gewährung“" in r for r in reasons)
    assert any(r.startswith("seltene Wörter wie „") for r in reasons)
    # a short plain sentence has nothing that raises its difficulty
    assert what_makes_it_hard(["Wir", "rufen", "Sie", "an"]) == []


def test_readability_finding_says_why_its_sentence_is_hard(simp):
    text = ("Die Gewährung der beantragten Leistungen setzt die Erfüllung sämtlicher "
            "Anspruchsvoraussetzungen voraus. Unter Berücksichtigung der einschlägigen "
            "Rechtsvorschriften wird die Bewilligung unverzüglich nach abschließender Prüfung "
            "der vollständigen Antragsunterlagen durch die zuständige Sachbearbeitung "
            "vorgenommen.")
    report = simp.analyze(text, "formular", enable=["SIM-R001"], suggest=False)
    (finding,) = [f for f in report.findings if f.rule == "SIM-R001"]
    assert " Er hat " in finding.message and "Vereinfachen Sie ihn." in finding.message


def test_readability_finding_names_what_the_rules_found_in_its_sentence(simp):
    # blind reviews 20-23: the model's reasons ("Nomen auf -ung wie „Bescheinigung“") missed
    # the real trouble of the sentence, which other rules had found (passive, Amtsdeutsch)
    text = ("Die Gewährung der beantragten Leistungen setzt die Erfüllung sämtlicher "
            "Anspruchsvoraussetzungen voraus. Hiermit wird seitens der Behörde die "
            "Bewilligung nach Prüfung der Antragsunterlagen vorgenommen. Die Auszahlung "
            "erfolgt nach Eintritt der Bestandskraft des Bescheides.")
    report = simp.analyze(text, "formular", suggest=False)
    (finding,) = [f for f in report.findings if f.rule == "SIM-R001"]
    inside = [f for f in report.findings if f is not finding
              and finding.start <= f.start and f.end <= finding.end]
    assert inside, "the example sentence has findings of other rules"
    titles = {simp.rules[f.rule].title.removesuffix(" erklären") for f in inside}
    named = [t for t in titles if f"{t} („" in finding.message]
    assert len(named) == min(3, len(titles))
    assert finding.message.endswith("Vereinfachen Sie ihn.")
    # without the other rules, the model's reasons stay
    alone = simp.analyze(text, "formular", enable=["SIM-R001"], suggest=False)
    (only,) = alone.findings
    assert "Darin" not in only.message and " Er hat " in only.message
