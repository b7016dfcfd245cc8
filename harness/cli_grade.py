"""``kata grade``: check every (or the named) kata in parallel and write the reports CI reads.

Also ``kata schema``, the JSON Schema of the results document those reports follow.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from harness import display
from harness.catalog import Kata
from harness.cli_check import GRADER_FAULT_EXIT, check_options, exit_code, sandbox_mode, save_results
from harness.cli_common import SLUG, catalog, open_workspace, workspace_option, write_output
from harness.progress import label
from harness.workspace import os_error_reason

if TYPE_CHECKING:  # harness.results imports NumPy: not at the start of every command
    from harness.results import KataResult


def _passed_tests(result: KataResult) -> str:
    if not result.tests:
        return "-"
    return f"{sum(1 for test in result.tests if test.status == 'pass')}/{len(result.tests)}"


def _ratio(result: KataResult) -> str:
    return f"{result.timing.ratio:.2f}" if result.timing else "-"


def _table(results: list[KataResult], min_score: float) -> None:
    """The table of the text report: kata, status, tests passed, ratio, points; then the score."""
    from harness.report import status_counts, summary

    out = display.console()
    rows = [
        display.Row("kata", [Text(word) for word in ("status", "tests", "ratio", "points")], heading=True)
    ]
    for result in results:
        status = display.status_text(out, result.status)
        cells = [
            Text(_passed_tests(result)),
            Text(_ratio(result)),
            Text(f"{result.earned}/{result.kata.points}"),
        ]
        rows.append(display.Row(result.kata.slug, [status, *cells]))
    display.print_rows(out, rows)
    totals = summary(results)
    reached = "reached" if totals["score"] >= min_score else "not reached"
    katas = "kata" if totals["total"] == 1 else "katas"
    display.say(
        f"{totals['total']} {katas}: {status_counts(totals)}. Score {totals['score']:.2f} "
        f"({totals['earned']}/{display.points(totals['points'])}); --min-score {min_score:.10g} {reached}."
    )
    from harness.ci_reports import brief

    for result in results:
        if result.status not in ("pass", "not_started"):
            display.say(f"{result.kata.slug}: {brief(result)}")
    faults = [r.kata.slug for r in results if r.grader_fault]
    if faults:
        display.say(f"grader error in {', '.join(faults)}: a fault of ml-katas, not of the learner's code.")


REPORT_PATH = click.Path(dir_okay=False, path_type=Path)


class _Progress:
    """A bar on a terminal; else one plain line per kata as it finishes (on stderr)."""

    def __init__(self, total: int) -> None:
        self.total, self.count = total, 0
        self.console = display.console()
        self.console.file = sys.stderr
        self.bar: Progress | None = None
        if self.console.is_terminal:
            self.bar = Progress(
                TextColumn("grading"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=self.console,
                transient=True,
            )
            self.task = self.bar.add_task("", total=total)

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def done(self, result: KataResult) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=f"{result.kata.slug}: {label(result.status)}")
        else:
            click.echo(
                f"[{self.count}/{self.total}] {result.kata.slug}: {label(result.status)} "
                f"({_passed_tests(result)} tests, {result.duration_seconds:.2f} s)",
                err=True,
            )


def _report_folders(*paths: Path | None) -> None:
    """Create the folders the reports go to, before grading: a path that cannot be written is a
    usage error found at once, not after every kata was graded."""
    for path in paths:
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise click.UsageError(f"cannot create the folder of {path}: {os_error_reason(error)}") from None
        if not os.access(path.parent, os.W_OK):
            raise click.UsageError(f"cannot write {path}: its folder is not writable")


def _min_score(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if value != value:  # NaN passes FloatRange
        raise click.BadParameter("a number from 0 to 1", ctx, param)
    return value


def _reports(
    results: list[KataResult],
    files: dict[str, Path],
    seed: int,
    mode: str,
    json_path: Path | None,
    junit_path: Path | None,
) -> None:
    """The files CI reads: --json, --junit, the GitHub step summary; annotations on GitHub."""
    from harness import ci_reports
    from harness.report import results_json

    if json_path is not None:
        write_output(json_path, results_json(results, seed, mode) + "\n", "JSON report")
    if junit_path is not None:
        write_output(junit_path, ci_reports.junit_xml(results, seed, mode), "JUnit report")
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        write_output(Path(summary_path), ci_reports.step_summary(results, seed), "step summary", append=True)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        root = Path(os.environ.get("GITHUB_WORKSPACE") or ".")
        for line in ci_reports.annotations(results, files, root):
            click.echo(line, err=True)


def _selected(katas: dict[str, Kata], slugs: tuple[str, ...]) -> list[Kata]:
    return [katas[slug] for slug in dict.fromkeys(slugs)] if slugs else list(katas.values())


@click.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@check_options
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1, max=256),
    default=None,
    help="Katas graded at once.  [default: the number of cores]",
)
@click.option(
    "--min-score",
    type=click.FloatRange(min=0.0, max=1.0),
    default=1.0,
    show_default=True,
    callback=_min_score,
    help="Exit 0 when the score (points earned / points) reaches this.",
)
@click.option("--json", "json_path", type=REPORT_PATH, help="Write the JSON report (kata-results/1) here.")
@click.option("--junit", "junit_path", type=REPORT_PATH, help="Write JUnit XML here.")
@workspace_option
def grade(
    slugs: tuple[str, ...],
    output_format: str,
    seed: int,
    no_timing: bool,
    memory_mb: int,
    require_sandbox: bool,
    timeout: float,
    jobs: int | None,
    min_score: float,
    json_path: Path | None,
    junit_path: Path | None,
    workspace_path: Path,
) -> None:
    """Check every kata (or the named ones) in parallel, and write reports for CI.

    Exit code 0 when the score reaches --min-score, 1 when it does not, 2 for a usage
    error, 3 when the grader itself failed on a kata.
    """
    from harness import worker
    from harness.grade import default_jobs
    from harness.grade import grade as grade_katas
    from harness.report import SANDBOX_NOTE, results_json
    from harness.runner import CheckOptions

    workspace = open_workspace(workspace_path)
    mode = sandbox_mode(require_sandbox)
    _report_folders(json_path, junit_path)
    selected = _selected(catalog(), slugs)
    files = {kata.slug: workspace.file(kata.slug) for kata in selected}
    options = CheckOptions(
        seed=seed,
        timing=not no_timing,
        timeout=timeout,
        limits=worker.Limits(memory_bytes=memory_mb * 1024**2),
    )
    with _Progress(len(selected)) as progress:
        results = grade_katas(selected, files, options, jobs or default_jobs(), progress.done)
    if output_format == "json":
        click.echo(results_json(results, seed, mode))
    else:
        _table(results, min_score)
        if mode == "none":
            click.echo(SANDBOX_NOTE)
    _reports(results, files, seed, mode, json_path, junit_path)
    save_results(workspace, results)
    sys.exit(_grade_exit(results, min_score))


def _grade_exit(results: list[KataResult], min_score: float) -> int:
    """3 when the grader failed on a kata; else 0 when the score reaches min_score, 1 when not."""
    from harness.report import summary

    code = exit_code(results)
    if code == GRADER_FAULT_EXIT:
        return code
    return 0 if summary(results)["score"] >= min_score else 1


@click.command()
def schema() -> None:
    """Print the JSON Schema of the results document (kata-results/1) that check and grade write."""
    from harness.report import results_schema

    click.echo(json.dumps(results_schema(), indent=2))
