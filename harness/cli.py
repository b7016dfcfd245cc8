"""The ``kata`` command line: parses options, calls the harness, prints."""

from __future__ import annotations

import difflib
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import click

from harness.catalog import CatalogError, Kata, load_catalog
from harness.workspace import DEFAULT_WORKSPACE, Workspace, file_in_the_way, os_error_reason


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ml-katas")
def main() -> None:
    """ml-katas: the formulas of an ML cheat sheet as katas.

    Start with `kata init`, then `kata show softmax`, edit workspace/softmax.py,
    and `kata check softmax`.
    """


@main.command()
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


@main.command(name="list")
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


@main.command()
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


@main.command()
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


def _save_progress(workspace: Workspace, statuses: dict[str, str]) -> None:
    """Remember each kata's status; a workspace that cannot be written costs a warning only."""
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
    workspace.update_katas_or_warn(
        {slug: {"status": status, "checked_at": stamp} for slug, status in statuses.items()},
        f"could not save your progress in {workspace.state_dir}",
        "`kata list` will not show these results; make the workspace writable to keep them",
    )
    show_warnings(workspace)


def _check_options(function: Any) -> Any:
    options = [
        click.option(
            "--format",
            "output_format",
            type=click.Choice(["text", "json"]),
            default="text",
            show_default=True,
            help="text for people, json for tools.",
        ),
        click.option(
            "--seed",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help="Seed of the hidden tests' random inputs.",
        ),
        click.option("--no-timing", is_flag=True, help="Skip timing against the reference."),
        click.option(
            "--memory",
            "memory_mb",
            type=click.IntRange(min=256, max=1024 * 1024),
            default=2048,
            show_default=True,
            metavar="MB",
            help="Memory limit of the process running learner code.",
        ),
        click.option(
            "--require-sandbox",
            is_flag=True,
            help="Refuse to run learner code outside bubblewrap (for graders; see SECURITY.md).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0.1, max=3600),
            default=10.0,
            show_default=True,
            metavar="SECONDS",
            help="Time limit of one kata's learner code, all its tests together.",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@main.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@_check_options
@workspace_option
def check(
    slugs: tuple[str, ...],
    output_format: str,
    seed: int,
    no_timing: bool,
    memory_mb: int,
    require_sandbox: bool,
    timeout: float,
    workspace_path: Path,
) -> None:
    """Run the hidden tests and the timing; with no SLUG, the kata last edited."""
    from harness import sandbox, worker

    katas = catalog()
    workspace = open_workspace(workspace_path)
    if require_sandbox:
        try:
            sandbox.require_sandbox()
        except sandbox.SandboxUnavailable as error:
            raise click.UsageError(str(error)) from None
    mode = sandbox.sandbox_mode()
    if not slugs:
        last = workspace.last_edited(list(katas))
        if last is None:
            raise click.UsageError(f"no kata files in {workspace.root}; run `kata init`")
        slugs = (last,)
    selected = [katas[slug] for slug in dict.fromkeys(slugs)]
    files = {kata.slug: workspace.file(kata.slug) for kata in selected}
    limits = worker.Limits(memory_bytes=memory_mb * 1024**2)
    # Start the workers before importing NumPy and pytest here: their start-ups overlap.
    worker.prestart(len(selected), limits, workspace.root)  # learners: they may import the workspace
    worker.prestart(len(selected) if not no_timing and len(selected) <= 2 else 0, limits)  # references
    from harness.report import results_json, results_text
    from harness.runner import CheckOptions, run_check

    options = CheckOptions(seed=seed, timing=not no_timing, timeout=timeout, limits=limits)
    results = run_check(selected, files, options)
    if output_format == "json":
        click.echo(results_json(results, seed, mode))
    else:
        click.echo(results_text(results, mode), nl=False)
    _save_progress(workspace, {r.kata.slug: r.status for r in results})
    sys.exit(exit_code(results))


GRADER_FAULT_EXIT = 3  # beside 0 (all passed), 1 (some did not) and 2 (usage): CI tells a grader bug apart


def exit_code(results: list[Any]) -> int:
    """0 when every kata passed, 3 when the grader itself failed on one, 1 otherwise."""
    if any(result.grader_fault for result in results):
        return GRADER_FAULT_EXIT
    return 0 if all(result.status == "pass" for result in results) else 1


@main.command()
@click.argument("slugs", nargs=-1, required=True, type=SLUG)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Processes (default: the cores).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=5.0, help="Seconds per mutant (5).")
@workspace_option
def audit(
    slugs: tuple[str, ...], output_format: str, jobs: int | None, timeout: float, workspace_path: Path
) -> None:
    """Mutation testing of hidden tests (maintainers): every mutant of the reference must fail them."""
    from harness import audit as audits

    katas = catalog()
    options = audits.AuditOptions(jobs=jobs or audits.default_jobs(), timeout=timeout)
    started = time.monotonic()
    reports = audits.run_audits([katas[slug] for slug in dict.fromkeys(slugs)], options)
    if output_format == "json":
        click.echo(audits.report_json(reports))
    else:
        click.echo(audits.report_text(reports, options.jobs, time.monotonic() - started), nl=False)
    sys.exit(audits.exit_code(reports))


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def run() -> None:
    """The console script: click's main, with one line per error and no traceback.

    SIGTERM is handled as Ctrl-C, so that a killed run still closes its workers,
    removes their files and leaves the state consistent.
    """
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        code = main.main(prog_name="kata", standalone_mode=False)
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx else "kata"
        click.echo(f"{command}: {error.format_message()} (see `{command} --help`)", err=True)
        sys.exit(error.exit_code)
    except click.ClickException as error:
        click.echo(f"kata: {error.format_message()}", err=True)
        sys.exit(error.exit_code)
    except (KeyboardInterrupt, click.Abort):
        click.echo("kata: interrupted; nothing was left running", err=True)
        sys.exit(130)
    except OSError as error:
        if os.environ.get("KATA_DEBUG"):
            raise
        click.echo(
            f"kata: {os_error_reason(error)}; check that this path exists and that you may use it "
            "(set KATA_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(1)
    except Exception as error:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("KATA_DEBUG"):
            raise
        click.echo(
            f"kata: internal error: {type(error).__name__}: {error} "
            "(set KATA_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
