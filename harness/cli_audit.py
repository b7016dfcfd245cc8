"""``kata audit`` (maintainers): mutation testing of a kata's hidden tests."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from harness.cli_common import SLUG, catalog, workspace_option


@click.command()
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
