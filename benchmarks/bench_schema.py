"""Schemathesis against the running service: a bounded run, failures printed (issue 15, item 8).

    python benchmarks/bench_schema.py                    # 25 examples per operation
    python benchmarks/bench_schema.py --examples 100 --checks all

Starts the app in this process with a real uvicorn server on a free loopback port
(api.testing.running_server), then runs the ``st`` command of schemathesis (dev extra) against
/openapi.json. The run is bounded (examples per operation, request timeout, deterministic
generation) and stops by itself. Exit code: that of schemathesis (0 = no failures).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--examples", type=int, default=25, help="examples per operation")
    ap.add_argument("--checks", default="all", help="schemathesis checks (default: all)")
    ap.add_argument("--max-chars", type=int, default=5000,
                    help="SIMPLIFY_MAX_CHARS of the service under test (short texts: fast)")
    ap.add_argument("--include-path-regex", default=None,
                    help="only operations whose path matches, e.g. '^/v2'")
    args = ap.parse_args()
    st = shutil.which("st", path=str(Path(sys.executable).parent)) or shutil.which("st")
    if st is None:
        print("schemathesis fehlt: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    from api import Settings, create_app
    from api.testing import running_server

    app = create_app(Settings(max_chars=args.max_chars, time_budget=30))
    with running_server(app) as url:
        config = Path(__file__).with_name("schemathesis.toml")
        cmd = [st, "--config-file", str(config), "run", f"{url}/openapi.json",
               "--checks", args.checks,
               "--max-examples", str(args.examples), "--request-timeout", "60",
               "--generation-deterministic", "--no-color", "--workers", "1"]
        if args.include_path_regex:
            cmd += ["--include-path-regex", args.include_path_regex]
        began = time.perf_counter()
        code = subprocess.run(cmd, check=False, env={**os.environ, "NO_COLOR": "1"}).returncode
        print(f"schemathesis: exit {code} in {time.perf_counter() - began:.0f} s "
              f"({args.examples} examples per operation)")
    return code


if __name__ == "__main__":
    sys.exit(main())
