"""A fault of the grader never looks like the learner's, nor like an interrupt.

Each test copies the softmax kata into tmp_path, breaks one part of it, and
checks the reference solution (which is right) through run_check or the CLI.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from harness import cli, cli_check, cli_common
from harness.catalog import Kata, load_catalog, load_kata
from harness.runner import CheckOptions, run_check

REFERENCE = ROOT / "solutions" / "softmax.py"


def broken_kata(tmp_path: Path, **files: str) -> Kata:
    """The softmax kata, copied, with files added or replaced (name -> text)."""
    folder = tmp_path / "katas" / "softmax"
    shutil.copytree(ROOT / "katas" / "softmax", folder)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return load_kata(folder)


def check(kata: Kata, timing: bool = False) -> list:
    return run_check([kata], {"softmax": REFERENCE}, CheckOptions(timing=timing))


def test_a_hidden_test_file_that_does_not_import_is_a_grader_error_naming_it(tmp_path):
    kata = broken_kata(tmp_path, **{"test_broken.py": "import a_module_that_is_not_there\n"})
    (result,) = check(kata)
    assert result.status == "error" and result.grader_fault
    assert "grader error" in result.message and "softmax/test_broken.py" in result.message
    assert "a_module_that_is_not_there" in result.message


def test_other_katas_of_the_same_check_are_still_judged(tmp_path):
    kata = broken_kata(tmp_path, **{"test_broken.py": "raise RuntimeError('broken on purpose')\n"})
    iou = load_catalog()["iou"]
    files = {"softmax": REFERENCE, "iou": ROOT / "solutions" / "iou.py"}
    softmax, judged = run_check([kata, iou], files, CheckOptions(timing=False))
    assert softmax.grader_fault and "broken on purpose" in softmax.message
    assert judged.status == "pass" and not judged.grader_fault


def test_a_reference_that_raises_is_the_graders_fault_not_the_learners(tmp_path):
    test = "def test_calls_the_reference_wrongly(learner, reference):\n    reference('not logits', axis=7)\n"
    (result,) = check(broken_kata(tmp_path, **{"test_reference.py": test}))
    assert result.status == "error" and result.grader_fault
    assert "grader error: the reference softmax() raised" in result.message
    assert "your function" not in result.message


def test_a_hidden_test_asking_for_an_unknown_fixture_is_a_grader_error(tmp_path):
    test = "def test_needs_a_fixture_nobody_gives(learner, no_such_fixture):\n    pass\n"
    (result,) = check(broken_kata(tmp_path, **{"test_fixture.py": test}))
    assert result.grader_fault and "could not be set up" in result.message


def test_a_broken_bench_is_a_grader_error_of_the_timing(tmp_path):
    bench = "def bench_input(size, rng):\n    raise KeyError('no bench today')\n"
    (result,) = check(broken_kata(tmp_path, **{"bench.py": bench}), timing=True)
    assert result.status == "error" and result.grader_fault
    assert "timing" in result.message and "bench.py failed" in result.message


def test_kata_check_exits_3_on_a_grader_fault(tmp_path, monkeypatch: pytest.MonkeyPatch):
    kata = broken_kata(tmp_path, **{"test_broken.py": "import a_module_that_is_not_there\n"})
    for module in (cli_common, cli_check):  # the slug's type and the command each read the catalog
        monkeypatch.setattr(module, "catalog", lambda: {"softmax": kata})
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    shutil.copy(REFERENCE, workspace / "softmax.py")
    result = CliRunner().invoke(cli.main, ["check", "softmax", "--no-timing", "-w", str(workspace)])
    assert result.exit_code == cli_check.GRADER_FAULT_EXIT == 3, result.output
    assert "grader error" in result.output and "interrupted" not in result.output


def test_a_sandbox_that_does_not_start_is_the_graders_fault(monkeypatch: pytest.MonkeyPatch):
    """bwrap failing (user namespaces off, a broken install) must not be blamed on the learner."""
    from harness import sandbox

    def failing(host_work_dir: str, worker_arguments: list[str], workspace=None) -> sandbox.Launch:
        script = "echo 'bwrap: setting up uid map: Permission denied' >&2; exit 1"
        return sandbox.Launch(["sh", "-c", script], host_work_dir, "bubblewrap")

    monkeypatch.setattr(sandbox, "launch", failing)
    (result,) = run_check([load_catalog()["softmax"]], {"softmax": REFERENCE}, CheckOptions(timing=False))
    assert result.status == "error" and result.grader_fault, result.message
    assert "the sandbox did not start (bwrap: setting up uid map: Permission denied)" in result.message


def test_a_learner_printing_bwrap_after_loading_is_still_the_learners_crash(tmp_path: Path):
    learner = tmp_path / "softmax.py"
    learner.write_text(
        "import os, sys\n\n\ndef softmax(x, axis=-1):\n"
        "    print('bwrap: not me', flush=True)\n    os._exit(1)\n",
        encoding="utf-8",
    )
    (result,) = run_check([load_catalog()["softmax"]], {"softmax": learner}, CheckOptions(timing=False))
    assert not result.grader_fault and result.status == "error", result.message
