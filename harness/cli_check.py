"""``kata check``: run the hidden tests and the timing of the learner's katas, and save the statuses."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click

from harness.catalog import Kata, data_dir
from harness.cli_common import (
    SLUG,
    catalog,
    kata_command,
    no_timing_option,
    open_workspace,
    seed_option,
    show_warnings,
    timeout_option,
    workspace_option,
)
from harness.cli_progress import next_step
from harness.paragraphs import say
from harness.progress import NOT_TIMED, next_kata, recorded_status, solution_seen
from harness.workspace import Workspace, digest


def save_progress(
    workspace: Workspace, statuses: dict[str, str], digests: dict[str, str | None] | None = None
) -> dict[str, Any]:
    """Remember each kata's status (and the SHA-256 of the file checked); a workspace that
    cannot be written costs a warning only.

    Returns the state with these statuses, saved or not (for the "Next:" line).
    """
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
    updates = {slug: {"status": status, "checked_at": stamp} for slug, status in statuses.items()}
    for slug, checked in (digests or {}).items():
        updates[slug]["checked_sha256"] = checked
    workspace.update_katas_or_warn(
        updates,
        f"could not save your progress in {workspace.state_dir}",
        f"{kata_command('list')} will not show these results; make the workspace writable to keep them",
    )
    state = workspace.load_state()
    for slug, fields in updates.items():
        state["katas"].setdefault(slug, {}).update(fields)
    show_warnings(workspace)
    return state


def _file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


def save_results(workspace: Workspace, results: list[Any]) -> dict[str, Any]:
    """Remember each kata's result as `kata list` shows it: a pass without timing is "pass, not timed".

    Unless the same file (the same SHA-256) already passed with timing: an untimed check of it
    (`kata grade --no-timing`) says nothing new about its speed, and takes no pass away.
    """
    recorded = workspace.load_state()["katas"]
    statuses, digests = {}, {}
    for result in results:
        slug = result.kata.slug
        digests[slug] = _file_digest(workspace.file(slug))
        status = recorded_status(result.status, result.timing is not None)
        before = recorded.get(slug, {})
        same_file = digests[slug] is not None and before.get("checked_sha256") == digests[slug]
        if status == NOT_TIMED and before.get("status") == "pass" and same_file:
            status = "pass"
        statuses[slug] = status
    return save_progress(workspace, statuses, digests)


def _unedited(workspace: Workspace, katas: dict[str, Kata]) -> dict[str, set[str]]:
    """Per kata, the digests of its stub: as `kata init` recorded it, and as rendered now."""
    from harness.render import render_stub

    recorded = workspace.load_state()["katas"]
    unedited = {}
    for slug, kata in katas.items():
        text = render_stub(kata)
        digests = {digest(text.encode()), digest(text.replace("\n", "\r\n").encode())}
        stub = recorded.get(slug, {}).get("stub_sha256")
        unedited[slug] = digests | ({stub} if isinstance(stub, str) else set())
    return unedited


def _edited_last(workspace: Workspace, katas: dict[str, Kata]) -> str:
    """The kata whose file was edited last; in a workspace of untouched stubs, the first one not passed."""
    last = workspace.last_edited(list(katas), _unedited(workspace, katas))
    if last is not None:
        return last
    present = {slug: kata for slug, kata in katas.items() if workspace.file(slug).exists()}
    if not present:
        raise click.UsageError(f"no kata files in {workspace.root}; run {kata_command('init')}")
    first = next_kata(present, workspace.load_state()) or next(iter(present.values()))
    click.echo(
        f"No kata edited yet: checking {first.slug}, the first in the catalog not passed "
        f"({kata_command('check SLUG')} checks another).",
        err=True,
    )
    return first.slug


FORMAT_OPTION = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for tools.",
)


def run_options(function: Any) -> Any:
    """The options of how learner code is run: --seed, --no-timing, --memory, --require-sandbox, --timeout."""
    options = [
        seed_option,
        no_timing_option,
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
        timeout_option,
    ]
    for option in reversed(options):
        function = option(function)
    return function


def sandbox_mode(require_sandbox: bool) -> str:
    """bubblewrap or none; a usage error when the sandbox is required and cannot run."""
    from harness import sandbox

    if require_sandbox:
        try:
            sandbox.require_sandbox()
        except sandbox.SandboxUnavailable as error:
            raise click.UsageError(str(error)) from None
    return sandbox.sandbox_mode()


def check_options(function: Any) -> Any:
    """--format, then the run options (check and grade)."""
    return FORMAT_OPTION(run_options(function))


@click.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@check_options
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
    from harness import worker, worker_pool

    workspace = open_workspace(workspace_path)
    mode = sandbox_mode(require_sandbox)
    limits = worker.Limits(memory_bytes=memory_mb * 1024**2)
    # Start the workers before loading the catalog and importing NumPy and pytest here: their
    # start-ups overlap. With no SLUG, the one kata last edited.
    count = len(set(slugs)) or 1
    worker_pool.prestart(count, limits, workspace.root)  # learners: they may import the workspace
    references = count if not no_timing and worker_pool.fresh_for_timing(count) else 0
    worker_pool.prestart(references, limits, data_dir("solutions"))  # shown as a workspace, as a learner's
    try:
        katas = catalog()
        if not slugs:
            slugs = (_edited_last(workspace, katas),)
    except BaseException:
        worker_pool.release_all()  # the prestarted workers, and their folders
        raise
    selected = [katas[slug] for slug in dict.fromkeys(slugs)]
    files = {kata.slug: workspace.file(kata.slug) for kata in selected}
    from harness.report import results_json, results_text
    from harness.runner import CheckOptions, run_check

    options = CheckOptions(seed=seed, timing=not no_timing, timeout=timeout, limits=limits)
    results = run_check(selected, files, options)
    if output_format == "json":
        click.echo(results_json(results, seed, mode))
    else:
        click.echo(results_text(results, mode), nl=False)
    state = save_results(workspace, results)
    if output_format == "text":
        for line in _after_check(katas, workspace, state, [r.kata.slug for r in results]):
            say(line)
    sys.exit(exit_code(results))


def _after_check(
    katas: dict[str, Kata], workspace: Workspace, state: dict[str, Any], slugs: list[str]
) -> list[str]:
    """The lines after a text report: solutions seen; after a pass, what to do next."""
    statuses = [state["katas"][slug]["status"] for slug in slugs]
    lines = [
        f"(you saw the reference of {slug} before passing it)" for slug in slugs if solution_seen(state, slug)
    ]
    if "not_started" in statuses:
        slug = slugs[statuses.index("not_started")]
        lines.append(f"Stuck? {kata_command(f'hint {slug}')} gives a hint.")
    if all(status == NOT_TIMED for status in statuses):
        again = kata_command(f"check {' '.join(slugs)}")
        lines.append(f"Correct, but not timed (--no-timing): {again} times it; only a timed pass counts.")
    elif all(status in ("pass", NOT_TIMED) for status in statuses):
        lines.append(next_step(katas, workspace, state, after=slugs[-1]))
    return lines


GRADER_FAULT_EXIT = 3  # beside 0 (all passed), 1 (some did not) and 2 (usage): CI tells a grader bug apart


def exit_code(results: list[Any]) -> int:
    """0 when every kata passed, 3 when the grader itself failed on one, 1 otherwise."""
    if any(result.grader_fault for result in results):
        return GRADER_FAULT_EXIT
    return 0 if all(result.status == "pass" for result in results) else 1
