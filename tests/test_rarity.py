"""Word frequency for the long-word and rare-word rules (wordfreq, German)."""

from __future__ import annotations

from simplify.rarity import common_parts, part_zipf, zipf_of


def test_common_words_are_frequent():
    assert zipf_of("Antrag") > 4 > zipf_of("Glaubhaftmachung")
    # any capitalisation: an adjective opening a sentence
    assert zipf_of("Schnelle") == zipf_of("schnelle")


def test_linking_element_is_taken_off_a_part():
    assert part_zipf("Rechts") >= zipf_of("Recht") - 0.01
    assert part_zipf("Erdbeer") > 2.5  # "Erdbeere"


def test_compound_of_common_parts():
    assert common_parts("Wohnzimmerrestaurant", 2.0)
    assert common_parts("Erdbeerfelder", 2.0)  # HanTa leaves it whole: one split does it
    assert not common_parts("Glaubhaftmachung", 2.0)
    assert not common_parts("Antrag", 2.0)  # one part is no compound


def test_rare_words_in_a_text(simp):
    text = ("Ein beeidigter Dolmetscher übersetzt die Urkunde. Im Wohnzimmerrestaurant essen "
            "die Kinder. Die Stadt Kaliningrad liegt am Meer.")
    found = [f.text for f in simp.analyze(text, enable={"SIM-W002"}).findings]
    assert found == ["beeidigter"]
    level = {f.level.value for f in simp.analyze(text, "leicht", enable={"SIM-W002"}).findings}
    assert level == {"warning"}


def test_participles_lead_to_their_verb():
    from simplify.rarity import participle_verbs

    assert participle_verbs("klagend") == ["klagen"]
    assert "abtreten" in participle_verbs("abzutretend")
    assert "bündeln" in participle_verbs("gebündelt")
    assert "vereidigen" in participle_verbs("vereidigt")


def test_fast_zipf_equals_wordfreq() -> None:
    """forms.zipf reads words of plain letters from wordfreq's table directly: the same value
    as wordfreq's zipf_frequency, for listed words in any capitalisation and for unknown ones."""
    from wordfreq import top_n_list, zipf_frequency

    from simplify.forms import _PLAIN, zipf

    listed = top_n_list("de", 30_000, wordlist="large")
    words = [w for w in listed if _PLAIN.fullmatch(w)][::7]
    words += [w.capitalize() for w in words[::5]] + [w.upper() for w in words[::50]]
    words += ["Straße", "STRASSE", "Größe", "Antragstellerinnen", "Xqzbrk", "ß", "a",
              "Sondernutzungserlaubnisgebühr", "Mietzuschussberechtigung", "Ärger", "Übel"]
    assert len(words) > 4000
    for w in words:
        assert zipf.__wrapped__(w) == zipf_frequency(w, "de", wordlist="large"), w
