"""What learner code prints, inside the worker: kept in part, counted, or dropped.

Loaded by path into the worker as ``_kata_output`` (beside ``worker_main.py``, like
``wire.py``); it imports only the standard library. The harness never imports it.
"""

from __future__ import annotations

import os
from typing import Any

OUTPUT_KEEP_CHARS = 4000
OUTPUT_LIMIT_CHARS = 8 * 1024 * 1024


class OutputLimitExceeded(BaseException):
    """Raised in learner code that prints more than OUTPUT_LIMIT_CHARS in one call."""


class Discard:
    """A text stream for timing: what is printed is dropped, never kept nor limited.

    A batch of timed calls would otherwise add up the output of all its calls
    against the limit of one call.
    """

    def __init__(self) -> None:
        self.chars = 0  # counted, so that the report can say what printing cost
        self.lines = 0

    def write(self, text: Any) -> int:
        text = str(text)
        self.chars += len(text)
        self.lines += text.count("\n")
        return len(text)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False


def print_nothing(*args: Any, **kwargs: Any) -> None:
    """print() while the cost of a function without its printing is measured: its arguments
    are never turned into text, which is most of what printing an array costs."""


class BoundedOutput:
    """A text stream for learner code: the first characters of each call go to fd 1.

    File descriptor 1 is the worker's capture file, which the harness reads after
    each reply, so what was printed just before a crash or a timeout is kept too.
    The rest of a call's output is only counted, and noted at the end of the call.
    """

    def __init__(self) -> None:
        self.kept_chars = 0
        self.total_chars = 0

    def _emit(self, text: str) -> None:
        try:
            os.write(1, text.encode("utf-8", errors="replace"))
        except OSError:
            pass  # the learner closed or broke fd 1: the output is lost, the run goes on

    def write(self, text: Any) -> int:
        text = str(text)
        self.total_chars += len(text)
        room = OUTPUT_KEEP_CHARS - self.kept_chars
        if room > 0:  # kept first, so that a call stopped by the limit still shows how it began
            self._emit(text[:room])
            self.kept_chars += min(room, len(text))
        if self.total_chars > OUTPUT_LIMIT_CHARS:
            raise OutputLimitExceeded(f"printed more than {OUTPUT_LIMIT_CHARS // 1024**2} MB")
        return len(text)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def end_call(self) -> None:
        """Note how much of this call's output was not kept, and start counting anew."""
        if self.total_chars > self.kept_chars:
            self._emit(f"\n[... {self.total_chars - self.kept_chars} more characters]\n")
        self.kept_chars, self.total_chars = 0, 0
