"""The mutation operators of ``kata audit``: which single changes a node of a reference may get.

Each operator takes an AST node and yields ``Change``s: a name ("arithmetic",
"comparison", "constant", "axis", "keyword", "function", "copy", "subscript",
"where", "raise-guard", "statement") and a function that builds the changed node
from a copy. ``harness.mutation`` walks a module, applies them one at a time and
names each mutant.
"""

from __future__ import annotations

import ast
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
NOT_LITERAL = object()  # what _literal gives for an expression that is not a constant


@dataclass(frozen=True)
class Change:
    operator: str
    build: Callable[[ast.AST], ast.AST]  # a copy of the node changed -> its replacement


def number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _literal(node: ast.AST) -> object:
    """The value of a constant such as ``1``, ``-1``, ``None`` or ``False``; else NOT_LITERAL."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = node.operand
        if isinstance(inner, ast.Constant) and number(inner.value):
            return -inner.value
    return NOT_LITERAL


def _constant_node(value: object) -> ast.expr:
    if number(value) and value < 0:
        return ast.UnaryOp(op=ast.USub(), operand=ast.Constant(-value))
    return ast.Constant(value)


def _setting(name: str, value: object) -> Callable[[ast.AST], ast.AST]:
    """A change that sets one field of the node (an operator instance, a constant's value)."""

    def build(copied: ast.AST) -> ast.AST:
        setattr(copied, name, value)
        return copied

    return build


def _operator_changes(node: ast.AST) -> Iterator[Change]:
    if isinstance(node, (ast.BinOp, ast.AugAssign)):
        for replacement in ARITHMETIC.get(type(node.op), ()):
            yield Change("arithmetic", _setting("op", replacement()))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield Change("arithmetic", lambda copied: copied.operand)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield Change("comparison", lambda copied: copied.operand)
    if isinstance(node, ast.Compare):
        for index, operator in enumerate(node.ops):
            for replacement in COMPARISON.get(type(operator), ()):
                yield Change("comparison", _replace_op(index, replacement))
    if isinstance(node, ast.BoolOp):
        yield Change("boolean", _setting("op", BOOLEAN[type(node.op)]()))


def _replace_op(index: int, kind: type) -> Callable[[ast.AST], ast.AST]:
    def build(copied: ast.AST) -> ast.AST:
        copied.ops[index] = kind()
        return copied

    return build


def _constant_changes(node: ast.AST) -> Iterator[Change]:
    if not isinstance(node, ast.Constant) or not number(node.value):
        return
    value = node.value
    replacements = [value + 1, value - 1]
    if value != 0:
        replacements += [type(value)(0), -value]
    if isinstance(value, float) and value != 0:
        replacements += [value * 10, value / 10]
    for replacement in dict.fromkeys(replacements):
        yield Change("constant", _setting("value", replacement))


def _call_name(node: ast.Call) -> str | None:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return None


def _call_changes(node: ast.AST) -> Iterator[Change]:
    if not isinstance(node, ast.Call):
        return
    for index, keyword in enumerate(node.keywords):
        if keyword.arg == "axis":
            current = _literal(keyword.value)
            for value in AXIS_VALUES:
                if current is NOT_LITERAL or value != current:
                    yield Change("axis", _keyword_value(index, value))
        if keyword.arg in REMOVED_KEYWORDS:
            yield Change("keyword", _without_keyword(index))
    name = _call_name(node)
    if name in SWAPPED_FUNCTIONS:
        yield Change("function", _renamed(SWAPPED_FUNCTIONS[name]))
    if name in REMOVED_FUNCTIONS and len(node.args) == 1 and not node.keywords:
        yield Change("function", lambda copied: copied.args[0])
    yield from _copy_changes(node, name)
    if name == "where" and len(node.args) == 3 and not node.keywords:

        def swapped(copied: ast.AST) -> ast.AST:
            copied.args[1], copied.args[2] = copied.args[2], copied.args[1]
            return copied

        yield Change("where", swapped)


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


def _copy_changes(node: ast.Call, name: str | None) -> Iterator[Change]:
    """``x.copy()``, ``np.copy(x)`` and ``np.array(x)`` (which copies by default) become ``x``."""
    function = node.func
    if not isinstance(function, ast.Attribute):
        return
    if name == "copy" and not node.args and not node.keywords:
        yield Change("copy", lambda copied: copied.func.value)
        return
    numpy = isinstance(function.value, ast.Name) and function.value.id in ("np", "numpy")
    copies = all(k.arg != "copy" or _literal(k.value) is not False for k in node.keywords)
    if numpy and name in ("copy", "array") and len(node.args) == 1 and copies:
        yield Change("copy", lambda copied: copied.args[0])


def _subscript_changes(node: ast.AST) -> Iterator[Change]:
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

        yield Change("subscript", build)


def _raise_guard_changes(node: ast.AST) -> Iterator[Change]:
    if isinstance(node, ast.If) and not node.orelse and len(node.body) == 1:
        if isinstance(node.body[0], ast.Raise):
            yield Change("raise-guard", lambda copied: ast.Pass())


def _statement_changes(node: ast.AST) -> Iterator[Change]:
    """An assignment or a call on its own line, removed (``pass``): a step a learner forgot."""
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) or (
        isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
    ):
        yield Change("statement", lambda copied: ast.Pass())


OPERATORS = (
    _operator_changes,
    _constant_changes,
    _call_changes,
    _subscript_changes,
    _raise_guard_changes,
    _statement_changes,
)
