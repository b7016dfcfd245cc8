"""Nothing is left behind, whatever ends a worker.

Every golden worker case and every hostile file is checked in a batch process
with a private TMPDIR (tests/batch_check.py); after each check the temporary
directory must be empty and the harness must have no child process, running
or a zombie: crash, exit, timeout, garbled reply, memory, a fork bomb alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, check_many
from harness import sandbox

WORKER_CASES = sorted((ROOT / "tests" / "worker_cases").iterdir())
HOSTILE = sorted(path for path in (ROOT / "tests" / "adversarial").iterdir() if path.is_dir())


def _options(folder: Path) -> dict:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    options = dict(expected.get("options", {}))
    arguments = expected.get("args", [])
    if "--timeout" in arguments:
        options["timeout"] = float(arguments[arguments.index("--timeout") + 1])
    options["timing"] = bool(expected.get("timing"))
    return options


def _runnable(folder: Path) -> bool:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return not expected.get("sandbox_only") or sandbox.sandbox_mode() == "bubblewrap"


CASES = [folder for folder in WORKER_CASES + HOSTILE if _runnable(folder)]


@pytest.fixture(scope="module")
def leaks() -> dict:
    checked = check_many([("softmax", folder / "softmax.py", _options(folder)) for folder in CASES])
    return {path.parent: document["leaks"] for path, (_, document, _) in checked.items()}


@pytest.mark.timeout(600)  # the first test waits for the whole batch
@pytest.mark.parametrize("folder", CASES, ids=[f"{f.parent.name}/{f.name}" for f in CASES])
def test_a_check_leaves_no_temporary_file_and_no_child_process(folder: Path, leaks: dict):
    assert leaks[folder] == {"temporary_files": [], "children": []}
