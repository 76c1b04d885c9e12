"""The word lists: format, sorting, uniqueness, and every entry's own example.

Each entry's example sentence must trigger exactly that entry (the rule of its list, at the
[marked] words, with the entry's replacement in the message), and a verified suggestion, where
there is one, must make the finding go away.
"""

from __future__ import annotations

import csv
import re

import pytest

from simplify.abbreviations import norm
from simplify.errors import ConfigError
from simplify.rules import default_list_specs, default_rules, default_wordlists
from simplify.wordlists import WORDLIST_DIR

MARK = re.compile(r"\[([^\[\]]+)\]")
SPECS = {spec.name: spec for spec in default_list_specs()}
# list -> the rule that declares it (from the rule data, not a copy)
RULE_OF = {r.wordlist.name: r.id for r in default_rules().values()
           if r.wordlist is not None and not isinstance(r.wordlist, str)}
MINIMUM = {"amtsdeutsch": 1000, "fremdwoerter": 100, "funktionsverbgefuege": 200,
           "abkuerzungen": 150, "geschuetzt": 400, "rollen": 30, "gesetze": 150}
SOURCES = {"BBB", "DIN ISO 24495-1", "DIN 8581-1", "GfdS", "Leichte Sprache", "eigene"}


def _rows(name: str) -> list[list[str]]:
    path = WORDLIST_DIR / SPECS[name].file
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _sort_key(name: str, row: dict[str, str]) -> tuple:
    if name == "funktionsverbgefuege":
        return (row["noun"].casefold(), row["verb"], row["preposition"])
    if name == "geschuetzt":  # one row per sense
        return (row["term"].casefold(), row["term"], row["sense"])
    first = row[SPECS[name].columns[0]]
    return (first.casefold(), first)


def test_wordlists_every_declared_list_has_its_rule():
    assert set(RULE_OF) == set(SPECS)
    assert set(MINIMUM) <= set(SPECS)


@pytest.mark.parametrize("name", list(SPECS))
def test_wordlist_format_sorted_unique(name):
    path = WORDLIST_DIR / SPECS[name].file
    raw = path.read_bytes()
    assert b"\r" not in raw, "LF line endings only"
    rows = _rows(name)
    header = rows[0]
    assert tuple(header) == SPECS[name].columns
    body = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    assert len(body) >= MINIMUM[name], f"{name}: {len(body)} entries"
    for r in body:
        for key, value in r.items():
            assert value.strip() == value and value, f"{name}: empty or padded {key} in {r}"
        assert r["source"] in SOURCES, r
        assert len(MARK.findall(r["example"])) == 1, r["example"]
        assert r["example"][-1] in ".?!", r["example"]
    keys = [_sort_key(name, r) for r in body]
    assert keys == sorted(keys), f"{name} is not sorted"
    unique = {"funktionsverbgefuege": 3, "geschuetzt": 3}.get(name, 1)
    assert len({k[:unique] for k in keys}) == len(keys), f"{name}: duplicate entries"


def test_geschuetzt_senses():
    """Several senses of a term: each names its sense and the context words that select it;
    the example shows one of them. A term with one sense has "-" as its sense, and as its
    context "-" or only the words that rule it out ("!bescheid sag": the idiom)."""
    rows = _rows("geschuetzt")
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    senses: dict[str, int] = {}
    for r in body:
        senses[r["term"]] = senses.get(r["term"], 0) + 1
    for r in body:
        assert not r["explanation"].endswith("."), r
        if senses[r["term"]] == 1 and r["context"] == "-":
            assert r["sense"] == "-", r
            continue
        if senses[r["term"]] == 1 and r["sense"] == "-":
            ruled_out = [w.strip() for w in r["context"].split("|")]
            assert all(w.startswith("!") and w == w.lower() for w in ruled_out), r
            assert not any(w[1:] in r["example"].lower() for w in ruled_out), r
            continue
        assert r["sense"] != "-" and r["context"] != "-", r
        words = [w.strip() for w in r["context"].split("|")]
        assert all(w and w == w.lower() for w in words), r
        example = r["example"].lower()  # casefold() would make "ß" "ss"
        wanted = [w for w in words if not w.startswith("!")]
        assert any(w in example for w in wanted), f"no context word in the example: {r}"
        assert not any(w[1:] in example for w in words if w.startswith("!")), r


def test_gesetze_names():
    rows = _rows("gesetze")
    for r in rows[1:]:
        abbreviation, name, known = r[0], r[1], r[2]
        assert f"[{abbreviation}]" in r[3], r
        assert name[:1].isupper() and name != abbreviation, r
        assert known in {"yes", "no"}, r


def test_wordlists_terms_not_duplicated_across_lists():
    lists = default_wordlists()
    seen: dict[str, str] = {}
    for name in ("amtsdeutsch", "fremdwoerter", "geschuetzt", "rollen"):
        for key in {e.term.casefold() for e in lists.get(name)}:  # senses share a term
            assert key not in seen, f"{key} in {name} and {seen.get(key)}"
            seen[key] = name


def test_no_replacement_is_itself_a_listed_term():
    # "Verwahrung" -> "Aufbewahrung" was flagged again as Amtsdeutsch (findings review 89):
    # a replacement the same lists would flag does not make the text plainer
    lists = default_wordlists()
    flagged = {e.term.casefold() for name in ("amtsdeutsch", "fremdwoerter")
               for e in lists.get(name)}
    offenders = [(name, e.term, r) for name in ("amtsdeutsch", "fremdwoerter")
                 for e in lists.get(name) for r in e.replacements if r.casefold() in flagged]
    assert offenders == []


# gesetze has no rule yet: only format, sorting and uniqueness are tested for it
ENTRIES = [
    pytest.param(name, e, id=f"{name}:{e.term}:{e.verb}")
    for name in RULE_OF for e in default_wordlists().get(name)
]


@pytest.mark.parametrize("name,entry", ENTRIES)
def test_wordlist_entry_example(simp, name, entry):
    m = MARK.search(entry.example)
    text = MARK.sub(lambda x: x.group(1), entry.example)
    rule = RULE_OF[name]
    if name == "funktionsverbgefuege" and entry.verb == "erfolgen":
        rule = "SIM-P004"
    # abbreviations: the Leichte-Sprache profile flags every one, even inside a § citation;
    # which ones the other profiles flag is the "avoid" column (tested in the rule examples)
    profile = "leicht" if name == "abkuerzungen" else "formular"
    if entry.known:
        # known to every reader: no finding, but the Leichte-Sprache profile explains it
        hits = [f for f in simp.analyze(text, profile).findings if f.rule == rule]
        assert not hits, f"{entry.term} is marked known: {[f.text for f in hits]}"
        profile = "leicht"
    report = simp.analyze(text, profile)
    hits = [f for f in report.findings if f.rule == rule]
    if name == "abkuerzungen":  # other abbreviations in the sentence are other entries
        hits = [f for f in hits if norm(f.text) == norm(entry.term)]
    assert [(f.start, f.end) for f in hits] == [(m.start(), m.start() + len(m.group(1)))], (
        f"{entry.term}: want [{m.group(1)}], got {[f.text for f in hits]}")
    f = hits[0]
    if entry.replacements and rule not in {"SIM-P004", "SIM-J006"}:
        assert entry.replacements[0] in f.message or entry.replacements[0] in " ".join(
            s.replacement for s in f.suggestions), f.message
    for s in f.suggestions[:1]:
        fixed = text[: s.start] + s.replacement + text[s.end:]
        again = simp.analyze(fixed, profile, suggest=False)
        assert not [g for g in again.findings if g.rule == rule and g.start == f.start
                    and g.text == f.text]


def _house_rule(rules_dir, rule_id: str, columns: str, tsv: str):  # noqa: ANN001, ANN202
    """The shipped rules plus one word-list rule of the organisation's own (one YAML entry and
    one TSV, no code), loaded into a Simplifier."""
    import shutil

    from simplify.analyzer import Simplifier
    from simplify.rules import RULES_DIR, list_specs, load_rules
    from simplify.wordlists import load_wordlists

    if not rules_dir.exists():
        shutil.copytree(RULES_DIR, rules_dir)
    (rules_dir / "hausregeln.yaml").write_text(
        f"""- id: {rule_id}
  family: jargon
  level: warning
  title: Hauswort
  message: "„{{match}}“ sagen wir bei uns anders. {{advice}}"
  why: "Unsere Hausregel für Bürgerbriefe."
  check: wordlist
  wordlist:
    file: hauswoerter.tsv
    columns: [{columns}]
  examples:
    - bad: "Wir senden Ihnen eine [Eingangsbestätigung]."
    - good: "Wir senden Ihnen eine Antwort."
""", encoding="utf-8")
    (rules_dir / "wordlists" / "hauswoerter.tsv").write_text(tsv, encoding="utf-8")
    rules = load_rules(rules_dir)
    return Simplifier(rules=rules, lists=load_wordlists(list_specs(rules),
                                                        rules_dir / "wordlists"))


def test_wordlists_new_list_with_its_rule_is_two_files(tmp_path):
    """A new word list with its rule: one YAML entry plus the TSV, no code (see
    docs/architecture.md)."""
    simp = _house_rule(
        tmp_path / "rules", "SIM-J090", "term, replacements, example, note, source",
        "term\treplacements\texample\tnote\tsource\n"
        "Eingangsbestätigung\tAntwort\tWir senden Ihnen eine [Eingangsbestätigung].\t-\teigene\n")
    report = simp.analyze("Wir senden Ihnen eine Eingangsbestätigung.")
    hits = [f for f in report.findings if f.rule == "SIM-J090"]
    assert [f.text for f in hits] == ["Eingangsbestätigung"]
    assert [s.replacement for s in hits[0].suggestions] == ["Antwort"]


def test_one_click_replacements_are_cleared_by_the_list(tmp_path):
    """A list with a one_click column clears replacements for one-click use; the others are
    offered for review; a one_click value that is no replacement is a config error."""
    from simplify.errors import ConfigError
    from simplify.wordlists import ListSpec, load_wordlists

    spec = ListSpec("own", "own.tsv", ("term", "replacements", "one_click", "note", "source"))
    (tmp_path / "own.tsv").write_text(
        "term\treplacements\tone_click\tnote\tsource\n"
        "Lichtbild\tFoto | Passbild\tFoto\t-\teigene\n", encoding="utf-8")
    entry = load_wordlists([spec], tmp_path).get("own")[0]
    assert entry.may_apply("Foto") and not entry.may_apply("Passbild")
    (tmp_path / "own.tsv").write_text(
        "term\treplacements\tone_click\tnote\tsource\n"
        "Lichtbild\tFoto\tBild\t-\teigene\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="one_click"):
        load_wordlists([spec], tmp_path)


def test_hint_entries_are_one_level_below_their_rule(tmp_path):
    """A list's ``hint`` column marks entries every reader understands: their findings are
    hints under a warning rule; a value other than yes/no is a config error."""
    from simplify.errors import ConfigError

    def write(hint: str):  # noqa: ANN202
        return _house_rule(
            tmp_path / "rules", "SIM-J091", "term, replacements, hint, example, note, source",
            "term\treplacements\thint\texample\tnote\tsource\n"
            "Eingangsbestätigung\tAntwort\tno\tWir senden Ihnen eine [Eingangsbestätigung].\t-\t"
            "eigene\n"
            f"zudem\tauch\t{hint}\tWir senden Ihnen [zudem] eine Antwort.\t-\teigene\n")

    report = write("yes").analyze("Wir senden Ihnen zudem eine Eingangsbestätigung.")
    levels = {f.text: f.level.value for f in report.findings if f.rule == "SIM-J091"}
    assert levels == {"zudem": "info", "Eingangsbestätigung": "warning"}
    report = write("no").analyze("Wir senden Ihnen zudem eine Eingangsbestätigung.")
    levels = {f.text: f.level.value for f in report.findings if f.rule == "SIM-J091"}
    assert levels == {"zudem": "warning", "Eingangsbestätigung": "warning"}
    with pytest.raises(ConfigError, match="hint"):
        write("vielleicht")


def test_known_terms_are_protected_without_a_finding(tmp_path):
    """A protecting list's ``known`` column: a term every reader understands gives no finding
    of its own rule, and no other list may replace it all the same."""
    import shutil

    from simplify.analyzer import Simplifier
    from simplify.rules import RULES_DIR, list_specs, load_rules
    from simplify.wordlists import load_wordlists

    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules_dir)
    (rules_dir / "hausregeln.yaml").write_text(
        """- id: SIM-J092
  family: jargon
  level: info
  title: Hausfachwort
  message: "„{match}“ ist bei uns ein Fachwort{explain}"
  why: "Unsere Hausregel für Bürgerbriefe."
  check: wordlist
  wordlist:
    file: hausfach.tsv
    columns: [term, sense, known, explanation, context, example, note, source]
    protects: true
  params:
    suggest: explain
  examples:
    - bad: "Der Bescheid kam [umgehend]."
    - good: "Der Bescheid kam sofort."
""", encoding="utf-8")
    tsv = rules_dir / "wordlists" / "hausfach.tsv"

    def analyze(known: str, text: str) -> list[tuple[str, str]]:
        tsv.write_text(
            "term\tsense\tknown\texplanation\tcontext\texample\tnote\tsource\n"
            f"umgehend\t-\t{known}\tsofort, ohne zu warten\t-\tDer Bescheid kam [umgehend].\t"
            "-\teigene\n", encoding="utf-8")
        rules = load_rules(rules_dir)
        simp = Simplifier(rules=rules, lists=load_wordlists(list_specs(rules),
                                                            rules_dir / "wordlists"))
        return [(f.rule, f.text) for f in simp.analyze(text, "formular").findings
                if f.text == "umgehend"]

    text = "Bitte melden Sie sich umgehend bei uns."
    assert analyze("no", text) == [("SIM-J092", "umgehend")]
    assert analyze("yes", text) == []  # no explanation, and SIM-J001 does not replace it
    # "letter": known to the holder of a letter or form, explained on an information page
    page = "Wer einen Antrag stellt, bekommt umgehend eine Antwort vom Amt."
    assert analyze("letter", page) == [("SIM-J092", "umgehend")]
    letter = f"Sehr geehrte Frau Kahl,\n\n{text}\n\nMit freundlichen Grüßen\nIhr Bürgeramt"
    assert analyze("letter", letter) == []
    with pytest.raises(ConfigError, match="yes, no, letter"):
        analyze("maybe", text)


def test_one_click_in_use(simp):  # noqa: ANN001
    """The shipped lists decide the safety of their replacements in a text."""
    report = simp.analyze("Bitte nennen Sie uns die Instandsetzung und das Lichtbild.", "formular")
    safety = {(f.text, s.replacement): s.safety for f in report.findings for s in f.suggestions}
    assert safety[("Lichtbild", "Foto")] == "safe"
    assert safety[("Lichtbild", "Passfoto")] == "review"  # narrower: for review only


def test_law_abbreviation_one_finding_and_topic_named(simp):  # noqa: ANN001
    """'SGB XII' is SIM-J007's alone (no second finding for 'SGB'); a sentence that says what
    the law is about ('Sozialhilfe (SGB XII)') needs no explanation of the name."""
    rules = [(f.rule, f.text) for f in simp.analyze("Sie erhalten Grundsicherung nach dem "
                                                    "SGB XII.", "formular").findings]
    assert ("SIM-J007", "SGB XII") in rules and ("SIM-J002", "SGB") not in rules
    named = simp.analyze("Sie erhalten Sozialhilfe (SGB XII).", "formular").findings
    assert not [f for f in named if f.rule in {"SIM-J007", "SIM-J002"}]


def test_law_abbreviation_introduced_after_its_name(simp):  # noqa: ANN001
    """'Sozialgesetzbuch II (SGB II)' introduces the abbreviation, for its later uses too; an
    unexplained first use is still flagged."""
    def j007(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J007"]

    assert j007("Sie erhalten Geld nach dem Sozialgesetzbuch II (SGB II). Das SGB II gilt "
                "seit 2005.") == []
    assert j007("Das Geld steht im SGB II. Sie erhalten es nach dem Sozialgesetzbuch II "
                "(SGB II).") == ["SGB II"]


def test_sense_ruled_out_by_a_word_in_the_sentence(simp):  # noqa: ANN001
    """'!word' in a sense's context: 'Erlass eines Widerspruchsbescheids' is its issuing, no
    decree; the decree and the waiver are still explained where they are meant."""
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J006"]

    # (the compound "Widerspruchsbescheids" is a kind of "Bescheid": a finding of its own)
    assert "Erlass" not in j006("Die Behörde hat nach Erlass eines Widerspruchsbescheids "
                                "entschieden.")
    assert j006("Nach dem Erlass des Innenministeriums gelten neue Regeln.") == ["Erlass"]
    assert j006("Einen Erlass der Forderung können Sie beantragen.") == ["Erlass"]


def test_sense_ruled_out_by_the_topic_of_the_text(simp):  # noqa: ANN001
    """'!!word': a sense does not hold anywhere in a text that speaks of this. In a text on
    debt settlement, "Parteien" are the debtor and the creditors, not the two sides of a
    lawsuit."""
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J006"]

    court = "Vor Gericht streiten zwei Parteien. Das Gericht hört beide an."
    assert "Parteien" in j006(court)
    settlement = ("Bei der Schuldenbereinigung machen Sie einen Plan. Wir ändern den Plan, "
                  "bis alle Parteien einverstanden sind. Das Gericht hört beide an.")
    assert "Parteien" not in j006(settlement)


def test_collocations_rule_a_sense_out(simp):  # noqa: ANN001
    """Everyday collocations of a term of art ("im Vergleich zu", "unter Berufung auf") are no
    finding; the legal sense still is."""
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J006"]

    assert j006("Vor Gericht ist die Miete im Vergleich zum Vorjahr gestiegen.") == []
    assert j006("Das Gericht schlägt einen Vergleich vor.") == ["Vergleich"]
    assert j006("Unter Berufung auf das Urteil lehnen wir den Antrag ab.") == []
    assert j006("Gegen das Urteil ist die Berufung möglich.") == ["Berufung"]
    # "Erlass" is the issuing here, no decree; the term of art is the court order
    assert j006("Nach Erlass einer einstweiligen Verfügung ruht die Forderung.") == [
        "einstweiligen Verfügung"]
    # a phrase starts at a word: "ein Widerspruch" is no "in Widerspruch"
    assert j006("Bitte beachten Sie, dass ein Widerspruch gegen den Bescheid keine "
                "aufschiebende Wirkung hat.")[:1] == ["Widerspruch"]


def test_truncated_compounds_get_no_explanation(simp):  # noqa: ANN001
    """The last of coordinated truncated compounds stands for all of them: an explanation of
    it alone would mislead."""
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J006"]

    assert j006("Zuständig sind Nachlass- oder Betreuungsgerichte.") == []
    assert j006("Zuständig ist das Betreuungsgericht.") == ["Betreuungsgericht"]


def test_brackets_that_cite_a_law_do_not_explain_a_term(simp):  # noqa: ANN001
    """"Grundsicherung (§ 41 SGB XII)" still needs an explanation; "Grundsicherung (Geld …)"
    has one."""
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J006"]

    assert "Grundsicherung" in j006("Wir zahlen die Grundsicherung (§ 41 SGB XII) aus.")
    assert "Grundsicherung" in j006("Wir zahlen die Grundsicherung (SGB XII) aus.")
    assert j006("Wir zahlen die Grundsicherung (Geld für Menschen mit wenig Einkommen) aus.") == []


def test_term_of_art_as_the_head_of_a_compound(simp):  # noqa: ANN001
    """'Förderbescheid' is explained as a 'Bescheid'; a common compound with a meaning of its
    own ('Lebensunterhalt') and a head with several senses are left alone."""
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J006"]

    assert j006("Sie erhalten einen Förderbescheid.") == ["Förderbescheid"]
    assert j006("Das Geld reicht für den Lebensunterhalt.") == []


def test_term_named_in_brackets_after_its_description(simp):  # noqa: ANN001
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J006"]

    assert j006("Sie waren in den letzten 30 Monaten (der sogenannten Rahmenfrist) "
                "versichert.") == []
    assert j006("Die Rahmenfrist beträgt 30 Monate.") == ["Rahmenfrist"]


def test_amtsdeutsch_replacements_are_not_flagged_themselves():
    """A replacement the same list flags would make the tool contradict itself ("grundsätzlich
    -> in der Regel", then "in der Regel" flagged; blind review 7). A replacement may be an
    entry only when that entry is a hint: a step down to a word every adult understands."""
    rows = {r["term"].casefold(): r for r in
            (dict(zip(_rows("amtsdeutsch")[0], row, strict=True))
             for row in _rows("amtsdeutsch")[1:])}
    clashes = [(term, rep) for term, r in rows.items()
               for rep in (x.strip() for x in r["replacements"].split("|"))
               if rep.casefold() in rows and rows[rep.casefold()]["hint"] != "yes"]
    assert clashes == []


def test_no_swap_where_the_plain_word_stands_beside_the_listed_one(simp):
    # "erlaubt, gestattet oder geduldet" are three legal statuses: flagged, never swapped
    text = "Ihr Aufenthalt in Deutschland ist erlaubt, gestattet oder geduldet."
    hits = [f for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J001"]
    assert [text[f.start:f.end] for f in hits] == ["gestattet"]
    assert not hits[0].suggestions and "Unterschied" in hits[0].message
    alone = simp.analyze("Das Grillen ist im Park nicht gestattet.", "formular").findings
    assert any(f.rule == "SIM-J001" and "erlauben" in f.message for f in alone)
    # a comma before another phrase coordinates nothing: "so genau wie möglich, einschließlich
    # etwaiger Einschränkungen" (findings review 314: "its advice is confusing and unusable")
    text = "Beschreiben Sie es so genau wie möglich, einschließlich etwaiger Einschränkungen."
    [hit] = [f for f in simp.analyze(text, "formular").findings if f.rule == "SIM-J001"
             and text[f.start:f.end] == "etwaiger"]
    assert "Unterschied" not in hit.message


def test_nachstehend_before_a_participle_becomes_unten(simp):  # noqa: ANN001
    # findings review 313: "die nachstehend genannten …" → "folgend genannten" is ungrammatical
    text = "Die nachstehend genannten Personen sind berechtigt."
    [hit] = [f for f in simp.analyze(text, "brief").findings if f.rule == "SIM-J001"]
    assert hit.suggestions[0].replacement == "unten"


def test_gegebenenfalls_before_a_question_word_gets_no_clause(simp):  # noqa: ANN001
    # findings reviews 317 and 318: "ob und gegebenenfalls welche" → "wenn nötig" is nonsense
    text = "Bitte teilen Sie uns mit, ob und gegebenenfalls welche Unterlagen fehlen."
    [hit] = [f for f in simp.analyze(text, "brief").findings if f.rule == "SIM-J001"]
    assert not hit.suggestions and "„welche“" in hit.message
