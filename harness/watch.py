"""``kata watch``'s loop: re-check a kata each time its file is saved, and redraw its report.

Two threads feed one queue that the main thread reads: a file watcher (the
``watchfiles`` library, debounced; polling where the workspace's file system sends
no change events) and a key reader ("r" or Enter re-runs, "q" quits). Checks run
in the main thread, through the same code as ``kata check`` (``run_check``), so
that Ctrl-C stops a check in progress and ``run_check`` kills and reaps its
workers. Nothing here writes a learner's file.
"""

from __future__ import annotations

import contextlib
import os
import queue
import select
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from harness import display
from harness.catalog import Kata
from harness.progress import next_kata
from harness.runner import CheckOptions
from harness.workspace import Workspace

POLL_DELAY_MS = 300  # between two looks at the files, when polling
READY_MS = 250  # the watcher says it is ready (and looks whether to stop) this often
READY_WAIT_SECONDS = 30.0  # the first check waits this long at most for the watcher to be ready
KEY_POLL_SECONDS = 0.2  # how often the key reader looks whether it should stop
# File systems whose changes made by another machine (or by Windows, under WSL) send no events.
EVENTLESS_FILE_SYSTEMS = frozenset(
    "9p v9fs drvfs cifs smb3 smbfs nfs nfs4 afs fuse.sshfs fuse.rclone vboxsf vmhgfs fuse.vmhgfs-fuse".split()
)

# What the threads put in the queue: ("changed", names of .py files), ("rerun", None),
# ("quit", None), ("note", a line to show under the report).
Event = tuple[str, Any]


def _mount_of(path: Path, mounts_file: str = "/proc/mounts") -> str | None:
    """The file-system type of the mount that holds path (Linux), or None when unknown."""
    try:
        with open(mounts_file, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, kind = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].encode().decode("unicode_escape")  # "\040" is a space
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def polling_reason(root: Path, mounts_file: str = "/proc/mounts") -> str | None:
    """Why the workspace's files must be polled rather than watched for events, or None."""
    kind = _mount_of(root, mounts_file)
    if kind in EVENTLESS_FILE_SYSTEMS:
        return f"the workspace is on a {kind} file system, which may send no change events"
    return None


class FileWatcher:
    """A thread that puts ("changed", file names) in the queue when .py files of the folder change."""

    def __init__(self, root: Path, events: queue.Queue[Event], poll: bool) -> None:
        self.root = root
        self.events = events
        self.poll = poll
        self.ready = threading.Event()  # set once changes are watched (or watching failed)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kata-watch-files", daemon=True)

    def start(self) -> None:
        """Start watching, in the background."""
        self._thread.start()

    def stop(self) -> None:
        """Stop watching (within READY_MS)."""
        self._stop.set()
        self._thread.join(timeout=5)

    def _wanted(self, change: Any, path: str) -> bool:
        name = os.path.basename(path)
        return name.endswith(".py") and not name.startswith(".")

    def _snapshot(self) -> dict[str, tuple[int, int]]:
        """Each wanted file's (mtime in ns, size): what polling compares."""
        found = {}
        for entry in os.scandir(self.root):
            if entry.is_file() and self._wanted(None, entry.path):
                with contextlib.suppress(OSError):
                    stat = entry.stat()
                    found[entry.name] = (stat.st_mtime_ns, stat.st_size)
        return found

    def _poll(self) -> None:
        """Look at the files every POLL_DELAY_MS, to the nanosecond.

        watchfiles' own polling (notify's) compares whole seconds of mtime, so a save
        in the same second as the version it first saw went unseen.
        """
        seen = self._snapshot()
        self.ready.set()
        while not self._stop.wait(POLL_DELAY_MS / 1000):
            now = self._snapshot()
            changed = {name for name in now.keys() | seen.keys() if now.get(name) != seen.get(name)}
            seen = now
            if changed:
                self.events.put(("changed", changed))

    def _watch(self) -> None:
        if self.poll:
            self._poll()
            return
        import watchfiles

        for changes in watchfiles.watch(
            self.root,
            watch_filter=self._wanted,
            stop_event=self._stop,
            recursive=False,  # the learner's files, not .kata/ (the state and the backups)
            raise_interrupt=False,
            force_polling=None,  # watchfiles' own choice (WSL, its environment variable)
            poll_delay_ms=POLL_DELAY_MS,
            rust_timeout=READY_MS,
            yield_on_timeout=True,  # the first (empty) yield says that the files are watched
        ):
            self.ready.set()
            if changes:
                self.events.put(("changed", {os.path.basename(path) for _, path in changes}))

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._watch()
                return
            except Exception as error:  # noqa: BLE001 - a watcher that fails must not kill the loop
                if self.poll or self._stop.is_set():
                    self.ready.set()
                    self.events.put(("note", f"cannot watch the files ({error}); r+Enter re-checks"))
                    return
                self.poll = True
                self.events.put(("note", f"file events failed ({error}); polling the files instead"))


class KeyReader:
    """A thread that reads lines from the terminal: "r" or an empty line re-runs, "q" quits."""

    def __init__(self, events: queue.Queue[Event], stream: Any = None) -> None:
        self.events = events
        self.stream = stream if stream is not None else sys.stdin
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kata-watch-keys", daemon=True)

    def start(self) -> None:
        """Start reading keys, in the background."""
        self._thread.start()

    def stop(self) -> None:
        """Stop reading keys (within KEY_POLL_SECONDS, except on Windows, where the thread is left)."""
        self._stop.set()
        self._thread.join(timeout=1)

    def _fd(self) -> int | None:
        try:
            return self.stream.fileno()
        except (AttributeError, OSError, ValueError):
            return None

    def _readable(self, fd: int) -> bool:
        """Whether a line waits; False while another process group has the terminal (`kata watch &`)."""
        if os.name == "nt":
            return True  # select() takes only sockets there: block in os.read (a daemon thread)
        if os.isatty(fd) and os.tcgetpgrp(fd) != os.getpgrp():
            time.sleep(KEY_POLL_SECONDS)
            return False
        return bool(select.select([fd], [], [], KEY_POLL_SECONDS)[0])

    def _run(self) -> None:
        fd = self._fd()
        if fd is None:
            return
        pending = b""
        while not self._stop.is_set():
            try:
                if not self._readable(fd):
                    continue
                data = os.read(fd, 1024)  # not sys.stdin: its lock would hang the exit
            except OSError:
                return
            if not data:
                return  # no terminal (end of input): saving files still re-checks
            pending += data
            *lines, pending = pending.split(b"\n")
            for line in lines:
                self.events.put(_key_event(line.decode(errors="replace").strip().lower()))


def _key_event(word: str) -> Event:
    if word in ("q", "quit", "exit"):
        return ("quit", None)
    if word in ("", "r", "rerun", "re-run"):
        return ("rerun", None)
    return ("note", f"unknown key {word!r}: r+Enter re-runs, q+Enter quits")


@dataclass
class Batch:
    """The events that arrived together: what changed, a re-run, a quit, lines to show."""

    changed: set[str] = field(default_factory=set)
    rerun: bool = False
    quit: bool = False
    notes: list[str] = field(default_factory=list)

    def add(self, event: Event) -> None:
        """Fold one more event into the batch."""
        kind, value = event
        if kind == "changed":
            self.changed |= value
        elif kind == "rerun":
            self.rerun = True
        elif kind == "quit":
            self.quit = True
        else:
            self.notes.append(value)


def next_batch(events: queue.Queue[Event], wait: float = 0.5) -> Batch | None:
    """The next events, and those that came with them; None when nothing came for `wait` seconds.

    The short wait keeps the main thread where Ctrl-C reaches it at once.
    """
    try:
        first = events.get(timeout=wait)
    except queue.Empty:
        return None
    batch = Batch()
    batch.add(first)
    while True:
        try:
            batch.add(events.get_nowait())
        except queue.Empty:
            return batch


def kata_to_check(
    changed: set[str], katas: dict[str, Kata], workspace: Workspace, slug: str | None, current: str | None
) -> str | None:
    """Which kata a change re-checks, or None.

    A changed kata file is re-checked (with a slug, only that kata's; of several, the
    newest). Another .py file (a helper the kata may import) re-checks the current kata.
    """
    saved = {name[: -len(".py")] for name in changed} & set(katas)
    if slug is not None:
        saved &= {slug}
    if saved:
        return workspace.last_edited(sorted(saved)) or sorted(saved)[0]
    if any(name[: -len(".py")] not in katas for name in changed):
        return current
    return None


@dataclass
class Watch:
    """One `kata watch`: what it follows and how it checks and shows a kata."""

    workspace: Workspace
    katas: dict[str, Kata]
    slug: str | None
    options: CheckOptions
    save: Callable[[Workspace, list[Any]], Any]  # records the results, as `kata check` does
    again: str = ""  # the options to repeat in a suggested command, such as " -w DIR"
    current: str | None = None
    polling: str | None = None  # why the files are polled, when they are

    def header(self) -> str:
        """The first line of the screen: what is watched, and the keys."""
        utf = "utf" in (getattr(sys.stdout, "encoding", None) or "ascii").lower()
        dash = "—" if utf else "-"
        what = f"{self.slug}.py" if self.slug else f"the .py files of {self.workspace.root}"
        if not self.slug and self.current:
            what += f" (now {self.current}.py)"
        poll = " (polling)" if self.polling else ""
        return f"watching {what}{poll} {dash} save to re-check; r+Enter re-runs, q+Enter or Ctrl-C quits"

    def check(self, slug: str, notes: list[str]) -> None:
        """Check one kata as `kata check` does, save its status, redraw the screen."""
        from harness import sandbox
        from harness.report import results_text
        from harness.runner import run_check

        self.current = slug
        click.clear()
        display.say(self.header())
        click.echo(f"\nchecking {self.workspace.file(slug)} ...")
        kata = self.katas[slug]
        results = run_check([kata], {slug: self.workspace.file(slug)}, self.options)
        click.clear()
        display.say(self.header())
        click.echo("")
        click.echo(results_text(results, sandbox.sandbox_mode()), nl=False)
        self.save(self.workspace, results)
        click.echo("")
        for line in [*notes, *self.after(results[0].status)]:
            display.say(line)
        click.echo(f"checked at {time.strftime('%H:%M:%S')}")

    def after(self, status: str) -> list[str]:
        """What to do now: the next unsolved kata after a pass, else how to go on with this one."""
        slug = self.current
        if status != "pass":
            hint = f"`kata hint {slug}{self.again}`"
            return [f"Edit {self.workspace.file(slug)} and save; {hint} gives a hint."]
        if not self.options.timing:  # a pass without timing is not a pass (kata progress)
            return [
                f"{slug} is correct but not timed (--no-timing): `kata check {slug}{self.again}` "
                "times it; only a timed pass counts."
            ]
        upcoming = next_kata(self.katas, self.workspace.load_state(), after=slug)
        if upcoming is None:
            return [f"{slug} passed, and so has every kata: well done."]
        follow = (
            f"q+Enter, then `kata watch {upcoming.slug}{self.again}` follows it"
            if self.slug
            else "saving it re-checks it here"
        )
        show = f"`kata show {upcoming.slug}{self.again}`"
        return [
            f"{slug} passed. Next: {upcoming.slug} ({upcoming.title}): {show}, "
            f"then edit {self.workspace.file(upcoming.slug)}; {follow}."
        ]

    def idle(self, notes: list[str]) -> None:
        """The screen before any kata file was saved (without a slug, in a workspace with none)."""
        click.clear()
        display.say(self.header())
        click.echo("")
        for line in notes:
            click.echo(line)
        click.echo(f"Save a kata file in {self.workspace.root} to check it.")


def run_watch(watch: Watch, poll: bool) -> int:
    """Watch until "q" (0); Ctrl-C raises KeyboardInterrupt, after any check in progress was stopped."""
    events: queue.Queue[Event] = queue.Queue()
    watch.polling = "as --poll asks" if poll else polling_reason(watch.workspace.root)
    notes = [f"polling the files every {POLL_DELAY_MS} ms: {watch.polling}"] if watch.polling else []
    files = FileWatcher(watch.workspace.root, events, poll=bool(watch.polling))
    keys = KeyReader(events)
    files.start()
    keys.start()
    try:
        files.ready.wait(READY_WAIT_SECONDS)  # a file saved from now on is re-checked
        first = watch.slug or watch.workspace.last_edited(list(watch.katas))
        if first:
            watch.check(first, notes)
        else:
            watch.idle(notes)
        while True:
            batch = next_batch(events)
            if batch is None:
                continue
            if batch.quit:
                return 0
            chosen = kata_to_check(batch.changed, watch.katas, watch.workspace, watch.slug, watch.current)
            if batch.rerun and chosen is None:
                chosen = watch.current or watch.workspace.last_edited(list(watch.katas))
            if chosen is not None:
                watch.check(chosen, batch.notes)
            elif batch.notes:
                for line in batch.notes:
                    click.echo(line)
    finally:
        files.stop()
        keys.stop()
