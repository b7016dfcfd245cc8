"""Stubs: every kata's starting file, rendered from one shared jinja2 template.

A kata may extend the shared template with its own ``katas/<slug>/stub.py.j2``
(``{% extends "stub.py.j2" %}``) and override its blocks.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache
from pathlib import Path

import jinja2

from harness.catalog import Kata, data_dir

TEMPLATE_DIR = Path(__file__).with_name("templates")
LINE_LENGTH = 79


def def_line(kata: Kata) -> str:
    """The ``def`` line of the stub, split one parameter a line when it is long."""
    parameters = []
    for parameter in kata.parameters:
        text = parameter.name
        if parameter.annotation:
            text += f": {parameter.annotation}"
        if parameter.default is not None:
            text += f" = {parameter.default}" if parameter.annotation else f"={parameter.default}"
        parameters.append(text)
    returns = f" -> {kata.returns}" if kata.returns else ""
    one_line = f"def {kata.slug}({', '.join(parameters)}){returns}:"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    body = "".join(f"    {parameter},\n" for parameter in parameters)
    return f"def {kata.slug}(\n{body}){returns}:"


def _wrap(text: str, indent: int = 0) -> str:
    """Wrap each paragraph to the line length, keeping blank lines between them."""
    prefix = " " * indent
    paragraphs = [p.strip() for p in text.strip().split("\n\n")]
    wrapped = [
        textwrap.fill(
            " ".join(p.split()), LINE_LENGTH - indent, initial_indent=prefix, subsequent_indent=prefix
        )
        for p in paragraphs
    ]
    return "\n\n".join(wrapped).strip()


def _indent_block(text: str, indent: int) -> str:
    lines = textwrap.dedent(text).strip("\n").splitlines()
    return "\n".join((" " * indent + line).rstrip() for line in lines).strip()


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one jinja2 environment: shared templates, then each kata's folder."""
    loader = jinja2.FileSystemLoader([str(TEMPLATE_DIR), str(data_dir("katas"))])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["wrap"] = _wrap
    env.filters["indent_block"] = _indent_block
    return env


def render_stub(kata: Kata) -> str:
    """The stub of one kata, as the text of a Python file."""
    own = kata.directory / "stub.py.j2"
    name = f"{kata.slug}/stub.py.j2" if own.is_file() else "stub.py.j2"
    template = environment().get_template(name)
    return template.render(kata=kata, def_line=def_line(kata))
