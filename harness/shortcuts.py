"""The static check for shortcuts: does the learner's source use a forbidden NumPy function?

A kata may name NumPy functions that do its whole job (``forbidden`` in its
``kata.toml``, such as ``numpy.var``). Before the learner's file is loaded, the
harness parses it with ``ast`` and looks for them: ``np.var(x)``, ``numpy.var``,
``from numpy import var``, a method call of the same name (``x.var()``),
``linalg.norm`` after ``from numpy import linalg``, ``getattr(np, "var")``. The
worker also refuses the calls at run time (``worker_policy.Policy.forbid``), so
a name built at run time is caught too; this check gives the line number.
"""

from __future__ import annotations

import ast

from harness.catalog import Kata
from harness.worker_policy import forbidden_message

# Names that mean NumPy modules even where the learner's file does not import them so.
DEFAULT_ALIASES = {"np": "numpy", "numpy": "numpy", "linalg": "numpy.linalg"}


def _aliases(tree: ast.AST) -> dict[str, str]:
    """What each imported name stands for, as a dotted name ("la" -> "numpy.linalg")."""
    aliases = dict(DEFAULT_ALIASES)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
                else:
                    top = alias.name.partition(".")[0]
                    aliases[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


class _Finder:
    """Finds the first use of a forbidden name in one parsed file."""

    def __init__(self, forbidden: tuple[str, ...], aliases: dict[str, str]) -> None:
        self.forbidden = set(forbidden)
        self.by_last_name = {name.rpartition(".")[2]: name for name in forbidden}
        self.aliases = aliases

    def resolve(self, node: ast.AST) -> str | None:
        """The dotted name an expression stands for (``np.linalg.norm``), if it is one."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def use(self, node: ast.AST) -> str | None:
        """The forbidden name this node uses, or None."""
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            imported = [f"{node.module}.{alias.name}" for alias in node.names]
            return next((name for name in imported if name in self.forbidden), None)
        if isinstance(node, (ast.Name, ast.Attribute)) and self.resolve(node) in self.forbidden:
            return self.resolve(node)
        if not isinstance(node, ast.Call):
            return None
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr in self.by_last_name:
            receiver = self.resolve(function.value)
            if receiver is None or receiver.partition(".")[0] == "numpy":  # x.var(), np.var()
                return self.by_last_name[function.attr]
        if isinstance(function, ast.Name) and function.id == "getattr" and len(node.args) >= 2:
            owner, attribute = self.resolve(node.args[0]), node.args[1]
            if owner and isinstance(attribute, ast.Constant) and isinstance(attribute.value, str):
                dotted = f"{owner}.{attribute.value}"
                return dotted if dotted in self.forbidden else None
        return None


def forbidden_use(kata: Kata, source: str, filename: str = "your file") -> str | None:
    """A message naming the first forbidden NumPy function the source uses, or None."""
    if not kata.forbidden:
        return None
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None  # the worker reports the syntax error with its line
    finder = _Finder(kata.forbidden, _aliases(tree))
    found = [
        (node.lineno, node.col_offset, name)
        for node in ast.walk(tree)
        if hasattr(node, "lineno") and (name := finder.use(node)) is not None
    ]
    if not found:
        return None
    line, _, name = min(found)
    code = source.splitlines()[line - 1].strip()
    quoted = f"{code[:77]}..." if len(code) > 80 else code
    return f"{filename}, line {line} (`{quoted}`): {forbidden_message(name)}"
