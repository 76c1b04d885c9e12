"""The web page end to end in headless Chromium (Debian package) driven by Playwright.

Needs: ``apt-get install chromium`` (/usr/bin/chromium, or SIMPLIFY_CHROMIUM), ``pip install
playwright`` (never ``playwright install``), and for the accessibility test axe-core from npm:
``npm install --no-save axe-core@4`` in some folder, then AXE_CORE_JS=<folder>/node_modules/
axe-core/axe.min.js. Without them the tests skip with the reason, or fail when CI=true.
Screenshots go to /tmp/simplify-e2e-*.png.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from api import Settings, create_app
from api.testing import running_server
from simplify import Simplifier

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "api" / "static"
CI = os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}
CHROMIUM = os.environ.get("SIMPLIFY_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SHOTS = Path(os.environ.get("SIMPLIFY_SCREENSHOTS", "/tmp"))

TEXT = (
    "🙂 Sehr geehrte Damen und Herren,\n\n"
    "der Antrag ist bis zum 15. März vollständig ausgefüllt bei der zuständigen Stelle "
    "einzureichen. Bringen Sie ggf. eine Vollmacht mit. Die Bearbeitung Ihres Antrags erfolgt "
    "erst mit den Kopien sämtlicher Unterlagen, sofern die Voraussetzungen für die Gewährung der "
    "Leistung erfüllt sind und keine Versagungsgründe vorliegen. "
    "<script>alert(1)</script> <b>fett</b> <img src=x onerror=alert(2)>"
)
TWICE = ("Bringen Sie die Vollmacht mit, d. h. das Original. Senden Sie uns eine Kopie, d. h. "
         "keine Urschrift.")


def missing(reason: str) -> None:
    """Fail in CI, skip elsewhere - never pass silently."""
    if CI:
        pytest.fail(f"{reason} (CI=true: dieser Test muss laufen)", pytrace=False)
    pytest.skip(reason)


def axe_path() -> Path | None:
    candidates = [os.environ.get("AXE_CORE_JS", ""),
                  str(ROOT / "node_modules" / "axe-core" / "axe.min.js")]
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    return None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright fehlt: pip install playwright (ohne 'playwright install')")
    if not Path(CHROMIUM).is_file():
        missing(f"Chromium fehlt unter {CHROMIUM}: apt-get install -y chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def base_url(simp: Simplifier):
    with running_server(create_app(Settings(), simplifier=simp)) as url:
        yield url


def open_page(browser, base_url: str, *, width: int = 1366, height: int = 900,
              bypass_csp: bool = False, setup=None):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE",
                                  bypass_csp=bypass_csp, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.dialogs = []  # type: ignore[attr-defined]
    page.bodies = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("request", lambda r: page.bodies.append((r.url, r.post_data_buffer or b"")))

    def on_dialog(dialog) -> None:
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    if setup is not None:
        setup(page)
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready='true']")
    return context, page


def checks(page) -> int:
    return int(page.get_attribute("#editor", "data-checks") or 0)


def wait_checked(page, after: int) -> None:
    """Wait for a check newer than ``after`` that belongs to the text in the field."""
    page.wait_for_function(
        "n => Number(document.querySelector('#editor').dataset.checks || 0) > n"
        " && !document.querySelector('#editor').hasAttribute('aria-busy')", arg=after,
        timeout=30_000)


def type_text(page, text: str) -> None:
    before = checks(page)
    page.fill("#eingabe", text)
    wait_checked(page, before)


def layer_text(page) -> str:
    return page.evaluate(
        "document.querySelector('#hinterlegung').textContent.replace(/\\u200b$/, '')")


def marked(page) -> list[tuple[str, str]]:
    """(family, text) of the first piece of every mark in the highlight layer."""
    return [tuple(x) for x in page.eval_on_selector_all(
        "#hinterlegung mark.hl[id]", "els => els.map(e => [e.dataset.family, e.textContent])")]


def open_finding(page, passage: str, family: str | None = None) -> None:
    """Open the popover of the first mark with this text, through the list of findings."""
    group = page.evaluate("""([text, family]) => {
        const m = [...document.querySelectorAll('#hinterlegung mark.hl[id]')].find(
            e => e.textContent === text && (!family || e.dataset.family === family));
        return m ? m.dataset.group : null;
    }""", [passage, family])
    assert group is not None, passage
    # a later place of a note is no entry of the list (its note's first place is)
    assert page.locator(f"#hinweise button[data-group='{group}']").count() == 1, passage
    page.click(f"#hinweise button[data-group='{group}']")
    page.locator("#detail").wait_for(state="visible")


def in_viewport(page) -> bool:
    box = page.locator("#detail").bounding_box()
    size = page.viewport_size
    assert box is not None
    return (box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= size["width"]
            and box["y"] + box["height"] <= size["height"])


def analyze_bodies(page) -> list[dict]:
    return [json.loads(body) for url, body in page.bodies if url.endswith("/v1/analyze")]


# -- editing in place and deciding per finding ----------------------------------------------


def test_edit_in_place_and_decide(browser, base_url: str) -> None:
    context, page = open_page(browser, base_url)
    try:
        assert page.get_attribute("html", "lang") == "de"
        options = page.eval_on_selector_all("#profil option", "els => els.map(e => e.textContent)")
        assert options == ["Formular", "Brief", "Web", "Einfache Sprache", "Leichte Sprache"]
        page.screenshot(path=str(SHOTS / "simplify-e2e-before.png"), full_page=True)

        type_text(page, TEXT)
        page.screenshot(path=str(SHOTS / "simplify-e2e-after.png"), full_page=True)
        # The layer under the field holds exactly the text, as text: nothing parsed or ran.
        assert layer_text(page) == TEXT == page.input_value("#eingabe")
        assert page.locator("#hinterlegung script, #hinterlegung b, #hinterlegung img,"
                            " #hinweise script").count() == 0
        assert page.dialogs == []
        marks = marked(page)
        families = {f for f, _ in marks}
        assert len(families - {"length"}) >= 2 and "length" in families, families
        assert ("jargon", "ggf.") in marks  # code-point offsets are right after the emoji
        assert int(page.text_content("#legende li[data-family='passive'] .count")) >= 1

        # Typing in front moves every mark along at once; the check follows after a pause.
        n = checks(page)
        sent = len(analyze_bodies(page))
        page.focus("#eingabe")
        page.keyboard.press("Control+Home")
        page.keyboard.type("Neu: ", delay=40)
        assert checks(page) == n  # no answer yet: the marks were moved in the browser
        assert ("jargon", "ggf.") in marked(page)
        assert layer_text(page) == "Neu: " + TEXT
        wait_checked(page, n)
        assert len(analyze_bodies(page)) == sent + 1  # one request for five key presses
        assert ("jargon", "ggf.") in marked(page)

        # Accept the first suggestion: the passage changes, the other marks stay in place.
        open_finding(page, "ggf.")
        assert "ggf." in page.text_content("#detail .finding-msg")
        n = checks(page)
        page.locator("#detail [data-action='accept']").first.click()
        text = page.input_value("#eingabe")
        assert "ggf." not in text and text.startswith("Neu: 🙂 Sehr geehrte")
        assert "<script>alert(1)</script>" in text
        assert layer_text(page) == text
        assert any(t == "sämtlicher" for _, t in marked(page))
        wait_checked(page, n)
        assert layer_text(page) == page.input_value("#eingabe")

        # Ignore one place: gone, and it stays gone after the next check.
        passive = next(t for f, t in marked(page) if f == "passive")
        open_finding(page, passive, "passive")
        page.click("#detail [data-action='ignore']")
        assert ("passive", passive) not in marked(page)
        n = checks(page)
        page.focus("#eingabe")
        page.keyboard.press("Control+End")
        page.keyboard.type(" Danke.")
        wait_checked(page, n)
        assert ("passive", passive) not in marked(page)

        # Switch a rule off: its marks go, the next checks send "disable".
        open_finding(page, "sämtlicher")
        rule = page.get_attribute("#detail [data-action='rule-off']", "title").split()[1]
        page.click("#detail [data-action='rule-off']")
        assert rule in page.text_content("#regeln")
        wait_checked(page, n + 1)
        assert analyze_bodies(page)[-1]["disable"] == [rule]
        assert all(t != "sämtlicher" for _, t in marked(page))
        n = checks(page)
        page.click("#regeln button")  # on again
        wait_checked(page, n)
        assert "disable" not in analyze_bodies(page)[-1]
        assert any(t == "sämtlicher" for _, t in marked(page))

        # Allow a word: kept in localStorage only, exported as a line for simplify.toml.
        open_finding(page, "sämtlicher")
        page.click("#detail [data-action='allow']")
        assert all(t != "sämtlicher" for _, t in marked(page))
        assert page.text_content("#erlaubt") .startswith("sämtlicher")
        stored = page.evaluate("localStorage.getItem('simplify.erlaubteWoerter')")
        assert json.loads(stored) == ["sämtlicher"]
        assert page.input_value("#erlaubt-toml") == 'allow = ["sämtlicher"]'
        page.click("#erlaubt-kopieren")
        page.wait_for_function("() => document.querySelector('#status').textContent"
                               ".includes('kopiert')")
        assert page.evaluate("navigator.clipboard.readText()") == 'allow = ["sämtlicher"]'
        page.screenshot(path=str(SHOTS / "simplify-e2e-decided.png"), full_page=True)

        # After a reload the word is still allowed (case-insensitive).
        page.reload()
        page.wait_for_selector("body[data-ready='true']")
        assert page.text_content("#erlaubt").startswith("sämtlicher")
        type_text(page, "Nach Eingang Sämtlicher Unterlagen prüfen wir den Antrag. " + TWICE)
        assert all(t.lower() != "sämtlicher" for _, t in marked(page))

        # Replace all: every "d. h." gets the same suggestion.
        open_finding(page, "d. h.")
        button = page.locator("#detail [data-action='replace-all']").first
        assert button.text_content() == "Alle ersetzen (2 Stellen)"
        replacement = page.locator("#detail .suggestions .sugg-text, #detail .sugg-label").first
        assert replacement.text_content()
        n = checks(page)
        button.click()
        text = page.input_value("#eingabe")
        assert "d. h." not in text and text.count("Bringen Sie") == 1
        wait_checked(page, n)
        assert all(t != "d. h." for _, t in marked(page))

        # The allowed word never left the browser: not in any request apart from the text
        # itself, and not at all while the text did not contain it.
        for url, body in page.bodies:
            raw = body.decode("utf-8", "replace")
            if url.endswith("/v1/analyze"):
                rest = {k: v for k, v in json.loads(raw).items() if k != "text"}
                raw = json.dumps(rest, ensure_ascii=False)
            assert "sämtlicher" not in raw.lower() and "allow" not in raw, url
        assert page.errors == [] and page.dialogs == []
    finally:
        context.close()


def test_hints_of_one_rule_are_one_entry(browser, base_url: str) -> None:
    """Two hint words of one rule: one entry in the list, its popover names the kind, not the
    same word (report.group_repeats)."""
    context, page = open_page(browser, base_url)
    try:
        type_text(page, "Bitte bringen Sie insbesondere den Ausweis mit. Eine Vollmacht ist "
                        "erforderlich.")
        items = page.locator("#hinweise button", has_text="„insbesondere“")
        assert items.count() == 1 and "(noch 1 weitere Stelle)" in items.text_content()
        open_finding(page, "insbesondere")
        assert page.text_content("#detail .places-text") == (
            "Noch 1 weitere Stelle mit Wörtern dieser Art (heller markiert).")
        assert page.errors == [] and page.dialogs == []
    finally:
        context.close()


THRICE = ("Zahlen Sie bis Mai, widrigenfalls mahnen wir. Melden Sie sich, widrigenfalls gilt der "
          "Termin. Kommen Sie pünktlich, widrigenfalls warten Sie.")


def test_repeats_of_a_word(browser, base_url: str) -> None:
    """A word flagged three times: one entry in the list, its popover says "noch 2 weitere
    Stellen", the later places are marked lighter and reached from place to place by keyboard;
    ignoring the first place makes the second one first."""
    context, page = open_page(browser, base_url)
    try:
        type_text(page, THRICE)
        marks = page.eval_on_selector_all(
            "#hinterlegung mark.hl[id]",
            "els => els.filter(e => e.textContent === 'widrigenfalls')"
            ".map(e => [e.dataset.group, e.classList.contains('repeat')])")
        assert [r for _, r in marks] == [False, True, True]
        assert page.text_content("#zusammenfassung").startswith(
            "Fertig: 1 Hinweis an 3 Stellen in 3 Sätzen.")
        first, second, _ = (g for g, _ in marks)
        # the repeats are drawn, lighter: their background differs from the first place's
        bg = page.evaluate("""gs => gs.map(g => getComputedStyle(document.querySelector(
            `#hinterlegung mark.hl[data-group="${g}"]`)).backgroundColor)""",
                           [first, second])
        assert bg[0] != bg[1]
        items = page.locator("#hinweise button", has_text="„widrigenfalls“")
        assert items.count() == 1 and "(noch 2 weitere Stellen)" in items.text_content()
        assert page.locator(f"#hinweise button[data-group='{second}']").count() == 0

        # keyboard: the list entry opens the first place; "Nächste Stelle" walks through all
        items.focus()
        page.keyboard.press("Enter")
        page.locator("#detail").wait_for(state="visible")
        assert page.text_content("#detail .places-text") == (
            "Noch 2 weitere Stellen mit demselben Wort (heller markiert).")
        assert page.evaluate("document.activeElement.dataset.action") == "accept"
        seen = []
        for _ in range(3):
            button = page.locator("#detail [data-action='next-place']")
            seen.append(page.text_content("#detail .places-text"))
            button.focus()
            page.keyboard.press("Enter")
            assert page.evaluate("document.activeElement.closest('#detail') !== null")
        assert seen[1].startswith("Stelle 2 von 3") and seen[2].startswith("Stelle 3 von 3")
        assert seen[0] == page.text_content("#detail .places-text")  # back at the first
        # each place has its own suggestion: accepting it on the second place changes it only
        page.locator("#detail [data-action='next-place']").click()
        page.locator("#detail [data-action='accept']").first.click()
        assert page.input_value("#eingabe").count("widrigenfalls") == 2

        # ignoring the first place: the remaining place is first and in the list
        type_text(page, THRICE)
        open_finding(page, "widrigenfalls")
        page.click("#detail [data-action='ignore']")
        items = page.locator("#hinweise button", has_text="„widrigenfalls“")
        assert items.count() == 1 and "(noch 1 weitere Stelle)" in items.text_content()

        # "Alle ersetzen" of a repeated word: every place with its own form
        page.select_option("#profil", "einfach")
        type_text(page, "Legen Sie die Kraftfahrzeughaftpflichtversicherung vor. Wir prüfen "
                        "die Kraftfahrzeughaftpflichtversicherungen.")
        page.locator("#hinweise button", has_text="Kraftfahrzeughaftpflicht").first.click()
        button = page.locator("#detail [data-action='replace-all']").first
        assert button.text_content() == "Alle ersetzen (2 Stellen)"
        button.click()
        assert page.input_value("#eingabe") == (
            "Legen Sie die Kraftfahrzeug-Haftpflichtversicherung vor. Wir prüfen die "
            "Kraftfahrzeug-Haftpflichtversicherungen.")
        assert page.errors == []
    finally:
        context.close()


def test_family_served_by_the_api_is_drawn(browser, base_url: str) -> None:
    """A family the JS has never heard of is highlighted, coloured and labelled."""
    # The page's code names no family and no family colour.
    for path in [*STATIC.glob("js/*.js"), STATIC / "app.css"]:
        source = path.read_text(encoding="utf-8")
        found = re.findall(r"\b(passive|nominal|jargon|address|readability|Passiv|Nominalstil)\b"
                           r"(?!-|: true)|#b3125f|#1f5fbf|#6b2fa3", source)  # not { passive: true }
        assert not found, (path.name, found)

    def setup(page) -> None:
        def vocabulary(route) -> None:
            data = route.fetch().json()
            data["families"].append({"id": "testfam", "label": "Testfamilie",
                                     "colour": "#123456", "background": "#fedcba",
                                     "mark": "gestrichelt", "style": "dashed",
                                     "highlight": True})
            route.fulfill(json=data)

        def analyze(route) -> None:
            report = route.fetch().json()
            text = json.loads(route.request.post_data)["text"]
            start = text.index("Vollmacht")
            report["findings"].append({
                "rule": "SIM-T001", "family": "testfam", "level": "warning",
                "message": "Eine Meldung der Testfamilie.", "start": start,
                "end": start + len("Vollmacht"), "line": 1, "column": start + 1,
                "text": "Vollmacht", "explanation": "", "suggestions": [],
                "sentence": 0, "fingerprint": "t1"})
            route.fulfill(json=report)

        page.route("**/v1/vocabulary", vocabulary)
        page.route("**/v1/analyze", analyze)

    context, page = open_page(browser, base_url, setup=setup)
    try:
        assert "Testfamilie" in page.text_content("#legende")
        type_text(page, "Bringen Sie ggf. eine Vollmacht mit.")
        mark = page.locator("#hinterlegung mark[data-family='testfam']")
        assert mark.text_content() == "Vollmacht"
        style = mark.evaluate("m => { const s = getComputedStyle(m); return [s.textDecorationColor,"
                              " s.textDecorationStyle, s.backgroundColor]; }")
        assert style == ["rgb(18, 52, 86)", "dashed", "rgb(254, 220, 186)"]
        assert page.text_content("#legende li[data-family='testfam'] .count") == "1"
        open_finding(page, "Vollmacht", "testfam")
        assert page.text_content("#detail .fam-chip") == "Testfamilie"
        assert page.locator("#hinweise button .fam-chip", has_text="Testfamilie").count() == 1
        assert page.evaluate("getComputedStyle(document.documentElement)"
                             ".getPropertyValue('--fam-testfam')").strip() == "#123456"
    finally:
        context.close()


def test_late_answers_are_ignored(browser, base_url: str) -> None:
    """Typing during a check aborts it; an answer that still comes late is not shown."""
    slow_first = """(() => {
        const real = window.fetch;
        window.analyzeCalls = 0;
        window.aborted = 0;
        window.fetch = async (url, options = {}) => {
            const first = String(url).endsWith('/v1/analyze') && window.analyzeCalls++ === 0;
            if (options.signal) options.signal.addEventListener('abort',
                () => { window.aborted += 1; });
            const response = await real(url, {...options, signal: undefined});
            if (first) await new Promise(done => setTimeout(done, 1500));
            return response;
        };
    })();"""
    context, page = open_page(browser, base_url, setup=lambda p: p.add_init_script(slow_first))
    try:
        page.fill("#eingabe", "Bringen Sie ggf. eine Vollmacht mit.")
        page.wait_for_function("() => window.analyzeCalls === 1")
        later = "Der Antrag ist bis zum 1. März einzureichen."
        page.fill("#eingabe", later)
        assert page.evaluate("window.aborted") == 1
        wait_checked(page, 0)
        page.wait_for_timeout(1700)  # the first answer arrives now, and must be ignored
        assert checks(page) == 1
        assert layer_text(page) == later
        assert all(t != "ggf." for _, t in marked(page))
        assert any(f == "passive" for f, _ in marked(page))
    finally:
        context.close()


# -- documents in and out -------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Sehr geehrte Damen und Herren,")
    document.add_paragraph("Bringen Sie ggf. eine Vollmacht mit.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Hinweis"
    table.cell(0, 1).text = "Der Antragsteller hat die Unterlagen vorzulegen."
    document.save(path)
    return path


def test_documents_in_and_out(browser, base_url: str, tmp_path: Path) -> None:
    import docx

    context, page = open_page(browser, base_url)
    try:
        # .docx through the file button: text in the editor, findings with their place.
        n = checks(page)
        page.set_input_files("#datei", str(make_docx(tmp_path / "Antrag.docx")))
        wait_checked(page, n)
        text = page.input_value("#eingabe")
        assert text.startswith("Sehr geehrte Damen und Herren,\n\nBringen Sie ggf.")
        assert "Antrag.docx" in page.text_content("#dokument")
        item = page.locator("#hinweise button", has_text="„ggf.“").first
        assert "Im Dokument: Absatz 2" in item.text_content()
        open_finding(page, "ggf.")
        assert page.text_content("#detail .finding-where") == "Im Dokument: Absatz 2"
        page.keyboard.press("Escape")
        table = page.locator("#hinweise button", has_text="Tabelle 1, Zeile 1, Zelle 2")
        assert table.count() >= 1

        # Download the text (.txt in the browser), as Word and the report.
        with page.expect_download() as info:
            page.click("#laden-txt")
        download = info.value
        assert download.suggested_filename == "Antrag-vereinfacht.txt"
        assert Path(download.path()).read_text(encoding="utf-8") == text
        with page.expect_download() as info:
            page.click("#laden-docx")
        assert info.value.suggested_filename == "Antrag-vereinfacht.docx"
        paragraphs = [p.text for p in docx.Document(info.value.path()).paragraphs]
        assert paragraphs == text.split("\n")
        with page.expect_download() as info:
            page.click("#laden-bericht")
        assert info.value.suggested_filename == "Antrag-vereinfacht-bericht.html"
        report = Path(info.value.path()).read_text(encoding="utf-8")
        assert '<html lang="de">' in report and "ggf." in report
        assert "<script src" not in report and report.count("<script") <= 1  # filter only

        # .txt dropped onto the editor (drag and drop), with an emoji in front.
        n = checks(page)
        page.evaluate("""() => {
            const dt = new DataTransfer();
            dt.items.add(new File(['😀 Bringen Sie ggf. Ihren Ausweis mit.'], 'brief.txt',
                                  {type: 'text/plain'}));
            const target = document.querySelector('#eingabe');
            for (const type of ['dragenter', 'dragover', 'drop']) {
                target.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true,
                                                          cancelable: true}));
            }
        }""")
        wait_checked(page, n)
        assert page.input_value("#eingabe") == "😀 Bringen Sie ggf. Ihren Ausweis mit."
        assert ("jargon", "ggf.") in marked(page)
        assert "Zeile 1, Spalte 15" in page.locator("#hinweise button", has_text="„ggf.“")\
            .first.text_content()
        assert page.is_hidden("#ablage")

        # Files the service cannot read: a German message, the text stays.
        page.set_input_files("#datei", files=[{"name": "bild.png", "mimeType": "image/png",
                                               "buffer": b"\x89PNG"}])
        assert "kann simplify nicht lesen" in page.text_content("#fehler")
        page.set_input_files("#datei", files=[{"name": "kaputt.docx", "mimeType":
                                               "application/octet-stream", "buffer": b"PK no"}])
        page.wait_for_function("() => document.querySelector('#fehler').textContent"
                               ".includes('Word-Datei')")
        assert page.input_value("#eingabe") == "😀 Bringen Sie ggf. Ihren Ausweis mit."
        # Too big for the service (default limit about 1.2 MB): German message with the size.
        page.set_input_files("#datei", files=[{"name": "gross.txt", "mimeType": "text/plain",
                                               "buffer": b"Wort " * 400_000}])
        page.wait_for_function("() => document.querySelector('#fehler').textContent"
                               ".includes('zu groß')")
        assert page.text_content("#fehler").startswith(
            "Die Datei „gross.txt“ ist zu groß (2 MB). Der Dienst nimmt höchstens 1.235 KiB an.")
        assert page.input_value("#eingabe") == "😀 Bringen Sie ggf. Ihren Ausweis mit."
        # The browser logs the refused uploads (422, 413) itself; nothing else went wrong.
        assert [e for e in page.errors if not re.search("status of (422|413)", e)] == []
        assert page.dialogs == []
    finally:
        context.close()


# -- popover placement, keyboard, errors, accessibility -------------------------------------


LONG = "\n".join(
    ["Bitte lesen Sie die folgenden Hinweise zu Ihrem Antrag in Ruhe durch."] * 6
    + ["Hier steht ganz am Ende der Zeile ein ggf."]
    + ["Bitte lesen Sie die folgenden Hinweise zu Ihrem Antrag in Ruhe durch."] * 6
    + ["Die Unterlagen werden von uns ggf. geprüft."]
)


@pytest.mark.parametrize("width,height", [(390, 700), (1600, 900)])
def test_popover_stays_in_viewport(browser, base_url: str, width: int, height: int) -> None:
    context, page = open_page(browser, base_url, width=width, height=height)
    try:
        type_text(page, LONG)
        marks = page.locator("#hinterlegung mark.hl[id]")
        assert marks.count() >= 2
        # The mark furthest right, then the lowest one moved to the bottom of the screen.
        rights = marks.evaluate_all("els => els.map(e => { const r = e.getClientRects();"
                                    " return r[r.length - 1].right; })")
        right = marks.nth(rights.index(max(rights)))
        for where in ("right", "bottom"):
            mark = right if where == "right" else marks.last
            mark.evaluate("""m => {
                const input = document.querySelector('#eingabe');
                input.scrollTop = Math.max(0, m.offsetTop - input.clientHeight + 60);
                document.querySelector('#hinterlegung').scrollTop = input.scrollTop;
                const r = m.getBoundingClientRect();
                window.scrollBy(0, r.bottom - window.innerHeight + 12);
            }""")
            point = mark.evaluate("m => { const r = [...m.getClientRects()].pop();"
                                  " return [r.right - 3, (r.top + r.bottom) / 2]; }")
            page.mouse.click(point[0], point[1])
            page.locator("#detail").wait_for(state="visible")
            page.screenshot(path=str(SHOTS / f"simplify-e2e-popover-{width}-{where}.png"))
            assert in_viewport(page), (where, page.locator("#detail").bounding_box())
            assert page.locator("#hinterlegung mark.active").count() >= 1
            page.keyboard.press("Escape")
            page.locator("#detail").wait_for(state="hidden")
            assert page.locator("#hinterlegung mark.active").count() == 0
        width_now = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width_now[0] <= width_now[1], width_now
    finally:
        context.close()


def test_keyboard_only(browser, base_url: str) -> None:
    context, page = open_page(browser, base_url)
    try:
        page.focus("#eingabe")
        n = checks(page)
        page.keyboard.insert_text("Der Antragsteller hat sämtliche Unterlagen vorzulegen. "
                                  "Die Unterlagen werden von uns geprüft. Bringen Sie ggf. "
                                  "Ihren Pass mit.")
        wait_checked(page, n)
        # Alt + Enter at a mark opens its popover; Escape returns to the text field.
        page.keyboard.press("Control+End")
        for _ in range(len(" Ihren Pass mit.") + 2):
            page.keyboard.press("ArrowLeft")
        page.keyboard.press("Alt+Enter")
        page.locator("#detail").wait_for(state="visible")
        assert "ggf." in page.text_content("#detail .finding-msg")
        assert page.evaluate("document.activeElement.closest('#detail') !== null")
        page.keyboard.press("Escape")
        page.locator("#detail").wait_for(state="hidden")
        assert page.evaluate("document.activeElement.id") == "eingabe"

        # Tab to the list of findings; Enter opens, Escape closes and returns the focus.
        for _ in range(15):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('#hinweise button')"):
                break
        first = page.evaluate("document.activeElement.textContent")
        assert page.evaluate("document.activeElement.matches('#hinweise button')")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"
        page.keyboard.press("Enter")
        page.locator("#detail").wait_for(state="visible")
        assert page.evaluate("document.activeElement.closest('#detail') !== null")
        page.screenshot(path=str(SHOTS / "simplify-e2e-focus.png"))
        page.keyboard.press("Escape")
        page.locator("#detail").wait_for(state="hidden")
        assert page.evaluate("document.activeElement.textContent") == first
        # Space opens it, too; Tab stays in the popover and reaches "Ignorieren".
        page.keyboard.press(" ")
        page.locator("#detail").wait_for(state="visible")
        for _ in range(12):
            if page.evaluate("document.activeElement.dataset.action") == "ignore":
                break
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.closest('#detail') !== null")
        before = page.locator("#hinweise button").count()
        page.keyboard.press("Enter")
        assert page.locator("#hinweise button").count() == before - 1
        assert page.evaluate("document.activeElement.matches('#hinweise button')")
        # Accept a suggestion by keyboard only.
        page.locator("#hinweise button", has_text="„ggf.“").focus()
        page.keyboard.press("Enter")
        page.locator("#detail [data-action='accept']").first.wait_for()
        assert page.evaluate("document.activeElement.dataset.action") == "accept"
        page.keyboard.press("Enter")
        assert "ggf." not in page.input_value("#eingabe")
        # The focus stays in the list, also when the list is rebuilt after the edit.
        page.wait_for_timeout(400)
        assert page.locator("#hinweise button").count() >= 1
        assert page.evaluate("document.activeElement.matches('#hinweise button')")
        assert page.errors == []
    finally:
        context.close()


def test_errors_in_german_and_narrow_screen(browser, base_url: str) -> None:
    context, page = open_page(browser, base_url, width=390, height=844)
    try:
        page.click("#pruefen")
        assert page.text_content("#fehler") == "Bitte geben Sie zuerst einen Text ein."
        type_text(page, TEXT)
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width
        page.screenshot(path=str(SHOTS / "simplify-e2e-narrow.png"), full_page=True)
        page.fill("#eingabe", "Hallo Welt. " * 8400)  # over the 100,000 characters
        page.click("#pruefen")
        page.wait_for_function("() => document.querySelector('#fehler').textContent.length > 0")
        assert "zu lang" in page.text_content("#fehler")
    finally:
        context.close()


def test_offsets_and_nesting_in_the_browser(browser, base_url: str) -> None:
    """Unit checks of text.js and render.js: emoji-safe offsets, split overlaps."""
    context, page = open_page(browser, base_url)
    try:
        result = page.evaluate("""async () => {
            const t = await import('/static/js/text.js');
            const { renderHighlights, buildGroups } = await import('/static/js/render.js');
            const { Vocabulary } = await import('/static/js/vocab.js');
            const vocab = new Vocabulary(await (await fetch('/v1/vocabulary')).json());
            const text = '😀 Eins zwei drei vier. Fünf sechs.';
            const f = (family, start, end) => ({family, start, end});
            const groups = buildGroups([f('length', 2, 22), f('passive', 2, 11),
                f('jargon', 7, 16), f('words', 16, 27), f('readability', 2, 22),
                f('nominal', 7, 11)], vocab);
            const box = document.createElement('div');
            renderHighlights(box, text, groups, vocab);
            const pieces = (fam) => [...box.querySelectorAll(`mark[data-family="${fam}"]`)]
                .map(m => m.textContent);
            return {
                same: box.textContent === text, groups: groups.length,
                passive: pieces('passive'), jargon: pieces('jargon'), words: pieces('words'),
                nominal: pieces('nominal'), length: pieces('length'),
                readability: pieces('readability').length,
                nominalDepth: box.querySelector('mark[data-family="nominal"]').style
                    .getPropertyValue('--d'),
                diffEmoji: t.diffRange('a😀b', 'a😁b'),
                diffInsert: t.diffRange('ab cd', 'ab X cd'),
                shiftAfter: t.shiftSpan({start: 5, end: 9}, {start: 2, oldEnd: 2, newEnd: 4}),
                shiftInside: t.shiftSpan({start: 5, end: 9}, {start: 6, oldEnd: 6, newEnd: 7}),
                shiftBefore: t.shiftSpan({start: 0, end: 2}, {start: 2, oldEnd: 3, newEnd: 3}),
                touched: t.shiftSpan({start: 3, end: 6}, {start: 5, oldEnd: 8, newEnd: 5}),
                ranges: t.wordRanges('ggf. und ggf.x Xggf. 😀 ggf.', 'ggf.'),
            };
        }""")
        assert result["same"] is True
        assert result["groups"] == 5 and result["readability"] == 0
        assert result["length"] == ["Eins zwei drei vier."]
        assert result["passive"] == ["Eins zwei"]
        assert result["jargon"] == ["zwei", " drei"]  # split at the end of the passive mark
        assert result["nominal"] == ["zwei"] and result["nominalDepth"] == "2"
        assert result["words"] == [" vier.", " Fünf"]  # split at the end of the sentence mark
        assert result["diffEmoji"] == {"start": 1, "oldEnd": 2, "newEnd": 2}
        assert result["diffInsert"] == {"start": 3, "oldEnd": 3, "newEnd": 5}
        assert result["shiftAfter"] == {"start": 7, "end": 11}
        assert result["shiftInside"] is None and result["touched"] is None
        assert result["shiftBefore"] == {"start": 0, "end": 2}
        assert result["ranges"] == [{"start": 0, "end": 4}, {"start": 23, "end": 27}]
    finally:
        context.close()


def test_accessibility_axe(browser, base_url: str) -> None:
    path = axe_path()
    if path is None:
        missing("axe-core fehlt: npm install --no-save axe-core@4 und AXE_CORE_JS setzen")
    context, page = open_page(browser, base_url, bypass_csp=True)
    try:
        page.add_script_tag(path=str(path))
        run = """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} -> ` +
                     v.nodes.map(n => n.target.join(' ')).join(', '));
        }"""
        assert page.evaluate(run) == []
        type_text(page, TEXT)
        assert page.evaluate(run) == []
        open_finding(page, "ggf.")
        assert page.evaluate(run) == []
        page.click("#detail [data-action='allow']")
        assert page.text_content("#erlaubt")
        page.locator("#hinweise button").first.click()
        page.click("#detail [data-action='rule-off']")
        assert page.locator("#regeln button").count() == 1
        assert page.evaluate(run) == []
    finally:
        context.close()


def test_one_door_organisation_config_on_the_page(browser, tmp_path: Path) -> None:
    """The page checks through the same service as the CLI: the organisation's word list,
    allow entry and a control comment in the pasted text all take effect (issue "One way in")."""
    from simplify.config import load_config

    cfg_file = tmp_path / "simplify.toml"
    cfg_file.write_text('replace = { "Nachweis" = "Beleg" }\nallow = ["unverzüglich"]\n',
                        encoding="utf-8")
    text = ("Bitte schicken Sie uns jeden Nachweis unverzüglich.\n"
            "<!-- simplify: aus Grund: Zitat aus der Satzung -->\n"
            "Der Antrag ist ggf. schriftlich einzureichen.\n"
            "<!-- simplify: an -->\n"
            "Bringen Sie ggf. Ihren Ausweis mit.\n")
    app = create_app(Settings(), config=load_config(str(cfg_file)))
    with running_server(app) as url:
        context, page = open_page(browser, url)
        try:
            type_text(page, text)
            marks = [m for _, m in marked(page)]
            assert "Nachweis" in marks  # the organisation's own word list
            assert "unverzüglich" not in marks  # allowed by the organisation
            assert marks.count("ggf.") == 1  # the suppressed passage stays unmarked
            assert not [m for m in marks if "einzureichen" in m]
        finally:
            context.close()
