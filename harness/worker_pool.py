"""The workers of one command: started early, taken when needed, all ended at the end.

A command starts its workers before it loads the catalog and imports NumPy and pytest,
so that their start-ups overlap; the proxies take them as they load learner files.
`kata watch` keeps one worker of each kind it needs started between its checks
(``keep_started``), so that a check after a save does not wait for one to start: a
worker that has not loaded a file yet has run nothing of the learner's.
"""

from __future__ import annotations

from pathlib import Path

from harness import sandbox
from harness.worker import Limits, WorkerProcess, reap_dying, workspace_key

_prestarted: list[WorkerProcess] = []
Kind = tuple[Limits, Path | None]  # what makes workers interchangeable: limits, workspace
_kept: list[Kind] = []  # kinds of worker started anew once taken (watch)

FRESH_TIMING_MAX_KATAS = 2


def fresh_for_timing(kata_count: int) -> bool:
    """Whether a check of this many katas times each one in fresh workers: the reference's
    started with the learner's, the learner's file loaded again after its hidden tests, so
    that both workers have done the same before they are timed. What a worker did before
    changes its speed in ways not all understood: with the learner's file alone in its
    workspace, soft_threshold's reference measured 0.79-0.85x in the worker that ran its
    tests and 0.90-1.04x in a fresh one; in a workspace `kata init` wrote, 1.00 both ways.
    It costs about 0.08 s of CPU a kata, which `kata grade` (every kata) does not spend."""
    return kata_count <= FRESH_TIMING_MAX_KATAS


def _kind(worker: WorkerProcess) -> Kind:
    return worker.limits, worker.workspace


def prestart(count: int, limits: Limits, workspace: Path | None = None) -> None:
    """Start workers now, before the harness imports NumPy and pytest, so both overlap."""
    _prestarted.extend(WorkerProcess(limits, workspace) for _ in range(count))


def take(limits: Limits, workspace: Path | None = None) -> WorkerProcess:
    """A prestarted worker with these limits and workspace, or a new one."""
    wanted = (limits, workspace_key(workspace))
    for index, worker in enumerate(_prestarted):
        if _kind(worker) == wanted and worker.alive:
            return _prestarted.pop(index)
    return WorkerProcess(limits, workspace)


def keep_started(limits: Limits, workspace: Path | None = None) -> None:
    """From now until ``stop_keeping``, keep a worker of this kind started, a new one as soon as
    a check has ended (release_all) when the last was taken."""
    _kept.append((limits, workspace_key(workspace)))
    _start_kept()


def stop_keeping() -> None:
    """Keep no worker started any more, and close those that were."""
    _kept.clear()
    release_all()


def _start_kept() -> None:
    for kind in _kept:
        if not any(_kind(worker) == kind and worker.alive for worker in _prestarted):
            _prestarted.append(WorkerProcess(*kind))


def release_all(seconds: float = 10.0) -> None:
    """Close the prestarted workers nobody took, but one of each kind kept started; wait for every
    killed process to end; then start the kept kinds that were taken, for the next check."""
    kept: dict[Kind, WorkerProcess] = {}
    while _prestarted:
        worker = _prestarted.pop()
        if _kind(worker) in _kept and worker.alive and _kind(worker) not in kept:
            kept[_kind(worker)] = worker
        else:
            worker.close()
    _prestarted.extend(kept.values())
    reap_dying(set(), seconds, sandbox.sandbox_mode() == "bubblewrap")
    _start_kept()
