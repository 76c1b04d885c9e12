"""The faster morphological searches (simplify/hanta_speed.py) give HanTa's results."""

from __future__ import annotations

from HanTa.HanoverTagger import HanoverTagger

from simplify.tagger import load_hanta

# Words HanTa's model has not seen (compounds, inflected forms, made-up words, short and long
# ones, symbols): each takes the guessing path for unknown morphemes somewhere.
WORDS = [
    "", "a", "ab", "xyz", "hund", "zzzz", "äöü", "straßenbahnhaltestelle",
    "antragstellerinnen", "sondernutzungserlaubnisgebühr", "einzureichenden",
    "verwaltungsgebührenbescheid", "wiederaufnahmeverfahrens", "glaubhaftmachung",
    "rückmeldebestätigungen", "unverzüglichst", "durchgeführte", "beizubringenden",
    "flurstücksnummer", "kfz-zulassungsstelle", "e-mail-adresse", "§§", "12a", "3.",
    "qwertzuiopasdfghjkl", "mietzuschussberechtigung", "ausländerbehördlich",
    "grundsteuerreformgesetz", "müllabfuhrgebühren", "hundesteueranmeldung",
]


def test_fast_forward_equals_hanta() -> None:
    tagger = load_hanta()
    for word in WORDS:
        assert tagger.analyze_forward(word) == HanoverTagger.analyze_forward(tagger, word), word


def test_fast_forward_is_installed() -> None:
    # the instance attribute replaces the method; an update of HanTa that renames it
    # would silently bring back the slow search
    assert {"analyze_forward", "analyze_viterbi", "tag_sent_viterbi"} <= set(vars(load_hanta()))


def test_fast_viterbi_equals_hanta() -> None:
    tagger = load_hanta()
    for word in WORDS:
        for tag, _ in HanoverTagger.analyze_forward(tagger, word):
            expected = HanoverTagger.analyze_viterbi(tagger, word, -tag)
            assert tagger.analyze_viterbi(word, -tag) == expected, (word, tag)


SENTENCES = [s.split(" ") for s in (
    "Bitte reichen Sie den Antrag bis zum 1. März bei der Gemeinde ein .",
    "Die Zahlung der Gebühr erfolgt nach Erhalt des Bescheids .",
    "Sondernutzungserlaubnisgebühren werden von Amts wegen festgesetzt !",
    "Xqzt , blorf : 12,50 € ( zzgl. MwSt. ) ?",
    "Hallo", "!", " und",
)]


def test_fast_sentence_viterbi_equals_hanta() -> None:
    tagger = load_hanta()
    for sent in SENTENCES:
        assert tagger.tag_sent_viterbi(sent) == HanoverTagger.tag_sent_viterbi(tagger, sent), sent


def test_noun_lemma_of_compounds_simplemma_does_not_know() -> None:
    """The head of a compound gives its lemma ("Mietverhältnisse" -> "Mietverhältnis", also
    with an umlaut: "Bedarfssätze"); a nominalised participle stays a noun."""
    from simplify.tagger import _noun_lemma

    assert _noun_lemma("Mietverhältnisse") == "Mietverhältnis"
    assert _noun_lemma("Bedarfssätze") == "Bedarfssatz"
    assert _noun_lemma("Bürgschaftszusagen") == "Bürgschaftszusage"
    assert _noun_lemma("Antragstellenden")[:1] == "A"
    assert _noun_lemma("Bescheides") == "Bescheid"
