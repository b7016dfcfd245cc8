"""Rewrite README.md's generated parts after a change of the catalog or of what commands print.

    python tests/refresh_readme.py

- "Your first ten minutes": every console block's commands run again, as
  tests/test_readme.py runs them (one fresh folder, the installed `kata`, 80 columns,
  no colour), and what they print replaces what the README shows.
- "The katas": the table of sections (katas and points in each) is rebuilt from the catalog.
- `docs/catalog.md`, the catalog as a document (every kata's section, slug, title,
  difficulty, points, signature and formula), is rendered from the katas' kata.toml files;
  tests/test_catalog_doc.py fails when the committed file differs.

Read the diff before committing it: the transcript is documentation, and a changed
message may need the prose around it changed too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness.catalog import by_section, load_catalog  # noqa: E402

TRANSCRIPT = "## Your first ten minutes"
TABLE = "## The katas"
TABLE_HEADER = [
    "| section (as `kata list`, `show` and `check` name it) | key | katas | points |",
    "|---|---|---:|---:|",
]
CATALOG_DOC = ROOT / "docs" / "catalog.md"


def _section(readme: str, heading: str) -> tuple[int, int]:
    start = readme.index(heading)
    end = readme.find("\n## ", start + len(heading))
    return start, len(readme) if end < 0 else end


def session_environment(kata: str) -> dict[str, str]:
    """The environment the transcript runs in: the installed kata first on PATH, 80 columns,
    no colour, nothing of the caller's KATA_ or GITHUB_ settings (tests/test_readme.py too)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("KATA_", "GITHUB_"))}
    environment.pop("FORCE_COLOR", None)
    environment.update(
        PATH=f"{Path(kata).parent}{os.pathsep}{environment.get('PATH', '')}",
        COLUMNS="80",
        NO_COLOR="1",
        TERM="dumb",
    )
    return environment


def installed_kata() -> str | None:
    """The `kata` script of this Python's environment, else the first on PATH."""
    return shutil.which("kata", path=str(Path(sys.executable).parent)) or shutil.which("kata")


def block_steps(block: str) -> list[tuple[str, list[str]]]:
    """The (command, printed lines) pairs of one console block; a command keeps its heredoc."""
    lines, steps, index = block.splitlines(), [], 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("$ "):
            command = line[2:]
            heredoc = re.search(r"<<'?(\w+)'?", command)
            while heredoc and lines[index] != heredoc.group(1):
                index += 1
                command += "\n" + lines[index]
            steps.append((command, []))
        elif steps:
            steps[-1][1].append(line)
        index += 1
    return steps


def _rerun(block: str, folder: str, environment: dict[str, str]) -> str:
    """The block with each command's output replaced by what it prints now."""
    out = []
    for command, _ in block_steps(block):
        out.append(f"$ {command}")
        printed = subprocess.run(
            ["bash", "-c", command], cwd=folder, env=environment, capture_output=True, text=True, timeout=120
        )
        text = (printed.stdout + printed.stderr).rstrip("\n")
        out.extend(text.splitlines() if text.strip() else [])
    return "\n".join(out)


def refreshed_transcript(readme: str) -> str:
    start, end = _section(readme, TRANSCRIPT)
    kata = installed_kata()
    if not kata:
        sys.exit("install the project (pip install -e .) so that the `kata` script exists")
    environment = session_environment(kata)
    with tempfile.TemporaryDirectory(prefix="kata-readme-") as folder:
        section = re.sub(
            r"```console\n(.*?)\n```",
            lambda match: "```console\n" + _rerun(match.group(1), folder, environment) + "\n```",
            readme[start:end],
            flags=re.S,
        )
    return readme[:start] + section + readme[end:]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def rendered_catalog_doc() -> str:
    """docs/catalog.md: a summary table of the sections, then each section's katas with
    their signature and formula, all from the katas' kata.toml files."""
    katas = load_catalog()
    sections = by_section(katas)
    total = sum(kata.points for kata in katas.values())
    lines = [
        "# The kata catalog",
        "",
        "<!-- Generated from katas/*/kata.toml by `python tests/refresh_readme.py`: do not edit by hand. -->",
        "",
        f"{len(katas)} katas in {len(sections)} sections, {total} points. `kata list` shows the same "
        "list, `kata show SLUG` a kata's whole task (description, docstring, example) and "
        "`kata init SLUG` writes its stub. Difficulty: 1 is a warm-up, 2 the interview standard, "
        "3 needs care; a kata is worth as many points as its difficulty.",
        "",
        "| section | key | katas | points |",
        "|---|---|---:|---:|",
    ]
    for key, members in sections.items():
        anchor = f"{members[0].section_title} ({key})".lower()
        anchor = re.sub(r"[^\w\- ]", "", anchor).replace(" ", "-")
        lines.append(
            f"| [{members[0].section_title}](#{anchor}) | `{key}` | {len(members)} | "
            f"{sum(kata.points for kata in members)} |"
        )
    for key, members in sections.items():
        lines += ["", f"## {members[0].section_title} ({key})", "", "| kata | title | difficulty | points |"]
        lines.append("|---|---|---:|---:|")
        lines += [f"| `{k.slug}` | {k.title} | {k.difficulty} | {k.points} |" for k in members]
        for kata in members:
            lines += [
                "",
                f"### `{kata.slug}`: {kata.title}",
                "",
                f"Difficulty {kata.difficulty}, {_plural(kata.points, 'point')}.",
                "",
                "```python",
                f"def {kata.signature}",
                "```",
                "",
                "```text",
                kata.formula.strip("\n"),
                "```",
            ]
    return "\n".join(lines) + "\n"


def refreshed_table(readme: str) -> str:
    start, end = _section(readme, TABLE)
    section = readme[start:end]
    katas = load_catalog()
    rows = [
        f"| {members[0].section_title} | `{key}` | {len(members)} | {sum(k.points for k in members)} |"
        for key, members in by_section(katas).items()
    ]
    table = re.search(r"^\|.*?(?=\n(?!\|)|\Z)", section, flags=re.S | re.M)
    if table is None:
        sys.exit(f"README.md: no table under {TABLE!r}")
    section = section[: table.start()] + "\n".join(TABLE_HEADER + rows) + section[table.end() :]
    sections = len({k.section for k in katas.values()})
    section = re.sub(r"\d+ katas in \d+ sections", f"{len(katas)} katas in {sections} sections", section)
    return readme[:start] + section + readme[end:]


def main() -> None:
    path = ROOT / "README.md"
    readme = path.read_text(encoding="utf-8")
    updated = refreshed_table(refreshed_transcript(readme))
    path.write_text(updated, encoding="utf-8")
    print("README.md refreshed" if updated != readme else "README.md was already up to date")
    document = rendered_catalog_doc()
    old_document = CATALOG_DOC.read_text(encoding="utf-8") if CATALOG_DOC.exists() else ""
    CATALOG_DOC.parent.mkdir(exist_ok=True)
    CATALOG_DOC.write_text(document, encoding="utf-8")
    print(
        "docs/catalog.md refreshed" if document != old_document else "docs/catalog.md was already up to date"
    )


if __name__ == "__main__":
    main()
