"""``kata bench SLUG``: a detailed timing report of one kata (per size, ratio and spread, growth)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.text import Text

from harness import display
from harness.cli_common import (
    SLUG,
    catalog,
    kata_command,
    open_workspace,
    seed_option,
    timeout_option_with,
    workspace_option,
)

if TYPE_CHECKING:  # harness.bench imports NumPy: not at the start of every command
    from harness.bench import Bench


@click.command()
@click.argument("slug", type=SLUG)
@seed_option
@timeout_option_with(60.0, "Time limit of your code, all sizes together.")
@workspace_option
def bench(slug: str, seed: int, timeout: float, workspace_path: Path) -> None:
    """Time your SLUG against the reference at several sizes: ratio, spread, growth, a chart.

    It does not check that your code is right: `kata check` does.
    """
    from harness import worker_pool
    from harness.bench import run_bench
    from harness.proxy import GraderFault, LearnerProblem
    from harness.runner import CheckOptions, learner_proxy, reference_proxy
    from harness.shortcuts import forbidden_use
    from harness.source import read_learner_file

    kata = catalog()[slug]
    workspace = open_workspace(workspace_path)
    file = workspace.file(slug)
    source, problem = read_learner_file(file)
    if source is None or (problem := forbidden_use(kata, source, file.name)):
        raise click.ClickException(problem)
    options = CheckOptions(seed=seed, timeout=timeout)
    learner, reference = learner_proxy(kata, source, file, options), reference_proxy(kata, options)
    try:
        for proxy, whose in ((learner, "your file"), (reference, "the reference")):
            loaded = proxy.load()
            if loaded.status != "loaded":
                raise click.ClickException(f"{whose} did not load: {loaded.message}")
        measured = run_bench(kata, learner, reference, seed)
    except LearnerProblem as problem:
        raise click.ClickException(f"{slug}: {problem} ({kata_command(f'check {slug}')} says more)") from None
    except GraderFault as fault:
        click.echo(f"kata bench: grader error: {fault}", err=True)
        raise SystemExit(3) from None
    finally:
        learner.close()
        reference.close()
        worker_pool.release_all()
    _print_bench(slug, measured)


def _print_bench(slug: str, measured: Bench) -> None:
    from harness.bench import chart
    from harness.report import format_seconds as seconds

    out = display.console()
    header = [Text(word) for word in ("yours", "reference", "ratio", "middle half of ratios")]
    rows = [display.Row("size", header, heading=True)]
    for size in measured.sizes:
        spread = f"{size.spread[0]:.2f}-{size.spread[1]:.2f}"
        cells = [seconds(size.learner_seconds), seconds(size.reference_seconds), f"{size.ratio:.2f}", spread]
        rows.append(display.Row(f"n={size.size}", [Text(cell) for cell in cells]))
    display.say(f"{slug}: your function against the reference (at most {measured.max_ratio:g}x slower)")
    display.print_rows(out, rows)
    if measured.learner_growth is not None:
        display.say(
            f"Growth: yours like n^{measured.learner_growth:.1f}, the reference like "
            f"n^{measured.reference_growth:.1f}."
        )
    for line in chart(measured, seconds):
        click.echo(line)
    if measured.printed_chars_per_call:
        display.say(
            f"Your function printed {measured.printed_chars_per_call:.0f} characters a call while it was "
            "timed: printing costs time, and its cost need not grow with n as the rest does."
        )
    display.say(f"This times your code; it does not check it: {kata_command(f'check {slug}')} does.")
