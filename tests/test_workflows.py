"""The GitHub Actions workflows for a class: grade.yml (a learner's fork) and gradebook.yml.

Both are valid against the workflow schema that check-jsonschema vendors, have the
properties that keep a fork's CI honest (a pinned upstream install, no secrets, a
read-only token, the sandbox, reports uploaded always), their shards cover 1..N once,
and their run: scripts are run here with bash, as a runner would run them.
"""

from __future__ import annotations

import copy
import csv
import fnmatch
import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from conftest import ROOT
from harness import sandbox

WORKFLOWS = ROOT / ".github" / "workflows"
GRADE = WORKFLOWS / "grade.yml"
GRADEBOOK = WORKFLOWS / "gradebook.yml"
KATA = Path(sys.executable).with_name("kata")  # the installed command, as on a runner

CI_REPORTS = importlib.util.find_spec("harness.ci_reports") is not None
NEEDS_CI_REPORTS = pytest.mark.skipif(
    not CI_REPORTS,
    reason="harness/ci_reports.py (kata grade's JUnit, step summary and annotations) is not here yet",
)
NEEDS_KATA = pytest.mark.skipif(not KATA.is_file(), reason=f"no installed `kata` command at {KATA}")
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def load(path: Path) -> dict[str, Any]:
    """A workflow as GitHub reads it: YAML 1.2, where `on` is a key, not the boolean true."""
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def workflow_schema() -> dict[str, Any]:
    """The GitHub workflow schema (SchemaStore's) as the installed check-jsonschema vendors it."""
    vendor = resources.files("check_jsonschema") / "builtin_schemas" / "vendor"
    return json.loads((vendor / "github-workflows.json").read_text(encoding="utf-8"))


def schema_errors(document: dict[str, Any]) -> list[str]:
    schema = workflow_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message[:200]}"
        for error in validator.iter_errors(document)
    ]


def steps(workflow: dict[str, Any], job: str) -> dict[str, dict[str, Any]]:
    """A job's steps by id (every step of these workflows has one)."""
    found = {}
    for step in workflow["jobs"][job]["steps"]:
        assert "id" in step, f"a step of {job} has no id: {step}"
        found[step["id"]] = step
    return found


def run_scripts(workflow: dict[str, Any]) -> list[str]:
    return [
        step["run"] for job in workflow["jobs"].values() for step in job.get("steps", []) if "run" in step
    ]


def command(script: str, words: tuple[str, ...]) -> list[str]:
    """The arguments of the one command in script that starts with words (backslash lines joined)."""
    joined = script.replace("\\\n", " ")
    found = []
    for line in joined.splitlines():
        tokens = shlex.split(line, comments=True)
        for start in range(len(tokens) - len(words) + 1):
            if tuple(tokens[start : start + len(words)]) == words:
                found.append(tokens[start + len(words) :])
    assert len(found) == 1, f"expected one `{' '.join(words)}` in:\n{script}"
    return found[0]


def option(arguments: list[str], name: str) -> str:
    assert arguments.count(name) == 1, f"{name} once in {arguments}"
    return arguments[arguments.index(name) + 1]


def substitute(text: str, values: dict[str, Any]) -> str:
    """The ${{ ... }} expressions of text replaced by the test's values; one without a value fails."""

    def one(match: re.Match[str]) -> str:
        assert match.group(1) in values, f"the test has no value for ${{{{ {match.group(1)} }}}}"
        return str(values[match.group(1)])

    return EXPRESSION.sub(one, text)


def base_environment(tmp_path: Path, workspace: Path) -> dict[str, str]:
    """What a runner gives a step (but the workflow's env): PATH with kata, the GitHub variables."""
    kept = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GITHUB_", "RUNNER_", "KATA_", "PYTHON")) and key != "CI"
    }
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir(exist_ok=True)
    return {
        **kept,
        "PATH": f"{KATA.parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "step-summary.md"),
        "GITHUB_OUTPUT": str(tmp_path / "github-output"),
        "RUNNER_TEMP": str(runner_temp),
        "COLUMNS": "100",
    }


def run_job(
    workflow: dict[str, Any],
    job: str,
    cwd: Path,
    environment: dict[str, str],
    values: dict[str, Any] | None = None,
    only: tuple[str, ...] | None = None,
    after: str | None = None,
    overrides: dict[str, str] | None = None,
) -> dict[str, subprocess.CompletedProcess]:
    """Run a job's run: steps (those named in only, else those after the step `after`) in order.

    As a runner does: the workflow's, job's and step's env over the runner's, the
    default shell (bash --noprofile --norc -eo pipefail), and after a failed step
    only the steps whose if: holds always(). Steps that use an action are skipped.
    overrides replace env values of the workflow (what the test turns off).
    """
    assert workflow["defaults"]["run"]["shell"] == "bash"
    values = values or {}
    ordered = list(steps(workflow, job).items())
    if after is not None:
        ordered = ordered[[name for name, _ in ordered].index(after) + 1 :]
    completed: dict[str, subprocess.CompletedProcess] = {}
    failed = False
    for name, step in ordered:
        if "run" not in step or (only is not None and name not in only):
            continue
        if failed and "always()" not in str(step.get("if", "")):
            continue
        env = dict(environment)
        for level in (workflow.get("env", {}), workflow["jobs"][job].get("env", {}), step.get("env", {})):
            env.update({key: substitute(str(value), values) for key, value in level.items()})
        env.update(overrides or {})
        script = Path(environment["RUNNER_TEMP"]) / f"step-{job}-{name}.sh"
        script.write_text(substitute(step["run"], values), encoding="utf-8")
        directory = cwd / substitute(step.get("working-directory", "."), values)
        completed[name] = result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=directory,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        reap_adopted_orphans()
        failed = failed or result.returncode != 0
    return completed


def reap_adopted_orphans(seconds: float = 5.0) -> None:
    """Wait for and reap the children this process adopted from a step's processes.

    The sandbox probe made this process a subreaper, so a helper that kata grade's
    grader processes leave (multiprocessing's resource tracker) becomes our child
    when they exit, and would stay a zombie of the test run, which the tests that
    count their children see. No other child of ours runs at this point.
    """
    if not os.path.isdir("/proc"):
        return
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        children = {}
        for name in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{name}/stat", encoding="utf-8", errors="replace") as handle:
                    fields = handle.read().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid():
                children[int(name)] = fields[0]
        if not children:
            return
        for pid, state in children.items():
            if state == "Z":
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass
        time.sleep(0.01)


# -- both files are workflows GitHub accepts ------------------------------------------------------


@pytest.mark.parametrize("path", [GRADE, GRADEBOOK], ids=lambda path: path.name)
def test_the_workflow_is_valid_against_the_github_workflow_schema(path: Path):
    assert schema_errors(load(path)) == []


def _uses_and_run(document: dict[str, Any]) -> None:
    document["jobs"]["grade"]["steps"][0]["run"] = "echo a step may not both use an action and run"


def _no_on(document: dict[str, Any]) -> None:
    del document["on"]


@pytest.mark.parametrize("breaking", [_uses_and_run, _no_on], ids=["step-with-uses-and-run", "no-on"])
def test_the_schema_check_rejects_a_broken_workflow(breaking):
    document = copy.deepcopy(load(GRADE))
    breaking(document)
    assert schema_errors(document) != []


# -- grade.yml: what makes a fork's own CI worth reading ---------------------------------------------


def test_grade_runs_on_push_in_forks_and_by_hand_anywhere():
    workflow = load(GRADE)
    assert set(workflow["on"]) == {"push", "workflow_dispatch"}
    condition = workflow["jobs"]["grade"]["if"]
    assert "github.event.repository.fork" in condition and "'workflow_dispatch'" in condition


PINNED_INSTALL = "ml-katas @ git+https://github.com/${KATA_UPSTREAM}@${KATA_RELEASE}"


@pytest.mark.parametrize("path", [GRADE, GRADEBOOK], ids=lambda path: path.name)
def test_ml_katas_comes_from_the_pinned_upstream_release_never_from_the_checkout(path: Path):
    workflow = load(path)
    env = workflow["env"]
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", env["KATA_UPSTREAM"]), env["KATA_UPSTREAM"]
    tag_or_commit = r"v\d+\.\d+\.\d+([.-]?\w+)*|[0-9a-f]{40}"
    assert re.fullmatch(tag_or_commit, env["KATA_RELEASE"]), env["KATA_RELEASE"]
    installs = []
    for job in workflow["jobs"].values():
        for step in job.get("steps", []):
            script = step.get("run", "")
            assert not re.search(r"python3?\s+-m\s+harness|harness/|katas/|solutions/", script), script
            for line in script.replace("\\\n", " ").splitlines():
                tokens = shlex.split(line, comments=True)
                if "pip" not in tokens or "install" not in tokens:
                    continue
                installs.append(step["id"])
                arguments = tokens[tokens.index("install") + 1 :]
                assert set(word for word in arguments if word.startswith("-")) <= {"--quiet", "-q"}, arguments
                assert [word for word in arguments if not word.startswith("-")] == [PINNED_INSTALL], (
                    f"{path.name} installs something else than the pinned release: {arguments}"
                )
    assert installs and set(installs) == {"install"}, installs


def test_both_workflows_pin_the_same_release():
    """The learner's own CI and the instructor's gradebook judge with the same hidden tests."""
    grade, gradebook = load(GRADE)["env"], load(GRADEBOOK)["env"]
    for name in ("KATA_UPSTREAM", "KATA_RELEASE"):
        assert grade[name] == gradebook[name], name


@pytest.mark.parametrize("path", [GRADE, GRADEBOOK], ids=lambda path: path.name)
def test_no_module_of_the_checkout_can_shadow_python_s(path: Path):
    """PYTHONSAFEPATH (Python 3.11+) keeps the current folder off sys.path of every python."""
    workflow = load(path)
    assert workflow["env"]["PYTHONSAFEPATH"] == "1"
    for job in workflow["jobs"].values():
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/setup-python@"):
                major, minor = map(int, str(step["with"]["python-version"]).split("."))
                assert (major, minor) >= (3, 11), step


@pytest.mark.parametrize("path", [GRADE, GRADEBOOK], ids=lambda path: path.name)
def test_no_secrets_and_a_read_only_token(path: Path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\bsecrets\s*[.\[]", text), "a fork's workflow has no secrets to use"
    assert "pull_request_target" not in text
    workflow = load(path)
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in workflow["jobs"].items():
        assert "permissions" not in job, f"job {name} widens the token"
    for job in workflow["jobs"].values():
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("path", [GRADE, GRADEBOOK], ids=lambda path: path.name)
def test_actions_are_pinned_to_a_major_version_and_scripts_take_values_from_env(path: Path):
    workflow = load(path)
    for job in workflow["jobs"].values():
        for step in job.get("steps", []):
            if "uses" in step:
                assert re.fullmatch(r"actions/[\w-]+@v\d+", step["uses"]), step["uses"]
    for script in run_scripts(workflow):  # no ${{ }} pasted into a script: env only
        assert "${{" not in script, script


def grade_command() -> list[str]:
    return command(steps(load(GRADE), "grade")["grade"]["run"], ("kata", "grade"))


def test_grade_requires_the_sandbox_and_writes_both_reports():
    workflow = load(GRADE)
    arguments = grade_command()
    assert workflow["env"]["KATA_REQUIRE_SANDBOX"] == "true"
    assert "--require-sandbox" in steps(workflow, "grade")["grade"]["run"]
    assert option(arguments, "-w") == "workspace"
    assert option(arguments, "--json") == "kata-results.json"
    assert option(arguments, "--junit") == "kata-junit.xml"
    assert option(arguments, "--min-score") == "$KATA_MIN_SCORE"
    assert float(workflow["env"]["KATA_MIN_SCORE"]) == 0.0


def test_grade_uploads_both_reports_even_when_grading_failed():
    workflow = load(GRADE)
    arguments = grade_command()
    upload = steps(workflow, "grade")["upload"]
    assert upload["uses"].startswith("actions/upload-artifact@")
    assert re.fullmatch(r"(\$\{\{\s*)?always\(\)(\s*\}\})?", upload["if"])
    assert set(upload["with"]["path"].split()) == {option(arguments, "--json"), option(arguments, "--junit")}


def test_grade_runs_one_at_a_time_per_ref():
    concurrency = load(GRADE)["concurrency"]
    assert "${{ github.ref }}" in concurrency["group"]
    assert concurrency["cancel-in-progress"] is True


# -- gradebook.yml: N shards, each learner in exactly one, merged -----------------------------------


def test_gradebook_asks_for_the_shards_and_the_submissions_folder():
    inputs = load(GRADEBOOK)["on"]["workflow_dispatch"]["inputs"]
    assert inputs["shards"]["type"] == "number" and inputs["shards"]["default"] == 4
    assert inputs["submissions"]["type"] == "string" and inputs["submissions"]["default"]


def shard_list(tmp_path: Path, shards: str) -> tuple[subprocess.CompletedProcess, dict[str, str]]:
    """Run the shards job's script with this input; its exit and the outputs it set."""
    output = tmp_path / "github-output"
    output.write_text("", encoding="utf-8")
    environment = base_environment(tmp_path, tmp_path)
    completed = run_job(
        load(GRADEBOOK), "shards", tmp_path, environment, values={"inputs.shards": shards}, only=("list",)
    )["list"]
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    return completed, outputs


@pytest.mark.parametrize("shards", ["0", "-1", "257", "x", "", "2.5"])
def test_a_bad_shard_count_stops_the_run(tmp_path: Path, shards: str):
    completed, outputs = shard_list(tmp_path, shards)
    assert completed.returncode == 1 and outputs == {}
    assert "::error title=Bad shards input::" in completed.stdout


def fake_kata(tmp_path: Path) -> Path:
    """A `kata` that records its arguments and writes what gradebook would (a CSV, a reports folder)."""
    folder = tmp_path / "fake-bin"
    folder.mkdir()
    script = folder / "kata"
    script.write_text(
        "#!/usr/bin/env bash\n"
        'printf "%s\\n" "$@" > "$KATA_ARGS"\n'
        'while [ $# -gt 0 ]; do case "$1" in\n'
        '  --out) echo learner,score > "$2"; shift;;\n'
        '  --reports) mkdir -p "$2"; shift;;\n'
        "esac; shift; done\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return folder


@pytest.mark.parametrize("count", [1, 3, 4])
def test_the_shards_cover_1_to_n_once_and_the_merge_expects_exactly_them(tmp_path: Path, count: int):
    workflow = load(GRADEBOOK)
    completed, outputs = shard_list(tmp_path, str(count))
    assert completed.returncode == 0, completed.stderr
    matrix = workflow["jobs"]["grade"]["strategy"]["matrix"]
    assert matrix["shard"] == "${{ fromJSON(needs.shards.outputs.list) }}"
    shards = json.loads(outputs["list"])
    assert shards == list(range(1, count + 1)) and outputs["count"] == str(count)

    # Each shard's real gradebook step, with a kata that records its arguments.
    upload = steps(workflow, "grade")["upload"]
    download = steps(workflow, "merge")["download"]["with"]
    fake = fake_kata(tmp_path)
    covered, artifacts = [], []
    for shard in shards:
        root = tmp_path / f"runner-{shard}"
        root.mkdir()
        environment = base_environment(tmp_path, root)
        environment["PATH"] = f"{fake}{os.pathsep}{environment['PATH']}"
        environment["KATA_ARGS"] = str(tmp_path / f"args-{shard}")
        values = {
            "matrix.shard": shard,
            "needs.shards.outputs.count": outputs["count"],
            "needs.shards.outputs.list": outputs["list"],
            "inputs.submissions": "submissions",
        }
        run = run_job(workflow, "grade", root, environment, values=values, only=("gradebook",))["gradebook"]
        assert run.returncode == 0, run.stderr
        arguments = (tmp_path / f"args-{shard}").read_text(encoding="utf-8").splitlines()
        assert arguments[:1] == ["gradebook"] and arguments[1] == "submissions"
        assert "--require-sandbox" in arguments
        k, n = map(int, option(arguments, "--shard").split("/"))
        covered.append((k, n))
        # The artifact holds what the step wrote, and its name matches the merge's pattern.
        paths = substitute(upload["with"]["path"], values).split()
        assert sorted(paths) == sorted([option(arguments, "--out"), option(arguments, "--reports") + "/"])
        assert all((root / path).exists() for path in paths)
        artifacts.append(substitute(upload["with"]["name"], values))
    assert sorted(covered) == [(k, count) for k in range(1, count + 1)]
    assert len(set(artifacts)) == count
    assert all(fnmatch.fnmatchcase(name, download["pattern"]) for name in artifacts)
    assert download["merge-multiple"] is True

    # The merge's check accepts all N shards' CSVs, and names one that is missing.
    merge = tmp_path / "merge"
    (merge / download["path"]).mkdir(parents=True)
    for shard in shards:
        shutil.copy(tmp_path / f"runner-{shard}" / f"grades-{shard}.csv", merge / download["path"])
    environment = base_environment(tmp_path, merge)
    values = {"needs.shards.outputs.count": outputs["count"]}
    check = run_job(workflow, "merge", merge, environment, values=values, only=("complete",))["complete"]
    assert check.returncode == 0, check.stdout
    (merge / download["path"] / f"grades-{count}.csv").unlink()
    check = run_job(workflow, "merge", merge, environment, values=values, only=("complete",))["complete"]
    assert check.returncode == 1 and f"no reports from shard(s) {count} of {count}" in check.stdout


def test_the_merge_job_merges_every_shard_and_publishes_grades_csv():
    workflow = load(GRADEBOOK)
    merge = workflow["jobs"]["merge"]
    assert set(merge["needs"]) == {"shards", "grade"}
    assert "!cancelled()" in merge["if"]
    found = steps(workflow, "merge")
    assert command(found["merge"]["run"], ("kata", "gradebook", "merge")) == [
        found["download"]["with"]["path"],
        "--out",
        "grades.csv",
    ]
    assert found["upload"]["with"]["path"] == "grades.csv"
    assert "$GITHUB_STEP_SUMMARY" in found["summary"]["run"]


def test_the_merge_job_writes_the_gradebook_to_the_summary_as_a_table(tmp_path: Path):
    rows = [["learner", "score", "softmax"], ["ada", "0.1000", "pass"], ["bob|eve", "0.0000", "fail"]]
    with open(tmp_path / "grades.csv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    environment = base_environment(tmp_path, tmp_path)
    values = {"needs.shards.outputs.count": "1"}
    run = run_job(load(GRADEBOOK), "merge", tmp_path, environment, values=values, only=("summary",))
    assert run["summary"].returncode == 0, run["summary"].stderr
    summary = (tmp_path / "step-summary.md").read_text(encoding="utf-8").splitlines()
    assert summary[0] == "## Gradebook: 2 learner(s)"
    assert "| learner | score | softmax |" in summary
    assert "| --- | --- | --- |" in summary
    assert "| bob\\|eve | 0.0000 | fail |" in summary


# -- grade.yml's scripts, run in a fork ------------------------------------------------------------

WRONG_ADAM = ROOT / "tests" / "submissions" / "adam_step" / "wrong_eps_inside_sqrt.py"


def kata_init(folder: Path, environment: dict[str, str]) -> None:
    subprocess.run([str(KATA), "init"], cwd=folder, env=environment, check=True, capture_output=True)


def make_fork(tmp_path: Path) -> Path:
    """A fork's checkout: a workspace from kata init, softmax solved, two katas wrong, and the
    fork's own harness/ and a multiprocessing/ at its root that must never be imported
    (PYTHONSAFEPATH keeps them out on the workflow's Python 3.11, not on 3.10)."""
    fork = tmp_path / "fork"
    fork.mkdir()
    kata_init(fork, base_environment(tmp_path, fork))
    workspace = fork / "workspace"
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    shutil.copy(WRONG_ADAM, workspace / "adam_step.py")
    (workspace / "conv_output_size.py").write_text("def conv_output_size(:\n", encoding="utf-8")
    for name in ("harness", "multiprocessing") if sys.version_info >= (3, 11) else ():
        (fork / name).mkdir()
        (fork / name / "__init__.py").write_text(
            f"open({str(tmp_path / f'imported-{name}')!r}, 'w').close()\nraise SystemExit(0)\n",
            encoding="utf-8",
        )
    return fork


def run_grade(
    tmp_path: Path, fork: Path, overrides: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """grade.yml's steps after the install (the test's venv has ml-katas), in the fork."""
    environment = base_environment(tmp_path, fork)
    run = run_job(load(GRADE), "grade", fork, environment, after="install", overrides=overrides)
    assert list(run) == ["grade"]
    return run["grade"]


def sandbox_overrides() -> dict[str, str]:
    """Where bubblewrap cannot run, the workflow's switch turns --require-sandbox off."""
    return {"KATA_REQUIRE_SANDBOX": "false"} if sandbox.bubblewrap_problem() else {}


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    if not KATA.is_file():
        pytest.skip(f"no installed `kata` command at {KATA}")
    tmp_path = tmp_path_factory.mktemp("grade-workflow")
    fork = make_fork(tmp_path)
    return fork, run_grade(tmp_path, fork, sandbox_overrides())


@NEEDS_CI_REPORTS
def test_grade_passes_a_fork_still_at_work(graded):
    fork, run = graded
    assert run.returncode == 0, run.stdout + run.stderr
    assert "--min-score 0 reached." in " ".join(run.stdout.split())


def test_grade_writes_a_json_report_valid_against_kata_schema(graded):
    fork, run = graded
    schema = json.loads(
        subprocess.run([str(KATA), "schema"], capture_output=True, text=True, check=True).stdout
    )
    document = json.loads((fork / "kata-results.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    statuses = {kata["slug"]: kata["status"] for kata in document["katas"]}
    assert statuses["softmax"] == "pass" and statuses["adam_step"] == "fail"
    assert statuses["conv_output_size"] == "error"
    expected = "none" if sandbox.bubblewrap_problem() else "bubblewrap"
    assert document["sandbox"] == expected


def test_grade_never_imports_the_fork_s_harness_or_a_module_at_its_root(graded):
    fork, run = graded
    if sys.version_info < (3, 11):
        pytest.skip("PYTHONSAFEPATH needs Python 3.11, which grade.yml sets up")
    assert not (fork.parent / "imported-harness").exists()
    assert not (fork.parent / "imported-multiprocessing").exists(), run.stdout + run.stderr


@NEEDS_CI_REPORTS
def test_grade_writes_junit_xml(graded):
    fork, _ = graded
    root = ET.parse(fork / "kata-junit.xml").getroot()
    assert root.tag in ("testsuites", "testsuite")
    assert "softmax" in ET.tostring(root, encoding="unicode")


@NEEDS_CI_REPORTS
def test_grade_adds_a_table_naming_every_kata_to_the_step_summary(graded):
    fork, _ = graded
    lines = (fork.parent / "step-summary.md").read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.startswith("|") and line.endswith("|")]
    assert any(re.fullmatch(r"\|(\s*:?-{3,}:?\s*\|)+", row) for row in rows), lines
    for slug in ("softmax", "adam_step", "cross_entropy"):
        assert any(slug in row for row in rows), slug


@NEEDS_CI_REPORTS
def test_grade_annotates_the_files_of_the_katas_that_fail(graded):
    _, run = graded
    output = run.stdout + run.stderr
    for slug in ("adam_step", "conv_output_size"):
        assert re.search(rf"^::error file=workspace/{slug}\.py,line=\d+", output, re.MULTILINE), output
    assert "file=workspace/softmax.py" not in output


@NEEDS_KATA
def test_grade_refuses_to_run_learner_code_outside_the_sandbox(tmp_path: Path):
    """The workflow passes --require-sandbox: with the sandbox off, kata grade exits 2 at once."""
    fork = tmp_path / "fork"
    fork.mkdir()
    (fork / "workspace").mkdir()
    run = run_grade(tmp_path, fork, {"KATA_SANDBOX": "none"})
    assert run.returncode == 2, run.stdout + run.stderr
    assert "the sandbox is required" in run.stderr


@NEEDS_KATA
def test_grade_says_how_to_push_a_workspace_when_the_commit_has_none(tmp_path: Path):
    fork = tmp_path / "fork"
    fork.mkdir()
    run = run_grade(tmp_path, fork)
    assert run.returncode == 1
    assert run.stdout.startswith("::error title=No workspace/ in this commit::")
    assert "git add -f workspace/*.py" in run.stdout


# -- gradebook.yml's scripts, run for a class of three in two shards ---------------------------------

GRADEBOOK_COMMAND = importlib.util.find_spec("harness.cli_gradebook") is not None


def upload(root: Path, paths: list[str], into: Path) -> None:
    """actions/upload-artifact: the paths, relative to their least common ancestor."""
    found = [root / path for path in paths if (root / path).exists()]
    base = Path(os.path.commonpath([path if path.is_dir() else path.parent for path in found]))
    for path in found:
        target = into / path.relative_to(base)
        if path.is_dir():
            shutil.copytree(path, target, dirs_exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)


@pytest.mark.skipif(not GRADEBOOK_COMMAND, reason="kata gradebook is not in this tree yet")
@pytest.mark.skipif(sandbox.bubblewrap_problem() is not None, reason="gradebook.yml requires bubblewrap")
@NEEDS_KATA
@pytest.mark.skipif(
    bool(sandbox.bubblewrap_problem()),
    reason="gradebook.yml grades in the sandbox, and bubblewrap cannot run here",
)
def test_gradebook_grades_a_class_in_shards_and_merges_them(tmp_path: Path):
    workflow = load(GRADEBOOK)
    submissions = tmp_path / "class" / "submissions"
    environment = base_environment(tmp_path, tmp_path)
    for name in ("ada", "bob", "cy"):
        (submissions / name).mkdir(parents=True)
        kata_init(submissions / name, environment)
    shutil.copy(ROOT / "solutions" / "softmax.py", submissions / "ada" / "workspace" / "softmax.py")
    shutil.copy(WRONG_ADAM, submissions / "cy" / "workspace" / "adam_step.py")
    _, outputs = shard_list(tmp_path, "2")
    upload_step, download = steps(workflow, "grade")["upload"], steps(workflow, "merge")["download"]["with"]
    artifacts = tmp_path / "artifacts"
    for shard in json.loads(outputs["list"]):
        root = tmp_path / f"runner-{shard}"  # each shard's own checkout of the class repository
        shutil.copytree(submissions.parent, root)
        values = {
            "matrix.shard": shard,
            "needs.shards.outputs.count": outputs["count"],
            "needs.shards.outputs.list": outputs["list"],
            "inputs.submissions": "submissions",
        }
        environment = base_environment(tmp_path, root)
        run = run_job(workflow, "grade", root, environment, values=values, only=("gradebook",))["gradebook"]
        assert run.returncode == 0, run.stdout + run.stderr
        name = substitute(upload_step["with"]["name"], values)
        upload(root, substitute(upload_step["with"]["path"], values).split(), artifacts / name)
    merge = tmp_path / "merge"
    for artifact in sorted(artifacts.iterdir()):  # download-artifact, merge-multiple: one folder
        assert fnmatch.fnmatchcase(artifact.name, download["pattern"])
        shutil.copytree(artifact, merge / download["path"], dirs_exist_ok=True)
    environment = base_environment(tmp_path, merge)
    values = {"needs.shards.outputs.count": outputs["count"]}
    runs = run_job(
        workflow, "merge", merge, environment, values=values, only=("complete", "merge", "summary")
    )
    assert [run.returncode for run in runs.values()] == [0, 0, 0], [run.stderr for run in runs.values()]
    with open(merge / "grades.csv", encoding="utf-8", newline="") as handle:
        rows = {row[0]: row for row in csv.reader(handle)}
    header = rows.pop("learner")
    assert set(rows) == {"ada", "bob", "cy"}
    assert rows["ada"][header.index("softmax")] == "pass"
    assert rows["cy"][header.index("adam_step")] == "fail"
    assert rows["bob"][header.index("softmax")] == "not_started"
    summary = (tmp_path / "step-summary.md").read_text(encoding="utf-8")
    assert summary.startswith("## Gradebook: 3 learner(s)")
    assert re.search(r"^\| ada \|", summary, re.MULTILINE)
