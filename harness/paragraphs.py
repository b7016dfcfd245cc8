"""Prose wrapped to the terminal's width, without rich: the check report and short messages.

Importing rich costs about 50 ms, a tenth of a `kata check`; what needs no colour or
table is wrapped here with textwrap and printed with click.
"""

from __future__ import annotations

import os
import re
import sys
import textwrap

import click

WIDTH = 80  # off a terminal (pipes, CI logs), as rich does
MIN_WIDTH = 40
COMMAND = re.compile(r"`[^`]*`")
KEEP = "\0"  # stands for a space inside a `command` while the text is wrapped


def terminal_width() -> int:
    """$COLUMNS when it is a number, else the terminal's width on a terminal, else WIDTH; never under 40.

    The rule rich's Console follows, so that plain and styled output wrap alike.
    """
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    try:
        if sys.stdout.isatty():
            return max(MIN_WIDTH, os.get_terminal_size(sys.stdout.fileno()).columns)
    except (OSError, ValueError, AttributeError):  # a closed or replaced stdout
        pass
    return WIDTH


def paragraph_lines(text: str, width: int, hanging: str = "") -> list[str]:
    """text wrapped at spaces to width, never inside a word or a `command`.

    A word or a command longer than the width has a line of its own, whole; lines
    after the first start with hanging. An empty text is one empty line.
    """
    kept = COMMAND.sub(lambda match: match.group().replace(" ", KEEP), text)
    lines = textwrap.wrap(
        kept, max(width, 1), subsequent_indent=hanging, break_long_words=False, break_on_hyphens=False
    )
    return [line.replace(KEEP, " ") for line in lines] or [""]


def say(text: str, hanging: str = "") -> None:
    """One paragraph on stdout, wrapped to terminal_width()."""
    for line in paragraph_lines(text, terminal_width(), hanging):
        click.echo(line)
