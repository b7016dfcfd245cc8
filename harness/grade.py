"""Grading many katas at once: a bounded pool of grader processes, one kata at a time each.

Each grader process is a harness process (it never runs learner code itself): for
one kata at a time it starts the learner's worker and the reference's, loads the
file, runs the hidden tests in its own pytest session, times, and closes both
workers before taking the next kata. So at most ``jobs`` katas are in flight,
each with its two workers, whatever the size of the catalog; and since every kata
is checked alone with the same seed, ``-j 1`` and ``-j 4`` give the same verdicts.

Results travel back to the grading process as pickles of the harness's own
dataclasses, between harness processes: nothing a learner wrote is unpickled.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from harness.catalog import Kata
from harness.results import KataResult
from harness.runner import CheckOptions, run_check


def default_jobs() -> int:
    """The number of cores this process may use (its CPU affinity, where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def grade_one(kata: Kata, file: Path, options: CheckOptions, cwd: str | None = None) -> KataResult:
    """One kata checked alone: its tests in a pytest session of their own, then its timing.

    cwd: the folder relative paths mean (a grader process starts elsewhere, see _in_pool).
    """
    if cwd is not None:
        os.chdir(cwd)
    return run_check([kata], {kata.slug: file}, options)[0]


@contextlib.contextmanager
def _starting_in(folder: str) -> Iterator[None]:
    """Processes started in here start in folder, with folder as their TMPDIR."""
    here, tmpdir = os.getcwd(), os.environ.get("TMPDIR")
    os.chdir(folder)
    os.environ["TMPDIR"] = folder
    try:
        yield
    finally:
        os.chdir(here)
        if tmpdir is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = tmpdir


def _result(future: Future, kata: Kata) -> KataResult | None:
    """A grader process's result; None when the pool broke (a grader process died) before it came."""
    try:
        return future.result()
    except BrokenProcessPool:
        return None
    except Exception as error:  # noqa: BLE001 - any failure of ours is that kata's grader error
        return KataResult.grader_error(kata, f"the grader process failed: {type(error).__name__}: {error}")


Task = tuple[Kata, Path]  # a kata and the learner's file of it
Done = Callable[[int, KataResult], None]  # a task's index and its result


def _in_pool(tasks: list[Task], options: CheckOptions, jobs: int, done: Done) -> list[KataResult | None]:
    """Each task's result from a pool of jobs grader processes; None for those a broken pool lost."""
    # spawn, not fork: a grader process must not inherit this one's threads or workers.
    context = multiprocessing.get_context("spawn")
    found: list[KataResult | None] = [None] * len(tasks)
    here, workers = os.getcwd(), min(jobs, len(tasks))
    # A spawned process runs `python -c "from multiprocessing... import ..."`, and -c puts the
    # current folder first on sys.path: from a learner's checkout (CI grades forks), a
    # multiprocessing/ or numpy/ folder there would run as the grader, outside the sandbox.
    # So the pool's resource tracker and grader processes start in an empty private folder
    # (kept until they are done: each enters it as it starts), and each task moves back to
    # the real folder (grade_one's cwd) once the grader's own imports are done. The folder is
    # also their TMPDIR: what a grader process that dies leaves (its workers' folders) goes
    # when the pool is done.
    with tempfile.TemporaryDirectory(prefix="kata-grade-") as empty, contextlib.ExitStack() as stack:
        stack.callback(_stop_resource_tracker)  # last: after the pool has shut down
        with _starting_in(empty):
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers, mp_context=context))
            pending = {
                pool.submit(grade_one, *task, options, here): index for index, task in enumerate(tasks)
            }
        _collect(pending, tasks, found, done)  # on Ctrl-C it cancels what has not started
    return found


def _collect(
    pending: dict[Future, int], tasks: list[Task], found: list[KataResult | None], done: Done
) -> None:
    """Wait for every pending task, storing and reporting each result as it comes."""
    try:
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                found[index] = result = _result(future, tasks[index][0])
                if result is not None:
                    done(index, result)
    except BaseException:  # Ctrl-C (which the grader processes got too)
        for future in pending:
            future.cancel()
        raise


def _stop_resource_tracker() -> None:
    """End (and reap) the helper process multiprocessing starts beside a spawn pool.

    Left alone it lives as long as this process; a long-lived caller (kata watch,
    the tests) would keep it, and where we are a subreaper it ends as our zombie.
    """
    from multiprocessing import resource_tracker

    stop = getattr(resource_tracker._resource_tracker, "_stop", None)  # CPython 3.8+: private, but stable
    if stop is not None:
        try:
            stop()
        except (OSError, ChildProcessError):
            pass


def grade_tasks(tasks: list[Task], options: CheckOptions, jobs: int, done: Done) -> list[KataResult]:
    """Check every (kata, file) task with at most jobs at a time; results in the order of tasks.

    done is called in this process with each task's index and result as it arrives (for
    a progress bar). With one job, or one task, everything runs in this process. When a
    grader process dies (a fault of ours: learner code never runs in it), the tasks its
    pool lost are checked again, each in a pool of its own; one that kills its grader
    process again is a grader error, and the others are judged.
    """
    if jobs <= 1 or len(tasks) <= 1:
        results = []
        for index, (kata, file) in enumerate(tasks):
            results.append(grade_one(kata, file, options))
            done(index, results[-1])
        return results
    found = _in_pool(tasks, options, jobs, done)
    for index, result in enumerate(found):
        if result is None:
            again = _in_pool([tasks[index]], options, 1, lambda *_: None)[0]
            if again is None:
                again = KataResult.grader_error(tasks[index][0], "the grader process checking it died")
            done(index, again)
            found[index] = again
    return found  # type: ignore[return-value]


def grade(
    katas: list[Kata],
    files: dict[str, Path],
    options: CheckOptions,
    jobs: int,
    done: Callable[[KataResult], None] = lambda result: None,
) -> list[KataResult]:
    """Check every kata of one workspace with at most jobs at a time; results in the order of katas."""
    return grade_tasks(
        [(kata, files[kata.slug]) for kata in katas], options, jobs, lambda _, result: done(result)
    )
