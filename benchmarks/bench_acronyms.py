"""Every finding of the acronym rule (SIM-J009, „Abkürzung ohne Erklärung“) with its sentence,
so that a person can read them all: on the admin texts (or any folder of .txt files) and the
project's corpus, through the document service (repeats grouped), profile ``formular``.

    python benchmarks/bench_acronyms.py [--data /work/shared/data] [--docs FOLDER]

Per finding: the file, the acronym, how often it recurs, its wordfreq Zipf value, and the
sentence of its first use. At the end the counts per folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify.forms import zipf  # noqa: E402
from simplify.service import DocumentService  # noqa: E402

RULE = "SIM-J009"


def folders(args: argparse.Namespace) -> dict[str, list[Path]]:
    if args.docs is not None:
        return {str(args.docs): sorted(args.docs.glob("*.txt"))}
    data = args.data if args.data.is_dir() else Path("/work/shared/data")
    corpus = sorted(p for p in (ROOT / "corpus").glob("*.txt") if ".plain." not in p.name)
    out = {"corpus": corpus}
    docs = data / "admin-texts" / "docs"
    if docs.is_dir():
        out["admin-texts"] = sorted(docs.glob("*.txt"))
    else:
        print(f"({docs} fehlt: nur das eigene Korpus)")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--docs", type=Path, default=None, help="a folder of .txt files instead")
    ap.add_argument("--profile", default="formular")
    args = ap.parse_args()
    service = DocumentService()
    for name, paths in folders(args).items():
        count = places = 0
        for path in paths:
            text = path.read_text(encoding="utf-8")
            report = service.check_text(text, profile=args.profile)
            for f in report.findings:
                if f.rule != RULE:
                    continue
                count += 1
                places += 1 + len(f.repeats)
                line = text.splitlines()[f.line - 1].strip()
                if len(line) > 200:
                    col = max(0, f.column - 100)
                    line = "…" + line[col: col + 200] + "…"
                print(f"{path.name}:{f.line}  {f.text}  (+{len(f.repeats)}, "
                      f"Zipf {zipf(f.text.replace('-', '')):.2f}, {f.level.value})\n"
                      f"    {line}")
        print(f"== {name}: {len(paths)} Texte, {count} Befunde ({places} Stellen)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
