"""What a timing says about a kata whose hidden tests all passed: pass, or slow and why.

The advice follows the measured cause: printing (the ratio with print() doing nothing is
within max_ratio), the kata's own slow_advice, a loop or extra work on arrays, NumPy on
single numbers, a cost that grows faster than the reference's, or a bench input the
function could not finish within the time or memory limit.
"""

from __future__ import annotations

import ast

from harness.learner_errors import LearnerProblem, LearnerRaised, LearnerTimedOut
from harness.results import KataResult
from harness.timing import TimingResult, ratio_text

ARRAY_ADVICE = (
    "vectorise with NumPy where a Python loop runs over the elements (the usual cause), and "
    "look for work the reference does not do (comparing every pair, sorting everything)"
)
LOOP_FREE_ADVICE = (
    "your file has no Python loop: look for work the reference does not do, such as a costlier "
    "function of every element (an exp and a log of each, where one log a row would do), "
    "temporary arrays larger than the input, comparing every pair, sorting everything, or "
    "waiting (time.sleep, files)"
)
NUMBER_ADVICE = (
    "look for work the reference does not do: a loop where a formula would do, or NumPy "
    "calls on single numbers, which cost more than plain Python arithmetic"
)


def _lines(count: float) -> str:
    rounded = round(count) if count >= 1 else round(count, 1)
    return f"{rounded:g} line{'' if rounded == 1 else 's'}"


def has_python_loop(source: str) -> bool:
    """Whether source has a for or while loop or a comprehension, in any of its functions;
    True when it does not parse (the loop advice is then the likelier one)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return True
    loops = (ast.For, ast.AsyncFor, ast.While, ast.comprehension)
    return any(isinstance(node, loops) for node in ast.walk(tree))


def _advice(result: KataResult, timing: TimingResult, source: str | None) -> str:
    """What a slow right answer should look for: the kata's own advice, else by its input and
    whether the learner's file loops (a blind trial's np.logaddexp.reduce was told to vectorise)."""
    if result.kata.timing.slow_advice:
        return result.kata.timing.slow_advice
    if not timing.array_input:
        return NUMBER_ADVICE
    if source is not None and not has_python_loop(source):
        return LOOP_FREE_ADVICE
    return ARRAY_ADVICE


def judge(result: KataResult, timing: TimingResult, source: str | None = None) -> None:
    """Attach timing to a passing result; make it slow, saying why, when it is.

    source: the learner's file, whose loops (or their absence) choose the advice."""
    result.timing = timing
    times = ratio_text(timing.ratio, timing.max_ratio, 1)
    ratio = f"{times}x slower than the reference (at most {timing.max_ratio:g}x)"
    if timing.slow_from_printing:
        result.status = "slow"
        quiet = timing.ratio_without_printing
        # print() doing nothing skips formatting done inside print only, not np.array2string before it
        without = f" (without it, {quiet:.1f}x)" if quiet is not None and quiet <= timing.max_ratio else ""
        result.message = (
            f"correct, but {ratio}: your function prints {_lines(timing.printed_lines_per_call)} a call "
            f"({timing.printed_chars_per_call:.0f} characters), and printing costs most of its "
            f"time{without}; remove the prints"
        )
    elif timing.too_slow:
        result.status = "slow"
        advice = _advice(result, timing, source)
        quiet = timing.ratio_without_printing
        if quiet is not None and quiet < timing.ratio:  # higher is noise: it would say prints help
            ratio += f", {quiet:.1f}x without its prints"
        result.message = f"correct, but {ratio}; {advice}"
    elif timing.grows_faster:
        result.status = "slow"
        result.message = (
            f"correct, but its cost grows like n^{timing.learner_growth:.1f} where the reference's "
            f"grows like n^{timing.reference_growth:.1f}: it will be far slower on large inputs"
        )


def timing_failed(result: KataResult, problem: LearnerProblem, timeout: float) -> None:
    """The learner's function, right on every hidden test, failed on the bench input.

    Past the time limit or out of memory there, it is correct but does not scale: slow,
    with what to look for. Anything else (it raised, crashed, returned garbage) is an error.
    """
    if isinstance(problem, LearnerTimedOut):
        result.status = "slow"
        result.message = (
            f"correct, but too slow to time: on the bench input it did not finish within the "
            f"{timeout:g} s the kata has for its tests and timing; {ARRAY_ADVICE}"
        )
    elif isinstance(problem, LearnerRaised) and "MemoryError" in problem.mro:
        result.status = "slow"
        result.message = (
            f"correct, but on the bench input it needed more memory than the limit "
            f"({problem.memory_bytes / 1024**3:g} GiB), where the reference needs little: look for an "
            "intermediate array that grows like n^2 (every pair at once), and work in chunks or "
            "sort instead"
        )
    else:
        result.status, result.message = "error", f"timing: {problem}"
