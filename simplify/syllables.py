"""German syllable counting by vowel nuclei.

The counter works on spelling, not on a dictionary: every vowel group is one
syllable nucleus, where the German digraphs (``ie ei ai au eu äu ey ay oy aa ee
oo ou``) count as one nucleus. On top of that, a small set of rules splits
digraphs that are in fact two syllables (hiatus: ``Fa-mi-li-e``, ``Mu-se-um``,
``I-de-en``, ``be-ur-tei-len``), and a few English loanwords common in
administrative text (``online``, ``Service``, ``Update``) get fixed counts.

Why the exceptions live in code and not in a data file: they are mostly
*patterns* (regular expressions over word parts such as ``famil+ie`` or
``ien`` + consonant) that are part of the algorithm, not a word list; they are
small (a few dozen entries), must change together with the rules that use them,
and keeping them here needs no package-data handling. The hand-made word list in
``tests/data/syllables.tsv`` is used only to *measure* the counter, never read by
it, so its accuracy figure is not inflated by lookup.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["count_syllables"]

VOWELS = frozenset("aeiouyäöüáàâéèêëíìîïóòôúùûœæ")

# Two-letter spellings that form a single nucleus.
NUCLEI = frozenset({"ie", "ei", "ai", "au", "eu", "äu", "ey", "ay", "oy", "aa", "ee", "oo", "ou"})

# English loanwords frequent in administrative German whose silent "e" or
# digraphs ("ea", "oa") the vowel-group rule gets wrong. Matched as substrings
# of a lower-cased word part, longest first; value = syllables of the piece.
ENGLISH_PIECES: dict[str, int] = {
    "homeoffice": 3,
    "smartphone": 2,
    "management": 3,
    "newsletter": 3,
    "countdown": 2,
    "homepage": 2,
    "software": 2,
    "hardware": 2,
    "learning": 2,
    "deadline": 2,
    "download": 2,
    "coaching": 2,
    "timeline": 2,
    "website": 2,
    "offline": 2,
    "service": 2,
    "hotline": 2,
    "account": 2,
    "feature": 2,
    "leasing": 2,
    "headset": 2,
    "online": 2,
    "office": 2,
    "update": 2,
    "upload": 2,
    "stream": 1,
    "image": 2,
    "coach": 1,
    "code": 1,
    "team": 1,
    "teen": 1,
}
_ENGLISH_RE = re.compile("|".join(sorted(ENGLISH_PIECES, key=len, reverse=True)))

# Unstressed Latin "-ie" (Fa-mi-li-e, Li-ni-e, Stu-di-e): "ie" is two syllables
# after these stems when followed by word end or "n" (plural, compounds such as
# "Familienname"). Stressed "-ie" (Ener-gie, Theo-rie, Ko-pie) is the default.
_IE_HIATUS_STEMS = (
    "famil|lin|stud|ser|akt|präm|mater|komöd|tragöd|lil|fol|petersil|reptil|utensil"
    "|geran|kastan|petun|begon|histor|glor|bakter|akaz|graz|hyg|spez|ital"
)

# (pattern, replacement) pairs; "|" marks a syllable break inside a digraph.
_HIATUS_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        # Familie, Linien, Richtlinie, Aktiengesellschaft, Hygiene, Spezies.
        (rf"((?:{_IE_HIATUS_STEMS})i)(?=e(?:n|s?$))", r"\1|"),
        (r"^(ar|best|host)i(?=en?$)", r"\1i|"),
        # French "-iere": Kar-ri-e-re, Bar-ri-e-re(frei), Pre-mi-e-re.
        (r"((?:karr|barr|prem|port|vol)i)(?=ere)", r"\1|"),
        # "-iell": fi-nan-zi-ell, of-fi-zi-ell, ma-te-ri-ell.
        (r"(?<!v)i(?=ell)", "i|"),
        # Museum, Lyzeum, Kolosseum, Jubiläum (+ "Museumsdorf").
        (r"(?<=[lsz])e(?=ums?$|ums[^aeiouäöüy])", "e|"),
        (r"(?<=l)ä(?=ums?$|ums[^aeiouäöüy])", "ä|"),
        # Kli-ent, Kli-en-tel ("ie" is the first nucleus, so the "ien" rule skips it).
        (r"(?<=kl)i(?=ent)", "i|"),
        # Ideen, Seen, Alleen, beenden, Beendigung (but Seenot, Kaffeenachmittag).
        (r"e(?=en(?:[^aeiouäöüy]|$))", "e|"),
        # geehrt, beerdigen, beehren (but Beere, Beet).
        (r"(?:^|(?<=un))([bg])e(?=e(?:h|r[^aeiouäöüy]))", r"\1e|"),
        # be-ur-tei-len, be-ur-kun-den, be-ur-lau-ben, be-un-ru-hi-gen, ge-ur-teilt.
        (r"([bg])e(?=u(?:rt|rk|rl|nr))", r"\1e|"),
        # be-in-hal-ten, ge-impft, ge-irrt.
        (r"be(?=inhalt)", "be|"),
        (r"ge(?=i(?:mpf|rr))", "ge|"),
        # Ko-o-pe-ra-ti-on, ko-or-di-nie-ren, Mi-kro-or-ga-nis-mus, Zo-o-lo-gie.
        (r"o(?=o(?:p|r[^aeiouäöüy]|log))", "o|"),
        # Au-to-un-fall, Kon-to-um-stel-lung: "ou" before n/m + consonant.
        (r"o(?=u[nm][^aeiouäöüy])", "o|"),
        # na-iv, Mo-sa-ik, Kof-fe-in, Pro-te-in, A-the-ist, Hi-e-rar-chie.
        (r"(?<=n)a(?=iv)", "a|"),
        (r"(?<=mos)a(?=ik)", "a|"),
        (r"(?<=koff|prot)e(?=i)", "e|"),
        (r"(?<=ath)e(?=is)", "e|"),
        (r"^hi(?=erarch)", "hi|"),
        # Mi-lieu: "ieu" as one nucleus here (In-ge-ni-eur keeps i + eu).
        (r"lieu", "ljö"),
    )
)


# Any of the hiatus rules, in one expression: most words match none, and a string no rule
# matches is left unchanged by all of them (each substitution needs a match), so one search
# decides whether the rules run at all.
_ANY_HIATUS = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _HIATUS_RULES))
_IEN = re.compile(r"ie(?=n(?:[^aeiouäöüy|]|$))")
_INITIAL_Y = re.compile(r"^y(?=[aeiouäöü])")
_FINAL_EAU = re.compile(r"eau(?=[sx]?$)")


def _ien_hiatus(part: str) -> str:
    """Split "ie" before "n" + consonant/end (Fe-ri-en, Pa-ti-ent, Stu-di-en-platz).

    Kept as one nucleus when "ie" is the word's first nucleus (Dienst, Wien), after
    "sch" (erschien) and in "dien" + "st"/"t" (Gottesdienst, verdient).
    """
    out: list[str] = []
    last = 0
    for m in _IEN.finditer(part):
        start = m.start()
        before = part[:start]
        after = part[m.end() :]
        if not any(ch in VOWELS for ch in before):
            continue
        if before.endswith("sch"):
            continue
        if before.endswith("d") and (after.startswith("nst") or after.startswith("nt")):
            continue
        out.append(part[last:start])
        out.append("i|e")
        last = m.end()
    out.append(part[last:])
    return "".join(out)


def _count_nuclei(part: str) -> int:
    """Count vowel nuclei in a prepared lower-case string ("|" breaks digraphs)."""
    count = 0
    i = 0
    n = len(part)
    while i < n:
        if part[i] in VOWELS:
            count += 1
            i += 2 if part[i : i + 2] in NUCLEI else 1
        else:
            i += 1
    return count


def _count_acronym(letters: str) -> int | None:
    """Syllables of an abbreviation read letter by letter, or None if not one.

    Tokens without any vowel (Kfz, GmbH, BGB) are spelled. All-caps tokens are
    spelled when short (EU, AG) or when they hold a consonant cluster (ÖPNV,
    DSGVO); otherwise they are read as a word (NATO, IBAN, TÜV).
    """
    lower = letters.lower()
    if not any(ch in VOWELS for ch in lower):
        return len(letters)
    spelled = len(letters) <= 2 or re.search(r"[^aeiouyäöü]{2}", lower) is not None
    if len(letters) >= 2 and letters.isupper() and spelled:
        return len(letters)
    return None


def _count_part(part: str) -> int:
    """Count syllables of one hyphen-free word part (letters only)."""
    acronym = _count_acronym(part)
    if acronym is not None:
        return acronym
    s = part.lower()
    # Consonantal letters: "qu" (Quelle) and initial "y" + vowel (Yoga, Yacht).
    s = s.replace("qu", "qw")
    s = _INITIAL_Y.sub("j", s)
    # French "-eau(s/x)" at the end is one nucleus (Niveau, Plateau).
    s = _FINAL_EAU.sub("o", s)
    s = s.replace("toilett", "tolett")
    english = 0
    for m in _ENGLISH_RE.finditer(s):
        english += ENGLISH_PIECES[m.group(0)]
    if english:
        s = _ENGLISH_RE.sub("|", s)
    if _ANY_HIATUS.search(s):
        for pattern, repl in _HIATUS_RULES:
            s = pattern.sub(repl, s)
    s = _ien_hiatus(s)
    return max(1, english + _count_nuclei(s))


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Return the number of syllables of a German word.

    Hyphenated and slash/gender-star compounds are counted per part and summed
    (``E-Mail`` = 2, ``Bürger*innen`` = 4). Tokens without letters (numbers,
    symbols) give 0; any part with a letter counts at least 1.
    """
    total = 0
    for raw in re.split(r"[-‐‑–—/*:_·]+", word):
        letters = "".join(ch for ch in raw if ch.isalpha())
        if letters:
            total += _count_part(letters)
    return total
