"""Finding and killing every process a worker started, not only its process group.

A learner's grandchild can leave the worker's process group with ``setsid()``
and, once its parent exits, be adopted by init, out of reach of ``killpg``. On
Linux the harness therefore becomes a child subreaper (orphans of its workers are
adopted by the harness, not by init), and killing a worker means: stop every
descendant (so that a fork bomb cannot outrun the scan), kill them all, and
repeat until none is left; then reap the adopted ones. Every worker carries a
marker in its environment, so an adopted orphan is recognised as the learner's.
Inside bubblewrap the PID namespace does all this already; this is the second
line, and the only one where bubblewrap is missing.

It also reads what the kernel counts of those processes (CPU time, memory) and pins
them to CPUs, for timing, and says in words how a worker ended.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import lru_cache

PR_SET_CHILD_SUBREAPER = 36
MARKER_VARIABLE = "KATA_WORKER_MARKER"
PROC = "/proc"


@lru_cache(maxsize=1)
def become_subreaper() -> bool:
    """Make this process adopt its descendants' orphans (Linux); True when it worked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


@dataclass(frozen=True)
class _Entry:
    """One line of the process table: a process's parent, name and state (b"Z": a zombie)."""

    parent: int
    name: bytes
    state: bytes


def _table() -> dict[int, _Entry]:
    """Every visible process, from /proc/PID/stat (empty where there is no /proc)."""
    table: dict[int, _Entry] = {}
    try:
        names = os.listdir(PROC)
    except OSError:
        return table
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"{PROC}/{name}/stat", "rb") as handle:
                head, tail = handle.read().rsplit(b")", 1)
            fields = tail.split()
            table[int(name)] = _Entry(int(fields[1]), head.partition(b"(")[2], fields[0])
        except (OSError, ValueError, IndexError):
            continue
    return table


def _parents() -> dict[int, int]:
    """Every visible process and its parent."""
    return {pid: entry.parent for pid, entry in _table().items()}


def _carries_marker(pid: int, marker: str) -> bool:
    try:
        with open(f"{PROC}/{pid}/environ", "rb") as handle:
            return f"{MARKER_VARIABLE}={marker}".encode() in handle.read().split(b"\0")
    except OSError:
        return False


def learner_processes(root: int, marker: str) -> set[int]:
    """The worker root, its descendants, and orphans adopted by us that carry the marker."""
    parents = _parents()
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    me = os.getpid()
    found: set[int] = set()
    pending = [root] + [pid for pid in children.get(me, []) if _carries_marker(pid, marker)]
    while pending:
        pid = pending.pop()
        if pid in found or pid == me:
            continue
        found.add(pid)
        pending.extend(children.get(pid, []))
    return {pid for pid in found if pid in parents or pid == root}


def _signal_all(pids: set[int], number: int) -> None:
    for pid in pids:
        try:
            os.kill(pid, number)
        except (ProcessLookupError, PermissionError):
            pass


def kill_tree(root: int, marker: str, rounds: int = 20) -> set[int]:
    """Kill the worker root and everything it started; return every pid seen but the root.

    The tree is read before anything dies: once the root is gone its children
    are orphans, found again only through the marker. The caller waits for the
    root (its ``Popen`` owns it), then calls ``reap`` with what this returns.
    """
    pids = learner_processes(root, marker)  # just {root} where there is no /proc
    seen = set(pids)
    _signal_all(pids, signal.SIGSTOP)  # a frozen fork bomb forks no more
    try:
        os.killpg(root, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    _signal_all(pids, signal.SIGKILL)
    for _ in range(rounds):
        reap(pids - {root}, seconds=0)  # adopted orphans already dead: no zombie is left
        pids = learner_processes(root, marker) - {root}
        seen |= pids
        if not pids:
            break
        _signal_all(pids, signal.SIGSTOP)
        _signal_all(pids, signal.SIGKILL)
    return seen - {root}


def _children_named(command: str) -> dict[int, bytes]:
    """Our child processes whose name is command, with their state (b"Z" for a zombie)."""
    me, name = os.getpid(), command.encode()
    return {pid: entry.state for pid, entry in _table().items() if entry.parent == me and entry.name == name}


def reap_strays(command: str, keep: set[int], seconds: float) -> None:
    """Reap our children named command, except keep (roots whose Popen will wait for them).

    The sandbox's inner process (pid 1 of its namespace) is never reaped by the
    outer ``bwrap``: when the outer one exits first, the inner one becomes our
    child, unseen by ``kill_tree`` while it tears its namespace down (its
    environment, and so its marker, is gone by then). Waits up to seconds for
    such strays to end.
    """
    deadline = time.monotonic() + seconds
    while True:
        strays = {pid: state for pid, state in _children_named(command).items() if pid not in keep}
        for pid, state in strays.items():
            if state == b"Z":
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass
        if all(state == b"Z" for state in strays.values()) or time.monotonic() >= deadline:
            return
        time.sleep(0.005)


def _exists(pid: int) -> bool:
    """Whether pid is still in the process table (a zombie counts); False without /proc."""
    return os.path.exists(f"{PROC}/{pid}")


def reap(pids: set[int], seconds: float) -> set[int]:
    """Wait until each killed pid is gone, reaping those that end up as our children.

    A killed process whose parent died too (the sandbox's inner process, a
    learner's grandchild) is adopted by us, the subreaper, a moment later; left
    alone it would stay a zombie until the harness exits. Returns the pids still
    there after seconds (a sandbox freeing a large tmpfs can take a while).
    """
    pending, deadline = set(pids), time.monotonic() + seconds
    while pending:
        for pid in list(pending):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:  # not (yet) ours: gone, or about to be adopted
                done = 0 if _exists(pid) else pid
            if done == pid:
                pending.discard(pid)
        if not pending or time.monotonic() >= deadline:
            break
        time.sleep(0.002)
    return pending


def describe_exit(returncode: int | None, sandboxed: bool) -> str:
    """A worker's exit status in words (bwrap reports signal N as status 128 + N)."""
    if returncode is None:
        return "stopped answering"
    if sandboxed and returncode > 128:  # bwrap exits with 128 + the signal that ended the worker
        returncode = 128 - returncode
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        hints = {
            "SIGKILL": " (killed: often memory or CPU time beyond the limit)",
            "SIGSEGV": " (a segmentation fault)",
            "SIGXCPU": " (CPU time beyond the limit)",
            "SIGXFSZ": " (wrote a file beyond the size limit)",
        }
        return f"crashed with {name}{hints.get(name, '')}"
    return f"exited with status {returncode} before answering (sys.exit or os._exit?)"


def pin_threads(pids: set[int], cpus: set[int]) -> None:
    """Restrict every thread of these processes to these CPUs; best effort (gone, not allowed)."""
    if not hasattr(os, "sched_setaffinity"):
        return
    for pid in pids:
        try:
            threads = [int(name) for name in os.listdir(f"{PROC}/{pid}/task")]
        except OSError:
            threads = [pid]
        for thread in threads:
            try:
                os.sched_setaffinity(thread, cpus)
            except OSError:
                pass


def scheduled_ns(pids: set[int]) -> tuple[int, int] | None:
    """Nanoseconds the threads of these processes have run on a CPU, and waited runnable for one.

    Summed over every thread (``/proc/PID/task/TID/schedstat``: run time, run-queue wait);
    read from outside, so that the processes cannot change them. None where the kernel
    does not keep them.
    """
    ran = waited = 0
    found = False
    for pid in pids:
        try:
            threads = os.listdir(f"{PROC}/{pid}/task")
        except OSError:
            continue
        for thread in threads:
            try:
                with open(f"{PROC}/{pid}/task/{thread}/schedstat", encoding="ascii") as handle:
                    fields = handle.read().split()
                ran, waited, found = ran + int(fields[0]), waited + int(fields[1]), True
            except (OSError, ValueError, IndexError):
                continue
    return (ran, waited) if found else None


def resident_bytes(pids: set[int]) -> int:
    """The resident memory of these processes, as ps reports it, in bytes (0: unknown)."""
    try:
        completed = subprocess.run(
            ["ps", "-o", "rss=", "-p", ",".join(str(pid) for pid in sorted(pids))],
            capture_output=True,
            text=True,
            timeout=2,
        )
        return sum(int(field) for field in completed.stdout.split()) * 1024
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return 0
