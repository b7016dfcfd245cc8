"""The ``learner`` and ``reference`` callables that hidden tests receive.

``LearnerProxy`` looks like the learner's function, but each call sends plain
data to the kata's worker process and decodes the plain data that comes back.
A kata's learner code has one time budget (``--timeout``) for all its calls: a
call that runs past what is left kills the worker, and every later call of that
kata is a timeout at once, so one hanging kata costs one timeout. After a
crash the next call gets a fresh worker.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from harness import wire, worker_pool
from harness.catalog import Kata
from harness.learner_errors import (  # noqa: F401 - re-exported: the plugin, checks and runner use them here
    GraderFault,
    LearnerBadValue,
    LearnerCrashed,
    LearnerNotRun,
    LearnerProblem,
    LearnerRaised,
    LearnerRefused,
    LearnerTimedOut,
)
from harness.worker import (
    Limits,
    SandboxFailed,
    WorkerCrashed,
    WorkerFailure,
    WorkerGarbled,
    WorkerProcess,
    WorkerTimedOut,
)

SAME_CRASHES_TO_STOP = 2  # a worker that dies the same way this often is not restarted again


@dataclass
class CallResult:
    value: Any
    args_after: list[Any]
    kwargs_after: dict[str, Any]
    warnings: list[str] = field(default_factory=list)  # "RuntimeWarning: overflow in exp (line 9)"
    aliases: list[str] = field(default_factory=list)  # arguments the result shares memory with


@dataclass
class LoadResult:
    status: str  # "loaded", "error" or "timeout"
    message: str = ""
    parameters: list[list[Any]] | None = None
    output: str = ""


@dataclass
class LearnerProxy:
    """The learner's function of one kata, living in a worker process."""

    kata: Kata
    source: str
    filename: str
    budget_seconds: float
    limits: Limits = field(default_factory=Limits)
    spent_seconds: float = 0.0
    timed_out: bool = False
    outputs: list[str] = field(default_factory=list)
    timed_printed: list[int] = field(default_factory=lambda: [0, 0])  # characters, lines while timed
    worker: WorkerProcess | None = None
    crashes: list[str] = field(default_factory=list)
    stopped: LearnerNotRun | None = None  # set once a cause ends all later calls
    _load_sent: bool = False
    workspace: Path | None = None  # whose .py files the learner's code may import

    # -- the worker's life --------------------------------------------------------

    def fresh_copy(self) -> LearnerProxy:
        """The same file in a new worker, with what is left of the time budget; its output,
        crashes and printing counts start anew (timing a function away from what its hidden
        tests left in the worker's memory)."""
        return LearnerProxy(
            self.kata,
            self.source,
            self.filename,
            self.budget_seconds,
            self.limits,
            spent_seconds=self.spent_seconds,
            workspace=self.workspace,
        )

    def start(self) -> None:
        """Start a worker and send it the learner's file (the reply is read later)."""
        if self.worker is None or not self.worker.alive:
            self.worker = worker_pool.take(self.limits, self.workspace)
            self._load_sent = False
        if not self._load_sent:
            message = {
                "op": "load",
                "source": self.source,
                "filename": self.filename,
                "function": self.kata.slug,
                "forbidden": list(self.kata.forbidden),
            }
            try:
                self.worker.send(message, time.monotonic() + 5.0)
            except WorkerFailure:
                return  # the worker died at start: load() reports what it printed (bwrap says why)
            self._load_sent = True

    def _remaining(self) -> float:
        return self.budget_seconds - self.spent_seconds

    def _exchange(self, message: dict[str, Any] | None) -> dict[str, Any]:
        """Send message (None: the load already sent) and wait within the budget."""
        if self.timed_out or self._remaining() <= 0:
            raise self._timed_out()
        started = time.monotonic()
        deadline = started + self._remaining()
        try:
            if message is not None:
                self.worker.send(message, deadline)
            return self.worker.receive(deadline)
        except WorkerTimedOut:
            raise self._timed_out() from None
        except WorkerCrashed as error:
            raise self._crashed(str(error)) from None
        except WorkerGarbled as error:
            raise LearnerBadValue(f"the process running your code {error}") from None
        except SandboxFailed as error:
            raise GraderFault(str(error)) from None
        finally:
            self.spent_seconds += time.monotonic() - started
            self.keep_output()

    def _timed_out(self) -> LearnerTimedOut:
        self.timed_out = True
        self.stopped = LearnerNotRun("timeout", "not run: the kata had already timed out")
        return LearnerTimedOut(self.timeout_message())

    def _crashed(self, how: str) -> LearnerCrashed:
        """A crash; the same crash repeated stops the kata: restarting would not help."""
        self.crashes.append(how)
        if self.crashes.count(how) >= SAME_CRASHES_TO_STOP:
            self.stopped = LearnerNotRun(
                "error", f"not run: your code had already {how}, {self.crashes.count(how)} times"
            )
        return LearnerCrashed(f"the process running your code {how}")

    def timeout_message(self) -> str:
        limit = f"{self.budget_seconds:g}"
        return (
            f"your code ran past the time limit of {limit} s for this kata (an endless loop, "
            f"or far too slow?); if it is just slow, raise the limit with --timeout "
            f"{max(30, int(self.budget_seconds * 3))}"
        )

    def load(self) -> LoadResult:
        """Start the worker if needed and read the reply to loading the learner's file."""
        self.start()
        if not self._load_sent:
            self.worker.kill()
            self.keep_output()
            why = self.outputs[-1].strip().splitlines()[-1] if self.outputs else "no reason given"
            return LoadResult("error", f"the process to run your code did not start: {why}")
        try:
            reply = self._exchange(None)
        except LearnerTimedOut as problem:
            return LoadResult("timeout", f"loading {self.filename}: {problem}")
        except LearnerProblem as problem:
            return LoadResult("error", f"loading {self.filename}: {problem}")
        return self._load_result(reply)

    def _load_result(self, reply: dict[str, Any]) -> LoadResult:
        name = self.filename
        status = reply.get("ok")
        if reply.get("refused"):
            return LoadResult("error", f"loading {name}: {_refusal(reply)}")
        if status == "loaded":
            return LoadResult("loaded", parameters=reply.get("parameters"))
        if status == "syntax_error":
            return LoadResult(
                "error", f"{name}, line {reply.get('line')}: syntax error: {reply.get('message')}"
            )
        if status == "import_raised":
            raised = LearnerRaised(reply)
            where = f" ({raised.traceback[-1]})" if raised.traceback else ""
            return LoadResult("error", f"importing {name} raised {raised.message_line}{where}")
        if status == "missing":
            names = reply.get("names") or []
            defined = f"; it defines {', '.join(map(str, names[:8]))}" if names else ""
            return LoadResult("error", f"{name} has no function named {self.kata.slug}{defined}")
        if status == "not_callable":
            return LoadResult("error", f"{self.kata.slug} in {name} is a {reply.get('type')}, not a function")
        return LoadResult("error", f"loading {name} gave an unexpected reply")

    def keep_output(self) -> None:
        """Collect what the worker printed since the last reply."""
        if self.worker is not None:
            printed = self.worker.take_output()
            if printed:
                self.outputs.append(printed)

    def ask_to_leave(self) -> None:
        """Tell the worker to exit without waiting (close() then waits): see _Run.close."""
        if self.worker is not None:
            self.worker.ask_to_leave()

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
            self.keep_output()
            self.worker = None

    # -- calls --------------------------------------------------------------------

    def call(self, *args: Any, **kwargs: Any) -> CallResult:
        if self.stopped is not None:
            raise self.stopped
        if self.worker is None or not self.worker.alive:
            result = self.load()
            if result.status != "loaded":
                raise LearnerCrashed(result.message)
        reply = self._exchange({"op": "call", "args": list(args), "kwargs": kwargs})
        status = reply.get("ok")
        if reply.get("refused"):
            raise LearnerRefused(_refusal(reply))
        if status == "returned":
            return CallResult(
                reply.get("value"),
                list(reply.get("args_after") or []),
                dict(reply.get("kwargs_after") or {}),
                _warnings(reply.get("warnings")),
                [str(name)[:40] for name in reply.get("aliases") or [] if isinstance(name, str)][:10],
            )
        if status == "raised":
            raise LearnerRaised(reply, self.limits.memory_bytes, self.filename)
        if status == "unencodable":
            advice = (
                "" if reply.get("too_large") else "; return NumPy arrays, numbers, tuples or lists of them"
            )
            raise LearnerBadValue(f"{reply.get('message')}{advice}")
        raise LearnerBadValue("the process running your code sent an unexpected reply")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.call(*args, **kwargs).value

    # -- timing -------------------------------------------------------------------

    def _checked(self, reply: dict[str, Any], expected: str) -> dict[str, Any]:
        if reply.get("refused"):
            raise LearnerRefused(_refusal(reply))
        if reply.get("ok") == "raised":
            raise LearnerRaised(reply, self.limits.memory_bytes)
        if reply.get("ok") != expected:
            raise LearnerBadValue(f"timing failed: {reply.get('message', 'unexpected reply')}")
        return reply

    def prepare_bench(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """Send the bench input once; later time_batch calls reuse it."""
        reply = self._exchange({"op": "bench", "args": list(args), "kwargs": kwargs})
        self._checked(reply, "ready")

    def printed(self) -> tuple[int, int]:
        """Characters and lines the function printed in all its timed calls so far."""
        return self.timed_printed[0], self.timed_printed[1]

    def pin_to(self, cpus: set[int]) -> None:
        """Run the worker on these CPUs only while it is timed (see WorkerProcess.pin_to)."""
        if self.worker is not None:
            self.worker.pin_to(cpus)

    def time_batch(self, number: int, quiet: bool = False) -> float:
        """Seconds for number calls on the bench input: the time they would take on an idle CPU.

        quiet: print() does nothing during the batch (the function's cost without printing).

        That is the CPU time of the worker's threads, plus any time it waited of its own
        accord (a sleep, a child process): the batch's wall time less the time the worker
        was ready to run but other processes held the CPU. A busy machine slows both
        sides of a pair alike in wall time only on average; this leaves its waits out.
        Both counts come from the kernel (WorkerProcess.scheduled_ns), read by the
        harness; where it keeps none, the batch's wall time. The worker's own clock is
        checked against the harness's: learner code could patch the worker's clocks,
        never the harness's or the kernel's.
        """
        before = self.worker.scheduled_ns() if self.worker is not None else None
        started = time.perf_counter()
        reply = self._checked(self._exchange({"op": "time", "number": number, "quiet": quiet}), "timed")
        wall = time.perf_counter() - started
        after = self.worker.scheduled_ns() if before is not None else None
        for index, key in enumerate(("printed_chars", "printed_lines")):
            count = reply.get(key)
            if type(count) is int and count > 0:
                self.timed_printed[index] += count
        seconds = reply.get("seconds")
        if not isinstance(seconds, float) or not 0.0 < seconds <= wall:
            seconds = wall
        elif seconds < wall / 2 and wall - seconds > 0.002:  # more than messaging can explain
            seconds = wall
        if before is None or after is None:
            return seconds
        ran, waited = (after[0] - before[0]) / 1e9, (after[1] - before[1]) / 1e9
        if not 0.0 < ran <= wall * 1.05 + 0.001 or waited < 0.0:  # a thread ended: its counts left
            return seconds
        # ran spans the whole request (decoding it, about 0.2 ms of a 5 ms batch): when the batch's
        # own clock reads less, nothing held the worker back and that clock is the exact figure
        return min(seconds, ran) + max(0.0, seconds - ran - waited)


def _warnings(sent: Any) -> list[str]:
    """The warnings a call reported, as short sentences; anything malformed is dropped."""
    found = []
    for entry in sent if isinstance(sent, list) else []:
        if isinstance(entry, list) and len(entry) == 3 and all(isinstance(part, str) for part in entry[:2]):
            category, message, line = entry
            at = f" (line {line})" if type(line) is int and line > 0 else ""
            found.append(f"{category[:60]}: {message[:200]}{at}")
    return found


def import_file(path: Path, module_name: str) -> ModuleType:
    """Import a harness-side file (a reference solution, a bench) by its path."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def reference_function(kata: Kata) -> Callable[..., Any]:
    """The reference solution, called with copies of its inputs and real markers.

    Raises GraderFault when the solution does not import; a call that raises
    raises GraderFault too, so that no fault of the grader is blamed on the learner.
    """
    try:
        module = import_file(kata.solution_path, f"_kata_solution_{kata.slug}")
        function = getattr(module, kata.slug)
    except Exception as error:  # noqa: BLE001 - any fault here is the grader's
        raise GraderFault(
            f"the reference {kata.solution_path.name} does not load: {one_line(error)}"
        ) from None

    def reference(*args: Any, **kwargs: Any) -> Any:
        args = wire.materialise(copy.deepcopy(args))
        kwargs = wire.materialise(copy.deepcopy(kwargs))
        try:
            return function(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - the reference must never raise in a test
            raise GraderFault(f"the reference {kata.slug}() raised {one_line(error)}") from None

    reference.__name__ = kata.slug
    return reference


def _refusal(reply: dict[str, Any]) -> str:
    """A refused import or call, with the learner's line when the reply has one."""
    lines = [str(line) for line in reply.get("traceback") or []]
    return str(reply["refused"]) + (f" (at {lines[-1]})" if lines else "")


def one_line(error: BaseException) -> str:
    """``Type: the first line of its message`` (200 characters at most), for one-line reports."""
    first = (str(error).strip().splitlines() or [""])[0][:200]
    return f"{type(error).__name__}: {first}" if first else type(error).__name__
