"""What learner code did instead of answering, as the proxy reports it to hidden tests.

Each is an exception a call of ``LearnerProxy`` raises: the learner's code raised
(``LearnerRaised``), ran out of time, crashed its worker, broke a rule of the worker,
returned something that is not plain data, or was not run at all because the kata was
already decided. ``GraderFault`` is the grader's own fault, never the learner's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from harness.worker import Limits


class GraderFault(Exception):
    """A fault of the grader itself (a reference that raises, a broken bench): never the learner's."""


class LearnerProblem(Exception):
    """The learner's code did not give an answer; the message says why, in words."""


class LearnerRaised(LearnerProblem):
    def __init__(
        self, reply: dict[str, Any], memory_bytes: int = Limits().memory_bytes, own_file: str | None = None
    ) -> None:
        self.memory_bytes = memory_bytes
        self.own_file = own_file  # the learner's file of this kata: a stub raising elsewhere is not it
        self.type_name = str(reply.get("type", "Exception"))
        self.mro = [str(name) for name in reply.get("mro", [])]
        self.message = str(reply.get("message", ""))
        self.traceback = [str(line) for line in reply.get("traceback", [])]
        super().__init__(self.describe())

    @property
    def message_line(self) -> str:
        first = self.message.strip().splitlines()[0] if self.message.strip() else ""
        return f"{self.type_name}: {first[:200]}" if first else self.type_name

    @property
    def not_implemented(self) -> bool:
        """The kata's own stub still raising, not a stub the learner's file imports."""
        return "NotImplementedError" in self.mro and self.raised_elsewhere is None

    @property
    def raised_elsewhere(self) -> str | None:
        """The other workspace file a NotImplementedError came from (an imported stub), else None."""
        if "NotImplementedError" not in self.mro or not self.own_file or not self.traceback:
            return None
        where = self.traceback[-1].split(", line ", 1)[0]
        return None if where == Path(self.own_file).name else where

    def describe(self) -> str:
        where = f" at {self.traceback[-1]}" if self.traceback else ""
        if self.type_name == "OutputLimitExceeded":
            return f"your code {self.message} in one call, more than is kept; print less{where}"
        if "MemoryError" in self.mro:
            limit = f"{self.memory_bytes / 1024**3:g} GiB"
            return f"your code used more than {limit} of memory, the limit ({self.message_line}){where}"
        if self.raised_elsewhere:
            stub = self.raised_elsewhere
            return f"{stub}, which your code calls, still raises NotImplementedError{where}: write it first"
        return f"your function raised {self.message_line}{where}"


class LearnerTimedOut(LearnerProblem):
    pass


class LearnerCrashed(LearnerProblem):
    pass


class LearnerBadValue(LearnerProblem):
    """The learner's function returned something that is not plain data."""


class LearnerNotRun(LearnerProblem):
    """A call never made: an earlier timeout or repeated crash already decided the kata.

    ``status`` is that cause's test status (``timeout`` or ``error``).
    """

    def __init__(self, status: str, message: str) -> None:
        self.status = status
        super().__init__(message)


class LearnerRefused(LearnerCrashed):
    """The learner's code broke a rule of the worker (an import, a forbidden call): an error."""
