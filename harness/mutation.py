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
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# Each operator becomes every other of its family (as mutmut and cosmic-ray's "replace
# binary operator" do): the first replacement listed is the classic one.
ARITHMETIC = {
    ast.Add: (ast.Sub, ast.Mult, ast.Div),
    ast.Sub: (ast.Add, ast.Mult, ast.Div),
    ast.Mult: (ast.Div, ast.Add, ast.Sub),
    ast.Div: (ast.Mult, ast.FloorDiv, ast.Add, ast.Sub),
    ast.Pow: (ast.Mult,),
    ast.FloorDiv: (ast.Div, ast.Mult),
    ast.Mod: (ast.FloorDiv,),
}
COMPARISON = {
    ast.Lt: (ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq),
    ast.LtE: (ast.Lt, ast.Gt, ast.GtE, ast.Eq, ast.NotEq),
    ast.Gt: (ast.GtE, ast.Lt, ast.LtE, ast.Eq, ast.NotEq),
    ast.GtE: (ast.Gt, ast.Lt, ast.LtE, ast.Eq, ast.NotEq),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
}
BOOLEAN = {ast.And: ast.Or, ast.Or: ast.And}
SWAPPED_FUNCTIONS = {
    "max": "min",
    "min": "max",
    "amax": "amin",
    "amin": "amax",
    "sum": "mean",
    "mean": "sum",
    "maximum": "minimum",
    "minimum": "maximum",
    "argmax": "argmin",
    "argmin": "argmax",
}
REMOVED_FUNCTIONS = {"sqrt"}  # np.sqrt(x) -> x, math.sqrt(x) -> x
REMOVED_KEYWORDS = ("keepdims", "axis", "dtype", "out", "where", "copy")
AXIS_VALUES = (-1, 0, 1, -2, None)
SUBSCRIPT_PARTS = (ast.Slice, ast.Constant)  # ':' and None / ... in x[:, None]
KEY_SEGMENT_CHARS = 120
NOT_LITERAL = object()  # what _literal gives for an expression that is not a constant


@dataclass(frozen=True)
class Mutant:
    """One single-change mutant of a module."""

    key: str  # operator, original and mutated text, enclosing statement: no line number
    line: int  # where the change is, in the original source
    operator: str
    source: str  # the whole mutated module


@dataclass(frozen=True)
class _Change:
    operator: str
    build: Callable[[ast.AST], ast.AST]  # a copy of the node changed -> its replacement


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _literal(node: ast.AST) -> object:
    """The value of a constant such as ``1``, ``-1``, ``None`` or ``False``; else NOT_LITERAL."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = node.operand
        if isinstance(inner, ast.Constant) and _number(inner.value):
            return -inner.value
    return NOT_LITERAL


def _constant_node(value: object) -> ast.expr:
    if _number(value) and value < 0:
        return ast.UnaryOp(op=ast.USub(), operand=ast.Constant(-value))
    return ast.Constant(value)


def _setting(name: str, value: object) -> Callable[[ast.AST], ast.AST]:
    """A change that sets one field of the node (an operator instance, a constant's value)."""

    def build(copied: ast.AST) -> ast.AST:
        setattr(copied, name, value)
        return copied

    return build


def _operator_changes(node: ast.AST) -> Iterator[_Change]:
    if isinstance(node, (ast.BinOp, ast.AugAssign)):
        for replacement in ARITHMETIC.get(type(node.op), ()):
            yield _Change("arithmetic", _setting("op", replacement()))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield _Change("arithmetic", lambda copied: copied.operand)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield _Change("comparison", lambda copied: copied.operand)
    if isinstance(node, ast.Compare):
        for index, operator in enumerate(node.ops):
            for replacement in COMPARISON.get(type(operator), ()):
                yield _Change("comparison", _replace_op(index, replacement))
    if isinstance(node, ast.BoolOp):
        yield _Change("boolean", _setting("op", BOOLEAN[type(node.op)]()))


def _replace_op(index: int, kind: type) -> Callable[[ast.AST], ast.AST]:
    def build(copied: ast.AST) -> ast.AST:
        copied.ops[index] = kind()
        return copied

    return build


def _constant_changes(node: ast.AST) -> Iterator[_Change]:
    if not isinstance(node, ast.Constant) or not _number(node.value):
        return
    value = node.value
    replacements = [value + 1, value - 1]
    if value != 0:
        replacements += [type(value)(0), -value]
    if isinstance(value, float) and value != 0:
        replacements += [value * 10, value / 10]
    for replacement in dict.fromkeys(replacements):
        yield _Change("constant", _setting("value", replacement))


def _call_name(node: ast.Call) -> str | None:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return None


def _call_changes(node: ast.AST) -> Iterator[_Change]:
    if not isinstance(node, ast.Call):
        return
    for index, keyword in enumerate(node.keywords):
        if keyword.arg == "axis":
            current = _literal(keyword.value)
            for value in AXIS_VALUES:
                if current is NOT_LITERAL or value != current:
                    yield _Change("axis", _keyword_value(index, value))
        if keyword.arg in REMOVED_KEYWORDS:
            yield _Change("keyword", _without_keyword(index))
    name = _call_name(node)
    if name in SWAPPED_FUNCTIONS:
        yield _Change("function", _renamed(SWAPPED_FUNCTIONS[name]))
    if name in REMOVED_FUNCTIONS and len(node.args) == 1 and not node.keywords:
        yield _Change("function", lambda copied: copied.args[0])
    yield from _copy_changes(node, name)
    if name == "where" and len(node.args) == 3 and not node.keywords:

        def swapped(copied: ast.AST) -> ast.AST:
            copied.args[1], copied.args[2] = copied.args[2], copied.args[1]
            return copied

        yield _Change("where", swapped)


def _keyword_value(index: int, value: object) -> Callable[[ast.AST], ast.AST]:
    def build(copied: ast.AST) -> ast.AST:
        copied.keywords[index].value = _constant_node(value)
        return copied

    return build


def _without_keyword(index: int) -> Callable[[ast.AST], ast.AST]:
    def build(copied: ast.AST) -> ast.AST:
        del copied.keywords[index]
        return copied

    return build


def _renamed(name: str) -> Callable[[ast.AST], ast.AST]:
    def build(copied: ast.AST) -> ast.AST:
        if isinstance(copied.func, ast.Attribute):
            copied.func.attr = name
        else:
            copied.func.id = name
        return copied

    return build


def _copy_changes(node: ast.Call, name: str | None) -> Iterator[_Change]:
    """``x.copy()``, ``np.copy(x)`` and ``np.array(x)`` (which copies by default) become ``x``."""
    function = node.func
    if not isinstance(function, ast.Attribute):
        return
    if name == "copy" and not node.args and not node.keywords:
        yield _Change("copy", lambda copied: copied.func.value)
        return
    numpy = isinstance(function.value, ast.Name) and function.value.id in ("np", "numpy")
    copies = all(k.arg != "copy" or _literal(k.value) is not False for k in node.keywords)
    if numpy and name in ("copy", "array") and len(node.args) == 1 and copies:
        yield _Change("copy", lambda copied: copied.args[0])


def _subscript_changes(node: ast.AST) -> Iterator[_Change]:
    """``x[:, None]`` -> ``x[None, :]``: only for indices made of ``:``, ``None`` and ``...``."""
    if not isinstance(node, ast.Subscript) or not isinstance(node.slice, ast.Tuple):
        return
    parts = node.slice.elts
    simple = all(isinstance(part, SUBSCRIPT_PARTS) for part in parts)
    plain = all(not isinstance(p, ast.Slice) or (p.lower, p.upper, p.step) == (None,) * 3 for p in parts)
    constants_ok = all(not isinstance(p, ast.Constant) or p.value in (None, ...) for p in parts)
    if simple and plain and constants_ok and len(parts) == 2 and ast.dump(parts[0]) != ast.dump(parts[1]):

        def build(copied: ast.AST) -> ast.AST:
            copied.slice.elts.reverse()
            return copied

        yield _Change("subscript", build)


def _raise_guard_changes(node: ast.AST) -> Iterator[_Change]:
    if isinstance(node, ast.If) and not node.orelse and len(node.body) == 1:
        if isinstance(node.body[0], ast.Raise):
            yield _Change("raise-guard", lambda copied: ast.Pass())


def _statement_changes(node: ast.AST) -> Iterator[_Change]:
    """An assignment or a call on its own line, removed (``pass``): a step a learner forgot."""
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) or (
        isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
    ):
        yield _Change("statement", lambda copied: ast.Pass())


OPERATORS = (
    _operator_changes,
    _constant_changes,
    _call_changes,
    _subscript_changes,
    _raise_guard_changes,
    _statement_changes,
)


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


def _apply(tree: ast.Module, target: ast.AST, change: _Change, shown: ast.AST) -> tuple[ast.Module, ast.AST]:
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
            if _number(node.operand.value):
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
