"""What the learner's commands print besides the check report: lists, progress bars, hints, code.

Printed through rich. On a terminal: colour, symbols and coloured bars; when the
output is not a terminal, or ``NO_COLOR`` is set, plain text: no colour, no
symbols, ASCII bars (``[###-------]``). Lines fit the terminal's width (or
``$COLUMNS``): a table that does not fit becomes two lines a kata, wrapped at words,
so that no word is broken. Text from the catalog is never read as rich markup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import click
from rich.console import Console
from rich.padding import Padding
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from harness.catalog import Kata
from harness.paragraphs import paragraph_lines, say  # noqa: F401 - say is part of this module's interface
from harness.progress import NOT_TIMED, Tally, label

BAR_WIDTH = 10
STYLES = {
    "pass": "green",
    NOT_TIMED: "yellow",
    "slow": "yellow",
    "fail": "red",
    "error": "red",
    "timeout": "red",
    "not_started": "dim",
    "new": "dim",
    "no file": "dim",
    "no workspace": "dim",
}
MARKS = {"pass": "✓", NOT_TIMED: "✓", "slow": "~", "fail": "✗", "error": "✗", "timeout": "✗"}


def console() -> Console:
    """A console on stdout; it reads $COLUMNS, NO_COLOR and FORCE_COLOR as it is made.

    With NO_COLOR set (to anything but ""), no style at all: no colour, no bold.
    """
    plain = os.environ.get("NO_COLOR", "") != ""
    return Console(highlight=False, emoji=False, markup=False, color_system=None if plain else "auto")


def fancy(out: Console) -> bool:
    """Colour and symbols: only on a terminal that takes colour (not NO_COLOR, not dumb) and UTF-8."""
    return out.is_terminal and out.color_system is not None and "utf" in (out.encoding or "").lower()


def points(count: int) -> str:
    """ "1 point", "3 points"."""
    return f"{count} point{'' if count == 1 else 's'}"


def bar(out: Console, done: int, total: int) -> Text:
    """A progress bar of BAR_WIDTH cells: coloured on a terminal, ``[##--]`` in plain text."""
    filled = round(BAR_WIDTH * done / total) if total else 0
    if not fancy(out):
        return Text(f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}]")
    style = "green" if done == total else "yellow"
    return Text("━" * filled, style=style) + Text("━" * (BAR_WIDTH - filled), style="grey37")


def status_text(out: Console, status: str, seen: bool = False) -> Text:
    """A kata's status in words (with its mark and colour on a terminal)."""
    words = label(status) + (", solution seen" if seen else "")
    if not fancy(out):
        return Text(words)
    mark = MARKS.get(status, "·")
    return Text(f"{mark} {words}", style=STYLES.get(status, ""))


@dataclass
class Row:
    """One line of a list: a name (bold for a section), then cells read left to right."""

    name: str
    cells: list[Text]
    heading: bool = False


GAP = 2  # spaces between the columns of a table


def _table_width(rows: list[Row]) -> int:
    columns = max(len(row.cells) for row in rows) + 1
    widths = [0] * columns
    for row in rows:
        for index, cell in enumerate([Text(row.name), *row.cells]):
            widths[index] = max(widths[index], cell.cell_len)
    return sum(widths) + GAP * (columns - 1)


def print_rows(out: Console, rows: list[Row]) -> None:
    """A borderless table when it fits the width; else each row as a name and an indented line."""
    if _table_width(rows) <= out.width:
        table = Table.grid(padding=(0, GAP))
        table.add_column(no_wrap=True)
        for index in range(max(len(row.cells) for row in rows)):
            last = index == max(len(row.cells) for row in rows) - 1
            table.add_column(no_wrap=True, justify="right" if last else "left")
        for row in rows:
            table.add_row(Text(row.name, style="bold" if row.heading else ""), *row.cells)
        out.print(table)
        return
    for row in rows:
        indent = len(row.name) - len(row.name.lstrip())
        out.print(Text(row.name, style="bold" if row.heading else ""))
        details = Text("  ").join(row.cells)
        out.print(Padding(details, (0, 0, 0, indent + 2), expand=False))


def section_row(out: Console, section: Tally) -> Row:
    """A section's line: its title, a bar, katas passed, points earned."""
    return Row(
        section.title,
        [
            bar(out, section.passed, section.total),
            Text(f"{section.passed}/{section.total} passed"),
            Text(f"{section.earned}/{points(section.points)}"),
        ],
        heading=True,
    )


def kata_row(out: Console, kata: Kata, status: str, seen: bool) -> Row:
    """A kata's line under its section: slug, difficulty in stars, status, points."""
    return Row(
        f"  {kata.slug}",
        [Text("*" * kata.difficulty), status_text(out, status, seen), Text(points(kata.points))],
    )


def summary_line(whole: Tally) -> Text:
    """The first line of `list` and `progress`: katas passed and points of the whole catalog."""
    return Text(
        f"{whole.passed} of {whole.total} katas passed, {whole.earned}/{points(whole.points)}",
        style="bold",
    )


def print_paragraph(out: Console, text: str, style: str = "", hanging: str = "") -> None:
    """Text wrapped at spaces to the console's width, never inside a word or a `command` (paragraphs)."""
    for line in paragraph_lines(text, out.width, hanging):
        out.print(Text(line, style=style), no_wrap=True, overflow="ignore", crop=False)


def print_code(out: Console, code: str) -> None:
    """Python source: highlighted on a terminal, else exactly as written (it can be redirected)."""
    if fancy(out):
        out.print(Syntax(code, "python", theme="ansi_dark", background_color="default"))
    else:
        click.echo(code, nl=not code.endswith("\n"))
