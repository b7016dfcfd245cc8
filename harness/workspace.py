"""The learner's workspace: one file per kata, and the state in ``.kata/``.

No learner file is ever overwritten without a copy in ``.kata/backups/<slug>/``.
State is JSON written to a temporary file and moved into place atomically; a
damaged state file is set aside and rebuilt with a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: atomic replace only
    fcntl = None

STATE_VERSION = 1
STATE_DIR = ".kata"
DEFAULT_WORKSPACE = "workspace"


def atomic_write(path: Path, text: str | bytes) -> None:
    """Write text (or bytes, unchanged) to path via a temporary file in the same folder and os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        mode = ("wb", None) if isinstance(text, bytes) else ("w", "utf-8")
        with os.fdopen(descriptor, mode[0], encoding=mode[1]) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with_suppressed_unlink(temporary)
        raise


def os_error_reason(error: OSError) -> str:
    """Where and why an OSError happened, in one line: "/ws/.kata/lock: Read-only file system"."""
    reason = error.strerror or str(error)
    if error.filename is None:
        return reason
    where = str(error.filename) + (f" -> {error.filename2}" if error.filename2 is not None else "")
    return f"{where}: {reason}"


def file_in_the_way(path: Path) -> Path | None:
    """The first existing component of path (path included) that is not a folder, if any."""
    for component in [*reversed(path.parents), path]:
        if component.exists() and not component.is_dir():
            return component
    return None


def find_workspace(start: Path) -> Path:
    """The workspace to use when none is named: found from start as git finds ``.git/``.

    start itself when it holds ``.kata/``, else ``start/workspace`` when that holds
    one, else the nearest folder above start that holds one (an absolute path), else
    ``start/workspace`` (where ``kata init`` creates it).
    """
    default = start / DEFAULT_WORKSPACE
    candidates = [start, default, *start.resolve().parents]
    return next((folder for folder in candidates if (folder / STATE_DIR).is_dir()), default)


def digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex: how the state remembers a stub as written."""
    return hashlib.sha256(data).hexdigest()


def with_suppressed_unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


@dataclass
class Workspace:
    root: Path
    warnings: list[str] = field(default_factory=list)

    @property
    def state_dir(self) -> Path:
        return self.root / STATE_DIR

    @property
    def state_path(self) -> Path:
        return self.state_dir / "state.json"

    def exists(self) -> bool:
        return self.root.is_dir()

    def file(self, slug: str) -> Path:
        return self.root / f"{slug}.py"

    def backup_dir(self, slug: str) -> Path:
        return self.state_dir / "backups" / slug

    # -- state ----------------------------------------------------------------------

    def load_state(self) -> dict[str, Any]:
        """The state; a missing one is empty, a damaged one is set aside and rebuilt."""
        empty = {"version": STATE_VERSION, "katas": {}}
        try:
            text = self.state_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return empty
        except OSError as error:
            self.warnings.append(f"{self.state_path} cannot be read ({error.strerror}); starting afresh")
            return empty
        try:
            state = json.loads(text)
            valid = (
                isinstance(state, dict)
                and state.get("version") == STATE_VERSION
                and isinstance(state.get("katas"), dict)
                and all(isinstance(entry, dict) for entry in state["katas"].values())
            )
        except ValueError:
            valid = False
        if valid:
            return state
        damaged = self.state_path.with_name(f"state.damaged-{int(time.time())}.json")
        try:
            os.replace(self.state_path, damaged)
        except OSError as error:
            self.warnings.append(
                f"{self.state_path} is damaged and cannot be set aside ({os_error_reason(error)}); "
                "starting afresh without saving"
            )
            return empty
        self.warnings.append(f"{self.state_path} was damaged; kept it as {damaged.name} and rebuilt it")
        return empty

    def save_state(self, state: dict[str, Any]) -> None:
        atomic_write(self.state_path, json.dumps(state, indent=2, sort_keys=True) + "\n")

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the workspace's lock: two runs at once update the state in turn."""
        self.state_dir.mkdir(parents=True, exist_ok=True)
        with open(self.state_dir / "lock", "a+b") as handle:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def update_katas(self, updates: dict[str, dict[str, Any]]) -> None:
        """Merge per-kata fields into the state and save it, under the lock."""
        with self.locked():
            state = self.load_state()
            for slug, fields in updates.items():
                state["katas"].setdefault(slug, {}).update(fields)
            self.save_state(state)

    def update_katas_or_warn(self, updates: dict[str, dict[str, Any]], what: str, advice: str) -> bool:
        """update_katas, or (when the workspace cannot be written) one warning; True when saved.

        what says what was lost ("could not save your progress"), advice what to do.
        """
        try:
            self.update_katas(updates)
        except OSError as error:
            self.warnings.append(f"{what} ({os_error_reason(error)}); {advice}")
            return False
        return True

    def kata_state(self, slug: str) -> dict[str, Any]:
        return self.load_state()["katas"].get(slug, {})

    # -- files ----------------------------------------------------------------------

    def backup(self, slug: str) -> Path | None:
        """Copy the learner's file to a new backup (harness.backups); return the copy (None: no file)."""
        from harness.backups import back_up

        made = back_up(self, slug)
        return None if made is None else made.path

    def create_stub(self, slug: str, text: str) -> bool:
        """Write a stub only where no file exists; True when written."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.file(slug)
        try:
            with open(path, "x", encoding="utf-8") as handle:
                handle.write(text)
        except FileExistsError:
            return False
        return True

    def last_edited(self, slugs: list[str], unedited: dict[str, set[str]] | None = None) -> str | None:
        """The slug whose file was modified most recently, if any exists.

        unedited maps a slug to the digests of texts that are not an edit (its stub as
        `kata init` wrote it): such a file is skipped, so that a fresh workspace has
        no last-edited kata (None) rather than the last stub written.
        """
        times = {}
        for slug in slugs:
            try:
                mtime = self.file(slug).stat().st_mtime
                if unedited and unedited.get(slug) and digest(self.file(slug).read_bytes()) in unedited[slug]:
                    continue
            except OSError:
                continue
            times[slug] = mtime
        return max(times, key=times.__getitem__) if times else None
