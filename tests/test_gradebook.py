"""`kata gradebook`: a class graded row by row, each learner alone, sharded or not, merged."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT
from harness import cli, sandbox
from harness.gradebook import (
    MAX_FILES,
    Learner,
    gradebook_csv,
    in_shard,
    printable,
    snapshot,
    spreadsheet_cell,
)
from harness.report import results_schema

SOLUTIONS = ROOT / "solutions"
SUBMISSIONS = ROOT / "tests" / "submissions"
ADVERSARIAL = ROOT / "tests" / "adversarial"
SLUGS = ["softmax", "adam_step", "conv_output_size", "iou", "scaled_dot_product_attention", "cross_entropy"]
KATA_OPTIONS = [option for slug in SLUGS for option in ("--kata", slug)]  # the assignment graded

# learner -> {slug: (source file or None for the stub, the status the row must show)}
CLASS = {
    "ada": {"softmax": (SOLUTIONS / "softmax.py", "pass"), "iou": (SOLUTIONS / "iou.py", "pass")},
    "bo": {"softmax": (SUBMISSIONS / "softmax" / "wrong_global_max.py", "fail")},
    "cy": {"softmax": (ADVERSARIAL / "vandalises_the_file_system" / "softmax.py", "fail")},
    "di": {"softmax": (ADVERSARIAL / "kills_every_process_it_can_see" / "softmax.py", None)},
    "ed": {"iou": (SUBMISSIONS / "iou" / "wrong_boxes_as_xywh.py", "fail")},
    "fay": {"adam_step": (SOLUTIONS / "adam_step.py", "pass")},
    "gus": {},  # only stubs
}


def make_class(tmp_path: Path) -> Path:
    """One workspace per learner (fay's is a clone of a fork: the workspace is its workspace/)."""
    submissions = tmp_path / "class"
    template = tmp_path / "template"
    assert CliRunner().invoke(cli.main, ["init", "-w", str(template)]).exit_code == 0
    for name, files in CLASS.items():
        workspace = submissions / name / "workspace" if name == "fay" else submissions / name
        shutil.copytree(template, workspace)
        for slug, (source, _) in files.items():
            shutil.copy(source, workspace / f"{slug}.py")
    # hal points a kata file at a classmate's solution: links are not followed, the file is missing
    (submissions / "hal").mkdir()
    (submissions / "hal" / "softmax.py").symlink_to(submissions / "ada" / "softmax.py")
    # ivy's whole folder is a link to ada's: no row, and a warning
    (submissions / "ivy").symlink_to(submissions / "ada", target_is_directory=True)
    return submissions


def kata(*args: str, tmpdir: Path) -> subprocess.CompletedProcess:
    """The installed console script, with a private TMPDIR, as an instructor runs it."""
    script = shutil.which("kata", path=str(Path(sys.executable).parent)) or shutil.which("kata")
    assert script, "install the project (pip install -e .) so that the `kata` script exists"
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("KATA_", "GITHUB_"))}
    if args[:2] != ("gradebook", "merge") and sandbox.bubblewrap_problem():
        args = (*args, "--allow-no-sandbox")  # the gradebook requires the sandbox unless told
    return subprocess.run(
        [script, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**environment, "TMPDIR": str(tmpdir)},
    )


def rows(csv_path: Path) -> dict[str, dict[str, str]]:
    return {row["learner"]: row for row in csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8")))}


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, subprocess.CompletedProcess]:
    tmp_path = tmp_path_factory.mktemp("gradebook")
    submissions = make_class(tmp_path)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    out = tmp_path / "grades.csv"
    completed = kata(
        "gradebook",
        str(submissions),
        "--out",
        str(out),
        "--no-timing",
        "-j",
        "2",
        *KATA_OPTIONS,
        tmpdir=tmpdir,
    )
    return submissions, out, tmpdir, completed


def test_every_learner_gets_the_row_their_files_deserve(graded):
    submissions, out, _, completed = graded
    assert completed.returncode == 0, completed.stderr
    book = rows(out)
    assert list(book) == sorted([*CLASS, "hal"])
    for name, files in CLASS.items():
        for slug in SLUGS:
            wanted = files[slug][1] if slug in files else "not_started"
            if wanted is not None:
                assert book[name][slug] == wanted, (name, slug)
    assert book["di"]["softmax"] != "pass"  # held, whatever it reports
    assert book["hal"]["softmax"] == "error"  # the link to ada's solution was not followed
    assert "ivy" not in book and "ivy is a symbolic link: not graded" in completed.stderr
    assert book["ada"]["score"] == "0.3000" and book["gus"]["score"] == "0.0000"
    assert float(book["fay"]["score"]) == pytest.approx(0.2)


def test_each_learner_has_a_json_report_that_follows_the_schema(graded):
    _, out, _, _ = graded
    reports = sorted((out.parent / "grades-reports").glob("*.json"))
    assert [path.stem for path in reports] == sorted([*CLASS, "hal"])
    for path in reports:
        text = path.read_text(encoding="utf-8")
        document = json.loads(text)
        jsonschema.validate(document, results_schema())
        assert document["learner"] == path.stem and len(document["catalog"]) == 64
        assert "kata-gradebook-" not in text  # paths are the learner's, not the snapshot's
        assert document["grading"] == {"timing": False, "timeout": 10.0, "memory_mb": 2048}
    hal = json.loads((out.parent / "grades-reports" / "hal.json").read_text(encoding="utf-8"))
    assert hal["katas"][0]["message"].endswith("hal/softmax.py is a symbolic link (the gradebook grades "
                                                "regular files only): not graded")  # fmt: skip


def test_the_submissions_are_never_written_and_nothing_of_ours_is_left(graded):
    submissions, _, tmpdir, _ = graded
    assert (submissions / "ada" / "softmax.py").read_bytes() == (SOLUTIONS / "softmax.py").read_bytes()
    assert (submissions / "bo" / "softmax.py").read_bytes() == (
        SUBMISSIONS / "softmax" / "wrong_global_max.py"
    ).read_bytes()
    assert list(tmpdir.iterdir()) == []
    leftovers = []
    for pid in filter(str.isdigit, os.listdir("/proc") if os.path.isdir("/proc") else []):
        try:
            if os.readlink(f"/proc/{pid}/cwd").startswith(str(tmpdir)):
                leftovers.append(pid)
        except OSError:
            continue
    assert leftovers == []


def test_shards_cover_every_learner_once_and_merge_into_the_unsharded_gradebook(graded, tmp_path: Path):
    submissions, out, _, _ = graded
    names = sorted([*CLASS, "hal"])
    assert sorted(name for k in (1, 2) for name in names if in_shard(name, (k, 2))) == names
    for k in (1, 2):
        shard = kata(
            "gradebook", str(submissions), "--shard", f"{k}/2", "--out", str(tmp_path / f"g{k}.csv"),
            "--reports", str(tmp_path / "reports" / str(k)), "--no-timing", *KATA_OPTIONS, tmpdir=tmp_path,
        )  # fmt: skip
        assert shard.returncode == 0, shard.stderr
        assert list(rows(tmp_path / f"g{k}.csv")) == [n for n in names if in_shard(n, (k, 2))]
    merged = kata(
        "gradebook", "merge", str(tmp_path / "reports"), "--out", str(tmp_path / "all.csv"), tmpdir=tmp_path
    )
    assert merged.returncode == 0, merged.stderr
    assert (tmp_path / "all.csv").read_text() == out.read_text()


def _report(folder: Path, name: str, **changes) -> None:
    document = {"schema": "kata-results/1", "seed": 0, "catalog": "a" * 64, "learner": name, "katas": []}
    document["grading"] = {"timing": True, "timeout": 10.0, "memory_mb": 2048}
    document["summary"] = {"score": 0.0, "earned": 0, "points": 0}
    document.update(changes)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}-{len(list(folder.iterdir()))}.json").write_text(json.dumps(document))


@pytest.mark.parametrize(
    ("second", "says"),
    [
        ({"name": "bo", "seed": 1}, "another seed"),
        ({"name": "bo", "catalog": "b" * 64}, "another catalog version"),
        ({"name": "bo", "schema": "kata-results/2"}, "not kata-results/1"),
        ({"name": "ada"}, "learner ada is in two reports"),
        ({"name": "bo", "grading": {"timing": False, "timeout": 10.0, "memory_mb": 2048}}, "another grading"),
        ({"name": "bo", "summary": {"score": 1.0, "earned": 2, "points": 2}}, "do not add up"),
    ],
)
def test_merge_refuses_reports_that_do_not_belong_together(tmp_path: Path, second: dict, says: str):
    _report(tmp_path / "r", "ada")
    name = second.pop("name")
    _report(tmp_path / "r", name, **second)
    result = CliRunner().invoke(
        cli.main, ["gradebook", "merge", str(tmp_path / "r"), "--out", str(tmp_path / "g.csv")]
    )
    assert result.exit_code == 2, result.output
    assert says in result.output and "Traceback" not in result.output
    assert not (tmp_path / "g.csv").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["nowhere", "--out", "g.csv"], "is not a folder"),
        ([".", "--out", "g.csv", "--shard", "4/3"], "--shard"),
        ([".", "--out", "g.csv", "--shard", "x"], "K/N"),
        (["merge", "nothing.json", "--out", "g.csv"], "no such report"),
        (["empty", "--out", "g.csv"], "no learner folders"),
        (["class", "--out", "class/g.csv"], "--out class/g.csv is inside class"),
        (["class", "--out", "g.csv", "--kata", "sofmax"], "did you mean softmax"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], says: str, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "class" / "ada").mkdir(parents=True)
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli.main, ["gradebook", *args])
    assert result.exit_code == 2, result.output
    assert says in result.output and "Traceback" not in result.output


def test_a_class_is_graded_in_the_sandbox_or_not_at_all_unless_allowed(tmp_path: Path, monkeypatch):
    (tmp_path / "class" / "ada").mkdir(parents=True)
    monkeypatch.setenv("KATA_SANDBOX", "none")
    args = ["gradebook", str(tmp_path / "class"), "--out", str(tmp_path / "g.csv"), "--no-timing"]
    refused = CliRunner().invoke(cli.main, args)
    assert refused.exit_code == 2 and "--allow-no-sandbox" in refused.output
    assert not (tmp_path / "g.csv").exists()
    allowed = CliRunner().invoke(cli.main, [*args, "--allow-no-sandbox", "-j", "1"])
    assert allowed.exit_code == 0, allowed.output
    assert "warning: no sandbox" in allowed.stderr and (tmp_path / "g.csv").exists()


def test_names_are_escaped_for_terminals_and_spreadsheets():
    assert printable("eve\x1b[2K\nalice") == "eve\\x1b[2K\\nalice"
    assert spreadsheet_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and spreadsheet_cell("ada") == "ada"
    document = {"learner": "-rf", "katas": [], "summary": {"score": 0.0, "earned": 0, "points": 0}}
    assert gradebook_csv([document], []).splitlines()[1].startswith("'-rf,")


def test_a_snapshot_copies_the_kata_files_before_thousands_of_others(tmp_path: Path):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    for index in range(MAX_FILES + 5):
        (workspace / f"a{index:03d}.py").write_text("x = 1\n", encoding="utf-8")
    (workspace / "softmax.py").write_text("def softmax(x, axis=-1): ...\n", encoding="utf-8")
    left_out = snapshot(Learner("eve", workspace), tmp_path / "snap", {"softmax.py"})
    assert (tmp_path / "snap" / "softmax.py").exists()
    assert len(left_out) == 6 and "softmax.py" not in left_out
