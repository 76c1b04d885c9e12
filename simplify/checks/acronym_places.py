"""Places where an acronym needs no long form from the writer (for SIM-J009, checks/acronyms.py).

Blind findings reviews 21-75 judged 1 of 29 "Abkürzung ohne Erklärung" hints worth a
clerk's time; most of the noise was not about unknown acronyms but about places where the
acronym is no word of the writer's, or is spelled out in a way the Schwartz-Hearst match
does not see:

* a mark or a code: the acronym has a single capital letter as a hyphen part ("ECB-S",
  "TSF-W"): the reader checks the label, the long form does not help;
* a company's name: the acronym opens a name that ends in a legal form on the same line
  ("VTN Havelluch GmbH"), as in a signature or an address;
* a citation: the state after a law's short name ("LHundG NRW") or a gazette's abbreviation
  ("GV. NRW. S. 886"), where the citation rule speaks about the law;
* a compound spelled out nearby: the initials of a compound's parts in the same or the
  sentence before ("Pflegedienstleitung … der PDL", "Qualitätshandbuch (QHB)");
* a long form where no sentence is read: the letter's head ("Veterinäramt (LÜVA)");
* a quoted name of an app or a button („VSL mobil“).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..morphology import compound_parts
from .base import Context, SentenceView

# legal forms that close a company's name; the rule's ``legal_forms`` add to these
COMPANY_FORMS = ("GmbH", "AG", "mbH", "e. V.", "e.V.", "eG", "KG", "SE", "UG", "GbR", "OHG",
                 "AöR", "KdöR", "eK", "e. K.")
NAME_WORDS = 3  # capitalised words between the acronym and the legal form
# a gazette or law journal: "GV. NRW.", "GVBl. LSA", "Nds. GVBl."
GAZETTES = {"gv.", "gvbl.", "gbl.", "bgbl.", "abl.", "mbl.", "gvobl.", "stanz."}
# a law's short name: "BestattG", "KVG", "BauO", "GemHVO"
LAW_SHORT = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*(?:G|O|V|VO)$")


def is_mark(t: Token) -> bool:
    """The token is a mark or a code with a single capital letter as a hyphen part: "ECB-S",
    "TSF-W" (a small "e" joins the part after it: "e-ID" is no mark)."""
    parts = t.text.split("-")
    return len(parts) > 1 and any(len(p) == 1 and p.isupper() for p in parts)


def _company_tail(forms: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:[ \t]+[A-ZÄÖÜ][\w&.-]*){{0,{NAME_WORDS}}}[ \t]+(?:{alts})(?!\w)")


_TAILS: dict[tuple[str, ...], re.Pattern[str]] = {}


def opens_company_name(text: str, end: int, extra: tuple[str, ...] = ()) -> bool:
    """The acronym ending at ``end`` opens a company's name on its line: "VTN Havelluch
    GmbH", "KWS Service AG"."""
    tail = _TAILS.get(extra)  # built once per list of the rule's forms
    if tail is None:
        tail = _TAILS[extra] = _company_tail(tuple(sorted({*COMPANY_FORMS, *extra})))
    return tail.match(text, end) is not None


def in_citation(toks: list[Token], i: int) -> bool:
    """Token i is a gazette's abbreviation or follows one or a law's short name: "GV. NRW.
    S. 886", "LHundG NRW"."""
    if toks[i].text.rstrip(".").casefold() + "." in GAZETTES:
        return True
    if i == 0:
        return False
    before = toks[i - 1]
    return (before.text.rstrip(".").casefold() + "." in GAZETTES
            or (LAW_SHORT.match(before.text) is not None and sum(map(str.isupper,
                                                                     before.text)) >= 2))


def _initials(word: str) -> str:
    parts = compound_parts(word)
    return "".join(p[:1] for p in parts).casefold() if len(parts) > 1 else ""


def as_compound(ctx: Context, s: SentenceView, i: int, key: str) -> bool:
    """A noun in this sentence (before token i) or the one before it is the acronym's long
    form as one compound: its parts' initials spell the acronym ("Pflegedienstleitung" for
    "PDL")."""
    letters = "".join(c for c in key if c.isalpha()).casefold()
    if len(letters) < 2:
        return False
    words = list(s.tokens[:i])
    if s.index > 0:
        words = list(ctx.sentences[s.index - 1].tokens) + words
    return any(w.tag_ == "NN" and w.text[:1].casefold() == letters[0]
               and len(w.text) > len(letters) and _initials(w.text) == letters for w in words)


def long_form_outside(ctx: Context, key: str) -> bool:
    """The text gives the acronym's long form where no sentence is read: a letter's head
    ("Lebensmittelüberwachungs- und Veterinäramt (LÜVA)" under the district's name), a
    heading or a label. The sentences then use the acronym as the office's short name
    (findings review 259: "Wrong diagnosis: LÜVA is spelled out in the letterhead")."""
    text = ctx.whole or ctx.text
    for m in re.finditer(rf"[A-Za-zÄÖÜäöüß-]{{3,}}[ \t]*\({re.escape(key)}\)", text):
        if not any(s.start <= m.start() < s.end for s in ctx.sentences):
            return True
    return False


QUOTED_NAME_WORDS = (2, 4)  # a quoted name of an app, a product or a button


def in_quoted_name(ctx: Context, start: int, end: int) -> bool:
    """The acronym is one word of a quoted name of two to four words: blind review 27
    judged explaining "VSL" in the app „VSL mobil“ and "AWS" in „AWS Abfall-Check“ noise (the
    reader looks for the app by its name)."""
    low, high = QUOTED_NAME_WORDS
    return low <= ctx.protected.quotation_words(start, end, ctx.text) <= high
