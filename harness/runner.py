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

from harness import worker as workers
from harness.catalog import Kata, data_dir
from harness.proxy import LearnerProblem, LearnerProxy, LearnerTimedOut, reference_function
from harness.results import KataResult, excerpt, tests_verdict
from harness.shortcuts import forbidden_use
from harness.timing import measure
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


def read_learner_file(path: Path) -> tuple[str | None, str]:
    """The learner's file, read once; (None, reason) when it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, f"{path} does not exist; run `kata init` to create it"
    except OSError as error:
        return None, f"{path} cannot be read ({error.strerror})"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as error:
        return None, f"{path} is not UTF-8 text (byte {error.start})"


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


def _learner_proxy(kata: Kata, source: str, path: Path, options: CheckOptions) -> LearnerProxy:
    """The learner's function, in a worker that may import the other files of its folder."""
    return LearnerProxy(kata, source, path.name, options.timeout, options.limits, workspace=path.parent)


def _reference_proxy(kata: Kata, options: CheckOptions) -> LearnerProxy:
    source = kata.solution_path.read_text(encoding="utf-8")
    return LearnerProxy(kata, source, "reference.py", budget_seconds=60.0, limits=options.limits)


def _time(result: KataResult, learner: LearnerProxy, reference: LearnerProxy, options: CheckOptions) -> None:
    try:
        loaded = reference.load()
        if loaded.status != "loaded":
            raise LearnerProblem(f"the reference did not load: {loaded.message}")
        result.timing = measure(result.kata, learner, reference, options.seed)
    except LearnerTimedOut as problem:
        result.status, result.message = "timeout", f"timing: {problem}"
        return
    except LearnerProblem as problem:
        result.status, result.message = "error", f"timing: {problem}"
        return
    if result.timing.slow:
        result.status = "slow"
        result.message = (
            f"correct, but {result.timing.ratio:.1f}x slower than the reference "
            f"(at most {result.timing.max_ratio:g}x); vectorise with NumPy"
        )


def run_check(katas: list[Kata], files: dict[str, Path], options: CheckOptions) -> list[KataResult]:
    """Check each kata's learner file; the results come in the order of katas."""
    started = {kata.slug: time.monotonic() for kata in katas}
    results: dict[str, KataResult] = {}
    learners: dict[str, LearnerProxy] = {}
    references: dict[str, LearnerProxy] = {}
    try:
        for kata in katas:
            source, problem = read_learner_file(files[kata.slug])
            if source is None or (problem := forbidden_use(kata, source, files[kata.slug].name)):
                results[kata.slug] = KataResult(kata, "error", problem)
                continue
            learners[kata.slug] = _learner_proxy(kata, source, files[kata.slug], options)
            learners[kata.slug].start()
            if options.timing and len(katas) <= 2:
                references[kata.slug] = _reference_proxy(kata, options)
                references[kata.slug].start()
        from harness.plugin import KataPlugin  # imports pytest while the workers start

        for slug, learner in learners.items():
            loaded = learner.load()
            problem = (
                loaded.message
                if loaded.status != "loaded"
                else signature_problem(learner.kata, loaded.parameters)
            )
            if problem:
                status = "timeout" if loaded.status == "timeout" else "error"
                results[slug] = KataResult(learner.kata, status, problem)
        to_test = [learners[slug].kata for slug in learners if slug not in results]
        if to_test:
            plugin = KataPlugin(
                {kata.directory.resolve(): kata for kata in to_test},
                learners,
                {kata.slug: reference_function(kata) for kata in to_test},
                options.seed,
            )
            _run_pytest(plugin, [path for kata in to_test for path in kata.test_paths], options)
            for kata in to_test:
                tests = plugin.outcomes[kata.slug]
                status, message = tests_verdict(kata, tests)
                results[kata.slug] = KataResult(kata, status, message, tests)
        for kata in katas:
            result = results[kata.slug]
            if result.status == "pass" and options.timing:
                reference = references.get(kata.slug) or _reference_proxy(kata, options)
                references[kata.slug] = reference
                _time(result, learners[kata.slug], reference, options)
    finally:
        for proxy in [*learners.values(), *references.values()]:
            proxy.close()
        workers.close_prestarted()
    for kata in katas:
        result = results[kata.slug]
        result.duration_seconds = time.monotonic() - started[kata.slug]
        if kata.slug in learners:
            result.output = excerpt(learners[kata.slug].outputs)
    return [results[kata.slug] for kata in katas]
