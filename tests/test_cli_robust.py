"""Issue 15, item 5: Ctrl+C ends a parallel check without orphans; the CLI reads only regular
files and standard input, each against a size limit, read in chunks."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simplify.cli import main
from simplify.errors import InputError
from simplify.sources import MAX_FILE_BYTES, read_stream

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("Der Antrag ist bis zum 1. März einzureichen. Die Bearbeitung erfolgt durch die "
        "zuständige Behörde, sofern die Unterlagen vollständig vorgelegt wurden.\n") * 40


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                         text=True, check=False).stdout
    return [int(p) for p in out.split()]


def _letter(i: int) -> str:
    """A letter whose sentences no other letter has: the parse memo and warm caches must not
    finish the batch before Ctrl+C arrives (the whole batch then takes far longer than the
    few seconds the test waits)."""
    return "".join(
        f"Der Antrag {i}-{k} ist bis zum {k % 28 + 1}. März einzureichen. Die Bearbeitung "
        f"des Vorgangs {i * 100 + k} erfolgt durch die zuständige Behörde, sofern die "
        "Unterlagen vollständig vorgelegt wurden.\n" for k in range(40))


def _as_from_a_shell() -> None:
    """The signal state a command gets from an interactive shell: nothing blocked, Ctrl+C at
    its default. A child inherits blocked and ignored signals from pytest's process, whatever
    earlier tests or plugins left there, and a blocked SIGINT would never arrive."""
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _signal_state(pid: int) -> str:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "(gone)"
    return " ".join(line for line in status.splitlines() if line.startswith(("State", "Sig")))


def test_ctrl_c_ends_a_parallel_check_without_orphans(tmp_path: Path) -> None:
    for i in range(200):
        (tmp_path / f"brief{i:03}.txt").write_text(_letter(i), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "simplify.cli", "check", "--jobs", "2", "--no-progress",
         str(tmp_path)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=_as_from_a_shell)  # noqa: PLW1509 - no threads are started in between
    try:
        deadline = time.monotonic() + 120
        while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.2)
        assert len(_children(proc.pid)) >= 2, "the worker processes did not start"
        time.sleep(3)  # the workers load the pipeline and start checking
        assert proc.poll() is None
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends on Ctrl+C
        try:
            code = proc.wait(timeout=30)  # generous; it ends within about a second
        except subprocess.TimeoutExpired:
            pytest.fail("Ctrl+C did not end the check: "
                        + " | ".join(f"{p}: {_signal_state(p)}"
                                     for p in [proc.pid, *_children(proc.pid)]))
        err = proc.stderr.read().decode("utf-8") if proc.stderr else ""
        assert code != 0
        assert "abgebrochen" in err
        assert "Traceback" not in err and "KeyboardInterrupt" not in err
        for _ in range(50):
            if not _group_alive(proc.pid):
                break
            time.sleep(0.1)
        assert not _group_alive(proc.pid), "worker processes outlived the command"
    finally:
        if proc.poll() is None or _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_special_files_are_refused_and_the_batch_goes_on(tmp_path: Path, capsys,
                                                         kind: str) -> None:
    special = tmp_path / "null.txt"
    if kind == "device":
        special.symlink_to("/dev/zero")
    else:
        os.mkfifo(special)
    good = tmp_path / "brief.txt"
    good.write_text(TEXT[:200], encoding="utf-8")
    code = main(["check", "--jobs", "1", "--no-progress", str(special), str(good)])
    captured = capsys.readouterr()
    assert code == 2
    assert "keine gewöhnliche Datei" in captured.err + captured.out
    assert "brief.txt:1:" in captured.out  # the good file was checked


class _Endless(io.RawIOBase):
    """A standard input that never ends (counts what was read)."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert size > 0, "read everything at once"
        self.read_bytes += size
        return b"a" * size


def test_stdin_over_the_limit_is_refused_without_reading_it_all() -> None:
    stream = _Endless()
    with pytest.raises(InputError, match="zu groß"):
        read_stream(stream, "-", MAX_FILE_BYTES)  # type: ignore[arg-type]
    assert stream.read_bytes <= MAX_FILE_BYTES + 64 * 1024


def test_cli_refuses_big_stdin_in_german(monkeypatch, capsys) -> None:
    big = io.BytesIO(b"Wort " * (MAX_FILE_BYTES // 5 + 10))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(big))
    assert main(["check", "-"]) == 2
    captured = capsys.readouterr()
    assert "Die Datei ist zu groß (mehr als 5,0 MB)" in captured.err + captured.out
