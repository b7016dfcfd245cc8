"""`kata bench SLUG`: per-size timings of yours and the reference's, ratio and spread, growth, a chart."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from click.testing import CliRunner

from conftest import ROOT
from harness import cli
from harness.bench import bench_sizes
from harness.catalog import load_catalog

SOFTMAX = load_catalog()["softmax"]


def workspace_with_reference(tmp_path: Path) -> Path:
    workspace = tmp_path / "ws"
    assert CliRunner().invoke(cli.main, ["init", "softmax", "-w", str(workspace)]).exit_code == 0
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    return workspace


def kata(*args: str):
    return CliRunner().invoke(cli.main, list(args), env={"KATA_WORKSPACE": None, "COLUMNS": "100"})


def test_bench_reports_each_size_the_growth_and_a_chart(tmp_path: Path):
    result = kata("bench", "softmax", "-w", str(workspace_with_reference(tmp_path)))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    sizes = [line.split()[0] for line in lines if line.startswith("n=")]
    assert sizes == ["n=64", "n=128", "n=256"]
    for line in (line for line in lines if line.startswith("n=")):
        yours, ratio = line.split()[1:3], float(line.split()[5])
        assert ratio > 0 and yours
    assert any(line.startswith("Growth: yours like n^") for line in lines)
    bars = [line for line in lines if "#" in line]
    assert len(bars) == 6  # per size, a bar for yours and one for the reference
    assert [("yours" in line, "ref." in line) for line in bars] == [(True, False), (False, True)] * 3


def test_a_kata_with_a_second_bench_size_is_benched_at_both():
    timing = dataclasses.replace(SOFTMAX.timing, bench_size_large=512)
    assert bench_sizes(dataclasses.replace(SOFTMAX, timing=timing)) == [64, 512]
    assert bench_sizes(SOFTMAX) == [64, 128, 256]


def test_an_unwritten_kata_is_one_line_and_exit_1(tmp_path: Path):
    workspace = workspace_with_reference(tmp_path)
    assert kata("init", "iou", "-w", str(workspace)).exit_code == 0
    result = kata("bench", "iou", "-w", str(workspace))
    assert result.exit_code == 1, result.output
    assert "NotImplementedError" in result.output and "Traceback" not in result.output


def test_usage_errors_exit_2(tmp_path: Path):
    assert kata("bench", "softmaxx", "-w", str(workspace_with_reference(tmp_path))).exit_code == 2
    assert kata("bench", "softmax", "-w", str(tmp_path / "nowhere")).exit_code == 2


def test_a_function_that_prints_is_told_so_beside_its_timings(tmp_path: Path):
    """A new user's printing softmax got odd sizes ("n^0.1") from bench and no word about printing."""
    workspace = workspace_with_reference(tmp_path)
    source = (workspace / "softmax.py").read_text(encoding="utf-8")
    source = source.replace("def softmax(", "def _softmax(") + (
        "\n\ndef softmax(x, axis=-1):\n    print('softmax', x.shape)\n    return _softmax(x, axis)\n"
    )
    (workspace / "softmax.py").write_text(source, encoding="utf-8")
    result = kata("bench", "softmax", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert "printed " in result.stdout and "characters a call" in result.stdout
    quiet = kata("bench", "softmax", "-w", str(workspace_with_reference(tmp_path / "quiet")))
    assert "characters a call" not in quiet.stdout
