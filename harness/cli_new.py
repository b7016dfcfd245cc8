"""``kata new`` (maintainers): scaffold a kata's files from templates."""

from __future__ import annotations

from pathlib import Path

import click

from harness.catalog import SECTIONS


@click.command()
@click.argument("slug")
@click.option(
    "--section", "-s", required=True, type=click.Choice(list(SECTIONS)), help="The catalog section."
)
@click.option(
    "--signature",
    help='The catalog\'s signature with type hints (default: "SLUG(x: np.ndarray) -> np.ndarray").',
)
@click.option("--title", help="The kata's title (default: from the slug).")
@click.option("--difficulty", "-d", type=click.IntRange(1, 3), default=2, show_default=True)
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="The clone of ml-katas to write into (default: the one this kata command runs from).",
)
def new(
    slug: str, section: str, signature: str | None, title: str | None, difficulty: int, root: Path | None
) -> None:
    """Scaffold a new kata (maintainers): katas/SLUG/, its reference, its test files.

    Every part left to write says TODO, in the order CONTRIBUTING.md ("Adding a
    kata") fills them in; tests/test_catalog.py fails until none is left.
    """
    from harness import scaffold

    root = root or scaffold.source_root()
    if root is None:
        here = Path.cwd()
        if all((here / name).is_dir() for name in ("katas", "solutions", "tests")):
            raise click.UsageError(
                "this kata runs from an installed copy, not from the clone here: run `pip install -e .` "
                "in the clone (an editable install, as CONTRIBUTING.md says), or give --root DIR"
            )
        raise click.UsageError(
            "kata new writes into a clone of ml-katas: run it from one, or give --root DIR"
        )
    new_kata = scaffold.NewKata(
        slug=slug,
        section=section,
        signature=signature or f"{slug}(x: np.ndarray) -> np.ndarray",
        title=title or slug.replace("_", " ").capitalize(),
        difficulty=difficulty,
    )
    try:
        kata, written = scaffold.scaffold(root, new_kata)
    except scaffold.ScaffoldError as error:
        raise click.UsageError(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot write the new kata: {error}") from None
    click.echo(f"kata new: wrote {len(written)} files for {kata.slug} ({kata.section_title}):")
    for number, path in enumerate(written, start=1):
        todos = scaffold.todo_lines(path)
        click.echo(
            f"  {number}. {path.relative_to(root)}  (TODO on {len(todos)} line{'s' * (len(todos) != 1)})"
        )
    click.echo(
        "Fill them in that order (CONTRIBUTING.md, 'Adding a kata'); "
        f"`python -m pytest tests/test_catalog.py -k {kata.slug}` says what is left."
    )
