"""Word lists compiled for matching on tagged tokens (lemmas, separable verbs, phrases)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Token

from .abbreviations import norm
from .clauses import TokenSpan
from .phrases import PhraseIndex, base_forms, phrase_index, words_of
from .sentence_index import CLAUSE_END, SearchMemo, SentenceIndex, signature
from .wordlists import Entry, WordLists

VERB_WINDOW = 12  # tokens between the fixed words of a verb phrase and its verb (Satzklammer)
# the fixed part of a separable phrase needs a content word: "wie folgt" stays contiguous
CONTENT_TAGS = {"NN", "NE", "ADJD", "ADJA", "VVPP", "VVINF", "VVIZU", "PTKVZ", "ADV"}
DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT", "ADJA"}


@dataclass(frozen=True)
class TermHit(TokenSpan):
    """A word-list entry found in a sentence: token positions (inclusive) in the sentence."""

    entry: Entry
    first: int
    last: int
    tokens: tuple[Token, ...]
    positions: tuple[int, ...] = ()  # the matched tokens' positions when not contiguous

    @property
    def contiguous(self) -> bool:
        return not self.positions


_HITS = "simplify.term_hits"  # doc.user_data: (first, last, length, list) -> hits
_SENTENCES = "simplify.sentences"  # doc.user_data: (first, last, length) -> SentenceIndex


class Lexicon:
    """Indexes over the word lists, built once per pipeline."""

    def __init__(self, lists: WordLists) -> None:
        self.lists = lists
        self.single: dict[str, dict[str, list[Entry]]] = {}
        self.multi: dict[str, dict[str, list[tuple[tuple[str, ...], Entry]]]] = {}
        self.firsts: dict[str, frozenset[str]] = {}  # first words of all entries of a list
        self.phrases: dict[str, dict[str, PhraseIndex]] = {}  # multi, by their second word
        for name in lists.names("terms"):
            single: dict[str, list[Entry]] = defaultdict(list)
            multi: dict[str, list[tuple[tuple[str, ...], Entry]]] = defaultdict(list)
            for e in lists.get(name):
                words = words_of(e.term)
                if len(words) == 1:
                    single[words[0]].append(e)
                    continue
                for form in dict.fromkeys([words, base_forms(e.term)]):
                    multi[form[0]].append((form, e))
            for phrases in multi.values():
                phrases.sort(key=lambda p: -len(p[0]))
            self.single[name] = dict(single)
            self.multi[name] = dict(multi)
            self.firsts[name] = frozenset(single) | frozenset(multi)
            self.phrases[name] = {first: phrase_index(phrases)
                                  for first, phrases in self.multi[name].items()}
        self.abbreviations: dict[str, Entry] = {
            norm(e.term): e for e in lists.of_kind("abbreviations")}
        self.abbreviation_terms = frozenset(e.term for e in self.abbreviations.values())
        self.fvg: dict[str, list[Entry]] = defaultdict(list)
        for e in lists.of_kind("verb_phrases"):
            self.fvg[e.verb.casefold()].append(e)
        self.protecting = set(lists.protected_names())
        # words of replacements exactly as the lists write them: a list author vouches for
        # these base forms ("fortfolgende"); inflected forms are checked in ``forms``
        self.list_words = frozenset(
            w for entries in lists.entries.values() for e in entries
            for r in e.replacements for w in r.replace("-", " ").split())
        self.protected = {e.term.casefold(): e for name in self.protecting
                          for e in lists.get(name)}
        self.searches = SearchMemo()  # searches of sentences seen before, across documents

    def find_terms(self, tokens: list[Token], list_name: str) -> list[TermHit]:
        """All entries of one list in a sentence, longest match first, no overlaps.

        Kept with the Doc: several rules search the same list in the same sentence (the
        protected terms alone are looked up by five), 60 % of the searches were repeats.
        """
        if not tokens:
            return []
        memo = tokens[0].doc.user_data.setdefault(_HITS, {})
        key = (tokens[0].i, tokens[-1].i, len(tokens), list_name)
        hits = memo.get(key)
        if hits is None:
            hits = memo[key] = self._kept_search(tokens, list_name)
        return list(hits)  # a copy: a caller may extend its list

    def protected_spans(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Character spans of the protected terms of several words in a sentence ("mangels
        Masse", "Anordnung der sofortigen Vollziehung"): their parts are no findings of
        their own."""
        return [(h.start, h.end) for name in sorted(self.protecting)
                for h in self.find_terms(tokens, name) if h.last > h.first]

    def _kept_search(self, tokens: list[Token], list_name: str) -> list[TermHit]:
        """The hits of a search of the same tokens done before (in any text), else a search."""
        key = (signature(tokens), list_name)
        kept = self.searches.get(key)
        if kept is not None:
            return [TermHit(entry, first, last, tuple(tokens[p] for p in positions)
                            if positions else tuple(tokens[first:last + 1]), positions)
                    for entry, first, last, positions in kept]
        hits = self._find_terms(tokens, list_name)
        self.searches.put(key, tuple((h.entry, h.first, h.last, h.positions) for h in hits))
        return hits

    def _find_terms(self, tokens: list[Token], list_name: str) -> list[TermHit]:
        single, phrases = self.single.get(list_name, {}), self.phrases.get(list_name, {})
        firsts = self.firsts.get(list_name, frozenset())
        hits: list[TermHit] = []
        used: set[int] = set()
        memo = tokens[0].doc.user_data.setdefault(_SENTENCES, {})
        key = (tokens[0].i, tokens[-1].i, len(tokens))
        sentence = memo.get(key)
        # the key does not tell two selections of a sentence's tokens apart that share their
        # ends and length: the same list, or the same tokens, or a new index
        if sentence is None or (sentence.tokens is not tokens
                                and sentence.ids != [t.i for t in tokens]):
            sentence = memo[key] = SentenceIndex(tokens)
        # only a token with a key that opens an entry, or a separated verb whose particle
        # makes it one, can start a hit: the others are skipped without a look
        for i in sentence.candidates(firsts):
            if i in used or sentence.punct[i]:
                continue
            hit = self._match_at(tokens, sentence, i, single, phrases)
            if hit is None:
                continue
            if self.lists.allowed(hit.entry.term):
                continue
            if list_name not in self.protecting and self.is_protected(hit):
                continue
            hits.append(hit)
            used.update(hit.positions or range(hit.first, hit.last + 1))
        return hits

    def _match_at(self, tokens, sentence, i, single, phrases) -> TermHit | None:
        t = tokens[i]
        keys = sentence.keys
        for key in keys[i]:
            index = phrases.get(key)
            if index is None:
                continue
            # phrases of three or more words need their second word next ("in Kraft treten");
            # of two, the second may be a verb elsewhere ("Lassen Sie ... außer Acht")
            pairs, pairs_by_second, by_second = index
            # a pair whose first word is no content word matches only as written (see
            # _separated_verb_phrase): only those with the next word as their second
            content = sentence.tags[i] in CONTENT_TAGS
            found = dict(pairs) if content else {}
            if i + 1 < len(tokens):
                for second in keys[i + 1]:
                    if not content:
                        found.update(pairs_by_second.get(second, ()))
                    found.update(by_second.get(second, ()))
            for _, (words, entry) in sorted(found.items()):
                end = i + len(words)
                if end <= len(tokens) and all(
                    w in keys[i + k] for k, w in enumerate(words)
                ):
                    return TermHit(entry, i, end - 1, tuple(tokens[i:end]))
                hit = _separated_verb_phrase(tokens, sentence, i, words, entry)
                if hit is not None:
                    return hit
        j = sentence.particles[i]
        if j is not None:
            particle = tokens[j].lower_
            for lemma in dict.fromkeys([t.lemma_.casefold(), t.lower_]):
                for entry in single.get(particle + lemma, []):
                    # the verb and its particle only: the words between them ("fügen Sie
                    # den Bescheid bei") are neither part of the entry nor hidden by it
                    return TermHit(entry, i, j, (tokens[i], tokens[j]), (i, j))
            if sentence.tags[i].startswith("VV") and (t.text[:1].islower() or i == 0):
                # "laden wir Sie … ein" is "einladen", no "laden" (findings review 179); a
                # noun read as a verb keeps its entry ("liegt Wucher vor")
                return None
        for key in keys[i]:
            for entry in single.get(key, []):
                if _case_fits(entry.term, t):
                    return TermHit(entry, i, i, (t,))
        return None

    def plain_forms(self, phrase: str, list_name: str | None) -> list[tuple[str, bool]]:
        """Replacements that list ``list_name`` has for exactly this phrase (an expansion such
        as "gegebenenfalls" may be Amtsdeutsch itself), each with whether the list clears it
        for one-click use."""
        return [(r, e.may_apply(r)) for e in self.listed(phrase, list_name)
                for r in e.replacements[:1]]

    def listed(self, phrase: str, list_name: str | None) -> list[Entry]:
        """The entries of list ``list_name`` for exactly this phrase."""
        if list_name is None:
            return []
        words = words_of(phrase)
        if len(words) == 1:
            return list(self.single.get(list_name, {}).get(words[0], []))
        return [e for w, e in self.multi.get(list_name, {}).get(words[0], []) if w == words]

    def senses(self, entry: Entry) -> list[Entry]:
        """All entries of the entry's list with the same term (one per sense), in list order."""
        words = words_of(entry.term)
        name = entry.list_name
        if len(words) == 1:
            found = self.single.get(name, {}).get(words[0], [])
        else:
            found = [e for w, e in self.multi.get(name, {}).get(words[0], []) if w == words]
        same = [e for e in found if e.term == entry.term]
        return same or [entry]

    def is_listed(self, t: Token, list_name: str) -> bool:
        """The token is a one-word entry of the list (by form or lemma)."""
        entries = self.single.get(list_name, {})
        return t.lemma_.casefold() in entries or t.lower_ in entries

    def is_protected(self, hit: TermHit) -> bool:
        return any(tok.lemma_.casefold() in self.protected or tok.lower_ in self.protected
                   for tok in hit.tokens)

    def abbreviation(self, t: Token) -> Entry | None:
        text = t.text
        if text.isalpha() and not text.isupper() and text not in self.abbreviations:
            return None  # a plain word (most tokens): its own key, not listed, no merged form
        # only a token ending in "." or in capitals carries a merged abbreviation
        # (AbbreviationMerger, linebreaks.merge_abbreviations); reading the extension is slow
        abbr = t._.abbr if text[-1:] == "." or text.isupper() else None
        key = norm(abbr or text)
        entry = self.abbreviations.get(key)
        if entry is None and key.endswith(".") and len(key) <= 4:
            entry = self.abbreviations.get(key[:-1])  # "120 l." at a sentence end
            if entry is not None and abbr is None:
                return entry if t.i > 0 and any(c.isdigit() for c in t.nbor(-1).text) else None
        if entry is None or self.lists.allowed(entry.term):
            return None
        if t.i > 1 and t.nbor(-1).text == "/" and not t.nbor(-2).whitespace_ \
                and not t.nbor(-1).whitespace_:
            return None  # "2,5 l/s.": a unit's part, no "siehe" (safety review 173)
        if abbr is None and not text.endswith(".") and text != entry.term:
            return None  # without a full stop only the exact spelling counts ("Kfz", "km")
        if t.text.islower() and not t.text.endswith("."):
            # "km", "g", "ha" are units only after a number ("3 km"), else ordinary words
            prev = t.nbor(-1) if t.i > 0 else None
            if prev is None or not any(c.isdigit() for c in prev.text):
                return None
        return entry


def _separated_verb_phrase(tokens: list[Token], sentence: SentenceIndex, i: int,
                           words: tuple[str, ...], entry: Entry) -> TermHit | None:
    """A phrase ending in a verb ("außer Acht lassen", "behilflich sein") with its verb
    elsewhere in the clause and inflected: "Lassen Sie das nicht außer Acht", "Wir sind Ihnen
    gern behilflich".

    Written by hand rather than with spaCy's Matcher: the verb may stand before or after the
    fixed words with any number of words between them (the verb bracket), but not in another
    clause, which token patterns cannot say without a parser.
    """
    keys, tags = sentence.keys, sentence.tags
    fixed, verb = words[:-1], words[-1]
    n = len(fixed)
    if not verb.islower() or i + n > len(tokens) or not all(
            w in keys[i + k] for k, w in enumerate(fixed)):
        return None
    if not any(tag in CONTENT_TAGS for tag in tags[i: i + n]):
        return None
    if tags[i] in {"NN", "NE"} and i > 0 and tags[i - 1] in DETERMINERS:
        return None  # "die Wohnung nehmen" is not "Wohnung nehmen"
    if verb == "werden" and i + n < len(tokens) and tags[i + n] == "VVPP":
        return None  # "wurde nicht wirksam ausgeübt": "werden" is the passive's (review 76)
    for k in _clause_window(sentence, i, i + n - 1):
        if tags[k].startswith("V") and verb in keys[k]:
            if verb == "werden" and k > 0 and tags[k - 1] == "VVPP":
                continue  # "die dort betreut werden oder dort tätig sind": the passive's
            positions = tuple(sorted([*range(i, i + n), k]))
            return TermHit(entry, positions[0], positions[-1],
                           tuple(tokens[p] for p in positions), positions)
    return None


def _clause_window(sentence: SentenceIndex, first: int, last: int) -> list[int]:
    """Positions in the same clause as tokens first..last, nearest first."""
    out = []
    texts, tags = sentence.texts, sentence.tags
    for direction, origin in ((1, last), (-1, first)):
        k = origin + direction
        while 0 <= k < len(texts) and abs(k - origin) <= VERB_WINDOW \
                and texts[k] not in CLAUSE_END:
            if tags[k] in {"KOUS", "PRELS"}:
                break
            out.append(k)
            k += direction
    return out


def _case_fits(term: str, t: Token) -> bool:
    """A capitalised term (noun) matches nouns; a lowercase term matches non-nouns.

    Keeps "Bezug" (noun) apart from "bezug"-like forms and "Entgelt" from "entgelt" (verb).
    """
    if term.isupper() and len(term) > 1:
        return t.text.isupper()  # an abbreviation in capitals: "WEG" is no "Weg"
    if term[:1].isupper():
        return t.tag_ in {"NN", "NE", "XY", "FM"} or t.text[:1].isupper()
    # a lowercase word is no noun, whatever the tagger says ("(formlos)" tagged NN)
    return t.tag_ not in {"NN", "NE"} or t.i == t.sent.start or t.text[:1].islower()
