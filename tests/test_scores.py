"""Tests for the readability scores (formulas, index, textstat agreement, edge cases).

All texts below were written for these tests.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest

from simplify.scores import (
    INDEX_ANCHORS,
    INDEX_WEIGHTS,
    Scores,
    SentenceCounts,
    document_scores,
    index_components,
    sentence_difficulty,
)
from simplify.syllables import count_syllables

WORD_RE = re.compile(r"\w+(?:-\w+)*")


def segment(text: str) -> list[SentenceCounts]:
    """Test helper: sentences end at . ! ?; clauses are cut at commas and semicolons."""
    out = []
    for sent in re.split(r"(?<=[.!?])\s+", text.strip()):
        lengths, words = [], []
        for part in re.split(r"[,;:]", sent):
            toks = [t for t in WORD_RE.findall(part) if any(c.isalpha() for c in t)]
            if toks:
                lengths.append(len(toks))
                words.extend(toks)
        if words:
            out.append(SentenceCounts(words=words, clause_lengths=lengths))
    return out


# --- texts for the textstat comparison: no numbers, abbreviations, hyphens or apostrophes,
# every sentence has at least three words (textstat ignores shorter ones when counting
# sentences), and pyphen hyphenates every word correctly (checked in a test below).
CLEAN_TEXTS = {
    "park": (
        "Der Park liegt mitten in der Stadt. Im Sommer spielen dort viele Kinder. "
        "Die Eltern sitzen auf den Bänken und reden miteinander. "
        "Am Rand der Wiese blühen gelbe Blumen. "
        "Ein kleiner Hund läuft fröhlich hinter seinem Ball her. "
        "Wenn es regnet, bleibt der Park fast leer."
    ),
    "buergerbuero": (
        "Sie möchten umziehen? Dann melden Sie Ihre Wohnung bitte beim Bürgerbüro an. "
        "Dafür haben Sie zwei Wochen Zeit. Bringen Sie Ihren Ausweis mit. "
        "Wir brauchen auch eine Bestätigung von Ihrem Vermieter. Die Anmeldung kostet nichts. "
        "Sie können vorher telefonisch Termine buchen, dann müssen Sie nicht lange warten."
    ),
    "verwaltung": (
        "Die Gewährung einer Sozialleistung setzt voraus, dass die antragstellende Person "
        "sämtliche erforderlichen Nachweise vollständig und fristgerecht bei der zuständigen "
        "Behörde einreicht. Werden die angeforderten Unterlagen nicht innerhalb der gesetzten "
        "Frist vorgelegt, kann die Bewilligung wegen fehlender Mitwirkung versagt werden. "
        "Gegen diese Entscheidung kann schriftlich Widerspruch erhoben werden."
    ),
}

# --- texts of increasing difficulty for direction tests
LEICHT = (
    "Sie ziehen um. Dann müssen Sie sich anmelden. Das machen Sie im Bürger-Amt. "
    "Sie haben dafür zwei Wochen Zeit. Bringen Sie Ihren Ausweis mit. Die Anmeldung kostet nichts."
)
EINFACH = (
    "Wer ein Kind bekommt, kann Elterngeld beantragen. Das Elterngeld ersetzt einen Teil des "
    "Einkommens, wenn Sie nach der Geburt weniger oder gar nicht arbeiten. Den Antrag stellen "
    "Sie bei der Elterngeldstelle Ihres Landkreises. Sie können ihn erst nach der Geburt "
    "einreichen, aber schon vorher ausfüllen. Legen Sie die Geburtsurkunde und Nachweise über "
    "Ihr Einkommen bei. Wir prüfen den Antrag und schicken Ihnen einen Bescheid. Bei Fragen "
    "hilft Ihnen die Beratungsstelle gern weiter."
)
WEB = (
    "Sperrmüll können Sie zweimal im Jahr kostenlos abholen lassen. Zum Sperrmüll gehören "
    "große Gegenstände aus dem Haushalt, die nicht in die Restmülltonne passen, zum Beispiel "
    "Möbel, Matratzen oder Teppiche. Elektrogeräte und Bauschutt nimmt die Sperrmüllabfuhr "
    "dagegen nicht mit. Den Abholtermin vereinbaren Sie online über unser Serviceportal oder "
    "telefonisch beim Abfallwirtschaftsbetrieb. Stellen Sie die Gegenstände am Abholtag bis "
    "sechs Uhr gut sichtbar an den Straßenrand. Achten Sie darauf, dass Fußgänger und "
    "Fahrzeuge nicht behindert werden. Wenn Sie selbst keinen Transport organisieren können, "
    "hilft Ihnen der Wertstoffhof gegen eine Gebühr weiter."
)
AMT = (
    "Die Gewährung von Leistungen zur Sicherung des Lebensunterhalts setzt voraus, dass die "
    "leistungsberechtigte Person ihren gewöhnlichen Aufenthalt im Zuständigkeitsbereich des "
    "Leistungsträgers hat. Änderungen in den persönlichen oder wirtschaftlichen Verhältnissen, "
    "insbesondere hinsichtlich der Einkommens- und Vermögenssituation, sind unverzüglich und "
    "unaufgefordert mitzuteilen. Eine Verletzung der Mitwirkungspflichten kann die vollständige "
    "oder teilweise Versagung beziehungsweise Entziehung der Leistung zur Folge haben. "
    "Überzahlte Beträge sind nach Maßgabe der gesetzlichen Bestimmungen zurückzuerstatten."
)


# ---------------------------------------------------------------- textstat agreement


@pytest.fixture
def textstat_de() -> Iterator[object]:
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("de")
    try:
        yield textstat
    finally:
        textstat.set_lang("en_US")


@pytest.fixture
def pyphen_counter():
    """Syllables as textstat 0.7 counts them for German: pyphen positions + 1, lower-cased."""
    pyphen = pytest.importorskip("pyphen")
    dic = pyphen.Pyphen(lang="de")  # the dictionary textstat's get_pyphen("de") loads

    def count(word: str) -> int:
        return len(dic.positions(word.lower())) + 1

    return count


@pytest.mark.parametrize("name", sorted(CLEAN_TEXTS))
def test_clean_texts_are_counted_right_by_pyphen_and_by_us(name: str, pyphen_counter) -> None:
    words = WORD_RE.findall(CLEAN_TEXTS[name])
    assert [pyphen_counter(w) for w in words] == [count_syllables(w) for w in words]


@pytest.mark.parametrize("name", sorted(CLEAN_TEXTS))
@pytest.mark.parametrize("counter", ["pyphen", "ours"])
def test_agrees_with_textstat(name: str, counter: str, textstat_de, pyphen_counter) -> None:
    text = CLEAN_TEXTS[name]
    syl = pyphen_counter if counter == "pyphen" else count_syllables
    ours = document_scores(segment(text), syllable_counter=syl)
    ts = textstat_de
    # textstat keeps sentences of >= 3 words only; ours keeps all: equal for these texts
    assert ts.sentence_count(text) == ours.sentences
    assert ts.lexicon_count(text) == ours.words
    tol = 0.005 + 1e-9  # ours is rounded to 2 decimals, textstat is not rounded
    assert abs(ours.flesch_amstad - ts.flesch_reading_ease(text)) <= tol
    assert abs(ours.lix - ts.lix(text)) <= tol
    for variant in (1, 2, 3, 4):
        theirs = ts.wiener_sachtextformel(text, variant)
        assert abs(getattr(ours, f"wstf{variant}") - theirs) <= tol, variant


def test_library_does_not_change_textstat_language(textstat_de) -> None:
    document_scores(segment(CLEAN_TEXTS["park"]))
    assert textstat_de.flesch_reading_ease("Der Hund bellt laut.") == pytest.approx(
        180 - 4 - 58.5 * 1.0
    )


# ---------------------------------------------------------------- formulas by hand

HAND_SYLLABLES = {
    "Hund": 1,
    "Katze": 2,
    "Elefant": 3,
    "Die": 1,
    "Maus": 1,
    "schläft": 1,
    "immer": 2,
    "nachmittags": 3,
}


@pytest.fixture
def hand_scores() -> Scores:
    sentences = [
        SentenceCounts(["Hund", "Katze", "Elefant"], [3]),
        SentenceCounts(["Die", "Maus", "schläft", "immer", "nachmittags"], [2, 3]),
    ]
    return document_scores(sentences, syllable_counter=HAND_SYLLABLES.__getitem__)


def test_counts_by_hand(hand_scores: Scores) -> None:
    s = hand_scores
    assert (s.sentences, s.words, s.syllables, s.letters) == (2, 8, 14, 46)
    assert s.avg_sentence_length == 4.0
    assert s.avg_syllables_per_word == 1.75
    assert s.pct_words_3plus_syllables == 25.0  # Elefant, nachmittags
    assert s.pct_words_over_6_letters == 37.5  # Elefant, schläft, nachmittags
    assert s.pct_words_1_syllable == 50.0
    assert s.avg_word_length == 5.75
    assert s.avg_clause_length == pytest.approx(8 / 3, abs=0.005)
    assert s.pct_clauses_over_12_words == 0.0
    assert s.pct_sentences_over_20_words == 0.0


def test_formulas_by_hand(hand_scores: Scores) -> None:
    s = hand_scores
    assert s.flesch_amstad == pytest.approx(180 - 4 - 58.5 * 1.75, abs=0.006)  # 73.625
    assert s.wstf1 == pytest.approx(
        0.1935 * 25 + 0.1672 * 4 + 0.1297 * 37.5 - 0.0327 * 50 - 0.875, abs=0.005
    )  # 7.86
    assert s.wstf2 == pytest.approx(0.2007 * 25 + 0.1682 * 4 + 0.1373 * 37.5 - 2.779, abs=0.005)
    assert s.wstf3 == pytest.approx(0.2963 * 25 + 0.1905 * 4 - 1.1144, abs=0.005)  # 7.06
    assert s.wstf4 == pytest.approx(0.2744 * 25 + 0.2656 * 4 - 1.693, abs=0.005)  # 6.23
    assert s.lix == 41.5  # 4 words per sentence + 37.5 % long words
    assert s.gsmog == pytest.approx(math.sqrt(2 * 30 / 2) - 2, abs=0.005)  # 3.48


def test_long_sentence_and_clause_shares() -> None:
    words = ["Wort"] * 25
    s = document_scores(
        [SentenceCounts(words, [13, 12]), SentenceCounts(["Kurz", "und", "gut"], [3])]
    )
    assert s.pct_sentences_over_20_words == 50.0
    assert s.pct_clauses_over_12_words == pytest.approx(100 / 3, abs=0.005)
    assert s.avg_clause_length == pytest.approx(28 / 3, abs=0.005)


def test_unknown_clause_lengths_fall_back_to_whole_sentence() -> None:
    s = document_scores([SentenceCounts(["Das", "ist", "ein", "Satz"], [])])
    assert s.avg_clause_length == 4.0


def test_tokens_without_letters_are_not_words() -> None:
    s = document_scores([SentenceCounts(["Die", "Frist", "beträgt", "14", "Tage", "§"], [6])])
    assert s.words == 4


def test_syllable_counter_is_used() -> None:
    sents = segment("Die Gemeinde informiert alle Bürgerinnen und Bürger.")
    ones = document_scores(sents, syllable_counter=lambda w: 1)
    assert ones.avg_syllables_per_word == 1.0
    assert ones.pct_words_3plus_syllables == 0.0
    assert document_scores(sents).avg_syllables_per_word > 1.0


# ---------------------------------------------------------------- index


def test_anchor_and_weight_tables_match() -> None:
    assert set(INDEX_ANCHORS) == set(INDEX_WEIGHTS)
    assert math.isclose(sum(INDEX_WEIGHTS.values()), 1.0)
    assert all(w > 0 for w in INDEX_WEIGHTS.values())
    for zero, twenty in INDEX_ANCHORS.values():
        assert zero != twenty


def test_sub_scores_are_linear_and_clipped() -> None:
    comp = index_components(
        {"flesch_amstad": 55.0, "lix": 75.0, "avg_sentence_length": 5.0, "wstf1": 9.5}
    )
    assert comp["flesch_amstad"] == pytest.approx(10.0)  # halfway between 30 and 80
    assert comp["lix"] == 0.0  # beyond the hard anchor
    assert comp["avg_sentence_length"] == 20.0  # beyond the easy anchor
    assert comp["wstf1"] == pytest.approx(10.0)  # halfway between 15 and 4
    midpoints = {name: (a + b) / 2 for name, (a, b) in INDEX_ANCHORS.items()}
    assert all(v == pytest.approx(10.0) for v in index_components(midpoints).values())


def test_index_is_weighted_mean_of_components() -> None:
    s = document_scores(segment(WEB))
    assert set(s.index_components) == set(INDEX_WEIGHTS)
    expected = sum(s.index_components[n] * w for n, w in INDEX_WEIGHTS.items())
    assert s.verstaendlichkeitsindex == pytest.approx(expected, abs=0.02)
    assert 0.0 <= s.verstaendlichkeitsindex <= 20.0


def test_index_direction_on_own_texts() -> None:
    levels = [document_scores(segment(t)) for t in (LEICHT, EINFACH, WEB, AMT)]
    indices = [s.verstaendlichkeitsindex for s in levels]
    assert indices == sorted(indices, reverse=True), indices
    assert indices[0] >= 18  # Leichte-Sprache style
    assert 14 <= indices[1] <= 18.5  # plain municipal information
    assert indices[3] <= 10  # dense administrative prose
    fre = [s.flesch_amstad for s in levels]
    lix = [s.lix for s in levels]
    assert fre == sorted(fre, reverse=True)
    assert lix == sorted(lix)


def test_simplification_raises_index_and_lowers_difficulty() -> None:
    hard = segment(
        "Zur Vermeidung von Verzögerungen bei der Bearbeitung Ihres Antrags wird um "
        "vollständige Einreichung sämtlicher Unterlagen innerhalb der Frist gebeten."
    )
    easy = segment(
        "Bitte schicken Sie uns alle Unterlagen rechtzeitig. Dann können wir Ihren Antrag "
        "schnell bearbeiten."
    )
    easy_index = document_scores(easy).verstaendlichkeitsindex
    assert easy_index > document_scores(hard).verstaendlichkeitsindex
    assert max(map(sentence_difficulty, easy)) < sentence_difficulty(hard[0])


def test_index_sees_jargon_density() -> None:
    """Same words, same lengths: the text whose words are terms of art scores harder."""
    text = segment(AMT)
    listed = [SentenceCounts(c.words, c.clause_lengths, jargon=4) for c in text]
    plain, jargon = document_scores(text), document_scores(listed)
    assert plain.jargon_per_100_words == 0.0
    assert jargon.jargon_per_100_words == pytest.approx(100 * 4 * len(text) / plain.words, 0.01)
    assert jargon.verstaendlichkeitsindex < plain.verstaendlichkeitsindex - 1.0
    assert jargon.avg_sentence_difficulty > plain.avg_sentence_difficulty


def test_short_terms_of_art_lower_the_index_in_the_pipeline(simp) -> None:  # noqa: ANN001
    legal = simp.analyze("Gegen den Bescheid können Sie Widerspruch einlegen. Die Frist "
                         "beginnt mit der Zustellung. Sie können Akteneinsicht beantragen.")
    plain = simp.analyze("Gegen den Regen können Sie einen Schirm mitnehmen. Die Fahrt "
                         "beginnt mit dem Frühstück. Sie können Kuchen bestellen.")
    assert legal.scores["jargon_per_100_words"] > 10 and plain.scores["jargon_per_100_words"] == 0
    assert legal.scores["verstaendlichkeitsindex"] < plain.scores["verstaendlichkeitsindex"]


# ---------------------------------------------------------------- sentence difficulty


def test_sentence_difficulty_ranks_sentences() -> None:
    sents = segment(AMT) + segment(LEICHT)
    ranked = sorted(sents, key=sentence_difficulty, reverse=True)
    assert set(map(id, ranked[:4])) == set(map(id, sents[:4]))  # the four AMT sentences
    for s in sents:
        d = sentence_difficulty(s)
        assert 0.0 <= d <= 20.0
        assert d == round(d, 1)


# ---------------------------------------------------------------- edge cases


def test_empty_input() -> None:
    s = document_scores([])
    assert (s.sentences, s.words, s.syllables, s.letters) == (0, 0, 0, 0)
    assert s.verstaendlichkeitsindex is None
    assert s.flesch_amstad is None and s.lix is None and s.gsmog is None
    assert s.index_components == {}
    assert s.model_dump()["avg_sentence_length"] is None


def test_sentences_without_words_are_ignored() -> None:
    assert document_scores([SentenceCounts([], [0])]).words == 0
    s = document_scores([SentenceCounts([], []), SentenceCounts(["Danke", "schön"], [2])])
    assert s.sentences == 1
    assert sentence_difficulty(SentenceCounts([], [])) == 0.0


def test_one_word_sentence() -> None:
    sent = SentenceCounts(["Hallo"], [1])
    s = document_scores([sent])
    assert (s.sentences, s.words, s.syllables) == (1, 1, 2)
    assert s.avg_sentence_length == 1.0
    assert s.flesch_amstad == pytest.approx(180 - 1 - 58.5 * 2)
    assert s.gsmog == -2.0  # no word of 3+ syllables: sqrt(0) - 2, not clipped
    assert 0 <= s.verstaendlichkeitsindex <= 20
    assert 0 <= sentence_difficulty(sent) <= 20


def test_unclipped_formula_values_are_kept() -> None:
    s = document_scores(segment("Ja, so ist es. Wir gehen bald."))
    assert s.flesch_amstad > 100  # FRE is not clipped to 0..100 (textstat does not either)
    assert s.verstaendlichkeitsindex == 20.0  # the index is clipped


def test_scores_serialise() -> None:
    dumped = document_scores(segment(EINFACH)).model_dump()
    assert isinstance(dumped["index_components"], dict)
    assert all(isinstance(v, float) for v in dumped["index_components"].values())
    assert Scores.model_validate(dumped).words == dumped["words"]
