"""Reading files: text, Markdown, HTML, Word, OpenDocument, PDF; locations; bad files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from simplify.errors import InputError
from simplify.formats_in import extract, locate
from simplify.sources import decode, read_file

# -- fixtures written by code (no binary files in the repository) -------------------------------


def _pdf_string(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF with one text line per entry (Helvetica, WinAnsi)."""
    objs: dict[int, bytes] = {}
    kids = []
    next_id = 4
    for lines in pages:
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        kids.append(page_id)
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
        ops += [("" if i == 0 else "T* ") + _pdf_string(line) + " Tj"
                for i, line in enumerate(lines)]
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1") if lines else b""
        objs[content_id] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                         % content_id)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = out.tell()
        out.write(b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for oid in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[oid])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return out.getvalue()


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Bescheid", 1)
    d.add_paragraph("Der Antrag ist bis zum 1. März einzureichen.")
    d.add_paragraph("")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Gebühr"
    t.cell(0, 1).text = "Die Gebühr ist zu entrichten."
    t.cell(1, 0).merge(t.cell(1, 1)).text = "Verbundene Zelle."
    d.add_paragraph("Es wird gebeten, pünktlich zu zahlen.")
    d.save(str(path))
    return path


def make_odt(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Bescheid"))
    doc.text.addElement(P(text="Der Antrag ist bis zum 1. März einzureichen."))
    table = Table(name="T1")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for text in ["Gebühr", "Die Gebühr ist zu entrichten."]:
        cell = TableCell()
        cell.addElement(P(text=text))
        row.addElement(cell)
    table.addElement(row)
    doc.text.addElement(table)
    items = List()
    item = ListItem()
    item.addElement(P(text="Es wird gebeten, pünktlich zu zahlen."))
    items.addElement(item)
    doc.text.addElement(items)
    doc.save(str(path))
    return path


def _find(report, rule):  # noqa: ANN001, ANN202
    return [f for f in report.findings if f.rule == rule]


# -- text and Markdown --------------------------------------------------------------------------

MD = """---
title: Merkblatt
---
# Anmeldung **wichtig**

Bitte lesen Sie den [Hinweis](https://example.org/x "Titel") und `code`.

```
Der Antrag ist einzureichen.
```

    Eingerückter Code ist einzureichen.

<!-- ein normaler Kommentar: Der Antrag ist einzureichen. -->
| Feld | Erklärung |
|---|---|
| Frist | Der Antrag ist bis zum 1. März einzureichen. |

> Die Gebühr ist zu *entrichten*.
"""


def test_markdown_keeps_offsets_and_skips_code(tmp_path, simp):
    f = tmp_path / "m.md"
    f.write_text(MD, encoding="utf-8")
    src = read_file(f)
    assert src.kind == "markdown" and len(src.text) == len(MD)
    assert src.text.count("\n") == MD.count("\n")
    for gone in ("**", "https://", "`code`", "Titel", "#", "|", ">", "title:", "normaler"):
        assert gone not in src.text
    assert "Anmeldung" in src.text and "Hinweis" in src.text
    report = simp.analyze(src.text)
    p003 = _find(report, "SIM-P003")
    # only the table cell and the quote, never the code blocks or the comment
    assert sorted(f.line for f in p003) == [17, 19]
    for f in p003:
        assert MD.splitlines()[f.line - 1][f.column - 1:].startswith(f.text.split()[0])


def test_text_blanks_only_control_comments(tmp_path):
    raw = "Hallo <!-- simplify: an --> Welt <!-- anderes -->\n"
    f = tmp_path / "t.txt"
    f.write_text(raw, encoding="utf-8")
    src = read_file(f)
    assert len(src.text) == len(raw)
    assert "simplify" not in src.text and "<!-- anderes -->" in src.text
    assert len(src.comments) == 1 and src.comments[0].line == 1


def test_windows_1252_and_crlf(tmp_path):
    f = tmp_path / "w.txt"
    f.write_bytes("Zeile eins\r\nGemäß Antrag.\r\n".encode("cp1252"))
    src = read_file(f)
    assert src.note and "Windows-1252" in src.note
    loc = locate(src, src.text.index("Gemäß"), src.text.index("Gemäß") + 5)
    assert loc == {"line": 2, "column": 1, "end_line": 2, "end_column": 6}


# -- HTML -----------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Kopf</title><style>p { color: red }</style></head>
<body><main>
<h1>Anmeldung</h1>
<p>Erster Absatz &amp; mehr.</p>
<p>Der Antrag ist bis zum
   1. März <b>einzureichen</b>.<p>Ohne Ende-Tag.
<ul><li>Eins<li>Die Gebühr ist zu entrichten.</ul>
<div id="hinweis"><p>Im Kasten.</p></div>
<script>var x = "Der Antrag ist einzureichen.";</script>
</main></body></html>
"""


def test_html_text_and_elements(tmp_path, simp):
    f = tmp_path / "seite.html"
    f.write_text(HTML, encoding="utf-8")
    src = read_file(f)
    assert src.kind == "html"
    assert "Kopf" not in src.text and "var x" not in src.text and "color" not in src.text
    assert "Erster Absatz & mehr." in src.text
    assert "Der Antrag ist bis zum 1. März einzureichen." in src.text
    report = simp.analyze(src.text)
    locs = [locate(src, f.start, f.end) for f in _find(report, "SIM-P003")]
    assert {"element": "p", "path": "body > main > p:nth-of-type(2)", "line": 6} in locs
    li = next(loc for loc in locs if loc["element"] == "li")
    assert li["path"] == "body > main > ul:nth-of-type(1) > li:nth-of-type(2)"
    kasten = src.text.index("Im Kasten")
    assert locate(src, kasten, kasten + 3)["path"] == "body > main > div#hinweis > p:nth-of-type(1)"


# -- Word, OpenDocument, PDF --------------------------------------------------------------------


def test_docx_paragraphs_and_cells(tmp_path, simp):
    src = read_file(make_docx(tmp_path / "brief.docx"))
    assert src.kind == "docx"
    assert src.text.count("Verbundene Zelle.") == 1  # merged cells once
    report = simp.analyze(src.text)
    locs = {f.rule + ":" + f.text: locate(src, f.start, f.end) for f in report.findings}
    assert locs["SIM-P003:ist bis zum 1. März einzureichen"] == {"paragraph": 2}
    assert locs["SIM-P003:ist zu entrichten"] == {"table": 1, "row": 1, "cell": 2}
    assert locs["SIM-P005:Es wird gebeten"] == {"paragraph": 3}


def test_odt_paragraphs_lists_and_cells(tmp_path, simp):
    src = read_file(make_odt(tmp_path / "brief.odt"))
    assert src.kind == "odt"
    report = simp.analyze(src.text)
    locs = {f.rule + ":" + f.text: locate(src, f.start, f.end) for f in report.findings}
    assert locs["SIM-P003:ist bis zum 1. März einzureichen"] == {"paragraph": 2}
    assert locs["SIM-P003:ist zu entrichten"] == {"table": 1, "row": 1, "cell": 2}
    assert locs["SIM-P005:Es wird gebeten"] == {"paragraph": 3}


def test_pdf_pages(tmp_path, simp):
    f = tmp_path / "bescheid.pdf"
    f.write_bytes(make_pdf([["Seite eins hat Text.",
                             "Der Antrag ist bis zum 1. März einzureichen."],
                            ["Auf Seite zwei: Es wird gebeten, pünktlich zu zahlen."]]))
    src = read_file(f)
    assert src.kind == "pdf" and "März" in src.text and "pünktlich" in src.text
    report = simp.analyze(src.text)
    locs = {f.rule: locate(src, f.start, f.end) for f in report.findings}
    assert locs["SIM-P003"] == {"page": 1, "line": 2}
    assert locs["SIM-P005"] == {"page": 2, "line": 1}


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("scan.pdf", make_pdf([[]]), "eingescannt"),
        ("kaputt.pdf", b"%PDF-1.4\nnonsense", "beschädigt"),
        ("kaputt.docx", b"PK\x03\x04 kein zip", "Word-Datei"),
        ("kaputt.odt", b"nicht einmal ein zip", "OpenDocument"),
        ("leer.md", b"  \n\n", "leer"),
        ("binaer.txt", b"\x00\x01\x02", "Binärdaten"),
        ("bild.png", b"\x89PNG", "„.png“"),
    ],
)
def test_unreadable_files_have_german_reasons(tmp_path, name, data, expected):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_file(f)
    assert expected in str(err.value) and str(f) in str(err.value)


def test_stdin_is_plain_text():
    src = extract(Path("-"), b"Text <!-- simplify: an -->", decode, name="-")
    assert src.kind == "text" and src.name == "-" and len(src.comments) == 1
