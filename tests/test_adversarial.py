"""Hostile learner files, through the real `kata check` path.

Each folder of tests/adversarial/ holds a learner's softmax.py (and sometimes
other files it drops into the workspace, such as a conftest.py) and an
expected.json: the statuses allowed, a phrase the report must contain, extra
arguments, a bound on wall time, and "sandbox_only" for the attacks that only
bubblewrap holds (without it they would kill the test runner or read its files:
SECURITY.md says so), which run only where the sandbox does. Every case also asserts that no process it
started survives the check (hostile files put "kata-adversary" in the command
line of what they start), that its workspace holds what it held before, and,
for the whole batch, that nothing outside the workspaces changed, no secret of
the harness's environment leaked and no connection reached a local server.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, alive_with, failure_text, run_kata
from harness import sandbox

CASES = sorted(path for path in (ROOT / "tests" / "adversarial").iterdir() if path.is_dir())
TOKEN = "kata-adversary"
PORT = 47123
OUTSIDE = [Path("/tmp/kata-adversary-pwned"), Path.home() / "kata-adversary-pwned"]


def _expected(folder: Path) -> dict:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def _fingerprint(root: Path) -> dict[str, str]:
    """Path -> sha256 of every file below root (the state folder aside)."""
    prints = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".kata" not in path.relative_to(root).parts:
            prints[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return prints


def _alive_with_token(token: str) -> list[str]:
    # Without /proc (macOS) a setsid() grandchild escapes cleanup, as SECURITY.md says.
    return alive_with(token) if os.path.isdir("/proc") else []


class Listener:
    """A local TCP server that counts the connections learner code makes to it."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", PORT))
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
    os.environ["KATA_ADVERSARY_SECRET"] = "hunter2"

    def run(folder: Path) -> tuple[Path, dict]:
        if _expected(folder).get("sandbox_only") and sandbox.sandbox_mode() != "bubblewrap":
            return folder, {"skipped": True}
        workspace = root / folder.name / "workspace"
        workspace.mkdir(parents=True)
        for path in folder.iterdir():  # extra_conftest.py lands as conftest.py
            if path.name != "expected.json":
                (workspace / path.name.removeprefix("extra_")).write_bytes(path.read_bytes())
        before = _fingerprint(workspace)
        expected = _expected(folder)
        arguments = ["check", "softmax", "--format", "json", *expected.get("args", [])]
        if not expected.get("timing"):
            arguments.append("--no-timing")
        started = time.monotonic()
        completed = run_kata(arguments, workspace, timeout=120)
        seconds = time.monotonic() - started
        try:
            document = json.loads(completed.stdout)
        except ValueError:
            document = None
        survivors = _alive_with_token(f"{TOKEN}-{folder.name}")
        return folder, {
            "code": completed.returncode,
            "document": document,
            "seconds": seconds,
            "stderr": completed.stderr,
            "changed": _fingerprint(workspace) != before,
            "survivors": survivors,
        }

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            results = dict(pool.map(run, CASES))
    finally:
        del os.environ["KATA_ADVERSARY_SECRET"]
        listener.close()
    results["survivors"] = _alive_with_token(TOKEN)
    results["connections"] = listener.connections
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
    document = outcome["document"]
    assert document is not None, f"no JSON on stdout (exit {outcome['code']}): {outcome['stderr'][-300:]}"
    kata = document["katas"][0]
    text = failure_text(kata) + "\n" + kata["output"]
    assert kata["status"] in expected["status"], f"{folder.name}: {kata['status']}: {text[:600]}"
    assert outcome["code"] == (0 if kata["status"] == "pass" else 1)
    if "message" in expected:
        assert expected["message"].lower() in text.lower(), f"{folder.name}: {text[:600]}"
    assert outcome["seconds"] < expected.get("max_seconds", 10), f"took {outcome['seconds']:.1f} s"
    assert outcome["survivors"] == [], f"processes it started are still alive: {outcome['survivors']}"
    if sandbox.sandbox_mode() == "bubblewrap":
        assert not outcome["changed"], "learner code changed files in its workspace"


def test_nothing_outside_the_workspaces_changed(outcomes: dict):
    if sandbox.sandbox_mode() != "bubblewrap":
        pytest.skip("without the sandbox learner code can write where the user can (SECURITY.md)")
    assert outcomes["repository_changed"] == []
    assert [path for path in OUTSIDE if path.exists()] == []
    assert outcomes["connections"] == 0


def test_no_process_started_by_any_hostile_file_survives(outcomes: dict):
    assert outcomes["survivors"] == []
