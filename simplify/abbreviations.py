"""Abbreviations: tokenizer exceptions and merging multi-part abbreviations into one token.

"z. B." arrives from spaCy's tokenizer as two tokens and HanTa tags "z." as APPRART; merged into
one token it counts as one word, never ends a sentence and gets a fixed tag.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .linebreaks import doc_text

# Abbreviations of legal texts that spaCy's German tokenizer splits ("Art." -> "Art", ".").
# They are needed for segmentation even when the word list does not carry them.
CORE = (
    "Abs.", "Anl.", "Art.", "Bl.", "BGBl.", "Buchst.", "Hs.", "Ziff.", "Nr.", "S.", "Str.",
    "Tel.", "geb.", "ggf.", "bzw.", "ca.", "usw.", "vgl.", "gem.", "lt.", "Az.", "Aktenz.",
    "Rn.", "Rdnr.", "Gz.", "Verf.", "zzgl.", "inkl.", "evtl.", "Tz.", "Kap.", "Bd.", "Nrn.",
    "Abschn.", "Unterabs.", "UAbs.", "lfd.", "Pos.", "Anh.",
    "z. B.", "i. V. m.", "u. a.", "d. h.", "i. d. R.", "u. U.", "o. Ä.", "s. o.", "s. u.",
    "z. T.", "i. S. d.", "i. S. v.", "v. a.", "u. Ä.", "z. Hd.", "i. A.", "i. V.", "e. V.",
    "o. g.", "a. a. O.", "u. a. m.", "u. v. m.", "m. E.", "n. Chr.", "v. Chr.",
)


def norm(text: str) -> str:
    """Key of an abbreviation: without spaces ("z. B." == "z.B.")."""
    return "".join(text.split())


def add_tokenizer_exceptions(nlp: Language, abbreviations: list[str]) -> None:
    """Keep each abbreviation (and each part of a multi-part one) as one token."""
    for abbr in {*CORE, *abbreviations}:
        if " " not in abbr and any(c in abbr for c in "/€²³"):
            nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])  # "km/h", "T€", "m²"
        for part in abbr.split():
            if part.endswith(".") and len(part) > 1:
                nlp.tokenizer.add_special_case(part, [{ORTH: part}])


NO_BREAK = {"\u00a0", "\u202f", "\u2009", "\u2007"}  # no-break, narrow, thin, figure space


def _with_gaps(parts: list[str]) -> list[dict]:
    """A Matcher pattern: the parts in order, each pair optionally with a no-break space."""
    pattern: list[dict] = []
    for k, part in enumerate(parts):
        if k:
            pattern.append({"ORTH": {"IN": sorted(NO_BREAK)}, "OP": "?"})
        pattern.append({"ORTH": part})
    return pattern


class AbbreviationMerger:
    """spaCy component: merge "z. B." into one token and record its canonical spelling."""

    def __init__(self, nlp: Language, abbreviations: list[str]) -> None:
        self.canonical = {norm(a): a for a in {*CORE, *abbreviations}}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        multi = [a for a in self.canonical.values() if " " in a]
        self.matcher.add("ABBR", [nlp.make_doc(a) for a in multi])
        # "z.\u00a0B.": web texts join the parts with a no-break space, which spaCy keeps as a
        # token of its own between them; the same abbreviation with that token allowed
        self.spaced = Matcher(nlp.vocab)
        self.spaced.add("ABBR", [_with_gaps([t.text for t in nlp.make_doc(a)]) for a in multi])

    def __call__(self, doc: Doc) -> Doc:
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        # a token that is a no-break space needs one in the text (one look at the string,
        # not at every token)
        if any(c in doc_text(doc) for c in NO_BREAK) and any(t.text in NO_BREAK for t in doc):
            spans += [doc[s:e] for _, s, e in self.spaced(doc)]
        # longest first, no overlaps ("u. a. m." before "u. a.")
        spans.sort(key=lambda sp: (sp.start, -(sp.end - sp.start)))
        chosen, last_end = [], -1
        for sp in spans:
            if sp.start >= last_end:
                chosen.append(sp)
                last_end = sp.end
        with doc.retokenize() as retok:
            for sp in chosen:
                retok.merge(sp)
        for t in doc:
            text = t.text
            if text.endswith(".") or text.isupper():
                canon = self.canonical.get(norm(text))
                if canon is not None:
                    t._.abbr = canon
        return doc


@Language.factory("abbreviation_merger", default_config={"abbreviations": []})
def make_abbreviation_merger(nlp: Language, name: str, abbreviations: list[str]):
    return AbbreviationMerger(nlp, abbreviations)
