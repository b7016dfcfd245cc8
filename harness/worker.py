"""Worker processes, seen from the harness: start one, talk to it, kill it.

A worker runs ``worker_main.py`` under ``python -I`` in a session of its own,
with a scrubbed environment, a temporary working directory and resource limits.
Requests and replies travel on two pipes that are not the worker's stdout or
stderr; those go to a capture file read back in bounded chunks. Every reply is
decoded by ``wire.decode``, which accepts plain data only.
"""

from __future__ import annotations

import os
import secrets
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness import processes, sandbox

KEPT_ENVIRONMENT = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "SYSTEMROOT")
THREAD_VARIABLES = (
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "NUMEXPR_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
)
# glibc's malloc returns freed memory to the system past a threshold that moves with what a
# process did before, so the same function cost 1.2x more in a worker that had run the hidden
# tests than in one that had not (soft_threshold, 128 KB temporaries). Fixed thresholds make a
# timing independent of that history: arrays under 64 MiB come from the heap, which is kept.
# NumPy's huge pages for large arrays depend on what the kernel has free: off, for the same reason.
MALLOC_VARIABLES = {
    "MALLOC_MMAP_THRESHOLD_": str(64 * 1024**2),
    "MALLOC_TRIM_THRESHOLD_": str(256 * 1024**2),
    "NUMPY_MADVISE_HUGEPAGE": "0",
}
OUTPUT_READ_BYTES = 4096  # of what a worker printed between two replies
MEMORY_POLL_SECONDS = 0.1
_unreleased_roots: set[int] = set()  # workers' root pids that their Popen has yet to wait for
_roots_lock = threading.Lock()  # a root is in _unreleased_roots before any sweep can see it
_dying: set[int] = set()  # killed processes of closed workers that were still ending
DYING_WAIT_SECONDS = 0.5  # at each kill; the end of a check waits longer (release_all)


@dataclass(frozen=True)
class Limits:
    """Resource limits of one worker process."""

    memory_bytes: int = 2 * 1024**3
    cpu_seconds: int = 60
    file_bytes: int = 64 * 1024**2
    open_files: int = 256
    processes: int = 1024  # RLIMIT_NPROC counts all the user's processes; root ignores it

    def as_worker_argument(self) -> str:
        import json

        return json.dumps(
            {
                "memory_bytes": self.memory_bytes,
                "cpu_seconds": self.cpu_seconds,
                "file_bytes": self.file_bytes,
                "open_files": self.open_files,
                "processes": self.processes,
                "core_bytes": 0,
            }
        )


class WorkerFailure(Exception):
    """The worker did not answer: it crashed, ran out of time or sent garbage."""


class WorkerCrashed(WorkerFailure):
    pass


class WorkerTimedOut(WorkerFailure):
    pass


class WorkerGarbled(WorkerFailure):
    pass


class SandboxFailed(WorkerFailure):
    """bwrap itself failed before the worker ran: a fault of the grading machine, not the learner's."""


def _worker_environment(home: str, marker: str) -> dict[str, str]:
    """An allowlist: nothing of the harness's environment reaches learner code but these."""
    environment = {key: os.environ[key] for key in KEPT_ENVIRONMENT if key in os.environ}
    environment[processes.MARKER_VARIABLE] = marker
    environment.update({name: "1" for name in THREAD_VARIABLES})
    environment.update(MALLOC_VARIABLES)
    environment.update(
        {
            "PATH": os.defpath,
            "HOME": home,
            "TMPDIR": home,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
        }
    )
    return environment


class WorkerProcess:
    """One worker process and its two pipes."""

    def __init__(self, limits: Limits | None = None, workspace: Path | None = None) -> None:
        self.limits = limits or Limits()
        self.alive = False
        self.released = False
        self.pending = False
        self.leaving = False  # sent the exit request
        self.output_offset = 0
        self.answered = False  # no reply yet: nothing of the learner's has run
        self.final_output = ""
        self.request_fd = self.response_fd = -1
        self.process: subprocess.Popen | None = None
        self._timed_pids: set[int] | None = None  # the worker's processes, listed once for timing
        self.workspace = workspace_key(workspace)
        self.directory = tempfile.mkdtemp(prefix="kata-worker-")
        self.capture_path = os.path.join(self.directory, ".output")
        try:
            self._start()
        except BaseException:  # Ctrl-C or a failed start: nothing may be left behind
            self.kill()
            raise
        # Where RLIMIT_AS does nothing (macOS), the harness watches the resident size.
        self.watch_memory = not sys.platform.startswith("linux")

    def _start(self) -> None:
        home = os.path.join(self.directory, "work")
        os.mkdir(home)
        self.marker = secrets.token_hex(8)
        request_read, self.request_fd = os.pipe()
        self.response_fd, response_write = os.pipe()
        try:
            arguments = [str(request_read), str(response_write), self.limits.as_worker_argument()]
            # Launching probes bwrap once (it reaps the probe's own processes).
            launch = sandbox.launch(home, arguments, self.workspace)
            self.sandbox = launch.sandbox
            processes.become_subreaper()
            with open(self.capture_path, "wb") as capture, _roots_lock:
                self.process = subprocess.Popen(
                    launch.argv,
                    stdin=subprocess.DEVNULL,
                    stdout=capture,
                    stderr=subprocess.STDOUT,
                    pass_fds=(request_read, response_write),
                    cwd=home,
                    env=_worker_environment(launch.work_dir, self.marker),
                    start_new_session=True,
                )
                _unreleased_roots.add(self.process.pid)
        finally:
            os.close(request_read)
            os.close(response_write)
        os.set_blocking(self.request_fd, False)
        os.set_blocking(self.response_fd, False)
        self.alive = True

    # -- talking ----------------------------------------------------------------

    def send(self, message: dict[str, Any], deadline: float) -> None:
        """Send one request without blocking past the deadline."""
        from harness import wire  # NumPy: imported after the worker has started, not before

        payload = wire.encode(message)
        data = memoryview(struct.pack(">Q", len(payload)) + payload)
        while data:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.fail(WorkerTimedOut, "did not read its request in time")
            _, writable, _ = select.select([], [self.request_fd], [], remaining)
            if not writable:
                continue
            try:
                written = os.write(self.request_fd, data)
            except BrokenPipeError:
                self.fail(WorkerCrashed, self.exit_description())
            data = data[written:]
        self.pending = True

    def _read(self, count: int, deadline: float) -> bytes:
        chunks, remaining = [], count
        while remaining:
            left = deadline - time.monotonic()
            if left <= 0:
                self.fail(WorkerTimedOut, "ran out of time")
            wait = min(left, MEMORY_POLL_SECONDS) if self.watch_memory else left
            readable, _, _ = select.select([self.response_fd], [], [], wait)
            if not readable:
                if self.watch_memory and self.resident_bytes() > self.limits.memory_bytes:
                    gib = self.limits.memory_bytes / 1024**3
                    self.fail(WorkerCrashed, f"used more than {gib:g} GiB of memory, the limit")
                continue
            chunk = os.read(self.response_fd, min(remaining, 1 << 20))
            if not chunk:
                self.fail(WorkerCrashed, self.exit_description())
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)

    def receive(self, deadline: float, max_elements: int | None = None) -> dict:
        """Read and decode one reply; raise a WorkerFailure if none comes in time."""
        (length,) = struct.unpack(">Q", self._read(8, deadline))
        from harness import wire

        if length > wire.MAX_FRAME_BYTES:
            self.fail(WorkerGarbled, f"sent a reply of {length} bytes")
        payload = self._read(length, deadline)
        self.pending = False
        self.answered = True
        try:
            message = wire.decode(payload, max_elements or wire.MAX_ARRAY_ELEMENTS)
        except wire.WireError as error:
            self.fail(WorkerGarbled, f"sent a reply that is not plain data: {error}")
        if message.get("ok") == "exited" and type(message.get("status")) is int:  # os._exit, said first
            self.fail(WorkerCrashed, processes.describe_exit(message["status"], sandboxed=False))
        return message

    def request(self, message: dict[str, Any], seconds: float) -> dict:
        deadline = time.monotonic() + seconds
        self.send(message, deadline)
        return self.receive(deadline)

    def pin_to(self, cpus: set[int]) -> None:
        """Run the worker and what it started on these CPUs only (every thread); best effort.

        Timing pins the learner's and the reference's workers to the same CPU, so that a
        CPU slowed for a while (a busy neighbour on a virtual machine) slows both alike.
        """
        self._timed_pids = processes.learner_processes(self.process.pid, self.marker)
        processes.pin_threads(self._timed_pids, cpus)

    def scheduled_ns(self) -> tuple[int, int] | None:
        """Nanoseconds the worker's threads have run on a CPU, and waited runnable for one
        (``processes.scheduled_ns``), over its processes as listed when it was pinned (or now)."""
        if self._timed_pids is None:
            self._timed_pids = processes.learner_processes(self.process.pid, self.marker)
        return processes.scheduled_ns(self._timed_pids)

    def resident_bytes(self) -> int:
        """The resident memory of the worker and what it started, as ps reports it (0: unknown)."""
        return processes.resident_bytes(processes.learner_processes(self.process.pid, self.marker))

    # -- ending -----------------------------------------------------------------

    def exit_description(self) -> str:
        try:
            returncode = self.process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            returncode = None
        return processes.describe_exit(returncode, self.sandbox == "bubblewrap")

    def fail(self, kind: type[WorkerFailure], reason: str) -> None:
        bwrap = self._bwrap_error() if kind is WorkerCrashed else None
        self.kill()
        if bwrap is not None:
            raise SandboxFailed(f"the sandbox did not start ({bwrap}); see SECURITY.md")
        raise kind(reason)

    def _bwrap_error(self) -> str | None:
        """bwrap's own error, when the worker died before its first reply with one as its output."""
        if self.answered or self.sandbox != "bubblewrap":
            return None
        try:
            with open(self.capture_path, "rb") as capture:
                first = capture.read(300).decode("utf-8", "replace").splitlines()
        except OSError:
            return None
        return first[0] if first and first[0].startswith("bwrap: ") else None

    def kill(self) -> None:
        """Release all the worker holds: its processes, pipes, capture file and directory.

        Safe on every path (normal end, crash, exit, timeout, garbled reply, memory
        watch, Ctrl-C) and more than once. What the worker printed since the last
        reply is read first, so that it outlives the directory (``take_output``).
        """
        if self.released:
            return
        self.released, self.alive = True, False
        try:
            if self.process is not None:
                adopted = processes.kill_tree(self.process.pid, self.marker)
                self.process.wait()
                _unreleased_roots.discard(self.process.pid)
                reap_dying(adopted, DYING_WAIT_SECONDS, self.sandbox == "bubblewrap")
        finally:
            for fd in (self.request_fd, self.response_fd):
                if fd >= 0:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            self.final_output = self._read_new_output()
            shutil.rmtree(self.directory, ignore_errors=True)

    def _read_new_output(self, limit: int = OUTPUT_READ_BYTES) -> str:
        """The first bytes written to the capture file since the last read (bounded)."""
        try:
            with open(self.capture_path, "rb") as capture:
                capture.seek(self.output_offset)
                data = capture.read(limit + 1)
                end = capture.seek(0, os.SEEK_END)
        except OSError:
            return ""
        start, self.output_offset = self.output_offset, end
        text = data[:limit].decode("utf-8", errors="replace")
        if len(data) > limit:
            text += f"\n[... {end - start - limit} more bytes]\n"
        return text

    def take_output(self) -> str:
        """What learner code printed (its stdout and stderr) since the last take_output."""
        if self.released:
            text, self.final_output = self.final_output, ""
            return text
        return self._read_new_output()

    def ask_to_leave(self) -> None:
        """Send the exit request and go on: workers closed together tear down at the same time."""
        if self.alive and not self.pending and not self.leaving:
            try:
                self.send({"op": "exit"}, time.monotonic() + 0.2)
                self.leaving = True
            except WorkerFailure:
                pass

    def close(self) -> None:
        """Ask the worker to leave, then release everything it holds."""
        self.ask_to_leave()
        if self.leaving and not self.released:
            try:
                self.process.wait(timeout=0.5)  # a worker that leaves by itself leaves no zombie
            except subprocess.TimeoutExpired:
                pass
        self.kill()

    def __enter__(self) -> WorkerProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def workspace_key(workspace: Path | None) -> Path | None:
    """The workspace whose files a worker may import, as one absolute path."""
    return Path(workspace).resolve() if workspace is not None else None


def reap_dying(pids: set[int], seconds: float, sandboxed: bool) -> None:
    """Wait up to seconds for killed processes (these and earlier ones) to end, reaping them;
    with bubblewrap, the sandboxes' inner processes left to us too (processes.reap_strays)."""
    _dying.update(pids)
    still = processes.reap(set(_dying), seconds)
    _dying.intersection_update(still)
    if sandboxed:
        with _roots_lock:
            processes.reap_strays("bwrap", keep=set(_unreleased_roots), seconds=seconds)
