"""Form fields of fillable PDFs (AcroForm) and Word documents (content controls, legacy fields).

The files are built here: the PDF with pypdf (two pages, text fields with tooltips, a check
box, a radio group, default values), the .docx with python-docx and its XML elements. All texts
are our own.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simplify.cli import main
from simplify.formats_in import extract
from simplify.sources import decode

# -- building a fillable PDF -----------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(pages: list[dict], encrypt: str | None = None) -> bytes:
    """A PDF whose pages carry ``lines`` (text, x, y) and ``fields`` (dicts, see below)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    def name(value: str) -> NameObject:
        return NameObject("/" + value)

    def text(value: str) -> TextStringObject:
        return TextStringObject(value)

    def rect(x: float, y: float, w: float = 200, h: float = 18) -> ArrayObject:
        return ArrayObject([FloatObject(x), FloatObject(y), FloatObject(x + w), FloatObject(y + h)])

    def appearance(states: list[str]) -> DictionaryObject:
        normal = DictionaryObject()
        for state in [*states, "Off"]:
            stream = DecodedStreamObject()
            stream.set_data(b"")
            stream[NameObject("/BBox")] = rect(0, 0, 10, 10)
            normal[name(state)] = writer._add_object(stream)
        return DictionaryObject({NameObject("/N"): normal})

    writer = PdfWriter()
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    })
    font_ref = writer._add_object(font)
    all_fields = ArrayObject()
    for spec in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})})
        ops = []
        for line, x, y in spec.get("lines", []):
            ops.append(b"BT /F1 11 Tf %d %d Td " % (x, y) + _pdf_string(line) + b" Tj ET")
        content = DecodedStreamObject()
        content.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(content)
        annots = ArrayObject()
        for f in spec.get("fields", []):
            base = {NameObject("/T"): text(f["name"])}
            if "tooltip" in f:
                base[NameObject("/TU")] = text(f["tooltip"])
            if f["type"] == "text":
                widget = DictionaryObject({
                    **base, NameObject("/Type"): NameObject("/Annot"),
                    NameObject("/Subtype"): NameObject("/Widget"), NameObject("/FT"): name("Tx"),
                    NameObject("/Rect"): rect(*f["at"]), NameObject("/P"): page.indirect_reference,
                })
                if "default" in f:
                    widget[NameObject("/DV")] = text(f["default"])
                    widget[NameObject("/V")] = text(f["default"])
                ref = writer._add_object(widget)
                annots.append(ref)
                all_fields.append(ref)
            elif f["type"] == "checkbox":
                widget = DictionaryObject({
                    **base, NameObject("/Type"): NameObject("/Annot"),
                    NameObject("/Subtype"): NameObject("/Widget"), NameObject("/FT"): name("Btn"),
                    NameObject("/Rect"): rect(*f["at"], w=12, h=12),
                    NameObject("/AP"): appearance([f["caption"]]), NameObject("/V"): name("Off"),
                    NameObject("/AS"): name("Off"), NameObject("/P"): page.indirect_reference,
                })
                ref = writer._add_object(widget)
                annots.append(ref)
                all_fields.append(ref)
            elif f["type"] == "radio":
                parent = DictionaryObject({
                    **base, NameObject("/FT"): name("Btn"),
                    NameObject("/Ff"): NumberObject((1 << 15) | (1 << 14)),
                    NameObject("/V"): name("Off"),
                })
                parent_ref = writer._add_object(parent)
                kids = ArrayObject()
                for k, option in enumerate(f["options"]):
                    kid = DictionaryObject({
                        NameObject("/Type"): NameObject("/Annot"),
                        NameObject("/Subtype"): NameObject("/Widget"),
                        NameObject("/Parent"): parent_ref,
                        NameObject("/Rect"): rect(f["at"][0], f["at"][1] - 20 * k, w=12, h=12),
                        NameObject("/AP"): appearance([option]), NameObject("/AS"): name("Off"),
                        NameObject("/P"): page.indirect_reference,
                    })
                    kid_ref = writer._add_object(kid)
                    kids.append(kid_ref)
                    annots.append(kid_ref)
                parent[NameObject("/Kids")] = kids
                all_fields.append(parent_ref)
        page[NameObject("/Annots")] = annots
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(DictionaryObject({
        NameObject("/Fields"): all_fields, NameObject("/NeedAppearances"): BooleanObject(True),
    }))
    if encrypt is not None:
        writer.encrypt(user_password=encrypt, owner_password="eigentuemer", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


FORM_PAGES = [
    {
        "lines": [("Antrag auf Zuschuss zur Kinderbetreuung", 50, 800),
                  ("Angaben zur antragstellenden Person", 50, 770),
                  ("Familienname:", 50, 740), ("Vorname:", 50, 710)],
        "fields": [
            {"type": "text", "name": "person.familienname", "tooltip": "Familienname",
             "at": (150, 736)},
            {"type": "text", "name": "person.vorname", "at": (150, 706)},
        ],
    },
    {
        "lines": [("Zustellung und Frist", 50, 800), ("Fristende:", 50, 740),
                  ("Zustellung:", 50, 680)],
        "fields": [
            {"type": "text", "name": "frist",
             "tooltip": "Der Antrag ist bis zum 31. März bei der Stadtverwaltung einzureichen.",
             "at": (150, 736)},
            {"type": "text", "name": "hinweis", "tooltip": "Hinweis zur Zahlung",
             "default": "Die Auszahlung erfolgt nach Eingang aller Unterlagen.", "at": (150, 606)},
            {"type": "checkbox", "name": "zustimmung", "tooltip": "Zustimmung Datenschutz",
             "caption": "Einverstanden", "at": (150, 646)},
            {"type": "radio", "name": "zustellweg", "tooltip": "Zustellweg",
             "options": ["Per Post", "Elektronisch"], "at": (150, 680)},
        ],
    },
]


@pytest.fixture(scope="module")
def form_pdf() -> bytes:
    return build_pdf(FORM_PAGES)


def _units(src) -> list[tuple[dict, str]]:
    return [(seg.location, src.text[seg.start: seg.end]) for seg in src.segments]


def test_pdf_fields_are_read_with_page_and_name(form_pdf):
    src = extract(Path("formular.pdf"), form_pdf, decode)
    units = _units(src)
    fields = {(loc["page"], loc["field"], loc["part"]): text for loc, text in units
              if "field" in loc}
    assert fields[(1, "Familienname", "Beschriftung")] == "Familienname"
    # a tooltip that is a sentence is a help text; the label comes from the page
    assert fields[(2, "Fristende", "Hilfetext")].startswith("Der Antrag ist bis zum 31. März")
    assert fields[(2, "Hinweis zur Zahlung", "Vorgabe")].startswith("Die Auszahlung erfolgt")
    assert fields[(2, "Zustimmung Datenschutz", "Auswahl")] == "Einverstanden"
    radio = sorted(text for loc, text in units
                   if loc.get("field") == "Zustellweg" and loc["part"] == "Auswahl")
    assert radio == ["Elektronisch", "Per Post"]
    # the field without tooltip is named by the text next to it (already in the page text)
    names = {loc["field_name"]: loc["field"] for loc, _ in units if "field" in loc}
    assert "person.vorname" not in names or names["person.vorname"] == "Vorname"
    # page text stays as it was, and each field comes after the text of its page
    pages = [loc["page"] for loc, _ in units]
    assert pages == sorted(pages)
    assert "Angaben zur antragstellenden Person" in src.text
    for seg in src.segments:
        if "field" in seg.location:
            assert src.text[seg.start - 2: seg.start] == "\n\n"  # a unit of its own


def test_pdf_field_findings_are_located_in_all_outputs(form_pdf, tmp_path, capsys):
    path = tmp_path / "formular.pdf"
    path.write_bytes(form_pdf)
    main(["check", str(path), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    findings = data["files"][0]["findings"] if "files" in data else data[0]["findings"]
    by_field = {}
    for f in findings:
        loc = f.get("location", {})
        if loc.get("field"):
            by_field.setdefault((loc["page"], loc["field"], loc.get("part")), []).append(f)
    help_findings = by_field.get((2, "Fristende", "Hilfetext"), [])
    assert any(f["family"] == "passive" for f in help_findings), by_field.keys()
    assert by_field.get((2, "Hinweis zur Zahlung", "Vorgabe")), by_field.keys()

    main(["check", str(path), "--format", "text"])
    out = capsys.readouterr().out
    assert "Seite 2, Feld „Fristende“, Hilfetext" in out

    main(["check", str(path), "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    results = sarif["runs"][0]["results"]
    logical = [loc for r in results for loc in r["locations"][0].get("logicalLocations", [])]
    fields = [loc for loc in logical if loc["kind"] == "formField"]
    assert any(loc["name"] == "Fristende" and loc["fullyQualifiedName"] == "frist"
               for loc in fields)
    assert any("Feld „Fristende“" in r["message"]["text"] for r in results)


@pytest.mark.parametrize("fmt,needle", [
    ("github", "Feld „Fristende“"),
    ("junit", "Feld „Fristende“"),
    ("markdown", "Feld „Fristende“"),
    ("html", "Feld „Fristende“"),
])
def test_pdf_field_named_in_every_format(form_pdf, tmp_path, capsys, fmt, needle):
    path = tmp_path / "formular.pdf"
    path.write_bytes(form_pdf)
    main(["check", str(path), "--format", fmt])
    assert needle in capsys.readouterr().out


# -- bad PDFs in a batch -------------------------------------------------------------------------


def test_broken_and_encrypted_pdf_fail_alone(form_pdf, tmp_path, capsys):
    (tmp_path / "gut.pdf").write_bytes(form_pdf)
    (tmp_path / "kaputt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF")
    (tmp_path / "geschuetzt.pdf").write_bytes(build_pdf(FORM_PAGES, encrypt="geheim"))
    code = main(["check", str(tmp_path), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 2
    data = json.loads(captured.out)
    files = data.get("files", data)
    by_name = {Path(f["path"]).name: f for f in files}
    assert by_name["gut.pdf"]["findings"]
    errors = json.dumps(data, ensure_ascii=False) + captured.err
    assert "kaputt.pdf: Die PDF-Datei kann nicht geöffnet werden" in errors
    assert "geschuetzt.pdf: Die PDF-Datei ist mit einem Passwort geschützt" in errors


# -- Word: content controls and legacy form fields -----------------------------------------------


def _el(tag: str, **attrs: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def _run(text: str):
    r = _el("w:r")
    t = _el("w:t")
    t.text = text
    r.append(t)
    return r


def build_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Antrag auf Zuschuss zur Kinderbetreuung")
    document.add_paragraph("Bitte füllen Sie alle Felder aus.")
    # paragraph 3: inline content control showing its placeholder
    para = document.add_paragraph("Geburtsdatum des Kindes: ")
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    pr.append(_el("w:alias", val="Geburtsdatum"))
    pr.append(_el("w:tag", val="kind_geburtsdatum"))
    pr.append(_el("w:showingPlcHdr"))
    sdt.append(pr)
    content = _el("w:sdtContent")
    content.append(_run("Das Geburtsdatum ist vom Antragsteller hier einzutragen."))
    sdt.append(content)
    para._p.append(sdt)
    # paragraph 4: legacy text form field with help and status text
    para = document.add_paragraph("Einkommen im Monat: ")
    begin = _el("w:r")
    char = _el("w:fldChar", fldCharType="begin")
    ff = _el("w:ffData")
    ff.append(_el("w:name", val="Einkommen"))
    ff.append(_el("w:helpText", type="text",
                  val="Die Angabe des Einkommens hat unter Beifügung der Nachweise zu erfolgen."))
    ff.append(_el("w:statusText", type="text", val="Einkommen in Euro"))
    text_input = _el("w:textInput")
    text_input.append(_el("w:default", val="0 Euro"))
    ff.append(text_input)
    char.append(ff)
    begin.append(char)
    para._p.append(begin)
    instr = _el("w:r")
    instr_text = _el("w:instrText")
    instr_text.text = " FORMTEXT "
    instr.append(instr_text)
    para._p.append(instr)
    sep = _el("w:r")
    sep.append(_el("w:fldChar", fldCharType="separate"))
    para._p.append(sep)
    para._p.append(_run("0 Euro"))
    end = _el("w:r")
    end.append(_el("w:fldChar", fldCharType="end"))
    para._p.append(end)
    # a table cell with a drop-down content control
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Familienstand"
    cell = table.cell(0, 1)
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    pr.append(_el("w:alias", val="Familienstand"))
    drop = _el("w:dropDownList")
    for item in ("ledig", "verheiratet", "in eingetragener Lebenspartnerschaft lebend"):
        drop.append(_el("w:listItem", displayText=item, value=item))
    pr.append(drop)
    sdt.append(pr)
    content = _el("w:sdtContent")
    content_p = _el("w:p")
    content_p.append(_run("ledig"))
    content.append(content_p)
    sdt.append(content)
    cell._tc.append(sdt)
    # a control around a whole paragraph whose placeholder is a building block of the glossary
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    pr.append(_el("w:alias", val="Anschrift"))
    pr.append(_el("w:tag", val="anschrift"))
    placeholder = _el("w:placeholder")
    placeholder.append(_el("w:docPart", val="PH_Anschrift"))
    pr.append(placeholder)
    sdt.append(pr)
    content = _el("w:sdtContent")
    content_p = _el("w:p")
    content_p.append(_run("Lindenweg 4, 12345 Musterstadt"))
    content.append(content_p)
    sdt.append(content)
    document.element.body.insert(len(document.element.body) - 1, sdt)  # before w:sectPr
    _add_glossary(document, {"PH_Anschrift": "Hier ist die Anschrift durch den Antragsteller "
                                             "einzutragen."})
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_glossary(document, parts: dict[str, str]) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:docPart><w:docPartPr><w:name w:val="{name}"/></w:docPartPr><w:docPartBody><w:p>'
        f"<w:r><w:t>{text}</w:t></w:r></w:p></w:docPartBody></w:docPart>"
        for name, text in parts.items())
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:glossaryDocument xmlns:w="{w}"><w:docParts>{body}</w:docParts>'
            f"</w:glossaryDocument>").encode()
    part = Part(PackURI("/word/glossary/document.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                ".glossary+xml", blob, document.part.package)
    document.part.relate_to(part, RT.GLOSSARY_DOCUMENT)


@pytest.fixture(scope="module")
def form_docx() -> bytes:
    return build_docx()


def test_docx_controls_are_read_with_their_place(form_docx):
    src = extract(Path("formular.docx"), form_docx, decode)
    fields = {(loc.get("paragraph"), loc.get("table"), loc["field"], loc["part"]): text
              for loc, text in _units(src) if "field" in loc}
    assert fields[(3, None, "Geburtsdatum", "Beschriftung")] == "Geburtsdatum"
    assert fields[(3, None, "Geburtsdatum", "Platzhalter")].startswith("Das Geburtsdatum ist")
    assert fields[(4, None, "Einkommen", "Hilfetext")].startswith("Die Angabe des Einkommens")
    assert fields[(4, None, "Einkommen", "Statuszeile")] == "Einkommen in Euro"
    assert fields[(4, None, "Einkommen", "Vorgabe")] == "0 Euro"
    options = sorted(text for loc, text in _units(src)
                     if loc.get("field") == "Familienstand" and loc["part"] == "Auswahl")
    assert options == ["in eingetragener Lebenspartnerschaft lebend", "ledig", "verheiratet"]
    # a control around a paragraph: its title and its placeholder from the glossary, located
    # at the paragraph it holds
    anschrift = {loc["part"]: (loc, text) for loc, text in _units(src)
                 if loc.get("field") == "Anschrift"}
    assert anschrift["Platzhalter"][1].startswith("Hier ist die Anschrift")
    assert anschrift["Platzhalter"][0]["field_name"] == "anschrift"
    para = anschrift["Platzhalter"][0]["paragraph"]
    assert any(loc == {"paragraph": para} and text == "Lindenweg 4, 12345 Musterstadt"
               for loc, text in _units(src))
    # the paragraph text itself is still there
    assert "Bitte füllen Sie alle Felder aus." in src.text


def test_docx_field_findings_are_located(form_docx, tmp_path, capsys):
    path = tmp_path / "formular.docx"
    path.write_bytes(form_docx)
    main(["check", str(path), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    findings = data["files"][0]["findings"] if "files" in data else data[0]["findings"]
    located = [(f["location"], f["family"]) for f in findings if f["location"].get("field")]
    assert any(loc["field"] == "Geburtsdatum" and loc["paragraph"] == 3 and fam == "passive"
               for loc, fam in located), located
    assert any(loc["field"] == "Einkommen" and loc["part"] == "Hilfetext" for loc, _ in located)

    main(["check", str(path), "--format", "text"])
    assert "Absatz 3, Feld „Geburtsdatum“, Platzhalter" in capsys.readouterr().out

    main(["check", str(path), "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    logical = [loc for r in sarif["runs"][0]["results"]
               for loc in r["locations"][0].get("logicalLocations", [])]
    assert {"name": "Geburtsdatum", "fullyQualifiedName": "kind_geburtsdatum",
            "kind": "formField"} in logical


def test_pdf_wrapped_lines_join_and_keep_page_lines(tmp_path, capsys):
    """Printed lines of a PDF join into one sentence; the finding keeps page and line."""
    pdf = build_pdf([{"lines": [
        ("Hinweise zum Antrag", 50, 800),
        ("Dem Antrag sind alle", 50, 770),
        ("Nachweise über das Einkommen und die Miete der letzten drei Monate", 50, 756),
        ("beizufügen. Die Antrag-", 50, 742),
        ("stellung ist kostenlos.", 50, 728),
    ]}])
    src = extract(Path("hinweise.pdf"), pdf, decode)
    assert "Antrag-\nstellung" in src.text  # the text stays as on the page
    path = tmp_path / "hinweise.pdf"
    path.write_bytes(pdf)
    main(["check", str(path), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    findings = data["files"][0]["findings"]
    passive = [f for f in findings if f["family"] == "passive"]
    assert passive and passive[0]["location"] == {"page": 1, "line": 2}
    assert "Nachweise" in passive[0]["text"]
