"""The pytest plugin that runs hidden tests in the harness process.

It gives each hidden test its fixtures (``learner``, ``reference``, ``rng``,
``kata``) and records each test's outcome from the exception the test raised,
in words a learner understands. It is passed to ``pytest.main`` as an object;
no conftest, entry point or configuration file is read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from harness import checks
from harness.catalog import Kata
from harness.diagnosis import Diagnosed
from harness.proxy import (
    GraderFault,
    LearnerBadValue,
    LearnerCrashed,
    LearnerNotRun,
    LearnerProxy,
    LearnerRaised,
    LearnerTimedOut,
    one_line,
)
from harness.results import GRADER_ERROR, TestOutcome


def readable_name(item: pytest.Item) -> str:
    """``test_large_logits_do_not_overflow[float32]`` -> "large logits do not overflow (float32)"."""
    base = item.originalname if isinstance(item, pytest.Function) else item.name
    words = base.removeprefix("test_").replace("_", " ")
    callspec = getattr(item, "callspec", None)
    return f"{words} ({callspec.id})" if callspec is not None else words


def classify(error: BaseException | None) -> TestOutcome:
    """The outcome (without its name) of a test that raised error, None when it passed."""
    if error is None:
        return TestOutcome("", "pass")
    if isinstance(error, LearnerNotRun):
        return TestOutcome("", error.status, str(error), ran=False)
    if isinstance(error, GraderFault):
        return TestOutcome("", "error", f"{GRADER_ERROR}: {error}", grader_fault=True)
    if isinstance(error, LearnerRaised):
        return TestOutcome("", "fail", error.describe(), not_implemented=error.not_implemented)
    if isinstance(error, LearnerTimedOut):
        return TestOutcome("", "timeout", str(error))
    if isinstance(error, LearnerCrashed):
        return TestOutcome("", "error", str(error))
    if isinstance(error, LearnerBadValue):
        return TestOutcome("", "fail", str(error))
    if isinstance(error, Diagnosed):
        return TestOutcome("", "fail", str(error), diagnosis=error.diagnosis)
    if isinstance(error, AssertionError):
        return TestOutcome("", "fail", (str(error).strip().splitlines() or ["wrong answer"])[0])
    if type(error).__name__ == "Failed" and "Timeout" in str(error):
        return TestOutcome("", "timeout", "the test ran past pytest-timeout's limit")
    if isinstance(error, pytest.skip.Exception):
        return _grader_fault("a hidden test was skipped (hidden tests never skip)")
    return TestOutcome(
        "",
        "fail",
        f"checking your result raised {one_line(error)} "
        "(does your function return the documented type and shape?)",
    )


def _grader_fault(what: str) -> TestOutcome:
    return TestOutcome("", "error", f"{GRADER_ERROR}: {what}", grader_fault=True)


class KataPlugin:
    """Fixtures and outcome collection for one run over one or more katas."""

    def __init__(
        self,
        katas: dict[Path, Kata],
        learners: dict[str, LearnerProxy],
        references: dict[str, Callable[..., Any]],
        seed: int,
    ) -> None:
        self.katas_by_dir = katas
        self.learners = learners
        self.references = references
        self.seed = seed
        self.outcomes: dict[str, list[TestOutcome]] = {kata.slug: [] for kata in katas.values()}
        self.collection_errors: dict[str, list[str]] = {kata.slug: [] for kata in katas.values()}
        self.seconds: dict[str, float] = {kata.slug: 0.0 for kata in katas.values()}

    def kata_of(self, item: pytest.Item) -> Kata:
        return self.katas_by_dir[Path(str(item.path)).resolve().parent]

    @pytest.fixture
    def kata(self, request: pytest.FixtureRequest) -> Kata:
        return self.kata_of(request.node)

    @pytest.fixture
    def learner(self, kata: Kata) -> LearnerProxy:
        return self.learners[kata.slug]

    @pytest.fixture
    def reference(self, kata: Kata) -> Callable[..., Any]:
        return self.references[kata.slug]

    @pytest.fixture
    def rng(self, request: pytest.FixtureRequest) -> np.random.Generator:
        digest = hashlib.sha256(request.node.nodeid.encode()).digest()
        return np.random.default_rng([self.seed, int.from_bytes(digest[:8], "big")])

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        kata = self.kata_of(item)
        checks.use_kata(kata, self.references.get(kata.slug))

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo) -> pytest.TestReport:
        """Record the outcome and build a plain report.

        Returning a report here replaces pytest's own, which would format a full
        traceback of every failure: slow, and nobody reads it.
        """
        error = call.excinfo.value if call.excinfo is not None else None
        outcome = classify(error)
        slug = self.kata_of(item).slug
        self.seconds[slug] += call.duration
        if call.when == "call" or (call.when == "setup" and outcome.status != "pass"):
            if call.when == "setup" and outcome.status != "timeout" and outcome.ran:
                outcome = _grader_fault(f"the test could not be set up: {outcome.message}")
            outcome.name = readable_name(item)
            self.outcomes[slug].append(outcome)
        return pytest.TestReport(
            item.nodeid,
            item.location,
            keywords={},
            when=call.when,
            outcome="passed" if error is None else "failed",
            longrepr=None if error is None else outcome.message or type(error).__name__,
            duration=call.duration,
            start=call.start,
            stop=call.stop,
        )

    @pytest.hookimpl(wrapper=True)
    def pytest_make_collect_report(self, collector: pytest.Collector) -> Any:
        """A hidden-test file that does not import is the grader's fault: keep why."""
        report = yield
        if report.failed and isinstance(collector, pytest.Module):
            kata = self.katas_by_dir.get(Path(collector.path).resolve().parent)
            if kata is not None:
                lines = [line for line in str(report.longrepr).splitlines() if line.strip()]
                reason = lines[-1].strip().removeprefix("E").strip() if lines else "it could not be collected"
                where = f"{kata.directory.name}/{Path(collector.path).name}"
                self.collection_errors[kata.slug].append(
                    f"the hidden tests {where} could not be loaded: {reason}"
                )
        return report
