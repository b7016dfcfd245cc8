"""A killed run and two runs at once leave no trace and a consistent state."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, alive_with

HANGS = """
import os, subprocess, sys
subprocess.Popen(["/bin/sh", "-c", "sleep 600; true", "TOKEN"])


def softmax(x, axis=-1):
    while True:
        pass
"""


def _start(workspace: Path, temporary: Path, *args: str) -> subprocess.Popen:
    environment = {k: v for k, v in os.environ.items() if k != "KATA_WORKSPACE"}
    environment["TMPDIR"] = str(temporary)
    command = [sys.executable, "-m", "harness", "check", "softmax", "-w", str(workspace), *args]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    )


def test_sigterm_leaves_no_worker_no_temporary_file_and_a_valid_state(tmp_path: Path):
    workspace, temporary = tmp_path / "workspace", tmp_path / "tmp"
    workspace.mkdir()
    temporary.mkdir()
    token = f"kata-robustness-orphan-{os.getpid()}-{time.monotonic_ns()}"  # two suites at once: ours only
    (workspace / "softmax.py").write_text(HANGS.replace("TOKEN", token))
    process = _start(workspace, temporary, "--timeout", "60")
    deadline = time.monotonic() + 20
    while not any(temporary.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # the worker is now looping in learner code
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 143, stderr  # 128 + SIGTERM, as a shell reports it
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert list(temporary.iterdir()) == []
    time.sleep(0.2)
    assert alive_with(token) == []
    state = workspace / ".kata" / "state.json"
    assert not state.exists() or json.loads(state.read_text())["version"] == 1
    assert not list((workspace / ".kata").glob("*.tmp")) if (workspace / ".kata").exists() else True


def test_two_checks_at_once_keep_the_state_whole(tmp_path: Path):
    workspace, temporary = tmp_path / "workspace", tmp_path / "tmp"
    workspace.mkdir()
    temporary.mkdir()
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    runs = [_start(workspace, temporary, "--no-timing") for _ in range(3)]
    for run in runs:
        run.communicate(timeout=60)
        assert run.returncode == 0
    state = json.loads((workspace / ".kata" / "state.json").read_text())
    assert state["katas"]["softmax"]["status"] == "pass_not_timed"  # a pass with --no-timing
    assert sorted(p.name for p in (workspace / ".kata").iterdir()) == ["lock", "state.json"]
