"""Clause segmentation without a parser: punctuation, conjunctions and verb positions.

German subordinate clauses are verb-final and start with a subordinator (KOUS ``dass``, ``weil``,
a relative pronoun after a comma, a w-word) or are infinitive clauses (``um ... zu``,
``... einzureichen``). A subordinate clause that starts before the previous one has ended (its
finite verb not yet seen) is nested one level deeper.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .memo import BoundedMemo
from .tokens import frozen_tokens, space_marks

BOUNDARY_TEXT = {",", ";", ":", "–", "—", "(", ")", "-"}
SUBORDINATORS = {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KOUI"}
FINITE = {"VVFIN", "VAFIN", "VMFIN"}
VERBAL = FINITE | {"VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP", "VVIZU"}


class TokenSpan:
    """Mixin: character offsets of a run of tokens (``self.tokens``, not empty)."""

    tokens: list[Token] | tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


@dataclass
class Clause(TokenSpan):
    """A run of tokens between clause boundaries."""

    tokens: list[Token]
    kind: str = "main"  # main | sub | inf | fragment
    depth: int = 0
    words: int = 0


@dataclass
class ClauseAnalysis:
    clauses: list[Clause] = field(default_factory=list)
    max_depth: int = 0
    subordinate: int = 0


_WORDS = "simplify.words"  # doc.user_data: indices of the tokens that are words
# doc.user_data: indices of the list markers ("a)", "•"), written by the segmenter beside
# the token extension ``is_marker``: reading the extension makes an object per call
MARKERS = "simplify.markers"


def neighbour(t: Token, step: int) -> Token | None:
    """The next (step 1) or previous (step -1) token that is not whitespace: a hard line
    break inside a sentence ("die\nDeadline", "übertragen,\nbraucht") is a token of its own
    in spaCy, but no word between the two."""
    tokens = frozen_tokens(t.doc)
    k = t.i + step
    while 0 <= k < len(tokens) and tokens[k].is_space:
        k += step
    return tokens[k] if 0 <= k < len(tokens) else None


def is_word(t: Token) -> bool:
    """A word for counting: has a letter, is not punctuation, a number or a list marker.

    Read from the Doc once ``mark_words`` has run on the finished analysis (each token is
    asked three to five times: sentence, clauses, rules)."""
    words = t.doc.user_data.get(_WORDS)
    if words is not None:
        return t.i in words
    return _word_test(t)


def mark_words(doc: Doc) -> None:
    """Decide ``is_word`` for every token of a finished analysis (call after the pipeline:
    merging tokens shifts their indices)."""
    markers = doc.user_data.get(MARKERS)
    tokens = frozen_tokens(doc)
    words = {t.i for t in tokens if _word_test(t, markers)}
    doc.user_data[_WORDS] = frozenset(words - _spaced_letters(tokens))


SPACED_RUN = 3  # single letters in a row: a word set in Sperrschrift ("B e s c h e i d")


def _spaced_letters(tokens: list[Token]) -> set[int]:
    """The letters after the first of a word set in Sperrschrift: "R e c h t s b e h e l f s
    b e l e h r u n g" is one word, not 21 (a blind review counted the heading's "22-word
    clause" as a tool error)."""
    out: set[int] = set()
    run: list[int] = []
    for t in [*tokens, None]:
        if t is not None and len(t.text) == 1 and t.text.isalpha() and t.whitespace_:
            run.append(t.i)
            continue
        if t is not None and run and len(t.text) == 1 and t.text.isalpha():
            run.append(t.i)  # the last letter, before a colon or the end of the line
        if len(run) >= SPACED_RUN:
            out.update(run[1:])
        run = []
    return out


def word_indices(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that are words (``is_word``), once ``mark_words`` has run."""
    return doc.user_data[_WORDS]


def _word_test(t: Token, markers: frozenset[int] | None = None) -> bool:
    text = t.text
    # the cheap test first: most tokens that are no word have no letter; reading the
    # marker extension (an Underscore object per call) is the slow part
    if not any(map(str.isalpha, text)) or t.is_punct:
        return False
    tag = t.tag_
    if tag in {"$,", "$.", "$("} or (tag == "CARD" and any(map(str.isdigit, text))):
        return False
    return not t._.is_marker if markers is None else t.i not in markers


def _split(tokens: list[Token]) -> list[list[Token]]:
    segments: list[list[Token]] = [[]]
    for i, t in enumerate(tokens):
        text = t.text
        boundary = text in BOUNDARY_TEXT and (text != "-" or t.whitespace_)
        if boundary:
            if segments[-1]:
                segments.append([])
            continue
        # "und weil ...", "..., dass": a subordinator opens a clause even without a comma
        if t.tag_ in {"KOUS", "KOUI"} and i > 0 and segments[-1] and _has_verb(segments[-1]):
            if segments[-1][-1].tag_ == "KON":
                kon = segments[-1].pop()
                segments.append([kon])
            else:
                segments.append([])
        segments[-1].append(t)
    return [s for s in segments if s]


def _has_verb(tokens: list[Token]) -> bool:
    return any(t.tag_ in VERBAL for t in tokens)


def _opener(seg: list[Token]) -> Token | None:
    for t in seg:
        if t.tag_ in {"KON", "APPR", "APPRART", "ADV"} and t is not seg[-1]:
            if t.tag_ == "ADV":
                return None
            continue
        return t
    return None


def _kind(seg: list[Token]) -> str:
    op = _opener(seg)
    if op is not None and op.tag_ in SUBORDINATORS:
        if op.tag_ == "KOUI":
            return "inf"
        if op.tag_ in {"PWAV", "PWS"} and seg[-1].tag_ in {"$."} and seg[-1].text == "?":
            return "main"  # a direct question, not an indirect one
        return "sub"
    if not _has_verb(seg):
        return "fragment"
    # the last word only (is_word for every token of every clause was the cost)
    last_word = next((t for t in reversed(seg) if is_word(t)), None)
    zu_end = (last_word is not None and last_word.tag_ == "VVIZU") or _zu_infinitive_end(seg)
    if zu_end and not any(t.tag_ in FINITE for t in seg):
        return "inf"
    return "main"


def _zu_infinitive_end(seg: list[Token]) -> bool:
    ws = [t for t in seg if not t.is_punct]
    return len(ws) >= 2 and ws[-2].tag_ == "PTKZU" and ws[-1].tag_ in {"VVINF", "VAINF"}


# clause analyses kept across documents, as token positions: about 4,000 sentences, some 3 MB
KEPT_ANALYSES = 4_000
_Shape = tuple[tuple[tuple[tuple[int, ...], str, int, int], ...], int, int]


class _ShapeMemo(BoundedMemo[str, "_Shape"]):
    """Sentence signature -> its clause analysis as plain values, least recently used dropped
    first: a sentence seen before (a text checked again, the sentence of a suggestion the
    verifier analyses again) is not split again."""

    def __init__(self, size: int = KEPT_ANALYSES) -> None:
        super().__init__(size)


SHAPES = _ShapeMemo()


def analyse_clauses(tokens: list[Token]) -> ClauseAnalysis:
    """Split a sentence's tokens into clauses and measure the nesting depth.

    A pure function of each token's form, tag, trailing space and whether it is a word (once
    ``mark_words`` has run): kept under those, as positions, for the sentence seen again."""
    words = tokens[0].doc.user_data.get(_WORDS) if tokens else None
    if words is None:
        return _analyse(tokens)
    spaced = space_marks(tokens[0].doc)
    key = "\x1f".join([f"{t.text}\x1e{t.tag_}\x1e{spaced[t.i]}{t.i in words:d}"
                       for t in tokens])
    shape = SHAPES.get(key)
    if shape is None:
        result = _analyse(tokens)
        at = {id(t): k for k, t in enumerate(tokens)}
        SHAPES.put(key, (tuple((tuple(at[id(t)] for t in c.tokens), c.kind, c.depth, c.words)
                               for c in result.clauses), result.max_depth, result.subordinate))
        return result
    clauses, max_depth, subordinate = shape
    return ClauseAnalysis([Clause([tokens[k] for k in positions], kind, depth, count)
                           for positions, kind, depth, count in clauses], max_depth, subordinate)


def _analyse(tokens: list[Token]) -> ClauseAnalysis:
    result = ClauseAnalysis()
    open_subs: list[Clause] = []
    prev: Clause | None = None
    for n, seg in enumerate(_split([t for t in tokens if not t.is_space])):
        kind = _kind(seg)
        if n == 0 and kind == "sub" and seg[0].tag_ in {"PWS", "PWAV", "PWAT"}:
            kind = "main"  # "Was ist, wenn ...?": a question opens the sentence
        if kind == "inf" and prev is not None and prev.kind == "fragment" and _open_duty(
                result.clauses):
            kind = "main"  # "Die Möblierung ist täglich, spätestens um 22 Uhr, so zu sichern"
        clause = Clause(seg, kind, words=_count_words(seg))
        if clause.kind in {"sub", "inf"}:
            result.subordinate += 1
            # "an wen, wofür, seit wann … geleistet werden": question words without a verb
            # share the verb of the last one; they are listed side by side, not nested
            coordinated = seg[0].tag_ == "KON" or (prev is not None and (
                _bare_question(prev.tokens) or _same_question(prev.tokens, seg)))
            if coordinated and prev is not None and prev.kind in {"sub", "inf"}:
                clause.depth = prev.depth
            elif open_subs:
                clause.depth = len(open_subs) + 1
            elif prev is not None and prev.kind in {"sub", "inf"}:
                # "..., wenn Sie nachweisen, dass ...": depends on the clause before it
                clause.depth = prev.depth + 1
            else:
                clause.depth = 1
            if not _ends_with_verb(seg) and not _bare_question(seg):
                open_subs.append(clause)
        elif open_subs and _ends_with_verb(seg):
            # the rest of an interrupted subordinate clause ("..., stellen müssen, ...")
            clause.depth = open_subs.pop().depth
        elif clause.kind == "main":
            open_subs.clear()
        elif open_subs:
            clause.depth = open_subs[-1].depth
        result.max_depth = max(result.max_depth, clause.depth)
        result.clauses.append(clause)
        prev = clause
    return result


# the words that open an indirect question
_QUESTION_WORDS = {"wie", "wer", "was", "wo", "wann", "warum", "wozu", "weshalb", "ob"}


def _same_question(prev: list[Token], seg: list[Token]) -> bool:
    """Indirect questions listed side by side: "wissen, wie Hunde lernen, wie man
    Körpersprache liest und …" (findings review 180: "coordinated, not nested")."""
    return (bool(prev) and bool(seg) and seg[0].lower_ in _QUESTION_WORDS
            and prev[0].lower_ == seg[0].lower_)


def _open_duty(clauses: list[Clause]) -> bool:
    """The last main clause has "ist"/"hat" and no other verb yet: a zu-infinitive after an
    interposed phrase completes it ("ist …, spätestens um 22 Uhr, so zu sichern"), it opens
    no clause of its own (blind review 18: "only one dass-clause, not two levels")."""
    main = next((c for c in reversed(clauses) if c.kind == "main"), None)
    return main is not None and any(
        t.tag_ == "VAFIN" and t.lower_ in {"ist", "sind", "hat", "haben"} for t in main.tokens
    ) and not any(t.tag_.startswith("VV") or t.tag_ in {"VMFIN", "VAPP"} for t in main.tokens)


def _count_words(seg: list[Token]) -> int:
    words = seg[0].doc.user_data.get(_WORDS)
    if words is None:
        return sum(1 for t in seg if _word_test(t))
    return sum(1 for t in seg if t.i in words)


def _bare_question(seg: list[Token]) -> bool:
    """A question word alone, with its preposition: "an wen", "wofür", "seit wann"."""
    ws = [t for t in seg if not t.is_punct]
    return (0 < len(ws) <= 3 and any(t.tag_ in {"PWS", "PWAV", "PWAT"} for t in ws)
            and not any(t.tag_.startswith("V") for t in ws))


def _ends_with_verb(seg: list[Token]) -> bool:
    ws = [t for t in seg if not t.is_punct]
    return bool(ws) and ws[-1].tag_ in VERBAL
