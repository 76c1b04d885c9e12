"""store.py K F S: copy a judged set into benchmarks/judgements (texts + samples + reviews)."""
import shutil
import sys
from pathlib import Path

k, f, s = sys.argv[1:4]
d, j = Path(f"/tmp/safety{k}"), Path(__file__).resolve().parent.parent
out = j / f"fresh-texts-{k}"
out.mkdir(exist_ok=True)
for p in sorted((d / "texts").glob("*.txt")):
    shutil.copy(p, out / p.name)
shutil.copy(d / "safety-sample.tsv", j / f"safety-sample-{s}.tsv")
shutil.copy(d / "safety-review.tsv", j / f"safety-review-{s}.tsv")
shutil.copy(d / "findings-sample.tsv", j / f"findings-sample-{f}.tsv")
shutil.copy(d / "findings-review.tsv", j / f"findings-review-{f}.tsv")
print("stored", out)
