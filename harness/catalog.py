"""The catalog: every kata's ``kata.toml``, loaded and validated.

``katas/<slug>/kata.toml`` is the single source of truth about a kata; this module
is the only reader of those files. In a built wheel ``katas/`` and ``solutions/``
live inside the ``harness`` package; in a checkout (or an editable install) they
sit beside it.
"""

from __future__ import annotations

import ast
import difflib
import importlib
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PACKAGE_DIR = Path(__file__).resolve().parent

SECTIONS = {
    "math": "Math essentials",
    "classical": "Classical ML",
    "metrics": "Metrics",
    "nn": "Neural networks",
    "optim": "Optimization",
    "cnn": "CNNs",
    "rnn": "RNNs",
    "transformers": "Transformers",
    "nlp": "NLP",
    "recsys": "Recommender systems",
    "monitoring": "ML system design",
    "snippets": "The cheat sheet's code",
}


class CatalogError(Exception):
    """A kata.toml that is missing, malformed or incomplete."""


def data_dir(name: str) -> Path:
    """The folder ``katas`` or ``solutions``: inside the package, else beside it."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


@dataclass(frozen=True)
class Parameter:
    name: str
    annotation: str | None
    default: str | None  # the default's source text, None when there is none


@dataclass(frozen=True)
class Tolerance:
    rtol: float
    atol: float
    rtol_float32: float
    atol_float32: float


@dataclass(frozen=True)
class Timing:
    bench_size: int
    bench_size_large: int | None
    max_ratio: float
    max_growth_excess: float = 0.5  # slow when the learner's exponent exceeds the reference's by more
    slow_advice: str | None = None  # what a slow right answer is told, where it is not a loop to vectorise


@dataclass(frozen=True)
class EquivalentMutant:
    """A mutant of the reference that `kata audit` may leave alive, and why."""

    mutant: str  # the mutant's key, exactly as `kata audit` prints it
    reason: str  # why no input the catalog allows tells it from the reference


@dataclass(frozen=True)
class Kata:
    slug: str
    title: str
    section: str
    difficulty: int
    points: int
    signature: str
    parameters: tuple[Parameter, ...]
    returns: str | None
    docstring: str
    example: str
    formula: str
    description: str
    hints: tuple[str, ...]
    tolerance: Tolerance
    timing: Timing
    directory: Path
    forbidden: tuple[str, ...] = ()  # NumPy functions that do the kata's whole job
    equivalent_mutants: tuple[EquivalentMutant, ...] = ()  # [[equivalent_mutants]] tables

    @property
    def section_title(self) -> str:
        return SECTIONS[self.section]

    @property
    def solution_path(self) -> Path:
        return data_dir("solutions") / f"{self.slug}.py"

    @property
    def bench_path(self) -> Path:
        return self.directory / "bench.py"

    @property
    def test_paths(self) -> list[Path]:
        return sorted(self.directory.glob("test_*.py"))


class _Fields:
    """Reads typed fields from one table of a kata.toml, naming the file on error."""

    def __init__(self, path: Path, table: dict[str, Any], where: str = "") -> None:
        self.path, self.table, self.where = path, table, where

    def error(self, message: str) -> CatalogError:
        place = f"[{self.where}] " if self.where else ""
        return CatalogError(f"{self.path}: {place}{message} (see katas/softmax/kata.toml)")

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.table:
            if default is not ...:
                return default
            raise self.error(f"has no {key}; add one")
        value = self.table[key]
        if isinstance(value, bool) or not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.error(f"{key} must be {names}, not {type(value).__name__}")
        return value

    def text(self, key: str) -> str:
        value = self.get(key, str).strip()
        if not value:
            raise self.error(f"{key} is empty; write it")
        return value

    def number(self, key: str, low: float, default: Any = ...) -> float:
        value = self.get(key, (int, float), default)
        if value is not None and value < low:
            raise self.error(f"{key} must be at least {low}, not {value}")
        return value

    def table_of(self, key: str) -> _Fields:
        return _Fields(self.path, self.get(key, dict), key)


def parse_signature(slug: str, signature: str) -> tuple[tuple[Parameter, ...], str | None]:
    """Parse ``name(arg: type = default, ...) -> type`` with the ast module."""
    source = f"def {signature}:\n    pass\n"
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise ValueError(f"signature is not valid Python ({error.msg})") from None
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    if function.name != slug:
        raise ValueError(f"signature names {function.name}, not the slug {slug}")
    arguments = function.args
    if arguments.vararg or arguments.kwarg or arguments.posonlyargs or arguments.kwonlyargs:
        raise ValueError("signature may only have plain parameters")
    defaults = [None] * (len(arguments.args) - len(arguments.defaults)) + list(arguments.defaults)
    parameters = tuple(
        Parameter(
            name=argument.arg,
            annotation=ast.unparse(argument.annotation) if argument.annotation else None,
            default=ast.get_source_segment(source, default) if default is not None else None,
        )
        for argument, default in zip(arguments.args, defaults)
    )
    returns = ast.unparse(function.returns) if function.returns else None
    return parameters, returns


def _forbidden(fields: _Fields) -> tuple[str, ...]:
    """The optional ``forbidden`` list: dotted names of NumPy functions that exist."""
    names = fields.get("forbidden", list, [])
    for name in names:
        if not isinstance(name, str) or not name.startswith("numpy."):
            raise fields.error(f"forbidden holds {name!r}; each entry is a NumPy name such as 'numpy.var'")
        if not _numpy_has(name):
            raise fields.error(f"forbidden names {name}, which NumPy does not have; check the spelling")
    return tuple(names)


EQUIVALENT_MUTANT_KEYS = ("mutant", "reason")


def _equivalent_mutants(fields: _Fields) -> tuple[EquivalentMutant, ...]:
    """The optional ``[[equivalent_mutants]]`` tables: each a non-empty mutant and reason."""
    entries = fields.get("equivalent_mutants", list, [])
    found: list[EquivalentMutant] = []
    for number, entry in enumerate(entries, start=1):
        where = f"equivalent_mutants entry {number}"
        if not isinstance(entry, dict):
            raise fields.error(f"{where} must be a [[equivalent_mutants]] table")
        for key in entry:
            if key not in EQUIVALENT_MUTANT_KEYS:
                close = difflib.get_close_matches(key, EQUIVALENT_MUTANT_KEYS, n=1)
                hint = f"; did you mean {close[0]}?" if close else "; it has only mutant and reason"
                raise fields.error(f"{where} has an unknown key {key!r}{hint}")
        table = _Fields(fields.path, entry, f"{where}")
        mutant, reason = table.text("mutant"), table.text("reason")
        if any(known.mutant == mutant for known in found):
            raise fields.error(f"{where} repeats the mutant {mutant!r}; list each mutant once")
        found.append(EquivalentMutant(mutant, reason))
    return tuple(found)


def _numpy_has(dotted: str) -> bool:
    owner_name, _, attribute = dotted.rpartition(".")
    try:
        owner = importlib.import_module(owner_name)
    except ImportError:
        return False
    return callable(getattr(owner, attribute, None))


def _tolerance(table: _Fields) -> Tolerance:
    return Tolerance(
        rtol=float(table.number("rtol", 0.0)),
        atol=float(table.number("atol", 0.0)),
        rtol_float32=float(table.number("rtol_float32", 0.0, 1e-4)),
        atol_float32=float(table.number("atol_float32", 0.0, 1e-6)),
    )


def _timing(table: _Fields) -> Timing:
    bench_size = int(table.number("bench_size", 1))
    large = table.get("bench_size_large", int, None)
    if large is not None and large <= bench_size:
        raise table.error(
            f"bench_size_large must be larger than bench_size ({bench_size}), not {large}: "
            "the growth exponent compares the two"
        )
    return Timing(
        bench_size=bench_size,
        bench_size_large=large,
        max_ratio=float(table.number("max_ratio", 1.0)),
        max_growth_excess=float(table.number("max_growth_excess", 0.0, 0.5)),
        slow_advice=table.get("slow_advice", str, None),
    )


def load_kata(directory: Path) -> Kata:
    """Load and validate ``directory/kata.toml``."""
    path = directory / "kata.toml"
    slug = directory.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CatalogError(f"{path}: cannot be read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"{path}: is not valid TOML ({error})") from None
    fields = _Fields(path, data)
    section = fields.text("section")
    if section not in SECTIONS:
        raise fields.error(f"section {section!r} is not one of {', '.join(SECTIONS)}")
    difficulty = fields.get("difficulty", int)
    if difficulty not in (1, 2, 3):
        raise fields.error(f"difficulty must be 1, 2 or 3, not {difficulty}")
    hints = fields.get("hints", list)
    if len(hints) < 2 or not all(isinstance(hint, str) and hint.strip() for hint in hints):
        raise fields.error("hints must be a list of at least two non-empty strings")
    signature = fields.text("signature")
    try:
        parameters, returns = parse_signature(slug, signature)
    except ValueError as error:
        raise fields.error(str(error)) from None
    return Kata(
        slug=slug,
        title=fields.text("title"),
        section=section,
        difficulty=difficulty,
        points=int(fields.number("points", 1)),
        signature=signature,
        parameters=parameters,
        returns=returns,
        docstring=fields.text("docstring"),
        example=fields.text("example"),
        formula=fields.text("formula"),
        description=fields.text("description"),
        hints=tuple(hint.strip() for hint in hints),
        tolerance=_tolerance(fields.table_of("tolerance")),
        timing=_timing(fields.table_of("timing")),
        directory=directory,
        forbidden=_forbidden(fields),
        equivalent_mutants=_equivalent_mutants(fields),
    )


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, Kata]:
    """Every kata, by slug, in the order of the sections, then of difficulty and slug."""
    root = data_dir("katas")
    katas = [load_kata(path.parent) for path in sorted(root.glob("*/kata.toml"))]
    order = list(SECTIONS)
    katas.sort(key=lambda kata: (order.index(kata.section), kata.difficulty, kata.slug))
    return {kata.slug: kata for kata in katas}


def by_section(katas: dict[str, Kata]) -> dict[str, list[Kata]]:
    """The katas of each section that has some, by section key, in SECTIONS order."""
    grouped: dict[str, list[Kata]] = {}
    for kata in katas.values():
        grouped.setdefault(kata.section, []).append(kata)
    return {key: grouped[key] for key in SECTIONS if key in grouped}
