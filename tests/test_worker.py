"""The worker protocol, driven directly: load, call, raise, time out, crash.

A test that shows a limit is enforced bounds its wall time by the limit plus a
multiple of a baseline taken in the same test on the same machine (a worker
started, loaded, called and closed), never by a fixed figure: a loaded machine
slows both alike, and a limit not enforced still overruns the bound.
"""

from __future__ import annotations

import os
import sys
import time

import numpy as np
import pytest

from conftest import alive_with
from harness import processes
from harness.worker import MEMORY_POLL_SECONDS, Limits, WorkerCrashed, WorkerProcess, WorkerTimedOut

PROBE = """
import os, sys, resource
import numpy as np

def softmax(x, axis=-1):
    return x * 2

def environment(name):
    return os.environ.get(name)

def limit(name):
    return resource.getrlimit(getattr(resource, name))[0]

def where():
    return os.getcwd()

def importable(name):
    try:
        __import__(name)
    except ImportError as error:
        return str(error)
    return "imported"

def spawn_and_hang(token):
    import subprocess
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", token])
    while True:
        pass

def die():
    os.abort()

def touch_memory(megabytes):
    return float(np.ones(megabytes * 1024 * 128).sum())

def log_of(x):
    return np.log(x)  # line 37 of the probe: warns "divide by zero" for a 0


def gradient_at(f, x, rng):
    x += 0.0  # in place: the array sent back is the one the call left
    return f(x) + rng.normal()


def hold_memory(megabytes):
    global HELD
    HELD = np.ones(megabytes * 1024 * 128)  # touched: resident, not only reserved
    while True:
        pass
"""


@pytest.fixture
def worker():
    process = WorkerProcess(Limits())
    reply = process.request(
        {"op": "load", "source": PROBE, "filename": "probe.py", "function": "softmax"}, 10
    )
    assert reply["ok"] == "loaded"
    yield process
    process.close()


def call(worker: WorkerProcess, name: str, *args, seconds: float = 10.0) -> dict:
    load = {"op": "load", "source": PROBE, "filename": "probe.py", "function": name}
    assert worker.request(load, seconds)["ok"] == "loaded"
    return worker.request({"op": "call", "args": list(args), "kwargs": {}}, seconds)


def baseline_seconds(name: str, *args) -> float:
    """Wall seconds to start a worker, load the probe, call name(*args) (it returns) and close it."""
    started = time.monotonic()
    with WorkerProcess() as process:
        assert call(process, name, *args)["ok"] == "returned"
    return time.monotonic() - started


def test_a_call_returns_plain_data_and_the_inputs_after_the_call(worker):
    reply = worker.request({"op": "call", "args": [np.arange(3.0)], "kwargs": {}}, 10)
    assert reply["ok"] == "returned"
    assert np.array_equal(reply["value"], [0.0, 2.0, 4.0])
    assert np.array_equal(reply["args_after"][0], [0.0, 1.0, 2.0])


def test_the_environment_is_scrubbed_and_blas_is_pinned_to_one_thread(worker, monkeypatch):
    assert call(worker, "environment", "OPENBLAS_NUM_THREADS")["value"] == "1"
    assert call(worker, "environment", "HOME")["value"] != os.environ.get("HOME")


def test_secrets_of_the_harness_environment_do_not_reach_learner_code(monkeypatch):
    monkeypatch.setenv("KATA_TEST_SECRET_TOKEN", "hunter2")
    with WorkerProcess() as process:
        assert call(process, "environment", "KATA_TEST_SECRET_TOKEN")["value"] is None


def test_resource_limits_are_in_place(worker):
    if sys.platform.startswith("linux"):  # macOS ignores RLIMIT_AS
        assert call(worker, "limit", "RLIMIT_AS")["value"] == 2 * 1024**3
    assert call(worker, "limit", "RLIMIT_CORE")["value"] == 0
    assert call(worker, "limit", "RLIMIT_FSIZE")["value"] == Limits().file_bytes


def test_the_worker_runs_in_a_private_temporary_directory(worker):
    where = call(worker, "where")["value"]
    assert os.path.basename(where) == "work"
    assert where == "/tmp/work" if worker.sandbox == "bubblewrap" else where.startswith(worker.directory)


@pytest.mark.parametrize("name", ["harness", "harness.wire", "solutions"])
def test_learner_code_cannot_import_the_grader(worker, name):
    assert "not available to learner code" in call(worker, "importable", name)["value"]


def test_a_call_past_its_limit_kills_the_worker_and_its_children():
    token = f"kata-test-child-{os.getpid()}-{time.monotonic_ns()}"
    limit = 1.5
    before = baseline_seconds("where")
    with WorkerProcess() as process:
        started = time.monotonic()
        with pytest.raises(WorkerTimedOut):
            call(process, "spawn_and_hang", token, seconds=limit)
        seconds = time.monotonic() - started
        assert not process.alive and process.process.returncode is not None
        assert alive_with(token) == [], "the learner's child process survived"
    baseline = max(before, baseline_seconds("where"))
    assert seconds < limit + 5 * baseline, f"took {seconds:.1f} s; limit {limit} s, baseline {baseline:.2f} s"


def test_a_crash_is_reported_with_its_signal():
    with WorkerProcess() as process:
        with pytest.raises(WorkerCrashed, match="SIGABRT"):
            call(process, "die")


def test_closing_a_worker_removes_its_directory():
    process = WorkerProcess()
    directory = process.directory
    process.close()
    assert not os.path.exists(directory)


def test_the_resident_size_watch_stops_a_worker_past_its_memory_limit():
    """The watch macOS relies on (RLIMIT_AS does nothing there), forced on here."""
    before = baseline_seconds("touch_memory", 200)  # the memory the watch allows, unwatched
    with WorkerProcess(Limits()) as process:
        process.watch_memory = True
        process.limits = Limits(memory_bytes=200 * 1024**2)  # the watch's bound, not RLIMIT_AS's
        started = time.monotonic()
        with pytest.raises(WorkerCrashed, match="used more than"):
            call(process, "hold_memory", 400, seconds=20)
        seconds = time.monotonic() - started
    baseline = max(before, baseline_seconds("touch_memory", 200))
    bound = MEMORY_POLL_SECONDS + 3 * baseline
    assert seconds < bound, f"took {seconds:.1f} s; at most {bound:.1f} s (baseline {baseline:.2f} s)"


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="CPU affinity is Linux's")
def test_pin_to_keeps_every_thread_of_the_worker_on_the_cpus_given(worker):
    """Timing pins learner and reference to one CPU, so that both see the same CPU's speed."""
    cpu = min(os.sched_getaffinity(0))
    worker.pin_to({cpu})
    pids = processes.learner_processes(worker.process.pid, worker.marker)
    threads = [int(t) for pid in pids for t in os.listdir(f"/proc/{pid}/task")]
    assert threads and all(os.sched_getaffinity(thread) == {cpu} for thread in threads)


def test_a_call_reports_its_warnings_with_the_learner_s_line_and_prints_each_once(worker):
    """The harness can fail a kata that must not warn; the report still shows the warning."""
    replies = [call(worker, "log_of", np.array([0.0, 1.0])) for _ in range(2)]
    for reply in replies:
        assert reply["ok"] == "returned"
        assert reply["warnings"] == [["RuntimeWarning", "divide by zero encountered in log", 37]]
    printed = worker.take_output()
    assert printed.count("probe.py:37: RuntimeWarning: divide by zero encountered in log") == 1
    assert call(worker, "log_of", np.array([1.0]))["warnings"] == []


def test_a_call_taking_a_named_function_and_a_generator_gets_its_markers_back(worker):
    """numerical_gradient's f and dropout's rng cannot be sent back; their markers are."""
    from harness import wire

    f, rng = wire.NamedFunction("sum_of_squares"), wire.SeededRng(3)
    reply = call(worker, "gradient_at", f, np.array([1.0, 2.0]), rng)
    assert reply["ok"] == "returned", reply
    assert reply["value"] == 5.0 + np.random.default_rng(3).normal()
    assert reply["args_after"][0] == f and reply["args_after"][2] == rng
    assert np.array_equal(reply["args_after"][1], [1.0, 2.0])


def test_a_result_that_is_an_input_or_a_view_of_it_is_reported(worker):
    """Once sent, every array is a copy: only the worker can see that a result aliases an input."""
    load = {"op": "load", "source": ALIASING, "filename": "aliasing.py", "function": "same"}
    assert worker.request(load, 10)["ok"] == "loaded"
    x = np.arange(4.0)
    assert worker.request({"op": "call", "args": [x, 2.0], "kwargs": {}}, 10)["aliases"] == ["0"]
    load["function"] = "view_of_second"
    assert worker.request(load, 10)["ok"] == "loaded"
    reply = worker.request({"op": "call", "args": [x], "kwargs": {"y": np.ones((2, 3))}}, 10)
    assert reply["aliases"] == ["y"]
    load["function"] = "fresh"
    assert worker.request(load, 10)["ok"] == "loaded"
    assert worker.request({"op": "call", "args": [x], "kwargs": {}}, 10)["aliases"] == []


ALIASING = """
def same(x, factor):
    return x


def view_of_second(x, y):
    return (x * 2, y[:, 1])


def fresh(x):
    return x.copy()
"""
