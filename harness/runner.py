"""Checking katas: load the learner's files in workers, run the hidden tests, decide.

This is where verdicts are made, in the harness process, from data the harness
decoded itself: the worker only ever reports what happened.
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness import worker_pool
from harness.catalog import Kata, data_dir
from harness.proxy import GraderFault, LearnerProblem, LearnerProxy, reference_function
from harness.results import KataResult, excerpt, tests_verdict
from harness.shortcuts import forbidden_use
from harness.source import read_learner_file
from harness.timing import measure
from harness.timing_verdict import judge, timing_failed
from harness.worker import Limits

PYTEST_TIMEOUT_MARGIN = 10.0
# Built-in plugins hidden tests never need (their fixtures, such as tmp_path, stay).
UNUSED_PYTEST_PLUGINS = (
    "cacheprovider",
    "warnings",
    "doctest",
    "logging",
    "junitxml",
    "pastebin",
    "stepwise",
)


@dataclass
class CheckOptions:
    seed: int = 0
    timing: bool = True
    timeout: float = 10.0
    limits: Limits = field(default_factory=Limits)


def _same_default(learner_default: str, catalog_default: str) -> bool:
    try:
        return ast.literal_eval(learner_default) == ast.literal_eval(catalog_default)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return learner_default == catalog_default


def signature_problem(kata: Kata, parameters: list[list[Any]] | None) -> str | None:
    """Why the learner's parameters do not fit the catalog's signature, or None."""
    if parameters is None:
        return None
    plain = [p for p in parameters if p[1] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")]
    flexible = any(p[1] in ("VAR_POSITIONAL", "VAR_KEYWORD") for p in parameters)
    wanted = f"the signature is {kata.signature}"
    for position, expected in enumerate(kata.parameters):
        if position >= len(plain):
            if flexible:
                return None
            return f"{kata.slug}() has no parameter {expected.name}; {wanted}"
        name, _, default = plain[position]
        if name != expected.name:
            return f"parameter {position + 1} of {kata.slug}() is named {name}, not {expected.name}; {wanted}"
        if expected.default is not None and default is None:
            return f"parameter {name} has no default; it should be {name}={expected.default}"
        if expected.default is not None and not _same_default(default, expected.default):
            return f"parameter {name} defaults to {default}; it should be {name}={expected.default}"
    for name, _, default in plain[len(kata.parameters) :]:
        if default is None:
            return f"{kata.slug}() has an extra parameter {name} without a default; {wanted}"
    return None


def _run_pytest(plugin: Any, test_paths: list[Path], options: CheckOptions) -> None:
    import pytest

    arguments = [str(path) for path in test_paths] + [
        "-q",
        "-c",
        os.devnull,
        "--rootdir",
        str(data_dir("katas")),
        "--confcutdir",
        str(data_dir("katas")),
        "--noconftest",
        "--capture=no",
        "--assert=plain",
        "--import-mode=importlib",
        "--continue-on-collection-errors",  # a broken hidden-test file is that kata's grader error
        *(word for name in UNUSED_PYTEST_PLUGINS for word in ("-p", f"no:{name}")),
        "-p",
        "pytest_timeout",
        "--timeout",
        str(options.timeout + PYTEST_TIMEOUT_MARGIN),
    ]
    cleared = {key: os.environ.pop(key) for key in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS") if key in os.environ}
    autoload = os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = pytest.main(arguments, plugins=[plugin])
    finally:
        os.environ.update(cleared)
        if autoload is None:
            os.environ.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)
        else:
            os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = autoload
    if code == pytest.ExitCode.INTERRUPTED:
        raise KeyboardInterrupt  # pytest swallowed Ctrl-C or SIGTERM: stop the whole check
    if code in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR):
        raise GraderFault(f"pytest could not run the hidden tests (exit code {int(code)})")


def learner_proxy(kata: Kata, source: str, path: Path, options: CheckOptions) -> LearnerProxy:
    """The learner's function, in a worker that may import the other files of its folder."""
    return LearnerProxy(kata, source, path.name, options.timeout, options.limits, workspace=path.parent)


def reference_proxy(kata: Kata, options: CheckOptions) -> LearnerProxy:
    """The reference, in a worker set up as a learner's is: its folder (the references) shown as the
    workspace, its file under the kata's name. A worker without a workspace ran sgd_step's
    reference 1.15x faster than a learner's worker ran the same code (the same in both: 1.02x)."""
    source = kata.solution_path.read_text(encoding="utf-8")
    return LearnerProxy(
        kata,
        source,
        kata.solution_path.name,
        budget_seconds=60.0,
        limits=options.limits,
        workspace=kata.solution_path.parent,
    )


def _time(result: KataResult, learner: LearnerProxy, reference: LearnerProxy, options: CheckOptions) -> None:
    try:
        loaded = reference.load()
        if loaded.status != "loaded":
            raise GraderFault(f"the reference did not load for timing: {loaded.message}")
        judge(result, measure(result.kata, learner, reference, options.seed), learner.source)
    except LearnerProblem as problem:
        timing_failed(result, problem, options.timeout)
    except GraderFault as fault:
        _replace(result, KataResult.grader_error(result.kata, f"timing: {fault}"))


def _replace(result: KataResult, other: KataResult) -> None:
    result.status, result.message, result.grader_fault = other.status, other.message, other.grader_fault


@dataclass
class _Run:
    """One check's workers, results and the seconds spent on each kata."""

    options: CheckOptions
    results: dict[str, KataResult] = field(default_factory=dict)
    learners: dict[str, LearnerProxy] = field(default_factory=dict)
    timed: dict[str, LearnerProxy] = field(default_factory=dict)  # fresh workers of the learners, for timing
    references: dict[str, LearnerProxy] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    fresh: bool = False  # timed in fresh workers (worker_pool.fresh_for_timing), set by start()

    def spend(self, slug: str, since: float) -> None:
        self.seconds[slug] = self.seconds.get(slug, 0.0) + time.monotonic() - since

    def start(self, katas: list[Kata], files: dict[str, Path]) -> None:
        """Read each learner file and start its worker (and the reference's, for a small check)."""
        self.fresh = self.options.timing and worker_pool.fresh_for_timing(len(katas))
        for kata in katas:
            started = time.monotonic()
            source, problem = read_learner_file(files[kata.slug])
            if source is None and not files[kata.slug].exists() and not files[kata.slug].is_symlink():
                written = f"{files[kata.slug]} does not exist yet; `kata init {kata.slug}` writes its stub"
                self.results[kata.slug] = KataResult(kata, "not_started", written)  # never written: 0 points
                continue
            if source is None or (problem := forbidden_use(kata, source, files[kata.slug].name)):
                self.results[kata.slug] = KataResult(kata, "error", problem)
                continue
            proxy = learner_proxy(kata, source, files[kata.slug], self.options)
            self.learners[kata.slug] = proxy
            proxy.start()
            if self.fresh:
                self.references[kata.slug] = reference_proxy(kata, self.options)
                self.references[kata.slug].start()
            self.spend(kata.slug, started)

    def load(self) -> None:
        """Read each worker's reply to loading the learner's file; check the signature."""
        for slug, learner in self.learners.items():
            started = time.monotonic()
            try:
                loaded = learner.load()
            except GraderFault as fault:  # the sandbox did not start: not the learner's doing
                self.results[slug] = KataResult.grader_error(learner.kata, str(fault))
                self.spend(slug, started)
                continue
            problem = (
                loaded.message
                if loaded.status != "loaded"
                else signature_problem(learner.kata, loaded.parameters)
            )
            if problem:
                status = "timeout" if loaded.status == "timeout" else "error"
                self.results[slug] = KataResult(learner.kata, status, problem)
            self.spend(slug, started)

    def test(self) -> None:
        """Run the hidden tests of every kata whose file loaded, in one pytest session."""
        from harness.plugin import KataPlugin

        references = {}
        for slug, learner in self.learners.items():
            if slug not in self.results:
                try:
                    references[slug] = reference_function(learner.kata)
                except GraderFault as fault:
                    self.results[slug] = KataResult.grader_error(learner.kata, str(fault))
        to_test = [self.learners[slug].kata for slug in references]
        if not to_test:
            return
        if self.fresh:  # the workers time() will take, started while the tests run
            for kata in to_test:
                worker_pool.prestart(1, self.learners[kata.slug].limits, self.learners[kata.slug].workspace)
        plugin = KataPlugin(
            {kata.directory.resolve(): kata for kata in to_test}, self.learners, references, self.options.seed
        )
        try:
            _run_pytest(plugin, [path for kata in to_test for path in kata.test_paths], self.options)
        except GraderFault as fault:
            for kata in to_test:
                self.results[kata.slug] = KataResult.grader_error(kata, str(fault))
            return
        for kata in to_test:
            self.seconds[kata.slug] = self.seconds.get(kata.slug, 0.0) + plugin.seconds[kata.slug]
            broken = plugin.collection_errors[kata.slug]
            if broken:
                self.results[kata.slug] = KataResult.grader_error(kata, "; ".join(broken))
            else:
                self.results[kata.slug] = tests_verdict(kata, plugin.outcomes[kata.slug])

    def time(self, katas: list[Kata]) -> None:
        """Time every kata that passed its tests against its reference: in a small check, the
        learner's function in a fresh worker, as the reference's (worker_pool.fresh_for_timing);
        in a larger one, in the worker that ran its hidden tests."""
        for kata in katas:
            result = self.results[kata.slug]
            if result.status == "pass" and self.options.timing:
                started = time.monotonic()
                reference = self.references.get(kata.slug) or reference_proxy(kata, self.options)
                self.references[kata.slug] = reference
                learner = self._fresh_learner(kata.slug) if self.fresh else self.learners[kata.slug]
                _time(result, learner, reference, self.options)
                self.spend(kata.slug, started)

    def _fresh_learner(self, slug: str) -> LearnerProxy:
        """The learner's file loaded in a new worker; the tested one if it does not load there."""
        tested = self.learners[slug]
        self.timed[slug] = fresh = tested.fresh_copy()
        return fresh if fresh.load().status == "loaded" else tested

    def close(self) -> None:
        """End every worker: all are told to exit first, then each is waited for, so that their
        sandboxes tear down together (one after another cost a check 25-60 ms)."""
        proxies = [*self.learners.values(), *self.timed.values(), *self.references.values()]
        for proxy in proxies:
            proxy.ask_to_leave()
        for proxy in proxies:
            proxy.close()
        worker_pool.release_all()


def run_check(katas: list[Kata], files: dict[str, Path], options: CheckOptions) -> list[KataResult]:
    """Check each kata's learner file; the results come in the order of katas.

    Each result's duration is the time spent on that kata alone: reading and
    loading its file, its hidden tests and its timing.
    """
    run = _Run(options)
    try:
        run.start(katas, files)
        import harness.plugin  # noqa: F401 - imports pytest while the workers start

        run.load()
        run.test()
        run.time(katas)
    finally:
        run.close()
    for kata in katas:
        result = run.results[kata.slug]
        result.duration_seconds = run.seconds.get(kata.slug, 0.0)
        if kata.slug in run.learners:
            result.output = excerpt(run.learners[kata.slug].outputs)
    return [run.results[kata.slug] for kata in katas]
