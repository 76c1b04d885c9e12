"""Are the suggestions safe to apply? Apply every safe suggestion (words and sentence rewrites)
to the shared admin texts and to corpus/, and count what an editor would object to.

Printed figures:
  * new word forms that no lexicon knows (wordfreq's German list, german-nouns' paradigms,
    and the words of our own lists as written), target 0;
  * article-noun agreement failures, found by a check of its own (German article table +
    german-nouns paradigms, on the re-analysed text), target 0;
  * changes inside quotations or inside names of authorities and bodies, found by a scan of
    its own (quote marks; capitalised word runs around an authority word), target 0;
  * the share of findings that keep a safe suggestion, and of those with any suggestion.

With --sample N --write-review FILE it writes N random applied changes (before and after,
nothing about how they were made) for a blind review; --judgements FILE reads the verdicts
(columns key, grammatical, meaning, simpler: yes/no) and prints the shares.

    python benchmarks/bench_safety.py [--texts DIR] [--sample 150 --write-review FILE]
        [--judgements benchmarks/judgements/safety-review.tsv [--sample-file SAMPLE.tsv]]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simplify import get_simplifier  # noqa: E402
from simplify.fix import apply_suggestions  # noqa: E402
from simplify.forms import is_real_form, noun  # noqa: E402
from simplify.service import DocumentService  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# (article) -> allowed (gender, case, number); "pl" for any gender in the plural
ARTICLES: dict[str, set[tuple[str, str, str]]] = {
    "der": {("m", "nominativ", "singular"), ("f", "genitiv", "singular"),
            ("f", "dativ", "singular"), ("pl", "genitiv", "plural")},
    "die": {("f", "nominativ", "singular"), ("f", "akkusativ", "singular"),
            ("pl", "nominativ", "plural"), ("pl", "akkusativ", "plural")},
    "das": {("n", "nominativ", "singular"), ("n", "akkusativ", "singular")},
    "des": {("m", "genitiv", "singular"), ("n", "genitiv", "singular")},
    "dem": {("m", "dativ", "singular"), ("n", "dativ", "singular")},
    "den": {("m", "akkusativ", "singular"), ("pl", "dativ", "plural")},
    "ein": {("m", "nominativ", "singular"), ("n", "nominativ", "singular"),
            ("n", "akkusativ", "singular")},
    "eine": {("f", "nominativ", "singular"), ("f", "akkusativ", "singular")},
    "eines": {("m", "genitiv", "singular"), ("n", "genitiv", "singular")},
    "einem": {("m", "dativ", "singular"), ("n", "dativ", "singular")},
    "einen": {("m", "akkusativ", "singular")},
    "einer": {("f", "genitiv", "singular"), ("f", "dativ", "singular")},
}
QUOTES = re.compile(r"„[^“\n]{1,2000}“|\"[^\"\n]{1,2000}\"|»[^«\n]{1,2000}«")
AUTHORITY = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß]*(?:ministerium|amt|behörde|agentur|gericht|kammer|kasse|zentrale)"
    r"(?:\s+(?:für|der|des|und|von|zur|zum)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s*)+)*")


def agreement_failures(doc, changed: list[tuple[int, int]]) -> list[str]:  # noqa: ANN001
    """Article + (adjectives) + noun groups in changed regions whose article cannot go with
    any gender, case and number the noun form has."""
    out = []
    toks = list(doc)
    for i, t in enumerate(toks):
        if t.lower_ not in ARTICLES or t.tag_ != "ART":
            continue
        j = i + 1
        while j < len(toks) and toks[j].tag_ in {"ADJA", "ADV", "CARD"}:
            j += 1
        if j >= len(toks) or toks[j].tag_ != "NN":
            continue
        a, b = t.idx, toks[j].idx + len(toks[j].text)
        if not any(s < b and a < e for s, e in changed):
            continue
        info = noun(toks[j].lemma_ or toks[j].text)
        if info is None or not info.gender:
            continue
        analyses = info.analyses(toks[j].text)
        if not analyses:
            continue
        ok = any((("pl" if n == "plural" else info.gender), c, n) in ARTICLES[t.lower_]
                 for c, n in analyses)
        if not ok:
            out.append(doc.text[a:b])
    return out


def protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTES.finditer(text)] + [
        (m.start(), m.end()) for m in AUTHORITY.finditer(text) if " " in m.group(0).strip()]


def texts(folder: Path | None = None) -> list[tuple[str, str]]:
    if folder is not None:  # texts nobody tuned on (e.g. written fresh by a helper)
        return [(f"new:{p.stem}", p.read_text(encoding="utf-8"))
                for p in sorted(folder.glob("*.txt"))]
    out = []
    if (DATA / "admin-texts" / "docs").exists():
        out += [(f"admin:{p.stem}", p.read_text(encoding="utf-8"))
                for p in sorted((DATA / "admin-texts" / "docs").glob("*.txt"))]
    out += [(f"corpus:{p.stem}", p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "corpus").glob("*.txt")) if not p.name.endswith(".plain.txt")]
    return out


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(text.rfind("\n", 0, start), max(text.rfind(". ", 0, start), -1) + 1)
    b_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    b = min(b_candidates) + 1 if b_candidates else len(text)
    return max(0, a), b


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", default="formular")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--write-review", type=Path, default=None)
    ap.add_argument("--judgements", type=Path, default=None)
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="a sample already reviewed: its keys are left out (a fresh sample)")
    ap.add_argument("--sample-file", type=Path, default=None,
                    help="the reviewed sample of --judgements: do the edits judged wrong come "
                         "out the same again?")
    ap.add_argument("--texts", type=Path, default=None,
                    help="a folder of .txt files instead of the shared admin texts and corpus/")
    args = ap.parse_args()
    simp = get_simplifier()
    # through the document service, as ``simplify fix`` and the web page apply edits: no
    # edits in a letterhead or in a form's section for the office (``letterhead.py``)
    service = DocumentService()
    findings = with_safe = with_any = 0
    unknown: Counter[str] = Counter()
    agreement: list[str] = []
    inside: list[str] = []
    items = []
    chosen = texts(args.texts)
    for key, text in chosen:
        placed = service.check(service.read_text(text, f"{key}.txt"),
                               service.options(None, profile=args.profile)).report
        report = placed.model_copy(update={"findings": placed.all_findings()})
        findings += len(report.findings)
        with_safe += sum(any(s.safe for s in f.suggestions) for f in report.findings)
        with_any += sum(bool(f.suggestions) for f in report.findings)
        new_text, applied = apply_suggestions(text, report.findings, rewrite=True)
        spans = protected_spans(text)
        shift = 0
        changed = []
        for _f, s in applied:
            old_words = Counter(WORD.findall(text[s.start:s.end]))
            for w in Counter(WORD.findall(s.replacement)) - old_words:
                if not is_real_form(w):
                    unknown[w] += 1
            for a, b in spans:
                if a < s.end and s.start < b and text[a:b] not in s.replacement:
                    inside.append(f"{key}: „{text[s.start:s.end]}“ -> „{s.replacement}“")
            start = s.start + shift
            changed.append((start, start + len(s.replacement)))
            shift += len(s.replacement) - (s.end - s.start)
            a, b = sentence_at(text, s.start, s.end)
            before = " ".join(text[a:b].split())
            after = " ".join((text[a:s.start] + s.replacement + text[s.end:b]).split())
            items.append((f"{key}:{s.start}", before, after))
        agreement += [f"{key}: {g}" for g in
                      agreement_failures(simp.nlp(new_text), changed)]
    print(f"texts: {len(chosen)}; findings: {findings}; applied safe changes: {len(items)}")
    print(f"findings with a safe suggestion: {with_safe} of {findings} = "
          f"{100 * with_safe / max(findings, 1):.1f} % (with any suggestion: "
          f"{100 * with_any / max(findings, 1):.1f} %)")
    print(f"new word forms no lexicon knows: {sum(unknown.values())} "
          f"{dict(unknown.most_common(10))}")
    print(f"article-noun agreement failures (independent check): {len(agreement)}")
    for a in agreement[:20]:
        print("   ", a)
    print(f"changes inside quotations or names (independent scan): {len(inside)}")
    for a in inside[:20]:
        print("   ", a)
    items.sort(key=lambda it: hashlib.sha1(f"{args.seed}:{it[0]}".encode()).digest())
    if args.write_review and args.sample:
        # the review sample comes from the shared admin texts only (texts we did not write)
        seen = set()
        for old in args.exclude:
            with old.open(encoding="utf-8") as fh:
                seen |= {r["key"] for r in csv.DictReader(fh, delimiter="\t")}
        sample = [it for it in items
                  if it[0].startswith(("admin:", "new:")) and it[0] not in seen]
        sample = sample[:args.sample]
        with args.write_review.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["key", "before", "after"])
            for item in sample:
                w.writerow(item)
        print(f"wrote {len(sample)} changes for review to {args.write_review}")
    if args.judgements and args.judgements.exists():
        with args.judgements.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        n = len(rows)
        for col in ("grammatical", "meaning", "simpler"):
            yes = sum(r[col].strip().lower() == "yes" for r in rows)
            print(f"review: {col}: {yes} of {n} = {100 * yes / max(n, 1):.1f} %")
        if args.sample_file:
            # every edit judged wrong in form or meaning: does the current code make it again?
            # samples are written by csv.writer (quoted fields) but older ones were read
            # raw; an edit counts as made again if either reading of its row matches
            judged: dict[str, set[str]] = {}
            for options in ({}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}):
                with args.sample_file.open(encoding="utf-8", newline="") as fh:
                    for r in csv.DictReader(fh, delimiter="\t", **options):
                        judged.setdefault(r["key"], set()).add(r["after"])
            now = {key: after for key, _before, after in items}
            wrong = [r["key"] for r in rows if "no" in (r["grammatical"].strip().lower(),
                                                        r["meaning"].strip().lower())]
            again = [k for k in wrong if k in judged and now.get(k) in judged[k]]
            print(f"edits judged wrong: {len(wrong)}; made again by this code: {len(again)}")
            for k in again:
                print("   ", k)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
