"""The parse memo (simplify/parses.py): a Doc rebuilt from a kept parse is the Doc the pipeline
makes, in every attribute the code reads, and the memo stays within its bound."""

from __future__ import annotations

import pytest

from simplify.parses import ParseMemo
from simplify.pipeline import memory_zone

TEXTS = [
    # abbreviations merged by the pipeline, with a no-break space too; a law name at the end
    "Bitte legen Sie z. B. den Bescheid bei. Das gilt u. a. nach § 32 EStG.\n\n"
    "Senden Sie z.\u00a0B. eine Kopie an das Amt.",
    # a hyphen at a line end (one token, its norm the joined word), a form abbreviation
    "Die Antrag-\nstellung erfolgt mit Vordr. Nr. 3 bis zum 1. März 2025.\n",
    # list markers, a heading without a full stop, a double space, Roman numerals
    "Hinweise zur Antragstellung\n\n1) Füllen Sie  das Formular aus\n- Unterschrift\n"
    "II. Weitere Angaben\nIm Jahr 2014.Manche Menschen wissen das nicht.",
    # a run without whitespace longer than the tokenizer takes in one piece
    "Der Code lautet " + "ab,cd" * 300 + " und gilt ab heute.",
]

ATTRS = ("text", "whitespace_", "idx", "tag_", "pos_", "lemma_", "norm_", "lower_", "shape_",
         "is_sent_start", "is_space", "is_punct", "is_alpha", "ent_iob_", "dep_", "like_num")


def _view(doc) -> tuple:  # noqa: ANN001
    tokens = [(*(getattr(t, a) for a in ATTRS), str(t.morph), t.head.i, t._.abbr,
               t._.is_marker) for t in doc]
    sents = [(s.start, s.end) for s in doc.sents]
    annotated = [doc.has_annotation(a) for a in ("TAG", "POS", "LEMMA", "SENT_START", "DEP")]
    return tokens, sents, annotated, dict(doc.user_data)


@pytest.mark.parametrize("text", TEXTS)
def test_rebuilt_doc_is_the_parsed_doc(simp, text):
    memo = ParseMemo()
    with memory_zone(simp.nlp):
        parsed = simp.nlp(text)
        memo.put(text, parsed)
        rebuilt = memo.get(simp.nlp.vocab, text)
        assert rebuilt is not None and rebuilt is not parsed
        assert _view(rebuilt) == _view(parsed)


def test_repeated_check_gives_the_same_report(simp):
    text = TEXTS[0] + "\n\n" + TEXTS[1]
    simp.parses.clear()
    first = simp.analyze(text).model_dump()
    assert text in simp.parses._data
    assert simp.analyze(text).model_dump() == first


def test_memo_is_bounded_by_tokens(simp):
    memo = ParseMemo(tokens=60)
    with memory_zone(simp.nlp):
        texts = [f"Der Antrag Nummer {n} ist bis Freitag bei uns einzureichen." for n in range(6)]
        for text in texts:
            memo.put(text, simp.nlp(text))  # 11 tokens each
        assert memo.held <= 60 and len(memo) == 5
        assert memo.get(simp.nlp.vocab, texts[0]) is None  # the least recently used went
        assert memo.get(simp.nlp.vocab, texts[-1]) is not None
        memo.put("Zu lang. " * 10, simp.nlp("Zu lang. " * 10))  # over a quarter of the bound
        assert "Zu lang. " * 10 not in memo._data
