"""The worker program: loads one learner file and runs its function on request.

Run as ``python -I worker_main.py REQUEST_FD RESPONSE_FD LIMITS_JSON [WORKSPACE]``
by ``harness.worker``; it is never imported by the harness. It imports only the
standard library, NumPy, ``wire.py``, ``worker_policy.py`` and ``worker_output.py``
(loaded by path from beside this file), so learner code cannot reach the ``harness``
package through it. It answers every request with plain data and never judges an
answer: the verdict is the harness's.
"""

from __future__ import annotations

import sys
import time

_perf_counter = time.perf_counter  # bound before any learner code can patch it

import builtins  # noqa: E402
import importlib.abc  # noqa: E402
import importlib.util  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import linecache  # noqa: E402
import os  # noqa: E402
import traceback  # noqa: E402
import types  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

MAX_WARNINGS = 20  # warnings of one call sent back; the rest are only printed


HIDDEN_PACKAGES = {"harness", "solutions", "katas"}


class _Blocker(importlib.abc.MetaPathFinder):
    """Refuses imports of the grader's own packages from learner code."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.partition(".")[0] in HIDDEN_PACKAGES:
            raise ImportError(f"{name} is part of the grader and is not available to learner code")
        return None


def _apply_limits(limits: dict[str, int]) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: the harness's wall-clock limit still holds
        return
    names = {
        "cpu_seconds": "RLIMIT_CPU",
        "memory_bytes": "RLIMIT_AS",
        "file_bytes": "RLIMIT_FSIZE",
        "open_files": "RLIMIT_NOFILE",
        "core_bytes": "RLIMIT_CORE",
        "processes": "RLIMIT_NPROC",
    }
    if os.geteuid() == 0:
        names.pop("processes")  # root ignores it; the time limit and the PID namespace hold
    for key, name in names.items():
        if key in limits and hasattr(resource, name):
            which = getattr(resource, name)
            soft, hard = resource.getrlimit(which)
            value = limits[key]
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            try:
                resource.setrlimit(which, (value, value if hard == resource.RLIM_INFINITY else hard))
            except (ValueError, OSError):
                pass  # e.g. RLIMIT_AS on macOS; the harness watches the process instead


def _load_beside(filename: str, module_name: str) -> types.ModuleType:
    path = Path(__file__).with_name(filename)
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


# -- the import policy --------------------------------------------------------
# What learner code may import (NumPy, the standard library, its workspace's
# files) and the NumPy functions a kata forbids live in worker_policy.py, loaded
# by path like wire.py; every reply passes through Policy.annotate.


def _install_policy(workspace: str | None) -> Any:
    policy = _load_beside("worker_policy.py", "_kata_policy").Policy(workspace)
    policy.install()
    return policy


class Worker:
    def __init__(
        self,
        wire: types.ModuleType,
        streams: types.ModuleType,
        request_fd: int,
        response_fd: int,
        policy: Any,
    ) -> None:
        self.wire = wire
        self.streams = streams  # worker_output.py: what learner code prints goes through these
        self.policy = policy
        self.request_fd = request_fd
        self.response_fd = response_fd
        self.output = streams.BoundedOutput()
        self.filename = "<learner>"
        self.function: Any = None
        self.bench: tuple[list[Any], dict[str, Any]] | None = None
        self.shown_warnings: set[tuple[Any, ...]] = set()  # printed once each, as Python does

    # -- helpers --------------------------------------------------------------

    def learner_traceback(self, error: BaseException) -> list[str]:
        frames = traceback.extract_tb(error.__traceback__)
        lines = []
        for frame in frames:
            if frame.filename == self.filename or self.policy.in_workspace(frame.filename):
                code = f": {frame.line.strip()}" if frame.line else ""
                lines.append(f"{Path(frame.filename).name}, line {frame.lineno}, in {frame.name}{code}")
        return lines[-8:]

    def raised(self, error: BaseException) -> dict[str, Any]:
        try:
            message = str(error)
        except BaseException:  # noqa: BLE001 - a learner's __str__ may raise anything
            message = "<the exception's message could not be printed>"
        reply = {
            "ok": "raised",
            "type": type(error).__name__,
            "mro": [klass.__name__ for klass in type(error).__mro__],
            "message": message[:1000],
            "traceback": self.learner_traceback(error),
        }
        # The learner's frames hold the exception, which holds the frames: a cycle that only the
        # garbage collector would free, however much memory the exception holds.
        traceback.clear_frames(error.__traceback__)
        error.__traceback__ = None
        return reply

    def capture(self, action: Any, stream: Any = None) -> tuple[Any, dict[str, Any] | None]:
        """Run action() with stdout and stderr captured; return (value, error reply)."""
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = stream or self.output
        try:
            return action(), None
        except BaseException as error:  # noqa: BLE001 - SystemExit too: it is the learner's
            return None, self.raised(error)
        finally:
            sys.stdout, sys.stderr = saved
            self.output.end_call()

    # -- operations -----------------------------------------------------------

    def op_load(self, request: dict[str, Any]) -> dict[str, Any]:
        self.filename = request["filename"]
        name = request["function"]
        try:
            code = compile(request["source"], self.filename, "exec", dont_inherit=True)
        except SyntaxError as error:
            return {"ok": "syntax_error", "line": error.lineno or 0, "message": error.msg}
        except ValueError as error:  # e.g. null bytes in the source
            return {"ok": "syntax_error", "line": 0, "message": str(error)}
        source = request["source"]
        lines = [line + "\n" for line in source.split("\n")]  # as the compiler counts lines: \n only
        linecache.cache[self.filename] = (len(source), None, lines, self.filename)
        module = types.ModuleType(Path(self.filename).stem)
        module.__file__ = self.filename
        sys.modules[module.__name__] = module
        _, error = self.capture(lambda: exec(code, module.__dict__))
        if error is not None:
            error["ok"] = "import_raised"
            return error
        function = module.__dict__.get(name)
        if function is None:
            names = sorted(k for k, v in module.__dict__.items() if inspect.isfunction(v))
            return {"ok": "missing", "names": names}
        if not callable(function):
            return {"ok": "not_callable", "type": type(function).__name__}
        self.function = function
        return {"ok": "loaded", "parameters": self.parameters(function)}

    @staticmethod
    def parameters(function: Any) -> list[list[Any]] | None:
        try:
            signature = inspect.signature(function)
        except (TypeError, ValueError):
            return None
        described = []
        for parameter in signature.parameters.values():
            default = None
            if parameter.default is not inspect.Parameter.empty:
                default = repr(parameter.default)[:200]
            described.append([parameter.name, parameter.kind.name, default])
        return described

    def op_call(self, request: dict[str, Any]) -> dict[str, Any]:
        wire = self.wire
        args = wire.materialise(request["args"])
        kwargs = wire.materialise(request["kwargs"])
        warned: list[list[Any]] = []

        def call() -> Any:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    return self.function(*args, **kwargs)
                finally:
                    warned.extend(self.warned(caught))

        value, error = self.capture(call)
        if error is not None:
            return {**error, "warnings": warned}
        return {
            "ok": "returned",
            "value": value,
            "args_after": wire.unmaterialise(request["args"], args),
            "kwargs_after": wire.unmaterialise(request["kwargs"], kwargs),
            "warnings": warned,
            "aliases": _aliases(value, args, kwargs),
        }

    def warned(self, caught: list[warnings.WarningMessage]) -> list[list[Any]]:
        """The call's warnings as [category, message, line in the learner's file (0: elsewhere)].

        Each is also printed the first time it is seen at its line, as Python's default
        filter does, so that the report's "NumPy warned" line still shows it.
        """
        found = []
        for record in caught:
            try:
                category, message = record.category.__name__, str(record.message)[:200]
            except BaseException:  # noqa: BLE001 - a learner's warning class may break anything
                category, message = "Warning", "<a warning that could not be printed>"
            line = record.lineno if record.filename == self.filename else 0
            if len(found) < MAX_WARNINGS:
                found.append([category, message, int(line or 0)])
            key = (category, message, record.filename, record.lineno)
            if key not in self.shown_warnings:
                self.shown_warnings.add(key)
                sys.stderr.write(f"{record.filename}:{record.lineno}: {category}: {message}\n")
        return found

    def op_bench(self, request: dict[str, Any]) -> dict[str, Any]:
        self.bench = (self.wire.materialise(request["args"]), self.wire.materialise(request["kwargs"]))
        return {"ok": "ready"}

    def op_time(self, request: dict[str, Any]) -> dict[str, Any]:
        """number calls on the bench input; with "quiet", print() does nothing (not even format)."""
        args, kwargs = self.bench
        function, number = self.function, int(request["number"])
        quiet = request.get("quiet") is True

        def run() -> float:
            printing = builtins.print
            if quiet:
                builtins.print = self.streams.print_nothing
            try:
                start = _perf_counter()
                for _ in range(number):
                    function(*args, **kwargs)
                return _perf_counter() - start
            finally:
                builtins.print = printing

        discard = self.streams.Discard()
        seconds, error = self.capture(run, discard)
        if error is not None:
            return error
        printed = {"printed_chars": discard.chars, "printed_lines": discard.lines}
        return {"ok": "timed", "seconds": float(seconds), "number": number, **printed}

    def reply(self, message: dict[str, Any]) -> None:
        wire = self.wire
        try:
            payload = wire.encode(message)
        except wire.WireError as error:
            what = "returned" if message.get("ok") == "returned" else "produced"
            too_large = isinstance(error, wire.WireTooLarge)
            reply = {"ok": "unencodable", "message": f"your function {what} {error}", "too_large": too_large}
            payload = wire.encode(reply)
        except RecursionError:
            payload = wire.encode({"ok": "unencodable", "message": "a value nested too deeply"})
        except Exception as error:  # noqa: BLE001 - whatever the value did, the worker must answer
            reason = f"{type(error).__name__}: {str(error)[:200]}"
            payload = wire.encode({"ok": "unencodable", "message": f"a value that cannot be sent ({reason})"})
        wire.write_frame(self.response_fd, payload)

    def serve(self) -> None:
        handlers = {
            "load": self.op_load,
            "call": self.op_call,
            "bench": self.op_bench,
            "time": self.op_time,
        }
        while True:
            try:
                request = self.wire.decode(self.wire.read_frame(self.request_fd))
            except EOFError:
                return
            if request.get("op") == "exit":
                return
            if request.get("op") == "load":
                self.policy.forbid(request.get("forbidden") or [])
            self.reply(self.policy.annotate(handlers[request["op"]](request)))


def _arrays(value: Any, depth: int = 0) -> list[Any]:
    """The NumPy arrays in value, a result or an argument (inside tuples, lists and dicts too)."""
    import numpy as np

    if isinstance(value, np.ndarray):
        return [value]
    if depth < 4 and isinstance(value, (list, tuple)):
        return [array for item in value for array in _arrays(item, depth + 1)]
    if depth < 4 and isinstance(value, dict):
        return [array for item in value.values() for array in _arrays(item, depth + 1)]
    return []


def _aliases(value: Any, args: list[Any], kwargs: dict[str, Any]) -> list[str]:
    """The arguments (by position, or by keyword) whose memory the result shares: the input
    itself, or a view of it, returned where the catalog asks for new arrays. Only this can
    see it: once sent to the harness, every array is a copy."""
    import numpy as np

    results = [array for array in _arrays(value) if array.size]
    if not results:
        return []
    named = [(str(position), arg) for position, arg in enumerate(args)] + list(kwargs.items())
    return [
        name
        for name, arg in named
        if any(np.may_share_memory(result, given) for given in _arrays(arg) for result in results)
    ][:10]


def main() -> None:
    request_fd, response_fd = int(sys.argv[1]), int(sys.argv[2])
    limits = json.loads(sys.argv[3])
    _apply_limits(limits)
    sys.meta_path.insert(0, _Blocker())
    policy = _install_policy(sys.argv[4] if len(sys.argv) > 4 else None)
    wire = _load_beside("wire.py", "_kata_wire")
    streams = _load_beside("worker_output.py", "_kata_output")
    worker = Worker(wire, streams, request_fd, response_fd, policy)
    leave = os._exit
    _report_exits(worker, leave)
    try:
        worker.serve()
    finally:
        # Leave at once: a learner's atexit hooks or threads must not stall the exit.
        leave(0)


def _report_exits(worker: Worker, leave: Any) -> None:
    """Make os._exit say its status on the reply channel first.

    Inside bubblewrap the worker's exit status reaches the harness as bwrap's,
    which is 128 + N both for signal N and for a learner's ``os._exit(128 + N)``.
    """

    me = os.getpid()

    def exit_reporting(status: int) -> None:
        try:
            if os.getpid() == me:  # a forked child's exit is not the worker's
                worker.reply({"ok": "exited", "status": int(status)})
        finally:
            leave(status)

    os._exit = exit_reporting
    import posix

    posix._exit = exit_reporting


if __name__ == "__main__":
    main()
