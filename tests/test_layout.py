"""The shape of harness/ that CONTRIBUTING.md asks for: one module per concern, split by
meaning before a module passes 400 lines or a function 50."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "harness"
MODULES = sorted(HARNESS.glob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_module_is_at_most_400_lines(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{module.name} has {lines} lines: split it by meaning"


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_functions_are_at_most_50_lines(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{module.name}: {', '.join(long)}"
