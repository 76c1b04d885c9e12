"""The German pipeline: one spaCy Language object built once per process."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import abbreviations as _abbreviations
from . import segmenter as _segmenter  # noqa: F401 - registers the component
from . import tagger as _tagger  # noqa: F401 - registers the component
from .errors import ModelError
from .linebreaks import remember_text

ROMAN = {"I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.", "XI.", "XII."}


def _adapt_tokenizer(nlp: Language) -> None:
    """Two changes for official text, where law names end sentences ("nach § 32 EStG."):

    spaCy keeps "II." and "EStG." as one token, so the sentence end is lost. Roman numerals lose
    their exception, and a full stop after a capital letter becomes a suffix of its own; real
    abbreviations ("Nr.", "B." in "z. B.") are special cases and stay whole.
    """
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ROMAN}
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-ZÄÖÜ€²³])\."]
    nlp.tokenizer.suffix_search = TailSearch(compile_suffix_regex(suffixes))
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, *MISSING_SPACE]).finditer


# A full stop without the space after it, as text copied from web pages and PDFs often has
# ("im Jahr 2014.Manche Menschen", "ist wichtig.Die Siegel"): the stop is a token of its own,
# so the segmenter sees the sentence end. Only between a word or year and a capitalised word;
# "z.B.", "Nr.5" and URLs stay as they are. The same after a closing bracket or quotation
# mark ("(IVN).Die", "frei?“Diese") and before an opening one ("verbunden.„Das"): spaCy does
# not strip affixes from infix pieces, so the bracket or quotation mark is an infix too.
_CLOSE = "“”\"«»"
MISSING_SPACE = [
    r"(?<=[a-zäöüß]{3})(?<!www)\.(?=[A-ZÄÖÜ][a-zäöüß])",
    r"(?<=[0-9]{4})\.(?=[A-ZÄÖÜ][a-zäöüß])",
    rf"(?<=[a-zäöüß0-9])[)\]{_CLOSE}](?=\.[A-ZÄÖÜ][a-zäöüß])",
    rf"(?<=[a-zäöüß0-9][)\]{_CLOSE}])\.(?=[A-ZÄÖÜ][a-zäöüß])",
    rf"(?<=[a-zäöüß]{{2}})[.!?](?=[{_CLOSE}][A-ZÄÖÜ][a-zäöüß])",
    rf"(?<=[a-zäöüß]{{2}}[.!?])[{_CLOSE}](?=[A-ZÄÖÜ][a-zäöüß])",
    r"(?<=[a-zäöüß]{3})\.(?=„[A-ZÄÖÜ])",
    r"(?<=[a-zäöüß]{3}\.)„(?=[A-ZÄÖÜ])",
]


# -- bounded tokenisation -------------------------------------------------------------------------
# spaCy strips affixes from a whitespace-free chunk one at a time, and each step searches the
# whole remaining chunk for a suffix ("...$" scans from the left) and copies and hashes it:
# quadratic in the chunk length (10,000 commas: minutes). Two fixes that leave ordinary text
# tokenised exactly as before:

SUFFIX_WINDOW = 100  # characters; every suffix rule matches far fewer (the longest is "...")
LONG_RUN = 1_000  # whitespace-free characters handed to spaCy's tokenizer in one piece

_LONG_RUN = re.compile(r"\S{" + str(LONG_RUN) + ",}")
_RUN_PIECES = re.compile(r"[^\W_]+|.", re.S)  # runs of letters and digits; any other single char


class TailSearch:
    """A suffix search that looks only at the end of the string.

    spaCy uses only the length of the match (``Tokenizer.find_suffix``), so searching the last
    SUFFIX_WINDOW characters gives the same answer for every suffix shorter than the window
    (lookbehinds included) at a constant cost instead of one proportional to the chunk."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern  # spaCy's serialisation reads .pattern

    def __call__(self, string: str) -> re.Match[str] | None:
        if len(string) > SUFFIX_WINDOW:
            string = string[-SUFFIX_WINDOW:]
        return self.regex.search(string)


class BoundedTokenizer:
    """spaCy's tokenizer, except for whitespace-free runs of LONG_RUN characters or more.

    Such a run is no German word (the longest real ones are under 80 letters); it is split into
    runs of letters and digits and single other characters, in linear time. Text without such
    runs goes to spaCy's tokenizer unchanged. Everything else (special cases, ``rules``) is
    delegated to the wrapped tokenizer.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.kept: set[str] = set()  # chunks whose split stays cached (keep_splits)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not set yet (unpickling): no endless recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __call__(self, text: str) -> Doc:
        runs = [m.span() for m in _LONG_RUN.finditer(text)]
        if not runs:
            return remember_text(self.tokenizer(text), text)
        docs: list[Doc] = []
        pos = 0
        for a, b in runs:
            if a > pos:
                docs.append(self.tokenizer(text[pos:a]))
            end = b + 1 if text[b:b + 1] == " " else b
            words = _RUN_PIECES.findall(text, a, b)
            spaces = [False] * len(words)
            spaces[-1] = end > b
            docs.append(Doc(self.tokenizer.vocab, words=words, spaces=spaces))
            pos = end
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return remember_text(Doc.from_docs(docs, ensure_whitespace=False), text)


def build_nlp(abbreviations: list[str], model: str | None = None) -> Language:
    """Build the pipeline: blank German + abbreviation merger + admin segmenter + HanTa.

    With ``model`` (an installed official spaCy German model such as ``de_core_news_md``) that
    model's tagger, lemmatizer and parser are used instead of HanTa, behind our own tokenizer
    exceptions and segmenter, so the rules see the same kind of Doc.
    """
    abbrs = list(abbreviations)
    if model is None:
        nlp = spacy.blank("de")
        _adapt_tokenizer(nlp)
        _abbreviations.add_tokenizer_exceptions(nlp, abbrs)
        nlp.add_pipe("abbreviation_merger", config={"abbreviations": abbrs})
        nlp.add_pipe("admin_segmenter")
        nlp.add_pipe("hanta_tagger")
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
        warm_tokenizer(nlp)
        return nlp
    try:
        nlp = spacy.load(model, exclude=["ner"])
    except OSError as exc:
        raise ModelError(
            f"Das spaCy-Modell „{model}“ ist nicht installiert. "
            f"Installieren Sie es mit pip oder lassen Sie --model weg."
        ) from exc
    _adapt_tokenizer(nlp)
    _abbreviations.add_tokenizer_exceptions(nlp, abbrs)
    nlp.add_pipe("abbreviation_merger", config={"abbreviations": abbrs}, first=True)
    first_after = "abbreviation_merger"
    nlp.add_pipe("admin_segmenter", after=first_after)
    if "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    warm_tokenizer(nlp)
    return nlp


WARM_WORDS = 3_000  # the most frequent German words, tokenised once at start


def warm_tokenizer(nlp: Language) -> None:
    """Tokenise the most frequent German words once, outside any memory zone.

    spaCy's tokenizer keeps the split of each whitespace-free chunk, but saves none inside a
    memory zone (``Tokenizer._save_cached``), and every analysis runs in one: each chunk was
    split by the affix expressions again, about a tenth of an analysis. Splits saved before are
    still found inside a zone, so the frequent words ("der", "Sie", "Antrag") are split here,
    with and without a capital: about 2 MB that stay, 0.15 s at start. The cache holds what
    the tokenizer computes for the same chunk, so every Doc is the same as without it.
    """
    from wordfreq import top_n_list

    # "large", as forms.py asks for frequencies: wordfreq keeps one copy of the list per name
    words = top_n_list("de", WARM_WORDS, wordlist="large")
    save_splits(nlp.tokenizer, [*words, *(w[:1].upper() + w[1:] for w in words)])


def save_splits(tokenizer, chunks: list[str]) -> None:  # noqa: ANN001 - spaCy's Tokenizer
    """Tokenise whitespace-free chunks outside any memory zone, so that spaCy keeps the split
    of each.

    spaCy saves no split for the rest of a call once any chunk in it met a special case
    (``Tokenizer._save_cached``: its flag is per call, not per chunk), and "z.B." or
    "Nr." is one: one call over all chunks kept only those before the first such chunk
    (about 2,000 of the warm words, and of a text's new chunks often none). Chunks of
    letters alone meet no special case (every one holds a mark, bar "xD"), so they are
    tokenised in one call; each other chunk in a call of its own. Which splits are kept
    changes no Doc: a kept split is what the tokenizer computes for the chunk anyway."""
    letters = [c for c in chunks if c.isalpha()]
    if letters:
        tokenizer(" ".join(letters))
    for c in chunks:
        if not c.isalpha():
            tokenizer(c)


# -- bounded memory -------------------------------------------------------------------------------
# spaCy adds every new token text, lemma, norm and shape to the vocabulary's string store and
# never frees them: a long-running service grows with every new word (+86 MB per 40,000 new
# words measured). spaCy's answer for services (v3.8) is a memory zone: strings and lexemes
# added inside it are freed when it ends. One zone per analysed text; zones must not be nested
# and must not overlap with work on the same pipeline in another thread, hence the lock.

_ZONE_LOCKS: dict[int, threading.RLock] = {}
_ZONE_GUARD = threading.Lock()
_IN_ZONE = threading.local()


def _zone_lock(nlp: Language) -> threading.RLock:
    with _ZONE_GUARD:
        return _ZONE_LOCKS.setdefault(id(nlp), threading.RLock())


@contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """Everything spaCy allocates for one text inside this block is freed at its end.

    Docs and tokens made inside must not be used afterwards; Reports hold plain Python strings
    only. Re-entrant (an inner block is a no-op) and serialised per pipeline across threads.
    """
    zone = getattr(nlp, "memory_zone", None)
    if zone is None:  # spaCy before 3.8: nothing to free
        yield
        return
    with _zone_lock(nlp):
        depth = getattr(_IN_ZONE, "depth", 0)
        _IN_ZONE.depth = depth + 1
        try:
            if depth:
                yield
            else:
                with zone():
                    yield
        finally:
            _IN_ZONE.depth = depth


# -- kept splits ----------------------------------------------------------------------------------
# Inside a memory zone spaCy's tokenizer saves no split and keeps no new lexeme, so a text
# checked again (a form after each edit, the API's repeated requests) had every chunk that is
# not among the warm words split by the affix expressions and its lexemes built again: 12 %
# of a repeated check; and each passage the verifier analyses again split its chunks again.
# Before a text's zone begins, its new word chunks are tokenised once outside any zone, which
# keeps their splits and lexemes like the warm words. Bounded: at most KEEP_CHUNKS chunks in
# the life of the pipeline (about 1 KB each, ~10 MB in all: bench_memory.py), only chunks with
# no digit (numbers and dates change from text to text) and no longer than KEEP_CHARS; then
# nothing more is kept. Besides words, punctuation ("–", "•") and runs of whitespace other
# than one space ("\n\n"), which spaCy splits as chunks of their own: each of the shared
# texts has hundreds. The cache holds what the tokenizer computes for the same chunk, so
# every Doc is the same as without it. In memory only.

KEEP_CHUNKS = 10_000
KEEP_CHARS = 40


def keep_splits(nlp: Language, text: str) -> None:
    """Keep the tokenizer's split of the word chunks of ``text`` not kept yet (see above)."""
    tokenizer = nlp.tokenizer
    kept: set[str] | None = getattr(tokenizer, "kept", None)
    if kept is None or len(kept) >= KEEP_CHUNKS:
        return
    with _zone_lock(nlp):
        if getattr(_IN_ZONE, "depth", 0):
            return  # inside a zone nothing would stay
        new = [c for c in dict.fromkeys([*text.split(), *_space_chunks(text)])
               if c not in kept and len(c) <= KEEP_CHARS and _KEEPABLE.match(c)]
        new = new[:KEEP_CHUNKS - len(kept)]
        if new:
            save_splits(tokenizer.tokenizer, new)
            kept.update(new)


_KEEPABLE = re.compile(r"\D+$")  # no digit
_SPACES = re.compile(r"\s+")


def _space_chunks(text: str) -> list[str]:
    """The whitespace chunks of ``text`` as spaCy's tokenizer cuts them: a run of
    whitespace less the one space that ends the word before it."""
    runs = _SPACES.findall(text)
    return [r[1:] if r[0] == " " else r for r in runs if r != " "]
