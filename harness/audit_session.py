"""Judging mutants of a kata's reference: one pytest session per kata, one worker per session.

This is the ``kata check`` path with three changes that make an audit fast: a
kata's hidden tests are collected once, and each mutant is then loaded as the
learner's file into the same worker process (a worker accepts a new ``load``);
a mutant's tests stop at the first one that does not pass; and the test that
killed the last mutant runs first for the next one. Loading, the signature
check, the fixtures, the outcomes and the verdict are those of ``kata check``
(``LearnerProxy``, ``signature_problem``, ``KataPlugin``, ``tests_verdict``).
Timing is off.

``serve`` judges a stream of tasks, kata after kata, in this process.
``main`` does the same in a process of its own (started by ``harness.audit``),
asking for each task on stdout and reading it on stdin, one JSON line each.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from harness import worker as workers
from harness import worker_pool
from harness.catalog import CatalogError, Kata, load_kata
from harness.proxy import GraderFault, LearnerProxy, one_line, reference_function
from harness.worker import Limits

REFERENCE_KEY = ""  # the task that submits the unchanged reference: every test must pass


@dataclass(frozen=True)
class Task:
    """One source to judge as the learner's file of a kata."""

    kata: str  # the kata's folder
    key: str  # the mutant's key; REFERENCE_KEY for the reference itself
    source: str


@dataclass
class Verdict:
    """What ``kata check`` would say about one mutant as the learner's file."""

    kata: str
    key: str
    status: str  # the kata's status: pass, fail, error, timeout (never slow: no timing)
    loaded: bool = True  # False: a syntax error, an import that raised, a wrong signature
    test: str = ""  # the first hidden test that did not pass
    message: str = ""
    grader_fault: bool = False  # the grader failed (a broken hidden-test file...), not the mutant
    seconds: float = 0.0


@dataclass(frozen=True)
class SessionOptions:
    """The tests' seed, the time limit of one mutant, and a worker's limits."""

    seed: int = 0
    timeout: float = 5.0  # the time limit of one mutant's code, all its tests together
    limits: Limits = field(default_factory=Limits)


def _make_plugin(
    kata: Kata, tasks: Iterator[Task], report: Callable[[Verdict], None], options: SessionOptions
) -> Any:
    """KataPlugin with a test loop that judges every task (pytest is imported here, late)."""
    import pytest

    from harness.plugin import KataPlugin

    class AuditPlugin(KataPlugin):
        """KataPlugin whose test loop runs the collected tests once per task."""

        @pytest.hookimpl(tryfirst=True)
        def pytest_runtestloop(self, session: pytest.Session) -> bool:
            judge = _Judge(kata, self, list(session.items), options)
            try:
                for task in tasks:
                    started = time.monotonic()
                    verdict = judge.judge(task)
                    verdict.seconds = time.monotonic() - started
                    report(verdict)
            finally:
                judge.close()
            return True

    references = {kata.slug: reference_function(kata)}
    return AuditPlugin({kata.directory.resolve(): kata}, {}, references, options.seed)


class _Judge:
    """Loads each task into the session's worker and runs the tests until one fails."""

    def __init__(self, kata: Kata, plugin: Any, order: list[Any], options: SessionOptions) -> None:
        self.kata, self.plugin, self.order, self.options = kata, plugin, order, options
        self.worker: workers.WorkerProcess | None = None

    def judge(self, task: Task) -> Verdict:
        """Load task as the learner's file, check its signature, run the tests."""
        from harness.runner import signature_problem

        broken = self.plugin.collection_errors[self.kata.slug]
        if broken:
            return Verdict(task.kata, task.key, "error", message="; ".join(broken), grader_fault=True)
        options = self.options
        proxy = LearnerProxy(
            self.kata,
            task.source,
            f"{self.kata.slug}.py",
            options.timeout,
            options.limits,
            worker=self.worker,
        )
        try:
            loaded = proxy.load()
            problem = loaded.message if loaded.status != "loaded" else None
            problem = problem or signature_problem(self.kata, loaded.parameters)
            if problem:
                status = "timeout" if loaded.status == "timeout" else "error"
                return Verdict(task.kata, task.key, status, loaded=False, message=problem)
            return self.run_tests(task, proxy)
        finally:
            alive = proxy.worker is not None and proxy.worker.alive and not proxy.worker.pending
            self.worker = proxy.worker if alive else None  # the next mutant is loaded into it
            if not alive:
                proxy.close()

    def run_tests(self, task: Task, proxy: LearnerProxy) -> Verdict:
        """Run the tests in order until one does not pass; the verdict is tests_verdict's."""
        from harness.results import tests_verdict

        slug = self.kata.slug
        self.plugin.learners[slug] = proxy
        outcomes = self.plugin.outcomes[slug] = []
        for index, item in enumerate(self.order):
            item.ihook.pytest_runtest_protocol(item=item, nextitem=None)
            if outcomes and outcomes[-1].status != "pass":
                self.order.insert(0, self.order.pop(index))  # the next mutant likely dies of it too
                break
        result = tests_verdict(self.kata, outcomes)
        first = next((outcome for outcome in outcomes if outcome.status != "pass"), None)
        return Verdict(
            task.kata,
            task.key,
            result.status,
            test=first.name if first else "",
            message=(first.message if first else result.message)[:300],
            grader_fault=result.grader_fault,
        )

    def close(self) -> None:
        """Close the worker kept for the next mutant."""
        if self.worker is not None:
            self.worker.close()
            self.worker = None


def judge_kata(
    kata: Kata, tasks: Iterator[Task], report: Callable[[Verdict], None], options: SessionOptions
) -> None:
    """Judge the tasks of one kata in one pytest session of its hidden tests; report each verdict.

    Raises GraderFault when the hidden tests cannot run at all (the reference
    does not import, pytest fails).
    """
    from harness.runner import CheckOptions, _run_pytest

    plugin = _make_plugin(kata, tasks, report, options)
    check = CheckOptions(seed=options.seed, timing=False, timeout=options.timeout, limits=options.limits)
    _run_pytest(plugin, kata.test_paths, check)


def serve(
    next_task: Callable[[str | None], Task | None], report: Callable[[Verdict], None], options: SessionOptions
) -> None:
    """Judge tasks until next_task gives None: one session per run of tasks of the same kata.

    ``next_task(kata)`` gives the next task, preferably of that kata (the one being
    judged). A kata whose tests cannot run gets one grader-fault verdict, and its
    other tasks are skipped. Every worker is released on return.
    """
    task = next_task(None)
    try:
        while task is not None:
            current = task.kata
            stream = _SameKata(task, next_task)
            try:
                judge_kata(load_kata(Path(current)), iter(stream), report, options)
            except (GraderFault, CatalogError) as fault:
                report(Verdict(current, REFERENCE_KEY, "error", message=str(fault), grader_fault=True))
            task = stream.drain()
    finally:
        worker_pool.release_all()


class _SameKata:
    """The tasks of one kata, read ahead one: the first of another kata ends the run."""

    def __init__(self, first: Task, next_task: Callable[[str | None], Task | None]) -> None:
        self.pending: Task | None = first
        self.kata = first.kata
        self.next_task = next_task

    def __iter__(self) -> Iterator[Task]:
        while self.pending is not None and self.pending.kata == self.kata:
            task, self.pending = self.pending, None
            yield task
            self.pending = self.next_task(self.kata)

    def drain(self) -> Task | None:
        """The first task of another kata (skipping what is left of this one), or None."""
        while self.pending is not None and self.pending.kata == self.kata:
            self.pending = self.next_task(self.kata)
        return self.pending


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main() -> None:
    """Serve in a process of its own: requests and verdicts on stdout, tasks on stdin, as JSON lines."""
    signal.signal(signal.SIGTERM, _interrupt)
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # whatever else writes to fd 1 cannot garble the verdicts
    seconds, seed, memory = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    options = SessionOptions(seed, seconds, Limits(memory_bytes=memory))
    worker_pool.prestart(1, options.limits)  # it starts while NumPy and pytest are imported

    def send(message: dict[str, Any]) -> None:
        channel.write(json.dumps(message) + "\n")
        channel.flush()

    def next_task(kata: str | None) -> Task | None:
        send({"next": kata})
        line = sys.stdin.readline()  # the parent closes stdin when no task is left
        return Task(**json.loads(line)) if line else None

    try:
        serve(next_task, lambda verdict: send(asdict(verdict)), options)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - one line for the parent, never a traceback
        print(f"the audit process failed: {one_line(error)}", file=sys.stderr)
        sys.exit(1)
    finally:
        channel.close()
