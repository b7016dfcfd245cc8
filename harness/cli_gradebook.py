"""``kata gradebook``: grade a class's workspaces into a CSV; ``kata gradebook merge`` joins shards."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from harness.cli_check import GRADER_FAULT_EXIT, run_options, sandbox_mode
from harness.cli_common import SLUG, catalog, write_output
from harness.gradebook import (
    GradebookError,
    Learner,
    catalog_digest,
    check_mergeable,
    gradebook_csv,
    in_shard,
    learner_document,
    learners,
    parse_shard,
    printable,
    private_folder,
    read_reports,
    relabel,
    snapshot,
)
from harness.workspace import os_error_reason

OUT = click.Path(dir_okay=False, writable=True, path_type=Path)


class _GradebookGroup(click.Group):
    """`kata gradebook DIR ...` grades; `kata gradebook merge ...` merges."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["grade", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_GradebookGroup)
def gradebook() -> None:
    """Grade every learner's workspace under a folder (instructors); `merge` joins shards.

    \b
    kata gradebook SUBMISSIONS --out grades.csv [--reports DIR] [--shard K/N]
    kata gradebook merge REPORTS... --out grades.csv
    """


def _learner_line(count: int, total: int, learner: Learner, results: list[Any]) -> str:
    from harness.report import summary

    totals = summary(results)
    earned = f"{totals['earned']}/{totals['points']}"
    return f"[{count}/{total}] {printable(learner.name)}: score {totals['score']:.2f} ({earned})"


@gradebook.command("grade")
@click.argument("submissions", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", "out", type=OUT, required=True, help="The gradebook CSV to write.")
@click.option(
    "--reports",
    "reports",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for each learner's JSON report.  [default: OUT's name + '-reports']",
)
@click.option("--shard", default=None, metavar="K/N", help="Grade only shard K of N of the learners.")
@click.option(
    "--kata",
    "-k",
    "only",
    multiple=True,
    type=SLUG,
    help="Grade only this kata (repeat it: an assignment's katas); default: every kata.",
)
@click.option("-j", "--jobs", type=click.IntRange(min=1, max=256), default=None, help="Katas graded at once.")
@click.option(
    "--allow-no-sandbox",
    is_flag=True,
    help="Grade even where bubblewrap cannot run (learners could then read each other's files).",
)
@run_options
def grade_class(
    submissions: Path,
    out: Path,
    reports: Path | None,
    shard: str | None,
    only: tuple[str, ...],
    jobs: int | None,
    allow_no_sandbox: bool,
    seed: int,
    no_timing: bool,
    memory_mb: int,
    require_sandbox: bool,
    timeout: float,
) -> None:
    """Grade every learner's workspace under SUBMISSIONS into a CSV and one JSON report each."""
    from harness import worker
    from harness.runner import CheckOptions

    skipped: list[str] = []
    try:
        part = parse_shard(shard) if shard is not None else None
        chosen = [one for one in learners(submissions, skipped) if part is None or in_shard(one.name, part)]
    except GradebookError as error:
        raise click.UsageError(str(error)) from None
    for name in skipped:
        click.echo(
            f"warning: {printable(str(submissions / name))} is a symbolic link: not graded, no row", err=True
        )
    if not chosen and part is None:
        raise click.UsageError(f"no learner folders in {submissions}: it should hold one folder per learner")
    reports = reports or out.with_name(out.stem + "-reports")
    _prepare_outputs(submissions, out, reports, {learner.name for learner in chosen})
    mode = _class_sandbox(require_sandbox, allow_no_sandbox)
    limits = worker.Limits(memory_bytes=memory_mb * 1024**2)
    options = CheckOptions(seed=seed, timing=not no_timing, timeout=timeout, limits=limits)
    grading = {"timing": not no_timing, "timeout": timeout, "memory_mb": memory_mb}
    katas = {slug: kata for slug, kata in catalog().items() if not only or slug in only}
    documents = _grade_learners(chosen, katas, options, jobs, (seed, mode, grading))
    for document in documents:
        write_output(reports / f"{document['learner']}.json", json.dumps(document, indent=2) + "\n")
    write_output(out, gradebook_csv(documents, list(katas)))
    click.echo(f"{len(chosen)} learner(s) graded: {out}, reports in {reports}")
    faults = any(kata["grader_fault"] for document in documents for kata in document["katas"])
    sys.exit(GRADER_FAULT_EXIT if faults else 0)


def _class_sandbox(require_sandbox: bool, allow_no_sandbox: bool) -> str:
    """The sandbox a class is graded in: required, unless --allow-no-sandbox (then a warning)."""
    try:
        mode = sandbox_mode(require_sandbox or not allow_no_sandbox)
    except click.UsageError as error:
        raise click.UsageError(
            f"{error.message}. Without it, a learner's code can read classmates' files and your "
            "environment: install bubblewrap, or pass --allow-no-sandbox to grade anyway"
        ) from None
    if mode == "none":
        click.echo("warning: no sandbox: learners' code can read each other's files (SECURITY.md)", err=True)
    return mode


def _prepare_outputs(submissions: Path, out: Path, reports: Path, names: set[str]) -> None:
    """Refuse outputs inside the submissions; create their folders; warn of stale reports."""
    inside = submissions.resolve()
    for path, option in ((out, "--out"), (reports, "--reports")):
        if path.resolve() == inside or inside in path.resolve().parents:
            raise click.UsageError(
                f"{option} {path} is inside {submissions}: the next gradebook would grade it"
            )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        reports.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.UsageError(
            f"cannot create the folder of {error.filename}: {os_error_reason(error)}"
        ) from None
    stale = sorted(path.stem for path in reports.glob("*.json") if path.stem not in names)
    if stale:
        click.echo(
            f"warning: {reports} also holds reports of {len(stale)} learner(s) not graded now "
            f"({', '.join(stale[:3])}{', ...' if len(stale) > 3 else ''}); `gradebook merge {reports}` "
            "would include them",
            err=True,
        )


def _grade_learners(
    chosen: list[Learner], katas: dict, options: Any, jobs: int | None, run: tuple
) -> list[dict[str, Any]]:
    """Each learner's report, graded from snapshots in one pool; a line on stderr per learner done."""
    from harness.grade import default_jobs, grade_tasks

    seed, mode, grading = run
    digest = catalog_digest(katas)
    kata_files = {f"{slug}.py" for slug in katas}
    with private_folder() as folder:
        tasks, owners, left_out = [], [], []
        for index, learner in enumerate(chosen):
            left_out.append(snapshot(learner, Path(folder) / str(index), kata_files))
            tasks.extend((kata, Path(folder) / str(index) / f"{kata.slug}.py") for kata in katas.values())
            owners.extend([index] * len(katas))
        per_learner: dict[int, list[Any]] = {index: [] for index in range(len(chosen))}
        finished = [0]  # learners whose every kata is graded

        def done(task: int, result: Any) -> None:
            mine = per_learner[owners[task]]
            mine.append(result)
            if len(mine) == len(katas):
                finished[0] += 1
                click.echo(_learner_line(finished[0], len(chosen), chosen[owners[task]], mine), err=True)

        results = grade_tasks(tasks, options, jobs or default_jobs(), done)
        documents = []
        for index, learner in enumerate(chosen):
            mine = results[index * len(katas) : (index + 1) * len(katas)]
            document = learner_document(learner.name, mine, seed, mode, digest, grading)
            shown = learner.workspace.as_posix()  # as the instructor named it
            documents.append(relabel(document, Path(folder) / str(index), shown, left_out[index]))
    return documents


@gradebook.command("merge")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", type=OUT, required=True, help="The gradebook CSV to write.")
def merge(paths: tuple[Path, ...], out: Path) -> None:
    """Join the JSON reports of gradebook shards, files or folders of them, into one gradebook CSV.

    Merge trusts its reports: join the ones your own gradebook runs wrote, not a learner's.
    """
    from harness.report import SCHEMA

    try:
        documents = read_reports(list(paths))
        for document in documents:
            if document.get("schema") != SCHEMA:
                raise GradebookError(
                    f"{document['_file']} is a {document.get('schema')!r} report, not {SCHEMA}"
                )
        check_mergeable(documents)
    except GradebookError as error:
        raise click.UsageError(str(error)) from None
    slugs = list(dict.fromkeys(kata["slug"] for document in documents for kata in document["katas"]))
    write_output(out, gradebook_csv(documents, slugs))
    click.echo(f"{len(documents)} learner(s) merged into {out}")
