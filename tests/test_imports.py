"""What learner code may import: its workspace's files, NumPy and the standard library.

Other installed packages (SciPy, ...) and the grader's own packages are refused;
a missing module's message lists the workspace's importable files; the sandbox
shows the workspace read-only, without its ``.kata`` folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, check_many, failure_text, run_kata
from harness import sandbox, worker_pool
from harness.worker import Limits, WorkerProcess

SANDBOXED = pytest.mark.skipif(sandbox.bubblewrap_problem() is not None, reason="needs bubblewrap")
MODES = [pytest.param("bubblewrap", marks=SANDBOXED), "none"]

HELPER = """
import numpy as np


def shifted_exp(x, axis):
    return np.exp(x - np.max(x, axis=axis, keepdims=True))
"""
SOFTMAX_WITH_HELPER = """
import numpy as np
from mlutils import shifted_exp


def softmax(x, axis=-1):
    exponentials = shifted_exp(x, axis)
    return exponentials / np.sum(exponentials, axis=axis, keepdims=True)
"""
ATTENTION_WITH_SOFTMAX = """
import math

import numpy as np
from softmax import softmax


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / math.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    return softmax(scores, axis=-1) @ V
"""
PROBE = """
import importlib
import os


def attempt(name):
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        return f"{type(error).__name__}: {error}"
    return f"imported {module.__file__}"


def write_beside(module_name):
    folder = os.path.dirname(importlib.import_module(module_name).__file__)
    try:
        with open(os.path.join(folder, "written.py"), "w") as handle:
            handle.write("x = 1")
    except OSError as error:
        return f"refused: {error.strerror}"
    return "written"


def helper_raises():
    import mlutils

    return mlutils.shifted_exp(None, 0)


def state_files(module_name):
    folder = os.path.dirname(importlib.import_module(module_name).__file__)
    return sorted(os.listdir(os.path.join(folder, ".kata")))
"""


def make_workspace(tmp_path: Path, files: dict[str, str]) -> Path:
    workspace = tmp_path / "workspace"
    (workspace / ".kata").mkdir(parents=True)
    (workspace / ".kata" / "state.json").write_text("{}", encoding="utf-8")
    for name, text in files.items():
        (workspace / name).write_text(text, encoding="utf-8")
    return workspace


def call_probe(workspace: Path, function: str, *args: object) -> object:
    """Load PROBE in a worker that may import workspace's files, and call one of its functions."""
    with WorkerProcess(Limits(), workspace=workspace) as process:
        load = {"op": "load", "source": PROBE, "filename": "probe.py", "function": function}
        assert process.request(load, 20)["ok"] == "loaded"
        reply = process.request({"op": "call", "args": list(args), "kwargs": {}}, 20)
    assert reply["ok"] == "returned", reply
    return reply["value"]


@pytest.mark.parametrize("mode", MODES)
def test_a_kata_can_import_a_helper_module_from_its_workspace(tmp_path, monkeypatch, mode):
    monkeypatch.setenv("KATA_SANDBOX", mode)  # "bubblewrap" is not "none": the sandbox where it works
    workspace = make_workspace(tmp_path, {"mlutils.py": HELPER, "softmax.py": SOFTMAX_WITH_HELPER})
    code, document, _ = check_many([("softmax", workspace / "softmax.py", {})], processes=1)[
        workspace / "softmax.py"
    ]
    kata = document["katas"][0]
    assert document["sandbox"] == mode
    assert (code, kata["status"]) == (0, "pass"), failure_text(kata)
    assert sorted(path.name for path in workspace.iterdir()) == [".kata", "mlutils.py", "softmax.py"]


def test_attention_can_import_softmax_from_the_workspace(tmp_path):
    softmax = (ROOT / "solutions" / "softmax.py").read_text(encoding="utf-8")
    files = {"softmax.py": softmax, "scaled_dot_product_attention.py": ATTENTION_WITH_SOFTMAX}
    workspace = make_workspace(tmp_path, files)
    completed = run_kata(["check", "scaled_dot_product_attention", "--no-timing"], workspace)
    assert completed.returncode == 0, completed.stdout + completed.stderr


@SANDBOXED
def test_the_sandbox_shows_the_workspace_read_only_and_without_its_state(tmp_path, monkeypatch):
    monkeypatch.delenv("KATA_SANDBOX", raising=False)
    workspace = make_workspace(tmp_path, {"mlutils.py": HELPER})
    assert call_probe(workspace, "write_beside", "mlutils") == "refused: Read-only file system"
    assert call_probe(workspace, "state_files", "mlutils") == []
    assert not (workspace / "written.py").exists()


def test_a_missing_module_names_the_files_that_can_be_imported(tmp_path):
    workspace = make_workspace(tmp_path, {"mlutils.py": HELPER, "iou.py": "", "probe.py": PROBE})
    message = call_probe(workspace, "attempt", "mlutilz")
    assert message == (
        "ModuleNotFoundError: No module named 'mlutilz': your code can import NumPy, the standard "
        "library and your workspace's files (iou.py, mlutils.py, probe.py)"
    )


@pytest.mark.parametrize("name", ["scipy", "sklearn"])
def test_installed_packages_other_than_numpy_are_refused(tmp_path, name):
    pytest.importorskip(name)
    message = call_probe(make_workspace(tmp_path, {}), "attempt", name)
    assert message.startswith("ImportRefused: ")
    assert "this kata is about writing it with NumPy" in message


def test_numpy_lazy_submodules_still_import(tmp_path):
    workspace = make_workspace(tmp_path, {})
    for name in ("numpy.linalg", "numpy.random", "numpy.fft", "numpy.testing", "numpy.polynomial"):
        assert call_probe(workspace, "attempt", name).startswith("imported "), name


@pytest.mark.parametrize("name", ["harness", "solutions", "katas"])
def test_a_workspace_file_named_like_the_grader_is_not_importable(tmp_path, name):
    workspace = make_workspace(tmp_path, {f"{name}.py": "SECRET = 1\n"})
    assert call_probe(workspace, "attempt", name).startswith("ImportError: ")
    assert "part of the grader" in call_probe(workspace, "attempt", name)


@pytest.mark.parametrize("name", ["random", "numpy"])
def test_a_workspace_file_cannot_shadow_numpy_or_the_standard_library(tmp_path, name):
    workspace = make_workspace(tmp_path, {f"{name}.py": "raise RuntimeError('shadowed')\n"})
    imported = call_probe(workspace, "attempt", name)
    assert imported.startswith("imported ") and str(workspace) not in imported
    missing = call_probe(workspace, "attempt", "nothing_here")
    assert f"{name}.py cannot be imported: the library of that name comes first" in missing


def test_a_shortcut_through_scipy_is_an_error_in_kata_check(tmp_path):
    pytest.importorskip("scipy")
    shortcut = ROOT / "tests" / "submissions" / "softmax" / "wrong_scipy_shortcut.py"
    workspace = make_workspace(tmp_path, {})
    shutil.copy(shortcut, workspace / "softmax.py")
    completed = run_kata(["check", "softmax", "--format", "json"], workspace)
    kata = json.loads(completed.stdout)["katas"][0]
    assert (completed.returncode, kata["status"]) == (1, "error")
    assert (
        "SciPy (scipy) cannot be imported here: this kata is about writing it with NumPy" in kata["message"]
    )


def test_prestarted_workers_are_taken_only_for_their_workspace(tmp_path):
    limits = Limits()
    worker_pool.prestart(1, limits, tmp_path)
    try:
        started = worker_pool._prestarted[0]
        other = worker_pool.take(limits)
        assert other is not started and other.workspace is None
        other.close()
        assert worker_pool.take(limits, tmp_path / ".") is started
        started.close()
    finally:
        worker_pool.release_all()


def test_a_traceback_shows_the_lines_of_workspace_helpers(tmp_path):
    workspace = make_workspace(tmp_path, {"mlutils.py": HELPER})
    with WorkerProcess(Limits(), workspace=workspace) as process:
        load = {"op": "load", "source": PROBE, "filename": "probe.py", "function": "helper_raises"}
        assert process.request(load, 20)["ok"] == "loaded"
        reply = process.request({"op": "call", "args": [], "kwargs": {}}, 20)
    assert reply["ok"] == "raised"
    assert [line.split(",")[0] for line in reply["traceback"]] == ["probe.py", "mlutils.py"]


BYPASSES = {
    "a reset meta path": """
import importlib.machinery
import sys

sys.meta_path[:] = [importlib.machinery.BuiltinImporter, importlib.machinery.PathFinder]
import scipy.special
""",
    "a spec from scipy's file": """
import importlib.util
import os
import sys

import numpy

package = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "scipy")
spec = importlib.util.spec_from_file_location(
    "scipy", os.path.join(package, "__init__.py"), submodule_search_locations=[package]
)
module = importlib.util.module_from_spec(spec)
sys.modules["scipy"] = module
spec.loader.exec_module(module)
import scipy.special
""",
    "a child Python": """
import subprocess
import sys

subprocess.run([sys.executable, "-c", "import scipy.special"], check=True, capture_output=True)
""",
}


@SANDBOXED
@pytest.mark.parametrize("trick", list(BYPASSES))
def test_in_the_sandbox_scipy_is_not_there_to_be_reached_by_any_import_trick(tmp_path, monkeypatch, trick):
    """The policy stops honest shortcuts; the sandbox's file system holds against the others."""
    pytest.importorskip("scipy.special")  # installed for the harness, so hidden on purpose
    monkeypatch.setenv("KATA_SANDBOX", "bubblewrap")
    source = (
        BYPASSES[trick] + "\n\ndef softmax(x, axis=-1):\n    return scipy.special.softmax(x, axis=axis)\n"
    )
    if trick == "a child Python":
        source = BYPASSES[trick] + "\n\ndef softmax(x, axis=-1):\n    return x\n"
    workspace = make_workspace(tmp_path, {"softmax.py": source})
    _, document, _ = check_many([("softmax", workspace / "softmax.py", {})], processes=1)[
        workspace / "softmax.py"
    ]
    kata = document["katas"][0]
    assert kata["status"] == "error", failure_text(kata)
    assert "importing softmax.py raised" in kata["message"] or "cannot be imported" in kata["message"]


def test_a_refused_import_names_the_learners_line(tmp_path):
    pytest.importorskip("scipy")
    source = "def softmax(x, axis=-1):\n    from scipy.special import softmax as s\n    return s(x)\n"
    workspace = make_workspace(tmp_path, {"softmax.py": source})
    _, document, _ = check_many([("softmax", workspace / "softmax.py", {})], processes=1)[
        workspace / "softmax.py"
    ]
    kata = document["katas"][0]
    assert kata["status"] == "error"
    assert "(at softmax.py, line 2, in softmax: from scipy.special import" in kata["tests"][0]["message"]
