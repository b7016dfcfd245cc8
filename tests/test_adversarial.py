"""Hostile learner files, through the real `kata check` path.

Each folder of tests/adversarial/ holds a learner's softmax.py (and sometimes
other files it drops into the workspace, such as a conftest.py) and an
expected.json: the statuses allowed, a phrase the report must contain, extra
arguments, "timing" to check with timing on, "max_baselines" (see below), and
"sandbox_only" for the attacks that only bubblewrap holds (without it they would
kill the test runner or read its files: SECURITY.md says so), which run only
where the sandbox does. Every case also asserts that no process it started
survives the check (hostile files put "kata-adversary" in the command line of
what they start), that its workspace holds what it held before, and, for the
whole batch, that nothing outside the workspaces changed, no secret of the
harness's environment leaked and no connection reached a local server.

Bounds on wall time hold on a loaded machine: a case may take the time limit it
sets (its `--timeout`; none: 0) plus "max_baselines" (default 6) times the
baseline, the slowest of a few checks of the reference softmax made the same way
(same arguments, timing on or off), concurrently with the cases, in the same run.
A case whose limit were not enforced (an endless loop never killed, a 60 s sleep)
still overruns that bound: the limit is wall time, the baseline has none.

Two runs of this module may share a machine: the listener takes a free port, and
every "kata-adversary" in a hostile file becomes a token of this run when the
file is copied (so are the paths the vandal writes, and the processes it starts).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, alive_with, failure_text, run_kata
from harness import sandbox

CASES = sorted(path for path in (ROOT / "tests" / "adversarial").iterdir() if path.is_dir())
TOKEN = "kata-adversary"
RUN_TOKEN = f"{TOKEN}-{os.getpid()}-{time.time_ns()}"  # what TOKEN becomes in this run's copies
PORT_PLACEHOLDER = "@LISTENER_PORT@"
OUTSIDE = [Path(f"/tmp/{RUN_TOKEN}-pwned"), Path.home() / f"{RUN_TOKEN}-pwned"]
DEFAULT_MAX_BASELINES = 6
BASELINE_RUNS = 3  # per kind (timing on, timing off), spread over the batch
HUNG_SECONDS = 300  # a check still running then is recorded as hung, and fails its case


def _expected(folder: Path) -> dict:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def _fingerprint(root: Path) -> dict[str, str]:
    """Path -> sha256 of every file below root (the state folder aside)."""
    prints = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".kata" not in path.relative_to(root).parts:
            prints[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return prints


def _arguments(expected: dict) -> list[str]:
    arguments = ["check", "softmax", "--format", "json", *expected.get("args", [])]
    return arguments if expected.get("timing") else [*arguments, "--no-timing"]


def _limit(expected: dict) -> float:
    """The time limit a case sets with --timeout, or 0."""
    arguments = expected.get("args", [])
    return float(arguments[arguments.index("--timeout") + 1]) if "--timeout" in arguments else 0.0


def _copy(folder: Path, workspace: Path, port: int) -> None:
    """The folder's files into workspace, with this run's token and listener port."""
    for path in folder.iterdir():  # extra_conftest.py lands as conftest.py
        if path.name != "expected.json":
            data = path.read_bytes().replace(TOKEN.encode(), RUN_TOKEN.encode())
            data = data.replace(PORT_PLACEHOLDER.encode(), str(port).encode())
            (workspace / path.name.removeprefix("extra_")).write_bytes(data)


def _alive_with_token(token: str) -> list[str]:
    # Without /proc (macOS) a setsid() grandchild escapes cleanup, as SECURITY.md says.
    return alive_with(token) if os.path.isdir("/proc") else []


class Listener:
    """A local TCP server that counts the connections learner code makes to it."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))  # a free port: runs may share a machine
        self.port = self.server.getsockname()[1]
        self.server.settimeout(0.2)
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while self.running:
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def answers(self, seconds: float = 30) -> bool:
        """Whether a connection of our own reaches it (and is counted)."""
        before = self.connections
        socket.create_connection(("127.0.0.1", self.port), timeout=seconds).close()
        deadline = time.monotonic() + seconds
        while self.connections == before and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.connections == before + 1

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict:
    import concurrent.futures

    root = tmp_path_factory.mktemp("adversarial")
    repository_before = {name: _fingerprint(ROOT / name) for name in ("harness", "katas", "solutions")}
    listener = Listener()
    listener_answered = listener.answers()
    connections_before = listener.connections
    os.environ["KATA_ADVERSARY_SECRET"] = "hunter2"

    def check(name: str, folder: Path, expected: dict) -> dict:
        workspace = root / name / "workspace"
        workspace.mkdir(parents=True)
        _copy(folder, workspace, listener.port)
        before = _fingerprint(workspace)
        started = time.monotonic()
        try:
            completed = run_kata(_arguments(expected), workspace, timeout=HUNG_SECONDS)
        except subprocess.TimeoutExpired:
            return {"hung": True, "seconds": time.monotonic() - started, "survivors": []}
        seconds = time.monotonic() - started
        try:
            document = json.loads(completed.stdout)
        except ValueError:
            document = None
        return {
            "code": completed.returncode,
            "document": document,
            "seconds": seconds,
            "stderr": completed.stderr,
            "changed": _fingerprint(workspace) != before,
            "survivors": _alive_with_token(f"{RUN_TOKEN}-{folder.name}"),
        }

    def run(task: tuple[str, Path]) -> tuple[str | Path, dict]:
        kind, folder = task
        if kind != "case":  # a baseline: the reference, checked as the cases are
            outcome = check(f"{kind}-{folder.name}", folder, {"timing": kind == "baseline-timing"})
            return (kind, folder), outcome
        if _expected(folder).get("sandbox_only") and sandbox.sandbox_mode() != "bubblewrap":
            return folder, {"skipped": True}
        return folder, check(folder.name, folder, _expected(folder))

    references = [root / "reference" / str(index) for index in range(BASELINE_RUNS)]
    for folder in references:
        folder.mkdir(parents=True)
        (folder / "softmax.py").write_bytes((ROOT / "solutions" / "softmax.py").read_bytes())
    tasks = [("case", folder) for folder in CASES]
    for index, folder in enumerate(references):  # at the start, in the middle, near the end
        at = index * len(tasks) // BASELINE_RUNS
        tasks[at:at] = [("baseline-no-timing", folder), ("baseline-timing", folder)]
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            results = dict(pool.map(run, tasks))
    finally:
        del os.environ["KATA_ADVERSARY_SECRET"]
        listener.close()
    results["baseline"] = {}
    for timing in (False, True):
        kind = "baseline-timing" if timing else "baseline-no-timing"
        baselines = [results.pop((kind, folder)) for folder in references]
        for outcome in baselines:
            assert outcome.get("code") == 0, f"the reference did not pass as a baseline: {outcome}"
        results["baseline"][timing] = max(outcome["seconds"] for outcome in baselines)
    results["survivors"] = _alive_with_token(f"{RUN_TOKEN}-")
    results["listener_answered"] = listener_answered
    results["connections"] = listener.connections - connections_before
    results["repository_changed"] = [
        name for name, prints in repository_before.items() if _fingerprint(ROOT / name) != prints
    ]
    return results


def test_there_are_at_least_25_hostile_files():
    assert len(CASES) >= 25


def test_the_sandbox_is_used_where_ci_runs_on_linux():
    if sys.platform.startswith("linux") and os.environ.get("CI"):
        assert sandbox.sandbox_mode() == "bubblewrap", sandbox.bubblewrap_problem()


@pytest.mark.timeout(600)  # the first test waits for the whole batch
@pytest.mark.parametrize("folder", CASES, ids=[folder.name for folder in CASES])
def test_hostile_file_is_held(folder: Path, outcomes: dict):
    expected, outcome = _expected(folder), outcomes[folder]
    if outcome.get("skipped"):
        pytest.skip("only the sandbox holds this one; without it, it would harm the machine (SECURITY.md)")
    assert not outcome.get("hung"), f"the check did not end within {HUNG_SECONDS} s"
    document = outcome["document"]
    assert document is not None, f"no JSON on stdout (exit {outcome['code']}): {outcome['stderr'][-300:]}"
    kata = document["katas"][0]
    text = failure_text(kata) + "\n" + kata["output"]
    assert kata["status"] in expected["status"], f"{folder.name}: {kata['status']}: {text[:600]}"
    assert outcome["code"] == (0 if kata["status"] == "pass" else 1)
    if "message" in expected:
        assert expected["message"].lower() in text.lower(), f"{folder.name}: {text[:600]}"
    baseline = outcomes["baseline"][bool(expected.get("timing"))]
    bound = _limit(expected) + expected.get("max_baselines", DEFAULT_MAX_BASELINES) * baseline
    assert outcome["seconds"] < bound, (
        f"took {outcome['seconds']:.1f} s; at most {bound:.1f} s: its limit {_limit(expected):g} s "
        f"+ {expected.get('max_baselines', DEFAULT_MAX_BASELINES)} x {baseline:.2f} s (the reference)"
    )
    assert outcome["survivors"] == [], f"processes it started are still alive: {outcome['survivors']}"
    if sandbox.sandbox_mode() == "bubblewrap":
        assert not outcome["changed"], "learner code changed files in its workspace"


def test_nothing_outside_the_workspaces_changed(outcomes: dict):
    if sandbox.sandbox_mode() != "bubblewrap":
        pytest.skip("without the sandbox learner code can write where the user can (SECURITY.md)")
    assert outcomes["repository_changed"] == []
    assert [path for path in OUTSIDE if path.exists()] == []
    assert outcomes["listener_answered"], (
        "the listener took no connection of our own: the check proves nothing"
    )
    assert outcomes["connections"] == 0


def test_the_file_that_phones_home_is_given_the_listeners_port():
    assert PORT_PLACEHOLDER in (ROOT / "tests" / "adversarial" / "phones_home" / "softmax.py").read_text()


def test_no_process_started_by_any_hostile_file_survives(outcomes: dict):
    assert outcomes["survivors"] == []
