"""Shared helpers of the project's own tests."""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "tests" / "submissions"


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


def check_json(slug: str, source: str, workspace: Path, *extra: str) -> tuple[int, dict]:
    """Write source as the learner's file of slug, run `kata check --format json` on it."""
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / f"{slug}.py").write_text(source, encoding="utf-8")
    completed = run_kata(["check", slug, "--format", "json", *extra], workspace)
    try:
        document = json.loads(completed.stdout)
    except ValueError:
        pytest.fail(
            f"stdout is not JSON (exit {completed.returncode}): {completed.stdout[:300]!r} "
            f"stderr: {completed.stderr[:300]!r}"
        )
    return completed.returncode, document


def check_many(cases: list[tuple[str, Path, list[str]]], root: Path) -> dict[Path, tuple[int, dict, float]]:
    """Check many learner files, each in a workspace of its own, a few at a time.

    cases are (slug, learner file, extra arguments); the result maps each file to
    (exit code, JSON document, wall seconds).
    """

    def run(index_case: tuple[int, tuple[str, Path, list[str]]]) -> tuple[Path, tuple]:
        index, (slug, path, extra) = index_case
        workspace = root / f"w{index}" / "workspace"
        started = time.monotonic()
        code, document = check_json(slug, path.read_text(encoding="utf-8"), workspace, *extra)
        return path, (code, document, time.monotonic() - started)

    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        return dict(pool.map(run, enumerate(cases)))


def failure_text(kata: dict) -> str:
    """The kata's message and the messages of its tests that did not pass."""
    parts = [kata["message"]] + [t["message"] for t in kata["tests"] if t["status"] != "pass"]
    return "\n".join(parts)
