"""Regression tests for issue 15: inputs that crashed or took time quadratic in their length.

Each test runs a moderate size and, where it can, asserts a bound on the work done (calls,
characters handed to a step) instead of a wall-clock time. ``benchmarks/bench_adversarial.py``
measures the times.
"""

from __future__ import annotations

import json
import random

import pytest

from simplify import pipeline, tagger, verify
from simplify.checks.citations import bracket_depths
from simplify.normalize import normalize


def _valid(text: str, report) -> None:
    for s in report.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
    json.loads(report.model_dump_json())


@pytest.fixture
def hanta_words(monkeypatch):
    """Every word handed to HanTa's sentence tagger during the test."""
    seen: list[str] = []
    tagger._viterbi.cache_clear()
    hanta = tagger.load_hanta()
    original = hanta.tag_sent_viterbi

    def recording(words, *args, **kwargs):
        seen.extend(words)
        return original(words, *args, **kwargs)

    monkeypatch.setattr(hanta, "tag_sent_viterbi", recording)
    return seen


# -- Unicode --


def test_lone_surrogate_is_analysed_with_offsets_of_the_original(simp):
    text = "Der Antrag\ud800 ist bis zum 1. März einzureichen. Danke\udfff."
    report = simp.analyze(text)
    _valid(text, report)
    passive = [f for f in report.findings if f.rule == "SIM-P003"]
    assert passive and passive[0].text == text[passive[0].start:passive[0].end]


def test_normalize_keeps_length_and_replaces_what_breaks_tokenisation():
    text = "a\u200bb\ud800c\x01d\u2028e\ufefff\u200dg"
    clean = normalize(text)
    assert len(clean) == len(text)
    assert clean == "a b\ufffdc d\ne f g"
    clean.encode("utf-8")
    assert normalize("Normaler Text.") == "Normaler Text."


def test_zero_width_characters_keep_finding_texts_of_the_original(simp):
    text = "Der Antrag ist bis zum 1.\u200b März einzu\u200breichen. Bitte\u200d beachten Sie das."
    report = simp.analyze(text)
    _valid(text, report)
    for f in report.findings:
        assert f.text == text[f.start:f.end]


def test_zwj_emoji_run_does_not_crash(simp):
    text = "👨\u200d👩\u200d👧\u200d👦" * 600  # 6,600 characters, one "sentence"
    _valid(text, simp.analyze(text))


def test_zero_width_between_letters(simp, hanta_words):
    text = "a\u200b" * 3_000
    _valid(text, simp.analyze(text))
    assert len(hanta_words) <= 3_000


# -- long tokens and runs without spaces --


def test_3000_letter_word_never_reaches_hanta(simp, hanta_words):
    text = "Der " + "Verwaltungsvorschrift" * 143 + " gilt."
    report = simp.analyze(text)
    _valid(text, report)
    assert hanta_words and max(len(w) for w in hanta_words) <= tagger.MAX_TAGGED_CHARS


def test_real_long_compound_still_analysed(simp):
    word = "Kraftfahrzeughaftpflichtversicherungsbedingungen"  # 48 letters
    report = simp.analyze(f"Bitte lesen Sie die {word} genau.")
    assert any(f.text == word for f in report.findings)


def test_suffix_search_looks_at_a_bounded_window(simp, monkeypatch):
    lengths: list[int] = []
    search = simp.nlp.tokenizer.suffix_search
    regex = search.regex

    class Recording:
        def search(self, string):
            lengths.append(len(string))
            return regex.search(string)

    monkeypatch.setattr(search, "regex", Recording())
    # "Blorftext:" is no frequent word: its split is not cached at start (pipeline.py)
    text = "Blorftext: " + "," * 5_000 + " und " + "(" * 900 + "x" + ")" * 900 + "."
    _valid(text, simp.analyze(text))
    assert lengths and max(lengths) <= pipeline.SUFFIX_WINDOW


def test_long_run_tokenised_like_spacy_below_the_limit(simp):
    run = "ab,(" * (pipeline.LONG_RUN // 4 - 1)
    text = f"Der Text {run} endet."
    inner = simp.nlp.tokenizer.tokenizer(text)
    outer = simp.nlp.tokenizer(text)
    assert [t.text for t in inner] == [t.text for t in outer]
    long_text = f"Der Text {run * 3} endet hier."
    doc = simp.nlp.tokenizer(long_text)
    assert doc.text == long_text
    inside = [t for t in doc if 9 <= t.idx < 9 + len(run) * 3]
    assert inside and max(len(t) for t in inside) <= 2  # "ab", ",", "(" in linear time


def test_only_commas_skip_hanta(simp, hanta_words):
    text = "," * 20_000
    _valid(text, simp.analyze(text))
    # a run of symbols: HanTa sees the first few of each chunk of the sentence, not all 20,000
    assert len(hanta_words) <= tagger.SYMBOL_RUN


def test_quotes_and_brackets_nested(simp, hanta_words):
    text = "„Das (ist „ein (Test " * 300 + ")“ " * 600
    _valid(text, simp.analyze(text))
    text = "Text " + "(" * 4_000 + "Wort" + ")" * 4_000
    _valid(text, simp.analyze(text))


def test_endless_sentence_tagged_in_chunks(simp, monkeypatch):
    sizes: list[int] = []
    tagger._viterbi.cache_clear()
    hanta = tagger.load_hanta()
    original = hanta.tag_sent_viterbi

    def recording(words, *args, **kwargs):
        sizes.append(len(words))
        return original(words, *args, **kwargs)

    monkeypatch.setattr(hanta, "tag_sent_viterbi", recording)
    text = "Der Antrag wird geprüft und " * 200 + "fertig."
    _valid(text, simp.analyze(text, suggest=False))
    assert max(sizes) <= tagger.MAX_VITERBI


def test_failing_viterbi_falls_back_to_smaller_chunks(monkeypatch):
    hanta = tagger.load_hanta()
    original = hanta.tag_sent_viterbi

    def failing(words, *args, **kwargs):
        if len(words) > 3:
            raise KeyError((2, 0))  # what HanTa raises when every path falls below -1e6
        return original(words, *args, **kwargs)

    monkeypatch.setattr(hanta, "tag_sent_viterbi", failing)
    tagger._viterbi.cache_clear()
    ids = tagger._tag_words(hanta, ["Der", "Antrag", "wird", "heute", "geprüft", "."])
    assert len(ids) == 6
    assert [hanta.int2tag[i] for i in ids][:2] == ["ART", "NN"]


def test_hanta_lemma_only_for_verbs(simp, monkeypatch):
    """HanTa's second morphological search (the lemma) runs only where its lemma is kept."""
    hanta = tagger.load_hanta()
    original = hanta._analyze
    asked: list[str] = []

    def recording(word, *args, **kwargs):
        asked.append(word)
        return original(word, *args, **kwargs)

    monkeypatch.setattr(hanta, "_analyze", recording)
    doc = simp.nlp("Der Antrag ist bis zum 1. März bei der Stadtverwaltung einzureichen.")
    assert {t.lemma_ for t in doc if t.text == "einzureichen"} == {"einreichen"}
    assert set(asked) <= {"ist", "zum", "einzureichen"}


# -- per-sentence work --


def test_bracket_depths_match_counting():
    rng = random.Random(3)
    from spacy.lang.de import German

    nlp = German()
    doc = nlp(" ".join(rng.choice(["(", ")", "a", "b"]) for _ in range(300)))
    toks = list(doc)
    depths = bracket_depths(toks)
    for i in range(len(toks)):
        naive = 0
        for t in toks[:i]:
            naive = naive + 1 if t.text == "(" else max(0, naive - 1) if t.text == ")" else naive
        assert depths[i] == naive


def test_many_citations_in_one_sentence(simp):
    text = "Nach " + "§ 3 Abs. 2 Nr. 1 und " * 400 + "§ 5 gilt das Gesetz für Sie."
    _valid(text, simp.analyze(text))


def test_enumeration_markers_and_short_lines(simp):
    text = "a) b) 1. 2. - " * 400 + "\n" + "Name:\nDatum:\n\n" * 300
    _valid(text, simp.analyze(text))


# -- verification budget --


@pytest.fixture
def verifiers(monkeypatch):
    made: list[verify.Verifier] = []
    original = verify.Verifier.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(verify.Verifier, "__init__", init)
    return made


def test_verification_stays_within_budget(simp, verifiers):
    words = ["Antrag", "Bescheid", "Termin", "Nachweis", "Vertrag", "Beleg", "Ausweis"]
    text = " ".join(f"{words[k % 7]}{k} z. B. ggf. vorzulegen" for k in range(1_500)) + "."
    report = simp.analyze(text)
    _valid(text, report)
    v = verifiers[-1]
    assert v.analysed_chars <= verify.BUDGET_BASE + verify.BUDGET_FACTOR * len(text)
    assert v.analyses > 0


def test_over_budget_findings_keep_no_suggestions(simp, verifiers, monkeypatch):
    text = "Der Antrag ist bis zum 1. März einzureichen. Das gilt z. B. für Sie."
    with_budget = simp.analyze(text)
    assert any(f.suggestions for f in with_budget.findings)
    monkeypatch.setattr(verify, "BUDGET_BASE", 0)
    monkeypatch.setattr(verify, "BUDGET_FACTOR", 0)
    simp.verdicts.clear()  # verdicts kept from earlier documents cost nothing: forget them
    without = simp.analyze(text)
    assert [f.rule for f in without.findings] == [f.rule for f in with_budget.findings]
    assert not any(f.suggestions for f in without.findings)
    assert verifiers[-1].analyses == 0


def test_long_sentence_gets_no_sentence_rewrites(simp, verifiers):
    text = ("Es ist festzustellen, dass " + "der Antrag wird geprüft, die Gebühr wird erhoben, "
            * 150 + "und fertig.")
    report = simp.analyze(text)
    _valid(text, report)
    assert not any(s.kind in {"rewrite", "split"} for f in report.findings
                   for s in f.suggestions)


# -- memory --


def _new_words(seed: int) -> list[str]:
    rng = random.Random(seed)
    return sorted({"".join(rng.choice("bdfgklmnprstwz") + rng.choice("aeiou") for _ in range(4))
                   for _ in range(300)})


def test_string_store_does_not_grow_with_new_words(simp, monkeypatch):
    simp.analyze("Der Antrag ist bis zum 1. März einzureichen.")
    # the kept splits are bounded (pipeline.KEEP_CHUNKS); with their budget spent, nothing of
    # a text stays in the vocabulary
    monkeypatch.setattr(pipeline, "KEEP_CHUNKS", len(simp.nlp.tokenizer.kept))
    before = len(simp.nlp.vocab.strings)
    simp.analyze(" ".join(f"Der {w.capitalize()} ist {w}." for w in _new_words(11)))
    assert len(simp.nlp.vocab.strings) == before


def test_kept_splits_are_bounded_and_change_nothing(simp, monkeypatch):
    kept = simp.nlp.tokenizer.kept
    monkeypatch.setattr(pipeline, "KEEP_CHUNKS", len(kept) + 50)
    text = " ".join(f"Der {w.capitalize()} ist am 3. Mai {w}." for w in _new_words(12))
    first = simp.analyze(text).model_dump()
    assert len(kept) == pipeline.KEEP_CHUNKS  # 50 of the new chunks, no number or date
    assert not any(c[:1].isdigit() for c in kept)
    strings = len(simp.nlp.vocab.strings)
    assert simp.analyze(text).model_dump() == first  # split from the kept cache: the same
    simp.analyze(" ".join(f"Die {w.capitalize()} sind {w}." for w in _new_words(13)))
    assert len(kept) == pipeline.KEEP_CHUNKS and len(simp.nlp.vocab.strings) == strings


def test_memory_zone_is_reentrant(simp):
    with pipeline.memory_zone(simp.nlp):
        report = simp.analyze("Bitte senden Sie uns den Antrag.")
    assert report.sentences


def test_endless_noun_is_not_split_at_every_joint(simp):
    """A 'word' of 100,000 letters: the compound lookup of terms of art is capped, so the check
    stays linear (it took 22 s before the cap)."""
    from simplify.checks import compound_terms

    text = "Verwaltungsvorschrift" * 2000
    calls = []
    original = compound_terms.main_joint

    def counting(word: str):  # noqa: ANN202
        calls.append(len(word))
        return original(word)

    compound_terms.main_joint = counting
    try:
        simp.analyze(text)
    finally:
        compound_terms.main_joint = original
    assert all(n <= compound_terms.MAX_LETTERS for n in calls)
