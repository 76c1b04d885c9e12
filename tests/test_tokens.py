"""FrozenTokens (simplify/tokens.py) read as spaCy's Tokens do; list searches and clause
analyses kept across documents (lexicon.SearchMemo, clauses.SHAPES) are those of a fresh
analysis."""

from __future__ import annotations

from simplify.clauses import SHAPES, _analyse
from simplify.lexicon import Lexicon
from simplify.pipeline import memory_zone
from simplify.sentence_index import SearchMemo, signature
from simplify.tokens import frozen_tokens, sentence_bounds, sentence_starts

TEXT = ("Bitte legen Sie z. B. den Bescheid bei. Die Antrag-\nstellung erfolgt mit Vordr. "
        "Nr. 3 bis zum 1. März.\n\nHinweise  zur Antragstellung\n1) Füllen Sie das Formular "
        "aus. Lassen Sie das nicht außer Acht, wenn Sie im Rahmen der Mitwirkungspflicht "
        "unverzüglich Widerspruch einlegen.")
ATTRS = ("text", "tag_", "lower_", "lemma_", "i", "idx", "is_space", "pos_", "whitespace_",
         "is_sent_start", "is_punct", "norm_")


def test_frozen_tokens_read_as_spacy_tokens(simp):
    with memory_zone(simp.nlp):
        doc = simp.nlp(TEXT)
        frozen = frozen_tokens(doc)
        assert frozen_tokens(doc) is frozen  # made once per Doc
        assert len(frozen) == len(doc)
        for t, plain in zip(frozen, doc):
            assert [getattr(t, a) for a in ATTRS] == [getattr(plain, a) for a in ATTRS]
            assert t == plain and hash(t) == hash(plain) and t.doc is doc
            assert t._.abbr == plain._.abbr
        assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]
        assert sentence_starts(doc) == {t.i for t in doc if t.sent.start == t.i}


def _hits(lexicon, doc, simp, names):  # noqa: ANN001
    """Every list's hits in every sentence, as plain values (tokens by index)."""
    return [[(h.entry, h.first, h.last, h.positions, [t.i for t in h.tokens])
             for h in lexicon.find_terms(s.tokens, name)]
            for s in simp._sentences(doc) for name in names]


def test_kept_search_gives_the_hits_of_a_fresh_search(simp):
    names = sorted(simp.lexicon.single)
    with memory_zone(simp.nlp):
        kept = Lexicon(simp.lists)
        fresh = _hits(Lexicon(simp.lists), simp.nlp(TEXT), simp, names)
        assert any(fresh)
        # the first document fills the memo, the second is answered from it
        assert _hits(kept, simp.nlp(TEXT), simp, names) == fresh
        searches = len(kept.searches)
        assert searches == len(fresh)
        assert _hits(kept, simp.nlp(TEXT), simp, names) == fresh
        assert len(kept.searches) == searches


def test_signature_tells_sentence_starts_apart(simp):
    with memory_zone(simp.nlp):
        one = simp.nlp("Formlos genügt. Das Schreiben ist formlos.")
        sents = simp._sentences(one)
        two = simp.nlp("Formlos genügt.")
        assert signature(sents[0].tokens) == signature(simp._sentences(two)[0].tokens)
        assert signature(sents[0].tokens) != signature(sents[1].tokens)


def test_search_memo_is_bounded():
    memo = SearchMemo(size=3)
    for n in range(5):
        memo.put((f"s{n}", "liste"), (n,))
    assert len(memo) == 3
    assert memo.get(("s0", "liste")) is None and memo.get(("s4", "liste")) == (4,)


def _shape(analysis) -> tuple:  # noqa: ANN001
    return ([([t.i for t in c.tokens], c.kind, c.depth, c.words) for c in analysis.clauses],
            analysis.max_depth, analysis.subordinate)


def test_kept_clause_analysis_is_the_fresh_one(simp):
    text = ("Wenn Sie umziehen, müssen Sie uns, bevor Sie die Wohnung kündigen, Bescheid "
            "geben. Was ist, wenn ich den Antrag zu spät stelle? " + TEXT)
    with memory_zone(simp.nlp):
        first = simp._sentences(simp.nlp(text))
        SHAPES._data.clear()
        doc = simp.nlp(text)
        fresh = [_shape(s.clauses) for s in simp._sentences(doc)]  # fills the memo
        assert len(SHAPES._data) == len({signature(s.tokens) for s in first})
        again = simp._sentences(doc)
        assert [_shape(s.clauses) for s in again] == fresh
        assert [_shape(_analyse(s.tokens)) for s in again] == fresh
        assert [_shape(s.clauses) for s in first] == fresh
