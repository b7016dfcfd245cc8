"""`kata grade`: every kata checked in a bounded pool, one table, reports and an exit code for CI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT, run_kata
from harness import cli, cli_common, cli_grade
from harness.catalog import load_catalog, load_kata
from harness.grade import grade
from harness.report import results_schema
from harness.runner import CheckOptions

SOLUTIONS = ROOT / "solutions"
WRONG_SOFTMAX = ROOT / "tests" / "submissions" / "softmax" / "wrong_global_max.py"


def workspace_with(tmp_path: Path, files: dict[str, Path]) -> Path:
    """A workspace made by `kata init`, with some katas' files replaced."""
    workspace = tmp_path / "ws"
    assert CliRunner().invoke(cli.main, ["init", "-w", str(workspace)]).exit_code == 0
    for slug, source in files.items():
        shutil.copy(source, workspace / f"{slug}.py")
    return workspace


def kata_grade(*args: str, env: dict | None = None):
    environment = {
        "KATA_WORKSPACE": None,
        "GITHUB_ACTIONS": None,
        "GITHUB_STEP_SUMMARY": None,
        "COLUMNS": "100",
    }
    return CliRunner().invoke(cli.main, ["grade", *args], env={**environment, **(env or {})})


def comparable(document: dict) -> dict:
    """The document without what varies from run to run (durations, timings)."""
    for kata in document["katas"]:
        kata.pop("duration_seconds")
        kata.pop("timing")
    return document


TOTAL = sum(kata.points for kata in load_catalog().values())
EARNED = 3  # softmax (1 point) and iou (2) pass in the mixed workspace


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two katas right, one wrong, one that does not load, two untouched stubs."""
    tmp_path = tmp_path_factory.mktemp("grade")
    workspace = workspace_with(
        tmp_path,
        {"softmax": SOLUTIONS / "softmax.py", "iou": SOLUTIONS / "iou.py", "adam_step": WRONG_SOFTMAX},
    )
    (workspace / "conv_output_size.py").write_text("def conv_output_size(:\n", encoding="utf-8")
    return workspace


def test_one_job_and_two_jobs_give_the_same_report_apart_from_durations(mixed: Path, tmp_path: Path):
    documents = []
    for jobs in ("1", "2"):
        result = kata_grade("--no-timing", "-j", jobs, "--format", "json", "-w", str(mixed))
        assert result.exit_code == 1, result.output
        documents.append(comparable(json.loads(result.stdout)))
    assert documents[0] == documents[1]
    statuses = {kata["slug"]: kata["status"] for kata in documents[0]["katas"]}
    assert statuses == {
        **dict.fromkeys(load_catalog(), "not_started"),  # every untouched stub
        "softmax": "pass",
        "adam_step": "error",
        "conv_output_size": "error",
        "iou": "pass",
    }
    assert [kata["slug"] for kata in documents[0]["katas"]] == list(load_catalog())  # catalog order


def test_the_json_report_follows_the_shipped_schema_and_kata_schema_prints_it(mixed: Path, tmp_path: Path):
    report = tmp_path / "out" / "results.json"
    report.parent.mkdir()
    result = kata_grade("--no-timing", "softmax", "conv_output_size", "--json", str(report), "-w", str(mixed))
    assert result.exit_code == 1, result.output
    document = json.loads(report.read_text(encoding="utf-8"))
    jsonschema.validate(document, results_schema())
    assert [kata["slug"] for kata in document["katas"]] == ["softmax", "conv_output_size"]
    printed = CliRunner().invoke(cli.main, ["schema"])
    assert printed.exit_code == 0 and json.loads(printed.stdout) == results_schema()


def test_the_junit_report_of_a_real_grade_parses_and_follows_the_schema(mixed: Path, tmp_path: Path):
    import xmlschema
    from junitparser import JUnitXml

    report = tmp_path / "reports" / "ci" / "junit.xml"  # its folders are made, before grading
    result = kata_grade("--no-timing", "--junit", str(report), "-w", str(mixed))
    assert result.exit_code == 1, result.output
    xmlschema.XMLSchema(ROOT / "tests" / "data" / "junit-ml-katas.xsd").validate(str(report))
    jenkins = ROOT / ".cache" / "junit-10.xsd"
    if jenkins.exists():  # fetched at install time (tests/data/fetch_junit_xsd.py)
        xmlschema.XMLSchema(jenkins).validate(str(report))
    suites = {suite.name: suite for suite in JUnitXml.fromfile(str(report))}
    assert list(suites) == list(load_catalog())
    assert suites["softmax"].tests == 16 and suites["softmax"].failures == 0
    assert suites["cross_entropy"].failures == suites["cross_entropy"].tests > 0  # stubs fail as not started


def test_on_github_the_step_summary_has_a_table_and_failing_katas_are_annotated(mixed: Path, tmp_path: Path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    env["GITHUB_WORKSPACE"] = str(mixed.parent)
    result = kata_grade("--no-timing", "softmax", "adam_step", "-w", str(mixed), env=env)
    assert result.exit_code == 1, result.output
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n") and "| softmax |" in text.replace("`", "")
    annotations = [line for line in result.stderr.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and annotations[0].startswith("::error file=ws/adam_step.py,line=")


def test_the_table_has_a_row_per_kata_and_the_score(mixed: Path):
    result = kata_grade("--no-timing", "-w", str(mixed))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["kata", "status", "tests", "ratio", "points"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1 : 1 + len(load_catalog())]}
    assert rows["softmax"][0] == "pass" and rows["softmax"][1] == "16/16"
    assert rows["iou"][-1] == "2/2" and rows["adam_step"][-1] == "0/2"
    words = " ".join(result.stdout.split())
    assert f"Score {EARNED / TOTAL:.2f} ({EARNED}/{TOTAL} points); --min-score 1 not reached." in words
    assert "conv_output_size: conv_output_size.py, line 1: " in words  # why each kata not passed failed


@pytest.mark.parametrize(("min_score", "code"), [("0.3333", 0), ("0.34", 1), ("0", 0)])
def test_the_exit_code_says_whether_the_score_reaches_min_score(mixed: Path, min_score: str, code: int):
    # softmax (1 point) passes, adam_step (2 points) does not: a score of 1/3
    result = kata_grade("--no-timing", "softmax", "adam_step", "--min-score", min_score, "-w", str(mixed))
    assert result.exit_code == code, result.output


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["softmaxx"], "did you mean"),
        (["--min-score", "1.5"], "--min-score"),
        (["-j", "0"], "-j"),
        (["--json", "."], "--json"),
        (["--min-score", "nan"], "--min-score"),
    ],
)
def test_usage_errors_exit_2_with_one_line(mixed: Path, args: list[str], says: str):
    result = kata_grade(*args, "-w", str(mixed))
    assert result.exit_code == 2, result.output
    assert says in result.output and "Traceback" not in result.output


def test_progress_is_one_plain_line_per_kata_off_a_terminal(mixed: Path):
    result = kata_grade("--no-timing", "softmax", "iou", "-w", str(mixed))
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert sorted(line.split()[1] for line in progress) == ["iou:", "softmax:"]
    assert {line.split()[0] for line in progress} == {"[1/2]", "[2/2]"}


def test_a_grader_fault_exits_3_and_the_other_katas_are_still_judged(tmp_path: Path, monkeypatch):
    folder = tmp_path / "katas" / "softmax"
    shutil.copytree(ROOT / "katas" / "softmax", folder)
    (folder / "test_broken.py").write_text("raise RuntimeError('broken on purpose')\n", encoding="utf-8")
    katas = {**load_catalog(), "softmax": load_kata(folder)}
    monkeypatch.setattr(cli_common, "catalog", lambda: katas)
    monkeypatch.setattr(cli_grade, "catalog", lambda: katas)
    workspace = workspace_with(tmp_path, {"softmax": SOLUTIONS / "softmax.py", "iou": SOLUTIONS / "iou.py"})
    result = kata_grade("--no-timing", "-j", "2", "softmax", "iou", "--min-score", "0", "-w", str(workspace))
    assert result.exit_code == 3, result.output
    assert "grader error in softmax" in " ".join(result.stdout.split())
    assert "iou" in result.stdout and "pass" in result.stdout.split("iou", 1)[1].splitlines()[0]


def test_a_grader_process_that_dies_is_that_katas_grader_error(tmp_path: Path):
    """A kata whose check kills its grader process (here: its hidden test calls os._exit)."""
    folder = tmp_path / "katas" / "softmax"
    shutil.copytree(ROOT / "katas" / "softmax", folder)
    (folder / "test_dies.py").write_text(
        "import os\n\n\ndef test_dies():\n    os._exit(9)\n", encoding="utf-8"
    )
    katas = [load_kata(folder), load_catalog()["iou"]]
    files = {"softmax": SOLUTIONS / "softmax.py", "iou": SOLUTIONS / "iou.py"}
    softmax, iou = grade(katas, files, CheckOptions(timing=False), jobs=2)
    assert softmax.status == "error" and softmax.grader_fault and "grader process" in softmax.message
    assert iou.status == "pass" and not iou.grader_fault  # graded again, alone, after the pool broke


def test_grade_through_the_console_script_leaves_no_process_and_no_temporary_file(
    mixed: Path, tmp_path: Path
):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    kata = shutil.which("kata", path=str(Path(sys.executable).parent)) or shutil.which("kata")
    assert kata, "install the project (pip install -e .) so that the `kata` script exists"
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("KATA_", "GITHUB_"))}
    completed = subprocess.run(
        [kata, "grade", "-j", "2", "--no-timing", "-w", str(mixed)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**environment, "TMPDIR": str(temporary)},
    )
    assert completed.returncode == 1, completed.stderr
    assert list(temporary.iterdir()) == []


def test_python_m_harness_grades_too(mixed: Path):
    """Spawned grader processes prepare the caller's __main__; run as a module, it must still work."""
    completed = run_kata(["grade", "--no-timing", "softmax", "iou"], mixed)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split()[:5] == ["kata", "status", "tests", "ratio", "points"]


def test_packages_in_the_current_folder_never_run_in_the_grader(mixed: Path, tmp_path: Path):
    """CI runs `kata grade` in a learner's checkout: a multiprocessing/ there must not be imported."""
    checkout = tmp_path / "fork"
    marker = tmp_path / "imported"
    for package in ("multiprocessing", "numpy", "harness"):
        (checkout / package).mkdir(parents=True)
        (checkout / package / "__init__.py").write_text(
            f"open({str(marker)!r}, 'a').write({package!r})\nraise SystemExit('decoy')\n", encoding="utf-8"
        )
    kata = shutil.which("kata", path=str(Path(sys.executable).parent)) or shutil.which("kata")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("KATA_", "GITHUB_"))}
    completed = subprocess.run(
        [kata, "grade", "-j", "2", "--no-timing", "softmax", "iou", "-w", str(mixed)],
        capture_output=True, text=True, timeout=300, env=environment, cwd=checkout,
    )  # fmt: skip
    assert not marker.exists(), marker.read_text()
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_a_kata_whose_file_was_never_written_is_not_started_not_an_error(tmp_path: Path):
    """A learner who ran `kata init softmax` only: the other katas earn nothing, but are no errors."""
    workspace = tmp_path / "ws"
    assert run_kata(["init", "softmax", "iou"], workspace).returncode == 0
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    result = kata_grade("--no-timing", "--format", "json", "-w", str(workspace))
    document = json.loads(result.stdout)
    statuses = {kata["slug"]: kata["status"] for kata in document["katas"]}
    assert statuses.pop("softmax") == "pass"
    assert set(statuses.values()) == {"not_started"}
    assert document["summary"]["error"] == 0 and document["summary"]["not_started"] == len(statuses)
    missing = next(kata for kata in document["katas"] if kata["slug"] == "dot_product")
    assert "kata init" in missing["message"]
