"""Backups, `kata reset` and `kata restore`: no sequence of commands loses a version of a learner's file."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from conftest import run_kata
from harness import backups, cli_backups
from harness.catalog import load_catalog
from harness.cli import main
from harness.render import render_stub
from harness.workspace import Workspace

KATAS = load_catalog()
SLUGS = list(KATAS)
STUB = render_stub(KATAS["softmax"])
MINE = b"def softmax(x, axis=-1):\n    return x  # my work\n"
NOON = datetime(2026, 12, 1, 12, 0, 0, 123456)


def invoke(*args: str, input: str | None = None):
    """The command line in process, without $KATA_WORKSPACE, each message on one line (a wide terminal)."""
    return CliRunner().invoke(main, list(args), input=input, env={"KATA_WORKSPACE": None, "COLUMNS": "1000"})


def make_workspace(tmp_path: Path, *slugs: str) -> Path:
    workspace = tmp_path / "ws"
    assert invoke("init", *slugs, "-w", str(workspace)).exit_code == 0
    return workspace


def backup_contents(workspace: Path, slug: str) -> list[bytes]:
    """The kata's backups, newest first, byte for byte."""
    return [backup.path.read_bytes() for backup in backups.list_backups(Workspace(workspace), slug)]


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backup is made in the same microsecond."""
    monkeypatch.setattr(backups, "now", lambda: NOON)


# -- the backups module ---------------------------------------------------------------


def test_a_missing_file_has_nothing_to_back_up(tmp_path: Path):
    assert backups.back_up(Workspace(tmp_path), "softmax") is None
    assert backups.list_backups(Workspace(tmp_path), "softmax") == []


def test_backups_in_one_microsecond_get_a_counter_and_keep_every_version(tmp_path: Path, frozen_clock):
    workspace = Workspace(tmp_path)
    for version in (b"one", b"two", b"two", b"three"):  # identical content is backed up again
        workspace.file("softmax").write_bytes(version)
        backups.back_up(workspace, "softmax")
    found = backups.list_backups(workspace, "softmax")
    assert [backup.path.read_bytes() for backup in found] == [b"three", b"two", b"two", b"one"]
    assert [backup.path.name for backup in found] == [
        "20261201-120000-123456-3.py",
        "20261201-120000-123456-2.py",
        "20261201-120000-123456-1.py",
        "20261201-120000-123456.py",
    ]
    assert found[0].time == NOON and found[0].size == len(b"three")


def test_newest_first_holds_when_the_clock_goes_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    workspace = Workspace(tmp_path)
    for version, when in ((b"first", NOON), (b"second", NOON - timedelta(hours=1))):
        monkeypatch.setattr(backups, "now", lambda when=when: when)
        workspace.file("softmax").write_bytes(version)
        backups.back_up(workspace, "softmax")
    assert backup_contents(tmp_path, "softmax") == [b"second", b"first"]


def test_backups_made_at_once_by_many_threads_never_overwrite_each_other(tmp_path: Path, frozen_clock):
    workspace = Workspace(tmp_path)
    workspace.file("softmax").write_bytes(b"same")
    start = threading.Barrier(4)
    made: list[Path] = []

    def back_up_many() -> None:
        start.wait()
        for _ in range(25):
            made.append(workspace.backup("softmax"))

    threads = [threading.Thread(target=back_up_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(made)) == 100
    assert len(backups.list_backups(workspace, "softmax")) == 100


def test_files_not_named_as_backups_are_left_out(tmp_path: Path):
    folder = Workspace(tmp_path).backup_dir("softmax")
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("mine")
    (folder / "20261301-000000-000000.py").write_text("no 13th month")
    (folder / "20261201-000000-000000.py").write_text("a backup")
    assert [backup.path.name for backup in backups.list_backups(Workspace(tmp_path), "softmax")] == [
        "20261201-000000-000000.py"
    ]


@pytest.mark.skipif(os.name != "posix", reason="permission bits")
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path):
    workspace = Workspace(tmp_path)
    workspace.file("softmax").write_bytes(MINE)
    workspace.file("softmax").chmod(0o640)
    backups.replace_file(workspace, "softmax", "new\n")
    assert workspace.file("softmax").stat().st_mode & 0o777 == 0o640
    assert workspace.file("softmax").read_text() == "new\n"


# -- kata reset -----------------------------------------------------------------------


def test_reset_backs_up_then_writes_a_fresh_stub_and_says_where(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    (workspace / "softmax.py").write_bytes(MINE)
    result = invoke("reset", "softmax", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert (workspace / "softmax.py").read_text(encoding="utf-8") == STUB
    (backup,) = backups.list_backups(Workspace(workspace), "softmax")
    assert backup.path.read_bytes() == MINE
    assert f"backed up {workspace / 'softmax.py'} to {backup.path}; wrote a fresh stub" in result.output
    assert f"`kata check softmax -w {workspace}`" in result.output
    assert f"`kata restore softmax -w {workspace}`" in result.output


def test_reset_clears_the_last_status_so_list_shows_no_old_pass(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    Workspace(workspace).update_katas({"softmax": {"status": "pass", "checked_at": "x", "hints_shown": 2}})
    assert invoke("reset", "softmax", "-w", str(workspace)).exit_code == 0
    state = Workspace(workspace).kata_state("softmax")
    assert "status" not in state and "checked_at" not in state and state["hints_shown"] == 2
    listing = invoke("list", "-w", str(workspace)).output
    assert "pass" not in next(line for line in listing.splitlines() if line.strip().startswith("softmax "))


def test_reset_of_a_missing_file_writes_a_stub(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    result = invoke("reset", "iou", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert "iou.py was missing; wrote a fresh stub" in result.output
    assert (workspace / "iou.py").read_text(encoding="utf-8") == render_stub(KATAS["iou"])
    assert "kata restore" not in result.output  # there is nothing to bring back


def test_the_workspace_from_the_environment_is_not_repeated_in_hints(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    result = CliRunner().invoke(main, ["reset", "softmax"], env={"KATA_WORKSPACE": str(workspace)})
    assert result.exit_code == 0, result.output
    assert "Next: edit" in result.output and "-w" not in result.output


def test_two_resets_in_the_same_second_give_two_backups(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    for version in (b"first\n", b"second\n"):
        (workspace / "softmax.py").write_bytes(version)
        assert invoke("reset", "softmax", "-w", str(workspace)).exit_code == 0
    assert backup_contents(workspace, "softmax") == [b"second\n", b"first\n"]


def test_two_resets_in_the_same_microsecond_give_two_backups(tmp_path: Path, frozen_clock):
    test_two_resets_in_the_same_second_give_two_backups(tmp_path)


def test_reset_all_off_a_terminal_needs_yes(tmp_path: Path):
    workspace = make_workspace(tmp_path)
    (workspace / "softmax.py").write_bytes(MINE)
    result = invoke("reset", "--all", "-w", str(workspace))
    assert result.exit_code == 2
    assert "pass --yes" in result.output
    assert (workspace / "softmax.py").read_bytes() == MINE
    assert not (workspace / ".kata" / "backups").exists()


def test_reset_all_yes_backs_up_every_kata(tmp_path: Path):
    workspace = make_workspace(tmp_path)
    (workspace / "softmax.py").write_bytes(MINE)
    (workspace / "iou.py").unlink()
    result = invoke("reset", "--all", "--yes", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    for slug in SLUGS:
        assert (workspace / f"{slug}.py").read_text(encoding="utf-8") == render_stub(KATAS[slug])
    assert backup_contents(workspace, "softmax") == [MINE]
    assert backup_contents(workspace, "iou") == []
    assert result.output.count("wrote a fresh stub") == len(SLUGS)


@pytest.mark.parametrize(("answer", "code"), [("y\n", 0), ("n\n", 1), ("\n", 1)])
def test_reset_all_asks_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, code: int
):
    monkeypatch.setattr(cli_backups, "_on_terminal", lambda: True)
    workspace = make_workspace(tmp_path)
    (workspace / "softmax.py").write_bytes(MINE)
    result = invoke("reset", "--all", "-w", str(workspace), input=answer)
    assert result.exit_code == code, result.output
    assert "[y/N]" in result.output
    assert ((workspace / "softmax.py").read_bytes() == MINE) == (code == 1)
    assert ("Nothing was reset." in result.output) == (code == 1)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_reset_all_asks_on_a_real_terminal_and_no_keeps_everything(tmp_path: Path):
    workspace = make_workspace(tmp_path)
    (workspace / "softmax.py").write_bytes(MINE)
    primary, secondary = pty.openpty()
    environment = {key: value for key, value in os.environ.items() if key != "KATA_WORKSPACE"}
    process = subprocess.Popen(
        [sys.executable, "-m", "harness", "reset", "--all", "-w", str(workspace)],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=environment,
    )
    os.close(secondary)
    output = _read_until(primary, b"[y/N]")
    os.write(primary, b"n\n")
    output += _read_until(primary, None)
    os.close(primary)
    assert process.wait(timeout=60) == 1, output
    assert b"Nothing was reset." in output
    assert (workspace / "softmax.py").read_bytes() == MINE


def _read_until(descriptor: int, marker: bytes | None, limit: float = 60) -> bytes:
    """What the terminal shows until marker (None: until the program closes it); limit guards a hang."""
    seen = b""
    deadline = time.monotonic() + limit
    while marker is None or marker not in seen:
        assert time.monotonic() < deadline, f"the terminal showed only {seen!r}"
        if not select.select([descriptor], [], [], 1)[0]:
            continue
        try:
            chunk = os.read(descriptor, 4096)
        except OSError:  # EIO: the program closed the terminal
            chunk = b""
        if not chunk:
            break
        seen += chunk
    return seen


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["reset"], "name the katas to reset, or pass --all"),
        (["reset", "softmax", "--all", "--yes"], "not both"),
        (["reset", "sofmax"], "did you mean softmax"),
        (["restore", "sofmax"], "did you mean softmax"),
        (["restore", "softmax", "--list", "--pick", "1"], "--list only lists"),
        (["restore", "softmax", "--pick", "0"], "--pick"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args: list[str], says: str):
    workspace = make_workspace(tmp_path, "softmax")
    result = invoke(*args, "-w", str(workspace))
    assert result.exit_code == 2, result.output
    assert says in result.output


@pytest.mark.parametrize(
    "command", [["reset", "softmax"], ["restore", "softmax"], ["reset", "--all", "--yes"]]
)
def test_no_workspace_is_a_usage_error(tmp_path: Path, command: list[str]):
    result = invoke(*command, "-w", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert "no workspace at" in result.output and "kata init" in result.output
    assert not (tmp_path / "none").exists()


# -- kata restore ---------------------------------------------------------------------


def test_restore_lists_the_backups_and_brings_back_the_latest(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    (workspace / "softmax.py").write_bytes(MINE)
    invoke("reset", "softmax", "-w", str(workspace))
    result = invoke("restore", "softmax", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert (workspace / "softmax.py").read_bytes() == MINE
    lines = result.output.splitlines()
    assert lines[0] == f"Backups of softmax in {workspace / '.kata' / 'backups' / 'softmax'}, newest first:"
    assert lines[1].split()[0] == "1" and f"{len(MINE)} bytes" in lines[1]
    assert "restored backup 1" in result.output
    # the stub that was replaced is now the latest backup: restore again undoes the restore
    assert backup_contents(workspace, "softmax")[0].decode("utf-8") == STUB
    assert invoke("restore", "softmax", "-w", str(workspace)).exit_code == 0
    assert (workspace / "softmax.py").read_text(encoding="utf-8") == STUB


def test_restore_pick_brings_back_an_older_one(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    for version in (b"old\n", b"newer\n"):
        (workspace / "softmax.py").write_bytes(version)
        invoke("reset", "softmax", "-w", str(workspace))
    result = invoke("restore", "softmax", "--pick", "2", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert (workspace / "softmax.py").read_bytes() == b"old\n"
    assert backup_contents(workspace, "softmax") == [STUB.encode(), b"newer\n", b"old\n"]


def test_restore_list_only_lists_and_marks_untouched_stubs(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    invoke("reset", "softmax", "-w", str(workspace))
    (workspace / "softmax.py").write_bytes(MINE)
    result = invoke("restore", "softmax", "--list", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert "(the untouched stub)" in result.output
    assert (workspace / "softmax.py").read_bytes() == MINE
    assert len(backups.list_backups(Workspace(workspace), "softmax")) == 1


def test_restore_without_backups_is_one_line_and_exit_1(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    result = invoke("restore", "softmax", "-w", str(workspace))
    assert result.exit_code == 1
    assert "no backups of softmax" in result.output and "Traceback" not in result.output
    listed = invoke("restore", "softmax", "--list", "-w", str(workspace))
    assert listed.exit_code == 0 and "No backups of softmax yet" in listed.output


def test_restore_pick_past_the_last_backup_is_a_usage_error(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    invoke("reset", "softmax", "-w", str(workspace))
    result = invoke("restore", "softmax", "--pick", "2", "-w", str(workspace))
    assert result.exit_code == 2
    assert "--pick takes 1 to 1" in result.output


def test_restore_of_a_missing_file_brings_it_back(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    (workspace / "softmax.py").write_bytes(MINE)
    invoke("reset", "softmax", "-w", str(workspace))
    (workspace / "softmax.py").unlink()
    result = invoke("restore", "softmax", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert "was missing; restored backup 1" in result.output
    assert (workspace / "softmax.py").read_bytes() == MINE


def test_reset_and_restore_through_the_real_command_line(tmp_path: Path):
    workspace = make_workspace(tmp_path, "softmax")
    (workspace / "softmax.py").write_bytes(MINE)
    Workspace(workspace).update_katas({"softmax": {"status": "pass"}})
    reset = run_kata(["reset", "softmax"], workspace)
    assert reset.returncode == 0, reset.stderr
    restored = run_kata(["restore", "softmax"], workspace)
    assert restored.returncode == 0, restored.stderr
    assert (workspace / "softmax.py").read_bytes() == MINE
    missing = run_kata(["restore", "iou"], workspace)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1, missing.stderr
    state = json.loads((workspace / ".kata" / "state.json").read_text())
    assert "status" not in state["katas"]["softmax"]


# -- no sequence of commands loses a version ---------------------------------------------

VERSIONS = st.one_of(st.binary(max_size=30), st.text(max_size=30).map(lambda text: text.encode("utf-8")))
CHECKS = {"asked": 0, "run": 0}  # across the examples of one test run
MEMORY = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None  # fsync costs nothing there
SOME_SLUGS = SLUGS[:3]  # enough to show that katas do not mix, few enough to reach deep sequences


class NeverLoseAVersion(RuleBasedStateMachine):
    """init / edit / reset / reset --all --yes / restore / check, with a clock that stalls and goes back.

    Every version of a kata's file that a command replaced (the learner's last save, a stub)
    is kept as a backup for good, byte for byte; no backup ever changes or goes; the
    backups, newest first, are the files replaced in reverse order; restore brings back
    the one picked. (What an editor's save replaces is the learner's own doing.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="kata-never-lose-", dir=MEMORY))
        self.workspace = self.folder / "ws"
        self.clock = NOON
        self.real_now = backups.now
        backups.now = lambda: self.clock
        self.versions: dict[str, set[bytes]] = {slug: set() for slug in SLUGS}  # replaced by commands
        self.replaced: dict[str, list[bytes]] = {slug: [] for slug in SLUGS}  # oldest first
        self.backups_seen: dict[Path, bytes] = {}

    def teardown(self) -> None:
        backups.now = self.real_now
        shutil.rmtree(self.folder, ignore_errors=True)

    def run(self, *args: str, codes: tuple[int, ...] = (0,)) -> str:
        """Run a command; whatever it replaced of what the learner had saved must be kept for good."""
        before = {slug: self.current(slug) for slug in SLUGS}
        result = CliRunner().invoke(main, [*args, "-w", str(self.workspace)])
        assert result.exit_code in codes, (args, result.exit_code, result.output)
        for slug, content in before.items():
            if content is not None and content != self.current(slug):
                self.versions[slug].add(content)
        return result.output

    def current(self, slug: str) -> bytes | None:
        path = self.workspace / f"{slug}.py"
        return path.read_bytes() if path.exists() else None

    @initialize(first=st.lists(st.sampled_from(SLUGS), unique=True))
    def init(self, first: list[str]) -> None:
        self.run("init", *first)

    @rule()
    def init_again(self) -> None:
        self.run("init")

    @rule(slug=st.sampled_from(SOME_SLUGS), content=VERSIONS)
    def edit(self, slug: str, content: bytes) -> None:
        (self.workspace / f"{slug}.py").write_bytes(content)  # an editor's save: the file it replaces is gone

    @rule(
        step=st.sampled_from(
            [timedelta(0), timedelta(microseconds=1), timedelta(seconds=1), -timedelta(hours=1)]
        )
    )
    def tick(self, step: timedelta) -> None:
        self.clock += step

    @rule(slugs=st.lists(st.sampled_from(SOME_SLUGS), min_size=1, max_size=3))
    def reset(self, slugs: list[str]) -> None:
        before = {slug: self.current(slug) for slug in set(slugs)}
        self.run("reset", *slugs)
        for slug, content in before.items():
            if content is not None:
                self.replaced[slug].append(content)
            assert self.current(slug).decode("utf-8") == render_stub(KATAS[slug])

    @rule()
    def reset_all(self) -> None:
        before = {slug: self.current(slug) for slug in SLUGS}
        self.run("reset", "--all", "--yes")
        for slug, content in before.items():
            if content is not None:
                self.replaced[slug].append(content)

    @rule(slug=st.sampled_from(SOME_SLUGS), pick=st.one_of(st.none(), st.integers(1, 4)))
    def restore(self, slug: str, pick: int | None) -> None:
        older = self.replaced[slug]
        options = () if pick is None else ("--pick", str(pick))
        if not older:
            self.run("restore", slug, *options, codes=(1,))
        elif (pick or 1) > len(older):
            self.run("restore", slug, *options, codes=(2,))
        else:
            before = self.current(slug)
            self.run("restore", slug, *options)
            assert self.current(slug) == older[-(pick or 1)]
            if before is not None:
                older.append(before)

    @rule(slug=st.sampled_from(SOME_SLUGS))
    def check(self, slug: str) -> None:
        """`kata check` only reads the files; it starts workers (~0.2 s), so the real one runs
        only every tenth time, a few times a test run (the other times do what it does to the files)."""
        CHECKS["asked"] += 1
        if CHECKS["asked"] % 10 == 1 and CHECKS["run"] < 5:
            CHECKS["run"] += 1
            self.run("check", slug, "--no-timing", codes=(0, 1))

    @invariant()
    def nothing_is_lost(self) -> None:
        for slug in SLUGS:
            found = backups.list_backups(Workspace(self.workspace), slug)
            kept = [backup.path.read_bytes() for backup in found]
            assert kept == self.replaced[slug][::-1]
            assert self.versions[slug] <= set(kept)
            for backup, content in zip(found, kept):
                assert self.backups_seen.setdefault(backup.path, content) == content
        assert all(path.read_bytes() == content for path, content in self.backups_seen.items())


NeverLoseAVersion.TestCase.settings = settings(
    max_examples=50, stateful_step_count=40, deadline=None, derandomize=True, database=None
)
test_no_sequence_of_commands_loses_a_version = NeverLoseAVersion.TestCase
