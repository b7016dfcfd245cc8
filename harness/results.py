"""What a check found: each test's outcome, each kata's result and status.

Statuses are decided here, in the harness process, from outcomes the harness
recorded itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from harness.catalog import Kata
from harness.diagnosis import Diagnosis, lead
from harness.timing import TimingResult

OUTPUT_EXCERPT_CHARS = 500
STATUSES = ("pass", "fail", "slow", "error", "timeout", "not_started")
GRADER_ERROR = "grader error"
GRADER_ADVICE = "a fault of ml-katas, not of your code; please report it"


@dataclass
class TestOutcome:
    name: str
    status: str  # pass, fail, error, timeout
    message: str = ""
    not_implemented: bool = False
    ran: bool = True  # False: not run, because an earlier timeout or crash decided the kata
    grader_fault: bool = False
    diagnosis: Diagnosis | None = None

    def as_json(self) -> dict[str, Any]:
        diagnosis = self.diagnosis.as_json() if self.diagnosis else None
        return {"name": self.name, "status": self.status, "message": self.message, "diagnosis": diagnosis}


@dataclass
class KataDiagnosis:
    """The diagnosis shared by most of a kata's failing tests."""

    diagnosis: Diagnosis
    tests: int  # how many failing tests it explains
    failing: int  # how many tests failed

    def as_json(self) -> dict[str, Any]:
        return {**self.diagnosis.as_json(), "tests": self.tests, "failing": self.failing}


@dataclass
class KataResult:
    kata: Kata
    status: str
    message: str = ""
    tests: list[TestOutcome] = field(default_factory=list)
    timing: TimingResult | None = None
    duration_seconds: float = 0.0
    output: str = ""
    grader_fault: bool = False
    diagnosis: KataDiagnosis | None = None

    @classmethod
    def grader_error(cls, kata: Kata, what: str) -> KataResult:
        """A kata the grader could not judge, through its own fault."""
        return cls(kata, "error", f"{GRADER_ERROR}: {what} ({GRADER_ADVICE})", grader_fault=True)

    @property
    def earned(self) -> int:
        return self.kata.points if self.status == "pass" else 0

    def as_json(self) -> dict[str, Any]:
        return {
            "slug": self.kata.slug,
            "status": self.status,
            "message": self.message,
            "tests": [test.as_json() for test in self.tests],
            "timing": self.timing.as_json() if self.timing else None,
            "points": self.kata.points,
            "earned": self.earned,
            "duration_seconds": round(self.duration_seconds, 3),
            "output": self.output,
            "grader_fault": self.grader_fault,
            "diagnosis": self.diagnosis.as_json() if self.diagnosis else None,
        }


def excerpt(outputs: list[str]) -> str:
    text = "".join(outputs)
    if len(text) <= OUTPUT_EXCERPT_CHARS:
        return text
    end = text.rfind("\n", 0, OUTPUT_EXCERPT_CHARS) + 1 or OUTPUT_EXCERPT_CHARS  # whole lines, if any
    return text[:end].rstrip("\n") + f"\n[output cut: {len(text) - end} more characters]"


def tests_verdict(kata: Kata, tests: list[TestOutcome]) -> KataResult:
    """A kata's result from its tests' outcomes (timing aside)."""
    if not tests:
        return KataResult.grader_error(kata, "no hidden test ran")
    fault = next((t for t in tests if t.grader_fault), None)
    if fault is not None:
        return KataResult(kata, "error", f"{fault.message} ({GRADER_ADVICE})", tests, grader_fault=True)
    failed = [t for t in tests if t.status != "pass"]
    for status in ("timeout", "error"):
        first = next((t for t in tests if t.status == status), None)
        if first is not None:
            return KataResult(kata, status, first.message, tests)
    if failed and len(failed) == len(tests) and all(t.not_implemented for t in failed):
        message = f"{kata.slug} still raises NotImplementedError: write it first"
        return KataResult(kata, "not_started", message, tests)
    if failed:
        result = KataResult(kata, "fail", f"{len(failed)} of {len(tests)} hidden tests failed", tests)
        leader, count = lead([t.diagnosis for t in failed if t.diagnosis is not None])
        if leader is not None:
            for test in failed:
                test.message = test.diagnosis.says if test.diagnosis else test.message
            result.diagnosis = KataDiagnosis(leader, count, len(failed))
        return result
    return KataResult(kata, "pass", "", tests)
