"""Commands of a learner's first steps: init, list, show, hint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from harness.cli_common import SLUG, catalog, open_workspace, show_warnings, workspace_option
from harness.workspace import Workspace, file_in_the_way


@click.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@workspace_option
def init(slugs: tuple[str, ...], workspace_path: Path) -> None:
    """Create the workspace and the stubs that do not exist yet (never overwrites)."""
    from harness.render import render_stub

    katas = catalog()
    workspace = open_workspace(workspace_path, must_exist=False)
    written = kept = 0
    try:
        for slug in slugs or tuple(katas):
            if workspace.create_stub(slug, render_stub(katas[slug])):
                written += 1
                click.echo(f"created {workspace.file(slug)}")
            else:
                kept += 1
                click.echo(f"kept    {workspace.file(slug)} (it exists; `kata reset {slug}` starts over)")
        workspace.state_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(_cannot_write(error, workspace.root)) from None
    first = next(iter(slugs or katas))
    click.echo(
        f"{written} stub(s) written, {kept} kept, in {workspace.root}. "
        f"Next: `kata show {first}`, edit {workspace.file(first)}, `kata check {first}`."
    )


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
    if not workspace.file(slug).exists():
        return "no file"
    return state["katas"].get(slug, {}).get("status", "new")


@click.command(name="list")
@workspace_option
def list_katas(workspace_path: Path) -> None:
    """Every kata with its section, difficulty and last status."""
    katas = catalog()
    workspace = open_workspace(workspace_path, must_exist=False)
    state = workspace.load_state() if workspace.exists() else {"katas": {}}
    show_warnings(workspace)
    width = max(len(slug) for slug in katas)
    click.echo(f"{'kata':<{width}}  {'section':<12}  difficulty  status")
    for slug, kata in katas.items():
        status = _status(workspace, state, slug) if workspace.exists() else "no workspace"
        click.echo(f"{slug:<{width}}  {kata.section:<12}  {'*' * kata.difficulty:<10}  {status}")
    if not workspace.exists():
        click.echo(f"No workspace at {workspace.root} yet: `kata init` creates it.")


def _indented(text: str) -> str:
    return "\n".join(f"    {line}".rstrip() for line in text.splitlines())


@click.command()
@click.argument("slug", type=SLUG)
@workspace_option
def show(slug: str, workspace_path: Path) -> None:
    """The task, the formula and the signature of one kata."""
    from harness.render import def_line

    kata = catalog()[slug]
    click.echo(
        f"{kata.title}  [{kata.slug}: {kata.section_title}, difficulty {kata.difficulty}, "
        f"{kata.points} point(s)]\n"
    )
    click.echo("Formula:\n" + _indented(kata.formula))
    click.echo("\n" + kata.description.strip() + "\n")
    click.echo(def_line(kata).removesuffix(":") + "\n")
    click.echo(kata.docstring.strip() + "\n")
    click.echo("Example:\n" + _indented(kata.example))
    workspace = Workspace(workspace_path)
    where = workspace.file(slug)
    if where.exists():
        click.echo(f"\nYour file: {where}. Check it with `kata check {slug}`.")
    else:
        click.echo(f"\nNo file yet: `kata init {slug}` writes {where}.")


@click.command()
@click.argument("slug", type=SLUG)
@workspace_option
def hint(slug: str, workspace_path: Path) -> None:
    """The next hint of a kata (each call shows one more)."""
    kata = catalog()[slug]
    workspace = open_workspace(workspace_path)
    shown = int(workspace.kata_state(slug).get("hints_shown", 0))
    show_warnings(workspace)
    number = min(shown + 1, len(kata.hints))
    click.echo(f"Hint {number} of {len(kata.hints)} for {slug}: {kata.hints[number - 1]}")
    if number == len(kata.hints):
        click.echo("That was the last hint.")
    workspace.update_katas_or_warn(
        {slug: {"hints_shown": number}},
        "cannot remember which hint was shown",
        f"`kata hint {slug}` will show hint {number} again; make the workspace writable to go on",
    )
    show_warnings(workspace)
