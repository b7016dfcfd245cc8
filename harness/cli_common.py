"""What every command of the ``kata`` command line shares: the catalog, slugs, the workspace option."""

from __future__ import annotations

import difflib
import shlex
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource
from click.shell_completion import CompletionItem

from harness.catalog import CatalogError, Kata, data_dir, load_catalog
from harness.workspace import Workspace, find_workspace, os_error_reason

WORKSPACE_FLAG = "kata.workspace_flag"  # in click's ctx.meta: the -w DIR the learner typed


def catalog() -> dict[str, Kata]:
    try:
        return load_catalog()
    except CatalogError as error:
        raise click.ClickException(str(error)) from None


class SlugType(click.ParamType):
    """A kata's slug; an unknown one is a usage error with a "did you mean"."""

    name = "slug"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        folder = data_dir("katas") / str(value)
        if str(value).isidentifier() and (folder / "kata.toml").is_file():
            return value  # a kata's folder: the command loads (and validates) the catalog when it needs it
        known = catalog()
        if value in known:
            return value
        close = difflib.get_close_matches(str(value), list(known), n=3, cutoff=0.5)
        suggestion = f"; did you mean {' or '.join(close)}?" if close else "; `kata list` shows them all"
        self.fail(f"no kata named {value!r}{suggestion}", param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        """The slugs that start with what was typed, each with its title (zsh and fish show it)."""
        try:
            known = catalog()
        except click.ClickException:
            return []
        return [
            CompletionItem(slug, help=kata.title)
            for slug, kata in known.items()
            if slug.startswith(incomplete)
        ]


SLUG = SlugType()


class SectionType(click.ParamType):
    """A catalog section: its key (``metrics``) or its title (``Metrics``, ``"ML system design"``)."""

    name = "section"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from harness.catalog import SECTIONS

        wanted = str(value).strip().lower()
        for key, title in SECTIONS.items():
            if wanted in (key, title.lower()):
                return key
        keys = ", ".join(f"{key} ({title})" for key, title in SECTIONS.items())
        self.fail(f"no section {value!r}; the sections are {keys}", param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from harness.catalog import SECTIONS

        return [
            CompletionItem(key, help=title) for key, title in SECTIONS.items() if key.startswith(incomplete)
        ]


SECTION = SectionType()


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


def _workspace(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    """The named workspace (remembering a typed -w DIR for the hints), else the one found."""
    if value is None:
        return param.type.convert(find_workspace(Path(".")), param, ctx)
    if ctx.get_parameter_source(param.name or "") is ParameterSource.COMMANDLINE:
        ctx.meta[WORKSPACE_FLAG] = str(value)
    return value


def workspace_option(function: Any) -> Any:
    return click.option(
        "--workspace",
        "-w",
        "workspace_path",
        envvar="KATA_WORKSPACE",
        default=None,
        show_default="the nearest folder holding .kata/, here or above, else ./workspace",
        metavar="DIR",
        type=WorkspacePath(),
        callback=_workspace,
        help="The learner's workspace (also $KATA_WORKSPACE).",
    )(function)


def kata_command(words: str) -> str:
    """A command to suggest, quoted: `kata WORDS`, with the -w DIR the learner typed, if any.

    A workspace found upward or named by $KATA_WORKSPACE is found again the same way,
    so only a typed -w needs repeating.
    """
    context = click.get_current_context(silent=True)
    typed = context.meta.get(WORKSPACE_FLAG) if context is not None else None
    return f"`kata {words}{f' -w {shlex.quote(typed)}' if typed else ''}`"


def open_workspace(path: Path, must_exist: bool = True) -> Workspace:
    workspace = Workspace(path)
    if must_exist and not workspace.exists():
        raise click.UsageError(f"no workspace at {path}; run {kata_command('init')} to create it")
    return workspace


def write_output(path: Path, text: str, what: str | None = None, append: bool = False) -> None:
    """Write (or append to) a report or gradebook file; a failure is one line, exit 1."""
    try:
        with open(path, "a" if append else "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        where = f"the {what} to {path}" if what else str(path)
        raise click.ClickException(f"cannot write {where}: {os_error_reason(error)}") from None


def show_warnings(workspace: Workspace) -> None:
    for warning in workspace.warnings:
        click.echo(f"warning: {warning}", err=True)
    workspace.warnings.clear()


# Options that `kata check` and `kata watch` share, so that they read and mean the same.
seed_option = click.option(
    "--seed",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Seed of the hidden tests' random inputs.",
)
no_timing_option = click.option("--no-timing", is_flag=True, help="Skip timing against the reference.")


def timeout_option_with(default: float, help: str) -> Any:
    """--timeout SECONDS with this default: check and watch share one, bench has its own."""
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0.1, max=3600),
        default=default,
        show_default=True,
        metavar="SECONDS",
        help=help,
    )


timeout_option = timeout_option_with(10.0, "Time limit of one kata's learner code, all its tests together.")
