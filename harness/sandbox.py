"""How a worker process is launched: inside bubblewrap where it works, else bare.

On Linux the worker runs under ``bwrap`` with new mount, PID, network, IPC, UTS
and user namespaces. Its file system is an allowlist: the system's libraries and
the Python environment, read-only, with the ``harness`` package, the katas and
the reference solutions hidden under empty tmpfs mounts; a private writable
``/tmp/work``; its own ``/proc``; no network. The worker program and its wire
and policy modules are bound alone into ``/run/kata``; the learner's workspace,
read-only and without its ``.kata`` folder, at ``/run/kata/workspace``. Killing the outer ``bwrap`` process
ends the whole PID namespace, so nothing the learner started survives.

Where bubblewrap is missing or the kernel refuses it, the worker runs bare and
the report says "sandbox: none" (SECURITY.md says what that still defends).
``KATA_SANDBOX=none`` forces the bare mode (for comparisons and tests).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from harness import processes
from harness.catalog import PACKAGE_DIR, data_dir
from harness.workspace import STATE_DIR

WORKER_FILES = ("worker_main.py", "wire.py", "worker_policy.py", "worker_output.py")
SANDBOX_WORKER_DIR = "/run/kata"
SANDBOX_WORKSPACE_DIR = "/run/kata/workspace"
SANDBOX_WORK_DIR = "/tmp/work"
TMP_BYTES = 256 * 1024**2  # the sandbox's /tmp is a tmpfs of this size: no disk can be filled
SMALL_TMPFS_BYTES = 1024**2  # /dev/shm and /run: nothing a kata needs lives there
SYSTEM_PATHS = (
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/alternatives",
    "/etc/localtime",
)


class SandboxUnavailable(Exception):
    """The sandbox was required but cannot run here."""


@dataclass(frozen=True)
class Launch:
    """What to execute for one worker, and the paths it sees."""

    argv: list[str]
    work_dir: str  # the worker's working directory, as the worker sees it
    sandbox: str  # "bubblewrap" or "none"


def _source_root() -> Path | None:
    """The checkout the harness runs from (an editable install), if it does."""
    root = PACKAGE_DIR.parent
    return root if (root / "katas").is_dir() and not (PACKAGE_DIR / "katas").is_dir() else None


def _python_paths() -> list[str]:
    """Directories the worker's Python needs: its prefixes and the import path.

    Nothing of a checkout the harness runs from is included, except a virtual
    environment inside it; nor the current directory that ``python -m harness``
    puts first on the import path (the worker runs ``python -I``, which never
    reads it: binding it would show the learner whatever folder the harness was
    started from, and ``/tmp`` would hide the sandbox's own ``/tmp``).
    """
    source_root, environment = _source_root(), Path(sys.prefix).resolve()
    candidates = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix]
    candidates.append(str(Path(sys.executable).resolve().parent.parent))
    here = Path.cwd().resolve()
    candidates += [entry for entry in sys.path if entry and Path(entry).resolve() != here]
    paths: list[str] = []
    for candidate in candidates:
        path = Path(candidate).resolve()
        if not path.is_dir() or path == Path("/"):
            continue
        inside_source = source_root is not None and source_root in (path, *path.parents)
        if inside_source and environment not in (path, *path.parents):
            continue
        if any(Path(existing) in (path, *path.parents) for existing in paths):
            continue
        paths = [p for p in paths if path not in Path(p).parents]
        paths.append(str(path))
    return paths


def _hidden_paths() -> list[str]:
    """The grader's own files: never visible to learner code."""
    hidden = {PACKAGE_DIR, data_dir("katas").resolve(), data_dir("solutions").resolve()}
    for entry in sys.path:
        if entry and (Path(entry) / "harness").is_dir():
            hidden.add((Path(entry) / "harness").resolve())
    # In a wheel, katas/ and solutions/ are inside the package: hiding it hides them.
    outermost = [path for path in hidden if not any(other in path.parents for other in hidden)]
    return sorted(str(path) for path in outermost)


def bubblewrap_argv() -> list[str]:
    """The bwrap command line (up to the program) for a worker."""
    argv = ["bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--hostname", "kata"]
    # Every writable file system is a tmpfs of bounded size: files in memory do not count
    # against the worker's address-space limit, so an unbounded /dev/shm or /run would let
    # one learner fill the machine's memory (a blind audit wrote 6 GiB to each).
    small = str(SMALL_TMPFS_BYTES)
    argv += [
        "--cap-drop",
        "ALL",
        "--dev",
        "/dev",
        "--size",
        small,
        "--tmpfs",
        "/dev/shm",
        "--remount-ro",
        "/dev",
    ]
    argv += ["--proc", "/proc", "--size", small, "--tmpfs", "/run"]
    argv += ["--size", str(TMP_BYTES), "--tmpfs", "/tmp", "--dir", SANDBOX_WORK_DIR]
    for path in SYSTEM_PATHS:
        argv += ["--ro-bind-try", path, path]
    python_paths = _python_paths()
    for path in python_paths:
        argv += ["--ro-bind", path, path]
    emptied = _package_dirs()  # by _only_numpy_installed: what they hold is hidden already
    for path in _hidden_paths():
        visible = any(path == p or path.startswith(p.rstrip("/") + "/") for p in python_paths)
        if visible and not any(Path(folder) in Path(path).parents for folder in emptied):
            argv += ["--tmpfs", path, "--remount-ro", path]
    argv += _only_numpy_installed([*SYSTEM_PATHS, *python_paths])
    for name in WORKER_FILES:
        argv += ["--ro-bind", str(PACKAGE_DIR / name), f"{SANDBOX_WORKER_DIR}/{name}"]
    argv += ["--chdir", SANDBOX_WORK_DIR]
    return argv


SITE_PATTERNS = ("lib*/python3*/site-packages", "lib*/python3*/dist-packages", "lib/python3/dist-packages")


@lru_cache(maxsize=1)
def _package_dirs() -> tuple[str, ...]:
    """Every folder of installed packages (site-packages, dist-packages) the worker could see."""
    prefixes = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, "/usr", "/usr/local"}
    found = {str(Path(entry).resolve()) for entry in sys.path if Path(entry).name.endswith("-packages")}
    for prefix in prefixes:
        found.update(str(path.resolve()) for pattern in SITE_PATTERNS for path in Path(prefix).glob(pattern))
    return tuple(sorted(path for path in found if Path(path).is_dir()))


@lru_cache(maxsize=1)
def _numpy_dirs() -> tuple[Path, ...]:
    """NumPy's package folder and the shared libraries its wheel ships beside it."""
    spec = importlib.util.find_spec("numpy")  # finds it without importing it
    if spec is None or not spec.submodule_search_locations:
        return ()
    package = Path(next(iter(spec.submodule_search_locations))).resolve()
    return tuple(path for path in (package, package.with_name("numpy.libs")) if path.is_dir())


def _only_numpy_installed(bound: list[str]) -> list[str]:
    """bwrap arguments that empty every visible package folder but for NumPy.

    Learner code may import NumPy and the standard library only; with SciPy or
    PyTorch absent from its file system, no import trick (a reset meta path, a
    spec from a file location, a child Python) can reach them.
    """
    roots = [Path(path).resolve() for path in bound if Path(path).exists()]
    kept = _numpy_dirs()
    argv: list[str] = []
    for folder in map(Path, _package_dirs()):
        if not any(root == folder or root in folder.parents for root in roots):
            continue
        argv += ["--tmpfs", str(folder)]
        for path in kept:
            if path.parent == folder:
                argv += ["--ro-bind", str(path), str(path)]
        argv += ["--remount-ro", str(folder)]
    return argv


@lru_cache(maxsize=1)
def bubblewrap_problem() -> str | None:
    """Why bubblewrap cannot run a worker here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return f"bubblewrap is Linux-only (this is {sys.platform})"
    if shutil.which("bwrap") is None:
        return "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)"
    # A cheap probe (about 5 ms): may this kernel make the namespaces at all?
    argv = ["bwrap", "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true"]
    processes.become_subreaper()  # the probe's inner process is ours to reap, not init's
    try:
        completed = subprocess.run(argv, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bwrap did not start ({error})"
    finally:
        processes.reap_strays("bwrap", keep=set(), seconds=1.0)  # runs once, before any worker
    if completed.returncode != 0:
        lines = (completed.stderr or "").strip().splitlines()
        return f"bwrap failed: {lines[-1] if lines else f'exit {completed.returncode}'}"
    return None


def sandbox_mode() -> str:
    """ "bubblewrap" where it works (unless KATA_SANDBOX=none), else "none"."""
    if os.environ.get("KATA_SANDBOX", "").lower() == "none":
        return "none"
    return "none" if bubblewrap_problem() else "bubblewrap"


def require_sandbox() -> None:
    """Raise SandboxUnavailable, saying why, when workers would run bare."""
    if os.environ.get("KATA_SANDBOX", "").lower() == "none":
        raise SandboxUnavailable("the sandbox is required, but KATA_SANDBOX=none turns it off")
    problem = bubblewrap_problem()
    if problem:
        raise SandboxUnavailable(f"the sandbox is required, but {problem}; see SECURITY.md")


def workspace_argv(workspace: Path) -> list[str]:
    """bwrap arguments that show the workspace read-only at SANDBOX_WORKSPACE_DIR.

    Its ``.kata`` folder (state and backups) and any of the grader's own files
    inside it are covered by empty read-only mounts.
    """
    argv = ["--ro-bind", str(workspace), SANDBOX_WORKSPACE_DIR]
    covered = [workspace / STATE_DIR, *(Path(path) for path in _hidden_paths())]
    for path in covered:
        if path.is_dir() and workspace in path.parents:
            inside = f"{SANDBOX_WORKSPACE_DIR}/{path.relative_to(workspace).as_posix()}"
            argv += ["--tmpfs", inside, "--remount-ro", inside]
    return argv


def launch(host_work_dir: str, worker_arguments: list[str], workspace: Path | None = None) -> Launch:
    """The command that starts a worker with the given arguments.

    With a workspace, the worker may import the workspace's ``.py`` files: inside
    the sandbox it sees the workspace read-only at SANDBOX_WORKSPACE_DIR.
    """
    if sandbox_mode() == "bubblewrap":
        program = f"{SANDBOX_WORKER_DIR}/worker_main.py"
        argv = bubblewrap_argv()
        if workspace is not None:
            argv += workspace_argv(workspace)
            worker_arguments = [*worker_arguments, SANDBOX_WORKSPACE_DIR]
        argv += [sys.executable, "-I", program, *worker_arguments]
        return Launch(argv, SANDBOX_WORK_DIR, "bubblewrap")
    if workspace is not None:
        worker_arguments = [*worker_arguments, str(workspace)]
    argv = [sys.executable, "-I", str(PACKAGE_DIR / "worker_main.py"), *worker_arguments]
    return Launch(argv, host_work_dir, "none")
