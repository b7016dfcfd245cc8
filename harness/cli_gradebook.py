"""``kata gradebook``: grade a class's workspaces into a CSV; ``kata gradebook merge`` joins shards."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from harness.cli_check import run_options, sandbox_mode
from harness.cli_common import catalog
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
    private_folder,
    read_reports,
    snapshot,
)
from harness.report import SCHEMA
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


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {os_error_reason(error)}") from None


def _learner_line(count: int, total: int, learner: Learner, results: list[Any]) -> str:
    from harness.report import summary

    totals = summary(results)
    earned = f"{totals['earned']}/{totals['points']}"
    return f"[{count}/{total}] {learner.name}: score {totals['score']:.2f} ({earned})"


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
@click.option("-j", "--jobs", type=click.IntRange(min=1, max=256), default=None, help="Katas graded at once.")
@run_options
def grade_class(
    submissions: Path,
    out: Path,
    reports: Path | None,
    shard: str | None,
    jobs: int | None,
    seed: int,
    no_timing: bool,
    memory_mb: int,
    require_sandbox: bool,
    timeout: float,
) -> None:
    """Grade every learner's workspace under SUBMISSIONS into a CSV and one JSON report each."""
    from harness import worker
    from harness.grade import default_jobs, grade_tasks
    from harness.runner import CheckOptions

    try:
        part = parse_shard(shard) if shard is not None else None
        chosen = [one for one in learners(submissions) if part is None or in_shard(one.name, part)]
    except GradebookError as error:
        raise click.UsageError(str(error)) from None
    mode = sandbox_mode(require_sandbox)
    katas = catalog()
    reports = reports or out.with_name(out.stem + "-reports")
    limits = worker.Limits(memory_bytes=memory_mb * 1024**2)
    options = CheckOptions(seed=seed, timing=not no_timing, timeout=timeout, limits=limits)
    digest = catalog_digest(katas)
    documents = []
    with private_folder() as folder:
        tasks, owners = [], []
        for index, learner in enumerate(chosen):
            workspace = snapshot(learner, Path(folder) / str(index))
            for kata in katas.values():
                tasks.append((kata, workspace / f"{kata.slug}.py"))
                owners.append(index)
        per_learner: dict[int, list[Any]] = {index: [] for index in range(len(chosen))}
        finished = [0]

        def done(task: int, result: Any) -> None:
            owner = owners[task]
            per_learner[owner].append(result)
            if len(per_learner[owner]) == len(katas):
                finished[0] += 1
                click.echo(
                    _learner_line(finished[0], len(chosen), chosen[owner], per_learner[owner]), err=True
                )

        results = grade_tasks(tasks, options, jobs or default_jobs(), done)
    try:
        reports.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(f"cannot create {reports}: {os_error_reason(error)}") from None
    for index, learner in enumerate(chosen):
        mine = results[index * len(katas) : (index + 1) * len(katas)]
        documents.append(learner_document(learner.name, mine, seed, mode, digest))
        _write(reports / f"{learner.name}.json", json.dumps(documents[-1], indent=2) + "\n")
    _write(out, gradebook_csv(documents, list(katas)))
    click.echo(f"{len(chosen)} learner(s) graded: {out}, reports in {reports}")
    sys.exit(3 if any(kata["grader_fault"] for document in documents for kata in document["katas"]) else 0)


@gradebook.command("merge")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", type=OUT, required=True, help="The gradebook CSV to write.")
def merge(paths: tuple[Path, ...], out: Path) -> None:
    """Join per-shard (or per-fork) JSON reports, files or folders of them, into one gradebook CSV."""
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
    _write(out, gradebook_csv(documents, slugs))
    click.echo(f"{len(documents)} learner(s) merged into {out}")
