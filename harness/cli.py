"""The ``kata`` command line: the group, its commands, and one line per error.

Each command lives in a module of its concern (cli_learn, cli_check, cli_audit);
what they share is in cli_common. This module stays thin.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
from typing import Any

import click

from harness.workspace import os_error_reason

# Each command's module is imported only when that command runs (or --help lists it):
# `kata check` pays for the check's imports, not for rich tables, audits or watchfiles.
COMMANDS = {
    "init": "harness.cli_learn:init",
    "list": "harness.cli_learn:list_katas",
    "show": "harness.cli_learn:show",
    "hint": "harness.cli_learn:hint",
    "check": "harness.cli_check:check",
    "bench": "harness.cli_bench:bench",
    "grade": "harness.cli_grade:grade",
    "schema": "harness.cli_grade:schema",
    "gradebook": "harness.cli_gradebook:gradebook",
    "audit": "harness.cli_audit:audit",
    "new": "harness.cli_new:new",
    "reset": "harness.cli_backups:reset",
    "restore": "harness.cli_backups:restore",
    "watch": "harness.cli_watch:watch",
    "solution": "harness.cli_learn:solution",
    "next": "harness.cli_progress:next_command",
    "progress": "harness.cli_progress:progress",
}


class LazyGroup(click.Group):
    """A click group whose commands are imported on first use (click's "lazily loading subcommands")."""

    def __init__(self, *args: Any, lazy_commands: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands and cmd_name not in self.commands:
            module_name, _, attribute = self.lazy_commands[cmd_name].partition(":")
            command = getattr(importlib.import_module(module_name), attribute)
            if command.name != cmd_name:
                raise RuntimeError(f"{module_name}.{attribute} is named {command.name!r}, not {cmd_name!r}")
            self.add_command(command)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ml-katas", prog_name="kata")
def main() -> None:
    """ml-katas: the formulas of an ML cheat sheet as katas.

    Start with `kata init`, then `kata show softmax`, edit workspace/softmax.py,
    and `kata check softmax`.
    """


def _interrupt(signum: int, frame: Any) -> None:
    global _stopped_by
    _stopped_by = signum
    raise KeyboardInterrupt


_stopped_by = signal.SIGINT  # the signal that stopped the command: Ctrl-C unless SIGTERM or SIGHUP came
STOPPING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def ignore_stops() -> None:
    """Ignore Ctrl-C, SIGTERM and SIGHUP from now on: a second one must not cut a clean exit short."""
    for number in (signal.SIGINT, *STOPPING_SIGNALS):
        signal.signal(number, signal.SIG_IGN)


def interrupted_code() -> int:
    """The exit status of a command stopped by a signal, as a shell reports it: 128 + its number
    (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP, a closed terminal)."""
    return 128 + int(_stopped_by)


def run() -> None:
    """The console script: click's main, with one line per error and no traceback.

    SIGTERM and SIGHUP (the terminal closed) are handled as Ctrl-C, so that a killed run
    still closes its workers, removes their files and leaves the state consistent.
    """
    for number in STOPPING_SIGNALS:
        signal.signal(number, _interrupt)
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
        ignore_stops()
        with contextlib.suppress(OSError):  # the terminal may be gone (SIGHUP)
            click.echo("kata: interrupted; nothing was left running", err=True)
        sys.exit(interrupted_code())
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


def entry() -> None:
    """The console script and ``python -m harness``: run(), then leave without the interpreter's teardown.

    Tearing down pytest's, NumPy's and click's modules costs about 40 ms, a tenth of a
    `kata check`, and does nothing for a command that has finished: every worker is
    closed and every file written by then. stdout and stderr are flushed first.
    """
    try:
        run()
        code: Any = 0
    except SystemExit as leaving:
        code = leaving.code
    if code is None:
        code = 0
    elif not isinstance(code, int):
        click.echo(code, err=True)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`kata list | head`) or stream
            pass
    os._exit(code)
