"""The sandbox with the package laid out as a wheel installs it, and its fallback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from harness import sandbox

PEEK = """
import os
import numpy as np


def softmax(x, axis=-1):
    seen = [p for p in os.environ.get("KATA_PEEK", "").split(":") if p and os.path.exists(p)]
    if seen:
        raise RuntimeError("saw " + " ".join(seen))
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
"""


def _installed_copy(site: Path) -> Path:
    """The package as a wheel lays it out: katas/ and solutions/ inside harness/."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "harness", site / "harness", ignore=ignore)
    shutil.copytree(ROOT / "katas", site / "harness" / "katas", ignore=ignore)
    shutil.copytree(ROOT / "solutions", site / "harness" / "solutions", ignore=ignore)
    return site / "harness"


def test_a_wheel_layout_checks_a_kata_and_hides_the_package(tmp_path: Path):
    package = _installed_copy(tmp_path / "site")
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "softmax.py").write_text(PEEK)
    hidden = [package / "solutions" / "softmax.py", package / "katas" / "softmax" / "kata.toml"]
    script = (
        f"import sys; sys.path.insert(0, {str(tmp_path / 'site')!r}); "
        f"sys.argv = ['kata', 'check', 'softmax', '--no-timing', '--format', 'json', '-w', "
        f"{str(workspace)!r}]; from harness.cli import run; run()"
    )
    environment = {k: v for k, v in os.environ.items() if k != "KATA_WORKSPACE"}
    environment["KATA_PEEK"] = ":".join(str(path) for path in hidden)
    completed = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
    )
    document = json.loads(completed.stdout)
    kata = document["katas"][0]
    if document["sandbox"] == "bubblewrap":
        assert kata["status"] == "pass", kata["message"] + str([t["message"] for t in kata["tests"]])
    else:  # bare: the package is readable, as SECURITY.md says
        assert kata["status"] == "fail" and "saw" in kata["tests"][0]["message"]


def test_the_bubblewrap_command_hides_the_package_once():
    if sandbox.bubblewrap_problem():
        return  # nothing to build on this machine; the fallback is tested below
    argv = sandbox.bubblewrap_argv()
    tmpfs = [argv[i + 1] for i, word in enumerate(argv) if word == "--tmpfs"]
    tmpfs = [path for path in tmpfs if path not in ("/run", "/tmp", "/dev/shm")]  # the hidden paths
    for path in tmpfs:
        assert not any(Path(other) in Path(path).parents for other in tmpfs), f"{path} is nested"


def test_without_bubblewrap_the_report_says_so(tmp_path: Path):
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    environment = {k: v for k, v in os.environ.items() if k != "KATA_WORKSPACE"}
    environment["KATA_SANDBOX"] = "none"
    command = [sys.executable, "-m", "harness", "check", "softmax", "--no-timing", "-w", str(workspace)]
    completed = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert completed.returncode == 0
    assert "sandbox: none, see SECURITY.md" in completed.stdout.splitlines()  # the report's last line
    refused = subprocess.run(
        command + ["--require-sandbox"], capture_output=True, text=True, env=environment, timeout=120
    )
    assert refused.returncode == 2 and "the sandbox is required" in refused.stderr


PROBE_CHILDREN = """
import os
from harness import processes, sandbox

processes.become_subreaper()  # so that a process the probe leaves behind is found among ours
sandbox.bubblewrap_problem()
children = []
for name in filter(str.isdigit, os.listdir("/proc")):
    try:
        with open(f"/proc/{name}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        continue
    if int(fields[1]) == os.getpid():
        children.append(name + " " + fields[0])
print(children)
"""


def test_the_bubblewrap_probe_leaves_no_zombie_behind():
    if sandbox.bubblewrap_problem():
        pytest.skip(f"bubblewrap cannot run here: {sandbox.bubblewrap_problem()}")
    completed = subprocess.run(
        [sys.executable, "-c", PROBE_CHILDREN], capture_output=True, text=True, cwd=ROOT
    )
    assert completed.stdout.strip() == "[]", completed.stdout + completed.stderr


def test_python_m_harness_from_the_system_temporary_folder_still_runs_the_sandbox(tmp_path: Path):
    """`python -m` puts the current folder on sys.path; bound into the sandbox, /tmp hid its own /tmp."""
    if sandbox.bubblewrap_problem():
        pytest.skip(f"bubblewrap cannot run here: {sandbox.bubblewrap_problem()}")
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    completed = subprocess.run(
        [sys.executable, "-m", "harness", "check", "softmax", "--no-timing", "--format", "json"]
        + ["--workspace", str(workspace)],
        capture_output=True,
        text=True,
        cwd="/tmp",
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    kata = json.loads(completed.stdout)["katas"][0]
    assert kata["status"] == "pass", kata["message"] + kata["output"]


FILLS = """
import numpy as np


def softmax(x, axis=-1):
    written = []
    for folder in ("/dev/shm", "/run", "/dev"):
        try:
            with open(folder + "/fill", "wb") as handle:
                handle.write(b"x" * (8 << 20))  # 8 MiB: past the bound of /dev/shm and /run
            written.append(folder)
        except OSError:
            pass
    if written:
        raise RuntimeError("wrote to " + " ".join(written))
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
"""


def test_the_sandbox_s_writable_memory_is_bounded(tmp_path: Path):
    """Files in a tmpfs are memory the address-space limit does not count: /dev/shm and /run are small."""
    if sandbox.bubblewrap_problem():
        pytest.skip(f"bubblewrap cannot run here: {sandbox.bubblewrap_problem()}")
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "softmax.py").write_text(FILLS, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "harness", "check", "softmax", "--no-timing", "--require-sandbox"]
        + ["--format", "json", "--workspace", str(workspace)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    kata = json.loads(completed.stdout)["katas"][0]
    assert kata["status"] == "pass", kata["message"]
