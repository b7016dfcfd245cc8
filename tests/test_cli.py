"""The command line, through click's CliRunner and through the installed `kata` script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT, run_kata
from harness.catalog import load_catalog
from harness.cli import main
from harness.report import results_schema

SLUGS = list(load_catalog())


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_init_writes_one_stub_per_kata(tmp_path: Path):
    workspace = tmp_path / "workspace"
    result = invoke("init", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in workspace.glob("*.py")) == sorted(SLUGS)
    assert (workspace / ".kata").is_dir()
    assert f"{len(SLUGS)} stub(s) written" in result.output


def test_init_never_overwrites_a_learners_file(tmp_path: Path):
    workspace = tmp_path / "workspace"
    invoke("init", "-w", str(workspace))
    mine = "def softmax(x, axis=-1):\n    return x  # my work\n"
    (workspace / "softmax.py").write_text(mine)
    result = invoke("init", "-w", str(workspace))
    assert result.exit_code == 0
    assert (workspace / "softmax.py").read_text() == mine
    assert "kept" in result.output and "0 stub(s) written" in result.output


def test_init_of_one_kata_writes_only_that_stub(tmp_path: Path):
    workspace = tmp_path / "workspace"
    assert invoke("init", "softmax", "-w", str(workspace)).exit_code == 0
    assert [p.name for p in workspace.glob("*.py")] == ["softmax.py"]


def test_workspace_comes_from_the_environment_variable(tmp_path: Path):
    workspace = tmp_path / "elsewhere"
    result = invoke("init", "softmax", env={"KATA_WORKSPACE": str(workspace)})
    assert result.exit_code == 0
    assert (workspace / "softmax.py").is_file()


def test_list_shows_section_difficulty_and_status(tmp_path: Path):
    workspace = tmp_path / "workspace"
    invoke("init", "softmax", "-w", str(workspace))
    result = invoke("list", "-w", str(workspace), env={"COLUMNS": "120"})
    assert result.exit_code == 0
    rows = [line.split() for line in result.output.splitlines() if line.startswith("  ")]
    lines = {row[0]: " ".join(row) for row in rows}  # each kata's row, under its section's line
    assert set(lines) == set(SLUGS)
    assert "Neural networks" in result.output and lines["softmax"] == "softmax * new 1 point"
    assert "no file" in lines[next(s for s in SLUGS if s != "softmax")]


def test_show_prints_formula_signature_and_example():
    result = invoke("show", "softmax")
    assert result.exit_code == 0
    assert "softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ)" in result.output
    assert "def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray" in result.output
    assert ">>> softmax(" in result.output


def test_an_unknown_slug_is_a_usage_error_with_a_suggestion(tmp_path: Path):
    result = CliRunner().invoke(main, ["show", "sofmax"])
    assert result.exit_code == 2
    assert "did you mean softmax" in result.output


def test_check_without_a_workspace_says_to_run_init(tmp_path: Path):
    result = CliRunner().invoke(main, ["check", "softmax", "-w", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert f"run `kata init -w {tmp_path / 'none'}`" in result.output  # the workspace that was named


def test_check_reports_a_syntax_error_with_its_line(tmp_path: Path):
    workspace = tmp_path / "workspace"
    invoke("init", "softmax", "-w", str(workspace))
    (workspace / "softmax.py").write_text("import numpy as np\n\ndef softmax(x, axis=-1)\n    return x\n")
    result = invoke("check", "softmax", "-w", str(workspace), "--format", "json")
    assert result.exit_code == 1
    kata = json.loads(result.output)["katas"][0]
    assert kata["status"] == "error" and "line 3" in kata["message"]


def test_hint_shows_one_more_hint_each_time(tmp_path: Path):
    workspace = tmp_path / "workspace"
    invoke("init", "softmax", "-w", str(workspace))
    first = invoke("hint", "softmax", "-w", str(workspace)).output
    second = invoke("hint", "softmax", "-w", str(workspace)).output
    assert first.startswith("Hint 1 of") and second.startswith("Hint 2 of")


def test_a_damaged_state_file_is_rebuilt_with_a_warning(tmp_path: Path):
    workspace = tmp_path / "workspace"
    invoke("init", "softmax", "-w", str(workspace))
    (workspace / ".kata" / "state.json").write_text("{not json")
    result = CliRunner().invoke(main, ["list", "-w", str(workspace)])
    assert result.exit_code == 0
    assert "was damaged" in result.output
    assert list((workspace / ".kata").glob("state.damaged-*.json"))


# -- the real command line, in a subprocess -------------------------------------------------


def test_check_json_prints_exactly_one_results_document(tmp_path: Path):
    workspace = tmp_path / "workspace"
    run_kata(["init", "softmax"], workspace)
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    completed = run_kata(["check", "softmax", "--format", "json", "--seed", "3"], workspace)
    assert completed.returncode == 0, completed.stderr
    document = json.loads(completed.stdout)
    assert document["schema"] == "kata-results/1" and document["seed"] == 3
    assert document["sandbox"] in ("bubblewrap", "none")
    kata = document["katas"][0]
    jsonschema.validate(document, results_schema())
    assert set(kata) == {
        "slug",
        "status",
        "message",
        "tests",
        "timing",
        "points",
        "earned",
        "duration_seconds",
        "output",
        "grader_fault",
        "diagnosis",
    }
    assert kata["diagnosis"] is None and all(test["diagnosis"] is None for test in kata["tests"])
    assert kata["grader_fault"] is False
    assert kata["status"] == "pass" and kata["earned"] == kata["points"]
    timing_fields = {"learner_seconds", "reference_seconds", "ratio", "max_ratio", "ratio_spread", "growth"}
    timing_fields |= {"printed_per_call", "uncertain"}
    assert set(kata["timing"]) == timing_fields
    assert kata["timing"]["growth"] is None and len(kata["timing"]["ratio_spread"]) == 2
    assert document["summary"] == {
        "total": 1,
        "pass": 1,
        "fail": 0,
        "slow": 0,
        "error": 0,
        "timeout": 0,
        "not_started": 0,
        "points": 1,
        "earned": 1,
        "score": 1.0,
    }


def test_check_without_a_slug_checks_the_file_edited_last(tmp_path: Path):
    workspace = tmp_path / "workspace"
    run_kata(["init"], workspace)
    later = workspace / "softmax.py"
    later.write_text(later.read_text() + "# started\n")  # edited: a stub as init wrote it does not count
    os.utime(later, (later.stat().st_atime, later.stat().st_mtime + 100))
    completed = run_kata(["check", "--format", "json", "--no-timing"], workspace)
    assert [k["slug"] for k in json.loads(completed.stdout)["katas"]] == ["softmax"]


def test_the_text_report_marks_each_test_and_gives_the_verdict(tmp_path: Path):
    workspace = tmp_path / "workspace"
    run_kata(["init", "softmax"], workspace)
    wrong = ROOT / "tests" / "submissions" / "softmax" / "wrong_ignores_axis.py"
    shutil.copy(wrong, workspace / "softmax.py")
    completed = run_kata(["check", "softmax"], workspace)
    assert completed.returncode == 1
    lines = completed.stdout.rstrip().splitlines()
    assert lines[1:3] == [
        "  Most likely: you always normalise the last axis: use the axis argument",
        "  (matches 2 of 2 failing tests)",
    ]
    assert "  ✓ 14 tests passed" in lines
    assert "  ✗ axis zero normalises columns" in lines
    assert lines[-1].startswith("  FAIL: 2 of")
    assert "Traceback" not in completed.stdout + completed.stderr


def test_the_installed_kata_script_runs_from_an_unrelated_directory(tmp_path: Path):
    script = shutil.which("kata")
    if script is None:
        pytest.fail("the `kata` console script is not on PATH: install the project (pip install -e .)")
    workspace = tmp_path / "somewhere" / "workspace"
    workspace.parent.mkdir()
    environment = {k: v for k, v in os.environ.items() if k != "KATA_WORKSPACE"}
    subprocess.run(
        [script, "init", "softmax"], cwd=workspace.parent, check=True, capture_output=True, env=environment
    )
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    completed = subprocess.run(
        [script, "check", "softmax", "--no-timing"],
        cwd=workspace.parent,
        capture_output=True,
        text=True,
        env=environment,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "  PASS" in completed.stdout.splitlines()


def test_list_without_a_workspace_says_how_to_create_one(tmp_path: Path):
    result = invoke("list", "-w", str(tmp_path / "missing"), env={"COLUMNS": "200"})
    assert result.exit_code == 0
    words = " ".join(result.output.split())  # rich may wrap a long path's line
    assert words.endswith(f"yet: `kata init -w {tmp_path / 'missing'}` creates it.")


def test_the_command_line_starts_without_numpy():
    """Every command pays for what `import harness.cli` loads; `kata check` starts its workers
    before it imports NumPy, so that both start-ups overlap, and never imports rich (50 ms)."""
    code = (
        "import sys, click, harness.cli as c\n"
        "heavy = ('numpy', 'pytest', 'rich', 'harness.cli_audit', 'harness.cli_grade')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "c.main.get_command(click.Context(c.main), 'check')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert completed.stdout.split("\n")[:2] == ["[]", "[]"], completed.stdout + completed.stderr


def test_every_command_loads_on_first_use_under_its_own_name():
    from harness.cli import COMMANDS

    context = click.Context(main)
    assert main.list_commands(context) == sorted(COMMANDS)
    for name in COMMANDS:
        command = main.get_command(context, name)
        assert command is not None and command.name == name
    assert main.get_command(context, "nosuch") is None
