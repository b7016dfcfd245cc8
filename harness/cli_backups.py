"""``kata reset`` and ``kata restore``: start a kata over, or bring an earlier file back.

Both back the learner's file up (harness.backups) before they replace it, so that no
sequence of commands loses a version of it; both forget the kata's last check, which
described a file that is gone.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import click
from click.core import ParameterSource

from harness import backups, display
from harness.cli_common import SLUG, catalog, open_workspace, show_warnings, workspace_option
from harness.workspace import Workspace, os_error_reason

# a kata's last check: it described the file just replaced
STALE_FIELDS = ("status", "checked_at", "checked_sha256")


def _again(ctx: click.Context) -> str:
    """The ` -w DIR` the learner typed, to repeat in "Next:" hints ("" for $KATA_WORKSPACE or the default)."""
    if ctx.get_parameter_source("workspace_path") is not ParameterSource.COMMANDLINE:
        return ""
    return f" -w {shlex.quote(str(ctx.params['workspace_path']))}"


def _forget_checks(workspace: Workspace, slugs: list[str]) -> None:
    """Clear the last status of the katas (call under the workspace's lock); a failure costs a warning."""
    try:
        state = workspace.load_state()
        for slug in slugs:
            entry = state["katas"].get(slug, {})
            for name in STALE_FIELDS:
                entry.pop(name, None)
        workspace.save_state(state)
    except OSError as error:
        workspace.warnings.append(
            f"could not clear the last status of {', '.join(slugs)} ({os_error_reason(error)}); "
            "`kata list` shows it until the next check"
        )


def _on_terminal() -> bool:
    """True when a person can answer a question on standard input."""
    return sys.stdin is not None and sys.stdin.isatty()


def _confirm_all(ctx: click.Context, count: int, workspace: Workspace) -> None:
    """Ask before `reset --all`; off a terminal, --yes is required (a usage error says so)."""
    if not _on_terminal():
        raise click.UsageError("--all replaces every kata's file; pass --yes to confirm it off a terminal")
    question = f"Reset all {count} katas in {workspace.root}? Each file is backed up first"
    if not click.confirm(question, default=False):
        display.say("Nothing was reset.")
        ctx.exit(1)


def _reset_one(workspace: Workspace, slug: str, stub: str) -> backups.Backup | None:
    """Back the kata's file up and write its stub; one line says what happened."""
    path = workspace.file(slug)
    try:
        made = backups.replace_file(workspace, slug, stub)
    except OSError as error:
        raise click.ClickException(
            f"cannot reset {path} ({os_error_reason(error)}); it was left as it was"
        ) from None
    if made is None:
        display.say(f"{path} was missing; wrote a fresh stub")
    else:
        display.say(f"backed up {path} to {made.path}; wrote a fresh stub")
    return made


@click.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@click.option("--all", "all_katas", is_flag=True, help="Reset every kata (asks first on a terminal).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before --all (required off a terminal).")
@workspace_option
@click.pass_context
def reset(
    ctx: click.Context, slugs: tuple[str, ...], all_katas: bool, yes: bool, workspace_path: Path
) -> None:
    """Back up each named kata's file, then write a fresh stub (`kata restore` brings it back)."""
    from harness.render import render_stub

    katas = catalog()
    if all_katas == bool(slugs):
        raise click.UsageError("name the katas to reset, or pass --all (not both)")
    workspace = open_workspace(workspace_path)
    chosen = list(katas) if all_katas else list(dict.fromkeys(slugs))
    if all_katas and not yes:
        _confirm_all(ctx, len(chosen), workspace)
    try:
        with workspace.locked():
            made = [_reset_one(workspace, slug, render_stub(katas[slug])) for slug in chosen]
            _forget_checks(workspace, chosen)
    except OSError as error:  # the lock itself
        raise click.ClickException(f"cannot reset: {os_error_reason(error)}; nothing was changed") from None
    show_warnings(workspace)
    again = _again(ctx)
    if len(chosen) == 1:
        slug = chosen[0]
        undo = f"; `kata restore {slug}{again}` brings back the file you had" if made[0] else ""
        display.say(f"Next: edit {workspace.file(slug)}, then `kata check {slug}{again}`{undo}.")
    else:
        display.say(f"Next: `kata list{again}`; `kata restore SLUG{again}` brings back the file a kata had.")


def _size(size: int) -> str:
    return f"{size:,} byte{'s' if size != 1 else ''}"


def _when(backup: backups.Backup) -> str:
    return backup.time.strftime("%Y-%m-%d %H:%M:%S")


def _is_stub(backup: backups.Backup, stub: bytes) -> bool:
    """True when the backup is the kata's untouched stub (whatever its line endings)."""
    if backup.size < len(stub) or backup.size > 2 * len(stub):
        return False
    try:
        return backup.path.read_bytes().replace(b"\r\n", b"\n") == stub
    except OSError:
        return False


def _echo_list(workspace: Workspace, slug: str, found: list[backups.Backup]) -> None:
    """The backups, numbered from 1 (the latest), with their time and size; untouched stubs say so."""
    from harness.render import render_stub

    stub = render_stub(catalog()[slug]).encode("utf-8")
    display.say(f"Backups of {slug} in {workspace.backup_dir(slug)}, newest first:")
    width = max(len(_size(backup.size)) for backup in found)
    for number, backup in enumerate(found, start=1):
        note = "  (the untouched stub)" if _is_stub(backup, stub) else ""
        click.echo(f"  {number:>3}  {_when(backup)}  {_size(backup.size):>{width}}  {backup.path.name}{note}")


def _restore_one(workspace: Workspace, slug: str, chosen: backups.Backup, number: int) -> bool:
    """Back the current file up and bring chosen back; True when there was a file to back up."""
    path = workspace.file(slug)
    try:
        with workspace.locked():
            made = backups.restore(workspace, slug, chosen)
            _forget_checks(workspace, [slug])
    except OSError as error:
        raise click.ClickException(
            f"cannot restore {path} ({os_error_reason(error)}); it was left as it was"
        ) from None
    brought = f"backup {number} ({_when(chosen)})"
    if made is None:
        display.say(f"{path} was missing; restored {brought}")
    else:
        display.say(f"backed up {path} to {made.path}; restored {brought}")
    return made is not None


@click.command()
@click.argument("slug", type=SLUG)
@click.option("--pick", type=click.IntRange(min=1), metavar="N", help="Bring back backup N (1: the latest).")
@click.option("--list", "list_only", is_flag=True, help="Only list the backups.")
@workspace_option
@click.pass_context
def restore(ctx: click.Context, slug: str, pick: int | None, list_only: bool, workspace_path: Path) -> None:
    """List a kata's backups and bring one back (the latest, or --pick N), backing up the current file."""
    if list_only and pick is not None:
        raise click.UsageError("--list only lists the backups; drop it to restore one with --pick")
    workspace = open_workspace(workspace_path)
    again = _again(ctx)
    found = backups.list_backups(workspace, slug)
    if not found:
        where = workspace.backup_dir(slug)
        if list_only:
            display.say(f"No backups of {slug} yet (they go to {where}).")
            return
        raise click.ClickException(
            f"no backups of {slug} in {where}: nothing to restore "
            "(`kata reset` and `kata restore` back a file up before they replace it)"
        )
    if pick is not None and pick > len(found):
        raise click.UsageError(
            f"{slug} has {len(found)} backup(s); --pick takes 1 to {len(found)} "
            f"(`kata restore {slug} --list{again}` lists them)"
        )
    _echo_list(workspace, slug, found)
    if list_only:
        display.say(f"Next: `kata restore {slug}{again}` brings back backup 1, `--pick N` another.")
        return
    if _restore_one(workspace, slug, found[(pick or 1) - 1], pick or 1):
        display.say(
            f"Next: `kata check {slug}{again}`; `kata restore {slug}{again}` again "
            "brings back the file you just replaced."
        )
    else:
        display.say(f"Next: `kata check {slug}{again}`.")
    show_warnings(workspace)
