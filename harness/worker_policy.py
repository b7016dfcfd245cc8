"""What learner code may import and call inside a worker: a policy, not a boundary.

Loaded by path into the worker as ``_kata_policy`` (beside ``worker_main.py``,
standard library only), and imported by the harness for its messages. Learner
code may import NumPy, the standard library and the other ``.py`` files of its
own workspace; any other installed package (SciPy, scikit-learn, PyTorch, ...)
is refused, because no kata may call a library that does its whole job. A kata
may also name NumPy functions that do its whole job (``forbidden`` in its
``kata.toml``): in the worker they are replaced by wrappers that record the call
and raise, and the reply says so even when the learner caught the exception.

This stops honest shortcuts. It is not a security boundary: code that edits
``sys.meta_path`` or digs the originals out of NumPy gets past it, and the
sandbox, not this module, keeps the grader's files out of reach.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

ALWAYS_ALLOWED = frozenset({"numpy"})
LIBRARY_NAMES = {
    "scipy": "SciPy",
    "sklearn": "scikit-learn",
    "torch": "PyTorch",
    "tensorflow": "TensorFlow",
    "jax": "JAX",
    "pandas": "pandas",
}
LISTED_FILES = 12


def refusal_message(name: str) -> str:
    """What a learner reads when importing an installed package other than NumPy."""
    library = LIBRARY_NAMES.get(name)
    package = f"{library} ({name})" if library else name
    return (
        f"{package} cannot be imported here: this kata is about writing it with NumPy, so your "
        "code can import NumPy, the standard library and your workspace's files, nothing else"
    )


def forbidden_message(dotted: str) -> str:
    """What a learner reads after calling a NumPy function that does the kata's whole job."""
    return (
        f"your code calls {dotted}, which does this kata's whole job; write it with NumPy's "
        "building blocks (see the kata's description)"
    )


class ImportRefused(ModuleNotFoundError):
    """An import the policy refuses (a package other than NumPy and the standard library)."""


class ForbiddenCall(RuntimeError):
    """A call of a NumPy function that the kata forbids."""


def workspace_modules(workspace: str | None) -> dict[str, str]:
    """The workspace's own modules: every ``name.py`` in it, by name."""
    if not workspace:
        return {}
    try:
        names = os.listdir(workspace)
    except OSError:
        return {}
    modules = {}
    for filename in names:
        stem, extension = os.path.splitext(filename)
        if extension == ".py" and stem.isidentifier():
            modules[stem] = os.path.join(workspace, filename)
    return modules


STDLIB_DIR = os.path.dirname(os.__file__)


def _in_stdlib(origin: str | None) -> bool:
    """Is this file part of the standard library (not of site-packages beneath it)?"""
    if not origin or not origin.startswith(STDLIB_DIR + os.sep):
        return False
    parts = origin[len(STDLIB_DIR) :].split(os.sep)
    return "site-packages" not in parts and "dist-packages" not in parts


def _is_system(name: str) -> bool:
    return name in sys.stdlib_module_names or name in ALWAYS_ALLOWED


class ImportPolicy(importlib.abc.MetaPathFinder):
    """Near the front of sys.meta_path: NumPy, the standard library, the workspace; else refused."""

    def __init__(self, workspace: str | None) -> None:
        self.workspace = workspace

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if path is not None or "." in name or _is_system(name):
            return None  # submodules follow their package; NumPy and the stdlib resolve as usual
        module_file = workspace_modules(self.workspace).get(name)
        if module_file is not None:
            return importlib.util.spec_from_file_location(name, module_file)
        search = [entry for entry in sys.path if entry != self.workspace]
        spec = importlib.machinery.PathFinder.find_spec(name, search)
        if spec is not None and not _in_stdlib(spec.origin):
            raise ImportRefused(refusal_message(name), name=name)
        return None  # the standard library's own (such as _sysconfigdata_*), or nothing: MissingModule


class MissingModule(importlib.abc.MetaPathFinder):
    """Last on sys.meta_path: a top-level module nothing found, with what can be imported."""

    def __init__(self, workspace: str | None) -> None:
        self.workspace = workspace

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if path is not None:
            return None
        if name in LIBRARY_NAMES:  # not even installed where the sandbox hides them: the same refusal
            raise ImportRefused(refusal_message(name), name=name)
        raise ModuleNotFoundError(f"No module named {name!r}: {self.importable()}", name=name)

    def importable(self) -> str:
        modules = sorted(workspace_modules(self.workspace))
        files = [f"{module}.py" for module in modules if not _is_system(module)]
        shadowed = [f"{module}.py" for module in modules if _is_system(module)]
        shown = ", ".join(files[:LISTED_FILES]) + (", ..." if len(files) > LISTED_FILES else "")
        text = "your code can import NumPy, the standard library and your workspace's files"
        text += f" ({shown})" if files else " (there are none)"
        if shadowed:
            text += f"; {', '.join(shadowed)} cannot be imported: the library of that name comes first"
        return text


class Policy:
    """The worker's import policy and its forbidden functions, with the violations seen."""

    def __init__(self, workspace: str | None) -> None:
        self.workspace = workspace
        self.violations: list[str] = []
        self.forbidden: set[str] = set()

    def install(self) -> None:
        """Put the finders in place and the workspace last on sys.path (call once, early)."""
        sys.dont_write_bytecode = True  # never a __pycache__ in the learner's workspace
        here = os.path.dirname(os.path.abspath(__file__))
        sys.path[:] = [entry for entry in sys.path if entry not in ("", ".", here)]
        if self.workspace:
            sys.path.append(self.workspace)
        sys.meta_path.insert(1, ImportPolicy(self.workspace))
        sys.meta_path.append(MissingModule(self.workspace))

    def in_workspace(self, filename: str) -> bool:
        """Is this one of the workspace's files (a frame a learner's traceback shows)?"""
        return bool(self.workspace) and os.path.dirname(filename) == self.workspace

    def forbid(self, names: Iterable[str]) -> None:
        """Replace each dotted NumPy function (``numpy.var``) by a wrapper that refuses."""
        for dotted in names:
            if dotted in self.forbidden:
                continue
            owner_name, _, attribute = dotted.rpartition(".")
            owner = importlib.import_module(owner_name)
            setattr(owner, attribute, self._refusing(dotted))
            self.forbidden.add(dotted)

    def _refusing(self, dotted: str) -> Callable[..., Any]:
        message = forbidden_message(dotted)

        def refused(*args: Any, **kwargs: Any) -> Any:
            self.violations.append(message)
            raise ForbiddenCall(message)

        refused.__name__ = dotted.rpartition(".")[2]
        return refused

    def annotate(self, reply: dict[str, Any]) -> dict[str, Any]:
        """Add ``refused`` to a reply when its request broke a rule, caught or not."""
        if self.violations:
            reply["refused"] = self.violations[0]
        elif ImportRefused.__name__ in reply.get("mro", []):  # raised, and nothing caught it
            reply["refused"] = str(reply.get("message", ""))
        self.violations.clear()
        return reply
