"""NumPy functions a kata forbids (`forbidden` in kata.toml): refused statically and at run time."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT
from harness.catalog import CatalogError, load_catalog, load_kata
from harness.shortcuts import forbidden_use
from harness.worker import Limits, WorkerProcess

WHOLE_JOB = "which does this kata's whole job"
RUNTIME_EXP = """
import numpy as np


def softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)
    try:
        exponentials = getattr(np, "e" + "xp")(shifted)
    except Exception:
        exponentials = np.power(np.e, shifted)
    return exponentials / np.sum(exponentials, axis=axis, keepdims=True)
"""
CHECK_FOLDER = """
import json, sys
from pathlib import Path
from harness.catalog import load_kata
from harness.runner import CheckOptions, run_check
kata = load_kata(Path(sys.argv[1]))
[result] = run_check([kata], {kata.slug: Path(sys.argv[2])}, CheckOptions(timing=False))
print(json.dumps(result.as_json()))
"""


def softmax_forbidding(tmp_path: Path, names: str) -> Path:
    """A copy of the softmax kata whose kata.toml has `forbidden = names`."""
    folder = tmp_path / "katas" / "softmax"
    shutil.copytree(ROOT / "katas" / "softmax", folder)
    toml = folder / "kata.toml"
    toml.write_text(f"forbidden = {names}\n" + toml.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def check_folder(folder: Path, learner: Path) -> dict:
    """run_check on a kata loaded from folder, in a process of its own, as JSON."""
    completed = subprocess.run(
        [sys.executable, "-c", CHECK_FOLDER, str(folder), str(learner)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return json.loads(completed.stdout)


def test_forbidden_names_are_loaded_from_kata_toml(tmp_path):
    kata = load_kata(softmax_forbidding(tmp_path, '["numpy.exp", "numpy.linalg.norm"]'))
    assert kata.forbidden == ("numpy.exp", "numpy.linalg.norm")


@pytest.mark.parametrize(
    ("names", "phrase"),
    [
        ('["scipy.special.softmax"]', "each entry is a NumPy name"),
        ('["numpy.softmax"]', "NumPy does not have"),
        ('"numpy.exp"', "forbidden must be list"),
    ],
)
def test_a_bad_forbidden_list_is_a_catalog_error(tmp_path, names, phrase):
    with pytest.raises(CatalogError, match=phrase):
        load_kata(softmax_forbidding(tmp_path, names))


def test_the_static_check_names_the_function_and_the_line(tmp_path):
    result = check_folder(softmax_forbidding(tmp_path, '["numpy.exp"]'), ROOT / "solutions" / "softmax.py")
    assert result["status"] == "error"
    assert result["tests"] == []
    assert "softmax.py, line " in result["message"]
    assert f"your code calls numpy.exp, {WHOLE_JOB}" in result["message"]


def test_a_forbidden_call_built_at_run_time_is_an_error_even_when_caught(tmp_path):
    learner = tmp_path / "softmax.py"
    learner.write_text(RUNTIME_EXP, encoding="utf-8")
    result = check_folder(softmax_forbidding(tmp_path, '["numpy.exp"]'), learner)
    assert result["status"] == "error"
    assert f"your code calls numpy.exp, {WHOLE_JOB}" in result["message"]


def test_the_worker_reports_a_caught_forbidden_call_in_its_reply():
    with WorkerProcess(Limits()) as process:
        load = {
            "op": "load",
            "source": RUNTIME_EXP,
            "filename": "softmax.py",
            "function": "softmax",
            "forbidden": ["numpy.exp"],
        }
        assert process.request(load, 20)["ok"] == "loaded"
        reply = process.request({"op": "call", "args": [np.zeros(2)], "kwargs": {}}, 20)
        assert reply["ok"] == "returned"
        assert np.allclose(reply["value"], [0.5, 0.5])
        assert reply["refused"].startswith(f"your code calls numpy.exp, {WHOLE_JOB}")


@pytest.mark.parametrize(
    "source",
    [
        "import numpy as np\n\ndef f(x):\n    return np.var(x)\n",
        "import numpy\n\nv = numpy.var\n",
        "from numpy import var as spread\n",
        "def f(x):\n    return x.var(axis=0)\n",
        "import numpy as np\n\nf = getattr(np, 'var')\n",
    ],
)
def test_the_static_check_finds_every_spelling(source):
    kata = dataclasses.replace(load_catalog()["softmax"], forbidden=("numpy.var",))
    message = forbidden_use(kata, source, "softmax.py")
    assert message is not None and "numpy.var" in message
    assert f"line {source.count(chr(10), 0, source.index('var')) + 1}" in message


@pytest.mark.parametrize(
    "source",
    [
        "from numpy import linalg\n\nn = linalg.norm(x)\n",
        "import numpy as np\n\nn = np.linalg.norm(x)\n",
        "import numpy.linalg as la\n\nn = la.norm(x)\n",
        "from numpy.linalg import norm\n",
        "n = x.norm()\n",
    ],
)
def test_the_static_check_finds_a_forbidden_submodule_function(source):
    kata = dataclasses.replace(load_catalog()["softmax"], forbidden=("numpy.linalg.norm",))
    assert "numpy.linalg.norm" in (forbidden_use(kata, source) or "")


@pytest.mark.parametrize(
    "source",
    [
        "import math\n\nv = math.var(3)\n",
        "def var(x):\n    return x\n\nv = var(3)\n",
        "import numpy as np\n\nv = np.mean(x)  # np.var(x)\n",
        "import numpy as np\n\nv = 'np.var(x)'\n",
        "def broken(:\n",
    ],
)
def test_the_static_check_leaves_other_code_alone(source):
    kata = dataclasses.replace(load_catalog()["softmax"], forbidden=("numpy.var",))
    assert forbidden_use(kata, source) is None
