"""Single-change mutants of a reference solution, for ``kata audit``.

``mutants(source)`` parses a module, finds every place where one small change
makes a plausible wrong solution (an operator swapped, a constant changed, a
keyword argument dropped, a guard removed, ...), and returns one mutant per
change: the whole module with that change, unparsed. Each mutant has a key that
names the change in words and source text, without line numbers, so that a list
of equivalent mutants in ``kata.toml`` survives edits elsewhere in the file.

The module docstring, imports, docstrings, type annotations, parameter defaults
(the catalog fixes the signature; `kata check` rejects any other default) and the
insides of ``raise`` statements (messages) are never mutated. The order of the
mutants is the order of the source, then of the operators: deterministic.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator
from dataclasses import dataclass

from harness.mutation_operators import OPERATORS, Change, number

KEY_SEGMENT_CHARS = 120


@dataclass(frozen=True)
class Mutant:
    """One single-change mutant of a module."""

    key: str  # operator, original and mutated text, enclosing statement: no line number
    line: int  # where the change is, in the original source
    operator: str
    source: str  # the whole mutated module


def _is_docstring(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _children(node: ast.AST) -> Iterator[ast.AST]:
    """The children that may be mutated, in source order.

    Of a module, function or class only the body, without its docstring (no
    signature, default, decorator or base); nothing of an import, a raise or an
    f-string; of an annotated assignment, not the annotation.
    """
    if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield from (child for child in node.body if not _is_docstring(child))
    elif isinstance(node, ast.AnnAssign):
        yield from (child for child in (node.target, node.value) if child is not None)
    elif not isinstance(node, (ast.Import, ast.ImportFrom, ast.Raise, ast.JoinedStr)):
        yield from ast.iter_child_nodes(node)


def _walk(
    node: ast.AST, statement: ast.stmt | None = None, ancestors: tuple[ast.AST, ...] = ()
) -> Iterator[tuple[ast.AST, ast.stmt | None, tuple[ast.AST, ...]]]:
    """Every node that may be mutated, its innermost statement and its ancestors, in source order."""
    if isinstance(node, ast.stmt):
        statement = node
    yield node, statement, ancestors
    for child in _children(node):
        yield from _walk(child, statement, (*ancestors, node))


def _shown(node: ast.AST, ancestors: tuple[ast.AST, ...], operator: str) -> ast.AST:
    """The node a key shows: for a constant or a minus sign, the expression around it.

    ``1`` -> ``2`` says little; ``kernel < 1`` -> ``kernel < 2`` says where.
    """
    small = operator == "constant" or (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub))
    if not small:
        return node
    for ancestor in reversed(ancestors):
        if isinstance(ancestor, ast.stmt):
            return node
        if isinstance(ancestor, ast.expr) and not isinstance(ancestor, ast.UnaryOp):
            return ancestor
    return node


def _statement_text(statement: ast.stmt | None) -> str:
    """A statement as one line; a compound statement by its header only (``if x < 0:``)."""
    if statement is None:
        return ""
    text = ast.unparse(statement)
    return _one_line(text.splitlines()[0] if hasattr(statement, "body") else text)


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= KEY_SEGMENT_CHARS:
        return text
    half = (KEY_SEGMENT_CHARS - 1) // 2
    return f"{text[:half]}…{text[-half:]}"


def _segment(node: ast.AST) -> str:
    if isinstance(node, ast.stmt):
        return _statement_text(node)
    return _one_line(ast.unparse(node))


def _apply(tree: ast.Module, target: ast.AST, change: Change, shown: ast.AST) -> tuple[ast.Module, ast.AST]:
    """A copy of tree with target replaced, and the copy of the node shown (after the change)."""
    memo: dict[int, object] = {}
    copied_tree = copy.deepcopy(tree, memo)
    copied_target = memo[id(target)]
    replacement = change.build(copy.deepcopy(copied_target))
    for parent in ast.walk(copied_tree):
        for name, value in ast.iter_fields(parent):
            if value is copied_target:
                setattr(parent, name, replacement)
            elif isinstance(value, list) and any(item is copied_target for item in value):
                value[[item is copied_target for item in value].index(True)] = replacement
            else:
                continue
            return copied_tree, replacement if shown is target else memo[id(shown)]
    raise AssertionError("a mutated node has no parent")  # pragma: no cover - the walk found it


class _FoldNegatives(ast.NodeTransformer):
    """``-1`` as the constant -1, so that ``-0`` and ``0`` make one mutant, not two."""

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
            if number(node.operand.value):
                return ast.Constant(-node.operand.value)
        return node


def _meaning(tree: ast.Module) -> str:
    """What tells two mutants apart: the tree with negative constants folded."""
    return ast.dump(_FoldNegatives().visit(copy.deepcopy(tree)))


def mutants(source: str) -> list[Mutant]:
    """Every single-change mutant of source, in source order; deterministic.

    Raises SyntaxError when source does not parse. Two changes that mean the same
    module are one mutant (the first); a key that occurs twice gets " (2)" and so on.
    """
    tree = ast.parse(source)
    seen = {_meaning(tree)}
    seen_keys: dict[str, int] = {}
    found: list[Mutant] = []
    for node, statement, ancestors in _walk(tree):
        for operator in OPERATORS:
            for change in operator(node):
                shown = _shown(node, ancestors, change.operator)
                mutated_tree, shown_after = _apply(tree, node, change, shown)
                meaning = _meaning(mutated_tree)
                if meaning in seen:
                    continue
                seen.add(meaning)
                key = _key(change.operator, _segment(shown), shown_after, statement)
                seen_keys[key] = seen_keys.get(key, 0) + 1
                if seen_keys[key] > 1:
                    key = f"{key} ({seen_keys[key]})"
                mutated = ast.unparse(ast.fix_missing_locations(mutated_tree))
                found.append(Mutant(key, getattr(node, "lineno", 0), change.operator, mutated))
    return found


def _key(operator: str, before: str, after: ast.AST, statement: ast.stmt | None) -> str:
    shown_after = "pass" if isinstance(after, ast.Pass) else _segment(after)
    key = f"{operator}: `{before}` → `{shown_after}`"
    context = _statement_text(statement)
    if context and context != before:
        key += f" in `{context}`"
    return key
