"""HanTa's morphological searches, with the same results in less time.

HanTa analyses a word it has not seen with a Viterbi search over all its segmentations
(quadratic in its length): ``HanoverTagger.analyze_forward`` for the tag probabilities and
``analyze_viterbi`` for the morphemes of the lemma. They are most of the time of a text's first
analysis. The functions below fill the same tables with the same floating-point operations in
the same order, so their results are identical (tests/test_tagger.py compares them); they
only skip work that cannot change a table:

* a segment that no known morpheme begins with ends the search for known morphemes from that
  position (HanTa tries every segment with every tag and gets -inf for all but a few);
* the guessed probability of an unknown morpheme of an open class (noun stems, ...) is computed
  once per position and tag, not once per state (``HanoverTagger.lp_m_t``, inlined), and its
  suffix term once per segment end and tag, not once per segment;
* the known morphemes from a position are looked up once for all tags (morpheme -> tags), not
  once per tag and state.

The loops over tags and segment ends are swapped; each table cell is still written in the same
order, so ties resolve as in HanTa. Written here rather than upstream: HanTa is pure Python and
the model's data structures are its public attributes.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import Any

LOWERBOUND = -1e6  # HanTa's threshold for dropping a path
NEG_INF = -math.inf
SEARCH_CACHE = 100_000  # words whose analyses are kept (lowercased; callers never change them)
WORD_STEPS = 4096  # words whose Viterbi steps are kept (a few hundred bytes per state seen)


class _Search:
    def __init__(self, tagger: Any) -> None:
        lp_m_t = tagger.LP_m_t
        # tags whose unknown morphemes get a guessed probability when the search is not strict
        self.guessable = {t for t in lp_m_t if t in tagger.LP_hapax_t and t in tagger.LP_s_t}
        # ((Int_t + LP_hapax_t[t]) + LP_len_t[t][len]) + suffix is lp_m_t's sum, in its order
        self.heads = {t: [tagger.Int_t + tagger.LP_hapax_t[t] + tagger.LP_len_t[t][n]
                          for n in range(25)] for t in self.guessable}
        self.suffixes = {t: tagger.LP_s_t[t] for t in self.guessable}
        self.follow = {state: [(t, p, t in self.guessable) for t, p in tags]
                       for state, tags in tagger.LP_trans_nonfinal.items()}
        self.morphemes = sorted({m for ms in lp_m_t.values() for m in ms})
        # morpheme -> (tag, log probability) for each tag it is known with
        self.entries: dict[str, list[tuple[int, float]]] = {}
        for t, ms in lp_m_t.items():
            for m, v in ms.items():
                self.entries.setdefault(m, []).append((t, v))
        self._within: dict[Any, dict[Any, list[tuple[int, float, bool]]]] = {}

    def known_segments(self, word: str, i: int) -> dict[int, dict[int, float]]:
        """{tag: {end: log probability}} of the segments from i that are known morphemes.

        Only segments that begin some known morpheme are looked up: a segment that begins none
        has no longer segment that does."""
        morphemes, entries = self.morphemes, self.entries
        out: dict[int, dict[int, float]] = {}
        for j in range(i + 1, len(word) + 1):
            segment = word[i:j]
            k = bisect_left(morphemes, segment)
            if k == len(morphemes) or not morphemes[k].startswith(segment):
                break
            for tag, v in entries.get(segment, ()):
                ends = out.get(tag)
                if ends is None:
                    out[tag] = {j: v}
                else:
                    ends[j] = v
        return out

    def guessed_suffixes(self, grams: list[list[str]], tag: int) -> list[list[float]]:
        """lp_m_t's suffix term for each segment end j, by segment length (index min(len, 5)
        - 1): the longest of the last 4 (3, 2, 1) letters that the tag knows, else "".
        ``grams[n]`` holds the word's last n letters before each end j >= n."""
        get = self.suffixes[tag].get
        rows = [[self.suffixes[tag][""]] * (len(grams[1]) + 1)]
        for n in range(1, 5):
            shorter = rows[-1]
            rows.append(shorter[:n] + [get(g, d) for g, d in zip(grams[n], shorter[n:])])
        return rows

    def open_segments(self, word: str, i: int, tag: int, known: dict[int, float],
                      suffix: list[list[float]]) -> list[tuple[int, float]]:
        """(end, log probability) of every segment from i as a morpheme of an open class.

        A known morpheme of the tag has its own probability; any other segment gets lp_m_t's
        guess, ((Int_t + LP_hapax_t) + LP_len_t) + LP_s_t[suffix], minus 4.6 for a whole word.
        ``known`` holds the tag's known morphemes from i by end; the suffix terms come precomputed
        per segment end (``guessed_suffixes``), so each value is the same sum in the same order.
        """
        wlen = len(word)
        head = self.heads[tag]
        out = []
        for j in range(i + 1, wlen + 1):
            v = known.get(j)
            if v is None:
                mlen = j - i
                if wlen >= 4 and mlen <= 2:
                    continue
                v = (head[mlen] if mlen < 25 else head[24]) + suffix[mlen - 1 if mlen < 5 else 4][j]
                if wlen == mlen:
                    v -= 4.6
            out.append((j, v))
        return out

    def follow_within(self, reachable: Any) -> dict[Any, list[tuple[int, float, bool]]]:
        """``follow`` with only the tags in ``reachable`` (kept per set: HanTa has one
        frozenset per target tag), so the search does not test each tag of each state."""
        out = self._within.get(reachable)
        if out is None:
            out = self._within[reachable] = {
                state: [step for step in steps if step[0] in reachable]
                for state, steps in self.follow.items()}
        return out

    def fill(self, word: str, table: list[dict], strict: bool, reachable: Any = None,
             backpointer: list[dict] | None = None) -> None:
        """The morpheme rows of HanTa's table (all but the final one).

        The last morpheme row (i = len(word)) starts no segment, so it is not visited. A tag
        of a closed class (or any tag in a strict search) has values only where a known
        morpheme starts, so it is looked up in ``known_segments`` directly; a missing value
        is -inf in HanTa and never enters the table."""
        suffixes: dict[int, list[list[float]]] = {}  # tag -> guessed_suffixes, for this word
        grams: list[list[str]] = []
        follow = self.follow if reachable is None else self.follow_within(reachable)
        guess = not strict
        wlen = len(word)
        for i in range(wlen):
            row = table[i]
            if not row:
                continue
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else LOWERBOUND
            known = self.known_segments(word, i)
            # (end, log probability) of the open-class segments from i per tag: the same for
            # every state
            segments: dict[int, list[tuple[int, float]]] = {}
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                steps = follow.get(state)
                if not steps:
                    continue
                last = state[1]
                for tag, lpt, can_guess in steps:
                    if can_guess and guess:
                        values = segments.get(tag)
                        if values is None:
                            suffix = suffixes.get(tag)
                            if suffix is None:
                                if not grams:
                                    grams.extend([word[j - n:j] for j in range(n, wlen + 1)]
                                                 for n in range(5))
                                suffix = suffixes[tag] = self.guessed_suffixes(grams, tag)
                            values = segments[tag] = self.open_segments(
                                word, i, tag, known.get(tag, {}), suffix)
                    else:
                        ends = known.get(tag)
                        if ends is None:
                            continue
                        values = ends.items()
                    base = lp + lpt
                    newstate = (last, tag)
                    # two copies of the innermost loop on purpose: the test for a
                    # backpointer table stays out of it (this is the hottest loop of a search)
                    if backpointer is None:
                        for j, v in values:
                            lp1 = base + v
                            if lp1 > LOWERBOUND:
                                cell = table[j]
                                if lp1 > cell.get(newstate, NEG_INF):
                                    cell[newstate] = lp1
                    else:
                        for j, v in values:
                            lp1 = base + v
                            if lp1 > LOWERBOUND:
                                cell = table[j]
                                if lp1 > cell.get(newstate, NEG_INF):
                                    cell[newstate] = lp1
                                    backpointer[j][newstate] = (state, i)


def fast_search(tagger: Any, lexicon: Any = None) -> None:
    """Replace the tagger's two morphological searches by the faster equivalents; with a
    ``lexicon`` (``hanta_lexicon.HantaLexicon``), results it holds are read, not searched."""
    from HanTa.HanoverTagger import EMPTY, END_UNKNOWN, START, UNKNOWN
    from numpy import logaddexp

    search = _Search(tagger)
    final = tagger.LP_trans_final

    def analyze_forward(word: str) -> list[tuple[int, float]]:
        table: list[dict] = [{(EMPTY, START): 0}] + [{} for _ in range(len(word) + 1)]
        search.fill(word, table, tagger.strict)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag, lpt in final.get(state, []):
                lp1 = lp + lpt
                if lp1 > LOWERBOUND:
                    newstate = (state[1], tag)
                    if newstate not in last or lp1 > last[newstate]:
                        last[newstate] = lp1
        results: dict[int, float] = {}
        for state, lp in last.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
        return result_list or [(UNKNOWN, 0)]

    def analyze_viterbi(word: str, targetpos: int) -> list[tuple[int, int]]:
        wlen = len(word)
        reachable = tagger.reachability.get(targetpos, frozenset())
        for strict in (True, False):
            table: list[dict] = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
            backpointer: list[dict] = [{} for _ in range(wlen + 2)]
            search.fill(word, table, strict, reachable, backpointer)
            last = table[-1]
            for state, lp in table[-2].items():
                for tag, lpt in final.get(state, []):
                    if tag == targetpos:
                        lp1 = lp + lpt
                        if lp1 > LOWERBOUND:
                            newstate = (state[1], tag)
                            if newstate not in last or lp1 > last[newstate]:
                                last[newstate] = lp1
                                backpointer[-1][newstate] = (state, wlen)
                        break
            if last:
                break  # only an empty last row needs a second try with guessed morphemes
        pmax, beststate = -math.inf, (EMPTY, EMPTY)
        for state, lp in last.items():
            if lp > pmax:
                pmax, beststate = lp, state
        i = len(backpointer) - 1
        if beststate == (EMPTY, EMPTY):
            states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
        else:
            states = [(beststate, i)]
            state = beststate
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], i) for (state, i) in states[::-1]]

    # HanTa's _tag_word is memoised by the word as written and its options (tagger.py), so
    # "Antrag" at a sentence start, inside a sentence and in a compound analysis ran the search
    # up to three times (11 % of the searches of the shared admin texts). Bounded: memory stays
    # flat under ever new words. (analyze_viterbi repeats far less: 3 %.)
    tagger.search_forward, tagger.search_viterbi = analyze_forward, analyze_viterbi
    if lexicon is not None:
        def stored_forward(word: str) -> list[tuple[int, float]]:
            found = lexicon.forward(word)
            return analyze_forward(word) if found is None else found

        def stored_viterbi(word: str, targetpos: int) -> list[tuple[int, int]]:
            found = lexicon.viterbi(word, targetpos)
            return analyze_viterbi(word, targetpos) if found is None else found

        tagger.analyze_forward = lru_cache(maxsize=SEARCH_CACHE)(stored_forward)
        tagger.analyze_viterbi = stored_viterbi
    else:
        tagger.analyze_forward = lru_cache(maxsize=SEARCH_CACHE)(analyze_forward)
        tagger.analyze_viterbi = analyze_viterbi
    tagger.tag_sent_viterbi = _sentence_search(tagger)


def _sentence_search(tagger: Any) -> Any:
    """HanTa's Viterbi pass over a sentence (``HanoverTagger.tag_sent_viterbi``), the same
    table in the same order: each state tries only the tags the word can have, in the order of
    its transition table, instead of every tag of that table (about 50 per state). The steps
    from a state into a word (tag, transition and word probability, in that order) are a pure
    function of both, kept per word ("der", "Sie" and "," are in every sentence)."""
    from HanTa.HanoverTagger import EMPTY, END, START, UNKNOWN

    transitions = tagger.LP_trans_word
    ranks: dict[Any, dict[int, int]] = {}  # state -> position of each tag in its transitions
    any_word: dict[Any, list[tuple[int, float, float]]] = {}  # steps into a word of no tag

    @lru_cache(maxsize=WORD_STEPS)
    def word_steps(w: str, cs: bool) -> dict:
        """state -> steps into this word, filled as states come up."""
        return {}

    @lru_cache(maxsize=WORD_STEPS)
    def word_probs(w: str, cs: bool) -> dict[int, float]:
        wprobs = dict(tagger._tag_word(w, cutoff=5, casesensitive=cs, conditional=True))
        return {} if len(wprobs) == 1 and UNKNOWN in wprobs else wprobs

    def steps_into(state: Any, wprobs: dict[int, float]) -> list[tuple[Any, float, float]]:
        """(next state, transition and word log probability) of each tag in turn."""
        lp_t = transitions[state]
        last = state[1]
        if not wprobs:
            return [((last, c), lp_tc, 0) for c, lp_tc in lp_t.items() if c != END]
        if len(wprobs) == 1:  # four words in ten: one tag, nothing to order
            for c, lpwc in wprobs.items():
                lp_tc = lp_t.get(c)
                return [] if lp_tc is None or c == END else [((last, c), lp_tc, lpwc)]
        rank = ranks.get(state)
        if rank is None:
            rank = ranks[state] = {c: k for k, c in enumerate(lp_t)}
        tags = sorted([c for c in wprobs if c in rank and c != END], key=rank.__getitem__)
        return [((last, c), lp_t[c], wprobs[c]) for c in tags]

    def tag_sent_viterbi(sent: list[str], casesensitive: bool = True) -> list[int]:
        table: list[dict] = []
        backpointer: list[dict] = []
        for i, w in enumerate(sent):
            cs = False if i == 0 else casesensitive
            wprobs = word_probs(w, cs)
            known = word_steps(w, cs) if wprobs else any_word
            row: dict = {}
            pointers: dict = {}
            backpointer.append(pointers)
            prevrow = {(EMPTY, START): 0.0} if i == 0 else table[i - 1]
            if len(prevrow) > 5:
                rowbound = sorted(prevrow.values(), reverse=True)[5] - 1
            else:
                rowbound = LOWERBOUND
            for state, lp0 in prevrow.items():
                if lp0 < rowbound:
                    continue
                steps = known.get(state)
                if steps is None:
                    steps = known[state] = steps_into(state, wprobs)
                for newstate, lp_tc, lpwc in steps:
                    lp = lp0 + lp_tc + lpwc
                    if lp > LOWERBOUND and lp > row.get(newstate, NEG_INF):
                        row[newstate] = lp
                        pointers[newstate] = state
            table.append(row)
        finalstate = (END, EMPTY)
        prevrow = table[-1]
        row = {}
        backpointer.append({})
        for state, lp0 in prevrow.items():
            lp = lp0 + transitions[state].get(END, -math.inf)
            if lp > row.get(finalstate, -math.inf):
                row[finalstate] = lp
                backpointer[-1][finalstate] = state
        table.append(row)
        tags_out = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags_out.append(state[1])
        return tags_out[::-1]

    return tag_sent_viterbi
