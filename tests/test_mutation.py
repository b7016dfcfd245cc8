"""`kata audit`: the mutator, the classification of mutants, and the audit on real katas.

The audits here run the real worker path on temporary copies of a kata folder
whose hidden tests were cut down or broken on purpose, so that a gap, a stale
entry and a grader fault are each seen for real.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from harness import audit
from harness.audit import AuditOptions, classify, exit_code, run_audit, run_audits
from harness.audit_session import Verdict
from harness.catalog import CatalogError, EquivalentMutant, load_catalog, load_kata
from harness.cli import main
from harness.mutation import Mutant, mutants

HEADER = "import math\n\nimport numpy as np\n\n\ndef f(a, b, c, m):\n    "


def _keys(body: str) -> list[str]:
    return [mutant.key for mutant in mutants(HEADER + body + "\n")]


OPERATOR_CASES = [
    ("return a + b", "arithmetic: `a + b` → `a - b` in `return a + b`"),
    ("return a + b", "arithmetic: `a + b` → `a * b` in `return a + b`"),
    ("return a < b", "comparison: `a < b` → `a >= b` in `return a < b`"),
    ("return a + 3", "constant: `a + 3` → `a + 2` in `return a + 3`"),
    ("return a + 3", "constant: `a + 3` → `a + -3` in `return a + 3`"),
    ("x = a + b", "statement: `x = a + b` → `pass`"),
    (
        "return np.where(a, b, c)",
        "where: `np.where(a, b, c)` → `np.where(a, c, b)` in `return np.where(a, b, c)`",
    ),
    ("return a - b", "arithmetic: `a - b` → `a + b` in `return a - b`"),
    ("return a * b", "arithmetic: `a * b` → `a / b` in `return a * b`"),
    ("return a / b", "arithmetic: `a / b` → `a * b` in `return a / b`"),
    ("return a ** b", "arithmetic: `a ** b` → `a * b` in `return a ** b`"),
    ("return a // b", "arithmetic: `a // b` → `a / b` in `return a // b`"),
    ("a -= b", "arithmetic: `a -= b` → `a += b`"),
    ("return -a", "arithmetic: `-a` → `a` in `return -a`"),
    ("return a < b", "comparison: `a < b` → `a <= b` in `return a < b`"),
    ("return a <= b", "comparison: `a <= b` → `a < b` in `return a <= b`"),
    ("return a > b", "comparison: `a > b` → `a >= b` in `return a > b`"),
    ("return a >= b", "comparison: `a >= b` → `a > b` in `return a >= b`"),
    ("return a == b", "comparison: `a == b` → `a != b` in `return a == b`"),
    ("return a != b", "comparison: `a != b` → `a == b` in `return a != b`"),
    ("return not a", "comparison: `not a` → `a` in `return not a`"),
    ("return a is None", "comparison: `a is None` → `a is not None` in `return a is None`"),
    ("return a and b", "boolean: `a and b` → `a or b` in `return a and b`"),
    ("return a or b", "boolean: `a or b` → `a and b` in `return a or b`"),
    ("return a + 3", "constant: `a + 3` → `a + 4` in `return a + 3`"),
    ("return a + 3", "constant: `a + 3` → `a + 0` in `return a + 3`"),
    ("return a + 0", "constant: `a + 0` → `a + 1` in `return a + 0`"),
    ("return a + 1e-08", "constant: `a + 1e-08` → `a + 0.0` in `return a + 1e-08`"),
    ("return a + 1e-08", "constant: `a + 1e-08` → `a + 1e-07` in `return a + 1e-08`"),
    (
        "return np.max(a, axis=-1)",
        "axis: `np.max(a, axis=-1)` → `np.max(a, axis=0)` in `return np.max(a, axis=-1)`",
    ),
    (
        "return np.max(a, axis=-1)",
        "axis: `np.max(a, axis=-1)` → `np.max(a, axis=1)` in `return np.max(a, axis=-1)`",
    ),
    (
        "return np.max(a, axis=-1)",
        "axis: `np.max(a, axis=-1)` → `np.max(a, axis=-2)` in `return np.max(a, axis=-1)`",
    ),
    (
        "return np.max(a, axis=-1)",
        "axis: `np.max(a, axis=-1)` → `np.max(a, axis=None)` in `return np.max(a, axis=-1)`",
    ),
    (
        "return np.max(a, axis=0)",
        "axis: `np.max(a, axis=0)` → `np.max(a, axis=1)` in `return np.max(a, axis=0)`",
    ),
    (
        "return np.max(a, axis=0)",
        "axis: `np.max(a, axis=0)` → `np.max(a, axis=-1)` in `return np.max(a, axis=0)`",
    ),
    (
        "return np.sum(a, axis=0, keepdims=True)",
        "keyword: `np.sum(a, axis=0, keepdims=True)` → `np.sum(a, axis=0)`",
    ),
    (
        "return np.sum(a, axis=0, keepdims=True)",
        "keyword: `np.sum(a, axis=0, keepdims=True)` → `np.sum(a, keepdims=True)`",
    ),
    ("return np.asarray(a, dtype=float)", "keyword: `np.asarray(a, dtype=float)` → `np.asarray(a)`"),
    (
        "return np.add(a, b, out=c, where=m)",
        "keyword: `np.add(a, b, out=c, where=m)` → `np.add(a, b, where=m)`",
    ),
    (
        "return np.add(a, b, out=c, where=m)",
        "keyword: `np.add(a, b, out=c, where=m)` → `np.add(a, b, out=c)`",
    ),
    ("if a < 0:\n        raise ValueError('negative')\n    return a", "raise-guard: `if a < 0:` → `pass`"),
    ("return a.copy()", "copy: `a.copy()` → `a` in `return a.copy()`"),
    ("return np.copy(a)", "copy: `np.copy(a)` → `a` in `return np.copy(a)`"),
    (
        "return np.array(a, copy=True)",
        "copy: `np.array(a, copy=True)` → `a` in `return np.array(a, copy=True)`",
    ),
    ("return np.max(a)", "function: `np.max(a)` → `np.min(a)` in `return np.max(a)`"),
    ("return a.min()", "function: `a.min()` → `a.max()` in `return a.min()`"),
    ("return np.sum(a)", "function: `np.sum(a)` → `np.mean(a)` in `return np.sum(a)`"),
    ("return np.mean(a)", "function: `np.mean(a)` → `np.sum(a)` in `return np.mean(a)`"),
    (
        "return np.maximum(a, b)",
        "function: `np.maximum(a, b)` → `np.minimum(a, b)` in `return np.maximum(a, b)`",
    ),
    ("return np.argmax(a)", "function: `np.argmax(a)` → `np.argmin(a)` in `return np.argmax(a)`"),
    ("return np.sqrt(a)", "function: `np.sqrt(a)` → `a` in `return np.sqrt(a)`"),
    ("return math.sqrt(a)", "function: `math.sqrt(a)` → `a` in `return math.sqrt(a)`"),
    ("return a[:, None]", "subscript: `a[:, None]` → `a[None, :]` in `return a[:, None]`"),
    ("return a[..., None]", "subscript: `a[..., None]` → `a[None, ...]` in `return a[..., None]`"),
]


@pytest.mark.parametrize(
    ("body", "key"), OPERATOR_CASES, ids=[key.split(" in ")[0] for _, key in OPERATOR_CASES]
)
def test_each_operator_makes_its_mutant(body: str, key: str):
    found = {mutant.key: mutant for mutant in mutants(HEADER + body + "\n")}
    matches = [known for known in found if known == key or known.startswith(f"{key} in `")]
    assert len(matches) == 1, f"{key!r} not among {sorted(found)}"
    mutated = found[matches[0]].source
    after = key.split(" → ")[1].split("`")[1]
    assert after in mutated if after != "pass" else "pass" in mutated
    ast.parse(mutated)  # every mutant is valid Python


def test_docstrings_imports_annotations_defaults_and_raise_messages_are_left_alone():
    source = (
        '"""A module docstring 1 + 2."""\n\nimport numpy as np\nfrom math import sqrt\n\n\n'
        'def f(a: int = 1, b: float = -2.0) -> float:\n    """Doc 3 > 2."""\n'
        '    raise ValueError(f"bad {a + 1}")\n'
    )
    assert mutants(source) == []


def test_a_mutant_changes_one_thing_and_records_its_line():
    source = HEADER + "x = a + b\n    return x * 2\n"
    found = mutants(source)
    assert [mutant.line for mutant in found] == sorted(mutant.line for mutant in found)
    [times] = [mutant for mutant in found if mutant.key.startswith("arithmetic: `x * 2` → `x / 2`")]
    assert times.line == 8
    assert times.source == ast.unparse(ast.parse(source.replace("x * 2", "x / 2")))


def test_keys_do_not_change_when_lines_are_inserted_above():
    body = (
        "if a < 0:\n        raise ValueError('a')\n    return np.sum(a, axis=-1, keepdims=True) / (b + 1)\n"
    )
    before = mutants(HEADER + body)
    moved = "# a comment\n\n\ndef helper(x):\n    return x - 1\n\n\n" + HEADER + body
    after = {mutant.key: mutant for mutant in mutants(moved)}
    for mutant in before:
        assert mutant.key in after, mutant.key
        assert after[mutant.key].line == mutant.line + 7


def test_a_repeated_key_gets_its_occurrence_number():
    keys = _keys("return (a + 1) * (a + 1)")
    assert "constant: `a + 1` → `a + 2` in `return (a + 1) * (a + 1)`" in keys
    assert "constant: `a + 1` → `a + 2` in `return (a + 1) * (a + 1)` (2)" in keys
    assert len(keys) == len(set(keys))


def test_changes_that_mean_the_same_module_make_one_mutant():
    keys = _keys("return np.max(a, axis=-1)")
    assert not any("-0" in key for key in keys), keys  # -1 -> -0 is axis=0, already there
    assert sum("axis=0" in key.split(" in ")[0] for key in keys) == 1


def test_mutants_are_the_same_in_every_process():
    source = (ROOT / "solutions" / "iou.py").read_text(encoding="utf-8")
    here = [(mutant.key, mutant.line, mutant.source) for mutant in mutants(source)]
    code = (
        "import json, sys; from harness.mutation import mutants; "
        "print(json.dumps([[m.key, m.line, m.source] for m in mutants(sys.stdin.read())]))"
    )
    for seed in ("1", "2"):
        completed = subprocess.run(
            [sys.executable, "-c", code],
            input=source,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        )
        assert [tuple(entry) for entry in json.loads(completed.stdout)] == here


# -- classification -----------------------------------------------------------------


def _mutant(key: str) -> Mutant:
    return Mutant(key, 3, key.split(":")[0], "")


def test_each_mutant_is_killed_equivalent_survivor_or_stale():
    kata = dataclasses.replace(
        load_catalog()["softmax"],
        equivalent_mutants=(
            EquivalentMutant("constant: alive", "no input tells"),
            EquivalentMutant("constant: killed", "wrongly listed"),
            EquivalentMutant("constant: gone", "the reference changed"),
        ),
    )
    found = [
        _mutant(key) for key in ("constant: alive", "constant: killed", "arithmetic: x", "copy: y", "axis: z")
    ]
    folder = str(kata.directory)
    verdicts = {
        "constant: alive": Verdict(folder, "constant: alive", "pass"),
        "constant: killed": Verdict(folder, "constant: killed", "fail", test="some test"),
        "arithmetic: x": Verdict(folder, "arithmetic: x", "timeout"),
        "copy: y": Verdict(folder, "copy: y", "error", loaded=False, message="syntax error"),
        "axis: z": Verdict(folder, "axis: z", "pass"),
    }
    results, stale = classify(kata, found, verdicts)
    assert [result.outcome for result in results] == [
        "equivalent",
        "killed",
        "killed",
        "killed-trivially",
        "survived",
    ]
    assert [(entry.mutant, entry.why.split(":")[0]) for entry in stale] == [
        ("constant: killed", "killed by 'some test'"),
        ("constant: gone", "no longer generated"),
    ]


# -- the audit on real katas, through the worker path ---------------------------------------


def _kata_copy(
    tmp_path: Path, slug: str, drop: tuple[str, ...] = (), extra_test: str = "", toml: str = ""
) -> Path:
    """A copy of katas/<slug> whose hidden tests lack the named tests (and gain extra_test)."""
    folder = tmp_path / "katas" / slug
    shutil.copytree(ROOT / "katas" / slug, folder, ignore=shutil.ignore_patterns("__pycache__"))
    test_file = folder / f"test_{slug}.py"
    tree = ast.parse(test_file.read_text(encoding="utf-8"))
    tree.body = [node for node in tree.body if getattr(node, "name", None) not in drop]
    test_file.write_text(ast.unparse(tree) + "\n" + extra_test, encoding="utf-8")
    (folder / "kata.toml").write_text(
        (folder / "kata.toml").read_text(encoding="utf-8") + toml, encoding="utf-8"
    )
    return folder


AXIS_TESTS = ("test_axis_zero_normalises_columns", "test_a_middle_axis_of_a_3d_array")
MAX_TO_LAST = (
    "axis: `np.max(x, axis=axis, keepdims=True)` → `np.max(x, axis=-1, keepdims=True)` "
    "in `exponentials = np.exp(x - np.max(x, axis=axis, keepdims=True))`"
)
SUM_STATEMENT = "in `return exponentials / np.sum(exponentials, axis=axis, keepdims=True)`"
SUM_TO_LAST = (
    "axis: `np.sum(exponentials, axis=axis, keepdims=True)` → "
    f"`np.sum(exponentials, axis=-1, keepdims=True)` {SUM_STATEMENT}"
)
SUM_TO_MEAN = (
    "function: `np.sum(exponentials, axis=axis, keepdims=True)` → "
    f"`np.mean(exponentials, axis=axis, keepdims=True)` {SUM_STATEMENT}"
)


def _listed(*entries: tuple[str, str]) -> str:
    return "".join(
        f'\n[[equivalent_mutants]]\nmutant = "{mutant}"\nreason = "{reason}"\n' for mutant, reason in entries
    )


def test_a_gap_in_the_hidden_tests_is_reported_and_a_stale_entry_fails(tmp_path: Path):
    toml = _listed((SUM_TO_LAST, "pretend"), (SUM_TO_MEAN, "wrong: it is killed"), ("axis: gone", "old"))
    kata = load_kata(_kata_copy(tmp_path, "softmax", drop=AXIS_TESTS, toml=toml))
    report = run_audit(kata, AuditOptions(jobs=1))
    assert not report.fault
    outcomes = {result.key: result.outcome for result in report.results}
    assert outcomes[MAX_TO_LAST] == "survived"  # without the axis tests, axis=-1 goes unseen
    assert outcomes[SUM_TO_LAST] == "equivalent"
    assert outcomes[SUM_TO_MEAN] == "killed"
    assert [entry.mutant for entry in report.stale] == [SUM_TO_MEAN, "axis: gone"]
    assert exit_code([report]) == 1
    text = audit.report_text([report], 1, report.seconds)
    assert f"survived  line 20: {MAX_TO_LAST}" in text
    assert "stale     axis: gone: no longer generated" in text


def test_the_full_hidden_tests_kill_what_the_cut_down_ones_miss():
    report = run_audit(load_catalog()["softmax"], AuditOptions(jobs=1))
    outcomes = {result.key: result for result in report.results}
    assert outcomes[MAX_TO_LAST].outcome == "killed"
    assert outcomes[MAX_TO_LAST].test == "axis zero normalises columns"
    assert report.passed and exit_code([report]) == 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_reference_that_fails_its_hidden_tests_is_a_grader_fault(tmp_path: Path, monkeypatch, jobs: int):
    monkeypatch.setattr(audit, "TASKS_PER_PROCESS", 1)  # jobs=2: a child process judges too
    broken = "\n\ndef test_a_test_that_is_wrong(learner):\n    assert learner(np.array([0.0]))[0] == 2.0\n"
    report = run_audit(load_kata(_kata_copy(tmp_path, "softmax", extra_test=broken)), AuditOptions(jobs=jobs))
    assert "fails its own hidden tests (first failing test: a test that is wrong)" in report.fault
    assert report.results == []
    assert exit_code([report]) == audit.GRADER_FAULT_EXIT
    assert "grader fault" in audit.report_text([report], 1, 0.0)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_hidden_test_file_that_does_not_load_is_a_grader_fault(tmp_path: Path, monkeypatch, jobs: int):
    monkeypatch.setattr(audit, "TASKS_PER_PROCESS", 1)
    report = run_audit(
        load_kata(_kata_copy(tmp_path, "softmax", extra_test="def broken(:\n")), AuditOptions(jobs=jobs)
    )
    assert "could not be loaded" in report.fault
    assert exit_code([report]) == audit.GRADER_FAULT_EXIT


def _children() -> list[str]:
    """Processes whose parent is this one (running or zombies)."""
    found = []
    for name in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{name}/stat") as handle:
                command, _, fields = handle.read().rpartition(")")
        except OSError:
            continue
        if int(fields.split()[1]) == os.getpid():
            found.append(f"{name} {command.partition('(')[2]}")
    return found


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process table from /proc")
def test_processes_judge_as_this_one_does_and_leave_nothing_behind(tmp_path: Path, monkeypatch):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    monkeypatch.setattr(audit, "TASKS_PER_PROCESS", 1)  # a child process even for a few mutants
    children: list[audit._Child] = []
    start_child = audit._Child
    monkeypatch.setattr(
        audit, "_Child", lambda options: children.append(start_child(options)) or children[-1]
    )
    katas = [load_kata(_kata_copy(tmp_path, "softmax", drop=AXIS_TESTS)), load_catalog()["iou"]]
    alone = run_audits(katas, AuditOptions(jobs=1))
    assert children == []
    shared = run_audits(katas, AuditOptions(jobs=2))
    assert len(children) == 1 and children[0].judged > 0
    for one, other in zip(alone, shared):
        assert not one.fault and not other.fault
        assert [(r.key, r.outcome) for r in one.results] == [(r.key, r.outcome) for r in other.results]
    assert os.listdir(temporary) == []
    assert _children() == []


# -- kata.toml and the command line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "phrase"),
    [
        ('[[equivalent_mutants]]\nmutant = "x"\n', "has no reason; add one"),
        ('[[equivalent_mutants]]\nmutant = " "\nreason = "r"\n', "mutant is empty"),
        ('[[equivalent_mutants]]\nmutant = "x"\nreson = "r"\n', "unknown key 'reson'; did you mean reason?"),
        ('[[equivalent_mutants]]\nmutant = "x"\nreason = "r"\n' * 2, "repeats the mutant 'x'"),
        ('equivalent_mutants = ["x"]\n', "must be a [[equivalent_mutants]] table"),
    ],
)
def test_a_broken_equivalent_mutant_entry_names_the_file_and_the_problem(tmp_path: Path, entries, phrase):
    folder = tmp_path / "softmax"
    folder.mkdir()
    text = (ROOT / "katas" / "softmax" / "kata.toml").read_text(encoding="utf-8")
    (folder / "kata.toml").write_text(
        entries + "\n" + text if entries.startswith("equivalent") else text + entries
    )
    with pytest.raises(CatalogError) as error:
        load_kata(folder)
    assert phrase in str(error.value) and str(folder / "kata.toml") in str(error.value)


def test_the_command_prints_figures_and_exits_0_when_every_mutant_is_explained():
    result = CliRunner().invoke(main, ["audit", "softmax", "-j", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("softmax: 24 mutants, 24 killed (0 trivially), 0 equivalent, 0 survived")
    json_result = CliRunner().invoke(main, ["audit", "iou", "--format", "json"], catch_exceptions=False)
    document = json.loads(json_result.output)
    assert document["schema"] == "kata-audit/1"
    listed = len(load_catalog()["iou"].equivalent_mutants)
    assert document["katas"][0]["equivalent"] == listed and document["katas"][0]["survived"] == 0


def test_an_unknown_slug_is_a_usage_error_with_a_suggestion():
    result = CliRunner().invoke(main, ["audit", "sofmax"])
    assert result.exit_code == 2
    assert "did you mean softmax" in result.output
