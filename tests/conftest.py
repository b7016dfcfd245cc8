"""Shared helpers of the project's own tests."""

from __future__ import annotations

import ast
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "tests" / "submissions"


def import_torch():
    """PyTorch on the CPU with one thread, for the cross-checks of the references against it.

    The test is skipped, with the reason, when PyTorch is not installed, except where
    KATA_REQUIRE_TORCH=1 (`.ci/run` sets it after installing the CPU build): there its
    absence fails the test, so CI never passes with the cross-checks silently skipped.
    """
    import pytest

    try:
        import torch
    except ImportError:
        if os.environ.get("KATA_REQUIRE_TORCH") == "1":
            pytest.fail("KATA_REQUIRE_TORCH=1 but PyTorch is not installed (pip install torch==2.13.0)")
        pytest.skip("PyTorch is not installed: pip install torch (its CPU build) to run the cross-checks")
    torch.set_num_threads(1)
    return torch


def run_kata(args: list[str], workspace: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the real `kata` command line in a subprocess (python -m harness)."""
    environment = {key: value for key, value in os.environ.items() if key != "KATA_WORKSPACE"}
    return subprocess.run(
        [sys.executable, "-m", "harness", *args, "--workspace", str(workspace)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        cwd=workspace.parent,
    )


def check_many(
    cases: list[tuple[str, Path, dict]], processes: int = 3
) -> dict[Path, tuple[int, dict, float]]:
    """Check many learner files through run_check, the function behind `kata check`.

    cases are (slug, learner file, options: seed, timing, timeout). They are shared
    among a few batch processes (tests/batch_check.py), each starting Python, NumPy
    and pytest once; every file still gets its own workers and pytest session. The
    result maps each file to (exit code, results document, seconds the check took);
    the document's "leaks" says what the check left behind (each batch process has
    a private TMPDIR).
    """
    chunks = [cases[index::processes] for index in range(processes)]

    def run(chunk: list[tuple[str, Path, dict]]) -> list[tuple[Path, tuple[int, dict, float]]]:
        if not chunk:
            return []
        lines = "".join(json.dumps([slug, str(path), options]) + "\n" for slug, path, options in chunk)
        with tempfile.TemporaryDirectory(prefix="kata-batch-") as temporary:  # leaks are seen per batch
            completed = subprocess.run(
                [sys.executable, str(ROOT / "tests" / "batch_check.py")],
                input=lines,
                capture_output=True,
                text=True,
                timeout=600,
                cwd=ROOT,
                env={**os.environ, "TMPDIR": temporary},
            )
        assert completed.returncode == 0, completed.stderr[-2000:]
        results = []
        for line in completed.stdout.splitlines():
            path, code, document = json.loads(line)
            seconds = document["katas"][0]["duration_seconds"]
            results.append((Path(path), (code, document, seconds)))
        return results

    with concurrent.futures.ThreadPoolExecutor(max_workers=processes) as pool:
        return {path: result for chunk in pool.map(run, chunks) for path, result in chunk}


def declared_mistakes(path: Path) -> tuple[str, ...]:
    """A kept wrong file's MISTAKES (one key or a tuple of keys); () when it declares none."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MISTAKES" for t in node.targets):
            value = ast.literal_eval(node.value)
            return (value,) if isinstance(value, str) else tuple(value)
    return ()


def failure_text(kata: dict) -> str:
    """The kata's message and the messages of its tests that did not pass."""
    parts = [kata["message"]] + [t["message"] for t in kata["tests"] if t["status"] != "pass"]
    return "\n".join(parts)


def alive_with(token: str) -> list[str]:
    """Running processes (not zombies) whose command line holds token, as "pid: command".

    The test runner's own command line is left out. Without /proc (macOS), pgrep.
    """
    if not os.path.isdir("/proc"):
        found = subprocess.run(["pgrep", "-f", token], capture_output=True, text=True).stdout
        return found.split()
    alive = []
    for name in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{name}/cmdline", "rb") as handle:
                command = handle.read()
            with open(f"/proc/{name}/stat") as handle:
                state = handle.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if token.encode() in command and b"pytest" not in command and state not in ("Z", "X"):
            alive.append(f"{name}: {command[:80]!r}")
    return alive
