"""spaCy component that tags German tokens with HanTa (STTS tags, UPOS, lemmas)."""

from __future__ import annotations

import gc
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .hanta_lexicon import HantaLexicon, lexicon_path
from .hanta_speed import fast_search

# HanTa writes some STTS tags with brackets ("VA(FIN)") and uses a few tags of its own.
_HANTA_EXTRA = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY"}

STTS_TO_UPOS = {
    "$(": "PUNCT", "$,": "PUNCT", "$.": "PUNCT",
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV",
    "APPO": "ADP", "APPR": "ADP", "APPRART": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ",
    "KOKOM": "CCONJ", "KON": "CCONJ", "KOUI": "SCONJ", "KOUS": "SCONJ",
    "NE": "PROPN", "NN": "NOUN", "PAV": "ADV", "PROAV": "ADV",
    "PDAT": "DET", "PDS": "PRON", "PIAT": "DET", "PIDAT": "DET", "PIS": "PRON",
    "PPER": "PRON", "PPOSAT": "DET", "PPOSS": "PRON", "PRELAT": "DET", "PRELS": "PRON",
    "PRF": "PRON", "PTKA": "PART", "PTKANT": "PART", "PTKNEG": "PART", "PTKVZ": "ADP",
    "PTKZU": "PART", "PWAT": "DET", "PWAV": "ADV", "PWS": "PRON", "TRUNC": "X",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX",
    "VMFIN": "VERB", "VMINF": "VERB", "VMPP": "VERB",
    "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "XY": "X", "_SP": "SPACE",
}

MAX_TAGGED_CHARS = 40  # longer tokens are not words a reader knows; no analysis needed
_NUMBER = re.compile(r"^[\d.,:/\-–]+$")
_ORDINAL = re.compile(r"^\d+\.$")

_ABBR_TAGS = {
    "bzw.": "KON", "u.": "KON", "gem.": "APPR", "lt.": "APPR", "zzgl.": "APPR",
    "inkl.": "APPR", "abzgl.": "APPR", "bzgl.": "APPR", "vgl.": "VVIMP", "ca.": "ADV",
    "z.Hd.": "APPR", "i.V.m.": "APPR", "i.S.d.": "APPR", "i.S.v.": "APPR",
}

Token.set_extension("abbr", default=None, force=True)  # full form of a merged abbreviation


def to_stts(hanta_tag: str) -> str:
    """Normalise a HanTa tag to plain STTS."""
    if hanta_tag.startswith("$"):
        return hanta_tag
    tag = hanta_tag.replace("(", "").replace(")", "")
    return _HANTA_EXTRA.get(tag, tag)


@lru_cache(maxsize=1)
def load_hanta():
    """Load the German HanTa model once per process (it ships inside the PyPI package)."""
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    # the same analyses, faster (simplify/hanta_speed.py), and read from the lexicon of common
    # words where one was built on this machine (simplify/hanta_lexicon.py)
    fast_search(tagger, HantaLexicon(lambda: lexicon_path(tagger)))
    # Both are pure functions of their arguments and dominate the run time; words repeat a lot
    # in real text, so memoising them roughly doubles throughput. Callers never mutate results.
    tagger._tag_word = lru_cache(maxsize=200_000)(tagger._tag_word)
    tagger._analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    # The model is some 170,000 container objects that live as long as the process; Python's
    # cyclic garbage collector walked all of them in every full collection. Frozen objects are
    # never scanned (see also simplify/__init__.py).
    gc.freeze()
    return tagger


@lru_cache(maxsize=200_000)
def _simplemma(word: str) -> str:
    """Lemma for non-verbs: simplemma is more accurate there (GSD test: HanTa for verbs and
    simplemma for the rest 97.4 % exact, HanTa alone 96.5 %, simplemma alone 97.2 %);
    HanTa stays for verbs, where it joins separable particles ("einzureichen" -> "einreichen"),
    and for "zur", "im", "beim", whose preposition ("zu", "in", "bei") the rules need."""
    import simplemma

    return simplemma.lemmatize(word, lang="de")


@lru_cache(maxsize=50_000)
def _noun_lemma(word: str) -> str:
    """A noun's lemma. simplemma's dictionary lacks most compounds and gives "Mietverhältnisse"
    back as its own lemma, so a word-list entry "Mietverhältnis" missed its plural; its
    greedy mode lemmatizes the head of a compound. That mode also turns nouns into
    adjectives ("Antragstellenden" -> "antragstellend"), so its answer counts only where it
    keeps the word's start and capital and cuts no more than an inflection ending."""
    lem = _simplemma(word)
    if lem != word or len(word) < 9 or not word[:1].isupper():
        return lem
    import simplemma

    greedy = simplemma.lemmatize(word, lang="de", greedy=True)
    # the plural may add an umlaut to the head ("Bedarfssätze" -> "Bedarfssatz")
    if (greedy != word and greedy[:1] == word[:1] and len(word) - len(greedy) <= 3
            and _no_umlaut(word).startswith(_no_umlaut(greedy[:-2]))):
        return greedy
    return lem


def _no_umlaut(word: str) -> str:
    return word.translate(_UMLAUT_FREE)


_UMLAUT_FREE = str.maketrans("äöüÄÖÜ", "aouAOU")


def _fixed_tag(token: Token, text: str) -> tuple[str, str] | None:
    """Tags we know better than the statistical model: numbers, merged abbreviations
    (``text`` is the token's text, read once by the caller; no whitespace token comes here)."""
    # only tokens ending in "." or in capitals carry an abbreviation (AbbreviationMerger);
    # reading the extension attribute is the slow part of this function
    if (text[-1:] == "." or text.isupper()) and token._.abbr:
        key = "".join(text.split())
        if key in _ABBR_TAGS:
            return _ABBR_TAGS[key], text
        return "ADV" if " " in text or text.islower() else "NN", text
    return _fixed_text_tag(text)


@lru_cache(maxsize=10_000)
def _fixed_text_tag(text: str) -> tuple[str, str] | None:
    """The part of ``_fixed_tag`` that depends on the text alone (memoised: the same numbers
    and words come back in every text)."""
    if _ORDINAL.match(text):
        return "ADJA", text
    if _NUMBER.match(text) and any(map(str.isdigit, text)):
        return "CARD", text
    if text == "§" or text == "§§":
        return "NN", "§"
    if len(text) > MAX_TAGGED_CHARS:
        # HanTa's morphological search grows steeply with word length (300 letters: minutes)
        return ("NN" if text[:1].isupper() else "XY"), text
    return None


MAX_VITERBI = 200  # tokens tagged in one Viterbi pass


def _tag_words(tagger, words: list[str]) -> list[int | None]:
    """HanTa's tag id for each word (None: HanTa failed on this word alone).

    Only the Viterbi pass: the lemma (a second morphological search per word) is looked up
    later, and only for the words that keep HanTa's lemma (verbs, APPRART).

    HanTa's Viterbi drops paths whose log probability falls below -1e6, so a "sentence" of
    thousands of tokens (a run of quotes, emoji, commas) loses every path and fails with a
    KeyError. Long sentences are tagged in chunks of MAX_VITERBI tokens (real sentences are far
    shorter, so they are tagged as before); a chunk that still fails is halved.
    """
    if not words:
        return []
    if len(words) > MAX_VITERBI:
        out: list[int | None] = []
        for k in range(0, len(words), MAX_VITERBI):
            out.extend(_tag_words(tagger, words[k:k + MAX_VITERBI]))
        return out
    try:
        return list(_viterbi(tagger, tuple(words)))
    except (KeyError, IndexError, ValueError):
        if len(words) == 1:
            return [None]
        half = len(words) // 2
        return _tag_words(tagger, words[:half]) + _tag_words(tagger, words[half:])


SYMBOL_RUN = 4  # symbol tokens in a row that HanTa still sees; later ones get a fixed tag
_SKIP = ("", "")  # marker: not shown to HanTa (a later token of a long run of symbols)
_SYMBOL_TAGS = {",": "$,", ".": "$.", "!": "$.", "?": "$.", ";": "$.", ":": "$.", "(": "$(",
                ")": "$(", '"': "$(", "'": "$(", "-": "$(", "/": "$("}  # as HanTa tags them


@lru_cache(maxsize=4096)
def _viterbi(tagger, words: tuple[str, ...]) -> tuple[int, ...]:
    """HanTa's Viterbi pass, memoised per sentence: it is a pure function of the words, and
    the same sentences come back (form labels on every page, and the verifier analyses each
    sentence with a suggestion again; an endless run splits into identical chunks)."""
    return tuple(tagger.tag_sent_viterbi(list(words)))


def _visible(words: list[str], fixed_tags: list) -> list[str]:
    """The word HanTa saw for each token ("" for a skipped one)."""
    it = iter(words)
    return [("" if fixed is _SKIP else next(it)) for fixed in fixed_tags]


def _collapse_symbol_runs(texts: list[str], fixed_tags: list) -> None:
    """Mark the tokens after the first SYMBOL_RUN of a run of symbols (no letter or digit) with
    _SKIP: 100,000 commas need no Viterbi pass (HanTa costs about 0.2 ms per token). Runs of up
    to SYMBOL_RUN symbols (``“),`` is three) are tagged as before."""
    run = 0
    for k, text in enumerate(texts):
        if fixed_tags[k] is None and not any(map(str.isalnum, text)):
            run += 1
            if run > SYMBOL_RUN:
                fixed_tags[k] = _SKIP
        else:
            run = 0


def _stand_in(text: str, tag: str) -> str:
    """What HanTa sees for a token we tag ourselves: the token, but "1" for a number and a
    short word for an overlong token (HanTa's analysis of unknown words is at least quadratic
    in their length: 100 letters take a second, 400 letters half a minute)."""
    if tag == "CARD":
        return "1"
    if len(text) > MAX_TAGGED_CHARS:
        return "Sache" if tag == "NN" else "xy"
    return text


@lru_cache(maxsize=20_000)
def _tagged(tagger, word: str, tag_id: int | None) -> tuple[str, str, str, bool]:
    """STTS tag, UPOS, lemma of a word HanTa tagged ``tag_id``, and whether it is a symbol
    (no letter or digit); a pure function of its arguments, memoised as the tagger's own
    steps are (the same words come back in every text)."""
    stts = "XY" if tag_id is None else to_stts(tagger.int2tag[tag_id])
    if stts.startswith("V") or stts == "APPRART":
        # HanTa's lemma, as tag_sent(taglevel=1) computes it
        lem = word if tag_id is None else tagger._analyze(word, tag_id, taglevel=1)[0]
    elif stts == "NN":
        lem = _noun_lemma(word)
    else:
        lem = _simplemma(word)
    return stts, STTS_TO_UPOS.get(stts, "X"), lem, not any(map(str.isalnum, word))


@Language.component(
    "hanta_tagger",
    assigns=["token.tag", "token.pos", "token.lemma"],
    requires=["token.is_sent_start"],
)
def hanta_tagger(doc: Doc) -> Doc:
    """Tag each sentence with HanTa's Viterbi tagger; fixed tags for numbers and abbreviations."""
    tagger = load_hanta()
    spaces: list[Token] = []
    for sent in doc.sents:
        tokens: list[Token] = []
        for t in sent:
            (spaces if t.is_space else tokens).append(t)
        texts = [t.text for t in tokens]  # each read once: spaCy's strings are slow to read
        # a word hyphenated at a line end ("berück-\nsichtigter", merged by linebreaks.py) is
        # tagged as the joined word, its norm: its lemma is "berücksichtigt", not the pieces
        # (fresh set 164: a rare-word hint on "berück- sichtigter")
        texts = [t.norm_ if "\n" in x else x for t, x in zip(tokens, texts)]
        fixed_tags = [_fixed_tag(t, text) for t, text in zip(tokens, texts)]
        _collapse_symbol_runs(texts, fixed_tags)
        # HanTa sees a stand-in word for tokens we tag ourselves, so its context stays sane.
        words = [text if fixed is None else _stand_in(text, fixed[0])
                 for text, fixed in zip(texts, fixed_tags) if fixed is not _SKIP]
        tag_ids = iter(_tag_words(tagger, words))
        seen: dict[str, tuple[str, str]] = {}  # symbol -> the tag HanTa gave it in this run
        for t, text, word, fixed in zip(tokens, texts, _visible(words, fixed_tags), fixed_tags):
            tag_id = None
            if fixed is _SKIP:
                fixed = seen.get(text) or (_SYMBOL_TAGS.get(text, "XY"), text)
            else:
                tag_id = next(tag_ids)
            if fixed:
                stts, lem = fixed
                upos = STTS_TO_UPOS.get(stts, "X")
            else:
                # word is t.text here: HanTa saw the token itself
                stts, upos, lem, symbol = _tagged(tagger, word, tag_id)
                if symbol:
                    seen.setdefault(word, (stts, word))
            t.tag_ = stts
            t.pos_ = upos
            t.lemma_ = lem
    for t in spaces:  # every token is in a sentence
        t.tag_, t.pos_, t.lemma_ = "_SP", "SPACE", t.text
    return doc

