"""The README's "Your first ten minutes" is a real transcript, kept true by running it.

Every ```console block of that section is part of one session: a line starting with
"$ " is a command (with its heredoc, when it writes a file), the lines after it are
what it prints. The commands run in order, in one fresh folder, through bash with the
installed `kata` first on PATH, at 80 columns without colour, and each output must
read as the README says, apart from what changes from run to run (times, ratios,
dates, backup names, the sandbox note), which both sides normalise the same way.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from refresh_readme import block_steps, installed_kata, session_environment

from conftest import ROOT

SECTION = "## Your first ten minutes"
VARYING = [
    (re.compile(r"\d{8}-\d{6}-\d{6}(-\d+)?"), "<backup>"),
    (re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"), "<date>"),
    (re.compile(r"\d+(\.\d+)? ?(s|ms|µs)\b"), "<time>"),
    (re.compile(r"ratio \d+\.\d+"), "ratio <ratio>"),
]

Step = tuple[str, list[str]]
REFRESH = "after a change of the catalog, `python tests/refresh_readme.py` rewrites it (read the diff)"


def transcript(readme: str) -> list[Step]:
    """The (command, printed lines) pairs of the section's console blocks, in order."""
    if SECTION not in readme:
        return []
    section = readme.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return [
        step
        for block in re.findall(r"```console\n(.*?)```", section, flags=re.S)
        for step in block_steps(block)
    ]


def normalised(lines: list[str]) -> list[str]:
    """The lines with what varies between runs replaced, and the sandbox note dropped."""
    kept = []
    for line in lines:
        for pattern, replacement in VARYING:
            line = pattern.sub(replacement, line)
        if line.strip() and not line.startswith("sandbox: none"):
            kept.append(line.rstrip())
    return kept


def test_the_transcript_parser_reads_commands_heredocs_and_outputs():
    readme = (
        f"# x\n{SECTION}\n\ntext\n\n```console\n$ kata init\ncreated a\n$ cat > f <<'EOF'\n"
        "$ not a command\nEOF\n$ kata check\nPASS\n```\n\n```sh\nkata list\n```\n\n## Next\n"
        "```console\n$ ignored\n```\n"
    )
    assert transcript(readme) == [
        ("kata init", ["created a"]),
        ("cat > f <<'EOF'\n$ not a command\nEOF", []),
        ("kata check", ["PASS"]),
    ]
    assert normalised(["  timing: yours 681 µs, reference 1.2 ms, ratio 0.73", "", "sandbox: none, see"]) == [
        "  timing: yours <time>, reference <time>, ratio <ratio>"
    ]


@pytest.mark.skipif(shutil.which("bash") is None, reason="the transcript's commands are bash")
@pytest.mark.timeout(300)
def test_the_first_ten_minutes_print_what_the_readme_says(tmp_path: Path):
    kata = installed_kata()
    assert kata, "install the project (pip install -e .) so that the `kata` script exists"
    steps = transcript((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(steps) >= 8, f"README.md: no console transcript of a session under {SECTION!r}"
    environment = session_environment(kata)
    for command, expected in steps:
        completed = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        got = normalised((completed.stdout + completed.stderr).splitlines())
        assert got == normalised(expected), (
            f"README.md's first ten minutes: `$ {command.splitlines()[0]}` now prints\n"
            + "\n".join(got)
            + "\n\nbut the README shows\n"
            + "\n".join(normalised(expected))
            + f"\n\n{REFRESH}"
        )
