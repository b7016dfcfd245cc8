"""`kata watch` through a real terminal: save a file, see the report change, stop cleanly.

Each test runs `python -m harness watch` in a pseudo-terminal of its own (pty.fork),
reads the screen as a learner would, saves files, presses keys and Ctrl-C. Nothing
waits for a fixed time: every wait is for text on the screen, with a deadline far
beyond what a busy machine needs. The helpers at the bottom test the loop's
decisions without a terminal.
"""

from __future__ import annotations

import json
import os
import pty
import queue
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, run_kata
from harness.catalog import load_catalog
from harness.watch import Batch, _key_event, kata_to_check, next_batch, polling_reason
from harness.workspace import Workspace

DEADLINE = 60.0  # seconds to wait for a screen; a passing run needs a few
COLUMNS = 400  # wider than any temporary path, so no line of the header wraps
WRONG_SOFTMAX = ROOT / "tests" / "submissions" / "softmax" / "wrong_global_max.py"
HANGING_SOFTMAX = "import numpy as np\n\n\ndef softmax(x, axis=-1):\n    while True:\n        pass\n"

terminal_only = pytest.mark.skipif(
    not hasattr(os, "fork") or not os.path.isdir("/proc"), reason="needs a pty and /proc (Linux)"
)


def _processes() -> dict[int, tuple[int, str, str]]:
    """Every process: pid -> (parent pid, start time, state), from /proc."""
    found = {}
    for name in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{name}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[int(name)] = (int(fields[1]), fields[19], fields[0])
    return found


class Terminal:
    """`kata watch ARGS -w WORKSPACE` in a pseudo-terminal of its own."""

    def __init__(self, workspace: Path, *args: str) -> None:
        environment = {key: value for key, value in os.environ.items() if key != "KATA_WORKSPACE"}
        # A wide screen, so that where the report wraps never depends on how long the
        # temporary path is (a wrap between "now" and "softmax.py" failed CI once).
        environment.update(COLUMNS=str(COLUMNS), LINES="50")
        command = [sys.executable, "-m", "harness", "watch", *args, "-w", str(workspace)]
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: its own session, the pty its controlling terminal
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)  # a background job's runner ignores Ctrl-C
                os.chdir(workspace.parent)
                os.execve(sys.executable, command, environment)
            finally:
                os._exit(127)
        self.screen = ""  # everything shown since the last wait
        self.code: int | None = None

    def _read(self, seconds: float) -> bool:
        """Read what the terminal shows; False once the other side is closed."""
        if not select.select([self.fd], [], [], seconds)[0]:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the watch exited and closed the terminal
            return False
        self.screen += data.decode(errors="replace")
        return bool(data)

    def wait_for(self, *texts: str) -> str:
        """Wait until every text has appeared since the last wait; return what appeared."""
        deadline = time.monotonic() + DEADLINE
        while not all(text in self.screen for text in texts):
            if time.monotonic() > deadline or not self._read(0.2):
                raise AssertionError(f"{texts} did not appear; the screen shows:\n{self.screen[-3000:]}")
        shown, self.screen = self.screen, ""
        return shown

    def press(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def exit_code(self) -> int:
        """Wait for the watch to end, reading its screen so that it never blocks on a write."""
        deadline = time.monotonic() + DEADLINE
        while self.code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
            elif time.monotonic() > deadline:
                raise AssertionError(f"kata watch did not exit; the screen shows:\n{self.screen[-3000:]}")
            else:
                self._read(0.1)
        return self.code

    def children(self) -> list[int]:
        """The watch's running child processes: the roots of its workers (their sandboxes)."""
        table = _processes()
        return [pid for pid, (ppid, _, state) in table.items() if ppid == self.pid and state not in "ZX"]

    def descendants(self) -> dict[int, str]:
        """The watch's running descendants (pid -> start time): its workers and their sandboxes."""
        table = _processes()
        found, parents = {}, [self.pid]
        while parents:
            parent = parents.pop()
            for pid, (ppid, started, state) in table.items():
                if ppid == parent and pid not in found:
                    parents.append(pid)
                    if state not in ("Z", "X"):
                        found[pid] = started
        return found

    def close(self) -> None:
        """After a failed test: end what this test started, by pid, and close the terminal."""
        if self.code is None:
            for pid in [*self.descendants(), self.pid]:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def _still_running(processes: dict[int, str]) -> list[int]:
    """Those of processes (pid -> start time) that still run (a zombie has ended)."""
    table = _processes()
    return [
        pid
        for pid, started in processes.items()
        if pid in table and table[pid][1] == started and table[pid][2] not in ("Z", "X")
    ]


def _files(workspace: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in workspace.iterdir() if path.is_file()}


def _save(path: Path, text: str, atomic: bool = False) -> None:
    """Save as an editor does: in place, or (atomic) a hidden temporary file renamed over it."""
    if not atomic:
        path.write_text(text, encoding="utf-8")
        return
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    assert run_kata(["init"], folder).returncode == 0
    return folder


@pytest.fixture
def terminals():
    started: list[Terminal] = []
    yield lambda *args: started.append(Terminal(*args)) or started[-1]
    for terminal in started:
        terminal.close()


def _status(workspace: Path, slug: str) -> str:
    state = json.loads((workspace / ".kata" / "state.json").read_text(encoding="utf-8"))
    return state["katas"][slug]["status"]


@terminal_only
@pytest.mark.timeout(400)
def test_each_save_redraws_the_report_r_re_runs_and_ctrl_c_stops(workspace: Path, terminals):
    watch = terminals(workspace, "softmax")
    first = watch.wait_for("checked at")
    assert "watching softmax.py" in first and "r+Enter re-runs" in first and "NOT STARTED" in first
    assert "\x1b[2J" in first  # the screen is cleared before each report

    _save(workspace / "softmax.py", (ROOT / "solutions" / "softmax.py").read_text(encoding="utf-8"))
    passed = watch.wait_for("PASS", "checked at")
    assert "timing: yours" in passed and "softmax passed. Next:" in passed
    assert f"-w {workspace}" in passed  # the suggested commands find this workspace
    assert _status(workspace, "softmax") == "pass"

    _save(workspace / "softmax.py", WRONG_SOFTMAX.read_text(encoding="utf-8"), atomic=True)
    failed = watch.wait_for("FAIL", "checked at")
    assert "Most likely" in failed and "PASS" not in failed
    assert _status(workspace, "softmax") == "fail"
    # Between checks only the kept workers wait (the learner's and the reference's), unused.
    assert len(watch.children()) == 2

    watch.press(b"r\n")
    assert "FAIL" in watch.wait_for("checking", "checked at")
    saved = _files(workspace)
    watch.press(b"\x03")
    assert "stopped watching" in watch.wait_for("stopped watching")
    assert watch.exit_code() == 130
    assert watch.descendants() == {}
    assert _files(workspace) == saved


@terminal_only
@pytest.mark.timeout(400)
def test_poll_without_a_slug_follows_the_kata_saved_and_q_quits(workspace: Path, terminals):
    os.utime(workspace / "softmax.py")  # the kata last edited, which the watch checks first
    watch = terminals(workspace, "--poll", "--no-timing")
    first = watch.wait_for("checked at")
    assert "(polling)" in first and "polling the files every" in first and "now softmax.py" in first

    reference = (ROOT / "solutions" / "cross_entropy.py").read_text(encoding="utf-8")
    _save(workspace / "cross_entropy.py", reference)
    shown = watch.wait_for("cross_entropy (", "PASS", "checked at")
    assert "now cross_entropy.py" in shown
    assert "cross_entropy is correct but not timed (--no-timing)" in shown and "Next:" not in shown

    watch.press(b"q\n")
    watch.wait_for("stopped watching")
    assert watch.exit_code() == 0
    assert (workspace / "cross_entropy.py").read_text(encoding="utf-8") == reference


@terminal_only
@pytest.mark.timeout(400)
def test_ctrl_c_during_a_check_kills_its_workers(workspace: Path, terminals):
    (workspace / "softmax.py").write_text(HANGING_SOFTMAX, encoding="utf-8")
    watch = terminals(workspace, "softmax", "--no-timing", "--timeout", "600")
    watch.wait_for("checking")
    deadline = time.monotonic() + DEADLINE
    while not (workers := watch.descendants()):  # the learner's worker, hanging in its loop
        assert time.monotonic() < deadline, "no worker started"
        time.sleep(0.1)
    watch.press(b"\x03")
    watch.wait_for("stopped watching")
    assert watch.exit_code() == 130
    assert _still_running(workers) == []
    assert (workspace / "softmax.py").read_text(encoding="utf-8") == HANGING_SOFTMAX


def test_an_unknown_slug_or_no_workspace_is_a_usage_error(tmp_path: Path):
    unknown = run_kata(["watch", "sofmax"], tmp_path / "ws")
    assert unknown.returncode == 2 and "did you mean softmax" in unknown.stderr
    missing = run_kata(["watch"], tmp_path / "nowhere")
    assert missing.returncode == 2 and "run `kata init" in missing.stderr
    assert "Traceback" not in unknown.stderr + missing.stderr


# -- the loop's decisions, without a terminal -----------------------------------------


def test_a_save_re_checks_the_kata_saved_or_for_a_helper_the_current_one(tmp_path: Path):
    katas = load_catalog()
    workspace = Workspace(tmp_path)
    for slug in ("softmax", "iou"):
        workspace.file(slug).write_text("", encoding="utf-8")
    os.utime(workspace.file("softmax"), (1, 1))
    assert kata_to_check({"softmax.py"}, katas, workspace, None, "iou") == "softmax"
    assert kata_to_check({"softmax.py", "iou.py"}, katas, workspace, None, None) == "iou"  # the newest
    assert kata_to_check({"iou.py"}, katas, workspace, "softmax", "softmax") is None  # another kata
    assert kata_to_check({"mlutils.py"}, katas, workspace, "softmax", "softmax") == "softmax"  # a helper
    assert kata_to_check({"mlutils.py"}, katas, workspace, None, None) is None


def test_keys_and_batches():
    assert _key_event("") == ("rerun", None) and _key_event("r") == ("rerun", None)
    assert _key_event("q") == ("quit", None)
    assert _key_event("x")[0] == "note"
    events: queue.Queue = queue.Queue()
    assert next_batch(events, wait=0.01) is None
    for event in [("changed", {"a.py"}), ("rerun", None), ("changed", {"b.py"}), ("note", "hi")]:
        events.put(event)
    assert next_batch(events) == Batch(changed={"a.py", "b.py"}, rerun=True, notes=["hi"])


def test_a_workspace_on_a_network_or_windows_drive_is_polled(tmp_path: Path):
    mounts = tmp_path / "mounts"
    lines = [
        "/dev/sda1 / ext4 rw 0 0",
        f"C:\\134 {tmp_path}/c 9p rw 0 0",  # WSL's Windows drive
        f"server:/home {tmp_path}/my\\040home nfs4 rw 0 0",  # a space is \040 in /proc/mounts
    ]
    mounts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert polling_reason(tmp_path / "c" / "ws", str(mounts)) is not None
    assert "9p" in polling_reason(tmp_path / "c" / "ws", str(mounts))
    assert "nfs4" in polling_reason(tmp_path / "my home" / "ws", str(mounts))
    assert polling_reason(tmp_path / "cc", str(mounts)) is None
    assert polling_reason(tmp_path, str(tmp_path / "missing")) is None


def test_a_watch_without_timing_records_a_pass_as_not_timed(tmp_path: Path, monkeypatch, capsys):
    """As `kata check --no-timing` does: only a timed pass counts (the watch said "softmax
    passed. Next: ..." where `kata progress` did not count it, a new-user trial found)."""
    from harness.cli_check import save_results
    from harness.progress import NOT_TIMED
    from harness.runner import CheckOptions
    from harness.watch import Watch

    workspace = tmp_path / "ws"
    assert run_kata(["init", "softmax"], workspace).returncode == 0
    (workspace / "softmax.py").write_bytes((ROOT / "solutions" / "softmax.py").read_bytes())
    monkeypatch.setattr("click.clear", lambda: None)
    session = Watch(
        Workspace(workspace), load_catalog(), "softmax", CheckOptions(timing=False), save=save_results
    )
    session.check("softmax", [])
    state = json.loads((workspace / ".kata" / "state.json").read_text(encoding="utf-8"))
    assert state["katas"]["softmax"]["status"] == NOT_TIMED
    shown = capsys.readouterr().out
    assert "softmax is correct but not timed (--no-timing)" in shown and "Next:" not in shown


def test_watch_keeps_a_learner_and_a_reference_worker_started_between_checks(tmp_path: Path):
    """A check after a save takes workers started while the learner was editing (about half of a
    re-check's time was their start-up: benchmarks/watch_recheck.py); none is left at the end."""
    import shutil

    from harness import worker_pool
    from harness.catalog import data_dir
    from harness.runner import CheckOptions, run_check

    kata = load_catalog()["softmax"]
    shutil.copy(kata.solution_path, tmp_path / "softmax.py")
    options = CheckOptions()
    worker_pool.keep_started(options.limits, tmp_path)
    worker_pool.keep_started(options.limits, data_dir("solutions"))
    try:
        waiting = list(worker_pool._prestarted)
        assert len(waiting) == 2
        for _ in range(2):
            (result,) = run_check([kata], {"softmax": tmp_path / "softmax.py"}, options)
            assert result.status == "pass"
            now = worker_pool._prestarted
            assert len(now) == 2 and all(worker.alive for worker in now)
            assert not {id(worker) for worker in waiting} & {id(worker) for worker in now}, "not taken"
            waiting = list(now)
    finally:
        worker_pool.stop_keeping()
    assert worker_pool._prestarted == [] and all(not worker.alive for worker in waiting)


@terminal_only
@pytest.mark.timeout(400)
@pytest.mark.parametrize(("stop", "code"), [(signal.SIGHUP, 129), (signal.SIGTERM, 143)])
def test_a_closed_terminal_or_sigterm_ends_the_watch_and_its_waiting_workers(
    workspace: Path, terminals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: int, code: int
):
    """Closing the terminal (SIGHUP) left the two waiting workers' folders behind (a new-user
    trial); it is handled as Ctrl-C is, and the exit status is 128 + the signal, as a shell's."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    watch = terminals(workspace, "softmax")
    watch.wait_for("checked at")
    assert len(watch.children()) == 2
    os.kill(watch.pid, stop)
    assert watch.exit_code() == code
    assert watch.descendants() == {}
    assert list(temporary.glob("kata-worker-*")) == []


@pytest.mark.parametrize(
    ("slug", "follow"), [(None, "saving it re-checks it here"), ("softmax", "follows it")]
)
def test_after_a_timed_pass_the_watch_names_the_next_kata_and_how_to_go_on(tmp_path: Path, slug, follow):
    from harness.runner import CheckOptions
    from harness.watch import Watch

    workspace = tmp_path / "ws"
    assert run_kata(["init", "softmax"], workspace).returncode == 0
    session = Watch(Workspace(workspace), load_catalog(), slug, CheckOptions(), save=lambda *args: None)
    session.current = "softmax"
    (line,) = session.after("pass")
    assert line.startswith("softmax passed. Next: ") and follow in line, line
