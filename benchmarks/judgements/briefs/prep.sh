#!/bin/bash
# usage: prep.sh K  -> safety sample (all edits) + findings sample (150, seed K-2) + blind copy
K=$1; F=$((K-2)); D=/tmp/safety$K
HERE=$(git -C "$(dirname "$0")" rev-parse --show-toplevel); PY=$HERE/.venv/bin/python
W=${W:-$HERE}; cd "$W" && git rev-parse --short=8 HEAD > $D/commit
$PY benchmarks/bench_safety.py --texts $D/texts --sample 100000 --seed $K \
  --write-review $D/safety-sample.tsv > $D/safety-prep.log 2>&1 &
$PY benchmarks/bench_editor.py --docs $D/texts --sample 150 --seed $F \
  --write-review $D/findings-sample.tsv > $D/findings-prep.log 2>&1
wait
$PY - "$D" <<'PY'
import csv, sys
d = sys.argv[1]
with open(f"{d}/findings-sample.tsv", encoding="utf-8", newline="") as fh:
    rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))
with open(f"{d}/findings-blind.tsv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
    w.writerow(["id", "file"] + rows[0][1:])
    for i, r in enumerate(rows[1:], 1):
        w.writerow([i, r[0].rsplit(":", 2)[0]] + r[1:])
print(len(rows) - 1, "blind rows")
PY
tail -n 2 $D/safety-prep.log $D/findings-prep.log; cat $D/commit
