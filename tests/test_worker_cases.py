"""One golden folder per learner outcome, through the real `kata check` path.

Each folder of tests/worker_cases/ holds a learner's softmax.py and an
expected.json: the status, a phrase that the report must contain, and
optionally options of the check (timeout) and a bound on its wall time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, check_many, failure_text

CASES = sorted((ROOT / "tests" / "worker_cases").iterdir())


def _expected(folder: Path) -> dict:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def verdicts() -> dict:
    return check_many(
        [("softmax", folder / "softmax.py", _expected(folder).get("options", {})) for folder in CASES]
    )


@pytest.mark.timeout(300)  # the first test waits for the whole batch
@pytest.mark.parametrize("folder", CASES, ids=[folder.name for folder in CASES])
def test_outcome_is_reported_as_expected(folder: Path, verdicts: dict) -> None:
    expected = _expected(folder)
    code, document, seconds = verdicts[folder / "softmax.py"]  # seconds: the check, as timed by it
    kata = document["katas"][0]
    text = failure_text(kata) + "\n" + kata["output"]
    assert kata["status"] == expected["status"], f"{folder.name}: {kata['status']}: {text}"
    assert code == (0 if expected["status"] == "pass" else 1)
    assert expected["message"].lower() in text.lower(), f"{folder.name}: {text}"
    assert seconds < expected.get("max_seconds", 30), f"{folder.name} took {seconds:.1f} s"
    assert document["summary"]["total"] == 1
