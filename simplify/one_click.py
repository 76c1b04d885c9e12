"""Which verified edits stay one-click. The verifier (``verify.py``) checks each edit on its own;
some are right in form and meaning but still need a person, because of where they are:

* in the law's words: a paragraph of an enacted rule ("(2) Der Steuersatz beträgt 20 v. H."),
  or a sentence that ends with its legal basis ("… (§ 5 Abs. 1 JuSchG).");
* a word the same sentence uses again, also inside another word: swapping one "Anschrift"
  for "Adresse" and leaving the other, or "zu entrichten" → "zu zahlen" beside "bei
  Nichtentrichtung", makes two words for one thing, which reads as two things;
* one word of an English name of several words: "Facility Reports" is no "Facility
  Berichtes" (safety review 16);
* a rewrite that makes the reader the actor ("Legen Sie … vor") in a text that never speaks
  to its reader: guidance in the third person may be meant for someone else (the agency
  that sends a form on; safety review 16), or right after a sentence that has another party
  act ("… durch eine/n Sachverständige/n prüfen zu lassen. Der Prüfbericht ist … vorzulegen":
  the law has the expert send it; safety review 34);
* a one-word swap to a word the sentence has already: "sofern" → "wenn" beside a "wenn"
  (safety review 17);
* a phrase of degree turned into a word that can also single out what follows: "sich in
  besonderem Maße über 20 Jahre verdient gemacht" → "sich besonders über 20 Jahre …" now
  reads "above all over 20 years" (safety review 24); so can a degree before the participle
  of a "werden" passive: "wird in besonderem Maße gestellt" -> "besonders gestellt" (32).
* a rewrite that makes "Sie" the actor in a letter to a guardian or another representative:
  their "Sie" is not the person concerned, whose right to object the rewrite would drop
  (safety review 29, ``audience.for_someone_else``), nor is the chair of a club a letter
  goes to "z. Hd." (the appeal notice; 223); and one member of a paired form, "die
  Ehegattin oder der Ehegatte" (the shared stem counts as a repeated word).
* an adverb for a prepositional phrase right after a noun of action: "die Beendigung der
  Beauftragung mit sofortiger Wirkung" → "… ab sofort" no longer belongs to the noun (167);
* a rewrite that makes the reader the actor in a sentence that gives a reason ("Eine Sperre
  kann nämlich jederzeit neu eingetragen werden": by someone else; safety review 169);
* a swap of a word whose plural ending stands in brackets ("Website(s)", 170) or that plural
  numbers follow ("Flst. Nrn. 118 und 118/1", 173), and a pay order among joint debtors
  ("Gesamtschuldner": the sum is owed once by all; 64, 85).

Each class was found by a blind safety review on fresh texts; the edits stay, for review.
"""

from __future__ import annotations

import re
from collections import Counter

from .appeal_parties import right_shared
from .audience import BLANK_LINE, to_business
from .checks import SentenceView
from .checks.legal_wording import (
    OPENS_WITH_LAW,
    cited_list_item,
    cites_its_law,
    enacted_rule,
    in_appeal_notice,
)
from .checks.named_actor import other_actor_before
from .checks.order_items import in_conditions, in_draft_order, in_facts, in_operative_part
from .checks.term_names import named_in_text
from .forms import zipf
from .report import Finding
from .swap_grammar import leaves_its_noun, noun_complement_after


def hold_for_review(text: str, sentences: list[SentenceView], findings: list[Finding],
                    reader_acts: bool = True) -> None:
    """Mark the safe suggestions of ``findings`` that need a person as ``review`` (in place).
    ``reader_acts``: whether the text makes its reader the one who acts (``audience.py``)."""
    twice = Counter((f.sentence, f.rule, f.term) for f in findings if f.term)
    shared_right = right_shared(text)  # the right to object is not the addressee's alone
    to_firm = to_business(text)
    read: dict[int, tuple[bool, str]] = {}  # per sentence: cites its law, its folded text
    for f in findings:
        safe = [c for c in f.suggestions if c.safe]
        if not safe:
            continue
        held = bool(f.term) and twice[(f.sentence, f.rule, f.term)] > 1
        if f.sentence is not None and not held:
            if f.sentence not in read:
                s = sentences[f.sentence]
                words = text[s.start:s.end]
                read[f.sentence] = (cites_its_law(words) or _in_declaration(text, sentences, s)
                                    or _DEFINES.search(words) is not None, words.casefold())
            cited, folded = read[f.sentence]
            stem = _stem(f.term) if f.term else None
            held = cited or (stem is not None and folded.count(stem) > 1)
        held = held or (bool(f.term) and (_in_english_name(text, f.start, f.end)
                                          or _slash_pair(text, f.start, f.end)
                                          or _BRACKET_ENDING.match(text, f.end) is not None
                                          or _PLURAL_AFTER.match(text, f.end) is not None
                                          or _bare_after_durch(text, f.start, f.end, f.term)
                                          or named_in_text(text, f.term)))
        folded = read[f.sentence][1] if f.sentence in read else ""
        for c in safe:
            makes_act = _makes_reader_act(text, c.start, c.end, c.replacement)
            if makes_act and _PAYS.search(c.replacement) and (
                    _DEBITED.search(text) or _JOINT.search(text)
                    or _TO_READER.search(text, c.start, c.end)):
                c.safety = "review"  # "Zahlen Sie …" where the office debits the account:
                continue  # the reader might pay twice (safety review 96)
            if makes_act and _heading_line(text, c.start, c.end):
                c.safety = "review"  # "Grund 2: Das Geld muss … verwendet werden": a heading
                continue  # states the rule; "Sie müssen …" made it an order (safety review 137)
            if c.replacement in {"genauso", "ebenso"} and _DISTRIBUTED.search(
                    text, sentences[f.sentence].start if f.sentence is not None else 0,
                    c.start):
                c.safety = "review"  # "gilt für alle Familien gleichermaßen": equal for each,
                continue  # "genauso" compares with nothing (safety reviews 76, 94, 179)
            if c.replacement.casefold() == "vor allem" and (_CONDITION.search(
                    text, max(0, text.rfind(",", 0, c.start), c.start - 120), c.start)
                    or _NEGATION.match(text, c.end) or in_operative_part(text, c.start)):
                # "wenn es insbesondere den Tatbestand … erfüllt": in a condition "vor allem"
                # reads "mainly" (safety review 219); "handelt es sich insbesondere nicht um
                # …" became "vor allem nicht", read as "mainly not" (safety review 228)
                c.safety = "review"
                continue
            if c.replacement == "ab sofort" and _MODAL_BEFORE.search(
                    text, max(0, text.rfind(".", 0, c.start), c.start - 120), c.start):
                c.safety = "review"  # "kann … mit sofortiger Wirkung ausgerufen werden": "ab
                continue  # sofort" reads as when it may be declared (safety review 248)
            if c.replacement.startswith("am Ende") and (_DECLARED.match(text, c.end) or not (
                    _A_DAY.match(text, c.end))):
                # "den Verzicht … mit Ablauf des 31.03. erklärt": the date is the waiver's (review
                # 170); "mit Ablauf des Kalenderjahres": the deadline's exact moment, which "am
                # Ende des Jahres" blurs into "late in the year" (safety review 203); a day stays
                c.safety = "review"
                continue
            if c.replacement == "Dagegen" and not _AGAINST.match(text, c.end):
                c.safety = "review"  # at a sentence's start "Dagegen" reads "by contrast":
                continue  # "Hiergegen ist ein EA keine zulässige Sicherung" (review 318)
            if c.replacement == "so" and _RELATIVE_AFTER.match(text, c.end):
                c.safety = "review"  # "in der Weise, die Sie sich gewünscht hatten": "so, die"
                continue  # needs "wie" (safety review 238)
            if c.replacement.casefold().startswith("adresse") and "mail" in folded:
                c.safety = "review"  # beside an e-mail, "Adresse" reads as the e-mail address
                continue  # ("Name und Adresse" of an objection by e-mail; safety review 96)
            if makes_act and _REST.search(c.replacement):
                c.safety = "review"  # "müssen Sie eine Freizeit von 14 Stunden einhalten":
                continue  # the rest is the worker's, the reader only grants it (review 225)
            if makes_act and to_firm and in_operative_part(text, c.start):
                c.safety = "review"  # the firm owes it, not the manager the letter greets:
                continue  # "Zahlen Sie …" in a notice to a UG (safety review 319)
            if makes_act and shared_right and in_appeal_notice(text, c.start):
                c.safety = "review"  # the body's right, not its chair's (safety review 223)
                continue
            if held or enacted_rule(text, c.start) or cited_list_item(text, c.start) or \
                    _in_law_paraphrase(
                    text, sentences, f.sentence, c.end - 1) or (makes_act and (
                    not reader_acts or other_actor_before(sentences, f.sentence)
                    or _REASON.search(folded) is not None
                    or in_draft_order(text, c.start) or in_conditions(text, c.start)
                    or in_facts(text, c.start))) or (
                    f.term and _said_already(folded, c.replacement)) or _focus_shift(
                    text, c.start, c.end, c.replacement) or leaves_its_noun(
                    text, c.start, c.end, c.replacement) or noun_complement_after(
                    text, c.end, c.replacement):
                c.safety = "review"


# a remedy or an objection right after "Dagegen": "against it", not "by contrast"
_AGAINST = re.compile(r"[^.;:!?\n]{0,80}\b(?:Widerspruch|Klage|Einspruch|Beschwerde|Rechtsmittel|"
                      r"wehren|vorgehen|klagen|widersprechen)", re.I)


# a quantifier that spreads the phrase over each of a group ("für alle Nutzer", "auf
# sämtliche Bewerbungen", "eine Vielzahl von Familien")
_DISTRIBUTED = re.compile(r"\b(?:alle|allen|aller|sämtliche|sämtlichen|jede|jeden|jedem|jeder|"
                         r"beide|beiden|vielzahl)\b", re.I)


# a date, then a verb of declaring or finding that closes the clause: the date belongs to
# the noun before it ("der Wegfall der Rente mit Ablauf des 30.06. festgestellt")
_A_DAY = re.compile(r"\s*\d")
_DECLARED = re.compile(r"(?:[^,;:.\n]|\.(?=\d)){0,40}?\s(?:erklärt|festgestellt|mitgeteilt|"
                       r"beantragt|angezeigt|bestätigt|angekündigt|zugesagt)\b")


# no order to the reader: a reason ("Eine Sperre kann nämlich … eingetragen werden", by anyone;
# safety review 169), a remedy's form ("Der Einspruch ist … einzulegen": if you object; 192)
# (also after what it is against: "Gegen Bescheide des Jobcenters ist der Widerspruch beim
# Jobcenter einzulegen" became "müssen Sie den Widerspruch … einlegen", safety review 229)
_REASON = re.compile(r"\bnämlich\b|(?:^\W*|\b(?:ist|sind)\s+)(?:der|die|ein|eine)\s+(?:widerspruch|"
                     r"einspruch|klage|beschwerde|berufung|revision|rechtsbehelf|rechtsmittel)\b"
                     # or when to apply: "Auf Antrag kann … gestundet werden. Der Antrag ist vor
                     # … zu stellen" ("Stellen Sie den Antrag" ordered the reader's choice; 278)
                     r"|^\W*(?:der|ein|dieser)\s+antrag\b[^.;:]*\bzu\s+stellen\b")


# a negation in the next few words of the clause: "insbesondere nicht", "Insbesondere beruht
# die Verarbeitung nicht auf …, sondern …" ("vor allem" read "mainly not"; reviews 228, 230),
# or "only" ("insbesondere nur erteilt werden, wenn": "vor allem nur" softened a strict rule; 255)
_NEGATION = re.compile(r"(?:\s+[^\s,.;:]+){0,4}?\s+(?:nicht|kein|keine|keinen|keinem|keiner|keines|"
                       r"nie|niemals|nur|ausschließlich|lediglich)\b")


# words that can single out the phrase after them ("besonders über 20 Jahre", "nur für Sie")
FOCUS_WORDS = {"besonders", "vor allem", "gerade", "nur", "allein", "sogar", "auch",
               "hauptsächlich", "vorwiegend", "insbesondere", "ausschließlich", "vor allen dingen"}
_PHRASE_AFTER = re.compile(r"\s*(?:\d|(?-i:[A-ZÄÖÜ])|(?:über|unter|für|von|vom|bei|beim|mit|"
                           r"nach|in|im|an|am|auf|aus|durch|seit|bis|zu|zum|zur|während|wegen|der|die|das|den|"
                           r"dem|des|ein|eine|einen|einem|einer|eines)\b)", re.I)


def _bare_after_durch(text: str, start: int, end: int, term: str) -> bool:
    """"durch Lichtbild": legal shorthand; "durch Foto" needs "ein" (safety review 301)."""
    return text[start:start + 1].isupper() and text[start:end].casefold() == term.casefold() \
        and text[max(0, start - 7):start].rstrip().endswith("durch")


def _same_paragraph(text: str, first: SentenceView, second: SentenceView) -> bool:
    return BLANK_LINE.search(text, first.end, second.start) is None


def _in_law_paraphrase(text: str, sentences: list[SentenceView], index: int | None,
                       pos: int) -> bool:
    """``pos`` (an edit's last character: a rewrite of the whole sentence reaches past it)
    lies after the legal basis of a sentence that opens with it, or in the sentence
    after such a one in the same paragraph: "Gemäß § 45 Abs. 6 StVO haben Bauunternehmer …
    Sie haben diese Anordnungen zu befolgen und Lichtzeichenanlagen zu bedienen." gives the
    law's words ("Ampeln" for them changed the statute's wording; safety review 40). The
    opener itself ("Gemäß" -> "Nach") is the writer's."""
    if index is None:
        return False
    s = sentences[index]
    m = OPENS_WITH_LAW.match(text, s.start)
    if m is not None:
        return pos >= m.end() - 1
    if index == 0:
        return False
    before = sentences[index - 1]
    if not _same_paragraph(text, before, s):
        return False
    # "Rechtsgrundlage ist § 12 Abs. 1 LHundG NRW. Danach kann die Behörde …": the law's
    # words (safety review 91: "vor allem" for its "insbesondere" misquoted it)
    return OPENS_WITH_LAW.match(text, before.start) is not None or (
        _SAYS_IT.match(text, s.start) is not None and "§" in text[before.start:before.end])


_SAYS_IT = re.compile(r"\s*(?:Danach|Hiernach|Demnach|Dort heißt es)\b")


# a legal definition: "Lebensmittel im Sinne dieser Vorschrift sind insbesondere: …" sets the
# scope of a term; "vor allem" for its "insbesondere" changed it (safety review 42)
_DEFINES = re.compile(r"\bim Sinne (?:dieser|dieses|des|der|von)\b")


# the signer speaks: "Ich bekenne mich …", "Mir ist bekannt, dass …"
_SIGNER = {"ich", "mir", "mich"}


def _in_declaration(text: str, sentences: list[SentenceView], s: SentenceView) -> bool:
    """The sentence is a declaration, or follows one in its paragraph: "Ich/Wir verpflichte(n)
    mich/uns, … Die Stilllegung der Anlage ist anzuzeigen." is part of what the applicant
    signs; "Zeigen Sie … an" took it out of the declaration (safety review 43). Or it comes
    next: "… soll der Betrag an den Gläubiger gezahlt werden. Ich bin damit einverstanden"
    ("sollen Sie den Betrag … zahlen": the applicant paid what the office pays; review 245)."""
    k = s.index
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    if nxt is not None and _same_paragraph(text, s, nxt) and _declaration(nxt):
        return True
    for _ in range(DECLARATION_REACH):
        if _declaration(sentences[k]):
            return True
        if k == 0 or not _same_paragraph(text, sentences[k - 1], sentences[k]):
            return False
        k -= 1
    return False


DECLARATION_REACH = 4  # sentences back to the declaration's first one


def _declaration(s: SentenceView) -> bool:
    """A sentence in the first person singular: a declaration the reader signs, often in the
    words of a law (safety review 26: the Loyalitätserklärung of § 10 StAG had "insbesondere"
    turned into "vor allem"); its wording is a person's decision."""
    return any(t.lower_ in _SIGNER and t.tag_ in {"PPER", "PRF"} for t in s.tokens)


def _focus_shift(text: str, start: int, end: int, replacement: str) -> bool:
    """The swap brings in a focus word where the original had none, right before a phrase it
    could single out."""
    new = replacement.casefold()
    if new not in FOCUS_WORDS or text[start:end].casefold() in FOCUS_WORDS:
        return False
    if _PHRASE_AFTER.match(text, end) is not None:
        return True
    # before the participle of a "werden" passive the degree turns into a manner: "wird …
    # in besonderem Maße gestellt" -> "besonders gestellt" reads "gesondert" (safety review
    # 32); "sind in besonderem Maße gefährdet" (a state) stays one-click
    sentence = text[max(text.rfind(".", 0, start), start - 200, 0):start]
    return _PARTICIPLE_END.match(text, end) is not None and _WERDEN.search(sentence) is not None


# the time off a law gives workers or children: whoever "keeps" it is not the one who rests
_REST = re.compile(r"(?=.*\b(?:ein)?halten\b|.*\bgewähren\b)"
                   r".*(?:ruhezeit|ruhepause|pause|freizeit|urlaub|nachtruhe)", re.I | re.S)
# a relative clause on "Weise" after the rest of the clause: "in der Weise erlebt haben, die …"
_RELATIVE_AFTER = re.compile(r"[^,.;:!?\n]{0,80},\s*(?:die|welche)\s")
_CONDITION = re.compile(r"\b(?:wenn|falls|sofern|soweit)\s+(?:[^\s,;:]+\s+){0,3}$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:kann|können|darf|dürfen|soll|sollen)\b[^,;:]*$", re.I)
_PARTICIPLE_END = re.compile(r"\s+[a-zäöüß]+(?:t|en)\s*(?:[.,;:!?)]|$)")
_WERDEN = re.compile(r"\b(?:wird|werden|wurde|wurden)\b", re.I)


_WORD_BEFORE = re.compile(r"([A-Z][a-z]{2,})[ \t-]+$")
_WORD_AFTER = re.compile(r"^[ \t-]+([A-Z][a-z]{2,})")
ENGLISH_MARGIN = 1.0  # Zipf: a word this much more frequent in English than in German


# "EU/EWR": two short names joined by a slash, each in the case the other leaves open
_SLASHED = re.compile(r"[A-ZÄÖÜ]{2,}")


# an ending in brackets belongs to the word's own plural: "Website(s)" became
# "Internetseite(s)" (safety review 170); the new word needs its own ending
_BRACKET_ENDING = re.compile(r"\((?:s|n|en|e|es|er|nen|innen)\)")
# numbers in the plural after it: "Flst. Nrn. 118 und 118/1" are "Flurstücke", not the
# singular the list writes out (safety review 173)
_PLURAL_AFTER = re.compile(r"\s+(?:Nrn\.|Nummern\b)")


def _slash_pair(text: str, start: int, end: int) -> bool:
    """The passage is one of two abbreviations joined by a slash ("außerhalb EU/EWR"): written
    out alone it needs a case the pair does not show ("EU/Europäischer Wirtschaftsraum",
    safety review 54), and the two go together or not at all."""
    before = text[max(0, start - 6):start]
    after = text[end:end + 6]
    return ((before.endswith("/") and _SLASHED.search(before[:-1]) is not None)
            or (after.startswith("/") and _SLASHED.match(after[1:]) is not None))


def _in_english_name(text: str, start: int, end: int) -> bool:
    """A capitalised English word right before or after the passage: it is part of an English
    name ("Facility Report", "Public Viewing"), whose words go together or not at all."""
    from wordfreq import zipf_frequency

    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.search(text[end:end + 30])
    # wordfreq's small English list (the 29,000 commonest words, 4 MB and 7 ms to load) is
    # enough for words of English names; its large list held 40 MB more in every worker, and
    # the German side reads the table forms.zipf has loaded already (no second copy)
    return any(m is not None and zipf_frequency(m.group(1), "en", wordlist="small")
               >= zipf(m.group(1)) + ENGLISH_MARGIN for m in (before, after))


def _said_already(sentence: str, replacement: str) -> bool:
    """The one-word replacement stands in the sentence already: "sofern" -> "wenn" beside a
    "wenn" makes two conditions read as one chain (safety review 17)."""
    word = replacement.casefold()
    return " " not in word and re.search(rf"\b{re.escape(word)}\b", sentence) is not None


_POLITE = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")


_PAYS = re.compile(r"\b(?:Zahlen|Bezahlen|Entrichten|Überweisen|Begleichen|zahlen|bezahlen|"
                   r"entrichten|überweisen|begleichen)\b")
# the money goes to the reader: "Die Bezahlung erfolgt … an ein auf Ihren Namen geführtes
# Konto" has others pay, and "Sie bezahlen …" made the reader the payer (safety review 137)
_TO_READER = re.compile(r"\b(?:an Sie|auf Ihr(?:e|em|en)? [\w-]*[Kk]onto|auf Ihren Namen|"
                        r"an Ihr(?:e|em|en)? [\w-]*[Kk]onto)\b")
_DEBITED = re.compile(r"Lastschrift|abgebucht|abbuchen|Abbuchung|eingezogen|einziehen|"
                      r"SEPA-Mandat")
# several persons owe the sum: "Der Gesamtbetrag ist jedoch nur einmal zu zahlen" among joint
# debtors became "Zahlen Sie den Gesamtbetrag jedoch nur einmal" to one heir (safety reviews
# 64 and 85)
_JOINT = re.compile(r"[Gg]esamtschuldner")


def _heading_line(text: str, start: int, end: int) -> bool:
    """The edited passage runs to the end of its line without a sentence's final mark: a
    heading or a label, which names a rule or a topic rather than telling anyone to act."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    return not rest.strip() and not text[start:end].rstrip().endswith((".", "!", "?", ":"))


def _makes_reader_act(text: str, start: int, end: int, replacement: str) -> bool:
    """The edit brings in the polite "Sie" (or "Ihr…") that the passage did not have."""
    return len(_POLITE.findall(replacement)) > len(_POLITE.findall(text[start:end]))


def _stem(term: str) -> str | None:
    """The part of a word that its relatives share ("entricht" of "entrichten" and
    "Nichtentrichtung"); None for short words, whose letters occur inside other words."""
    word = term.casefold()
    if " " in word:
        return None
    # "-in": the feminine form shares its stem with the masculine one ("die Ehegattin oder der
    # Ehegatte"; safety review 29: swapping one of the pair breaks it)
    for ending in ("innen", "ungen", "ung", "in", "en", "n", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word if len(word) >= MIN_STEM else None


MIN_STEM = 6  # letters: "zahl" occurs in "Anzahl", "entricht" only in its relatives
