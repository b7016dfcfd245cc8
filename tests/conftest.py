"""Shared helpers of the project's own tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "tests" / "submissions"


def run_kata(args: list[str], workspace: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the real `kata` command line in a subprocess (python -m harness)."""
    environment = {key: value for key, value in os.environ.items() if key != "KATA_WORKSPACE"}
    return subprocess.run(
        [sys.executable, "-m", "harness", *args, "--workspace", str(workspace)],
        capture_output=True, text=True, timeout=timeout, env=environment, cwd=workspace.parent,
    )


def check_json(slug: str, source: str, workspace: Path, *extra: str) -> tuple[int, dict]:
    """Write source as the learner's file of slug, run `kata check --format json` on it."""
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / f"{slug}.py").write_text(source, encoding="utf-8")
    completed = run_kata(["check", slug, "--format", "json", *extra], workspace)
    try:
        document = json.loads(completed.stdout)
    except ValueError:
        pytest.fail(f"stdout is not JSON (exit {completed.returncode}): {completed.stdout[:300]!r} "
                    f"stderr: {completed.stderr[:300]!r}")
    return completed.returncode, document
