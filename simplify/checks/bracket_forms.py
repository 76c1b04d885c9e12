"""Bracket forms: "Person(en)", "Kind(er)", "Ehegatte(in)". A reader has to build two words
from one; forms say it once, in the plural or with both words written out.

Found on the tokens: a word glued to "(", a short lowercase ending, ")" (the tokenizer splits
"Person(en)" into four tokens without spaces). No list: the ending is what counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..forms import is_real_form, noun
from ..rules import Rule
from .base import Context, Match, check, replace_suggestion

# endings in brackets that stand for a plural; "(in)", "(innen)" stand for a second gender
PLURAL_ENDINGS = {"e", "en", "er", "n", "s", "nen"}
GENDER_ENDINGS = {"in", "innen", "r"}
MAX_ENDING = 6
VERBS = {"VVFIN", "VAFIN", "VMFIN"}
ONE_SIGNER = ("Schreiben Sie die Erklärung für eine Person („Ich versichere …“) und lassen Sie "
              "jede Person unterschreiben.")


@check("bracket_forms")
def bracket_forms(ctx: Context, rule: Rule) -> Iterator[Match]:
    for s in ctx.sentences:
        toks = s.tokens
        for i in range(len(toks) - 3):
            word, opening, ending, closing = toks[i: i + 4]
            if (opening.text != "(" or closing.text != ")" or word.whitespace_
                    or opening.whitespace_ or ending.whitespace_):
                continue
            if not (word.is_alpha and ending.is_alpha and ending.text.islower()
                    and len(ending.text) <= MAX_ENDING):
                continue
            start, end = word.idx, closing.idx + 1
            if _line_has(_BLANK, ctx.text, start) or (
                    word.tag_ not in VERBS and ending.text in PLURAL_ENDINGS
                    and (ctx.protected.in_label(start, end)
                         or _opens_short_line(ctx.text, start))):
                # "Vorname(n): ____", "Staatsangehörigkeit(en)": a form's label says "one or
                # more" in the fewest words; reviews 18-74 judged 0 of 6 such findings worth
                # the time ("a normal form convention"); so does a label without a blank
                # ("Vorname(n):", reviews 62-78: 0 of 3, "a universal form convention")
                continue
            suffix = ending.text
            sugg = []
            if word.tag_ in VERBS:
                # "Ich/Wir versichere(n)": the plural alone does not fit "Ich" (reviews 18-74:
                # 0 of 8 worth, "plural only is wrong for single applicants")
                yield Match(start, end, {"form": ctx.text[start:end], "advice": ONE_SIGNER},
                            sentence=s.index, softer=True)
                continue
            if suffix in PLURAL_ENDINGS:
                plural = word.text + suffix
                kind = "die Mehrzahl"
                if _case_ending(word.text, plural):
                    # "des Antragsteller(s)": the bracket holds a genitive ending, no plural;
                    # "Mehrzahl („Antragstellers“)" was wrong advice (findings review 48)
                    kind = f"das Wort ganz („{plural}“)"
                elif is_real_form(plural):
                    # "weitere Person(en)" -> "weitere Personen": the plural covers "one or
                    # more" in most forms, but a person decides whether one must stay possible
                    sugg.append(replace_suggestion(start, end, plural, f"Mehrzahl: „{plural}“",
                                                   "review"))
                    kind = f"die Mehrzahl („{plural}“)"
            elif suffix in GENDER_ENDINGS:
                kind = "beide Formen ganz („… oder …“) oder ein neutrales Wort"
            else:
                continue
            yield Match(start, end, {"form": ctx.text[start:end], "advice": f"Schreiben Sie "
                                     f"{kind}."}, suggestions=sugg, sentence=s.index)


def _case_ending(word: str, longer: str) -> bool:
    """``longer`` is a known form of the noun ``word``, but no plural: "Antragsteller(s)"."""
    if not word[:1].isupper():
        return False
    found = noun(word)
    readings = found.analyses(longer) if found is not None else set()
    return bool(readings) and all(number != "plural" for _, number in readings)


# a slash between two words ("Ehegatte/Ehegattin", "Verein/ einer Organisation"), not in
# dates, numbers, paths or "und/oder"-free spans of codes
_SLASH = re.compile(r"(?<=[^\W\d_])[ ]?/[ ]?(?=[^\W\d_])")
# a unit, no pair of words: "28 km/h", "EUR/fm", "mg/l" (findings review 78)
# (and measured concentrations: "38 µg/l", "0,5 mmol/l", "120 Bq/kg"; findings review 112)
_UNIT_SLASH = re.compile(r"(?<![^\W\d_])(?:km|cm|mm|m|kg|mg|µg|ng|g|ml|µl|l|EUR|t|kW|kWh|MWh|"
                         r"mmol|mol|Bq)[ ]?/[ ]?"
                         r"(?:h|s|min|m²|m³|l|kg|ha|fm|a|Jahr|Tag|Std|d|L)(?![^\W\d_])")
# a gender ending after the slash, no second word: "Architekt/in", "Bedienstete/r",
# "Eigentümer/innen" (reviews 18-129: 0 of 4 such findings worth, "gender slashes with an
# obvious meaning; no reading ambiguity")
_GENDER_SLASH = re.compile(r"/-?(?:in|innen|r|e|n|en|er)(?![^\W\d_])")
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.-]*$")
WORD_WINDOW = 80  # characters around the slashes in which the words are looked for
# the word after the last slash, with the noun it leads to ("eingetragene Lebenspartnerin")
_WORD_AFTER = re.compile(r"^(?:[a-zäöüß][\w.-]*[ ]){0,2}[\w.-]*[^\W\d_]")


@check("slash_chain")
def slash_chain(ctx: Context, rule: Rule) -> Iterator[Match]:
    """Several words joined by slashes in one sentence: "Ihr Ehegatte/eingetragener
    Lebenspartner bzw. Ihre Ehegattin/eingetragene Lebenspartnerin". Each slash asks the
    reader to build two readings; several in a row make the sentence hard to follow."""
    least = int(rule.params.get("min_slashes", 2))
    for s in ctx.sentences:
        text = ctx.text[s.start:s.end]
        if text.count("/") < least:
            continue  # fewer slashes than asked for (most sentences have none)
        slashes = [m for m in _SLASH.finditer(text)
                   if not (text[max(0, m.start() - 3): m.start()] == "und"
                           and text[m.end(): m.end() + 4] == "oder")
                   and not _in_field(ctx, text, s.start, m.start())
                   and not _GENDER_SLASH.match(text, m.start())
                   and not _UNIT_SLASH.search(text, max(0, m.start() - 4), m.end() + 4)]
        if len(slashes) < least:
            continue
        # the word before the first slash, searched in a bounded window (a search over the
        # whole sentence would try every start position: quadratic on endless words)
        lo = max(0, slashes[0].start() - WORD_WINDOW)
        before = _WORD_BEFORE.search(text, lo, slashes[0].start())
        after = _WORD_AFTER.search(text[slashes[-1].end(): slashes[-1].end() + WORD_WINDOW])
        start = s.start + (before.start() if before else slashes[0].start())
        end = s.start + slashes[-1].end() + (after.end() if after else 0)
        yield Match(start, end, {"count": len(slashes)}, sentence=s.index)


# a line that is a form's field: a check box, a blank to fill in, or a label before a colon
_FIELD_LINE = re.compile(r"\[[ xX]?\]|[☐☒□■]|_{3,}|\.{5,}|:[ \t]*$")


_BLANK = re.compile(r"_{3,}|\.{5,}")  # a blank to fill in: the line is a field's label
LABEL_CHARS = 60  # a form's label line: "Vorname(n) (alle, Rufname unterstreichen)"


def _opens_short_line(text: str, pos: int) -> bool:
    """The form opens a short line that is no sentence: a field's label in a form extracted
    from a PDF ("Vorname(n)", "Name(n) in Druckbuchstaben")."""
    start, line = _line_at(text, pos)
    line = line.strip()
    return (not text[start:pos].strip() and len(line) <= LABEL_CHARS
            and not line.endswith((".", "!", "?")))


def _line_at(text: str, pos: int) -> tuple[int, str]:
    """Where the line of ``text`` at ``pos`` starts, and the line itself."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, text[start: end if end >= 0 else None]


def _line_has(pattern: re.Pattern[str], text: str, pos: int) -> bool:
    """The line of ``text`` at ``pos`` holds ``pattern``."""
    return pattern.search(_line_at(text, pos)[1]) is not None


def _in_field(ctx: Context, text: str, offset: int, pos: int) -> bool:
    """The slash stands in a form's label or field line ("Telefon / E-Mail: ____", "[ ] Baukran /
    Autokran"), where it plainly means "or": reviews 18-64 judged 0 of 15 such findings worth
    a clerk's time, 12 noise ("checkbox labels whose slashes are plainly 'or'")."""
    return ctx.protected.in_label(offset + pos, offset + pos + 1) or _line_has(
        _FIELD_LINE, text, pos)
