"""One golden folder per learner outcome, through the real `kata check` path.

Each folder of tests/worker_cases/ holds a learner's softmax.py and an
expected.json: the status, a phrase that the report must contain, and
optionally options of the check (timeout) and "max_baselines".

A check may take the time limit it sets (its timeout; none: 0) plus
"max_baselines" (default 6; 12 where each test needs a fresh worker, as after
a crash) times the baseline: the slowest of a few checks of the reference
softmax made the same way, in the same batch processes, at the start and the
end of each, so that a loaded machine slows both alike. A limit that were not
enforced (an endless loop never killed) still overruns it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, check_many, failure_text

CASES = sorted((ROOT / "tests" / "worker_cases").iterdir())
PROCESSES = 3  # check_many's batch processes
DEFAULT_MAX_BASELINES = 6


def _expected(folder: Path) -> dict:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def _limit(expected: dict) -> float:
    return float(expected.get("options", {}).get("timeout", 0))


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each case's verdict, and under "baseline" the seconds of the slowest reference check."""
    root = tmp_path_factory.mktemp("baseline")
    references = []
    for index in range(2 * PROCESSES):
        references.append(root / str(index) / "softmax.py")
        references[-1].parent.mkdir()
        references[-1].write_bytes((ROOT / "solutions" / "softmax.py").read_bytes())
    cases = [("softmax", folder / "softmax.py", _expected(folder).get("options", {})) for folder in CASES]
    baselines = [("softmax", path, {}) for path in references]
    # check_many deals cases out in turn: these land first and last in each batch process
    results = check_many(baselines[:PROCESSES] + cases + baselines[PROCESSES:], processes=PROCESSES)
    for path in references:
        code, _, _ = results[path]
        assert code == 0, "the reference did not pass as a baseline"
    results["baseline"] = max(results.pop(path)[2] for path in references)
    return results


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
    baselines = expected.get("max_baselines", DEFAULT_MAX_BASELINES)
    bound = _limit(expected) + baselines * verdicts["baseline"]
    assert seconds < bound, (
        f"{folder.name} took {seconds:.1f} s; at most {bound:.1f} s: its limit {_limit(expected):g} s "
        f"+ {baselines} x {verdicts['baseline']:.2f} s (the reference)"
    )
    assert document["summary"]["total"] == 1
