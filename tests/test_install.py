"""The wheel installs outside the repository and checks a text with the rules it ships.

Builds the wheel from this source tree, installs it without dependencies into a fresh venv in
a temporary folder, lets that venv see the dependencies of the test environment (a path file,
so nothing is downloaded), and runs its ``simplify`` command from a folder outside the
repository: the import package, the rules and the word lists must all come from the wheel.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False, **kw)


def test_install_wheel_in_fresh_venv_checks_a_text(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                  "-w", str(dist), str(ROOT)], cwd=tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = list(dist.glob("simplify_verwaltung-*.whl"))
    assert len(wheels) == 1, list(dist.iterdir())

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=tmp_path).stdout.strip())
    deps = sysconfig.get_paths()["purelib"]  # spaCy, HanTa, ... of the test environment
    (site / "test-deps.pth").write_text(deps + "\n", encoding="utf-8")
    installed = _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                      str(wheels[0])], cwd=tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    work = tmp_path / "texte"
    work.mkdir()
    (work / "brief.txt").write_text("Der Antrag ist umgehend einzureichen.\n",
                                    encoding="utf-8")
    where = _run([str(py), "-c", "import simplify, simplify.rules as r; "
                  "print(simplify.__file__); print(r.RULES_DIR)"], cwd=work)
    assert where.returncode == 0, where.stderr
    assert all(str(env_dir) in line for line in where.stdout.splitlines()), where.stdout

    check = _run([str(env_dir / "bin" / "simplify"), "check", "brief.txt", "--format", "json",
                  "--no-progress"], cwd=work)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "SIM-P003" in check.stdout and "SIM-J001" in check.stdout
    version = _run([str(env_dir / "bin" / "simplify"), "--version"], cwd=work)
    assert version.stdout.startswith("simplify ")


def test_install_docs_name_the_free_distribution() -> None:
    """docs/ci.md never tells people to install the unrelated "simplify" from PyPI."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert 'pip install "simplify[' not in text and "pip install simplify\n" not in text
    assert "simplify-verwaltung" in text


def test_install_pre_commit_rev_exists() -> None:
    """The rev in the pre-commit example names something this repository has."""
    import re

    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    rev = re.search(r"^\s*rev:\s*(\S+)", text, re.M).group(1)
    found = _run(["git", "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd=ROOT)
    assert found.returncode == 0, f"rev {rev} does not exist"


def test_install_make_run_installs_only_what_running_needs(tmp_path: Path) -> None:
    """``make run`` installs the service and readers; dev tools come with ``make test``."""
    run = _run(["make", "-n", "-B", "run", f"VENV={tmp_path / 'v'}"], cwd=ROOT)
    test = _run(["make", "-n", "-B", "test", f"VENV={tmp_path / 'v'}"], cwd=ROOT)
    assert run.returncode == 0 and test.returncode == 0, run.stderr + test.stderr
    installs = [line for line in run.stdout.splitlines() if "pip install" in line and "-e" in line]
    assert installs and all("dev" not in line for line in installs), run.stdout
    assert any("dev" in line for line in test.stdout.splitlines() if "pip install" in line)
