"""What every command of the ``kata`` command line shares: the catalog, slugs, the workspace option."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import click

from harness.catalog import CatalogError, Kata, load_catalog
from harness.workspace import DEFAULT_WORKSPACE, Workspace


def catalog() -> dict[str, Kata]:
    try:
        return load_catalog()
    except CatalogError as error:
        raise click.ClickException(str(error)) from None


class SlugType(click.ParamType):
    """A kata's slug; an unknown one is a usage error with a "did you mean"."""

    name = "slug"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        known = catalog()
        if value in known:
            return value
        close = difflib.get_close_matches(str(value), list(known), n=3, cutoff=0.5)
        suggestion = f"; did you mean {' or '.join(close)}?" if close else "; `kata list` shows them all"
        self.fail(f"no kata named {value!r}{suggestion}", param, ctx)


SLUG = SlugType()


class WorkspacePath(click.ParamType):
    """The workspace folder; one that exists as a regular file is a usage error."""

    name = "workspace"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(value)
        if path.exists() and not path.is_dir():
            self.fail(
                f"{path} is a file, not a workspace folder; give --workspace (or $KATA_WORKSPACE) "
                "a folder, such as the one `kata init` creates",
                param,
                ctx,
            )
        return path


def workspace_option(function: Any) -> Any:
    return click.option(
        "--workspace",
        "-w",
        "workspace_path",
        envvar="KATA_WORKSPACE",
        default=DEFAULT_WORKSPACE,
        show_default=True,
        metavar="DIR",
        type=WorkspacePath(),
        help="The learner's workspace (also $KATA_WORKSPACE).",
    )(function)


def open_workspace(path: Path, must_exist: bool = True) -> Workspace:
    workspace = Workspace(path)
    if must_exist and not workspace.exists():
        raise click.UsageError(f"no workspace at {path}; run `kata init` to create it")
    return workspace


def show_warnings(workspace: Workspace) -> None:
    for warning in workspace.warnings:
        click.echo(f"warning: {warning}", err=True)
    workspace.warnings.clear()
