"""The workers of one command: started early, taken when needed, all ended at the end.

A command starts its workers before it loads the catalog and imports NumPy and pytest,
so that their start-ups overlap; the proxies take them as they load learner files.
"""

from __future__ import annotations

from pathlib import Path

from harness import sandbox
from harness.worker import Limits, WorkerProcess, reap_dying, workspace_key

_prestarted: list[WorkerProcess] = []

EARLY_REFERENCES_MAX_KATAS = 2


def early_references(kata_count: int) -> bool:
    """Whether a timed check of this many katas starts each reference's worker with the
    learner's, so that its start-up overlaps the hidden tests (a worker a kata: `kata grade`
    starts each reference when its kata is timed instead)."""
    return kata_count <= EARLY_REFERENCES_MAX_KATAS


def prestart(count: int, limits: Limits, workspace: Path | None = None) -> None:
    """Start workers now, before the harness imports NumPy and pytest, so both overlap."""
    _prestarted.extend(WorkerProcess(limits, workspace) for _ in range(count))


def take(limits: Limits, workspace: Path | None = None) -> WorkerProcess:
    """A prestarted worker with these limits and workspace, or a new one."""
    for index, worker in enumerate(_prestarted):
        if worker.limits == limits and worker.workspace == workspace_key(workspace) and worker.alive:
            return _prestarted.pop(index)
    return WorkerProcess(limits, workspace)


def release_all(seconds: float = 10.0) -> None:
    """Close the prestarted workers nobody took; wait for every killed process to end."""
    while _prestarted:
        _prestarted.pop().close()
    reap_dying(set(), seconds, sandbox.sandbox_mode() == "bubblewrap")
