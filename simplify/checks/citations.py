"""SIM-J003: a § citation inside a sentence instead of at its end or in brackets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..clauses import FINITE
from ..rules import Rule
from .base import Context, Match, check, span_of
from .legal_wording import enacting_formula

CITATION_PART = re.compile(
    r"^(§|§§|Art\.|Artikel|Abs\.|Absatz|UAbs\.|Unterabs\.|Unterabsatz|lit\.?|Alt\.|"
    r"Alternative|Var\.|Nr\.|Nummer|S\.|Satz|Buchst\.|Buchstabe|Ziff\.|"
    r"Halbsatz|Hs\.|i\. ?V\. ?m\.|ff\.|f\.|und|bis|sowie|oder|bzw\.|[IVX]+|\d+[a-z]?|[a-z]\)?)$"
)

# a law's short name: "SGB", "BauGB", "GBO", "StVO"
LAW_NAME = re.compile(r"^[A-ZÄÖÜ][A-Za-zäöü]*(G|O|V|B)$")

CITATION_LEAD = {"gemäß", "gem.", "nach", "laut", "lt.", "aufgrund", "im", "i. S. d.",
                 "i. S. v.", "entsprechend", "analog"}


def _citation_end(toks: list[Token], i: int) -> int:
    """Index of the last token of the citation starting at i."""
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if CITATION_PART.match(t.text) or (t.text.isupper() and len(t.text) >= 2) or (
            t._.abbr and t.text[:1].isupper()
        ):
            j += 1
            continue
        if t.text == "," and j + 1 < len(toks) and re.fullmatch(r"\d+[a-z]?", toks[j + 1].text):
            j += 1  # "§§ 7i, 10f, 11b EStG": one citation of several paragraphs
            continue
        # law names: "des Sozialgesetzbuches", "SGB I", "BauGB"
        if LAW_NAME.match(t.text):
            j += 1
            continue
        break
    # do not end on a connector
    while j - 1 > i and toks[j - 1].text in {"und", "bis", "sowie", "oder", "bzw."}:
        j -= 1
    return j - 1


_CHAIN = {"i. V. m.", "i.V.m.", "iVm"}


def _chain_end(toks: list[Token], end: int) -> int:
    """The last token of a chain of citations: "Art. 7 Abs. 1 KAG in Verbindung mit § 1 KBS"
    is one legal basis. Its second link is no citation of its own in the middle of the
    sentence (findings review 154: "§ 1 KBS belongs to the opening citation"); nor after
    the first link's law named in full ("§ 1 Abs. 1 des Niedersächsischen
    Verwaltungsverfahrensgesetzes (NVwVfG) i. V. m. § 28 Abs. 1 …", findings review 201)."""
    chained = False
    while True:
        named = _named_law_end(toks, end)
        if named + 1 < len(toks) and (toks[named + 1].text in _CHAIN
                                      or toks[named + 1].lower_ == "in"):
            end = named
        j = end + 1
        if j < len(toks) and toks[j].text in _CHAIN:
            j += 1
        elif j + 2 < len(toks) and [t.lower_ for t in toks[j: j + 3]] == ["in", "verbindung",
                                                                             "mit"]:
            j += 3
        else:
            return named if chained else end  # the last link's law named in full
        if j < len(toks) and toks[j].lower_ in {"den", "dem", "der", "des"}:
            j += 1  # "in Verbindung mit den §§ 191 und 219 AO"
        if j >= len(toks) or not (toks[j].text in {"§", "§§"} or (
                toks[j].text == "Art." and j + 1 < len(toks) and toks[j + 1].tag_ == "CARD")):
            return end
        end, chained = _citation_end(toks, j), True


_LAW_WORD = re.compile(r"(?:gesetz|gesetzes|gesetzbuch|gesetzbuches|ordnung|verordnung|"
                       r"satzung)$", re.I)


def _named_law_end(toks: list[Token], end: int) -> int:
    """The last token of a law's full name right after a citation ("… des Niedersächsischen
    Verwaltungsverfahrensgesetzes (NVwVfG)"), or ``end`` without one."""
    k = end + 1
    if k >= len(toks) or toks[k].lower_ not in {"des", "der"}:
        return end
    k += 1
    # "des Landesstraf- und Verordnungsgesetzes": adjectives and truncated compounds
    while k < len(toks) and toks[k].tag_ in {"ADJA", "TRUNC", "KON"}:
        k += 1
    if k >= len(toks) or toks[k].tag_ not in {"NN", "NE"} or not _LAW_WORD.search(toks[k].text):
        return end
    if k + 3 < len(toks) and toks[k + 1].text == "(" and toks[k + 3].text == ")" and (
            LAW_NAME.match(toks[k + 2].text) or toks[k + 2].text.isupper()):
        return k + 3
    return k


def reference_end(toks: list[Token], i: int, named: bool = False) -> int:
    """The last token of the legal reference (with its chained links) starting at ``i``; with
    ``named``, of the rule named after it too ("§ 5 Abs. 2 der Satzung")."""
    end = _chain_end(toks, _citation_end(toks, i))
    return _named_law_end(toks, end) if named else end


_CITING = {"nach", "gemäß", "gem.", "laut", "lt."}
_CITED = {"§", "§§", "Nr.", "Nummer", "Ziffer", "Ziff.", "Art.", "Abs."}


def after_cited_attribute(toks: list[Token], k: int) -> int:
    """Past a citation that opens at ``k`` as a noun's attribute ("dem Jahresbericht [nach Nr.
    2]", "dem Antrag [nach § 5 Abs. 2 der Satzung]"), else ``k``."""
    if k + 1 < len(toks) and toks[k].lower_ in _CITING and toks[k + 1].text in _CITED:
        return reference_end(toks, k + 1, named=True) + 1
    return k


def bracket_depths(toks: list[Token]) -> list[int]:
    """Round-bracket depth before each token (and, last, after all of them)."""
    depths, depth = [], 0
    for t in toks:
        depths.append(depth)
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
    depths.append(depth)
    return depths


# "mit": "nach § 292 FamFG in Verbindung mit § 168 FamFG." ends with its citations (review 37)
_AFTER_CITATION = {"der", "des", "dem", "den", "eines", "einer", "und", "sowie", "oder",
                   "i. V. m.", "in", "im", "vom", "von", "mit"}


def _tail_is_citation(toks: list[Token]) -> list[bool]:
    """For each j: every token from j on (punctuation other than brackets aside) may follow a
    citation at the sentence end ("der Satzung", further citations). One pass from the right,
    instead of a scan of the rest of the sentence per citation."""
    tail = [True] * (len(toks) + 1)
    for j in range(len(toks) - 1, -1, -1):
        t = toks[j]
        if t.text == ";":
            tail[j] = True  # the end of a main clause: "… nach § 127 BBergG; eine …"
            continue  # (findings review 229: "it already stands at the end of its clause")
        if t.is_punct and t.text not in {"(", ")"}:
            tail[j] = tail[j + 1]
            continue
        fits = (t.lower_ in _AFTER_CITATION or t.tag_ in {"NN", "NE", "ADJA", "CARD"}
                or bool(CITATION_PART.match(t.text)) or t.text in {"(", ")"}
                or bool(LAW_NAME.match(t.text)))  # "der Grundbuchordnung (GBO)" (review 76)
        tail[j] = fits and tail[j + 1]
    return tail


def _citation_in_place(toks: list[Token], first: int, end: int, depths: list[int],
                       tail: list[bool]) -> bool:
    """In brackets, after a colon, or at the end (a following "der Satzung" or further
    citations still count as the end)."""
    if depths[first] > 0 or any(t.text == ":" for t in toks[max(0, first - 2): first]):
        return True
    return tail[end + 1]


_MARK = re.compile(r"(?:[a-z]|[ivx]+|[IVX]+|\d+)[.)]?$")


def _list_mark(lead: list[Token]) -> bool:
    """Only a list item's letter or number before ("a) Nach Art. 35 Abs. 1 BayEUG besteht …"):
    the citation opens the item's sentence (findings review 216: "it stands at the start")."""
    marks = "".join(t.text for t in lead)
    return 0 < len(marks) <= 5 and _MARK.match(marks) is not None


def _only_verbs_after(toks: list[Token], end: int) -> bool:
    """Nothing but the clause's closing verbs after the citation ("lag ein Verstoß gegen § 33
    Abs. 2 StVO vor.", "… gegen § 3 verstoßen hat."): it stands at the end already (findings
    review 217: "the citation already stands at the end of the sentence")."""
    # (with the law named in full, and an adverb: "… gemäß Art. 51 des Landesstraf- und
    # Verordnungsgesetzes (LStVG) amtlich bekannt gemacht.", findings review 230)
    rest = toks[_named_law_end(toks, end) + 1:]
    stop = next((k for k, t in enumerate(rest) if t.text == ";"), len(rest))  # clause end
    after = [t for t in rest[:stop] if t.is_alpha]
    return (bool(after) and len(after) <= 3 and after[-1].tag_ in _CLOSING_VERBS
            and all(t.tag_ in _CLOSING_VERBS | {"ADJD", "ADV"} for t in after))


_CLOSING_VERBS = {"PTKVZ", "VVINF", "VVPP", "VAINF", "VAPP", "VMINF", "VVIZU", "VAFIN", "VVFIN",
                  "VMFIN"}
NEAR_END = 3  # words after a citation up to the sentence's end
NAMING_LEADS = {"nach", "gemäß", "gem.", "laut", "lt."}
SHORT_CITATION = 6  # tokens of a short citation ("Art. 8 Abs. 1 GG" has 5)
SHORT_AFTER_NOUN = 4  # tokens of a "nach" citation read with the noun before it
LAW_WORD = re.compile(r"(gesetz|gesetzes|gesetzbuch|gesetzbuches|ordnung|verordnung|satzung|"
                      r"vertrag|vertrages|richtlinie)$")


# nouns for what a law grants, demands or forbids: the citation after them says which one
# ("Erlaubnis nach § 29 StVO"). After other nouns it mostly belongs to the verb ("wird Ihr
# Bürgergeld gemäß § 32 SGB II um 10 Prozent gemindert": blind review 18 called it worth)
INSTRUMENT = re.compile(
    r"(pflicht|pflichten|recht|rechte|rechts|verbot|verbots|verbote|verbotes|erlaubnis|"
    r"genehmigung|bewilligung|befreiung|ausnahme|ausnahmen|anordnung|abweichung|freibetrag|"
    r"freibetrags|hinweise|hinweisen|belehrung|anspruch|anspruchs|ansprüche)$")


def _names_its_noun(toks: list[Token], first: int, end: int) -> bool:
    """A short citation right after its noun says which duty, right or rule is meant: "die
    Duldungspflicht nach § 22 der Wasserversorgungssatzung", "auf die Mitwirkungspflichten
    nach § 60 SGB I". It is read with the noun, and brackets at the sentence's end would cut
    it off (blind reviews 20-27 called such findings noise or debatable, never worth). A long
    legal basis after a noun ("eine Gebühr gemäß § 32 Rettungsdienstgesetz … in Verbindung mit
    der Gebührensatzung …") still interrupts the sentence."""
    if first == 0 or toks[first].lower_ not in NAMING_LEADS or toks[first - 1].tag_ not in {
            "NN", "NE"}:
        return False
    # "die Messung nach § 15 der 1. BImSchV", "eine Ordnungswidrigkeit nach § 24 SchfHwG":
    # a short "nach" citation after any noun names which one (reviews 18-168: 2 of 107 such
    # findings worth); "gemäß" after a noun mostly goes with the verb (47 of 129 worth)
    short_nach = toks[first].lower_ == "nach" and end - first < SHORT_AFTER_NOUN
    if not short_nach and not INSTRUMENT.search(toks[first - 1].lower_):
        return False
    j = end + 1
    if j < len(toks) and toks[j].lower_ in {"der", "des"}:
        j += 1  # "… nach § 22 der Wasserversorgungssatzung"
        if j < len(toks) and toks[j].tag_ in {"NN", "NE"}:
            j += 1
        if j < len(toks) and toks[j].lower_ in {"über", "zur", "zum", "für"}:
            return False  # a statute's title goes on: "der Satzung über die Erhebung …"
    elif j < len(toks) and LAW_WORD.search(toks[j].lower_):
        j += 1  # "§ 32 Rettungsdienstgesetz Sachsen-Anhalt": the law's name goes on
        while (j < len(toks) and toks[j].tag_ == "NE") or (
                j < len(toks) and "-" in toks[j].text and toks[j].text[:1].isupper()):
            j += 1
    if (j < len(toks) and toks[j].text in {"(", "i. V. m.", "iVm"}) or (
            j + 1 < len(toks) and toks[j].lower_ == "in" and toks[j + 1].lower_ == "verbindung"):
        return False  # the legal basis goes on with a bracket or a second law
    return j - first <= SHORT_CITATION + 2


GOVERNING_ARTICLES = {"des", "der", "den", "dem"}
ANNOUNCEMENT = 8  # words of a sentence that only announces what follows its colon


def _introduces_what_follows(toks: list[Token], end: int) -> bool:
    """A label or announcement: "Hinweis gem. § 555c Abs. 2 BGB: …", "Anhörung gem. § 24
    SGB X hier: …", "Gem. § 27 Abs. 3 GrStG wird bekannt gegeben:". The citation says on what
    basis the next part stands; there is no sentence for it to interrupt."""
    after = [t for t in toks[end + 1:] if not t.is_space]
    if not after:
        return False
    if after[0].text == ":" or (after[0].lower_ == "hier" and len(after) > 1
                                and after[1].text == ":"):
        return True
    return after[-1].text == ":" and sum(t.is_alpha for t in toks) <= ANNOUNCEMENT


AT_START, IN_MIDDLE = "am Satzanfang", "mitten im Satz"
START_ADVICE = ("Beginnen Sie mit dem, was gilt, und setzen Sie die Angabe ans Satzende oder in "
                "Klammern.")
MIDDLE_ADVICE = "Setzen Sie sie ans Satzende oder in Klammern."


# SIM-J007's last sentence: where the law need not be known, the citation can go into brackets
# at the sentence's end; where it stands there already, it may stay (reviews 18-84: 30 noise
# verdicts said "already in brackets at the end, as the message itself recommends")
MOVE_CITATION = "Sonst setzen Sie die Fundstelle in Klammern ans Satzende oder lassen sie weg."
CITATION_MAY_STAY = "Sonst kann die Fundstelle in der Klammer am Satzende so bleiben."


def citation_tip(text: str, start: int, end: int, s_start: int, s_end: int) -> str:
    """The advice for a law's abbreviation at ``start:end`` in the sentence ``s_start:s_end``:
    a bracket that closes the sentence ("… gilt (§ 9 SGB II).") is where it belongs."""
    opening = text.rfind("(", s_start, start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return MOVE_CITATION
    closing = text.find(")", end, s_end + 1)
    if closing < 0 or text[closing + 1: s_end + 1].strip() not in {"", ".", ";", "!", "?", ":"}:
        return MOVE_CITATION
    return CITATION_MAY_STAY


_SUBJECT_LINE = re.compile(r"(?:Betreff|Betr\.|Gegenstand)\s*:", re.I)


def _subject_line(text: str, pos: int) -> bool:
    """The citation stands in a letter's subject line ("Betreff: Anfrage … gemäß § 17 der
    Geschäftsordnung"): a reference, read as one, not a sentence (blind review 32)."""
    start = text.rfind("\n", 0, pos) + 1
    return _SUBJECT_LINE.match(text, start) is not None


def _listed(toks: list[Token], first: int, end: int) -> bool:
    """The citation is one item of a list: a comma, "und", "sowie" or "oder" right before or
    after it, with no lead word ("gemäß") of its own."""
    after = toks[end + 1] if end + 1 < len(toks) else None
    before = toks[first - 1] if first > 0 else None
    joins = {",", "und", "sowie", "oder"}
    return (after is not None and after.lower_ in joins) or (
        before is not None and before.lower_ in joins - {","})


_BASIS_NOUNS = {"rechtsgrundlage", "rechtsgrundlagen", "ermächtigungsgrundlage"}
_BASIS_VERBS = ("beruh", "stützt", "stützen", "gestützt")
_SOURCE_VERBS = ("ergib", "ergeb", "ergab")


def _states_legal_basis(toks: list[Token]) -> bool:
    """The sentence says what a decision rests on or where a rule comes from: "Die
    Kostenentscheidung beruht auf § 80 VwVfG …", "Rechtsgrundlage ist § 58 BauO NRW", "Die
    Zuständigkeit ergibt sich aus § 36 OWiG", "Die Androhung stützt sich auf §§ 19 ff.
    SächsVwVG". The citations are what it says, nothing to move: blind reviews 18-72 judged
    0 of 13 such findings worth the time ("the sentence exists to cite the legal basis")."""
    words = [t.lower_ for t in toks]
    if any(w in _BASIS_NOUNS for w in words):
        return True
    # "ergibt sich aus § 36 OWiG" (findings reviews 1-302: 0 of 13 such findings worth)
    if "aus" in words and "sich" in words and any(w.startswith(_SOURCE_VERBS) for w in words):
        return True
    return "auf" in words and any(w.startswith(_BASIS_VERBS) for w in words)


@check("citation_in_sentence")
def citation_in_sentence(ctx: Context, rule: Rule) -> Iterator[Match]:
    """A § citation inside a sentence instead of at its end or in brackets."""
    for s in ctx.sentences:
        toks = s.tokens
        depths: list[int] | None = None
        tail: list[bool] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.text not in {"§", "§§"} and not (t.text == "Art." and i + 1 < len(toks)
                                                   and toks[i + 1].tag_ == "CARD"):
                i += 1
                continue
            end = _chain_end(toks, _citation_end(toks, i))
            first = i
            if i > 0 and toks[i - 1].lower_ in CITATION_LEAD:
                first = i - 1
            if depths is None:
                depths, tail = bracket_depths(toks), _tail_is_citation(toks)
            # "in § 7a SGB II nachlesen", "ist in § 60 geregelt": the paragraph is the place
            # the sentence speaks of, its content (blind reviews 11 and 12), not a legal basis
            where = first > 0 and toks[first - 1].lower_ == "in" and first == i
            # "eine nach § 4 erlaubnispflichtige Maßnahme": part of an attribute before its
            # noun, read as one; moving it breaks the attribute (blind review 24)
            where = where or (end + 1 < len(toks) and toks[end + 1].tag_ == "ADJA"
                              and first > 0 and toks[first - 1].tag_ in {"ART", "PIAT",
                                                                         "PPOSAT", "PDAT"})
            where = (where or _states_legal_basis(toks) or _names_its_noun(toks, first, end)
                     or _introduces_what_follows(toks, end)
                     or enacting_formula(ctx.text, toks[first].idx)
                     or _subject_line(ctx.text, toks[first].idx)
                     # "sind § 26 KomHVO, die Vergabegrundsätze sowie die UVgO anzuwenden":
                     # a citation without a lead word is what the sentence is about, one of
                     # the things it lists (blind review 32), not a basis to move
                     or (first == i and _listed(toks, first, end))
                     # "im Sinne des § 51 BMG", "die Voraussetzungen des § 12", "nach den §§
                     # 906 und 1004 BGB": the paragraph is a noun phrase of the sentence, with
                     # its article; brackets would break it (reviews 18-151: 6 of 56 worth)
                     or (first == i and i > 0 and toks[i - 1].lower_ in GOVERNING_ARTICLES)
                     # "Der Berücksichtigung steht § 32 Abs. 4 EStG nicht entgegen": after the
                     # finite verb, without a lead word, the paragraph is the subject or object
                     # (findings review 159: "it cannot be moved to the end")
                     or (first == i and i > 0 and toks[i - 1].tag_ in FINITE))
            if (not where and not _citation_in_place(toks, first, end, depths, tail)
                    and len(s.words) > 3 and not _only_verbs_after(toks, end)):
                # the law named in full belongs to the citation: "nach § 28 Abs. 1 des
                # Verwaltungsverfahrensgesetzes" (reviews 208-277: "cuts off the law name")
                full = _named_law_end(toks, end)
                start, stop = span_of(toks[first: full + 1])
                if ctx.protected.in_label(start, stop):
                    i = end + 1
                    continue  # a heading: no sentence to read through ("Anhörung nach § 28")
                # two or three words left to the end ("… nach § 1626a BGB abgeben."): moving
                # the citation gains little, a hint (blind review 20: "Warnung is too high")
                near_end = sum(1 for x in toks[end + 1:] if x.is_alpha) <= NEAR_END
                # at the start it is no interruption: a hint to begin with what applies
                # (blind review 25: "the reference opens the sentence, not mid-sentence")
                opens = not any(x.is_alpha for x in toks[:first]) or _list_mark(toks[:first])
                # a short citation ("nach Art. 8 Abs. 1 GG", "§ 3 StrWG NRW") barely stops the
                # reader: findings reviews 150-234 judged 22 % of such warnings worth the time
                # against 34 % with seven words or more ("a short citation … barely disturbs").
                # (Counting the law's full name in too moved 49 judged findings of reviews
                # 200-294 to warnings, only 16 of them worth: the count stays as it was)
                short = end + 1 - i <= SHORT_CITATION
                yield Match(start, stop, {"citation": ctx.text[start:stop],
                                          "where": AT_START if opens else IN_MIDDLE,
                                          "advice": START_ADVICE if opens else MIDDLE_ADVICE},
                            sentence=s.index, softer=near_end or opens or short)
            i = end + 1
