"""`kata new` (harness.scaffold): a new kata starts from files that load, render and say TODO."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from harness.catalog import load_kata
from harness.cli import main
from harness.render import render_stub
from harness.scaffold import planned_paths, source_root, todo_lines

SIGNATURE = "row_norms(x: np.ndarray, axis: int | None = None, eps: float = 1e-12) -> np.ndarray"


def clone(tmp_path: Path) -> Path:
    """A folder shaped as a clone of ml-katas: katas/, solutions/, tests/ (empty)."""
    root = tmp_path / "clone"
    for name in ("katas", "solutions", "tests"):
        (root / name).mkdir(parents=True)
    return root


def new(*args: str):
    return CliRunner().invoke(main, ["new", *args], catch_exceptions=False)


def test_the_new_kata_loads_its_stub_renders_and_every_file_is_python(tmp_path: Path):
    root = clone(tmp_path)
    result = new("row_norms", "--section", "math", "--signature", SIGNATURE, "--root", str(root))
    assert result.exit_code == 0, result.output
    assert "wrote 8 files for row_norms (Math essentials)" in result.output
    written = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(root).as_posix() for p in planned_paths(root, "row_norms"))
    kata = load_kata(root / "katas" / "row_norms")
    assert (kata.section, kata.difficulty, kata.points) == ("math", 2, 2)
    assert [p.name for p in kata.parameters] == ["x", "axis", "eps"]
    stub = render_stub(kata)
    namespace: dict = {}
    exec(compile(stub, "row_norms.py", "exec"), namespace)
    with pytest.raises(NotImplementedError):
        namespace["row_norms"](None)
    for path in root.rglob("*.py"):
        ast.parse(path.read_text(encoding="utf-8"), str(path))  # each template renders to Python
        assert todo_lines(path), f"{path} says nothing is left to write"
    (reference,) = ast.parse((root / "solutions" / "row_norms.py").read_text(encoding="utf-8")).body[2:]
    assert [argument.arg for argument in reference.args.args] == ["x", "axis", "eps"]


def test_the_scaffold_passes_ruff_and_its_hidden_test_is_collected(tmp_path: Path):
    root = clone(tmp_path)
    assert new("row_norms", "-s", "math", "--signature", SIGNATURE, "--root", str(root)).exit_code == 0
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--config",
            str(ROOT / "pyproject.toml"),
            str(root),
        ],
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    collected = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            "/dev/null",
            str(root / "katas" / "row_norms" / "test_row_norms.py"),
        ],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert "3 tests collected" in collected.stdout, collected.stdout + collected.stderr


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["Row-Norms", "-s", "math"], "'Row-Norms' is not a slug"),
        (["class", "-s", "math"], "'class' is not a slug"),
        (["row_norms", "-s", "deep"], "'deep' is not one of"),
        (
            ["row_norms", "-s", "math", "--signature", "norms(x: np.ndarray) -> float"],
            "not the slug row_norms",
        ),
        (["row_norms", "-s", "math", "--signature", "row_norms(x: np.ndarray -> float"], "not valid Python"),
        (["row_norms", "-s", "math", "-d", "4"], "4 is not in the range 1<=x<=3"),
    ],
)
def test_a_bad_slug_section_signature_or_difficulty_is_a_usage_error_and_writes_nothing(
    tmp_path: Path, args: list[str], phrase: str
):
    root = clone(tmp_path)
    result = new(*args, "--root", str(root))
    assert result.exit_code == 2 and phrase in result.output, result.output
    assert not any(p.is_file() for p in root.rglob("*"))


def test_an_existing_kata_is_never_overwritten(tmp_path: Path):
    root = clone(tmp_path)
    assert new("row_norms", "-s", "math", "--root", str(root)).exit_code == 0
    solution = root / "solutions" / "row_norms.py"
    solution.write_text("# my reference, half written\n", encoding="utf-8")
    result = new("row_norms", "-s", "classical", "--root", str(root))
    assert result.exit_code == 2 and "already exists; kata new never overwrites" in result.output
    assert solution.read_text(encoding="utf-8") == "# my reference, half written\n"


def test_a_folder_that_is_not_a_clone_is_refused(tmp_path: Path):
    result = new("row_norms", "-s", "math", "--root", str(tmp_path))
    assert (
        result.exit_code == 2
        and "is not a clone of ml-katas (it has no katas, solutions, tests/)" in result.output
    )


def test_by_default_it_writes_into_the_clone_it_runs_from():
    assert source_root() == ROOT


def test_from_an_installed_copy_inside_a_clone_it_asks_for_an_editable_install(tmp_path: Path, monkeypatch):
    import harness.scaffold

    monkeypatch.setattr(harness.scaffold, "source_root", lambda: None)  # a wheel in site-packages
    monkeypatch.chdir(clone(tmp_path))
    result = new("row_norms", "-s", "math")
    assert result.exit_code == 2 and "run `pip install -e .` in the clone" in result.output
