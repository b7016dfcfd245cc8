"""Backups of a learner's files: ``<workspace>/.kata/backups/<slug>/<stamp>[-<n>].py``.

Every command that replaces a learner's file copies it here first (replace_file).
A backup is created with O_EXCL (``open(path, "xb")``) and never written again, so
none is ever overwritten; identical content is backed up again all the same.

A backup is named by the local time to the microsecond (``20261201-003000-123456.py``)
and, when that name is taken, a counter (``20261201-003000-123456-1.py``). Within one
kata's folder the names grow in the order the backups were made: when the clock reads
no later than the newest backup's stamp (two backups in one microsecond, a clock set
back), the new one takes that stamp with the next counter. So "newest first" is the
order of the names, whatever the clock did.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from harness.workspace import atomic_write

if TYPE_CHECKING:  # pragma: no cover
    from harness.workspace import Workspace

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})(?:-(\d+))?\.py$")


def now() -> datetime:
    """The local time that names a new backup (the tests replace it with their own clock)."""
    return datetime.now()


@dataclass(frozen=True)
class Backup:
    """One backup of a kata's file: where it is, when it was made, how many bytes."""

    path: Path
    stamp: str
    counter: int
    size: int

    @property
    def time(self) -> datetime:
        """When the backup was made (local time, from its name)."""
        return datetime.strptime(self.stamp, STAMP_FORMAT)

    @property
    def key(self) -> tuple[str, int]:
        """The backup's place in its folder: later backups have larger keys."""
        return (self.stamp, self.counter)


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        datetime.strptime(match.group(1), STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, match.group(1), int(match.group(2) or 0), size)


def list_backups(workspace: Workspace, slug: str) -> list[Backup]:
    """The kata's backups, newest first; files in the folder not named as backups are left out."""
    try:
        entries = list(workspace.backup_dir(slug).iterdir())
    except FileNotFoundError:
        return []
    backups = [backup for backup in map(_parse, entries) if backup is not None]
    return sorted(backups, key=lambda backup: backup.key, reverse=True)


def _name(stamp: str, counter: int) -> str:
    return f"{stamp}-{counter}.py" if counter else f"{stamp}.py"


def _fsync_folder(folder: Path) -> None:
    """Make a new entry of folder durable (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _write_new(folder: Path, data: bytes) -> Path:
    """Write data to a new backup file in folder, named after the newest one; never replaces a file."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp, counter = now().strftime(STAMP_FORMAT), 0
    existing = [backup for backup in map(_parse, folder.iterdir()) if backup is not None]
    newest = max((backup.key for backup in existing), default=None)
    if newest is not None and newest >= (stamp, counter):
        stamp, counter = newest[0], newest[1] + 1
    while True:
        target = folder / _name(stamp, counter)
        try:
            handle = open(target, "xb")
        except FileExistsError:
            counter += 1
            continue
        try:
            with handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        _fsync_folder(folder)
        return target


def back_up(workspace: Workspace, slug: str) -> Backup | None:
    """Copy the kata's file to a new backup, byte for byte; None when there is no file."""
    try:
        data = workspace.file(slug).read_bytes()
    except FileNotFoundError:
        return None
    path = _write_new(workspace.backup_dir(slug), data)
    return Backup(path, *_stamp_and_counter(path), len(data))


def _stamp_and_counter(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    assert match is not None  # _write_new names every file it makes so
    return match.group(1), int(match.group(2) or 0)


def replace_file(workspace: Workspace, slug: str, content: str | bytes) -> Backup | None:
    """Back the kata's file up, then replace it atomically with content; the backup (None: no file).

    A missing file is created as `kata init` creates one (never replacing a file that
    appears meanwhile). When the backup cannot be made the file is left as it was (the
    OSError propagates). The file keeps its permissions.
    """
    path = workspace.file(slug)
    workspace.root.mkdir(parents=True, exist_ok=True)
    while True:
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            if _create(path, content):
                return None
            continue
        backup = back_up(workspace, slug)
        if backup is None:  # removed since: create it instead
            continue
        atomic_write(path, content)
        with contextlib.suppress(OSError):  # atomic_write's temporary file was private
            os.chmod(path, mode)
        return backup


def _create(path: Path, content: str | bytes) -> bool:
    """Write content to a new file at path; False when a file is already there."""
    try:
        if isinstance(content, bytes):
            handle = open(path, "xb")
        else:
            handle = open(path, "x", encoding="utf-8")
    except FileExistsError:
        return False
    with handle:
        handle.write(content)
    return True


def restore(workspace: Workspace, slug: str, backup: Backup) -> Backup | None:
    """Bring a backup back as the kata's file, backing the current file up first.

    Returns the backup of the file that was replaced (None when there was none).
    """
    return replace_file(workspace, slug, backup.path.read_bytes())
