"""``kata watch``: re-check a kata each time its file is saved (the loop is in harness.watch)."""

from __future__ import annotations

import contextlib
import shlex
import sys
from pathlib import Path

import click

from harness.cli_common import (
    SLUG,
    catalog,
    no_timing_option,
    open_workspace,
    seed_option,
    timeout_option,
    workspace_option,
)
from harness.workspace import DEFAULT_WORKSPACE


@click.command()
@click.argument("slug", required=False, type=SLUG)
@seed_option
@no_timing_option
@timeout_option
@click.option(
    "--poll",
    is_flag=True,
    help="Look at the files every 0.3 s instead of waiting for change events "
    "(WSL on a Windows drive, network folders).",
)
@workspace_option
def watch(
    slug: str | None, seed: int, no_timing: bool, timeout: float, poll: bool, workspace_path: Path
) -> None:
    """Re-check a kata each time its file is saved; with no SLUG, whichever kata file is saved.

    r+Enter re-runs the check by hand, q+Enter or Ctrl-C stops watching.
    """
    from harness import worker_pool
    from harness.catalog import data_dir
    from harness.cli import ignore_stops, interrupted_code
    from harness.cli_check import save_results
    from harness.runner import CheckOptions
    from harness.watch import Watch, run_watch

    katas = catalog()
    workspace = open_workspace(workspace_path)
    again = "" if workspace_path == Path(DEFAULT_WORKSPACE) else f" -w {shlex.quote(str(workspace_path))}"
    options = CheckOptions(seed=seed, timing=not no_timing, timeout=timeout)
    session = Watch(workspace, katas, slug, options, save=save_results, again=again)
    # A check after a save takes workers started while the learner was editing.
    worker_pool.keep_started(options.limits, workspace.root)
    if options.timing:
        worker_pool.keep_started(options.limits, data_dir("solutions"))  # as reference_proxy's
    try:
        code = run_watch(session, poll)
    except KeyboardInterrupt:
        ignore_stops()
        code = interrupted_code()
    finally:
        worker_pool.stop_keeping()
    with contextlib.suppress(OSError):  # the terminal may be gone (SIGHUP)
        click.echo("\nstopped watching" if code >= 128 else "stopped watching")
    sys.exit(code)
