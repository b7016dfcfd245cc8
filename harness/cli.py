"""The ``kata`` command line: the group, its commands, and one line per error.

Each command lives in a module of its concern (cli_learn, cli_check, cli_audit);
what they share is in cli_common. This module stays thin.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import click

from harness.cli_audit import audit
from harness.cli_backups import reset, restore
from harness.cli_bench import bench
from harness.cli_check import check
from harness.cli_grade import grade, schema
from harness.cli_gradebook import gradebook
from harness.cli_learn import hint, init, list_katas, show, solution
from harness.cli_new import new
from harness.cli_progress import next_command, progress
from harness.cli_watch import watch
from harness.workspace import os_error_reason


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ml-katas", prog_name="kata")
def main() -> None:
    """ml-katas: the formulas of an ML cheat sheet as katas.

    Start with `kata init`, then `kata show softmax`, edit workspace/softmax.py,
    and `kata check softmax`.
    """


for command in (
    init,
    list_katas,
    show,
    hint,
    check,
    bench,
    grade,
    schema,
    gradebook,
    audit,
    new,
    reset,
    restore,
    watch,
    solution,
    next_command,
    progress,
):
    main.add_command(command)


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
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean exit short
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
