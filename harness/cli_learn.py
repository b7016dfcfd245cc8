"""Commands of a learner's first steps: init, list, show, hint, solution."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from harness import display
from harness.catalog import SECTIONS, Kata
from harness.cli_common import (
    SECTION,
    SLUG,
    catalog,
    kata_command,
    open_workspace,
    show_warnings,
    workspace_option,
)
from harness.cli_progress import next_step, print_sections, read_progress
from harness.progress import NOT_TIMED, is_passed, label, status_of
from harness.workspace import Workspace, digest, file_in_the_way


def _shown(path: Path) -> str:
    """A folder as the learner would type it: relative when below the current folder."""
    relative = os.path.relpath(os.path.abspath(path))
    return os.path.abspath(path) if relative.startswith("..") else relative


LISTED_ONE_BY_ONE = 3  # `kata init a b c` lists each file; a whole catalog is listed by section


@click.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@workspace_option
def init(slugs: tuple[str, ...], workspace_path: Path) -> None:
    """Create the workspace and the stubs that do not exist yet (never overwrites)."""
    from harness.render import render_stub

    katas = catalog()
    workspace = open_workspace(workspace_path, must_exist=False)
    stubs: dict[str, dict[str, str]] = {}  # each stub's digest: `kata check` tells an edit from it
    kept = 0
    one_by_one = 0 < len(slugs) <= LISTED_ONE_BY_ONE
    try:
        for slug in slugs or tuple(katas):
            if workspace.create_stub(slug, render_stub(katas[slug])):
                stubs[slug] = {"stub_sha256": digest(workspace.file(slug).read_bytes())}
                if one_by_one:
                    click.echo(f"created {workspace.file(slug)}")
            else:
                kept += 1
                reset = kata_command(f"reset {slug}")
                display.say(f"kept    {workspace.file(slug)} (it exists; {reset} starts over)")
        workspace.state_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(_cannot_write(error, workspace.root)) from None
    if stubs and not one_by_one:
        _created_by_section(katas, list(stubs), workspace.root)
    if stubs:
        workspace.update_katas_or_warn(
            stubs,
            "could not remember the stubs as written",
            "`kata check` with no kata named may pick a stub",
        )
        show_warnings(workspace)
    chosen = {slug: katas[slug] for slug in slugs} if slugs else katas
    display.say(
        f"{len(stubs)} stub(s) written, {kept} kept, in {_shown(workspace.root)}. "
        + next_step(chosen, workspace, workspace.load_state())
    )


def _created_by_section(katas: dict[str, Kata], created: list[str], root: Path) -> None:
    """One paragraph per section naming the stubs written: a whole catalog stays short."""
    by_section: dict[str, list[str]] = {}
    for slug in created:
        by_section.setdefault(katas[slug].section_title, []).append(f"{slug}.py")
    display.say(f"created in {_shown(root)}:")
    for title, files in by_section.items():
        display.say(f"  {title}: {', '.join(files)}", hanging="    ")


def _cannot_write(error: OSError, root: Path) -> str:
    """One line for a workspace that cannot be written, with what to do."""
    path = error.filename if error.filename is not None else root
    blocker = file_in_the_way(Path(path))
    in_the_way = f" ({blocker} is a file, not a folder)" if blocker is not None else ""
    return (
        f"cannot write {path}: {error.strerror or error}{in_the_way}; "
        "choose a folder you can write to with --workspace DIR"
    )


def _status(workspace: Workspace, state: dict[str, Any], slug: str) -> str:
    if not workspace.exists():
        return "no workspace"
    if not workspace.file(slug).exists():
        return "no file"
    return status_of(state, slug)


@click.command(name="list")
@click.option(
    "--section",
    "-s",
    "chosen",
    multiple=True,
    type=SECTION,
    help="Only this section, by key or title (repeat for more): " + ", ".join(SECTIONS) + ".",
)
@workspace_option
def list_katas(chosen: tuple[str, ...], workspace_path: Path) -> None:
    """Every kata by section: difficulty, status and points, with each section's progress."""
    everything = catalog()
    katas = {slug: kata for slug, kata in everything.items() if not chosen or kata.section in chosen}
    out = display.console()
    if not katas:
        titles = ", ".join(SECTIONS[key] for key in dict.fromkeys(chosen))
        display.print_paragraph(
            out, f"No kata in {titles} yet: `kata list` shows the sections that have some."
        )
        return
    workspace, state = read_progress(workspace_path)
    print_sections(out, katas, state, {slug: _status(workspace, state, slug) for slug in katas})
    if workspace.exists():
        display.print_paragraph(out, next_step(everything, workspace, state))
    else:
        display.print_paragraph(
            out, f"No workspace at {workspace.root} yet: {kata_command('init')} creates it."
        )


def _indented(text: str) -> str:
    return "\n".join(f"    {line}".rstrip() for line in text.splitlines())


@click.command()
@click.argument("slug", type=SLUG)
@workspace_option
def show(slug: str, workspace_path: Path) -> None:
    """The task, the formula and the signature of one kata."""
    from harness.render import def_line

    kata = catalog()[slug]
    out = display.console()  # prose wraps at $COLUMNS; formulas, code and examples stay as written
    display.print_paragraph(
        out,
        f"{kata.title}  [{kata.slug}: {kata.section_title}, difficulty {kata.difficulty}, "
        f"{kata.points} point(s)]",
    )
    click.echo("\nFormula:\n" + _indented(kata.formula) + "\n")
    for paragraph in kata.description.strip().split("\n\n"):
        display.print_paragraph(out, paragraph)
        click.echo()
    click.echo(def_line(kata).removesuffix(":") + "\n")
    click.echo(kata.docstring.strip() + "\n")
    click.echo("Example:\n" + _indented(kata.example) + "\n")
    workspace = Workspace(workspace_path)
    where = workspace.file(slug)
    if where.exists():
        display.print_paragraph(out, f"Your file: {where}. Check it with {kata_command(f'check {slug}')}.")
    else:
        display.print_paragraph(out, f"No file yet: {kata_command(f'init {slug}')} writes {where}.")


def _hint_lines(kata: Kata, first: int, last: int) -> list[str]:
    return [
        f"Hint {n} of {len(kata.hints)} for {kata.slug}: {kata.hints[n - 1]}" for n in range(first, last + 1)
    ]


@click.command()
@click.argument("slug", type=SLUG)
@click.option("--all", "show_all", is_flag=True, help="Every hint seen so far, instead of the next one.")
@workspace_option
def hint(slug: str, show_all: bool, workspace_path: Path) -> None:
    """The next hint of a kata (each call shows one more; --all, those seen so far).

    Before `kata init` there is no state to remember them in: each call shows the first.
    """
    kata = catalog()[slug]
    workspace = Workspace(workspace_path)
    saving = workspace.exists()
    shown = int(workspace.kata_state(slug).get("hints_shown", 0)) if saving else 0
    show_warnings(workspace)
    out = display.console()
    count = len(kata.hints)
    number = shown if show_all else min(shown + 1, count)
    for line in _hint_lines(kata, 1 if show_all else number, number):
        display.print_paragraph(out, line)
    if show_all and not shown:
        display.print_paragraph(out, f"No hint seen yet: {kata_command(f'hint {slug}')} shows the first.")
    elif number == count:
        display.print_paragraph(
            out,
            f"That was the last hint; {kata_command(f'solution {slug}')} shows the reference once it passes.",
        )
    else:
        display.print_paragraph(out, f"{count - number} more: {kata_command(f'hint {slug}')} shows the next.")
    if not saving:
        note = f"(no workspace at {workspace.root}: hints are remembered after {kata_command('init')})"
        display.print_paragraph(out, note, style="dim")
    elif not show_all:
        workspace.update_katas_or_warn(
            {slug: {"hints_shown": number}},
            "cannot remember which hint was shown",
            f"{kata_command(f'hint {slug}')} will show hint {number} again; "
            "make the workspace writable to go on",
        )
        show_warnings(workspace)


def _why_not(state: dict[str, Any], slug: str) -> str:
    """Why a kata does not count as passed, for the refusal of its solution."""
    status = status_of(state, slug)
    return "its tests passed, but without timing" if status == NOT_TIMED else f"status: {label(status)}"


@click.command()
@click.argument("slug", type=SLUG)
@click.option(
    "--force", is_flag=True, help="Show it before the kata has passed (remembered as 'solution seen')."
)
@workspace_option
def solution(slug: str, force: bool, workspace_path: Path) -> None:
    """The reference solution, once the kata has passed (with timing), or with --force."""
    kata = catalog()[slug]
    workspace, state = read_progress(workspace_path)
    passed = is_passed(state, slug)
    if not passed and not force:
        check, force_it = kata_command(f"check {slug}"), kata_command(f"solution {slug} --force")
        if not workspace.exists():
            check = f"{kata_command('init')} and {check}"
        raise click.ClickException(
            f"{slug} has not passed yet ({_why_not(state, slug)}): pass it with {check} to see "
            f"the reference, or {force_it} shows it now and marks it 'solution seen'"
        )
    out = display.console()
    if display.fancy(out):
        display.print_paragraph(out, f"The reference solution of {slug} ({kata.title}):", style="bold")
    display.print_code(out, kata.solution_path.read_text(encoding="utf-8"))
    if not passed and workspace.exists():
        workspace.update_katas_or_warn(
            {slug: {"solution_seen": True}}, "could not remember that you saw the solution", "nothing is lost"
        )
        show_warnings(workspace)
