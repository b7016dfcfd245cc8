"""Read-only, missing and odd workspaces: one clear line each, never "internal error".

Root ignores permission bits, so a read-only workspace is made two ways: in process,
by making the state's writes fail with EROFS; and for real, with a read-only bind
mount under bubblewrap (which holds for root too).
"""

from __future__ import annotations

import errno
import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, run_kata
from harness import cli
from harness.workspace import Workspace

SOFTMAX = ROOT / "solutions" / "softmax.py"
COMMANDS = [["init"], ["list"], ["show", "softmax"], ["check", "softmax"], ["hint", "softmax"]]


def make_workspace(tmp_path: Path, solution: Path | None = SOFTMAX) -> Path:
    workspace = tmp_path / "workspace"
    assert CliRunner().invoke(cli.main, ["init", "softmax", "-w", str(workspace)]).exit_code == 0
    if solution is not None:
        shutil.copy(solution, workspace / "softmax.py")
    return workspace


@pytest.fixture
def read_only_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write of the state fails as on a read-only file system."""

    def refuse(workspace: Workspace, updates: dict) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(workspace.state_dir / "lock"))

    monkeypatch.setattr(Workspace, "update_katas", refuse)


def run_main(
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    workspace_variable: str | None = None,
) -> tuple:
    """harness.cli.run, the console script's top level, in process: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["kata", *args])
    if workspace_variable is None:
        monkeypatch.delenv("KATA_WORKSPACE", raising=False)
    else:
        monkeypatch.setenv("KATA_WORKSPACE", workspace_variable)
    handler = signal.getsignal(signal.SIGTERM)
    try:
        with pytest.raises(SystemExit) as exited:
            cli.run()
    finally:
        signal.signal(signal.SIGTERM, handler)
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


# -- a read-only workspace, simulated in process ------------------------------------------


@pytest.mark.usefixtures("read_only_state")
@pytest.mark.parametrize(("solution", "code"), [(SOFTMAX, 0), (None, 1)], ids=["passing", "not started"])
def test_check_in_a_read_only_workspace_reports_then_warns(tmp_path: Path, solution: Path | None, code: int):
    workspace = make_workspace(tmp_path, solution)
    result = CliRunner().invoke(cli.main, ["check", "softmax", "--no-timing", "-w", str(workspace)])
    assert result.exit_code == code, result.output
    assert "softmax (Neural networks" in result.stdout
    [warning] = result.stderr.splitlines()
    assert warning.startswith("warning: could not save your progress")
    assert f"{workspace / '.kata' / 'lock'}: Read-only file system" in warning


@pytest.mark.usefixtures("read_only_state")
def test_check_json_in_a_read_only_workspace_prints_one_document(tmp_path: Path):
    workspace = make_workspace(tmp_path)
    arguments = ["check", "softmax", "--no-timing", "--format", "json", "-w", str(workspace)]
    result = CliRunner().invoke(cli.main, arguments)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["katas"][0]["status"] == "pass"
    assert len(result.stderr.splitlines()) == 1 and "could not save your progress" in result.stderr


@pytest.mark.usefixtures("read_only_state")
def test_hint_in_a_read_only_workspace_shows_the_hint_and_warns(tmp_path: Path):
    workspace = make_workspace(tmp_path)
    result = CliRunner().invoke(cli.main, ["hint", "softmax", "-w", str(workspace)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Hint 1 of")
    [warning] = result.stderr.splitlines()
    assert warning.startswith("warning: cannot remember which hint was shown")


def test_init_that_cannot_write_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
):
    def refuse(workspace: Workspace, slug: str, text: str) -> bool:
        raise OSError(errno.EROFS, "Read-only file system", str(workspace.file(slug)))

    monkeypatch.setattr(Workspace, "create_stub", refuse)
    code, _, err = run_main(["init", "-w", str(tmp_path / "workspace")], monkeypatch, capsys)
    assert code == 1
    assert err.startswith(f"kata: cannot write {tmp_path / 'workspace'}") and err.count("\n") == 1
    assert "Read-only file system" in err and "--workspace" in err


def test_a_damaged_state_that_cannot_be_set_aside_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    workspace = make_workspace(tmp_path)
    (workspace / ".kata" / "state.json").write_text("{not json")

    def refuse(source: object, target: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(source))

    monkeypatch.setattr("harness.workspace.os.replace", refuse)
    result = CliRunner().invoke(cli.main, ["list", "-w", str(workspace)])
    assert result.exit_code == 0
    assert "is damaged and cannot be set aside" in result.stderr


# -- odd paths --------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_workspace_that_is_a_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, command: list, how: str
):
    regular = tmp_path / "notes.txt"
    regular.write_text("not a workspace\n")
    if how == "option":
        code, out, err = run_main([*command, "-w", str(regular)], monkeypatch, capsys)
    else:
        code, out, err = run_main(command, monkeypatch, capsys, workspace_variable=str(regular))
    assert code == 2
    assert out == "" and err.count("\n") == 1
    assert f"{regular} is a file, not a workspace folder" in err


def test_init_where_a_path_component_is_a_file_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
):
    regular = tmp_path / "notes.txt"
    regular.write_text("not a folder\n")
    code, out, err = run_main(["init", "-w", str(regular / "workspace")], monkeypatch, capsys)
    assert code == 1 and out == ""
    assert err.startswith(f"kata: cannot write {regular / 'workspace'}: Not a directory")
    assert f"({regular} is a file, not a folder)" in err and err.count("\n") == 1


def test_a_missing_workspace_says_to_run_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
):  # (`kata hint` works before `kata init`: tests/test_learner_commands.py)
    code, _, err = run_main(["check", "softmax", "-w", str(tmp_path / "missing")], monkeypatch, capsys)
    assert code == 2
    assert f"no workspace at {tmp_path / 'missing'}; run `kata init -w {tmp_path / 'missing'}`" in err


def test_init_creates_a_missing_workspace_with_its_parents(tmp_path: Path):
    workspace = tmp_path / "a" / "b" / "workspace"
    result = CliRunner().invoke(cli.main, ["init", "softmax", "-w", str(workspace)])
    assert result.exit_code == 0, result.output
    assert (workspace / "softmax.py").is_file() and (workspace / ".kata").is_dir()


def test_any_os_error_is_one_line_with_the_path_and_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
):
    workspace = make_workspace(tmp_path)
    where = str(workspace / ".kata" / "state.json")

    def refuse(self: Workspace) -> dict:
        raise PermissionError(errno.EACCES, "Permission denied", where)

    monkeypatch.setattr(Workspace, "load_state", refuse)
    code, _, err = run_main(["list", "-w", str(workspace)], monkeypatch, capsys)
    assert code == 1
    assert err.startswith(f"kata: {where}: Permission denied;") and err.count("\n") == 1
    assert "internal error" not in err and "Traceback" not in err
    monkeypatch.setenv("KATA_DEBUG", "1")
    with pytest.raises(PermissionError):
        run_main(["list", "-w", str(workspace)], monkeypatch, capsys)


# -- a really read-only workspace: a read-only bind mount under bubblewrap -----------------


def run_read_only(workspace: Path, args: list[str]) -> subprocess.CompletedProcess:
    """python -m harness ARGS with the workspace mounted read-only (root cannot write it either)."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        pytest.skip("bubblewrap (bwrap) is not installed: no read-only bind mount to test with")
    probe = [bwrap, "--dev-bind", "/", "/", "--ro-bind", str(workspace), str(workspace)]
    if subprocess.run([*probe, "true"], capture_output=True).returncode != 0:
        pytest.skip("bwrap cannot make a mount namespace here (no user namespaces?)")
    command = [*probe, sys.executable, "-m", "harness", *args, "--workspace", str(workspace)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=workspace.parent)


def test_a_read_only_bind_mount_is_really_read_only(tmp_path: Path):
    workspace = make_workspace(tmp_path)
    completed = run_read_only(workspace, ["init"])
    assert completed.returncode == 1
    assert "Read-only file system" in completed.stderr and completed.stderr.count("\n") == 1
    assert completed.stderr.startswith("kata: cannot write")
    assert (workspace / "softmax.py").read_bytes() == SOFTMAX.read_bytes()


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_check_in_a_read_only_mount_reports_then_warns(tmp_path: Path, output_format: str):
    workspace = make_workspace(tmp_path)
    completed = run_read_only(workspace, ["check", "softmax", "--no-timing", "--format", output_format])
    assert completed.returncode == 0, completed.stderr
    if output_format == "json":
        assert json.loads(completed.stdout)["katas"][0]["status"] == "pass"
    else:
        assert "  PASS" in completed.stdout.splitlines()
    [warning] = completed.stderr.splitlines()
    assert warning.startswith("warning: could not save your progress") and "Read-only file system" in warning


def test_hint_list_and_show_in_a_read_only_mount(tmp_path: Path):
    workspace = make_workspace(tmp_path)
    hint = run_read_only(workspace, ["hint", "softmax"])
    assert hint.returncode == 0 and hint.stdout.startswith("Hint 1 of")
    assert hint.stderr.startswith("warning: cannot remember which hint was shown")
    assert hint.stderr.count("\n") == 1
    for args in (["list"], ["show", "softmax"]):
        completed = run_read_only(workspace, args)
        assert completed.returncode == 0 and completed.stderr == "", completed.stderr
        assert "softmax" in completed.stdout


def test_the_real_command_line_names_a_file_in_the_way(tmp_path: Path):
    regular = tmp_path / "notes.txt"
    regular.write_text("not a folder\n")
    completed = run_kata(["check", "softmax"], regular)
    assert completed.returncode == 2 and "is a file, not a workspace folder" in completed.stderr
    assert "Traceback" not in completed.stderr
