"""`kata new` (maintainers): the files of a new kata, from templates, ready to fill in.

A new kata starts from files that already load and render: ``katas/<slug>/``
(kata.toml, bench.py, mistakes.py, the hidden tests), the reference in
``solutions/<slug>.py``, a wrong and a correct learner file under
``tests/submissions/<slug>/`` and ``tests/test_reference_<slug>.py``. Each part
left to write says ``TODO``; tests/test_catalog.py fails, naming the file, until
none is left. Nothing is ever overwritten: a slug that exists is refused before
any file is written.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path

from harness.catalog import PACKAGE_DIR, SECTIONS, Kata, load_kata, parse_signature
from harness.render import def_line, environment

SLUG_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
TODO = "TODO"


class ScaffoldError(ValueError):
    """A slug, section, signature or folder that `kata new` cannot use; one line."""


@dataclass(frozen=True)
class NewKata:
    slug: str
    section: str
    signature: str
    title: str
    difficulty: int


def source_root() -> Path | None:
    """The clone of ml-katas this harness runs from (katas/, solutions/ and tests/ beside it)."""
    root = PACKAGE_DIR.parent
    return root if all((root / name).is_dir() for name in ("katas", "solutions", "tests")) else None


def check_new(root: Path, new: NewKata) -> None:
    """Raise ScaffoldError unless new can be written under root without overwriting anything."""
    if not SLUG_PATTERN.fullmatch(new.slug) or keyword.iskeyword(new.slug):
        raise ScaffoldError(f"{new.slug!r} is not a slug: lower-case letters, digits and _, a letter first")
    if new.section not in SECTIONS:
        raise ScaffoldError(f"section {new.section!r} is not one of {', '.join(SECTIONS)}")
    if new.difficulty not in (1, 2, 3):
        raise ScaffoldError(f"difficulty must be 1, 2 or 3, not {new.difficulty}")
    try:
        parse_signature(new.slug, new.signature)
    except ValueError as error:
        raise ScaffoldError(f"--signature {new.signature!r}: {error}") from None
    missing = [name for name in ("katas", "solutions", "tests") if not (root / name).is_dir()]
    if missing:
        raise ScaffoldError(f"{root} is not a clone of ml-katas (it has no {', '.join(missing)}/)")
    taken = [path for path in planned_paths(root, new.slug) if path.exists()]
    if taken:
        raise ScaffoldError(f"{taken[0]} already exists; kata new never overwrites a file")


def planned_paths(root: Path, slug: str) -> list[Path]:
    """Every file kata new writes for slug, in the order a maintainer fills them in."""
    folder, submissions = root / "katas" / slug, root / "tests" / "submissions" / slug
    return [
        folder / "kata.toml",
        folder / "mistakes.py",
        submissions / "wrong_TODO.py",
        folder / f"test_{slug}.py",
        root / "solutions" / f"{slug}.py",
        submissions / "correct_TODO.py",
        root / "tests" / f"test_reference_{slug}.py",
        folder / "bench.py",
    ]


def _templates(root: Path, slug: str) -> dict[Path, str]:
    folder, submissions = root / "katas" / slug, root / "tests" / "submissions" / slug
    return {
        folder / "kata.toml": "kata.toml.j2",
        folder / "mistakes.py": "mistakes.py.j2",
        submissions / "wrong_TODO.py": "wrong.py.j2",
        folder / f"test_{slug}.py": "test.py.j2",
        root / "solutions" / f"{slug}.py": "solution.py.j2",
        submissions / "correct_TODO.py": "correct.py.j2",
        root / "tests" / f"test_reference_{slug}.py": "test_reference.py.j2",
        folder / "bench.py": "bench.py.j2",
    }


def scaffold(root: Path, new: NewKata) -> tuple[Kata, list[Path]]:
    """Write the new kata's files under root; return the kata as loaded back, and the files.

    Raises ScaffoldError (nothing written) for a bad slug, section, difficulty or
    signature, a root that is not a clone, or a file that exists.
    """
    check_new(root, new)
    kata_toml = root / "katas" / new.slug / "kata.toml"
    context = _context(new)
    kata_toml.parent.mkdir(parents=True)
    kata_toml.write_text(_render("kata.toml.j2", context), encoding="utf-8")
    kata = load_kata(kata_toml.parent)  # the signature, as the catalog reads it
    context.update(def_line=def_line(kata), parameters_text=_parameters_text(kata))
    written = [kata_toml]
    for path, template in _templates(root, new.slug).items():
        if path == kata_toml:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_render(template, context), encoding="utf-8")
        written.append(path)
    return kata, written


def _context(new: NewKata) -> dict:
    parameters, _ = parse_signature(new.slug, new.signature)
    return {
        "slug": new.slug,
        "section": new.section,
        "signature": new.signature.replace("\\", "\\\\").replace('"', '\\"'),
        "title": new.title.replace("\\", "\\\\").replace('"', '\\"'),
        "difficulty": new.difficulty,
        "parameters": parameters,
        "minimum_tests": 8 if new.difficulty == 3 else 6,
    }


def _parameters_text(kata: Kata) -> str:
    return ", ".join(p.name if p.default is None else f"{p.name}={p.default}" for p in kata.parameters)


def _render(template: str, context: dict) -> str:
    return environment().get_template(f"new/{template}").render(**context)


def todo_lines(path: Path) -> list[int]:
    """The numbers of the lines of path that still say TODO."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(lines, start=1) if TODO in line]
