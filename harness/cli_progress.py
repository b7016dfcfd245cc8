"""``kata progress`` and ``kata next``: how far the learner is, and what to do next.

Also the "Next:" advice that `list` and `check` end with. Every command suggested
repeats the ``-w DIR`` the learner typed (cli_common.kata_command).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from harness.catalog import Kata
from harness.cli_common import catalog, kata_command, show_warnings, workspace_option
from harness.paragraphs import say
from harness.progress import NOT_TIMED, label, next_kata, sections, solution_seen, status_of, tally
from harness.workspace import Workspace


def read_progress(workspace_path: Path) -> tuple[Workspace, dict[str, Any]]:
    """The workspace and its state; an empty state when there is no workspace yet."""
    workspace = Workspace(workspace_path)
    state = workspace.load_state() if workspace.exists() else {"katas": {}}
    show_warnings(workspace)
    return workspace, state


def advice(kata: Kata, workspace: Workspace, state: dict[str, Any]) -> str:
    """What to do about one kata, in one sentence of commands to copy."""
    slug = kata.slug
    check, where = kata_command(f"check {slug}"), workspace.file(slug)
    status = status_of(state, slug)
    if not workspace.exists():
        return f"{kata_command('init')}, then {kata_command(f'show {slug}')} ({kata.title})."
    if not where.exists():
        return f"{kata_command(f'init {slug}')} writes {where}, then {kata_command(f'show {slug}')}."
    if status == NOT_TIMED:
        return f"{slug} is correct but was not timed: {check} times it."
    if status == "slow":
        return f"{slug} is correct but too slow: speed up {where}, then {check}."
    if status in ("fail", "error", "timeout"):
        hint = kata_command(f"hint {slug}")
        return f"{slug} ({label(status)}): fix {where}, then {check}; stuck? {hint}."
    return f"{kata_command(f'show {slug}')} ({kata.title}), edit {where}, then {check}."


def next_step(
    katas: dict[str, Kata], workspace: Workspace, state: dict[str, Any], after: str | None = None
) -> str:
    """The "Next: ..." line: the next kata not passed, in catalog order, and how to go on."""
    kata = next_kata(katas, state, after)
    if kata is None:
        return f"Every kata has passed. {kata_command('progress')} shows your points."
    return f"Next: {advice(kata, workspace, state)}"


def print_sections(out: Any, katas: dict[str, Kata], state: dict[str, Any], statuses: dict | None) -> None:
    """Per section, a bar, katas passed and points; with statuses, each kata under its section."""
    from harness import display  # rich: only for the commands that draw

    rows = []
    for section in sections(katas, state):
        rows.append(display.section_row(out, section))
        for kata in section.katas if statuses is not None else ():
            rows.append(display.kata_row(out, kata, statuses[kata.slug], solution_seen(state, kata.slug)))
    out.print(display.summary_line(tally("all", list(katas.values()), state)))
    display.print_rows(out, rows)


@click.command()
@workspace_option
def progress(workspace_path: Path) -> None:
    """Progress per section (katas passed, points earned) and the next kata."""
    from harness import display  # rich: only for the commands that draw

    katas = catalog()
    workspace, state = read_progress(workspace_path)
    out = display.console()
    print_sections(out, katas, state, None)
    seen = [slug for slug in katas if solution_seen(state, slug)]
    if seen:
        display.print_paragraph(out, f"Reference seen before passing: {', '.join(seen)}.")
    display.print_paragraph(out, next_step(katas, workspace, state))


@click.command(name="next")
@workspace_option
def next_command(workspace_path: Path) -> None:
    """The next kata to do: the first in catalog order not passed yet (with timing)."""
    katas = catalog()
    workspace, state = read_progress(workspace_path)
    say(next_step(katas, workspace, state))
